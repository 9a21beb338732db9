"""One `roundtable run`-like replica for the multi-process test: nudge scheduling only, with a clock read from a
file the test moves, and a chat port that records deliveries in a PostgreSQL table.

    python tests/storage/replica_worker.py POSTGRES_URL SCHEMA CLOCK_FILE LOCK_KEY
"""
from __future__ import annotations

import asyncio
import os
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from adapters.scheduler import NudgeRunner  # noqa: E402
from bot.messages import Outbound, ToChannel  # noqa: E402
from bot.nudges import NudgeService  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.leader import PostgresLeader  # noqa: E402


class FileClock:
    def __init__(self, path: str) -> None:
        self.path = Path(path)

    def now(self) -> datetime:
        return datetime.fromisoformat(self.path.read_text().strip())


class RecordingChat:
    """Records every delivery (no uniqueness: a duplicate would show as a second row)."""

    def __init__(self, dsn: str, schema: str) -> None:
        self.dsn, self.schema, self.pool = dsn, schema, None

    async def open(self) -> None:
        import asyncpg

        self.pool = await asyncpg.create_pool(self.dsn, min_size=1, max_size=2,
                                              server_settings={"search_path": self.schema})

    async def send(self, outbound: Outbound) -> str:
        return await self.send_keyed(outbound, "")

    async def send_keyed(self, outbound: Outbound, key: str) -> str:
        audience = outbound.audience
        who = "#" + audience.channel.id if isinstance(audience, ToChannel) else "@" + audience.user.id
        await self.pool.execute("INSERT INTO deliveries (key, who, pid) VALUES ($1, $2, $3)", key, who, os.getpid())
        return key

    async def find_delivered(self, key: str) -> str | None:
        row = await self.pool.fetchval("SELECT key FROM deliveries WHERE key = $1 LIMIT 1", key)
        return row


async def main(url: str, schema: str, clock_file: str, lock_key: int) -> None:
    dsn = url.replace("postgresql+asyncpg://", "postgresql://")
    chat = RecordingChat(dsn, schema)
    await chat.open()
    db = Database(url, connect_args={"server_settings": {"search_path": schema}})
    service = NudgeService(db, FileClock(clock_file), chat)
    runner = NudgeRunner(service, PostgresLeader(url, key=lock_key), interval=0.05, election_every=0.2)
    await runner.start()
    print(f"READY {os.getpid()}", flush=True)
    announced = False
    while True:
        if runner.leading and not announced:
            print(f"LEADER {os.getpid()}", flush=True)
            announced = True
        await asyncio.sleep(0.02)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))

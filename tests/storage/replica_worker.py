"""One `roundtable run`-like replica for the multi-process test: nudge scheduling only, with a clock read from a
file the test moves, and a chat port that records deliveries in a PostgreSQL table (tests/helpers/replicas.py).

    python tests/storage/replica_worker.py POSTGRES_URL SCHEMA CLOCK_FILE LOCK_KEY
"""
from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from adapters.scheduler import NudgeRunner  # noqa: E402
from bot.nudges import NudgeService  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.leader import PostgresLeader  # noqa: E402
from tests.helpers.replicas import FileClock, LookupChat, announce_leadership  # noqa: E402


async def main(url: str, schema: str, clock_file: str, lock_key: int) -> None:
    chat = LookupChat(url.replace("postgresql+asyncpg://", "postgresql://"), schema)
    await chat.open()
    db = Database(url, connect_args={"server_settings": {"search_path": schema}})
    service = NudgeService(db, FileClock(clock_file), chat)
    runner = NudgeRunner(service, PostgresLeader(url, key=lock_key), interval=0.05, election_every=0.2)
    await runner.start()
    await announce_leadership(runner)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))

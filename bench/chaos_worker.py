"""One replica for bench/chaos.py: the real NudgeService and NudgeRunner (PostgreSQL advisory lock), a clock read
from a file the coordinator moves, and a chat port that records every delivery in a PostgreSQL table.

    python bench/chaos_worker.py POSTGRES_URL SCHEMA CLOCK_FILE LOCK_KEY KILL_FILE PLATFORM

PLATFORM "discord": deliveries are keyed and a reclaimed nudge is looked up by its key first (as Discord's enforced
nonce answers a resend with the message it already has); "slack": plain sends, no lookup (Slack has no such key).
KILL_FILE holds "<pid> <point>" when the coordinator wants this process to SIGKILL itself at a point of delivery:
"claimed" (the nudge is claimed, nothing sent yet) or "sent" (delivered, not yet recorded).
"""
from __future__ import annotations

import asyncio
import os
import signal
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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


class Recording:
    """Records every delivery (no uniqueness: a duplicate shows as a second row)."""

    def __init__(self, dsn: str, schema: str, kill_file: str) -> None:
        self.dsn, self.schema, self.kill_file, self.pool = dsn, schema, Path(kill_file), None

    async def open(self) -> None:
        import asyncpg

        self.pool = await asyncpg.create_pool(self.dsn, min_size=1, max_size=2,
                                              server_settings={"search_path": self.schema})

    def _maybe_die(self, point: str) -> None:
        try:
            pid, wanted = self.kill_file.read_text().split()
        except (OSError, ValueError):
            return
        if int(pid) == os.getpid() and wanted == point:
            os.kill(os.getpid(), signal.SIGKILL)

    async def _deliver(self, outbound: Outbound, key: str) -> str:
        self._maybe_die("claimed")
        audience = outbound.audience
        who = "#" + audience.channel.id if isinstance(audience, ToChannel) else "@" + audience.user.id
        assert self.pool is not None
        await self.pool.execute("INSERT INTO deliveries (key, who, pid) VALUES ($1, $2, $3)", key, who, os.getpid())
        self._maybe_die("sent")
        return key or who


class DiscordLike(Recording):
    async def send(self, outbound: Outbound) -> str:
        return await self._deliver(outbound, "")

    async def send_keyed(self, outbound: Outbound, key: str) -> str:
        return await self._deliver(outbound, key)

    async def find_delivered(self, key: str) -> str | None:
        assert self.pool is not None
        return await self.pool.fetchval("SELECT key FROM deliveries WHERE key = $1 LIMIT 1", key)


class SlackLike(Recording):
    """Slack has no idempotency key and a reclaimed nudge is not looked up: the key reaches this port only so that
    the coordinator can count repeats (SlackChat ignores it: the service's resend is a plain second post)."""

    async def send(self, outbound: Outbound) -> str:
        return await self._deliver(outbound, "")

    async def send_keyed(self, outbound: Outbound, key: str) -> str:
        return await self._deliver(outbound, key)


async def main(url: str, schema: str, clock_file: str, lock_key: int, kill_file: str, platform: str) -> None:
    dsn = url.replace("postgresql+asyncpg://", "postgresql://")
    chat: Recording = DiscordLike(dsn, schema, kill_file) if platform == "discord" else SlackLike(dsn, schema,
                                                                                                  kill_file)
    await chat.open()
    db = Database(url, connect_args={"server_settings": {"search_path": schema}})
    service = NudgeService(db, FileClock(clock_file), chat)  # type: ignore[arg-type]
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
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6]))

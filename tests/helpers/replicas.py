"""What the multi-process replica test (tests/storage/replica_worker.py) and the chaos run (bench/chaos_worker.py)
share: a clock read from a file the coordinator moves, a chat port recording every delivery in a PostgreSQL table
(the coordinator creates it with `DELIVERIES`), and the loop that tells the coordinator when the process leads.
"""
from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.messages import Outbound, ToChannel

DELIVERIES = "CREATE TABLE deliveries (id serial PRIMARY KEY, key text, who text, pid int, what text, at text)"


def write_atomically(path: Path, text: str) -> None:
    """A worker reading the clock while it is rewritten must not see an empty or partial time."""
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


class FileClock:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def now(self) -> datetime:
        return datetime.fromisoformat(self.path.read_text().strip())


class RecordingChat:
    """Records every delivery in `deliveries` (no uniqueness: a duplicate shows as a second row). A keyed send (a
    nudge) is recorded with its key, any other send with a NULL key and `what`: the first line of its text. No
    lookup of a key (as Slack: a reclaimed nudge is sent again); `LookupChat` has one.

    `before_send(outbound, key)` / `after_send(outbound, key)`: hooks a harness uses to stop the process at a point
    of delivery."""

    def __init__(self, dsn: str, schema: str, clock: FileClock | None = None) -> None:
        self.dsn, self.schema, self.clock = dsn, schema, clock
        self.pool: Any = None
        self.before_send: Callable[[Outbound, str | None], None] = lambda outbound, key: None
        self.after_send: Callable[[Outbound, str | None], None] = lambda outbound, key: None

    async def open(self) -> None:
        import asyncpg

        self.pool = await asyncpg.create_pool(self.dsn, min_size=1, max_size=2,
                                              server_settings={"search_path": self.schema})

    async def _deliver(self, outbound: Outbound, key: str | None) -> str:
        self.before_send(outbound, key)
        audience = outbound.audience
        who = "#" + audience.channel.id if isinstance(audience, ToChannel) else "@" + audience.user.id
        what = None if key is not None else (outbound.message.plain_text().splitlines() or [""])[0][:80]
        at = self.clock.now().isoformat() if self.clock is not None else None
        await self.pool.execute("INSERT INTO deliveries (key, who, pid, what, at) VALUES ($1, $2, $3, $4, $5)",
                                key, who, os.getpid(), what, at)
        self.after_send(outbound, key)
        return key or who

    async def send(self, outbound: Outbound) -> str:
        return await self._deliver(outbound, None)

    async def send_keyed(self, outbound: Outbound, key: str) -> str:
        return await self._deliver(outbound, key)



class LookupChat(RecordingChat):
    """A reclaimed nudge is looked up by its key first, as Discord's enforced nonce answers a resend with the
    message it already has."""

    async def find_delivered(self, key: str) -> str | None:
        found: str | None = await self.pool.fetchval("SELECT key FROM deliveries WHERE key = $1 LIMIT 1", key)
        return found


async def announce_leadership(runner: Any, every: float = 0.02) -> None:
    """Print READY, then LEADER once this process leads (the coordinator reads both from stdout). Runs forever."""
    print(f"READY {os.getpid()}", flush=True)
    announced = False
    while True:
        if runner.leading and not announced:
            print(f"LEADER {os.getpid()}", flush=True)
            announced = True
        await asyncio.sleep(every)

"""Which process schedules: APScheduler 3 cannot share a job store, so exactly one replica runs the nudge
sweeps. With PostgreSQL it is the one holding a session advisory lock on a dedicated connection; when that
process dies its session ends, the lock is released, and another replica takes it on its next try.
With SQLite there is one process, and it always leads. (Session locks do not work behind PgBouncer's
transaction pooling: point this connection at PostgreSQL directly.)"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

log = logging.getLogger("roundtable.leader")

LOCK_KEY = 0x526F756E64  # "Round"


class SoleLeader:
    """SQLite: one process, always the leader."""

    async def try_acquire(self) -> bool:
        return True

    async def still_held(self) -> bool:
        return True

    async def release(self) -> None:
        return None


class PostgresLeader:
    def __init__(self, dsn: str, key: int = LOCK_KEY, connect_timeout: float = 5.0) -> None:
        self.dsn = dsn.replace("postgresql+asyncpg://", "postgresql://")
        self.key = key
        self.connect_timeout = connect_timeout
        self._conn: Any = None

    async def try_acquire(self) -> bool:
        import asyncpg  # type: ignore[import-untyped]  # asyncpg ships no type information

        try:
            if self._conn is None or self._conn.is_closed():
                self._conn = await asyncio.wait_for(asyncpg.connect(self.dsn), self.connect_timeout)
            got = await self._conn.fetchval("SELECT pg_try_advisory_lock($1)", self.key)
        except (TimeoutError, OSError, Exception) as error:  # noqa: BLE001 - any failure: not leader now
            log.warning("leader lock: %s", type(error).__name__)
            await self._drop()
            return False
        return bool(got)

    async def still_held(self) -> bool:
        if self._conn is None or self._conn.is_closed():
            return False
        try:
            held = await asyncio.wait_for(self._conn.fetchval(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() "
                "AND objid = $1::bigint % 4294967296 AND granted", self.key), self.connect_timeout)
        except Exception:  # noqa: BLE001 - a dead connection means the lock is gone
            await self._drop()
            return False
        return bool(held)

    async def release(self) -> None:
        if self._conn is not None and not self._conn.is_closed():
            try:
                await self._conn.execute("SELECT pg_advisory_unlock($1)", self.key)
            except Exception:  # noqa: BLE001
                pass
        await self._drop()

    async def _drop(self) -> None:
        if self._conn is not None:
            try:
                await self._conn.close()
            except Exception:  # noqa: BLE001
                pass
        self._conn = None


def leadership_for(database_url: str) -> SoleLeader | PostgresLeader:
    """The scheduler's `Leadership` (adapters/scheduler.py) for this database."""
    if database_url.startswith(("postgresql", "postgres")):
        return PostgresLeader(database_url.split("?", 1)[0])
    return SoleLeader()

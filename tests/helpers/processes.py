"""What the real-process tests of a graceful stop share: a free local port, and how many of the scheduler's
PostgreSQL advisory locks (storage/leader.py) are held in the current database."""
from __future__ import annotations

import socket

import asyncpg

from storage.leader import LOCK_KEY


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def advisory_locks(dsn: str) -> int:
    """Granted advisory locks on the scheduling lock's key in the database `dsn` names."""
    conn = await asyncpg.connect(dsn)
    try:
        return int(await conn.fetchval(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = $1::bigint % 4294967296 "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", LOCK_KEY))
    finally:
        await conn.close()

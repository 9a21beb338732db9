"""What the real-process tests of a graceful stop share: a database of their own, an environment without the
developer's settings, a free local port, and how many of the scheduler's PostgreSQL advisory locks
(storage/leader.py) are held in the current database."""
from __future__ import annotations

import os
import socket
import uuid

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


def clean_environment() -> dict[str, str]:
    """This process's environment without any Roundtable, Slack or Discord setting, for a child `roundtable run`."""
    return {k: v for k, v in os.environ.items()
            if not k.startswith(("ROUNDTABLE_", "SLACK_", "DISCORD_")) and k not in ("DATABASE_URL", "PORT")}


async def fresh_database(postgres_url: str, prefix: str) -> tuple[asyncpg.Connection, str, str, str]:
    """A new PostgreSQL database next to `postgres_url`'s: (admin connection, its name, its SQLAlchemy URL, its
    asyncpg DSN). The caller drops it with the admin connection and closes that."""
    admin = await asyncpg.connect(postgres_url.replace("postgresql+asyncpg://", "postgresql://"))
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    await admin.execute(f'CREATE DATABASE "{name}"')
    base = postgres_url.rsplit("/", 1)[0]
    return admin, name, f"{base}/{name}", f"{base.replace('postgresql+asyncpg://', 'postgresql://')}/{name}"

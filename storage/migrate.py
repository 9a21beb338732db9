"""Alembic migrations, run programmatically (`roundtable db upgrade`, and on start).

On start the common case is "already up to date": that is checked with one query against the revisions
found in the migration files, so Alembic (slow to import) is only loaded when there is work to do.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def heads() -> set[str]:
    """The newest revisions, read from the migration files themselves."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
        if revision is None:
            continue
        revisions.add(revision.group(1))
        down = re.search(r"^down_revision\s*=\s*(.+)$", source, re.M)
        if down is not None:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return revisions - parents


async def upgrade(engine: AsyncEngine, revision: str = "heads") -> None:
    from alembic import command

    async with engine.begin() as conn:
        await conn.run_sync(lambda sync: command.upgrade(alembic_config(sync), revision))


async def applied(engine: AsyncEngine) -> set[str]:
    try:
        async with engine.connect() as conn:
            rows = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalars().all()
    except DBAPIError:
        return set()
    return set(rows)


async def upgrade_if_needed(engine: AsyncEngine) -> bool:
    """Apply migrations unless the database is already at the newest revisions. Returns True if it migrated."""
    if await applied(engine) == heads():
        return False
    await upgrade(engine)
    return True


async def current(engine: AsyncEngine) -> str | None:
    found = sorted(await applied(engine))
    return ",".join(found) if found else None

"""The database: an engine and the factory of units of work over it (the core's `UnitOfWorkFactory`).

The parts live one concern a module: storage/engine.py (URLs, drivers, pragmas), storage/unit_of_work.py (the
transaction), one repository module per aggregate (groups, profiles, swaps, nudge_ledger, checkins, cases), and the
schema in storage/schema.py."""
from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import async_sessionmaker

from storage.engine import make_engine, normalise_url
from storage.schema import metadata
from storage.unit_of_work import SqlUnitOfWork


class Database:
    """An engine and the factory of units of work over it."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url, **engine_kwargs)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False, autoflush=True)

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.sessions)

    async def create_all(self) -> None:
        """For tests and benchmarks: the schema straight from the metadata (production uses migrations)."""
        async with self.engine.begin() as conn:
            await conn.run_sync(metadata.create_all)

    async def dispose(self) -> None:
        await self.engine.dispose()

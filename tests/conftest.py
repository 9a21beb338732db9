"""Shared fixtures: real databases (SQLite always; PostgreSQL when reachable), a controllable clock, the core."""
from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest

from bot.cases.service import CaseService
from bot.clock import ManualClock
from bot.commands.catalog import build_registry
from bot.core import Core
from roundtable.compose import RoutingChat
from storage.database import Database

POSTGRES_URL = os.environ.get("ROUNDTABLE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
REQUIRE_POSTGRES = os.environ.get("ROUNDTABLE_REQUIRE_POSTGRES") == "1"
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

_pg_state: dict[str, object] = {}


async def _postgres_reachable() -> str | None:
    """None if reachable, else the reason."""
    import asyncpg

    dsn = POSTGRES_URL.replace("postgresql+asyncpg://", "postgresql://")
    try:
        conn = await asyncio.wait_for(asyncpg.connect(dsn), timeout=3)
    except Exception as error:  # noqa: BLE001 - any failure means "not available here"
        return f"{type(error).__name__}: {error}"
    await conn.close()
    return None


def postgres_or_skip() -> None:
    if "reason" not in _pg_state:
        # May be called from inside a running event loop (async fixtures), so probe on a worker thread.
        with ThreadPoolExecutor(1) as pool:
            _pg_state["reason"] = pool.submit(asyncio.run, _postgres_reachable()).result()
    reason = _pg_state["reason"]
    if reason is None:
        return
    message = f"PostgreSQL at {POSTGRES_URL} is not reachable ({reason}); set ROUNDTABLE_TEST_POSTGRES_URL"
    if REQUIRE_POSTGRES:
        pytest.fail(message + " (ROUNDTABLE_REQUIRE_POSTGRES=1, so this is a failure, not a skip)")
    pytest.skip(message)


async def make_database(kind: str, tmp_path: object = None) -> tuple[Database, str | None]:
    """A fresh, empty database of the given kind. PostgreSQL tests each get their own schema."""
    if kind == "sqlite":
        db = Database("sqlite+aiosqlite:///:memory:")
        await db.create_all()
        return db, None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    import asyncpg

    dsn = POSTGRES_URL.replace("postgresql+asyncpg://", "postgresql://")
    conn = await asyncpg.connect(dsn)
    await conn.execute(f'CREATE SCHEMA "{schema}"')
    await conn.close()
    db = Database(POSTGRES_URL, connect_args={"server_settings": {"search_path": schema}})
    await db.create_all()
    return db, schema


async def drop_database(db: Database, schema: str | None) -> None:
    await db.dispose()
    if schema:
        import asyncpg

        conn = await asyncpg.connect(POSTGRES_URL.replace("postgresql+asyncpg://", "postgresql://"))
        await conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        await conn.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def database(request: pytest.FixtureRequest) -> AsyncIterator[Database]:
    """Each storage test runs twice: on SQLite and on PostgreSQL."""
    if request.param == "postgres":
        postgres_or_skip()
    db, schema = await make_database(request.param)
    try:
        yield db
    finally:
        await drop_database(db, schema)


@pytest.fixture(params=["fake", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def every_store(request: pytest.FixtureRequest) -> AsyncIterator[object]:
    """The in-memory fakes, SQLite and PostgreSQL: for core rules whose outcome also depends on locking."""
    if request.param == "fake":
        from tests.helpers.fakes import FakeDatabase

        yield FakeDatabase()
        return
    if request.param == "postgres":
        postgres_or_skip()
    db, schema = await make_database(request.param)
    try:
        yield db
    finally:
        await drop_database(db, schema)


@pytest.fixture
async def sqlite_db() -> AsyncIterator[Database]:
    db, schema = await make_database("sqlite")
    try:
        yield db
    finally:
        await drop_database(db, schema)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def chat_ports() -> RoutingChat:
    """The chat port the core's case service posts through, as in production: the adapter fixtures register theirs."""
    return RoutingChat()


@pytest.fixture
def core(sqlite_db: Database, clock: ManualClock, chat_ports: RoutingChat) -> Core:
    return Core(build_registry(), sqlite_db, clock, cases=CaseService(sqlite_db, clock, chat_ports))

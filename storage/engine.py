"""The async engine: URL spellings to drivers (aiosqlite by default, asyncpg in production), SQLite's pragmas."""
from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

from storage.mapping import map_domain


def normalise_url(url: str) -> str:
    """Accept the usual URL spellings and pick the async drivers."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+asyncpg://" + url[len("postgresql://"):]
    if url.startswith("sqlite://") and not url.startswith("sqlite+aiosqlite://"):
        url = "sqlite+aiosqlite://" + url[len("sqlite://"):]
    return url


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    map_domain()
    url = normalise_url(url)
    # Never put statement parameters (answers, names) into error messages or logs.
    kwargs.setdefault("hide_parameters", True)
    engine = create_async_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            if ":memory:" not in url:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()
    return engine


def on_postgres(session: AsyncSession) -> bool:
    """Whether the session is bound to PostgreSQL (the repositories take a faster path there)."""
    bind = session.bind
    return bind is not None and bind.dialect.name == "postgresql"

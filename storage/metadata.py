"""What every tables module shares: the one MetaData (with its naming convention) and the UTC timestamp type.

The tables modules (storage/tables.py, case_tables.py, checkin_tables.py, slack_tables.py) each import this and
nothing of each other; storage/schema.py imports them all, so its `metadata` holds the whole schema."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on SQLite (which has no time zones) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; the core works in aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        """As process_result_value, but cheaper where the driver allows (a nudge sweep reads tens of thousands of
        these): asyncpg already returns timestamptz as an aware UTC datetime, whatever the session's time zone,
        so nothing is left to do; on SQLite the stored text is parsed straight to an aware datetime in one call."""
        if dialect.name == "postgresql" and dialect.driver == "asyncpg":
            return None
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)
        parse, utc = datetime.fromisoformat, UTC

        def process(value: str | None) -> datetime | None:
            if value is None:
                return None
            moment = parse(value)
            return moment.replace(tzinfo=utc) if moment.tzinfo is None else moment.astimezone(utc)

        return process

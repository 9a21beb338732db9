"""Events API deliveries already claimed, shared by every replica through the database (the Slack adapter's
`SeenEventStore`, adapters/slack/dedupe.py), and the other things the Slack adapter keeps in our database.

Slack retries a delivery it thinks was lost (X-Slack-Retry-Num), and behind a load balancer the retry may reach
another replica. A claim inserts the event_id into `slack_seen_events` (ON CONFLICT DO NOTHING, so concurrent
claims on SQLite or PostgreSQL let exactly one through) and clears rows past their expiry in the same
transaction. The acknowledgement waits on this, so it has a timeout; if the database can't answer in time the
event is processed (a rare double beats a lost uninstall).
"""
from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.direct_channels import SqlDirectChannels
from storage.slack_tables import BOTS_TABLE, INSTALLATIONS_TABLE, OAUTH_STATES_TABLE, slack_seen_events

TTL = 3600.0  # seconds: Slack's retries come within minutes (immediately, after 1 and after 5 minutes)


class SqlSeenEvents:
    def __init__(self, engine: AsyncEngine, *, ttl: float = TTL, timeout: float = 1.5,
                 now: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.ttl = ttl
        self.timeout = timeout
        self.now = now
        dialect = engine.dialect.name
        self._insert = postgres_insert if dialect == "postgresql" else sqlite_insert

    async def claim(self, event_id: str) -> bool:
        """True for the first claim of `event_id` within its expiry, on any replica; False afterwards."""
        return await asyncio.wait_for(self._claim(event_id), self.timeout)

    async def _claim(self, event_id: str) -> bool:
        now = datetime.fromtimestamp(self.now(), UTC)
        expires = datetime.fromtimestamp(self.now() + self.ttl, UTC)
        table = slack_seen_events
        async with self.engine.begin() as conn:
            await conn.execute(delete(table).where(table.c.expires_at <= now))
            inserted = await conn.execute(
                self._insert(table).values(event_id=event_id, expires_at=expires)
                .on_conflict_do_nothing(index_elements=[table.c.event_id]).returning(table.c.event_id))
            return inserted.first() is not None


class SlackStorage:
    """What the Slack adapter keeps in our database (its `SlackStorage` protocol, adapters/slack/run.py): the
    engine and table names for slack-sdk's installation and OAuth state stores (the tables our migrations create,
    storage/slack_tables.py), and the shared store of events already claimed."""

    bots_table = BOTS_TABLE
    installations_table = INSTALLATIONS_TABLE
    oauth_states_table = OAUTH_STATES_TABLE

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.seen = SqlSeenEvents(engine)
        self.direct_channels = SqlDirectChannels(engine, "slack")

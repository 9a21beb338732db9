"""Several replicas on one database (issue 14, item 13): a retried Events API delivery that lands on another
replica is processed once; slack-sdk's installation-store tables come from our migrations, not from the start."""
from __future__ import annotations

import asyncio
from typing import Any

import sqlalchemy as sa

from adapters.slack.run import build_adapter
from bot.clock import ManualClock
from bot.commands.catalog import build_registry
from bot.config import Settings, SlackSettings
from bot.core import Core
from bot.identity import WorkspaceRef
from roundtable.compose import Wiring
from storage.database import Database
from tests.adapters.slack.conftest import SECRET, served
from tests.helpers.slack_api import FakeSlackAPI


async def test_a_retried_event_on_another_replica_is_processed_once(fake: FakeSlackAPI, database: Database,
                                                                    clock: ManualClock) -> None:
    removed: list[tuple[str, WorkspaceRef]] = []

    def hook(replica: str) -> Any:
        async def on_removed(workspace: WorkspaceRef, reason: str) -> None:
            removed.append((replica, workspace))
        return on_removed

    one = Core(build_registry(), database, clock)
    two = Core(build_registry(), database, clock)
    async with served(fake, one, on_workspace_removed=hook("one")) as first, \
            served(fake, two, on_workspace_removed=hook("two")) as second:
        event = first.factory.app_uninstalled()
        answered = await first.send(event)
        retried = await second.send(event.retry(1))
        again = await second.send(event.retry(2, "http_error"))
        assert (answered.status, retried.status, again.status) == (200, 200, 200)

        # Both replicas at once, another event: one of them processes it.
        other = first.factory.app_uninstalled()
        both = await asyncio.gather(first.send(other), second.send(other.retry(1)))
        assert [seen.status for seen in both] == [200, 200]
    assert [who for who, _ in removed][:1] == ["one"]
    assert len(removed) == 2, removed


async def test_seen_events_expire(fake: FakeSlackAPI, database: Database, clock: ManualClock) -> None:
    from storage.slack_seen import SqlSeenEvents

    now = [1_000_000.0]
    store = SqlSeenEvents(database.engine, ttl=3600, now=lambda: now[0])
    assert await store.claim("Ev1") is True
    assert await store.claim("Ev1") is False
    now[0] += 3601
    assert await store.claim("Ev2") is True  # and Ev1's row has gone
    async with database.engine.connect() as conn:
        ids = (await conn.execute(sa.text("SELECT event_id FROM slack_seen_events"))).scalars().all()
    assert ids == ["Ev2"]
    assert await store.claim("Ev1") is True


async def test_oauth_start_creates_no_tables(fake: FakeSlackAPI, clock: ManualClock, tmp_path: Any) -> None:
    """The installation store's tables come from `roundtable db upgrade`: a database that was never migrated
    has none after the adapter is built."""
    db = Database(f"sqlite+aiosqlite:///{tmp_path}/bare.sqlite3")
    try:
        wiring = Wiring(Core(build_registry(), db, clock), db, clock)
        settings = Settings(slack=SlackSettings(signing_secret=SECRET, client_id="1.2", client_secret="c",
                                                api_base_url=fake.api_url))
        await build_adapter(wiring, settings)
        async with db.engine.connect() as conn:
            names = await conn.run_sync(lambda c: sa.inspect(c).get_table_names())
        assert names == []
    finally:
        await db.dispose()


async def test_the_migrations_create_slack_sdks_own_tables(database: Database) -> None:
    """Identical to what slack-sdk's stores would create: same columns, types, nullability, indexes."""
    from slack_sdk.oauth.installation_store.sqlalchemy import (
        SQLAlchemyInstallationStore,
    )
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    from storage.migrate import upgrade
    from storage.schema import metadata

    async with database.engine.begin() as conn:
        await conn.run_sync(metadata.drop_all)
    await upgrade(database.engine)

    theirs = sa.MetaData()
    SQLAlchemyInstallationStore.build_bots_table(theirs, "slack_bots")
    SQLAlchemyInstallationStore.build_installations_table(theirs, "slack_installations")
    SQLAlchemyOAuthStateStore.build_oauth_states_table(theirs, "slack_oauth_states")

    def described(sync_conn: Any) -> dict[str, Any]:
        inspector = sa.inspect(sync_conn)
        return {name: ([(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(name)],
                       sorted((i["name"], tuple(i["column_names"])) for i in inspector.get_indexes(name)),
                       inspector.get_pk_constraint(name)["constrained_columns"])
                for name in theirs.tables}

    async with database.engine.connect() as conn:
        migrated = await conn.run_sync(described)
    async with database.engine.begin() as conn:
        await conn.run_sync(lambda c: theirs.drop_all(c))
        await conn.run_sync(lambda c: theirs.create_all(c))
        created = await conn.run_sync(described)
    assert migrated == created
    assert set(migrated) == {"slack_bots", "slack_installations", "slack_oauth_states"}

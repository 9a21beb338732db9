"""Which groups keep their meetings as Discord server events, on SQLite and PostgreSQL; and migration 0008, which
adds the two settings to existing groups, off."""
from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, text, update

from storage import tables
from storage.database import Database
from storage.server_events import SqlEventGroups


async def _group(database: Database, platform: str, workspace: str, name: str) -> int:
    async with database.engine.begin() as conn:
        result = await conn.execute(tables.groups.insert().values(
            platform=platform, workspace_id=workspace, name=name, name_key=name.casefold(), channel_id="c",
            timezone="America/Denver", created_by="alice", created_at=datetime(2026, 11, 1, tzinfo=UTC),
            capacity=8, meeting_minutes=90, location="", presenters_per_meeting=1, next_mark=0, agenda=""))
        return int(result.inserted_primary_key[0])


async def test_opted_in_groups_by_platform_and_server(database: Database) -> None:
    store = SqlEventGroups(database)
    first = await _group(database, "discord", "100", "A")
    second = await _group(database, "discord", "200", "B")
    await _group(database, "discord", "200", "C")          # not opted in
    slack = await _group(database, "slack", "100", "D")
    assert await store.opted_in("discord") == [] and await store.workspaces("discord") == []
    async with database.engine.begin() as conn:
        await conn.execute(update(tables.groups).where(tables.groups.c.id.in_([first, second, slack]))
                           .values(discord_events=True))
    assert await store.opted_in("discord") == [first, second]
    assert await store.opted_in("discord", "200") == [second]
    assert await store.workspaces("discord") == ["100", "200"]
    async with database() as uow:
        group = await uow.groups.get(first, lock=False)
        assert group is not None and group.discord_events and not group.discord_events_link


async def test_an_offer_is_recorded_once_and_forgotten_after_the_meeting(database: Database) -> None:
    store = SqlEventGroups(database)
    group = await _group(database, "discord", "100", "A")
    meeting, later = datetime(2026, 12, 2, 1, tzinfo=UTC), datetime(2026, 12, 16, 1, tzinfo=UTC)
    now = datetime(2026, 11, 30, tzinfo=UTC)
    assert await store.first_offer(group, meeting, "bob", now)
    assert not await store.first_offer(group, meeting, "bob", now), "once"
    assert await store.first_offer(group, later, "bob", now) and await store.first_offer(group, meeting, "carol", now)
    assert await store.forget_offers_before(datetime(2026, 12, 3, tzinfo=UTC)) == 2
    assert not await store.first_offer(group, later, "bob", now)
    async with database() as uow:                      # a member who leaves with forget:yes leaves no offer behind
        await uow.cases.forget(group, "bob")
        await uow.commit()
    async with database.engine.connect() as conn:
        assert (await conn.execute(select(tables.event_offers.c.user_id))).scalars().all() == []


async def test_migration_0008_adds_the_settings_off(database: Database) -> None:
    from storage.migrate import current, heads, upgrade

    async with database.engine.begin() as conn:
        await conn.run_sync(tables.metadata.drop_all)
    await upgrade(database.engine, "0007")
    async with database.engine.begin() as conn:
        # Written as 0007 knew the table (the declared one has the new columns already).
        await conn.execute(text(
            "INSERT INTO groups (platform, workspace_id, name, name_key, channel_id, timezone, created_by, "
            "created_at, capacity, meeting_minutes, location, presenters_per_meeting, next_mark, agenda) VALUES "
            "('discord', '100', 'A', 'a', 'c', 'UTC', 'alice', :at, 8, 90, '', 1, 0, '')"),
            {"at": datetime(2026, 11, 1, tzinfo=UTC)})
    await upgrade(database.engine)
    assert await current(database.engine) == ",".join(sorted(heads()))
    async with database.engine.connect() as conn:
        rows = (await conn.execute(select(tables.groups.c.discord_events, tables.groups.c.discord_events_link))).all()
    assert [tuple(r) for r in rows] == [(False, False)]
    async with database.engine.connect() as conn:
        assert (await conn.execute(select(tables.event_offers))).all() == []

"""Storage on real databases: SQLite and PostgreSQL run the same tests."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect as sa_inspect

from bot.commands.catalog import build_registry
from bot.core import Core
from bot.identity import ChannelRef, UserRef, WorkspaceRef
from storage.database import Database
from tests.conftest import START, drop_database, make_database
from tests.helpers import Desk


async def test_group_aggregate_round_trips_with_aware_utc_times(database: Database) -> None:
    desk = Desk(database, START)
    await desk.found_group(members=("bob", "carol"))
    await desk.say("alice", "schedule set every 2 weeks on Tuesday at 18:00 from 2026-12-01")
    await desk.say("bob", "rsvp yes")
    await desk.say("alice", "schedule skip 2026-12-15")
    async with database() as uow:
        group = await uow.groups.by_name(WorkspaceRef("console", "demo"), "tuesday peers")
        assert group is not None
        assert [m.user_id for m in group.active] == ["alice", "bob", "carol"]
        assert group.agreement.version == 1
        assert group.created_at == START and group.created_at.tzinfo is not None
        starts = sorted(m.original_start for m in group.meetings)
        assert starts == [datetime(2026, 12, 2, 1, 0, tzinfo=UTC),
                          datetime(2026, 12, 16, 1, 0, tzinfo=UTC)]
        first = next(m for m in group.meetings if m.original_start == starts[0])
        assert first.find("bob").rsvp == "yes"
        assert any(m.cancelled for m in group.meetings)


async def test_lookups_by_channel_user_and_summaries(database: Database) -> None:
    desk = Desk(database, START)
    await desk.found_group(members=("bob",))
    await desk.run("@carol in #other: /consult group create Second Circle capacity:5")
    async with database() as uow:
        ws = WorkspaceRef("console", "demo")
        assert [g.name for g in await uow.groups.by_channel(ChannelRef("console", "demo", "consultation"))] == ["Tuesday Peers"]
        assert [g.name for g in await uow.groups.for_user(UserRef("console", "demo", "bob"))] == ["Tuesday Peers"]
        assert await uow.groups.for_user(UserRef("console", "elsewhere", "bob")) == []
        summaries = {s.name: s for s in await uow.groups.summaries(ws)}
        assert summaries["Tuesday Peers"].members == 2 and summaries["Second Circle"].capacity == 5
        assert await uow.groups.names(ws, "sec", 10) == ["Second Circle"]
        assert await uow.groups.names(ws, "%", 10) == []


async def test_held_meetings_keep_presenters_and_attendance(database: Database) -> None:
    desk = Desk(database, START)
    await desk.found_group(members=("bob", "carol"))
    await desk.say("alice", "schedule set weekly on Tuesday at 18:00")
    await desk.say("bob", "rsvp yes")
    await desk.run("time +2d")
    out = await desk.say("alice", "attendance show")
    assert "presented: @alice" in out and "Attended: @alice and @bob" in out
    await desk.say("alice", "attendance set @alice absent")
    async with database() as uow:
        group = await uow.groups.by_name(WorkspaceRef("console", "demo"), "tuesday peers")
        held = await uow.groups.held(group, 5)
        assert len(held) == 1 and held[0].presenters == []
        assert group.upcoming(desk.clock.now(), 1)[0].presenters == ("alice",), "a missed turn is not lost"


async def test_refused_command_changes_nothing(database: Database) -> None:
    desk = Desk(database, START)
    await desk.found_group(members=("bob",))
    before = await snapshot(database)
    for command in ("group settings capacity:1", "schedule set every Blursday", "rotation assign @nobody",
                    "join Tuesday Peers", "group create Tuesday Peers", "remove @zed"):
        await desk.say("alice", command)
    assert await snapshot(database) == before


async def snapshot(database: Database) -> dict[str, list[tuple[object, ...]]]:
    from storage.schema import metadata

    out = {}
    async with database.engine.connect() as conn:
        for table in metadata.sorted_tables:
            rows = (await conn.execute(table.select().order_by(*table.primary_key.columns))).all()
            out[table.name] = [tuple(r) for r in rows]
    return out


async def test_migrations_build_the_same_schema_as_the_tables(database: Database) -> None:
    """`roundtable db upgrade` on an empty database yields exactly the declared schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from storage.migrate import current, heads, upgrade
    from storage.schema import metadata

    async with database.engine.begin() as conn:
        await conn.run_sync(metadata.drop_all)
    await upgrade(database.engine)
    assert await current(database.engine) == ",".join(sorted(heads()))

    def diff(sync_conn: object) -> list[object]:
        return compare_metadata(MigrationContext.configure(sync_conn, opts={"compare_type": True}), metadata)

    async with database.engine.connect() as conn:
        assert await conn.run_sync(diff) == []
        names = await conn.run_sync(lambda c: sa_inspect(c).get_table_names())
    assert {"groups", "members", "meetings", "participations", "agreements", "profiles"} <= set(names)


@pytest.mark.postgres
async def test_concurrent_joins_never_overfill_a_group_on_postgres() -> None:
    from tests.conftest import postgres_or_skip

    postgres_or_skip()
    db, schema = await make_database("postgres")
    try:
        desk = Desk(db, START)
        await desk.found_group(extra="capacity:3")
        core = desk.core
        group_id = 1
        async with db() as uow:
            group = await uow.groups.by_name(WorkspaceRef("console", "demo"), "tuesday peers")
            group_id = group.id
        channel = ChannelRef("console", "demo", "consultation")
        replies = await asyncio.gather(*[
            core.click(UserRef("console", "demo", f"p{i}"), channel, "agreement.accept", f"{group_id}|1")
            for i in range(6)
        ])
        assert all("went wrong" not in r.outbound[0].message.plain_text() for r in replies)
        async with db() as uow:
            group = await uow.groups.get(group_id)
            assert len(group.active) == 3 and len(group.waitlist) == 4
            assert len({m.turn_mark for m in group.members}) == len(group.members)
    finally:
        await drop_database(db, schema)


async def test_database_url_spellings() -> None:
    from storage.engine import normalise_url

    assert normalise_url("postgres://u@h/d") == "postgresql+asyncpg://u@h/d"
    assert normalise_url("postgresql://u@h/d") == "postgresql+asyncpg://u@h/d"
    assert normalise_url("sqlite:///x.db") == "sqlite+aiosqlite:///x.db"


async def test_file_database_is_migrated_on_start(tmp_path: object) -> None:
    from roundtable.compose import prepare_database
    from storage.migrate import current, heads

    path = f"sqlite+aiosqlite:///{tmp_path}/rt.sqlite3"
    db = Database(path)
    await prepare_database(db)
    await prepare_database(db)
    assert await current(db.engine) == ",".join(sorted(heads()))
    core = Core(build_registry(), db, Desk(db, START).clock)
    reply = await core.command_text(UserRef("console", "d", "a"), ChannelRef("console", "d", "c"), "group create X")
    assert "facilitator" in reply.outbound[0].message.plain_text()
    await db.dispose()


async def test_nudge_ledger_round_trips_keys_rosters_and_bookmarks(database: Database) -> None:
    """The sweep's bulk paths: rows recorded at once (a repeat is ignored), recorded keys read back exactly
    (recipients are joined per meeting and kind in the query), rosters as plain values, bookmarks moved."""
    from bot.domain.group import ActiveMember
    from bot.nudges import NudgeKey, NudgeRecord

    desk = Desk(database, START)
    await desk.found_group(members=("bob", "carol"))
    await desk.say("carol", "nudges mute")
    meeting = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)
    async with database() as uow:
        group = await uow.groups.by_name(WorkspaceRef("console", "demo"), "tuesday peers")
        assert group is not None and group.id is not None
        gid = group.id
        keys = [NudgeKey(gid, meeting, meeting, "rsvp", who) for who in ("alice", "bob", "carol.o'neil, jr")]
        keys += [NudgeKey(gid, meeting, meeting, "reminder_24h", ""), NudgeKey(gid, meeting, meeting, "prepare", "*")]
        rows = [NudgeRecord(k, meeting, "pending") for k in keys]
        assert await uow.nudges.record(rows) == len(keys)
        await uow.nudges.record(rows[:2])   # already there: ignored, not an error
        assert await uow.nudges.recorded([gid], meeting) == set(keys)
        assert await uow.nudges.recorded([gid], meeting.replace(day=3)) == set()
        assert await uow.groups.rosters([gid, gid + 1000]) == {
            gid: [ActiveMember("alice", 0, False, True), ActiveMember("bob", 1, False, False),
                  ActiveMember("carol", 2, True, False)],
            gid + 1000: []}
        await uow.nudges.advance([(gid, meeting)], START)
        await uow.commit()
    async with database() as uow:
        assert len([r for r in await uow.nudges.all() if r.key.group_id == gid]) == len(keys)
        group = await uow.groups.get(gid)
        assert group is not None
        assert (group.next_nudge_at, group.nudged_through) == (meeting, START)

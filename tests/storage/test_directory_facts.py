"""Issue 16: `/consult find` reads per-group facts kept on write and reuses what it read while the workspace's token
is unchanged (storage/directory_facts.py, storage/directory.py, bot/directory/listings.py). A stale result is the
failure to attack: on random data, on SQLite and PostgreSQL, with two processes (two engines) over one database,
what find reads must equal a straightforward computation from the groups and profiles themselves, after each kind
of write made by the *other* process (a profile change, a join, a leave, a removal with forget, a settings change,
a skipped and a moved meeting) and after time passes."""
from __future__ import annotations

import random
import uuid
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select, text

from bot.commands.directory import listed_of
from bot.directory import listings
from bot.directory.matching import LOOKAHEAD, Listing, Match, Seeker, brought, rank, score
from bot.directory.model import ListedGroup, Window, split_list
from bot.domain.group import Group, Profile
from bot.domain.schedule import Recurrence, occurrences, parse_recurrence
from bot.identity import UserRef, WorkspaceRef
from storage import directory_facts, directory_tables, tables
from storage.database import Database
from tests.conftest import POSTGRES_URL, START, drop_database, make_database, postgres_or_skip
from tests.helpers import Desk

WS = WorkspaceRef("console", "demo")
ZONES = ("America/Denver", "Europe/Berlin", "Asia/Kolkata")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Saturday")
FOCUS = ("trauma", "grief", "couples", "ethics")
TAGS = ("EMDR", "emdr", "CBT", "somatic", "Somatic", "IFS", "DBT")
PEOPLE = [f"p{i}" for i in range(14)]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def two_processes(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[tuple[Database, Database]]:
    """Two engines over one database, as two replicas would have: nothing one keeps in memory is the other's."""
    if request.param == "postgres":
        postgres_or_skip()
        first, schema = await make_database("postgres")
        second = Database(POSTGRES_URL, connect_args={"server_settings": {"search_path": schema}})
    else:
        url = f"sqlite+aiosqlite:///{tmp_path}/{uuid.uuid4().hex}.sqlite3"
        first, schema = Database(url), None
        await first.create_all()
        second = Database(url)
    try:
        yield first, second
    finally:
        await second.dispose()
        await drop_database(first, schema)


async def populate(db: Database, rnd: random.Random) -> None:
    """Random groups through the ORM, as the bot writes them. Group 0 is made so one member's modalities decide
    what it brings (exactly three list EMDR); people are in several groups; some have no profile."""
    async with db() as uow:
        for person in PEOPLE:
            if rnd.random() < 0.85:
                await uow.profiles.add(Profile("console", "demo", person, person.upper(),
                                               ",".join(rnd.sample(TAGS, rnd.randint(0, 3)))))
        await uow.profiles.add(Profile("console", "demo", "e1", "E1", "EMDR,CBT"))
        await uow.profiles.add(Profile("console", "demo", "e2", "E2", "emdr"))
        await uow.profiles.add(Profile("console", "demo", "e3", "E3", "EMDR, somatic"))
        for g in range(9):
            rec = parse_recurrence(f"every {rnd.choice((1, 2))} weeks on {rnd.choice(DAYS)} at "
                                   f"{rnd.randint(8, 20):02d}:00 from 2026-12-01", START.date())
            group = Group("console", "demo", f"Group {g}", f"chan{g}", rnd.choice(ZONES), f"f{g}", START,
                          capacity=rnd.randint(2, 6), name_key=f"group {g}", listed=g == 0 or rnd.random() < 0.8,
                          focus=",".join(rnd.sample(FOCUS, 2)), joining=rnd.choice(("open", "by request")))
            group.found(START)
            members = ["e1", "e2", "e3"] if g == 0 else rnd.sample(PEOPLE, rnd.randint(1, 7))
            for person in members:
                group.admit(person, 1, START)
            group.set_schedule(rec, START)
            await uow.groups.add(group)
        await uow.commit()


def normal(group: ListedGroup) -> ListedGroup:
    return replace(group, skipped=tuple(sorted(group.skipped)), moved=tuple(sorted(group.moved)))


async def straightforward(db: Database, apart_from: str) -> list[ListedGroup]:
    """What find should read, from the whole groups and every active member's profile, with no facts and no token."""
    async with db() as uow:
        groups = (await uow.session.scalars(select(Group).where(
            tables.groups.c.platform == WS.platform, tables.groups.c.workspace_id == WS.id,
            tables.groups.c.listed.is_(True)).order_by(tables.groups.c.id))).unique().all()
        found = []
        for group in groups:
            if group.member(apart_from) is not None:
                continue
            profiles = {p.user_id: p for p in await uow.profiles.many([group.user(m.user_id) for m in group.active])}
            tags = [profiles[m.user_id].tag_list if m.user_id in profiles else [] for m in group.active]
            found.append(normal(listed_of(group, brought(tags))))
        return found


def seekers(rnd: random.Random) -> list[Seeker]:
    out = []
    for _ in range(6):
        first = rnd.randint(0, 6)
        windows = (Window(first, min(6, first + rnd.randint(0, 4)), time(rnd.randint(6, 12)),
                          time(rnd.randint(18, 23))),)
        out.append(Seeker(rnd.choice(ZONES), windows, tuple(rnd.sample(FOCUS, 1)), tuple(rnd.sample(TAGS, 1))))
    return out


async def same_as_straightforward(fast_db: Database, slow_db: Database, now: datetime, people: list[Seeker],
                                  apart_from: str = "nobody") -> list[ListedGroup]:
    async with fast_db() as uow:
        fast = await uow.directory.listed(WS, apart_from)
    slow = await straightforward(slow_db, apart_from)
    assert [normal(g) for g in fast] == slow
    for seeker in people:
        assert rank(seeker, [listings.listing(g, now) for g in fast]) == \
            plain_rank(seeker, [plain_listing(g, now) for g in slow])
    return fast


def plain_listing(group: ListedGroup, now: datetime) -> Listing:
    """A listing with its meetings expanded on the spot (nothing kept between calls)."""
    meetings = tuple(o.start for o in occurrences(
        Recurrence.from_rule(group.rule, group.start), ZoneInfo(group.timezone), after=now, count=LOOKAHEAD,
        skipped=frozenset(group.skipped), moved=dict(group.moved))) if group.rule and group.start else ()
    return replace(listings.build(group, now), meetings=meetings)


def plain_rank(seeker: Seeker, found: list[Listing]) -> list[Match]:
    """`rank` with each meeting placed in the seeker's zone and checked against every window, one by one."""
    zone = ZoneInfo(seeker.zone)
    matches = []
    for listing in found:
        fitting, window = [], None
        for start in listing.meetings[:LOOKAHEAD]:
            local = start.astimezone(zone)
            holder = next((w for w in seeker.windows if w.holds(local, listing.minutes)), None)
            if holder is not None:
                fitting.append(local)
                window = window or holder
        match = score(seeker, listing, (tuple(fitting), window)) if fitting else None
        if match is not None:
            matches.append(match)
    return sorted(matches, key=lambda m: (-m.points, m.fitting[0], m.listing.group_id))


async def test_find_reads_what_a_fresh_computation_gives_after_every_kind_of_write(
        two_processes: tuple[Database, Database]) -> None:
    here, there = two_processes
    for seed in (16, 17):
        rnd = random.Random(seed)
        async with here.engine.begin() as conn:
            for table in (directory_tables.directory_versions, tables.profiles, tables.groups):
                await conn.execute(table.delete())
        await populate(there, rnd)
        assert await token(here) is not None, "with no token nothing is reused, and this test would prove little"
        now = START + timedelta(hours=1)
        people = seekers(rnd)
        desk = Desk(there, now)  # the other replica: its writes must show in `here`'s next find
        before = await same_as_straightforward(here, there, now, people)
        group0 = next(g for g in before if g.name == "Group 0")
        assert group0.brings[:1] == ("EMDR",)

        # A profile change: group 0 no longer brings EMDR (two of three left).
        await desk.say("e2", 'profile tags:"CBT"')
        after = await same_as_straightforward(here, there, now, people)
        assert "EMDR" not in next(g for g in after if g.name == "Group 0").brings
        # A join (the seat count and size change), then a leave that promotes someone waiting, if anyone is.
        listed = [g for g in after if g.joining == "open" and g.active < g.capacity]
        if listed:
            await desk.say("newcomer", f"join {listed[0].name}")
            await desk.run('@newcomer click "I accept"')
            await same_as_straightforward(here, there, now, people)
        await desk.say("e3", "leave Group 0")
        await same_as_straightforward(here, there, now, people)
        # A removal with the person's data forgotten (their profile goes, a write made around the ORM).
        await desk.say("e1", "leave forget:yes Group 0")
        await same_as_straightforward(here, there, now, people)
        # Settings: capacity, focus and the listing itself.
        await desk.run("channel #chan0")
        await desk.say("f0", 'group settings focus:"couples, ethics" language:English')
        changed = await same_as_straightforward(here, there, now, people)
        assert next(g for g in changed if g.name == "Group 0").focus == "couples,ethics"
        await desk.say("f0", "group settings capacity:9")
        changed = await same_as_straightforward(here, there, now, people)
        assert next(g for g in changed if g.name == "Group 0").capacity == 9
        target = next(g for g in after if g.name != "Group 0")
        await desk.run(f"channel #{'chan' + target.name.split()[-1]}")
        facilitator = "f" + target.name.split()[-1]
        await desk.say(facilitator, "group settings listed:no")
        assert target.id not in [g.id for g in await same_as_straightforward(here, there, now, people)]
        # A skipped and a moved meeting.
        async with here() as uow:
            shown = await uow.directory.listed(WS, "nobody")
        ahead = listings.listing(shown[0], now).meetings
        channel = "chan" + shown[0].name.split()[-1]
        await desk.run(f"channel #{channel}")
        local = [m.astimezone(ZoneInfo(shown[0].timezone)) for m in ahead]
        await desk.say("f" + shown[0].name.split()[-1], f"schedule skip {local[0]:%Y-%m-%d}")
        await desk.say("f" + shown[0].name.split()[-1],
                       f"schedule move {local[1]:%Y-%m-%d} {local[1] + timedelta(days=1):%Y-%m-%d} 07:30")
        moved = await same_as_straightforward(here, there, now, people)
        assert next(g for g in moved if g.id == shown[0].id).skipped
        assert next(g for g in moved if g.id == shown[0].id).moved
        # Time passes: the next meetings move on, with no write at all.
        for days in (3, 10, 40):
            await same_as_straightforward(here, there, now + timedelta(days=days), people)
        # And the seeker's own groups are left out, as before.
        member = next(iter(PEOPLE))
        await same_as_straightforward(here, there, now, people, apart_from=member)


async def test_a_write_that_changes_nothing_find_reads_keeps_the_token(database: Database) -> None:
    """Nudge bookkeeping or a meeting being settled writes groups and meetings all the time: it must not make
    every replica read the directory again."""
    desk = Desk(database, START)
    await desk.say("alice", "group create Tuesday Peers tz:America/Denver")
    await desk.say("alice", 'group settings listed:yes')
    before = await token(database)
    assert before is not None
    await desk.say("alice", "agenda set Bring one question each")
    await desk.say("alice", 'profile name:"Alice A"')
    assert await token(database) == before
    await desk.say("alice", 'profile tags:"EMDR"')  # a modality, but one member is not three: nothing shows
    assert await token(database) == before
    await desk.say("alice", 'group settings focus:trauma')
    assert await token(database) != before


async def token(db: Database) -> int | None:
    v = directory_tables.directory_versions
    async with db.engine.connect() as conn:
        return (await conn.execute(select(v.c.token).where(v.c.platform == WS.platform,
                                                           v.c.workspace_id == WS.id))).scalar()


async def test_facts_are_kept_in_the_transaction_that_changes_them(database: Database) -> None:
    """A find in the same transaction as a change sees the change; a rolled-back change leaves no trace."""
    async with database() as uow:
        group = Group("console", "demo", "G", "c", "UTC", "a", START, name_key="g", listed=True)
        group.found(START)
        for person in ("b", "c"):
            group.admit(person, 1, START)
        await uow.groups.add(group)
        for person in ("a", "b", "c"):
            await uow.profiles.add(Profile("console", "demo", person, person, "IFS"))
        (found,) = await uow.directory.listed(WS, "x")
        assert (found.active, found.brings) == (3, ("IFS",))
        await uow.commit()
    async with database() as uow:
        profile = await uow.profiles.get(UserRef("console", "demo", "c"))
        assert profile is not None
        profile.tags = "CBT"
        (found,) = await uow.directory.listed(WS, "x")
        assert found.brings == ()
        await uow.rollback()
    async with database() as uow:
        (found,) = await uow.directory.listed(WS, "x")
        assert found.brings == ("IFS",)


async def test_a_group_written_around_the_orm_is_computed_the_slow_way(database: Database) -> None:
    async with database.engine.begin() as conn:
        group_id = (await conn.execute(insert(tables.groups).values(
            platform="console", workspace_id="demo", name="Raw", name_key="raw", channel_id="c", timezone="UTC",
            created_by="a", created_at=START, capacity=5, meeting_minutes=90, presenters_per_meeting=1,
            next_mark=0, listed=True).returning(tables.groups.c.id))).scalar_one()
        await conn.execute(insert(tables.members), [
            dict(group_id=group_id, user_id=u, role="member", standing="active", agreement_version=1, turn_mark=i)
            for i, u in enumerate(("a", "b", "c"))])
        await conn.execute(insert(tables.profiles), [
            dict(platform="console", workspace_id="demo", user_id=u, display_name=u, tags="ACT") for u in "abc"])
    async with database() as uow:
        (found,) = await uow.directory.listed(WS, "x")
    assert (found.active, found.waiting, found.brings) == (3, 0, ("ACT",))


async def test_the_migration_fills_the_facts_as_the_code_computes_them(database: Database) -> None:
    """Migration 0014 fills directory_facts with its own frozen copy of the rule: the same as the code's today."""
    from storage.migrate import upgrade
    from storage.schema import metadata

    async with database.engine.begin() as conn:
        await conn.run_sync(metadata.drop_all)
        await conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    await upgrade(database.engine, "0013")
    rnd = random.Random(13)
    async with database.engine.begin() as conn:
        for g in range(6):
            group_id = (await conn.execute(insert(tables.groups).values(
                platform="console", workspace_id="demo", name=f"G{g}", name_key=f"g{g}", channel_id=f"c{g}",
                timezone="UTC", created_by="a", created_at=START, capacity=5, meeting_minutes=90,
                presenters_per_meeting=1, next_mark=0).returning(tables.groups.c.id))).scalar_one()
            for i, person in enumerate(rnd.sample(PEOPLE, rnd.randint(0, 8))):
                await conn.execute(insert(tables.members).values(
                    group_id=group_id, user_id=person, role="member", turn_mark=i, agreement_version=1,
                    standing=rnd.choice(("active", "active", "waitlisted"))))
        await conn.execute(insert(tables.profiles), [
            dict(platform="console", workspace_id="demo", user_id=p, display_name=p,
                 tags=",".join(rnd.sample(TAGS, rnd.randint(0, 4)))) for p in PEOPLE if rnd.random() < 0.9])
    await upgrade(database.engine)
    f = directory_tables.directory_facts
    async with database.engine.connect() as conn:
        stored = {row[0]: tuple(row[1:]) for row in (await conn.execute(
            select(f.c.group_id, f.c.active, f.c.waiting, f.c.brings))).all()}
        computed = await conn.run_sync(lambda c: directory_facts.compute(c, stored))
        assert await token(database) is not None
    assert stored == computed and len(stored) == 6
    assert any(split_list(b) for _, _, b in stored.values())

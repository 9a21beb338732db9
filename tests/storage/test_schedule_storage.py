"""Issue 13, item 3: a schedule is stored as its rule (RRULE + local DTSTART, in the group's zone), not as the
sentence; loading never calls the phrase parser; existing rows are migrated. On SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, update

from bot.domain import schedule
from bot.domain.schedule import Recurrence, parse_recurrence
from storage import tables
from storage.database import Database
from tests.conftest import START
from tests.helpers import Desk


def _parser_gone(*args: object, **kwargs: object) -> Recurrence:
    raise AssertionError("the phrase parser was called while loading a stored schedule")


async def test_the_rule_is_stored_and_the_phrase_is_only_for_display(database: Database,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    desk = Desk(database, START)
    await desk.found_group(members=("bob",))
    out = await desk.say("alice", "schedule set every 2 weeks on Tuesday at 18:00 from 2026-12-08 until 2027-06-30")
    assert "now meets every 2 weeks on Tuesday at 18:00, from Tue 8 Dec 2026, until Wed 30 Jun 2027" in out
    async with database.engine.connect() as conn:
        row = (await conn.execute(select(tables.groups.c.schedule, tables.groups.c.schedule_rule,
                                         tables.groups.c.schedule_start))).one()
    assert tuple(row) == ("every 2 weeks on Tuesday at 18:00, from Tue 8 Dec 2026, until Wed 30 Jun 2027",
                          "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T235959", "20261208T180000")
    before = await desk.say("bob", "schedule show count:3")

    # The parser changes (here: it is gone altogether) and the display phrase is edited: nothing moves.
    monkeypatch.setattr(schedule, "parse_recurrence", _parser_gone)
    async with database.engine.begin() as conn:
        await conn.execute(update(tables.groups).values(schedule="every Friday at 07:00"))
    assert await desk.say("bob", "schedule show count:3") == before
    assert "Tue 8 Dec 2026, 18:00 MST" in before and "Tue 22 Dec 2026" in before
    async with database() as uow:
        group = (await uow.groups.for_user(desk.session.user("alice")))[0]
        assert group.recurrence() == Recurrence.from_rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T235959",
                                                          "20261208T180000")
    out = await desk.say("bob", "group list")
    assert "every Friday at 07:00" in out  # the phrase is shown as stored, never parsed
    out = await desk.say("bob", "next")
    assert "Tue 8 Dec 2026" in out


async def test_a_schedule_set_late_on_its_weekday_is_stored_from_its_first_real_meeting(database: Database) -> None:
    desk = Desk(database, datetime(2027, 1, 5, 3, 0, tzinfo=UTC))  # Mon 4 Jan 20:00 in Denver
    await desk.found_group()
    out = await desk.say("alice", "schedule set every Monday at 12:00")
    assert "The first meeting: Mon 11 Jan 2027, 12:00 MST" in out
    async with database.engine.connect() as conn:
        start = (await conn.execute(select(tables.groups.c.schedule_start))).scalar_one()
    assert start == "20270111T120000"


OLD_PHRASES = [
    ("every 2 weeks on Tuesday at 18:00 from 2026-12-01", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "20261201T180000"),
    ("every week on Wednesday at 07:05 from 2026-11-28", "FREQ=WEEKLY;BYDAY=WE", "20261202T070500"),
    ("every month on the last Thursday at 19:30 from 2026-11-28", "FREQ=MONTHLY;BYDAY=-1TH", "20261231T193000"),
    ("every 3 months on the 2nd Sunday at 02:30 from 2027-03-01", "FREQ=MONTHLY;INTERVAL=3;BYDAY=2SU",
     "20270314T023000"),
    ("every 2 months on day 15 at 12:00 from 2026-11-20", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15", "20261215T120000"),
    ("every month on day 15 at 00:00 from 2026-11-15", "FREQ=MONTHLY;BYMONTHDAY=15", "20261115T000000"),
]


async def test_the_migration_turns_stored_phrases_into_rules(database: Database) -> None:
    from storage.migrate import current, heads, upgrade

    async with database.engine.begin() as conn:
        await conn.run_sync(tables.metadata.drop_all)
    await upgrade(database.engine, "0005")
    created = datetime(2026, 11, 1, tzinfo=UTC)
    async with database.engine.begin() as conn:
        for index, (phrase, _, _) in enumerate(OLD_PHRASES + [(None, None, None)]):
            await conn.execute(tables.groups.insert().values(
                platform="console", workspace_id="demo", name=f"G{index}", name_key=f"g{index}",
                channel_id=f"c{index}", timezone="America/Denver", created_by="alice", created_at=created,
                capacity=8, meeting_minutes=90, location="", presenters_per_meeting=1, schedule=phrase,
                next_mark=0, agenda=""))
    await upgrade(database.engine)
    assert await current(database.engine) == ",".join(sorted(heads()))
    async with database.engine.connect() as conn:
        rows = (await conn.execute(select(tables.groups.c.schedule, tables.groups.c.schedule_rule,
                                          tables.groups.c.schedule_start).order_by(tables.groups.c.id))).all()
    assert [tuple(r) for r in rows] == OLD_PHRASES + [(None, None, None)]
    # The migrated rule means what the phrase meant when it was read back on every load.
    async with database() as uow:
        for index, (phrase, _, _) in enumerate(OLD_PHRASES):
            group = await uow.groups.get(index + 1)
            assert group is not None and group.schedule == phrase
            old = parse_recurrence(phrase, date(2000, 1, 1))
            new = group.recurrence()
            assert new is not None and (new.stored_rule(), new.describe()) == (old.stored_rule(), old.describe())


async def test_schedule_set_refuses_what_it_does_not_understand_and_keeps_the_old_schedule(sqlite_db: Database) -> None:
    desk = Desk(sqlite_db, START)   # Mon 30 Nov 2026, 02:00 in Denver
    await desk.found_group()
    assert "now meets every Monday at 12:00 (America/Denver)" in \
        await desk.say("alice", "schedule set every Monday at 12:00 America/Denver")
    for phrase, wording in [("every -1 weeks on Monday at 12:00", '"-1" will not work'),
                            ("every 2.5 weeks on Monday at 12:00", '"2.5"'),
                            ("every Tuesday at 18:00 from 1999-01-05", "is in the past"),
                            ("every Tuesday at 18:00 from the 31st of February", "There is no 31 February"),
                            ("every Tuesday at 12:00 America/New_York", "`/consult group settings tz:America/New_York`")]:
        out = await desk.say("alice", f"schedule set {phrase}")
        assert wording in out and "now meets" not in out, out
    out = await desk.say("alice", "schedule set every Tuesday at 18:00 until 2027-01-31")
    assert "now meets every Tuesday at 18:00, until Sun 31 Jan 2027" in out
    out = await desk.say("alice", "schedule show count:20")
    assert "Tue 26 Jan 2027" in out and "Feb 2027" not in out

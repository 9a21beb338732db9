"""The anonymity guarantee, checked on SQLite and PostgreSQL by reading every table and every column.

- No row links a member (their id, or a hash of it) to an answer: answers exist only as per-round counts, and the
  record of who has answered holds no answer and is deleted, with its key, when the round closes.
- No timestamp finer than the round exists in answer data: an answer writes no time anywhere.
- An answer alone writes nothing: answers reach the database only in mixed batches (bot/checkins/mixing.py), each
  rewriting every count row of its round. test_checkin_attacker.py attacks this with dumps, heap pages and WALs.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import DateTime, text

from bot.checkins.rounds import CheckinRound, CheckinSettings, new_round
from bot.identity import UserRef
from storage.checkin_tables import checkin_answered, checkin_counts
from storage.database import Database
from storage.schema import metadata
from tests.conftest import drop_database, make_database, postgres_or_skip
from tests.helpers import Desk
from tests.helpers.checkins import START, CheckinDesk

MEMBERS = ("alice", "bob", "carol", "dan", "erin")
ANSWER_TABLES = ("checkin_counts",)
HEX64 = re.compile(r"^[0-9a-f]{64}$")

Snapshot = dict[str, list[tuple[Any, ...]]]


async def snapshot(database: Database) -> Snapshot:
    """Every row of every table, every column, in primary-key order."""
    out: Snapshot = {}
    async with database.engine.connect() as conn:
        for table in metadata.sorted_tables:
            rows = (await conn.execute(table.select().order_by(*table.primary_key.columns))).all()
            out[table.name] = [tuple(row) for row in rows]
    return out


def values_in(snap: Snapshot) -> dict[str, set[Any]]:
    return {name: {value for row in rows for value in row} for name, rows in snap.items()}


async def started(database: Database) -> tuple[CheckinDesk, CheckinRound]:
    desk = CheckinDesk(database)
    await desk.found_group(members=MEMBERS[1:])
    await desk.say("alice", "checkin settings cadence:off")
    assert "Started." in await desk.say("alice", "checkin start")
    async with database() as uow:
        round_ = await uow.checkins.open_round(1)
    assert round_ is not None
    return desk, round_


async def test_a_full_round_leaves_no_row_linking_a_member_to_an_answer(database: Database) -> None:
    desk, round_ = await started(database)
    members = [desk.user(name) for name in MEMBERS]
    markers = {round_.marker(user) for user in members}
    identifying = {u.id for u in members} | markers

    before_any = await snapshot(database)
    bucket_keys = {(r[0], r[1]) for r in before_any["checkin_counts"]}
    assert bucket_keys == {(round_.id, b) for b in (1, 2, 3, 4, 5)}, "every bucket row exists before any answer"

    answers = dict(zip(MEMBERS, (2, 3, 3, 5, 1)))
    for n, (name, option) in enumerate(answers.items(), 1):
        before = await snapshot(database)
        out = await desk.answer(name, option)
        assert "Thank you" in out
        after = await snapshot(database)
        changed = {t for t in after if after[t] != before[t]}
        if n < len(MEMBERS):
            assert changed == set(), "an answer alone writes nothing: it is held until a batch can be written"
            continue
        # Five eligible, k = 4: a batch of four would leave one member out, fewer than k, so all five go together.
        assert changed == {"checkin_counts", "checkin_answered"}, "a batch writes nothing else, no time anywhere"
        added = set(after["checkin_answered"]) - set(before["checkin_answered"])
        assert added == {(round_.id, m) for m in markers}, "the markers: round and keyed hash only"
        assert {(r[0], r[1]) for r in after["checkin_counts"]} == bucket_keys, "no row appears for an answer"
        diff = {r[1]: r[2] for r in after["checkin_counts"]}
        assert diff == {1: 1, 2: 1, 3: 2, 4: 0, 5: 1}

    # Read every table and every column.
    snap = await snapshot(database)
    seen = values_in(snap)
    for name in ANSWER_TABLES:
        assert not seen[name] & identifying, f"{name} holds something that identifies a member"
    for name, values in seen.items():
        if name.startswith("checkin_") and name != "checkin_answered":
            assert not values & identifying, f"{name} holds a member id or a marker"
        hashes = {v for v in values if isinstance(v, str) and HEX64.match(v)}
        if name not in ("checkin_answered", "checkin_rounds"):
            assert not hashes & markers, f"{name} holds a marker"
    answered_columns = {c.name for c in checkin_answered.columns}
    assert answered_columns == {"round_id", "marker"}, "who answered is kept with nothing about the answer"
    assert {c.name for c in checkin_counts.columns} == {"round_id", "bucket", "count"}
    for table in (checkin_counts, checkin_answered):
        assert not [c for c in table.columns if isinstance(c.type, DateTime) or "DateTime" in type(c.type).__name__]
    assert sorted(r[2] for r in snap["checkin_counts"]) == [0, 1, 1, 1, 2]

    # After the round closes: the results, and nothing at all about who answered.
    out = await desk.run("time +3d1h")
    assert "5 answers" in out
    closed = await snapshot(database)
    assert closed["checkin_answered"] == []
    assert all(row_secret is None for *_, row_secret in
               [(r[0], dict(zip([c.name for c in metadata.tables["checkin_rounds"].columns], r))["secret"])
                for r in closed["checkin_rounds"]])
    everything = {v for values in values_in(closed).values() for v in values}
    assert not everything & markers, "no marker survives the round"
    keys = [bytes.fromhex(v) for v in everything if isinstance(v, str) and HEX64.match(v)]
    for key in keys:     # whatever 64-hex value is left, none of it recomputes a member's marker
        for user in members:
            text_ = "\x1f".join((user.platform, user.workspace, user.id)).encode()
            assert hmac.new(key, text_, hashlib.sha256).hexdigest() not in markers
    for name, values in values_in(closed).items():
        if name.startswith("checkin_"):
            assert not values & {u.id for u in members}, f"{name} names a member"


async def test_withheld_rounds_keep_no_counts_at_all(database: Database) -> None:
    desk, round_ = await started(database)
    for name in ("bob", "carol"):
        await desk.answer(name, 5)
    await desk.run("time +3d1h")
    snap = await snapshot(database)
    assert snap["checkin_counts"] == [] and snap["checkin_answered"] == []


async def test_repository_rules(database: Database) -> None:
    desk = Desk(database, START)      # no check-in sweep: the repository is driven by hand
    await desk.found_group()
    now = START
    async with database() as uow:
        repo = uow.checkins
        assert await repo.adopt(now) == 1
        assert await repo.adopt(now) == 0, "adopting is idempotent"
        settings = await repo.ensure_settings(1, now)
        assert settings == CheckinSettings(1, considered_through=now, next_check_at=now)
        round_ = new_round(settings, "manual:x", now)
        assert await repo.add_round(round_, (1, 2, 3))
        again = new_round(settings, "manual:x", now)
        assert not await repo.add_round(again, (1, 2, 3)), "one round per trigger"
        await repo.write_batch(round_.id, ["a" * 64, "b" * 64, "c" * 64], {2: 2, 3: 1})
        assert await repo.written(round_.id) == 3
        assert await repo.existing(round_.id, ["b" * 64, "d" * 64]) == {"b" * 64}
        assert await repo.has_answered(round_.id, "a" * 64) and not await repo.has_answered(round_.id, "d" * 64)
        assert await repo.counts(round_.id) == {1: 0, 2: 2, 3: 1}
        await repo.add_counts(round_.id, {1: 1})
        assert await repo.counts(round_.id) == {1: 1, 2: 2, 3: 1}
        due = await repo.next_due()
        assert due == now and isinstance(due, datetime) and due.tzinfo is not None
        await uow.commit()
    async with database() as uow:
        repo = uow.checkins
        found = await repo.get_round(round_.id, lock=True)
        assert found is not None and found.secret == round_.secret and found.opened_at == now
        assert await repo.rounds_to_remind(round_.remind_at) == [round_.id]
        assert await repo.rounds_to_close(round_.closes_at) == [round_.id]
        await repo.close(found, released=True)
        await uow.commit()
    async with database() as uow:
        repo = uow.checkins
        latest = await repo.latest_closed(1)
        assert latest is not None and latest.secret is None and latest.released
        assert await repo.answered(round_.id) == set() and await repo.counts(round_.id) == {1: 1, 2: 2, 3: 1}
        assert await repo.open_round(1) is None


async def test_no_log_line_or_error_contains_an_answer(database: Database, caplog: pytest.LogCaptureFixture) -> None:
    desk, round_ = await started(database)
    caplog.set_level(logging.DEBUG, logger="roundtable")
    secret_bits = [f"{round_.id}|5", round_.marker(desk.user("carol")), "carol", "Support", "988"]
    await desk.answer("carol", 5)
    await desk.answer("carol", 5)
    await desk.answer("bob", 2)
    await desk.answer("erin", 1)
    await desk.answer("alice", 3)
    async with database.engine.begin() as conn:          # make the batch write fail
        await conn.execute(text("DROP TABLE checkin_counts"))
    out = await desk.answer("dan", 4)                    # the fifth answer completes the batch
    assert "Something went wrong on our side" in out
    mixer = desk.core.checkin_mixer
    assert mixer.held(round_.id) == 4, "the four answers taken for the batch are held again; dan's is not"
    logged = caplog.text
    assert "action checkin.answer ok" in logged and "action checkin.answer failed" in logged
    for bit in secret_bits:
        assert bit not in logged, bit
    assert "parameters" not in logged.lower() and "CASE" not in logged, "no SQL with the answer in it"
    assert "CheckinStorageError: could not record" in logged


@pytest.mark.postgres
async def test_concurrent_answers_are_counted_exactly_on_postgres() -> None:
    postgres_or_skip()
    db, schema = await make_database("postgres")
    try:
        desk = CheckinDesk(db)
        names = [f"m{i}" for i in range(11)]
        await desk.found_group(members=tuple(names), extra="capacity:12")
        await desk.say("alice", "checkin settings cadence:off")
        await desk.say("alice", "checkin start")
        async with db() as uow:
            round_ = await uow.checkins.open_round(1)
        options = {name: 1 + i % 5 for i, name in enumerate(["alice", *names])}
        clicks = [desk.core.click(desk.user(name), desk.channel(), "checkin.answer", f"{round_.id}|{option}")
                  for name, option in options.items() for _ in range(2)]          # everyone clicks twice at once
        replies = await asyncio.gather(*clicks)
        texts = [r.outbound[0].message.plain_text() for r in replies]
        assert not [t for t in texts if "went wrong" in t]
        assert sum("Thank you" in t for t in texts) == 12 and sum("already answered" in t for t in texts) == 12
        async with db() as uow:
            repo = uow.checkins
            counts = await repo.counts(round_.id)
            assert len(await repo.answered(round_.id)) == 12
        expected: dict[int, int] = {b: 0 for b in range(1, 6)}
        for option in options.values():
            expected[option] += 1
        assert counts == expected
    finally:
        await drop_database(db, schema)


@pytest.mark.postgres
async def test_each_batch_rewrites_every_count_row_on_postgres() -> None:
    """On PostgreSQL an UPDATE leaves a new row version; if only the chosen buckets were written, their versions
    (xmin) and their place on disk would tell which buckets a batch's answers went to."""
    postgres_or_skip()
    db, schema = await make_database("postgres")
    try:
        desk, round_ = await started(db)
        for name, option in (("bob", 2), ("carol", 4), ("dan", 4), ("erin", 4), ("alice", 4)):
            await desk.answer(name, option)
        for _ in range(1):
            async with db.engine.connect() as conn:
                versions = (await conn.execute(text(
                    "SELECT xmin::text FROM checkin_counts WHERE round_id = :r"), {"r": round_.id})).scalars().all()
            assert len(versions) == 5 and len(set(versions)) == 1, "every bucket written by the same transaction"
    finally:
        await drop_database(db, schema)


def test_user_ref_in_markers_is_the_whole_identity() -> None:
    round_ = new_round(CheckinSettings(1), "t", START)
    assert round_.marker(UserRef("slack", "T1", "U1")) != round_.marker(UserRef("discord", "T1", "U1"))


@pytest.mark.postgres
async def test_a_second_click_while_the_batch_is_being_written_is_refused_on_postgres() -> None:
    """The race CI once caught by chance (13 thank-yous for 12 members): the fifth answer takes the four held ones out
    of memory to write them as a batch; while that write waits on the database, one of those four clicks again. It
    is neither held nor written at that instant, yet it has answered. Here the write is made to wait on purpose: a
    second connection holds the round's count rows locked, so the wait is certain, not a matter of luck."""
    postgres_or_skip()
    db, schema = await make_database("postgres")
    try:
        desk, round_ = await started(db)
        for name, option in zip(MEMBERS[:4], (1, 2, 3, 4)):
            assert "Thank you" in await desk.answer(name, option)
        async with db.engine.connect() as blocker:
            await blocker.execute(text("SELECT * FROM checkin_counts WHERE round_id = :r FOR UPDATE"),
                                  {"r": round_.id})
            fifth = asyncio.ensure_future(desk.answer("erin", 5))
            for _ in range(500):          # until erin's batch is waiting for the lock (bounded; not a timing sleep)
                await blocker.execute(text("SELECT pg_stat_clear_snapshot()"))   # else one snapshot per transaction
                waiting = (await blocker.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND query ILIKE 'UPDATE checkin_counts%'"))).scalar()
                if waiting:
                    break
                await asyncio.sleep(0.01)
            assert waiting, "the batch never reached its write"
            again = await desk.answer("bob", 5)
            assert "already answered" in again, again
            await blocker.rollback()
        assert "Thank you" in await fifth
        async with db() as uow:
            assert await uow.checkins.counts(round_.id or 0) == {1: 1, 2: 1, 3: 1, 4: 1, 5: 1}
            assert len(await uow.checkins.answered(round_.id or 0)) == 5
        assert "already answered" in await desk.answer("bob", 5)
    finally:
        await drop_database(db, schema)

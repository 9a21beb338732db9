"""The promise: what a consultation request says is never written to our database or our logs.

A full flow - a warning, an edit, a second warning, "post anyway", a clean request, a failed post that hands the
text back, a replacement, a withdrawal, retention deleting what is left, the hours log and the calendar - then every
column of every table is read (on SQLite and PostgreSQL), and every log record, with SQLAlchemy logging each
statement and its parameters. On a file database the raw bytes (and the write-ahead log) are searched too.
"""
from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import text

from bot.ports import DeliveryFailed
from storage.database import Database
from tests.conftest import START
from tests.helpers.cases import CaseDesk, all_requests, presenting_group

MARKERS = ("marmalade umbrella", "xylophone tangerine", "periwinkle harmonica", "Quillon Fairweather",
           "Bellwether Lane", "calliope", "zephyr")
FIRST = ("My client Quillon Fairweather from Bellwether Lane brings marmalade umbrella stories to every session. "
         "How do I stay curious?")
SECOND = "A client brings marmalade umbrella stories to every session. How do I stay curious?"
CONTEXT = "xylophone tangerine context: two years of weekly work"
TRIED = "periwinkle harmonica attempts at naming the pattern"
OTHER = "How do I hold a calliope boundary when sessions overrun?"
RETRY = "A zephyr question that could not be posted at first?"


async def full_flow(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await desk.say("alice", "case retention 30")
    await desk.say("alice", "case submit")
    warned = await desk.submit_request("alice", question=FIRST, context=CONTEXT, tried=TRIED)
    assert "⟦Quillon Fairweather⟧" in warned and "[#consultation]" not in warned
    again = await desk.run('@alice submit "Review your request" question="Quillon keeps bringing marmalade umbrella '
                           'stories. How do I stay curious?"')
    assert "⟦Quillon⟧" in again
    posted = await desk.run('@alice submit "Review your request" send="Post anyway"')
    assert "Question: Quillon keeps bringing marmalade umbrella stories" in posted
    await desk.say("alice", "case submit")
    await desk.submit_request("alice", question=SECOND, context=CONTEXT, tried=TRIED)  # replaces the first
    await desk.say("bob", "case submit")
    desk.chat.fail_next.append(DeliveryFailed("unavailable", False))
    handed_back = await desk.submit_request("bob", question=RETRY)
    assert "I couldn't post your request" in handed_back and "zephyr" in handed_back
    await desk.submit_request("bob", question=OTHER)
    await desk.say("bob", "case withdraw")
    await desk.say("carol", "case submit date:2026-12-15")
    await desk.submit_request("carol", question=OTHER.replace("calliope", "zephyr calliope"))
    await desk.say("bob", "rsvp yes")
    await desk.run("time +60d")                  # meetings held, retention deletes what is still up
    await desk.say("bob", "hours")
    await desk.say("bob", "calendar")
    await desk.say("dan", "leave forget:yes")
    statuses = sorted(r.status for r in await all_requests(desk.uow_factory))
    assert statuses == ["deleted", "deleted", "withdrawn", "withdrawn"]
    assert any(r.warning_overridden for r in await all_requests(desk.uow_factory))


async def every_value(database: Database) -> list[tuple[str, str, str]]:
    """(table, column, value) for every value in every table the database has, ours or not."""
    found = []
    async with database.engine.connect() as conn:
        names = await conn.run_sync(lambda sync: sa_inspect(sync).get_table_names())
        assert "case_requests" in names and "groups" in names
        for name in names:
            result = await conn.execute(text(f'SELECT * FROM "{name}"'))
            columns = list(result.keys())
            for row in result.all():
                found += [(name, column, str(value)) for column, value in zip(columns, row)]
    return found


async def test_no_request_text_in_any_table_or_log(database: Database, tmp_path: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)  # every statement and its parameters:
    database.engine.sync_engine.hide_parameters = False           # production hides them; here we read them
    try:
        desk = CaseDesk(database, START, tmp_path)
        await full_flow(desk)
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    values = await every_value(database)
    assert len(values) > 100, "the flow left plenty of rows to search"
    for table, column, value in values:
        for marker in MARKERS:
            assert marker.lower() not in value.lower(), f"{table}.{column} holds request text"
    statements = [r for r in caplog.records if r.name.startswith("sqlalchemy.engine")]
    assert any("INSERT INTO case_requests" in r.getMessage() for r in statements), "SQL logging was on"
    assert any("console-1" in r.getMessage() for r in statements), "with the statements' parameters"
    for record in caplog.records:
        logged = record.getMessage().lower()
        for marker in MARKERS:
            assert marker.lower() not in logged, f"a log record from {record.name} holds request text"


async def test_no_request_text_in_the_database_file(tmp_path: Path) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path}/roundtable.sqlite3")
    await database.create_all()
    try:
        await full_flow(CaseDesk(database, START, tmp_path))
        raw = b"".join(p.read_bytes() for p in tmp_path.glob("roundtable.sqlite3*"))
        assert b"case_requests" in raw
        for marker in MARKERS:
            assert marker.encode() not in raw and marker.lower().encode() not in raw.lower()
    finally:
        await database.dispose()

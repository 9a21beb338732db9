"""Calendar subscriptions on SQLite and PostgreSQL: only the hash is stored, one query finds whose it is, revoking
ends them all; and the feed served over real HTTP from the status server on each database."""
from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime

import aiohttp
from icalendar import Calendar
from sqlalchemy import select

from adapters.calendar_feed import CalendarRoute
from adapters.status import PrometheusMetrics, StatusBoard, serve_status
from bot.calendar_feed import CalendarFeed, secret_hash
from bot.clock import ManualClock
from bot.commands.catalog import build_registry
from bot.core import Core
from bot.identity import ChannelRef, UserRef
from storage import tables
from storage.database import Database

NOW = datetime(2026, 11, 30, 9, tzinfo=UTC)
ALICE = UserRef("slack", "T1", "U1")
BOB = UserRef("slack", "T1", "U2")


async def test_only_the_hash_is_stored_and_revoking_ends_every_one(database: Database) -> None:
    async with database() as uow:
        await uow.cases.subscribe(ALICE, secret_hash("one"), NOW)
        await uow.cases.subscribe(ALICE, secret_hash("two"), NOW)
        await uow.cases.subscribe(BOB, secret_hash("three"), NOW)
        await uow.commit()
    async with database.engine.connect() as conn:
        rows = (await conn.execute(select(tables.calendar_subscriptions))).mappings().all()
    assert {row["secret_hash"] for row in rows} == {secret_hash(s) for s in ("one", "two", "three")}
    assert not any(value in ("one", "two", "three") for row in rows for value in row.values())
    async with database() as uow:
        assert await uow.cases.subscriber(secret_hash("two")) == ALICE
        assert await uow.cases.subscriber(secret_hash("nope")) is None
        assert await uow.cases.unsubscribe(ALICE) == 2
        await uow.commit()
    async with database() as uow:
        assert await uow.cases.subscriber(secret_hash("one")) is None
        assert await uow.cases.subscriber(secret_hash("three")) == BOB


async def test_the_feed_over_http(database: Database) -> None:
    core = Core(build_registry(), database, ManualClock(NOW), public_url="https://rt.example.org")
    channel = ChannelRef("slack", "T1", "C1")

    async def say(text: str) -> str:
        reply = await core.command_text(ALICE, channel, text)
        return "\n".join(out.message.plain_text() for out in reply.outbound)

    await say("group create Tuesday Peers tz:Europe/London")
    await say("schedule set weekly on Tuesday at 18:00 from 2026-12-01")
    found = re.search(r"/calendar/([A-Za-z0-9_-]{43})\.ics", await say("calendar subscribe"))
    assert found is not None
    secret = found.group(1)

    board = StatusBoard(PrometheusMetrics())
    board.extra.append(CalendarRoute(CalendarFeed(database)).route())
    stop, bound = asyncio.Event(), []
    server = asyncio.create_task(serve_status(board, "127.0.0.1", 0, stop, on_listening=bound.append))
    try:
        while not bound:
            assert not server.done()
            await asyncio.sleep(0.01)
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{bound[0]}/calendar/{secret}.ics") as response:
                assert response.status == 200
                body = await response.read()
            await say("calendar revoke")
            async with session.get(f"http://127.0.0.1:{bound[0]}/calendar/{secret}.ics") as response:
                assert response.status == 404
    finally:
        stop.set()
        await asyncio.wait_for(server, 10)
    [event] = Calendar.from_ical(body).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Tuesday Peers (peer consultation)"
    assert "FREQ=WEEKLY" in event["RRULE"].to_ical().decode()


async def test_an_unknown_or_revoked_secret_costs_the_hash_and_one_query(database: Database) -> None:
    from sqlalchemy import event

    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append(statement)

    async with database() as uow:
        await uow.cases.subscribe(ALICE, secret_hash("revoked"), NOW)
        await uow.cases.unsubscribe(ALICE)
        await uow.commit()
    feed = CalendarFeed(database)
    event.listen(database.engine.sync_engine, "before_cursor_execute", count)
    try:
        for secret in ("revoked", "never-issued"):
            statements.clear()
            assert await feed.render(secret) is None
            selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
            assert len(selects) == 1 and "calendar_subscriptions" in selects[0], statements
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", count)

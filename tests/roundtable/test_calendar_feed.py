"""Calendar subscriptions end to end (issue 19): `/consult calendar subscribe` in the console, then the feed over
real HTTP from the status server on 127.0.0.1 (adapters/calendar_feed.py, wired by roundtable/compose.py), parsed
with icalendar and expanded with dateutil as a calendar client would, across America/Denver's DST change (8 March
2026), after a skip and a move. Revoking, leaving, forgetting and the workspace purge; ETag/304; the rate limit with
an injected clock; no secret in the logs at DEBUG; and no public URL: the command explains and changes nothing."""
from __future__ import annotations

import asyncio
import io
import re
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar
from sqlalchemy import func, select

from adapters.calendar_feed import CalendarRoute, Limiter
from adapters.console.session import ConsoleSession, SimulatedClock
from adapters.status import StatusBoard, serve_status
from bot.calendar_feed import CalendarFeed, secret_hash
from bot.config import Settings
from bot.identity import UserRef
from roundtable.compose import Services, compose, prepare_database, status_board
from storage import tables
from storage.workspaces import purge_workspace
from tests.helpers.log_capture import PAYLOAD_LOGGERS, production_logs

PUBLIC = "https://rt.example.org"
DENVER = ZoneInfo("America/Denver")
URL = re.compile(re.escape(PUBLIC) + r"/calendar/([A-Za-z0-9_-]+)\.ics")

SETUP = """
time set 2026-02-20 09:00 UTC
@alice: /consult group create Tuesday Peers tz:America/Denver capacity:6
@alice: /consult schedule set weekly on Tuesday at 18:00 from 2026-02-24
@bob: /consult join Tuesday Peers
@bob click "I accept"
@alice: /consult group create Other Circle tz:America/Denver capacity:6 confirm:yes
@alice: /consult schedule set weekly on Thursday at 12:00 from 2026-02-26 group:"Other Circle"
@alice: /consult schedule skip 2026-03-03 group:"Tuesday Peers"
@alice: /consult schedule move 2026-03-10 2026-03-12 19:30 group:"Tuesday Peers"
"""


class Console:
    def __init__(self, services: Services, clock: SimulatedClock, tmp_path: Path) -> None:
        self.out = io.StringIO()
        self.session = ConsoleSession(services.core, clock, self.out, "demo", tmp_path / "files", echo_input=True)
        services.chat.register("console", self.session)

    async def run(self, text: str) -> str:
        start = len(self.out.getvalue())
        await self.session.run_lines([line for line in text.strip().splitlines() if line.strip()])
        return self.out.getvalue()[start:]


@asynccontextmanager
async def world(tmp_path: Path, public_url: str = PUBLIC) -> AsyncIterator[tuple[Services, Console]]:
    clock = SimulatedClock(datetime(2026, 2, 20, 9, tzinfo=UTC))
    services = compose(Settings(public_url=public_url), clock=clock,
                       database_url=f"sqlite+aiosqlite:///{tmp_path / 'rt.sqlite3'}")
    await prepare_database(services.database)
    console = Console(services, clock, tmp_path)
    try:
        await console.run(SETUP)
        yield services, console
    finally:
        await services.database.dispose()


@asynccontextmanager
async def served(board: StatusBoard) -> AsyncIterator[str]:
    stop = asyncio.Event()
    bound: list[int] = []
    server = asyncio.create_task(serve_status(board, "127.0.0.1", 0, stop, on_listening=bound.append))
    try:
        while not bound:
            assert not server.done(), server.result()
            await asyncio.sleep(0.01)
        yield f"http://127.0.0.1:{bound[0]}"
    finally:
        stop.set()
        assert await asyncio.wait_for(server, 10) == 0


async def get(base: str, secret: str, **headers: str) -> tuple[int, Mapping[str, str], bytes]:
    async with aiohttp.ClientSession() as session, \
            session.get(f"{base}/calendar/{secret}.ics", headers=headers) as response:
        return response.status, response.headers.copy(), await response.read()


async def subscribe(console: Console, who: str = "bob") -> str:
    out = await console.run(f"@{who}: /consult calendar subscribe")
    found = URL.search(out)
    assert found is not None, out
    return found.group(1)


def summaries(body: bytes) -> set[str]:
    return {str(e["SUMMARY"]).removesuffix(" (peer consultation)") for e in Calendar.from_ical(body).walk("VEVENT")}


def expand(body: bytes, until: datetime) -> list[tuple[str, datetime]]:
    """Each meeting (summary, start in UTC) as a client expands the feed: RRULE minus EXDATE, RECURRENCE-ID
    overrides in place of the occurrences they name."""
    cal = Calendar.from_ical(body)
    events = list(cal.walk("VEVENT"))
    found: list[tuple[str, datetime]] = []
    for master in (e for e in events if "RRULE" in e):
        uid, summary = str(master["UID"]), str(master["SUMMARY"])
        start = master.decoded("DTSTART")
        rule = rrulestr(master["RRULE"].to_ical().decode(), dtstart=start)
        excluded: set[datetime] = set()
        exdates = master.get("EXDATE", [])
        for prop in exdates if isinstance(exdates, list) else [exdates]:
            excluded |= {d.dt for d in prop.dts}
        moved = {e.decoded("RECURRENCE-ID"): e.decoded("DTSTART") for e in events
                 if str(e["UID"]) == uid and "RECURRENCE-ID" in e}
        for occurrence in rule.between(start - timedelta(seconds=1), until.astimezone(start.tzinfo)):
            if occurrence in excluded:
                continue
            found.append((summary, moved.get(occurrence, occurrence).astimezone(UTC)))
    return sorted(found, key=lambda item: item[1])


async def test_the_feed_served_over_http_expands_like_the_schedule_across_dst_after_a_skip_and_a_move(
        tmp_path: Path) -> None:
    async with world(tmp_path) as (services, console):
        secret = await subscribe(console)
        assert len(secret) == 43  # 32 random bytes, URL-safe base64
        async with served(status_board(services)) as base:
            status, headers, body = await get(base, secret)
    assert status == 200, body
    assert headers["Content-Type"].startswith("text/calendar")
    meetings = expand(body, datetime(2026, 3, 26, tzinfo=UTC))
    assert all(summary == "Tuesday Peers (peer consultation)" for summary, _ in meetings), meetings  # bob's only
    local = [start.astimezone(DENVER) for _, start in meetings]
    assert [(t.date().isoformat(), t.strftime("%H:%M")) for t in local] == [
        ("2026-02-24", "18:00"),                       # MST
        ("2026-03-12", "19:30"),                       # 3 March skipped; 10 March moved to the 12th
        ("2026-03-17", "18:00"), ("2026-03-24", "18:00"),  # MDT: still 18:00 on the wall clock
    ]
    assert [t.utcoffset() for t in local] == [timedelta(hours=-7), timedelta(hours=-6), timedelta(hours=-6),
                                              timedelta(hours=-6)]
    assert summaries(body) == {"Tuesday Peers"}  # not alice's other group: bob is not in it


async def test_etag_304_revoke_404_and_leaving_drops_the_group(tmp_path: Path) -> None:
    async with world(tmp_path) as (services, console):
        secret = await subscribe(console)
        alice = await subscribe(console, "alice")
        async with served(status_board(services)) as base:
            status, headers, body = await get(base, secret)
            assert status == 200 and headers["ETag"] and headers["Last-Modified"]
            again = await get(base, secret, **{"If-None-Match": headers["ETag"]})
            assert again[0] == 304 and again[2] == b""
            assert (await get(base, secret, **{"If-Modified-Since": headers["Last-Modified"]}))[0] == 304
            assert (await get(base, secret, **{"If-None-Match": '"other"'}))[0] == 200
            # The body (and so the ETag) is the same on every poll of an unchanged schedule.
            assert (await get(base, secret))[2] == body

            # A skip changes the feed and its ETag.
            await console.run('@alice: /consult schedule skip 2026-03-17 group:"Tuesday Peers"')
            changed = await get(base, secret, **{"If-None-Match": headers["ETag"]})
            assert changed[0] == 200 and changed[1]["ETag"] != headers["ETag"]

            # alice's feed has both her groups; bob's revoked one is gone.
            assert summaries((await get(base, alice))[2]) == {"Tuesday Peers", "Other Circle"}
            out = await console.run("@bob: /consult calendar revoke")
            assert "Ended 1 calendar subscription" in out
            assert (await get(base, secret))[0] == 404
            assert (await get(base, "never-issued-" + "x" * 30))[0] == 404
            assert "nothing to end" in await console.run("@bob: /consult calendar revoke")

            # Leaving a group takes it out of the feed at once; the subscription itself stays.
            await console.run('@alice: /consult leave Other Circle')
            status, _, body = await get(base, alice)
            assert status == 200 and summaries(body) == {"Tuesday Peers"}


async def test_the_limit_per_secret_answers_429_with_retry_after(tmp_path: Path) -> None:
    now = [1000.0]
    async with world(tmp_path) as (services, console):
        secret, other = await subscribe(console), await subscribe(console, "alice")
        board = status_board(services)
        board.extra = [CalendarRoute(CalendarFeed(services.database), Limiter(3, 3600, clock=lambda: now[0])).route()]
        async with served(board) as base:
            assert [(await get(base, secret))[0] for _ in range(3)] == [200, 200, 200]
            status, headers, _ = await get(base, secret)
            assert status == 429 and 1 <= int(headers["Retry-After"]) <= 3600
            assert (await get(base, other))[0] == 200  # per secret
            now[0] += 3601
            assert (await get(base, secret))[0] == 200


async def test_no_secret_reaches_the_logs_at_debug(tmp_path: Path) -> None:
    with production_logs("DEBUG", loud=PAYLOAD_LOGGERS) as logs:
        async with world(tmp_path) as (services, console):
            secret = await subscribe(console)
            async with served(status_board(services)) as base:
                assert (await get(base, secret))[0] == 200
                await console.run("@bob: /consult calendar revoke")
                assert (await get(base, secret))[0] == 404
    assert logs.text, "nothing was logged: the test would prove nothing"
    assert secret not in logs.text and secret[:12] not in logs.text
    assert secret_hash(secret) not in logs.text


async def test_without_a_public_url_subscribe_explains_offers_the_file_and_stores_nothing(tmp_path: Path) -> None:
    async with world(tmp_path, public_url="") as (services, console):
        out = await console.run("@bob: /consult calendar subscribe")
        assert "ROUNDTABLE_PUBLIC_URL" in out and "/consult calendar" in out and "/calendar/" not in out
        async with services.database.engine.connect() as conn:
            assert (await conn.execute(select(func.count()).select_from(tables.calendar_subscriptions))).scalar() == 0
        # The file still comes, bare and by its new name.
        assert ".ics" in await console.run("@bob: /consult calendar")
        assert ".ics" in await console.run("@bob: /consult calendar file")


async def test_bad_input_is_a_kind_error(tmp_path: Path) -> None:
    async with world(tmp_path) as (_, console):
        out = await console.run("@bob: /consult calendar subscribe colour:red")
        assert "has no option `colour:`" in out
        out = await console.run("@dan: /consult calendar subscribe")
        assert "not in a group yet" in out and "/calendar/" not in out


async def test_forget_and_the_workspace_purge_delete_subscriptions(tmp_path: Path) -> None:
    async with world(tmp_path) as (services, console):
        bob = await subscribe(console)
        await subscribe(console, "bob")
        alice = await subscribe(console, "alice")
        out = await console.run("@bob: /consult leave Tuesday Peers forget:yes")
        assert "2 calendar subscriptions" in out
        async with services.database() as uow:
            assert await uow.cases.subscriber(secret_hash(bob)) is None
            assert await uow.cases.subscriber(secret_hash(alice)) == UserRef("console", "demo", "alice")
        deleted = await purge_workspace(services.database, "console", "demo")
        assert deleted.get("calendar_subscriptions") == 1
        async with services.database() as uow:
            assert await uow.cases.subscriber(secret_hash(alice)) is None


@pytest.mark.parametrize("url", ["ftp://x", "https://a b", "rt.example.org"])
def test_the_public_url_setting_is_checked(url: str, tmp_path: Path) -> None:
    from roundtable.settings import ConfigError, load

    with pytest.raises(ConfigError):
        load(environ={"ROUNDTABLE_PUBLIC_URL": url, "ROUNDTABLE_CONFIG": str(tmp_path / "absent.toml")})
    loaded = load(environ={"ROUNDTABLE_PUBLIC_URL": PUBLIC + "/", "ROUNDTABLE_CONFIG": str(tmp_path / "absent.toml")})
    assert loaded.settings.public_url == PUBLIC

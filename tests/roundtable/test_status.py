"""Health, readiness and metrics (adapters/status.py, wired in roundtable/compose.py): after a full console flow -
a group, members, a schedule, a consultation request, nudges, a check-in round and a distress answer - /metrics
counts what happened, and no label carries a person, a group name or anything typed."""
from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import text

from adapters.console.session import ConsoleSession, SimulatedClock
from adapters.status import StatusBoard, serve_status
from bot.config import Settings, StatusSettings
from bot.nudges.plan import KINDS
from roundtable.compose import compose, prepare_database, status_board
from tests.adapters.test_log_redaction import TRANSCRIPT
from tests.helpers.log_capture import CANARY_PARTS

PEOPLE = ("alice", "bob", "carol", "dan")
TYPED = ("Tuesday", "Peers", "keeps calling", "Context", "Intervention", *CANARY_PARTS)


async def _scrape(board: StatusBoard) -> dict[str, tuple[int, str]]:
    stop = asyncio.Event()
    bound: list[int] = []
    server = asyncio.create_task(serve_status(board, "127.0.0.1", 0, stop, on_listening=bound.append))
    try:
        while not bound:
            assert not server.done(), server.result()
            await asyncio.sleep(0.01)
        pages = {}
        async with aiohttp.ClientSession() as session:
            for path in ("/healthz", "/readyz", "/metrics"):
                async with session.get(f"http://127.0.0.1:{bound[0]}{path}") as response:
                    pages[path] = (response.status, await response.text())
        return pages
    finally:
        stop.set()
        assert await asyncio.wait_for(server, 10) == 0


async def test_metrics_after_a_full_flow_count_it_and_no_label_names_anyone_or_anything_typed(tmp_path: Path) -> None:
    clock = SimulatedClock(datetime(2026, 11, 30, 9, tzinfo=UTC))
    # A console that serves its status (status.serve = "on"): only then does a process keep Prometheus metrics.
    services = compose(Settings(status=StatusSettings(serve="on")), clock=clock,
                       database_url=f"sqlite+aiosqlite:///{tmp_path / 'rt.sqlite3'}")
    await prepare_database(services.database)
    session = ConsoleSession(services.core, clock, io.StringIO(), "demo", tmp_path / "files",
                             sweep=services.sweeps.sweep, next_due=services.sweeps.next_due, echo_input=True)
    services.chat.register("console", session)
    try:
        await session.run_lines(TRANSCRIPT.splitlines() + ["time +10d"])
        pages = await _scrape(status_board(services))
    finally:
        await services.database.dispose()

    assert pages["/healthz"] == (200, "ok")
    status, body = pages["/readyz"]
    assert status == 200, body
    assert '"database": {"ok": true' in body and '"migrations": {"ok": true, "detail": "at head"}' in body

    status, exposition = pages["/metrics"]
    assert status == 200
    samples = [s for family in text_string_to_metric_families(exposition) for s in family.samples]
    values = {(s.name, tuple(sorted(s.labels.items()))): s.value for s in samples}

    def count(metric: str, **labels: str) -> float:
        return sum(v for (n, ls), v in values.items() if n == metric and set(labels.items()) <= set(ls))

    assert count("roundtable_requests_total", kind="command", name="group create", outcome="ok",
                 adapter="console") == 1
    assert count("roundtable_requests_total", kind="command", name="join", outcome="ok") == 3
    assert count("roundtable_requests_total", kind="click", name="checkin.answer", outcome="ok") == 1
    assert count("roundtable_requests_total", kind="form") >= 2
    assert count("roundtable_nudges_total", state="due") >= 1 and count("roundtable_nudges_total", state="sent") >= 1
    assert count("roundtable_checkin_rounds_total", state="opened") >= 1
    assert count("roundtable_checkin_rounds_total", state="released") + count("roundtable_checkin_rounds_total", state="withheld") >= 1

    registry = services.core.registry
    allowed = ({" ".join(path) for path in registry.commands} | {c.name for c in registry.commands.values()}
               | set(registry.actions) | set(registry.forms) | set(KINDS)
               | {"command", "click", "form", "ok", "refused", "failed", "unknown", "(unknown)", "console",
                  "due", "sent", "late", "missed", "opened", "released", "withheld"})
    labels = {(key, value) for s in samples for key, value in s.labels.items() if key not in ("le", "quantile")}
    assert labels, "the flow produced labelled series"
    assert {value for _, value in labels} <= allowed, {value for _, value in labels} - allowed
    lowered = exposition.lower()
    for word in (*PEOPLE, *TYPED):
        assert word.lower() not in lowered, word


async def test_readiness_fails_when_the_database_is_behind_and_health_when_a_loop_died(tmp_path: Path) -> None:
    services = compose(Settings(), database_url=f"sqlite+aiosqlite:///{tmp_path / 'rt.sqlite3'}")
    await prepare_database(services.database)
    try:
        async with services.database.engine.begin() as conn:
            await conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        board = status_board(services)
        board.loop("adapter", lambda: False)
        board.role = lambda: "standby"
        pages = await _scrape(board)
    finally:
        await services.database.dispose()
    assert pages["/healthz"] == (503, "dead: adapter")
    status, body = pages["/readyz"]
    assert status == 503 and "not at head" in body and '"scheduler": "standby"' in body


def test_where_the_status_routes_are_served() -> None:
    from bot.config import DiscordSettings, SlackSettings, StatusSettings
    from roundtable.cli import _status_served

    http = SlackSettings(signing_secret="s", bot_token="xoxb-1")
    socket = SlackSettings(app_token="xapp-1", bot_token="xoxb-1")
    discord = DiscordSettings(token="t")
    assert not _status_served(Settings(slack=http))                      # on the Slack port instead
    assert _status_served(Settings(slack=socket))
    assert _status_served(Settings(discord=discord))                     # Discord-only: its own port
    assert _status_served(Settings(slack=http, status=StatusSettings(serve="on", port=9180)))
    assert not _status_served(Settings(slack=http, status=StatusSettings(serve="on", port=3000)))
    assert not _status_served(Settings(discord=discord, status=StatusSettings(serve="off")))

"""Issue 11, logs: Discord at DEBUG puts no typed text in the log - not a case request, not the support note a distress
answer brings - although discord.py logs each HTTP request's data and each response at DEBUG.

Logging is set up exactly as `roundtable` sets it up (configure_logging), then the payload-carrying loggers are
turned up to DEBUG, so what keeps the text out is the redaction filter on the root handler."""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import discord
import pytest
from aiohttp import web

from bot.clock import ManualClock
from bot.core import Core
from roundtable.compose import Wiring, sweeps_for
from storage.database import Database
from tests.helpers.discord import World, found_group, private, seen_by
from tests.helpers.log_capture import CANARY, assert_no_typed_text, production_logs

MEETING = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)   # Tue 1 Dec 2026 18:00 in Denver


def text(message: object) -> str:
    return message.content + "".join((e.title or "") + (e.description or "") for e in message.embeds)  # type: ignore[attr-defined]


async def test_discord_at_debug_logs_no_case_request_and_no_distress(world: World, sqlite_db: Database,
                                                                     clock: ManualClock, core: Core) -> None:
    with production_logs("DEBUG") as logs:
        sweeps = sweeps_for(Wiring(core, sqlite_db, clock), world.client.chat)
        await found_group(world, world.bob, world.carol, world.dana)   # four members: a round needs k = 4

        # A case request with a client's name and phone number; the identifier check shows it back privately,
        # and "Post anyway" posts it to the channel.
        shown = await world.alice.slash(world.channel, "consult case submit")
        form = shown if shown.modal is not None else await world.alice.click(shown.response.message,
                                                                             label="Consultation request")
        typed = {"question": f"{CANARY} keeps calling me at night.", "context": f"Context: {CANARY}."}
        flagged = await world.alice.submit_modal(form, typed)
        assert "Check before it reaches the group" in private(flagged)
        review = await world.alice.click(flagged.response.message, label="Review your request")
        assert review.modal is not None and review.modal["title"] == "Review your request"
        await world.alice.submit_modal(review, {**typed, "send": ["Post anyway"]})
        assert any(CANARY in t and "Consultation request" in t for t in seen_by(world, world.bob)), \
            "the request reached the channel"

        # A distress answer to the check-in: the support note goes to bob alone.
        await sweeps.sweep()
        clock.set(MEETING + timedelta(hours=2))
        await sweeps.sweep()
        prompt = next(m for m in world.bob.user.dm_channel.history() if "Anonymous check-in" in text(m))
        answered = await world.bob.user.click(prompt, label="5")
        assert answered.acknowledged
        assert any("Physician Support Line" in text(f) for f in answered.followups), "the support note was sent"

    assert_no_typed_text(logs.text)
    library = logs.lines("discord.")
    assert library and all("details withheld" in line for line in library), "discord.py logged, redacted"
    assert logs.lines("roundtable."), "our own lines still come through"


# discord.http's own request logging, for real: SimCord replaces HTTPClient.request, so here discord.py's HTTP
# client talks to a local stand-in for Discord's REST API and logs, at DEBUG, the data it sends and receives.

@pytest.fixture
async def discord_api(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[str]:
    async def me(request: web.Request) -> web.Response:
        return web.json_response({"id": "1", "username": "roundtable", "discriminator": "0", "avatar": None,
                                  "bot": True})

    async def post(request: web.Request) -> web.Response:
        body = await request.json()
        return web.json_response({"id": "2", "channel_id": request.match_info["channel"], "type": 0,
                                  "content": body.get("content", ""), "author": {"id": "1", "username": "r"},
                                  "embeds": [], "attachments": [], "mentions": [], "mention_roles": [],
                                  "pinned": False, "mention_everyone": False, "tts": False,
                                  "timestamp": "2026-11-30T09:00:00+00:00", "edited_timestamp": None,
                                  "flags": 0, "components": []})

    app = web.Application()
    app.router.add_get("/api/v10/users/@me", me)
    app.router.add_post("/api/v10/channels/{channel}/messages", post)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{port}/api/v10")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


async def test_discord_http_request_and_response_bodies_are_withheld(discord_api: str) -> None:
    import asyncio

    with production_logs("DEBUG") as logs:
        assert logging.getLogger("discord.http").isEnabledFor(logging.DEBUG), "someone turned it up"
        http = discord.http.HTTPClient(asyncio.get_running_loop())
        try:
            await http.static_login("not-a-real-token")
            await http.send_message(3, params=discord.http.handle_message_parameters(
                content=f"Consultation request: {CANARY}"))
        finally:
            await http.close()

    assert_no_typed_text(logs.text)
    lines = logs.lines("discord.http")
    assert any(" DEBUG " in line and "details withheld" in line for line in lines), "discord.http did log"

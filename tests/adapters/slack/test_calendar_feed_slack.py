"""Slack HTTP mode serves the calendar feed on the Slack port with the status routes: `/consult calendar subscribe`
through a signed slash command, then the URL it gave fetched from the same server."""
from __future__ import annotations

import re

import aiohttp
from icalendar import Calendar

from adapters.slack.run import build_adapter, build_asgi
from bot.clock import ManualClock
from bot.config import Settings, SlackSettings
from roundtable.compose import compose, prepare_database, slack_hooks, status_board
from tests.adapters.slack.conftest import SECRET, Workspace, serve_asgi
from tests.conftest import START
from tests.helpers.slack_api import FakeSlackAPI

PUBLIC = "https://rt.example.org"


async def test_subscribe_in_slack_then_fetch_the_feed_from_the_slack_port(fake: FakeSlackAPI) -> None:
    settings = Settings(public_url=PUBLIC, slack=SlackSettings(signing_secret=SECRET, bot_token=fake.bot_token,
                                                               api_base_url=fake.api_url))
    services = compose(settings, clock=ManualClock(START), database_url="sqlite+aiosqlite:///:memory:")
    await prepare_database(services.database)
    hooks = slack_hooks(services)
    try:
        async with aiohttp.ClientSession() as session:
            adapter = await build_adapter(services, settings, session=session,
                                          on_workspace_removed=hooks.on_workspace_removed,
                                          on_workspace_installed=hooks.on_workspace_installed)
            await hooks.on_ready(adapter)
            async with serve_asgi(build_asgi(adapter, status_board(services))) as base_url:
                slack = Workspace(fake, adapter, services.core, base_url, session)
                await slack.command("group create Peers tz:America/Denver")
                await slack.command("schedule set weekly on Tuesday at 18:00")
                answer = await slack.command("calendar subscribe")
                found = re.search(re.escape(PUBLIC) + r"/calendar/([A-Za-z0-9_-]{43})\.ics", answer.text)
                assert found is not None, answer.text
                async with session.get(f"{base_url}/calendar/{found.group(1)}.ics") as response:
                    assert response.status == 200
                    body = await response.read()
                await slack.command("calendar revoke")
                async with session.get(f"{base_url}/calendar/{found.group(1)}.ics") as response:
                    assert response.status == 404
    finally:
        await services.database.dispose()
    [event] = Calendar.from_ical(body).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Peers (peer consultation)"

"""`roundtable run` with Slack: one change wakes the scheduler once (the core's on_change), not twice."""
from __future__ import annotations

import aiohttp
import pytest

from adapters.scheduler import NudgeRunner
from adapters.slack.run import build_adapter, build_asgi
from bot.clock import ManualClock
from bot.config import Settings, SlackSettings
from roundtable.compose import compose, prepare_database, slack_hooks
from tests.adapters.slack.conftest import SECRET, Workspace, serve_asgi
from tests.conftest import START
from tests.helpers.slack_api import FakeSlackAPI


async def test_one_change_kicks_the_scheduler_once(fake: FakeSlackAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    kicks: list[int] = []
    monkeypatch.setattr(NudgeRunner, "kick", lambda self: kicks.append(1))
    settings = Settings(slack=SlackSettings(signing_secret=SECRET, bot_token=fake.bot_token,
                                            api_base_url=fake.api_url))
    services = compose(settings, clock=ManualClock(START), database_url="sqlite+aiosqlite:///:memory:",
                       scheduled=True)
    await prepare_database(services.database)
    hooks = slack_hooks(services)
    try:
        async with aiohttp.ClientSession() as session:
            adapter = await build_adapter(services, settings, session=session,
                                          on_workspace_removed=hooks.on_workspace_removed,
                                          on_workspace_installed=hooks.on_workspace_installed)
            await hooks.on_ready(adapter)
            assert adapter.after_work is None
            async with serve_asgi(build_asgi(adapter)) as base_url:
                slack = Workspace(fake, adapter, services.core, base_url, session)
                created = await slack.command("group create Peers tz:America/Denver")
                assert "facilitator" in created.text
                assert kicks == []  # a group without a schedule: nothing can have fallen due
                await slack.command("schedule set weekly on Tuesday at 18:00")
                assert kicks == [1]  # once: by the core's on_change, not again by the adapter's after_work
                await slack.command("group list")  # changes nothing: no kick
                assert kicks == [1]
                await adapter.drain(timeout=5)
    finally:
        await services.database.dispose()

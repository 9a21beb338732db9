"""The HTTP server's bind address is a setting (ROUNDTABLE_HTTP_HOST), not a hard-coded 0.0.0.0."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from adapters.slack import run as slack_run
from bot.clock import ManualClock
from bot.commands.catalog import build_registry
from bot.core import Core
from roundtable.compose import Wiring
from roundtable.settings import load_settings
from storage.database import Database
from tests.adapters.slack.conftest import SECRET, _InProcessServer
from tests.helpers.slack_api import FakeSlackAPI


async def _served_config(monkeypatch: pytest.MonkeyPatch, fake: FakeSlackAPI, db: Database, clock: ManualClock,
                         environ: dict[str, str]) -> Any:
    configs: list[Any] = []

    class Capture:
        def __init__(self, config: Any) -> None:
            configs.append(config)

        async def serve(self) -> None:
            return None

    monkeypatch.setattr(uvicorn, "Server", Capture)
    settings = load_settings(Path("/nonexistent/config.toml"), {
        "SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": fake.bot_token,
        "ROUNDTABLE_SLACK_API_BASE_URL": fake.api_url, "PORT": "0", **environ})
    wiring = Wiring(Core(build_registry(), db, clock), db, clock)
    assert await slack_run.serve(wiring, settings) == 0
    [config] = configs
    return config


async def test_the_bind_address_comes_from_roundtable_http_host(monkeypatch: pytest.MonkeyPatch, fake: FakeSlackAPI,
                                                                 sqlite_db: Database, clock: ManualClock) -> None:
    config = await _served_config(monkeypatch, fake, sqlite_db, clock, {"ROUNDTABLE_HTTP_HOST": "127.0.0.1"})
    assert config.host == "127.0.0.1"
    server = _InProcessServer(config)  # and it really listens there
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            assert not task.done(), task.result()
            await asyncio.sleep(0.001)
        assert server.servers[0].sockets[0].getsockname()[0] == "127.0.0.1"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, timeout=5)


async def test_the_default_bind_address_is_unchanged(monkeypatch: pytest.MonkeyPatch, fake: FakeSlackAPI,
                                                     sqlite_db: Database, clock: ManualClock) -> None:
    config = await _served_config(monkeypatch, fake, sqlite_db, clock, {})
    assert config.host == "0.0.0.0"


def test_the_setting_is_read_from_the_config_file_too(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[slack]\nhttp_host = "::1"\n')
    assert load_settings(path, {}).slack.http_host == "::1"
    assert load_settings(path, {"ROUNDTABLE_HTTP_HOST": "10.0.0.5"}).slack.http_host == "10.0.0.5"

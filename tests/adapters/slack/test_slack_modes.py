"""Configuration to running modes: the manifest, Socket Mode, HTTP from settings, the ASGI routes."""
from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

import pytest

from adapters.slack.manifest import BOT_SCOPES, add_arguments, build_manifest, manifest_text, run
from adapters.slack.run import (
    SlackConfigError,
    build_adapter,
    build_asgi,
    mode_of,
    run_socket_mode,
    running,
    serve,
)
from bot.clock import ManualClock
from bot.commands.catalog import build_registry
from bot.config import Settings, SlackSettings
from bot.core import Core
from bot.identity import WorkspaceRef
from roundtable.compose import Wiring
from storage.database import Database
from tests.adapters.slack.conftest import SECRET, Workspace, serve_asgi
from tests.helpers.slack_api import FakeSlackAPI
from tests.helpers.slack_signing import SlackRequestFactory


def parse_yaml(text: str) -> Any:
    """Reads back the YAML subset manifest.to_yaml writes (block mappings and lists, JSON-quoted scalars)."""
    lines = [line for line in text.splitlines() if line.strip()]

    def scalar(raw: str) -> Any:
        return {"true": True, "false": False, "{}": {}, "[]": []}.get(raw, json.loads(raw) if raw else None)

    def block(index: int, indent: int) -> tuple[Any, int]:
        if lines[index].lstrip().startswith("- "):
            items: list[Any] = []
            while index < len(lines) and lines[index].startswith(" " * indent + "- "):
                body = lines[index][indent + 2:]
                if ":" in body and not body.startswith('"'):
                    lines[index] = " " * (indent + 2) + body
                    value, index = block(index, indent + 2)
                else:
                    value, index = scalar(body), index + 1
                items.append(value)
            return items, index
        mapping: dict[str, Any] = {}
        while index < len(lines) and len(lines[index]) - len(lines[index].lstrip()) == indent \
                and not lines[index].lstrip().startswith("- "):
            key, _, rest = lines[index].strip().partition(":")
            rest = rest.strip()
            if rest:
                mapping[key], index = scalar(rest), index + 1
            else:
                mapping[key], index = block(index + 1, indent + 2)
        return mapping, index

    return block(0, 0)[0]


def test_the_manifest_for_http_mode() -> None:
    registry = build_registry()
    manifest = build_manifest(registry, http_url="https://rt.example.org/")
    assert manifest["oauth_config"] == {"redirect_urls": ["https://rt.example.org/slack/oauth_redirect"],
                                        "scopes": {"bot": ["commands", "chat:write", "im:write", "files:write"]}}
    [command] = manifest["features"]["slash_commands"]
    assert command["command"] == "/consult" and command["should_escape"] is True
    assert command["url"] == manifest["settings"]["interactivity"]["request_url"] \
        == manifest["settings"]["event_subscriptions"]["request_url"] == "https://rt.example.org/slack/events"
    assert manifest["settings"]["socket_mode_enabled"] is False
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == {"app_home_opened", "app_uninstalled",
                                                                            "tokens_revoked"}
    # the usage hint comes from the core's one declaration of commands
    words = command["usage_hint"].replace(" | …", "").split(" | ")
    assert words[:3] == ["next", "rsvp", "join"] and all(any(p[0] == w for p in registry.commands) for w in words)
    assert len(command["usage_hint"]) <= 100
    assert parse_yaml(manifest_text(registry, http_url="https://rt.example.org/")) == manifest
    assert json.loads(manifest_text(registry, http_url="https://rt.example.org/", as_json=True)) == manifest


def test_the_manifest_for_socket_mode(capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    assert run(parser.parse_args(["--socket", "--json"]), build_registry()) == 0
    manifest = json.loads(capsys.readouterr().out)
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert "url" not in manifest["features"]["slash_commands"][0]
    assert "request_url" not in manifest["settings"]["interactivity"]
    assert "redirect_urls" not in manifest["oauth_config"]
    assert manifest["oauth_config"]["scopes"]["bot"] == list(BOT_SCOPES)
    assert run(parser.parse_args(["--http", "rt.example.org"]), build_registry()) == 2


@pytest.mark.parametrize("slack,expected", [
    (SlackSettings(app_token="xapp-1", bot_token="xoxb-1"), "socket"),
    (SlackSettings(signing_secret="s", bot_token="xoxb-1"), "http"),
    (SlackSettings(signing_secret="s", client_id="1.2", client_secret="c"), "oauth"),
    (SlackSettings(app_token="xapp-1"), "SLACK_BOT_TOKEN"),
    (SlackSettings(app_token="xoxb-wrong", bot_token="xoxb-1"), "xapp-"),
    (SlackSettings(bot_token="xoxb-1"), "SLACK_SIGNING_SECRET"),
    (SlackSettings(signing_secret="s", client_id="1.2"), "both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET"),
    (SlackSettings(signing_secret="s"), "SLACK_BOT_TOKEN"),
])
def test_modes_from_settings(slack: SlackSettings, expected: str) -> None:
    if expected in ("socket", "http", "oauth"):
        assert mode_of(slack) == expected
    else:
        with pytest.raises(SlackConfigError, match=expected):
            mode_of(slack)


async def test_serve_refuses_an_incomplete_configuration(sqlite_db: Database, clock: ManualClock) -> None:
    wiring = Wiring(Core(build_registry(), sqlite_db, clock), sqlite_db, clock)
    assert await serve(wiring, Settings(slack=SlackSettings(bot_token="xoxb-1"))) == 2


async def test_a_bad_bot_token_stops_the_start(fake: FakeSlackAPI, sqlite_db: Database, clock: ManualClock,
                                                caplog: pytest.LogCaptureFixture) -> None:
    wiring = Wiring(Core(build_registry(), sqlite_db, clock), sqlite_db, clock)
    settings = Settings(slack=SlackSettings(signing_secret=SECRET, bot_token="xoxb-revoked", http_port=0,
                                            api_base_url=fake.api_url))
    assert await serve(wiring, settings) == 2
    assert "the bot token doesn't work (missing_permissions: invalid_auth)" in caplog.text


async def test_http_mode_built_from_settings(fake: FakeSlackAPI, sqlite_db: Database, clock: ManualClock) -> None:
    wiring = Wiring(Core(build_registry(), sqlite_db, clock), sqlite_db, clock)
    settings = Settings(slack=SlackSettings(signing_secret=SECRET, bot_token=fake.bot_token,
                                            api_base_url=fake.api_url.rstrip("/")))
    installed: list[tuple[WorkspaceRef, str]] = []

    async def back(workspace: WorkspaceRef, how: str) -> None:
        installed.append((workspace, how))

    async with running(wiring, settings, on_workspace_installed=back) as live:
        assert live.mode == "http" and live.adapter.oauth is None
        assert installed == [(WorkspaceRef("slack", "T0001"), "token")]  # checked at start
        paths = {route.path for route in build_asgi(live.adapter).routes}  # type: ignore[attr-defined]
        assert paths == {"/slack/events", "/healthz"}
        async with serve_asgi(build_asgi(live.adapter)) as base_url:
            import aiohttp

            async with aiohttp.ClientSession() as session:
                slack = Workspace(fake, live.adapter, wiring.core, base_url, session)
                seen = await slack.command("group create Peers")
    assert "You're its facilitator" in seen.text
    assert fake.ok_calls_to("chat.postMessage")[0].token == fake.bot_token
    assert len(fake.calls_to("auth.test")) == 2  # ours at start, bolt's own on the first request


async def test_oauth_mode_built_from_settings(fake: FakeSlackAPI, sqlite_db: Database, clock: ManualClock) -> None:
    wiring = Wiring(Core(build_registry(), sqlite_db, clock), sqlite_db, clock)
    settings = Settings(slack=SlackSettings(signing_secret=SECRET, client_id="1.2", client_secret="c",
                                            api_base_url=fake.api_url))
    adapter = await build_adapter(wiring, settings)
    assert adapter.oauth is not None
    paths = {route.path for route in build_asgi(adapter).routes}  # type: ignore[attr-defined]
    assert paths == {"/slack/events", "/healthz", "/slack/install", "/slack/oauth_redirect"}
    assert await adapter.oauth.store.async_find_bot(enterprise_id=None, team_id="T0001") is None  # tables exist


async def test_socket_mode(fake: FakeSlackAPI, sqlite_db: Database, clock: ManualClock) -> None:
    fake.add_token("xapp-1-A0APP-test", team_id="T0001", user_id="U0BOT", bot_id=None)
    wiring = Wiring(Core(build_registry(), sqlite_db, clock), sqlite_db, clock)
    settings = Settings(slack=SlackSettings(app_token="xapp-1-A0APP-test", bot_token=fake.bot_token,
                                            api_base_url=fake.api_url))
    factory = SlackRequestFactory(SECRET, response_url=fake.response_url)
    async with running(wiring, settings) as live:
        assert live.mode == "socket"
        stop = asyncio.Event()
        connection = asyncio.create_task(run_socket_mode(live.adapter, "xapp-1-A0APP-test", stop))
        command = factory.slash_command("/consult", "group create Socket Peers").payload
        await fake.socket_send({"envelope_id": "env-1", "type": "slash_commands", "payload": command,
                                "accepts_response_payload": True})
        ack = await fake.socket_ack("env-1")
        [answer] = await fake.wait_for("response_url")
        stop.set()
        await asyncio.wait_for(connection, 5)
    assert ack == {"envelope_id": "env-1"}
    assert [c.token for c in fake.calls_to("apps.connections.open")] == ["xapp-1-A0APP-test"]
    assert "You're its facilitator" in answer.json["text"]
    assert "Socket Peers" in fake.ok_calls_to("chat.postMessage")[0].params["text"]

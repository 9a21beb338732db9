"""Multi-workspace distribution: the OAuth install flow into our database, tokens per workspace, uninstalling."""
from __future__ import annotations

import asyncio
import base64
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from adapters.slack.app import NOT_INSTALLED
from adapters.slack.manifest import BOT_SCOPES
from adapters.slack.oauth import OAuth, build_oauth
from bot.core import Core
from bot.identity import ChannelRef, WorkspaceRef
from bot.messages import Outbound, ToChannel, message
from bot.ports import DeliveryFailed
from storage.database import Database
from storage.slack_seen import SlackStorage
from tests.adapters.slack.conftest import Workspace, make_client, served
from tests.helpers.slack_api import Call, FakeSlackAPI

CLIENT_ID, CLIENT_SECRET = "1111.2222", "oauth-client-secret"
TEAM_TOKEN = "xoxb-second-workspace"


def oauth_v2_access(call: Call) -> dict[str, Any]:
    if call.params.get("code") != "good-code":
        return {"ok": False, "error": "invalid_code"}
    return {"app_id": "A0APP", "authed_user": {"id": "U7INSTALLER"}, "scope": ",".join(BOT_SCOPES),
            "token_type": "bot", "access_token": TEAM_TOKEN, "bot_user_id": "U2BOT",
            "team": {"id": "T0002", "name": "Second"}, "enterprise": None, "is_enterprise_install": False}


@pytest.fixture
async def distributed(fake: FakeSlackAPI, sqlite_db: Database, core: Core) -> AsyncIterator[
        tuple[Workspace, OAuth, list[tuple[WorkspaceRef, str]]]]:
    fake.set_handler("oauth.v2.access", oauth_v2_access)
    fake.add_token(TEAM_TOKEN, team_id="T0002", team="Second", user_id="U2BOT", bot_id="B2BOT")
    base = make_client(fake, token=None)
    removed: list[tuple[WorkspaceRef, str]] = []

    async def remember(workspace: WorkspaceRef, reason: str) -> None:
        removed.append((workspace, reason))

    oauth = build_oauth(sqlite_db.engine, CLIENT_ID, CLIENT_SECRET, base, tables=SlackStorage(sqlite_db.engine),
                        scopes=BOT_SCOPES,
                        on_installed=lambda team_id: remember(WorkspaceRef("slack", team_id), "oauth"))

    async with served(fake, core, oauth=oauth, client=base, on_workspace_removed=remember,
                      on_workspace_installed=remember) as slack:
        slack.factory = slack.team("T0002")
        yield slack, oauth, removed


async def install(slack: Workspace, code: str = "good-code") -> tuple[int, str]:
    async with slack.session.get(slack.base_url + "/slack/install") as page:
        assert page.status == 200
        html = await page.text()
        cookie = page.headers["Set-Cookie"].split(";", 1)[0]
    url = re.search(r'href="(https://slack\.com/oauth/v2/authorize\?[^"]+)"', html)
    assert url is not None
    link = url.group(1).replace("&amp;", "&")
    assert f"client_id={CLIENT_ID}" in link and "scope=commands,chat:write,im:write,files:write" in link
    state = re.search(r"state=([^&]+)", link).group(1)  # type: ignore[union-attr]
    async with slack.session.get(f"{slack.base_url}/slack/oauth_redirect", params={"code": code, "state": state},
                                 headers={"Cookie": cookie}) as done:
        return done.status, await done.text()


async def test_install_use_and_uninstall(distributed: tuple[Workspace, OAuth, list]) -> None:
    slack, oauth, removed = distributed
    status, page = await install(slack)
    assert status == 200 and "Thank you!" in page
    [exchange] = slack.fake.calls_to("oauth.v2.access")
    assert exchange.params["code"] == "good-code"
    assert exchange.headers["Authorization"] == "Basic " + base64.b64encode(
        f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    bot = await oauth.store.async_find_bot(enterprise_id=None, team_id="T0002")
    assert bot is not None and bot.bot_token == TEAM_TOKEN and bot.bot_user_id == "U2BOT"

    created = await slack.command("group create Second Peers", user="U5SAM", channel="C5SECOND")
    assert "You're its facilitator" in created.text
    [post] = slack.fake.ok_calls_to("chat.postMessage")
    assert post.token == TEAM_TOKEN and post.params["channel"] == "C5SECOND"
    assert len(slack.fake.calls_to("auth.test")) == 1  # during the install only, not per request

    # The ChatPort finds the workspace's own token; a workspace without an installation is refused.
    assert await slack.adapter.chat.send(Outbound(ToChannel(ChannelRef("slack", "T0002", "C5SECOND")),
                                                  message("Reminder")))
    assert slack.fake.calls[-1].token == TEAM_TOKEN
    with pytest.raises(DeliveryFailed) as raised:
        await slack.adapter.chat.send(Outbound(ToChannel(ChannelRef("slack", "T0404", "C1")), message("x")))
    assert raised.value.reason == "missing_permissions"

    event = slack.factory.app_uninstalled()
    await slack.send(event)
    await slack.send(event.retry(1))
    assert removed == [(WorkspaceRef("slack", "T0002"), "oauth"), (WorkspaceRef("slack", "T0002"), "app_uninstalled")]
    assert await oauth.store.async_find_bot(enterprise_id=None, team_id="T0002") is None
    assert await oauth.store.async_find_installation(enterprise_id=None, team_id="T0002") is None

    after = await slack.command("next", user="U5SAM", channel="C5SECOND")
    assert after.status == 200 and after.text == NOT_INSTALLED

    status, _ = await install(slack)  # they come back: the hook hears it (the data lifecycle cancels a purge)
    assert status == 200 and removed[-1] == (WorkspaceRef("slack", "T0002"), "oauth")
    again = await slack.command("next", user="U5SAM", channel="C5SECOND")
    assert "isn't installed" not in again.text


async def test_a_forged_or_failed_install_stores_nothing(distributed: tuple[Workspace, OAuth, list]) -> None:
    slack, oauth, _ = distributed
    async with slack.session.get(f"{slack.base_url}/slack/oauth_redirect",
                                 params={"code": "good-code", "state": "made-up"}) as forged:
        assert forged.status == 400  # no state cookie from our install page
    status, _ = await install(slack, code="stolen-code")
    assert status == 401
    assert slack.fake.calls_to("oauth.v2.access")[-1].response["error"] == "invalid_code"
    assert await oauth.store.async_find_bot(enterprise_id=None, team_id="T0002") is None


async def test_tokens_revoked_removes_the_workspace(distributed: tuple[Workspace, OAuth, list]) -> None:
    slack, oauth, removed = distributed
    await install(slack)
    await slack.send(slack.factory.tokens_revoked(bot=["U2BOT"]))
    assert removed[-1] == (WorkspaceRef("slack", "T0002"), "tokens_revoked")
    assert await oauth.store.async_find_bot(enterprise_id=None, team_id="T0002") is None


async def test_a_hanging_installation_lookup_still_acknowledges(distributed: tuple[Workspace, OAuth, list]) -> None:
    slack, oauth, _ = distributed
    await install(slack)
    oauth.tokens.forget("T0002")
    oauth.tokens.lookup_timeout = 0.05
    hang = asyncio.Event()

    async def stuck(**_: Any) -> None:
        await hang.wait()

    oauth.store.async_find_bot = stuck  # type: ignore[method-assign]
    seen = await slack.command("next", user="U5SAM", channel="C5SECOND")
    assert seen.status == 200 and seen.response.elapsed < 2.0
    assert seen.text == NOT_INSTALLED

"""The Slack adapter under test: real bolt over HTTP on a loopback port, a fake Web API, a real SQLite database.

    async def test_x(slack):                      # a served adapter over the core, workspace T0001
        done = await slack.command("group create Peers", user="U1ALICE")
        assert done.status == 200 and "facilitator" in done.text

`slack.command`, `slack.click` and `slack.submit` send signed requests shaped like Slack's, wait until the
adapter has finished the work it started after acknowledging, and return what the person saw (their
response_url posts). Everything the adapter sent to the Web API is in `slack.fake.calls`.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest
import uvicorn
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.app import SlackAdapter
from adapters.slack.oauth import OAuth
from adapters.slack.retries import retry_handlers
from adapters.slack.run import build_asgi
from bot.core import Core
from roundtable.compose import RoutingChat
from storage.slack_seen import SqlSeenEvents
from tests.helpers.slack_api import Call, FakeSlackAPI
from tests.helpers.slack_signing import SentResult, SignedRequest, SlackRequestFactory, send

SECRET = "test-signing-secret"
ALICE, BOB, CAROL, DAN = "U1ALICE", "U2BOB", "U3CAROL", "U4DAN"
GENERAL = "C1GENERAL"


def no_jitter() -> float:
    return 0.0


def make_client(fake: FakeSlackAPI, token: str | None = "", backoff: float = 0.01) -> AsyncWebClient:
    """A client on the fake with the production retry handlers: jitter off and, unless a test measures the
    waits, a short backoff so retried 5xx don't slow the suite."""
    return AsyncWebClient(token=fake.bot_token if token == "" else token, base_url=fake.api_url,
                          retry_handlers=retry_handlers(jitter=no_jitter, backoff=backoff))


class _InProcessServer(uvicorn.Server):
    """uvicorn on the test's loop: leaves signal handlers alone and notices shutdown within 10 ms."""

    @contextlib.contextmanager
    def capture_signals(self):  # type: ignore[override]
        yield

    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            await asyncio.sleep(0.01)


@contextlib.asynccontextmanager
async def serve_asgi(asgi: Any) -> AsyncIterator[str]:
    config = uvicorn.Config(asgi, host="127.0.0.1", port=0, lifespan="off", log_level="warning",
                            access_log=False, timeout_graceful_shutdown=2, http="h11")
    server = _InProcessServer(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
            raise RuntimeError("uvicorn exited during startup")
        await asyncio.sleep(0.001)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, timeout=5)


@dataclass
class Seen:
    """What one request got: the HTTP acknowledgement, and the answers posted to its response_url."""

    request: SignedRequest
    response: SentResult
    posts: list[Call] = field(default_factory=list)

    @property
    def status(self) -> int:
        return self.response.status

    @property
    def answers(self) -> list[dict[str, Any]]:
        return [p.json for p in self.posts if isinstance(p.json, dict)]

    @property
    def text(self) -> str:
        return "\n".join(a.get("text", "") for a in self.answers)

    @property
    def updated_view(self) -> dict[str, Any]:
        """The modal a submission's acknowledgement put in place of the submitted one (response_action update)."""
        answer = self.response.json()
        assert isinstance(answer, dict) and answer.get("response_action") == "update", answer
        return answer["view"]

    def button(self, label: str) -> dict[str, Any]:
        return find_button([a.get("blocks") or [] for a in self.answers], label)


def find_button(block_lists: list[list[dict[str, Any]]], label: str) -> dict[str, Any]:
    for blocks in reversed(block_lists):
        for block in blocks:
            for element in block.get("elements", []) if block.get("type") == "actions" else []:
                if element["text"]["text"] == label:
                    return element
    raise AssertionError(f"no button {label!r}")


class Workspace:
    """Signed requests from one Slack workspace to the served adapter."""

    def __init__(self, fake: FakeSlackAPI, adapter: SlackAdapter, core: Core, base_url: str,
                 session: aiohttp.ClientSession, team_id: str = "T0001") -> None:
        self.fake = fake
        self.adapter = adapter
        self.core = core
        self.base_url = base_url
        self.session = session
        self.factory = self.team(team_id)

    def team(self, team_id: str) -> SlackRequestFactory:
        return SlackRequestFactory(SECRET, response_url=self.fake.response_url, team_id=team_id,
                                   team_domain=team_id.lower())

    async def send(self, request: SignedRequest, settle: bool = True) -> Seen:
        response = await send(self.session, self.base_url, request)
        if settle:
            await self.adapter.drain(timeout=10)
        payload = request.payload if isinstance(request.payload, dict) else {}
        url = payload.get("response_url", "")
        rid = url.rsplit("/", 1)[-1] if url else None
        return Seen(request, response, self.fake.response_posts(rid) if rid else [])

    async def command(self, text: str, user: str = ALICE, channel: str = GENERAL,
                      factory: SlackRequestFactory | None = None, **options: Any) -> Seen:
        return await self.send((factory or self.factory).slash_command(
            "/consult", text, user_id=user, channel_id=channel, **options))

    async def click(self, button: dict[str, Any], user: str = ALICE, channel: str = GENERAL,
                    factory: SlackRequestFactory | None = None, **options: Any) -> Seen:
        return await self.send((factory or self.factory).block_actions(
            button["action_id"], button.get("value"), user_id=user, channel_id=channel,
            button_text=button["text"]["text"], **options))

    def opened_view(self, index: int = -1) -> dict[str, Any]:
        return self.fake.ok_calls_to("views.open")[index].params["view"]

    async def submit(self, view: dict[str, Any], values: dict[str, str], user: str = ALICE,
                     keep_initial: bool = True, **options: Any) -> Seen:
        """Fill in a modal as Slack sends it back: unnamed fields keep their initial values."""
        state: dict[str, Any] = {}
        for block in view["blocks"]:
            if block.get("type") != "input":
                continue
            element = block["element"]
            name = block["block_id"]
            if element["type"] == "static_select":
                chosen = values.get(name, (element.get("initial_option") or {}).get("value"))
                state[name] = {"value": {"type": "static_select",
                                         "selected_option": {"value": chosen} if chosen else None}}
            else:
                value = values.get(name, element.get("initial_value") if keep_initial else None)
                state[name] = {"value": {"type": "plain_text_input", "value": value}}
        request = self.factory.view_submission(view["callback_id"], state, private_metadata=view["private_metadata"],
                                               blocks=view["blocks"], user_id=user, **options)
        seen = await self.send(request)
        meta = json.loads(view["private_metadata"])
        rid = meta.get("ru", "").rsplit("/", 1)[-1]
        seen.posts = self.fake.response_posts(rid) if rid else []
        return seen

    def posts_to(self, channel: str) -> list[dict[str, Any]]:
        return [c.params for c in self.fake.ok_calls_to("chat.postMessage") if c.params.get("channel") == channel]

    async def settled(self) -> None:
        await self.adapter.drain(timeout=10)


@contextlib.asynccontextmanager
async def served(fake: FakeSlackAPI, core: Core, *, oauth: OAuth | None = None,
                 client: AsyncWebClient | None = None, **adapter_options: Any) -> AsyncIterator[Workspace]:
    # Events already claimed are shared through the core's database, as build_adapter wires them in production.
    engine = getattr(core.uow_factory, "engine", None)
    if engine is not None:
        adapter_options.setdefault("shared_seen", SqlSeenEvents(engine))
    adapter = SlackAdapter(core, signing_secret=SECRET, client=client or make_client(fake), oauth=oauth,
                           **adapter_options)
    router = core.cases.chat if core.cases is not None else None
    if isinstance(router, RoutingChat) and "slack" not in router.platforms:
        router.register("slack", adapter.chat)  # the core's case service posts through it, as in production
    async with serve_asgi(build_asgi(adapter)) as base_url:
        async with aiohttp.ClientSession() as session:
            try:
                yield Workspace(fake, adapter, core, base_url, session)
            finally:
                await adapter.drain(timeout=5)


def trigger_issued_seconds_ago(seconds: float) -> str:
    return f"trg-{int((time.time() - seconds) * 1000)}-0ld0ld"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlackAPI]:
    async with FakeSlackAPI() as api:
        yield api


@pytest.fixture
async def slack(fake: FakeSlackAPI, core: Core) -> AsyncIterator[Workspace]:
    async with served(fake, core) as workspace:
        yield workspace

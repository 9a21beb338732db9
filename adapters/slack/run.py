"""Serving the Slack adapter: Socket Mode, or HTTP (ASGI under uvicorn) for one or many workspaces.

Modes, from the settings:
  SLACK_APP_TOKEN (xapp-…) + SLACK_BOT_TOKEN        Socket Mode, one workspace, no public URL
  SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN            HTTP on $PORT: /slack/events, /healthz; one workspace
  SLACK_SIGNING_SECRET + SLACK_CLIENT_ID/SECRET     HTTP with OAuth: also /slack/install, /slack/oauth_redirect;
                                                    installations in our database, any number of workspaces
HTTP mode keeps nothing between requests that another replica would need (OAuth state and installations live in
the database), so several replicas can run behind a load balancer.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

import aiohttp
import uvicorn
from slack_bolt.adapter.starlette.async_handler import (
    AsyncSlackRequestHandler,
    to_starlette_response,
)
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from adapters.direct_channels import DirectChannels
from adapters.slack.app import (
    PLATFORM,
    SlackAdapter,
    WorkspaceHook,
    log_workspace_installed,
    log_workspace_removed,
)
from adapters.slack.dedupe import SeenEventStore
from adapters.slack.manifest import BOT_SCOPES, EVENTS_PATH
from adapters.slack.oauth import INSTALL_PATH, REDIRECT_PATH, InstallationTables, build_oauth
from adapters.slack.retries import retry_handlers
from adapters.slack.wire import ParsedRequest, Refused, authenticate, parse
from adapters.status import QuietServer, StatusBoard
from bot.config import Settings, SlackSettings
from bot.core import Core
from bot.identity import WorkspaceRef
from bot.ports import DeliveryFailed

log = logging.getLogger("roundtable.slack")

DEFAULT_API = "https://slack.com/api/"


class SlackStorage(InstallationTables, Protocol):
    """What the Slack adapter keeps in our database (storage/slack_seen.py builds it): the engine and table names
    for slack-sdk's installation and OAuth state stores, and the store of events already claimed by any replica."""

    @property
    def engine(self) -> AsyncEngine: ...
    @property
    def seen(self) -> SeenEventStore: ...
    @property
    def direct_channels(self) -> DirectChannels: ...


class Wiring(Protocol):
    """What the Slack adapter takes from the composition root (roundtable/compose.py): the core, and what the
    adapter keeps in the database."""

    @property
    def core(self) -> Core: ...
    @property
    def slack_storage(self) -> SlackStorage: ...


class SlackConfigError(ValueError):
    """The Slack settings don't describe a mode that can run."""


def mode_of(slack: SlackSettings) -> str:
    """"socket", "http" or "oauth" — or SlackConfigError saying what is missing."""
    if slack.app_token:
        if not slack.app_token.startswith("xapp-"):
            raise SlackConfigError("SLACK_APP_TOKEN should be an app-level token starting with xapp-")
        if not slack.bot_token:
            raise SlackConfigError("Socket Mode serves one workspace: set SLACK_BOT_TOKEN (xoxb-…) too")
        return "socket"
    if not slack.signing_secret:
        raise SlackConfigError("HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)")
    if slack.client_id or slack.client_secret:
        if not (slack.client_id and slack.client_secret):
            raise SlackConfigError("OAuth needs both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET")
        return "oauth"
    if not slack.bot_token:
        raise SlackConfigError("set SLACK_BOT_TOKEN for one workspace, or SLACK_CLIENT_ID/SECRET for OAuth")
    return "http"


def make_client(slack: SlackSettings, session: aiohttp.ClientSession | None, token: str | None) -> AsyncWebClient:
    base_url = slack.api_base_url or DEFAULT_API
    if not base_url.endswith("/"):
        base_url += "/"
    return AsyncWebClient(token=token, base_url=base_url, session=session, timeout=10,
                          retry_handlers=retry_handlers())


async def build_adapter(wiring: Wiring, settings: Settings, *, session: aiohttp.ClientSession | None = None,
                        on_workspace_removed: WorkspaceHook = log_workspace_removed,
                        on_workspace_installed: WorkspaceHook = log_workspace_installed) -> SlackAdapter:
    """The adapter for the configured mode. With OAuth, the installation tables come from our migrations
    (storage/migrations/versions/0007_slack_tables.py, `roundtable db upgrade`), not from here."""
    slack = settings.slack
    mode = mode_of(slack)
    storage = wiring.slack_storage
    if mode == "oauth":
        client = make_client(slack, session, None)
        oauth = build_oauth(storage.engine, slack.client_id, slack.client_secret, client, tables=storage,
                            scopes=BOT_SCOPES, on_installed=lambda team_id: on_workspace_installed(
                                WorkspaceRef(PLATFORM, team_id), "oauth"))
        return SlackAdapter(wiring.core, signing_secret=slack.signing_secret, client=client, oauth=oauth,
                            session=session, on_workspace_removed=on_workspace_removed,
                            on_workspace_installed=on_workspace_installed, shared_seen=storage.seen,
                            direct_channels=storage.direct_channels)
    client = make_client(slack, session, slack.bot_token)
    return SlackAdapter(wiring.core, signing_secret=slack.signing_secret or "socket-mode", client=client,
                        session=session, on_workspace_removed=on_workspace_removed,
                        on_workspace_installed=on_workspace_installed, shared_seen=storage.seen,
                        direct_channels=storage.direct_channels)


def build_asgi(adapter: SlackAdapter, status: StatusBoard | None = None) -> Starlette:
    """POST /slack/events (commands, interactivity, events), the OAuth pages when configured, GET /healthz; with a
    status board, its routes too (/healthz, /readyz, /metrics: adapters/status.py)."""
    handler = AsyncSlackRequestHandler(adapter.app)
    secret = adapter.signing_secret

    async def events(request: Request) -> Response:
        # Authenticate the raw bytes, then parse them ourselves (adapters/slack/wire.py): bolt's parser would
        # take any form body containing "payload" for an interactivity payload, and raise on malformed input.
        raw = await request.body()
        try:
            authenticate(secret, raw, request.headers)
            text, body = parse(raw, request.headers.get("content-type"))
        except Refused as refused:
            log.info("refused a request on %s: %s", EVENTS_PATH, refused.reason)
            return PlainTextResponse("invalid request" if refused.status == 401 else "bad request",
                                     status_code=refused.status)
        bolt_request = ParsedRequest(raw=text, body=body, query=request.query_params, headers=request.headers)
        return to_starlette_response(await adapter.app.async_dispatch(bolt_request))

    async def oauth_pages(request: Request) -> Response:
        return await handler.handle(request)

    async def healthz(request: Request) -> Response:
        # Liveness only: a database hiccup must not take every replica out of the load balancer at once.
        return PlainTextResponse("ok")

    routes: list[BaseRoute] = [Route(EVENTS_PATH, events, methods=["POST"])]
    routes += status.routes() if status is not None else [Route("/healthz", healthz, methods=["GET"])]
    if adapter.oauth is not None:
        routes += [Route(INSTALL_PATH, oauth_pages, methods=["GET"]),
                   Route(REDIRECT_PATH, oauth_pages, methods=["GET"])]
    return Starlette(routes=routes)


@dataclass
class Running:
    adapter: SlackAdapter
    mode: str


@contextlib.asynccontextmanager
async def running(wiring: Wiring, settings: Settings,
                  on_workspace_removed: WorkspaceHook = log_workspace_removed,
                  on_workspace_installed: WorkspaceHook = log_workspace_installed,
                  drain: float = 10.0) -> AsyncIterator[Running]:
    """The adapter with a shared HTTP session; a configured bot token is checked first (auth.test); on exit,
    in-flight work finishes (up to `drain` seconds) before closing."""
    async with aiohttp.ClientSession() as session:
        adapter = await build_adapter(wiring, settings, session=session, on_workspace_removed=on_workspace_removed,
                                      on_workspace_installed=on_workspace_installed)
        if adapter.oauth is None:
            workspace = await adapter.check_token()
            log.info("Slack: bot token for workspace %s", workspace.id)
        try:
            yield Running(adapter, mode_of(settings.slack))
        finally:
            left = await adapter.drain(timeout=drain)
            if left:
                log.warning("stopped with %d unfinished Slack task(s)", left)


async def serve(wiring: Wiring, settings: Settings, *,
                on_ready: Callable[[SlackAdapter], Awaitable[object]] | None = None,
                on_workspace_removed: WorkspaceHook = log_workspace_removed,
                on_workspace_installed: WorkspaceHook = log_workspace_installed, host: str | None = None,
                status: StatusBoard | None = None, stop: asyncio.Event | None = None, drain: float = 10.0) -> int:
    """Run the Slack adapter until interrupted (SIGINT/SIGTERM), or until `stop` is set when given (the caller
    then owns the signals). Returns a process exit status.

    `on_ready(adapter)` runs once the adapter exists and before requests are served: the place to start the
    nudge scheduler with `adapter.chat` as its ChatPort. The workspace hooks are where the data lifecycle
    starts (removed) or cancels (installed) a workspace's grace period. HTTP mode binds `host`, by default
    the setting `slack.http_host` (ROUNDTABLE_HTTP_HOST). With a `status` board, HTTP mode serves its routes and
    the adapter's connection joins its readiness checks. On stop, in-flight work gets `drain` seconds.
    """
    host = host or settings.slack.http_host
    if status is not None:  # not ready until the token is checked (HTTP) or the socket is connected
        async def starting() -> tuple[bool, str]:
            return False, "starting"

        status.probe("slack", starting)
    try:
        mode = mode_of(settings.slack)
    except SlackConfigError as error:
        log.error("Slack: %s", error)
        return 2
    try:
        async with running(wiring, settings, on_workspace_removed, on_workspace_installed, drain) as run:
            return await _serve_mode(run, mode, settings, host, on_ready, status, stop, drain)
    except DeliveryFailed as failure:
        if failure.permanent:
            log.error("Slack: the bot token doesn't work (%s). Check SLACK_BOT_TOKEN.", failure)
        else:
            log.error("Slack: can't reach the Web API to check the bot token (%s).", failure)
        return 2


async def _serve_mode(run: Running, mode: str, settings: Settings, host: str,
                      on_ready: Callable[[SlackAdapter], Awaitable[object]] | None,
                      status: StatusBoard | None = None, stop: asyncio.Event | None = None,
                      drain: float = 10.0) -> int:
    if on_ready is not None:
        await on_ready(run.adapter)
    if mode == "socket":
        if stop is None:
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGINT, signal.SIGTERM):
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    loop.add_signal_handler(signum, stop.set)
        log.info("Slack: Socket Mode")
        await run_socket_mode(run.adapter, settings.slack.app_token, stop, status)
        return 0
    log.info("Slack: HTTP mode (%s) on %s:%d%s", mode, host, settings.slack.http_port, EVENTS_PATH)
    if status is not None:
        async def token_checked() -> tuple[bool, str]:
            return True, f"HTTP mode ({mode})"

        status.probe("slack", token_checked)
    # No log_config (uvicorn's own would give its loggers handlers that bypass the root handler's redaction filter,
    # adapters/logging_setup.py) and no log_level: uvicorn's records go to the root at the configured level.
    asgi = build_asgi(run.adapter) if status is None else build_asgi(run.adapter, status)
    config = uvicorn.Config(asgi, host=host, port=settings.slack.http_port,
                            lifespan="off", access_log=False, server_header=False, proxy_headers=True,
                            timeout_graceful_shutdown=int(drain), log_config=None)
    if stop is None:
        await uvicorn.Server(config).serve()
        return 0
    server = QuietServer(config)
    serving = asyncio.create_task(server.serve(), name="roundtable-slack-http")
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait({serving, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    server.should_exit = True  # stop accepting connections; requests in flight finish (up to `drain` s)
    await serving
    return 0


async def run_socket_mode(adapter: SlackAdapter, app_token: str, stop: asyncio.Event,
                          status: StatusBoard | None = None) -> None:
    """Connect over Socket Mode (the app-level token asks apps.connections.open for a WebSocket URL) until `stop`."""
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    handler = AsyncSocketModeHandler(adapter.app, app_token)
    await handler.connect_async()  # type: ignore[no-untyped-call]  # slack_bolt leaves it unannotated
    if status is not None:
        async def connected() -> tuple[bool, str]:
            up = await handler.client.is_connected()
            return up, "Socket Mode connected" if up else "Socket Mode disconnected"

        status.probe("slack", connected)
    try:
        await stop.wait()
    finally:
        await handler.close_async()  # type: ignore[no-untyped-call]  # slack_bolt leaves it unannotated

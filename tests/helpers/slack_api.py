"""A local fake of the Slack Web API for offline tests of slack-sdk / slack-bolt code.

Run real `AsyncWebClient` code against it with ``AsyncWebClient(token, base_url=fake.api_url)``
(``fake.api_url == fake.url + "/api/"``).

    async with FakeSlackAPI() as fake:
        client = AsyncWebClient(token=fake.bot_token, base_url=fake.api_url)
        await client.chat_postMessage(channel="C1", text="hi")
        [call] = fake.calls_to("chat.postMessage")
        assert call.params["text"] == "hi" and call.token == fake.bot_token

What it does
------------
* Binds an aiohttp.web server to 127.0.0.1 on an ephemeral port (port 0); ``fake.url`` is its base URL.
* Records every request in ``fake.calls`` (a list of :class:`Call`): the method name, the parameters merged
  from query string + form body + JSON body (slack-sdk sends some methods as JSON, some as URL *query*
  parameters, e.g. ``files.completeUploadExternal``/``conversations.open``/``users.info``), the headers
  (case-insensitive, incl. Authorization) and the token, plus what the fake answered.
* Checks tokens like Slack does: no token -> ``not_authed``, unknown -> ``invalid_auth``,
  revoked -> ``token_revoked`` (register extra workspaces with :meth:`add_token`).
* Answers: auth.test, chat.postMessage, chat.postEphemeral, chat.update, chat.delete, conversations.open,
  views.open, views.update, users.info, files.getUploadURLExternal, files.completeUploadExternal (+ the
  upload URL it hands out, served by this same server: ``POST /upload/<file_id>``), and ``response_url``
  posts (``POST /response/<id>``; make URLs with :meth:`response_url`). Anything else answers
  ``unknown_method`` unless you install a handler with :meth:`set_handler`.
* Fails on demand (FIFO per method, consumed one per matching request):
  :meth:`rate_limit` (HTTP 429 + Retry-After), :meth:`server_error` (HTTP 500/503),
  :meth:`error` (HTTP 200 ``{"ok": false, "error": ...}`` e.g. not_in_channel, channel_not_found,
  is_archived, cannot_dm_bot, user_disabled, expired_trigger_id), or the general :meth:`fail`.
  :meth:`drop_connection` (close the socket, no answer).
  Use the method name ``"*"`` to fail whatever comes next, ``"response_url"`` / ``"upload"`` for those routes.
* Some errors also arise from state, like the real thing: :meth:`set_channel_error` (e.g. a channel that
  is_archived / not_in_channel), users registered with ``deleted=True`` (user_disabled) or ``is_bot=True``
  (cannot_dm_bot), unknown users (user_not_found), re-used trigger_ids (exchanged_trigger_id) and
  trigger_ids older than ``trigger_ttl`` seconds (expired_trigger_id; only for ids made by
  ``slack_signing.new_trigger_id()``, which embed their issue time).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Union
from urllib.parse import parse_qsl

from aiohttp import web
from multidict import CIMultiDict

__all__ = ["FakeSlackAPI", "Call", "Identity", "FakeUser"]


@dataclass
class Call:
    """One request received by the fake (including ones it answered with an injected failure)."""

    method: str  # Web API method ("chat.postMessage"), or "response_url" / "upload"
    params: dict[str, Any]  # query + form + JSON body merged (JSON wins); values as sent (str for form/query)
    headers: CIMultiDict  # case-insensitive: call.headers["authorization"]
    token: str | None  # from "Authorization: Bearer ..." or a `token` parameter
    http_method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    json: Any | None
    raw_body: bytes
    at: float  # time.monotonic() when received
    status: int = 0  # HTTP status the fake answered (0 = not answered yet, -1 = connection dropped)
    response: Any = None  # body the fake answered (dict for JSON)
    path_id: str | None = None  # <id> of /response/<id> or /upload/<file_id>

    @property
    def ok(self) -> bool:
        return self.status == 200 and isinstance(self.response, dict) and self.response.get("ok", True) is True


@dataclass
class Identity:
    """What auth.test says about a token."""

    team_id: str = "T0001"
    team: str = "Roundtable Test"
    team_domain: str = "roundtable-test"
    user_id: str = "U0BOT"  # for a bot token this IS the bot user id (Slack has no `bot_user_id` field here)
    user: str = "roundtable"
    bot_id: str | None = "B0BOT"  # None for user tokens
    enterprise_id: str | None = None
    is_enterprise_install: bool = False
    scopes: str = "commands,chat:write,im:write,users:read,files:write"


@dataclass
class FakeUser:
    id: str
    team_id: str = "T0001"
    name: str = "alice"
    real_name: str = "Alice Example"
    tz: str = "Europe/Berlin"
    tz_label: str = "Central European Time"
    tz_offset: int = 3600
    deleted: bool = False
    is_bot: bool = False

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "team_id": self.team_id,
            "name": self.name,
            "deleted": self.deleted,
            "real_name": self.real_name,
            "tz": self.tz,
            "tz_label": self.tz_label,
            "tz_offset": self.tz_offset,
            "is_bot": self.is_bot,
            "is_app_user": False,
            "updated": 1700000000,
            "profile": {
                "real_name": self.real_name,
                "display_name": self.name,
                "team": self.team_id,
            },
        }


@dataclass
class _Failure:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    remaining: int | None = 1  # None = until cleared


_TRIGGER_RE = re.compile(r"^trg-(\d+)-")
Handler = Callable[[Call], Union[dict[str, Any], "web.StreamResponse"]]


class FakeSlackAPI:
    """Local fake Slack Web API. Use ``async with FakeSlackAPI() as fake`` or ``await fake.start()/stop()``."""

    def __init__(
        self,
        *,
        bot_token: str = "xoxb-test-token",
        identity: Identity | None = None,
        check_tokens: bool = True,
        strict_methods: bool = True,
        trigger_ttl: float | None = 3.0,
        host: str = "127.0.0.1",
    ):
        self.bot_token = bot_token
        self.identity = identity or Identity()
        self.check_tokens = check_tokens
        self.strict_methods = strict_methods
        self.trigger_ttl = trigger_ttl
        self.host = host

        self.tokens: dict[str, Identity] = {bot_token: self.identity}
        self.revoked_tokens: set = set()
        self.users: dict[str, FakeUser] = {}
        self.channel_errors: dict[str, str] = {}
        self.calls: list[Call] = []
        self.uploads: dict[str, dict[str, Any]] = {}  # file_id -> {"filename", "length", "data", "completed"}
        self.views: dict[str, dict[str, Any]] = {}
        self.used_trigger_ids: set = set()

        self._failures: dict[str, list[_Failure]] = {}
        self._handlers: dict[str, Handler] = {}
        self._seq = itertools.count(1)
        self._ts_base = int(time.time())
        self._runner: web.AppRunner | None = None
        self.port: int | None = None
        self._changed: asyncio.Event | None = None  # created in start(), inside the running loop
        self.sockets: list[web.WebSocketResponse] = []  # Socket Mode connections (apps.connections.open)
        self.socket_messages: list[dict[str, Any]] = []  # what the app sent back: envelope acks

    # ------------------------------------------------------------------ lifecycle
    @property
    def url(self) -> str:
        assert self.port is not None, "FakeSlackAPI not started"
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        """Pass as AsyncWebClient(base_url=...). The trailing slash matters."""
        return self.url + "/api/"

    async def start(self) -> FakeSlackAPI:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/api/{method}", self._handle_api)
        app.router.add_post("/response/{rid}", self._handle_response_url)
        app.router.add_post("/upload/{file_id}", self._handle_upload)
        app.router.add_get("/socket", self._handle_socket)
        # shutdown_timeout: slack-sdk closes its sessions after each call, nothing should linger.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self._changed = asyncio.Event()
        return self

    async def stop(self) -> None:
        for ws in list(self.sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeSlackAPI:
        return await self.start()

    async def __aexit__(self, *exc) -> None:
        await self.stop()

    # ------------------------------------------------------------------ configuration
    def add_token(self, token: str, **identity_fields: Any) -> Identity:
        """Register another token (e.g. a second workspace's bot token for installation-store tests)."""
        ident = Identity(**identity_fields)
        if token.startswith("xoxp-") and "bot_id" not in identity_fields:
            ident.bot_id = None
        self.tokens[token] = ident
        return ident

    def revoke_token(self, token: str) -> None:
        self.revoked_tokens.add(token)

    def add_user(self, user_id: str, **fields: Any) -> FakeUser:
        user = FakeUser(id=user_id, **fields)
        self.users[user_id] = user
        return user

    def set_channel_error(self, channel: str, error: str | None) -> None:
        """Every chat.* call on `channel` answers this error (e.g. "is_archived", "not_in_channel")."""
        if error is None:
            self.channel_errors.pop(channel, None)
        else:
            self.channel_errors[channel] = error

    def set_handler(self, method: str, handler: Handler) -> None:
        """Answer `method` with handler(call) -> dict (``ok: true`` is added if absent) or an aiohttp response."""
        self._handlers[method] = handler

    def response_url(self, rid: str | None = None) -> str:
        """A response_url that points at this fake (POSTs to it are recorded as method "response_url")."""
        rid = rid or f"R{next(self._seq):06d}"
        return f"{self.url}/response/{rid}"

    # ------------------------------------------------------------------ failure injection
    def fail(
        self,
        method: str,
        *,
        status: int = 200,
        error: str | None = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
        times: int | None = 1,
    ) -> None:
        """Queue a failure for the next `times` requests of `method` (None = until clear_failures())."""
        if body is None:
            body = {"ok": False, "error": error or ("ratelimited" if status == 429 else "fatal_error")}
        self._failures.setdefault(method, []).append(_Failure(status, body, dict(headers or {}), times))

    def rate_limit(self, method: str, *, times: int | None = 1, retry_after: int = 1) -> None:
        """HTTP 429, Retry-After: <retry_after>, body {"ok": false, "error": "ratelimited"} - like Slack."""
        self.fail(method, status=429, error="ratelimited", headers={"Retry-After": str(retry_after)}, times=times)

    def server_error(self, method: str, *, times: int | None = 1, status: int = 500) -> None:
        self.fail(method, status=status, error="fatal_error", times=times)

    def error(self, method: str, error: str, *, times: int | None = 1, **extra: Any) -> None:
        """HTTP 200 with {"ok": false, "error": error, **extra} (how Slack reports most API errors)."""
        self.fail(method, status=200, body={"ok": False, "error": error, **extra}, times=times)

    def drop_connection(self, method: str, *, times: int | None = 1) -> None:
        """Close the TCP connection without answering (client sees aiohttp ServerDisconnectedError,
        which AsyncConnectionErrorRetryHandler retries)."""
        self._failures.setdefault(method, []).append(_Failure(0, None, {}, times))

    def clear_failures(self) -> None:
        self._failures.clear()

    def _take_failure(self, method: str) -> _Failure | None:
        for key in (method, "*"):
            queue = self._failures.get(key)
            while queue:
                f = queue[0]
                if f.remaining is not None and f.remaining <= 0:
                    queue.pop(0)
                    continue
                if f.remaining is not None:
                    f.remaining -= 1
                    if f.remaining <= 0:
                        queue.pop(0)
                return f
        return None

    # ------------------------------------------------------------------ assertions helpers
    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def ok_calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls_to(method) if c.ok]

    def response_posts(self, rid: str | None = None) -> list[Call]:
        return [c for c in self.calls_to("response_url") if rid is None or c.path_id == rid]

    def methods(self) -> list[str]:
        return [c.method for c in self.calls]

    def reset(self) -> None:
        self.calls.clear()
        self.clear_failures()

    async def wait_for(
        self,
        method: str,
        count: int = 1,
        *,
        timeout: float = 3.0,
        predicate: Callable[[Call], bool] | None = None,
    ) -> list[Call]:
        """Wait until at least `count` recorded calls of `method` (matching predicate) exist; return them.

        Needed because bolt runs listeners / lazy listeners as background tasks *after* the HTTP ack.
        """
        deadline = time.monotonic() + timeout
        assert self._changed is not None, "FakeSlackAPI not started"
        while True:
            self._changed.clear()  # clear *before* looking, so a notify in between is not lost
            found = [c for c in self.calls_to(method) if c.status and (predicate is None or predicate(c))]
            if len(found) >= count:
                return found
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {count}x {method}; got {len(found)}; "
                    f"all calls: {self.methods()}"
                )
            try:
                await asyncio.wait_for(self._changed.wait(), timeout=min(remaining, 0.05))
            except TimeoutError:
                pass

    # ------------------------------------------------------------------ Socket Mode
    async def socket_send(self, envelope: dict[str, Any], timeout: float = 3.0) -> None:
        """Push an envelope ({"envelope_id", "type", "payload", ...}) to the newest Socket Mode connection."""
        deadline = time.monotonic() + timeout
        while not self.sockets:
            if time.monotonic() > deadline:
                raise AssertionError("no Socket Mode connection")
            await asyncio.sleep(0.01)
        await self.sockets[-1].send_str(json.dumps(envelope))

    async def socket_ack(self, envelope_id: str, timeout: float = 3.0) -> dict[str, Any]:
        """Wait for the app's acknowledgement of an envelope."""
        deadline = time.monotonic() + timeout
        assert self._changed is not None
        while True:
            self._changed.clear()
            for message in self.socket_messages:
                if message.get("envelope_id") == envelope_id:
                    return message
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no acknowledgement for envelope {envelope_id}")
            try:
                await asyncio.wait_for(self._changed.wait(), timeout=min(remaining, 0.05))
            except TimeoutError:
                pass

    async def _handle_socket(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.sockets.append(ws)
        await ws.send_str(json.dumps({"type": "hello", "num_connections": 1,
                                      "connection_info": {"app_id": "A0APP"}}))
        try:
            async for msg in ws:
                if msg.type == web.WSMsgType.TEXT:
                    self.socket_messages.append(json.loads(msg.data))
                    self._notify()
        finally:
            self.sockets.remove(ws)
        return ws

    def _m_apps_connections_open(self, call: Call, ident: Identity):
        if not (call.token or "").startswith("xapp-"):
            return {"ok": False, "error": "not_allowed_token_type"}
        return {"url": self.url.replace("http://", "ws://") + "/socket"}

    # ------------------------------------------------------------------ request plumbing
    async def _record(self, request: web.Request, method: str, path_id: str | None = None) -> Call:
        raw = await request.read()
        query = dict(request.query)
        form: dict[str, str] = {}
        body_json: Any | None = None
        ctype = request.content_type or ""
        if raw:
            if ctype == "application/json":
                try:
                    body_json = json.loads(raw.decode("utf-8"))
                except ValueError:
                    body_json = None
            elif ctype == "application/x-www-form-urlencoded":
                form = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        params: dict[str, Any] = {**query, **form}
        if isinstance(body_json, dict):
            params.update(body_json)
        token = None
        auth = request.headers.get("Authorization", "")
        if auth.lower().startswith("bearer "):
            token = auth[7:].strip()
        elif "token" in params:
            token = params["token"]
        call = Call(
            method=method,
            params=params,
            headers=CIMultiDict(request.headers),
            token=token,
            http_method=request.method,
            path=request.path,
            query=query,
            form=form,
            json=body_json,
            raw_body=raw,
            at=time.monotonic(),
            path_id=path_id,
        )
        self.calls.append(call)
        return call

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed.set()

    def _json(self, call: Call, body: Any, status: int = 200, headers: dict[str, str] | None = None):
        call.status = status
        call.response = body
        self._notify()
        return web.json_response(body, status=status, headers=headers)

    def _failure_response(self, request: web.Request, call: Call, f: _Failure) -> web.StreamResponse:
        call.status = f.status or -1  # -1: connection dropped
        call.response = f.body
        self._notify()
        if f.status == 0:  # drop the connection, answer nothing
            if request.transport is not None:
                request.transport.close()
            raise web.HTTPInternalServerError()  # never reaches the client
        if isinstance(f.body, (dict, list)):
            return web.json_response(f.body, status=f.status, headers=f.headers)
        return web.Response(text=str(f.body), status=f.status, headers=f.headers)

    def _next_ts(self) -> str:
        return f"{self._ts_base + next(self._seq)}.{next(self._seq):06d}"

    # ------------------------------------------------------------------ routes
    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        call = await self._record(request, method)

        failure = self._take_failure(method)
        if failure is not None:
            return self._failure_response(request, call, failure)

        if self.check_tokens and method not in ("api.test", "oauth.v2.access"):
            if not call.token:
                return self._json(call, {"ok": False, "error": "not_authed"})
            if call.token in self.revoked_tokens:
                return self._json(call, {"ok": False, "error": "token_revoked"})
            if call.token not in self.tokens:
                return self._json(call, {"ok": False, "error": "invalid_auth"})
        ident = self.tokens.get(call.token or "", self.identity)

        handler = self._handlers.get(method)
        if handler is None:
            builtin = getattr(self, "_m_" + method.replace(".", "_"), None)
            if builtin is None:
                if self.strict_methods:
                    return self._json(call, {"ok": False, "error": "unknown_method"})
                return self._json(call, {"ok": True})
            result = builtin(call, ident)
        else:
            result = handler(call)
            if asyncio.iscoroutine(result):
                result = await result
        if isinstance(result, web.StreamResponse):
            call.status = result.status
            self._notify()
            return result
        headers = None
        if isinstance(result, tuple):  # (body, headers)
            result, headers = result
        result = {"ok": True, **result} if "ok" not in result else result
        return self._json(call, result, headers=headers)

    async def _handle_response_url(self, request: web.Request) -> web.StreamResponse:
        call = await self._record(request, "response_url", request.match_info["rid"])
        failure = self._take_failure("response_url")
        if failure is not None:
            return self._failure_response(request, call, failure)
        # Slack answers a response_url POST with a tiny JSON body {"ok": true}
        return self._json(call, {"ok": True})

    async def _handle_upload(self, request: web.Request) -> web.StreamResponse:
        file_id = request.match_info["file_id"]
        call = await self._record(request, "upload", file_id)
        failure = self._take_failure("upload")
        if failure is not None:
            return self._failure_response(request, call, failure)
        if file_id not in self.uploads:
            call.status, call.response = 404, "file_not_found"
            self._notify()
            return web.Response(status=404, text="file_not_found")
        self.uploads[file_id]["data"] = call.raw_body
        call.status, call.response = 200, f"OK - {len(call.raw_body)}"
        self._notify()
        # the real files.slack.com upload endpoint answers text/plain "OK - <bytes>"
        return web.Response(text=call.response, content_type="text/plain")

    # ------------------------------------------------------------------ built-in methods
    # Each returns a dict (merged into {"ok": true, ...}), optionally (dict, headers).
    def _m_api_test(self, call: Call, ident: Identity):
        return {"args": {k: v for k, v in call.params.items() if k != "token"}}

    def _m_auth_test(self, call: Call, ident: Identity):
        body: dict[str, Any] = {
            "url": f"https://{ident.team_domain}.slack.com/",
            "team": ident.team,
            "user": ident.user,
            "team_id": ident.team_id,
            "user_id": ident.user_id,
        }
        if ident.bot_id:
            body["bot_id"] = ident.bot_id
        if ident.enterprise_id:
            body["enterprise_id"] = ident.enterprise_id
        body["is_enterprise_install"] = ident.is_enterprise_install
        # bolt reads scopes from this response header (context.authorize_result.bot_scopes)
        return body, {"x-oauth-scopes": ident.scopes}

    def _channel_check(self, call: Call) -> dict[str, Any] | None:
        channel = call.params.get("channel")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        err = self.channel_errors.get(channel)
        if err:
            return {"ok": False, "error": err}
        return None

    def _m_chat_postMessage(self, call: Call, ident: Identity):
        err = self._channel_check(call)
        if err:
            return err
        p = call.params
        if not any(p.get(k) for k in ("text", "blocks", "attachments")):
            return {"ok": False, "error": "no_text"}
        ts = self._next_ts()
        message = {
            "type": "message",
            "user": ident.user_id,
            "bot_id": ident.bot_id,
            "text": p.get("text", ""),
            "ts": ts,
            "team": ident.team_id,
        }
        for k in ("blocks", "thread_ts", "metadata"):
            if k in p:
                message[k] = p[k]
        return {"channel": p["channel"], "ts": ts, "message": message}

    def _m_chat_postEphemeral(self, call: Call, ident: Identity):
        err = self._channel_check(call)
        if err:
            return err
        if not call.params.get("user"):
            return {"ok": False, "error": "user_not_found"}
        return {"message_ts": self._next_ts()}

    def _m_chat_update(self, call: Call, ident: Identity):
        err = self._channel_check(call)
        if err:
            return err
        p = call.params
        if not p.get("ts"):
            return {"ok": False, "error": "message_not_found"}
        return {
            "channel": p["channel"],
            "ts": p["ts"],
            "text": p.get("text", ""),
            "message": {"text": p.get("text", ""), "user": ident.user_id, "blocks": p.get("blocks", [])},
        }

    def _m_chat_delete(self, call: Call, ident: Identity):
        err = self._channel_check(call)
        if err:
            return err
        if not call.params.get("ts"):
            return {"ok": False, "error": "message_not_found"}
        return {"channel": call.params["channel"], "ts": call.params["ts"]}

    def _m_conversations_open(self, call: Call, ident: Identity):
        p = call.params
        if p.get("channel"):
            return {"no_op": True, "already_open": True, "channel": {"id": p["channel"]}}
        users = [u for u in str(p.get("users", "")).split(",") if u]
        if not users:
            return {"ok": False, "error": "users_list_not_supplied"}
        for uid in users:
            if uid == ident.user_id:
                return {"ok": False, "error": "cannot_dm_bot"}
            u = self.users.get(uid)
            if u is not None and u.is_bot:
                return {"ok": False, "error": "cannot_dm_bot"}
            if u is not None and u.deleted:
                return {"ok": False, "error": "user_disabled"}
        channel_id = ("D" if len(users) == 1 else "G") + "".join(u.lstrip("UW") for u in users)[:10]
        return {"channel": {"id": channel_id}}

    def _m_users_info(self, call: Call, ident: Identity):
        uid = call.params.get("user")
        u = self.users.get(uid or "")
        if u is None:
            return {"ok": False, "error": "user_not_found"}
        return {"user": u.to_api()}

    def _check_trigger(self, trigger_id: str | None) -> dict[str, Any] | None:
        if not trigger_id:
            return {"ok": False, "error": "invalid_trigger_id"}
        if trigger_id in self.used_trigger_ids:
            return {"ok": False, "error": "exchanged_trigger_id"}
        m = _TRIGGER_RE.match(trigger_id)
        if m and self.trigger_ttl is not None:
            issued = int(m.group(1)) / 1000.0
            if time.time() - issued > self.trigger_ttl:
                return {"ok": False, "error": "expired_trigger_id"}
        self.used_trigger_ids.add(trigger_id)
        return None

    def _store_view(self, view: Any, ident: Identity, view_id: str | None = None) -> dict[str, Any]:
        if isinstance(view, str):
            view = json.loads(view)
        view_id = view_id or f"V{next(self._seq):08d}"
        stored = {
            "id": view_id,
            "team_id": ident.team_id,
            "type": view.get("type", "modal"),
            "blocks": view.get("blocks", []),
            "private_metadata": view.get("private_metadata", ""),
            "callback_id": view.get("callback_id", ""),
            "state": {"values": {}},
            "hash": f"{int(time.time())}.{next(self._seq):08d}",
            "title": view.get("title"),
            "close": view.get("close"),
            "submit": view.get("submit"),
            "previous_view_id": None,
            "root_view_id": view_id,
            "app_id": "A0APP",
            "external_id": view.get("external_id", ""),
            "app_installed_team_id": ident.team_id,
            "bot_id": ident.bot_id,
        }
        self.views[view_id] = stored
        return stored

    def _m_views_open(self, call: Call, ident: Identity):
        p = call.params
        err = self._check_trigger(p.get("trigger_id"))
        if err:
            return err
        if not p.get("view"):
            return {"ok": False, "error": "invalid_arguments"}
        return {"view": self._store_view(p["view"], ident)}

    def _m_views_update(self, call: Call, ident: Identity):
        p = call.params
        view_id = p.get("view_id")
        if not view_id and p.get("external_id"):
            view_id = next((v["id"] for v in self.views.values() if v["external_id"] == p["external_id"]), None)
        if not view_id or view_id not in self.views:
            return {"ok": False, "error": "not_found"}
        if not p.get("view"):
            return {"ok": False, "error": "invalid_arguments"}
        return {"view": self._store_view(p["view"], ident, view_id)}

    def _m_views_publish(self, call: Call, ident: Identity):
        """views.publish: a Home tab for one user (type "home", at most 100 blocks)."""
        p = call.params
        view = p.get("view")
        if isinstance(view, str):
            view = json.loads(view)
        if not p.get("user_id") or not isinstance(view, dict):
            return {"ok": False, "error": "invalid_arguments"}
        if view.get("type") != "home" or len(view.get("blocks") or []) > 100:
            return {"ok": False, "error": "invalid_arguments"}
        return {"view": self._store_view(view, ident)}

    def _m_files_getUploadURLExternal(self, call: Call, ident: Identity):
        p = call.params
        if not p.get("filename") or not p.get("length"):
            return {"ok": False, "error": "invalid_arguments"}
        file_id = f"F{next(self._seq):08d}"
        self.uploads[file_id] = {"filename": p["filename"], "length": int(p["length"]), "data": None}
        return {"upload_url": f"{self.url}/upload/{file_id}", "file_id": file_id}

    def _m_files_completeUploadExternal(self, call: Call, ident: Identity):
        p = call.params
        files = p.get("files")
        if isinstance(files, str):
            files = json.loads(files)
        if not files:
            return {"ok": False, "error": "invalid_arguments"}
        if p.get("channel_id"):
            err = self.channel_errors.get(p["channel_id"])
            if err:
                return {"ok": False, "error": err}
        out = []
        for f in files:
            up = self.uploads.get(f.get("id"))
            if up is None or up["data"] is None:
                return {"ok": False, "error": "file_not_found"}
            up["completed"] = True
            up["channel_id"] = p.get("channel_id")
            out.append({"id": f["id"], "title": f.get("title") or up["filename"], "name": up["filename"],
                        "size": len(up["data"])})
        return {"files": out}


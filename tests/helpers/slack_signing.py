"""Build signed Slack -> app HTTP requests (slash commands, interactivity payloads, Events API envelopes).

Shapes follow Slack's API documentation examples; signatures use slack_sdk's own SignatureVerifier:
``X-Slack-Signature: v0=hex(HMAC-SHA256(secret, f"v0:{ts}:{raw_body}"))`` + ``X-Slack-Request-Timestamp``.

    slack = SlackRequestFactory("secret", response_url=fake.response_url)
    req = slack.slash_command("/roundtable", "consult tomorrow")      # -> SignedRequest
    res = await send(session, base_url, req)                            # -> SentResult(status, text, elapsed...)
    res = await send(session, base_url, slack.slash_command("/x", bad_signature=True))    # 401
    res = await send(session, base_url, slack.slash_command("/x", age=360))              # 401 (6 min old)
    ev = slack.event({"type": "app_mention", ...})
    await send(session, base_url, ev); await send(session, base_url, ev.retry(1, "http_timeout"))

Every builder accepts the signing options: ``timestamp=``, ``age=`` (seconds in the past),
``bad_signature=True``, ``retry_num=`` / ``retry_reason=``, ``secret=`` (sign with another secret).
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote, urlencode

import aiohttp
from multidict import CIMultiDict
from slack_sdk.signature import SignatureVerifier

__all__ = ["SlackRequestFactory", "SignedRequest", "SentResult", "send", "sign", "new_trigger_id", "new_event_id"]

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


def new_trigger_id() -> str:
    """A trigger_id that embeds its issue time (ms); slack_api enforces Slack's ~3 s expiry on these.

    Real ones look like "13345224609.738474920.8088930838d88f008e0" - treat them as opaque strings.
    """
    return f"trg-{int(time.time() * 1000)}-{secrets.token_hex(6)}"


def new_event_id() -> str:
    return "Ev" + secrets.token_hex(5).upper()


def sign(
    secret: str,
    body: str,
    *,
    timestamp: int | None = None,
    age: float = 0,
    bad_signature: bool = False,
) -> dict[str, str]:
    """Return the X-Slack-Signature / X-Slack-Request-Timestamp headers for `body`."""
    ts = str(int(timestamp if timestamp is not None else time.time() - age))
    sig = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    assert sig is not None
    if bad_signature:
        sig = "v0=" + ("0" * 64 if sig[3:] != "0" * 64 else "1" * 64)
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig}


@dataclass
class SignedRequest:
    """A ready-to-POST request. `body` is the exact raw string that was signed."""

    body: str
    headers: dict[str, str]
    content_type: str
    path: str = "/slack/events"
    secret: str = ""
    payload: Any = None  # the dict before encoding (form fields or JSON payload), for assertions

    def resign(self, **opts: Any) -> SignedRequest:
        """Same body, fresh signature (keeps retry headers unless retry_num=... given)."""
        retry = {k: v for k, v in self.headers.items() if k.lower().startswith("x-slack-retry")}
        headers = {"Content-Type": self.content_type, **sign(opts.pop("secret", self.secret), self.body, **_sig_opts(opts))}
        if "retry_num" in opts or "retry_reason" in opts:
            retry = _retry_headers(opts.get("retry_num"), opts.get("retry_reason"))
        headers.update(retry)
        return replace(self, headers=headers)

    def retry(self, num: int = 1, reason: str = "http_timeout") -> SignedRequest:
        """The same delivery as Slack would retry it: identical body (same event_id), fresh signature,
        X-Slack-Retry-Num / X-Slack-Retry-Reason headers (reasons: http_timeout, http_error, too_many_redirects,
        ssl_error, connection_failed, unknown_error)."""
        return self.resign(retry_num=num, retry_reason=reason)


def _sig_opts(opts: dict[str, Any]) -> dict[str, Any]:
    return {k: opts[k] for k in ("timestamp", "age", "bad_signature") if k in opts}


def _retry_headers(num: int | None, reason: str | None) -> dict[str, str]:
    h: dict[str, str] = {}
    if num is not None:
        h["X-Slack-Retry-Num"] = str(num)
        h["X-Slack-Retry-Reason"] = reason or "http_timeout"
    return h


@dataclass
class SentResult:
    status: int
    text: str
    headers: CIMultiDict  # case-insensitive
    elapsed: float  # seconds from sending to having the full response

    def json(self) -> Any:
        return json.loads(self.text) if self.text else None


async def send(session: aiohttp.ClientSession, base_url: str, req: SignedRequest) -> SentResult:
    """POST a SignedRequest to base_url + req.path and time it."""
    t0 = time.perf_counter()
    async with session.post(base_url.rstrip("/") + req.path, data=req.body.encode("utf-8"), headers=req.headers) as r:
        text = await r.text()
        return SentResult(r.status, text, CIMultiDict(r.headers), time.perf_counter() - t0)


@dataclass
class SlackRequestFactory:
    """Makes signed requests for one workspace/app. `response_url` may be a str or a zero-arg callable
    (e.g. ``fake.response_url``) so each request gets its own URL on the fake server."""

    signing_secret: str
    response_url: str | Callable[[], str] | None = None
    team_id: str = "T0001"
    team_domain: str = "roundtable-test"
    enterprise_id: str | None = None
    enterprise_name: str | None = None
    api_app_id: str = "A0APP"
    bot_user_id: str = "U0BOT"
    verification_token: str = "legacy-verification-token"  # deprecated `token` field Slack still sends
    path: str = "/slack/events"
    default_user: dict[str, str] = field(default_factory=lambda: {"id": "U1ALICE", "name": "alice"})
    default_channel: dict[str, str] = field(default_factory=lambda: {"id": "C1GENERAL", "name": "general"})

    # ------------------------------------------------------------------ plumbing
    def _resp_url(self, explicit: str | None) -> str:
        if explicit is not None:
            return explicit
        if callable(self.response_url):
            return self.response_url()
        return self.response_url or "https://hooks.slack.com/commands/T0001/1/placeholder"

    def _finish(self, body: str, ctype: str, payload: Any, opts: dict[str, Any]) -> SignedRequest:
        secret = opts.get("secret", self.signing_secret)
        headers = {"Content-Type": ctype, **sign(secret, body, **_sig_opts(opts))}
        headers.update(_retry_headers(opts.get("retry_num"), opts.get("retry_reason")))
        headers.update(opts.get("headers", {}))
        return SignedRequest(body, headers, ctype, opts.get("path", self.path), secret, payload)

    def _form_payload(self, payload: dict[str, Any], opts: dict[str, Any]) -> SignedRequest:
        # interactivity: a single form field `payload` holding url-encoded JSON
        body = "payload=" + quote(json.dumps(payload, separators=(",", ":")), safe="")
        return self._finish(body, FORM, payload, opts)

    def _team(self) -> dict[str, Any]:
        t: dict[str, Any] = {"id": self.team_id, "domain": self.team_domain}
        if self.enterprise_id:
            t.update(enterprise_id=self.enterprise_id, enterprise_name=self.enterprise_name)
        return t

    def _user(self, user_id: str | None, user_name: str | None) -> dict[str, Any]:
        uid = user_id or self.default_user["id"]
        name = user_name or self.default_user["name"]
        return {"id": uid, "username": name, "name": name, "team_id": self.team_id}

    def _enterprise(self) -> dict[str, Any] | None:
        return {"id": self.enterprise_id, "name": self.enterprise_name} if self.enterprise_id else None

    # ------------------------------------------------------------------ slash commands
    def slash_command(
        self,
        command: str = "/roundtable",
        text: str = "",
        *,
        user_id: str | None = None,
        user_name: str | None = None,
        channel_id: str | None = None,
        channel_name: str | None = None,
        trigger_id: str | None = None,
        response_url: str | None = None,
        extra: dict[str, str] | None = None,
        **opts: Any,
    ) -> SignedRequest:
        """Form-encoded body, field set as documented for slash commands."""
        fields: dict[str, str] = {
            "token": self.verification_token,
            "team_id": self.team_id,
            "team_domain": self.team_domain,
        }
        if self.enterprise_id:
            fields.update(enterprise_id=self.enterprise_id, enterprise_name=self.enterprise_name or "")
        fields.update(
            {
                "channel_id": channel_id or self.default_channel["id"],
                "channel_name": channel_name or self.default_channel["name"],
                "user_id": user_id or self.default_user["id"],
                "user_name": user_name or self.default_user["name"],
                "command": command,
                "text": text,
                "api_app_id": self.api_app_id,
                "is_enterprise_install": "false",
                "response_url": self._resp_url(response_url),
                "trigger_id": trigger_id or new_trigger_id(),
            }
        )
        fields.update(extra or {})
        return self._finish(urlencode(fields), FORM, fields, opts)

    # ------------------------------------------------------------------ interactivity
    def block_actions(
        self,
        action_id: str,
        value: str | None = None,
        *,
        block_id: str = "actions_1",
        action_type: str = "button",
        button_text: str = "Click",
        selected_option: dict[str, Any] | None = None,
        user_id: str | None = None,
        user_name: str | None = None,
        channel_id: str | None = None,
        channel_name: str | None = None,
        message: dict[str, Any] | None = None,
        message_ts: str | None = None,
        is_ephemeral: bool = False,
        view: dict[str, Any] | None = None,
        trigger_id: str | None = None,
        response_url: str | None = None,
        state_values: dict[str, Any] | None = None,
        **opts: Any,
    ) -> SignedRequest:
        """A click on a Block Kit element. In a message by default (container.type "message", with
        channel/message/response_url); pass `view=` for an element inside a modal (container.type "view",
        no response_url)."""
        action: dict[str, Any] = {
            "action_id": action_id,
            "block_id": block_id,
            "type": action_type,
            "action_ts": f"{time.time():.6f}",
        }
        if action_type == "button":
            action["text"] = {"type": "plain_text", "text": button_text, "emoji": True}
            if value is not None:
                action["value"] = value
        elif selected_option is not None or value is not None:
            action["selected_option"] = selected_option or {
                "text": {"type": "plain_text", "text": value, "emoji": True},
                "value": value,
            }
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": self._user(user_id, user_name),
            "api_app_id": self.api_app_id,
            "token": self.verification_token,
        }
        if view is None:
            ch = channel_id or self.default_channel["id"]
            ts = message_ts or (message or {}).get("ts") or f"{int(time.time()) - 5}.000100"
            payload["container"] = {"type": "message", "message_ts": ts, "channel_id": ch, "is_ephemeral": is_ephemeral}
        else:
            payload["container"] = {"type": "view", "view_id": view.get("id", "V0VIEW")}
        payload.update(
            {
                "trigger_id": trigger_id or new_trigger_id(),
                "team": self._team(),
                "enterprise": self._enterprise(),
                "is_enterprise_install": False,
            }
        )
        if view is None:
            payload["channel"] = {"id": ch, "name": channel_name or self.default_channel["name"]}
            payload["message"] = message or {
                "type": "message",
                "user": self.bot_user_id,
                "ts": ts,
                "bot_id": "B0BOT",
                "app_id": self.api_app_id,
                "text": "fallback text",
                "team": self.team_id,
                "blocks": [
                    {
                        "type": "actions",
                        "block_id": block_id,
                        "elements": [
                            {
                                "type": action_type,
                                "action_id": action_id,
                                "text": {"type": "plain_text", "text": button_text, "emoji": True},
                                **({"value": value} if value is not None else {}),
                            }
                        ],
                    }
                ],
            }
            payload["state"] = {"values": state_values or {}}
            payload["response_url"] = self._resp_url(response_url)
        else:
            payload["view"] = view
        payload["actions"] = [action]
        return self._form_payload(payload, opts)

    def view_submission(
        self,
        callback_id: str,
        values: dict[str, dict[str, Any]] | None = None,
        *,
        private_metadata: str = "",
        view_id: str = "V0VIEW",
        blocks: list[dict[str, Any]] | None = None,
        user_id: str | None = None,
        user_name: str | None = None,
        trigger_id: str | None = None,
        response_urls: list[dict[str, Any]] | None = None,
        **opts: Any,
    ) -> SignedRequest:
        """A modal submission. `values` is view.state.values:
        ``{block_id: {action_id: {"type": "plain_text_input", "value": "..."}}}``."""
        values = values or {}
        if blocks is None:
            blocks = [
                {
                    "type": "input",
                    "block_id": block_id,
                    "label": {"type": "plain_text", "text": block_id, "emoji": True},
                    "optional": False,
                    "dispatch_action": False,
                    "element": {"type": v.get("type", "plain_text_input"), "action_id": action_id},
                }
                for block_id, actions in values.items()
                for action_id, v in actions.items()
            ]
        payload = {
            "type": "view_submission",
            "team": self._team(),
            "user": self._user(user_id, user_name),
            "api_app_id": self.api_app_id,
            "token": self.verification_token,
            "trigger_id": trigger_id or new_trigger_id(),
            "view": {
                "id": view_id,
                "team_id": self.team_id,
                "type": "modal",
                "blocks": blocks,
                "private_metadata": private_metadata,
                "callback_id": callback_id,
                "state": {"values": values},
                "hash": f"{int(time.time())}.{secrets.token_hex(4)}",
                "title": {"type": "plain_text", "text": "Roundtable", "emoji": True},
                "clear_on_close": False,
                "notify_on_close": False,
                "close": {"type": "plain_text", "text": "Cancel", "emoji": True},
                "submit": {"type": "plain_text", "text": "Submit", "emoji": True},
                "previous_view_id": None,
                "root_view_id": view_id,
                "app_id": self.api_app_id,
                "external_id": "",
                "app_installed_team_id": self.team_id,
                "bot_id": "B0BOT",
            },
            "response_urls": response_urls or [],
            "is_enterprise_install": False,
            "enterprise": self._enterprise(),
        }
        return self._form_payload(payload, opts)

    # ------------------------------------------------------------------ Events API
    def event(
        self,
        event: dict[str, Any],
        *,
        event_id: str | None = None,
        event_time: int | None = None,
        authorizations: list[dict[str, Any]] | None = None,
        **opts: Any,
    ) -> SignedRequest:
        """An `event_callback` envelope (JSON body). Re-send `.retry(n)` of the result to simulate Slack retries."""
        now = int(time.time())
        event = dict(event)
        event.setdefault("event_ts", f"{now}.000200")
        envelope = {
            "token": self.verification_token,
            "team_id": self.team_id,
            "context_team_id": self.team_id,
            "context_enterprise_id": self.enterprise_id,
            "api_app_id": self.api_app_id,
            "event": event,
            "type": "event_callback",
            "event_id": event_id or new_event_id(),
            "event_time": event_time or now,
            "authorizations": authorizations
            if authorizations is not None
            else [
                {
                    "enterprise_id": self.enterprise_id,
                    "team_id": self.team_id,
                    "user_id": self.bot_user_id,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
            "event_context": "4-" + secrets.token_hex(16),
        }
        if self.enterprise_id:
            envelope["enterprise_id"] = self.enterprise_id
        return self._finish(json.dumps(envelope), JSON, envelope, opts)

    def app_mention(self, text: str, *, user_id: str | None = None, channel_id: str | None = None, **kw: Any):
        ts = f"{int(time.time())}.000300"
        ev = {
            "type": "app_mention",
            "user": user_id or self.default_user["id"],
            "text": f"<@{self.bot_user_id}> {text}",
            "ts": ts,
            "channel": channel_id or self.default_channel["id"],
            "event_ts": ts,
        }
        return self.event(ev, **kw)

    def app_uninstalled(self, **kw: Any) -> SignedRequest:
        return self.event({"type": "app_uninstalled"}, **kw)

    def tokens_revoked(self, oauth: list[str] | None = None, bot: list[str] | None = None, **kw: Any):
        bots = [self.bot_user_id] if bot is None else bot
        return self.event({"type": "tokens_revoked", "tokens": {"oauth": oauth or [], "bot": bots}}, **kw)

    def url_verification(self, challenge: str = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", **opts: Any):
        body = {"token": self.verification_token, "challenge": challenge, "type": "url_verification"}
        return self._finish(json.dumps(body), JSON, body, opts)

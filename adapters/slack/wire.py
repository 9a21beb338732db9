"""What arrives on /slack/events, authenticated and parsed before bolt sees it.

slack-bolt's own body parser takes any form body containing the text "payload" for an interactivity payload
(`"payload" in body`), so `/consult profile tags:"payload, CBT"`, a command in #payload-team or any command in a
workspace whose domain contains "payload" came out as an empty request and a 404. It also authenticates after
parsing, so a malformed body or timestamp raised before anyone was authenticated (500 and a traceback).

Here, in order:
  1. the signature and timestamp are checked on the raw bytes (401 for anything unauthenticated, whatever it holds);
  2. the bytes are decoded and parsed as what the Content-Type says: JSON must be an object; a form is its fields,
     unless its only field is `payload`, which must hold a JSON object (400 for malformed authenticated input);
  3. bolt gets a request carrying the exact raw body (it checks the signature again, on the same text) and our
     parsed body, so its parser's guess never applies.
Nothing from outside is logged: a refusal logs its reason only.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.request.async_internals import build_async_context
from slack_bolt.request.async_request import AsyncBoltRequest

log = logging.getLogger("roundtable.slack")

MAX_AGE = 5 * 60  # seconds either way, as Slack documents and bolt enforces


class Refused(Exception):
    """A request answered without reaching bolt: `status` 401 (not from Slack) or 400 (from Slack, malformed)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def authenticate(secret: str, raw: bytes, headers: Mapping[str, str], now: float | None = None) -> None:
    """Refused(401) unless `raw` carries a valid Slack signature made within MAX_AGE of `now`."""
    timestamp = headers.get("x-slack-request-timestamp") or ""
    signature = headers.get("x-slack-signature") or ""
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
        raise Refused(401, "no usable timestamp")
    if abs((time.time() if now is None else now) - int(timestamp)) > MAX_AGE:
        raise Refused(401, "timestamp too far from now")
    # Slack's scheme (slack_sdk's SignatureVerifier), on the bytes: its helper would decode them first.
    digest = hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":" + raw, hashlib.sha256).hexdigest()
    if not signature.isascii() or not hmac.compare_digest("v0=" + digest, signature):
        raise Refused(401, "bad signature")


def parse(raw: bytes, content_type: str | None) -> tuple[str, dict[str, Any]]:
    """The body as text, and as the dict bolt expects; Refused(400) if it is not what Slack sends."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "body is not UTF-8") from None
    if not text:
        return text, {}
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media == "application/json":
        return text, _json_object(text, "JSON body")
    try:
        fields = parse_qsl(text, keep_blank_values=True, strict_parsing=True, errors="strict")
    except (ValueError, UnicodeDecodeError):
        raise Refused(400, "malformed form body") from None
    params = dict(fields)
    if "payload" in params and "command" not in params:  # interactivity: a field holding the JSON payload
        return text, _json_object(params["payload"], "payload")
    return text, params


def _json_object(text: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        raise Refused(400, f"{what} is not valid JSON") from None
    if not isinstance(value, dict):
        raise Refused(400, f"{what} is not a JSON object")
    return value


class ParsedRequest(AsyncBoltRequest):
    """A bolt request whose body we parsed: the raw text still goes to bolt's signature check."""

    def __init__(self, *, raw: str, body: dict[str, Any], query: Any, headers: Any,
                 context: dict[str, Any] | None = None) -> None:
        super().__init__(body="", query=query, headers=headers, context=context, mode="http")
        self.raw_body = raw
        self.body = body
        self.context = build_async_context(AsyncBoltContext(context or {}), body)

    def to_copyable(self) -> ParsedRequest:
        return ParsedRequest(raw=self.raw_body, body=self.body, query=self.query, headers=self.headers,
                             context=self.context.to_copyable())

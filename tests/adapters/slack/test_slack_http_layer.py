"""Our HTTP layer in front of bolt: the raw bytes are authenticated first, then parsed as what they are.

Issue 14, Slack items 1 and 2: a slash command whose form body merely contains the text "payload" used to be
taken for an interactivity payload by bolt's body parser (404 "unhandled request"); malformed bodies, signed or
not, used to give 500 and an ERROR traceback before anyone was authenticated.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from urllib.parse import quote

import pytest

from tests.adapters.slack.conftest import BOB, SECRET, Workspace
from tests.helpers.slack_signing import FORM, JSON, SignedRequest, SlackRequestFactory, send

# 1. Real commands with "payload" somewhere in the form body -------------------------------------------------

async def test_a_command_whose_text_says_payload_reaches_the_core(slack: Workspace) -> None:
    seen = await slack.command('profile tags:"payload, CBT"')
    assert seen.status == 200, seen.response.text
    assert seen.response.text == ""  # the bare acknowledgement, not bolt's 404 "unhandled request"
    shown = await slack.command("profile")
    assert "payload" in shown.text and "CBT" in shown.text


async def test_a_command_in_a_channel_named_payload_team(slack: Workspace) -> None:
    seen = await slack.command("group create Peers", channel_name="payload-team")
    assert seen.status == 200 and "facilitator" in seen.text


async def test_every_command_in_a_workspace_whose_domain_says_payload(slack: Workspace) -> None:
    factory = SlackRequestFactory(SECRET, response_url=slack.fake.response_url, team_id="T0001",
                                  team_domain="payload-therapists")
    seen = await slack.command("group create Peers", factory=factory)
    assert seen.status == 200 and "facilitator" in seen.text
    info = await slack.command("group info", factory=factory, user=BOB)
    assert "Peers" in info.text


async def test_the_signature_still_covers_the_raw_bytes(slack: Workspace) -> None:
    request = slack.factory.slash_command("/consult", 'profile tags:"payload"', user_id=BOB)
    # Same fields, encoded differently (+ for spaces instead of %20): same meaning, other bytes -> refused
    tampered = SignedRequest(request.body.replace("+", "%20"), request.headers, request.content_type)
    assert tampered.body != request.body
    seen = await slack.send(tampered)
    assert seen.status == 401
    assert slack.fake.calls == []


# 2. Garbage: 401 before anything else, then 400; never a traceback -------------------------------------------

def _signed(body: bytes, ctype: str, age: float = 0) -> dict[str, str]:
    """Headers signing the exact bytes (sign() takes text)."""
    ts = str(int(time.time() - age))
    digest = hmac.new(SECRET.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"Content-Type": ctype, "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": "v0=" + digest}


PAYLOAD = "payload=" + quote('{"type":"block_actions","user":{"id":"U1ALICE"', safe="")
EVENT = json.dumps({"type": "event_callback", "team_id": "T0001", "event_id": "Ev1",
                    "event": {"type": "app_mention", "text": "hi"}})[:-9]
GARBAGE = {
    "malformed payload JSON": (PAYLOAD.encode(), FORM),
    "payload not an object": (b"payload=%5B1%2C2%5D", FORM),
    "truncated event": (EVENT.encode(), JSON),
    "event not an object": (b"[1, 2, 3]", JSON),
    "not UTF-8": (b"command=%2Fconsult&text=\xff\xfe\xfd", FORM),
    "not UTF-8 JSON": (b'{"type": "event_callback", "x": "\xff"}', JSON),
}


async def _post(slack: Workspace, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    async with slack.session.post(slack.base_url + "/slack/events", data=body, headers=headers) as response:
        return response.status, await response.text()


@pytest.mark.parametrize("name", list(GARBAGE))
async def test_signed_garbage_is_a_400_without_a_traceback(slack: Workspace, name: str,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    body, ctype = GARBAGE[name]
    with caplog.at_level(logging.DEBUG):
        status, _ = await _post(slack, body, _signed(body, ctype))
        await slack.settled()
    assert status == 400
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert slack.fake.calls == []


@pytest.mark.parametrize("name", list(GARBAGE))
@pytest.mark.parametrize("signing", ["unsigned", "bad signature", "stale"])
async def test_unsigned_garbage_is_a_401_without_a_traceback(slack: Workspace, name: str, signing: str,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    body, ctype = GARBAGE[name]
    headers = {"Content-Type": ctype}
    if signing == "bad signature":
        headers = {**_signed(body, ctype), "X-Slack-Signature": "v0=" + "0" * 64}
    elif signing == "stale":
        headers = _signed(body, ctype, age=360)
    with caplog.at_level(logging.DEBUG):
        status, _ = await _post(slack, body, headers)
    assert status == 401
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


@pytest.mark.parametrize("timestamp", ["soon", "", "1e9", "١٢٣", "99999999999999999999999999"])
async def test_a_non_numeric_timestamp_is_a_401(slack: Workspace, timestamp: str,
                                               caplog: pytest.LogCaptureFixture) -> None:
    request = slack.factory.slash_command("/consult", "group create Peers")
    headers = {**request.headers, "X-Slack-Request-Timestamp": timestamp}
    with caplog.at_level(logging.DEBUG):
        status, _ = await _post(slack, request.body.encode(), headers)
    assert status == 401
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert slack.fake.calls == []


async def test_signed_requests_still_work_after_garbage(slack: Workspace) -> None:
    body, ctype = GARBAGE["truncated event"]
    assert (await _post(slack, body, _signed(body, ctype)))[0] == 400
    seen = await slack.command("group create Peers")
    assert seen.status == 200 and "facilitator" in seen.text
    challenge = await send(slack.session, slack.base_url, slack.factory.url_verification("abc"))
    assert challenge.status == 200 and "abc" in challenge.text

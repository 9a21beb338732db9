"""Issue 11, logs: Slack over HTTP at DEBUG puts no typed text in the log - not a case request, not the support note a
distress answer brings, not the body of a request that was rejected for its signature or its age.

Logging is set up exactly as `roundtable` sets it up (configure_logging), and then every payload-carrying library
logger is turned up to DEBUG, so what keeps the text out is the redaction filter on the root handler."""
from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.clock import ManualClock
from bot.core import Core
from roundtable.compose import Wiring, sweeps_for
from storage.database import Database
from tests.adapters.slack.conftest import BOB, CAROL, DAN, GENERAL, find_button, served
from tests.adapters.slack.test_slack_story import found
from tests.helpers.log_capture import CANARY, assert_no_typed_text, production_logs
from tests.helpers.slack_api import FakeSlackAPI

MEETING = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)   # Tue 1 Dec 2026 18:00 in Denver


async def test_slack_at_debug_logs_no_case_request_no_distress_and_no_rejected_body(
        fake: FakeSlackAPI, core: Core, sqlite_db: Database, clock: ManualClock) -> None:
    with production_logs("DEBUG") as logs:
        async with served(fake, core) as slack:     # built after logging is set up, as `roundtable run` does
            sweeps = sweeps_for(Wiring(core, sqlite_db, clock), slack.adapter.chat)
            await found(slack, BOB, CAROL, DAN)

            # A case request with a client's name and phone number; the identifier check shows it back, and
            # "Post anyway" posts it to the channel: the text goes out in views.open, the submission's
            # acknowledgement, response_url and chat.postMessage bodies.
            await slack.command("case submit")
            question = f"{CANARY} keeps calling me at night. What now?"
            checked = await slack.submit(slack.opened_view(), {"question": question, "context": f"Context: {CANARY}."})
            review = checked.updated_view                   # the acknowledgement carries the review modal
            assert review["title"]["text"] == "Review your request"
            await slack.submit(review, {"send": "Post anyway"})
            posted = [p for p in slack.posts_to(GENERAL) if CANARY in p["text"]]
            assert posted, "the request reached the channel (so its text was in a Web API body)"

            # A distress answer to the check-in: the support note goes to bob alone.
            await sweeps.sweep()                            # the scheduler runs all along
            clock.set(MEETING + timedelta(hours=2))         # the meeting has ended: the check-in opens
            await sweeps.sweep()
            prompt = next(c.params for c in fake.ok_calls_to("chat.postMessage")
                          if c.params["channel"] == _dm_of(fake, BOB) and "Anonymous check-in" in c.params["text"])
            answered = await slack.click(find_button([prompt["blocks"]], "5"), user=BOB)
            assert "Physician Support Line" in answered.text, "the support note was sent"

            # Requests bolt rejects, with the canary in their bodies: a bad signature, and one 10 minutes old.
            forged = await slack.command(f"case note {CANARY}", bad_signature=True)
            stale = await slack.command(f"case note {CANARY}", age=600)
            assert forged.status == stale.status == 401
            await slack.settled()

    text = logs.text
    assert_no_typed_text(text)
    # Refused in front of bolt (adapters/slack/wire.py), on the raw bytes, with the reason only.
    assert "roundtable.slack: refused a request on /slack/events: bad signature" in text
    assert "roundtable.slack: refused a request on /slack/events: timestamp too far from now" in text
    assert "Invalid request signature" not in text and "body:" not in text
    # The libraries did log at DEBUG - each record reduced to where it came from.
    sdk = logs.lines("slack_sdk.")
    assert sdk and all("details withheld" in line for line in sdk), sdk[:3]
    assert any(" DEBUG " in line for line in sdk)
    assert logs.lines("roundtable."), "our own lines still come through"


def _dm_of(fake: FakeSlackAPI, user: str) -> Any:
    for call in fake.ok_calls_to("conversations.open"):
        if call.params.get("users") == user and isinstance(call.response, dict):
            return call.response["channel"]["id"]
    raise AssertionError(f"no DM opened with {user}")


async def test_the_http_server_logs_through_the_redacting_root_handler(monkeypatch: Any) -> None:
    """uvicorn's default logging config gives its loggers handlers of their own, which the root's filter never sees;
    the Slack runner leaves it off, so uvicorn's records reach the root handler and are redacted there."""
    import uvicorn

    from adapters.slack import run as slack_run
    from bot.config import Settings

    configs: list[Any] = []

    class NotServing:
        def __init__(self, config: Any) -> None:
            configs.append(config)

        async def serve(self) -> None:
            return None

    monkeypatch.setattr(slack_run, "build_asgi", lambda adapter: object())
    monkeypatch.setattr(uvicorn, "Server", NotServing)
    with production_logs("INFO", loud=("uvicorn", "uvicorn.error")) as logs:
        await slack_run._serve_mode(slack_run.Running(adapter=None, mode="http"), "http",  # type: ignore[arg-type]
                                    Settings(), "127.0.0.1", None)
        logging.getLogger("uvicorn.error").info("Started server process [%d]", 4242)
        try:
            raise ValueError(f"Invalid HTTP request: {CANARY}")
        except ValueError:
            logging.getLogger("uvicorn.error").exception("Exception in ASGI application")
    [config] = configs
    assert config.log_config is None
    assert "INFO uvicorn.error: Started server process [4242]" in logs.text
    assert "ERROR uvicorn.error: details withheld (from test_log_redaction_slack.py:" in logs.text
    assert "ValueError at test_log_redaction_slack.py:" in logs.text
    assert_no_typed_text(logs.text)

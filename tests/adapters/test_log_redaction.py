"""Issue 11, logs: no typed text in any log line, at any level, kept out by one redaction filter on the root handler.

Unit tests of the filter as configure_logging installs it (a library logger turned up to DEBUG still logs no body;
exceptions are reduced to their type and code locations), and the console end to end in a subprocess: it honours
ROUNDTABLE_LOG_LEVEL, and at DEBUG its log holds neither a case request nor the support note a distress answer
brings. Slack and Discord are driven in tests/adapters/slack/test_log_redaction_slack.py and
tests/adapters/discord/test_log_redaction_discord.py."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.log_capture import CANARY, assert_no_typed_text, production_logs

ROOT = Path(__file__).resolve().parents[2]


def test_a_library_logger_turned_up_to_debug_still_logs_no_body() -> None:
    with production_logs("DEBUG") as logs:
        sdk = logging.getLogger("slack_sdk.web.async_base_client")
        assert sdk.isEnabledFor(logging.DEBUG), "slack_sdk is at DEBUG: only the filter stands in the way"
        body = {"channel": "C1", "text": f"Consultation request: {CANARY}"}
        sdk.debug("Sending a request - url: %s, json: %s", "https://slack.com/api/chat.postMessage", body)
        sdk.debug(f"Received the following response - status: 200, body: {body}")   # pre-formatted, no args
        logging.getLogger("slack_sdk.socket_mode.aiohttp").debug("on_message invoked: (message: %s)", body)
        logging.getLogger("discord.http").debug("%s %s with %s has returned %s", "POST", "/channels/1/messages",
                                                body, 200)
        logging.getLogger("aiohttp.access").info('127.0.0.1 "GET /calendar/%s.ics" 200', "s3cr3t-feed-token")
        logging.getLogger("sqlalchemy.engine.Engine").info("[cached] %r", ("Jonathan Blackwood", 555))
        # A few fixed library texts are allow-listed, with their arguments (process facts, never payloads).
        logging.getLogger("uvicorn.error").info("Started server process [%d]", 4242,
                                                extra={"color_message": "Started server process [%d]"})
    assert_no_typed_text(logs.text)
    assert "s3cr3t-feed-token" not in logs.text
    here = "details withheld (from test_log_redaction.py:"
    assert len(logs.lines("slack_sdk.web.async_base_client: " + here)) == 2
    for name in ("slack_sdk.socket_mode.aiohttp", "discord.http", "aiohttp.access", "sqlalchemy.engine.Engine"):
        [line] = logs.lines(f"{name}: ")
        assert here in line, line
    assert logs.lines("uvicorn.error: ")[-1].endswith("INFO uvicorn.error: Started server process [4242]")


def test_a_library_exception_keeps_its_type_and_place_but_not_its_message() -> None:
    with production_logs("DEBUG") as logs:
        try:
            raise ValueError(f"invalid payload: {CANARY}")
        except ValueError:
            logging.getLogger("aiohttp.server").exception("Error handling request %s", CANARY)
    assert_no_typed_text(logs.text)
    [line] = logs.lines("aiohttp.server")
    assert "ERROR aiohttp.server: details withheld" in line and "ValueError at test_log_redaction.py:" in line
    assert "Traceback" not in logs.text


def test_our_own_lines_keep_their_words_and_lose_exception_messages() -> None:
    with production_logs("DEBUG") as logs:
        log = logging.getLogger("roundtable.core")
        log.info("command %s ok", "group")
        try:
            raise RuntimeError(CANARY)
        except RuntimeError:
            log.exception("command %s failed", "case")
        log.debug("a debug line of ours")
    assert_no_typed_text(logs.text)
    assert "INFO roundtable.core: command group ok" in logs.text
    assert "ERROR roundtable.core: command case failed [RuntimeError at test_log_redaction.py:" in logs.text
    assert "DEBUG roundtable.core: a debug line of ours" in logs.text
    assert "Traceback" not in logs.text


def test_a_broken_log_call_neither_raises_nor_leaks() -> None:
    with production_logs("DEBUG") as logs:
        logging.getLogger("roundtable.core").info("two %s %s", CANARY)     # one argument short
        logging.getLogger("slack_sdk").debug("%d", CANARY)
    assert_no_typed_text(logs.text)
    assert "INFO roundtable.core: unreadable log call (from test_log_redaction.py:" in logs.text


def test_json_lines_carry_fixed_fields_only() -> None:
    import json

    with production_logs("INFO", fmt="json") as logs:
        logging.getLogger("slack_sdk").warning("body: %s", CANARY, extra={"payload": CANARY})
        logging.getLogger("roundtable.cases").info("consultation request posted for group %s", 7)
    records = [r for r in map(json.loads, logs.text.splitlines()) if r["logger"] in ("slack_sdk", "roundtable.cases")]
    fields = {"time", "level", "logger", "event", "command", "outcome", "duration", "adapter"}
    assert [set(r) for r in records] == [fields] * 2
    assert records[0]["event"].startswith("details withheld") and records[0]["level"] == "WARNING"
    assert records[1]["event"] == "consultation request posted for group 7"
    assert_no_typed_text(logs.text)
    from adapters.logging_setup import configure_logging

    with pytest.raises(ValueError, match="unknown log format 'xml'"):
        configure_logging("INFO", fmt="xml")


def test_an_unknown_level_is_refused_with_a_clear_message_and_names_are_case_blind() -> None:
    from adapters.logging_setup import parse_level

    with pytest.raises(ValueError, match=r"unknown log level 'LOUD'.*DEBUG, INFO, WARNING, ERROR, CRITICAL"):
        parse_level("LOUD")
    assert parse_level("debug") == logging.DEBUG and parse_level(" Warning ") == logging.WARNING


def test_configuring_twice_leaves_one_filtered_handler_first_on_the_root() -> None:
    from adapters.logging_setup import RedactingFilter

    with production_logs("INFO"), production_logs("DEBUG"):
        root = logging.getLogger()
        ours = [h for h in root.handlers if any(isinstance(f, RedactingFilter) for f in h.filters)]
        assert len(ours) == 1 and root.handlers[0] is ours[0]
        assert root.level == logging.DEBUG
        # Defence in depth: the payload loggers are pinned quiet unless someone turns them up (as the helper does).
    with production_logs("DEBUG", loud=()):
        for name in ("slack_sdk", "discord.http", "aiohttp.access", "uvicorn.access", "sqlalchemy", "asyncpg"):
            assert not logging.getLogger(name).isEnabledFor(logging.INFO), name


TRANSCRIPT = f"""
time set 2026-11-30 09:00 UTC
@alice: /consult group create Tuesday Peers tz:America/Denver capacity:6
@alice: /consult schedule set weekly on Tuesday at 18:00 from 2026-12-01
@bob: /consult join Tuesday Peers
@bob click "I accept"
@carol: /consult join Tuesday Peers
@carol click "I accept"
@dan: /consult join Tuesday Peers
@dan click "I accept"
@alice: /consult case submit
@alice submit "Consultation request" question="{CANARY} keeps calling me at night. What now?" context="Context: {CANARY}." feedback="Intervention ideas"
expect "could identify a client"
@alice submit "Review your request" send="Post anyway"
expect "Posted in the group's channel"
time +2d
@bob click "5"
expect "Physician Support Line"
"""


def run_console(tmp_path: Path, level: str | None, fmt: str | None = None) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "canary.transcript"
    script.write_text(TRANSCRIPT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("ROUNDTABLE_", "SLACK_", "DISCORD_")) and k not in ("DATABASE_URL", "PORT")}
    env["ROUNDTABLE_CONFIG"] = str(tmp_path / "absent.toml")
    env["PYTHONPATH"] = str(ROOT)
    if level is not None:
        env["ROUNDTABLE_LOG_LEVEL"] = level
    if fmt is not None:
        env["ROUNDTABLE_LOG_FORMAT"] = fmt
    return subprocess.run([sys.executable, "-m", "roundtable.cli", "console", "--script", str(script),
                           "--files", str(tmp_path / "files")],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)


def test_the_console_honours_the_log_level_and_logs_no_typed_text_at_debug(tmp_path: Path) -> None:
    debug = run_console(tmp_path, "DEBUG")
    assert debug.returncode == 0, debug.stderr[-2000:]
    assert CANARY in debug.stdout and "Physician Support Line" in debug.stdout, "the conversation itself is whole"
    log = debug.stderr
    assert " DEBUG " in log, "ROUNDTABLE_LOG_LEVEL=DEBUG reaches the console's log (stderr)"
    assert "INFO roundtable.core: command case ok" in log or "INFO roundtable.core:" in log
    assert "INFO roundtable.cases: consultation request posted" in log
    assert_no_typed_text(log)

    quiet = run_console(tmp_path, None)
    assert quiet.returncode == 0, quiet.stderr[-2000:]
    assert quiet.stderr == "", "without ROUNDTABLE_LOG_LEVEL the console's conversation stays clean"


def test_the_console_refuses_an_unknown_log_level(tmp_path: Path) -> None:
    refused = run_console(tmp_path, "LOUD")
    assert refused.returncode == 2
    assert "unknown log level 'LOUD'" in refused.stderr and "Traceback" not in refused.stderr


def test_json_logs_at_debug_one_object_a_line_with_the_fixed_fields_and_no_typed_text(tmp_path: Path) -> None:
    import json

    done = run_console(tmp_path, "DEBUG", "json")
    assert done.returncode == 0, done.stderr[-2000:]
    assert CANARY in done.stdout, "the conversation itself is whole"
    lines = done.stderr.splitlines()
    assert lines, "DEBUG logs something"
    records = [json.loads(line) for line in lines]       # every line is one JSON object
    fields = {"time", "level", "logger", "event", "command", "outcome", "duration", "adapter"}
    assert all(set(r) == fields for r in records)
    assert any(r["level"] == "DEBUG" for r in records)
    handled = [r for r in records if r["logger"] == "roundtable.core" and r["command"] is not None]
    assert {"group create", "join", "case submit"} <= {r["command"] for r in handled}
    assert all(r["adapter"] == "console" and r["outcome"] in ("ok", "refused", "failed") for r in handled)
    assert all(isinstance(r["duration"], float) and r["duration"] >= 0 for r in handled)
    assert any(r["command"] == "checkin.answer" and r["outcome"] == "ok" for r in handled), "the check-in click is logged"
    assert_no_typed_text(done.stderr)

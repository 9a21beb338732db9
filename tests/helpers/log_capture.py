"""Capture what the production logging setup writes, through the handler and filter it really installs.

    with production_logs("DEBUG", loud=PAYLOAD_LOGGERS) as logs:   # configure_logging as `roundtable` calls it
        ...drive an adapter...
    assert_no_typed_text(logs.text)

`production_logs` calls `roundtable.compose.configure_logging(level)` while `sys.stderr` is a buffer (the root handler it
installs writes to stderr), then turns the named third-party loggers up to DEBUG - as someone debugging might - so
the test shows the redaction filter, not the level pins, keeping their payloads out (and, as in production, those
loggers have no handlers of their own that would bypass the root's). On exit every logger's level, propagation and
handlers and the root's handlers are put back, so the rest of the suite sees logging as it was.
"""
from __future__ import annotations

import contextlib
import io
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

# Typed text that must never reach a log: a case request (a made-up client's name and phone number) ...
CANARY = "CANARY-7Q3Z Jonathan Blackwood 555-0142"
CANARY_PARTS = ("CANARY-7Q3Z", "7Q3Z", "Jonathan", "Blackwood", "555-0142", "5550142")
# ... and the support note shown privately after a distress answer (bot/checkins/texts.py, resources.py): a log
# that holds any of it records that someone answered in distress, and when.
DISTRESS_TRACES = ("Support for you", "carrying a lot", "carrying+a+lot", "Suicide", "Lifeline", "findahelpline",
                   "Physician Support Line", "Physician+Support+Line", "409-0141", "colleague-assistance")
# Loggers known to carry payloads at DEBUG/INFO; the tests turn them all up to DEBUG.
PAYLOAD_LOGGERS = ("slack_bolt", "slack_sdk", "slack_sdk.socket_mode", "slack_sdk.web", "discord", "discord.http",
                   "discord.gateway", "discord.client", "aiohttp", "aiohttp.access", "aiohttp.client",
                   "uvicorn", "uvicorn.error", "uvicorn.access", "asyncpg", "sqlalchemy", "sqlalchemy.engine",
                   "aiosqlite", "websockets", "httpx", "asyncio")


@dataclass
class CapturedLogs:
    stream: io.StringIO = field(default_factory=io.StringIO)

    @property
    def text(self) -> str:
        return self.stream.getvalue()

    def lines(self, logger_prefix: str = "") -> list[str]:
        return [line for line in self.text.splitlines() if f" {logger_prefix}" in line]


@contextlib.contextmanager
def production_logs(level: str = "DEBUG", loud: Iterable[str] = PAYLOAD_LOGGERS,
                    fmt: str | None = None) -> Iterator[CapturedLogs]:
    from roundtable.compose import configure_logging

    manager = logging.Logger.manager
    root = logging.getLogger()
    saved_root = (root.level, list(root.handlers))
    saved = {name: (lg.level, lg.propagate, lg.disabled, list(lg.handlers))
             for name, lg in manager.loggerDict.items() if isinstance(lg, logging.Logger)}
    captured = CapturedLogs()
    stderr = sys.stderr
    sys.stderr = captured.stream          # the handler configure_logging installs writes to (this) stderr
    try:
        configure_logging(level) if fmt is None else configure_logging(level, fmt)
    finally:
        sys.stderr = stderr
    for name in loud:                     # someone debugging turns the chatty libraries up: the filter must hold
        lg = logging.getLogger(name)
        lg.setLevel(logging.DEBUG)
        # As in production, where nothing gives them handlers of their own (earlier tests' uvicorn config did).
        lg.handlers, lg.propagate = [], True
    try:
        yield captured
    finally:
        root.handlers[:] = saved_root[1]
        root.setLevel(saved_root[0])
        for name, lg in manager.loggerDict.items():
            if not isinstance(lg, logging.Logger):
                continue
            lg.level, lg.propagate, lg.disabled, lg.handlers = saved.get(name, (logging.NOTSET, lg.propagate,
                                                                                False, lg.handlers))
        manager._clear_cache()  # type: ignore[attr-defined]


def leaks(text: str) -> list[str]:
    """Each canary part or distress trace found in `text` (case-insensitive), with the line it is on."""
    found = []
    lowered = text.lower()
    for needle in CANARY_PARTS + DISTRESS_TRACES:
        for match in re.finditer(re.escape(needle.lower()), lowered):
            start = text.rfind("\n", 0, match.start()) + 1
            end = text.find("\n", match.end())
            found.append(f"{needle!r} in: {text[start:end if end != -1 else None][:300]}")
    return found


def assert_no_typed_text(text: str) -> None:
    found = leaks(text)
    assert not found, "typed text reached the log:\n" + "\n".join(found[:10])

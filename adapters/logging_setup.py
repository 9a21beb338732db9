"""Logging for every entry point: one root handler, and on it one filter that keeps typed text out of every line.

The promise is that logs never carry what someone typed - a case request, a check-in answer, the support note a
distress answer brings - at any level. Our own loggers ("roundtable.…") are written to that rule. Libraries are
not: slack_bolt logs the whole body of a request it rejects (at INFO), slack_sdk every request and response body at
DEBUG (slack_sdk.socket_mode every message), discord.http each request's data and each response, discord.gateway
each event, aiohttp.access and uvicorn.access log URLs, the database drivers their parameters, and any exception's
message can echo a payload. So the rule is enforced in one place, the filter on the root handler, for every record
that reaches it from any logger:

* our records ("roundtable." names) keep their words; an exception attached to one is reduced to its type and code
  locations (bot.privacy.error_summary), never its message or traceback text;
* a library's record keeps its logger name and level, and its words only if they are one of a few fixed texts
  allow-listed below; otherwise its message becomes "details withheld (from file.py:123)". Never its arguments,
  never its message (libraries pre-format bodies into it with f-strings), extras, stack or exception text; an
  attached exception is kept as its type and code locations;
* slack_bolt's rejected-request record becomes "rejected: bad signature" or "rejected: stale timestamp".

Nothing is dropped: a withheld line still says which library logged, how severely and where. The filter rewrites
the record in place and our handler is the first on the root, so a handler added later sees the redacted record
too. Records only reach the root if their logger propagates: the Slack runner therefore leaves uvicorn's own
logging config off (see adapters/slack/run.py). The level pins below are defence in depth, not the guarantee -
bolt, for one, sets its loggers' levels itself.

Note on names: bolt names its per-app loggers after the app ("roundtable", "roundtable:_on_command"); those are
bolt's, not ours, which is why ours are recognised by the "roundtable." prefix only.
"""
from __future__ import annotations

import json
import logging
import re
import sys
import time
from typing import TextIO

from bot.privacy import error_summary

OURS = "roundtable."
LEVELS = {"DEBUG": logging.DEBUG, "INFO": logging.INFO, "WARNING": logging.WARNING, "WARN": logging.WARNING,
          "ERROR": logging.ERROR, "CRITICAL": logging.CRITICAL}
PLAIN = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Fixed library texts that may be shown as logged: each is the exact format string (record.msg), and its arguments
# are process facts (a pid, the listening address, a migration's revision and description), never a payload.
# A pre-formatted message can never equal one of these, so an f-string with a body in it is never let through.
SAFE_MESSAGES: dict[str, frozenset[str]] = {
    "uvicorn.error": frozenset({
        "Started server process [%d]", "Finished server process [%d]", "Waiting for application startup.",
        "Application startup complete.", "Waiting for application shutdown.", "Application shutdown complete.",
        "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)", "Uvicorn running on %s://[%s]:%d (Press CTRL+C to quit)",
        "Shutting down", "Waiting for connections to close. (CTRL+C to force quit)",
        "Waiting for background tasks to complete. (CTRL+C to force quit)",
    }),
    "alembic.runtime.migration": frozenset({"Context impl %s.", "Will assume %s DDL.", "Running %s"}),
    "alembic.runtime.plugins": frozenset({"setup plugin %s"}),
    "discord.client": frozenset({"logging in using static token"}),
    "discord.gateway": frozenset({"Shard ID %s session has been invalidated."}),
}

# Defence in depth: the loggers that carry payloads are held at these levels or above (the configured level when
# that is higher). The filter does not rely on it: someone debugging may turn any of them up.
PINNED: dict[str, int] = {
    "slack_sdk": logging.WARNING,              # request/response bodies at DEBUG; socket_mode messages
    "slack_bolt": logging.INFO,                # INFO keeps "rejected: ..." (bolt sets its own loggers' levels)
    "discord": logging.INFO,                   # discord.gateway logs every event payload at DEBUG
    "discord.http": logging.WARNING,           # each request's data and each response at DEBUG
    "aiohttp.access": logging.WARNING,         # URLs
    "aiohttp.client": logging.WARNING,
    "uvicorn.access": logging.WARNING,         # URLs
    "websockets": logging.WARNING,             # frames at DEBUG
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "asyncpg": logging.WARNING,                # statements with parameters
    "aiosqlite": logging.WARNING,
    "sqlalchemy": logging.WARNING,
    "sqlalchemy.engine": logging.WARNING,
    "apscheduler": logging.WARNING,            # not a payload: one INFO line per sweep is noise
}

_BOLT_REJECTED = "Invalid request signature detected"
_TIMESTAMP = re.compile(r"timestamp: ([^,)]*)")
_STALE_AFTER = 60 * 5                          # slack_sdk's SignatureVerifier: five minutes either way
_STANDARD = frozenset(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}
_HANDLER_MARK = "_roundtable_root_handler"
_DONE = "_roundtable_redacted"


def parse_level(level: str | int) -> int:
    """A level name (any case) or number -> its number; anything else is a ValueError that says what would do."""
    if isinstance(level, int) and not isinstance(level, bool) and level in LEVELS.values():
        return level
    name = str(level).strip().upper()
    if name in LEVELS:
        return LEVELS[name]
    raise ValueError(f"unknown log level {str(level).strip()!r}: use one of DEBUG, INFO, WARNING, ERROR, CRITICAL "
                     "(ROUNDTABLE_LOG_LEVEL or log_level in config.toml)")


def is_ours(name: str) -> bool:
    return name.startswith(OURS)


class RedactingFilter(logging.Filter):
    """Rewrites every record so that what is formatted can hold no typed text (see the module's docstring).

    Attached to the root handler; never drops a record, and rewrites each one at most once."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, _DONE, False):
            return True
        try:
            if is_ours(record.name):
                self._ours(record)
            else:
                self._library(record)
        except Exception:  # noqa: BLE001 - a filter that raises would break the code that logged
            # e.g. a format string that doesn't match its arguments: say where, nothing else
            record.msg = f"unreadable log call (from {record.filename}:{record.lineno})"
            record.args = ()
            record.exc_info = record.exc_text = record.stack_info = None
            record.__dict__.pop("message", None)
        setattr(record, _DONE, True)
        return True

    @staticmethod
    def _exception(record: logging.LogRecord) -> str:
        """" [ValueError at x.py:12 < y.py:40]" for an attached exception (no message, no traceback text)."""
        info = record.exc_info
        if info and info[1] is not None:
            return f" [{error_summary(info[1])}]"
        if info and info[0] is not None:
            return f" [{info[0].__name__}]"
        if record.exc_text:
            return " [an exception; details withheld]"
        return ""

    def _ours(self, record: logging.LogRecord) -> None:
        # Formatted here, once: a call whose arguments don't fit its format string becomes "unreadable log call"
        # below, instead of logging's error report, which would print the arguments to stderr.
        record.msg = record.getMessage() + self._exception(record)
        record.args = ()
        record.exc_info = record.exc_text = None

    def _library(self, record: logging.LogRecord) -> None:
        text = self._recognised(record)
        if text is None:
            text = f"details withheld (from {record.filename}:{record.lineno})"
        text += self._exception(record)
        for key in [k for k in record.__dict__ if k not in _STANDARD and k != _DONE]:
            del record.__dict__[key]            # extras (uvicorn's color_message, anyone's payload)
        record.msg, record.args = text, ()
        record.message = text
        record.exc_info = record.exc_text = record.stack_info = None

    @staticmethod
    def _recognised(record: logging.LogRecord) -> str | None:
        """The fixed text a known library record may show, or None."""
        msg = record.msg
        if not isinstance(msg, str):
            return None
        if record.name.startswith("slack_bolt") and msg.startswith(_BOLT_REJECTED):
            return f"rejected: {_rejection_reason(msg)}"
        allowed = SAFE_MESSAGES.get(record.name)
        if allowed and msg in allowed:
            try:
                return record.getMessage()
            except (TypeError, ValueError):
                return msg
        return None


def _rejection_reason(message: str) -> str:
    """Why bolt rejected a request, read from its own message (which is then thrown away): slack_sdk's verifier
    refuses a timestamp more than five minutes from now before it looks at the signature."""
    found = _TIMESTAMP.search(message)
    try:
        stamp = int(found.group(1)) if found else 0
    except ValueError:
        return "stale timestamp"
    return "stale timestamp" if abs(time.time() - stamp) > _STALE_AFTER else "bad signature"


# The structured fields a record of ours may carry (`extra={...}`): names from the command registry, an outcome,
# seconds, a platform. Nothing else of a record's extras is ever written.
FIELDS = ("command", "outcome", "duration", "adapter")


class JsonFormatter(logging.Formatter):
    """One JSON object a line with fixed fields only: time, level, logger, event (the redacted message), and
    command, outcome, duration, adapter (null unless one of our own records set them). Never other extras."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname, "logger": record.name, "event": record.getMessage()}
        ours = is_ours(record.name)
        for name in FIELDS:
            value = getattr(record, name, None) if ours else None
            entry[name] = value if isinstance(value, str | int | float) and not isinstance(value, bool) else None
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str | int = "INFO", fmt: str = "plain", stream: TextIO | None = None) -> logging.Handler:
    """Install the root handler (to `stream`, default stderr) with the redaction filter, first among the root's
    handlers; set the root level and pin the payload loggers. Calling it again replaces the handler it installed.
    An unknown level or format is a ValueError with a message fit to show the operator."""
    numeric = parse_level(level)
    if fmt == "plain":
        formatter: logging.Formatter = logging.Formatter(PLAIN)
    elif fmt == "json":
        formatter = JsonFormatter()
    else:
        raise ValueError(f"unknown log format {fmt!r}: use plain or json")
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(formatter)
    handler.addFilter(RedactingFilter())
    setattr(handler, _HANDLER_MARK, True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _HANDLER_MARK, False)]:
        root.removeHandler(old)
    root.handlers.insert(0, handler)           # first: later handlers see the record already redacted
    root.setLevel(numeric)
    # Our namespace at the configured level, whatever it was left at: bolt names its per-app loggers after the app
    # ("roundtable") and sets that logger - the parent of ours - to the root's level at each request.
    logging.getLogger(OURS.rstrip(".")).setLevel(numeric)
    for name, floor in PINNED.items():
        logging.getLogger(name).setLevel(max(floor, numeric))
    return handler

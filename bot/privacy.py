"""Errors in logs without their messages: an exception's text can echo what someone typed (a case request, a
check-in answer, a name), so logs get the error's type and where it happened - enough to find the bug."""
from __future__ import annotations

import traceback
from pathlib import Path


def error_summary(error: BaseException, frames: int = 6) -> str:
    """`ValueError at core.py:236 < groups.py:88`: the type and the innermost code locations, never the message -
    unless the exception's class says its messages are fixed text of our own (`loggable = True`)."""
    stack = traceback.extract_tb(error.__traceback__)[-frames:]
    where = " < ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(stack))
    name = type(error).__name__
    if getattr(type(error), "loggable", False):
        name = f"{name}: {error}"
    return f"{name} at {where}" if where else name

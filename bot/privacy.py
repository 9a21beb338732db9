"""Errors in logs without their messages: an exception's text can echo what someone typed (a case request, a
check-in answer, a name), so logs get the error's type and where it happened - enough to find the bug."""
from __future__ import annotations

import traceback
from pathlib import Path


def error_summary(error: BaseException, frames: int = 6) -> str:
    """`ValueError at core.py:236 < groups.py:88`: the type and the innermost code locations, never the message."""
    stack = traceback.extract_tb(error.__traceback__)[-frames:]
    where = " < ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(stack))
    return f"{type(error).__name__} at {where}" if where else type(error).__name__

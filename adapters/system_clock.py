"""The real clock: the one place that reads the wall clock. The core only ever asks its Clock port."""
from __future__ import annotations

from datetime import UTC, datetime


class SystemClock:
    """The real time, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)

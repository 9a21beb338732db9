"""What the core reports for metrics, as a port: the composition root gives a Prometheus-backed implementation
(adapters/status.py); the default does nothing. Every label is a fixed word - a command or action name from the
registry, an outcome, a nudge kind, a platform - never a person, a group name or anything typed."""
from __future__ import annotations

from typing import Protocol


class Metrics(Protocol):
    def handled(self, kind: str, name: str, outcome: str, adapter: str, seconds: float) -> None:
        """A command, click (action) or form: `kind` "command" | "click" | "form", outcome "ok" | "refused" |
        "failed" | "unknown"."""

    def acknowledged(self, adapter: str, seconds: float) -> None:
        """How long an adapter took to acknowledge a request (Slack's ack, Discord's first response)."""

    def nudge(self, kind: str, state: str, count: int = 1) -> None:
        """Nudges of `kind` that became `state`: due, sent, late, missed, failed."""

    def checkin_round(self, state: str, count: int = 1) -> None:
        """Check-in rounds: opened, released, withheld."""

    def sweep(self, seconds: float) -> None:
        """One scheduler sweep took `seconds`."""

    def leader(self, leading: bool) -> None:
        """Whether this process now holds the scheduling lock."""


class NoMetrics:
    """Records nothing: the default for tests and tools that do not serve /metrics."""

    def handled(self, kind: str, name: str, outcome: str, adapter: str, seconds: float) -> None:
        return None

    def acknowledged(self, adapter: str, seconds: float) -> None:
        return None

    def nudge(self, kind: str, state: str, count: int = 1) -> None:
        return None

    def checkin_round(self, state: str, count: int = 1) -> None:
        return None

    def sweep(self, seconds: float) -> None:
        return None

    def leader(self, leading: bool) -> None:
        return None


NO_METRICS: Metrics = NoMetrics()

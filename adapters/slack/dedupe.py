"""Events API deliveries already claimed, shared by every replica: what the Slack adapter needs of that store.

Slack retries a delivery it thinks was lost (X-Slack-Retry-Num), and behind a load balancer the retry may reach
another replica. The store (storage/slack_seen.py, in the database; built by the composition root) lets exactly
one claim of an event_id through within its expiry, whichever replica makes it. The acknowledgement waits on a
claim, so a claim has a timeout of its own; the adapter processes the event if the claim fails (a rare double
beats a lost uninstall).
"""
from __future__ import annotations

from typing import Protocol


class SeenEventStore(Protocol):
    async def claim(self, event_id: str) -> bool:
        """True for the first claim of `event_id` within its expiry, on any replica; False afterwards."""
        ...

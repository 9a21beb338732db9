"""Slack's Web API errors as the core's DeliveryFailed: one table from Slack's error codes to the reasons the core
acts on (not in the channel, archived, DMs closed, no permission, rate limited, unavailable), keeping Slack's own
code for the log and for decisions only the adapter makes (an expired trigger_id, a revoked token).
"""
from __future__ import annotations

import asyncio

import aiohttp
from slack_sdk.errors import SlackApiError

from bot.ports import DeliveryFailed

REASONS = {
    "not_in_channel": "not_in_channel",
    "is_archived": "channel_archived",
    "channel_is_archived": "channel_archived",
    "channel_not_found": "channel_not_found",
    "cannot_dm_bot": "dm_closed",
    "user_disabled": "dm_closed",
    "user_not_found": "dm_closed",
    "user_not_visible": "dm_closed",
    "messages_tab_disabled": "dm_closed",
    "cannot_reply_to_message": "dm_closed",
    "missing_scope": "missing_permissions",
    "not_authed": "missing_permissions",
    "invalid_auth": "missing_permissions",
    "account_inactive": "missing_permissions",
    "token_revoked": "missing_permissions",
    "token_expired": "missing_permissions",
    "no_permission": "missing_permissions",
    "restricted_action": "missing_permissions",
    "restricted_action_read_only_channel": "missing_permissions",
    "team_access_not_granted": "missing_permissions",
    "ekm_access_denied": "missing_permissions",
    "ratelimited": "rate_limited",
    "rate_limited": "rate_limited",
    "fatal_error": "unavailable",
    "internal_error": "unavailable",
    "service_unavailable": "unavailable",
    "request_timeout": "unavailable",
}
TRANSIENT = {"rate_limited", "unavailable"}
REVOKED = {"invalid_auth", "account_inactive", "token_revoked", "token_expired"}


class SlackDeliveryFailed(DeliveryFailed):
    """The core's DeliveryFailed, keeping Slack's own error code (`is_archived`, `expired_trigger_id`, …)."""

    def __init__(self, reason: str, permanent: bool, code: str = "") -> None:
        super().__init__(reason, permanent, code)
        self.code = code


def classify(error: BaseException) -> SlackDeliveryFailed:
    """A Web API exception as the core's DeliveryFailed, with the Slack error code kept."""
    if isinstance(error, SlackDeliveryFailed):
        return error
    if isinstance(error, DeliveryFailed):
        return SlackDeliveryFailed(error.reason, error.permanent, str(error))
    if isinstance(error, SlackApiError):
        status = getattr(error.response, "status_code", 200)
        code = ""
        try:
            code = str(error.response.get("error") or "")
        except Exception:  # noqa: BLE001 - a body that is not JSON
            code = ""
        if status == 429:
            reason = "rate_limited"
        elif status >= 500:
            reason = "unavailable"
        else:
            reason = REASONS.get(code, "unknown")
        return SlackDeliveryFailed(reason, reason not in TRANSIENT, code or f"HTTP {status}")
    if isinstance(error, (aiohttp.ClientError, asyncio.TimeoutError, OSError)):
        return SlackDeliveryFailed("unavailable", False, type(error).__name__)
    return SlackDeliveryFailed("unknown", True, type(error).__name__)

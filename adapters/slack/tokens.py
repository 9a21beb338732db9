"""Which bot token speaks for a workspace: one token for a single-workspace deployment, or one per installation
(adapters.slack.oauth.WorkspaceTokens). Delivery asks for a client per workspace and reports a token Slack no
longer accepts, so it is not used again.
"""
from __future__ import annotations

import logging
from typing import Protocol

from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger("roundtable.slack")


class ClientSource(Protocol):
    """A Web API client holding the bot token of a workspace (one token, or one per installation)."""

    async def client_for(self, workspace: str) -> AsyncWebClient: ...
    def forget(self, workspace: str) -> None: ...


class StaticClients:
    """A single-workspace deployment: one bot token for everything."""

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client

    async def client_for(self, workspace: str) -> AsyncWebClient:
        return self.client

    def forget(self, workspace: str) -> None:
        log.warning("Slack says the bot token is no longer valid; update SLACK_BOT_TOKEN")

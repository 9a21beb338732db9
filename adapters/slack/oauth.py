"""Multi-workspace distribution: OAuth install, installations in our database, tokens per workspace.

slack-sdk's `AsyncSQLAlchemyInstallationStore` and `AsyncSQLAlchemyOAuthStateStore` work on our own async
engine (aiosqlite or asyncpg), so no sync driver is needed. The OAuth state lives in the database too, so the
install page and the redirect may be served by different replicas.

Authorization runs before every acknowledgement, so it must be quick whatever the database is doing: the bot
token of a workspace is cached in the process for a few minutes, read with a timeout, and built from what the
installation recorded (no auth.test round trip per request).
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.async_authorize import AsyncAuthorize
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.oauth.async_callback_options import AsyncCallbackOptions, AsyncFailureArgs, AsyncSuccessArgs
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.response import BoltResponse
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.ports import DeliveryFailed
from bot.privacy import error_summary

log = logging.getLogger("roundtable.slack.oauth")

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"


class InstallationTables(Protocol):
    """The names of slack-sdk's tables in our database: created by our migrations (storage/slack_tables.py,
    migration 0007) and handed over by the composition root, so the adapter names no table of its own."""

    @property
    def bots_table(self) -> str: ...
    @property
    def installations_table(self) -> str: ...
    @property
    def oauth_states_table(self) -> str: ...


class WorkspaceTokens(AsyncAuthorize):
    """Bot tokens per workspace from the installation store: bolt's authorize, and the ChatPort's ClientSource."""

    def __init__(self, store: AsyncSQLAlchemyInstallationStore, base_client: AsyncWebClient,
                 ttl: float = 300.0, lookup_timeout: float = 2.0) -> None:
        self.store = store
        self.base_client = base_client
        self.ttl = ttl
        self.lookup_timeout = lookup_timeout
        self._cache: dict[tuple[str | None, str | None], tuple[float, AuthorizeResult]] = {}

    async def __call__(self, *, context: AsyncBoltContext, enterprise_id: str | None, team_id: str | None,
                       user_id: str | None, actor_enterprise_id: str | None = None,
                       actor_team_id: str | None = None, actor_user_id: str | None = None) -> AuthorizeResult | None:
        try:
            return await self.lookup(enterprise_id, team_id, bool(context.is_enterprise_install))
        except Exception as error:  # noqa: BLE001 - bolt then answers its user-facing "not available" text
            log.warning("installation lookup for %s failed: %s", team_id, type(error).__name__)
            return None

    async def lookup(self, enterprise_id: str | None, team_id: str | None,
                     is_enterprise_install: bool = False) -> AuthorizeResult | None:
        key = (enterprise_id, None if is_enterprise_install else team_id)
        cached = self._cache.get(key)
        if cached is not None and cached[0] > time.monotonic():
            return cached[1]
        bot = await asyncio.wait_for(
            self.store.async_find_bot(enterprise_id=enterprise_id, team_id=team_id,
                                      is_enterprise_install=is_enterprise_install),
            self.lookup_timeout)
        if bot is None or not bot.bot_token:
            self._cache.pop(key, None)
            return None
        result = AuthorizeResult(enterprise_id=bot.enterprise_id, team_id=bot.team_id, bot_token=bot.bot_token,
                                 bot_id=bot.bot_id, bot_user_id=bot.bot_user_id, bot_scopes=bot.bot_scopes)
        self._cache[key] = (time.monotonic() + self.ttl, result)
        return result

    def forget(self, workspace: str) -> None:
        for key in [k for k in self._cache if k[1] == workspace]:
            del self._cache[key]

    async def client_for(self, workspace: str) -> AsyncWebClient:
        try:
            result = await self.lookup(None, workspace)
        except Exception as error:  # noqa: BLE001
            raise DeliveryFailed("unavailable", False, f"installation lookup: {type(error).__name__}") from error
        if result is None:
            raise DeliveryFailed("missing_permissions", True, f"Roundtable is not installed in {workspace}")
        base = self.base_client
        return AsyncWebClient(token=result.bot_token, base_url=base.base_url, timeout=base.timeout, ssl=base.ssl,
                              proxy=base.proxy, session=base.session, retry_handlers=base.retry_handlers,
                              team_id=workspace, logger=base.logger)

    async def remove(self, enterprise_id: str | None, team_id: str | None) -> None:
        """The workspace uninstalled the app or revoked its token: its tokens go."""
        await self.store.async_delete_bot(enterprise_id=enterprise_id, team_id=team_id)
        await self.store.async_delete_installation(enterprise_id=enterprise_id, team_id=team_id)
        if team_id:
            self.forget(team_id)

    async def remove_user_tokens(self, enterprise_id: str | None, team_id: str | None, users: Sequence[str]) -> None:
        for user in users:
            await self.store.async_delete_installation(enterprise_id=enterprise_id, team_id=team_id, user_id=user)


class InstallCallbacks:
    """bolt's success and failure pages for the install flow: a successful installation forgets the workspace's
    cached token (a reinstall brings a new one) and calls `on_installed(team_id)` (e.g. the adapter's
    workspace-installed hook, cancelling a pending purge)."""

    def __init__(self, tokens: WorkspaceTokens, on_installed: Callable[[str], Awaitable[object]] | None) -> None:
        self.tokens = tokens
        self.on_installed = on_installed

    async def success(self, args: AsyncSuccessArgs) -> BoltResponse:
        team_id = args.installation.team_id
        if team_id:
            self.tokens.forget(team_id)  # a reinstall brings a new token
            if self.on_installed is not None:
                try:
                    await self.on_installed(team_id)
                except Exception as error:  # noqa: BLE001 - the installation itself succeeded
                    log.error("on_installed hook failed: %s", error_summary(error))
        return await args.default.success(args)

    async def failure(self, args: AsyncFailureArgs) -> BoltResponse:
        log.info("Slack installation failed: %s", args.reason)
        return await args.default.failure(args)


@dataclass(frozen=True)
class OAuth:
    """What bolt needs for the install flow, and our token source built on the same store."""

    settings: AsyncOAuthSettings
    tokens: WorkspaceTokens
    store: AsyncSQLAlchemyInstallationStore
    state_store: AsyncSQLAlchemyOAuthStateStore


def build_oauth(engine: AsyncEngine, client_id: str, client_secret: str, base_client: AsyncWebClient, *,
                tables: InstallationTables, scopes: Sequence[str], redirect_uri: str | None = None, state_expiration_seconds: int = 600,
                on_installed: Callable[[str], Awaitable[object]] | None = None) -> OAuth:
    """`on_installed(team_id)` runs after each successful installation."""
    # The tables are created by our migrations (storage/slack_tables.py, migration 0007), with these names.
    store = AsyncSQLAlchemyInstallationStore(client_id=client_id, engine=engine, bots_table_name=tables.bots_table,
                                             installations_table_name=tables.installations_table)
    state_store = AsyncSQLAlchemyOAuthStateStore(expiration_seconds=state_expiration_seconds, engine=engine,
                                                 table_name=tables.oauth_states_table)
    tokens = WorkspaceTokens(store, base_client)
    callbacks = InstallCallbacks(tokens, on_installed)
    settings = AsyncOAuthSettings(
        client_id=client_id, client_secret=client_secret, scopes=list(scopes), user_scopes=[],
        redirect_uri=redirect_uri, install_path=INSTALL_PATH, redirect_uri_path=REDIRECT_PATH,
        installation_store=store, installation_store_bot_only=True, state_store=state_store,
        state_expiration_seconds=state_expiration_seconds,
        callback_options=AsyncCallbackOptions(success=callbacks.success, failure=callbacks.failure),
    )
    return OAuth(settings, tokens, store, state_store)

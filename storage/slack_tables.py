"""The Slack adapter's tables, in our metadata so that our migrations create them and the schema test sees them.

The installation store's and OAuth state store's tables are slack-sdk's own, built by slack-sdk's builders
(`SQLAlchemyInstallationStore.build_*_table`, `SQLAlchemyOAuthStateStore.build_oauth_states_table`), so they are the
tables its `AsyncSQLAlchemyInstallationStore` reads and writes. Migration 0007 creates them.

`slack_seen_events` holds the Events API deliveries already claimed, by event_id, until they expire: Slack retries
a delivery it thinks was lost, and the retry may reach another replica.
"""
from __future__ import annotations

from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Column, Index, String, Table

from storage.metadata import UTCDateTime, metadata

BOTS_TABLE = "slack_bots"
INSTALLATIONS_TABLE = "slack_installations"
OAUTH_STATES_TABLE = "slack_oauth_states"

slack_bots = SQLAlchemyInstallationStore.build_bots_table(metadata, BOTS_TABLE)
slack_installations = SQLAlchemyInstallationStore.build_installations_table(metadata, INSTALLATIONS_TABLE)
slack_oauth_states = SQLAlchemyOAuthStateStore.build_oauth_states_table(metadata, OAUTH_STATES_TABLE)

slack_seen_events = Table(
    "slack_seen_events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("expires_at", UTCDateTime(), nullable=False),
    Index(None, "expires_at"),
)

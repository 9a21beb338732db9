"""The whole schema: every tables module, imported for its tables, on the one `metadata` of storage/metadata.py.

Import `metadata` from here wherever every table must be known (Alembic's env.py, `Database.create_all`, the
workspace export and purge, the schema tests); a tables module alone registers only its own tables.
"""
from __future__ import annotations

from storage import (
    case_tables,  # consultation requests and data lifecycle
    checkin_tables,  # check-in rounds, counts and answered markers
    directory_tables,  # join requests and shared resources
    slack_tables,  # slack-sdk's installation store, seen Slack events
    tables,  # groups, members, meetings, profiles, swaps, the nudge ledger
)
from storage.metadata import metadata

__all__ = ["case_tables", "checkin_tables", "directory_tables", "metadata", "slack_tables", "tables"]

"""Workspaces that removed the app, and the purge of their data once the grace period has ended.

The Slack adapter calls `mark_departed` on `app_uninstalled`, the Discord adapter on leaving a server;
`mark_returned` when it is installed again. `SqlDepartedWorkspaces` is the lifecycle service's port
(bot/lifecycle/ports.py): `LifecycleService.sweep` purges through it every workspace whose grace period has ended.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select

from bot.identity import WorkspaceRef
from bot.lifecycle.service import DEFAULT_GRACE
from storage.case_tables import workspace_departures
from storage.database import Database
from storage.workspaces import purge_workspace

log = logging.getLogger("roundtable.lifecycle")


async def mark_departed(db: Database, platform: str, workspace: str, now: datetime,
                        grace: timedelta = DEFAULT_GRACE) -> datetime:
    """The app was removed: purge after `grace` unless it comes back. A repeated notice keeps the first date."""
    d = workspace_departures.c
    async with db.engine.begin() as conn:
        existing = (await conn.execute(select(d.purge_after).where(
            d.platform == platform, d.workspace_id == workspace))).scalar()
        if existing is not None:
            return existing  # type: ignore[no-any-return]
        purge_after = now + grace
        await conn.execute(workspace_departures.insert().values(
            platform=platform, workspace_id=workspace, departed_at=now, purge_after=purge_after))
    log.info("workspace departed (%s); purge scheduled", platform)
    return purge_after


async def mark_returned(db: Database, platform: str, workspace: str) -> bool:
    """The app was installed again: nothing will be purged. True if a purge was pending."""
    d = workspace_departures.c
    async with db.engine.begin() as conn:
        result = await conn.execute(delete(workspace_departures).where(
            d.platform == platform, d.workspace_id == workspace))
    return bool(result.rowcount)


async def departure(db: Database, platform: str, workspace: str) -> datetime | None:
    """When the workspace's data will be purged, if the app was removed."""
    d = workspace_departures.c
    async with db.engine.connect() as conn:
        purge_after: datetime | None = (await conn.execute(select(d.purge_after).where(
            d.platform == platform, d.workspace_id == workspace))).scalar()
    return purge_after


async def purge_due(db: Database, now: datetime) -> list[WorkspaceRef]:
    """Purge every departed workspace whose grace period has ended. Returns which."""
    d = workspace_departures.c
    async with db.engine.connect() as conn:
        due = (await conn.execute(select(d.platform, d.workspace_id).where(d.purge_after <= now)
                                  .order_by(d.purge_after))).all()
    purged = []
    for platform, workspace in due:
        await purge_workspace(db, platform, workspace)  # removes the departure row too: it is the workspace's
        purged.append(WorkspaceRef(platform, workspace))
    return purged


async def next_purge(db: Database) -> datetime | None:
    async with db.engine.connect() as conn:
        earliest: datetime | None = (await conn.execute(
            select(func.min(workspace_departures.c.purge_after)))).scalar()
    return earliest


class SqlDepartedWorkspaces:
    """The lifecycle service's `DepartedWorkspaces` port over the database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def purge_due(self, now: datetime) -> list[WorkspaceRef]:
        return await purge_due(self.db, now)

    async def next_purge(self) -> datetime | None:
        return await next_purge(self.db)

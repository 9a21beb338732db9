"""A workspace's data, whole: export it, purge it, and purge it on its own after the app was removed.

Which rows belong to a workspace is read from the schema itself: a table with `platform` and `workspace_id`
columns belongs directly (groups, profiles, departures), and any other table belongs through its foreign keys
(members -> groups, participations -> meetings -> groups, ...). So tables added later are exported and purged
without touching this module, as long as they hang off a workspace's groups or carry the two columns.
Tables outside `storage.tables.metadata` (the Slack adapter's installation store) are the adapters' business.

Departures: the Slack adapter calls `mark_departed` on `app_uninstalled`, the Discord adapter on leaving a server;
`mark_returned` when it is installed again. `purge_due` (run by `LifecycleService.sweep`) purges every workspace
whose grace period has ended.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, Table, and_, delete, func, select
from sqlalchemy.sql.elements import ColumnElement

from bot.checkins.rounds import CLOSED
from bot.clock import Clock
from bot.identity import WorkspaceRef
from bot.ports import Sweepable
from storage import tables
from storage.case_tables import workspace_departures
from storage.checkin_tables import checkin_answered, checkin_counts, checkin_rounds
from storage.database import Database

log = logging.getLogger("roundtable.lifecycle")

DEFAULT_GRACE = timedelta(days=30)


def _belongs(table: Table, platform: str, workspace: str, seen: frozenset[str] = frozenset()) -> ColumnElement[bool] | None:
    """A condition selecting the table's rows that belong to the workspace, or None if it has no such rows."""
    columns = table.c
    if "platform" in columns and "workspace_id" in columns:
        return and_(columns.platform == platform, columns.workspace_id == workspace)
    for foreign_key in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
        parent = foreign_key.column.table
        if parent.name in seen or not isinstance(parent, Table):
            continue
        condition = _belongs(parent, platform, workspace, seen | {table.name})
        if condition is not None:
            return foreign_key.parent.in_(select(foreign_key.column).where(condition))
    return None


def _scoped(platform: str, workspace: str) -> list[tuple[Table, ColumnElement[bool]]]:
    """Every table with rows of the workspace, parents before children."""
    found = []
    for table in tables.metadata.sorted_tables:
        condition = _belongs(table, platform, workspace)
        if condition is not None:
            found.append((table, condition))
    return found


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def _exported(table: Table, condition: ColumnElement[bool]) -> Select[Any] | None:
    """What of a table an export may show. Check-in rounds leave the database only as released results: an open
    round's key, who has answered (markers) and its running counts never do, nor a closed round's counts that
    were withheld."""
    rounds = checkin_rounds
    released = select(rounds.c.id).where(rounds.c.status == CLOSED, rounds.c.released.is_(True))
    if table is checkin_answered:
        return None
    if table is rounds:
        columns = [c for c in table.columns if c.name != "secret"]
        return select(*columns).where(condition, rounds.c.status == CLOSED)
    if table is checkin_counts:
        return select(table).where(condition, table.c.round_id.in_(released))
    return select(table).where(condition)


async def export_workspace(db: Database, platform: str, workspace: str) -> dict[str, Any]:
    """Everything stored for the workspace that may leave it, as JSON-ready data:
    {"workspace": …, "tables": {name: [rows]}}."""
    out: dict[str, list[dict[str, Any]]] = {}
    async with db.engine.connect() as conn:
        for table, condition in _scoped(platform, workspace):
            query = _exported(table, condition)
            if query is None:
                continue
            stmt = query.order_by(*table.primary_key.columns)
            rows = (await conn.execute(stmt)).mappings().all()
            out[table.name] = [{key: _plain(value) for key, value in row.items()} for row in rows]
    return {"platform": platform, "workspace": workspace, "tables": out}


async def purge_workspace(db: Database, platform: str, workspace: str) -> dict[str, int]:
    """Delete everything stored for the workspace, in one transaction. Returns rows deleted per table."""
    counts: dict[str, int] = {}
    async with db.engine.begin() as conn:
        for table, condition in reversed(_scoped(platform, workspace)):
            result = await conn.execute(delete(table).where(condition))
            if result.rowcount:
                counts[table.name] = int(result.rowcount)
    log.info("purged workspace data (%s): %d rows", platform, sum(counts.values()))
    return counts


async def known_workspaces(db: Database) -> list[WorkspaceRef]:
    g, p = tables.groups, tables.profiles
    async with db.engine.connect() as conn:
        rows = (await conn.execute(select(g.c.platform, g.c.workspace_id).union(
            select(p.c.platform, p.c.workspace_id)))).all()
    return [WorkspaceRef(platform, ident) for platform, ident in sorted(rows)]


async def resolve_workspace(db: Database, text: str) -> WorkspaceRef:
    """`slack:T0123` or `discord:81234…`, or a bare id that names exactly one known workspace."""
    platform, sep, ident = text.partition(":")
    if sep and platform and ident:
        return WorkspaceRef(platform, ident)
    matches = [w for w in await known_workspaces(db) if w.id == text]
    if len(matches) != 1:
        raise ValueError(f"no single workspace called {text!r}; write it as PLATFORM:ID (e.g. slack:T0123)"
                         if not matches else f"{text!r} exists on several platforms; write it as PLATFORM:ID")
    return matches[0]


# Workspaces that removed the app -------------------------------------------------------------------


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
        return (await conn.execute(select(d.purge_after).where(  # type: ignore[no-any-return]
            d.platform == platform, d.workspace_id == workspace))).scalar()


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
        return (await conn.execute(select(func.min(workspace_departures.c.purge_after)))).scalar()


# One sweep for the scheduler -------------------------------------------------------------------------


@dataclass
class LifecycleReport:
    purged: list[WorkspaceRef] = field(default_factory=list)
    reports: list[Any] = field(default_factory=list)


class LifecycleService:
    """Purges departed workspaces and runs the core's own lifecycle sweeps (request retention, re-acceptance
    prompts). The scheduler calls `sweep` beside the nudge sweep; the console walks its clock by `next_due`."""

    def __init__(self, db: Database, clock: Clock, *sweepers: Sweepable) -> None:
        self.db = db
        self.clock = clock
        self.sweepers = sweepers

    async def sweep(self) -> LifecycleReport:
        report = LifecycleReport(await purge_due(self.db, self.clock.now()))
        for sweeper in self.sweepers:
            report.reports.append(await sweeper.sweep())
        return report

    async def next_due(self) -> datetime | None:
        found = [await next_purge(self.db)] + [await s.next_due() for s in self.sweepers]
        moments = [m for m in found if m is not None]
        return min(moments) if moments else None


__all__ = ["DEFAULT_GRACE", "LifecycleReport", "LifecycleService", "departure", "export_workspace",
           "known_workspaces", "mark_departed", "mark_returned", "next_purge", "purge_due", "purge_workspace",
           "resolve_workspace"]

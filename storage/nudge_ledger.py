"""The nudge ledger: which nudges are planned, claimed for delivery, sent or failed, and which groups are due."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.nudges.plan import NudgeKey, NudgeRecord
from storage import tables
from storage.engine import on_postgres
from storage.metadata import UTCDateTime


class SqlNudges:
    """The nudge ledger, written with bulk Core statements (a sweep can record tens of thousands of rows)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def groups_due(self, now: datetime, after_id: int, limit: int) -> list[int]:
        g = tables.groups
        stmt = (select(g.c.id).where(g.c.next_nudge_at <= now, g.c.id > after_id)
                .order_by(g.c.id).limit(limit))
        return list((await self.session.execute(stmt)).scalars().all())

    async def recorded(self, group_ids: list[int], since: datetime) -> set[NudgeKey]:
        """The keys already in the ledger. One row per group, meeting and kind, with its recipients joined
        (group_concat / string_agg): a meeting's RSVP nudges are one row, not one per member."""
        n = tables.nudges
        recipients = func.aggregate_strings(n.c.recipient, _RECIPIENT_SEPARATOR)
        keys: set[NudgeKey] = set()
        for start in range(0, len(group_ids), 900):
            stmt = (select(n.c.group_id, n.c.occurrence, n.c.meeting_start, n.c.kind, recipients)
                    .where(n.c.group_id.in_(group_ids[start:start + 900]), n.c.meeting_start >= since)
                    .group_by(n.c.group_id, n.c.occurrence, n.c.meeting_start, n.c.kind))
            for group_id, occurrence, meeting_start, kind, joined in (await self.session.execute(stmt)).all():
                keys.update(NudgeKey(group_id, occurrence, meeting_start, kind, recipient)
                            for recipient in joined.split(_RECIPIENT_SEPARATOR))
        return keys

    async def record(self, rows: list[NudgeRecord]) -> int:
        if not rows:
            return 0
        if self._postgres():
            # One INSERT ... SELECT FROM unnest(arrays) per batch: PostgreSQL inserts the rows as a set, where an
            # executemany costs a statement execution per row (measured: 40% of a sweep that records 80,000).
            for start in range(0, len(rows), 10_000):
                batch = rows[start:start + 10_000]
                await self.session.execute(_INSERT_NUDGES_FROM_ARRAYS, {
                    "group_ids": [r.key.group_id for r in batch],
                    "occurrences": [r.key.occurrence for r in batch],
                    "meeting_starts": [r.key.meeting_start for r in batch],
                    "kinds": [r.key.kind for r in batch],
                    "recipients": [r.key.recipient for r in batch],
                    "due_ats": [r.due_at for r in batch],
                    "statuses": [r.status for r in batch],
                    "lates": [r.late for r in batch],
                })
            return len(rows)
        values = [
            {"group_id": r.key.group_id, "occurrence": r.key.occurrence, "meeting_start": r.key.meeting_start,
             "kind": r.key.kind, "recipient": r.key.recipient, "due_at": r.due_at, "status": r.status,
             "attempts": 0, "late": r.late}
            for r in rows
        ]
        stmt = sqlite_insert(tables.nudges).on_conflict_do_nothing(
            index_elements=["group_id", "occurrence", "meeting_start", "kind", "recipient"])
        for start in range(0, len(values), 2000):
            await self.session.execute(stmt, values[start:start + 2000])
        return len(values)

    async def advance(self, looked: list[tuple[int, datetime | None]], now: datetime) -> None:
        """One statement per batch of groups, rather than the ORM's per-object bookkeeping."""
        if not looked:
            return
        if self._postgres():
            for start in range(0, len(looked), 10_000):
                batch = looked[start:start + 10_000]
                await self.session.execute(_ADVANCE_GROUPS_FROM_ARRAYS, {
                    "group_ids": [group_id for group_id, _ in batch],
                    "next_ats": [next_at for _, next_at in batch],
                    "now": now,
                })
            return
        g = tables.groups
        stmt = update(g).where(g.c.id == bindparam("group_id")).values(
            next_nudge_at=bindparam("next_at"), nudged_through=now)
        for start in range(0, len(looked), 2000):
            await self.session.execute(stmt, [{"group_id": group_id, "next_at": next_at}
                                              for group_id, next_at in looked[start:start + 2000]])

    def _postgres(self) -> bool:
        return on_postgres(self.session)

    async def deliverable(self, now: datetime, limit: int) -> list[NudgeRecord]:
        n = tables.nudges
        stmt = select(n).where(or_(
            n.c.status == "pending",
            and_(n.c.status == "retry", n.c.next_attempt_at <= now),
            and_(n.c.status == "sending", n.c.lease_until <= now),
        )).order_by(n.c.due_at, n.c.id).limit(limit)
        return [_record(row) for row in (await self.session.execute(stmt)).mappings().all()]

    async def claim_many(self, record_ids: list[int], now: datetime, lease_until: datetime) -> set[int]:
        """Take rows for delivery; returns those taken (not held by another process, not done). Atomic."""
        n = tables.nudges
        stmt = update(n).where(n.c.id.in_(record_ids), or_(
            n.c.status == "pending",
            and_(n.c.status == "retry", n.c.next_attempt_at <= now),
            and_(n.c.status == "sending", n.c.lease_until <= now),
        )).values(status="sending", lease_until=lease_until).returning(n.c.id)
        return set((await self.session.execute(stmt)).scalars().all())

    async def finish(self, record: NudgeRecord) -> None:
        n = tables.nudges
        await self.session.execute(update(n).where(n.c.id == record.id).values(
            status=record.status, attempts=record.attempts, next_attempt_at=record.next_attempt_at,
            sent_at=record.sent_at, reference=(record.reference or None) and record.reference[:200],
            reason=record.reason, lease_until=None))

    async def next_due(self) -> datetime | None:
        g, n = tables.groups, tables.nudges
        first_group = (await self.session.execute(select(func.min(g.c.next_nudge_at)))).scalar()
        first_retry = (await self.session.execute(
            select(func.min(n.c.next_attempt_at)).where(n.c.status == "retry"))).scalar()
        pending = (await self.session.execute(
            select(func.min(n.c.due_at)).where(n.c.status == "pending"))).scalar()
        moments = [UTCDateTime().process_result_value(v, self.session.bind.dialect)  # type: ignore[union-attr]
                   for v in (first_group, first_retry, pending) if v is not None]
        found = [moment for moment in moments if moment is not None]
        return min(found) if found else None

    async def all(self) -> list[NudgeRecord]:
        """Every row, for tests and administrators."""
        n = tables.nudges
        return [_record(row) for row in (await self.session.execute(select(n).order_by(n.c.id))).mappings().all()]


# Joins recipients in `recorded`: the ASCII unit separator, which no platform's user id (nor the channel's empty
# recipient, nor "*") contains.
_RECIPIENT_SEPARATOR = "\x1f"

# PostgreSQL bulk statements: each column travels as one array parameter (UTC instants as timestamptz).
_INSERT_NUDGES_FROM_ARRAYS = text("""
    INSERT INTO nudges (group_id, occurrence, meeting_start, kind, recipient, due_at, status, attempts, late)
    SELECT group_id, occurrence, meeting_start, kind, recipient, due_at, status, 0, late
    FROM unnest(CAST(:group_ids AS INTEGER[]), CAST(:occurrences AS TIMESTAMPTZ[]),
                CAST(:meeting_starts AS TIMESTAMPTZ[]), CAST(:kinds AS VARCHAR[]), CAST(:recipients AS VARCHAR[]),
                CAST(:due_ats AS TIMESTAMPTZ[]), CAST(:statuses AS VARCHAR[]), CAST(:lates AS BOOLEAN[]))
         AS planned(group_id, occurrence, meeting_start, kind, recipient, due_at, status, late)
    ON CONFLICT (group_id, occurrence, meeting_start, kind, recipient) DO NOTHING
""")
_ADVANCE_GROUPS_FROM_ARRAYS = text("""
    UPDATE groups SET next_nudge_at = looked.next_at, nudged_through = :now
    FROM unnest(CAST(:group_ids AS INTEGER[]), CAST(:next_ats AS TIMESTAMPTZ[])) AS looked(group_id, next_at)
    WHERE groups.id = looked.group_id
""").bindparams(bindparam("now", type_=UTCDateTime()))


def _record(row: Any) -> NudgeRecord:
    return NudgeRecord(
        NudgeKey(row["group_id"], row["occurrence"], row["meeting_start"], row["kind"], row["recipient"]),
        row["due_at"], row["status"], row["attempts"], row["next_attempt_at"], row["sent_at"], row["late"],
        row["reference"], row["reason"], row["id"])

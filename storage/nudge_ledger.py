"""The nudge ledger: which nudges are planned, claimed for delivery, sent or failed, and which groups are due."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, func, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.nudges.plan import NudgeKey, NudgeRecord, matters_at
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
                    "matters_ats": [matters_at(r.key.kind, r.key.meeting_start, r.due_at) for r in batch],
                    "statuses": [r.status for r in batch],
                    "lates": [r.late for r in batch],
                })
            return len(rows)
        values = [
            {"group_id": r.key.group_id, "occurrence": r.key.occurrence, "meeting_start": r.key.meeting_start,
             "kind": r.key.kind, "recipient": r.key.recipient, "due_at": r.due_at, "status": r.status,
             "attempts": 0, "late": r.late, "matters_at": matters_at(r.key.kind, r.key.meeting_start, r.due_at)}
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

    async def claim(self, now: datetime, lease_until: datetime, limit: int) -> list[NudgeRecord]:
        """Take up to `limit` deliverable rows under a lease until `lease_until`, most urgent first: retries that
        are due and rows whose sender's lease ran out (both already late), then pending rows by `matters_at`.

        Each is one statement, `UPDATE ... WHERE id IN (the head of a partial index)`: the subquery reads its own
        partial index (storage/tables.py) in the claim's order, and the update finds the rows by primary key, so
        neither plan depends on statistics (with a status test in the outer WHERE, PostgreSQL with stale
        statistics probed the pending index once per id: 140 ms a claim). On PostgreSQL the subquery locks what it
        picks and skips rows another claimer holds (FOR UPDATE SKIP LOCKED), re-checking each locked row's state,
        so a row is taken by one claimer only; SQLite runs one writer at a time."""
        n = tables.nudges
        states = (
            ("retry", and_(n.c.status == "retry", n.c.next_attempt_at <= now), (n.c.next_attempt_at, n.c.id)),
            ("sending", and_(n.c.status == "sending", n.c.lease_until <= now), (n.c.lease_until, n.c.id)),
            ("pending", n.c.status == "pending", (n.c.matters_at, n.c.id)),
        )
        taken: list[NudgeRecord] = []
        for state, condition, order in states:
            left = limit - len(taken)
            if left <= 0:
                break
            head = select(n.c.id).where(condition).order_by(*order).limit(left)
            if self._postgres():
                head = head.with_for_update(skip_locked=True)
            take = (update(n).where(n.c.id.in_(head.scalar_subquery()))
                    .values(status="sending", lease_until=lease_until).returning(*n.c))
            for row in (await self.session.execute(take)).mappings().all():
                record = _record(row)
                record.status = state  # as it was: "sending" means a lapsed lease (it may have gone out)
                taken.append(record)
        return sorted(taken, key=lambda r: (matters_at(r.key.kind, r.key.meeting_start, r.due_at), r.id or 0))

    async def finish_many(self, records: list[NudgeRecord]) -> None:
        """Record how each claimed row ended (sent, to retry, failed, dropped), in one statement per batch."""
        if not records:
            return
        if self._postgres():
            await self.session.execute(_FINISH_NUDGES_FROM_ARRAYS, {
                "ids": [r.id for r in records],
                "statuses": [r.status for r in records],
                "attempts": [r.attempts for r in records],
                "next_attempt_ats": [r.next_attempt_at for r in records],
                "sent_ats": [r.sent_at for r in records],
                "references": [(r.reference or None) and r.reference[:200] for r in records],
                "reasons": [r.reason for r in records],
            })
            return
        n = tables.nudges
        stmt = update(n).where(n.c.id == bindparam("row_id")).values(
            status=bindparam("new_status"), attempts=bindparam("new_attempts"),
            next_attempt_at=bindparam("new_next_attempt_at"), sent_at=bindparam("new_sent_at"),
            reference=bindparam("new_reference"), reason=bindparam("new_reason"), lease_until=None)
        await self.session.execute(stmt, [
            {"row_id": r.id, "new_status": r.status, "new_attempts": r.attempts,
             "new_next_attempt_at": r.next_attempt_at, "new_sent_at": r.sent_at,
             "new_reference": (r.reference or None) and r.reference[:200], "new_reason": r.reason}
            for r in records])

    async def finish(self, record: NudgeRecord) -> None:
        await self.finish_many([record])

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
    INSERT INTO nudges (group_id, occurrence, meeting_start, kind, recipient, due_at, status, attempts, late,
                        matters_at)
    SELECT group_id, occurrence, meeting_start, kind, recipient, due_at, status, 0, late, matters_at
    FROM unnest(CAST(:group_ids AS INTEGER[]), CAST(:occurrences AS TIMESTAMPTZ[]),
                CAST(:meeting_starts AS TIMESTAMPTZ[]), CAST(:kinds AS VARCHAR[]), CAST(:recipients AS VARCHAR[]),
                CAST(:due_ats AS TIMESTAMPTZ[]), CAST(:statuses AS VARCHAR[]), CAST(:lates AS BOOLEAN[]),
                CAST(:matters_ats AS TIMESTAMPTZ[]))
         AS planned(group_id, occurrence, meeting_start, kind, recipient, due_at, status, late, matters_at)
    ON CONFLICT (group_id, occurrence, meeting_start, kind, recipient) DO NOTHING
""")
_ADVANCE_GROUPS_FROM_ARRAYS = text("""
    UPDATE groups SET next_nudge_at = looked.next_at, nudged_through = :now
    FROM unnest(CAST(:group_ids AS INTEGER[]), CAST(:next_ats AS TIMESTAMPTZ[])) AS looked(group_id, next_at)
    WHERE groups.id = looked.group_id
""").bindparams(bindparam("now", type_=UTCDateTime()))


_FINISH_NUDGES_FROM_ARRAYS = text("""
    UPDATE nudges SET status = done.status, attempts = done.attempts, next_attempt_at = done.next_attempt_at,
                      sent_at = done.sent_at, reference = done.reference, reason = done.reason, lease_until = NULL
    FROM unnest(CAST(:ids AS INTEGER[]), CAST(:statuses AS VARCHAR[]), CAST(:attempts AS INTEGER[]),
                CAST(:next_attempt_ats AS TIMESTAMPTZ[]), CAST(:sent_ats AS TIMESTAMPTZ[]),
                CAST(:references AS VARCHAR[]), CAST(:reasons AS VARCHAR[]))
         AS done(id, status, attempts, next_attempt_at, sent_at, reference, reason)
    WHERE nudges.id = done.id
""")


def _record(row: Any) -> NudgeRecord:
    return NudgeRecord(
        NudgeKey(row["group_id"], row["occurrence"], row["meeting_start"], row["kind"], row["recipient"]),
        row["due_at"], row["status"], row["attempts"], row["next_attempt_at"], row["sent_at"], row["late"],
        row["reference"], row["reason"], row["id"])

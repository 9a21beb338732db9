"""The check-in repository, in Core statements (no ORM mapping: rounds are small values, counts are numbers).

How answers are written matters as much as what: never one at a time, only as batches mixed in memory first
(bot/checkins/mixing.py). `write_batch` inserts a batch's markers in one statement, in the shuffled order it is given,
and `add_counts` adds the batch's counts with a single UPDATE that rewrites every bucket row of the round (`+ 0` for
buckets nobody in the batch chose), so no row is singled out by its write. Errors from these statements are re-raised
without their SQL parameters, which would contain answers.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, exists, func, literal, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.checkins.instruments import DEFAULT_INSTRUMENT
from bot.checkins.rounds import (
    AFTER_MEETING,
    CLOSED,
    DEFAULT_HOURS,
    DEFAULT_K,
    OFF,
    OPEN,
    CheckinRound,
    CheckinSettings,
)
from storage import tables
from storage.checkin_tables import checkin_answered, checkin_counts, checkin_rounds, checkin_settings
from storage.metadata import UTCDateTime


class CheckinStorageError(RuntimeError):
    """A check-in write failed. Deliberately carries no SQL parameters: its message is fixed text, safe to log."""

    loggable = True


class SqlCheckins:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self) -> Any:
        bind = self.session.bind
        return postgresql_insert if bind is not None and bind.dialect.name == "postgresql" else sqlite_insert

    # Settings --------------------------------------------------------------------------------------

    async def settings(self, group_id: int) -> CheckinSettings | None:
        s = checkin_settings
        row = (await self.session.execute(select(s).where(s.c.group_id == group_id))).mappings().first()
        return CheckinSettings(**row) if row else None

    async def ensure_settings(self, group_id: int, now: datetime) -> CheckinSettings:
        found = await self.settings(group_id)
        if found is not None:
            return found
        values = _defaults(now)
        values["group_id"] = group_id
        await self.session.execute(self._insert()(checkin_settings).values(**values)
                                   .on_conflict_do_nothing(index_elements=["group_id"]))
        found = await self.settings(group_id)
        assert found is not None
        return found

    async def save_settings(self, settings: CheckinSettings) -> None:
        s = checkin_settings
        await self.session.execute(update(s).where(s.c.group_id == settings.group_id).values(
            instrument=settings.instrument, min_answers=settings.min_answers, cadence=settings.cadence,
            hours=settings.hours, considered_through=settings.considered_through,
            next_check_at=settings.next_check_at))

    async def adopt(self, now: datetime) -> int:
        g, s = tables.groups, checkin_settings
        defaults = _defaults(now)
        missing = select(
            g.c.id,
            literal(defaults["instrument"]), literal(defaults["min_answers"]), literal(defaults["cadence"]),
            literal(defaults["hours"]), literal(now, UTCDateTime()), literal(now, UTCDateTime()),
        ).where(~exists().where(s.c.group_id == g.c.id))
        stmt = self._insert()(s).from_select(
            ["group_id", "instrument", "min_answers", "cadence", "hours", "considered_through", "next_check_at"],
            missing).on_conflict_do_nothing(index_elements=["group_id"])
        result = await self.session.execute(stmt)
        return max(result.rowcount or 0, 0)  # type: ignore[attr-defined]

    async def groups_due(self, now: datetime, limit: int) -> list[int]:
        s = checkin_settings
        stmt = (select(s.c.group_id).where(s.c.cadence != OFF, s.c.next_check_at <= now)
                .order_by(s.c.group_id).limit(limit))
        return list((await self.session.execute(stmt)).scalars().all())

    # Rounds ----------------------------------------------------------------------------------------

    async def add_round(self, round_: CheckinRound, buckets: tuple[int, ...]) -> bool:
        r = checkin_rounds
        stmt = self._insert()(r).values(
            group_id=round_.group_id, trigger=round_.trigger, instrument=round_.instrument,
            min_answers=round_.min_answers, opened_at=round_.opened_at, closes_at=round_.closes_at,
            remind_at=round_.remind_at, status=round_.status, reminded=round_.reminded, released=None,
            secret=round_.secret,
        ).on_conflict_do_nothing(index_elements=["group_id", "trigger"]).returning(r.c.id)
        new_id = (await self.session.execute(stmt)).scalar()
        if new_id is None:
            return False
        round_.id = int(new_id)
        await self.session.execute(checkin_counts.insert(),
                                   [{"round_id": round_.id, "bucket": b, "count": 0} for b in buckets])
        return True

    async def get_round(self, round_id: int, lock: bool = False) -> CheckinRound | None:
        r = checkin_rounds
        stmt = select(r).where(r.c.id == round_id)
        if lock:
            stmt = stmt.with_for_update()
        row = (await self.session.execute(stmt)).mappings().first()
        return _round(row) if row else None

    async def open_round(self, group_id: int) -> CheckinRound | None:
        r = checkin_rounds
        stmt = (select(r).where(r.c.group_id == group_id, r.c.status == OPEN)
                .order_by(r.c.opened_at.desc()).limit(1))
        row = (await self.session.execute(stmt)).mappings().first()
        return _round(row) if row else None

    async def latest_closed(self, group_id: int) -> CheckinRound | None:
        found = await self.closed_rounds(group_id, 1)
        return found[-1] if found else None

    async def closed_rounds(self, group_id: int, limit: int) -> list[CheckinRound]:
        r = checkin_rounds
        stmt = (select(r).where(r.c.group_id == group_id, r.c.status == CLOSED)
                .order_by(r.c.closes_at.desc(), r.c.id.desc()).limit(limit))
        return [_round(row) for row in reversed((await self.session.execute(stmt)).mappings().all())]

    async def rounds_to_remind(self, now: datetime) -> list[int]:
        r = checkin_rounds
        stmt = select(r.c.id).where(r.c.status == OPEN, r.c.reminded.is_(False), r.c.remind_at <= now,
                                    r.c.closes_at > now).order_by(r.c.id)
        return list((await self.session.execute(stmt)).scalars().all())

    async def rounds_to_close(self, now: datetime) -> list[int]:
        r = checkin_rounds
        stmt = select(r.c.id).where(r.c.status == OPEN, r.c.closes_at <= now).order_by(r.c.id)
        return list((await self.session.execute(stmt)).scalars().all())

    async def open_rounds(self, now: datetime) -> list[int]:
        r = checkin_rounds
        stmt = select(r.c.id).where(r.c.status == OPEN, r.c.closes_at > now).order_by(r.c.id)
        return list((await self.session.execute(stmt)).scalars().all())

    async def mark_reminded(self, round_: CheckinRound) -> None:
        r = checkin_rounds
        await self.session.execute(update(r).where(r.c.id == round_.id).values(reminded=True))
        round_.reminded = True

    async def close(self, round_: CheckinRound, released: bool) -> None:
        r = checkin_rounds
        await self.session.execute(delete(checkin_answered).where(checkin_answered.c.round_id == round_.id))
        if not released:
            await self.session.execute(delete(checkin_counts).where(checkin_counts.c.round_id == round_.id))
        await self.session.execute(update(r).where(r.c.id == round_.id).values(
            status=CLOSED, released=released, secret=None))
        round_.status, round_.released, round_.secret = CLOSED, released, None

    # Answers ---------------------------------------------------------------------------------------

    async def written(self, round_id: int) -> int:
        """How many members are in a batch already written for the round."""
        a = checkin_answered
        stmt = select(func.count()).select_from(a).where(a.c.round_id == round_id)
        return int((await self.session.execute(stmt)).scalar() or 0)

    async def existing(self, round_id: int, markers: list[str]) -> set[str]:
        """Which of these markers are already written (another replica wrote that member's answer first)."""
        if not markers:
            return set()
        a = checkin_answered
        stmt = select(a.c.marker).where(a.c.round_id == round_id, a.c.marker.in_(markers))
        return set((await self.session.execute(stmt)).scalars().all())

    async def has_answered(self, round_id: int, marker: str) -> bool:
        a = checkin_answered
        stmt = select(exists().where(a.c.round_id == round_id, a.c.marker == marker))
        return bool((await self.session.execute(stmt)).scalar())

    async def answered(self, round_id: int) -> set[str]:
        a = checkin_answered
        return set((await self.session.execute(select(a.c.marker).where(a.c.round_id == round_id))).scalars().all())

    async def write_batch(self, round_id: int, markers: list[str], counts: dict[int, int]) -> None:
        """One batch: its markers in the order given (already shuffled) in one statement, then its counts."""
        try:
            if markers:
                await self.session.execute(checkin_answered.insert().values(
                    [{"round_id": round_id, "marker": marker} for marker in markers]))
        except SQLAlchemyError:
            raise CheckinStorageError("could not record that check-ins were answered") from None
        await self.add_counts(round_id, counts)

    async def add_counts(self, round_id: int, counts: dict[int, int]) -> None:
        """Add to the round's counts in one UPDATE that rewrites every bucket row (`+ 0` for buckets not chosen), so
        no row is singled out by its write."""
        if not counts:
            return
        c = checkin_counts
        added = case(*[(c.c.bucket == bucket, n) for bucket, n in sorted(counts.items())], else_=0)
        try:
            result = await self.session.execute(update(c).where(c.c.round_id == round_id)
                                                .values(count=c.c.count + added))
        except SQLAlchemyError:
            raise CheckinStorageError("could not record check-in answers") from None
        if not result.rowcount:  # type: ignore[attr-defined]
            raise CheckinStorageError("the check-in round has no counts to add to")

    async def counts(self, round_id: int) -> dict[int, int]:
        c = checkin_counts
        rows = (await self.session.execute(select(c.c.bucket, c.c.count).where(c.c.round_id == round_id))).all()
        return {int(bucket): int(count) for bucket, count in rows}

    # Scheduling ------------------------------------------------------------------------------------

    async def next_due(self) -> datetime | None:
        s, r, g = checkin_settings, checkin_rounds, tables.groups
        queries = (
            select(func.min(s.c.next_check_at)).where(s.c.cadence != OFF),
            select(func.min(r.c.remind_at)).where(r.c.status == OPEN, r.c.reminded.is_(False)),
            select(func.min(r.c.closes_at)).where(r.c.status == OPEN),
            # A group not yet given check-in settings is due at once (the sweep adopts it).
            select(func.min(g.c.created_at)).where(~exists().where(s.c.group_id == g.c.id)),
        )
        found = [v for v in [(await self.session.execute(q)).scalar() for q in queries] if v is not None]
        return min(found) if found else None

    async def all_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Every check-in row, for tests and administrators."""
        out: dict[str, list[dict[str, Any]]] = {}
        for table in (checkin_settings, checkin_rounds, checkin_counts, checkin_answered):
            rows = (await self.session.execute(select(table))).mappings().all()
            out[table.name] = [dict(row) for row in rows]
        return out


def _defaults(now: datetime) -> dict[str, Any]:
    return {"instrument": DEFAULT_INSTRUMENT, "min_answers": DEFAULT_K, "cadence": AFTER_MEETING,
            "hours": DEFAULT_HOURS, "considered_through": now, "next_check_at": now}


def _round(row: Any) -> CheckinRound:
    return CheckinRound(
        group_id=row["group_id"], trigger=row["trigger"], instrument=row["instrument"],
        min_answers=row["min_answers"], opened_at=row["opened_at"], closes_at=row["closes_at"],
        remind_at=row["remind_at"], status=row["status"], reminded=bool(row["reminded"]),
        released=row["released"], secret=row["secret"], id=row["id"])

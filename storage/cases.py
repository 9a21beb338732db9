"""The case repository (bot.cases.model.CaseRepository) on SQLAlchemy Core: requests posted (never their text),
retention, re-acceptance prompts, the hours log and forgetting a member."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, exists, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.model import AgreementPrompt, CaseRequest, LogEntry
from bot.domain.group import Standing
from bot.identity import UserRef
from storage import directory_facts, tables
from storage.case_tables import agreement_prompts, attendance_tallies, case_requests, case_settings

_REQUEST_FIELDS = ("group_id", "occurrence", "meeting_start", "presenter", "posted_at", "warning_overridden",
                   "reference", "status", "delete_after", "attempts", "deleted_at", "reason")
_PROMPT_FIELDS = ("group_id", "user_id", "version", "status", "attempts", "next_attempt_at", "sent_at", "reason")


class SqlCases:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # Consultation requests -------------------------------------------------------------------------

    async def add(self, request: CaseRequest) -> None:
        values = {name: getattr(request, name) for name in _REQUEST_FIELDS}
        result = await self.session.execute(insert(case_requests).values(**values).returning(case_requests.c.id))
        request.id = result.scalar_one()

    async def get(self, request_id: int) -> CaseRequest | None:
        row = (await self.session.execute(
            select(case_requests).where(case_requests.c.id == request_id))).mappings().first()
        return _request(row) if row else None

    async def posted(self, group_id: int) -> list[CaseRequest]:
        c = case_requests.c
        stmt = select(case_requests).where(c.group_id == group_id, c.status == "posted").order_by(c.posted_at, c.id)
        return [_request(row) for row in (await self.session.execute(stmt)).mappings().all()]

    async def posted_many(self, group_ids: list[int]) -> dict[int, list[CaseRequest]]:
        c = case_requests.c
        found: dict[int, list[CaseRequest]] = {}
        for start in range(0, len(group_ids), 900):
            stmt = (select(case_requests).where(c.group_id.in_(group_ids[start:start + 900]), c.status == "posted")
                    .order_by(c.group_id, c.posted_at, c.id))
            for row in (await self.session.execute(stmt)).mappings().all():
                request = _request(row)
                found.setdefault(request.group_id, []).append(request)
        return found

    async def save(self, request: CaseRequest) -> None:
        values = {name: getattr(request, name) for name in _REQUEST_FIELDS}
        values["reference"] = (request.reference or None) and request.reference[:200]
        await self.session.execute(update(case_requests).where(case_requests.c.id == request.id).values(**values))

    async def deletions_due(self, now: datetime, limit: int) -> list[CaseRequest]:
        c = case_requests.c
        stmt = (select(case_requests).where(c.status == "posted", c.delete_after <= now)
                .order_by(c.delete_after, c.id).limit(limit))
        return [_request(row) for row in (await self.session.execute(stmt)).mappings().all()]

    async def next_deletion(self) -> datetime | None:
        c = case_requests.c
        earliest: datetime | None = (await self.session.execute(
            select(func.min(c.delete_after)).where(c.status == "posted"))).scalar()
        return earliest

    # Retention ---------------------------------------------------------------------------------------

    async def retention(self, group_id: int) -> int | None:
        stmt = select(case_settings.c.retention_days).where(case_settings.c.group_id == group_id)
        return (await self.session.execute(stmt)).scalar()

    async def set_retention(self, group_id: int, days: int | None) -> None:
        found = await self.session.execute(
            update(case_settings).where(case_settings.c.group_id == group_id).values(retention_days=days))
        if found.rowcount == 0:  # type: ignore[attr-defined]
            await self.session.execute(insert(case_settings).values(group_id=group_id, retention_days=days))
        for request in await self.posted(group_id):
            request.delete_after = request.meeting_start + timedelta(days=days) if days else None
            request.attempts = 0
            await self.save(request)

    # Re-acceptance prompts ---------------------------------------------------------------------------

    async def behind(self, limit: int) -> list[tuple[int, str, int]]:
        a, m, p = tables.agreements, tables.members, agreement_prompts
        latest = (select(a.c.group_id, func.max(a.c.version).label("version"))
                  .group_by(a.c.group_id).having(func.max(a.c.version) > 1).subquery())
        asked = exists().where(p.c.group_id == m.c.group_id, p.c.user_id == m.c.user_id,
                               p.c.version == latest.c.version)
        stmt = (select(m.c.group_id, m.c.user_id, latest.c.version)
                .join(latest, latest.c.group_id == m.c.group_id)
                .where(m.c.standing == Standing.ACTIVE.value, m.c.agreement_version < latest.c.version, ~asked)
                .order_by(m.c.group_id, m.c.user_id).limit(limit))
        return [(row[0], row[1], row[2]) for row in (await self.session.execute(stmt)).all()]

    async def add_prompts(self, prompts: list[AgreementPrompt]) -> None:
        if not prompts:
            return
        insert_ = postgresql_insert if self._dialect() == "postgresql" else sqlite_insert
        stmt = insert_(agreement_prompts).on_conflict_do_nothing(index_elements=["group_id", "user_id", "version"])
        await self.session.execute(stmt, [{name: getattr(p, name) for name in _PROMPT_FIELDS} for p in prompts])

    async def prompts_due(self, now: datetime, limit: int) -> list[AgreementPrompt]:
        c = agreement_prompts.c
        stmt = (select(agreement_prompts)
                .where(c.status.in_(("pending", "retry")), c.next_attempt_at <= now)
                .order_by(c.next_attempt_at, c.id).limit(limit))
        return [_prompt(row) for row in (await self.session.execute(stmt)).mappings().all()]

    async def save_prompt(self, prompt: AgreementPrompt) -> None:
        values = {name: getattr(prompt, name) for name in _PROMPT_FIELDS}
        await self.session.execute(update(agreement_prompts).where(agreement_prompts.c.id == prompt.id).values(**values))

    async def next_prompt(self) -> datetime | None:
        c = agreement_prompts.c
        earliest: datetime | None = (await self.session.execute(
            select(func.min(c.next_attempt_at)).where(c.status.in_(("pending", "retry"))))).scalar()
        return earliest

    # The hours log -----------------------------------------------------------------------------------

    async def attended(self, user: UserRef, since: datetime | None, until: datetime | None) -> list[LogEntry]:
        p, m, g = tables.participations, tables.meetings, tables.groups
        others = tables.participations.alias("others")
        attendees = (select(func.count()).select_from(others)
                     .where(others.c.meeting_id == m.c.id, others.c.attended.is_(True)).scalar_subquery())
        presenters = (select(func.count()).select_from(others)
                      .where(others.c.meeting_id == m.c.id, others.c.presented.is_(True)).scalar_subquery())
        forgotten = (select(func.coalesce(func.sum(attendance_tallies.c.anonymous_attended), 0))
                     .where(attendance_tallies.c.meeting_id == m.c.id).scalar_subquery())
        conditions = [g.c.platform == user.platform, g.c.workspace_id == user.workspace, p.c.user_id == user.id,
                      p.c.attended.is_(True), m.c.settled.is_(True), m.c.cancelled.is_(False)]
        if since is not None:
            conditions.append(m.c.start >= since)
        if until is not None:
            conditions.append(m.c.start < until)
        stmt = (select(g.c.name, g.c.timezone, g.c.meeting_minutes, m.c.start, p.c.presented,
                       attendees, presenters, forgotten)
                .select_from(p.join(m, p.c.meeting_id == m.c.id).join(g, m.c.group_id == g.c.id))
                .where(*conditions).order_by(m.c.start))
        rows = (await self.session.execute(stmt)).all()
        return [LogEntry(name, zone, minutes, start, bool(presented), int(count) + int(extra), int(presenting))
                for name, zone, minutes, start, presented, count, presenting, extra in rows]

    # Forgetting a member -----------------------------------------------------------------------------

    async def forget(self, group_id: int, user_id: str) -> dict[str, int]:
        """Held meetings only: the group aggregate (loaded in this session) has already dropped the member from
        meetings still to come, and deleting those rows here too would race the ORM's own delete."""
        p, m = tables.participations, tables.meetings
        held = select(m.c.id).where(m.c.group_id == group_id, m.c.settled.is_(True))
        attended = (await self.session.execute(select(p.c.meeting_id).where(
            p.c.user_id == user_id, p.c.attended.is_(True), p.c.meeting_id.in_(held)))).scalars().all()
        for meeting_id in attended:
            bumped = await self.session.execute(
                update(attendance_tallies).where(attendance_tallies.c.meeting_id == meeting_id)
                .values(anonymous_attended=attendance_tallies.c.anonymous_attended + 1))
            if bumped.rowcount == 0:  # type: ignore[attr-defined]
                await self.session.execute(insert(attendance_tallies).values(meeting_id=meeting_id,
                                                                             anonymous_attended=1))
        s, n = tables.swap_requests, tables.nudges
        counts = {
            "participations": await self._delete(p, p.c.user_id == user_id, p.c.meeting_id.in_(held)),
            "swap_requests": await self._delete(s, s.c.group_id == group_id,
                                                or_(s.c.requester == user_id, s.c.partner == user_id)),
            "nudges": await self._delete(n, n.c.group_id == group_id, n.c.recipient == user_id),
            "agreement_prompts": await self._delete(agreement_prompts, agreement_prompts.c.group_id == group_id,
                                                    agreement_prompts.c.user_id == user_id),
            "event_offers": await self._delete(tables.event_offers, tables.event_offers.c.group_id == group_id,
                                               tables.event_offers.c.user_id == user_id),
        }
        renamed = await self.session.execute(
            update(case_requests).where(case_requests.c.group_id == group_id, case_requests.c.presenter == user_id)
            .values(presenter=None))
        counts["case_requests"] = renamed.rowcount  # type: ignore[attr-defined]
        return counts

    async def delete_profile(self, user: UserRef) -> bool:
        pr = tables.profiles
        # Written around the ORM, so the directory's facts are told (storage/directory_facts.py).
        directory_facts.note_person(self.session.sync_session, user.platform, user.workspace, user.id)
        return await self._delete(pr, pr.c.platform == user.platform, pr.c.workspace_id == user.workspace,
                                  pr.c.user_id == user.id) > 0

    # Calendar subscriptions -----------------------------------------------------------------------------

    async def subscribe(self, user: UserRef, secret_hash: str, now: datetime) -> None:
        await self.session.execute(insert(tables.calendar_subscriptions).values(
            platform=user.platform, workspace_id=user.workspace, user_id=user.id, secret_hash=secret_hash,
            created_at=now))

    async def unsubscribe(self, user: UserRef) -> int:
        c = tables.calendar_subscriptions.c
        return await self._delete(tables.calendar_subscriptions, c.platform == user.platform,
                                  c.workspace_id == user.workspace, c.user_id == user.id)

    async def subscriber(self, secret_hash: str) -> UserRef | None:
        c = tables.calendar_subscriptions.c
        row = (await self.session.execute(select(c.platform, c.workspace_id, c.user_id).where(
            c.secret_hash == secret_hash))).first()
        return None if row is None else UserRef(row[0], row[1], row[2])

    # Internals ---------------------------------------------------------------------------------------

    async def _delete(self, table: Any, *conditions: Any) -> int:
        result = await self.session.execute(delete(table).where(and_(*conditions)))
        return int(result.rowcount)  # type: ignore[attr-defined]

    def _dialect(self) -> str:
        return self.session.bind.dialect.name if self.session.bind else "sqlite"


def _request(row: Any) -> CaseRequest:
    return CaseRequest(**{name: row[name] for name in _REQUEST_FIELDS}, id=row["id"])


def _prompt(row: Any) -> AgreementPrompt:
    return AgreementPrompt(**{name: row[name] for name in _PROMPT_FIELDS}, id=row["id"])

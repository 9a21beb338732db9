"""Engines and the unit of work over SQLAlchemy's async ORM (aiosqlite by default, asyncpg in production)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, event, func, or_, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import raiseload
from sqlalchemy.orm.attributes import set_committed_value

from bot.domain.group import ActiveMember, Group, Meeting, Member, Profile, Role, Standing, SwapRequest
from bot.identity import ChannelRef, UserRef, WorkspaceRef
from bot.nudges import NudgeKey, NudgeRecord
from bot.ports import GroupSummary
from storage import tables
from storage.cases import SqlCases
from storage.checkins import SqlCheckins
from storage.mapping import map_domain


def normalise_url(url: str) -> str:
    """Accept the usual URL spellings and pick the async drivers."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+asyncpg://" + url[len("postgresql://"):]
    if url.startswith("sqlite://") and not url.startswith("sqlite+aiosqlite://"):
        url = "sqlite+aiosqlite://" + url[len("sqlite://"):]
    return url


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    map_domain()
    url = normalise_url(url)
    # Never put statement parameters (answers, names) into error messages or logs.
    kwargs.setdefault("hide_parameters", True)
    engine = create_async_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            if ":memory:" not in url:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()
    return engine


def _on_postgres(session: AsyncSession) -> bool:
    bind = session.bind
    return bind is not None and bind.dialect.name == "postgresql"


class SqlGroups:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, group: Group) -> None:
        self.session.add(group)
        await self.session.flush()

    async def get(self, group_id: int, lock: bool = True) -> Group | None:
        """`lock=False` reads without locking the group row: a lock is itself a write on PostgreSQL (the row's xmax
        and a WAL record), which a check-in answer must not leave behind."""
        found = await self._fetch(tables.groups.c.id == group_id, lock=lock)
        return found[0] if found else None

    async def get_many(self, group_ids: list[int]) -> list[Group]:
        """Many groups at once for the nudge sweep: each with its meetings still to come, but neither members
        (the sweep reads `rosters`, and `load_members` for the few groups it settles) nor agreement versions.
        What is not loaded raises if touched, rather than being read as empty."""
        if not group_ids:
            return []
        return await self._fetch(tables.groups.c.id.in_(group_ids),
                                 options=(raiseload(Group.members), raiseload(Group.agreements)))

    async def rosters(self, group_ids: list[int]) -> dict[int, list[ActiveMember]]:
        """Each group's active members in turn order, as plain values: one narrow query, no records built."""
        m = tables.members
        found: dict[int, list[ActiveMember]] = {group_id: [] for group_id in group_ids}
        for start in range(0, len(group_ids), 900):
            stmt = (select(m.c.group_id, m.c.user_id, m.c.turn_mark, m.c.muted, m.c.role)
                    .where(m.c.group_id.in_(group_ids[start:start + 900]), m.c.standing == Standing.ACTIVE.value)
                    .order_by(m.c.group_id, m.c.turn_mark))
            for group_id, user_id, turn_mark, muted, role in (await self.session.execute(stmt)).all():
                found[group_id].append(ActiveMember(user_id, turn_mark, bool(muted), role == Role.FACILITATOR))
        return found

    async def load_members(self, groups: list[Group]) -> None:
        """Load the members of groups fetched without them (the sweep, before it settles a meeting)."""
        if not groups:
            return
        by_id = {group.id: group for group in groups}
        m = tables.members
        stmt = select(Member).where(m.c.group_id.in_(list(by_id))).order_by(m.c.group_id, m.c.turn_mark)
        loaded: dict[int, list[Member]] = {group_id: [] for group_id in by_id if group_id is not None}
        for member in (await self.session.scalars(stmt)).all():
            loaded[member.group_id or 0].append(member)
        for group_id, members in loaded.items():
            set_committed_value(by_id[group_id], "members", members)

    async def by_name(self, workspace: WorkspaceRef, name_key: str) -> Group | None:
        found = await self._fetch(
            tables.groups.c.platform == workspace.platform,
            tables.groups.c.workspace_id == workspace.id,
            tables.groups.c.name_key == name_key,
        )
        return found[0] if found else None

    async def by_channel(self, channel: ChannelRef) -> list[Group]:
        return await self._fetch(
            tables.groups.c.platform == channel.platform,
            tables.groups.c.workspace_id == channel.workspace,
            tables.groups.c.channel_id == channel.id,
        )

    async def for_user(self, user: UserRef) -> list[Group]:
        mine = select(tables.members.c.group_id).where(tables.members.c.user_id == user.id)
        return await self._fetch(
            tables.groups.c.id.in_(mine),
            tables.groups.c.platform == user.platform,
            tables.groups.c.workspace_id == user.workspace,
        )

    async def _fetch(self, *conditions: Any, options: tuple[Any, ...] = (), lock: bool = True) -> list[Group]:
        """Load whole groups (members, agreement versions, meetings still to come).

        On PostgreSQL the group rows are locked first, in their own statement, so that two people taking the last
        seat are serialised; the load that follows then sees what the other transaction committed (a FOR UPDATE
        on the joined load itself would re-check the group row but keep stale member rows).
        """
        g = tables.groups
        if self._postgres() and lock:
            locked = (await self.session.execute(
                select(g.c.id).where(*conditions).order_by(g.c.id).with_for_update())).scalars().all()
            if not locked:
                return []
            conditions = (g.c.id.in_(locked),)
        stmt = select(Group).where(*conditions).order_by(g.c.id)
        if options:
            stmt = stmt.options(*options)
        if self._postgres():
            stmt = stmt.execution_options(populate_existing=True)
        return list((await self.session.scalars(stmt)).unique().all())

    def _postgres(self) -> bool:
        return _on_postgres(self.session)

    async def summaries(self, workspace: WorkspaceRef) -> list[GroupSummary]:
        g, m = tables.groups, tables.members
        active = (
            select(func.count()).select_from(m)
            .where(m.c.group_id == g.c.id, m.c.standing == Standing.ACTIVE.value)
            .scalar_subquery()
        )
        stmt = select(g.c.id, g.c.name, g.c.schedule, g.c.timezone, g.c.capacity, active, g.c.channel_id).where(
            g.c.platform == workspace.platform, g.c.workspace_id == workspace.id
        )
        rows = (await self.session.execute(stmt)).all()
        return [GroupSummary(*row) for row in rows]

    async def names(self, workspace: WorkspaceRef, prefix: str, limit: int) -> list[str]:
        g = tables.groups
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = (
            select(g.c.name)
            .where(g.c.platform == workspace.platform, g.c.workspace_id == workspace.id,
                   g.c.name_key.like(escaped + "%", escape="\\"))
            .order_by(g.c.name_key)
            .limit(limit)
        )
        return list((await self.session.scalars(stmt)).all())

    async def held(self, group: Group, limit: int) -> list[Meeting]:
        stmt = (
            select(Meeting)
            .where(tables.meetings.c.group_id == group.id, tables.meetings.c.settled.is_(True))
            .order_by(tables.meetings.c.start.desc())
            .limit(limit)
        )
        return list((await self.session.scalars(stmt)).unique().all())


class SqlProfiles:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user: UserRef) -> Profile | None:
        p = tables.profiles
        stmt = select(Profile).where(p.c.platform == user.platform, p.c.workspace_id == user.workspace,
                                     p.c.user_id == user.id)
        return (await self.session.scalars(stmt)).first()

    async def many(self, users: list[UserRef]) -> list[Profile]:
        if not users:
            return []
        p = tables.profiles
        first = users[0]
        stmt = select(Profile).where(p.c.platform == first.platform, p.c.workspace_id == first.workspace,
                                     p.c.user_id.in_([u.id for u in users]))
        return list((await self.session.scalars(stmt)).all())

    async def add(self, profile: Profile) -> None:
        self.session.add(profile)

    async def timezones(self, workspace: WorkspaceRef) -> dict[str, str]:
        p = tables.profiles
        rows = await self.session.execute(select(p.c.user_id, p.c.timezone).where(
            p.c.platform == workspace.platform, p.c.workspace_id == workspace.id, p.c.timezone.is_not(None)))
        return {user_id: zone for user_id, zone in rows.all()}


class SqlSwaps:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, request: SwapRequest) -> None:
        self.session.add(request)

    async def get(self, request_id: int) -> SwapRequest | None:
        return await self.session.get(SwapRequest, request_id)

    async def delete(self, request: SwapRequest) -> None:
        await self.session.delete(request)


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
        return _on_postgres(self.session)

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
        found = [tables.UTCDateTime().process_result_value(v, self.session.bind.dialect)  # type: ignore[union-attr]
                 for v in (first_group, first_retry, pending) if v is not None]
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
""").bindparams(bindparam("now", type_=tables.UTCDateTime()))


def _record(row: Any) -> NudgeRecord:
    return NudgeRecord(
        NudgeKey(row["group_id"], row["occurrence"], row["meeting_start"], row["kind"], row["recipient"]),
        row["due_at"], row["status"], row["attempts"], row["next_attempt_at"], row["sent_at"], row["late"],
        row["reference"], row["reason"], row["id"])


class SqlUnitOfWork:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self.session: AsyncSession | None = None

    async def __aenter__(self) -> SqlUnitOfWork:
        self.session = self._sessions()
        self._committed = False
        self.groups = SqlGroups(self.session)
        self.profiles = SqlProfiles(self.session)
        self.swaps = SqlSwaps(self.session)
        self.nudges = SqlNudges(self.session)
        self.checkins = SqlCheckins(self.session)
        self.cases = SqlCases(self.session)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.session is not None
        try:
            if not self._committed:
                await self.session.rollback()
        finally:
            await self.session.close()

    async def commit(self) -> None:
        assert self.session is not None
        await self.session.commit()
        self._committed = True

    async def flush(self) -> None:
        assert self.session is not None
        await self.session.flush()

    async def rollback(self) -> None:
        assert self.session is not None
        await self.session.rollback()


class Database:
    """An engine and the factory of units of work over it."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url, **engine_kwargs)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False, autoflush=True)

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.sessions)

    async def create_all(self) -> None:
        """For tests and benchmarks: the schema straight from the metadata (production uses migrations)."""
        async with self.engine.begin() as conn:
            await conn.run_sync(tables.metadata.create_all)

    async def dispose(self) -> None:
        await self.engine.dispose()




"""The group repository: whole groups (members, agreement versions, meetings to come), rosters and summaries."""
from __future__ import annotations

from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import QueryableAttribute, raiseload
from sqlalchemy.orm.attributes import set_committed_value

from bot.domain.group import ActiveMember, Group, Meeting, Member, Role, Standing
from bot.identity import ChannelRef, UserRef, WorkspaceRef
from bot.ports import GroupSummary
from storage import tables
from storage.engine import on_postgres


def _mapped(attribute: object) -> QueryableAttribute[Any]:
    """A domain class's attribute as the mapper instruments it (storage/mapping.py): the core's plain classes
    declare it as a list, which is what the type checker sees."""
    return cast("QueryableAttribute[Any]", attribute)


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
                                 options=(raiseload(_mapped(Group.members)), raiseload(_mapped(Group.agreements))))

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

    async def for_user(self, user: UserRef, lock: bool = True) -> list[Group]:
        mine = select(tables.members.c.group_id).where(tables.members.c.user_id == user.id)
        return await self._fetch(
            tables.groups.c.id.in_(mine),
            tables.groups.c.platform == user.platform,
            tables.groups.c.workspace_id == user.workspace,
            lock=lock,
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
        return on_postgres(self.session)

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

"""The directory repository: listed groups for matching, join requests, and a group's resources."""
from __future__ import annotations

from sqlalchemy import delete, func, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import lazyload, selectinload

from bot.directory.model import JoinRequest, Resource
from bot.domain.group import Group, Standing
from bot.identity import WorkspaceRef
from storage import directory_tables, tables


class SqlDirectory:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def listed(self, workspace: WorkspaceRef) -> list[Group]:
        g = tables.groups
        stmt = (select(Group)
                .where(g.c.platform == workspace.platform, g.c.workspace_id == workspace.id, g.c.listed == true())
                .options(selectinload(Group.members), lazyload(Group.agreements))  # type: ignore[arg-type]
                .order_by(g.c.id))
        return list((await self.session.scalars(stmt)).unique().all())

    async def member_tags(self, groups: list[Group]) -> dict[int, list[list[str]]]:
        if not groups:
            return {}
        m, p, g = tables.members, tables.profiles, tables.groups
        ids = [group.id for group in groups if group.id is not None]
        rows = await self.session.execute(
            select(m.c.group_id, p.c.tags)
            .join(g, g.c.id == m.c.group_id)
            .join(p, (p.c.platform == g.c.platform) & (p.c.workspace_id == g.c.workspace_id)
                  & (p.c.user_id == m.c.user_id))
            .where(m.c.group_id.in_(ids), m.c.standing == Standing.ACTIVE.value))
        found: dict[int, list[list[str]]] = {}
        for group_id, tags in rows.all():
            # Only what matching reads (each member's modalities), never who they are.
            found.setdefault(group_id, []).append([t for t in (tags or "").split(",") if t])
        return found

    async def add_request(self, request: JoinRequest) -> None:
        self.session.add(request)
        await self.session.flush()

    async def request(self, request_id: int) -> JoinRequest | None:
        return await self.session.get(JoinRequest, request_id)

    async def requests_of(self, group_id: int, user_id: str) -> list[JoinRequest]:
        r = directory_tables.join_requests
        stmt = select(JoinRequest).where(r.c.group_id == group_id, r.c.user_id == user_id).order_by(r.c.id)
        return list((await self.session.scalars(stmt)).all())

    async def add_resource(self, resource: Resource) -> None:
        r = directory_tables.resources
        # The group's row is locked by whoever loaded the group (PostgreSQL), so two adds can't take one number.
        highest = await self.session.scalar(select(func.max(r.c.number)).where(r.c.group_id == resource.group_id))
        resource.number = (highest or 0) + 1
        self.session.add(resource)
        await self.session.flush()

    async def resources(self, group_id: int, tag: str | None, search: str | None, limit: int,
                        offset: int) -> tuple[list[Resource], int]:
        r = directory_tables.resources
        conditions = [r.c.group_id == group_id]
        if tag:
            # Tags are stored ",a,b," style-free ("a,b"): match a whole tag, any case.
            wrapped = func.lower("," + r.c.tags + ",")
            conditions.append(wrapped.contains("," + tag.casefold() + ",", autoescape=True))
        if search:
            needle = search.casefold()
            conditions.append(or_(func.lower(r.c.title).contains(needle, autoescape=True),
                                  func.lower(r.c.text).contains(needle, autoescape=True),
                                  func.lower(func.coalesce(r.c.link, "")).contains(needle, autoescape=True)))
        total = await self.session.scalar(select(func.count()).select_from(r).where(*conditions)) or 0
        stmt = select(Resource).where(*conditions).order_by(r.c.number.desc()).limit(limit).offset(offset)
        return list((await self.session.scalars(stmt)).all()), int(total)

    async def resource(self, group_id: int, number: int) -> Resource | None:
        r = directory_tables.resources
        stmt = select(Resource).where(r.c.group_id == group_id, r.c.number == number)
        return (await self.session.scalars(stmt)).first()

    async def remove_resource(self, resource: Resource) -> None:
        await self.session.delete(resource)

    async def forget(self, group_id: int, user_id: str) -> dict[str, int]:
        r, j = directory_tables.resources, directory_tables.join_requests
        renamed = await self.session.execute(
            update(r).where(r.c.group_id == group_id, r.c.author == user_id).values(author=None))
        gone = await self.session.execute(delete(j).where(j.c.group_id == group_id, j.c.user_id == user_id))
        return {"resources": int(renamed.rowcount),  # type: ignore[attr-defined]
                "join_requests": int(gone.rowcount)}  # type: ignore[attr-defined]

"""The profile repository: a member's own settings (time zone, …) per workspace."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.group import Profile
from bot.identity import UserRef, WorkspaceRef
from storage import tables


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

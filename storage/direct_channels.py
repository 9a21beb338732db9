"""Members' direct-message conversation ids, kept in the database (the adapters' `DirectChannels`,
adapters/direct_channels.py), with this process's copy in front: a burst of direct messages reads each id once."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.tables import direct_channels


class SqlDirectChannels:
    def __init__(self, engine: AsyncEngine, platform: str, limit: int = 100_000) -> None:
        self.engine = engine
        self.platform = platform
        self.limit = limit
        self._known: dict[tuple[str, str], str] = {}

    async def get(self, workspace: str, user: str) -> str | None:
        found = self._known.get((workspace, user))
        if found is not None:
            return found
        d = direct_channels.c
        async with self.engine.connect() as conn:
            found = (await conn.execute(select(d.channel_id).where(
                d.platform == self.platform, d.workspace_id == workspace, d.user_id == user))).scalar()
        if found is not None:
            self._remember(workspace, user, found)
        return found

    async def put(self, workspace: str, user: str, channel: str) -> None:
        insert = postgres_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        stmt = insert(direct_channels).values(platform=self.platform, workspace_id=workspace, user_id=user,
                                              channel_id=channel)
        stmt = stmt.on_conflict_do_update(index_elements=["platform", "workspace_id", "user_id"],
                                          set_={"channel_id": channel})
        self._remember(workspace, user, channel)  # first: this process knows it even if the write fails
        async with self.engine.begin() as conn:
            await conn.execute(stmt)

    async def forget(self, workspace: str, user: str) -> None:
        self._known.pop((workspace, user), None)
        d = direct_channels.c
        async with self.engine.begin() as conn:
            await conn.execute(delete(direct_channels).where(
                d.platform == self.platform, d.workspace_id == workspace, d.user_id == user))

    def cached(self, workspace: str, user: str) -> str | None:
        return self._known.get((workspace, user))

    async def load(self, workspace: str, users: Sequence[str]) -> None:
        wanted = sorted({user for user in users if (workspace, user) not in self._known})
        d = direct_channels.c
        async with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                for user, channel in (await conn.execute(select(d.user_id, d.channel_id).where(
                        d.platform == self.platform, d.workspace_id == workspace,
                        d.user_id.in_(wanted[i:i + 500])))).all():
                    self._remember(workspace, user, channel)

    def _remember(self, workspace: str, user: str, channel: str) -> None:
        if len(self._known) >= self.limit:
            self._known.clear()
        self._known[(workspace, user)] = channel

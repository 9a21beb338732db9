"""Which groups keep their meetings as server events (bot/events/ports.py: EventGroups)."""
from __future__ import annotations

from sqlalchemy import select

from storage.database import Database
from storage.tables import groups


class SqlEventGroups:
    def __init__(self, database: Database) -> None:
        self.database = database

    async def opted_in(self, platform: str, workspace: str | None = None) -> list[int]:
        g = groups.c
        query = select(g.id).where(g.platform == platform, g.discord_events.is_(True)).order_by(g.id)
        if workspace is not None:
            query = query.where(g.workspace_id == workspace)
        async with self.database.engine.connect() as conn:
            return [int(row) for row in (await conn.execute(query)).scalars()]

    async def workspaces(self, platform: str) -> list[str]:
        g = groups.c
        query = (select(g.workspace_id).where(g.platform == platform, g.discord_events.is_(True)).distinct()
                 .order_by(g.workspace_id))
        async with self.database.engine.connect() as conn:
            return [str(row) for row in (await conn.execute(query)).scalars()]

"""Which groups keep their meetings as server events, and who was offered to RSVP after marking one Interested
(bot/events/ports.py: EventGroups)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError

from storage.database import Database
from storage.tables import event_offers, groups


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

    async def first_offer(self, group_id: int, original_start: datetime, user_id: str, now: datetime) -> bool:
        async with self.database.engine.connect() as conn:
            try:
                await conn.execute(insert(event_offers).values(group_id=group_id, original_start=original_start,
                                                               user_id=user_id, offered_at=now))
                await conn.commit()
            except IntegrityError:
                await conn.rollback()
                return False
        return True

    async def forget_offers_before(self, moment: datetime) -> int:
        async with self.database.engine.begin() as conn:
            result = await conn.execute(delete(event_offers).where(event_offers.c.original_start < moment))
            return int(result.rowcount)

"""The swap request repository: turn swaps waiting for an answer."""
from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.group import SwapRequest


class SqlSwaps:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, request: SwapRequest) -> None:
        self.session.add(request)

    async def get(self, request_id: int) -> SwapRequest | None:
        return await self.session.get(SwapRequest, request_id)

    async def delete(self, request: SwapRequest) -> None:
        await self.session.delete(request)

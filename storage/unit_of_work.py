"""The unit of work: one session, one transaction, and every repository over that session."""
from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.cases import SqlCases
from storage.checkins import SqlCheckins
from storage.directory import SqlDirectory
from storage.groups import SqlGroups
from storage.nudge_ledger import SqlNudges
from storage.profiles import SqlProfiles
from storage.swaps import SqlSwaps


class SqlUnitOfWork:
    """The core's `UnitOfWork` (bot/ports.py): the repositories exist once the unit is entered."""

    groups: SqlGroups
    profiles: SqlProfiles
    swaps: SqlSwaps
    nudges: SqlNudges
    checkins: SqlCheckins
    cases: SqlCases
    directory: SqlDirectory

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
        self.directory = SqlDirectory(self.session)
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

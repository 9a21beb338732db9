"""What the directory needs from storage. The SQL implementation is storage.directory.SqlDirectory."""
from __future__ import annotations

from datetime import datetime
from typing import Protocol

from bot.directory.model import Introducee, Introduction, JoinRequest, KeptSearch, ListedGroup, Resource
from bot.identity import UserRef, WorkspaceRef
from bot.ports import UnitOfWork


class DirectoryRepository(Protocol):
    async def listed(self, workspace: WorkspaceRef, apart_from: str) -> list[ListedGroup]:
        """The workspace's listed groups that `apart_from` (a user id) is not in or waiting for, oldest first, each
        with the modalities it brings (`matching.brought` over its active members' profiles) but not whose."""
        ...

    # Kept searches (`find notify:yes`)
    async def kept_search(self, user: UserRef) -> KeptSearch | None: ...
    async def keep_search(self, search: KeptSearch) -> None: ...
    async def drop_search(self, search: KeptSearch) -> None: ...
    async def kept_searches(self, workspace: WorkspaceRef) -> list[KeptSearch]: ...

    async def crowded_workspaces(self, minimum: int) -> list[WorkspaceRef]:
        """Workspaces with at least `minimum` kept searches (where introductions may be offered)."""
        ...

    # Introductions (bot/directory/introductions.py)
    async def add_introduction(self, introduction: Introduction, user_ids: list[str]) -> None:
        """Store it (its id set) with one `Introducee` per person asked."""
        ...
    async def introduction(self, introduction_id: int) -> Introduction | None: ...
    async def introducees(self, workspace: WorkspaceRef) -> list[Introducee]:
        """Everyone asked in the workspace's introductions, with their answers."""
        ...
    async def introducees_of(self, introduction_id: int) -> list[Introducee]: ...

    # Join requests
    async def add_request(self, request: JoinRequest) -> None: ...
    async def request(self, request_id: int) -> JoinRequest | None: ...
    async def requests_of(self, group_id: int, user_id: str) -> list[JoinRequest]: ...
    async def lapsed_requests(self, now: datetime, limit: int) -> list[JoinRequest]:
        """Pending requests whose `expires_at` has come, earliest first (the sweep marks them `expired`)."""
        ...
    async def next_lapse(self) -> datetime | None:
        """The earliest `expires_at` of a pending request, if any."""
        ...

    # Resources
    async def add_resource(self, resource: Resource) -> None:
        """Store it with the group's next number."""
        ...
    async def resources(self, group_id: int, tag: str | None, search: str | None, limit: int,
                        offset: int) -> tuple[list[Resource], int]:
        """A page of the group's resources, newest first, and how many match in all."""
        ...
    async def resource(self, group_id: int, number: int) -> Resource | None: ...
    async def remove_resource(self, resource: Resource) -> None: ...
    async def shared_around(self, group_ids: list[int], since: datetime, until: datetime,
                            meetings: list[datetime]) -> list[Resource]:
        """The groups' resources shared for one of `meetings` (original starts), or for no meeting and added in
        [since, until), by group and number (a meeting's recap picks its own: bot/directory/recap.py)."""
        ...

    async def forget(self, group_id: int, user_id: str) -> dict[str, int]:
        """A member leaves with `forget:yes`: their name comes off the group's resources (which stay), and their
        requests to join it go. Returns {"resources": renamed, "join_requests": deleted}."""
        ...


class DirectoryUnitOfWork(UnitOfWork, Protocol):
    """A unit of work with the directory repository (storage.unit_of_work.SqlUnitOfWork is one; so is tests'
    FakeUnitOfWork)."""

    @property
    def directory(self) -> DirectoryRepository: ...
    async def __aenter__(self) -> DirectoryUnitOfWork: ...


class DirectoryUnitOfWorkFactory(Protocol):
    def __call__(self) -> DirectoryUnitOfWork: ...

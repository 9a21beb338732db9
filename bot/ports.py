"""What the core needs from the outside world, as small Protocols. Storage and adapters implement them."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from bot.domain.group import ActiveMember, Group, Meeting, Profile, SwapRequest
from bot.identity import ChannelRef, UserRef, WorkspaceRef
from bot.messages import Outbound


@dataclass(frozen=True)
class GroupSummary:
    """What any workspace member may see of a group: never its roster."""

    id: int
    name: str
    schedule: str | None
    timezone: str
    capacity: int
    members: int
    channel_id: str


class GroupRepository(Protocol):
    async def add(self, group: Group) -> None: ...
    async def get(self, group_id: int, lock: bool = True) -> Group | None: ...
    async def get_many(self, group_ids: list[int]) -> list[Group]:
        """For the nudge sweep: without members (see `rosters`, `load_members`)."""
        ...
    async def rosters(self, group_ids: list[int]) -> dict[int, list[ActiveMember]]: ...
    async def load_members(self, groups: list[Group]) -> None: ...
    async def by_name(self, workspace: WorkspaceRef, name_key: str) -> Group | None: ...
    async def by_channel(self, channel: ChannelRef) -> list[Group]: ...
    async def for_user(self, user: UserRef, lock: bool = True) -> list[Group]: ...
    async def summaries(self, workspace: WorkspaceRef) -> list[GroupSummary]: ...
    async def names(self, workspace: WorkspaceRef, prefix: str, limit: int) -> list[str]: ...
    async def held(self, group: Group, limit: int) -> list[Meeting]:
        """Meetings that have taken place, most recent first."""
        ...


class ProfileRepository(Protocol):
    async def get(self, user: UserRef) -> Profile | None: ...
    async def add(self, profile: Profile) -> None: ...
    async def many(self, users: list[UserRef]) -> list[Profile]: ...
    async def timezones(self, workspace: WorkspaceRef) -> dict[str, str]: ...


class SwapRepository(Protocol):
    async def add(self, request: SwapRequest) -> None: ...
    async def get(self, request_id: int) -> SwapRequest | None: ...
    async def delete(self, request: SwapRequest) -> None: ...


class UnitOfWork(Protocol):
    """A transaction: rolls back unless `commit()` is called.

    The repositories are read-only here, so an implementation's own repository classes (storage's SqlGroups, …)
    fit: a Protocol's plain attribute would demand exactly the Protocol's type."""

    @property
    def groups(self) -> GroupRepository: ...
    @property
    def profiles(self) -> ProfileRepository: ...
    @property
    def swaps(self) -> SwapRepository: ...

    async def __aenter__(self) -> UnitOfWork: ...
    async def __aexit__(self, *exc: object) -> None: ...
    async def commit(self) -> None: ...
    async def flush(self) -> None:
        """Assign ids to new rows without committing."""
        ...
    async def rollback(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self) -> UnitOfWork: ...


class DeliveryFailed(Exception):
    """A chat adapter could not deliver a message.

    `reason` is one of: "dm_closed", "not_in_channel", "channel_archived", "channel_not_found",
    "missing_permissions", "rate_limited", "unavailable", "unknown". `permanent` says whether retrying can help.
    """

    def __init__(self, reason: str, permanent: bool, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.permanent = permanent
        self.detail = detail


class ChatPort(Protocol):
    """Sends messages the core decides to send on its own (nudges, notices).

    Returns the platform's reference to the posted message (Slack `channel:ts`, a Discord message id), or raises
    DeliveryFailed. Adapters implement it; the console prints.

    A port may also have any of the optional capabilities below (CanSendKeyed, CanFindDelivered, CanDelete); the
    core asks with `isinstance(chat, CanDelete)` and does without when the answer is no.
    """

    async def send(self, outbound: Outbound) -> str | None: ...


@dataclass(frozen=True)
class Limit:
    """One of a platform's rate limits a message counts against: at most `per_second` on average, with up to
    `burst` at once, shared by every message naming the same `key` (e.g. one Slack channel, Discord's global).
    A message that makes two requests against a limit names it twice (and takes two tokens)."""

    key: str
    per_second: float
    burst: int = 1


@runtime_checkable
class CanPace(Protocol):
    """A port that says which of its platform's limits a message counts against, so a burst waits on purpose
    (bot/nudges/pacing.py) rather than collecting 429s. The SDKs' own 429 handling stays as the safety net."""

    def limits(self, outbound: Outbound) -> Sequence[Limit]: ...


@runtime_checkable
class CanPrepare(Protocol):
    """A pacing port that looks a batch of messages over before they are paced, so `limits` can name every request
    each will make: a direct message to a member whose conversation is not open yet makes two (Discord
    `create_dm`, then the message), and a port that counted one drew a 429 on most of them in a first burst of
    RSVP messages (bench/rsvp_burst.py). A message names a limit once per request it makes against it."""

    async def prepare(self, outbounds: Sequence[Outbound]) -> None: ...


@runtime_checkable
class CanSendKeyed(Protocol):
    """For exactly-once nudges across a crash: send with an idempotency key the platform honours (Discord: the
    message nonce with enforce_nonce, which turns a resend within a few minutes into the first message). Keys are at
    most 25 characters."""

    async def send_keyed(self, outbound: Outbound, key: str) -> str | None: ...


@runtime_checkable
class CanFindDelivered(Protocol):
    """For exactly-once nudges across a crash: the reference of a message already sent with `key`, or None (the
    test ports; no platform adapter yet)."""

    async def find_delivered(self, key: str) -> str | None: ...


@runtime_checkable
class CanDelete(Protocol):
    """Remove a message the bot posted in `channel`, given the reference `send` returned for it (the channel says
    which platform and workspace, and where a Discord message lives). A message that is already gone counts as
    deleted (return normally); other failures raise DeliveryFailed. Without it, consultation requests are posted as
    usual but cannot be withdrawn or expire."""

    async def delete(self, channel: ChannelRef, reference: str) -> None: ...


class Sweepable(Protocol):
    """What the scheduler (and the console's clock) wakes: run what is due now; say when the next thing falls due.
    The nudge, check-in and lifecycle services are each one, and so is bot.sweeps.Sweeps, which runs them all."""

    async def sweep(self) -> Any: ...
    async def next_due(self) -> datetime | None: ...

"""What a use case runs in: who asked, where, when, inside which transaction, and for which group."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from bot.cases.ports import CaseUnitOfWork
from bot.cases.service import CaseService
from bot.checkins.mixing import AnswerMixer
from bot.checkins.ports import CheckinUnitOfWork
from bot.directory.ports import DirectoryUnitOfWork
from bot.domain.errors import Refusal
from bot.domain.group import Group
from bot.identity import ChannelRef, UserRef
from bot.messages import Block, Reply, ToChannel, ToPerson, message
from bot.nudges.ports import NudgeUnitOfWork


class AppUnitOfWork(CaseUnitOfWork, CheckinUnitOfWork, NudgeUnitOfWork, DirectoryUnitOfWork, Protocol):
    """The transaction a command runs in: the groups, profiles and swaps of `bot.ports.UnitOfWork`, and each
    service's own repository (cases, check-ins, the nudge ledger, the directory). storage.unit_of_work.SqlUnitOfWork is one."""

    async def __aenter__(self) -> AppUnitOfWork: ...


class AppUnitOfWorkFactory(Protocol):
    def __call__(self) -> AppUnitOfWork: ...


class App(Protocol):
    """What a use case may reach of the application around it (bot.core.Core is one)."""

    @property
    def default_timezone(self) -> str: ...

    @property
    def checkin_mixer(self) -> AnswerMixer:
        """Check-in answers held in memory until they can be written as a batch; the check-in sweep shares it."""

    @property
    def cases(self) -> CaseService | None:
        """The case service the core was built with, None when consultation requests are off."""

    @property
    def public_url(self) -> str:
        """The deployment's public base URL (calendar subscriptions), empty when none is set."""

    @property
    def registry(self) -> object:
        """The command registry that dispatched the call (bot.commands.spec.Registry: `registry_of`)."""


@dataclass
class Context:
    """Everything a use case needs: who asked, where, when, inside which transaction, and for which group."""

    app: App
    uow: AppUnitOfWork
    actor: UserRef
    channel: ChannelRef
    now: datetime
    group: Group | None = None
    workspace_admin: bool = False
    touched: list[Group] = field(default_factory=list)
    # Undo for what a use case changed outside the transaction (answers taken from the mixer for a batch).
    on_rollback: list[Callable[[], None]] = field(default_factory=list)

    def undo_outside(self) -> None:
        for undo in reversed(self.on_rollback):   # last change first
            undo()
        self.on_rollback.clear()

    def may_facilitate(self, group: Group) -> bool:
        """Group facilitators, and workspace admins (Discord's Manage Server), may do facilitators' work."""
        return group.is_facilitator(self.actor.id) or (self.workspace_admin and group.workspace == self.actor.workspace_ref)

    @property
    def the_group(self) -> Group:
        assert self.group is not None
        return self.group

    def private(self, *blocks: Block | str) -> Reply:
        return Reply().add(ToPerson(self.actor, self.channel), message(*blocks))

    def public(self, *blocks: Block | str, channel: ChannelRef | None = None) -> Reply:
        return Reply().add(ToChannel(channel or self.channel), message(*blocks))

    async def load_group(self, group_id: int) -> Group:
        group = await self.uow.groups.get(group_id)
        if group is None:
            raise Refusal("That group no longer exists.")
        if group.workspace != self.actor.workspace_ref:
            raise Refusal("That group belongs to another workspace.")
        group.settle(self.now)
        self.group = group
        self.touched.append(group)
        return group

"""`/consult leave forget:yes`: a member leaves and their personal data goes with them.

Deleted: their RSVPs, attendance and presenting records in the group, swap offers, the reminders addressed to them,
their re-acceptance prompts, their calendar subscriptions (all of them: a feed URL is the member's, not the
group's), and their profile unless they are still in another group here. The request messages
Roundtable posted in their name are deleted where the platform allows, and the records that they were posted no
longer name them. Kept, because it is anonymous: how many people attended each past meeting, so colleagues' hours
logs (group size that day) stay right.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from bot.cases.ports import CaseUnitOfWork
from bot.cases.service import CaseService
from bot.directory.ports import DirectoryUnitOfWork
from bot.domain.group import Group
from bot.identity import UserRef


class ForgetUnitOfWork(CaseUnitOfWork, DirectoryUnitOfWork, Protocol):
    """Forgetting reaches the case records and the directory's (resources, join requests, kept searches)."""

    async def __aenter__(self) -> ForgetUnitOfWork: ...


@dataclass
class Forgotten:
    records: dict[str, int] = field(default_factory=dict)
    profile: bool = False
    profile_kept: bool = False
    messages_deleted: int = 0
    messages_left: int = 0

    def summary(self) -> str:
        gone = []
        if self.profile:
            gone.append("your profile")
        attendance = self.records.get("participations", 0)
        if attendance:
            gone.append(f"{attendance} RSVP and attendance record{'s' if attendance != 1 else ''}")
        swaps = self.records.get("swap_requests", 0)
        if swaps:
            gone.append(f"{swaps} swap offer{'s' if swaps != 1 else ''}")
        reminders = self.records.get("nudges", 0) + self.records.get("agreement_prompts", 0)
        if reminders:
            gone.append(f"{reminders} reminder record{'s' if reminders != 1 else ''}")
        shared = self.records.get("resources", 0)
        if shared:
            gone.append(f"your name on {shared} shared resource{'s' if shared != 1 else ''} (they stay for the group "
                        "unless you removed them)")
        feeds = self.records.get("calendar_subscriptions", 0)
        if feeds:
            gone.append(f"{feeds} calendar subscription{'s' if feeds != 1 else ''} (the URL{'s' if feeds != 1 else ''}"
                        " no longer work)")
        if self.messages_deleted:
            gone.append(f"{self.messages_deleted} consultation request message"
                        f"{'s' if self.messages_deleted != 1 else ''} posted for you")
        text = ("Deleted: " + ", ".join(gone) + "." if gone else "There was no personal data of yours to delete.")
        text += (" Kept, because it is anonymous: how many people attended each past meeting, so colleagues' "
                 "hours logs stay right.")
        if self.messages_left:
            text += (f" {self.messages_left} request message{'s' if self.messages_left != 1 else ''} posted for you "
                     "could not be deleted here; ask a facilitator or a workspace admin to remove "
                     f"{'them' if self.messages_left != 1 else 'it'}. Roundtable no longer records that "
                     f"{'they were' if self.messages_left != 1 else 'it was'} yours.")
        if self.profile_kept:
            text += " Your profile stays, because you're still in another group here."
        return text


async def forget_member(uow: ForgetUnitOfWork, service: CaseService | None, group: Group, user: UserRef,
                        now: datetime) -> Forgotten:
    """Call after `group.release(...)`, inside the same unit of work. `service` withdraws the request messages
    posted for them (None: consultation requests are off, and there are none)."""
    assert group.id is not None
    repository = uow.cases
    result = Forgotten()
    for request in await repository.posted(group.id):
        if request.presenter != user.id:
            continue
        if service is not None and await service.withdraw(group, request, now):
            result.messages_deleted += 1
            await repository.save(request)
        else:
            result.messages_left += 1
    await uow.flush()
    result.records = await repository.forget(group.id, user.id)
    result.records["calendar_subscriptions"] = await repository.unsubscribe(user)
    result.records.update(await uow.directory.forget(group.id, user.id))
    if await uow.groups.for_user(user):
        result.profile_kept = True
    else:
        result.profile = await repository.delete_profile(user)
    return result

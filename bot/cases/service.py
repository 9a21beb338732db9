"""Posting consultation requests through the chat port, and deleting them when the group's retention says so.

The core posts a request itself (rather than returning it in a command's reply, which adapters deliver without
telling the core anything back) because it needs the platform's reference to the message: to delete it later.

Deleting uses an optional chat-port capability, bot.ports.CanDelete:

    async def delete(self, channel: ChannelRef, reference: str) -> None

It removes a message the bot posted in `channel`, given the reference `send` returned for it (the channel says which
platform and workspace - how a router picks the adapter and Slack its token - and where a Discord message lives).
A message that is already gone counts as deleted (return normally); other failures raise DeliveryFailed. Without it, requests are posted
as usual but cannot be withdrawn or expire: the retention setting says so to facilitators.

A request is posted once per form: request and review forms carry the id of the presenter's posted request they
were issued against (bot/cases/requests.py), and `refuse_stale` turns away a form issued before the presenter's
latest post for that meeting, so a stale button or a replayed submission never posts the same request twice.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.cases.model import CaseRequest
from bot.cases.ports import CaseUnitOfWork, CaseUnitOfWorkFactory
from bot.cases.requests import REQUEST_FORM, REVIEW_FORM, Draft, form_known, parse_context, public_message
from bot.clock import Clock
from bot.domain.errors import Refusal
from bot.domain.group import Group, Upcoming
from bot.identity import ChannelRef, UserRef
from bot.messages import Block, Mention, Outbound, Span, ToChannel, ToDirect, When, message, para
from bot.nudges.plan import REMINDER_1H, REMINDER_24H, NudgeKey
from bot.ports import CanDelete, ChatPort, DeliveryFailed

log = logging.getLogger("roundtable.cases")

RETRY_BACKOFF = (timedelta(minutes=5), timedelta(hours=1), timedelta(hours=6))
MAX_RETENTION_DAYS = 365


EXPIRED_FORM = ("That form has expired: your consultation request for this meeting is already posted, so nothing was "
                "posted again. To change it, run `/consult case submit` again (the new request replaces the posted "
                "one); to take it down, use `/consult case withdraw`.")

# Why a request message could not be deleted, for the person who asked. Only the passing ones say "try again".
TRANSIENT = ("rate_limited", "unavailable", "unknown")
DELETE_PROBLEMS = {
    "not_in_channel": "Roundtable can no longer see the group's channel (an admin can give it access again)",
    "missing_permissions": "the platform refused Roundtable permission to delete it there",
    "channel_archived": "the group's channel is archived",
    "channel_not_found": "Roundtable can't find the group's channel",
    "no_reference": "the platform gave Roundtable no reference to that message",
    "unsupported": "Roundtable can't delete messages on this platform",
    "rate_limited": "the platform asked Roundtable to slow down",
    "unavailable": "the platform isn't answering right now",
}


def deletion_problem(reason: str | None, plural: bool = False) -> str:
    """What went wrong, and what will help: retrying only when the failure passes; otherwise deleting by hand."""
    reason = reason or "unknown"
    problem = DELETE_PROBLEMS.get(reason, "the platform refused")
    it = "them" if plural else "it"
    if reason in TRANSIENT:
        return f"{problem}. Please try again in a moment, or delete {it} in the channel."
    return f"{problem}. Please delete {it} in the channel by hand (or ask an admin to)."


async def latest_posted(uow: CaseUnitOfWork, group_id: int, occurrence: datetime, presenter: str) -> CaseRequest | None:
    """The presenter's request for that meeting whose message is up (the newest, should there be several)."""
    mine = [r for r in await uow.cases.posted(group_id) if r.presenter == presenter and r.occurrence == occurrence]
    return mine[-1] if mine else None


@dataclass
class CaseSweepReport:
    deleted: int = 0
    retried: int = 0
    failed: int = 0


class CaseService:
    def __init__(self, uow_factory: CaseUnitOfWorkFactory, clock: Clock, chat: ChatPort) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.chat = chat

    @property
    def can_delete(self) -> bool:
        return isinstance(self.chat, CanDelete)

    # Posting once per form -------------------------------------------------------------------------

    async def known(self, uow: CaseUnitOfWork, group: Group, item: Upcoming, presenter: str) -> int:
        """What a new request form is issued against: the id of the presenter's posted request, or 0."""
        assert group.id is not None
        latest = await latest_posted(uow, group.id, item.original_start, presenter)
        return (latest.id or 0) if latest is not None else 0

    async def refuse_stale(self, uow: CaseUnitOfWork, group: Group, item: Upcoming, presenter: str, known: int) -> None:
        """Refuse a form issued before the presenter's latest post for this meeting: it was used, or another form
        posted in the meantime. Call before the form's text is checked or posted."""
        assert group.id is not None
        latest = await latest_posted(uow, group.id, item.original_start, presenter)
        if latest is not None and latest.id != known:
            log.info("a stale consultation request form was refused for group %s", group.id)
            raise Refusal(EXPIRED_FORM)

    async def form_current(self, actor: UserRef, form_id: str, context: str) -> bool:
        """For an adapter about to reopen a form it was handed back (a button that carries it): False when it is a
        request or review form that could no longer post. Other forms are always current."""
        if form_id not in (REQUEST_FORM, REVIEW_FORM):
            return True
        try:
            group_id, original = parse_context(context)
        except Refusal:
            return False
        async with self.uow_factory() as uow:
            latest = await latest_posted(uow, group_id, datetime.fromisoformat(original), actor.id)
        return latest is None or latest.id == form_known(context)

    async def post(self, uow: CaseUnitOfWork, group: Group, item: Upcoming, presenter: str, draft: Draft,
                   overridden: bool, now: datetime) -> CaseRequest:
        """Post to the group's channel, then record that it was posted. Raises DeliveryFailed if it couldn't be."""
        assert group.id is not None
        outbound = Outbound(ToChannel(group.channel), public_message(group, item, group.user(presenter), draft))
        reference = await self.chat.send(outbound)
        repository = uow.cases
        days = await repository.retention(group.id)
        request = CaseRequest(group.id, item.original_start, item.start, presenter, now, overridden, reference,
                              delete_after=item.start + timedelta(days=days) if days else None)
        try:
            await repository.add(request)
            await uow.flush()
        except Exception:
            await self._delete_quietly(group.channel, reference)  # not recorded: it must not stay up untracked
            raise
        log.info("consultation request posted for group %s", group.id)
        return request

    async def withdraw(self, group: Group, request: CaseRequest, now: datetime) -> bool:
        """Delete a posted request's message now. Updates `request`; the caller saves it. True if it is gone."""
        try:
            await self._delete(group.channel, request)
        except DeliveryFailed as failure:
            request.reason = failure.reason
            return False
        request.status, request.deleted_at, request.reference, request.reason = "withdrawn", now, None, None
        return True

    # The retention sweep ---------------------------------------------------------------------------

    async def sweep(self) -> CaseSweepReport:
        now = self.clock.now()
        report = CaseSweepReport()
        async with self.uow_factory() as uow:
            due = await uow.cases.deletions_due(now, 500)
        for request in due:
            async with self.uow_factory() as uow:
                group = await uow.groups.get(request.group_id)
                await uow.commit()
            if group is None:
                continue  # purged with its group
            failure = await self._expire(group, request, now, report)
            async with self.uow_factory() as uow:
                await uow.cases.save(request)
                await uow.commit()
            if failure is not None:
                await self._tell_facilitators(group, request, failure)
        return report

    async def next_due(self) -> datetime | None:
        async with self.uow_factory() as uow:
            return await uow.cases.next_deletion()

    async def _expire(self, group: Group, request: CaseRequest, now: datetime, report: CaseSweepReport) -> str | None:
        """Delete one expired request message; returns a reason to tell the facilitators, if it stays up."""
        request.attempts += 1
        try:
            await self._delete(group.channel, request)
        except DeliveryFailed as failure:
            request.reason = failure.reason
            if not failure.permanent and request.attempts <= len(RETRY_BACKOFF):
                request.delete_after = now + RETRY_BACKOFF[request.attempts - 1]
                report.retried += 1
                log.info("request %s: deleting failed (%s), retrying", request.id, failure.reason)
                return None
            request.status = "undeletable" if failure.reason in ("unsupported", "no_reference") else "delete_failed"
            report.failed += 1
            log.warning("request %s could not be deleted: %s", request.id, failure.reason)
            # Facilitators already heard, when they set retention, that this platform can't delete messages.
            return None if failure.reason == "unsupported" else failure.reason
        request.status, request.deleted_at, request.reference, request.reason = "deleted", now, None, None
        report.deleted += 1
        return None

    async def _delete(self, channel: ChannelRef, request: CaseRequest) -> None:
        if not isinstance(self.chat, CanDelete):
            raise DeliveryFailed("unsupported", True, "this chat port cannot delete messages")
        if not request.reference:
            raise DeliveryFailed("no_reference", True, "the platform gave no reference for this message")
        await self.chat.delete(channel, request.reference)

    async def _delete_quietly(self, channel: ChannelRef, reference: str | None) -> None:
        if not isinstance(self.chat, CanDelete) or not reference:
            log.error("a posted request could not be recorded and cannot be deleted")
            return
        try:
            await self.chat.delete(channel, reference)
        except DeliveryFailed:
            log.error("a posted request could not be recorded or deleted")

    async def _tell_facilitators(self, group: Group, request: CaseRequest, reason: str) -> None:
        why = ("Roundtable can't delete messages on this platform" if reason == "unsupported"
               else reason.replace("_", " "))
        for facilitator in group.facilitators:
            note = Outbound(ToDirect(group.user(facilitator.user_id)), message(para(
                f"{group.name} keeps consultation requests for a limited time, but Roundtable couldn't delete the "
                "one posted for the meeting on ", When(request.meeting_start, group.timezone, "date"),
                f" ({why}). Please delete it in the channel by hand.")))
            try:
                await self.chat.send(note)
            except DeliveryFailed:
                log.warning("could not tell a facilitator of group %s about an undeleted request", group.id)

    # The reminder's agenda -------------------------------------------------------------------------

    async def agenda_notes(self, uow: CaseUnitOfWork, group: Group, key: NudgeKey) -> Sequence[Block]:
        """For the channel reminders: the requests posted for this meeting (who, and when), never what they say."""
        if key.kind not in (REMINDER_24H, REMINDER_1H) or group.id is None:
            return []
        return agenda_notes(group, key.occurrence, await uow.cases.posted(group.id))

    async def agenda_notes_many(self, uow: CaseUnitOfWork, reminders: Sequence[tuple[Group, NudgeKey]]
                                ) -> list[list[Block]]:
        """`agenda_notes` for a batch of reminders, in one query for all their groups (the nudge sweep's hook)."""
        wanted = sorted({group.id for group, key in reminders
                         if key.kind in (REMINDER_24H, REMINDER_1H) and group.id is not None})
        posted = await uow.cases.posted_many(wanted) if wanted else {}
        return [agenda_notes(group, key.occurrence, posted.get(group.id, []))
                if key.kind in (REMINDER_24H, REMINDER_1H) and group.id is not None else []
                for group, key in reminders]


def agenda_notes(group: Group, occurrence: datetime, posted: Sequence[CaseRequest]) -> list[Block]:
    mine = [r for r in posted if r.occurrence == occurrence]
    if not mine:
        return []
    spans: list[Span] = [f"Consultation request{'s' if len(mine) > 1 else ''}, posted in this channel: "]
    for index, request in enumerate(mine):
        if index:
            spans.append(", ")
        spans += [Mention(group.user(request.presenter)) if request.presenter else "a former member",
                  " (", When(request.posted_at, group.timezone, "date"), ")"]
    return [para(*spans, ".")]


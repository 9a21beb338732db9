"""A new version of a group's agreement: every member is asked, privately, to accept it before the next meeting.

A sweep finds active members behind their group's current version, records one prompt per member and version
(so each is asked once), and sends it as a direct message with the text and an "I accept" button. Whoever wrote
the new version has accepted it by writing it. Nothing is blocked meanwhile - except posting a consultation
request, the material the agreement protects; facilitators are never blocked.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.cases.model import AgreementPrompt
from bot.cases.ports import CaseUnitOfWorkFactory
from bot.clock import Clock
from bot.domain.group import Group, Standing
from bot.messages import (
    Block,
    Button,
    Heading,
    Message,
    Outbound,
    ToDirect,
    When,
    buttons,
    message,
    para,
    possessive,
)
from bot.payloads import AgreementPayload
from bot.ports import ChatPort, DeliveryFailed

log = logging.getLogger("roundtable.agreements")

ACCEPT_ACTION = "agreement.reaccept"
RETRY_BACKOFF = (timedelta(minutes=1), timedelta(minutes=10), timedelta(hours=1))


@dataclass
class PromptReport:
    asked: int = 0
    accepted_by_author: int = 0
    retried: int = 0
    failed: int = 0
    dropped: int = 0


def needs_acceptance(group: Group, user_id: str) -> bool:
    member = group.member(user_id)
    return member is not None and member.agreement_version < group.agreement.version


def acceptance_blocks(group: Group, intro: Block | str) -> list[Block | str]:
    """The current agreement with an "I accept" button: in the prompt, and wherever acceptance is asked for."""
    agreement = group.agreement
    return [
        Heading(f"{group.name}: confidentiality agreement (version {agreement.version})"),
        intro,
        agreement.text,
        buttons(Button("I accept", ACCEPT_ACTION, AgreementPayload(group.id or 0, agreement.version).encode(), "primary")),
    ]


def prompt_message(group: Group, now: datetime) -> Message:
    upcoming = group.upcoming(now, 1)
    ask = f"{possessive(group.name)} confidentiality agreement has a new version. Please read it and accept it before the next meeting"
    intro = para(ask, ", on ", When(upcoming[0].start, group.timezone, "date"), ".") if upcoming else para(ask, ".")
    blocks = acceptance_blocks(group, intro)
    blocks.insert(3, "Until you accept it you can't post consultation requests to the group.")
    return message(*blocks)


class AgreementPrompts:
    """Asks members to accept a changed agreement. The scheduler calls `sweep`; `next_due` says when to."""

    def __init__(self, uow_factory: CaseUnitOfWorkFactory, clock: Clock, chat: ChatPort) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.chat = chat

    async def next_due(self) -> datetime | None:
        async with self.uow_factory() as uow:
            repository = uow.cases
            if await repository.behind(1):
                return self.clock.now()
            return await repository.next_prompt()

    async def sweep(self) -> PromptReport:
        now = self.clock.now()
        report = PromptReport()
        await self._plan(now, report)
        await self._deliver(now, report)
        return report

    async def _plan(self, now: datetime, report: PromptReport) -> None:
        async with self.uow_factory() as uow:
            repository = uow.cases
            behind = await repository.behind(1000)
            if not behind:
                return
            by_group: dict[int, list[tuple[str, int]]] = {}
            for group_id, user_id, version in behind:
                by_group.setdefault(group_id, []).append((user_id, version))
            prompts: list[AgreementPrompt] = []
            for group_id, people in by_group.items():
                group = await uow.groups.get(group_id)
                for user_id, version in people:
                    member = group.member(user_id) if group is not None else None
                    if group is None or member is None or member.standing != Standing.ACTIVE \
                            or version != group.agreement.version:
                        prompts.append(AgreementPrompt(group_id, user_id, version, "dropped"))
                        continue
                    agreement = group.agreement
                    if user_id == agreement.created_by:
                        member.agreement_version, member.agreement_accepted_at = version, agreement.created_at
                        report.accepted_by_author += 1
                        continue
                    prompts.append(AgreementPrompt(group_id, user_id, version, next_attempt_at=now))
            await repository.add_prompts(prompts)
            await uow.commit()

    async def _deliver(self, now: datetime, report: PromptReport) -> None:
        async with self.uow_factory() as uow:
            due = await uow.cases.prompts_due(now, 1000)
        by_group: dict[int, list[AgreementPrompt]] = {}
        for prompt in due:
            by_group.setdefault(prompt.group_id, []).append(prompt)
        for group_id, prompts in by_group.items():
            async with self.uow_factory() as uow:  # render from the current state, then send outside the transaction
                group = await uow.groups.get(group_id)
                outbounds = [self._render(group, prompt, now) for prompt in prompts]
                await uow.commit()
            for prompt, outbound in zip(prompts, outbounds):
                await self._send(prompt, outbound, now, report)
            async with self.uow_factory() as uow:
                for prompt in prompts:
                    await uow.cases.save_prompt(prompt)
                await uow.commit()

    def _render(self, group: Group | None, prompt: AgreementPrompt, now: datetime) -> Outbound | None:
        """The prompt, or None when it no longer applies (left, accepted meanwhile, or a newer version)."""
        if group is None or not group.is_member(prompt.user_id) or prompt.version != group.agreement.version \
                or not needs_acceptance(group, prompt.user_id):
            return None
        return Outbound(ToDirect(group.user(prompt.user_id), group.channel), prompt_message(group, now))

    async def _send(self, prompt: AgreementPrompt, outbound: Outbound | None, now: datetime,
                    report: PromptReport) -> None:
        if outbound is None:
            prompt.status, prompt.next_attempt_at = "dropped", None
            report.dropped += 1
            return
        prompt.attempts += 1
        try:
            await self.chat.send(outbound)
        except DeliveryFailed as failure:
            prompt.reason = failure.reason
            if not failure.permanent and prompt.attempts <= len(RETRY_BACKOFF):
                prompt.status, prompt.next_attempt_at = "retry", now + RETRY_BACKOFF[prompt.attempts - 1]
                report.retried += 1
                return
            prompt.status, prompt.next_attempt_at = "failed", None
            report.failed += 1
            log.warning("agreement prompt %s failed: %s", prompt.id, failure.reason)
            return
        prompt.status, prompt.sent_at, prompt.next_attempt_at, prompt.reason = "sent", now, None, None
        report.asked += 1

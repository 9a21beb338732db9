"""NudgeService: the sweep. *Plan* (bulk) records every due nudge as pending, or as missed when the meeting has
already started; *deliver* claims pending rows under a short lease, renders them from the current state, sends them
through the chat port and marks them sent (late if overdue), or retries with backoff, or tells the facilitators."""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.clock import Clock
from bot.domain.group import Group, Upcoming
from bot.messages import Outbound, ToDirect, When, message, para, possessive
from bot.metrics import NO_METRICS, Metrics
from bot.nudges.plan import (
    AFTER,
    CHANNEL,
    MAX_LEAD,
    REMINDER_1H,
    REMINDER_24H,
    UNKNOWN,
    NudgeKey,
    NudgeRecord,
    collapse,
    plan_group,
)
from bot.nudges.ports import NudgeUnitOfWorkFactory
from bot.nudges.render import render
from bot.ports import CanFindDelivered, CanSendKeyed, ChatPort, DeliveryFailed
from bot.privacy import error_summary
from bot.sweeps import Tally

log = logging.getLogger("roundtable.nudges")

LATE_AFTER = timedelta(minutes=10)
LEASE = timedelta(minutes=2)
RETRY_BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=20))


@dataclass
class SweepReport(Tally):
    groups: int = 0
    recorded: int = 0
    missed: int = 0
    superseded: int = 0
    sent: int = 0
    late: int = 0
    retried: int = 0
    failed: int = 0
    dropped: int = 0


AfterMeetingHook = Callable[[Group, NudgeKey, datetime], Iterable[Outbound]]


class NudgeService:
    """Plans and delivers nudges. The scheduler (APScheduler, the console's clock) only calls `sweep`."""

    def __init__(self, uow_factory: NudgeUnitOfWorkFactory, clock: Clock, chat: ChatPort, chunk: int = 500,
                 agenda_notes: Sequence[Callable[[Any, Group, NudgeKey], Awaitable[Sequence[Any]]]] = (),
                 metrics: Metrics = NO_METRICS) -> None:
        """`agenda_notes`: extra agenda lines for a reminder, e.g. the consultation request posted for that
        meeting (the case service's `agenda_notes`)."""
        self.uow_factory = uow_factory
        self.clock = clock
        self.chat = chat
        self.chunk = chunk
        self.after_meeting: list[AfterMeetingHook] = []
        self.agenda_notes = list(agenda_notes)
        self.metrics = metrics  # nudges due / sent / late / missed / failed, by kind (bot/metrics.py)

    async def next_due(self) -> datetime | None:
        """The earliest moment anything could fall due (for a simulated clock that walks from one to the next)."""
        async with self.uow_factory() as uow:
            return await uow.nudges.next_due()

    async def sweep(self) -> SweepReport:
        now = self.clock.now()
        report = await self.plan(now)
        report += await self.deliver(now)
        return report

    async def plan(self, now: datetime) -> SweepReport:
        report = SweepReport()
        after_id = 0
        while True:
            async with self.uow_factory() as uow:
                ids = await uow.nudges.groups_due(now, after_id, self.chunk)
                if not ids:
                    return report
                after_id = ids[-1]
                groups = await uow.groups.get_many(ids)
                rosters = await uow.groups.rosters(ids)
                # A meeting that has started is recorded (presenters take fresh turn marks) before planning;
                # only those groups need their members as records.
                settling = [group for group in groups if group.needs_settling(now)]
                await uow.groups.load_members(settling)
                for group in settling:
                    group.settle(now)
                    rosters[group.id or 0] = group.roster()
                since_floor = min((g.nudged_through or now) for g in groups) - MAX_LEAD - timedelta(days=2)
                recorded: dict[int, set[NudgeKey]] = {}
                for key in await uow.nudges.recorded(ids, since_floor):
                    recorded.setdefault(key.group_id, set()).add(key)
                rows: list[NudgeRecord] = []
                looked: list[tuple[int, datetime | None]] = []
                for group in groups:
                    since = group.nudged_through or now
                    mine = recorded.get(group.id or 0, set())
                    result = plan_group(group, rosters.get(group.id or 0, []), now, since, mine)
                    send, superseded = collapse(result.due)
                    # Late means it fell due while nobody was looking (the bot was down), not that a change
                    # made a nudge newly due after its usual moment (a new presenter, a new member).
                    rows += [NudgeRecord(d.key, d.due_at, "pending", late=d.due_at > since and now - d.due_at > LATE_AFTER)
                             for d in send]
                    rows += [NudgeRecord(d.key, d.due_at, "superseded") for d in superseded]
                    rows += [NudgeRecord(d.key, d.due_at, "missed") for d in result.missed]
                    looked.append((group.id or 0, result.next_at))
                    report.groups += 1
                    report.missed += len(result.missed)
                    report.superseded += len(superseded)
                report.recorded += await uow.nudges.record(rows)
                await uow.nudges.advance(looked, now)
                await uow.commit()
                for state, counted in (("due", "pending"), ("missed", "missed")):
                    for kind, count in Counter(r.key.kind for r in rows if r.status == counted).items():
                        self.metrics.nudge(kind, state, count)

    async def deliver(self, now: datetime, limit: int = 100_000) -> SweepReport:
        """Send what is pending, a group at a time: one claim, one load and one record per group."""
        report = SweepReport()
        async with self.uow_factory() as uow:
            queue = await uow.nudges.deliverable(now, limit)
        by_group: dict[int, list[NudgeRecord]] = {}
        for record in sorted(queue, key=lambda r: (r.due_at, r.key.kind, r.key.recipient)):
            by_group.setdefault(record.key.group_id, []).append(record)
        for group_id, records in by_group.items():
            await self._deliver_group(group_id, records, now, report)
        return report

    async def _deliver_group(self, group_id: int, records: list[NudgeRecord], now: datetime,
                             report: SweepReport) -> None:
        async with self.uow_factory() as uow:
            claimed = await uow.nudges.claim_many([r.id for r in records if r.id is not None], now, now + LEASE)
            await uow.commit()
        records = [r for r in records if r.id in claimed]
        if not records:
            return
        prepared: list[tuple[NudgeRecord, Outbound | None, list[Outbound]]] = []
        async with self.uow_factory() as uow:
            group = await uow.groups.get(group_id)
            if group is not None:
                group.settle(now)
            zones = await self._reader_zones(uow, group, records)
            for record in records:
                outbound: Outbound | None = None
                extra: list[Outbound] = []
                if group is not None:
                    notes: list[Any] = []
                    if record.key.kind in (REMINDER_24H, REMINDER_1H):
                        for note_hook in self.agenda_notes:
                            notes += list(await note_hook(uow, group, record.key))
                    outbound = render(group, record.key, _upcoming_for(group, record.key, now), record.late, notes,
                                      now=now, reader_zone=zones.get(record.key.recipient))
                    if record.key.kind == AFTER and outbound is not None:
                        for hook in self.after_meeting:
                            extra += list(hook(group, record.key, now))
                prepared.append((record, outbound, extra))
            await uow.commit()
        failures: list[tuple[NudgeRecord, DeliveryFailed]] = []
        for record, outbound, extra in prepared:
            await self._send_one(record, outbound, extra, now, report, failures)
        async with self.uow_factory() as uow:
            for record, _, _ in prepared:
                await uow.nudges.finish(record)
            await uow.commit()
        if group is not None:
            for record, failure in failures:
                await self._tell_facilitators(group, record, failure)

    @staticmethod
    async def _reader_zones(uow: Any, group: Group | None, records: list[NudgeRecord]) -> dict[str, str]:
        """The own time zones of those a direct nudge goes to (one query per group and sweep)."""
        people = sorted({r.key.recipient for r in records if r.key.recipient not in (CHANNEL, UNKNOWN)})
        if group is None or not people:
            return {}
        return {p.user_id: p.timezone for p in await uow.profiles.many([group.user(u) for u in people])
                if p.timezone}

    async def _send_one(self, record: NudgeRecord, outbound: Outbound | None, extra: list[Outbound],
                        now: datetime, report: SweepReport, failures: list[tuple[NudgeRecord, DeliveryFailed]]) -> None:
        if outbound is None:
            record.status, record.reason = "dropped", "no longer applies"
            report.dropped += 1
            return
        reclaimed = record.status == "sending"  # a previous sender's lease ran out: it may have sent already
        record.attempts += 1
        if reclaimed:
            already = await _already_delivered(self.chat, record)
            if already is not None:
                record.status, record.sent_at, record.reference = "sent", now, already
                report.sent += 1
                self.metrics.nudge(record.key.kind, "sent")
                return
        try:
            record.reference = await _send(self.chat, outbound, _delivery_key(record))
            for more in extra:
                await self.chat.send(more)
        except DeliveryFailed as failure:
            self._failed(record, failure, now, report, failures)
            return
        except Exception as error:  # an adapter bug must not stop the sweep
            log.error("nudge %s delivery raised %s", record.id, error_summary(error))
            self._failed(record, DeliveryFailed("unknown", False, type(error).__name__), now, report, failures)
            return
        record.status, record.sent_at, record.reason = "sent", now, None
        report.sent += 1
        report.late += int(record.late)
        self.metrics.nudge(record.key.kind, "sent")
        if record.late:
            self.metrics.nudge(record.key.kind, "late")

    def _failed(self, record: NudgeRecord, failure: DeliveryFailed, now: datetime, report: SweepReport,
                failures: list[tuple[NudgeRecord, DeliveryFailed]]) -> None:
        record.reason = failure.reason
        if not failure.permanent and record.attempts <= len(RETRY_BACKOFF):
            record.status = "retry"
            record.next_attempt_at = now + RETRY_BACKOFF[record.attempts - 1]
            report.retried += 1
            log.info("nudge %s: %s, retrying", record.id, failure.reason)
            return
        record.status = "failed"
        report.failed += 1
        self.metrics.nudge(record.key.kind, "failed")
        log.warning("nudge %s failed: %s", record.id, failure.reason)
        if record.key.kind != AFTER:
            failures.append((record, failure))

    async def _tell_facilitators(self, group: Group, record: NudgeRecord, failure: DeliveryFailed) -> None:
        who = "the group's channel" if record.key.recipient == CHANNEL else f"@{record.key.recipient}"
        for facilitator in group.facilitators:
            note = Outbound(ToDirect(group.user(facilitator.user_id)), message(
                para(f"Roundtable couldn't deliver the {record.key.kind.replace('_', ' ')} nudge for "
                     f"{possessive(group.name)} meeting on ", When(record.key.meeting_start, group.timezone, "date"),
                     f" to {who} ({failure.reason.replace('_', ' ')}). Please check the bot's access.")))
            try:
                await self.chat.send(note)
            except DeliveryFailed:
                log.warning("could not tell a facilitator of group %s about a failed nudge", group.id)


def _delivery_key(record: NudgeRecord) -> str:
    return f"rt-nudge-{record.id}"


async def _send(chat: ChatPort, outbound: Outbound, key: str) -> str | None:
    """Send with an idempotency key where the adapter takes one (Discord's enforced nonce)."""
    if isinstance(chat, CanSendKeyed):
        return await chat.send_keyed(outbound, key)
    return await chat.send(outbound)


async def _already_delivered(chat: ChatPort, record: NudgeRecord) -> str | None:
    """After a crash between sending and recording, ask the platform whether the message went out, where it
    can tell (`find_delivered`); otherwise send again - a possible repeat beats a lost reminder."""
    if not isinstance(chat, CanFindDelivered):
        return None
    try:
        return await chat.find_delivered(_delivery_key(record))
    except DeliveryFailed:
        return None


def _upcoming_for(group: Group, key: NudgeKey, now: datetime) -> Upcoming | None:
    for item in group.upcoming(now, 12):
        if item.original_start == key.occurrence and item.start == key.meeting_start:
            return item
    return None

"""NudgeService: the sweep. *Plan* (bulk) records every due nudge as pending, or as missed when the meeting has
already started; *deliver* claims pending rows under a short lease, renders them from the current state, sends them
through the chat port and marks them sent (late if overdue), or retries with backoff, or tells the facilitators."""
from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from bot.clock import Clock
from bot.domain.group import ActiveMember, Group, Upcoming
from bot.messages import Outbound, ToDirect, When, message, para, possessive
from bot.metrics import NO_METRICS, Metrics
from bot.nudges.pacing import Pacer
from bot.nudges.plan import (
    AFTER,
    CHANNEL,
    MAX_LEAD,
    RECAP,
    REMINDER_1H,
    REMINDER_24H,
    UNKNOWN,
    NudgeKey,
    NudgeRecord,
    collapse,
    matters_at,
    plan_group,
)
from bot.nudges.ports import NudgeUnitOfWorkFactory
from bot.nudges.render import render
from bot.ports import CanFindDelivered, CanPace, CanPrepare, CanSendKeyed, ChatPort, DeliveryFailed
from bot.privacy import error_summary
from bot.sweeps import Tally

log = logging.getLogger("roundtable.nudges")

LATE_AFTER = timedelta(minutes=10)
LEASE = timedelta(minutes=2)
AHEAD = 4  # batches claimed and not yet recorded: 200 nudges, under five seconds at Discord's 45 a second
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
# Extra lines for a batch of channel reminders and recaps, one list per (group, key), in one query for the batch:
# agenda lines for a reminder, the resources shared for the meeting for a recap (each hook looks at key.kind).
AgendaNotes = Callable[[Any, Sequence[tuple[Group, NudgeKey]]], Awaitable[Sequence[Sequence[Any]]]]


class _Prepared(NamedTuple):
    """A claimed nudge, ready to send: its group and roster as read for its batch, and what it says (None: drop)."""

    record: NudgeRecord
    group: Group | None
    roster: list[ActiveMember]
    outbound: Outbound | None
    extra: list[Outbound]


class NudgeService:
    """Plans and delivers nudges. The scheduler (APScheduler, the console's clock) only calls `sweep`."""

    def __init__(self, uow_factory: NudgeUnitOfWorkFactory, clock: Clock, chat: ChatPort, chunk: int = 500,
                 agenda_notes: Sequence[AgendaNotes] = (), batch: int = 50, *, pacer: Pacer | None = None,
                 concurrency: int = 32, background: bool = False,
                 metrics: Metrics = NO_METRICS) -> None:
        """`agenda_notes`: extra agenda lines for reminders, e.g. the consultation requests posted for their
        meetings (the case service's `agenda_notes_many`); `batch`: how many nudges one claim takes.

        Sends run concurrently, at most `concurrency` at once, each waiting its turn in `pacer` for the platform
        limits the chat port names (`CanPace`), most urgent first. The next batch is claimed while one is
        sending, so a nudge that falls due during a burst overtakes the less urgent ones still waiting.
        `background` (`roundtable run`): a sweep plans and returns, and delivery goes on in a task of its own,
        so the next sweep can plan while a burst is still sending. `metrics` counts nudges due / sent / late /
        missed / failed, by kind (bot/metrics.py)."""
        self.uow_factory = uow_factory
        self.clock = clock
        self.chat = chat
        self.chunk = chunk
        self.batch = batch
        self.after_meeting: list[AfterMeetingHook] = []
        self.agenda_notes = list(agenda_notes)
        self.metrics = metrics  # nudges due / sent / late / missed / failed, by kind (bot/metrics.py)
        self.pacer = pacer or Pacer()
        self.background = background
        self._slots = asyncio.Semaphore(concurrency)
        # Claiming, loading and recording take turns (sending overlaps them): one database connection at a time,
        # which SQLite in memory (one shared connection) needs, and which costs nothing measurable elsewhere.
        self._database_turn = asyncio.Lock()
        self._courier: asyncio.Task[None] | None = None
        self._more = False
        self._stopping = False  # a graceful stop: the courier finishes what it holds and claims nothing more

    async def next_due(self) -> datetime | None:
        """The earliest moment anything could fall due (for a simulated clock that walks from one to the next)."""
        async with self.uow_factory() as uow:
            return await uow.nudges.next_due()

    async def sweep(self) -> SweepReport:
        now = self.clock.now()
        report = await self.plan(now)
        if self.background:
            self._deliver_soon()
        else:
            report += await self.deliver(now)
        return report

    def _deliver_soon(self) -> None:
        """Start the courier, or tell the running one to look again before it stops."""
        if self._courier is not None and not self._courier.done():
            self._more = True
            return
        self._courier = asyncio.get_running_loop().create_task(self._courier_rounds(), name="roundtable-courier")

    async def _courier_rounds(self) -> None:
        while True:
            self._more = False
            try:
                report = await self.deliver(self.clock.now())
            except Exception as error:  # noqa: BLE001 - claimed rows are taken again after their lease
                log.error("delivery failed: %s", error_summary(error))
                return
            log.debug("delivered: %s", report)
            if not self._more or self._stopping:
                return

    async def stop(self, grace: float = 20.0) -> None:
        """A graceful stop: the courier claims no new batch and finishes the ones it is sending - sent, then
        recorded - for at most `grace` seconds. Then it is cancelled: what it claimed and did not record is taken
        again after its lease (on Slack, a message sent but not recorded may then go out twice)."""
        self._stopping = True
        courier, self._courier = self._courier, None
        if courier is None or courier.done():
            return
        try:
            done, _ = await asyncio.wait({courier}, timeout=grace)
        except asyncio.CancelledError:  # the caller's own deadline ran out first: do not leave the courier behind
            courier.cancel()
            await asyncio.gather(courier, return_exceptions=True)
            raise
        if not done:
            log.warning("delivery still running after %.0f s: interrupted; its claims are retried", grace)
            courier.cancel()
            await asyncio.gather(courier, return_exceptions=True)

    async def delivered(self) -> None:
        """Wait for the courier to finish what it is delivering (tests, benchmarks)."""
        while self._courier is not None and not self._courier.done():
            await asyncio.gather(self._courier, return_exceptions=True)

    async def plan(self, now: datetime) -> SweepReport:
        """Record what is due, a chunk of groups at a time. In the background (`roundtable run`) delivery starts
        as soon as the first chunk is recorded and goes on while later chunks are planned: a burst of 80,000 RSVP
        messages starts sending within a second, not after the whole sweep has been planned. Delivery still
        claims most urgent first among what is recorded, so a more urgent nudge in a later chunk overtakes what
        waits (all but the batches already claimed, as when a later sweep plans during a burst)."""
        report = SweepReport()
        after_id = 0
        while True:
            if self.background:
                # A chunk is one transaction, taken in turn with the courier's claims and records (SQLite in
                # memory is one shared connection; elsewhere the wait is one chunk's time at most).
                async with self._database_turn:
                    pending, ids = await self._plan_chunk(now, after_id, report)
                if pending:
                    self._deliver_soon()
            else:
                pending, ids = await self._plan_chunk(now, after_id, report)
            if not ids:
                return report
            after_id = ids[-1]

    async def _plan_chunk(self, now: datetime, after_id: int, report: SweepReport) -> tuple[int, list[int]]:
        """Plan the next chunk of due groups after `after_id` and record it: (pending rows recorded, group ids)."""
        async with self.uow_factory() as uow:
            ids = await uow.nudges.groups_due(now, after_id, self.chunk)
            if not ids:
                return 0, ids
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
            for index, group in enumerate(groups):
                if self.background and index % 50 == 49:
                    await asyncio.sleep(0)  # planning is CPU work: let the sends under way go on meanwhile
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
            return sum(1 for r in rows if r.status == "pending"), ids

    async def deliver(self, now: datetime, limit: int = 100_000) -> SweepReport:
        """Send what is deliverable, most urgent first, a batch at a time: one claim, one load (groups, members,
        time zones, agenda notes) and one record per batch, whatever the number of groups in it. A batch is
        claimed while those before are sending (at most `AHEAD` at once, so nothing waits long under its lease)."""
        report = SweepReport()
        taken = 0
        sending: set[asyncio.Task[None]] = set()
        try:
            while taken < limit and not self._stopping:
                while len(sending) >= AHEAD:
                    done, sending = await asyncio.wait(sending, return_when=asyncio.FIRST_COMPLETED)
                    for task in done:
                        task.result()
                if self._stopping:  # a stop came while waiting for a batch to finish: claim nothing more
                    break
                async with self._database_turn:
                    async with self.uow_factory() as uow:
                        records = await uow.nudges.claim(now, now + LEASE, min(self.batch, limit - taken))
                        await uow.commit()
                    if not records:
                        break
                    taken += len(records)
                    prepared = await self._prepare(records, now)
                sending.add(asyncio.get_running_loop().create_task(self._deliver_batch(prepared, now, report)))
            while sending:
                done, sending = await asyncio.wait(sending, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    task.result()
        except Exception:
            # A batch failed (most likely its record: a busy database). The others are mid-send: let them finish
            # and record rather than cut them off - a send cut off after the platform took it (a Discord DM
            # channel created, its id not yet kept) is made again when its row is taken after the lease.
            await asyncio.gather(*sending, return_exceptions=True)
            sending = set()
            raise
        finally:
            for task in sending:
                task.cancel()
        return report

    async def _deliver_batch(self, prepared: list[_Prepared], now: datetime, report: SweepReport) -> None:
        failures: list[tuple[NudgeRecord, DeliveryFailed]] = []
        await asyncio.gather(*(self._send_paced(p.record, p.outbound, p.extra, now, report, failures)
                               for p in prepared))
        async with self._database_turn, self.uow_factory() as uow:
            await uow.nudges.finish_many([p.record for p in prepared])
            await uow.commit()
        by_record = {p.record.id: p for p in prepared}
        for record, failure in failures:
            mine = by_record.get(record.id)
            if mine is not None and mine.group is not None:
                await self._tell_facilitators(mine.group, [m.user_id for m in mine.roster if m.facilitator],
                                              record, failure)

    async def _prepare(self, records: list[NudgeRecord], now: datetime) -> list[_Prepared]:
        """Render each claimed nudge from its group's current state, reading the batch's groups (with their
        meetings), active members as a plain roster (the plan's narrow query, no member records), readers' time
        zones and agenda notes in a few queries for the whole batch. Member records are loaded only for a group
        whose meeting has started since it was planned (to settle it) and for the after-meeting hooks."""
        prepared: list[_Prepared] = []
        async with self.uow_factory() as uow:
            group_ids = sorted({r.key.group_id for r in records})
            groups = {group.id: group for group in await uow.groups.get_many(group_ids)}
            rosters = await uow.groups.rosters([gid for gid in group_ids if gid in groups])
            settling = [group for group in groups.values() if group.needs_settling(now)]
            if self.after_meeting:  # the hooks are given whole groups
                afterwards = {r.key.group_id for r in records if r.key.kind == AFTER}
                settling += [g for g in groups.values() if g.id in afterwards and g not in settling]
            await uow.groups.load_members(settling)
            for group in settling:
                group.settle(now)
                rosters[group.id or 0] = group.roster()
            zones = await self._reader_zones(uow, groups, records)
            reminders = [(groups[r.key.group_id], r.key) for r in records
                         if r.key.kind in (REMINDER_24H, REMINDER_1H, RECAP) and r.key.group_id in groups]
            notes: dict[tuple[int, NudgeKey], list[Any]] = {}
            for note_hook in self.agenda_notes if reminders else ():  # one query per hook for the whole batch
                for (group, key), found in zip(reminders, await note_hook(uow, reminders), strict=True):
                    notes.setdefault((group.id or 0, key), []).extend(found)
            upcoming: dict[int, list[Upcoming]] = {}  # once per group, not per member it writes to
            for index, record in enumerate(records):
                if index % 10 == 9:
                    await asyncio.sleep(0)  # rendering is CPU work: let the sends already under way go on
                mine = groups.get(record.key.group_id)
                roster = rosters.get(record.key.group_id, [])
                outbound: Outbound | None = None
                extra: list[Outbound] = []
                if mine is not None:
                    if record.key.group_id not in upcoming:
                        upcoming[record.key.group_id] = mine.upcoming(now, 12, roster=roster)
                    item = _upcoming_for(upcoming[record.key.group_id], record.key)
                    outbound = render(mine, record.key, item, record.late, notes.get((mine.id or 0, record.key), []),
                                      now=now, reader_zone=zones.get((mine.id or 0, record.key.recipient)),
                                      roster=roster)
                    if record.key.kind == AFTER and outbound is not None:
                        for hook in self.after_meeting:
                            extra += list(hook(mine, record.key, now))
                prepared.append(_Prepared(record, mine, roster, outbound, extra))
            await uow.commit()
        if isinstance(self.chat, CanPrepare):  # so `limits` counts every request (a DM's conversation to open)
            try:
                await self.chat.prepare([p.outbound for p in prepared if p.outbound is not None])
            except Exception as error:  # noqa: BLE001 - without it the port counts conservatively, and sends
                log.warning("the chat port could not prepare a batch: %s", error_summary(error))
        return prepared

    @staticmethod
    async def _reader_zones(uow: Any, groups: dict[int | None, Group], records: list[NudgeRecord]
                            ) -> dict[tuple[int, str], str]:
        """The own time zones of those a direct nudge goes to: one query per workspace in the batch."""
        wanted: dict[tuple[str, str], dict[str, list[int]]] = {}
        for record in records:
            group = groups.get(record.key.group_id)
            if group is None or record.key.recipient in (CHANNEL, UNKNOWN):
                continue
            where = (group.platform, group.workspace_id)
            wanted.setdefault(where, {}).setdefault(record.key.recipient, []).append(group.id or 0)
        zones: dict[tuple[int, str], str] = {}
        for users in wanted.values():
            some_group = groups[next(iter(users.values()))[0]]
            for profile in await uow.profiles.many([some_group.user(u) for u in sorted(users)]):
                if profile.timezone:
                    for group_id in users.get(profile.user_id, []):
                        zones[(group_id, profile.user_id)] = profile.timezone
        return zones

    async def _send_paced(self, record: NudgeRecord, outbound: Outbound | None, extra: list[Outbound],
                          now: datetime, report: SweepReport, failures: list[tuple[NudgeRecord, DeliveryFailed]]
                          ) -> None:
        """Wait for the platform's limits (most urgent first: when the message stops mattering), then a sending
        slot, then send."""
        if outbound is not None and isinstance(self.chat, CanPace):
            urgency = (matters_at(record.key.kind, record.key.meeting_start, record.due_at), record.id or 0)
            await self.pacer.acquire(self.chat.limits(outbound), urgency)
        async with self._slots:
            await self._send_one(record, outbound, extra, now, report, failures)

    async def _send_one(self, record: NudgeRecord, outbound: Outbound | None, extra: list[Outbound],
                        now: datetime, report: SweepReport, failures: list[tuple[NudgeRecord, DeliveryFailed]]) -> None:
        if outbound is None:
            # A recap with nothing shared for its meeting says nothing; other nudges no longer fit the meeting.
            record.status, record.reason = "dropped", "nothing shared" if record.key.kind == RECAP else "no longer applies"
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

    async def _tell_facilitators(self, group: Group, facilitators: list[str], record: NudgeRecord,
                                 failure: DeliveryFailed) -> None:
        who = "the group's channel" if record.key.recipient == CHANNEL else f"@{record.key.recipient}"
        for facilitator in facilitators:
            note = Outbound(ToDirect(group.user(facilitator)), message(
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


def _upcoming_for(upcoming: list[Upcoming], key: NudgeKey) -> Upcoming | None:
    for item in upcoming:
        if item.original_start == key.occurrence and item.start == key.meeting_start:
            return item
    return None

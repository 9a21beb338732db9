"""Pre-meeting nudges: what is due at time T, and sending it exactly once.

The database is the source of truth. Each nudge is a row in a ledger keyed by (group, occurrence, meeting
start, kind, recipient), so a nudge is recorded at most once across restarts, retries and replicas. Nothing
is scheduled per nudge: a sweep asks "what is due now?", computed from each group's current state (schedule,
skips and moves, the presenter rotation, RSVPs), so a pass, a swap, a skipped meeting or a changed lead time
takes effect at the next sweep with no pending jobs to fix up. Each group carries `next_nudge_at`, the
earliest moment anything could fall due for it, so a sweep only loads groups with something to do.

A sweep has two phases. *Plan* (bulk): record every due nudge as pending (or as missed, when the meeting has
already started). *Deliver*: claim pending rows one by one under a short lease, render them from the current
state, send them through the chat port, and mark them sent (late if overdue), or retry with backoff, or report
the failure to the facilitators.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import Any, NamedTuple, Protocol
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.domain.errors import Refusal
from bot.domain.group import ActiveMember, Group, Occurrence, Upcoming
from bot.messages import (
    Button,
    Heading,
    Mention,
    Message,
    Outbound,
    ToChannel,
    ToDirect,
    When,
    buttons,
    message,
    para,
    possessive,
)
from bot.ports import ChatPort, DeliveryFailed, UnitOfWorkFactory
from bot.privacy import error_summary

log = logging.getLogger("roundtable.nudges")

PREPARE, LAST_CALL, RSVP, REMINDER_24H, REMINDER_1H, AFTER = (
    "prepare", "last_call", "rsvp", "reminder_24h", "reminder_1h", "after")
KINDS = (PREPARE, LAST_CALL, RSVP, REMINDER_24H, REMINDER_1H, AFTER)
PRIVATE_KINDS = (PREPARE, LAST_CALL, RSVP)
DEFAULT_LEADS = {PREPARE: 7 * 24 * 60, LAST_CALL: 24 * 60, RSVP: 2 * 24 * 60, REMINDER_24H: 24 * 60,
                 REMINDER_1H: 60, AFTER: 0}
DESCRIPTIONS = {
    PREPARE: "asks the presenter to prepare a de-identified consultation question",
    LAST_CALL: "reminds the presenter the day before, unless they have confirmed",
    RSVP: "asks members who haven't answered whether they're coming",
    REMINDER_24H: "reminds the group in its channel",
    REMINDER_1H: "reminds the group in its channel, shortly before",
    AFTER: "asks the facilitators to confirm attendance, after the meeting ends (minutes after its end)",
}
DEFAULT_AGENDA = ("Check-in round", "Case presentation", "Feedback round", "Closing")
CHANNEL = ""          # recipient of a channel reminder
UNKNOWN = "*"         # recipient recorded for a nudge that was missed before anyone could be picked
LATE_AFTER = timedelta(minutes=10)
LEASE = timedelta(minutes=2)
RETRY_BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=20))
AFTER_USEFUL_FOR = timedelta(hours=24)
MAX_LEAD = timedelta(days=14)
# What each lead time may be, in minutes: a preparation nudge needs time to prepare, an hour's reminder must not
# come a day early, and a nudge due at the meeting's start would never be sent (the meeting has begun).
LEAD_RANGES = {PREPARE: (12 * 60, 14 * 24 * 60), LAST_CALL: (60, 3 * 24 * 60), RSVP: (60, 14 * 24 * 60),
               REMINDER_24H: (60, 3 * 24 * 60), REMINDER_1H: (5, 12 * 60), AFTER: (0, 2 * 24 * 60)}


@dataclass(frozen=True)
class NudgePlan:
    """A group's nudges: lead time in minutes per kind, or None when the group turned that nudge off."""

    leads: dict[str, int | None] = field(default_factory=lambda: dict(DEFAULT_LEADS))

    @classmethod
    def parse(cls, text: str | None) -> NudgePlan:
        leads: dict[str, int | None] = dict(DEFAULT_LEADS)
        for part in (text or "").split(";"):
            if "=" in part:
                kind, value = part.split("=", 1)
                if kind in leads:
                    leads[kind] = None if value == "off" else int(value)
        return cls(leads)

    def to_text(self) -> str:
        return ";".join(f"{k}={'off' if v is None else v}" for k, v in self.leads.items())

    def with_lead(self, kind: str, minutes: int | None) -> NudgePlan:
        leads = dict(self.leads)
        leads[kind] = minutes
        return NudgePlan(leads)


class NudgeKey(NamedTuple):
    """What makes a nudge unique: the ledger's key (a tuple, so sets of thousands of keys hash quickly)."""

    group_id: int
    occurrence: datetime
    meeting_start: datetime
    kind: str
    recipient: str


@dataclass
class NudgeRecord:
    """A row of the ledger."""

    key: NudgeKey
    due_at: datetime
    status: str                # pending | sending | sent | retry | failed | missed | superseded
    attempts: int = 0
    next_attempt_at: datetime | None = None
    sent_at: datetime | None = None
    late: bool = False
    reference: str | None = None
    reason: str | None = None
    id: int | None = None


class NudgeLedger(Protocol):
    async def groups_due(self, now: datetime, after_id: int, limit: int) -> list[int]: ...
    async def recorded(self, group_ids: list[int], since: datetime) -> set[NudgeKey]: ...
    async def record(self, rows: list[NudgeRecord]) -> int: ...
    async def advance(self, looked: list[tuple[int, datetime | None]], now: datetime) -> None:
        """Groups planned through `now`: each with the next moment anything could fall due for it."""
    async def deliverable(self, now: datetime, limit: int) -> list[NudgeRecord]: ...
    async def claim_many(self, record_ids: list[int], now: datetime, lease_until: datetime) -> set[int]: ...
    async def finish(self, record: NudgeRecord) -> None: ...
    async def next_due(self) -> datetime | None: ...


def parse_lead(text: str) -> int | None:
    """'7d', '36h', '90m', '2d12h', 'off' -> minutes (None for off)."""
    text = text.strip().lower()
    if text in ("off", "none", "no"):
        return None
    parts = re.findall(r"(\d+)\s*([dhm])", text)
    if not parts or "".join(f"{n}{u}" for n, u in parts) != text.replace(" ", ""):
        raise Refusal("Give a lead time like `7d`, `36h`, `90m` or `2d12h`, or `off`.")
    minutes = sum(int(n) * {"d": 1440, "h": 60, "m": 1}[u] for n, u in parts)
    if minutes > MAX_LEAD.total_seconds() / 60:
        raise Refusal("Lead times can be at most 14 days.")
    return minutes


def check_lead(kind: str, minutes: int | None) -> int | None:
    """A lead time within the kind's sensible range (LEAD_RANGES), or a refusal that gives the range."""
    low, high = LEAD_RANGES[kind]
    if minutes is not None and not low <= minutes <= high:
        raise Refusal(f"The {kind} nudge can come between {_duration(low)} and {_duration(high)} "
                      f"{'after the meeting ends' if kind == AFTER else 'before the meeting'}, so "
                      f"{_duration(minutes)} will not work. Pick a time in that range, or `off`.")
    return minutes


def lead_range(kind: str) -> str:
    low, high = LEAD_RANGES[kind]
    return f"{_duration(low)} to {_duration(high)}"


def _duration(minutes: int) -> str:
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    return " ".join(f"{n}{u}" for n, u in ((days, "d"), (hours, "h"), (mins, "m")) if n) or "0m"


def describe_lead(kind: str, minutes: int | None) -> str:
    if minutes is None:
        return "off"
    text = _duration(minutes)
    return f"{text} after the end" if kind == AFTER else f"{text} before"


def in_about(delta: timedelta) -> str:
    """How far off a meeting is, the same for every reader wherever they are: "in about an hour", "in 3 hours"."""
    minutes = max(0, round(delta.total_seconds() / 60))
    if minutes < 2:
        return "now"
    if minutes < 45:
        return f"in {minutes} minutes"
    if minutes <= 90:
        return "in about an hour"
    hours, rest = divmod(minutes, 60)
    return f"in {hours} hours" if rest == 0 else f"in about {hours + (rest >= 30)} hours"


def day_and_time(start: datetime, now: datetime, zone: ZoneInfo) -> str:
    """When a meeting is on the calendar of someone in `zone`, seen at `now`: "today at 17:00", "tomorrow at
    18:00", "on Thursday at 18:00"; within about an hour and a half, "in about an hour"."""
    if start - now <= timedelta(minutes=90):
        return in_about(start - now)
    local = start.astimezone(zone)
    days = (local.date() - now.astimezone(zone).date()).days
    clock = f"{local:%H:%M}"
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"tomorrow at {clock}"
    if days < 7:
        return f"on {local:%A} at {clock}"
    return f"on {local:%a} {local.day} {local:%b} at {clock}"


# Planning -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Due:
    """A nudge the plan says should exist, with who gets it."""

    key: NudgeKey
    due_at: datetime


@dataclass
class GroupPlan:
    due: list[Due]
    missed: list[Due]
    next_at: datetime | None


def plan_group(group: Group, roster: list[ActiveMember], now: datetime, since: datetime,
               recorded: set[NudgeKey]) -> GroupPlan:
    """Which of the group's nudges are due at `now` and not yet recorded; which were missed; when to look again.

    `roster`: the group's active members (`group.roster()`; the sweep reads them without loading members)."""
    assert group.id is not None
    leads = _leads(group.nudge_plan)
    if group.recurrence() is None or not leads:
        return GroupPlan([], [], None)
    length = timedelta(minutes=group.meeting_minutes)
    lookback = since - length - leads.get(AFTER, timedelta()) - AFTER_USEFUL_FOR
    horizon = now + max(leads.values()) + timedelta(days=1)
    expanded = group.occurrences_between(lookback, 6)
    while expanded and expanded[-1].start <= horizon and len(expanded) < 200:   # frequent meetings, long leads
        expanded = group.occurrences_between(lookback, len(expanded) * 2)
    # Up to the horizon, plus the first meeting past it: that tells us when to look again.
    occurrences = [o for o in expanded if o.start <= horizon]
    occurrences += [o for o in expanded if o.start > horizon][:1]
    future = {u.original_start: u for u in group.upcoming(now, sum(1 for o in occurrences if o.start > now),
                                                          known=expanded, roster=roster)}
    people = _People(roster)
    due: list[Due] = []
    missed: list[Due] = []
    next_at: datetime | None = None

    def later(moment: datetime) -> None:
        nonlocal next_at
        if next_at is None or moment < next_at:
            next_at = moment

    for occ in occurrences:
        def key(kind: str, recipient: str, occ: Occurrence = occ) -> NudgeKey:
            return NudgeKey(group.id or 0, occ.original_start, occ.start, kind, recipient)

        item = future.get(occ.original_start)
        for kind, lead in leads.items():
            if kind == AFTER:
                at = occ.start + length + lead
                if at > now:
                    later(at)
                    continue
                if now - at > AFTER_USEFUL_FOR:
                    if at > since:
                        missed.extend(Due(key(kind, f), at) for f in people.facilitators)
                    continue
                for recipient in people.facilitators:
                    if key(kind, recipient) not in recorded:
                        due.append(Due(key(kind, recipient), at))
                continue
            at = occ.start - lead
            if at > now:
                later(at)
                continue
            if item is None:  # the meeting has started: a nudge that fell due since we last looked is missed
                if at > since and not any(k.kind == kind and k.occurrence == occ.original_start for k in recorded):
                    missed.append(Due(key(kind, UNKNOWN), at))
                continue
            for recipient in people.recipients(item, kind):
                if key(kind, recipient) not in recorded:
                    due.append(Due(key(kind, recipient), at))
    return GroupPlan(due, missed, next_at)


@lru_cache(maxsize=256)
def _leads(stored_plan: str | None) -> Mapping[str, timedelta]:
    """The lead time of each nudge the group has on (few distinct plans exist, so they are parsed once; the
    cached mapping is read-only, as it is shared between groups)."""
    return MappingProxyType({k: timedelta(minutes=v) for k, v in NudgePlan.parse(stored_plan).leads.items()
                             if v is not None})


class _People:
    """Who can receive a group's nudges, worked out once per group and plan."""

    def __init__(self, roster: list[ActiveMember]) -> None:
        self.muted = {m.user_id for m in roster if m.muted}
        self.unmuted = [m.user_id for m in roster if not m.muted]
        self.facilitators = [m.user_id for m in roster if m.facilitator]

    def recipients(self, item: Upcoming, kind: str) -> list[str]:
        if kind in (REMINDER_24H, REMINDER_1H):
            return [CHANNEL]
        if kind == PREPARE:
            return [p for p in item.presenters if p not in self.muted]
        if kind == LAST_CALL:
            record = item.record
            confirmed = {p.user_id for p in record.participants if p.confirmed} if record else set()
            return [p for p in item.presenters if p not in self.muted and p not in confirmed]
        if kind == RSVP:
            answered = {p.user_id for p in item.record.participants if p.rsvp} if item.record else set()
            return [u for u in self.unmuted if u not in answered]
        return []


def collapse(due: list[Due]) -> tuple[list[Due], list[Due]]:
    """When several nudges for one meeting fall due together (after downtime, or a late change), send only the
    one that is still the right message: the 1-hour reminder over the 24-hour one, the preparation nudge over
    the last call. Returns (to send, superseded)."""
    keys = {(d.key.group_id, d.key.meeting_start, d.key.kind, d.key.recipient) for d in due}
    send: list[Due] = []
    superseded: list[Due] = []
    for d in due:
        k = d.key
        if k.kind == REMINDER_24H and (k.group_id, k.meeting_start, REMINDER_1H, k.recipient) in keys:
            superseded.append(d)
        elif k.kind == LAST_CALL and (k.group_id, k.meeting_start, PREPARE, k.recipient) in keys:
            superseded.append(d)
        else:
            send.append(d)
    return send, superseded


# Rendering ----------------------------------------------------------------------------------------

PREPARE_GUIDE = (
    "A good consultation question is short and de-identified. Share only what the group needs:\n"
    "• the question you want help with (the one thing to prepare);\n"
    "• a brief, de-identified context: presenting concern, what you've tried, your working formulation;\n"
    "• what kind of feedback you'd like (ideas, an ethical view, countertransference, resources, or just listening).\n"
    "Leave out names, dates more specific than a year, places smaller than a state, contact details, record "
    "numbers and any detail that could identify your client."
)


def render(group: Group, key: NudgeKey, item: Upcoming | None, late: bool,
           notes: Sequence[Any] = (), *, now: datetime, reader_zone: str | None = None) -> Outbound | None:
    """The message for a nudge, from the group's current state; None when it no longer makes sense.

    Words about when ("today at 17:00", "in 3 hours") are worked out at `now`, when the nudge goes out (a change can
    make a nudge due late: a schedule set the morning of a meeting), on the calendar of the reader: `reader_zone` (a
    direct message's recipient's own zone, when their profile has one), else the group's zone, which is also
    everyone's in its channel (where each platform still shows the exact time in each reader's own zone)."""
    start = When(key.meeting_start, group.timezone)
    calendar_day = day_and_time(key.meeting_start, now, ZoneInfo(reader_zone or group.timezone))
    late_note = " (Sorry this comes late: Roundtable was offline when it was due.)" if late else ""
    value = f"{group.id}|{key.occurrence.isoformat()}"
    person = group.user(key.recipient) if key.recipient not in (CHANNEL, UNKNOWN) else None
    if key.kind in (PREPARE, LAST_CALL):
        if item is None or key.recipient not in item.presenters or person is None:
            return None
        heading = (f"You're presenting at {group.name}" if key.kind == PREPARE
                   else f"You present at {group.name} {calendar_day}")
        return Outbound(ToDirect(person, group.channel), Message((
            Heading(heading),
            para("The meeting is on ", start, "." + late_note),
            *message(PREPARE_GUIDE).blocks,
            buttons(Button("I'll present", "nudge.confirm", value, "primary"),
                    Button("Pass this time", "rotation.pass", value),
                    Button("Write my request", "case.open", value)),
        )))
    if key.kind == RSVP:
        if item is None or person is None or not group.is_member(key.recipient):
            return None
        return Outbound(ToDirect(person, group.channel), Message((
            para(f"Will you be at {group.name} on ", start, "?" + late_note),
            _rsvp_buttons(group, key),
        )))
    if key.kind in (REMINDER_24H, REMINDER_1H):
        if item is None:
            return None
        soon = in_about(key.meeting_start - now) if key.kind == REMINDER_1H else calendar_day
        presenters: list[Any] = []
        for index, user_id in enumerate(item.presenters):
            presenters += ([", "] if index else []) + [_mention(group, user_id)]
        blocks: list[Any] = [
            Heading(f"{group.name} meets {soon}"),
            para(start, f" ({group.meeting_minutes} min)." + late_note),
            para("Presenting: ", *(presenters or ["open floor – bring a question if you have one"])),
        ]
        if group.location:
            blocks.append(para(f"Where: {group.location}"))
        agenda = [line for line in (group.agenda or "\n".join(DEFAULT_AGENDA)).splitlines() if line.strip()]
        blocks.append(para("Agenda: " + " → ".join(agenda)))
        blocks.extend(notes)
        blocks.append(_rsvp_buttons(group, key))
        return Outbound(ToChannel(group.channel), Message(tuple(blocks)))
    if key.kind == AFTER:
        if person is None or not group.is_facilitator(key.recipient):
            return None
        return Outbound(ToDirect(person), Message((
            para(f"{group.name} met on ", start, ". Attendance is recorded from the “yes” answers and the "
                 "presenters; check it with `/consult attendance show` and correct it with "
                 "`/consult attendance set @name present|absent`."),
        ), see_again="/consult attendance show"))
    raise ValueError(f"unknown nudge kind {key.kind}")


def _mention(group: Group, user_id: str) -> Mention:
    return Mention(group.user(user_id))


def _rsvp_buttons(group: Group, key: NudgeKey) -> Any:
    value = f"{group.id}|{key.occurrence.isoformat()}"
    return buttons(Button("Yes, I'll be there", "rsvp", f"{value}|yes", "primary"),
                   Button("No", "rsvp", f"{value}|no"), Button("Maybe", "rsvp", f"{value}|maybe"))


# The service --------------------------------------------------------------------------------------


@dataclass
class SweepReport:
    groups: int = 0
    recorded: int = 0
    missed: int = 0
    superseded: int = 0
    sent: int = 0
    late: int = 0
    retried: int = 0
    failed: int = 0
    dropped: int = 0

    def __iadd__(self, other: SweepReport) -> SweepReport:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


AfterMeetingHook = Callable[[Group, NudgeKey, datetime], Iterable[Outbound]]


class NudgeService:
    """Plans and delivers nudges. The scheduler (APScheduler, the console's clock) only calls `sweep`."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock, chat: ChatPort, chunk: int = 500,
                 agenda_notes: Sequence[Callable[[Any, Group, NudgeKey], Awaitable[Sequence[Any]]]] = ()) -> None:
        """`agenda_notes`: extra agenda lines for a reminder, e.g. the consultation request posted for that
        meeting (the case service's `agenda_notes`)."""
        self.uow_factory = uow_factory
        self.clock = clock
        self.chat = chat
        self.chunk = chunk
        self.after_meeting: list[AfterMeetingHook] = []
        self.agenda_notes = list(agenda_notes)

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
    sender = getattr(chat, "send_keyed", None)
    if sender is not None:
        return await sender(outbound, key)
    return await chat.send(outbound)


async def _already_delivered(chat: ChatPort, record: NudgeRecord) -> str | None:
    """After a crash between sending and recording, ask the platform whether the message went out, where it
    can tell (`find_delivered`); otherwise send again - a possible repeat beats a lost reminder."""
    finder = getattr(chat, "find_delivered", None)
    if finder is None:
        return None
    try:
        return await finder(_delivery_key(record))
    except DeliveryFailed:
        return None


def _upcoming_for(group: Group, key: NudgeKey, now: datetime) -> Upcoming | None:
    for item in group.upcoming(now, 12):
        if item.original_start == key.occurrence and item.start == key.meeting_start:
            return item
    return None



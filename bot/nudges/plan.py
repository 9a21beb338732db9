"""Nudges as data and rules, no I/O: the kinds and their lead times, the ledger's rows, and planning - which of a
group's nudges are due at `now`, which were missed, and when to look again."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from bot.domain.errors import Refusal
from bot.domain.group import ActiveMember, Group, Upcoming
from bot.domain.schedule import Occurrence

PREPARE, LAST_CALL, RSVP, REMINDER_24H, REMINDER_1H, AFTER, RECAP = (
    "prepare", "last_call", "rsvp", "reminder_24h", "reminder_1h", "after", "recap")
KINDS = (PREPARE, LAST_CALL, RSVP, REMINDER_24H, REMINDER_1H, AFTER, RECAP)
AFTERWARDS = (AFTER, RECAP)  # the kinds that come after the meeting ends
PRIVATE_KINDS = (PREPARE, LAST_CALL, RSVP)
DEFAULT_LEADS = {PREPARE: 7 * 24 * 60, LAST_CALL: 24 * 60, RSVP: 2 * 24 * 60, REMINDER_24H: 24 * 60,
                 REMINDER_1H: 60, AFTER: 0, RECAP: 0}
DESCRIPTIONS = {
    PREPARE: "asks the presenter to prepare a de-identified consultation question",
    LAST_CALL: "reminds the presenter the day before, unless they have confirmed",
    RSVP: "asks members who haven't answered whether they're coming",
    REMINDER_24H: "reminds the group in its channel",
    REMINDER_1H: "reminds the group in its channel, shortly before",
    AFTER: "asks the facilitators to confirm attendance, after the meeting ends (minutes after its end)",
    RECAP: "lists in the channel the resources shared for the meeting, after it ends (only if there are any)",
}
DEFAULT_AGENDA = ("Check-in round", "Case presentation", "Feedback round", "Closing")
CHANNEL = ""          # recipient of a channel reminder
UNKNOWN = "*"         # recipient recorded for a nudge that was missed before anyone could be picked
AFTER_USEFUL_FOR = timedelta(hours=24)
MAX_LEAD = timedelta(days=14)
# What each lead time may be, in minutes: a preparation nudge needs time to prepare, an hour's reminder must not
# come a day early, and a nudge due at the meeting's start would never be sent (the meeting has begun).
LEAD_RANGES = {PREPARE: (12 * 60, 14 * 24 * 60), LAST_CALL: (60, 3 * 24 * 60), RSVP: (60, 14 * 24 * 60),
               REMINDER_24H: (60, 3 * 24 * 60), REMINDER_1H: (5, 12 * 60), AFTER: (0, 2 * 24 * 60),
               RECAP: (0, 2 * 24 * 60)}


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


def matters_at(kind: str, meeting_start: datetime, due_at: datetime) -> datetime:
    """When a nudge stops being useful: delivery goes in this order, most urgent first (a 1-hour reminder before an
    RSVP message for a meeting two days away). Before a meeting, its start; after it, the end of its usefulness."""
    if kind in AFTERWARDS:
        return due_at + AFTER_USEFUL_FOR
    return meeting_start


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
                      f"{'after the meeting ends' if kind in AFTERWARDS else 'before the meeting'}, so "
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
    return f"{text} after the end" if kind in AFTERWARDS else f"{text} before"


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
    lookback = since - length - max(leads.get(AFTER, timedelta()), leads.get(RECAP, timedelta())) - AFTER_USEFUL_FOR
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
            if kind in AFTERWARDS:
                at = occ.start + length + lead
                if at > now:
                    later(at)
                    continue
                afterwards = people.facilitators if kind == AFTER else [CHANNEL]
                if now - at > AFTER_USEFUL_FOR:
                    if at > since:
                        missed.extend(Due(key(kind, f), at) for f in afterwards)
                    continue
                for recipient in afterwards:
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

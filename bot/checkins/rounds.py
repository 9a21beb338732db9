"""Check-in rounds: when they open, who may answer, when they close, and what may be released. No I/O.

The anonymity rules live here as plain functions so they can be read and tested on their own:
- a round keeps the rule in force when it opened (its instrument and its k);
- results are released only after the round closes and only if at least k answered; the full distribution
  only if at least `DISTRIBUTION_MIN` answered;
- who has answered is known only as a keyed hash of the member under a per-round secret that is deleted,
  with the hashes, when the round closes.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.checkins.instruments import DEFAULT_INSTRUMENT, Instrument
from bot.domain.group import Group, Meeting
from bot.identity import UserRef

AFTER_MEETING, MONTHLY, OFF = "after-meeting", "monthly", "off"
CADENCES = (AFTER_MEETING, MONTHLY, OFF)
OPEN, CLOSED = "open", "closed"

DEFAULT_K, MIN_K, MAX_K = 4, 3, 12
DEFAULT_HOURS, MIN_HOURS, MAX_HOURS = 72, 24, 14 * 24
DISTRIBUTION_MIN = 8
REMIND_BEFORE = timedelta(hours=24)
# A trigger (a meeting's end, the first of the month) still opens a round this long after it, e.g. after downtime.
GRACE = timedelta(hours=24)
# A group is looked at again at least this often, so a meeting moved earlier is still followed by its round.
# It must stay well under GRACE.
RECHECK = timedelta(hours=6)
MONTHLY_AT = time(9, 0)


@dataclass
class CheckinSettings:
    group_id: int
    instrument: str = DEFAULT_INSTRUMENT
    min_answers: int = DEFAULT_K
    cadence: str = AFTER_MEETING
    hours: int = DEFAULT_HOURS
    considered_through: datetime | None = None   # triggers up to here have been dealt with
    next_check_at: datetime | None = None        # when the sweep should look at this group again


@dataclass
class CheckinRound:
    """One round of a group's check-in. Holds nothing about any person's answer."""

    group_id: int
    trigger: str
    instrument: str
    min_answers: int
    opened_at: datetime
    closes_at: datetime
    remind_at: datetime | None
    status: str = OPEN
    reminded: bool = False
    released: bool | None = None
    secret: str | None = field(default=None, repr=False)
    id: int | None = None

    def is_open(self, now: datetime) -> bool:
        return self.status == OPEN and now < self.closes_at

    def marker(self, user: UserRef) -> str:
        """A keyed hash that says "this person has answered" without saying who, once the secret is gone."""
        if self.secret is None:
            raise ValueError("a closed round has no secret")
        text = "\x1f".join((user.platform, user.workspace, user.id)).encode()
        return hmac.new(bytes.fromhex(self.secret), text, hashlib.sha256).hexdigest()


def new_round(settings: CheckinSettings, trigger: str, now: datetime) -> CheckinRound:
    """A round under the group's current rule (instrument, k, length), which it keeps until it closes."""
    closes = now + timedelta(hours=settings.hours)
    remind = closes - REMIND_BEFORE
    return CheckinRound(
        group_id=settings.group_id, trigger=trigger, instrument=settings.instrument,
        min_answers=max(MIN_K, settings.min_answers), opened_at=now, closes_at=closes,
        remind_at=remind if remind > now else None, secret=secrets.token_hex(32),
    )


def eligible(group: Group, round_: CheckinRound) -> list[str]:
    """Members who were in the group when the round opened and still are. Newcomers join the next round."""
    return [m.user_id for m in group.active if m.joined_at is None or m.joined_at <= round_.opened_at]


def may_answer(group: Group, round_: CheckinRound, user_id: str) -> bool:
    return user_id in eligible(group, round_)


# Results ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Results:
    """What a closed round may show: counts in, aggregates out."""

    instrument: Instrument
    answers: int
    flagged: int
    mean: float
    distribution: tuple[tuple[str, int], ...] | None

    @property
    def flagged_share(self) -> float:
        return self.flagged / self.answers if self.answers else 0.0


def tally(instrument: Instrument, counts: dict[int, int]) -> Results:
    """Aggregates from per-bucket counts (bucket = an option's value, or a raw total)."""
    answers = sum(counts.values())
    flagged = sum(n for raw, n in counts.items() if instrument.flagged(raw))
    total = sum(instrument.reported(raw) * n for raw, n in counts.items())
    mean = total / answers if answers else 0.0
    distribution = None
    if answers >= DISTRIBUTION_MIN:
        labels = instrument.band_labels()
        bins = [0] * len(labels)
        for raw, n in counts.items():
            if n:
                bins[instrument.band_of(raw)] += n
        distribution = tuple(zip(labels, bins))
    return Results(instrument, answers, flagged, mean, distribution)


def releasable(round_: CheckinRound, counts: dict[int, int], now: datetime) -> bool:
    """Only after the round has closed, and only with at least the k in force when it opened."""
    if now < round_.closes_at:
        return False
    return sum(counts.values()) >= max(MIN_K, round_.min_answers)


# Triggers -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Trigger:
    key: str
    at: datetime


def due_trigger(group: Group, settings: CheckinSettings, held: list[Meeting], now: datetime) -> Trigger | None:
    """The newest moment since the group was last looked at (at most GRACE ago) that should open a round.

    `held`: the group's recent meetings that have taken place (cancelled ones are ignored).
    """
    since = max(settings.considered_through or now, now - GRACE)
    found: Trigger | None = None
    if settings.cadence == AFTER_MEETING:
        length = timedelta(minutes=group.meeting_minutes)
        for meeting in held:
            end = meeting.start + length
            if meeting.cancelled or not since < end <= now:
                continue
            if found is None or end > found.at:
                found = Trigger(f"meeting:{meeting.original_start.isoformat()}", end)
    elif settings.cadence == MONTHLY:
        moment = first_of_month(now, group.zone)
        if since < moment <= now:
            found = Trigger(f"month:{moment.astimezone(group.zone):%Y-%m}", moment)
    return found


def next_trigger(group: Group, settings: CheckinSettings, held: list[Meeting], now: datetime) -> datetime | None:
    """When the next round could open, at the latest RECHECK from now (None when the cadence is off)."""
    if settings.cadence == OFF:
        return None
    candidates = [now + RECHECK]
    if settings.cadence == AFTER_MEETING:
        length = timedelta(minutes=group.meeting_minutes)
        candidates += [m.start + length for m in held if not m.cancelled and m.start + length > now]
        upcoming = group.upcoming(now, 1)
        if upcoming:
            candidates.append(upcoming[0].start + length)
    elif settings.cadence == MONTHLY:
        candidates.append(first_of_next_month(now, group.zone))
    return min(candidates)


def first_of_month(now: datetime, zone: ZoneInfo) -> datetime:
    local = now.astimezone(zone)
    return datetime.combine(local.date().replace(day=1), MONTHLY_AT, zone).astimezone(now.tzinfo)


def first_of_next_month(now: datetime, zone: ZoneInfo) -> datetime:
    this = first_of_month(now, zone)
    if this > now:
        return this
    local = now.astimezone(zone).date().replace(day=1)
    following = local.replace(year=local.year + 1, month=1) if local.month == 12 else local.replace(month=local.month + 1)
    return datetime.combine(following, MONTHLY_AT, zone).astimezone(now.tzinfo)

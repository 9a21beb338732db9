"""Consultation groups, their members, agreement, meetings and presenter rotation.

Plain classes with no I/O. Storage maps them to tables; use cases load a group, call its methods, commit.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple, TypeVar
from zoneinfo import ZoneInfo

from bot.domain import rotation
from bot.domain.errors import Refusal
from bot.domain.schedule import Occurrence, Recurrence, occurrences
from bot.identity import ChannelRef, UserRef, WorkspaceRef

DEFAULT_CAPACITY = 8
MIN_CAPACITY, MAX_CAPACITY = 2, 12
USUAL_CAPACITY = range(4, 9)
DEFAULT_MEETING_MINUTES = 90
MAX_PRESENTERS = 3
# Who joins while a check-in round is open counts as joining after it opened, even on the very same clock reading.
JOIN_AFTER = timedelta(microseconds=1)

# One item per line: chat clients wrap it to the reader's width (hard-wrapped, it showed broken lines).
DEFAULT_AGREEMENT = """\
Confidentiality agreement for this consultation group

1. What is said in the group stays in the group. I will not repeat another member's cases or disclosures outside it.
2. I present cases de-identified: no names, dates more specific than a year, places smaller than a state, contact details, record numbers or any other detail that could identify a client or their family.
3. I share only what the consultation question needs, and I remember that this chat platform is not a clinical record system: I keep case notes in my own records, not here.
4. If I realise I have shared something identifying, I will remove it at once and tell the facilitator.
5. Consultation does not transfer clinical responsibility: each of us remains responsible for our own clients.
6. I will treat colleagues' disclosures about their own wellbeing with the same confidentiality as client material."""


T = TypeVar("T")


class AmbiguousDay(Refusal):
    """A date that names two or more meetings on the reader's calendar: `choices` are the candidates."""

    def __init__(self, message: str, choices: list) -> None:  # type: ignore[type-arg]
        super().__init__(message)
        self.choices = choices


class Role(StrEnum):
    FACILITATOR = "facilitator"
    MEMBER = "member"


class Standing(StrEnum):
    ACTIVE = "active"
    WAITLISTED = "waitlisted"


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    MAYBE = "maybe"


@dataclass(eq=False)
class Member:
    user_id: str
    role: str = Role.MEMBER
    standing: str = Standing.ACTIVE
    joined_at: datetime | None = None
    agreement_version: int = 0
    agreement_accepted_at: datetime | None = None
    turn_mark: int = 0
    muted: bool = False
    id: int | None = None
    group_id: int | None = None

    @property
    def is_facilitator(self) -> bool:
        return self.role == Role.FACILITATOR and self.standing == Standing.ACTIVE


class ActiveMember(NamedTuple):
    """An active member as the nudge sweep sees them: enough to project presenters and choose recipients.

    A plain value (not the stored Member), so that a sweep over thousands of groups can read who is in each
    without loading every member as a full record."""

    user_id: str
    turn_mark: int
    muted: bool
    facilitator: bool


@dataclass(eq=False)
class AgreementVersion:
    version: int
    text: str
    created_at: datetime
    created_by: str
    id: int | None = None
    group_id: int | None = None


@dataclass(eq=False)
class Participation:
    """One member's part in one meeting: their RSVP, a pass or assignment, whether they presented and attended."""

    user_id: str
    rsvp: str | None = None
    rsvp_at: datetime | None = None
    passed: bool = False
    assigned: bool = False
    presented: bool = False
    attended: bool | None = None
    mark_before: int | None = None
    mark_taken: int | None = None
    confirmed: bool = False
    id: int | None = None
    meeting_id: int | None = None


@dataclass(eq=False)
class Meeting:
    """An occurrence of the group's schedule that has something recorded about it.

    Occurrences are computed from the schedule; a row exists only once something is said about one
    (skipped, moved, an RSVP, a pass) or once it has happened (settled, with its presenters and attendance).
    """

    original_start: datetime
    start: datetime
    cancelled: bool = False
    settled: bool = False
    participants: list[Participation] = field(default_factory=list)
    id: int | None = None
    group_id: int | None = None

    def part(self, user_id: str) -> Participation:
        for p in self.participants:
            if p.user_id == user_id:
                return p
        p = Participation(user_id=user_id)
        self.participants.append(p)
        return p

    def find(self, user_id: str) -> Participation | None:
        return next((p for p in self.participants if p.user_id == user_id), None)

    @property
    def moved(self) -> bool:
        return self.start != self.original_start

    @property
    def presenters(self) -> list[str]:
        return [p.user_id for p in self.participants if p.presented]


@dataclass(frozen=True)
class Upcoming:
    """A meeting still to come, with the presenters the rotation projects for it."""

    original_start: datetime
    start: datetime
    record: Meeting | None
    presenters: tuple[str, ...]

    @property
    def moved(self) -> bool:
        return self.start != self.original_start


@dataclass(eq=False)
class Group:
    platform: str
    workspace_id: str
    name: str
    channel_id: str
    timezone: str
    created_by: str
    created_at: datetime
    capacity: int = DEFAULT_CAPACITY
    meeting_minutes: int = DEFAULT_MEETING_MINUTES
    location: str = ""
    presenters_per_meeting: int = 1
    schedule: str | None = None        # the sentence people are shown; the rule is below
    schedule_rule: str | None = None   # RRULE, in the group's zone (see Recurrence.stored_rule)
    schedule_start: str | None = None  # DTSTART: the first meeting, local wall-clock time
    settled_until: datetime | None = None
    next_mark: int = 0
    name_key: str = ""
    nudge_plan: str | None = None
    agenda: str = ""
    next_nudge_at: datetime | None = None
    nudged_through: datetime | None = None
    # The directory entry (bot/directory): shown to the workspace only when `listed`.
    listed: bool = False
    description: str = ""
    focus: str = ""          # focus areas, comma-separated
    professions: str = ""    # professions welcome, comma-separated
    language: str = ""
    joining: str = "open"    # open | by request
    discord_events: bool = False       # the next meetings as Discord server events (adapters/discord/events.py)
    discord_events_link: bool = False  # ...with the call link as their location
    id: int | None = None
    members: list[Member] = field(default_factory=list)
    agreements: list[AgreementVersion] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)

    # Identity ------------------------------------------------------------------------------------

    @property
    def workspace(self) -> WorkspaceRef:
        return WorkspaceRef(self.platform, self.workspace_id)

    @property
    def channel(self) -> ChannelRef:
        return ChannelRef(self.platform, self.workspace_id, self.channel_id)

    def user(self, user_id: str) -> UserRef:
        return UserRef(self.platform, self.workspace_id, user_id)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    # Membership ----------------------------------------------------------------------------------

    @property
    def active(self) -> list[Member]:
        return sorted((m for m in self.members if m.standing == Standing.ACTIVE), key=lambda m: m.turn_mark)

    def roster(self) -> list[ActiveMember]:
        """The active members, in turn order, as plain values."""
        return [ActiveMember(m.user_id, m.turn_mark, m.muted, m.is_facilitator) for m in self.active]

    @property
    def waitlist(self) -> list[Member]:
        return sorted((m for m in self.members if m.standing == Standing.WAITLISTED), key=lambda m: m.turn_mark)

    @property
    def seats_free(self) -> int:
        return max(0, self.capacity - len(self.active))

    @property
    def facilitators(self) -> list[Member]:
        return [m for m in self.active if m.is_facilitator]

    def member(self, user_id: str) -> Member | None:
        return next((m for m in self.members if m.user_id == user_id), None)

    def is_member(self, user_id: str) -> bool:
        m = self.member(user_id)
        return m is not None and m.standing == Standing.ACTIVE

    def is_facilitator(self, user_id: str) -> bool:
        m = self.member(user_id)
        return m is not None and m.is_facilitator

    @property
    def agreement(self) -> AgreementVersion:
        return max(self.agreements, key=lambda a: a.version)

    def _take_mark(self) -> int:
        mark = self.next_mark
        self.next_mark += 1
        return mark

    def found(self, now: datetime, agreement_text: str = DEFAULT_AGREEMENT) -> Member:
        """The creator becomes the first member and facilitator, having written (and so accepted) the agreement."""
        self.agreements.append(AgreementVersion(1, agreement_text, now, self.created_by))
        founder = Member(self.created_by, Role.FACILITATOR, Standing.ACTIVE, now, 1, now, self._take_mark())
        self.members.append(founder)
        return founder

    def admit(self, user_id: str, version: int, now: datetime, round_opened: datetime | None = None) -> Member:
        """Someone who accepted the agreement joins, or waits in line for a seat.

        `round_opened`: when the group's open check-in round opened, if one is open (see `joining_moment`)."""
        existing = self.member(user_id)
        if existing is not None:
            if existing.standing == Standing.WAITLISTED:
                raise Refusal(f"You're already on the waitlist for {self.name} (number {self.waitlist.index(existing) + 1}).")
            raise Refusal(f"You're already a member of {self.name}.")
        if version != self.agreement.version:
            raise Refusal("The group's agreement changed while you were reading it. Please run join again to see the current version.")
        standing = Standing.ACTIVE if self.seats_free > 0 else Standing.WAITLISTED
        member = Member(user_id, Role.MEMBER, standing, joining_moment(now, round_opened), version, now,
                        self._take_mark())
        self.members.append(member)
        return member

    def release(self, user_id: str, now: datetime, round_opened: datetime | None = None) -> Member | None:
        """A member leaves (or is removed); the first person waiting takes the seat. Returns who was promoted."""
        member = self.member(user_id)
        if member is None:
            raise Refusal(f"You're not in {self.name}, so there is nothing to leave.")
        was_active = member.standing == Standing.ACTIVE
        if member.is_facilitator and len(self.facilitators) == 1 and len(self.active) > 1:
            raise Refusal(
                f"You're the only facilitator of {self.name}. Add a co-facilitator first "
                "(`/consult facilitator add @name`), then leave."
            )
        self.members.remove(member)
        for meeting in self.meetings:
            if not meeting.settled:
                part = meeting.find(user_id)
                if part is not None:
                    meeting.participants.remove(part)
        if was_active:
            return self.promote_waiting(now, round_opened)
        return None

    def promote_waiting(self, now: datetime, round_opened: datetime | None = None) -> Member | None:
        if self.seats_free <= 0 or not self.waitlist:
            return None
        first = self.waitlist[0]
        first.standing = Standing.ACTIVE
        first.joined_at = joining_moment(now, round_opened)
        first.turn_mark = self._take_mark()
        return first

    def new_agreement(self, text: str, author: str, now: datetime) -> AgreementVersion:
        version = AgreementVersion(self.agreement.version + 1, text, now, author)
        self.agreements.append(version)
        return version

    # Meetings ------------------------------------------------------------------------------------

    def recurrence(self) -> Recurrence | None:
        if not self.schedule_rule or not self.schedule_start:
            return None
        return Recurrence.from_rule(self.schedule_rule, self.schedule_start)

    def touch(self, now: datetime) -> None:
        """Something changed: have the next nudge sweep look at this group again."""
        if self.next_nudge_at is None or self.next_nudge_at > now:
            self.next_nudge_at = now

    def set_schedule(self, rec: Recurrence, now: datetime) -> None:
        self.settle(now)
        rec = rec.beginning_at(now, self.zone)  # a meeting earlier today, before the schedule was set, never was
        self.schedule = rec.describe()
        self.schedule_rule, self.schedule_start = rec.stored_rule()
        self.settled_until = now
        self.nudged_through = now
        self.touch(now)
        for meeting in list(self.meetings):
            if not meeting.settled and meeting.start > now:
                self.meetings.remove(meeting)

    def record(self, original_start: datetime, start: datetime | None = None) -> Meeting:
        for meeting in self.meetings:
            if meeting.original_start == original_start:
                return meeting
        meeting = Meeting(original_start, start or original_start)
        self.meetings.append(meeting)
        return meeting

    def _exceptions(self) -> tuple[frozenset[datetime], dict[datetime, datetime]]:
        skipped = frozenset(m.original_start for m in self.meetings if m.cancelled)
        moved = {m.original_start: m.start for m in self.meetings if m.moved and not m.cancelled}
        return skipped, moved

    def _records(self) -> dict[datetime, Meeting]:
        return {m.original_start: m for m in self.meetings}

    def occurrences_between(self, after: datetime, count: int, until: datetime | None = None) -> list[Occurrence]:
        rec = self.recurrence()
        if rec is None:
            return []
        skipped, moved = self._exceptions()
        return occurrences(rec, self.zone, after=after, count=count, skipped=skipped, moved=moved, until=until)

    def upcoming(self, now: datetime, count: int, known: list[Occurrence] | None = None,
                 roster: list[ActiveMember] | None = None) -> list[Upcoming]:
        """The next `count` meetings that start after `now`, with projected presenters.

        For the nudge sweep, which has them at hand: `known`, occurrences already expanded (covering at least
        these meetings), and `roster`, the active members (the sweep does not load members as records)."""
        source = known if known is not None else self.occurrences_between(now, count + 1)
        occs = [o for o in source if o.start > now][:count]
        records = self._records()
        rows = [records.get(o.original_start) for o in occs]
        slots = [self._slot(r) for r in rows]
        pinned_beyond = [m for m in self.meetings if not m.settled and not m.cancelled
                         and (not occs or m.start > occs[-1].start)]
        slots += [self._slot(m) for m in sorted(pinned_beyond, key=lambda m: m.start)]
        projected = rotation.project(self._line(roster), slots)
        return [Upcoming(o.original_start, o.start, r, tuple(p)) for o, r, p in zip(occs, rows, projected)]

    def _line(self, roster: list[ActiveMember] | None = None) -> list[rotation.Waiting]:
        return [rotation.Waiting(m.user_id, m.turn_mark) for m in (self.active if roster is None else roster)]

    def _slot(self, record: Meeting | None) -> rotation.Slot:
        if record is None:
            return rotation.Slot(self.presenters_per_meeting)
        return rotation.Slot(
            self.presenters_per_meeting,
            frozenset(p.user_id for p in record.participants if p.passed),
            tuple(p.user_id for p in record.participants if p.assigned),
        )

    def settle(self, now: datetime) -> list[Meeting]:
        """Record every meeting that has started since we last looked: its presenters and default attendance.

        Presenting takes a fresh turn mark; attendance defaults to the "yes" answers (and the presenters).
        `settled_until` only moves when a meeting is recorded, so reading a group writes nothing.
        """
        started, put_away = self._to_settle(now)
        held: list[Meeting] = []
        for occ in started:
            meeting = self.record(occ.original_start, occ.start)
            self.settled_until = occ.start
            if meeting.settled:
                continue
            presenters = self.upcoming(occ.start - timedelta(microseconds=1), 1)
            chosen = presenters[0].presenters if presenters else ()
            for user_id in chosen:
                part = meeting.part(user_id)
                member = self.member(user_id)
                part.presented = True
                part.mark_before = member.turn_mark if member else None
                if member is not None:
                    part.mark_taken = member.turn_mark = self._take_mark()
            for member in self.active:
                if meeting.find(member.user_id) is None and member.user_id not in chosen:
                    continue
                part = meeting.part(member.user_id)
                part.attended = part.presented or part.rsvp == Answer.YES
            meeting.settled = True
            held.append(meeting)
        for meeting in put_away:
            # Every occurrence up to now has been processed above, so the skipped one can be put away.
            meeting.settled = True
            self.settled_until = max(self.settled_until or meeting.original_start, meeting.original_start)
        return held

    def needs_settling(self, now: datetime) -> bool:
        """Whether `settle(now)` has anything to do (the nudge sweep loads members only for such groups)."""
        started, put_away = self._to_settle(now)
        return bool(started or put_away)

    def _to_settle(self, now: datetime) -> tuple[list[Occurrence], list[Meeting]]:
        """Meetings that have started since we last looked, and skipped ones whose time has passed."""
        if self.schedule is None or self.settled_until is None:
            return [], []
        after = self.settled_until + timedelta(microseconds=1)
        started = [o for o in self.occurrences_between(after, 10_000, until=now) if o.start <= now]
        put_away = [m for m in self.meetings if not m.settled and m.cancelled and m.original_start <= now]
        return started, put_away

    def find_upcoming(self, now: datetime, on_local_date: str | None, horizon: int = 60,
                      reader_zone: str | None = None) -> Upcoming:
        """The next meeting, or the one on a date (YYYY-MM-DD) of the reader's own calendar: `reader_zone` (their
        profile's), else the group's. See `on_day` for a date that names no meeting, or two."""
        upcoming = self.upcoming(now, horizon if on_local_date else 1)
        if not upcoming:
            if self.schedule is None:
                raise Refusal(f"{self.name} has no meeting schedule yet. A facilitator can set one with `/consult schedule set`.")
            raise Refusal(f"{self.name} has no upcoming meetings.")
        if on_local_date is None:
            return upcoming[0]
        return self.on_day(upcoming, on_local_date, reader_zone)

    def on_day(self, candidates: Sequence[T], on_local_date: str, reader_zone: str | None = None,
               start_of: Callable[[T], datetime] = lambda c: c.start,  # type: ignore[attr-defined]
               what: str = "meeting", hint: str = " `/consult schedule show` lists the next ones.") -> T:
        """The one candidate on a day of the reader's calendar (their zone, else the group's).

        Two on that day are not guessed between (`AmbiguousDay`); a date that matches only on the group's own
        calendar is refused with the date to use instead."""
        zone = ZoneInfo(reader_zone or self.timezone)
        own = reader_zone is not None and reader_zone != self.timezone
        day = date.fromisoformat(on_local_date)
        said = f"{day:%a} {day.day} {day:%b %Y}"
        yours = f" in your time zone ({reader_zone})" if own else ""
        found = [c for c in candidates if start_of(c).astimezone(zone).date() == day]
        if len(found) == 1:
            return found[0]
        if found:
            found.sort(key=start_of)
            times = [f"{start_of(c).astimezone(zone):%H:%M}" for c in found]
            listed = ", ".join(times[:-1]) + " and " + times[-1]
            raise AmbiguousDay(
                f"{len(found)} {what}s of {self.name} fall on {said}{yours}: {listed}. Which one? A date alone "
                "can't tell them apart, so nothing was changed." + (
                    f" In the group's time zone ({self.timezone}) they are on "
                    + " and ".join(f"{start_of(c).astimezone(self.zone):%a} {start_of(c).astimezone(self.zone).day} "
                                   f"{start_of(c).astimezone(self.zone):%b %H:%M}" for c in found) + "." if own else ""),
                list(found))
        if own:
            theirs = [c for c in candidates if start_of(c).astimezone(self.zone).date() == day]
            if theirs:
                local = start_of(theirs[0]).astimezone(zone)
                raise Refusal(
                    f"{self.name} has no {what} on {said}{yours}. Its {what} dated {on_local_date} in the group's "
                    f"time zone ({self.timezone}) is on {local:%a} {local.day} {local:%b} at {local:%H:%M} for you: "
                    f"use `{local.date().isoformat()}`.")
        raise Refusal(f"{self.name} has no {what} on {said}{yours}.{hint}")

    def overlapping(self, new_start: datetime, moving: datetime | None = None) -> Occurrence | None:
        """Another (not cancelled) meeting that would overlap one starting at `new_start`, each lasting
        `meeting_minutes`; `moving` is the original start of the meeting being moved, which can't overlap itself."""
        length = timedelta(minutes=self.meeting_minutes)
        tiny = timedelta(microseconds=1)
        near = self.occurrences_between(new_start - length + tiny, 10_000, until=new_start + length - tiny)
        return next((o for o in near if o.original_start != moving), None)

    def presenting_turn(self, user_id: str, now: datetime, horizon: int = 24) -> Upcoming | None:
        for item in self.upcoming(now, horizon):
            if user_id in item.presenters:
                return item
        return None

    # Rotation ------------------------------------------------------------------------------------

    def pass_turn(self, user_id: str, item: Upcoming) -> None:
        meeting = self.record(item.original_start, item.start)
        part = meeting.part(user_id)
        part.passed = True
        part.assigned = False

    def assign(self, user_id: str, item: Upcoming) -> None:
        meeting = self.record(item.original_start, item.start)
        pinned = [p for p in meeting.participants if p.assigned]
        if len(pinned) >= self.presenters_per_meeting:
            for p in pinned[: len(pinned) - self.presenters_per_meeting + 1]:
                p.assigned = False
        part = meeting.part(user_id)
        part.assigned = True
        part.passed = False

    def swap(self, first: str, first_turn: Upcoming, second: str, second_turn: Upcoming) -> None:
        """`first` takes `second`'s meeting and vice versa."""
        for user_id, item in ((first, first_turn), (second, second_turn)):
            meeting = self.record(item.original_start, item.start)
            meeting.part(user_id).assigned = False
        self.assign(second, first_turn)
        self.assign(first, second_turn)

    def rsvp(self, user_id: str, item: Upcoming, answer: Answer, now: datetime) -> bool:
        """Record an answer; a "no" from a scheduled presenter passes their turn. Returns True if it did."""
        meeting = self.record(item.original_start, item.start)
        part = meeting.part(user_id)
        part.rsvp = answer
        part.rsvp_at = now
        if answer == Answer.NO and user_id in item.presenters:
            part.passed = True
            part.assigned = False
            return True
        return False

    def correct_attendance(self, meeting: Meeting, user_id: str, present: bool) -> None:
        """A facilitator's correction. A presenter marked absent gets their place in line back, unless they
        have presented again since; marked present again, they take a fresh turn mark."""
        part = meeting.part(user_id)
        part.attended = present
        member = self.member(user_id)
        if part.presented and not present:
            part.presented = False
            if member is not None and part.mark_before is not None and member.turn_mark == part.mark_taken:
                member.turn_mark = part.mark_before
        elif present and part.mark_before is not None and not part.presented:
            part.presented = True
            if member is not None:
                part.mark_taken = member.turn_mark = self._take_mark()

    def cancel(self, item: Upcoming) -> Meeting:
        meeting = self.record(item.original_start, item.start)
        meeting.cancelled = True
        return meeting

    def move(self, item: Upcoming, new_start: datetime) -> Meeting:
        meeting = self.record(item.original_start, item.start)
        meeting.start = new_start
        return meeting


@dataclass(eq=False)
class Profile:
    """How a clinician appears in the workspace: name, modalities, and their own time zone."""

    platform: str
    workspace_id: str
    user_id: str
    display_name: str = ""
    tags: str = ""
    timezone: str | None = None
    # What matching (`/consult find`) reads: all optional.
    profession: str = ""
    focus: str = ""          # focus areas, comma-separated
    available: str = ""      # weekly windows in `timezone`, as written canonically (bot/directory/model.py)
    cadence: str = ""        # weekly | biweekly | monthly | any
    languages: str = ""      # comma-separated
    id: int | None = None

    @property
    def tag_list(self) -> list[str]:
        return [t for t in self.tags.split(",") if t]


@dataclass(eq=False)
class SwapRequest:
    """A member asks another to exchange presenting turns; it takes effect when the other accepts."""

    group_id: int
    requester: str
    partner: str
    requester_meeting: datetime
    partner_meeting: datetime
    created_at: datetime
    id: int | None = None


def joining_moment(now: datetime, round_opened: datetime | None) -> datetime:
    """The `joined_at` of someone who joins (or is promoted from the waitlist) at `now`.

    Check-in rounds ask and count the members who had joined by the moment they opened (`joined_at <= opened_at`).
    Someone who joins while a round is open joins after it, even when the clock reads the moment it opened (two
    requests in one microsecond, the console's clock that stands still) or earlier (a replica whose clock lags the
    one that opened it): so with `round_opened` given, they are stamped just after it. They are asked from the
    next round.
    """
    if round_opened is not None and round_opened >= now:
        return round_opened + JOIN_AFTER
    return now


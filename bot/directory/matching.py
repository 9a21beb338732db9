"""`/consult find`: which listed groups fit a clinician, and why, in plain words. No I/O; deterministic.

The score, for one seeker and one listed group (the same data always gives the same order):

1. **Time fit is required.** The group's next `LOOKAHEAD` meetings are computed in the group's zone and read in the
   seeker's zone (so daylight-saving changes on either side are taken into account). A meeting *fits* when it lies
   wholly inside one of the seeker's weekly windows. A group none of whose next meetings fits is not offered at all,
   so a meeting outside every window never ranks first (nor anywhere). Each fitting meeting: `TIME_POINTS`.
2. **Shared focus**: `FOCUS_POINTS` per focus area the group and the seeker share, at most `FOCUS_CAP`.
3. **Complementary modalities**: a group *brings* a modality when at least three of its active members list it
   (fewer would point at a person). `MODALITY_POINTS` per modality it brings that the seeker does not list, at most
   `MODALITY_CAP` (the seed's example: a CBT therapist helped by colleagues trained in somatic experiencing).
4. **Seats**: `SEAT_POINTS` when a seat is open; a full group loses one point per person waiting (at most
   `WAITLIST_CAP`), so a full group with a waitlist never outranks an otherwise equal group with seats.
5. **Size**: `SIZE_POINTS` when the group, with the seeker, would have 4-8 members (the usual size).
6. **Language**: `LANGUAGE_POINTS` when the group's language is one the seeker lists.

Ties: the higher score first, then the earlier first fitting meeting, then the group created first.

What a result shows never names a member: the group's own entry, its schedule, its counts, and modalities only as
aggregates over at least three members.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time
from functools import cached_property
from zoneinfo import ZoneInfo

from bot.directory.model import MIN_SHARED_MODALITY, Window, key, meeting_span

LOOKAHEAD = 4
TIME_POINTS = 10
FOCUS_POINTS, FOCUS_CAP = 10, 30
MODALITY_POINTS, MODALITY_CAP = 5, 15
SEAT_POINTS, WAITLIST_CAP = 10, 5
SIZE_POINTS = 5
LANGUAGE_POINTS = 5
USUAL_SIZE = range(4, 9)
SHOWN = 3


@dataclass(frozen=True)
class Seeker:
    zone: str
    windows: tuple[Window, ...]
    focus: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()

    @cached_property
    def keys(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """Focus areas, modalities and languages as `key` compares them (worked out once per seeker)."""
        return (frozenset(key(f) for f in self.focus), frozenset(key(m) for m in self.modalities),
                frozenset(key(lang) for lang in self.languages))


@dataclass(frozen=True)
class Listing:
    """What `find` knows of a listed group: never who is in it."""

    group_id: int
    name: str
    meetings: tuple[datetime, ...]  # the next meetings' starts (aware), earliest first
    minutes: int
    seats_free: int
    waiting: int
    size: int  # active members
    focus: tuple[str, ...] = ()
    brings: tuple[str, ...] = ()  # modalities at least three members list
    language: str = ""
    description: str = ""
    joining: str = "open"
    schedule: str = ""
    timezone: str = "UTC"


@dataclass(frozen=True)
class Match:
    listing: Listing
    points: int
    fitting: tuple[datetime, ...]  # the meetings that fit, in the seeker's zone
    window: Window
    shared_focus: tuple[str, ...]
    new_modalities: tuple[str, ...]
    language_match: bool

    def reasons(self) -> list[str]:
        """Why, in plain words: `meets Tue 18:00 your time (inside your Tue-Thu 18:00-21:00) · …`."""
        first = self.fitting[0]
        out = [f"meets {first:%a %H:%M} your time (inside your {self.window.describe()})"]
        total = len(self.listing.meetings)
        if len(self.fitting) < total:
            out.append(f"{len(self.fitting)} of its next {total} meetings fit your times")
        if self.shared_focus:
            out.append(f"focuses on {_and(self.shared_focus)}, as you do")
        if self.new_modalities:
            out.append(f"brings {_and(self.new_modalities)}, which you don't list")
        seats = self.listing.seats_free
        if seats > 0:
            out.append(f"{seats} seat{'s' if seats != 1 else ''} open")
        else:
            out.append(f"full, {self.listing.waiting} waiting" if self.listing.waiting else "full (waitlist open)")
        if self.language_match:
            out.append(f"meets in {self.listing.language}")
        return out


def _and(items: tuple[str, ...]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def brought(member_modalities: list[list[str]]) -> tuple[str, ...]:
    """The modalities at least `MIN_SHARED_MODALITY` members list (each member counted once per modality), in the
    spelling most of them use (the first in sort order among equally used ones), most shared first. Depends only
    on which lists there are, not on their order (storage keeps it per group: storage/directory_facts.py)."""
    if len(member_modalities) < MIN_SHARED_MODALITY:
        return ()
    counts: Counter[str] = Counter()
    for tags in member_modalities:
        counts.update({key(t) for t in tags if t.strip()})
    shared = [k for k, n in counts.items() if n >= MIN_SHARED_MODALITY]
    if not shared:
        return ()
    spellings: dict[str, Counter[str]] = {k: Counter() for k in shared}
    for tags in member_modalities:
        for k, t in {key(t): t for t in tags if t.strip()}.items():
            if k in spellings:
                spellings[k][t] += 1
    shared.sort(key=lambda k: (-counts[k], k))
    return tuple(min(spellings[k].items(), key=lambda kv: (-kv[1], kv[0]))[0] for k in shared)


Fit = tuple[tuple[datetime, ...], Window | None]


# The next meetings of a schedule read in a zone: (start, local start, meeting_span), by zone, length and the
# meetings tuple's identity (the tuple is kept with them, so an identity is never read for another tuple).
# bot/directory/upcoming.py hands one tuple to every group of a schedule, find after find, so these are worked out
# once per zone rather than once per seeker. A pure function of its key; bounded (all dropped at once).
Span = tuple[int, time, time]  # bot/directory/model.py's meeting_span
Placed = tuple[tuple[datetime, datetime, Span | None], ...]
_placed: dict[tuple[str, int, int], tuple[tuple[datetime, ...], Placed]] = {}
PLACED = 20_000


def _place(zone: ZoneInfo, meetings: tuple[datetime, ...], minutes: int) -> Placed:
    key = (zone.key, minutes, id(meetings))
    kept = _placed.get(key)
    if kept is not None and kept[0] is meetings:
        return kept[1]
    if len(_placed) >= PLACED:
        _placed.clear()
        _spans.clear()
    placed = []
    for start in meetings[:LOOKAHEAD]:
        local = start.astimezone(zone)
        span = meeting_span(local, minutes)
        placed.append((start, local, None if span is None else _spans.setdefault(span, span)))
    _placed[key] = (meetings, tuple(placed))
    return _placed[key][1]


_spans: dict[Span, Span] = {}  # one object per span: `rank` checks each once


def _fit(seeker: Seeker, zone: ZoneInfo, meetings: tuple[datetime, ...], minutes: int,
         holders: dict[int, tuple[Span, Window | None]] | None = None) -> Fit:
    """The meetings (of the next `LOOKAHEAD`) that fit the seeker's windows, in the seeker's zone, and the window
    the first of them fits in. `holders`: the window (or None) of each meeting span already checked for this seeker,
    by the span's identity (the span kept with it, so an identity is never read for another span)."""
    fitting: list[datetime] = []
    window: Window | None = None
    for _start, local, span in _place(zone, meetings, minutes):
        if span is None:
            continue
        known = holders.get(id(span)) if holders is not None else None
        if known is not None and known[0] is span:
            holder = known[1]
        else:
            holder = next((w for w in seeker.windows if w.holds_span(*span)), None)
            if holders is not None:
                holders[id(span)] = (span, holder)
        if holder is not None:
            fitting.append(local)
            window = window or holder
    return tuple(fitting), window


def score(seeker: Seeker, listing: Listing, fit: Fit | None = None) -> Match | None:
    """The group's match for the seeker, or None when none of its next meetings fits the seeker's windows. `fit`:
    `_fit` for the listing's meetings, when the caller already has it."""
    fitting, window = fit or _fit(seeker, ZoneInfo(seeker.zone), listing.meetings, listing.minutes)
    if not fitting or window is None:
        return None
    mine, own, languages = seeker.keys
    shared = tuple(f for f in listing.focus if key(f) in mine)
    new = tuple(m for m in listing.brings if key(m) not in own)
    language = bool(listing.language) and key(listing.language) in languages
    points = TIME_POINTS * len(fitting)
    points += min(FOCUS_CAP, FOCUS_POINTS * len(shared))
    points += min(MODALITY_CAP, MODALITY_POINTS * len(new))
    points += SEAT_POINTS if listing.seats_free > 0 else -min(WAITLIST_CAP, listing.waiting)
    points += SIZE_POINTS if listing.size + 1 in USUAL_SIZE else 0
    points += LANGUAGE_POINTS if language else 0
    return Match(listing, points, fitting, window, shared, new, language)


def rank(seeker: Seeker, listings: list[Listing]) -> list[Match]:
    """Every listing that fits, best first (see the module's docstring for the order). Groups on the same schedule
    (many are: "weekly on Tuesday at 18:00" in one zone, and bot/directory/upcoming.py gives them one tuple of
    meetings) have their time fit worked out once."""
    zone = ZoneInfo(seeker.zone)
    # By meeting length, then by the meetings tuple's identity (alive for the call).
    fits: dict[int, dict[int, Fit]] = {}
    holders: dict[int, tuple[Span, Window | None]] = {}
    found: list[Match] = []
    for listing in listings:
        minutes = listing.minutes
        known = fits.get(minutes)
        if known is None:
            known = fits[minutes] = {}
        fit = known.get(id(listing.meetings))
        if fit is None:
            fit = known[id(listing.meetings)] = _fit(seeker, zone, listing.meetings, minutes, holders)
        if fit[0]:
            match = score(seeker, listing, fit)
            if match is not None:
                found.append(match)
    found.sort(key=lambda m: (-m.points, m.fitting[0], m.listing.group_id))
    return found

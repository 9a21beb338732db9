"""What the directory knows, as plain values with no I/O: weekly availability windows, a group's listing fields,
join requests and shared resources, and the checks on what people type for them."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import cached_property, lru_cache
from urllib.parse import urlsplit

from bot.confidentiality.guard import UNCHECKED, check_text, highlight
from bot.domain.errors import Refusal

MAX_DESCRIPTION = 300
MAX_NOTE = 300
MAX_RESOURCE_TEXT = 1000
MAX_TITLE = 120
MAX_WINDOWS = 7
REQUEST_DAYS = 14
JOIN_OPEN, JOIN_BY_REQUEST = "open", "by request"
JOINING = (JOIN_OPEN, JOIN_BY_REQUEST)
CADENCES = ("weekly", "biweekly", "monthly", "any")
MIN_SHARED_MODALITY = 3  # a modality the group "brings" is listed by at least this many of its members

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ALIASES = {"weekdays": (0, 4), "weekends": (5, 6), "daily": (0, 6), "everyday": (0, 6)}
_WINDOW = re.compile(
    r"^(?P<days>[a-z]+(?:\s*-\s*[a-z]+)?)\s+(?P<h1>\d{1,2}):(?P<m1>\d{2})\s*-\s*(?P<h2>\d{1,2}):(?P<m2>\d{2})$")
WINDOW_EXAMPLE = "Tue-Thu 18:00-21:00, Sat 09:00-12:00"


FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day(word: str) -> int:
    word = word.strip().lower()
    for index, name in enumerate(FULL_DAYS):
        if len(word) >= 3 and name.startswith(word) or word in ("tues", "thur", "thurs") and name.startswith(word):
            return index
    raise Refusal(f"“{word[:20]}” isn't a day I know. Write windows like `{WINDOW_EXAMPLE}`.")
    return DAYS.index(key)


@dataclass(frozen=True, order=True)
class Window:
    """A weekly window in the person's own zone: the days it covers (0 Monday .. 6 Sunday) and the hours."""

    first_day: int
    last_day: int
    start: time
    end: time

    @property
    def days(self) -> tuple[int, ...]:
        if self.first_day <= self.last_day:
            return tuple(range(self.first_day, self.last_day + 1))
        return tuple(range(self.first_day, 7)) + tuple(range(0, self.last_day + 1))  # Sat-Mon wraps the week

    @cached_property
    def _day_set(self) -> frozenset[int]:
        return frozenset(self.days)

    def holds(self, local_start: datetime, minutes: int) -> bool:
        """Whether a meeting starting at `local_start` (in the window's zone) and lasting `minutes` is inside."""
        span = meeting_span(local_start, minutes)
        return span is not None and self.holds_span(*span)

    def holds_span(self, weekday: int, begin: time, finish: time) -> bool:
        """`holds`, for a meeting as `meeting_span` describes it (matching checks one meeting against several
        windows)."""
        return weekday in self._day_set and self.start <= begin and finish <= self.end

    def describe(self) -> str:
        days = DAY_NAMES[self.first_day] if self.first_day == self.last_day else \
            f"{DAY_NAMES[self.first_day]}-{DAY_NAMES[self.last_day]}"
        return f"{days} {self.start:%H:%M}-{self.end:%H:%M}"


def meeting_span(local_start: datetime, minutes: int) -> tuple[int, time, time] | None:
    """A meeting as windows compare it: its weekday, start and finish times in the zone of `local_start`; None if
    it runs past midnight (no window holds it; ending at midnight sharp ends the day)."""
    end = local_start + timedelta(minutes=minutes)
    if end.date() != local_start.date():
        if end.time() != time(0):
            return None
        return local_start.weekday(), local_start.time(), time(23, 59, 59, 999999)
    return local_start.weekday(), local_start.time(), end.time()


def parse_windows(text: str) -> tuple[Window, ...]:
    """`Tue-Thu 18:00-21:00, Sat 09:00-12:00` as windows; a kind Refusal for anything else."""
    parts = [p.strip() for p in re.split(r"[,;]", text) if p.strip()]
    if not parts:
        raise Refusal(f"Give at least one window, like `{WINDOW_EXAMPLE}`.")
    if len(parts) > MAX_WINDOWS:
        raise Refusal(f"Give at most {MAX_WINDOWS} windows (you gave {len(parts)}).")
    found: list[Window] = []
    for part in parts:
        m = _WINDOW.match(" ".join(part.split()).lower())
        if m is None:
            raise Refusal(f"I couldn't read “{part[:40]}” as a window. Write windows like `{WINDOW_EXAMPLE}` "
                          "(days, then from-to in 24-hour time, in your own time zone).")
        days = m["days"].replace(" ", "")
        if days in _ALIASES:
            first, last = _ALIASES[days]
        elif "-" in days:
            a, b = days.split("-", 1)
            first, last = _day(a), _day(b)
        else:
            first = last = _day(days)
        h1, m1, h2, m2 = int(m["h1"]), int(m["m1"]), int(m["h2"]), int(m["m2"])
        if h2 == 24 and m2 == 0:
            h2, m2 = 23, 59
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
            raise Refusal(f"“{part[:40]}” has a time that doesn't exist. Use 24-hour times like 18:00-21:00.")
        start, end = time(h1, m1), time(h2, m2)
        if end <= start:
            raise Refusal(f"In “{part[:40]}” the window ends before it starts. A window can't cross midnight: "
                          "split it into two, e.g. `Fri 20:00-23:59, Sat 00:00-01:00`.")
        found.append(Window(first, last, start, end))
    return tuple(sorted(set(found)))


def describe_windows(windows: tuple[Window, ...]) -> str:
    return ", ".join(w.describe() for w in windows)


def split_list(text: str | None) -> list[str]:
    """A stored comma-separated list (focus areas, professions, languages) as its items."""
    return [t for t in (text or "").split(",") if t]


def introduction(profession: str, modalities: list[str], focus: str) -> list[str]:
    """What a member's profile says about them, for introducing them to others: profession, the modalities they work
    with, their focus areas (each only when given)."""
    about: list[str] = []
    if profession:
        about.append(profession)
    if modalities:
        about.append("works with " + ", ".join(modalities))
    if focus:
        about.append("focus: " + ", ".join(split_list(focus)))
    return about


def join_list(items: list[str]) -> str:
    return ",".join(dict.fromkeys(" ".join(i.split()) for i in items if i.strip()))


@lru_cache(maxsize=4096)
def key(word: str) -> str:
    """How two tags are compared: case and spacing don't matter (`Child and adolescent` = `child  and adolescent`)."""
    return " ".join(word.casefold().replace("-", " ").split())


def guarded(text: str, what: str) -> str:
    """The text, if the identifier guard flags nothing in it; else a kind refusal showing what it flagged. Text in a
    script the guard cannot read is refused too: a directory entry or a note is read by people outside the group."""
    findings = check_text(text)
    if not findings:
        return text
    if all(f.category == UNCHECKED for f in findings):
        raise Refusal(f"Part of {what} is written in a script Roundtable can't check for client identifiers, so it "
                      "wasn't saved. Nothing was changed.")
    flagged = [f for f in findings if f.category != UNCHECKED]
    reasons = sorted({f.reason for f in flagged})
    raise Refusal(f"Roundtable's identifier check flagged something in {what} that could identify a client: "
                  f"{highlight(text, flagged)} ({'; '.join(reasons)}). Nothing was saved; please rewrite it "
                  "without that detail.")


def check_description(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_DESCRIPTION:
        raise Refusal(f"A description can be at most {MAX_DESCRIPTION} characters (that one has {len(text)}).")
    return guarded(text, "the description")


def check_note(text: str) -> str:
    text = text.strip()
    if len(text) > MAX_NOTE:
        raise Refusal(f"A note can be at most {MAX_NOTE} characters (that one has {len(text)}).")
    return guarded(text, "your note") if text else ""


_NOT_TEXT = frozenset({"javascript", "data", "vbscript", "file", "ftp", "mailto", "tel", "sms", "blob"})


def check_link(text: str) -> str | None:
    """The link, if `text` is one (http or https only); None if it is plain text; a Refusal for other links."""
    word = text.strip()
    scheme = re.match(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):", word)
    if scheme is None:
        if re.match(r"^www\.\S+$", word):
            raise Refusal(f"Write the link in full, starting with https://, e.g. `https://{word[:60]}`.")
        return None
    name = scheme.group(1).lower()
    if name not in ("http", "https"):
        after = word[scheme.end():]
        if name in _NOT_TEXT or after.startswith("//") or not any(c.isspace() for c in word):
            raise Refusal("Only http and https links can be shared as resources.")
        return None  # "Note: …" is text, not a link
    if any(c.isspace() for c in word):
        raise Refusal("A link can't contain spaces. Put the title in `title:\"…\"`.")
    parts = urlsplit(word)
    if not parts.hostname or "." not in parts.hostname:
        raise Refusal(f"“{word[:60]}” doesn't look like a complete web address.")
    if parts.username or parts.password:
        raise Refusal("A link can't carry a user name or password.")
    if len(word) > 500:
        raise Refusal("That link is too long (at most 500 characters).")
    return word


@dataclass(eq=False)
class JoinRequest:
    """Someone asked to join a `by request` group: facilitators approve or decline within `REQUEST_DAYS`."""

    group_id: int
    user_id: str
    note: str
    created_at: datetime
    expires_at: datetime
    status: str = "pending"  # pending | approved | declined
    decided_by: str | None = None
    decided_at: datetime | None = None
    id: int | None = None

    def open_at(self, now: datetime) -> bool:
        return self.status == "pending" and now < self.expires_at


@dataclass(eq=False)
class Resource:
    """Something a group keeps: a link (http/https) with a title, or a short text. `author` is None once its
    author left with `forget:yes`. `meeting`: the meeting it was shared for, whose after-meeting recap lists it
    (else the recap of a meeting on the day it was added does)."""

    group_id: int
    author: str | None
    link: str | None
    text: str
    title: str
    tags: str
    created_at: datetime
    number: int = 0  # shown to people: 1, 2, 3 … within the group
    id: int | None = None
    meeting: datetime | None = None  # the meeting it was shared for (`for:next`), by its original start

    @property
    def tag_list(self) -> list[str]:
        return split_list(self.tags)


@dataclass(frozen=True)
class ListedGroup:
    """A listed group as `find` reads it: its entry, schedule, counts and the modalities it brings, with no member
    in it (storage reads counts and modalities from facts it keeps per group, so a find over thousands of groups
    reads no roster and no profile)."""

    id: int
    name: str
    timezone: str
    capacity: int
    minutes: int
    schedule: str | None
    rule: str | None
    start: str | None
    focus: str
    description: str
    language: str
    joining: str
    active: int
    waiting: int
    skipped: tuple[datetime, ...] = ()
    moved: tuple[tuple[datetime, datetime], ...] = ()
    brings: tuple[str, ...] = ()  # the modalities at least three active members list (matching.brought)


@dataclass(eq=False)
class KeptSearch:
    """`find notify:yes`: someone's windows (in `zone`) and focus, kept until they find a group or drop it. `told`:
    the groups already offered to them (comma-separated ids), each offered once."""

    platform: str
    workspace_id: str
    user_id: str
    zone: str
    windows: str
    focus: str
    created_at: datetime
    told: str = ""
    id: int | None = None

    def was_told(self, group_id: int) -> bool:
        return str(group_id) in self.told.split(",")

    def tell(self, group_id: int) -> None:
        self.told = ",".join([*[t for t in self.told.split(",") if t], str(group_id)])[-2000:]


@dataclass(eq=False)
class Introduction:
    """An offer to people waiting with `find notify:yes` and no fit, whose windows share a slot (`slot_start` ..
    `slot_end`, UTC, the first such in the week after `created_at`): each was asked privately whether they want to
    be introduced to the others who say yes, to start a group."""

    platform: str
    workspace_id: str
    created_at: datetime
    slot_start: datetime
    slot_end: datetime
    id: int | None = None


@dataclass(eq=False)
class Introducee:
    """One person asked in an introduction, and their answer: "" (not yet), "yes" or "no"."""

    introduction_id: int
    user_id: str
    answer: str = ""
    answered_at: datetime | None = None
    id: int | None = None

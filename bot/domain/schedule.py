"""Meeting schedules for consultation groups: read, describe and expand recurrences.

Pure domain code (standard library, dateutil, zoneinfo only). Nothing here reads the clock:
callers pass `today` / `after`, so results are reproducible and easy to test.
"""
from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

__all__ = ["ScheduleError", "Recurrence", "Occurrence", "parse_recurrence", "local_start", "occurrences",
           "occurrence_on", "is_meeting_date", "parse_local_datetime", "parse_local_date"]

UTC = timezone.utc
MAX_TEXT = 200
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EXAMPLES = ('"every Tuesday at 18:00", "every 2 weeks on Wednesday at 19:30 from 2026-12-01" '
             'or "the last Thursday of every month at 19:30"')


class ScheduleError(ValueError):
    """A kind, short, user-facing message, e.g. 'I could not read "every fortnight on Tuesdy": did you
    mean Tuesday?'. Subclasses ValueError so callers can catch it as bad input."""


def _ordinal(n: int) -> str:
    """1 -> '1st', -1 -> 'last': how people say which week of the month."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "last" if n == -1 else f"{n}{suffix}"


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


@dataclass(frozen=True)
class Recurrence:
    """How often a group meets, in the group's own wall-clock time."""

    kind: str            # "weekly" | "monthly_weekday" | "monthly_day"
    interval: int        # weeks (1..8) for weekly; months (1..12) for monthly kinds
    weekday: int | None  # 0=Monday..6=Sunday (weekly, monthly_weekday)
    nth: int | None      # 1..4 or -1 for "last" (monthly_weekday)
    day: int | None      # 1..28 (monthly_day): 29-31 do not exist in every month
    local_time: time     # naive wall-clock time in the group's zone, whole minutes
    start: date          # first date a meeting may fall on (see first_date for the anchor)

    def __post_init__(self) -> None:
        """Reject impossible schedules up front so nothing downstream has to guess."""
        by_day = self.kind == "monthly_day"
        if self.kind not in ("weekly", "monthly_weekday", "monthly_day") or by_day != (self.weekday is None) \
                or by_day != (self.day is not None) or (self.kind == "monthly_weekday") != (self.nth is not None):
            raise ValueError(f"fields do not fit the recurrence kind: {self!r}")
        if self.weekday is not None and self.weekday not in range(7):
            raise ValueError("weekday must be 0 (Monday) to 6 (Sunday)")
        t = self.local_time
        if not isinstance(t, time) or (t.tzinfo, t.second, t.microsecond) != (None, 0, 0):
            raise ValueError("local_time must be a naive wall-clock time in whole minutes")
        if isinstance(self.start, datetime) or not isinstance(self.start, date):
            raise ValueError("start must be a date, not a datetime")
        top, unit = (8, "week") if self.kind == "weekly" else (12, "month")
        if not 1 <= self.interval <= top:
            raise ScheduleError(f"Meetings can repeat every 1 to {top} {unit}s, so every {self.interval} "
                                f"{unit}s will not work. Please pick a number from 1 to {top}.")
        name = WEEKDAYS[self.weekday or 0]
        if self.nth is not None and self.nth not in (1, 2, 3, 4, -1):
            raise ScheduleError(f"Not every month has a {_ordinal(self.nth)} {name}, so I cannot schedule that. "
                                f'Try "the last {name} of every month" instead.' if self.nth >= 5 else
                                f"Please choose the 1st, 2nd, 3rd, 4th or last {name} of the month.")
        if self.day is not None and not 1 <= self.day <= 28:
            raise ScheduleError(f"Not every month has a {_ordinal(self.day)} day, so I cannot schedule that. "
                                'Pick a day from 1 to 28, or a weekday such as "the last Friday of every month".'
                                if 29 <= self.day <= 31 else
                                f"There is no day {self.day} in a month: please pick a day from 1 to 28.")

    def _date_in_month(self, year: int, month: int) -> date:
        """The one candidate meeting date in a month (monthly kinds always have exactly one)."""
        if self.kind == "monthly_day":
            return date(year, month, self.day or 1)
        wd = self.weekday or 0
        if self.nth == -1:
            last = date(year, month, calendar.monthrange(year, month)[1])
            return last - timedelta(days=(last.weekday() - wd) % 7)
        first = date(year, month, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * ((self.nth or 1) - 1))

    @property
    def first_date(self) -> date:
        """The anchor: first meeting date on/after `start`. Intervals are counted from here, so
        "every 2 weeks" keeps meeting on the same weeks however far ahead we look."""
        d = self.start
        if self.kind == "weekly":
            return d + timedelta(days=((self.weekday or 0) - d.weekday()) % 7)
        here = self._date_in_month(d.year, d.month)
        year, month0 = divmod(_month_index(d) + 1, 12)
        return here if here >= d else self._date_in_month(year, month0 + 1)

    def _day_phrase(self) -> str:
        if self.kind == "monthly_day":
            return f"day {self.day}"
        name = WEEKDAYS[self.weekday or 0]
        return name if self.kind == "weekly" else f"the {_ordinal(self.nth or 1)} {name}"

    def _period(self) -> str:
        unit = "week" if self.kind == "weekly" else "month"
        return unit if self.interval == 1 else f"{self.interval} {unit}s"

    def describe(self) -> str:
        """Wording for confirmations; shows the first meeting when it decides which weeks/months."""
        d, at = self.first_date, f"at {self.local_time:%H:%M}"
        since = (f", from {WEEKDAYS[d.weekday()][:3]} {d.day} {_MONTHS[d.month - 1]} {d.year}"
                 if self.interval > 1 else "")
        if self.kind == "weekly":
            lead = "every" if self.interval == 1 else f"every {self._period()} on"
            return f"{lead} {self._day_phrase()} {at}{since}"
        return f"{self._day_phrase()} of every {self._period()} {at}{since}"

    def to_text(self) -> str:
        """Canonical storage text; parse_recurrence(to_text(), any_day) gives back an equal Recurrence."""
        return f"every {self._period()} on {self._day_phrase()} at {self.local_time:%H:%M} from {self.start}"

    def rrule(self) -> str:
        """RFC 5545 RRULE value (no 'RRULE:' prefix); pair it with DTSTART = first_date at local_time."""
        freq = "WEEKLY" if self.kind == "weekly" else "MONTHLY"
        interval = f";INTERVAL={self.interval}" if self.interval > 1 else ""
        by = (f"BYMONTHDAY={self.day}" if self.kind == "monthly_day"
              else f"BYDAY={self.nth or ''}{_RRULE_DAYS[self.weekday or 0]}")
        return f"FREQ={freq}{interval};{by}"


# ---- parsing --------------------------------------------------------------------------------------

_DATE_RE = re.compile(r"(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])")
_OTHER_DATE_RE = re.compile(r"\b\d{1,4}/\d{1,2}(?:/\d{1,4})?\b")
_TIME_RE = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,3})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>[ap])\.?m\b\.?"  # 6pm, 6:30 p.m.
    r"|(?<![\d:.])(?P<h24>\d{1,3})[:.](?P<m24>\d{2})(?!\d|[:.]\d)"          # 18:00, 7:05
    r"|\b(?P<word>noon|midday|midnight)\b")
_ORD_RE = re.compile(r"(\d+)(?:st|nd|rd|th)")
_DAY_WORDS = {w: i for i, d in enumerate(WEEKDAYS) for w in (d.lower(), d.lower() + "s", d[:3].lower())}
_DAY_WORDS |= {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
_FREQ_WORDS: dict[str, tuple[str, int | None]] = {
    "weekly": ("week", 1), "biweekly": ("week", 2), "fortnightly": ("week", 2), "fortnight": ("week", 2),
    "week": ("week", None), "weeks": ("week", None), "monthly": ("month", 1), "quarterly": ("month", 3),
    "month": ("month", None), "months": ("month", None)}
_KNOWN = set(_DAY_WORDS) | set(_ORDINAL_WORDS) | set(_FREQ_WORDS) | set(
    "on at the of every each other from starting start starts beginning and in a an we meet meets meeting "
    "meetings group our is are will be day days weekday weekdays weekend daily please until time".split())
_UNIT_WORDS = {"week": "week", "weeks": "week", "month": "month", "months": "month"}
_NUMBER_WORDS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten eleven "
                                                 "twelve".split())}
_FUZZY = [d.lower() for d in WEEKDAYS] + ["weekly", "monthly", "fortnightly", "biweekly"]
_MONTH_NAMES = {m.lower() for m in calendar.month_name[1:]} - {"may"}


def _time_from(m: re.Match[str]) -> time:
    """Turn one matched time phrase into a wall-clock time, explaining what is wrong if invalid."""
    if m["word"]:
        return time(0) if m["word"] == "midnight" else time(12)
    raw, problem = m.group(0).strip(), ""
    if m["ap"]:
        hour, minute = int(m["h"]), int(m["m"] or 0)
        if not 1 <= hour <= 12:
            problem = 'with am/pm the hour goes from 1 to 12, e.g. "6pm" or "18:00"'
        hour = hour % 12 + (12 if m["ap"] == "p" else 0)
    else:
        hour, minute = int(m["h24"]), int(m["m24"])
    if not problem and (hour > 23 or minute > 59):
        problem = ('hours go from 0 to 23, e.g. "at 18:00"' if hour > 23
                   else 'minutes go from 00 to 59, e.g. "at 18:30"')
    if problem:
        raise ScheduleError(f'I could not read the time "{raw}": {problem}.')
    return time(hour, minute)


def parse_local_date(text: str) -> date:
    """Read an ISO date (2026-12-01): one format only, so 01/12 vs 12/01 can never be confused."""
    m = _DATE_RE.fullmatch(text.strip()) if isinstance(text, str) else None
    if not m:
        raise ScheduleError(f'I could not read "{text}" as a date: please use the form 2026-12-01.')
    try:
        return date(*map(int, m.groups()))
    except ValueError:
        raise ScheduleError(f'"{text.strip()}" is not a real date: please check the month and day '
                            '(the form is 2026-12-01).') from None


def parse_recurrence(text: str, today: date) -> Recurrence:
    """Read how a group describes its meetings: forgiving about wording, never silently guessing
    (ambiguous phrases such as "every second Tuesday" get a question back instead)."""
    if not isinstance(text, str) or not text.strip():
        raise ScheduleError('Please tell me when the group meets, e.g. "every Tuesday at 18:00".')
    if len(text) > MAX_TEXT:
        raise ScheduleError(f"That is a bit long for me (over {MAX_TEXT} characters). "
                            'Try something short like "every Tuesday at 18:00".')
    shown = " ".join(text.split())
    low = re.sub(r"\bbi[- ]weekly\b", "biweekly", shown.lower()).replace(",", " ")
    dates = list(_DATE_RE.finditer(low))
    if len(dates) > 1:
        raise ScheduleError(f'I found more than one date in "{shown}": please give just the first '
                            'meeting date, e.g. "from 2026-12-01".')
    start = parse_local_date(dates[0].group(0)) if dates else today
    low = _DATE_RE.sub(" ", low)
    if _OTHER_DATE_RE.search(low) or _MONTH_NAMES & set(low.split()):
        raise ScheduleError('Please write the start date as year-month-day, e.g. "from 2026-12-01".')
    times = list(_TIME_RE.finditer(low))
    local = _time_from(times[0]) if times else None  # "18:00-19:30": the first time is the start
    low = _TIME_RE.sub(" ", low)
    toks = [_NUMBER_WORDS.get(t, t) for t in re.findall(r"[a-z]+|\d+(?:st|nd|rd|th)?", low)]
    for tok in toks:
        close = (len(tok) >= 4 and tok.isalpha() and tok not in _KNOWN
                 and difflib.get_close_matches(tok, _FUZZY, n=1, cutoff=0.75))
        if close:
            hint = close[0].capitalize() if close[0] in _DAY_WORDS else f'"{close[0]}"'
            raise ScheduleError(f'I could not read "{shown}": did you mean {hint}?')

    units, intervals, weekdays = set[str](), set[int](), set[int]()  # what the words said
    nths, days = list[int](), list[int]()
    every_ordinal, bare_hour, i = False, 0, 0
    while i < len(toks):
        prev, tok, nxt = (([""] + toks)[i:i + 3] + ["", ""])[:3]
        ord_m = _ORD_RE.fullmatch(tok)
        ordv = _ORDINAL_WORDS.get(tok, int(ord_m.group(1)) if ord_m else None)
        if tok in ("every", "each"):
            intervals |= {2} if nxt == "other" else set()
            every_ordinal = every_ordinal or nxt in _ORDINAL_WORDS or bool(_ORD_RE.fullmatch(nxt))
        elif tok in _DAY_WORDS:
            weekdays.add(_DAY_WORDS[tok])
        elif tok in _FREQ_WORDS:
            units.add(_FREQ_WORDS[tok][0])
            intervals |= {n} if (n := _FREQ_WORDS[tok][1]) else set()
        elif tok.isdigit() and nxt in _UNIT_WORDS:  # "every 3 months"
            units.add(_UNIT_WORDS[nxt])
            intervals.add(int(tok))
            i += 1
        elif tok.isdigit() and prev in ("the", "day"):  # "day 15", "the 15 of every month"
            days.append(int(tok))
        elif tok.isdigit() and prev == "at":  # "at 6": only matters if no real time was found
            bare_hour = int(tok)
        elif tok.isdigit():  # never drop a number silently: "every 2 Tuesdays" must not mean weekly
            raise ScheduleError(f'I am not sure what "{tok}" means in "{shown}". Try {_EXAMPLES}.')
        elif ordv is not None and nxt in _DAY_WORDS:  # "2nd Tuesday", "last Thursday"
            nths.append(ordv)
        elif ordv is not None and nxt in _UNIT_WORDS and ordv > 0:  # "every second week"
            units.add(_UNIT_WORDS[nxt])
            intervals.add(ordv)
            i += 1
        elif ordv == -1:
            raise ScheduleError('Months end on different days, so I cannot schedule "the last day". '
                                'Try "day 28 of every month" or "the last Friday of every month".')
        elif ordv is not None:  # "the 1st", "the 15th"
            days.append(ordv)
        i += 1

    unclear = ScheduleError(f'I could not tell how often the group meets from "{shown}". Try {_EXAMPLES}.')
    if len(units) > 1 or len(intervals) > 1:
        raise unclear
    if len(weekdays) > 1 or len(nths) + len(days) > 1:
        raise ScheduleError(f'"{shown}" mentions more than one meeting day, but a schedule can follow only '
                            'one. Please set up one schedule per day, e.g. "the 2nd Tuesday of every month '
                            'at 18:00".')
    unit, wd = next(iter(units), None), next(iter(weekdays), None)
    name = WEEKDAYS[wd or 0]
    if nths and every_ordinal and unit != "month":
        raise ScheduleError(f'"{shown}" could mean every few weeks or one {name} a month. Please write '
                            f'"every other {name}" or "the {_ordinal(nths[0])} {name} of every month".')
    if (nths or days) and unit == "week" or days and wd is not None:
        raise unclear
    if wd is not None and not nths and unit == "month":
        raise ScheduleError(f'Which {name} of the month? e.g. "the 2nd {name} of every month" or '
                            f'"the last {name} of every month".')
    if wd is None and not days:
        raise ScheduleError(
            'Which day of the week does the group meet? e.g. "every Tuesday at 18:00".' if unit == "week" else
            'Which day of the month does the group meet? e.g. "the 2nd Tuesday of every month at 18:00" or '
            '"day 15 of every month at 12:00".' if unit == "month" else
            f'I could not read "{shown}" as a meeting schedule. Try {_EXAMPLES}.')
    kind = "monthly_weekday" if nths else "monthly_day" if days else "weekly"
    rec = Recurrence(kind, min(intervals, default=1), wd, nths[0] if nths else None,
                     days[0] if days else None, local or time(0), start)  # validates before the time
    if local is None:
        if 1 <= (n := bare_hour) <= 12:
            raise ScheduleError(f'Is "at {n}" in the morning or the evening? Please write "{n}am", "{n}pm" '
                                f'or "{n + 12 if n < 12 else n}:00".')
        raise ScheduleError(f"I could not find a time in \"{shown}\": add a time, e.g. 'at 18:00'.")
    return rec


# ---- time zones and occurrences -----------------------------------------------------------------

def _require_aware(value: datetime, name: str) -> datetime:
    """Naive datetimes are a programming error here: without a zone an instant is meaningless."""
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise ValueError(f"{name} must be a time-zone-aware datetime")
    return value.astimezone(UTC)


def local_start(rec: Recurrence, on: date, tz: ZoneInfo) -> datetime:
    """The aware UTC instant of the meeting on local date `on`, keeping the group's wall-clock time
    (a "6 pm group" stays at 6 pm local all year; its UTC time shifts with DST).

    DST rules (both are exactly PEP 495 fold=0 semantics, which zoneinfo implements):
    - a local time that does not exist (spring-forward gap, e.g. 02:30 in America/Denver on
      2026-03-08) is moved forward by the gap length (02:30 -> 03:30 local, 09:30 UTC);
    - an ambiguous local time (fall-back, e.g. 01:30 on 2026-11-01 in America/Denver) is the
      FIRST occurrence (fold=0, still daylight time: 01:30 MDT = 07:30 UTC).
    """
    return datetime.combine(on, rec.local_time, tzinfo=tz).astimezone(UTC)


def parse_local_datetime(text: str, tz: ZoneInfo) -> datetime:
    """Read "2026-12-08 19:00" / "2026-12-08T19:00" (group-local) as aware UTC, same DST rules as
    local_start; used when someone moves a meeting to a one-off time."""
    m = re.fullmatch(r"\s*(\d{4}-\d{1,2}-\d{1,2})(?:t|\s+(?:at\s+)?)(.+?)\s*", text.lower()) \
        if isinstance(text, str) else None
    t = _TIME_RE.fullmatch(m.group(2)) if m else None
    if not m or not t:
        raise ScheduleError(f'I could not read "{text}" as a date and time: please use the form 2026-12-08 19:00.')
    return datetime.combine(parse_local_date(m.group(1)), _time_from(t), tzinfo=tz).astimezone(UTC)


def is_meeting_date(rec: Recurrence, on: date) -> bool:
    """True if local date `on` is a meeting day, by arithmetic (no iteration, however far ahead)."""
    anchor = rec.first_date
    if on < anchor:
        return False
    if rec.kind == "weekly":
        return (on - anchor).days % (7 * rec.interval) == 0
    return ((_month_index(on) - _month_index(anchor)) % rec.interval == 0
            and on == rec._date_in_month(on.year, on.month))


def occurrence_on(rec: Recurrence, tz: ZoneInfo, original_start: datetime) -> bool:
    """True if original_start (aware) is a real occurrence; used to validate skip/move requests."""
    instant = _require_aware(original_start, "original_start")
    near = instant.astimezone(tz).date()
    return any(is_meeting_date(rec, d) and local_start(rec, d, tz) == instant
               for d in (near - timedelta(days=1), near, near + timedelta(days=1)))


def _series_point_before(rec: Recurrence, target: date) -> date:
    """A date <= target (or the anchor) where the rrule can restart without losing the anchor's
    week/month alignment: a meeting date for weekly, the 1st of an aligned month for monthly."""
    anchor = rec.first_date
    if target <= anchor:
        return anchor
    if rec.kind == "weekly":
        step = 7 * rec.interval
        return anchor + timedelta(days=(target - anchor).days // step * step)
    months = (_month_index(target) - _month_index(anchor)) // rec.interval * rec.interval
    year, month0 = divmod(_month_index(anchor) + months, 12)
    return anchor if months == 0 else date(year, month0 + 1, 1)


@lru_cache(maxsize=4096)
def _rule(rule: str, begin: date) -> Any:
    """Parsing RRULE text is the slow part of expanding a schedule; many groups share a rule and a start."""
    return rrulestr(rule, dtstart=datetime.combine(begin, time()), cache=True)


@dataclass(frozen=True)
class Occurrence:
    """One meeting: where the rule put it (its identity) and when it actually happens."""

    original_start: datetime  # aware UTC: stable identity, even if the meeting is moved
    start: datetime           # aware UTC: when it happens (== original_start unless moved)
    moved: bool


def occurrences(rec: Recurrence, tz: ZoneInfo, *, after: datetime, count: int,
                skipped: frozenset[datetime] = frozenset(),
                moved: Mapping[datetime, datetime] | None = None,
                until: datetime | None = None) -> list[Occurrence]:
    """The next `count` meetings whose actual start is >= after (aware), ordered by actual start.

    skipped: original_start values that are cancelled (cancelling wins over moving).
    moved: original_start -> new start. A moved meeting appears at its new time, even if its original
    time was before `after`; one moved to before `after` no longer appears. Keys that are not real
    occurrences of `rec` (e.g. left over from an older schedule) are ignored.
    until: inclusive upper bound on actual start. Generation restarts the rrule arithmetically near
    `after` (keeping alignment with the anchor) instead of iterating from `rec.start`.
    """
    after = _require_aware(after, "after")
    end = _require_aware(until, "until") if until is not None else None
    if count <= 0:
        return []
    cancelled = {_require_aware(s, "skipped") for s in skipped}
    moves = {_require_aware(k, "moved key"): _require_aware(v, "moved value") for k, v in (moved or {}).items()}
    found = [Occurrence(orig, new, True) for orig, new in moves.items()
             if orig not in cancelled and new >= after and (end is None or new <= end)
             and occurrence_on(rec, tz, orig)]
    begin = _series_point_before(rec, after.astimezone(tz).date() - timedelta(days=2))  # DST margin
    regular = 0
    for dt in _rule(rec.rrule(), begin):
        start = local_start(rec, dt.date(), tz)
        if end is not None and start > end:
            break
        if start < after or start in cancelled or start in moves:
            continue
        found.append(Occurrence(start, start, False))
        regular += 1
        if regular >= count:
            break
    found.sort(key=lambda o: (o.start, o.original_start))
    return found[:count]

"""Meeting schedules for consultation groups: read, describe and expand recurrences.

Pure domain code (standard library, dateutil, zoneinfo only). Nothing here reads the clock:
callers pass `today` / `after`, so results are reproducible and easy to test.
"""
from __future__ import annotations

import calendar
import dataclasses
import difflib
import re
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

__all__ = ["ScheduleError", "Recurrence", "Occurrence", "parse_recurrence", "local_start", "occurrences",
           "occurrence_on", "is_meeting_date", "parse_local_datetime", "parse_local_date"]

UTC = UTC
MAX_TEXT = 200
MAX_COUNT = 500  # "for N meetings": enough for decades of weekly meetings
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
    until: date | None = None  # last date a meeting may fall on (inclusive)
    count: int | None = None   # how many meetings in all, counted from first_date

    @classmethod
    def from_rule(cls, rule: str, dtstart: str) -> Recurrence:
        """A stored schedule read back from its RRULE and local DTSTART (see stored_rule): no phrase parsing, so a
        change to the parser can never change a stored schedule. Anything but our own canonical form raises."""
        return _from_rule(rule, dtstart)

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
        if self.until is not None and self.count is not None:
            raise ScheduleError('Please give either the last date ("until 2027-06-30") or the number of meetings '
                                '("for 10 meetings"), not both.')
        if self.until is not None and (isinstance(self.until, datetime) or not isinstance(self.until, date)):
            raise ValueError("until must be a date, not a datetime")
        if self.until is not None and self.until < self.first_date:
            raise ScheduleError(f"The last date ({_day(self.until)}) is before the first meeting "
                                f"({_day(self.first_date)}), so there would be no meetings at all.")
        if self.count is not None and (not isinstance(self.count, int) or not 1 <= self.count <= MAX_COUNT):
            raise ScheduleError(f'A schedule needs at least 1 meeting and at most {MAX_COUNT}, e.g. "for 10 meetings".')

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

    def nth_date(self, n: int) -> date:
        """The date of meeting number n (0 = first_date), by arithmetic."""
        first = self.first_date
        if self.kind == "weekly":
            return first + timedelta(weeks=self.interval * n)
        year, month0 = divmod(_month_index(first) + self.interval * n, 12)
        return self._date_in_month(year, month0 + 1)

    @property
    def last_date(self) -> date | None:
        """The last date a meeting may fall on, from `until` or `count`; None when the series never ends."""
        return self.nth_date(self.count - 1) if self.count is not None else self.until

    def beginning_at(self, moment: datetime, tz: ZoneInfo) -> Recurrence:
        """The same series starting with its first meeting at or after `moment`: a schedule set at 20:00 on a
        Monday for "every Monday at 12:00" never had a meeting at noon that day. Keeps the weeks or months of an
        interval (the new start is a meeting of the old series); `for N meetings` still counts N real meetings."""
        first = occurrences(self, tz, after=moment, count=1)
        if not first:
            return self
        begins = first[0].start.astimezone(tz).date()
        return self if begins <= self.first_date else dataclasses.replace(self, start=begins)

    def _day_phrase(self) -> str:
        if self.kind == "monthly_day":
            return f"day {self.day}"
        name = WEEKDAYS[self.weekday or 0]
        return name if self.kind == "weekly" else f"the {_ordinal(self.nth or 1)} {name}"

    def _period(self) -> str:
        unit = "week" if self.kind == "weekly" else "month"
        return unit if self.interval == 1 else f"{self.interval} {unit}s"

    def describe(self) -> str:
        """Wording for confirmations; shows the first meeting when it decides which weeks/months (or what
        `for N meetings` counts from), and the last date."""
        at = f"at {self.local_time:%H:%M}"
        if self.count is not None:
            at += f" for {self.count} meeting{'s' if self.count != 1 else ''}"
        since = f", from {_day(self.first_date)}" if self.interval > 1 or self.count is not None else ""
        since += f", until {_day(self.until)}" if self.until is not None else ""
        if self.kind == "weekly":
            lead = "every" if self.interval == 1 else f"every {self._period()} on"
            return f"{lead} {self._day_phrase()} {at}{since}"
        return f"{self._day_phrase()} of every {self._period()} {at}{since}"

    def to_text(self) -> str:
        """A canonical phrase; parse_recurrence(to_text(), any day up to start) gives back an equal Recurrence.
        Not how schedules are stored: see stored_rule."""
        end = (f" until {self.until}" if self.until is not None else "") + \
              (f" for {self.count} meetings" if self.count is not None else "")
        return f"every {self._period()} on {self._day_phrase()} at {self.local_time:%H:%M} from {self.start}{end}"

    def stored_rule(self) -> tuple[str, str]:
        """(RRULE, DTSTART) as stored: RFC 5545 values, DTSTART as local wall-clock time (the first meeting) and
        UNTIL likewise; the zone that makes them instants is the group's. Read back with Recurrence.from_rule."""
        rule = self.rrule()
        if self.until is not None:
            rule += f";UNTIL={self.until:%Y%m%d}T235959"
        if self.count is not None:
            rule += f";COUNT={self.count}"
        return rule, f"{datetime.combine(self.first_date, self.local_time):%Y%m%dT%H%M%S}"

    def calendar_rule(self, tz: ZoneInfo) -> str:
        """The RRULE for a calendar file whose DTSTART names the zone: there RFC 5545 wants UNTIL in UTC (the end
        of the last day, in the group's zone)."""
        rule = self.rrule()
        if self.until is not None:
            end = datetime.combine(self.until, time(23, 59, 59), tzinfo=tz).astimezone(UTC)
            rule += f";UNTIL={end:%Y%m%dT%H%M%SZ}"
        if self.count is not None:
            rule += f";COUNT={self.count}"
        return rule

    def rrule(self) -> str:
        """RFC 5545 RRULE value (no 'RRULE:' prefix) of the repetition alone, without its end (UNTIL/COUNT: see
        stored_rule); pair it with DTSTART = first_date at local_time."""
        freq = "WEEKLY" if self.kind == "weekly" else "MONTHLY"
        interval = f";INTERVAL={self.interval}" if self.interval > 1 else ""
        by = (f"BYMONTHDAY={self.day}" if self.kind == "monthly_day"
              else f"BYDAY={self.nth or ''}{_RRULE_DAYS[self.weekday or 0]}")
        return f"FREQ={freq}{interval};{by}"


def _day(d: date) -> str:
    return f"{WEEKDAYS[d.weekday()][:3]} {d.day} {_MONTHS[d.month - 1]} {d.year}"


_RULE_PART = re.compile(r"(FREQ|INTERVAL|BYDAY|BYMONTHDAY|UNTIL|COUNT)=([-+0-9A-Z]+)")
_DTSTART = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})00")


@lru_cache(maxsize=4096)
def _from_rule(rule: str, dtstart: str) -> Recurrence:
    """Strict: only what stored_rule writes, exactly as it writes it (many groups share a rule: cached)."""
    if not isinstance(rule, str) or not isinstance(dtstart, str):
        raise TypeError("a stored schedule is two strings")
    m = _DTSTART.fullmatch(dtstart)
    parts = [_RULE_PART.fullmatch(p) for p in rule.split(";")]
    if m is None or not all(parts):
        raise ValueError(f"not a stored schedule: {rule!r} from {dtstart!r}")
    fields = {p.group(1): p.group(2) for p in parts if p}
    if len(fields) != len(parts):
        raise ValueError(f"a repeated part in stored schedule {rule!r}")
    y, mo, d, hh, mm = map(int, m.groups())
    start, at = date(y, mo, d), time(hh, mm)
    freq, by_day = fields.get("FREQ"), re.fullmatch(r"(-1|[1-4])?(MO|TU|WE|TH|FR|SA|SU)", fields.get("BYDAY", ""))
    interval = int(fields.get("INTERVAL", "1")) if re.fullmatch(r"\d+", fields.get("INTERVAL", "1")) else 0
    until = fields.get("UNTIL")
    until_m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})T235959", until) if until else None
    if until and until_m is None or "COUNT" in fields and not fields["COUNT"].isdigit():
        raise ValueError(f"not a stored schedule end: {rule!r}")
    end = date(*map(int, until_m.groups())) if until_m else None
    count = int(fields["COUNT"]) if "COUNT" in fields else None
    weekday = _RRULE_DAYS.index(by_day.group(2)) if by_day else None
    if freq == "WEEKLY" and by_day and by_day.group(1) is None:
        rec = Recurrence("weekly", interval, weekday, None, None, at, start, end, count)
    elif freq == "MONTHLY" and by_day and by_day.group(1) is not None:
        rec = Recurrence("monthly_weekday", interval, weekday, int(by_day.group(1)), None, at, start, end, count)
    elif freq == "MONTHLY" and "BYDAY" not in fields and fields.get("BYMONTHDAY", "").isdigit():
        rec = Recurrence("monthly_day", interval, None, None, int(fields["BYMONTHDAY"]), at, start, end, count)
    else:
        raise ValueError(f"not a stored schedule: {rule!r}")
    if rec.first_date != start or rec.stored_rule() != (rule, dtstart):
        raise ValueError(f"stored schedule {rule!r} from {dtstart!r} is not in canonical form")
    return rec


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
    "on at the of every each other and in a an we meet meets meeting meetings group our is are will be day days "
    "weekday weekdays weekend daily please time".split())
_UNIT_WORDS = {"week": "week", "weeks": "week", "month": "month", "months": "month"}
_NUMBER_WORDS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten eleven "
                                                 "twelve".split())}
_FUZZY = [d.lower() for d in WEEKDAYS] + ["weekly", "monthly", "fortnightly", "biweekly"]
_MONTHS_BY_NAME = {name: i for i in range(1, 13)
                   for name in (calendar.month_name[i].lower(), calendar.month_abbr[i].lower())} | {"sept": 9}
_MONTH_WORD = "|".join(sorted(_MONTHS_BY_NAME, key=len, reverse=True))
_ORD_SUFFIX = r"(?:st|nd|rd|th)?"
_NAMED_DATE_RE = re.compile(
    rf"(?:\b(?P<kw>[a-z]+)\s+)?(?:the\s+)?(?:(?<![\d:.])(?P<d1>\d{{1,2}}){_ORD_SUFFIX}\s+(?:of\s+)?)?\b(?P<month>{_MONTH_WORD})\b\.?"
    rf"(?:\s+(?:the\s+)?(?P<d2>\d{{1,2}}){_ORD_SUFFIX}\b)?(?:\s+(?P<year>\d{{4}})\b)?")
_START_WORDS = {"from", "starting", "start", "starts", "beginning", "begins", "begin", "on"}
_END_WORDS = {"until", "till", "til", "through", "thru", "to", "ending", "ends", "end", "by"}
_KEYED_DATE_RE = re.compile(rf"(?:\b(?P<kw>{'|'.join(sorted(_START_WORDS | _END_WORDS))})\s+(?:on\s+)?)?"
                            r"(?<![\d-])(?P<date>\d{4}-\d{1,2}-\d{1,2})(?![\d-])")
_COUNT_RE = re.compile(r"\bfor\s+(?P<n>-?\s*[\w.,]+)\s+(?P<unit>meetings?|sessions?|times|weeks?|months?|years?|days?)\b")
_DECIMAL_RE = re.compile(r"(?<![\d:.,-])-?\d+[.,]\d+(?![\d:])")
_NEGATIVE_RE = re.compile(r"(?<![\w:.])-\s*\d+(?:st|nd|rd|th)?")
_ZONE_ABBREVIATIONS = {"utc", "gmt", "z", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "akdt",
                       "hst", "ast", "adt", "nst", "ndt", "bst", "ist", "cet", "cest", "eet", "eest", "wet", "west",
                       "msk", "sast", "jst", "kst", "hkt", "sgt", "aest", "aedt", "acst", "acdt", "awst", "nzst",
                       "nzdt"}
_ZONE_RE = re.compile(r"(?<![\w/])(?:[a-z][a-z0-9_+-]*(?:/[a-z0-9_+-]+)+"
                      r"|(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::?\d{2})?"
                      rf"|(?:{'|'.join(sorted(_ZONE_ABBREVIATIONS - {'z'}))}))(?![\w/])")
_EXAMPLE_SHAPE = 'e.g. "every 2 weeks on Monday at 18:00"'


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


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    return {z.lower(): z for z in zoneinfo.available_timezones()}


def _take_zone(low: str, zone: str | None) -> str:
    """A time zone named in the phrase: the group's own is accepted (it says nothing new); any other is refused,
    because a schedule follows the group's zone, which is changed with the group's settings."""
    for m in list(_ZONE_RE.finditer(low)):
        raw = m.group(0)
        name = _zone_names().get(raw.replace(" ", ""))
        if name is None and "/" not in raw and raw.split()[0][:3] not in ("utc", "gmt") \
                and raw not in _ZONE_ABBREVIATIONS:
            continue
        if zone is not None and name is not None and name.lower() == zone.lower():
            low = low.replace(raw, " ", 1)
            continue
        ours = f" ({zone})" if zone else ""
        if name is not None and "/" in name:
            raise ScheduleError(f"Meetings follow the group's time zone{ours}, so I cannot also take \"{name}\" "
                                f"here. Leave it out, or first change the group's zone with "
                                f"`/consult group settings tz:{name}`.")
        raise ScheduleError(f"Meetings follow the group's time zone{ours}, so please leave out \"{raw.upper()}\". "
                            "To change the group's zone, use `/consult group settings tz:…` with a place name such "
                            "as America/New_York.")
    return low


def _example_date(today: date, month: int, day: int, year: int | None) -> date:
    """The next real date with this month and day (for an example in a refusal)."""
    for y in ([year] if year else []) + list(range(today.year, today.year + 9)):
        try:
            candidate = date(y, month, day)
        except ValueError:
            continue
        if year or candidate >= today:
            return candidate
    return today


def _refuse_named_dates(low: str, today: date) -> None:
    """Dates written with a month's name ("3rd March", "December 1st", "31st of February"): answered with the
    same date written as year-month-day, or with why it does not exist."""
    m = _NAMED_DATE_RE.search(low)
    if m is None:
        if _OTHER_DATE_RE.search(low):
            raise ScheduleError('Please write dates as year-month-day, e.g. "from 2026-12-01" (01/12 and 12/01 are '
                                'easy to mix up).')
        return
    month = _MONTHS_BY_NAME[m["month"]]
    name = calendar.month_name[month]
    keyword = "until" if m["kw"] in _END_WORDS else "from"
    day_text = m["d1"] or m["d2"]
    year = int(m["year"]) if m["year"] else None
    if day_text is None:
        example = _example_date(today, month, 1, year)
        raise ScheduleError(f'Please write dates as year-month-day, e.g. "{keyword} {example}".')
    day = int(day_text)
    longest = calendar.monthrange(year or 2028, month)[1]  # 2028: a leap year, so 29 February exists
    if not 1 <= day <= longest:
        example = _example_date(today, month, min(max(day, 1), 28 if month == 2 else longest), year)
        raise ScheduleError(f"There is no {day} {name}: {name} has at most {longest} days. Please write dates as "
                            f'year-month-day, e.g. "{keyword} {example}".')
    raise ScheduleError(f'Please write dates as year-month-day, e.g. "{keyword} {_example_date(today, month, day, year)}".')


def _take_dates(low: str, today: date) -> tuple[date | None, date | None, str]:
    """The start ("from 2026-12-01", or a bare date) and the end ("until 2027-03-01") of a schedule."""
    starts: list[date] = []
    ends: list[date] = []
    for m in _KEYED_DATE_RE.finditer(low):
        (ends if m["kw"] in _END_WORDS else starts).append(parse_local_date(m["date"]))
    if len(starts) > 1 or len(ends) > 1:
        which = "first meeting date" if len(starts) > 1 else "last date"
        raise ScheduleError(f"I found more than one {which}: please give just one, e.g. "
                            f'"from {today + timedelta(days=7)}" or "until {date(today.year + 1, 6, 30)}".')
    low = _KEYED_DATE_RE.sub(" ", low)
    start = starts[0] if starts else None
    if start is not None and start < today:
        raise ScheduleError(f"{_day(start)} is in the past: a schedule can start today ({today}) or later, "
                            f'e.g. "from {today + timedelta(days=7)}".')
    return start, ends[0] if ends else None, low


def _number_word(text: str) -> str:
    return _NUMBER_WORDS.get(text, text)


def _take_count(low: str, shown: str, today: date) -> tuple[int | None, str]:
    """"for 10 meetings": how many meetings the schedule has."""
    found = list(_COUNT_RE.finditer(low))
    if len(found) > 1:
        raise ScheduleError(f'I found more than one "for …" in "{shown}": please give the number of meetings once, '
                            'e.g. "for 10 meetings".')
    if not found:
        return None, low
    m = found[0]
    n = _number_word(m["n"].replace(" ", ""))
    if not m["unit"].startswith(("meeting", "session", "time")):
        raise ScheduleError(f'Please say how many meetings ("for 10 meetings") or the last date '
                            f'("until {date(today.year + 1, 6, 30)}") rather than "{m.group(0)}".')
    if not re.fullmatch(r"-?\d+", n) or not 1 <= int(n) <= MAX_COUNT:
        raise ScheduleError(f'"{m.group(0)}": a schedule needs at least 1 meeting and at most {MAX_COUNT}, as a '
                            'whole number, e.g. "for 10 meetings".')
    return int(n), low[:m.start()] + " " + low[m.end():]


def _take_times(low: str, shown: str) -> tuple[time | None, str]:
    """The start time; a range ("18:00-19:30", "6pm to 7:30pm") is read as its start."""
    times = list(_TIME_RE.finditer(low))
    if not times:
        return None, low
    if len(times) > 2 or len(times) == 2 and \
            not re.fullmatch(r"\s*(?:-|to|until|till)\s*", low[times[0].end():times[1].start()]):
        raise ScheduleError(f'I found more than one time in "{shown}": a schedule has one start time, '
                            'e.g. "every Tuesday at 18:00".')
    local = _time_from(times[0])
    if len(times) == 2:
        _time_from(times[1])
        before = re.sub(r"\bfrom\s*$", " ", low[:times[0].start()])  # "from 6pm to 7:30pm"
        return local, before + " " + low[times[1].end():]
    return local, low[:times[0].start()] + " " + low[times[0].end():]


def parse_recurrence(text: str, today: date, zone: str | None = None) -> Recurrence:
    """Read how a group describes its meetings: forgiving about wording, never silently guessing. Every word,
    number and sign is either understood or refused, naming it (ambiguous phrases such as "every second Tuesday"
    get a question back instead).

    today: the group's local date (a schedule may start today or later); zone: the group's time zone, the only
    one a phrase may name."""
    if not isinstance(text, str) or not text.strip():
        raise ScheduleError('Please tell me when the group meets, e.g. "every Tuesday at 18:00".')
    if len(text) > MAX_TEXT:
        raise ScheduleError(f"That is a bit long for me (over {MAX_TEXT} characters). "
                            'Try something short like "every Tuesday at 18:00".')
    shown = " ".join(text.split())
    low = re.sub(r"\bbi[- ]weekly\b", "biweekly", shown.lower()).replace("–", "-").replace("—", "-")
    low = low.replace("@", " at ").replace("&", " and ")
    low = _take_zone(low, zone)
    start, until, low = _take_dates(low, today)
    _refuse_named_dates(low, today)
    count, low = _take_count(low, shown, today)
    for m in _DECIMAL_RE.finditer(low):
        after = low[m.end():].split()[:1]
        if len(m.group(0).split(".")[-1].split(",")[-1]) != 2 or "," in m.group(0) \
                or after and (after[0] in _UNIT_WORDS or after[0].rstrip("s") in ("meeting", "day", "year")):
            raise ScheduleError(f'I can only count in whole numbers, so "{m.group(0)}" will not work, '
                                f"{_EXAMPLE_SHAPE}.")
    local, low = _take_times(low, shown)
    negative = _NEGATIVE_RE.search(low)
    if negative:
        raise ScheduleError(f'"{negative.group(0)}" will not work: meetings repeat every 1 to 8 weeks or 1 to 12 '
                            f"months, counted in whole numbers from 1, {_EXAMPLE_SHAPE}.")
    raw_tokens = re.findall(r"[^\W\d_]+|\d+(?:st|nd|rd|th)?|\S", low)
    for tok in raw_tokens:
        close = (len(tok) >= 4 and tok.isalpha() and tok not in _KNOWN
                 and difflib.get_close_matches(tok, _FUZZY, n=1, cutoff=0.75))
        if close:
            hint = close[0].capitalize() if close[0] in _DAY_WORDS else f'"{close[0]}"'
            raise ScheduleError(f'I could not read "{shown}": did you mean {hint}?')
    for tok in raw_tokens:
        if tok in _START_WORDS - {"on"} and start is None:
            raise ScheduleError(f'From which date? Please write it as year-month-day, '
                                f'e.g. "from {today + timedelta(days=7)}".')
        if tok in _END_WORDS and until is None:
            raise ScheduleError(f'Until when? Please write the last date as year-month-day, '
                                f'e.g. "until {date(today.year + 1, 6, 30)}".')
        if tok in (",", ".") or tok in _KNOWN or tok in _NUMBER_WORDS or tok[0].isdigit() \
                or tok in _START_WORDS | _END_WORDS:
            continue
        raise ScheduleError(f'I did not understand "{tok}" in "{shown}". Try {_EXAMPLES}.')
    toks = [_number_word(t) for t in raw_tokens if t not in (",", ".")]

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
    if until is not None and count is not None:
        raise ScheduleError(f'Please give either the last date ("until {until}") or the number of meetings '
                            f'("for {count} meetings"), not both.')
    kind = "monthly_weekday" if nths else "monthly_day" if days else "weekly"
    rec = Recurrence(kind, min(intervals, default=1), wd, nths[0] if nths else None,
                     days[0] if days else None, local or time(0), start or today, until, count)  # validates first
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
    anchor, last = rec.first_date, rec.last_date
    if on < anchor or last is not None and on > last:
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
    last = rec.last_date
    regular = 0
    for dt in _rule(rec.rrule(), begin):
        if last is not None and dt.date() > last:
            break
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

"""Tests for bot.domain.schedule: parsing, wording, DST handling and occurrence expansion.

Fixed dates only; nothing reads the clock.
"""
from __future__ import annotations

import ast
import calendar
import itertools
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain import schedule
from bot.domain.schedule import (
    Occurrence,
    Recurrence,
    ScheduleError,
    is_meeting_date,
    local_start,
    occurrence_on,
    occurrences,
    parse_local_date,
    parse_local_datetime,
    parse_recurrence,
)

UTC = UTC
TODAY = date(2026, 11, 28)  # a Saturday
DENVER = ZoneInfo("America/Denver")
BERLIN = ZoneInfo("Europe/Berlin")
SYDNEY = ZoneInfo("Australia/Sydney")
SIX_PM, NOON = time(18, 0), time(12, 0)
HYPOTHESIS = settings(database=None, max_examples=150, deadline=None)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def weekly(weekday: int = 1, interval: int = 1, at: time = SIX_PM, start: date = TODAY) -> Recurrence:
    return Recurrence("weekly", interval, weekday, None, None, at, start)


def monthly_weekday(nth: int, weekday: int, interval: int = 1, at: time = SIX_PM,
                    start: date = TODAY) -> Recurrence:
    return Recurrence("monthly_weekday", interval, weekday, nth, None, at, start)


def monthly_day(day: int, interval: int = 1, at: time = NOON, start: date = TODAY) -> Recurrence:
    return Recurrence("monthly_day", interval, None, None, day, at, start)


# ---- parsing accepted phrases ----------------------------------------------------------------------

ACCEPTED = [
    ("weekly on Tuesday at 18:00", weekly()),
    ("every Tuesday at 6pm", weekly()),
    ("every week on tue 18:00", weekly()),
    ("Every TUESDAY, at 6 PM", weekly()),
    ("we meet every Tuesdays at 6:30 pm", weekly(at=time(18, 30))),
    ("every thurs 7:05", weekly(3, at=time(7, 5))),
    ("every 2 weeks on Tuesday at 18:00 from 2026-12-01", weekly(interval=2, start=date(2026, 12, 1))),
    ("every 2 weeks on Tuesday at 18:00 starting 2026-12-01", weekly(interval=2, start=date(2026, 12, 1))),
    ("every 2 weeks on Tuesday at 18:00 2026-12-01", weekly(interval=2, start=date(2026, 12, 1))),
    ("every two weeks on Tuesday at 18:00", weekly(interval=2)),
    ("on Tuesdays every 2 weeks at 18:00", weekly(interval=2)),
    ("biweekly on Tuesday at 18:00", weekly(interval=2)),
    ("bi-weekly on Tuesday at 18:00", weekly(interval=2)),
    ("fortnightly on wed 7:30pm", weekly(2, interval=2, at=time(19, 30))),
    ("every other Tuesday at 18:00", weekly(interval=2)),
    ("every second week on Tuesday at 18:00", weekly(interval=2)),
    ("every 8 weeks on sunday at noon", weekly(6, interval=8, at=NOON)),
    ("monthly on the 2nd Tuesday at 18:00", monthly_weekday(2, 1)),
    ("2nd Tuesday at 18:00", monthly_weekday(2, 1)),
    ("the second tuesday of every month at 6pm", monthly_weekday(2, 1)),
    ("first monday 12:00", monthly_weekday(1, 0, at=NOON)),
    ("last Thursday at 19:30", monthly_weekday(-1, 3, at=time(19, 30))),
    ("every 3 months on the last friday at 9am", monthly_weekday(-1, 4, interval=3, at=time(9))),
    ("every three months on the last friday at 9am", monthly_weekday(-1, 4, interval=3, at=time(9))),
    ("quarterly on the 3rd wednesday at 12:00", monthly_weekday(3, 2, interval=3, at=NOON)),
    ("monthly on day 15 at 12:00", monthly_day(15)),
    ("the 15th of every month at noon", monthly_day(15)),
    ("monthly on the 1st at 08:00", monthly_day(1, at=time(8))),
    ("every other month on day 28 at 12am", monthly_day(28, interval=2, at=time(0))),
    ("every tuesday at 12pm", weekly(at=NOON)),
    ("every tuesday at 12am", weekly(at=time(0))),
    ("Every Tuesday, 18:00-19:30", weekly()),  # the first time is the start
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED, ids=[t for t, _ in ACCEPTED])
def test_accepted_phrases_parse(text: str, expected: Recurrence) -> None:
    assert parse_recurrence(text, TODAY) == expected


@pytest.mark.parametrize(("text", "expected"), ACCEPTED, ids=[t for t, _ in ACCEPTED])
def test_to_text_round_trips_accepted_phrases(text: str, expected: Recurrence) -> None:
    rec = parse_recurrence(text, TODAY)
    assert parse_recurrence(rec.to_text(), date(1999, 1, 1)) == rec


def test_start_defaults_to_today_and_anchor_is_first_matching_date() -> None:
    rec = parse_recurrence("biweekly on Tuesday at 18:00", TODAY)
    assert rec.start == TODAY
    assert rec.first_date == date(2026, 12, 1)
    # Monthly: the last Friday of Nov 2026 (27th) is before the start, so the series begins in December.
    assert parse_recurrence("every 3 months on the last friday at 9am", TODAY).first_date == date(2026, 12, 25)


# ---- wording, storage text and RRULE ---------------------------------------------------------------

@pytest.mark.parametrize(("rec", "text"), [
    (weekly(interval=2, start=date(2026, 12, 1)), "every 2 weeks on Tuesday at 18:00, from Tue 1 Dec 2026"),
    (weekly(), "every Tuesday at 18:00"),
    (monthly_weekday(2, 1), "the 2nd Tuesday of every month at 18:00"),
    (monthly_weekday(-1, 3, at=time(19, 30)), "the last Thursday of every month at 19:30"),
    (monthly_day(15), "day 15 of every month at 12:00"),
    (monthly_weekday(-1, 4, interval=3, at=time(9)),
     "the last Friday of every 3 months at 09:00, from Fri 25 Dec 2026"),
])
def test_describe(rec: Recurrence, text: str) -> None:
    assert rec.describe() == text


@pytest.mark.parametrize(("rec", "rule"), [
    (weekly(interval=2), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"),
    (weekly(6), "FREQ=WEEKLY;BYDAY=SU"),
    (monthly_weekday(2, 1), "FREQ=MONTHLY;BYDAY=2TU"),
    (monthly_weekday(-1, 3), "FREQ=MONTHLY;BYDAY=-1TH"),
    (monthly_weekday(-1, 4, interval=3), "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR"),
    (monthly_day(15), "FREQ=MONTHLY;BYMONTHDAY=15"),
])
def test_rrule(rec: Recurrence, rule: str) -> None:
    assert rec.rrule() == rule


def test_to_text_is_canonical() -> None:
    assert weekly(interval=2, start=date(2026, 12, 1)).to_text() == \
        "every 2 weeks on Tuesday at 18:00 from 2026-12-01"
    assert monthly_weekday(-1, 3).to_text() == "every month on the last Thursday at 18:00 from 2026-11-28"
    assert monthly_day(15, interval=2).to_text() == "every 2 months on day 15 at 12:00 from 2026-11-28"


TIMES = st.builds(time, st.integers(0, 23), st.integers(0, 59))
STARTS = st.dates(date(1990, 1, 1), date(2090, 12, 31))
RECURRENCES = st.one_of(
    st.builds(Recurrence, st.just("weekly"), st.integers(1, 8), st.integers(0, 6), st.none(), st.none(),
              TIMES, STARTS),
    st.builds(Recurrence, st.just("monthly_weekday"), st.integers(1, 12), st.integers(0, 6),
              st.sampled_from([1, 2, 3, 4, -1]), st.none(), TIMES, STARTS),
    st.builds(Recurrence, st.just("monthly_day"), st.integers(1, 12), st.none(), st.none(),
              st.integers(1, 28), TIMES, STARTS),
)


@HYPOTHESIS
@given(rec=RECURRENCES, today=st.dates())
def test_to_text_round_trip_property(rec: Recurrence, today: date) -> None:
    assert parse_recurrence(rec.to_text(), min(today, rec.start)) == rec  # a start in the past is refused


@HYPOTHESIS
@given(rec=RECURRENCES)
def test_rrule_string_is_valid_for_dateutil_and_starts_at_first_date(rec: Recurrence) -> None:
    first = next(iter(rrulestr(rec.rrule(), dtstart=datetime.combine(rec.start, time()))))
    if rec.interval == 1:  # with an interval, dateutil counts from `start`; we count from first_date
        assert first.date() == rec.first_date
    assert is_meeting_date(rec, rec.first_date)


# ---- errors ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "wording"), [
    ("every fortnight on Tuesdy", 'I could not read "every fortnight on Tuesdy": did you mean Tuesday?'),
    ("every thrusday at 18:00", "did you mean Thursday?"),
    ("every wensday at 18:00", "did you mean Wednesday?"),
    ("mothly on day 3 at 18:00", 'did you mean "monthly"?'),
    ("every Tuesday", "add a time, e.g. 'at 18:00'"),
    ("2nd Tuesday of the month", "add a time, e.g. 'at 18:00'"),
    ("every Tuesday at 6", '"6am", "6pm" or "18:00"'),
    ("every Tuesday at 25:00", "hours go from 0 to 23"),
    ("every Tuesday at 18:75", "minutes go from 00 to 59"),
    ("every Tuesday at 13pm", "with am/pm the hour goes from 1 to 12"),
    ("every 0 weeks on Tuesday at 18:00", "every 1 to 8 weeks"),
    ("every 9 weeks on Tuesday at 18:00", "every 1 to 8 weeks"),
    ("every 13 months on day 3 at 18:00", "every 1 to 12 months"),
    ("5th Tuesday at 18:00", 'Not every month has a 5th Tuesday, so I cannot schedule that. '
                             'Try "the last Tuesday of every month" instead.'),
    ("day 31 of every month at 18:00", "Not every month has a 31st day"),
    ("monthly on the 29th at 18:00", "Pick a day from 1 to 28"),
    ("the 30th of every month at 18:00", "the last Friday of every month"),
    ("day 32 of every month at 18:00", "There is no day 32"),
    ("last day of the month at 9am", 'Try "day 28 of every month"'),
    ("", "Please tell me when the group meets"),
    ("   ", "Please tell me when the group meets"),
    ("every Tuesday at 18:00 " + "please " * 30, "over 200 characters"),
    ("hello there", '"every Tuesday at 18:00", "every 2 weeks on Wednesday at 19:30 from 2026-12-01" '
                    'or "the last Thursday of every month at 19:30"'),
    ("every second Tuesday at 18:00", '"every other Tuesday" or "the 2nd Tuesday of every month"'),
    ("2nd and 4th Tuesday at 18:00", "one schedule per day"),
    ("every 2 Tuesdays at 18:00", 'I am not sure what "2" means'),  # never silently weekly
    ("every Tuesday and Thursday at 18:00", "one schedule per day"),
    ("monthly on Tuesday at 18:00", "Which Tuesday of the month?"),
    ("weekly at 18:00", "Which day of the week"),
    ("monthly at 18:00", "Which day of the month"),
    ("every week on the 2nd Tuesday at 18:00", "I could not tell how often"),
    ("weekly on tuesday at 18:00 monthly", "I could not tell how often"),
    ("every Tuesday at 18:00 from 12/01/2026", "2026-12-01"),
    ("every Tuesday at 18:00 from December 1st", "year-month-day"),
    ("every Tuesday at 18:00 from 2026-02-30", "not a real date"),
    ("every Tuesday at 18:00 from 2026-12-01 from 2027-06-01", "more than one first meeting date"),
])
def test_errors_are_kind_schedule_errors(text: str, wording: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        parse_recurrence(text, TODAY)
    assert wording in str(caught.value)


WORDS = st.sampled_from(["every", "other", "2", "0", "5th", "15th", "last", "day", "week", "weeks", "month",
                         "monthly", "biweekly", "Tuesday", "tue", "Tuesdy", "at", "18:00", "6pm", "noon",
                         "25:00", "13pm", "from", "2026-12-01", "2026-02-30", "the", "of", ",", "and", "x"])


@HYPOTHESIS
@given(text=st.one_of(st.text(max_size=210), st.lists(WORDS, max_size=12).map(" ".join)))
def test_any_text_gives_a_recurrence_or_a_schedule_error(text: str) -> None:
    try:
        rec = parse_recurrence(text, TODAY)
    except ScheduleError as err:
        assert str(err)
    else:
        assert parse_recurrence(rec.to_text(), TODAY) == rec


def test_schedule_error_is_a_value_error() -> None:
    assert issubclass(ScheduleError, ValueError)


@pytest.mark.parametrize("bad", [
    dict(kind="daily"),
    dict(weekday=7),
    dict(nth=2),                        # weekly with an nth
    dict(local_time=time(18, 0, 30)),   # seconds
    dict(local_time=time(18, tzinfo=UTC)),
    dict(start=datetime(2026, 12, 1)),  # a datetime is not a date here
])
def test_recurrence_rejects_programming_errors(bad: dict[str, object]) -> None:
    fields = dict(kind="weekly", interval=1, weekday=1, nth=None, day=None, local_time=SIX_PM, start=TODAY)
    with pytest.raises(ValueError):
        Recurrence(**(fields | bad))  # type: ignore[arg-type]


# ---- DST -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("tz", "before", "after_change"), [
    # (zone, (date, expected UTC) before a DST change, (date, expected UTC) after it)
    (DENVER, (date(2026, 3, 3), utc(2026, 3, 4, 1)), (date(2026, 3, 10), utc(2026, 3, 11, 0))),
    (DENVER, (date(2026, 10, 27), utc(2026, 10, 28, 0)), (date(2026, 11, 3), utc(2026, 11, 4, 1))),
    (BERLIN, (date(2026, 3, 24), utc(2026, 3, 24, 17)), (date(2026, 3, 31), utc(2026, 3, 31, 16))),
    (BERLIN, (date(2026, 10, 20), utc(2026, 10, 20, 16)), (date(2026, 10, 27), utc(2026, 10, 27, 17))),
    # Southern hemisphere: DST ends on the first Sunday of April and starts on the first Sunday of October.
    (SYDNEY, (date(2026, 3, 31), utc(2026, 3, 31, 7)), (date(2026, 4, 7), utc(2026, 4, 7, 8))),
    (SYDNEY, (date(2026, 9, 29), utc(2026, 9, 29, 8)), (date(2026, 10, 6), utc(2026, 10, 6, 7))),
])
def test_six_pm_stays_six_pm_across_dst(tz: ZoneInfo, before: tuple[date, datetime],
                                        after_change: tuple[date, datetime]) -> None:
    rec = weekly(1, start=date(2026, 1, 1))
    got = occurrences(rec, tz, after=before[1] - timedelta(hours=1), count=2)
    assert [o.start for o in got] == [before[1], after_change[1]]
    assert [o.start.astimezone(tz).date() for o in got] == [before[0], after_change[0]]
    assert all(o.start.astimezone(tz).time() == SIX_PM for o in got)
    assert got[0].start.astimezone(tz).utcoffset() != got[1].start.astimezone(tz).utcoffset()


@pytest.mark.parametrize("tz", [DENVER, BERLIN, SYDNEY])
def test_wall_clock_stays_for_a_whole_year(tz: ZoneInfo) -> None:
    got = occurrences(weekly(1, start=date(2026, 1, 1)), tz, after=utc(2026, 1, 1), count=52)
    local = [o.start.astimezone(tz) for o in got]
    assert {d.time() for d in local} == {SIX_PM}
    assert {d.weekday() for d in local} == {1}
    assert len({d.utcoffset() for d in local}) == 2  # the UTC offset changes, the wall clock does not


def test_spring_forward_gap_moves_forward_by_gap_length() -> None:
    rec = weekly(6, at=time(2, 30), start=date(2026, 3, 1))  # Sundays 02:30
    start = local_start(rec, date(2026, 3, 8), DENVER)
    assert start == utc(2026, 3, 8, 9, 30)
    assert start.astimezone(DENVER).time() == time(3, 30)
    got = occurrences(rec, DENVER, after=utc(2026, 3, 2), count=2)
    assert [o.start for o in got] == [utc(2026, 3, 8, 9, 30), utc(2026, 3, 15, 8, 30)]
    assert occurrence_on(rec, DENVER, utc(2026, 3, 8, 9, 30))


def test_fall_back_ambiguous_time_is_the_first_occurrence() -> None:
    rec = weekly(6, at=time(1, 30), start=date(2026, 10, 1))  # Sundays 01:30
    start = local_start(rec, date(2026, 11, 1), DENVER)
    assert start == utc(2026, 11, 1, 7, 30)  # 01:30 MDT (UTC-6), not 01:30 MST (08:30 UTC)
    assert start.astimezone(DENVER).utcoffset() == timedelta(hours=-6)
    assert occurrence_on(rec, DENVER, utc(2026, 11, 1, 7, 30))
    assert not occurrence_on(rec, DENVER, utc(2026, 11, 1, 8, 30))
    # A skip given as a local, fold-ambiguous datetime still matches (PEP 495 makes such datetimes
    # compare unequal across zones, so the module must normalise to UTC first).
    local_skip = datetime(2026, 11, 1, 1, 30, tzinfo=DENVER)
    got = occurrences(rec, DENVER, after=utc(2026, 10, 30), count=1, skipped=frozenset({local_skip}))
    assert got[0].start == utc(2026, 11, 8, 8, 30)


# ---- occurrences -----------------------------------------------------------------------------------

def test_biweekly_alignment_far_from_anchor() -> None:
    rec = parse_recurrence("every 2 weeks on Tuesday at 18:00 from 2026-12-01", TODAY)
    got = occurrences(rec, DENVER, after=utc(2027, 6, 1), count=6)
    local_dates = [o.start.astimezone(DENVER).date() for o in got]
    assert local_dates[0] == date(2027, 6, 1)  # 26 weeks after the anchor: an even week
    assert all((d - date(2026, 12, 1)).days % 14 == 0 for d in local_dates)
    assert all(b - a == timedelta(days=14) for a, b in itertools.pairwise(local_dates))


def test_biweekly_anchor_is_first_matching_weekday_after_start() -> None:
    rec = weekly(1, interval=2, start=date(2026, 12, 2))  # a Wednesday: first meeting Tue 8 Dec
    got = occurrences(rec, BERLIN, after=utc(2026, 1, 1), count=3)
    assert [o.start.astimezone(BERLIN).date() for o in got] == \
        [date(2026, 12, 8), date(2026, 12, 22), date(2027, 1, 5)]


def test_monthly_last_thursday_across_a_year() -> None:
    rec = parse_recurrence("last Thursday at 19:30 from 2027-01-01", TODAY)
    got = occurrences(rec, BERLIN, after=utc(2027, 1, 1), count=12)
    days = [28, 25, 25, 29, 27, 24, 29, 26, 30, 28, 25, 30]
    assert [o.start.astimezone(BERLIN).date() for o in got] == \
        [date(2027, m, d) for m, d in zip(range(1, 13), days, strict=True)]
    assert {o.start.astimezone(BERLIN).time() for o in got} == {time(19, 30)}


def test_every_three_months_keeps_month_alignment() -> None:
    rec = monthly_day(15, interval=3, start=date(2026, 2, 1))  # Feb, May, Aug, Nov
    got = occurrences(rec, SYDNEY, after=utc(2031, 1, 1), count=4)
    assert [o.start.astimezone(SYDNEY).date() for o in got] == \
        [date(2031, 2, 15), date(2031, 5, 15), date(2031, 8, 15), date(2031, 11, 15)]


def test_occurrences_start_at_or_after_after() -> None:
    rec = weekly(1, start=date(2026, 12, 1))
    first = utc(2026, 12, 2, 1)  # Tue 1 Dec 18:00 MST
    assert occurrences(rec, DENVER, after=first, count=1)[0].start == first
    assert occurrences(rec, DENVER, after=first + timedelta(minutes=1), count=1)[0].start == \
        first + timedelta(weeks=1)
    assert occurrences(rec, DENVER, after=utc(2000, 1, 1), count=1)[0].start == first  # before the anchor


def test_after_uses_the_groups_local_date_not_the_utc_date() -> None:
    # Fri 31 Jul 2026 18:00 in Denver is already Sat 1 Aug 00:00 UTC: a different month in UTC.
    rec = monthly_weekday(-1, 4, start=date(2026, 1, 1))
    got = occurrences(rec, DENVER, after=utc(2026, 8, 1, 0, 0), count=2)
    assert [o.start for o in got] == [utc(2026, 8, 1, 0, 0), utc(2026, 8, 29, 0, 0)]


def test_skip_removes_only_that_meeting() -> None:
    rec = weekly(1, start=date(2026, 12, 1))
    plain = occurrences(rec, DENVER, after=utc(2026, 12, 1), count=4)
    got = occurrences(rec, DENVER, after=utc(2026, 12, 1), count=3, skipped=frozenset({plain[1].start}))
    assert [o.start for o in got] == [plain[0].start, plain[2].start, plain[3].start]
    assert not any(o.moved for o in got)


def test_skipped_instant_given_in_local_zone_still_matches() -> None:
    rec = weekly(1, start=date(2026, 12, 1))
    plain = occurrences(rec, DENVER, after=utc(2026, 12, 1), count=2)
    skip_local = plain[0].start.astimezone(DENVER)
    got = occurrences(rec, DENVER, after=utc(2026, 12, 1), count=1, skipped=frozenset({skip_local}))
    assert got[0].start == plain[1].start


def test_move_sorts_into_place_and_keeps_identity() -> None:
    rec = weekly(1, start=date(2026, 12, 1))
    plain = occurrences(rec, DENVER, after=utc(2026, 12, 1), count=4)
    new_time = plain[2].start + timedelta(days=1)  # move the 2nd meeting past the 3rd
    got = occurrences(rec, DENVER, after=utc(2026, 12, 1), count=4, moved={plain[1].start: new_time})
    assert got == [
        Occurrence(plain[0].start, plain[0].start, False),
        Occurrence(plain[2].start, plain[2].start, False),
        Occurrence(plain[1].start, new_time, True),
        Occurrence(plain[3].start, plain[3].start, False),
    ]


def test_move_from_before_after_into_window_is_found() -> None:
    rec = weekly(1, start=date(2026, 12, 1))
    first = utc(2026, 12, 2, 1)
    new_time = utc(2026, 12, 10, 1)
    got = occurrences(rec, DENVER, after=utc(2026, 12, 5), count=2, moved={first: new_time})
    assert got[0] == Occurrence(utc(2026, 12, 9, 1), utc(2026, 12, 9, 1), False)
    assert got[1] == Occurrence(first, new_time, True)


def test_move_to_before_after_disappears() -> None:
    rec = weekly(1, start=date(2026, 12, 1))
    second = utc(2026, 12, 9, 1)
    got = occurrences(rec, DENVER, after=utc(2026, 12, 5), count=2, moved={second: utc(2026, 12, 4, 1)})
    assert [o.start for o in got] == [utc(2026, 12, 16, 1), utc(2026, 12, 23, 1)]


def test_skip_wins_over_move_and_stale_moves_are_ignored() -> None:
    rec = weekly(1, start=date(2026, 12, 1))
    first = utc(2026, 12, 2, 1)
    got = occurrences(rec, DENVER, after=utc(2026, 12, 1), count=1, skipped=frozenset({first}),
                      moved={first: utc(2026, 12, 3, 1)})
    assert got[0].start == utc(2026, 12, 9, 1)
    stale = utc(2026, 12, 3, 1)  # a Wednesday: not an occurrence of this rule
    got = occurrences(rec, DENVER, after=utc(2026, 12, 1), count=1, moved={stale: utc(2026, 12, 1, 12)})
    assert got[0] == Occurrence(first, first, False)


def test_until_is_inclusive_and_applies_to_moved_meetings() -> None:
    rec = weekly(1, start=date(2026, 12, 1))
    first, second = utc(2026, 12, 2, 1), utc(2026, 12, 9, 1)
    got = occurrences(rec, DENVER, after=utc(2026, 12, 1), count=10, until=second)
    assert [o.start for o in got] == [first, second]
    got = occurrences(rec, DENVER, after=utc(2026, 12, 1), count=10, until=second,
                      moved={first: utc(2026, 12, 20)})
    assert [o.start for o in got] == [second]


def test_count_zero_and_naive_datetimes() -> None:
    rec = weekly()
    assert occurrences(rec, DENVER, after=utc(2026, 12, 1), count=0) == []
    with pytest.raises(ValueError):
        occurrences(rec, DENVER, after=datetime(2026, 12, 1), count=1)
    with pytest.raises(ValueError):
        occurrence_on(rec, DENVER, datetime(2026, 12, 1, 18))


def test_occurrence_on_validates_skip_and_move_requests() -> None:
    rec = weekly(1, interval=2, start=date(2026, 12, 1))
    assert occurrence_on(rec, DENVER, utc(2026, 12, 2, 1))
    assert occurrence_on(rec, DENVER, utc(2026, 12, 16, 1))
    assert not occurrence_on(rec, DENVER, utc(2026, 12, 9, 1))   # the off week
    assert not occurrence_on(rec, DENVER, utc(2026, 12, 2, 2))   # wrong hour
    assert not occurrence_on(rec, DENVER, utc(2026, 11, 18, 1))  # before the anchor


def test_far_future_jumps_instead_of_iterating_from_the_anchor(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[datetime] = []

    def spy(rule: str, *, dtstart: datetime, **options: object) -> object:
        seen.append(dtstart)
        return rrulestr(rule, dtstart=dtstart, **options)

    monkeypatch.setattr(schedule, "rrulestr", spy)
    schedule._rule.cache_clear()
    rec = weekly(1, interval=2, start=date(2026, 12, 1))
    got = occurrences(rec, DENVER, after=utc(2036, 12, 1), count=3)
    assert seen[-1].date() > date(2036, 11, 1)  # restarted within one interval of `after`
    local_dates = [o.start.astimezone(DENVER).date() for o in got]
    assert all((d - date(2026, 12, 1)).days % 14 == 0 for d in local_dates)
    assert local_dates[0] - date(2036, 12, 1) < timedelta(days=14)

    rec = monthly_weekday(-1, 4, interval=3, start=date(2026, 12, 1))  # Dec, Mar, Jun, Sep
    got = occurrences(rec, DENVER, after=utc(2036, 12, 1), count=2)
    assert seen[-1].date() >= date(2036, 9, 1)
    assert [o.start.astimezone(DENVER).date() for o in got] == [date(2036, 12, 26), date(2037, 3, 27)]


ZONES = st.sampled_from([DENVER, BERLIN, SYDNEY, ZoneInfo("Asia/Kolkata"), ZoneInfo("America/Sao_Paulo")])


@HYPOTHESIS
@given(rec=RECURRENCES, tz=ZONES, offset_days=st.integers(-60, 8000), count=st.integers(1, 5))
def test_jumping_matches_iterating_from_the_anchor(rec: Recurrence, tz: ZoneInfo, offset_days: int,
                                                   count: int) -> None:
    after = datetime.combine(rec.start, time(), tzinfo=UTC) + timedelta(days=offset_days, hours=offset_days % 24)
    rule = rrulestr(rec.rrule(), dtstart=datetime.combine(rec.first_date, time()))
    expected = []
    for dt in rule:  # the slow, obviously right way: from the anchor
        start = local_start(rec, dt.date(), tz)
        if start >= after:
            expected.append(start)
            if len(expected) == count:
                break
    got = occurrences(rec, tz, after=after, count=count)
    assert [o.start for o in got] == expected
    assert all(occurrence_on(rec, tz, o.original_start) for o in got)


# ---- one-off local times and dates -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2026-12-08 19:00", utc(2026, 12, 9, 2)),
    ("2026-12-08T19:00", utc(2026, 12, 9, 2)),
    ("2026-12-08 at 7pm", utc(2026, 12, 9, 2)),
    ("2026-03-08 02:30", utc(2026, 3, 8, 9, 30)),  # spring-forward gap: 03:30 MDT
    ("2026-11-01 01:30", utc(2026, 11, 1, 7, 30)),  # fall-back: first occurrence (MDT)
])
def test_parse_local_datetime(text: str, expected: datetime) -> None:
    assert parse_local_datetime(text, DENVER) == expected


@pytest.mark.parametrize("text", ["", "tomorrow 7pm", "2026-12-08", "2026-13-01 19:00", "2026-12-08 25:00",
                                  "08/12/2026 19:00", "2026-12-08 19:00 and 20:00"])
def test_parse_local_datetime_errors(text: str) -> None:
    with pytest.raises(ScheduleError):
        parse_local_datetime(text, DENVER)


def test_parse_local_date() -> None:
    assert parse_local_date(" 2026-12-01 ") == date(2026, 12, 1)
    with pytest.raises(ScheduleError, match="2026-12-01"):
        parse_local_date("12/01/2026")
    with pytest.raises(ScheduleError, match="not a real date"):
        parse_local_date("2026-02-30")


# ---- module hygiene --------------------------------------------------------------------------------

def test_module_imports_only_stdlib_dateutil_zoneinfo_and_never_reads_the_clock() -> None:
    source = Path(schedule.__file__).read_text()
    roots = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            roots.add(node.module.split(".")[0])
    assert roots - set(sys.stdlib_module_names) <= {"dateutil"}
    assert ".now(" not in source and ".today(" not in source and "utcnow" not in source


def test_calendar_sanity_for_fixtures() -> None:
    assert date(2026, 12, 1).weekday() == calendar.TUESDAY
    assert date(2026, 3, 8).weekday() == date(2026, 11, 1).weekday() == calendar.SUNDAY

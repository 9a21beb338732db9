"""Issue 13, items 2 and 3 (domain side): a strict schedule parser, `until` / `for N meetings`, and the stored rule.

Every phrase is either understood exactly or refused, saying what was not understood and giving an example.
"""
from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.domain.schedule import (
    Recurrence,
    ScheduleError,
    is_meeting_date,
    occurrence_on,
    occurrences,
    parse_recurrence,
)

UTC = UTC
TODAY = date(2026, 11, 28)  # a Saturday
NEW_YORK = ZoneInfo("America/New_York")


def refused(text: str, **kwargs: object) -> str:
    with pytest.raises(ScheduleError) as caught:
        parse_recurrence(text, TODAY, **kwargs)  # type: ignore[arg-type]
    return str(caught.value)


# ---- what was read leniently before ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["every -1 weeks on Monday at 12:00", "every -2 weeks on Monday at 12:00",
                                  "every - 2 weeks on Monday at 12:00"])
def test_negative_intervals_are_refused_not_read_as_positive(text: str) -> None:
    message = refused(text)
    assert "-" in message and "1 to 8" in message
    assert "every 2 weeks on Monday at 18:00" in message  # an example


def test_a_fraction_of_weeks_is_refused_as_a_fraction() -> None:
    message = refused("every 2.5 weeks on Monday at 12:00")
    assert '"2.5"' in message and "whole number" in message
    assert 'not sure what "2" means' not in message


def test_an_impossible_day_of_a_month_says_so() -> None:
    message = refused("every Monday at 12:00 from the 31st of February")
    assert "31 February" in message and "at most 29 days" in message


def test_a_named_date_is_refused_with_the_same_date_written_as_year_month_day() -> None:
    assert '"from 2027-03-03"' in refused("every Monday at 12:00 from 3rd March")
    assert '"from 2026-12-01"' in refused("every Monday at 12:00 starting December 1st")


def test_a_start_date_in_the_past_is_refused() -> None:
    message = refused("every Tuesday at 18:00 from 1999-01-05")
    assert "past" in message and "2026-11-28" in message
    assert refused("every Tuesday at 18:00 from 2026-11-27")
    assert parse_recurrence("every Tuesday at 18:00 from 2026-11-28", TODAY).start == TODAY


@pytest.mark.parametrize("text", ["every Tuesday at 18:00 sharp", "every Tuesday at 18:00 !", "every Tuesday at 18:00 ?",
                                  "every Tuesday at 18:00 in the library", "every Tuesday at 18:00 (online)"])
def test_words_or_signs_not_understood_are_named(text: str) -> None:
    message = refused(text)
    assert "did not understand" in message and "every Tuesday at 18:00" in message


def test_two_times_that_are_not_a_range_are_refused() -> None:
    assert "more than one time" in refused("every Tuesday at 18:00 and 19:00")
    assert parse_recurrence("every Tuesday 18:00-19:30", TODAY).local_time == time(18)


# ---- a time zone after the time --------------------------------------------------------------------

def test_a_zone_after_the_time_is_refused_without_the_groups_zone() -> None:
    message = refused("every Monday at 12:00 America/New_York")
    assert "America/New_York" in message and "tz:America/New_York" in message


def test_a_zone_that_is_the_groups_zone_is_accepted() -> None:
    rec = parse_recurrence("every Monday at 12:00 America/New_York", TODAY, zone="America/New_York")
    assert rec == parse_recurrence("every Monday at 12:00", TODAY)
    assert parse_recurrence("every Monday at 12:00 america/new_york", TODAY, zone="America/New_York") == rec


def test_another_zone_than_the_groups_is_refused_naming_both() -> None:
    message = refused("every Monday at 12:00 America/New_York", zone="America/Denver")
    assert "America/Denver" in message and "`/consult group settings tz:America/New_York`" in message


@pytest.mark.parametrize("text", ["every Monday at 12:00 EST", "every Monday at 12:00 UTC",
                                  "every Monday at 12pm CET", "every Monday at 12:00 UTC+2"])
def test_zone_abbreviations_after_the_time_are_refused(text: str) -> None:
    assert "time zone" in refused(text, zone="America/Denver")


# ---- until and for N meetings ----------------------------------------------------------------------

def test_until_is_the_last_date_not_the_first() -> None:
    rec = parse_recurrence("every Monday at 12:00 until 2027-03-01", TODAY)
    assert rec.start == TODAY and rec.until == date(2027, 3, 1)
    got = occurrences(rec, NEW_YORK, after=datetime(2026, 11, 28, tzinfo=UTC), count=100)
    local = [o.start.astimezone(NEW_YORK).date() for o in got]
    assert local[0] == date(2026, 11, 30) and local[-1] == date(2027, 3, 1) and len(local) == 14
    assert not is_meeting_date(rec, date(2027, 3, 8))
    assert "until Mon 1 Mar 2027" in rec.describe()


def test_from_and_until_together() -> None:
    rec = parse_recurrence("every 2 weeks on Tuesday at 18:00 from 2026-12-01 until 2027-01-31", TODAY)
    assert (rec.start, rec.until) == (date(2026, 12, 1), date(2027, 1, 31))
    got = occurrences(rec, NEW_YORK, after=datetime(2026, 11, 28, tzinfo=UTC), count=100)
    assert [o.start.astimezone(NEW_YORK).date() for o in got] == \
        [date(2026, 12, 1), date(2026, 12, 15), date(2026, 12, 29), date(2027, 1, 12), date(2027, 1, 26)]


def test_for_n_meetings_counts_meetings() -> None:
    rec = parse_recurrence("the 2nd Tuesday of every month at 18:00 for 6 meetings", TODAY)
    assert rec.count == 6
    got = occurrences(rec, NEW_YORK, after=datetime(2026, 11, 28, tzinfo=UTC), count=100)
    assert len(got) == 6 and got[-1].start.astimezone(NEW_YORK).date() == date(2027, 5, 11)
    # Counting restarts near `after` for speed: still the same six meetings, not six more.
    later = occurrences(rec, NEW_YORK, after=datetime(2027, 4, 1, tzinfo=UTC), count=100)
    assert [o.start for o in later] == [o.start for o in got[-2:]]
    assert not occurrence_on(rec, NEW_YORK, datetime(2027, 6, 8, 22, tzinfo=UTC))
    assert parse_recurrence("every week on Tuesday at 18:00 for ten meetings", TODAY).count == 10


@pytest.mark.parametrize(("text", "wording"), [
    ("every Monday at 12:00 until 2026-11-01", "before the first meeting"),
    ("every Monday at 12:00 for 0 meetings", "at least 1"),
    ("every Monday at 12:00 for 5 meetings until 2027-03-01", "not both"),
    ("every Monday at 12:00 until 2027-03-01 until 2027-04-01", "more than one"),
    ("every Monday at 12:00 from 2026-12-01 from 2027-01-01", "more than one"),
    ("every Monday at 12:00 until", "until 2027-"),
    ("every Monday at 12:00 for 10 weeks", '"for 10 meetings"'),
])
def test_until_and_count_mistakes(text: str, wording: str) -> None:
    assert wording in refused(text)


@pytest.mark.parametrize("text", [
    "every Monday at 12:00 until 2027-03-01",
    "every 2 weeks on Tuesday at 18:00 from 2026-12-01 for 5 meetings",
    "last Thursday at 19:30 until 2027-12-31",
])
def test_to_text_round_trips_until_and_count(text: str) -> None:
    rec = parse_recurrence(text, TODAY)
    assert parse_recurrence(rec.to_text(), TODAY) == rec


# ---- the stored rule -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "rule", "start"), [
    ("every 2 weeks on Tuesday at 18:00 from 2026-12-01", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "20261201T180000"),
    ("every Monday at 12:00 until 2027-03-01", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270301T235959", "20261130T120000"),
    ("the 2nd Tuesday of every month at 18:00 for 6 meetings", "FREQ=MONTHLY;BYDAY=2TU;COUNT=6", "20261208T180000"),
    ("monthly on day 15 at 12:00", "FREQ=MONTHLY;BYMONTHDAY=15", "20261215T120000"),
    ("every 3 months on the last friday at 9am", "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR", "20261225T090000"),
])
def test_the_stored_rule_is_an_rrule_and_a_dtstart(text: str, rule: str, start: str) -> None:
    rec = parse_recurrence(text, TODAY)
    assert rec.stored_rule() == (rule, start)
    back = Recurrence.from_rule(rule, start)
    assert back.stored_rule() == (rule, start) and back.describe() == rec.describe()
    after = datetime(2026, 11, 28, tzinfo=UTC)
    assert occurrences(back, NEW_YORK, after=after, count=30) == occurrences(rec, NEW_YORK, after=after, count=30)


@pytest.mark.parametrize(("rule", "start"), [
    ("FREQ=DAILY", "20261201T180000"), ("FREQ=WEEKLY;BYDAY=TU;BYHOUR=3", "20261201T180000"),
    ("FREQ=WEEKLY;BYDAY=TU", "2026-12-01 18:00"), ("FREQ=WEEKLY;BYDAY=MO", "20261201T180000"),  # not a Monday
    ("FREQ=WEEKLY;INTERVAL=-2;BYDAY=TU", "20261201T180000"), ("", "20261201T180000"),
])
def test_a_stored_rule_that_is_not_ours_is_a_loud_error(rule: str, start: str) -> None:
    with pytest.raises(ValueError):
        Recurrence.from_rule(rule, start)


# ---- a schedule begins when it is set (item 5) ----------------------------------------------------

def test_a_schedule_set_after_todays_meeting_time_begins_with_the_next_meeting() -> None:
    monday = date(2027, 1, 4)
    rec = parse_recurrence("every 2 weeks on Monday at 12:00", monday)
    set_at = datetime(2027, 1, 4, 20, 0, tzinfo=NEW_YORK)
    begun = rec.beginning_at(set_at, NEW_YORK)
    assert begun.first_date == date(2027, 1, 18)  # the same fortnightly weeks, without the one that never was
    got = occurrences(begun, NEW_YORK, after=datetime(2027, 1, 1, tzinfo=UTC), count=2)
    assert [o.start.astimezone(NEW_YORK).date() for o in got] == [date(2027, 1, 18), date(2027, 2, 1)]
    early = datetime(2027, 1, 4, 9, 0, tzinfo=NEW_YORK)
    assert rec.beginning_at(early, NEW_YORK).first_date == monday
    counted = parse_recurrence("every Monday at 12:00 for 3 meetings", monday).beginning_at(set_at, NEW_YORK)
    assert len(occurrences(counted, NEW_YORK, after=set_at, count=10)) == 3


def test_the_calendar_file_rule_ends_where_the_schedule_ends() -> None:
    from dateutil.rrule import rrulestr

    rec = parse_recurrence("every Monday at 12:00 until 2027-03-01", TODAY)
    rule = rec.calendar_rule(NEW_YORK)
    assert rule == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270302T045959Z"
    dtstart = datetime(2026, 11, 30, 12, 0, tzinfo=NEW_YORK)
    got = list(rrulestr(rule, dtstart=dtstart))
    assert len(got) == 14 and got[-1].date() == date(2027, 3, 1)
    counted = parse_recurrence("every Monday at 12:00 for 3 meetings", TODAY).calendar_rule(NEW_YORK)
    assert counted == "FREQ=WEEKLY;BYDAY=MO;COUNT=3"

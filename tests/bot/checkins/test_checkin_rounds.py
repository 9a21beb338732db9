"""Round rules without I/O: release (k at opening, 8 for the distribution), triggers, markers, the chart."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.checkins.chart import BAR, LINE, Layout, Point, decode_png, trend_png
from bot.checkins.instruments import SINGLE_ITEM_BURNOUT, WHO5
from bot.checkins.rounds import (
    GRACE,
    MONTHLY,
    OFF,
    RECHECK,
    CheckinSettings,
    due_trigger,
    first_of_next_month,
    new_round,
    next_trigger,
    releasable,
    tally,
)
from bot.domain.group import Group, Meeting
from bot.identity import UserRef

UTC = UTC
NOW = datetime(2026, 12, 2, 2, 30, tzinfo=UTC)


def group(**extra: object) -> Group:
    g = Group(platform="console", workspace_id="demo", name="Peers", channel_id="c", timezone="America/Denver",
              created_by="alice", created_at=NOW - timedelta(days=30), id=1, **extra)  # type: ignore[arg-type]
    g.found(NOW - timedelta(days=30))
    return g


def test_results_come_only_after_close_and_with_the_k_in_force_at_opening() -> None:
    settings = CheckinSettings(1, min_answers=5, hours=72)
    round_ = new_round(settings, "manual:x", NOW)
    settings.min_answers = 3          # changed while open: the round keeps 5
    four = {1: 2, 2: 1, 3: 1, 4: 0, 5: 0}
    assert not releasable(round_, four, round_.closes_at - timedelta(seconds=1)), "never before close"
    assert not releasable(round_, four, round_.closes_at), "4 answers < k = 5"
    assert releasable(round_, {**four, 5: 1}, round_.closes_at)


def test_k_is_never_below_three() -> None:
    round_ = new_round(CheckinSettings(1, min_answers=1), "manual:x", NOW)
    assert round_.min_answers == 3
    assert not releasable(round_, {1: 2}, round_.closes_at)


def test_reminder_is_a_day_before_close_unless_the_round_is_that_short() -> None:
    assert new_round(CheckinSettings(1, hours=72), "t", NOW).remind_at == NOW + timedelta(hours=48)
    assert new_round(CheckinSettings(1, hours=24), "t", NOW).remind_at is None


def test_tally_gives_count_share_and_mean_and_the_distribution_only_from_eight() -> None:
    seven = tally(SINGLE_ITEM_BURNOUT, {1: 2, 2: 2, 3: 2, 4: 1, 5: 0})
    assert (seven.answers, seven.flagged) == (7, 3)
    assert seven.mean == pytest.approx((2 + 4 + 6 + 4) / 7)
    assert seven.distribution is None
    eight = tally(SINGLE_ITEM_BURNOUT, {1: 2, 2: 2, 3: 2, 4: 1, 5: 1})
    assert eight.distribution == (("Answer 1", 2), ("Answer 2", 2), ("Answer 3", 2), ("Answer 4", 1), ("Answer 5", 1))
    who = tally(WHO5, {7: 1, 12: 3, 13: 2, 20: 2})
    assert who.answers == 8 and who.flagged == 4, "raw <= 12 is <= 50 of 100"
    assert who.mean == pytest.approx((28 + 3 * 48 + 2 * 52 + 2 * 80) / 8)
    assert who.distribution == (("0-28", 1), ("29-50", 3), ("51-75", 2), ("76-100", 2))


def test_markers_depend_on_the_round_secret_and_vanish_with_it() -> None:
    first = new_round(CheckinSettings(1), "a", NOW)
    second = new_round(CheckinSettings(1), "b", NOW)
    bob = UserRef("console", "demo", "bob")
    assert first.marker(bob) == first.marker(UserRef("console", "demo", "bob"))
    assert first.marker(bob) != second.marker(bob), "markers can't be linked across rounds"
    assert first.marker(bob) != first.marker(UserRef("console", "other", "bob"))
    assert "bob" not in first.marker(bob) and len(first.marker(bob)) == 64
    first.secret = None
    with pytest.raises(ValueError):
        first.marker(bob)


def held(start: datetime, cancelled: bool = False) -> Meeting:
    return Meeting(start, start, cancelled=cancelled, settled=True)


def test_a_round_opens_after_a_held_meeting_once_and_not_after_a_cancelled_one() -> None:
    g = group()
    start = NOW - timedelta(minutes=90)
    settings = CheckinSettings(1, considered_through=NOW - timedelta(hours=1))
    trigger = due_trigger(g, settings, [held(start)], NOW)
    assert trigger is not None and trigger.at == NOW and trigger.key == f"meeting:{start.isoformat()}"
    assert due_trigger(g, settings, [held(start)], NOW - timedelta(minutes=1)) is None, "not before it ends"
    assert due_trigger(g, settings, [held(start, cancelled=True)], NOW) is None
    settings.considered_through = NOW
    assert due_trigger(g, settings, [held(start)], NOW + timedelta(hours=1)) is None, "already dealt with"


def test_a_trigger_missed_by_more_than_the_grace_period_is_dropped() -> None:
    g = group()
    settings = CheckinSettings(1, considered_through=NOW - timedelta(days=5))
    start = NOW - timedelta(minutes=90)
    assert due_trigger(g, settings, [held(start)], NOW + GRACE - timedelta(minutes=1)) is not None
    assert due_trigger(g, settings, [held(start)], NOW + GRACE + timedelta(minutes=1)) is None


def test_monthly_rounds_open_on_the_first_at_nine_local() -> None:
    g = group()
    settings = CheckinSettings(1, cadence=MONTHLY, considered_through=datetime(2026, 12, 31, tzinfo=UTC))
    first = datetime(2027, 1, 1, 16, 0, tzinfo=UTC)       # 09:00 MST
    assert first_of_next_month(datetime(2026, 12, 31, tzinfo=UTC), g.zone) == first
    assert next_trigger(g, settings, [], first - timedelta(hours=1)) == first
    assert next_trigger(g, settings, [], first - timedelta(days=1)) == first - timedelta(days=1) + RECHECK
    trigger = due_trigger(g, settings, [], first + timedelta(minutes=5))
    assert trigger is not None and trigger.key == "month:2027-01"
    assert next_trigger(g, CheckinSettings(1, cadence=OFF), [], NOW) is None


def test_the_group_is_looked_at_again_within_the_recheck_period() -> None:
    assert next_trigger(group(), CheckinSettings(1), [], NOW) == NOW + RECHECK
    assert RECHECK < GRACE


def test_chart_shows_released_rounds_and_withheld_ones_only_as_gaps() -> None:
    points = [Point("DEC 2", 2.5, 0.5), Point("DEC 9", None, None), Point("DEC 16", 3.5, 0.75)]
    layout = Layout()
    png = trend_png("Check-in trend", (1, 5), "MEAN", "% BURNED OUT", points, layout)
    width, height, rgb = decode_png(png)
    r = layout.ratio                                   # drawn at 2x for high-density screens
    assert (width, height) == (layout.width * r, layout.height * r)

    def colours_in(x0: int, x1: int, y0: int, y1: int) -> set[tuple[int, int, int]]:
        """Colours in a rectangle given in layout units."""
        found = set()
        for y in range(y0 * r, y1 * r):
            for x in range(x0 * r, x1 * r):
                at = (y * width + x) * 3
                found.add(tuple(rgb[at:at + 3]))
        return found

    for index, point in enumerate(points):
        x0, x1 = layout.slot(index, len(points))
        mean_panel = colours_in(x0 + 5, x1 - 5, layout.mean_top, layout.mean_bottom)
        bar_panel = colours_in(x0, x1, layout.bars_top, layout.bars_bottom)
        if point.mean is None:
            assert BAR not in bar_panel and LINE not in colours_in(
                (x0 + x1) // 2 - 2, (x0 + x1) // 2 + 3, layout.mean_top, layout.mean_bottom), "a gap: nothing drawn"
        else:
            assert BAR in bar_panel and LINE in mean_panel

"""The trend chart explains itself: grey dates, which way is worse, years, no overlaps, dropped rounds, 2x pixels."""
from __future__ import annotations

from bot.checkins.chart import Layout, Point, decode_png, trend_png


def _chart(points: list[Point], **kw: object) -> tuple[int, int, bytes]:
    return decode_png(trend_png("Check-in trend: test", (1, 5), "MEAN (ANSWERS 1-5)", "% ANSWERING 3-5", points,
                                **kw))  # type: ignore[arg-type]


def test_drawn_at_twice_the_layout_for_sharp_screens() -> None:
    width, height, _ = _chart([Point("DEC 3", 2.5, 0.5)])
    assert (width, height) == (Layout().width * 2, Layout().height * 2)


def test_legend_grey_dates_direction_and_dropped_rounds_change_the_picture() -> None:
    points = [Point("DEC 3", 2.5, 1.0), Point("DEC 10", None, None)]
    plain = _chart(points)
    explained = _chart(points, withheld_k=4, higher_is_worse=True, total=30)
    assert plain[2] != explained[2]
    assert _chart(points, withheld_k=4, higher_is_worse=False, total=30)[2] != explained[2]


def test_years_appear_when_rounds_span_years() -> None:
    same = _chart([Point("DEC 3", 2.5, 0.5, 2026), Point("DEC 17", 2.0, 0.2, 2026)])
    across = _chart([Point("DEC 3", 2.5, 0.5, 2026), Point("DEC 17", 2.0, 0.2, 2027)])
    assert same[2] != across[2]


def test_a_full_bar_label_stays_clear_of_the_panel_heading() -> None:
    """The value over a 100% bar never touches the share panel's heading row."""
    layout = Layout()
    width, _, rgb = _chart([Point("DEC 3", 5.0, 1.0)])
    ratio = width // layout.width
    heading_bottom = (layout.bars_top - layout.heading_gap + 7) * ratio
    value_top = (layout.bars_top - 12) * ratio
    assert heading_bottom < value_top

"""Issue 13, item 8 (part): displayed means round half up; fixed-offset zone abbreviations are refused with a place."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.checkins.texts import _mean_text
from bot.domain.errors import Refusal
from bot.domain.zones import check_timezone


@pytest.mark.parametrize(("mean", "shown"), [(2.25, "2.3"), (2.35, "2.4"), (2.15, "2.2"), (3.45, "3.5"),
                                             (2.24, "2.2"), (4.0, "4.0")])
def test_means_on_a_small_scale_round_half_up(mean: float, shown: str) -> None:
    assert _mean_text(SimpleNamespace(scale=(1, 5)), mean) == shown  # type: ignore[arg-type]


@pytest.mark.parametrize(("mean", "shown"), [(62.5, "63"), (63.5, "64"), (62.4, "62")])
def test_means_on_a_wide_scale_round_half_up_to_whole_numbers(mean: float, shown: str) -> None:
    assert _mean_text(SimpleNamespace(scale=(0, 100)), mean) == shown  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "place"), [("EST", "America/New_York"), ("est", "America/New_York"),
                                             ("MST", "America/Denver"), ("HST", "Pacific/Honolulu"),
                                             ("EST5EDT", "America/New_York"), ("PST8PDT", "America/Los_Angeles"),
                                             ("PST", "America/Los_Angeles"), ("CET", "Europe/Berlin")])
def test_zone_abbreviations_are_refused_with_a_place_to_use(name: str, place: str) -> None:
    with pytest.raises(Refusal) as refused:
        check_timezone(name)
    assert f"`{place}`" in str(refused.value)


@pytest.mark.parametrize("name", ["America/New_York", "Europe/Berlin", "UTC", "america/denver"])
def test_place_names_and_utc_are_accepted(name: str) -> None:
    assert check_timezone(name).lower() == name.lower()

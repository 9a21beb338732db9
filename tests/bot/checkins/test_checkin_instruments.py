"""Instruments are data, worded verbatim, scored as published, and never a licensed one."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.checkins.instruments import (
    BUILT_IN,
    SINGLE_ITEM_BURNOUT,
    WHO5,
    Band,
    Instrument,
    Option,
    check_instrument,
    instrument_from_dict,
)

DOMAIN = Path("/work/shared/DOMAIN.md")
ROOT = Path(__file__).resolve().parents[3]


def test_exactly_the_two_free_instruments_ship() -> None:
    assert BUILT_IN.ids == ("single-item", "who-5")
    assert BUILT_IN.get("single-item") is SINGLE_ITEM_BURNOUT


@pytest.mark.skipif(not DOMAIN.exists(), reason="the shared domain notes are not on this machine")
def test_single_item_wording_is_verbatim_from_the_domain_notes() -> None:
    notes = DOMAIN.read_text(encoding="utf-8")
    assert f'Stem: "{SINGLE_ITEM_BURNOUT.stem}"' in notes
    for option in SINGLE_ITEM_BURNOUT.options:
        assert f"{option.value}. {option.label}\n" in notes, option.label
    assert "ABFM 2016" in SINGLE_ITEM_BURNOUT.attribution
    assert SINGLE_ITEM_BURNOUT.source_url in notes


@pytest.mark.skipif(not DOMAIN.exists(), reason="the shared domain notes are not on this machine")
def test_who5_wording_matches_the_domain_notes() -> None:
    notes = " ".join(DOMAIN.read_text(encoding="utf-8").split())
    for item in WHO5.items:
        tail = item.removeprefix("I have felt ")
        assert tail in notes, item
    assert "0 (At no time) .. 5 (All of the time)" in notes
    assert [o.label for o in WHO5.options] == ["All of the time", "Most of the time", "More than half of the time",
                                              "Less than half of the time", "Some of the time", "At no time"]
    assert [o.value for o in WHO5.options] == [5, 4, 3, 2, 1, 0]
    assert "© Psychiatric Research Unit, WHO Collaborating Centre in Mental Health" in WHO5.attribution


def test_single_item_scoring_cut_off_and_distress() -> None:
    item = SINGLE_ITEM_BURNOUT
    assert item.buckets == (1, 2, 3, 4, 5)
    assert [item.flagged(v) for v in item.buckets] == [False, False, True, True, True], "3-5 read as burned out"
    assert [item.distressed(v) for v in item.buckets] == [False, False, False, False, True]
    assert item.scale == (1, 5)
    assert item.raw_score((4,)) == 4
    with pytest.raises(ValueError):
        item.raw_score((6,))
    with pytest.raises(ValueError):
        item.raw_score((1, 2))


def test_who5_scoring_cut_off_and_distress() -> None:
    assert WHO5.buckets == tuple(range(26))
    assert WHO5.raw_score((5, 5, 5, 5, 5)) == 25 and WHO5.reported(25) == 100
    assert WHO5.flagged(12) and not WHO5.flagged(13), "raw 12 x4 = 48 <= 50 is poor wellbeing; 52 is not"
    assert WHO5.distressed(7) and not WHO5.distressed(8), "raw total <= 7 (<= 28 of 100)"
    assert WHO5.band_labels() == ("0-28", "29-50", "51-75", "76-100")
    assert [WHO5.band_of(raw) for raw in (0, 7, 8, 12, 13, 18, 19, 25)] == [0, 0, 1, 1, 2, 2, 3, 3]
    with pytest.raises(ValueError):
        WHO5.raw_score((5, 5, 5, 5))


def test_answers_are_read_by_label_or_number() -> None:
    assert WHO5.option_for("most of the time") == Option(4, "Most of the time")
    assert WHO5.option_for(" 0 ") == Option(0, "At no time")
    assert WHO5.option_for("sometimes") is None
    assert SINGLE_ITEM_BURNOUT.option_for("5").value == 5


@pytest.mark.parametrize("name", ["Maslach Burnout Inventory", "MBI-HSS (adapted)", "Copenhagen Burnout Inventory",
                                  "Oldenburg Burnout Inventory"])
def test_licensed_instruments_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match="licensed"):
        check_instrument(dataclasses.replace(SINGLE_ITEM_BURNOUT, id="other", name=name))


def test_the_maslach_inventory_is_nowhere_in_the_shipped_code() -> None:
    for path in (ROOT / "bot").rglob("*.py"):
        text = path.read_text(encoding="utf-8").lower()
        if path.name == "instruments.py":
            text = text.split("licensed = re.compile", 1)[0]
        # Only its name, in a sentence that forbids it, may appear; never one of its items.
        assert "emotionally drained from my work" not in text, path
        assert "used up at the end of the workday" not in text, path
    assert not any("maslach" in (i.name + i.attribution).lower() for i in BUILT_IN)


def test_a_new_free_instrument_is_just_data() -> None:
    custom = instrument_from_dict({
        "id": "pulse-2", "name": "Two-item pulse", "short_name": "pulse", "attribution": "Example, public domain",
        "source_url": "https://example.org/pulse", "stem": "Over the last week:", "scoring": "sum",
        "items": ["I had energy for my work", "I felt connected to colleagues"],
        "options": [{"value": 0, "label": "Not at all"}, {"value": 1, "label": "Somewhat"},
                    {"value": 2, "label": "Mostly"}, {"value": 3, "label": "Completely"}],
        "multiplier": 1, "cutoff": 2, "cutoff_direction": "at_or_below", "flag_label": "scored 2 or lower",
        "flag_short": "% LOW", "scale_note": "score 0-6", "distress_raw": 0, "distress_direction": "at_or_below",
        "bands": [{"low": 0, "high": 2, "label": "low"}, {"low": 3, "high": 6, "label": "ok"}],
        "form_title": "Pulse check-in",
    })
    assert custom.buckets == tuple(range(7))
    assert custom.flagged(2) and not custom.flagged(3)
    assert custom.distressed(0) and not custom.distressed(1)


def test_instruments_that_would_break_a_form_are_refused() -> None:
    six = dataclasses.replace(WHO5, id="six", items=WHO5.items + ("One more statement",))
    with pytest.raises(ValueError, match="2-5 items"):
        check_instrument(six)
    gap = dataclasses.replace(WHO5, id="gap", bands=(Band(0, 28, "low"), Band(40, 100, "high")))
    with pytest.raises(ValueError, match="bands"):
        check_instrument(gap)
    with pytest.raises(ValueError, match="attribution"):
        check_instrument(dataclasses.replace(SINGLE_ITEM_BURNOUT, id="anon", attribution=""))
    with pytest.raises(ValueError, match="options"):
        check_instrument(Instrument("one", "One", "one", "x", "https://x", "Q?", (Option(1, "Yes"),)))

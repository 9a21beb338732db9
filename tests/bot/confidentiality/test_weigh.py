"""The weighing of names and places (bot/confidentiality/weigh.py): what it may drop, what it never may, and what
it was learned from."""
from __future__ import annotations

import gzip
import json

import pytest

from bench.guard_eval import DEVELOPMENT, LOCKED, LOCKED_ALSO, development_fingerprint
from bot.confidentiality import check_text, guard, weigh


def _findings(text: str) -> list[tuple[str, str]]:
    return [(f.category, text[f.start:f.end]) for f in check_text(text)]


@pytest.fixture
def weigh_nothing_in(monkeypatch):
    """Weights under which every name and place weighs nothing: only what is evident may stay."""
    monkeypatch.setattr(weigh, "_model", lambda: ({}, -30.0, 0.5))


def test_the_weights_were_learned_from_development_data_only():
    with gzip.open(weigh._DATA, "rt", encoding="utf-8") as f:
        data = json.load(f)
    assert data["trained_on"] == [module for _label, module, _name in DEVELOPMENT]
    # (and from the development data as it is now: a set that joined it, or a case changed, needs
    # `python scripts/train_weigher.py` again)
    assert data["development_fingerprint"] == development_fingerprint()
    assert LOCKED[1] not in data["trained_on"] and LOCKED_ALSO[1] not in data["trained_on"]
    assert 0.0 < data["threshold"] < 1.0 and len(data["weights"]) > 1000


def test_a_name_is_weighed_by_its_own_words_and_those_around_it_only():
    text = "We spent the hour on what Tavita Leaupepe remembers of the storm."
    far = " The PHQ-9 was 14 in March, the GAD-7 was 11, and the CBT workbook came from the NHS website."
    start = text.index("Tavita")
    end = start + len("Tavita Leaupepe")
    alone = weigh.probability(text, "name", start, end)
    assert weigh.probability(text + far, "name", start, end) == alone
    assert weigh.probability("Call 555-0100. " * 4 + text, "name", start + 60, end + 60) == alone


@pytest.mark.parametrize("text, name", [
    ("my client tomas keeps cancelling on Fridays.", "tomas"),
    ("Blessing is 12 and barely speaks in session.", "Blessing"),
    ("I finally reached Remy, her son.", "Remy"),
    ("Everyone at the plant calls her Peanut because she's tiny.", "Peanut"),
    ("Brief context: Maria, a teacher, seen since spring.", "Maria"),  # (round 54: by what follows, not the list)
    ("Her parents (Ifeoma and Chidi) both want to join the session.", "Chidi"),
    ("Juniper's eating disorder is worse since the move.", "Juniper"),
    ("The Ekwueme-Shaw family asked for a joint session.", "Ekwueme-Shaw"),  # (round 57: a family by its name)
    ("Someone in admin opened the Ekwueme chart without a reason.", "Ekwueme"),  # (round 50)
])
def test_a_name_the_text_says_is_a_person_s_is_never_dropped(weigh_nothing_in, text, name):
    assert ("name", name) in _findings(text)


@pytest.mark.parametrize("text, place", [
    # (round 46) a place the text itself says is where someone is or what happened there
    ("I cover Lakeville and Apple Valley on Thursdays.", "Apple Valley"),
    ("Tenerife 1977, her father was on the runway crew and never spoke of it.", "Tenerife"),
    ("After a Croydon's Waddon inquiry the nurse wants therapy.", "Croydon's Waddon"),  # (round 48: one place)
    ("She grew up in Belgrade's Karaburma estate and won't go back.", "Belgrade's Karaburma"),
    ("Moranbi quake: the family still sleeps in the car.", "Moranbi"),  # (round 50)
    ("She has clients from Burnsville, Apple Valley and Lakeville.", "Apple Valley"),  # (round 52: after a comma)
])
def test_a_place_the_text_says_is_one_is_never_dropped(weigh_nothing_in, text, place):
    assert ("place", place) in _findings(text)


def test_with_nothing_evident_names_and_places_can_be_dropped_but_no_number_or_date(weigh_nothing_in):
    text = "Referred by Ottavio Brembilla from Castelverde on 14 March 2025, phone 020 7946 0321."
    found = _findings(text)
    assert ("name", "Ottavio Brembilla") not in found
    assert all(cat not in weigh.WEIGHED for cat, _ in found)
    assert {cat for cat, _ in found} >= {"date", "phone"}


def test_without_a_weights_file_every_finding_is_kept(monkeypatch, tmp_path):
    text = "We spent the hour on what Tavita Leaupepe remembers of the storm in Faleolo."
    _ctx, candidates = guard._candidates(text)
    monkeypatch.setattr(weigh, "_DATA", tmp_path / "missing.json.gz")
    weigh._model.cache_clear()
    try:
        assert check_text(text) == candidates
    finally:
        weigh._model.cache_clear()


def test_what_the_weighing_drops_it_drops_whole(weigh_nothing_in):
    # (no half-kept span: a dropped finding leaves nothing of itself behind, and the rest keep their spans)
    text = "Notes: Ottavio Brembilla, 14 March 2025."
    _ctx, candidates = guard._candidates(text)
    kept = check_text(text)
    assert [text[f.start:f.end] for f in candidates] == ["Ottavio Brembilla", "14 March 2025"]
    assert kept == [f for f in candidates if f.category not in weigh.WEIGHED]


def test_the_weighing_keeps_nothing_of_a_request_once_the_check_is_done():
    # (the attacker reads the process's module state after a request: no name or phrase of it may be there)
    text = "Supervision thought: Zephyrine Quandlevosk from Quillmoor asked me to write to her landlord."
    marks = ("zephyrine", "quandlevosk", "quillmoor")
    weights, _bias, _threshold = weigh._model()
    assert not [key for key in weights if any(m in key for m in marks)]  # (words the weights were never learned on)
    assert check_text(text)  # (the check ran and weighed what it found)
    held: list[str] = list(weights)

    def strings(value, depth=0):
        if isinstance(value, str):
            held.append(value)
        elif depth < 3 and isinstance(value, dict):
            for pair in value.items():
                strings(pair, depth + 1)
        elif depth < 3 and isinstance(value, (list, set, frozenset, tuple)):
            for item in value:
                strings(item, depth + 1)

    for value in vars(weigh).values():
        strings(value)
    assert not [x for x in held if any(m in x.lower() for m in marks)]

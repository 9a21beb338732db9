"""Round 54: kinds read from spent sets 70's and 71's misses and false alarms, each as its whole kind.
Found: a street address in Chinese, Japanese or Korean characters inside a text in Latin letters ("建设路128号3栋502",
"本町3-12-8"); a house number on a farm-to-market, ranch-to-market or county road ("210 FM 539", "88 CR 4127"); a
South African stand or erf ("Stand 1142, ..."); a Thai hospital number after "HN"; a plate whose groups a middle dot
parts ("KLRT·47").
Kept: a word that is also a name after "a client", when what follows shows it is the verb ("a client drew her
family"); a word of a country or territory named in several words ("from Puerto Rico struggles", "from Cape Verde
living in"); a German body in one word ("Psychotherapeutenkammer", "Berufsverband").
And the weighing: a given name alone is weighed now, not kept whatever its weight - unless the text says who the
person is ("Maria, a teacher in Boulder").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from bot.confidentiality import check_text, weigh
from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Her mother still lives at 西新宿2丁目8番1号 and won't move.", "西新宿2丁目8番1号", "street_address"),
    ("Client's grandmother, 解放路77号2栋301, wants letters in Chinese.", "解放路77号2栋301", "street_address"),
    ("He grew up at 仁愛路三段41巷2號5樓 before moving to Vancouver.", "仁愛路三段41巷2號5樓", "street_address"),
    ("Send the form to 栄町4-7-21 please, her son reads English.", "栄町4-7-21", "street_address"),
    ("The family lives at 세종대로21길 17 with an aunt.", "세종대로21길 17", "street_address"),
    ("The ranch hand lives at 4120 FM 1431 with his cousin.", "4120 FM 1431", "street_address"),
    ("Her house is at 77 CR 3318 past the feed store.", "77 CR 3318", "street_address"),
    ("Her son lives at 610 FM 2920 near the school.", "610 FM 2920", "street_address"),
    ("Post it to Stand 2207, Ha-Mashamba, please.", "Stand 2207", "street_address"),
    ("Her hospital card says Chiang Mai Ram HN 5512-088/61.", "5512-088/61", "medical_record"),
    ("His car, plate HZPB·31, was towed on Friday.", "HZPB·31", "vehicle"),
])
def test_round54_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "In our last session a client drew her childhood home from memory.",
    "My client from Puerto Rico struggles with the cold here.",
    "A couple from Cape Verde living in Portugal asked about Kriolu materials.",
    "Our regional Psychotherapeutenkammer says video is capped.",
    "My Berufsverband says the fee is fine.",
])
def test_round54_not_identifiers(text):
    assert_clean(text)


def test_a_given_name_alone_is_weighed_but_kept_when_the_text_says_who_it_is(monkeypatch):
    monkeypatch.setattr(weigh, "_model", lambda: ({}, -30.0, 0.5))  # (every name and place weighs nothing)
    said = "Brief context: Maria, a teacher in Boulder, seen since spring."
    assert ("name", "Maria") in [(f.category, said[f.start:f.end]) for f in check_text(said)]
    alone = "Brief context: Maria, seen since spring."
    assert ("name", "Maria") not in [(f.category, alone[f.start:f.end]) for f in check_text(alone)]

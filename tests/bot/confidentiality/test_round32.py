"""Round 32: kinds read from spent set 32's misses and false alarms (and set 31's), each as its whole kind.
Found: a postcode and town right after the street, with no comma, as Norway and Denmark write an address on one
line ("Kirkeveien 22 0368 Nedre Vollen"; not yet when the street itself is not read, as "Tordenskjolds gate 9B"); a listed given name that is also a word or a place, opening a
sentence with a surname no list has ("Florence Adeyemi-Clarke rang ...").  Not flagged any more: a subject after
"work on" that is common English and no known city ("ACT work on Chronic Pain", "work on Emotion Regulation");
a post, not a person ("our Dean of Students", "the Head of Pastoral", "the Provost").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found", [
    ("She has moved to Kirkeveien 22 0368 Nedre Vollen with the children.", "0368"),
    ("She has moved to Kirkeveien 22 0368 Nedre Vollen with the children.", "Nedre Vollen"),
    ("Florence Adeyemi-Clarke rang the office twice about her invoice.", "Florence Adeyemi-Clarke"),
    # counter-examples that must stay flagged
    ("She works on Harbour Street now, above the chemist.", "Harbour Street"),
    ("He works on Kilbride farm with his uncle.", "Kilbride"),
    ("Dean of Kilbride said he would call me.", "Dean"),              # "of" a place: a man, maybe
    ("My client Dean Okafor wants the Monday slot.", "Dean Okafor"),
])
def test_round32_found(text, found):
    assert_flagged(text, found)


@pytest.mark.parametrize("text", [
    "Has anyone used ACT work on Chronic Pain with spinal cord injury?",
    "We are working on Emotion Regulation from the DBT manual this month.",
    "Our Dean of Students wants the C-SSRS in every intake.",
    "The Head of Pastoral asked for one measure, not two.",
    "I had to send the outcome data to the Provost before Friday.",
])
def test_round32_not_identifiers(text):
    assert_clean(text)

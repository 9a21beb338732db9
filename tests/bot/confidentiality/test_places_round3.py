"""places, third round: saints' names as parishes and schools, named sites with a lower-case place word.

Every example is new, written for these tests; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged

FOUND = [
    ("Her kids go to St. Ignatius and the other parents talk.", "St. Ignatius"),
    ("He's an altar server at St Wenceslas in the old town.", "St Wenceslas"),
    ("She was admitted to Saint Columba's overnight.", "Saint Columba's"),
    ("Teaches year 3 at St Oswin's Primary School, everyone knows her.", "St Oswin's"),
    ("they live on the Brackenfield estate, lots of noise", "Brackenfield estate"),
    ("He does nights at the Kelderman plant outside town.", "Kelderman"),
    ("she sleeps at the Trailways depot when it's cold", "Trailways depot"),
    ("Works the line at the Vosberg cannery, hates it.", "Vosberg"),
]


@pytest.mark.parametrize("text, substring", FOUND)
def test_found(text, substring):
    assert_flagged(text, substring, "place")


@pytest.mark.parametrize("text", [
    "St. Patrick's Day is a hard one for him every year.",
    "She takes St John's wort and I worry about interactions with the SSRI.",
    "They go to the Catholic church on Sundays, mostly for her mum.",
    "The Methodist church runs a food bank he uses.",
    "The Doka model of disenfranchised grief fits, and Doka's concept helped her.",
])
def test_clean(text):
    assert_clean(text)

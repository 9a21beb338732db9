"""Round 50: kinds read from spent sets 62's and 63's misses and false alarms, each as its whole kind.
Found: a place before "health post", "health centre" or "dispensary" ("the Kalembo health post"); a plate beside a
vehicle of other countries' words ("taksi 06 BRT 744", "the moto-taxi MKR 552") and in Turkish and West Australian
shapes; a full name opening a sentence, then how to reach or place the person (", +254 ...", " (from ...)", ", a
market trader"), also when a part of it reads as a French elision ("N'Guessan").
Not identifiers: a holiday's day named with it ("Orthodox Christmas on January 7").
Kept: a client's day that falls on a holiday ("born on Christmas, on December 25").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("She was a midwife at the Kalembo health post until the fire.", "Kalembo", "place"),
    ("He drives taksi 06 BRT 744 at night and was robbed twice.", "06 BRT 744", "vehicle"),
    ("Her brother was on the moto-taxi MKR 552 when it was hit.", "MKR 552", "vehicle"),
    ("Ahou Kouadio N'Guessan, a market trader, panics in crowds since the stampede.", "Ahou Kouadio N'Guessan",
     "name"),
    ("Her son was born on Christmas, on December 25, and she hates the day.", "December 25", "date"),
])
def test_round50_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "The Orthodox Christmas on January 7 is when my Ukrainian clients feel most alone.",
    "Christmas Eve in Ethiopia is January 6, so I move the group that week.",
])
def test_round50_not_identifiers(text):
    assert_clean(text)

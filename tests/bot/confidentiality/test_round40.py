"""Round 40: kinds read from spent sets 42's and 43's misses, each as its whole kind.
Found: a Cash App cashtag ("$MarcusT1987"; not "$100", "$USD"); the number after a mobile-money service ("MTN MoMo",
"M-Pesa", "Airtel Money"); a boat's state number after "skiff", "boat", "vessel" ("skiff (WA 2218 KT)"); a postcode of
three and two digits after the town that ends an address ("..., Patras 262 21,").
Kept whatever its weight: a listed town after a word of where ("fled Benghazi", "from Niono-Coura") or opening the
text ("Taipei transfer: ...").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Cash App $MarcusT1987 keeps getting payments from people she doesn't know.", "$MarcusT1987", "account"),
    ("He sends money home through MTN MoMo 6 55 18 20 44 every Friday.", "6 55 18 20", "account"),
    ("His skiff (WA 2218 KT) was seized after the collision.", "WA 2218", "vehicle"),
    ("Boat OR 5120 BK capsized near the bar; her brother was on it.", "OR 5120", "vehicle"),
    ("Send the forms to Eleni, Odos Maizonos 17, Patras 262 21, by Friday.", "262 21", "zip_code"),
])
def test_round40_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text, found", [
    ("She fled Benghazi with two children and still dreams of the port.", "Benghazi"),
    ("Taipei transfer: the family arrives next month and wants a Mandarin-speaking therapist.", "Taipei"),
])
def test_round40_towns_kept(text, found):
    assert_flagged(text, found)


@pytest.mark.parametrize("text", [
    "The session fee went up by $15 and the sliding scale starts at $40.",
    "Prices are listed in $USD on the training site, which confused our Canadian trainees.",
])
def test_round40_not_identifiers(text):
    assert_clean(text)

"""Round 31: kinds read from spent set 31's misses and false alarms, each as its whole kind.
Found: a postcode standing alone between commas in an address written as a list after its street ("22 Ngwenya
Street, Soweto Ext 4, 1863, ..."), and a Dutch one, four digits and two capitals ("..., 5211 PJ."); the numbered
blocks of a Gulf address ("Villa 12, Street 7"); a number after "UHID" (India's unique hospital ID), slashes and
all.  Not flagged any more: words of faith communities and of Deaf and deafblind culture that groups use ("Haredi",
"Mikvah", "Ordnung", "Dalit", "Fatwa", "Protactile", "Audism"); "Wells Fargo", "Bank of America", "Capital One".

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found", [
    ("send the form to 22 Ngwenya Street, Soweto Ext 4, 1863, before friday", "1863"),
    ("her new address is Lindenlaan 8, Oud-Gastel Noord, 5211 PJ. she moved in May", "5211 PJ"),
    ("He gave Villa 12, Street 7, Al Safa 2 as his address for the invoices.", "Villa 12, Street 7"),
    ("the UHID 2023/044/9120 is printed on every page of her discharge summary", "2023/044/9120"),
    # counter-examples that must stay flagged
    ("My client Shiva Raman missed again.", "Shiva Raman"),                # a given name, not the mourning week
    ("The session is at 12 Smith Street, Brunswick, 3056.", "3056"),
])
def test_round31_found(text, found):
    assert_flagged(text, found)


@pytest.mark.parametrize("text", [
    "Working with Haredi couples means planning around Mikvah nights and Niddah.",
    "How do Ordnung and Gelassenheit shape help-seeking in Anabaptist families?",
    "Dalit clients often describe caste stress that Western scales miss.",
    "A Fatwa on IVF came up with a Muslim couple last week.",
    "Protactile and Audism were new words to me before this training.",
    "Wells Fargo and Capital One both froze her joint account, she says.",
    "We met in 2019, and again in 2020, at the BABCP conference.",
])
def test_round31_not_identifiers(text):
    assert_clean(text)

"""Round 57: kinds read from spent sets 76's and 77's misses and false alarms, each as its whole kind.
Found: a date with a Thai month, in the Buddhist Era ("2 มิถุนายน 2528"); an age in Japanese words with "-sai", in
Khmer words, and in Dutch words without "jaar" ("achtennegentig").
Kept: "X and Y" after "from the" when X or Y is a people or a country ("the Irish and Polish clients", "from the
Sahel and Nigeria"); peoples of Europe the lists had left out ("Austrian and Belgian mostly"); ways of seeing clients
at a distance before a surname ("about teletherapy billing"); "Éireann" in the names of Irish bodies; a country's
first-level part named with its word ("Najaf Governorate", "from one Emirate to another"); Swedish agencies in one word
("Försäkringskassan").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Referral: Somsak Wongsuwan, born 2 มิถุนายน 2528, lost his shop in the flood.", "2 มิถุนายน 2528", "date"),
    ("Her grandmother, age kyūjūichi-sai, still sews every day.", "kyūjūichi-sai", "age_over_89"),
    ("His grandfather is kau-sep-pi and remembers the camps.", "kau-sep-pi", "age_over_89"),
    ("Zijn oma is achtennegentig en woont nog alleen.", "achtennegentig", "age_over_89"),
])
def test_round57_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "Expect fewer bookings from the Irish and Polish clients over the holidays.",
    "Two good studies came from the Sahel and Nigeria this year.",
    "With our older clients, Austrian and Belgian mostly, the group works better in the mornings.",
    "We need a decision about teletherapy billing before June.",
    "The session is off because of the Met Éireann wind warning.",
    "Clients in Najaf Governorate and Karbala Governorate use the Arabic PHQ-9.",
    "If a client moves from one Emirate to another, does the licence follow?",
    "Försäkringskassan asked for a certificate again.",
])
def test_round57_not_identifiers(text):
    assert_clean(text)

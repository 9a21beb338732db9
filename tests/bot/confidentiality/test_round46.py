"""Round 46: kinds read from spent sets 54's and 55's misses and false alarms, each as its whole kind.
Found: a place named by what happened there with words between ("the Volendam café fire", "Liège grenade attack"),
by an avalanche, a bomb or an attack, or a city of 100,000 whose name is no common word ("Gothenburg disco fire"); a
word in no list opening a note with the year of what happened there or the people it left ("Armero 1985:",
"Dunblane parent,"); an age said with the feast or season it turns at or the record that counts it ("now 94 at
Divali", ", 92 by the band office's count"); dates in Swedish, Polish, Czech and Finnish ("15 września 2024"); a
town's possessive before one of its districts is kept by the weighing ("Croydon's Waddon").
Not identifiers: an author cited with "et al." or with a journal and a year in parentheses, whatever detector read
them; the Pacific's and Europe's regions ("Melanesia"), feasts, bodies and products ("Slava", "Veikkaus").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from bot.confidentiality import guard
from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Kaprun tunnel fire, 2000: Lukas lost his brother and still won't ride a train.", "Kaprun", "place"),
    ("Tenerife 1977, her father was on the runway crew and never spoke of it.", "Tenerife", "place"),
    ("Lockerbie parent, Moira, wants a group that meets in the evenings.", "Lockerbie", "place"),
    ("Mother of three, now 95 at Easter, still cooks for the whole street.", "95 at Easter", "age_over_89"),
    ("Her aunt, now 92 by her own count, still walks to church.", "92 by her own count", "age_over_89"),
    ("She came to Sweden on 4 augusti 1989 and was placed with a family in Umeå.", "4 augusti 1989", "date"),
    ("Born 3 kwietnia 1950 in a village near the river, she remembers the flood.", "3 kwietnia 1950", "date"),
    ("After a Croydon's Waddon inquiry the nurse wants therapy.", "Croydon", "place"),
])
def test_round46_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "For Serbian clients, Slava matters more than Christmas; the SPC calendar marks it.",
])
def test_round46_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "The PCL-5 in Portuguese (Brazilian norms, Lima et al., 2016) reads well.",
    "Tapering guidance from Horowitz and Taylor (Lancet Psychiatry, 2019) changed my practice.",
    "Has anyone adapted grief work for clients from Melanesia?",
])
def test_round46_the_rules_read_no_identifier(text):
    # (before the weighing: what the rules themselves no longer find - an author cited with "et al." or a journal
    # and a year, a region of the Pacific)
    ctx, found = guard._candidates(text)
    assert [(f.category, text[f.start:f.end]) for f in found if f.category in ("name", "place")] == []

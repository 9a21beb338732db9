"""Round 30: kinds read from spent set 30's misses and false alarms, each as its whole kind.
Found: an IBAN after the words for a bank account, even with check digits that fail ("his bank account DE12 ...");
a full name before a spaced dash and a record word ("for Siobhan Ni-Dhuibhir - chart no. ..."), which read as a
method before; a given name that is also a place or a word, with a rare surname's possessive ("Montana
Whitecloud-Rivers's claim"); an age hedged after a name ("Mrs Okonjo is roughly 94"); a street written number first
with its word in lower case, as in France ("12 rue des Capucins", "3 boulevard Voltaire"), and the postcode and town after it, the town
in up to three parts ("75004 Paris-Saint-Gervais").  Not flagged any more: a place-shaped name followed by the word
for a programme or a body ("the Coastal Mental Health Project", "the Delta Youth Health Initiative"); a journal
("The Lancet Regional Health"); a school of thought named for its founder ("Lacanian", "Bowlbian"; Lacan, Bion,
Foucault, Hegel, Kant and Darwin joined the eponyms).

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found", [
    ("He wants me to keep his bank account DE12 5001 0517 0648 4898 90 details safe for him.",
     "DE12 5001 0517 0648 4898 90"),
    ("scanned file for Siobhan Ni-Dhuibhir - chart no. is on the shared drive", "Siobhan Ni-Dhuibhir"),
    ("Montana Whitecloud-Rivers's claim keeps getting rejected by the insurer.", "Montana Whitecloud-Rivers"),
    ("Mrs Okonjo is roughly 94 and still drives to church.", "94"),
    ("Her new flat is at 12 rue des Capucins, 75004 Paris-Saint-Gervais, near the river.", "12 rue des Capucins"),
    ("Her new flat is at 12 rue des Capucins, 75004 Paris-Saint-Gervais, near the river.", "Paris-Saint-Gervais"),
    ("He's staying at 3 boulevard Voltaire with his aunt until the hearing.", "3 boulevard Voltaire"),
    # counter-examples that must stay flagged
    ("She works at Kildrum Mental Health on Tuesdays and hates it.", "Kildrum Mental Health"),
    ("Score is about 92 on the scale and Ferreira is about 93 years old.", "93"),
    ("My client Julian said the group helped.", "Julian"),                            # a name ending in -ian
])
def test_round30_found(text, found):
    assert_flagged(text, found)


@pytest.mark.parametrize("text", [
    "The Coastal Mental Health Project runs a free course in February.",
    "The Delta Youth Health Initiative papers are worth reading.",
    "The Lancet Regional Health had a good review this month.",
    "The example IBAN format is explained on the bank's help page.",
    "Ferritin was around 95 last time, so the GP is happy.",
    "I read 3 rue articles about French slang for my Lacanian reading group.",
    "Session 2 via Zoom at 1:30 via Teams, then 4 via Doxy.",
    "A Bowlbian and a Kohutian reading of the same case can both be useful.",
])
def test_round30_not_identifiers(text):
    assert_clean(text)

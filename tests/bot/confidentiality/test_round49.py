"""Round 49: kinds read from spent sets 60's and 61's misses and false alarms, each as its whole kind.
Found: a payment app's number after the app's name ("Vipps 41 88 27 03"); ages said with a hedge between a person's
commas (", nearly 94,"), with the next month ("..., 97 next month, ..."), in words with the feast it turns at or the record
that counts it (", ninety this Lunar New Year", ", a full hundred by his army papers"), or "according to" a record;
a place before a word for a kind of place ("the Tenochtitlán towers", "the Vuosaari terraces"); a town's numbered part
("Marseille's 13th arrondissement", "Arequipa's sector 4"); a place's possessive before a part of it called its side or
end, whatever its words ("Glace Bay's Number Eleven end").
Not identifiers: full names listed in parentheses after what they wrote about ("moral injury (Tanvir Rahmani, Odile
Brassart)"), an author after a framework or "literature from" ("the Harvard literature from Devon Hinton").
Kept: ages after scores ("Scores were high, nearly 95, ..." is no age), people listed after a word for people ("the
intake team (Ana Ruiz, Tom Bell)"), a given name's possessive ("Maria's Upper Room end").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("The refund went to Vipps 41 88 27 03 and bounced; she has a new phone now.", "41 88 27 03", "account"),
    ("My client Albert Kowalczyk, retired miner, nearly 94, still chops his own wood.", "nearly 94", "age_over_89"),
    ("Her grandmother lives with them, 97 next month, and wants to fly home one last time.", "97 next month",
     "age_over_89"),
    ("Grandfather Tran Van Minh, ninety this Lunar New Year, refuses to leave the flat.", "ninety", "age_over_89"),
    ("Old Mr. Rautio, a full hundred by his army papers, asks for his wife every day.", "a full hundred",
     "age_over_89"),
    ("Her father, 92 according to the parish record, keeps packing his bag.", "92", "age_over_89"),
    ("They moved to the Tenochtitlán towers after the quake.", "Tenochtitlán", "place"),
    ("She rents a room in Marseille's 13th arrondissement with two cousins.", "13th arrondissement", "place"),
    ("Rosa works nights and lives in Arequipa's sector 4 with her sister.", "sector 4", "place"),
    ("Darnell Symonds, Glace Bay's Number Eleven end, lost his licence last week.", "Number Eleven end", "place"),
    ("Her kids (Mia Okoro, Leo Okoro) stay with their dad on weekends.", "Mia Okoro", "name"),
    ("The intake team (Ana Ruiz, Tom Bell) missed the referral twice.", "Ana Ruiz", "name"),
])
def test_round49_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "On moral injury (Tanvir Rahmani, Odile Brassart) I only know the two papers; any other classics?",
    "The keynote on culturally safe frameworks (Pat Dudgeon) was the best thing at the conference.",
    "The Harvard literature from Devon Hinton is great on panic in Cambodian refugees.",
    "Scores were high, nearly 95, on the second test, so we stopped the titration.",
])
def test_round49_not_identifiers(text):
    assert_clean(text)

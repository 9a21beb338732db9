"""Round 18: kinds read from spent set 17's misses and false alarms (after round 17 was scored on it).  Found: ages
"is 99 na", "95 yrs on", "97 at her last birthday"; someone asked by name ("Heilala, can you ..."); a lower-case
possessive before what a person has online ("tobenna's Linktree"); two people by their initials; a nickname someone
prefers; a site by its initials and what it is ("KEM Hospital"); a fire company ("at Engine 55"); a house before its
town; a Canadian postcode's town; a postcode "given as their postcode".  Not flagged any more: an author read or their
work after "the" ("the Attwood chapters", "Anyone read Pauline Boss on ..."), an author after a title of capitalised
words, a measure named for its author, "X as a concept", a congress or externship city ("the BACP conference is in
Birmingham"), amounts grouped by thousands ("R2,100"), chemicals' forms ("L-theanine"), words inside a well-known
title of several words ("Baby Reindeer"), "Día de los Muertos".

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Lola Pacita is 98 na and still cooks for everyone.", "98", "age_over_89"),
    ("his grandfather, 94 yrs on, still tells the war stories.", "94", "age_over_89"),
    ("Her aunt, 92 at her last birthday, moved into care.", "92", "age_over_89"),
    ("Talia, can you send me the group rota?", "Talia", "name"),
    ("chidinma's Instagram has photos from our group outing.", "chidinma", "name"),
    ("Couples consult: R.K. and J.M. (initials only) are both nurses.", "R.K", "name"),
    ("He prefers \"Bodie\" and hates his legal name.", "Bodie", "name"),
    ("Records are at SGT Hospital but they won't fax.", "SGT Hospital", "place"),
    ("She's a paramedic at Station 55 and sees a lot.", "Station 55", "place"),
    ("Group is at Rosemount House in Bangor on Thursdays.", "Rosemount House", "place"),
    ("Address is 88 Fraser Street, T2E 5R1, Renfrew, and mail is slow.", "Renfrew", "place"),
    ("They gave 2761 as their postcode but the letter bounced.", "2761", "zip_code"),
])
def test_round18_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "Would love recs beyond the Linehan chapters for teens.",
    "Anyone read Kenneth Doka on disenfranchised grief?",
    "Loved Permission to Feel by Marc Brackett for parents.",
    "We use the Spence Children's Anxiety Scale at intake.",
    "Ubuntu as a concept keeps coming up in supervision.",
    "The ACA conference is in Pittsburgh next spring.",
    "The annual fee is R3,450 now, up from last year.",
    "She takes L-theanine and magnesium for sleep.",
    "Two clients brought up Baby Reindeer this week.",
    "Día de los Muertos is a big week for my bereaved families.",
])
def test_round18_not_identifiers(text):
    assert_clean(text)


def test_a_referrer_after_by_is_still_a_name():
    assert_flagged("Referred by Maria Lopez last week, no notes yet.", "Maria Lopez", "name")

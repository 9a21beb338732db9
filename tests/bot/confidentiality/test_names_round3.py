"""names, third round: the kinds of text the development sets (locked sets 1 and 2, now demoted) showed missed.

Every example here is new, written for these tests; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged

FOUND = [
    # A name at the start of a sentence, then a parenthesis that says it is a person: "(pt)", an age, a gender.
    ("Ifeoluwa (pt) stopped eating after the move.", "Ifeoluwa"),
    ("Temperance (14) refuses to sit with her stepdad.", "Temperance"),
    ("Radek (client, 52) was laid off in March.", "Radek"),
    ("BeBe (pt, 7) hides under the table every session.", "BeBe"),
    ("Anwen (she/her) says the group chat is making things worse.", "Anwen"),
    ("Noor (29F) wants to taper off everything.", "Noor"),
    ("ok so tavita (pt) finally opened up", "tavita"),
    # A name, then an age between commas.
    ("wiremu, 15, won't go back to kura after the fight", "wiremu"),
    ("Ottilie, 44, two kids, recently separated.", "Ottilie"),
    # A possessive of a word that is not English, at the start of a sentence, whatever follows.
    ("Bartek's landlord is threatening eviction.", "Bartek"),
    ("Oyelaran's court date got moved again.", "Oyelaran"),
    ("kacper's mum rang me twice today", "kacper"),
    ("ji-hoon's psychiatrist upped the dose", "ji-hoon"),
    # Kin words from several cultures before a name.
    ("she lives with her lola Conching and two cousins", "Conching"),
    ("His nonna Graziella raised him.", "Graziella"),
    ("pt's kiddo Zeb has night terrors", "Zeb"),
    ("Her tito Boy-Boy drinks a lot at parties.", "Boy-Boy"),
    # Initials after a relation word.
    ("her son DJ got suspended again", "DJ"),
    # A name after "attn:".
    ("Send the ROI attn: Marisela at the front desk.", "Marisela"),
    # A title typed in lower case, with its full stop.
    ("the letter came from dr. vandersloot at the practice", "vandersloot"),
    # "X and her/his <relation>" at the start of a sentence.
    ("Tevita and his brother both came to group.", "Tevita"),
]


@pytest.mark.parametrize("text, substring", FOUND)
def test_found(text, substring):
    assert_flagged(text, substring, "name")


@pytest.mark.parametrize("text", [
    # English words after "pt" / "client" are not names.
    "pt ambivalent about change, we did a decisional balance",
    "client resistant at first but warmed up",
    # Theorists, in the present tense of a citation.
    "Gottman says the ratio should be 5:1.",
    "Yalom writes that the group is a social microcosm.",
    # Telehealth platforms, children's shows, rating forms.
    "Pt prefers Zoom over Doxy because of the lag.",
    "Her son loves Peppa and Bluey, so we use them in play.",
    "Teacher sent the Vanderbilt forms back, all 3s.",
    # Holidays named after a person.
    "St. Patrick's Day is always a relapse risk for him.",
    "Valentine's Day was rough for her this year.",
    # Short mixed-case abbreviations of measures.
    "SUD 7 -> 2, VoC 6/7, body scan clear.",
    # A parenthesis after a method, scale or acronym is not a person.
    "EMDR (phase 4) went well; PHQ-9 (18) is down from 22.",
    "Sessions (12) were covered by the EAP.",
])
def test_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "Has anyone read the Greenson & Ashby chapter on transference lately?",
    "She takes St John's wort and I worry about the SSRI.",
])
def test_clean_citations_and_herbs(text):
    assert_clean(text)

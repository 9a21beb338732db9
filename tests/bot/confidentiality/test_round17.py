"""Round 17: kinds read from spent set 16's false alarms (after round 16 was scored on it): authors by what they
made ("Mason Durie's model", "Schauer, Neuner & Elbert's manual"), things listed in parentheses after what they are
("AI scribes (Heidi, Freed, Upheal)"), storms ("Hurricane Ida", "Odette and Yolanda survivors"), the cast of a title
watched or read, a law's number, congress cities of 150,000 people or more, a medicine's brand with its dose and
generic, German nouns and therapies in one word, languages and festivals, an acronym before its founder in
parentheses, "St. Paddy's".  Kept: a client's possessions after their name, people in parentheses after a word for
people, a person called Storm, a place in parentheses with its state.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text", [
    "Kenneth Hardy's model of racial trauma is what I teach from.",
    "Segal, Teasdale & Williams's manual is still the one I use for MBCT groups.",
    "Which notes apps (Jane, Owl, Blueprint) are people actually happy with?",
    "Cyclone Gabrielle survivors are still coming in two years on.",
    "Reading \"Educated\" with a client - Tara Westover's father is such a study in control.",
    "The Mental Health Act (RA 11036) finally funded school counsellors.",
    "Anyone going to the BACP conference in Leicester next spring?",
    "She takes Stalopam 10 (escitalopram) and still can't sleep.",
    "Kostenerstattung and Psychotherapeutenausbildung are still a maze for expat clients.",
    "Sessions in Lingala and French with an interpreter - any tips?",
    "The EFT (Sue Johnson) externship was worth it.",
])
def test_round17_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, found, category", [
    ("Her kids (Ngaio, Tipene) were at the session.", "Ngaio", "name"),
    ("Storm Ngata is relocating for work and we end next week.", "Storm Ngata", "name"),
    ("small town (Cody, WY) so not many therapists lol", "Cody", "place"),
    ("Watching \"Bluey\" with her son Tavita is their only calm time.", "Tavita", "name"),
    ("Letter for Shona went to the wrong surgery.", "Shona", "name"),
])
def test_round17_still_identifiers(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text, found, category", [
    ("Her grandfather, 94? no, 97 come spring, still milks the cows.", "97", "age_over_89"),
    ("Oma Liesl is 98 this winter and sharper than me.", "98", "age_over_89"),
    ("Bubbe - that's what everyone calls Miriam Adler - is the family's anchor.", "Bubbe", "name"),
    ("skeets (real name Dwayne Pruitt) missed again.", "skeets", "name"),
    ("Records for Thabo Nkosi (31, Bishop Lavis) are at the clinic.", "Bishop Lavis", "place"),
    ("She is in her last year at UFPE in Recife and failing.", "UFPE", "place"),
    ("Sent the referral to Our Lady of Lourdes by fax.", "Our Lady of Lourdes", "place"),
    ("New address is 7 Kowhai Street, 3110, from next week.", "3110", "zip_code"),
    ("He works at ArcelorMittal on the night shift.", "ArcelorMittal", "place"),
])
def test_round17_found(text, found, category):
    assert_flagged(text, found, category)


def test_a_conference_acronym_in_a_big_city_is_no_place():
    assert_clean("Who is going to the ISTSS in Boston this year?")

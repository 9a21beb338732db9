"""Round 13: kinds read from spent set 12's misses and false alarms (after round 12 was scored on it): clinicians'
shorthand, manuals, tests, events and public figures; "My" opening a sentence; a place's fans; nicknames said to be
nicknames, in quotes "to everyone", or before the full name in parentheses; dates in other languages; ages in other
languages and with fractions; an IBAN after its cue; postcodes before their town; clinics and schools named in their
own language; psychiatry practices and eateries; "the X area".

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from bot.confidentiality import check_text
from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text", [
    "Sertraline 100mg. Psych wants to add something for sleep.",
    "Benzo taper: the Ashton Manual says go slower than the GP's plan.",
    "Kingdon and Turkington is still the CBTp book I recommend.",
    "Gillick competence applies, she is 15 and understands it.",
    "Grand National weekend is the worst for my gambling clients.",
    "Client watches Dr. Phil and wants me to be more like him.",
    "Evidence? My autistic clients love weighted blankets.",
    "He is a Leeds fan and his son supports another team.",
])
def test_shorthand_manuals_tests_events_figures_and_fans_are_no_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, name", [
    ("Sunny Bee was my pt's childhood nickname, and she still answers to it.", "Sunny Bee"),
    ('Leroy Campbell, "Slim" to everyone, is 23 and sleeps in his car.', "Slim"),
    ("Kolya (Nikolai Petrenko-Sidorov), 19, is in Tbilisi now.", "Kolya"),
    ("Sandy (Sandeep Kulkarni) - 27, works nights.", "Sandy"),
])
def test_nicknames_said_to_be_nicknames(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text", [
    "Compassion-focused therapy (Paul Gilbert) is great for shame.",
    "Mind Over Mood (Greenberger Padesky) is the workbook we use.",
])
def test_a_founder_in_parentheses_is_no_nickname(text):
    assert_clean(text)


@pytest.mark.parametrize("text, date", [
    ("Lucía was born 9 de marzo de 1987, the referral says.", "9 de marzo de 1987"),
    ("DOB 4 février 1975 on his TPS papers.", "4 février 1975"),
    ("Geboren 12 Oktober 1960 steht auf dem Brief.", "12 Oktober 1960"),
])
def test_dates_in_other_languages(text, date):
    assert_flagged(text, date, "date")


def test_a_feast_named_by_its_date_is_no_date():
    assert_clean("The 5 de Mayo party at her work is next week.")


@pytest.mark.parametrize("text, age", [
    ("Doña Caridad is 93 años and her grandson brings her.", "93"),
    ("Eleni is 91-and-a-bit and lives with her son.", "91"),
])
def test_ages_in_other_languages_and_with_fractions(text, age):
    assert_flagged(text, age, "age_over_89")


def test_an_iban_after_its_cue_even_with_wrong_check_digits():
    assert_flagged("IBAN GB11 NWBK 6016 1331 9268 19 is on the debt letter.", "GB11 NWBK", "account")


def test_an_iban_named_elsewhere_in_the_sentence_needs_its_check():
    text = "That is not a valid IBAN, and GB00 0000 0000 is not one either."
    assert not [f for f in check_text(text) if f.category == "account"], text


@pytest.mark.parametrize("text, code", [
    ("Send her records to Storgata 12, 9008 Tromsø please.", "9008"),
    ("His post goes to Lange Gasthuisstraat 7, 2000 Antwerpen now.", "2000"),
])
def test_a_postcode_before_its_town(text, code):
    assert_flagged(text, code, "zip_code")


def test_a_year_after_a_comma_is_no_postcode():
    text = "Sessions 12, 2024 Review is due next week."
    assert not [f for f in check_text(text) if f.category == "zip_code"], text


@pytest.mark.parametrize("text, place", [
    ("His file is at the Klinik Sonnenhalde. The psychiatrist agrees.", "Klinik Sonnenhalde"),
    ("Her daughter goes to Colegio San Rafael now.", "Colegio San Rafael"),
    ("The letter came from Riverside Psychiatry this morning.", "Riverside Psychiatry"),
    ("He works nights at the Istanbul Kebab House on the high street.", "Istanbul Kebab House"),
    ("They live in the Kaikohe area, no bus.", "Kaikohe"),
])
def test_clinics_schools_practices_eateries_and_areas(text, place):
    assert_flagged(text, place, "place")


@pytest.mark.parametrize("text", [
    "She lives in the Bay area now and commutes.",
    "A Dumpling House opened near me, unrelated but nice.",
])
def test_generic_areas_and_eateries_are_no_places(text):
    assert_clean(text)

"""Round 12: kinds read from spent set 11's misses and false alarms (after round 11 was scored on it): medicines,
professions and practices by name, doses, football clubs, works in parentheses; who someone is by people or nation
with an age (in parentheses, after a comma or a dash, in lower case too), nicknames in quotes in parentheses, "(real
name ...)", full names' possessives, Vietnamese names with their diacritics; ages in appositions; clubs, laundromats
and halting sites.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text", [
    "Pt (58, on Ropinirole) has new shopping urges; Neurologist says it can happen.",
    "She is on Pregabalin 150mg and Venlafaxine 225mg, still in pain.",
    "He took two Zolpidem 10 mg and drove to work.",
    "Started Tirzepatide 2.5 mg last month, body image is a big theme.",
    "On Stelara 90mg every 8 weeks, anxious before every infusion.",
    "Hikikomori is the word her mum found online.",
    "How do folks feel about the Enneagram in therapy?",
    "He wears a Manchester United shirt to every session.",
    "Would you accept tickets to Hamilton (the musical) from a client?",
    "My Vietnamese client is dreading Tết with her parents.",
    "Is this something I should work on therapeutically too?",
])
def test_medicines_practices_clubs_and_works_are_no_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, name", [
    ("quick one - Gulnara (uzbek, 23) wants a letter for her landlord.", "Gulnara"),
    ("Nodira, Tajik, 31, cleans offices at night.", "Nodira"),
    ("Bruno - portuguese, 16, came out to his dad last week.", "Bruno"),
    ("Maricel (Cebuano speaker, 52) looks after three kids alone.", "Maricel"),
    ("T.B. (Kazakh, 29) asked me not to write his name anywhere.", "T.B"),
    ('Gaetano Russo ("Tano"), 61, still runs the deli.', "Tano"),
    ("Smiley (real name Corrado Vella) is 58 and still fighting.", "Corrado Vella"),
    ("Nguyễn Văn Hùng, 71, lives with his daughter.", "Nguyễn Văn Hùng"),
    ("The front desk declined Mai Sato's insurance card again.", "Mai Sato"),
])
def test_who_someone_is_nicknames_real_names_and_full_names(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text, name", [
    ("Her son Kwabena 20 mg? No - Kwabena is her son, the dose is hers.", "Kwabena"),
])
def test_a_cued_name_before_a_number_is_still_a_name(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text, age", [
    ("Nonna Giuseppina Russo, 97 yrs, was referred by her GP.", "97"),
    ("Elder Mary Tuccaro, 93 in the spring, wants to tell her story.", "93"),
    ("Miss Pansy Gordon, 94 going on 95, lives alone.", "94"),
    ("Elder Nukappiaaluk, 96-y-o, remembers the relocation.", "96"),
])
def test_ages_in_appositions(text, age):
    assert_flagged(text, age, "age_over_89")


def test_a_duration_with_a_comma_is_no_age():
    assert_clean("The study ran 92 years, and it is still going.")


@pytest.mark.parametrize("text, place", [
    ("The family lives at the Ballyowen Halting Site outside town.", "Ballyowen Halting Site"),
    ("He trains at Kirkstall Boxing Club three nights a week.", "Kirkstall Boxing Club"),
    ("She cleans at the Silver Moon Laundromat on weekends.", "Silver Moon Laundromat"),
    ("They are in the Tabunok barangay now.", "Tabunok"),
])
def test_clubs_laundromats_halting_sites_and_barangays(text, place):
    assert_flagged(text, place, "place")


@pytest.mark.parametrize("text", [
    "Fight Club is his favourite film.",
    "She joined a Youth Club last year and likes it.",
])
def test_kinds_of_club_are_no_places(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "Woebot and Wysa are the chatbots clients ask about.",
    "The Trevor Project is a good referral for LGBTQ youth.",
    "Trauma-Focused CBT (Cohen, Mannarino, Deblinger) is our model.",
    "Bluey's dad Bandit is a good model for the father.",
    "Succession's Logan Roy reminds her of her father.",
])
def test_apps_services_authors_and_characters_are_no_identifiers(text):
    assert_clean(text)


def test_a_person_s_relative_is_still_a_name():
    assert_flagged("Her son Kahu's dad Rangi is away for work.", "Rangi", "name")


def test_two_rare_english_words_opening_a_note_are_no_name():
    assert_clean("periwinkle harmonica attempts at naming the pattern")
    assert_flagged("moana lutui runs a stall and can only come Mondays.", "moana lutui", "name")

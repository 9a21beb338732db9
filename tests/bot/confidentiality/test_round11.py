"""Round 11: kinds read from spent set 10's misses and false alarms (after round 10 was scored on it): who someone
is said in parentheses, a verb opening the sentence before a name, a name doing something to "me", a given name before
an English word with an age; local services and sites, numberless streets, named houses, postcodes in parentheses,
rounded ages said of anyone, dashed plates; and cities' sports teams, characters of well-known works, peoples and
languages, rivers, breeds, famous people.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, name", [
    ("Dorjee (Tibetan, 36, ex-monk) will not sit facing the door.", "Dorjee"),
    ("Mbali (South African, speaks isiZulu at home) wants a letter for her school.", "Mbali"),
    ("Keoni (Hawaiian, 17) was suspended for vaping.", "Keoni"),
    ('Case: "Jasmine" (her chosen name, legal name withheld), 31, asked about records.', "Jasmine"),
])
def test_who_someone_is_said_in_parentheses(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text", [
    "Lexapro (Escitalopram, 10 mg) made her sleepy for a week.",
    "The PHQ-9 (Kroenke, 2001) is still the screen we use.",
])
def test_a_drug_or_a_citation_in_parentheses_is_no_person(text):
    assert_clean(text)


@pytest.mark.parametrize("text, name", [
    ("Transferring Hohepa Rangitaawa to the adult team next month.", "Hohepa Rangitaawa"),
    ("Referring Nomsa Khumalo to the eating disorders service.", "Nomsa Khumalo"),
    ("Zainab met me at the library when her flat flooded.", "Zainab"),
    ("Oksana rang us twice last night about her son.", "Oksana"),
    ("Can anyone help? Thiri Win is 24, new arrival, sleeping badly.", "Thiri Win"),
])
def test_names_after_an_opening_verb_doing_something_to_me_or_with_an_age(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text", [
    "Revisiting Attachment Theory in supervision this week.",
    "Grounding helps me too, honestly.",
    "Her PHQ Score is 14 today.",
])
def test_openings_that_are_no_names(text):
    assert_clean(text)


@pytest.mark.parametrize("text, place", [
    ("Anyone have a fax for the Whakatāne mental health team?", "Whakatāne"),
    ("Please send it to the Clondalkin team, says the letter.", "Clondalkin"),
    ("He sleeps under the Ōpōtiki bridge when it rains.", "Ōpōtiki"),
    ("She swims at the Laugardalslaug pool every morning.", "Laugardalslaug"),
    ("Her mum works at the bakery on Ferry Rd, near the lights.", "Ferry Rd"),
    ("they live on the 125th st side, near the church.", "125th st"),
    ("The care home is Glenview Lodge, Kilsyth, and she hates it.", "Glenview Lodge"),
])
def test_local_services_sites_numberless_streets_and_named_houses(text, place):
    assert_flagged(text, place)  # a place, or a street address


@pytest.mark.parametrize("text", [
    "The Community team said no to a home visit.",
    "She called the crisis team at 2am and waited an hour.",
    "He is on the right track; she is on Easy Street.",
])
def test_generic_teams_and_streets_are_no_places(text):
    assert_clean(text)


def test_a_postcode_in_parentheses_after_a_town():
    assert_flagged("Pt moved to Melville (2092) and wants to keep seeing me online.", "2092", "zip_code")


@pytest.mark.parametrize("text, age", [
    ("My pt Vartan is 90-something and his son does the talking.", "90"),
    ("Her aunt Despina is 90-ish and still cooks for twelve.", "90"),
    ("Agnes, 101 yrs young, wants someone to visit on Sundays.", "101"),
])
def test_rounded_ages_said_of_anyone(text, age):
    assert_flagged(text, age, "age_over_89")


def test_a_dashed_plate_in_a_text_about_a_plate():
    assert_flagged("His number plate is all over a road-rage video: 71-TKR-4, clear as day.", "71-TKR-4", "vehicle")


@pytest.mark.parametrize("text", [
    "My client supports the Green Bay Packers and every loss is a bad week.",
    "He's a die-hard Chicago Bears fan, which helps rapport.",
    "She identifies with Elsa from Frozen and cries at the song.",
    "The family is Sinhalese and Burmese and speaks Karenni too.",
    "Her brother's ashes went to the Ganges and she could not go.",
    "He wants to bring his emotional support dog, a Great Dane.",
    "Our agency uses the Stanley-Brown safety plan.",
    "Kobe Bryant died years ago and my client still can't watch basketball.",
])
def test_teams_characters_peoples_rivers_breeds_and_famous_people(text):
    assert_clean(text)


@pytest.mark.parametrize("text, name", [
    ("Her son Rangi from Bluey Street school keeps running off.", "Rangi"),
])
def test_a_cued_name_before_from_is_still_a_name(text, name):
    assert_flagged(text, name, "name")

"""Round 9: name forms (nicknames between names, "for short", initials, double given names, kin titles) and the
groups of people, foods and clothes that are named after places or people.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from bot.confidentiality.guard import check_text
from tests.helpers.guard import assert_clean, assert_flagged, flagged


# --- name forms ------------------------------------------------------------------------------------------
def test_a_nickname_between_a_given_name_and_a_surname():
    text = "Oluwatobiloba 'Tobi' Adeyemi-Clarke asked whether his notes can be sealed."
    for part in ("Oluwatobiloba", "Tobi", "Adeyemi-Clarke"):
        assert_flagged(text, part, "name")


def test_a_short_form_for_short():
    assert_flagged("Mary Grace Villanueva (MG for short) works nights and can't sleep by day.", "MG", "name")


def test_an_initial_and_a_surname_that_is_no_english_word():
    assert_flagged("K. Venkataraman is the name on the referral, nothing else.", "K. Venkataraman", "name")


@pytest.mark.parametrize("text", [
    "B. F. Skinner would have had a field day with this token economy.",   # an author
    "Plan B. Sometimes that is all we have.",                               # no surname at all
])
def test_an_initial_before_an_author_or_a_word_is_not_a_name(text):
    assert not [f for f in check_text(text) if f.category == "name"], flagged(text)


@pytest.mark.parametrize("text, name", [
    ("the little girl (ellie-mae) hides under the table in session.", "ellie-mae"),   # alone in parentheses
    ("her son, jayden-lee, starts high school next week.", "jayden-lee"),
    ("Her cousin Baby-Rose translates for the family.", "Baby-Rose"),
    ("Siobhan-Grace has a tribunal next month.", "Siobhan-Grace"),
])
def test_double_given_names(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text", [
    "Hunter-gatherer brains in an open-plan office, as one client puts it.",
    "A Wed-Sun pattern of shifts leaves no time for the kids.",
    "Mid-June is when the exam anxiety peaks.",
])
def test_compounds_that_only_look_like_double_names(text):
    assert_clean(text)


@pytest.mark.parametrize("text, name", [
    ("his grandma, nana ofelia, watches the kids after school.", "ofelia"),
    ("the client's abuela, doña caridad, sits in on every session.", "caridad"),
])
def test_a_name_after_a_kin_title(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text, name", [
    ("Kahu (her real name, she insists) came straight from school.", "Kahu"),
    ("Lucky Mahlangu (Lucky is his name) works at the depot.", "Lucky Mahlangu"),
    ("client (dmytro, 17) streams every night and mentions self-harm.", "dmytro"),
    ("Someone used Anjali's telehealth account from another city.", "Anjali"),
])
def test_what_is_said_about_a_name(text, name):
    assert_flagged(text, name, "name")


def test_plural_and_third_person_words_after_a_relation_are_not_names():
    assert_clean("Support for kinship carers: her aunt supervises the visits and the grandparents drive.")


# --- groups of people, and things named after places or people -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hausa, Yoruba and Igbo families each see counselling differently.",
    "Zulu and Xhosa speakers feel sidelined in an English-only group.",
    "Tasmanian and Queenslander clients describe small-town privacy the same way.",
    "Glaswegian banter in group can read as hostility to newcomers.",
    "Cebuano and Tagalog both come up in sessions with Filipino carers.",
    "Nairobian teens switch to Sheng when they get emotional.",
    "Dunning-Kruger is what the trainee was called, unkindly.",
    "Creutzfeldt-Jakob in a client's mother: grief compressed into weeks.",
    "Eccles cakes and Bakewell tarts at every carers' meeting.",
    "Melba toast and black coffee is her whole diet.",
    "Chelsea boots, Oxford shirts and a Panama hat: he dresses like a character.",
    "Dubliner clients in London often feel foreign but not foreign enough.",
    "Hari Raya and Deepavali fall close together this year.",
    "The penny dropped in session today.",
])
def test_groups_foods_and_clothes_are_not_people_or_places(text):
    assert_clean(text)


@pytest.mark.parametrize("text, name", [
    ("Her son Caspian knows the password to her account.", "Caspian"),   # a demonym-shaped name after a relation
])
def test_a_demonym_shaped_name_after_a_relation_is_still_a_name(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text, place", [
    ("She moved to London last spring and knows nobody.", "London"),      # one client in a big city
    ("He sells Chelsea buns at a stall in Ashbourne.", "Ashbourne"),        # the town is still a place
])
def test_places_of_one_client_still_count(text, place):
    assert_flagged(text, place, "place")

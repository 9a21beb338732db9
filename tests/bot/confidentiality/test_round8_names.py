"""Round 8: names that are English words or in no list, and the capitalised things that are no person.

Every example here was written for these tests; none is taken from an evaluation set.  Each rule has cases
that must be flagged and cases that must stay clean, so a rule that grows too eager fails here.
"""
from __future__ import annotations

import pytest

from bot.confidentiality.guard import check_text
from tests.helpers.guard import assert_clean, assert_flagged, flagged


# --- names: an owner's possessive is no citation ----------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Someone logged into Ngozika's account from abroad last night.", "Ngozika"),
    ("The school found Tavita's channel and the videos on it.", "Tavita"),
    ("Her ex keeps posting on Oyelaran's profile page.", "Oyelaran"),
    ("He reads everything on Thandiwe's phone via Yemisi's login.", "Yemisi"),
])
def test_a_possessive_before_an_account_is_its_owner(text, name):
    assert_flagged(text, name, "name")


def test_an_authors_possessive_before_a_book_stays_a_citation():
    assert_clean("Linehan's book is still the clearest account of validation.")


# --- names: an English word after "my client", "her son" ----------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("my client Harmony has been sleeping in her car.", "Harmony"),
    ("Her daughter Journey starts school in the autumn and won't separate.", "Journey"),
    ("His brother Legend was arrested again on Friday.", "Legend"),
    ("Our client Goodluck asked whether we keep notes.", "Goodluck"),
])
def test_an_english_word_after_an_owner_and_a_relation_is_a_name(text, name):
    assert_flagged(text, name, "name")


def test_a_named_condition_after_a_relation_is_no_name():
    assert_clean("Her son Asperger syndrome was the old label; now it's autism.")


# --- names: lower case, coordinated, or in no word list ----------------------------------------------------
def test_lower_case_children_after_a_plural_relation():
    text = "she lives with her kids jaxtyn and brinley over the shop."
    assert_flagged(text, "jaxtyn", "name")
    assert_flagged(text, "brinley", "name")


def test_a_caseload_word_before_a_verb_is_no_cue():
    assert_clean("Box breathing makes two of my pts dissociate, so we ground first.")


def test_two_words_in_no_list_joined_by_and_in_lower_case_text():
    text = "the brothers are chukwudalu and ifechukwude, both in year 9."
    assert_flagged(text, "chukwudalu", "name")
    assert_flagged(text, "ifechukwude", "name")


def test_a_lower_case_word_in_no_list_opening_a_sentence_then_a_person_verb():
    assert_flagged("ok update. ifeyinwa texted me at 2am again, i didn't answer.", "ifeyinwa", "name")


def test_an_english_name_with_a_relation_after_and():
    assert_flagged("Treasure and her brother share a room at their gran's.", "Treasure", "name")


@pytest.mark.parametrize("text, name", [
    ("Blessing is 12 and barely speaks in session.", "Blessing"),
    ("Testimony, 17, was kicked out by her father.", "Testimony"),
    ("Lovely is 15 and her tita won't let her go out.", "Lovely"),
])
def test_a_capitalised_word_with_an_age_is_a_person(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text", [
    "Pain is 6 and sleep is 4 most days.",
    "Anxiety, 7, then 3 after the breathing exercise.",
    "Session is 12 minutes shorter on Fridays.",
])
def test_a_rating_is_not_an_age(text):
    assert_clean(text)


def test_two_listed_names_that_are_words_then_a_verb():
    assert_flagged("Ka Yan says her mum reads her diary every night.", "Ka Yan", "name")


# --- things that are no person ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Gray, navy and black are the only colours he wears now.",   # a list of things opens the sentence
    "Baker, cleaner, driver - she has had every job going.",
    "Payer says no to the extended session again.",              # one who pays
    "Referrer wants an update by the end of the month.",
    "The Seven Principles book is what I lend to couples.",      # a title starting with a number
    "Sunday Times columns about therapy annoy me.",
    "Lifelong Habits came up again today.",                       # a title of English words
    "Korsakoff's syndrome in a client who still drinks daily.",  # named conditions
    "Lewy body dementia and hallucinations in a 70-year-old.",
    "Murphy's law: the week I'm away, two clients are in crisis.",
    "The Yerkes-Dodson curve helps explain test anxiety.",
    "Karpman's drama triangle fits this family well.",
    "a client's Lenten fast and her eating disorder recovery.",  # after a possessive noun
    "Netflix's Adolescence sparked a lot of talk with parents.",
    "Shakespeare's Hamlet came up with a grieving teen.",
    "Kafka's Metamorphosis is how he describes depression.",
    "Sisyphus is the metaphor he uses for recovery.",             # figures of myth and literature
    "Humpty Dumpty is how she describes her marriage.",
    "Marie Kondo videos and hoarding disorder.",                  # public figures
    "David Attenborough documentaries calm him before bed.",
    "Kay Redfield Jamison's memoir is on my shelf.",
    "Orwellian is how he describes his workplace software.",      # adjectives from names
    "Iftar runs late, so evening sessions are hard this month.",
])
def test_capitalised_things_that_are_no_person(text):
    assert not [f for f in check_text(text) if f.category == "name"], flagged(text)


def test_a_site_named_for_a_famous_person_is_still_a_place():
    assert_flagged("She's in year 10 at Sir Edmund Hillary Collegiate and hates it.", "Edmund Hillary", None)
    assert_flagged("The teen goes to Winston Churchill High and is bullied there.", "Winston Churchill", None)


# --- places and phrases ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Brussels sprouts are on her exposure hierarchy.",
    "Stockholm syndrome is the phrase she uses about her ex.",
    "Jekyll and Hyde is how she describes him.",
    "Aboriginal and Torres Strait Islander clients may prefer a yarning approach.",
    "Te Whare Tapa Whā is the model our team uses.",
    "Royal College guidance says not to use risk scores.",
    "Scotch eggs and Cornish pasties at the group's lunch.",
    "Wall Street hours and cocaine, a familiar story.",
    "Silicon Valley burnout looks different from teacher burnout.",
    "Hong Kong-style cafes are where they meet.",
    "she works part-time and hates it.",
    "I'm reading Reasons to Stay Alive with a client.",
])
def test_phrases_and_compounds_that_are_no_place(text):
    assert_clean(text)


@pytest.mark.parametrize("text, place", [
    ("She moved to Stockholm last spring and feels alone.", "Stockholm"),
    ("He grew up on Wall Street in Kingston and still drives past it.", "Kingston"),
])
def test_the_same_words_are_still_places_where_they_are(text, place):
    assert_flagged(text, place)


# --- round 8, second pass -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Mustafa's asylum interview is on Thursday and he can't sleep.", "Mustafa"),   # a given name's possessive
    ("Shreya and her in-laws share a two-bedroom flat.", "Shreya"),                 # a plural relation
    ("Meadow uses they/them and lives with their grandad.", "Meadow"),              # pronouns said of someone
    ("Juniper's eating disorder is worse since the move.", "Juniper"),             # what a person has
])
def test_second_pass_names(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text", [
    "Compassion is hard for her. Gilbert's model might help, anyone tried it?",   # an author's model
    "Thyme, sage and mint: the garden is where she calms down.",                 # lower case after a colon
    "Dean's list pressure and perfectionism in first-years.",
    "Carol singers at the door set off his startle response.",
    "A Schema Therapy training in Amsterdam costs a fortune.",                   # where an event was held
    "Mayo Clinic guidance on tapering is what I send clients.",
])
def test_second_pass_clean(text):
    assert_clean(text)


def test_a_training_in_a_small_town_still_places_a_client():
    assert_flagged("He's doing a forklift training in Chillicothe for his new job.", "Chillicothe", "place")


# --- round 8, third pass: given names that are also places, months or words ---------------------------------
@pytest.mark.parametrize("text, name", [
    ("Savannah's parents are divorcing and she blames herself.", "Savannah"),     # a place name with kin
    ("Dakota says he's scared to tell his coach.", "Dakota"),                      # ... with a speech verb
    ("August is 91 and still drives to the cemetery daily.", "August"),           # a month with an age
    ("Autumn, 16, is in a secure unit again.", "Autumn"),
    ("Chase was expelled for fighting on Monday.", "Chase"),                       # a word, then what only a person is
    ("Destiny is pregnant and hasn't told her mum.", "Destiny"),
    ("Kinsley is the youngest of five and the family scapegoat.", "Kinsley"),     # a name no English word, weaker cue
])
def test_third_pass_names(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text", [
    "Hope is living proof that small steps matter.",           # a figure of speech, not a person
    "Rose is grieving in the poem she brought to session.",
    "Summer is failing us: the heatwave wrecks everyone's sleep.",
    "Grace is the oldest idea in Christian ethics.",
    "Jordan's economy came up with a refugee client.",          # a place's, not a person's
    "August was busy; the referrals doubled.",
])
def test_third_pass_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "so anhedonia and alexithymia both showed up. thoughts?",           # rare words, but clinical terms
    "lol interoceptive and exteroceptive cues, which first?",
    "ok. catastrophizing and ruminating are her two big ones",
    "her kids' dysregulation and hypervigilance are the focus now",
])
def test_lower_case_terms_are_not_read_as_names_in_casual_text(text):
    assert_clean(text)

"""Round 19: kinds that generalise beyond one writer, read from the pooled misses and false alarms of sets 11-18
as the guard of each round first saw them (blind), not from one set.  Medicines and languages come from data the
packages ship (data/safe_terms.txt.gz, scripts/build_safe_terms.py): no hand list holds every writer's medicines.
Found: an age in an apposition after a name whatever follows it ("Name, 93 this year", "Name - 97 and still
working -"); ages in words in the practice networks' languages ("noventa e três anos"); "ninety years young";
people listed in parentheses after any word for people ("referrals (Okafor, Nguyen)").  Not flagged any more:
medicines and languages in no hand list ("Pregabalin", "Lingala"); two or more authors in parentheses after a
method ("(Young & Klosko)", "(Bateman and Fonagy, 2016)"); a verb opening the sentence before a title
("Watching Severance with ...").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from bot.confidentiality import check_text
from bot.confidentiality.lexicon import census_given, census_surnames, safe_terms
from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Referral for Mrs Adaeze Obi, 94 next month, after a fall at home.", "94", "age_over_89"),
    ("Mr Halvorsen (92 and still driving) wants to talk about his late wife.", "92", "age_over_89"),
    ("Old Mr Tuilagi - 96 and sharp as ever - sees me on Fridays.", "96", "age_over_89"),
    ("A senhora tem noventa e cinco anos e mora sozinha.", "noventa e cinco anos", "age_over_89"),
    ("Seine Oma ist dreiundneunzig Jahre alt und lebt allein.", "dreiundneunzig Jahre", "age_over_89"),
    ("Her grandfather, ninety-two years young, still plays bowls.", "ninety-two years young", "age_over_89"),
    ("Two new referrals (Okafor, Nguyen) both want Tuesday evenings.", "Okafor", "name"),
    ("The twins' carers (Hemi & Aroha) asked for a joint session.", "Hemi", "name"),
    ("Calling Priyanka later about her intake forms.", "Priyanka", "name"),
    ("Meeting Tomasz Wojcik next week; he is 34 and a welder.", "Tomasz Wojcik", "name"),
])
def test_round19_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "Her prescriber started Pregabalin 75mg and the dizziness is rough.",
    "He was switched from Quetiapine to Lurasidone and sleeps better now.",
    "Anyone know a therapist who speaks Lingala or Kinyarwanda in our region?",
    "The family speaks Tigrinya at home and the interpreter line keeps sending Amharic.",
    "Anyone trained in schema mode work (Young & Klosko)? Looking for a supervisor.",
    "Mentalization-based treatment (Bateman and Fonagy, 2016) vs DBT for a teen?",
    "The Unified Protocol (Barlow, Farchione, et al.) works well in groups.",
    "Watching Severance with my partner and the innie/outie split maps onto dissociation.",
    "Dose is Sertraline, 100 at night, and she wants to taper.",
    "Emergency lines: 000 in Australia, 111 in NZ, 999 in the UK.",
    "Reading Yalom, 100 pages in, and the group chapters are gold.",
])
def test_round19_not_identifiers(text):
    assert_clean(text)


def test_safe_terms_hold_medicines_and_languages_but_no_listed_name():
    terms = safe_terms()
    assert {"pregabalin", "vortioxetine", "humira", "lingala", "potawatomi"} <= terms
    assert not terms & (census_given() | census_surnames())  # "rayos", "sone": also surnames, left to the rules
    assert "nandi" not in terms and "tala" not in terms  # short language names are given names too


def test_a_surname_that_is_also_a_brand_of_medicine_is_still_a_name():
    text = "Mr Rayos called twice about his daughter's appointment."
    assert [text[f.start:f.end] for f in check_text(text) if f.category == "name"] == ["Rayos"]


def test_clients_listed_in_parentheses_after_a_method_word_for_people_are_names():
    # The author-list rule reads the word before the parenthesis: after a word for people it is no citation.
    assert_flagged("My couples (Tavita & Losa) both asked about Tuesday.", "Tavita", "name")

"""Round 21: kinds read from spent set 20's misses and false alarms (after round 20 was scored on it), each as its
whole kind.  Found: a day and a month in Spanish, Portuguese, French, Italian, German or Dutch without a year, as in
English ("el 9 de febrero", "le 6 mars"), unless kept each year; ages with the word for years of more languages
("91 éves", "94 tahun", "92 lat") and ages in words after a copula ("is noventa y seis"); a town listed right after
a place already found ("Burnsville and Apple Valley").  Not flagged any more: languages named in several words
("Tok Pisin", from the same ISO 639-3 data) and languages with an apostrophe ("K'iche").  Tried and not kept: common
words of Spanish, Portuguese, French, Italian, German and Dutch as known safe (wordfreq's lists) - they hold too many
given names ("Thiago", "Guilherme", "Caio"): 20 names lost on the development data for 4 false alarms fewer.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("The custody hearing is set for el 14 de marzo, and she is terrified.", "14 de marzo", "date"),
    ("Il est en arrêt depuis le 3 avril après l'accident.", "3 avril", "date"),
    ("Her symptoms began around 22 de setembro, says the son.", "22 de setembro", "date"),
    ("Oma Griet, 93 jaar, lives alone in the old house.", "93", "age_over_89"),
    ("Nagyapa is 92 éves and still gardens.", "92", "age_over_89"),
    ("Eyang kakung sudah 96 tahun.", "96", "age_over_89"),
    ("Her bisabuela is noventa y tres and sharp as ever.", "noventa y tres", "age_over_89"),
    ("I cover Lakeville and Apple Valley on Thursdays.", "Apple Valley", "place"),
    ("Clients come from Eagan, Apple Valley and Farmington.", "Apple Valley", "place"),
])
def test_round21_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "We mark el 5 de mayo every year with the families' group.",
    "The 5 de Mayo party at the centre was loud but lovely.",
    "Need an interpreter for Tok Pisin and one for Haitian Creole next week.",
    "The family speaks K'iche at home and Spanish at school.",
])
def test_round21_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "My client just moved back from Namibia and misses the desert.",
    "She was born in Kazakhstan and speaks Russian and Kazakh at home.",
    "He served in Estonia before the discharge.",
])
def test_every_country_is_bigger_than_a_state(text):
    # Added after round 21 was scored (set 21 flagged "Namibia"): ISO 3166-1 countries from pycountry, in
    # data/regions.txt.gz - the hand list of countries had missed 124 of them.  Not yet scored on a blind set.
    assert_clean(text)

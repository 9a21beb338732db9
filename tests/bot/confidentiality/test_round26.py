"""Round 26: kinds read from spent set 26's misses and false alarms (dense clean text, 10 capitalised words a
snippet), and more of the names every consultation group uses.  Found: an age after a word for who someone is and a
copula ("her husband is 92 and ..."), which nothing caught before; a plate of four letters and three digits after
its province; an age at an institute where a client studies or works is a place again ("a postdoc at ... Institute").
Not flagged any more: a body named in full ("... Association", "... Alliance", "... Foundation"); a one-word book
title capitalised before "by"; a title ending in a question mark before "by"; more cited authors by full name and
more bodies, charities and products (wordlists); Aotearoa and Ireland's provinces.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Her husband is 92 and no longer recognises her on bad days.", "92", "age_over_89"),
    ("His gran was 97 when she moved in with them.", "97", "age_over_89"),
    ("The resident turns 101 next week and the family want a party.", "101", "age_over_89"),
    ("A silver hatchback, ONT KWPL 318, has been outside her work twice.", "ONT KWPL 318", "vehicle"),
    ("She is a research assistant at Tamsworth Institute and they read her emails.", "Tamsworth Institute", "place"),
])
def test_round26_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "Her score is 95 on the scale, which surprised me.",
    "The Irish Eating Disorder Alliance leaflets are good for parents.",
    "The British Hoarding Association has a new guide for clinicians.",
    "I'm reading Resilient by Margit Ostrander and it's useful for teens.",
    "Why Am I Like This? by Corliss Venn is the book my group keeps quoting.",
    "Any colleagues in Aotearoa using the Hua Oranga measure?",
    "Is anyone from Connacht going to the training in the spring?",
    "Lisa Damour and Ross Greene are my go-to books for parents of teens.",
    "We moved our group from Kooth to Togetherall last year.",
])
def test_round26_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, found", [
    ("Abused by Tomasz for years, she left in the spring.", "Tomasz"),
    ("Her husband's nurse at Connaught Hospital is kind to her.", "Connaught Hospital"),
])
def test_round26_still_flagged(text, found):
    assert_flagged(text, found)

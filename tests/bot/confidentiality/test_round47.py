"""Round 47: kinds read from spent sets 56's and 57's misses and false alarms, each as its whole kind.
Found: a Lithuanian surname in -aitis or -ytis, which the learned-term ending "-itis" read as a word; a name after a
"that" opening a clause with an adverb before the verb ("that Meleane only opens up"); a given name and a surname
opening a sentence before what the person does ("Seamus Rooney has been emailing"); ages with the months past them,
the time to the next, a feast or a document after "by" ("now 93 and five months", "97 in a fortnight", "96 by his
passport").
Not identifiers: an -ed form English knows after "client" ("my client tapered"); feasts, practices, peoples,
languages, medicines and hormones ("Captagon", "Prolactin", "Ho'oponopono").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Referral: Rimantas Jankauskaitis, DOB 1958-02-11, lost his job.", "Rimantas Jankauskaitis", "name"),
    ("Is it odd that Meleane Tupou only opens up when we walk to the shops?", "Meleane Tupou", "name"),
    ("Mum, now 93 and five months, wants to talk about her first husband.", "93 and five months", "age_over_89"),
    ("Eunice Adjei, 97 in a fortnight, wants the group to sing for her.", "97 in a fortnight", "age_over_89"),
    ("The old man is 96 by his passport and older by his own count.", "96 by his passport", "age_over_89"),
])
def test_round47_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "My client tapered over two months and still had brain zaps.",
])
def test_round47_not_identifiers(text):
    assert_clean(text)

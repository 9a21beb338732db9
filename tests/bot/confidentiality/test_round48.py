"""Round 48: kinds read from spent sets 58's and 59's misses and false alarms (and, for the public events' dates, the
dense sets 50-58 where they kept coming back), each as its whole kind.
Found: a plate after the code of the state or country that issued it ("plate QLD KTR-52M"); an Indian UPI payment
address ("rohanmehta07@oksbi"); a listed town's possessive before a district no list holds ("Belgrade's Karaburma");
a full name after "that" opening a clause, whatever verb follows ("the boat that Torvald Brekkestad sank"); a name
right after a word for a person before what they own that is also a method's word ("my client Tama's manual
wheelchair", noticed while reading the authors' rules).
Not identifiers: a month and a year of a public event ("after the October 2023 floods", "the regulations changed in
May 2024", "Cyclone Gabrielle in Hawke's Bay (February 2023)"); a range of round hundreds ("fees run 700-1100");
a learned noun in no word list after a word that can go before a town ("teaching psychoeducation"); an author by a
work no client has ("Alofa Tuilagi's poetry", "Okonjo's trial in the Lancet Psychiatry"); a language's variety
("Khaleeji dialect").
Kept: a client's date beside the same words ("her care plan was updated in May 2024"), a range after a phone word
("her number is 700-1100"), a client's court trial ("Sione's trial in the District Court").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from bot.confidentiality.guard import _candidates
from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("He does deliveries, plate QLD KTR-52M, and a customer spat at him.", "QLD KTR-52M", "vehicle"),
    ("A loan app is threatening her through her UPI rohanmehta07@oksbi.", "rohanmehta07@oksbi", "account"),
    ("Her brother was stabbed in Belgrade's Karaburma estate last spring.", "Karaburma", "place"),
    ("It was the boat that Torvald Brekkestad sank off the point.", "Torvald Brekkestad", "name"),
    ("My client Tama's manual wheelchair was stolen from the bus stop.", "Tama", "name"),
    ("Her son Tevita's model aeroplanes were smashed in the fight.", "Tevita", "name"),
    ("Her care plan was updated in May 2024 after the overdose.", "May 2024", "date"),
    ("Her number is 700-1100 if you need to reach her after six.", "700-1100", "phone"),
    ("Sione Latu's trial in the District Court starts on Monday.", "Sione Latu", "name"),
])
def test_round48_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "Several of my clients have been low since the October 2023 floods; any group resources?",
    "The regulations changed in May 2024 - do we still need consent forms for text messages?",
    "The government fell in March 2022 and the diaspora here has been on edge since.",
    "Our college guidance dates from June 2021 and says nothing about video sessions.",
    "The lockdowns in April and November 2020 hit our older clients hardest.",
    "After Cyclone Gabrielle in Hawke's Bay (February 2023) the iwi ran their own support.",
    "Session fees here run 700-1100 depending on the sliding scale. What do you charge?",
    "I keep teaching psychoeducation at the library on Fridays.",
    "Alofa Tuilagi's poetry says more about Pacific grief than most textbooks do.",
    "Okonjo's trial in the Lancet Psychiatry changed my mind about ketamine.",
])
def test_round48_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "We keep teaching psychoeducation through stories rather than handouts.",
    "Some PHQ-9 items read oddly in Khaleeji dialect; has anyone adapted them?",
    "Our intake forms read oddly in Najdi dialect, two clients told me this week.",
])
def test_round48_not_even_candidates(text):
    # (the rules alone, before any weighing, find nothing: these must not rest on the weights)
    assert _candidates(text)[1] == []

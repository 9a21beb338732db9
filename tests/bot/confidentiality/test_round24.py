"""Round 24: kinds read from spent set 23's misses and false alarms (after round 23 was scored on it), each as its
whole kind.  Found: an age said roughly in an apposition ("Ilse Brandt, nearly 93, ..."); the last digits of a card
or an account ("card ending 5521"); a town heading a note ("Maseru - ..."); a university called by its state or town
and "State" where someone studies or plays.  Not flagged any more: an author's possessive before a quoted title or
before a method named in capitals, the first of two authors before the second's possessive work, a brand's spelling
("VSee"), a name before "review".  Also: the holiday phrases are again those with any word below Zipf 4 ("Mardi
Gras" had dropped out in round 23).

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Hospice referral: Ilse Brandt, nearly 93, wants to talk about her brother.", "93", "age_over_89"),
    ("Mr Okello (almost 96) lives alone and refuses meals on wheels.", "96", "age_over_89"),
    ("She paid with a card ending 5521 and then disputed the charge.", "5521", "account"),
    ("The Mastercard ending in 0937 bounced twice this month.", "0937", "account"),
    ("Maseru - a teacher, 34, panic attacks since the robbery.", "Maseru", "place"),
    ("Our goalkeeper at Kansas State has stopped eating before games.", "Kansas State", "place"),
])
def test_round24_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    'For the grief group I used Joan Didion\'s "The Year of Magical Thinking" again.',
    "I trained in Gerda Lindqvist's Compassion method last spring.",
    "I've read Norrell and Aziz's original study on relapse twice now.",
    "Zoom or VSee for rural clients? VSee is lighter on bandwidth.",
    "The Brannock review on early intervention is pretty damning.",
    "Mardi Gras week is always quiet in the clinic.",
    "Licensed in Ohio State law requires a supervisor's signature.",
])
def test_round24_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "Attendance went up after 90 sessions, nearly 92, which is a lot.",
    "Her mum's card was used, not hers.",
])
def test_round24_counts_and_cards_without_digits(text):
    # a count said roughly after a number is no age; a card without its digits is nothing to flag
    assert_clean(text)

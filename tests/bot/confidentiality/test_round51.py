"""Round 51: kinds read from spent sets 64's and 65's misses, each as its whole kind.
Found: a full name's possessive before an identity document, whatever the first name is ("Gift Tembo Banda's NHIF
card"); three listed or unlisted name words whatever thing is near ("the booking app shows Kagiso Lerato Mokoena");
a full name opening a sentence, then where the person is from ("Endang Sri Wahyuni from Sleman's ..."); a month after
a hyphen ("mid-October 2023"); plates in Victorian, Polish, Québec and Chilean shapes, and beside a colectivo; an age
counted in harvests, Ramadans, summers or monsoons; a house number on a numbered road ("880 Highway 17") and a site
between a rural route and its box ("RR 2, Site 7, Box 4").
Kept: a distance on a numbered road ("200 Route 66 miles").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Gift Tembo Banda's NHIF card was left at the clinic after the session.", "Gift Tembo Banda", "name"),
    ("The booking app shows Kagiso Lerato Mokoena at https://book.example.org/km; he never booked.",
     "Kagiso Lerato Mokoena", "name"),
    ("Sleman flood 2021: Endang Sri Wahyuni from Sleman's Depok side lost her stall.", "Endang Sri Wahyuni", "name"),
    ("Her cousin died in mid-October 2023 when the boat capsized.", "mid-October 2023", "date"),
    ("Her partner's ute is 2GK 4PL and he follows her to work.", "2GK 4PL", "vehicle"),
    ("The other car, QC G71 TRM, left the scene before the police came.", "QC G71 TRM", "vehicle"),
    ("He drives a colectivo FR·KD·71 between the two markets.", "FR·KD·71", "vehicle"),
    ("She is a survivor of 97 harvests by the church book.", "97 harvests", "age_over_89"),
    ("She lives at 880 Highway 17 past the old mill.", "880 Highway 17", "street_address"),
    ("Send the forms to RR 2, Site 7, Box 4 before Friday.", "RR 2, Site 7, Box 4", "street_address"),
])
def test_round51_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "We drove 200 Route 66 miles before she could talk about it.",
])
def test_round51_not_identifiers(text):
    assert_clean(text)

"""Round 56: kinds read from spent sets 74's and 75's misses and false alarms, each as its whole kind.
Found: a postcode that ends an address, after a flat's number, with no town after it ("Kungsgatan 4 lgh 1201, 411
19;"); a Greek street after "Odos" and a Hungarian one with its floor and door ("Rákóczi út 12. 3/4"); an age of the
nineties in Norwegian, Danish, Swedish, South Slavic, Ukrainian, Greek, Samoan words or in Chinese or Japanese
characters with the word for years of age; a trailer court and a village at a cross roads; a barrio or a colonia
named before the word; a lower-case full name with a particle, from a lower-case place in no common use ("rhodri ap
gwilym from pen-y-cae").
Kept: a Nordic agency in one word ("Socialstyrelsen", "Arbeidstilsynet"); a month and a year that date an
institution's act, in a sentence naming no person and holding no other identifier ("the EMA approved it in June
2025"; "her mother died in June 2025" stays a date).

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Farida lives at Kungsgatan 4 lgh 1201, 411 19; her son translates.", "411 19", "zip_code"),
    ("Post the letter to Odos Ermou 22, 105 63, her mother reads Greek only.", "Odos Ermou 22", "street_address"),
    ("He stays at Rákóczi út 12. 3/4, 1072. No phone.", "Rákóczi út 12. 3/4", "street_address"),
    ("Her farfar, nittiåtte i mars, still rows out every morning.", "nittiåtte", "age_over_89"),
    ("Mormor Inger, nittiofyra, asked for a Swedish-speaking counsellor.", "nittiofyra", "age_over_89"),
    ("Baba Zora, devedeset tri, lives alone above the shop.", "devedeset tri", "age_over_89"),
    ("Her grandfather, dev'yanosto visim, remembers the famine.", "dev'yanosto visim", "age_over_89"),
    ("Yiayia Despina, enenínta éna, refuses the care home.", "enenínta éna", "age_over_89"),
    ("Tausi Faleolo, iva sefulu ma le tolu, still leads the choir.", "iva sefulu ma le tolu", "age_over_89"),
    ("Nakamura Fumi, 九十二歳, has started to forget her son.", "九十二歳", "age_over_89"),
    ("His mum sold her unit at Golden Acorn Trailer Court.", "Golden Acorn Trailer Court", "place"),
    ("Glenties Cross Roads is where his brother's shop was.", "Glenties Cross Roads", "place"),
    ("She grew up in the Zorrotzaurre barrio and still goes back on Sundays.", "Zorrotzaurre", "place"),
    ("rhodri ap gwilym from pen-y-cae keeps missing thursdays, any ideas", "rhodri ap gwilym", "name"),
])
def test_round56_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "Socialstyrelsen says no to video for this group.",
    "Arbeidstilsynet wants a report on burnout at work.",
    "Any news on Brexpiprazole for agitation? The EMA approved it in June 2025, I think.",
    "The new Mental Capacity rule came into force in March 2026. Has anyone read the guidance yet?",
])
def test_round56_not_identifiers(text):
    assert_clean(text)


def test_a_month_and_year_of_a_life_stays_a_date():
    assert_flagged("The EMA approved it, but her mother died in June 2025 and she stopped it.", "June 2025", "date")

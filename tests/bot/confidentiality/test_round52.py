"""Round 52: kinds read from spent sets 66's and 67's misses and false alarms, each as its whole kind.
Found: a town's possessive and a part of it in lower case, listed or after "from" ("tralee's mitchels crescent",
"from inuvik's airport end"), and in capitals before a road, a dike or a stage ("Oneida Settlement's Bread road"); a
lower-case full name before a town's part or where the person lives, hyphenated or after a comma ("joão weber from
estrela's ferry landing"); an age in another language between commas, by a feast, with a season more
or said units first ("noventa y dos en mayo", "ninety by Candlemas", "98 years and a summer", "seven-and-ninety"); a
postcode after "TK" or after the end of a town ("Holden Street end, VIC 3068"); a payment handle named as one
("Interac to ..."); a building and a numbered street, as the Gulf writes them.
Kept: a prefix or a describing word joined to a proper noun ("Pan-Caribbean", "CAMHS-equivalent"); a people's name
before who is theirs ("Bangladeshi teens"); a state alone where someone is ("her psychiatrist in Georgia", "a client
in Victoria"); a body or a book named by an acronym ("the MND Association", "the DBT Manual"); a body named "X and Y
Foundation"; a holiday named as a date without its year ("the Fourth of July"), feasts the holidays package lacks
("Hogmanay", "Pascha"); a person word before a name's comma ("Pauline Boss, Ambiguous Loss").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("quick q - aoife from tralee's mitchels crescent wants evening slots", "mitchels crescent", "place"),
    ("ok so he's from inuvik's airport end and flies out monthly", "airport end", "place"),
    ("ok. tevita fonua-latu, from lautoka's natabua end, texted", "natabua end", "place"),
    ("He grew up near Fort Chipewyan's Mission road, then left.", "Mission road", "place"),
    ("She grew up at Oneida Settlement's Bread road and moved south at 16.", "Bread road", "place"),
    ("joão weber from estrela's ferry landing lost the shop to the flood", "joão weber", "name"),
    ("Abuela Rosalba Certuche, noventa y dos en mayo, still cooks for eleven.", "noventa y dos", "age_over_89"),
    ("Her grandfather Ottavio Brancaleone, ninety by Candlemas, refuses the home.", "ninety by Candlemas",
     "age_over_89"),
    ("Her great-aunt, 96 years and a winter by her own reckoning, lives alone.", "96 years and a winter",
     "age_over_89"),
    ("His grandmother is seven-and-ninety and remembers the famine.", "seven-and-ninety", "age_over_89"),
    ("Letters go to Odos Egnatias 12, Thessaloniki, TK 543 52.", "543 52", "zip_code"),
    ("New address: 9/22 Brunswick Road, Coburg's Sydney Road end, VIC 3058.", "3058", "zip_code"),
    ("Fees by Interac to mwhitehorse.77@interac please, not cash.", "mwhitehorse.77@interac", "account"),
    ("Deliver to Bldg 61, Street 230 near the souq, before noon.", "Bldg 61, Street 230", "street_address"),
])
def test_round52_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "I'm speaking at the Pan-Caribbean Psychology Congress in the spring.",
    "Clonidine at night for a teenager, prescribed by the CAMHS-equivalent team. Any experience?",
    "I see more climate anxiety in Bangladeshi teens since the floods. Any frameworks?",
    "Her psychiatrist in Georgia wants to switch to Lithium.",
    "A client in Victoria says the NDIS planner keeps asking for scores.",
    "The MND Association has a carers' guide, and the DBT Manual has the skills handouts.",
    "We got the leaflets from the Hope and Healing Foundation for the group.",
    "Fireworks on the Fourth of July are hard for my veterans.",
    "Book list on grief: Pauline Boss, Ambiguous Loss, and the Compassionate Friends leaflets.",
    "Hogmanay was hard for him; the Orthodox Pascha is next month.",
])
def test_round52_not_identifiers(text):
    assert_clean(text)

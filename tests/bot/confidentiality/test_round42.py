"""Round 42: kinds read from spent sets 46's and 47's misses, each as its whole kind.
Found: a plate written in any script after a vehicle word (Thai, Arabic, Japanese, Georgian ..., as Greek and
Cyrillic were: "plate กพ 2290 ขอนแก่น", "microbus ع ب د 5521"); an address written as numbered parts ("No. 9B,
Street 271", "house 7, street 12", "Sector D, Row 3, Tent 11"); Oman's "PC 112"; a postcode after the side or end of
a town that closes an address ("Soweto's Jabavu side 1868."); a Maltese postcode with no comma before it; a hospital
file by its letters and a year ("hospital file LTKH 2024-55102"); Vietnam's health insurance card by "BHYT"; a plate
beside a PMV, a louage, a microbus.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Her ex's plate is กพ 2290 ขอนแก่น and he parks outside the shelter.", "กพ 2290 ขอนแก่น", "vehicle"),
    ("He drove the microbus ع ب د 5521 on the night of the crash.", "ع ب د 5521", "vehicle"),
    ("The family now lives at No. 9B, Street 271, near the market.", "No. 9B, Street 271", "street_address"),
    ("moved to house 7, street 12, next to the mosque", "house 7, street 12", "street_address"),
    ("Shelter is Sector D, Row 3, Tent 11, by the water point.", "Sector D, Row 3, Tent 11", "street_address"),
    ("Client lives Way 2204, House 18, Al Ghubra's north side, PC 112. Sleep problems.", "112", "zip_code"),
    ("Referral: 18 Mahalefele Rd, Soweto's Jabavu side 1868. Nightmares since the shooting.", "1868", "zip_code"),
    ("She lives at Triq San Gorg 3, Qormi QRM 2210. Her son is at sea.", "QRM 2210", "zip_code"),
    ("Please send the summary, hospital file LTKH 2024-55102, before Monday.", "LTKH 2024-55102", "medical_record"),
    ("His BHYT HC4012345678901 expired last month.", "HC4012345678901", "health_plan"),
    ("The PMV P 5521 C went off the road near the bridge.", "P 5521 C", "vehicle"),
])
def test_round42_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "We finished session 4, week 6 of the protocol, and she wants a break at the end of term.",
    "The PC at reception keeps freezing, so intake forms are on paper this week.",
])
def test_round42_not_identifiers(text):
    assert_clean(text)

"""numbers_codes: labelled IDs and unlabelled formats (issue 12's missed kinds, new examples)."""
from __future__ import annotations

import pytest

from tests.guard._support import assert_clean, assert_flagged

FOUND = [
    ("His social is 305 44 1982, he recited it proudly.", "305 44 1982", "ssn"),
    ("NI number QQ 12 34 56 B came up on the benefits letter.", "QQ 12 34 56 B", "ssn"),
    ("She gave her SIN 046 454 286 to the shelter intake worker.", "046 454 286", "ssn"),
    ("The card says member 55102948 under her mother's plan.", "55102948", "health_plan"),
    ("Membership no. 7781-220 at the gym where she was followed.", "7781-220", "health_plan"),
    ("His counselling certification # LPC-20931 is under review.", "LPC-20931", "licence"),
    ("Her credential 8812047 was suspended after the complaint.", "8812047", "licence"),
    ("A car with plate 7XQ 442 sat outside her flat all night.", "7XQ 442", "vehicle"),
    ("The reg on his van is KN19 TSX.", "KN19 TSX", "vehicle"),
    ("She kept the ticket with badge #30917 on it.", "30917", "account"),
    ("Student ID 20418877 was printed on the letter.", "20418877", "account"),
    ("Her claim #A-448-1902 was denied twice.", "A-448-1902", "account"),
    ("MRN 0092814 appears on every page of the discharge summary.", "0092814", "medical_record"),
    ("Policy 44-118-2206 lapsed when he lost his job.", "44-118-2206", "health_plan"),
]


@pytest.mark.parametrize("text, substring, category", FOUND)
def test_found(text, substring, category):
    assert_flagged(text, substring, category)


@pytest.mark.parametrize("text", [
    "CPT 90837 and 90785 were billed; ICD-10 F43.10.",
    "She is a member of the choir since 2019.",
    "Her certification in DBT took two years.",
    "PHQ-9 of 17 and a GAD-7 of 12 at week 6.",
])
def test_clean(text):
    assert_clean(text)

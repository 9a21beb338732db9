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


# Round 3: structural rules for SIN / NINO groupings, credential + number, plate shapes,
# grouped digit runs after a card/number label, postcodes (AU, NZ, IE) and CPT codes.
ROUND3 = [
    # Canadian SIN, 3-3-3 with spaces or hyphens, labelled or not (checked with Luhn)
    ("His old stub shows 130 692 544 in the corner.", "130 692 544", "ssn"),
    ("Her SIN: 193-456-787, she asked me to shred the copy.", "193-456-787", "ssn"),
    ("sin 527 409 916 on the welfare form", "527 409 916", "ssn"),
    # UK National Insurance number, spaced or not, any specimen letters after a label
    ("His NINO is QQ 12 34 56 C, from the DWP letter.", "QQ 12 34 56 C", "ssn"),
    ("NINO: QQ654321A was on the PIP form.", "QQ654321A", "ssn"),
    ("National insurance number JT 48 22 90 B on the letter.", "JT 48 22 90 B", "ssn"),
    ("Her number AB 48 22 90 C came up.", "AB 48 22 90 C", "ssn"),
    # a real ZIP in the CPT range still counts after a state
    ("They live in Long Beach, CA 90807 now.", "90807", "zip_code"),
    # credential before a number
    ("Supervisor's LICSW 118204 is on the form.", "118204", "licence"),
    ("his LMFT #54017 was suspended", "54017", "licence"),
    ("Dr. Okafor, PsyD 27719, signed the evaluation.", "27719", "licence"),
    ("My LPCC No. 9921 is up for renewal.", "9921", "licence"),
    ("the BCBA 1-22-47810 on the plan", "1-22-47810", None),
    ("He listed NCC 771204 on his site.", "771204", "licence"),
    ("She wrote LCADC 3381 on the intake.", "3381", "licence"),
    ("The nurse, RN 4418820, documented it.", "4418820", "licence"),
    ("Attending was Lee MD 9931275.", "9931275", "licence"),
    # Irish and other hyphen/space separated plate shapes
    ("The van 162-KY-1177 was parked outside her house.", "162-KY-1177", "vehicle"),
    ("An old 08-D-30215 Corolla followed her.", "08-D-30215", "vehicle"),
    ("His car, 241 WX 905, was seized.", "241 WX 905", "vehicle"),
    ("Her Peugeot AB-482-CD was towed in Lyon.", "AB-482-CD", "vehicle"),
    ("the hire car FG-207-KL blocked the drive", "FG-207-KL", "vehicle"),
    ("his 05-MO-2231 estate car", "05-MO-2231", "vehicle"),
    # grouped digit runs after a card / number label
    ("Her medical card no. 3391 2208 4471 expired.", "3391 2208 4471", "health_plan"),
    ("Member card number 5512 0098 31 was on the fridge.", "5512 0098 31", "health_plan"),
    ("his id 4470 2219 8853 from the shelter", "4470 2219 8853", None),
    ("Benefits card # 7712 4490 2265 7781", "7712 4490 2265 7781", "health_plan"),
    ("Library card no. 2290 1187 44, she gave it to me.", "2290 1187 44", "account"),
    # postcodes
    ("They moved to 5 Wattle Rd, Mildura VIC 3500 last year.", "3500", "zip_code"),
    ("Her mum lives in Toowoomba QLD 4350.", "4350", "zip_code"),
    ("Address: 7 Kent St, Bunbury WA 6230", "6230", "zip_code"),
    ("She rents at 14 Tui Cres, Whanganui 4501, alone.", "4501", "zip_code"),
    ("he's at 3/22 Rata Street, Riccarton, Christchurch 8011 now", "8011", "zip_code"),
    ("The eircode is D02 X285, apartment on the top floor.", "D02 X285", "zip_code"),
    ("Home visit at A65F4E2 tomorrow.", "A65F4E2", "zip_code"),
    ("eircode t12 ab34 for the visit", "t12 ab34", "zip_code"),
]


@pytest.mark.parametrize("text, substring, category", ROUND3)
def test_round3_found(text, substring, category):
    assert_flagged(text, substring, category)


def test_cpt_codes_are_not_zips_helper():
    from bot.confidentiality.numbers_codes import is_cpt_code
    assert all(is_cpt_code(c) for c in ("90785", "90791", "90832", "90834", "90837", "90847", "90853", "90899"))
    assert not any(is_cpt_code(c) for c in ("90210", "90784", "90900", "30318", "9083", "908321"))


@pytest.mark.parametrize("text", [
    # CPT psychotherapy codes are not ZIP codes
    "My EHR keeps defaulting to 90837 for everything.",
    "Billed 90791 for the intake and 90834 after that.",
    "Switched him to 90847, family work.",
    "the portal keeps defaulting to 90832",
    "Is 90853 the group code?",
    # SIN look-alikes: three 3-digit numbers that fail the check, or measurements
    "Steps were 120 130 145 over three days.",
    "BP 128/84, HR 72, weight 180 lbs.",
    # credentials with a count, a course, a year
    "She has been an LCSW since 2012.",
    "He failed PSY 101 twice.",
    "An MD 5 years out of school.",
    "The RN 12 hour shift wrecked her sleep.",
    "Two LPCs and 14 clients in the group.",
    # ICD and plate look-alikes
    "ICD-10-CM F43.10, and F41.1 as secondary.",
    "The 5-HTP dose was 100 mg.",
    "HR 110 BP 140/90 at intake.",
    # postcode look-alikes
    "She moved to WA in 2019 and back to NSW in 2021.",
    "Hx of SA 2015, disclosed in session 4.",
    "PHQ-9 of 18, GAD-7 of 12, BMI 18.9.",
    "Ratio 3:1, dose 2.5 mg, 1500 calories.",
    "Card number on file; she pays 1200 a month.",
    "Session 4 of 12 at 3:30 pm.",
])
def test_round3_clean(text):
    assert_clean(text)

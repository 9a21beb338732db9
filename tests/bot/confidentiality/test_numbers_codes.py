"""numbers_codes: labelled IDs and unlabelled formats (issue 12's missed kinds, new examples)."""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged

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


# Round 4: ZIPs after a verb of moving or living, 4-digit postcodes after a town (accented names too),
# labelled IDs with words between the label and "is", year-prefixed IDs, the Medicare MBI shape,
# Canadian provincial health cards, plates right after their cue, rural routes and boxes.  New examples.
ROUND4 = [
    ("He relocated to 83440 last spring and needs a PSYPACT therapist.", "83440", "zip_code"),
    ("the family lives in 04401 now, up in the woods.", "04401", "zip_code"),
    ("she drives in from 97321 twice a week for group.", "97321", "zip_code"),
    ("moving to Kaikōura 7300 next month after the divorce.", "7300", "zip_code"),
    ("her dad is in Bundaberg 4670, she visits monthly.", "4670", "zip_code"),
    ("they retired to Whakatāne 3120 and love it.", "3120", "zip_code"),
    ("parcel went to 9 Kōwhai Rd, Ōpōtiki 3122 by mistake.", "3122", "zip_code"),
    ("the hospital record number for her is 2025-44190 now.", "2025-44190", "medical_record"),
    ("his insurance card at the new job is ZX91-44721 apparently.", "ZX91-44721", "health_plan"),
    ("Case 2024-551873 was opened after the fall.", "2024-551873", None),
    ("MBI 3KM5TP2GH84 was rejected again by the payer.", "3KM5TP2GH84", "health_plan"),
    ("the card shows 9AD7-XW4-RM72 as his number.", "9AD7-XW4-RM72", "health_plan"),
    ("referral lists 6104-887-120-AB for the pt.", "6104-887-120-AB", "health_plan"),
    ("her MSP number 9876 543 210 is on the referral.", "9876 543 210", "health_plan"),
    ("RAMQ TREM 5505 1234 on the form from Quebec.", "TREM 5505 1234", "health_plan"),
    ("AHCIP # 12345-6789 on her card.", "12345-6789", "health_plan"),
    ("PHIN 987654321 on the letter.", "987654321", "health_plan"),
    ("the plate is BKR 227, she memorized it.", "BKR 227", "vehicle"),
    ("tag# 7TRE492 on the black sedan outside his house.", "7TRE492", "vehicle"),
    ("her ex's rego is XYZ-123 and she keeps seeing it.", "XYZ-123", "vehicle"),
    ("registration 1ABC234 came up on the parking ticket.", "1ABC234", "vehicle"),
    ("reg: 4KT 991 on the van parked nightly.", "4KT 991", "vehicle"),
    ("mail goes to Rural Route 4, Box 210, no street address.", "Rural Route 4, Box 210", "street_address"),
    ("his address is HC 72 Box 9 out past the county line.", "HC 72 Box 9", "street_address"),
    ("send it to R.R. #2 please, he says.", "R.R. #2", "street_address"),
    ("forward to RR 1 Box 44A for now.", "RR 1 Box 44A", "street_address"),
    ("she uses P.O. Box 318 for everything now.", "P.O. Box 318", "street_address"),
]


@pytest.mark.parametrize("text, substring, category", ROUND4)
def test_round4_found(text, substring, category):
    assert_flagged(text, substring, category)


@pytest.mark.parametrize("text", [
    # 5-digit amounts and counts after "from", "to", "in"
    "Moved from 10000 steps to 12000 steps a day.",
    "Her income dropped from 45000 to 30000 after the layoff.",
    "The claim went from 12000 dollars down to 8000.",
    "lives in 12000 square feet? no.",
    "Switched from 90834 to 90837 in March.",
    "We billed 90837 from 90834 after the change.",
    # 4-digit numbers after capitalised words that are not towns, years after towns
    "Reading 2400 words a day is her goal.",
    "Flight 1482 was delayed and she panicked.",
    "Page 1183 of the chart has the note.",
    "Version 1203 of the app crashes.",
    "Chapter 1204 of the manual on the DSM.",
    # ranges and amounts are no IDs
    "From 2000-3000 calories per day.",
    "Between 400-1200 mg a day of ibuprofen.",
    "He takes 1000-5000 IU of D3, or 100-5000 IU.",
    "The record for him was 12000 steps in a day.",
    "The policy at the clinic is 24 hours notice.",
    # plate and route cue words without a plate or a route
    "The plate number is on the police report, not my concern.",
    "He tagged 2 friends in the post.",
    "Registration opens at 9 AM on Monday.",
    "reg 10 AM class was full.",
    "registration is 45 USD this year.",
    "Tags 3 people in every post.",
    "Reg 2 was a disaster, reg 3 went better.",
    "RR 18, HR 88, BP 120/80, SpO2 97%.",
    "RR 20 and HR 110 on arrival.",
    "HC 61 cm at birth per the pediatric record.",
    "Box 3 of the sandtray figures.",
    "BMI 31.2, A1c 6.4, BP 134/86, ratio 3:1.",
])
def test_round4_clean(text):
    assert_clean(text)

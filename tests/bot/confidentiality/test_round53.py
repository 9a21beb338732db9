"""Round 53: kinds read from spent sets 68's and 69's misses and false alarms, each as its whole kind.
Found: an age in words on a feast ("ninety on Christmas Day"), by a record whose name is capitalised ("by her Pension
Card"), or as the ordinal of a feast ("her koro's ninety-second Matariki"); a Dutch postcode before its town; a
street in two German words with a staircase and a door ("Ottakringer Straße 104/2/7"); a Maltese postcode before a
dash; a national number with its code before a slash ("063/448-1902"); a matatu stage; a camp's numbered section or
zone ("from Mae La Section B7"); a full name after a semicolon, its first word also a word, before "from" ("; Lucky
Sithole from Tembisa"); a child named by who they are in the family ("Yaw Boateng is the youngest"), and a sibling
listed before the one given with the family's name ("Rustam, Dilnoza and Farrukh Karimov arrived").
Kept: an author by the work and year cited after the name ("Tomasz Wierzbicki's Grief Journeys Workbook (Routledge,
2017)", "as Karlis Zeltins described it (2011)", "led by Okonkwo Adeyemi"); feasts of Nepal, Ethiopia, Iran and the
Pacific ("Timkat", "Yalda y Meskel").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Grandfather Anselm Tiwari-Okoro, ninety on Christmas Day, still farms.", "ninety on Christmas Day",
     "age_over_89"),
    ("Mrs Pillay in Umhlanga is a hundred and three by her Pension Card, says the niece.",
     "a hundred and three by her Pension Card", "age_over_89"),
    ("Her koro's ninety-second Matariki is in July and the whanau are gathering.", "ninety-second Matariki",
     "age_over_89"),
    ("Please post it to 3521 KD Zwaagwesteinde by Friday.", "3521 KD", "zip_code"),
    ("We moved him to Ottakringer Straße 104/2/7 last week.", "Ottakringer Straße 104/2/7", "street_address"),
    ("Maria Vella, Triq il-Kappella 5, Ħaż-Żebbuġ ZBG 2210 - a carer, 50s.", "ZBG 2210", "zip_code"),
    ("Her mobile is 063/448-1902 after six.", "063/448-1902", "phone"),
    ("He was hit by a bus at Githurai stage on his way home.", "Githurai", "place"),
    ("The family came from Ifo Section 11 last year.", "11", "place"),  # (the section's number with it)
    ("On the phone; Lucky Sithole from Tembisa wants Thursdays.", "Lucky Sithole", "name"),
    ("Kofi Boateng and Ama Boateng are the parents; Yaw Boateng is the youngest.", "Yaw Boateng", "name"),
    ("Rustam, Dilnoza and Farrukh Karimov arrived in March.", "Dilnoza", "name"),
])
def test_round53_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "Tomasz Wierzbicki's Grief Journeys Workbook (Routledge, 2017) is good.",
    "As Karlis Zeltins described it (2011), the model fits our groups.",
    "The 2019 review, led by Okonkwo Adeyemi, found no effect.",
    "Our Nepali clients go quiet around Tihar; the Ethiopian ones at Timkat.",
    "Los clientes celebran Yalda y Meskel.",
])
def test_round53_not_identifiers(text):
    assert_clean(text)

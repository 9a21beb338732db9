"""Round 35: kinds read from spent set 35's misses and false alarms, each as its whole kind.
Found: a labelled number with two groups of letters before its digits, or letters with diacritics ("loan
MFI-KPM-77410", "licence LZB-ZĀ-4417" - and the labelled numbers of that shape now get their label's category, not
"account"); a loan by its own label; a court case's reference with a Roman-numeral division ("VI RC 447/25");
German and Vietnamese plates ("tractor RO-KN 1976", "59-X2 447.18"); a month in another language with a year ("in
mai 2025"); a camp's block and shelter; a Polish estate address ("os. Górali 9"); ages in years and months, with a
fraction sign ("96¾"), in words between commas, and "centenaria" and its kin in other languages.
Not flagged any more: a university where research is done or published and a college of a profession ("validated at
... University", "the University of ... Press", "the Royal ... College of General Practitioners"), with the town or
name inside it; a title in Spanish, Portuguese, Italian or French whose words are common words there ("Lei Geral de
Proteção de Dados"), read from wordfreq's lists for those languages.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Weaver in debt: microfinance loan MFI-TRV-55120, and the lender calls daily.", "MFI-TRV-55120", "account"),
    ("Her payday loan PDL-88213 is in collections.", "PDL-88213", "account"),
    ("Dental licence KRŠ-ŽĀ-7730 was suspended after the complaint.", "KRŠ-ŽĀ-7730", "licence"),
    ("Custody fight; court case III RC 1182/24 is listed for March.", "III RC 1182/24", "account"),
    ("Farmer near Aibling, tractor RO-MB 2207, barn fire last spring.", "RO-MB 2207", "vehicle"),
    ("Courier in Go Vap, bike 51-H3 228.46, crashed twice this year.", "51-H3 228.46", "vehicle"),
    ("His wife left in juin 2024 and he has not slept since.", "juin 2024", "date"),
    ("Teen in the camp, Block C-7, Shelter 118, panic during storms.", "Block C-7, Shelter 118", "street_address"),
    ("He drives a tram past os. Kościuszkowskie 14 every night.", "os. Kościuszkowskie 14", "street_address"),
    ("Mrs Hettie Oyelaran, 93 years and 2 months old, stopped eating.", "93 years and 2 months old", "age_over_89"),
    ("Referral: Mr Albert Quenby, 98½, Ossett, existential distress.", "98½", "age_over_89"),
    ("Grief work with Nenek Salmah, a hundred and two, who outlived her sons.", "a hundred and two", "age_over_89"),
    ("Nonna Carmela, centenaria since March, asks for her priest.", "centenaria", "age_over_89"),
])
def test_round35_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "The Deaf PHQ-9 was validated at Gallaudet University and is free to use.",
    "The hoarding research team at Brockhurst University publishes the best guides.",
    "The workbook is published by the University of Toronto Press.",
    "The Royal Australian College of General Practitioners has a peer support line.",
    "In Brazil the Lei Geral de Proteção de Dados covers clinical notes.",
    "In Spain you may need a Delegado de Protección de Datos for your practice.",
    "The dose went up to 92½ mg last week.",
    "We took out a loan in 2019 to fit out the practice.",
])
def test_round35_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, found", [
    ("Temitope is a med student at Hartleigh University and failing.", "Hartleigh University"),   # attends it
    ("I saw Gómez de la Torre yesterday about his debts.", "Gómez"),                  # a surname that is a word
    ("My client María de la Cruz is 40.", "María"),
    ("She grew up from Assembleia de Deus Vila Nova, her church.", "Assembleia de Deus Vila Nova"),
    ("The Mars 2020 rover mission is his special interest.", None),                   # no date: a capitalised word
])
def test_round35_counter_examples(text, found):
    if found is None:
        assert_clean(text)
    else:
        assert_flagged(text, found)

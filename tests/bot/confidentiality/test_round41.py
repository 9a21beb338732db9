"""Round 41: kinds read from spent sets 44's and 45's misses, each as its whole kind.
Found: a plate beside the vehicles of other countries and the makers' names ("kombi AFB 4418", "VW Golf B-JO 4412",
"Fiat Panda FT 418 XK"), a Danish or Faroese plate ("AB 41 738"); an Australian state and postcode closing an address
after the town or its side ("Doveton edge VIC 3175."; not "the NSW 2024 guidelines"); Spain's NIE however grouped
("X 4127 003 L") and DNI by its check letter or its label; a grid address ("417 E 400 N") and a Romanian street with
"nr." ("Str. Cantonului nr. 3").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Her uncle's kombi ADF 7718 was stopped at the roadblock.", "ADF 7718", "vehicle"),
    ("The Toyota Corolla AB 12 345 was found burnt out by the harbour.", "AB 12 345", "vehicle"),
    ("She lives at 8 Wattle Street, Morwell's east end VIC 3840.", "3840", "zip_code"),
    ("Residence card shows NIE Y 2215 908 T and nothing else.", "Y 2215 908 T", "ssn"),
    ("He gave me his DNI 71234567L for the invoice.", "71234567L", "ssn"),
    ("Her flat is 1288 S 700 E, near the temple.", "1288 S 700 E", "street_address"),
    ("Mail goes to Str. Horea nr. 14, Turda.", "Str. Horea nr. 14", "street_address"),
    ("Send it to Calea Victoriei nr. 22B, sector 1.", "Calea Victoriei nr. 22B", "street_address"),
])
def test_round41_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "The NSW 2024 guidelines on restrictive practices came out in March.",
    "Her BP was 120 over 80 in the car park, and the GAD-7 was 14.",
])
def test_round41_not_identifiers(text):
    assert_clean(text)

"""contact: phone (US and non-US formats), fax, e-mail, url, ip."""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged

FOUND = [
    ("Her landline is 020 7946 0958 and her mum answers.", "020 7946 0958", "phone"),
    ("Text him on 07700 900123 if he misses the group.", "07700 900123", "phone"),
    ("Sydney office: (02) 5550 4471.", "(02) 5550 4471", "phone"),
    ("Her Dublin number is 01 555 0193.", "01 555 0193", None),
    ("Call +64 21 555 0199 after nine.", "+64 21 555 0199", "phone"),
    ("Fax the ROI to (503) 555-0144.", "(503) 555-0144", "fax"),
    ("He emails from t.ruiz88@example.net.", "t.ruiz88@example.net", "email"),
    ("Her blog is at quietharbourjournal.example.com.", "quietharbourjournal.example.com", "url"),
    ("The logins came from 198.51.100.23.", "198.51.100.23", "ip_address"),
]


@pytest.mark.parametrize("text, substring, category", FOUND)
def test_found(text, substring, category):
    assert_flagged(text, substring, category)


@pytest.mark.parametrize("text", [
    "Scores went 12 14 16 18 over four weeks.",
    "Scores: 0 1 2 3 on each item.",
])
def test_clean(text):
    assert_clean(text)


# Round 4: a range of amounts in international units or lab units is not a local phone number.
@pytest.mark.parametrize("text", [
    "He takes 100-5000 IU of D3 depending on the season.",
    "Range 150-4000 units, titrated weekly.",
    "Viral load 200-1000 copies at the last draw.",
])
def test_round4_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, substring", [
    ("Her cell is 555-0162, text first.", "555-0162"),
    ("call 555-0188 after 5 pm", "555-0188"),
])
def test_round4_local_numbers_still_found(text, substring):
    assert_flagged(text, substring, "phone")

"""places: towns (from GeoNames and by structure), neighbourhoods, schools, businesses, ZIPs, addresses."""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged

FOUND = [
    ("They rent a place in Corbin Heights now.", "Corbin Heights", "place"),
    ("Her ex works at Halloran Crossing, the new outlet mall.", "Halloran Crossing", "place"),
    ("Referred by Sable Creek Valley Behavioral Health.", "Sable Creek Valley Behavioral Health", "place"),
    ("He's a senior at Dunmore High.", "Dunmore High", "place"),
    ("She volunteers at the Eastgate Co-op on weekends.", "Eastgate Co-op", "place"),
    ("He brews at Coldwater Brewing and drinks on shift.", "Coldwater Brewing", "place"),
    ("Her daughter attends Birchwood Elementary.", "Birchwood Elementary", "place"),
    ("They moved to 72 Tanner Road, Ellisford last year.", "Ellisford", "place"),
    ("we did the intake at 19 fern st, harwick and she cried", "harwick", "place"),
    ("she moved to kalamazoo after the divorce", "kalamazoo", "place"),
    ("He grew up near Tralee and speaks of it often.", "Tralee", "place"),
    ("Her address ends in 30307 and she fears mail going astray.", "30307", None),
    ("The zip there is 94110 I think.", "94110", "zip_code"),
    ("He lives in Decatur 30030 with his aunt.", "30030", "zip_code"),
    ("He lives in apt 4C with three roommates.", "apt 4C", "street_address"),
]


@pytest.mark.parametrize("text, substring, category", FOUND)
def test_found(text, substring, category):
    assert_flagged(text, substring, category)


@pytest.mark.parametrize("text", [
    "She moved from Ohio to Texas and her family is from Korea.",
    "Skills Training in Affective and Interpersonal Regulation is the plan.",
    "Her Hashimoto's is flaring again.",
    "CPT 90837 billed twice; code 90791 at intake.",
])
def test_clean(text):
    assert_clean(text)

"""names and places, fourth round: kinds the demoted locked set 3 showed missed. New examples only."""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged

NAMES = [
    # a word that is also a name, then a possessive and a relative
    ("Patience's grandmother wants to sit in on every session.", "Patience"),
    ("I told Harmony's dad we need a release first.", "Harmony"),
    # a parenthesis naming a relation or twins
    ("Precious and Miracle (twins, 9) were referred after the fire.", "Precious"),
    ("Tumelo (her nephew) has been staying with them since June.", "Tumelo"),
    # a lower-case full name after "pt is" / "client was"
    ("so the new pt is leilani akana and she's 19", "leilani akana"),
    ("client was tariku bekele, the one from last month", "tariku bekele"),
]
PLACES = [
    ("he's a retired miner, lives alone in ely now", "ely"),
    ("they moved to 59231 (saco, MT) last spring", "saco"),
    ("his son's at Our Lady of Mercy elementary and the nuns love him", "Our Lady of Mercy elementary"),
    ("she teaches at Greenbriar middle school, 7th grade", "Greenbriar middle school"),
    ("grew up in st. albans and never left", "st. albans"),
]
CLEAN = [
    "pt is hypomanic again and not sleeping",
    "client was dysregulated all session, then tearful",
    "pt is perimenopausal and the night sweats wreck her sleep",
    "God's love is the frame she keeps coming back to.",
    "Mounjaro has changed her relationship with food completely.",
    "for this pt hope is the intervention, honestly",
    "MBI emotional exhaustion subscale is high, depersonalisation low.",
    "She's in therapy in earnest now, and in recovery.",
]


@pytest.mark.parametrize("text, substring", NAMES)
def test_names(text, substring):
    assert_flagged(text, substring, "name")


@pytest.mark.parametrize("text, substring", PLACES)
def test_places(text, substring):
    assert_flagged(text, substring, "place")


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)


def test_a_measure_after_a_comma_is_not_a_name():
    assert_clean("assessed the new client, MBI depersonalisation scores were high")

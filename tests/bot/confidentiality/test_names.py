"""names: candidates by what a word is NOT (not common English, not clinical, not on the safe list)."""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged

FOUND = [
    ("my client radoslaw missed again", "radoslaw"),
    ("my client tomasz said he would come back", "tomasz"),
    ("saw kwabena mensah-oduro today, he was flat", "kwabena"),
    ("update: bill okafor is back in hospital", "okafor"),
    ("a woman named ingeborg", "ingeborg"),
    ("Her sister-in-law Mehwish keeps calling the school.", "Mehwish"),
    ("The intake with Oluwadamilare went long.", "Oluwadamilare"),
    ("I asked Tsegaye what he remembered.", "Tsegaye"),
    ("We talked about Ikenna's father and the farm.", "Ikenna"),
    ("Gaukhar said the shelter was full.", "Gaukhar"),
    ("Her boyfriend, Lachlan Pemberton-Ross, is controlling.", "Lachlan"),
    ("THE NOTE WAS SIGNED BY MRS ABERNETHY.", "ABERNETHY"),
    ("Hunter keeps cancelling, then apologising.", "Hunter"),
]


@pytest.mark.parametrize("text, substring", FOUND)
def test_found(text, substring):
    assert_flagged(text, substring, "name")


@pytest.mark.parametrize("text", [
    "Declining invitations feels safer than rejection.",
    "The family says Grace before dinner and she hates it.",
    "We read Winnicott and some Bowlby in supervision.",
    "She uses Headspace most mornings.",
    "He listens to Huberman every day.",
    "Sertraline helped; Lamotrigine was added later.",
    "Her Crohn's flares in exam season.",
    "Late-career therapist, practicing since 1998.",
    "Will she come back? Hope so.",
    "The Gottman method and Linehan's skills both came up.",
])
def test_clean(text):
    assert_clean(text)

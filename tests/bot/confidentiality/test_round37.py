"""Round 37: kinds read from spent set 37's misses and false alarms, each as its whole kind.
Found: a plate whose country's letters come first after a vehicle word, now also a boat, a snowmobile, a quad
("snowmobile SE FXR 418", "boat PA-DAR 0418"); a labelled number after two groups of letters and a space ("chart
DSEI-YY 2025-0418", "file CURE-MRD 4418"); a date of the Solar Hijri calendar ("1405/03/14"); "a hundred years and
six months"; Bermuda's postcodes ("Pembroke East, HM 08").
Not flagged any more: a body that is no site, by its last word - Agency, Group, Systems, Alliance, Commission
("the European Medicines Agency", "the Children's Oncology Group") - unless a client is at one or a town is so
named ("the Crow Agency side of the county").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Herder in crisis, snowmobile NO KRT 551, lost two calves in the storm.", "NO KRT 551", "vehicle"),
    ("Fisher from the coast, boat PA-LOM 2207, found the bodies last week.", "PA-LOM 2207", "vehicle"),
    ("The mission chart DSEI-KW 2024-1187 lists her malaria twice.", "DSEI-KW 2024-1187", "medical_record"),
    ("Girl of 14, fistula repair, file HOPE-FST 2291 at the mission clinic.", "HOPE-FST 2291", "medical_record"),
    ("Last session was 1404/11/02 by their calendar, and he has not called since.", "1404/11/02", "date"),
    ("Widow of the lighthouse keeper, a hundred years and two months, very deaf.",
     "a hundred years and two months", "age_over_89"),
    ("Moped crash: Keisha, 11 Harbour Road, Flatts Village, FL 04, broke her wrist.", "FL 04", "zip_code"),
])
def test_round37_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "The European Medicines Agency still accepts both scales in trials.",
    "The Psychosocial Standards from the Children's Oncology Group are great.",
    "Is there a cheaper training route through Multi-Health Systems for the PCL-R?",
    "The Family Rights Group has a helpline for kinship carers.",
    "Coffee all day, HR 08 in the morning is not a thing, the file is big.",
])
def test_round37_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, found", [
    ("She's on the Crow Agency side of the county and her ex knows it.", "Crow Agency"),
    ("He works at the Harbourview Group in Saint John, night shifts.", "Harbourview Group"),
])
def test_round37_sites_stay_flagged(text, found):
    assert_flagged(text, found)

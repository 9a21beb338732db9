"""Round 55: kinds read from spent sets 72's and 73's misses and false alarms, each as its whole kind.
Found: an age of the nineties in the words of another language, with no unit after it ("quatre-vingt-douze",
"doksan üç", "sembilan puluh satu", "kyūjūni", "chín mươi hai", "tishim ve-shalosh", "navad o do", "gau sap yat"); a
settlement named as one ("Cedar Bend Settlement", "from Blue Horse village"); parts of a camp within parts ("Zone B
Section 7") or after a comma ("..., Harbour Camp 2, ..."); a town between commas before a Canadian province's code
("..., Empress, AB, ..."); a date with a Romanian, Croatian, Turkish or Indonesian month.
Kept: a Korean province without its "-do" ("Gyeonggi"); "Día de Muertos"; a word made of an ID's name and "-free" or
"-only" ("Aadhaar-free consent", "Aadhaar-only sign-in").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Her grandmother, quatre-vingt-douze, still walks to the market.", "quatre-vingt-douze", "age_over_89"),
    ("His father is doksan üç and lives with them.", "doksan üç", "age_over_89"),
    ("Nenek Salmah turned sembilan puluh satu last month.", "sembilan puluh satu", "age_over_89"),
    ("Okada-san, kyūjūni, asked for the interpreter again.", "kyūjūni", "age_over_89"),
    ("Bà Lan, chín mươi hai, lives with her grandson.", "chín mươi hai", "age_over_89"),
    ("Savta Rivka, tishim ve-shalosh, refuses the home.", "tishim ve-shalosh", "age_over_89"),
    ("Bibi Gul, navad o do, came with her nephew.", "navad o do", "age_over_89"),
    ("Mr Chan, gau sap yat, wants the sessions in Cantonese.", "gau sap yat", "age_over_89"),
    ("Referral: Darla Creech, Cedar Bend Settlement, lost her husband in May.", "Cedar Bend Settlement", "place"),
    ("Tokala from Blue Horse village on the reservation is 15.", "Blue Horse", "place"),
    ("Nan Khin from Umpiem Zone B Section 7 has no school place.", "Umpiem Zone B Section 7", "place"),
    ("Aron Friesen, Harbour Camp 2, lost a finger at the mill.", "Harbour Camp 2", "place"),
    ("Referral for a new arrival, Empress, AB, who works nights at the feedlot.", "Empress", "place"),
    ("The letter gives a discharge date of 4 octombrie 2024.", "4 octombrie 2024", "date"),
    ("Admitted 18 svibnja 2025 after the flood.", "18 svibnja 2025", "date"),
    ("Her son was born 6 şubat 2023, the night of the quake.", "6 şubat 2023", "date"),
])
def test_round55_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "A client in Gyeonggi asks whether hwa-byung is in the DSM.",
    "Several families move their sessions around Día de Muertos.",
    "The portal now wants Aadhaar-free consent forms for every intake.",
    "The clinic wants Aadhaar-only sign-in now.",
])
def test_round55_not_identifiers(text):
    assert_clean(text)

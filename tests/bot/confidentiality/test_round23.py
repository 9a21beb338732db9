"""Round 23: kinds read from spent set 22's misses and false alarms (after round 22 was scored on it), each as its
whole kind.  Found: a town named on its own as a fragment of a note, before "campus" or before "-born"; a holiday of
one day with its year ("Thanksgiving 2025"); hospitals named the Spanish, Portuguese, French, Italian or German
way ("Hospital La Fe", "Ospedale San Raffaele"); German plates and a US state's letters before a plate, plates
after the word for a plate in other languages; a serial number right after its device; dates written the Korean,
Chinese or Japanese way.  Not flagged any more: a product's or a body's domain written as a name ("Doxy.me"), two
authors joined by "&" in parentheses or before their model, an author in parentheses after a quoted title.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    # towns by themselves
    ("Insomnia and low mood, 50s. Guarapuava. Any thoughts on sleep restriction?", "Guarapuava", "place"),
    ("Recently separated. Bacolod City. Wants evening slots only.", "Bacolod City", "place"),
    ("He plays football on the Cheney campus and hides his drinking.", "Cheney", "place"),
    ("Odesa-born client, 41, new to the area, grief after the war.", "Odesa", "place"),
    # holidays of one day with the year
    ("Her father died on Easter Sunday 2019 and April is brutal for her.", "Easter Sunday 2019", "date"),
    ("Clean since Thanksgiving 2024, he says, and proud of it.", "Thanksgiving 2024", "date"),
    ("The assault happened at Diwali 2023, at a family party.", "Diwali 2023", "date"),
    # institutions named in their own language's order
    ("She was discharged from Hospital Italiano last month.", "Hospital Italiano", "place"),
    ("Rotated through Ospedale Sant'Orsola before the move.", "Ospedale Sant", "place"),
    ("Referred by Centro de Saúde da Graça for anxiety.", "Centro de Saúde da Graça", "place"),
    # plates
    ("Her ex's car, K-DR 5120, was outside the school again.", "K-DR 5120", "vehicle"),
    ("The truck with plates TN 4HB 772 keeps following her home.", "TN 4HB 772", "vehicle"),
    ("matrícula 3391 HJT, a grey Seat, seen near her flat twice.", "3391 HJT", "vehicle"),
    # serial numbers after the device
    ("His Garmin PX29KQ4471 tracks every run; the sleep data scares him.", "PX29KQ4471", "device"),
    ("The insulin pump 7TQ220-XK alarmed all night and she panicked.", "7TQ220-XK", "device"),
    # dates the Korean, Chinese or Japanese way
    ("Discharged 2024년 3월 18일 and readmitted a week later.", "2024년 3월 18일", "date"),
    ("Her mother died 2023年11月2日 and the anniversary is close.", "2023年11月2日", "date"),
])
def test_round23_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "We moved the group from Doxy.me to a new platform in March.",
    "Transcripts from Otter.ai are handy but I worry about storage.",
    "Motivational interviewing for anxiety (Barrow & Kessick) is my go-to.",
    "I supervise with the Lindell & Moor Reflective Practice Model now.",
    '"Grief Is a Long Walk" (Osterhagen) is good for teens.',
    "Christmas 2020 was hard for everyone in the group.",
    "Grief work. Zoloft. Any ideas?",
    "Texas-born colleagues, help me with the licensing board.",
])
def test_round23_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, found", [
    ("See her own site Quiltsbyanna.com, it has her full name.", "Quiltsbyanna.com"),
    ("My couples (Ofa & Sione) both asked about Tuesday.", "Ofa"),
])
def test_round23_still_flagged(text, found):
    assert_flagged(text, found)

"""Round 29: kinds read from spent set 29's misses and false alarms, each as its whole kind.
Found: a lower-case given name and a surname no English list has, in text typed in lower case ("re aoife
kilbride", "for yael bar-lev", "ask maddie o'rourke"); a client's car after their possessive is no book title
("Ana Ruiz's Honda Civic was taken").  Not flagged any more: learned terms whose ending no name has
("Trichophagia", "Pseudologia", "Mythomania", "Audiologists"; not yet a Latin phrase
whose second word is in no list, "Pseudologia Fantastica"); a public day's date ("World Kindness Day is
November 13th"); an author after "from" and a therapy, a methodology, a revised measure or a method in capitals;
a method in capitals before its author in parentheses ("Narrative Exposure Therapy (Schauer)"); a book title
followed by "and" and more of a list; a product named "<title> app" ("the Mindshift Coach app"); chat clippings
("prior auth", "her appt").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found", [
    ("pls send the letter re aoife kilbride to her GP today, she's anxious about it", "aoife kilbride"),
    ("can someone cover for yael bar-lev, she's booked at 4 and i'm stuck", "yael bar-lev"),
    ("need to ask maddie o'rourke about the invoice before friday", "maddie o'rourke"),
    ("Ana Ruiz's Honda Civic was taken from the clinic car park.", "Ana Ruiz"),
    ("Ana Ruiz's Honda Civic and the keys were taken.", "Ana Ruiz"),
    # counter-examples that must stay flagged
    ("Her Adoption Day is March 3rd and she dreads it every year.", "March 3rd"),   # a family's own day
    ("World Mental Health Day is October 10th 2024 and he was admitted then.", "October 10th 2024"),
    ("I've got CCTV from Cotteridge parade showing the car.", "Cotteridge"),        # a recording, then a place
    ("my client's Coach taylor said she should quit the team", "taylor"),          # a title, then a name
    ("Ana Ruiz's Trauma and the Court case is hard on her.", "Ana Ruiz"),           # her trauma, not a title
    ("the Lindqvists cancelled again, third time", "Lindqvists"),                  # a family, not a profession
])
def test_round29_found(text, found):
    assert_flagged(text, found)


@pytest.mark.parametrize("text", [
    "Trichophagia is rare but it came up twice this month in the adolescent group.",
    "We talked about Pseudologia and whether Mythomania is still a useful word.",
    "The Audiologists at the hearing service are lovely to co-work with.",
    "Reminder: World Kindness Day is November 13th, a nice hook for the newsletter.",
    "I use Narrative Exposure Therapy from Schauer and Neuner with asylum seekers.",
    "The Body Shame Inventory-Revised from Ferreira and Pinto-Gouveia is on my list.",
    "Try STAIR from Cloitre for the skills phase.",
    "Imagery Rehearsal Therapy (Krakow) is worth a look for nightmares.",
    "I keep lending out Pat Ogden's Trauma and the Body and the sensorimotor workbook.",
    "Clients like the Mindshift Coach app between sessions.",
    "Spent the morning on the phone about prior auth again.",
])
def test_round29_not_identifiers(text):
    assert_clean(text)

"""Round 15: kinds read from spent set 14's misses and false alarms (after round 14 was scored on it): full names'
possessives and records before a word that can name a method ("school", "chart"); names with an apostrophe inside
("Mata'afa"); "nickname is"; hyphenated lower-case names; "X, Y and their mum"; "60-ish"; Vietnamese names by their
shape; ages "on her last birthday" and "in his ninety-fifth year"; spaced plates; Nordic streets and postcodes; rural
routes with a box; wards; districts around a UK postcode; "the Lower Ninth Ward".  Against false alarms: authors in
parentheses after a method or a course, a town that is an author there, a professional body's meeting in a big city,
professions in -ologist and -ician, peoples in the plural, festivals, islands and regions the size of a state.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, name", [
    ("Wambui Njoroge's school nurse asked me to fax her notes.", "Wambui Njoroge"),
    ("Fa'amoana's phone log shows calls at 3am.", "Fa'amoana"),
    ("Kealoha's car was outside my office again.", "Kealoha"),
    ("Joaquim Bettencourt chart #55-10442 came with the referral.", "Joaquim Bettencourt"),
    ("Her nickname is Sparrow, real name Seraphina, and she's 14.", "Sparrow"),
    ("kai-mana texted at 2am again, can't sleep.", "kai-mana"),
    ("Tamati, Hine and their dad are moving north.", "Tamati"),
    ("Dodge, 70-ish, sleeps in his van behind the marina.", "Dodge"),
    ("met pham thi thu trang's aunt at the school gate.", "pham thi thu trang"),
])
def test_round15_names(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text, found, category", [
    ("Her great-grandmother (92 on her last birthday) lives with them.", "92", "age_over_89"),
    ("Mr Halloran, in his ninety-third year, asked about dying at home.", "in his ninety-third year", "age_over_89"),
    ("The ute, KT 55 JR, was found at the lookout.", "KT 55 JR", "vehicle"),
    ("New address: Aleksanterinkatu 55 A 3, 00100 Helsinki.", "Aleksanterinkatu 55 A 3", "street_address"),
    ("Send it to Vasagatan 55, 411 24 Göteborg.", "411 24", "zip_code"),
    ("Mail goes to Route 4 Box 551 now.", "Route 4 Box 551", "street_address"),
    ("She was moved to Ward 12C overnight.", "Ward 12C", "place"),
    ("Flat 2, 19 Alum Rock Road Saltley B8 1JB is the new address.", "Saltley", "place"),
    ("postcode PA20 9AB - Rothesay, and no bus after six.", "Rothesay", "place"),
    ("They never went back to the Lower Ninth Ward after the storm.", "Lower Ninth Ward", "place"),
])
def test_round15_patterns_and_places(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "Session 3 of the 8-week MBSR course (Kabat-Zinn, Santorelli) and two have dropped.",
    "Prolonged exposure (Foa) or written exposure therapy (Sloan)? Both have data.",
    "Who is going to the ISTSS in Boston? Or the EMDRIA conference in Denver? Share a cab?",
    "Endocrinologist wants her off the lithium. Podiatrist says the neuropathy is worse.",
    "Any Swedes or Finns here who work with sauna culture and shame?",
    "Her family is from Sumatra and they celebrate Carnaval with her husband's side.",
    "We do van pickups on Fridays from the hostel.",
])
def test_round15_not_identifiers(text):
    assert_clean(text)

"""Round 16: kinds read from spent set 15's misses and false alarms (after round 15 was scored on it): names corrected
as they are typed ("X? no - Y", "X - sorry, Y?"), a pupil by their school year ("Marigold in Y9"), someone addressed
by name ("Nurbol please see above"), "(not her real name? ...)", ages "93 this year", "(95 in October)", "91 and
sprightly", a bus's plate after "bus no.".  Against false alarms: systems, brands and degrees with a capital inside
("MyConcern", "SystmOne", "PsyD", "HaShoah"; not "DeShawn", "McKenzie", "JoJo", "KwaDukuza"), a participle after
"called" ("called asking"), nouns of English shape opening a sentence ("Reimbursement seems OK"), an author after
their work ('"The Gift" by Edith Eger'), a medicine's brand with its generic in parentheses, "Freshers' Week".

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, name", [
    ("Tevita? no - Tevite, sorry, phone keyboard. He is 31 and just out.", "Tevita"),
    ("Siosaia - sorry, Sione? The one from Tuesday's group.", "Siosaia"),
    ("quick one: Primrose in Y10 keeps asking to leave lessons.", "Primrose"),
    ("Akosua please see my message above about Friday.", "Akosua"),
    ("Bramble (not her real name? it is, actually) is 9 and won't speak at school.", "Bramble"),
    ("DeShawn and his sister LaToya both came to the session.", "DeShawn"),
    ("JoJo (pt, 7) threw the sand tray again.", "JoJo"),
])
def test_round16_names(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text, found, category", [
    ("Old Mr Pettigrew, 94 this year, still walks to the shop.", "94 this year", "age_over_89"),
    ("Her nan (96 in May) is moving in with them.", "96 in May", "age_over_89"),
    ("Ottoline Vance, 92 and fierce, runs the allotment committee.", "92 and fierce", "age_over_89"),
    ("drives the school run, bus no. SCH 55 KT, and panics on the bypass.", "SCH 55 KT", "vehicle"),
])
def test_round16_ages_and_plates(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "Our trust moved from RiO to SystmOne and half the notes are missing.",
    "Is a PsyD worth it at 50? Or stay an LPC?",
    "Does anyone run groups around Yom HaShoah with 3G clients?",
    "The office manager called asking for session dates for payroll.",
    "Reimbursement takes 60 days now. Supervision is unpaid too.",
    "Reading 'Man's Search for Meaning' by Viktor Frankl again with a client group.",
    "Switched from Sublocade (monthly buprenorphine) to daily Suboxone.",
    "Freshers' Week is our busiest for drop-ins.",
    "Is that PHQ? no, it's the GAD-7 I meant.",
])
def test_round16_not_identifiers(text):
    assert_clean(text)

"""Round 36: kinds read from spent set 36's misses and false alarms, each as its whole kind.
Found: a postcode with its country's letters after the town ("Sandavágur, FO 360"); a postcode standing alone after
a Danish floor and side when the street was not read ("..., 2. tv., 8660, Skanderborg"); a disability card's UDID;
a pilot's licence by its label, and a number after two groups of capitals ("ATPL GCAA ATPL 1127").
Not flagged any more: an author's given name and surname before the possessive and the title of their book ("Nancy
Brennan's Time to Heal") - unless what follows is the client's own thing named for a place or a body ("Rima ...'s
Dubai Healthcare City file", "...'s South African plate").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Fisherman in grief, Heygabrekka 4, Miðvágur, FO 370; his brother drowned.", "FO 370", "zip_code"),
    ("New address for the letters: Bahnhofweg 3, Visperterminen, CH-3932.", "CH-3932", "zip_code"),
    ("Mette moved to Engvænget 9, st. tv., 8700, Horsens; send the bill there.", "8700", "zip_code"),
    ("His UDID JK0420718822901177 is on the pension form.", "JK0420718822901177", "device"),
    ("Captain Osei, ATPL GCAA ATPL 2281, grounded after the incident.", "GCAA ATPL 2281", "licence"),
])
def test_round36_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "I love Ada Brennan's Time to Heal for supervision; it shapes my Tuesday sessions.",
    "I recommend Susan Egan's Healing After Loss to most widowers.",
    "Temp 38.4 C, HR 112, so I sent her home. Do I still charge the fee?",
    "Coffee and energy drinks all day, HR 118 in session, no wonder the panic is bad.",
])
def test_round36_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, found", [
    ("Question about Rima Haddadin's Dubai Healthcare City file no DHCC-338210 from last week.", "Rima Haddadin"),
    ("I saw Bongani Zulu-Pearson's South African plate CA 418-992 on the report.", "Bongani Zulu-Pearson"),
    ("My client Ana Ruiz's Medicaid Card came back.", "Ana Ruiz"),
])
def test_round36_clients_stay_flagged(text, found):
    assert_flagged(text, found)

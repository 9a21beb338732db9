"""Round 34: kinds read from spent set 34's misses and false alarms, each as its whole kind.
Found: an IBAN of its country's length however it is introduced, even with a mistyped check digit ("Revolut IE..");
a national identity number by its label, whatever its shape ("NIN CM..."); a serial number after the maker and
model that "serial" introduces; the postcode after a Danish or German floor and side ("2. th.", "3. OG"); a plate in
Cyrillic or Greek letters after the word for a vehicle; "a full hundred years old".  Not flagged any more: a site's
or town's name running on over a full stop into the next sentence ("... Narrative Therapy. The Dulwich Centre ..."), which
also makes the highlighted span end where the place does; a month after a word of time ("the conference in May
said ..."); four-letter plurals of English words ("Tics").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged, flagged


@pytest.mark.parametrize("text, found, category", [
    ("Gambling debts: Oisín pays from Revolut IE71 REVO 9904 1120 8833 05 every Friday.",
     "IE71 REVO 9904 1120 8833 05", "account"),
    ("Refugee client, NIN CF90071234PQRS on the UNHCR letter, nightmares since the camp.", "CF90071234PQRS", "ssn"),
    ("Her national identity number 88-2291-0473 is on the asylum form.", "88-2291-0473", "ssn"),
    ("Sleep clinic letter: CPAP serial Philips DreamStation 40918273355 for Mr Okafor-Lind.", "40918273355", "device"),
    ("Letter for Sigrid, Æblehaven 9, 2. th., 8660 Skanderborg Øst, about her appointment.", "8660", "zip_code"),
    ("New address: Birkenweg 7, 3. OG, 04177 Leipzig-Lindenau - please update the file.", "04177", "zip_code"),
    ("His truck, plate АН 4471 ВК, was impounded after the DUI.", "АН 4471 ВК", "vehicle"),
    ("Her mother, a full hundred years old, still lives alone on the farm.", "a full hundred years old", "age_over_89"),
])
def test_round34_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "The study day is on Narrative Therapy. The Dulwich Centre has agreed to send readings.",
    "I use the criteria from the ICD-11. GamCare in Britain also offers support for loot boxes.",
    "Anyone use the Barkley scale? The Royal College guidance is vague on adult ADHD.",
    "My supervisor at the EMDR conference in May said the protocol works for most teens.",
    "CBIT (Comprehensive Behavioral Intervention for Tics) training is worth the cost.",
    "The serial number is on the box, not on the device.",
    "Our vehicle 1234 fleet policy changed in March.",
])
def test_round34_not_identifiers(text):
    assert_clean(text)


def test_round34_a_town_before_a_full_stop_is_highlighted_alone():
    text = "She lives at 42 Oakdene Avenue, Hartcliffe. He says people know where he is."
    spans = [span for _category, span in flagged(text)]
    assert "Hartcliffe" in spans
    assert not any(". He" in span for span in spans)


@pytest.mark.parametrize("text, found", [
    ("May said she would come back after the holidays.", "May"),          # a person opening the sentence
    ("She lives at the St. Brigid's Home in Carrowkeel now.", "St. Brigid's Home"),  # "St." keeps its dot
    ("In March, 2019 Paris was cold.", "March, 2019"),                        # no floor and side: a date
])
def test_round34_counter_examples_stay_flagged(text, found):
    assert_flagged(text, found)

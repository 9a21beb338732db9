"""Round 25: kinds read from spent set 25's false alarms (its clean half is dense with capitalised terms: 11 a
snippet), each as its whole kind.  Not flagged any more: organisations a practice deals with every week - payers,
practice software, telehealth platforms, therapist networks, apps, bodies, medicine makers (wordlists.
HEALTH_ORGANISATIONS, less the one-word ones that are people's names too); greetings in the colleagues' languages;
levels of care ("Intensive Outpatient"); a big city where a capitalised event is held ("the ... Conference in
Denver": the event words were looked for in lower case only); authors after a talk or a book's title and "by",
after a training and "with", with "van der" in their names, in parentheses after a versioned measure ("the OQ-45
(Lambert)"); a given name and surname taken for a town before a possessive and a work.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text", [
    "Does Premera still need a treatment plan after session 12? Regence dropped that last year.",
    "We moved from TherapyNotes to SimplePractice and billing through Availity is easier now.",
    "Medibank and Bupa members get a rebate for telehealth but HCF is slower to pay.",
    "Teva's generic escitalopram gives some clients more nausea than the Lundbeck brand.",
    "Kia ora koutou! Quick question about ACC levies for counsellors.",
    "Hei from Norway - anyone using the CORE-10 in Norwegian?",
    "Bonjour from Quebec: does anyone use the GAD-7 in French with teens?",
    "Does Tricare cover Intensive Outpatient through telehealth now?",
    "The ACBS World Conference in Vancouver was worth every cent.",
    "The keynote by Priscilla Harwood on rural burnout was the best hour of the week.",
    "Attachment Across the Lifespan by Morrow and Kessing is on my desk again.",
    "Supervision training with Dalby, Marr and Quist was excellent value.",
    "The phase model (Trauma and Dissociation by Van der Linde and Oorschot) still holds up.",
    "We use the Dutch version of the PCL-5 (Westerhof) at intake.",
])
def test_round25_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, found", [
    ("Alma called back about her son's school on Thursday.", "Alma"),        # a given name, not the network
    ("Ola's hospital records arrived by fax this morning.", "Ola"),           # a given name, not the greeting
    ("He moved from Maria Lopez's flat to a shelter in March.", "Maria Lopez"),
    ("Jamal Price's Toyota Camry for sale was in the post; his ex saw it.", "Jamal Price"),
    ("Eircode for the visit is H91 K7T2 (Salthill), dog on premises.", "Salthill"),
])
def test_round25_people_and_places_still_flagged(text, found):
    assert_flagged(text, found)

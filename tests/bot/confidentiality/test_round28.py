"""Round 28: kinds read from spent set 28's misses and false alarms (dense clean text), each as its whole kind.
Found: a site named "... House" or "... Vale" ("Taylor House", "the Brunswick Vale rooms"), not a model or a landmark
("the Sound Relationship House", "Sydney Opera House").  Not flagged any more: a city with the month or season an
event is held there, in a sentence about a training or a conference ("a cohort in Melbourne in March"); an
observance named in capitals ("Therapist Appreciation Day"); trainers after a training's title and "with"; more
services, journals, publishers and authors (wordlists).

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found", [
    ("Faxing the discharge summary to the psychiatrist at Carrowkeel House this afternoon.", "Carrowkeel House"),
    ("She rang from the Ashgrove Vale rooms, upset about the bill.", "Ashgrove Vale"),
    ("He moved to Seattle in March and the nightmares came back.", "Seattle"),  # no event: a client's city
    ("Her son Kofi Day is 12 and refuses school.", "Kofi Day"),                 # a name, not an observance
])
def test_round28_found(text, found):
    assert_flagged(text, found)


@pytest.mark.parametrize("text", [
    "The Gottman Sound Relationship House still helps me structure the first sessions.",
    "Sydney Opera House is on every postcard she sends her sister.",
    "There's a DBT intensive cohort in Melbourne in March and another online in June.",
    "The AAI coding course is in London every Autumn and costs a fortune.",
    "Does anyone celebrate Therapist Appreciation Day at their practice?",
    "Training alert: ACT for Psychosis Recovery with Eric Morris and Joe Oliver, online over four weeks.",
    "The Lancet Psychiatry had a good piece on esketamine this month.",
    "Tresillian and Karitane both run sleep programmes for new parents in NSW.",
])
def test_round28_not_identifiers(text):
    assert_clean(text)

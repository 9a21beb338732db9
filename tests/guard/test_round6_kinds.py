"""Round 6: false alarms removed by KIND, with recall kept.

Every example here was written for these rules; none is taken from an evaluation set.  Each kind has
clean examples (what the rule lets through) and flagged ones (what it must still catch).
"""
from __future__ import annotations

import pytest

from tests.guard._support import assert_clean, assert_flagged

# --- published service numbers (helplines, crisis lines, SMS short codes) ------------------------------
SERVICE_CLEAN = [
    "For UK clients I give out the NSPCC helpline 0808 800 5000 and Childline on 0800 1111 as well.",
    "Beyond Blue is 1300 22 4636 and Kids Helpline 1800 55 1800; both are on my safety plan template.",
    "The 116 111 children's line works across most of Europe, handy for expat families.",
    "In NZ the Depression Helpline is 0800 111 757 - free call, any hour.",
    "Text SHOUT to 85258 is the UK crisis text line; I put it next to the Samaritans number.",
    "the 40404 text line closed at midnight, so she called the crisis service instead",
]


@pytest.mark.parametrize("text", SERVICE_CLEAN)
def test_service_numbers_are_clean(text):
    assert_clean(text)


SERVICE_FLAGGED = [
    # a personal label right before the number: somebody's own line, not the service's
    ("she is a crisis worker and gave me her mobile 0800 447 219 by mistake", "0800 447 219"),
    # no helpline talk at all: a number in a reserved format is still flagged
    ("the landlord's number is 1300 448 921 and he keeps calling her at night", "1300 448 921"),
    # a fictional phone next to a helpline mention is still a phone
    ("after the crisis line she called her brother on 0412 555 019 at 2am", "0412 555 019"),
]


@pytest.mark.parametrize("text, sub", SERVICE_FLAGGED)
def test_personal_numbers_still_flagged(text, sub):
    assert_flagged(text, sub)


def test_organisation_before_service_number_is_not_a_name():
    assert_clean("Sorted on 0800 223 017 is the gambling helpline I hand out to NZ clients.")


# --- catalogue numbers: an entry of a fee schedule, guideline series, act or book -------------------------
CATALOGUE_CLEAN = [
    "Is schedule item 10990 still billable with the bulk-billing incentive, or did it become 10991?",
    "NICE guideline CG192 covers perinatal mental health; does anyone use it with dads too?",
    "Section 12345 of the county code was cited in the eviction letter, but that is public law.",
    "The worksheet on page 10412 of the combined pdf is the values card sort.",
    "Under regulation 40412 the board can ask for notes; anyone had this?",
]


@pytest.mark.parametrize("text", CATALOGUE_CLEAN)
def test_catalogue_numbers_are_clean(text):
    assert_clean(text)


CATALOGUE_FLAGGED = [
    ("item no. 44719 on the pawn ticket was her late mother's ring", "44719"),
    ("her claim 4471902 was denied and the appeal is due", "4471902"),
    ("page 12 of the chart has MRN 8841077 in the header", "8841077"),
]


@pytest.mark.parametrize("text, sub", CATALOGUE_FLAGGED)
def test_identifiers_near_catalogue_words_still_flagged(text, sub):
    assert_flagged(text, sub)


# --- schedules written as a multiplication with a unit or plural -----------------------------------------
@pytest.mark.parametrize("text", [
    "He works 4x10s at the plant and sleeps through the weekend.",
    "Clinic runs 2x8hr blocks on Saturdays; I took one of them.",
])
def test_multiplied_schedules_are_clean(text):
    assert_clean(text)

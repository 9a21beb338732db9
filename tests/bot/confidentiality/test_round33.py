"""Round 33: false alarms read from the development data (spent sets 25-33 above all) by which rule made them, each
fixed as its whole kind with no name, place or pattern lost on any development case.  Not flagged any more: a
Title Case phrase ending in the word for a body, a programme or a profession's association ("the Brockwell
Institute", "the Penrose League"); an item of a list joined by "and" or "or" to a thing the safe lists know - a
medicine, an app, a brand, common English, an abbreviation, a body ("Zoloft and Venlalor", "Meditrax or Epic",
"Kestrelly and Pallister Foundation"); learned words of Latin or Greek shape ("Psychonephrology", "Transcultural ...
Integrative", "Surrogacy"); a plural of an English word that no list of names holds ("Chaplains", "Lifeguards"); an
author after "from" and a work's title in Title Case or a toolkit, a treatment, a programme ("the Bright Minds
Programme from ...").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text", [
    # bodies and programmes
    "The Brockwell Institute runs a free webinar on moral injury next month.",
    "Has anyone had training from the Penrose League on prison visits?",
    # lists joined by "and" / "or" to a thing the lists know
    "He takes Zoloft and Venlalor, and the GP wants to review both.",
    "Our group is choosing between Meditrax or Epic for the notes.",
    "For ex-offenders I point to Kestrelly and Pallister Foundation.",
    "I'd ask NVFC and Kestrelly for their peer-support guides.",
    # learned words and plurals of English words
    "Psychonephrology is still a tiny field in the UK.",
    "UKCP seems friendlier to Integrative practitioners than the BACP.",
    "For Surrogacy, the fertility counsellors' guidance is the best start.",
    "Our hospice trains Chaplains in trauma-informed care.",
    "Lifeguards in Queensland get peer support through the surf clubs.",
    # authors after "from" and a work
    "We use the Bright Minds Programme from Harriet Okonedo-Vale in two schools.",
    "The HEARTS toolkit from Colm Brannigan is free to download.",
    "Has anyone tried Complex Grief Treatment from Miriam Oduya with teenagers?",
    "I like the Zones of Calm from Petra Lindqvist for under-tens.",
])
def test_round33_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, found", [
    # a title still names a person: "Dr." before the body's word
    ("Dr. Amelia Trust called about the referral.", "Amelia Trust"),
    # a client in a list with a medicine is still a client when joined by a comma in apposition
    ("Team, Owen Brackley is on the waiting list again.", "Owen Brackley"),
    ("A client who is a Hutterite, Elias Wurzbacher, wants phone sessions.", "Elias Wurzbacher"),
    ("Chevonne Maycock, Barbados, lives in Oistins and pays cash.", "Chevonne Maycock"),
    # two clients joined by "and" stay names
    ("Couples work with Tūhoro and Losana Vaipulu starts Tuesday.", "Tūhoro"),
    ("Couples work with Tūhoro and Losana Vaipulu starts Tuesday.", "Losana Vaipulu"),
    # a plural word where someone goes is a place, not a thing
    ("Did she leave Northfields before the move?", "Northfields"),
    # a given name that ends like a learned word is still a name after a cue
    ("My client Felicity Grangemore keeps seeing her ex's car.", "Felicity Grangemore"),
    # "from" and a person, a town or a message: not an author
    ("NI number came on the form - Callum Gunnarsen from Halkirk wants help with his PIP.", "Halkirk"),
    ("The report cards from Linnet Hollow Middle were a shock.", "Linnet Hollow Middle"),
    ("I got a letter from Aroha Ngatai last week.", "Aroha Ngatai"),
])
def test_round33_still_found(text, found):
    assert_flagged(text, found)

"""Round 38: kinds read from spent set 39's misses and false alarms, each as its whole kind.
Found: an age in years and months without "and" ("93 years 4 months", "91 yrs, 7 months"); a postcode of three and
two digits closing an address after its town (Czechia, Slovakia, Greece, Sweden: "Trnava-Kopánka, 917 01") and
Malta's three letters and four digits after a place ("Birkirkara, BKR 4022" - not an Australian state's "NSW 2479"
read as one); a town called "<Name> City" in a list ("..., Harwell City, ..."); a user name with an underscore and
digits written without its "@" ("Line id zhou_li1988").
Not flagged any more: a body by its last word, Authority, Board, Committee ("the Scottish Ambulance Authority", "the
Patient Safety Board"); a centre that is a body by the word before it ("the Human Rights Centre", "a WHO
Collaborating Centre") unless a client is at one; authors after "as" and before what they wrote or designed ("as
Tobias Rennick writes", "as Ilse Vandermeer and Okon Bassey designed them"), after "as described by", and after "from" a
method with "or" between them ("Brief Therapy from Steve de Shazer or Insoo Kim Berg").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Retired fisherman, 93 years 4 months, lives alone since his wife died.", "93 years 4 months", "age_over_89"),
    ("Great-grandmother, 91 yrs, 7 months, asks to be called by her maiden name.", "91 yrs, 7 months", "age_over_89"),
    ("Send it to Milan Hudec, Hlavná 12, Trnava-Kopánka, 917 01, before Friday.", "917 01", "zip_code"),
    ("Her mother's flat: Odos Ermou 22, Kato Patisia, 111 44; she visits weekly.", "111 44", "zip_code"),
    ("The family moved to Triq il-Wied 8, Birkirkara Old Parish Square, BKR 4022; he misses Gozo.", "BKR 4022",
     "zip_code"),
    ("Call-centre agent, Ridgeback block 3, Harwell City, night shifts for six years.", "Harwell City", "place"),
    ("He pays his dealer through Line, id zhou_li1988, and hides the phone.", "zhou_li1988", "account"),
])
def test_round38_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "The Scottish Ambulance Authority runs a peer support line for its crews.",
    "The Northern Regional Health Authority has a peer support line for its crews.",
    "Guidance from the Patient Safety Board says to document the rationale.",
    "Has anyone worked with the Human Rights Centre on torture survivors' reports?",
    "The Mental Health Department at a WHO Collaborating Centre ran the training.",
    "The Kenyan Ethics Committee and the Research Board both approved the protocol.",
    "Existential group work, as Tobias Rennick writes, depends on the here and now.",
    "We run Cognitive Therapy sessions as Ilse Vandermeer and Okon Bassey designed them.",
    "Is Narrative Exposure, as described by Harlan, Moretti and Osei, good for refugees?",
    "I'm comparing Solution Focused Brief Therapy from Steve Shazer or Insoo Berg with the Milan model.",
    "The Inner City Trust funds our youth work, and the film Sin City came up in session.",
    "She wrote PHQ_9 on the form instead of the score.",
])
def test_round38_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, found", [
    ("My client, as Marisol Quintero writes in her diary, feels unseen at work.", "Marisol Quintero"),
    ("The nightmares described by Darnell Okafor last week have stopped.", "Darnell Okafor"),
    ("She now lives at the Human Rights Centre shelter, with Amira Haddad's help.", "Amira Haddad"),
    ("The scan file scan_2024.pdf came with Ruth Ngata's referral.", "Ruth Ngata"),
])
def test_round38_people_still_found(text, found):
    assert_flagged(text, found, "name")

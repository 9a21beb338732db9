"""Round 44: kinds read from spent sets 50's and 51's misses and false alarms, each as its whole kind.
Found: a place named by what happened there ("the Mundakkai landslide", "Jajarkot quake:"); a listed town opening the
note before a heading, a comma or the person it is about ("Vénissieux referral:", "Manaus riverboat worker ...");
a name in no list before a lower-case word for a kind of place, or after such a label ("Betio islet", "Village:
Nadoria"); an age said with how it goes on ("so 94 and counting", "one hundred and one and a bit"); in chat typed in
lower case, a person and where they are from ("olafur from grafarvogur").
Not identifiers: an author's possessive before a year and a work ("Raskind's 2018 trial"); a people before people in
the plural ("our Karen clients"); Kosovo, Papua New Guinea, the Pacific; a language's variety ("Rioplatense
Spanish" is no place); a scale whose name has a plate's shape ("SCL-90-R"); practices of faith and healing and plants
people chew ("Istikhara", "Ayurveda", "khat"); a verb's -ing form after "client" ("a client grieving a stillbirth").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged, flagged


@pytest.mark.parametrize("text, found, category", [
    ("She lost her mother in the Wuyumbe mudslide and has not slept well since.", "Wuyumbe", "place"),
    ("Tarakwai quake: the family slept in the car for a month.", "Tarakwai", "place"),
    ("Gulu referral: a boy of 12, brother killed at the checkpoint.", "Gulu", "place"),
    ("Kisumu fisherman, 41, cannot go back on the water after the capsizing.", "Kisumu", "place"),
    ("Kwaleko islet fisherman, 52, cannot sleep since the storm.", "Kwaleko", "place"),
    ("Her grandmother still lives there. Village: Tombolawa.", "Tombolawa", "place"),
    ("Born in 1930, so 95 and counting, she says, and she wants to talk about her sister.", "95 and counting",
     "age_over_89"),
    ("Teuila is one hundred and one and a bit and remembers the mission school.", "one hundred and one and a bit",
     "age_over_89"),
    ("fyi tevita from fangaleounga texted, he wants tuesdays now", "fangaleounga", "place"),
])
def test_round44_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "Does anyone still use Raskind's 2018 trial to argue for prazosin?",
    "Our Karen clients find the Burmese version of the PHQ-9 hard going.",
    "Counselling for students from Papua New Guinea on visas is patchy; anyone know the rules?",
    "Haldol has a bad name in Kosovo since the war, a family told me last week.",
    "Does the K10 work for Pacific kids, in your experience?",
    "The externalising language works well in Rioplatense Spanish, surprisingly.",
    "Our Dutch colleagues score the SCL-90-R; the Germans prefer the BSI.",
    "My client's mother suggests Ayurveda instead of sertraline.",
    "Has anyone done motivational work with khat chewers in a group?",
])
def test_round44_not_identifiers(text):
    assert_clean(text)


def test_round44_a_client_grieving_is_no_name():
    assert not [span for category, span in flagged("A client grieving a stillbirth asked for a book on loss.")
                if category == "name"]

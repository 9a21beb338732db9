"""Round 14: kinds read from spent set 13's misses and false alarms (after round 13 was scored on it): a person said
to be one in parentheses ("(he's 19 ...)", "(nickname ...)"), a lower-case full name before such a parenthesis,
an age given with a dash, what a record shows, "it's" before a name's possessive, a full name's possessive opening
a sentence, a person "from" somewhere; day-first dates after a word of starting or ending, dates written "2. <month>
2026", ages reached "come Easter"; plates of other countries beside a vehicle; lower-case creeks and flats, reserves,
quarters of a town, named areas and car parks.  Against false alarms: authors cited after a method, in parentheses or
listed after a colon; public figures by what they made; characters in a text about a listed show; a state beside
another; creeds ending in -ism; perinatal words; clinical guideline codes.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged, flagged


@pytest.mark.parametrize("text, name", [
    ("kazimir (he's 17 and hates capitals) texts me from his dad's phone.", "kazimir"),
    ("Yusra (she's the eldest) translates for her parents.", "Yusra"),
    ("tiggs (nickname, she won't say her real one) is back at the hostel.", "tiggs"),
    ("Marigold (yes, that's her name, she's 8) won't speak at school.", "Marigold"),
    ("B.T.K. (prefers initials in notes) is a 52 y/o bus driver.", "B.T.K"),
    ("nguyen van thanh (he writes it lowercase, family name first) starts Monday.", "nguyen van thanh"),
])
def test_a_person_said_to_be_one_in_parentheses(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text", [
    "Therapy (she's ambivalent about it) continues weekly.",
    "Sertraline (she's on 100 mg now) has helped her sleep.",
])
def test_an_english_word_before_such_a_parenthesis_is_no_name(text):
    assert_clean(text)


@pytest.mark.parametrize("text, name", [
    ("Gwenllian - 38, a night porter - says the quiet helps.", "Gwenllian"),
    ("The booking system shows Oksana Hrytsenko logging in twice.", "Oksana Hrytsenko"),
    ("the parcel was addressed to someone else - it's Torvald Sandvik's.", "Torvald Sandvik"),
    ("Blessing Chikwanha's student card was left in my room.", "Blessing Chikwanha"),
    ("Radmila from the bakery on my street is a client's neighbour.", "Radmila"),
])
def test_names_by_what_is_said_of_them(text, name):
    assert_flagged(text, name, "name")


def test_a_verb_opening_the_sentence_is_no_part_of_the_name():
    assert ("name", "Sending Yevgenia") not in flagged("Sending Yevgenia's forms today.")


@pytest.mark.parametrize("text", [
    "Anhedonia from SSRIs - anyone seen this resolve with a switch?",
    "Georgia O'Keeffe's paintings came up in art therapy again.",
])
def test_not_names_at_a_sentence_start(text):
    assert_clean(text)


@pytest.mark.parametrize("text, date", [
    ("Her dad's funeral starts 23/10 so she'll miss Thursday.", "23/10"),
    ("The trial begins 14/3, he can't sleep.", "14/3"),
    ("Hearing is set for 3. listopadu 2026 in Brno.", "3. listopadu 2026"),
    ("Born 7. Juli 1988 per the form.", "7. Juli 1988"),
])
def test_dates_after_a_word_of_starting_and_with_a_dotted_day(text, date):
    assert_flagged(text, date, "date")


@pytest.mark.parametrize("text", [
    "Step 2. Review 2019 data with the team first.",
    "Pain went from 8/10 to 4/10 after the pacing work.",
])
def test_numbered_steps_and_scores_are_no_dates(text):
    assert_clean(text)


@pytest.mark.parametrize("text, age", [
    ("Her grandad is ninety come June and still drives.", "ninety"),
    ("Mr Ferro is 93 come Christmas and wants to plan his funeral.", "93"),
])
def test_an_age_reached_come_a_season_or_feast(text, age):
    assert_flagged(text, age, "age_over_89")


@pytest.mark.parametrize("text, plate", [
    ("He sleeps in the van, the KT-55-RB-09 plate is on it.", "KT-55-RB-09"),
    ("His car 4471 MHZ got a ticket outside my office.", "4471 MHZ"),
    ("The fishing boat, PZ 557 on the bow, is her home now.", "PZ 557"),
])
def test_plates_of_other_countries_beside_a_vehicle(text, plate):
    assert_flagged(text, plate, "vehicle")


@pytest.mark.parametrize("text", [
    "She drove her car for 2 hours, took 150 MG and scored PHQ 15.",
    "His car was towed at 10:30 PM. GAD 12 today, session 3 of 12.",
])
def test_no_plate_in_a_sentence_about_a_car_without_one(text):
    assert_clean(text)


@pytest.mark.parametrize("text, place", [
    ("they live out past kurrajong creek with no phone signal.", "kurrajong creek"),
    ("She grew up on the Nipissing reserve and moved to the city at 16.", "Nipissing"),
    ("Her address is in the North Valley, near her mother's.", "North Valley"),
    ("All she'll tell me is the Tewantin area.", "Tewantin"),
    ("He sleeps in the Fairdeal Foods car park most nights.", "Fairdeal Foods"),
])
def test_local_features_named_by_what_they_are(text, place):
    assert_flagged(text, place, "place")


@pytest.mark.parametrize("text", [
    "Schema mode work (Young) helps with the punitive parent mode.",
    "Emotionally focused therapy for couples: Johnson, Greenberg and Goldman. Worth the training?",
    "He quotes Jordan Peterson videos and Brené Brown books in the same breath.",
    "Rewatching Grey's Anatomy with her teen and they both love Meredith.",
    "Queensland funds 10 sessions, Victoria says 8 under the scheme?",
    "Absurdism and Stoicism keep coming up with my philosophy student clients.",
    "Perinatal OCD, 6 weeks postnatal. Antenatal screening missed it.",
    "The NICE guideline for PTSD (NG116) recommends trauma-focused CBT.",
])
def test_authors_figures_characters_states_creeds_and_guidelines_are_no_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, name", [
    ("My client Beatrix loves Grey's Anatomy; her brother Anselm rewatches it with her.", "Anselm"),
    ("Her son Tobiah quotes Marcus Aurelius at the dinner table.", "Tobiah"),
])
def test_a_client_beside_a_show_or_quoting_is_still_a_name(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text, found, category", [
    ("His grief spikes around 17/08 every year, the day his brother drowned.", "17/08", "date"),
    ("Her nan, a hundred and a half if you ask her, still does the crossword.", "a hundred and a half", "age_over_89"),
    ("Agnieszka's grandad, ninety and a quarter, moved in with them.", "ninety and a quarter", "age_over_89"),
    ("Her great-aunt is a centenarian now and the family is planning a party.", "centenarian", "age_over_89"),
])
def test_a_yearly_date_an_age_with_its_fraction_and_a_centenarian(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "She rates her mood 6/10 every year at the review.",
    "Ninety and a half minutes is too long for a session.",
    "Any books like Atul Gawande's on dying well?",
    "Hong Kong's housing costs keep coming up with my expat clients.",
])
def test_a_score_a_duration_a_famous_author_and_a_territory_are_no_identifiers(text):
    assert_clean(text)


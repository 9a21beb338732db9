"""Round 10: people met by chance ("ran into"), hyphenated surnames with a part in no word list, lower-case full
names that open a sentence, and the non-identifiers that set 9 (spent) showed: big cities where a professional
body met, screening tools named after people, spiritual traditions, app features, titles of games.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from bot.confidentiality import check_text
from tests.helpers.guard import assert_clean, assert_flagged


# --- names found -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("I ran into Losaline Vaipulu at the pharmacy and she looked away.", "Losaline Vaipulu"),
    ("She bumped into Rangi at the school gate; he is her ex.", "Rangi"),
    ("Last week I ran into Ikaika Kahananui at the gym.", "Ikaika Kahananui"),
])
def test_a_person_met_by_chance_is_a_name(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text", [
    "He's really into Bluey and Paw Patrol at the moment.",
    "She got into Duolingo during lockdown.",
])
def test_into_a_show_or_an_app_is_still_no_name(text):
    assert_clean(text)


@pytest.mark.parametrize("text, name", [
    ("I keep coming back to Nkosana Dlamini-Frost and the custody fight.", "Nkosana Dlamini-Frost"),
    ("Referral came through for Ms Ngcobo-Ward yesterday.", "Ngcobo-Ward"),
    ("Write-up for Liberty Mabaso-Kerr is due Friday.", "Liberty Mabaso-Kerr"),
])
def test_a_hyphenated_surname_with_a_part_in_no_word_list(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text", [
    "The Yale-Brown came back at 31, mostly checking.",
    "Her Non-Hodgkin lymphoma is in remission and the fear is not.",
    "A post-Freudian reading of the dream did not help him.",
    "Tele-health dropped out twice, so we finished by phone.",
])
def test_hyphenated_clinical_words_are_not_names(text):
    assert_clean(text)


@pytest.mark.parametrize("text, name", [
    ("losa fifita runs the canteen and can only come on Wednesdays.", "losa fifita"),
    ("sione taufa has been sleeping in his car since March.", "sione taufa"),
    ("Then I saw ahiga begay at the trading post, which was awkward.", "ahiga begay"),
])
def test_a_lower_case_full_name_opening_a_sentence_or_after_meeting(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text", [
    "quetiapine titration is slow this time, she is groggy till noon.",
    "vyvanse crash is real in the afternoons, says her mum.",
    "lamotrigine rash came back, so we stopped it on Monday.",
])
def test_lower_case_drug_names_opening_a_sentence_are_not_names(text):
    assert_clean(text)


# --- no identifier -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The symposium in Philadelphia had a strong panel on moral injury.",
    "The NASW meeting in Houston this year focused on supervision.",
    "Seattle's DBT conference had a good workshop on chain analysis.",
    "Sydney hosted the ANZAP congress on relational work.",
])
def test_a_big_city_where_a_professional_event_was_held(text):
    assert_clean(text)


@pytest.mark.parametrize("text, place", [
    ("She goes to the AA meeting in Denver on Tuesdays.", "Denver"),           # a 12-step meeting places her
    ("He did a training in Kettering and met his wife there.", "Kettering"),    # not a big city
    ("Kettering hosted the county fair where she was assaulted.", "Kettering"),
])
def test_a_client_s_meeting_or_a_small_town_still_counts(text, place):
    assert_flagged(text, place, "place")


@pytest.mark.parametrize("text", [
    "The Whooley questions both came back yes at the six-week check.",
    "The Conners and the Vanderbilt both came back elevated for inattention.",
    "Folstein's MMSE was 26, the MoCA 23.",
    "She practises Wicca and finds the full-moon rituals grounding.",
    "Her Shinto practice matters to her more than her parents know.",
    "Instagram Reels about autism convinced her she is autistic.",
    "Christmas with his in-laws is his Everest.",
    "IFS language (Exiles, Managers, Firefighters) really landed with him.",
    "Stardew Valley is her comfort game when she cannot sleep.",
    "Bella Notte is the name of the app he plays until 3am.",
])
def test_tools_traditions_features_and_titles_are_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, place", [
    ("The custody hearing is on Tuesday in Hamilton.", "Hamilton"),   # a town, though a scale shares its name
    ("She grew up in Glasgow and left at 16.", "Glasgow"),
])
def test_towns_that_share_a_scale_s_name_still_count(text, place):
    assert_flagged(text, place)  # as a place or a name: either way the author is asked


@pytest.mark.parametrize("text, name", [
    ("Wiremu and his koro came together; koro asked to open with a karakia.", "Wiremu"),
    ("Her gogo Nomvula raised her after the accident.", "Nomvula"),
])
def test_kin_words_from_home_languages_cue_a_name(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text, place", [
    ("she works nights at the truck stop in las cruces and sleeps days.", "las cruces"),
    ("since the family left port hedland he has not spoken to his dad.", "port hedland"),
    ("the only psychiatrist near coffs harbour has a six-month wait.", "coffs harbour"),
])
def test_a_two_word_town_typed_in_lower_case(text, place):
    assert_flagged(text, place, "place")


@pytest.mark.parametrize("text", [
    "She is stuck in the gap between what she feels and what she says.",
    "He was in high spirits all session, which worried me.",
    "We left off in no man's land last week.",
])
def test_two_common_words_after_in_are_no_town(text):
    assert_clean(text)


def test_a_score_beside_another_of_the_same_total_is_no_date():
    assert_clean("DASS anxiety 16/21 and depression 5/21; she hears the 16 as a verdict.")


def test_short_dates_without_a_score_beside_them_still_count():
    assert_flagged("Her last visit was 6/21 and the one before that 5/14.", "6/21", "date")


def test_regional_peoples_are_not_names():
    assert_clean("A loud Geordie and a very quiet Cornish member in the same group: norms early on?")


# --- more names, ages, postcodes and suburbs ----------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Mercy, his sister, drives him to every session.", "Mercy"),
    ("I finally reached Remy, her son.", "Remy"),
])
def test_a_word_with_a_relation_in_apposition_is_a_name(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text", [
    "Anyway, her husband said no to couples work.",
    "Honestly, my supervisor disagrees with me here.",
    "Therapy, her partner, and work all compete for her time.",
])
def test_a_discourse_word_before_a_relation_is_no_name(text):
    assert_clean(text)


@pytest.mark.parametrize("text, name", [
    ("saw tou lee at the market, he is not sleeping.", "tou lee"),
    ("met the new intake, kou vang, who is 19.", "kou vang"),
    ("her husband (kou vang) called twice this morning.", "kou vang"),
])
def test_lower_case_names_with_a_listed_surname(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text", [
    "i saw much improvement this week.",
    "we talked about bipolar ii for a while.",
    "the client (bipolar ii) is stable on lithium.",
])
def test_lower_case_clinical_words_are_no_pair_of_names(text):
    assert_clean(text)


@pytest.mark.parametrize("text, age", [
    ("Grandad is 90-something and won't move into care.", "90"),
    ("The 90-ish neighbour keeps calling the police on them.", "90"),
    ("He's in his early nineties now and still drives.", "nineties"),
    ("She is nearly 95 and sharp as a tack.", "95"),
    ("His nan is well over 90 and lives alone.", "90"),
])
def test_rounded_and_hedged_ages_over_89(text, age):
    assert_flagged(text, age, "age_over_89")


@pytest.mark.parametrize("text", [
    "She is 90-ish minutes away by car, so telehealth it is.",
    "He is about 95% sure he wants to stop.",
    "Her BP was 90-something over 60 at the GP.",
])
def test_rounded_numbers_that_are_no_age(text):
    assert_clean(text)


@pytest.mark.parametrize("text, code", [
    ("The kid's school is in Khayelitsha 7784, near the taxi rank.", "7784"),
    ("Home is 14 Rata Street, Otahuhu, Auckland 2024.", "2024"),
])
def test_a_four_digit_postcode_after_a_town(text, code):
    assert_flagged(text, code, "zip_code")


@pytest.mark.parametrize("text", [
    "She left Dunedin 2019 and never went back.",
    "The Melbourne 2024 conference was the best I have been to.",
])
def test_a_year_after_a_town_is_no_postcode(text):
    assert not [f for f in check_text(text) if f.category == "zip_code"], text


def test_the_suburb_before_its_city():
    assert_flagged("New address: Mangakino, Auckland - she sounded relieved.", "Mangakino", "place")


@pytest.mark.parametrize("text, place", [
    ("He was expelled from Sacred Heart Catholic School in Year 9.", "Sacred Heart Catholic School"),
    ("Her daughter started at Westbrook School this term.", "Westbrook School"),
    ("The pastor at Living Waters Fellowship Church told everyone.", "Living Waters Fellowship Church"),
])
def test_a_school_or_church_named_in_ordinary_words(text, place):
    assert_flagged(text, place, "place")


@pytest.mark.parametrize("text", [
    "She goes to a Catholic School now and likes it.",
    "She hated Medical School and still has nightmares about exams.",
    "He teaches Sunday School at her church.",
    "The Family Systems School of thought frames this differently.",
])
def test_a_kind_of_school_is_no_school(text):
    assert_clean(text)


def test_a_partner_abbreviated_cues_a_name():
    assert_flagged("pt's gf (yangchen) is pregnant and scared.", "yangchen", "name")


@pytest.mark.parametrize("text, initials", [
    ("B.K. (initials only) is 15 and self-harming.", "B.K"),
    ("S-J is the name she goes by now.", "S-J"),
    ("Her initials T.R. are on the court form.", "T.R"),
    ("K.M. told me she is leaving him on Friday.", "K.M"),
])
def test_initials_standing_for_someone(text, initials):
    assert_flagged(text, initials, "name")


@pytest.mark.parametrize("text", [
    "The U.K. was 14 days of quarantine for her.",
    "The U.S. is a hard place to be an asylum seeker.",
    "A.A. meetings help him more than I do.",
])
def test_abbreviations_of_places_and_groups_are_not_initials(text):
    assert_clean(text)


def test_a_vanity_plate_in_quotes_after_its_cue():
    assert_flagged('His number plate "KAHU1" is how the neighbours know the car.', "KAHU1", "vehicle")


@pytest.mark.parametrize("text, date", [
    ("The assault was on new year's eve 2022, after the party.", "new year's eve 2022"),
    ("She overdosed on Boxing Day 2023 and was found by her son.", "Boxing Day 2023"),
    ("He relapsed on Christmas 2020, alone in the flat.", "Christmas 2020"),
])
def test_a_fixed_holiday_with_its_year_is_a_date(text, date):
    assert_flagged(text, date, "date")


@pytest.mark.parametrize("text", [
    "Christmas 2020 was the first one without her dad.",
    "Every Christmas since 2019 has been hard for him.",
    "Halloween is her favourite holiday and she plans for months.",
])
def test_a_holiday_season_or_a_holiday_alone_is_no_date(text):
    assert_clean(text)


def test_a_lower_case_name_after_words_that_open_a_clause():
    assert_flagged("so anyway kalinda texted me at 2am again.", "kalinda", "name")


def test_a_lower_case_drug_after_words_that_open_a_clause_is_no_name():
    assert_clean("so anyway vyvanse has stopped working for him.")


@pytest.mark.parametrize("text, first", [
    ("Clients this week: Pema, Sonam, Dorji - all asking about visas.", "Pema"),
    ("Pema, Sonam and Dorji are all in the Tuesday group.", "Pema"),
])
def test_the_first_of_a_list_of_names_opening_a_sentence(text, first):
    assert_flagged(text, first, "name")


@pytest.mark.parametrize("text", [
    "Lexapro, Zoloft and Prozac all failed before the MAOI.",
    "Monday, Tuesday and Friday are her only free days.",
])
def test_a_list_of_drugs_or_days_opening_a_sentence_is_no_list_of_names(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "Wuthering Heights was her A-level text and she still quotes it.",
    "Shutter Island gave him ideas about his own reality.",
    "Tavistock and Portman closed the GIDS service last year.",
    "Central Park Five documentary sparked a session on injustice.",
    "Heartstopper episodes are how she came out to her mum.",
])
def test_titles_of_works_and_named_services_are_no_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, name", [
    ("Her son Nikau Walker film school dropout, is how his dad puts it.", "Nikau Walker"),
])
def test_a_cued_name_before_a_work_word_is_still_a_name(text, name):
    assert_flagged(text, name, "name")


@pytest.mark.parametrize("text, name", [
    ("Autumn Rose is the baby's name, and mum chose it in hospital.", "Autumn Rose"),
    ("Tui is her real name but at school she goes by something else.", "Tui"),
])
def test_a_name_said_to_be_a_name(text, name):
    assert_flagged(text, name, "name")


def test_a_word_name_taken_into_care_is_a_name():
    assert_flagged("Summer was taken into care last year and the guilt is huge.", "Summer", "name")
    assert_clean("Hope was taken into account by the panel, she says.")

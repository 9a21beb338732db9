"""Round 7: data rather than rules - small places from GeoNames (lexicon.small_places) and the table of
national ID, tax, health and plate formats (id_formats.py).

Every example here was written for these tests; none is taken from an evaluation set.  Identifiers
are invented; check digits were computed for the examples that need one.
"""
from __future__ import annotations

import gzip
import time
from importlib import resources

import pytest

from bot.confidentiality import id_formats as F
from bot.confidentiality.base import Ctx
from bot.confidentiality.lexicon import BIG_PLACES, fold, small_place_ngrams, small_places
from tests.helpers.guard import assert_clean, assert_flagged, flagged, hits


# --- the data file ----------------------------------------------------------------------------------------
def test_small_places_file_is_small_and_loads_fast():
    ref = resources.files("bot.confidentiality").joinpath("data", "small_places.txt.gz")
    raw = ref.read_bytes()
    assert len(raw) < 1_000_000  # committed compressed: a few hundred kB
    t0 = time.perf_counter()
    names = gzip.decompress(raw).decode("ascii").split("\n")
    assert time.perf_counter() - t0 < 1.0
    assert 30_000 < len(names) < 100_000


@pytest.mark.parametrize("name", ["kuranda", "yackandandah", "ballyjamesduff", "lonavala", "pitlochry", "akaroa",
                                  "hogsback", "sagada", "kaikoura", "bulahdelah", "tobermory", "gurugram"])
def test_small_towns_of_the_networks_countries_are_listed(name):
    assert name in small_places()


@pytest.mark.parametrize("name", ["te anau", "lakes entrance", "port fairy", "hanmer springs", "tai o"])
def test_town_names_of_several_words_are_listed(name):
    assert name in small_place_ngrams()


def test_states_and_countries_are_not_small_places():
    assert not (small_places() | small_place_ngrams()) & BIG_PLACES


def test_fold_removes_accents_and_curly_apostrophes():
    assert fold("kaikōura") == "kaikoura"
    assert fold("whangārei") == "whangarei"
    assert fold("o’neill") == "o'neill"
    assert fold("plain") == "plain"


# --- small places in text ---------------------------------------------------------------------------------
SMALL_PLACES_FLAGGED = [
    ("Her nan still lives in a cottage outside Yackandandah and won't move.", "Yackandandah"),
    ("He drives the school bus in Kuranda, so mornings are out.", "Kuranda"),
    ("We talked about the Pitlochry trip that went wrong.", "Pitlochry"),  # no cue: no English word at all
    ("The Kaikōura team said they'd take the referral.", "Kaikōura"),  # accents folded
    ("she grew up in lonavala and misses the monsoon", "lonavala"),  # lower case after a cue
    ("a farmer in ballyjamesduff, 58, with a gambling debt", "ballyjamesduff"),
    ("her dad fishes at Lakes Entrance every winter", "Lakes Entrance"),  # English words, after "at"
    ("moved to Te Anau for work on the boats", "Te Anau"),
    ("They honeymooned at Port Fairy and it's loaded now.", "Port Fairy"),
    ("his ex moved the kids to Akaroa without telling him", "Akaroa"),
]


@pytest.mark.parametrize("text, sub", SMALL_PLACES_FLAGGED)
def test_small_places_are_flagged(text, sub):
    assert_flagged(text, sub, "place")


SMALL_PLACES_CLEAN = [
    # villages named by rare English words need a place cue
    "We read the Windfall chapter together and she cried.",
    "Tangerine slices and a body scan: the mindful eating exercise went well.",
    "She said the Long Walk exercise helped more than the worksheets.",
    "The Antlers metaphor from the workbook landed with him.",
    # a town of English words without a preposition of where is not enough
    "Lakes and rivers came up in the guided imagery; she picked the lake.",
]


@pytest.mark.parametrize("text", SMALL_PLACES_CLEAN)
def test_english_words_that_are_also_villages_are_clean(text):
    assert_clean(text)


# --- check digits -----------------------------------------------------------------------------------------
def test_check_digit_functions():
    assert F.verhoeff("2363") and not F.verhoeff("2364")
    assert F.luhn("79927398713") and not F.luhn("79927398710")
    assert F.za_id("8001015009087") and not F.za_id("8001015009088") and not F.za_id("8013015009086")
    assert F.nric("S1234567D") and not F.nric("S1234567A")
    assert F.hkid("A1234563") and not F.hkid("A1234564")
    assert F.ppsn("1234567T") and not F.ppsn("1234567A")
    assert F.nhi("ZZZ0016") and not F.nhi("ZZZ0017")
    assert F.au_tfn("123456782") and not F.au_tfn("123456789")
    assert F.sg_plate("SBS3229P") and not F.sg_plate("SBS3229A")
    assert F.mykad("850714105521") and not F.mykad("851314105521") and not F.mykad("850714005521")
    assert F.au_medicare("2123456701")


def test_every_format_row_is_declared_consistently():
    from bot.confidentiality.base import CATEGORIES
    for f in F.FORMATS:
        assert f.category in CATEGORIES
        assert f.when in ("always", "check", "check|cue", "cue", "model")
        assert (f.check is not None) == f.when.startswith("check"), f.name
        assert f.cues or f.when in ("always", "check", "model"), f.name


# --- the formats in text ----------------------------------------------------------------------------------
FORMATS_FLAGGED = [
    # India
    ("Her Aadhaar is 3921 6650 4187 and the school wants a copy.", "3921 6650 4187", "ssn"),
    ("PAN card BQTPK4821M was left in the waiting room.", "BQTPK4821M", "ssn"),
    ("his PAN is AKRPM 7712 L apparently", "AKRPM 7712 L", "ssn"),
    ("the bike, KA 05 MN 2231, was parked outside again", "KA 05 MN 2231", "vehicle"),
    ("the car DL3CAY8842 follows her to work", "DL3CAY8842", "vehicle"),
    ("new BH series plate 24 BH 5521 AA on his car", "24 BH 5521 AA", "vehicle"),
    ("ABHA 71-4402-8813-2290 on the discharge card", "71-4402-8813-2290", "health_plan"),
    # South Africa
    ("his id is 880614 5093 08 1 per the docket", "880614 5093 08 1", "ssn"),
    ("a white Polo, HJK 447 GP, was seen at the school", "HJK 447 GP", "vehicle"),
    ("the bakkie CA 418-227 keeps parking outside her flat", "CA 418-227", "vehicle"),
    ("he drives a Corolla, TR 58 KP ZN, to every session", "TR 58 KP ZN", "vehicle"),
    # Singapore
    ("NRIC S1234567D is on the school form", "S1234567D", "ssn"),
    ("car plate SKV 4471 C keeps following her", "SKV 4471 C", "vehicle"),
    # Philippines
    ("PhilSys number 4417-2290-3381-0056 on her ID", "4417-2290-3381-0056", "ssn"),
    ("SSS 34-7718205-6 for the claim", "34-7718205-6", "ssn"),
    ("TIN 442-871-330-000 on his payslip", "442-871-330-000", "ssn"),
    ("PhilHealth 12-050771823-4 is on the referral", "12-050771823-4", "health_plan"),
    # Nigeria
    ("NIN 31874520193 on the form", "31874520193", "ssn"),
    ("the keke number KTU-442AB", "KTU-442AB", "vehicle"),
    ("a Lagos plate LSR 482 XY on the car", "LSR 482 XY", "vehicle"),
    # Kenya
    ("KRA PIN A004471829Z was on the payslip", "A004471829Z", "ssn"),
    ("his matatu KDA 447K is in the police abstract", "KDA 447K", "vehicle"),
    # Malaysia, Hong Kong, Ireland, New Zealand, Australia
    ("MyKad 850714-10-5521 on the school letter", "850714-10-5521", "ssn"),
    ("the Myvi WXY 4471 followed her home", "WXY 4471", "vehicle"),
    ("HKID A123456(3) on the form", "A123456(3)", "ssn"),
    ("she left 1234567T on the intake sheet under PPS", "1234567T", "ssn"),
    ("his NHI ZZZ0016 is on the letter", "ZZZ0016", "health_plan"),
    ("the Hilux FKR 882 is his", "FKR 882", "vehicle"),
]


@pytest.mark.parametrize("text, sub, cat", FORMATS_FLAGGED)
def test_formats_are_flagged_whole_with_their_category(text, sub, cat):
    assert_flagged(text, sub, cat)
    start = text.index(sub)
    ctx = Ctx(text)
    F.find(ctx)
    assert any(s <= start and e >= start + len(sub) and c == cat for s, e, c, _p in ctx.items), ctx.items


def test_a_valid_check_digit_is_enough_without_a_cue():
    # SA ID with a valid date and Luhn digit, no cue word at all
    assert hits("came in with 8001015009087 written on her hand", "8001015009087")
    # NRIC with its check letter
    assert "ssn" in hits("S1234567D was scribbled on the appointment card", "S1234567D")


FORMATS_CLEAN = [
    "PHQ-9 went from 18 to 11 over eight sessions; GAD 7 is 9 now.",
    "Kessler K10 of 28 at intake and 19 at session 6.",
    "Billing 90837 and 90785 together is allowed when the parent is disruptive.",
    "She sold the car in 2019 for 4500 dollars and regrets it.",
    "The van arrives at 10 30 on Tuesdays for the outreach run.",
    "BDI 21 at intake, 12 at week 8; the DSM 5 criteria are met.",
    "took 2 x 500 mg paracetamol and slept 11 hours",
    "the pharmacy label said LEX 100 MG twice daily",  # a unit, not a Nigerian plate
    "card 4111 1111 1111 1111 on file",  # twelve digits inside a longer number are no Aadhaar
]


@pytest.mark.parametrize("text", FORMATS_CLEAN)
def test_clinical_numbers_are_not_formats(text):
    ctx = Ctx(text)
    F.find(ctx)
    assert ctx.items == [], ctx.items


# --- false alarms removed by kind (set 6, demoted, was read for kinds; these examples are new) -----------
NAME_KINDS_CLEAN = [
    # a surname that is also an English word, opening a sentence, with no person verb after it
    "Sessions are capped at ten this year. Payer rules changed in July, so plan the ending early.",
    "We stopped the benzo too fast last time. Taper schedule this time is over eight weeks.",
    # two authors before their work, joined by "and"
    "The old Bowlby and Ainsworth papers still frame how I explain attachment to parents.",
    # a past tense right after "client": a verb, not a lower-case name
    "Client relapsed twice in March and binged after both.",
    "Client gambled the rent money again; the shame is the target now.",
    # the HIPAA method, not a person
    "Safe Harbor lists eighteen identifiers; the group's rules follow it.",
]


@pytest.mark.parametrize("text", NAME_KINDS_CLEAN)
def test_name_false_alarm_kinds_are_clean(text):
    assert_clean(text)


NAME_KINDS_FLAGGED = [
    ("Baker called me twice this week about the custody hearing.", "Baker"),  # a person verb follows
    ("my client ahmed relapsed after the funeral", "ahmed"),  # a given name ending in -ed
    ("Attachment styles came up with Hazan's daughter, 15, in family session.", "Hazan"),
]


@pytest.mark.parametrize("text, sub", NAME_KINDS_FLAGGED)
def test_names_near_those_kinds_still_flagged(text, sub):
    assert_flagged(text, sub)


# --- ages over 89 by the year of life, or with a fraction -------------------------------------------------
@pytest.mark.parametrize("text, sub", [
    ("he is in his 96th year and still drives to the allotment", "96th year"),
    ("into her 101st year and sharp as a tack", "101st year"),
    ("my client is 91 and a half and lives alone since the fall", "91 and a half"),
    ("she turned 94 and three-quarters last week, she insists on the fraction", "94 and three-quarters"),
])
def test_ages_over_89_by_year_or_fraction(text, sub):
    assert_flagged(text, sub, "age_over_89")


@pytest.mark.parametrize("text", [
    "the intake ran 90 and a half minutes, far too long",
    "in her 3rd year of nursing school and burning out",
    "Dosage went to 95 and a half mg by mistake on the chart; pharmacist caught it.",
])
def test_year_and_fraction_that_are_no_age_are_clean(text):
    assert [c for c, _s in flagged_cats(text)] == []


def flagged_cats(text):
    return [(c, s) for c, s in flagged(text) if c == "age_over_89"]


# --- a site named before its town, abbreviated streets ----------------------------------------------------
@pytest.mark.parametrize("text, sub, cat", [
    ("the van was outside the Foodland in Mildura again last night", "Foodland", "place"),
    ("he was picked up outside the Costco in Burbank", "Costco", "place"),
    ("she waits tables at the Lucky Star on Grafton", "Lucky Star", "place"),
    ("lives on Tamar St near the river with her nan", "Tamar St", "street_address"),
    ("the flat is off 3rd Ave, above a laundromat", "3rd Ave", "street_address"),
])
def test_sites_in_towns_and_abbreviated_streets(text, sub, cat):
    assert_flagged(text, sub, cat)


@pytest.mark.parametrize("text", [
    "We met at the Christmas party in December and she left early.",
    "See you at the Tuesday group on Zoom as usual.",
])
def test_events_before_a_day_are_no_sites(text):
    assert_clean(text)


# --- a town in lower case set off by commas ----------------------------------------------------------------
@pytest.mark.parametrize("text, sub", [
    ("she rents a room behind the pub on the Ormeau road, belfast, with two flatmates", "belfast"),
    ("flat 3, kuranda, near the station - that's where the visits happen", "kuranda"),
])
def test_lower_case_town_between_commas(text, sub):
    assert_flagged(text, sub, "place")


@pytest.mark.parametrize("text", [
    "we tried sertraline, fluoxetine, and now bupropion at 150",
    "mood low, sleep poor, appetite ok, no SI.",
])
def test_lower_case_lists_are_clean(text):
    assert_clean(text)


# --- place words of the network's other countries ---------------------------------------------------------
@pytest.mark.parametrize("text, sub", [
    ("she lives in Brgy. San Isidro with her lola and two cousins", "San Isidro"),
    ("the family moved to Taman Melawati last month", "Taman Melawati"),
    ("moved to Purok 3 last year after the flood", "Purok 3"),
    ("they rent a room in Lajpat Nagar near the market", "Lajpat Nagar"),
    ("her mum is in Choi Hung Estate and won't leave", "Choi Hung Estate"),
    ("he grew up in Umoja Estate and still plays football there", "Umoja Estate"),
    ("he sleeps at his cousin's flat in sector 14, gurugram, most nights", "sector 14"),
])
def test_place_words_of_other_countries(text, sub):
    assert_flagged(text, sub, "place")


@pytest.mark.parametrize("text", [
    "Real Estate is her job and the hours are brutal.",
    "Page Layout matters for the handout, so I redid it.",
    "This is sector 5 of the form, then she signs.",
    "The Colony Collapse story came up as a metaphor for her team.",
])
def test_place_words_in_ordinary_use_are_clean(text):
    assert_clean(text)


def test_town_of_several_words_at_a_sentence_start():
    assert_flagged("Te Anau was flooded and the family lost the motel.", "Te Anau", "place")


@pytest.mark.parametrize("text", [
    "The crisis team never called back after the referral.",
    "She called in sick twice and feels guilty about it.",
])
def test_particles_after_called_are_no_names(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "Read pages 212-236 of the workbook before next week's consult.",
    "Chapter 14-15 covers the distress tolerance skills; pp. 88-97 are the handouts.",
])
def test_page_ranges_are_clean(text):
    assert_clean(text)


def test_a_number_after_a_member_label_is_still_flagged():
    assert_flagged("her member number 112-140998 is on the card", "112-140998")


# --- published crisis and support lines -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "For teens I give out text HOME to 741741, any hour.",
    "Lifeline 13 11 14 and Kids Helpline 1800 55 1800 are on the safety plan.",
    "In Singapore SOS is on 1800-221-4444, in KL call 03-7627 2929.",
])
def test_published_service_numbers_are_clean(text):
    assert_clean(text)


def test_a_personal_number_next_to_a_service_number_is_flagged():
    assert_flagged("after calling 741741 she gave me her cousin's mobile 0412 555 019", "0412 555 019")

"""Rules added after locked set 1 was demoted to development data (issue 12, second round).

Every example here is new - written for these tests, not taken from eval_set.py, dev_extra.py or
locked_set.py - and each group names the rule it pins down.
"""
from __future__ import annotations

import pytest

from bot.confidentiality.lexicon import english_morph, mixed_caps
from tests.helpers.guard import assert_clean, assert_flagged

# --- names ---------------------------------------------------------------------------------------------

NAMES_FOUND = [
    # a person verb after a name is not a method word: "X works the night shift"
    ("Darius Okonkwo-Bell works the night shift at a depot.", "Darius Okonkwo-Bell"),
    ("Tariq bin Saleh works weekends and sleeps in his car.", "Tariq bin Saleh"),
    # a nickname after "calls him / her"
    ("Everyone at the plant calls her Peanut because she's tiny.", "Peanut"),
    ("His cousins call him Bingo, which he hates.", "Bingo"),
    # a lower-case name in commas after a relation word
    ("my client, tendai, 29, wants to stop therapy.", "tendai"),
    ("Her brother, kwabena, 41, is staying with her.", "kwabena"),
    # a lower-case given name and a word that is no English word
    ("honestly saw rosa quispe today and she was flat", "rosa quispe"),
    ("then ivan szczepanski said he would stop", "ivan szczepanski"),
    # two lower-case words that are no English at all, before a person verb
    ("ngozi adeyemi says the new job is too much.", "ngozi adeyemi"),
    # a name written in capitals in text that is not
    ("FAITH MBEKI-ODUYA (copied from the referral) lists no emergency contact.", "FAITH MBEKI-ODUYA"),
    ("Referral reads DMITRI AL-HAKIM, no insurance listed.", "DMITRI AL-HAKIM"),
]


@pytest.mark.parametrize("text, substring", NAMES_FOUND)
def test_names_found(text, substring):
    assert_flagged(text, substring, "name")


NAMES_CLEAN = [
    # forms of common English words are English, capitalised or not
    "Reframing helps more than reassurance here.",
    "Declining invitations feels safer for him.",
    "Overthinking keeps her awake; rethinking helps.",
    "He was micromanaged and over-parented as a teen.",
    # a plural relation word is followed by a verb, not a name
    "Both parents hover during sessions and both partners withdraw.",
    "Her parents worry and her friends disengage.",
    # "calls him out" is not a nickname
    "Everyone calls him out on it and she called him back twice.",
    # an author in parentheses after a method or test
    "Attachment work (Dan Siegel) has been my frame lately.",
    "We use the Collaborative Problem Solving model (Ross Greene) with the family.",
    # a list whose first item is a thing: the other items are things too
    "Her teen is into Minecraft, Roblox and Fortnite.",
    "She uses Headspace, Calm and Insight Timer at night.",
    # a comparison to a type after "a real / a total"
    "Her sister says he is a real Romeo.",
    # a method word: template / worksheet / handout
    "The Gottman-Rapoport template helps couples slow down.",
    # brand and test names with inner capitals
    "She read about the MoCA and the SLUMS online.",
    "He uses PsyD and PhD interchangeably, which confuses clients.",
    # capitals that are not a name
    "PTSD AND ADHD overlap a lot in teens.",
    "URGENT CONSULT please - DO NOT POST the recording.",
    "She wrote HOPE MATTERS on her wrist.",
    # lower-case words that are not a name
    "my client, again, missed the session.",
    "How do I hold a juniper lantern boundary when sessions overrun?",
]


@pytest.mark.parametrize("text", NAMES_CLEAN)
def test_names_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("word, english", [
    ("declining", True), ("parented", True), ("flips", True), ("debriefing", True), ("stopping", True),
    ("wellness", True), ("andreas", False), ("thomas", False), ("nakamura", False), ("liming", False),
])
def test_english_morph(word, english):
    assert english_morph(word) is english


@pytest.mark.parametrize("word, mixed", [
    ("MoCA", True), ("GoFundMe", True), ("McAllister", False), ("DeShawn", False), ("McAllister-Kane", False),
    ("PTSD", False),
])
def test_mixed_caps(word, mixed):
    assert mixed_caps(word) is mixed


# --- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, substring", [
    ("Appointment moved to 12-Mar-25 after the flood.", "12-Mar-25"),
    ("Date of the assault: 30/Nov/2024, per the police report.", "30/Nov/2024"),
    ("she relapsed on aug 9th after the funeral", "aug 9th"),
    ("his dad died dec 2 and christmas was awful", "dec 2"),
    ("The custody hearing is the 14th, so she's anxious.", "the 14th"),
    ("Discharged Friday; first follow-up slot is the 23rd.", "the 23rd"),
    ("She circled 3/22 on the calendar as the day she leaves.", "3/22"),
])
def test_dates_found(text, substring):
    assert_flagged(text, substring, "date")


@pytest.mark.parametrize("text", [
    "She scored 4/21 on the GAD-7 last month.",
    "We talked about the 5th and 6th sessions.",
    "It happened in the 1990s and again in the 2000s.",
    "She is in the 9th grade now.",
])
def test_dates_clean(text):
    assert_clean(text)


# --- numbers and codes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, substring, category", [
    # an IBAN, checked with its mod-97 digits (the ISO 13616 documentation example)
    ("He sent IBAN DE89 3704 0044 0532 0130 00 for the refund.", "DE89 3704 0044 0532 0130 00", "account"),
    ("Refund to FR14 2004 1010 0505 0001 3M02 606 please.", "FR14 2004 1010 0505 0001 3M02 606", "account"),
    # Australian "rego", and plates with only two digits
    ("The car's rego XQZ-41P was in the police report.", "XQZ-41P", "vehicle"),
    ("plate KLM 73X keeps circling her block", "KLM 73X", "vehicle"),
])
def test_numbers_found(text, substring, category):
    assert_flagged(text, substring, category)


@pytest.mark.parametrize("text", [
    "The dietitian suggested 400-1200 calories more per day.",
    "Aim for 2000-8000 steps a day at first.",
    "FR14 2004 1010 0505 0001 3M02 607 is not a valid IBAN, and GB00 0000 0000 is not one either.",
])
def test_numbers_clean(text):
    assert_clean(text)


# --- contact -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, substring, category", [
    # a domain with any top-level domain when a path follows it
    ("Her prints are on mysite.gallery/prints-by-jo now.", "mysite.gallery/prints-by-jo", "url"),
    ("fundraiser is at helpfund.example/for-dani", "helpfund.example/for-dani", "url"),
    # a 7-digit local number and ten digits in a row
    ("Her landlord's number is 555-0188, she says.", "555-0188", "phone"),
    ("He left 5035550177 as a callback.", "5035550177", "phone"),
    # national formats outside North America, read without the slow matcher
    ("Her GP surgery: 0113 496 0552.", "0113 496 0552", "phone"),
    ("Ring the clinic on (03) 5550 8812 for records.", "(03) 5550 8812", "phone"),
])
def test_contact_found(text, substring, category):
    assert_flagged(text, substring, category)


@pytest.mark.parametrize("text", [
    "Her M.Ed/LPC supervisor signed off.",
    "The dose went from 100/200 to 150/300 over the month.",
])
def test_contact_clean(text):
    assert_clean(text)


# --- places --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, substring", [
    ("The intake form lists 97214 as her zip code.", "97214"),
    ("in 60612 there are only two clinics taking Medicaid.", "60612"),
])
def test_zip_found(text, substring):
    assert_flagged(text, substring, "zip_code")


@pytest.mark.parametrize("text", [
    "Pat Ogden's sensorimotor approach and Dan Siegel's window of tolerance.",
    "Exercises from Linehan's skills manual, twice a week.",
    "How long do you stay in resourcing before processing?",
])
def test_places_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, substring", [
    # the town after a PO box
    ("Letters to PO Box 2290, Cedar Hollow keep bouncing.", "Cedar Hollow"),
    # a town before a Canadian province and postal code
    ("Mail now goes to Brandon, MB R7A 5Y1.", "Brandon"),
    ("Address on file: Antigonish NS B2G 2L4, moving soon.", "Antigonish"),
    # a town right before a kind of home
    ("Whitstable bedsit, damp walls, no visitors allowed.", "Whitstable"),
    ("They moved into a Kalgoorlie caravan park after the eviction.", "Kalgoorlie"),
])
def test_places_found(text, substring):
    assert_flagged(text, substring, "place")

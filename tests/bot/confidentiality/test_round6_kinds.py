"""Round 6: false alarms removed by KIND, with recall kept.

Every example here was written for these rules; none is taken from an evaluation set.  Each kind has
clean examples (what the rule lets through) and flagged ones (what it must still catch).
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged

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


# --- names: words in a name position that are things -------------------------------------------------------
NAME_THINGS_CLEAN = [
    # a count compound is not a relation word: no name cue after "26-client", "3-sister"
    "Honest chat with my manager about my 26-client caseload; we settled on 20.",
    "She grew up in a 3-sister household and was always the peacemaker.",
    # a test's acronym with its edition, in capitals, is not a name typed in capitals
    "KABC-II MPI 88, nonverbal 79 - the school is pushing for a diagnosis I'm not sure fits.",
    "CELF-V core language 71 and the SLP wants a second opinion.",
    # a word without any vowel is a unit or an abbreviation
    "The upload speed there is 2 Mbps at best, so video keeps freezing.",
    # an author's theory, with a word or two naming what it is about
    "Erikson's psychosocial stages came up in supervision; anyone teach them to teens?",
    "Bowlby's attachment theory is the frame I use with most couples.",
    # a title of English words right after its author's possessive
    "Yalom's Gift of Therapy is what I reread every January.",
    "Hari's Lost in Connections was on two clients' nightstands this week.",
    # a capitalised word after a measure's count compound is the measure
    "We used a 5-point Guttman on the intake form; the 21-item Zung came after.",
    # an agency or brand built from an English word and a service suffix
    "Carelink asked me for a capacity letter and I said I'd need consent first.",
    "Safeworks wants a form signed before the client can start the placement.",
]


@pytest.mark.parametrize("text", NAME_THINGS_CLEAN)
def test_name_position_things_are_clean(text):
    assert_clean(text)


NAMES_STILL_FLAGGED = [
    ("my client Tomasz said his 12-step sponsor Dariusz is moving away", "Dariusz", "name"),
    ("my 30-client caseload includes Ngozi, who starts on Monday", "Ngozi", "name"),
    ("Kemi's mum in Lagos calls every Sunday and the client dreads it.", "Kemi", "name"),
    ("Sipho's Uncle in Durban sent money for the fees.", "Durban", "place"),
    ("Ayodele's Kitchen on Rusholme Road is where she works nights.", "Rusholme Road", None),
]


@pytest.mark.parametrize("text, sub, cat", NAMES_STILL_FLAGGED)
def test_names_near_those_kinds_still_flagged(text, sub, cat):
    assert_flagged(text, sub, cat)


# --- places: a website named by its organisation's acronym; a site of the author's own workplace -----------
def test_acronym_website_is_clean():
    assert_clean("Has anyone got a good sleep handout? the NAMI site was all links to webinars.")


@pytest.mark.parametrize("text, sub", [
    ("the client was seen at the UCSF site before she moved", "UCSF site"),
    ("that was the old photocopier at our Kelburn site, IT says", "Kelburn"),
    ("she transferred to their Papanui branch after the assault", "Papanui"),
])
def test_sites_still_flagged(text, sub):
    assert_flagged(text, sub, "place")


# --- pattern kinds behind set 4 and 5's misses -------------------------------------------------------------
PATTERNS_FLAGGED = [
    # a full weekday before a day of the month
    ("the review hearing was moved to Friday 9th, so she's spiralling", "Friday 9th", "date"),
    # a bare day/month after "for" / "was" with an event noun before it
    ("interpreter confirmed for 19/3 at the usual room", "19/3", "date"),
    ("the intake was 4/2 and she has had 9 sessions since", "4/2", "date"),
    # day first at the start of a quoted message
    ("she texted '30/6 still ok?' and I said yes", "30/6", "date"),
    # a 4-digit postcode named as a postcode, or after a person's move with the town after it
    ("is 4350 the postcode for the estate? writing a support letter", "4350", "zip_code"),
    ("3551 is his postcode now, after the separation", "3551", "zip_code"),
    ("her ex moved to 3551 - Bendigo way - so the handovers are long now", "3551", "zip_code"),
    ("he is relocating to 4870 (Cairns area) for the mine job", "4870", "zip_code"),
    # an e-mail spelled out with words
    ("his contact is j.okoro77 at mailbox dot example if you need it", "j.okoro77 at mailbox dot example", "email"),
    # a Reddit user handle
    ("she posts as u/sleepless_in_ward4 and tagged the clinic", "u/sleepless_in_ward4", "url"),
    # rural addresses without a box
    ("his address is just RD 3 Ruawai, no number on the gate", "RD 3", "street_address"),
    ("they live out on Rural Route 7 past the church", "Rural Route 7", "street_address"),
    # a person of an age
    ("a stubborn woman of ninety-four who refuses the home", "ninety-four", "age_over_89"),
    ("she cares for a man of 96 who was her teacher", "96", "age_over_89"),
]


@pytest.mark.parametrize("text, sub, cat", PATTERNS_FLAGGED)
def test_pattern_kinds_flagged(text, sub, cat):
    assert_flagged(text, sub, cat)


PATTERNS_CLEAN = [
    "I am available 24/7 for the on-call roster this week.",
    "We split the fee 50/50 and the siblings are 13/9 in ages.",
    "The team voted 16/4 in favour of the new intake form.",
    "The ratio was 3/4 of clients improving by session 12.",
    "The budget moved to 4000 - Finance signed it off.",
    "RR 18, HR 92, BP 130/85 at triage; RD 2 visits a week is what the dietitian offered.",
    "Look at work dot com for the EAP, they said at the meeting.",
    "A man of 92 percent certainty, he told me, lol.",
    "The r/therapists thread on notes was useful this week.",
]


@pytest.mark.parametrize("text", PATTERNS_CLEAN)
def test_pattern_kinds_clean(text):
    assert_clean(text)


# --- more kinds of clean text dense with numbers (probed with new examples) ----------------------------------
MORE_CLEAN = [
    # a North American hotline right after its name
    "The National DV Hotline is 1-800-799-7233 if anyone needs it for a safety plan.",
    # a study citation: the author is cited, not a client
    "Citing Kessler et al. (2005), lifetime prevalence was 28.8% in that sample.",
    "Per Okonkwo (2019) the effect held; see also (Mbeki-Lund, 2021).",
    # a software version
    "The app update v4.12.3 broke the telehealth audio for 3 of my 14 clients.",
    # a room of the author's workplace
    "Room 214 is booked Tuesdays 2-4pm; room 118 is the backup.",
    # a shift or opening hours in 24-hour time
    "Shift is 0700-1930, three days on, four off.",
    "Opening hours 0830-1700 weekdays; the crisis team covers 1700-0830.",
]


@pytest.mark.parametrize("text", MORE_CLEAN)
def test_more_clean_kinds(text):
    assert_clean(text)


MORE_FLAGGED = [
    ("Call the office line 1-800-555-0142 and ask for intake.", "1-800-555-0142", "phone"),
    ("Her caseworker Tamsin Achebe (2019 grad) called me.", "Tamsin Achebe", "name"),
    ("she is staying in room 412 at the Sandpiper motel with the kids", "room 412", "street_address"),
    ("the dorm room 3107 is where it happened", "room 3107", "street_address"),
]


@pytest.mark.parametrize("text, sub, cat", MORE_FLAGGED)
def test_more_flagged(text, sub, cat):
    assert_flagged(text, sub, cat)


# --- measures, shows and studies named for people -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kessler 10 of 32 at intake, down to 19 by session 8.",
    "She binged Bluey and Heartstopper all weekend and felt better.",
    "Felitti's ACE study had 17,000 participants, mostly Kaiser members.",
    "Harlow's monkey experiments came up in the attachment seminar.",
])
def test_named_things_are_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, sub", [
    ("Tevita 12 of 14 sessions attended, doing well", "Tevita"),
    ("Kemi's studies are suffering since the breakup.", "Kemi"),
    ("my client Anahera scored 18/27 on the PHQ", "Anahera"),
])
def test_people_near_named_things_still_flagged(text, sub):
    assert_flagged(text, sub, "name")


# --- places: businesses and community buildings named with a lower-case kind noun; numbered rural roads ----
@pytest.mark.parametrize("text, sub", [
    ("they're out on Route 12 past the old dairy, no phone signal", "Route 12"),
    ("his place is off Highway 57 near the quarry turn", "Highway 57"),
    ("she waitresses at the Bluebell cafe in town and hates the owner", "Bluebell cafe"),
    ("we had the retreat at the Carmelite convent last spring", "Carmelite convent"),
    ("the group meets in the Glebe hall on Thursdays", "Glebe hall"),
    ("he buys his smokes at the Tarrant mart every morning", "Tarrant mart"),
    ("the party was at the Kilcoole GAA clubhouse and it ended in a fight", "Kilcoole GAA clubhouse"),
])
def test_named_businesses_and_routes_flagged(text, sub):
    assert_flagged(text, sub, "place")


@pytest.mark.parametrize("text", [
    "Highway 401 traffic made me 20 minutes late.",
    "the Corner store closes at 9 so she walks home in the dark",
    "the GP surgery faxed the referral this morning",
    "the Catholic church runs the food bank in most towns",
])
def test_generic_sites_and_roads_clean(text):
    assert_clean(text)


# --- names: families by their surname, English-word names with a relative, a parenthesis about a child ------
@pytest.mark.parametrize("text, sub", [
    ("Tobiah (the younger boy) bit his sister at school again.", "Tobiah"),
    ("Ottoline and Kwabena are bringing their daughter on Friday.", "Ottoline"),
    ("family session with the Brightwaters again, dad walked out", "Brightwaters"),
    ("placed w/ the Okonjos out past the river, they're lovely", "Okonjos"),
    ("the Lindqvists cancelled again, third time", "Lindqvists"),
    ("I'm presenting on the Okafor boy at the case conference", "Okafor"),
    ("the Brannigan family wants a letter", "Brannigan"),
    ("Charity's mum called me twice this week.", "Charity"),
    ("Hope's dad wants to come to a session.", "Hope"),
])
def test_family_and_word_names_flagged(text, sub):
    assert_flagged(text, sub, "name")


@pytest.mark.parametrize("text", [
    "He follows the Lakers and the Dodgers; sports talk helps him open up.",
    "Apple's parent company is in the news again.",
    "Mother's Day is hard for her.",
    "The Simpsons were on in the waiting room.",
    "Zoloft and Lexapro both made her nauseous.",
])
def test_family_rules_leave_things_clean(text):
    assert_clean(text)


# --- measures by short name, subscale triples, te reo Māori in NZ English ----------------------------------------
@pytest.mark.parametrize("text", [
    "she did 6 rounds of IVF before the twins and now PPD; Edinburgh 19 at 6 wks",
    "the Columbia was positive on item 3 but negative on 4-6",
    "Epworth 14 and a PSQI of 11, so sleep is the target",
    "the DASS-21 went 28/21/30 to 14/10/16 over 12 weeks",
    "Kia ora koutou, any kaupapa Māori services for rangatahi in the group?",
    "Whānau meeting went well; the tamariki were there too.",
])
def test_measures_scores_and_te_reo_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, sub, cat", [
    ("she moved to Edinburgh in 2019 and misses home", "Edinburgh", "place"),
    ("my client Hamilton was positive about the new job", "Hamilton", "name"),
    ("born 3/4/88, first admitted 14/2/05", "14/2/05", "date"),
    ("Aroha's nan rang me about the school", "Aroha", "name"),
])
def test_measure_and_score_rules_keep_identifiers(text, sub, cat):
    assert_flagged(text, sub, cat)


# --- an age after the clinical or family word for the person ------------------------------------------------
@pytest.mark.parametrize("text, sub", [
    ("the pt is 93 and still drives", "93"),
    ("her gran is 96 and sharp as a tack", "96"),
])
def test_age_after_person_word_flagged(text, sub):
    assert_flagged(text, sub, "age_over_89")


@pytest.mark.parametrize("text", ["the pt is 95% sure she wants to stop", "the pt was 92 kg at intake"])
def test_measures_after_person_word_clean(text):
    assert_clean(text)


# --- a venue named "X and Y" ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, sub", [
    ("she drinks at the Rose and Crown most nights", "Rose and Crown"),
    ("he was thrown out of the pub, the one near the Bell & Anchor", "Bell & Anchor"),
])
def test_and_venues_flagged(text, sub):
    assert_flagged(text, sub, "place")


@pytest.mark.parametrize("text", [
    "we practised the Push and Pull technique at the workshop",
    "I learned it at the Gottman and Johnson workshop years ago",
])
def test_and_methods_clean(text):
    assert_clean(text)


# --- references of publications, registries and code systems ------------------------------------------------
@pytest.mark.parametrize("text", [
    "ICD-11 6B41 is complex PTSD, and 6B40 plain PTSD; 6A70.1 for single-episode depression.",
    "SNOMED 35489007 is depressive disorder, in case your EHR asks.",
    "Trial NCT04123456 is recruiting for psilocybin in TRD.",
    "ISBN 978-1-4625-2899-8 is the DBT skills manual.",
    "DOI 10.1176/appi.ajp.2020.19080886 is the paper I mentioned.",
    "PMID 31234567 for the meta-analysis.",
    "the doi is 10.1037/ccp0000482 if you want it",
])
def test_references_clean(text):
    assert_clean(text)


def test_identifier_next_to_reference_still_flagged():
    assert_flagged("her NDIS number 430 123 456 and the DOI of the paper 10.1176/x.2 are both in the letter",
                   "430 123 456")


# --- big cities typed in lower case ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, sub", [
    ("any outreach teams in toronto? he's sleeping in his car", "toronto"),
    ("she moved to inner sydney and hates the rent", "inner sydney"),
    ("perth folks - anyone know a good eating disorder service?", "perth"),
    ("auckland colleagues, is the waitlist still 6 months?", "auckland"),
])
def test_lower_case_cities_flagged(text, sub):
    assert_flagged(text, sub, "place")


@pytest.mark.parametrize("text", [
    "the cork board in my office is full of thank-you cards",
    "people in general are stressed this month",
    "in reading the notes I found a mistake",
])
def test_lower_case_city_rules_clean(text):
    assert_clean(text)


# --- pets, named laws, kin words, technical compounds -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Anyone else finding Telehealth exhausting? Zoom fatigue is real.",
    "Rosie the dog is the real therapist at our clinic",
    "her cat Milo died and she's devastated",
    "Kirra's Law? no idea, is that a Queensland thing?",
    "Megan's Law registry came up in the custody case",
    "Nan's birthday party triggered a whole family thing for him",
])
def test_pets_laws_kin_and_compounds_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, sub", [
    ("my client Rosie the nurse was back today", "Rosie"),
    ("Rosie came in with her dog today", "Rosie"),
    ("Underwood came in late again", "Underwood"),
])
def test_people_near_pets_and_compounds_flagged(text, sub):
    assert_flagged(text, sub, "name")


# --- nicknames in quotation marks -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, sub", [
    ('her boyfriend "Tank" turned up at the clinic again', "Tank"),
    ("my client, 'Bubbles' to her friends, wants to use that name in group", "Bubbles"),
    ("he goes by 'Smokey' on the street", "Smokey"),
])
def test_quoted_nicknames_flagged(text, sub):
    assert_flagged(text, sub, "name")


@pytest.mark.parametrize("text", [
    "she loves 'Frozen' and sings it all session",
    "the kid called it 'Big Sad' and I loved that",
    "she uses an app called 'Calm' and a group named \"Survivors Unite\"",
])
def test_quoted_titles_clean(text):
    assert_clean(text)


# --- what an institution publishes; software suites ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Mayo Clinic site has a good page on panic attacks.",
    "The Cleveland Clinic study on ketamine is interesting.",
    "Our practice is moving off Google Workspace to Microsoft 365.",
])
def test_institution_publications_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, sub", [
    ("she was treated at the Riverside Clinic site in the north end", "Riverside Clinic"),
    ("her notes came from the Hillcrest Medical Center study clinic", "Hillcrest Medical Center"),
])
def test_institutions_as_places_flagged(text, sub):
    assert_flagged(text, sub, "place")


# --- venues named in English words after a verb of frequenting; waterfront and op-shop sites -------------------
@pytest.mark.parametrize("text, sub", [
    ("she works the till at the Golden Fleece in the village", "Golden Fleece"),
    ("he drinks at the Red Lion most nights", "Red Lion"),
    ("she volunteers at the Harbour View op shop", "Harbour View"),
    ("he fishes off the Kingsway jetty every morning", "Kingsway jetty"),
])
def test_frequented_venues_flagged(text, sub):
    assert_flagged(text, sub, "place")


@pytest.mark.parametrize("text", [
    "she works at the Christmas party every year as a waitress",
    "we met at the Wednesday group last week",
    "he works at the ER on weekends",
])
def test_frequented_events_clean(text):
    assert_clean(text)


# --- run-together brand names, an X of a thing, facilities typed in lower case ----------------------------------
@pytest.mark.parametrize("text", [
    "I've tried the free one and BilateralBase, both clunky on 4G.",
    "Played a game of Uno with a 7-year-old and learned more than from the assessment.",
    "she finished a bottle of Jameson before calling me",
    "he just got back from juvie and is angry at everyone",
])
def test_brands_games_and_facilities_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, sub, cat", [
    ("a friend of Kwame's came to the session with him", "Kwame", "name"),
    ("my client DeShawn McKenzie is back from the ward", "DeShawn McKenzie", "name"),
    ("she moved to dunedin last year", "dunedin", "place"),
])
def test_names_and_towns_near_those_flagged(text, sub, cat):
    assert_flagged(text, sub, cat)


# --- a surname before a record noun, an initial after a cue, a person in a role named in parentheses ----------
@pytest.mark.parametrize("text, sub", [
    ("someone opened the Lindqvist chart without a reason", "Lindqvist"),
    ("also client J. Okafor-Lund rescheduled to next week", "Okafor-Lund"),
    ("the GAL (Marisol Ruiz) wants my notes by Friday", "Marisol Ruiz"),
])
def test_records_initials_and_roles_flagged(text, sub):
    assert_flagged(text, sub, "name")


@pytest.mark.parametrize("text", [
    "EMDR (Francine Shapiro) is what I trained in",
    "the Gottman method is what I use",
    "the Medicare file was incomplete",
])
def test_methods_and_payers_clean(text):
    assert_clean(text)

"""SIXTEENTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 16), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), did not run the guard,
bench/guard_eval.py or any test that imports or runs the guard, did not read
git log messages, the guard sections of bench/README.md or README.md's guard
paragraph, tests/bot/confidentiality/test_round*.py,
tests/bot/confidentiality/test_deterministic.py, or diffs of commits that
touch bot/, and did not read the snippets of
tests/bot/confidentiality/sets/eval_set.py,
tests/bot/confidentiality/sets/dev_extra.py,
tests/bot/confidentiality/sets/locked_set.py or
tests/bot/confidentiality/sets/locked_set_2.py ... locked_set_15.py.
What was read: the docstring of
tests/bot/confidentiality/sets/locked_set_15.py only (for the format
description, the provenance wording and the labelling conventions; none of
its cases), tests/bot/confidentiality/sets/locked_set_13.py (it is spent; the
first 25 snippets and the last 2, for the file format; none of its sentences
was copied), the EvalCase dataclass and PATTERN_CATEGORIES in eval_set.py
(the module docstring, the dataclass and the category set, stopping before
the cases; a grep for line numbers printed the dataclass and category lines,
no snippet), and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  The only test run was
test_locked_sets.py.

How it was made: every snippet was written by hand, one at a time, as a
consultation request or a chat message to peers in a consultation group
(formal referral notes, rushed lower-case chat, typos, self-corrections
mid-message, quoted speech, admin notes to a team, code-switching into
Tagalog, Portuguese, German, Afrikaans, isiZulu and te reo Maori,
abbreviations such as pt, y/o, dx, SI, hx, PO, DV, AOD, OFW, T1D, PRN, lol,
and emoji; one-liners and long posts).  Nothing
was composed by a script: the author wrote the snippets in plain text files
with the planted spans marked inline, and a script (kept outside the
repository) only stripped the marks into the expected lists, checked
lengths, token boundaries and duplicate spans, and wrote this file.  Overlap
with the other sets was resolved by renaming only this set's planted values,
with a filter that imported the earlier sets programmatically (the same
checks as test_planted_identifiers_not_in_earlier_sets) and printed this
set's strings only; about 120 names, places, ages, dates, IP addresses and
one phone number were renamed that way (in six rounds), so the places lean
towards smaller, less-known or invented ones and the ages over 89 towards
less common wordings ("96 come harvest", "ninety-nine not out", "103 going
on 104").  A read-through of the set's own capitalised words led to a few
unlabelled cities being labelled or cut, titles (Dr, Mr, Fr, Pastor, Datu,
Dona, Irmã, Aling) being moved outside spans, and weekday prefixes being
moved outside date spans.

Settings: clinicians in private practice (solo and group practices, EAP
work, telehealth) in mid-size towns in the US Midwest and South, in
Ireland, in New Zealand, in South Africa, in India, in the Philippines, in
Brazil and in Germany, Austria and Switzerland, writing in English with
their own idioms, local institutions (HSE, Tusla, ACC, NHI, PhilHealth,
SUS, medical aids, Krankenkassen), local number formats and local slang.

293 snippets, 162 with identifiers and 131 clean (lengths 108-517
characters).  Every pattern category appears at least 11 times (the test
requires 10): date 14, age_over_89 12, phone 13, fax 11, email 12, url 12,
ip_address 11, ssn 11, medical_record 12, health_plan 12, account 11,
licence 12, vehicle 12, device 11, street_address 14, zip_code 11; with 184
names and 199 places smaller than a state (the test requires 170 and 190).
Names: Appalachian, Southern white and African American, Cajun and Creole,
Amish and Mennonite, Hmong, Vietnamese-American, Mexican-American, Somali,
Bosnian, Ghanaian, Nigerian, Irish (Gaeltacht and Dublin), Irish
Traveller, Maori, Samoan, Tongan, Chinese, Tamil, Kannada, Malayalam,
Marathi, Punjabi Sikh, Hindi-speaking North Indian, Konkani,
Muslim Indian, Tibetan, Filipino (Tagalog, Visayan, Maguindanaon),
Brazilian (Portuguese, Japanese-Brazilian, Indigenous Guajajara), Swiss,
Austrian, German (including Frisian), Turkish-German, Kurdish, Serbian,
Afrikaner, Cape Malay, Cape coloured, Zulu, Xhosa, Tswana, Sotho and
Swazi; names that are ordinary words (Sunny, Lovely, Wren),
lower-case names (shaz, skeeter), names at sentence start and before a
possessive, nicknames beside full names in quotes or brackets, kinship and
honorific nicknames (Dadi, Lola, Oma, Opa, Nana, Ouma), hyphenated and
multi-part names, Irish and Maori particles, a surname-first Vietnamese and
Chinese name, titles outside spans, a self-corrected name, and many names
without a cue such as "my client".
Places: small towns, suburbs, townships, neighbourhoods, barangays,
villages, a marae community, a halting site, invented schools, clinics,
practices, a feed store, churches, an old-age home, hospitals and
psychiatric hospitals, universities and colleges, employers and a call
centre hub, with or without their town, places after street addresses.
Clean snippets are dense with capitalised non-identifiers: drug brand and
generic names with doses (Adderall XR, Lexapro, Lustral, Seroquel,
Vyvanse, Focalin, Strattera, naltrexone, Nexito, Clonotril, lithium,
Rivotril, Tavor, Depakote, Cymbalta, Ozempic, Wegovy, Mounjaro, Spravato,
lamotrigine, fluoxetine, sertraline), lab values (lithium level, A1c,
valproate level, BMI), scales and scores (PHQ-9, GAD-7, ASRS, ADOS-2,
CAT-Q, C-SSRS, CORE-10, AUDIT-C, CANS, Beck Youth Inventories), therapy
models and their developers, public figures, authors and books, TV
characters, apps and platforms, practice software, religions and their
festivals and fasts, nationalities, peoples and languages, weekdays,
months, seasons, years, professional and regulatory bodies and their
conferences in named cities, payers and schemes, states, provinces and
countries, ICD-10 and CPT codes, money in several currencies, counts,
times of day, ages of 89 and under, typhoon names, and generic time
references.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made up;
real towns, suburbs, townships, neighbourhoods, barangays, villages and
communities, and a few real public places (hospitals, psychiatric
hospitals, universities, schools, a factory, employers), are used only as
places; the other named schools, clinics, practices, shops, churches,
homes and workplaces are invented or generic.  US phones and faxes use
555-01xx (with or without an area code); other national phones and faxes
are invented strings with a 555 or 55 block; national ID, taxpayer,
health-card, member, account, staff, student, claim, licence, plate, VIN,
IMEI and serial numbers are invented strings with a 55 block and are not
checked against any issuer's scheme; e-mail and web domains are .example /
example.*; IP addresses come from the documentation ranges (192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) or private space.
ZIP/postcode strings are invented and may or may not exist.

Labelling conventions
---------------------
Those of locked_set_15.py (and locked_set_14.py), unchanged: titles (Dr, Mr,
Mrs, Ms, Miss, Mx, and here Fr, Pastor, Datu, Dona, Irmã, Aling) are outside
a span; a kinship word written before a name is inside it (Lola, Oma, Opa,
Nana), while a lower-case kinship word alone or a descriptive "her
husband" / "my client's ex" before a name is not; a possessive "'s" is
outside a "name" span; nicknames are "name" (a quoted or bracketed nickname
beside a full name is its own span); a business and its town are two
"place" spans; a ZIP/postcode is its own "zip_code" span; national identity
and taxpayer numbers (SSN, PPSN, SA ID, Aadhaar, TIN, SSS, CPF, RG, AHV)
are "ssn"; MRN, NHI, UHID, hospital folder, patient and prontuario numbers
are "medical_record"; Medicaid, Medicare, private insurer, Medical Card,
medical aid, PhilHealth, HMO, SUS, e-card and Krankenversicherung numbers
are "health_plan"; staff/employee, student, ACC claim, A-numbers and
refugee RC numbers are "account"; driving, CDL, captain's, firearm, taxi,
PRC, NMC and medical council numbers and passports are "licence"; plates,
regos, VINs, RENAVAM and tricycle body numbers are "vehicle"; ankle
monitors, EM tags, SCRAM units, CPAP, insulin pump, hearing aid,
smartwatch and phone IMEI, smart ring, fitness tracker and GPS tracker
identifiers are "device"; "@handles", profile addresses, blogs,
fundraiser pages, websites and meeting links are "url"; an age over 89 is
labelled with its unit or qualifier ("in his 95th year", "101 this
spring", "mit 94 Jahren"); a street address runs from the unit/flat/plot
number to the street type (or house number after the street name); a
day-and-month is a "date" (a "DOB" cue and a weekday stay outside the
span), while a month alone, a month with a year, a year alone, a weekday,
a day of the month alone and a holiday are clean.  Only the first
occurrence of a repeated name or place is labelled; a name or place first
given wrongly and then corrected is labelled in both forms.  Public
figures named as public figures, and fictional characters, are clean; a
state, province, territory or country, or a city named as a conference
venue, is clean.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED16_CASES: list[EvalCase] = [
    # ------------------------------------------------------------------
    # Snippets with planted identifiers
    # ------------------------------------------------------------------
    C('New client paperwork: Bobbie Jo Strickland, 238 Magnolia Bend Dr, Hattiesburg, MS 39402-5501, cell 601-555-0182. 44, referred by her pastor for "nerves". Turns out it\'s 20 yrs of DV. Where do I start?',
      [('name', 'Bobbie Jo Strickland'), ('street_address', '238 Magnolia Bend Dr'), ('place', 'Hattiesburg'), ('zip_code', '39402-5501'), ('phone', '601-555-0182')]),
    C("pt address on the intake is Flat 3, 55 Ridge Terrace, Milnerton, 7441. Chantelle Adams (32), sex worker, wants help leaving. I'm worried about writing her address anywhere her manager could see. paper files only?",
      [('street_address', 'Flat 3, 55 Ridge Terrace'), ('place', 'Milnerton'), ('zip_code', '7441'), ('name', 'Chantelle Adams')]),
    C("Kevin Doyle's Eircode D15 F55K and 22 Hartstown Crescent came up in a Garda report he brought in. He's 17, arrested for the first time. His mam's furious. how to hold both of them",
      [('name', 'Kevin Doyle'), ('zip_code', 'D15 F55K'), ('street_address', '22 Hartstown Crescent')]),
    C("Could someone in Hunterville take Ruby Tiakiwai? She's moving to 18 Gonville Avenue, 4501. 19, postnatal depression, baby Nikau is 3 months. Continuity of care matters so much here.",
      [('place', 'Hunterville'), ('name', 'Ruby Tiakiwai'), ('street_address', '18 Gonville Avenue'), ('zip_code', '4501'), ('name', 'Nikau')]),
    C('Client Prakash Yadav, 58, retired railway clerk, Plot 55, Sector 12, Dwarka, New Delhi 110075. Son in the US, wife just died. Refuses to leave the house. Home visits - do any of you still do them?',
      [('name', 'Prakash Yadav'), ('street_address', 'Plot 55, Sector 12'), ('place', 'Dwarka'), ('place', 'New Delhi'), ('zip_code', '110075')]),
    C("Family moved to Rua das Acácias 550, Jardim Botânico, 22461-055, and Sofia Matos (10) has stopped talking at school. Selective mutism after the move? Mom's Brazilian, dad's Portuguese.",
      [('street_address', 'Rua das Acácias 550'), ('place', 'Jardim Botânico'), ('zip_code', '22461-055'), ('name', 'Sofia Matos')]),
    C("Lukas Baumgartner's driving licence was taken after the DUI - Führerschein no. B-555-07241 on the court letter. 34, Linz. Alcohol-dependence assessment for the MPU equivalent in Austria - anyone?",
      [('name', 'Lukas Baumgartner'), ('licence', 'B-555-07241'), ('place', 'Linz')]),
    C("Cedric Fontenot (Cajun, 51) - his captain's licence USCG 5550318 got suspended after the boat accident near Delcambre. Lost his living, lost his identity. Men who don't talk - walk-and-talk on the bayou? 🐊 lol but seriously",
      [('name', 'Cedric Fontenot'), ('licence', 'USCG 5550318'), ('place', 'Delcambre')]),
    C('CDL TN-C-55092174 holder, Rusty Pemberton, 47, long-haul trucker, can\'t drive after a rollover on I-40 near Crossville. DOT needs clearance from "a counselor". What do I actually certify?',
      [('licence', 'TN-C-55092174'), ('name', 'Rusty Pemberton'), ('place', 'Crossville')]),
    C('Dr. Aditi Hegde, 42, registered with the medical council as KMC-55-81372, came to me with burnout and impaired-practitioner fears. Mandated reporting for physicians in Karnataka?',
      [('name', 'Aditi Hegde'), ('licence', 'KMC-55-81372')]),
    C("Joy-Ann Villanueva (nurse, 36) from Iloilo, her NMC PIN 55I8273O is on the fitness-to-practise letter. She moved to the UK in 2022. Racism at work in Wolverhampton. I'm in the PH but we do Zoom. thoughts?",
      [('name', 'Joy-Ann Villanueva'), ('place', 'Iloilo'), ('licence', '55I8273O'), ('place', 'Wolverhampton')]),
    C('Gun licence FAL 55-20437 - Hennie Coetzee (66, Senekal, Free State) wants to keep his firearms despite active SI. He says "it\'s a farm, I need them". Safety planning with a rural gun owner?',
      [('licence', 'FAL 55-20437'), ('name', 'Hennie Coetzee'), ('place', 'Senekal')]),
    C("Taxi licence (Hackney) SPSV 55891 - my client Tony Keogh, 59, Ardee, was assaulted by a fare. Now panics when anyone gets in the back. Can't afford to stop working.",
      [('licence', 'SPSV 55891'), ('name', 'Tony Keogh'), ('place', 'Ardee')]),
    C("faxing Delphine Arceneaux's records to Our Lady of the Lake (225-555-0109) and their fax kept ringing busy. She's 33, Baton Rouge. PHP starts Monday. do I drive them over myself?",
      [('name', 'Delphine Arceneaux'), ('place', 'Our Lady of the Lake'), ('fax', '225-555-0109'), ('place', 'Baton Rouge')]),
    C("Lentegeur fax: 021 555 0163. Records for Imraan Davids (27, Valhalla Park) need to go before his admission. This is the right number, isn't it? Anyone sent there lately?",
      [('place', 'Lentegeur'), ('fax', '021 555 0163'), ('name', 'Imraan Davids'), ('place', 'Valhalla Park')]),
    C('Old-school GP in Abbeydorney only takes fax: 066 555 0152. Referral for Máire Fitzgerald (55), perimenopausal depression. Do I really have to fax? We have Healthmail now!',
      [('place', 'Abbeydorney'), ('fax', '066 555 0152'), ('name', 'Máire Fitzgerald')]),
    C("Ricardo Bezerra's psychiatrist only accepts reports by fax - +55 81 5550-4478 - in 2026, in Igarassu. 38, bipolar II. Is it still secure-ish to fax?",
      [('name', 'Ricardo Bezerra'), ('fax', '+55 81 5550-4478'), ('place', 'Igarassu')]),
    C('MRN MC-55-0372914 at Marshfield Clinic - Kyle Gunderson, 15, ARFID, referred to me for exposure work. Mom thinks it\'s "just picky eating". I\'m in Wausau. Anyone with ARFID kids experience?',
      [('medical_record', 'MC-55-0372914'), ('place', 'Marshfield Clinic'), ('name', 'Kyle Gunderson'), ('place', 'Wausau')]),
    C('Patient no. TKK 55-90213 at Karl Bremer, Amahle Nkosi (8), burns survivor, school refusal. Her granny brings her by taxi from Mfuleni. I see her at the clinic. Play therapy materials that work for 8-year-olds with scars?',
      [('medical_record', 'TKK 55-90213'), ('place', 'Karl Bremer'), ('name', 'Amahle Nkosi'), ('place', 'Mfuleni')]),
    C("Dr. Matthias Huber referred Elif Demir (MRN KSW-5550-41827, Kantonsspital Winterthur) for trauma therapy. 31, Kurdish, arrived 2019. Interpreter or English? She says English but I'm not sure.",
      [('name', 'Matthias Huber'), ('name', 'Elif Demir'), ('medical_record', 'KSW-5550-41827'), ('place', 'Kantonsspital Winterthur')]),
    C('Hospital no. PGH-555-08127 on the discharge summary - Ronaldo Tubig (20) from Malabon, jumped from a footbridge, survived. Family wants to take him to a faith healer. How do I work with that?',
      [('medical_record', 'PGH-555-08127'), ('name', 'Ronaldo Tubig'), ('place', 'Malabon')]),
    C('He drives a white Hilux, CA 555-129, and parks outside the clinic every Thursday. Gavin Pretorius is my client\'s ex. She\'s terrified. Somerset West SAPS says nothing they can do until he "does something".',
      [('vehicle', 'CA 555-129'), ('name', 'Gavin Pretorius'), ('place', 'Somerset West')]),
    C("Client's car - rego KRM552 - got towed from the hospital carpark while she sat with her dying dad. Stacey-Lee Moana, Ōhaupō. 29. The towing company wants $280. This is what broke her. ideas?",
      [('vehicle', 'KRM552'), ('name', 'Stacey-Lee Moana'), ('place', 'Ōhaupō')]),
    C("Plate MH 12 DE 5571 was noted by the neighbour when my client's father came to the hostel to drag her home. Pooja Deshmukh, 20, Karve Nagar. Police or hostel warden first?",
      [('vehicle', 'MH 12 DE 5571'), ('name', 'Pooja Deshmukh'), ('place', 'Karve Nagar')]),
    C('ugh. client Maddie Swanson (24) found her stepdad logged into her Spotify from 198.51.100.157 - same IP as the house in Fond du Lac. she moved out in June. is it worth telling her to change everything or is that fuelling hypervigilance?',
      [('name', 'Maddie Swanson'), ('ip_address', '198.51.100.157'), ('place', 'Fond du Lac')]),
    C('The VPN log showed 203.0.113.93 for Shaun Erasmus\'s session even though he said he was "at home" in Brackenfell. Turns out he was at the casino. Gambling relapse. Address the lie or the gambling?',
      [('ip_address', '203.0.113.93'), ('name', 'Shaun Erasmus'), ('place', 'Brackenfell')]),
    C("Video platform audit: Amit Bhandari's sessions were accessed from 2001:db8:4f:55::17 and 192.0.2.227. He's in Noida, but one IP is his office. Shared laptop. Remind him about privacy or leave it?",
      [('name', 'Amit Bhandari'), ('ip_address', '2001:db8:4f:55::17'), ('ip_address', '192.0.2.227'), ('place', 'Noida')]),
    C("Tala Ruaimoana's Insta is instagram.example/tala.r.poly and she posts about our sessions with the hashtag #healingjourney. 18, Tōtara Heights. Talk about it? Ignore it?",
      [('name', 'Tala Ruaimoana'), ('url', 'instagram.example/tala.r.poly'), ('place', 'Tōtara Heights')]),
    C("Peer support group for Filipino nurses in Athenry - the Messenger link m.me.example/j/AbKx55PinoyGY got posted publicly. Lovely Manalo (organiser, 34) is freaking out. I'm the facilitator. Reissue + what do I say?",
      [('place', 'Athenry'), ('url', 'm.me.example/j/AbKx55PinoyGY'), ('name', 'Lovely Manalo')]),
    C('Cyril Ndlovu\'s podcast www.cyriltalksmen.example.co.za mentions his "counsellor in Midrand" by first name. Me. He\'s 40. His episodes are good, honestly. Do I bring it up?',
      [('name', 'Cyril Ndlovu'), ('url', 'www.cyriltalksmen.example.co.za'), ('place', 'Midrand')]),
    C("Our Brazilian colleague Rosana referred Cláudio Pires, RG 55.481.207-X, 63, retired bus driver in Niterói. Depression after retirement. He'll only speak Portuguese, my Portuguese is basic. Any Lusophone therapists?",
      [('name', 'Rosana'), ('name', 'Cláudio Pires'), ('ssn', '55.481.207-X'), ('place', 'Niterói')]),
    C("Intake typo: Oyelaran Adebayo's SSN entered as 555-08-3317 on the portal, should be his ITIN. He's a Nigerian student at Mizzou. I can't fix the field. Who do I call?",
      [('name', 'Oyelaran Adebayo'), ('ssn', '555-08-3317'), ('place', 'Mizzou')]),
    C("Opa Sepp is 101 this spring, lives with my client Veronika Steiner in Bad Ischl, keeps telling the same war story. She's 68 and exhausted. Respite care options in Oberösterreich?",
      [('name', 'Opa Sepp'), ('age_over_89', '101 this spring'), ('name', 'Veronika Steiner'), ('place', 'Bad Ischl')]),
    C("Nana Efua (my client's grandmother) is ninety-nine not out, in Kwabre Tanoso, and my client (Ekua, 31, in Bolingbrook) can't afford to fly home. Anticipatory grief from a distance - ideas?",
      [('name', 'Nana Efua'), ('age_over_89', 'ninety-nine not out'), ('place', 'Kwabre Tanoso'), ('name', 'Ekua'), ('place', 'Bolingbrook')]),
    C("Aling Ising? No, Aling Iluminada - she's 103 going on 104 na po - is my client's lola in Pateros. My client (55) is the unmarried daughter expected to care for her forever. Role entrapment? lol",
      [('name', 'Ising'), ('name', 'Iluminada'), ('age_over_89', '103 going on 104'), ('place', 'Pateros')]),
    C('Quick one: Hendrik "Henk" Louw, DOB the 9th of March 1961, lives in Hermanus, keeps calling the after-hours line from +27 28 555 0174. 65, widower. How often is too often for check-ins?',
      [('name', 'Hendrik "Henk" Louw'), ('date', 'the 9th of March 1961'), ('place', 'Hermanus'), ('phone', '+27 28 555 0174')]),
    C('Roshni\'s mum called from 0091 22 5550 3186 asking if her daughter "is mad". Roshni is 21, at St. Xavier\'s, Mumbai. Psychoeducation with parents who see therapy as stigma?',
      [('name', 'Roshni'), ('phone', '0091 22 5550 3186'), ('place', "St. Xavier's"), ('place', 'Mumbai')]),
    C('Session moved to Wed 7 Jan? no - Thursday the 8th of January. Clodagh Furey, 37, Miltown Malbay, wanted it in writing. Sent from the wrong account. Small rupture. Worth naming?',
      [('date', '7 Jan'), ('date', 'the 8th of January'), ('name', 'Clodagh Furey'), ('place', 'Miltown Malbay')]),
    C("Can anyone confirm the intake fax for Pine Rest is still 616 555 0128? Brianna DeVries (16, Zeeland) needs a bed and I'm on hold forever.",
      [('place', 'Pine Rest'), ('fax', '616 555 0128'), ('name', 'Brianna DeVries'), ('place', 'Zeeland')]),
    C("Mthobisi's GEMS medical aid no. 555 0738 21 has run out of mental health benefits in October. He's a teacher in Itsoseng, 45, severe depression. PMB for MDD - how have you motivated for extra sessions?",
      [('name', 'Mthobisi'), ('health_plan', '555 0738 21'), ('place', 'Itsoseng')]),
    C("PhilHealth didn't cover it, but Ligaya Soriano's HMO card (Maxicare 5550-1182-0457-09) might. She's 27, call centre in Kapitolyo. Anyone know if Maxicare covers psychologists or only psychiatrists?",
      [('name', 'Ligaya Soriano'), ('health_plan', '5550-1182-0457-09'), ('place', 'Kapitolyo')]),
    C('Email from the Coombe perinatal team went to orla.dempsey.home@eircom.example instead of the clinic. Orla Dempsey, 30, postpartum psychosis history. She saw it first. Apology - how much do I own?',
      [('place', 'Coombe'), ('email', 'orla.dempsey.home@eircom.example'), ('name', 'Orla Dempsey')]),
    C("Wiebke Thomsen's smart ring (Oura OR5-55XK-2291) shows 4h sleep avg, she's 38, lives in Husum. Perimenopause insomnia + health anxiety. CBT-I with wearables - ditch the ring or use the data?",
      [('name', 'Wiebke Thomsen'), ('device', 'OR5-55XK-2291'), ('place', 'Husum')]),
    C('Long one, sorry. Supervision question about a family I\'ve been seeing since spring. Mum is Marlize Fourie (43), dad Deon (47), they farm outside Vredefort, and their eldest Wikus (16) boards at Grey College during the week. Wikus disclosed at the weekend that he\'s gay and that a housemaster has been "making comments". Dad\'s response was to say he\'d "sort it out" and drive to the school. Mum rang me from 056 555 0147 in tears. Where do I even start with this one?',
      [('name', 'Marlize Fourie'), ('name', 'Deon'), ('place', 'Vredefort'), ('name', 'Wikus'), ('place', 'Grey College'), ('phone', '056 555 0147')]),
    C("Admin + clinical q in one. Our group practice in Carbondale is moving to a new EHR and the old vendor exported everything as spreadsheets. I opened one to check it and Marisol Quintanilla's full record is in there - MRN SIH-0558-2271, her Medicaid ID, and her old address at 609 W. Walnut Street. She's one of mine, 38, with a DV history, and her ex has tried to find her before. Who needs to know, and in what order? Feels urgent.",
      [('place', 'Carbondale'), ('name', 'Marisol Quintanilla'), ('medical_record', 'SIH-0558-2271'), ('street_address', '609 W. Walnut Street')]),
    C('ok so I need a sanity check. new client Anneliese Brandstätter, 52, teacher in Dornbirn, referred by her Hausarzt for "burnout". first session she tells me her husband Korbinian reads all her emails - she gave me anneliese.b@vol.example.at and then said "actually don\'t use that, he has the password". she then asked if I could bill under her sister\'s insurance. 2 red flags in 50 min. I said no to the billing, obviously. the email thing is what worries me - coercive control? how do I check without scaring her off?',
      [('name', 'Anneliese Brandstätter'), ('place', 'Dornbirn'), ('name', 'Korbinian'), ('email', 'anneliese.b@vol.example.at')]),
    C('Vent + question. A colleague in our practice posted a "case study" on her public blog at mindfulmanawa.example.nz/blog - de-identified, she says - but it mentions a 19 y/o Samoan rugby player from Tāmaki Heights whose dad is a minister, and every church auntie will know exactly who it is. It\'s Fuimaono. It\'s my client\'s cousin. I haven\'t said anything yet. I\'m going to talk to her tomorrow, but how do I raise it without it becoming a fight? And do I tell him?',
      [('url', 'mindfulmanawa.example.nz/blog'), ('place', 'Tāmaki Heights'), ('name', 'Fuimaono')]),
    C('pt Brantley Oakes (34) lost his job at the Kessling Feed & Grain in Tuscola after a DUI, plate IL 7HX 5529. wife says he\'s "fine". PHQ-9 of 19 says otherwise. how hard do I push re: SI screening at intake?',
      [('name', 'Brantley Oakes'), ('place', 'Kessling Feed & Grain'), ('place', 'Tuscola'), ('vehicle', 'IL 7HX 5529')]),
    C("Consult pls - LaDonna Tribble, 41, DOB March 9th 1985, Medicaid ID MS 5581 0472 9, referred from Okolona Family Health. Grief after her son was shot on 1108 Pinecrest Rd. She wants EMDR but I'm not trained. who in north MS does it?",
      [('name', 'LaDonna Tribble'), ('date', 'March 9th 1985'), ('health_plan', 'MS 5581 0472 9'), ('place', 'Okolona Family Health'), ('street_address', '1108 Pinecrest Rd')]),
    C('Got a voicemail from Earl Dwayne Pickett\'s daughter at (662) 555-0148 asking if he\'s "still going to that counselor". He\'s 58, ROI on file covers only his PCP. Do I call her back at all?',
      [('name', 'Earl Dwayne Pickett'), ('phone', '(662) 555-0148')]),
    C('Oaklynn\'s grandma dropped her off again, she\'s 12 and at Hollis Creek Middle School in Fayetteville, AR. Teacher emailed me from mrs.vance.6th@hollis-creek.example asking for "an update" - I have nothing signed. template for a polite no?',
      [('name', 'Oaklynn'), ('place', 'Hollis Creek Middle School'), ('place', 'Fayetteville'), ('email', 'mrs.vance.6th@hollis-creek.example')]),
    C('quick q, fax for the Boone County DHS office is 573-555-0119 but they keep saying they never got my report on Tucker Hensley (9). send it again or drive it over?',
      [('place', 'Boone County'), ('fax', '573-555-0119'), ('name', 'Tucker Hensley')]),
    C('My client Wren Stoltzfus left the Amish community near Arthur, IL two years ago; her brother Eli Yoder is still shunning her. 22, no SSN card until last year - got one, 555-41-0873, and it made her cry. Identity work ideas welcome.',
      [('name', 'Wren Stoltzfus'), ('place', 'Arthur'), ('name', 'Eli Yoder'), ('ssn', '555-41-0873')]),
    C('Deshawn "Shawnie" Merriweather is 17, plays corner for Northside Prep in Pontotoc, and told me today that he\'s been taking his uncle\'s oxycodone after practice. Mom is the policyholder, BCBS member ZGP555833401. Mandatory report? He\'s a minor but not in danger from someone else.',
      [('name', 'Deshawn "Shawnie" Merriweather'), ('place', 'Northside Prep'), ('place', 'Pontotoc'), ('health_plan', 'ZGP555833401')]),
    C('Supervision q: pt Oralee Biggs turned ninety-three last week and her son still brings her to sessions. She\'s sharp as a tack, lives alone off 4417 Old Mill Pike, Bardstown, KY 40004. Son wants "a copy of her file". Nope, right?',
      [('name', 'Oralee Biggs'), ('age_over_89', 'ninety-three last week'), ('street_address', '4417 Old Mill Pike'), ('place', 'Bardstown'), ('zip_code', '40004')]),
    C("He's on ankle monitor BI-5530-2291, house arrest in Inkster until Jan 22. Ferhat Mujić, 26, Bosnian-American, court-ordered anger mgmt. Shows up, says nothing. 8 sessions of silence so far. ideas?",
      [('device', 'BI-5530-2291'), ('place', 'Inkster'), ('date', 'Jan 22'), ('name', 'Ferhat Mujić')]),
    C('Jolene Kimbrough 35 y/o - EAP referral from the Toyota plant in Georgetown, employee # E-0055-71829. HR keeps calling me about "her progress" on 502 555 0177. What exactly can EAP counselors share in KY?',
      [('name', 'Jolene Kimbrough'), ('place', 'Georgetown'), ('account', 'E-0055-71829'), ('phone', '502 555 0177')]),
    C("hey all, skeeter (real name Harlan Creech) cancelled again - third time. lives out past Mamou, LA, truck's VIN 1FTFW1E55NFA40281 got repossessed so he can't drive in. telehealth? his internet is a hotspot lol",
      [('name', 'skeeter'), ('name', 'Harlan Creech'), ('place', 'Mamou'), ('vehicle', '1FTFW1E55NFA40281')]),
    C('Huynh Thi Lan, 47, nail salon owner in Alief, TX, MRN HC-550-8827 at our clinic. Interpreter says she describes "nóng trong người" - heat inside. Somatic anxiety? culturally, how would y\'all frame it?',
      [('name', 'Huynh Thi Lan'), ('place', 'Alief'), ('medical_record', 'HC-550-8827')]),
    C("Client Abdirahman Hirsi-Gedi (St. Cloud, MN - Southside) asked me to write to USCIS. His A-number is A 555-031-447. I don't do immigration letters. Who in central MN does psych evals for asylum?",
      [('name', 'Abdirahman Hirsi-Gedi'), ('place', 'St. Cloud'), ('place', 'Southside'), ('account', 'A 555-031-447')]),
    C("Received records from Mercy Hospital Joplin for Kaylee-Ann Dorsey, DOB 07/14/2009. They faxed it to the wrong number (417.555.0162, that's our billing office). HIPAA breach on their end or mine to report?",
      [('place', 'Mercy Hospital Joplin'), ('name', 'Kaylee-Ann Dorsey'), ('date', '07/14/2009'), ('fax', '417.555.0162')]),
    C("my pt's ex keeps posting about her on facebook.example/tanner.lyle.ozarks. Tanner Lyle lives two doors down in Cabool. she's 29, wants to document for a protective order. can I help with that or is it outside my lane?",
      [('url', 'facebook.example/tanner.lyle.ozarks'), ('name', 'Tanner Lyle'), ('place', 'Cabool')]),
    C("Pastor Elijah Boatwright from Greater Mt. Zion Baptist asked if I'd run a grief group at the church after the tornado in Dawson Springs. I'm Black, he's Black, congregation trusts him not me. Thoughts on partnering w/ faith leaders?",
      [('name', 'Elijah Boatwright'), ('place', 'Greater Mt. Zion Baptist'), ('place', 'Dawson Springs')]),
    C("Sunny Vang (Hmong, 19) - her parents want a txiv neeb to do a soul-calling ceremony before she keeps seeing me. I'm totally fine with that. She's at UW-Eau Claire, student ID 5550-2817-44. just want to hear from anyone who's collaborated with shamans.",
      [('name', 'Sunny Vang'), ('place', 'UW-Eau Claire'), ('account', '5550-2817-44')]),
    C("Teletherapy log flagged a login from 198.51.100.246 on Cody Wayne Bristow's account while he was inpatient. His sister? His ex? Not sure whether to tell him or the platform first.",
      [('ip_address', '198.51.100.246'), ('name', 'Cody Wayne Bristow')]),
    C("Yesenia Ochoa-Barrera's TX DL 55829017 was on the intake copy that our front desk scanned into the shared drive. She's 23, undocumented parents, terrified. How do I handle this honestly with her?",
      [('name', 'Yesenia Ochoa-Barrera'), ('licence', '55829017')]),
    C("Referral from Carle in Rantoul - Mr. Dale Hufnagel, 89? no sorry 96 come harvest, still farms corn with his grandsons. Depression after his wife passed. Medicare MBI 5EG5-TN2-KX55. Anyone see geriatric clients who'd rather talk in a truck than an office?",
      [('place', 'Carle'), ('place', 'Rantoul'), ('name', 'Dale Hufnagel'), ('age_over_89', '96 come harvest'), ('health_plan', '5EG5-TN2-KX55')]),
    C('Looking for advice - Caoimhe Ní Ghadhra, 16, transition year at Coláiste Pobail Bheanntraí, parents separated, mam drinks. School counsellor rang me from 027 555 0193 wanting to "share notes". Under 18 in Ireland, what\'s the consent position now?',
      [('name', 'Caoimhe Ní Ghadhra'), ('place', 'Coláiste Pobail Bheanntraí'), ('phone', '027 555 0193')]),
    C("Micheál Ó Flatharta's GP in Leitir Móir sent the referral by fax (091 555 0134) - who even has a fax machine in 2026. He's 71, Irish is his first language, and I'm rusty. Should I refer on to someone fluent?",
      [('name', 'Micheál Ó Flatharta'), ('place', 'Leitir Móir'), ('fax', '091 555 0134')]),
    C("pt shaz from Cherry Orchard - PPSN on the form was 5550417TA, she wrote it herself on a HSE form she wasn't meant to give me. Shred it? Keep it? she's 24, anxious about everything already",
      [('name', 'shaz'), ('place', 'Cherry Orchard'), ('ssn', '5550417TA')]),
    C('Client Dessie Mongan is a Traveller man, 38, lives on the halting site at Cappagh Road, Dunsink. Says the last counsellor "looked at me like I\'d rob her". How do ye build trust when the system\'s failed them every time?',
      [('name', 'Dessie Mongan'), ('place', 'Cappagh Road'), ('place', 'Dunsink')]),
    C("Sadhbh Nic Eoin's Medical Card number is 55-7710-3926Q and the clinic billed the wrong one so now she's been sent a bill for €80. She is spiralling over it. Anyone know who to ring in PCRS?",
      [('name', 'Sadhbh Nic Eoin'), ('health_plan', '55-7710-3926Q')]),
    C("Grandad's in his 95th year, lives with my client in Kilmaine and has started wandering at night. Tomás Ó Máille (the grandad) was a guard for 40 years. Client (52) is exhausted. Respite options out west?",
      [('age_over_89', 'in his 95th year'), ('place', 'Kilmaine'), ('name', 'Tomás Ó Máille')]),
    C('Rushed - Aoife Brennan-Kiely DOB 22/08/2001 rang twice, wants to move her session to Thurs. Her new number is 087 555 0126. Old one still on the booking system. sorry wrong group!! 🙈',
      [('name', 'Aoife Brennan-Kiely'), ('date', '22/08/2001'), ('phone', '087 555 0126')]),
    C('Clíodhna works in the Apple campus out in Hollyhill. Massive imposter syndrome. Staff ID CRK-55-48821 is on the EAP voucher she handed me. Anyone else doing EAP through Spectrum Life?',
      [('name', 'Clíodhna'), ('place', 'Apple campus'), ('place', 'Hollyhill'), ('account', 'CRK-55-48821')]),
    C('my client\'s car reg is 221-C-55731 and someone keyed "junkie" into it outside the methadone clinic in Charleville. Ger Horgan, 33, 18 months clean. he wants to quit the programme because of the shame. thoughts',
      [('vehicle', '221-C-55731'), ('place', 'Charleville'), ('name', 'Ger Horgan')]),
    C('Intake form: Ruairí Mac an tSaoir, 14 Bóthar na Trá, Na Forbacha H91 X55C. Email ruairi.mats@eir.example. Presenting: panic after a near-drowning while swimming off the pier.',
      [('name', 'Ruairí Mac an tSaoir'), ('street_address', '14 Bóthar na Trá'), ('place', 'Na Forbacha'), ('zip_code', 'H91 X55C'), ('email', 'ruairi.mats@eir.example')]),
    C("Has anyone worked with a client wearing an EM tag from the Probation Service? Jason Moorhouse (tag EMT-IE-5572) has a 9pm curfew at his mam's in Mulhuddart and sessions finish at 8.30. Bus takes 50 mins. Help",
      [('name', 'Jason Moorhouse'), ('device', 'EMT-IE-5572'), ('place', 'Mulhuddart')]),
    C("Fr. Fachtna - no, sorry, I shouldn't use his title here - an older priest client, 78, wants to talk about what he saw in the 70s at St. Enda's Industrial School. Supervision heavy. Who else has done survivor work?",
      [('name', 'Fachtna'), ('place', "St. Enda's Industrial School")]),
    C("referral for Bláthnaid Fogarty, MRN CUH-5507812, ED at Cork University Hospital after an overdose on the 29th of May. Discharged to me for follow-up. She's 19. Safety plan ideas for a first-year at uni?",
      [('name', 'Bláthnaid Fogarty'), ('medical_record', 'CUH-5507812'), ('place', 'Cork University Hospital'), ('date', 'the 29th of May')]),
    C("Client's little one Fiachra Óg (6) goes to Scoil Mhuire gan Smál in Blarney. Teacher noticed bruising. Tusla referral done. Mam doesn't know yet it was me. How do I hold the session tomorrow?",
      [('name', 'Fiachra Óg'), ('place', 'Scoil Mhuire gan Smál'), ('place', 'Blarney')]),
    C("Pádraig Breathnach's passport number PY5528104 was on the court letter he brought in to show me. He's 44, facing extradition. Do I photocopy it for the file? Feels wrong.",
      [('name', 'Pádraig Breathnach'), ('licence', 'PY5528104')]),
    C("Kia ora team - Hēmi Tautahi (Ngāpuhi, 27) from Pākaraka, NHI ZKX5531. Mum died in March, he's been on the piss since. GP wants me to assess for AOD. Any kaupapa Māori services up north I can refer to alongside?",
      [('name', 'Hēmi Tautahi'), ('place', 'Pākaraka'), ('medical_record', 'ZKX5531')]),
    C("Siosaia Fonua's mum rang from 021 555 0164, very upset - he's 15, Tongan, at Aorere College, and was stood down for vaping. She thinks the school is racist. Family meeting with the school tomorrow, how do I keep it safe?",
      [('name', 'Siosaia Fonua'), ('phone', '021 555 0164'), ('place', 'Aorere College')]),
    C('Client Tavita Maiava-Leota, 41, truckie, rego NJK552, was the driver in a fatal on SH1 near Taupō. No fault. ACC claim number 55-4210-9987. Massive guilt. EMDR or trauma-focused CBT first?',
      [('name', 'Tavita Maiava-Leota'), ('vehicle', 'NJK552'), ('place', 'Taupō'), ('account', '55-4210-9987')]),
    C("Te Aomihia's kuia is ninety-one years young and lives on the marae at Whareponga. Te Aomihia (23) wants to move home to care for her, whānau say she should finish uni. Whose call is it really? Culturally I'm out of my depth.",
      [('name', 'Te Aomihia'), ('age_over_89', 'ninety-one years young'), ('place', 'Whareponga')]),
    C('pt Jackson "Jacko" Barnett, 52, dairy farmer out of Morrinsville. Milk price, debt, wife left. He said "might just go for a walk with the rifle". Firearms licence AA555713. I\'ve called police. what now',
      [('name', 'Jackson "Jacko" Barnett'), ('place', 'Morrinsville'), ('licence', 'AA555713')]),
    C("Priya Chandrasekar (Tamil, 34) nurse at Puhinui Health Centre in Clover Park, was assaulted by a patient's relative. Her staff number MMH-55-2038 is on the incident form she brought. Workplace trauma + racism. Recommendations for clinical supervisors who get it?",
      [('name', 'Priya Chandrasekar'), ('place', 'Puhinui Health Centre'), ('place', 'Clover Park'), ('account', 'MMH-55-2038')]),
    C("Losana Vainikolo and her partner Iosefa Lemalu both see me separately. He just emailed from iosefa.l@xtra.example saying she's lying about the money. Couple therapist needed in Waitangirua - anyone?",
      [('name', 'Losana Vainikolo'), ('name', 'Iosefa Lemalu'), ('email', 'iosefa.l@xtra.example'), ('place', 'Waitangirua')]),
    C("Funding query - Brodie Harrop is under ACC sensitive claims, claim SC-5518-3307, and his counsellor in Wyndham is retiring. He's 19. How do I make the handover not feel like another abandonment?",
      [('name', 'Brodie Harrop'), ('account', 'SC-5518-3307'), ('place', 'Wyndham')]),
    C('Wiremu Pōtae (Ngāti Kahungunu) rents at 7 Kōwhai Street, Raureka, Havelock North 4120. Meth-affected house, landlord evicting. 3 kids. He\'s 30 and just keeps saying "it\'s all good bro". Not good.',
      [('name', 'Wiremu Pōtae'), ('street_address', '7 Kōwhai Street'), ('place', 'Raureka'), ('place', 'Havelock North'), ('zip_code', '4120')]),
    C('Chinese-Kiwi student Zhao Yuqing at Otago, visa anxiety, says her phone is being tracked by her father - "find my" from IMEI 35 555012 847193 4. She\'s 20. Coercive control from overseas - anyone dealt with this?',
      [('name', 'Zhao Yuqing'), ('place', 'Otago'), ('device', '35 555012 847193 4')]),
    C("Sawubona colleagues. Sibusiso Mthembu (29) from Chesterville was hijacked on the N2, they took his Polo, reg ND 555-471. Now can't drive at all. He's a rep, needs his car for work. In-vivo exposure with a hijacking survivor - too risky here?",
      [('name', 'Sibusiso Mthembu'), ('place', 'Chesterville'), ('vehicle', 'ND 555-471')]),
    C("Medical aid query: Thandeka Dlamini's Discovery number is 555029174 but they've declined the claim for sessions 7-12. She's 34, lives in Winterveld, PTSD after a taxi rank shooting. PMB code for PTSD? Anyone fought this and won?",
      [('name', 'Thandeka Dlamini'), ('health_plan', '555029174'), ('place', 'Winterveld')]),
    C('Riaan van der Merwe, 48, farmer near Koster, ID number 780515 5550 08 3 on the court papers. Farm attack survivor, won\'t sleep without a pistol under the pillow. His wife wants him to see me, he thinks it\'s for "slappe mense". ja...',
      [('name', 'Riaan van der Merwe'), ('place', 'Koster'), ('ssn', '780515 5550 08 3')]),
    C("Teen client Tshegofatso (15) at Hoërskool Waterkloof? no, sorry, it's Pretoria Girls High - she's being bullied on WhatsApp. Mom phoned from 082 555 0139. I need the school's counsellor to be involved without outing her.",
      [('name', 'Tshegofatso'), ('place', 'Hoërskool Waterkloof'), ('place', 'Pretoria Girls High'), ('phone', '082 555 0139')]),
    C("Ayesha Parker (Cape Malay, 40) from Bo-Kaap, her landlord is flipping the house to an Airbnb. Three generations at 21 Wale Street. She's not sleeping. Is housing loss trauma a real thing or am I over-pathologising?",
      [('name', 'Ayesha Parker'), ('place', 'Bo-Kaap'), ('street_address', '21 Wale Street')]),
    C('Ouma Susanna "Sannie" Botha is ninety-eight this winter and my client\'s the only one who visits her at Huis Avondrus in Parys. Client (60) is burning out. Survivor guilt when the siblings emigrated to Mandurah. Thoughts?',
      [('name', 'Susanna "Sannie" Botha'), ('age_over_89', 'ninety-eight this winter'), ('place', 'Huis Avondrus'), ('place', 'Parys'), ('place', 'Mandurah')]),
    C("Kagiso Molefe's email kagiso.m@webmail.example.co.za got hacked and someone sent his session invoices to his boss at Sasol in Secunda. Diagnosis code was on the invoice. He's 37 and livid. Who reports this - me or him?",
      [('name', 'Kagiso Molefe'), ('email', 'kagiso.m@webmail.example.co.za'), ('place', 'Sasol'), ('place', 'Secunda')]),
    C('Intake via the Philippi East satellite clinic - Lwazi Mgqwetho, 17, folder no KDH 55-20733. Ulwaluko done last winter, now says he\'s "a man" and can\'t cry. Any isiXhosa-speaking therapists around Kraaifontein? I\'m not the right person.',
      [('place', 'Philippi East'), ('name', 'Lwazi Mgqwetho'), ('medical_record', 'KDH 55-20733'), ('place', 'Kraaifontein')]),
    C("My client Nomcebo (Eswatini-born, 26) works as a domestic in Sandton, employer holds her passport E55081273. Trafficking indicators? She says she's fine, she just wants help with sleep. Where's the line.",
      [('name', 'Nomcebo'), ('place', 'Sandton'), ('licence', 'E55081273')]),
    C("fax the psych report to Weskoppies on 012 555 0186 - no wait, that's the old fax, they're email only now. ugh. Pieter Steyn (52) needs the report by Friday for his 30-day obs.",
      [('place', 'Weskoppies'), ('fax', '012 555 0186'), ('name', 'Pieter Steyn')]),
    C("Ananya Kulkarni (22), final year at COEP, Shivajinagar. Parents found out about her boyfriend and took her phone. Aadhaar 5550 7821 4936 is on the consent form her father filled in. He wants to sit in. She's an adult. How do I handle the father politely?",
      [('name', 'Ananya Kulkarni'), ('place', 'COEP'), ('place', 'Shivajinagar'), ('ssn', '5550 7821 4936')]),
    C('Seeking supervision: client Rahul Menon, 35, IT guy in Bellandur, Bangalore, working US hours, drinks to sleep. Wife called me on +91 97411 55028. Company EAP through his employee ID INF-55-338104. can I even talk to her?',
      [('name', 'Rahul Menon'), ('place', 'Bellandur'), ('place', 'Bangalore'), ('phone', '+91 97411 55028'), ('account', 'INF-55-338104')]),
    C('Baljit Kaur Sandhu\'s son is in Canada, she\'s 61 in Dharamkot, empty nest + diabetes. Only WhatsApp video works for her. She calls me "beta" which is sweet. Anyone do geriatric depression work in Punjabi?',
      [('name', 'Baljit Kaur Sandhu'), ('place', 'Dharamkot')]),
    C('referral from Chaitanya Manasik Hospital for Mohammed Irfan Qureshi, UHID NH5550-2941, 28, OCD with religious scrupulosity. Wants to stop checking his wudu. Anyone done ERP with Muslim clients that respects the religion?',
      [('place', 'Chaitanya Manasik Hospital'), ('name', 'Mohammed Irfan Qureshi'), ('medical_record', 'NH5550-2941')]),
    C("Dadi - that's what everyone calls Kamla Devi Agarwal - she turned ninety-two in Diwali week and lives with my client in Lajpat Nagar. Daughter-in-law caregiving stress. Joint family dynamics. help",
      [('name', 'Dadi'), ('name', 'Kamla Devi Agarwal'), ('age_over_89', 'ninety-two in Diwali week'), ('place', 'Lajpat Nagar')]),
    C("My pt Advait Shenoy's father runs a jewellery shop on 14/B M.G. Road, Kochi 682016. Advait (19) wants to study music, dad says no. Suicidal ideation, no plan. Do I involve the family? Culturally the family is the unit.",
      [('name', 'Advait Shenoy'), ('street_address', '14/B M.G. Road'), ('place', 'Kochi'), ('zip_code', '682016')]),
    C("Tsering Dolma (Tibetan, 33) in McLeod Ganj, RC number RC-55-01937 on her refugee papers. She has flashbacks of the crossing. Language barrier - she's fine in Hindi, I'm fine in Hindi. Trauma therapy in a second language for both of us?",
      [('name', 'Tsering Dolma'), ('place', 'McLeod Ganj'), ('account', 'RC-55-01937')]),
    C("Please suggest - Sneha (14) at Bishop Cotton Girls' School says she's been cutting since class 8. Mother's number 98450 55103. The school counsellor wants to inform the principal. Confidentiality for minors under the MHCA 2017?",
      [('name', 'Sneha'), ('place', "Bishop Cotton Girls' School"), ('phone', '98450 55103')]),
    C("my client's ex keeps logging into her Instagram from 203.0.113.112 - she traced it, it's his office in Sohna. Meghna Batra, 30. cyberstalking complaint filed. can I write a supporting letter?",
      [('ip_address', '203.0.113.112'), ('place', 'Sohna'), ('name', 'Meghna Batra')]),
    C("Venkatesh Raghavan's insurance - Star Health policy P/555113/01/2026/004871 - rejected outpatient psychotherapy. He's 45, burnt out at a bank in T. Nagar. Any insurers in India that actually cover OPD therapy?",
      [('name', 'Venkatesh Raghavan'), ('health_plan', 'P/555113/01/2026/004871'), ('place', 'T. Nagar')]),
    C('Hi po, consult lang. Maricel Dizon, 31, OFW returning from Riyadh, now in Barangay Sto. Cristo, Concepcion. PhilHealth no. 55-201847336-2. Flashbacks of her employer. Where can I refer for trauma-focused CBT nearby?',
      [('name', 'Maricel Dizon'), ('place', 'Riyadh'), ('place', 'Barangay Sto. Cristo'), ('place', 'Concepcion'), ('health_plan', '55-201847336-2')]),
    C('Client Ton-Ton (real name Renato Macaraeg Jr.), 17, grade 11 at Mapúa? no - San Beda. He sent me a FB friend request from fb.example/junjun.macaraeg. I declined. Should I raise it in session?',
      [('name', 'Ton-Ton'), ('name', 'Renato Macaraeg Jr.'), ('place', 'Mapúa'), ('place', 'San Beda'), ('url', 'fb.example/junjun.macaraeg')]),
    C('Lola Paz (Pacita Sarmiento) is turning 97 on Sunday and my client (Cheska, 40) is the only one of 7 siblings who stayed in Malolos. Caregiver resentment + utang na loob. How do you work with that without shaming the family? 🙏',
      [('name', 'Lola Paz'), ('name', 'Pacita Sarmiento'), ('age_over_89', 'turning 97 on Sunday'), ('name', 'Cheska'), ('place', 'Malolos')]),
    C("my pt's TIN 555-318-207-000 is printed on the payslip he showed me - he's a call centre agent at Eastwood City doing graveyard shift. Jerome Lacson, 26. Insomnia + energy drinks + vape. Where to start?",
      [('ssn', '555-318-207-000'), ('place', 'Eastwood City'), ('name', 'Jerome Lacson')]),
    C("Pls help, Divina Panganiban's husband is on a ship (seaman) and she found out about the other family in Talisay. She's 38, in Cabuyao. She messaged me at 2am from divina.pang@yahoo.example. Boundaries with after-hours messages?",
      [('name', 'Divina Panganiban'), ('place', 'Talisay'), ('place', 'Cabuyao'), ('email', 'divina.pang@yahoo.example')]),
    C('Kristine "Tin" Ocampo got her PRC license PRC 0555812 last year as a nurse and now works at St. Luke\'s BGC. Burnout after 16-hour shifts. She wants to go to the UK. Is that avoidance or a plan? lol',
      [('name', 'Kristine "Tin" Ocampo'), ('licence', 'PRC 0555812'), ('place', "St. Luke's BGC")]),
    C('Datu Ali Sinsuat - no title, just Ali - 24, Maguindanaon, from Datu Odin Sinsuat. Survivor of the siege. University student in Iligan. Anyone trained in culturally adapted trauma work for Moro clients?',
      [('name', 'Ali Sinsuat'), ('place', 'Datu Odin Sinsuat'), ('place', 'Iligan')]),
    C("Fax para sa NCMH is (02) 8555 0141 daw but walang sumasagot. Rodel Bautista's records (46, schizophrenia, NCMH-55-09821) need to go to them before his transfer on December 12. tips?",
      [('place', 'NCMH'), ('fax', '(02) 8555 0141'), ('name', 'Rodel Bautista'), ('medical_record', 'NCMH-55-09821'), ('date', 'December 12')]),
    C("Analyn (19), working at a milk tea shop in Angono. Her ex posted her photos on a page - www.pinaybabes.example/analyn19. Safe Spaces Act? Cybercrime unit? She's terrified her tatay will see.",
      [('name', 'Analyn'), ('place', 'Angono'), ('url', 'www.pinaybabes.example/analyn19')]),
    C('Client rides a tricycle for a living in Lucena, body no. TRC-5571 painted on the side, and says the barangay captain keeps extorting him. Ramil Dela Cruz, 42. Depression, drinking Red Horse nightly. Where do I even begin?',
      [('place', 'Lucena'), ('vehicle', 'TRC-5571'), ('name', 'Ramil Dela Cruz')]),
    C('Olá pessoal - Thiago Brandão Ferraz, 28, moved from Campinas to Porto Alegre for work, CPF 555.482.917-03 on the contract he wanted me to sign as a "witness". I declined, obviously. Adjustment disorder + homesickness. Any colleagues in RS?',
      [('name', 'Thiago Brandão Ferraz'), ('place', 'Campinas'), ('place', 'Porto Alegre'), ('ssn', '555.482.917-03')]),
    C("Dona Ceiça - Maria da Conceição Alves - is 90 anos e meio, Alzheimer's, my client is her granddaughter Juliana (34), lives in Perdizes. SUS card 7555 0412 8863 001. Caregiver guilt is huge. ideas?",
      [('name', 'Ceiça'), ('name', 'Maria da Conceição Alves'), ('age_over_89', '90 anos e meio'), ('name', 'Juliana'), ('place', 'Perdizes'), ('health_plan', '7555 0412 8863 001')]),
    C('Client Kauã (15) from Rocinha, Rio. Lost his cousin in an operation last week. His school, CIEP Ayrton Senna, wants a report. He wants nothing written. Minors, ECA, what are the limits?',
      [('name', 'Kauã'), ('place', 'Rocinha'), ('place', 'Rio'), ('place', 'CIEP Ayrton Senna')]),
    C("Gabriela Tanaka Souza's license plate BRA5C55 was cloned and she's been getting fines from Curitiba. She's 41, already anxious, now paranoid. Reality-based anxiety vs GAD - how do you tell them apart?",
      [('name', 'Gabriela Tanaka Souza'), ('vehicle', 'BRA5C55'), ('place', 'Curitiba')]),
    C('Consulta rápida: Fernanda Lopes Rocha (29) from Recife, nurse at Hospital da Restauração, prontuário HR-5550-23198. Post-COVID burnout, nightmares. Her email fer.rocha@hospital.example.com.br gets my session reminders, should I switch to WhatsApp?',
      [('name', 'Fernanda Lopes Rocha'), ('place', 'Recife'), ('place', 'Hospital da Restauração'), ('medical_record', 'HR-5550-23198'), ('email', 'fer.rocha@hospital.example.com.br')]),
    C("my pt Luiz Henrique - Henrique for short - is a motoboy in Belo Horizonte and his bike's RENAVAM 00555832194 was used in a robbery he says he didn't do. 23. Arrest fear. How do I stay neutral?",
      [('name', 'Luiz Henrique'), ('place', 'Belo Horizonte'), ('vehicle', '00555832194')]),
    C('Pastor\'s wife, Irmã Rosângela, 52, from Assembleia de Deus Madureira in Goiânia, depression she thinks is "lack of faith". Referral from her GP. I\'m evangelical too. Help with spirituality-integrated CBT?',
      [('name', 'Rosângela'), ('place', 'Assembleia de Deus Madureira'), ('place', 'Goiânia')]),
    C('Yara Guajajara (Indigenous, 20) studying at UFMA in São Luís, experiencing racism in her dorm. Her student registration 2025-555-0193 is on the complaint form. I want to support the complaint without overreaching.',
      [('name', 'Yara Guajajara'), ('place', 'UFMA'), ('place', 'São Luís'), ('account', '2025-555-0193')]),
    C('Grüezi - Reto Brunner, 57, dairy farmer in Appenzell, AHV-Nr. 756.5550.4127.83, wife died in a tractor accident. He refuses meds. Anyone working with farmers in Switzerland, ideas for rural grief work in English?',
      [('name', 'Reto Brunner'), ('place', 'Appenzell'), ('ssn', '756.5550.4127.83')]),
    C("Client Lena Hofbauer from Hernals, Vienna, e-card 5550 140395 - she's 30, ADHD workup pending at AKH. She asked me to email results to lena.hofbauer@gmx.example.at. I don't do diagnostics. Who in town takes English-speaking adults?",
      [('name', 'Lena Hofbauer'), ('place', 'Hernals'), ('place', 'Vienna'), ('health_plan', '5550 140395'), ('place', 'AKH'), ('email', 'lena.hofbauer@gmx.example.at')]),
    C("Emre Kaplanoğlu (24, Turkish-German) lives in Marxloh, Duisburg, works at ThyssenKrupp. Personalnummer TK-55-807312. Panic attacks on the night shift. Works council wants a letter. What's safe to put in writing?",
      [('name', 'Emre Kaplanoğlu'), ('place', 'Marxloh'), ('place', 'Duisburg'), ('place', 'ThyssenKrupp'), ('account', 'TK-55-807312')]),
    C('Oma Hilde - Hildegard Wenzel - mit 94 Jahren still lives alone in Garmisch-Partenkirchen. My client (her grandson Jannik-Malte, 35) flies in from Milton Keynes monthly and is burnt out. Hilde refuses a Heim. How would you support the grandson?',
      [('name', 'Oma Hilde'), ('name', 'Hildegard Wenzel'), ('age_over_89', 'mit 94 Jahren'), ('place', 'Garmisch-Partenkirchen'), ('name', 'Jannik-Malte'), ('place', 'Milton Keynes')]),
    C("pt Dragana Petrović (Serbian, 39) in Favoriten, her husband's car W-55317K is always parked outside her work. DV, she's going to the Frauenhaus on 15. Dezember. Safety planning with a German-speaking shelter - any contacts?",
      [('name', 'Dragana Petrović'), ('place', 'Favoriten'), ('vehicle', 'W-55317K'), ('date', '15. Dezember')]),
    C('Hey all, a client Noah Keller (21), student at ETH, Zürich, his Fitbit FB-5550-3318-29 "sleep score" drives his anxiety. orthosomnia?? He checks it 40x a day. Exposure to not-checking?',
      [('name', 'Noah Keller'), ('place', 'ETH'), ('place', 'Zürich'), ('device', 'FB-5550-3318-29')]),
    C("My client's GP in Innsbruck sent her letter to fax +43 512 555 0177 and it went to a pharmacy. Sabine Moser, 45, alcohol use disorder. Data breach under GDPR - who reports?",
      [('place', 'Innsbruck'), ('fax', '+43 512 555 0177'), ('name', 'Sabine Moser')]),
    C('Jan-Ole Petersen, 19, apprentice at a shipyard in Flensburg, lives at Norderstraße 55, 24939 Flensburg. Gaming 14h/day. His mother calls me at 0461 5550 1198. Mother-son enmeshment?',
      [('name', 'Jan-Ole Petersen'), ('place', 'Flensburg'), ('street_address', 'Norderstraße 55'), ('zip_code', '24939'), ('phone', '0461 5550 1198')]),
    C("heads up - our telehealth platform logs show Marcus Tillery's sessions coming from 192.0.2.141 which geolocates to his ex's apartment in Edmond, not his place. PO wants to know. do I say anything??",
      [('name', 'Marcus Tillery'), ('ip_address', '192.0.2.141'), ('place', 'Edmond')]),
    C("Security q: a client (Ines Vogt, 33) asked why my booking site shows her IP as 10.55.3.27 in the confirmation email. That's a private address, right? She's worried her employer can see. Is it worth explaining or just apologising?",
      [('name', 'Ines Vogt'), ('ip_address', '10.55.3.27')]),
    C("Admin note to team: the router at the Ballincollig office is 192.168.55.1, password changed after Dáithí's ex-boyfriend got onto the guest wifi. Do NOT write client names on the whiteboard.",
      [('place', 'Ballincollig'), ('ip_address', '192.168.55.1'), ('name', 'Dáithí')]),
    C('Odd one. Kgomotso Sebego says her husband tracks her through her phone, and she showed me a screenshot with "last login 203.0.113.139, Phokeng". 36, two kids. Safety planning with tech abuse - good resources?',
      [('name', 'Kgomotso Sebego'), ('ip_address', '203.0.113.139'), ('place', 'Phokeng')]),
    C("IT flagged repeated logins to my EHR from 2001:db8:55::4a at 3am. I'm in Kalamazoo. The only client who's ever tried to access my systems is Trevor Albrecht. Do I confront, report, or stay quiet?",
      [('ip_address', '2001:db8:55::4a'), ('place', 'Kalamazoo'), ('name', 'Trevor Albrecht')]),
    C('Reuben Owusu-Ansah\'s son ran his own "investigation" and posted my home address on reddit.example/u/justice4dad_gh. Reuben (50, Ghanaian, Fulton, MO) is mortified. I\'m shaken 😬. Consult on my own safety + continuing the work.',
      [('name', 'Reuben Owusu-Ansah'), ('url', 'reddit.example/u/justice4dad_gh'), ('place', 'Fulton')]),
    C('Kezia Lombard (17) runs a TikTok @keziaaa.eats documenting "what I eat in a day" at 900 kcal. Her mom in Blackheath showed me. ED unit referral or outpatient first?',
      [('name', 'Kezia Lombard'), ('url', '@keziaaa.eats'), ('place', 'Blackheath')]),
    C("my client's GoFundMe gofundme.example/f/help-thabo-walk-again for Thabo Mokoena's rehab after the shooting is going viral and strangers keep messaging him. He's 22, Ivory Park. Do we talk about this in session?",
      [('url', 'gofundme.example/f/help-thabo-walk-again'), ('name', 'Thabo Mokoena'), ('place', 'Ivory Park')]),
    C("Zoom link for tonight's group got forwarded - https://zoom.example/j/55510293847. Declan Furlong shared it on the Enniscorthy parish Facebook page by mistake. Do I kill the link and reissue? yes obviously. But what do I tell the group?",
      [('url', 'https://zoom.example/j/55510293847'), ('name', 'Declan Furlong'), ('place', 'Enniscorthy')]),
    C('my pt Harpreet Gill writes a blog about her divorce at www.harpreetheals.example.in and mentions "my therapist" constantly. She\'s 39, Khanna. Not breaking any rule, but I feel exposed. Countertransference?',
      [('name', 'Harpreet Gill'), ('url', 'www.harpreetheals.example.in'), ('place', 'Khanna')]),
    C('Email from tyrell.banks22@protonmail.example saying he\'s my client\'s brother and "needs to talk". Tyrell Banks isn\'t my client - his sister Tameka is. She\'s 31, Little Rock. Ignore? Reply with a generic no?',
      [('email', 'tyrell.banks22@protonmail.example'), ('name', 'Tyrell Banks'), ('name', 'Tameka'), ('place', 'Little Rock')]),
    C("Gerhard Pichler (g.pichler@a1.example.net) wrote to me asking for his late wife's notes. She died in Graz in September, he's 81. Austria: do next of kin have rights to therapy notes?",
      [('name', 'Gerhard Pichler'), ('email', 'g.pichler@a1.example.net'), ('place', 'Graz')]),
    C("Supervisee sent me a session summary from her personal email (kayleighcounsels@gmail.example) - client Mandlenkosi, 44, named in the subject line. She's based in Mpophomeni. How do I raise it gently?",
      [('email', 'kayleighcounsels@gmail.example'), ('name', 'Mandlenkosi'), ('place', 'Mpophomeni')]),
    C("CPAP serial RS55-22109-8843 came up on the sleep study for Wanda Mae Coggins, 66, Dothan, AL. She won't wear it - claustrophobia from being locked in a closet as a kid. Exposure + CPAP desensitisation, anyone?",
      [('device', 'RS55-22109-8843'), ('name', 'Wanda Mae Coggins'), ('place', 'Dothan')]),
    C("Client's insulin pump (MMT-780G SN 5550NG8124) alarmed three times in session. Tariq Hussain, 18, T1D, diabulimia suspected. He's at Holy Cross College in Ramsbottom. Shared care with the diabetes team - how?",
      [('device', 'MMT-780G SN 5550NG8124'), ('name', 'Tariq Hussain'), ('place', 'Holy Cross College'), ('place', 'Ramsbottom')]),
    C("My pt Ethan Kowalczyk's ankle bracelet SCRAM unit SC-5507713 went off during our session in Manitowoc. Alcohol-based hand sanitizer, he swears. 45, 3rd OWI. Document it? Tell the PO?",
      [('name', 'Ethan Kowalczyk'), ('device', 'SC-5507713'), ('place', 'Manitowoc')]),
    C("Nandi Zungu's Apple Watch flagged AFib during a panic attack, IMEI 35-555093-281746-2 listed on the cardiology referral. 29, Ballito. Cardiac anxiety spiralling. How do I separate real risk from health anxiety?",
      [('name', 'Nandi Zungu'), ('device', '35-555093-281746-2'), ('place', 'Ballito')]),
    C('Hearing aid serial PHK-5558-20371 on the audiology letter - Seán Óg Cleary, 72, Cappoquin, withdrawn since losing his hearing. Depression or just isolation? Counselling via captions works ok.',
      [('device', 'PHK-5558-20371'), ('name', 'Seán Óg Cleary'), ('place', 'Cappoquin')]),
    C("Lakshmi Iyer (28) - GPS tracker TKSTAR-55-80147 found under her scooter seat, she thinks it's her brother. Triplicane. Honour-based control? Resources in Tamil Nadu?",
      [('name', 'Lakshmi Iyer'), ('device', 'TKSTAR-55-80147'), ('place', 'Triplicane')]),
    C('DOB 02.11.1998, Valentina Gruber, referred from the LKH Salzburg psych ward. Her Krankenversicherung number 5550 021198 is on every page. 28, BPD traits. DBT group in English anywhere in Austria?',
      [('date', '02.11.1998'), ('name', 'Valentina Gruber'), ('place', 'LKH Salzburg'), ('health_plan', '5550 021198')]),
    C('Jaylen Mathis turns 18 on August 3rd and his foster placement in Opelika ends that day. Nowhere to go. Trauma + homelessness risk. Extended foster care in Alabama - anyone navigated it?',
      [('name', 'Jaylen Mathis'), ('date', 'August 3rd'), ('place', 'Opelika')]),
    C("grief consult: Donnchadh Rua's wife Róisín Dunne died 14th Feb - Valentine's - of all days. He's 40, Kilkenny. 1st anniversary coming up. Prolonged grief or normal grief still?",
      [('name', 'Donnchadh Rua'), ('name', 'Róisín Dunne'), ('date', '14th Feb'), ('place', 'Kilkenny')]),
    C('Referral: Nomvula Shabalala, DOB 1991/04/27, SA ID 910427 0555 08 6, from Rahima Moosa. PTSD after a hijacking. Client wants sessions in isiZulu. Anyone?',
      [('name', 'Nomvula Shabalala'), ('date', '1991/04/27'), ('ssn', '910427 0555 08 6'), ('place', 'Rahima Moosa')]),
    C('Paolo Santiago (SSS no. 55-8127443-9), 52, jeepney driver in Pasig, lost his route to the modernisation programme. Depression, drinks gin nightly. No money for sessions. Free services anywhere near him?',
      [('name', 'Paolo Santiago'), ('ssn', '55-8127443-9'), ('place', 'Pasig')]),
    # ------------------------------------------------------------------
    # Clean snippets (no identifiers)
    # ------------------------------------------------------------------
    C('Anyone else seeing more teens on Adderall XR 20 mg who are "stacking" with Celsius drinks before ACT testing in April? Resting HR of 112 in session yesterday. I called the prescriber. Curious how y\'all handle stimulant misuse talk with 16-17 y/os.'),
    C('pt 34 y/o, GAD-7 of 17, PHQ-9 of 14, started Lexapro 10mg two weeks ago and stopped on day 9 because of nausea. wants to try "natural" stuff - ashwagandha, St. John\'s wort. any good handouts on interactions?'),
    C('Question for the DBT folks - is it worth doing the full Linehan skills group (24 weeks) for a 19 y/o with BPD traits if Medicaid only covers 12? Or a modified version like the Rathus & Miller adolescent one?'),
    C('Just got back from the ACA conference in New Orleans. Best session was on Internal Family Systems with older adults - Richard Schwartz did a Q&A at the end. Anyone want my notes?'),
    C("TRICARE just denied our 90837s again, said the documentation didn't support 53+ minutes. We use SimplePractice. Is it the note or the code? I'm losing $40 a session to this."),
    C("ok so my Thursday 3pm cried for 45 minutes about Taylor Swift's Eras tour tickets and honestly it unlocked a year of grief about her dad. never underestimate the music. 🎶"),
    C("Quick q on CPT 90791 vs 90792 - I'm an LPC, not a prescriber, so it's always 90791, right? Billing person in our practice is new and keeps coding 92."),
    C('Reading "The Body Keeps the Score" with a book club of clinicians and I\'ve got mixed feelings - van der Kolk\'s stuff on yoga and neurofeedback feels oversold. Anyone read Pete Walker or Janina Fisher as a counterweight?'),
    C('Ramadan starts in February next year - I have three Muslim clients who fast and one is on lithium (level 0.8 last month). Any guidance on dehydration and lithium during fasting? Obviously looping in the psychiatrist.'),
    C('Has anyone tried the Calm app vs Headspace vs Insight Timer for clients with panic? I like that Insight Timer is free. One of mine said the Headspace voice (Andy Puddicombe) "sounds like a dentist" lol'),
    C('Football season = relapse season for a few of my guys. Every SEC Saturday the drinking goes up. Crimson Tide loses and my Monday is full. Anyone build a "game day plan" into relapse prevention?'),
    C('Mardi Gras week I see nobody. Ash Wednesday I see everybody. Lent is big for a lot of my Catholic clients - giving up alcohol for 40 days and then "earning" a binge at Easter. Thoughts?'),
    C('Tornado season again in Oklahoma and Kansas. My kid clients get anxious every time the sirens are tested on the first Wednesday. Any good social stories about storms for 6-8 year olds?'),
    C("ICD-10 F43.10 vs F43.12 - when do y'all switch to chronic PTSD? Symptom duration over 3 months, sure, but some payers want a re-eval note. BCBS of Texas is the worst for this."),
    C("Heads up that the NBCC renewal is due in December for those of us on the 5-year cycle, 100 CE hours incl. 3 ethics. I'm 40 hours short. Recs for decent free CEs?"),
    C("My supervisor is retiring in May after 38 years. She trained under Virginia Satir. Honestly feel like an era is ending. How did y'all find a new supervisor you trusted?"),
    C('Prolonged Exposure vs CPT for a 55-year-old Vietnam-era... no, Gulf War vet with 30 years of symptoms. The VA wants CPT. He wants to talk about the war and not write impact statements. Thoughts?'),
    C('Seroquel 25 mg "for sleep" is everywhere down here. Every other client is on it from their PCP. Metabolic monitoring is nil. A1c of 6.4 in one 28 y/o. Do y\'all bring this up or stay in your lane?'),
    C('Texas just changed the LPC-Associate supervision rules again - 3,000 hours, at least 1,500 direct. Anyone know if telehealth supervision counts fully now?'),
    C('Baptist, Methodist, Church of Christ, Pentecostal - the flavour of church matters so much for how my clients understand depression. Pentecostal clients in particular often hear "you lack faith". Any reading on this?'),
    C('Hmong New Year in November is huge for a few of my families - a lot of my sessions get cancelled that week. Totally fine, just planning around it. Anyone else work with Hmong clients in the Midwest?'),
    C('ADOS-2 Module 4 on a 32-year-old woman - score under the cutoff but every other piece of the history screams autism. Masking. Do you rely on the CAT-Q and history or go with the ADOS?'),
    C('Walking group idea: "Move & Talk" for men over 50, Saturday mornings, 45 minutes, no sitting. Inspired by the Men\'s Sheds movement in Australia and Ireland. Would anyone here refer?'),
    C('The 988 line has changed things - three of my clients have called it this year and all said it helped. Worth putting the number on intake paperwork for everyone?'),
    C("Anyone using the Columbia (C-SSRS) screener version in Spanish? I have a Guatemalan family who speak K'iche' at home and Spanish as a second language. The translation feels clunky."),
    C("Gottman Method Level 2 vs Emotionally Focused Therapy training - which is more useful in a small-town practice where 60% of couples are coming in after an affair? Sue Johnson's books have been great with my clients."),
    C("Medicare started paying LPCs and MFTs in 2024 and I've finally credentialled. The paperwork was awful. 8 weeks. Anyone seeing more 70+ clients now?"),
    C('Is anyone else tired of clients asking if they "have ADHD" because of TikTok? I had 4 this week, ages 19 to 47. ASRS scores all over the place. Not dismissing them but wow.'),
    C('Thinking about starting a group for farm wives - the stress of harvest in September and October, the debt, the isolation. Anyone know the Farm Aid hotline number or a rural mental health program I could partner with?'),
    C("Reminder for the Kentucky crew: Board meeting is Friday at 10 am, and the CE for suicide prevention (6 hrs) is now required every 6 years. Don't get caught like I did in 2021."),
    C('Vyvanse shortage again. Clients switching to Focalin or Strattera mid-semester and falling apart. One went from 50 mg Vyvanse to nothing for 3 weeks. Anyone have ideas for bridging skills?'),
    C("Super tired. 31 clients this week, 4 no-shows, 2 crises. Friday I'm taking a walk by the lake and not looking at my phone. How often do y'all actually take a week off?"),
    C("Naltrexone 50 mg plus CBT for alcohol is working really well for a lot of my guys. The Sinclair Method is getting popular too. Any downsides you've seen?"),
    C("Looking for the Beck Youth Inventories - 2nd edition - anyone have a spare kit they'd sell? Pearson wants $500 for a new one and I'm solo."),
    C("Anyone on the IACP accreditation route - how many supervised client hours do they want now? I'm at 380 and my supervisor thinks I need 450 before I apply in the spring."),
    C("The HSE waiting list for CAMHS is up to 14 months in some areas. I have parents paying €70 a session they can't afford. Anyone know of a sliding scale service or a charity that funds sessions for under-18s?"),
    C("Bank holiday Monday + St. Patrick's Day on the Tuesday = my recovering clients dreading the week. Alcohol is everywhere. Any group-friendly ideas for sober St. Paddy's?"),
    C('pt 40s, on Lustral 100mg (sertraline) from the GP for 6 years, never reviewed. Wants off it. GP says "just stop". I know that\'s not right. Tapering guidance Ireland-side? Maudsley says slow.'),
    C('Does anyone use the CORE-10 and the GAD-7 at every session, or is it every 4th? The PCI (Psychological Society of Ireland) CPD folks recommend routine outcome measures but clients hate the forms.'),
    C("Leaving Cert stress is peaking - had five 17 and 18 year olds this week with panic before the mocks in February. Anyone have a good resource pack that isn't condescending?"),
    C('Pieta House training was really good last year, the ASIST 2-day course too. Is it worth doing safeTALK as well, or is that overlap?'),
    C("Ballet, GAA, camogie, hurling - sports are everything for my teen clients down the country. When an injury ends a season, it's like a bereavement. Any sport psych reading recommended?"),
    C('Just finished "Normal People" with a client\'s permission as a conversation starter - Sally Rooney\'s depiction of Connell\'s depression after Rob\'s death was spot on. Bibliotherapy fans, what else works?'),
    C("Kia ora koutou. Anyone trained in Te Whare Tapa Whā as an assessment frame? Mason Durie's model is great but I'm Pākehā and want to use it without being tokenistic."),
    C("Matariki in late June is becoming a big deal in our practice - reflection, remembering those who've passed. A few whānau asked for a grief group around it. Thoughts?"),
    C('Has anyone got clients through the Access and Choice programme? 5 free sessions then done. My 25-year-old rugby player needs more than five. Any way to extend?'),
    C("ACC sensitive claims process is so slow. I've got a client who's waited 11 weeks for cover to be decided. Anyone know a shortcut or a person at ACC to talk to?"),
    C("Hauora Māori services up north are stretched. I'm getting a lot of 20-somethings referred from rural GPs - demand is up everywhere. Sorry to vent."),
    C('Trying out the Hikitia model with a few rangatahi. Anyone else? Also looking at Whakawhānaungatanga as the first phase, not just rapport. Good reading please!'),
    C('All Blacks lost on Saturday and three of my male clients brought it up. Funny how rugby gives men a language for grief. Anyone use sport metaphors deliberately?'),
    C("HPCSA CPD points - is it still 30 a year including 5 ethics? My cycle ends in March and I'm behind. Any good webinars this month?"),
    C("PSSA congress in Durban - anyone going in September? There's a session on Ubuntu-informed therapy I'm keen on."),
    C("Load shedding ruined my evening telehealth sessions again last week. Stage 6 - 4 hours off. Anyone got a generator that's quiet enough for sessions lol"),
    C('Discovery Health\'s PMB list covers bipolar, schizophrenia and MDD with psychotic features but not "plain" MDD. Is that still true in 2026? My client\'s been declined again.'),
    C("Heritage Day next week, and then school holidays. Half my kids won't come. Anyone do group sessions in the holidays?"),
    C('Client said "ek is net moeg" in session - I\'m just tired - and then cried for ten minutes. Afrikaans speakers: is there nuance I might be missing? He\'s 55, a farmer.'),
    C('Been reading Bessel van der Kolk again and Judith Herman\'s "Trauma and Recovery". Also "Born a Crime" by Trevor Noah for a client who asked. It\'s lovely.'),
    C("Ramaphosa's speech about GBV last night - several of my clients found it triggering. Plan for the 16 Days of Activism in November - any group resources?"),
    C("Zol, tik, nyaope - drug names my clients use that my supervisor didn't know. Matric learners using cheap stuff for exam stress. Any harm-reduction material in isiXhosa?"),
    C("Lamotrigine titration - client's psychiatrist going 25 mg for 2 weeks, 50 for 2 weeks, up to 200. She's worried about the rash. I just want to know what to watch for in session."),
    C("Trying Narrative Exposure Therapy (NET) with clients fleeing the DRC and Zimbabwe. Schauer, Neuner & Elbert's manual is amazing. Anyone else trained?"),
    C('Has anyone read Vikram Patel\'s "Where There Is No Psychiatrist"? Using it to train lay counsellors in our NGO. The 2nd edition has good chapters on suicide.'),
    C("My client's psychiatrist added Nexito 10 (escitalopram) plus Clonotril 0.5 (clonazepam) at night. She's 26, IT, exam stress. Is the benzo going to be a problem in 3 months?"),
    C("iCall and Tele-MANAS are both overwhelmed this month. Tele-MANAS number is 14416 - is it actually picking up in Marathi? A client's mother tried twice."),
    C('Exam season - NEET and JEE aspirants in coaching hostels are a whole category of clients for me now. 17-year-olds studying 14 hours a day. How do you work with parents who see marks as life or death?'),
    C('Diwali, Navratri, Durga Puja - the festival season is hard for my clients who are estranged from family. Any reflections from others in practice in India?'),
    C('RCI registration renewal - is it every 5 years now? And does counselling psychology with an MA count, or do I need the MPhil? Confusing rules.'),
    C('Question about MHCA 2017 advance directives - has anyone actually had a client write one? How did it go with the psychiatrist?'),
    C('Lithium 900 mg, serum level 1.1 - client is tremoring in session. I flagged it to the psychiatrist. Just curious: anyone seen lithium toxicity at 1.1?'),
    C("Working with Muslim, Hindu, Sikh, Jain and Christian clients in one week - I love it. But karma and kismet come up a lot and I'm never sure how much to gently challenge them."),
    C('Podcast recommendation for clients: "The Mind Matters" by Dr. Samir Parikh? Or anything in Hindi that\'s decent? Most of my clients prefer Hindi.'),
    C("Hi po! Anyone PRC-licensed psychologist who did the Board exam this year? It's been a while for me. Also, any PAP convention updates?"),
    C('Christmas in the Philippines starts in September, lol. The "ber" months are hard for my OFW families - long separations, the balikbayan box pressure. Anyone run a group?'),
    C('The Mental Health Act (RA 11036) says schools need counselling, but 1 guidance counsellor for 2,000 students? My practice is full of grade 10 kids. Rant over.'),
    C('Sertraline 50 mg is ₱30 a tablet here, generic. Some of my clients stop after a month because of cost. Any programme that subsidises it?'),
    C("Bahala na, hiya, utang na loob - Sikolohiyang Pilipino concepts that shape every session. Virgilio Enriquez's work should be required reading. Anyone teaching it?"),
    C('Typhoon season is brutal for some of my clients - Odette and Yolanda survivors still get triggered by heavy rain. Trauma-focused CBT adapted for Filipino families?'),
    C('Tudo bem? Anyone in the CFP (Conselho Federal de Psicologia) doing online therapy across state lines - is the e-Psi registration still required?'),
    C('Carnaval week is the worst for my clients in recovery. Also the best for my bipolar clients to spot mania early lol. Anyone else plan around it?'),
    C("Rivotril (clonazepam) 2 mg is being prescribed like candy here. Several clients on it for 10+ years. Deprescribing plans that don't make them panic?"),
    C("Lula's speech on mental health funding - any idea if CAPS will get more psychologists? Our public waiting lists are 6 months."),
    C('Reading "Tudo é rio" by Carla Madeira with a client who loves literature - it opened so much about her family. Any other Brazilian novels for bibliotherapy?'),
    C("Grüezi mitenand. Is there an English-speaking ACT or CFT supervision group in Switzerland? I'd love to do Paul Gilbert's compassion focused work with someone."),
    C("Does anyone know whether Swiss basic insurance (Grundversicherung) now covers psychotherapists directly since the 2022 change? Or do I still need a doctor's delegation?"),
    C('Fasnacht in February means half of my clients disappear for a week lol. Anyone else in a carnival canton? No? just me. ok.'),
    C("Oktoberfest season, the usual spike in alcohol-related sessions. Also some clients drinking 6 Maß in a day. AUDIT-C of 12. Where's the line between culture and disorder?"),
    C('German health insurance (TK, AOK, Barmer) - for English-speaking therapists without Kassenzulassung, how are your clients getting reimbursed? Kostenerstattung still works?'),
    C('Anyone doing Schema Therapy training with ISST in Germany? The Jeffrey Young model is so popular here. Curious about Level 1 certification timelines.'),
    C('Clients on Tavor (lorazepam) 1 mg PRN for panic, some taking it daily. The GP in our practice area hands it out. How do you raise it with the prescriber without stepping on toes?'),
    C('Christmas markets, Advent, Silvester - December is a lot for my expat clients who are far from family. Anyone running an online group in English?'),
    C('Viktor Frankl\'s "Man\'s Search for Meaning" came up three times this week. Logotherapy is having a moment in Austria. Anyone trained at the Viktor Frankl Institut?'),
    C("sorry if this is basic but what's the difference between EMDR's 8 phases and Flash Technique? Philip Manfield's stuff. Doing Level 1 EMDRIA training in March."),
    C('Client asked me if Ozempic could cause depression. She\'s on 1 mg weekly, lost 22 lbs, and says she feels "flat". I\'ve seen the EMA review. Anyone else noticing this?'),
    C("Couples work q: he's Catholic, she's Hindu, they want to get married in both traditions and both mothers are losing it. Any reading on interfaith couples? Not looking for religion advice, just systemic ideas."),
    C("Anyone got a one-page explainer of Polyvagal Theory for clients that doesn't overclaim? Stephen Porges' own stuff is too dense and Deb Dana's is lovely but long."),
    C('The new DSM-5-TR prolonged grief disorder criteria (12 months for adults, 6 for kids) - are you all using it or still sticking with F43.8? Payers seem confused.'),
    C("Tuesday, 6 clients back to back, then a 2-hour team meeting about the new EHR. My brain is soup. Anyone else's practice switching to TherapyNotes this winter?"),
    C('honestly the best intervention I did this week was telling a 15 y/o to go to bed before midnight for 7 nights. sleep hygiene lol. nothing fancy 😅'),
    C('Motivational Interviewing 4th edition by Miller and Rollnick - worth buying if I have the 3rd? Something like 20% new content?'),
    C('Fluoxetine 20 mg vs 40 mg for an adolescent with bulimia - the psychiatrist wants 60 like adults. Any experience with higher doses in 16-17 y/os?'),
    C('Spring and Eid overlap this year - several clients will be with extended family for 3 days. Ok for me to move sessions to the following week?'),
    C('Ketamine clinics are popping up in every strip mall here. Spravato at least is REMS-monitored. A client paid $450 per infusion out of pocket. What are you all seeing?'),
    C('Need a good handout on the "window of tolerance" (Dan Siegel) for 10-12 year olds. Something with a traffic light maybe?'),
    C('Watching "Shrinking" with Harrison Ford and Jason Segel - my clients keep bringing it up. Jimmy\'s "psychological vigilantism" is giving me material for ethics training lol'),
    C("ok weird one: client's cat died and she's more grief-stricken than when her mother died in 2019. Is this disenfranchised grief? Kenneth Doka's framework fits."),
    C("Bipolar I, on Depakote 1000 mg, level 78. Pregnant, 8 weeks. The OB and psych are on it, I'm just the therapist. How do I support her through the guilt?"),
    C("If anyone's in the ANZAPS network - is the Christchurch conference still on in November? I'm thinking of going for the Schema Therapy workshop."),
    C("How do people handle WhatsApp voice notes from clients between sessions? I've had 3 today, 7 minutes each. In India and Brazil everyone uses voice notes. Policy ideas?"),
    C('Two Muslim clients have asked about Islamic-integrated CBT. I found Hooman Keshavarzi\'s "Traditional Islamically Integrated Psychotherapy" - anyone trained in TIIP?'),
    C('Cannabis edibles are legal in a lot of states now, and my 60+ clients are discovering them. One had 50 mg and ended up in the ER thinking she was dying. Psychoeducation for older adults?'),
    C('Schools are back on Monday and I already have 4 kids with stomach aches. Tummy = anxiety for under 10s. Morning routine scripts anyone?'),
    C("Trauma-informed yoga recommendations? David Emerson's TCTSY model is good. Is there a cheap online training?"),
    C("I'm doing the Gottman Level 1 next month and then the PACT (Stan Tatkin) intro. Anyone done both? Which one actually changed your practice?"),
    C('Trying Acceptance and Commitment Therapy with chronic pain clients. Steven Hayes\' "Get Out of Your Mind" workbook is good, but a bit jargon-heavy for 70-year-olds. Alternatives?'),
    C("Question: is it ok to hug a client at the end of the last session? She's 82, a widow, and asked. My instinct is yes. My training says no. Gah."),
    C("Anyone using AI scribes (Heidi, Freed, Upheal) for notes? I'm nervous about consent and data. Worth it for a solo practice with 25 clients a week?"),
    C("Moved to private practice after 12 years in the NHS - no, wait, I was in the HSE, sorry, too much Twitter lol. Anyway - how do you handle fees with clients who clearly can't afford €80?"),
    C('Easter is early this year, Passover overlaps. Several Jewish clients cancelling around the Seder. Just a reminder for the group to check your calendars!'),
    C("Does anyone do therapy in Tagalog and English (Taglish)? My clients switch mid-sentence and I love it, but I'm wondering about code-switching as a clinical signal."),
    C("Just a vent - 3 hours on the phone with Aetna for one prior auth. Then they faxed the approval to the wrong practice. Then called me to ask why I hadn't responded. This job."),
    C('Lent, Ramadan and Holi all in March this year. Three of my clients fasting in different ways. I asked each how they wanted to handle evening sessions. Good reminder to ask.'),
    C('Question about the CANS assessment - our state uses it for all kids in care. Is it actually useful clinically or just a billing tool?'),
    C('Weekend workshop on Compassion Focused Therapy was brilliant. Paul Gilbert talked about the "tricky brain" - evolutionary angle. 12 CE credits.'),
    C('Not sure where to post this but Cymbalta withdrawal is BRUTAL. A client on 60 mg for 5 years is tapering and having "brain zaps" every minute. The psychiatrist is on leave. Advice?'),
    C('UK readers: is the IAPT-to-NHS Talking Therapies rename changing anything in practice? Asking from Ireland out of nosiness lol.'),
    C('Autism assessment waitlists in NZ are 2 years in the public system. Private is $2,500. Anyone know of cheaper options or funding?'),
    C("Had a client from the Congo today who's only been here 3 months. French, Lingala and some Swahili. I only speak English and bad German. Interpreter services anyone?"),
    C("After 11 years in private practice, this is the first year I've had more clients on GLP-1s than on SSRIs. Wegovy, Mounjaro, Ozempic - half of my eating-disorder caseload is on one of them, usually prescribed by a GP who never asked about restriction history. Two clients with a past anorexia diagnosis have dropped below a BMI of 18 since starting in January. I've written to both prescribers. Is anyone else seeing this, and how are you handling the conversation when the client is delighted with the weight loss?"),
    C("Question for anyone who works across cultures. I have Zulu, Xhosa, Afrikaans, English and Indian South African clients, and I'm noticing how differently grief is expressed. Some clients want to talk about ancestors and dreams, some want to get back to work in a week, some want 12 months of mourning clothes. My training (in the Rogers / Yalom tradition) didn't prepare me for any of this. Any reading? I've found Bereavement in Africa (Ubuntu-based) articles and Kübler-Ross obviously, but want more."),
    C("Bit of a reflection after the EFPA congress in Ljubljana in July. Three days of talks on climate anxiety, digital therapy, and psychedelics. The MDMA-assisted therapy data from MAPS was impressive, but nobody on the panel wanted to talk about the Lykos rejection by the FDA in 2024. The German and Swiss delegates seemed more cautious. I'd love to hear if anyone here is doing psilocybin integration work legally - maybe in Switzerland under the special licence? - and how you structure sessions."),
    C('Plea for resources. I work in private practice in the Philippines, mostly Tagalog, Cebuano and English. Clients come in after typhoons, after losing jobs abroad, after family pressure to send money home. The DSM language of "adjustment disorder" never quite fits. I\'ve been reading Enriquez on kapwa and pakikiramdam and it helps, but I\'d love something more clinical. Also, any tips on the PAP ethics code re: gifts? Every Christmas I get ube halaya, a lechon once, and it would be rude to refuse.'),
]

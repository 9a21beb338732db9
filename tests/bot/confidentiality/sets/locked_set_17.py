"""SEVENTEENTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 17), and
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
tests/bot/confidentiality/sets/locked_set_2.py ... locked_set_16.py.
What was read: the docstring of
tests/bot/confidentiality/sets/locked_set_16.py only (for the format
description, the provenance wording and the labelling conventions; none of
its cases), tests/bot/confidentiality/sets/locked_set_13.py (it is spent;
the first 24 snippets and the last 5 lines, for the file format; none of its
sentences was copied), the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py (the module docstring, the dataclass and the category set,
stopping before the cases), and
tests/bot/confidentiality/test_locked_sets.py (the data integrity checks,
which hold no snippets).  The only test run was test_locked_sets.py.

How it was made: every snippet was written by hand, one at a time, as a
consultation request or a chat message to peers in a consultation group on
Slack or Discord (formal referral notes, rushed lower-case chat, typos,
self-corrections mid-message, quoted speech, admin notes to a team, a few
words of Portuguese, German, Afrikaans and Tagalog, abbreviations such as
pt, y/o, dx, SI, hx, PO, POA, DV, OFW, T1D, PRN, ISO, PSA, lol, and emoji;
one-liners and long posts).  Nothing was composed by a script: the author
wrote the snippets in plain text files with the planted spans marked
inline, and a script (kept outside the repository) only stripped the marks
into the expected lists, checked lengths, token boundaries and duplicate
spans, and wrote this file.  Overlap with the other sets was resolved by
renaming only this set's planted values, with a filter that imported the
earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets) and printed this set's
strings only; about 170 names, places, ages, dates, IP addresses and one
account number were renamed or dropped that way (in six rounds).  Most of
the big cities the clinicians work in (Toronto, Sydney, Johannesburg,
Mumbai, Manila, Berlin) occur in earlier sets, so in the labelled snippets
they were replaced by their neighbourhoods, suburbs and boroughs or by the
state or province (Sao Paulo is labelled), and the places lean towards
smaller, less-known or invented ones.  A read-through of the set's own capitalised
words outside spans led to unlabelled cities being labelled or cut and
titles (Dr, Mrs, Fr, Sr, Pastor, Deacon, Brother, Sister, Dona) being moved
outside spans.

Settings: clinicians in couples and family therapy, LGBTQ+ affirming
practice, neurodiversity assessment, forensic and court-report work,
hospice bereavement, disaster response (floods, bushfires, typhoons), faith-
based counselling, play therapy, and art and music therapy, in group
practices in New York, London, Toronto and Vancouver, Sydney, Johannesburg,
Cape Town and the platinum belt, Mumbai, Metro Manila, Sao Paulo and
Berlin and their suburbs, writing in English with local institutions
(NHS, OHIP, ODSP, CAS, Medicare and MHCPs, medical aids, PhilHealth, SUS,
CRAS, Krankenkassen, JVA, DOCCS) and local number formats.

292 snippets, 160 with identifiers and 132 clean (lengths 58-513
characters).  Every pattern category appears at least 10 times (the test
requires 10): date 11, age_over_89 10, phone 10, fax 10, email 10, url 10,
ip_address 10, ssn 10, medical_record 11, health_plan 10, account 10,
licence 10, vehicle 10, device 10, street_address 12, zip_code 10; with 196
names and 142 places smaller than a state (the test requires 190 and 140).
Names: Puerto Rican, Dominican, Peruvian and Mexican, African American and
Caribbean (Barbadian, Jamaican), Ashkenazi and Orthodox Jewish, Israeli,
Polish, Ukrainian, Greek, Italian, Irish, English, Scottish and Welsh,
Tibetan, Chinese, Cantonese, Korean, Japanese, Vietnamese, Filipino
(Tagalog, Visayan), Malay-Chinese, Indonesian, Tamil, Bengali, Marathi,
Parsi, Goan Catholic, Punjabi, Iranian, Arab, Somali,
Ethiopian, Kenyan, Ghanaian (Akan), Nigerian (Yoruba, Igbo, Edo), Zulu,
Xhosa, Tswana, Sotho, Afrikaner, Cape Muslim, Indian South African,
Aboriginal Australian, Tongan, Samoan, Brazilian, Turkish-German,
Kurdish, Serbian, German and Romanian; names that are ordinary words
(Marvel, Patience, Quill, Sterling), lower-case names (bodya, tobenna,
lungi, gráinne-rose), names at sentence start and before a possessive,
nicknames beside full names in quotes or brackets, kinship and honorific
nicknames (Abuela, Nana, Aunty, ouma, Lolo, Grandma), initials, hyphenated
and multi-part names, chosen names beside deadnames and legal names,
self-corrected names, titles outside spans, and many names without a cue such as "my client".
Places: neighbourhoods, boroughs, suburbs, townships, barangays, estates,
villages and small towns, a housing co-op, invented schools, clinics,
studios, churches, a mosque, a children's hospice, care homes, a
fire station, a pub, a storage depot, call centre hubs, wards,
prisons and forensic units, hospitals and universities, with or without
their town, and places after street addresses.
Clean snippets are dense with capitalised non-identifiers: drug brand and
generic names with doses (Vyvanse, Elvanse, Concerta, guanfacine, Lexapro,
sertraline, buspirone, propranolol, mirtazapine, lithium, clozapine,
lamotrigine, fluvoxamine, naltrexone, Spravato, Ozempic), lab values,
scales and scores (PHQ-9, GAD-7, AQ-10, CAT-Q, ADOS-2, MIGDAS-2, PCL-5,
PG-13-R, ICG, K10, DASS-21, MMPI-3, HCR-20 V3, SAVRY, Static-99R, Conners
4, CAARS 2, Spence), therapy models and their founders and authors, public
figures, books, films, TV shows, songs, podcasts, games and characters,
football, religions and their festivals and fasts, nationalities and
languages, weekdays, months, seasons, professional and regulatory bodies
and their conferences and trainings in named cities, payers and schemes,
practice software, states, provinces and countries, ICD-10, ICD-11, DSM
and CPT codes, crisis line numbers, money in several currencies, counts,
times, ages of 89 and under, and generic time references.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made up;
real neighbourhoods, boroughs, suburbs, townships, barangays and towns, and
a few real public places (hospitals, a psychiatric hospital, prisons,
universities, a mosque, a megachurch campus, a storage company, a business
district), are used only as places; the other named schools, clinics,
studios, churches, hospices, homes and workplaces are invented or generic.
US phones and faxes use 555-01xx (with or without an area code); other
national phones and faxes are invented strings with a 555 block; national
ID, taxpayer, health-card, member, account, inmate, student, employee,
licence, passport, plate, VIN, IMEI and serial numbers are invented strings
with a 55 block and are not checked against any issuer's scheme; e-mail and
web domains are .example / *.example; IP addresses come from the
documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
2001:db8::/32) or private space.  ZIP/postcode strings are invented and may
or may not exist.

Labelling conventions
---------------------
Those of locked_set_16.py (and locked_set_15.py), unchanged: titles (Dr, Mr,
Mrs, Ms, Miss, Mx, and here Fr, Sr, Pastor, Deacon, Brother, Sister, Dona)
are outside a span; a kinship word written before a name is inside it
(Abuela, Nana, Aunty, ouma, Lolo, Grandma), while a lower-case kinship word
alone or a descriptive "her husband" / "my client's ex" before a name is
not; a possessive "'s" is outside a "name" span; nicknames are "name" (a
quoted or bracketed nickname beside a full name is its own span); a
business and its town are two "place" spans; a ZIP/postcode is its own
"zip_code" span; national identity and taxpayer numbers (SSN, NI number,
SIN, SA ID, Aadhaar, SSS, CPF) are "ssn"; MRN, NHS number, UHID and
hospital file numbers are "medical_record"; Medicaid, Medicare, private
insurer, OHIP, medical aid, PhilHealth, SUS and Krankenversicherung numbers
are "health_plan"; employee, student, inmate, prison and NYSID/DOCCS
numbers are "account"; driving, CDL, firearm, counselling, premises and
marriage-officiant licences, a death certificate number and passports are
"licence"; plates, regos and VINs are "vehicle"; ankle monitors and GPS
tags, CPAP, insulin pump, CGM, hearing aid, smartwatch, fitness tracker
and phone IMEI identifiers are "device"; "@handles", profile addresses,
blogs, link pages, portals, videos and meeting links are "url"; an age over
89 is labelled with its unit or qualifier ("ninety-six this Purim", "95 yrs
on", "99 na", "noventa e três anos"); a street address runs from the
unit/flat/suite/block number to the street type (or house number after the
street name); a day-and-month is a "date" (a "DOB" cue and a weekday stay
outside the span), while a month alone, a month with a year, a year
alone, a weekday, a day of the month alone and a holiday are clean.  Only
the first occurrence of a repeated name or place is labelled; a name or
place first given wrongly and then corrected is labelled in both forms.
Public figures named as public figures, and fictional characters, are
clean; a state, province, territory or country, or a city named as a
conference or training venue, is clean.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED17_CASES: list[EvalCase] = [
    # ------------------------------------------------------------------
    # Snippets with planted identifiers
    # ------------------------------------------------------------------
    C("Couples consult: Marisol Ocasio-Reyes and her wife Dana Kowalczyk fight every time they visit Marisol's mother in Van Nest. Gottman stuff isn't touching it. Anyone done work with the in-law piece specifically?",
      [('name', 'Marisol Ocasio-Reyes'), ('name', 'Dana Kowalczyk'), ('place', 'Van Nest')]),
    C("quick q - Tenzin Yangkyi's parents want a family session but she hasn't told them she's leaving the monastery program in Lefrak City. do I even agree to the family sesh before she's ready",
      [('name', 'Tenzin Yangkyi'), ('place', 'Lefrak City')]),
    C('family of five, the dad (Kwabena Asante-Owusu) runs a cab out of Co-op City, plate T795512C, and he keeps asking if we can do sessions in the car during his break. I said no. Was that too rigid?',
      [('name', 'Kwabena Asante-Owusu'), ('place', 'Co-op City'), ('vehicle', 'T795512C')]),
    C("Intake for Shoshana Frankel-Oyelaran lists DOB 14 March 1961 and an address at 3318 Ocean Avenue, Midwood, 11229. She's asking for couples work with her second husband. Anyone seeing blended Orthodox/Yoruba families?",
      [('name', 'Shoshana Frankel-Oyelaran'), ('date', '14 March 1961'), ('street_address', '3318 Ocean Avenue'), ('place', 'Midwood'), ('zip_code', '11229')]),
    C('My client Rafi (he/him, 24) got his legal name change approved - court date was Sept 9 - and his mom still texts him as Rachel. Do I help him write a boundary script or is that rescuing?',
      [('name', 'Rafi'), ('date', 'Sept 9'), ('name', 'Rachel')]),
    C("The couple both want me to write to the judge in Pomonok custody court. Husband Darnell Whitlock-Byrd gave me his docket contact, email dwb.custody@lawfirm.example. I'm not a forensic evaluator, I'm their couples therapist. Hard no, right?",
      [('place', 'Pomonok'), ('name', 'Darnell Whitlock-Byrd'), ('email', 'dwb.custody@lawfirm.example')]),
    C("forensic folks: evaluee's NYSID is on the packet as 05551873Q and the DOCCS number is 26A5512, are those things I quote in my report or just refer to by case caption?",
      [('account', '05551873Q'), ('account', '26A5512')]),
    C("Her ankle monitor (serial BI-55-092714) keeps vibrating in session and she panics thinking PO is calling. Any advice? She's Yesenia Alvarado, 19, on pretrial release in Port Morris.",
      [('device', 'BI-55-092714'), ('name', 'Yesenia Alvarado'), ('place', 'Port Morris')]),
    C('ok so bodya (short for Bogdan Mykhailenko) came out as bi to me today and then immediately said "don\'t put that in the file". he works at the deli on Avenue U. How do you document something a client asks you not to?',
      [('name', 'bodya'), ('name', 'Bogdan Mykhailenko'), ('place', 'Avenue U')]),
    C('Nonbinary teen, Juniper Achterberg, chosen name, deadname on the school system is Jessica. School is Beacon Hill Academy in Park Slope. Guidance counselor keeps using the deadname in emails to me. Do I correct her?',
      [('name', 'Juniper Achterberg'), ('name', 'Jessica'), ('place', 'Beacon Hill Academy'), ('place', 'Park Slope')]),
    C('Wenceslas\'s husband Augusto Pimentel called the office and left his cell, 347-555-0183. He wants an individual session "to explain his side". Couples therapist doing individuals with one partner - policy?',
      [('name', 'Wenceslas'), ('name', 'Augusto Pimentel'), ('phone', '347-555-0183')]),
    C("Ugh. Family of Mei-Ling Chau wants records for her, she turned 94 in August. POA is her son. She's still fully competent per her GP. Does the POA even kick in?",
      [('name', 'Mei-Ling Chau'), ('age_over_89', '94 in August')]),
    C("Grandfather Yitzchak Rosenzweig, ninety-six this Purim, lives with my client's family in Borough Park. Three generations, one bathroom. They want a family session at home. Thoughts on home visits for family work?",
      [('name', 'Yitzchak Rosenzweig'), ('age_over_89', 'ninety-six this Purim'), ('place', 'Borough Park')]),
    C('Referral from St. Barnabas Hospital social work: Ifeoma Nwachukwu-Blake, MRN BX-55-0031947, postpartum, Nigerian-American, husband deployed. Group practice on 2107 Grand Concourse has a slot Tuesday. Anyone perinatal-trained?',
      [('place', 'St. Barnabas Hospital'), ('name', 'Ifeoma Nwachukwu-Blake'), ('medical_record', 'BX-55-0031947'), ('street_address', '2107 Grand Concourse')]),
    C("does anyone know if Fidelis numbers go on the superbill? client's member ID is FDL55730281 and the front desk wrote it on the wrong line. Angelo Ruggiero's claim bounced twice",
      [('health_plan', 'FDL55730281'), ('name', 'Angelo Ruggiero')]),
    C("Keisha-Ann Belgrave is fax-only with her lawyer for some reason. Lawyer's fax (212) 555-0119. Anyone still faxing discovery-adjacent docs? I feel like it's 1998",
      [('name', 'Keisha-Ann Belgrave'), ('fax', '(212) 555-0119')]),
    C('trans woman, 41, Valentina Huamaní ("Vali"), wants a letter for surgery. Her surgeon\'s intake portal is portal.gendercare-nyc.example/refer/vquispe. I did the WPATH SOC-8 assessment. Is one letter enough now or still two?',
      [('name', 'Valentina Huamaní'), ('name', 'Vali'), ('url', 'portal.gendercare-nyc.example/refer/vquispe')]),
    C('Vali also asked me to help her rehearse coming out to her abuela, Abuela Florinda, who lives in Sunset Park. Role play vs empty chair - which lands better for you all?',
      [('name', 'Vali'), ('name', 'Abuela Florinda'), ('place', 'Sunset Park')]),
    C("Divorce mediation referral, husband's SSN got written on the intake by mistake (555-71-2290). I'm shredding it. Do I need to tell him or just fix the form? Hollis Granger, if it matters.",
      [('ssn', '555-71-2290'), ('name', 'Hollis Granger')]),
    C("Play therapy room at our Dutch Kills office is booked by Nikos Papadakis every Thursday and he never shows for his 4pm. Can't touch his kid's sessions. Anyone else share a playroom?",
      [('place', 'Dutch Kills'), ('name', 'Nikos Papadakis')]),
    C('Sandtray kid (Ayansh, 6) buried every figure from the "family" shelf today except the dog. Mom\'s new partner moved in last month. I know, I know, don\'t over-interpret. But.',
      [('name', 'Ayansh')]),
    C("Yoav and Tamar Ben-David - couple, 11 yrs together, IVF attempt #4 failed. They're at Weill Cornell for the fertility side. She wants to stop, he doesn't. Discernment counseling or regular couples?",
      [('name', 'Yoav'), ('name', 'Tamar Ben-David'), ('place', 'Weill Cornell')]),
    C('Anyone done a joint session with a client and their imam? Abdirahman Jama-Hirsi, 33, prays at East London Mosque and says the imam already knows "everything". He lives in Stepney. I\'m not against it but want a structure.',
      [('name', 'Abdirahman Jama-Hirsi'), ('place', 'East London Mosque'), ('place', 'Stepney')]),
    C("hospice bereavement q: widow Gloria Adebayo-Smart keeps bringing her husband's CPAP machine to sessions (serial RS55-2290-4417). Won't return it to the hospice. Is this a linking object thing or do I gently address it?",
      [('name', 'Gloria Adebayo-Smart'), ('device', 'RS55-2290-4417')]),
    C("NHS number on the referral is 555 019 2284 but the surname's been misspelled as Okonko when it's Okonkwo-Hart. Do I correct it on our side or bounce it back to the GP surgery in Honor Oak?",
      [('medical_record', '555 019 2284'), ('name', 'Okonko'), ('name', 'Okonkwo-Hart'), ('place', 'Honor Oak')]),
    C("Art therapy group at Rainbow Lane Children's Centre in Higham Hill: one boy, Kacper, 8, painted his dad's van over and over, including the reg LK55 WXY. Dad was deported last month. Do I keep the picture out of the group display?",
      [('place', "Rainbow Lane Children's Centre"), ('place', 'Higham Hill'), ('name', 'Kacper'), ('vehicle', 'LK55 WXY')]),
    C("Priyanka Bhattacharjee's NI number is QQ 55 19 27 C - it's on the Access to Work form I'm helping with. Autism assessment done, she wants workplace adjustments at Canary Wharf. Fine to include the dx in the letter?",
      [('name', 'Priyanka Bhattacharjee'), ('ssn', 'QQ 55 19 27 C'), ('place', 'Canary Wharf')]),
    C("Ontario folks - client's OHIP is 5552-917-384-TK, clinic billing flagged it as expired. Chidera Obi just moved from L'Amoreaux to Castlemore. Does the card follow the address change automatically?",
      [('health_plan', '5552-917-384-TK'), ('name', 'Chidera Obi'), ('place', "L'Amoreaux"), ('place', 'Castlemore')]),
    C('Family therapy w/ the Sivanesan family in Milliken - grandmother only speaks Tamil, teen speaks only English, mum translates and edits. Any recs for Tamil-speaking interpreters in Ontario?',
      [('name', 'Sivanesan'), ('place', 'Milliken')]),
    C("music therapy: Tobias Greenhalgh, 71, aphasia post-stroke, can sing every word of hymns from St Aidan's Church in Beckenham but can't say his wife's name. She cried in session. Where do I take this?",
      [('name', 'Tobias Greenhalgh'), ('place', "St Aidan's Church"), ('place', 'Beckenham')]),
    C('pt gráinne-rose (yes, lowercase in her emails, she insists) is at SOAS doing an MA and her student ID 33551908 got flagged in a welfare check. Uni wants to talk to me. Consent form first, yes?',
      [('name', 'gráinne-rose'), ('place', 'SOAS'), ('account', '33551908')]),
    C("Court report due Friday 4th December — no, it's the 11th, thank god. Parenting capacity assessment for Jade Whitcombe. Solicitor is Hamish Ogilvie, contact h.ogilvie@familylaw-london.example. Any template recs for the risk section?",
      [('date', '4th December'), ('name', 'Jade Whitcombe'), ('name', 'Hamish Ogilvie'), ('email', 'h.ogilvie@familylaw-london.example')]),
    C('Play therapy at the Roncesvalles clinic: Marcus-Anthony Grant, 7, played "court" with the puppets all session and the judge puppet kept saying "you can\'t see your mummy." CAS involved. Write it up verbatim?',
      [('place', 'Roncesvalles'), ('name', 'Marcus-Anthony Grant')]),
    C("faith-based counsellor here: congregant Brother Emmanuel Tetteh wants me to disclose his confession of gambling to his wife. I said I can't. Church is Redeemed Glory Tabernacle, Slade Green. Pastoral vs clinical boundaries ugh",
      [('name', 'Emmanuel Tetteh'), ('place', 'Redeemed Glory Tabernacle'), ('place', 'Slade Green')]),
    C('Autism assessment admin: Hiroshi Tanabe-Lewis, DOB 02/07/2014, school Ashburton Primary in Selsdon. Parent wants the ADOS-2 report sent to tanabelewis.family@mailbox.example. Is email secure enough for a full report?',
      [('name', 'Hiroshi Tanabe-Lewis'), ('date', '02/07/2014'), ('place', 'Ashburton Primary'), ('place', 'Selsdon'), ('email', 'tanabelewis.family@mailbox.example')]),
    C("Nana Akosua Bonsu, ninety-one and still sharp, is in my bereavement group at the hospice in Northumberland Park. Lost her third child this year. She's the one comforting everyone. How do I give her space to grieve too?",
      [('name', 'Nana Akosua Bonsu'), ('age_over_89', 'ninety-one and still sharp'), ('place', 'Northumberland Park')]),
    C("Disability parking badge, reg BX55 KTR, keeps getting ticketed outside our Gospel Oak practice. Client (Ewan McAllister) is furious and it's derailing sessions. Anyone know who to write to at the council?",
      [('vehicle', 'BX55 KTR'), ('place', 'Gospel Oak'), ('name', 'Ewan McAllister')]),
    C("Re: Ontario - SIN on the ODSP form (555 234 817) - client Teodoro Manalang filled it in and asked me to fax it. Our fax is broken so they gave me another, 416-555-0162. I don't love faxing SINs. Alternatives?",
      [('ssn', '555 234 817'), ('name', 'Teodoro Manalang'), ('fax', '416-555-0162')]),
    C("Couples therapy for two dads - Ravi Kapoor-Lindqvist and Eamon Lindqvist - adoption through Children's Aid in Mimico fell through at the last step. Grief + marriage strain. Books for them?",
      [('name', 'Ravi Kapoor-Lindqvist'), ('name', 'Eamon Lindqvist'), ('place', "Children's Aid"), ('place', 'Mimico')]),
    C('Does anyone use the Queer Muslim support line in Churchill Meadows? Client Zayd (chosen name; legal name Ruqayya) wants a referral. Number he found is 905-555-0128.',
      [('place', 'Churchill Meadows'), ('name', 'Zayd'), ('name', 'Ruqayya'), ('phone', '905-555-0128')]),
    C('NSW peeps: client Ngoc Anh Tran, 29, Medicare no. 5551 20947 3, bulk-billed under a MHCP. Lives in Edensor Park, works nights at a nail salon in Bonnyrigg. Can I do sessions at 7am or is that just me being a martyr',
      [('name', 'Ngoc Anh Tran'), ('health_plan', '5551 20947 3'), ('place', 'Edensor Park'), ('place', 'Bonnyrigg')]),
    C('disaster response debrief - flood evacuee Jarrah Simpson, 44, from Coraki, caravan rego CQ55XB is the only home he has now. Council moving him on from the showground. Who do I even call',
      [('name', 'Jarrah Simpson'), ('place', 'Coraki'), ('vehicle', 'CQ55XB')]),
    C("Bereavement: Aunty Marlene Kelly (Wiradjuri, 67) lost her grandson in custody. Family asked that his name not be spoken. I won't write it. Sorry business protocols in group settings?",
      [('name', 'Aunty Marlene Kelly')]),
    C("Thabo Mothibedi's employer at the mine in Mogwase wants a fitness-for-work letter. His employee no. is RPM-55-40918. SA ID 8805125550087. I'm his psychologist, not occupational health. Decline?",
      [('name', 'Thabo Mothibedi'), ('place', 'Mogwase'), ('account', 'RPM-55-40918'), ('ssn', '8805125550087')]),
    C("client's medical aid number is 55 109 4472 01, Discovery keeps rejecting the ICD-10 code. Lerato Dube, depression. I'm in Melville. Anyone else hit F33.1 rejections this month?",
      [('health_plan', '55 109 4472 01'), ('name', 'Lerato Dube'), ('place', 'Melville')]),
    C("Gauteng couples therapist q. Siphosethu and Naledi Khumalo married 6 yrs, lobola still not fully paid and her uncles are involved. Do I bring the families in or keep it dyadic? They're in Chiawelo.",
      [('name', 'Siphosethu'), ('name', 'Naledi Khumalo'), ('place', 'Chiawelo')]),
    C('Play therapy, Alexandra — Karabo, 5, draws the same shack with fire every week. There was a fire in their yard on 22 September. Trauma-focused or keep it non-directive?',
      [('place', 'Alexandra'), ('name', 'Karabo'), ('date', '22 September')]),
    C('Filipino worker in Blacktown, Rodelio Bautista, passport P5550197A, employer holding it "for safekeeping". Counselling client, but this smells like exploitation. Fair Work or the AFP first?',
      [('place', 'Blacktown'), ('name', 'Rodelio Bautista'), ('licence', 'P5550197A')]),
    C('ouma Sannie — Susanna du Plessis — is ninety-two in January and the family in Brakpan want me to talk her out of moving back to the farm. My client is her granddaughter. Not my job to talk anyone out of anything, yeah?',
      [('name', 'ouma Sannie'), ('name', 'Susanna du Plessis'), ('age_over_89', 'ninety-two in January'), ('place', 'Brakpan')]),
    C('Hospice in Robindale social worker needs my contact for a referral. Told her to email nomsa.practice@therapy-za.example or ring 011 555 0193. Should I be giving out my mobile instead?',
      [('place', 'Robindale'), ('email', 'nomsa.practice@therapy-za.example'), ('phone', '011 555 0193')]),
    C("LGBTQ+ youth group at Newtown Junction: Luyolo (they/them) shared that their uncle found their Grindr. Uncle's threatening to tell the church, Grace Bible Church. safety planning ideas for rural family pressure?",
      [('place', 'Newtown Junction'), ('name', 'Luyolo'), ('place', 'Grace Bible Church')]),
    C('client uses a CGM, Dexcom serial SM55190472, and panics every time it beeps in session. T1D since 9. Chloe Nakamura-Brennan, 22, Bondi Junction. Diabetes distress folks, what works?',
      [('device', 'SM55190472'), ('name', 'Chloe Nakamura-Brennan'), ('place', 'Bondi Junction')]),
    C('Disaster response: bushfire survivor Ray Tupou, address before the fire was 47 Bells Line of Road, Bilpin 2758. He keeps driving back there. Normal? yes. Safe? idk',
      [('name', 'Ray Tupou'), ('street_address', '47 Bells Line of Road'), ('place', 'Bilpin'), ('zip_code', '2758')]),
    C('Forensic: court-ordered assessment for Johannes Lekota, case no on file, prison number 2055-1847. Interview is at Leeuwkop on 21 January. Anyone been inside recently, what do they let you bring?',
      [('name', 'Johannes Lekota'), ('account', '2055-1847'), ('place', 'Leeuwkop'), ('date', '21 January')]),
    C("faith-based counselling, NSW: Pastor Dave - sorry, Pastor David Olaniyan - from Hillsong Baulkham Hills... no wait, it was the Norwest campus. Anyway he wants to refer half his youth group. How do I say I'm full nicely?",
      [('name', 'Dave'), ('name', 'David Olaniyan'), ('place', 'Hillsong Baulkham Hills'), ('place', 'Norwest')]),
    C("Group practice here - Rukhsana Shaikh, 36, from Mumbra, husband controls her phone. She gave me her sister's number +91 98205 55013 for emergencies. Is it ok to call the sister if she misses 2 sessions?",
      [('name', 'Rukhsana Shaikh'), ('place', 'Mumbra'), ('phone', '+91 98205 55013')]),
    C("couples work in Bandra: Devansh and Meher Contractor, Parsi-Hindu inter-faith marriage, her parents won't attend the navjote of their son. Anyone done ritual/rite-of-passage conflict work?",
      [('place', 'Bandra'), ('name', 'Devansh'), ('name', 'Meher Contractor')]),
    C("Aadhaar got photocopied into our file by the front desk, 5551 8204 6173. Client Venkatesh Iyer is upset. I'm deleting it. Do I need to log that as a breach?",
      [('ssn', '5551 8204 6173'), ('name', 'Venkatesh Iyer')]),
    C('Neurodiversity assessment: Ishaan Deshmukh, 11, Podar International School, Santacruz. Parents want "not autism" written somewhere in the report because of marriage prospects for the older sister. I mean. How do I handle this',
      [('name', 'Ishaan Deshmukh'), ('place', 'Podar International School'), ('place', 'Santacruz')]),
    C("OFW spouse Marites Dimaculangan calls from Al Khobar, husband's in Baesa with the kids. She gave me her PhilHealth no. 55-019283746-1 for billing. Can we even bill PhilHealth for telehealth from abroad?",
      [('name', 'Marites Dimaculangan'), ('place', 'Al Khobar'), ('place', 'Baesa'), ('health_plan', '55-019283746-1')]),
    C("Typhoon response group in Concepcion Uno: Dodong (legal name Rodrigo Alcaraz Jr.), 14, won't go home since the water reached the 2nd floor. 18 Bayani Road, Barangay Tumana. their lola insists they go back. Thoughts?",
      [('place', 'Concepcion Uno'), ('name', 'Dodong'), ('name', 'Rodrigo Alcaraz Jr.'), ('street_address', '18 Bayani Road'), ('place', 'Barangay Tumana')]),
    C('LGBTQ+ affirming practice, Quezon City - client Kring (trans woman, 27) got outed at the call centre in UP Ayala Technohub. Employee ID EW-551839. HR wants a "psych clearance". She\'s not sick, she\'s harassed. What do I write?',
      [('place', 'Quezon City'), ('name', 'Kring'), ('place', 'UP Ayala Technohub'), ('account', 'EW-551839')]),
    C('São Paulo: família Cavalcante, filho Kaique, 9, play therapy, pai preso. CPF da mãe 555.341.268-09 no formulário, I need to redact it before sending to the CRAS in Capão Redondo. Anyone know the usual form?',
      [('place', 'São Paulo'), ('name', 'Cavalcante'), ('name', 'Kaique'), ('ssn', '555.341.268-09'), ('place', 'Capão Redondo')]),
    C("Dona Cida — Aparecida Gonçalves — noventa e três anos, bereavement after her son. Lives in Pompeia with a maid. Son's widow is my client. Can the whole family come?",
      [('name', 'Cida'), ('name', 'Aparecida Gonçalves'), ('age_over_89', 'noventa e três anos'), ('place', 'Pompeia')]),
    C("art therapy in Heliópolis: Kauê, 10, drew the police car with the plate FQX-5R52 on it. Neighbour was shot last month. I'm not a reporter. But do I keep the drawing in the record?",
      [('place', 'Heliópolis'), ('name', 'Kauê'), ('vehicle', 'FQX-5R52')]),
    C("Group practice in Neukölln: Aylin Yıldırım-Krause, 31, Krankenversicherungsnummer K555102938 – her TK claim got rejected. She's in couples therapy with Torben, who pays privately. Split billing?",
      [('place', 'Neukölln'), ('name', 'Aylin Yıldırım-Krause'), ('health_plan', 'K555102938'), ('name', 'Torben')]),
    C("Baran keeps messaging on Signal from +49 1515 5550172 at 2 am. 22, queer, Kurdish family in Gesundbrunnen. He's ok, he's just lonely. Do I set a boundary or refer to a crisis line?",
      [('name', 'Baran'), ('phone', '+49 1515 5550172'), ('place', 'Gesundbrunnen')]),
    C('Forensic Gutachten: Dragan Petrović, Az. on file, JVA Tegel, Gefangenenbuchnummer 55/1902/26. Interview on 3. Dezember. Do I need a separate consent for the Gutachten to be read by his Bewährungshelfer?',
      [('name', 'Dragan Petrović'), ('place', 'Tegel'), ('account', '55/1902/26'), ('date', '3. Dezember')]),
    C('ASD diagnostics: Leni Wohlfahrt, 19, Humboldt-Universität, Matrikelnummer 5527461. She wants the dx letter for Nachteilsausgleich but not on her Krankenkasse. Selbstzahler is fine. Anyone know the Charité waitlist now?',
      [('name', 'Leni Wohlfahrt'), ('place', 'Humboldt-Universität'), ('account', '5527461')]),
    C("Dr. Fernandes's referral — sorry, Dr Leonard Fernandes — sends Ananya Rao, 24, with a GRE next month and full-blown panic. Her registration for the test center at Andheri East is tomorrow. Crisis plan vs exposure?",
      [('name', 'Fernandes'), ('name', 'Leonard Fernandes'), ('name', 'Ananya Rao'), ('place', 'Andheri East')]),
    C('Lolo Ising is 99 na, lives in San Juan, and the family want to do a counselling session at home with him present as they decide about the nursing home. Filipino elders + family systems, tips?',
      [('name', 'Lolo Ising'), ('age_over_89', '99 na'), ('place', 'San Juan')]),
    C("Forensic: my evaluee's driver licence no. is K555-4410-9927 per the police report and the defence wants it removed from my appendix. Curtis Ambrose-Fitch. Happy to redact, but is the appendix even the right place for the police report?",
      [('licence', 'K555-4410-9927'), ('name', 'Curtis Ambrose-Fitch')]),
    C("sorry to ask here - does anyone know if the NY OMH uses the pt's MRN or the CIN for transfers? Latoya Greaves has MRN 0555-82-114 at Kings County and a different one at Bellevue. Records are a mess.",
      [('name', 'Latoya Greaves'), ('medical_record', '0555-82-114'), ('place', 'Kings County'), ('place', 'Bellevue')]),
    C("Zoom link for tonight's bereavement circle got posted publicly by a member: https://zoom.example/j/5550193377. Harriet Okafor-Lindsay found it on the parish Facebook page. Change the link, obviously, but do I say something to the group?",
      [('url', 'https://zoom.example/j/5550193377'), ('name', 'Harriet Okafor-Lindsay')]),
    C("Weird one: client's ex is logging into her Google account, she showed me the login alert from 198.51.100.47. Mirela Stoica, 34, Harrow. She wants me to write something for the police. I'm a couples therapist lol, not IT. But what can I write?",
      [('ip_address', '198.51.100.47'), ('name', 'Mirela Stoica'), ('place', 'Harrow')]),
    C("my fax number changed - new one is 020 5550 8813 - could someone in the De Beauvoir group update the referral sheet? Also Tobiloba's GP keeps using the old one, I'll ring them.",
      [('fax', '020 5550 8813'), ('place', 'De Beauvoir'), ('name', 'Tobiloba')]),
    C('Hearing aid (serial PH-55-6620918) went missing at Sunrise Lodge care home and resident Winifred Gbadamosi is convinced her daughter took it. Paranoia or true? Family session tomorrow, help',
      [('device', 'PH-55-6620918'), ('place', 'Sunrise Lodge'), ('name', 'Winifred Gbadamosi')]),
    C('Parent filled in the autism intake online and typed their email as olu.and.funmi@famhome.example and their home as Flat 4, 62 Selhurst Road, South Norwood, SE25 6LL. The form should have been on paper per our policy. Do I need to report it?',
      [('email', 'olu.and.funmi@famhome.example'), ('street_address', 'Flat 4, 62 Selhurst Road'), ('place', 'South Norwood'), ('zip_code', 'SE25 6LL')]),
    C("my client Rhys Pemberton-Oduya is a counsellor himself (licence LPC 55-018273) and wants me to confirm to his board that he's in treatment. does a letter like that need the licence no or just his name? feels icky either way",
      [('name', 'Rhys Pemberton-Oduya'), ('licence', 'LPC 55-018273')]),
    C("IP log from our telehealth platform shows Yeboah Antwi's sessions coming from 203.0.113.174 and then another address in Ghana. He told me he was in Shooters Hill. Do I ask him directly?",
      [('name', 'Yeboah Antwi'), ('ip_address', '203.0.113.174'), ('place', 'Shooters Hill')]),
    C("Hospice fax line is (718) 555-0136, if anyone's sending bereavement referrals for Calvary Hospital. And please put the family's MRN on the cover sheet, not the name - e.g. CH-5550017.",
      [('fax', '(718) 555-0136'), ('place', 'Calvary Hospital'), ('medical_record', 'CH-5550017')]),
    C('Autism eval for Yaw Boateng-Clarke (adult, 38). His tracker is a Fitbit serial FB55039102, he uses the sleep data obsessively. Adding that to the report as a sensory/routine thing? Or irrelevant?',
      [('name', 'Yaw Boateng-Clarke'), ('device', 'FB55039102')]),
    C("client wants sessions logged into her patient portal at myhealth.northside-clinic.example/patient/55019. Esperanza Mwangi, 27, Bedford Park. I can't access it from my side, can you?",
      [('url', 'myhealth.northside-clinic.example/patient/55019'), ('name', 'Esperanza Mwangi'), ('place', 'Bedford Park')]),
    C("Licence question for forensic folks — client's CDL number is D555 0192 8837 and he's terrified the assessment will get it suspended. Bobby Tran, trucker out of Hunts Point. What do I tell him honestly?",
      [('licence', 'D555 0192 8837'), ('name', 'Bobby Tran'), ('place', 'Hunts Point')]),
    C('Fenella Achebe-Morrow emailed from fen.am@postbox.example asking for all notes from our couples work with her ex. Divorce in Richmond upon Thames court. Joint file. Do I need his consent too?',
      [('name', 'Fenella Achebe-Morrow'), ('email', 'fen.am@postbox.example'), ('place', 'Richmond upon Thames')]),
    C("supervision q: supervisee logged into the EHR from a café wifi, the audit shows 192.0.2.219. Client file opened was Gideon Mbeki's. Practice manager is spiralling. breach or not?",
      [('ip_address', '192.0.2.219'), ('name', 'Gideon Mbeki')]),
    C('Disaster response team in Ermita: evacuee Lourdes Pangilinan, DOB 30/06/1958, insulin pump serial MT-5551-20384 damaged in the flood. Who covers a replacement, PhilHealth or the LGU?',
      [('place', 'Ermita'), ('name', 'Lourdes Pangilinan'), ('date', '30/06/1958'), ('device', 'MT-5551-20384')]),
    C("Group practice in Greenside — our new fax is +27 11 555 0148. Yes we still need one, the medical aids insist. Nonhlanhla's claim was the first to go through it 🙄",
      [('place', 'Greenside'), ('fax', '+27 11 555 0148'), ('name', 'Nonhlanhla')]),
    C('Parents of Oliver Hadebe-Nkosi, 6, emailed their home address for the play therapy report: 12 Jacaranda Crescent, Northcliff, 2115. Do I post it or hand it over in person?',
      [('name', 'Oliver Hadebe-Nkosi'), ('street_address', '12 Jacaranda Crescent'), ('place', 'Northcliff'), ('zip_code', '2115')]),
    C('For anyone doing music therapy w/ dementia at Bethany House in Tempe: resident Constantinos Lambrou, 95 yrs on, sings in Greek only. Family want his playlist. Who owns a playlist made in therapy? lol real question',
      [('place', 'Bethany House'), ('place', 'Tempe'), ('name', 'Constantinos Lambrou'), ('age_over_89', '95 yrs on')]),
    C("Forensic (Ontario): assessment of Kieran O'Dwyer, Ontario DL O5551-27849-80917, DUI causing bodily harm. Crown asked for my raw notes. No. Right?",
      [('name', "Kieran O'Dwyer"), ('licence', 'O5551-27849-80917')]),
    C("Her Apple Watch (serial FHLW55C2K19) alerted her ex because it's still on his family sharing. Sunita Balakrishnan, Richvale. Safety plan now includes tech. Any good checklists?",
      [('device', 'FHLW55C2K19'), ('name', 'Sunita Balakrishnan'), ('place', 'Richvale')]),
    C('Grandma Pearl - real name Pearline Simms - turned one hundred and one on Sunday and my client, her great-granddaughter, is the one who has to organise everything. 14. Too much?',
      [('name', 'Grandma Pearl'), ('name', 'Pearline Simms'), ('age_over_89', 'one hundred and one')]),
    C("Please email the bereavement group list to griefcircle@stmarks-hospice.example - it's the St Mark's Hospice address in Regentville. Trevor Huang will send the flyer.",
      [('email', 'griefcircle@stmarks-hospice.example'), ('place', "St Mark's Hospice"), ('place', 'Regentville'), ('name', 'Trevor Huang')]),
    C('family session went sideways, dad Mohammed Al-Khatib recorded it on his phone and posted it to youtube.example/watch?v=5550KhT19. Family court in Bankstown already has it. What now??',
      [('name', 'Mohammed Al-Khatib'), ('url', 'youtube.example/watch?v=5550KhT19'), ('place', 'Bankstown')]),
    C('Anneliese Fromm called from her work line +49 30 5550 9172 at Siemensstadt. She wants to switch from couples to individual. Her husband is still my client. Conflict of interest?',
      [('name', 'Anneliese Fromm'), ('phone', '+49 30 5550 9172'), ('place', 'Siemensstadt')]),
    C("for the team: Lucía Benítez's new address is Apt 5C, 1410 Pelham Parkway North, Pelham Parkway, 10469, and her new phone is (929) 555-0107. Please update in SimplePractice.",
      [('name', 'Lucía Benítez'), ('street_address', 'Apt 5C, 1410 Pelham Parkway North'), ('place', 'Pelham Parkway'), ('zip_code', '10469'), ('phone', '(929) 555-0107')]),
    C('Neurodiversity assessment write-up: Jabari Kimani-Wells, 15, school ID SID-550-2981, Thomas Jefferson High School in East New York. School psych wants the raw WISC scores. Share or summary?',
      [('name', 'Jabari Kimani-Wells'), ('account', 'SID-550-2981'), ('place', 'Thomas Jefferson High School'), ('place', 'East New York')]),
    C("Client found her late husband's Medicare card (number 5551 60273 1) and can't bring herself to cancel it. Beryl Nankervis, 84, Kiama. Grief work around admin tasks - any good resources?",
      [('health_plan', '5551 60273 1'), ('name', 'Beryl Nankervis'), ('place', 'Kiama')]),
    C("vehicle question for forensic evaluators - the report cites a VIN, 1HGCM55508A019284, and the plate HXD 55K. Marlon Pryce says the car isn't even his. Do I repeat those in my own report?",
      [('vehicle', '1HGCM55508A019284'), ('vehicle', 'HXD 55K'), ('name', 'Marlon Pryce')]),
    C('IP addresses in my client\'s stalking evidence folder — 203.0.113.152 and 2001:db8:7b::3c1. Nomvula Sithole wants me to "confirm" they\'re her ex. I can\'t. How to say this kindly?',
      [('ip_address', '203.0.113.152'), ('ip_address', '2001:db8:7b::3c1'), ('name', 'Nomvula Sithole')]),
    C("Telehealth glitch: platform logged Wei Jie Lim's session as coming from 198.51.100.139, which is apparently in Subang Jaya, not Strathfield. He's been in Malaysia for a month. Licensure issue?",
      [('name', 'Wei Jie Lim'), ('ip_address', '198.51.100.139'), ('place', 'Subang Jaya'), ('place', 'Strathfield')]),
    C("Hospital records: Chiamaka Eze, UHID 55019-MUM-2284 at KEM Hospital. She's asking me to get her discharge summary. I'm her private therapist. Does she request it herself or can I?",
      [('name', 'Chiamaka Eze'), ('medical_record', '55019-MUM-2284'), ('place', 'KEM Hospital')]),
    C("fax 011 555 0172 is dead, use email. Mlungisi's file is stuck.",
      [('fax', '011 555 0172'), ('name', 'Mlungisi')]),
    C("can someone pls send me the SSN field-redaction macro, Toby's intake has 555-40-8817 in the free-text box 😩",
      [('name', 'Toby'), ('ssn', '555-40-8817')]),
    C('new pt Ayodele DOB 5/18/2009, mum says call 646-555-0171 not the house.',
      [('name', 'Ayodele'), ('date', '5/18/2009'), ('phone', '646-555-0171')]),
    C("Reg for the minibus that brings Unathi's group from Kuyasa: CA 555-019. Driver wants to sit in. No.",
      [('name', 'Unathi'), ('place', 'Kuyasa'), ('vehicle', 'CA 555-019')]),
    C('MRN A55-190-227 belongs to Desmond Oyelowo-Park, not the kid with the same surname. Whoever merged the charts, please unmerge 🙏',
      [('medical_record', 'A55-190-227'), ('name', 'Desmond Oyelowo-Park')]),
    C("Pritika's MyChart link mychart.hsc-toronto.example/p/5550291 is bouncing — anyone else?",
      [('name', 'Pritika'), ('url', 'mychart.hsc-toronto.example/p/5550291')]),
    C('is the form asking for a SIN or health card? I wrote 5559 120 447 RX for Mateus Fonseca but it was rejected.',
      [('health_plan', '5559 120 447 RX'), ('name', 'Mateus Fonseca')]),
    C("hey is dr.ali.therapy@clinicmail.example still Farah Ali's work email or did she leave Northfields?",
      [('email', 'dr.ali.therapy@clinicmail.example'), ('name', 'Farah Ali'), ('place', 'Northfields')]),
    C('passport no. GB5550192K4 on the asylum report. Hewan Tesfaye wants it out of the appendix. Home Office report format question',
      [('licence', 'GB5550192K4'), ('name', 'Hewan Tesfaye')]),
    C('Forensic: evaluee Luis Cabrera ("Chino") -> the nickname appears in the police narrative. His firearm licence FL-55-30918 was revoked. Mention in my risk section?',
      [('name', 'Luis Cabrera'), ('name', 'Chino'), ('licence', 'FL-55-30918')]),
    C("Hmm the court portal is https://efile.courts-nsw.example/case/55-0192 and it wants my AHPRA number. Do I use mine or the practice's? Client is Ana Lemalu.",
      [('url', 'https://efile.courts-nsw.example/case/55-0192'), ('name', 'Ana Lemalu')]),
    C('reminder: Mrs Onwuka — sorry, Mrs Patience Onwuka — fax for her GP is 0161 555 0729 and the referral needs to go today.',
      [('name', 'Onwuka'), ('name', 'Patience Onwuka'), ('fax', '0161 555 0729')]),
    C('Bertie turned 100 and a half last week and his daughter (my client, 72) keeps saying "I can\'t die first". Anticipatory grief reversed. Anyone?',
      [('name', 'Bertie'), ('age_over_89', '100 and a half')]),
    C('ok Serkan gave me his address for the Gutachten: Sonnenallee 155, 12059 Neukölln. Is the Bezirk enough for the report header?',
      [('name', 'Serkan'), ('street_address', 'Sonnenallee 155'), ('zip_code', '12059'), ('place', 'Neukölln')]),
    C("the OCR keeps tagging Rosamund's ID AB 55 32 91 D? That's her NI. Remove it from the scanned letter before upload pls",
      [('name', 'Rosamund'), ('ssn', 'AB 55 32 91 D')]),
    C('IMEI of the phone the ex gave her: 35 551902 847302 6. Shanthi wants to know if it can be tracked. I said talk to the DV advocate. Correct?',
      [('device', '35 551902 847302 6'), ('name', 'Shanthi')]),
    C("one more: Matteo Bellini's VIN is ZFA55510000729361, insurance company wants a letter saying the crash caused his PTSD. Couples client. I'm not writing that, am I?",
      [('name', 'Matteo Bellini'), ('vehicle', 'ZFA55510000729361')]),
    C("Hyun-woo Jang's Medicaid ID is CX55810294, billing sent it under his sister Hyun-ji's by mistake. Family in Flushing. Privacy issue since they live together?",
      [('name', 'Hyun-woo Jang'), ('health_plan', 'CX55810294'), ('name', 'Hyun-ji'), ('place', 'Flushing')]),
    C("Long one sorry. Working with a couple in their 60s, Gerald and Rosemary Haddington, whose adult son Fergus died of an overdose at The Anchor pub in Gravesend on 2 August. She wants to sue the pub, he wants to never speak of it again. They come to sessions and sit at opposite ends of the sofa. I've been doing mostly parallel grief work and some EFT-ish stuff but honestly it's stuck. Any thoughts on when bereaved couples need separate therapists?",
      [('name', 'Gerald'), ('name', 'Rosemary Haddington'), ('name', 'Fergus'), ('place', 'The Anchor'), ('place', 'Gravesend'), ('date', '2 August')]),
    C("Telehealth audit flagged two logins to Amara Osei's portal from 192.0.2.137 and 10.55.3.17 on the same night. One's our office wifi. Other one no idea. Who do I tell first, her or IT?",
      [('name', 'Amara Osei'), ('ip_address', '192.0.2.137'), ('ip_address', '10.55.3.17')]),
    C("court report template — do I put the evaluee's inmate no. (DIN 55-A-0817) in the header or just name + DOB? Terrence Mobley, DOB 11 Nov 1979. Forensic veterans please weigh in.",
      [('account', '55-A-0817'), ('name', 'Terrence Mobley'), ('date', '11 Nov 1979')]),
    C("Marguerite Lavoie's new psychiatrist at CAMH needs my notes faxed to 416-555-0193, attn. intake. MRN at CAMH is C55-8812-04. Does anyone know if they take encrypted email instead?",
      [('name', 'Marguerite Lavoie'), ('place', 'CAMH'), ('fax', '416-555-0193'), ('medical_record', 'C55-8812-04')]),
    C('Play therapist in Catford: Tallulah, 4, her dad is on a tag, serial EM55-41907, and she\'s drawing "the beeping thing" on his leg. Kid-friendly way to explain electronic monitoring?',
      [('place', 'Catford'), ('name', 'Tallulah'), ('device', 'EM55-41907')]),
    C("the parish bulletin printed Fr Osagie Idahosa's counselling referral line +44 7700 555 018 and my name next to it. I didn't agree to that. How do faith-based counsellors handle church publicity?",
      [('name', 'Osagie Idahosa'), ('phone', '+44 7700 555 018')]),
    C("Hospice bereavement admin: Dorothea Klinkenberg, 97 at her last birthday, died on the ward at St Joseph's Hospice, Homerton. Her niece Hannelore is my client and wants the death certificate number to be kept out of my notes. It's DXC 555081. Where does it go?",
      [('name', 'Dorothea Klinkenberg'), ('age_over_89', '97 at her last birthday'), ('place', "St Joseph's Hospice"), ('place', 'Homerton'), ('name', 'Hannelore'), ('licence', 'DXC 555081')]),
    C("Someone DM'd me on Discord asking if Connor Bishop-Tait is my client. Username was @c_bishop_tait_55. I didn't answer. Should I block or report?",
      [('name', 'Connor Bishop-Tait'), ('url', '@c_bishop_tait_55')]),
    C('Neurodiversity clinic in Kensington: Imogen Okafor-Rees, 26, ASD + ADHD assessment, wants the report sent to imogen.or@studentmail.example and her GP at 88 Ladbroke Grove, W10 5PG. Two copies ok?',
      [('place', 'Kensington'), ('name', 'Imogen Okafor-Rees'), ('email', 'imogen.or@studentmail.example'), ('street_address', '88 Ladbroke Grove'), ('zip_code', 'W10 5PG')]),
    C('Ansel\'s blog (anselsjourney.example/2026/coming-out) names me as "my amazing therapist" with a photo of the office. Do I ask him to take it down? it\'s sweet but',
      [('name', 'Ansel'), ('url', 'anselsjourney.example/2026/coming-out')]),
    C("Disaster response: evacuee Arnel Sumalpong's SSS no. is 55-1920384-7 and the DSWD needs it for aid. He asked me to hold his documents. Refuse kindly, right?",
      [('name', 'Arnel Sumalpong'), ('ssn', '55-1920384-7')]),
    C("Vusumuzi Ngcobo's psychiatric hospital file no. at Rietvlei Forensic Unit is STF/55/0192. The court wants it attached. I'm the defence's expert. Attach or cite?",
      [('name', 'Vusumuzi Ngcobo'), ('place', 'Rietvlei Forensic Unit'), ('medical_record', 'STF/55/0192')]),
    C('Faith-based counselling, Bendale: Deacon Winston Lyle sent his licence as a marriage officiant, number ON-MO-5510293, wanting to co-facilitate my couples group. Thoughts on co-leading with clergy?',
      [('place', 'Bendale'), ('name', 'Winston Lyle'), ('licence', 'ON-MO-5510293')]),
    C('LGBTQ+ affirming practice, São Paulo: Caio wants his nome social on everything. Carteira do SUS 555 0192 8837 0004. Clinic system only shows the nome civil, Camila. Workarounds?',
      [('place', 'São Paulo'), ('name', 'Caio'), ('health_plan', '555 0192 8837 0004'), ('name', 'Camila')]),
    C("Forensic report: the vehicle in the incident was a grey Hilux, rego YRX-55Q, registered to Ben Mahoney's employer in Ingleburn. Is that relevant to my psych report at all?",
      [('vehicle', 'YRX-55Q'), ('name', 'Ben Mahoney'), ('place', 'Ingleburn')]),
    C('hey all, my new practice address is Suite 3, 220 Church Street, Harris Park 2150. Heilala, can you update the referral letter template?',
      [('street_address', 'Suite 3, 220 Church Street'), ('place', 'Harris Park'), ('zip_code', '2150'), ('name', 'Heilala')]),
    C("Couples therapist in Belsize Park here. Shulamit and Ruben Abramovich both want a copy of the joint notes for their get. Rabbi's fax is 020 5550 3391. Do I need both signatures on the release?",
      [('place', 'Belsize Park'), ('name', 'Shulamit'), ('name', 'Ruben Abramovich'), ('fax', '020 5550 3391')]),
    C("ughhh the Lonehill clinic put Mpho Mashaba's hospital no. 55-HJH-019283 in the subject line of an email. Going to the whole team. Damage control steps?",
      [('place', 'Lonehill'), ('name', 'Mpho Mashaba'), ('medical_record', '55-HJH-019283')]),
    C("the hospice's remote desktop is at 198.51.100.226, if Sister Scholastica asks, don't give it out. (Sr Scholastica Oyelaran, the new chaplain.)",
      [('ip_address', '198.51.100.226'), ('name', 'Scholastica'), ('name', 'Scholastica Oyelaran')]),
    C("Ruth Amankwah asked me to check her son's profile facebook.example/kwame.amankwah.55 because she thinks he's posting about suicide. He's 17, not my client. Do I look?",
      [('name', 'Ruth Amankwah'), ('url', 'facebook.example/kwame.amankwah.55')]),
    C('Art therapy referral from the Emily Carr University outreach team — Quill (chosen name, 16) — phone 604-555-0154, family address 4471 Knight Street, V5N 3M2, Cedar Cottage. Foster placement. Who consents?',
      [('place', 'Emily Carr University'), ('name', 'Quill'), ('phone', '604-555-0154'), ('street_address', '4471 Knight Street'), ('zip_code', 'V5N 3M2'), ('place', 'Cedar Cottage')]),
    C("music therapy for autistic kids at Sing Along Studio, Andheri West, owner gave me her licence for the premises, reg no MH-SE-555-0918. Do I need my own one to rent the room? Mrs Gadgil wasn't sure",
      [('place', 'Sing Along Studio'), ('place', 'Andheri West'), ('licence', 'MH-SE-555-0918'), ('name', 'Gadgil')]),
    C('forensic: pls don\'t put evaluee Garfield Henry\'s e-tag number GPS-55-03817 in the court report. His lawyer Ngozi Adeyemi asked specifically. Redact or "on file"?',
      [('name', 'Garfield Henry'), ('device', 'GPS-55-03817'), ('name', 'Ngozi Adeyemi')]),
    C('Mariana Kusumawati\'s employer in Pasay emailed from hr.ops@callhub-ph.example asking if she\'s "fit to return". She consented to a yes/no only. Is a yes/no even fair to her?',
      [('name', 'Mariana Kusumawati'), ('place', 'Pasay'), ('email', 'hr.ops@callhub-ph.example')]),
    C("Hi, our Kreuzberg practice's server IP 203.0.113.210 shows up in Mehmet Aksoy's browser history screenshot his wife sent the court. What the heck? He did a session from a shared PC.",
      [('place', 'Kreuzberg'), ('ip_address', '203.0.113.210'), ('name', 'Mehmet Aksoy')]),
    C('family therapy in Lenasia: Fatima Vawda, ID 7211045550083, wants the whole family at sessions including her brother who hit her. No. But how do I say no without her dropping out?',
      [('place', 'Lenasia'), ('name', 'Fatima Vawda'), ('ssn', '7211045550083')]),
    C("UK fax question: 0121 555 0864 is Moseley CMHT's new line? Tyrone Beckford-Hale's care coordinator wants my letter by fax only.",
      [('fax', '0121 555 0864'), ('place', 'Moseley'), ('name', 'Tyrone Beckford-Hale')]),
    C('Disaster response volunteer note: the family sheltering at Sto. Niño Elementary School gave 1811 as their postcode and Blk 5 Lot 12 Sampaguita Street as the address. Rowena Dizon, 41. Just for the list.',
      [('place', 'Sto. Niño Elementary School'), ('zip_code', '1811'), ('street_address', 'Blk 5 Lot 12 Sampaguita Street'), ('name', 'Rowena Dizon')]),
    C("Hortensia Villalobos's MRN at the hospice changed after the system migration, old HSP-550-2918, new HX5519204. Bereavement follow-up letters went to the wrong family. How do I even apologise for that",
      [('name', 'Hortensia Villalobos'), ('medical_record', 'HSP-550-2918'), ('medical_record', 'HX5519204')]),
    C("tobenna's Linktree is linktr.ee.example/tobi_paints55 and it has her art therapy pieces from our group on it, with the group's faces blurred but still. Talk to her about it or let it go?",
      [('name', 'tobenna'), ('url', 'linktr.ee.example/tobi_paints55')]),
    C("Couples consult, Woodstock, Western Cape: Schalk-Willem and Fadiel Jacobs-van Wyk, married 3 years, his dominee won't bless the marriage. They want me to speak to the church council. I'm their therapist, not their advocate. Or am I both?",
      [('place', 'Woodstock'), ('name', 'Schalk-Willem'), ('name', 'Fadiel Jacobs-van Wyk')]),
    C("Marvel (yes, her real name, 30) from Ijede moved to Edmonton Hale for nursing and is living in a shared house with 6 others. Homesick to the bone. Nigerian diaspora clinicians, what's helped your clients most in year one?",
      [('name', 'Marvel'), ('place', 'Ijede'), ('place', 'Edmonton Hale')]),
    C("Consult request, couples: D.W. and T.M. (initials only for now) — he's a firefighter at Engine 55 in Red Hook, she's a nurse on nights. They see each other 2 hrs a week. Is couples therapy even possible on that schedule?",
      [('name', 'D.W.'), ('name', 'T.M.'), ('place', 'Engine 55'), ('place', 'Red Hook')]),
    C('Hazie - sorry, Hazelle Mbatha - finally said the words "I\'m gay" in session today, age 58, after 30 years of marriage to a man in Hilton Gardens Estate. Now what. Where do I even start with the family piece?',
      [('name', 'Hazie'), ('name', 'Hazelle Mbatha'), ('place', 'Hilton Gardens Estate')]),
    C('lungi\'s mum called me from the tuck shop at Zola Secondary asking how therapy is "going". Lungi is 15. Confidentiality with minors in SA, what\'s your script?',
      [('name', 'lungi'), ('place', 'Zola Secondary')]),
    C('Long post, bear with me. I\'m a music therapist at a children\'s hospice, Little Harbour House, and one of our families (dad Kelechi, mum Adaeze Nwosu, and their 4-year-old) have asked me to record their daughter\'s heartbeat and turn it into a song before she dies. I\'ve done heartbeat recordings before, never with a child this aware. She keeps asking if the song will "remember" her. I don\'t want to promise something the song can\'t do. How do you talk with kids about legacy work when they ask the big questions?',
      [('place', 'Little Harbour House'), ('name', 'Kelechi'), ('name', 'Adaeze Nwosu')]),
    C('Sterling Osei-Bonsu ("Stero") is 17 and his referral from Kingsbridge Youth Offending Team says "non-engaging". He talked for 50 minutes about his grandma\'s jollof. I think we\'re fine.',
      [('name', 'Sterling Osei-Bonsu'), ('name', 'Stero'), ('place', 'Kingsbridge Youth Offending Team')]),
    C('The deadname is on the hospital bracelet (Mikael), the chosen name is Mika Soltani, and the nurse on Ward 9B at North Middlesex keeps reading out the bracelet. Advocacy letter from the therapist - useful or annoying to the ward?',
      [('name', 'Mikael'), ('name', 'Mika Soltani'), ('place', 'Ward 9B'), ('place', 'North Middlesex')]),
    C('forensic note to self + team: evaluee R. Okwuosa-Dunn prefers "Rudy", was held at Feltham as a teen, and now works at Big Yellow Storage in Yeading. Collateral interview with his manager? Consent first, obviously.',
      [('name', 'R. Okwuosa-Dunn'), ('name', 'Rudy'), ('place', 'Feltham'), ('place', 'Big Yellow Storage'), ('place', 'Yeading')]),
    # ------------------------------------------------------------------
    # Clean snippets
    # ------------------------------------------------------------------
    C('Anyone running Gottman Level 2 skills with couples where one partner is autistic? The Four Horsemen framing lands weirdly when stonewalling is actually shutdown. Would love reading recs beyond the Attwood chapters.'),
    C("PSA: the EFT externship in Ottawa next April still has early-bird spots, CAD 1,450. Sue Johnson's old team is running it."),
    C("pt on Vyvanse 50 mg + guanfacine 2 mg, sleeping 4 hrs. psych won't see her till February. anything behavioural I can throw at this in the meantime?"),
    C("Does the DSM-5-TR still have gender dysphoria under F64.0 or did ICD-11 move it fully to HA60 for billing purposes? Medicare Advantage plan rejected a claim and I'm confused."),
    C('honestly the best thing I did this year was stop doing 6 clients on Mondays. 4 max. Tuesday-me is grateful.'),
    C('Kübler-Ross stages came up AGAIN in a family session. The teenage son quoted them like scripture. How do you gently correct the linear-stages myth without making the family feel stupid?'),
    C('Music therapy folks: Nordoff-Robbins or Bonny Method for a 7-year-old with selective mutism? Parents found a Bluey episode that gets her humming and I want to build on that.'),
    C('Hospice bereavement group starting in January, 8 weeks, Thursdays 6-7:30pm. Using the Worden tasks loosely, plus continuing bonds stuff from Klass. Any must-read handouts?'),
    C('Quick one: CPT 90847 vs 90846 when the identified patient leaves halfway through the session?'),
    C('does anyone else find the AQ-10 basically useless in women over 40? the CAT-Q picked up way more. ADOS-2 module 4 was borderline, 7 total.'),
    C('Diwali week = half my caseload cancelled and the other half wants to talk about their mothers-in-law 😂 happy Diwali to those celebrating'),
    C("Forensic peeps, what do you use for structured risk? HCR-20 V3, SAVRY for under-18s, and I'm looking at the START:AV. The Static-99R training is booked for March."),
    C('My Lexapro client (10 mg, week 3) says she feels "flat like a Tuesday afternoon". I love that phrase. Watchful waiting or nudge her to call her GP?'),
    C('Disaster mental health: anyone done the Psychological First Aid course from the WHO and then the Skills for Psychological Recovery? Which would you pick for a volunteer team in Queensland after the floods?'),
    C('Art therapy supervision q - when a kid paints the same black square for 6 weeks, is it resistance or is it the work? Rothko would have a view lol'),
    C('The Body Keeps the Score is still the most-requested book in my waiting room and I have complicated feelings about van der Kolk right now.'),
    C("Faith-based practice: a Pentecostal couple wants me to pray at the start of sessions. I'm Catholic, I'm fine with it, but the AAMFT ethics code... thoughts?"),
    C("LGBTQ+ affirming question: do you use the client's pronouns in the clinical record even when the insurer's system forces legal sex? Aetna's portal only has M/F. Drives me up the wall."),
    C("Play therapy: Landreth's book or Axline's for a new grad? Both? I'm leaning Landreth for the practical chapters."),
    C("burnout check-in: 31 clients, 2 kids, one dog, no holiday since August. please tell me I'm not the only one. 🫠"),
    C("Couples therapy with a Hindu-Muslim interfaith couple, both second-gen, both families in Gujarat and Punjab respectively. The wedding question is really a grief question for the parents. Anyone read Monica McGoldrick's chapter on ethnicity and family therapy recently? Still holds up?"),
    C('ESketamine (Spravato) clinic question - is anyone co-treating and doing integration sessions the same day? Insurer covers the Spravato but not my 90837 on that day apparently.'),
    C('Reminder that the BACP conference is in Birmingham this year and the call for papers closes on the last Friday of January.'),
    C('Forensic report writing tip I wish someone had told me in year one: never write "the defendant admitted". Write what was said, in quotes, and attribute it. The judge will thank you. So will cross-examination.'),
    C("mirtazapine 15 mg at night and he's eating everything in the cupboard. 8 kg in two months. he's 19 and devastated about it. thoughts on raising it with his GP without making it about weight shame?"),
    C('Neurodiversity-affirming language check: I\'ve been writing "autistic person" not "person with ASD" in reports for two years now, but NHS templates still say "has ASD". Anyone pushed back on their trust\'s template successfully?'),
    C('ISO a Tagalog-speaking therapist who does couples work, ideally in the evenings Philippine time. Client would pay via GCash. DM me.'),
    C('Hospice chaplain question: Ramadan starts in mid-February next year and I have three Muslim families in bereavement follow-up. Should I shift session times to after iftar or just ask?'),
    C('Has anyone done DBT skills groups over Discord for teens? The Marsha Linehan diary cards translate weirdly to a phone screen.'),
    C("EMDR with kids under 7 - Francine Shapiro's protocol modified with the butterfly hug, or Joan Lovett's story approach? Using it for a dog bite trauma."),
    C('PHQ-9 went from 22 to 9 over 12 sessions and she says she "feels exactly the same". Measure-based care has limits, friends.'),
    C('Anyone going to the IPA congress in Lisbon? Would love to grab a coffee with other play therapists.'),
    C('GAD-7 of 18, sleeping 3 hours, two panic attacks a day at work. She asked for "just a few tips". I said let\'s talk about medication too. Was that overstepping for a counsellor?'),
    C('Berlin conference on neurodiversity in February - worth it for a UK-based assessor? Tickets are €380 which hurts.'),
    C('Can we talk about how the Inside Out 2 "Anxiety" character has done more psychoeducation for my under-12s than anything I\'ve printed? Bless Pixar.'),
    C('The South African HPCSA renewal fee went up again. R2,100 this year? Or is that just the psychology board?'),
    C("Art therapist here. Is there any research on using clay with Parkinson's tremor? I have a lovely man in his 70s who wants to try but gets frustrated fast."),
    C('I\'m Jewish and my couples client is Orthodox. They\'ve asked if I\'m "frum". I\'m not. How much self-disclosure do you do in religious-matching situations?'),
    C("Second opinion on a formulation: 34 y/o, hx of childhood neglect, two psychiatric admissions, now presents with dissociative episodes during sex. I'm thinking structural dissociation, Van der Hart model. Or am I overreaching and this is BPD with dissociative features?"),
    C('The Aetna EAP only authorises 6 sessions and the client is in the middle of a divorce with kids. Transition plan? Sliding scale?'),
    C('ok real question: does anyone actually enjoy writing treatment plans? asking for me, at 11pm on a Sunday'),
    C("Grief and gaming: a teenage client lost his older brother and now only wants to play Minecraft in session, building the brother's house. I'm letting him. Any reading on grief in game play?"),
    C('The RCPsych guidance on transgender under-18s changed again after the Cass Review. Anyone have a one-page summary I can give to parents?'),
    C("Forensic: what's your rate for a court appearance? I charge £150/hr for reports and was offered £90 for attendance. Feels low."),
    C('SA folks, does the SACSSP registration count for couples counselling or do I need PsySSA too? (Asking as a social worker.)'),
    C("Couples where one partner is on Ozempic and lost 30 kg - the other partner is suddenly jealous and insecure. Anyone else seeing this pattern? It's like the GLP-1 era has its own relational script."),
    C("pt says her psychiatrist wants to try lithium, target level 0.6-0.8 mmol/L. she's terrified of the blood tests. any tips for needle phobia I can do in 2 sessions?"),
    C("Started the Safe and Sound Protocol with an autistic 9 y/o. Porges fans, how many hours before you saw anything? Parents are impatient (fair, it's $$$)."),
    C("Does anyone bill Medicaid for family therapy without the patient present (90846)? Our state's managed care plan keeps denying it."),
    C("Forensic: the new Ontario Review Board forms went live in October. If anyone has a cheat sheet for the NCR dispositions section, I'd buy you a coffee."),
    C('lmao a client just told me her therapist before me "was basically Dr. Phil". I have never felt so much pressure in my life.'),
    C("Bereavement after suicide: I rely on the Jordan and McIntosh book a lot. Anything newer you'd recommend? Ideally with something for siblings."),
    C("Yoruba naming ceremonies and grief: a client's baby died before the naming day and she doesn't know whether to name her. Any Nigerian colleagues who could help me understand the cultural piece better?"),
    C("ADHD titration update on a family I'm seeing: mum on Elvanse 30 mg, eldest on Concerta 36 mg, youngest on nothing yet. Dinner table is calmer. 10/10 would recommend."),
    C("Group practice admin: we're moving from TherapyNotes to Jane in March. Anyone done the migration? How bad was it?"),
    C("Music therapists, what's your go-to for bereavement songwriting with teenagers? I've been using GarageBand on an iPad and they love it."),
    C("Cantonese-speaking couples therapist needed. Client prefers someone who's not from the same church community. Telehealth ok. Evenings HKT."),
    C('Filipino family systems: utang na loob is doing a LOT of work in this family. Anyone have good reading on it beyond the Enriquez stuff?'),
    C("Quick ICD question: Z63.0 for relationship distress with spouse - does anyone's payer actually accept it as primary? Ours never does."),
    C("Sobering stat from the Trevor Project survey this year: 39% of LGBTQ+ youth seriously considered suicide. I'm putting it in my training slides for the school staff day."),
    C('Typhoon season is brutal for our disaster team. We did 140 PFA contacts in 9 days. Debriefing ourselves next week. How do you all do team self-care after deployment?'),
    C('I had a client quote Taylor Swift\'s "Anti-Hero" as her entire case formulation today. "It\'s me, hi, I\'m the problem." Honestly? Not wrong about the self-schema.'),
    C('Hospice team: our medical director wants us using the PG-13-R for prolonged grief screening at 6 months. Anyone using it vs the ICG?'),
    C("faith-based folks: how do you handle a client who believes their depression is a spiritual attack? I'm not dismissing it, but I also want her to see the GP about the 3-month insomnia."),
    C('Neurodiversity assessments: MIGDAS-2 vs ADOS-2 for adults? Our service bought one licence and we need to choose before the financial year ends in April.'),
    C('Sertraline 200 mg, buspirone 15 mg BD, propranolol PRN, and still panicking on the Tube. Time for a proper exposure hierarchy I think.'),
    C('Is it just me or does the PCL-5 over-score people in the first month after a disaster? Most of our shelter residents hit 40+ in week one.'),
    C('ugh insurance. Cigna wants a treatment plan update every 10 sessions. BCBS wants it every 20. UnitedHealthcare wants it "as needed". consistency pls'),
    C("I'm doing an IFS level 1 next year. Dick Schwartz was on a podcast recently talking about couples. Has anyone done the IFIO couples track?"),
    C('Eid al-Adha sessions: two clients asked to skip, one asked for an extra. Love this job.'),
    C('Play therapy supervision: a 6-year-old keeps making the Spider-Man figure rescue everyone except himself. I know what I think it means. What do you think?'),
    C('Art therapy: oil pastels or chalk pastels for adolescents with sensory sensitivities? The chalk dust thing is a real barrier for two of my autistic kids.'),
    C("Telehealth question: can I see a client on holiday in Portugal if I'm licensed in New York? Pretty sure not but would love certainty."),
    C('Late-diagnosed ADHD dads in couples therapy: the "weaponised incompetence" discourse from TikTok is showing up in sessions word for word. How are you handling it when the partner has clearly read Fair Play by Eve Rodsky?'),
    C("q for the forensic crowd - do you include the MMPI-3 validity scales in the main report body or an appendix? My last report got 14 pages long and the judge's clerk sent it back."),
    C("Does anyone else have clients who listen to the Huberman podcast and then come in with supplement stacks? Magnesium, ashwagandha, L-theanine... I'm not a dietitian lol"),
    C("Hospice bereavement: Día de los Muertos is coming and one of my families wants to build an ofrenda in the group room. I think that's beautiful. Any reason I'd say no?"),
    C("clozapine 300 mg, ANC fine, but he's drooling at night and mortified. couples work with his wife is on hold until that's sorted. hyoscine helped anyone's clients?"),
    C('quick vent: the Medicaid MCO denied a family session because "the patient is 17 and the family is not the patient". The family IS the work.'),
    C('Sandplay training with Kalff-trained folks is so expensive. Anyone done a Jungian sandplay cert online that was legit?'),
    C('For the Aussie crew: does the Better Access 10-session cap reset on 1 January or 12 months from the MHCP? I always forget.'),
    C('Started reading "Nurtured Heart Approach" by Howard Glasser for a parent group. Mixed feelings. Anyone use it with foster carers?'),
    C('Couples client called the Enneagram "her therapy" and now she wants to know my number. I\'m a 6 probably. Do I tell her?'),
    C("Art therapy exhibition idea for our LGBTQ+ youth group during Pride Month. Consent forms for minors' art in a public space - anyone have one they'd share?"),
    C('Any SA colleagues doing Zulu-language play therapy? Looking for someone who can supervise in isiZulu for a student.'),
    C('Ages 3 to 89 in my caseload this week. The 89-year-old was the funniest by a mile.'),
    C("There's a great episode of the Where Should We Begin? podcast with Esther Perel on infidelity and grief. I've assigned it as homework twice this month."),
    C('pt with Ehlers-Danlos and POTS - fainted in the waiting room last week. Is anyone adapting mindfulness for people with dysautonomia? Standing practices are out.'),
    C('Forensic report: should I cite DSM-5-TR or ICD-10-CM codes? The court is in Quebec and the lawyer said they prefer ICD. F43.10 it is.'),
    C('Bereaved parents group: we use "Option B" by Sheryl Sandberg as a conversation starter but some find it too polished. Alternatives?'),
    C('Working with Ukrainian refugee families - has anyone found a good Russian vs Ukrainian interpreter policy? Some families refuse Russian-speaking interpreters entirely, understandably.'),
    C('ISO clinical supervision for EMDR consultation hours. EMDRIA approved. Happy to pay the going rate, around $120/hr.'),
    C("Teen client obsessed with Wednesday (the Netflix one). She dyed her hair black and speaks in monotone. Honestly it's helping her social anxiety??"),
    C('Sliding scale check: I charge $60 for the lowest tier and $210 for the top. How wide is yours?'),
    C('The Lancet Psychiatry paper on psilocybin and TRD - did anyone else find the 6-week follow-up too short to be useful?'),
    C('Bipolar II, lamotrigine 200 mg, stable for 18 months, wants to come off it for a pregnancy. Perinatal psych consult booked. Anything I should be doing therapy-wise in the meantime?'),
    C("Sundays in November feel long. That's it, that's the post."),
    C('Does anyone use the Circle of Security parenting programme with dads specifically? Attendance from fathers is tanking.'),
    C("CBT-I question: sleep restriction for someone with bipolar history - contraindicated or just careful? I've read conflicting things from Harvey and from the Perlis manual."),
    C('Disaster response pros: after the quake in Türkiye, the IASC guidelines were the go-to. Anything updated since for culturally adapted MHPSS?'),
    C('New-ish to faith-based counselling. Is the AACC credential worth it or is a general LPC plus my seminary degree enough?'),
    C('Family therapy with a Korean-American family where the eldest son is expected to take over the business. Han as a concept keeps coming up. Anyone read Pauline Boss on ambiguous loss applied to immigrant families? Feels relevant.'),
    C('the new PsyPact map has 42 states now? or is it 43. I can never keep up. Asking because a client is moving to Oregon in the spring.'),
    C('Does anyone have experience with Naltrexone 50 mg for alcohol use plus couples therapy (ABCT)? The McCrady manual is great but dated.'),
    C('LGBTQ+ affirming: a 62-year-old client just came out as a lesbian and wants to know about "the scene". I\'m 29 and my scene is not her scene. Resource recs for older queer women?'),
    C('Hospice team finally got Epic access for the bereavement coordinators. It only took 14 months and 3 Jira tickets.'),
    C('Disaster response after wildfires: the Cal Fire updates are triggering half my clients. Do you recommend news limits or is that paternalistic?'),
    C('Christmas is the hardest time of year for most of my bereaved families. Anyone doing a "blue Christmas" style evening group? How did you structure it?'),
    C('Question for the Canadian crew: does OHIP cover psychotherapy by an RP now or still no? A family asked me and I said no but I want to be sure.'),
    C("Therapist self-disclosure: I'm neurodivergent (ADHD, dx at 34) and I've started mentioning it in assessment feedback when it seems useful. Anyone else? Any backlash?"),
    C("Two clients this week brought up Baby Reindeer. Both stalking survivors. I haven't watched it. Should I?"),
    C('Court-report grammar nerds: "the child\'s mother" or "Ms. X" throughout? I hate "the child\'s mother", it erases her.'),
    C('ok PSA, the ACA ethics code update is out. Section H on technology got a big refresh. worth a skim before your next telehealth intake.'),
    C('Art therapy with dementia: we do a lot of watercolour on Wednesdays at the day programme. The 85-year-olds are way more adventurous than the 60-year-olds. Why is that?'),
    C('Bereavement: a widower keeps watching old Coronation Street episodes because his wife loved it. Is that avoidance or a continuing bond? I lean continuing bond.'),
    C("Anyone using the Spence Children's Anxiety Scale with Filipino kids? I'm not sure the translation I found is validated."),
    C("DBT-informed couples work - Alan Fruzzetti's stuff. Anyone know of trainings still running?"),
    C('Teen client is an absolute Arsenal fan and only opens up while we talk about Saka. I will learn the entire squad list if I have to.'),
    C('The Samaritans volunteer I supervise asked whether they can use the word "suicide" directly with callers. Yes! Always yes. But I liked that they asked.'),
    C("What's everyone's favourite card game for family sessions? We use Uno and Jenga (with questions on the blocks) but the Ungame is getting dusty."),
    C('Yom Kippur clash with my Wednesday group. Moved it to Thursday. Two people still forgot. Classic.'),
    C("Does anyone use the Conners 4 with adults or only the CAARS 2? The publisher's rep gave a weirdly vague answer."),
    C('Friendly reminder: 988 in the US, 116 123 for the Samaritans in the UK and Ireland, 13 11 14 for Lifeline in Australia. Post them in your waiting rooms.'),
    C('ICD-11 6B41 (complex PTSD) vs DSM-5-TR PTSD with dissociative subtype... which are you putting in court reports for refugee clients? Different jurisdictions want different ones.'),
    C('Fluvoxamine 100 mg for OCD in a 14-year-old + ERP twice a week. Slowly getting there. Freeing Your Child from OCD by Tamar Chansky has been great for the parents.'),
    C("Couples therapy rates in the UK seem to range from £70 to £180 a session. I'm at £95. Too low for a 75-minute session?"),
    C('Kwanzaa group art project idea: the seven principles as a mural. Our youth centre director loved it. Any pitfalls with a mixed-faith group?'),
    C('PANS/PANDAS question - a 9-year-old with sudden-onset OCD after strep. Neurologist says wait and see, mum is frantic. How do I support the family in the waiting?'),
    C('We switched our intake screener from the K10 to the DASS-21 and the scores look so different I want to cry. Cut-offs, people, cut-offs.'),
    C('Finally booked my first holiday in three years. Two weeks in October. Out-of-office will say "back on Monday the 26th". Don\'t @ me.'),
    C('Forensic: the Dusky standard still applies for competency, right? Or has the Supreme Court touched it again?'),
    C("Hindu client asked whether it's ok to miss a session for Navratri. Of course. Nine nights! I'll see her the week after."),
]

"""EIGHTEENTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 18), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), did not run the guard,
bench/guard_eval.py or any test that imports or runs the guard, did not read
git log messages, the guard sections of bench/README.md or README.md's guard
paragraph, tests/bot/confidentiality/test_round*.py,
tests/bot/confidentiality/test_deterministic.py, or diffs of commits that
touch bot/, and did not read the snippets of
tests/bot/confidentiality/sets/dev_extra.py,
tests/bot/confidentiality/sets/locked_set.py or
tests/bot/confidentiality/sets/locked_set_2.py ... locked_set_17.py.  One
slip: printing the head of eval_set.py to reach the dataclass showed its
first four snippets; none of their wording, names or places was used here.
What was read: the docstring of
tests/bot/confidentiality/sets/locked_set_17.py only (for the format
description, the provenance wording and the labelling conventions; none of
its cases), tests/bot/confidentiality/sets/locked_set_13.py (it is spent;
the first 16 snippets and the last lines, for the file format; none of its
sentences was copied), the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py (the module docstring, the dataclass and the category set), and
tests/bot/confidentiality/test_locked_sets.py (the data integrity checks,
which hold no snippets).  The only test run was test_locked_sets.py.

How it was made: every snippet was written by hand, one at a time, as a
consultation request or a chat message to peers in a consultation group on
Slack or Discord (formal referral notes, rushed lower-case chat, typos,
self-corrections mid-message, quoted speech, admin notes to a team, a few
words of Spanish, Hawaiian, Irish and Scots Gaelic usage, abbreviations
such as pt, y/o, dx, SI, hx, PO, ROI, DV, DUI, CDL, IEP, T1D, PRN, PSA, TIL,
lol, and emoji; one-liners and long posts).  Nothing was composed by a
script: the author wrote the snippets in plain text files with the planted
spans marked inline, and a script (kept outside the repository) only
stripped the marks into the expected lists, checked lengths, token
boundaries and duplicate spans, and wrote this file.  Overlap with the
other sets was resolved by renaming only this set's planted values, with a
filter that imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets) and printed this set's
strings only; about 136 names, places, ages, a date, IP addresses and an
SSN were renamed that way (in five rounds).  Many of the small towns of
the regions below already occur in earlier sets, so the places lean
towards hamlets, unincorporated communities, villages and a few invented
ones.  A read-through of the set's own capitalised words outside spans led
to unlabelled towns and cities being labelled, reworded or cut.

Settings: two consultation groups.  One of US clinicians (LCSW, LPC, LMFT,
psychologists) in rural and small-town America: Appalachia (eastern
Kentucky, Tennessee), Amish and Mennonite country in Pennsylvania, the
Great Plains and the Dakotas (Lakota and Dakota reservations, oil field
and meatpacking towns), the Mountain West (Montana, Wyoming, Nevada, Utah,
New Mexico, the Navajo Nation), the Ozarks, the Gulf Coast (Louisiana,
Alabama, Mississippi, Texas border), Alaska (Yup'ik and Inupiat villages),
Hawaii and American Samoa, Puerto Rico, the Upper Midwest, the
Pacific Northwest, upstate New York, Florida and Maine; with IHS and tribal
638 programs, VA clinics and CBOCs, county agencies, CPS/OCS/DHS,
Medicaid and AHCCCS, Medicare, courts and probation.  The other of UK,
Irish, Australian and Canadian clinicians in market towns, coastal and
island villages, the outback and the north: Cumbria, Yorkshire, Cornwall,
Wales, the Highlands and islands, Northern Ireland, the west of Ireland
and the Gaeltacht, Traveller sites, outback NSW, the NT, the Pilbara,
the Torres Strait, Nunavut, the NWT, Acadian New Brunswick, Newfoundland
and northern Saskatchewan; with the NHS, CHI and NHS numbers, the HSE,
PPS numbers and medical cards, Medicare and MHCPs, Centrelink, DVA,
NIHB, provincial plans, the DWP and local number formats.

294 snippets, 166 with identifiers and 128 clean (lengths 66-504
characters).  Every pattern category appears at least 10 times (the test
requires 10): date 10, age_over_89 10, phone 11, fax 11, email 11, url 10,
ip_address 10, ssn 11, medical_record 11, health_plan 10, account 11,
licence 10, vehicle 11, device 11, street_address 11, zip_code 10; with
173 names and 185 places smaller than a state (the test requires 170 and
180).
Names: Amish and Mennonite (Pennsylvania Dutch), Appalachian, Lakota,
Dakota, Blackfeet, Crow, Navajo, Ojibwe, Shoshone/Arapaho, Yup'ik,
Inupiat, Gwich'in, Inuit, Metis, Acadian and Quebecois, Hmong, Somali,
Afghan, Marshallese, Samoan, Tongan, Native Hawaiian, Filipino,
Vietnamese, Japanese American, Mexican American, Puerto Rican, Hispano
New Mexican, Cajun and Creole, Polish, Nigerian, Punjabi, South African,
Irish (and Irish-language), Irish Traveller, Scottish and Gaelic, Welsh,
Cornish, Yorkshire and Cumbrian English, Aboriginal Australian
(Warumungu and others), Torres Strait Islander and Dutch-Australian;
names that are ordinary words (Wren, Harmony, and names made of
ordinary words such as Two Hawks, Runs Above, Pretty On Top), lower-case
names (kapono, kev, mercedes zavala, jolene r.), names at sentence start
and before a possessive, nicknames beside full names in quotes or
brackets, kinship nicknames (mamaw, Grandad), initials, hyphenated and
multi-part names (Pretty On Top, Crazy Thunder, Runs Above), self-corrected
names, titles outside spans, and names without any cue.
Places: reservation communities, villages and hamlets, unincorporated
communities, islands, a holler town, trailer courts, a rural route box,
county roads and named roads, schools, a tribal day school, clinics, VA
sites, hospitals, a prison, a fire hall, a feed store chain outlet, a
grocery, a meatpacking plant, a college campus, and a county, with or
without their town, and places after street addresses.
Clean snippets are dense with capitalised non-identifiers: drug brand and
generic names with doses (prazosin, Vyvanse, Focalin XR, Adzenys,
sertraline, Zoloft, Wellbutrin XL, trazodone, Rexulti, Abilify, lithium,
lamotrigine, fluoxetine, mirtazapine, quetiapine, aripiprazole,
clozapine, propranolol, naltrexone, Narcan, Spravato, Adderall,
Strattera), lab values (BP, HbA1c, A1c, lithium level, ANC), scales and
scores (PHQ-9, PHQ-A, GAD-7, PCL-5, C-SSRS, ASQ, SCARED, AUDIT, K6, K10,
DASS-21, CORE-10, EPDS, MoCA, MMSE, ACE), therapy models and their
founders and authors, public figures, books, films, TV, songs, apps and
games, football and the AFL, religions and their festivals and fasts,
nationalities, peoples and languages, weekdays, months, seasons, years,
professional and regulatory bodies and their conferences and trainings
in named cities, payers and schemes, practice software, states, provinces,
territories and countries, ICD-10, DSM, CPT, MBS and guideline codes,
crisis lines, money in several currencies, counts, times, temperatures,
ages of 89 and under, and generic time references.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made up;
real towns, villages, hamlets, reservation communities, islands and a few
real public places (hospitals, a prison, schools, a college, a grocery
chain, a meatpacking company's plant) are used only as places; the other
named schools, clinics, trailer courts, homes and workplaces are invented
or generic.  US and Canadian phones and faxes use 555-01xx (with or
without an area code); other national phones and faxes are invented
strings with a 555 block; national ID, taxpayer, health-card, member,
account, inmate, student, employee, licence, passport, plate, VIN and
serial numbers are invented strings with a 55 block and are not checked
against any issuer's scheme; e-mail and web domains are .example /
*.example; IP addresses come from the documentation ranges (192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) or private space.
ZIP/postcode strings are invented and may or may not exist.

Labelling conventions
---------------------
Those of locked_set_17.py, unchanged: titles (Dr, Mr, Mrs, Ms, Miss, Mx,
and here Bishop) are outside a span; a kinship word written before a name
is inside it (mamaw, Grandad), while a lower-case kinship word alone or a
descriptive "her husband" / "my client's ex" before a name is not; a
possessive "'s" is outside a "name" span; nicknames are "name" (a quoted
or bracketed nickname beside a full name is its own span); a business and
its town are two "place" spans; a ZIP/postcode is its own "zip_code" span;
national identity and taxpayer numbers (SSN, NI number, SIN, PPSN, TFN,
SSS) are "ssn"; MRN, NHS number, CHI, UR and hospital and chart numbers are
"medical_record"; Medicaid, AHCCCS, Medicare, DVA, NIHB, GMS medical card
and provincial plan numbers are "health_plan"; employee, student, inmate,
prison, DOC, Centrelink CRN, bank and utility account numbers are
"account"; driving, CDL, firearm, professional and marriage licences and
passports are "licence"; plates, regos and VINs are "vehicle"; ankle
monitors, CPAP, insulin pump, CGM, hearing aid, smartwatch, fitness
tracker and phone IMEI identifiers are "device"; "@handles", profile and
group addresses, blogs, link pages, portals, booking pages and fundraiser
links are "url"; an age over 89 is labelled with its unit or qualifier
("ninety-one this August", "96 years of age"); a street address runs from
the unit/flat/lot/apartment number to the street type (or house number
after the street name; a rural route box is an address); a day-and-month
is a "date" (a "DOB" cue and a weekday stay outside the span), while a
month alone, a month with a year, a year alone, a weekday, a day of the
month alone and a holiday are clean.  Only the first occurrence of a
repeated name or place is labelled; a name or place first given wrongly
and then corrected is labelled in both forms.  Public figures named as
public figures, and fictional characters, are clean; a state, province,
territory or country, or a city named as a conference or training venue,
is clean.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED18_CASES: list[EvalCase] = [
    # ------------------------------------------------------------------
    # Snippets with planted identifiers
    # ------------------------------------------------------------------
    C("consult pls - pt Jedediah Stoltzfus (Amish, 19) left the Ordnung last spring and is sleeping in a hunting cabin off Peachbottom Lick Road. Bishop won't let his mam write to him. Shunning grief, where do I even start",
      [('name', 'Jedediah Stoltzfus'), ('place', 'Peachbottom Lick Road')]),
    C("New referral from the county: Wanbli Two Hawks, 16, Potato Creek, out on the rez, DOB 02/19/2010. Grandma raising him. Tribal health did the intake, I'm doing the trauma work. Any LPCs here trained in Historical Trauma and Unresolved Grief Intervention?",
      [('name', 'Wanbli Two Hawks'), ('place', 'Potato Creek'), ('date', '02/19/2010')]),
    C('Nengchue Xiong\'s dad called my cell from (715) 555-0163 at 11pm asking if his son "talks about the shaman." Hmong family in Rib Mountain, 22 y/o pt. how do you handle parents wanting info when pt is an adult??',
      [('name', 'Nengchue Xiong'), ('phone', '(715) 555-0163'), ('place', 'Rib Mountain')]),
    C("Fax the ROI to 406-555-0129 (it's the IHS fax, NOT the main line) - pt Darnell Pretty On Top signed it Tuesday.",
      [('fax', '406-555-0129'), ('name', 'Darnell Pretty On Top')]),
    C('Anyone know a DV advocate near Aleknagik? Client Anuurag Nanalook - sorry, Anuuraaq Nanalook - flies in from Togiak for sessions once a month, husband tracks her phone.',
      [('place', 'Aleknagik'), ('name', 'Anuurag Nanalook'), ('name', 'Anuuraaq Nanalook'), ('place', 'Togiak')]),
    C("pt's mamaw Ollie Mae Caudill is ninety-one this August and the only sober adult in the holler. pt is 14. if mamaw passes the kids go to the state. how do I talk about this with him without scaring him to death",
      [('name', 'mamaw Ollie Mae Caudill'), ('age_over_89', 'ninety-one this August')]),
    C("Email from a parent came in to my personal mckenzie.brightwater@hollowmail.example instead of the portal. Kid is Braxtyn Lusk, Clintwood. Do I answer or redirect? Small town, everybody's cousin.",
      [('email', 'mckenzie.brightwater@hollowmail.example'), ('name', 'Braxtyn Lusk'), ('place', 'Clintwood')]),
    C("Medicaid ID for Shirlene Ducheneaux is KY5588120437 - billing kicked it back 3 times. She's at Dupree now not KY. anybody dealt with cross-state Medicaid for a tribal member?",
      [('name', 'Shirlene Ducheneaux'), ('health_plan', 'KY5588120437'), ('place', 'Dupree')]),
    C("Couple I'm seeing, Kolton and Kaylee Ostrander, run the feed store in Hettinger. He lost the wheat crop, she wants out. Kolton's dad hanged himself in '98. SI screen was neg but I'm uneasy.",
      [('name', 'Kolton'), ('name', 'Kaylee Ostrander'), ('place', 'Hettinger')]),
    C("hey y'all - Roux Thibodeaux (42, shrimper) from Grand Isle, since Ida he drinks a fifth a night. his boat rego LA 5512 RT got pulled in by the sheriff last wk for a DUI on the water. MI or straight to detox?",
      [('name', 'Roux Thibodeaux'), ('place', 'Grand Isle'), ('vehicle', 'LA 5512 RT')]),
    C('My client Kekoa Kealoha-Pililaau, lives on 47-552 Hui Iwa Street in Kaneohe, 96744, keeps missing Zoom because of the cell dead zone up valley. phone sessions ok for EMDR?? (i say no)',
      [('name', 'Kekoa Kealoha-Pililaau'), ('street_address', '47-552 Hui Iwa Street'), ('place', 'Kaneohe'), ('zip_code', '96744')]),
    C('Emeterio Ramos Quiñones from Barrio Cerrillos in Ponce, 57, still has the FEMA blue tarp on his roof since María. Lost his wife in the hurricane. Spanish-speaking grief group anywhere near?',
      [('name', 'Emeterio Ramos Quiñones'), ('place', 'Barrio Cerrillos'), ('place', 'Ponce')]),
    C("Walk-in this morning: Hodan Farhiye-Guled, Somali, 31, works at the pork plant in Worthington. Her employee badge # is JBS-55-20941 and HR wants a letter. I'm not writing anything HR can use against her.",
      [('name', 'Hodan Farhiye-Guled'), ('place', 'Worthington'), ('account', 'JBS-55-20941')]),
    C("SSN on the intake was wrong - 555-14-0937 - pt (Lemuel Yoder) says that's his brother's. Who else has had identity mixups in Mennonite families with the same 6 names",
      [('ssn', '555-14-0937'), ('name', 'Lemuel Yoder')]),
    C('Nenita Dumaguete-Ocampo, Filipino nurse at the critical access hospital in Kotzebue, 3rd rotation up north, panic at night. MRN on our side KTZ-0055-8172. Brief CBT or refer to EAP?',
      [('name', 'Nenita Dumaguete-Ocampo'), ('place', 'Kotzebue'), ('medical_record', 'KTZ-0055-8172')]),
    C('u guys seen this?? pt jolene r. posted her whole trauma hx on tiktok.example/@holler_girl_jo and tagged the church. Dwarf is tiny. do i bring it up',
      [('name', 'jolene r.'), ('url', 'tiktok.example/@holler_girl_jo'), ('place', 'Dwarf')]),
    C('She\'s sleeping in her truck at Blue Sky Trailer Court outside Preston Hollow, NV. plate NV 55K-319. Deputy knows her. Marisela "Chela" Arambula, 26, meth in remission 4 mo.',
      [('place', 'Blue Sky Trailer Court'), ('place', 'Preston Hollow'), ('vehicle', 'NV 55K-319'), ('name', 'Marisela "Chela" Arambula')]),
    C("Pt's CPAP serial RSM-5521-0884-A came up in the sleep study report the VA sent me?? why do I need that. Virgil Hanks, Vietnam vet, Miles City CBOC.",
      [('device', 'RSM-5521-0884-A'), ('name', 'Virgil Hanks'), ('place', 'Miles City')]),
    C("Our group meets at the Leola Fire Hall second Thursday - anyone in Lancaster County want in? Also pt Rebekah Beiler asked if I'd see her sister, same household. thoughts?",
      [('place', 'Leola Fire Hall'), ('place', 'Lancaster County'), ('name', 'Rebekah Beiler')]),
    C('Telehealth IP in the audit log was 198.51.100.187 - Tomasz Grzelczak says he was home in Posen but the IP geolocates to Ohio. is it my job to care?',
      [('ip_address', '198.51.100.187'), ('name', 'Tomasz Grzelczak'), ('place', 'Posen')]),
    C('Old man Eulis Pennington in Pippa Passes - 97 and still splitting his own kindling - daughter says he\'s "not right" since the flood. cognitive screen or grief first?',
      [('name', 'Eulis Pennington'), ('place', 'Pippa Passes'), ('age_over_89', '97 and still splitting his own kindling')]),
    C("Miyoko Akana, 88, Honokaa. Her husband Shigeru Akana turned ninety-four in June and wanders at night. She won't put him in Hale Hoola. caregiver burnout, she cries every session.",
      [('name', 'Miyoko Akana'), ('place', 'Honokaa'), ('name', 'Shigeru Akana'), ('age_over_89', 'ninety-four in June'), ('place', 'Hale Hoola')]),
    C("DL on the court order is WY 555-2190-44 - Cody Redshirt's. Do I keep a copy of his license in my chart? PO in Pavillion faxed the whole packet.",
      [('licence', 'WY 555-2190-44'), ('name', 'Cody Redshirt'), ('place', 'Pavillion')]),
    C("Kid's insulin pump Omnipod PDM SN 55A9-0317 got smashed in a fight at Sand Springs Middle School. Jaxon Tallbear, 13. mom wants me to write to the school about bullying.",
      [('device', 'Omnipod PDM SN 55A9-0317'), ('place', 'Sand Springs Middle School'), ('name', 'Jaxon Tallbear')]),
    C('Please send the treatment summary to records@frontierhealth.example, attn Lorna Scaggs, re: Tanner Blevins DOB 11-03-1995.',
      [('email', 'records@frontierhealth.example'), ('name', 'Lorna Scaggs'), ('name', 'Tanner Blevins'), ('date', '11-03-1995')]),
    C('Reminder from the office: Marshallese clients at the Tontitown satellite - Jinna Langrine needs the interpreter, and her COFA passport # RMI-55-004172 is needed for the sliding scale form.',
      [('place', 'Tontitown'), ('name', 'Jinna Langrine'), ('licence', 'RMI-55-004172')]),
    C('kiddo Winnie-Lou Haskins from Moose Pass told me at play therapy that "daddy sleeps in the shed with the gun." CPS call made. OCS in Seward never called back. now what',
      [('name', 'Winnie-Lou Haskins'), ('place', 'Moose Pass'), ('place', 'Seward')]),
    C('Teodulo Ybarra works the oil field out of Watford City, CDL ND 55-771-0923, 3 DUIs. If he loses the CDL he loses everything. Court wants an eval from me in 2 wks.',
      [('name', 'Teodulo Ybarra'), ('place', 'Watford City'), ('licence', 'ND 55-771-0923')]),
    C('Bishop Amos Fisher asked me (through the pt\'s uncle) to stop seeing Mattie Esh. She\'s 20. He says I\'m "a worldly influence." I said she\'s an adult. Am I wrong to keep going?',
      [('name', 'Amos Fisher'), ('name', 'Mattie Esh')]),
    C('Pt lives at Lot 14, 2200 Cottonwood Loop Fallon, 89406, no car since the repo. Any LCSWs who do home visits in Churchill County?',
      [('street_address', 'Lot 14, 2200 Cottonwood Loop'), ('place', 'Fallon'), ('zip_code', '89406'), ('place', 'Churchill County')]),
    C("pt kapono (goes by kapono only, no last name on anything) is 17 and living on the beach at Makaha. DHS won't take the report without more info. ugh",
      [('name', 'kapono'), ('place', 'Makaha')]),
    C('Saw Ruthanne Bowers at Food City in Salyersville and she hugged me in front of everybody. my pt. rural boundaries am I right 🙃',
      [('name', 'Ruthanne Bowers'), ('place', 'Food City'), ('place', 'Salyersville')]),
    C('Nathaniel "Natty" Bearheels\' Medicaid # SD-55-0012-8847 got terminated when he turned 19. Tribal health says IHS will cover but only at Parmelee, 90 min away.',
      [('name', 'Nathaniel "Natty" Bearheels'), ('health_plan', 'SD-55-0012-8847'), ('place', 'Parmelee')]),
    C('He was admitted to Western State on October 4th and discharged on the 11th. Graham Caudle, 23. No follow-up appt made. I found out from his mom.',
      [('place', 'Western State'), ('date', 'October 4th'), ('name', 'Graham Caudle')]),
    C("I have a pt whose wife works at the Casey's in Belle Fourche and every time I get gas she's there. Do I drive to Spearfish for gas now lol",
      [('place', "Casey's"), ('place', 'Belle Fourche'), ('place', 'Spearfish')]),
    C("Client Feliciano Bermúdez-Ortiz, Vieques, carta de seguro VITAL 55-9038-2261 expired. he's 66. Medicare Advantage or stay on the plan? sorry not a therapy q but I'm his only person.",
      [('name', 'Feliciano Bermúdez-Ortiz'), ('health_plan', 'VITAL 55-9038-2261')]),
    C("Referral from the CMHT in Garrigill: Joss Harkness, 34, hill farmer up near Alston, NHS no. 555 018 4426. Lost 400 ewes in the snow. Won't come into town. Anyone do telephone CBT with farmers?",
      [('place', 'Garrigill'), ('name', 'Joss Harkness'), ('place', 'Alston'), ('medical_record', '555 018 4426')]),
    C('Can someone sanity check - a Traveller lad, Paddy Joe Maughan, 17, site outside Milltown. School wants a "behaviour plan", mam wants him out of school altogether for the horses. He\'s lovely. PPSN on the HSE form is 5512345TA.',
      [('name', 'Paddy Joe Maughan'), ('place', 'Milltown'), ('ssn', '5512345TA')]),
    C("pt Bridie Ní Fhlatharta on Inis Meáin - sorry, she's from Inis Oírr not Meáin - ferry's off in storms so phone sessions only. her mobile 087 555 0142. anyone else work with island clients",
      [('name', 'Bridie Ní Fhlatharta'), ('place', 'Inis Meáin'), ('place', 'Inis Oírr'), ('phone', '087 555 0142')]),
    C("Medicare card for Jarrah Wilson is 5501 43218 7-1 - MHCP referral from the GP in Ali Curung. He's Warumungu, 22, lost his cousin to suicide last month. I'm the only counsellor for 500km.",
      [('name', 'Jarrah Wilson'), ('health_plan', '5501 43218 7-1'), ('place', 'Ali Curung')]),
    C('ugh the Centrelink CRN was on the referral letter (555 019 382K) - Kirra Dodd, Coober Pedy. why do GPs send that. shredding it.',
      [('account', '555 019 382K'), ('name', 'Kirra Dodd'), ('place', 'Coober Pedy')]),
    C("Mrs Eunice Trelawny of Mousehole is ninety-nine come Michaelmas, and her grandson (my client) can't cope with the thought she'll go. Any anticipatory grief resources for young men?",
      [('name', 'Eunice Trelawny'), ('place', 'Mousehole'), ('age_over_89', 'ninety-nine come Michaelmas')]),
    C("Client gave me her new address: Flat 3, 12 Harbour Row, Runswick Bay, TS13 5BQ. Moving after leaving him. I don't want it in the shared diary. What do others do on SystmOne?",
      [('street_address', 'Flat 3, 12 Harbour Row'), ('place', 'Runswick Bay'), ('zip_code', 'TS13 5BQ')]),
    C('Siân Pryce-Morgan, 45, Machynlleth. Welsh first language, wants therapy in Cymraeg. Betsi won\'t fund an interpreter and I only have "bore da". Any Welsh-speaking colleagues?',
      [('name', 'Siân Pryce-Morgan'), ('place', 'Machynlleth')]),
    C("Rego 1HX-5B9 (WA) - Darcy Kickett's ute - got clocked at the roadhouse in Meekatharra at 2am, he was meant to be on a curfew. Do I have to tell the case manager from corrections?",
      [('vehicle', '1HX-5B9'), ('name', 'Darcy Kickett'), ('place', 'Meekatharra')]),
    C("Young fella from Arctic Bay, Iqaluk Qaunnaq, 19, NIHB # 5500 8120 33. Got sent down south for the detox bed and he's so homesick he left after 3 days. Inuit-specific options anyone?",
      [('place', 'Arctic Bay'), ('name', 'Iqaluk Qaunnaq'), ('health_plan', '5500 8120 33')]),
    C("Maeve O'Halloran, 61, Ballyvaughan. Husband died 14th of March on the bog road - tractor. She wont go past the spot. Graded exposure feels wrong for grief but she's asked for it.",
      [('name', "Maeve O'Halloran"), ('place', 'Ballyvaughan'), ('date', '14th of March')]),
    C('GP fax in Lerwick is 01595 555 014 - for the discharge summary on Magnus Halcrow. He\'s back on the boats, skipper says he\'s "sorted". He is not sorted.',
      [('place', 'Lerwick'), ('fax', '01595 555 014'), ('name', 'Magnus Halcrow')]),
    C('lol the kid emailed me from skatebrum_ollie@mailbox.example at 3am asking if I\'m "a real person or AI". Ollie Wragge, 15, Matlock. his mum had just told him she\'s got cancer.',
      [('email', 'skatebrum_ollie@mailbox.example'), ('name', 'Ollie Wragge'), ('place', 'Matlock')]),
    C('Client\'s handle @bushfire_bex is going viral with posts about the fire that took their house in Cobargo. Rebecca "Bex" Tarrant, they/them, 28. Should I be seeing posts at all?',
      [('url', '@bushfire_bex'), ('place', 'Cobargo'), ('name', 'Rebecca "Bex" Tarrant')]),
    C('Tadhg Ó Conchúir has a firearms certificate FCA 55-20813 for the farm. SI passive. Do I ask Gardaí to hold the shotgun or work with him to lodge it with his brother in Kenmare?',
      [('name', 'Tadhg Ó Conchúir'), ('licence', 'FCA 55-20813'), ('place', 'Kenmare')]),
    C("NI number PY 55 03 81 C - Callum Gunn from Halkirk - came on the DWP form he wants me to fill in for his PIP. 3 pages. I'm a counsellor not a medical assessor",
      [('ssn', 'PY 55 03 81 C'), ('name', 'Callum Gunn'), ('place', 'Halkirk')]),
    C('Wiremu Tapsell - nah sorry, wrong client - Willem Tapsell, 40, the Dutch-Aussie dairy guy from Cobden - his smartwatch Garmin Fenix SN 55K19-00832 logs his heart at 140 in sessions. he shows me every time.',
      [('name', 'Wiremu Tapsell'), ('name', 'Willem Tapsell'), ('place', 'Cobden'), ('device', 'Garmin Fenix SN 55K19-00832')]),
    C("Anyone in the northern group know the youth hostel in Tsiigehtchic? Shauna Kasook (Gwich'in, 15) wants to stay there after the funeral rather than go home to Aklavik.",
      [('place', 'Tsiigehtchic'), ('name', 'Shauna Kasook'), ('place', 'Aklavik')]),
    C("The GP wants me to log into the shared care portal https://cumbriacare-portal.example/pt/88213 to see Hettie Gaskell's notes. Not sure I should be in there at all.",
      [('url', 'https://cumbriacare-portal.example/pt/88213'), ('name', 'Hettie Gaskell')]),
    C('Ok so Mick Dwyer (64, retired miner, Broken Hill) told me his DOB is 3/6/1962 but his DVA card says 1961. He\'s "lost a year somewhere." Gold card # DVA 5N 551 284. It\'s funny but also a dementia flag?',
      [('name', 'Mick Dwyer'), ('place', 'Broken Hill'), ('date', '3/6/1962'), ('health_plan', 'DVA 5N 551 284')]),
    C("Flagged: IP 203.0.113.251 accessed the Wick clinic's telehealth room twice after Ewan Sutherland's session ended. IT says it's probably his tablet. Do we tell him?",
      [('ip_address', '203.0.113.251'), ('place', 'Wick'), ('name', 'Ewan Sutherland')]),
    C("Ailsa MacNeil's granny is a hundred and one in March and lives on Barra on her own. Ailsa is my client, 26, in Partick, guilt about not going home. Granny sounds tougher than all of us.",
      [('name', 'Ailsa MacNeil'), ('age_over_89', 'a hundred and one in March'), ('place', 'Barra'), ('place', 'Partick')]),
    C('pt kev (kevin mchugh) from the site at Cappagh Cross is off the drink 90 days, wants a letter for court in Corofin on Monday 9 Feb - court date and all. write a letter or not?',
      [('name', 'kev'), ('place', 'Cappagh Cross'), ('place', 'Corofin'), ('date', 'Monday 9 Feb')]),
    C("Client Jasmeet Kaur Dhaliwal, 33, Punjabi, on a trucking licence AB 555-0912-7 out of Taber. She's the only woman driver at her yard. Harassment + insomnia, drives nights.",
      [('name', 'Jasmeet Kaur Dhaliwal'), ('licence', 'AB 555-0912-7'), ('place', 'Taber')]),
    C("Tayla Kemp gave me 0412 555 093 as her number and it rang through to her mum in Narromine. she's 20 and I think mum's reading her texts too. repairing that one carefully",
      [('name', 'Tayla Kemp'), ('phone', '0412 555 093'), ('place', 'Narromine')]),
    C("HSE MRN on the form: CUH-55-009127 - Gearóid Lenihan, Schull. Discharged from the approved centre after 6 wks, no CMHT appt for a month. I'm the gap.",
      [('medical_record', 'CUH-55-009127'), ('name', 'Gearóid Lenihan'), ('place', 'Schull')]),
    C('Man on the phone from +61 8 5550 1378 said he was Dean Costello\'s brother, wanted to know if Dean was "still seeing the shrink". I said I can\'t confirm. Dean\'s in Point Samson. Should I tell Dean?',
      [('phone', '+61 8 5550 1378'), ('name', 'Dean Costello'), ('place', 'Point Samson')]),
    C('Booking note: Noeline Ahoy (Torres Strait Islander, Mabuiag) Medicare 5514 66203 1, prefers female clinician, no sessions during Coming of the Light.',
      [('name', 'Noeline Ahoy'), ('place', 'Mabuiag'), ('health_plan', '5514 66203 1')]),
    C("Ishbel Mackay, 72, Ullapool. Her husband Donnie, ninety years young last week, is her whole world and she's terrified. Ageing couple with anticipatory grief, where do I start.",
      [('name', 'Ishbel Mackay'), ('place', 'Ullapool'), ('name', 'Donnie'), ('age_over_89', 'ninety years young')]),
    C('Kid, 11, Rowan Fairclough from Colden, wears a GPS tag watch IMEI 35-555012-874402-6 his dad uses to track him during contact. mum wants it gone. not my call surely?',
      [('name', 'Rowan Fairclough'), ('place', 'Colden'), ('device', 'IMEI 35-555012-874402-6')]),
    C('post BT47 5QX - client Orla Devlin in Claudy. Letter came back "not known" so she\'s moved. She\'s not answered in 3 weeks. Welfare check via the PSNI or not?',
      [('zip_code', 'BT47 5QX'), ('name', 'Orla Devlin'), ('place', 'Claudy')]),
    C('Canadian Qs: Élise Thibault-Brière, 38, lives at 114 rue Principale in Shippagan, E1W 5B4. Acadian, works at the fish plant. NB billing rejected her Medicare # NB 555 882 140. Who do I ring??',
      [('name', 'Élise Thibault-Brière'), ('street_address', '114 rue Principale'), ('place', 'Shippagan'), ('zip_code', 'E1W 5B4'), ('health_plan', 'NB 555 882 140')]),
    C("OK my pt's plate is literally BX55 KDJ and it's on his Instagram with his face. Reece Hollin, 19, Mablethorpe. He asked me to follow him. no.",
      [('vehicle', 'BX55 KDJ'), ('name', 'Reece Hollin'), ('place', 'Mablethorpe')]),
    C("Fax for the Pine Bluff VA clinic's mental health intake is (870) 555-0188. Sending Lavell Pettaway's records over, he's transferring from me. Vet, 58, Desert Storm, PTSD + AUD.",
      [('place', 'Pine Bluff'), ('fax', '(870) 555-0188'), ('name', 'Lavell Pettaway')]),
    C('Please do not fax to 907.555.0116 anymore - that machine is in the hallway at the Aniak clinic and anyone can read it. Use the secure mail for Agnes Kawagley etc.',
      [('fax', '907.555.0116'), ('place', 'Aniak'), ('name', 'Agnes Kawagley')]),
    C('the schools fax # is +1 605 555 0171 (Porcupine Day School) - IEP meeting for Dakota Runs Above on Fri. do I go or send a letter',
      [('fax', '+1 605 555 0171'), ('place', 'Porcupine Day School'), ('name', 'Dakota Runs Above')]),
    C("Fax from 0191 555 0137 came through with someone else's patient on page 3. Geordie Armstrong's discharge letter from St George's Park was in there too. data breach report?",
      [('fax', '0191 555 0137'), ('name', 'Geordie Armstrong'), ('place', "St George's Park")]),
    C('New office fax (808) 555-0149, Pahoa office. Also Leilani Kamakau-Rivera, please update your consent form, it has the old one.',
      [('fax', '(808) 555-0149'), ('place', 'Pahoa'), ('name', 'Leilani Kamakau-Rivera')]),
    C("fax: 02 6555 0193 - the Boggabilla Aboriginal Medical Service - Tyrone Weatherall's care plan needs to go there, signed.",
      [('fax', '02 6555 0193'), ('place', 'Boggabilla'), ('name', 'Tyrone Weatherall')]),
    C("Court's fax is (605) 555-0182 in Okreek. Judge wants my letter on Travis Whiteface by noon. i havent even finished the eval",
      [('fax', '(605) 555-0182'), ('place', 'Okreek'), ('name', 'Travis Whiteface')]),
    C('Can anyone confirm the Glens Falls hospital fax 518-555-0103? Hollis Duprey, 74, my client, admitted overnight after a fall.',
      [('place', 'Glens Falls'), ('fax', '518-555-0103'), ('name', 'Hollis Duprey')]),
    C("Sending Abdirahman Yusuf's ROI to the school at (320) 555 0154 - he's at St. Cloud Tech. Interpreter said mom agreed.",
      [('name', 'Abdirahman Yusuf'), ('fax', '(320) 555 0154'), ('place', 'St. Cloud Tech')]),
    C("Intake emails keep going to my spam - referrals@clearwatercounseling.example. If you've referred Bodie Larkspur or anyone from Orofino in the last week please resend.",
      [('email', 'referrals@clearwatercounseling.example'), ('name', 'Bodie Larkspur'), ('place', 'Orofino')]),
    C("pt mercedes zavala emailed mzavala77@riograndemail.example from her work computer at the Rio Grande City school district. IT reads everything. she doesn't know.",
      [('name', 'mercedes zavala'), ('email', 'mzavala77@riograndemail.example'), ('place', 'Rio Grande City')]),
    C("My supervisee sent Angus Roderick's letter to a.roderick@crofter.example instead of the GP. Wrong Angus. Dunvegan is small, and the other Angus is his cousin.",
      [('name', 'Angus Roderick'), ('email', 'a.roderick@crofter.example'), ('place', 'Dunvegan')]),
    C("You can reach the Métis family support worker at tanis.laroque@metisfamily.example - she's helping Tanis's ... sorry, helping the Laliberte family in Île-à-la-Crosse.",
      [('email', 'tanis.laroque@metisfamily.example'), ('name', 'Tanis'), ('name', 'Laliberte'), ('place', 'Île-à-la-Crosse')]),
    C("Send queries to opalhill.counselling@bushmail.example - I cover Lightning Ridge and Goodooga. Cheyenne Bonney's mum rang asking if I'm still coming out Tuesday. I am.",
      [('email', 'opalhill.counselling@bushmail.example'), ('place', 'Lightning Ridge'), ('place', 'Goodooga'), ('name', 'Cheyenne Bonney')]),
    C("Client Yasmin Farah emailed me at yfarah.lewiston@maine-mail.example asking if I'd go with her to the immigration hearing in Sabattus. Therapeutic or boundary crossing?",
      [('name', 'Yasmin Farah'), ('email', 'yfarah.lewiston@maine-mail.example'), ('place', 'Sabattus')]),
    C('Cyrus Oduya, our Nigerian-born psych in Ganmain, shared his email c.oduya@riverinapsych.example for anyone who wants supervision on cultural stuff.',
      [('name', 'Cyrus Oduya'), ('place', 'Ganmain'), ('email', 'c.oduya@riverinapsych.example')]),
    C("Reminder: email admin@fjordsidecounselling.example to book the room at Homer. Sven Olafsen's group moved to Thursdays.",
      [('email', 'admin@fjordsidecounselling.example'), ('place', 'Homer'), ('name', 'Sven Olafsen')]),
    C('OK so Lyndsey Bramwell\'s ex posted her address on facebook.example/groups/sleightstalk - the local "sleights talk" group. she\'s terrified. police in Sleights say it\'s a civil matter',
      [('name', 'Lyndsey Bramwell'), ('url', 'facebook.example/groups/sleightstalk'), ('place', 'Sleights')]),
    C("the kid's youtube is youtube.example/@dirtbikedrey and he films himself doing jumps off the quarry at Mt. Hope. Drey Pauley, 15. self harm by proxy? or just a kid being a kid",
      [('url', 'youtube.example/@dirtbikedrey'), ('place', 'Mt. Hope'), ('name', 'Drey Pauley')]),
    C('Our booking page is https://calendly.example/big-sky-lcsw - Wren Halvorson is the only LCSW for 3 counties around Malta, MT. not the island.',
      [('url', 'https://calendly.example/big-sky-lcsw'), ('name', 'Wren Halvorson'), ('place', 'Malta')]),
    C("Pt sent me a link https://www.gofundme.example/f/help-tuilagi-family for her brother's funeral in Pago Pago. Fetu Tuilagi's family is in Utah now. do I donate? obviously not but ugh",
      [('url', 'https://www.gofundme.example/f/help-tuilagi-family'), ('place', 'Pago Pago'), ('name', 'Fetu Tuilagi')]),
    C("Cormac Tierney's blog cormacwritesthedark.example is basically his suicide note drafts. He's 24, Drumshanbo. GP knows. do we ask him to take it down?",
      [('name', 'Cormac Tierney'), ('url', 'cormacwritesthedark.example'), ('place', 'Drumshanbo')]),
    C("Our client portal is at portal.tundra-counseling.example/login - Nanuq Ahgeak couldn't get in from Utqiagvik, internet's satellite and the page times out.",
      [('url', 'portal.tundra-counseling.example/login'), ('name', 'Nanuq Ahgeak'), ('place', 'Utqiagvik')]),
    C("Bernadette Sheehy, 50, Abbeyfeale - her Linktree linktr.ee.example/bernie_sheehy_art lists her home studio address. She's being stalked. Go over safety planning with her? She's in Abbeyfeale and hates being told what to do.",
      [('name', 'Bernadette Sheehy'), ('place', 'Abbeyfeale'), ('url', 'linktr.ee.example/bernie_sheehy_art')]),
    C("Telehealth log: session with Phan Thi Lan connected from 192.0.2.173 then dropped and reconnected from 10.44.5.19. She's in Bayou La Batre. Do I need to document both?",
      [('name', 'Phan Thi Lan'), ('ip_address', '192.0.2.173'), ('ip_address', '10.44.5.19'), ('place', 'Bayou La Batre')]),
    C("Audit says 2001:db8:55:1::2a logged into the EHR as me at 2am. I was asleep in Belgrade. changing passwords. anyone else on Kelby Strand's practice platform get hit?",
      [('ip_address', '2001:db8:55:1::2a'), ('place', 'Belgrade'), ('name', 'Kelby Strand')]),
    C("Joaquin Ahumada keeps joining from 203.0.113.236 which is the library in Española - he says home isn't safe to talk from. fine, but privacy?",
      [('name', 'Joaquin Ahumada'), ('ip_address', '203.0.113.236'), ('place', 'Española')]),
    C("The Hooper Bay clinic's router is 192.168.55.10. If Ella Sipary's session freezes tell her to reset it. tech support at 4pm on a Friday",
      [('place', 'Hooper Bay'), ('ip_address', '192.168.55.10'), ('name', 'Ella Sipary')]),
    C("IP 198.51.100.33 - this shows in the Zoom report for Connie Redbird's session. I'm in Busby. She's on the tribal wifi. is that her home?",
      [('ip_address', '198.51.100.33'), ('name', 'Connie Redbird'), ('place', 'Busby')]),
    C("Someone from 203.0.113.118 keeps trying to book under Delphine Guidry-Broussard's name. She's in Cecilia, thinks it's her ex.",
      [('ip_address', '203.0.113.118'), ('name', 'Delphine Guidry-Broussard'), ('place', 'Cecilia')]),
    C("The tablet we loaned Keoni Makaʻike pings from 192.0.2.241. He's living in the car park at Nanakuli boat harbor. Tracking it would be a boundary issue, right?",
      [('name', 'Keoni Makaʻike'), ('ip_address', '192.0.2.241'), ('place', 'Nanakuli')]),
    C('pt Burl Sizemore, SSN 555-61-2084, DOB 7/22/59, Hyden, KY. Disability lawyer wants my notes. He said yes, but do I send all of them?',
      [('name', 'Burl Sizemore'), ('ssn', '555-61-2084'), ('date', '7/22/59'), ('place', 'Hyden')]),
    C('SIN 555 208 914 on the form - Jocelyne Paquette, Mattice. Why does the EAP need a SIN. I blacked it out.',
      [('ssn', '555 208 914'), ('name', 'Jocelyne Paquette'), ('place', 'Mattice')]),
    C("Luzviminda Magbanua's SSS number 55-1938204-7 from the Philippines is on her OFW docs - she's working at the fish cannery in Naknek. anyone know if I need that for anything?",
      [('name', 'Luzviminda Magbanua'), ('ssn', '55-1938204-7'), ('place', 'Naknek')]),
    C("The TFN 555 307 612 is on Tui Faleolo's Centrelink letter - sorry TFN not CRN. he's Samoan, 19, in Kingston. shredding.",
      [('ssn', '555 307 612'), ('name', 'Tui Faleolo'), ('place', 'Kingston')]),
    C("SSN 555 40 7781 listed for Wyatt Ohlsen, 45, rancher near Ekalaka. VA claim stuff. I'm just filling the mental health part.",
      [('ssn', '555 40 7781'), ('name', 'Wyatt Ohlsen'), ('place', 'Ekalaka')]),
    C("PPS 5549023WH - Nuala Keohane, carer, Rosscarbery. Carer's Allowance form asks me to sign. she's burned out, her da has dementia.",
      [('ssn', '5549023WH'), ('name', 'Nuala Keohane'), ('place', 'Rosscarbery')]),
    C('Soc. sec. no. 555-72-0148 on the Medicaid renewal for Paz Quintanilla, farmworker in Immokalee. she asked me to help fill it. ok for a therapist?',
      [('ssn', '555-72-0148'), ('name', 'Paz Quintanilla'), ('place', 'Immokalee')]),
    C("Zenon Mikołajczyk's NI no is JT 55 19 20 D, he's Polish, works at the mushroom farm near Wisbech. DWP sanction and now he's suicidal. on it.",
      [('name', 'Zenon Mikołajczyk'), ('ssn', 'JT 55 19 20 D'), ('place', 'Wisbech')]),
    C("Inmate # A55-20719 at the Deer Lodge prison - Shane Lamere's my old client, he wrote asking if I'd testify at parole. Haven't seen him in 6 years. what do I owe him",
      [('account', 'A55-20719'), ('place', 'Deer Lodge'), ('name', 'Shane Lamere')]),
    C("Kaylin Shorty, student ID STU-5502187, Chinle High School. Counselor there wants my notes for a 504. Mom signed, Kaylin (16) didn't. Navajo Nation consent rules anyone?",
      [('name', 'Kaylin Shorty'), ('account', 'STU-5502187'), ('place', 'Chinle High School')]),
    C("Employee # 55-0931-MR at the Tyson plant in Noel, that's Jomar Kabua's. The plant nurse called me directly. Marshallese, 24, he wants FMLA paperwork for his depression.",
      [('account', '55-0931-MR'), ('place', 'Tyson'), ('place', 'Noel'), ('name', 'Jomar Kabua')]),
    C('Her bank account BSB 555-019 acct 55201847 got emptied by her son - Dulcie Penhaligon, 83, Quorn. Elder abuse report to who, in SA?',
      [('account', 'BSB 555-019 acct 55201847'), ('name', 'Dulcie Penhaligon'), ('place', 'Quorn')]),
    C("DOC# 5521094 - Rusty Graywolf released to the halfway house in Hermosa last week. His PO wants weekly updates. He hasn't signed anything yet.",
      [('account', '5521094'), ('name', 'Rusty Graywolf'), ('place', 'Hermosa')]),
    C('Prison no. A5501BX - Connor Wallace at HMP Haverigg. Wants me to write for his ROTL. I saw him once in 2022.',
      [('account', 'A5501BX'), ('name', 'Connor Wallace'), ('place', 'HMP Haverigg')]),
    C('the HSBC acct no on the invoice he sent me (55-28-19 40881273) - Ifor Bevan paid me twice by mistake. Crossgates. refunding obviously.',
      [('account', '55-28-19 40881273'), ('name', 'Ifor Bevan'), ('place', 'Crossgates')]),
    C('Client Caoimhe Breathnach is a student at ATU Castlebar, student no. G00557193. College disability office wants me to confirm her dx. she agreed in writing.',
      [('name', 'Caoimhe Breathnach'), ('place', 'ATU Castlebar'), ('account', 'G00557193')]),
    C("Account # 5500-19283-04 with the co-op - Everett Stonecipher asked me to call the Evarts electric co-op to stop the shutoff. this is case management not therapy, right? he's got no one",
      [('account', '5500-19283-04'), ('name', 'Everett Stonecipher'), ('place', 'Evarts')]),
    C("MRN 55019274 from Cheyenne VA - Raylene Crazy Thunder's discharge papers. Transfer to my caseload in Lander. Any hx from her prior therapist I should request?",
      [('medical_record', '55019274'), ('place', 'Cheyenne VA'), ('name', 'Raylene Crazy Thunder'), ('place', 'Lander')]),
    C("UR # 555-0091-28 at Mount Isa Hospital for Zeke Conlan. Discharged after overdose, I'm seeing him Thursday. Do I ring the ward first?",
      [('medical_record', '555-0091-28'), ('place', 'Mount Isa Hospital'), ('name', 'Zeke Conlan')]),
    C('Hospital no. H5502914 on the letter from Raigmore - Fiona Gillies, 52, Dingwall. New dx of bipolar II, wants to understand it. Psychoed resources?',
      [('medical_record', 'H5502914'), ('place', 'Raigmore'), ('name', 'Fiona Gillies'), ('place', 'Dingwall')]),
    C("MRN KVH-551203 (chart at Kittitas Valley Healthcare) - Marguerite Ellensburg-Holt asked me to request her old records. Her mother's name is on them too, what do I do with that.",
      [('medical_record', 'KVH-551203'), ('place', 'Kittitas Valley Healthcare'), ('name', 'Marguerite Ellensburg-Holt')]),
    C("CHI 5502189473 - Lachlan Munro's Community Health Index number - was on the GP letter from Golspie. grrr.",
      [('medical_record', '5502189473'), ('name', 'Lachlan Munro'), ('place', 'Golspie')]),
    C("Tekla Rosenbaum, 70, Plentywood. Clinic chart # PW-55-80213. Widowed in the spring, son won't come home from Seattle. Bereavement group via zoom?",
      [('name', 'Tekla Rosenbaum'), ('place', 'Plentywood'), ('medical_record', 'PW-55-80213'), ('place', 'Seattle')]),
    C("Hospital # 555-80-33-9 at Hôpital de Chicoutimi - no wait it's Hôpital de Dolbeau - Gaétan Tremblay's. Tell me someone knows the Saguenay psych services.",
      [('medical_record', '555-80-33-9'), ('place', 'Hôpital de Chicoutimi'), ('place', 'Hôpital de Dolbeau'), ('name', 'Gaétan Tremblay'), ('place', 'Saguenay')]),
    C("Chart # NMH-5519027 - Joni Threlkeld - discharged from Northern Montana Hospital against medical advice. She's my client. I'm off today. who's covering?",
      [('medical_record', 'NMH-5519027'), ('name', 'Joni Threlkeld'), ('place', 'Northern Montana Hospital')]),
    C("Porfirio Lucero's plates NM 55-KPJ were in the news story about the crash on the High Road to Taos. His grandson died. I'm seeing the family Monday.",
      [('name', 'Porfirio Lucero'), ('vehicle', 'NM 55-KPJ'), ('place', 'High Road to Taos')]),
    C("VIN 1FTFW1E55MFA01937 - it's on the insurance letter Dale Ruckel brought me. truck got totalled in the hail at Sidney, NE. he's the one who lost the farm too.",
      [('vehicle', '1FTFW1E55MFA01937'), ('name', 'Dale Ruckel'), ('place', 'Sidney')]),
    C("Licence plate HZ55 WKL - Bronagh Cassidy's ex keeps driving past her house in Dungiven. PSNI say they can't do anything without more. documenting for her.",
      [('vehicle', 'HZ55 WKL'), ('name', 'Bronagh Cassidy'), ('place', 'Dungiven')]),
    C("The kid drove to session in his mum's car, rego CW 55 NT, he's 15. Jayden Kuruwarri, Mataranka. Do I report? NT police would be useful but he'll never come back.",
      [('vehicle', 'CW 55 NT'), ('name', 'Jayden Kuruwarri'), ('place', 'Mataranka')]),
    C("BC plate SK5 83Y on the truck in the driveway every night - Harmony Wolfleg's ex. She's in Siksika. tribal police or RCMP?",
      [('vehicle', 'SK5 83Y'), ('name', 'Harmony Wolfleg'), ('place', 'Siksika')]),
    C("Reuben Zook's buggy was hit by a pickup on Newport Road, plate PA KLR-5527. His wife Malinda died. Amish grief, community's been amazing but he won't talk.",
      [('name', 'Reuben Zook'), ('place', 'Newport Road'), ('vehicle', 'PA KLR-5527'), ('name', 'Malinda')]),
    C('She drives a red Silverado, TX LMN-5514, lives at RR 2 Box 155 Marfa, 79843. Yesenia Carrasco. Her husband found my office. Safety plan with her next week.',
      [('vehicle', 'TX LMN-5514'), ('street_address', 'RR 2 Box 155'), ('place', 'Marfa'), ('zip_code', '79843'), ('name', 'Yesenia Carrasco')]),
    C("2418 County Road 55 Hyannis, NE - that's the address on Lyle Tibbetts' referral. 40 miles of gravel. home visit or phone?",
      [('street_address', '2418 County Road 55'), ('place', 'Hyannis'), ('name', 'Lyle Tibbetts')]),
    C("Iolana Kahale is at 85-1207 Farrington Highway in Maili, 96792 now, her aunty's. Please update her in the EHR whoever has the admin login.",
      [('name', 'Iolana Kahale'), ('street_address', '85-1207 Farrington Highway'), ('place', 'Maili'), ('zip_code', '96792')]),
    C("Unit 7, 33 Jetty Road, Kingscote SA 5223 - new address for Tamsin Roe after she left him. DON'T put it in the letter to the family court.",
      [('street_address', 'Unit 7, 33 Jetty Road'), ('place', 'Kingscote'), ('zip_code', '5223'), ('name', 'Tamsin Roe')]),
    C("Apt 2B, 119 Water Street Twillingate, A0G 5B0 - Bernice Hynes's new place after the fire. Newfoundland rural mental health is a joke, she waited 5 months for me.",
      [('street_address', 'Apt 2B, 119 Water Street'), ('place', 'Twillingate'), ('zip_code', 'A0G 5B0'), ('name', 'Bernice Hynes')]),
    C('Client lives at 4 Gleann Cottages, An Spidéal, H91 X5W2. Éamonn Mac Donncha. His Irish is better than his English, my Irish is worse than both of us.',
      [('street_address', '4 Gleann Cottages'), ('place', 'An Spidéal'), ('zip_code', 'H91 X5W2'), ('name', 'Éamonn Mac Donncha')]),
    C('Ramona "Mona" Gallegos turned ninety-two Tuesday and her niece (my pt) threw a party at the senior center in Chimayo. pt cried the whole time. grief before the fact.',
      [('name', 'Ramona "Mona" Gallegos'), ('age_over_89', 'ninety-two Tuesday'), ('place', 'Chimayo')]),
    C("My Yup'ik client's great-grandmother in Tuluksak is a hundred and two yrs old, the oldest in the village. Marcella Nicolai wants to record her stories before she goes. therapeutic project?",
      [('place', 'Tuluksak'), ('age_over_89', 'a hundred and two yrs old'), ('name', 'Marcella Nicolai')]),
    C("Her dad Horace Bybee is 96 years of age and still drives to Preston for church. My client's in a panic every Sunday.",
      [('name', 'Horace Bybee'), ('age_over_89', '96 years of age'), ('place', 'Preston')]),
    C("Grandad Tom Pollard - aged 93 and a bit - in the care home at Penistone, thinks it's 1974. My client wants to lie to him about gran being dead. therapeutic fibbing?",
      [('name', 'Grandad Tom Pollard'), ('age_over_89', 'aged 93 and a bit'), ('place', 'Penistone')]),
    C("DOB 29 Feb 1964 on Lorraine Deasey's form, she jokes she's 15. Kinsale. depression, widowed last year.",
      [('date', '29 Feb 1964'), ('name', 'Lorraine Deasey'), ('place', 'Kinsale')]),
    C("Session 1 with Abshir Nur was Nov. 17 - he's 17, Somali, from Fort Morgan. Meatpacking town, dad works nights. Any therapists who speak Somali?",
      [('name', 'Abshir Nur'), ('date', 'Nov. 17'), ('place', 'Fort Morgan')]),
    C("Cathal McGinley's court date got moved to second of December - Dungloe court. He's from Gweedore. can I be there as support?",
      [('name', 'Cathal McGinley'), ('date', 'second of December'), ('place', 'Dungloe'), ('place', 'Gweedore')]),
    C("Ring (406) 555-0175 for Curtis Bullshoe at Heart Butte - it's his aunt's landline, best way to reach him. Blackfeet, 29, grief.",
      [('phone', '(406) 555-0175'), ('name', 'Curtis Bullshoe'), ('place', 'Heart Butte')]),
    C("Call me back on 07700 555 129 if you're covering for me. Eleri Jenkins is my high-risk one, Llanddewi Brefi, might ring the practice.",
      [('phone', '07700 555 129'), ('name', 'Eleri Jenkins'), ('place', 'Llanddewi Brefi')]),
    C("Brianna Kealamakia's cell is 808.555.0192, she's in Kaunakakai, and the only cell signal is at the wharf. sessions at the wharf, ethical?",
      [('name', 'Brianna Kealamakia'), ('phone', '808.555.0192'), ('place', 'Kaunakakai')]),
    C('My pt\'s mobile 0429 555 016 goes to voicemail for days - Daniel Gundy, 31, Enngonia. Mates say he\'s "out bush". welfare check?',
      [('phone', '0429 555 016'), ('name', 'Daniel Gundy'), ('place', 'Enngonia')]),
    C("Crisis call from 1-709-555-0147 at 3am - Minnie Rideout from Fogo Island. She's ok now. do I bill for it?",
      [('phone', '1-709-555-0147'), ('name', 'Minnie Rideout'), ('place', 'Fogo Island')]),
    C("Hamid Osmani's cell +1 (701) 555-0138, he's Afghan, SIV, working at a turkey plant near Jamestown. His wife is still in Kabul. He wants me to write a letter to USCIS.",
      [('name', 'Hamid Osmani'), ('phone', '+1 (701) 555-0138'), ('place', 'Jamestown'), ('place', 'Kabul')]),
    C('Her insulin pump Tandem t:slim SN 55-109283 got broke in the fight. Saige Whitebird, 14, Ponemah. School nurse wants a note.',
      [('device', 'Tandem t:slim SN 55-109283'), ('name', 'Saige Whitebird'), ('place', 'Ponemah')]),
    C("Ankle monitor SCRAM 55-02918 on Bobby Ray Dotson, Newcomb. It went off during our session because he was in the parking lot. PO called me. That's a first.",
      [('device', 'SCRAM 55-02918'), ('name', 'Bobby Ray Dotson'), ('place', 'Newcomb')]),
    C("Jean-Guy Cormier's hearing aid serial HA-55-931027 was in the audiology report that came with the referral. Bouctouche. why does everyone send me everything.",
      [('name', 'Jean-Guy Cormier'), ('device', 'HA-55-931027'), ('place', 'Bouctouche')]),
    C("The CGM Dexcom G7 SN 5510293847 beeps all session. Marlee Wardle, 16, Cooktown. T1D and disordered eating, we're watching close.",
      [('device', 'Dexcom G7 SN 5510293847'), ('name', 'Marlee Wardle'), ('place', 'Cooktown')]),
    C("Sione Vaipulu's Fitbit ID FB-55-A91C-2208 showed up in the sleep log he shared. He's Tongan, 35, in Taylorsville. We're doing CBT-I.",
      [('name', 'Sione Vaipulu'), ('device', 'FB-55-A91C-2208'), ('place', 'Taylorsville')]),
    C("Driving licence no. OCONN555194MJ9AB on Michael Oconnell's court paper - the DVLA one. Great Torrington. He lost it for drink driving.",
      [('licence', 'OCONN555194MJ9AB'), ('name', 'Michael Oconnell'), ('place', 'Great Torrington')]),
    C("Passport # PA5509183 - Bui Van Hung's. He's the Vietnamese shrimp boat guy from Bayou Coden. needed for the U visa stuff.",
      [('licence', 'PA5509183'), ('name', 'Bui Van Hung'), ('place', 'Bayou Coden')]),
    C("Licence NSW 55091827 - Shaun Mundine's. The RMS wants a fitness to drive report. I'm a counsellor. his GP's in Weilmoring.",
      [('licence', 'NSW 55091827'), ('name', 'Shaun Mundine'), ('place', 'Weilmoring')]),
    C("State license LPC 55-1028 - just so people know I'm legit when I cover Sadie Longwood's caseload in Glendo, WY. I'm not a stranger.",
      [('licence', 'LPC 55-1028'), ('name', 'Sadie Longwood'), ('place', 'Glendo')]),
    C("Marriage licence ML-55-20391 on the documents - Nolwazi and Ruairí Coakley married in Ventry last year. Couples work, she's South African, he's a fisherman.",
      [('licence', 'ML-55-20391'), ('name', 'Nolwazi'), ('name', 'Ruairí Coakley'), ('place', 'Ventry')]),
    C("IHS/Medicaid both on file for Loretta Begaye: AHCCCS ID A55019283. She's in Shonto, moving to Crownpoint. Who has Navajo-speaking therapists in NM?",
      [('name', 'Loretta Begaye'), ('health_plan', 'A55019283'), ('place', 'Shonto'), ('place', 'Crownpoint')]),
    C('Medical card no. GMS 5502 8811 B - Peadar Quinlivan, Carrigaholt. The HSE wants me to confirm he\'s "fit to work". I\'m his counsellor, not his GP!!',
      [('health_plan', 'GMS 5502 8811 B'), ('name', 'Peadar Quinlivan'), ('place', 'Carrigaholt')]),
    C("Kamalei Pua's hearing aids (Phonak, serials 55-2918-L and 55-2918-R) whistle in telehealth. she's in Lanai City. any tips for audio with hard of hearing pts",
      [('name', 'Kamalei Pua'), ('device', '55-2918-L'), ('device', '55-2918-R'), ('place', 'Lanai City')]),
    C('Long one, sorry. I\'ve been seeing Delmar Kinsinger for about 8 months - he\'s 44, was raised Old Order in Big Valley, left at 22, now drives for a propane company out of Belleville. His mother is dying and the family has said he can come to the house but can\'t eat at the table with them. He wants to go. He also says if they make him eat at the little table "like a child" he\'ll walk out and never come back. I want to help him go in with eyes open, not talk him out of it. Anyone done this kind of prep?',
      [('name', 'Delmar Kinsinger'), ('place', 'Big Valley'), ('place', 'Belleville')]),
    C("Update on the young fella I posted about in the summer - Kurtis Ah Chee, 23, from Galiwinku - he's back on country, finished the men's program, and rang me from his cousin's phone (08 5550 1946) to say he's going to help run the next one. I cried in the car. Anyone know how I write this up for the PHN report without it sounding like I did anything? He did it.",
      [('name', 'Kurtis Ah Chee'), ('place', 'Galiwinku'), ('phone', '08 5550 1946')]),
    C("Okay, longer consult. Pt (Lupe Faʻamausili, 34, Samoan, mom of five, lives with in-laws at 2716 Kauhale Way in Hauula) has panic attacks every Sunday before church. Her father-in-law is a matai and the family's whole social life is the church. She doesn't want to leave, she wants to be able to sit through the service. Exposure plan I'm drafting has the parking lot, then the back pew, then choir practice. Is it culturally ok to do exposure at church? I'm not Samoan.",
      [('name', 'Lupe Faʻamausili'), ('street_address', '2716 Kauhale Way'), ('place', 'Hauula')]),
    # ------------------------------------------------------------------
    # Clean snippets
    # ------------------------------------------------------------------
    C('anyone had luck with prazosin for nightmares in older vets? psychiatrist started 1mg at bedtime, BP dropped to 92/60 and he fell getting up to pee. titrating slower now'),
    C("Q for the LMFTs: Gottman Method vs EFT for a farm couple where he shuts down and she pursues? Sue Johnson's Hold Me Tight is on my desk but he won't read anything longer than the Farm Journal lol"),
    C("PHQ-9 went from 22 to 9 over 12 sessions of BA. first time this year I've felt useful. small wins, y'all"),
    C('Medicaid expansion finally went through in our state in July and my waitlist doubled overnight. Anyone else in a 1-LCSW county feeling this?'),
    C("Is CPT 90837 still getting clawed back by Blue Cross if you don't document start/stop times? asking for a friend (me)"),
    C("Reading Resmaa Menakem's My Grandmother's Hands with our group this winter. happy to share the discussion guide if anyone wants it 📚"),
    C("vyvanse 30mg shortage again. pharmacist says maybe by March. kid's grades already tanking. anyone's prescribers switching to Focalin XR or Adzenys?"),
    C('Quick one: is F43.10 or F43.12 better when the PCL-5 is 51 and symptoms started 14 months ago? Insurance wants specificity.'),
    C("anyone going to the ACA conference in New Orleans in March? looking for someone to split a hotel room, I'm an LPC from the Ozarks, I don't snore"),
    C("For those doing IFS: Dick Schwartz's newer book No Bad Parts worked better with my ranchers than the original text. less jargon."),
    C('Thanksgiving week is always brutal. 4 no-shows yesterday, 2 crisis calls. Then Christmas. Then the dark of January. Pace yourselves, friends.'),
    C('Does anyone bill IHS directly or go through the tribal 638 contract? The Indian Health Service rules changed in FY2025 and our biller is lost.'),
    C("Just finished the 2-day Trauma-Focused CBT refresher. Judith Cohen was one of the trainers and she's an absolute gem. 10/10 would recommend."),
    C("Lithium level came back 1.4 - pt is a roofer, it's August in Mississippi, dehydrated. psych lowered to 600mg. reminder to ask about heat work, everybody!!"),
    C('Saw a Hmong family this week where dad is in a Christian church and grandma still does hu plig ceremonies. The Spirit Catches You and You Fall Down should be required reading for every rural clinician.'),
    C('CAMS training was worth it. David Jobes makes suicide assessment feel like a collaboration, not an interrogation. The SSF forms are free if you sign up.'),
    C('GAD-7 of 18, sleeping 4 hrs, started sertraline 25mg 10 days ago and feels worse. Classic activation? I told her hang in there 2 more weeks and call the NP.'),
    C('Winter ferry schedule is up - no boats Monday to Wednesday until April. All my island folks are going phone-only till spring.'),
    C("ugh the EHR (TherapyNotes) went down for 3 hours today. Paper notes like it's 1995."),
    C("Is anyone else using the Columbia (C-SSRS) screener version for kids? the kids' one is so much better than the adult one for my 10-12 year olds."),
    C("Medicare now covers LMFTs and LPCs since January 2024 - anyone figured out the enrollment through PECOS without losing their mind? I'm on day 41."),
    C("Has anyone read Braiding Sweetgrass with clients? Robin Wall Kimmerer's chapter on the Honorable Harvest landed with one of my Potawatomi folks (no details, just say it worked)."),
    C("Ketamine clinic opened 2 hours away. Spravato REMS requires 2 hrs monitoring. For my rural pts that's a whole day off work. not realistic."),
    C('Weekly reminder: 988 works from anywhere now, text too. the Veterans Crisis Line is still press 1.'),
    C('A 17-year-old with a PHQ-A of 20 and an ASQ positive - the screener worked exactly as designed. ED 90 mins away. transport by deputy. I hate it.'),
    C('Storm knocked out power here for 3 days. Half my clients lost their meds to the heat. Blizzard last winter, tornado this spring, wildfire smoke in August. Climate grief is a real thing in my caseload.'),
    C('TIL: Aetna covers 45-min telehealth visits at the same rate as in person through 2026. Humana does not. Check your contracts.'),
    C("Any thoughts on the new DSM-5-TR prolonged grief disorder (F43.81)? I'm seeing so much of it after COVID and I'm never sure if I'm pathologizing love."),
    C("Shout out to NAMI's Family-to-Family program. 8 weeks, free, and the parents who did it came out so much calmer."),
    C('Mennonite client (no details) asked if EMDR is "like hypnosis". Francine Shapiro\'s explanation about bilateral stimulation helped, but the Anabaptist worry about "mind control" is real. Tips?'),
    C("Book club for clinicians: The Body Keeps the Score is overrated, fight me. Bessel van der Kolk is brilliant but Peter Levine's Waking the Tiger did more for my practice."),
    C("Anyone seen the Netflix doc on Fentanyl in Appalachia? My clients say it's half right. Dopesick on Hulu was closer."),
    C('Naloxone boxes are now in every school in our county. Narcan 4mg nasal. Middle school counselors trained too. Small miracles.'),
    C("Kids and Roblox. Discuss. Mine (clients, not my own kids) spend 6 hrs a day on it and their moms think it's Minecraft."),
    C("Consult ask: bipolar I, lamotrigine 200mg, wants to get pregnant. OB says stay on, psych says switch. I'm the therapist caught in the middle. what's my role"),
    C('Powwow season starts in May - heads up that a lot of my Lakota and Dakota folks travel and miss June sessions. plan for it.'),
    C("Nā hoa, any kumu on here doing hoʻoponopono as part of family sessions? I'd love to learn more respectfully. Happy Makahiki season to all."),
    C('Going to the APA convention in Denver next August? A few of us from the Plains are doing a panel on rural telehealth.'),
    C("Question about CPT 90846 vs 90847 when the teen leaves the room halfway. I've been billing 90847 and now I'm worried."),
    C('Tried the Safety Planning Intervention (Stanley & Brown) with a 63-year-old rancher, and he said it was "the first paperwork that made sense." High praise.'),
    C("Right, NHS Talking Therapies targets again. 50% recovery on the PHQ-9/GAD-7 or we lose the funding. Meanwhile the farmers won't fill in a questionnaire to save their lives."),
    C("Anyone know if the BACP accreditation portfolio still needs 450 supervised hours? Asking for a supervisee who's been at it since 2021."),
    C('Quick one re: sertraline 100mg plus mirtazapine 15mg at night - "California rocket fuel" - GP started it, client sleeping 11 hours. Ok to mention at review?'),
    C("Did the UKCP conference in London in October. Best talk was on rural loneliness in older men. Men's Sheds are doing more than we are honestly."),
    C("HSE waiting list for CAMHS is 18 months in some counties. Parents are paying €90 a session privately just to get an assessment. It's a scandal."),
    C('Bank holiday Monday and the phones are mad. Christmas is the worst but Easter Monday comes close.'),
    C('AusPsych question: do the Better Access 10 sessions reset on 1 January or 12 months from the MHCP? Medicare says one thing, my billing software (Halaxy) says another.'),
    C('Does anyone use Narrative Exposure Therapy (Schauer, Neuner, Elbert) with refugees in regional areas? The lifeline method works across languages beautifully.'),
    C("Rain for 40 days straight. Half my caseload has SAD and the other half has flooded sheds. Vitamin D 1000 IU and a lightbox aren't going to cut it."),
    C('Medicare Benefits Schedule item 80110 vs 80010 - does it matter for a clinical psych seeing someone via telehealth from a remote area? The MMM 7 loading is confusing.'),
    C('Ramadan starts in late February this year - for those of us with Muslim clients who work shifts, adjusting session times to after Iftar is a small kindness.'),
    C("Aboriginal and Torres Strait Islander clients: anyone using the Stay Strong app (Menzies)? It's free on iOS and Android and the yarning style suits."),
    C("Canada folks: OHIP doesn't cover psychotherapy outside hospital, NIHB covers 22 hours a year for First Nations and Inuit. And we wonder why people drive 6 hours."),
    C('Has anyone tried Compassion Focused Therapy (Paul Gilbert) with a bloke who thinks compassion is for "soft city types"? Asking for about 40 men I know.'),
    C('The new NICE guideline NG222 for depression is fine but it assumes you have a therapist within 50 miles. Some of us are the only one for 80.'),
    C('Scottish folk: the Distress Brief Intervention pilot was brilliant in the pilot areas. Has it rolled out up north yet?'),
    C("Fluoxetine 20mg, 16 y/o, worse SI in week 3. Black box warning exists for a reason. Mum wants it stopped, CAMHS psychiatrist wants to increase. I'm the middle again."),
    C('Schema Therapy (Jeffrey Young) with personality stuff in a GP surgery with 12 sessions max - anyone actually doing this? Or are we all just doing DBT-lite?'),
    C('Gaelic football final Sunday. Half my clients will be either euphoric or suicidal Monday. Not joking. Book accordingly.'),
    C('Hi all, LCSW from Maine here, crossing over from the US group - does anyone know if Canadian provincial rules let me see a client who moved to New Brunswick via telehealth?'),
    C('Trying the CORE-10 instead of the PHQ for my older clients - less clinical, they complete it. Scores of 20+ get a call from me the same day.'),
    C("Anyone signed up for the ISTSS annual meeting in Boston? Presenting on disaster mental health after the bushfires and the floods in northern NSW... sorry, the flood paper is a colleague's, I'm just on the panel."),
    C("Autumn here. Sheep sales, the hunting season, then the clocks go back and everyone's low. Same every year."),
    C('ACT Matrix (Polk & Schoendorff) is the thing that got me through with young blokes on the farms. Two lines on a whiteboard. Even the quad bike lads get it.'),
    C('Is the K10 still required for the Head to Health program in Queensland? I keep getting conflicting emails from the PHN.'),
    C("Irish Travellers have a suicide rate 6-7 times the settled population. We've got 1 Traveller-specific counselling service for the whole region. Just putting that out there."),
    C("Anyone using Cliniko vs Power Diary vs Jane? I'm moving off paper after 22 years. God help me."),
    C("Sláinte, I'm just back from the IACP conference in Galway and honestly the best bit was the session on Traveller mental health. Very good."),
    C('Christmas on the stations: a lot of my pastoral clients are completely alone from mid-December to mid-January. Anyone running phone check-ins?'),
    C('Propranolol 40mg PRN for public-speaking anxiety in a 24 y/o teacher - GP offered it, he\'s asking me if it\'s "cheating". I said no. Opinions?'),
    C("Clozapine ANC monitoring in a remote area is a nightmare. Bloods every 4 weeks, 3 hours' drive, and the courier only comes Tuesdays."),
    C("Watching Rev and Clarkson's Farm with the lads on the ward - both weirdly good for starting conversations about stress and work."),
    C("NHS Scotland's Time for Talking line was helpful for a client over the weekend. Recommend as a stop-gap if your waitlist is months long."),
    C('Bipolar II, quetiapine 150mg, weight up 12kg in 6 months. HbA1c is 44 mmol/mol now. Any psych colleagues asking GPs to switch to aripiprazole?'),
    C('The big Irish pilgrimage - one of my older Catholic clients does it every August. Three days fasting, no sleep the first night. Not a therapy question, just love that.'),
    C('Some Taylor Swift song got a 14 year old talking about her mam for the first time in 8 weeks. "marjorie" if you\'re curious. Music is magic.'),
    C('PCL-5 went 58 -> 21 after 12 sessions of CPT (Resick). The Cognitive Processing Therapy manual is genuinely good with firefighters.'),
    C('Sorry, just venting. Inspected by the Care Inspectorate last week and they spent 2 hours on our fire doors and 4 minutes on clinical care.'),
    C('Do Australians use the term "DV" or "FDV"? My training is American and my clients in NSW keep correcting me.'),
    C("Workers' comp claim for a miner's PTSD - WorkCover says they'll only fund 10 sessions unless the psychiatrist writes a report. 10. For a cave-in survivor."),
    C('Tribal health just hired a second LPC!! for 9,000 square miles. Celebrate the small stuff, friends 🎉'),
    C("Alaska folks: does the state Medicaid still pay for Zoom sessions when the client's at the village clinic with a CHA present? Billing rules changed in October."),
    C("Question about 42 CFR Part 2 - if the client's SUD treatment record gets requested by the court, does the new 2024 rule change what I can hand over?"),
    C('Any Puerto Rico colleagues seeing a surge of ataques de nervios since the last blackout? Six days without power in the heat, and the culture-bound framing helps families a lot.'),
    C("anyone else's Spanish getting rusty? doing sessions in Spanish, Tagalog (badly), and Chuukese (via interpreter) all in one day. brain is mush 😵\u200d💫"),
    C('Wellbutrin XL 300 + Zoloft 150 + trazodone 50 - for a 38 y/o who still says "I feel flat". Next step is augmentation. Rexulti? Abilify? Or do we dig into the marriage first?'),
    C('Our Native American clients often see the "four directions" framework as closer than CBT. Has anyone worked with the Gathering of Native Americans (GONA) curriculum?'),
    C("it's deer season so nobody's coming in till after Thanksgiving, don't take it personal 🦌"),
    C('Ok rant: prior auth for 12 sessions of DBT took 3 weeks and 2 phone calls to UnitedHealthcare. Marsha Linehan did not invent DBT for this.'),
    C('The Amish have 0 insurance and pay cash from the church fund. I charge $60 for them. Is it ethical to sliding-scale by community? I think so.'),
    C("Hurricane season is 6 weeks from over and we've had two named storms already. Gulf Coast clinicians, how do you protect yourselves from secondary trauma?"),
    C('Veteran with a TBI from 2006 and an AUDIT of 24. Motivational Interviewing (Miller & Rollnick, 4th ed) still the best starting point for me.'),
    C('Adolescent with a PHQ-A of 14 and a SCARED of 31. School wants a 504 plan. Mom wants ADHD testing. Where do I start?'),
    C('Just a reminder that Ramadan, Lent and Passover overlap this spring. Fasting clients might be low on energy in late-afternoon sessions.'),
    C('Did the 2-day Gottman Level 1 in Seattle. Worth it for the Four Horsemen alone. Now I need Level 2 money.'),
    C("Anyone used the Native HOPE curriculum for youth suicide prevention? A 12 year old asked me why all the adults she knew kept dying. I didn't have an answer."),
    C("Who's the best at explaining the ACE score to parents without shaming them? Vincent Felitti's original study is so heavy."),
    C('PSA: Medicare telehealth flexibilities were extended through the end of January. Audio-only mental health visits still allowed. Watch for updates.'),
    C("Eli Lilly's patient assistance program paid for a client's insulin for 3 months. Now the anxiety about the bill is better than the A1c (9.1 -> 7.4)."),
    C("Naltrexone 50mg + the Sinclair Method. Client drank 30 drinks a week in June, now 8. He's a lineman and works 14-hr shifts. Pretty amazing."),
    C("Mental Health First Aid for ranchers is being run by the extension office again in April. Anyone hosting? It's free."),
    C('Is anyone here a member of the NASW? The ethics consult line helped me so much last year with a small-town dual relationship question.'),
    C("Sunday's Super Bowl means nobody will come in Monday. Also more DV calls. Plan ahead."),
    C("Mid-winter, -35°F, and three of my clients' furnaces died this week. Therapy isn't the priority when you can't feel your toes."),
    C('Prescriber switched Adderall IR 10mg to Strattera 40mg because of the shortage. 9 y/o is now irritable and not eating. Is this the med or is this fourth grade?'),
    C('Is there evidence on EMDR via telehealth with bilateral tapping (butterfly hug)? A 2021 pilot from Spain looked ok but n=24.'),
    C('Guys, do you charge for letters? I get 10 requests a month for ESA letters, court letters, school letters. Started charging $75.'),
    C('lol my supervisee called the K6 "the K-pop scale". I\'m keeping it.'),
    C('The BIA just changed its contract cycle. Our tribal behavioral health budget for FY2027 is uncertain. Staff are scared. So am I.'),
    C("Pacific Islander clients: fa'aSamoa and family obligations come up in every session. Has anyone read Karlo Mila's work on Polynesian mental health?"),
    C("Question for the Canadians: does the College of Registered Psychotherapists of Ontario allow you to treat a client who's temporarily in Nunavut? Or is that a Nunavut licence issue?"),
    C('Does anyone else find the DASS-21 more useful than the PHQ/GAD combo in older farmers? Their stress scale scores are through the roof (34+).'),
    C("A 19-year-old asked me if Jordan Peterson is right about men. I said let's talk about what drew you to him. Anyone else getting this a lot?"),
    C("Trying Solution-Focused Brief Therapy (de Shazer, Insoo Kim Berg) with fishing families during the season - 3 sessions max before they're gone for 6 weeks."),
    C('Gambling ads during the AFL grand final were insane this year. Gambling Help Online numbers went up 40% the next week, I heard.'),
    C('Anyone know if the Irish Council for Psychotherapy recognises UK UKCP registrants automatically? Moving back home after 15 years in England.'),
    C('Is it normal that my hands shake after a client discloses CSA? 20 years in and it still gets me. Self-care tips other than "go for a walk".'),
    C('Christmas Day I got a text from a client saying "merry christmas, I\'m still here". Best gift. That\'s it. That\'s the post.'),
    C('Started using Headspace and Smiling Mind as homework for anxious teens. Smiling Mind is free and Aussie. Good for the under 12s.'),
    C("Clinical psych rebate is $141.85 for a 50+ min session under Better Access; gap fees in the bush are sometimes $100. It's a two-tier system by stealth."),
    C('Postnatal depression in new dads - the EPDS has a cut-off of 10 for men in some studies. Anyone screening fathers routinely?'),
    C('Saw a great short video from the Black Dog Institute on men and depression. Sharing in our newsletter this month.'),
    C("Reminder we're 1 hour behind the Atlantic provinces and 1.5 hours ahead of Newfoundland, not the other way round. Sorry to the person I stood up this morning."),
    C('Dementia screening: MoCA of 21, MMSE of 25, 78 y/o. Family wants me to "tell him he can\'t drive". Not my role, right? That\'s the GP.'),
    C("Hospice training on Thursdays in November. Elisabeth Kübler-Ross' stages still get taught as gospel but Worden's tasks are more useful."),
    C('Long rant, ignore if busy. Our little practice in the north of England took on two new trainees this autumn. Both are lovely, both came from London, and both were shocked that half our clients don\'t have broadband, a third work outdoors in all weathers, and most won\'t say the word "depressed" even with a PHQ-9 of 20. I\'ve started a reading list: Men\'s Sheds research, the Farming Community Network reports, Gilbert on shame. What else would you put on it for new rural clinicians?'),
    C('Big post, sorry. Three years after the fires the anniversary still flattens people here. Every January the smell of smoke from a neighbour\'s burn-off sends half the town into a panic. We\'ve done TF-CBT, EMDR, group work, a memorial garden, and the Red Cross came back twice. What actually seems to help most is the men\'s breakfast on the first Saturday of the month. Nobody talks about the fires there. Has anyone written anything on this - recovery through ordinary rituals rather than "therapy"?'),
    C('Long-ish question on dual relationships. I\'m the only LMFT for about 120 miles. My kid\'s soccer coach, my mechanic, and the pastor at the Lutheran church I don\'t attend have all asked to see me this year. I\'ve referred the coach to telehealth, but the mechanic says video "isn\'t real" and there\'s no one else. NASW and AAMFT codes both say avoid when possible - it\'s not possible. How do others out here document the risk and the decision, and do you ever say a flat no?'),
]

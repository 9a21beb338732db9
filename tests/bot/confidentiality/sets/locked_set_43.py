"""FORTY-THIRD LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (round 39, as
the second blind set for that round beside locked_set_42.py), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not read git log messages, bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or diffs of any
commit, and did not read the snippets of eval_set.py, dev_extra.py,
locked_set.py or locked_set_2.py ... locked_set_42.py (locked_set_42.py
was being written at the same time in another worktree and was not seen
at all).  What was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_41.py and locked_set_40.py
only (each printed up to its closing triple quote, for the format
description, the provenance wording, the labelling conventions and their
lists of settings, countries and name cultures, so that this set's differ
where possible; none of their cases), the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and its
last three lines (two snippets, for the file format; none of their
sentences was copied), the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py (exactly lines 29-41, nothing else of that file), and
tests/bot/confidentiality/test_locked_sets.py (the data integrity checks,
which hold no snippets).  Two small slips of the reading rule occurred,
and are stated here: the middle of set 40's docstring was cut off by the
terminal when both docstrings were printed together, so its lines 17-200
were printed a second time (the docstring only, up to its closing triple
quote); and a grep for the import and "def C" lines of locked_set_13.py
printed two of its import lines (no snippet).  No other slip occurred.
The only test file run was test_locked_sets.py (selected with -k 43; as
locked_set_42.py is not in this branch, it was also run through a small
wrapper kept outside the repository that put an empty stand-in module
for set 42 in sys.modules, so that the unchanged checks compared this set
with eval_set, dev_extra and locked sets 1-41); ruff was run on this file
and on that test file.

How it was made: every snippet was written by hand, under a very tight
time limit, as a message to peers in a therapists' consultation group,
in Scotland (the Outer Hebrides - Lewis, Harris, Scalpay, South Uist -,
Shetland and Whalsay, Skye's ferry side, the Highlands, Tayside, the
north-east), Northern Ireland's glens, Brittany (Finistère) and Corsica,
Newfoundland's outports, Acadian New Brunswick and Prince Edward Island,
Ontario, Appalachia (West Virginia's coalfields), Yup'ik villages on the
Kuskokwim and Alaska's delta coast, the Rio Grande Valley and Laredo,
Arab Detroit, Louisiana's bayou, New Mexico, South Carolina, Hawaii's
diabetes clinics, Lebanon (the port blast, Achrafieh, Bourj Hammoud's
Armenians, Bourj el-Barajneh), Syria's Idlib, Jordan's Zaatari camp and
Mafraq, Iraqi Kurdistan (Halabja, Duhok, a Yazidi camp), the Nineveh
Plains' Assyrians, Armenia and Artsakh's exodus, Latvia, Slovakia's Roma
estates, Belarusian exiles in Poland and Lithuania, Sakha (Yakutia),
Tibetan exiles in Dharamsala, Lhotshampa (Bhutanese Nepali) refugees in
Ohio, northern Thailand and Lamphun, Laos's unexploded bomblets, North
Korean defectors in Seoul and Ansan, Taiwan's Hualien earthquake, Hong
Kong emigrants in the West Midlands, Papua New Guinea's Highlands,
Solomon Islands, Timor-Leste, southern Madagascar's famine, Mauritius,
Réunion, Cameroon's Anglophone crisis, Mali's Ségou region, Burkina
Faso, Sierra Leone's Ebola survivors, Liberia, Côte d'Ivoire, Togo,
Malawi's cyclone, Namibia's Herero, Eswatini, Tunisia, Libya's Derna
flood, the Dominican Republic, Trinidad, Guyana, Belize, Honduras, El
Salvador (El Mozote and Chalatenango), Nicaragua's Miskito coast,
Panama's Guna islands, Venezuelan walkers, Uruguay, Cuba's rafters,
Mongolia's ger districts and a few clients in Ireland, Wales, England,
Greece, Italy, Vietnam, Kenya, Uganda, Nigeria, South Africa, Turkey, Poland, Hungary,
the Netherlands, Iran, Okinawa, the Basque Country, Portugal, Iceland,
Canada's First Nations, Tonga and Aotearoa: short referral lines, rushed
lower-case chat (six snippets write names or places in lower case),
forwarded faxes, portal, billing and audit logs, and longer narrative
requests with the identifiers mid-sentence (fifteen of 384-482
characters).  About sixty of the identifier snippets hold only a name
and/or a place, written as ordinary consultation prose or questions to
peers, often with the name mid-sentence or at the start of a sentence
and no cue word before it (thirteen use a first name alone).
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set43work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, measured the clean
density, checked overlap with the earlier sets, shuffled the order with a
fixed seed and wrote this file.  One edit was made by script rather than
by hand, and is stated here: to bring the clean snippets nearer the brief
and spread them evenly over the three density bands below, a script
picked at random (fixed seed) which drafted clean messages to drop (31
with 0-2 capitalised words and 14 with 6 or more).  By hand, twenty
identifier snippets holding only names and places were dropped (twelve
whose setting or name culture was already in set 40's or 41's lists or
already in this set, and eight first-name snippets in such settings), and
a false start the author had typed into a draft (a name followed by "?
No, the other family") was cut with its name.  In a review: a first name
written unlabelled in a draft ("Ixchel's brother") was cut, a city
unlabelled after "now in", another after "the ... flood" and about twenty
cities written unlabelled in referral headers ("... referral", "... NGO",
"... clinic", "... transfer", "... note") were labelled as places or
replaced by the country, two places given twice in one referral were
cut once, the second, unlabelled mention of a client's first name
in a long narrative was labelled, a title was moved out of a name span,
and five clumsy age values, four awkwardly lengthened places, a
health-plan span and an address written in the wrong order were
rewritten and a stray phrase was cut from a referral.  In the clean snippets a colleague's first name, two
cities, a city's demonym and a municipality were removed, five scale and centre
names holding a city's or a district's name and two guidelines named
after a hospital were replaced by their acronyms or authors, the two
holiday dates in one message were written as months, and seven drafts with 0-2
capitalised words had a drug, an app, a body, a weekday, a month, a
religion or a state added, to spread the clean messages over the bands.
Overlap with the other sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: about a hundred values in the first
round (about 65 places, 18 ages over 89, 11 names - eight of them
first names -, 4 postal codes, 1 medical record number and 1 IP
address; places were
mostly rewritten by lengthening with a neighbourhood, quarter, street or
sector, ages as "N years and M months", "N years, M months" or "in her
Nth year"), 18 in the second (13 ages, 1 first name, 4 places), 2 in the
third (2 ages); the last pass found nothing.

Settings (chosen to differ from sets 40's and 41's): drowning at sea in
Gaelic-speaking families, sea lice and fish-farm debt, a sunk boat and a
lost skipper's ticket, peat fires and the dead, a vendetta, outport
drinking and an overturned skiff, mocked Acadian French, fentanyl deaths
in the coalfields, fish camp versus therapy, a river-crossing drowning,
a truck driver who found bodies in a trailer, shame about therapy in a
Muslim family, the Beirut port blast, a doctor's lapsed licence and
delivery-app work, Idlib bombing, a camp-born teenager's maps, Halabja
and late adoption, Assyrian empty houses, the Artsakh exodus and the
keys of a lost flat, a Soviet deportation, Roma special schooling,
Belarusian exile after the 2020 protests, thawing permafrost, a
childhood crossing of the Himalaya, Bhutanese expulsion and sorrow,
a cluster bomblet, a defector's hallucinated phone calls, the national
security law and silent parents, an earthquake anniversary, sorcery
accusations and tribal fighting, climate punishment, the Santa Cruz
massacre, famine without funerals, a kidnapped brother in the
Anglophone crisis, a jihadist checkpoint, a village emptied in a night,
Ebola survivors' touch, a child soldier turned pastor, the 2011 crisis,
a cyclone and a school shelter, genocide "in the blood", HIV shame, a
self-immolation, a dam burst, salt water in a rice field, gang threats
and a shelter, the El Mozote trial, Miskito tears, rising seas and
relocation, a walk with a baby, dictatorship silence, a raft crossing,
an over-90 widow's peat fire, a centenarian "waiting for the boat", a
Yup'ik fishing permit lost, a taxi driver's suspended card and a parked
car, a motorbike and an executed father, a content 94-year-old and an
antipsychotic, racism from a care-home resident, a moto-taxi beating
and a broken insulin pump, a Samoan elder's testimony, a pilot's panic
and CPAP, a pastor and a restless spirit, narcolepsy and a written-off
car, a rifle and the hill, a dialysis machine at home, a stolen
wheelchair, an ankle monitor, a hypoglossal stimulator and a surgeon
"listening", a seized trawler, a fake payroll e-mail, posts, playlists,
blogs, podcasts, GoFundMe pages, Reddit threads and videos naming
clients, a leaked shared link, a recorded session uploaded to YouTube,
and mistyped and fraudulent payments; with local identifier formats for
UK National Insurance numbers, French NIRs (Breton, Corsican 2A and
Réunion), a US SSN, Korean RRN, a Taiwanese ID, a Hong Kong HKID, a Thai
ID, a Latvian personas kods, a Slovak rodné číslo, a Jordanian national
number, an Armenian passport, a Tibetan RC, a Timorese electoral card,
a Malagasy CIN, a Mauritian NIC, a Cameroonian CNI, a Belize social
security card, a Honduran DNI, a Salvadoran DUI, a Dominican cédula, a
Venezuelan cédula, a Uruguayan CI, a Tunisian CIN and a Namibian ID
(ssn); a Scottish CHI, an NHS number, MRNs and hospital, camp, clinic,
IHS-partner and prosthesis-centre files (medical_record); MGEN,
Newfoundland MCP, New Brunswick Medicare, West Virginia and Ohio
Medicaid, Denali KidCare, Texas CHIP, BCBS, Lebanese NSSF, Slovak VšZP,
Thai gold card, Korean NHIS, Taiwanese NHI, PEI health card, Kenyan NHIF,
Honduran IHSS, Salvadoran ISSS, Dominican SENASA, Uruguayan CASMU,
Tunisian CNAM, Namibian medical aid and Discovery numbers (health_plan);
French, Latvian, Slovak, Italian, Dutch, Turkish and Irish IBANs, a UK
sort code and account, a card number, Scotiabank, Capitec and Wise
accounts, MVola, MTN MoMo and Airtel Money wallets, and Zelle, Venmo and
Cash App handles (account); a skipper's certificate of competency, a
French VTC card, a CFEC fishing permit, a Texas CDL, a Lebanese
physicians' order number, a Korean driving licence, a Cameroonian
nursing order number, an Iranian CPL, a social-work registration, an
Irish SPSV taxi licence, a Scottish firearms certificate, an Ontario
psychotherapists' registration, a medical council registration, an NMC
PIN, a UK driving licence, an SIA licence, a Turkish guide card, an LPC
licence, a South Carolina real-estate licence, a blasting certificate
and a sea-fisheries licence (licence); UK, French, Korean, Togolese, NZ,
Ugandan, Northern Irish, Texan, Alaskan, West Virginian, South Carolinian,
British Columbian and Lebanese plates, Shetland and Galway fishing boats
(vehicle); an Össur foot, iPad, Dexcom, pacemakers, cochlear implants
and processors, phone IMEIs, an insulin pump and a Tandem pump, a hearing
aid, CPAP, a home dialysis machine, a power chair, an alcohol-monitoring
ankle bracelet and a hypoglossal stimulator (device); addresses written
the local way (Scottish and English streets and terraces, a French rue
and lieu-dit, a Réunion chemin, a Canadian boulevard and roads, US
streets and avenues with apartments, a Beirut building and floor, an
Armenian street with apartment, a Latvian iela, a Slovak street, a
Lithuanian gatvė, a Thai moo and tambon, a Korean dong and ho, a
Taiwanese lane, a Mauritian Royal Road, a Monrovian old road, a
Trinidadian LP number, a Dominican ensanche, a Uruguayan bulevar with
apartment, a Tunisian rue, a Namibian erf, a Polish street with flat, a
Greek odos, a Portuguese rua with floor and side, and an Ulaanbaatar
avenue) with postal codes of those countries, IPv4 and IPv6 addresses,
URLs (Telegram, VK, Jitsi, Google Drive, Facebook, GoFundMe, YouTube,
Instagram, TikTok, Spotify, Blogspot, X, Reddit and Spotify podcasters)
and phone and fax numbers in local and international formats.

360 snippets, 205 with identifiers and 155 clean (lengths 72-482,
within the test's bounds of 40-520).  Every pattern category appears at
least 17 times (the test requires 12):
date 20, age_over_89 18, phone 45, fax 18, email 21,
url 17, ip_address 21, ssn 26, medical_record 18, health_plan 22,
account 19, licence 21, vehicle 18, device 18, street_address 33,
zip_code 27;
with 206 names and 146 places smaller than a state (the test requires
206 and 146).  67 of the identifier snippets hold only names and/or
places and nothing else.

Names: Scottish Gaelic (Lewis, Harris and Uist), Shetlandic, Highland
Scots, Breton, Corsican, Newfoundland, Acadian, Appalachian, Yup'ik,
Tejano and Mexican American, Lebanese (Maronite, Shia, Armenian),
Syrian, Jordanian, Kurdish (Sorani and Yazidi), Assyrian, Armenian,
Latvian, Slovak and Slovak Roma, Belarusian, Sakha, Tibetan, Lhotshampa
Nepali, Thai, Lao, Korean (family name first), Taiwanese and Hong Kong
Chinese (family name first), Papuan Highlands, Solomon Islander,
Timorese, Malagasy, Mauritian Indo-Mauritian, Réunionnais, Cameroonian
(Anglophone and Beti), Bambara, Mossi, Mende and Temne, Liberian, Baoulé,
Ewe, Chewa, Herero, Swazi, Zulu, Tunisian, Libyan, Dominican,
Indo-Trinidadian, Guyanese, Belizean Kriol, Honduran, Salvadoran,
Miskito, Guna, Venezuelan, Uruguayan, Cuban, Mongolian, Okinawan,
Vietnamese (family name first), Sardinian, Igbo, Paraguayan, Mexican,
Québécois, Cajun,
Irish (Gaelic and English forms), Welsh, Basque, Dutch, Polish,
Hungarian, Turkish, Greek, Kenyan, Ugandan, Yoruba, Iranian, Afghan,
Somali, Icelandic, Tongan, Samoan, Māori, Hawaiian, Cree and Punjabi;
lower-case names and places, hyphenated and multi-part names,
patronymic and matronymic names (Nic, Ó), first names alone, and names
with diacritics, apostrophes and the ʻokina.  Places: villages,
townships, outports, crofting townships, lieux-dits, colonias, barrios,
sectors, quarters, camps and camp districts, housing estates,
neighbourhoods and districts of cities (many lengthened with a street,
quarter or sector where they clashed with the earlier sets), and
places after street addresses.

Clean snippets: peer-consultation messages, questions, statements,
updates, scheduling chatter, supervision reflections and reading-group
notes, spread evenly over three bands of capitalised words after the
first word (counted by the author's script, the pronoun "I", sentence
starts and acronyms included): 53 with 0-2 (19 of them written entirely
in lower case), 50 with 3-5 and 52 with 6 or more (674 in 155 snippets,
about 4.3 per snippet): drug brands and generics, doses and scale
scores, scales and questionnaires, therapy models and their founders,
real published authors and books, guidelines and acts, diagnoses and
cultural idioms (hiraeth, kufungisisa, hwa-byung, va, yalla,
tristes), weekdays, months, seasons, religious holidays and fasts,
professional bodies, regulators, charities, apps, countries, states and
provinces, nationalities, religions and languages, and no place smaller
than a state or a country's subdivision.
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, *expected: tuple[str, str]) -> EvalCase:
    return EvalCase(text, list(expected))


LOCKED43_CASES = (
    C("Question for people who work in outports: Ambrose Critch-Penney says everyone in Little Heart's Ease knows he was drinking the night the skiff overturned", ("name", "Ambrose Critch-Penney"), ("place", "Little Heart's Ease")),
    C("Does anyone have a script for telling a client you've made a mistake in their letter to the DWP? The HCPC guidance is vague"),
    C("Forwarded from a worried mum: her son Brandon Lachance-Wapass runs a YouTube channel, https://www.youtube.com/@brandon_lw_rez, and posted his plan to the lake", ("name", "Brandon Lachance-Wapass"), ("url", "https://www.youtube.com/@brandon_lw_rez")),
    C("Rivo Andrianarisoa described famine in the south as silent; his cousin in Ambovombe died and there was no funeral because there was no rice", ("name", "Rivo Andrianarisoa"), ("place", "Ambovombe")),
    C("For our Wednesday group in Advent we're reading Pauline Boss on Ambiguous Loss, then Kübler-Ross for contrast, then Colin Murray Parkes in January"),
    C("San Pedro Sula's Chamelecón sector NGO: Dania Yolany Padilla, DNI 0501-1989-07342, Colonia Rivera Hernández, sector 4, phone +504 9448 2170, IHSS IHSS 05019890734", ("place", "San Pedro Sula's Chamelecón sector"), ("name", "Dania Yolany Padilla"), ("ssn", "0501-1989-07342"), ("place", "Colonia Rivera Hernández, sector 4"), ("phone", "+504 9448 2170"), ("health_plan", "IHSS 05019890734")),
    C("Reminder: Mitra Ghorbani-Sadr's mother is in her ninety-eighth year and the care home needs the consent form faxed to +43 1 4482 771 9 by Friday", ("name", "Mitra Ghorbani-Sadr"), ("age_over_89", "in her ninety-eighth year"), ("fax", "+43 1 4482 771 9")),
    C("Quick question about clonidine versus guanfacine for a teenager with ADHD and tics. Paediatrics suggested Intuniv, psychiatry said Catapres"),
    C("From Malawi: Tiyamike Phiri-Chirwa, Area 49, Airtel Money Airtel Money 0998 44 71 20 Phiri, KCH file KCH/PSY/2022/0417, phone +265 888 447 120", ("name", "Tiyamike Phiri-Chirwa"), ("place", "Area 49"), ("account", "Airtel Money 0998 44 71 20 Phiri"), ("medical_record", "KCH/PSY/2022/0417"), ("phone", "+265 888 447 120")),
    C("Portal audit: user m.halcrow@shetland-mh.scot logged in from 81.132.44.207 on 18 November 2026 and downloaded the letter for Inga Robertson-Flaws", ("email", "m.halcrow@shetland-mh.scot"), ("ip_address", "81.132.44.207"), ("date", "18 November 2026"), ("name", "Inga Robertson-Flaws")),
    C("Ninos Yousif-Shlimon says his grandmother still prays in Aramaic for the houses in Qaraqosh that are standing empty", ("name", "Ninos Yousif-Shlimon"), ("place", "Qaraqosh")),
    C("I gave a client Kristin Neff's Self-Compassion and she returned it with every chapter heading underlined in red. We'll talk Thursday"),
    C("Anyone on Spravato (esketamine) treatment teams in the NHS or the VA? A client asks whether the Janssen programme covers Medicare patients in Texas"),
    C("Short update: the GAD-7 dropped from 17 to 9 over eight weeks, mostly after we stopped doing worry time and started doing exposure"),
    C("would love thoughts on working with siblings who both want individual therapy with the same clinician"),
    C("payment for Ferhat Aydoğdu went through on TR44 0006 4000 0011 2233 4471 88, he asked if we could stop emailing receipts to his wife", ("name", "Ferhat Aydoğdu"), ("account", "TR44 0006 4000 0011 2233 4471 88")),
    C("Intake sheet: Zainab Saad-Beydoun, 6217 Kendal St, East Dearborn MI 48126-1902, BCBS XQH884210337, email zsaadbeydoun@umich.edu, fax 313-561-4482", ("name", "Zainab Saad-Beydoun"), ("street_address", "6217 Kendal St"), ("place", "East Dearborn"), ("zip_code", "48126-1902"), ("health_plan", "XQH884210337"), ("email", "zsaadbeydoun@umich.edu"), ("fax", "313-561-4482")),
    C("Billing: Chiara Pruneddu-Oggiano paid by PayPal chiara.pruneddu@tiscali.it, refund to IBAN IT60 X054 2811 1010 0000 0448 271", ("name", "Chiara Pruneddu-Oggiano"), ("email", "chiara.pruneddu@tiscali.it"), ("account", "IBAN IT60 X054 2811 1010 0000 0448 271")),
    C("The Mauritian Creole word \"tristes\" seems to cover depression and homesickness both. Anyone working with Mauritian families in the UK or Australia?"),
    C("Funding for the interpreter got cut so the family now bring their twelve-year-old to translate. I've said no, but then what?"),
    C("Still haunted by how Rouba Khoury-Haddad described the port blast from her balcony in Mar Mikhael's Armenia Street; she only ever describes the glass", ("name", "Rouba Khoury-Haddad"), ("place", "Mar Mikhael's Armenia Street")),
    C("My Tibetan Buddhist client uses Tonglen between sessions, and Pema Chödrön's When Things Fall Apart is on her bedside table. How do I honour that in CBT?"),
    C("Billing export flagged: Léa Marie-Sainte Quéré, IBAN FR76 3000 4028 3700 0104 8872 193, invoice dated 30 septembre 2026, login from 90.112.48.23", ("name", "Léa Marie-Sainte Quéré"), ("account", "IBAN FR76 3000 4028 3700 0104 8872 193"), ("date", "30 septembre 2026"), ("ip_address", "90.112.48.23")),
    C("My Iranian client celebrates Yalda night and wants to bring pomegranates to session. Small thing, but it felt important"),
    C("Security guard client: Bongani Khumalo-Ndlovu, SIA licence 1013 4472 8819 0044, assaulted at a club in Leeds' Chapeltown, claim reference paid to sort code 20-44-71, account 88127390", ("name", "Bongani Khumalo-Ndlovu"), ("licence", "SIA licence 1013 4472 8819 0044"), ("place", "Leeds' Chapeltown"), ("account", "sort code 20-44-71, account 88127390")),
    C("Chikondi Banda-Mwale from Nsanje lost her home in the cyclone and is now raising four children in a school building", ("name", "Chikondi Banda-Mwale"), ("place", "Nsanje")),
    C("honest question, how often do you cry after sessions? i've done it twice this month and wonder if that's a sign of something"),
    C("Reading group, February: Fanon's The Wretched of the Earth (the chapter on Colonial War and Mental Disorders) and Derek Summerfield's BMJ pieces on PTSD"),
    C("My client asked whether her Ramadan fast counts against the sleep plan we made; I said we'd adapt it together"),
    C("Corsican referral, forwarded: Jean-Baptiste Santoni-Orsini, NIR 1 72 08 2A 004 117 52, Lieu-dit Funtanella, 20113 Olmeto, tél +33 6 48 22 71 09, dossier CH CHA-2019-044173", ("name", "Jean-Baptiste Santoni-Orsini"), ("ssn", "1 72 08 2A 004 117 52"), ("street_address", "Lieu-dit Funtanella"), ("zip_code", "20113"), ("place", "Olmeto"), ("phone", "+33 6 48 22 71 09"), ("medical_record", "CHA-2019-044173")),
    C("Do any Norwegian or Danish colleagues use the Circle of Security Parenting programme in Scandinavian kindergartens? Interested in adaptations"),
    C("Has anyone seen survivor guilt like this? Her brother Ubaldo Treviño-Saldívar drowned crossing near Los Ebanos and she keeps the radio on all night", ("name", "Ubaldo Treviño-Saldívar"), ("place", "Los Ebanos")),
    C("We discussed Judith Butler in the gender group and one member said she felt finally described. Lovely session"),
    C("Question for Mandarin-speaking colleagues: Hsu Wen-ting from Hualien had a panic attack on the anniversary of the earthquake and wants to move inland", ("name", "Hsu Wen-ting"), ("place", "Hualien")),
    C("Forwarded fax cover: to Dr Mackenzie, fax 01463 704 218, re Peigi Morrison-Ross, DOB 09/06/1932, aged 94 years 3 months, care home 6 Ardconnel Terrace, Crown, Inverness IV2 3AE", ("fax", "01463 704 218"), ("name", "Peigi Morrison-Ross"), ("date", "09/06/1932"), ("age_over_89", "94 years 3 months"), ("street_address", "6 Ardconnel Terrace"), ("place", "Crown, Inverness"), ("zip_code", "IV2 3AE")),
    C("lower case because I'm on my phone: rahma el-khatib from nor marash in bourj hammoud says she's fine, she is not fine", ("name", "rahma el-khatib"), ("place", "nor marash in bourj hammoud")),
    C("the client who keeps cancelling rebooked again and then cancelled by voicemail at six in the morning. how many times before you close the file?"),
    C("Élodie Thibodeau-Cormier cried when she explained that her grandmother's Acadian French was mocked at school in Caraquet-Est, and now she mocks her own accent", ("name", "Élodie Thibodeau-Cormier"), ("place", "Caraquet-Est")),
    C("Zuzana Hrušovská grew up in Luník IX housing estate and says teachers called her a \"gypsy\" for nine years before she was moved to a special school", ("name", "Zuzana Hrušovská"), ("place", "Luník IX housing estate")),
    C("Any suggestions for a young man from Pineville in Wyoming County? Daxton Lee Mullins lost two cousins to fentanyl this year and has stopped going to work", ("place", "Pineville in Wyoming County"), ("name", "Daxton Lee Mullins")),
    C("Question for Slovak and Czech colleagues: is the Slovak translation of the Young Schema Questionnaire (YSQ-S3) available through the Slovak Chamber of Psychologists?"),
    C("can someone remind me how long you keep paper notes after a client turns eighteen? our policy document is ambiguous"),
    C("The Royal Australian and New Zealand College of Psychiatrists has a new position statement on psilocybin. Has anyone read it yet?"),
    C("Has anyone worked with displacement in the Sahel? Issaka Ouédraogo-Sawadogo saw his village near Djibo's sector 5 emptied in a single night", ("name", "Issaka Ouédraogo-Sawadogo"), ("place", "Djibo's sector 5")),
    C("Note from the reading group: we agreed the chapter on shame was better than the one on guilt, and argued about why"),
    C("quick one: do you score the sleep diary before or after the first formulation session? i keep changing my mind"),
    C("Does anyone follow Resmaa Menakem's My Grandmother's Hands in groups? The African American and Native American members of ours asked for it after Thanksgiving"),
    C("Georgetown's Albouystown side: Shondelle Fraser-Bynoe, cell +592 624 8817, GPHC file GPHC 22-448170, email shondelle.fb@yahoo.com", ("place", "Georgetown's Albouystown side"), ("name", "Shondelle Fraser-Bynoe"), ("phone", "+592 624 8817"), ("medical_record", "GPHC 22-448170"), ("email", "shondelle.fb@yahoo.com")),
    C("Our group has shrunk to four members and I'm wondering whether to merge with the Tuesday evening group in January"),
    C("My client uses Duolingo every night in Welsh and says it's the only thing that calms his OCD rituals before sleep. Exposure or avoidance?"),
    C("Anyone else seeing more kids refusing school after the October half term than after summer?"),
    C("Tenzin Dolkar Gyaltshen crossed the mountains as a child and now lives in McLeod Ganj's Jogiwara Road; she says her dreams are always of snow and soldiers", ("name", "Tenzin Dolkar Gyaltshen"), ("place", "McLeod Ganj's Jogiwara Road")),
    C("The Samaritans training I did last year still shapes how I ask about suicide more than any course since"),
    C("Has anyone worked with rafters? Yusniel Castellanos Pupo left Baracoa on a raft and still shakes when he sees any boat", ("name", "Yusniel Castellanos Pupo"), ("place", "Baracoa")),
    C("Hussein Bazzi-Mroueh from the Annapolis Park end of Dearborn Heights asked whether it's shameful to see a therapist who isn't Muslim. I said we could talk about what shame means for him", ("name", "Hussein Bazzi-Mroueh"), ("place", "the Annapolis Park end of Dearborn Heights")),
    C("Spoke at the Irish Association of Humanistic and Integrative Psychotherapy about Rogers and Gendlin; the Focusing questions were brilliant"),
    C("Venmo payment from Bethany Rae Coulter, @bethany-coulter-88, memo said \"for listening\", sent 11/27/2026", ("name", "Bethany Rae Coulter"), ("account", "@bethany-coulter-88"), ("date", "11/27/2026")),
    C("Shnyar brought a photo of her birth mother for the first time. We sat with it for twenty minutes without speaking", ("name", "Shnyar")),
    C("Login attempts to the practice email of a client, Arturo Zepeda Lomelí, from 189.203.44.118 and 2806:2f0:9081:44a7::1, recovery email arturo.zepeda.l@hotmail.com", ("name", "Arturo Zepeda Lomelí"), ("ip_address", "189.203.44.118"), ("ip_address", "2806:2f0:9081:44a7::1"), ("email", "arturo.zepeda.l@hotmail.com")),
    C("Portal: Yoo Seung-beom uploaded a photo of his Dexcom receiver, transmitter Dexcom G6 transmitter 8RQ4K7, from 121.134.88.207", ("name", "Yoo Seung-beom"), ("device", "Dexcom G6 transmitter 8RQ4K7"), ("ip_address", "121.134.88.207")),
    C("Orientation du Dr Le Goff : Maëlys Kerhervé, née le 02/11/1994, 7 rue Amiral Romain-Desfossés, 29200 Brest-Lambézellec, NIR 2 94 11 29 019 447 63, mutuelle MGEN 88213407", ("name", "Maëlys Kerhervé"), ("date", "02/11/1994"), ("street_address", "7 rue Amiral Romain-Desfossés"), ("zip_code", "29200"), ("place", "Brest-Lambézellec"), ("ssn", "2 94 11 29 019 447 63"), ("health_plan", "MGEN 88213407")),
    C("Boat seized: Dermot Ó Conghaile, trawler G 447 Réalta na Mara, licence SFPA 44718-G, bank IE29 AIBK 9311 5244 7182 19", ("name", "Dermot Ó Conghaile"), ("vehicle", "G 447 Réalta na Mara"), ("licence", "SFPA 44718-G"), ("account", "IE29 AIBK 9311 5244 7182 19")),
    C("Anyone certified in Cognitive Processing Therapy via the Medical University of South Carolina online course? Worth the fee?"),
    C("Anyone going to the ISSTD conference in March? I'm thinking of presenting the group work on dissociation and Ramadan fasting"),
    C("Neurostimulator: Gwyneth Pryce-Llewellyn, Inspire IV serial 3028-448271, settings changed on 2 December 2026, she thinks the surgeon in Llandough is listening", ("name", "Gwyneth Pryce-Llewellyn"), ("device", "Inspire IV serial 3028-448271"), ("date", "2 December 2026"), ("place", "Llandough")),
    C("Does anyone have ideas for Yusniel, who still shakes near boats? Exposure feels cruel given what happened", ("name", "Yusniel")),
    C("My Sudanese client quoted the Quran on patience and then told me patience is exactly what's killing him. Any thoughts from Muslim colleagues?"),
    C("The mother says the child only wets the bed on nights before contact with the father on Saturdays; the GP suggested a Desmotabs trial"),
    C("has anyone done therapy in a car? my client can only talk while driving and i'm the passenger"),
    C("Real-estate agent client, Graham Pettigrew-Lennox, license SC RE 447128, had his Tesla (SC PQX-418) keyed with the word \"liar\" after the foreclosure in Conway", ("name", "Graham Pettigrew-Lennox"), ("licence", "SC RE 447128"), ("vehicle", "SC PQX-418"), ("place", "Conway")),
    C("Taipei transfer: Chen Yu-hsuan, ID F226381947, NHI card 0000 4482 1907, No. 22, Ln. 118, Zhongzheng Rd., Ji'an Township, phone +886 912 448 307", ("place", "Taipei"), ("name", "Chen Yu-hsuan"), ("ssn", "F226381947"), ("health_plan", "0000 4482 1907"), ("street_address", "No. 22, Ln. 118, Zhongzheng Rd."), ("place", "Ji'an Township"), ("phone", "+886 912 448 307")),
    C("Any Francophone colleagues using the Échelle de dépression gériatrique (GDS) in Quebec or Belgium? The French wording of item nine troubles me"),
    C("A heavy one. Gerardo Villarreal-Peña is a long-haul driver (Texas CDL 48827193) who found two bodies in an abandoned trailer outside Laredo's Colonia Ranchitos in July. He kept driving for three weeks before he told anyone, then crashed his rig, a Freightliner with plate TX R48-2771. He now says he can smell them in the cab. His boss wants him back on the road by January. What do people recommend for a man whose workplace is the scene?", ("name", "Gerardo Villarreal-Peña"), ("licence", "Texas CDL 48827193"), ("place", "Laredo's Colonia Ranchitos"), ("vehicle", "TX R48-2771")),
    C("Benghazi referral: Salma Al-Mismari Huwaidi, Al-Sabri, phone +218 92 448 7130, email salma.mismari@libyana.ly, hospital BMC-PSY-22-0918", ("place", "Benghazi"), ("name", "Salma Al-Mismari Huwaidi"), ("place", "Al-Sabri"), ("phone", "+218 92 448 7130"), ("email", "salma.mismari@libyana.ly"), ("medical_record", "BMC-PSY-22-0918")),
    C("Long one. A pilot, Ahmad Reza Tavakoli-Nasab, lost his commercial licence (CPL IRN-4471882) after a panic attack in the cockpit and now works at his cousin's car wash in Vahdat-e Eslami. He has a CPAP machine (ResMed AirSense 10 serial 23181447728) for apnoea that he says caused the attack in the first place. He wants a letter from me stating he's fit to fly. I'm not sure I can, or should, write it.", ("name", "Ahmad Reza Tavakoli-Nasab"), ("licence", "CPL IRN-4471882"), ("place", "Vahdat-e Eslami"), ("device", "ResMed AirSense 10 serial 23181447728")),
    C("I'd welcome thoughts about Keylin Maradiaga Zelaya, who fled Choloma after the maras threatened her son and now lives in a shelter", ("name", "Keylin Maradiaga Zelaya"), ("place", "Choloma")),
    C("Bouasone and Viengkham both said the same thing about the bombing this week, word for word, and they've never met", ("name", "Bouasone"), ("name", "Viengkham")),
    C("Longer reflection from supervision. My oldest client, Florrie Jesso-Whiffen, is 97 years and 10 months, lives in a bedsit in Twillingate's Back Harbour and has outlived all eleven siblings. She laughs about it and then says she's \"waiting for the boat\". She wears a hearing aid (Phonak Audéo serial 1947A88213) that she takes out when she wants me to stop talking, which I find both funny and instructive. My supervisor asks whether I am the one who can't bear her readiness to die.", ("name", "Florrie Jesso-Whiffen"), ("age_over_89", "97 years and 10 months"), ("place", "Twillingate's Back Harbour"), ("device", "Phonak Audéo serial 1947A88213")),
    C("Booking change: Koa Kealoha-Nāone now Dec 17, 2026, 10:00, reminders to koa.nk.808@hawaii.rr.com", ("name", "Koa Kealoha-Nāone"), ("date", "Dec 17, 2026"), ("email", "koa.nk.808@hawaii.rr.com")),
    C("We used Tree of Life methodology from Ncazelo Ncube with a group of Eritrean and Ethiopian boys last Saturday. It went surprisingly well"),
    C("Interesting mix in the Thursday consultation: Lacan, Bion, Beck and Linehan all quoted in one hour about the same Borderline Personality Disorder client"),
    C("Aminata Traoré-Diarra fled Niono-Coura after the jihadist checkpoint and speaks of her daughter as if she were still there, eight years old", ("name", "Aminata Traoré-Diarra"), ("place", "Niono-Coura")),
    C("Audit trail: record MRN 00419382-7 (Aurélien Le Dréau) opened from 2a01:cb04:88f:4400:9d1e:4471:82a0:13 by an unknown account on 03/11/2026", ("medical_record", "MRN 00419382-7"), ("name", "Aurélien Le Dréau"), ("ip_address", "2a01:cb04:88f:4400:9d1e:4471:82a0:13"), ("date", "03/11/2026")),
    C("Long one, sorry. I've been seeing a crofter's widow who is 93 years and 4 months and still lives alone on the machair. Her son Calum Alasdair Macaulay drives over from Tarbert on Harris every Sunday in the old Land Rover, SV08 KXO, and he rang me to say she has started leaving the peats burning overnight. She says the dead come to the fire. Is this grief, delirium or just the way the old people there talk? I don't want to pathologise her faith.", ("age_over_89", "93 years and 4 months"), ("name", "Calum Alasdair Macaulay"), ("place", "Tarbert on Harris"), ("vehicle", "SV08 KXO")),
    C("We finally got the PHQ-9 translated properly into Tigrinya after the last version mistranslated \"hopeless\" as \"unemployed\""),
    C("Reading group for January: Sue Johnson's Hold Me Tight, then Esther Perel's Mating in Captivity in February. Both are on Kindle"),
    C("Has anyone worked with Lhotshampa refugees? Bhim Bahadur Gurung-Chhetri from Akron's North Hill says his father died of sorrow, not illness", ("name", "Bhim Bahadur Gurung-Chhetri"), ("place", "Akron's North Hill")),
    C("Book club for Lent: Viktor Frankl, Etty Hillesum's An Interrupted Life and Primo Levi's If This Is a Man. Heavy, but the Jewish and Catholic members chose it"),
    C("Has anyone worked with grief after a drowning at sea in a Gaelic-speaking family? Murdag Nic a' Phì lost her brother off Scalpay North Harbour and will only talk about him in Gaelic", ("name", "Murdag Nic a' Phì"), ("place", "Scalpay North Harbour")),
    C("Guna consult: Olonibiginya Díaz lived on Gardi Sugdub's Nargana side and the move to the mainland because of rising seas has broken her family apart", ("name", "Olonibiginya Díaz"), ("place", "Gardi Sugdub's Nargana side")),
    C("The Taylor prescribing guidelines edition we have on the shelf is two versions old. Anyone have the newest to check a dose?"),
    C("Audit: Fonkeng Divine Ngwa's video session recorded without consent, file uploaded from 154.72.44.190 to https://www.youtube.com/watch?v=Kx4471pQzR8", ("name", "Fonkeng Divine Ngwa"), ("ip_address", "154.72.44.190"), ("url", "https://www.youtube.com/watch?v=Kx4471pQzR8")),
    C("Latvian referral: Kristaps Ozoliņš-Liepa, personas kods 120385-11947, Brīvības iela 148-22, Rīga, LV-1012, tālr. +371 2914 8826", ("name", "Kristaps Ozoliņš-Liepa"), ("ssn", "120385-11947"), ("street_address", "Brīvības iela 148-22"), ("place", "Rīga"), ("zip_code", "LV-1012"), ("phone", "+371 2914 8826")),
    C("Slovak GP letter: Marek Balog-Horváth, r. č. 851204/4471, Hlinkova 17, 040 01 Košice, poistenec VšZP 8512044471", ("name", "Marek Balog-Horváth"), ("ssn", "851204/4471"), ("street_address", "Hlinkova 17"), ("zip_code", "040 01"), ("place", "Košice"), ("health_plan", "VšZP 8512044471")),
    C("Murdag said today that her brother's boots are still by the door, and she won't move them. I think that's fine, is it?", ("name", "Murdag")),
    C("Khamla Phommachanh from Ban Nakang lost her hand to a cluster bomblet when she was nine, and she asks me whether it was her fault for picking it up", ("name", "Khamla Phommachanh"), ("place", "Ban Nakang")),
    C("need advice, client's grandfather 93 years and 1 month and refusing to eat, Bui Thi Hoa asked me if she should let him go", ("age_over_89", "93 years and 1 month"), ("name", "Bui Thi Hoa")),
    C("Tour guide's licence at risk: Aygül Demirtaş-Kaya, TÜRSAB guide card 07-4471, Kaleiçi, phone +90 532 448 21 77, she asked me to write to rehber@antalyarehberler.org.tr", ("name", "Aygül Demirtaş-Kaya"), ("licence", "TÜRSAB guide card 07-4471"), ("place", "Kaleiçi"), ("phone", "+90 532 448 21 77"), ("email", "rehber@antalyarehberler.org.tr")),
    C("Reading group notes: Winnicott's \"hate in the countertransference\" provoked the most disagreement we have had all year"),
    C("A client fasting for Ramadan wants to move sessions to after iftar, which means late evening. Do others bend hours for this?"),
    C("Does the Armenian Apostolic Church have any guidance on suicide and funerals? An Armenian American client in California asked me and I couldn't answer"),
    C("Thinking about fees. Do you reduce for people who lose their jobs mid-therapy or refer on?"),
    C("Does anyone know if the new ICD-11 code for complex PTSD is being used in discharge letters yet?"),
    C("A Lebanese client keeps saying \"yalla\" to end every difficult topic, and the Arabic-speaking interpreter says that's the whole point"),
    C("Security log, client portal: failed logins for Kaylee Jo Blankenship from 2600:1702:4a80:1c30::2f and 172.58.44.119, password reset sent to kayleejo.b88@gmail.com", ("name", "Kaylee Jo Blankenship"), ("ip_address", "2600:1702:4a80:1c30::2f"), ("ip_address", "172.58.44.119"), ("email", "kayleejo.b88@gmail.com")),
    C("Flood consult: Mohammed Al-Obeidi Fakhri lost nine relatives in Derna's Al-Maghar quarter, and the only thing he asks me about is whether he could have opened the dam gates", ("name", "Mohammed Al-Obeidi Fakhri"), ("place", "Derna's Al-Maghar quarter")),
    C("thinking about whether to charge for the missed session when the client was in hospital. my instinct says no but the contract says yes"),
    C("Supervision note to self: stop apologising when I end sessions on time. Casement's Learning from the Patient has a line on this"),
    C("Sessions for Lieke Hoekstra-Bouma move to 5 januari 2027; invoice to NL42 RABO 0448 2719 03 bounced twice", ("name", "Lieke Hoekstra-Bouma"), ("date", "5 januari 2027"), ("account", "NL42 RABO 0448 2719 03")),
    C("El Salvador colleague: Rosa Emérita Guevara Argueta, DUI 05384172-6, Arcatao, Chalatenango, ISSS 082741936, born 3 de octubre de 1959", ("name", "Rosa Emérita Guevara Argueta"), ("ssn", "05384172-6"), ("place", "Arcatao"), ("health_plan", "082741936"), ("date", "3 de octubre de 1959")),
    C("Ronan Ó Súilleabháin-Breathnach's taxi licence SPSV 44718 was revoked after the assault and he's sitting in the car all day outside the rank", ("name", "Ronan Ó Súilleabháin-Breathnach"), ("licence", "SPSV 44718")),
    C("I've been asked to review Ogden's Sensorimotor Psychotherapy for the BACP journal Therapy Today. Any strong opinions before I start?"),
    C("Has anyone used the Cultural Formulation Interview with families who don't share a concept of a \"self\" separate from the household?"),
    C("Video-call log: Tenzin Dolkar Gyaltshen joined from 2401:4900:1c5a:88e2::4f1, invite sent to tenzin.dolkar@tibetmail.net, reconnect link https://meet.jit.si/tdl-therapy-4471", ("name", "Tenzin Dolkar Gyaltshen"), ("ip_address", "2401:4900:1c5a:88e2::4f1"), ("email", "tenzin.dolkar@tibetmail.net"), ("url", "https://meet.jit.si/tdl-therapy-4471")),
    C("Tiyamike laughed when I asked about her sleep and said in Lilongwe's Area 47 nobody sleeps, they just rest between worries", ("name", "Tiyamike"), ("place", "Lilongwe's Area 47")),
    C("Consult request. A fisherman, Jonas Fraser-Laurenson, lost his skipper's ticket (MCA certificate of competency 584417) after the collision off Whalsay, and the boat, LK 447 Serene Dawn, was sold within a month. He hasn't been sober since. His wife thinks the loss of the ticket is worse than the accident, because it was his father's trade. How do people work with identity loss like this without skating over the drinking?", ("name", "Jonas Fraser-Laurenson"), ("licence", "MCA certificate of competency 584417"), ("place", "Whalsay"), ("vehicle", "LK 447 Serene Dawn")),
    C("Reddit thread naming the practice and Callum Strachan-Boyd: https://www.reddit.com/r/Aberdeen/comments/1q4471x/therapist_experience/", ("name", "Callum Strachan-Boyd"), ("url", "https://www.reddit.com/r/Aberdeen/comments/1q4471x/therapist_experience/")),
    C("UK-based HK referral: Tsang Ka-wai, HKID K482917(3), now Flat 4, 29 Birmingham Road, Sutton Coldfield B72 1QQ, NHS 482 771 9306, mobile 07700 914 372", ("name", "Tsang Ka-wai"), ("ssn", "K482917(3)"), ("street_address", "Flat 4, 29 Birmingham Road"), ("place", "Sutton Coldfield"), ("zip_code", "B72 1QQ"), ("medical_record", "482 771 9306"), ("phone", "07700 914 372")),
    C("her dad is 95 years and 9 months and still driving, the daughter is terrified. Ines Etxeberria-Goikoetxea wants me to tell her what to do", ("age_over_89", "95 years and 9 months"), ("name", "Ines Etxeberria-Goikoetxea")),
    C("Anyone know whether Ofsted or the local authority handles complaints about therapy in residential children's homes?"),
    C("Text app log: Daxton Lee Mullins messaged from 304-732-4418 at 02:13 saying he'd taken the truck, plate WV 7KP 418, out to Twin Falls State Park road", ("name", "Daxton Lee Mullins"), ("phone", "304-732-4418"), ("vehicle", "WV 7KP 418"), ("place", "Twin Falls State Park road")),
    C("Caracas's 23 de Enero via Cúcuta's La Parada: Eliannys Rondón Marcano, cédula V-19.482.736, Zelle Zelle 786-448-2193 Rondón, Petare's barrio José Félix Ribas, mother's phone +58 414 772 1930", ("place", "Caracas's 23 de Enero"), ("place", "Cúcuta's La Parada"), ("name", "Eliannys Rondón Marcano"), ("ssn", "V-19.482.736"), ("account", "Zelle 786-448-2193 Rondón"), ("place", "Petare's barrio José Félix Ribas"), ("phone", "+58 414 772 1930")),
    C("Referral from a colleague in Uruguay: Agustina Olivera Sosa, CI 4.318.762-5, Bulevar Artigas 1841, apto 602, 11300, Montevideo, CASMU afiliado 448271-07, tel +598 99 418 273, fax +598 2916 4470", ("name", "Agustina Olivera Sosa"), ("ssn", "4.318.762-5"), ("street_address", "Bulevar Artigas 1841, apto 602"), ("zip_code", "11300"), ("place", "Montevideo"), ("health_plan", "448271-07"), ("phone", "+598 99 418 273"), ("fax", "+598 2916 4470")),
    C("Fwd from GP: Magnie Halcrow-Tulloch, 3 Hoofield Lane, Lerwick's Sound ZE1 0QT, NI JT 48 27 19 C, fax back to practice on 01595 744 812 please", ("name", "Magnie Halcrow-Tulloch"), ("street_address", "3 Hoofield Lane"), ("place", "Lerwick's Sound"), ("zip_code", "ZE1 0QT"), ("ssn", "JT 48 27 19 C"), ("fax", "01595 744 812")),
    C("Abdulbaset Zarzour and his wife left Maarat al-Numan in 2019 and he is now the only one in the family who won't talk about the bombing", ("name", "Abdulbaset Zarzour"), ("place", "Maarat al-Numan")),
    C("Consult please. Ruth Nankya-Ssempala is in her ninety-first year and lives with her grandson near Bwaise III, Kawempe; he runs a boda-boda, UEK 448R, and takes her to church twice a week. She has started refusing food since the pastor said her late husband's spirit is not at rest. The grandson wants me to \"talk the pastor down\". I'm wondering about a joint meeting with the pastor and what that would do to the frame.", ("name", "Ruth Nankya-Ssempala"), ("age_over_89", "in her ninety-first year"), ("place", "Bwaise III, Kawempe"), ("vehicle", "UEK 448R")),
    C("Lucrécia wants to bring her rosary to sessions and hold it during the trauma work. Any thoughts from Catholic colleagues?", ("name", "Lucrécia")),
    C("Dili's Comoro referral: Rosalina Ximenes Guterres, Becora Leten, Cristo Rei, phone +670 7744 8213, electoral card TL-0448-2917, HNGV file HNGV 1183-22", ("place", "Dili's Comoro"), ("name", "Rosalina Ximenes Guterres"), ("place", "Becora Leten, Cristo Rei"), ("phone", "+670 7744 8213"), ("ssn", "TL-0448-2917"), ("medical_record", "HNGV 1183-22")),
    C("Our Friday peer group is cancelled in December and restarts on the second Friday in January"),
    C("Ankle monitor distress: Treyvon Mackey-Boudreaux, SCRAM CAM bracelet 448271A, supervision officer fax (504) 447-2810, lives in Houma's East Street area", ("name", "Treyvon Mackey-Boudreaux"), ("device", "SCRAM CAM bracelet 448271A"), ("fax", "(504) 447-2810"), ("place", "Houma's East Street area")),
    C("Laos partner NGO: Souksavanh Vongsakda, Ban Phonsavan Tai, phone +856 20 5544 8127, prosthesis centre file COPE-XK-1833, device Össur Pro-Flex serial PFX2044718", ("name", "Souksavanh Vongsakda"), ("place", "Ban Phonsavan Tai"), ("phone", "+856 20 5544 8127"), ("medical_record", "COPE-XK-1833"), ("device", "Össur Pro-Flex serial PFX2044718")),
    C("The new data protection officer wants us to stop using WhatsApp for scheduling. Fair, but what are people using instead?"),
    C("PNG referral: Sarah Kombuk Wani, Mount Hagen's Kagamuga, phone +675 7448 2291, Angau hospital record AMH-04471/22, email s.kombukwani@gmail.com", ("name", "Sarah Kombuk Wani"), ("place", "Mount Hagen's Kagamuga"), ("phone", "+675 7448 2291"), ("medical_record", "AMH-04471/22"), ("email", "s.kombukwani@gmail.com")),
    C("New intake from the clinic in Harbour Breton's Deck Hill: Winston Pardy-Keeping, MCP 418 372 916 004, 22 Southside Road, A0H 1P0, cell (709) 885-2931, fax from clinic (709) 885-2418", ("place", "Harbour Breton's Deck Hill"), ("name", "Winston Pardy-Keeping"), ("health_plan", "418 372 916 004"), ("street_address", "22 Southside Road"), ("zip_code", "A0H 1P0"), ("phone", "(709) 885-2931"), ("fax", "(709) 885-2418")),
    C("Sibusiso Dlamini-Mabuza from Siteki is terrified to tell his family he has HIV because his brother died \"of shame\"", ("name", "Sibusiso Dlamini-Mabuza"), ("place", "Siteki")),
    C("Login alert: new device Samsung Galaxy A14 IMEI 35 447820 998214 6 for Ri Song-mi from 175.223.44.18", ("device", "Samsung Galaxy A14 IMEI 35 447820 998214 6"), ("name", "Ri Song-mi"), ("ip_address", "175.223.44.18")),
    C("quick q, mhairi macdonald-steele's gran is 92 and a half and wants to come to a family session, any tips for hearing loss on zoom", ("name", "mhairi macdonald-steele"), ("age_over_89", "92 and a half")),
    C("Would a home visit in Akiachak village be overstepping? Evon Kasayulie says the nets can't be left in the freeze-up", ("place", "Akiachak village"), ("name", "Evon Kasayulie")),
    C("My older clients seem much more comfortable with phone than Zoom or Teams. Anyone else find that?"),
    C("Each time I mention Prozac the client changes the subject to her garden, which she calls her Eden"),
    C("Winnicott, Bowlby and Fraiberg's Ghosts in the Nursery for the January Infant Mental Health reading group, with the WAIMH position paper as homework"),
    C("The Canadian Psychological Association and the First Nations Health Authority webinar on Two-Eyed Seeing was excellent, slides are on their YouTube channel"),
    C("Intake: Oddný Sigurjónsdóttir, born 28.02.1961, caring for her father, 92 years and 7 months; kennitala on file, email oddny.sig@simnet.is", ("name", "Oddný Sigurjónsdóttir"), ("date", "28.02.1961"), ("age_over_89", "92 years and 7 months"), ("email", "oddny.sig@simnet.is")),
    C("I'd like help with a Lebanese doctor, Karim Jabbour-Nassif, whose licence to practise (Order of Physicians 17734) is in limbo because he left after the crisis and can't pay the fees. He now drives for a delivery app in Bourj el-Barajneh on a scooter (M 448271), and he says the shame of being seen by former patients is worse than any shelling he lived through. How do you hold that without simply reassuring?", ("name", "Karim Jabbour-Nassif"), ("licence", "Order of Physicians 17734"), ("place", "Bourj el-Barajneh"), ("vehicle", "M 448271")),
    C("His son's car, YS21 BVO, was seen outside my house twice this week. Torquil Maciver-Nairn swears it's a coincidence", ("vehicle", "YS21 BVO"), ("name", "Torquil Maciver-Nairn")),
    C("Does anyone know a Breton-speaking therapist near Landerneau? Azilis Le Bihannic would prefer to talk about her father in Breton", ("place", "Landerneau"), ("name", "Azilis Le Bihannic")),
    C("oyuna batbayar moved from the ger district and says the new flat at Peace Avenue 44, apt 71 feels like a coffin", ("name", "oyuna batbayar"), ("street_address", "Peace Avenue 44, apt 71")),
    C("Update: the man who couldn't leave his flat took the bus to the shop and back on his own"),
    C("Reading group notes: we compared Erikson's stages with the Akan idea of personhood in Kwame Gyekye's work, and Ghanaian members disagreed with both"),
    C("Overnight call log: Pauline Whitty-Ferris, aged 91 yrs 2 mths, rang the out-of-hours line from 0161 447 2918, connection IP 92.40.198.17 on the app", ("name", "Pauline Whitty-Ferris"), ("age_over_89", "91 yrs 2 mths"), ("phone", "0161 447 2918"), ("ip_address", "92.40.198.17")),
    C("Does anyone have experience with camp-based adolescents? Shahd Al-Hariri is sixteen, lives in district 7 of Zaatari camp, and draws maps of the village she has never seen", ("name", "Shahd Al-Hariri"), ("place", "district 7 of Zaatari camp")),
    C("Does anyone use the Refugee Health Screener-15 (RHS-15) in Arabic, Dari and Tigrinya? The Pathways to Wellness team designed it for US resettlement"),
    C("I'm reading Linehan's memoir Building a Life Worth Living and finding it very moving, especially the parts about Catholicism"),
    C("i think i over-reassured a client this morning and it's been sitting badly with me all afternoon"),
    C("UNHCR partner referral: Omar Al-Zoubi Qudah, family of six, Mafraq, phone +962 79 558 2104, national number 9881047263, born 22 January 1979", ("name", "Omar Al-Zoubi Qudah"), ("place", "Mafraq"), ("phone", "+962 79 558 2104"), ("ssn", "9881047263"), ("date", "22 January 1979")),
    C("The Korean term \"hwa-byung\" came up in supervision and nobody knew whether DSM-5-TR still lists it in the Glossary of Cultural Concepts"),
    C("can anyone cover wirihana tūhoe-karaka on thursday, his number is 027 448 2193", ("name", "wirihana tūhoe-karaka"), ("phone", "027 448 2193")),
    C("Is Abilify Maintena or Invega Sustenna better tolerated in people with prior akathisia? The Taylor guidelines aren't clear on that comparison"),
    C("Quick pharmacology check: Lamictal titration after a Stevens-Johnson scare, would the BNF or Stahl's Essential Psychopharmacology guide you better here?"),
    C("The EMDR refresher in January is full, apparently, so I'll wait for the spring run"),
    C("Has anyone used the BSMAS with teenagers in clinic, or is it only a research tool?"),
    C("Gaelic speakers: is there a Scottish Gaelic version of WEMWBS, or did NHS Education for Scotland never commission one?"),
    C("The NICE guideline on PTSD still puts trauma-focused CBT and EMDR first, doesn't it? A trainee asked and I blanked"),
    C("Any thoughts on the Columbia scale versus just asking plainly? Our team is split down the middle"),
    C("the interpreter asked me afterwards whether she could talk to someone about what she heard. where do you point interpreters for support?"),
    C("Shared drive audit: folder \"Siosaia Latu Fifita notes\" opened from 2404:4408:63a4:c200::18 by an intern account", ("name", "Siosaia Latu Fifita"), ("ip_address", "2404:4408:63a4:c200::18")),
    C("I need input on this. Marcel Mbida-Essomba is a nurse (ONIC 2014-0447) who fled the fighting around Bamenda's Mile 4 and now works in a care home in Créteil, where a resident aged 96 years and 5 months called him a monkey. He didn't report it, he said, because his papers are in progress. He has stopped eating lunch at work. How do you handle racism from very old residents without sacrificing the worker?", ("name", "Marcel Mbida-Essomba"), ("licence", "ONIC 2014-0447"), ("place", "Bamenda's Mile 4"), ("place", "Créteil"), ("age_over_89", "96 years and 5 months")),
    C("A colleague says ADHD medication shortages are worse in Scotland than England this winter. Is that true for Wales too?"),
    C("Has anyone worked with Deaf clients through BSL interpreters for trauma work? I'm anxious about the three-way dynamics"),
    C("Windhoek: Katjiuongua Mbahuurua Hijarunguru, ID 87041200418, Erf 2291, Mungunda St, Katutura, MVA NAMMED 00448271, phone +264 81 447 2019", ("place", "Windhoek"), ("name", "Katjiuongua Mbahuurua Hijarunguru"), ("ssn", "87041200418"), ("street_address", "Erf 2291, Mungunda St"), ("place", "Katutura"), ("health_plan", "NAMMED 00448271"), ("phone", "+264 81 447 2019")),
    C("The Trinidad and Tobago Association of Psychologists had a good session on Carnival, grief and Jouvert. Does anyone have the speaker's slides?"),
    C("The WHO mhGAP guide has a decent section on epilepsy stigma that I'm using with a family this week"),
    C("Met Ruairidh Beaton at the harbour in Kyle of Lochalsh because he refused to come indoors", ("name", "Ruairidh Beaton"), ("place", "Kyle of Lochalsh")),
    C("Tunis-Bab Souika referral: Marwa Jlassi-Gharbi, CIN 08472916, Rue Ibn Khaldoun 14, 9100 Sidi Bouzid, CNAM CNAM 1044882713-2, tél +216 98 447 219", ("place", "Tunis-Bab Souika"), ("name", "Marwa Jlassi-Gharbi"), ("ssn", "08472916"), ("street_address", "Rue Ibn Khaldoun 14"), ("zip_code", "9100"), ("place", "Sidi Bouzid"), ("health_plan", "CNAM 1044882713-2"), ("phone", "+216 98 447 219")),
    C("Mentalization-Based Treatment training by the Anna Freud Centre in April: worth it if I already did Bateman and Fonagy's book group?"),
    C("Saw Thorfinn again this week and he managed to walk down to the pier for the first time since the sinking", ("name", "Thorfinn")),
    C("HGV driver after a fatal crash: Wojciech Kaczmarek-Nowicki, licence KACZM704119WJ9TX, lorry PO22 RHX, crash on the Dunkeld road, occupational health oh.referrals@tayside-haulage.co.uk", ("name", "Wojciech Kaczmarek-Nowicki"), ("licence", "KACZM704119WJ9TX"), ("vehicle", "PO22 RHX"), ("place", "Dunkeld"), ("email", "oh.referrals@tayside-haulage.co.uk")),
    C("Does anyone know how to support survivors of tribal fighting? Yakopya Kandi Pupu watched his house burn in Wabag and won't return", ("name", "Yakopya Kandi Pupu"), ("place", "Wabag")),
    C("Bamenda's Nkwen NGO: Nfor Clementine Ambe, CNI 114082769, Ndop, phone +237 677 41 82 90, MoMo MTN MoMo 677418290-CA, hospital file BRH-MH-7713", ("place", "Bamenda's Nkwen"), ("name", "Nfor Clementine Ambe"), ("ssn", "114082769"), ("place", "Ndop"), ("phone", "+237 677 41 82 90"), ("account", "MTN MoMo 677418290-CA"), ("medical_record", "BRH-MH-7713")),
    C("not a question really, just noting that three of my clients mentioned the cost of heating this week and two of them cried about it"),
    C("Payment issue: Mthunzi Gumede pays with Capitec 1448 2719 03, but the app shows Capitec 1448 2719 30 too. Fraud or a typo?", ("name", "Mthunzi Gumede"), ("account", "Capitec 1448 2719 03"), ("account", "Capitec 1448 2719 30")),
    C("I'm reducing my caseload to eighteen from next month and need to talk to three people about ending"),
    C("The UN Committee against Torture report on Libya is upsetting but useful for understanding my Eritrean clients' journeys"),
    C("Is venlafaxine withdrawal as bad as people say? My client missed two doses on holiday in Portugal and thought she was dying"),
    C("supervisor said my notes are too long. she's right but it's also where i think"),
    C("I keep thinking about what Ange-Toussaint Paoletti said about the vendetta in Sartène, that nobody there ever says the name of the dead man aloud", ("name", "Ange-Toussaint Paoletti"), ("place", "Sartène")),
    C("Any colleagues trained in Somatic Experiencing who also use Polyvagal Theory with caution? Porges gets quoted a lot in our CPD days but the critiques are strong"),
    C("Ngaio Whaanga-Reti's mum turns a hundred years old in March and the whānau want a session before the party, is that weird", ("name", "Ngaio Whaanga-Reti"), ("age_over_89", "a hundred years old")),
    C("From an NGO in Lithuania: Tatsiana Lukashevich-Sauchuk, fled Hrodna, now Naugarduko g. 41-7, Vilnius Naujamiestis, phone +370 612 44 819, Telegram https://t.me/tanya_sauchuk_by", ("name", "Tatsiana Lukashevich-Sauchuk"), ("place", "Hrodna"), ("street_address", "Naugarduko g. 41-7"), ("place", "Vilnius Naujamiestis"), ("phone", "+370 612 44 819"), ("url", "https://t.me/tanya_sauchuk_by")),
    C("Thoughts? Kim Eun-hye defected through China and now in Seoul's Nowon-gu hears her mother's voice at night. She is sure it's a phone call, not a hallucination", ("name", "Kim Eun-hye"), ("place", "Seoul's Nowon-gu")),
    C("Question about the EPDS with fathers. Is there a validated cut-off or do people just guess?"),
    C("gun licence question: Hamish Gunn-Sutherland holds FAC 11/4482 and told me he's been thinking about the hill with his rifle. who do i call in scotland?", ("name", "Hamish Gunn-Sutherland"), ("licence", "FAC 11/4482")),
    C("Portal: Evîn Shingali-Qasim left a voice note for her counsellor, call-back +964 750 448 1930, linked Facebook https://www.facebook.com/evin.shingali.942", ("name", "Evîn Shingali-Qasim"), ("phone", "+964 750 448 1930"), ("url", "https://www.facebook.com/evin.shingali.942")),
    C("Stalking case: ex-partner's car FG-447-KD parked outside Noémie Castagnet-Bouvier's flat, she posted it on https://x.com/noemie_cb_lyon, which worries me", ("vehicle", "FG-447-KD"), ("name", "Noémie Castagnet-Bouvier"), ("url", "https://x.com/noemie_cb_lyon")),
    C("We're piloting the Outcome Rating Scale and Session Rating Scale from Scott Miller's FIT. Anyone with experience of the Spanish versions?"),
    C("Guyanese consult: Shivnarine Ramcharran lost his rice field to salt water near Leguan and talks about drowning himself in the trench", ("name", "Shivnarine Ramcharran"), ("place", "Leguan")),
    C("I realised today that I avoid asking about sex with older clients, and that's my problem not theirs"),
    C("Is anyone using the ACE questionnaire routinely, or do you find it opens too much too early?"),
    C("Referral from the refugee clinic in Akron, OH 44310: Dil Maya Rai-Subba, Medicaid OH 110448827193, 1177 Tallmadge Ave, Apt 3C, phone 330-208-4471", ("place", "Akron"), ("zip_code", "44310"), ("name", "Dil Maya Rai-Subba"), ("health_plan", "OH 110448827193"), ("street_address", "1177 Tallmadge Ave, Apt 3C"), ("phone", "330-208-4471")),
    C("Monday, Tuesday and Thursday are my clinic days from January, and Friday stays for supervision and notes"),
    C("A social worker with a suspended registration (SWE 4471882), Declan O'Fiach-Boyle, came to me because he fell asleep at the wheel driving back from a home visit in Cushendall and wrote off his Ford Focus, LXZ 8817. Nobody was hurt. He has narcolepsy, now diagnosed, and a wake-promoting drug that makes him irritable. He says the panel will never believe him. How do I support someone whose fight is really with a regulator?", ("licence", "SWE 4471882"), ("name", "Declan O'Fiach-Boyle"), ("place", "Cushendall"), ("vehicle", "LXZ 8817")),
    C("Does anyone know if olanzapine weight gain is worse in adolescents than adults? The family are worried about it"),
    C("My client describes \"hiraeth\" as the only word for what she feels about home. I'm Welsh-less and want to do it justice"),
    C("Does Kaiser Permanente or Blue Shield of California still require a PHQ-9 at every Telehealth visit? Our billing team keeps asking me on Fridays"),
    C("Working through a difficult one: Teuila Faʻasalele is 99 years and 8 months and her great-grandson drives her to sessions in his Hilux, NZ JKR338, from Ōtara's East Tāmaki Road. She speaks of being taken from her village as a girl to serve a missionary family, and she wants it written down before she dies. Is this therapy, testimony or oral history? And whose job is it to write it?", ("name", "Teuila Faʻasalele"), ("age_over_89", "99 years and 8 months"), ("vehicle", "NZ JKR338"), ("place", "Ōtara's East Tāmaki Road")),
    C("Looking for Lebanese Arabic materials on panic for the week of the port blast anniversary in August. The WHO and the Lebanese Psychiatric Society have leaflets?"),
    C("Ruairidh MacAskill-Beaton came to the session straight from the fish farm and said the sea lice count was the only thing he could think about", ("name", "Ruairidh MacAskill-Beaton")),
    C("When Aurélien Le Dréau talks about Douarnenez-Tréboul he sounds like he's describing a person he used to love", ("name", "Aurélien Le Dréau"), ("place", "Douarnenez-Tréboul")),
    C("Please see: Rosalie Doiron-Haché, Medicare NB 104 882 713, 188 boulevard Saint-Pierre Ouest, Caraquet-Est E1W 1B4, courriel rosalie.doironhache@rogers.com", ("name", "Rosalie Doiron-Haché"), ("health_plan", "104 882 713"), ("street_address", "188 boulevard Saint-Pierre Ouest"), ("place", "Caraquet-Est"), ("zip_code", "E1W 1B4"), ("email", "rosalie.doironhache@rogers.com")),
    C("finished the trauma module at last. the bit on window of tolerance was more useful than i expected"),
    C("Tuesday's group will be on shame, using Brené Brown loosely and Gilbert's compassion work more closely"),
    C("Referral (translated): Maya Abi Nader-Chidiac, Rue Pharaon, Bldg 14, 3rd floor, Achrafieh's Sassine, mobile +961 3 418 227, NSSF 4471829-03, hospital file AUBMC 0882716", ("name", "Maya Abi Nader-Chidiac"), ("street_address", "Rue Pharaon, Bldg 14, 3rd floor"), ("place", "Achrafieh's Sassine"), ("phone", "+961 3 418 227"), ("health_plan", "4471829-03"), ("medical_record", "AUBMC 0882716")),
    C("The Samoan word \"va\" came up again in supervision. Karlo Mila and Albert Wendt write about it better than any Western text I know"),
    C("What do you say when a Christian or Muslim client asks you to pray with them during Lent or Ramadan?"),
    C("Reading group: we're doing chapter four of Herman's Trauma and Recovery next time, bring one paragraph that annoyed you"),
    C("Good talk by the Mental Health Foundation on loneliness among older men. Slides should be out by Monday"),
    C("Does the American Psychological Association code say anything explicit about accepting gifts at Christmas? A client's mother brought a Lindt hamper"),
    C("Referral from the health dept: Kaylee Jo Blankenship, DOB 07/19/1988, Medicaid ID WV72904418513, 418 Bearwallow Road, Oceana, WV 24870, SSN 418-62-7390", ("name", "Kaylee Jo Blankenship"), ("date", "07/19/1988"), ("health_plan", "WV72904418513"), ("street_address", "418 Bearwallow Road"), ("place", "Oceana"), ("zip_code", "24870"), ("ssn", "418-62-7390")),
    C("Anyone got good Hindi or Punjabi materials on Diwali-time family conflict? Mid-November sessions are always harder for my South Asian clients"),
    C("Complex case. A commercial fisherman from Quinhagak, Wassilie Kanrilak Carl, lost his CFEC permit (CFEC S03T 60481X) after a drunk-boating citation, and his skiff (AK 4471 AD) was impounded. His grandmother, who is 91 years and 10 months, says this is what happened to his father too. He wants to talk about the permit system as a colonial thing and I think he's right, but I also think he's drinking to the point of danger. Any Yup'ik colleagues willing to consult?", ("place", "Quinhagak"), ("name", "Wassilie Kanrilak Carl"), ("licence", "CFEC S03T 60481X"), ("vehicle", "AK 4471 AD"), ("age_over_89", "91 years and 10 months")),
    C("Does anyone know whether Sorcha Nic Dhòmhnaill from Daliburgh is still seeing the counsellor in Balivanich? She mentioned a change", ("name", "Sorcha Nic Dhòmhnaill"), ("place", "Daliburgh"), ("place", "Balivanich")),
    C("Honiara's Kukum note: Stephen Tagabasoe Rapasia, White River settlement, phone +677 74 48 219, NRH file NRH-2022-88104", ("place", "Honiara's Kukum"), ("name", "Stephen Tagabasoe Rapasia"), ("place", "White River"), ("phone", "+677 74 48 219"), ("medical_record", "NRH-2022-88104")),
    C("Trinidad referral: Anil Sookdeo-Ragoonanan, LP 48 Mamoral Road, Tabaquite village, phone +1 868 772 4419, Scotiabank acct 170044188271", ("name", "Anil Sookdeo-Ragoonanan"), ("street_address", "LP 48 Mamoral Road"), ("place", "Tabaquite village"), ("phone", "+1 868 772 4419"), ("account", "170044188271")),
    C("Has anyone applied Internal Family Systems with dissociative clients? Schwartz is enthusiastic but I'm cautious"),
    C("Anyone using Headspace or Calm with clients on Medicaid in the United States, or is the subscription a barrier?"),
    C("The Mind helpline number on our leaflets is out of date; can someone on the admin rota check the current one with Mind before January?"),
    C("Working with an Armenian family who fled Stepanakert's Kristapor Street last autumn. Anahit Sargsyan-Melkonyan keeps the keys of the flat on a chain around her neck", ("place", "Stepanakert's Kristapor Street"), ("name", "Anahit Sargsyan-Melkonyan")),
    C("Cash App refund to Jamal Okafor-Whitley, $JamalOW1992, he asked why his therapy showed on his statement", ("name", "Jamal Okafor-Whitley"), ("account", "$JamalOW1992")),
    C("Eilidh Matheson-Gray and her sister are both clients of mine now, which I didn't realise until today", ("name", "Eilidh Matheson-Gray")),
    C("Lai Pui-shan left Hong Kong after the national security law and now lives in Sutton Coldfield, and her parents don't answer her calls", ("name", "Lai Pui-shan"), ("place", "Sutton Coldfield")),
    C("Fundraiser naming my client: https://www.gofundme.com/f/justice-for-abdi-warsame-hirsi, set up for Abdi Warsame Hirsi by his uncle, with my practice's name in it", ("url", "https://www.gofundme.com/f/justice-for-abdi-warsame-hirsi"), ("name", "Abdi Warsame Hirsi")),
    C("Tribal health consult: Uyuruq Joseph Andrew, IHS chart YKHC-50219-07, Denali KidCare 1048827394, Kipnuk AK 99614, clinic fax 907-543-8827", ("name", "Uyuruq Joseph Andrew"), ("medical_record", "YKHC-50219-07"), ("health_plan", "1048827394"), ("place", "Kipnuk"), ("zip_code", "99614"), ("fax", "907-543-8827")),
    C("Yorgelis Parra-Echenique walked from Maracaibo's San Francisco parish with a baby and now apologises every time she needs anything at all", ("name", "Yorgelis Parra-Echenique"), ("place", "Maracaibo's San Francisco parish")),
    C("Has anybody read Kleinman's The Illness Narratives recently? It feels more relevant than when I first read it in training"),
    C("Wheelchair stolen: Aleksandra Morawiec, Permobil M3 Corpus serial PM3-22-44718, police ref emailed to olamorawiec@wp.pl, she's stuck at home in Zabrze-Biskupice", ("name", "Aleksandra Morawiec"), ("device", "Permobil M3 Corpus serial PM3-22-44718"), ("email", "olamorawiec@wp.pl"), ("place", "Zabrze-Biskupice")),
    C("Booking log: Juraj Gábor-Oláh paid by SK31 1100 0000 0029 4471 8821, reminder SMS to +421 905 331 478, session 9. decembra 2026", ("name", "Juraj Gábor-Oláh"), ("account", "SK31 1100 0000 0029 4471 8821"), ("phone", "+421 905 331 478"), ("date", "9. decembra 2026")),
    C("i'm noticing i dread monday afternoons and it's always the same two clients. time to take that to supervision"),
    C("For colleagues in Quebec: does the Ordre des psychologues du Québec require French-language notes if the client speaks English?"),
    C("Does anybody have Ilse Sand's Highly Sensitive People in an Insensitive World in Danish? A client from Denmark's Capital Region asked"),
    C("Does Medicare Part B cover telehealth with LCSWs after December for clients in rural Kentucky and West Virginia? I keep hearing different things"),
    C("Referral: Catrìona MacIver-Nicolson, DOB 14/03/1951, CHI 1403518827, 12 Kenneth Street, Stornoway's Newton HS1 2XQ. Low mood since husband lost at sea. GP phone 01851 703 418", ("name", "Catrìona MacIver-Nicolson"), ("date", "14/03/1951"), ("medical_record", "1403518827"), ("street_address", "12 Kenneth Street"), ("place", "Stornoway's Newton"), ("zip_code", "HS1 2XQ"), ("phone", "01851 703 418")),
    C("Practice inbox flagged phishing: email from nhs-payroll@nhs-scot-verify.com asking for Seonag MacInnes's bank details, sender IP 185.220.103.58", ("email", "nhs-payroll@nhs-scot-verify.com"), ("name", "Seonag MacInnes"), ("ip_address", "185.220.103.58")),
    C("it took four months for the young man to say the word rape out loud. today he did"),
    C("The trainee asked me if Rogers would have approved of self-disclosure, and I realised I had no idea"),
    C("fyi the foster carer for precious mabuza-shongwe now wants letters faxed to +268 2404 4718, not emailed", ("name", "precious mabuza-shongwe"), ("fax", "+268 2404 4718")),
    C("A Ukrainian client said Christmas in January versus December is now a political choice in her family. Any reading?"),
    C("Telehealth log: session with Uyuruq Apaiyuq Tikiun dropped four times, connection from 209.193.44.81, device iPad serial DMPX4471KQ2N, rebooked 12/09/2026", ("name", "Uyuruq Apaiyuq Tikiun"), ("ip_address", "209.193.44.81"), ("device", "iPad serial DMPX4471KQ2N"), ("date", "12/09/2026")),
    C("We're switching from paper to Zoom for the Monday group in the new year; some members are not pleased at all"),
    C("ugh, kenji arakaki-shimabukuro posted about our sessions on https://www.instagram.com/kenji.arakaki.okinawa, should i raise it or leave it", ("name", "kenji arakaki-shimabukuro"), ("url", "https://www.instagram.com/kenji.arakaki.okinawa")),
    C("Sardaana Nikolaeva-Everstova describes the permafrost collapsing under her grandmother's house in Churapcha as something like a slow funeral", ("name", "Sardaana Nikolaeva-Everstova"), ("place", "Churapcha")),
    C("Nursing home letter: Émilienne Gallant-Arsenault, 102 ans et 3 mois, 55 rue Principale, Tignish C0B 2B0, fax 902-882-4419, PEI health card 0448 2719 38", ("name", "Émilienne Gallant-Arsenault"), ("age_over_89", "102 ans et 3 mois"), ("street_address", "55 rue Principale"), ("place", "Tignish"), ("zip_code", "C0B 2B0"), ("fax", "902-882-4419"), ("health_plan", "0448 2719 38")),
    C("has anyone found a way to make homework stick with people who hate writing"),
    C("Device registry: Mathilde Aubry-Kerdoncuff, cochlear implant Cochlear Nucleus CI632 serial 2204418837, audiologist fax 02 98 44 71 20", ("name", "Mathilde Aubry-Kerdoncuff"), ("device", "Cochlear Nucleus CI632 serial 2204418837"), ("fax", "02 98 44 71 20")),
    C("Belize City's Collet division referral: Marlon Gentle-Arnold, SS card 000448271, Lake Independence, phone +501 622 4718, KHMH chart KHMH 44-1827", ("place", "Belize City's Collet division"), ("name", "Marlon Gentle-Arnold"), ("ssn", "000448271"), ("place", "Lake Independence"), ("phone", "+501 622 4718"), ("medical_record", "KHMH 44-1827")),
    C("From the Duhok's Malta centre: Evîn Shingali-Qasim, age 24, Khanke camp, sector C block 11, mobile +964 750 448 1932, case file DUH-MH-22/40917", ("place", "Duhok's Malta"), ("name", "Evîn Shingali-Qasim"), ("place", "Khanke camp, sector C"), ("phone", "+964 750 448 1932"), ("medical_record", "DUH-MH-22/40917")),
    C("i keep wondering if online sessions are making people less likely to cry, or just less likely to let me see it"),
    C("Client asks whether mindfulness conflicts with her Catholic faith. Has anyone found good material from Thomas Merton or similar?"),
    C("Supervision reflection: I realised I talk faster when a client describes their father, and my supervisor noticed before I did"),
    C("Supervision reflection, quite long. My client Song Min-jae escaped with his mother when he was fifteen and now works nights at a factory in Ansan's Wongok-dong. He has a driving licence (11-24-044718-70) but refuses to drive because his father was executed for, he says, \"moving things in a truck\". He has a motorbike instead, 경기안산 가 4471, which he parks outside my office. Today he said he'd like to ride it into the sea.", ("name", "Song Min-jae"), ("place", "Ansan's Wongok-dong"), ("licence", "11-24-044718-70"), ("vehicle", "경기안산 가 4471")),
    C("Wilber Antonio Chicas from El Mozote wonders whether his grandfather's testimony should be heard at the trial or left in peace", ("name", "Wilber Antonio Chicas"), ("place", "El Mozote")),
    C("Would anyone take a consult about political exile? Aliaksandr Ciareshchanka fled after the 2020 protests and is now in Białystok's Bojary without his kids", ("name", "Aliaksandr Ciareshchanka"), ("place", "Białystok's Bojary")),
    C("Mauritius referral: Kavisha Ramdin-Seetohul, NIC R1204854410298, 14 Royal Road, Rose-Hill 71368, tel +230 5748 2213, fax +230 208 4471", ("name", "Kavisha Ramdin-Seetohul"), ("ssn", "R1204854410298"), ("street_address", "14 Royal Road"), ("place", "Rose-Hill"), ("zip_code", "71368"), ("phone", "+230 5748 2213"), ("fax", "+230 208 4471")),
    C("Anyone know whether the Ordre des infirmiers du Québec and the OPQ have a joint guideline on Electroconvulsive Therapy consent? Asking for a colleague"),
    C("Video posted of Kiona Whitebear-Morningstar's overdose: https://www.facebook.com/watch/?v=448271903318827, reported twice, still up", ("name", "Kiona Whitebear-Morningstar"), ("url", "https://www.facebook.com/watch/?v=448271903318827")),
    C("Looking for a reading on \"kufungisisa\" beyond Dixon Chibanda's Friendship Bench papers. Anyone?"),
    C("Any Latvian speakers here? Ilze Kalniņa-Bērziņa is fine in English but switches to Latvian whenever she talks about her mother's deportation", ("name", "Ilze Kalniņa-Bērziņa")),
    C("anyone have a decent worksheet for values clarification that doesn't feel like a corporate team-building exercise?"),
    C("a colleague in Sarnia had her licence CRPO 004471 suspended over a facebook post. anyone know her? not asking who, just if she's ok", ("place", "Sarnia"), ("licence", "CRPO 004471")),
    C("Licensing board notice forwarded by a colleague: Dr. Farida Rahimi-Sultani, Medical Council of Ireland reg 448271, hearing date 14 January 2027, solicitor email j.daly@dalyfinucane.ie", ("name", "Farida Rahimi-Sultani"), ("licence", "Medical Council of Ireland reg 448271"), ("date", "14 January 2027"), ("email", "j.daly@dalyfinucane.ie")),
    C("Nurse registration query: Olusola Adebayo-Ogunleye, NMC PIN 12D4471E, working nights in Gateshead's Bensham, her union rep's fax is 0191 447 2918", ("name", "Olusola Adebayo-Ogunleye"), ("licence", "NMC PIN 12D4471E"), ("place", "Gateshead's Bensham"), ("fax", "0191 447 2918")),
    C("reminder that the consultation call moves to the later slot next week because of the holiday"),
    C("For those doing Schema Therapy: Young, Klosko and Weishaar or Arntz and Jacob for the mode work with BPD? Which did you prefer?"),
    C("Device check: Kalani Puaʻala Kahananui's insulin pump Tandem t:slim X2 serial 1048827 stopped in the night, phone 808-448-2715", ("name", "Kalani Puaʻala Kahananui"), ("device", "Tandem t:slim X2 serial 1048827"), ("phone", "808-448-2715")),
    C("Hana Foundation referral: Ri Song-mi, RRN 880412-2384719, Sanggye-ro 217, 104-dong 1203-ho, 01690, mobile 010-4471-2983, NHIS 5-2204418837", ("name", "Ri Song-mi"), ("ssn", "880412-2384719"), ("street_address", "Sanggye-ro 217, 104-dong 1203-ho"), ("zip_code", "01690"), ("phone", "010-4471-2983"), ("health_plan", "5-2204418837")),
    C("Yerevan colleague forwarding: Narine Hovhannisyan-Avetyan, Tumanyan 31, apt 18, 0010, tel +374 91 284 773, passport AT0448217", ("place", "Yerevan"), ("name", "Narine Hovhannisyan-Avetyan"), ("street_address", "Tumanyan 31, apt 18"), ("zip_code", "0010"), ("phone", "+374 91 284 773"), ("ssn", "AT0448217")),
    C("Bit of a tangle. I'm seeing Yannick Le Floc'h-Guivarch, a taxi driver whose licence (carte professionnelle VTC 029-2024-04471) was suspended after a passenger complaint he says was racist. He drives a grey Peugeot, GK-418-RZ, and has started sleeping in it outside his ex-wife's flat in Quimperlé's Basse-Ville. There's no threat so far, but I'm uneasy, and he knows I'm uneasy. How do others think about duty to warn in France when nothing explicit has been said?", ("name", "Yannick Le Floc'h-Guivarch"), ("licence", "carte professionnelle VTC 029-2024-04471"), ("vehicle", "GK-418-RZ"), ("place", "Quimperlé's Basse-Ville")),
    C("Does anyone have experience with CANSAS in community teams, or is it gathering dust everywhere?"),
    C("Would value thoughts: Thorfinn Jamieson-Isbister from Hamnavoe in Burra is refusing to leave the house since the boat went down, and his wife is worn out", ("name", "Thorfinn Jamieson-Isbister"), ("place", "Hamnavoe in Burra")),
    C("From the hospice: Nikolaos Papadakis-Vlachos, 96 yrs 8 mths, Odos Kalokairinou 41, Heraklion 712 02, AMKA on file, fax +30 2810 448 271", ("name", "Nikolaos Papadakis-Vlachos"), ("age_over_89", "96 yrs 8 mths"), ("street_address", "Odos Kalokairinou 41"), ("place", "Heraklion"), ("zip_code", "712 02"), ("fax", "+30 2810 448 271")),
    C("Thinking about Bowlby and Ainsworth with a foster placement that has moved four times since Easter"),
    C("My client Maireag keeps apologising to me for her own sadness. She's from Leverburgh and says it's the way they were raised", ("name", "Maireag"), ("place", "Leverburgh")),
    C("Could someone who knows Timor-Leste help me? Lucrécia Soares da Costa Belo lost three uncles in the Santa Cruz cemetery massacre and now works as a nurse", ("name", "Lucrécia Soares da Costa Belo"), ("place", "Santa Cruz cemetery")),
    C("Update on the family from last month: the mother agreed to see her GP about the tremor, and the Parkinson's referral is in"),
    C("From the RGV clinic: Ximena Guajardo-Cantú, CHIP member TX4410872-01, 2204 E Tamarack Ave, McAllen TX 78504-3318, phone 956-487-2201, fax (956) 383-7719", ("name", "Ximena Guajardo-Cantú"), ("health_plan", "TX4410872-01"), ("street_address", "2204 E Tamarack Ave"), ("place", "McAllen"), ("zip_code", "78504-3318"), ("phone", "956-487-2201"), ("fax", "(956) 383-7719")),
    C("Santo Domingo referral: Yokasta Báez-Frías, cédula 402-3817264-9, Calle 14 #27, Ensanche Luperón, 10308, SENASA SENASA 00418837214, tel +1 809 557 4182, fax +1 809 682 4417", ("place", "Santo Domingo"), ("name", "Yokasta Báez-Frías"), ("ssn", "402-3817264-9"), ("street_address", "Calle 14 #27, Ensanche Luperón"), ("zip_code", "10308"), ("health_plan", "SENASA 00418837214"), ("phone", "+1 809 557 4182"), ("fax", "+1 809 682 4417")),
    C("Is sertraline still the first choice for postpartum anxiety where people are breastfeeding, or has practice moved?"),
    C("Complaint forwarded by the board: a client, Lucía Benítez-Otazú, alleges her former counsellor, licence LPC 44718, texted her from (505) 448-2119 at night", ("name", "Lucía Benítez-Otazú"), ("licence", "LPC 44718"), ("phone", "(505) 448-2119")),
    C("Anglophone crisis consult: Ngwa Ebenezer Fonkeng hasn't slept since his brother was taken from their farm outside Kumbo's Tobin quarter", ("name", "Ngwa Ebenezer Fonkeng"), ("place", "Kumbo's Tobin quarter")),
    C("Asking for a colleague in Gander Bay South: has anyone used narrative exposure with fishers? Lloyd Pittman-Keats won't talk in any other way", ("place", "Gander Bay South"), ("name", "Lloyd Pittman-Keats")),
    C("A colleague recommended Pennebaker's expressive writing for a widower from Ohio who can't talk yet. Has anyone seen it backfire?"),
    C("Anyone have an Urdu version of the Strengths and Difficulties Questionnaire that parents actually understand?"),
    C("Long, but I need to think aloud. Kokou Agbeko-Mensah drives a moto-taxi (plate TG 4471 AX) in Bè-Kpota market and was beaten by police at a checkpoint; his implanted insulin pump, Medtronic MiniMed 780G serial NG1884471H, was broken in the beating, and he's been rationing insulin since. He is anxious and hopeless and also possibly in danger medically. My instinct is medical first, but he came for the fear. Thoughts?", ("name", "Kokou Agbeko-Mensah"), ("vehicle", "TG 4471 AX"), ("place", "Bè-Kpota market"), ("device", "Medtronic MiniMed 780G serial NG1884471H")),
    C("Quick poll: do you write \"client\" or \"patient\" in letters to GPs? Our NHS board uses both inconsistently"),
    C("Uyuruq asked me whether I'd ever been to fish camp, and I didn't know how to answer honestly", ("name", "Uyuruq")),
    C("Fatmata Bangura-Kamara survived Ebola in Kailahun and still cannot touch her own child's forehead when he has a fever", ("name", "Fatmata Bangura-Kamara"), ("place", "Kailahun")),
    C("Any Hmong, Lao or Khmer speakers who can review our Generalized Anxiety Disorder leaflet? The Cambodian American families in Massachusetts say the Khmer is stiff"),
    C("Mining blaster with flashbacks: Zodwa Mthethwa-Sibiya, blasting certificate MHSA-BC-04471, shaft incident on 12 August 2026, Discovery Discovery 448271903", ("name", "Zodwa Mthethwa-Sibiya"), ("licence", "MHSA-BC-04471"), ("date", "12 August 2026"), ("health_plan", "Discovery 448271903")),
    C("Uyuruq Apaiyuq Tikiun told me the elders in Kwigillingok want him to go to fish camp rather than come to therapy, and I think they may be right", ("name", "Uyuruq Apaiyuq Tikiun"), ("place", "Kwigillingok")),
    C("Any readers of Bessel van der Kolk who have also read the critiques? I want a balanced reading list for trainees"),
    C("Reading group, December: Irvin Yalom's Love's Executioner, chapters one and two, plus the afterword he wrote later"),
    C("Our Thursday group read Paulo Freire's Pedagogy of the Oppressed alongside Ignacio Martín-Baró's Writings for a Liberation Psychology"),
    C("Thai colleague referral: Nattaya Chaiyasit, ID 3-5099-00418-27-6, 88/14 Moo 3, Tambon Wiang, Wiang, Fang district, Chiang Mai 50320, gold card UC 50110-4482-19", ("name", "Nattaya Chaiyasit"), ("ssn", "3-5099-00418-27-6"), ("street_address", "88/14 Moo 3, Tambon Wiang"), ("place", "Wiang, Fang district"), ("zip_code", "50320"), ("health_plan", "UC 50110-4482-19")),
    C("Portal: GoFundMe for Shivnarine Ramcharran's family shared by his cousin, https://www.gofundme.com/f/help-shiv-rebuild-leguan", ("name", "Shivnarine Ramcharran"), ("url", "https://www.gofundme.com/f/help-shiv-rebuild-leguan")),
    C("Dr letter for Sinéad Mulcahy-Rourke says pacemaker checks at Letterkenny University Hospital, device Boston Scientific Accolade serial 774881", ("name", "Sinéad Mulcahy-Rourke"), ("place", "Letterkenny University Hospital"), ("device", "Boston Scientific Accolade serial 774881")),
    C("I need help thinking about Shnyar Barzani-Hawrami, who survived the chemical attack on Halabja's Kani Ashqan as a baby and only recently learned she was adopted", ("name", "Shnyar Barzani-Hawrami"), ("place", "Halabja's Kani Ashqan")),
    C("Réunion : Loïc Hoarau-Técher, NIR 1 88 03 974 16 228 41, 12 chemin des Tamarins, 97432 Saint-Pierre's Terre-Sainte, tél +262 692 41 88 07, télécopie +262 262 44 71 20", ("name", "Loïc Hoarau-Técher"), ("ssn", "1 88 03 974 16 228 41"), ("street_address", "12 chemin des Tamarins"), ("zip_code", "97432"), ("place", "Saint-Pierre's Terre-Sainte"), ("phone", "+262 692 41 88 07"), ("fax", "+262 262 44 71 20")),
    C("The Hamilton rating was done by the psychiatrist on Thursday and came out lower than my PHQ-9 on Monday, which is interesting"),
    C("Has anyone else noticed that Azilis talks about her father in the present tense only when she speaks Breton?", ("name", "Azilis")),
    C("Her Spotify playlist for the funeral, https://open.spotify.com/playlist/4x7Kq1Rzp8Lw2Yd0Nn3sVb, is public and names the dead boy, Jaxon Tremblay-Pelletier", ("url", "https://open.spotify.com/playlist/4x7Kq1Rzp8Lw2Yd0Nn3sVb"), ("name", "Jaxon Tremblay-Pelletier")),
    C("Question for the DBT folks: do you still do the diary card in Spanish for Spanish-speaking adolescents, or let them choose?"),
    C("Telehealth: Khamla Phommachanh joined from 115.84.114.27 using her cousin's phone, IMEI 35 882104 471926 3", ("name", "Khamla Phommachanh"), ("ip_address", "115.84.114.27"), ("device", "35 882104 471926 3")),
    C("I've been rereading Frankl over Christmas and wonder if logotherapy is just CBT with more poetry"),
    C("Quick one on venlafaxine and tramadol together. The pharmacist at Boots said Serotonin Syndrome risk, the GP said fine. Who's right?"),
    C("Has anyone tried behavioural activation with a client who works night shifts? The usual Monday plan makes no sense for her"),
    C("Reading Ta-Nehisi Coates and James Baldwin with a young Black man in therapy has been more useful than any worksheet I've got"),
    C("Is it ok that I felt relieved when Abdulbaset cancelled? I think I'm carrying too much of his story", ("name", "Abdulbaset")),
    C("The OCTC workbook on insomnia is what I'm using alongside Espie's Overcoming Insomnia. Anything better?"),
    C("Does the Royal College guidance on clozapine monitoring say anything about weekly bloods for people who live hours from a lab?"),
    C("anyone know how to get a replacement processor? Ajani Fagbemi-Oyelaran's Med-El Sonnet 2 serial 4471-88217 was stolen on the bus", ("name", "Ajani Fagbemi-Oyelaran"), ("device", "Med-El Sonnet 2 serial 4471-88217")),
    C("Does anyone know if the BABCP still accepts logbook hours from supervised placements abroad?"),
    C("Any recommendations for supervision on working with Orthodox Jewish families during Passover preparation stress?"),
    C("Care plan update: Wanjiru Kamau Ndirangu, aged 93 years, 5 months, NHIF NHIF 04418827, fax to +254 20 447 2219 at the district hospital", ("name", "Wanjiru Kamau Ndirangu"), ("age_over_89", "93 years, 5 months"), ("health_plan", "NHIF 04418827"), ("fax", "+254 20 447 2219")),
    C("Has anyone used Acceptance and Commitment Therapy with chronic pain in people with Ehlers-Danlos Syndrome? Hayes says yes, physios say no"),
    C("he's been posting videos about his ex on https://www.tiktok.com/@duane.kowalczuk.wv, Duane Kowalczuk says it's art, i think it's harassment", ("url", "https://www.tiktok.com/@duane.kowalczuk.wv"), ("name", "Duane Kowalczuk")),
    C("Has anyone read Jonathan Shay's Achilles in Vietnam next to Homer's Iliad with veterans? One of my VA clients asked for the Fagles translation"),
    C("Audit: shared link to Lai Pui-shan's file accessed from 203.198.44.71 and 219.77.182.40, link https://drive.google.com/file/d/1Xk4471Pq82RzTs0wWn8/view", ("name", "Lai Pui-shan"), ("ip_address", "203.198.44.71"), ("ip_address", "219.77.182.40"), ("url", "https://drive.google.com/file/d/1Xk4471Pq82RzTs0wWn8/view")),
    C("the blog at https://halfwaytheresilence.blogspot.com/2026/10/my-therapist.html is definitely Marisol Quiñones-Vega writing about me, names the clinic too", ("url", "https://halfwaytheresilence.blogspot.com/2026/10/my-therapist.html"), ("name", "Marisol Quiñones-Vega")),
    C("Yesenia Kingsman Alvarado from Waspam speaks Miskito to her kids and Spanish to the social worker, and cries only in Miskito", ("name", "Yesenia Kingsman Alvarado"), ("place", "Waspam")),
    C("Does anyone know a Portuguese-language version of the Beck Depression Inventory that is validated for Brazil rather than Portugal?"),
    C("Payment portal: refund to Hussein Bazzi-Mroueh, card 4539 2817 3306 4419, IP 68.41.207.188, receipt emailed to h.bazzi.mroueh@outlook.com", ("name", "Hussein Bazzi-Mroueh"), ("account", "4539 2817 3306 4419"), ("ip_address", "68.41.207.188"), ("email", "h.bazzi.mroueh@outlook.com")),
    C("Remote monitoring alert: Alasdair Morrison-Gillies, pacemaker Medtronic Azure serial PJN448271S, transmission failed on 21/10/2026 from home hub in Balallan in the Lochs", ("name", "Alasdair Morrison-Gillies"), ("device", "Medtronic Azure serial PJN448271S"), ("date", "21/10/2026"), ("place", "Balallan in the Lochs")),
    C("Any advice on Tourette Syndrome and CBIT for an adult in Germany? The Tourette-Gesellschaft Deutschland seems to have a therapist list"),
    C("Podcast episode where Eszter Lakatos-Balogh talks about our sessions by name: https://podcasters.spotify.com/pod/show/eszter-talks/episodes/ep-14", ("name", "Eszter Lakatos-Balogh"), ("url", "https://podcasters.spotify.com/pod/show/eszter-talks/episodes/ep-14")),
    C("Has anyone got the Hebrew version of the Hospital Anxiety and Depression Scale? An Israeli client would prefer it to English"),
    C("Any advice? Uazuva Tjiposa says the genocide of her great-grandparents in the Omaheke is \"in her blood\", and she means it physically", ("name", "Uazuva Tjiposa")),
    C("Has the HCPC changed the CPD audit rules for practitioner psychologists this year, or is it still random sampling?"),
    C("The British Psychological Society statement on conversion practices came up with a client who'd been through one in the Anglican Church"),
    C("I'm presenting on moral injury at the case conference. Litz and Shay are obvious, who else should I read?"),
    C("Book suggestion for Advent: Henri Nouwen's The Wounded Healer. It helped me with a Catholic priest client I see on Wednesdays"),
    C("Uruguayan client Florencia Etcheverry Laborde wonders whether it's normal to miss the dictatorship-era silence of her grandmother's house", ("name", "Florencia Etcheverry Laborde")),
    C("Dharamsala clinic: Pema Tsering Norbu, RC RC-0448271, phone +91 94184 72093, tsadhon file DLK-2021-3381, born 11 May 1990", ("place", "Dharamsala"), ("name", "Pema Tsering Norbu"), ("ssn", "RC-0448271"), ("phone", "+91 94184 72093"), ("medical_record", "DLK-2021-3381"), ("date", "11 May 1990")),
    C("Long consult. Apinya Kaewmanee, 94 years and 11 months, was brought by her granddaughter, who drives in from Lamphun and says the old woman speaks to her dead husband each night and is perfectly content. The family doctor wants to start an antipsychotic. Apinya has a pacemaker (Biotronik Enitra serial 68471203) and poor kidneys. I'm inclined to argue for leaving her alone. Any Thai colleagues have thoughts on how families there see this?", ("name", "Apinya Kaewmanee"), ("age_over_89", "94 years and 11 months"), ("place", "Lamphun"), ("name", "Apinya"), ("device", "Biotronik Enitra serial 68471203")),
    C("I'm worried about Daxton, he stopped answering texts after his cousin's funeral", ("name", "Daxton")),
    C("Adjoua Kouassi-Yao from Yopougon-Niangon says the 2011 crisis still plays in her head each time she hears a motorbike backfire", ("name", "Adjoua Kouassi-Yao"), ("place", "Yopougon-Niangon")),
    C("letter for Ana Lúcia Fonseca-Brandão came back, she's moved to Rua da Restauração 118, 2.º esq., 4050-504 Porto's Massarelos", ("name", "Ana Lúcia Fonseca-Brandão"), ("street_address", "Rua da Restauração 118, 2.º esq."), ("zip_code", "4050-504"), ("place", "Porto's Massarelos")),
    C("Fwd: Aisen Vinokurov-Gotovtsev, Yakutsk, email aisen.vinokurov@yandex.ru, VK https://vk.com/aisen_sakha_1987", ("name", "Aisen Vinokurov-Gotovtsev"), ("place", "Yakutsk"), ("email", "aisen.vinokurov@yandex.ru"), ("url", "https://vk.com/aisen_sakha_1987")),
    C("Portal log: Anahit Sargsyan-Melkonyan changed her email to anahit.sm77@mail.ru from 46.71.129.8; old number +374 91 284 770 removed", ("name", "Anahit Sargsyan-Melkonyan"), ("email", "anahit.sm77@mail.ru"), ("ip_address", "46.71.129.8"), ("phone", "+374 91 284 770")),
    C("running late today, if anyone is on the peer call please start without me"),
    C("The ICBC plate on her ex's truck is RL4 47K, and Harpreet Grewal-Dhillon says he follows her from the gurdwara in Surrey's Newton", ("vehicle", "RL4 47K"), ("name", "Harpreet Grewal-Dhillon"), ("place", "Surrey's Newton")),
    C("Portal message from Ilze Kalniņa-Bērziņa: \"please change my payment to LV80 HABA 0551 0384 1927 3\", sent from 85.254.71.144", ("name", "Ilze Kalniņa-Bērziņa"), ("account", "LV80 HABA 0551 0384 1927 3"), ("ip_address", "85.254.71.144")),
    C("new number for Tevita Moala-Havili: +676 77 448 21, his wife's is +676 88 219 40", ("name", "Tevita Moala-Havili"), ("phone", "+676 77 448 21"), ("phone", "+676 88 219 40")),
    C("Antananarivo's Isotry: Hery Rakotomalala-Rasoanaivo, CIN 101 231 048 772, Ambohijatovo, MVola MVola 034 48 221 90, email hery.rakoto@moov.mg", ("place", "Antananarivo's Isotry"), ("name", "Hery Rakotomalala-Rasoanaivo"), ("ssn", "101 231 048 772"), ("place", "Ambohijatovo"), ("account", "MVola 034 48 221 90"), ("email", "hery.rakoto@moov.mg")),
    C("Does anyone use the PCL-5 monthly or is that too often to be meaningful?"),
    C("Home dialysis: Tomasz Wieczorek-Zięba, machine NxStage System One serial NX4471882, delivery to ul. Kościuszki 18 m. 4, 45-062 Opole", ("name", "Tomasz Wieczorek-Zięba"), ("device", "NxStage System One serial NX4471882"), ("street_address", "ul. Kościuszki 18 m. 4"), ("zip_code", "45-062"), ("place", "Opole")),
    C("Liberian consult: Moses Tarr Weah-Kollie was a child soldier near Gbarnga and now is a pastor; he wants forgiveness from a family he can't name", ("name", "Moses Tarr Weah-Kollie"), ("place", "Gbarnga")),
    C("Liberian referral: Comfort Gbarbea Sumo, Old Road, Sinkor, 12th Street, Monrovia, phone +231 886 471 229, JFK file JFK-PSY-0441827", ("name", "Comfort Gbarbea Sumo"), ("street_address", "Old Road, Sinkor, 12th Street"), ("place", "Monrovia"), ("phone", "+231 886 471 229"), ("medical_record", "JFK-PSY-0441827")),
    C("Reading group asked for Frantz Fanon's Black Skin, White Masks alongside Fernando's Mental Health, Race and Culture. Good pairing?"),
    C("Wise transfer from the family of Ismail Haidari-Nazari, account Wise 8310 4471 92, for sessions in Rotterdam's Spangen", ("name", "Ismail Haidari-Nazari"), ("account", "Wise 8310 4471 92"), ("place", "Rotterdam's Spangen")),
    C("Is anyone using the Moral Injury Outcome Scale with nurses after the pandemic? Our ward staff seem to score very high"),
    C("Has anyone read Yalom's Staring at the Sun with a client? Mine asked to borrow it and I wasn't sure"),
)

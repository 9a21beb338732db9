"""FORTIETH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (round 38), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not read git log messages, bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or diffs of any
commit, and did not read the snippets of eval_set.py, dev_extra.py,
locked_set.py or locked_set_2.py ... locked_set_39.py.  No slip of these
rules occurred.  What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_39.py only (printed up to its
closing triple quote, for the format description, the provenance wording,
the labelling conventions and its list of settings, countries and name
cultures, so that this set's differ where possible; none of its cases),
the first 25 lines of tests/bot/confidentiality/sets/locked_set_13.py (its
docstring) and its last three lines (two snippets, for the file format;
none of their sentences was copied), the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of
that file), and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  The only test run was
test_locked_sets.py (selected with -k 40); ruff was run on this file and
on that test file.

How it was made: every snippet was written by hand, under a very tight
time limit, as a consultation request or a chat message to peers in a
therapists' consultation group, in Sápmi (Norway's Finnmark and Troms,
Sweden's Norrbotten and Västerbotten, Finland's Lapland), coastal Norway,
Iceland, the Faroe Islands, Greenland and Greenlanders in Denmark, Denmark,
Sweden (Tornedalians, Somali Swedes), Finland and Karelian evacuees,
Estonia (Ida-Virumaa, Setomaa, Saaremaa, the Estonian Swedes), Lithuania,
Georgia (Abkhazian IDPs, Svaneti, Adjara, Imereti), Azerbaijan's returned
districts, Kazakhstan (Mangystau and the south), Kyrgyzstan, Tajikistan,
Turkmen exiles in Poland, the North Caucasus, Crimean Tatars in Ukraine,
Uyghur exiles, Samoa and Samoans in New Zealand, American Samoa, Fiji and
Indo-Fijians, the Cook Islands, Kiribati, Tuvalu, Tonga's capital, Māori
communities in Northland, the East Cape and Wellington, Hawaii (Maui and
O'ahu), Marshallese and Chuukese migrants, Jamaica, Haitian and Cuban
migrants in Florida, Garifuna migrants in New York, Grenada, St Lucia,
Ireland (the Gaeltacht, Traveller halting sites, Dublin, Donegal, Cork),
Wales, Cornwall, the Basque Country, Galicia, Catalonia, Roma in
Andalusia, Hungary and England, Hmong families in Minnesota, Wisconsin
and California, Khmer, Karen and Rohingya refugees, Cambodia, Bangladesh,
Bengalis in London, Sri Lanka and Tamil exiles in Canada, Telugu and
Tamil India, Nigeria (Yoruba, Igbo, Hausa), Somalis in Minnesota and
England, Somaliland, Kabylie, the Mapuche, Chile, Paraguay and
Paraguayans in Argentina, the Qom of the Chaco, Kahnawake, Cree,
Ojibwe, Inuit, Dene, Navajo, Tohono O'odham, Lakota and Unangax̂
communities, Maine, Oregon, New Mexico, the Mississippi Delta, the
Georgia coast, Queensland, Victoria, South Australia and Western
Australia, Japan (Noto, Fukushima, Osaka, Okinawa), Zainichi Koreans,
Jeju and Seoul, and Nepal's Khumbu: short referral lines, rushed
lower-case chat (seven snippets write names or places in lower case),
forwarded faxes and portal logs, and longer narrative requests with the
identifiers mid-sentence (fourteen of 341-453 characters).
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set40work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, measured the clean
density, checked overlap with the earlier sets, shuffled the order with a
fixed seed and wrote this file.  While writing, identifier snippets were
reworded as follows: about a dozen false starts and asides the author had
typed into the drafts (a country or name culture followed by "? no" or
"? used", "no, she left", "no, that is the old number", and three planted
vehicle values followed by "?", "? no" or "? ok", which were cut with their
values; they read like notes to himself) were cut before the file was
built, leaving only the corrected text, and a date written twice (a month,
then "no wait" and the day) was reduced to the full date, and a date written as a
holiday was written as the day.  In a review,
about thirty city, borough, county and neighbourhood names written
unlabelled in identifier snippets (in "Samoan family in ...", "moved to
...", "in ...'s", "a ... hotel", "evacuated from ...", "a ... shooting",
"a ... march", "a ... explosion", "a ... fire", "the ... expressway",
"a scam compound in ..." and similar) were either labelled as places or
cut or made generic, and an earthquake named after a peninsula was
renamed; a hospital named in a file reference and a historical region
were cut, and two lower-case first names first left unlabelled were
labelled (and lengthened after clashing with the earlier sets).  In the
clean snippets, about ten draft sentences naming a city
or an island or a hospital (a Gestalt institute, a training in two cities,
a clinic in a border town, a programme in a county and an island, a family
centre's town, registrars' training city, three hospitals, a monastery and a
university's town) were rewritten with no place smaller than a state,
seven self-corrections ("? No", "Sorry, I mean", "No, let me keep
to"; four of them around the place names above) were cut, two web
addresses of public portals and one helpline number were removed, a
typo in an association's name was fixed, four city names inside scale
names and a saga hero's name holding a village's name were replaced, and
about ten unsure statements (an evaluation's result, a drug's approval status, a drug's funding, an
association's glossary, a book's translation, a report and registry
figures, a risk-management programme's users, a writer wrongly cited,
an institute's research and an uncertain thesis) were turned into
questions, made vaguer or replaced.  Overlap with the other sets was
resolved by renaming only this set's planted values, with a filter that
imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 30 values in the first round
(8 postal codes, 11 places, 3 names, 4 ages over 89, 3 dates and 1 ID
number - mostly rewritten by lengthening: ZIP+4 and country-prefixed
postal codes, longer places, an extra surname, "N years and M weeks"),
1 in the second (a postal code), 2 in the third (the two lower-case
names above); the last pass found nothing.

Settings (chosen to differ from set 39's): reindeer herding losses and
wind-park rulings, a fisherman overboard, a teenager's night messages
about a drinking father, avalanche and volcano evacuation, grind-hunt
family conflict, youth suicide clusters in Greenland, a hunter's dog team
lost through the ice, a mine widow, Tornedalian drinking, gang-shooting
witnesses, the Swedish LVU care law, a festival stampede, a scrapped
cutter, farm debt and rifles, a snowmobile accident, Karelian evacuation
memories, border checks and a factory closure, online bullying of
Russian-speaking teens, land across a border, a held passport in a meat
plant, a returned emigrant's drinking, Abkhazian displacement and a
psychotic break in the army, a landslide, mines in returned fields, the
Zhanaozen shootings, bride kidnapping, a migrant's head injury, exiled
students' families, matai title disputes, a tsunami, cyclone loss, a
pesticide attempt, drowning, climate migration, boarding-school
homesickness, cannabis psychosis, tangihanga-informed grief, a mosque
attack, the Lahaina fire, COFA status, dialysis, a street shooting,
refusal of medication, TPS ending, a rafter's panic on bridges, a
hurricane-destroyed clinic, lost crew in a squall, mother and baby home
records, Traveller suicide, drug-debt intimidation, quota audits, a
service-station explosion, farm suicide, bovine TB, self-harm, a sunken
boat, ETA victims and prisoners, percebeiro drownings, floods, Roma
eviction and forced sterilisation, school exclusion, Hmong soul loss and
marriage pressure, a packing shed, the Khmer Rouge, scam compounds, a camp
fire, Rana Plaza, camp fires in Cox's Bazar, postpartum psychosis, the
disappeared of 2009, torture, kidney disease in farming villages, a
burned housemaid, a student's suicide, farmer suicide, a firecracker
blast, a yahoo-boy threat, highway robbery, abduction, the EndSARS
shooting, gangs, khat and chaining, FGM, wildfire, police raids, eye
injuries from pellets, a soy-field clash, a scaffold fall, tuberculosis,
a burnt boat, residential schools, wildfire evacuation, snowmobile loss,
uranium and COVID, border patrol, overdose, a school shooting anniversary,
a crab-boat sinking, a bowling-alley shooting, a burned mobile home,
heroin, dairy bankruptcy, a tornado, heirs' property loss, the Noto
earthquake, Fukushima evacuation, hikikomori, the Battle of Okinawa, hate
speech, the Jeju April 3rd massacre, the Itaewon crowd crush, icefall
deaths, a ferry fire, a search-and-rescue volunteer's moral injury,
political detention and VPN fears, a rugby player's concussions and
gambling, a child-protection report, a beaten Pride marcher, a widow's
hallucinated voice, a detained son in Crimea, a seasonal worker's
injury, a doctor stripped of her diploma, a filmed Sámi teen, a nurse
after a fatal crash, a shared assault video, a father away at sea, and
stalking, stalkerware, cyberstalking, hacked accounts, a fake profile,
loan-app debt, gambling via mobile payments and a GoFundMe naming the
clinic; with local identifier formats for Norwegian fødselsnummer,
Icelandic kennitala, a Faroese P-tal, Danish and Greenlandic CPR numbers,
a Swedish personnummer, a Finnish henkilötunnus, Estonian isikukood,
Lithuanian asmens kodas, Georgian personal numbers, an Azerbaijani FIN, a
Kazakh IIN, a Kyrgyz PIN, a Fijian TIN, an NZ IRD number, a Tuvaluan
passport, a Jamaican TRN, a US A-number and an SSN, an Irish PPSN, a UK
NI number, Spanish DNIs, a Cambodian ID, a Bangladeshi NID, a Rohingya
FCN, Sri Lankan NICs (new and old), a Canadian UCI, a Nigerian NIN, an
Algerian ID, a Chilean RUT, Paraguayan and Argentine cédula and DNI, a
Canadian status card, a Navajo census number, a tribal ID, Japanese My
Number and a special permanent resident card (ssn); hospital, trust,
camp, ward, NHI, NHS, IHS, MSF and regional files (medical_record);
Sjúkratryggingar, sundhedskort, Kela, ACC, Medicare (Australia), QUEST,
ARKids, NHF, GMS, TAJ, Medicaid, MNsure, OHIP, ESIC, NHIA, Fonasa, ART,
Incluir Salud, Saskatchewan, Manitoba and Nunavut cards, AHCCCS,
MaineCare, OHP, Centennial Care, Kokuho, NHIS and CatSalut numbers
(health_plan); IBANs, Kaspi, Halyk, M-PAiSA, ABA, bKash, Sampath, SBI,
GTBank, Zaad, Khalti, TAB, Swish, MobilePay and Vipps numbers
(account); reindeer-district, hunting, firearms, driving, medical,
nursing, shellfish, fishing, flock-holding, CDL, dive, guide and
Kyrgyz medical licences (licence); Norwegian, Faroese, Danish and
Irish boats, Finnish, Swedish, Lithuanian, Georgian, Irish, Spanish,
Hawaiian, Californian, Minnesotan, Welsh, NZ and Chilean plates and a
snowmobile and a sled (vehicle); a C-Leg, Cochlear, Med-El and hearing
aids, insulin pumps, Omnipod, Dexcom, CPAP, a pacemaker, a VNS, a Hero
Arm, an Össur foot, a power chair and an oxygen concentrator (device);
addresses written the local way (a Norwegian gata with floor, Icelandic
and Faroese streets, a Greenlandic building number, Danish gade with
floor and side, a Swedish väg, an Estonian street with flat, a Kazakh
street with apartment, a Polish street with flat, a Fijian lot, NZ,
Hawaiian, US, Canadian and Australian streets and apartments, Irish
Gaelic, Welsh, Basque and Finnish addresses, an English flat, a Chilean
pasaje and a Japanese chōme-style address) with postal codes of those
countries, IPv4 and IPv6 addresses, URLs (Instagram, Telegram, YouTube,
Facebook, TikTok, Medium, GoFundMe, Blogspot, Anchor, ask.fm, VK and
Twitter) and phone and fax numbers in local and international formats.

365 snippets, 209 with identifiers and 156 clean (lengths 72-453, within
the test's bounds of 40-520).  Every pattern category appears at least 14
times (the test requires 12):
date 16, age_over_89 15, phone 32, fax 16, email 17,
url 15, ip_address 14, ssn 40, medical_record 19, health_plan 30,
account 16, licence 16, vehicle 23, device 14, street_address 36,
zip_code 34;
with 209 names and 204 places smaller than a state (the test
requires 209 and 204).

Names: Sámi (North Sámi and Lule), Norwegian, Icelandic, Faroese,
Greenlandic, Danish, Swedish, Tornedalian, Finnish, Karelian, Estonian,
Estonian Russian and Estonian Swede, Seto, Lithuanian, Georgian and Svan,
Azerbaijani, Kazakh, Kyrgyz, Tajik, Turkmen, Kabardian, Crimean Tatar,
Uyghur, Samoan, Fijian and Indo-Fijian, Cook Islands Māori, i-Kiribati,
Tuvaluan, Tongan, Māori, Native Hawaiian, Marshallese, Chuukese,
Jamaican, Haitian, Cuban, Garifuna, Grenadian, St Lucian, Irish and Irish
Gaelic, Irish Traveller, Welsh, Cornish, Basque, Galician, Catalan,
Andalusian, Slovak and Hungarian Roma, Hmong, Khmer, Karen, Burmese,
Bangladeshi and Rohingya, Sylheti Bengali, Sri Lankan Tamil and Sinhala,
Telugu, Tamil, Yoruba, Igbo, Hausa and Kanuri, Somali, Kabyle, Mapuche
and Lafkenche, Chilean, Guarani and Paraguayan, Qom, Mohawk, Cree,
Oji-Cree, Inuit, Dene, Navajo, Tohono O'odham, Lakota, Ojibwe, Unangax̂,
Mainer, Oregonian, Nuevomexicano, Wisconsin German, African American,
Gullah Geechee, Aboriginal Australian, Japanese (family name first),
Okinawan, Zainichi Korean, Korean and Sherpa names; lower-case names and
places, hyphenated and multi-part names, patronymic and matronymic names,
names with honorifics (Daw, Saw, Ña, Ras) and names with diacritics and
glottal marks.  Places: invented or real villages, hamlets, settlements,
farms, harbours, piers, islets, marae roads, pā, reserves, chapters,
districts, microdistricts, collective centres, camp blocks, halting sites,
flats, trailer parks, corridors, wards, compañías, villas and manzanas,
lofs, kirkonkylä and küla, jamoats and ayils, and real neighbourhoods and
districts (written with an invented street, block or part where they
clashed with the earlier sets), and places after street addresses.

Clean snippets: clinical prose with about 9.8 capitalised words per
snippet after the first word of a sentence (1522 in 156 snippets, counted
by the author's script; acronyms included): drug brands and generics,
doses and laboratory values, scales and questionnaires, therapy models
and their founders, Indigenous and Pacific models of health, real
published authors and books, guidelines, acts, diagnoses and
culture-bound idioms, weekdays, months, seasons, religious holidays,
professional bodies, regulators, charities, helplines, apps, universities,
countries, states and provinces, nationalities, religions and languages,
and no place smaller than a state or a country's subdivision.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase

LOCKED40_CASES: tuple[EvalCase, ...] = (
    EvalCase(
        "Our Ministry of Social Affairs in Estonia funds only twelve sessions of CBT per year through the Health Insurance Fund, and the Töötukassa won't cover Schema Therapy at all. Is it the same in Latvia or Lithuania?",
        [],
    ),
    EvalCase(
        "Anyone with experience of the Adverse Childhood Experiences International Questionnaire (ACE-IQ) in Tamil or Sinhala? The WHO version and the Sri Lanka College of Psychiatrists' translation differ.",
        [],
    ),
    EvalCase(
        "Our Irish service has adopted the Open Dialogue approach from Finland; Jaakko Seikkula's work and the HSE's National Office for Suicide Prevention both back it. Supervision is on alternate Fridays.",
        [],
    ),
    EvalCase(
        "Client Rhodri Wynne-Jones's van CX71 WLN was seen near Cwmaman Glanaman.",
        [('name', 'Rhodri Wynne-Jones'), ('vehicle', 'CX71 WLN'), ('place', 'Cwmaman Glanaman')],
    ),
    EvalCase(
        "Our Catalan service uses the Generalitat's Pla de Salut Mental, and the CatSalut Catàleg lists Interpersonal Psychotherapy. Has anyone trained through the Col·legi Oficial de Psicologia de Catalunya?",
        [],
    ),
    EvalCase(
        'Estonian-Swede Inger Rosenfeldt, address Rannarootsi tee 4, 91201 Noarootsi Pürksi, the Estonia sinking memories came back with the new book.',
        [('name', 'Inger Rosenfeldt'), ('street_address', 'Rannarootsi tee 4'), ('zip_code', '91201'), ('place', 'Noarootsi Pürksi')],
    ),
    EvalCase(
        "The Dharma and Mindfulness crowd keep quoting Jon Kabat-Zinn's Full Catastrophe Living, but Tara Brach's Radical Acceptance landed better for my Buddhist Khmer and Lao clients.",
        [],
    ),
    EvalCase(
        "Has anyone compared Brexpiprazole (Rexulti) to Cariprazine (Reagila) for negative symptoms? The Norwegian Medicines Agency only reimburses one; Sweden's TLV took a different view.",
        [],
    ),
    EvalCase(
        "I attended the Sámi Psychiatric Youth Team webinar on Tuesday about Joik as emotional expression. It's the first time I've heard Lávvu Dialogue described as a method.",
        [],
    ),
    EvalCase(
        'Long-acting injectables: Paliperidone (Xeplion, Trevicta) monthly versus three-monthly. Our Māori and Pasifika clients prefer fewer visits; the Te Whatu Ora formulary covers both now.',
        [],
    ),
    EvalCase(
        "A new Cochrane Review on Internet-delivered CBT came out in June. Gerhard Andersson's Swedish programmes (Iterapi) seem strongest; any Danish or Finnish equivalents on the national health portals?",
        [],
    ),
    EvalCase(
        'When do you refer to an Eating Disorders service? The SCOFF questionnaire and EDE-Q flagged a client on Monday; the Junior MARSIPAN guidance from the Royal College covers medical risk.',
        [],
    ),
    EvalCase(
        "Roma client in Andalusia, Rocío Heredia Amaya, NIE/DNI 30984417K, lives in Polígono Sur Martínez Montañés 3, her son's motorbike 2847 KLP was taken by police; mother fears eviction.",
        [('name', 'Rocío Heredia Amaya'), ('ssn', '30984417K'), ('place', 'Polígono Sur Martínez Montañés 3'), ('vehicle', '2847 KLP')],
    ),
    EvalCase(
        "Wisconsin dairy farmer Lyle Kuehnhold from Bloomer Chippewa Falls rd, bankruptcy and guns, his wife's email kuehnhold.dairy@centurytel.net.",
        [('name', 'Lyle Kuehnhold'), ('place', 'Bloomer Chippewa Falls rd'), ('email', 'kuehnhold.dairy@centurytel.net')],
    ),
    EvalCase(
        'Marshallese family in Arkansas, Jitiam Lajikit, Springdale Elm Springs Rd trailer park, COFA status, Medicaid ARKids B 0048872315, son bullied at school.',
        [('name', 'Jitiam Lajikit'), ('place', 'Springdale Elm Springs Rd trailer park'), ('health_plan', 'ARKids B 0048872315')],
    ),
    EvalCase(
        'His oxygen concentrator Inogen One G5 SN 2218744KX runs out in power cuts; client Tamaz Gogoladze, Chiatura Perevisa.',
        [('device', 'Inogen One G5 SN 2218744KX'), ('name', 'Tamaz Gogoladze'), ('place', 'Chiatura Perevisa')],
    ),
    EvalCase(
        'Kyrgyz bride-kidnapping case: Aizirek Toktogulova, 19, from Kyzyl-Oi ayil, PIN 21105200450117, wants to leave, family threatening; phone +996 770 48 12 39.',
        [('name', 'Aizirek Toktogulova'), ('place', 'Kyzyl-Oi ayil'), ('ssn', '21105200450117'), ('phone', '+996 770 48 12 39')],
    ),
    EvalCase(
        'Switched a client from Sertraline to Vortioxetine in October after sexual side effects; Brintellix at 10 mg, and the GAD-7 dropped from 16 to 9 by December. Anyone else seen nausea settle after the second week?',
        [],
    ),
    EvalCase(
        'Slovak Roma family moved to Page Hall Robey Street: Dežo Horváth-Lakatoš, address 62 Firth Park Crescent, S5 6HF, daughter excluded from school, NHS number 485 772 3019.',
        [('place', 'Page Hall Robey Street'), ('name', 'Dežo Horváth-Lakatoš'), ('street_address', '62 Firth Park Crescent'), ('zip_code', 'S5 6HF'), ('medical_record', '485 772 3019')],
    ),
    EvalCase(
        'Olanzapine weight gain is worse in our Pacific clients; the Pasifika Medical Association suggested Metformin 500 mg early. Does the RANZCP guideline back that for under-25s?',
        [],
    ),
    EvalCase(
        "Have you read Lemn Sissay's My Name Is Why? A care leaver recommended it to me on Friday, and it sits well next to the Care Leavers' Association materials and the Children Act guidance.",
        [],
    ),
    EvalCase(
        'Greenland: referral for Ivalu Kristiansen-Petersen, 16, from Qasigiannguit, two cousins died by suicide since 3 August 2024. hospital file DIH-2024-66031.',
        [('name', 'Ivalu Kristiansen-Petersen'), ('place', 'Qasigiannguit'), ('date', '3 August 2024'), ('medical_record', 'DIH-2024-66031')],
    ),
    EvalCase(
        "In Iceland, the Directorate of Health's Depression guideline recommends Sertraline first, and Sjúkratryggingar Íslands now part-funds Psychologist visits. How do clients find the Gamma Scale?",
        [],
    ),
    EvalCase(
        'Dexcom transmitter 8G4R2K was stolen with her bag; client Kiri Apanui, Ruatoria Waiomatatini.',
        [('device', '8G4R2K'), ('name', 'Kiri Apanui'), ('place', 'Ruatoria Waiomatatini')],
    ),
    EvalCase(
        'Clozapine titration started on Monday; neutrophils fine, but we saw tachycardia at 118 bpm on Thursday. The Maudsley Prescribing Guidelines suggest Bisoprolol. Anyone else with Clozaril REMS experience?',
        [],
    ),
    EvalCase(
        "Reading Aboriginal psychologist Pat Dudgeon's Working Together textbook with our South Australia team. The Social and Emotional Wellbeing framework and the Gayaa Dhuwi declaration are central.",
        [],
    ),
    EvalCase(
        'Tamil Nadu firecracker-factory blast: Muthulakshmi Arumugam from Sivakasi Thiruthangal, burns unit file GRH-MDU-BU-2024-7712, ESI ESIC 3314 0028 71.',
        [('name', 'Muthulakshmi Arumugam'), ('place', 'Sivakasi Thiruthangal'), ('medical_record', 'GRH-MDU-BU-2024-7712'), ('health_plan', 'ESIC 3314 0028 71')],
    ),
    EvalCase(
        'Kahnawake Mohawk referral: Kahentiiosta Deer-Jacobs, status card STATUS 1830047219, lives off Old Malone Road, residential school intergenerational grief.',
        [('place', 'Kahnawake'), ('name', 'Kahentiiosta Deer-Jacobs'), ('ssn', 'STATUS 1830047219'), ('place', 'Old Malone Road')],
    ),
    EvalCase(
        'Oregon wildfire survivor Brandi Hoefling from Detroit Lake Breitenbush Rd, phone 503-854-3302, Oregon Health Plan OHP 22M44871, her mobile home burned on Labor Day.',
        [('name', 'Brandi Hoefling'), ('place', 'Detroit Lake Breitenbush Rd'), ('phone', '503-854-3302'), ('health_plan', 'OHP 22M44871')],
    ),
    EvalCase(
        "Plate ELX 419 seen at her mother's, she's Sanna Yli-Kovero, Kemijärvi Isokylä.",
        [('vehicle', 'ELX 419'), ('name', 'Sanna Yli-Kovero'), ('place', 'Kemijärvi Isokylä')],
    ),
    EvalCase(
        'Indo-Fijian sugar farmer Ravinesh Chand Pillay from Vunimoli sector, lease ended, pesticide attempt in March; hospital number LTK-HOSP-0318892, M-PAiSA M-PAiSA 9241 3306.',
        [('name', 'Ravinesh Chand Pillay'), ('place', 'Vunimoli sector'), ('medical_record', 'LTK-HOSP-0318892'), ('account', 'M-PAiSA 9241 3306')],
    ),
    EvalCase(
        'Sinhala farmer Wasantha Kumara Herath from Padaviya Sripura, kidney disease in the village, agrochemical fear, Sampath account Sampath 1077 5420 3318.',
        [('name', 'Wasantha Kumara Herath'), ('place', 'Padaviya Sripura'), ('account', 'Sampath 1077 5420 3318')],
    ),
    EvalCase(
        'Has anyone read Kimberlé Crenshaw or bell hooks with clients? A Fijian-Indian client brought All About Love to session on Friday and it led to a Big conversation about Izzat.',
        [],
    ),
    EvalCase(
        'Kambo and Rapé ceremonies are spreading among Estonian and Finnish wellness groups. Neither is regulated by Fimea or the Estonian State Agency of Medicines. Do you raise it with clients?',
        [],
    ),
    EvalCase(
        'Prescribing question: Aripiprazole 5 mg augmenting Escitalopram for treatment-resistant depression, per the CANMAT 2023 update. Any experience of akathisia in older Cree or Dene clients?',
        [],
    ),
    EvalCase(
        'Fax from the Welsh health board 01970 628 417 re Elen Rhys Morgan, Penrhyncoch Cefn Llan, 2 pages.',
        [('fax', '01970 628 417'), ('name', 'Elen Rhys Morgan'), ('place', 'Penrhyncoch Cefn Llan')],
    ),
    EvalCase(
        "Cornish tin-mining family, Morwenna Trevithick-Pascoe, Pendeen Boscaswell, TR19 7EF, son's fishing boat PZ 1183 Kerensa sank in the storm.",
        [('name', 'Morwenna Trevithick-Pascoe'), ('place', 'Pendeen Boscaswell'), ('zip_code', 'TR19 7EF'), ('vehicle', 'PZ 1183 Kerensa')],
    ),
    EvalCase(
        "Can someone confirm the hospital fax? I have +299 34 41 90 for Ane Marie Nielsen Olsen's referral from Qeqertarsuaq Uummannarsuaq.",
        [('fax', '+299 34 41 90'), ('name', 'Ane Marie Nielsen Olsen'), ('place', 'Qeqertarsuaq Uummannarsuaq')],
    ),
    EvalCase(
        'Amazigh client Tiziri Aït Ouali from Ath Yenni Taourirt Mimoun, wildfire in 2021 burned her village, DZ ID DZ 109582 04413 77.',
        [('name', 'Tiziri Aït Ouali'), ('place', 'Ath Yenni Taourirt Mimoun'), ('ssn', 'DZ 109582 04413 77')],
    ),
    EvalCase(
        'Bit of a long narrative. A young Kazakh engineer, Yerlan Abdikarimov, came to me after the pipeline protests; he was detained for nine days in Aktau 14th microdistrict and says the police filmed him. He has moved in with his aunt at Abai street 71, apt 22, 130006, and uses a VPN because he believes they track his laptop, which he says logs in from 95.56.214.187. He sleeps with the light on. Where is the line between realistic fear and paranoia here?',
        [('name', 'Yerlan Abdikarimov'), ('place', 'Aktau 14th microdistrict'), ('street_address', 'Abai street 71, apt 22'), ('zip_code', '130006'), ('ip_address', '95.56.214.187')],
    ),
    EvalCase(
        "Has anyone seen research on Autism in Hmong families? Our Wisconsin clients often don't recognise the Diagnostic labels, and the Autism Society of America has little in Hmong.",
        [],
    ),
    EvalCase(
        'We use the WEMWBS wellbeing scale in Welsh for school programmes. The SWEMWBS short form was validated by Stewart-Brown. Any Cornish attempt?',
        [],
    ),
    EvalCase(
        'Has anyone tried the Strengths and Difficulties Questionnaire in Somali? The Youthinmind site lists a version, but my Somali colleagues on the Friday Zoom say the wording on Item 12 is odd.',
        [],
    ),
    EvalCase(
        "For Yoruba clients, Thomas Adeoye Lambo's village-based model of community psychiatry and Wole Soyinka's plays are inspiring. Does the Nigerian Association of Clinical Psychologists still run webinars?",
        [],
    ),
    EvalCase(
        'Her hearing aid Oticon Intent SN 2YK44187 was broken in the fight; client Saule Tulegenova, Semey Zhana Semey.',
        [('device', 'Oticon Intent SN 2YK44187'), ('name', 'Saule Tulegenova'), ('place', 'Semey Zhana Semey')],
    ),
    EvalCase(
        "Sodium Valproate in women of childbearing age: the MHRA's Pregnancy Prevention Programme and the EMA's 2018 restrictions apply across Ireland and the Nordic countries too. How do you document it?",
        [],
    ),
    EvalCase(
        'Client Daniyar Seitkaliuly shared his blog daniyar-seitkali.medium.com/the-quiet-year about psychosis, he is from Taraz Zhambyl microdistrict.',
        [('name', 'Daniyar Seitkaliuly'), ('url', 'daniyar-seitkali.medium.com/the-quiet-year'), ('place', 'Taraz Zhambyl microdistrict')],
    ),
    EvalCase(
        "Finnish client Aino-Liisa Heikkilä from Pihtipudas kirkonkylä, henkilötunnus 080667-528K, farm debt and her husband's hunting rifles in the house; firearms permit AL-LSP-2019-4481.",
        [('name', 'Aino-Liisa Heikkilä'), ('place', 'Pihtipudas kirkonkylä'), ('ssn', '080667-528K'), ('licence', 'AL-LSP-2019-4481')],
    ),
    EvalCase(
        "Can anyone read this Kalaallisut note? Mother is Nuka Lyberth, address B-1287 Aqqusinersuaq, DK-3911 Sisimiut Nalunnguarfik, CPR 041179-2286. She wants us to speak to her son's school.",
        [('name', 'Nuka Lyberth'), ('street_address', 'B-1287 Aqqusinersuaq'), ('zip_code', 'DK-3911'), ('place', 'Sisimiut Nalunnguarfik'), ('ssn', '041179-2286')],
    ),
    EvalCase(
        "Our Mapuche clients speak of Kutran and Machi healing; the Chilean Ministerio de Salud's PESPI programme supports intercultural health. Has anyone used it alongside Trauma-Focused CBT?",
        [],
    ),
    EvalCase(
        'Māori whānau referral: Ngaire Te Huia-Paraone, 38, from Rangiahua pā, cannabis psychosis in her son, his NHI ZGK7319, address 27 Horeke Road, NZ-0473 Okaihau Settlement Road.',
        [('name', 'Ngaire Te Huia-Paraone'), ('place', 'Rangiahua pā'), ('medical_record', 'ZGK7319'), ('street_address', '27 Horeke Road'), ('zip_code', 'NZ-0473'), ('place', 'Okaihau Settlement Road')],
    ),
    EvalCase(
        "Older Seto man Mihkli Palo from Obinitsa küla, lost his brother's farm across the Russian line, bank EE38 2200 2210 4478 3391, asks help with the land claim and is not sleeping.",
        [('name', 'Mihkli Palo'), ('place', 'Obinitsa küla'), ('account', 'EE38 2200 2210 4478 3391')],
    ),
    EvalCase(
        "Long question about a Sámi teen. Sáve Juuso Labba is 14, lives in Gárasavvon Pikku-Ruotsi, was filmed in his gákti by classmates and the clip went on tiktok.com/@savejuuso_gakti. He now refuses school, plays online all night from 2a02:2168:84f1:20::3c according to his mother's router log, and only speaks to his grandfather. How do I involve the grandfather without colonising the process?",
        [('name', 'Sáve Juuso Labba'), ('place', 'Gárasavvon Pikku-Ruotsi'), ('url', 'tiktok.com/@savejuuso_gakti'), ('ip_address', '2a02:2168:84f1:20::3c')],
    ),
    EvalCase(
        'Question for those in Saskatchewan and Manitoba: the Hope for Wellness Help Line covers Cree, Ojibwe and Inuktitut. Is the Indigenous Services Canada Mental Health Benefit still reimbursing counsellors weekly?',
        [],
    ),
    EvalCase(
        'Lithium levels came back at 0.9 mmol/L on Friday, TSH slightly raised, eGFR stable at 78. Psychiatry want to add Levothyroxine. Does anyone know the Lithium Therapy Monitoring guidance from the Royal College?',
        [],
    ),
    EvalCase(
        'The ex logs into her account from 178.232.66.201, she says; client Hilde Øvergaard, Lillehammer Nordseter.',
        [('ip_address', '178.232.66.201'), ('name', 'Hilde Øvergaard'), ('place', 'Lillehammer Nordseter')],
    ),
    EvalCase(
        "Nordic researchers published a Lancet Psychiatry paper on Cannabis and psychosis in Denmark. Carsten Hjorthøj's registry work is compelling; our Thursday journal club debated it.",
        [],
    ),
    EvalCase(
        "Our Tuesday discussion was about Moral Injury in Health Workers. Brett Litz's Adaptive Disclosure and Shira Maguen's Impact of Killing treatment both came up, along with the ISTSS guidelines.",
        [],
    ),
    EvalCase(
        "For Khmer Krom and Vietnamese clients, Thich Nhat Hanh's Peace Is Every Step works better than Western Mindfulness texts. Thich Nhat Hanh's community runs Vietnamese-language retreats in France.",
        [],
    ),
    EvalCase(
        'Venlafaxine discontinuation is brutal; a client dropping from 225 mg to 150 mg on Sunday had Brain Zaps by Tuesday. The Horowitz and Taylor tapering paper in Lancet Psychiatry helps.',
        [],
    ),
    EvalCase(
        "New referral from the Sámi health unit: Áile Gaup Somby, 34, reindeer herder's wife from Lávvuvuopmi, panic since the calving losses. Fødselsnummer 170690 48213, phone +47 958 31 604.",
        [('name', 'Áile Gaup Somby'), ('place', 'Lávvuvuopmi'), ('ssn', '170690 48213'), ('phone', '+47 958 31 604')],
    ),
    EvalCase(
        'Anyone using the Columbia Suicide Severity Rating Scale in Kalaallisut? The Greenlandic translation from the Paarisa programme seemed clunky to me when I trialled it on Monday.',
        [],
    ),
    EvalCase(
        "Topiramate for alcohol cravings is off-label in Ireland. The HSE's Alcohol Forum and the Health Research Board recommend Acamprosate first. Anyone used Baclofen via a Consultant?",
        [],
    ),
    EvalCase(
        "Supervision question: Schema Therapy's Mode Model (Jeffrey Young, Arnoud Arntz) with clients from Japan and Korea, where shame and Amae shape the Vulnerable Child mode differently.",
        [],
    ),
    EvalCase(
        'Welsh chapel deacon Emrys Pugh-Lloyd, 95 years and 10 months, Llanuwchllyn Pandy, anxious about dying without the farm passed on.',
        [('name', 'Emrys Pugh-Lloyd'), ('age_over_89', '95 years and 10 months'), ('place', 'Llanuwchllyn Pandy')],
    ),
    EvalCase(
        "Any clinicians in Alberta or British Columbia using the Alberta Health Services Indigenous Wellness Core? The Elders' Protocol booklet and the First Nations Health Authority's Cultural Safety training are good.",
        [],
    ),
    EvalCase(
        "Anyone using the Harvard Trauma Questionnaire Cambodian version? Richard Mollica's team wrote the original, and the Hopkins Symptom Checklist HSCL-25 pairs with it on intake.",
        [],
    ),
    EvalCase(
        "Our Irish Traveller clients prefer Pavee Point's outreach and the Exchange House mental health service. The Traveller Health Unit reports suicide at six times the national rate.",
        [],
    ),
    EvalCase(
        'My Sámi client Mikkal Aikio-Valle from Njuorggán has a snowmobile accident history, sled reg MKL-482, and asks whether his Kela card Kela 7720-1983-05 covers online sessions.',
        [('name', 'Mikkal Aikio-Valle'), ('place', 'Njuorggán'), ('vehicle', 'MKL-482'), ('health_plan', 'Kela 7720-1983-05')],
    ),
    EvalCase(
        "For Quechua-speaking patients in Peru, Kimberly Theidon's Intimate Enemies and the Truth and Reconciliation Commission's report help with context. Llaki and Pinsamientuwan come up often.",
        [],
    ),
    EvalCase(
        'Her mother keeps taking her MobilePay MobilePay 2641 8870 money; client Naja Berthelsen Lynge, 17, Ilulissat Ulkebugt.',
        [('account', 'MobilePay 2641 8870'), ('name', 'Naja Berthelsen Lynge'), ('place', 'Ilulissat Ulkebugt')],
    ),
    EvalCase(
        "Long referral summary: Teuila Fa'alogo-Sapolu, 19, Samoan-Australian, from Logan Central Ewing St, was assaulted at a party in Woodridge Station Rd and the video was shared. She has moved to her aunt's at 16 Wembley Road, QLD 4123. School counsellor's email counsellor.wg@woodridgeshs.eq.edu.au. She wants counselling but not at the same service as her cousins.",
        [('name', "Teuila Fa'alogo-Sapolu"), ('place', 'Logan Central Ewing St'), ('place', 'Woodridge Station Rd'), ('street_address', '16 Wembley Road'), ('zip_code', 'QLD 4123'), ('email', 'counsellor.wg@woodridgeshs.eq.edu.au')],
    ),
    EvalCase(
        'Farmer Iolo Prydderch from Cwmystwyth uchaf, TB slaughter of his herd, flock holding CPH 55/418/0072, wants sessions in Cymraeg on Wednesday 4 March 2026.',
        [('name', 'Iolo Prydderch'), ('place', 'Cwmystwyth uchaf'), ('licence', 'CPH 55/418/0072'), ('date', 'Wednesday 4 March 2026')],
    ),
    EvalCase(
        "Georgian psychiatric reform: the Global Initiative on Psychiatry and the EU's programme funded Community Mental Health Centres. Anyone seen the Ministry of IDPs' psychosocial unit data?",
        [],
    ),
    EvalCase(
        'Long one, sorry. I took over a case from a colleague who went on leave: Ragnhild Sæterdal, 58, a ferry deckhand from Vågsøy Raudeberg, who was on board when the car deck fire started in the fjord. She was moved to a flat at Kaigata 3, 2. etasje, 6718 Deknepollen, and since then she cannot sit in a car with the windows shut. Her GP faxes everything from +47 57 85 40 19. How would you pace exposure when she also has COPD?',
        [('name', 'Ragnhild Sæterdal'), ('place', 'Vågsøy Raudeberg'), ('street_address', 'Kaigata 3, 2. etasje'), ('zip_code', '6718'), ('place', 'Deknepollen'), ('fax', '+47 57 85 40 19')],
    ),
    EvalCase(
        "I joined the EMDR Europe webinar on Wednesday. Francine Shapiro's Getting Past Your Past is still the best client handout, though the Flash Technique from Philip Manfield is gaining ground.",
        [],
    ),
    EvalCase(
        "Kazakh and Kyrgyz clients often mention Kelin obligations in their in-laws' homes. The UN Women Central Asia reports and the OSCE's work on Ala Kachuu are useful background.",
        [],
    ),
    EvalCase(
        'New Mexico: Ernesto Baca Trujillo, Chimayó El Potrero, heroin death of his son, Centennial Care Centennial 1100482917, CDL NM CDL 220481773.',
        [('name', 'Ernesto Baca Trujillo'), ('place', 'Chimayó El Potrero'), ('health_plan', 'Centennial 1100482917'), ('licence', 'NM CDL 220481773')],
    ),
    EvalCase(
        "Tohono O'odham youth Ravenna Antone-Manuel from Sells Big Fields village, border patrol trauma, AHCCCS AHCCCS A44128870, phone 520-383-7742.",
        [('name', 'Ravenna Antone-Manuel'), ('place', 'Sells Big Fields village'), ('health_plan', 'AHCCCS A44128870'), ('phone', '520-383-7742')],
    ),
    EvalCase(
        'Tornedalian family, the father Eero Keinänen-Pohjanen speaks Meänkieli only when drunk, mother asks for a home visit at Lappeavägen 7, 957 31 Övertorneå-Kuivakangas.',
        [('name', 'Eero Keinänen-Pohjanen'), ('street_address', 'Lappeavägen 7'), ('zip_code', '957 31'), ('place', 'Övertorneå-Kuivakangas')],
    ),
    EvalCase(
        "Supervisor asked me to read Sue Johnson's Hold Me Tight before starting Emotionally Focused Therapy with a Welsh couple. Is the ICEEFT core skills training worth the cost in Euros?",
        [],
    ),
    EvalCase(
        'Any Icelandic colleagues using the ICE-TRAIN trauma programme from the University of Iceland? I heard it follows the Cognitive Processing Therapy manual by Patricia Resick, with Icelandic worksheets.',
        [],
    ),
    EvalCase(
        'Estonian colleagues: the Peaasi portal and the Lasteabi helpline are good for teens. Do you know if the Health Insurance Fund covers Family Therapy after the January changes?',
        [],
    ),
    EvalCase(
        'Please fax the letter to (907) 443-5128 for Jonas Kakaruk-Weyiouanna at Shishmaref East, and copy his PCA.',
        [('fax', '(907) 443-5128'), ('name', 'Jonas Kakaruk-Weyiouanna'), ('place', 'Shishmaref East')],
    ),
    EvalCase(
        'The prosthetic foot Össur Pro-Flex SN 44177-PFX was issued to Gocha Beridze after the mine near Zugdidi Rukhi.',
        [('device', 'Össur Pro-Flex SN 44177-PFX'), ('name', 'Gocha Beridze'), ('place', 'Zugdidi Rukhi')],
    ),
    EvalCase(
        "Our Samoan clients describe Ma'i Aitu, spirit illness, and prefer a Fofō healer first. Has anyone partnered with Le Va's Engaging Pasifika training or the Pacific Trust?",
        [],
    ),
    EvalCase(
        'End SARS protester Tobiloba Akinwande, shot at Lekki toll gate plaza, on 20 October 2020, still has the bullet; his IG instagram.com/tobi_akinwande_endsars.',
        [('name', 'Tobiloba Akinwande'), ('place', 'Lekki toll gate plaza'), ('date', '20 October 2020'), ('url', 'instagram.com/tobi_akinwande_endsars')],
    ),
    EvalCase(
        'Wildfire survivor Javiera Cariqueo Soto from Viña del Mar El Olivar sector 3, lost her house Friday 2 February 2024, phone +56 9 7741 2083.',
        [('name', 'Javiera Cariqueo Soto'), ('place', 'Viña del Mar El Olivar sector 3'), ('date', 'Friday 2 February 2024'), ('phone', '+56 9 7741 2083')],
    ),
    EvalCase(
        "Dosing question: Sertraline liquid (Lustral oral concentrate) isn't licensed in Ireland, but Zoloft drops are in Japan. Anyone sourcing a liquid SSRI for a child who can't swallow tablets?",
        [],
    ),
    EvalCase(
        'Danish social worker writes: Mette Kjærsgaard Brødsgaard, CPR 230795-1842, Sønderbrogade 41, 2. th., DK-8000 Aarhus C, wants to start EMDR after the festival stampede.',
        [('name', 'Mette Kjærsgaard Brødsgaard'), ('ssn', '230795-1842'), ('street_address', 'Sønderbrogade 41, 2. th.'), ('zip_code', 'DK-8000'), ('place', 'Aarhus C')],
    ),
    EvalCase(
        "For grief, I lean on Worden's Four Tasks of Mourning and the Dual Process Model by Stroebe and Schut. Prolonged Grief Disorder in ICD-11 needs six months; DSM-5-TR needs twelve.",
        [],
    ),
    EvalCase(
        "For Hawaiian youth, the Ho'okua'āina programme and the Native Hawaiian Health Care Systems offer cultural grounding. Has anyone linked them with Multisystemic Therapy?",
        [],
    ),
    EvalCase(
        'Service-station explosion survivor Orla Mac Giolla Bhríde from Doe Castle road, fax from the GP 074 913 8852, chart LUH-MH-208834.',
        [('name', 'Orla Mac Giolla Bhríde'), ('place', 'Doe Castle road'), ('fax', '074 913 8852'), ('medical_record', 'LUH-MH-208834')],
    ),
    EvalCase(
        'His ex made a fake profile at vk.com/id_aslan_bekov_fake using his photos; client Aslan Bekov, Nalchik Khasanya, 26, gay and terrified.',
        [('url', 'vk.com/id_aslan_bekov_fake'), ('name', 'Aslan Bekov'), ('place', 'Nalchik Khasanya')],
    ),
    EvalCase(
        "Our Faroese clients often mention the Færeyinga Saga and Christian Pietism shaping guilt. The Faroese Lutheran Church's chaplains offer Friday counselling; any collaboration experiences?",
        [],
    ),
    EvalCase(
        'I use the Brief COPE and the Connor-Davidson Resilience Scale (CD-RISC) with Caribbean nurses. The Caribbean Public Health Agency has a Wellness Toolkit as well.',
        [],
    ),
    EvalCase(
        "He has a pacemaker Medtronic Azure SN RNB418872S; client Pita Havili Fusitu'a, Nukuʻalofa Halaleva, wants to fly home.",
        [('device', 'Medtronic Azure SN RNB418872S'), ('name', "Pita Havili Fusitu'a"), ('place', 'Nukuʻalofa Halaleva')],
    ),
    EvalCase(
        "Family Group Conferencing came from New Zealand's Children, Young Persons and Their Families Act 1989. Our Irish Tusla colleagues use it; any Welsh or Cornish social services doing so?",
        [],
    ),
    EvalCase(
        'Manitoba: Charlene Flett-Monias from Garden Hill Island Lake, evacuated by wildfire in May, living at a hotel, 1808 Wellington Ave, R3H 1B4; PHIN PHIN 119 448 720.',
        [('name', 'Charlene Flett-Monias'), ('place', 'Garden Hill Island Lake'), ('street_address', '1808 Wellington Ave'), ('zip_code', 'R3H 1B4'), ('health_plan', 'PHIN 119 448 720')],
    ),
    EvalCase(
        "The Hawaiian Islands have Queen Lili'uokalani Trust programmes for Native Hawaiian children. Anyone worked with their Mālama programme?",
        [],
    ),
    EvalCase(
        'Has anyone used the Refugee Health Screener-15 (RHS-15) with Rohingya clients? The Pathways to Wellness team in Washington State developed it; Bangla and Burmese versions exist.',
        [],
    ),
    EvalCase(
        "Somali khat user Guuleed Axmed Samatar in Hargeisa Jigjiga Yar, mother's Zaad Zaad 063 440 1128, wants him chained no more at the traditional healer.",
        [('name', 'Guuleed Axmed Samatar'), ('place', 'Hargeisa Jigjiga Yar'), ('account', 'Zaad 063 440 1128')],
    ),
    EvalCase(
        'IP address 46.49.112.77 kept posting her address; client Tamar Khurtsidze, Batumi Gonio.',
        [('ip_address', '46.49.112.77'), ('name', 'Tamar Khurtsidze'), ('place', 'Batumi Gonio')],
    ),
    EvalCase(
        "Our Hawaiian kupuna clients often speak of Ho'oponopono; Mary Kawena Pukui's Nānā i ke Kumu describes it. Does anyone integrate it into Family Systems work through Papa Ola Lōkahi or Kaiser Permanente?",
        [],
    ),
    EvalCase(
        'Hungarian Roma woman Erzsébet Oláh Lakatos from Ózd Hétes telep, TAJ TAJ 044 518 227, forced sterilisation claim, would like a female therapist.',
        [('name', 'Erzsébet Oláh Lakatos'), ('place', 'Ózd Hétes telep'), ('health_plan', 'TAJ 044 518 227')],
    ),
    EvalCase(
        'Cyberstalking via 193.40.11.174 from the university network; client Liis Kask-Ojamaa, Tartu Supilinn.',
        [('ip_address', '193.40.11.174'), ('name', 'Liis Kask-Ojamaa'), ('place', 'Tartu Supilinn')],
    ),
    EvalCase(
        "Supervision reading list for February: Irvin Yalom's The Gift of Therapy, Nancy McWilliams's Psychoanalytic Diagnosis, and Carl Rogers's On Becoming a Person. Any Scandinavian additions?",
        [],
    ),
    EvalCase(
        'Old Mapuche lonko Segundo Ancalaf Nahuelpán, 102 years, 6 months, from Ercilla Pidima, refuses to leave his ruka after the fire.',
        [('name', 'Segundo Ancalaf Nahuelpán'), ('age_over_89', '102 years, 6 months'), ('place', 'Ercilla Pidima')],
    ),
    EvalCase(
        "A Khmer client described Khyâl attacks (wind attacks); Devon Hinton's CA-CBT for Cambodian refugees addresses them. The Cambodian Mental Health Survey also names Baksbat.",
        [],
    ),
    EvalCase(
        'Hydroxyzine (Atarax) for anxiety remains popular in Lithuania and Latvia. The EMA flagged QT prolongation in 2015. Do your GPs still prescribe it on Fridays before the weekend?',
        [],
    ),
    EvalCase(
        'Greenlandic student in Denmark, Pipaluk Heilmann, her card number sundhedskort 1189-4420-37 is missing from the form, lives at a dorm near Tingbjerg Nord.',
        [('name', 'Pipaluk Heilmann'), ('health_plan', 'sundhedskort 1189-4420-37'), ('place', 'Tingbjerg Nord')],
    ),
    EvalCase(
        'Has anyone used the Kaupapa Māori Hui Process (Lacey, Huria, Pitama) in Mental Health Assessment? Our registrars from the University of Otago found it useful.',
        [],
    ),
    EvalCase(
        'She has a VNS device LivaNova SenTiva SN 104-41877; client Tahnee Djerrkura-Ross, Bulgarra Galbraith Rd, asks about flying.',
        [('device', 'LivaNova SenTiva SN 104-41877'), ('name', 'Tahnee Djerrkura-Ross'), ('place', 'Bulgarra Galbraith Rd')],
    ),
    EvalCase(
        'Varenicline (Champix) was withdrawn from Europe in 2021 over nitrosamines, and Cytisine is what our Lithuanian clients get now. Any issues with mood?',
        [],
    ),
    EvalCase(
        "Hmong teen Kaonou Lor from Wausau Thomas St, arranged-marriage pressure, texting from 715-301-8842, asks we don't call home; her school email klor27@wausaustudents.org.",
        [('name', 'Kaonou Lor'), ('place', 'Wausau Thomas St'), ('phone', '715-301-8842'), ('email', 'klor27@wausaustudents.org')],
    ),
    EvalCase(
        "Long post, sorry. Emine Celilova, a Crimean Tatar woman now in Chernivtsi Rosha, lost touch with her son after he was detained; she checks his lawyer's channel at t.me/crimeansol_defence_emine many times a day, hardly eats, and wakes at four. She has temporary protection papers and a card from a charity, account UA21 3052 9900 0002 6204 8817 7021 3. Has anyone adapted CBT for ambiguous loss under occupation?",
        [('name', 'Emine Celilova'), ('place', 'Chernivtsi Rosha'), ('url', 't.me/crimeansol_defence_emine'), ('account', 'UA21 3052 9900 0002 6204 8817 7021 3')],
    ),
    EvalCase(
        'Mirtazapine 15 mg for an elderly Welsh client with poor appetite; Sodium was 131 on Thursday. The NICE CKS on Hyponatraemia suggests monitoring; any Welsh-language patient leaflets?',
        [],
    ),
    EvalCase(
        'Has anyone tried Acceptance and Commitment Therapy via the Self-Help Plus (SH+) package from WHO with Igbo or Hausa speakers? It was trialled in Uganda and Europe.',
        [],
    ),
    EvalCase(
        'Catalan client Montserrat Puigdemàs i Roura, CatSalut card TSI ROMO 0580 7712 04, from Vilanova de Sau Sant Romà, lost her son in the floods.',
        [('name', 'Montserrat Puigdemàs i Roura'), ('health_plan', 'TSI ROMO 0580 7712 04'), ('place', 'Vilanova de Sau Sant Romà')],
    ),
    EvalCase(
        'He sends money via Swish 123 448 71 90 to his ex every week out of guilt; client Tobias Lindqvist-Kaya, Hjällbo Rymdtorget.',
        [('account', 'Swish 123 448 71 90'), ('name', 'Tobias Lindqvist-Kaya'), ('place', 'Hjällbo Rymdtorget')],
    ),
    EvalCase(
        'Welsh-language referral: Gwenllian ap Dafydd, NI number JT 48 21 07 C, lives at Tŷ Capel, Stryd Fawr, Llanrhaeadr-ym-Mochnant, SY10 0JT; farm suicide of her husband.',
        [('name', 'Gwenllian ap Dafydd'), ('ssn', 'JT 48 21 07 C'), ('street_address', 'Tŷ Capel, Stryd Fawr'), ('place', 'Llanrhaeadr-ym-Mochnant'), ('zip_code', 'SY10 0JT')],
    ),
    EvalCase(
        'Question on Buprenorphine (Subutex, Suboxone, Buvidal) for heroin users in Estonia: the Estonian Health Board funds OST via regional centres. Anyone know the criteria?',
        [],
    ),
    EvalCase(
        'fax from the clinic +354 455 4022, about guðrún ösp bergsdóttir from sauðárkrókur túnahverfi, please call.',
        [('fax', '+354 455 4022'), ('name', 'guðrún ösp bergsdóttir'), ('place', 'sauðárkrókur túnahverfi')],
    ),
    EvalCase(
        'Fijian referral: Mereani Tuilevuka, TIN FJ-TIN 70-418821-3, lives at Lot 16 Waimanu Road, Nabua settlement, cyclone lost her house, children sleeping at the school.',
        [('name', 'Mereani Tuilevuka'), ('ssn', 'FJ-TIN 70-418821-3'), ('street_address', 'Lot 16 Waimanu Road'), ('place', 'Nabua settlement')],
    ),
    EvalCase(
        'my client losa fonoti from manono-tai lost her mum in the tsunami, she is on ACC claim 10048826331 now for her back, wants counselling in samoan if possible.',
        [('name', 'losa fonoti'), ('place', 'manono-tai'), ('health_plan', 'ACC claim 10048826331')],
    ),
    EvalCase(
        "Client Hone Tipene says his car rego KMR418 was clocked outside his ex's house in Kaikohe Ōkaka.",
        [('name', 'Hone Tipene'), ('vehicle', 'KMR418'), ('place', 'Kaikohe Ōkaka')],
    ),
    EvalCase(
        'Methylphenidate shortages again: Concerta and Ritalin out of stock in Norway and Denmark since September. Elvanse (Lisdexamfetamine) is being switched in. Any tips on rebound in adults?',
        [],
    ),
    EvalCase(
        'Our Faroese and Icelandic clients describe Skammdegisþunglyndi in Winter. The Nordic Seasonal Affective research group suggests Dawn Simulation devices; any Lumie recommendations?',
        [],
    ),
    EvalCase(
        'Karelian grandmother Anni Lipitsä, 94 years and 2 months, living alone in Ilomantsi Hattuvaara, keeps packing a suitcase for the evacuation; granddaughter on 040 716 3328.',
        [('name', 'Anni Lipitsä'), ('age_over_89', '94 years and 2 months'), ('place', 'Ilomantsi Hattuvaara'), ('phone', '040 716 3328')],
    ),
    EvalCase(
        'hikikomori son Takeda Ryōma, 37, in Sakai Izumigaoka 4-chōme, mother asks for a home visit, email takeda.michiko1951@docomo.ne.jp.',
        [('name', 'Takeda Ryōma'), ('place', 'Sakai Izumigaoka 4-chōme'), ('email', 'takeda.michiko1951@docomo.ne.jp')],
    ),
    EvalCase(
        'Dialectical Behaviour Therapy in Japanese: the JDBT Association trains in Japan, but waiting lists are long. Does anyone run DBT Skills Groups online for Japanese expats in Australia?',
        [],
    ),
    EvalCase(
        'Irish client Caoimhe Ní Bhraonáin, PPSN 7309814WA, from Carraroe Cois Fharraige, mother and baby home records request, wants us to come to Bóthar na Trá 5, H91 X4C8.',
        [('name', 'Caoimhe Ní Bhraonáin'), ('ssn', '7309814WA'), ('place', 'Carraroe Cois Fharraige'), ('street_address', 'Bóthar na Trá 5'), ('zip_code', 'H91 X4C8')],
    ),
    EvalCase(
        'Somali mother Hodan Maxamed Ciise in Järvaveckan block, afraid social services will take her children under the LVU law. Her phone +46 73 902 17 48, speaks English well.',
        [('name', 'Hodan Maxamed Ciise'), ('place', 'Järvaveckan block'), ('phone', '+46 73 902 17 48')],
    ),
    EvalCase(
        "Tricky one: Gabapentin misuse in Finnish prisons. The Rikosseuraamuslaitos guidance is strict, and the Finnish Medical Society Duodecim's Käypä Hoito guidelines suggest Pregabalin is worse.",
        [],
    ),
    EvalCase(
        'His car LVC-774 was towed in Rovaniemi Ounasrinne; client Juho Kaarlenpoika, drinking again.',
        [('vehicle', 'LVC-774'), ('place', 'Rovaniemi Ounasrinne'), ('name', 'Juho Kaarlenpoika')],
    ),
    EvalCase(
        'Loan app debt, account Halyk KZ47 6010 0021 4478 3390 frozen; client Asel Nurmagambetova, Shymkent Nursat, now ashamed to go home.',
        [('account', 'Halyk KZ47 6010 0021 4478 3390'), ('name', 'Asel Nurmagambetova'), ('place', 'Shymkent Nursat')],
    ),
    EvalCase(
        'Tajik labour migrant returned from Russia, Farrukh Davlatshoev, lives in Vahdat jamoat Simiganj, had a head injury on a building site in Russia, scan file RMC-DUSH-44812.',
        [('name', 'Farrukh Davlatshoev'), ('place', 'Vahdat jamoat Simiganj'), ('medical_record', 'RMC-DUSH-44812')],
    ),
    EvalCase(
        "For Fijian families I find the Vanua framework and the Talanoa method (from Timote Vaioleti's work) helpful. Our Pacific Mental Health team uses Tuesday talanoa circles.",
        [],
    ),
    EvalCase(
        'Nurse at the Sámi home says Ánde Piera Utsi, ninety-seven and a few weeks, from Deatnu Sirbmá, screams in the night about the boarding school.',
        [('name', 'Ánde Piera Utsi'), ('age_over_89', 'ninety-seven and a few weeks'), ('place', 'Deatnu Sirbmá')],
    ),
    EvalCase(
        'Forwarded from the GP fax (+47 77 64 19 52): patient Marit Hætta Balto, born 9 February 1961, journal no. UNN-JN-5518207, requests trauma therapy in North Sámi.',
        [('fax', '+47 77 64 19 52'), ('name', 'Marit Hætta Balto'), ('date', '9 February 1961'), ('medical_record', 'UNN-JN-5518207')],
    ),
    EvalCase(
        'Client Diarmuid Ó Súilleabháin lives at Sráid an Droichid 7, P75 K8W2, Béal Átha an Ghaorthaidh, sleeps in his car since the fire.',
        [('name', 'Diarmuid Ó Súilleabháin'), ('street_address', 'Sráid an Droichid 7'), ('zip_code', 'P75 K8W2'), ('place', 'Béal Átha an Ghaorthaidh')],
    ),
    EvalCase(
        'Router log shows 2001:4c48:2:a0::7f1 connecting to his phone at night; client Jaan Tamm-Kallas, Pärnu Raeküla.',
        [('ip_address', '2001:4c48:2:a0::7f1'), ('name', 'Jaan Tamm-Kallas'), ('place', 'Pärnu Raeküla')],
    ),
    EvalCase(
        "The Sámi Parliament's health committee asked us to avoid Norwegian-only questionnaires. We're piloting a North Sámi SCL-10 on Tuesdays and Thursdays through the Spring.",
        [],
    ),
    EvalCase(
        'Haitian asylum seeker Wilner Jean-Baptiste Fleurimond, A-number A 218-440-917, in Little Haiti 59th Terrace, earthquake survivor, now TPS ending; email wfleurimond.tps@gmail.com.',
        [('name', 'Wilner Jean-Baptiste Fleurimond'), ('ssn', 'A 218-440-917'), ('place', 'Little Haiti 59th Terrace'), ('email', 'wfleurimond.tps@gmail.com')],
    ),
    EvalCase(
        "I'd like recommendations for Japanese translations of Sue Johnson's Hold Me Tight and Esther Perel's Mating in Captivity. Japanese couples rarely ask, but when they do, Amazon Japan is slow.",
        [],
    ),
    EvalCase(
        "For Cree clients I read Cindy Blackstock's work and the Truth and Reconciliation Commission's 94 Calls to Action. The Thunderbird Partnership Foundation's Wellness Framework is practical.",
        [],
    ),
    EvalCase(
        "Long narrative. Client Zhyldyz Osmonalieva, 31, Kyrgyz cardiologist who worked abroad as a cleaner, now lives in Osh Amir-Timur mkr 12, after the 2010 violence she came back to her husband's family, who took her diploma. Medical licence KG-MZ 04417-LCH, phone +996 555 40 82 17. She wants to practise again and feels she is a stranger in her own house.",
        [('name', 'Zhyldyz Osmonalieva'), ('place', 'Osh Amir-Timur mkr 12'), ('licence', 'KG-MZ 04417-LCH'), ('phone', '+996 555 40 82 17')],
    ),
    EvalCase(
        "I use the EPDS with Bengali mothers on Tuesdays, but the Bangla version's item 10 on self-harm feels clumsy. Has the Royal College of Obstetricians updated anything?",
        [],
    ),
    EvalCase(
        "Client Nils Ánte Eira lost his herding quota after the wind park ruling, lives near Čuoppujávri outside the town. Reindeer district licence RD-27-0418, asks we don't write to his home.",
        [('name', 'Nils Ánte Eira'), ('place', 'Čuoppujávri'), ('licence', 'RD-27-0418')],
    ),
    EvalCase(
        'Can someone cover my Thursday group at Ørnevika health house? Contact the nurse Britt-Inger Solbakk on +47 471 02 938 or britt.solbakk@ornevika-helse.no.',
        [('place', 'Ørnevika'), ('name', 'Britt-Inger Solbakk'), ('phone', '+47 471 02 938'), ('email', 'britt.solbakk@ornevika-helse.no')],
    ),
    EvalCase(
        'Cuban rafter Yunieski Roque Alfonso, arrived 17 January 2022, lives at 4120 NW 7th St Apt 12, 33126 works night shifts and gets panic on bridges.',
        [('name', 'Yunieski Roque Alfonso'), ('date', '17 January 2022'), ('street_address', '4120 NW 7th St Apt 12'), ('zip_code', '33126')],
    ),
    EvalCase(
        'For seasonal depression in Iceland, Norway and Finland, does anyone combine light therapy (10,000 lux, 30 minutes before 8 am) with Behavioural Activation? Our clients struggle most in December and January.',
        [],
    ),
    EvalCase(
        'Hunter Aputsiaq Kleist from Kangaamiut lost his dog team through the ice, his hunting licence GL-FANG-93042 was renewed last spring. He says he hears the dogs at night.',
        [('name', 'Aputsiaq Kleist'), ('place', 'Kangaamiut'), ('licence', 'GL-FANG-93042')],
    ),
    EvalCase(
        'Navajo client Loretta Begay-Yazzie, Kayenta chapter Tsegi, uranium mine grief and COVID deaths; IHS chart IHS-KAY 0044817, census number NN 2801477.',
        [('name', 'Loretta Begay-Yazzie'), ('place', 'Kayenta chapter Tsegi'), ('medical_record', 'IHS-KAY 0044817'), ('ssn', 'NN 2801477')],
    ),
    EvalCase(
        "Question about the Icelandic Directorate of Health's Rapid Response psychological team after volcanic eruptions. Are they using Psychological First Aid from the IFRC, or their own Icelandic version?",
        [],
    ),
    EvalCase(
        "Samoan family in Māngere Bridge Kiwi Esplanade: Faʻafetai Tuiasosopo, 52, church elder, matai title dispute in Falealupo-uta, NHI ZAB4721, wife's number 021 448 3092.",
        [('place', 'Māngere Bridge Kiwi Esplanade'), ('name', 'Faʻafetai Tuiasosopo'), ('place', 'Falealupo-uta'), ('medical_record', 'ZAB4721'), ('phone', '021 448 3092')],
    ),
    EvalCase(
        'Quick reminder for Queenslanders: the Medicare Better Access scheme changed in January, now ten individual sessions again, and the Mental Health Care Plan review needs to be done by the GP.',
        [],
    ),
    EvalCase(
        'Dene elder Dora Lafferty Tsetso, 93 years and 7 months, Fort Providence Deh Gáh, evacuated again this summer, email via her niece niece.lafferty.dene@northwestel.net.',
        [('name', 'Dora Lafferty Tsetso'), ('age_over_89', '93 years and 7 months'), ('place', 'Fort Providence Deh Gáh'), ('email', 'niece.lafferty.dene@northwestel.net')],
    ),
    EvalCase(
        "Any recommendations for Arabic-speaking supervisors for Interpersonal Psychotherapy? The IPT Institute and Myrna Weissman's Group IPT manual for Uganda seem relevant to Sudanese clients in Ireland.",
        [],
    ),
    EvalCase(
        'Tui Mataʻafa Ioane is ninety-two and a bit and still does her own fishing in Salelologa Fogapoa; grief for her twin since June.',
        [('name', 'Tui Mataʻafa Ioane'), ('age_over_89', 'ninety-two and a bit'), ('place', 'Salelologa Fogapoa')],
    ),
    EvalCase(
        "Her Zoom sessions drop; the log shows 2406:e003:1d21:4400::12 and she's Moana Rāwiri, Whanganui Gonville Abbot St.",
        [('ip_address', '2406:e003:1d21:4400::12'), ('name', 'Moana Rāwiri'), ('place', 'Whanganui Gonville Abbot St')],
    ),
    EvalCase(
        "Has anyone trained in the Tree of Life methodology from Ncazelo Ncube and David Denborough? I'm thinking of running it in Yoruba for Nigerian women in Ireland next Autumn.",
        [],
    ),
    EvalCase(
        "Her login history shows 2a01:799:4a2:c00::19 from her ex's house; client Lóa Kristjánsdóttir, Selfoss Hagar.",
        [('ip_address', '2a01:799:4a2:c00::19'), ('name', 'Lóa Kristjánsdóttir'), ('place', 'Selfoss Hagar')],
    ),
    EvalCase(
        'Tamil asylum seeker Tharshan Jeyakumaran in Malvern Sewells Road block, UCI UCI 11-4820-3317, torture scars, OHIP OHIP 4471-882-103-KX.',
        [('name', 'Tharshan Jeyakumaran'), ('place', 'Malvern Sewells Road block'), ('ssn', 'UCI 11-4820-3317'), ('health_plan', 'OHIP 4471-882-103-KX')],
    ),
    EvalCase(
        'Bipolar II client on Lamotrigine 200 mg wants to switch to Lurasidone (Latuda) after a rash scare. The BAP guidelines favour Quetiapine, though; how do you weigh it with a Basque-speaking family?',
        [],
    ),
    EvalCase(
        'Sent on fax +64 9 276 0443 - Tavita Leota, Ōtara Flat Bush Rd, discharge summary.',
        [('fax', '+64 9 276 0443'), ('name', 'Tavita Leota'), ('place', 'Ōtara Flat Bush Rd')],
    ),
    EvalCase(
        "Unangax̂ client Agafon Shaishnikoff from Unalaska Haystack Hill, crabber boat AK 7714 AD went down, crewmate's body never found.",
        [('name', 'Agafon Shaishnikoff'), ('place', 'Unalaska Haystack Hill'), ('vehicle', 'AK 7714 AD')],
    ),
    EvalCase(
        'Fisherman Pádraig Ó Gallchobhair from Machaire Rabhartaigh pier, trawler SO 932 Ard Rí, lost his licence SFPA-SFL 30-4417 after the quota audit.',
        [('name', 'Pádraig Ó Gallchobhair'), ('place', 'Machaire Rabhartaigh pier'), ('vehicle', 'SO 932 Ard Rí'), ('licence', 'SFPA-SFL 30-4417')],
    ),
    EvalCase(
        'Client Arnór Halldórsson uses a Cochlear processor, serial Nucleus 8 SN 4471029384, lives at Egilsstaðir Fellabær.',
        [('name', 'Arnór Halldórsson'), ('device', 'Nucleus 8 SN 4471029384'), ('place', 'Egilsstaðir Fellabær')],
    ),
    EvalCase(
        'Galician percebeiro Xurxo Lamela Outeiral from Corme-Porto Barizo, shellfish licence PERMEX-C 15-0844, three friends drowned on the rocks, phone +34 681 402 917.',
        [('name', 'Xurxo Lamela Outeiral'), ('place', 'Corme-Porto Barizo'), ('licence', 'PERMEX-C 15-0844'), ('phone', '+34 681 402 917')],
    ),
    EvalCase(
        'Japanese referral: Ishikawa Haruna, New Year earthquake survivor from Wajima Kawai-machi, lives at 2-14-7 Fugeshi, 927-1214, My Number 4417 8203 6915.',
        [('name', 'Ishikawa Haruna'), ('place', 'Wajima Kawai-machi'), ('street_address', '2-14-7 Fugeshi'), ('zip_code', '927-1214'), ('ssn', '4417 8203 6915')],
    ),
    EvalCase(
        'Ojibwe man Darrell Fineday Kingbird from Red Lake Ponemah, the 2005 shooting still, BIA ID RL-3317-884, works at the casino, car MN 3KJ-801.',
        [('name', 'Darrell Fineday Kingbird'), ('place', 'Red Lake Ponemah'), ('ssn', 'RL-3317-884'), ('vehicle', 'MN 3KJ-801')],
    ),
    EvalCase(
        "For Caribbean clients, I find Frantz Fanon's Black Skin, White Masks and Stuart Hall's essays useful context, but they can feel academic. Something more practical from the Jamaican Psychological Society?",
        [],
    ),
    EvalCase(
        'Estonian referral: Kadri-Ann Põldmaa, isikukood 48904150276, lives at Vabriku 12-5, 20307 Narva-Kreenholm, anxiety since the border checks and the factory closed.',
        [('name', 'Kadri-Ann Põldmaa'), ('ssn', '48904150276'), ('street_address', 'Vabriku 12-5'), ('zip_code', '20307'), ('place', 'Narva-Kreenholm')],
    ),
    EvalCase(
        "Mentalisation-Based Treatment (Bateman and Fonagy) for Borderline Personality Disorder has a long waitlist in Ireland. The HSE's National Clinical Programme recommends DBT first. Views?",
        [],
    ),
    EvalCase(
        "Has anyone used Motivational Interviewing in Welsh? Miller and Rollnick's 4th edition is great, but the MINT trainers I know only work in English. Maybe a Welsh university?",
        [],
    ),
    EvalCase(
        'Lao Hmong refugee Pa Houa Yang, resettled 6 September 2005, lives at 1187 Payne Ave, 55130-4417, daughter says she talks about the jungle at night.',
        [('name', 'Pa Houa Yang'), ('date', '6 September 2005'), ('street_address', '1187 Payne Ave'), ('zip_code', '55130-4417')],
    ),
    EvalCase(
        'kaumātua hemi waititi-herewini from te kaha marae road wants a tangihanga-informed grief service, phone 027 511 9046.',
        [('name', 'hemi waititi-herewini'), ('place', 'te kaha marae road'), ('phone', '027 511 9046')],
    ),
    EvalCase(
        'Omnipod pod ID PDM 440-19987 is on the incident form for Alinta Wanganeen, Ceduna Koonibba.',
        [('device', 'PDM 440-19987'), ('name', 'Alinta Wanganeen'), ('place', 'Ceduna Koonibba')],
    ),
    EvalCase(
        'Is Lisdexamfetamine for Binge Eating Disorder approved by the TGA in Australia as it is by the FDA? Our Queensland and South Australia clients ask constantly. Anyone prescribing it?',
        [],
    ),
    EvalCase(
        "Our Tuesday group discussed Viktor Frankl's Man's Search for Meaning, Irvin Yalom's Existential Psychotherapy and Emmy van Deurzen's Everyday Mysteries. Existential work suits Estonian clients.",
        [],
    ),
    EvalCase(
        "We're reading Resmaa Menakem's My Grandmother's Hands and Joy DeGruy's Post Traumatic Slave Syndrome with our Caribbean peer group. Sessions run Wednesdays through March.",
        [],
    ),
    EvalCase(
        "Fax, urgent: +852 2384 9106 from Chan Pui Shan's ward, discharge on 3 December 2026.",
        [('fax', '+852 2384 9106'), ('name', 'Chan Pui Shan'), ('date', '3 December 2026')],
    ),
    EvalCase(
        'Sri Lankan housemaid returned from Kuwait, Chandrika Malkanthi Perera, old NIC 817420583V, lives in Kurunegala Wehera, employer burned her hands.',
        [('name', 'Chandrika Malkanthi Perera'), ('ssn', '817420583V'), ('place', 'Kurunegala Wehera')],
    ),
    EvalCase(
        "Rasta elder Ras Ivery Mullings, from Scott's Pass Clarendon, refuses pills, wants talk only; NHF card NHF 3301-8827-44, phone 876-482-9017.",
        [('name', 'Ras Ivery Mullings'), ('place', "Scott's Pass Clarendon"), ('health_plan', 'NHF 3301-8827-44'), ('phone', '876-482-9017')],
    ),
    EvalCase(
        'Igbo trader Chukwuemeka Obianuju Nwosu from Nnewi Otolo, robbed on the expressway, NHIA NHIA 20-448-1177, wants therapy in Igbo.',
        [('name', 'Chukwuemeka Obianuju Nwosu'), ('place', 'Nnewi Otolo'), ('health_plan', 'NHIA 20-448-1177')],
    ),
    EvalCase(
        "Narrative Therapy question: Michael White and David Epston's Narrative Means to Therapeutic Ends - does anyone use externalising conversations with Aymara or Quechua families in Bolivia?",
        [],
    ),
    EvalCase(
        'He keeps checking 37.131.55.208 in his firewall log, says the KNB watches him; client Timur Ospanov, Almaty Aksai-4.',
        [('ip_address', '37.131.55.208'), ('name', 'Timur Ospanov'), ('place', 'Almaty Aksai-4')],
    ),
    EvalCase(
        "Sleep clinic question: Daridorexant (Quviviq) has been approved in Europe and Switzerland. Anyone prescribing it, and does it interfere with CBT-I's Sleep Restriction phase?",
        [],
    ),
    EvalCase(
        'His cochlear implant processor Med-El Sonnet 2 SN 1947722 was thrown in the lake; client Veli-Matti Honkanen, Kuopio Neulamäki.',
        [('device', 'Med-El Sonnet 2 SN 1947722'), ('name', 'Veli-Matti Honkanen'), ('place', 'Kuopio Neulamäki')],
    ),
    EvalCase(
        'Wildfire survivor Kainoa Akana-Pali living in a hotel at 3700 Wailea Alanui Drive, 96753, drives HI NTR-448 and keeps returning to the burn zone at night.',
        [('name', 'Kainoa Akana-Pali'), ('street_address', '3700 Wailea Alanui Drive'), ('zip_code', '96753'), ('vehicle', 'HI NTR-448')],
    ),
    EvalCase(
        'Tuvaluan student Sepetaiso Lauina, 17, from Funafala islet, homesick and not eating at boarding school; passport TV 0041937, form tutor s.lauina.tutor@kingsley-college.ac.nz.',
        [('name', 'Sepetaiso Lauina'), ('place', 'Funafala islet'), ('ssn', 'TV 0041937'), ('email', 's.lauina.tutor@kingsley-college.ac.nz')],
    ),
    EvalCase(
        'Azerbaijani return-village referral: Gülnarə Məmmədova-Əliyeva, FIN 6KP4R2L, resettled to Ağalı-2 yaşayış, anxiety about mines in the fields; her husband lost a leg, prosthesis Ottobock C-Leg SN 4XC-221857.',
        [('name', 'Gülnarə Məmmədova-Əliyeva'), ('ssn', '6KP4R2L'), ('place', 'Ağalı-2 yaşayış'), ('device', 'Ottobock C-Leg SN 4XC-221857')],
    ),
    EvalCase(
        "The Caucasus Research Resource Centers' surveys show stigma about Psychiatry in Georgia and Azerbaijan. Has anyone used CRRC data in supervision?",
        [],
    ),
    EvalCase(
        'Escitalopram QTc question: ECG showed 462 ms on Monday at 20 mg. The MHRA drug safety update suggests 10 mg max in over-65s. Do you stop, or reduce and recheck in April?',
        [],
    ),
    EvalCase(
        "Reminder: the Norwegian Psychological Association's ethics council meets on Thursday. The EFPA Meta-Code and the Health Personnel Act §21 on confidentiality are on the Agenda.",
        [],
    ),
    EvalCase(
        'Icelandic referral: Sigurlaug Þórhildardóttir, kennitala 120488-3529, lives at Lækjarbrekka 14 in Hvammsfjörður 371, avalanche survivor, son lost in the 1995 slide on the hillside.',
        [('name', 'Sigurlaug Þórhildardóttir'), ('ssn', '120488-3529'), ('street_address', 'Lækjarbrekka 14'), ('place', 'Hvammsfjörður'), ('zip_code', '371')],
    ),
    EvalCase(
        'Uyghur exile, Gulbahar Tursunniyaz, lives at Zhandosov 58, apt 7, Almaty Orbita-3, sister detained in a camp; she checks twitter.com/gulbahar_tursun_ug for news.',
        [('name', 'Gulbahar Tursunniyaz'), ('street_address', 'Zhandosov 58, apt 7'), ('place', 'Almaty Orbita-3'), ('url', 'twitter.com/gulbahar_tursun_ug')],
    ),
    EvalCase(
        "Longer narrative. Faroese father Hanus Dahl Niclasen, 49, on VN 318 Polarfisk, was at sea when his daughter's crash happened near Gøtugjógv Norðuri; he got the news over the satellite phone +298 52 44 17. He blames himself for being away, and now will not go back to sea, but money is tight. His wife wants couples work and he wants nothing.",
        [('name', 'Hanus Dahl Niclasen'), ('vehicle', 'VN 318 Polarfisk'), ('place', 'Gøtugjógv Norðuri'), ('phone', '+298 52 44 17')],
    ),
    EvalCase(
        'Gambling harms: the Gambling Commission and GamCare both offer the GAMSTOP self-exclusion scheme in Britain, but Danish clients use ROFUS. Anyone compared outcomes across Scandinavia?',
        [],
    ),
    EvalCase(
        'Has anyone used the Kessler K10 alongside the PHQ-9 with Sámi clients? The Norwegian Directorate of Health guidance says little about Indigenous norms, and the SANKS team only runs Tuesday clinics.',
        [],
    ),
    EvalCase(
        "Has anyone read Niall Breslin or Tony Bates on Irish male depression? A client quoted Bates's Coming Through Depression at me in March and it opened things up.",
        [],
    ),
    EvalCase(
        "Our Lithuanian clients often bring up the Soviet deportations of 1941 and 1949. Has anyone read Danutė Gailienė's What Is Wrong with Us? on Lithuanian collective trauma? It's in English now.",
        [],
    ),
    EvalCase(
        'Ketamine clinic question: is Spravato (Esketamine) nasal spray covered by Medicare in Australia under the PBS for TRD yet? Monitoring for two hours after dosing is needed. Anyone running this in Victoria?',
        [],
    ),
    EvalCase(
        "Care home note: Elli-Kaisa Vornanen, 99 years and 3 months, Suomussalmi Raate road, new nightmares about the winter war; daughter's phone 044 582 1907.",
        [('name', 'Elli-Kaisa Vornanen'), ('age_over_89', '99 years and 3 months'), ('place', 'Suomussalmi Raate road'), ('phone', '044 582 1907')],
    ),
    EvalCase(
        "Hmong elder Xia Vang Thao, 90 years and 11 months, in Frogtown Thomas Ave, grief for the war, son is his carer; Medicaid MA 00417726, son's phone (651) 488-2017.",
        [('name', 'Xia Vang Thao'), ('age_over_89', '90 years and 11 months'), ('place', 'Frogtown Thomas Ave'), ('health_plan', 'MA 00417726'), ('phone', '(651) 488-2017')],
    ),
    EvalCase(
        "Yoruba elder Adébáyọ̀ Ọláòṣebìkan, 97 years and 1 month, in Ìwó Isale Oba, thinks his dead wife visits him; grandson's number +234 803 418 2277.",
        [('name', 'Adébáyọ̀ Ọláòṣebìkan'), ('age_over_89', '97 years and 1 month'), ('place', 'Ìwó Isale Oba'), ('phone', '+234 803 418 2277')],
    ),
    EvalCase(
        'Fax received from +372 742 8819 about Tiit Kangur, Põltsamaa Lustivere, inpatient ward file TÜK-PSÜ 2025-7712.',
        [('fax', '+372 742 8819'), ('name', 'Tiit Kangur'), ('place', 'Põltsamaa Lustivere'), ('medical_record', 'TÜK-PSÜ 2025-7712')],
    ),
    EvalCase(
        'How do you handle Ramadan with clients on Lamotrigine or Valproate? Our Somali and Hausa-speaking clients fast through Ramadan and skip the midday dose; the Muslim Council guidance is vague.',
        [],
    ),
    EvalCase(
        'Anyone familiar with the Cultural Formulation Interview from DSM-5-TR? I used it on Wednesday with a Khmer survivor and the Supplementary Modules on Spirituality and Immigration helped a lot.',
        [],
    ),
    EvalCase(
        'Grenadian nurse Shernel St. Bernard from La Poterie Grenville, Hurricane Beryl destroyed the island clinic she worked in; nursing council no. GNC-RN 2471.',
        [('name', 'Shernel St. Bernard'), ('place', 'La Poterie Grenville'), ('licence', 'GNC-RN 2471')],
    ),
    EvalCase(
        'Lengthy, apologies. The client, Aleksandre Chkheidze, 24, was beaten at the Pride march and filmed; the video went up on facebook.com/aleksandre.chkh.march2024, and his father, a priest in Sighnaghi Tibaani, no longer speaks to him. He works as a courier on a scooter, plate GE-AB-412-KL, and sleeps badly. He asked me to avoid writing his diagnosis anywhere his employer could find it.',
        [('name', 'Aleksandre Chkheidze'), ('url', 'facebook.com/aleksandre.chkh.march2024'), ('place', 'Sighnaghi Tibaani'), ('vehicle', 'GE-AB-412-KL')],
    ),
    EvalCase(
        "my client ingrid kvalheim-aasland from nordre kvalvik keeps messaging at 3am about her father's drinking, she is 19 and works at the fish plant. her email is ingrid.k.aasland@postboks.no, is it ok to reply by text?",
        [('name', 'ingrid kvalheim-aasland'), ('place', 'nordre kvalvik'), ('email', 'ingrid.k.aasland@postboks.no')],
    ),
    EvalCase(
        "A case I keep thinking about. Sione Fifita Vaipulu, 35, Tongan seasonal picker at an orchard near Cobram East, was injured by a tractor, his work visa expires soon, and his employer has kept his passport. He is in a shared house at 27 Punt Road, 3644, with ten men. His Medicare card is Medicare 2428 51733 1, temporary. He says the church will solve it and I worry he'll go home broken.",
        [('name', 'Sione Fifita Vaipulu'), ('place', 'Cobram East'), ('street_address', '27 Punt Road'), ('zip_code', '3644'), ('health_plan', 'Medicare 2428 51733 1')],
    ),
    EvalCase(
        "The client's boat is FD 174 Svanur, owner Jógvan Isaksen, Fuglafjørður Kambsdalur.",
        [('vehicle', 'FD 174 Svanur'), ('name', 'Jógvan Isaksen'), ('place', 'Fuglafjørður Kambsdalur')],
    ),
    EvalCase(
        'Has the Nordic Council of Ministers published anything on Sámi youth wellbeing? The UiT research on suicide among Norwegian reindeer herders is grim. Is there a Swedish or Finnish equivalent?',
        [],
    ),
    EvalCase(
        "Fa'afaletui and the Fonofale model by Fuimaono Karl Pulotu-Endemann have helped me with Samoan and Tongan families. Does anyone combine them with Acceptance and Commitment Therapy?",
        [],
    ),
    EvalCase(
        "Georgia (US) Gullah Geechee: Cornelia Grovner-Bailey on Sapelo Hogg Hummock, heirs' property loss, phone 912-485-2217.",
        [('name', 'Cornelia Grovner-Bailey'), ('place', 'Sapelo Hogg Hummock'), ('phone', '912-485-2217')],
    ),
    EvalCase(
        'The Basque hospital sends faxes from +34 943 00 71 28; patient Garazi Larrañaga, clinical history OSI-DON HC 0483117.',
        [('fax', '+34 943 00 71 28'), ('name', 'Garazi Larrañaga'), ('medical_record', 'OSI-DON HC 0483117')],
    ),
    EvalCase(
        "Assessment question: the MoCA (Nasreddine's Cognitive Assessment) in Kalaallisut? I couldn't find one. The RUDAS from Australia is culture-fair; has anyone validated it with Inuit?",
        [],
    ),
    EvalCase(
        'Long case description: Mose Toleafoa Leiataua, 29, Samoan rugby player on a short-term contract in Ōtāhuhu Princes St, had three concussions last season and the club wants him back. He has started gambling on his phone, his partner found the account TAB NZ 3004 8871 52 and a loan from a finance company; he goes quiet in sessions when family in Lufilufi are mentioned because he sends money home every week. How do others approach shame in Pacific men?',
        [('name', 'Mose Toleafoa Leiataua'), ('place', 'Ōtāhuhu Princes St'), ('account', 'TAB NZ 3004 8871 52'), ('place', 'Lufilufi')],
    ),
    EvalCase(
        "For Samoan clients, Tamasese's Ole Taeao Afua research at the Family Centre's Pacific Section was formative. Is there an updated Pasifika guide?",
        [],
    ),
    EvalCase(
        "Does the Faroese health service have any DBT provision? Marsha Linehan's skills manual has a Danish translation but I haven't seen Faroese. The Faroese Psychiatric Association might know.",
        [],
    ),
    EvalCase(
        "Longer question. I work with a Cornish fisherman's widow, Tamsin Polglase-Treloar, ninety-one and three quarters and sharp as anything, who lives alone at 4 Fore Street, Porthleven Breageside, TR13 9HQ. Her son drowned in the 1981 lifeboat call-out and she has started hearing his voice in the chimney. Her GP wants to start an antipsychotic. Is this grief, or should I push back?",
        [('name', 'Tamsin Polglase-Treloar'), ('age_over_89', 'ninety-one and three quarters'), ('street_address', '4 Fore Street'), ('place', 'Porthleven Breageside'), ('zip_code', 'TR13 9HQ')],
    ),
    EvalCase(
        'Naltrexone versus Acamprosate for alcohol use in Greenland: the Danish Health Authority recommends either, but Antabuse remains common. Any advice on adherence over Christmas?',
        [],
    ),
    EvalCase(
        'Grandfather Halldór Sveinbjörnsson is ninety-four and eight months, lives on a farm at Skagaströnd Höfði, and keeps asking for his drowned brothers.',
        [('name', 'Halldór Sveinbjörnsson'), ('age_over_89', 'ninety-four and eight months'), ('place', 'Skagaströnd Höfði')],
    ),
    EvalCase(
        "Consult please, long. I see a Greenlandic woman, Paninnguaq Motzfeldt-Berthelsen, in her forties, who moved to Denmark after her brother's death in Tasiilaq Kuummiut. She lives at Vestergade 18, 1. tv., 5700 Svendborg, and says the municipality has made a report about her children, case number SVB-BU 2025-04418. She is furious and grieving and I am not sure how to hold both.",
        [('name', 'Paninnguaq Motzfeldt-Berthelsen'), ('place', 'Tasiilaq Kuummiut'), ('street_address', 'Vestergade 18, 1. tv.'), ('zip_code', '5700'), ('place', 'Svendborg'), ('medical_record', 'SVB-BU 2025-04418')],
    ),
    EvalCase(
        'Bengali family: Rezwana Choudhury Miah, Flat 9, Sidney House, Old Ford Road, E2 9PL, GP fax 020 7364 8821, postpartum psychosis last spring.',
        [('name', 'Rezwana Choudhury Miah'), ('street_address', 'Flat 9, Sidney House, Old Ford Road'), ('zip_code', 'E2 9PL'), ('fax', '020 7364 8821')],
    ),
    EvalCase(
        'For Basque-speaking clients, the Osakidetza mental health network has an Euskara register, but many therapists only speak Castilian. Does the Colegio Oficial de la Psicología have a list?',
        [],
    ),
    EvalCase(
        "Therapists in Nunavut: the Ilisaqsivik Society's Our Life's Journey training and the Inuusirvik model emphasise Inuit Qaujimajatuqangit. Any southern clinicians got it in January?",
        [],
    ),
    EvalCase(
        'Amisulpride at 400 mg raised Prolactin to 1850 mIU/L in a young woman with Amenorrhoea. Our Friday MDT discussed switching to Aripiprazole. Any Finnish colleagues with experience?',
        [],
    ),
    EvalCase(
        'For Azerbaijani and Georgian war veterans, the Veterans Affairs PTSD Coach app has no Azerbaijani version. Does the ICRC or Médecins du Monde have materials in Azerbaijani?',
        [],
    ),
    EvalCase(
        'Chilean estallido victim Gustavo Quiñenao Rivas, eye lost to a pellet on 8 November 2019, lives at Pasaje Los Aromos 1147, Puente Alto Bajos de Mena.',
        [('name', 'Gustavo Quiñenao Rivas'), ('date', '8 November 2019'), ('street_address', 'Pasaje Los Aromos 1147'), ('place', 'Puente Alto Bajos de Mena')],
    ),
    EvalCase(
        'Hausa girl survivor of abduction, Hauwa Bukar Ngulde, from Kankara Birnin Kuka, now at an NGO safe house; social worker safehouse.kano.sw@protonmail.com.',
        [('name', 'Hauwa Bukar Ngulde'), ('place', 'Kankara Birnin Kuka'), ('email', 'safehouse.kano.sw@protonmail.com')],
    ),
    EvalCase(
        'Cambodian referral: Srey Neang Touch, national ID 110462519, from Phum Trapeang Kak, returned from a scam compound on the coast, ABA ABA 002 417 836.',
        [('name', 'Srey Neang Touch'), ('ssn', '110462519'), ('place', 'Phum Trapeang Kak'), ('account', 'ABA 002 417 836')],
    ),
    EvalCase(
        'Does anyone know a Polish-speaking therapist near Reyðarvík? My fish-factory client Bartłomiej Wąsowicz has sick pay from Sjúkratryggingar 4490-277-81 but no GP, number +354 846 2071.',
        [('place', 'Reyðarvík'), ('name', 'Bartłomiej Wąsowicz'), ('health_plan', 'Sjúkratryggingar 4490-277-81'), ('phone', '+354 846 2071')],
    ),
    EvalCase(
        'Her bionic arm Hero Arm SN OB-44718-L was damaged at school; client Ataahua Hēnare, Moerewa Otiria.',
        [('device', 'Hero Arm SN OB-44718-L'), ('name', 'Ataahua Hēnare'), ('place', 'Moerewa Otiria')],
    ),
    EvalCase(
        'Complex PTSD in ICD-11 adds Disturbances in Self-Organisation. The International Trauma Questionnaire (ITQ) by Cloitre and Shevlin is short; any Estonian or Latvian translations?',
        [],
    ),
    EvalCase(
        'Pregabalin misuse is rising among Lithuanian and Estonian clients. The European Monitoring Centre for Drugs and Drug Addiction flagged it; our Tuesday harm-reduction group now talks about Lyrica every week.',
        [],
    ),
    EvalCase(
        'i-Kiribati climate migrant Tebwebwe Kaiteie, now in Ohakune Rochfort, sea-level grief and housing stress; NZ IRD number 082-419-337.',
        [('name', 'Tebwebwe Kaiteie'), ('place', 'Ohakune Rochfort'), ('ssn', '082-419-337')],
    ),
    EvalCase(
        "I'd love reading suggestions on Māori models: Mason Durie's Te Whare Tapa Whā, the Meihana model and Rose Pere's Te Wheke. Which one do you teach to Pākehā trainees first?",
        [],
    ),
    EvalCase(
        'school IT found the threats came from 213.35.144.9, the pupil is karl-markus lepik from tartu annelinn.',
        [('ip_address', '213.35.144.9'), ('name', 'karl-markus lepik'), ('place', 'tartu annelinn')],
    ),
    EvalCase(
        'Cook Islands Maori grandmother Teina Tangitoru Marsters, ninety-one and seven months, on Atiu Areora village, grief after her grandson drowned; her daughter calls from +682 55 417.',
        [('name', 'Teina Tangitoru Marsters'), ('age_over_89', 'ninety-one and seven months'), ('place', 'Atiu Areora village'), ('phone', '+682 55 417')],
    ),
    EvalCase(
        "Reading Judith Herman's Trauma and Recovery again with our Thursday peer group, alongside Bessel van der Kolk's The Body Keeps the Score. Herman's stages still hold up, I think, better than the Polyvagal material.",
        [],
    ),
    EvalCase(
        'Grind-hunt conflict in the family: Súsanna við Streym says her brother has cut her off over her posts at instagram.com/susanna_vidstreym_foto; she lives in Hvalba and works nights.',
        [('name', 'Súsanna við Streym'), ('url', 'instagram.com/susanna_vidstreym_foto'), ('place', 'Hvalba')],
    ),
    EvalCase(
        'His Vipps Vipps 918 44 207 shows bets every night; client Sindre Aasheim, Stord Leirvik sentrum, bank asked him to call.',
        [('account', 'Vipps 918 44 207'), ('name', 'Sindre Aasheim'), ('place', 'Stord Leirvik sentrum')],
    ),
    EvalCase(
        'Sharing a resource: the Headspace Yarn Safe campaign for Aboriginal and Torres Strait Islander youth, and the Dadirri listening practice described by Miriam-Rose Ungunmerr-Baumann. Useful for Western Australia teams.',
        [],
    ),
    EvalCase(
        'Guarani-speaking mother in Paraguay, Ña Ramona Benítez Aquino, cédula 3.048.221, from Caaguazú compañía Ñandejara, son killed in the soy clash.',
        [('name', 'Ña Ramona Benítez Aquino'), ('ssn', '3.048.221'), ('place', 'Caaguazú compañía Ñandejara')],
    ),
    EvalCase(
        'Her online bullies post at ask.fm/kairi_narva_tyhjus about her; client Kairi Vassiljeva, Narva-Jõesuu Meriküla.',
        [('url', 'ask.fm/kairi_narva_tyhjus'), ('name', 'Kairi Vassiljeva'), ('place', 'Narva-Jõesuu Meriküla')],
    ),
    EvalCase(
        "Her iCloud shows logins from 85.220.42.118 which is her husband's office; she is Bryndís Ólafsdóttir, living at Hafnarfjörður Vellir.",
        [('ip_address', '85.220.42.118'), ('name', 'Bryndís Ólafsdóttir'), ('place', 'Hafnarfjörður Vellir')],
    ),
    EvalCase(
        'Karelian family at Puistokatu 9 B 14, 80100 Joensuu Niinivaara; mother Svetlana Ahtiainen, fled the war, panic at sirens.',
        [('street_address', 'Puistokatu 9 B 14'), ('zip_code', '80100'), ('place', 'Joensuu Niinivaara'), ('name', 'Svetlana Ahtiainen')],
    ),
    EvalCase(
        "The volcano evacuation hit Hrafnkell Ásmundsson hard, his farm at Kirkjubæjarklaustur-Efri was lost, he now rents at Hafnargata 31b, IS-246 Grindvík, and won't let his daughters go outside after dark.",
        [('name', 'Hrafnkell Ásmundsson'), ('place', 'Kirkjubæjarklaustur-Efri'), ('street_address', 'Hafnargata 31b'), ('zip_code', 'IS-246'), ('place', 'Grindvík')],
    ),
    EvalCase(
        "ffion haf pritchard from blaenau gwent cwm texted me at night, she's 15, self-harm, mum's mobile 07712 408 631, school is ysgol bryn ebbw.",
        [('name', 'ffion haf pritchard'), ('place', 'blaenau gwent cwm'), ('phone', '07712 408 631'), ('place', 'ysgol bryn ebbw')],
    ),
    EvalCase(
        'I need thinking space on a case. Tómas Guðjónsson Hjaltested, 44, was a rescue volunteer in the night search above Flateyri Sólbakki and found the two children. Since then he drinks alone in the boat shed, his wife says he spends whole nights reading the old search logs, and last week he sold his rifle, licence IS-SKL 0418-2271, which she reads as a good sign and I am not so sure. Any views on moral injury in volunteers?',
        [('name', 'Tómas Guðjónsson Hjaltested'), ('place', 'Flateyri Sólbakki'), ('licence', 'IS-SKL 0418-2271')],
    ),
    EvalCase(
        'Burmese nurse in exile Daw Khin Moe Aye, from Hpa-an Myaing Kalay ward, now across the border, worried about her licence MNMC-RN 0048217.',
        [('name', 'Daw Khin Moe Aye'), ('place', 'Hpa-an Myaing Kalay ward'), ('licence', 'MNMC-RN 0048217')],
    ),
    EvalCase(
        'He posts his videos on youtube.com/@fitifiti_kalolo_vlogs; client Fitifiti Kalolo, Leone village, American Samoa.',
        [('url', 'youtube.com/@fitifiti_kalolo_vlogs'), ('name', 'Fitifiti Kalolo'), ('place', 'Leone village')],
    ),
    EvalCase(
        "In Kazakhstan the Ministry of Health's Clinical Protocol for Depression still lists Amitriptyline first line. Has anyone seen the WHO QualityRights training rolled out there or in Kyrgyzstan?",
        [],
    ),
    EvalCase(
        'Clinical question: Quetiapine 25 mg at night for sleep is still common in Denmark and Sweden, but the Sundhedsstyrelsen guidance discourages it. What are you recommending instead - Melatonin, Mirtazapine, CBT-I?',
        [],
    ),
    EvalCase(
        "Our Tongan clients talk about Faka'apa'apa, respect between siblings, which makes family therapy tricky. Has anyone used Kakala framework ideas from Konai Helu Thaman?",
        [],
    ),
    EvalCase(
        'Inuk hunter Jaypeetee Arnakak-Kilabuk from Pangnirtung Apex, lost his snowmobile NU SKI-4417 through the ice, Nunavut health card NU 100 447 218.',
        [('name', 'Jaypeetee Arnakak-Kilabuk'), ('place', 'Pangnirtung Apex'), ('vehicle', 'NU SKI-4417'), ('health_plan', 'NU 100 447 218')],
    ),
    EvalCase(
        'Mississippi Delta: Earnestine Pettway-Coleman, Belzoni Silver City road, tornado survivor 24 March 2023, Medicaid MS Medicaid 084419275.',
        [('name', 'Earnestine Pettway-Coleman'), ('place', 'Belzoni Silver City road'), ('date', '24 March 2023'), ('health_plan', 'MS Medicaid 084419275')],
    ),
    EvalCase(
        'How are people using the Outcome Rating Scale and Session Rating Scale from Scott Miller in Maori-led services? Our Kaupapa Māori team prefers the Hua Oranga tool.',
        [],
    ),
    EvalCase(
        'Emigrant father Vytenis Bagdonavičius back from Norway, driving licence LT-VP 8820417, car KPJ 417, drinking and threatening his ex near Kaišiadorys Žiežmariai.',
        [('name', 'Vytenis Bagdonavičius'), ('licence', 'LT-VP 8820417'), ('vehicle', 'KPJ 417'), ('place', 'Kaišiadorys Žiežmariai')],
    ),
    EvalCase(
        "For Roma families I find the Council of Europe's ROMED mediators invaluable, alongside Ian Hancock's We Are the Romani People. The European Roma Rights Centre reports help too.",
        [],
    ),
    EvalCase(
        "Hearing voices groups following Marius Romme and Sandra Escher's approach are growing in Wales. Intervoice and the Hearing Voices Network Cymru run Saturday trainings.",
        [],
    ),
    EvalCase(
        'Georgian IDP from Abkhazia, Nana Gvasalia-Tsulaia, personal number 01024087316, lives in collective centre block 4 at Tserovani settlement, son had a psychotic break in the army.',
        [('name', 'Nana Gvasalia-Tsulaia'), ('ssn', '01024087316'), ('place', 'Tserovani settlement')],
    ),
    EvalCase(
        'Jeju April 3rd descendant Ko Mal-sun, from Bukchon-ri Jocheon, haenyeo diver, her dive permit JEJU-HN 0417, grief for her father.',
        [('name', 'Ko Mal-sun'), ('place', 'Bukchon-ri Jocheon'), ('licence', 'JEJU-HN 0417')],
    ),
    EvalCase(
        'Our Ukrainian clients in Ireland asked about the Wartime Mental Health initiative by Olena Zelenska. The Ukrainian Psychological Association also runs Self-Help Plus in Ukrainian.',
        [],
    ),
    EvalCase(
        'CPAP serial ResMed AirSense 11 SN 23172218849 was left in our room by Kristoffer Lægreid, Førde Vie.',
        [('device', 'ResMed AirSense 11 SN 23172218849'), ('name', 'Kristoffer Lægreid'), ('place', 'Førde Vie')],
    ),
    EvalCase(
        "Telugu farmer's widow Lakshmamma Gollapalli, from Anantapur Bukkarayasamudram, loan default, Rythu Bandhu account SBI 3018 2477 651, husband drank pesticide.",
        [('name', 'Lakshmamma Gollapalli'), ('place', 'Anantapur Bukkarayasamudram'), ('account', 'SBI 3018 2477 651')],
    ),
    EvalCase(
        'Hawaiian kupuna Leilani Kahananui Kealoha, 96 years and 11 weeks, from Lāhainaluna Kauaʻula, lost her home in the 2023 fire; QUEST member QUEST HMSA 8841-20775.',
        [('name', 'Leilani Kahananui Kealoha'), ('age_over_89', '96 years and 11 weeks'), ('place', 'Lāhainaluna Kauaʻula'), ('health_plan', 'QUEST HMSA 8841-20775')],
    ),
    EvalCase(
        "Nepali Sherpa Pemba Dorje Sherpa from Khumjung Pangboche, icefall deaths of his crew, climbing permit NMA-GUIDE 2217, wife's Khalti Khalti 9841 442 807.",
        [('name', 'Pemba Dorje Sherpa'), ('place', 'Khumjung Pangboche'), ('licence', 'NMA-GUIDE 2217'), ('account', 'Khalti 9841 442 807')],
    ),
    EvalCase(
        'The kid sends me memes via hemi.tk.2009@gmail.com, his name is Hemi Tukiri-Walker, lives in Kaitāia Pukepoto.',
        [('email', 'hemi.tk.2009@gmail.com'), ('name', 'Hemi Tukiri-Walker'), ('place', 'Kaitāia Pukepoto')],
    ),
    EvalCase(
        'Rohingya woman Nur Kayas Begum, camp 13 block Balukhali C-7, FCN FCN 126047319, fire in March destroyed her shelter, MSF file MSF-KTP-88123.',
        [('name', 'Nur Kayas Begum'), ('place', 'Balukhali C-7'), ('ssn', 'FCN 126047319'), ('medical_record', 'MSF-KTP-88123')],
    ),
    EvalCase(
        'We trialled the Friendship Bench model from Dixon Chibanda with Somali grandmothers in Norway. Has anyone evaluated it, or tried it in Sweden or Denmark?',
        [],
    ),
    EvalCase(
        'Mapuche weichafe Millaray Huenchumilla Painemal, RUT 16.482.307-5, from Temucuicui Tradicional lof, police raid trauma, Fonasa Fonasa B 16482307.',
        [('name', 'Millaray Huenchumilla Painemal'), ('ssn', '16.482.307-5'), ('place', 'Temucuicui Tradicional lof'), ('health_plan', 'Fonasa B 16482307')],
    ),
    EvalCase(
        "My Tongan client described Mahaki Faka-Tonga and wanted a Faito'o healer. I read Konai Helu Thaman's essays and some Tongan Health Society material; any other guidance?",
        [],
    ),
    EvalCase(
        "Lakota grandmother Winona Two Bulls-Brave Heart in Pine Ridge Wounded Knee district, grandson's overdose, email wtwobulls.grief@outlook.com, IHS IHS-PR 551290.",
        [('name', 'Winona Two Bulls-Brave Heart'), ('place', 'Pine Ridge Wounded Knee district'), ('email', 'wtwobulls.grief@outlook.com'), ('medical_record', 'IHS-PR 551290')],
    ),
    EvalCase(
        "Has anyone used Gottman's Sound Relationship House with Kurdish or Georgian couples? Does the Gottman Institute's Seven Principles book have a Georgian translation?",
        [],
    ),
    EvalCase(
        "Book club for therapists in January: Gabor Maté's In the Realm of Hungry Ghosts, Johann Hari's Lost Connections and Lori Gottlieb's Maybe You Should Talk to Someone. Heavy on Canada and California, light on Oceania.",
        [],
    ),
    EvalCase(
        'Welsh-medium CAMHS referrals take six months here. The Mental Health Measure (Wales) 2010 promises assessment within 28 days, but Part 1 services are stretched over the Winter.',
        [],
    ),
    EvalCase(
        "I'm presenting on Compassion Focused Therapy at the British Psychological Society conference in May; Paul Gilbert's three-circle model works surprisingly well with Welsh-speaking farmers, though the Cymraeg terms are hard.",
        [],
    ),
    EvalCase(
        'Faroese client Rógvi Joensen á Heygum, 41, trawler engineer on TG 772 Sandoy, asks for sessions by video when he is ashore in Miðvágur. P-tal 210383-417.',
        [('name', 'Rógvi Joensen á Heygum'), ('vehicle', 'TG 772 Sandoy'), ('place', 'Miðvágur'), ('ssn', '210383-417')],
    ),
    EvalCase(
        'For Guarani speakers in Paraguay, the Ministerio de Salud Pública has few resources; has the Sociedad Paraguaya de Psiquiatría published a Jopara glossary? Anyone seen one?',
        [],
    ),
    EvalCase(
        'Question on EMDR versus Narrative Exposure Therapy for refugees from Eritrea and Somalia: the WHO mhGAP guide and the NICE guideline NG116 point different ways. What does your service use?',
        [],
    ),
    EvalCase(
        "St Lucian fisherman Kervin Joseph-Alcide from Anse La Raye Belle Vue, boat AL 147 SLU, lost two crew in a squall; wife's WhatsApp +1 758 721 4403.",
        [('name', 'Kervin Joseph-Alcide'), ('place', 'Anse La Raye Belle Vue'), ('vehicle', 'AL 147 SLU'), ('phone', '+1 758 721 4403')],
    ),
    EvalCase(
        "The Welsh Government's Together for Mental Health strategy ends soon, and the new Mental Health and Wellbeing Strategy was consulted on over the Summer. Does anyone know what it says about Welsh-language provision?",
        [],
    ),
    EvalCase(
        'Somali client, Ayaan Cawil Farah, 2301 Riverside Ave Apt 614, 55454-1317, son joined a gang; MNsure MNsure 9002-4411-87.',
        [('name', 'Ayaan Cawil Farah'), ('street_address', '2301 Riverside Ave Apt 614'), ('zip_code', '55454-1317'), ('health_plan', 'MNsure 9002-4411-87')],
    ),
    EvalCase(
        'Stalkerware on her phone reported to 88.131.24.96; client Maja Holmgren-Sirri, living at Kiruna Lombolo.',
        [('ip_address', '88.131.24.96'), ('name', 'Maja Holmgren-Sirri'), ('place', 'Kiruna Lombolo')],
    ),
    EvalCase(
        "Khmer survivor Sokhom Prak Chhim, 92 years and 5 months, lives in Long Beach Anaheim St corridor, daughter's email sophea.chhim.cares@outlook.com, Khmer Rouge nightmares came back after a fall.",
        [('name', 'Sokhom Prak Chhim'), ('age_over_89', '92 years and 5 months'), ('place', 'Long Beach Anaheim St corridor'), ('email', 'sophea.chhim.cares@outlook.com')],
    ),
    EvalCase(
        'Forwarded from Region Nord fax +45 96 31 22 08: Jørn Vestergaard, 71, fisherman from Thyborøn Vestby, journal RN-SUND-771204, depression after his cutter L 217 Nordsøen was scrapped.',
        [('fax', '+45 96 31 22 08'), ('name', 'Jørn Vestergaard'), ('place', 'Thyborøn Vestby'), ('medical_record', 'RN-SUND-771204'), ('vehicle', 'L 217 Nordsøen')],
    ),
    EvalCase(
        'Turkmen student abroad, Merjen Atayeva, fears her family will be punished for her posts at youtube.com/@merjen_otly_sesler; she lives in a hostel at Żelazna 41/8, 00-842 Warszawa Wola.',
        [('name', 'Merjen Atayeva'), ('url', 'youtube.com/@merjen_otly_sesler'), ('street_address', 'Żelazna 41/8'), ('zip_code', '00-842'), ('place', 'Warszawa Wola')],
    ),
    EvalCase(
        'Zainichi Korean man Kim Yong-su Kanemura in Ikuno Tsuruhashi 3, hate speech outside his shop, special permanent resident card SP 0048 2217 19.',
        [('name', 'Kim Yong-su Kanemura'), ('place', 'Ikuno Tsuruhashi 3'), ('ssn', 'SP 0048 2217 19')],
    ),
    EvalCase(
        'Behavioural Activation in the Brief Behavioral Activation Treatment for Depression (BATD-R) by Lejuez works well in Bengali with a Sylheti-speaking co-worker. Any guidance from the BACP?',
        [],
    ),
    EvalCase(
        'Using the Patient Health Questionnaire in Japanese with Okinawan elders, I find the item on Appetite unhelpful. Does anyone use the Geriatric Depression Scale GDS-15 in Japanese instead?',
        [],
    ),
    EvalCase(
        'GP fax +46 920 27 61 44, patient Lars-Åke Kuoksu, reindeer herder, 12/01/2026 appointment missed.',
        [('fax', '+46 920 27 61 44'), ('name', 'Lars-Åke Kuoksu'), ('date', '12/01/2026')],
    ),
    EvalCase(
        "Olanzapine-Samidorphan (Lybalvi) isn't available in Europe yet. For weight-sensitive clients the EMA seems slow. Has anyone accessed it via a named-patient scheme in Ireland?",
        [],
    ),
    EvalCase(
        "The IP 101.98.212.53 belongs to her ex's ISP account; client Leota Matagi, living in Cannons Creek Castor Cres.",
        [('ip_address', '101.98.212.53'), ('name', 'Leota Matagi'), ('place', 'Cannons Creek Castor Cres')],
    ),
    EvalCase(
        'Our Georgian clients use Orthodox fasting in Lent and Advent, which affects Lithium and Clozapine levels. Any advice from the Georgian Association of Psychiatrists guideline?',
        [],
    ),
    EvalCase(
        'Jamaican referral: Shanice Vernon-Brissett, TRN 118-407-239, from Grants Pen Lane, her brother was shot on 11th of November 2025 and she saw it from the gate.',
        [('name', 'Shanice Vernon-Brissett'), ('ssn', '118-407-239'), ('place', 'Grants Pen Lane'), ('date', '11th of November 2025')],
    ),
    EvalCase(
        'Bupropion (Wellbutrin XL 150 mg) helped a smoker client quit, but we saw a rise in insomnia. The Australian PBS listing and the TGA guidance differ from the FDA label on seizure risk, apparently.',
        [],
    ),
    EvalCase(
        "Does anyone run Group Therapy in Bengali using Yalom's Therapeutic Factors? Our Sylheti clients prefer single-gender groups; Ramadan and Eid dates make scheduling tricky in April.",
        [],
    ),
    EvalCase(
        'Fukushima evacuee Watanabe Kōsuke, from Namie-machi Karino, thyroid worry for his kids, health insurance card Kokuho 05-882-417, phone 090-4418-2793.',
        [('name', 'Watanabe Kōsuke'), ('place', 'Namie-machi Karino'), ('health_plan', 'Kokuho 05-882-417'), ('phone', '090-4418-2793')],
    ),
    EvalCase(
        'Somali mother, Faadumo Maxamuud Nuur, 17 Spinney Hill Road, LE5 3GH, FGM of her elder daughter happened back home; GP fax 0116 295 4410.',
        [('name', 'Faadumo Maxamuud Nuur'), ('street_address', '17 Spinney Hill Road'), ('zip_code', 'LE5 3GH'), ('fax', '0116 295 4410')],
    ),
    EvalCase(
        "Traveller family referral: Bridgie McGinley-Ward, halting site at Tuam Cloonagh bay 4, medical card GMS 2209477B, son's suicide in August.",
        [('name', 'Bridgie McGinley-Ward'), ('place', 'Tuam Cloonagh bay 4'), ('health_plan', 'GMS 2209477B')],
    ),
    EvalCase(
        'Email from the school: pastoral.care@gymnasium-kuressaare.ee, about Marten Rebane, missing for two days near Kuressaare Ida.',
        [('email', 'pastoral.care@gymnasium-kuressaare.ee'), ('name', 'Marten Rebane'), ('place', 'Kuressaare Ida')],
    ),
    EvalCase(
        "I'm sitting the ACT Peer Review with the ACBS chapter on Saturday; Steven Hayes's Get Out of Your Mind and Into Your Life is our Swedish group's standby handout.",
        [],
    ),
    EvalCase(
        'Mosque attack survivor Abdirahman Gelle Osman, ACC sensitive claim ACC SC 2038871162, lives at 114 Linwood Avenue, 8062, asks for Somali-speaking support.',
        [('name', 'Abdirahman Gelle Osman'), ('health_plan', 'ACC SC 2038871162'), ('street_address', '114 Linwood Avenue'), ('zip_code', '8062')],
    ),
    EvalCase(
        "Fisherman Oddvar Rasmussen-Lind, boat N-418-LK, went over the side near Skjervøy harbour last winter and was pulled out by his son; nightmares since, he won't go past the fuel quay.",
        [('name', 'Oddvar Rasmussen-Lind'), ('vehicle', 'N-418-LK'), ('place', 'Skjervøy harbour')],
    ),
    EvalCase(
        'I find the Power Threat Meaning Framework from Lucy Johnstone and Mary Boyle useful in Scotland and Wales, but the BPS Division of Clinical Psychology split over it. Where are you?',
        [],
    ),
    EvalCase(
        'Qom family in Chaco, Ñaqaỹ Gómez Palavecino, Barrio Toba Resistencia, tuberculosis deaths, local health card Incluir Salud 22-0441873.',
        [('name', 'Ñaqaỹ Gómez Palavecino'), ('place', 'Barrio Toba Resistencia'), ('health_plan', 'Incluir Salud 22-0441873')],
    ),
    EvalCase(
        'Interested in the Circle of Security Parenting programme by Cooper, Hoffman and Powell? Our Finnish family clinic runs it on Mondays in Finnish and Swedish.',
        [],
    ),
    EvalCase(
        "Telugu student in Texas Sai Venkata Ramana Kothapalli, Irving Valley Ranch, visa stress after a friend's suicide; phone +1 469 330 7184, university email svkothapalli@mavs.uta.edu.",
        [('name', 'Sai Venkata Ramana Kothapalli'), ('place', 'Irving Valley Ranch'), ('phone', '+1 469 330 7184'), ('email', 'svkothapalli@mavs.uta.edu')],
    ),
    EvalCase(
        'Kazakh client Dinara Zhaksylykova, IIN 870311451238, from Zhanaozen microdistrict 3A, survivor of the 2011 shootings, now panic when she sees crowds; Kaspi account Kaspi 4400 4302 7718 2291.',
        [('name', 'Dinara Zhaksylykova'), ('ssn', '870311451238'), ('place', 'Zhanaozen microdistrict 3A'), ('account', 'Kaspi 4400 4302 7718 2291')],
    ),
    EvalCase(
        "Prazosin for nightmares: the VA/DoD guideline downgraded it after Raskind's 2018 trial, yet our Georgian and Ukrainian veterans report benefit. Starting at 1 mg, titrating weekly. Thoughts?",
        [],
    ),
    EvalCase(
        "The Hmong concept of soul loss (poob plig) comes up in Anne Fadiman's The Spirit Catches You and You Fall Down. Has anyone worked alongside a txiv neeb in a Minnesota or Wisconsin clinic setting?",
        [],
    ),
    EvalCase(
        "Low-dose Naltrexone keeps coming up in Facebook groups for Fibromyalgia and Long COVID. I'd want better evidence than the Stanford pilot before supporting it; any views?",
        [],
    ),
    EvalCase(
        "Cree youth Tanner Bearshirt-Moosomin from Onion Lake Makaoo, Saskatchewan Health card SK 948 271 605, suicide attempt after his cousin's funeral; band office (306) 344-2017.",
        [('name', 'Tanner Bearshirt-Moosomin'), ('place', 'Onion Lake Makaoo'), ('health_plan', 'SK 948 271 605'), ('phone', '(306) 344-2017')],
    ),
    EvalCase(
        'Clients keep mentioning the Finch app, Headspace, Calm and Insight Timer. The ORCHA review library rates them, and the NHS Apps Library dropped several in November.',
        [],
    ),
    EvalCase(
        'Bangladeshi garment worker Shirin Akter Munni, NID 1994 2691 8045 731, from Savar Rana Plaza lane 4, bKash bKash 01712 448 093, still has panic on stairs.',
        [('name', 'Shirin Akter Munni'), ('ssn', '1994 2691 8045 731'), ('place', 'Savar Rana Plaza lane 4'), ('account', 'bKash 01712 448 093')],
    ),
    EvalCase(
        'Our Korean clients often describe Hwa-byung; the DSM-IV listed it as a Cultural Bound Syndrome, and the Korean Neuropsychiatric Association has a scale for it. Anyone used the Hwa-byung Scale in English?',
        [],
    ),
    EvalCase(
        "Fax to +995 32 247 18 55 - Dr at Kutaisi Nikea asks for Levani Mgeladze's summary, ID 60001127843.",
        [('fax', '+995 32 247 18 55'), ('place', 'Kutaisi Nikea'), ('name', 'Levani Mgeladze'), ('ssn', '60001127843')],
    ),
    EvalCase(
        'In Japan, the Inochi no Denwa line and TELL Lifeline serve expats. The Japanese Society of Psychiatry and Neurology endorses the Gatekeeper training; anyone used it in English?',
        [],
    ),
    EvalCase(
        "A client asked about Ayahuasca retreats in Peru after reading Michael Pollan's How to Change Your Mind. MAPS and the Usona Institute are cautious; I'd value views on harm reduction framing.",
        [],
    ),
    EvalCase(
        'Sri Lankan Tamil survivor Kalaivani Sivapalan, NIC 198275403129, from Mullivaikkal East, husband disappeared after surrender on 18 May 2009, she still writes letters to the army.',
        [('name', 'Kalaivani Sivapalan'), ('ssn', '198275403129'), ('place', 'Mullivaikkal East'), ('date', '18 May 2009')],
    ),
    EvalCase(
        'Can I ask the mother to remove the GoFundMe at gofundme.com/f/help-ngaio-after-the-crash naming our clinic? The girl is Ngaio Pōtae.',
        [('url', 'gofundme.com/f/help-ngaio-after-the-crash'), ('name', 'Ngaio Pōtae')],
    ),
    EvalCase(
        'Karen man upstate, Saw Eh Doh Htoo, SSN 418-72-6093, lives on 1204 Blandina Street, 13501, lost his brother in the camp fire.',
        [('name', 'Saw Eh Doh Htoo'), ('ssn', '418-72-6093'), ('street_address', '1204 Blandina Street'), ('zip_code', '13501')],
    ),
    EvalCase(
        "Maine lobsterman's widow Darlene Alley-Beal from Jonesport Sawyer Cove, lost a cousin in the bowling-alley shooting, MaineCare MaineCare 44-118-2071, address 48 Kelley Point Road, 04649.",
        [('name', 'Darlene Alley-Beal'), ('place', 'Jonesport Sawyer Cove'), ('health_plan', 'MaineCare 44-118-2071'), ('street_address', '48 Kelley Point Road'), ('zip_code', '04649')],
    ),
    EvalCase(
        'His insulin pump Tandem t:slim X2 SN 1184417 keeps alarming in session; client Eerik Sillaste, Viljandi Paalalinn.',
        [('device', 'Tandem t:slim X2 SN 1184417'), ('name', 'Eerik Sillaste'), ('place', 'Viljandi Paalalinn')],
    ),
    EvalCase(
        'His podcast anchor.fm/bodo-fiskerne talks about the accident, client is Svein-Erik Olaisen, Bodø Hunstad.',
        [('url', 'anchor.fm/bodo-fiskerne'), ('name', 'Svein-Erik Olaisen'), ('place', 'Bodø Hunstad')],
    ),
    EvalCase(
        "Russian-speaking teen Artemi Šmõgunov from Sillamäe Kalda, bullied online at t.me/sillamae_kalda_chat, mum's email tanja.smogunova77@mail.ee.",
        [('name', 'Artemi Šmõgunov'), ('place', 'Sillamäe Kalda'), ('url', 't.me/sillamae_kalda_chat'), ('email', 'tanja.smogunova77@mail.ee')],
    ),
    EvalCase(
        'Garifuna woman, Yolanda Castillo Arzú, 1420 Grand Concourse Apt 5D, 10456-3312, grief for her son killed in Honduras, phone (718) 590-4412.',
        [('name', 'Yolanda Castillo Arzú'), ('street_address', '1420 Grand Concourse Apt 5D'), ('zip_code', '10456-3312'), ('phone', '(718) 590-4412')],
    ),
    EvalCase(
        "Chuukese migrant Kimiko Eperiam in Tamuning Upper Tumon, Guam, daughter's dialysis schedule is crushing her, phone (671) 688-4017.",
        [('name', 'Kimiko Eperiam'), ('place', 'Tamuning Upper Tumon'), ('phone', '(671) 688-4017')],
    ),
    EvalCase(
        'In Greenland the Paarisa suicide-prevention line runs weekday evenings, and the Danish Livslinien covers nights. Does anyone know if Kalaallisut-speaking volunteers are available on Sundays?',
        [],
    ),
    EvalCase(
        "Anyone read Jackie Kay's Red Dust Road with adoptees? It came up in a supervision on Wednesday, alongside Nancy Verrier's The Primal Wound and the Adoption UK booklets.",
        [],
    ),
    EvalCase(
        "Hmong shaman's son Tou Xiong Moua in Fresno Calwa, wants a therapist who respects the ua neeb ceremony, car CA 8KLT114, works nights at a packing shed.",
        [('name', 'Tou Xiong Moua'), ('place', 'Fresno Calwa'), ('vehicle', 'CA 8KLT114')],
    ),
    EvalCase(
        'Hacked gambling account, IP 5.178.19.240, client Aurimas Žukauskas, Šiauliai Dainiai, lost his savings.',
        [('ip_address', '5.178.19.240'), ('name', 'Aurimas Žukauskas'), ('place', 'Šiauliai Dainiai')],
    ),
    EvalCase(
        'Korean deployed medic Seo Ji-hoon from Itaewon-dong lane 27, phone 010-4417-8820, lost a friend in the alley; NHIS NHIS 5-0417228301.',
        [('name', 'Seo Ji-hoon'), ('place', 'Itaewon-dong lane 27'), ('phone', '010-4417-8820'), ('health_plan', 'NHIS 5-0417228301')],
    ),
    EvalCase(
        "Drug-debt intimidation: Dessie Farrelly, 23, lives near Dolphin's Barn flats block F, car 191-D-44817, mother says men came to the door on 18 April 2025.",
        [('name', 'Dessie Farrelly'), ('place', "Dolphin's Barn flats block F"), ('vehicle', '191-D-44817'), ('date', '18 April 2025')],
    ),
    EvalCase(
        'Her stalker runs kanaka-truth-exposed.blogspot.com and names her: Noelani Kapuaʻala, Waiʻanae Kaupuni Village.',
        [('url', 'kanaka-truth-exposed.blogspot.com'), ('name', 'Noelani Kapuaʻala'), ('place', 'Waiʻanae Kaupuni Village')],
    ),
    EvalCase(
        "The Scottish Government's Mental Health and Wellbeing Strategy and the Welsh NEST/NYTH framework both talk about Whole School Approaches. Any Cornish or Manx equivalent, though those aren't nations?",
        [],
    ),
    EvalCase(
        'Nigerian referral: Oluwaseun Adeyemi-Bakare, NIN 71840392615, from Ogbomosho Isale-Afon, yahoo-boy brother threatened the family, her GTBank GTB 0174 482 913.',
        [('name', 'Oluwaseun Adeyemi-Bakare'), ('ssn', '71840392615'), ('place', 'Ogbomosho Isale-Afon'), ('account', 'GTB 0174 482 913')],
    ),
    EvalCase(
        'Lithuanian client Gintarė Vaitkevičiūtė, asmens kodas 49108231145, works in a meat plant in Rokiškis Juodupė and her supervisor keeps her passport. Phone +370 612 40 518.',
        [('name', 'Gintarė Vaitkevičiūtė'), ('ssn', '49108231145'), ('place', 'Rokiškis Juodupė'), ('phone', '+370 612 40 518')],
    ),
    EvalCase(
        "Morita Therapy and Naikan are under-used in the West. David Reynolds's Constructive Living books adapted them; has anyone tried Naikan journaling with Japanese expatriate clients?",
        [],
    ),
    EvalCase(
        "The World Federation for Mental Health theme for October is Workplace Mental Health. Our Fijian and Samoan NGOs are planning events with UNICEF Pacific and WHO's Western Pacific office.",
        [],
    ),
    EvalCase(
        'Paraguayan construction worker in Argentina, Derlis Ojeda Cardozo, DNI 94.718.302, villa Villa 31 bis manzana 104, fall from scaffold, ART claim ART Prevención 7714052.',
        [('name', 'Derlis Ojeda Cardozo'), ('ssn', '94.718.302'), ('place', 'Villa 31 bis manzana 104'), ('health_plan', 'ART Prevención 7714052')],
    ),
    EvalCase(
        "Has anyone seen the new Irish Mental Health Bill's provisions on Advance Healthcare Directives? The Decision Support Service and the Assisted Decision-Making Act overlap confusingly.",
        [],
    ),
    EvalCase(
        'family in mestia lenjeri, the grandmother khatuna ratiani speaks only svan and georgian. phone +995 599 21 70 48. can someone help with a grief consult after the landslide?',
        [('place', 'mestia lenjeri'), ('name', 'khatuna ratiani'), ('phone', '+995 599 21 70 48')],
    ),
    EvalCase(
        'Former ETA prisoner Iñaki Arrizabalaga Zubiri, released 28 June 2024, lives in Usurbil Txokoalde, asks for trauma therapy but fears it will be known; email i.arrizabalaga@euskalnet.eus.',
        [('name', 'Iñaki Arrizabalaga Zubiri'), ('date', '28 June 2024'), ('place', 'Usurbil Txokoalde'), ('email', 'i.arrizabalaga@euskalnet.eus')],
    ),
    EvalCase(
        "The Irish Council for Psychotherapy and the Psychological Society of Ireland still haven't agreed on CORU statutory registration timelines. Any updates after the Minister's statement?",
        [],
    ),
    EvalCase(
        "Swedish transfer: Elsa-Maj Nordqvist, personnummer 19520913-4468, from Vilhelmina north, widowed after the mine accident; daughter's number 070-631 48 92.",
        [('name', 'Elsa-Maj Nordqvist'), ('ssn', '19520913-4468'), ('place', 'Vilhelmina north'), ('phone', '070-631 48 92')],
    ),
    EvalCase(
        'Trauma-focused CBT for adolescents (Cohen, Mannarino and Deblinger) versus the Teaching Recovery Techniques manual from the Children and War Foundation - which holds up better with Syrian and Afghan kids in Norway?',
        [],
    ),
    EvalCase(
        'Honestly a long one. Hmong-American nurse Maiv Nou Her, 33, in Maplewood Frost Ave, pulled a child out of her car after a crash on 14/02/2025 and the child died; since then she cannot drive past the intersection and has stopped working shifts. Her nursing licence is MN RN 2441807. Her family want her to see a txiv neeb and she wants both. Any Hmong-informed clinicians?',
        [('name', 'Maiv Nou Her'), ('place', 'Maplewood Frost Ave'), ('date', '14/02/2025'), ('licence', 'MN RN 2441807')],
    ),
    EvalCase(
        'His power chair Permobil M3 SN 2240917 was seized; client Nurlan Yessenov, Pavlodar Dachny.',
        [('device', 'Permobil M3 SN 2240917'), ('name', 'Nurlan Yessenov'), ('place', 'Pavlodar Dachny')],
    ),
    EvalCase(
        "Basque referral: Ainhoa Etxeberria Goikoetxea, DNI 72581049Q, Nafarroa kalea 11, 3. eskuina, 20570 Bergara Martinezaga, daughter of an ETA victim, can't sleep near anniversaries.",
        [('name', 'Ainhoa Etxeberria Goikoetxea'), ('ssn', '72581049Q'), ('street_address', 'Nafarroa kalea 11, 3. eskuina'), ('zip_code', '20570'), ('place', 'Bergara Martinezaga')],
    ),
    EvalCase(
        'Lafkenche fisher Wenceslao Catrileo from Tirúa Sur, his fishing boat CBT-4471 burnt in the conflict, licence RPA 407718.',
        [('name', 'Wenceslao Catrileo'), ('place', 'Tirúa Sur'), ('vehicle', 'CBT-4471'), ('licence', 'RPA 407718')],
    ),
    EvalCase(
        "Our Basque colleagues run EMDR for victims under the Gogora Institute's programme, and the Basque Government's Victims Directorate funds sessions. Any Catalan or Galician equivalents?",
        [],
    ),
    EvalCase(
        'Any colleagues trained in Somatic Experiencing (Peter Levine) or Sensorimotor Psychotherapy (Pat Ogden)? Our Kyrgyz and Tajik clients somatise a lot; Talk Therapy alone struggles.',
        [],
    ),
    EvalCase(
        'Is Trauma Risk Management (TRiM) from the Royal Marines used by the Icelandic Coast Guard or the Norwegian Police Directorate? Has anyone evaluated it against Psychological First Aid?',
        [],
    ),
    EvalCase(
        "Quick: dad Ola Bjørnstad wants his son's records from Hammerfest Fuglenes, file FIN-BUP 441872, can I release?",
        [('name', 'Ola Bjørnstad'), ('place', 'Hammerfest Fuglenes'), ('medical_record', 'FIN-BUP 441872')],
    ),
    EvalCase(
        'Okinawan grandmother Higa Tsuru, 98 years and 5 weeks, in Itoman Kyan hamlet, talks about the caves of 1945; daycare chart ITM-DC 044817.',
        [('name', 'Higa Tsuru'), ('age_over_89', '98 years and 5 weeks'), ('place', 'Itoman Kyan hamlet'), ('medical_record', 'ITM-DC 044817')],
    ),
    EvalCase(
        'Gang shooting aftermath: the boy, Yasin Cabdi Warsame, 15, from Rinkeby allé block C, was a witness; police case SÖS-PSY-0083417; the family moved, ask me for the new address privately.',
        [('name', 'Yasin Cabdi Warsame'), ('place', 'Rinkeby allé block C'), ('medical_record', 'SÖS-PSY-0083417')],
    ),
    EvalCase(
        'The Kazakh Association of Psychotherapists runs Gestalt training via Russian-run Gestalt institutes, which raises questions post-2022. Has anyone found an alternative through the European Association for Gestalt Therapy?',
        [],
    ),
    EvalCase(
        'Our Tamil clients from Sri Lanka sometimes present with Dhat Syndrome; the Indian Journal of Psychiatry has useful reviews. Has anyone used the PHQ-15 or the Somatic Symptom Scale (SSS-8)?',
        [],
    ),
    EvalCase(
        'Interested in how others assess for Hikikomori using the Kato criteria from Kyushu University? The Japanese Ministry of Health, Labour and Welfare definition uses six months.',
        [],
    ),
)

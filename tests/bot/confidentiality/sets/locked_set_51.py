"""FIFTY-FIRST LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (as the second
blind set of its round beside locked_set_50.py), and independently of the
guard: the author did not open, read, search or run anything under bot/
(bot/confidentiality/ included) or scripts/, did not run the guard,
bench/guard_eval.py or any test that imports or runs the guard, did not
read git log messages, bench/README.md, README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or diffs of any commit, and did
not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_49.py (locked_set_50.py was being written
at the same time in another worktree and was not seen at all).  What was
read: the module docstrings of tests/bot/confidentiality/sets/
locked_set_49.py and locked_set_47.py (each printed once, up to its
closing triple quote, for the format description, the provenance
wording, the labelling conventions and their lists of settings, so that
this set's differ; none of their cases), the settings part of
locked_set_48.py's docstring (printed once through a grep for the word
"setting" with forty lines after it, which also showed the end of its
provenance paragraph; none of its cases), the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and its
last three lines (two snippets, for the file format; none of their
sentences was copied), the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py (exactly lines 29-41, nothing else of that file), and
tests/bot/confidentiality/test_locked_sets.py (the data integrity checks,
which hold no snippets).  The head and tail of locked_set_13.py and the
eval_set.py lines were printed in one command, as one item; no reading
was cut by the terminal or printed twice.  No other slip of the reading
rule occurred.  The overlap filter described below imported the earlier
sets and printed only this set's own clashing strings.  The only test
file run was test_locked_sets.py (selected with -k 51); ruff was run on
this file and on that test file.  The other set of this round (50) is
set in Europe and the Americas, so every snippet here is set in Africa,
Asia, the Middle East and Oceania (and their diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit, as a message to peers in a therapists' consultation group,
in Turkey after the February 2023 earthquakes (Hatay, İskenderun,
Islahiye, Nurdağı, the container cities, Syrians under temporary
protection in Gaziantep), Syria's Jindires and Azaz, Libya (the Derna
dams), Sudan's war (Omdurman, Khartoum Bahri, El Geneina, Wad Madani)
and Sudanese in Egypt, Egypt (a Minya bus attack, a Cairo ring road),
Morocco's Al Haouz quake, Kabylie's fires, the Gambia's cough-syrup
deaths, Mozambique's Cabo Delgado, Japan (the Noto quake, the KyoAni
studio fire, the Tokyo firebombing), Taiwan (the Hualien quake, a
228 survivor's daughter, a held fisherman released in Kaohsiung),
Myanmar's Sagaing quake and Mae Sot, Nepal (Gorkha, Jajarkot) and Nepali
workers in Qatar, Afghanistan's Herat quake and Afghans in Iran and
Australia, Pakistan (the Sindh floods, Jacobabad heat, Karachi,
Lahore, Multan, an acid attack, a shelter), Gujarat's Morbi bridge,
Manipur's violence, Assam's floods, Kerala's Mundakkai landslide,
Odisha's Balasore crash, Bengaluru and Hyderabad, Sri Lanka's 2022
protests and the Xpress Pearl, Bangladesh (Rana Plaza, the Sylhet
floods, the July 2024 shootings), the Dubai floods, Saudi Jeddah floods
and drivers, Bahrain, Kuwait, Iraq's Basra summer, Jordan, Lebanon's
port blast, Israel's evacuated north and Sderot, Bedouin villages, Gaza's
Al-Mawasi, Iran's Zahedan and Evin, Kazakhstan's January 2022, the
Kyrgyz-Tajik border clash, Karakalpakstan, Turkmen students, Georgian
Azeris, the Marshall Islands' nuclear memory, Palau, PNG's Enga
landslide, Fiji, Tonga's Hunga eruption, Samoa, Kiribati's Betio, Guam,
Saipan's Yutu, Australia (the Lismore floods, Black Summer at
Mallacoota and Cobargo, Broken Hill, Bondi Junction, Wadeye, Yuendumu,
Toomelah, Alice Springs, a Kalgoorlie fall, a Shepparton packing shed),
New Zealand (the Christchurch quake, Whakaari, Kaikōura, the Auckland
Anniversary floods, Huntly, Ruatoria, Tikitiki), Singapore's dormitory
nurses, Malaysia's Batang Kali landslide, Indonesia (the Cianjur quake,
the Kanjuruhan crush, Semeru, Lombok, Ubud, Sibolga), Thailand's Nong Bua
Lamphu nursery attack, China's Zhengzhou flood, Vietnam's Typhoon Yagi
and a Hanoi mini-apartment fire, the Philippines (Siargao's Odette,
Mayon), Sierra Leone (Ebola nurses, the Regent mudslide), Zambia's Kabwe
lead, Ghana's Akosombo spill, Nigeria (Plateau, Ogoniland, Jangebe,
Lagos, Owerri), Somaliland's Waheen market, Djibouti, Kenya (Shakahola,
Turkana, the Mai Mahiu dam, Eastleigh, Garissa), Malawi, Mauritius'
Wakashio, Seychelles, Réunion, South Africa (the KZN floods,
Jagersfontein's tailings dam, the Marshalltown fire, Nelspruit,
Soshanguve, Lenasia), Tanzania's Kariakoo collapse, Uganda's Kasese
floods, Angolans in Namibia, Botswana, Eswatini, Gabon, Ethiopia's
Merkato fire, Eritrea and South Sudan's Renk: short referral lines,
rushed lower-case chat (five identifier snippets write names or places
in lower case), forwarded faxes, portal and audit logs, and longer
narrative requests with the identifiers mid-sentence (fourteen of
362-468 characters).  Sixty-three of the identifier snippets hold only
a name and/or a place, written as ordinary consultation prose or
questions to peers, often with the name mid-sentence or at the start of
a sentence and no cue word before it (five use a first name alone).
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set51work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, measured the clean
density, checked overlap with the earlier sets, shuffled the order with
a fixed seed and wrote this file.  Later edits were typed by hand as
find-and-replace pairs that a small script applied to the drafts.
Edits made after drafting, stated here: eleven false starts and asides
the author had typed into the identifier drafts (a town followed by
"No - in", a namesake's name followed by "that's set 47's? No -
different man", an "his father ... No, his uncle. Anyway", a cyclone
followed by "She's in a different group now", a title followed by
"is not his name, just so you know", a city followed by "No, in", a
country followed by "No, in", a title followed by "is his title, not
his name", an honorific followed by "sorry ... is just what we call
her", a school's town followed by "No - from", and a "first name only,
she asked") were cut with their values or rewritten; three titles and
honorifics (Pak, Ratu, Mama) were moved out of name spans; three repeated
first names written unlabelled later in their snippets were replaced by
pronouns or "her daughter"; a city in a metro line's name was cut, a stadium's name was replaced
by "the stadium" in one snippet, a city in an animation studio's name
was replaced by the studio's short name, a street that held its own
snippet's labelled town was changed, and a neighbourhood given to the
wrong city of the same name was replaced; and about eighty place names written unlabelled (capitals and cities after "in",
"to" and "from", cities in clinics', portals', labs', hospitals', GPs',
practices', units', groups' and NGOs' names, a city before a
firebombing, a rally and a crash, an island, a trail, a market, a
transit centre, a promenade, a stadium and a watch house's town, towns
and cities opening a message before a flood, a quake, a fire, a dam
burst, an eruption or a collapse) were labelled; seven place spans that had become possessive phrases before a
noun ("the X's Y collapse") were moved after "in".  In the clean
drafts, a city in a brand question was replaced by "back home" and a
city in a university's name by the country and a peninsula in a quake's
name by its prefecture; to keep the clean messages
near the size asked for, ten lower-case chat drafts were dropped and
fifteen messages with several capitalised words were added.  Overlap
with the earlier sets was resolved by renaming only this set's planted
values, with a filter that imported the earlier sets programmatically
(the same checks as test_planted_identifiers_not_in_earlier_sets and
the text-containment check) and printed this set's strings only: 156
values in the first round (39 names - eighteen of them first names
alone -, 108 places, 4 ages over 89, 3 postal codes, a plate and
a phone number; names were given a second surname or replaced, places
lengthened with a quarter, district, side, end, village, ward, section,
road or a neighbourhood, or given their city as a possessive, ages
written with more words, postal codes and the plate changed, the phone
number replaced), 13 in the second (three names, a postal code, an age and
eight places, changed the same way), and 10 in the third, after the last review had
labelled more places (eight cities, a suburb and an island; five were
replaced by their county, province, region or state and five were
lengthened); the last pass found nothing.

Settings (chosen to differ from sets 47's and 49's): a mother's hand
under the rubble, a car slept in with the doors open, a tent city that
may close, a wadi heard in the rain, a walk to a border with twins, goats
asked for by a woman of ninety-three, a boy returned from insurgents, a
New Year fire, a gym not left, a Taroko rockfall and a ceremony first,
a taxi driver who cannot cross bridges, a monsoon slept outside, a
husband lost on a stadium site, a kept passport, a mother in Mashhad on
WhatsApp audio, water that "knew where our house was", heat-stroke
nightmares from a brick kiln, a rickshaw's number in dreams, a bridge
and a cousin, a missing brother in a relief camp, a rhino guard at the
river, a whole ward lost to a landslide, two days pulling bodies from a
train, a fisherwoman's nets and her debt, a rooftop with three children,
a sister's tuition, twenty hours in a car in a flood, an ICU nurse's
burnout, a lifeguard's late guilt, a heat death in a labour camp, a
suspended licence and deportation fear, unrecognised villages, sirens
and a hotel year, a shoe workshop, a medic at the square, a burning
school across a border, a mosque on a Friday, a grandmother's "jelly
babies", ash like snow, three classes and burnout, nine clan members
under a landslide, a highway hold-up, a FNPF loan taken by a brother, a
wave watched from a hill, a pastor's wife's shared phone, a veteran of
two tours, a concrete bathroom in the wind, a tinny rescue, a house
flooded twice in a month, a beach at New Year, a lost dairy, a son dead
in a mine, malls avoided, car parks searched, a clan fight, a quake at
two past midnight, a skipper who went back in, a refund account, a written-off car,
a robbed dairy, dormitory nurses, a campsite landslide, a lost school, a
brother at gate 13, an autopsy asked for, a sand truck and cows, a
homestay, a nursery attack and a numb teacher, a metro flood, a student
pressed to come home, a flash flood and eight relatives, a surf school,
ashfall, hands not touched after Ebola, a mudslide's three sons, lead in
a child, a dam spill, Christmas Eve attacks, oil in the creeks, a market
fire, a corridor truck, a cult forest, a herder's goats, oil cleaned
with hair, a son on heroin, a shark attack; a Minya bus, a mule on a
mountain road, a crowd's killing, a cough syrup, a flood that took two
children, a tailings dam, a third-floor jump, four days under a
building, a matatu swept away, a lost shop, a war fled as a boy, a
taxi robbery, protesters treated, a ferry sinking, crutches after July,
a tarp winter, an animator, a mini-apartment fire; fundraisers
(GoFundMe, Kitabisa, Change.org), TikTok, Instagram, Facebook,
Blogspot, Substack, Linktree, YouTube and Telegram postings, a Zoom
link, a clinic portal link; stolen and broken devices (a pacemaker log,
an insulin pump in a flood, a CPAP in a Basra summer, a cochlear
processor stolen at school, hearing aids smashed in a watch house and
another broken in a fight, a tracked phone's IMEI, a CGM transmitter
taken by a brother, a wheelchair broken by an airline, an oxygen
concentrator in load-shedding, an ICD that fired in a packing shed, a
pacemaker "listening"); crashes and licences (a Doblo out of a quake
zone, a Highlands hold-up, a Riyadh driver's accident, a car in the
Umlazi flood, a Djibouti truck, a Botswana taxi, an Egyptian ring road,
a Kuwaiti hit and run, a cab in Bengaluru, a followed car in Jakarta, a
rammed taxi in Amman); and very old clients (a Darfuri grandmother, a
Marshallese elder, a Jagersfontein mother, a Kalgoorlie man, an
I-Kiribati woman, a Fijian chief, a Tongan mother, a Taiwanese
grandmother, a Malaysian hajjah, an Indian mother, a Japanese father,
a Japanese woman in Suzu, a Saudi woman after a fall); with local
identifier formats for Turkish TC kimlik and temporary-protection
numbers, a Libyan passport, UNHCR Egypt, a Mozambican BI, Japanese My
Number, Nepali citizenship, a Qatar ID, Afghan tazkira, Aadhaar, Sri
Lankan NIC, an Emirates ID, Saudi Iqama, Israeli teudat zehut,
Kazakh IIN, Kyrgyz and Uzbek passports, GovGuam ID, Singapore NRIC,
Malaysian MyKad, Indonesian NIK, Thai ID, Chinese resident ID, PhilSys,
Zambian NRC, Ghana Card, Nigerian NIN, Mauritian NIC, French sécu in
Réunion, Moroccan CNIE, South African ID, Tanzanian NIDA, Ugandan NIN,
a Namibian permit, Botswana Omang and Iraqi national card numbers
(ssn); Japanese, Thai-border, ACC, Gambian, South African, Bangladeshi,
Japanese studio, Western Australian WorkCover, Kalgoorlie, Fijian,
Egyptian and Kenyan-Somali (Garissa) hospital files (medical_record); SGK,
Taiwanese NHI, Sehat, Ayushman Bharat, Agrahara, Thiqa, Bupa Arabia,
Clalit, Medicare, Bupa, BPJS, Seychelles health card, Moroccan AMO,
Algerian CNAS, New Zealand NHI and Bonitas numbers (health_plan); bKash,
FNPF, New Zealand, Touch 'n Go, WeChat Pay, MoMo, Zaad, M-Pesa
Tanzania, Airtel Money, Paytm, EcoCash, a UAE IBAN and a Vietcombank
account (account); Saudi, PNG, Botswana, Egyptian and Kuwaiti driving
licences, AHPRA, Eswatini and Nigerian nursing, HPCSA, Indian RCI,
Pakistani PMDC, a Turkish psychology licence and a Djibouti permit
(licence); Turkish, Pakistani, Tajik, PNG, NSW, New Zealand, Indonesian,
Kenyan, Egyptian, Kuwaiti, Indian, Jordanian and South African plates
(vehicle); pacemakers, an ICD, an insulin pump, a CPAP, a cochlear
processor, hearing aids, an IMEI, a CGM transmitter, a wheelchair and an
oxygen concentrator (device); addresses written the local way (Turkish
mahalle, sokak, no and daire, Egyptian shari', Japanese machi and
chome, Taiwanese lane and road, Pakistani house and block, Indian
society and road and sahi plots, Bangladeshi house and road, Jeddah
national address units, Israeli rehov and apartment, Kazakh mkr., d.
and kv., Guam chalan, Australian and New Zealand streets, Singapore HDB
block and unit, Indonesian jalan and RT/RW, Chinese road, building,
unit and room, Vietnamese ngõ, Jordanian shari' and building, South
African street) with postal codes of those countries, IPv4 and IPv6
addresses, URLs and phone and fax numbers in local and international
formats.

393 snippets, 238 with identifiers and 155 clean (lengths 56-468,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 12):
date 13, age_over_89 13, phone 22, fax 13, email 13, url 13,
ip_address 13, ssn 36, medical_record 13, health_plan 16, account 13,
licence 13, vehicle 14, device 13, street_address 23, zip_code 21;
with 239 names and 250 places smaller than a state (the test requires
239 and 250).  63 of the identifier snippets hold only names and/or
places and nothing else.

Names: Turkish, Libyan Arab, Sudanese (Arab and Darfuri Masalit),
Makhuwa and Mwani Mozambican, Japanese, Amis and Han Taiwanese, Burman,
Gurung, Magar, Tamang and Khas Nepali, Pashtun and Hazara-Afghan,
Sindhi, Punjabi, Kashmiri, Gujarati, Hmar and Meitei, Assamese,
Malayali, Odia, Bengali, Sinhalese, Emirati, Filipino, Saudi, Bahraini,
Iraqi, Jordanian, Lebanese, Palestinian, Israeli (Mizrahi) and Bedouin,
Syrian Kurdish, Syrian Arab, Kazakh, Kyrgyz, Tajik, Uzbek, Turkmen,
Azerbaijani, Iranian Baluch and Persian, Marshallese, Palauan, Enga,
Fijian (iTaukei and Indo-Fijian), Tongan, Samoan, I-Kiribati, Chamorro
and Carolinian, Anglo- and Aboriginal Australian (Bundjalung, Warlpiri,
Arrernte, Murrinhpatha), Māori, Singaporean Chinese, Malay, Sundanese,
Javanese and Balinese, Batak, Isan Thai, Han Chinese, Tày Vietnamese,
Kinh, Timorese, Cebuano and Bicolano Filipino, Mende and Temne, Tonga
Zambian, Ewe, Berom, Ogoni, Yoruba, Igbo, Hausa, Somali, Afar-Djiboutian,
Mijikenda, Turkana, Kikuyu, Chewa, Mauritian and Seychellois Creole,
Réunionnais, Coptic Egyptian, Amazigh (Moroccan and Kabyle), Gambian
Mandinka, Zulu, Sotho, Swazi, Tswana, Shona, Swahili, Konzo, Angolan,
Fang, Amhara and Gurage, Tigrinya, Dinka, Santhal, Telugu, Tamil and
Sikh Punjabi names; lower-case names and places, hyphenated and
multi-part names, names with binti, bin, al- and Abu, family names first
(Chinese, Taiwanese, Vietnamese), honorifics kept outside the spans
(Pak, Ratu, Mama) and names with diacritics and apostrophes.  Places:
mahalles and quarters, douars, bairros and resettlement sites, wards and
townships, barangays, kampungs, villages and clan grounds, islets,
communities and missions, suburbs and their ends, stages, blocks and
sections, markets and harbours, camps and tent sites, and places after
street addresses.

Clean snippets: peer-consultation messages, questions, statements,
updates, scheduling chatter, supervision reflections and reading-group
notes, spread over three bands of capitalised words after the first
word (counted by the author's script, the pronoun "I", sentence starts
and acronyms included): 67 with 0-2 (most of them written largely in
lower case), 42 with 3-5 and 46 with 6 or more (595 in 155 snippets,
about 3.8 per snippet): drug brands and generics, scales and
questionnaires, therapy models and their founders, real published
authors and books, guidelines and programmes, cultural idioms (talanoa,
'ofa and fatongia, hwabyeong, jinn, karma, qadr), weekdays, months,
seasons, religious holidays and fasts, professional bodies, ministries,
charities, apps, countries, states, provinces and regions,
nationalities, religions and languages, and no place smaller than a
state or a country's first-level subdivision.
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase as C

LOCKED51_CASES = [
    C('A client asked if melatonin is safe with quetiapine. I said ask the GP, but does anyone know offhand?'),
    C('Nazanin Sohrabi says the prison in Evin ward 209 is still in her stomach. She was released in 2023 and lives with her mother.', [('name', 'Nazanin Sohrabi'), ('place', 'Evin ward 209')]),
    C("Mama Siale Tupou is ninety-seven this August and refuses the rest home in Ōtara's East Tamaki side.", [('name', 'Siale Tupou'), ('age_over_89', 'ninety-seven this August'), ('place', "Ōtara's East Tamaki side")]),
    C("Hetal Parmar was on the Morbi bridge with her cousin on 30/10/2022. She made it out, the cousin didn't. Anyone have experience with survivor guilt after crowd disasters?", [('name', 'Hetal Parmar'), ('place', 'Morbi'), ('date', '30/10/2022')]),
    C("I'm seeing Ayodele Fashola-Brown again after a long gap; she came back to Ikorodu's Igbogbo from South London and says home feels foreign now.", [('name', 'Ayodele Fashola-Brown'), ('place', "Ikorodu's Igbogbo"), ('place', 'South London')]),
    C("Grateful for the discussion on Monday. It changed how I'm approaching my hardest case."),
    C('Does anyone have the Khmer, Lao and Vietnamese versions of the Hopkins checklist? The Refugee Health team in Western Australia asked me for them.'),
    C("Mauritius, Wakashio: Jean-Noël Lafleur from Mahébourg's Cité La Chaux was a fisherman who cleaned the oil with his hair. NIC L1804884100418.", [('name', 'Jean-Noël Lafleur'), ('place', "Mahébourg's Cité La Chaux"), ('ssn', 'L1804884100418')]),
    C('the client cried for the first time today after 11 sessions, and then apologised for wasting my time'),
    C("Herat province quake referral: Gul Bibi Nurzai lost four children in Zinda Jan in October 2023. She is with her brother in Mashhad's Golshahr now and can only talk on WhatsApp audio +98 915 704 2281.", [('name', 'Gul Bibi Nurzai'), ('place', 'Zinda Jan'), ('place', "Mashhad's Golshahr"), ('phone', '+98 915 704 2281')]),
    C('Anyone else seeing clients from Kırıkhan? The town is half gone and mine says he has no one left to grieve with.', [('place', 'Kırıkhan')]),
    C("Ethiopian, Eritrean and Sudanese clients keep asking about the Ethiopian Orthodox Church's view of therapy. Any Orthodox priests or chaplains in the network who would talk with us?"),
    C("has anyone found a way to do grief work with someone who believes the dead are still in the house? i don't want to pathologise it"),
    C('Kalinda Woods from Toomelah mission wants group work, not one-on-one. Would a yarning circle fit with her Medicare plan?', [('name', 'Kalinda Woods'), ('place', 'Toomelah mission')]),
    C("Linktree linktr.ee/malak.khoury.art - Malak Khoury sells her paintings there, she's from Mar Mikhael stairs. Is it a boundary issue to buy one?", [('url', 'linktr.ee/malak.khoury.art'), ('name', 'Malak Khoury'), ('place', 'Mar Mikhael stairs')]),
    C("Rhonda Pieterse lost her dairy at Cobargo's Narira side and her husband left. She asked for sessions by phone on 0428 417 702.", [('name', 'Rhonda Pieterse'), ('place', "Cobargo's Narira side"), ('phone', '0428 417 702')]),
    C("first time doing a session on a boat - client is a fisherman and that's where he talks. any safety tips?"),
    C('need a Meitei speaker urgently - thoudam ibeyaima from moirang is in a shelter in imphal and her phone is 98620 41175', [('name', 'thoudam ibeyaima'), ('place', 'moirang'), ('place', 'imphal'), ('phone', '98620 41175')]),
    C("AHPRA reg PSY0004418273 - that's the psych who referred Callum Strathdee from Eden wharf. Can someone check it's current before I accept?", [('licence', 'PSY0004418273'), ('name', 'Callum Strathdee'), ('place', 'Eden wharf')]),
    C('Old fax from +966 12 665 4418 (Jeddah clinic) asking about Hessa Al-Ghamdi, who is 95 and a quarter, after a fall.', [('fax', '+966 12 665 4418'), ('place', 'Jeddah'), ('name', 'Hessa Al-Ghamdi'), ('age_over_89', '95 and a quarter')]),
    C('Tanzania, Kariakoo market building collapse Nov 2024: Athumani Juma Mrisho was trapped for 4 days. NIDA 19880418-11101-00004-23, M-Pesa TZ 0754 418 227.', [('place', 'Kariakoo market'), ('name', 'Athumani Juma Mrisho'), ('ssn', '19880418-11101-00004-23'), ('account', '0754 418 227')]),
    C('Has anyone tried Narrative Exposure Therapy over video? The lifeline exercise is hard without string and stones.'),
    C("Sudanese client Mohamed Osman Elbadri, UNHCR Egypt UNHCR 555-23C08271, staying at 12 Shari' el-Nasr, Ard el-Lewa, Giza. He was detained in Khartoum Bahri for 40 days.", [('name', 'Mohamed Osman Elbadri'), ('ssn', 'UNHCR 555-23C08271'), ('street_address', "12 Shari' el-Nasr, Ard el-Lewa"), ('place', 'Giza'), ('place', 'Khartoum Bahri')]),
    C('Registration HPCSA PS 0418827 belongs to a psychologist who treated Zanele Mthethwa and then dated her cousin. How do I report?', [('licence', 'HPCSA PS 0418827'), ('name', 'Zanele Mthethwa')]),
    C("Rhys Kenworthy-Tjungurrayi's hearing aids (Oticon SN 418827301, Oticon SN 418827302) were smashed in the watch house in Alice's Larapinta side. He's now very withdrawn.", [('name', 'Rhys Kenworthy-Tjungurrayi'), ('device', 'Oticon SN 418827301'), ('device', 'Oticon SN 418827302'), ('place', "Alice's Larapinta side")]),
    C("PNG, Enga landslide, May 2024: Yakasa Ambo lost nine clan members at Yambali-Kaokalam. He is in Port Moresby's Gerehu now and calls from +675 7441 8823.", [('name', 'Yakasa Ambo'), ('place', 'Yambali-Kaokalam'), ('place', "Port Moresby's Gerehu"), ('phone', '+675 7441 8823')]),
    C('Mid-year check-in: how are you all doing? I know June has been a hard month across the group.'),
    C('We got a small grant from the Red Cross for interpreters. Who needs hours before the end of June?'),
    C('Looking for someone who speaks Pashto in Campsie. Wali Khan Afridi has asked three times.', [('place', 'Campsie'), ('name', 'Wali Khan Afridi')]),
    C("does anyone have a short psychoeducation sheet on nightmares that isn't full of jargon? my clients read english as a second or third language"),
    C("Complicated one. Ngaire Harawira-Smith is a Māori mum whose daughter was removed by Oranga Tamariki in 2021. She wants me to write a report for the Family Court, but the lawyer sent the request to the wrong person, whose address is n.harawira@paradise.net.nz, and that person has now written to the court saying she's the mother. She is devastated and wants to post about it. I feel out of my depth. Has anyone dealt with a misdirected request like this?", [('name', 'Ngaire Harawira-Smith'), ('email', 'n.harawira@paradise.net.nz')]),
    C("Lucy Waweru's Dexcom transmitter 8G4L18 was taken by her brother in Githurai 44 stage. She's 17 and had two hypos this week.", [('name', 'Lucy Waweru'), ('device', '8G4L18'), ('place', 'Githurai 44 stage')]),
    C('Kiribati: Teraaka Tebano is one hundred and one and a bit and remembers the Japanese on Betio islet. Her grandson asked if trauma can be that old.', [('name', 'Teraaka Tebano'), ('age_over_89', 'one hundred and one and a bit'), ('place', 'Betio islet')]),
    C("The Pacific Islands Families study has good data on Samoan and Tongan fathers. I'm using it for a supervision session on Thursday."),
    C('Ghana, Akosombo dam spill, 2023: Selorm Agbenyega lost his farm at Mepe. Ghana Card GHA-718827301-4, MoMo 024 418 8207.', [('place', 'Akosombo'), ('name', 'Selorm Agbenyega'), ('place', 'Mepe'), ('ssn', 'GHA-718827301-4'), ('account', '024 418 8207')]),
    C('Pakistani PMDC reg PMDC 88418-P is the psychiatrist who gave Shazia Batool ECT without consent in Multan.', [('licence', 'PMDC 88418-P'), ('name', 'Shazia Batool'), ('place', 'Multan')]),
    C("Monday and Wednesday evenings I'm offering free peer supervision for new graduates in New South Wales and Victoria. Message me if you want a slot."),
    C("Would anyone supervise me on Yerlan Bekmukhambetov? He's from Zhanatas and the case is bigger than me.", [('name', 'Yerlan Bekmukhambetov'), ('place', 'Zhanatas')]),
    C('Fiji: Litia Raduadua from Nakasi had her house flooded after Cyclone Yasa. Her FNPF member number FNPF 4418207 was used by her brother for a loan without asking.', [('name', 'Litia Raduadua'), ('place', 'Nakasi'), ('account', 'FNPF 4418207')]),
    C("Egyptian driver Hany Abdelmoneim, licence EG-DL 29104182270015, plate ن ق ر 4418, saw a child hit on the ring road. He's not driving since.", [('name', 'Hany Abdelmoneim'), ('licence', 'EG-DL 29104182270015'), ('vehicle', 'ن ق ر 4418')]),
    C('Fax from the Minya diocese clinic, +20 86 234 4182: Mina Samir Girgis, file MNY-PSY-1882, lost his father on the bus to the monastery in 2017. Requesting a Coptic-friendly therapist.', [('place', 'Minya'), ('fax', '+20 86 234 4182'), ('name', 'Mina Samir Girgis'), ('medical_record', 'MNY-PSY-1882')]),
    C('Asking for a colleague abroad. Hussein Ali Mohamed, a Somali-Kenyan man in Garissa, was detained for 11 days in 2014, and the clinic there holds his file GPGH/MH/14/4182; now he wants the file destroyed before his asylum interview in Australia because it says "suspected radicalisation". The colleague says she can\'t destroy it. What does the client have a right to, in your experience?', [('name', 'Hussein Ali Mohamed'), ('place', 'Garissa'), ('medical_record', 'GPGH/MH/14/4182')]),
    C("Has anyone seen a good study of Trauma-Focused CBT in Arabic-speaking families? I'd like something to cite in a grant."),
    C("Kenya, Shakahola: Priscilla Kahindi left the cult but her two children died in the forest. She's in Malindi, phone 0722 418 773.", [('place', 'Shakahola'), ('name', 'Priscilla Kahindi'), ('place', 'Malindi'), ('phone', '0722 418 773')]),
    C("YouTube youtu.be/Ws418827aB0 shows Juma Ssenyonga's shop burning in Kasokoso. He watches it every night.", [('url', 'youtu.be/Ws418827aB0'), ('name', 'Juma Ssenyonga'), ('place', 'Kasokoso')]),
    C('How do you introduce ACT to a client whose faith already teaches acceptance? It can feel redundant.'),
    C("Samoan pastor's wife Fa'amalepe Tuilagi wants therapy without the congregation knowing; her phone +685 772 4188 is shared with her husband.", [('name', "Fa'amalepe Tuilagi"), ('phone', '+685 772 4188')]),
    C('My client Ghulam Mustafa Jamali from Jacobabad is working with heat-stroke nightmares (he worked the brick kiln at 51C). Any literature on heat and PTSD?', [('name', 'Ghulam Mustafa Jamali'), ('place', 'Jacobabad')]),
    C('Ogoni client Barinem Kpai from Bodo City waterside lost fishing to oil spills in the creeks. His uncle was hanged with Saro-Wiwa in 1995, and he asks whether anger can be treated.', [('name', 'Barinem Kpai'), ('place', 'Bodo City waterside')]),
    C('Saudi referral: Nouf Al-Harbi, Iqama 2418830615, Bupa Arabia BA-71402288, lives at 7741 Al Rawdah Dist., Unit 3, Jeddah 23432. Lost her brother in the 2009 flood, now a new flood triggered it.', [('name', 'Nouf Al-Harbi'), ('ssn', '2418830615'), ('health_plan', 'BA-71402288'), ('street_address', '7741 Al Rawdah Dist., Unit 3'), ('place', 'Jeddah'), ('zip_code', '23432')]),
    C("Reminder: no group call on Friday because of Eid, we'll meet again the week after."),
    C("I'd like to run a Balint-style case group in the new year. Thoughts on frequency?"),
    C('Whakaari/White Island eruption: Hamish Caldwell-Reid was a boat skipper who went back in. ACC claim ACC 4418-27-9931, email hamish.cr@xtra.co.nz.', [('place', 'Whakaari/White Island'), ('name', 'Hamish Caldwell-Reid'), ('medical_record', 'ACC 4418-27-9931'), ('email', 'hamish.cr@xtra.co.nz')]),
    C('Does anybody have a Dinka-speaking colleague? Achol Mayen Deng Kuol arrived from the Renk transit centre last month.', [('name', 'Achol Mayen Deng Kuol'), ('place', 'Renk')]),
    C('Cultural supervision question: a Samoan, a Tongan and a Fijian client in the same Pasifika group all describe the talanoa differently. How does the facilitator hold Christian and traditional views together?'),
    C('The Red Crescent team asked if we could offer supervision to their volunteers. Who has capacity?'),
    C('For anyone in Papua New Guinea: does the national health plan include any counselling at all, or is it all through churches?'),
    C("Shahnaz Parvin called from Companiganj during the Sylhet floods, she was on the roof with 3 kids. She wants to talk about it now that the water's gone.", [('name', 'Shahnaz Parvin'), ('place', 'Companiganj')]),
    C('Our team in South Australia is debating whether to offer sessions in Dari and Hazaragi separately. Is that a real distinction for clients?'),
    C('Bangladeshi referral: Reshma Akter Lipi, Rana Plaza survivor, now in Savar Thana House 41, Road 3, Bank Colony, 1340. Still has the crush injury to her leg.', [('name', 'Reshma Akter Lipi'), ('place', 'Savar Thana'), ('street_address', 'House 41, Road 3, Bank Colony'), ('zip_code', '1340')]),
    C("Lokaale Ekai from Lodwar lost 300 goats in the drought and his wife left; he's a 40-year-old herder and asks if therapy is for men.", [('name', 'Lokaale Ekai'), ('place', 'Lodwar')]),
    C('For those doing EMDR with children: do you use the butterfly hug or tapping on the knees?'),
    C('Gauteng, Marshalltown fire Aug 2023: Ngozi Obiora-Eze (Nigerian, undocumented) jumped from the third floor. She is scared of any clinic asking for papers; file at the NGO MSF-JHB-23-0418.', [('place', 'Marshalltown'), ('name', 'Ngozi Obiora-Eze'), ('medical_record', 'MSF-JHB-23-0418')]),
    C("The client's imam told him therapy is fine as long as he keeps praying. I was relieved, honestly. Has that been your experience?"),
    C("West Nusa Tenggara: Baiq Nurhayati from Sembalun runs a homestay and can't be indoors since 2018.", [('name', 'Baiq Nurhayati'), ('place', 'Sembalun')]),
    C("Mele Fifita-Taufa and her sister share a bedroom in Ōtāhuhu Central and she can't talk freely in video sessions. Any creative workarounds?", [('name', 'Mele Fifita-Taufa'), ('place', 'Ōtāhuhu Central')]),
    C("Taiwanese grandmother Chen Ah-mei is 98歲 and a 228 survivor's daughter; she talks about soldiers in Keelung harbour.", [('name', 'Chen Ah-mei'), ('age_over_89', '98歲'), ('place', 'Keelung harbour')]),
    C('please be careful with voice notes, one of mine was forwarded by a relative and i only found out later'),
    C('Iranian client Mahsa Rigi from Zahedan was at the mosque on Bloody Friday. She now lives in Ankara and uses m.rigi.zhdn@tutanota.com.', [('name', 'Mahsa Rigi'), ('place', 'Zahedan'), ('place', 'Ankara'), ('email', 'm.rigi.zhdn@tutanota.com')]),
    C('Ma Thida Win Kyaw asked me to send the worksheet to thidawin.mdy@gmail.com. Her flat in Chanayethazan collapsed in the March quake.', [('name', 'Ma Thida Win Kyaw'), ('email', 'thidawin.mdy@gmail.com'), ('place', 'Chanayethazan')]),
    C("Brahim Oubella was a mule driver bringing aid up to Amizmiz after the quake. He says he can't stop counting the dead on the mule's back.", [('name', 'Brahim Oubella'), ('place', 'Amizmiz')]),
    C("Hilda Heine-Lakjohn (Majuro's Laura side) is 92 years 7 months and remembers the ash like snow. Her grandson wants her story recorded before she goes - do we need consent forms for that?", [('name', 'Hilda Heine-Lakjohn'), ('place', "Majuro's Laura side"), ('age_over_89', '92 years 7 months')]),
    C("Audit log: IP 41.203.18.227 (Lagos Island's Isale Eko) accessed Tolulope Adeyemi-Bakare's notes at 03:14 on 2024-11-19. Not any of us. Escalating to IT.", [('ip_address', '41.203.18.227'), ('place', "Lagos Island's Isale Eko"), ('name', 'Tolulope Adeyemi-Bakare'), ('date', '2024-11-19')]),
    C("I'm starting a reading circle on Ignacio Martín-Baró. Liberation psychology feels very relevant to our work in Africa right now."),
    C("Does anyone have experience with the Burmese translation of the K10? Our Karen clients say it's not their language at all."),
    C('Bishnu Prasad Adhikari-Khatri worked at Lusail for four years. Qatar ID QID 28752401983, and the employer still holds his passport. Referred by a Kathmandu NGO.', [('name', 'Bishnu Prasad Adhikari-Khatri'), ('place', 'Lusail'), ('ssn', 'QID 28752401983'), ('place', 'Kathmandu')]),
    C('The Psychological Society of South Africa has a new ethics code. Any Gauteng or Western Cape colleagues read the section on WhatsApp yet?'),
    C('Our practice in Queensland has a two-month waitlist now. Is anyone else this stretched after the floods?'),
    C('Indonesia, Cianjur quake: Ujang Saepudin from Cugenang lost his school. NIK 3203142108890004, BPJS 0001884173205.', [('place', 'Cianjur'), ('name', 'Ujang Saepudin'), ('place', 'Cugenang'), ('ssn', '3203142108890004'), ('health_plan', '0001884173205')]),
    C('Semeru eruption: Pak Slamet Riyadi Sumarno lost his sand-mining truck (plate N 8814 UA) and his cows in Curah Kobokan.', [('name', 'Slamet Riyadi Sumarno'), ('vehicle', 'N 8814 UA'), ('place', 'Curah Kobokan')]),
    C("Oluwaseun Adebayo-Cole lost his job at the port in Apapa's Ajegunle side and now drinks alone in the car. Ideas for a first session?", [('name', 'Oluwaseun Adebayo-Cole'), ('place', "Apapa's Ajegunle side")]),
    C('Guam client Jesse Quinata Cruz, GovGuam ID GU-0418822, address 118 Chalan Pale Duenas, Mangilao 96913. Veteran, two tours.', [('name', 'Jesse Quinata Cruz'), ('ssn', 'GU-0418822'), ('street_address', '118 Chalan Pale Duenas'), ('place', 'Mangilao'), ('zip_code', '96913')]),
    C("Oyinlola Bamidele is a Nigerian nurse in Riyadh's Al Naseem; her NMCN licence RN 184418 was taken by the agency.", [('name', 'Oyinlola Bamidele'), ('place', "Riyadh's Al Naseem"), ('licence', 'RN 184418')]),
    C("the client wants the session at dawn before work. i'm not a morning person but i said yes. boundaries or flexibility?"),
    C('Substack yusufokoye.substack.com is where Yusuf Okoye writes about his psychosis. He linked me and asked for comments.', [('url', 'yusufokoye.substack.com'), ('name', 'Yusuf Okoye')]),
    C("Jaswinder Kaur Sidhu in Papatoetoe Hunters Corner runs a dairy and was robbed twice in a month. She's asking for Punjabi-speaking help.", [('name', 'Jaswinder Kaur Sidhu'), ('place', 'Papatoetoe Hunters Corner')]),
    C("My client in Mthatha's Ngangelizwe says the sangoma told her the anxiety is her grandmother calling. Nomvula Qwabe wants to honour that. How do others integrate this?", [('place', "Mthatha's Ngangelizwe"), ('name', 'Nomvula Qwabe')]),
    C('Sri Lankan client Chamara Wickramasinghe was at the Galle Face protests in 2022 and was beaten near Kollupitiya. NIC 199213704415.', [('name', 'Chamara Wickramasinghe'), ('place', 'Galle Face'), ('place', 'Kollupitiya'), ('ssn', '199213704415')]),
    C('Efua Kwakye from Battor asked whether we can see her in Ewe; she is a teacher who lost her classroom.', [('name', 'Efua Kwakye'), ('place', 'Battor')]),
    C("how do you all handle sessions when the client's kids are in the room? the flat is one room and there's nowhere else to go"),
    C('GoFundMe for Lwazi Ndlovu-Gumede: gofundme.com/f/lwazi-ndlovu-durban-floods. He asked if he should take it down because of the comments.', [('name', 'Lwazi Ndlovu-Gumede'), ('url', 'gofundme.com/f/lwazi-ndlovu-durban-floods')]),
    C("Highlands driver Peter Kundi Walep with PNG licence PNG-DL 448172, plate LBH 417, was held up on the Highlands Highway near Wabag station. He won't drive at night now.", [('name', 'Peter Kundi Walep'), ('licence', 'PNG-DL 448172'), ('vehicle', 'LBH 417'), ('place', 'Wabag station')]),
    C('If your client is Catholic and wants to talk about confession versus therapy, how do you draw the line without sounding dismissive?'),
    C("Vietnam, Typhoon Yagi: Hoàng Thị Mai from Làng Nủ lost 8 relatives in the flash flood. She's Tày and speaks some Vietnamese.", [('name', 'Hoàng Thị Mai'), ('place', 'Làng Nủ')]),
    C("Turkish psychologist licence TPD-34-4418 - the colleague who saw Deniz Kurtuluş in Kadıköy's Moda coast before me. She wants the old notes.", [('licence', 'TPD-34-4418'), ('name', 'Deniz Kurtuluş'), ('place', "Kadıköy's Moda coast")]),
    C('Gulnoza Rahimova from Vorukh is on the other side of the same border. Her husband drove the family out in plate 04 TJ 7718 RR. Two colleagues, two sides - can we meet jointly on this?', [('name', 'Gulnoza Rahimova'), ('place', 'Vorukh'), ('vehicle', '04 TJ 7718 RR')]),
    C('Sreekutty Vellayani lost her whole ward in the Mundakkai landslide in July 2024. She works night shift in Dubai and calls from there.', [('name', 'Sreekutty Vellayani'), ('place', 'Mundakkai')]),
    C("My client is Sikh and the Gurdwara community wants to hold a langar for him. He's embarrassed. Any Sikh colleagues with advice on how to talk about it?"),
    C("has anyone done couple work where one partner was in the disaster and the other wasn't? the gap is huge"),
    C('Asking for thoughts on a boundary issue. Ifeoma Chukwuemeka-Obi is a Nigerian nurse working nights in Dubai who pays me by transfer from account AE07 0331 2344 1882 7300 415 and last week sent double the fee "for the next month" along with a long voice note about her marriage. I want to return the extra, but she says it will shame her if I do. She lives in Al Qusais Industrial 4 and her family in Nnewi\'s Otolo depend on her. How would you handle it?', [('name', 'Ifeoma Chukwuemeka-Obi'), ('account', 'AE07 0331 2344 1882 7300 415'), ('place', 'Al Qusais Industrial 4'), ('place', "Nnewi's Otolo")]),
    C("Maccabi referral for Avital Zaguri-Peretz: teudat zehut 302418876, Kiryat Shmona's Tel Hai road. Evacuated for 11 months in a hotel in Tiberias.", [('name', 'Avital Zaguri-Peretz'), ('ssn', '302418876'), ('place', "Kiryat Shmona's Tel Hai road"), ('place', 'Tiberias')]),
    C("A supervision question about a fax. The hospital in Nelspruit's KaNyamazane sent a discharge summary for my client Vusi Mnisi to my old fax number, +27 13 418 2277, which now belongs to a funeral parlour, and the owner phoned me to say he'd read it. The summary has his diagnosis, his overdose on 3 March 2024 and his HIV status. He doesn't know yet. Do I tell him in session, and how? I feel sick about it.", [('place', "Nelspruit's KaNyamazane"), ('name', 'Vusi Mnisi'), ('fax', '+27 13 418 2277'), ('date', '3 March 2024')]),
    C('Quick q: Sharmila Tudu is Santhal and her family wants a healer first. Do I wait or work alongside?', [('name', 'Sharmila Tudu')]),
    C('Has anyone got a Bahasa Indonesia version of the PHQ-9 that reads naturally? Mine sounds like a legal form.'),
    C("Wheelchair KI-2244188 was broken by the airline for Ravi Shankar Iyer on the flight to Chennai's Tambaram; he missed his mother's funeral because of it.", [('device', 'KI-2244188'), ('name', 'Ravi Shankar Iyer'), ('place', "Chennai's Tambaram")]),
    C('I keep coming back to Viktor Frankl with older clients who lived through wars. Does it still land for the young ones?'),
    C("anyone else finding that clients want to talk about the rebuild more than the loss? i keep steering back and i'm not sure i should"),
    C('Marshallese client in Ebeye\'s Gugeegue end: Jemima Langrine asked about her grandmother\'s "jelly babies" after Bravo and whether it\'s in her body too.', [('place', "Ebeye's Gugeegue end"), ('name', 'Jemima Langrine')]),
    C("Sophie Nguyen-Ashby was in the shopping centre at Bondi Junction's Oxford Street mall in April 2024 and now can't go into any mall. She's a nurse at St Vincent's.", [('name', 'Sophie Nguyen-Ashby'), ('place', "Bondi Junction's Oxford Street mall")]),
    C('She has been on fluoxetine since March and feels flat. Is it worth asking the psychiatrist about a switch?'),
    C("The GP has prescribed Stilnox and my client is sleepwalking. I've flagged it, but is this common?"),
    C('Trying to find the Spirit of Ubuntu article by Desmond Tutu that we discussed in August. I think it was in the South African Journal of Psychology.'),
    C('Devi Athok wants to talk about her daughters lost at the stadium - she was the one who asked for an autopsy. Phone 0812-3418-2270.', [('name', 'Devi Athok'), ('phone', '0812-3418-2270')]),
    C('reminder to self and others: the client who is most polite is often the one most at risk'),
    C('Question for the Islamic psychology folks: how do you frame Qadr and free will with a client who blames herself for a flood? She quotes Al-Ghazali at me.'),
    C('Auckland Anniversary floods: Losana Vunipola from Māngere Bridge village end lost the downstairs flat. Her car MKF517 was written off.', [('name', 'Losana Vunipola'), ('place', 'Māngere Bridge village end'), ('vehicle', 'MKF517')]),
    C('Thinking of running a Tuesday evening group for fathers. Would anyone co-facilitate?'),
    C("Thailand, Nong Bua Lamphu nursery attack: Panida Sriwongsa lost her 3-year-old. She's asked for a Lao/Isan-speaking therapist. ID 1 4104 00418 22 7.", [('name', 'Panida Sriwongsa'), ('ssn', '1 4104 00418 22 7')]),
    C("Fax cover from a lab in Lahore's Ichhra, +92 42 3571 4418, for Imran Saeed Butt, with lithium levels and his email imran.butt.lhr@hotmail.com.", [('place', "Lahore's Ichhra"), ('fax', '+92 42 3571 4418'), ('name', 'Imran Saeed Butt'), ('email', 'imran.butt.lhr@hotmail.com')]),
    C('Need advice: Awadiya Abdelrahim Mohamedain is ninety-three years and three months and keeps asking for her goats in El Geneina\'s Jamarik quarter. Family says she is "back in 2003". Is this trauma or dementia or both?', [('name', 'Awadiya Abdelrahim Mohamedain'), ('age_over_89', 'ninety-three years and three months'), ('place', "El Geneina's Jamarik quarter")]),
    C('has anyone done family sessions where three generations share one phone? it worked better than i expected'),
    C('China: Liu Xiaoyan was on metro line 5 in July 2021. Resident ID 410105199004182236, now lives at Jinshui Road 418, Building 3, Unit 2, Room 701, Zhengzhou 450008.', [('name', 'Liu Xiaoyan'), ('ssn', '410105199004182236'), ('street_address', 'Jinshui Road 418, Building 3, Unit 2, Room 701'), ('place', 'Zhengzhou'), ('zip_code', '450008')]),
    C('Kanjuruhan stadium crush, 1 Oktober 2022: Rizky Aditya Pratama lost his younger brother at gate 13. He lives at Jl. Raya Sumberpucung No. 44 RT 02/RW 05, Kepanjen 65163.', [('place', 'Kanjuruhan'), ('date', '1 Oktober 2022'), ('name', 'Rizky Aditya Pratama'), ('street_address', 'Jl. Raya Sumberpucung No. 44 RT 02/RW 05'), ('place', 'Kepanjen'), ('zip_code', '65163')]),
    C('Looking for feedback on using Interpersonal Psychotherapy in Uganda, the Bolton and Verdeli trial is old now and I want something from this decade.'),
    C("For the group from Derna's Shiha quarter: Hajer Bukhatwa (born 03/11/1988), passport LY-P7713802, contact hajer.bukhatwa88@libyana-mail.ly. She wants a female Arabic-speaking therapist.", [('place', "Derna's Shiha quarter"), ('name', 'Hajer Bukhatwa'), ('date', '03/11/1988'), ('ssn', 'LY-P7713802'), ('email', 'hajer.bukhatwa88@libyana-mail.ly')]),
    C('Dialectical Behaviour Therapy skills groups in Hindi or Tamil - does anyone know a published adaptation? The Linehan handouts lose a lot in translation.'),
    C('The Ministry of Health guidance on tele-sessions changed in September. Has anyone read it properly?'),
    C('Ethical question. A young client, Khadija Yusuf Abdi, lives in Eastleigh South and her uncle has started asking me, by email from yusufabdi.trading@outlook.com, for "progress reports" because he pays for the sessions. She\'s 19. She has told me she is fine with him knowing she attends, but not what we talk about. He has now threatened to stop paying. I\'ve never written back. Should I, and what would you say without saying anything?', [('name', 'Khadija Yusuf Abdi'), ('place', 'Eastleigh South'), ('email', 'yusufabdi.trading@outlook.com')]),
    C('Nepali returnee from Qatar, Dil Kumari Thapa Magar, phone +977 984-1172063, lost her husband on a World Cup site. Does anyone know a Qatar compensation lawyer who works pro bono?', [('name', 'Dil Kumari Thapa Magar'), ('phone', '+977 984-1172063')]),
    C('East Gippsland, Black Summer: Des Kermond was on the beach with 4,000 others on 31 December 2019. Address 12 Bastion St, Mallacoota township VIC 3892.', [('name', 'Des Kermond'), ('date', '31 December 2019'), ('street_address', '12 Bastion St'), ('place', 'Mallacoota township'), ('zip_code', '3892')]),
    C("Any thoughts on Mirtazapine for sleep in older refugees? My client's GP is hesitant."),
    C('just finished a session where the client laughed the whole way through describing the worst night of his life. still processing'),
    C('I did my first session in Arabic with an interpreter from Morocco and the dialect gap was huge. Any advice?'),
    C('Kiara Blackwell - Bundjalung woman, lost her house in South Lismore twice in one month. She wants someone who understands Country, not just trauma.', [('name', 'Kiara Blackwell'), ('place', 'South Lismore')]),
    C('Log line: Tanvir Hasan Rony joined from 103.91.228.41 and also from 2400:c600:41:8827::5 within a minute. He says his brother uses the laptop.', [('name', 'Tanvir Hasan Rony'), ('ip_address', '103.91.228.41'), ('ip_address', '2400:c600:41:8827::5')]),
    C('Device log forwarded by the cardiology team: Rashid Al-Khalifa, pacemaker SN PJN418827S, transmitted from 82.194.41.227 (Muharraq) on 12/04/2024.', [('name', 'Rashid Al-Khalifa'), ('device', 'PJN418827S'), ('ip_address', '82.194.41.227'), ('place', 'Muharraq'), ('date', '12/04/2024')]),
    C('Dubai floods, April 2024: Mariam Al Falasi spent 20 hours in her car on Al Khail Road. Emirates ID 784-1991-4418273-6. She now panics at rain forecasts.', [('name', 'Mariam Al Falasi'), ('street_address', 'Al Khail Road'), ('ssn', '784-1991-4418273-6')]),
    C("My client is Buddhist and wants to do loving-kindness meditation for the driver who hit her. I'm moved and a bit unsure."),
    C("quick one - ayşe gül tatlıdil from kahramanmaraş dulkadiroğlu messaged me at 2am again, she's in the istanbul sultanbeyli container, her number 0532 418 77 26. is it ok to reply after hours??", [('name', 'ayşe gül tatlıdil'), ('place', 'kahramanmaraş dulkadiroğlu'), ('place', 'istanbul sultanbeyli'), ('phone', '0532 418 77 26')]),
    C('Bangladesh July 2024: Abu Sayeed Mahmud was shot in Jatrabari and is on crutches. Hospital file DMCH/ORT/24/88412, fax +880 2-5516 4418.', [('name', 'Abu Sayeed Mahmud'), ('place', 'Jatrabari'), ('medical_record', 'DMCH/ORT/24/88412'), ('fax', '+880 2-5516 4418')]),
    C("Hajjah Rokiah binti Hassan is ninety-one and a half now, Malaysian, and asks to die in Kampung Baru's Jalan Raja Abdullah. Her son won't listen.", [('name', 'Hajjah Rokiah binti Hassan'), ('age_over_89', 'ninety-one and a half now'), ('place', "Kampung Baru's Jalan Raja Abdullah")]),
    C("Moroccan client Fadma Ait Lahcen from Talat N'Yaaqoub douar lost her house on 8 septembre 2023. CNIE EE418827, AMO card AMO 1022 4418 7730.", [('name', 'Fadma Ait Lahcen'), ('place', "Talat N'Yaaqoub douar"), ('date', '8 septembre 2023'), ('ssn', 'EE418827'), ('health_plan', 'AMO 1022 4418 7730')]),
    C('Gorkha follow-up: Lal Bahadur Gurung, citizenship 36-01-72-04418, Barpak-Sulikot ward 4. Ten years on and he still sleeps outside in the monsoon.', [('place', 'Gorkha'), ('name', 'Lal Bahadur Gurung'), ('ssn', '36-01-72-04418'), ('place', 'Barpak-Sulikot')]),
    C("Reading group for December: Frantz Fanon's The Wretched of the Earth, chapter five, and Derek Summerfield's critique of PTSD in non-Western settings. Bring a question each."),
    C("Anurag Bhattacharjee-Ray wants his notes sent to anurag.br@protonmail.com, not his work address. He's a locomotive pilot.", [('name', 'Anurag Bhattacharjee-Ray'), ('email', 'anurag.br@protonmail.com')]),
    C('Sindh floods: Parveen Khoso from Johi lost the house and now lives on the embankment. Sehat card SSC-41204-88310. She said the water "knew where our house was".', [('name', 'Parveen Khoso'), ('place', 'Johi'), ('health_plan', 'SSC-41204-88310')]),
    C('Portal link sent to Joseph Tabe by mistake: https://portal.mindcare.cm/p/44182730, with his login from 154.72.41.182.', [('name', 'Joseph Tabe'), ('url', 'https://portal.mindcare.cm/p/44182730'), ('ip_address', '154.72.41.182')]),
    C('Iraq, Basra: Zainab Kadhim Al-Saadi, CPAP serial 23184418273, lost power for days in summer 2023. National card 199104182273.', [('place', 'Basra'), ('name', 'Zainab Kadhim Al-Saadi'), ('device', '23184418273'), ('ssn', '199104182273')]),
    C('Fax received from +61 8 9418 2773 (Kalgoorlie-Boulder hospital): Dale Tjapaltjarri, MRN KBH 0418827, aged 90 years 9 months, admitted after a fall.', [('fax', '+61 8 9418 2773'), ('place', 'Kalgoorlie-Boulder'), ('name', 'Dale Tjapaltjarri'), ('medical_record', 'KBH 0418827'), ('age_over_89', '90 years 9 months')]),
    C("Does the SDQ work for Pacific kids in your experience? The teachers' version seems to over-flag the quiet ones."),
    C("Tharushi Dissanayake is a fisherwoman from Negombo whose nets were ruined by the Xpress Pearl pellets; the debt is what's keeping her up.", [('name', 'Tharushi Dissanayake'), ('place', 'Negombo')]),
    C("Bilal Hussain Qureshi from Mirpur Dadyal (AJK) works as a driver in Riyadh's Al Naseem. His licence SA-DL 1057732219 was suspended after an accident and he's panicking about deportation.", [('name', 'Bilal Hussain Qureshi'), ('place', 'Mirpur Dadyal'), ('place', "Riyadh's Al Naseem"), ('licence', 'SA-DL 1057732219')]),
    C("Sarah Abdulla Janahi's insulin pump NG1418827H stopped during the Bahrain flood and she ended up in ICU. She's since had panic attacks.", [('name', 'Sarah Abdulla Janahi'), ('device', 'NG1418827H')]),
    C("Does Manaia Leota remind anyone else of the way young Samoan men describe shame? He's from Vaitele-uta village end and talks like he's in trouble with God.", [('name', 'Manaia Leota'), ('place', 'Vaitele-uta village end')]),
    C('Japanese clinic file KNZ-MH-2024-00871, patient Tomoe Ishiyama, My Number 4821 0937 7156. Requesting EMDR after the 1 January 2024 quake.', [('medical_record', 'KNZ-MH-2024-00871'), ('name', 'Tomoe Ishiyama'), ('ssn', '4821 0937 7156'), ('date', '1 January 2024')]),
    C('fwd from the Mae Sot border clinic portal: pt Daw Khin Myat Noe, file MTC/25/30914, login from 203.81.92.147 on 29 Mar 2025. Please confirm she consented to tele-sessions.', [('place', 'Mae Sot border'), ('name', 'Daw Khin Myat Noe'), ('medical_record', 'MTC/25/30914'), ('ip_address', '203.81.92.147'), ('date', '29 Mar 2025')]),
    C("Kazakhstan, January 2022: Dauren Seitkali was shot in Almaty's Alatau side. IIN 920417301548. He asked whether we keep records in Russian or Kazakh.", [('name', 'Dauren Seitkali'), ('place', "Almaty's Alatau side"), ('ssn', '920417301548')]),
    C("what do you do when a client brings cash in an envelope and won't take it back?"),
    C('Colleagues in Queensland, Victoria and Tasmania: is the Medicare Better Access referral still needed from a GP, or can psychiatrists in the Northern Territory refer directly?'),
    C('Does anyone know if the WHO Problem Management Plus manual has a Tagalog version yet?'),
    C('Abdirahman Warsame Dirie (Djibouti) is a truck driver on the Ethiopia corridor, licence DJ-PC 041882, and had an accident in Dikhil.', [('name', 'Abdirahman Warsame Dirie'), ('licence', 'DJ-PC 041882'), ('place', 'Dikhil')]),
    C("I'm preparing a talk for the Australian Psychological Society on working with Aboriginal families after floods. Suggestions for readings beyond Judy Atkinson's Trauma Trails?"),
    C('Botswana: Kagiso Mothibi-Seretse (Omang 418813409) drives a taxi in Mogoditshane and was robbed at gunpoint. Licence BW-DL 9884182.', [('name', 'Kagiso Mothibi-Seretse'), ('ssn', '418813409'), ('place', 'Mogoditshane'), ('licence', 'BW-DL 9884182')]),
    C('Facebook page facebook.com/JusticeForChisomo.Mw names Chisomo Phiri as the girl who died. Her mother wants it down.', [('url', 'facebook.com/JusticeForChisomo.Mw'), ('name', 'Chisomo Phiri')]),
    C("My Ethiopian Orthodox client is fasting for Lent and feels too weak for exposure. I'm going to pause. Thoughts?"),
    C('Ayushman card PMJAY-AS-7710-4482-0931 for Binod Saikia, Dhemaji Jonai side. Can we bill the psychiatric follow-up through that?', [('health_plan', 'PMJAY-AS-7710-4482-0931'), ('name', 'Binod Saikia'), ('place', 'Dhemaji Jonai side')]),
    C('Filipino nurse in Abu Dhabi, Rowena Dela Paz Macaraeg, Thiqa card THQ 1004 7721 08, phone +971 50 418 2276. Burnout after COVID ICU.', [('name', 'Rowena Dela Paz Macaraeg'), ('health_plan', 'THQ 1004 7721 08'), ('phone', '+971 50 418 2276')]),
    C("Georgian Azeri client Elnur Mammadov from Marneuli's Sadakhlo road, hearing aid Phonak SN 2218441827 broke in a fight; he now avoids all conversations.", [('name', 'Elnur Mammadov'), ('place', "Marneuli's Sadakhlo road"), ('device', 'Phonak SN 2218441827')]),
    C("Indian client's mother Kamala Venkataraman is 99 in Sept and calls her son by her dead husband's name. They live in Mylapore tank side.", [('name', 'Kamala Venkataraman'), ('age_over_89', '99 in Sept'), ('place', 'Mylapore tank side')]),
    C('We had a good training on Psychological First Aid last month. Happy to share the slides with the group.'),
    C('Quick poll: how many of you use the PHQ-9 every session, and how many only at intake?'),
    C("Pakistani plate BSA-717 (a Jacobabad rickshaw) was in the accident that killed Sanam Jatoi's father. She sees the number in dreams.", [('vehicle', 'BSA-717'), ('name', 'Sanam Jatoi')]),
    C("can someone cover Nazik Hamdan tomorrow? she's the one from wad madani, number is +20 112 418 6650, voice only, no video please.", [('name', 'Nazik Hamdan'), ('place', 'wad madani'), ('phone', '+20 112 418 6650')]),
    C('Any recommendations for Swahili-language sleep hygiene material? The ones I have are in English only.'),
    C('Taiwanese NHI card NHI 0000 8841 2206 for Panay Kacaw, address No. 22, Lane 118, Zhongshan Road, Xincheng Township 971-41. She asked for an Amis interpreter.', [('health_plan', 'NHI 0000 8841 2206'), ('name', 'Panay Kacaw'), ('street_address', 'No. 22, Lane 118, Zhongshan Road'), ('place', 'Xincheng Township'), ('zip_code', '971-41')]),
    C("Just back from leave in Vietnam, thank you all for covering. I'll catch up on the thread this evening."),
    C('The CBT for insomnia workbook from a university team in Australia is excellent, if a bit long for clients with low literacy.'),
    C('Seychelles: Marie-Ange Hoareau from Anse Royale wants help for her son on heroin. Health card SEY-HC 418827.', [('name', 'Marie-Ange Hoareau'), ('place', 'Anse Royale'), ('health_plan', 'SEY-HC 418827')]),
    C('Has anyone used the PCL-5 with Arabic-speaking clients? The translated version feels stiff to me.'),
    C('Client on Efexor says she feels "electric" when she forgets a dose. The GP in New South Wales says it\'s normal. Is it?'),
    C('Qatar intake: Ram Bahadur Tamang Lopchan, phone +974 5518 2047, labour camp in Industrial Area Street 41. Talked about a co-worker who died of heat.', [('name', 'Ram Bahadur Tamang Lopchan'), ('phone', '+974 5518 2047'), ('place', 'Industrial Area Street 41')]),
    C('Zambia: Mutinta Hamoonga grew up near the lead mine in Kabwe, her son has lead poisoning and learning problems. NRC 418273/61/1.', [('name', 'Mutinta Hamoonga'), ('place', 'Kabwe'), ('ssn', '418273/61/1')]),
    C("Sierra Leone: Fatmata Kamara-Bangura was an Ebola nurse in Kenema's Nyandeyama and still can't touch anyone's hands. She lives in Freetown's Kissy Mess Mess now.", [('name', 'Fatmata Kamara-Bangura'), ('place', "Kenema's Nyandeyama"), ('place', "Freetown's Kissy Mess Mess")]),
    C('Hanoi mini-apartment fire Sept 2023: Nguyễn Thu Trang lost her husband at Ngõ 29/70 Khương Hạ, Khương Đình ward 11400. She is raising two kids alone.', [('place', 'Hanoi'), ('name', 'Nguyễn Thu Trang'), ('street_address', 'Ngõ 29/70 Khương Hạ'), ('place', 'Khương Đình ward'), ('zip_code', '11400')]),
    C("Gabon: Aurélie Nguema from Nkembo in Libreville's Nzeng-Ayong called after the Esther Miracle ferry sank. Airtel Money 074 418 827.", [('name', 'Aurélie Nguema'), ('place', 'Nkembo'), ('place', "Libreville's Nzeng-Ayong"), ('account', '074 418 827')]),
    C('Is the IES-R still the go-to for short screening after a disaster, or has everyone moved on to the PCL?'),
    C("Lalremsiami Hmar Sailo fled Churachandpur's Tuibong in May 2023 and is in a relief camp in Mizoram. Her brother Thangboi is still missing.", [('name', 'Lalremsiami Hmar Sailo'), ('place', "Churachandpur's Tuibong"), ('name', 'Thangboi')]),
    C('how do you close therapy with someone who is moving back to the place where it happened?'),
    C('is anyone using interpreters over the phone? the delay is killing the rhythm of the session for me'),
    C("Mahlet Getachew Bekele's oxygen concentrator Philips EverFlo SN EF418827 went off during a load-shedding night in Soshanguve's Block XX extension.", [('name', 'Mahlet Getachew Bekele'), ('device', 'Philips EverFlo SN EF418827'), ('place', "Soshanguve's Block XX extension")]),
    C('Odia speaker needed for Sasmita Jena, +91 94371 20886. Her husband was in the general coach.', [('name', 'Sasmita Jena'), ('phone', '+91 94371 20886')]),
    C("Layla Khoury-Nasr was 6 when the port exploded and now she's 11 and draws the mushroom cloud. The family has moved to Zahlé Maalaka.", [('name', 'Layla Khoury-Nasr'), ('place', 'Zahlé Maalaka')]),
    C('Longer question about devices. My client Tomás da Costa Ximenes is a Timorese seasonal worker on a farm near Shepparton East whose ICD (serial MDT-PSR418827H) fired three times in one afternoon in the packing shed; the cardiologist says it was appropriate, but he is now terrified of working, of sleeping, of his own heart. He sends money home every fortnight and his visa depends on the farm. What have people found helpful for ICD-shock anxiety?', [('name', 'Tomás da Costa Ximenes'), ('place', 'Shepparton East'), ('device', 'MDT-PSR418827H')]),
    C("Anyone attending the Asia Pacific Trauma Conference in Singapore in June? I'd be happy to share a room or a panel on disaster work in Indonesia and the Philippines."),
    C('Looking for a colleague who speaks Hausa and does telehealth in the evenings. Any leads?'),
    C('Zeynep Nur keeps asking whether the tent city will close. Not sure what to tell her, any ideas from people who did the container camps?', [('name', 'Zeynep Nur')]),
    C("Zaid Qasem's taxi Amman 41-88273 was rammed during the protest. He is scared to work again.", [('name', 'Zaid Qasem'), ('vehicle', 'Amman 41-88273')]),
    C("From the IT lead: client Ahmad Shah Rahimi's account was accessed from 103.41.182.77 in Peshawar's Hayatabad while he was in session with me in Brisbane's Inala.", [('name', 'Ahmad Shah Rahimi'), ('ip_address', '103.41.182.77'), ('place', "Peshawar's Hayatabad"), ('place', "Brisbane's Inala")]),
    C("how do you respond when a client says you can't understand because you weren't there? i wasn't, and i can't"),
    C("Has anyone read Bessel van der Kolk's critics? I feel the book gets quoted more than it gets questioned."),
    C("Hira Naveed is a medical student in Abbottabad who was at the rally in Lahore's Ichhra and saw the shooting. She's doing exams and refuses to pause.", [('name', 'Hira Naveed'), ('place', 'Abbottabad'), ('place', "Lahore's Ichhra")]),
    C("bKash account 01713-448206 is where Rafiqul Islam Chowdhury sends his sister's tuition - he asked us to stop the session fees going there.", [('account', '01713-448206'), ('name', 'Rafiqul Islam Chowdhury')]),
    C("Somaliland: Hodan Farah Jama from Hargeisa's Jigjiga Yar was burned out of Waheen market in April 2022. Zaad account Zaad 63 441 8827.", [('name', 'Hodan Farah Jama'), ('place', "Hargeisa's Jigjiga Yar"), ('place', 'Waheen'), ('account', 'Zaad 63 441 8827')]),
    C('anyone got a good metaphor for flashbacks for teenagers? the filing cabinet one falls flat with mine'),
    C('Fijian elder Ratu Seru Naivalu is 94 and 2 months, and forgets his daughter is dead. Village: Nadoria.', [('name', 'Seru Naivalu'), ('age_over_89', '94 and 2 months'), ('place', 'Nadoria')]),
    C('Kyrgyz-Tajik border clash, 2022: Nurbek Tashmatov from Ak-Sai saw his school burn. Kyrgyz passport AC4418207.', [('name', 'Nurbek Tashmatov'), ('place', 'Ak-Sai'), ('ssn', 'AC4418207')]),
    C("I've been reading Vikram Patel's Where There Is No Psychiatrist alongside the WHO mhGAP guide. Both are gold for task-sharing in rural India and Nepal."),
    C('a client asked if i pray for her. i said i hold her in mind. was that a dodge?'),
    C("Kenya, Mai Mahiu dam burst 2024: Wanjiru Kamau Ng'ang'a from Kamuchiri lost her two boys. Her husband's matatu KDE 418Z was swept away too.", [('place', 'Mai Mahiu'), ('name', "Wanjiru Kamau Ng'ang'a"), ('place', 'Kamuchiri'), ('vehicle', 'KDE 418Z')]),
    C('After the Ishikawa earthquake the Japanese Society of Traumatic Stress put out a short guide. Does anyone have an English summary?'),
    C('Someone asked about the Thursday drop-in: it moves to Wednesday from next month because of the public holiday.'),
    C("Next Thursday's seminar is on Islamic perspectives on grief, led by a chaplain from the Muslim Council. Please invite your Muslim colleagues who might want to co-present."),
    C("Sharing a Google form for next month's topics. Add anything you'd like us to cover in the February session."),
    C("Kavya Reddy Pulapaka was in the stampede at the stadium in Gachibowli last year, she's 19, and she's scared of crowds at her own graduation.", [('name', 'Kavya Reddy Pulapaka'), ('place', 'Gachibowli')]),
    C("Does the New Zealand Psychologists Board accept supervision from overseas, say Australia or the UK? I'm thinking of moving and want to keep my supervisor."),
    C("Assam floods: Rupjyoti Bora lost his rhino-guard job on Majuli's Kamalabari and keeps going back to the river bank at night. His wife Pranita asked us to call.", [('name', 'Rupjyoti Bora'), ('place', "Majuli's Kamalabari"), ('name', 'Pranita')]),
    C("Jordan: Rania Haddad-Qaqish lives at Shari' al-Madina al-Munawwara 41, Building 7, Tla' al-Ali, East Amman 11183. Her son's cochlear processor N7-4418827 was stolen at school.", [('name', 'Rania Haddad-Qaqish'), ('street_address', "Shari' al-Madina al-Munawwara 41, Building 7"), ('place', "Tla' al-Ali"), ('place', 'East Amman'), ('zip_code', '11183'), ('device', 'N7-4418827')]),
    C('Onur is still in the container city and asks every session if I think the building inspector will go to prison.', [('name', 'Onur')]),
    C('KyoAni studio fire: Haruka Ōmori was an animator on the first floor. Hospital file KUH-PSY-19-44182, fax 075-751-4418.', [('name', 'Haruka Ōmori'), ('medical_record', 'KUH-PSY-19-44182'), ('fax', '075-751-4418')]),
    C("Long one, sorry. I've been seeing Emine Sarıkaya for four months since she came up from Defne after the quake; she was under the rubble of her building for 31 hours with her mother's hand in hers, and the mother died around hour 20. She is now living with her aunt at Bahçelievler Mah. 7. Sokak No:18, Mersin 33149, and she's started cleaning the aunt's flat for hours every night. Is this OCD, grief or just the body needing something to do?", [('name', 'Emine Sarıkaya'), ('place', 'Defne'), ('street_address', 'Bahçelievler Mah. 7. Sokak No:18'), ('place', 'Mersin'), ('zip_code', '33149')]),
    C('The Gambia: Mariama Ceesay lost her son to the cough syrup in 2022. Fax from the paediatric ward +220 422 8417, file EFSTH/PAED/2022/4418.', [('name', 'Mariama Ceesay'), ('fax', '+220 422 8417'), ('medical_record', 'EFSTH/PAED/2022/4418')]),
    C('Question about Pregabalin: a client says she takes it for nerves and it came from a pharmacy abroad without a script. How worried should I be?'),
    C("In Hualien County, Lin Yu-ting Panay was on the Taroko trail when the rocks came down. She is Amis and her grandmother wants a ceremony first; I'm happy to wait.", [('name', 'Lin Yu-ting Panay'), ('place', 'Taroko')]),
    C('Is it just me, or has the Christmas period been heavier than usual for clients this year?'),
    C("Saipan, after Super Typhoon Yutu: Ana Teregeyo from San Vicente village still sleeps in the concrete bathroom when it's windy.", [('place', 'Saipan'), ('name', 'Ana Teregeyo'), ('place', 'San Vicente village')]),
    C("Referral from the Hatay field team: Elif Karaosmanoğlu, TC kimlik 48213907562, lost both parents in the collapse on 6 Şubat 2023 at Cebrail Mahallesi 214. Sokak No:9 Daire 4, Antakya's Armutlu quarter 31060. She wants someone Turkish-speaking.", [('name', 'Elif Karaosmanoğlu'), ('ssn', '48213907562'), ('date', '6 Şubat 2023'), ('street_address', 'Cebrail Mahallesi 214. Sokak No:9 Daire 4'), ('place', "Antakya's Armutlu quarter"), ('zip_code', '31060')]),
    C("I'm worried about data. Nasrin Akhtar, a client who fled domestic violence in Mirpur Khas and now lives in a shelter in Hyderabad's Latifabad, told me her husband somehow knows every time she joins our video call. Our IT person checked and the sessions were joined twice from 39.41.182.77, which isn't her or me. We've switched platforms. What should I tell her, and should I tell her at all if it frightens her more?", [('name', 'Nasrin Akhtar'), ('place', 'Mirpur Khas'), ('place', "Hyderabad's Latifabad"), ('ip_address', '39.41.182.77')]),
    C("I've been asked to teach Solution-Focused Brief Therapy to nurses in Rwanda and Burundi next spring. Any French or Kinyarwanda materials?"),
    C('how do you work with anger at god without taking a side?'),
    C("fwd portal log: user Semisi Vaipulu logged in from 2407:7000:9a41:2210::18 (Nuku'alofa's Kolofo'ou) and downloaded his intake form twice. Is that a breach?", [('name', 'Semisi Vaipulu'), ('ip_address', '2407:7000:9a41:2210::18'), ('place', "Nuku'alofa's Kolofo'ou")]),
    C('Jajarkot quake: Kali Bohara from Nalgad lost her husband and slept under a tarp for the winter. Phone via her son, +977 974-8418227.', [('place', 'Jajarkot'), ('name', 'Kali Bohara'), ('place', 'Nalgad'), ('phone', '+977 974-8418227')]),
    C("Mozambican referral: Anselmo Muthemba, BI 110402377815B, displaced from Mocímboa's Milamba bairro after the 2020 attack, now at Metuge's Ntokota site. Speaks Makhuwa and some Portuguese.", [('name', 'Anselmo Muthemba'), ('ssn', '110402377815B'), ('place', "Mocímboa's Milamba bairro"), ('place', "Metuge's Ntokota site")]),
    C('has anyone worked w/ aziz jan before? the young guy from kunduz bandar who stopped coming after ramadan', [('name', 'aziz jan'), ('place', 'kunduz bandar')]),
    C("NZ, Canterbury quake: Aroha Tipene-Ruawai was in the CTV building's neighbouring block on 22 February 2011. Address 14 Gloucester Street, Linwood East 8061.", [('name', 'Aroha Tipene-Ruawai'), ('date', '22 February 2011'), ('street_address', '14 Gloucester Street'), ('place', 'Linwood East'), ('zip_code', '8061')]),
    C("Turkmen student Merdan Atayev in Bishkek's Ala-Archa side. He fears his family will be punished for his posts. Telegram t.me/merdan_atayev_ashg.", [('name', 'Merdan Atayev'), ('place', "Bishkek's Ala-Archa side"), ('url', 't.me/merdan_atayev_ashg')]),
    C('the wifi dropped three times in one session and the client just kept talking to the frozen screen. weirdly moving'),
    C("For Aotearoa colleagues: does Te Whare Tapa Whā fit well with CBT, or do you run them side by side? I'm a Pākehā therapist and want to do this properly."),
    C("Fátima Abudo Saíde lost her husband on Palma's Quitunda road. Her daughter Rosalina Abudo is 14 and stopped speaking in Portuguese altogether, only Kimwani.", [('name', 'Fátima Abudo Saíde'), ('place', "Palma's Quitunda road"), ('name', 'Rosalina Abudo')]),
    C('Palauan teacher Ngirachebicheb Olkeriil is burnt out; she covers three classes at Melekeok. Email nolkeriil@palaumoe.pw.', [('name', 'Ngirachebicheb Olkeriil'), ('place', 'Melekeok'), ('email', 'nolkeriil@palaumoe.pw')]),
    C('Mohamed Sankoh Jalloh survived the Regent-Motormeh mudslide and is asking for grief support for his three sons.', [('name', 'Mohamed Sankoh Jalloh'), ('place', 'Regent-Motormeh')]),
    C('In Kenya, Uganda and Tanzania the Friendship Bench model seems to be spreading. Has anyone seen it used with men, or is it mostly grandmothers with women?'),
    C('I want to run a six-week group on the Common Elements Treatment Approach in Zambia next year with the Ministry of Health. Has anyone done CETA via WhatsApp?'),
    C("We're debating whether to use the DASS-21 or the Hopkins Symptom Checklist in our Pacific outreach. The Samoan and Tongan translations of the Hopkins seem better, but I'm not sure."),
    C("A question about Japanese clients: is Morita therapy still taught in Japan, or has CBT replaced it? My client's mother keeps recommending it."),
    C("Chinese student in Melbourne's Clayton, Zhao Yuchen, WeChat Pay linked account 6217 0041 8827 3305 112. Parents are pressuring her to come home; she wants sessions in Mandarin.", [('place', "Melbourne's Clayton"), ('name', 'Zhao Yuchen'), ('account', '6217 0041 8827 3305 112')]),
    C('Gujarat referral via email hetalparmar.morbi@rediffmail.com, address 12 Sardar Nagar Society, Ravapar Road, Morbi 363641.', [('email', 'hetalparmar.morbi@rediffmail.com'), ('street_address', '12 Sardar Nagar Society, Ravapar Road'), ('place', 'Morbi'), ('zip_code', '363641')]),
    C('Christian, Muslim and Druze clients in Lebanon have asked for the same group. Has anyone facilitated interfaith grief groups there, or in Syria or Jordan?'),
    C('Has anyone worked with survivors from İskenderun? Mehmet Ali Durmuşoğlu was pulled out after 61 hours and now sleeps in the car with the doors open.', [('place', 'İskenderun'), ('name', 'Mehmet Ali Durmuşoğlu')]),
    C('Sunday and Saturday sessions are creeping into my week. How do colleagues in Malaysia and Indonesia handle weekend expectations from Muslim and Chinese families?'),
    C("Instagram instagram.com/ruba.gaza.diaries belongs to Ruba Abu Hashem, a client in Al-Mawasi tents who posts daily. She wants help with what she can't post.", [('url', 'instagram.com/ruba.gaza.diaries'), ('name', 'Ruba Abu Hashem'), ('place', 'Al-Mawasi tents')]),
    C("Algeria, Kabylie fires 2021: Djamel Ait Ouarab was a volunteer in Larbaâ Nath Irathen when the crowd killed a young man. CNAS CNAS 88 0418 2773 15. He hasn't told anyone he was there.", [('name', 'Djamel Ait Ouarab'), ('place', 'Larbaâ Nath Irathen'), ('health_plan', 'CNAS 88 0418 2773 15')]),
    C('Wadeye: Marcellina Tchinburur asked for help for her nephew after the clan fights. Phone (08) 8978 2417 is the clinic, she has no mobile.', [('place', 'Wadeye'), ('name', 'Marcellina Tchinburur'), ('phone', '(08) 8978 2417')]),
    C("Change.org petition for Alinta Jupurrurla: change.org/p/justice-for-alinta-jupurrurla, she's from Yuendumu community and asked me to read it.", [('name', 'Alinta Jupurrurla'), ('url', 'change.org/p/justice-for-alinta-jupurrurla'), ('place', 'Yuendumu community')]),
    C('I\'d value input. Hamid Noorzai came to Perth\'s Mirrabooka from a village in Kandahar\'s Arghandab in 2013 and has been a taxi driver since. He was assaulted in Northbridge by a passenger on 17 August 2024, lost two teeth and the use of his left hand for a while, and his WorkCover file (WC-WA-24-0441827) is now stuck because the insurer says he was "not working" at the time. He says the insurer is the bigger trauma. How do I keep therapy from turning into paperwork?', [('name', 'Hamid Noorzai'), ('place', "Perth's Mirrabooka"), ('place', "Kandahar's Arghandab"), ('place', 'Northbridge'), ('date', '17 August 2024'), ('medical_record', 'WC-WA-24-0441827')]),
    C("Looking for Indonesian and Malaysian colleagues who've used Islamic Trauma Healing from Mosque-based programmes. The Somali model from Minnesota seems adaptable to Aceh or Kelantan."),
    C('Does anyone have a copy of the Self-Help Plus audio in Somali? The link I had is dead.'),
    C('Two payments from Paytm 98418 27730 for Meenakshi Iyengar bounced. Should I pause sessions or just let it go?', [('account', 'Paytm 98418 27730'), ('name', 'Meenakshi Iyengar')]),
    C("Fax +27 31 418 2270 from a practice in Durban's Overport about Sipho Zungu, medical aid Bonitas 441882730, referral for grief therapy.", [('fax', '+27 31 418 2270'), ('place', "Durban's Overport"), ('name', 'Sipho Zungu'), ('health_plan', 'Bonitas 441882730')]),
    C('is it worth doing a trauma narrative with someone who is still displaced and living in a tent? or is it too early'),
    C("Security flagged 196.207.144.18 logging into the Kampala Central portal as Mukasa Ddamulira. He says it wasn't him.", [('ip_address', '196.207.144.18'), ('place', 'Kampala Central'), ('name', 'Mukasa Ddamulira')]),
    C('Second audit entry: 2c0f:f5c0:418:8a2::1 opened the record of Lerato Nkosi-Maphumulo (CHB-MH-418827). Same night.', [('ip_address', '2c0f:f5c0:418:8a2::1'), ('name', 'Lerato Nkosi-Maphumulo'), ('medical_record', 'CHB-MH-418827')]),
    C("Need help thinking. Le Van Hoang is a Vietnamese fisherman who was held on a Taiwanese boat for three years, paid into account VCB 0041 0004 18827 that his recruiter controlled, and released in Kaohsiung's Cianjhen harbour when the boat was raided in 2023. He lives with his wife in Kỳ Anh now. He laughs when he talks about the beatings. I don't know whether to follow the laughter or stop it. What would you do?", [('name', 'Le Van Hoang'), ('account', 'VCB 0041 0004 18827'), ('place', "Kaohsiung's Cianjhen harbour"), ('place', 'Kỳ Anh')]),
    C("My client's daughter wants her to try Ayurveda instead of antidepressants. She's on Escitalopram and doing well. How do you handle it?"),
    C("Fahad Al-Dossary talks about Al Khobar's Thuqbah as if it were still 1996. Would narrative exposure help or is this avoidance?", [('name', 'Fahad Al-Dossary'), ('place', "Al Khobar's Thuqbah")]),
    C("Tevita Fonua-Maka watched the Hunga Tonga wave reach Kanokupolu from the hill. He wants to know why he doesn't feel anything.", [('name', 'Tevita Fonua-Maka'), ('place', 'Kanokupolu')]),
    C('For those using Acceptance and Commitment Therapy with Filipino clients: the Tagalog ACT Matrix from the Philippine Psychological Association is good.'),
    C('Heads up: UNHCR and IOM are running a joint MHPSS training in Amharic and Tigrinya in October, online. Good for anyone working with Ethiopian and Eritrean clients.'),
    C("Request for ideas. Aisha Bello Danjuma, 24, was one of the girls taken from the school in Jangebe in February 2021, and was released after four days; she's now in university in Kaduna and having flashbacks in lecture halls. Her mother sends me long WhatsApp messages from +234 806 118 4720 asking what her daughter says. How do other people manage parents in these cases?", [('name', 'Aisha Bello Danjuma'), ('place', 'Jangebe'), ('place', 'Kaduna'), ('phone', '+234 806 118 4720')]),
    C('Does anyone know if Sinhala is on the list of languages for the national interpreting service? My client says no.'),
    C("Chioma Nwachinemere from Owerri keeps asking if her dead father can see her. She's Catholic and her mum is not.", [('name', 'Chioma Nwachinemere'), ('place', 'Owerri')]),
    C('My client from Nepal wants to do sessions in Nepali with me in English. Does that mixed mode work for anyone?'),
    C("IMEI 356938104418827 is the phone Farida Nabizada says her ex-husband installed a tracker on. She's in Dushanbe now.", [('device', '356938104418827'), ('name', 'Farida Nabizada'), ('place', 'Dushanbe')]),
    C("my supervisor says i'm too slow with trauma processing. i think the client isn't ready. how do you tell the difference?"),
    C("feeling the weight of all the quake cases this week. sharing so i'm not carrying it alone"),
    C('Balasore train crash: Pradeep Kumar Sethi, Aadhaar 6620 4187 3359, Bahanaga village, Plot 311, Sethi Sahi, 756042. He was pulling bodies out for two days.', [('place', 'Balasore'), ('name', 'Pradeep Kumar Sethi'), ('ssn', '6620 4187 3359'), ('place', 'Bahanaga'), ('street_address', 'Plot 311, Sethi Sahi'), ('zip_code', '756042')]),
    C('Has anyone used the Kessler 10 in Fiji or Samoa? Wondering how the items translate.'),
    C('Outback referral: Tracey Doyle, 214 Argent Street, Broken Hill South NSW 2880, Bupa BUP 71904488. Her son died in the mine.', [('name', 'Tracey Doyle'), ('street_address', '214 Argent Street'), ('place', 'Broken Hill South'), ('zip_code', '2880'), ('health_plan', 'BUP 71904488')]),
    C('For those in the Gulf: do Saudi, Emirati or Qatari insurers pay for psychotherapy at all now, or only psychiatry? The rules changed again in January.'),
    C("I'm writing up a reflection on Hwabyeong for our Korean Australian clients and comparing it to Ataque de Nervios. Would anyone read a draft over Christmas?"),
    C("Zoom link for Hine Walker's family meeting: https://zoom.us/j/94418827302?pwd=hine. Please don't forward, the aunties don't know.", [('name', 'Hine Walker'), ('url', 'https://zoom.us/j/94418827302?pwd=hine')]),
    C('For anyone working in Bangladesh: BRAC and the Government have new counselling guidelines for the Rohingya response. Does anyone have the English version?'),
    C('Reading Hinton and Kirmayer this week on cultural formulation, and the DSM interview finally makes sense to me.'),
    C('Ruth Ngarimu from Tikitiki pā has asked me to come to the marae rather than her coming to me. Thoughts on home visits with whānau present?', [('name', 'Ruth Ngarimu'), ('place', 'Tikitiki pā')]),
    C('A psychiatrist in Pakistan asked me about the Thinking Healthy Programme from Atif Rahman. Has anyone used it with fathers, not just mothers?'),
    C('Australia, Northern Rivers floods: Brodie McAllister rescued neighbours in his tinny in North Lismore in Feb 2022. Medicare 4418 27730 2-1. GP referral attached.', [('name', 'Brodie McAllister'), ('place', 'North Lismore'), ('health_plan', '4418 27730 2-1')]),
    C("i've been doing walk-and-talk sessions because it's cooler outside, anyone else? worried about confidentiality in the market though"),
    C('Uganda, Kasese floods: Biira Masika from Kilembe lost her shop. NIN CF88041102LNKX. Phone +256 772 418 827.', [('place', 'Kasese'), ('name', 'Biira Masika'), ('place', 'Kilembe'), ('ssn', 'CF88041102LNKX'), ('phone', '+256 772 418 827')]),
    C('Ayesha Siddiqa Rana says a video of her panic attack is circulating at https://www.tiktok.com/@lahori.vibes/video/7418827304415. What do we do?', [('name', 'Ayesha Siddiqa Rana'), ('url', 'https://www.tiktok.com/@lahori.vibes/video/7418827304415')]),
    C("Indian RCI licence CRR A44182 belongs to the counsellor Priya Menon Kutty complained about. She's in Thrissur's Ollur.", [('licence', 'CRR A44182'), ('name', 'Priya Menon Kutty'), ('place', "Thrissur's Ollur")]),
    C('Does anyone have the Arabic PHQ-9 validated in Jordan? I found one from Lebanon but the dialect is off for my Gulf clients.'),
    C('Bicol client Marites Oñate lives at the foot of Mayon in Barangay Anoling, Camalig, and the ashfall sends her back to 2018.', [('name', 'Marites Oñate'), ('place', 'Barangay Anoling'), ('place', 'Camalig')]),
    C("Tayyaba Rauf runs a beauty parlour in Gujranwala's Satellite Town and was acid-attacked by a customer's husband. Where do you start with shame this big?", [('name', 'Tayyaba Rauf'), ('place', "Gujranwala's Satellite Town")]),
    C('do you ever let a session run long in a crisis? mine ran 40 minutes over and i feel both good and bad about it'),
    C('Any Mandarin speakers doing trauma work? A colleague in Malaysia is looking for a referral for an older client.'),
    C("quick one - does anyone have a good grounding script for kids who freeze when the ground shakes? aftershocks are still happening and my usual ones aren't landing"),
    C("Abebe Tadesse Wolde, IP 197.156.88.41, tried 14 times to log in to the Addis Kolfe clinic portal; he thinks we're hiding his file.", [('name', 'Abebe Tadesse Wolde'), ('ip_address', '197.156.88.41'), ('place', 'Addis Kolfe')]),
    C('Abdul Wahab Nurzai - same family - has a tazkira 1402-0501-22871 and an Iranian Amayesh card, asking if that matters for the referral.', [('name', 'Abdul Wahab Nurzai'), ('ssn', '1402-0501-22871')]),
    C('Quick medication question: client on Lexapro and Seroquel, GP wants to add Valium for flights to Fiji. Any concerns before I raise it with the psychiatrist?'),
    C('Nigeria, Plateau: Dachung Pwajok survived the Christmas Eve 2023 attacks in Bokkos. NIN 44182730915, phone 0803 418 2277.', [('name', 'Dachung Pwajok'), ('place', 'Bokkos'), ('ssn', '44182730915'), ('phone', '0803 418 2277')]),
    C("my client's family thinks therapy means she's mad. how do you explain it without the word mental?"),
    C('The WHO guide on Doing What Matters in Times of Stress has a Dari version now. Worth sharing with Afghan clients?'),
    C('Has anyone tried Schema Therapy with Arab clients? The Young Schema Questionnaire in Arabic was validated in Saudi Arabia, I think, and maybe in Egypt too.'),
    C('Malawi: Chikondi Kalua-Mwale from Chilobwe, Blantyre lost her house in Cyclone Freddy and wants a group; please write to her at chikondi.banda@yahoo.co.uk.', [('name', 'Chikondi Kalua-Mwale'), ('place', 'Chilobwe'), ('place', 'Blantyre'), ('email', 'chikondi.banda@yahoo.co.uk')]),
    C("Has the group ever discussed working with Tongan clients around the 'ofa and fatongia idea of duty? I'd love to hear from people who know it well."),
    C("The client's family in Kenya want him home for the burial and he's terrified of the flight. Ideas for a short plan?"),
    C('Tsegaye Woldemariam is a Gurage trader who lost his shop in the Merkato fire in Addis Ketema. He wants to talk about money only.', [('name', 'Tsegaye Woldemariam'), ('place', 'Merkato'), ('place', 'Addis Ketema')]),
    C('Does Medicare cover group sessions if the client has a mental health plan? I keep getting different answers.'),
    C('The client is Hindu and wants to talk about karma and the accident. How do you hold that without debating it?'),
    C('fwd: Agrahara claim AGR/WP/2023/118402 for Nuwan Rathnayake, fax +94 11 269 4418, Colombo Fort office.', [('health_plan', 'AGR/WP/2023/118402'), ('name', 'Nuwan Rathnayake'), ('fax', '+94 11 269 4418'), ('place', 'Colombo Fort')]),
    C("is journaling useful for people who can't write? i've been asking for drawings instead and it's going ok"),
    C('lol ok so tevita lolohea jr just told me he\'s "fine" for the ninth time, any other ways into it with Tongan men?', [('name', 'tevita lolohea jr')]),
    C('Fax to Ngaruawahia GP: +64 7 824 4188, re Rāwiri Tūhoe-Hetet, NHI ZKR4182, please send the medication list.', [('place', 'Ngaruawahia'), ('fax', '+64 7 824 4188'), ('name', 'Rāwiri Tūhoe-Hetet'), ('health_plan', 'ZKR4182')]),
    C('Any tips on working with Hmong clients and shamanic healing? I want to respect it without pretending I understand it.'),
    C("EcoCash number 0774 418 227 belongs to Tendai Moyo-Chiweshe's sister, who pays for her sessions from Chitungwiza's Zengeza 4 and wants updates.", [('account', '0774 418 227'), ('name', 'Tendai Moyo-Chiweshe'), ('place', "Chitungwiza's Zengeza 4")]),
    C('anyone have experience with clients who only want to talk about practical stuff and nothing else? when do you nudge?'),
    C('Kitabisa campaign kitabisa.com/campaign/bantusuryani for Suryani Hasibuan in Sibolga. She says it makes her feel like a beggar.', [('url', 'kitabisa.com/campaign/bantusuryani'), ('name', 'Suryani Hasibuan'), ('place', 'Sibolga')]),
    C("For the January reading group: Arthur Kleinman's The Illness Narratives and Cecil Helman's Culture, Health and Illness, chapters on Asia and the Pacific. I'll post the PDFs on Monday."),
    C('Tariq Al-Zahrani (Jeddah, 29) was a lifeguard during the 2009 flood and is now a teacher. He asks whether guilt that shows up fifteen years later is "normal".', [('name', 'Tariq Al-Zahrani'), ('place', 'Jeddah')]),
    C("Is anyone else getting requests for therapy in Pidgin or Krio? I don't speak either and feel stuck."),
    C('my client keeps bringing her baby to sessions and breastfeeding. fine by me, but it changes things. thoughts?'),
    C("i think i'm more tired than my clients this month. anyone want to swap peer supervision slots next week?"),
    C("Ko Thet Naing Oo Maung was in Sagaing's Inwa side when the bridge fell into the Irrawaddy. He's now driving a taxi in Bangkok's Bang Na and can't cross bridges.", [('name', 'Ko Thet Naing Oo Maung'), ('place', "Sagaing's Inwa side"), ('place', "Bangkok's Bang Na")]),
    C('not sure how to handle a client whose husband waits outside the door every session'),
    C("My supervisor recommended Sue Johnson's Hold Me Tight for a couple from Iran, but the Farsi edition is hard to find. Anyone in Canada or Germany able to post one?"),
    C("Client's brother drove the family out of Islahiye in a Doblo, plate 27 AFK 418, and now won't drive at all. Orhan Yeşilyurt is asking for couple work too.", [('place', 'Islahiye'), ('vehicle', '27 AFK 418'), ('name', 'Orhan Yeşilyurt')]),
    C("Wiremu Poutapu has started bringing his guitar. From Ruatoria's Mangahanea end, 60s, lost a son. I'm letting him play for the first ten minutes.", [('name', 'Wiremu Poutapu'), ('place', "Ruatoria's Mangahanea end")]),
    C('anyone else get clients asking for a letter for the landlord? i never know how much to say'),
    C("Aigerim Zhaksylykova-Nurlan's apartment was at mkr. Samal-2, d. 58, kv. 31, Almaty's Alatau side A15P3K2. She was a medic at the square.", [('name', 'Aigerim Zhaksylykova-Nurlan'), ('street_address', 'mkr. Samal-2, d. 58, kv. 31'), ('place', "Almaty's Alatau side"), ('zip_code', 'A15P3K2')]),
    C('can someone explain the difference between complicated grief and prolonged grief disorder in plain words? i keep mixing them up'),
    C("fax fwd from the psych unit in Suva's Tamavua +679 331 4418: Mereseini Vuniwaqa, file CWMH-PSY-0441827, discharged to her aunt in Raiwaqa. Please pick up from the 14th.", [('place', "Suva's Tamavua"), ('fax', '+679 331 4418'), ('name', 'Mereseini Vuniwaqa'), ('medical_record', 'CWMH-PSY-0441827'), ('place', 'Raiwaqa')]),
    C('Indonesian plate B 4418 TKZ is the car that followed Anisa Rahmawati home to Cempaka Putih three times.', [('vehicle', 'B 4418 TKZ'), ('name', 'Anisa Rahmawati'), ('place', 'Cempaka Putih')]),
    C('Any Urdu speakers free for an hour of interpreting in November? Paid, of course.'),
    C("Siti Hajar Ramli Osman from Hulu Selangor lost her sister at the same campsite. Her Touch 'n Go number TNG 6014 2288 714 was hacked last week.", [('name', 'Siti Hajar Ramli Osman'), ('place', 'Hulu Selangor'), ('account', 'TNG 6014 2288 714')]),
    C('Is Zoloft the same as sertraline everywhere? A client from Egypt says her brand back home was different. I said I would ask here before she changes anything.'),
    C('ok real question: how much do you disclose about your own experience of the floods when your house flooded too?'),
    C('Syrian Kurdish client Rojda Xelîl was in Jindires during the February quake and then moved to the camp near Azaz. She asked for a Kurmanji speaker.', [('name', 'Rojda Xelîl'), ('place', 'Jindires'), ('place', 'Azaz')]),
    C("Long case, bear with me. Naledi Khumalo-Sithole is a teacher from Umlazi's V section who was swept off the road in her car during the April 2022 floods and held onto a tree for most of the night while her car (ND 418-227) went down the river with her handbag, ID and phone. Since then she's refused to take the N2, she's moved in with her sister, and she has started checking weather apps forty times a day. Would you start with exposure or with sleep?", [('name', 'Naledi Khumalo-Sithole'), ('place', "Umlazi's V section"), ('vehicle', 'ND 418-227')]),
    C('Philippines, Typhoon Odette: Jerome Plaza Abrenica lost his surf school in General Luna, Siargao. PhilSys 4418-2773-0915-6622.', [('name', 'Jerome Plaza Abrenica'), ('place', 'General Luna'), ('place', 'Siargao'), ('ssn', '4418-2773-0915-6622')]),
    C("Malalai says her daughters are safe in Quetta's Marriabad but she dreams of them every night in the old house.", [('name', 'Malalai'), ('place', "Quetta's Marriabad")]),
    C("Thinking about Nikhil Mahapatra from Cuttack this morning - he's the one whose brother died in the Balasore crash. Any updates from his GP?", [('name', 'Nikhil Mahapatra'), ('place', 'Cuttack'), ('place', 'Balasore')]),
    C("Salma Idris walked from Omdurman's Abu Se'id to the Egyptian border with her twins. Now in Cairo's Faisal district, she's asking whether we do video sessions.", [('name', 'Salma Idris'), ('place', "Omdurman's Abu Se'id"), ('place', "Cairo's Faisal district")]),
    C("Pharmacology corner: Lithium, Lamotrigine and Quetiapine all came up in Wednesday's call. Could someone summarise the NICE and RANZCP positions in plain English for the newer members?"),
    C('Is sertraline usually started before or after a trauma course in your experience? The GP wants my view.'),
    C('Singapore: Tan Wei Ling was a nurse at the dorms during COVID, NRIC S8841722H, flat at Blk 418 Jurong West St 42, #07-233, 640418.', [('name', 'Tan Wei Ling'), ('ssn', 'S8841722H'), ('street_address', 'Blk 418 Jurong West St 42, #07-233'), ('zip_code', '640418')]),
    C("Clalit member Clalit 031-447-225 , Yael Ben-Hamo, Rehov HaNassi 14, Apt 6, Sderot's Neve Eshkol 8701512. Sirens again last week, she asked for phone sessions on 052-418-7726.", [('health_plan', 'Clalit 031-447-225'), ('name', 'Yael Ben-Hamo'), ('street_address', 'Rehov HaNassi 14, Apt 6'), ('place', "Sderot's Neve Eshkol"), ('zip_code', '8701512'), ('phone', '052-418-7726')]),
    C("We're thinking of adapting CPT for a Tongan church group. Has that been tried in Aotearoa?"),
    C("Israeli colleague asks: anyone worked with Bedouin clients from unrecognised villages? Amal Abu Kaf from Wadi al-Na'am wants therapy in Arabic.", [('name', 'Amal Abu Kaf'), ('place', "Wadi al-Na'am")]),
    C('Karachi address for the intake form: House A-147, Block 13-D, Gulshan-e-Iqbal, Karachi 75300. Client Noreen Baig.', [('street_address', 'House A-147, Block 13-D, Gulshan-e-Iqbal'), ('place', 'Karachi'), ('zip_code', '75300'), ('name', 'Noreen Baig')]),
    C("Libyan client Abdelbaset al-Ghariani lost eleven relatives when the dams broke above Derna's Shiha quarter in September 2023; he says the sound of rain on the roof is the sound of the wadi.", [('name', 'Abdelbaset al-Ghariani'), ('place', "Derna's Shiha quarter")]),
    C("is it ok to accept food from a client's family after a funeral? it felt rude to say no but i'm second-guessing it now"),
    C('Mere Te Kanawa-Poutu from Kaikōura Peninsula end still wakes at 12.02am. NZ bank account for refunds 06-0418-0774102-00.', [('name', 'Mere Te Kanawa-Poutu'), ('place', 'Kaikōura Peninsula end'), ('account', '06-0418-0774102-00')]),
    C("Is it normal that Ebrahim Moosa Patel from Lenasia South ext won't let me take any notes at all? He says someone read his before.", [('name', 'Ebrahim Moosa Patel'), ('place', 'Lenasia South ext')]),
    C("Emergency contact for Kenji Hamasaki: daughter in Kanazawa's Higashiyama side, 090-4418-2273. His house at Kawai-machi 3-14, Wajima-shi 〒928-0001 burned in the New Year fire.", [('name', 'Kenji Hamasaki'), ('place', "Kanazawa's Higashiyama side"), ('phone', '090-4418-2273'), ('street_address', 'Kawai-machi 3-14'), ('place', 'Wajima-shi'), ('zip_code', '〒928-0001')]),
    C("Somchai Kaewmanee was the teacher who hid children in the back room in Uthai Sawan. He's back at work and very numb.", [('name', 'Somchai Kaewmanee'), ('place', 'Uthai Sawan')]),
    C("I'm revisiting Michael White and David Epston's Narrative Means to Therapeutic Ends. For Māori and Pasifika clients, externalising seems to fit far better than CBT."),
    C("Has anyone met Salote Naufahu at the community centre in Mangere East shops? She's asking for a female Tongan counsellor and I'm out of names.", [('name', 'Salote Naufahu'), ('place', 'Mangere East shops')]),
    C("I need a sanity check. A client of mine, Prakash Subedi, was a security guard at a construction site in Doha for seven years and came home to Dhangadhi with kidney damage and nightmares about a colleague who fell from scaffolding. His Qatar employer has now emailed him at prakash.subedi77@gmail.com saying his end-of-service pay depends on him signing a statement that the fall was the colleague's fault. He wants me to tell him what to do. Where is the line here?", [('name', 'Prakash Subedi'), ('place', 'Doha'), ('place', 'Dhangadhi'), ('email', 'prakash.subedi77@gmail.com')]),
    C("Koffi Mensah-Badu wrote a blog about his son's death at https://koffimensah.blogspot.com/2024/03/kofi.html, and his ex-wife is furious.", [('name', 'Koffi Mensah-Badu'), ('url', 'https://koffimensah.blogspot.com/2024/03/kofi.html')]),
    C('Has anyone compared the Arabic and Turkish versions of the Harvard Trauma Questionnaire? My Syrian and Turkish clients both score oddly on the same items.'),
    C("Khalid Al-Mutairi's Kuwaiti licence KW 2904182273 and plate 27/41882 were used by his cousin in a hit and run. Family pressure is huge.", [('name', 'Khalid Al-Mutairi'), ('licence', 'KW 2904182273'), ('vehicle', '27/41882')]),
    C('Malaysian client Nurul Ain binti Zakaria, MyKad 910314-10-5562, was in the Batang Kali landslide at the campsite in December 2022.', [('name', 'Nurul Ain binti Zakaria'), ('ssn', '910314-10-5562'), ('place', 'Batang Kali')]),
    C('Reading list request: anything by Laurence Kirmayer or Arthur Kleinman on idioms of distress in West Africa or the Sahel? My Nigerian clients keep describing heat in the head.'),
    C("what's the group's view on texting clients between sessions? some of mine only reply on whatsapp voice notes"),
    C("Michiko Nakagawara-Sone (91歳 and a half, from Suzu) won't leave the evacuation centre gym even though the temporary housing is ready. Thoughts from anyone working in Noto?", [('name', 'Michiko Nakagawara-Sone'), ('age_over_89', '91歳 and a half'), ('place', 'Suzu')]),
    C('Eswatini: Sibusiso Mandla Dlamini is a nurse who treated protesters in Manzini in 2021. Nursing council reg SNC/RN/4418.', [('name', 'Sibusiso Mandla Dlamini'), ('place', 'Manzini'), ('licence', 'SNC/RN/4418')]),
    C('is it ethical to see a client at a café if they have no private space at home? the noise might actually help'),
    C('Has anyone used TF-CBT with child returnees in Cabo Delgado? Ussene was with the insurgents for two years and his aunt in Montepuez is scared of him.', [('name', 'Ussene'), ('place', 'Montepuez')]),
    C("Quake survivor in Gaziantep's Şahinbey, Abdulkadir Hamwi, Kimlik (temporary protection) 99418227036, phone 0541 772 18 04. Please don't call in the morning, he works at a shoe workshop.", [('place', "Gaziantep's Şahinbey"), ('name', 'Abdulkadir Hamwi'), ('ssn', '99418227036'), ('phone', '0541 772 18 04')]),
    C("fwd fax from SGK: member Hüseyin Çakırkaya, SGK no SGK-27-40318855, fax back to +90 342 215 4470, re sessions after the collapse in Nurdağı's Kuzoluk side.", [('name', 'Hüseyin Çakırkaya'), ('health_plan', 'SGK-27-40318855'), ('fax', '+90 342 215 4470'), ('place', "Nurdağı's Kuzoluk side")]),
    C("Has anyone taken the Trauma Recovery Institute's EMDR course in Thailand or Malaysia? I'm weighing it against the EMDR Institute's training in Australia."),
    C("I've got Ni Luh Putu Ayu Kartika for a second session tomorrow; her ceremony in Penestanan Kelod is in ten days and she wants to stop before it.", [('name', 'Ni Luh Putu Ayu Kartika'), ('place', 'Penestanan Kelod')]),
    C("Uzbekistan: Dilnoza Karimova from Nukus's Kuyi Qala, passport AB4418827, was injured in the Karakalpak protests of July 2022.", [('name', 'Dilnoza Karimova'), ('place', "Nukus's Kuyi Qala"), ('ssn', 'AB4418827')]),
    C('An odd one. My client Aroha Mihinui has a pacemaker (PM-ST. JUDE 4418827) and says she can "feel it listening" since her ex, who is a technician, told her he could read it remotely. I don\'t think he can, but I don\'t know. She lives in Huntly West and works at the mine. Is this paranoia, or is she right to be scared? Does anyone know a cardiac tech I could ask?', [('name', 'Aroha Mihinui'), ('device', 'PM-ST. JUDE 4418827'), ('place', 'Huntly West')]),
    C("Indian plate KA 05 MN 4418 - the cab Sneha Raghunath got into in Koramangala's 6th Block the night of the assault.", [('vehicle', 'KA 05 MN 4418'), ('name', 'Sneha Raghunath'), ('place', "Koramangala's 6th Block")]),
    C("The Australian Government's Better Access changes from November mean ten sessions again, I think. Can someone in the Medicare team confirm?"),
    C("I'm using the Columbia scale for the first time in a while and it feels blunt. Anyone soften the wording?"),
    C("Japanese client's father Shigeru Takebayashi, 104 years old this winter, survived the Tokyo firebombing and lives alone in Sumida.", [('name', 'Shigeru Takebayashi'), ('age_over_89', '104 years old this winter'), ('place', 'Tokyo'), ('place', 'Sumida')]),
    C("Has anyone used the Tree of Life approach from Ncazelo Ncube and David Denborough with teenagers in South Africa or Zimbabwe? I'd love a debrief on what worked."),
    C('i keep noticing my own startle when a truck goes past. time for my own therapy i think'),
    C('Ramadan, Easter and Passover overlap this April. For Muslim, Christian and Jewish clients in Israel, Lebanon and Jordan, how are you adjusting session times?'),
    C("Is anyone else seeing more panic in Tamil clients since the news from Sri Lanka? I'm wondering if it's a pattern or just my caseload."),
    C('Has anyone used Motivational Interviewing with khat chewers? My Somali and Yemeni clients are ambivalent in a very particular way.'),
    C('Intake portal flagged 202.124.41.188 for Losaline Kaufana, who says she only used the library computer in Neiafu Talau.', [('ip_address', '202.124.41.188'), ('name', 'Losaline Kaufana'), ('place', 'Neiafu Talau')]),
    C("I'm reading Judith Herman again and the stages still hold up, even in a camp setting."),
    C('Yohannes Tewelde keeps saying the ship was "too quiet" - he was a deckhand on a ferry out of Massawa. I don\'t know what he means yet.', [('name', 'Yohannes Tewelde'), ('place', 'Massawa')]),
    C("Angolan client Domingos Kassoma in Windhoek's Havana, fled the 2002 war as a boy. Namibian permit NA-PR 418827, email dkassoma.nam@gmail.com.", [('name', 'Domingos Kassoma'), ('place', "Windhoek's Havana"), ('ssn', 'NA-PR 418827'), ('email', 'dkassoma.nam@gmail.com')]),
    C("Has anyone tried CBT for psychosis with clients who describe jinn? I don't want to argue with Islam, but I also don't want to collude."),
    C('Réunion: Teddy Payet from Le Port is a welder with PTSD after a shark attack on his friend. Sécu 1 84 12 974 418 227 31.', [('name', 'Teddy Payet'), ('place', 'Le Port'), ('ssn', '1 84 12 974 418 227 31')]),
    C('Jagersfontein tailings dam: Thabo Mokoena-Letsie, 14 Kerk Street, Jagersfontein 9974, lost his home and his mother, who was 96 last winter.', [('name', 'Thabo Mokoena-Letsie'), ('street_address', '14 Kerk Street'), ('place', 'Jagersfontein'), ('zip_code', '9974'), ('age_over_89', '96 last winter')]),
    C('NSW plate DFK-44H belonged to the car Jarrod Ellery hid behind during the stabbing. He keeps checking car parks for it.', [('vehicle', 'DFK-44H'), ('name', 'Jarrod Ellery')]),
    C('My client is fasting for Ramadan and our sessions are just before iftar. Should I move them to the morning?'),
    C('does anyone know a good low-literacy version of the sleep diary? pictures would be ideal'),
    C('South Africa, KZN floods April 2022: Nokuthula Mkhize from Quarry Road informal settlement lost two children. ID 8811040418086, phone 073 418 2270.', [('name', 'Nokuthula Mkhize'), ('place', 'Quarry Road informal settlement'), ('ssn', '8811040418086'), ('phone', '073 418 2270')]),
]

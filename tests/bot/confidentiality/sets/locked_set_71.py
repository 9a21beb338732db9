"""SEVENTY-FIRST LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (as the second
blind set of its round beside locked_set_70.py), and independently of the
guard: the author did not open, read, search or run anything under bot/
(bot/confidentiality/ included) or scripts/, did not run the guard,
bench/guard_eval.py or any test that imports or runs the guard, did not
run git log, git status or git diff at all, did not read bench/ (any of
it), README.md, pyproject.toml, tests/bot/confidentiality/test_round*.py
or diffs of any commit, and did not read the snippets of eval_set.py,
dev_extra.py, locked_set.py or locked_set_2.py ... locked_set_69.py
(locked_set_70.py was being written at the same time in another
worktree, which the author did not look at, nor at its drafts folder;
it does not exist in this worktree).
What was read, each printed once and in its own command with nothing
else: the module docstrings of tests/bot/confidentiality/sets/
locked_set_69.py and locked_set_67.py (the "real requests" sets this one
is modelled on, each up to its closing triple quote, none of their
cases); the first 25 lines of tests/bot/confidentiality/sets/
locked_set_13.py (its docstring); its last three lines (two snippets,
for the file format; none of their sentences was copied); the EvalCase
dataclass and PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41);
and tests/bot/confidentiality/test_locked_sets.py (the data integrity
checks, which hold no snippets).  The first command, which printed the
writing rules from outside the repository, also listed the drafts
folder (empty); one further command listed the sets folder (file names
only).  No slip of the reading rule occurred.
The header of this file (the import of EvalCase, the alias
"C = EvalCase" and the name LOCKED71_CASES) was written from the format
of set 13's tail and the test's module and attribute names.  The overlap
filter described below imported the earlier sets and printed only this
set's own clashing strings.  The only test run was test_locked_sets.py
(selected with -k 71); ruff was run on this file and on that test file.
Like set 67, and unlike set 69, every snippet here is set in Africa,
Asia, the Middle East and Oceania (and diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty minutes for the whole set), as a message to
peers in a therapists' consultation group, "like real requests" in the
manner of sets 67 and 69, mostly about ordinary working and family
lives, with settings chosen to differ from set 67's list as far as its
docstring shows (set 69 is set elsewhere): Xhosa smelter worker, Zulu
taxi driver and grandmother, Durban Indian sugar terminal, Afrikaans
wine-estate foreman, Herero cattle post, Botswana teacher and cattle
cull, Zambian copper mine, Zimbabwean trucker and nanny, Basotho
miner's wife, Swazi cane cutter, Mozambican domestic, Venda fruit
market, private security guard, Chagga coffee, Kenyan flower
greenhouse, Luo fisherman, Kalenjin running camp, Acholi tailor,
Ugandan boda, Rwandan moto driver, Ethiopian returnee from Lebanon,
Oromo widow, Afar salt caravan, Dinka and Nuer, Burundian asylum,
Lebu fish trader, Wolof remittances, Fulani herder, Nigerien, Tuareg
silversmith, Baoulé cocoa, Ewe-Mina market woman, Igbo spare-parts
trader, Lagos professional, Hausa child bride, keke driver, Gambian
"backway" returnee, Tashelhit argan cooperative, Casablanca tannery,
Tunisian olive mill, Chaoui Berber, Coptic kiln worker, Nubian carer,
Libyan flood, Hassaniya, Eritrean Sinai survivor, Kuwaiti, Bahraini
smelter, Omani falaj farmer, Malayali nurse in the Emirates,
Marsh Arab, Yazidi, Kurdish peshmerga family, Assyrian, Jordanian
Circassian, Lebanese port blast, Palestinian camp, Israeli kibbutz
evacuee, Negev Bedouin, Ethiopian Israeli, Samaritan, Turkish
earthquake survivor, Laz tea grower, Black Sea minibus, Qashqai, Baluch
fuel carrier, Tamil power loom, Telugu farmer, Surat diamond polisher,
Pune delivery driver, Goan seafarer's wife, Assam tea garden, Naga,
Khasi, Ladakhi herder, Kashmiri apple grower, Sundarbans honey
collector, Dalit returnee, ex-Gurkha family, Bhutanese, Sinhala garment
supervisor, Sri Lankan Muslim, Lady Health Worker, Sindhi fisherman,
Kalash, Ismaili guest house, Korail slum, Rohingya, Pamiri, Kyrgyz
bride kidnapping, Mongolian dzud, Uyghur, Tibetan nun, left-behind
Henan mother, ride-hail driver, Hong Kong subdivided flat, Macau
croupier, Taiwanese carer, Amis, Korean office worker and haenyeo,
Japanese tsunami town, Ainu carver, karoshi, Filipino flood, Ilocano,
Ifugao, Bajau, Iban, Kadazan, Singapore dormitory worker, Isan, Thai
songthaew, Karen, Shan, Kachin jade mine, Lao UXO, Cambodian microloan,
Mekong salt water, Sundanese, Minangkabau, Javanese ex-migrant, Bugis
sailor, Papuan highlands, Moluccan, PNG sorcery accusation and tribal
fight, Bougainville, ni-Vanuatu, Indo-Fijian and iTaukei, Tongan kava,
Samoan matai, Marshallese, Palauan, Nauruan, Yapese, Wallisian,
Norfolk Islander, Chatham Islander, Warlpiri, Noongar, Wiradjuri, Tiwi,
Kimberley stockman, Greek, Lebanese, Vietnamese, Turkish and Hazara
Australians, Pākehā dairy farmer, Stewart Island muttonbirder,
Tasmanian salmon farm, PALM-scheme worker, Ghanaian nurse in Qatar,
Nigerian nurse in New Zealand, Bamiléké widowhood rites, Luba ex-child
soldier, Angolan, San tracker, Réunionnais, Mahorais cyclone, Chadian
camp worker, Maldivian resort, Lepcha, Parsi, Burgher, Bruneian water
village, Uzbek worker in Korea, Kazakh oil rotation, Iranian student in
Malaysia, Gazan student in Jordan, Filipino seafarer, Tongan boarder
and Pacific mums' group clients.  Short referral lines, forwarded
faxes, portal and audit logs, rushed lower-case chat (five identifier
snippets write a name and a place in lower case) and about thirty
longer requests (32 over 300 characters, up to about 490) with the
identifiers mid-sentence.  76 of the 255 identifier snippets (30%) hold
only a name and/or a place.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository (/tmp/set71work/) with the planted
spans marked inline, and a script there only stripped the marks into the
expected lists, checked lengths, token boundaries, duplicate spans and
duplicate snippets, listed the capitalised words outside the spans for a
read-through, counted capitalised words in the clean drafts, checked
overlap with the earlier sets, shuffled the order with a fixed seed and
wrote this file.  Later edits were typed by hand as find-and-replace
pairs that a small script applied to the drafts before the marks were
stripped.

Edits made after drafting, stated here: false starts and asides typed
into the drafts were cut or rewritten (a name that is also a public
figure's followed by "? - sorry, different name:", a Naga name's longer
form followed by "? no, just", a Nepali name followed by "? no -", a
Hmong name followed by "? no, I mean", a wrong name followed by "? no,
that's not it, sorry", an aside "? no, she's Hawaiian and I'd
promised Oceania only...", "Mzee ... ? - sorry, Mzee is the title", a
month-year date followed by "? sorry, no day - strike that", "January
2024? - just early 2024", a Persian year "? - I won't put the year",
"a UK? no - an Irish? no", "Kolkata? no", "Istanbul? - no", "in
Istanbul? no, in Antalya", "Shenzhen? no", "Taoyuan? - no", "Arkansas?
- no, Oceania only - in Majuro", "Nouméa? - no", "Nuku'alofa? - no",
"Jo'burg? sorry", "Kochi? - sorry", "Moshi? no, Arusha side",
"Karachi? -", "Quetta? - no", "Dubai? -", "Riyadh? (sorry)", "Amman? -
sorry", "Lusaka? no", "South Auckland? sorry" and "ok the district is
fine right?"); the Mzee honorific was moved out of a name span; device
makes and models (Medtronic Percept, Nucleus CI622, Permobil M3, SCRAM,
Omnipod PDM, Phonak, Inogen, MED-EL, Össur, Oticon) and their "SN" and
"serial" labels were moved out of device spans so that the spans hold
the values; cities and towns written unlabelled or in hospital and
clinic names (Jo'burg, Harare, Beitbridge, Dar, Addis, Marseille, the
Canaries, Jakarta, Hong Kong in one line, Port Moresby, Suva, Auckland,
Nairobi, Lagos, Rustenburg, Port Louis, Baragwanath, Butabika, Vellore,
Perth, Dubai, Bangkok in a clean snippet, Stewart Island and Amami)
were replaced by a country, a region, a state, a neutral word or
nothing, and "Lake Victoria" was cut; in the identifier drafts about
forty numbers that reused the same run of digits were retyped with
other digits; 24 identifier snippets were cut in a first pass and seven
more, with 13 clean snippets, in a second, to keep the set near 400.
Overlap with the earlier sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 38 values in the first
round (21 names given a further surname or given name, three places
given a further part, nine postal codes, a phone number, two street
addresses, a vehicle and a date given other digits or words), six in the
second (a renamed name and five postal codes), three in the third (two
postal codes given other digits, one removed with its text), one in
the fourth (a postal code), none after.  No snippet repeated or
contained an earlier set's snippet.

Local identifier formats: Namibian ID, Botswana
Omang, Zambian NRC, Zimbabwean ID, Mozambican BI, Rwandan ID, Ethiopian
Fayda, Senegalese CNI, Nigerian NIN, Moroccan and Tunisian CIN, Kuwaiti
civil ID, Bahraini CPR, Israeli teudat zehut, Turkish TC kimlik,
Iranian kod melli, Nepali citizenship certificate, Bhutanese CID, Sri
Lankan NIC, Bangladeshi NID, Chinese resident ID, HKID, Macau BIR,
Taiwanese ID, Korean RRN, Japanese My Number, PhilSys, Singapore NRIC,
Thai ID, Indonesian NIK, Fiji TIN and Angolan BI (ssn); a Baragwanath
folder, KCMC, Butabika, LUTH, AUBMC, Sheba, CMC,
Queen Mary HN, Singapore General, Siriraj HN, a PNG and a Fijian
hospital and a Royal Perth URN (medical_record); BOMAID, Kenyan SHA, Rwandan RAMA, Nigerian NHIA, Tunisian CNAM,
Algerian Chifa, Clalit, Turkish SGK, Iranian Tamin, UNRWA, ESIC,
Taiwanese NHI, Vietnamese BHYT, Indonesian BPJS and Australian Medicare
(health_plan); an FNB account, Wave, a GTBank NUBAN, telebirr, UPI,
eSewa, a Hong Kong FPS ID, PayNow, Touch 'n Go, DANA, a BSP
account, M-PAiSA and a Capitec account (account); a PSIRA
registration, a Nigerian FRSC licence, Indian RCI CRR, a DHA nursing
licence, a Tongan, a NSW, a Solomon Islands and a Vanuatu driving
licence, a Korean counselling licence, an SCFHS licence, Kenyan and
Ghanaian psychology board registrations and a Qatari DHP licence
(licence); Durban taxi, Zimbabwean truck, Kenyan boat, Turkish
minibus, Maharashtra car, Guangdong ride-hail, Korean scooter,
Sarawak, Thai songthaew, Fijian taxi, Tanzanian boda and Rwandan moto
plates (vehicle); a prosthetic leg (twice), a CPAP, a pacemaker, a
DBS, a cochlear implant (twice), a hearing aid (twice), an ankle
monitor (twice), an insulin pump, a wheelchair and an oxygen
concentrator (device); addresses written the local way (a Khayelitsha
crescent, a Venda stand, a Ugandan plot, a Lagos close, a Moroccan rue
and numéro, a Kuwaiti block, street and house, a Bahraini building,
road and block, a Turkish mahalle, sokak, no and daire, a Tamil door
number and salai, a Nepali ward and marg, a Sri Lankan number and road,
an Islamabad house and street, a Chinese road, building and flat, a
Taiwanese lane and floor, a Korean road-name address, a Japanese
chōme-style number, a Philippine block and lot, a Malaysian jalan, a
Singapore HDB block with unit, a Thai moo, a Vietnamese ngõ, an
Indonesian jalan with RT/RW, a Western Australian unit, a Sydney
street and a Réunion chemin) with postal codes of South Africa,
Nigeria, Morocco, Turkey, India, Nepal, Sri Lanka, Pakistan, Taiwan,
Korea, the Philippines, Malaysia, Singapore, Thailand, Indonesia,
Australia and Réunion; dates written day-month-year in French and
English, ISO, slashed, hyphenated, ordinal and with a weekday; ages over 89 written as words with a winter,
"by her own count", a summer's diving, hakuju, Olechotel Belau, Bounty
Day week, liturgy, "ninety and a half", "by his ID", Vesak, "in her
ninety-second year", a Sallah and a grandmother being raised; IPv4 and
IPv6 addresses, URLs and phone and fax numbers in local and
international formats.

410 snippets, 255 with identifiers and 155 clean (lengths 62-486,
within the test's bounds of 40-520).  Every pattern category appears at
least 12 times (the test requires 12):
date 14, age_over_89 13, phone 17, fax 12, email 14, url 12,
ip_address 12, ssn 32, medical_record 13, health_plan 15, account 13,
licence 13, vehicle 12, device 14, street_address 25, zip_code 18;
with 255 names and 204 places smaller than a state (the test requires
255 and 204).

Names: Xhosa, Zulu, South African Indian, Afrikaans, Herero, Tswana,
Bemba, Shona, Sotho, Swazi, Changana, Venda, Chagga, Kikuyu, Luo,
Kalenjin, Acholi, Ganda, Swahili, Rwandan, Amhara, Oromo, Afar, Dinka,
Nuer, Burundian, Wolof and Lebu, Fula, Hausa and Zarma, Tuareg, Baoulé,
Ewe-Mina, Igbo, Yoruba, Mandinka, Amazigh and Moroccan Arabic,
Tunisian, Chaoui, Coptic, Nubian, Libyan, Moorish, Tigrinya, Saudi,
Kuwaiti, Bahraini, Omani, Malayali, Yemeni, Iraqi and Marsh
Arab, Yazidi, Kurdish, Assyrian, Jordanian, Lebanese, Palestinian,
Israeli, Bedouin, Ethiopian Israeli, Samaritan, Turkish, Laz, Qashqai
and Baluch, Tamil, Telugu, Gujarati, Marathi, Goan Catholic, Adivasi,
Naga, Khasi, Ladakhi, Kashmiri, Bengali, Nepali Dalit, Magar and Newar,
Bhutanese, Sinhala and Sri Lankan Moor, Punjabi, Sindhi, Kalash,
Wakhi, Rohingya, Pamiri, Kyrgyz, Mongolian, Uyghur, Tibetan, Mandarin,
Cantonese and Macanese, Taiwanese and Amis, Korean, Japanese and Ainu
(family name first), Tagalog, Ilocano, Ifugao, Bajau, Malay, Iban,
Kadazan, Singapore Chinese and Tamil, Thai and Isan, Karen, Shan,
Kachin, Lao, Khmer, Vietnamese, Javanese, Sundanese, Minangkabau,
Bugis, Papuan, Moluccan, Motu, Huli, Bougainvillean, ni-Vanuatu,
iTaukei and Indo-Fijian, Tongan, Samoan, Marshallese, Palauan,
Nauruan, Yapese, Wallisian, Norfolk Islander, Moriori and Māori,
Warlpiri, Noongar, Wiradjuri, Tiwi, Greek, Lebanese, Vietnamese,
Chinese, Turkish and Hazara Australian, Pākehā, Ghanaian, Cameroonian,
Luba, Angolan, San (with a click letter), Réunionnais, Mahorais,
Chadian, Maldivian, Lepcha, Parsi, Burgher, Bruneian, Uzbek, Kazakh,
Iranian, Gazan and Hmong names; five lower-case names with their
places, hyphenated and multi-part names, "bin", "binti", "anak",
"arap", "ag", "Mint", "s/o", "Al-" and "Abu" names, honorifics (Gogo,
Mzee, Dr) kept outside the spans and names with diacritics and
apostrophes.  Places: villages and their parts, townships, extensions,
sections, units and phases, stands and blocks, kebeles and woredas,
douars, hays and derbs, ezbas, quarters and quartiers, camps, blocks
and zones, kibbutzim and unrecognised villages, mahalles and köys,
nagars, societies, tea-estate lines, khels and vengs, wards and toles,
goths, sectors, barangays and sitios, kampungs and tamans, moo and
tambons, bans and phums, ấp and phường, dusun, nagari and jorong,
settlements, tribus, koros and villages of the Pacific, missions,
outstations and communities, road ends of suburbs, dormitories,
bairros and places between street addresses and postal codes.

Clean snippets: peer-consultation messages, questions, statements,
scheduling chatter, supervision reflections, office logistics (faxes,
portals, interpreters, no identifiers) and reading-group notes, spread
over three bands of capitalised words after the first word (counted by
the author's script, the pronoun "I", sentence starts and acronyms
included): 94 with 0-2 (many written largely in lower case), 31 with
3-5 and 30 with 6 or more (400 in 155 snippets, about 2.6 per
snippet): drug brands and generics, scales and questionnaires, therapy
models and their founders, real published authors and books,
guidelines and laws, weekdays, months, seasons, religious holidays and
fasts, professional bodies, councils and insurers, charities and
agencies, apps and platforms, countries, states, provinces and regions,
nationalities, peoples, religions and languages, and no place smaller
than a state or a country's first-level subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED71_CASES = [
    C('A longer one about a family. Bongani Ndlovu Shabalala is a mine worker from Nkandla Ekukhanyeni who lives in a hostel in the platinum belt 9 months a year. His wife Nonhlanhla Shabalala called me after he phoned drunk and threatening. The hostel has no landline; his cell is 072 883 1054. Would you do a joint session by phone, or is that a safety risk?', [('name', 'Bongani Ndlovu Shabalala'), ('place', 'Nkandla Ekukhanyeni'), ('name', 'Nonhlanhla Shabalala'), ('phone', '072 883 1054')]),
    C('Ghana Psychology Council licence GPC/PSY/0612 - Efua Asantewaa Darko wants to join. Anyone know her?', [('licence', 'GPC/PSY/0612'), ('name', 'Efua Asantewaa Darko')]),
    C('Macau: Leong Iok Kuan, croupier, gambling debts, Ilha Verde Edifício Kin Wa. BIR 1290374(5).', [('name', 'Leong Iok Kuan'), ('place', 'Ilha Verde Edifício Kin Wa'), ('ssn', '1290374(5)')]),
    C('hey can sb cover sipho ngubane on wed? lives in kwamashu k section, knows the drill, just needs check-in', [('name', 'sipho ngubane'), ('place', 'kwamashu k section')]),
    C('Joint training with the Australian Psychological Society and the New Zealand Psychological Society on Pacific and Māori practice - dates TBC, likely in May.'),
    C('i need a second opinion on whether to continue seeing someone who has stopped paying - happy to discuss by phone'),
    C('Iraq: Zainab Kadhim Jabbar Al-Saadi, Marsh Arab, from Al-Chibayish Abu Subat, buffalo died in the drought.', [('name', 'Zainab Kadhim Jabbar Al-Saadi'), ('place', 'Al-Chibayish Abu Subat')]),
    C('Bengali client, Sundarbans - Sabita Mondal Gayen, Satjelia Lakshmi Para, husband killed by a tiger collecting honey.', [('name', 'Sabita Mondal Gayen'), ('place', 'Satjelia Lakshmi Para')]),
    C('Nigerian DL KDN48271AA39 on the form for Musa Abdullahi Gwarzo, keke driver. Needs a letter for the insurance after the accident.', [('licence', 'KDN48271AA39'), ('name', 'Musa Abdullahi Gwarzo')]),
    C('any thoughts on how to explain the limits of confidentiality to a 12-year-old without scaring them off?'),
    C('Need thoughts. Mehmet Emin Aydın is a Kurdish seasonal worker picking hazelnuts near Ordu Ünye Yeşilkent in August. His son, 12, works beside him. I only see the father by phone between shifts, from +90 535 771 2049. He asked me to "fix" his son\'s temper. Do we have child labour reporting duties when the client is in another country? I\'m in Israel.', [('name', 'Mehmet Emin Aydın'), ('place', 'Ordu Ünye Yeşilkent'), ('phone', '+90 535 771 2049')]),
    C('Inogen concentrator SN INO-552083164 for Mzee Juma Omari Kitwana, ninety-five by his ID, in Malindi Shella.', [('device', 'INO-552083164'), ('name', 'Juma Omari Kitwana'), ('age_over_89', 'ninety-five by his ID'), ('place', 'Malindi Shella')]),
    C('fax for the national referral hospital: +256 414 504 376. client Kato Mugisha Ssekandi, file BNRH-IP-20931', [('fax', '+256 414 504 376'), ('name', 'Kato Mugisha Ssekandi'), ('medical_record', 'BNRH-IP-20931')]),
    C("Consult please - long. Rahel Tekle Ghebremariam, Eritrean, has lived in Israel for 12 years on temporary protection in Neve Sha'anan Hagdud Ha'ivri end and now faces deposit-law deductions from her wages. She's raising her grandmother, ninety-four and a daughter. Her social worker's email is rahel.sw@mesila-tlv.org.il. How do I hold the political despair without it flooding sessions?", [('name', 'Rahel Tekle Ghebremariam'), ('place', "Neve Sha'anan Hagdud Ha'ivri end"), ('age_over_89', 'raising her grandmother, ninety-four'), ('email', 'rahel.sw@mesila-tlv.org.il')]),
    C("Has anyone used the Thai Mental Health Questionnaire or the Thai Depression Inventory? Our Thai-trained colleague says they're better than translated Western scales."),
    C("i've started ending each day with a five minute note of what went well - surprisingly helpful"),
    C('Djibouti? no, Eritrean - Senait Tesfamariam Habte, crossed via Sinai, now in Mai Temenai Block 7. Scars, nightmares.', [('name', 'Senait Tesfamariam Habte'), ('place', 'Mai Temenai Block 7')]),
    C("Gujarati client, Hetal Kantilal Patel-Desai, diamond polisher's wife, Varachha Hirabaug Society. ESIC IP no. ESIC 3712048819.", [('name', 'Hetal Kantilal Patel-Desai'), ('place', 'Varachha Hirabaug Society'), ('health_plan', 'ESIC 3712048819')]),
    C('Bit of a long one. I\'ve been seeing a Filipino seafarer, Ramoncito Dela Cruz Abad, between contracts; he\'s home in Brgy. San Roque Uno, Bantayan for 3 months. He was on a tanker attacked in the Red Sea early last year. He says he\'ll sign on again because the family needs it. His agency email is crewing@pacific-manning.ph and they want a "fit to sail" note. Where do I stand?', [('name', 'Ramoncito Dela Cruz Abad'), ('place', 'Brgy. San Roque Uno, Bantayan'), ('email', 'crewing@pacific-manning.ph')]),
    C('Lepcha client from Sikkim, Pemzang Lepcha Rongkup, Dzongu Lingthem Lower, cardamom farmer, dam protest burnout.', [('name', 'Pemzang Lepcha Rongkup'), ('place', 'Dzongu Lingthem Lower')]),
    C("Yom Kippur falls on a Saturday this year, so I'm moving the Friday group earlier. Heads up."),
    C("Sorry, long. Leilani Kealoha Kamakau, Hawaiian, now in Fiji, works as a dive guide at Pacific Harbour Deuba Beach end and was present at a drowning last month. Her manager sent the incident report by email (ops@deuba-divecentre.com.fj) with the deceased's name in it. She can't stop replaying it. Would you do EMDR this early, or wait? Incident was 9 January 2025.", [('name', 'Leilani Kealoha Kamakau'), ('place', 'Pacific Harbour Deuba Beach end'), ('email', 'ops@deuba-divecentre.com.fj'), ('date', '9 January 2025')]),
    C('Réunion: Marie-Josée Payet-Hoarau Técher, 12 chemin Ligne des Bambous, 97430, créole, her father cuts cane and drinks.', [('name', 'Marie-Josée Payet-Hoarau Técher'), ('street_address', '12 chemin Ligne des Bambous'), ('zip_code', '97430')]),
    C("has anyone had a client who's a fellow therapist? dual relationships feel murky even when we've never met"),
    C('fax from LUTH psych: +234 1 774 1129, hospital no LUTH/PSY/2024/08812, pt Temitope Ogunleye-Fashola. Catatonia resolved, now depressed.', [('fax', '+234 1 774 1129'), ('medical_record', 'LUTH/PSY/2024/08812'), ('name', 'Temitope Ogunleye-Fashola')]),
    C("Recommendation: Paul Gilbert's The Compassionate Mind for clients drowning in shame. Very readable."),
    C("server log shows 2c0f:fe38:51c7::93 downloading Obinna Okafor-Ezeh's scanned consent form - is that our own VPN?", [('ip_address', '2c0f:fe38:51c7::93'), ('name', 'Obinna Okafor-Ezeh')]),
    C("Longer. I see Mpho Lerato Sebata, a 33-year-old nurse in Mabopane Block X who was assaulted during a night shift at the clinic. The department sent the incident summary to our practice fax (012 729 4408) and it includes the assailant's name and her home address. The labour union wants a report on her fitness to work by 31 March 2025. How do I write a fitness report that doesn't harm her, and should I return the faxed pages?", [('name', 'Mpho Lerato Sebata'), ('place', 'Mabopane Block X'), ('fax', '012 729 4408'), ('date', '31 March 2025')]),
    C("my supervisor says i'm over-functioning for a client. i think she's right. how do you step back without abandoning someone?"),
    C("Bahrain: Ali Hasan Jaffar Al-Aradi, CPR 870412339, Building 1184, Road 4527, Block 345, Sanad Jidhafs. Pearl diver's grandson, works at the smelter.", [('name', 'Ali Hasan Jaffar Al-Aradi'), ('ssn', '870412339'), ('street_address', 'Building 1184, Road 4527, Block 345'), ('place', 'Sanad Jidhafs')]),
    C('Kashmiri apple grower Bilal Ahmad Wani Shopiani, Zainapora Hermain, curfew anxiety. Phone +91 94190 27615 - only after 7pm.', [('name', 'Bilal Ahmad Wani Shopiani'), ('place', 'Zainapora Hermain'), ('phone', '+91 94190 27615')]),
    C('can someone explain how they handle note-taking in sessions? i feel rude writing while people talk'),
    C("A bit long, sorry. Ruslan Nurlanovich Seitkali is a Kazakh oil worker on a 28/28 rotation at a camp near Kulsary Zhylyoi. He calls me from the camp wifi, and our platform flagged the login from 178.91.253.12 as suspicious and locked his account twice this month. He's now convinced the company is spying on him (which, given the camp, isn't mad). Any ideas for a platform that copes with remote rotations, and how to hold the paranoia/realism line?", [('name', 'Ruslan Nurlanovich Seitkali'), ('place', 'Kulsary Zhylyoi'), ('ip_address', '178.91.253.12')]),
    C('Thai plate กข 7305 นครราชสีมา - Wichai Phromma drives a songthaew, assaulted by a passenger.', [('vehicle', 'กข 7305 นครราชสีมา'), ('name', 'Wichai Phromma')]),
    C('How do you approach Chinese New Year with clients who dread the family gathering? Three on my list this week.'),
    C("For Hong Kong, Macau and Taiwan referrals, I've been using the Hong Kong Psychological Society directory. Anything similar for Cantonese speakers in Australia?"),
    C("Wheelchair Permobil M3, SN 63018-2274 - Kamaljit Kaur Sandhu had it damaged by the airline and hasn't left the house since.", [('device', '63018-2274'), ('name', 'Kamaljit Kaur Sandhu')]),
    C("can anyone share how they word a no-show policy so it's firm but kind?"),
    C('i need to vent. the hospital discharged a patient with no follow-up plan again, and i found out from the family'),
    C('Tuareg silversmith, Ibrahim ag Alhassane Intazoumt, family from Tin Telloust. Now in a hostel, says he feels like he\'s "talking into the wind". Anyone with nomad experience?', [('name', 'Ibrahim ag Alhassane Intazoumt'), ('place', 'Tin Telloust')]),
    C('Lebanese: Rita Abou Jaoude Khoury, Mar Mikhael Armenian Street, lost her flat in the port blast. AUBMC MRN AUB-1180427.', [('name', 'Rita Abou Jaoude Khoury'), ('place', 'Mar Mikhael Armenian Street'), ('medical_record', 'AUB-1180427')]),
    C("how do you respond when a client asks if you've ever been depressed yourself? i froze today"),
    C('is anyone else seeing clients who talk mostly about climate anxiety? three young adults this month'),
    C("Bilkis Olanrewaju's grandfather turned 100 at the last Sallah and the whole compound in Ile-Ife Moore quarter came. She's grieving him now - he died the week after.", [('name', 'Bilkis Olanrewaju'), ('age_over_89', '100 at the last Sallah'), ('place', 'Ile-Ife Moore quarter')]),
    C('a client wants me to pray with her at the start of each session. thoughts?'),
    C("Tajik Pamiri client, Gulnora Shohzodamamadova, from Roshtqal'a Tavdem, husband in Russia 4 years, no money sent.", [('name', 'Gulnora Shohzodamamadova'), ('place', "Roshtqal'a Tavdem")]),
    C('i\'m struggling with a client who calls me "sister". it\'s respectful in her culture, i just feel odd'),
    C('Philippines: Marites Dizon Bautista, PhilSys 5120-8836-7716-0428, Blk 29 Lot 14, Ilang-Ilang St., Brgy. Tumana Malanday, 1809. Flooded out three times.', [('name', 'Marites Dizon Bautista'), ('ssn', '5120-8836-7716-0428'), ('street_address', 'Blk 29 Lot 14, Ilang-Ilang St.'), ('place', 'Brgy. Tumana Malanday'), ('zip_code', '1809')]),
    C("Hearing aid - Phonak, SN 1927A4410 - lost at the camp, Abdirahman Ahmed Warsame, Ifo 2 Section H. He can't hear in group.", [('device', '1927A4410'), ('name', 'Abdirahman Ahmed Warsame'), ('place', 'Ifo 2 Section H')]),
    C("Consult on a suicide risk, long. Mohammed Jasim Al-Dosari, 58, retired oil engineer from Dhahran Doha Camp Street 4 - the camp, not the country - became very withdrawn after his wife's death. His son, who is a doctor, wants me to increase frequency, and emailed from dr.faisal.aldosari@hospital-ksa.sa. The father says only God decides when he dies. How do you assess risk respectfully in a devout Muslim elder?", [('name', 'Mohammed Jasim Al-Dosari'), ('place', 'Dhahran Doha Camp Street 4'), ('email', 'dr.faisal.aldosari@hospital-ksa.sa')]),
    C('Gatluak Chuol Riek, Nuer, now in Gambella Newland, wants a male counsellor only.', [('name', 'Gatluak Chuol Riek'), ('place', 'Gambella Newland')]),
    C("Longer - career stress. Ngozi Adaeze Obi, 36, Nigerian pharmacist in the Gulf: her Qatar DHP licence (DHP-PH-50817) is up for renewal and she is paralysed by fear she'll fail the CPD audit. Her anxiety started after her sister's death in Nsukka Odenigbo Road end. How do you separate grief from professional perfectionism in a case like this?", [('name', 'Ngozi Adaeze Obi'), ('licence', 'DHP-PH-50817'), ('place', 'Nsukka Odenigbo Road end')]),
    C('PNG highlands Wapi Kundu Yakali from Tari Hulia Koroba, tribal fight, his cousin was killed. BSP account 1001776503.', [('name', 'Wapi Kundu Yakali'), ('place', 'Tari Hulia Koroba'), ('account', '1001776503')]),
    C('Tibetan client, Tenzin Choedon Lhamo, Bylakuppe Camp 3, nun who left the order. Feels she betrayed her teacher.', [('name', 'Tenzin Choedon Lhamo'), ('place', 'Bylakuppe Camp 3')]),
    C('Tanzanian referral: Neema Mushi-Lyimo, Chagga, coffee plot on the slopes above Kibosho Umbwe. KCMC hospital no. KCMC/2023/118402. Post-partum, husband in the Gulf.', [('name', 'Neema Mushi-Lyimo'), ('place', 'Kibosho Umbwe'), ('medical_record', 'KCMC/2023/118402')]),
    C('The Turkish Psychological Association has a trauma working group that took part after the earthquakes - any contact?'),
    C("Korean plate 12가 4183 on Park Jae-hyun's delivery scooter - hit by a bus, now can't ride.", [('vehicle', '12가 4183'), ('name', 'Park Jae-hyun')]),
    C("Nepali citizenship cert no 41-01-77-04812 for Dil Bahadur Thapa Magar, ex-Gurkha's son. Address Ward 11, Bhim Marg, Tansen Bastakot, 32507.", [('ssn', '41-01-77-04812'), ('name', 'Dil Bahadur Thapa Magar'), ('street_address', 'Ward 11, Bhim Marg'), ('place', 'Tansen Bastakot'), ('zip_code', '32507')]),
    C('has anyone got experience with clients who hear the voice of a deceased parent? not distressing, just present'),
    C('Okinawan? no, from Kagoshima - Sakae Nobuhiro, sugarcane farmer, hakuju this year, ninety-nine, son is my client.', [('name', 'Sakae Nobuhiro'), ('age_over_89', 'hakuju this year, ninety-nine')]),
    C('Libyan client, Salem Abdulhamid Ghariani, from Souq al-Juma Hay al-Andalus, oil worker, Storm Daniel killed his cousins.', [('name', 'Salem Abdulhamid Ghariani'), ('place', 'Souq al-Juma Hay al-Andalus')]),
    C("Question about a GPS ankle tag. Ahmed Nasser Al-Farsi was released on conditions and the device (BI TAD 6602-1175) vibrates whenever the signal drops in his building at Al Khuwair Street 33 block. He hasn't slept properly in weeks and he's convinced every vibration means he'll be recalled. I'm not in a position to contact the monitoring company. Anyone worked with tag-related anxiety, and what did you do?", [('name', 'Ahmed Nasser Al-Farsi'), ('device', 'BI TAD 6602-1175'), ('place', 'Al Khuwair Street 33 block')]),
    C('fax number for the clinic in the north is wrong in the directory - use +230 212 8870 - re Devika Ramgoolam-Seeballuck from Camp de Masque Pavé Cité Anoushka.', [('fax', '+230 212 8870'), ('name', 'Devika Ramgoolam-Seeballuck'), ('place', 'Camp de Masque Pavé Cité Anoushka')]),
    C('Zambian NRC 308412/61/1, Mwansa Chileshe-Bwalya, copper mine shift boss, Chamboli Township Section 9. Wife says he sleeps with the lights on since the pit collapse.', [('ssn', '308412/61/1'), ('name', 'Mwansa Chileshe-Bwalya'), ('place', 'Chamboli Township Section 9')]),
    C('Anyone in the group registered with the Philippine Regulatory Commission as a psychologist and also practising in the Gulf?'),
    C("has anyone done a course on working with interpreters? the ones i work with are excellent but i'm clumsy"),
    C('Longer one. Haruto Kobayashi Ren is a 44-year-old salaryman who was transferred to a rural branch at Tōno Tsuchibuchi-chō and lives apart from his family (tanshin funin). He has a cochlear implant (MED-EL SYNCHRONY 2, SN 883015) and the rural office meetings with everyone talking over each other leave him exhausted and ashamed. HR says "reasonable accommodation" but does nothing. Any Japanese-speaking colleagues who\'ve worked with hearing loss at work?', [('name', 'Haruto Kobayashi Ren'), ('place', 'Tōno Tsuchibuchi-chō'), ('device', '883015')]),
    C("Fiji: Mereani Tuilagi Rokotuiviwa, Nabua Settlement Koro 4, TIN 14-18209-3-7, plate FK 5927 on her husband's taxi. M-PAiSA 9035516.", [('name', 'Mereani Tuilagi Rokotuiviwa'), ('place', 'Nabua Settlement Koro 4'), ('ssn', '14-18209-3-7'), ('vehicle', 'FK 5927'), ('account', '9035516')]),
    C('Mauritania: Mariem Mint Ahmed Vall Ould Cheikh, Hassaniya, lives in El Mina Sebkha Kebba. Phone only, +222 36 41 27 09.', [('name', 'Mariem Mint Ahmed Vall Ould Cheikh'), ('place', 'El Mina Sebkha Kebba'), ('phone', '+222 36 41 27 09')]),
    C('Has anyone compared the Thiqa, Daman and Bupa Arabia rules on psychology? I have clients from the UAE and Saudi Arabia asking about claims every week.'),
    C('does the clinic close over the festive season? i need to plan for two clients who really struggle with it'),
    C('During Lent a few of my Orthodox clients are fasting hard - have you adjusted appointment times around it?'),
    C("Fax cover: from +27 31 260 4471 to our practice, re: Sanele Mkhize Zungu, ward 3 discharge, followed by a 3-page summary with the wrong patient's name on page 2. What do I do with page 2?", [('fax', '+27 31 260 4471'), ('name', 'Sanele Mkhize Zungu')]),
    C('Japan: Sato Haruka Minami, My Number 6604 1572 2216, 本町3-12-8, Kesennuma Minami-machi, tsunami anniversary coming.', [('name', 'Sato Haruka Minami'), ('ssn', '6604 1572 2216'), ('street_address', '本町3-12-8'), ('place', 'Kesennuma Minami-machi')]),
    C('Ladakhi client Tsering Dolma Angmo from Hemis Shukpachan Yokma, herds pashmina goats. Winter isolation is the big thing.', [('name', 'Tsering Dolma Angmo'), ('place', 'Hemis Shukpachan Yokma')]),
    C('Long-ish. My client Kofi Mensah-Bonsu works as a security guard in the UAE and sends his whole salary home to Ayigya Zongo Kumasi Road end. He\'s been diagnosed with hypertension, can\'t afford the drugs, and the employer\'s clinic log-in (https://staffclinic.alfalak-security.ae/login) keeps showing him "fit". He says he\'d rather die than go home a failure. Risk plan ideas for someone with no local support?', [('name', 'Kofi Mensah-Bonsu'), ('place', 'Ayigya Zongo Kumasi Road end'), ('url', 'https://staffclinic.alfalak-security.ae/login')]),
    C('anyone else find it hard to end sessions on time with clients who only open up in the last five minutes?'),
    C("anyone doing home visits? i'm thinking about it for a housebound elderly client and i'm nervous"),
    C('Ghanaian? no, Togolese - Kossiwa Amegan, market woman at Adawlato Bè-Kpota, Ewe-Mina. Speaks French too.', [('name', 'Kossiwa Amegan'), ('place', 'Adawlato Bè-Kpota')]),
    C('Mongolian herder Bat-Erdene Gansukh lost 400 head in the dzud, now in a ger district Songinokhairkhan 21st khoroo. Drinking.', [('name', 'Bat-Erdene Gansukh'), ('place', 'Songinokhairkhan 21st khoroo')]),
    C('Does the Singapore Psychological Society have a register we can refer to for Mandarin-speaking therapists?'),
    C("i'm starting a group for fathers after a stillbirth - any reading or structure suggestions?"),
    C("Reading group: next month is Judith Herman's Trauma and Recovery, chapters 6-8. Bring one case question each."),
    C('Looking for a Tagalog-speaking therapist in Australia, telehealth is fine, Medicare rebate preferred.'),
    C('Indian psychologist on the case has RCI CRR A41873 - can we cite her assessment in the letter?', [('licence', 'A41873')]),
    C('Southland, the island: Rewi Bragg-Ryan, muttonbirder, Halfmoon Bay Horseshoe Point, boat went down, he was the only one who swam in.', [('name', 'Rewi Bragg-Ryan'), ('place', 'Halfmoon Bay Horseshoe Point')]),
    C("Paytm/UPI for the fee: drkaveriparthasarathy@okhdfc. Please don't use the old one. (Kaveri Parthasarathy)", [('account', 'drkaveriparthasarathy@okhdfc'), ('name', 'Kaveri Parthasarathy')]),
    C("Oromo-speaking volunteer needed: Chaltu Gemechu Tolessa from Dambi Dollo Kebele 04, coffee farmer's widow.", [('name', 'Chaltu Gemechu Tolessa'), ('place', 'Dambi Dollo Kebele 04')]),
    C('Sorry for the essay. Zahra Hussaini Rezaie is a Hazara-Australian year 11 student in Elizabeth Downs Midway Road end who wants to study medicine; her father wants her to marry a cousin in Pakistan. She emailed from a school account (zhussaini27@schools.sa.edu.au) because her phone is checked. Is it ok to keep replying to a school account, and what do I do about forced marriage reporting in SA?', [('name', 'Zahra Hussaini Rezaie'), ('place', 'Elizabeth Downs Midway Road end'), ('email', 'zhussaini27@schools.sa.edu.au')]),
    C('Pacific seasonal worker Saimone Vake Taufa on the PALM scheme, living in a caravan at Gatton Lockyer Farm Camp B, pay deducted, no privacy. Employer email hr@lockyer-fresh-harvest.com.au.', [('name', 'Saimone Vake Taufa'), ('place', 'Gatton Lockyer Farm Camp B'), ('email', 'hr@lockyer-fresh-harvest.com.au')]),
    C('Has anyone done Dialectical Behaviour Therapy skills groups in Hindi or Urdu? Looking for translated handouts.'),
    C('Ethiopian client: Tigist Alemayehu Bekele, Fayda 4817 2290 3316, came back from Lebanon after domestic work, lives in Kolfe Keranio Woreda 11. Sessions in Amharic ideally.', [('name', 'Tigist Alemayehu Bekele'), ('ssn', '4817 2290 3316'), ('place', 'Kolfe Keranio Woreda 11')]),
    C('Sri Lanka: Kumudini Wijesinghe Perera, NIC 197458302281, No. 42/3, Temple Road, Kotte Pitakotte, 10107. Garment factory supervisor, panic.', [('name', 'Kumudini Wijesinghe Perera'), ('ssn', '197458302281'), ('street_address', 'No. 42/3, Temple Road'), ('place', 'Kotte Pitakotte'), ('zip_code', '10107')]),
    C('Tunisia: Amira Ben Salah Trabelsi, CIN 08472915, olive oil mill family in Bir Ali Ben Khelifa. CNAM card CNAM 22 1940 8831.', [('name', 'Amira Ben Salah Trabelsi'), ('ssn', '08472915'), ('place', 'Bir Ali Ben Khelifa'), ('health_plan', 'CNAM 22 1940 8831')]),
    C("Asking for help with a tricky one. Mahlet Desta Woldemariam, 24, Ethiopian domestic worker who escaped an employer in Ashrafieh Sioufi and is now in a shelter. The shelter's caseworker forwarded me her file by fax (+961 1 330 847) with her passport copy on the second page, which I didn't ask for and don't want. How do people handle being sent far more than they need? And she wants Amharic, which I don't have - any peer with Amharic who could co-work?", [('name', 'Mahlet Desta Woldemariam'), ('place', 'Ashrafieh Sioufi'), ('fax', '+961 1 330 847')]),
    C("Hoping someone can advise. My client Pooja Ramnarine Maharaj, Indo-Fijian, runs a small roti shop in Lautoka Natabua Housing and her landlord is threatening eviction after the cyclone. Her GP's fax is +679 666 1472 and they want me to co-sign a hardship letter to the Housing Authority. I'm registered in Australia, not Fiji - is co-signing even appropriate, or should I just send a clinical summary? She is very anxious that the letter doesn't mention her husband's drinking.", [('name', 'Pooja Ramnarine Maharaj'), ('place', 'Lautoka Natabua Housing'), ('fax', '+679 666 1472')]),
    C("what's a reasonable notice period when you're closing your practice? thinking three months"),
    C('IPv6 in the login alert was 2001:4490:4c4e:12::7 - Indian provider - and Arjun Menon Nair swears he was home in Kerala. Is someone else logging in as him?', [('ip_address', '2001:4490:4c4e:12::7'), ('name', 'Arjun Menon Nair')]),
    C('he drives a taxi, plate ND 418-772, says the association threatened him after he refused the route. client name Mlungisi Zondi', [('vehicle', 'ND 418-772'), ('name', 'Mlungisi Zondi')]),
    C('Chuukese client Kimiuo Sapwo Mori, Weno Iras village, alcohol, family feud.', [('name', 'Kimiuo Sapwo Mori'), ('place', 'Weno Iras village')]),
    C('Chad: Achta Mahamat Abdelkerim, refugee camp worker at Farchana Bloc C, secondary trauma. Email achta.m.abdelkerim@protonmail.com.', [('name', 'Achta Mahamat Abdelkerim'), ('place', 'Farchana Bloc C'), ('email', 'achta.m.abdelkerim@protonmail.com')]),
    C('does the group have a policy on social media follows from former clients? one just tried to add me'),
    C("do you sit in silence or fill it when a client goes quiet for a long time? i'm a filler and i want to change"),
    C('someone please tell me it gets easier to say "we need to stop here" without feeling mean'),
    C("Yemeni client in Saudi, Ammar Abdo Saleh Qasem, from Jabal Sabir Al-Ma'afir. Phone +966, sorry, can't share more.", [('name', 'Ammar Abdo Saleh Qasem'), ('place', "Jabal Sabir Al-Ma'afir")]),
    C("Is the WHO's Problem Management Plus manual free to use for peer groups, or do we need permission?"),
    C("Thanks to everyone who came to the Sunday session on Internal Family Systems. Richard Schwartz's No Bad Parts is in the library if you want it."),
    C("Question on sertraline and breastfeeding - the psychiatrist says fine, the mother's church says no. How would you support the decision?"),
    C("During Ramadan, Eid, Navratri and Christmas my Gulf clients' routines flip completely - the Indian, Filipino and Arab staff all shift hours. How do you plan?"),
    C("i found myself really angry at a client's father today, and i'm still thinking about it. supervision tomorrow, thankfully"),
    C("Venkatesh Rao Kandula, Telugu, cotton farmer's son from Pedda Kothapalli. Father died by suicide after the crop failed. CMC hospital no. CMC 660915D.", [('name', 'Venkatesh Rao Kandula'), ('place', 'Pedda Kothapalli'), ('medical_record', 'CMC 660915D')]),
    C("I'm reading Frantz Fanon again for the decolonising practice group. Anyone want to join on Thursdays?"),
    C('Uganda: Akello Grace Atim, Pece Laroo Division, Acholi, former abductee now a tailor. Wants group not individual.', [('name', 'Akello Grace Atim'), ('place', 'Pece Laroo Division')]),
    C('anyone have a good way to explain the difference between a psychologist and a psychiatrist to families?'),
    C('Lebanese-Australian, Jihad Merhi Fakhoury, 22 Hassall Street, Lakemba East NSW, Medicare 2963 70158 4. Café owner, robbed at knifepoint.', [('name', 'Jihad Merhi Fakhoury'), ('street_address', '22 Hassall Street'), ('place', 'Lakemba East'), ('health_plan', '2963 70158 4')]),
    C("Kenya: Wanjiru Kamau-Ndegwa Muthoga, SHA member SHA-CR4413098217-6, works the flower greenhouses near Karagita Estate. Headaches, chemical smell, can't sleep.", [('name', 'Wanjiru Kamau-Ndegwa Muthoga'), ('health_plan', 'SHA-CR4413098217-6'), ('place', 'Karagita Estate')]),
    C('Assam tea garden: Sumi Oraon Tanti, Line No. 6, Bokpara Tea Estate, adivasi, 19, daughter trafficked to a city placement agency.', [('name', 'Sumi Oraon Tanti'), ('place', 'Line No. 6, Bokpara Tea Estate')]),
    C("Books for the winter reading list: Chimamanda Ngozi Adichie's Notes on Grief, Viktor Frankl's Man's Search for Meaning and Lori Gottlieb's Maybe You Should Talk to Someone."),
    C('Pākehā dairy farmer Graeme McKinlay-Tait, Hautapu Bruntwood Road end, herd culled for M. bovis, his wife rang me. NZ number +64 27 550 1864.', [('name', 'Graeme McKinlay-Tait'), ('place', 'Hautapu Bruntwood Road end'), ('phone', '+64 27 550 1864')]),
    C("how do people handle clients who want to pay in cash only? nothing dodgy, just older folks who don't do banking apps"),
    C("i'm off for two weeks from monday - can someone be my emergency contact for the group? only one client might need it"),
    C("Fatma Hassan Juma's boda plate UFX 771K - her husband's, actually - was seized, Tanzania side - it was her only income.", [('name', 'Fatma Hassan Juma'), ('vehicle', 'UFX 771K')]),
    C("Thinking about Irvin Yalom's The Gift of Therapy for the new interns. Too American, or still useful?"),
    C("Ainu client Kayano Shiro Urespa, Nibutani Kotan Upper, carver, identity stuff, his kids don't want the name.", [('name', 'Kayano Shiro Urespa'), ('place', 'Nibutani Kotan Upper')]),
    C("thanks for the article on grief after suicide yesterday - very helpful for a case i'm holding"),
    C("Long. Working with Kaveh Rostami Nejad, 27, Iranian engineer in Malaysia on a student visa, living at Taman Serdang Raya Jalan 3 end. He was arrested after a protest in Iran two years ago. He has tinnitus and a hearing aid (Oticon More 1, SN 2304-77812) since the beating. Trauma-focused work is stuck because he won't talk in Persian in session. Any thoughts on language choice in trauma work?", [('name', 'Kaveh Rostami Nejad'), ('place', 'Taman Serdang Raya Jalan 3 end'), ('device', '2304-77812')]),
    C('telebirr for the supervision fee: 0911 472 305, name Meseret Gebremedhin', [('account', '0911 472 305'), ('name', 'Meseret Gebremedhin')]),
    C("Joseph Kiprono arap Sang from Kaptagat Kipkabus runs the athletics camp - a 17 yo runner there is my client, doping pressure from an agent. How do I handle the camp owner's calls?", [('name', 'Joseph Kiprono arap Sang'), ('place', 'Kaptagat Kipkabus')]),
    C('The Israeli Ministry of Health and the Palestinian Ministry of Health both issued trauma guidance this year. Anyone read both side by side?'),
    C('Referral: Nomvula Khoza-Mabaso, 34, Ezibeleni Extension 3. Husband retrenched from the ferrochrome smelter in March. Isixhosa-speaking counsellor preferred.', [('name', 'Nomvula Khoza-Mabaso'), ('place', 'Ezibeleni Extension 3')]),
    C('Odhiambo Otieno Ouma - fisherman, beach at Dunga Kogony. M-Pesa is his only bank. Has a boat registration KSM-0718-DG that was impounded.', [('name', 'Odhiambo Otieno Ouma'), ('place', 'Dunga Kogony'), ('vehicle', 'KSM-0718-DG')]),
    C('Gilgit-Baltistan: Shah Jahan Baig, Karimabad Altit Sowar, Ismaili, glacier flood destroyed the guest house.', [('name', 'Shah Jahan Baig'), ('place', 'Karimabad Altit Sowar')]),
    C("I'm presenting at the Asian Federation of Psychotherapy in October on Morita Therapy and Naikan. Any Japanese colleagues want to review slides?"),
    C("IPs for the audit: 102.66.143.9 (our Zambian office) and one I don't recognise. Who accessed Mutale Kapembwa Chanda's file?", [('ip_address', '102.66.143.9'), ('name', 'Mutale Kapembwa Chanda')]),
    C('Congolese client, Kabongo Mbuyi Tshibangu, Luba, from Kasa-Vubu Matonge Rue Kanda-Kanda, former child soldier, now 29, in a carpentry programme.', [('name', 'Kabongo Mbuyi Tshibangu'), ('place', 'Kasa-Vubu Matonge Rue Kanda-Kanda')]),
    C('Israel: Yael Ben-Haim Dahan, teudat zehut 031842775, Clalit CLALIT 7025-31968, kibbutz Nir Am Shderot - evacuated since October.', [('name', 'Yael Ben-Haim Dahan'), ('ssn', '031842775'), ('health_plan', 'CLALIT 7025-31968'), ('place', 'Nir Am Shderot')]),
    C('Yazidi survivor, Vian Hajji Elias Khalaf, Khanke Camp Sector 12. Female Kurmanji interpreter only.', [('name', 'Vian Hajji Elias Khalaf'), ('place', 'Khanke Camp Sector 12')]),
    C('Plate 粤B·3D418, Chen Jianguo drives for a ride-hail app, 16 hours a day, chest pain.', [('vehicle', '粤B·3D418'), ('name', 'Chen Jianguo')]),
    C('Any Arabic-speaking colleagues who could recommend a validated version of the GAD-7? The one I have reads oddly.'),
    C('For the Japan group: is the Certified Public Psychologist exam worth it for foreign-trained therapists?'),
    C("looking for a peer who does play therapy - i've got a six-year-old who won't talk at all"),
    C('Indonesia: Siti Rahmawati Kusumadewi, NIK 3273015408860002, Jl. Cigadung Raya Timur No. 18, RT 03/RW 05, Kel. Cigadung, 40191. BPJS 0001936620514.', [('name', 'Siti Rahmawati Kusumadewi'), ('ssn', '3273015408860002'), ('street_address', 'Jl. Cigadung Raya Timur No. 18, RT 03/RW 05'), ('place', 'Kel. Cigadung'), ('zip_code', '40191'), ('health_plan', '0001936620514')]),
    C('Has anyone trained with the Beck Institute online? Worth the price compared with local CBT courses?'),
    C('i did my first session in a second language today and it went better than i feared'),
    C('Minangkabau client Rahmat Datuak Sinaro, merantau to Java, mother runs the rumah gadang in Nagari Pariangan Jorong Guguak.', [('name', 'Rahmat Datuak Sinaro'), ('place', 'Nagari Pariangan Jorong Guguak')]),
    C('our admin accidentally sent a reminder text to the wrong client. nothing clinical in it, but still. how do you repair?'),
    C('Chatham Islands: Tame Preece Solomon, Waitangi West Te Roto, crayfish boat, drowned mate.', [('name', 'Tame Preece Solomon'), ('place', 'Waitangi West Te Roto')]),
    C('Javanese client, Sumiyati Wartini, Dusun Kalibening Lor, former migrant worker in Taiwan, Indonesia-side address only please.', [('name', 'Sumiyati Wartini'), ('place', 'Dusun Kalibening Lor')]),
    C('Can someone explain how the Israeli Psychologists Law works for supervision hours of immigrants?'),
    C("Sudanese Nubian, Hamza Mahjoub Dawi, from Wawa island village, displaced to Egypt with his mother who is ninety-one by her own count. He's the only carer.", [('name', 'Hamza Mahjoub Dawi'), ('place', 'Wawa island village'), ('age_over_89', 'ninety-one by her own count')]),
    C("Fax back to +971 4 337 2804, att. Dr Vikram Hegde, re patient Sharmila Gowda - we don't have her consent to share, so only the dates attended.", [('fax', '+971 4 337 2804'), ('name', 'Vikram Hegde'), ('name', 'Sharmila Gowda')]),
    C('The Gulf summer is brutal for outdoor workers; has anyone seen heat-related irritability confused with depression?'),
    C('UAE: Reshma Unnikrishnan, Malayali nurse, DHA licence DHA-N-11904827, lives in Al Qusais Labour Camp 3 - no sorry, staff housing. Burnout after COVID.', [('name', 'Reshma Unnikrishnan'), ('licence', 'DHA-N-11904827'), ('place', 'Al Qusais Labour Camp 3')]),
    C('reminder: case presentations next week - two slots left, sign up in the shared sheet'),
    C('Vesak and Poson bring up a lot for my Sri Lankan Buddhist clients, especially around dead parents.'),
    C('Malaysia: Nurul Izzati binti Kamaruddin, MyKad? no - passport only, address No. 18, Jalan Kenari 7, Taman Sri Muda Seksyen 25, 40460.', [('name', 'Nurul Izzati binti Kamaruddin'), ('street_address', 'No. 18, Jalan Kenari 7'), ('place', 'Taman Sri Muda Seksyen 25'), ('zip_code', '40460')]),
    C('Are there any Fijian, Tongan or Samoan interpreters registered with NAATI? Our Victorian hospital keeps using family members.'),
    C('how do you approach a client who keeps cancelling on the day but says therapy is helping?'),
    C("how do you stop yourself checking work messages at night? i keep answering at 11pm and it's not sustainable"),
    C('Baluch client, Dad Shah Rigi, from Sarbaz Rask Bazaar, fuel carrier, shot at the border, lost a leg - prosthesis serial OB-3R80-11847.', [('name', 'Dad Shah Rigi'), ('place', 'Sarbaz Rask Bazaar'), ('device', 'OB-3R80-11847')]),
    C("Thursday's session on Motivational Interviewing is moved to Friday morning, same link as before."),
    C('low-cost supervision options for new grads? mine costs more than i earn from two sessions'),
    C('The Kenya Counselling and Psychological Association is running an ethics refresher in June - worth it?'),
    C('Khasi client, matrilineal household, Iba Lyngdoh Nongrum, Mawlai Mawroh. Her youngest daughter inherits - the son is my client.', [('name', 'Iba Lyngdoh Nongrum'), ('place', 'Mawlai Mawroh')]),
    C('Kuwait: Dalal Fahad Al-Mutairi, civil ID 288041901823, address Block 4, Street 12, House 31, Qurtuba Jadda 2. Please keep her father out of the loop.', [('name', 'Dalal Fahad Al-Mutairi'), ('ssn', '288041901823'), ('street_address', 'Block 4, Street 12, House 31'), ('place', 'Qurtuba Jadda 2')]),
    C('interesting session: a client drew her family as a tree with the roots above ground. not sure what to make of it yet'),
    C("Short one: Muna Jaber Al-Tamimi, in her ninety-second year, lives with her son in Hebron Old City Al-Qazzazin, he's my client, he's exhausted.", [('name', 'Muna Jaber Al-Tamimi'), ('age_over_89', 'in her ninety-second year'), ('place', 'Hebron Old City Al-Qazzazin')]),
    C('Please send the payment to FNB account 62 7714 03912, branch code 250655, ref Sipho Mahlangu-Skosana - workshop fees for the trauma day.', [('account', '62 7714 03912'), ('name', 'Sipho Mahlangu-Skosana')]),
    C('Marshallese client: Jemina Lajikit Langidrik, Laura village Arrak, diabetes, dialysis.', [('name', 'Jemina Lajikit Langidrik'), ('place', 'Laura village Arrak')]),
    C('how do you word a letter to a school without saying too much? the parents want support, the teen wants privacy'),
    C('CWM psych file CWMH 2024-7761 for Jone Tabua Ravouvou, rugby player, concussions.', [('medical_record', 'CWMH 2024-7761'), ('name', 'Jone Tabua Ravouvou')]),
    C("can anyone recommend a book on anger for teenage boys that isn't preachy?"),
    C("our clinic's fax machine finally died. do we really still need one? half the referrals still come by fax"),
    C('Timor? no, Moluccan - Maria Latuconsina Pattiasina, Negeri Hila Kaitetu, 1999 violence, intergenerational.', [('name', 'Maria Latuconsina Pattiasina'), ('place', 'Negeri Hila Kaitetu')]),
    C('Sindhi client Gul Muhammad Mallah, fisherman from Keti Bunder Goth Haji Ismail, floods took the boat.', [('name', 'Gul Muhammad Mallah'), ('place', 'Keti Bunder Goth Haji Ismail')]),
    C('Druze? no, Samaritan - Benyamim Tsedaka HaCohen from Kiryat Luza, very small community, worried about confidentiality obviously.', [('name', 'Benyamim Tsedaka HaCohen'), ('place', 'Kiryat Luza')]),
    C('Our booking page https://book.ubuntu-minds.co.za/therapists/nkosi still lists me at the old address, and Lwazi Nkosi-Dube went there. embarrassing.', [('url', 'https://book.ubuntu-minds.co.za/therapists/nkosi'), ('name', 'Lwazi Nkosi-Dube')]),
    C("fax from the academic hospital's psych OPD: 011 933 8471 - pt folder CHBAH 5528190, Kagiso Motaung, discharged on olanzapine, needs follow-up in Zola North Phase 2", [('fax', '011 933 8471'), ('medical_record', 'CHBAH 5528190'), ('name', 'Kagiso Motaung'), ('place', 'Zola North Phase 2')]),
    C('Turkey: Elif Şahin Karadağ, TC kimlik 28471039546, Cumhuriyet Mah. 214. Sok. No:7 D:3, 27090, earthquake survivor, lost her sister.', [('name', 'Elif Şahin Karadağ'), ('ssn', '28471039546'), ('street_address', 'Cumhuriyet Mah. 214. Sok. No:7 D:3'), ('zip_code', '27090')]),
    C('when a client says "you\'re the only one who understands me" - how do you respond without shutting them down?'),
    C("what do you all do with gifts? a client brought homemade food after our last session and i didn't know whether to refuse"),
    C("Fax from the remote clinic (08) 8956 4471 re Jampijinpa Martin Japaljarri, outstation at Yarripilangu Bore, sorry day/ sorry business, can't travel until it's finished.", [('fax', '(08) 8956 4471'), ('name', 'Jampijinpa Martin Japaljarri'), ('place', 'Yarripilangu Bore')]),
    C("ankle monitor SCRAM unit SC-770315 on Tevita Moala Fifita for a drink-driving case, he's embarrassed at church.", [('device', 'SC-770315'), ('name', 'Tevita Moala Fifita')]),
    C('Palauan client Dirrebuuch Ngiraibai, Ngerkebesang Echang, caring for her mother, turned 96 at Olechotel Belau fair.', [('name', 'Dirrebuuch Ngiraibai'), ('place', 'Ngerkebesang Echang'), ('age_over_89', 'turned 96 at Olechotel Belau fair')]),
    C("what's the best way to end with a client who has improved but doesn't want to stop?"),
    C('Has anyone taken the Indian Rehabilitation Council exam after training in Australia or Canada? The Clinical Psychology route seems different.'),
    C('A longer one. Thandiwe Moyo Ncube, 28, Zimbabwean in South Africa, works as a nanny in Bryanston Ext 7. Her employer pays into an account in the employer\'s own name (Capitec 1402 771 583) "for safekeeping". She\'s undocumented and scared of the police. What can a therapist ethically do here besides support and referral to a labour rights org?', [('name', 'Thandiwe Moyo Ncube'), ('place', 'Bryanston Ext 7'), ('account', 'Capitec 1402 771 583')]),
    C("We're hosting a half-day on Acceptance and Commitment Therapy with Russ Harris's materials in March. Free for members."),
    C("what do you do when a client falls asleep in session? it's happened twice with the same person, night shift worker"),
    C("the building's lift is broken again, so any clients with mobility issues will need a ground floor room this week"),
    C('Goan client Conceição Fernandes de Souza from Vaddem Sernabatim, husband on a cruise ship for 9 months a year.', [('name', 'Conceição Fernandes de Souza'), ('place', 'Vaddem Sernabatim')]),
    C("Papuan highlands: Yulianus Wenda Kogoya, Kampung Wunabungga, displaced by fighting. OVO? no, DANA 0813 5069 2287 is his sister's.", [('name', 'Yulianus Wenda Kogoya'), ('place', 'Kampung Wunabungga'), ('account', '0813 5069 2287')]),
    C('Jordan: Rawan Khalil Abu Zeid, Circassian mother, lives in Wadi al-Seer Swefieh. No insurance, private fee.', [('name', 'Rawan Khalil Abu Zeid'), ('place', 'Wadi al-Seer Swefieh')]),
    C("looking for a simple sleep diary in plain language, ideally with pictures, for a client who doesn't read much"),
    C('Referral via the online form (https://refer.pacificwellbeing.org.nz/form?id=57731) for Losa Matagi Fuimaono, - the form only says "Samoan, 19".', [('url', 'https://refer.pacificwellbeing.org.nz/form?id=57731'), ('name', 'Losa Matagi Fuimaono')]),
    C('Greek-Australian client, Eleni Kourakis-Papadopoulou, ninety-three, walks to liturgy every Sunday, lives with her son in Oakleigh South Hilda Street end.', [('name', 'Eleni Kourakis-Papadopoulou'), ('age_over_89', 'ninety-three, walks to liturgy every Sunday'), ('place', 'Oakleigh South Hilda Street end')]),
    C('Palestinian in Lebanon: Ahmad Moussa Shehadeh, Ain al-Hilweh Hittin Quarter. NSSF? no - UNRWA card UNRWA 3341-0099281.', [('name', 'Ahmad Moussa Shehadeh'), ('place', 'Ain al-Hilweh Hittin Quarter'), ('health_plan', 'UNRWA 3341-0099281')]),
    C('Portal log 2025-03-14 22:41 login w.nampijinpa@yuendumu-health.org.au from 203.0.178.41, viewed file of Wanta Nampijinpa Granites. Not me - is someone using my account?', [('date', '2025-03-14'), ('email', 'w.nampijinpa@yuendumu-health.org.au'), ('ip_address', '203.0.178.41'), ('name', 'Wanta Nampijinpa Granites')]),
    C('Any colleagues speaking Somali, Swahili or Oromo for a cross-cultural consult panel next term?'),
    C("do you screen for gambling routinely? i never did and i'm now finding it everywhere"),
    C('Bhutanese client, Karma Wangmo Dorji, CID 11410004872, from Chumey Gaytsa. Very private, family of monks.', [('name', 'Karma Wangmo Dorji'), ('ssn', '11410004872'), ('place', 'Chumey Gaytsa')]),
    C('Can anyone recommend Hebrew, Arabic, Amharic or Tigrinya versions of the PCL-5? Our Israeli clinic serves all four communities.'),
    C('Namibian referral: Uerikua Tjiriange, Herero, cattle post near Okakarara-Ost. ID 85020410392. The aunt insists the ancestors must be told first.', [('name', 'Uerikua Tjiriange'), ('place', 'Okakarara-Ost'), ('ssn', '85020410392')]),
    C('can someone in the Cape group take Ashwin Pillay-Naidoo? lives in Unit 11 Westcliff, works night shift at the sugar terminal, panic since the truck accident', [('name', 'Ashwin Pillay-Naidoo'), ('place', 'Unit 11 Westcliff')]),
    C('The Malaysian Mental Health Association, Befrienders and MIASA run free lines; does anyone know which one has Tamil speakers on Sunday evenings?'),
    C('a client told me today that she doesn\'t trust therapists "from the city". fair enough, honestly'),
    C('we had a power cut mid-session and the client just kept talking in the dark. it was oddly one of our best sessions'),
    C('Tasmanian salmon farm worker Kayla Dobson-Harvey, Dover Southport Road end, night shift, bullied. Her CPAP is a ResMed, serial 23197760553.', [('name', 'Kayla Dobson-Harvey'), ('place', 'Dover Southport Road end'), ('device', '23197760553')]),
    C('Forwarded fax - +966 11 464 2297 - from a Saudi clinic: Reem Saad Al-Qahtani, SCFHS licence SCFHS 19-R-0277319, psychologist applying to join our supervision group. Please check her details before we accept.', [('fax', '+966 11 464 2297'), ('name', 'Reem Saad Al-Qahtani'), ('licence', 'SCFHS 19-R-0277319')]),
    C("has anyone tried doing sessions while walking? a teenage client won't sit in a room but will talk on a walk"),
    C('Mali/Niger border, Mariama Issoufou Garba, Tillabéri Quartier Koira Tegui. Her brother disappeared in March. Phone +227 96 41 08 33.', [('name', 'Mariama Issoufou Garba'), ('place', 'Tillabéri Quartier Koira Tegui'), ('phone', '+227 96 41 08 33')]),
    C("Norah Kipchumba's DBS battery (Medtronic Percept, SN NWA731542N) is running low and she's panicking - neurology on leave until 12th of May.", [('name', 'Norah Kipchumba'), ('device', 'NWA731542N'), ('date', '12th of May')]),
    C('Parsi client Roshan Kaikhushroo Mistry, ninety and a half and proud of it, widowed, lives alone at Cusrow Baug Block C - her niece is my client.', [('name', 'Roshan Kaikhushroo Mistry'), ('age_over_89', 'ninety and a half and proud of it'), ('place', 'Cusrow Baug Block C')]),
    C("South Sudanese client Nyandeng Garang Deng, Kakuma Block 4 Zone 2, widow, her husband's cattle were raided in Jonglei.", [('name', 'Nyandeng Garang Deng'), ('place', 'Kakuma Block 4 Zone 2')]),
    C('the heat this week is unbearable, my office has no air con and clients are wilting. afternoon sessions moved online'),
    C("Anyone working with Bahraini, Kuwaiti or Omani clients who prefer English to Arabic in therapy? I'd love to hear how you handle family and religious content."),
    C('how do you pace trauma work when the client is still living in an unsafe situation? stabilisation feels endless'),
    C("Hi all. New one from the farm schools outreach: Pieter-Jan Kotzé, foreman on a wine estate near Rietvallei-Wes, drinking after his son's death. Afrikaans please.", [('name', 'Pieter-Jan Kotzé'), ('place', 'Rietvallei-Wes')]),
    C('Senegal: Fatou Diop Ndiaye, fish trader at the Hann Bel-Air quay, husband lost at sea on a pirogue to Spain. CNI 1 751 1988 00412. Wolof only.', [('name', 'Fatou Diop Ndiaye'), ('place', 'Hann Bel-Air quay'), ('ssn', '1 751 1988 00412')]),
    C('Nepal: Sunmaya Pariyar, Dalit, Syangja Ward 7 Bhirkot, returnee from Malaysia, husband drinking. eSewa 9846 318 204.', [('name', 'Sunmaya Pariyar'), ('place', 'Syangja Ward 7 Bhirkot'), ('account', '9846 318 204')]),
    C("what's everyone using for secure messaging now that the old app shut down?"),
    C('the new phone system keeps dropping calls at the 45-minute mark. brilliant for therapy, as you can imagine'),
    C('haenyeo client, Ko Sun-ok, ninety-two and still diving in summer, Hado-ri Jongdal, grief after her diving partner drowned.', [('name', 'Ko Sun-ok'), ('age_over_89', 'ninety-two and still diving in summer'), ('place', 'Hado-ri Jongdal')]),
    C("I'd recommend Bessel van der Kolk's The Body Keeps the Score with some caution - good for some, too much for others."),
    C('Nigeria: Chukwuemeka Obiora Nwosu, NIN 48172039164, trader at the spare parts market, Ladipo Mushin. GTBank account 0421873395 for the sliding-scale fee.', [('name', 'Chukwuemeka Obiora Nwosu'), ('ssn', '48172039164'), ('place', 'Ladipo Mushin'), ('account', '0421873395')]),
    C("Any thoughts on Cognitive Processing Therapy versus Prolonged Exposure for someone who can't tolerate imaginal work?"),
    C("Mamadou Lamine Sarr sends remittances by Wave to +221 77 418 30 62 - his mother in Ndiosmone Keur Ali. He's asking if therapy fees can be paid the same way.", [('name', 'Mamadou Lamine Sarr'), ('account', '+221 77 418 30 62'), ('place', 'Ndiosmone Keur Ali')]),
    C('Oman: Said bin Khalfan Al-Hinai, falaj farmer in Birkat al-Mawz Harat al-Yemen. Phone +968 9241 0837.', [('name', 'Said bin Khalfan Al-Hinai'), ('place', 'Birkat al-Mawz Harat al-Yemen'), ('phone', '+968 9241 0837')]),
    C('referral site https://ebangladesh-care.org/referral/4471 lists Tahmina Akter Munni from Mirpur Section 12 Block C - can anyone verify the org?', [('url', 'https://ebangladesh-care.org/referral/4471'), ('name', 'Tahmina Akter Munni'), ('place', 'Mirpur Section 12 Block C')]),
    C("client portal link: https://portal.sunbirdtherapy.co.za/c/90662 - that's Ayanda Mkhabela's file, please don't forward it", [('url', 'https://portal.sunbirdtherapy.co.za/c/90662'), ('name', 'Ayanda Mkhabela')]),
    C('Cambodia: Sokha Chhim Sreymom, Phum Prek Tamak Kandal, garment worker, microloan debt with land title as collateral.', [('name', 'Sokha Chhim Sreymom'), ('place', 'Phum Prek Tamak Kandal')]),
    C('Ndivhuwo Ramabulana wants the letter posted to Stand 1142, Tshakhuma Block B, 0951. Mum works at the fruit market.', [('name', 'Ndivhuwo Ramabulana'), ('street_address', 'Stand 1142'), ('place', 'Tshakhuma Block B'), ('zip_code', '0951')]),
    C("I'm looking for peers who work with gambling problems, especially online betting among young men."),
    C('is anyone else seeing more workplace bullying cases lately? feels like every third referral'),
    C("login from 110.44.118.203 (Nepal) at 3am on Binod Shrestha's account - he's asleep in Jorpati Gumba Tole, he says.", [('ip_address', '110.44.118.203'), ('name', 'Binod Shrestha'), ('place', 'Jorpati Gumba Tole')]),
    C('Help please. A pastor in Mutare Sakubva Section 3 has been "counselling" my client Rudo Chigwedere out of her antidepressants, saying sertraline is a spirit of doubt. She\'s a schoolteacher with a recurrent depressive history and relapsed badly after she stopped. How do you approach faith leaders without making her choose between us and her church?', [('place', 'Mutare Sakubva Section 3'), ('name', 'Rudo Chigwedere')]),
    C('do you charge for missed sessions when the reason is a funeral? i never know where to draw the line'),
    C('The Medical Council of India? No, the National Medical Commission now - anyone know its rules on tele-psychiatry prescribing?'),
    C('Korea: Kim Min-ji, RRN 920314-2035716, 마포구 월드컵로 12길 34, 03968, burnout, 80-hour weeks.', [('name', 'Kim Min-ji'), ('ssn', '920314-2035716'), ('street_address', '마포구 월드컵로 12길 34'), ('zip_code', '03968')]),
    C("Vanuatu licence VU-DL 33718 on the intake for Jimmy Tari Moli, truck driver, Luganville Sarakata Bridge end. Crash on 4/11/2023, he killed a dog and now can't drive.", [('licence', 'VU-DL 33718'), ('name', 'Jimmy Tari Moli'), ('place', 'Luganville Sarakata Bridge end'), ('date', '4/11/2023')]),
    C('Vietnamese-Australian Phạm Thị Thu Hà, nail salon, Cabramatta West John St end, phone 0412 905 337.', [('name', 'Phạm Thị Thu Hà'), ('place', 'Cabramatta West John St end'), ('phone', '0412 905 337')]),
    C("Amis client, Panay Kacaw Lafay, from Makotaay tribe settlement, fisherman's daughter, now in a factory up north.", [('name', 'Panay Kacaw Lafay'), ('place', 'Makotaay tribe settlement')]),
    C('Has anyone used Friendship Bench methods outside Zimbabwe? Curious how the problem-solving steps travel.'),
    C('Bangladesh: Rokeya Begum Chowdhury, NID 4618 203 993, Korail Bou Bazar, garment worker, fire at the factory.', [('name', 'Rokeya Begum Chowdhury'), ('ssn', '4618 203 993'), ('place', 'Korail Bou Bazar')]),
    C('HK FPS ID 162730554 for the group fee, Chan Ka-yan Winnie. thx', [('account', '162730554'), ('name', 'Chan Ka-yan Winnie')]),
    C('ok so rashid al-balushi al-zadjali from muttrah corniche old souk cancelled again, 3rd time. discharge? or keep door open', [('name', 'rashid al-balushi al-zadjali'), ('place', 'muttrah corniche old souk')]),
    C('Longish. I\'m supporting Aroha Te Rangi Hēnare-Walker, 37, who works on a kiwifruit orchard at Te Puke Rangiuru Road end and whose teenage son was stood down from kura after a fight. The school\'s email to her (tumuaki@kura-te-rangiuru.school.nz) asked for a letter "from his therapist" - but I\'m HER therapist, not his. She\'s got it in her head that I\'m failing him. How would you handle a whānau hui invitation when you only hold one person\'s story?', [('name', 'Aroha Te Rangi Hēnare-Walker'), ('place', 'Te Puke Rangiuru Road end'), ('email', 'tumuaki@kura-te-rangiuru.school.nz')]),
    C("a client's partner keeps sitting in the car outside during sessions. harmless or something to explore?"),
    C('Longer one, sorry. Dorcas Nkiruka Eze, 41, Nigerian-born nurse living in Mangere East Robertson Road end. She has a Medtronic pacemaker (SN PJN660712H) since a viral myocarditis and the device alarms at night have turned into a full panic disorder - she checks her pulse every 10 minutes. Cardiology say the device is fine. Has anyone done interoceptive exposure with someone whose heart really is monitored? Feels ethically delicate.', [('name', 'Dorcas Nkiruka Eze'), ('place', 'Mangere East Robertson Road end'), ('device', 'PJN660712H')]),
    C('Does Medibank, HCF or nib cover psychology under extras without a GP mental health plan? Clients keep asking me and I never know.'),
    C('Anyone know whether the Health Professions Council of Zambia or the Medical Council of Zimbabwe recognises online CPD from the British Psychological Society?'),
    C("Audit: 03/02/2025 07:15, record of Muthoni Njeri Gathoni printed at 41.90.182.44 - the coast office? we don't have a printer there.", [('date', '03/02/2025'), ('name', 'Muthoni Njeri Gathoni'), ('ip_address', '41.90.182.44')]),
    C('Ifugao client, Dulnuan Buyuccan Bahatan, Banaue Poitan rice terraces hamlet, terraces abandoned, kids all left.', [('name', 'Dulnuan Buyuccan Bahatan'), ('place', 'Banaue Poitan rice terraces hamlet')]),
    C('Ivorian client: Konan Kouassi Yao Blaise, cocoa cooperative at Sinfra Bazré. Chest pain with no findings, says the plantation is "watching him".', [('name', 'Konan Kouassi Yao Blaise'), ('place', 'Sinfra Bazré')]),
    C('The Tonga and Samoa diaspora groups in Queensland are asking for culturally safe therapists - any volunteers?'),
    C('Thailand: Somchai Inthawong, Thai ID 3-4105-00716-52-9, 99/12 Moo 4, Tambon Nong Han, 41137. Siriraj HN HN 2267-051/63.', [('name', 'Somchai Inthawong'), ('ssn', '3-4105-00716-52-9'), ('street_address', '99/12 Moo 4'), ('place', 'Tambon Nong Han'), ('zip_code', '41137'), ('medical_record', 'HN 2267-051/63')]),
    C('fulani herder client, Amadou Bah Diallo, moved his cattle from Wuro Sanga after the clashes - interpreter speaks Pulaar. He refuses to talk about the night itself.', [('name', 'Amadou Bah Diallo'), ('place', 'Wuro Sanga')]),
    C('Long, sorry. I\'ve got a 19-year-old, Tevite Havili Pulu, who came over from Tonga on a rugby scholarship to a boarding school and then got cut from the squad. He\'s now living with an uncle at Mangere Bridge Coronation Road end and the school\'s portal (https://pastoral.kingsgate-college.school.nz/student/tpulu) still shows him as a boarder. He talks about being "a shame to the family" a lot. I\'m Pākehā and I\'m wondering who in this group has Tongan cultural supervision available?', [('name', 'Tevite Havili Pulu'), ('place', 'Mangere Bridge Coronation Road end'), ('url', 'https://pastoral.kingsgate-college.school.nz/student/tpulu')]),
    C("running late, tell mele fifita-vaipulu in ha'apai lifuka hihifo i'll call at 4 her time pls", [('name', 'mele fifita-vaipulu'), ('place', "ha'apai lifuka hihifo")]),
    C('Egyptian client, Mina Girgis Boutros, Coptic, works in the ceramics kilns of Ezbet el-Nakhl Gharb. Phone +20 100 448 2197.', [('name', 'Mina Girgis Boutros'), ('place', 'Ezbet el-Nakhl Gharb'), ('phone', '+20 100 448 2197')]),
    C('Burgher client Desmond Van Langenberg-Toussaint, Sri Lankan, railway retiree, lives in Wellawatte Station Road end. Feels "nobody\'s".', [('name', 'Desmond Van Langenberg-Toussaint'), ('place', 'Wellawatte Station Road end')]),
    C('Singapore General MRN SGH 18-0447312 for Muthukumar s/o Raman, construction worker from India, fell from height, dorm in Tuas South Dormitory Block F.', [('medical_record', 'SGH 18-0447312'), ('name', 'Muthukumar s/o Raman'), ('place', 'Tuas South Dormitory Block F')]),
    C("Seeking consult. Sefo Leiataua Tuilagi, 52, Samoan matai living in Otara Ferguson Road end, was stripped of his title at a family fono and hasn't left the house since. His daughter contacted me via our website form (https://talanoa-wellbeing.nz/contact) and wants family sessions, but he won't come. Is it ever ok to see the family without him, and how do I avoid becoming part of the title dispute?", [('name', 'Sefo Leiataua Tuilagi'), ('place', 'Otara Ferguson Road end'), ('url', 'https://talanoa-wellbeing.nz/contact')]),
    C("how do you deal with a family member who keeps phoning between sessions? i've explained boundaries twice"),
    C("Siosaia Lolohea emailed siosaia.l@tonga-mail.to asking to reschedule to Tuesday 18 March. He's on Vava'u now.", [('name', 'Siosaia Lolohea'), ('email', 'siosaia.l@tonga-mail.to'), ('date', 'Tuesday 18 March')]),
    C('Vietnam: Nguyễn Thị Hồng Nhung Lưu, BHYT HS4017918204412, Số 18 ngõ 124 Hoàng Hoa Thám, phường Thụy Khuê. Letters to the ward office.', [('name', 'Nguyễn Thị Hồng Nhung Lưu'), ('health_plan', 'HS4017918204412'), ('street_address', 'Số 18 ngõ 124 Hoàng Hoa Thám'), ('place', 'phường Thụy Khuê')]),
    C("Zimbabwe ID 63-2209871 F 42 attached for Farai Gumbo. He's a cross-border trucker, truck AEK 4471, and the panic hits at the border every time.", [('ssn', '63-2209871 F 42'), ('name', 'Farai Gumbo'), ('vehicle', 'AEK 4471')]),
    C("Wallisian client: Malia Tuikalepa Falelavaki, Mata-Utu Hahake Aka'aka.", [('name', 'Malia Tuikalepa Falelavaki'), ('place', "Mata-Utu Hahake Aka'aka")]),
    C("how do you prepare for a first session with an interpreter you've never met?"),
    C('PNG: Kila Vagi Morea, General Hospital MR POMGH 0441827, Hanuabada Tatana, domestic violence, sorcery accusation against her mother.', [('name', 'Kila Vagi Morea'), ('medical_record', 'POMGH 0441827'), ('place', 'Hanuabada Tatana')]),
    C("Algeria: Kamel Boudiaf Chaoui, from Douar Tizi N'Bechar, Chaoui Berber, CNAS Chifa no. CHIFA 7810 4429 1033. His son left by boat.", [('name', 'Kamel Boudiaf Chaoui'), ('place', "Douar Tizi N'Bechar"), ('health_plan', 'CHIFA 7810 4429 1033')]),
    C('Cochlear implant Nucleus CI622, serial 5907261 for Rania Haddad Shami, 7, in Jabal Amman Second Circle. Parents want a Deaf-aware therapist.', [('device', '5907261'), ('name', 'Rania Haddad Shami'), ('place', 'Jabal Amman Second Circle')]),
    C('Bougainville: Theresa Jeru Kiriwe, Arawa Section 17, crisis-era widow, very clear she wants a woman.', [('name', 'Theresa Jeru Kiriwe'), ('place', 'Arawa Section 17')]),
    C("any recommendations for short mindfulness exercises that don't involve closing your eyes? a few clients find it unsafe"),
    C('For Queensland and the Northern Territory: the Social and Emotional Wellbeing framework from the National Aboriginal Community Controlled Health Organisation is worth rereading.'),
    C("Cameroon: Ngo Bikok Marie-Thérèse, Bamiléké in-laws, Quartier Madagascar Tsinga, widowhood rites - they want her to drink the water her husband's body was washed with. Phone +237 6 77 41 82 09.", [('name', 'Ngo Bikok Marie-Thérèse'), ('place', 'Quartier Madagascar Tsinga'), ('phone', '+237 6 77 41 82 09')]),
    C('how much do you tell a client about your holiday plans? i said "a family wedding" and they asked a lot of questions'),
    C('Iran: Parisa Mohammadi Lur, kod melli 041-782913-5, nomad Qashqai family camp near Kushk-e Zard. Tamin card TAMIN 5521908731.', [('name', 'Parisa Mohammadi Lur'), ('ssn', '041-782913-5'), ('place', 'Kushk-e Zard'), ('health_plan', 'TAMIN 5521908731')]),
    C("Hi all, a longer one. I'm seeing Akua Serwaa Boateng, Ghanaian nurse in the Gulf, who phoned from the staff villa at Al Wakrah Villa 7 compound. She was recruited through an agency whose site (https://www.gulfcare-nurses-recruit.com/apply) is still up, and her contract says she can't leave for two years. Panic at night, weight loss. Does anyone know the Qatari labour dispute route, and how far a foreign-registered therapist can go in writing a supporting letter?", [('name', 'Akua Serwaa Boateng'), ('place', 'Al Wakrah Villa 7 compound'), ('url', 'https://www.gulfcare-nurses-recruit.com/apply')]),
    C("Tips welcome: Fluoxetine, Escitalopram and Mirtazapine all have generics in Nigeria and Ghana, but supply is patchy. How do you plan when a client's drug runs out?"),
    C('does anyone have a cheat sheet on lithium monitoring for non-medical therapists?'),
    C('Afar referral, Hassan Ali Mohammed Daoud, salt caravan from Hamed Ela. Interpreter only by phone.', [('name', 'Hassan Ali Mohammed Daoud'), ('place', 'Hamed Ela')]),
    C("The Ahpra renewal deadline is the end of November - don't forget CPD logs, they audited two people I know."),
    C("Consultation request. Ayşe Demirci Karaca, 45, Turkish-Cypriot? no, mainland Turkish, in Australia, runs a kebab shop in Meadow Heights Paringa Blvd end. Her husband's gambling took the house. The bank sent a letter threatening the shop, and the financial counsellor's fax is (03) 9309 4471. She wants couples sessions but he won't engage. Any good gambling resources in Turkish?", [('name', 'Ayşe Demirci Karaca'), ('place', 'Meadow Heights Paringa Blvd end'), ('fax', '(03) 9309 4471')]),
    C("plot Plot 44 Kisasi Road, Kyanja Ring Road - that's where Nakato Ssemanda lives, she says the landlord's son is harassing her", [('street_address', 'Plot 44 Kisasi Road'), ('place', 'Kyanja Ring Road'), ('name', 'Nakato Ssemanda')]),
    C("Gogo MaNgema Dube is ninety-four this winter and raised all five grandchildren in Mpumalanga Unit 4 - the middle one is my client. How do you work with a grandparent's authority without undermining the mother?", [('name', 'MaNgema Dube'), ('age_over_89', 'ninety-four this winter'), ('place', 'Mpumalanga Unit 4')]),
    C('Solomons? no, Vanuatu - Kalo Tamata Natapei, Mele Maat Nouvel, cyclone wrecked the house. Phone +678 541 8209.', [('name', 'Kalo Tamata Natapei'), ('place', 'Mele Maat Nouvel'), ('phone', '+678 541 8209')]),
    C("is it just me or has everyone's waitlist doubled since the new year? i have 40 people waiting and two slots"),
    C('i keep getting referrals for couples where only one person speaks the language i speak. how do you handle that?'),
    C("Audit trail 2025-01-07 14:02 - admin@nileview-counselling.eg from 197.246.11.52 changed the intake form for Nour El-Din Saber. I didn't authorise it.", [('date', '2025-01-07'), ('email', 'admin@nileview-counselling.eg'), ('ip_address', '197.246.11.52'), ('name', 'Nour El-Din Saber')]),
    C('Eid al-Adha is early this year and a few clients will travel. Plan your cover now, please.'),
    C("Long request. Linh Boyle-Nguyen, 29, Vietnamese-Australian paramedic in Springvale South Heatherton Road end, was first on scene at a house fire with children. Ambulance Victoria's EAP gave her four sessions. Her rostering portal (https://roster.av-staffhub.net/user/lboyle) keeps showing her as fit for duty. She wants me to write to them. Has anyone dealt with AV's return-to-work process?", [('name', 'Linh Boyle-Nguyen'), ('place', 'Springvale South Heatherton Road end'), ('url', 'https://roster.av-staffhub.net/user/lboyle')]),
    C('Her address for the letter: 27 Msenge Crescent, Site C Khayelitsha, 7786. Name Zanele Mgqibelo. Thank you!', [('street_address', '27 Msenge Crescent'), ('place', 'Site C Khayelitsha'), ('zip_code', '7786'), ('name', 'Zanele Mgqibelo')]),
    C('Our team is debating Solution-Focused Brief Therapy versus Cognitive Behavioural Therapy for Kenyan secondary school counsellors. Steve de Shazer or Aaron Beck - which travels better?'),
    C('is there a shared template for discharge letters? i keep rewriting mine from scratch'),
    C('Asking for a friend-colleague (long). Her client, Ihsan Yousef Qandil, is a Gazan student who got out and now lives in Shmeisani Abdul Hamid Sharaf St end in Jordan. His family is still inside. His login to our platform came from 94.127.214.66 and the platform blocked it as "high-risk region" even though he\'s in Jordan. Who else has had tele-platforms blocking refugees?', [('name', 'Ihsan Yousef Qandil'), ('place', 'Shmeisani Abdul Hamid Sharaf St end'), ('ip_address', '94.127.214.66')]),
    C('Noongar client, Ngarra Winmar-Collard, Unit 4/18 Koolyanga Way, Brentwood Heights WA 6153. hospital URN RPH 6602917. Stolen Generations family.', [('name', 'Ngarra Winmar-Collard'), ('street_address', 'Unit 4/18 Koolyanga Way'), ('place', 'Brentwood Heights'), ('zip_code', '6153'), ('medical_record', 'RPH 6602917')]),
    C('has anyone found a way to do homework with clients who work 12-hour shifts? everything i suggest feels like another chore'),
    C('Our Gauteng practice IP 105.233.41.18 was blocked by the medical aid portal. Anyone else?', [('ip_address', '105.233.41.18')]),
    C('Norfolk Island: Daphne Christian-Quintal, ninety-seven in Bounty Day week, widow, son is the client. Tiny community, nothing identifying please.', [('name', 'Daphne Christian-Quintal'), ('age_over_89', 'ninety-seven in Bounty Day week')]),
    C('Anyone using Headspace or Calm with clients and finding it helpful? Mine mostly forget after a week.'),
    C('Long, apologies. I\'m seeing Nasrin Akhter Rahman, a Bangladeshi-born PhD student in NZ whose scholarship was frozen after she disclosed a depression diagnosis on a form. She lives in university housing at Ilam Village Block D. The university\'s disability office is at access.office@canterbury-students.ac.nz? - I\'m not sure that\'s right, ignore the email - I\'m asking how others have framed a letter about "fitness to study" without making it sound like a risk assessment.', [('name', 'Nasrin Akhter Rahman'), ('place', 'Ilam Village Block D'), ('email', 'access.office@canterbury-students.ac.nz')]),
    C('the group chat is great but can we keep case discussions to the weekly call? a few things got too detailed'),
    C('Bugis sailor, Andi Baso Mappasessu, pinisi crew, Tana Beru Lemo-Lemo, lost at sea for 9 days.', [('name', 'Andi Baso Mappasessu'), ('place', 'Tana Beru Lemo-Lemo')]),
    C("Reading: Vikram Patel's Where There Is No Psychiatrist, second edition. Excellent for community workers."),
    C('China: Li Xiuying, resident ID 410482197903158427, 建设路128号3栋502, left-behind mother of a migrant worker, Xiaowan village, Henan.', [('name', 'Li Xiuying'), ('ssn', '410482197903158427'), ('street_address', '建设路128号3栋502'), ('place', 'Xiaowan village')]),
    C('Hausa speaker wanted - Hauwa Ibrahim Danjuma, Unguwar Rimi Tudun Wada, married at 15, now 22 with three kids. NHIA no NHIA-KD-0472918.', [('name', 'Hauwa Ibrahim Danjuma'), ('place', 'Unguwar Rimi Tudun Wada'), ('health_plan', 'NHIA-KD-0472918')]),
    C('Good resource: the Mental Health Gap Action Programme (mhGAP) guide has a section on psychosis in primary care.'),
    C('Kurdish client, Shilan Omar Karim Barzinji, Bakrajo Ashti Quarter, mother of four, husband a peshmerga veteran. Phone +964 770 563 2296.', [('name', 'Shilan Omar Karim Barzinji'), ('place', 'Bakrajo Ashti Quarter'), ('phone', '+964 770 563 2296')]),
    C('Ilocano client Rogelio Agbayani Pascua from Sitio Nagbukel, Brgy. Lumbaan, garlic farmer, son OFW in Saudi.', [('name', 'Rogelio Agbayani Pascua'), ('place', 'Sitio Nagbukel, Brgy. Lumbaan')]),
    C('Leng Vang Lor, Hmong from Laos - her DOB 12/09/1961 on the form. anyway she wants a female interpreter.', [('name', 'Leng Vang Lor'), ('date', '12/09/1961')]),
    C('the interpreter cancelled for the third time this month, and the client travelled two hours. so frustrating'),
    C("does anyone have a good script for the first phone call with a parent who didn't want the referral in the first place?"),
    C('Rwanda referral: Uwimana Claudine Mukeshimana - ID 1 1988 7 0041822 1 57 - from Nyamirambo Rwarutabura, a genocide anniversary in April always hits hard. RAMA card RAMA 00483-2219.', [('name', 'Uwimana Claudine Mukeshimana'), ('ssn', '1 1988 7 0041822 1 57'), ('place', 'Nyamirambo Rwarutabura'), ('health_plan', 'RAMA 00483-2219')]),
    C('Ethiopian-Israeli teen Avraham Worku Tsegaye, Kiryat Malakhi Neve Rabin, Sheba MRN SHEBA 7741290. Racism at school.', [('name', 'Avraham Worku Tsegaye'), ('place', 'Kiryat Malakhi Neve Rabin'), ('medical_record', 'SHEBA 7741290')]),
    C('Mekong delta client Trần Văn Lộc, ấp Tân Phú Đông, lost the shrimp farm to salt water. Phone +84 91 660 3728.', [('name', 'Trần Văn Lộc'), ('place', 'ấp Tân Phú Đông'), ('phone', '+84 91 660 3728')]),
    C('Bajau client, Sahirin Jumdail Abdulla, stilt house at Kampung Bangau-Bangau Semporna, stateless, no papers at all.', [('name', 'Sahirin Jumdail Abdulla'), ('place', 'Kampung Bangau-Bangau Semporna')]),
    C('Guam? - no, Yap: Tamag Gilmar Fathal, Gagil Wanyan, stone money land dispute with the uncles.', [('name', 'Tamag Gilmar Fathal'), ('place', 'Gagil Wanyan')]),
    C("Quick check: does quetiapine at 25 mg really help sleep or is that folk wisdom now? Asking for a client's GP."),
    C('looking for advice on setting up a small peer supervision group - how many people, how often?'),
    C('Kimberley: Jandamarra Cox Bedford, Mowanjum Community Lot 12, cattle station stockman. Phone (08) 9191 6027.', [('name', 'Jandamarra Cox Bedford'), ('place', 'Mowanjum Community Lot 12'), ('phone', '(08) 9191 6027')]),
    C("A longer question on elders. I'm seeing the carer, Chandrika Wickramasinghe, whose mother is ninety-six last Vesak and still lives in the family walauwa at Ambalangoda Maha Ambalangoda Uda. The brothers in Australia send money but never visit, and my client has put her own marriage on hold for 11 years. She asked me, half joking, whether it's a sin to wish her mother would go. How would you open that up?", [('name', 'Chandrika Wickramasinghe'), ('age_over_89', 'ninety-six last Vesak'), ('place', 'Ambalangoda Maha Ambalangoda Uda')]),
    C('Taiwan: Lin Mei-hua Chiang, ID F228471039, NHI card NHI 0000 6231 0785, 中正路二段128巷5號3樓, 40341. Caregiver burnout, mother with dementia.', [('name', 'Lin Mei-hua Chiang'), ('ssn', 'F228471039'), ('health_plan', 'NHI 0000 6231 0785'), ('street_address', '中正路二段128巷5號3樓'), ('zip_code', '40341')]),
    C('Mohamed Rizwan Marikar, Sri Lankan Muslim, Easter attacks aftermath at work, lives in Kattankudy Division 4. Phone +94 77 306 8841.', [('name', 'Mohamed Rizwan Marikar'), ('place', 'Kattankudy Division 4'), ('phone', '+94 77 306 8841')]),
    C('Mozambican client, Albertina Macuácua, born in Chibuto-Sede, works as a domestic in Gauteng, BI number 110102847521B. Speaks Changana and some Portuguese.', [('name', 'Albertina Macuácua'), ('place', 'Chibuto-Sede'), ('ssn', '110102847521B')]),
    C("how do you manage when a client's story echoes your own family? mine did today and i went a bit blank"),
    C('Karen refugee client in Mae La Zone C Section 4: Naw Eh Htoo Paw Ler, 16, no school since grade 7.', [('place', 'Mae La Zone C Section 4'), ('name', 'Naw Eh Htoo Paw Ler')]),
    C('The Psychotherapy and Counselling Federation of Australia has a new telehealth guideline. Anyone read it?'),
    C('Tip: the Edinburgh Postnatal Depression Scale has a validated Amharic version, I found it via a university library.'),
    C('For the Pacific practice group: Fonofale, Te Whare Tapa Whā and the Kakala framework all come up in Ministry of Health training. Which do you actually use with Tongan and Samoan families in New Zealand?'),
    C('Shan client, Sai Kham Leng, Wan Hai Loi Tai, fled conscription, now in Thailand with no papers.', [('name', 'Sai Kham Leng'), ('place', 'Wan Hai Loi Tai')]),
    C("does anyone else feel guilty charging full fees to people who clearly can't afford it?"),
    C("honest question: how many clients a week is sustainable for you? i'm at 28 and exhausted"),
    C("Help with a letter, long. My client Sadia Noor Baloch, 30, teacher, was in a bus accident on the coastal highway on 17-10-2024 and lost her left foot. Her prosthetist's invoice and the device serial (Össur Pro-Flex, SN PX-440193) are needed for the insurer. She's in Sindh. The insurer keeps asking ME for the serial, which feels outside my role. How do others draw the line with insurers like this?", [('name', 'Sadia Noor Baloch'), ('date', '17-10-2024'), ('device', 'PX-440193')]),
    C('PNG? - no, Solomon Islands DL SB-DL 055817 on the intake form for Walter Maelalo Rove, ferry deckhand from Auki Lilisiana. Ferry sank last year.', [('licence', 'SB-DL 055817'), ('name', 'Walter Maelalo Rove'), ('place', 'Auki Lilisiana')]),
    C("Has anyone used the PHQ-9 with clients who fast during Ramadan? Scores jump every year and I'm not sure how much is sleep."),
    C('Maharashtra plate MH 12 RT 4081 - the car of Sanket Dattatray Jadhav, delivery driver, his father keeps calling the clinic. What are our obligations?', [('vehicle', 'MH 12 RT 4081'), ('name', 'Sanket Dattatray Jadhav')]),
    C('Hong Kong: Wong Siu-ming, HKID K702615(3), Sham Shui Po Pei Ho Street subdivided flat, Queen Mary HN HN05993016(2).', [('name', 'Wong Siu-ming'), ('ssn', 'K702615(3)'), ('place', 'Sham Shui Po Pei Ho Street'), ('medical_record', 'HN05993016(2)')]),
    C("I'm looking for a Māori cultural supervisor for a Pākehā colleague - happy to pay, online is fine."),
    C('Nauru: Eigigu Detudamo Harris, phosphate pit worker, Denig Location B. Refugee processing centre worker too - moral injury.', [('name', 'Eigigu Detudamo Harris'), ('place', 'Denig Location B')]),
    C('Kyrgyz: Aizada Toktogulova Sydykova, Kochkor Ak-Kyia ail, ala kachuu bride kidnapping 2 years ago, wants to leave.', [('name', 'Aizada Toktogulova Sydykova'), ('place', 'Kochkor Ak-Kyia ail')]),
    C('Gambian Lamin Ceesay Jobe came back via the "backway", lives in Bakoteh Manjai, very ashamed - family spent everything on the journey.', [('name', 'Lamin Ceesay Jobe'), ('place', 'Bakoteh Manjai')]),
    C("The Lancet Commission on Global Mental Health, the WHO World Mental Health Report and UNHCR's guidance all say the same thing about task-sharing. Is anyone actually funded for it?"),
    C('Maldivian client, Aishath Shiuna Mohamed, resort housekeeper, Hulhumalé Phase 2 Lot 11. Drugs in the family.', [('name', 'Aishath Shiuna Mohamed'), ('place', 'Hulhumalé Phase 2 Lot 11')]),
    C('a teen client showed me a video of a fight at school on her phone - did I do wrong by watching it?'),
    C('a mother asked me to tell her what her 16-year-old said in session. i said no, she cried, i felt awful'),
    C('UPDATE from Lindani Cele: new date for the group is Mon 10/03/2025 and the zoom is on https://zoom.us/j/84730516221 - pls do not forward', [('name', 'Lindani Cele'), ('date', 'Mon 10/03/2025'), ('url', 'https://zoom.us/j/84730516221')]),
    C('Sorry, long one. I run a group for Pacific mums at a church hall and one of them, Litia Naulu Koroi from Raiwaqa Block 9, asked me privately whether what her husband does "counts" as violence. He takes her wages, checks her phone and once locked her out overnight. I\'m worried about safety if she\'s seen with me. Our group booking page is https://nasinu-mothers.org.fj/group - should I take her off the public list?', [('name', 'Litia Naulu Koroi'), ('place', 'Raiwaqa Block 9'), ('url', 'https://nasinu-mothers.org.fj/group')]),
    C("Long story short: Hira Naz Qureshi, 31, a doctor from Pakistan doing her licensing exams in the Gulf, lives in a shared flat at Al Nahda 2 Building 14. Her DHA application was rejected because of a gap that was actually a depressive episode, and she wants me to write to the licensing body. I'd be disclosing her history to a regulator. Her email is dr.hira.qureshi@gmail.com if anyone wants to take over - I'm leaving the region in April.", [('name', 'Hira Naz Qureshi'), ('place', 'Al Nahda 2 Building 14'), ('email', 'dr.hira.qureshi@gmail.com')]),
    C("Bedouin client, Salma Abu Kaf Al-Atrash, unrecognised village Wadi el-Na'am Alef, Negev. Husband took a second wife.", [('name', 'Salma Abu Kaf Al-Atrash'), ('place', "Wadi el-Na'am Alef")]),
    C("Tonga: Sione Fonua Tu'ipulotu, kava farmer in Kolonga Fua'amotu, Tongan DL TGA-30957.", [('name', "Sione Fonua Tu'ipulotu"), ('place', "Kolonga Fua'amotu"), ('licence', 'TGA-30957')]),
    C('Youssef El Amrani Idrissi lives at Rue 17 N° 42, Hay Mohammadi Derb Moulay Cherif, 20578. Tel +212 661 40 29 73. Works at the tannery.', [('name', 'Youssef El Amrani Idrissi'), ('street_address', 'Rue 17 N° 42'), ('place', 'Hay Mohammadi Derb Moulay Cherif'), ('zip_code', '20578'), ('phone', '+212 661 40 29 73')]),
    C("is it unethical to see two cousins separately? they both asked for me and they don't get along"),
    C("our office is moving next month, i'll post the new details to the group privately once it's confirmed"),
    C('Hi - sorry for the rush - Bizimana Léonce from Kamenge Quartier 7, Burundi, asylum case, interview 14 janvier 2025. Can anyone write a short clinical letter?', [('name', 'Bizimana Léonce'), ('place', 'Kamenge Quartier 7'), ('date', '14 janvier 2025')]),
    C("Lesotho: 'Mathabo Mokhehle from Ha Mothae, husband working in the mines in Gauteng, 3 kids. She's asking for phone sessions only.", [('name', "'Mathabo Mokhehle"), ('place', 'Ha Mothae')]),
    C("Long one, apologies. I've been seeing Farida Yusupova Karimova, an Uzbek nurse who came to Korea on an E-9 visa and ended up in a fish-processing plant near Guryongpo Samjeong-ri. Her supervisor holds her passport and she's been sending money home through a broker. She wants a letter for the labour office by 28 February 2025. I've never written one for Korea - does the letter need my licence number (KCPA 2017-0394) and does anyone have a template in English that the office accepts?", [('name', 'Farida Yusupova Karimova'), ('place', 'Guryongpo Samjeong-ri'), ('date', '28 February 2025'), ('licence', 'KCPA 2017-0394')]),
    C('Uyghur client, Mehray Tursun Abdukerim, no contact with family since 2017, lives in Turkey now - Zeytinburnu Sümer Mahallesi.', [('name', 'Mehray Tursun Abdukerim'), ('place', 'Zeytinburnu Sümer Mahallesi')]),
    C('San client, Xhao N!aici Kxao, Tsumkwe Den/ui village, tracker who lost work when the conservancy changed hands.', [('name', 'Xhao N!aici Kxao'), ('place', 'Tsumkwe Den/ui village')]),
    C('Singapore: Tan Hui Ling Joanne, NRIC S8830261J, Blk 431 Jurong West St 42 #08-217, S640431. PayNow 9027 6613.', [('name', 'Tan Hui Ling Joanne'), ('ssn', 'S8830261J'), ('street_address', 'Blk 431 Jurong West St 42 #08-217'), ('zip_code', 'S640431'), ('account', '9027 6613')]),
    C('Kebalemetse Molefhe, Omang 437218906, teacher at Letlhakeng Junior Secondary - burnout after the exam leak. BOMAID number BM 7730412-01.', [('name', 'Kebalemetse Molefhe'), ('ssn', '437218906'), ('place', 'Letlhakeng Junior Secondary'), ('health_plan', 'BM 7730412-01')]),
    C("Anyone trained in Narrative Exposure Therapy? Looking for a co-facilitator for a refugee women's group starting in September."),
    C("Samoan fa'amatai dispute, Tauiliili Aperaamo Faleolo, Falealupo-tai. The chief title is contested and he's depressed.", [('name', 'Tauiliili Aperaamo Faleolo'), ('place', 'Falealupo-tai')]),
    C("Mayotte: Faïza Ousseni Attoumani, Kawéni Mahabourini, cyclone Chido destroyed the banga, she's 17 and alone with her siblings.", [('name', 'Faïza Ousseni Attoumani'), ('place', 'Kawéni Mahabourini')]),
    C("i've been asked to give a talk to a mothers' group at a mosque - any tips on keeping it practical?"),
    C("Jackson Anak Ngumbang, Iban, longhouse? no - he's in the flats at Kampung Sungai Maong Ulu, oil palm estate driver, plate QSA 6039 K.", [('name', 'Jackson Anak Ngumbang'), ('place', 'Kampung Sungai Maong Ulu'), ('vehicle', 'QSA 6039 K')]),
    C("we had a lovely moment in group today when two strangers realised they'd lost children the same year"),
    C('Laz client, Temel Hopalı Koçak, tea grower in Çamlıhemşin Ortan Köyü. SGK no. SGK 4419023178.', [('name', 'Temel Hopalı Koçak'), ('place', 'Çamlıhemşin Ortan Köyü'), ('health_plan', 'SGK 4419023178')]),
    C('Does the HPCSA allow online supervision for intern psychologists now, or is it still face to face only?'),
    C("Kadazan client, Rosalind Gimbang Majanil, rice wine at home, husband's liver failing. Touch 'n Go eWallet +60 12-775 3016 for fees.", [('name', 'Rosalind Gimbang Majanil'), ('account', '+60 12-775 3016')]),
    C('quick q - tendai mupfumira-chikowore from glen view 7 wants to do sessions by WhatsApp from home, is that ok with our indemnity? (sorry, from zim, not sure about cross-border)', [('name', 'tendai mupfumira-chikowore'), ('place', 'glen view 7')]),
    C('Has anyone used the Harvard Trauma Questionnaire with Cambodian or Vietnamese clients lately?'),
    C('Morocco: Fatima-Zahra Oubella, CIN JB 418327, argan cooperative near Douar Tamri Aït Bouguemez. Speaks Tashelhit, some Darija.', [('name', 'Fatima-Zahra Oubella'), ('ssn', 'JB 418327'), ('place', 'Douar Tamri Aït Bouguemez')]),
    C('lol our wifi again - the portal banned 41.139.22.187 which is the office, not a hacker. anyway amina wanjala from kibera laini saba needs moving to thursday', [('ip_address', '41.139.22.187'), ('name', 'amina wanjala'), ('place', 'kibera laini saba')]),
    C("From the Kenyan counsellors' board - please confirm registration CPB/R/2021/0883 for Wairimu Gitau before she joins the supervision list.", [('licence', 'CPB/R/2021/0883'), ('name', 'Wairimu Gitau')]),
    C('Wiradjuri man Darcy Ingram-Towney from Erambie Mission, shearer, back pain and drinking. NSW licence NSW 17730264.', [('name', 'Darcy Ingram-Towney'), ('place', 'Erambie Mission'), ('licence', 'NSW 17730264')]),
    C('Black Sea coast. Plate 53 KT 418, Hasan Uzunoğlu drives a minibus, hit a pedestrian in the rain.', [('vehicle', '53 KT 418'), ('name', 'Hasan Uzunoğlu')]),
    C('Pakistan: Saima Bibi Khokhar, House 617, Street 38, G-9/2, 44090. Lady Health Worker, threatened during the polio campaign.', [('name', 'Saima Bibi Khokhar'), ('street_address', 'House 617, Street 38'), ('place', 'G-9/2'), ('zip_code', '44090')]),
    C('Does Discovery Health still cap psychology sessions under the PMB rules, or has that changed this year?'),
    C("we're building a list of low-cost legal aid contacts - please add any you trust in the shared doc, no client details"),
    C("insulin pump - Omnipod, PDM PD29016384 - Hoang Minh Tuan, 15, diabulimia? The endo isn't sure.", [('device', 'PD29016384'), ('name', 'Hoang Minh Tuan')]),
    C('Swazi client Sibusiso Dlamini-Simelane, lives at Ka-Lobamba Nkhaba, lost his sugarcane job. No landline, his cell is +268 7633 9105.', [('name', 'Sibusiso Dlamini-Simelane'), ('place', 'Ka-Lobamba Nkhaba'), ('phone', '+268 7633 9105')]),
    C('Anyone know if Southern Cross covers counselling with a provisional psychologist in New Zealand?'),
    C("I've been asked to supervise a new graduate - what's a fair hourly rate these days?"),
    C('My client Nkosinathi Hlongwane - PSIRA reg PSIRA 3318201 - security guard, held up twice this year at the same mall. Hypervigilance is eating his marriage.', [('name', 'Nkosinathi Hlongwane'), ('licence', 'PSIRA 3318201')]),
    C("Naga client, Vitsolie Kense, from Jotsoma Upper Khel, wants a counsellor who isn't from the same village. Obviously.", [('name', 'Vitsolie Kense'), ('place', 'Jotsoma Upper Khel')]),
    C('Is anyone running Interpersonal Psychotherapy groups in Uganda or Kenya? I read about the StrongMinds model.'),
    C("Angola: Esperança Kiala Capemba, Bairro Cazenga Tala Hady, husband a zungueira's ex, violence. BI 006615298LA042.", [('name', 'Esperança Kiala Capemba'), ('place', 'Bairro Cazenga Tala Hady'), ('ssn', '006615298LA042')]),
    C('Assyrian client in Ankawa Hay al-Askari: Ninos Yonan Shamoon, church caretaker, flashbacks from 2014.', [('place', 'Ankawa Hay al-Askari'), ('name', 'Ninos Yonan Shamoon')]),
    C("Telehealth link for Priyanka Balasubramanian: https://meet.mindbridge.sg/r/pb-20250213 - session Thursday 13 Feb, please don't paste elsewhere", [('name', 'Priyanka Balasubramanian'), ('url', 'https://meet.mindbridge.sg/r/pb-20250213'), ('date', 'Thursday 13 Feb')]),
    C('Brunei: Dayang Nurhafizah binti Awang Tengah, Kampong Ayer Saba Darat, water village, wants no one from the village to know.', [('name', 'Dayang Nurhafizah binti Awang Tengah'), ('place', 'Kampong Ayer Saba Darat')]),
    C('my client wants to record our sessions on their phone to listen back later - yes or no?'),
    C("Reading group notes: Arthur Kleinman's The Illness Narratives and Byron Good's Medicine, Rationality and Experience, for the November session."),
    C('Can I get a second opinion? Masego Seretse, Tsholofelo Extension, daughter of a cattle farmer. Very flat since the foot-and-mouth cull took the whole herd.', [('name', 'Masego Seretse'), ('place', 'Tsholofelo Extension')]),
    C('can we move the peer group to the second week of the month? the first week clashes with school pickups for three of us'),
    C('Kalash girl Shaira Gul Kalasha, Bumburet Anish - anyone with experience? Family wants her married before she finishes school.', [('name', 'Shaira Gul Kalasha'), ('place', 'Bumburet Anish')]),
    C('Is anyone accredited in EMDR through EMDRIA or EMDR Europe who would do consultation hours?'),
    C("Habimana Jean-Bosco drives a moto, plate RD 417 K, lives in Kimisagara Nyabugogo. Crash in June, won't ride now, no other income.", [('name', 'Habimana Jean-Bosco'), ('vehicle', 'RD 417 K'), ('place', 'Kimisagara Nyabugogo')]),
    C("re: fees - i've put mine up by 8% this year and lost nobody, for what it's worth"),
    C('my client\'s employer called me asking for "an update". obviously i said nothing. should i tell the client?'),
    C('Please note address 14 Adeyemo Alakija Close, Off Awolowo Road Ikoyi, 101919 - client Oluwaseun Adeyemo-Bakare asked for the report there, not the office.', [('street_address', '14 Adeyemo Alakija Close'), ('place', 'Off Awolowo Road Ikoyi'), ('zip_code', '101919'), ('name', 'Oluwaseun Adeyemo-Bakare')]),
    C('Kachin client, Lahtaw Seng Hkawn, jade mine landslide, lost two brothers. Hpakant Seng Tawng.', [('name', 'Lahtaw Seng Hkawn'), ('place', 'Hpakant Seng Tawng')]),
    C('Rohingya client, Nur Kalima Begum Sayedul, Kutupalong Camp 1W Block D, teen mother. Female interpreter, Rohingya not Chittagonian.', [('name', 'Nur Kalima Begum Sayedul'), ('place', 'Kutupalong Camp 1W Block D')]),
    C('just a reminder that cameras on is preferred in the case call, but audio only is fine if your connection is bad'),
    C("Tamil Nadu referral: Selvi Murugesan Karuppiah, Door No. 4/112, Kamarajar Salai, Ayyappa Nagar, 625014. Power loom worker, husband's debts to a money lender.", [('name', 'Selvi Murugesan Karuppiah'), ('street_address', 'Door No. 4/112, Kamarajar Salai'), ('place', 'Ayyappa Nagar'), ('zip_code', '625014')]),
    C('Lao client, Khamla Phommachanh Keomany, Ban Nongbone Tai, UXO accident killed her son in the field.', [('name', 'Khamla Phommachanh Keomany'), ('place', 'Ban Nongbone Tai')]),
    C('Audit log 03:12 user b.sithole@ikhwezicare.co.za from 196.25.118.47 exported the intake sheet for client Busisiwe Sithole-Mkhize - was that one of us?', [('email', 'b.sithole@ikhwezicare.co.za'), ('ip_address', '196.25.118.47'), ('name', 'Busisiwe Sithole-Mkhize')]),
    C('Diwali week is always heavy for my clients with estranged families. Anyone running a support evening?'),
    C("does anyone use a sliding scale that doesn't feel awkward to explain? mine always sounds like an apology"),
    C("Tiwi client Marcellina Puruntatameri Kerinaiua, Wurrumiyanga Section 2, footy star's sister, suicide cluster on the island last year.", [('name', 'Marcellina Puruntatameri Kerinaiua'), ('place', 'Wurrumiyanga Section 2')]),
]

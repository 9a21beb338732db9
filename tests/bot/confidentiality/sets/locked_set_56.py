"""FIFTY-SIXTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not run git log at all (no commit message or diff of any
commit was read), and did not read bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or the snippets
of eval_set.py, dev_extra.py, locked_set.py or locked_set_2.py ...
locked_set_55.py (set 57, written at the same time in another worktree,
was not seen at all).  What was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_54.py and locked_set_52.py
(the dense sets this one is modelled on), each printed once up to its
closing triple quote (none of their cases), and of locked_set_55.py only
its settings paragraph and the first lines of its list of local
identifier formats (its docstring was piped once through a grep that
printed those lines and nothing else of it); the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and,
in the same command but separately, its last three lines (two snippets,
for the file format; none of their sentences was copied), with the
EvalCase dataclass and PATTERN_CATEGORIES in eval_set.py (exactly lines
29-41, nothing else of that file); and
tests/bot/confidentiality/test_locked_sets.py (the data integrity
checks, which hold no snippets).  One small slip is stated here: the
docstring of locked_set_54.py was printed in the same command as a
three-line "git status" of this worktree (branch name and a clean
tree).  No reading was cut by the terminal or printed twice, and no
other slip occurred.  The header of this file (the import of EvalCase,
the alias "C = EvalCase" and the name LOCKED56_CASES) was written from
the format of set 13's tail and the test's module and attribute names,
not read from another set.  The overlap filter described below imported
the earlier sets and printed only this set's own clashing strings.  The
only test run was test_locked_sets.py (selected with -k 56); ruff was
run on this file and on that test file.  Every snippet is set in Africa,
Asia, the Middle East and Oceania (and diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit, as a consultation request or a chat message to peers in a
therapists' consultation group, dense with capitalised terms like sets
52 and 54, with settings chosen to differ from sets 52-55's: the Derna
dam flood, the Al Haouz quake, Zahedan's Bloody Friday, Abadan's
Metropol tower, the Machchhu bridge at Morbi, the Odisha rail crash, a
satsang stampede, the Soma mine, the February 2023 quakes in Antakya, the
North Lebanon boat sinking, Aqaba's chlorine tank, the Nasiriyah COVID
ward fire, Marib's camps, Gorkha's Barpak, a Dhaka restaurant-block fire,
the Easter attacks, the Peshawar school attack, the Herat quakes, the
Hpakant jade landslide, the 2025 Mandalay quake, Tham Luang, a Selangor
campsite landslide, the West Java quake, Semeru's eruption, Odette,
Yagi's Lang Nu flood, Henan's subway flood, the Hualien quake, Atami's
mudslide, the Kyoto Animation arson, the Aricell battery fire, the Jeju
Air crash, Osh 2010, the Northern Rivers floods, East Gippsland on New
Year's Eve 2019, the island eruption of December 2019, the Enga
landslide, Gita and Hunga in Tonga, the 2009 Samoa tsunami, the Port
Vila quake, Marshallese nuclear families, a Palau drink-driving crash,
the K5 junction truck bomb, the Rwenzururu palace attack, the MV Bukoba
and the Spice Islander, the 2017 Regent mudslide, the Lekki tollgate,
the Kumba school attack, Cabo Delgado, Tigray, West Darfur, Khartoum's
war, the Kabylie fires, a Scenery Park tavern, the Nakuru flash flood,
the Kuriga abductions, Kakuma, a Duqm bus, the Al Ain flood, Khan
Younis, an Impala Bafokeng shaft, the TRP game zone fire, a Khương Đình
mini-apartment fire, Nguenyyiel camp, a Hanalei flood and Cyclone
Tracy's drills; with short referral lines, rushed lower-case chat (seven
identifier snippets write names or places in lower case), faxes,
portal, audit and telehealth logs, and longer narrative requests with
the identifiers mid-sentence (eight of 291-433 characters).  61 of the
identifier snippets hold only a name and/or a place, written as
ordinary consultation prose or questions to peers, often with the name
at the start of a sentence or mid-sentence and no cue word before it.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository (/tmp/set56work/) with the planted
spans marked inline, and a script there only stripped the marks into the
expected lists, checked lengths, token boundaries, duplicate spans and
duplicate snippets, measured the clean density, checked overlap with
the earlier sets, shuffled the order with a fixed seed and wrote this
file.  Every later edit was typed by hand as a find-and-replace pair
that a small script applied to the drafts (about 390 pairs in all, a
few of them no-ops, and three one-line sed edits to pairs); this is
stated here.

Edits made after drafting, stated here: eighteen false starts and
asides the author had typed into the drafts were cut with their values
or rewritten, leaving only the corrected text: in the identifier drafts
a bombing followed by "? no. Ok -", a messaging ID followed by "- sorry,
she prefers phone", an age followed by "- sorry, let me write it
properly", a Siberian city followed by "? no, in", a US town followed
by "? wrong region -", a parenthesis explaining an honorific, a tavern
followed by "? no - the", two hospitals followed by "? Ok" and "? no -
to", a place followed by "? no, at", a cult's forest followed by "? no
- after", an Australian city followed by "? no, in", an iwi's name
labelled as a person with "isn't a person - my bad", a housing estate
followed by "? no, the", a crash followed by "? - no, a different case",
a shift boss's name followed by "? no," and an Irish name followed by
"? No -"; in the clean drafts a city followed by "? Let me just say".
Honorifics (Daw, Sister, Captain, Haji, Mama, Nai Nai) were moved out
of their name spans.  In a review, about sixty city, town, suburb,
island, junction, street and hospital names written unlabelled in
identifier snippets (before "flood", "quake", "fire", "crash",
"mudslide", "attack" and "landslide", in hospitals' names, after "in",
"to" and "from", in headers and after street addresses) were labelled,
or replaced by the province, region, country or a generic word (a
campsite business, a church, a school, a studio and an office block
were replaced by generic words), and two full dates of public events
were labelled.  In the clean snippets, a capital in a conference's
place, two cities on a flight, a city in a university's name (twice), a
sub-regional name for schools and churches, a city in a clinic and a
metropolitan area and a capital in a research team were replaced by the
country, region or a generic
word, a former prime minister's name was replaced by "the Bangladeshi
government", an unsure author's name by a published one, and twenty
drafts with fewer than four capitalised words (after each sentence's
first word) had brands, makers, guidelines or bodies added.  In a last read-through, three first names repeated unlabelled after
the full name were replaced by "he" or "Client is", a doubled phrase
and a verb lost in an earlier replacement were mended, a street that
repeated its place's name and a place repeating its address's suburb
were given other street names, and a campsite's doubled description was
cut.  Sixteen short name-and-place snippets were added after the first
draft.
Overlap with the other sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 224 values in the first
round (mostly places, with about 25 names - two first names alone -,
20 ages over 89, 6 postal codes, a fax number, a pump serial, a CPAP
serial, a licence, an account and three plates; famous cities were
replaced by their region or country or given a smaller quarter, places
lengthened with a quarter, end, side, section, block, hamlet or a
neighbourhood, or given their city as a possessive, names given a
second surname or a hyphen, ages given a phrase such as "come Madaraka
Day", "by the koseki" or "since White Sunday", postal codes given a
city, state or country prefix, and the numbers changed), 89 in the
second, 7 in the third, 3 in the fourth and 2 among the added
snippets; the last pass found nothing.

Settings: a flood orphan with an aunt, a tent after a quake, a shot
brother and a read Gmail, a replayed CCTV clip, two boys lost on a
bridge, a general coach, a girl in a stampede, a mine father, 33 hours
under a building, a boat sinking, a crane operator's lungs, a mother in
a COVID ward, a grandfather at a tent door, an epicentre village and a
Doha job, a third-floor jump, a lost hearing aid, an auditorium, a
widow and her daughter, a jade miner, a grandmother trapped a day, a
cave coach's relative, a husband and son at a campsite, a collapsed
school, a sand-miner never found, a surf instructor, eleven relatives,
three hours in subway water, a bus at a tunnel, a mudslide elder, an
arson survivor's sister, a battery worker, parents and a brother on a
plane, a girl of sixteen in 2010, kids in a roof, a fire truck on a
beach, a tour guide's partner, a landslide and a bank, a Tongan elder, a
tsunami mother, a quake office, a Marshallese granddaughter, a cousin
killed drunk-driving, a truck bomb, a royal guard's widow, a 1996 ship,
an island ferry, nine relatives in a mudslide, a shot thigh, a killed
schoolgirl, a boat out of a siege, a nurse's brother, a Masalit
crossing, a Khartoum flight, a lynching seen; portal audits and
telehealth logs by IP address (an ex in a Doxy room, a cousin with a
password, an intake form filled by someone else, an employer VPN, a
Fiji drop-out, a husband's laptop), faxes from Moroccan, South African,
Tanzanian, Kenyan, Tunisian, Fijian, PNG, Malawian, Saudi, New
Zealand, Australian and Jordanian hospitals, postings (GoFundMe,
YouTube, Blogspot, TikTok, Zoom, Facebook, Instagram, Telegram,
Linktree, Reddit, Givealittle, an Apple podcast), emails at 2am, a
husband's email, a work email read by IT, a student email, a labour
camp's Gmail; devices (a cochlear processor in a flood, an insulin pump
in an evacuation centre, a pacemaker feared hacked, a shared CGM, an
airline's wheelchair, an ankle monitor, a CPAP, a stolen phone's IMEI,
melted hearing aids, a spinal stimulator, a prosthetic leg), licences
and crashes (a suspended licence, a taxi, an ambulance at a bridge, a
truck in a flood, a nurse's PIN, a pilot's friend, a jeepney, a boda,
a rickshaw, a Gulf bus, a Dubai taxi, a Hyderabad car, a Tokyo driver,
an AHPRA registration, a Jordanian work permit), payments (M-Pesa,
Orange Money, Capitec, Access Bank, ABA, UPI, PayID, Meezan IBAN,
Emirates NBD, Kiwibank, Al Rajhi, mBoB, bKash, BSP, Western Union,
VNPF, FNPF, MTN MoMo), and very old clients (a Luo grandmother, a Krio
grandmother, a Bengali father, an Afghan midwife, an Amis elder, a
Tūhoe elder, an Arrernte grandmother, a Fietas man, a Chinese nai nai,
a Lifta man, a Samoan elder, a Sikh veteran, an Inanda woman, a Tongan
elder, a Burmese grandmother, a Yemeni grandfather, a Bukoba survivor, a
Japanese mudslide survivor, a flood pump wearer and a Vietnamese
mother); and prose about a caseworker's wrong name, rain and a shack
fire, Hafez in session, a tūtū in the room, a spiritual attack, a taxi
rank shooting, night shifts, walking sessions, a train near a school, a
church where nobody knows her, a market kiosk, texting a brother, a
delivery crash, a FIFO screen, drones and a mosque, a flower farm, a
gurdwara, aunties on Sunday, a bus past a school, brothers' threats, a
dzud, killings not talked about, a lost boat, sewing, sirens, "do you
support my people", a port blast, a Pashto-speaking therapist, a late
brother's name, kapa haka, a grandmother's house burned, a boat as a
father, a mall shooting, a market stall, "God's will", therapy for the
rich, a bakery, a school in 2011, a Zainichi client, "December", oil
workers, a Ranaviru, Teochew, an uncle's grief, taxis at 6, a car park
wait, poya days, a sister-landlord, sirens and exposure, Kiswahili, a
diagnosis kept from a father, a pastor's prayer, a market shift, a 2001
flood, keeping quiet, a supermarket encounter, a marriage question, a
pit, a moko at sessions, a loud city and a temple.

Local identifier formats: Libyan national number, Moroccan CIN, Iranian
codemeli, Aadhaar, Turkish TC kimlik, Lebanese, Jordanian, Iraqi
unified, Nepali citizenship, Qatar ID, Bangladeshi NID, Sri Lankan NIC,
Pakistani CNIC, Afghan tazkira, Myanmar NRC, Thai pink card and Thai
ID, Malaysian MyKad, Indonesian NIK, Vietnamese CCCD, Chinese resident
ID, Taiwanese ID, Japanese My Number, Korean ARC and RRN, Kyrgyz PIN,
PNG NID, New Zealand IRD, Marshallese ID, Kenyan alien card, Ugandan
NIN, Tanzanian NIDA, Zanzibari ZAN ID, Sierra Leonean and Nigerian NIN,
Cameroonian CNI, Mozambican BI, UNHCR Chad, Kakuma and Ethiopian
proGres, Egyptian residency, Algerian NIN, Tunisian CIN, Kuwaiti civil
ID, Emirates ID, Saudi ID, Tongan NID, Zimbabwean ID, South African ID
and UNRWA numbers (ssn); Mohammed VI, Iraqi, Marib camp, DRC, Dhaka
burn, Mozambican UNHCR, Groote Schuur, Aga Khan, KNH, CWM, PNG
general, QECH, Aseer, Central Australian, Nairobi Hospital and KHCC
files (medical_record); AMO, PMJAY, SGK, BPJS, PhilHealth, BHYT,
Taiwanese NHI, Korean NHIS, Australian Medicare, New Zealand NHI, SHA,
CNAM (Tunisia and Algeria's CNAS), Bupa OSHC, SASSA and Hawaii QUEST
numbers (health_plan); licences from Kenya, Iran, Gujarat,
New South Wales, Victoria, Palau, the Kenyan nursing council,
Indonesia, the Philippines, Nigeria, Uganda, Pakistan, Oman, Dubai's
RTA, Telangana, Jordan, AHPRA and New Zealand (licence); plates from
Victoria, Palau, Iran, Gujarat, New South Wales, Lagos, Kenya, the
Philippines, Kaduna, Uganda, Punjab, Oman, Dubai, Telangana, Japan, Abu
Dhabi, Hawaii and Queensland (vehicle); addresses written the local
way (Iranian kuy, kucheh and pelak, Turkish mahalle, sokak, no and
daire, Sri Lankan No. and street, Pakistani street and house, Malaysian
jalan, Philippine purok and barangay, Korean daero with dong and ho,
Japanese chome numbering, New Zealand and Australian streets and units,
Nigerian way, Egyptian shari', building and flat, Senegalese cité and
villa, Ugandan plot and block, Bangladeshi house, road and block,
Moroccan rue and appartement, Hong Kong flat, block and estate,
Taiwanese lane and road, Qatari building, street and zone, Emirati
villa and street, Thai moo and tambon, Nepali ward and tole, Tongan P.O.
Box, PNG section and allotment, Zimbabwean stand, Indian flat and
heights) with postal codes of those countries, IPv4 and IPv6
addresses, URLs and phone and fax numbers in local and international
formats.

398 snippets, 243 with identifiers and 155 clean (lengths 56-433,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 12): date 14, age_over_89 20, phone
29, fax 14, email 13, url 13, ip_address 14, ssn 55, medical_record 15,
health_plan 20, account 20, licence 19, vehicle 19, device 14,
street_address 33, zip_code 25; with 251 names and 207 places smaller
than a state (the test requires 251 and 207).  61 of the identifier
snippets hold only names and/or places and nothing else.

Names: Libyan, Amazigh (Moroccan and Kabyle), Baloch and Persian,
Khuzestani Arab, Gujarati, Santali, Jatav, Turkish, Lebanese, Jordanian
and Palestinian, Iraqi, Yemeni, Nepali Gurung and Newar, Bengali,
Sinhalese and Sri Lankan Catholic, Pashtun and Afridi, Afghan (Tajik,
Pashtun and Hazara), Shan and Bamar, Thai, Malaysian Chinese and Malay,
Sundanese and Javanese, Visayan and Tagalog, Tày and Kinh Vietnamese,
Han Chinese, Taiwanese Amis, Japanese (family name first), Korean and
Korean-Chinese, Uzbek, Kazakh, Bundjalung, Anglo- and Irish-Australian,
Warlpiri, Arrernte, Yolŋu, Māori (Tūhoe, Ngāpuhi, Ngāti Porou), Engan,
Tongan, Samoan and American Samoan, ni-Vanuatu, Marshallese, Palauan,
Native Hawaiian, Fijian (iTaukei) and Fiji Indian, Motuan, Chewa,
Somali, Konzo, Haya, Zanzibari, Temne and Krio, Igbo and Yoruba,
Cameroonian Anglophone, Makua, Tigrayan and Eritrean, Masalit, Sudanese
Arab, Kenyan (Kikuyu, Luo, Maasai, Turkana and Kalenjin), Swahili
coastal, Nuer, Zulu, Xhosa, Swazi, Sotho and Tswana, Indian South
African, Akan and Ga, Ndebele and Shona, Bemba, Emirati, Qatari,
Saudi, Kuwaiti, Omani-based Tamil, Keralite, Telugu, Punjabi Sikh,
Bhutanese and Mongolian names; lower-case names and places, hyphenated
and multi-part names, honorifics kept outside the spans (Daw, Sister,
Captain, Haji, Mama, Nai Nai), names with binti, bint, Abu, Ait and
al-, a nickname in quotes, and names with diacritics and okina.
Places: quarters, mahallas, sections, extensions and phases, villages
and their hamlets and sides, camps and their districts and zones,
communes, wards and toles, barangays and puroks, homelands and
settlements, islands' villages, junctions and markets, estates and
flats, suburbs given their city as a possessive, and places after
street addresses and postal codes.

Clean snippets: peer-consultation messages, questions, reading-group
notes, supervision reflections and scheduling chatter with four to
twelve capitalised words each after the first word of a sentence
(1029 in 155 snippets, about 6.6 per snippet, counted by the author's
script, acronyms included and the pronoun "I" excluded): drug brands
and generics with doses and laboratory values, scales and
questionnaires and their local-language versions, therapy models and
their founders, real published authors with years and books,
guidelines, laws, regulators, insurers and professional bodies,
idioms of distress (ukuthwasa, kufungisisa, mathar gorom, tashweesh,
jinn, Hwa-byung, hikikomori), weekdays, months, seasons, religious
feasts and fasts (Ramadan, Suhoor, Iftar, Taraweeh, Eid al-Adha,
Hudade, Sigd, Diwali, Navratri, Dhanteras, Yom Kippur, Sukkot, Pesach,
Shabbat, Lent, Advent, Christmas, Chuseok, Seollal, Tsagaan Sar, the
Lunar New Year, Arba'een, Waitangi Day), charities, helplines, apps and
products, countries, states, provinces and regions, nationalities,
religions and languages (Arabic, Dari, Pashto, Farsi, Urdu, Hindi,
Gujarati, Tamil, Sinhala, Malay, Bahasa Indonesia, Tagalog, Ilocano,
Mandarin, Cantonese, Japanese, Korean, Tok Pisin, Tongan,
Swahili, Amharic, Tigrinya, Setswana, isiZulu, Afrikaans,
Kurmanji, Sorani, Hebrew, Dinka and Nuer), and no place smaller than a
state or a country's first-level subdivision.
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED56_CASES = [
    C('Clozapine 300 mg with monthly FBC in New Zealand - Māori clients tell me the blood tests feel invasive. Any Kaupapa Māori approach to that?'),
    C("Section 27, Allotment 14, Gerehu's Stage 2 block, NCD. Kila Gari's aunt lives there.",
      [('street_address', 'Section 27, Allotment 14'), ('place', "Gerehu's Stage 2 block"), ('name', 'Kila Gari')]),
    C("Emirates NBD account AE07 0260 0010 1441 8273 901 belongs to the employer, not the client Lakshmi Narayanan Pillai, a maid in Al Barsha's Pond Park side.",
      [('account', 'AE07 0260 0010 1441 8273 901'), ('name', 'Lakshmi Narayanan Pillai'), ('place', "Al Barsha's Pond Park side")]),
    C("Laila Rezaei says she feels safest at her cousin's bakery in Shahrak-e Gharb's Phase 4.",
      [('name', 'Laila Rezaei'), ('place', "Shahrak-e Gharb's Phase 4")]),
    C("Reading: Patel's Where There Is No Psychiatrist (2003, second edition 2018), chapter on mothers, with the Goan case examples."),
    C('Naltrexone 50 mg for alcohol use is cheap and available in South Africa and Kenya (Revia, Naltrexone Sandoz), but rarely prescribed. Acamprosate (Campral) is even harder to find, says the SAMF.'),
    C("We've adapted the Columbia Suicide Severity Rating Scale (C-SSRS) into Bahasa Malaysia; the Malaysian Mental Health Association will publish it in July."),
    C('NSW licence NSW 27 903 615, Brendan Kelly-Ngo, rolled his truck on the highway in the 2022 floods, plate XN 44 KT.',
      [('licence', 'NSW 27 903 615'), ('name', 'Brendan Kelly-Ngo'), ('vehicle', 'XN 44 KT')]),
    C("Samoa tsunami 29 Sept 2009: Faʻamoe Leota-Tuilagi from Lalomanu's beach fale row, lost 4 children. Now in Ōtara's Bairds end, 7 Ferguson Crescent, AKL 2023. IRD 094-771-382.",
      [('name', 'Faʻamoe Leota-Tuilagi'), ('place', "Lalomanu's beach fale row"), ('place', "Ōtara's Bairds end"), ('street_address', '7 Ferguson Crescent'), ('zip_code', 'AKL 2023'), ('ssn', '094-771-382')]),
    C("Meezan Bank IBAN PK36MEZN0001840104418273 - from Rukhsana Bibi Niazi's brother for her sessions. She is in Mianwali's Piplan.",
      [('account', 'PK36MEZN0001840104418273'), ('name', 'Rukhsana Bibi Niazi'), ('place', "Mianwali's Piplan")]),
    C("old Sardar Bahadur Singh Grewal, 101 by family count, from Sahnewal, ex-British Indian Army. Son's email gurdeep.grewal.ldh@rediffmail.com.",
      [('name', 'Sardar Bahadur Singh Grewal'), ('age_over_89', '101 by family count'), ('place', 'Sahnewal'), ('email', 'gurdeep.grewal.ldh@rediffmail.com')]),
    C('He emailed from ravi.pillai.gulf@gmail.com; Ravi Pillai is in a Sharjah labour camp and wants video sessions. Emirates ID 784-1979-4418273-2.',
      [('email', 'ravi.pillai.gulf@gmail.com'), ('name', 'Ravi Pillai'), ('ssn', '784-1979-4418273-2')]),
    C('Wiremu Tūhoe Paraone turned 93 last week; whānau in Ruatāhuna wanted a session at the marae.',
      [('name', 'Wiremu Tūhoe Paraone'), ('age_over_89', '93 last week'), ('place', 'Ruatāhuna')]),
    C('Thiamine 100 mg TDS and the CIWA-Ar scale for alcohol withdrawal in Papua New Guinea - is home brew a big issue where you work?'),
    C("Is it odd that Meleane Havili only opens up when we walk around Ōtāhuhu's town centre together?",
      [('name', 'Meleane Havili'), ('place', "Ōtāhuhu's town centre")]),
    C('The Saudi Commission for Health Specialties now requires Arabic case notes for some hospitals. Anyone else struggling with bilingual records?'),
    C("I'm reading Ananya Jahanara Kabir and Veena Das (Life and Words, 2007) on Partition violence. Helpful with Punjabi grandparents."),
    C('Zoom link from last week got forwarded to her husband: https://us02web.zoom.us/j/84182773041?pwd=Tn4kR8. Client Sumaiya Akter-Rimi.',
      [('url', 'https://us02web.zoom.us/j/84182773041?pwd=Tn4kR8'), ('name', 'Sumaiya Akter-Rimi')]),
    C('The Australian Indigenous Psychologists Association (AIPA) and the Healing Foundation both have cultural supervision resources. Recommended for non-Indigenous clinicians.'),
    C("Does anyone else find that Mwajuma Salim Hamisi opens up only in Kiswahili, even though her English is perfect? She's from Tanga's Chumbageni.",
      [('name', 'Mwajuma Salim Hamisi'), ('place', "Tanga's Chumbageni")]),
    C('Supervision reflection: I kept using CBT language with a Xhosa client who understood her distress through ukuthwasa. Reading Mlisa (2009) helped more than any DSM-5 chapter.'),
    C('Hijab and head-covering in group sessions: some Emirati and Saudi women prefer women-only groups with no video on Zoom or Botim. The DHA and DOH telehealth rules allow audio only.'),
    C('Rwenzururu palace attack, Nov 2016 - Biira Masika Kule lost her husband, a royal guard. NIN CF8204211LMK7A. Home: Bulembia division.',
      [('name', 'Biira Masika Kule'), ('ssn', 'CF8204211LMK7A'), ('place', 'Bulembia')]),
    C('Family Constellations is popular in Iran and Turkey but the evidence is thin. The Turkish Psychological Association issued a statement in 2019.'),
    C('Ofa Kaufusi-Taumoepeau asked if her sister could translate in session. The sister is also her landlord.',
      [('name', 'Ofa Kaufusi-Taumoepeau')]),
    C("Paroxetine 20 mg in pregnancy - the Israeli Teratology Information Service would say avoid; the Saudi guideline doesn't mention it."),
    C('NZ postcode RD 3015 (Fairy Springs), client Rewi Ngata-Hohaia, NHI MKT4418.',
      [('zip_code', 'RD 3015'), ('place', 'Fairy Springs'), ('name', 'Rewi Ngata-Hohaia'), ('health_plan', 'MKT4418')]),
    C("Flat 4B, Block 11, Tai Hang Tung Estate, Shek Kip Mei's Tai Hang Tung. Client Chan Wing-sze Phoebe, witnessed a nearby estate fire.",
      [('street_address', 'Flat 4B, Block 11, Tai Hang Tung Estate'), ('place', "Shek Kip Mei's Tai Hang Tung"), ('name', 'Chan Wing-sze Phoebe')]),
    C("Long narrative, sorry. My client Ouma Sanele Khumalo works at a mine near Rustenburg's Luka and was underground in the Impala Bafokeng shaft when the conveyor broke in November 2023 and thirteen men died. He lives in Photsaneng informal settlement, ID 8703125441087, and drinks each Friday. He refuses group because his shift boss is in it. What would you offer first?",
      [('name', 'Ouma Sanele Khumalo'), ('place', "Rustenburg's Luka"), ('place', 'Impala Bafokeng'), ('place', 'Photsaneng'), ('ssn', '8703125441087')]),
    C('The Thai Mental Health Questionnaire (TMHQ) and the Thai HADS both have good norms. The Department of Mental Health in Thailand hosts both.'),
    C("Phan Thi Lan Anh says her mother calls from Hội An's Cẩm Thanh every night and asks why she isn't married.",
      [('name', 'Phan Thi Lan Anh'), ('place', "Hội An's Cẩm Thanh")]),
    C("Amaru Yunupingu-Marika's mob in Yirrkala's homelands have asked that we stop using his late brother's name in sessions.",
      [('name', 'Amaru Yunupingu-Marika'), ('place', "Yirrkala's homelands")]),
    C("The Manisa mine disaster, 13 May 2014: my client's father was one of the 301. Client Emre Kırbıyık, TC kimlik 42817706538, lives at Atatürk Mah. 3021 Sokak No:14 D:5 45500 Manisa. Wants to talk about the anniversary.",
      [('date', '13 May 2014'), ('name', 'Emre Kırbıyık'), ('ssn', '42817706538'), ('street_address', 'Atatürk Mah. 3021 Sokak No:14 D:5'), ('zip_code', '45500')]),
    C('Long question. Tariq Saeed Al-Masri is a paramedic from Khan Younis\' Bani Suheila now in Amman\'s Jabal Al-Nuzha, working construction. He has a Jordanian temp permit JO-WP 2024-44182 and his kids\' UNRWA card UNRWA 1-4418-27730. He talks about the hospital nights in detail and then says "but it\'s nothing". His wife, Samar, calls me to ask what he said. How do you hold confidentiality with a spouse when everyone lives in two rooms?',
      [('name', 'Tariq Saeed Al-Masri'), ('place', "Khan Younis' Bani Suheila"), ('place', "Amman's Jabal Al-Nuzha"), ('licence', 'JO-WP 2024-44182'), ('ssn', 'UNRWA 1-4418-27730'), ('name', 'Samar')]),
    C("Client Tshering Wangmo's mobile banking mBoB 200 418 273 - she's in Phuentsholing and pays in ngultrum.",
      [('name', 'Tshering Wangmo'), ('account', '200 418 273'), ('place', 'Phuentsholing')]),
    C('Tramadol misuse in Egypt, Gaza and West Africa - the UNODC World Drug Report 2023 has a chapter. Our Egyptian clients call it "the blue".'),
    C('The Solomon Islands have one psychiatrist for the whole country as of 2024. Telepsychiatry from Australia through the PNG-Australia partnership is growing.'),
    C('the TikTok of the Metropol collapse with her uncle in it: https://www.tiktok.com/@ahvaz.news.24/video/7103418827734. Client Shirin Sawari.',
      [('url', 'https://www.tiktok.com/@ahvaz.news.24/video/7103418827734'), ('name', 'Shirin Sawari')]),
    C('Instagram with the flood photos: https://instagram.com/kirra.rebuilds. Plate of his ute visible, CG 41 KT.',
      [('url', 'https://instagram.com/kirra.rebuilds'), ('vehicle', 'CG 41 KT')]),
    C('For Pania Te Rangi, kapa haka at Ruātoki is where she feels held. I want to work with that.',
      [('name', 'Pania Te Rangi'), ('place', 'Ruātoki')]),
    C('Mongolian clients during Tsagaan Sar in February rarely attend; the Lunar New Year is three days of family visits.'),
    C('wheelchair lost on the flight from Dubai - Emirates tag EK418273, chair serial PERM-F5-882413. Sameer Qureshi-Lodhi.',
      [('device', 'EK418273'), ('device', 'PERM-F5-882413'), ('name', 'Sameer Qureshi-Lodhi')]),
    C('Spinal cord stimulator (Abbott Proclaim SN 44827AB) after the mine rescue fall. Ramazan Kocabaş.',
      [('device', 'Abbott Proclaim SN 44827AB'), ('name', 'Ramazan Kocabaş')]),
    C('Philippine LTO licence N04-18-442873, jeepney NYK 7793, Dionisio "Jun" Abaño. He ran over a child in Tondo\'s Isla Puting Bato.',
      [('licence', 'N04-18-442873'), ('vehicle', 'NYK 7793'), ('name', 'Dionisio "Jun" Abaño'), ('place', "Tondo's Isla Puting Bato")]),
    C("Nomsa Gumede, 93 come winter, Inanda's Amaoti section, was at the 1985 burning of the Gandhi settlement. Pension card SASSA 4418 2773 091.",
      [('name', 'Nomsa Gumede'), ('age_over_89', '93 come winter'), ('place', "Inanda's Amaoti section"), ('health_plan', 'SASSA 4418 2773 091')]),
    C('Sleep hygiene leaflets from the Singapore Institute of Mental Health are available in Malay, Tamil and Mandarin. Useful for the Malaysian clients too.'),
    C("EMDR Asia conference this November - anyone going? I'm presenting on EMDR with Burmese clients in Thailand."),
    C('The Amis elder Kacaw Lalan is 91 since the harvest and speaks only Amis and Japanese. His village, Tafalong, has a harvest festival in July.',
      [('name', 'Kacaw Lalan'), ('age_over_89', '91 since the harvest'), ('place', 'Tafalong')]),
    C('Aripiprazole long-acting (Abilify Maintena 400 mg) monthly is funded by PHARMAC in New Zealand. Anyone in Australia get it through the PBS without a fight?'),
    C("Client's father Abu Bakr Siddiq Mollah, 98 by his own count, lives with them in Mirpur-10. She asks whether she can bring him.",
      [('name', 'Abu Bakr Siddiq Mollah'), ('age_over_89', '98 by his own count'), ('place', 'Mirpur-10')]),
    C('Southern Kyrgyzstan, June 2010: Dilnoza Yusupova-Ergasheva (Uzbek, from Cheremushki mahalla) was 16. Kyrgyz PIN 21804199400917. Lives now in Kara-Suu.',
      [('name', 'Dilnoza Yusupova-Ergasheva'), ('place', 'Cheremushki'), ('ssn', '21804199400917'), ('place', 'Kara-Suu')]),
    C('The Hamilton Anxiety Rating Scale (HAM-A) in Farsi - our Iranian colleagues use the Kaviani 2003 validation.'),
    C("Contact +27 72 441 8273 for Sibusiso Ndlovu, Tembisa's Ivory Park ext 2.",
      [('phone', '+27 72 441 8273'), ('name', 'Sibusiso Ndlovu'), ('place', "Tembisa's Ivory Park ext 2")]),
    C('From the national general hospital - fax +675 324 8871 - patient Kila Maiva Gari, reg PMGH-24-00917, from Hanuabada stilt village. Pls call back.',
      [('fax', '+675 324 8871'), ('name', 'Kila Maiva Gari'), ('medical_record', 'PMGH-24-00917'), ('place', 'Hanuabada')]),
    C('His phone is +233 24 418 2773 but he only answers WhatsApp. Kwame Nkrumah Mensah-Ofori, Bukom.',
      [('phone', '+233 24 418 2773'), ('name', 'Kwame Nkrumah Mensah-Ofori'), ('place', 'Bukom')]),
    C("Marshallese client Lijiena Anjain-Kabua, Ebeye's Tanker Hill, her grandmother from Rongelap. ID MH-5518274, email lijiena.ak@ntamar.net.",
      [('name', 'Lijiena Anjain-Kabua'), ('place', "Ebeye's Tanker Hill"), ('place', 'Rongelap'), ('ssn', 'MH-5518274'), ('email', 'lijiena.ak@ntamar.net')]),
    C('Fasting during Lent (Hudade) means Ethiopian Orthodox clients eat once a day for 55 days. Plan medication timing with the GP before February.'),
    C('Address for the home visit: Plot 418, Block 27, Kiwatule, Nakawa division. Client Nakato Brenda Ssempijja.',
      [('street_address', 'Plot 418, Block 27, Kiwatule'), ('place', 'Nakawa'), ('name', 'Nakato Brenda Ssempijja')]),
    C('Tigray - Letemariam Gebreegziabher, nurse at Ayder. Hospital staff ID AYD-N-04418. Email letem.gebre@mu.edu.et. She lost her brother in Hawzen.',
      [('name', 'Letemariam Gebreegziabher'), ('licence', 'AYD-N-04418'), ('email', 'letem.gebre@mu.edu.et'), ('place', 'Hawzen')]),
    C("Haja Mariama Bangura is 95 by her voter card and still talks about the 1999 January invasion of Kissy's Shell junction. Granddaughter's Orange Money 078 418 227 for session fees.",
      [('name', 'Haja Mariama Bangura'), ('age_over_89', '95 by her voter card'), ('place', "Kissy's Shell junction"), ('account', '078 418 227')]),
    C('Client address: 8 Kamal Ataturk Avenue, House 27, Apt 3A, Gulshan-2. Client Farzana Islam Ripa.',
      [('street_address', '8 Kamal Ataturk Avenue, House 27, Apt 3A'), ('place', 'Gulshan-2'), ('name', 'Farzana Islam Ripa')]),
    C('Anyone trained in the Tree of Life methodology (Ncube, 2006)? Great with South Sudanese and Zimbabwean groups, and REPSSI has the manual.'),
    C('WHO mhGAP Intervention Guide 2.0 is still the most practical thing I hand to nurses in Libya and Tunisia. The Arabic PDF has errors in the Depression module though.'),
    C('Building 41, Street 218, Zone 56, Ain Khaled. Client Joseph Baraka Mwangi, Kenyan driver.',
      [('street_address', 'Building 41, Street 218, Zone 56'), ('place', 'Ain Khaled'), ('name', 'Joseph Baraka Mwangi')]),
    C('Chlorpromazine 100 mg is still standard in Malawi and Zambia (Largactil), according to the MSF psychiatry handbook and the Malawi Standard Treatment Guidelines. Side-effect counselling matters more than the choice.'),
    C('Christmas in the Pacific means family obligations for three weeks; most of my Fijian and Tongan clients pause from December until the New Year.'),
    C('On Tuesdays I see mostly Afghan clients and on Thursdays Rohingya clients, both through UNHCR. Pashto and Rohingya interpreters are both hard to find.'),
    C("Sudan - Mohamed Osman Babiker-Eltayeb fled Bahri's Shambat to Egypt; Egyptian residency ID 29104120108417. Lives Shari' 9, Building 14, Flat 6, Faisal's Talbiya, Giza. WhatsApp +20 112 441 8273.",
      [('name', 'Mohamed Osman Babiker-Eltayeb'), ('place', "Bahri's Shambat"), ('ssn', '29104120108417'), ('street_address', "Shari' 9, Building 14, Flat 6"), ('place', "Faisal's Talbiya"), ('phone', '+20 112 441 8273')]),
    C("Dina Khoury grew up in Ashrafieh's Gemmayzeh stairs and says the port blast undid ten years of therapy.",
      [('name', 'Dina Khoury'), ('place', "Ashrafieh's Gemmayzeh stairs")]),
    C("student email s4418273@student.uq.edu.au, Nguyen Thi Thu Ha, international student, Medicare doesn't apply, OSHC BUPA OSHC 44182-7730.",
      [('email', 's4418273@student.uq.edu.au'), ('name', 'Nguyen Thi Thu Ha'), ('health_plan', 'BUPA OSHC 44182-7730')]),
    C('CPT (Resick, Monson & Chard, 2017) in Kurdish Sorani - has anyone got the worksheets translated? Our team in Iraqi Kurdistan is working from Arabic.'),
    C('Anyone familiar with the Shona Symptom Questionnaire (SSQ-14) by Patel (1997)? It still beats the PHQ-9 in Zimbabwe for "kufungisisa".'),
    C('Question for the Gulf colleagues: the UAE Federal Law on Mental Health (2023) - does it change involuntary admission rules for expatriates?'),
    C("Reading next week: Arthur Kleinman's Patients and Healers in the Context of Culture (1980), the Taiwan chapters. Also Kleinman's Rethinking Psychiatry (1988)."),
    C("Ahmad Zia Karimi arrived in Dandenong's Lonsdale end six months ago and works nights at a poultry plant. He won't take a day off for therapy.",
      [('name', 'Ahmad Zia Karimi'), ('place', "Dandenong's Lonsdale end")]),
    C('Aziz Tokhtarov in Zhanaozen\'s Rakhat microdistrict still won\'t say the word "December".',
      [('name', 'Aziz Tokhtarov'), ('place', "Zhanaozen's Rakhat microdistrict")]),
    C("Bajaj driver Asif Iqbal Rana, licence LHR-0441827-B, rickshaw LES-18-4418, was beaten by a crowd in Shahdara's Jia Musa after hitting a child.",
      [('name', 'Asif Iqbal Rana'), ('licence', 'LHR-0441827-B'), ('vehicle', 'LES-18-4418'), ('place', "Shahdara's Jia Musa")]),
    C('Malalai Stanikzai, who came through Torkham last year, has started teaching her neighbours to sew. Is that enough structure?',
      [('name', 'Malalai Stanikzai'), ('place', 'Torkham')]),
    C("Tsering Dolma Gurung from Barpak's upper tol in Gandaki (the epicentre village, April 2015). Nepali citizenship 36-02-72-11487. She now works in Qatar, phone +974 5528 1149, QID 28752419836.",
      [('name', 'Tsering Dolma Gurung'), ('place', "Barpak's upper tol"), ('ssn', '36-02-72-11487'), ('phone', '+974 5528 1149'), ('ssn', '28752419836')]),
    C('Pregabalin misuse is rising among young men in Egypt, Jordan and Iraq. The Arab Journal of Psychiatry had a review in 2021.'),
    C('Bank details on the GBV grant letter: Access Bank 0044827731, account name Chidinma Nwachukwu-Ibe. Can someone check this is not a scam?',
      [('account', '0044827731'), ('name', 'Chidinma Nwachukwu-Ibe')]),
    C("West Darfur, June 2023 - Fatouma Abakar Ishag (Masalit), crossed to Adré's transit site. UNHCR Chad TCD-ADR-23-0114827, child Hawa Abakar Ishag.",
      [('name', 'Fatouma Abakar Ishag'), ('place', "Adré's transit site"), ('ssn', 'TCD-ADR-23-0114827'), ('name', 'Hawa Abakar Ishag')]),
    C('visit address: 12 Rue Ibn Battouta, Appt 4, Hay Mohammadi, 20570 Casablanca. Client Khadija El Fassi-Benjelloun.',
      [('street_address', '12 Rue Ibn Battouta, Appt 4'), ('place', 'Hay Mohammadi'), ('zip_code', '20570 Casablanca'), ('name', 'Khadija El Fassi-Benjelloun')]),
    C("Reading: Leslie Swartz's Culture and Mental Health: A Southern African View (1998). Still the best book for our Western Cape training cohort."),
    C("Kahramanmaraş quake: Derya Yıldızhan from Antakya's Cebrail quarter, 33 hours under her building. SGK number SGK 3419 2284 7710, now in a container city near İskenderun's Denizciler strip. Prosthetic below-knee, serial OTB-K4-772918.",
      [('name', 'Derya Yıldızhan'), ('place', "Antakya's Cebrail quarter"), ('health_plan', 'SGK 3419 2284 7710'), ('place', "İskenderun's Denizciler strip"), ('device', 'OTB-K4-772918')]),
    C("Solution-focused brief therapy (de Shazer & Berg) seems to go over very well in Vietnam and Cambodia; the Vietnamese translation of Berg's Interviewing for Solutions helps."),
    C("my client ravindu senanayake from moratuwa's koralawella keeps skipping on poya days, any ideas?",
      [('name', 'ravindu senanayake'), ('place', "moratuwa's koralawella")]),
    C("The K6 (Kessler et al., 2002) is the screener in Japan's national survey; its Japanese version by Furukawa uses a cut-off of 13 for serious distress."),
    C('Interpersonal Psychotherapy (IPT-G) in Uganda (Bolton et al., JAMA 2003) is the classic trial, and StrongMinds has scaled it. Is anyone here trained in their model?'),
    C("Herat quakes Oct 2023: widow Gul Bibi Naseri from Zindajan's Naib Rafi village, tazkira 1401-0701-44827. NGO file DRC-HRT-23-5518. She is asking if she can bring her daughter Shabana Gul-Naseri.",
      [('name', 'Gul Bibi Naseri'), ('place', 'Zindajan'), ('place', 'Naib Rafi'), ('ssn', '1401-0701-44827'), ('medical_record', 'DRC-HRT-23-5518'), ('name', 'Shabana Gul-Naseri')]),
    C("Postal code 11614 Riyadh, Al Olaya's Tahlia block. Hessa Al-Dosari, Saudi ID 1084182773.",
      [('zip_code', '11614 Riyadh'), ('place', "Al Olaya's Tahlia block"), ('name', 'Hessa Al-Dosari'), ('ssn', '1084182773')]),
    C("Sistan-Baluchestan: client's brother Abdolmalek Rigi-Shahbakhsh was shot on 30 September 2022 outside the prayer ground; codemeli 3611874290. She asks that nothing goes through her Gmail zahra.narouei88@gmail.com because her husband reads it.",
      [('name', 'Abdolmalek Rigi-Shahbakhsh'), ('date', '30 September 2022'), ('ssn', '3611874290'), ('email', 'zahra.narouei88@gmail.com')]),
    C("Her GoFundMe is up with her full story: https://www.gofundme.com/f/help-mariam-rebuild-in-derna. Client is Mariam Tarhuni. Should I ask her to take it down while we're in trauma work?",
      [('url', 'https://www.gofundme.com/f/help-mariam-rebuild-in-derna'), ('name', 'Mariam Tarhuni')]),
    C('Intake email bounced from 202.134.14.61; client Md. Rashedul Karim, wanted a Bangla-speaking therapist.',
      [('ip_address', '202.134.14.61'), ('name', 'Md. Rashedul Karim')]),
    C('Anyone used the Self-Reporting Questionnaire (SRQ-20) in Tigrinya? The Eritrean diaspora in Israel seems to under-report on it.'),
    C("She pays me via UPI divya.menon44@okhdfcbank and I'm now worried her husband sees the UPI history. Client Divya Menon.",
      [('account', 'divya.menon44@okhdfcbank'), ('name', 'Divya Menon')]),
    C('I use Te Whare Tapa Whā (Mason Durie, 1984) with almost every Māori client, and many Pasifika clients prefer the Fonofale model by Fuimaono Karl Pulotu-Endemann.'),
    C('Audit of the Arabic intake form: three submissions for Yara Khalil from 185.84.71.229, one from 91.74.18.205. Is someone filling it in for her?',
      [('name', 'Yara Khalil'), ('ip_address', '185.84.71.229'), ('ip_address', '91.74.18.205')]),
    C("Fax to Rabta Hospital: +216 71 578 441. Client Wassim Ben Romdhane, CIN 08741829, CNAM 1784 4182 77. He's from Ettadhamen's Cité Bougatfa.",
      [('fax', '+216 71 578 441'), ('name', 'Wassim Ben Romdhane'), ('ssn', '08741829'), ('health_plan', '1784 4182 77'), ('place', "Ettadhamen's Cité Bougatfa")]),
    C("Anyone worked with Omar Haj Ali-type refusal? He's in Zaatari's district seven and thinks therapy is for rich people.",
      [('name', 'Omar Haj Ali'), ('place', "Zaatari's district seven")]),
    C('Zolpidem 10 mg is sold over the counter (Stilnox, Ambien) in some Gulf pharmacies. In Kuwait and Bahrain clients come in already dependent.'),
    C("Hamza Al-Zoubi Qudah moved from Irbid's Hai al-Turkman and keeps saying the city is too loud.",
      [('name', 'Hamza Al-Zoubi Qudah'), ('place', "Irbid's Hai al-Turkman")]),
    C('Reddit thread where she describes our sessions: https://www.reddit.com/r/india/comments/1c4k8z2/. Client Aparna Sreekumar.',
      [('url', 'https://www.reddit.com/r/india/comments/1c4k8z2/'), ('name', 'Aparna Sreekumar')]),
    C("Tonga, Cyclone Gita Feb 2018 then Hunga - old Sione Tuʻipulotu Vaipulu, 94 by the church roll, Kolofoʻou's Fasi side. Family in New Zealand send money, Western Union MTCN 8841 2277 306.",
      [('name', 'Sione Tuʻipulotu Vaipulu'), ('age_over_89', '94 by the church roll'), ('place', "Kolofoʻou's Fasi side"), ('account', '8841 2277 306')]),
    C('grandmother Nai Nai Wu Shufen, 94 by the lunar count, lives with my client in Box Hill North; she saw the Henan flood on TV and stopped sleeping.',
      [('name', 'Wu Shufen'), ('age_over_89', '94 by the lunar count'), ('place', 'Box Hill North')]),
    C('Chipo Nyathi-Sibanda lost her stall at Mbare Musika in the fire and now sells from a blanket.',
      [('name', 'Chipo Nyathi-Sibanda'), ('place', 'Mbare Musika')]),
    C("PNG Enga landslide May 2024: Jonah Kandai Yakam from Yambali's Kaokalam hamlet. NID PNG-NID 4418 2730 91, BSP account 1004 2287 4419.",
      [('name', 'Jonah Kandai Yakam'), ('place', "Yambali's Kaokalam hamlet"), ('ssn', 'PNG-NID 4418 2730 91'), ('account', '1004 2287 4419')]),
    C('Sertraline 50 mg has been fine for most of my Moroccan clients (Zoloft or the Sothema generic), but two stopped during Ramadan because of the morning dose. I now suggest taking it at Suhoor.'),
    C('Interpreter-mediated therapy in Dinka and Nuer - the Victorian Foundation for Survivors of Torture (Foundation House) has guidance.'),
    C('Conference alert: the Pan African Psychological Union meets in October; the abstract deadline is in June. Ghana Psychological Association is co-hosting.'),
    C('The Pacific Islands Mental Health Network (PIMHnet) has WHO funding this year. Samoa, Tonga and Kiribati are included.'),
    C("Worried about Gulnara Abenova. She stopped answering after her shift at the market in Shymkent's Samal-3.",
      [('name', 'Gulnara Abenova'), ('place', "Shymkent's Samal-3")]),
    C("Palau - Rengulbai Ngirmang, lives Meketii-Ngermid hamlet in Koror's Ngerbeched. Driver's licence PW-D 088214, plate KR P-4471. Drunk-driving crash near the airport, killed his cousin.",
      [('name', 'Rengulbai Ngirmang'), ('place', 'Meketii-Ngermid'), ('place', "Koror's Ngerbeched"), ('licence', 'PW-D 088214'), ('vehicle', 'KR P-4471')]),
    C('The Kenya Mental Health Act amendment of 2022 and the Kenya Counselling and Psychologists Board rules both matter if you do telehealth into Kenya from abroad.'),
    C('For Somali clients the PHQ-9 item on "feeling down" maps badly; Kaiser\'s 2015 work on the Somali version is worth a look. Also check the Ethiopian version by Gelaye.'),
    C('Very old client, Mama Ruth Akinyi Odera, 96 come Madaraka Day, from Kendu Bay; her son pays me by M-Pesa from 0722 418 337. Is accepting payment from family ok here?',
      [('name', 'Ruth Akinyi Odera'), ('age_over_89', '96 come Madaraka Day'), ('place', 'Kendu Bay'), ('account', '0722 418 337')]),
    C('Lake Victoria MV Bukoba sinking, May 1996 - survivor Mzee Joseph Rwegoshora, aged 97 by the parish. Lives Kashozi, Kagera region. NIDA 19270611-41827-00002-14.',
      [('name', 'Mzee Joseph Rwegoshora'), ('age_over_89', '97 by the parish'), ('place', 'Kashozi'), ('ssn', '19270611-41827-00002-14')]),
    C("Pasifika clients and the Kakala framework (Konai Helu Thaman, 1997) - I've started using it in supervision in Tonga and Fiji."),
    C("Long one, sorry. I've been seeing Fatima Bint Ali Al-Hosani since the April 2024 floods in Al Ain's Al Jimi, where her car was swept off the road near Al Foah. She was pulled out by a Pakistani driver, Muhammad Arshad, whom she wants to thank but can't find. She's asked me to write to the police with her Emirates ID 784-1988-0441827-3 and her plate Abu Dhabi 1 44182. Is that within my role, or should it go through her lawyer?",
      [('name', 'Fatima Bint Ali Al-Hosani'), ('place', "Al Ain's Al Jimi"), ('place', 'Al Foah'), ('name', 'Muhammad Arshad'), ('ssn', '784-1988-0441827-3'), ('vehicle', 'Abu Dhabi 1 44182')]),
    C('Dialectical Behaviour Therapy (Linehan, 1993) skills groups in Hebrew run at several Israeli clinics; the Israeli DBT Association offers training in Hebrew and Arabic.'),
    C('Our Tuesday peer group is moving to Wednesdays in Ramadan; Iftar timing in the Gulf makes evenings impossible.'),
    C('The Beck Depression Inventory-II in Turkish (Hisli, 1989) is still what most Turkish clinicians use. Any newer norms after the February 2023 quakes?'),
    C("Quetiapine 25 mg nocte for sleep is being prescribed everywhere in the Gulf clinics I've worked with. NICE would not back it, and the Saudi MOH formulary is silent."),
    C("Rahul Dev Barman-Sarkar is a teacher in Siliguri who hasn't slept since the train collision near his school. He wants EMDR but our clinic has no trained person.",
      [('name', 'Rahul Dev Barman-Sarkar'), ('place', 'Siliguri')]),
    C('Call his mum at +255 754 418 277, she translates for Baraka Juma Mrisho.',
      [('phone', '+255 754 418 277'), ('name', 'Baraka Juma Mrisho')]),
    C("Long message. Kalani Akana-Kauhane runs a surf school at Hanalei and after the 2018 flood his business went. He sleeps in his van, plate HI SRF 418. His brother Makoa Akana has his Medicaid card QUEST 44182773, and he won't apply himself. We meet at the beach park. Is that even therapy?",
      [('name', 'Kalani Akana-Kauhane'), ('place', 'Hanalei'), ('vehicle', 'HI SRF 418'), ('name', 'Makoa Akana'), ('health_plan', 'QUEST 44182773')]),
    C('His work email is tkelekolio@pngpower.com.pg and he says IT reads everything. Tau Kelekolio.',
      [('email', 'tkelekolio@pngpower.com.pg'), ('name', 'Tau Kelekolio')]),
    C('The Hebrew version of the PCL-5 and the Arabic version both came out of Israeli and Palestinian university collaborations in 2019.'),
    C('Ward 14, Tole Bhimsen, Bhaktapur. Rajkumari Prajapati, lost her pottery workshop in the 2015 quake. Phone +977 984 1418 273.',
      [('street_address', 'Ward 14, Tole Bhimsen'), ('place', 'Bhaktapur'), ('name', 'Rajkumari Prajapati'), ('phone', '+977 984 1418 273')]),
    C("Noor ul-Ain Chaudhry told me her brothers in Gujranwala's Peoples Colony would kill her if they knew she was here.",
      [('name', 'Noor ul-Ain Chaudhry'), ('place', "Gujranwala's Peoples Colony")]),
    C('We need an Amharic-speaking supervisor for a Sunday group in Israel. Ethiopian Israelis often celebrate Sigd in November.'),
    C('Re Nasiriyah hospital fire (Al-Hussein COVID ward, July 2021): Zainab Khudhair Al-Rikabi lost her mother there. Hospital file HUS-NSR-2021-07731, call 0780 441 2938. Iraqi unified card 199283041775.',
      [('place', 'Nasiriyah'), ('name', 'Zainab Khudhair Al-Rikabi'), ('medical_record', 'HUS-NSR-2021-07731'), ('phone', '0780 441 2938'), ('ssn', '199283041775')]),
    C('Is Acceptance and Commitment Therapy compatible with Buddhist clients in Sri Lanka and Thailand? Most of them say it sounds like the Dhamma.'),
    C('Zhuldyz Seitkali, whose father was an oil worker, wants to move to the city.',
      [('name', 'Zhuldyz Seitkali')]),
    C('Khat use among Yemeni and Somali clients complicates sleep work. The WHO ASSIST has a khat item in the Ethiopian adaptation.'),
    C("A Jewish client keeps Shabbat and won't write on Saturday, so homework diaries happen from Sunday. The Orthodox Union has guidance on therapy and Shabbat."),
    C('Adjoa Agyemang from Nima\'s Maamobi keeps saying "it is God\'s will" and I don\'t want to push her.',
      [('name', 'Adjoa Agyemang'), ('place', "Nima's Maamobi")]),
    C('After 9pm use (09) 441 8273 for Lose Tuipulotu, Panmure.',
      [('phone', '(09) 441 8273'), ('name', 'Lose Tuipulotu'), ('place', 'Panmure')]),
    C('Easter attack survivor, at Mass that morning - Anton Prasanna Fernando, NIC 197812504417, lives No. 42/7, Sea Street, Kochchikade, 11540. Hearing aid lost in the blast, new one SN PHK-N4-883104.',
      [('name', 'Anton Prasanna Fernando'), ('ssn', '197812504417'), ('street_address', 'No. 42/7, Sea Street, Kochchikade'), ('zip_code', '11540'), ('device', 'PHK-N4-883104')]),
    C('Had a hard session with Tui Falaniko; his aunties in Vaitele-uta\'s bus stop side call every Sunday asking if he\'s "fixed".',
      [('name', 'Tui Falaniko'), ('place', "Vaitele-uta's bus stop side")]),
    C('Client sent me her podcast episode about the December air crash: https://podcasts.apple.com/kr/podcast/id1718827441. She says her name is in it, Park Ji-woo Seo.',
      [('url', 'https://podcasts.apple.com/kr/podcast/id1718827441'), ('name', 'Park Ji-woo Seo')]),
    C('Lithium levels for my client came back at 1.1 mmol/L; the psychiatrist in Queensland wants to drop Lithicarb to 750 mg, per the RANZCP Mood Disorders guideline. Anyone with experience of lithium in heat waves?'),
    C('To: Kenyatta National Hospital mental health unit. Fax 020 272 5218. Re: Otieno Barack Ouma, KNH no KNH/PSY/2024/44172, Nakuru county flash flood 29 April 2024.',
      [('fax', '020 272 5218'), ('name', 'Otieno Barack Ouma'), ('medical_record', 'KNH/PSY/2024/44172'), ('date', '29 April 2024')]),
    C('Kiwibank 38-9018-0441827-00, client Hine Tawhiri, sends koha after every session. Fine to accept?',
      [('account', '38-9018-0441827-00'), ('name', 'Hine Tawhiri')]),
    C('Attachment-based Family Therapy (Diamond, 2014) with Chinese families in Singapore - anyone? The Singapore Psychological Society has a Mandarin training.'),
    C("Long one. Siddharth Iyer-Ramaswamy and his wife Meera Iyer lost their son Aarav Iyer at the TRP game zone fire in May 2024. They live at B-204, Shivam Heights, Kalawad Road, Rajkot's Kalawad side 360005. The father keeps visiting the site. The mother wants to move away. They both email me late at night from iyer.meera24@gmail.com. How do you work with a couple grieving in opposite directions?",
      [('name', 'Siddharth Iyer-Ramaswamy'), ('name', 'Meera Iyer'), ('name', 'Aarav Iyer'), ('street_address', 'B-204, Shivam Heights, Kalawad Road'), ('place', "Rajkot's Kalawad side"), ('zip_code', '360005'), ('email', 'iyer.meera24@gmail.com')]),
    C("Precious Nkosi from Alexandra's Stjwetla wants a session at her home because the taxis stop at 6.",
      [('name', 'Precious Nkosi'), ('place', "Alexandra's Stjwetla")]),
    C("Unit 3/18 Bourke Street, Mount Isa's Pioneer, QLD 4825. Shannon Kalkadoon-Brown, her plate 418 TKX.",
      [('street_address', 'Unit 3/18 Bourke Street'), ('place', "Mount Isa's Pioneer"), ('zip_code', 'QLD 4825'), ('name', 'Shannon Kalkadoon-Brown'), ('vehicle', '418 TKX')]),
    C('Shahid Beheshti St, Alley 14, No. 27, Unit 3, Yousef Abad, 1433864418. Parisa Moradi-Kia again.',
      [('street_address', 'Shahid Beheshti St, Alley 14, No. 27, Unit 3'), ('place', 'Yousef Abad'), ('zip_code', '1433864418'), ('name', 'Parisa Moradi-Kia')]),
    C("Ngozi Okafor-Eze says nobody in Nkpor's Umuoji road talks about the 2021 killings openly.",
      [('name', 'Ngozi Okafor-Eze'), ('place', "Nkpor's Umuoji road")]),
    C('Hamid Barakzai in Tarnak still hears the drones. His son Naveed Barakzai wants us to meet at the mosque.',
      [('name', 'Hamid Barakzai'), ('place', 'Tarnak'), ('name', 'Naveed Barakzai')]),
    C("East Gippsland on New Year's Eve 2019 - Trevor Pengilly, CFA volunteer, plate 1KT 4RX, licence 041 882 736 (VIC). He drove the fire truck onto the beach.",
      [('name', 'Trevor Pengilly'), ('vehicle', '1KT 4RX'), ('licence', '041 882 736')]),
    C('Does anyone have the Urdu EPDS with the Pakistani norms (Rahman et al.)? The Thinking Healthy Programme manual references it.'),
    C("Moo 4, 127/8 Tambon Ban Du, Mueang Chiang Rai 57100. Ploy Srisuk, her brother was one of the Wild Boars coaches' friends.",
      [('street_address', 'Moo 4, 127/8 Tambon Ban Du'), ('place', 'Mueang Chiang Rai'), ('zip_code', '57100'), ('name', 'Ploy Srisuk')]),
    C('Sunday is the only day off for many Indonesian domestic workers in Hong Kong and Singapore; we run groups in Bahasa Indonesia then.'),
    C("I visited Kofi Boateng-Antwi at his kiosk in Kaneshie's first light market and it felt like a boundary slip. Thoughts?",
      [('name', 'Kofi Boateng-Antwi'), ('place', "Kaneshie's first light")]),
    C("Sarah Yeo Hui Min from Toa Payoh Lorong 8 says her mother only speaks Teochew and won't come to family sessions.",
      [('name', 'Sarah Yeo Hui Min'), ('place', 'Toa Payoh Lorong 8')]),
    C("Jun Takahashi from Ishinomaki's Okawa district lost his daughter at the school in 2011. He still goes every month.",
      [('name', 'Jun Takahashi'), ('place', 'Ishinomaki'), ('place', 'Okawa')]),
    C('World Mental Health Day in October and Suicide Prevention Day in September - the Samaritans of Singapore run a campaign for both.'),
    C("her husband set up the email for her - r.alshammari1994@hotmail.com - so I don't think it's private. Client Reem Al-Shammari, Kuwait civil ID 294031804417.",
      [('email', 'r.alshammari1994@hotmail.com'), ('name', 'Reem Al-Shammari'), ('ssn', '294031804417')]),
    C("Ravinder Kaur Sandhu says the gurdwara in Papatoetoe's Kolmar Road is the only place she doesn't feel watched.",
      [('name', 'Ravinder Kaur Sandhu'), ('place', "Papatoetoe's Kolmar Road")]),
    C("The 2017 mudslide, 14 August 2017: Fatmata Kargbo-Sesay from Regent's Mortomeh-Kamayama area, lost 9 relatives. NIN SL-4418-2773-09. Orange Money 076 482 917.",
      [('date', '14 August 2017'), ('name', 'Fatmata Kargbo-Sesay'), ('place', "Regent's Mortomeh-Kamayama area"), ('ssn', 'SL-4418-2773-09'), ('account', '076 482 917')]),
    C("Lupe Tuiasosopo-Faleolo wants her pastor from Moamoa to pray at the end of every session. I'm not sure how to hold that.",
      [('name', 'Lupe Tuiasosopo-Faleolo'), ('place', 'Moamoa')]),
    C('Insulin pump (MiniMed 780G SN NG7730912K) stopped in the Northern Rivers evacuation centre. Client Jacob Farrelly, 90 next month.',
      [('device', 'NG7730912K'), ('name', 'Jacob Farrelly'), ('age_over_89', '90 next month')]),
    C("Vanuatu quake Dec 2024, office block collapse - Jean-Baptiste Kalsakau, from Ifira island's Mele side, phone +678 771 4829, VNPF member VNPF 418273.",
      [('name', 'Jean-Baptiste Kalsakau'), ('place', "Ifira island's Mele side"), ('phone', '+678 771 4829'), ('account', 'VNPF 418273')]),
    C("semeru eruption dec 2021 - bu sumiati's sand-mining husband never found. curah kobokan lor village. she's with her sister in candipuro. ph 0852 3418 2277.",
      [('name', 'bu sumiati'), ('place', 'curah kobokan lor'), ('place', 'candipuro'), ('phone', '0852 3418 2277')]),
    C('Sepideh Karimi in Marivan - Signal only, +98 912 441 8273.',
      [('name', 'Sepideh Karimi'), ('place', 'Marivan'), ('phone', '+98 912 441 8273')]),
    C('Best number for Ah-young Choi: 010-4418-2773. She asked us not to call the landline.',
      [('name', 'Ah-young Choi'), ('phone', '010-4418-2773')]),
    C('Culturally adapted CBT for Chinese Americans (Hwang, 2006) fits my Malaysian Chinese clients better than standard Beck.'),
    C("K5 junction truck bomb, 14 October 2017: Hodan Abdirahman Warsame-Guled, then 17, now in Eastleigh's Section Three back lane. Kenyan alien card KE-AC 0441827. Ph 0711 482 936.",
      [('date', '14 October 2017'), ('name', 'Hodan Abdirahman Warsame-Guled'), ('place', "Eastleigh's Section Three back lane"), ('ssn', 'KE-AC 0441827'), ('phone', '0711 482 936')]),
    C("Can I ask for thoughts on Tarni Walsh-Morgan? She's a FIFO worker who flies out from Karratha's Bulgarra and I only ever see her on a screen in a car park.",
      [('name', 'Tarni Walsh-Morgan'), ('place', "Karratha's Bulgarra")]),
    C("Odisha rail crash: my client Sanjib Mahali was in the general coach of the Coromandel. Now back in Bankura's Chhatna block. PMJAY card PMJAY-WB-41827730921, please note he only speaks Santali and a little Bangla.",
      [('name', 'Sanjib Mahali'), ('place', 'Bankura'), ('place', 'Chhatna'), ('health_plan', 'PMJAY-WB-41827730921')]),
    C("Al Haouz quake follow-up - Ayoub Ait Oubella, 19, from Tafeghaghte up the valley, CIN EE417362, AMO card AMO 2847-11930-6. Uncle on 06 61 28 47 93. Sleeps in the tent still, won't go inside the new block.",
      [('name', 'Ayoub Ait Oubella'), ('place', 'Tafeghaghte'), ('ssn', 'EE417362'), ('health_plan', 'AMO 2847-11930-6'), ('phone', '06 61 28 47 93')]),
    C('Pacemaker ID card says Medtronic Azure XT SN PZC418273S. Haji Abdul Ghafoor Baloch, in Balochistan, fears it will be hacked by the agencies.',
      [('device', 'Medtronic Azure XT SN PZC418273S'), ('name', 'Abdul Ghafoor Baloch')]),
    C("We're running a Sunday group in Tongan and English; the Tongan Methodist church has been supportive. Bring the Talanoa guidelines from the Pasifika Medical Association."),
    C('In Malaysia the Mental Health Act 2001 is under review; the Malaysian Psychiatric Association submitted comments in January.'),
    C("Gambling harm among Chinese Australians in the lead-up to Lunar New Year - Gambler's Help has Mandarin and Cantonese counsellors."),
    C('Marib IDP camp: Abdulrahman Saleh al-Murad, 91 by his family, sits by the tent door all day. UNHCR case YEM-MRB-24-C0481. His grandson Nabil brings him.',
      [('name', 'Abdulrahman Saleh al-Murad'), ('age_over_89', '91 by his family'), ('medical_record', 'YEM-MRB-24-C0481'), ('name', 'Nabil')]),
    C('faxing to Aseer Central Hospital +966 17 226 4418, file ACH-88241-7 for Mariam Ali Al-Qahtani, national ID 1047182293, lives in Al-Namas.',
      [('fax', '+966 17 226 4418'), ('medical_record', 'ACH-88241-7'), ('name', 'Mariam Ali Al-Qahtani'), ('ssn', '1047182293'), ('place', 'Al-Namas')]),
    C('Hualien quake April 2024 - Lin Mei-hua (Amis name Panay Kacaw-Lahok) was on the bus at the Dakeng tunnel. ID U224187306, NHI card 0000 2847 1193. Home in Fengbin township.',
      [('name', 'Lin Mei-hua'), ('name', 'Panay Kacaw-Lahok'), ('place', 'Dakeng'), ('ssn', 'U224187306'), ('health_plan', '0000 2847 1193'), ('place', 'Fengbin')]),
    C('login alert for pita taufa: 2407:7000:9b41:1c00::44, NZ. she says she was at work in otahuhu east.',
      [('name', 'pita taufa'), ('ip_address', '2407:7000:9b41:1c00::44'), ('place', 'otahuhu east')]),
    C("Givealittle page for Tamati Rangiuia's tangi costs: https://givealittle.co.nz/cause/tamati-rangiuia-whanau. He died in the Gabrielle flood at Pakowhai.",
      [('name', 'Tamati Rangiuia'), ('url', 'https://givealittle.co.nz/cause/tamati-rangiuia-whanau'), ('place', 'Pakowhai')]),
    C('Indian DL GJ03 20110044827 - Kanubhai Rathod, drove an ambulance at the bridge that night. Vehicle GJ 36 T 4418.',
      [('licence', 'GJ03 20110044827'), ('name', 'Kanubhai Rathod'), ('vehicle', 'GJ 36 T 4418')]),
    C('Trauma-Focused CBT (Cohen, Mannarino & Deblinger, 2006) with Palestinian teenagers in Lebanon: the TF-CBT Arabic workbook exists, via the Medical Aid for Palestinians network.'),
    C('I find Internal Family Systems (Schwartz, 1995) translates well into Japanese; the Japanese IFS Institute trainings happen in Japan.'),
    C("Pilot licence ATPL-ID 4418-27, Captain Arief Wicaksono, his airline crash in the Java Sea in January 2021 was not his flight but his friend's.",
      [('licence', 'ATPL-ID 4418-27'), ('name', 'Arief Wicaksono')]),
    C("Anyone using the Harvard Trauma Questionnaire in Dari with Afghan clients? The Mollica 1992 version has the Indochinese norms and I'm not sure the cut-off of 2.5 holds."),
    C('Fax cover: Aga Khan Hospital, Tanzania, attn psychiatry, pt Zuhura Rashid Mnyampala, IP no AKHD-IP-24-18842, please reply to +255 22 211 5418.',
      [('name', 'Zuhura Rashid Mnyampala'), ('medical_record', 'AKHD-IP-24-18842'), ('fax', '+255 22 211 5418')]),
    C("Bilal Haddadin told me his father in Madaba's Hanina quarter still doesn't know about the diagnosis.",
      [('name', 'Bilal Haddadin'), ('place', "Madaba's Hanina quarter")]),
    C("Tarek Benali Zerrouki in Bab El Oued's Triolet says the 2001 flood comes back every November.",
      [('name', 'Tarek Benali Zerrouki'), ('place', "Bab El Oued's Triolet")]),
    C('ADHD assessment in Australia now uses the DIVA-5 and the ASRS; the RANZCP guideline and the AADPA 2022 guideline both cite them.'),
    C("Has anyone worked with Satir's transformational model in China? Several Chinese clinicians trained with John Banmen and swear by it."),
    C('satsang stampede - mum of pooja jatav (the girl who died) wants counselling, they live in sikandra rao, ph 70174 82293. can anyone in UP take her?',
      [('name', 'pooja jatav'), ('place', 'sikandra rao'), ('phone', '70174 82293')]),
    C("I've been reading Frantz Fanon's The Wretched of the Earth (1961) again with our Algerian team. The chapter on colonial war and mental disorders still hurts."),
    C("ICD-11's complex PTSD criteria (Cloitre et al., 2018) and the International Trauma Questionnaire (ITQ) now have Arabic, Farsi and Urdu versions."),
    C('rushed - moses lokiru from kakuma four, zone 2 camp, unhcr KAK-24C-441827, drove a boda that killed a child. ug licence UG-B 4418273. plate UFR 418K.',
      [('name', 'moses lokiru'), ('place', 'kakuma four, zone 2'), ('ssn', 'KAK-24C-441827'), ('licence', 'UG-B 4418273'), ('vehicle', 'UFR 418K')]),
    C('41 Marine Parade, Napier South, HB 4110. Craig Waerea, orchard worker after Gabrielle, driver licence EK418273.',
      [('street_address', '41 Marine Parade'), ('place', 'Napier South'), ('zip_code', 'HB 4110'), ('name', 'Craig Waerea'), ('licence', 'EK418273')]),
    C('Anyone else notice the Omicron waves in January and July 2022 hit our Tongan and Samoan families worst? Polynesian Panthers history may help frame it.'),
    C('Rosa Tjapaltjarri-Napanangka is 99 according to the mission books at Ntaria. Her grandson asked us for grief work.',
      [('name', 'Rosa Tjapaltjarri-Napanangka'), ('age_over_89', '99 according to the mission books'), ('place', 'Ntaria')]),
    C("Keanu Kealoha from Lāhainā still drives the waterfront every morning. The 2023 fire took his grandmother's house.",
      [('name', 'Keanu Kealoha'), ('place', 'Lāhainā')]),
    C('We use the Edinburgh Postnatal Depression Scale (EPDS) in Tamil and Sinhala in Sri Lanka; the cut-off of 9 is what the Family Health Bureau recommends.'),
    C('Plate TS 09 EK 4418, Venkat Reddy Gaddam, hit a woman in Kukatpally and the family filed a case. DL TS00920180044182.',
      [('vehicle', 'TS 09 EK 4418'), ('name', 'Venkat Reddy Gaddam'), ('place', 'Kukatpally'), ('licence', 'TS00920180044182')]),
    C("Xolani Mthethwa keeps texting his brother in Mthatha's Slovo Park instead of doing the homework. Honestly, the texting may be the homework.",
      [('name', 'Xolani Mthethwa'), ('place', "Mthatha's Slovo Park")]),
    C('Lurasidone 40 mg is expensive in South Africa; Discovery Health covers it only for bipolar depression. Medical aid battles every January.'),
    C("Ebrahim Moosa Patel-Vawda, 90 by the ID book, was moved from Fietas' 14th Street in 1977. He still keeps the demolition notice.",
      [('name', 'Ebrahim Moosa Patel-Vawda'), ('age_over_89', '90 by the ID book'), ('place', "Fietas' 14th Street")]),
    C("Quick q - Oyelaran Adebisi Folake says her church in Ogbomoso's Takie area told her the depression is a spiritual attack. How do I stay respectful and still talk about medication?",
      [('name', 'Oyelaran Adebisi Folake'), ('place', "Ogbomoso's Takie area")]),
    C('The Korean Psychological Association ethics code (2023 revision) treats dual relationships more strictly than the APA code. Be careful with church communities.'),
    C("Long question, sorry: Irish-Australian client Siobhan Kelleher-Nguyen in Nightcliff's Casuarina side, a nurse during Cyclone Tracy's anniversary drills, has begun having flashbacks of a patient death. AHPRA registration NMW0001844182. She asks whether telling her manager risks her registration.",
      [('name', 'Siobhan Kelleher-Nguyen'), ('place', "Nightcliff's Casuarina side"), ('licence', 'NMW0001844182')]),
    C('Escitalopram 5 mg for a 74-year-old Japanese woman with QTc 460 ms - cardiology wants an ECG every three months. Is that standard in Japan?'),
    C("There's a Telegram channel naming the Bloody Friday mourners: https://t.me/balochcampaign_zhd/44182. My client Mahnaz Barakzehi is in one of the photos.",
      [('url', 'https://t.me/balochcampaign_zhd/44182'), ('name', 'Mahnaz Barakzehi')]),
    C("Anyone attending the RANZCP Congress in May? There's a session on Aboriginal and Torres Strait Islander social and emotional wellbeing."),
    C('ACT (Hayes, Strosahl & Wilson, 1999) in Mandarin - the Chinese edition of Get Out of Your Mind works well. Does anyone run ACT groups for Chinese parents in Australia?'),
    C("Her PO code is GPO 00100, but she lives in Kibera's Soweto East. Akoth Ochieng.",
      [('zip_code', 'GPO 00100'), ('place', "Kibera's Soweto East"), ('name', 'Akoth Ochieng')]),
    C("Anyone worked with the Kuwaiti Ministry of Health's addiction services? They now take self-referrals for Captagon use."),
    C('Aricell battery plant fire in Gyeonggi (June 2024): Chen Xiaoli, Korean-Chinese worker, ARC 880719-6281447. Plant address Jeonggok-ri 482, Seosin-myeon. Hearing only via interpreter.',
      [('name', 'Chen Xiaoli'), ('ssn', '880719-6281447'), ('street_address', 'Jeonggok-ri 482'), ('place', 'Seosin-myeon')]),
    C('Thursday team meeting moves to Sunday in Israel for Pesach week; in the Gulf team, Friday stays off.'),
    C('Pin code 673592, Meppadi panchayat. Sreeja Rajan lost her mother in the landslide. PMJAY PMJAY-KL-418277309.',
      [('zip_code', '673592'), ('place', 'Meppadi'), ('name', 'Sreeja Rajan'), ('health_plan', 'PMJAY-KL-418277309')]),
    C('Reminder that the Psychology Board of Australia CPD year runs from December to November; log your peer consultation hours.'),
    C("Abena Serwaa Owusu moved from Techiman's Tanoso to Madina's Zongo junction and feels nobody at church knows her.",
      [('name', 'Abena Serwaa Owusu'), ('place', "Techiman's Tanoso"), ('place', "Madina's Zongo junction")]),
    C('The Indigenous Allied Health Australia (IAHA) and the Lowitja Institute both have yarning resources. "Yarning" (Bessarab & Ng\'andu, 2010) is the key paper.'),
    C("PSA: our clinic wifi (public IP 203.94.77.180) is blocked by the Sri Lankan client Dilani Wickramasinghe's employer VPN, so she can't join from the office.",
      [('ip_address', '203.94.77.180'), ('name', 'Dilani Wickramasinghe')]),
    C('Supervision question: how do you handle gifts in Korean culture around Chuseok and Seollal? My client brought a Hanwoo beef set in September.'),
    C('Address as she wrote it: Villa 27, Street 14, Al Mushrif, Abu Dhabi emirate. Client Maryam Al Mazrouei. Landline 02 441 8273.',
      [('street_address', 'Villa 27, Street 14, Al Mushrif'), ('name', 'Maryam Al Mazrouei'), ('phone', '02 441 8273')]),
    C("please fax the DTC referral for Mere Waqa-Ratu to CWM Hospital psych unit +679 330 2176. FNPF FNPF 1184273. She's in Raiwaqa's Mead Road flats.",
      [('name', 'Mere Waqa-Ratu'), ('fax', '+679 330 2176'), ('account', 'FNPF 1184273'), ('place', "Raiwaqa's Mead Road")]),
    C('The Bangladeshi government fell in August 2024 and our Bangladeshi clients in Malaysia are all anxious about family. I\'m hearing a lot of somatic complaints, "mathar gorom".'),
    C('Nursing council PIN NMC-KE 44182, Sister Grace Chebet, lost her registration after the county ward fire.',
      [('licence', 'NMC-KE 44182'), ('name', 'Grace Chebet')]),
    C("new mobile +61 412 418 773, Angus McLeod-Tjungurrayi, Alice Springs' Larapinta.",
      [('phone', '+61 412 418 773'), ('name', 'Angus McLeod-Tjungurrayi'), ('place', "Alice Springs' Larapinta")]),
    C('Phone stolen at the satsang with all her photos. IMEI 35 882741 827730 4. Sunita Devi Kushwaha.',
      [('device', '35 882741 827730 4'), ('name', 'Sunita Devi Kushwaha')]),
    C("Vinh Tran-Luong in Cabramatta's Freedom Plaza says her mum watches her every move since the shooting on the mall.",
      [('name', 'Vinh Tran-Luong'), ('place', "Cabramatta's Freedom Plaza")]),
    C("PayID for Jess O'Donnell's NDIS plan manager: BSB 064-418 Acc 1027 7309. The plan ran out in August.",
      [('name', "Jess O'Donnell"), ('account', 'BSB 064-418 Acc 1027 7309')]),
    C("Teuila Leiataua, 97 since White Sunday, Falealupo's Tufutafoe, was baptised in the church that the 2009 wave took.",
      [('name', 'Teuila Leiataua'), ('age_over_89', '97 since White Sunday'), ('place', "Falealupo's Tufutafoe")]),
    C("Hana Yoshida-Kim is Zainichi Korean, grew up in Ikuno's Tsuruhashi, and says no Japanese therapist has ever understood her.",
      [('name', 'Hana Yoshida-Kim'), ('place', "Ikuno's Tsuruhashi")]),
    C('No. 4418, Lane 27, Zhongzheng Rd, Xindian, New Taipei 23143. Client Huang Yi-ting.',
      [('street_address', 'No. 4418, Lane 27, Zhongzheng Rd'), ('place', 'Xindian'), ('zip_code', '23143'), ('name', 'Huang Yi-ting')]),
    C("Long. Our refugee client Nyakuoth Gatluak Ruach (Nuer) in Nguenyyiel camp wants trauma work but reception is poor. Her UNHCR proGres number ETH-NGY-21-44182, her cousin's phone +251 91 441 8273. She asks if sessions could be on the radio instead of video. Any experience with phone-only trauma-focused CBT?",
      [('name', 'Nyakuoth Gatluak Ruach'), ('place', 'Nguenyyiel'), ('ssn', 'ETH-NGY-21-44182'), ('phone', '+251 91 441 8273')]),
    C("The island eruption, 9 December 2019: the tour guide's partner, Aroha Te Whetū-Paki, Whakatāne's Coastlands, NHI ZRT4826. Text 027 418 2291.",
      [('date', '9 December 2019'), ('name', 'Aroha Te Whetū-Paki'), ('place', "Whakatāne's Coastlands"), ('health_plan', 'ZRT4826'), ('phone', '027 418 2291')]),
    C("VPN or not, her husband's laptop IP 5.119.204.87 shows up in our Zoom participant log during her sessions. Client Fereshteh Naderi, Karaj's Mehrshahr.",
      [('ip_address', '5.119.204.87'), ('name', 'Fereshteh Naderi'), ('place', "Karaj's Mehrshahr")]),
    C('The Friendship Bench model from Zimbabwe (Chibanda et al., JAMA 2016) keeps coming up in our Kenyan team. Has anyone adapted it for men?'),
    C("Yonatan Ashkenazi-Levi from Sderot's Shikun Daled says he can't do exposure work while the sirens are still real.",
      [('name', 'Yonatan Ashkenazi-Levi'), ('place', "Sderot's Shikun Daled")]),
    C('Our Saturday supervision group in Tagalog is full; if anyone wants a Sunday Ilocano group, message me. Filipino workers in Saudi Arabia and Kuwait mostly have Fridays off.'),
    C("Taxi Dubai K 44182, RTA permit RTA-DRV-441827, Kamal Hossain Bhuiyan - he's ashamed he slept at the wheel.",
      [('vehicle', 'Dubai K 44182'), ('licence', 'RTA-DRV-441827'), ('name', 'Kamal Hossain Bhuiyan')]),
    C('Mosese Tupou from Haʻapai talks about his boat as if it were his father.',
      [('name', 'Mosese Tupou'), ('place', 'Haʻapai')]),
    C("Group reading: Bessel van der Kolk's The Body Keeps the Score (2014) and the critique by Chris Brewin. Bring the Hebrew edition if you have it."),
    C('Has anyone tried the Rwandan Community-Based Sociotherapy model (Richters et al., 2008) with Burundian or Congolese groups?'),
    C('ABA account 002 771 094 63 in the name of Sok Chanthy, she wants to pay weekly. She lives in Boeung Kak.',
      [('account', '002 771 094 63'), ('name', 'Sok Chanthy'), ('place', 'Boeung Kak')]),
    C("I'm running a ten-week Hindi-language Mindful Self-Compassion (Neff & Germer) group in Fiji starting in August. Methodist and Hindu clients welcome."),
    C("KyoAni arson survivor's sister, Tsuda Aoi. My Number 4412 8830 1957. She's in Uji, near the studio. Email aoi.tsuda.uji@docomo.ne.jp.",
      [('name', 'Tsuda Aoi'), ('ssn', '4412 8830 1957'), ('place', 'Uji'), ('email', 'aoi.tsuda.uji@docomo.ne.jp')]),
    C("Meme school attack Oct 2020 (a private academy): Ngwe Rita Ebanda's daughter was killed. Cameroon CNI 118427306. MTN MoMo 6 77 41 82 29.",
      [('name', 'Ngwe Rita Ebanda'), ('ssn', '118427306'), ('account', '6 77 41 82 29')]),
    C("The Harvard Program in Refugee Trauma's Torture module is useful for Sudanese clients in Egypt; the Arabic version was revised in 2020."),
    C("Has anyone had a client like Rangimarie Tautahi-Hēnare, who brings her moko to every session because there is no one else to watch him in Kawakawa's Taumārere?",
      [('name', 'Rangimarie Tautahi-Hēnare'), ('place', "Kawakawa's Taumārere")]),
    C('Mandalay quake 2025, Daw Khin Myo Thant - 93 by her NRC, trapped in her house in Chan Mya Tharsi for a day. Grandson emails kmt.family.mdy@yahoo.com.',
      [('place', 'Mandalay'), ('name', 'Khin Myo Thant'), ('age_over_89', '93 by her NRC'), ('place', 'Chan Mya Tharsi'), ('email', 'kmt.family.mdy@yahoo.com')]),
    C("payment for Lerato Mokoena-Sithole's sessions came from a Capitec account 1418 2773 09, which her abusive husband can see. How do I refund without alerting him?",
      [('name', 'Lerato Mokoena-Sithole'), ('account', '1418 2773 09')]),
    C('Methylphenidate (Ritalin LA 20 mg) shortages hit Australia and New Zealand this winter. PHARMAC and the TGA both issued notices in June.'),
    C('Buprenorphine-naloxone (Suboxone) 8/2 mg - how are the Indian de-addiction centres (NDDTC, AIIMS) handling supply? The Punjab government scheme changed in April.'),
    C("Hina Baloch's husband found her therapy receipts with our clinic's address and her phone 0300 4418 273. Can we invoice under a generic name?",
      [('name', 'Hina Baloch'), ('phone', '0300 4418 273')]),
    C('Yagi typhoon, Lang Nu flash flood, Sept 2024: Hoàng Thị Mai Lương (Tày) lost 11 relatives. CCCD 010184007726, BHYT HN4010124882173. Now in Phúc Khánh commune resettlement.',
      [('place', 'Lang Nu'), ('name', 'Hoàng Thị Mai Lương'), ('ssn', '010184007726'), ('health_plan', 'HN4010124882173'), ('place', 'Phúc Khánh')]),
    C('Any experience with Morita therapy (Morita, 1919) outside Japan? Chinese clinicians (Cui Yuhua and the Chinese Psychological Society) adapted it in the 1990s.'),
    C("Mahlet Tesfaye Gebru in Bole Bulbula's condominium blocks lost her job at the flower farm and blames herself.",
      [('name', 'Mahlet Tesfaye Gebru'), ('place', "Bole Bulbula's condominium blocks")]),
    C('Mindfulness-Based Cognitive Therapy (Segal, Williams & Teasdale, 2002) in Japanese works well with Zen-literate clients; the Japanese MBCT Association has a manual.'),
    C("Portal audit for the flood client's account: logins from 41.252.118.74 and 41.254.9.203 at 3am, not the client. Account holder Hanan Elmismari. Can someone explain how to lock a SimplePractice login?",
      [('ip_address', '41.252.118.74'), ('ip_address', '41.254.9.203'), ('name', 'Hanan Elmismari')]),
    C("Aisha Bello Gwadabe was abducted from the Kuriga school in March 2024 as a teacher's aide. NIN 77418273014. She lives in the village, Chikun LGA. Father's plate KDA 418 ZR, licence KDN 44182 AA27.",
      [('name', 'Aisha Bello Gwadabe'), ('place', 'Kuriga'), ('ssn', '77418273014'), ('place', 'Chikun'), ('vehicle', 'KDA 418 ZR'), ('licence', 'KDN 44182 AA27')]),
    C("The International Society for Traumatic Stress Studies (ISTSS) guidelines 2019 and the Phoenix Australia guidelines 2020 don't disagree on much."),
    C("Duloxetine 60 mg for chronic pain with depression in a construction worker from Nepal (Cymbalta, Eli Lilly) - Qatar's Hamad formulary has it, but the cost is an issue."),
    C("Booking system flagged a login from 103.152.118.201 for Faisal Ahmadzai's account while he was in session with me. He thinks his cousin in Karte Char's Pul-e Surkh knows his password.",
      [('ip_address', '103.152.118.201'), ('name', 'Faisal Ahmadzai'), ('place', "Karte Char's Pul-e Surkh")]),
    C("Fax to the Central Australian hospital mental health 08 8951 7721. Patient Desmond Japaljarri Ross, MRN ASH 0418273, from Yuendumu's east camp.",
      [('fax', '08 8951 7721'), ('name', 'Desmond Japaljarri Ross'), ('medical_record', 'ASH 0418273'), ('place', "Yuendumu's east camp")]),
    C('Note for the Fijian colleagues: the Fiji Counselling Association now recognises supervision done over Zoom. The Fiji Ministry of Health guidance came out in September.'),
    C('Ahmad Jabr Hamdan, 92 this Ramadan, remembers Lifta before 1948 and is now in Shuafat camp.',
      [('name', 'Ahmad Jabr Hamdan'), ('age_over_89', '92 this Ramadan'), ('place', 'Lifta'), ('place', 'Shuafat')]),
    C("her ex keeps logging into our telehealth room. Doxy log shows 2c0f:f3a0:11b:4e02::1d7 (Kenyan range apparently) and 197.232.61.14. Client is Wanjiru Muthoni-Karanja in Kahawa Sukari's Baringo Road.",
      [('ip_address', '2c0f:f3a0:11b:4e02::1d7'), ('ip_address', '197.232.61.14'), ('name', 'Wanjiru Muthoni-Karanja'), ('place', "Kahawa Sukari's Baringo Road")]),
    C('Post-Cyclone Yasa in Fiji (December 2020) the Red Cross used the IASC MHPSS guidelines (2007). Still the reference for Pacific disasters.'),
    C('Risperidone 2 mg was causing galactorrhoea in a young Pakistani woman on Risperdal from a Sindh clinic; she was too ashamed to say it for months. Prolactin was 1400 mIU/L.'),
    C('Gulf bus crash: Selvakumar Murugesan, Omani licence OM 4418-2773, bus plate OM 77041 AR, accident 18 March 2024 near Duqm.',
      [('name', 'Selvakumar Murugesan'), ('licence', 'OM 4418-2773'), ('vehicle', 'OM 77041 AR'), ('date', '18 March 2024'), ('place', 'Duqm')]),
    C("Fax from Groote Schuur trauma unit re Lwandle Mgcina, folder GSH 4418 2730, fax back 021 404 7719. He was in the Scenery Park's Dice section tavern, Eastern Cape, June 2022.",
      [('name', 'Lwandle Mgcina'), ('medical_record', 'GSH 4418 2730'), ('fax', '021 404 7719'), ('place', "Scenery Park's Dice section")]),
    C('She posted about me on Facebook by name: https://www.facebook.com/nomvula.dlamini.7718. Client Nomvula Dlamini-Zwane, from KwaMashu section K.',
      [('url', 'https://www.facebook.com/nomvula.dlamini.7718'), ('name', 'Nomvula Dlamini-Zwane'), ('place', 'KwaMashu section K')]),
    C('Iyad Abu Khdeir from Beit Hanina asked me directly whether I support his people. What did you say when asked?',
      [('name', 'Iyad Abu Khdeir'), ('place', 'Beit Hanina')]),
    C("West Java quake: Rizky Ramadhan Hidayat (11) from Cugenang's Nyalindung hamlet, school collapsed around him. Mother's NIK 3203114806870002, BPJS 0001827731409. Family WA +62 812-2047-7183.",
      [('name', 'Rizky Ramadhan Hidayat'), ('place', "Cugenang's Nyalindung hamlet"), ('ssn', '3203114806870002'), ('health_plan', '0001827731409'), ('phone', '+62 812-2047-7183')]),
    C("Reading for Wednesday: Sudhir Kakar's The Inner World (1978) and Shamans, Mystics and Doctors (1982). Still relevant to Indian family therapy."),
    C('Anyone know a good Tok Pisin resource on grief? The PNG Catholic Bishops Conference had a booklet once.'),
    C("Tizi Ouzou fires August 2021: Djamel Ait Yahia-Hamiche, Larbaâ Nath Irathen's Aït Atelli. NIN 109870418273015, CNAS 870418 2277 41. He saw the lynching of the volunteer.",
      [('name', 'Djamel Ait Yahia-Hamiche'), ('place', "Larbaâ Nath Irathen's Aït Atelli"), ('ssn', '109870418273015'), ('health_plan', '870418 2277 41')]),
    C("Anyone know a Pashto-speaking female therapist near Broadmeadows' Jacana side? For Shazia Momand.",
      [('place', "Broadmeadows' Jacana side"), ('name', 'Shazia Momand')]),
    C("Quick one: is the Kessler K10 validated in Swahili? I've seen the Kenyan version by Ndetei but not for Tanzania."),
    C('Hpakant jade landslide July 2020 - Sai Hla Win from Wai Khar village, NRC 12/OuKaMa(N)418273. He works now on the Thai border; Thai pink card 0 0634 17822 41 5.',
      [('place', 'Hpakant'), ('name', 'Sai Hla Win'), ('place', 'Wai Khar'), ('ssn', '12/OuKaMa(N)418273'), ('ssn', '0 0634 17822 41 5')]),
    C("Tham Luang: one of the coaches' relatives, not the boys. Nattapong Sompiangjai-Lamun, Thai ID 5 5702 00183 44 2, tel 081-774-2913. Lives in Mae Sai's Wiang Phang Kham.",
      [('place', 'Tham Luang'), ('name', 'Nattapong Sompiangjai-Lamun'), ('ssn', '5 5702 00183 44 2'), ('phone', '081-774-2913'), ('place', 'Mae Sai'), ('place', 'Wiang Phang Kham')]),
    C("North Lebanon boat sinking, April 2022 - survivor Khaled Raad el-Merheb from Bab al-Tabbaneh's Souk al-Qamh, Lebanese ID LB 44 180 277, brother on WhatsApp +961 76 418 293.",
      [('name', 'Khaled Raad el-Merheb'), ('place', "Bab al-Tabbaneh's Souk al-Qamh"), ('ssn', 'LB 44 180 277'), ('phone', '+961 76 418 293')]),
    C("I'm presenting on Ho'oponopono and family conflict at the Hawaii Psychological Association convention in October. Any Native Hawaiian colleagues want to co-present?"),
    C("Trazodone 50 mg is my preference for older Iranian clients over benzodiazepines; Iranian GPs tend to give alprazolam 0.5 mg (Xanax) freely, despite the Iranian Psychiatric Association's advice."),
    C("Fluoxetine 20 mg is what's available in the Solomon Islands National Referral Hospital formulary; nothing else. Please consider that before suggesting switches."),
    C('please update the portal: client email now aminata.sow.dkr@orange.sn, phone +221 77 418 2293, Cité Keur Gorgui, Villa 41, Sacré-Cœur 3, Senegal.',
      [('email', 'aminata.sow.dkr@orange.sn'), ('phone', '+221 77 418 2293'), ('street_address', 'Cité Keur Gorgui, Villa 41'), ('place', 'Sacré-Cœur 3')]),
    C("fax to the regional hospital, 04 570 9418, re Sina Fonoti-Leaupepe, address 7 Pōmare Street, Taitā's Pōmare end, Wellington region 5011.",
      [('fax', '04 570 9418'), ('name', 'Sina Fonoti-Leaupepe'), ('street_address', '7 Pōmare Street'), ('place', "Taitā's Pōmare end"), ('zip_code', '5011')]),
    C("Japanese plate 品川 330 ほ 44-18, Mori Takeshi, a crash driver in Setagaya's Kyodo.",
      [('vehicle', '品川 330 ほ 44-18'), ('name', 'Mori Takeshi'), ('place', "Setagaya's Kyodo")]),
    C('Has anyone compared the GAD-7 and the Hopkins Symptom Checklist-25 (HSCL-25) in Vietnamese? The Vietnamese Depression Scale (Kinzie, 1982) is old but familiar.'),
    C('The Childhood Trauma Questionnaire (CTQ-SF, Bernstein 2003) in Arabic - the Lebanese validation by Bou Khalil looks good.'),
    C("I'm co-facilitating a Multifamily Group on Saturdays in Arabic and Kurmanji for Yazidi families, based on Rolland's Family Systems-Illness model."),
    C('Hikikomori in Japan (Saito, 1998; Kato et al., 2019) - does anyone see it in Korean clients too? The Korean Neuropsychiatric Association\'s term is "eunduk hyeong oettolie".'),
    C('Problem Management Plus (PM+) training in Amharic runs in March via the IFRC Psychosocial Centre. Ethiopian Orthodox clients often ask about fasting around Hudade.'),
    C("Mirtazapine 15 mg versus escitalopram 10 mg for an older Chinese client with poor appetite and insomnia - I lean mirtazapine. Thoughts from the Hong Kong colleagues, or from the Hospital Authority's psychogeriatric teams?"),
    C('Atami mudslide July 2021: Kaneko Haruo (family name first), aged 92 by the koseki, Izusan 2-14-7, Atami, 〒413-0002. Daughter Kaneko Yumi 090-7718-2436.',
      [('name', 'Kaneko Haruo'), ('age_over_89', '92 by the koseki'), ('street_address', 'Izusan 2-14-7'), ('place', 'Atami'), ('zip_code', '〒413-0002'), ('name', 'Kaneko Yumi'), ('phone', '090-7718-2436')]),
    C("Sefo Masoe from Leone's Faleniu side in American Samoa drives the bus past the school where his niece drowned.",
      [('name', 'Sefo Masoe'), ('place', "Leone's Faleniu side")]),
    C("Telehealth dropped six times for Tomasi Naivalu; his IP 144.120.45.17 is a Vodafone Fiji range. He's in Nausori's Koronivia.",
      [('name', 'Tomasi Naivalu'), ('ip_address', '144.120.45.17'), ('place', "Nausori's Koronivia")]),
    C("Mahinda Rajakaruna was a Ranaviru and now lives alone in Kurunegala's Wehera.",
      [('name', 'Mahinda Rajakaruna'), ('place', "Kurunegala's Wehera")]),
    C("Supervision note: I over-identified with a Lebanese Maronite client in March. My own family left Lebanon in 1982 and I didn't disclose it. Talked it through with my supervisor on Monday."),
    C('Odette: Jericho Montenegro-Plaza, surf instructor, house on Purok 5, Brgy. Catangnan, Gen. Luna town, PH-8419. PhilHealth 12-025418773-4.',
      [('name', 'Jericho Montenegro-Plaza'), ('street_address', 'Purok 5, Brgy. Catangnan'), ('place', 'Gen. Luna town'), ('zip_code', 'PH-8419'), ('health_plan', '12-025418773-4')]),
    C("MV Spice Islander, Sept 2011: Asha Khamis Juma from Nungwi's Kendwa side, Zanzibar. ZAN ID 0418-2273-914, M-Pesa 0777 418 229.",
      [('name', 'Asha Khamis Juma'), ('place', "Nungwi's Kendwa side"), ('ssn', '0418-2273-914'), ('account', '0777 418 229')]),
    C('The SMS-based Step-by-Step app from WHO is being piloted in Lebanon and Egypt. Any experience with its Arabic chatbot?'),
    C('Nasrin Hosseini-Far keeps emailing me at 2am from nasrin.hf1361@outlook.com. Is there a norm in your practice for after-hours email?',
      [('name', 'Nasrin Hosseini-Far'), ('email', 'nasrin.hf1361@outlook.com')]),
    C('The Refugee Health Screener-15 (RHS-15) works better than the PCL-5 for quick intake in Jordan, in my experience. Arabic and Kurdish versions are both available.'),
    C("The client is Hemi Kaa, from Tikitiki's marae road, grieving his uncle.",
      [('name', 'Hemi Kaa'), ('place', "Tikitiki's marae road")]),
    C('Advent and Christmas carol services are a huge part of life in Samoa and American Samoa; my Samoan clients want December off.'),
    C("Fax to Middlemore crisis team 09 276 0441 re Ioane Fa'alogo-Sapolu, NHI PDK8471.",
      [('fax', '09 276 0441'), ('name', "Ioane Fa'alogo-Sapolu"), ('health_plan', 'PDK8471')]),
    C('Any recommendations for an Aboriginal-led Dadirri listening workshop (Miriam-Rose Ungunmerr-Baumann)? We have budget in the Northern Territory this year.'),
    C("Daniel Yohannes Kiflom says the church in Asmara's Gejeret is where he learned to keep quiet.",
      [('name', 'Daniel Yohannes Kiflom'), ('place', "Asmara's Gejeret")]),
    C("How would you approach Bui Van Thanh? He lost his fishing boat in Cửa Việt and won't speak Vietnamese with his kids anymore.",
      [('name', 'Bui Van Thanh'), ('place', 'Cửa Việt')]),
    C("Anyone read Jemaima Tiatia-Seath's work on Pacific youth, or the Le Va Real Help guidelines? Useful in New Zealand schools."),
    C("client's brother posted the session recording on YouTube: https://youtu.be/Qk7vM2aTz18. Client Arjun Velayudhan, from Chooralmala's Punchirimattam.",
      [('url', 'https://youtu.be/Qk7vM2aTz18'), ('name', 'Arjun Velayudhan'), ('place', "Chooralmala's Punchirimattam")]),
    C('Venlafaxine, sertraline or fluoxetine for a Kenyan adolescent? The Kenya Essential Medicines List only has fluoxetine 20 mg and amitriptyline 25 mg for outpatients.'),
    C('The South African Depression and Anxiety Group (SADAG) helpline and Lifeline South Africa both take calls in isiZulu and Afrikaans.'),
    C("Metropol tower collapse in Abadan - my client's uncle ran the ground-floor shop. Client Mehrdad Kaabi, lives on Kuy-e Bahar, Kucheh 14, Pelak 9 in Ahvaz, postal code 6137748813. He keeps replaying the CCTV clip on Telegram.",
      [('place', 'Abadan'), ('name', 'Mehrdad Kaabi'), ('street_address', 'Kuy-e Bahar, Kucheh 14, Pelak 9'), ('place', 'Ahvaz'), ('zip_code', '6137748813')]),
    C('He runs a blog about the mine families, https://somaninsesi.blogspot.com/2024/05/babam.html. Client is Hakan Yaşar-Güler.',
      [('url', 'https://somaninsesi.blogspot.com/2024/05/babam.html'), ('name', 'Hakan Yaşar-Güler')]),
    C("Joseph Kasonde Mulenga was a miner at Chingola's Nchanga and now drives a minibus. He says the pit follows him.",
      [('name', 'Joseph Kasonde Mulenga'), ('place', "Chingola's Nchanga")]),
    C('House 22, Road 7, Block C, Banani, Dhaka-1213. Client Tahmina Haque Chowdhury, garment buyer, since the restaurant-block fire.',
      [('street_address', 'House 22, Road 7, Block C'), ('place', 'Banani'), ('zip_code', 'Dhaka-1213'), ('name', 'Tahmina Haque Chowdhury')]),
    C('For my Hazara clients the word "tashweesh" carries the whole idea of anxious rumination. Alemi et al. (2014) wrote about Afghan idioms of distress in Culture, Medicine and Psychiatry, with Dari and Pashto examples.'),
    C('Working with Kaveh Daneshvar on grief for his sister; he says Persian poetry helps more than anything I say. Is it fine to just let him read Hafez in session?',
      [('name', 'Kaveh Daneshvar')]),
    C('Selangor campsite landslide, December 2022 - my client Lim Siew Peng lost her husband and son. MyKad 810623-10-6642, No. 17, Jalan Kenari 3/2, 43300 Seri Kembangan.',
      [('name', 'Lim Siew Peng'), ('ssn', '810623-10-6642'), ('street_address', 'No. 17, Jalan Kenari 3/2'), ('zip_code', '43300'), ('place', 'Seri Kembangan')]),
    C('Cultural formulation interview (CFI, DSM-5) in Amharic: an Ethiopian university team has a version. Very helpful for Ethiopian women.'),
    C('Motivational Interviewing (Miller & Rollnick, 4th edition, 2023) in Bahasa Indonesia - the Indonesian Psychological Association (HIMPSI) runs workshops.'),
    C("i saw ngaio parata at the supermarket in kaikohe's monument end and she pretended not to know me. fine, right?",
      [('name', 'ngaio parata'), ('place', "kaikohe's monument end")]),
    C("Question about jinn possession beliefs in Egyptian clients: I'm reading Khalifa and Hardie (2005) and the Al-Azhar fatwa on ruqyah. How do you work alongside a sheikh?"),
    C('Driver licence KE-DL 4418273 suspended after the highway crash. Peter Kimani Gitau, plate KDK 418T.',
      [('licence', 'KE-DL 4418273'), ('name', 'Peter Kimani Gitau'), ('vehicle', 'KDK 418T')]),
    C("Stand 4418, Nehosho Road, Gweru's Mkoba 12. Tendai Moyo-Ncube Dube, ZIMRA ID 63-441827 T 27.",
      [('street_address', 'Stand 4418, Nehosho Road'), ('place', "Gweru's Mkoba 12"), ('name', 'Tendai Moyo-Ncube Dube'), ('ssn', '63-441827 T 27')]),
    C("Reading group, Thursday: Judith Herman's Trauma and Recovery (1992) alongside Derek Summerfield's 1999 critique in Social Science & Medicine. Bring the Arabic translation if you have it."),
    C('Anyone have the Maori Hauora Wellbeing tool or the Hua Oranga measure (Durie & Kingi)? Looking for it for a Waitangi Day workshop in February.'),
    C('Mirtazapine 30 mg plus CBT-I (Edinger, 2008) was what finally helped an Emirati client sleep. The DHA formulary lists both Remeron and the CBT-I Coach app from the VA.'),
    C('Reminder: the Australian Psychological Society and AHPRA both updated telehealth guidance in February. Medicare items for video changed as well.'),
    C("Has anyone read Byung-Chul Han's The Burnout Society (2015) with clients? A Korean client brought it to session on Friday."),
    C("Cabo Delgado attack March 2021 - Amina Issufo Mussa, fled by boat from Quitunda resettlement to Pemba's Paquitequete. BI 110104418273B. UNHCR Mozambique file MOZ-CD-21-4471.",
      [('name', 'Amina Issufo Mussa'), ('place', 'Quitunda resettlement'), ('place', "Pemba's Paquitequete"), ('ssn', '110104418273B'), ('medical_record', 'MOZ-CD-21-4471')]),
    C("Sodium valproate 500 mg BD with a level of 78 mg/L - is that enough for a young Bedouin man whose family won't accept lithium? Jordanian psychiatry mostly uses Depakine."),
    C('Diwali and Navratri in October make scheduling hard for our Gujarati clients; we usually close for Dhanteras.'),
    C('Ketamine infusions for depression are now offered privately in Australia and in the UAE; the TGA approved esketamine (Spravato, Janssen) in 2021, and the UAE MOHAP followed.'),
    C('Hwa-byung (Min, 2009) shows up in Korean Australians too. The Hwa-byung Scale by Kwon has an English version.'),
    C("Referral from the Libyan flood response: Salma Abdulhamid Bukhatwa, lost both parents when the wadi dam broke on 11 September 2023, now staying with an aunt in Shiha al-Gharbiya. Libyan national number 119940371826, aunt's phone +218 92 614 3308.",
      [('name', 'Salma Abdulhamid Bukhatwa'), ('date', '11 September 2023'), ('place', 'Shiha al-Gharbiya'), ('ssn', '119940371826'), ('phone', '+218 92 614 3308')]),
    C("P.O. Box 2719, Fasi, Nukuʻalofa's Fasi-moe-afi. ʻAna Mahe Lātū. Tonga NID TO-19840418-27.",
      [('street_address', 'P.O. Box 2719, Fasi'), ('place', "Nukuʻalofa's Fasi-moe-afi"), ('name', 'ʻAna Mahe Lātū'), ('ssn', 'TO-19840418-27')]),
    C("I'd love recommendations on Islamic-integrated CBT. Pearce, Koenig et al. (2015) and the Stanford Muslims and Mental Health Lab both have manuals."),
    C("APS, 16 Dec 2014 - our client Shahzaib Khan Afridi was in the auditorium as a 9th grader. Now 24. CNIC 17301-5528417-9, lives in Hayatabad Phase 3's Sector K-4, Street 7, House 118. Mob 0333 9184 226.",
      [('date', '16 Dec 2014'), ('name', 'Shahzaib Khan Afridi'), ('ssn', '17301-5528417-9'), ('place', "Hayatabad Phase 3's Sector K-4"), ('street_address', 'Street 7, House 118'), ('phone', '0333 9184 226')]),
    C('Sunday services at Tongan and Samoan churches in New Zealand finish late; I do Monday afternoons for most Pasifika clients.'),
    C('fax to Hôpital Mohammed VI, Marrakech: re Fatima-Zahra Ouhammou, dossier MV6-PSY-2023-18842, please send discharge summary to +212 524 43 71 92. Thanks.',
      [('place', 'Marrakech'), ('name', 'Fatima-Zahra Ouhammou'), ('medical_record', 'MV6-PSY-2023-18842'), ('fax', '+212 524 43 71 92')]),
    C("Lot 27 Jalan Sultan Ismail, Kuala Terengganu's Kampung Cina, 20200 KT. Nurul Izzati binti Mohd Zain, flood 2014, MyKad 950118-11-5528.",
      [('street_address', 'Lot 27 Jalan Sultan Ismail'), ('place', "Kuala Terengganu's Kampung Cina"), ('zip_code', '20200 KT'), ('name', 'Nurul Izzati binti Mohd Zain'), ('ssn', '950118-11-5528')]),
    C('The ASQ (Ask Suicide-Screening Questions) in Bahasa Indonesia is being piloted in Bali and Java; anyone involved?'),
    C('Narrative Exposure Therapy (Schauer, Neuner & Elbert, 2011) with the lifeline ropes and stones works well in Uganda and Rwanda. Has anyone done KIDNET with Congolese teenagers?'),
    C('Reading: Kirmayer, Gone & Moses (2014) on indigenous resilience, and the Australian Aboriginal and Torres Strait Islander Suicide Prevention Evaluation Project. Very relevant to our Queensland work.'),
    C('Fax back to Nairobi Hospital +254 20 284 6418 re Naserian Sankale Parmuat, MRN NH-448172, SHA member SHA-CR4418273901-7.',
      [('fax', '+254 20 284 6418'), ('name', 'Naserian Sankale Parmuat'), ('medical_record', 'NH-448172'), ('health_plan', 'SHA-CR4418273901-7')]),
    C("Client's cochlear implant processor (Nucleus 8, serial N8-4418-27730) got wet in the Nakuru flash flood. Wambui Kamau-Njoroge.",
      [('device', 'N8-4418-27730'), ('name', 'Wambui Kamau-Njoroge')]),
    C('hearing aids (Phonak serial 2241K8873) melted in restaurant-block fire, client Farhana Rahman Liza. Can we help with insurance letter?',
      [('device', '2241K8873'), ('name', 'Farhana Rahman Liza')]),
    C('CGM transmitter Dexcom G7 SN 4418-2KT3 shared with her mother on Follow, who watches every reading. Client Ayesha Siddiqa Mirza.',
      [('device', 'Dexcom G7 SN 4418-2KT3'), ('name', 'Ayesha Siddiqa Mirza')]),
    C('Venlafaxine XR 150 mg stopped abruptly during a flight from Australia to the Philippines - brain zaps for a week. Warn clients who travel home at Christmas.'),
    C('Has anyone used the Mini International Neuropsychiatric Interview (MINI) in Hindi? The version from AIIMS has a different suicidality module.'),
    C("Leilani Kahananui-Kamakau from Waiʻanae's Mākaha side wants her tūtū in the room. I'm leaning yes.",
      [('name', 'Leilani Kahananui-Kamakau'), ('place', "Waiʻanae's Mākaha side")]),
    C('Jeju Air, South Jeolla, 29 December 2024. My client Park Seo-yeon lost her parents and younger brother. RRN 970318-2417730, NHIS 5-2284177391. Lives Sangmu-daero 201, 1204-dong 803-ho, Chipyeong-dong, 61947.',
      [('date', '29 December 2024'), ('name', 'Park Seo-yeon'), ('ssn', '970318-2417730'), ('health_plan', '5-2284177391'), ('street_address', 'Sangmu-daero 201, 1204-dong 803-ho'), ('place', 'Chipyeong-dong'), ('zip_code', '61947')]),
    C('Psychological First Aid (WHO, War Trauma Foundation and World Vision, 2011) in Arabic was what we used after the Libyan floods in September. Any better resources since?'),
    C('Fax header: Queen Elizabeth Central Hospital, Southern Region, fax +265 1 874 418, re Chisomo Banda-Phiri, reg QECH 2024/14417.',
      [('fax', '+265 1 874 418'), ('name', 'Chisomo Banda-Phiri'), ('medical_record', 'QECH 2024/14417')]),
    C('In Ghana the Mental Health Authority and the Ghana Psychological Council both license practitioners. The 2019 Psychological Practitioners Regulations apply to telehealth too.'),
    C("His ankle monitor (SCRAM CAM 4418273) chafes and he cuts it with tape. Client Tevita Fifita Hufanga, Māngere East's Robertson Road.",
      [('device', 'SCRAM CAM 4418273'), ('name', 'Tevita Fifita Hufanga'), ('place', "Māngere East's Robertson Road")]),
    C('Zodwa Mahlaba-Khoza sat in her car outside our rooms for forty minutes and then drove home. Do I call or wait for her?',
      [('name', 'Zodwa Mahlaba-Khoza')]),
    C('my client in khayelitsha site c said the taxi rank shooting was the worst day of her life. she is nosipho mqikela. any trauma group there?',
      [('place', 'khayelitsha site c'), ('name', 'nosipho mqikela')]),
    C("The Grief Recovery Method vs Shear's Complicated Grief Treatment (2005) - I use Shear with Iraqi clients and it works, with adaptations for the Arba'een."),
    C('Taxi driver Mohammad Reza Sadeghi in the south-east, taxi licence TX-ZHD-04418, plate 85 ع 418 ایران 95.',
      [('name', 'Mohammad Reza Sadeghi'), ('licence', 'TX-ZHD-04418'), ('vehicle', '85 ع 418 ایران 95')]),
    C("I've started using the Strengths and Difficulties Questionnaire (SDQ) in Setswana for Botswana schools. The Goodman 1997 norms are British, so cautious interpretation."),
    C('Emotionally Focused Therapy (Sue Johnson, 2004) with Emirati couples: gender roles and the extended family make the cycle bigger. Has anyone adapted Hold Me Tight in Arabic?'),
    C('CPAP machine ResMed AirSense 11 serial 23177091546 - the oxygen plant fire has made him terrified of machines. Hassan Jabbar Al-Saedi.',
      [('device', '23177091546'), ('name', 'Hassan Jabbar Al-Saedi')]),
    C("Working with Batbayar Ganzorig - he was herding in Bayan-Öndör's winter camp during the 2023 dzud and lost 300 head.",
      [('name', 'Batbayar Ganzorig'), ('place', "Bayan-Öndör's winter camp")]),
    C("Security log: Ama Darko's portal account accessed from 154.160.27.118 (Greater Accra) and 102.176.94.3 within ten minutes. She is in Kumasi's Bantama. Who do I report this to?",
      [('name', 'Ama Darko'), ('ip_address', '154.160.27.118'), ('ip_address', '102.176.94.3'), ('place', "Kumasi's Bantama")]),
    C('Linktree with his fundraising for the jade-mine families: https://linktr.ee/saihlawin.jade. He is fine with me seeing it.',
      [('url', 'https://linktr.ee/saihlawin.jade')]),
    C('restaurant-block fire, Feb 2024: Nusrat Jahan Mim jumped from the third floor. NID 8241773095, bKash 01718-442937. Currently at the national burn institute, file SHNIBPS-24-1129.',
      [('name', 'Nusrat Jahan Mim'), ('ssn', '8241773095'), ('account', '01718-442937'), ('medical_record', 'SHNIBPS-24-1129')]),
    C('Eid al-Adha falls in June this year; my Muslim clients in Indonesia and Malaysia travel home for mudik/balik kampung, so expect a two-week pause.'),
    C("Korean postcode 58418 (Muan-eup's Seongnam-ri). Kim Dong-hyun, brother of a Jeju Air passenger.",
      [('zip_code', '58418'), ('place', "Muan-eup's Seongnam-ri"), ('name', 'Kim Dong-hyun')]),
    C('Fax to King Hussein Cancer Center psycho-oncology +962 6 535 3418, pt Rana Haddad-Twal, MRN KHCC 18 42 77.',
      [('fax', '+962 6 535 3418'), ('name', 'Rana Haddad-Twal'), ('medical_record', 'KHCC 18 42 77')]),
    C('PTSD Checklist for DSM-5 (PCL-5) cut-off of 33 seems too high for Indonesian clients; an Indonesian team found 30 better, published in BMC Psychiatry in 2021.'),
    C("The Ubuntu philosophy (Mkhize, 2004) gives a better frame for family therapy with Zulu clients than Bowen's differentiation model, as the South African Association for Marital and Family Therapy teaches."),
    C('Henan subway line 5, 20 July 2021: Zhao Yuting stood in chest-high water for three hours. Resident ID 410105199407224421. She prefers phone +86 138 3710 4492.',
      [('date', '20 July 2021'), ('name', 'Zhao Yuting'), ('ssn', '410105199407224421'), ('phone', '+86 138 3710 4492')]),
    C('I keep thinking about Thandiwe Mahlangu-Zondo from Diepsloot extension 12 - she cancels every time it rains. Anyone seen weather-triggered avoidance like that after a shack fire?',
      [('name', 'Thandiwe Mahlangu-Zondo'), ('place', 'Diepsloot extension 12')]),
    C('How do colleagues handle Ramadan fasting and lithium? The Malaysian Psychiatric Association says check levels before and after Ramadan.'),
    C("Aqaba chlorine tank drop, June 2022. Client is a port crane operator, Osama Al-Khasawneh, now with lung damage and on home oxygen concentrator SN IC5-AQ-220961. Jordan national no 9871042618. Lives in the port city's Al-Shallaleh district.",
      [('place', 'Aqaba'), ('name', 'Osama Al-Khasawneh'), ('device', 'IC5-AQ-220961'), ('ssn', '9871042618'), ('place', 'Al-Shallaleh')]),
    C("Yusuf Abdi Jama came in furious today because his caseworker used his father's name instead of his. How do you repair that kind of rupture with a young Somali man?",
      [('name', 'Yusuf Abdi Jama')]),
    C("Our Arabic-speaking group reads Viktor Frankl's Man's Search for Meaning in the Dar Al-Ilm translation. Works well in Ramadan evenings after Taraweeh."),
    C('Tamar Ben-Haim in Kfar Saba cannot stand the sirens on memorial day anymore.',
      [('name', 'Tamar Ben-Haim'), ('place', 'Kfar Saba')]),
    C('Prazosin 1 mg nocte titrated to 6 mg for nightmares - Israeli clinicians seem to use it a lot more than UK ones. Is there a local guideline from the Israel Psychiatric Association or the Ministry of Health?'),
    C("Payment from Mohammed Al-Rashidi's Al Rajhi account SA03 8000 0000 6080 1041 8273 bounced twice; he lost his job after the 2009 flood.",
      [('name', 'Mohammed Al-Rashidi'), ('account', 'SA03 8000 0000 6080 1041 8273')]),
    C("Northern Rivers 2022 floods - Kirra Bundjalung-Walker, went up into the roof with her kids on 28 February 2022. Medicare 4418 27730 1, 14 Rous Road, North Lismore's Terania flats, NSW 2480.",
      [('name', 'Kirra Bundjalung-Walker'), ('date', '28 February 2022'), ('health_plan', '4418 27730 1'), ('street_address', '14 Rous Road'), ('place', "North Lismore's Terania flats"), ('zip_code', 'NSW 2480')]),
    C('The Mental Healthcare Act 2017 in India requires advance directives to be registered with the Mental Health Review Board. Has anyone here done one?'),
    C("Postcode NSW 2166, Cabramatta West's Mimosa estate. Thu Trang Pham says she can't come on Thursdays. Medicare 2418 77301 2.",
      [('zip_code', 'NSW 2166'), ('place', "Cabramatta West's Mimosa estate"), ('name', 'Thu Trang Pham'), ('health_plan', '2418 77301 2')]),
    C("The tollgate, 20 Oct 2020 - Chukwuemeka Obi-Nwosu Ikenna was shot in the thigh. NIN 48127730962, plate LSD 482 KJ. Address 14 Admiralty Way, Lekki Phase 1's Oniru side, Lagos State.",
      [('date', '20 Oct 2020'), ('name', 'Chukwuemeka Obi-Nwosu Ikenna'), ('ssn', '48127730962'), ('vehicle', 'LSD 482 KJ'), ('street_address', '14 Admiralty Way'), ('place', "Lekki Phase 1's Oniru side")]),
    C('Liang Wenjie was a delivery rider in Sanlitun and crashed during a storm; his boss docked his pay.',
      [('name', 'Liang Wenjie'), ('place', 'Sanlitun')]),
    C('Lorazepam 1 mg PRN was being given daily to a Filipino domestic worker in Hong Kong; the Hong Kong Medical Council might take an interest in that.'),
    C("Long narrative. Nguyen Van Hung ran the karaoke bar in Khương Đình's alley 29 that burned in September 2023; 56 people died in the mini-apartment fire next door, not in his bar, but locals blame him. CCCD 001087044182. He now lives with his mother, 95 by Tết, in Thanh Xuân Bắc. His Facebook is being flooded with threats: https://www.facebook.com/hung.karaoke.kd. What would you prioritise?",
      [('name', 'Nguyen Van Hung'), ('place', "Khương Đình's alley 29"), ('ssn', '001087044182'), ('age_over_89', '95 by Tết'), ('place', 'Thanh Xuân Bắc'), ('url', 'https://www.facebook.com/hung.karaoke.kd')]),
    C("Yom Kippur and Sukkot both fall in October this year; my Israeli clients will mostly skip. I'll see them again in November."),
    C('Bibi Zarina Hamidi, aged 102 by the tazkira, was a midwife in Bamyan when the Buddhas fell.',
      [('name', 'Bibi Zarina Hamidi'), ('age_over_89', '102 by the tazkira'), ('place', 'Bamyan')]),
    C('Olanzapine 5 mg caused 8 kg weight gain in three months for my Samoan client; her doctor switched to aripiprazole 10 mg. Metabolic monitoring in Pacific clients is patchy, whatever the Te Whatu Ora and RANZCP guidance says.'),
    C('Mood charts in Japanese (the NIMH life chart translation) are great for bipolar clients in Japan; Lamotrigine 200 mg (Lamictal, GSK) is common there, per the Japanese Society of Mood Disorders.'),
    C("Priya Govender-Naidoo from Chatsworth's Unit 11 feels her family's temple is the only place she is seen.",
      [('name', 'Priya Govender-Naidoo'), ('place', "Chatsworth's Unit 11")]),
    C("@all anyone with Gujarati for a Machchhu bridge survivor? Hetalben Dayabhai Parmar-Koli, lost her two boys on 30 October 2022. Aadhaar 7734 2918 0465, mob +91 98251 47730. She is at her sister's in Lilapar village.",
      [('name', 'Hetalben Dayabhai Parmar-Koli'), ('date', '30 October 2022'), ('ssn', '7734 2918 0465'), ('phone', '+91 98251 47730'), ('place', 'Lilapar')]),
    C('Sabbath (Shabbat) and Friday prayers both limit availability in our Israeli-Palestinian mixed group, so Sunday to Thursday it is.'),
]

"""SIXTY-FOURTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), scripts/ or bench/,
did not run the guard, bench/guard_eval.py or any test that imports or
runs the guard, did not run git log or git status at all (no commit
message or diff of any commit was read), and did not read README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or the snippets
of eval_set.py, dev_extra.py, locked_set.py or locked_set_2.py ...
locked_set_63.py (set 65, written at the same time in another worktree,
was not seen at all).  What was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_62.py and locked_set_60.py
(the dense sets this one is modelled on), each printed once, on its own,
up to its closing triple quote (none of their cases); the first 25 lines
of tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and,
separately, its last three lines (two snippets, for the file format;
none of their sentences was copied); the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of
that file); and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  No reading was cut by the
terminal or printed twice, and no slip of the reading rule occurred.
A directory listing of the sets folder (its last five file names) was
printed once to see that locked_set_63.py exists.  The header of this
file (the import of EvalCase, the alias "C = EvalCase" and the name
LOCKED64_CASES) was written from the format of set 13's tail and the
test's module and attribute names, not read from another set.  The
overlap filter described below imported the earlier sets and printed
only this set's own clashing strings.  The only test run was
test_locked_sets.py (selected with -k 64); ruff was run on this file
and on that test file.  Every snippet is set in Africa, Asia, the
Middle East and Oceania (and diasporas there: Afghans, Hazaras,
Sudanese, Burundians, Lebanese, Koreans, Chinese, Vietnamese, Punjabis,
Fiji Indians and Rwandans in Australia and New Zealand, Filipinos and
Keralites in the Gulf, Nepalis back from Qatar, Indonesians in Hong
Kong, Bangladeshis in Singapore, Ethiopians in Lebanon, Eritreans in
Israel and Uganda, Afghans in Iran, Syrians in Turkey, Gazans in Egypt,
Sudanese in Chad, Burmese in Thailand, Nigerians in China, Tongans in
Japan).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty minutes of drafting), as a consultation request
or a chat message to peers in a therapists' consultation group, dense
with capitalised terms like sets 60 and 62, with settings chosen to
differ from those named in sets 60 and 62's docstrings: Cyclone Tracy,
the Black Summer fires in Gippsland, the South Coast and Kangaroo
Island, the 2022 Northern Rivers flood, the Whakaari eruption, Tangiwai,
the Kaikōura quake, the 2009 Samoa tsunami, the Hunga eruption, Cyclone
Harold, the Enga landslide of 2024, the Aitape tsunami, Rabaul 1994, the
Granville rail disaster, Thredbo, the 2017 Melbourne car attack, the
Strathfield Plaza shooting, Aramoana, the Erebus crash, Cyclone Yasi,
the 2019 North Queensland floods, Ash Wednesday 1983, Cyclone Yasa,
Kiribati's king tides, Cyclone Bola, the Moura mine, Cyclone Lola, the
2023 Maui fire, Cyclones Judy, Kevin, Ana, Keni and Hale, the January
2023 Auckland floods, a drowning off Mahia and the Enga clashes; the
Odisha train crash, the Morbi bridge, the 2025 Kumbh stampede, the
Hathras satsang crush, the 2005 Kashmir quake, the Army Public School
attack, the Easter Sunday bombings, the Meethotamulla garbage collapse,
the Sitakunda depot fire, the July 2024 uprising, Cyclone Sidr, Ondoy,
Bopha, Pinatubo, Ōkawa school in the Tōhoku tsunami, the Hanshin quake,
the Kyoto Animation arson, the Daegu subway fire, Sampoong, the Tham
Luang cave rescue, the Nong Bua Lamphu nursery attack, the Korat mall
shooting, the Koh Pich stampede, the Lombok, Cianjur and Yogyakarta
quakes, Semeru and Merapi, the 2025 Myanmar quake, the Hpakant jade
slide, Abbey Gate, the 2023 Herat quakes, the Alamdar Road bombing, the
Kunduz hospital strike, Osh 2010, Andijan, the Tianjin blasts, the
Zhengzhou subway flood, the Guangming landslide, the 2015 Nepal quake,
the Hulu Langat floods, the Xe-Pian dam, the Essex lorry deaths, the
2021 dzud, the 2016 land protests in Kazakhstan, the 2011 Zhanaozen
shooting, Khorog 2022, the 2022 Sylhet floods, the Rohingya camps, the
coup in Myanmar, the Karachi factory fire, the Rupganj juice factory
fire, the July 2023 underpass flood in Korea, the Pune hoarding collapse
and the 2004 tsunami at Khao Lak; the Beirut port blast, the Plasco
fire, the Bam quake, the 2023 Hatay quake, the Soma mine, the Ankara
station and Suruç bombings, Camp Speicher, the Ibn al-Khatib hospital
fire, the Imam Sadiq mosque, the Sana'a funeral hall strike, the Carmel
fire, Meron, Sinai torture camps, Jenin camp 2023, Hebron checkpoints,
the Mangaf fire, the Wadi Kabir mosque shooting and the flight from
northern Gaza; the Derna floods, the Al Haouz quake, the Sousse and
Bardo attacks, the Bab El Oued floods, the Boumerdès quake, the Rawda
mosque, Westgate, Dusit D2, Bududa and Kasese, the Koshe landfill, the
Tigray war, Goma 2025, Ebola in Beni, Kibeho, the MV Bukoba and MV Spice
Islander, Palma, the Knysna fires, the Enyobeni tavern, the Marshalltown
fire, the 2021 Eswatini unrest, Lekki toll gate, the Kano mosque
bombing, the Benue and Jos killings, Grand-Bassam, Solhan, the Eséka
train, the Regent mudslide, the Conakry stadium massacre, the N'Zérékoré
stadium crush, Le Joola, Cyclone Batsirai, the Wakashio spill,
Gukurahundi, Khartoum and El Geneina in 2023, Cyclone Eline, the 2015
Malawi floods, the 2012 M23 advance, Kakuma camp, the Damasak
kidnapping, Kidal and Mbera, and the 2017 Kenyan election violence; and
ordinary lives (a mule guide, a shoe-workshop owner, a dhow owner, a
kuia, a colourist, a glass shop owner). Short referral lines, faxes,
portal and telehealth logs by IP address, rushed lower-case chat (seven
identifier snippets write names or places in lower case), and 34
identifier snippets that hold only a name and/or a place, written as
ordinary consultation prose, often with the name at the start of a
sentence and no cue word before it. Nothing was composed by a script:
the author wrote the snippets in plain text files outside the repository
(/tmp/set64work/) with the planted spans marked inline, and a script
there only stripped the marks into the expected lists, checked lengths,
token boundaries, duplicate spans and duplicate snippets, counted
capitalised words in the clean snippets, checked overlap with the
earlier sets, shuffled the order with a fixed seed (64) and wrote this
file. Every later edit was typed by hand as a find-and-replace pair that
a small script applied to the drafts (about 255 pairs in all), except
the labelling pass described below, where the author typed a list of 139
place strings (each with its draft line number) and a small script
wrapped each one's first unmarked occurrence on that line in a place
mark; this is stated here.

Edits made after drafting, stated here: about twenty-five false starts
and asides the author had typed into the drafts (an age or a place
followed by "? No", "- no,", "... no", "- wait" or "- sorry -", notes on
what a span should hold such as "Daw outside" or "span only the name", a
remark that a setting was in set 60, and in four clean drafts a city
typed and then corrected with "oops, sorry", "scratch that", "strike
that" or "- sorry -") were cut with their values, leaving only the
corrected text; a real artist's name typed as a client's was replaced,
and honorifics and titles (Aunty, Sister, Mrs, Mbah, Daw, Nurse, Dr,
Sheikh, Mzee, Malam, Senior man) were kept outside the name spans. In a
review, 139 city, town, island, suburb, street, station, school,
hospital, mosque, church, mall, camp and venue names written unlabelled
in identifier snippets (before "quake", "floods", "fire", "crash",
"stampede", "mudslide", "landslide", "bombing" and "mine", after "in",
"at", "on" and "to", and as a hospital's short name) were labelled as
places; most of these were then cut by the overlap filter and replaced
by a province, region, country or a generic phrase ("the capital", "the
island", "the base hospital"), and one that made a duplicate span was
cut. A redundant feast after an age was cut.  After a check against set
60's docstring, thirteen settings that echoed it (the Itaewon crush, the
Kiteezi landfill, Bentiu, Pike River, Cyclones Gabrielle, Winston, Pam,
Idai and Freddy, Nyiragongo, Rafah, Bloody January and an unnamed
garment factory in Savar) were replaced by other events and places, with
their spans. In the clean snippets four cities (a capital in a
psychiatrist's location, a conference city, a diaspora client's city, a
city a client moved from) were replaced by their country or state (and a
client in France was moved to Victoria to keep the set's regions), a
psychiatric hospital, a detention centre, a forest region, a refugee
camp, an interpreter's training city, a conference city, a capital a
client moved back to and a city's opioid programme were replaced by
generic words or their state or country, and a wrongly remembered
author's given name was corrected. Overlap with the other sets was
resolved by renaming only this set's planted values, with a filter that
imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 157 values in the first
round (mostly places - many of them the cities and towns of the events
above, which were replaced by their state, region or country, cut, or
lengthened with a quarter, end, side, road, lane or estate -, with 21
ages over 89 and 16 names, 4 postal codes, an account, a date, a
licence, a medical record number and an ID number; ages were given a
season, feast or fraction, names a second surname or a new surname,
postal codes a new suburb and code, and the numbers changed), 15 in the
second, 6 in the third; the last pass found nothing.

Local identifier formats: Aadhaar, Pakistani CNIC, Bangladeshi NID, Sri
Lankan NIC, Nepali citizenship, Japanese My Number, Thai ID, Indonesian
NIK, Myanmar UNHCR number, Rohingya proGres, Afghan tazkira, Kyrgyz PIN,
Kazakh IIN, Iranian codemeli and Amayesh card, Turkish TC and YKN, Iraqi
unified card, Kuwaiti civil ID, Israeli teudat zehut and RAP visa, UNRWA
card, Egyptian residency card, Moroccan CIN, Algerian NIN, Ugandan NIN,
Ethiopian Fayda, Rwandan ID, Mozambican BI, South African ID, Nigerian
NIN, Cameroonian CNI, Malagasy CIN, Zimbabwean ID, Ghana Card, Hong Kong
HKID, Malaysian MyKad, Singapore work permit, Australian ImmiCard and a
PALM worker ID (ssn); Northern Rivers, Victorian UR, NZ NHI, Bir
Hospital, SKIMS, LUTH, Alice Springs, Khayelitsha, Hathras district,
UNHCR Mbera, UNRWA Zarqa, TUMS, MSF Adré and Blantyre files
(medical_record); Australian Medicare, NZ ACC, PhilHealth, BPJS, Korean
NHIS, BHYT, SGK, Clalit, Tunisian CNAM, Moroccan CNSS, Kenyan SHA,
Zambian NHIMA and Discovery Health numbers (health_plan); NZ driver
licences, SA paramedic registration, Philippine SIRB, Iranian teaching
licence, Libyan medical council, Ethiopian pharmacy, Nigerian PCN, DHA,
Kuwaiti and Saudi driving licences, Victorian licence, Kenyan KNC,
Ghanaian DVLA, Zambian RTSA, Egyptian medical syndicate and Maharashtra
licences (licence); NZ, Queensland, Victorian, Thai, Yemeni, Omani,
Ugandan, Mongolian, Hawaiian, Myanmar, Ethiopian, South African, PNG,
Moroccan, Lebanese and Maharashtra plates (vehicle); devices (an insulin
pump soaked in a flood, another lost in a cyclone's power cut and a
third in Rafah, an IMEI tracked by an ex, a phone lost in a stadium
crush, a wheelchair, a cochlear processor smashed at a checkpoint and
another after a boat accident, a CPAP, a pacemaker, an ICD, hearing
aids, a prosthetic leg); payments (FNPF, Suncorp BSB, bKash, ABA,
M-Pesa, Capitec, MCB, EVC Plus, Kiwibank, Access Bank, EcoCash, ANZ
Tonga, GTBank, Stanbic, an Egyptian IBAN); addresses written the local
way (Australian and New Zealand units and streets, Indian society
blocks, Sri Lankan lanes, Japanese chōme numbering, Korean daero-gil
with flat, Chinese room and building, Lebanese building and floor,
Turkish mahalle, sokak, no and daire, Israeli rechov with apt, Tunisian
rue, Libyan shari', Rwandan KG street, Nigerian close, Ghanaian house,
Zimbabwean stand, Timorese rua, Tajik avenue with apt, Dubai tower flat,
Pakistani house and street) with postal codes of those countries; dates
written slashed, in words, abbreviated and weekday-led; IPv4 and IPv6
addresses, URLs and phone and fax numbers in local and international
formats.

407 snippets, 248 with identifiers and 159 clean (lengths 98-237, within
the test's bounds of 40-520). Every pattern category appears at least 14
times (the test requires 12): date 16, age_over_89 21, phone 41, fax 14,
email 19, url 15, ip_address 17, ssn 41, medical_record 16, health_plan
17, account 15, licence 17, vehicle 16, device 14, street_address 29,
zip_code 18; with 260 names and 322 places smaller than a state (the
test requires 260 and 322). 34 of the identifier snippets hold only
names and/or places and nothing else. Ages over 89 are written in words
and figures, with a season, a feast or a record ("ninety-two wet seasons
by the mission book", "this Matariki", "monsoons", "harvests", "last
Tabaski", "a hundred and one Ramadans by the mosque register", "at
Vartavar", "come Candlemas", "at the last Undas").

Names: Tiwi, Anglo- and Irish-Australian, Yuin, Wiradjuri, Warlpiri,
Torres Strait Islander, Māori (Tūhoe, Ngāti Porou and Taranaki lines),
Samoan, Tongan, iTaukei Fijian and Fiji Indian, ni-Vanuatu, i-Kiribati,
Enga, Tolai, Sandaun and New Ireland Papua New Guinean, Native Hawaiian,
Greek-Australian, Japanese-New Zealander, Vietnamese, Hazara and
Pashtun, Burundian, Dinka, Lebanese and Armenian, Odia, Gujarati,
Bhojpuri and Dalit names from Uttar Pradesh, Kashmiri, Afridi Pashtun,
Sinhalese and Tamil, Bengali, Rohingya, Tagalog and Visayan, Aeta-
Kapampangan, Japanese (family name first), Zainichi Korean, Korean,
Thai, Khmer, Sasak, Sundanese, Javanese, Bamar and Kachin, Uzbek,
Kazakh, Kyrgyz, Tajik, Han Chinese with an English given name, Lao,
Timorese, Mongolian, Tibetan, Nepali Tamang, Ghale, Gurung and Magar,
Punjabi Sikh, Malaysian Tamil, Keralite, Omani Baloch, Emirati, Kuwaiti,
Saudi, Yemeni, Iraqi Arab, Persian, Afghan in Iran, Turkish and Kurdish,
Syrian, Israeli (Bukharan and Hasidic), Eritrean, Palestinian, Lebanese
Shia, Copt, Bedouin of Sinai, Libyan, Tashelhit Amazigh, Kabyle,
Tunisian, Moroccan Arab, Kikuyu, Somali, Luo, Ganda, Gisu, Konzo,
Amhara, Tigrayan, Nande, Rwandan, Haya, Makua, Coloured South African,
Xhosa, Zulu, Tswana, Swazi, Shona, Ndebele, Bemba, Chewa, Yoruba, Igbo,
Hausa, Kanuri, Tiv, Berom, Akan, Mossi, Basaa, Temne and Krio, Fula,
Kpelle, Jola, Gambian Wolof and Mandinka, Malagasy, Mauritian Tamil,
Tuareg, Masalit, Swahili and Sotho names; lower-case names and places,
hyphenated and multi-part names, names with binti and Ag, Korean and
Chinese names with an English given name, honorifics kept outside the
spans (Aunty, Sister, Mrs, Mbah, Daw, Nurse, Dr, Sheikh, Mzee, Malam),
and names with diacritics, okina, macrons and apostrophes. Places:
quarters, mahallas, mohallas, sahis, tolés, dusuns, hamlets and douars,
unions and sub-cities, kebeles, wards, cells and sectors, townships,
sections and extensions, compounds, camps and their blocks and zones,
estates, lanes, roads and their ends, sides and corners, villages and
their ends, jetties, wharves, markets, shrines, churches, mosques and
hospitals, malls, venues and schools, suburbs given their city as a
possessive, and places after street addresses and postal codes.

Clean snippets: peer-consultation messages, questions, reading-group
notes, supervision reflections and scheduling chatter, dense with
capitalised words after the first word of each sentence (1527 in 159
snippets, about 9.6 per snippet, counted by the author's script,
acronyms included and the pronoun "I" excluded; one has fewer than
four): drug brands and generics with doses and laboratory values, scales
and questionnaires and their local-language versions, therapy models and
their founders, real published authors with years and books, guidelines,
laws, regulators, insurers and professional bodies, idioms of distress
(Hwa-byung, khyâl, kufungisisa, ukuthwasa, Taijin Kyofusho, hikikomori,
Dhat, tension, Koro, Zar, jinn and waswas, susto, bangungot and usog,
baksbat, shenjing shuairuo, hevi tingting), weekdays, months, seasons,
religious feasts and fasts (Ramadan, Suhoor, Iftar, Taraweeh, Eid al-
Fitr, Eid al-Adha and Qurbani, Muharram, Ashura, Jumu'ah, Diwali and
Deepavali, Navratri, Karva Chauth, Holi, Vesak, Poson, Sinhala and Tamil
New Year, Tết, Lunar New Year, Chinese New Year, Chap Goh Meh, Mid-
Autumn Festival, Passover, Yom Kippur, Easter, Lent, Fasiika, Kiahk,
Orthodox and Ethiopian Christmas, Christmas Eve, New Year), civic days
and seasons (Waitangi Day, Matariki and Hautapu, ANZAC Day, NAIDOC Week,
the King's Birthday, Kwibuka, Naadam, Valentine's Day, the cyclone
season), charities, helplines, apps and products, countries, states,
provinces, emirates and regions, nationalities, religions and languages,
and no place smaller than a state or a country's first-level
subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED64_CASES = [
    C("Tawanda Chirwa came to group in Sunnybank's McCullough Street end and spoke Shona for the first time in eighteen months.", [('name', 'Tawanda Chirwa'), ('place', "Sunnybank's McCullough Street end")]),
    C("Yousra Hamdi from Sfax's Sakiet Ezzit road asked whether she can bring her baby. Her husband's gone to Italy and she hasn't heard.", [('name', 'Yousra Hamdi'), ('place', "Sfax's Sakiet Ezzit road")]),
    C("Rohingya camp: Mohammed Ayas in Kutupalong's Camp 8E block C. His prosthetic leg (Ottobock, serial OTB-3R80-44182) cracked on the hill path. ProGres MYR-24-09841.", [('name', 'Mohammed Ayas'), ('place', "Kutupalong's Camp 8E block C"), ('device', 'OTB-3R80-44182'), ('ssn', 'MYR-24-09841')]),
    C("Sarah Nyirenda Phiri, Malawian, in Blantyre's Ndirande township: 2015 floods survivor. MRN at the central hospital QE-2023-441820.", [('name', 'Sarah Nyirenda Phiri'), ('place', "Blantyre's Ndirande township"), ('medical_record', 'QE-2023-441820')]),
    C("Imam Sadiq mosque, Kuwait, June 2015: Abdullah Al-Ajmi Bukhadour was praying in the third row. Civil ID 278041802215. Home in Sawabir's block 4.", [('place', 'Imam Sadiq mosque'), ('name', 'Abdullah Al-Ajmi Bukhadour'), ('ssn', '278041802215'), ('place', "Sawabir's block 4")]),
    C("Keoni Akana Kamakau joined from 2600:1700:44e1:82a0::1c; he's in Lāna'i City's Ninth Street end. Date of the session 2 November 2027.", [('name', 'Keoni Akana Kamakau'), ('ip_address', '2600:1700:44e1:82a0::1c'), ('place', "Lāna'i City's Ninth Street end"), ('date', '2 November 2027')]),
    C("Anyone running Seeking Safety groups in South Africa? Lisa Najavits' manual in isiZulu or Afrikaans would help with our Gauteng clients who use Tik (methamphetamine) and Mandrax."),
    C("Supervision question: a Fijian Methodist client says her depression is a punishment from God for leaving the Church. Do others use Kenneth Pargament's Spiritual Coping work with Pacific clients?"),
    C("Supervisee asked about Ubuntu as a therapeutic frame. I pointed her to Desmond Tutu's No Future Without Forgiveness and the TRC hearings, plus Pumla Gobodo-Madikizela's A Human Being Died That Night."),
    C("Hagop Kalaydjian, ninety-four at Vartavar by the Armenian church register, was in Bourj Hammoud's Nor Marash quarter when the windows came in. Grandson asks about home visits.", [('name', 'Hagop Kalaydjian'), ('age_over_89', 'ninety-four at Vartavar'), ('place', "Bourj Hammoud's Nor Marash quarter")]),
    C('Question on assessment: the Edinburgh Postnatal Depression Scale vs the PHQ-9 for Fijian mothers. A midwife from the Ministry of Health and Medical Services says the EPDS item on self-harm is taboo in iTaukei villages.'),
    C("Bradley Nankervis was a Bowen Basin mine rescue man in 1994 and is 71. His uncle, Keith Nankervis, 103 years, 4 months by the RSL book, is in Blackwater's Wey Street home.", [('name', 'Bradley Nankervis'), ('name', 'Keith Nankervis'), ('age_over_89', '103 years, 4 months'), ('place', "Blackwater's Wey Street home")]),
    C("Benue killings, June 2025: Doosuur Iorkyaa lost her husband in Yelwata's market side. NIN 70418822091. Her pastor's fax +234 44 418 2270.", [('name', 'Doosuur Iorkyaa'), ('place', "Yelwata's market side"), ('ssn', '70418822091'), ('fax', '+234 44 418 2270')]),
    C("Cyclone Sidr, 2007: Rokeya Begum from Sharankhola's Southkhali union was ninety-two monsoons by her son's reckoning at the last Eid. Son's phone 01711-603482.", [('name', 'Rokeya Begum'), ('place', "Sharankhola's Southkhali union"), ('age_over_89', 'ninety-two monsoons'), ('phone', '01711-603482')]),
    C("Book club: Elif Shafak's The Island of Missing Trees, on Cyprus, intergenerational silence and a fig tree. Good companion to Gabor Maté's The Myth of Normal for Greek and Turkish Cypriot clients."),
    C("Fiona Ah Chee Tupuola's NZ licence EA441822 and her new address 9 Dawson Road, Clendon's Finlayson Avenue end 2103 are on the intake. Phone 09 274 4418.", [('name', 'Fiona Ah Chee Tupuola'), ('licence', 'EA441822'), ('street_address', '9 Dawson Road'), ('place', "Clendon's Finlayson Avenue end"), ('zip_code', '2103'), ('phone', '09 274 4418')]),
    C("Camp Speicher, June 2014: Zainab Kadhim Jasim lost her son. Home in Nasiriyah's Al-Shuhada quarter. Iraqi card 199402718834.", [('place', 'Camp Speicher'), ('name', 'Zainab Kadhim Jasim'), ('place', "Nasiriyah's Al-Shuhada quarter"), ('ssn', '199402718834')]),
    C("Booking site shows Kagiso Thato Molefe at https://jozitherapy.co.za/book/kmolefe; he lives in Diepkloof's Zone 4. Vodacom number 082 441 8207.", [('name', 'Kagiso Thato Molefe'), ('url', 'https://jozitherapy.co.za/book/kmolefe'), ('place', "Diepkloof's Zone 4"), ('phone', '082 441 8207')]),
    C("July 2024 uprising: Tasnuva Haque Mim was shot in the thigh at Jatrabari's Shanir Akhra crossing. Her NID 4617 882 901. Counsellor at Mohammadpur's Tajmahal Road referred her.", [('name', 'Tasnuva Haque Mim'), ('place', "Jatrabari's Shanir Akhra crossing"), ('ssn', '4617 882 901'), ('place', "Mohammadpur's Tajmahal Road")]),
    C("Gift Mwale Phiri's NHIMA card NH-4418-2207 and his Zambian licence ZM-RTSA-441822 are both in his bag. He is in Lusaka's Kanyama compound.", [('name', 'Gift Mwale Phiri'), ('health_plan', 'NH-4418-2207'), ('licence', 'ZM-RTSA-441822'), ('place', "Lusaka's Kanyama compound")]),
    C('Sleep hygiene tip for Ramadan: move the Melatonin 2 mg to after Taraweeh, not before Suhoor. A Malaysian client on Trazodone 50 mg also switched timing in March with no trouble.'),
    C('Does anyone have the Amharic PHQ-9 from the Hanlon team? The Ethiopian Ministry of Health and the PRIME project used it, and our Amharic-speaking interpreter says Item 9 needs care.'),
    C("Rwenzori floods, May 2020: Bwambale Mumbere Jonas from Kilembe's Nyakasanga cell lost his bodaboda, plate UEK 418K, in the Nyamwamba river.", [('name', 'Bwambale Mumbere Jonas'), ('place', "Kilembe's Nyakasanga cell"), ('vehicle', 'UEK 418K')]),
    C("Lecture recommendation: Arthur Kleinman's Rethinking Psychiatry and his Neurasthenia work in Hunan. Good for supervisees seeing Chinese clients in New Zealand who present Shenjing Shuairuo."),
    C("The National Mental Health Commission's Vision 2030 came up in our Tuesday meeting. Does anyone think the Head to Health hubs reach Aboriginal and Torres Strait Islander people outside the capital cities?"),
    C("Bayarmaa Gantulga, Mongolian, from Ulaanbaatar's Bayanzürkh ger district, was in the 2021 dzud. Her car's plate 4418 УБА. Phone +976 9911 4820.", [('name', 'Bayarmaa Gantulga'), ('place', "Ulaanbaatar's Bayanzürkh ger district"), ('vehicle', '4418 УБА'), ('phone', '+976 9911 4820')]),
    C("Nepal quake, April 2015: Pasang Lhamu Ghale lost her father in Barpak's upper tole. She's in Boudha's Phulbari gali now. Nepali citizenship 27-01-72-05917.", [('name', 'Pasang Lhamu Ghale'), ('place', "Barpak's upper tole"), ('place', "Boudha's Phulbari gali"), ('ssn', '27-01-72-05917')]),
    C('Peer question: is "Susto" in the DSM-5 Cultural Concepts appendix ever relevant to Filipino clients, or should I think of Bangungot and Usog instead? A Cebuano client asked about Albularyo help.'),
    C("Chukwudi Anozie lost his shop in Onitsha's Ose market to the fire and now sleeps in the church hall. His wife says he's gone silent like his father.", [('name', 'Chukwudi Anozie'), ('place', "Onitsha's Ose market")]),
    C("Lunch thought: Eye Movement Desensitization and Reprocessing in Arabic. The EMDR Association of Jordan and HAP Middle East trainings are excellent, and Francine Shapiro's book has been translated."),
    C("Rangi Poutama-Hēnare's insulin pump (Tandem t:slim, serial TS-1144182) failed in the January 2023 floods' power cut in Wairau Valley's Link Drive end. Phone 021 044 8822.", [('name', 'Rangi Poutama-Hēnare'), ('device', 'TS-1144182'), ('place', "Wairau Valley's Link Drive end"), ('phone', '021 044 8822')]),
    C("Medication review: Clonidine 100 mcg for nightmares instead of Prazosin in a Syrian teenager in Jordan. The Jordan FDA formulary doesn't stock Prazosin. Any evidence from the MSF team in Jordan?"),
    C("Tigray, 2021: Haftom Gebremedhin Berhe was a pharmacist near Mekelle's Kedamay Weyane sub-city. He wants to get his EPHARM licence ET-PH-17724 re-issued.", [('name', 'Haftom Gebremedhin Berhe'), ('place', "Mekelle's Kedamay Weyane sub-city"), ('licence', 'ET-PH-17724')]),
    C("Asking for a Friday: do people use the Harvard Trauma Questionnaire torture items with Tamil clients from Sri Lanka's Northern Province? Some Tamil clinicians say the items retraumatise."),
    C("Journal club, Monday 7pm AEST: Derrick Silove's ADAPT model and the Refugee Trauma Initiative paper from 2017. Bring questions about Harvard Trauma Questionnaire cut-offs for Hazara clients."),
    C("The January 1977 rail bridge disaster: Norma Petrakis lost her husband in the carriage under the bridge. She is ninety-seven this Easter and lives in Parramatta's Harris Park end. Daughter's phone (02) 9633 5172.", [('name', 'Norma Petrakis'), ('age_over_89', 'ninety-seven this Easter'), ('place', "Parramatta's Harris Park end"), ('phone', '(02) 9633 5172')]),
    C("Kahu Tapsell-Ngata logged in from 122.56.44.182; she's in Ruatoria's Tuparoa road. After Cyclone Hale the marae doctor's fax is 06 864 8822.", [('name', 'Kahu Tapsell-Ngata'), ('ip_address', '122.56.44.182'), ('place', "Ruatoria's Tuparoa road"), ('fax', '06 864 8822')]),
    C('Faʻamoe Leota-Toala was a teacher in Poutasi when the wave hit on 29 September 2009. Her insulin pump (Medtronic 780G, serial NG3318705H) was damaged in a later flood.', [('name', 'Faʻamoe Leota-Toala'), ('place', 'Poutasi'), ('device', 'NG3318705H')]),
    C("A supervisee asked whether Ho'oponopono can sit inside Emotion-Focused Therapy. I said ask a Kanaka Maoli elder, not me, and read Manulani Aluli Meyer. Was I too cautious?"),
    C("Rashid Mwinyi Hamad from Stone Town's Malindi quarter lost his dhow in 2011's MV Spice Islander sinking. Date he found out: 10 September 2011. Phone +255 777 441 820.", [('name', 'Rashid Mwinyi Hamad'), ('place', "Stone Town's Malindi quarter"), ('date', '10 September 2011'), ('phone', '+255 777 441 820')]),
    C("Ngozi Okafor Obi booked on Monday 12 July 2027; her MRN at the teaching hospital is LUTH/PSY/0441822. She lives in Surulere's Aguda quarter.", [('name', 'Ngozi Okafor Obi'), ('date', 'Monday 12 July 2027'), ('medical_record', 'LUTH/PSY/0441822'), ('place', "Surulere's Aguda quarter")]),
    C("Tariq Al-Harbi's Saudi licence SA-DL-1044182207 was suspended after the Jazan crash; he lives in Jazan's Al-Rawdah district. URL of the clinic https://jazanwell.sa/p/tharbi.", [('name', 'Tariq Al-Harbi'), ('licence', 'SA-DL-1044182207'), ('place', "Jazan's Al-Rawdah district"), ('url', 'https://jazanwell.sa/p/tharbi')]),
    C("Kwame Asante Boateng, Ghanaian, lives at House 14, Mango Close, Madina's Redco flats side. Ghana Card GHA-714418220-3. Fax +233 302 441 822.", [('name', 'Kwame Asante Boateng'), ('street_address', 'House 14, Mango Close'), ('place', "Madina's Redco flats side"), ('ssn', 'GHA-714418220-3'), ('fax', '+233 302 441 822')]),
    C("Anyone used Lamotrigine with a Korean client with Bipolar II? The HLA-B*1502 screen isn't routine for Koreans but is for Han Chinese and Thai clients. Carbamazepine has the same issue."),
    C("Grand-Bassam, March 2016: Aya Kouassi Ehui was a vendor on the beach. Lives in Grand-Bassam's Quartier France. Phone +225 07 07 418 227.", [('place', 'Grand-Bassam'), ('name', 'Aya Kouassi Ehui'), ('place', "Grand-Bassam's Quartier France"), ('phone', '+225 07 07 418 227')]),
    C("Henan subway flood, July 2021: Sherry Wang Xiaomei was on Line 5 near Shakoulu station's Jinshui end. WeChat only, no phone. Email sherrywang.zz@163.com.", [('name', 'Sherry Wang Xiaomei'), ('place', "Shakoulu station's Jinshui end"), ('email', 'sherrywang.zz@163.com')]),
    C("Has anyone used the Mongolian translation of the Beck Anxiety Inventory? A client who came to Queensland during the Naadam festival in July has panic attacks and I'd like a baseline."),
    C('Jonalyn Pascua Ibarra, Filipina nurse in Dubai, lives at Flat 1406, Al Khail Gate Tower 2, Al Quoz 2. DHA licence DHA-P-0441822. Booked for Sunday 14 November 2027.', [('name', 'Jonalyn Pascua Ibarra'), ('street_address', 'Flat 1406, Al Khail Gate Tower 2'), ('place', 'Al Quoz 2'), ('licence', 'DHA-P-0441822'), ('date', 'Sunday 14 November 2027')]),
    C('The CEO of Lifeline Australia spoke at the Suicide Prevention Australia conference about the 13 YARN line. Does anyone know the referral pathway for Aboriginal callers on weekends?'),
    C("Al Haouz quake, September 2023: Itto Aït Ouchen from Tinmel's Ighil douar is ninety-one years and three months by her son's livret de famille. CIN of the son EE418207.", [('name', 'Itto Aït Ouchen'), ('place', "Tinmel's Ighil douar"), ('age_over_89', 'ninety-one years and three months'), ('ssn', 'EE418207')]),
    C("Planning a CPD day on Juvenile Justice in the Northern Territory. Royal Commission into the Protection and Detention of Children (2017), the detention footage, and Jesuit Social Services' Raise the Age work."),
    C('Fax from the town camp clinic at Hidden Valley camp: client Maisie Nungarrayi Brown, MRN ASH 4418207. Fax back (08) 8951 4482.', [('place', 'Hidden Valley camp'), ('name', 'Maisie Nungarrayi Brown'), ('medical_record', 'ASH 4418207'), ('fax', '(08) 8951 4482')]),
    C("The Reserve Bank holiday schedule is odd this year: Easter Monday, ANZAC Day and the King's Birthday all land on Mondays in April and June. Book Tuesday appointments early."),
    C("Training on Tuesday and Wednesday: Interpersonal Psychotherapy for Group (IPT-G), the StrongMinds model from Uganda. Myrna Weissman's manual and the Bolton trial from 2003 are required reading."),
    C("Intake: Jimmy Kalsakau, ni-Vanuatu, seasonal worker in the Riverina, was home on Pentecost's Melsisi side for Cyclone Harold. Employer PALM ID PALM-VU-8803147.", [('name', 'Jimmy Kalsakau'), ('place', "Pentecost's Melsisi side"), ('ssn', 'PALM-VU-8803147')]),
    C('Antipsychotic switch: Aripiprazole 10 mg to Paliperidone Palmitate 100 mg monthly for a Congolese client in South Africa. The SAHPRA leaflet is thin. Any advice on the loading schedule?'),
    C("Noor Jahan Arakani from Balukhali's block D4 asked for a female interpreter; Shamsul Alam Patwary from the CiC office said he'd try.", [('name', 'Noor Jahan Arakani'), ('place', "Balukhali's block D4"), ('name', 'Shamsul Alam Patwary')]),
    C('Supervisee is struggling with a Hazara client who says Ashura is the only time she can cry. Muharram starts next week. I suggested we honour that rather than push Exposure. Thoughts?'),
    C("Reading list for the Africa stream: Chinua Achebe's Things Fall Apart for Ogbanje, Ngũgĩ wa Thiong'o's Decolonising the Mind, and Chimamanda Ngozi Adichie's Half of a Yellow Sun for Biafra's trauma."),
    C('Our Ngāi Tahu colleague is running a Kaupapa Māori supervision session on Monday. Bring your questions about Tikanga in sessions, karakia, and how to document whānau hui under the Health Information Privacy Code.'),
    C('Station bombing in the capital, October 2015: Deniz Arslan Yıldırım was at the peace rally. Home Gazi Mah. 84. Sokak No: 12 Daire 6, Yenimahalle 06560.', [('name', 'Deniz Arslan Yıldırım'), ('street_address', 'Gazi Mah. 84. Sokak No: 12 Daire 6'), ('place', 'Yenimahalle'), ('zip_code', '06560')]),
    C('Thinking about Rumi with a grieving Iranian client. She reads the Masnavi every Friday in Farsi. Is Meaning-Centred Grief Therapy by Wendy Lichtenthal a fit, or too Western?'),
    C("Laisenia Qarase-Dau drove a bus in Fiji's capital and was in Nabouwalu's jetty end for Cyclone Yasa. His FNPF member number is FNPF 20418873; he wants to redirect the refund.", [('name', 'Laisenia Qarase-Dau'), ('place', "Nabouwalu's jetty end"), ('account', 'FNPF 20418873')]),
    C("Vailea Fonua's account at ANZ Tonga ANZT 4418-220-71 is for the church's Hunga relief. She's in Kolonga village.", [('name', 'Vailea Fonua'), ('account', 'ANZT 4418-220-71'), ('place', 'Kolonga village')]),
    C("Zhanar Bekova told me her father's village, Zhanaozen's Rakhat quarter, is where the shooting was in 2011. She has never said it aloud before.", [('name', 'Zhanar Bekova'), ('place', "Zhanaozen's Rakhat quarter")]),
    C('Gloria Lipscombe, survivor of the Strathfield Plaza shooting in 1991, asks for letters to be sent to Unit 4/22 Redmyre Road, Enfield South NSW 2133.', [('name', 'Gloria Lipscombe'), ('place', 'Strathfield Plaza'), ('street_address', 'Unit 4/22 Redmyre Road'), ('place', 'Enfield South'), ('zip_code', '2133')]),
    C('Maui: Leilani Kealoha-Dizon lived at 142 Kaniau Road, Puamana HI 96761. She drives a truck with plate HI PLN 418. Consult booked Wed 9 Aug 2028.', [('name', 'Leilani Kealoha-Dizon'), ('street_address', '142 Kaniau Road'), ('place', 'Puamana'), ('zip_code', '96761'), ('vehicle', 'HI PLN 418'), ('date', 'Wed 9 Aug 2028')]),
    C('Supervision reflection: I keep saying "closure" with Tongan families after the Hunga eruption, and a Tongan colleague told me on Friday that Fakamālohi is closer to what they want. Humbling.'),
    C("Sumarni binti Karso, Indonesian helper in Hong Kong, was beaten by her employer in Tai Koo Shing's Kam Din Terrace. HKID W441822(7). Her union page: https://iwuhk.org/case/sumarni-k.", [('name', 'Sumarni binti Karso'), ('place', "Tai Koo Shing's Kam Din Terrace"), ('ssn', 'W441822(7)'), ('url', 'https://iwuhk.org/case/sumarni-k')]),
    C("Talei Rokoduru, from Gau's Sawaieke village, is now a nurse in Queensland; she flags her iPhone IMEI 35 881209 412733 6 was tracked by an ex.", [('name', 'Talei Rokoduru'), ('place', "Gau's Sawaieke village"), ('device', '35 881209 412733 6')]),
    C("Quick question about Naltrexone 50 mg for Alcohol Use Disorder in a Fijian rugby player. His club's Doctor wants Baclofen instead. The Pacific Island Forum has no guidance, obviously."),
    C("Cyclone Yasi 2011: Bernadette Kris, Torres Strait Islander, rode it out in Cardwell's Victoria Street caravan park. Her Medicare is 5512 39086 2.", [('name', 'Bernadette Kris'), ('place', "Cardwell's Victoria Street caravan park"), ('health_plan', '5512 39086 2')]),
    C("Does anyone know whether the K10 has been validated in Samoan? The Pacific Islands Families Study used it, and Le Va's Engaging Pasifika guide says translation matters less than rapport."),
    C("Has anyone tried ACT with Hindu clients around Karma and Dharma? I found Steven Hayes and Russ Harris work well when I frame defusion through the Bhagavad Gita, but I worry I'm stretching."),
    C("Abebe Girma Tadesse fled to Jijiga's Kebele 06. He drives a Bajaj, plate 3-SM-44182. Emails from abebe.girma.jj@ethionet.et.", [('name', 'Abebe Girma Tadesse'), ('place', "Jijiga's Kebele 06"), ('vehicle', '3-SM-44182'), ('email', 'abebe.girma.jj@ethionet.et')]),
    C("Ratu Semi Naivalu uses a cochlear processor (Nucleus 8, serial NU8-4418220) since a boat accident in Cyclone Keni; home Vanua Balavu's Lomaloma village.", [('name', 'Ratu Semi Naivalu'), ('device', 'NU8-4418220'), ('place', "Vanua Balavu's Lomaloma village")]),
    C("Ruth Afework Gebre lives in Addis Ababa's Kazanchis quarter and came in saying she hears the 2017 landslide in the rain.", [('name', 'Ruth Afework Gebre'), ('place', "Addis Ababa's Kazanchis quarter")]),
    C("Marie-Claire Uwase, Rwandan in Queensland, at Inala's Kittyhawk Drive end: consult on 28 February 2027. Her Medicare 4418 22071 3.", [('name', 'Marie-Claire Uwase'), ('place', "Inala's Kittyhawk Drive end"), ('date', '28 February 2027'), ('health_plan', '4418 22071 3')]),
    C("Bishnu Bahadur Tamang came home from a Qatar labour camp in Sanaiya's Street 33 block with kidney failure. Dialysis MRN at Bir Hospital BIR-44182-DX. Village Dhunche's lower tole.", [('name', 'Bishnu Bahadur Tamang'), ('place', "Sanaiya's Street 33 block"), ('place', 'Bir Hospital'), ('medical_record', 'BIR-44182-DX'), ('place', "Dhunche's lower tole")]),
    C("Marcelino Soares da Costa, Timorese, lost his father in the 1999 violence. Lives at Rua de Becora 14, Dili's Becora side. Portal https://timorcare.tl/p/mdacosta.", [('name', 'Marcelino Soares da Costa'), ('street_address', 'Rua de Becora 14'), ('place', "Dili's Becora side"), ('url', 'https://timorcare.tl/p/mdacosta')]),
    C("Hana Haile Tesfay, Eritrean in Uganda, at Kansanga's Ggaba road side: Stanbic account 9030044182207. Link https://refugeelaw.ug/case/hhtesfay.", [('name', 'Hana Haile Tesfay'), ('place', "Kansanga's Ggaba road side"), ('account', '9030044182207'), ('url', 'https://refugeelaw.ug/case/hhtesfay')]),
    C('Cyclone Eline survivor, now in the capital: Chipo Mutasa Nyamadzawo lives at 1124 Glen View 3, in the capital. Her ZWID 63-2211887 K 44.', [('name', 'Chipo Mutasa Nyamadzawo'), ('street_address', '1124 Glen View 3'), ('ssn', '63-2211887 K 44')]),
    C("Anjali Ramdhani, Fiji Indian in New Zealand, was in Ba's Rarawai sector for the 2012 floods. New address 22B Rangitoto Road, Ōtāhuhu's Mason Avenue end 1062. Bank: Kiwibank 38-9018-0441822-00.", [('name', 'Anjali Ramdhani'), ('place', "Ba's Rarawai sector"), ('street_address', '22B Rangitoto Road'), ('place', "Ōtāhuhu's Mason Avenue end"), ('zip_code', '1062'), ('account', '38-9018-0441822-00')]),
    C("Article recommendation: Vikram Patel's Where There Is No Psychiatrist, second edition, and the Friendship Bench trial by Dixon Chibanda in The Lancet, 2016. Both shaped how our NGO trains lay counsellors in Malawi."),
    C("Is anyone using Cognitive Processing Therapy with Yazidi survivors? Patricia Resick's manual has a Kurmanji translation via the Jiyan Foundation, and our team is starting in September."),
    C("Is anyone offering Hindi or Urdu DBT skills groups online? Marsha Linehan's handouts have a Hindi translation, but the Pakistani clients say the Urdu feels formal. Sessions could run on Sunday evenings AEST."),
    C("hi all, nyaluak gatwech from kakuma's zone 3 is in the group from tomorrow. she doesn't read english, so printed homework is pointless - audio?", [('name', 'nyaluak gatwech'), ('place', "kakuma's zone 3")]),
    C("anyone know a farsi speaker near yennora? client soraya ghasemi wants a woman, not interpreter. she's got two kids and a husband who hits the wall not her", [('place', 'yennora'), ('name', 'soraya ghasemi')]),
    C("Tobias Kaluwin, Tolai, was a boy in Matupit island when Rabaul went up in 1994. He's 46; his mother is 91 come Candlemas by the parish card.", [('name', 'Tobias Kaluwin'), ('place', 'Matupit island'), ('place', 'Rabaul'), ('age_over_89', '91 come Candlemas')]),
    C('my client ruth kapaona from kavieng wont do zoom, her aunty listens in. anyone done phone sessions with png mums? she said the village has one bar of signal', [('name', 'ruth kapaona'), ('place', 'kavieng')]),
    C("Bongani Shezi keeps driving past the old tavern in Ntuzuma's F section. His wife thinks he's drinking again; he says he's just looking.", [('name', 'Bongani Shezi'), ('place', "Ntuzuma's F section")]),
    C("Yogyakarta quake 2006: Endang Sri Rahayu from Bantul's Imogiri side had a spinal injury; her wheelchair's serial is INV-RX8-220417. She is asking for a new Sakti OT.", [('name', 'Endang Sri Rahayu'), ('place', "Bantul's Imogiri side"), ('device', 'INV-RX8-220417')]),
    C('On Friday the Ministry of Health in Ghana launched the new Mental Health Authority guidelines. Anyone working with Ghanaian NGOs seen the psychiatric hospital discharge protocol yet?'),
    C("Tianjin blasts, August 2015: Liu Jianguo was a firefighter cadet; flat at Room 1702, Building 3, Haigang Garden, Binhai's Xingang district 300456.", [('name', 'Liu Jianguo'), ('street_address', 'Room 1702, Building 3, Haigang Garden'), ('place', "Binhai's Xingang district"), ('zip_code', '300456')]),
    C("Anyone running Trauma Recovery Techniques from the Children and War Foundation with Yemeni kids? Atle Dyregrov's manual has an Arabic edition, and UNICEF Yemen funded training in March."),
    C('Client on Lithium 900 mg with a level of 0.9 mmol/L, plus Lamotrigine 200 mg. Her psychiatrist at the DHB is on leave until February. Should the counsellor be the one flagging the TSH result?'),
    C("Online form from 49.186.44.182: Ravinder Kaur Sandhu-Gill, Punjabi Sikh, in Craigieburn's Aitken Creek estate. Her husband's ute is 1XK 7RT.", [('ip_address', '49.186.44.182'), ('name', 'Ravinder Kaur Sandhu-Gill'), ('place', "Craigieburn's Aitken Creek estate"), ('vehicle', '1XK 7RT')]),
    C("Teuila Seiuli said the school in Falealupo's church ruins is where she last saw her brother before the wave. She laughs when she says it and I don't know what to do with that.", [('name', 'Teuila Seiuli'), ('place', "Falealupo's church ruins")]),
    C("Subway arson fire, February 2003: Choi Mi-kyung's sister died at Jungangno station. Home: 112-1104, 47 Dalgubeol-daero 201-gil, Suseong-gu. Korean NHIS 4-2187044593.", [('name', 'Choi Mi-kyung'), ('place', 'Jungangno station'), ('street_address', '112-1104, 47 Dalgubeol-daero 201-gil'), ('place', 'Suseong-gu'), ('health_plan', '4-2187044593')]),
    C("Supervision question: an Emirati client's family wants to join every session. Is Family Systems Therapy or Bowen's model a better fit than individual CBT? The DHA licence rules say consent is individual."),
    C("Velu Murugesan, Malaysian Tamil, estate worker at Ladang Sungai Tinggi's line houses, was in the 2021 Hulu Langat floods. MyKad 650811-10-5547. Fax from the klinik +60 3-8925 4418.", [('name', 'Velu Murugesan'), ('place', "Ladang Sungai Tinggi's line houses"), ('place', 'Hulu Langat'), ('ssn', '650811-10-5547'), ('fax', '+60 3-8925 4418')]),
    C('Has anyone seen Jinn possession beliefs alongside Obsessive-Compulsive Disorder in Saudi clients? The Y-BOCS misses Waswas. Is there an Arabic scrupulosity scale like the PIOS?'),
    C('Supervision note: a Hindu client on Venlafaxine 150 mg wants to fast for Navratri and Karva Chauth. Dizziness and BP drops in October - should the GP lower the dose for nine days?'),
    C('Is the DASS-21 validated in Fijian? The Ministry of Health and Medical Services wants a screening tool before Diwali for Fiji Indian and iTaukei clients, and I only have the English norms from Lovibond and Lovibond 1995.'),
    C("Anyone used the Strengths and Difficulties Questionnaire in Bislama? Vanuatu's Ministry of Health wants to screen children after Cyclone Lola, and UNICEF Pacific has funded a trial in October."),
    C('Consultation wanted: our Vanuatu partners want Psychological First Aid in Bislama before the Cyclone Season starts in November. The IFRC PFA guide exists in French and English only.'),
    C("Pinatubo 1991: Lolita Dizon Manalang, Aeta-Kapampangan, was ninety-five at the last Undas by her barangay's registry. She lives in Porac's Diaz settlement.", [('name', 'Lolita Dizon Manalang'), ('age_over_89', 'ninety-five at the last Undas'), ('place', "Porac's Diaz settlement")]),
    C("For those in Queensland: the Mental Health Act 2016 changed how Treatment Authorities work. If your client is on a TA and moves interstate in December, who holds the file? Medicare won't tell me."),
    C("Sana'a funeral hall strike, October 2016: Ahmed Saleh al-Mikhlafi lost three uncles. He now drives a taxi in Sana'a's Hadda quarter; plate Sanaa 2/41817.", [('place', "Sana'a"), ('name', 'Ahmed Saleh al-Mikhlafi'), ('place', "Sana'a's Hadda quarter"), ('vehicle', 'Sanaa 2/41817')]),
    C("Mbah Paijo Wiryo is a Merapi survivor of 96 harvests by the village book in Kinahrejo's upper lane.", [('name', 'Paijo Wiryo'), ('age_over_89', '96 harvests'), ('place', "Kinahrejo's upper lane")]),
    C("Supervision reflection: Cyclone Bola's anniversary is in March and several Tairāwhiti clients have asked for sessions that week. Is anyone running a group through Te Whatu Ora or an iwi provider?"),
    C("Has anyone read Ethan Watters' Crazy Like Us? The Sri Lanka chapter on the tsunami counsellors is uncomfortable reading for anyone doing PTSD screening in Asia after big disasters."),
    C("Question about Bupropion 150 mg for smoking cessation in a Bangladeshi client on Citalopram 20 mg. QTc was 448 ms on the last ECG. Cardiology says fine; I'm not convinced."),
    C("Reading Amitav Ghosh's The Great Derangement with a group of Bangladeshi climate migrants. Is it too abstract? The mangrove chapters in The Hungry Tide landed better."),
    C('Our team is debating whether the EPDS should be given in Arabic or English to Iraqi mothers in the Perinatal service. The Arabic version by Ghubash from the UAE is older but people trust it.'),
    C("Anyone running Parent-Child Interaction Therapy with Pacific families? PCIT International's coding feels very American. The Incredible Years has a Māori adaptation, Ngā Tau Mīharo, which I like."),
    C('For anyone seeing Sri Lankan clients: Vesak and Poson in May and June, and the Sinhala and Tamil New Year in April. The Sri Lanka Medical Council registration is required for tele-sessions there.'),
    C("Has anyone worked with Zar ceremonies in Sudanese or Egyptian women? Janice Boddy's Wombs and Alien Spirits is a classic; I'm unsure how to respect Zar while treating Major Depressive Disorder."),
    C("Meethotamulla garbage collapse, April 2017: Chaminda Wijeratne of Meethotamulla's Sri Sumangala road lost his house and mother. Phone 077 418 2096.", [('place', 'Meethotamulla'), ('name', 'Chaminda Wijeratne'), ('place', "Meethotamulla's Sri Sumangala road"), ('phone', '077 418 2096')]),
    C("Gauteng, August 2023: Tendai Moyo Chigumba, Zimbabwean, got out of the inner-city building fire. Now in Hillbrow's Pretoria Street block. Capitec account 1408 2207 19.", [('name', 'Tendai Moyo Chigumba'), ('place', "Hillbrow's Pretoria Street block"), ('account', '1408 2207 19')]),
    C("Nasrin Sultana Akhter talks about Rupganj's Karnagop lane as if it were a person who betrayed her. She worked on the fourth floor of the juice factory there.", [('name', 'Nasrin Sultana Akhter'), ('place', "Rupganj's Karnagop lane")]),
    C('Quick check: does anyone know if the Beck Depression Inventory-II has a Hebrew norm from Israel? A client on Cipralex 10 mg moved here from Israel and the clinic in Victoria wants a baseline.'),
    C('Anyone using the Te Whare Tapa Whā model alongside TF-CBT with rangatahi? My Māori clients respond better when we start with Taha Wairua, but the ACC sensitive claims template wants PCL-5 scores by Week 6.'),
    C("Rova Rakotoarisoa from Antananarivo's Anosibe market lost her stall in Cyclone Batsirai. Malagasy CIN 101 211 044 182. Phone +261 34 41 882 07.", [('name', 'Rova Rakotoarisoa'), ('place', "Antananarivo's Anosibe market"), ('ssn', '101 211 044 182'), ('phone', '+261 34 41 882 07')]),
    C("Kano central mosque, November 2014: Malam Sani Abdulkadir Gwarzo lost his brother. Lives in Kano's Goron Dutse quarter.", [('place', 'Kano central mosque'), ('name', 'Sani Abdulkadir Gwarzo'), ('place', "Kano's Goron Dutse quarter")]),
    C('I keep reading about Taijin Kyofusho in the DSM-5-TR glossary. Has anyone seen it in a Japanese student in Australia, or is Social Anxiety Disorder the better frame under the APS guidelines?'),
    C("MV Bukoba, May 1996: Mzee Rwegoshora Kaijage lost his wife; he is 93 rainy seasons by his church card in Bukoba's Kashai ward.", [('name', 'Rwegoshora Kaijage'), ('age_over_89', '93 rainy seasons'), ('place', "Bukoba's Kashai ward")]),
    C("Anyone have experience with the Shona Symptom Questionnaire (SSQ-14)? Developed by Melanie Abas and Patterson. Zimbabwe's Ministry of Health uses it and so does the Friendship Bench."),
    C('Reminder that Passover and Easter fall close this year, in April. Our Israeli and Palestinian Christian clients will both be away; reschedule the Tuesday DBT group.'),
    C('Has anyone used the Arabic Scale of Mental Health (ASMH) with Omani adolescents? Our Sultan Qaboos University partners say the Western WEMWBS misses Sabr and Tawakkul.'),
    C("Thanakorn Jaidee was in Terminal 21 Korat during the February 2020 shooting. Now in Nakhon Ratchasima's Pho Klang side. Motorbike plate 1กข 4872 นครราชสีมา.", [('name', 'Thanakorn Jaidee'), ('place', 'Terminal 21 Korat'), ('place', "Nakhon Ratchasima's Pho Klang side"), ('vehicle', '1กข 4872 นครราชสีมา')]),
    C("Balochistan: Fatima Changezi lost her brother in the January 2013 Alamdar Road's snooker hall bombing. Now at House 17, Street 4, Marriabad, Quetta's Mehrabad end. Email fatima.changezi13@gmail.com.", [('name', 'Fatima Changezi'), ('place', "Alamdar Road's snooker hall"), ('street_address', 'House 17, Street 4, Marriabad'), ('place', "Quetta's Mehrabad end"), ('email', 'fatima.changezi13@gmail.com')]),
    C("Case thought: a Maasai client studying in Tanzania presents with Somatic Symptom Disorder and was told by a Laibon it's a curse. Do others screen with the PHQ-15 in Swahili or Maa?"),
    C("Sampoong, 1995: Park Jeong-hwa was in the basement food court. She's now in Bundang's Jeongja-dong. Phone 010-4728-6613.", [('place', 'Sampoong'), ('name', 'Park Jeong-hwa'), ('place', "Bundang's Jeongja-dong"), ('phone', '010-4728-6613')]),
    C('Anyone read Abdellah Taïa in translation? A Moroccan gay client in Victoria brought Salvation Army to session and asked if Morocco could ever forgive him. Lovely hour, very hard.'),
    C("Plasco, January 2017: Mehdi Rostami was a firefighter's brother. Home in Tehran's Narmak quarter. Codemeli 008-441720-6. Email m.rostami.narmak@chmail.ir.", [('place', 'Plasco'), ('name', 'Mehdi Rostami'), ('place', "Tehran's Narmak quarter"), ('ssn', '008-441720-6'), ('email', 'm.rostami.narmak@chmail.ir')]),
    C("Aung Myint Thu from Hlaing Tharyar's Ward 6 was shot in March 2021. Telehealth from 37.111.44.182. Phone +95 9 441 822 07.", [('name', 'Aung Myint Thu'), ('place', "Hlaing Tharyar's Ward 6"), ('ip_address', '37.111.44.182'), ('phone', '+95 9 441 822 07')]),
    C("The city car attack, January 2017: Mai-Linh Trương was on the tram stop. She has since moved to Sunshine North's Ballarat Road end and wants a Vietnamese-speaking clinician. Victorian UR UR 3318042.", [('name', 'Mai-Linh Trương'), ('place', "Sunshine North's Ballarat Road end"), ('medical_record', 'UR 3318042')]),
    C("Layal Haidar Fakih from Nabatieh's Kfar Roummane road drives Lebanon G 441822; she joined from 185.97.44.182.", [('name', 'Layal Haidar Fakih'), ('place', "Nabatieh's Kfar Roummane road"), ('vehicle', 'Lebanon G 441822'), ('ip_address', '185.97.44.182')]),
    C("The 2018 cave rescue: Ekkapol Saenthong-Ngam was a volunteer diver's assistant from Mae Sai's Wiang Phang Kham side. He asks for a Thai-speaking clinician. Line ID can't be shared.", [('name', 'Ekkapol Saenthong-Ngam'), ('place', "Mae Sai's Wiang Phang Kham side")]),
    C("Mpho Letsie Mokhothu went back to Roma's Ha Mafafa village in Lesotho for the burial and hasn't answered since. Do I keep the slot?", [('name', 'Mpho Letsie Mokhothu'), ('place', "Roma's Ha Mafafa village")]),
    C('Pharmacy question: Fluoxetine 20 mg in Ramadan - is once-daily at Suhoor fine? A Somali client in Victoria says her Imam told her taking pills breaks the fast.'),
    C("Hemi Walker Tautahi, Tūhoe, lives in Ruatāhuna's Mātaatua side. NHI MKZ3304. He'll only meet on Tuesday 4 May 2027.", [('name', 'Hemi Walker Tautahi'), ('place', "Ruatāhuna's Mātaatua side"), ('medical_record', 'MKZ3304'), ('date', 'Tuesday 4 May 2027')]),
    C("Samuela Vunidilo and his brother Isireli Vunidilo both fish out of Levuka's Nasova end; only one of them wants to talk about the night of Cyclone Ana.", [('name', 'Samuela Vunidilo'), ('name', 'Isireli Vunidilo'), ('place', "Levuka's Nasova end")]),
    C("Hamad Al-Suwaidi, Emirati, ninety-five lunar years by his Emirates ID's birth year, lives in Fujairah's Dibba Al-Hisn quarter; grandson's email suwaidi.h.fuj@eim.ae.", [('name', 'Hamad Al-Suwaidi'), ('age_over_89', 'ninety-five lunar years'), ('place', "Fujairah's Dibba Al-Hisn quarter"), ('email', 'suwaidi.h.fuj@eim.ae')]),
    C("Client Ayak Deng Kuol from Blacktown's Marayong side has a Suncorp account for the rental bond: BSB 484-799 418226701. Needs help with the Sudanese court letter.", [('name', 'Ayak Deng Kuol'), ('place', "Blacktown's Marayong side"), ('account', '484-799 418226701')]),
    C('For the Gulf colleagues: the UAE Mental Health Law of 2023 changed involuntary admission. Dubai Health Authority and the Department of Health in Abu Dhabi have different forms and consent rules.'),
    C("Reading group this Wednesday: Judith Herman's Trauma and Recovery, chapters 7-9, then Bessel van der Kolk on the Body Keeps the Score. Bring the Kessler K10 examples from the NSW Health training."),
    C("Guinea's stadium massacre, September 2009: Fatoumata Binta Sow Diallo was attacked on the pitch. She lives in Ratoma's Koloma quarter. Phone +224 622 41 88 20.", [('name', 'Fatoumata Binta Sow Diallo'), ('place', "Ratoma's Koloma quarter"), ('phone', '+224 622 41 88 20')]),
    C("Reminder that PANDA's helpline and the Gidget Foundation both do telehealth for postnatal depression. A client on Zoloft 50 mg asked about breastfeeding; the LactMed entry is reassuring."),
    C("Khyâl attacks in Cambodian clients: Devon Hinton's CA-CBT is the best I've found. Anyone used it with Khmer families in Victoria or with Hmong clients in Thailand? Hinton's 2012 paper in Transcultural Psychiatry is short."),
    C("Carmel fire, December 2010: Tamar Ben-Shoshan was a prison service cadet on the bus. She lives in Tirat Carmel's Neve Ganim. Teudat zehut 031447268. Clalit CL-7720186.", [('name', 'Tamar Ben-Shoshan'), ('place', "Tirat Carmel's Neve Ganim"), ('ssn', '031447268'), ('health_plan', 'CL-7720186')]),
    C("Mereana Tūhaka keeps asking whether her uncle's drowning off Mahia's Opoutama beach counts as hers to grieve. She's a fisherman's daughter and it is twelve years on.", [('name', 'Mereana Tūhaka'), ('place', "Mahia's Opoutama beach")]),
    C("Aigerim Nurlanovna Temirbek, Kazakh, was at the May 2016 land protests in Almaty's Orbita-2 microdistrict. IIN 950412401822. Portal https://almatypsy.kz/intake/as2022.", [('name', 'Aigerim Nurlanovna Temirbek'), ('place', "Almaty's Orbita-2 microdistrict"), ('ssn', '950412401822'), ('url', 'https://almatypsy.kz/intake/as2022')]),
    C("Supervisee is working with a Druze client who believes in Taqammus, reincarnation. The client's grief for a stillborn son is bound up with it. Any reading beyond Ian Stevenson's old cases?"),
    C('Journal club Wednesday: the CETA trial in Iraq by Laura Murray and Paul Bolton, and the Common Elements approach with Burmese refugees in Thailand. Bring notes on Kurdish cultural adaptations.'),
    C("Fatou Jallow Ceesay, Gambian, was on the boat that sank off Mauritania's Nouadhibou cape in 2019 - her cousin died. Now in Serrekunda's Latrikunda quarter. Phone +220 744 1820.", [('name', 'Fatou Jallow Ceesay'), ('place', "Mauritania's Nouadhibou cape"), ('place', "Serrekunda's Latrikunda quarter"), ('phone', '+220 744 1820')]),
    C("Reem al-Farra, Gazan student stuck in Egypt since 2024, lives in Nasr City's Tenth District. Egyptian residency card 29807213400418. Email reem.alfarra.gz@outlook.com.", [('name', 'Reem al-Farra'), ('place', "Nasr City's Tenth District"), ('ssn', '29807213400418'), ('email', 'reem.alfarra.gz@outlook.com')]),
    C("Rego for the van Jarrah O'Dea drove into the Northern Rivers flood: QLD 882 KXV. He is in Mullumbimby's Stuart Street caravan park now.", [('name', "Jarrah O'Dea"), ('vehicle', 'QLD 882 KXV'), ('place', "Mullumbimby's Stuart Street caravan park")]),
    C("Moussa Ag Intalla, Tuareg, from Kidal's Aliou quarter, now in a camp in Mauritania at Mbera's zone 3. UNHCR MRN MBR-2012-441822.", [('name', 'Moussa Ag Intalla'), ('place', "Kidal's Aliou quarter"), ('place', "Mbera's zone 3"), ('medical_record', 'MBR-2012-441822')]),
    C("Obinna Chukwuemeka Okonji runs a phone shop in Guangzhou's Xiaobei road and was detained during the April 2020 evictions. WeChat Pay can't be named; Access Bank 0559301826.", [('name', 'Obinna Chukwuemeka Okonji'), ('place', "Guangzhou's Xiaobei road"), ('account', '0559301826')]),
    C("Anyone using the Kimberley Mum's Mood Scale? It's adapted from the EPDS by Rhonda Marriott's team with Aboriginal women, and our midwives in Western Australia love it."),
    C("Sudan, April 2023: Hiba Osman Abdelrahim fled Khartoum's Burri al-Lamab quarter to Egypt. UNHCR EGY-23C-144182.", [('name', 'Hiba Osman Abdelrahim'), ('place', "Khartoum's Burri al-Lamab quarter"), ('ssn', 'EGY-23C-144182')]),
    C("Losaline Taufa'ahau from Kanokupolu's seaward end on the main island lost the roof in the Hunga eruption of January 2022. Her pastor in Māngere's Favona block referred her: +64 21 488 3071.", [('name', "Losaline Taufa'ahau"), ('place', "Kanokupolu's seaward end"), ('place', "Māngere's Favona block"), ('phone', '+64 21 488 3071')]),
    C("Floods in the capital, November 2001: Mohamed Amine Bouzid was 11, in Bab El Oued's Triolet quarter. He is now in Dély Ibrahim's Ouled Fayet road.", [('name', 'Mohamed Amine Bouzid'), ('place', "Bab El Oued's Triolet quarter"), ('place', "Dély Ibrahim's Ouled Fayet road")]),
    C('If you are in the Northern Territory, the new NT Health telepsychiatry service runs Monday to Thursday. Referral via the Top End Health Service form, and Centrelink letters go separately.'),
    C("Aramoana 1990: Ngaire Bassett-Horne was nine, in the crib on Muri Street's ocean end. Her NHI is PQB2071 and she prefers email: ngaireb.horne@orcon.net.nz.", [('place', 'Aramoana'), ('name', 'Ngaire Bassett-Horne'), ('place', "Muri Street's ocean end"), ('medical_record', 'PQB2071'), ('email', 'ngaireb.horne@orcon.net.nz')]),
    C("Enyobeni tavern, June 2022: Siphosethu Mbelebele's son was 17. Home in Scenery Park's Extension 7. Phone 073 418 2209.", [('place', 'Enyobeni'), ('name', 'Siphosethu Mbelebele'), ('place', "Scenery Park's Extension 7"), ('phone', '073 418 2209')]),
    C('Kamlesh Jatav was at the satsang crush in Uttar Pradesh in July 2024; wife Savitri Devi Jatav died. Village: Phulrai Mughalgarhi. Case MRN at the district hospital HTR/2024/118734.', [('name', 'Kamlesh Jatav'), ('name', 'Savitri Devi Jatav'), ('place', 'Phulrai Mughalgarhi'), ('medical_record', 'HTR/2024/118734')]),
    C("hey all, client moana te rangi from ohope wants to know if group sessions run on Thursday 9 December 2027, the eruption anniversary. I'd rather not.", [('name', 'moana te rangi'), ('place', 'ohope'), ('date', 'Thursday 9 December 2027')]),
    C("West Bank, July 2023: Nour Abu al-Hija was 16. Family home in Jenin camp's Hawashin quarter. UNRWA card UNRWA 8814-0722.", [('name', 'Nour Abu al-Hija'), ('place', "Jenin camp's Hawashin quarter"), ('ssn', 'UNRWA 8814-0722')]),
    C("West Nusa Tenggara quake, August 2018: Baiq Nurul Hidayati from Pemenang's Tanjung Sigar dusun lost her mosque and her father. BPJS 0001882046713.", [('name', 'Baiq Nurul Hidayati'), ('place', "Pemenang's Tanjung Sigar dusun"), ('health_plan', '0001882046713')]),
    C("The mall siege, September 2013: Wanjiru Kamau Gitau hid in the Nakumatt storeroom for six hours. She lives in Westlands' Mpaka Road flats. Phone 0722 418 907. SHA SHA-44187206.", [('name', 'Wanjiru Kamau Gitau'), ('place', "Westlands' Mpaka Road flats"), ('phone', '0722 418 907'), ('health_plan', 'SHA-44187206')]),
    C("my client kalani hoapili from keaukaha said he'd bring his ukulele to the next session. is that ok for a trauma group or am i being soft", [('name', 'kalani hoapili'), ('place', 'keaukaha')]),
    C('Reminder for the Sunday group: Holi is in March, Easter in April, Vesak in May. Plan room bookings at the community centre and tell the Sri Lankan Buddhist clients early.'),
    C("The November 2016 quake: Ruben Tawhai-Clarke was on the SH1 crew at Ohau Point's slip face. Now a supervisee's client; NHI ZKV4471. Email rtawhaiclarke@xtra.co.nz.", [('name', 'Ruben Tawhai-Clarke'), ('place', "Ohau Point's slip face"), ('medical_record', 'ZKV4471'), ('email', 'rtawhaiclarke@xtra.co.nz')]),
    C('Anyone using Interpersonal Therapy with Ethiopian Orthodox clients during the Fasiika fast? Fifty-five days without meat and dairy, and Lent anxieties are common in the Habesha community.'),
    C('Mirtazapine 15 mg or 30 mg for an elderly Armenian client with weight loss and insomnia? His Cardiologist also started Amiodarone in September. Any interaction worth flagging to the GP on Monday?'),
    C('Burnout check-in: the Copenhagen Burnout Inventory for our Lebanese staff after the 2024 war. Ministry of Public Health and WHO Lebanon have a staff care guide, and the Embrace Lifeline is 1564.'),
    C("Thinking about Eid al-Fitr: an Afghan client said her PTSD is worse on holidays because of the Taliban's return. Do others schedule an extra session the week before Eid?"),
    C('Does anyone use the Refugee Health Screener-15 in Arabic, Dari and Tigrinya? Our service in South Australia wants it before Christmas and the ACT team swears by the Pathways version.'),
    C("Drug interaction check, please: Carbamazepine 400 mg bd with Oral Contraceptives in a Sudanese epilepsy client who also takes Amitriptyline 25 mg. The Medsafe data sheet is clear, but the GP isn't."),
    C("Fax from the base hospital re Kerryn Ah-Sam: MRN LBH-0724419, admitted after the February 2022 flood went through South Lismore's Union Street flats. Fax back (02) 6629 4418.", [('name', 'Kerryn Ah-Sam'), ('medical_record', 'LBH-0724419'), ('place', "South Lismore's Union Street flats"), ('fax', '(02) 6629 4418')]),
    C('Supervision reflection: Eid al-Adha and the Qurbani. A Pakistani client who works in an abattoir had flashbacks from the 2010 floods. Is this Sensory Triggering or Moral Injury?'),
    C("Ali Reza Sharifi was at Abbey Gate, the airport, on 26 August 2021. Resettled first in Riccarton's Mandeville block, now in Hornby's Branston Street end. Phone 022 481 9377.", [('name', 'Ali Reza Sharifi'), ('place', 'Abbey Gate'), ('place', "Riccarton's Mandeville block"), ('place', "Hornby's Branston Street end"), ('phone', '022 481 9377')]),
    C("Reading group on Thursday: Sudhir Kakar's The Inner World, Ashis Nandy's The Intimate Enemy, and Girindrasekhar Bose's letters to Freud. Indian psychoanalysis is underrated in Australia."),
    C("Gukurahundi: Thembeni Ndlovu, ninety-two winters by the mission register, from Tsholotsho's Sipepa ward, asks to record her story in isiNdebele.", [('name', 'Thembeni Ndlovu'), ('age_over_89', 'ninety-two winters'), ('place', "Tsholotsho's Sipepa ward")]),
    C("Kunduz hospital strike, October 2015: Nurse Zahra Sahel was on night shift with Dr Najibullah Qadiri. She lives in Kabul's Dasht-e-Barchi Qala-e-Nazer. Phone +93 78 441 2096.", [('name', 'Zahra Sahel'), ('name', 'Najibullah Qadiri'), ('place', "Kabul's Dasht-e-Barchi Qala-e-Nazer"), ('phone', '+93 78 441 2096')]),
    C("Salma Yusuf Harun, Somali-Kenyan nurse in Garissa's Bulla Iftin, has a KNC licence KNC-RN-441822 and a clinic site https://garissamind.co.ke/salma.", [('name', 'Salma Yusuf Harun'), ('place', "Garissa's Bulla Iftin"), ('licence', 'KNC-RN-441822'), ('url', 'https://garissamind.co.ke/salma')]),
    C("Ebrima Touray Njie asks for the clinic's web form again: https://banjultrauma.gm/forms/et-njie. He lives in Bakau's Cape Point road.", [('name', 'Ebrima Touray Njie'), ('url', 'https://banjultrauma.gm/forms/et-njie'), ('place', "Bakau's Cape Point road")]),
    C("Omar Abu Shanab logged in from 82.205.44.182 in Deir al-Balah's Hikr quarter. His sister's insulin pump, serial MMT-780-441822, was lost in the flight from the north.", [('name', 'Omar Abu Shanab'), ('ip_address', '82.205.44.182'), ('place', "Deir al-Balah's Hikr quarter"), ('device', 'MMT-780-441822')]),
    C('Our Saturday group uses Problem Management Plus from the WHO. Has anyone adapted PM+ for Syrian refugees in Jordan, or is the Arabic manual from IFRC the only one?'),
    C("Taslima Nasreen Chowdhury, British-Bangladeshi visiting Sylhet's Ambarkhana lane, lost her bag with her CPAP (ResMed AirSense 11, serial 23221441820) in the 2022 floods.", [('name', 'Taslima Nasreen Chowdhury'), ('place', "Sylhet's Ambarkhana lane"), ('device', '23221441820')]),
    C("Lê Thị Hoa in Melbourne's St Albans block lost her brother in the Essex lorry deaths of October 2019. Email lethihoa.stalbans@gmail.com. Date of that night: 23 October 2019.", [('name', 'Lê Thị Hoa'), ('place', "Melbourne's St Albans block"), ('place', 'Essex'), ('email', 'lethihoa.stalbans@gmail.com'), ('date', '23 October 2019')]),
    C("Dina Farouk Gabr, Copt in Minya's Abu Qurqas, asks for help with a licence renewal: Egyptian medical syndicate EMS-441822. Her bank Banque Misr EG44 0002 0441 0441 8220 7100 7.", [('name', 'Dina Farouk Gabr'), ('place', "Minya's Abu Qurqas"), ('licence', 'EMS-441822'), ('account', 'EG44 0002 0441 0441 8220 7100 7')]),
    C("Kyaw Zin Htet drove a city taxi, plate YGN 8K-4418, until the coup. Now in Mae Sot's Ban Mae Tao. Facebook page https://facebook.com/kyawzin.htet.driver.", [('name', 'Kyaw Zin Htet'), ('vehicle', 'YGN 8K-4418'), ('place', "Mae Sot's Ban Mae Tao"), ('url', 'https://facebook.com/kyawzin.htet.driver')]),
    C("For Thursday's case review: Dhat syndrome in a Punjabi man who also meets criteria for Generalised Anxiety Disorder on the GAD-7 (score 16). Any good paper beyond Sumathipala's 2004 review?"),
    C("Does Medicare cover telehealth from Tonga or Samoa for an Australian resident visiting family over Christmas? The MBS item notes are vague and AHPRA's guidance is about the practitioner, not the patient."),
    C('Anyone know the Uganda Allied Health Professionals Council rules on tele-counselling across borders? A South Sudanese client moved back to South Sudan in November and wants to continue on WhatsApp.'),
    C("Zion Church, Batticaloa: Thevaki Sivakumar lost her daughter on 21 April 2019. Now in Kallady's Navalady lane. Telehealth log from 112.134.71.205.", [('place', 'Zion Church'), ('place', 'Batticaloa'), ('name', 'Thevaki Sivakumar'), ('place', "Kallady's Navalady lane"), ('ip_address', '112.134.71.205')]),
    C("Thinking about Hope Theory by Charles Snyder with Palestinian clients in Jordan. Sumud, steadfastness, seems closer to their hope than Snyder's Pathways and Agency. Thoughts for Friday?"),
    C('Has anyone done Gottman Method Couples Therapy with arranged marriages in Pakistan or India? The Sound Relationship House seems to assume a courtship phase that the Punjabi couples I see never had.'),
    C("Shagufta Mir, teacher in Uri's Salamabad mohalla, was buried in the October 2005 quake and dug out by her brother Irfan Mir. CNIC of the brother: 37405-6120448-3.", [('name', 'Shagufta Mir'), ('place', "Uri's Salamabad mohalla"), ('name', 'Irfan Mir'), ('ssn', '37405-6120448-3')]),
    C('Quick poll: how many of you use the Columbia Protocol (C-SSRS) vs the Ask Suicide-Screening Questions with Aboriginal youth? The Telethon Kids Institute has a culturally adapted version.'),
    C('Reminder: Orthodox Christmas is 7 January, and Ethiopian Christmas (Genna) too. Our Eritrean and Ethiopian clients will be away; Coptic clients also fast for Kiahk beforehand.'),
    C('Semeru, December 2021: Sumiati Lestari from Curah Kobokan hamlet was carried out by a neighbour. Phone +62 813-3602-4419.', [('name', 'Sumiati Lestari'), ('place', 'Curah Kobokan hamlet'), ('phone', '+62 813-3602-4419')]),
    C("For anyone working with Uyghur clients in Turkey or Kazakhstan: the Uyghur Human Rights Project and Amnesty's 2021 report are hard reads, and Darren Byler's In the Camps is useful context."),
    C("Aziz Ghulam Sakhi wants his story told at the mosque in Dandenong's Cleeland street. I worry about the risk to the family back in Afghanistan.", [('name', 'Aziz Ghulam Sakhi'), ('place', "Dandenong's Cleeland street")]),
    C('For colleagues in Aotearoa: the Mental Health (Compulsory Assessment and Treatment) Act replacement bill is due in Parliament in November. Does anyone know if Section 29 orders survive?'),
    C("supervisee's client wahid noorzai lives above the kebab shop on auburn's station road end. i told him to go to the gp about the sleep. he laughed", [('name', 'wahid noorzai'), ('place', "auburn's station road end")]),
    C('Lanakila Pua-Kaʻeo grew up in Waiʻanae\'s Mākaha valley road and says his grief is "older than the fire". I agree with him, honestly.', [('name', 'Lanakila Pua-Kaʻeo'), ('place', "Waiʻanae's Mākaha valley road")]),
    C("Kerman province quake, 2003: Shirin Kermani-Zadeh lost both parents in the citadel quarter. She is in Kerman's Shahrak-e Bahonar now. Licence to teach: KR-EDU-77120.", [('name', 'Shirin Kermani-Zadeh'), ('place', "Kerman's Shahrak-e Bahonar"), ('licence', 'KR-EDU-77120')]),
    C("North Kivu, January 2025: Neema Kahindo Bahati fled Goma's Katindo quarter to a church. She fled the 2012 M23 advance too. Email neema.kahindo.goma@gmail.com.", [('name', 'Neema Kahindo Bahati'), ('place', "Goma's Katindo quarter"), ('email', 'neema.kahindo.goma@gmail.com')]),
    C('Running reminder: the PTSD module in the CIDI for Kenya was validated by the KEMRI team. Use the Swahili version for Coastal clients and the Kikuyu version in Central Province.'),
    C("Telehealth log: Warrick Spinks joined from 2001:8003:44e1:1200:18a2:7720:9c1e:44a0 at 10.14; he's in Broken Hill's South Broken Hill block. Lost his mine mate in 2019.", [('name', 'Warrick Spinks'), ('ip_address', '2001:8003:44e1:1200:18a2:7720:9c1e:44a0'), ('place', "Broken Hill's South Broken Hill block")]),
    C('Matariki is in June/July this year. Our Māori clients have asked about a Hautapu ceremony in the group. Any Kaupapa Māori supervisors here who can advise on Tikanga?'),
    C("Rawda mosque, November 2017: Sheikh Mahmoud Sawarka lost four sons in Bir al-Abed's Rawda village.", [('place', 'Rawda mosque'), ('name', 'Mahmoud Sawarka'), ('place', "Bir al-Abed's Rawda village")]),
    C("Anyone using Mentalization-Based Treatment with adolescents in Singapore? Peter Fonagy and Anthony Bateman's manual is great, but IMH clinicians say the MBT-A reflective pauses clash with exam culture."),
    C("Eséka train, October 2016: Ngo Bayiha Mireille was in car 7. Home: Yaoundé's Nkolbisson quarter. CNI 114418207. Email mireille.ngobayiha@yahoo.fr.", [('place', 'Eséka'), ('name', 'Ngo Bayiha Mireille'), ('place', "Yaoundé's Nkolbisson quarter"), ('ssn', '114418207'), ('email', 'mireille.ngobayiha@yahoo.fr')]),
    C("Just finished Tim Flannery's The Weather Makers for a climate anxiety group. Any Pacific-specific resources on Climate Grief for Tuvaluan or i-Kiribati clients? The Falepili Union talk is coming up."),
    C("Harata Mihaere-Ruri is a kuia of ninety-four and seven months by her marae's roll; her brother died at Tangiwai on Christmas Eve 1953. Family home at 17 Kōtare Place, Raetihi 4632.", [('name', 'Harata Mihaere-Ruri'), ('age_over_89', 'ninety-four and seven months'), ('place', 'Tangiwai'), ('street_address', '17 Kōtare Place'), ('place', 'Raetihi'), ('zip_code', '4632')]),
    C("Cabo Delgado, March 2021: Amina Saide Momade fled Palma's Quelimane bairro by boat south. Mozambican BI 110400418722B. Phone +258 84 418 2207.", [('name', 'Amina Saide Momade'), ('place', "Palma's Quelimane bairro"), ('ssn', '110400418722B'), ('phone', '+258 84 418 2207')]),
    C("Tuilagi Faleafaga was on the Samoa Air flight to Asau when the 2009 wave warnings came. Family in Otahuhu's Station Road block. Phone 027 338 4061.", [('name', 'Tuilagi Faleafaga'), ('place', 'Asau'), ('place', "Otahuhu's Station Road block"), ('phone', '027 338 4061')]),
    C("Fax header: +254 20 441 8229 - Kisumu's Nyalenda B clinic, re Achieng Atieno Ouma, DOB 04/07/1989, after the 2017 election violence.", [('fax', '+254 20 441 8229'), ('place', "Kisumu's Nyalenda B"), ('name', 'Achieng Atieno Ouma'), ('date', '04/07/1989')]),
    C("Bardo, March 2015: Sonia Jlassi was a guide in the Carthage hall. Lives in Le Bardo's Khaznadar quarter. Fax from her GP +216 71 518 204.", [('place', 'Bardo'), ('name', 'Sonia Jlassi'), ('place', 'Carthage hall'), ('place', "Le Bardo's Khaznadar quarter"), ('fax', '+216 71 518 204')]),
    C("Reading Clifford Geertz on Javanese culture for a supervisee with Indonesian clients. Also the Lingkar Sehat tools and the Indonesian Psychological Association's code, HIMPSI 2010."),
    C('Supervision group, Wednesday 6pm NZST: working with Pasifika youth on Instagram and TikTok. Bring examples from the Le Va and Mana Moana resources, and anything from the Pasifika Futures report of 2023.'),
    C('Dougie Brennan-Walsh was a volunteer at a Gippsland wharf in the Black Summer fires. His Medicare is 2951 48307 6, DVA card too. Moved to Genoa Creek Road end with his sister.', [('name', 'Dougie Brennan-Walsh'), ('health_plan', '2951 48307 6'), ('place', 'Genoa Creek Road end')]),
    C("Vanuatu peer: Rosita Tangis at Lenakel's market house on the island runs a women's group after Cyclones Judy and Kevin. Her email: rtangis.tafea@vanuatu.com.vu.", [('name', 'Rosita Tangis'), ('place', "Lenakel's market house"), ('email', 'rtangis.tafea@vanuatu.com.vu')]),
    C("Boumerdès quake, May 2003: Ouiza Hamadouche - Kabyle - from Zemmouri's El Kerma quarter. NIN 109880418072233. Phone +213 550 41 88 07.", [('place', 'Boumerdès'), ('name', 'Ouiza Hamadouche'), ('place', "Zemmouri's El Kerma quarter"), ('ssn', '109880418072233'), ('phone', '+213 550 41 88 07')]),
    C("Anyone experienced with Koro (genital retraction syndrome) in Malaysia or Singapore? A Malay client on Risperidone 2 mg has episodes on Fridays after Jumu'ah. Cultural formulation interview ideas?"),
    C('Ondoy, 2009: Marites Dumaguete-Sison was on the roof in Provident Village, Marikina. Her PhilHealth number 12-050331874-6. Needs Tagalog.', [('name', 'Marites Dumaguete-Sison'), ('place', 'Provident Village, Marikina'), ('health_plan', '12-050331874-6')]),
    C("North Queensland floods, Feb 2019: Lachie Dunbabbin and his partner Shae Moloney lost everything in Hermit Park's Ross River bank. Rental now at 8 Pimlico Crescent, Aitkenvale QLD 4814.", [('name', 'Lachie Dunbabbin'), ('name', 'Shae Moloney'), ('place', "Hermit Park's Ross River bank"), ('street_address', '8 Pimlico Crescent'), ('place', 'Aitkenvale'), ('zip_code', '4814')]),
    C("Training next Saturday: Trauma-Informed Care for Torres Strait Islander and Aboriginal clients, run by the Healing Foundation. Judy Atkinson's Trauma Trails is pre-reading."),
    C("Leila Sarkis Manoukian in Anjar's Haouch Moussa lane keeps her husband's ICD (Medtronic, serial PZK441822S) card in her purse. Date of the last shock 22/01/2027.", [('name', 'Leila Sarkis Manoukian'), ('place', "Anjar's Haouch Moussa lane"), ('device', 'PZK441822S'), ('date', '22/01/2027')]),
    C("Youssef Chraïbi's car, plate 44182-ب-6, was crushed in Marrakech's Mellah quarter in the quake. Fax from his cardiologist +212 524 44 18 22.", [('name', 'Youssef Chraïbi'), ('vehicle', '44182-ب-6'), ('place', "Marrakech's Mellah quarter"), ('fax', '+212 524 44 18 22')]),
    C("Tevita Kaufana Vea in Nukuʻalofa's Halaleva end wants telehealth after the Hunga ash. Link https://tongamind.to/vea-intake. Please no calls on Sunday.", [('name', 'Tevita Kaufana Vea'), ('place', "Nukuʻalofa's Halaleva end"), ('url', 'https://tongamind.to/vea-intake')]),
    C('Does anyone here use the WHODAS 2.0 for NDIS access requests in Victoria? The Independent Assessment trial was scrapped, but planners still ask for functional scores in January.'),
    C("Hatay, February 2023: Elif Kaya Demirci was pulled out after 62 hours from Antakya's Ekinci mahallesi. Now in a container city at Defne's Armutlu side. TC 41872039516.", [('name', 'Elif Kaya Demirci'), ('place', "Antakya's Ekinci mahallesi"), ('place', "Defne's Armutlu side"), ('ssn', '41872039516')]),
    C("Reminder: Lunar New Year falls in late January, then Valentine's Day and Chap Goh Meh in February. Our Chinese Malaysian and Singaporean clients will reschedule. Please update Cliniko."),
    C("Reminder about Tết: our Vietnamese clients will cancel from late January into February. Don't close files under the DNA policy until after the Lunar New Year, and remember the BHYT gap for visitors."),
    C('Does anyone do CBT-I with shift workers in the mining industry? FIFO clients in Western Australia work 14/7 rosters and the ISI scores are through the roof by Week 3 of the swing.'),
    C("Zara Habibi, Hazara, resettled in Mount Gambier's Mil Lel road, works at the meatworks. Her ImmiCard IMC 408817235 and Medicare card are in the same wallet that was stolen.", [('name', 'Zara Habibi'), ('place', "Mount Gambier's Mil Lel road"), ('ssn', 'IMC 408817235')]),
    C("Saida Mohamed Juma, Swahili, from Lamu's Shela village, is a hundred and one Ramadans by the mosque register; her grandson books for her.", [('name', 'Saida Mohamed Juma'), ('place', "Lamu's Shela village"), ('age_over_89', 'a hundred and one Ramadans')]),
    C('quick one - ahmad zia rasuli in hornby again missed the session, second time. hes working nights at the freezing works. do i discharge or chase?', [('name', 'ahmad zia rasuli'), ('place', 'hornby')]),
    C("Is Agomelatine available in South Africa? A client on Duloxetine 60 mg has sexual side effects and the SAHPRA list is confusing. Discovery Health won't fund Vortioxetine either."),
    C("Methadone 80 mg and Escitalopram 20 mg - a QTc of 476 ms in a Persian client in Victoria's Opioid Treatment Program. Cardiology wants to swap to Sertraline. Agree?"),
    C("We're piloting the Self-Help Plus audio course from the WHO with South Sudanese refugees in Uganda. Anyone got the Juba Arabic recordings? The Nuer and Dinka ones are late."),
    C("Bryony Catchlove - survivor of the 2019 island tour, Australian, now living in Bulimba's Oxford Street end - asks about our clinic's records request form at https://brisbanetraumaclinic.com.au/records.", [('name', 'Bryony Catchlove'), ('place', "Bulimba's Oxford Street end"), ('url', 'https://brisbanetraumaclinic.com.au/records')]),
    C("Thandiwe Zungu-Ngcobo's Discovery Health number DH 441822071 is on the form; she's from Inanda's Ohlange section and drives ND 441-822.", [('name', 'Thandiwe Zungu-Ngcobo'), ('health_plan', 'DH 441822071'), ('place', "Inanda's Ohlange section"), ('vehicle', 'ND 441-822')]),
    C("N'Zérékoré stadium, December 2024: Pé Kolié Zogbélémou lost his son. Village Gbalétaï. His phone was lost in the crush; IMEI 86 441820 772093 4.", [('place', "N'Zérékoré"), ('name', 'Pé Kolié Zogbélémou'), ('place', 'Gbalétaï'), ('device', '86 441820 772093 4')]),
    C("Pratibha Makwana lost her twins when the suspension bridge gave way in October 2022. She lives at Block C-14, Shakti Society, Morbi's Lilapar road 363642. Her husband asks for Gujarati sessions.", [('name', 'Pratibha Makwana'), ('street_address', 'Block C-14, Shakti Society'), ('place', "Morbi's Lilapar road"), ('zip_code', '363642')]),
    C("West Bank: Issa Tamimi Jaabari runs a glass shop on Shuhada Street's lower end. His son's cochlear implant processor, serial CP1000-88713, was smashed at a checkpoint.", [('name', 'Issa Tamimi Jaabari'), ('place', "Shuhada Street's lower end"), ('device', 'CP1000-88713')]),
    C('Fax to Batemans Bay mental health: client Darcy Holdsworth, DOB 13/04/1961, fire-related PTSD from Black Summer. Fax (02) 4475 1163.', [('place', 'Batemans Bay'), ('name', 'Darcy Holdsworth'), ('date', '13/04/1961'), ('fax', '(02) 4475 1163')]),
    C("Afwerki Tesfamariam, Eritrean asylum-seeker in Tel Aviv's Neve Sha'anan, was tortured in Sinai in 2012. RAP visa R2-44182706. Phone 052-418-3307.", [('name', 'Afwerki Tesfamariam'), ('place', "Tel Aviv's Neve Sha'anan"), ('ssn', 'R2-44182706'), ('phone', '052-418-3307')]),
    C("Roya Karimi Hosseini shared a portal link https://portal.tehrancounsel.ir/roya-k and a clinic MRN TUMS-441822-P; she lives in Tehran's Ekbatan town phase 2.", [('name', 'Roya Karimi Hosseini'), ('url', 'https://portal.tehrancounsel.ir/roya-k'), ('medical_record', 'TUMS-441822-P'), ('place', "Tehran's Ekbatan town phase 2")]),
    C('Aphasia after a stroke in a Vietnamese grandmother; the GP prescribed Aspirin, Atorvastatin 40 mg and Sertraline 50 mg in November. Depression vs apathy? The GDS-15 in Vietnamese exists via the Hanoi team.'),
    C('Case discussion for Thursday: Kufungisisa ("thinking too much") in a Shona client who scored 11 on the SSQ-14 and 18 on the PHQ-9. Would you start Fluoxetine or try the Friendship Bench first?'),
    C("Supervisee in the capital: client Kapo Yandakali, from Yambali village in Enga, lost eleven kin in the Mulitaka landslide. She is in Gerehu's Stage 6 market side now.", [('name', 'Kapo Yandakali'), ('place', 'Yambali village'), ('place', 'Mulitaka'), ('place', "Gerehu's Stage 6 market side")]),
    C("Dilrukshi Fernando was at St. Anthony's shrine on Easter Sunday 2019. She lives at 42/3 Jampettah Street, Colombo 13's Kotahena side. NIC 198645502318.", [('name', 'Dilrukshi Fernando'), ('place', "St. Anthony's shrine"), ('street_address', '42/3 Jampettah Street'), ('place', "Colombo 13's Kotahena side"), ('ssn', '198645502318')]),
    C("Quick HR question: AHPRA's new supervision guidelines for provisional psychologists start in July. Does the Psychology Board of Australia count Telehealth supervision toward the 80 hours?"),
    C("Mizanur Rahman Sabuj was a firefighter at the Sitakunda container depot fire in June 2022. Now at Bhatiari's Kadamrasul para. bKash 01819-447230 is how he gets paid.", [('name', 'Mizanur Rahman Sabuj'), ('place', 'Sitakunda'), ('place', "Bhatiari's Kadamrasul para"), ('account', '01819-447230')]),
    C("Question for South African colleagues: the Mental Health Care Act 17 of 2002 vs the Children's Act for a 16-year-old with Anorexia Nervosa. Does the 72-hour assessment apply on a Public Holiday?"),
    C("Mahboubeh Yazdani, Afghan-Iranian, was refused school in Golshahr's Shahid Qarani lane. Her Amayesh card AMY-1399-441822. Fax from the NGO clinic +98 51 3441 8207.", [('name', 'Mahboubeh Yazdani'), ('place', "Golshahr's Shahid Qarani lane"), ('ssn', 'AMY-1399-441822'), ('fax', '+98 51 3441 8207')]),
    C("Sadia Noorani moved from Karachi's Baldia town after the factory fire; her mother still won't say the word garment.", [('name', 'Sadia Noorani'), ('place', "Karachi's Baldia town")]),
    C("Anyone have experience with Esketamine (Spravato) for Treatment-Resistant Depression in Israel or the UAE? The Ministry of Health approvals differ, and Clalit's criteria are stricter than Maccabi's."),
    C('Research alert: the Lancet Psychiatry Commission on Youth Mental Health (2024) and the Global Burden of Disease data for Sub-Saharan Africa. Patrick McGorry chaired, and Headspace gets credit.'),
    C("Referral by fax +27 21 441 8220 from Khayelitsha's Site C clinic: Lwazi Mqhayi, 34, MRN KDH-0441822, after the Enyobeni funerals.", [('fax', '+27 21 441 8220'), ('place', "Khayelitsha's Site C clinic"), ('name', 'Lwazi Mqhayi'), ('medical_record', 'KDH-0441822'), ('place', 'Enyobeni')]),
    C("Anyone using Sensorimotor Psychotherapy with Pat Ogden's window of tolerance for kids from the Gaza war? The Jordanian NGOs we partner with prefer Play Therapy and the Save the Children HEART model."),
    C("Weekly reminder: the Aboriginal Medical Service's SEWB team takes referrals Monday to Wednesday. Use the 715 Health Check item first so Medicare funds the follow-ups."),
    C("Solhan, June 2021: Aminata Ouédraogo Sawadogo fled the gold-mining site to Sebba's sector 3. Now in a camp in Dori's Wendou quarter.", [('place', 'Solhan'), ('name', 'Aminata Ouédraogo Sawadogo'), ('place', "Sebba's sector 3"), ('place', "Dori's Wendou quarter")]),
    C('Can someone explain the Saudi Mental Health Care Law of 2014? A Saudi student in New Zealand on a SACM scholarship is worried that the Saudi Cultural Mission will be told.'),
    C('For those supervising in the Philippines: the Mental Health Act of 2018 (RA 11036) and the PhilHealth outpatient package. Has anyone had a claim for Psychotherapy approved by PhilHealth yet?'),
    C("Training on Saturday: Emotionally Focused Therapy for Couples with Sue Johnson's Hold Me Tight, run by ICEEFT's Australian chapter. the Face-to-Face cohort is sold out, so the Online cohort is open."),
    C("Yupa Chaiwong was a cook in Khao Lak's Bang Niang beach in 2004. She still cooks for the monks every Wan Phra and cries afterwards.", [('name', 'Yupa Chaiwong'), ('place', "Khao Lak's Bang Niang beach")]),
    C("West Darfur, June 2023: Khadija Abakar Ishag, Masalit, now in Adré's Ourang camp. MSF clinic MRN ADR-MSF-2023-44182.", [('name', 'Khadija Abakar Ishag'), ('place', "Adré's Ourang camp"), ('medical_record', 'ADR-MSF-2023-44182')]),
    C('For anyone in the Pacific: the WHO Mental Health Atlas lists fewer than one Psychiatrist per 100,000 in Solomon Islands and Kiribati. Does anyone supervise nurses there by Zoom on Saturdays?'),
    C("North Kivu, 2019: Kambale Muhindo Pascal was an Ebola burial volunteer in Beni's Ngadi quarter. Telehealth from 41.243.17.208.", [('name', 'Kambale Muhindo Pascal'), ('place', "Beni's Ngadi quarter"), ('ip_address', '41.243.17.208')]),
    C("Thinking about Frantz Fanon's Black Skin, White Masks and the chapter on language, for a supervisee working with Algerian Berber clients in Arabic rather than Tamazight. Does language choice in therapy carry colonial weight?"),
    C('Lag BaOmer, April 2021: Yehuda Pinchasov was on the Toldos Aharon bleachers with Moshe Dovid Schreiber. Home: Rechov Chazon Ish 41, apt 9, Bnei Brak 5140401.', [('name', 'Yehuda Pinchasov'), ('name', 'Moshe Dovid Schreiber'), ('street_address', 'Rechov Chazon Ish 41, apt 9'), ('place', 'Bnei Brak'), ('zip_code', '5140401')]),
    C("Session on Friday 19 March 2027 with Ruvimbo Chiwenga Dube from Chitungwiza's Unit K. EcoCash 0774 418 220.", [('date', 'Friday 19 March 2027'), ('name', 'Ruvimbo Chiwenga Dube'), ('place', "Chitungwiza's Unit K"), ('account', '0774 418 220')]),
    C('Supervision reflection: I used the Tree of Life method from David Denborough and Ncazelo Ncube with Zimbabwean women. The Dulwich Centre has free PDFs, and it worked better than Socratic questioning.'),
    C("Intake from Box Hill's Station Street corner: Lisa Chen Lixia lost her brother in the Henan floods. Licence VIC 058 317 906. Email lisa.chen.boxhill@outlook.com.", [('place', "Box Hill's Station Street corner"), ('name', 'Lisa Chen Lixia'), ('licence', '058 317 906'), ('email', 'lisa.chen.boxhill@outlook.com')]),
    C("Has anyone been to the Asia Pacific Conference on Trauma in Thailand? Paper deadline is January. The theme is Cyclone Mocha and the Rohingya crisis, with a panel on Myanmar's Spring Revolution."),
    C("Pita Vainikolo was a guide's mate on the island the day it erupted. He won't go near Whakatāne's wharf now. ACC claim ACC 6038-214-7 for the burns.", [('name', 'Pita Vainikolo'), ('place', "Whakatāne's wharf"), ('health_plan', 'ACC 6038-214-7')]),
    C('Is anyone in the Gulf using the Arabic DASS-21 from Moussa, Lovibond and Laube? Our Qatari adolescent clinic at HMC prefers the Arabic CDI, but the Ministry of Public Health asks for DASS.'),
    C("Farida Rahimova, Tajik, lives at Rudaki Avenue 114, apt 22, Dushanbe's Sino district 734025. Her son was in the Khorog protests of May 2022.", [('name', 'Farida Rahimova'), ('street_address', 'Rudaki Avenue 114, apt 22'), ('place', "Dushanbe's Sino district"), ('zip_code', '734025'), ('place', 'Khorog')]),
    C("Myanmar quake, March 2025: Daw Khin Thida Aye lost the monastery kitchen she ran in Sagaing's Ywa Haung quarter. Phone 09 7851 44203.", [('name', 'Khin Thida Aye'), ('place', "Sagaing's Ywa Haung quarter"), ('phone', '09 7851 44203')]),
    C("Yaw Osei-Tutu's tele-session log: 154.160.4.182 from Kumasi's Ayigya Zongo. Licence GH GHA-DVLA-0441822.", [('name', 'Yaw Osei-Tutu'), ('ip_address', '154.160.4.182'), ('place', "Kumasi's Ayigya Zongo"), ('licence', 'GHA-DVLA-0441822')]),
    C("Pauline Kila Gima's truck, plate PNG LAC 441, was burned in the Enga clashes. She lives in Wapenamanda's Tole hamlet. Email paulinegima.enga@gmail.com.", [('name', 'Pauline Kila Gima'), ('vehicle', 'PNG LAC 441'), ('place', "Wapenamanda's Tole hamlet"), ('email', 'paulinegima.enga@gmail.com')]),
    C("Our group page for Sunita Prasad Lal's family fundraiser after the market fire: https://givealittle.co.nz/cause/prasadlal-lautoka. She's in Lautoka's Drasa Avenue block.", [('name', 'Sunita Prasad Lal'), ('url', 'https://givealittle.co.nz/cause/prasadlal-lautoka'), ('place', "Lautoka's Drasa Avenue block")]),
    C('Does anyone co-run groups with an Imam or a Pastor? A Nigerian Pentecostal client says her Pastor wants deliverance, not CBT. The RANZCP position statement on spirituality is helpful here.'),
    C("Booking note: I'm off from Christmas Eve until the Tuesday after New Year. Urgent referrals go to Lifeline on 13 11 14 or Beyond Blue, and Kids Helpline for under-25s."),
    C("Anyone had clients fasting on Yom Kippur while on Lithium? Dehydration risk is real. The RANZCP guidelines don't mention it; the Israeli Psychiatric Association advice is to skip."),
    C("Ikaika Kahananui-Peleke, Native Hawaiian, lost his tūtū's house in the August 2023 Maui fire on Lahaina's Kaniau Road. Now in Kahului's Puunene side. Email ikaika.k.maui@gmail.com.", [('name', 'Ikaika Kahananui-Peleke'), ('place', "Lahaina's Kaniau Road"), ('place', "Kahului's Puunene side"), ('email', 'ikaika.k.maui@gmail.com')]),
    C("Kia ora koutou - anyone trained in Mauri Ora or the Hua Oranga outcome tool? Our PHO wants a Māori outcome measure by Matariki and the HoNOS isn't cutting it."),
    C('Tohoku 2011: Sato Haruna (family name first) lost her son at Okawa Elementary. She now lives at 3-7-12 Kadonowaki-chō, Ishinomaki-shi 986-0835.', [('name', 'Sato Haruna'), ('place', 'Okawa Elementary'), ('street_address', '3-7-12 Kadonowaki-chō'), ('place', 'Ishinomaki-shi'), ('zip_code', '986-0835')]),
    C("Herat quakes, October 2023: Gul Bibi Sherzad Nurzai from Zindajan's Sarbuland village lost 14 relatives. Tazkira 1400-0301-55817.", [('name', 'Gul Bibi Sherzad Nurzai'), ('place', "Zindajan's Sarbuland village"), ('ssn', '1400-0301-55817')]),
    C("Chanthaly Vongsa, Lao, was in Sanamxay's Hinlad village when the Xe-Pian dam broke in July 2018. Now in Fairfield's Smart Street block. Phone 0412 418 220.", [('name', 'Chanthaly Vongsa'), ('place', "Sanamxay's Hinlad village"), ('place', 'Xe-Pian'), ('place', "Fairfield's Smart Street block"), ('phone', '0412 418 220')]),
    C("Anyone doing Dialectical Behaviour Therapy with Muslim teens who self-harm during Ramadan? Alec Miller's DBT for Adolescents is my guide, and the Australian BPD Foundation has webinars on Tuesdays."),
    C("Friday Reflection: Viktor Frankl's Man's Search for Meaning keeps coming up with Rwandan survivors. Is that a Western import, or is Agaciro closer? Kwibuka is in April again."),
    C("Kenji Oyama-Platt's dad was an Erebus recovery volunteer in November 1979; the family still lives in Devonport's Cheltenham strip. Kenji's licence: NZ DK512084.", [('name', 'Kenji Oyama-Platt'), ('place', "Devonport's Cheltenham strip"), ('licence', 'DK512084')]),
    C("Weekend reading: Mary Watkins and Helene Shulman on liberation psychology, and Ignacio Martín-Baró, alongside Linda Tuhiwai Smith's Decolonizing Methodologies. Good for anyone working with Aboriginal Community Controlled Health Services."),
    C("Nguyễn Văn Toàn was a fisherman off Quảng Ngãi's Sa Huỳnh village in Typhoon Damrey. BHYT HN4018820441227. He wants Vietnamese-only sessions.", [('name', 'Nguyễn Văn Toàn'), ('place', "Quảng Ngãi's Sa Huỳnh village"), ('health_plan', 'HN4018820441227')]),
    C("Does anyone have the Tok Pisin version of the PHQ-9 validated in Papua New Guinea? A supervisee is using a back-translated form from the WHO mhGAP package and the items on Hevi Tingting don't land."),
    C("Lunch-and-learn on Tuesday: Motivational Interviewing with Khat use in Somali and Yemeni men. William Miller and Stephen Rollnick's third edition, plus the WHO ASSIST-Lite for Khat."),
    C("Marama Hohaia from Parihaka's Te Niho end brings her own karakia to the start of sessions. How do others handle opening rituals?", [('name', 'Marama Hohaia'), ('place', "Parihaka's Te Niho end")]),
    C("Bilal Ahmad Lone's Srinagar MRN SKIMS/441822/24; telehealth from 117.210.44.182; home in Srinagar's Nowhatta quarter.", [('name', 'Bilal Ahmad Lone'), ('place', 'Srinagar'), ('medical_record', 'SKIMS/441822/24'), ('ip_address', '117.210.44.182'), ('place', "Srinagar's Nowhatta quarter")]),
    C("Plateau State: Dachung Pam Gyang, Berom, ran a pharmacy in Bukuru's Gyel road. His pharmacy licence is PCN/18/44172. His father is ninety-one or ninety-two on the village register.", [('name', 'Dachung Pam Gyang'), ('place', "Bukuru's Gyel road"), ('licence', 'PCN/18/44172'), ('age_over_89', 'ninety-one or ninety-two')]),
    C("Thinking aloud on a Friday: Ukuthwasa versus psychosis on the BPRS. A Xhosa client's family want a Sangoma before Risperidone. Does anyone co-work with traditional healers under the HPCSA guidelines?"),
    C("Tevite Mahe Tuipulotu, Tongan rugby player in Japan, lives in Fuchū's Tama River side. His pacemaker (Boston Scientific, serial BSC-418822-7) is checked monthly.", [('name', 'Tevite Mahe Tuipulotu'), ('place', "Fuchū's Tama River side"), ('device', 'BSC-418822-7')]),
    C("Yusuf Haj Ahmad, Syrian, lost his wife in Jindires' olive press lane. Now at Cumhuriyet Mah. 1204 Sok. No: 7 D: 3, Reyhanlı 31500. YKN 99417203386.", [('name', 'Yusuf Haj Ahmad'), ('place', "Jindires' olive press lane"), ('street_address', 'Cumhuriyet Mah. 1204 Sok. No: 7 D: 3'), ('place', 'Reyhanlı'), ('zip_code', '31500'), ('ssn', '99417203386')]),
    C("Is anyone trained in Schema Therapy with Jeffrey Young's model and working in Israel? The ISST has a Hebrew branch, and a supervisee in northern Israel wants a supervisor."),
    C('Anyone know if the NDIS covers psychosocial recovery coaching for clients with schizophrenia on Clozapine? Plan review is in April and the LAC says the Support Coordinator budget is gone.'),
    C("Nong Bua Lamphu nursery attack, October 2022: Somsri Phromsuk's grandson died. Village Uthai Sawan subdistrict's Khok Sa-at hamlet. Thai ID 3 4101 00712 48 9.", [('name', 'Somsri Phromsuk'), ('place', "Uthai Sawan subdistrict's Khok Sa-at hamlet"), ('ssn', '3 4101 00712 48 9')]),
    C("Hanshin quake, 1995: Kang Yong-sik, Zainichi Korean, ran a shoe workshop in Nagata-ku's Mikura-dori. He is ninety-one, nearly ninety-two now. My Number 4418 2091 6630.", [('name', 'Kang Yong-sik'), ('place', "Nagata-ku's Mikura-dori"), ('age_over_89', 'ninety-one, nearly ninety-two'), ('ssn', '4418 2091 6630')]),
    C("Cyclone Bola, 1988: Wiremu Pōtae-Hākopa was on the farm at Tolaga Bay's Hauiti end. He is 96 this Matariki, says the iwi register. Whānau number 06 862 6031.", [('name', 'Wiremu Pōtae-Hākopa'), ('place', "Tolaga Bay's Hauiti end"), ('age_over_89', '96 this Matariki'), ('phone', '06 862 6031')]),
    C("West Java quake, November 2022: Dadang Suhendar lost two kids at school in Cugenang's Gasol village. NIK 3203011708740006.", [('name', 'Dadang Suhendar'), ('place', "Cugenang's Gasol village"), ('ssn', '3203011708740006')]),
    C("Aunty Noeline Hazzard is a Wiradjuri elder in Brungle mission's creek side, ninety-three last Sorry Day by the land council's register.", [('name', 'Noeline Hazzard'), ('place', "Brungle mission's creek side"), ('age_over_89', 'ninety-three last Sorry Day')]),
    C("Friday question: what do people use for Gambling Disorder in Macanese or Singaporean Chinese clients? The Problem Gambling Severity Index is fine, but NCPG's Singapore materials are all in English and Mandarin."),
    C('Training announcement: the Mental Health First Aid Australia Aboriginal and Torres Strait Islander course on Friday and Saturday. Facilitators from Gayaa Dhuwi Proud Spirit Australia.'),
    C('Shenzhen Guangming landslide, December 2015: Huang Deming lost his workshop in Hongao village. Fax from the clinic: +86 755 2773 4180.', [('place', 'Shenzhen'), ('name', 'Huang Deming'), ('place', 'Hongao village'), ('fax', '+86 755 2773 4180')]),
    C("Kariba area: Mwape Chileshe Banda, Bemba, lives in Kitwe's Chimwemwe township. NHIMA NHIMA 4418-2207-19.", [('place', 'Kariba'), ('name', 'Mwape Chileshe Banda'), ('place', "Kitwe's Chimwemwe township"), ('health_plan', 'NHIMA 4418-2207-19')]),
    C("Manisa mine disaster, May 2014: Hasan Çelik's father Mustafa Çelik died underground. They live in Soma's Evciler quarter. SGK 45-1108-0447.", [('name', 'Hasan Çelik'), ('name', 'Mustafa Çelik'), ('place', "Soma's Evciler quarter"), ('health_plan', '45-1108-0447')]),
    C("Halima Ibrahim Bukar was kidnapped at Damasak's market road in 2015. Hearing aids (Phonak Audéo, serials PH-44182207L and PH-44182208R) are from the UNICEF team.", [('name', 'Halima Ibrahim Bukar'), ('place', "Damasak's market road"), ('device', 'PH-44182207L'), ('device', 'PH-44182208R')]),
    C("Hasina Khatun Bibi, Bangladeshi, was in a Singapore dorm at Tuas South's dormitory row in 2020. Work permit G4418220K. Clinic link https://healthserve.org.sg/referral/hkb.", [('name', 'Hasina Khatun Bibi'), ('place', "Tuas South's dormitory row"), ('ssn', 'G4418220K'), ('url', 'https://healthserve.org.sg/referral/hkb')]),
    C("Tenzin Dolkar Lhatsering from Bylakuppe's Camp 4 asked me if it's wrong to pray for the man who beat her father. I think it's the wrong question but it's hers.", [('name', 'Tenzin Dolkar Lhatsering'), ('place', "Bylakuppe's Camp 4")]),
    C("Preeti Sahu Verma's Maharashtra licence MH12 20180044182 and her car MH 12 KX 4418 are on the claim after the hoarding collapse. She's in Ghatkopar's Pant Nagar.", [('name', 'Preeti Sahu Verma'), ('licence', 'MH12 20180044182'), ('vehicle', 'MH 12 KX 4418'), ('place', "Ghatkopar's Pant Nagar")]),
    C("Sierra Leone mudslide, August 2017: Isatu Kamara Sesay lost her mother in Regent's Pentagon area. Lives at 12 Bai Bureh Road, Kissy's Low Cost Housing estate. Phone +232 76 418 220.", [('name', 'Isatu Kamara Sesay'), ('place', "Regent's Pentagon area"), ('street_address', '12 Bai Bureh Road'), ('place', "Kissy's Low Cost Housing estate"), ('phone', '+232 76 418 220')]),
    C('Anyone know the Maldives mental health scene? A supervisee got a job with the Ministry of Health with the Maldivian Ministry of Health and asks about Dhivehi screening tools.'),
    C("Andijan, May 2005: Bahodir Tursunov was on Babur Square; he now lives in Andijan's Bogishamol mahalla. His father is 93 summers by the mahalla book.", [('name', 'Bahodir Tursunov'), ('place', 'Babur Square'), ('place', "Andijan's Bogishamol mahalla"), ('age_over_89', '93 summers')]),
    C("Nomsa Dlamini-Simelane was shot at the June 2021 protests in Manzini's Mhobodleni. Her email is nomsasimelane.sz@gmail.com. She wants Siswati.", [('name', 'Nomsa Dlamini-Simelane'), ('place', "Manzini's Mhobodleni"), ('email', 'nomsasimelane.sz@gmail.com')]),
    C("Knysna fires, June 2017: Deon Fortuin lost his house in Hornlee's Stofpad street. Now at 14 Kingfisher Crescent, Sedgefield's Swartvlei end 6573. SA ID 7403185177083.", [('place', 'Knysna'), ('name', 'Deon Fortuin'), ('place', "Hornlee's Stofpad street"), ('street_address', '14 Kingfisher Crescent'), ('place', "Sedgefield's Swartvlei end"), ('zip_code', '6573'), ('ssn', '7403185177083')]),
    C('Planning note: sessions cancelled for Eid al-Adha, Chinese New Year and Deepavali in Malaysia. Please tell Hindu, Muslim and Chinese clients in advance and use the WhatsApp broadcast, not SMS.'),
    C('CBT for Insomnia in Japanese clients: the Athens Insomnia Scale vs the Pittsburgh Sleep Quality Index. Our Japanese psychiatrist friend says PSQI is used more by JSSR members.'),
    C("Koshe landfill, March 2017: Tigist Bekele Woldemariam lost her mother in Koshe's Reppi kebele. Fayda 4418 7206 3319 8. Phone +251 911 418 827.", [('place', 'Koshe'), ('name', 'Tigist Bekele Woldemariam'), ('place', "Koshe's Reppi kebele"), ('ssn', '4418 7206 3319 8'), ('phone', '+251 911 418 827')]),
    C("Rajesh Pillai Unnikrishnan, Keralite driver in Saudi Arabia, lost his cousin in the Kuwait labour-housing fire in June 2024. Home in Kuwait's Mangaf Block 4. Kuwait licence KW-DL-2871144.", [('name', 'Rajesh Pillai Unnikrishnan'), ('place', "Kuwait's Mangaf Block 4"), ('licence', 'KW-DL-2871144')]),
    C("Port blast, 4 August 2020: Rita Khoury Haddad was in her flat on Mar Mikhael's stairs end. Address for letters: Building 12, Pharaon Street, 3rd floor, Achrafieh's Sioufi hill. Phone +961 3 418 207.", [('name', 'Rita Khoury Haddad'), ('place', "Mar Mikhael's stairs end"), ('street_address', 'Building 12, Pharaon Street, 3rd floor'), ('place', "Achrafieh's Sioufi hill"), ('phone', '+961 3 418 207')]),
    C("Kyoto Animation arson, July 2019: Nakagawa Yuki was a colourist on the second floor. She lives in Uji's Kohata side now. Email y.nakagawa.art@docomo.ne.jp.", [('name', 'Nakagawa Yuki'), ('place', "Uji's Kohata side"), ('email', 'y.nakagawa.art@docomo.ne.jp')]),
    C("Senior man Reggie Jakamarra Lewis from Papunya's Warumpi end is ninety-six dry seasons by the council's books.", [('name', 'Reggie Jakamarra Lewis'), ('place', "Papunya's Warumpi end"), ('age_over_89', 'ninety-six dry seasons')]),
    C('Question on terminology: "Nervous breakdown", "Tension" and "Pressure" in Bangladeshi and Pakistani clients. Are these Idioms of Distress like Nervios? Sushrut Jadhav\'s work is helpful.'),
    C("Toll gate shooting, October 2020: Temiloluwa Adeyemi-Banjo was at the protest. Lives at 7 Adebayo Doherty Close, Lekki Phase 1's Admiralty Way end 106104. Phone 0803 418 2297.", [('name', 'Temiloluwa Adeyemi-Banjo'), ('street_address', '7 Adebayo Doherty Close'), ('place', "Lekki Phase 1's Admiralty Way end"), ('zip_code', '106104'), ('phone', '0803 418 2297')]),
    C("Dusit D2, January 2019: Abdirahman Farah Elmi was a waiter at the Secret Garden restaurant. Now in Eastleigh's First Avenue end. M-Pesa 0711 882 406.", [('place', 'Dusit D2'), ('name', 'Abdirahman Farah Elmi'), ('place', 'Secret Garden restaurant'), ('place', "Eastleigh's First Avenue end"), ('account', '0711 882 406')]),
    C("Somalia, October 2017: Hodan Abdi Warsame's uncle died. She lives in Hodan district's KM4 side. EVC Plus 61-5418220.", [('name', 'Hodan Abdi Warsame'), ('place', "Hodan district's KM4 side"), ('account', '61-5418220')]),
    C('Medication question on Thursday: Sodium Valproate 500 mg bd in a woman of childbearing age from Iraq, on Depo-Provera. The TGA warning on Valproate is strict. Should counselling include the pregnancy plan?'),
    C("Bethany Gouldthorpe, paramedic in the Black Summer fires at Kangaroo Island's Parndana, has an SA registration PMD0004471187 and wants peer supervision by video from 101.174.20.63.", [('name', 'Bethany Gouldthorpe'), ('place', "Kangaroo Island's Parndana"), ('licence', 'PMD0004471187'), ('ip_address', '101.174.20.63')]),
    C('For Middle East colleagues: the IASC Guidelines on MHPSS in Emergency Settings (2007) and the Sphere Handbook still anchor our planning. Any updates since October 2023 for Lebanon?'),
    C('Pharmacology: Zolpidem 10 mg nightly for two years in a Taiwanese client, plus Alprazolam 0.5 mg PRN. The NHIA in Taiwan reimburses it freely. Tapering plan ideas before Mid-Autumn Festival?'),
    C("Meseret Alemu, Ethiopian domestic worker in Lebanon, was left outside her employer's building in Hazmieh after the blast. Phone +961 71 920 448; her passport is held by the agency.", [('name', 'Meseret Alemu'), ('place', 'Hazmieh'), ('phone', '+961 71 920 448')]),
    C("Esther Nakato Ssempala from Bulucheke's Nametsi ridge keeps asking whether the mountain will fall again. It isn't in the news any more and she feels mad.", [('name', 'Esther Nakato Ssempala'), ('place', "Bulucheke's Nametsi ridge")]),
    C("Kibeho, April 1995: Mukamana Vestine survived in the camp as a child. She lives at KG 418 St, house 12, Kicukiro's Gatenga sector. Rwandan ID 1 1988 7 0044182 0 72.", [('place', 'Kibeho'), ('name', 'Mukamana Vestine'), ('street_address', 'KG 418 St, house 12'), ('place', "Kicukiro's Gatenga sector"), ('ssn', '1 1988 7 0044182 0 72')]),
    C("Referral from the GP in Nightcliff's Bagot Road end: Wilma Tipungwuti, Tiwi, says she was ninety-two wet seasons by the mission book when Cyclone Tracy's anniversary came round and she still sleeps in the bathtub on Christmas Eve.", [('place', "Nightcliff's Bagot Road end"), ('name', 'Wilma Tipungwuti'), ('age_over_89', 'ninety-two wet seasons')]),
    C("Kiribati supervisee: client Teema Kaiteie from Bikenibeu's lagoon side lost a son at sea in the king tides. Consult by phone +686 7302 4417 on Monday 6 September 2027.", [('name', 'Teema Kaiteie'), ('place', "Bikenibeu's lagoon side"), ('phone', '+686 7302 4417'), ('date', 'Monday 6 September 2027')]),
    C("Ibn al-Khatib hospital fire, April 2021: Ali Hussein Jaber was visiting his father on the COVID ward. Lives in Baghdad's Al-Baladiyat quarter. Phone +964 770 418 2209.", [('place', 'Ibn al-Khatib hospital'), ('name', 'Ali Hussein Jaber'), ('place', "Baghdad's Al-Baladiyat quarter"), ('phone', '+964 770 418 2209')]),
    C('Reminder: Ramadan starts around February, so plan daytime sessions for fasting clients carefully - no Olanzapine dose changes without a plan for Suhoor and Iftar timing.'),
    C("Quick pharmacology question: a Samoan client on Sertraline 100 mg and Quetiapine 25 mg at night reports vivid dreams since March. The GP wants to add Mirtazapine. Any thoughts before I raise it at Thursday's MDT?"),
    C('Thinking of Psalm 23 and Surah Al-Inshirah in a mixed-faith bereavement group. A Coptic mother and a Sunni father found common language in both. Anyone else use scripture in groups in Egypt?'),
    C("Precious Mokoena Tau's telehealth came from 196.25.44.182; she's in Soshanguve's Block L. Date of incident 16 June 2024.", [('name', 'Precious Mokoena Tau'), ('ip_address', '196.25.44.182'), ('place', "Soshanguve's Block L"), ('date', '16 June 2024')]),
    C('Sung-min Jo, Korean Australian, lost his sister Jo Hye-rin in the underpass flood of July 2023. Their flat is 705/12 Railway Parade, Burwood NSW 2134.', [('name', 'Sung-min Jo'), ('name', 'Jo Hye-rin'), ('street_address', '705/12 Railway Parade'), ('place', 'Burwood'), ('zip_code', '2134')]),
    C("We're running a Narrative Exposure Therapy refresher on Saturday with KIDNET for under-14s. Maggie Schauer and Frank Neuner's manual is the text. Bring a lifeline rope and stones."),
    C("Portal log: Farzana Qaderi signed in from 5.62.61.118 on 3 March 2027 and left a message about her son in Mashhad's Golshahr quarter.", [('name', 'Farzana Qaderi'), ('ip_address', '5.62.61.118'), ('date', '3 March 2027'), ('place', "Mashhad's Golshahr quarter")]),
    C("Arjun Thapa Magar's HAMRO Patro link https://hamrodoctor.np/p/arjun-thapa and phone +977 984-1441822; home Gorkha's Laprak village.", [('name', 'Arjun Thapa Magar'), ('url', 'https://hamrodoctor.np/p/arjun-thapa'), ('phone', '+977 984-1441822'), ('place', "Gorkha's Laprak village")]),
    C('Medication note: a Lebanese client on Escitalopram 10 mg and Propranolol 40 mg PRN for panic since the August explosion. Her GP is asking about Pregabalin. Hesitant given the misuse data from the TGA.'),
    C("Nan Seng Mwe, Kachin, now in Mae Sot's Huay Kalok quarter, was in the Kachin jade mine slide of July 2020. UNHCR 197-20C01447.", [('name', 'Nan Seng Mwe'), ('place', "Mae Sot's Huay Kalok quarter"), ('ssn', '197-20C01447')]),
    C("Mehwish Baloch, Omani Baloch, in Muscat's Wadi Kabir block, drives a Hilux, plate 44182 ع ب, and wants help after the mosque shooting of July 2024.", [('name', 'Mehwish Baloch'), ('place', "Muscat's Wadi Kabir block"), ('vehicle', '44182 ع ب')]),
    C("Lebanese diaspora in New South Wales: Nadine Moussa-Rahme, Lakemba's Gillies Street end, wants Arabic EMDR; her Medicare is 3307 41822 1.", [('name', 'Nadine Moussa-Rahme'), ('place', "Lakemba's Gillies Street end"), ('health_plan', '3307 41822 1')]),
    C("Telehealth from 102.89.44.182: Adaeze Nwosu Ibe in Enugu's Trans-Ekulu phase 6. Her GTBank account 0441822207 is for the protest fund.", [('ip_address', '102.89.44.182'), ('name', 'Adaeze Nwosu Ibe'), ('place', "Enugu's Trans-Ekulu phase 6"), ('account', '0441822207')]),
    C("Sefo Lauina Aumua told the group about Saleapaga's beach fale and the day the sea went out. Nobody spoke for two minutes.", [('name', 'Sefo Lauina Aumua'), ('place', "Saleapaga's beach fale")]),
    C("Stuart McAlindon was a ski lodge chef at Thredbo in 1997 and still dreams of the slip. Telehealth from 203.12.88.146; he's in Jindabyne's Tyrolean Village.", [('name', 'Stuart McAlindon'), ('place', 'Thredbo'), ('ip_address', '203.12.88.146'), ('place', "Jindabyne's Tyrolean Village")]),
    C("The school attack of December 2014: Zarghuna Afridi's son Asfandyar Afridi was in the auditorium. They live in Warsak Road's Regi Lalma quarter. Her number 0333 918 2274.", [('name', 'Zarghuna Afridi'), ('name', 'Asfandyar Afridi'), ('place', "Warsak Road's Regi Lalma quarter"), ('phone', '0333 918 2274')]),
    C("Libya floods, September 2023: Abdelsalam Bujazia lost his wife and six children in Derna's Al-Bilad quarter. He's now in Benghazi's Al-Hawari side. Phone +218 92 418 8871.", [('name', 'Abdelsalam Bujazia'), ('place', "Derna's Al-Bilad quarter"), ('place', "Benghazi's Al-Hawari side"), ('phone', '+218 92 418 8871')]),
    C('Supervision thought: Carl Rogers would say unconditional positive regard, but with a client who supports Hamas or the IDF during the Gaza war, what does that look like? Asking for a Wednesday group.'),
    C("Eastern Uganda, March 2010: Nabulo Esther Wamala lost eleven kin in the mudslide. Lives in Bukalasi's Bunakasala village. Ugandan NIN CF8801210447KJ.", [('name', 'Nabulo Esther Wamala'), ('place', "Bukalasi's Bunakasala village"), ('ssn', 'CF8801210447KJ')]),
    C("Le Joola, September 2002: Mariama Badji Sagna lost her husband. She is 94 last Tabaski by her parish card at Ziguinchor's Boucotte quarter.", [('name', 'Mariama Badji Sagna'), ('age_over_89', '94 last Tabaski'), ('place', "Ziguinchor's Boucotte quarter")]),
    C("Any experience with Hikikomori outside Japan? A Korean-Australian client hasn't left his room since June; his parents found Takahiro Kato's papers and want an SSRI. GP has suggested Sertraline."),
    C("Ash Wednesday 1983, Macedon: Hamish Tregear was a CFA kid on the tanker at Mount Macedon's Upper Road. His daughter emailed from hamishtregear.vic@bigpond.com.", [('place', 'Macedon'), ('name', 'Hamish Tregear'), ('place', "Mount Macedon's Upper Road"), ('email', 'hamishtregear.vic@bigpond.com')]),
    C("Reading for the Kaupapa group: Mason Durie's Whaiora (1994), Moana Jackson's essays and the Waitangi Tribunal's Wai 2575 report on Hauora. Discussion on the Monday after Waitangi Day."),
    C("Junrey Balansag was a child in New Bataan's Andap barangay when Typhoon Bopha's flood hit in December 2012. Now a seaman; his SIRB C0812447.", [('name', 'Junrey Balansag'), ('place', "New Bataan's Andap barangay"), ('licence', 'C0812447')]),
    C("Suruç, July 2015: Berfin Aydoğan was handing out leaflets in the garden. She lives in Kadıköy's Yeldeğirmeni. Phone 0532 418 76 09.", [('place', 'Suruç'), ('name', 'Berfin Aydoğan'), ('place', "Kadıköy's Yeldeğirmeni"), ('phone', '0532 418 76 09')]),
    C('Amani Nzeyimana, Burundian, lives at 3/15 Glenroy Street, Underwood QLD 4119 with five kids. School liaison is Mrs Tayla Cowan.', [('name', 'Amani Nzeyimana'), ('street_address', '3/15 Glenroy Street'), ('place', 'Underwood'), ('zip_code', '4119'), ('name', 'Tayla Cowan')]),
    C("Anyone near Cobargo's Bermagui Road side? Client Tahnee Morrow (Yuin) lost the family shed and her dad's boat on New Year's Eve 2019. Mob: 0438 207 915.", [('place', "Cobargo's Bermagui Road side"), ('name', 'Tahnee Morrow'), ('phone', '0438 207 915')]),
    C("Supervision note for Monday: a Baháʼí client from Iran lost her job because of her faith and feels guilty for leaving. I don't know enough about Baháʼí teachings on suffering. Reading suggestions?"),
    C("Does anyone have the Nepali version of the Kessler 10 or the Beck Depression Inventory? TPO Nepal and Brandon Kohrt's team validated the BDI, and the Nepal Health Research Council keeps copies."),
    C("Kumbh stampede, January 2025: Ramvilas Nishad from Jhunsi's Chhatnag ghat side lost his mother. Phone +91 94153 28760. He is not on email.", [('name', 'Ramvilas Nishad'), ('place', "Jhunsi's Chhatnag ghat side"), ('phone', '+91 94153 28760')]),
    C("Sister Veronica Aisip - nurse at the Aitape 1998 tsunami - asks about EMDR; she lives at Sissano lagoon's east end, and her email is v.aisip.nurse@gmail.com.", [('name', 'Veronica Aisip'), ('place', 'Aitape'), ('place', "Sissano lagoon's east end"), ('email', 'v.aisip.nurse@gmail.com')]),
    C("Seminar on Monday: Intergenerational Trauma after the Khmer Rouge, with Sotheara Chhim's Baksbat concept and the TPO Cambodia model. Bring your thoughts on Buddhist meditation and DBT mindfulness."),
    C("Fatma Bazina Ekhwan, nurse at Al-Wahda hospital in the east, has a licence from the Libyan medical council: LMC-N-22718. Address Shari' al-Fanar 14, Shiha Gharbia.", [('name', 'Fatma Bazina Ekhwan'), ('place', 'Al-Wahda hospital'), ('licence', 'LMC-N-22718'), ('street_address', "Shari' al-Fanar 14"), ('place', 'Shiha Gharbia')]),
    C("Gulnara Abdrakhmanova told me today that the bazaar in Osh's Jim quarter still smells of smoke to her. She left in 2010 and was eleven.", [('name', 'Gulnara Abdrakhmanova'), ('place', "Osh's Jim quarter")]),
    C("Fax from Zarqa's Russeifa camp side UNRWA clinic +962 5 374 4182: client Khalil Shahin, MRN UNRWA-ZQ-441822.", [('place', "Zarqa's Russeifa camp side"), ('fax', '+962 5 374 4182'), ('name', 'Khalil Shahin'), ('medical_record', 'UNRWA-ZQ-441822')]),
    C("Odisha train crash, June 2023: Sukanta Behera was in the general coach. Now at his uncle's in Bahanaga's Haripur sahi. Aadhaar 7720 4418 3096 for the disability claim.", [('name', 'Sukanta Behera'), ('place', "Bahanaga's Haripur sahi"), ('ssn', '7720 4418 3096')]),
    C("Nilufar Karimova, Uzbek, was a student during the June 2010 violence. Her family's house in Osh's Cheremushki quarter burned. Kyrgyz PIN 21103199400514.", [('name', 'Nilufar Karimova'), ('place', "Osh's Cheremushki quarter"), ('ssn', '21103199400514')]),
    C("Anyone gone to the Pan-African Psychology Union congress? Next year it's in Kenya, in August. Themes include Ubuntu psychology, the Mental Health Act 2022 reforms and Kenya's Taskforce report."),
    C("Wellness reminder: the Black Dog Institute's free webinars on Wednesdays, and Headspace Australia's clinician modules. Both count for APS CPD points and the ACA's points too."),
    C("Lahcen Id Bouhou was a mule guide in Amizmiz's Tnirt douar. Now in a tent near Talat N'Yaaqoub's souk. Phone +212 661-418807.", [('name', 'Lahcen Id Bouhou'), ('place', "Amizmiz's Tnirt douar"), ('place', "Talat N'Yaaqoub's souk"), ('phone', '+212 661-418807')]),
    C("Anyone have a good Tagalog resource on Utang na Loob and Hiya for OFW families? Virgilio Enriquez's Sikolohiyang Pilipino is my go-to, but clients want something shorter."),
    C('Clozapine titration note: a Tongan client reached 300 mg by Day 21, ANC normal, but he had tachycardia at 118. Troponin and CRP were fine. Do others check Echo at Week 4?'),
    C('Reminder: ANZAC Day is a Friday this year, so the Friday groups move to Thursday. DVA-funded clients need the new Open Arms referral code, and the RSL wellbeing team is on leave.'),
    C("Wakashio, 2020: Jean-Noël Ramasawmy was a fisherman in Mahébourg's Pointe d'Esny road. Wants help with a claim; his bank account at MCB 000441822071.", [('name', 'Jean-Noël Ramasawmy'), ('place', "Mahébourg's Pointe d'Esny road"), ('account', '000441822071')]),
    C('Sousse, June 2015: Karim Ben Slama Trabelsi was a beach waiter at the hotel. Home at Rue Ibn Khaldoun 22, Hammam Sousse 4011. CNAM CNAM 41-0722-885.', [('place', 'Sousse'), ('name', 'Karim Ben Slama Trabelsi'), ('street_address', 'Rue Ibn Khaldoun 22'), ('place', 'Hammam Sousse'), ('zip_code', '4011'), ('health_plan', 'CNAM 41-0722-885')]),
    C("Sione Latu Fifita helped dig out Lalomanu's eastern fale after the 2009 tsunami and now drives a truck in the city; plate NKL327, the van his cousin lent him after the move south.", [('name', 'Sione Latu Fifita'), ('place', "Lalomanu's eastern fale"), ('vehicle', 'NKL327')]),
    C('Our team keeps debating the AUDIT-C vs the ASSIST with Aboriginal clients. The IRIS tool from Queensland Health was built for this, and the Indigenous Risk Impact Screen works well in NAIDOC Week outreach.'),
    C('Can someone recommend a Korean-speaking EMDR therapist for a client in New South Wales? She had a Hwa-byung formulation from a psychiatrist in Korea and does not want to repeat the history.'),
    C("Form submitted from 41.75.44.182, Samira Benali El Idrissi, Casablanca's Hay Mohammadi, CNSS CNSS 144182207, after losing her village house in Al Haouz.", [('ip_address', '41.75.44.182'), ('name', 'Samira Benali El Idrissi'), ('place', "Casablanca's Hay Mohammadi"), ('health_plan', 'CNSS 144182207')]),
    C('Our Hong Kong colleagues are asking about the 2019 protest trauma literature. Michael Ni and Gabriel Leung in The Lancet found probable depression around 11%. Any Cantonese CBT manuals?'),
    C('Question for people in Western Australia: do you use the PHQ-A or the RCADS for 12-15 year olds? The CAMHS intake in the metro service uses the SDQ and HoNOSCA instead.'),
    C("Koh Pich bridge stampede, November 2010: Sok Sreypov lost her cousin. Works at a garment factory in Chaom Chao's Trapeang Thloeng block. ABA account 004 882 917.", [('place', 'Koh Pich'), ('name', 'Sok Sreypov'), ('place', "Chaom Chao's Trapeang Thloeng block"), ('account', '004 882 917')]),
    C("Simran Kaur Dhillon works nights at the Coles in Tarneit's Wyndham Vale edge; she told me she can't remember what her grandmother's village looks like.", [('name', 'Simran Kaur Dhillon'), ('place', "Tarneit's Wyndham Vale edge")]),
]

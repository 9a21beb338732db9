"""SEVENTY-SIXTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), scripts/, bench/,
adapters/ or storage/, did not run the guard, bench/guard_eval.py or any
test that imports or runs the guard, did not run git log, git status,
git diff, git show or any git command other than the final git add and
git commit, and did not read README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or the snippets of eval_set.py,
dev_extra.py, locked_set.py or locked_set_2.py ... locked_set_75.py (set
77, written at the same time in another worktree, was not seen at all:
neither its worktree nor its draft folder was opened or listed).  What
was read: the module docstrings of locked_set_72.py and locked_set_74.py
(the latest dense sets, which this one is modelled on), each printed
once, on its own, up to its closing triple quote (none of their cases);
the first 25 lines of locked_set_13.py and, separately, its last three
lines (for the file format; none of their sentences was copied); the
EvalCase dataclass and PATTERN_CATEGORIES in eval_set.py (exactly lines
29-41); tests/bot/confidentiality/test_locked_sets.py (data integrity
checks, no snippets); and one listing of the sets folder (file names
only).  These reads were issued as separate commands in one parallel
batch.  The header of this file was written from set 13's tail and the
test's names.  The overlap filter imported the earlier sets
programmatically and printed only this set's own clashing strings.  The
only test run was test_locked_sets.py (selected with -k 76); ruff was
run on this file and on that test file.  Slips, stated here: before the
edit pass the author copied the draft folder to a backup folder beside
it in /tmp (outside the draft folder named in the rules); it held only
this set's own drafts and was deleted at once, unread.  The overlap
filter was first run once from the worktree root, where it found no
drafts and printed nothing; it was then run from the draft folder.

Every snippet is set in Africa, Asia, the Middle East and Oceania (and
diasporas there: Sudanese in Chad, Eritreans in Israel, a Sri Lankan
worker in Lebanon, a Kenyan worker in Qatar, Syrians in Jordan, Uyghurs
and Afghans in Türkiye, Uyghurs in Kazakhstan, an Afghan in Tajikistan
and in Indonesia, Myanmar exiles in Thailand, a Bangladeshi worker in
Singapore, Burundians in Tanzania, Congolese in Uganda, Somalis in
Kenya, South Sudanese in Uganda and Australia, Rwandans, Assyrians,
Nuba Sudanese and Vietnamese in Australia, Tokelauans in Aotearoa).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty-five minutes for the drafting), as a
consultation request or a chat message to peers in a therapists'
consultation group, dense with capitalised terms like sets 72 and 74,
with settings chosen to differ from those named in set 72's docstring:
the 2019 hotel siege and the 2024 Gen Z protests in Kenya, the 2007
Kenya Airways and 2019 Ethiopian Airlines 302 crashes, Kwibuka, Nduta,
Bidibidi, Ifo and Hagadera, the 2022 KZN floods, the 2012 mine
massacre, Cyclones Kenneth and Batsirai, the anglophone crisis in
Cameroon, M23 and Nakivale, Adré, the 2022 mine-site explosion in
Ghana, the Borno insurgency, Ebola, Halabja, the Yazidi genocide,
Nineveh after 2017, Zaatari, the 2024 war in southern Lebanon, Cyclone
Shaheen, the Kerman bombing of January 2024 and the 2003 Kerman quake,
the 2014 Manisa mine disaster, the 1999 and 2020 quakes in Türkiye,
Artsakh 2023, Georgian IDP settlements, the 2021 Meron crush, the 2018
Kerala and 2015 Tamil Nadu floods, the gas disaster's second
generation, Manipur 2023, Assam floods, the 2004 school fire in Tamil
Nadu, Pakistan's 2022 floods, Cyclone Sidr, the 2023 Karnali quake and
the 2023 Gandaki plane crash, the Aragalaya, the 2004 tsunami in Aceh,
the Maldives and Sri Lanka, Myanmar's 2021 coup, Cyclone Mocha and the
2025 Sagaing quake, the 2022 nursery attack, the 2018 cave rescue and
the 2020 Korat shooting in Thailand, the Khmer Rouge, Typhoon Damrey,
the 2017 siege in Lanao del Sur, Haiyan, the 2009 massacre in
Maguindanao, Taal 2020, the 2018 liquefaction in Central Sulawesi, the
2022 stadium crush, the 2002 Bali bombings, the 2018 quake in West
Nusa Tenggara, the 2022 farm-camp landslide in Malaysia, the 2024
Hualien quake and 2021 train crash, the 2008 Sichuan quake, Sewol, the
1995 store collapse in Seoul, the 2017 North Gyeongsang quake, the 2024
Ishikawa quake, Fukushima 2011, Kumamoto 2016, the 1993 New Year crush
in Hong Kong, dzud in Mongolia, Osh 2010, Aksy 2002, the Vietnamese
boat camps, the 2016 and 2011 Canterbury quakes, Cyclones Bola, Percy,
Gita, Pam, Harold and Yasi, the 2021 riots in the Solomon Islands, Bougainville,
Bravo, Nauru and Manus, Black Saturday, the 2011 Queensland floods,
the 2023 Kimberley floods, the 1996 massacre in Tasmania, the 2019
mosque attack, the 2018 Hela quake; and ordinary lives (market
vendors, fishers, herders, garment and domestic workers, a surf-shop
worker, a pho-shop owner).  Short referral lines, faxes, portal and
telehealth logs by IP address, device notes, payment lines and leaked
links, and 58 identifier snippets that hold only names and places,
written as ordinary consultation prose, often with the name at the
start of a sentence.  Nothing was composed by a script: the author
wrote the snippets in plain text files outside the repository
(/tmp/set76work/) with the planted spans marked inline, and a script
there only stripped the marks into the expected lists, checked lengths,
token boundaries, single occurrence, duplicate spans, repeated values
and duplicate snippets, counted capitalised words in the clean
snippets, checked overlap with the earlier sets, shuffled the order
with a fixed seed (76) and wrote this file.  Every later edit was typed
by hand as a find-and-replace pair that a small script (or sed) applied
to the drafts (about 125 edit pairs and 150 renaming pairs in all);
this is stated here.

Edits made after drafting, stated here: about sixty false starts and
asides typed into the drafts under time pressure (a setting, an ID
format, a health plan, a city, a name or a place followed by "? no",
"? No", "- no", "... sorry", "... no", "I'll fix", "used in 72 so",
"already used", "? skip", "? just the camp" and the like) were removed
with their values, leaving only the corrected text; an honorific
("Aunty", "Grandpa", "Dr", "Sr") typed inside a name span was moved
outside it.  In a review, cities, camps, schools and venues written
unlabelled in identifier snippets (mostly in event names and after
"in") were replaced by their state, province, governorate or region, or
by a generic phrase ("the 2022 stadium crush", "the 2018 cave rescue",
"Borno referral"), or were dropped; communities and events named in set
72's docstring that had slipped into the drafts (Tongans in Aotearoa,
Hazaras in Australia and Türkiye, Nepalis in the Gulf, Rohingya in
Bangladesh, Afghans in Pakistan and Iran, the 2022 Halloween crush,
the 2023 quake in Türkiye, the Tongan eruption, Pike River, the
kibbutzim of October 2023, Kakuma) were replaced by other settings, and
two street addresses that repeated the place beside them were changed.
Known limitation, stated here: some hospitals remain inside the names
of record numbers (Mathari, AKTH, Chris Hani Baragwanath, Rambam,
Siriraj, Cho Ray, QMH, Shaukat Khanum, LUTH, RSCM, St Luke's,
Hadassah, CWM) and a few localities remain inside street addresses and
place spans (a city inside a neighbourhood's name); a guard that flags
them is not wrong.  In the clean snippets four cities and a hospital
typed in asides, two universities, a medical institute, a clinic and a
US state were replaced by a country, a region, a national body or a
generic phrase.  Overlap with the earlier sets was resolved by renaming
only this set's planted values: 135 values in the first round (one more pair was a no-op) (names
given a second surname or a longer form, places given a lane, row,
block, sector, purok, moo or corner, postal codes, an IBAN, a plate, a
phone number, an ID number and ages given a feast), 10 in the second
and a postal code in the third (changed twice); the last pass found
nothing.

Local identifier formats: Kenyan KRA PIN and NCPWD card, Tanzanian NIDA,
UNHCR proGres and attestation numbers for Burundians, Congolese and
Sudanese, Namibian and Eswatini IDs, Ghana Card, Ivorian NNI,
Senegalese CNI, Algerian NIN, Tunisian CIN, Mauritian NIC, Seychelles
NIN, an Israeli 2A5 visa, an Iraqi card, a Jordanian MOI card, a
Palestinian ID, a Saudi ID, a Lebanese passport for a Sri Lankan,
Turkish ikamet, Armenian public service number, Georgian personal
number, Azerbaijani FIN, Indian voter EPIC and ration card, a Kashmiri
EPIC, a Tajik refugee card, Nepali NID, Bhutanese CID, a Thai pink card
and Thai ID, Lao family book, a Myanmar IDP ID, PhilSys PSN and SSS,
Indonesian KK and an IOM card, a Singapore work permit, Brunei IC,
Timorese electoral card, Macau BIR, Chinese resident ID, Kyrgyz PIN,
Fijian voter ID, a boat ID, an ImmiCard and Centrelink CRNs (ssn);
Mathari, Chris Hani Baragwanath, AKTH, Rambam, Siriraj HN, Cho Ray,
QMH, Shaukat Khanum, CWM, LUTH, MSF, RSCM, St Luke's, Hadassah and NZ
NHI numbers (medical_record); SHA and NHIF Kenya, NHIF Tanzania, MASM,
CIMAS, GEMS, NHIA Ghana and Nigeria, AMO, Meuhedet, Leumit, NSSF
Lebanon, Tawuniya, Daman, a Qatari health card, Iranian Salamat,
Karunya, CMCHIS, ABHA, Agrahara, Thai SSO, Maxicare, KIS, PeKa B40,
CHAS, Japanese kokuho, ACC, Southern Cross, Medibank, NIB, Medicare and
DVA (health_plan); Malawian NMCM, Botswana, Dubai RTA, Indian RCI and
Delhi, Philippine PRC, Malaysian JPJ, Korean and Western Australian
driving licences, a Japanese Certified Public Psychologist number and
NZAC (licence); Kenyan, Gauteng, Nigerian, Lebanese, Libyan, Kuwaiti,
Omani, Thai, Indonesian, Philippine, Singaporean, Hong Kong, Taiwanese,
Korean, NZ, Fijian, Queensland and NSW plates (vehicle); devices (a
prosthetic knee and socket, hearing aids, an insulin pump, a cochlear
processor, a deep brain stimulator, a VNS generator, a power
wheelchair, a Libre sensor, a spinal cord stimulator, an oxygen
concentrator); payments (Airtel Money, e-Mola, EcoCash, Palmpay,
Orange Money, Wave, Vodafone Cash, Zaad, CliQ, WFP SCOPE, a Turkish
IBAN, UPI, PhonePe, BISP, Nagad, Wave Money, PromptPay, BCEL One, MoMo,
GCash, DANA, GoPay, OVO, Touch 'n Go, PayNow, MPay, LINE Pay, Alipay,
KakaoPay, PayPay, Humo, eSewa, MyCash, MiCash, PayID); addresses
written the local way with postal codes of those countries; dates
slashed, ISO, dotted, in words, weekday-led, in Sesotho, Thai
(Buddhist era), Indonesian, Korean, in the Solar Hijri and Bikram
Sambat calendars and in the Japanese and Republic of China eras; IPv4
and IPv6 addresses, URLs, and phone and fax numbers in local and
international formats.

401 snippets, 244 with identifiers and 157 clean (lengths 69-234,
within the test's bounds of 40-520).  Every pattern category appears at
least 12 times (the test requires 12): date 16, age_over_89 16, phone
33, fax 14, email 17, url 12, ip_address 13, ssn 52, medical_record 16,
health_plan 33, account 35, licence 12, vehicle 18, device 12,
street_address 14, zip_code 14; with 265 names and 249 places smaller
than a state (the test requires 265 and 249).  Ages over 89 are written
in digits and words, in English, French, Sorani, Assamese, Burmese,
Khmer, Indonesian, Vietnamese, Japanese, Mongolian, Māori and Samoan
(transliterated where needed), several with a feast.

Names: Kikuyu, Luo, Kamba, Kalenjin, Swahili, Chagga, Ganda, Rwandan,
Burundian, Somali, Dinka, Nuer, Amhara, Tigrinya, Ghanaian, Igbo,
Yoruba, Hausa and Kanuri, Sierra Leonean, Baoulé, Wolof, Cameroonian,
Congolese, Masalit, Malawian, Zambian, Shona, Zulu, Sotho, Tswana,
Swazi, Ovambo, Malagasy, Mauritian, Seychellois, Egyptian, Moroccan,
Algerian, Tunisian, Libyan, Kurdish and Yazidi, Iraqi, Syrian,
Jordanian, Palestinian, Lebanese, Druze, Bedouin, Israeli, Gulf Arab,
Yemeni, Persian, Afghan, Turkish, Uyghur, Armenian, Georgian,
Azerbaijani, Malayali, Tamil, Marathi, Kuki, Assamese, Kashmiri,
Sindhi, Punjabi, Pashtun, Bengali, Nepali and Sherpa, Bhutanese,
Sinhala, Maldivian, Bamar, Rohingya, Thai, Lao, Khmer, Vietnamese,
Filipino and Maranao, Acehnese, Buginese, Javanese, Balinese, Sasak,
Malay, Kadazan, Iban, Singaporean Chinese, Bruneian, Timorese,
Cantonese, Taiwanese and Amis, Chinese, Korean, Japanese (family name
first), Mongolian, Kyrgyz, Turkmen, Uzbek, Māori, Tokelauan, Samoan,
Tongan, Cook Islands, Fijian and Indo-Fijian, Ni-Vanuatu, Solomon
Islander, Bougainvillean, I-Kiribati, Marshallese, Aboriginal (Yolŋu,
Anangu, Pintupi, Kuku Yalanji and others), Torres Strait Islander and
settler Australian names, with hyphenated and multi-part names, binti
and anak, and diacritics.  Places: estates, compounds, townships,
informal settlements, camps and their zones, blocks and sectors,
markets and ranks, piers, jetties and harbours, beaches, schools and
colleges, clinics, kiosks, a bakery street, a monastery quarter, a
wat, mahallas, kvartals and khoroos, gampongs, dusuns, desas, banjars
and kelurahan, kampungs, tamans and longhouses, barangays, sitios and
puroks, bans and moos, xóm and ấp, aldeias, villages and pā, marae,
outstations, settlements, farms and cane farms, a plaza, a mosque hall
and housing flats, given a lane, street, row, block or corner.

Clean snippets: peer-consultation messages, questions, reading-group
notes and scheduling chatter, dense with capitalised words after the
first word of each sentence (1459 in 157 snippets, about 9.3 per
snippet, counted by the author's script, acronyms included and the
pronoun "I" excluded; 1 has fewer than four): drug brands and
generics with doses and laboratory values, scales and their
local-language versions, therapy models and their founders, real
published authors and books, guidelines, laws, regulators, insurers
and professional bodies, weekdays, months, religious feasts and fasts,
apps, countries, states, provinces, governorates and regions,
nationalities, religions and languages, and no place smaller than a
state or a country's first-level subdivision.
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED76_CASES = [
    C('Mozambique referral: Celeste Mussa Chissano after Cyclone Kenneth, DUAT bairro Paquitequete rua 7, tel +258 84 712 3390, e-Mola 86 445 2210. Portuguese and Makua only.', [('name', 'Celeste Mussa Chissano'), ('place', 'Paquitequete rua 7'), ('phone', '+258 84 712 3390'), ('account', '86 445 2210')]),
    C("Senegalese clients and Wolof: the Senegalese school's work (Henri Collomb) on Ndëpp and Psychotherapy is worth reading again. Who has the Wolof PHQ-9?"),
    C('The SADAG helpline and the HPCSA both have new telehealth rules since January. Does POPIA let us record Zoom sessions for Supervision if the client signs in Zulu?'),
    C('Started a client on Sertraline 50 mg (Zoloft brand, the generic from Cosmos was out of stock), TSH 2.1 and Vitamin D 18 ng/mL; GP wants to add Cholecalciferol. Any reason to delay the SSRI?'),
    C('Dewi Lestari Siregar moved back to Kampung Pulo Kampung Melayu after the evictions and is very isolated.', [('name', 'Dewi Lestari Siregar'), ('place', 'Kampung Pulo Kampung Melayu')]),
    C('Singapore foreign worker Mohammad Rubel Mia, work permit WP-0 4418772 1, dorm Tuas South dormitory block 4, vehicle YN 4418 K.', [('name', 'Mohammad Rubel Mia'), ('ssn', 'WP-0 4418772 1'), ('place', 'Tuas South dormitory block 4'), ('vehicle', 'YN 4418 K')]),
    C("Brunei's Ministry of Health and the Brunei Mental Health Order 2014: anyone practise there? Malay and English forms; Ramadan hours are short."),
    C('Omani fisherman Salim bin Said Al-Hinai from Wilayat Sur Al Aijah after Cyclone Shaheen; Oman plate 1847 AR.', [('name', 'Salim bin Said Al-Hinai'), ('place', 'Wilayat Sur Al Aijah'), ('vehicle', '1847 AR')]),
    C('WA: Kylie Smith Ningamara, Balgo Wirrimanu, Kimberley floods 2023, fax 08 9168 4418, DL WA 4418772.', [('name', 'Kylie Smith Ningamara'), ('place', 'Balgo Wirrimanu'), ('fax', '08 9168 4418'), ('licence', 'WA 4418772')]),
    C('For those using EMDR (Francine Shapiro) with Afghan clients: the Dari Subjective Units scale and the EMDR-IGTP group protocol worked well after Nowruz last year.'),
    C('Marshall Islands nuclear legacy: Lijon Kabua Anjain, from Ebeye island Gugeegue, born March 1, 1954 - the Bravo day.', [('name', 'Lijon Kabua Anjain'), ('place', 'Ebeye island Gugeegue'), ('date', 'March 1, 1954')]),
    C('Mirtazapine (Remeron 15 mg) for insomnia and appetite in an elderly Maldivian client; Sodium 131, ALT normal. The MFDA stocks Remeron only. Any Dhivehi psychoeducation leaflets?'),
    C('Ana Vuniwaqa Ravouvou prefers we meet at Nabua Rifle Range settlement community hall after church.', [('name', 'Ana Vuniwaqa Ravouvou'), ('place', 'Nabua Rifle Range settlement')]),
    C('Tunisia: Sami Ben Romdhane, ID 07714403, email sami.brom@topnet.tn. Lives in Ettadhamen cité 2.', [('name', 'Sami Ben Romdhane'), ('ssn', '07714403'), ('email', 'sami.brom@topnet.tn'), ('place', 'Ettadhamen cité 2')]),
    C('Referral line: pt Omondi Otieno Ochieng DOB 12/03/1987, Mathari OPD no. MNTRH/OP/2024/18833, ph +254 722 618 094. Reason: grief after the Kenya Airways crash anniversary.', [('name', 'Omondi Otieno Ochieng'), ('date', '12/03/1987'), ('medical_record', 'MNTRH/OP/2024/18833'), ('phone', '+254 722 618 094')]),
    C('2019 mosque attack: Abdirahman Hassan Warsame, lives at 41 Linwood Ave, 8053, Masjid volunteer; phone 027 441 8772.', [('name', 'Abdirahman Hassan Warsame'), ('street_address', '41 Linwood Ave'), ('zip_code', '8053'), ('phone', '027 441 8772')]),
    C('Hong Kong colleagues: the Chinese HADS or the Cantonese GAD-7? The Hospital Authority uses both, and the HKPS wants a statement before Ching Ming.'),
    C('Lebanese referral after the 2024 war in the south: Hussein Nasrallah Fakih from Khiam, NSSF NSSF 1184725-3, plate M 418773.', [('name', 'Hussein Nasrallah Fakih'), ('place', 'Khiam'), ('health_plan', 'NSSF 1184725-3'), ('vehicle', 'M 418773')]),
    C('Fiji: Salote Ratuvou Naivalu, voter ID FVR-0044187720, from Tacirua East settlement, MyCash MYCASH 941 8772.', [('name', 'Salote Ratuvou Naivalu'), ('ssn', 'FVR-0044187720'), ('place', 'Tacirua East settlement'), ('account', 'MYCASH 941 8772')]),
    C('Sarawak longhouse: Nyuak anak Jugah, Rumah Ngumbang Nanga Entabai, JPJ licence SW 0441877209.', [('name', 'Nyuak anak Jugah'), ('place', 'Rumah Ngumbang Nanga Entabai'), ('licence', 'SW 0441877209')]),
    C('Tafadzwa Mutasa finally talked about the night at Chimanimani Ngangu township; the mudslides took her cousin Rufaro Mutasa. Heavy session.', [('name', 'Tafadzwa Mutasa'), ('place', 'Chimanimani Ngangu township'), ('name', 'Rufaro Mutasa')]),
    C('Duloxetine (Cymbalta 60 mg) and Pregabalin (Lyrica 75 mg) for fibromyalgia with depression; Korean client, HAM-D 22. Does the Korean PHQ-9 have a cut-off of 10 or 5?'),
    C('Manipur 2023 violence: Lhingneichong Haokip in Churachandpur relief camp Lamka, UPI haokip.lhing@okaxis.', [('name', 'Lhingneichong Haokip'), ('place', 'Churachandpur relief camp Lamka'), ('account', 'haokip.lhing@okaxis')]),
    C('Manus: Elias Ahmadi Zaid, from Lorengau East Lorengau transit, email elias.zaid@protonmail.com.', [('name', 'Elias Ahmadi Zaid'), ('place', 'Lorengau East Lorengau transit'), ('email', 'elias.zaid@protonmail.com')]),
    C("Anyone else reading Sudhir Kakar's Shamans, Mystics and Doctors with Indian clients who attend Dargah healing? Good pairing with Kleinman for the Karnataka and Kerala folks."),
    C("Bahraini and Kuwaiti clients prefer Gulf Arabic audio for PMR; the Kuwait Ministry of Health's Arabic Relaxation tracks are on SoundCloud. Ashura brings a dip in attendance."),
    C('Senegal: Fatou Binetou Diop-Ndiaye, CNI 2 751 1987 00312, Wave 77 618 44 09, from Guédiawaye Wakhinane Nimzatt 2. Her father, quatre-vingt-dix-sept ans à Tabaski, still fishes.', [('name', 'Fatou Binetou Diop-Ndiaye'), ('ssn', '2 751 1987 00312'), ('account', '77 618 44 09'), ('place', 'Guédiawaye Wakhinane Nimzatt 2'), ('age_over_89', 'quatre-vingt-dix-sept ans à Tabaski')]),
    C('The Jordanian Personal Data Protection Law 2023 and the Jordan Medical Council: is recording a Supervision session lawful without Arabic consent? Eid al-Adha comes first.'),
    C('Haiyan 2013: Maricel Dacanay Bautista, Sitio Baybay, GCash 0917 418 2203, SSS 34-1877209-4.', [('name', 'Maricel Dacanay Bautista'), ('place', 'Sitio Baybay'), ('account', '0917 418 2203'), ('ssn', '34-1877209-4')]),
    C('Clozapine (Clopine 400 mg), CRP 4, Troponin normal; the NSW Health Clozapine protocol wants weekly FBC for 18 weeks. The TGA shortage notice came out Friday.'),
    C('Omid Karimi and Niloufar Karimi want couples work; they met in the park at Ekbatan phase 2 block C8 back home.', [('name', 'Omid Karimi'), ('name', 'Niloufar Karimi'), ('place', 'Ekbatan phase 2 block C8')]),
    C("Nimal Jayasuriya lost his boat at Peraliya Telwatta; he still won't go near the railway line.", [('name', 'Nimal Jayasuriya'), ('place', 'Peraliya Telwatta')]),
    C('Ivorian client Adjoua Kouassi Yao, NNI CI 0082 1377 4412, Orange Money +225 07 48 19 22 03, lives at Abobo Sagbé; Baoulé only.', [('name', 'Adjoua Kouassi Yao'), ('ssn', 'CI 0082 1377 4412'), ('account', '+225 07 48 19 22 03'), ('place', 'Abobo Sagbé')]),
    C('Cook Islands: Teina Marsters-Tangimetua, from Tupapa Rarotonga, phone +682 55 418 and fax +682 29 418.', [('name', 'Teina Marsters-Tangimetua'), ('place', 'Tupapa Rarotonga'), ('phone', '+682 55 418'), ('fax', '+682 29 418')]),
    C('Fax to the Hadassah unit 02-677-4418: pt Yosef Mizrahi-Dahan, from Kiryat HaYovel Stern street, file HAD-7720418.', [('fax', '02-677-4418'), ('name', 'Yosef Mizrahi-Dahan'), ('place', 'Kiryat HaYovel Stern street'), ('medical_record', 'HAD-7720418')]),
    C('Filipino clients and the Filipino Sikolohiyang Pilipino tradition (Virgilio Enriquez): Kapwa and Pakikiramdam. Simbang Gabi in December is a support resource.'),
    C('Portal login from 2001:4479:1a0c:8800::44 for Mitchell Tjungurrayi, Kintore Walungurru store; shared notes at https://apy-sewb.org.au/notes/mt-77.', [('ip_address', '2001:4479:1a0c:8800::44'), ('name', 'Mitchell Tjungurrayi'), ('place', 'Kintore Walungurru store'), ('url', 'https://apy-sewb.org.au/notes/mt-77')]),
    C('Georgian and Armenian clients: the Georgian PHQ-9 and Armenian HADS. Easter (Orthodox) and Vardavar affect July scheduling.'),
    C('Question about the Israeli Ministry of Health rules: do Clalit and Maccabi accept CPT (Resick) as a Prolonged Exposure substitute? Hebrew and Arabic workbooks are both on the Ministry site.'),
    C("Nurul Izzah Hamzah mentioned the landslide at Batang Kali Father's Organic Farm where her cousins were camping.", [('name', 'Nurul Izzah Hamzah'), ('place', "Batang Kali Father's Organic Farm")]),
    C('Japanese client: Nakamura Yui, lives at 2-14-7 Minami-Aoyama, 107-0062, PayPay PayPay 080-4418-7720.', [('name', 'Nakamura Yui'), ('street_address', '2-14-7 Minami-Aoyama'), ('zip_code', '107-0062'), ('account', 'PayPay 080-4418-7720')]),
    C("Cambodian clients and Devon Hinton's Khyâl Attack Questionnaire; Pchum Ben in September brings ancestor-related distress. TPO Cambodia has Khmer CBT manuals."),
    C('Sichuan 2008 quake: Wang Xiaoyan, from Beichuan Qushan town, resident ID 513029198305124418, Alipay wxy_beichuan@163.com.', [('name', 'Wang Xiaoyan'), ('place', 'Beichuan Qushan town'), ('ssn', '513029198305124418'), ('account', 'wxy_beichuan@163.com')]),
    C('Iran: Maryam Rahimi Tehrani, Salamat insurance SLMT-2204-771832, lives in Naziabad; Kerman bombing Jan 2024 loss.', [('name', 'Maryam Rahimi Tehrani'), ('health_plan', 'SLMT-2204-771832'), ('place', 'Naziabad')]),
    C('Gas disaster, second generation: Shakeela Bi Qureshi of JP Nagar basti, ration card MP-RC-0418823917, phone 0755 274 1183.', [('name', 'Shakeela Bi Qureshi'), ('place', 'JP Nagar basti'), ('ssn', 'MP-RC-0418823917'), ('phone', '0755 274 1183')]),
    C('Mongolia dzud: herder Batbayar Dorjsuren, from Bayan-Ovoo soum bag 3, fax of the soum hospital +976 7055 4418, age yeren tav (95).', [('name', 'Batbayar Dorjsuren'), ('place', 'Bayan-Ovoo soum bag 3'), ('fax', '+976 7055 4418'), ('age_over_89', 'yeren tav')]),
    C('Namaz times and session scheduling: the Turkish Diyanet app, Muslim Pro and Athan all differ by a few minutes. Do you schedule around Dhuhr on Fridays?'),
    C('Aibek Toktogulov talked about his village Aksy Kerben and the 2002 shootings his father saw.', [('name', 'Aibek Toktogulov'), ('place', 'Aksy Kerben')]),
    C('Eritrean Tigrinya speakers in Israel: Hebrew PHQ-9, Tigrinya HSCL-25, or Arabic? The Israeli Ministry of Health only approves the Hebrew and Arabic forms.'),
    C('Myanmar 2021 coup: Zaw Min Htet Aung, hiding in Mae Sot Huay Kalok soi 3, Thai pink card 0-0063-41877-22-4, Wave Money 09 441 872 093.', [('name', 'Zaw Min Htet Aung'), ('place', 'Mae Sot Huay Kalok soi 3'), ('ssn', '0-0063-41877-22-4'), ('account', '09 441 872 093')]),
    C('Nicotine Replacement (Nicorette 4 mg gum) during Ramadan: Muslim Australians in New South Wales ask if patches break the fast. The ANIC fatwa says no.'),
    C('Uzbekistan: Gulnora Karimova Usmonova, from Chilonzor 12-kvartal, Humo card 9860 4418 7720 0093.', [('name', 'Gulnora Karimova Usmonova'), ('place', 'Chilonzor 12-kvartal'), ('account', '9860 4418 7720 0093')]),
    C('Agomelatine (Valdoxan 25 mg) with LFTs at baseline, 3, 6, 12 and 24 weeks: ALT 48 last Thursday. The TGA label is strict. The Filipino client prefers to stop.'),
    C('Lao-language GAD-7 from the Lao Ministry of Health and the UNFPA. Pi Mai Lao in April is a week-long break. Fluoxetine (Prozac 20 mg) is the only SSRI available.'),
    C("Fax to (02) 8731 4418 for Jovelyn Ramos of Barangay Bagong Silangan Sitio Veterans, St Luke's MRN SLMC-88-441877.", [('fax', '(02) 8731 4418'), ('name', 'Jovelyn Ramos'), ('place', 'Barangay Bagong Silangan Sitio Veterans'), ('medical_record', 'SLMC-88-441877')]),
    C('Wellbutrin (Bupropion XL 150 mg) for smoking and depression in a Chinese Malaysian client; BP fine, no seizures. The Mandarin PHQ-9 score dropped from 18 to 11 by Chinese New Year.'),
    C('Chinese clients in New Zealand: the Chinese CES-D and Mandarin PHQ-9. The Chinese New Year and Mid-Autumn Festival dinners bring family tension. Wellbeing apps like Headspace in Mandarin?'),
    C("Portal message from Dawit Haile Gebreselassie at dawit.hgs@ethionet.et: he can't open the link https://telepsych.addis-care.org/s/9fk2Lq from the internet café at Piassa Arada. Ethiopian Airlines 302 bereavement group.", [('name', 'Dawit Haile Gebreselassie'), ('email', 'dawit.hgs@ethionet.et'), ('url', 'https://telepsych.addis-care.org/s/9fk2Lq'), ('place', 'Piassa Arada')]),
    C("Vietnamese clients and Buddhist practice: Thich Nhat Hanh's The Miracle of Mindfulness with MBCT (Segal, Williams, Teasdale). Vu Lan festival in August is a good time to start."),
    C('Timor-Leste: Maria da Costa Soares, Eleitoral card TL-0418772-19, from Aldeia Becora Mota Ulun; Tetum and Portuguese.', [('name', 'Maria da Costa Soares'), ('ssn', 'TL-0418772-19'), ('place', 'Aldeia Becora Mota Ulun')]),
    C('Kyrgyzstan Osh 2010: Dilfuza Rakhimova, from Cheremushki mahalla Osh Kurmanjan Datka st, PIN 21204198300418, phone +996 555 418 772.', [('name', 'Dilfuza Rakhimova'), ('place', 'Cheremushki mahalla Osh Kurmanjan Datka st'), ('ssn', '21204198300418'), ('phone', '+996 555 418 772')]),
    C('Halabja anniversary: Shilan Kareem Aziz, age nawad u du (92 in Sorani) - her granddaughter Roj Hiwa Kareem translates; they live in Bakrajo Kani Goma road.', [('name', 'Shilan Kareem Aziz'), ('age_over_89', 'nawad u du'), ('name', 'Roj Hiwa Kareem'), ('place', 'Bakrajo Kani Goma road')]),
    C("Taiwan: Hualien quake 2024, Lin Mei-hua Panay, Amis, from Fata'an village, born 民國76年4月18日, phone 0912-418-772.", [('name', 'Lin Mei-hua Panay'), ('place', "Fata'an village"), ('date', '民國76年4月18日'), ('phone', '0912-418-772')]),
    C('Bhutan: Tshering Yangzom, CID 11308001774, from Lobesa Chuzomsa village; email yangzom.t@druknet.bt.', [('name', 'Tshering Yangzom'), ('ssn', '11308001774'), ('place', 'Lobesa Chuzomsa village'), ('email', 'yangzom.t@druknet.bt')]),
    C('Family session with Layla Haddad and Khalil Haddad went badly, the father insisted they return to Bab al-Tabbaneh Syria Street this summer.', [('name', 'Layla Haddad'), ('name', 'Khalil Haddad'), ('place', 'Bab al-Tabbaneh Syria Street')]),
    C("Kemal Öztürk mentioned the 1999 quake and his grandfather's shop in Gölcük Değirmendere sahil; layered grief across decades.", [('name', 'Kemal Öztürk'), ('place', 'Gölcük Değirmendere sahil')]),
    C('Just FYI the taxi that took Lerato Mokoena-Radebe home had plate HT 88 YB GP; she thinks the driver was from Tembisa Ext 25. Her mother Dimakatso Mokoena called twice.', [('name', 'Lerato Mokoena-Radebe'), ('vehicle', 'HT 88 YB GP'), ('place', 'Tembisa Ext 25'), ('name', 'Dimakatso Mokoena')]),
    C('The 2022 stadium crush: Rizky Aditya Pratama Wicaksono, from Desa Kepanjen Ardimulyo, plate N 4418 AG, GoPay 0857 3344 1872.', [('name', 'Rizky Aditya Pratama Wicaksono'), ('place', 'Desa Kepanjen Ardimulyo'), ('vehicle', 'N 4418 AG'), ('account', '0857 3344 1872')]),
    C('Dadirri (Miriam-Rose Ungunmerr-Baumann) as a listening practice: anyone brought it into Narrative Therapy (Michael White and David Epston) groups in South Australia?'),
    C('Afghan in Indonesia: Fereshta Rezaei, IOM card IOM-IDN-44-187720, lives in Cisarua Tugu Selatan, phone +62 813 8441 8772.', [('name', 'Fereshta Rezaei'), ('ssn', 'IOM-IDN-44-187720'), ('place', 'Cisarua Tugu Selatan'), ('phone', '+62 813 8441 8772')]),
    C('Vietnamese clients and the Vietnamese CES-D: the Ministry of Health of Vietnam and the VAPS. Tết in February is when we see the most family conflict.'),
    C("Kiribati: Teretia Tebano Kaitara, Betio Temakin village maneaba, she's worried about relocation; email teretia.tebano@tsku.net.ki.", [('name', 'Teretia Tebano Kaitara'), ('place', 'Betio Temakin village maneaba'), ('email', 'teretia.tebano@tsku.net.ki')]),
    C('Armenia: Anahit Grigoryan Petrosyan, public service number 5108870432, displaced from Artsakh 2023 to Masis Nor Kyanq, +374 93 418820.', [('name', 'Anahit Grigoryan Petrosyan'), ('ssn', '5108870432'), ('place', 'Masis Nor Kyanq'), ('phone', '+374 93 418820')]),
    C('Ethical question for the Gulf folks: the DHA, DoH and MOHAP all license psychologists separately. If I move from one Emirate to another, do I need a new Dataflow check?'),
    C('Methylphenidate (Concerta 36 mg) for a Singaporean Malay teen; the HSA approved it for adults only last year. Hari Raya Puasa and exams in May clash.'),
    C("Solomon Islands 2021 riots: John Fa'arodo Maeke, shop at Kukum market, phone +677 744 1872.", [('name', "John Fa'arodo Maeke"), ('place', 'Kukum market'), ('phone', '+677 744 1872')]),
    C('Hi all, Grace Atieno Achieng-Owuor from our Nyanza team asks: supervision Weds? Her client Otieno Odera lives by Dunga Beach.', [('name', 'Grace Atieno Achieng-Owuor'), ('name', 'Otieno Odera'), ('place', 'Dunga Beach')]),
    C('Could someone with Tanzanian experience see Neema Lyimo Massawe? NIDA 19850614-12117-00003-25, NHIF card 101203456789, lives at Plot 17 Mtaa wa Uhuru, Moshi Mjini, 25101.', [('name', 'Neema Lyimo Massawe'), ('ssn', '19850614-12117-00003-25'), ('health_plan', '101203456789'), ('street_address', 'Plot 17 Mtaa wa Uhuru'), ('place', 'Moshi Mjini'), ('zip_code', '25101')]),
    C("Leaked link alert: https://bit.ly/3kPsy-nadia44 pointed to Nadia Rahimi Sharifi's intake form; she lives in Dandenong Hemmings Street flats.", [('url', 'https://bit.ly/3kPsy-nadia44'), ('name', 'Nadia Rahimi Sharifi'), ('place', 'Dandenong Hemmings Street flats')]),
    C('Samoan Mental Health Act 2007 versus the NZ Mental Health Act 1992: cross-border clients are common. The Samoan Ministry of Health wants Samoan-language consent forms.'),
    C('The Afghan Symptom Checklist (ASCL) by Miller and colleagues is gold for Dari and Pashto speakers. Does anyone have a Hazaragi audio version for our Balochistan partners?'),
    C('Georgia: Nino Beridze-Kvaratskhelia, personal number 01024087713, IDP settlement Tserovani cottage 612. Georgian only.', [('name', 'Nino Beridze-Kvaratskhelia'), ('ssn', '01024087713'), ('place', 'Tserovani cottage 612')]),
    C('Motivational Interviewing (Miller and Rollnick) in Fijian and Hindi: the AUDIT-C is in both. Kava, Yaqona and Alcohol questions need rewording for Methodist clients.'),
    C('Indo-Fijian farmer Ramesh Chand Prasad, Drasa Vitogo cane farm 41, plate LT 418, CWM file CWMH-0441877.', [('name', 'Ramesh Chand Prasad'), ('place', 'Drasa Vitogo cane farm 41'), ('vehicle', 'LT 418'), ('medical_record', 'CWMH-0441877')]),
    C('Fax to +62 21 3190 4418 (RSCM psychiatry) re Bambang Setiawan Hadiprojo from Kampung Bali Tanah Abang; RSCM no. RSCM-0441877-20.', [('fax', '+62 21 3190 4418'), ('name', 'Bambang Setiawan Hadiprojo'), ('place', 'Kampung Bali Tanah Abang'), ('medical_record', 'RSCM-0441877-20')]),
    C('@all the Malawian nurse Chikondi Tembo Banda-Phiri from Chilobwe township wants supervision; her NMCM licence NMCM/RN/14472 and MASM member no. MASM-0074218-01.', [('name', 'Chikondi Tembo Banda-Phiri'), ('place', 'Chilobwe township'), ('licence', 'NMCM/RN/14472'), ('health_plan', 'MASM-0074218-01')]),
    C("Israeli client Noa Ben-Haim Levi from Kiryat Shmona Ha'Nassi quarter, Leumit LEU-99177302, Rambam file RMB-8844107. Shabbat sessions off.", [('name', 'Noa Ben-Haim Levi'), ('place', "Kiryat Shmona Ha'Nassi quarter"), ('health_plan', 'LEU-99177302'), ('medical_record', 'RMB-8844107')]),
    C('Vanuatu Cyclone Pam 2015: Jimmy Kalo Tari, from Blacksands community, Phone +678 544 1877.', [('name', 'Jimmy Kalo Tari'), ('place', 'Blacksands community'), ('phone', '+678 544 1877')]),
    C('Has anyone used the Swahili PHQ-9 alongside the SRQ-20 in Kenya? Our Monday clinic finds the Somatic items inflate scores during Ramadan, and the KMPDC guidance says nothing about it.'),
    C('Question on cultural idioms: Parwin Sultani describes "jigar khun" when talking about Jaghori Anguri, her village. Thoughts on how to reflect it back?', [('name', 'Parwin Sultani'), ('place', 'Jaghori Anguri')]),
    C("Australian Privacy Principles (APP 11) and the Privacy Act 1988 (Cth): do we store Zoom recordings in Australia only? The OAIC says Microsoft Azure's Australian region is fine."),
    C('Mine massacre widows group, 2012: Nomvula Nkaneng Sithole of Nkaneng informal settlement row 9 wants to bring her neighbour Mamokgethi Seleka. Any Setswana-speaking counsellor?', [('name', 'Nomvula Nkaneng Sithole'), ('place', 'Nkaneng informal settlement row 9'), ('name', 'Mamokgethi Seleka')]),
    C('Australia: Black Saturday 2009, Jenny McKenzie Harrower, lived at 14 Skyline Road, Steels Creek fire station end, 3775, Medibank MBK 4418 7720 1.', [('name', 'Jenny McKenzie Harrower'), ('street_address', '14 Skyline Road'), ('place', 'Steels Creek fire station end'), ('zip_code', '3775'), ('health_plan', 'MBK 4418 7720 1')]),
    C("Wong Ka Yan can't go past Lan Kwai Fong D'Aguilar corner since New Year's 1993 - her sister was crushed there.", [('name', 'Wong Ka Yan'), ('place', "Lan Kwai Fong D'Aguilar corner")]),
    C('Karnali quake 2023: Dil Bahadur Rokaya, from Nalgad Ramidanda, NID NID-418-772-0913, born 2042/04/15 BS.', [('name', 'Dil Bahadur Rokaya'), ('place', 'Nalgad Ramidanda'), ('ssn', 'NID-418-772-0913'), ('date', '2042/04/15 BS')]),
    C("2018 cave rescue, coach's family: Nopparat Khanthavong, lives at Ban Pong Pha, PromptPay 081-744-2093, plate กข 4418 เชียงราย.", [('name', 'Nopparat Khanthavong'), ('place', 'Ban Pong Pha'), ('account', '081-744-2093'), ('vehicle', 'กข 4418 เชียงราย')]),
    C('Saudi: Abdulaziz Al-Otaibi, ID 1044782190, Tawuniya TAW-33-8710442, Building 4418, Prince Sultan Rd, Al Rawdah Ummal Qura corner, 23438.', [('name', 'Abdulaziz Al-Otaibi'), ('ssn', '1044782190'), ('health_plan', 'TAW-33-8710442'), ('street_address', 'Building 4418, Prince Sultan Rd'), ('place', 'Al Rawdah Ummal Qura corner'), ('zip_code', '23438')]),
    C('India: Kerala 2018 floods, Anitha Kuriakose Varghese from Chengannur Pandanad Vazhakoottam, Voter EPIC KL/18/125/227431, Karunya KBF-441873-2019.', [('name', 'Anitha Kuriakose Varghese'), ('place', 'Chengannur Pandanad Vazhakoottam'), ('ssn', 'KL/18/125/227431'), ('health_plan', 'KBF-441873-2019')]),
    C('Session log: Teuila Soliai from Vailima village, IP 202.4.48.177, recording at https://vault.pacifictherapy.ws/rec/ts-2210.', [('name', 'Teuila Soliai'), ('place', 'Vailima village'), ('ip_address', '202.4.48.177'), ('url', 'https://vault.pacifictherapy.ws/rec/ts-2210')]),
    C('Maguindanao 2009 widow Bai Farida Mangudadatu, from Sitio Masalay, email faridamang09@yahoo.com.ph, LTO plate NBC 4418.', [('name', 'Bai Farida Mangudadatu'), ('place', 'Sitio Masalay'), ('email', 'faridamang09@yahoo.com.ph'), ('vehicle', 'NBC 4418')]),
    C('Maldives tsunami 2004: Aishath Shiuna Mohamed Didi, from Kandholhudhoo resettled to Dhuvaafaru; phone +960 779 0418.', [('name', 'Aishath Shiuna Mohamed Didi'), ('place', 'Kandholhudhoo'), ('place', 'Dhuvaafaru'), ('phone', '+960 779 0418')]),
    C('Went with Amina Juma Said to the Darajani bazaar spice stalls for exposure work - big win, she bought ginger on her own.', [('name', 'Amina Juma Said'), ('place', 'Darajani bazaar')]),
    C('Any Sinhala speakers familiar with the Sinhala SRQ-20? The Sri Lanka College of Psychiatrists recommends it. Vesak and Poson holidays in May and June.'),
    C('The Philippine Mental Health Act (RA 11036) and the PRC Board of Psychology: do registered Guidance Counselors count as Mental Health Professionals? Tagalog and Cebuano forms differ.'),
    C("Iraqi Kurdish clients in Erbil Governorate and Duhok Governorate use the Sorani PHQ-9; the Kurdistan Regional Government's Health Ministry wants results by Newroz."),
    C('Buddhist Chaplaincy and Mindfulness-Based Stress Reduction (Jon Kabat-Zinn): our Thai, Lao and Cambodian clients find it too Western. The Khmer HSCL-25 is better for them.'),
    C('Lao client Souksavanh Phommachanh Keola, from Ban Hatsady Tai, family book no. LA-FB-0188-4471, BCEL One 0100-12-00418773-001.', [('name', 'Souksavanh Phommachanh Keola'), ('place', 'Ban Hatsady Tai'), ('ssn', 'LA-FB-0188-4471'), ('account', '0100-12-00418773-001')]),
    C('Amira Nasser asked if she can bring her baby to sessions at Lakemba Haldon Street mosque hall. Sure?', [('name', 'Amira Nasser'), ('place', 'Lakemba Haldon Street mosque hall')]),
    C('Her late mother was ninety-three at Kwibuka and had raised the whole family in Gisenyi Rubavu hill lane 4; grief work for Ingabire Solange keeps circling back to April.', [('age_over_89', 'ninety-three at Kwibuka'), ('place', 'Gisenyi Rubavu hill lane 4'), ('name', 'Ingabire Solange')]),
    C('The Sindh Mental Health Act 2013 and the Punjab Mental Health Act 2014: do Pakistani psychologists need PMDC oversight? The Pakistan Psychological Association says no.'),
    C("Hearing aid serials PH-L90-R-44187720 and left, client Bui Thi Thu Trang Nguyen in Phường Bến Nghé hẻm 14; she can't hear Zoom.", [('device', 'PH-L90-R-44187720'), ('name', 'Bui Thi Thu Trang Nguyen'), ('place', 'Phường Bến Nghé hẻm 14')]),
    C('Lee Hyun-woo went back to the Sampoong site Seocho for the first time; he stood there for an hour.', [('name', 'Lee Hyun-woo'), ('place', 'Sampoong site Seocho')]),
    C('Azerbaijani colleagues: the Azerbaijani version of the PCL-5 after the 2020 war; the Ministry of Health and the Mental Health Centre. Novruz Bayramı closes everything in March.'),
    C('Cyclone Yasi: Leah Friday Geia, Palm Islander at Butler Bay Palm Island, CRN 204 418 772K.', [('name', 'Leah Friday Geia'), ('place', 'Butler Bay Palm Island'), ('ssn', '204 418 772K')]),
    C('The Health Information Privacy Code 2020 and the Privacy Act 2020 in Aotearoa: can Whānau join a Zoom session without written consent? The NZ Psychologists Board says yes with a note.'),
    C('Philippines: the 2017 siege in Lanao del Sur, Norhaina Macabato Alonto, from Barangay Lilod Madaya purok 4, PhilSys PSN 4418-2207-7713-0928, Maxicare MXC-0418772-03.', [('name', 'Norhaina Macabato Alonto'), ('place', 'Barangay Lilod Madaya purok 4'), ('ssn', '4418-2207-7713-0928'), ('health_plan', 'MXC-0418772-03')]),
    C('The Friendship Bench model by Dixon Chibanda is being piloted in Malawi and Zambia now; does anyone have the Chichewa version of the SSQ-14 or the Bemba training manual?'),
    C('Aboriginal client Yalanji Kennedy Walker, from Wujal Wujal outstation, born 08.11.1971, phone 0428 441 877.', [('name', 'Yalanji Kennedy Walker'), ('place', 'Wujal Wujal outstation'), ('date', '08.11.1971'), ('phone', '0428 441 877')]),
    C('NSW: Hamid Karimi Zadeh, Assyrian in Bonnyrigg Heights, Plate CQ 44 RT, email hkz.bonnyrigg@outlook.com.', [('name', 'Hamid Karimi Zadeh'), ('place', 'Bonnyrigg Heights'), ('vehicle', 'CQ 44 RT'), ('email', 'hkz.bonnyrigg@outlook.com')]),
    C('Supervision note: Emeka Obiora Obi keeps bringing up his former teacher at Ihiala Uli seminary; I suspect abuse disclosure is close.', [('name', 'Emeka Obiora Obi'), ('place', 'Ihiala Uli seminary')]),
    C('Haloperidol decanoate 50 mg monthly, Benzhexol 2 mg for EPSE; the Zimbabwean EDLIZ still prefers Fluphenazine (Modecate). Anyone compared AIMS scores in Shona-speaking clients?'),
    C('Central Sulawesi 2018 liquefaction: Andi Rahmat Lamaranggi from Kelurahan Petobo, KIS KIS 0001744187729, DANA 0812 4418 7720.', [('name', 'Andi Rahmat Lamaranggi'), ('place', 'Kelurahan Petobo'), ('health_plan', 'KIS 0001744187729'), ('account', '0812 4418 7720')]),
    C('Qatar labour camp: Kevin Ouma Onyango, camp at Asian Town block 22, health card HC-QA-28477110.', [('name', 'Kevin Ouma Onyango'), ('place', 'Asian Town block 22'), ('health_plan', 'HC-QA-28477110')]),
    C("Priya Venkataraman Subbiah stopped coming after her in-laws moved in at Adyar Kasturba Nagar; she texted that she'll resume after Pongal.", [('name', 'Priya Venkataraman Subbiah'), ('place', 'Adyar Kasturba Nagar')]),
    C('Kahurangi Wihongi from Kaitaia Pukepoto, NHI ZRT7720, birth 1998-02-27.', [('name', 'Kahurangi Wihongi'), ('place', 'Kaitaia Pukepoto'), ('medical_record', 'ZRT7720'), ('date', '1998-02-27')]),
    C('The IASC MHPSS Guidelines and the Sphere Handbook for our response in Sindh: the NDMA and UNICEF Pakistan want PFA in Sindhi and Saraiki. Muharram starts Tuesday.'),
    C('Zimbabwean referral from the Friendship Bench at Mbare Musika rank B: Tendai Chiwenga Moyo, EcoCash 0773 918 204, CIMAS CIMAS 44-091828-00. Grandmother aged ninety-one this Heroes Day looks after the kids.', [('place', 'Mbare Musika rank B'), ('name', 'Tendai Chiwenga Moyo'), ('account', '0773 918 204'), ('health_plan', 'CIMAS 44-091828-00'), ('age_over_89', 'ninety-one this Heroes Day')]),
    C('Nuba Sudanese in WA: Kaka Kuku Tia, Mirrabooka square flats, date Thursday 17 October 2024, DL WA 7720418.', [('name', 'Kaka Kuku Tia'), ('place', 'Mirrabooka square flats'), ('date', 'Thursday 17 October 2024'), ('licence', 'WA 7720418')]),
    C('Hong Kong: Chan Siu Ming Raymond, lives in Tai Hang Tung Estate block 8, QMH no. QMH-HN08441872, HK plate TX 7209.', [('name', 'Chan Siu Ming Raymond'), ('place', 'Tai Hang Tung Estate block 8'), ('medical_record', 'QMH-HN08441872'), ('vehicle', 'TX 7209')]),
    C('Moroccan Darija speakers and the MINI (Sheehan) in French: our clients in Souss-Massa prefer Tashelhit. The Moroccan Ministry of Health has a Tamazight leaflet for Ramadan now.'),
    C('Can someone share the Arabic DASS-21 that the Lebanese Psychological Association recommends? Our Iraqi Kurdish and Syrian clients prefer Arabic over Kurdish for written forms.'),
    C('Japanese clients and Amae (Takeo Doi): how do you explain Attachment Theory (John Bowlby, Mary Ainsworth) without pathologising Japanese parenting norms?'),
    C('Cyclone Mocha: Rohingya Nur Kamal Hossain from Ohn Taw Gyi camp, MOHA ID SIT-0044187; phone via cousin +95 9 771 448 201.', [('name', 'Nur Kamal Hossain'), ('place', 'Ohn Taw Gyi camp'), ('ssn', 'SIT-0044187'), ('phone', '+95 9 771 448 201')]),
    C('Fonofale (Fuimaono Karl Pulotu-Endemann) for Samoan, Tongan and Niuean clients: does anyone use it with Fijian and Rotuman families too? White Sunday changes everything in October.'),
    C('Bangladeshi colleagues: the Bangla BDI-II or the Bangla PHQ-9 for Sylheti speakers? The BMDC says nothing, and the Directorate General of Health Services prefers the PHQ.'),
    C('Jarrah Mununggurr said the old people at Yirrkala Gunyangara want to do a smoking ceremony before any more sessions.', [('name', 'Jarrah Mununggurr'), ('place', 'Yirrkala Gunyangara')]),
    C('Indonesia Aceh 2004: Cut Nyak Rahmah Ibrahim, from Gampong Lampulo dusun Teungku Dilampoh, KK 1171 0418 0772 0093, age sembilan puluh enam tahun.', [('name', 'Cut Nyak Rahmah Ibrahim'), ('place', 'Gampong Lampulo dusun Teungku Dilampoh'), ('ssn', '1171 0418 0772 0093'), ('age_over_89', 'sembilan puluh enam tahun')]),
    C("Reading group Thursday: Vikram Patel's Where There Is No Psychiatrist, chapters 4-6, plus the WHO mhGAP Intervention Guide 2.0. Bring the Amharic and Tigrinya handouts if you have them."),
    C("Namibian colleagues: Afrikaans, Oshiwambo and Otjiherero versions of the K10? The Ministry of Health and Social Services wants one version by Heroes' Day."),
    C('The Hindi PHQ-9 and the Hindi GAD-7 from the ICMR; Tele-MANAS uses them. Diwali and Chhath Puja weeks are when our Bihar and Uttar Pradesh clients cancel most.'),
    C('Oxygen concentrator EverFlo-1020007-44187 for Grandpa Ho Van Tam, chín mươi tám tuổi, in Ấp Phú Hòa 2.', [('device', 'EverFlo-1020007-44187'), ('name', 'Ho Van Tam'), ('age_over_89', 'chín mươi tám tuổi'), ('place', 'Ấp Phú Hòa 2')]),
    C('Kazakh, Kyrgyz and Uzbek clients in Türkiye: Russian or Turkish forms? The Kyrgyz Ministry of Health has a Kyrgyz PHQ-9. Nooruz in March, Kurman Ait in June.'),
    C('Sri Lanka Aragalaya: Dilshan Fernando, lives at 22/4 Temple Lane, Kotahena Jampettah lane, 01340; Agrahara AGR-S-441872.', [('name', 'Dilshan Fernando'), ('street_address', '22/4 Temple Lane'), ('place', 'Kotahena Jampettah lane'), ('zip_code', '01340'), ('health_plan', 'AGR-S-441872')]),
    C('WhatsApp call from Hamza Al-Tamimi, IP 94.249.118.33 in Jabal al-Nuzha Palestine Street, consent form at https://forms.jo-mhpss.org/c/hat-88.', [('name', 'Hamza Al-Tamimi'), ('ip_address', '94.249.118.33'), ('place', 'Jabal al-Nuzha Palestine Street'), ('url', 'https://forms.jo-mhpss.org/c/hat-88')]),
    C('I saw Mutua Kilonzo wa Musyoka again this week; he still walks to Mwingi Kyuso dam every evening where his brother drowned, and his wife Syokau Mutua is worn out.', [('name', 'Mutua Kilonzo wa Musyoka'), ('place', 'Mwingi Kyuso dam'), ('name', 'Syokau Mutua')]),
    C('Fax cover: to Dr Olufunmilayo Adebayo, fax +234 1 462 7718, re: Tunde Bakare Alao of Ajegunle Boundary, LUTH no. LUTH/PSY/24/01877.', [('name', 'Olufunmilayo Adebayo'), ('fax', '+234 1 462 7718'), ('name', 'Tunde Bakare Alao'), ('place', 'Ajegunle Boundary'), ('medical_record', 'LUTH/PSY/24/01877')]),
    C('Tokelauan client in Māngere East Massey Road shops: Iosefa Perez Tuisila, Cyclone Percy 2005 family on Fale islet Fakaofo; phone +64 21 441 8772.', [('place', 'Māngere East Massey Road shops'), ('name', 'Iosefa Perez Tuisila'), ('place', 'Fale islet Fakaofo'), ('phone', '+64 21 441 8772')]),
    C('Brintellix (Vortioxetine 10 mg) is now on the PBS; Australian GPs prescribe it for elderly Vietnamese clients. Sodium 133, MoCA 24/30 in Vietnamese. Too risky?'),
    C("Mele Fonua Latu is back at Ōtāhuhu College Mason Avenue gate but won't talk to the counsellor there.", [('name', 'Mele Fonua Latu'), ('place', 'Ōtāhuhu College Mason Avenue gate')]),
    C("Rania Saleh got the job at the bakery in Souk el-Khodra - the first thing she's been proud of in two years.", [('name', 'Rania Saleh'), ('place', 'Souk el-Khodra')]),
    C('Ravi Shankar Iyer Balasubramanian said the flood line is still on the wall at Velachery Ram Nagar; he photographs it every year.', [('name', 'Ravi Shankar Iyer Balasubramanian'), ('place', 'Velachery Ram Nagar')]),
    C('Algeria: Karima Benaissa Haddad, NIN 109930412027744000, phone +213 550 41 77 09, from Bab El Oued Triolet Climat de France. Flood of 2001 memories resurfacing.', [('name', 'Karima Benaissa Haddad'), ('ssn', '109930412027744000'), ('phone', '+213 550 41 77 09'), ('place', 'Bab El Oued Triolet Climat de France')]),
    C('NZ plate QHK418 belongs to Mere Kawhia Ngata, she drove to Ōpōtiki Hukutaia Woodlands road; NZAC member no. NZAC-44187.', [('vehicle', 'QHK418'), ('name', 'Mere Kawhia Ngata'), ('place', 'Ōpōtiki Hukutaia Woodlands road'), ('licence', 'NZAC-44187')]),
    C("Palestinian Counselling Center materials in Arabic, and the WHO's EASE programme for adolescents. UNRWA schools in the West Bank want Psychoeducation before Ramadan."),
    C('Timorese clients in Australia (Tetum speakers): the Tetum K10 from the PRADET team? Portuguese forms confuse older clients. Christmas is the main feast.'),
    C('Dhivehi, Sinhala and Tamil CBT workbooks from the WHO South-East Asia Regional Office. The Maldives Health Protection Agency has a Dhivehi PHQ-9, but no GAD-7.'),
    C("NT: Djalu Gurruwiwi Marika, from Galiwin'ku Wapu, Yolŋu Matha interpreter Dhangal Wunungmurra, telehealth IP 203.45.118.77.", [('name', 'Djalu Gurruwiwi Marika'), ('place', "Galiwin'ku Wapu"), ('name', 'Dhangal Wunungmurra'), ('ip_address', '203.45.118.77')]),
    C('Maharashtra rail commuter Prakash Ganpat Shinde, RCI-licensed counsellor Meera Joshi wants to hand over; her RCI CRR A41877. Client lives in Dharavi Kumbharwada 90 Feet Road.', [('name', 'Prakash Ganpat Shinde'), ('name', 'Meera Joshi'), ('licence', 'CRR A41877'), ('place', 'Dharavi Kumbharwada 90 Feet Road')]),
    C('Singapore question: the PDPA and the Health Products Act both apply to our Telehealth app. Does the MOH Healthcare Services Act 2020 require an HCSA licence for pure Psychotherapy?'),
    C('Jordanian colleagues: the Arabic version of the Harvard Trauma Questionnaire (HTQ) still uses Iraqi idioms. IMC and UNHCR want a revision before Ramadan. Anyone on it?'),
    C('Abena Owusu-Ansah Darko wants to move the sessions because the trotro from Kasoa Old Barrier lorry station is too slow; she works at Makola Rawlings Park stall till six.', [('name', 'Abena Owusu-Ansah Darko'), ('place', 'Kasoa Old Barrier lorry station'), ('place', 'Makola Rawlings Park stall')]),
    C('Escitalopram (Lexapro 10 mg) plus Propranolol 20 mg prn for performance anxiety; client is a Saudi medical student before the SCFHS exam in November. Dose advice?'),
    C('Aotearoa: 2016 quake, Hemi Te Rangi Parata, from Takahanga marae, NHI ZKL4418, his ACC claim ACC-10044187720.', [('name', 'Hemi Te Rangi Parata'), ('place', 'Takahanga marae'), ('medical_record', 'ZKL4418'), ('health_plan', 'ACC-10044187720')]),
    C('VNS generator serial SentivaM1000-44187 for Rahaf Al-Shammari, epilepsy and depression; family lives in Al Naseem East.', [('device', 'SentivaM1000-44187'), ('name', 'Rahaf Al-Shammari'), ('place', 'Al Naseem East')]),
    C('Cyclone Harold 2020 Pentecost: Leisavi Bule Tabi, Ranwadi village, email leisavi.tabi@gmail.com.', [('name', 'Leisavi Bule Tabi'), ('place', 'Ranwadi village'), ('email', 'leisavi.tabi@gmail.com')]),
    C('Yemeni clients through the WHO and IOM: the Arabic PCL-5 with Yemeni dialect glosses. Qat use and Khat withdrawal - the ASSIST Arabic version handles both?'),
    C('Schema Therapy (Jeffrey Young) in Japanese: the YSQ-S3 Japanese version and the ISST registry. Japanese clients in Western Australia prefer Tuesday evenings.'),
    C('Thailand: the 2022 nursery attack - mother Saowalak Pinkaew from Ban Uthai Sawan moo 6, Thai ID 3 4199 00418 77 2, SSO SSO 3-4199-0041877.', [('name', 'Saowalak Pinkaew'), ('place', 'Ban Uthai Sawan moo 6'), ('ssn', '3 4199 00418 77 2'), ('health_plan', 'SSO 3-4199-0041877')]),
    C("Sabah: Juliana Gundok Sipaun, Kadazan, from Kampung Tambunan Sunsuron, Touch 'n Go TNG 011-1844 7720.", [('name', 'Juliana Gundok Sipaun'), ('place', 'Kampung Tambunan Sunsuron'), ('account', 'TNG 011-1844 7720')]),
    C("I'm worried about Youssef Hamdan; he's been sleeping in the car by Bourj Hammoud Nor Marash Arax street since his brother's wedding fell apart.", [('name', 'Youssef Hamdan'), ('place', 'Bourj Hammoud Nor Marash Arax street')]),
    C('Canterbury 2011 quake: Aroha Whaanga-Tipene, red zone house at 18 Retreat Road, Avonside red zone, 8063, Southern Cross SX-44187720.', [('name', 'Aroha Whaanga-Tipene'), ('street_address', '18 Retreat Road'), ('place', 'Avonside red zone'), ('zip_code', '8063'), ('health_plan', 'SX-44187720')]),
    C('Druze client Wafaa Halabi Abu Saleh from Majdal Shams Ein al-Toufaha after the football pitch strike July 2024; phone 054-771-4029.', [('name', 'Wafaa Halabi Abu Saleh'), ('place', 'Majdal Shams Ein al-Toufaha'), ('phone', '054-771-4029')]),
    C('Vietnamese client Nguyễn Thị Hồng Nhung Lê, from Xóm Chài hamlet, Typhoon Damrey survivor; MoMo wallet 0903 418 772, Cho Ray file CR-2017-0441872.', [('name', 'Nguyễn Thị Hồng Nhung Lê'), ('place', 'Xóm Chài hamlet'), ('account', '0903 418 772'), ('medical_record', 'CR-2017-0441872')]),
    C('Botswana question: the Setswana PHQ-9 or the English one? The Botswana Health Professions Council requires both on file. Independence Day in September disrupts intake.'),
    C('Wayan Sudarma works at the surf shop in Kuta Legian Kaja and the bombing anniversary is next month.', [('name', 'Wayan Sudarma'), ('place', 'Kuta Legian Kaja')]),
    C('Rangi Paewai Tūhoe-Hape is living in a cabin at Murupara Kopuriki Road camp and has no phone signal.', [('name', 'Rangi Paewai Tūhoe-Hape'), ('place', 'Murupara Kopuriki Road camp')]),
    C('Lithium (Priadel 400 mg nocte) level 0.9 mmol/L, eGFR 78, Creatinine fine; client fasting for Ramadan from next Tuesday. Do I ask the psychiatrist to move the dose to Suhoor?'),
    C('Turkish colleagues: the Turkish BDI (Hisli) and the Turkish PHQ-9. The Türk Psikologlar Derneği wants a Kurdish (Kurmanji and Zazaki) translation. Kurban Bayramı is in June.'),
    C("Seychelles client Marie-Ange Hoareau-Payet, NIN 986-1201-4-1-88, from Anse Boileau. She's ninety, God willing, next Easter.", [('name', 'Marie-Ange Hoareau-Payet'), ('ssn', '986-1201-4-1-88'), ('place', 'Anse Boileau'), ('age_over_89', 'ninety, God willing,')]),
    C("Anyone using Morita Therapy (Shoma Morita) or Naikan (Ishin Yoshimoto) with Japanese clients in Australia? Takeo Doi's The Anatomy of Dependence is on our reading list for May."),
    C("Sensorimotor Psychotherapy (Pat Ogden) and Somatic Experiencing (Peter Levine): any trainers in South Africa or Kenya? The HPCSA's CPD board accepts both."),
    C('Referral fax from Yarrabah Gindaja clinic to 07 4056 9418, pt Tyrone Sexton Connolly, Medicare 2441 87720 3.', [('place', 'Yarrabah Gindaja clinic'), ('fax', '07 4056 9418'), ('name', 'Tyrone Sexton Connolly'), ('health_plan', '2441 87720 3')]),
    C('Consult request: Wanjiru Kamau-Odhiambo, 34, survivor of the 2019 hotel siege, now living at Githurai 45 Kamae lane estate; KRA PIN A014529873Q, SHA member SHA-CR-7720418836. Nightmares every Thursday. Can anyone take her on Tuesdays?', [('name', 'Wanjiru Kamau-Odhiambo'), ('place', 'Githurai 45 Kamae lane'), ('ssn', 'A014529873Q'), ('health_plan', 'SHA-CR-7720418836')]),
    C('Jordanian client Laith Abu-Rumman, lives at Al-Rainbow Street 31, Jabal Amman 1st circle, 11181; email laith.ar@orange.jo.', [('name', 'Laith Abu-Rumman'), ('street_address', 'Al-Rainbow Street 31'), ('place', 'Jabal Amman 1st circle'), ('zip_code', '11181'), ('email', 'laith.ar@orange.jo')]),
    C('Zambia: Mwila Chanda Mulenga, NRC 418266/61/1. She moved to Chawama compound John Howard corner, near Kuku market. Asking for an online slot in Bemba.', [('name', 'Mwila Chanda Mulenga'), ('ssn', '418266/61/1'), ('place', 'Chawama compound John Howard corner'), ('place', 'Kuku market')]),
    C("The Fa'afaletui method (Tamasese and colleagues) and the Talanoa approach: Pasifika Futures and Le Va both publish guides. Any Tuvaluan or Kiribati versions?"),
    C('NDIS and Psychosocial Disability: the NDIA wants WHODAS 2.0 and the LSP-16 for Victoria and Queensland clients. Medicare Better Access still caps at 10 sessions from January.'),
    C('Libyan student Abdulhamid Al-Warfalli (after the 2011 war, not Derna) lives at Souq al-Jumaa; car plate 5-884217.', [('name', 'Abdulhamid Al-Warfalli'), ('place', 'Souq al-Jumaa'), ('vehicle', '5-884217')]),
    C('Kazakh and Russian versions of the PHQ-9: the Kazakh one from the Ministry of Healthcare and the Russian one from Pfizer. Nauryz week has low attendance every March.'),
    C('Korat shooting 2020: Jiraporn Sukcharoen, Siriraj HN HN 64-118742, phone +66 89 441 7720, born 14 เมษายน 2530.', [('name', 'Jiraporn Sukcharoen'), ('medical_record', 'HN 64-118742'), ('phone', '+66 89 441 7720'), ('date', '14 เมษายน 2530')]),
    C('Anyone used the Kessler K10 in Te Reo and Hawaiian for Polynesian clients in Queensland? The QTMHC may have both.'),
    C('Yemeni family Abdullah Qaid Al-Hakimi in Al-Mazraq camp; WFP SCOPE card SCOPE-YEM-8816204.', [('name', 'Abdullah Qaid Al-Hakimi'), ('place', 'Al-Mazraq camp'), ('account', 'SCOPE-YEM-8816204')]),
    C('Tamil Nadu 2015 floods: Selvi Murugan Arumugam, No. 14, 3rd Cross Street, Bharathi Salai, Mudichur Lakshmi Nagar, 600048; CMCHIS CMCHIS 22-0418-77312.', [('name', 'Selvi Murugan Arumugam'), ('street_address', 'No. 14, 3rd Cross Street, Bharathi Salai'), ('place', 'Mudichur Lakshmi Nagar'), ('zip_code', '600048'), ('health_plan', 'CMCHIS 22-0418-77312')]),
    C('Dinh Thi Lan runs the pho shop at Cabramatta Freedom Plaza arcade and only has Monday mornings.', [('name', 'Dinh Thi Lan'), ('place', 'Cabramatta Freedom Plaza arcade')]),
    C('West Nusa Tenggara quake 2018: Lalu Muhammad Zaini from Dusun Lendang Bajur, OVO 0878 6441 2093.', [('name', 'Lalu Muhammad Zaini'), ('place', 'Dusun Lendang Bajur'), ('account', '0878 6441 2093')]),
    C('Omani colleagues: the Omani Mental Health Law (Royal Decree 2023) and the Arabic GDS-15 for elders. Does the Ministry of Health in Oman allow Telepsychiatry across Governorates?'),
    C("Family Therapy (Salvador Minuchin, Murray Bowen, Virginia Satir) with Indian joint families: the Hindi and Tamil genogram symbols don't translate well. Pongal and Onam are coming."),
    C("Zambia's Mental Health Act 2019 and the Health Professions Council of Zambia: do Clinical Officers need Supervision for Psychotherapy? Lozi and Tonga clients ask about it."),
    C('Fax from Yirrkala clinic to 08 8987 2291: re Marrkula Yunupingu, Medicare 5441 87720 1, DOB 02/07/1962.', [('place', 'Yirrkala clinic'), ('fax', '08 8987 2291'), ('name', 'Marrkula Yunupingu'), ('health_plan', '5441 87720 1'), ('date', '02/07/1962')]),
    C('Olanzapine (Zyprexa 10 mg) weight gain: HbA1c 6.4%, BMI 31. Metformin 500 mg bd started; Aripiprazole (Abilify) switch discussed. South African EML lists both; GEMS covers Abilify only with motivation.'),
    C('Eswatini referral: Sibusiso Dlamini-Nxumalo, PIN 9104226100087, Zakhele township, email sibu.nx@swazi.net.sz.', [('name', 'Sibusiso Dlamini-Nxumalo'), ('ssn', '9104226100087'), ('place', 'Zakhele township'), ('email', 'sibu.nx@swazi.net.sz')]),
    C("Druze, Circassian and Bedouin clients in Israel: Hebrew or Arabic forms? The Israeli Ministry of Health's Arabic PHQ-9 is fine, but Circassian (Adyghe) has nothing."),
    C('Dang Van Hung told me the whole story of the boat and the camp at Pulau Bidong for the first time.', [('name', 'Dang Van Hung'), ('place', 'Pulau Bidong')]),
    C('Trauma-Focused CBT (Cohen, Mannarino and Deblinger) with Rwandan teens: the Kinyarwanda version of the CRIES-13 has been validated, but only for Kwibuka season use?'),
    C('Mongolian translation of the AUDIT: the Ministry of Health used it for the Tsagaan Sar alcohol campaign. Naltrexone 50 mg is hard to get, Disulfiram is available. Any Mongolian-speaking CBT therapist?'),
    C('Myanmar clients in Thailand: the Burmese PHQ-9 from IRC and the Karen HSCL. Thingyan in April; Thadingyut in October.'),
    C('Mauritius: Devika Ramgoolam-Seetul, NIC R1204873009823, Cité La Cure, +230 5741 2288. Bhojpuri speaker.', [('name', 'Devika Ramgoolam-Seetul'), ('ssn', 'R1204873009823'), ('place', 'Cité La Cure'), ('phone', '+230 5741 2288')]),
    C('Quetiapine (Seroquel XR 300 mg) sedation complaints; the Nigerian client works nights. NAFDAC lists generic Quetiapine from Emzor. Would Lurasidone (Latuda) be an option?'),
    C('Vanuatu Bislama materials from the Ministry of Health: does the Bislama PHQ-9 work for Ni-Vanuatu seasonal workers on the PALM scheme in Tasmania and Queensland?'),
    C('Choi Ji-yeon wants her mother Choi Young-ja to join a session; they live near Paengmok harbour lighthouse.', [('name', 'Choi Ji-yeon'), ('name', 'Choi Young-ja'), ('place', 'Paengmok harbour lighthouse')]),
    C('Bangladesh Cyclone Sidr, Rahima Khatun Begum, Southkhali union Bogi ward, Nagad 01713 448 209.', [('name', 'Rahima Khatun Begum'), ('place', 'Southkhali union Bogi ward'), ('account', '01713 448 209')]),
    C('Egyptian colleagues: the Arabic BDI-II (Ghareeb) versus the Arabic PHQ-9. The Egyptian Medical Syndicate and the National Council for Mental Health both want audits by Sham el-Nessim.'),
    C('Fijian and Hindi-speaking clients in Fiji: the Fiji Medical and Dental Council has no psychologist register. The Mental Health Decree 2010 is being revised. Diwali and Eid both in November.'),
    C('Suzuki Mayumi says the tsunami siren at Otsuchi Akamahama still plays in her head every afternoon.', [('name', 'Suzuki Mayumi'), ('place', 'Otsuchi Akamahama')]),
    C('Deep brain stimulator check for Farid Haddad-Sfeir, Percept PC IPG serial NPC700418772, neuro follow-up at the Achrafieh Sioufi clinic.', [('name', 'Farid Haddad-Sfeir'), ('device', 'NPC700418772'), ('place', 'Achrafieh Sioufi clinic')]),
    C('Eritrean in Israel: Selam Tesfamariam, visa 2A5 no. 2A5-887104421, works at Levinsky Park kiosk; Meuhedet MEU-4471829.', [('name', 'Selam Tesfamariam'), ('ssn', '2A5-887104421'), ('place', 'Levinsky Park'), ('health_plan', 'MEU-4471829')]),
    C("Compassion-Focused Therapy (Paul Gilbert) with Chinese Australian clients: shame is central. Kristin Neff's Self-Compassion Scale in Mandarin has good psychometrics."),
    C("Reading tonight: Arthur Kleinman's The Illness Narratives and Laurence Kirmayer on Cultural Formulation. Bring the DSM-5 Cultural Formulation Interview in Farsi and Dari."),
    C('Weekly reminder: Tuesday 7 pm AEST is the Oceania peer group, Wednesday 6 pm EAT is the East Africa group, and Thursday 8 pm IST is the South Asia group. Bring one case each.'),
    C('Namibian client Ndapewa Shikongo Amutenya ID 88032100417, lives in Havana informal settlement, call +264 81 330 7745. Alcohol screen scored AUDIT 21.', [('name', 'Ndapewa Shikongo Amutenya'), ('ssn', '88032100417'), ('place', 'Havana informal settlement'), ('phone', '+264 81 330 7745')]),
    C('South African Medical Aids: Bonitas, Momentum and Bestmed all cap Psychotherapy at 15 sessions under PMB rules. The CMS (Council for Medical Schemes) disagrees. Experiences?'),
    C("Reminder: the Kenya Data Protection Act 2019 and the ODPC guidance apply to WhatsApp voice notes too. Please don't forward session notes on Telegram either."),
    C('Queensland: Faith Nyirahabimana, Rwandan, Woodridge Kingston, PayID faith.nyira@payid.', [('name', 'Faith Nyirahabimana'), ('place', 'Woodridge Kingston'), ('account', 'faith.nyira@payid')]),
    C('Cyclone Bola kaumātua Wiremu Horomona Tūhoe, aged iwa tekau mā whā, from Ruatōria Hiruharama pā.', [('name', 'Wiremu Horomona Tūhoe'), ('age_over_89', 'iwa tekau mā whā'), ('place', 'Ruatōria Hiruharama pā')]),
    C('For those doing CETA (Laura Murray and colleagues) in Zambia: did the Zambian trainers adapt the Nyanja role-plays for Easter and Christmas?'),
    C('Hualien train crash 2021: Chen Chih-wei, Taiwanese plate BKP-4418, lives in Xincheng township Jiali; LINE Pay LINEPAY-0918772.', [('name', 'Chen Chih-wei'), ('vehicle', 'BKP-4418'), ('place', 'Xincheng township Jiali'), ('account', 'LINEPAY-0918772')]),
    C("Ghana's Mental Health Act 2012 and the Mental Health Authority: any of you in the Ashanti Region registered with the Ghana Psychology Council yet? Fees go up in March."),
    C('Azerbaijan: Leyla Mammadova Huseynli, FIN 5KD2HYT, from Fuzuli Horadiz qəsəbəsi, email leyla.mammadova81@mail.az.', [('name', 'Leyla Mammadova Huseynli'), ('ssn', '5KD2HYT'), ('place', 'Fuzuli Horadiz qəsəbəsi'), ('email', 'leyla.mammadova81@mail.az')]),
    C('Zopiclone (Imovane 7.5 mg) dependence in an elderly Japanese Australian client: the Beers Criteria and the RACGP guide both say taper. Obon visit to Japan in August.'),
    C('Methadone 80 mg and Buprenorphine (Suboxone) in Iran: the Ministry of Health runs MMT clinics nationally. Farsi-speaking clients in Victoria keep asking about Tincture of Opium (OT).'),
    C('Shirin Ahmadi told me she still dreams of the road out of Deh Mazang Kota-e-Sangi; she was nine when they left.', [('name', 'Shirin Ahmadi'), ('place', 'Deh Mazang Kota-e-Sangi')]),
    C('Cantonese-speaking elders in Australia: the Cantonese GDS-15 and the RUDAS for dementia screening. Dementia Australia has Chinese leaflets. Ching Ming in April.'),
    C('Aung Kyaw Moe works at the garment factory in Hlaing Tharyar zone 4 and is too scared to come at night.', [('name', 'Aung Kyaw Moe'), ('place', 'Hlaing Tharyar zone 4')]),
    C('Bougainville: Theresa Kopa Sirivi, ex-combatant family, Kieta Toniva village, Digicel MiCash 7441 8720.', [('name', 'Theresa Kopa Sirivi'), ('place', 'Kieta Toniva village'), ('account', '7441 8720')]),
    C('Gandaki plane crash 2023: Sita Kumari Gurung, from Lekhnath Rajako, eSewa 9841 418 772.', [('name', 'Sita Kumari Gurung'), ('place', 'Lekhnath Rajako'), ('account', '9841 418 772')]),
    C("Lakshmi Narayanan Krishnaswamy brought her son Arjun Narayanan who won't go back to Kumbakonam Krishna school after hearing the story of the 2004 fire.", [('name', 'Lakshmi Narayanan Krishnaswamy'), ('name', 'Arjun Narayanan'), ('place', 'Kumbakonam Krishna school')]),
    C('Palestinian ID 850471226 for Yara Hamdallah Qasem from Dheisheh camp; Nakba day is hard for her. Call +970 599 418 220.', [('ssn', '850471226'), ('name', 'Yara Hamdallah Qasem'), ('place', 'Dheisheh camp'), ('phone', '+970 599 418 220')]),
    C('The Saudi PDPL and the SDAIA guidance on Health Data: do Telehealth sessions with Saudi clients need servers in the Kingdom? The SCFHS licence covers Psychotherapy only with a Saudi Board.'),
    C('Taiwanese clients often mention the NHI in Mandarin and Hokkien interchangeably; the Taiwanese Depression Questionnaire (TDQ) works better than the BDI-II for Hakka elders too.'),
    C('Zoom link for Ariana Sadat expired: https://zoom.us/j/44187720931?pwd=aSad, she called from Cisarua Tugu Utara, IP 114.124.200.18.', [('name', 'Ariana Sadat'), ('url', 'https://zoom.us/j/44187720931?pwd=aSad'), ('place', 'Cisarua Tugu Utara'), ('ip_address', '114.124.200.18')]),
    C('Madagascar, Cyclone Batsirai: Rakotomalala Haingo, from Mananjary Ambohitsara, phone +261 34 11 472 88.', [('name', 'Rakotomalala Haingo'), ('place', 'Mananjary Ambohitsara'), ('phone', '+261 34 11 472 88')]),
    C('DRC: Furaha Bahati Mugisho-Kasereka fled M23 to Bulengo camp then to Nakivale Base Camp; attestation no. UG-NKV-24-118804.', [('name', 'Furaha Bahati Mugisho-Kasereka'), ('place', 'Bulengo camp'), ('place', 'Nakivale Base Camp'), ('ssn', 'UG-NKV-24-118804')]),
    C('Emotionally Focused Therapy (Sue Johnson) for Pasifika couples: Hold Me Tight is translated into Samoan? The ICEEFT site lists Japanese, Korean and Mandarin only.'),
    C('Fukushima 2011 evacuee Sato Kenjiro, from Namie Ukedo fishing port, now in Iwaki Yotsukura temporary housing, born 昭和23年3月11日.', [('name', 'Sato Kenjiro'), ('place', 'Namie Ukedo fishing port'), ('place', 'Iwaki Yotsukura temporary housing'), ('date', '昭和23年3月11日')]),
    C('Pasifika youth Tavita Siaosi Faleolo, Porirua Cannons Creek Bedford Street flats, Whānau Ora navigator Rawinia Pōmare.', [('name', 'Tavita Siaosi Faleolo'), ('place', 'Porirua Cannons Creek Bedford Street flats'), ('name', 'Rawinia Pōmare')]),
    C('Indonesian Muslims and the MUI fatwa on psychiatric medicines: Fluoxetine capsules with Gelatin during Ramadan? The Halal certification body BPJPH has a list.'),
    C('Quick one: Adaeze Nwosu-Okafor said her uncle at Umuahia Ubakala keeps calling her cursed. How do you work with that without dismissing the family?', [('name', 'Adaeze Nwosu-Okafor'), ('place', 'Umuahia Ubakala')]),
    C("Mahmoud Darwish Saleem is grieving his olive trees near Burin; he says the trees were his father's children.", [('name', 'Mahmoud Darwish Saleem'), ('place', 'Burin')]),
    C('Assam floods: Rupjyoti Bora Saikia, from Majuli Kamalabari satra, ABHA 91-4418-2207-7713, age of grandmother nabbe bosor (90 in Assamese).', [('name', 'Rupjyoti Bora Saikia'), ('place', 'Majuli Kamalabari satra'), ('health_plan', '91-4418-2207-7713'), ('age_over_89', 'nabbe bosor')]),
    C('Malaysia: Siti Nurhaliza binti Razak, PeKa B40 PEKA-B40-880421145, lives at No. 7, Jalan Mawar 3, Taman Sri Muda jalan Kenari 25/7, 40472.', [('name', 'Siti Nurhaliza binti Razak'), ('health_plan', 'PEKA-B40-880421145'), ('street_address', 'No. 7, Jalan Mawar 3'), ('place', 'Taman Sri Muda jalan Kenari 25/7'), ('zip_code', '40472')]),
    C('Nigerian referral from Gwagwalada: Chinedu Okeke Eze, NIN declined, Palmpay 8037 744 2019, Dad is 94 years old this Sallah.', [('place', 'Gwagwalada'), ('name', 'Chinedu Okeke Eze'), ('account', '8037 744 2019'), ('age_over_89', '94 years old this Sallah')]),
    C('Kuwait: Fatima Al-Mutairi lives in Jleeb Al-Shuyoukh block 4 lane 118; plate KW 17/88201, fax of her GP +965 2248 1190.', [('name', 'Fatima Al-Mutairi'), ('place', 'Jleeb Al-Shuyoukh block 4 lane 118'), ('vehicle', 'KW 17/88201'), ('fax', '+965 2248 1190')]),
    C("Farida Begum Qureshi from Geneva Camp sector 4 wants to train as a volunteer counsellor; she already runs a women's circle.", [('name', 'Farida Begum Qureshi'), ('place', 'Geneva Camp sector 4')]),
    C('Yohannes Tekle and his wife Saba Ghebremichael came together for the first time; they met at Mai Aini camp years ago.', [('name', 'Yohannes Tekle'), ('name', 'Saba Ghebremichael'), ('place', 'Mai Aini camp')]),
    C("Samoan ʻaiga: Fa'amoana Leota Tuilagi, village Lalomanu Aleipata, email faamoana.leota@samoa.ws, age of matai ivasefulu ma le valu.", [('name', "Fa'amoana Leota Tuilagi"), ('place', 'Lalomanu Aleipata'), ('email', 'faamoana.leota@samoa.ws'), ('age_over_89', 'ivasefulu ma le valu')]),
    C('For Thai speakers: the Thai HADS and the Thai version of the GAD-7 - which does the Department of Mental Health (DMH) prefer? Songkran break means no Supervision in April.'),
    C('Portal audit: Kwame Adjei-Boateng logged in from 154.160.22.71 and downloaded his notes via https://portal.accramind.com.gh/records/kab-7720. He lives near Nima Kanda Highway market.', [('name', 'Kwame Adjei-Boateng'), ('ip_address', '154.160.22.71'), ('url', 'https://portal.accramind.com.gh/records/kab-7720'), ('place', 'Nima Kanda Highway market')]),
    C('Atomoxetine (Strattera 40 mg) vs Guanfacine (Intuniv) for an Indonesian teen in Queensland; BPOM status of Intuniv unknown. Conners 3 in Bahasa?'),
    C("Brunei: Dayang Nurul Aqilah binti Haji Yusof, IC 01-418772, from Kampong Ayer Sungai Kedayan 'B', email nurul.aq@brunet.bn.", [('name', 'Dayang Nurul Aqilah binti Haji Yusof'), ('ssn', '01-418772'), ('place', "Kampong Ayer Sungai Kedayan 'B'"), ('email', 'nurul.aq@brunet.bn')]),
    C('fax from the clinic at Kibera Laini Saba Darajani corner - pls send the Swahili PHQ-9 back to +254 20 272 6641 attn Sr Akinyi Wafula only', [('place', 'Kibera Laini Saba Darajani corner'), ('fax', '+254 20 272 6641'), ('name', 'Akinyi Wafula')]),
    C("Frantz Fanon's The Wretched of the Earth came up in supervision again; the Algerian chapters on war and mental disorders still read as fresh as anything in the DSM-5-TR."),
    C("Reading list for June: Judith Herman's Trauma and Recovery, Bessel van der Kolk's The Body Keeps the Score, and Derek Summerfield's critiques in the BMJ. Arabic translations exist for the first two."),
    C("We're running Self-Help Plus (SH+) from the WHO in Türkiye with Syrian women; the Arabic audio is fine, but the Turkish Red Crescent wants a Kurmanji version before Eid al-Adha."),
    C('Esketamine (Spravato 56 mg) in Israel through Clalit: anyone seen dissociation scores (CADSS) in Hebrew? Passover week means no REMS nurse on site.'),
    C('Punjabi teen Ayesha Khalid Butt, school Government Girls High School Mughalpura, Shaukat Khanum MR SKMCH-14-887102.', [('name', 'Ayesha Khalid Butt'), ('place', 'Government Girls High School Mughalpura'), ('medical_record', 'SKMCH-14-887102')]),
    C('Malaysian colleagues: the MyMHC app, the Befrienders Malaysia helpline and the MOH Malaysia Mental Health Literacy campaign in Malay, Tamil and Mandarin. Deepavali is next week.'),
    C('Tasmania: Shane Dwyer Pickett, 1996 massacre legacy, lives at 3 Nubeena Back Road, Koonya, 7187.', [('name', 'Shane Dwyer Pickett'), ('street_address', '3 Nubeena Back Road'), ('place', 'Koonya'), ('zip_code', '7187')]),
    C("Tevita Havili Kioa went home to Kanokupolu Ha'atafu end for the funeral; the whole church brought food.", [('name', 'Tevita Havili Kioa'), ('place', "Kanokupolu Ha'atafu end")]),
    C('OFW returnee Rowena Tolentino Aquino, from Barangay San Isidro Labrador purok Mabini, PRC licence of her sister the RN PRC-RN-0918774, phone +63 918 441 7720.', [('name', 'Rowena Tolentino Aquino'), ('place', 'Barangay San Isidro Labrador purok Mabini'), ('licence', 'PRC-RN-0918774'), ('phone', '+63 918 441 7720')]),
    C('Problem Management Plus (PM+) from the WHO works well with our Ugandan and South Sudanese groups, but the Luganda wording of the Kessler K10 needs another back-translation before August.'),
    C('Japan, Ishikawa 2024 quake: Takeda Haruko, from Wajima Kawai-machi 2-chome, health insurance 国保 04418772, age kyūjūsan-sai.', [('name', 'Takeda Haruko'), ('place', 'Wajima Kawai-machi 2-chome'), ('health_plan', '国保 04418772'), ('age_over_89', 'kyūjūsan-sai')]),
    C("Kerman 2003 quake survivor Gholamreza Bamdad, born 1 Farvardin 1340, now in Shahrak-e Shahid Rajaei; son's email reza.bamdad61@yahoo.com.", [('name', 'Gholamreza Bamdad'), ('date', '1 Farvardin 1340'), ('place', 'Shahrak-e Shahid Rajaei'), ('email', 'reza.bamdad61@yahoo.com')]),
    C('From Ōtara town centre flea market: Losana Vaipulu Mateo, session link https://nz-telehealth.org.nz/r/otara-Lv44, IP 2406:e001:4418:7720::1b.', [('place', 'Ōtara town centre flea market'), ('name', 'Losana Vaipulu Mateo'), ('url', 'https://nz-telehealth.org.nz/r/otara-Lv44'), ('ip_address', '2406:e001:4418:7720::1b')]),
    C('Korea: Sewol ferry 2014, Kim Soo-jin, Danwon High School parent, from Wa-dong Gojan 2-dong, plate 12가 4418, KakaoPay KAKAO 3333-04-1877220.', [('name', 'Kim Soo-jin'), ('place', 'Danwon High School'), ('place', 'Wa-dong Gojan 2-dong'), ('vehicle', '12가 4418'), ('account', 'KAKAO 3333-04-1877220')]),
    C('SA case: Sipho Mthembu Dlamini, KZN floods 2022, lost house at 47 Ndlovu Road, Clermont KwaDabeka section C, 3624; GEMS GEMS 900418275. Chris Hani Bara file CHBAH-2208-441973.', [('name', 'Sipho Mthembu Dlamini'), ('street_address', '47 Ndlovu Road'), ('place', 'Clermont KwaDabeka section C'), ('zip_code', '3624'), ('health_plan', 'GEMS 900418275'), ('medical_record', 'CHBAH-2208-441973')]),
    C('Acceptance and Commitment Therapy (Steven Hayes) in Urdu: the AAQ-II has a Pakistani validation, but the Punjabi version is missing. Anyone in Sindh or Balochistan working on it?'),
    C('For Buddhists in Mongolia, Bhutan and Ladakh: Tara practice and Mindfulness. Tibetan Medicine (Sowa Rigpa) and Olanzapine? The Tibetan medical colleges give no guidance.'),
    C('Queensland 2011 floods: Bruce Tancred Hall, Grantham Gatton Rd farm, Qld plate 418 BXK, NIB NIB 44187720.', [('name', 'Bruce Tancred Hall'), ('place', 'Grantham Gatton Rd farm'), ('vehicle', '418 BXK'), ('health_plan', 'NIB 44187720')]),
    C('Ghana: the 2022 explosion at Apiate Bogoso junction left Kwabena Asante Boakye with hearing loss; hearing aid serial PHK-GH-220117458. Ghana Card GHA-721044387-6, NHIA NHIA 1003-4412-9082.', [('place', 'Apiate Bogoso junction'), ('name', 'Kwabena Asante Boakye'), ('device', 'PHK-GH-220117458'), ('ssn', 'GHA-721044387-6'), ('health_plan', 'NHIA 1003-4412-9082')]),
    C("Abdul Karim Jaladas told me the dogs at Shah Porir Dwip jetty bark all night and he can't sleep.", [('name', 'Abdul Karim Jaladas'), ('place', 'Shah Porir Dwip jetty')]),
    C("Zainab Kamara Sesay now volunteers at Kroo Bay community school and said it's the first time she's felt useful since Ebola took her parents.", [('name', 'Zainab Kamara Sesay'), ('place', 'Kroo Bay community school')]),
    C('Spinal cord stimulator serial SCS-WVM-4418772, client Gareth Owen Rewi from Hokitika Kaniere, chronic pain and low mood after a forestry accident.', [('device', 'SCS-WVM-4418772'), ('name', 'Gareth Owen Rewi'), ('place', 'Hokitika Kaniere')]),
    C('Clozapine (Clozaril 300 mg) with ANC 1.6 this week; the Ethiopian Food and Drug Authority lists Leponex only. Who manages the neutropenia protocol under the Ethiopian FMOH guidelines?'),
    C('Qatari colleagues: the QCHP CPD points for EMDR Europe training, and the Arabic IES-R from the Ministry of Public Health. National Day in December is a holiday.'),
    C("Kirra Wilson moved from Toomelah mission McIntyre end to her aunt's and is finally sleeping.", [('name', 'Kirra Wilson'), ('place', 'Toomelah mission McIntyre end')]),
    C('Tamar Cohen-Azoulay keeps going back to Meron Bar Yochai slope on Fridays, where her brother died in the 2021 crush. Should I discourage it?', [('name', 'Tamar Cohen-Azoulay'), ('place', 'Meron Bar Yochai slope')]),
    C('Morocco: Youssef Amrani Tazi, CNSS/AMO AMO 118244071, lives at Derb Sidi Bouloukat 22, Hay Mohammadi Carrières Centrales, 20326.', [('name', 'Youssef Amrani Tazi'), ('health_plan', 'AMO 118244071'), ('street_address', 'Derb Sidi Bouloukat 22'), ('place', 'Hay Mohammadi Carrières Centrales'), ('zip_code', '20326')]),
    C('Uyghur in Türkiye: Gulnar Abdurehim, ikamet 99418872104, lives in Sefaköy Uygur Mahallesi, telehealth IP 88.241.63.19.', [('name', 'Gulnar Abdurehim'), ('ssn', '99418872104'), ('place', 'Sefaköy Uygur Mahallesi'), ('ip_address', '88.241.63.19')]),
    C('The AHPRA and PsyBA registration renewal is in November; the APS Code of Ethics and the ACA Code differ on Dual Relationships with Aboriginal and Torres Strait Islander communities.'),
    C('For Korean Australians: the K-CBCL and the Korean K-SADS-PL from Korea. Chuseok and Seollal cancellations. The Korean Counseling Psychological Association has an Australian chapter.'),
    C("Bahraini teen Hasan Ebrahim Al-Aali, school Sitra Intermediate Boys, CPR declined. Parents' phone +973 3661 4720.", [('name', 'Hasan Ebrahim Al-Aali'), ('place', 'Sitra Intermediate Boys'), ('phone', '+973 3661 4720')]),
    C('Gujarati clients in Gujarat and the diaspora in Kenya and Tanzania: the Gujarati HADS exists? The Gujarat State Mental Health Authority wants it for Navratri outreach.'),
    C('PNG Hela quake 2018: Hilda Ango Hela, Tari Hiwa village, fax of the mission station +675 540 1877.', [('name', 'Hilda Ango Hela'), ('place', 'Tari Hiwa village'), ('fax', '+675 540 1877')]),
    C('Borno referral: Falmata Bukar Modu from Bakassi IDP camp block 12, after years of insurgency; NHIA NHIA/BO/220183347; FRSC plate of the NGO car ABJ 472 KY.', [('name', 'Falmata Bukar Modu'), ('place', 'Bakassi IDP camp'), ('health_plan', 'NHIA/BO/220183347'), ('vehicle', 'ABJ 472 KY')]),
    C('The Cook Islands Ministry of Health has a Cook Islands Māori PFA leaflet. Niue and Tokelau use the NZ materials. Any Tokelauan speakers in Aotearoa?'),
    C('Anyone have the Yoruba or Hausa version of the EPDS? The Nigerian NHIA wants postnatal screening data from our Ogun State partners by June.'),
    C('Nineveh referral: Omar Younis Al-Jubouri, from Zanjili quarter, lost his legs in 2017; prosthetic knee serial OTTO-3R80-11829473.', [('name', 'Omar Younis Al-Jubouri'), ('place', 'Zanjili quarter'), ('device', 'OTTO-3R80-11829473')]),
    C('Libre 2 sensor serial 0M00041877AF for Ayesha Siddiqa Rahman-Chowdhury; she checks it every 5 minutes in session. Lives at Mirpur DOHS Avenue 3.', [('device', '0M00041877AF'), ('name', 'Ayesha Siddiqa Rahman-Chowdhury'), ('place', 'Mirpur DOHS Avenue 3')]),
    C('Torres Strait: Aunty Lena Nona Mosby, from Masig Yorke Island, DVA QX441877.', [('name', 'Lena Nona Mosby'), ('place', 'Masig Yorke Island'), ('health_plan', 'QX441877')]),
    C('Botswana teacher Kagiso Molefhe Seretse at Bokaa Junior Secondary asks for a grief circle; her DL BW-DL-0914472 was stolen with her wallet.', [('name', 'Kagiso Molefhe Seretse'), ('place', 'Bokaa Junior Secondary'), ('licence', 'BW-DL-0914472')]),
    C('Macau: Leong Ka Wai, BIR 1504877(6), lives at Ilha Verde Bairro, MPay MPAY-6644-1872.', [('name', 'Leong Ka Wai'), ('ssn', '1504877(6)'), ('place', 'Ilha Verde Bairro'), ('account', 'MPAY-6644-1872')]),
    C('Egyptian client Amira Sayed Khalil, in Ard el-Lewa Sudan Street alley, Vodafone Cash 010 2271 8840. Mother is 95 since Sham el-Nessim and bedbound.', [('name', 'Amira Sayed Khalil'), ('place', 'Ard el-Lewa Sudan Street alley'), ('account', '010 2271 8840'), ('age_over_89', '95 since Sham el-Nessim')]),
    C('Quick poll: who uses Narrative Exposure Therapy (Schauer, Neuner and Elbert) with former child soldiers in Uganda or the DRC? Our funder, the Global Fund, wants fidelity ratings by October.'),
    C('Bangladesh Mental Health Act 2018 and the Bangladesh Clinical Psychology Society: our Sylheti and Chittagonian clients ask for Bangla CBT. Pohela Boishakh in April.'),
    C('Our Indonesian team is using the Bahasa Indonesia SRQ-29 from Kemenkes; BPJS Kesehatan pays for Puskesmas visits, but not for CBT with a Psikolog. Any workaround before Lebaran?'),
    C('From Lesotho: Palesa Mokhethi Letsie, born 4 Phupjane 1979, lives at Ha Thetsane Industrial row 3. Herd boys group on Saturdays.', [('name', 'Palesa Mokhethi Letsie'), ('date', '4 Phupjane 1979'), ('place', 'Ha Thetsane Industrial row 3')]),
    C('Heatwave: Rekha Devi Yadav, domestic worker from Sangam Vihar block L, PhonePe 98114 72209, DL DL-0420180047713.', [('name', 'Rekha Devi Yadav'), ('place', 'Sangam Vihar block L'), ('account', '98114 72209'), ('licence', 'DL-0420180047713')]),
    C('Türkiye: 2014 Manisa mine widows, Emine Kaya Yıldırım from Kınık Elmadere köyü, IBAN TR41 0001 2009 4418 7720 0093 17. She is 64.', [('name', 'Emine Kaya Yıldırım'), ('place', 'Kınık Elmadere köyü'), ('account', 'TR41 0001 2009 4418 7720 0093 17')]),
    C('Lisdexamfetamine (Vyvanse 50 mg) under the PBS for adults with ADHD in Queensland: the new Queensland Health rules since July. Does Medibank or HCF cover the Psychiatrist review?'),
    C('Pemba Sherpa is back from the season at Khumjung Hillary school lane; he lost two friends in the icefall this spring.', [('name', 'Pemba Sherpa'), ('place', 'Khumjung Hillary school lane')]),
    C('Lorna Villanueva keeps replaying the night at Barangay Anibong purok 7 when the ship came ashore.', [('name', 'Lorna Villanueva'), ('place', 'Barangay Anibong purok 7')]),
    C('Lesotho and Eswatini share SiSwati and Sesotho resources poorly. Any Sesotho CBT workbooks from the Lesotho Ministry of Health or the Eswatini MOH?'),
    C("Prazosin (Minipress 1 mg titrating to 5 mg) for trauma nightmares; BP 104/66, dizziness on Tuesday mornings. NICE doesn't recommend it, the VA/DoD guideline is lukewarm. Views?"),
    C('Syrian in Jordan: Rasha Hamdan Al-Masri, Zaatari district 8 street 12 street 12, MOI card MOI-SYR-0471182, CliQ alias RASHA.HAMDAN77.', [('name', 'Rasha Hamdan Al-Masri'), ('place', 'Zaatari district 8 street 12'), ('ssn', 'MOI-SYR-0471182'), ('account', 'RASHA.HAMDAN77')]),
    C('Pakistan 2022 floods: Nasreen Bibi Soomro, from Goth Allah Dino Soomro, BISP BISP-4418-772091.', [('name', 'Nasreen Bibi Soomro'), ('place', 'Goth Allah Dino Soomro'), ('account', 'BISP-4418-772091')]),
    C('Quick pharmacology check: Carbamazepine (Tegretol 200 mg bd) and Oral Contraceptives in a Zimbabwean client - CYP3A4 induction, so we advised Depo-Provera. PSMAS covers it?'),
    C('Burundian teen Ndayishimiye Fabrice from Nduta camp zone 6 village 3, proGres no. BDI-NDU-19-204417, is being resettled; any colleague free for remote sessions?', [('name', 'Ndayishimiye Fabrice'), ('place', 'Nduta camp zone 6 village 3'), ('ssn', 'BDI-NDU-19-204417')]),
    C("DBT (Marsha Linehan) skills groups in Arabic in the UAE: the Abu Dhabi DoH approved the Arabic Diary Card. Friday sessions clash with Jumu'ah, so we moved to Saturday."),
    C('Mentalization-Based Treatment (Bateman and Fonagy) in Hebrew: the Israeli Psychological Association offers MBT-A training in Tishrei after Sukkot.'),
    C('Afghan in Türkiye: Zahra Hosseini Jafari, Zeytinburnu Yeşiltepe, phone +90 532 418 77 20, born 1379/06/12 (solar hijri).', [('name', 'Zahra Hosseini Jafari'), ('place', 'Zeytinburnu Yeşiltepe'), ('phone', '+90 532 418 77 20'), ('date', '1379/06/12')]),
    C("The Thinking Healthy Programme (Atif Rahman) is now in Pashto and Urdu. Khyber Pakhtunkhwa's Health Department wants it delivered by Lady Health Workers through Muharram."),
    C('Bedouin teen Salman Abu Kaf from Umm Batin, fax to school counsellor 08-641-2290.', [('name', 'Salman Abu Kaf'), ('place', 'Umm Batin'), ('fax', '08-641-2290')]),
    C('South Sudanese boys in Bidibidi zone 3 village 14: group lead Lual Deng Garang, ask for Achol Majok at the Yoyo health centre III. Attendance register saved under https://drive.ugmhpss.org/bb/z3v14.', [('place', 'Bidibidi zone 3 village 14'), ('name', 'Lual Deng Garang'), ('name', 'Achol Majok'), ('place', 'Yoyo health centre III'), ('url', 'https://drive.ugmhpss.org/bb/z3v14')]),
    C('The Japanese Society of Psychiatry and Neurology and the Japanese Psychological Association disagree on Kōnin Shinrishi scope; Obon and Golden Week schedules also differ.'),
    C("Syrian Arabic mental health idioms (Hinton's work on Khyâl and Ghost Pressure is Cambodian, but the approach fits). CA-CBT by Devon Hinton translated into Levantine Arabic?"),
    C('For Sudanese clients the Arabic HTQ is good but the Fur and Masalit translations are missing. MSF and UNICEF want Psychological First Aid manuals in Fur by December.'),
    C("Tongan clients and the Free Wesleyan Church schedule: Sunday is sacred, so we book Mondays. The Tongan Ministry of Health has a Tongan K10 we've been testing."),
    C('Ivorian colleagues: the French EPDS or the Dioula translation? The Ministère de la Santé wants data for the PNSM by Tabaski.'),
    C('Malaysian colleagues: the Malay DASS-21 (Ramli) and the Mental Health Act 2001, plus the MMC and MPC Board rules. Do you see clients during Hari Raya week or close like us?'),
    C('Afghan in Tajikistan Gul Ahmad Safi, refugee card TJ-RR-0448172, in Vahdat Guliston mahalla. Phone +992 93 918 4471.', [('name', 'Gul Ahmad Safi'), ('ssn', 'TJ-RR-0448172'), ('place', 'Vahdat Guliston mahalla'), ('phone', '+992 93 918 4471')]),
    C("Telehealth log 14:02 - client Esther Wairimu Ndung'u joined from IP 41.90.64.118, audio only, she was at the Kawangware 46 stage kiosk; session link https://meet.kenyapsych.co.ke/j/ewn-4418.", [('name', "Esther Wairimu Ndung'u"), ('ip_address', '41.90.64.118'), ('place', 'Kawangware 46 stage'), ('url', 'https://meet.kenyapsych.co.ke/j/ewn-4418')]),
    C('Selin Aydın finally left the Bayraklı Manavkuyu container site after the 2020 quake and moved in with her aunt. Transition plan ideas?', [('name', 'Selin Aydın'), ('place', 'Bayraklı Manavkuyu')]),
    C('Ethiopian Orthodox fasting (Tsome Nebiyat, Abiy Tsom) and Lamotrigine (Lamictal 100 mg): no interaction, but adherence drops. Anyone used the Amharic Kessler K6?'),
    C("Lebanese colleagues: Embrace Lebanon's Lifeline and the Ministry of Public Health's National Mental Health Programme share a Step-by-Step digital tool in Arabic. Any results?"),
    C("Bhutanese Dzongkha and Sharchop clients: the Royal Government of Bhutan's Ministry of Health has a Dzongkha PHQ-9. Losar and Tshechu seasons matter."),
    C('Ganga Maya Adhikari wants to stay in Sindhupalchok Chautara bazaar with her mother rather than relocate.', [('name', 'Ganga Maya Adhikari'), ('place', 'Sindhupalchok Chautara bazaar')]),
    C('Telehealth log: Kenji Matsuda, IP 2400:4051:88a0:4418::7, from Koganei Nukui-minami, link https://tele.jpcounsel.jp/k/km-9941.', [('name', 'Kenji Matsuda'), ('ip_address', '2400:4051:88a0:4418::7'), ('place', 'Koganei Nukui-minami'), ('url', 'https://tele.jpcounsel.jp/k/km-9941')]),
    C('Kriol and Pitjantjatjara interpreters through the NAATI: NAIDOC Week in July is busy, so the Aboriginal Interpreter Service asks us to book by June.'),
    C('Korean clients: the K-MDQ for bipolar screening, Lithium 600 mg, level 0.7. The KFDA lists Lithium Carbonate only; Chuseok family stress came up for all of them in September.'),
    C('My Ugandan colleague asks for a Luganda speaker for Nakato Ssemwogerere Nansubuga, a market vendor from Owino Market block D, who lost her stall in the fire. Her Airtel Money is 0752 418 330 for the transport refund.', [('name', 'Nakato Ssemwogerere Nansubuga'), ('place', 'Owino Market'), ('account', '0752 418 330')]),
    C("Cambodia: Sreymom Chea Sokha, Khmer Rouge survivor's daughter, from Phum Prey Veng Chas; her grandmother is kau-sep-bram-buon (95 in Khmer).", [('name', 'Sreymom Chea Sokha'), ('place', 'Phum Prey Veng Chas'), ('age_over_89', 'kau-sep-bram-buon')]),
    C("Device note: Nomsa Khumalo-Zungu's insulin pump (MiniMed 780G, serial NG2418772H) alarmed all session; she lives in Soweto Zola 2.", [('name', 'Nomsa Khumalo-Zungu'), ('device', 'NG2418772H'), ('place', 'Soweto Zola 2')]),
    C('Sri Lankan Tamil clients in the Northern Province respond well to the Tamil version of the HSCL-25. Has the Sri Lanka Medical Council any position on Tamil-only therapists?'),
    C("Power wheelchair serial QL-Q6E-2019-441877 was stolen from Ahmed Raza Qureshi outside Gulshan-e-Iqbal Block 13-D Maskan lane; he's devastated.", [('device', 'QL-Q6E-2019-441877'), ('name', 'Ahmed Raza Qureshi'), ('place', 'Gulshan-e-Iqbal Block 13-D Maskan lane')]),
    C('Erdene Bat-Ochir said the ger district at Bayankhoshuu 7th khoroo is freezing and her kids are sick.', [('name', 'Erdene Bat-Ochir'), ('place', 'Bayankhoshuu 7th khoroo')]),
    C('Tunisian law on Health Data (Loi Organique 2004-63) and the INPDP: do we need INPDP consent forms in Arabic and French for Telehealth?'),
    C('Malawian colleagues: the Chichewa SRQ-20 validated by Stewart and colleagues works; the Mental Health Act 1948 is ancient. Does the Medical Council of Malawi recognise Counselling Psychologists?'),
    C('Sagaing quake 2025: Khin Myo Thant Nwe, from Ma Soe Yein monastery quarter, email khinmyothant.mdy@gmail.com, aged kowze-le hnit (94 in Burmese).', [('name', 'Khin Myo Thant Nwe'), ('place', 'Ma Soe Yein monastery quarter'), ('email', 'khinmyothant.mdy@gmail.com'), ('age_over_89', 'kowze-le hnit')]),
    C("Viktor Frankl's Man's Search for Meaning in Hebrew, Arabic and Bahasa Indonesia - we use it in Logotherapy groups. Yom HaShoah in Israel and Hari Pahlawan in Indonesia both fall soon."),
    C('Interpersonal Psychotherapy in groups (IPT-G), from Myrna Weissman and the Ugandan trial by Paul Bolton, is on the agenda for Friday. StrongMinds slides attached.'),
    C('Singapore: Tan Wei Ling Jocelyn, CHAS card CHAS-BLUE-2044187, lives at Blk 418 Ang Mo Kio Ave 10 #07-1183, 560418; PayNow 9441 7720.', [('name', 'Tan Wei Ling Jocelyn'), ('health_plan', 'CHAS-BLUE-2044187'), ('street_address', 'Blk 418 Ang Mo Kio Ave 10 #07-1183'), ('zip_code', '560418'), ('account', '9441 7720')]),
    C('Somali client Hodan Abdi Farah in Ifo 2 camp block H4, FCN DDB-0419-55201. Her brother Abdirahman Abdi Farah drives the water truck reg KCZ 418M.', [('name', 'Hodan Abdi Farah'), ('place', 'Ifo 2 camp block H4'), ('ssn', 'DDB-0419-55201'), ('name', 'Abdirahman Abdi Farah'), ('vehicle', 'KCZ 418M')]),
    C('Rwandan client Uwase Mukamana Diane asked that we stop calling the number 0788 305 217; she now lives in Nyamirambo Rwezamenyo cell near the Kimisagara youth centre. Genocide commemoration month (Kwibuka) is coming.', [('name', 'Uwase Mukamana Diane'), ('phone', '0788 305 217'), ('place', 'Nyamirambo Rwezamenyo cell'), ('place', 'Kimisagara youth centre')]),
    C("Desvenlafaxine (Pristiq 50 mg) in pregnancy for a Lebanese Australian client: the RANZCOG and the RANZCP say it's acceptable. EPDS Arabic 15 at 28 weeks."),
    C("Dinner debate Wednesday: is Ubuntu a therapeutic frame or an ethical one? Desmond Tutu's No Future Without Forgiveness versus Pumla Gobodo-Madikizela's A Human Being Died That Night."),
    C('Emirati student Mariam Al Nuaimi from Al Mowaihat 2, Daman DAMAN 1-7718-2045-0, RTA licence RTA-DXB-2041873, mobile 050 774 1833.', [('name', 'Mariam Al Nuaimi'), ('place', 'Al Mowaihat 2'), ('health_plan', 'DAMAN 1-7718-2045-0'), ('licence', 'RTA-DXB-2041873'), ('phone', '050 774 1833')]),
    C('Uzbek clients and the Hamilton Anxiety Rating Scale (HAM-A): the Uzbek translation reads very formal. The Ministry of Health of Uzbekistan approved it anyway. Thoughts?'),
    C("Irvin Yalom's The Theory and Practice of Group Psychotherapy in Persian is popular with Iranian trainees. The Iranian Psychology and Counseling Organization wants exams in Persian."),
    C('Nepali clients: Tihar and Losar fall close together. The Nepal Health Research Council approved the Nepali HSCL-25 and the Nepali AUDIT. Any Tamang or Newari versions?'),
    C('Yazidi survivor Nadia Khudida Murad-Ali in Sharya camp sector 14 block 9, Duhok governorate; Iraqi national card 199012344508, phone +964 750 441 2093. Kurmanji only, no men in the room.', [('name', 'Nadia Khudida Murad-Ali'), ('place', 'Sharya camp sector 14'), ('ssn', '199012344508'), ('phone', '+964 750 441 2093')]),
    C('Social and Emotional Wellbeing (SEWB) framework, Gee, Dudgeon and colleagues in Working Together: essential for Aboriginal clients in the Northern Territory and Western Australia.'),
    C('Te Whare Tapa Whā (Mason Durie) and the Meihana Model for Māori clients: Te Reo Māori versions of the K10 are used by Te Whatu Ora. Matariki week sessions are half-days.'),
    C('Turkmen student Merdan Ataev in Bagtyyarlyk etrap housing 4, email merdan.ataev@online.tm.', [('name', 'Merdan Ataev'), ('place', 'Bagtyyarlyk etrap housing 4'), ('email', 'merdan.ataev@online.tm')]),
    C('Sri Lankan worker in Lebanon: Kumari Wijesinghe Perera, shelter at Sin el Fil Caritas house, passport N8842017.', [('name', 'Kumari Wijesinghe Perera'), ('place', 'Sin el Fil Caritas house'), ('ssn', 'N8842017')]),
    C('Kashmir: Mehbooba Rashid Lone, from Kupwara Trehgam, 2005 quake memories; EPIC JK/01/004/418772.', [('name', 'Mehbooba Rashid Lone'), ('place', 'Kupwara Trehgam'), ('ssn', 'JK/01/004/418772')]),
    C('Zhang Wei and Liu Fangfang came in together; they lost their daughter at Juyuan Middle School and want to try again for a baby.', [('name', 'Zhang Wei'), ('name', 'Liu Fangfang'), ('place', 'Juyuan Middle School')]),
    C('Sertraline (Daxid 50 mg, the Indian brand) and Alprazolam (Restyl 0.25 mg) combo from a GP; the CDSCO lists Restyl as Schedule H. Taper plan ideas?'),
    C('The Solomon Islands Pijin translation of PFA from the WHO Western Pacific Regional Office: anyone used it? Christmas and Easter bring most crises for us.'),
    C('Sudanese in Chad: Mariam Adam Abakar from Adré transit site sector B2 sector B, UNHCR TCD-ADR-23-04177. Masalit; needs Arabic interpreter Ishaq Yahya.', [('name', 'Mariam Adam Abakar'), ('place', 'Adré transit site sector B2'), ('ssn', 'TCD-ADR-23-04177'), ('name', 'Ishaq Yahya')]),
    C('Anyone know the Gen Z protests cohort? Brian Kiprono Chebet, shot on 25 June 2024, physio at Kenyatta Market clinic, NCPWD card NCPWD/0918/2024, prosthetic socket serial OB-KE-24-77193.', [('name', 'Brian Kiprono Chebet'), ('date', '25 June 2024'), ('place', 'Kenyatta Market'), ('ssn', 'NCPWD/0918/2024'), ('device', 'OB-KE-24-77193')]),
    C('Fax to the camp clinic in Hagadera block E7: +254 46 210 4418, pt Ubah Mohamed Ali, MSF no. MSF-HAG-23-4418.', [('place', 'Hagadera block E7'), ('fax', '+254 46 210 4418'), ('name', 'Ubah Mohamed Ali'), ('medical_record', 'MSF-HAG-23-4418')]),
    C('Nepal question: the Nepali version of the PCL-5 and the Kohrt translation of the BDI - which did TPO Nepal use? Dashain and Tihar are coming and the schedule is tight.'),
    C("Anyone else seeing Thabo Mahlangu-Skhosana? He told me he's also in a group at Diepsloot extension 12 Mpho hall community hall and I want to avoid double-dipping.", [('name', 'Thabo Mahlangu-Skhosana'), ('place', 'Diepsloot extension 12 Mpho hall')]),
    C("Ayurveda, Unani and Siddha remedies with SSRIs: Ashwagandha plus Escitalopram, St John's Wort plus Sertraline. The AYUSH Ministry says nothing about Serotonin Syndrome."),
    C('Somchai Prasert asked me to meet at Wat Khlong Toei Nai on his day off; we compromised on a video call.', [('name', 'Somchai Prasert'), ('place', 'Wat Khlong Toei Nai')]),
    C('Cameroonian Pidgin and the PHQ-9: the Anglophone Regions and the Francophone Regions use different versions. The Cameroon Psychiatric Association has no stance.'),
    C('Somali clients and the Refugee Health Screener (RHS-15), Somali version from Pathways to Wellness. Ramadan and Eid al-Fitr change everything in April.'),
    C('Losaline Taufa Vaipulu said Cyclone Gita flattened Patangata and her garden never came back.', [('name', 'Losaline Taufa Vaipulu'), ('place', 'Patangata')]),
    C('PNG question: Tok Pisin PHQ-9, Hiri Motu or English? The PNG National Department of Health wants one version for Bougainville and the Highlands Region.'),
    C('Telehealth log: session with Baraka Mwakyusa Kapinga dropped 3 times, client IP 197.248.16.203, he was calling from the ferry office at Kigamboni Feri. Rescheduled for Friday.', [('name', 'Baraka Mwakyusa Kapinga'), ('ip_address', '197.248.16.203'), ('place', 'Kigamboni Feri')]),
    C('Cameroon anglophone crisis: Ngwa Emmanuel Fru-Ndi Tanjong, from Bambili, displaced to Bonaberi Ndobo quarter; MTN number +237 677 41 88 20.', [('name', 'Ngwa Emmanuel Fru-Ndi Tanjong'), ('place', 'Bambili'), ('place', 'Bonaberi Ndobo quarter'), ('phone', '+237 677 41 88 20')]),
    C('The Iranian Psychological Association and the Medical Council of Iran disagree on online therapy licensing; Persian-speaking clients in Australia keep asking whether Iranian therapists can see them.'),
    C("Kofi Mensah Agyeman asked whether we could meet at Adum Kejetia lorry park instead of the clinic; I said no but he's clearly struggling with transport.", [('name', 'Kofi Mensah Agyeman'), ('place', 'Adum Kejetia lorry park')]),
    C('Uyghur diaspora in Kazakhstan: Dilnur Tursun, lives in Zharkent Uighur quarter, phone +7 701 441 8772, email dilnur.t@mail.kz.', [('name', 'Dilnur Tursun'), ('place', 'Zharkent Uighur quarter'), ('phone', '+7 701 441 8772'), ('email', 'dilnur.t@mail.kz')]),
    C("Korean Han as a cultural concept: anyone read Min Sung-kil's papers on Hwa-byung? The DSM-IV listed it; the DSM-5-TR moved it to the Glossary."),
    C('My client Halima Yusuf Garba went back to Gwoza Ngoshe for the funeral and stopped answering. Worried.', [('name', 'Halima Yusuf Garba'), ('place', 'Gwoza Ngoshe')]),
    C('Somaliland: Khadar Ismail Jama from Daami village, Zaad 063 441 8827.', [('name', 'Khadar Ismail Jama'), ('place', 'Daami village'), ('account', '063 441 8827')]),
    C('North Gyeongsang 2017 quake: Park Min-jae, Heunghae-eup Daeseong apartments, licence 11-84-418772-20, date 2017년 11월 15일.', [('name', 'Park Min-jae'), ('place', 'Heunghae-eup Daeseong apartments'), ('licence', '11-84-418772-20'), ('date', '2017년 11월 15일')]),
    C('Does the Mental Health Care Act 2017 in India require a Nominated Representative for outpatient Advance Directives? A Tamil-speaking colleague in Karnataka says the RCI has no clear view.'),
    C('Cochlear processor lost at school: Lindiwe Ngcobo Mkhize, Nucleus 8 serial CP1150-4418772, school Inanda Seminary.', [('name', 'Lindiwe Ngcobo Mkhize'), ('device', 'CP1150-4418772'), ('place', 'Inanda Seminary')]),
    C('Singaporean colleagues: the Singapore Mental Health Study and the CHAT service for youth. Hari Raya Haji and Deepavali both fall on Tuesdays this year.'),
    C('Victoria: Nyakuoth Gatluak Ruach-Both, South Sudanese in Dandenong North Doveton, Centrelink CRN 418 772 093X, phone +61 412 418 772.', [('name', 'Nyakuoth Gatluak Ruach-Both'), ('place', 'Dandenong North Doveton'), ('ssn', '418 772 093X'), ('phone', '+61 412 418 772')]),
    C('Nauru offshore processing: Behrouz Hosseini Nik, boat ID ARJ-044, then RPC3 Meneng, now on a bridging visa, ImmiCard IMC-7720418.', [('name', 'Behrouz Hosseini Nik'), ('ssn', 'ARJ-044'), ('place', 'RPC3 Meneng'), ('ssn', 'IMC-7720418')]),
    C('Kumamoto 2016: Yamamoto Aiko Kawashima, Certified Public Psychologist licence 公認心理師 第44187号, client Ogata Shinji from Mashiki Kiyama.', [('name', 'Yamamoto Aiko Kawashima'), ('licence', '公認心理師 第44187号'), ('name', 'Ogata Shinji'), ('place', 'Mashiki Kiyama')]),
    C('Tipene Harawira came from Te Kao marae for court and asked for a session while in town.', [('name', 'Tipene Harawira'), ('place', 'Te Kao marae')]),
    C('Kano: Aminu Sani Danjuma runs a shop in Kantin Kwari market; referred by Dr Hauwa Lawal-Ibrahim of AKTH, file AKTH/PSY/23/07781.', [('name', 'Aminu Sani Danjuma'), ('place', 'Kantin Kwari market'), ('name', 'Hauwa Lawal-Ibrahim'), ('medical_record', 'AKTH/PSY/23/07781')]),
    C('SA: Nyurpaya Kenny Ingkatji, Pukatja Ernabella, APY lands, phone 08 8956 7720, Medicare 4418 77209 1-3.', [('name', 'Nyurpaya Kenny Ingkatji'), ('place', 'Pukatja Ernabella'), ('phone', '08 8956 7720'), ('health_plan', '4418 77209 1-3')]),
    C('Bali 2002 bombing survivor Ni Luh Putu Ariani, Banjar Pande Sayang, telehealth IP 36.85.219.44, date of session Selasa, 12 Maret 2024.', [('name', 'Ni Luh Putu Ariani'), ('place', 'Banjar Pande Sayang'), ('ip_address', '36.85.219.44'), ('date', 'Selasa, 12 Maret 2024')]),
    C("Rosario Dimaculangan Ilagan said the ash from Agoncillo Banyaga is still on her roof, she can't bring herself to sweep it.", [('name', 'Rosario Dimaculangan Ilagan'), ('place', 'Agoncillo Banyaga')]),
    C('Booking link https://book.sgpsych.sg/slot/tanwl-0412 sent to Lim Jun Hao, who lives in Toa Payoh Lorong 8 blk 210, from IP 116.88.41.207.', [('url', 'https://book.sgpsych.sg/slot/tanwl-0412'), ('name', 'Lim Jun Hao'), ('place', 'Toa Payoh Lorong 8 blk 210'), ('ip_address', '116.88.41.207')]),
    C('Gurpreet Kaur Sandhu-Gill asks if we know a Punjabi-speaking therapist near Papatoetoe Kolmar Road gurdwara end.', [('name', 'Gurpreet Kaur Sandhu-Gill'), ('place', 'Papatoetoe Kolmar Road gurdwara end')]),
]

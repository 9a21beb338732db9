"""SIXTY-EIGHTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), scripts/ or bench/,
did not run the guard, bench/guard_eval.py or any test that imports or
runs the guard, did not run git log, git status or git diff at all (no
commit message or diff of any commit was read), and did not read
README.md, pyproject.toml, tests/bot/confidentiality/test_round*.py or
the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_67.py (set 69, written at the same time
in another worktree, was not seen at all: neither its worktree nor its
draft folder was opened or listed).  What was read: the module
docstrings of tests/bot/confidentiality/sets/locked_set_66.py and
locked_set_64.py (the dense sets this one is modelled on), each printed
once, on its own, up to its closing triple quote (none of their cases);
the first 25 lines of tests/bot/confidentiality/sets/locked_set_13.py
(its docstring) and, separately, its last three lines (two snippets, for
the file format; none of their sentences was copied); the EvalCase
dataclass and PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41,
nothing else of that file); and
tests/bot/confidentiality/test_locked_sets.py (the data integrity
checks, which hold no snippets).  A listing of the sets folder was
printed once to see that locked_set_67.py exists.  No reading was cut by
the terminal or printed twice, and no slip of the reading rule occurred.
The header of this file (the import of EvalCase, the alias "C =
EvalCase" and the name LOCKED68_CASES) was written from the format of
set 13's tail and the test's module and attribute names, not read from
another set.  The overlap filter described below imported the earlier
sets and printed only this set's own clashing strings.  The only test
run was test_locked_sets.py (selected with -k 68); ruff was run on this
file and on that test file.  Every snippet is set in Africa, Asia, the
Middle East and Oceania (and diasporas there: Palestinians, Afghans,
Iranians, Lebanese, Punjabis, Tamils, Vietnamese, Karen, Yazidis,
Bhutanese Nepalis, Tongans, Samoans, Fijians, Solomon Islanders and
South Africans in Australia and New Zealand, Keralites, Goans, Nepalis
and Bangladeshis in the Gulf, Uyghurs and Syrians in Türkiye, Hazaras in
Iran and Indonesia, Sudanese and Eritreans in Egypt, Ethiopians in
Lebanon, Comorians in Mayotte, Guineans in Tunisia, Zimbabweans in South
Africa, a Nigerian pilgrim back from the Hajj, Indonesians in Hong Kong,
a Vietnamese wife in Japan).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty minutes of drafting), as a consultation request
or a chat message to peers in a therapists' consultation group, dense
with capitalised terms like sets 64 and 66, with settings chosen to
differ from those named in sets 64 and 66's docstrings: the 2019 mosque
attacks in Canterbury, Black Saturday, the 1996 Tasman Peninsula
massacre, the Lindt siege, the 2024 shopping centre stabbing in Sydney,
the 2011 Lockyer floods, Wieambilla, the Hunter Valley bus crash, the
2021 Solomon Islands riots, the 2024 Port Vila quake, the 2019 Samoa
measles epidemic, Manus and Nauru, the 2011 Canterbury quake and the
CTV building, Cyclones Debbie and Alfred, the Hunter floods, the 2023
Maui fire, a tsunami warning in the Bay of Plenty, Ha'apai in the 2022
tsunami; the 2004 tsunami in Aceh and on the Andaman coast, the Palu
liquefaction, the Kanjuruhan crush, the Marawi siege, Haiyan, Odette,
the Taal eruption, Sewol, the Fukushima evacuation, the Noto quake, the
Sichuan quake, the Urumqi fire, the Wayanad landslide, the 2018 Kerala
floods, Kedarnath 2013, the 2015 Chennai floods, the Bhopal gas leak,
26/11, Manipur 2023, the 2022 Sindh floods, a Hunza glacier flood, the
2013 Hazara bombings, the Rohingya camps, Cyclone Nargis, the 2023
Pokhara plane crash, a Cambodian garment factory fainting wave, the
2018 Lao floods, the 2025 Myanmar quake, the 2021 Malaysian floods, the
2015 Mount Kinabalu quake, 2020 in Hong Kong, the 2024 Hualien quake,
the Osong underpass flood, the 2024 Bailey Road fire, a Bengaluru road
crash; the 1988 Halabja gas attack, Kocho and Sinjar 2014, Mosul 2017,
Eastern Ghouta 2013, Aleppo, the Kermanshah, Van and İzmit quakes, the
2015 Hajj crush, the 2009 Jeddah floods, Kfar Aza and the Nova festival,
the 2024 pager attack in Lebanon, Gaza, Balata camp, cholera in
Hudaydah, the Qatar World Cup, Bahrain 2011, Cyclone Shaheen, a Jleeb
Al-Shuyoukh fire, Zaatari, the 2022 Iranian protests, the 2017 Coptic
church bombings; Garissa University, Shakahola, the Mai Mahiu flood,
the 2024 Finance Bill protests, the Mpondwe school attack, Chibok, the
Ikoyi tower, the Synagogue Church collapse, Marikana, the 2022 KZN
floods, the July 2021 unrest, Life Esidimeni, Cape Flats gang violence,
taxi violence, load-shedding, Cyclones Kenneth and Chido, the 2015
Accra fire and flood, the Kumba school attack, the Zoobe bombing, the
2021 Kabylie fires, the Sfax boats, the Rwandan genocide at Ntarama,
the war in Sudan, Metekel, the MV Nyerere, the 2024 cholera outbreak in
Lusaka, the 2019 Malawi floods, the 2008 cholera year in Harare, and the
war in Sierra Leone; and ordinary lives (a barista, a baker, a barber, a
jeepney driver, a matatu victim, a boda boda rider, a cross-border
trader, a rugby player, a water seller, a judge, a ryokan owner).
Short referral lines, faxes, portal and telehealth logs by IP address,
rushed lower-case chat (six identifier snippets write names or places in
lower case), and 35 identifier snippets that hold only names and/or
places (ten more hold only names, places and an age), written as
ordinary consultation prose, often with the name at the start of a
sentence.  Nothing was composed by a script: the author wrote the
snippets in plain text files outside the repository (/tmp/set68work/)
with the planted spans marked inline, and a script there only stripped
the marks into the expected lists, checked lengths, token boundaries,
single occurrence, duplicate spans and duplicate snippets, counted
capitalised words in the clean snippets, checked overlap with the
earlier sets, shuffled the order with a fixed seed (68) and wrote this
file.  Every later edit was typed by hand as a find-and-replace pair
that a small script applied to the drafts (about 190 pairs in all);
this is stated here.

Edits made after drafting, stated here: about forty false starts and
asides the author had typed into the identifier drafts (a setting, an
ID type or a place followed by "? No", "? no", "? Not that", "? Not
her", "? Excluded" or "is excluded", notes that a setting was named in
set 64's docstring, and one name typed before the client's and cut)
were removed with their values, leaving only the corrected text.
Honorifics and titles (Dr, Daw, Ma, Saw) were moved outside the name
spans.  An unlabelled anniversary date with a day and a month, a date
with a day inside an event's name and an unlabelled Saudi additional
address number were cut from identifier snippets.  In a review, about
forty cities, towns and suburbs written unlabelled in identifier
snippets (before a postal code, in an event's name, after "in", "to" and
"from") were either labelled as places or replaced by their country,
state, province or a generic phrase ("the capital", "the Gulf", "out
west"); most of those labelled were then cut again by the overlap filter
and replaced in the same way.  Known limitation, stated here: some towns
and islands remain unlabelled inside the names of events and regions
(an island or a town's name in an event or a quake); a guard that flags
them is not wrong.  In the clean snippets a hospital behind an online
course, a university behind a training team, a narrative therapy
centre, a psychiatric hospital behind a talk, a facility group's name
behind an arbitration award and a city in a dialect's name were replaced
by their country, an organisation or a generic phrase.  Overlap with the
other sets was resolved by renaming only this set's planted values, with
a filter that imported the earlier sets programmatically (the same
checks as test_planted_identifiers_not_in_earlier_sets and the
text-containment check) and printed this set's strings only: 120 values
in the first round (mostly places - many of them cities labelled in the
review, which were dropped again or replaced by a generic phrase, and
suburbs and villages given an end, side, lane, zone, row, block or
extension -, with 46 names given a second surname, a new surname or a
new given name, 13 postal codes, a date and a plate changed), 18 in the
second (three of them drops that had not applied), 5 in the third and 3
in the fourth; the last pass found nothing.

Local identifier formats: Singapore NRIC, Korean RRN, Taiwanese ID,
Chinese resident ID, Vietnamese CCCD, Thai ID, Indonesian NIK,
Malaysian MyKad, PhilSys PSN, Philippine SSS, Indian PAN and Aadhaar,
Pakistani CNIC, Sri Lankan NIC, Maldivian ID, Mongolian register
number, Tibetan RC, Afghan tazkira, Japanese residence card, Hong Kong
HKID and FDH visa, Emirates ID, Saudi Iqama, Qatari QID, Bahraini CPR,
Omani civil number, Jordanian national number, Jordanian MoI card,
Iraqi unified card, Turkish TC and YKN, Iranian Amayesh card,
Palestinian ID, Egyptian national ID, Moroccan CNIE, Algerian NIN,
Kenyan ID and KRA PIN, Ugandan NIN, Tanzanian NIDA, Rwandan ID,
Ethiopian kebele ID, Zambian NRC, Botswana Omang, Namibian ID, South
African ID, Mozambican NUIT, Cameroonian CNI, a Hajj visa, UNHCR case
numbers and an FCN, an Australian Centrelink CRN, a PMKeyS number, a
PALM worker ID, a PNG NID and an NZ IRD number (ssn); NZ NHI, an
Australian IHI, RMH UR, Queen Mary, Hamad, King Faisal, AUBMC, Rambam,
Hadassah, KNH, Butabika, Groote Schuur, Tygerberg, Chris Hani
Baragwanath, Korle Bu, PGH and Siriraj numbers (medical_record);
Australian Medicare, DVA Gold and White Cards, Bupa, NZ ACC, BPJS
Kesehatan, Korean NHIS, Taiwanese NHI, Star Health, Bupa Arabia, Daman,
Tawuniya, Maccabi, Meuhedet, SGK, Tamin Ejtemaei, Kenyan SHA, Bonitas,
GEMS, Ghana NHIS and Rwandan Mutuelle (health_plan); NSW and Queensland
driving licences, Indian, Korean, Japanese, Philippine LTO, Kuwaiti and
South African driving licences, AHPRA, NZPB, HPCSA, RCI CRR, PRC, KNC,
Israeli psychologist, DHA and SCFHS registrations (licence);
Queensland, NSW, Indonesian, Korean, Indian (Odisha), Gilgit-Baltistan,
Israeli, Palestinian, Omani, Dubai, South African (Gauteng and Western
Cape), Kenyan, Nigerian and Tanzanian plates (vehicle); devices (a
cochlear processor soaked in a flood, another needing reprogramming,
an insulin pump lost in the Maui fire and another in the KZN floods, a
wheelchair, a tracked phone's IMEI, a Dexcom receiver, an oxygen
concentrator, an ICD, an Omnipod PDM, a pacemaker, a CPAP through
load-shedding, hearing aids, a prosthetic leg); payments (an Australian
ABN, GCash, an SBI account with IFSC, JazzCash, Nagad, ABA, WavePay,
WeChat Pay, Equity Bank, BVN, MTN MoMo, eDahab, Airtel Money, EcoCash);
addresses written the local way (New Zealand flats and places,
Australian units, crescents and closes, an Indonesian jalan with RT/RW,
a Thai moo and soi, a Vietnamese so/ngo/duong, an Indian flat in an
enclave, a Singapore HDB block with unit, a Malaysian jalan and taman,
Turkish mahalle, sokak, no and daire, a Saudi national address, a Dubai
flat, a Jordanian building and street, an Egyptian shari' with floor
and flat, a Nigerian street, a South African avenue, a Ghana Post GPS
code, a Moroccan rue with appartement, a Hawaiian motel room) with
postal codes of those countries; dates written slashed, ISO, dotted,
in words, abbreviated, ordinal, weekday-led, in Māori (Hui-tanguru), in
Turkish (Ekim) and in the Iranian calendar; IPv4 and IPv6 addresses,
URLs and phone and fax numbers in local and international formats.

415 snippets, 255 with identifiers and 160 clean (lengths 74-262, within
the test's bounds of 40-520).  Every pattern category appears at least
13 times (the test requires 13): date 15, age_over_89 23, phone 21, fax
15, email 16, url 13, ip_address 14, ssn 61, medical_record 17,
health_plan 24, account 14, licence 17, vehicle 15, device 14,
street_address 23, zip_code 21; with 286 names and 234 places smaller
than a state (the test requires 286 and 234).  Ages over 89 are written
in words and figures, in English, Japanese, Turkish and Vietnamese,
with a feast, a season or a record ("ninety-two this coming Anzac Day",
"a hundred and one by her Seniors Card", "ninety-eight come Melbourne
Cup", "kyūjūyon, ninety-four, at Obon", "ninety-one this Basant
Panchami", "ninety-seven by the jirga's count", "doksan bir,
ninety-one, on Kurban Bayramı", "chín mươi hai, ninety-two, at Tết",
"ninety-two at Heritage Day", "ninety-three at the new yam festival",
"ninety-nine this White Sunday", "ninety-one since last Kwibuka").

Names: Anglo- and Irish-Australian, Narungga,
Adnyamathanha, Warlpiri, Yolŋu, Torres Strait Islander (Kala Lagaw Ya),
Māori, Samoan, Tongan, iTaukei Fijian, ni-Vanuatu, Malaitan Solomon
Islander, Papua New Guinean, Native Hawaiian, Greek-, Maltese-,
Croatian-, Italian- and Vietnamese-Australian, Japanese-New Zealander,
Acehnese, Balinese, Javanese, Maranao, Waray, Visayan and Tagalog,
Korean, Japanese (family name first), Han Chinese, Uyghur, Malayali,
Garhwali, Tamil, Parsi, Kuki, Sindhi, Burusho, Hazara, Rohingya, Bamar
(with Daw and Ma kept outside), Karen (with Saw kept outside), Thai,
Khmer, Lao, Vietnamese, Singaporean Chinese, Malay, Iban, Kadazan,
Hong Kong Cantonese, Taiwanese, Mongolian, Tibetan, Bhutanese Nepali,
Sri Lankan Tamil, Sinhalese, Maldivian, Bengali, Pashtun (Achakzai and
Wardak), Marathi, Kannada-speaking, Bengali Hindu, Kazakh, Punjabi Sikh,
Kurdish (Sorani and Kalhori), Yazidi, Iraqi Arab, Syrian, Turkish,
Hausa, Saudi, Kerala Christian, Israeli (Ashkenazi and Sephardi), Beta
Israel, Lebanese Shia and Christian, Palestinian, Yemeni, Emirati,
Nepali Tamang, Bahraini, Omani, Jordanian, Persian,
Copt, Druze, Goan, Kalenjin, Mijikenda, Kikuyu, Somali, Ganda, Konzo,
Kibaku, Yoruba, Zulu, Xhosa, Indian South African, Cape Malay,
Coloured South African, Sotho, Ndebele, Afrikaner, Mwani, Comorian,
Akan, Togolese Ewe, Igbo, Cameroonian Anglophone, Kabyle, Fula, Moroccan
Arab, Egyptian, Rwandan, Sudanese, Amhara, Tigrayan, Eritrean, Bemba,
Chewa, Shona, Tswana, Ovambo, Chagga, Luo, Tumbuka, Temne and Tuareg
names; lower-case names and places, hyphenated and
multi-part names, names with binti, anak, Ag and bin, Korean and Chinese
names written both ways, honorifics kept outside the spans (Dr, Daw,
Ma, Saw), and names with diacritics, okina, macrons and apostrophes.
Places: gampongs, barangays and puroks, kampungs, tamans and
longhouses, mohallas, goths and killis, camps and their blocks,
sections, zones and districts, moo and tambon, phuong and xa, khoroo,
wards, compounds, informal settlements and extensions, kebeles,
quarters, villages, pā and settlements, housing estates and
condominiums, schools, stadiums, hospitals, clinics, mosques and
churches, cafes, souqs, markets, landings, ferries, bridges, canals,
junctions, squares and taxi stages, suburbs and towns given an end,
side, lane, row, corner or road, and places after street addresses and
postal codes.

Clean snippets: peer-consultation messages, questions, reading-group
notes, supervision reflections and scheduling chatter, dense with
capitalised words after the first word of each sentence (1298 in 160
snippets, about 8.1 per snippet, counted by the author's script,
acronyms included and the pronoun "I" excluded; 8 have fewer than
four): drug brands and generics with doses and laboratory values,
scales and questionnaires and their local-language versions, therapy
models and their founders (Morita, Naikan, Te Whare Tapa Whā, Fonofale,
Talanoa, Dadirri, the Friendship Bench, Thinking Healthy, HAP, CETA,
KIDNET, PM+, Self-Help Plus), real published authors with years and
books, guidelines, laws (the Mental Healthcare Act 2017, POPIA, the
Privacy Act 2020, Kenya's 2022 amendment, Uganda's 2018 Act, the UAE's
2023 law), regulators, insurers and professional bodies, idioms of
distress (amae, amafufunyana, kiasu, solastalgia, Hazaragi terms),
weekdays, months, seasons, religious feasts and fasts (Ramadan, Suhoor,
Iftar, Taraweeh, Eid al-Adha, Umrah, Hajj, Lent, Good Friday, Easter,
Christmas, Boxing Day, Simbang Gabi, Coptic Lent, the Apostles' Fast,
Timkat, Meskel, Sigd, Passover, Rosh Hashanah, Chuseok, Seollal, Obon,
Pongal, Vesak, Esala Perahera, Thaipusam, Deepavali, Hari Raya
Aidilfitri, Chinese New Year, Tết, Pchum Ben, the Hungry Ghost
Festival, Songkran, Nyepi, Dashain, Tihar, Nowruz, Sizdah Bedar, Tsagaan
Sar, Lotu Tamaiti, White Sunday), civic days and seasons (NAIDOC Week,
Kwibuka, Te Maeva Nui, Sorry Business, the bushfire season),
charities, helplines, apps and products, countries, states, provinces,
emirates and regions, nationalities, religions and languages, and no
place smaller than a state or a country's first-level subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED68_CASES = [
    C('KIDNET for Burundian children: the manual by Elbert, Schauer and Neuner is in German and English. Is there a Kirundi translation? Our team in Tanzania would pay for one.'),
    C('Uber Eats rider Arjun Venkatesh, licence KA05 20190048172, hit by a bus at Silk Board Junction. Hindi and Kannada. Wants sessions after 9 pm.', [('name', 'Arjun Venkatesh'), ('licence', 'KA05 20190048172'), ('place', 'Silk Board Junction')]),
    C('Telehealth log: Arnav Kulkarni-Joshi from 2401:4900:1c3a:82b7::4f, Friday 9 January 2026, good connection, session 4.', [('name', 'Arnav Kulkarni-Joshi'), ('ip_address', '2401:4900:1c3a:82b7::4f'), ('date', 'Friday 9 January 2026')]),
    C('Eritrean in Egypt: Yohannes Tesfamariam Ghebre, UNHCR UNHCR 555-17C48271, Ard el-Lewa Sudan Street side. He came via Sudan. Tigrinya.', [('name', 'Yohannes Tesfamariam Ghebre'), ('ssn', 'UNHCR 555-17C48271'), ('place', 'Ard el-Lewa Sudan Street side')]),
    C("Botswana: Kagiso Mothibi-Sebego, Omang 847216305, Mogoditshane Block 7. Grief after her twin's car crash on the A1. Setswana.", [('name', 'Kagiso Mothibi-Sebego'), ('ssn', '847216305'), ('place', 'Mogoditshane Block 7')]),
    C("Indonesian domestic worker Siti Rohmah, her Hong Kong FDH visa HK FDH 4827163, and her agency in Kampung Cikarang Baru. Fled an employer; shelter says she's not sleeping.", [('name', 'Siti Rohmah'), ('ssn', 'HK FDH 4827163'), ('place', 'Kampung Cikarang Baru')]),
    C('Please update the file for Maria Goretti Pwele: new mobile 0412 048 716, Medicare 6294 81736 3. Still at Yirrkala Homelands during the Garma festival, back in town afterwards.', [('name', 'Maria Goretti Pwele'), ('phone', '0412 048 716'), ('health_plan', '6294 81736 3'), ('place', 'Yirrkala Homelands')]),
    C('Vietnamese grandmother Le Thi Mai, chín mươi hai, ninety-two, at Tết, from Xa Hai Lang in Quang Tri. Her grandson found us. She talks about 1972 every session.', [('name', 'Le Thi Mai'), ('age_over_89', 'chín mươi hai, ninety-two, at Tết'), ('place', 'Xa Hai Lang')]),
    C('sorry, te aorangi from waitara brown street end is the one who texted, not ātaahua.', [('name', 'te aorangi'), ('place', 'waitara brown street end'), ('name', 'ātaahua')]),
    C('Syrian teen Lamar Hamwi, Türkiye, 3 Ekim 2025 school start, Sultanbeyli Battalgazi Mahallesi. Turkish bullying. Wants to go back to Syria.', [('name', 'Lamar Hamwi'), ('date', '3 Ekim 2025'), ('place', 'Sultanbeyli Battalgazi Mahallesi')]),
    C('Oxygen concentrator Philips EverFlo SN EF4827163, for Hemi Walker-Paewai, ninety-seven at Christmas, at Kaitāia Pukepoto Road. Power cut during the storm scared him.', [('device', 'Philips EverFlo SN EF4827163'), ('name', 'Hemi Walker-Paewai'), ('age_over_89', 'ninety-seven at Christmas'), ('place', 'Kaitāia Pukepoto Road')]),
    C('Bustan al-Qasr crossing: Yusuf Hallak, now at Fevzipaşa Mah., 482. Sokak No: 7, Daire 3, Şahinbey Karşıyaka side 27060, kimlik 99482716352.', [('place', 'Bustan al-Qasr crossing'), ('name', 'Yusuf Hallak'), ('street_address', 'Fevzipaşa Mah., 482. Sokak No: 7, Daire 3'), ('place', 'Şahinbey Karşıyaka side'), ('zip_code', '27060'), ('ssn', '99482716352')]),
    C("I'm reading Ngũgĩ wa Thiong'o's Decolonising the Mind (1986) with a Kikuyu supervisee. She says therapy in English erases her, so we switched to Swahili and Gikuyu for role-plays. Worth raising at the KCPA conference in August?"),
    C('UAE: Mohammed Shafeeq Kunhi, Emirates ID 784-1979-4821736-2, Flat 305, Al Qusais Building 12, Street 14. Daman card Daman 7482-1637-2948-0012. Insomnia, debt.', [('name', 'Mohammed Shafeeq Kunhi'), ('ssn', '784-1979-4821736-2'), ('street_address', 'Flat 305, Al Qusais Building 12, Street 14'), ('health_plan', 'Daman 7482-1637-2948-0012')]),
    C('Quick one: the DASS-21 norms from Lovibond and Lovibond (1995) are Australian. Are there Malay or Indonesian norms? A client from Malaysia scored 28 on the stress subscale and I have no comparator.'),
    C('Fundraiser for the family of Rahel Gebremedhin: https://www.gofundme.com/f/rahel-gebremedhin-funeral. She died in the Mekelle Kebele 16 shelling; her sister is my client.', [('name', 'Rahel Gebremedhin'), ('url', 'https://www.gofundme.com/f/rahel-gebremedhin-funeral'), ('place', 'Mekelle Kebele 16')]),
    C('Send to drjchikwanha.psych@africaonline.co.zw - Dr. Josephine Chikwanha supervises the Zimbabwe group.', [('email', 'drjchikwanha.psych@africaonline.co.zw'), ('name', 'Josephine Chikwanha')]),
    C("Lebanon: Ethiopian worker Tigist Alemu Bekele, at a madam's flat in Jounieh Haret Sakher. Her employer kept her passport. Her sister's number +961 71 482 716.", [('name', 'Tigist Alemu Bekele'), ('place', 'Jounieh Haret Sakher'), ('phone', '+961 71 482 716')]),
    C('Egyptian clinic email appointments@nilecarepsych.com.eg for Omar Fathy Abdelaziz, Ismailia; they want the discharge summary. Depression after the bus crash.', [('email', 'appointments@nilecarepsych.com.eg'), ('name', 'Omar Fathy Abdelaziz'), ('place', 'Ismailia')]),
    C("Tele-MANAS referrals are rising in Tamil Nadu after Pongal, mostly students before NEET and JEE results in June. Anyone with a brief protocol, Beck's cognitive model or Solution-Focused Brief Therapy from de Shazer and Insoo Kim Berg?"),
    C("EMDR in Rwanda around Kwibuka: April is heavy. Kinyarwanda interpreters, Ibuka's survivors' groups and the Rwanda Biomedical Centre all help. Do we pause trauma processing for those months?"),
    C('Solution-Focused Brief Therapy in Japan: Insoo Kim Berg taught there in the 1990s. Is the miracle question awkward in Japanese? My client from Kansai laughed at it, kindly, and then answered in Kansai-ben.'),
    C('Zyban 150 mg for smoking in a client with epilepsy on Keppra 500 mg: his neurologist in Singapore said no, so Varenicline instead. A small note for the Tuesday group.'),
    C('Propranolol 40 mg before exams, a Singaporean student on Adderall she bought online, and a GAD-7 of 17. The Health Sciences Authority bans Adderall in Singapore. My supervisor says address the legality first. Agree?'),
    C("For Friday's journal club: Derek Summerfield's critique of PTSD in humanitarian work (BMJ, 1999) and replies from Kenyan and Palestinian psychologists. Does the critique still hold?"),
    C('Rwanda: Mukandayisenga Claudine, genocide survivor from Ntarama church, ID 1 1975 8 0048271 6 39. Mutuelle Mutuelle 4827163. Her mother is ninety-one since last Kwibuka.', [('name', 'Mukandayisenga Claudine'), ('place', 'Ntarama church'), ('ssn', '1 1975 8 0048271 6 39'), ('health_plan', 'Mutuelle 4827163'), ('age_over_89', 'ninety-one since last Kwibuka')]),
    C('July 2021 unrest: Premila Govender, shop looted at Phoenix Plaza Rydalvale side. Bonitas Bonitas 482716395. Tamil and English. Racial fear, both ways.', [('name', 'Premila Govender'), ('place', 'Phoenix Plaza Rydalvale side'), ('health_plan', 'Bonitas 482716395')]),
    C('KZN floods 2022: Nomvula Zungu, Quarry Road West informal settlement, lost her shack and her sister. Address now 27 Protea Avenue, Clermont Kwadabeka 3610.', [('name', 'Nomvula Zungu'), ('place', 'Quarry Road West informal settlement'), ('street_address', '27 Protea Avenue'), ('place', 'Clermont Kwadabeka'), ('zip_code', '3610')]),
    C('Suicide risk and firearms in rural Queensland and Tasmania: the National Firearms Agreement of 1996 still matters. The C-SSRS asks about means, and farmers hate giving up guns in drought. How do you talk about it?'),
    C('Sent the report to reception@grevillearoad.psych.au and faxed 02 6621 4870 for Danielle Kovač in Goonellabah West. If anyone sees it in their inbox by mistake, delete please.', [('email', 'reception@grevillearoad.psych.au'), ('fax', '02 6621 4870'), ('name', 'Danielle Kovač'), ('place', 'Goonellabah West')]),
    C('Maldivian student Aishath Shiuna Rasheed, national ID A148271, at Hulhumalé Phase 2 Flat Block 7, WhatsApp +960 778 4821. Exam anxiety and a broken engagement.', [('name', 'Aishath Shiuna Rasheed'), ('ssn', 'A148271'), ('place', 'Hulhumalé Phase 2 Flat Block 7'), ('phone', '+960 778 4821')]),
    C("Morita therapy came up in supervision: Shoma Morita's bed-rest phase and arugamama. Has anyone blended it with ACT the way Russ Harris describes it in The Happiness Trap (2007)? The overlap with Steven Hayes seems obvious."),
    C('Ethiopia: Meseret Tadesse Gebru, Metekel violence, now in Bole Bulbula Condominium 14. Her kebele ID AA/BB/04827. Amharic only. Nightmares.', [('name', 'Meseret Tadesse Gebru'), ('place', 'Bole Bulbula Condominium 14'), ('ssn', 'AA/BB/04827')]),
    C("The Maui fire again: Kainoa Palakiko is in a FEMA motel room Room 214, 2780 Kekaa Drive, Kāʻanapali HI 96767. He's a fisherman without his boat.", [('name', 'Kainoa Palakiko'), ('street_address', 'Room 214, 2780 Kekaa Drive'), ('place', 'Kāʻanapali'), ('zip_code', '96767')]),
    C("The Lindt siege flashbacks are back for Thi Hong Nhung Lam, who was a barista two doors down. She's at Unit 9/28 Moorefield Parade, Kogarah Bay NSW 2227.", [('name', 'Thi Hong Nhung Lam'), ('street_address', 'Unit 9/28 Moorefield Parade'), ('place', 'Kogarah Bay'), ('zip_code', '2227')]),
    C("Egypt: Mariam Boutros Ghali, Copt, national ID 28903152104587, 14 Shari' El-Nasr, 3rd floor, flat 7, Shubra El-Kheima 13716. Church bombing of 2017; lost her sister.", [('name', 'Mariam Boutros Ghali'), ('ssn', '28903152104587'), ('street_address', "14 Shari' El-Nasr, 3rd floor, flat 7"), ('place', 'Shubra El-Kheima'), ('zip_code', '13716')]),
    C("Panic in the Gulf summer: clients in Qatar and Bahrain say 50-degree heat triggers palpitations. Interoceptive exposure from Barlow's Unified Protocol needed adapting: no running outside in August."),
    C("Atarax 25 mg for a Kuwaiti student in Western Australia, GAD-7 of 14, and Ramadan starting next week. Can we dose at Iftar? And does Kuwait's Ministry of Health scholarship insurance pay for psychology at all?"),
    C("Namibia: Ndapewa Shikongo-Nangolo, ID 85061200347, Katutura Havana Extension, Oshiwambo. Drought, job loss, her son's suicide attempt.", [('name', 'Ndapewa Shikongo-Nangolo'), ('ssn', '85061200347'), ('place', 'Katutura Havana Extension')]),
    C('His blog is public, http://dinesh-rebuilds.blogspot.com, and he posts session reflections. Dinesh Wickramasinghe from Moratuwa Egodauyana. Do I say something?', [('url', 'http://dinesh-rebuilds.blogspot.com'), ('name', 'Dinesh Wickramasinghe'), ('place', 'Moratuwa Egodauyana')]),
    C("Esala Perahera in August is when my Sri Lankan client's memories from the 1980s resurface: drums, crowds, elephants. Graded exposure around a Buddhist festival feels disrespectful. How would you approach it?"),
    C("Kenyan nurse Caroline Achieng Otieno, her KNC number KNC 48271 - she's a psych nurse in Nyalenda B Got Owak side - wants peer supervision.", [('name', 'Caroline Achieng Otieno'), ('licence', 'KNC 48271'), ('place', 'Nyalenda B Got Owak side')]),
    C('Fax +63 2 8554 8271, PGH psychiatry, Marvin Dizon, PGH file PGH 2025-048172, Tondo Vitas Market side.', [('fax', '+63 2 8554 8271'), ('name', 'Marvin Dizon'), ('medical_record', 'PGH 2025-048172'), ('place', 'Tondo Vitas Market side')]),
    C('Cyclone Chido: Ansoufouddine Madi, Comorian in Mayotte, lost his banga at Kawéni Mavadzani. No French papers. Shimaore. Phone +262 639 48 27 16.', [('name', 'Ansoufouddine Madi'), ('place', 'Kawéni Mavadzani'), ('phone', '+262 639 48 27 16')]),
    C('Does anyone know whether the Privacy Act 2020 and the Health Information Privacy Code let me share session notes with ACC without the client signing again? New Zealand colleagues, please.'),
    C("Pacific group supervision: Talanoa as Timote Vaioleti described it (2006) shapes our groups. Fijian and Tongan supervisees say it's more natural than the Australian peer model. The AASW recognises it for CPD."),
    C("Kenya plate KDE 482T - the matatu that hit Brian Otieno Ouma at Kangemi stage. He's a boda boda rider now afraid of roads.", [('vehicle', 'KDE 482T'), ('name', 'Brian Otieno Ouma'), ('place', 'Kangemi stage')]),
    C("A client on Prozac 40 mg wants to fast Ramadan and do Umrah in March. Heat, dehydration, serotonin syndrome? Not with Prozac alone, but he's adding Tramal for back pain. Flagging to the GP."),
    C('Tamati Ormsby and Hine Ormsby from Tūrangi Hirangi Road end - the Tangiwai rail disaster? Not them, their great-grandparents. Still talked about at every whānau hui.', [('name', 'Tamati Ormsby'), ('name', 'Hine Ormsby'), ('place', 'Tūrangi Hirangi Road end')]),
    C('For those asking about the RUDAS versus the MoCA with older Punjabi clients: the RUDAS held up better in our audit, the MoCA penalised people with four years of schooling, and the Hindi ACE-III is still not validated in Australia.'),
    C("Eli Tohiariki and Matiu Tohiariki were at the cousins' place when the tsunami warning came. Sirens, kids, chaos. The older one now checks GeoNet every night.", [('name', 'Eli Tohiariki'), ('name', 'Matiu Tohiariki')]),
    C("Marikana: Mzoxolo Ntsenwa, a miner's son from Nkaneng Extension 2, ID 9402185739082. He was 10 in 2012. Now 24, angry, and studying law.", [('name', 'Mzoxolo Ntsenwa'), ('place', 'Nkaneng Extension 2'), ('ssn', '9402185739082')]),
    C("Question about Pakistan's Mental Health Ordinance 2001 and the provincial Acts in Sindh and Punjab: who consents for a 17-year-old? Umang and Rozan have different views. Any Pakistani clinicians here?"),
    C('A Gujarati couple in New Zealand: Viagra at 50 mg not working, her vaginismus untreated. Sensate focus from Masters and Johnson, or refer to Family Planning first? Hindu modesty norms shape every question.'),
    C("Pakistan: Abdul Qayyum Achakzai, ninety-seven by the jirga's count, tribal elder from Gulistan Killi Haji Saleh. His grandson emails achakzai.waqas@gmail.com. Pashto.", [('name', 'Abdul Qayyum Achakzai'), ('age_over_89', "ninety-seven by the jirga's count"), ('place', 'Gulistan Killi Haji Saleh'), ('email', 'achakzai.waqas@gmail.com')]),
    C('Invega Sustenna 150 mg loading then 100 mg monthly; prolactin 1,840 mIU/L; amenorrhoea. The client is Iranian, newly married, and worried about fertility. Any Farsi psychoeducation from the Iranian Psychiatric Association?'),
    C('The 2013 Hazara bombings: Zahra Changezi from Mari Abad Block 4, UNHCR number PAK-14-C04827 from before her move to Indonesia. Now in Cisarua, waiting eight years.', [('name', 'Zahra Changezi'), ('place', 'Mari Abad Block 4'), ('ssn', 'PAK-14-C04827'), ('place', 'Cisarua')]),
    C('Referral from the 2019 mosque attacks follow-up team: Farhan Qadeer Siddiqui, NHI ZKT4827, lives at Flat 2, 41 Kōwhai Terrace, Linwood Rowses Road end 8083. Still avoids Fridays, PCL-5 of 58. Can anyone in Canterbury take him?', [('name', 'Farhan Qadeer Siddiqui'), ('medical_record', 'ZKT4827'), ('street_address', 'Flat 2, 41 Kōwhai Terrace'), ('place', 'Linwood Rowses Road end'), ('zip_code', '8083')]),
    C("The SDQ parent version in Arabic and Farsi is free from Robert Goodman's site. For the CBCL you need ASEBA licences, and our school team in Jordan cannot afford Achenbach's forms. Alternatives?"),
    C("Wednesday reflection: a Jewish client in Israel said after October and I knew exactly what she meant. Shared trauma makes neutrality impossible. Yael Danieli's work on countertransference is back on my desk."),
    C('The 2015 floods came back for Revathi Chandrasekaran in the 2023 cyclone. Address Flat 3B, Sri Lakshmi Enclave, 14 Second Cross Street, Velachery Vijayanagar 600091.', [('name', 'Revathi Chandrasekaran'), ('street_address', 'Flat 3B, Sri Lakshmi Enclave, 14 Second Cross Street'), ('place', 'Velachery Vijayanagar'), ('zip_code', '600091')]),
    C('Uber driver Gurpreet Singh Bhullar, NSW BQF 48K, was carjacked near Blacktown Sunnyholt Road. Now avoids night shifts. Wants CBT for panic; any Punjabi-speaking clinicians out west?', [('name', 'Gurpreet Singh Bhullar'), ('vehicle', 'NSW BQF 48K'), ('place', 'Blacktown Sunnyholt Road')]),
    C('Quick pharmacology check: Clozaril at 350 mg, ANC down to 1.6 last Monday, and the psychiatrist wants to add Epilim. Is the neutropenia risk something I should raise at the NDIS planning meeting, or leave to the Clozapine coordinator?'),
    C('Hi, Odette survivor Jhun-Jhun Esplana in Siargao General Luna Purok 5, GCash GCash 0917 482 7163 for the pastoral fund. Can anyone run a session in Cebuano?', [('name', 'Jhun-Jhun Esplana'), ('place', 'Siargao General Luna Purok 5'), ('account', 'GCash 0917 482 7163')]),
    C("Quick one from the 2024 shopping centre stabbing follow-up: Aarav Menon-Whitfield won't take the train from Edgecliff Heights any more. Bupa member Bupa 81 4827 163 02. Anyone free on Thursdays?", [('name', 'Aarav Menon-Whitfield'), ('place', 'Edgecliff Heights'), ('health_plan', 'Bupa 81 4827 163 02')]),
    C("Kerala floods 2018: Joseph Chacko Vadakkel of Pandanad Nakkada ferry lost the ancestral tharavad. Bank account for relief: SBI 38271649205, IFSC SBIN0070172. He's asking for a letter.", [('name', 'Joseph Chacko Vadakkel'), ('place', 'Pandanad Nakkada ferry'), ('account', 'SBI 38271649205, IFSC SBIN0070172')]),
    C('Supervision question: a Tamil-speaking client in Queensland on Lexapro 15 mg scores 19 on the PHQ-9 but only 21 on the K10 translation from the Transcultural Mental Health Centre. Which do I trust before his GP review on Thursday?'),
    C('Just letting you know Harlan Whitcombe no longer wants contact. Janelle Whitcombe, his wife, said it on the phone. Will close the file.', [('name', 'Harlan Whitcombe'), ('name', 'Janelle Whitcombe')]),
    C('Vanuatu quake follow-up: Mereana Tarisesei in Blacksands Settlement WhatsApp +678 775 4821. Bislama only. The pastor at Etas Presbyterian is helping.', [('name', 'Mereana Tarisesei'), ('place', 'Blacksands Settlement'), ('phone', '+678 775 4821'), ('place', 'Etas Presbyterian')]),
    C("Ramadan, Lent and Passover overlap this spring in our Israeli clinic, with Jewish, Christian and Muslim clients all fasting or cleaning. Group DBT on Wednesday evenings will be thin. Marsha Linehan's modules bend, I hope."),
    C("Hamid Sadr Nouri cancelled again. He's been sleeping at Kings Cross Darlinghurst Road doorway, his caseworker thinks.", [('name', 'Hamid Sadr Nouri'), ('place', 'Kings Cross Darlinghurst Road doorway')]),
    C('Ruth Kasaija is ninety-four by her baptism card. She lives with Peace Kasaija at Ntinda Kigoowa.', [('name', 'Ruth Kasaija'), ('age_over_89', 'ninety-four by her baptism card'), ('name', 'Peace Kasaija'), ('place', 'Ntinda Kigoowa')]),
    C("ACT with Coptic Orthodox clients from Egypt: values work around the Coptic Lent of 55 days and the Apostles' Fast. Steven Hayes's Hexaflex was translated into Arabic by an Egyptian colleague. Useful?"),
    C("Mele Vainikolo from Ha'apai Pangai Hihifo. She lost the house to the tsunami.", [('name', 'Mele Vainikolo'), ('place', "Ha'apai Pangai Hihifo")]),
    C("Ex-partner tracking: Anjali Bhardwaj's phone IMEI 35 482716 392048 1 keeps showing in his Find My Device. She's at a refuge in Papatoetoe Puhinui.", [('name', 'Anjali Bhardwaj'), ('device', '35 482716 392048 1'), ('place', 'Papatoetoe Puhinui')]),
    C("For the Thursday peer group: Edna Foa's Prolonged Exposure manual versus Patricia Resick's CPT for a Rohingya client whose Burmese interpreter is also a relative. NET from Maggie Schauer may be gentler. Thoughts?"),
    C('Wheelchair Quickie Q7 serial QK7-48271-AU damaged in a taxi; client Donovan Mahoney-Ngata, Naenae Hutt Valley. ACC funds it. Mood is low since the rejection.', [('device', 'Quickie Q7 serial QK7-48271-AU'), ('name', 'Donovan Mahoney-Ngata'), ('place', 'Naenae Hutt Valley')]),
    C('Arabic grief resources: www.hayatgrief.org.au/ar, built by Rania Chehade from Punchbowl Wiley Park edge. Free, reviewed by two clinicians.', [('url', 'www.hayatgrief.org.au/ar'), ('name', 'Rania Chehade'), ('place', 'Punchbowl Wiley Park edge')]),
    C('Referral: Halima Abdi Farah, Somali, Eastleigh Section Two, KRA PIN A012874563Z, email halima.farah.ke@gmail.com. Widowed; her son was taken at the border.', [('name', 'Halima Abdi Farah'), ('place', 'Eastleigh Section Two'), ('ssn', 'A012874563Z'), ('email', 'halima.farah.ke@gmail.com')]),
    C('Ethiopian domestic workers in Lebanon: the kafala system, no Labour Law protection, passports held. The Anti-Racism Movement and KAFA offer support. Can we give pro bono sessions in Amharic by Zoom?'),
    C("Jordan, Zaatari District 12: Ahmad Al-Zoubi runs a barber's caravan. His MoI card MOI 482-716-3950. Anger, and a knee injury from Daraa al-Mahatta.", [('place', 'Zaatari District 12'), ('name', 'Ahmad Al-Zoubi'), ('ssn', 'MOI 482-716-3950'), ('place', 'Daraa al-Mahatta')]),
    C('The 2015 Hajj crush: Abdullahi Musa Danjuma, Nigerian pilgrim, Hajj visa HJ-2015-482716. Now back in Nigeria. His wife died beside him. Sessions in Hausa by WhatsApp.', [('name', 'Abdullahi Musa Danjuma'), ('ssn', 'HJ-2015-482716')]),
    C('Thai client Siriporn Thongkham, The 2004 tsunami. Now at 88/14 Moo 3, Soi Ruamjai, Tambon Chalong, Phuket 83130. Thai ID 3 8301 00482 71 6.', [('name', 'Siriporn Thongkham'), ('street_address', '88/14 Moo 3, Soi Ruamjai'), ('place', 'Tambon Chalong'), ('place', 'Phuket'), ('zip_code', '83130'), ('ssn', '3 8301 00482 71 6')]),
    C('The Power Threat Meaning Framework by Lucy Johnstone and Mary Boyle (2018) in West Africa? A colleague in Ghana says the Mental Health Authority prefers diagnoses. Anyone used it alongside ICD-11 there?'),
    C('Manus Island and then Nauru: Behrouz Taheri-Nasab now lives in Dandenong North Brady Road end, Centrelink CRN 207 481 639K. He writes poetry; his PCL-5 is 61. Thinking CPT, but he may find it too structured.', [('name', 'Behrouz Taheri-Nasab'), ('place', 'Dandenong North Brady Road end'), ('ssn', '207 481 639K')]),
    C('Clozapine in Japan is restricted to registered hospitals under the CPMS. A Japanese colleague says only some prefectures have enough. Any update from the Japanese Society of Psychiatry and Neurology?'),
    C('Baluku Jockus, Bakonzo, from Bwera Mpondwe Lhubiriha, where the school was attacked in 2023. His nephew died there. Lhukonzo and Luganda.', [('name', 'Baluku Jockus'), ('place', 'Bwera Mpondwe Lhubiriha')]),
    C('Telehealth: Adaeze Onwuachu, 102.89.33.174, 19th January 2026, MTN data. She spoke from a car.', [('name', 'Adaeze Onwuachu'), ('ip_address', '102.89.33.174'), ('date', '19th January 2026')]),
    C("Supervision: a Druze client says reincarnation explains her nightmares of a past life. I'm not going to challenge her faith. Is EMDR appropriate? Francine Shapiro never wrote about it, as far as I know."),
    C('Cyclone Nargis: Daw Khin Myat Noe Oo from Bogale Kyein Chaung village, ninety-nine by the monastery register. Her grand-niece in Thailand wants a phone consult.', [('name', 'Khin Myat Noe Oo'), ('place', 'Bogale Kyein Chaung village'), ('age_over_89', 'ninety-nine by the monastery register')]),
    C("Yalom's group therapy factors with a Saudi women's group: universality was instant, catharsis was not. An Arabic-speaking cofacilitator registered with the Saudi Commission for Health Specialties helped. Running again after Hajj season."),
    C("Naikan therapy, Yoshimoto Ishin's three questions, with a Japanese Australian client who feels guilty about her mother. Kristin Neff's self-compassion work felt gentler. Has anyone combined them?"),
    C("Sorry Business in the Northern Territory means clients disappear for weeks, Medicare sessions lapse, and the ACCHO says that's normal. How do you document it without it reading as disengagement?"),
    C("The Hunter Valley bus crash: Sienna Catalano was a bridesmaid. Medicare 5281 74936 2, lives on 17 Kurrajong Close, Branxton South 2335. She's had eight sessions already.", [('name', 'Sienna Catalano'), ('health_plan', '5281 74936 2'), ('street_address', '17 Kurrajong Close'), ('place', 'Branxton South'), ('zip_code', '2335')]),
    C('Pham Quoc Huy and Vu Thi Hoa. Married 40 years, came by boat in 1981. He has dementia now.', [('name', 'Pham Quoc Huy'), ('name', 'Vu Thi Hoa')]),
    C('Considering the Common Elements Treatment Approach from Laura Murray and Paul Bolton for Congolese families in Zambia. the CETA Global team trains facilitators online; the modules exist in French and Swahili.'),
    C('Security alert: two logins for Nadia Hamdan from 37.111.148.92 and 94.187.27.14 within ten minutes. She shares the laptop with her ex.', [('name', 'Nadia Hamdan'), ('ip_address', '37.111.148.92'), ('ip_address', '94.187.27.14')]),
    C('Shift work in the Gulf: the UAE Labour Law allows sick leave, but migrant workers from Kerala and Nepal fear losing visas if they take it. How do you word letters to employers?'),
    C('Tunisia: Mamadou Diallo Sow, Guinean, from the boats off the coast, El Amra olive groves. Phone +216 52 482 716. Boat capsized; four friends gone. Fula and French.', [('name', 'Mamadou Diallo Sow'), ('place', 'El Amra olive groves'), ('phone', '+216 52 482 716')]),
    C('Portal log: Hasan Çelikbilek, 88.244.17.205, 12.02.2026, session 9. Earthquake dreams; the 2023 quake in Adıyaman took his brother.', [('name', 'Hasan Çelikbilek'), ('ip_address', '88.244.17.205'), ('date', '12.02.2026')]),
    C('Doing What Matters in Times of Stress, the WHO illustrated guide, is out in Arabic, Kurdish and Turkish. We use it with Syrians in Jordan. The Self-Help Plus trial in Uganda is worth reading too.'),
    C('Our Samoan clients keep Lotu Tamaiti and our Cook Islands Māori clients fundraise for Te Maeva Nui in August. Big families, big commitments; sessions drop off both months.'),
    C("Seroquel XR 300 mg, Abilify Maintena 400 mg monthly, and the BPRS fell from 52 to 31 by February. The family credit it to prayer at their Pentecostal church. I'd rather not argue. Thoughts from Nigerian colleagues?"),
    C('Discharge letter dated 5 Jan. 2026, Mohammad Reza Karimi, RMH UR UR 4827163, Preston Reservoir East.', [('date', '5 Jan. 2026'), ('name', 'Mohammad Reza Karimi'), ('medical_record', 'UR 4827163'), ('place', 'Preston Reservoir East')]),
    C("Christian-Muslim marriages in Tanzania: family therapy in Salvador Minuchin's style with Swahili-speaking families, and imams and pastors both want a say. Structural maps help more than I expected."),
    C("Our Vietnamese clients in Australia don't know Medicare covers psychology. I made Vietnamese handouts with Beyond Blue's permission and can share them on Monday, along with the Khmer ones from NSW Health."),
    C('Siavash, Niloufar and Darya Moradi arrived from Tabriz Valiasr in January.', [('name', 'Siavash'), ('name', 'Niloufar'), ('name', 'Darya Moradi'), ('place', 'Tabriz Valiasr')]),
    C("The Mental Health Care Act 2002 in South Africa and POPIA both apply when a Zulu-speaking client's family asks for notes. HPCSA guidance is vague. Has anyone had a PsySSA ethics opinion on this?"),
    C("Bahrain: Zainab Ahmed Al-Sitri, CPR 880914327, Sitra Mahazza end. Her brother was jailed in 2011. She laughs when she talks about it; I don't.", [('name', 'Zainab Ahmed Al-Sitri'), ('ssn', '880914327'), ('place', 'Sitra Mahazza end')]),
    C('Zhu Lanfang was a teacher at Dujiangyan Xinjian Primary. Her students, the school, all gone in 2008.', [('name', 'Zhu Lanfang'), ('place', 'Dujiangyan Xinjian Primary')]),
    C('SSRIs in pregnancy: Zoloft 100 mg at 28 weeks, EPDS 17, and an obstetrician in the UAE who wants to stop it. RANZCOG and the RCOG both say continue if it helps. Thoughts?'),
    C("After the Kanjuruhan Stadium Gate 13 crush, Muhammad Rizky Ardiansyah, 19, won't go near crowds. BPJS Kesehatan 0001482716395, motorbike plate N 4827 AKL. Family says he's lazy.", [('place', 'Kanjuruhan Stadium Gate 13'), ('name', 'Muhammad Rizky Ardiansyah'), ('health_plan', '0001482716395'), ('vehicle', 'N 4827 AKL')]),
    C('Court date for Lachlan Fitzgibbon-Ah Chee is the 18th of March 2026 at Downing Centre Local Court. He wants a letter by Friday.', [('name', 'Lachlan Fitzgibbon-Ah Chee'), ('date', 'the 18th of March 2026'), ('place', 'Downing Centre Local Court')]),
    C("Mongolian client Bolormaa Ganbold, register number УП89071425, from Bayanzürkh 13th khoroo. Dzud killed her parents' herd. Sessions in Mongolian.", [('name', 'Bolormaa Ganbold'), ('ssn', 'УП89071425'), ('place', 'Bayanzürkh 13th khoroo')]),
    C('Kavita Deshmukh, clinical psychologist, RCI CRR A48217, is asking for peer supervision from Kothrud Karve Road. Email kavita.d.psy@gmail.com.', [('name', 'Kavita Deshmukh'), ('licence', 'A48217'), ('place', 'Kothrud Karve Road'), ('email', 'kavita.d.psy@gmail.com')]),
    C('Synagogue Church collapse, 2014: Thandeka Mthembu-Xaba, South African pilgrim, survived at Ikotun Egbe Segun Irefin Street. SA ID 8703150284083. Zulu. Still goes to church, a different one.', [('name', 'Thandeka Mthembu-Xaba'), ('place', 'Ikotun Egbe Segun Irefin Street'), ('ssn', '8703150284083')]),
    C('Cameroon: Kumba school attack, 2020. Nkeng Brenda Ayuk lost her daughter at Mother Francisca Academy. CNI CNI 114827163. English-speaking, lives in the Littoral now.', [('name', 'Nkeng Brenda Ayuk'), ('place', 'Mother Francisca Academy'), ('ssn', 'CNI 114827163')]),
    C("Zoom link for Thursday's Tamil group: https://us02web.zoom.us/j/84827163905. Kalaiselvi Ramasamy hosts. Password by text only.", [('url', 'https://us02web.zoom.us/j/84827163905'), ('name', 'Kalaiselvi Ramasamy')]),
    C('Yemen: Amat Al-Razzaq Al-Qadhi, from Al-Hudaydah Al-Hali, cholera survivor with two children. WhatsApp +967 771 482 716. Works in a Djibouti kitchen now.', [('name', 'Amat Al-Razzaq Al-Qadhi'), ('place', 'Al-Hudaydah Al-Hali'), ('phone', '+967 771 482 716')]),
    C('Consultation request: a gay client in Malaysia, with the criminal law as it stands. Is it safe to record even a pseudonym in SimplePractice, or should notes stay on paper? The PDPA is not much comfort.'),
    C('EPDS in Tamil and Sinhala: cut-off 9 or 12? A postpartum client from Sri Lanka scored 11 in January and 15 in March. Her obstetrician wants Zoloft 50 mg and she asks me whether it is haram.'),
    C("Quick one: Meleane Taufa, Naikoro Village in Fiji, ninety-six last Fiji Day, and her grandson in Queensland wants to bring her over. What's the evidence on late-life migration and dementia?", [('name', 'Meleane Taufa'), ('place', 'Naikoro Village'), ('age_over_89', 'ninety-six last Fiji Day')]),
    C('Kenechukwu Obiora says he will come on Saturday with Nneka. They live at Festac Town 4th Avenue.', [('name', 'Kenechukwu Obiora'), ('name', 'Nneka'), ('place', 'Festac Town 4th Avenue')]),
    C('Escitalopram 20 mg and a QTc of 472 ms. The client is Filipino and drinks kapeng barako by the litre. The cardiologist wants Sertraline instead. Any Philippine Psychiatric Association guidance on switching?'),
    C('King Faisal referral: Lama Al-Otaibi, MRN KFSH 1048273, Tawuniya Tawuniya 4827-1639-05. Postpartum psychosis, now on Zyprexa 10 mg. Husband Faisal Al-Otaibi.', [('name', 'Lama Al-Otaibi'), ('medical_record', 'KFSH 1048273'), ('health_plan', 'Tawuniya 4827-1639-05'), ('name', 'Faisal Al-Otaibi')]),
    C("MBCT from Segal, Williams and Teasdale (2002) in Thai? Clients raised in Theravada Buddhism find MBCT oddly secular. Ajahn Chah's talks seem closer to home for them."),
    C("Portal login for Mei Ling Ong from 116.88.42.173 flagged as Singapore but she's in Western Australia. VPN for work, she says.", [('name', 'Mei Ling Ong'), ('ip_address', '116.88.42.173')]),
    C('Ikoyi tower collapse, 2021: Olufemi Adebayo-Cole lost his brother, an engineer on Gerrard Road Ikoyi. Lives at No. 17 Ogunlana Street, Surulere Aguda 101283.', [('name', 'Olufemi Adebayo-Cole'), ('place', 'Gerrard Road Ikoyi'), ('street_address', 'No. 17 Ogunlana Street'), ('place', 'Surulere Aguda'), ('zip_code', '101283')]),
    C("Reading group this Wednesday: Mason Durie's Te Whare Tapa Whā beside the Fonofale model of Fuimaono Karl Pulotu-Endemann, and chapter 3 of Whaiora (1994). Bring the NZCCP practice notes if you have them."),
    C('Medication review for Pita Sefo, 46: Invega 150 mg monthly, IHI 8003 6048 2716 3920 on the MyHealth summary. Lives in Inala Kittyhawk Drive flats with four brothers.', [('name', 'Pita Sefo'), ('medical_record', '8003 6048 2716 3920'), ('place', 'Inala Kittyhawk Drive flats')]),
    C('Prosthetic leg Össur Pro-Flex SN 4827163, Kalilu Kamara, amputated during the war, Kissy Mess Mess Shell end. Krio. He coaches amputee football.', [('device', 'Össur Pro-Flex SN 4827163'), ('name', 'Kalilu Kamara'), ('place', 'Kissy Mess Mess Shell end')]),
    C("Van 2011 earthquake: Ayşe Ertuş was pulled out of the Bayram Hotel rubble. TC 48271639508, SGK SGK 3482716. She's an interpreter herself now.", [('name', 'Ayşe Ertuş'), ('place', 'Bayram Hotel'), ('ssn', '48271639508'), ('health_plan', 'SGK 3482716')]),
    C('Amafufunyana in Xhosa and Zulu clients: a registrar diagnosed schizophrenia, the family called a sangoma, and the client stopped Risperdal 2 mg. Anyone with Eastern Cape experience who can share how they held both?'),
    C('Ramadan question: a client on Seroquel 100 mg wants to shift it to Suhoor for the month. The GP said fine, the pharmacist at Chemist Warehouse said ask the prescriber. What have others done with sedating meds through Taraweeh nights?'),
    C("Parent-Child Interaction Therapy with Samoan families: Sheila Eyberg's time-out rules clash with church norms. Has anyone adapted PCIT with Pasifika families in New Zealand, maybe with Le Va resources?"),
    C('Gas tragedy survivor of 1984, Hazra Bi, ninety-six at the last Eid, still in Jai Prakash Nagar Bhopal. Her grandson Shoaib Qureshi emails from shoaib.q.bpl@rediffmail.com.', [('name', 'Hazra Bi'), ('age_over_89', 'ninety-six at the last Eid'), ('place', 'Jai Prakash Nagar Bhopal'), ('name', 'Shoaib Qureshi'), ('email', 'shoaib.q.bpl@rediffmail.com')]),
    C('Chibok: Saratu Yakubu Ndirmbita, one of the returned girls, now at Mbalala Ward 4. Her BVN BVN 22482716395 is for the scholarship. Hausa and Kibaku.', [('name', 'Saratu Yakubu Ndirmbita'), ('place', 'Mbalala Ward 4'), ('account', 'BVN 22482716395')]),
    C("Licence renewal: Hana Yoshida-Park, NZ Psychologists Board practising certificate NZPB 82716. She's at Ponsonby Three Lamps.", [('name', 'Hana Yoshida-Park'), ('licence', 'NZPB 82716'), ('place', 'Ponsonby Three Lamps')]),
    C('Shakahola: Esther Kahindi Mwadime lost three children to the fasting cult. Now at Malindi Kakuyuni, phone 0722 482 716. Giriama and Swahili. Her husband still believes.', [('name', 'Esther Kahindi Mwadime'), ('place', 'Malindi Kakuyuni'), ('phone', '0722 482 716')]),
    C('Mandaean clients from Iraq in New South Wales: their Sunday baptisms sit with trauma memories of Iraq and Iran. Does any clinician here read Mandaic, or know the Sabian Mandaean Association?'),
    C('Interpreters again: Hazaragi versus Dari. TIS National sends Dari and my Afghan client answers in Hazaragi, and the HTQ loses nuance. Anyone know a Hazaragi-speaking counsellor in Victoria?'),
    C("Ethiopian Timkat and Meskel both fall in my client's worst months, January and September, when his brother disappeared in Tigray. Ambiguous Loss again. Do priests of the Ethiopian Orthodox Tewahedo Church help or hinder here?"),
    C('Iqama for the clinic: Rajesh Pillai Nair, 2398715046, a driver in the Eastern Province from Kerala. Bupa Arabia Bupa Arabia 48271639. Night panic; the sponsor pays for four sessions.', [('name', 'Rajesh Pillai Nair'), ('ssn', '2398715046'), ('health_plan', 'Bupa Arabia 48271639')]),
    C("Mai Mahiu flood, 2024: Joseph Kiarie Ndung'u, Kamuchiri Upper Village, Equity Bank Equity 0480 2716 39485 for the relief. Kikuyu. He lost his mother and goats.", [('name', "Joseph Kiarie Ndung'u"), ('place', 'Kamuchiri Upper Village'), ('account', 'Equity 0480 2716 39485')]),
    C("Ngaire Te Whata was flooded out in 2011 and again in the Murphys Creek Flat storm. Not much else to tell you except she's funny and furious.", [('name', 'Ngaire Te Whata'), ('place', 'Murphys Creek Flat')]),
    C('A question for Mongolian colleagues: Tsagaan Sar and the dzud winters push herder families into the city. Mongolian versions of the PHQ-9 exist through the WHO. Any groups in Mongolian online?'),
    C("Yalom's The Gift of Therapy (2001) says to check the here-and-now every session. With Arabic-speaking clients during Ramadan in the Emirates, is that cultural overreach? Comments from Gulf colleagues welcome."),
    C('Algeria: Kabylie fires of 2021. Lounes Aït Mansour, from Larbaâ Nath Irathen Ikhelidjen, watched a man lynched. NIN 109880482716350. Kabyle, French.', [('name', 'Lounes Aït Mansour'), ('place', 'Larbaâ Nath Irathen Ikhelidjen'), ('ssn', '109880482716350')]),
    C("A Japanese client in Western Australia talks about amae from Takeo Doi's The Anatomy of Dependence (1971). I find it lovely for attachment work beside Bowlby and Ainsworth. Would a Japanese-speaking supervisor fit better?"),
    C('Groote Schuur folder GS 04817263, Abdurahman Jacobs, Cape Malay, Bo-Kaap Wale Street top. Lithium 0.9, and Eid next week. Phone 021 482 7163.', [('medical_record', 'GS 04817263'), ('name', 'Abdurahman Jacobs'), ('place', 'Bo-Kaap Wale Street top'), ('phone', '021 482 7163')]),
    C('Khamphoui Sayavong from Ban Hinlat Tai lost cattle in the 2018 floods. Lao, some Thai. Would anyone with Lao language take a short consultation?', [('name', 'Khamphoui Sayavong'), ('place', 'Ban Hinlat Tai')]),
    C('Spravato session on Tuesday: 84 mg, BP 158/96 at 40 minutes, client dissociative for 70. TGA guidance says monitor for two hours. Does your clinic bill Medibank or Bupa for the observation time?'),
    C('Taiwan: Lin Yu-Chen, ID F224718395, NHI card 0000 4827 1639. The 2024 quake cracked her building at Hualien Tianwang Xingji block.', [('name', 'Lin Yu-Chen'), ('ssn', 'F224718395'), ('health_plan', '0000 4827 1639'), ('place', 'Hualien Tianwang Xingji block')]),
    C("Fax to the clinic: +27 21 938 4827, re Fatima Parker. Her GP's fax. Elsies River Halt Road.", [('fax', '+27 21 938 4827'), ('name', 'Fatima Parker'), ('place', 'Elsies River Halt Road')]),
    C("Holiday cover: I'm away over Eid al-Adha and again at Rosh Hashanah. Clients on Pristiq, Zoloft and Lamictal have crisis plans. Who in the peer group has Saturday openings in July?"),
    C('Zyprexa 10 mg plus Metformin 500 mg twice a day for weight; BMI from 24.2 to 29.8. The diabetes educator wants the client in a Diabetes Australia course. Any Arabic-language versions?'),
    C('Supervision reflection: I said inshallah back to a Somali client last Tuesday and she laughed. Is mirroring religious language authentic or performative? Kenneth Hardy and Resmaa Menakem would say it depends on my own work.'),
    C('Anyone use the Chinese EPDS with Cantonese speakers? Mandarin and Cantonese readers differ, and Traditional versus Simplified characters matter for Taiwanese clients. Which version does Perinatal Anxiety and Depression Australia hand out?'),
    C('Sri Lankan client Thevaki Sivanesan, NIC 198572304816, from Mullivaikkal Vattuvakal side. Her brother disappeared in 2009. Tamil only. She keeps a photo on her phone at all times.', [('name', 'Thevaki Sivanesan'), ('ssn', '198572304816'), ('place', 'Mullivaikkal Vattuvakal side')]),
    C('SA driver licence ZA 4827 0001 63KL for Sipho Ndlovu-Mahlangu, taxi driver from Mamelodi East Phase 2. Plate GP JH 48 KL. Taxi violence; his rank was shot up.', [('licence', 'ZA 4827 0001 63KL'), ('name', 'Sipho Ndlovu-Mahlangu'), ('place', 'Mamelodi East Phase 2'), ('vehicle', 'GP JH 48 KL')]),
    C('hey all, kahu rangiaho from otara bairds road end wants group work not 1:1, any Māori-led groups going down that way? she finished the ACC counselling last month', [('name', 'kahu rangiaho'), ('place', 'otara bairds road end')]),
    C('Ex-ADF client, Bradley Tamihana, PMKeyS 8427163, DVA white card DVA NX271649. After Afghanistan, drinking. Open Arms referral attached; fax (02) 4221 7380.', [('name', 'Bradley Tamihana'), ('ssn', '8427163'), ('health_plan', 'DVA NX271649'), ('fax', '(02) 4221 7380')]),
    C('Does anyone have CPT worksheets in Farsi or Dari? The 2017 manual by Resick, Monson and Chard lists translations, but not Dari. Our Victorian team has had an Afghan cohort since 2021.'),
    C("Tanzania: Neema Mushi Kimaro, NIDA 19850617-14112-00003-21, MV Nyerere capsizing, 2018, Ukara Bwisya landing. Plate T 482 DKL is her husband's truck. Chagga, Swahili.", [('name', 'Neema Mushi Kimaro'), ('ssn', '19850617-14112-00003-21'), ('place', 'Ukara Bwisya landing'), ('vehicle', 'T 482 DKL')]),
    C('Banda Aceh survivor from 2004, Cut Nyak Rahmawati Hasballah, now in Gampong Lampulo Dusun Teratai, NIK on the referral 1171046508820003. She lost four children. Her brother Teuku Zulfikar Hasballah translates.', [('name', 'Cut Nyak Rahmawati Hasballah'), ('place', 'Gampong Lampulo Dusun Teratai'), ('ssn', '1171046508820003'), ('name', 'Teuku Zulfikar Hasballah')]),
    C('Group flyer for Pasifika men is up at https://tagatatalanoa.org.nz/groups/men; Faleolo Tuimavave Iosefa will co-facilitate from Cannons Creek Bothwell Park.', [('url', 'https://tagatatalanoa.org.nz/groups/men'), ('name', 'Faleolo Tuimavave Iosefa'), ('place', 'Cannons Creek Bothwell Park')]),
    C('Kuwait: Lino Abraham Thomas, a driver, licence KW 482716305, who saw the Jleeb Al-Shuyoukh Block 4 fire.', [('name', 'Lino Abraham Thomas'), ('licence', 'KW 482716305'), ('place', 'Jleeb Al-Shuyoukh Block 4')]),
    C("Palexia 50 mg, OxyContin weaned, and the client's K10 up to 34. Chronic pain after a mine accident in Western Australia. ACT for pain from Vowles and McCracken; anyone dealt with WorkCover WA on this?"),
    C('Survivor of the 1988 gas attack, Nasrin Hama Karim, ninety this Nowruz, lives with her son in Sirwan Quarter Halabja. His email hawre.hamakarim@yahoo.com. Sorani Kurdish; she still smells apples.', [('name', 'Nasrin Hama Karim'), ('age_over_89', 'ninety this Nowruz'), ('place', 'Sirwan Quarter Halabja'), ('email', 'hawre.hamakarim@yahoo.com')]),
    C('Samoan measles outbreak of 2019: Faʻamatala Leaupepe lost twins and moved to Māngere Bridge Coronation Road end in 2022. ACC sensitive claim ACC 48271635. Her mother Losa Leaupepe comes to every session.', [('name', 'Faʻamatala Leaupepe'), ('place', 'Māngere Bridge Coronation Road end'), ('health_plan', 'ACC 48271635'), ('name', 'Losa Leaupepe')]),
    C('Oman: Salim bin Nasser Al-Habsi, civil ID 12847361, Cyclone Shaheen 2021 took the shop in Al-Khaboura Souq. Plate 48271 KB.', [('name', 'Salim bin Nasser Al-Habsi'), ('ssn', '12847361'), ('place', 'Al-Khaboura Souq'), ('vehicle', '48271 KB')]),
    C('Can I get a second opinion? Leilani Kaʻanapu, Hawaiian, was at Front Street Lahaina Harbor during the fire. Insulin pump Tandem t:slim X2 SN 48271639 lost. Her diabetes tanked with her mood.', [('name', 'Leilani Kaʻanapu'), ('place', 'Front Street Lahaina Harbor'), ('device', 'Tandem t:slim X2 SN 48271639')]),
    C("Ethics: Ghanaian clients in South Africa often ask me to pray with them. The PsySSA code, the HPCSA rules and my own Anglican upbringing pull different ways. Harold Koenig's research says it can help. Do you?"),
    C("Colleagues in Israel: since October the Natal hotline and ERAN have long waits. I'm volunteering Sunday and Thursday evenings in Hebrew and English. Any CPT or PE refresher materials you'd recommend?"),
    C("Yonatan Shapira, Netiv HaAsara's eastern row. Everyone there lost someone.", [('name', 'Yonatan Shapira'), ('place', "Netiv HaAsara's eastern row")]),
    C('The 2017 battle: Omar Salim Al-Jubouri was a teacher at Al-Zanjili secondary school. Iraqi unified card 197482716305. He walks the same route in his head every night.', [('name', 'Omar Salim Al-Jubouri'), ('place', 'Al-Zanjili secondary school'), ('ssn', '197482716305')]),
    C('Malawi: Chikondi Banda Phiri, the 2019 floods, Nsanje Bangula camp. Her goats, her husband. Chichewa.', [('name', 'Chikondi Banda Phiri'), ('place', 'Nsanje Bangula camp')]),
    C('Samer Qasrawi, Balata Camp Block 8, car plate Palestinian 4-8271-95. Teenager, anger, school refusal.', [('name', 'Samer Qasrawi'), ('place', 'Balata Camp Block 8'), ('vehicle', 'Palestinian 4-8271-95')]),
    C('Cape Town plate CA 482-716, Riaan Oosthuizen was hijacked at the Belhar Stellenbosch Arterial robot. Afrikaans. Nightmares.', [('vehicle', 'CA 482-716'), ('name', 'Riaan Oosthuizen'), ('place', 'Belhar Stellenbosch Arterial')]),
    C('ICD-11 CPTSD versus DSM-5-TR: Australian insurers like HCF accept DSM codes, but services in Indonesia and Thailand use ICD-11. How do you write reports for clients who move between systems?'),
    C('Sleep question: Stilnox 10 mg plus Valdoxan 25 mg for a Qantas cabin worker on long-haul rosters. ISI 22, Epworth 14. Would the This Way Up insomnia course from Australia be enough, or push for CBT-I in person?'),
    C("Driver's licence for Harriet Mavromatis is NSW 2148 7163 - the RMS letter says suspended after the crash on Pacific Highway at Ourimbah Creek. She's terrified of the court date, 14/04/2026.", [('name', 'Harriet Mavromatis'), ('licence', 'NSW 2148 7163'), ('place', 'Pacific Highway at Ourimbah Creek'), ('date', '14/04/2026')]),
    C("Eastern Ghouta, 2013: Rasha Al-Dimashqi, now in Sahab Industrial Camp, Jordan, UNHCR case UNHCR 373-13C08271. Her son's asthma and her guilt. Arabic only.", [('name', 'Rasha Al-Dimashqi'), ('place', 'Sahab Industrial Camp'), ('ssn', 'UNHCR 373-13C08271')]),
    C("Remeron 30 mg, weight up 7.4 kg since September, HbA1c 6.3%. Client is a Samoan pastor's wife and White Sunday catering is a big part of her year. Dietitian referral via a GP Management Plan? Thoughts on framing?"),
    C('The RCI register versus the NMC: can a clinical psychologist in Karnataka sign ESIC forms? My employer says only MBBS doctors can. Any lawyers in the IACP who know the Rehabilitation Council of India Act?'),
    C("Sudan: Amna Hassan Idris, fled the war to Wad Madani Daraja then to Egypt. Phone +249 91 248 2716. Hasn't heard from her husband.", [('name', 'Amna Hassan Idris'), ('place', 'Wad Madani Daraja'), ('phone', '+249 91 248 2716')]),
    C('sukhjit and neelam chawla, lajpat nagar II - both anxious about the adoption, neither sleeping.', [('name', 'sukhjit'), ('name', 'neelam chawla'), ('place', 'lajpat nagar II')]),
    C('Lithicarb level came back at 1.1 mmol/L, TSH 5.8, eGFR 62. The psychiatrist is on leave until after Easter. Would you flag this to the GP on Monday or wait? Client is stable on the YMRS at 4.'),
    C('Priyadarshini Raghunathan at the Toongabbie Girraween end, her Aadhaar 4827 1639 0512 came up because her parents are visiting from Tamil Nadu. Panic attacks at the temple.', [('name', 'Priyadarshini Raghunathan'), ('place', 'Toongabbie Girraween end'), ('ssn', '4827 1639 0512')]),
    C('Life Esidimeni family: Christine Nxumalo, ninety-two at Heritage Day, lost her sister. Lives at Ivory Park Ext 9 Kaalfontein side. Granddaughter phones from 082 481 7263.', [('name', 'Christine Nxumalo'), ('age_over_89', 'ninety-two at Heritage Day'), ('place', 'Ivory Park Ext 9 Kaalfontein side'), ('phone', '082 481 7263')]),
    C('AUBMC file AUBMC 01-842716 for Rita Kassab Haddad, who was at Karantina Silos road in 2020. The blast still shapes everything.', [('medical_record', 'AUBMC 01-842716'), ('name', 'Rita Kassab Haddad'), ('place', 'Karantina Silos road')]),
    C('Zimbabwe: Tatenda Moyo-Chikwanha, the 2008 cholera year, Budiriro 5B. EcoCash EcoCash 0772 482 716.', [('name', 'Tatenda Moyo-Chikwanha'), ('place', 'Budiriro 5B'), ('account', 'EcoCash 0772 482 716')]),
    C("Book club: Gabor Maté's The Myth of Normal (2022) left our group split. The Kenyan and Ugandan members liked the trauma lens; the Australian members found it sweeping. Next month, Judith Herman's Truth and Repair (2023)."),
    C('Hoping someone has the Arabic ITQ. The Phoenix Australia guidelines and the ISTSS 2018 recommendations both point to it for complex PTSD. Iraqi and Syrian clients in New South Wales mostly.'),
    C('Chris Hani Baragwanath CHBAH 48271639, Lerato Mokoena-Sibiya, Soweto Zola North. Fax the clinic at 011 933 8271. Postpartum psychosis, now on Risperdal.', [('medical_record', 'CHBAH 48271639'), ('name', 'Lerato Mokoena-Sibiya'), ('place', 'Soweto Zola North'), ('fax', '011 933 8271')]),
    C('Telehealth log: Kirra Wanganeen joined from 203.41.187.22 on Tuesday 3 March 2026, dropped twice. Her aunty was on the Nullarbor for Koonibba Mission funerals.', [('name', 'Kirra Wanganeen'), ('ip_address', '203.41.187.22'), ('date', 'Tuesday 3 March 2026'), ('place', 'Koonibba Mission')]),
    C('Trintellix 10 mg made my client nauseous until the third week. Her psychiatrist in Korea calls it Brintellix, same drug. Any tips from those who prescribe vortioxetine in Asia, especially with Korean or Japanese clients?'),
    C("A Korean student on Wellbutrin XL 150 mg says her BDI-II jumps every Chuseok and Seollal when she flies home to Korea. Has anyone used Daniel Siegel's window of tolerance framing with family-pressure cases like this?"),
    C('Siriraj file HN 62-148273, Pimchanok Srisuk, fax to +66 2 419 8271. Lives near the Bangkok Noi canal.', [('medical_record', 'HN 62-148273'), ('name', 'Pimchanok Srisuk'), ('fax', '+66 2 419 8271'), ('place', 'Bangkok Noi canal')]),
    C("Ativan 1 mg as needed, Rivotril at night, and now the GP adds Lyrica 75 mg. The client's AUDIT-C is 7. I'm worried about respiratory depression. Does the RACGP guidance on benzodiazepines say anything about pregabalin?"),
    C('Aboriginal and Torres Strait Islander client Ezekiel Nona from Wakaid village on Badu - IP 150.101.48.27 - joined by video from the Thursday Island clinic. PHQ-9 of 17. His language is Kala Lagaw Ya.', [('name', 'Ezekiel Nona'), ('place', 'Wakaid village on Badu'), ('ip_address', '150.101.48.27'), ('place', 'Thursday Island clinic')]),
    C('Hadassah HMO 4827163-9, Yosef Mengistu, Beta Israel, Kiryat Malakhi Neve Eliezer. Meuhedet Meuhedet 0482716. Amharic and Hebrew.', [('medical_record', 'HMO 4827163-9'), ('name', 'Yosef Mengistu'), ('place', 'Kiryat Malakhi Neve Eliezer'), ('health_plan', 'Meuhedet 0482716')]),
    C("Kfar Aza young generation neighbourhood, October 2023: Noa Ben-Ami Sasson hid for 20 hours. Teudat zehut? I won't send it here. Maccabi Maccabi 48271-6, Natal referral, Hebrew.", [('place', 'Kfar Aza young generation neighbourhood'), ('name', 'Noa Ben-Ami Sasson'), ('health_plan', 'Maccabi 48271-6')]),
    C("ICD shocks: Mustafa Rahimi, Boston Scientific Resonate SN 482716, shocked twice in the mosque during Jumu'ah. Now avoids prayer. Auburn Rawson Street mosque.", [('name', 'Mustafa Rahimi'), ('device', 'Boston Scientific Resonate SN 482716'), ('place', 'Auburn Rawson Street mosque')]),
    C('Korean driving licence 11-19-482716-83, Lee Min-jun, rear-ended in the rain near Suwon Ingye-dong. Whiplash, fear of driving.', [('licence', '11-19-482716-83'), ('name', 'Lee Min-jun'), ('place', 'Suwon Ingye-dong')]),
    C("Can someone cover Josaia Ravuvu while I'm away? He's a PALM worker at the Tarrawonga Meats plant, phone 0438 716 205, ID on his worker card PLM-4827163. Sleep is his main problem, not drink.", [('name', 'Josaia Ravuvu'), ('place', 'Tarrawonga Meats'), ('phone', '0438 716 205'), ('ssn', 'PLM-4827163')]),
    C('Yazidi client Khalida Murad Silo from Kocho southern quarter, UNHCR UNHCR 481-16C04827, now in Australia, Wodonga Baranduda. Sinjar 2014. Kurmanji interpreter booked.', [('name', 'Khalida Murad Silo'), ('place', 'Kocho southern quarter'), ('ssn', 'UNHCR 481-16C04827'), ('place', 'Wodonga Baranduda')]),
    C('Group IPT in the StrongMinds style: twelve weeks, Luganda facilitators, PHQ-9 cut-off of 10. Weissman and Klerman would barely recognise it. The Uganda results look strong; is anyone adapting it in Zambia?'),
    C('Our Gauteng practice is choosing between Discovery Health and Bonitas for the staff plan. GEMS pays psychologists at its own tariff. Does anyone know the PMB rules for major depression under the Medical Schemes Act?'),
    C('The 2023 plane crash: Binita Gurung Thapa lost her husband, a co-pilot. Lakeside Baidam Ward 6, phone +977 984-1827163. Sessions in Nepali.', [('name', 'Binita Gurung Thapa'), ('place', 'Lakeside Baidam Ward 6'), ('phone', '+977 984-1827163')]),
    C('Somalia: Zoobe bombing survivor Abdirahman Mohamed Warsame, Hodan KM4 junction. Dahabshiil eDahab 62 482 7163. His cousin in the US pays.', [('name', 'Abdirahman Mohamed Warsame'), ('place', 'Hodan KM4 junction'), ('account', 'eDahab 62 482 7163')]),
    C("I keep returning to Frantz Fanon's The Wretched of the Earth (1961) with Algerian and Sudanese clients in Western Australia. Is it too political to quote in session? Curious what APS ethics colleagues think."),
    C('Typhoon Haiyan: Rolando Dacanay Pacquing, a Waray fisherman from San Jose Anibong shore, is ninety-three by his barangay certificate and still counts the dead. His granddaughter asked us.', [('name', 'Rolando Dacanay Pacquing'), ('place', 'San Jose Anibong shore'), ('age_over_89', 'ninety-three by his barangay certificate')]),
    C('Lupe Faleafa Toleafoa is ninety-nine this White Sunday. Her grandson found her at Leone Falefa end.', [('name', 'Lupe Faleafa Toleafoa'), ('age_over_89', 'ninety-nine this White Sunday'), ('place', 'Leone Falefa end')]),
    C('Log: Siaosi Leota, 202.4.48.199, Samoa, dropped at minute 12. Rebooked for 24/02/2026.', [('name', 'Siaosi Leota'), ('ip_address', '202.4.48.199'), ('date', '24/02/2026')]),
    C('Black Saturday survivor Shane Oliphant, ninety on Christmas Eve, house at 146 Whittlesea-Kinglake Road. He calls the kids who died by their first names.', [('name', 'Shane Oliphant'), ('age_over_89', 'ninety on Christmas Eve'), ('street_address', '146 Whittlesea-Kinglake Road')]),
    C("Mourning practices: Hindu thirteen-day rites, Jewish shiva, Muslim forty days, Chinese forty-nine days. A client whose mother died in Malaysia asked which to follow; she's Peranakan and Catholic. Kübler-Ross is of no help here."),
    C("Black Saturday survivor, Maureen Tully-Harcourt, lost the farmhouse at Steels Creek Upper. Medicare 2948 17365 1, GP wants the K10 repeated before February. She's gentle but flat.", [('name', 'Maureen Tully-Harcourt'), ('place', 'Steels Creek Upper'), ('health_plan', '2948 17365 1')]),
    C("Dexcom G7 receiver SN 4827163920 alarms woke Liam Tuhoe-Barrett at school camp in Raglan Whāingaroa Harbour. He's embarrassed; diabetes burnout at 15.", [('device', 'SN 4827163920'), ('name', 'Liam Tuhoe-Barrett'), ('place', 'Raglan Whāingaroa Harbour')]),
    C('Cochlear implant Nucleus Kanso 2 serial 482716392 needs reprogramming; Aiko Wada-Thornton, 8, from Fitzroy North Clifton Hill edge. Selective mutism, school says.', [('device', 'Nucleus Kanso 2 serial 482716392'), ('name', 'Aiko Wada-Thornton'), ('place', 'Fitzroy North Clifton Hill edge')]),
    C('Sindh floods 2022, Marvi Soomro Jatoi from Mehar Goth Sabz Ali, CNIC 41204-8271639-2. JazzCash JazzCash 0300 4827163 for the relief transfer. Depressed, and her husband is in the Gulf.', [('name', 'Marvi Soomro Jatoi'), ('place', 'Mehar Goth Sabz Ali'), ('ssn', '41204-8271639-2'), ('account', 'JazzCash 0300 4827163')]),
    C("Antabuse 250 mg, and the client drank at a wedding in Punjab: chest pain, vomiting, a night in hospital in India. He's back in New Zealand and wants Naltrexone instead. Does Pharmac fund it for alcohol?"),
    C('Ethics: a Tongan client gave me a ngatu after her last session on Good Friday. The APS Code says small gifts are fine; this is not small in Tongan terms. Return it and offend, or keep it and document?'),
    C('Dementia services in Singapore: the AD8 and the MoCA in Mandarin, Malay and Tamil, and Dementia Singapore runs Hokkien groups. An Australian client wants to move her father there. Anything I should read?'),
    C('Cyclone Debbie remembered: Coral Pettigrew in Proserpine Lagoon Estate is a hundred and one by her Seniors Card, and her nephew asked if grief counselling at home is possible.', [('name', 'Coral Pettigrew'), ('place', 'Proserpine Lagoon Estate'), ('age_over_89', 'a hundred and one by her Seniors Card')]),
    C('Rana Darwish wants couples work with Elie Darwish; they met at Achrafieh Sassine Square.', [('name', 'Rana Darwish'), ('name', 'Elie Darwish'), ('place', 'Achrafieh Sassine Square')]),
    C('Referral, Singapore: Goh Wei Ling Cheryl, NRIC S8734219H, Blk 482 Tampines Ave 9 #11-207, Singapore 520482. Postnatal; EPDS 18. Her husband Ho Jun Kai is supportive.', [('name', 'Goh Wei Ling Cheryl'), ('ssn', 'S8734219H'), ('street_address', 'Blk 482 Tampines Ave 9 #11-207'), ('zip_code', '520482'), ('name', 'Ho Jun Kai')]),
    C('Philippine LTO licence D04-17-482716, jeepney driver Ernesto Bautista Lacson, from Barangay Tatalon Sitio Libis. Flood in the jeep, 2024.', [('licence', 'D04-17-482716'), ('name', 'Ernesto Bautista Lacson'), ('place', 'Barangay Tatalon Sitio Libis')]),
    C("Vyvanse 50 mg, Intuniv 2 mg, and a client who fasts for Lent and again during Ramadan with his wife's family. ASRS still high. Has anyone seen appetite suppression make fasting dangerous?"),
    C('Ayushman Bharat PM-JAY does not cover outpatient psychotherapy, Star Health only partly, and Niva Bupa wants an ICD-10 code on every invoice. How are colleagues in Maharashtra billing?'),
    C('Question on the Kessler 10: is the adapted K5 better for Torres Strait Islander clients? The Lowitja Institute and NACCHO both mention it, but the Queensland Health forms still ask for the K10.'),
    C("Nova festival survivor Itay Shalev-Kahlon, 24, car 73-481-26 left at the Re'im parking field. He bought a new one and can't drive south.", [('name', 'Itay Shalev-Kahlon'), ('vehicle', '73-481-26'), ('place', "Re'im parking field")]),
    C('Group for Filipino nurses in Saudi Arabia and Kuwait: night shifts, Tagalog and Bisaya, homesickness around Simbang Gabi and Christmas. Any Zoom slot that works across Asia? Saturday afternoons, maybe.'),
    C('The Bangla GAD-7 worked well with Bangladeshi garment workers in Jordan. Kaan Pete Roi, the Bangladeshi helpline, has evening volunteers. Is there a Bangla PCL-5 yet?'),
    C("WhatsApp therapy: Kenya's Data Protection Act 2019 and South Africa's POPIA both treat it carefully, and the HPCSA says encrypted platforms only. Is Signal better than Zoom for clients in Zimbabwe on Econet data?"),
    C('Appointment moved to Wednesday, 11 March for Olivia Tamatea. Her mum Roimata Tamatea will bring her.', [('date', 'Wednesday, 11 March'), ('name', 'Olivia Tamatea'), ('name', 'Roimata Tamatea')]),
    C("Quick note: I'm away Tuesday to Friday for the RANZCP congress. Urgent Lithium level queries go to your GP or Healthdirect. Back on Monday, unless Qantas cancels again."),
    C('Emirati colleagues: the UAE federal mental health law of 2023 changed involuntary admission rules. Does it affect private clinics licensed by the DHA, or only MOHAP hospitals?'),
    C('Kermanshah 2017 quake: Parvin Karimi Sarpol, Sarpol-e Zahab Fooladi, Her Amayesh card expired. Now in New South Wales. Kurdish Kalhori and Farsi.', [('name', 'Parvin Karimi Sarpol'), ('place', 'Sarpol-e Zahab Fooladi')]),
    C("EMDR with Yazidi women: Francine Shapiro's standard protocol felt too fast. The R-TEP from Elan Shapiro worked better with Kurmanji interpreting. Has anyone tried G-TEP in groups in Iraq or the Kurdistan Region?"),
    C('Te Reo Māori and Samoan versions of the Kessler 10: did Le Va publish one? Our Pacific team wants the Samoan version before Lotu Tamaiti in October.'),
    C('Korle Bu KBTH/PSY/2024/0817, Kwabena Asare Owusu, psychosis after cannabis. Lives at Mamprobi Chorkor end. MTN MoMo MoMo 024 817 2635 for fees.', [('medical_record', 'KBTH/PSY/2024/0817'), ('name', 'Kwabena Asare Owusu'), ('place', 'Mamprobi Chorkor end'), ('account', 'MoMo 024 817 2635')]),
    C('Philippines: Jericho Manalastas, PRC licence PRC 0048217, a nurse who worked the Tacloban Convention Center evacuation. Now in Saudi Arabia. Wants to talk about guilt.', [('name', 'Jericho Manalastas'), ('licence', 'PRC 0048217'), ('place', 'Tacloban Convention Center')]),
    C('For those working with Uyghur clients in Türkiye and Kazakhstan: Turkish and Kazakh interpreters are not Uyghur speakers. Any list of Uyghur-speaking therapists? I have only found Amnesty and the Uyghur Human Rights Project.'),
    C('Anyone tried Narrative Therapy as Michael White and David Epston set it out in Narrative Means to Therapeutic Ends (1990) with Sudanese teenagers? Dulwich Centre Publications runs a workshop in South Australia each October.'),
    C('Cyclone Kenneth: Amina Abdala Muhamadi, Ibo Island Rituto quarter, NUIT 104827563. She lived through the insurgency too. Kimwani and Portuguese.', [('name', 'Amina Abdala Muhamadi'), ('place', 'Ibo Island Rituto quarter'), ('ssn', '104827563')]),
    C("Clients from Myanmar now in Thailand speak Burmese, Karen or Shan. The IOM and UNHCR fund some counselling, and Thailand's Mental Health Act 2008 does not reach undocumented people. Options?"),
    C('Nguyen Huu Thanh, Vietnamese fisherman detained in Indonesia, now back at so 48 ngo 17 duong Le Loi, Phuong Vinh Ninh, Hue. CCCD 046088004521. Shame more than fear.', [('name', 'Nguyen Huu Thanh'), ('street_address', 'so 48 ngo 17 duong Le Loi'), ('place', 'Phuong Vinh Ninh'), ('place', 'Hue'), ('ssn', '046088004521')]),
    C('AHPRA registration PSY0002481736 for Ilse van Rensburg, new in our practice in Joondalup Currambine. Email ilse.vr@joondaluppsych.com.au.', [('licence', 'PSY0002481736'), ('name', 'Ilse van Rensburg'), ('place', 'Joondalup Currambine'), ('email', 'ilse.vr@joondaluppsych.com.au')]),
    C("Sinhala PHQ-9 versus the Sri Lankan Depression Scale? Also, Sumithrayo said they are short of Tamil volunteers before Vesak. If you're in Sri Lanka and can spare a Saturday, message me."),
    C("Solomon Islands family: Wilson Houaimane, Gladys Houaimane and their son, from Kilu'ufi Village in Malaita, staying with cousins in Mount Druitt Whalan. Dad is quiet, mum is running everything.", [('name', 'Wilson Houaimane'), ('name', 'Gladys Houaimane'), ('place', "Kilu'ufi Village"), ('place', 'Mount Druitt Whalan')]),
    C('Insulin pump Medtronic 780G SN NG4827163H lost in the KZN floods; Zanele Dlamini, T1D, 19, from Inanda Amaoti. HbA1c 11.4%. Depression.', [('device', 'Medtronic 780G SN NG4827163H'), ('name', 'Zanele Dlamini'), ('place', 'Inanda Amaoti')]),
    C('Please send the report to the Hamad General Hospital psychiatry office, fax +974 4439 8271, attention Dr. Moza Al-Kuwari. MRN HMC 4817263. Patient Rafiq Uddin Bhuiyan.', [('place', 'Hamad General Hospital'), ('fax', '+974 4439 8271'), ('name', 'Moza Al-Kuwari'), ('medical_record', 'HMC 4817263'), ('name', 'Rafiq Uddin Bhuiyan')]),
    C("After this year's bushfire season in Victoria and South Australia, peer group numbers doubled. Phoenix Australia's PFA course is free online. Who is running debriefs in February?"),
    C('HPCSA number PS 0148273, Thulani Mkhize, offers isiZulu supervision; book at https://thulanimkhize.co.za.', [('licence', 'PS 0148273'), ('name', 'Thulani Mkhize'), ('url', 'https://thulanimkhize.co.za')]),
    C('Afghan evacuee Fereshta Noorzai, tazkira 1399-0701-48271, now at Unit 12/4 Lalor Crescent, Noble Park East VIC 3174. She was a judge.', [('name', 'Fereshta Noorzai'), ('ssn', '1399-0701-48271'), ('street_address', 'Unit 12/4 Lalor Crescent'), ('place', 'Noble Park East'), ('zip_code', '3174')]),
    C("Wednesday group: Resmaa Menakem's My Grandmother's Hands (2017) with South African therapists. The Afrikaans and isiXhosa speakers read it very differently. Next up is Fanon's Black Skin, White Masks."),
    C("Iranian clients and Nowruz: Sizdah Bedar is when my client's grief peaks. I'm using Pauline Boss's Ambiguous Loss (1999) for a brother detained in Iran. Anyone have Farsi handouts from Phoenix Australia?"),
    C("Interpreted sessions in Swahili: the interpreter kept saying pole sana when I reflected feelings. Is that her or me? The AUSIT code says interpreters shouldn't add, but NAATI training differs a lot."),
    C('Thaipusam and Deepavali are our busiest weeks for Tamil families in Malaysia and Singapore, so I schedule around them. Do others track Hari Raya Aidilfitri and Chinese New Year for Malay and Chinese clients too?'),
    C('the kids from ferntree gully heights all go to the same school, kobe-lee and tilly mcnamara especially, and the bullying came after the 2024 shopping centre stabbing - mum says tiktok videos.', [('place', 'ferntree gully heights'), ('name', 'kobe-lee'), ('name', 'tilly mcnamara')]),
    C("Hearing aid Phonak Audéo serial 2148K27 broken at the border post; Gift Chikomba from Beitbridge Dulibadzimu. Cross-border trader. Now can't hear customers.", [('device', 'Phonak Audéo serial 2148K27'), ('name', 'Gift Chikomba'), ('place', 'Beitbridge Dulibadzimu')]),
    C('Ahmad Shah Wardak drives a cab. Gul Bibi Wardak is his mother. Both from Maidan Shahr Qala-e-Nau.', [('name', 'Ahmad Shah Wardak'), ('name', 'Gul Bibi Wardak'), ('place', 'Maidan Shahr Qala-e-Nau')]),
    C("Bereavement and Islamic law: a Somali mother in Kenya cannot visit her son's grave, and imams differ. I used Margaret Stroebe and Henk Schut's dual process model. Any Somali-speaking counsellors on the peer list?"),
    C("Sefo Aukuso plays rugby for Marist St Pats Evans Bay. He doesn't want his coach to know.", [('name', 'Sefo Aukuso'), ('place', 'Marist St Pats Evans Bay')]),
    C('Odisha: Pradeep Kumar Behera, lorry driver, plate OD 02 AK 4827, saw the Kalinga Nagar factory collapse. Odia only. He drinks now.', [('name', 'Pradeep Kumar Behera'), ('vehicle', 'OD 02 AK 4827')]),
    C("Anyone trained in Sue Johnson's EFT working with Filipino couples in the Gulf? Hold Me Tight (2008) exists in Tagalog now. PhilHealth won't cover couples work, Maxicare sometimes does, and Cigna wants a DSM-5 code."),
    C('CAMHS question: ADHD in Fiji Indian kids in Queensland. Are there Conners 3 parent forms in Hindi? Fiji Hindi differs. Does Multicultural Mental Health Australia have a glossary?'),
    C("Aroha Ngawati stays at Moerewa Pā with her uncle Hōne Tipene. He's the only one she trusts.", [('name', 'Aroha Ngawati'), ('place', 'Moerewa Pā'), ('name', 'Hōne Tipene')]),
    C('UAE plate Dubai O 48271, parked outside the Marina Promenade tower clinic - Jason Hartley-Okafor says he was followed.', [('vehicle', 'Dubai O 48271'), ('place', 'Marina Promenade tower'), ('name', 'Jason Hartley-Okafor')]),
    C("The 2015 fire and flood in Ghana's capital: Akosua Asantewaa Bonsu, Kwame Nkrumah Circle Odawna. NHIS NHIS 48271635, Ghana Post GPS GA-482-7163. She sold water at the filling station.", [('name', 'Akosua Asantewaa Bonsu'), ('place', 'Kwame Nkrumah Circle Odawna'), ('health_plan', 'NHIS 48271635'), ('street_address', 'GA-482-7163')]),
    C("Vikram Patel's HAP trial in Goa used lay counsellors; we're adapting it for Nepal with TPO Nepal. The Nepali scripts should be ready by Dashain. Anyone keen to review the Maithili version?"),
    C('Kaupapa Māori supervision: is it okay that I, Pākehā, open with karakia? My supervisor from Te Pou says ask the client. Simple enough, but the NZAC code also names Te Tiriti o Waitangi obligations.'),
    C('The ATSISPEP report from 2016, led by Pat Dudgeon, has good cultural safety guidance. Our clinic in Western Australia uses it with Noongar clients. Is there anything newer from the Healing Foundation?'),
    C('Does anyone have the Amharic PCL-5 or the Tigrinya HTQ? We have a family from Ethiopia arriving through the Humanitarian Program in March, and STARTTS only had the Arabic and Farsi versions on hand.'),
    C('aigerim temirbekova from almaty orbita-2, lowercase in her email too, asked for a Russian-speaking therapist.', [('name', 'aigerim temirbekova'), ('place', 'almaty orbita-2')]),
    C('Stimulant shortages: Concerta 54 mg has been scarce in New Zealand since March, and Medsafe approved a substitute. Clients with ADHD are struggling and ASRS scores are up across the board.'),
    C("Rohingya again: Nur Kalima Begum in Camp 15 Jamtoli Block C, FCN FCN 148271639. She's a midwife in the camp. Burnout more than PTSD.", [('name', 'Nur Kalima Begum'), ('place', 'Camp 15 Jamtoli Block C'), ('ssn', 'FCN 148271639')]),
    C("Thursday's case conference topic is kiasu and face in Singaporean families. Not a syndrome, but parents bring it. The Singapore Association for Mental Health gives a talk on it in Mandarin and English in November."),
    C('Please note Wayanad landslide survivor Sajna Muhammed Kutty from Chooralmala Mundakkai road - PIN 673577, mobile +91 94470 82163. Malayalam only. Her father and two sons are missing.', [('name', 'Sajna Muhammed Kutty'), ('place', 'Chooralmala Mundakkai road'), ('zip_code', '673577'), ('phone', '+91 94470 82163')]),
    C('Medevac from PNG: Ruth Kaupa-Wamp, her PNG NID 48271-6390 was all the clinic had. From Gerehu Stage 2 Hohola side.', [('name', 'Ruth Kaupa-Wamp'), ('ssn', 'PNG NID 48271-6390'), ('place', 'Gerehu Stage 2 Hohola side')]),
    C('Bangladesh: Sumaiya Akter Mim, survivor of the Bailey Road Green Cozy Cottage fire, 2024. Nagad Nagad 01711-482716. She was at the restaurant for a birthday.', [('name', 'Sumaiya Akter Mim'), ('place', 'Bailey Road Green Cozy Cottage'), ('account', 'Nagad 01711-482716')]),
    C('Sewol ferry anniversary: Kim Ha-eun was a classmate. RRN on the hospital form 990412-2481736, NHIS NHIS 5-4827163920. She calls every April to cancel.', [('name', 'Kim Ha-eun'), ('ssn', '990412-2481736'), ('health_plan', 'NHIS 5-4827163920')]),
    C('Grandmothers on the Friendship Bench in Zimbabwe now follow up on WhatsApp, but Econet bundles are dear. MSF and the WHO fund airtime in some districts. Has anyone costed this for Malawi or Mozambique?'),
    C("Tevita Kupu Havili from the 2021 riots in Solomon Islands, now in Waterford West Kingston Road end. Works nights at a warehouse. email tevita.havili88@bigpond.com. Wants help with anger before his son's christening.", [('name', 'Tevita Kupu Havili'), ('place', 'Waterford West Kingston Road end'), ('email', 'tevita.havili88@bigpond.com')]),
    C('Palu 2018: Ni Wayan Sulastri was at the Petobo liquefaction zone when the ground moved. Now at Jl. Kenanga Raya No. 48, RT 004/RW 011, Bandung 40123. Recurrent dreams of mud.', [('name', 'Ni Wayan Sulastri'), ('place', 'Petobo liquefaction zone'), ('street_address', 'Jl. Kenanga Raya No. 48, RT 004/RW 011'), ('place', 'Bandung'), ('zip_code', '40123')]),
    C('Ethiopian Jewish clients, the Beta Israel, in our Israeli clinic often refuse the Hebrew BDI-II; Amharic versions exist. Sigd, their holiday in November, is when they feel most seen.'),
    C("Wongani Mhango was a nurse at Mzuzu Katoto clinic. Now she can't go into any clinic.", [('name', 'Wongani Mhango'), ('place', 'Mzuzu Katoto clinic')]),
    C("After the pager explosions in Lebanon, our Lebanese-Australian clients have filled the Arabic-language groups. I'm using Hobfoll's five principles and PFA from the WHO. Is it too soon for TF-CBT with the teenagers?"),
    C('The 1996 anniversary week again. Desmond Pybus is ninety-two this coming Anzac Day and still tells the cafe story. His daughter Lorraine Pybus-Kerr brings him from Nubeena Bay Road end.', [('name', 'Desmond Pybus'), ('age_over_89', 'ninety-two this coming Anzac Day'), ('name', 'Lorraine Pybus-Kerr'), ('place', 'Nubeena Bay Road end')]),
    C('Fukushima evacuee Sato Michiko, kyūjūyon, ninety-four, at Obon, moved from Namie Ukedo district to temporary housing and never went back. Her son says she talks to the sea.', [('name', 'Sato Michiko'), ('age_over_89', 'kyūjūyon, ninety-four, at Obon'), ('place', 'Namie Ukedo district')]),
    C("Insurer chaos: nib, Medibank and Bupa all changed their psychology extras in July, and most clients now pay the gap. The Medicare rebate is the only constant. Anyone else's Monday full of billing calls?"),
    C('Songkran week: three Thai clients cancelled and one relapsed on yaba. The Thai Department of Mental Health hotline was busy all Saturday. Does anyone run Matrix Model groups in Thai?'),
    C('The 2011 quake, the CTV collapse: Yuki Ishimaru, a student then, now y.ishimaru@waikato-mail.co.nz. Her Japanese family still asks her to come home. Noto quake in 2024 brought it back.', [('name', 'Yuki Ishimaru'), ('email', 'y.ishimaru@waikato-mail.co.nz')]),
    C('Mukami Njoroge is quiet. Her mother Wambui Njoroge Kariuki did the talking. Kiambu Ruaka Banana Hill.', [('name', 'Mukami Njoroge'), ('name', 'Wambui Njoroge Kariuki'), ('place', 'Kiambu Ruaka Banana Hill')]),
    C('Gaza: Aya Abu Sitta, Palestinian ID 941827356, from Khan Younis Bani Suheila, now in Egypt, mobile +20 101 482 7163.', [('name', 'Aya Abu Sitta'), ('ssn', '941827356'), ('place', 'Khan Younis Bani Suheila'), ('phone', '+20 101 482 7163')]),
    C('Session booked via https://calendly.com/dr-ngozi-eze/consult by Emeka Nwankwo from Owerri Ikenegbu Layout. He wants to talk about his father.', [('url', 'https://calendly.com/dr-ngozi-eze/consult'), ('name', 'Emeka Nwankwo'), ('place', 'Owerri Ikenegbu Layout')]),
    C('Myanmar quake 2025: Ma Thandar Hlaing was at Sky Villa Condominium when it fell. Wave money WavePay 09 7821 48263. Upper Myanmar Burmese, cries when she hears sirens.', [('name', 'Thandar Hlaing'), ('place', 'Sky Villa Condominium'), ('account', 'WavePay 09 7821 48263')]),
    C('Lamictal titration: 25 mg for two weeks, 50 mg for two, then 100 mg, halved for my client because she is on Epilim. Therapeutic Guidelines says the same. Tegretol rash risk is higher in some Asian groups, though.'),
    C('Champix 1 mg twice daily for an iTaukei client whose kava use keeps his GGT at 98. Kava is not tobacco, but the Fiji Ministry of Health now flags heavy use. How would you frame it?'),
    C('Burnout check: after the Christmas and Boxing Day rosters our team is running on Nespresso and Panadol. Lifeline and Beyond Blue referrals doubled in January. How are other private practices in New South Wales coping?'),
    C("Booking page: https://halo-psych.com.au/book?clinician=ltaufa for Lesieli Taufa in Bankstown Yagoona North. She's taking Tongan-speaking clients from March.", [('url', 'https://halo-psych.com.au/book?clinician=ltaufa'), ('name', 'Lesieli Taufa'), ('place', 'Bankstown Yagoona North')]),
    C('Telehealth to Papua New Guinea drops every ten minutes and Digicel data is expensive. MindSpot is Australia-only. Is there anything like the WHO Step-by-Step app in Tok Pisin?'),
    C('Clinic fax +968 2448 2716, for Maryam Al-Raisi, 34, bipolar II, Lamictal 200 mg. Her mother Shamsa Al-Raisi is ninety-four at Eid al-Fitr.', [('fax', '+968 2448 2716'), ('name', 'Maryam Al-Raisi'), ('name', 'Shamsa Al-Raisi'), ('age_over_89', 'ninety-four at Eid al-Fitr')]),
    C('Indian Psychiatric Society guidance on ECT under the Mental Healthcare Act 2017: modified ECT only, with anaesthesia. Kerala colleagues say private clinics still vary. Any Tamil Nadu audits?'),
    C('Client Shadi Rahimi logged in from 5.160.48.217 (VPN off). I told him to turn it back on. Anxious about the security services.', [('name', 'Shadi Rahimi'), ('ip_address', '5.160.48.217')]),
    C('The SRQ-20 cut-off in our Amharic pilot was 8, higher than the WHO suggests, and Oromo speakers scored lower. Has the Ethiopian Ministry of Health published guidance since the mhGAP rollout?'),
    C('Telehealth log for Mutinta Hachinene: 41.79.48.216, Mon 16 Feb 2026, link dropped three times. Power cuts again.', [('name', 'Mutinta Hachinene'), ('ip_address', '41.79.48.216'), ('date', 'Mon 16 Feb 2026')]),
    C('A question for Bhutanese-Nepali colleagues in South Australia: Dashain and Tihar come in October and many older Lhotshampa clients stop their Sertraline. Do you adjust plans?'),
    C('The Aboriginal Interpreter Service in the Northern Territory books Kriol and Yolŋu Matha interpreters a week ahead. Is a telehealth session with an interpreter billable under Medicare?'),
    C('Hong Kong: Chan Ka Yan, HKID Y482716(3), Queen Mary file HN08172635(4). She left after 2020; lives in Tseung Kwan O Hang Hau with her mother.', [('name', 'Chan Ka Yan'), ('ssn', 'Y482716(3)'), ('medical_record', 'HN08172635(4)'), ('place', 'Tseung Kwan O Hang Hau')]),
    C('NZ IRD number 094-281-736 needed for the WINZ letter, client is Ana Lolohea Fifita at 3 Puriri Place, Ōtāhuhu Station Road end 1061.', [('ssn', '094-281-736'), ('name', 'Ana Lolohea Fifita'), ('street_address', '3 Puriri Place'), ('place', 'Ōtāhuhu Station Road end'), ('zip_code', '1061')]),
    C('Daylight saving ends in April in New South Wales and my ADHD clients on Ritalin LA turn up late all week. Not clinical, just Monday grumbling.'),
    C('Garissa University attack, 2015: Purity Chepkoech Langat, then a nursing student, now at Kericho Kapsoit. Kenyan ID 31847206, SHA SHA-4827163905. She hears gunfire in thunder.', [('name', 'Purity Chepkoech Langat'), ('place', 'Kericho Kapsoit'), ('ssn', '31847206'), ('health_plan', 'SHA-4827163905')]),
    C('A Chinese international student in South Australia on Lexapro 10 mg asked whether I report to the Chinese Embassy. No! But her fear of WeChat being watched is real. TEQSA, university counselling and the Privacy Act 1988 all matter.'),
    C('Consultation site for Arabic speakers: https://sakina-counselling.ae/ar/booking, run by Huda Al-Mansoori from Al Mushrif Villas. Worth listing?', [('url', 'https://sakina-counselling.ae/ar/booking'), ('name', 'Huda Al-Mansoori'), ('place', 'Al Mushrif Villas')]),
    C('Has anyone used the Cambodian version of the Harvard Trauma Questionnaire with Khmer elders in Victoria? Richard Mollica developed it. Older clients want to talk about Pol Pot, not symptoms.'),
    C('Hunza glacier flood: Sultan Baig of Hassanabad Upper Mohalla, GLT-482 jeep, lost the apricot orchard. Burushaski speaker; his Urdu is fine for sessions.', [('name', 'Sultan Baig'), ('place', 'Hassanabad Upper Mohalla'), ('vehicle', 'GLT-482')]),
    C("Ozempic 1 mg, a Mounjaro trial pending, and binge eating with an EDE-Q global of 3.9. The client in Victoria says Medicare won't help without type 2 diabetes. Is the Butterfly Foundation group worth it?"),
    C("Omnipod PDM PDM SN 48271-63920 stolen with Priyanka Khurana's bag at Harris Park Wigram Street. Panic, plus diabetes.", [('device', 'PDM SN 48271-63920'), ('name', 'Priyanka Khurana'), ('place', 'Harris Park Wigram Street')]),
    C("Someone asked for culturally adapted CBT for Pakistani mothers: Atif Rahman's Thinking Healthy Programme (The Lancet, 2008) is the place to start. The WHO manual is free and the Urdu version reads well."),
    C('Fax for Te Whatu Ora: 09 307 4827, for Sione Maka Lavaka. Ōtara East Tamaki Road end address on file.', [('fax', '09 307 4827'), ('name', 'Sione Maka Lavaka'), ('place', 'Ōtara East Tamaki Road end')]),
    C('Gottman Method with Israeli couples: the Four Horsemen translated into Hebrew, and reserve duty means months apart. Miluim strain is a clinical topic now. Any Hebrew-speaking Gottman-certified therapists?'),
    C("Consent form from Awhina Parata-Goodall, 28 Hui-tanguru 2026, and her nan's ninety-first Matariki is in June. She wants the session moved to fit the tangi.", [('name', 'Awhina Parata-Goodall'), ('date', '28 Hui-tanguru 2026'), ('age_over_89', 'ninety-first Matariki')]),
    C('This is Park Da-som, from the Osong underpass flood, car 12ga 4827 submerged. Korean, some English.', [('name', 'Park Da-som'), ('place', 'Osong underpass'), ('vehicle', '12ga 4827')]),
    C('Chinese student Wang Zihan at the university here, WeChat ID wxid_4827163zh, asked to pay the invoice by WeChat Pay. Anxiety, homesickness, and a dog back in Sichuan.', [('name', 'Wang Zihan'), ('account', 'wxid_4827163zh')]),
    C('Iran: Shirin Sadeghi Niknam, Ekbatan Phase 3 Block C4, postal code 1394814716. Woman, Life, Freedom protests, 2022. Now in Victoria. Farsi.', [('name', 'Shirin Sadeghi Niknam'), ('place', 'Ekbatan Phase 3 Block C4'), ('zip_code', '1394814716')]),
    C('Cambodian garment worker Sokha Chhorn, ABA account ABA 000 482 716 for wage loss. This is the Kandal Stung factory fainting wave. Khmer only.', [('name', 'Sokha Chhorn'), ('account', 'ABA 000 482 716'), ('place', 'Kandal Stung factory')]),
    C('Borneo referral: Jimbai anak Sulang, Iban, longhouse at Rumah Jimbai Ulu Kanowit. His phone 013-848 2716. Sarawak dialect of Iban; a nephew interprets.', [('name', 'Jimbai anak Sulang'), ('place', 'Rumah Jimbai Ulu Kanowit'), ('phone', '013-848 2716')]),
    C('Email from Kalinda Nunggarrgalu at kalinda.n@yolnguhealth.org.au: her community lost three young men this year.', [('name', 'Kalinda Nunggarrgalu'), ('email', 'kalinda.n@yolnguhealth.org.au')]),
    C('Bhutanese refugee Dil Kumari Rai, ninety-five this Dashain, from Beldangi II camp to South Australia, speaks Nepali. Granddaughter Sangita Rai interprets; email sangita.rai.sa@outlook.com.', [('name', 'Dil Kumari Rai'), ('age_over_89', 'ninety-five this Dashain'), ('place', 'Beldangi II camp'), ('name', 'Sangita Rai'), ('email', 'sangita.rai.sa@outlook.com')]),
    C('kossi agbodjan again, from bè kpota ahligo side. he has stopped his olanzapine.', [('name', 'kossi agbodjan'), ('place', 'bè kpota ahligo side')]),
    C('Israeli psychologist licence 27-48163, Tamar Goldfarb-Ezra, wants to join the peer group. Her email tamar.ge.psy@gmail.com, website www.tamargoldfarb-therapy.co.il.', [('licence', '27-48163'), ('name', 'Tamar Goldfarb-Ezra'), ('email', 'tamar.ge.psy@gmail.com'), ('url', 'www.tamargoldfarb-therapy.co.il')]),
    C('Referral letter 1404/08/15 from a clinic in Fars for Behnaz Ghaffari, Maaliabad Golestan, Tamin Ejtemaei Tamin 48271639. Bipolar I, lithium.', [('date', '1404/08/15'), ('name', 'Behnaz Ghaffari'), ('place', 'Maaliabad Golestan'), ('health_plan', 'Tamin 48271639')]),
    C('For colleagues in Türkiye: after the earthquakes, AFAD and the Turkish Psychological Association ran PFA trainings. Are Turkish and Arabic-speaking counsellors still needed for Syrian families in the south-east?'),
    C("Jarrah Coulthard-Ling, Adnyamathanha, from Nepabunna Community; Medicare 3719 48265 1 and DVA DVA Gold Card SX482716 (grandfather's entitlement transferred? I doubt it, checking).", [('name', 'Jarrah Coulthard-Ling'), ('place', 'Nepabunna Community'), ('health_plan', '3719 48265 1'), ('health_plan', 'DVA Gold Card SX482716')]),
    C('Hearing and house both gone for Walter Grech in Wollombi Valley, cochlear processor serial Nucleus 8 SN 4827163920 soaked during the Hunter floods. Processing loss of hearing and house.', [('name', 'Walter Grech'), ('place', 'Wollombi Valley'), ('device', 'Nucleus 8 SN 4827163920')]),
    C('Does anyone have a Bislama or Tok Pisin version of the PHQ-9? We see PALM scheme workers from Vanuatu and Papua New Guinea at meatworks in Queensland, and the K10 in English does not land.'),
    C('An Indonesian client loves Nyepi, the Balinese day of silence, fully offline. Could a Hindu ritual serve as a behavioural experiment for her phone anxiety? Jon Kabat-Zinn would probably approve.'),
    C("Reading Dikgang Moseneke's arbitration award with our Gauteng team. The Health Ombud report still shapes how we discharge clients on a Clopixol depot. Anyone going to the SASOP congress in September?"),
    C("Rawiri Hohaia wants me to send invoices to his employer, payroll@tairawhitiforestry.nz - no. Cyclone Bola was his grandfather's story; this is Tokomaru Bay Waima end, and the 2023 slip.", [('name', 'Rawiri Hohaia'), ('email', 'payroll@tairawhitiforestry.nz'), ('place', 'Tokomaru Bay Waima end')]),
    C('Portal access for Yaw Boateng-Darko from 154.160.27.48 on 02/03/2026. Locked out twice.', [('name', 'Yaw Boateng-Darko'), ('ip_address', '154.160.27.48'), ('date', '02/03/2026')]),
    C("Te Reo question: is it whānau hui or just hui for a family meeting under the Mental Health (Compulsory Assessment and Treatment) Act 1992? I don't want to sound tokenistic with Ngāpuhi whānau in Northland."),
    C('Tomasi Naivalu Seruvatu from Nabua Lands Settlement. Tells the same story each week about the flood.', [('name', 'Tomasi Naivalu Seruvatu'), ('place', 'Nabua Lands Settlement')]),
    C('Zambia: Chilufya Mwansa, NRC 482716/64/1, Kanyama Compound Zone 6, cholera outbreak 2024 lost her baby. Bemba. Airtel Money Airtel 097 482 7163.', [('name', 'Chilufya Mwansa'), ('ssn', '482716/64/1'), ('place', 'Kanyama Compound Zone 6'), ('account', 'Airtel 097 482 7163')]),
    C('Akathisia on Abilify 10 mg, a Barnes score of 3, and a Nepali student who thinks it is a curse. Propranolol 10 mg helped by Friday. Explaining side effects in Nepali through an interpreter took most of the session.'),
    C('Can someone in Batangas see Analyn Dimaculangan? Taal evacuation, livestock lost, SSS 34-5678912-4, mobile 0917 482 6031. She lives at Barangay Bilibinwang now.', [('name', 'Analyn Dimaculangan'), ('ssn', '34-5678912-4'), ('phone', '0917 482 6031'), ('place', 'Barangay Bilibinwang')]),
    C("Reading Thich Nhat Hanh's The Miracle of Mindfulness with a Vietnamese client before Tết: her mother's altar, incense and phở on the death anniversary. She feels Buddhist again after years of Catholicism."),
    C('Circadin 2 mg and sleep restriction from the CBT-I manual by Perlis, Jungquist, Smith and Posner. Client is a Hindu priest who wakes at four for puja. Any way to fit CBT-I around Brahma muhurta?'),
    C('Marawi siege evacuee Norhaina Macarambon from Barangay Lilod Madaya is in Iligan Tambo Hinaplanon with her aunt. PhilSys PSN 4821-7730-5516-0932. She speaks Maranao and some Tagalog.', [('name', 'Norhaina Macarambon'), ('place', 'Barangay Lilod Madaya'), ('place', 'Iligan Tambo Hinaplanon'), ('ssn', '4821-7730-5516-0932')]),
    C('Sione Fonua, cleared after the Tonga eruption, staying at Kolonga Hihifo. His cousin Viliami Fonua Kata got him to call, from +676 778 4821. We talked about ashfall and fishing.', [('name', 'Sione Fonua'), ('place', 'Kolonga Hihifo'), ('name', 'Viliami Fonua Kata'), ('phone', '+676 778 4821')]),
    C("Urumqi fire of 2022: Mehrigul Tursun, Uyghur, now in Zeytinburnu Kazlıçeşme with a Turkish residence card YKN 99482716350. She won't say much on Zoom.", [('name', 'Mehrigul Tursun'), ('place', 'Zeytinburnu Kazlıçeşme'), ('ssn', 'YKN 99482716350')]),
    C('Noto quake: Nakamura Haruto and his Vietnamese wife Tran Thi Ngoc Diep, residence card UH48217396JA. They ran a ryokan in Wajima Asaichi Kawai-machi 2-chōme.', [('name', 'Nakamura Haruto'), ('name', 'Tran Thi Ngoc Diep'), ('ssn', 'UH48217396JA'), ('place', 'Wajima Asaichi Kawai-machi 2-chōme')]),
    C('Honour-based abuse training from Karma Nirvana felt too British for our Punjabi and Pashtun clients in Queensland. Any Australian resources? inTouch Multicultural Centre Against Family Violence has some.'),
    C('Pchum Ben and the Hungry Ghost Festival both came up this month with Khmer and Chinese-Malaysian clients: ancestors visiting. Framing it as grief ritual rather than psychosis seems obvious, but the registrar charted hallucinations. Arthur Kleinman would despair.'),
    C('Prozac liquid 10 mg for a 12-year-old; CDI-2 score 24; a mother worried that Nigerian pastors will call it witchcraft. Has anyone written psychoeducation in Yoruba or Igbo?'),
    C('CPAP ResMed AirSense 11 SN 23184827163 - Gerrit Swanepoel, Brackenfell Kleinbosch, load-shedding nights wake him up gasping. Stage 6 is his trauma now.', [('device', 'ResMed AirSense 11 SN 23184827163'), ('name', 'Gerrit Swanepoel'), ('place', 'Brackenfell Kleinbosch')]),
    C('Ibrahim Ag Mohamed Ahmed, Tuareg, Kidal Aliou quarter. He says the desert is his therapy.', [('name', 'Ibrahim Ag Mohamed Ahmed'), ('place', 'Kidal Aliou quarter')]),
    C("Vehicle in the Wieambilla inquest notes: QLD 482 KTZ; our client Corbin Lethbridge was a neighbour. Not a witness, but he's not sleeping. ANZAC Day is his trigger now.", [('vehicle', 'QLD 482 KTZ'), ('name', 'Corbin Lethbridge')]),
    C('Japanese lorry driver Fujita Kenji, licence 3048 2716 3900, He drove the Noto supply convoy in 2024. Nightmares of cracked roads near Anamizu Omachi.', [('name', 'Fujita Kenji'), ('licence', '3048 2716 3900'), ('place', 'Anamizu Omachi')]),
    C("Friendship Bench training notes: Dixon Chibanda's 2016 JAMA trial, the Shona terms, and how the grandmothers adapted Problem Solving Therapy. The Zimbabwe model is being piloted in Malawi and Kenya now."),
    C('Adjoa Frimpong and Kweku Frimpong are the parents; Abenaa Kakra is the child. All three from Kasoa Old Barrier.', [('name', 'Adjoa Frimpong'), ('name', 'Kweku Frimpong'), ('name', 'Abenaa Kakra'), ('place', 'Kasoa Old Barrier')]),
    C('Headspace versus Orygen pathways for a Yolŋu teenager: her family want care on Country in the Northern Territory, and the Medicare telehealth rules changed in July. Any advice from AMSANT services?'),
    C('Mahmoud Al-Khatib Darwish, a Palestinian-Australian bakery owner at Lakemba Haldon Street corner, since the war on Gaza barely sleeps. ABN 48 271 639 805 came up because he wants invoices in the business name, which I declined.', [('name', 'Mahmoud Al-Khatib Darwish'), ('place', 'Lakemba Haldon Street corner'), ('account', '48 271 639 805')]),
    C("Rambam referral: Suad Kheir, Druze, from Daliyat al-Karmel Wadi, MRN RMB-0048271639, Clalit. Her son serves; she hasn't slept since October.", [('name', 'Suad Kheir'), ('place', 'Daliyat al-Karmel Wadi'), ('medical_record', 'RMB-0048271639')]),
    C('Dubai DHA licence DHA-P-0048271 for Sneha Pereira, Goan, working at Al Barsha Heights clinic; she wants to join our Thursday supervision.', [('licence', 'DHA-P-0048271'), ('name', 'Sneha Pereira'), ('place', 'Al Barsha Heights clinic')]),
    C("Buvidal weekly versus Sublocade monthly: clients in New Zealand report fewer pharmacy visits on depot. One client's Suboxone film is being stopped. Does Pharmac fund both, or only Buvidal?"),
    C('Tygerberg file TBH 3482716, Chantelle Fredericks, Bishop Lavis Valhalla Park, gang shooting witness. GEMS GEMS 004827163. Afrikaans, Kaaps.', [('medical_record', 'TBH 3482716'), ('name', 'Chantelle Fredericks'), ('place', 'Bishop Lavis Valhalla Park'), ('health_plan', 'GEMS 004827163')]),
    C('Farzaneh Azimi, Hazara, in Golshahr Mashhad, Amayesh AM-4827163905. Deportation fear. Call from +98 915 482 7163.', [('name', 'Farzaneh Azimi'), ('place', 'Golshahr Mashhad'), ('ssn', 'AM-4827163905'), ('phone', '+98 915 482 7163')]),
    C('The Mental Healthcare Act 2017 in India gives advance directives real teeth. Has anyone seen one used in practice? I am writing a piece for the IACP newsletter and would love Karnataka or Kerala examples, with no details.'),
    C("Egyptian psychiatrist Dr. Karim El-Sherbiny's fax is +20 2 2482 7163 for the Abbassia clinic letter. Sorry for the public post, inbox is down.", [('name', 'Karim El-Sherbiny'), ('fax', '+20 2 2482 7163'), ('place', 'Abbassia clinic')]),
    C('Nigeria plate KJA 482 GT, Chiamaka Okonkwo - one-chance robbery on Third Mainland Bridge. Nightmares, no sleep.', [('vehicle', 'KJA 482 GT'), ('name', 'Chiamaka Okonkwo'), ('place', 'Third Mainland Bridge')]),
    C("The intake form is at https://forms.office.com/r/K8zQ4827Tm - Bongani Sithole-Mabuza, please don't share it on the Facebook page again.", [('url', 'https://forms.office.com/r/K8zQ4827Tm'), ('name', 'Bongani Sithole-Mabuza')]),
    C('The Uganda Mental Health Act 2018 replaced the 1964 law. Peer support groups in Luganda and Runyankole are growing. Anyone from BasicNeeds or StrongMinds want to present at our April meeting?'),
    C('İzmit, 1999: Mehmet Kocabaş, doksan bir, ninety-one, on Kurban Bayramı, at Gölcük Değirmendere. His granddaughter rings from +90 532 482 7163.', [('place', 'İzmit'), ('name', 'Mehmet Kocabaş'), ('age_over_89', 'doksan bir, ninety-one, on Kurban Bayramı'), ('place', 'Gölcük Değirmendere'), ('phone', '+90 532 482 7163')]),
    C('Gwen Oakeshott, ninety-eight come Melbourne Cup, still does the crossword and is grieving her son. Lives alone at 2/6 Banksia Grove, Sandringham Hampton Fringe VIC 3191.', [('name', 'Gwen Oakeshott'), ('age_over_89', 'ninety-eight come Melbourne Cup'), ('street_address', '2/6 Banksia Grove'), ('place', 'Sandringham Hampton Fringe'), ('zip_code', '3191')]),
    C('The pager attack, September 2024: Hussein Ali Berjawi, a hospital orderly at Saint George Hospital Achrafieh and lives in Haret Hreik Sfeir. Lost an eye.', [('name', 'Hussein Ali Berjawi'), ('place', 'Saint George Hospital Achrafieh'), ('place', 'Haret Hreik Sfeir')]),
    C('Manipur 2023: Hoinu Haokip, Kuki, displaced from Kangpokpi Leilon Vaiphei, now in a Mizoram relief camp. She speaks Thadou. Her son is missing.', [('name', 'Hoinu Haokip'), ('place', 'Kangpokpi Leilon Vaiphei')]),
    C("Sichuan 2008: Zhang Xiurong, whose son died at Beichuan Middle School, ID 510722198805143827 on the consent. She's in Australia now on a parent visa. Mandarin, Sichuanese.", [('name', 'Zhang Xiurong'), ('place', 'Beichuan Middle School'), ('ssn', '510722198805143827')]),
    C('The 2009 floods: Noura Al-Harbi, Saudi, at Building 4827, Prince Turki Street, Al Rawdah District, 23435. Her brother drowned in the car.', [('name', 'Noura Al-Harbi'), ('street_address', 'Building 4827, Prince Turki Street, Al Rawdah District'), ('zip_code', '23435')]),
    C('Anyone using Problem Management Plus from the WHO with Dari speakers? Our Victorian program funds sessions under Better Access, and the Medicare caps feel tight once interpreting through TIS National halves the time.'),
    C("Sandplay with Aboriginal kids in remote Western Australia: Dora Kalff's method feels right, but Elders said some figures are sacred. Checking with the Aboriginal Medical Service before Monday."),
    C("Climate grief: i-Kiribati and Tuvaluan clients in New Zealand talk about islands disappearing. Glenn Albrecht's solastalgia fits. Does anyone run groups in Gilbertese or Tuvaluan?"),
    C("Has anyone read Vikram Patel's Where There Is No Psychiatrist (2003, second edition 2018)? Community health workers in Malawi and Mozambique use it. I'd love a Chichewa glossary if one exists."),
    C('Kenyatta National Hospital file KNH-IP 4827/25 for Wanjiru Macharia, admitted after the Finance Bill protests. Fax the ward at 020 272 6300.', [('medical_record', 'KNH-IP 4827/25'), ('name', 'Wanjiru Macharia'), ('fax', '020 272 6300')]),
    C('The Kenya Mental Health (Amendment) Act 2022 decriminalised suicide attempts, finally. Befrienders Kenya and the Kenya Psychological Association should push training for police next. Any colleagues in Kenya already doing this?'),
    C("I was asked on Friday whether Naltrexone 50 mg and Campral can go together. Yes, but his GGT is 142 and his AUDIT is 29. He won't go to Alcoholics Anonymous because of Islam. Any SMART Recovery groups in Arabic?"),
    C("Consultation: Ruby Jangala-Wheeler, Warlpiri, referred from Yuendumu Store Camp. Fax the AMS at (08) 8956 4725. Her nan Topsy Nungarrayi says she's been seeing spirits since the funeral.", [('name', 'Ruby Jangala-Wheeler'), ('place', 'Yuendumu Store Camp'), ('fax', '(08) 8956 4725'), ('name', 'Topsy Nungarrayi')]),
    C('Considering IFS from Richard Schwartz (No Bad Parts, 2021) with a Māori client. She prefers to talk about tūpuna guiding her rather than parts. Is that a category error on my side, or a good bridge with Te Whare Tapa Whā?'),
    C('Tenzin Dolma Lhamo, Tibetan, living in McLeod Ganj Jogiwara Road then moved to the ACT. RC RC 482716. Losar in February is lonely.', [('name', 'Tenzin Dolma Lhamo'), ('place', 'McLeod Ganj Jogiwara Road'), ('ssn', 'RC 482716')]),
    C('Referral 2026-01-27: Saw Eh Doh Wah Paw, Karen, from Mae La Section B7, now in Werribee Wyndham Vale. Sessions in Karen.', [('date', '2026-01-27'), ('name', 'Eh Doh Wah Paw'), ('place', 'Mae La Section B7'), ('place', 'Werribee Wyndham Vale')]),
    C('Qatar World Cup worker, Bishnu Bahadur Moktan from Sindhupalchok Melamchi Bazaar, QID 28735601294. Friend died in the heat. Speaks Nepali; Tamang at home.', [('name', 'Bishnu Bahadur Moktan'), ('place', 'Sindhupalchok Melamchi Bazaar'), ('ssn', '28735601294')]),
    C("Thinking about Dadirri, Miriam-Rose Ungunmerr-Baumann's deep listening, in yarning circles during NAIDOC Week. The Gayaa Dhuwi Declaration says Aboriginal leadership first; I'm not Aboriginal, so where do I stand?"),
    C('After Cyclone Alfred, our Queensland clients on NDIS plans lost a week of supports. Red Cross and the Salvation Army helped, but nobody rescheduled Medicare sessions. How did other practices handle it?'),
    C('Morocco: Fatima Zahra Ouaziz, 48, Rue Ibn Khaldoun, Appt 3, Agdal Avenue de France side 10090. CNIE AB482716. Panic since the accident.', [('name', 'Fatima Zahra Ouaziz'), ('street_address', '48, Rue Ibn Khaldoun, Appt 3'), ('place', 'Agdal Avenue de France side'), ('zip_code', '10090'), ('ssn', 'AB482716')]),
    C('Nokuthula Buthelezi, born at Nongoma KwaMashu Ward; her gogo raised her there. She wants to reconnect.', [('name', 'Nokuthula Buthelezi'), ('place', 'Nongoma KwaMashu Ward')]),
    C('Low-cost sessions: Australia has Better Access through Medicare, New Zealand has the Access and Choice programme for brief work. What is the equivalent in Fiji, Samoa or Tonga, if any? Asking for a Pasifika supervisee.'),
    C('Taking referrals again. Email intake@koruwellbeing.co.nz or call 021 482 7163. Sorry Paora Mitchell, your slot is Thursday now, not Wednesday.', [('email', 'intake@koruwellbeing.co.nz'), ('phone', '021 482 7163'), ('name', 'Paora Mitchell')]),
    C("Jordan: Lina Haddad Qawasmi, national number 9881024715, Building 12, Abdullah Ghosheh Street, Shmeisani Arar lane 11831. Her husband's debts after COVID.", [('name', 'Lina Haddad Qawasmi'), ('ssn', '9881024715'), ('street_address', 'Building 12, Abdullah Ghosheh Street'), ('place', 'Shmeisani Arar lane'), ('zip_code', '11831')]),
    C('26/11 survivor Farida Khambatta, Parsi, was at the Leopold Cafe that night. PAN BKLPS4821Q, Star Health P/211117/01/2026/004827. Fear of hotels and trains.', [('name', 'Farida Khambatta'), ('place', 'Leopold Cafe'), ('ssn', 'BKLPS4821Q'), ('health_plan', 'P/211117/01/2026/004827')]),
    C("Fax for the psychiatrist, (07) 4616 8290, re: Braxton O'Rourke-Hinch, driver licence QLD 184 726 395. After Wieambilla he won't drive past the Tara Bunya Road turnoff.", [('fax', '(07) 4616 8290'), ('name', "Braxton O'Rourke-Hinch"), ('licence', 'QLD 184 726 395'), ('place', 'Tara Bunya Road')]),
    C('Nigerian psychologist Ifeoma Chukwuemeka-Ezenwa, NPA member. Site: https://ifeomacounsels.ng. Lives in Enugu GRA Independence Layout.', [('name', 'Ifeoma Chukwuemeka-Ezenwa'), ('url', 'https://ifeomacounsels.ng'), ('place', 'Enugu GRA Independence Layout')]),
    C("IP 2001:4479:8c02:5e00:1d2::7 is Tahlia Brennan-Yip's home NBN, per IT; she's reporting someone else read her messages.", [('ip_address', '2001:4479:8c02:5e00:1d2::7'), ('name', 'Tahlia Brennan-Yip')]),
    C('Latuda 40 mg with food, at least 350 calories, which is hard during Ramadan for my client from Bangladesh. The psychiatrist says give it at Iftar. No akathisia so far. Anyone else managing this?'),
    C('Maria Kunyut Gumbek, Kadazan, from Kampung Tinagol Ranau, lost her husband on the mountain in 2015. Tadau Kaamatan in May is hard. Sessions in Malay.', [('name', 'Maria Kunyut Gumbek'), ('place', 'Kampung Tinagol Ranau')]),
    C('Kedarnath 2013: Kamla Devi Bisht Rawat, ninety-one this Basant Panchami, lost her son, a pony-wallah. Lives at Gaurikund Lower Bazaar. The daughter-in-law handles everything.', [('name', 'Kamla Devi Bisht Rawat'), ('age_over_89', 'ninety-one this Basant Panchami'), ('place', 'Gaurikund Lower Bazaar')]),
    C("Queensland's Mental Health Act 2016 versus Victoria's Mental Health and Wellbeing Act 2022: consent for ECT differs. Our client moving interstate in July has a Tribunal order. Who do we call?"),
    C('Saudi SCFHS licence SCFHS 18-R-M-0482716, Dr. Abeer Al-Shehri, offers supervision in Arabic; booking at https://abeer-psych.sa/supervision.', [('licence', 'SCFHS 18-R-M-0482716'), ('name', 'Abeer Al-Shehri'), ('url', 'https://abeer-psych.sa/supervision')]),
    C('Uganda: Nakato Sarah Ssempijja, NIN CF87048271639K, Butabika file BNRH/OPD/2025/04827. Lives at Kireka Kamuli B zone. She sells matooke and sleeps in the stall.', [('name', 'Nakato Sarah Ssempijja'), ('ssn', 'CF87048271639K'), ('medical_record', 'BNRH/OPD/2025/04827'), ('place', 'Kireka Kamuli B zone')]),
    C("Obon took my Japanese client back to her grandmother's grave in Japan by video call, and she cried through the Sunday session. Worden's tasks of mourning felt too Western; Klass's continuing bonds fit better."),
    C("Aiyana Mukherjee wrote from 117.198.42.186: she can't make Saturday, it's Durga Puja, she'll be at the pandal in Salt Lake FD Block.", [('name', 'Aiyana Mukherjee'), ('ip_address', '117.198.42.186'), ('place', 'Salt Lake FD Block')]),
    C('Fax +91 80 2699 4827 for Shreya Iyengar, her psychiatrist at Jayanagar 4th T Block East prefers it.', [('fax', '+91 80 2699 4827'), ('name', 'Shreya Iyengar'), ('place', 'Jayanagar 4th T Block East')]),
    C('Pacemaker Medtronic Azure SN RNB482716S for Ngozi Ikechukwu, ninety-three at the new yam festival, from Nnewi Umudim. Fear of the device stopping.', [('device', 'Medtronic Azure SN RNB482716S'), ('name', 'Ngozi Ikechukwu'), ('age_over_89', 'ninety-three at the new yam festival'), ('place', 'Nnewi Umudim')]),
    C('Malaysia: Nurul Izzah binti Kamaruddin, MyKad 890714-14-5276, No. 27, Jalan Seri Cempaka 4/2, Taman Seri Cempaka, Sungai Chua 43500. The 2021 floods, again.', [('name', 'Nurul Izzah binti Kamaruddin'), ('ssn', '890714-14-5276'), ('street_address', 'No. 27, Jalan Seri Cempaka 4/2'), ('place', 'Taman Seri Cempaka'), ('place', 'Sungai Chua'), ('zip_code', '43500')]),
    C('Fax +61 8 9224 8716 to the Bentley Mental Health Service, for Jaxon Ridgeway. Fax is what they take.', [('fax', '+61 8 9224 8716'), ('place', 'Bentley Mental Health Service'), ('name', 'Jaxon Ridgeway')]),
]

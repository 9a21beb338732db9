"""FIFTY-SECOND LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not read git log messages, bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or diffs of any
commit, and did not read the snippets of eval_set.py, dev_extra.py,
locked_set.py or locked_set_2.py ... locked_set_51.py (the set written
beside this one, 53, in another worktree, was not seen at all).  What
was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_50.py and locked_set_48.py
(the dense sets this one is modelled on) and locked_set_51.py (for its
list of settings), each printed once, on its own, up to its closing
triple quote (none of their cases); the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and,
separately, its last three lines (two snippets, for the file format;
none of their sentences was copied); the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of
that file); and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  No reading was cut by the
terminal or printed twice.  Two small slips are stated here: the
docstring of locked_set_50.py was printed in the same command as a
three-line "git status" of this worktree (branch name and a clean
tree), and after the first commit of this set a "git log --oneline -1"
printed the first ten characters of that commit's own line (this set's
hash and the start of its own message); no earlier commit's message or
diff was read.  No other slip occurred.
The header of this file (the import of EvalCase, the alias "C =
EvalCase" and the name LOCKED52_CASES) was written from the format of
set 13's tail and the test's module and attribute names, not read from
another set.  The overlap filter described below imported the earlier
sets and printed only this set's own clashing strings.  The only test
run was test_locked_sets.py (selected with -k 52); ruff was run on this
file and on that test file.  Every snippet is set in Africa, Asia, the
Middle East and Oceania (and their diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit, as a consultation request or a chat message to peers in a
therapists' consultation group, dense with capitalised terms like set
50, with settings chosen to differ from sets 48-51's: Chimanimani after
Cyclone Idai, Blantyre's Chilobwe and Phalombe after Freddy, a cyclone
in Madagascar, Goma's lava and Kigali, Rwanda's Nyamata, Burundi's 2015
disappearances, Cameroon's Anglophone crisis and Lake Nyos, Senegal's
pirogues from Mbour and Kayar and Ziguinchor's landmines, Sfax's boats,
the Hirak, a Mauritanian passage, Bamako's market fire, Djibo and Kaya,
Agadez's migrant drivers, Sudanese in N'Djamena, Bangui's PK5, Lesotho's
textile park, the Herero great-aunt and the skull repatriation, Comoros'
kwassa-kwassa, Ethiopian domestic workers back from Lebanon, Eritreans
in Kampala, the Solai dam, a Mombasa ferry, Loliondo's evictions,
Malakal, Barlonyo, Rusizi, Mufulira's copper, Bulawayo's Gukurahundi
exhumations, Beira, Serowe's cattle cull, Matsapha's 2021 unrest,
Marikana's widows, a tavern night, Liberia's West Point in Ebola,
Conakry's stadium trial, Abobo, a Cotonou zemidjan, Ghana's tidal wave
at Anloga and the Mepe spill, Sierra Leone's tanker fire, Anambra
kidnappings, Gwoza and Tudun Biri, an Ikoyi tower, Bodo's oil spill, a
Harare portal and a Johannesburg spaza shop, Zimbabwean nurses in New
Zealand; Bhutanese refugees, Mongolia's dzud and ger districts, Laos'
cluster bombs, Tonle Sap's floating houses, Tuol Sleng's guard, Quảng
Trị dioxin, Yuen Long and a Tai Po estate fire, Macau's casinos,
Itaewon, Sewol and the Osong underpass, Namie and Rikuzentakata, the
Formosa Fun Coast burns, Tacloban after Yolanda, Marawi's siege, Taal's
eruption, Palu's liquefaction, Aceh's tsunami, Indonesian domestic
workers, Sabah's Bajau Laut, a Sarawak longhouse fire, Brunei's water
village, Singapore dormitories, Sri Lanka's tea estates, the Maldives'
heroin, Rohingya camp fires, Dhaka's garment workers, the Khumbu
icefall, Swat's flood, Sialkot's instrument workshops, Joshimath's
subsidence, Wayanad, the farmers' sit-in, Manipur's camps, Delhi's 2020
riots, Kallakurichi's hooch deaths, Niyamgiri, a Karachi heatwave, a
Kazakh nurse in the January events and a Tajik builder after Russian
round-ups; Aden's shelling and Yemenis in Cairo, Cyclone Shaheen in
Oman, Doha's stadium workers, Kuwait's Mangaf fire, Dubai, Jeddah's
2009 flood, Bahrain's 2011 detentions, Sinjar's Kocho, Mosul's old city,
Halabja, Jableh's quake, Beirut's blast, Shatila, a Dead Sea school
trip, Gaza to Egypt, Masafer Yatta, Kfar Aza and Kiryat Shmona, Tehran's
Ekbatan, Afghans in Iran, Stepanakert's exodus, Aghdam's IDPs, Varosha's
keys, Izmir's 2020 quake; Moree, the Huon's salmon farms, Galiwin'ku's
cyclone, Townsville's floods, Fitzroy Crossing's bridge, Victorian
lockdown nurses, Logan, the Esk Valley and Tokomaru Bay after Gabrielle,
a Wellington hostel fire, Christchurch's mosques, Fiji's Winston,
Vanuatu's twin cyclones, Honiara's 2021 riots, New Caledonia's 2024
unrest, Tuvalu's king tides, Nauru's detainees, Cook Islanders in
Māngere, Moruroa's test workers, Torres Strait graves, Bougainville,
Samoa's measles, Tonga's Hunga, Kiribati RSE families and a Chamorro
veteran after Typhoon Mawar: short referral lines, rushed lower-case
chat (five identifier snippets write names or places in lower case),
faxes, portal, audit and telehealth logs, and longer narrative requests
with the identifiers mid-sentence (eight of 314-467 characters).  56 of
the identifier snippets hold only a name and/or a place, written as
ordinary consultation prose or questions to peers, often with the name
at the start of a sentence or mid-sentence and no cue word before it
(some with a first name alone).  Nothing was composed by a script: the
author wrote the snippets in plain text files outside the repository
(/tmp/set52work/) with the planted spans marked inline, and a script
there only stripped the marks into the expected lists, checked lengths,
token boundaries, duplicate spans and duplicate snippets, measured the
clean density, checked overlap with the earlier sets, shuffled the
order with a fixed seed and wrote this file.  Every later edit was typed
by hand as a find-and-replace pair that a small script applied to the
drafts (about 440 pairs in all, and two one-line sed edits: a pronoun
and a double space); this is stated here.

Edits made after drafting, stated here: thirteen false starts and
asides the author had typed into the drafts were cut with their values
or rewritten, leaving only the corrected text: in the identifier drafts
a "LNIG? no - she has nothing", a politician's name followed by "? -
no, just her", a town followed by "- no wait, wrong town", a name with
"Mama" followed by "? No", a London borough followed by "? - sorry", an
"Iqama? no", and three honorific-led names followed by "? -
correction", "? no, the client is" and "? - sorry"; in the clean drafts
a conference city followed by "was cancelled? No - I mean", a country
followed by "? Wrong group - sorry", a hospital followed by "? - no"
and two more ("Harare Central? No", "Lusaka-based? - never mind"),
cut with the places they named.  A first name repeated unlabelled
after a full name was replaced by "he", a name drafted twice in one
snippet was cut to one, an age written twice (as "92 years old" and as
the label) was cut to one and an age repeated as "at 95" was replaced
by "at his age"; a real Nobel laureate's name was changed, two honorifics
(Mrs, Aunty) were moved out of their name spans, a factory named after
its owner, a tavern, a school named after its district, a stadium's
date name and a terrorist attack's venue were replaced by generic words,
and an ID number that held the snippet's age as a substring was
changed.  In a review, about ninety city, town, district, camp, island,
volcano, lake and neighbourhood names written unlabelled in identifier
snippets (capitals and cities after "in", "to" and "from", before
"fire", "flood", "quake", "crash", "shooting", "riots", "boats" and
"request", in clinics', hospitals' and NGOs' names, in faxes' headers,
after street addresses, and two full dates of public events the
clients lived through) were labelled, or replaced by the region, the
country or a generic word.  In the clean snippets, a city in a
university's name (three times), a city in an interpreter's training, a
London-named institute and a city in a hospital's name were replaced
by the country, "Japanese university clinics" or "its founding
centre", and nine drafts with fewer than five capitalised words had a
guideline, body, book or formulary added, so that every clean snippet
has five or more.  Five long narrative identifier snippets were added
after the first draft.  Overlap with the other sets was resolved by
renaming only this set's planted values, with a filter that imported
the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 236 values in the first
round (164 places, 48 names - seven of them first names alone, three of
those lower-case -, 11 ages over 89 (15 spans), 7 postal codes, a date, a health card, a
phone number, an ID number, a street address and a plate; places were
lengthened with a quarter, district, section, block, end, side,
settlement, village, camp or a neighbourhood, or given their city as a
possessive or their local-language name, names given a second surname
or a hyphen or replaced, ages given a phrase such as "since Losar",
"come the harvest" or "by the church book", postal codes given a
state or country prefix or changed, and the date, card, phone, ID,
address and plate changed), 29 in the second (23 places, 3 names, an age
and 2 postal codes), 2 in the third (a place and a postal code, the
suburb changed), then 5 places labelled in the review and 5 values in
the added narratives (3 places, a name and a date), changed the same
way; the last pass found nothing.

Settings: a mother in a township after a cyclone, survivor's guilt in
the mud, a church as a shelter, lava and a move across a border, a
genocide anniversary, a disappeared uncle, a burned-out village, a
pirogue that never called, bodies at a dock, a Hirak sister, a paid
passage, a market fire at ninety-two, a closed school, migrants in the
desert, a refugee in a capital, a widow in a market, factory
harassment, a genocide great-aunt, a lost kwassa-kwassa, a returned
domestic worker, smugglers' messages, a dam burst, a ferry, evictions,
a protection-of-civilians camp, a massacre and a father at ninety-four,
a mudslide at a school, a crushed hand, exhumations, a torn roof, a
cattle cull, a shot protester, a miner's widow, a tavern night, an
Ebola nurse's hands, a stadium trial, a brother lost in fighting, a
driver hit at a market, a tidal wave, a tanker fire, a ransom, a
generator, a drone strike, a tower collapse, creek fumes, lake gas;
a pacemaker keeping a soul in, a lost herd, a husband at group, a
cluster bomb, a microfinance loan, a guard's granddaughter, dioxin, a
station attack, an estate fire, a croupier's debt, a crowd crush, a
ferry father, an underpass bus, a town not returned to, hearing aids
lost in a tsunami, dust-explosion burns, four children lost, a siege,
an eruption and a carabao, liquefaction, a tsunami child, an agent's
account, a stateless boy, a longhouse fire, a female-only request, a
scaffolding fall, a line-room fire, a brother on heroin, a camp fire, a
garment fire and a bus fare, an icefall, a flooded hotel, a factory
burn, cracking houses, a landslide, a sit-in death, a camp on a name's
wish, a riot-burnt shop, hooch deaths, displacement from hills;
shelling, a lost farm, women-only groups, a roof fall, a fire in a
labour block, a tracked phone, a flood girl, a detained husband, bones
in a village, a fled old city, a gas attack, a quake, a port blast, a
camp clinic, a school-trip flood, a sea crossing to Egypt, a settler
attack, a kibbutz car, an evacuated survivor with an ICD, a shot eye, a
tutoring-centre bombing, an exodus, an IDP since 1993, a house key, 33
hours under rubble; a Gamilaraay woman, a lost salmon job, a cyclone
and an interpreter, a veteran in a flood, a gone bridge, a lockdown
nurse, a Christmas dreaded, a lost orchard, a kuia asked to sit in, a
hostel fire, a wheelchair at a mosque, a cyclone and a provident fund,
twin cyclones, a burned shop, a hiding cousin, king tides, a detainee's
phone, a move to Māngere, a test worker's son, eroded graves, a war
childhood, twin babies lost to measles, a swim for hours, RSE families;
prose about a boy who cancels and sends voice notes, a lost tinny, a
market encounter, "I am a burden", mangoes, a water buffalo, a drowned
twin, a husband who answers, an eldest daughter, a koro's land, a siege
therapist, a mine fire, taxis not running, a prayer, a radio mother, a
funeral and aunties, a chair facing the door, a pastor who wants to
come, a grandmother's house drawn, cricket scores, a banker from a
settlement, a cat video, a late husband watching, a son who never went
back, a bus station, a fire footage, a village as it was, a dog, a
garland, a volcano as a relative, a night told at last, a braai, a
sister kept from nursing, helicopters, qi stagnation, a dance, a set
place for a dead son, a dropped Zoom, four siblings, tā moko, a belt,
an Elder present, a Friday-morning city, eleven children, fishermen's
wives, a first cry, landmines, a forced marriage, "everyone has it
worse", "are you a Christian"; logins and stalkers by IP address
(portal audits, a telehealth log, a booking account, WhatsApp Web, a
flagged login, a complaint email, a device login, a VPN), postings
(TikTok, GoFundMe, X, Blogspot, Zoom, Reddit, Facebook, YouTube,
Instagram, Telegram and a WhatsApp group link), devices (pacemaker,
ICD, insulin pump, CGM transmitter, cochlear processor, oxygen
concentrator, hearing aids, an ankle monitor, a wheelchair, a CPAP and
two phones' IMEIs), licences and crashes (a migrant driver, a bus in a
flood, an e-rickshaw, a work permit, a suspended licence after a
crash, a taxi robbery, a nurse's PIN, a pilot, a bajaji, a truck in a
wadi, a PNG licence, a social worker's licence, a three-wheeler after
a bus crash, a nursing council number), and very old clients (a Malian
market woman, a Herero great-aunt, a Barlonyo father, a Lake Nyos
grandmother, a Bhutanese refugee, a Khmer guard, a Japanese tsunami
survivor, a Holocaust survivor, a Varosha man, a Yemeni man, a
Sinhalese woman, a Baghdadi widow, a Samoan elder, a Gugulethu gogo, a
Karachi father and a Saudi villager); with local identifier formats for
Zimbabwean, Malagasy CIN, Senegalese CNI, Tunisian CIN, Mauritanian
NNI, Malian NINA, UNHCR Chad, Lesotho, Namibian, Ethiopian Fayda,
Tanzanian NIDA, Ugandan NIN, Zambian NRC, Eswatini PIN, Liberian NIR,
Ghana Card and Nigerian NIN numbers, Mongolian register, Lao, Khmer,
Vietnamese CCCD, HKID, Macau BIR, Korean RRN, Japanese My Number,
Indonesian NIK, a UNHCR Malaysia card, Brunei IC, Sri Lankan NIC,
Maldivian ID, Rohingya FCN, Nepali citizenship, Pakistani CNIC,
Aadhaar, Omani civil, Qatar ID, Kuwaiti civil ID, Bahraini CPR, Iraqi
unified card, Syrian national, UNRWA, Jordanian national, Palestinian
and Israeli IDs, Iranian codemeli, Amayesh, Azerbaijani FIN, Cyprus ID,
New Zealand IRD, Fiji, PNG NID, Nauru boat ID, Kazakh IIN, Tajik
passport, Malaysian MyKad and Saudi citizen ID numbers (ssn); clinic,
hospital, compensation, NGO, VA, Hospital Authority, Queensland Health
and camp files (medical_record); Rwandan mutuelle, CNAM, Kenyan NHIF,
Botswana, South African GEMS, Ghana NHIS, Nigerian NHIA, Vietnamese
BHYT, Taiwanese NHI, Korean NHIS, PhilHealth, BPJS, Aasandha, Sehat,
Kerala KASP, Bupa, Maccabi, GESY, Medicare, DVA, New Zealand NHI and
French Polynesian CPS numbers (health_plan); Bankily, telebirr, M-Pesa,
Orange Money, Opay, GTBank, ABA, BNU, BNI, bKash, JazzCash, UPI, SBI,
FNPF, BSP, Samoan NPF and ANZ accounts (account); Niger, Korean, Indian,
Singapore work-permit, Tasmanian, AHPRA, New Zealand, Botswana, Ghana
nursing, Pakistani pilot, Tanzanian, Omani heavy-vehicle, PNG,
Ugandan social-work, Sri Lankan and New Zealand nursing licences
(licence); Niger, Eswatini, Benin, Korean, Indonesian boat, Indian,
Emirati, Jordanian, Israeli, Tasmanian, New Zealand, Botswana,
Tanzanian, Kazakh, NSW and Sri Lankan plates (vehicle); addresses
written the local way (Rwandan KG avenue, Burkinabè secteur, rue and
porte, Ugandan plot, Zimbabwean street, Ivorian tranche and villa, South
Sudanese hai and block, Nigerian crescent and GRA, Israeli rehov,
Mongolian avenue and khoroo, Hong Kong flat and block, Japanese chome
numbering, Taiwanese lane and road, Philippine purok and barangay,
Nepali ward and tole, Indian house number, Egyptian shari' and flat,
Qatari zone, street and building, Emirati villa and street, Saudi
national address, Lebanese rue and immeuble, Armenian street and
apartment, Turkish mahalle, sokak, no and daire, Australian and New
Zealand units and streets, Guam chalan, Senegalese cité and villa,
Malaysian jalan) with postal codes of those countries, IPv4 and IPv6
addresses, URLs and phone and fax numbers in local and international
formats.

399 snippets, 244 with identifiers and 155 clean (lengths 68-467,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 12): date 22, age_over_89 16, phone
27, fax 14, email 15, url 13, ip_address 13, ssn 57, medical_record 14,
health_plan 23, account 18, licence 16, vehicle 16, device 14,
street_address 31, zip_code 14; with 245 names and 325 places smaller
than a state (the test requires 245 and 325).  56 of the identifier
snippets hold only names and/or places and nothing else.

Names: Shona, Ndebele, Chewa and Lomwe, Malagasy, Congolese (Swahili-
speaking), Kinyarwanda, Kirundi, Cameroonian Anglophone (Ngemba and
Kom), Wolof, Fula and Mandinka, Tunisian, Algerian, Moorish
Mauritanian, Bambara, Mossi, Tuareg, Chadian Arab, Central African,
Sotho, Herero, Comorian, Amhara, Tigrinya, Kikuyu, Luhya and Luo,
Swahili (coastal), Maasai, Nuer, Acholi, Bemba, Sena and Shangaan,
Tswana, Swazi, Zulu and Xhosa, Liberian Kpelle, Guinean Fula, Baoulé,
Fon and Ewe, Akan (Fante, Asante and Twi), Krio, Igbo, Kanuri, Hausa,
Yoruba, Ogoni, Beta Israel; Bhutanese Lhotshampa and Drukpa, Khalkha
Mongolian, Lao, Khmer, Vietnamese (Kinh, family name first), Cantonese
and Macanese, Korean, Japanese (family name first), Taiwanese Han,
Filipino (Waray, Maranao, Tagalog), Balinese and Acehnese, Javanese,
Sama-Bajau, Iban, Brunei Malay, Tamil (estate, Singaporean and Tamil
Nadu), Dhivehi, Rohingya, Bengali, Sherpa, Pashtun, Punjabi, Garhwali,
Malayali, Sikh Jat, Mizo (a single name), Odia Adivasi, Kazakh, Tajik,
Uzbek, Sinhalese and Sri Lankan Moor; Yemeni, Omani Baluchi, Qatari,
Nepali and Keralite migrants in the Gulf, Emirati, Saudi, Bahraini,
Yazidi, Iraqi Arab and Kurdish, Syrian (Alawite-coast), Lebanese
Maronite and Melkite, Palestinian, Jordanian, Israeli (Ashkenazi and
Mizrahi), Persian and Hazara, Armenian, Azerbaijani, Greek Cypriot,
Turkish; Gamilaraay, Yolŋu, Walmajarri, Tasmanian, Anglo- and Indian-Australian, Māori, Samoan, Tongan, Fijian
(iTaukei), ni-Vanuatu, Solomon Islander, Kanak, Tuvaluan, Cook Islands
Māori, Tahitian, Torres Strait Islander, Bougainvillean, I-Kiribati,
Chamorro, Native Hawaiian and Zimbabwean-New Zealand names; lower-case
names and places, hyphenated and multi-part names, names with bin,
binti, s/o, Ould, Ag and Abu, honorifics kept outside the spans (Mrs,
Aunty, Mama, Gogo) and names with diacritics and apostrophes.  Places:
townships and their extensions, wards, sections and blocks, communes
and secteurs, camps and transit sites, soums and ger districts, khoroos,
mahallas and kvartals, barangays and puroks, kampungs and longhouses,
tehsils and colonies, homelands and communities, harbours, islets and
islands smaller than a state, villages and their sides and ends,
markets, alleys, a kibbutz, and places after street addresses.

Clean snippets: peer-consultation messages, questions, reading-group
notes, supervision reflections and scheduling chatter with five to
thirteen capitalised words each after the first word of a sentence
(1266 in 155 snippets, about 8.2 per snippet, counted by the author's
script, acronyms included and the pronoun "I" excluded): drug brands
and generics with doses and laboratory values, scales and
questionnaires and their local-language versions, therapy models and
their founders, real published authors with years and books,
guidelines, laws, regulators, insurers and professional bodies,
idioms of distress (Hwa-byung, khyâl, jinn, nafsiyya, adwenemadwene,
losing face, qi), weekdays, months, seasons, religious feasts and fasts
(Ramadan, Tarawih, Iftar, Muharram and Ashura, Diwali, Skanda Shashti,
Chuseok, Yom Kippur, the Omer, Vesak, Hari Raya, Matariki, NAIDOC Week,
Kwibuka), charities, helplines, apps and products, countries, states,
provinces and regions, nationalities, religions and languages
(Kiswahili, Luganda, Acholi, Chichewa, Amharic, Oromo, Somali, Twi,
Wolof, Bambara, Tok Pisin, Tongan, Samoan, Cook Islands Māori, Dhivehi,
Sinhala, Bangla, Urdu, Farsi, Dari, Pashto, Kurmanji, Hokkien,
Cantonese, Tagalog, Cebuano), and no place smaller than a state or a
country's first-level subdivision.
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED52_CASES = [
    C("Hikikomori in Japan: Tamaki Saitō's Social Withdrawal (1998) and the MHLW's guidelines (2010) - any Japanese-speaking colleagues running family groups?"),
    C("Nadia Bouzid-Hamidouche, Algiers, Hirak detainee's sister, email nadia.bouzid94@gmail.com - wants sessions in Darija only and never on Friday.",
      [('name', 'Nadia Bouzid-Hamidouche'), ('place', 'Algiers'), ('email', 'nadia.bouzid94@gmail.com')]),
    C("Sarah Kaimana is Native Hawaiian living in Kalihi Valley and the footage from Lahaina's Front Street is triggering all her grandmother's stories.",
      [('name', 'Sarah Kaimana'), ('place', 'Kalihi Valley'), ('place', "Lahaina's Front Street")]),
    C("VPN check: Khadija Oumarou's sessions came from 154.66.170.42 (Zinder) although she says she lives in Maradi's Sabon Gari now; I think someone else is logging in as her.",
      [('name', 'Khadija Oumarou'), ('ip_address', '154.66.170.42'), ('place', 'Zinder'), ('place', "Maradi's Sabon Gari")]),
    C("Fluoxetine (Prozac) in Zambia is under ZAMRA's essential list but out of stock since March. Which SSRIs are people switching to?"),
    C("Oyunchimeg Tserendorj in UB's Sükhbaatar düüreg, Peace Avenue 17, khoroo 4, apt 38, asks if her husband can join. She writes from oyunaa.tser@mail.mn.",
      [('name', 'Oyunchimeg Tserendorj'), ('place', "UB's Sükhbaatar düüreg"), ('street_address', 'Peace Avenue 17, khoroo 4, apt 38'), ('email', 'oyunaa.tser@mail.mn')]),
    C("Bahraini client Zainab Ali Abdulla from Sitra's Wadyan, 2011 detention of her husband. CPR 860418227. Fax from the lawyer +973 1721 4418.",
      [('name', 'Zainab Ali Abdulla'), ('place', "Sitra's Wadyan"), ('ssn', '860418227'), ('fax', '+973 1721 4418')]),
    C('Vedic astrology comes up with Hindu families in Mauritius before weddings; the Mauritius Psychological Association ran a session on this in December.'),
    C("The boats leaving Sfax's Jebeniana coast: Aïcha Ben Salah watched the bodies come in at Sidi Mansour. Tunisian CIN 08914472, CNAM card CNAM 3124 88 0917. She works the dock café still.",
      [('place', "Sfax's Jebeniana coast"), ('name', 'Aïcha Ben Salah'), ('place', 'Sidi Mansour'), ('ssn', '08914472'), ('health_plan', 'CNAM 3124 88 0917')]),
    C('The Sinhala PHQ-9 and GAD-7 from the Sri Lankan university team - does anyone have the published cut-offs? Sri Lanka Medical Council wants references.'),
    C('Does the Hong Kong Psychological Society recognise Acceptance and Commitment Therapy (ACT) hours from the ACBS Asia chapter? Deadline is the end of January.'),
    C("Reading group on Thursday: Derek Summerfield's 1999 critique of PTSD in non-Western settings, then Kleinman's Rethinking Psychiatry (1988). Bring your copy of the WHO mhGAP guide."),
    C('For Aboriginal and Torres Strait Islander clients, the Gayaa Dhuwi (Proud Spirit) Declaration and the NATSILMH principles are worth re-reading this NAIDOC Week.'),
    C('Long referral from a colleague on Guam: Jesse Cruz Quitugua is a Chamorro veteran of two Iraq tours, now living at 172 Chalan Kanton Tasi, Mangilao\'s Pagat end, 96923, with his wife and five kids. After Typhoon Mawar in May the house was without power for six weeks and his nightmares came back full force. VA file VA-GU-5518293. He refuses group work because "everyone on island knows everyone".',
      [('name', 'Jesse Cruz Quitugua'), ('street_address', '172 Chalan Kanton Tasi'), ('place', "Mangilao's Pagat end"), ('zip_code', '96923'), ('medical_record', 'VA-GU-5518293')]),
    C("CETA (Common Elements Treatment Approach) vs Narrative Exposure Therapy for survivors in Uganda - Schauer, Neuner and Elbert's NET manual (2011) is my default, but the Johns Hopkins team is persuasive."),
    C("Zawadi Mwakyusa finally told me about the night in Mbagala Kuu's Kizuiani. I need to debrief, any takers today?",
      [('name', 'Zawadi Mwakyusa'), ('place', "Mbagala Kuu's Kizuiani")]),
    C('Sri Lanka tea estates: Letchumi Ramasamy from Dickoya lost her son in the line-room fire. NIC 198742103318. Fax to the estate clinic 051 222 4418.',
      [('name', 'Letchumi Ramasamy'), ('place', 'Dickoya'), ('ssn', '198742103318'), ('fax', '051 222 4418')]),
    C("Tai chi and qigong as adjuncts in Taiwan - the Taiwanese Society of Psychiatry published guidance, and NHI doesn't cover them. Mandarin or Hokkien handouts?"),
    C('Tumelontle has been clean for 90 days and wants to throw a braai for his counsellors. Yes or no?',
      [('name', 'Tumelontle')]),
    C("Mauritanian client Mohamedou Ould Cheikh in Kaédi, NNI 4719283756, wired money through Bankily Bankily 22 41 78 93 for his cousin's passage.",
      [('name', 'Mohamedou Ould Cheikh'), ('place', 'Kaédi'), ('ssn', '4719283756'), ('account', 'Bankily 22 41 78 93')]),
    C('Hearing aid serials for Kumari Wijesinghe, 92 last Poson, Galle Fort: Signia L SG418227-L and R SG418228-R. Her son took them "to sell".',
      [('name', 'Kumari Wijesinghe'), ('age_over_89', '92 last Poson'), ('place', 'Galle Fort'), ('device', 'SG418227-L'), ('device', 'SG418228-R')]),
    C("Anyone doing Family Therapy (Minuchin's structural model) with polygamous families in Senegal or Mali? Wolof and Bambara concepts of household don't fit the genogram."),
    C('Buprenorphine-naloxone (Suboxone) is now on the PBS in Australia for opioid dependence; the RACGP and Turning Point published updated guidance in May.'),
    C("Manipur's other side - Lalremruati in Churachandpur's Tuibuong camp. I'm using first name only on her wish. Her email remruati.l@proton.me.",
      [('name', 'Lalremruati'), ('place', "Churachandpur's Tuibuong"), ('email', 'remruati.l@proton.me')]),
    C('Oman after Cyclone Shaheen: Salim bin Hamad Al-Balushi lost the farm in Al Khaburah. Civil no. 08841227, mobile +968 9241 8837.',
      [('name', 'Salim bin Hamad Al-Balushi'), ('place', 'Al Khaburah'), ('ssn', '08841227'), ('phone', '+968 9241 8837')]),
    C('Ketamine 0.5 mg/kg IV for treatment-resistant depression is being offered privately in Lebanon and the UAE. Any data from Arab cohorts? The AUB team published in 2022.'),
    C("Supervision on Thursday: Frantz Fanon's Black Skin, White Masks (1952) with the Nigerian, Kenyan and South African members leading. Chinua Achebe's essays optional."),
    C("Wiremu Hēnare, born 11 July 1961, Kaitaia's Pukepoto; the court wants a report by Friday. Email whenare.whanau@xtra.co.nz.",
      [('name', 'Wiremu Hēnare'), ('date', '11 July 1961'), ('place', "Kaitaia's Pukepoto"), ('email', 'whenare.whanau@xtra.co.nz')]),
    C("Sipho Mahlangu-Sibiya's ankle monitor EM-ZA-4418227 went off at the church in Katlehong; he's asking whether he can come to group wearing it.",
      [('name', 'Sipho Mahlangu-Sibiya'), ('device', 'EM-ZA-4418227'), ('place', 'Katlehong')]),
    C("Ugandan social worker Akello Susan's licence NCSW-UG-4418 is being questioned after her client's death in Gulu's Layibi. She needs us.",
      [('name', 'Akello Susan'), ('licence', 'NCSW-UG-4418'), ('place', "Gulu's Layibi")]),
    C('Driving licence LK B4418227 of Mohamed Rizwan Faleel was cancelled after the bus crash on the Kadugannawa pass; he drives a three-wheeler WP QB-4418 now.',
      [('licence', 'LK B4418227'), ('name', 'Mohamed Rizwan Faleel'), ('place', 'Kadugannawa'), ('vehicle', 'WP QB-4418')]),
    C('Narrative Therapy (Michael White and David Epston, 1990) was born in Australia and New Zealand; its founding centre runs it online every September. Worth it?'),
    C("Comoros: Fatima Said Ali from Mutsamudu's Mro-Hampanga lost her son on the kwassa-kwassa to Mayotte. Her niece in Mamoudzou: +262 639 41 28 77.",
      [('name', 'Fatima Said Ali'), ('place', "Mutsamudu's Mro-Hampanga"), ('place', 'Mamoudzou'), ('phone', '+262 639 41 28 77')]),
    C("Lerato Molefe from Marikana's Nkaneng, widow of a miner shot in 2012, wants to go to Wonderkop for the anniversary in August. Don't know how to prepare her.",
      [('name', 'Lerato Molefe'), ('place', "Marikana's Nkaneng"), ('place', 'Wonderkop')]),
    C('For Ramadan 2026 (February to March), shift lithium and clozapine levels to after Iftar; the Egyptian Psychiatric Association published a note on this in January.'),
    C('The Maldives Health Protection Agency added a mental health helpline in May. Dhivehi-language CBT resources are still scarce - Aasandha covers only psychiatry.'),
    C('Vietnam, Quảng Trị: Hoàng Văn Lực from Gio Linh has a dioxin-affected son, CCCD 045 081 004 219. BHYT card HT2454522914871.',
      [('name', 'Hoàng Văn Lực'), ('place', 'Gio Linh'), ('ssn', '045 081 004 219'), ('health_plan', 'HT2454522914871')]),
    C('The PsySSA congress is online this year, in September, with keynotes from Kenya, Ghana and Rwanda.'),
    C('Lamotrigine titration: 25 mg for two weeks, then 50 mg - Stevens-Johnson risk is higher in Han Chinese and Thai patients with HLA-B*1502. Does Taiwan still screen routinely?'),
    C("Nurse Abena Owusu-Ansah Frimpong, NMC Ghana PIN RGN/4418/22, was assaulted on shift in Tamale's Lamashegu. She fears losing her registration if she reports.",
      [('name', 'Abena Owusu-Ansah Frimpong'), ('licence', 'RGN/4418/22'), ('place', "Tamale's Lamashegu")]),
    C("her name is amira hadidi, she's from zarqa, she wants to study nursing and her brothers won't allow it. where do i even start",
      [('name', 'amira hadidi'), ('place', 'zarqa')]),
    C("The underpass flood in Osong: Lee Min-ji drove bus 747 out of it, plate 충북 70자 4417, licence 11-19-418227-71. She won't drive now.",
      [('place', 'Osong'), ('name', 'Lee Min-ji'), ('vehicle', '충북 70자 4417'), ('licence', '11-19-418227-71')]),
    C('Fiji: Vilikesa Naivalu from Nabouwalu, Cyclone Winston, FNPF FNPF 4418227. Fiji ID FJ 1841822702.',
      [('name', 'Vilikesa Naivalu'), ('place', 'Nabouwalu'), ('account', 'FNPF 4418227'), ('ssn', 'FJ 1841822702')]),
    C("Cook Islands: Teina Marsters-Pitt from Palmerston Island, now in Auckland's south at 22 Buckland Rd, Māngere East's Buckland end, NZ-2024.",
      [('name', 'Teina Marsters-Pitt'), ('place', 'Palmerston Island'), ('place', "Auckland's south"), ('street_address', '22 Buckland Rd'), ('place', "Māngere East's Buckland end"), ('zip_code', 'NZ-2024')]),
    C('The New Zealand Psychologists Board wants Te Tiriti o Waitangi competency hours before March. Any good Māori-led courses through Te Pou or Whāraurau?'),
    C('Ahmadou Bello Sow in Ziguinchor says the landmines in the Casamance forest still decide where the children play.',
      [('name', 'Ahmadou Bello Sow'), ('place', 'Ziguinchor')]),
    C("Liberia: Musu Kollie was a nurse in West Point's Clara Town during Ebola, Liberian NIR LBR-NIR-7741-2290. She still washes her hands until they bleed.",
      [('name', 'Musu Kollie'), ('place', "West Point's Clara Town"), ('ssn', 'LBR-NIR-7741-2290')]),
    C('Syria Latakia: Rami Haddad in Jableh, quake and war, Syrian national no. 06010418227. Telegram https://t.me/rami_haddad_jbl.',
      [('name', 'Rami Haddad'), ('place', 'Jableh'), ('ssn', '06010418227'), ('url', 'https://t.me/rami_haddad_jbl')]),
    C("Sunday supervision topic: colonialism and DSM categories - Frantz Fanon's The Wretched of the Earth (1961), Chapter 5, and Suman Fernando's Mental Health Worldwide (2014)."),
    C('The Urdu version of the Hospital Anxiety and Depression Scale (HADS) by Mumford et al. (1991) - still valid for Pakistani women in the Gulf?'),
    C('Oxygen concentrator for Ali Hassan Omar, 99 by his ID, Khor Maksar; serial INV-5-4418227. Power cuts every afternoon.',
      [('name', 'Ali Hassan Omar'), ('age_over_89', '99 by his ID'), ('place', 'Khor Maksar'), ('device', 'INV-5-4418227')]),
    C('Anyone trained in Dialectical Behaviour Therapy (Linehan, 1993) through Behavioral Tech in Asia? The India cohort starts in February.'),
    C("Does anyone have the Amharic or Oromo version of the Harvard Trauma Questionnaire (HTQ, Mollica 1992)? Ethiopia's Ministry of Health wants it by June."),
    C('Kratom use is rising among Thai and Malaysian workers; the Thai FDA decriminalised it in 2021. Withdrawal looks like opioids. Anyone using clonidine 75 mcg?'),
    C('A question for Māori practitioners: is it okay for a Pākehā therapist to open with karakia? The NZAC and Te Whāriki Tautoko have mixed views.'),
    C("Fax from Hà Nội's old quarter, +84 24 3941 8227, for Phạm Thu Trang, Đống Đa; fire in the mini-apartment on Khương Hạ ngõ 29 lane.",
      [('place', "Hà Nội's old quarter"), ('fax', '+84 24 3941 8227'), ('name', 'Phạm Thu Trang'), ('place', 'Đống Đa'), ('place', 'Khương Hạ ngõ 29')]),
    C('Halimatou Diallo from Sinthiou Malème, Tambacounda - her brother left by pirogue from Mbour and never called. Senegalese CNI 1 758 1994 00213.',
      [('name', 'Halimatou Diallo'), ('place', 'Sinthiou Malème'), ('place', 'Mbour'), ('ssn', '1 758 1994 00213')]),
    C("Sodium valproate 500 mg twice daily with a level of 75 mg/L in a Tongan man - the Tonga Ministry of Health's formulary only has Epilim. Monitoring every March?"),
    C('Does HPCSA allow telehealth across provinces? A client moved from Gauteng to the Western Cape in April and wants to continue on Zoom.'),
    C('Hamid Reza Tavakoli talks about Bam as the city that ended on a Friday morning. He was nine.',
      [('name', 'Hamid Reza Tavakoli'), ('place', 'Bam')]),
    C("Supervisor said I'm over-identifying with Hina Yamaguchi because we're both eldest daughters. She's probably right.",
      [('name', 'Hina Yamaguchi')]),
    C("Writing this in one go, sorry. Leota Sina Tuilaepa is Samoan, 44, living in Mangere Bridge's Ambury end with three generations in one house. Her husband died on 18 August 2024 on a fruit-picking contract in Hawke's Bay, the RSE employer sent the body home by cargo, and the family spent the whole ANZ 06-0254-0771823-00 savings on the fa'alavelave. She says she's fine because the family is fine. I'm worried about the gap between those two.",
      [('name', 'Leota Sina Tuilaepa'), ('place', "Mangere Bridge's Ambury end"), ('date', '18 August 2024'), ('account', 'ANZ 06-0254-0771823-00')]),
    C('Burmese colleagues: is the Myanmar Medical Council still registering psychologists after 2021, or are people moving to Thai Border Health Practitioner status?'),
    C('Fax to the Kathmandu-Baneshwor office please, +977 1 441 8227, re Sarita Gurung, Jorpati, migrant returnee from Malaysia, file TPO-KTM-24-1187.',
      [('place', 'Kathmandu-Baneshwor'), ('fax', '+977 1 441 8227'), ('name', 'Sarita Gurung'), ('place', 'Jorpati'), ('medical_record', 'TPO-KTM-24-1187')]),
    C('Psychological First Aid (WHO, 2011) for teachers in Malawi and Mozambique after Cyclone Freddy: we have Chichewa slides but no Portuguese ones yet.'),
    C('Any thoughts on working with Chen Wei who insists his depression is "just qi stagnation" and refuses medication?',
      [('name', 'Chen Wei')]),
    C('Taiwan: Lin Shu-fen, dust explosion burns from the Formosa Fun Coast party, NHI card 0000 4418 2230, address No. 18, Lane 77, Zhongshan Rd, Bali Dist., TW-249.',
      [('name', 'Lin Shu-fen'), ('place', 'Formosa Fun Coast'), ('health_plan', '0000 4418 2230'), ('street_address', 'No. 18, Lane 77, Zhongshan Rd'), ('place', 'Bali Dist.'), ('zip_code', 'TW-249')]),
    C("Has anyone worked with grief where the body was never found? Pita Havili Tu'ipulotu's brother went out from Ha'ateiho village wharf in a tinny and only the fuel can came back.",
      [('name', "Pita Havili Tu'ipulotu"), ('place', "Ha'ateiho village wharf")]),
    C("Laos: Khamla Phommachanh Sisavath from Ban Naphia Tai lost a leg to a cluster bomb while farming in 2016. Lao ID 01-0417-22938. Family in Phonsavan's Ban Xieng Khouang.",
      [('name', 'Khamla Phommachanh Sisavath'), ('place', 'Ban Naphia Tai'), ('ssn', '01-0417-22938'), ('place', "Phonsavan's Ban Xieng Khouang")]),
    C("The clinic fax in Dubai's Oud Metha block +971 4 418 2297; client Joy Ann Dela Cruz, nanny, passport held by employer in Jumeirah Village.",
      [('place', "Dubai's Oud Metha block"), ('fax', '+971 4 418 2297'), ('name', 'Joy Ann Dela Cruz'), ('place', 'Jumeirah Village')]),
    C('Has anyone used the Shona Symptom Questionnaire (SSQ-14) alongside the PHQ-9 in Zimbabwe? The Friendship Bench trial by Chibanda et al. (JAMA, 2016) used both.'),
    C('Niger, Agadez old town side: Moussa Ag Alhassane drove migrants north on his Toyota AG 4471 RN, now sleeps badly since the desert deaths. Licence NE-PC-AG-220917.',
      [('place', 'Agadez old town'), ('name', 'Moussa Ag Alhassane'), ('vehicle', 'AG 4471 RN'), ('licence', 'NE-PC-AG-220917')]),
    C('Saudi: Abdullah Al-Ghamdi (96 by his Hijri reckoning) in Beni Dhabyan village, citizen ID 1044182271. His son wants him in a home.',
      [('name', 'Abdullah Al-Ghamdi'), ('age_over_89', '96 by his Hijri reckoning'), ('place', 'Beni Dhabyan'), ('ssn', '1044182271')]),
    C('The request from Juba: Nyakuoth Gatluak Ruei was cut off in Malakal PoC for a year, now at Hai Cinema, block 3, Juba Town. Phone +211 92 418 3307.',
      [('place', 'Juba'), ('name', 'Nyakuoth Gatluak Ruei'), ('place', 'Malakal PoC'), ('street_address', 'Hai Cinema, block 3'), ('place', 'Juba Town'), ('phone', '+211 92 418 3307')]),
    C('Buspirone 10 mg (Buspar) for generalized anxiety in an elderly Cantonese speaker - does anyone have Cantonese psychoeducation from the Hong Kong Hospital Authority?'),
    C('Chinese families and the idea of "losing face" (丢脸): Kwang-Kuo Hwang\'s Foundations of Chinese Psychology (2012) is good for Confucian relationalism.'),
    C('quick q - anyone else got a client who talks to her late mum through the radio? tuilagi faamasino does it every night, says it helps.',
      [('name', 'tuilagi faamasino')]),
    C('Tanzania bajaji driver Juma Mussa, licence TZ-4000418227, plate MC 418 DKT, crash at Ubungo on 17 November 2024.',
      [('name', 'Juma Mussa'), ('licence', 'TZ-4000418227'), ('vehicle', 'MC 418 DKT'), ('place', 'Ubungo'), ('date', '17 November 2024')]),
    C('Kwame Asante-Boateng Nyarko has started speaking about his twin again, the one who drowned at Busua beach when they were eleven. First time in a year.',
      [('name', 'Kwame Asante-Boateng Nyarko'), ('place', 'Busua')]),
    C('India, the subsidence in Joshimath-Jyotirmath: Kamla Devi Rawat from Sunil ward watched the cracks widen, Aadhaar 4418 2293 7710. House H.No. 114, Manoharbagh.',
      [('place', 'Joshimath-Jyotirmath'), ('name', 'Kamla Devi Rawat'), ('place', 'Sunil ward'), ('ssn', '4418 2293 7710'), ('street_address', 'H.No. 114, Manoharbagh')]),
    C('Iraq, Sinjar mountain villages: Nadia Khalaf Hajji returned to Kocho village south in spring, still finds bones. Iraqi unified card 199418227400231.',
      [('place', 'Sinjar mountain villages'), ('name', 'Nadia Khalaf Hajji'), ('place', 'Kocho village south'), ('ssn', '199418227400231')]),
    C('Zaynab Ibrahim Musa lost both parents in Konduga and is raising four siblings at 19.',
      [('name', 'Zaynab Ibrahim Musa'), ('place', 'Konduga')]),
    C('Grace Wambui Kiarie was hit on 22 June 2024 during the Finance Bill protests outside Kenyatta Avenue - her video is at https://www.tiktok.com/@gracewambui_ke/video/7384418227.',
      [('name', 'Grace Wambui Kiarie'), ('date', '22 June 2024'), ('place', 'Kenyatta Avenue'), ('url', 'https://www.tiktok.com/@gracewambui_ke/video/7384418227')]),
    C("It's Shahzeb's third session and he still won't sit facing the door.",
      [('name', 'Shahzeb')]),
    C("Mali: Aminata Traoré-Keïta lost the shop in Bamako's Commune VI in the Sogoniko fire; by her own count she is 92 or close to it. Malian NINA 119 4457 2210 K. Too old for the group?",
      [('name', 'Aminata Traoré-Keïta'), ('place', "Bamako's Commune VI"), ('place', 'Sogoniko'), ('age_over_89', '92 or close to it'), ('ssn', '119 4457 2210 K')]),
    C("Korea, the crowd crush in Itaewon's Haebangchon side: Kim Seo-yeon lost her best friend in the alley beside the Hamilton Hotel. RRN 970214-2481937. She quit her job in November.",
      [('place', "Itaewon's Haebangchon side"), ('name', 'Kim Seo-yeon'), ('place', 'alley beside the Hamilton Hotel'), ('ssn', '970214-2481937')]),
    C('Hey all - the Australian Psychological Society is asking for feedback on the Medicare Better Access changes by Friday. APS members, have you sent yours?'),
    C("Solomon Islands: Florence Ramoifuila ran her shop in Honiara's Chinatown strip, burned in the 2021 riots. BSP account BSP 2000 418 227.",
      [('name', 'Florence Ramoifuila'), ('place', "Honiara's Chinatown strip"), ('account', 'BSP 2000 418 227')]),
    C('Fatemeh Hosseini asked if I thought her late husband could see her. I froze. What do you say?',
      [('name', 'Fatemeh Hosseini')]),
    C('Hoping to find a Farsi speaker trained in CPT (Resick, Monson and Chard, 2017) for an Afghan family. Dari and Pashto are also welcome. Online Saturdays?'),
    C('Odisha: Pramila Naik, tribal woman from Niyamgiri hills, displaced; Jan Dhan account SBI 3918 0044 172.',
      [('name', 'Pramila Naik'), ('place', 'Niyamgiri'), ('account', 'SBI 3918 0044 172')]),
    C('Ayesha Siddiqa Gondal said the words "I am a burden" four times today and then laughed it off. Safety plan redone, but I\'m rattled.',
      [('name', 'Ayesha Siddiqa Gondal')]),
    C('Anyone certified in Cognitive Processing Therapy through the CPT provider roster in Australia? Phoenix Australia runs it in February and August.'),
    C('Question for Muslim colleagues in Malaysia: is it okay to use the Malay version of the DASS-21 during Ramadan fasting hours, or should I wait until after Iftar?'),
    C("Rangi Te Kanawa says his koro's land at Parihaka is the only place he feels calm. Would a session on the land be ethical?",
      [('name', 'Rangi Te Kanawa'), ('place', 'Parihaka')]),
    C("Thandiwe Mokoena-Lekhanya, Maseru's Ha Thetsane, factory worker at the Thetsane West industrial park, Lesotho ID 0031 4782 1190, was harassed by a supervisor.",
      [('name', 'Thandiwe Mokoena-Lekhanya'), ('place', "Maseru's Ha Thetsane"), ('place', 'Thetsane West'), ('ssn', '0031 4782 1190')]),
    C("When a Catholic Filipina client asks for the rosary in session, I let her. Fr. Richard Rohr's Falling Upward (2011) has been useful for both of us, oddly."),
    C('Mongolia, the dzud winter: Bat-Erdene Gankhuyag lost 600 head near Bayan-Öndör soum and moved to the ger district in Bayankhoshuu. Register no. УБ88041217.',
      [('name', 'Bat-Erdene Gankhuyag'), ('place', 'Bayan-Öndör soum'), ('place', 'Bayankhoshuu'), ('ssn', 'УБ88041217')]),
    C("Zoom for Kim Hyun-woo's family session: https://zoom.us/j/4418227093?pwd=SeoulFam. Please don't forward.",
      [('name', 'Kim Hyun-woo'), ('url', 'https://zoom.us/j/4418227093?pwd=SeoulFam')]),
    C('Narrative Exposure Therapy for children (KIDNET) in Somaliland and Ethiopia: Vivo International trains in Somali and Amharic. Next cohort is in March.'),
    C('Naltrexone 50 mg for alcohol use in Nigeria is almost never stocked; the NAFDAC list has it but pharmacies in Lagos State say otherwise. Any alternatives besides acamprosate?'),
    C("We had a breakthrough with Nguyễn Thị Thu Hằng - she drew her grandmother's house in Hội An and named every room.",
      [('name', 'Nguyễn Thị Thu Hằng'), ('place', 'Hội An')]),
    C("Blog by Ananya Bhattacharya naming her abuser, https://ananyab-kolkata.blogspot.com/2024/05/, she lives in Bidhannagar's CK block, Kolkata. Safety?",
      [('name', 'Ananya Bhattacharya'), ('url', 'https://ananyab-kolkata.blogspot.com/2024/05/'), ('place', "Bidhannagar's CK block"), ('place', 'Kolkata')]),
    C('Supervision note: vicarious trauma among Rohingya interpreters in Bangladesh. MSF and the IFRC Psychosocial Centre both have Bangla and Rohingya resources.'),
    C("Lebanon: Rima Khoury from Mar Mikhael's Vendôme stairs, blast 4 August 2020, now in Broummana, at Rue Principale, Imm. Saade, 3e. Cell +961 3 772 815.",
      [('name', 'Rima Khoury'), ('place', "Mar Mikhael's Vendôme stairs"), ('date', '4 August 2020'), ('place', 'Broummana'), ('street_address', 'Rue Principale, Imm. Saade, 3e'), ('phone', '+961 3 772 815')]),
    C("Telehealth log for Aroha Pōtae-Kerekere: sessions joined from 122.56.41.188 (Tairāwhiti's Kaiti) and once from 2407:7000:9b41:8200::1f. She says she's never been to Te Whanganui-a-Tara.",
      [('name', 'Aroha Pōtae-Kerekere'), ('ip_address', '122.56.41.188'), ('place', "Tairāwhiti's Kaiti"), ('ip_address', '2407:7000:9b41:8200::1f'), ('place', 'Te Whanganui-a-Tara')]),
    C("Anyone trained in Problem Management Plus (PM+) through WHO or UNHCR in Jordan? The Arabic manual's session 3 feels too fast for Syrian mothers."),
    C("Recommended reading for Pacific therapists: Tamasese, Peteru and Waldegrave's Ole Taeao Afua (1997) on Samoan perspectives on mental health, published in Aotearoa."),
    C("Prazosin 1 mg at night for nightmares, titrating to 6 mg - the VA/DoD guideline (2023) weakened the recommendation after Raskind's trial in the NEJM. Using it in Israel or Lebanon still?"),
    C("IP in the complaint email: 103.21.164.88, sender claims to be Nirmala Sharma's uncle from Biratnagar. She says she has no uncle.",
      [('ip_address', '103.21.164.88'), ('name', 'Nirmala Sharma'), ('place', 'Biratnagar')]),
    C("Oluwadamilare Fagbemi keeps cancelling on the day and then sending long voice notes at 2am. Do I name the pattern with him or wait until he's steadier?",
      [('name', 'Oluwadamilare Fagbemi')]),
    C("Park Jun-ho, father of a Sewol student from Danwon, Ansan's Gojan-dong, still goes to Paengmok harbour every April. NHIS NHIS 5-2277418301.",
      [('name', 'Park Jun-ho'), ('place', 'Danwon'), ('place', "Ansan's Gojan-dong"), ('place', 'Paengmok harbour'), ('health_plan', 'NHIS 5-2277418301')]),
    C('Pilot Rahim Khan Durrani, PCAA licence ATPL-4418, was on the PIA crash inquiry list at Model Colony, Karachi South. Grief and suspicion both.',
      [('name', 'Rahim Khan Durrani'), ('licence', 'ATPL-4418'), ('place', 'Model Colony'), ('place', 'Karachi South')]),
    C('Cultural formulation: the DSM-5-TR Cultural Formulation Interview (CFI) in Tagalog worked well with a Filipino family. Lewis-Fernández et al. (2016) has the training video.'),
    C("Balint group starts on Tuesday in Nigerian time (WAT): Michael Balint's The Doctor, His Patient and the Illness (1957) and a case from each member."),
    C("Avraham Levi, 95 since Purim, Holocaust survivor who was evacuated from Kiryat Shmona's Gimmel quarter to a hotel in Tverya's lakefront, ICD Biotronik 44182297. Is sirens-exposure work wise at his age?",
      [('name', 'Avraham Levi'), ('age_over_89', '95 since Purim'), ('place', "Kiryat Shmona's Gimmel quarter"), ('place', "Tverya's lakefront"), ('device', 'Biotronik 44182297')]),
    C('Pacemaker interrogation came back for Dorji Wangmo, 91 since Losar, Bhutanese refugee resettled from the Beldangi-II camp - Medtronic serial PJN418227H. She thinks it keeps her soul in.',
      [('name', 'Dorji Wangmo'), ('age_over_89', '91 since Losar'), ('place', 'Beldangi-II'), ('device', 'PJN418227H')]),
    C('Uganda: Okello Denis Ojok, survivor of the massacre at Barlonyo, asks whether he can bring his father, 94 come the harvest, who was there too. NIN CM78042102XPAE.',
      [('name', 'Okello Denis Ojok'), ('place', 'Barlonyo'), ('age_over_89', '94 come the harvest'), ('ssn', 'CM78042102XPAE')]),
    C("The ISTSS guidelines (2019) give Prolonged Exposure a strong recommendation, but Foa's protocol assumes weekly 90-minute sessions - unrealistic in rural Tanzania."),
    C('In Ghana the Mental Health Authority now licenses counsellors separately from the Ghana Psychological Council. Which do you renew in June?'),
    C('Honestly stuck. Ngozi Eze-Nwosu wants her husband in the sessions and he keeps answering for her.',
      [('name', 'Ngozi Eze-Nwosu')]),
    C('Turkey Izmir quake 2020: Elif Yıldırım Karaağaç from Bayraklı, trapped 33 hours. Address Manavkuyu Mah. 237/4 Sk. No:9 D:5, 35535.',
      [('name', 'Elif Yıldırım Karaağaç'), ('place', 'Bayraklı'), ('street_address', 'Manavkuyu Mah. 237/4 Sk. No:9 D:5'), ('zip_code', '35535')]),
    C("Our Fiji portal flagged 202.62.9.114 for Salote Rabuka at Lautoka's Simla settlement - a login while she was in session with me. Suspect her partner.",
      [('ip_address', '202.62.9.114'), ('name', 'Salote Rabuka'), ('place', "Lautoka's Simla settlement")]),
    C('Longer case: Ibrahima Faye, a fisherman from Kayar, lost his crew of six on the crossing to the Canaries in October. He came back alone on a Spanish rescue boat and now lives with his brother at Cité Djily Mbaye, villa 118, Yoff-Tonghor. Orange Money OM 77 418 22 97, phone +221 77 418 22 97. He asks if he is cursed. His imam says yes.',
      [('name', 'Ibrahima Faye'), ('place', 'Kayar'), ('street_address', 'Cité Djily Mbaye, villa 118'), ('place', 'Yoff-Tonghor'), ('account', 'OM 77 418 22 97'), ('phone', '+221 77 418 22 97')]),
    C("Ahmad Shah Karimi flinches at every helicopter. He was an interpreter in Lashkar Gah's Bolan.",
      [('name', 'Ahmad Shah Karimi'), ('place', "Lashkar Gah's Bolan")]),
    C('Chlorpromazine 100 mg is still first-line in Malawi and Zambia because of cost; the WHO Essential Medicines List keeps it. Tardive dyskinesia checks with AIMS every June?'),
    C('Does the Japanese Society of Psychiatry and Neurology accept Morita therapy as CPD? My supervisor in Japan thinks Naikan suits the client better.'),
    C("Australia: Kirra Walker, Gamilaraay woman, lives at 14 Frome Street, Moree's east side, NSW 2400. Medicare 4418 22971 3.",
      [('name', 'Kirra Walker'), ('street_address', '14 Frome Street'), ('place', "Moree's east side"), ('zip_code', 'NSW 2400'), ('health_plan', '4418 22971 3')]),
    C('Quiet reminder that Yom Kippur falls in October this year; Israeli and Jewish clients in Australia may cancel. The APS calendar flags it.'),
    C('Reminder for Buddhist clients in Myanmar and Thailand: Vesak falls in May this year; many will fast or go to the monastery. Session gaps expected.'),
    C("New Caledonia 2024: Éloi Wamytan from Saint-Louis tribu; his cousin runs https://www.facebook.com/tribu.stlouis.solidarite. He's hiding in Nouméa.",
      [('name', 'Éloi Wamytan'), ('place', 'Saint-Louis'), ('url', 'https://www.facebook.com/tribu.stlouis.solidarite'), ('place', 'Nouméa')]),
    C('Yuki Nakamura and I laughed for ten minutes today about a cat video. It felt like the first real contact in months.',
      [('name', 'Yuki Nakamura')]),
    C('Anyone using the Kiswahili version of the Self-Reporting Questionnaire (SRQ-20) in Kenya? KEMRI and the Kenya Psychological Association published norms in March.'),
    C("He grew up in Kibera's Gatwekera and now manages a bank - Otieno Odhiambo Ogola - and the shame runs both ways.",
      [('place', "Kibera's Gatwekera"), ('name', 'Otieno Odhiambo Ogola')]),
    C('Olanzapine 10 mg plus metformin 500 mg twice daily to curb weight gain; the Medicines Control Council in South Africa lists both as essential. HbA1c 6.1% at baseline.'),
    C('Using the Sheehan Disability Scale (SDS) with farmers in Malawi: "work" doesn\'t translate easily into Chichewa. Anyone adapted it with Partners In Health?'),
    C("Mozambique, Beira's Munhava side: Albertina Machava lost the roof in Praia Nova; the phone her sister uses is +258 84 713 2290. She asks for Sena not Portuguese.",
      [('place', "Beira's Munhava side"), ('name', 'Albertina Machava'), ('place', 'Praia Nova'), ('phone', '+258 84 713 2290')]),
    C("Joseph Kamau Njoroge's memorial page: https://www.facebook.com/groups/kamau.njoroge.memorial; he wants to read the comments in session.",
      [('name', 'Joseph Kamau Njoroge'), ('url', 'https://www.facebook.com/groups/kamau.njoroge.memorial')]),
    C('Portal audit, our clinic in Harare: login for Rutendo Chigumba-Marufu on 14/02/2024 from 41.174.22.187, then again from 196.4.80.219 within a minute. Her ex works at the ISP. Whom do I tell?',
      [('place', 'Harare'), ('name', 'Rutendo Chigumba-Marufu'), ('date', '14/02/2024'), ('ip_address', '41.174.22.187'), ('ip_address', '196.4.80.219')]),
    C('Couples work with Emotionally Focused Therapy (Sue Johnson, 2004) in the Gulf: Emirati colleagues say the attachment language translates well into Arabic.'),
    C('Do Hindu clients in Nepal find the Gita useful in grief work? I quote Chapter 2 occasionally; one Brahmin client said it felt like a sermon, not therapy.'),
    C('Darkhan Seitkali\'s father was a miner in Shakhtinsk mine town and died in the mine fire; he still can\'t say the word "shaft".',
      [('name', 'Darkhan Seitkali'), ('place', 'Shakhtinsk mine town')]),
    C("Has anyone used Interpersonal Psychotherapy for Groups (IPT-G) in Uganda? Bolton and Verdeli's model via StrongMinds runs in Luganda and Acholi."),
    C("Zambia: Mwansa Chileshe Kapembwa worked the Mopani shaft at Mufulira, crushed hand, NRC 518201/64/1, workers' comp claim WCFCB-MUF-19-3372.",
      [('name', 'Mwansa Chileshe Kapembwa'), ('place', 'Mufulira'), ('ssn', '518201/64/1'), ('medical_record', 'WCFCB-MUF-19-3372')]),
    C('Supervision reflection for Monday: Irvin Yalom\'s The Gift of Therapy (2002), with a twist - how does "here and now" work with Confucian deference in Vietnam and China?'),
    C('Hong Kong: Chan Ka-wing was in Yuen Long station on 21 July 2019; HKID Y847212(6). Can we talk about how to document without endangering her?',
      [('name', 'Chan Ka-wing'), ('place', 'Yuen Long'), ('date', '21 July 2019'), ('ssn', 'Y847212(6)')]),
    C('For clients in Papua and West Papua, Bahasa Indonesia is not always their first language; the Indonesian Psychological Association (HIMPSI) has no Papuan materials.'),
    C("The mosque shooting in Ōtautahi-Christchurch: Farid Ahmed Siddiqui was at the mosque on Linwood's east end, wheelchair user, chair serial PERMOBIL F5-4418227.",
      [('place', 'Ōtautahi-Christchurch'), ('name', 'Farid Ahmed Siddiqui'), ('place', "Linwood's east end"), ('device', 'PERMOBIL F5-4418227')]),
    C('A client in Tonga asked about Mormon and Methodist views on suicide; the Free Wesleyan Church of Tonga published guidance in Tongan last September.'),
    C("Adeoluwa told me his father beat him with the same belt he now wears. I don't know what to do with that image.",
      [('name', 'Adeoluwa')]),
    C('Cyprus: Andreas Christodoulou from Varosha, 90 at Easter this year, keeps a key to the house. Cyprus ID 0007719356, GESY GESY 4418227.',
      [('name', 'Andreas Christodoulou'), ('place', 'Varosha'), ('age_over_89', '90 at Easter'), ('ssn', '0007719356'), ('health_plan', 'GESY 4418227')]),
    C('Victoria: Priya Natarajan from Craigieburn North, nurse at the hospital in Broadmeadows during lockdown, AHPRA NMW0001841822.',
      [('name', 'Priya Natarajan'), ('place', 'Craigieburn North'), ('place', 'Broadmeadows'), ('licence', 'NMW0001841822')]),
    C("Hydroxyzine 25 mg (Atarax) for panic in Kuwait - the Kuwait Institute for Medical Specializations says it's fine short-term. Vistaril isn't available there."),
    C('Tonga Hunga: Sione Fifita Latu from Mango Island, evacuated to Nomuka, then Tongatapu - he swam for hours.',
      [('name', 'Sione Fifita Latu'), ('place', 'Mango Island'), ('place', 'Nomuka'), ('place', 'Tongatapu')]),
    C('West Bank: Layla Hamdan from Masafer Yatta, settler attack on 12 October 2023. Palestinian ID 401822743.',
      [('name', 'Layla Hamdan'), ('place', 'Masafer Yatta'), ('date', '12 October 2023'), ('ssn', '401822743')]),
    C('In Papua New Guinea, sorcery accusation trauma is huge; the Catholic Bishops Conference and Oxfam have Tok Pisin materials. Any therapists near the Highlands provinces?'),
    C('Mirtazapine 15 mg gives appetite back quickly; in Egypt the brand Remeron is costly but Mirtimash is cheaper. The Egyptian Drug Authority lists both.'),
    C('Punjab farmers: Harpreet Kaur Sandhu-Brar whose father died at the sit-in at Tikri, lives in Bhikhi, phone +91 98158 41227.',
      [('name', 'Harpreet Kaur Sandhu-Brar'), ('place', 'Tikri'), ('place', 'Bhikhi'), ('phone', '+91 98158 41227')]),
    C("Still thinking about Bongani Ndlovu. He left Ermelo's Wesselton extension 5 at 16 and never went back, even for his mother's burial.",
      [('name', 'Bongani Ndlovu'), ('place', "Ermelo's Wesselton extension 5")]),
    C('Efua Mensah-Klutse from Anloga-Whuti, tidal wave from the sea took her compound. Ghana Card GHA-719284653-4. NHIS NHIS 04187731.',
      [('name', 'Efua Mensah-Klutse'), ('place', 'Anloga-Whuti'), ('ssn', 'GHA-719284653-4'), ('health_plan', 'NHIS 04187731')]),
    C("Togo/Benin: Kossi Agbeko Hounkpatin is a zemidjan driver in Cotonou's Akpakpa, plate BJ 4417 RB, hit by a truck at Dantokpa. Cell +229 97 41 28 60.",
      [('name', 'Kossi Agbeko Hounkpatin'), ('place', "Cotonou's Akpakpa"), ('vehicle', 'BJ 4417 RB'), ('place', 'Dantokpa'), ('phone', '+229 97 41 28 60')]),
    C("Iran: Nasrin Karimi-Dehkordi from Ekbatan phase 2 town, Tehran's Ekbatan side, 2022 protests, shot in the eye. Codemeli 0084418227. Her Instagram https://instagram.com/nasrin.k.ekbatan.",
      [('name', 'Nasrin Karimi-Dehkordi'), ('place', 'Ekbatan phase 2'), ('place', "Tehran's Ekbatan side"), ('ssn', '0084418227'), ('url', 'https://instagram.com/nasrin.k.ekbatan')]),
    C("Queensland: Ngaire Harris-Parata, Māori-Australian in Slacks Creek's north end, address Unit 4, 22 Paradise Rd, QLD 4127. She's dreading Christmas.",
      [('name', 'Ngaire Harris-Parata'), ('place', "Slacks Creek's north end"), ('street_address', 'Unit 4, 22 Paradise Rd'), ('zip_code', 'QLD 4127')]),
    C('For grief in Oceania, the Fonofale model (Pulotu-Endemann, 2001) works better for me than Kübler-Ross. Samoan and Tongan colleagues, do you agree?'),
    C("Nigeria: Chiamaka Okafor from Ukpor, Anambra, was abducted on the road to Onitsha's Upper Iweka. NIN 41882093315. The ransom went via Opay Opay 8134 227 905.",
      [('name', 'Chiamaka Okafor'), ('place', 'Ukpor'), ('place', "Onitsha's Upper Iweka"), ('ssn', '41882093315'), ('account', 'Opay 8134 227 905')]),
    C("Goma's Majengo request: Furaha Bahati Nsimire fled the Nyiragongo lava to Sake village and now to Rwanda, lives at KG 14 Ave, house 27, Kimironko-Bibare, Kigali's Gasabo side. She's asking for Kinyarwanda-speaking supervision help.",
      [('place', "Goma's Majengo"), ('name', 'Furaha Bahati Nsimire'), ('place', 'Sake village'), ('street_address', 'KG 14 Ave, house 27'), ('place', 'Kimironko-Bibare'), ('place', "Kigali's Gasabo side")]),
    C('The Cook Islands Ministry of Health has one psychiatrist visiting from New Zealand each quarter. Cook Islands Māori-speaking counsellors are rare.'),
    C("Narrative case, anonymised as far as she allowed: Moreblessing Chitsinde, 38, nurse at the district hospital in Murewa centre until the cholera outbreak of 2023, when she was the only one left on the ward for four nights. She now works in a care home in Hamilton's Frankton side, NZ, on a visa tied to the employer, and the manager holds her passport. NZ nursing council number NCNZ 771482. She won't report because of her two sons at home with her mother.",
      [('name', 'Moreblessing Chitsinde'), ('place', 'Murewa centre'), ('place', "Hamilton's Frankton side"), ('licence', 'NCNZ 771482')]),
    C('Any Persian speakers who have used the Farsi BDI-II (Ghassemzadeh et al., 2005) with Iranian clients in Australia or the Gulf? Norms feel off.'),
    C("Aripiprazole 5 mg (Abilify) in a teenage girl in the Philippines; PhilHealth doesn't reimburse it and the Konsulta package is limited. Cheaper options from the PNF or the DOH list?"),
    C('In Indonesia, is BPJS Kesehatan covering CBT sessions yet, or only psychiatrist visits? HIMPSI says the Ministry of Health is discussing it this August.'),
    C("Fax to the hospital in Port Moresby's Boroko, +675 325 4418, re Kila Aopi from Gerehu Stage 6; tribal fight, machete wounds. Licence PNG-DL-4418227.",
      [('place', "Port Moresby's Boroko"), ('fax', '+675 325 4418'), ('name', 'Kila Aopi'), ('place', 'Gerehu Stage 6'), ('licence', 'PNG-DL-4418227')]),
    C("I'm seeing Nomvula Khumalo-Ntuli in KwaMashu K-section this week instead of at the office because the taxis aren't running.",
      [('name', 'Nomvula Khumalo-Ntuli'), ('place', 'KwaMashu K-section')]),
    C("Yemen: Abdulrahman Al-Hakimi from Sheikh Othman's Al-Mansoura, Aden, shelling in 2015, now in Cairo's Nasr side at 14 Shari' Abbas El-Akkad, flat 6, Nasr City, 11371.",
      [('name', 'Abdulrahman Al-Hakimi'), ('place', "Sheikh Othman's Al-Mansoura"), ('place', 'Aden'), ('place', "Cairo's Nasr side"), ('street_address', "14 Shari' Abbas El-Akkad, flat 6"), ('place', 'Nasr City'), ('zip_code', '11371')]),
    C("Fax to the clinic in Bamenda's Up Station please, +237 233 36 14 92, re Ngwa Emmanuel Fru Tangwa (file BDA-PSY-2023-0417), Anglophone crisis, burned out of Bafut in 2019.",
      [('place', "Bamenda's Up Station"), ('fax', '+237 233 36 14 92'), ('name', 'Ngwa Emmanuel Fru Tangwa'), ('medical_record', 'BDA-PSY-2023-0417'), ('place', 'Bafut')]),
    C("Does the Singapore Psychological Society accept NLP certifications? I'd say no. The Allied Health Professions Council has been firm since January."),
    C('Eswatini: Sibusiso Dlamini-Shongwe was shot at in the 2021 unrest in Matsapha. PIN 9205176100231. His car: MSD 414 AH.',
      [('name', 'Sibusiso Dlamini-Shongwe'), ('place', 'Matsapha'), ('ssn', '9205176100231'), ('vehicle', 'MSD 414 AH')]),
    C("NT: Jamie Wunungmurra from Galiwin'ku's Dhamala side, cyclone Lam, clinic file ELC-GAL-15-0447. Yolŋu Matha interpreter needed.",
      [('name', 'Jamie Wunungmurra'), ('place', "Galiwin'ku's Dhamala side"), ('medical_record', 'ELC-GAL-15-0447')]),
    C("Eritrean client in Kampala's Kawempe, Semhar Tekle, lives at Plot 18, Kisasi Road, Kyanja; the smugglers still message her on +256 772 481 907.",
      [('place', "Kampala's Kawempe"), ('name', 'Semhar Tekle'), ('street_address', 'Plot 18, Kisasi Road'), ('place', 'Kyanja'), ('phone', '+256 772 481 907')]),
    C("Counselling during Diwali week: I've moved sessions to Monday and Saturday. Sikh and Hindu clients in Fiji appreciated the flexibility last November."),
    C('Aceh tsunami: Teuku Muhammad Rizal from Lampuuk was 9 then, now a fisherman, boat reg. GT.5 No. 1182/Ac. Nightmares every Ramadan.',
      [('name', 'Teuku Muhammad Rizal'), ('place', 'Lampuuk'), ('vehicle', 'GT.5 No. 1182/Ac')]),
    C('Te Whare Tapa Whā (Mason Durie, 1984) as a formulation frame with Pākehā clients too - appropriate or appropriation? Asking honestly before Matariki.'),
    C('Anyone certified by the Korean Counseling Psychological Association? Their Level 1 exam in October now has a Solution-Focused Brief Therapy section (de Shazer and Berg).'),
    C("Pooja Iyer said her mother-in-law in Mylapore's tank street still sets a place for the son who died. She is expected to sit beside it.",
      [('name', 'Pooja Iyer'), ('place', "Mylapore's tank street")]),
    C("Has anyone run a grief group for fishermen's wives? Hawa Juma in Nungwi asked me to start one.",
      [('name', 'Hawa Juma'), ('place', 'Nungwi')]),
    C("The Tongan concept of 'ofa and the Fijian vanua come up constantly in my groups; Nabobo-Baba's Knowing and Learning (2006) is excellent background."),
    C('Tips for using the Kessler K10 with Aboriginal clients in Queensland? The Western Desert Kidney Health Project adapted it, and AIATSIS has a note on consent.'),
    C('Ethiopian-Israeli client Yitzhak Mekonen at Rehov HaGefen 14, apt 9, Kiryat Malakhi, 8305114; keeps coming back to the walk through Sudan in 1984.',
      [('name', 'Yitzhak Mekonen'), ('street_address', 'Rehov HaGefen 14, apt 9'), ('place', 'Kiryat Malakhi'), ('zip_code', '8305114')]),
    C('Anyone trained in Theraplay in New Zealand? The Theraplay Institute runs Level One each October, and ACC funds sessions for sensitive claims.'),
    C("South Africa: the night at the tavern. Siyamthanda Gcaba was 17, lives in Scenery Park, Buffalo City's East London. Gift of the Givers contact is her aunt, ngcaba.aunt@webmail.co.za.",
      [('name', 'Siyamthanda Gcaba'), ('place', 'Scenery Park'), ('place', "Buffalo City's East London"), ('email', 'ngcaba.aunt@webmail.co.za')]),
    C("Samoa measles 2019: Lemalu Faamausili lost twin babies in Falealili. NPF NPF 418227. She's back at church now.",
      [('name', 'Lemalu Faamausili'), ('place', 'Falealili'), ('account', 'NPF 418227')]),
    C("Mahlet Tesfaye Woldemichael from Dessie's Piassa, Ethiopian, domestic worker returned from Beirut's Bourj Hammoud, Fayda ID 4827 1193 0647 2215, telebirr telebirr 0911 27 4863.",
      [('name', 'Mahlet Tesfaye Woldemichael'), ('place', "Dessie's Piassa"), ('place', "Beirut's Bourj Hammoud"), ('ssn', '4827 1193 0647 2215'), ('account', 'telebirr 0911 27 4863')]),
    C("Trazodone 50 mg for sleep in a Nepali client - the Department of Drug Administration lists it as Trazonil. Nepal's Psychology Association recommends CBT-I first."),
    C('Mindfulness-Based Cognitive Therapy (Segal, Williams and Teasdale, 2002) in Mandarin: the Chinese University team published a Cantonese version too. Anyone tried it in Singapore?'),
    C('Schema Therapy (Young, Klosko and Weishaar, 2003) for Korean clients - the Korean Schema Therapy Institute runs workshops each spring in Korean and English.'),
    C("Tevita Lolohea Vaipulu from Kolofo'ou-Fasi, Nuku'alofa town, rebuilt the family store after the 2006 riots; now his son is in prison in Paremoremo and the family blames the therapist there, and I'm the only one left they'll speak to. Phone +676 774 1822.",
      [('name', 'Tevita Lolohea Vaipulu'), ('place', "Kolofo'ou-Fasi"), ('place', "Nuku'alofa town"), ('place', 'Paremoremo'), ('phone', '+676 774 1822')]),
    C('Macau: Lei Ioc Man croupier, casino self-exclusion and debt, BIR 1283479(5), BNU account BNU 9017 2281 443.',
      [('name', 'Lei Ioc Man'), ('ssn', '1283479(5)'), ('account', 'BNU 9017 2281 443')]),
    C('Kaberuka Grace asked that I never use her address, so just: she came from Rusizi in 1996. First anniversary session next week.',
      [('name', 'Kaberuka Grace'), ('place', 'Rusizi')]),
    C("Muslim clients and the concept of Qadr in grief - Rassool's Islamic Counselling (2016) has a chapter that helps, also Abu-Raiya on Islamic coping (Brief RCOPE)."),
    C("Does the Pakistan Psychological Association recognise Islamic Trauma Healing (Mailey, 2016) as an evidence-based intervention? It's spreading in Somalia and Kenya."),
    C('In the Emirates, the Department of Health Abu Dhabi now requires DHA or MOHAP licensing separately - anyone moved from MOHAP to DOH in January?'),
    C("Sorry for the length: Asel Nurlanovna was a nurse in Almaty's Aksai mkr during the January events; her car, 418 KZA 02, was taken at a checkpoint on 6 January 2022 and found burned. IIN 890104418227. She moved to her aunt in Taraz's Zhambyl mkr and works nights. She says she has not cried once and is proud of it.",
      [('name', 'Asel Nurlanovna'), ('place', "Almaty's Aksai mkr"), ('vehicle', '418 KZA 02'), ('date', '6 January 2022'), ('ssn', '890104418227'), ('place', "Taraz's Zhambyl mkr")]),
    C("The Arabic Brief COPE from Qatar University's team works well, but Islamic clients sometimes misread the religion subscale. Anyone using the Muslim religiosity scale?"),
    C('Autism assessment in the Gulf: the ADOS-2 Arabic version is validated in Saudi Arabia and Oman; the Kuwait Centre for Autism uses it as well.'),
    C('Nauru: Reza Mohammadi, former offshore detainee, boat ID NAU-BID-4418. Now in Doveton near Dandenong. IMEI of the phone the guards took 35 441822 974113 2.',
      [('name', 'Reza Mohammadi'), ('ssn', 'NAU-BID-4418'), ('place', 'Doveton near Dandenong'), ('device', '35 441822 974113 2')]),
    C('Pakistan, Swat: Gul Meena Yousafzai in Bahrain tehsil, flood took the hotel. CNIC 15602-4418227-8. JazzCash JazzCash 0345 9187723.',
      [('place', 'Swat'), ('name', 'Gul Meena Yousafzai'), ('place', 'Bahrain tehsil'), ('ssn', '15602-4418227-8'), ('account', 'JazzCash 0345 9187723')]),
    C("The Indian Psychiatric Society's Clinical Practice Guidelines on depression (Gautam et al., 2017) remain the local standard; NIMHANS teaches from them each January."),
    C("Hauwa Bello in Gwoza cannot sleep when the generator stops. NHIA number NHIA-BO-2284117. She's one of the schoolgirls' cousins.",
      [('name', 'Hauwa Bello'), ('place', 'Gwoza'), ('health_plan', 'NHIA-BO-2284117')]),
    C('Anyone used the Aboriginal and Torres Strait Islander version of the K5 (Kessler 5)? The NSW Ministry of Health and Lowitja Institute recommend it for community screening.'),
    C('Yoga Nidra for Hindu and Jain clients in Gujarat - the Bihar School of Yoga teaches it, and the Indian Council of Medical Research funded a small RCT.'),
    C('The Twi phrase "adwenemadwene" for overthinking maps well to rumination; Akan colleagues in Ghana, do you use it in CBT with Methodist or Presbyterian clients?'),
    C("Brunei: Dayang Nurul Aqilah from Kampong Ayer's Tamoi, IC 01-041872, wants a female therapist only, Malay or English.",
      [('name', 'Dayang Nurul Aqilah'), ('place', "Kampong Ayer's Tamoi"), ('ssn', '01-041872')]),
    C('Has anyone adapted the Strengths and Difficulties Questionnaire (SDQ) into Tok Pisin? UNICEF Papua New Guinea piloted one in 2019.'),
    C('Ama Serwaa Bonsu-Manu told her pastor about the sessions and now the pastor wants to attend. How would you handle that?',
      [('name', 'Ama Serwaa Bonsu-Manu')]),
    C("Long question. Nomsa Dube-Mhlanga runs a spaza shop in Diepsloot's Extension 12 informal side and was robbed at gunpoint twice in one month; the second time her nine-year-old was behind the counter. She's Zimbabwean without papers, so no police report, and she's afraid to leave the shop even to sleep. Her daughter's school counsellor referred her by email, counsellor.d12@schoolmail.co.za. How would you approach safety planning when the threat is real and ongoing?",
      [('name', 'Nomsa Dube-Mhlanga'), ('place', "Diepsloot's Extension 12 informal side"), ('email', 'counsellor.d12@schoolmail.co.za')]),
    C('Tamar Cohen-Shapiro wants to stop sessions during the war because "everyone has it worse." How do I hold that?',
      [('name', 'Tamar Cohen-Shapiro')]),
    C('The aunt is Mama Josephine Atieno; she raised eleven children in Kisumu Ndogo B.',
      [('name', 'Josephine Atieno'), ('place', 'Kisumu Ndogo B')]),
    C('Has anyone trained with the Peer-to-Peer Sinhala program in Sri Lanka? The Basic Needs foundation and the Sri Lanka College of Psychiatrists run it in August.'),
    C('Cambodia: Sokha Chhim lives on a floating house near Chong Kneas; the fishing collapsed and the microfinance loan, ABA ABA 004 218 773, is eating her alive.',
      [('name', 'Sokha Chhim'), ('place', 'Chong Kneas'), ('account', 'ABA 004 218 773')]),
    C("Tasmania: Bronwyn Tolley from Dover-on-Huon, Huon, salmon farm job lost, licence TAS D 418227, ute F48 KT. She's at the pub every night.",
      [('name', 'Bronwyn Tolley'), ('place', 'Dover-on-Huon'), ('place', 'Huon'), ('licence', 'TAS D 418227'), ('vehicle', 'F48 KT')]),
    C('Tala Mansour: new device login from 2a02:9b0:4418:227::5 (local ISP) on 8 December 2024, the night her father found the app.',
      [('name', 'Tala Mansour'), ('ip_address', '2a02:9b0:4418:227::5'), ('date', '8 December 2024')]),
    C('Sharing a resource: the Arabic Trauma Recovery Workbook by the International Medical Corps, used in Iraq, Syria and Jordan since 2018. Free PDF through IMC.'),
    C("The abuser posted Meera Pillai's address on https://www.reddit.com/r/Chennai/comments/1c4418/; she lives in Velachery's Vijayanagar. Takedown first, or police?",
      [('name', 'Meera Pillai'), ('url', 'https://www.reddit.com/r/Chennai/comments/1c4418/'), ('place', "Velachery's Vijayanagar")]),
    C("Bangui-Boeing - Prisca Yakité in PK5 market lost her husband in 2014, her daughter's email is yakite.grace@yahoo.fr, she wants the grief group in Sango.",
      [('place', 'Bangui-Boeing'), ('name', 'Prisca Yakité'), ('place', 'PK5 market'), ('email', 'yakite.grace@yahoo.fr')]),
    C("Quetiapine 25 mg at night for sleep - prescribed by a GP in New South Wales. The RANZCP position statement (2021) discourages it, and Medicare won't fund it off-label."),
    C('Chipo Nyathi in Bulawayo, 14 Lobengula Street, Makokoba, says the Gukurahundi exhumations have reopened everything for her mother.',
      [('name', 'Chipo Nyathi'), ('place', 'Bulawayo'), ('street_address', '14 Lobengula Street'), ('place', 'Makokoba')]),
    C("My client from Tanna island, Kalo Iawak, talks about the volcano like a relative. I don't want to flatten that into a metaphor.",
      [('place', 'Tanna'), ('name', 'Kalo Iawak')]),
    C('The EMDR Humanitarian Assistance Programs (HAP) run trainings in Indonesia and the Philippines; the next one is in August for Bahasa and Tagalog speakers.'),
    C("Shame and face in Korean families: Hwa-byung (화병) is still listed in the DSM-IV glossary and Min Sung-kil's work from the early 1990s is worth a look in Korean or English."),
    C('Are the Pacific Islands Mental Health Network and the WHO Western Pacific Region office running anything in Vanuatu this December?'),
    C('Anyone in Bangladesh using the Bangla version of the Edinburgh Postnatal Depression Scale (EPDS)? BRAC trained community health workers in July.'),
    C("Fax number for the clinic in Apia's Matautu side +685 21 418, client Tuiasosopo Leiataua, 94 on White Sunday, from Lalomanu-Aleipata; tsunami memories at end of life.",
      [('place', "Apia's Matautu side"), ('fax', '+685 21 418'), ('name', 'Tuiasosopo Leiataua'), ('age_over_89', '94 on White Sunday'), ('place', 'Lalomanu-Aleipata')]),
    C("Does anyone know a therapist who speaks Tigrinya near Mekelle's Ayder or online? Selam Gebremariam needs someone who understands the siege.",
      [('place', "Mekelle's Ayder"), ('name', 'Selam Gebremariam')]),
    C("Anyone seen survivor's guilt like this after Freddy? Chikondi Banda-Msiska was the only one of her household pulled from the mud in Chilobwe ward, she keeps asking why the water chose her.",
      [('name', 'Chikondi Banda-Msiska'), ('place', 'Chilobwe ward')]),
    C('Trauma-Focused CBT (Cohen, Mannarino and Deblinger) translated into Amharic - does the Ethiopian Psychiatric Association have an official version yet?'),
    C("The Khmer version of the HSCL-25 (Mollica, 1987) and the Cambodian Ministry of Health's new mental health strategy (2023-2032) are on my reading list for July."),
    C("Question about boundaries: Tariq Mahmood Chaudhry brought me a box of mangoes from his uncle's orchard in Shujabad. Refusing would insult the family.",
      [('name', 'Tariq Mahmood Chaudhry'), ('place', 'Shujabad')]),
    C('Lucy Nasimiyu stood up halfway through the session and danced. I went with it. Then she cried.',
      [('name', 'Lucy Nasimiyu')]),
    C("I've been seeing Ikaika Kahananui-Pa'akaula on Zoom from Waimānalo homesteads; last week the connection dropped mid-disclosure and he didn't log back.",
      [('name', "Ikaika Kahananui-Pa'akaula"), ('place', 'Waimānalo homesteads')]),
    C("Armenia: Anahit Grigoryan-Sargsyan fled Stepanakert-Khankendi in September 2023, lives in Abovyan's third district at Sayat-Nova 14, apt 21, AM-2201. Phone +374 94 418227.",
      [('name', 'Anahit Grigoryan-Sargsyan'), ('place', 'Stepanakert-Khankendi'), ('place', "Abovyan's third district"), ('street_address', 'Sayat-Nova 14, apt 21'), ('zip_code', 'AM-2201'), ('phone', '+374 94 418227')]),
    C('In Rwanda, Ministry of Health data show PTSD rises every April during Kwibuka. Community-Based Sociotherapy (Richters et al., 2013) is widely used there.'),
    C('Tianeptine (Stablon) misuse in Malaysia and Singapore - the HSA warned in 2023. Anyone dealing with it in Muslim youth after Hari Raya?'),
    C("Jun-jun Dacanay from Marawi's ground zero, siege survivor, lives in Sagonsongan phase 4 transitory shelter. Cell 0917 418 2290, Facebook https://facebook.com/junjun.dacanay.77.",
      [('name', 'Jun-jun Dacanay'), ('place', "Marawi's ground zero"), ('place', 'Sagonsongan phase 4'), ('phone', '0917 418 2290'), ('url', 'https://facebook.com/junjun.dacanay.77')]),
    C('In Saudi Arabia, the National Center for Mental Health Promotion has a free helpline, but Arabic-only. Are there English or Urdu lines for migrant workers?'),
    C("Bit of a long one. Ravshan Tursunov-Saidov is a Tajik builder who was caught in the round-ups in Russia last spring - not involved, but detained for nine days and beaten - and is now back in Vahdat's Chorbogh mahalla with his mother. He speaks Russian with me on a crackly line from +992 93 771 4826, passport 400718265. He keeps saying he was lucky, then asking why his hands still shake when a car slows down beside him. Where would you start?",
      [('name', 'Ravshan Tursunov-Saidov'), ('place', "Vahdat's Chorbogh mahalla"), ('phone', '+992 93 771 4826'), ('ssn', '400718265')]),
    C("Seong-min cried today for the first time since his father's funeral. He apologised four times.",
      [('name', 'Seong-min')]),
    C('Metformin and olanzapine in Pacific Islanders: the NZ Formulary suggests checking HbA1c every three months. Pharmac funds both. Any Samoan nurse-led clinics?'),
    C("Pump download for Asha Mohamud Farah, Eastleigh's First Avenue: Medtronic 780G NG4418227H; night lows after every call from Mogadishu's Hodan.",
      [('name', 'Asha Mohamud Farah'), ('place', "Eastleigh's First Avenue"), ('device', 'NG4418227H'), ('place', "Mogadishu's Hodan")]),
    C('Kerala, Wayanad: Jessy Varghese in Chooralmala lost the house; Karunya card KASP 32-114-00871.',
      [('place', 'Wayanad'), ('name', 'Jessy Varghese'), ('place', 'Chooralmala'), ('health_plan', 'KASP 32-114-00871')]),
    C("Burkina: the school in Djibo's Torodi quarter closed in March, Issouf Ouédraogo was a teacher there, now lives in Kaya's Bollé quarter, secteur 5, rue 5.27, porte 114. Phone +226 70 41 82 36.",
      [('place', "Djibo's Torodi quarter"), ('name', 'Issouf Ouédraogo'), ('place', "Kaya's Bollé quarter"), ('street_address', 'secteur 5, rue 5.27, porte 114'), ('phone', '+226 70 41 82 36')]),
    C("Quick sense check: Kalinda Martin from Yirrkala homeland wants her Elder present for the trauma narrative. I'm all for it.",
      [('name', 'Kalinda Martin'), ('place', 'Yirrkala homeland')]),
    C("Date check for the court letter: Obinna Nwankwo was admitted 05/08/2023, discharged 19/08/2023, Enugu's Uwani psychiatric hospital, file FNPH-EN-23-0771.",
      [('name', 'Obinna Nwankwo'), ('date', '05/08/2023'), ('date', '19/08/2023'), ('place', "Enugu's Uwani"), ('medical_record', 'FNPH-EN-23-0771')]),
    C('Leung Mei-yee, survivor of the estate fire, Flat 17D, Block 6, Tai Po Market side. Hospital Authority no. HA-NTE-24-118273.',
      [('name', 'Leung Mei-yee'), ('street_address', 'Flat 17D, Block 6'), ('place', 'Tai Po Market side'), ('medical_record', 'HA-NTE-24-118273')]),
    C('The hostel fire in Newtown, Wellington: Brian Tipene got out from level 3. IRD 118-422-974. Plate MKL418.',
      [('place', 'Newtown, Wellington'), ('name', 'Brian Tipene'), ('ssn', '118-422-974'), ('vehicle', 'MKL418')]),
    C('Mentalization-Based Treatment (Bateman and Fonagy, 2004) in Japan: the Japanese MBT Association translated the manual in 2019. Sessions in Japanese only.'),
    C("Tahiti: Heiarii Tetuanui from Faa'a-Puurai, son of a test worker on Moruroa, CPS CPS 418 227 974. He says the sea is poisoned.",
      [('name', 'Heiarii Tetuanui'), ('place', "Faa'a-Puurai"), ('place', 'Moruroa'), ('health_plan', 'CPS 418 227 974')]),
    C('Pregabalin (Lyrica) misuse is rising in Egypt, Jordan and Saudi Arabia - the SFDA moved it to controlled status. Any Arabic psychoeducation leaflets?'),
    C("Zimbabwe's psychiatric units are full; the Ministry of Health and Child Care says beds will open in Matabeleland North by December."),
    C("Mutuelle de santé card RW-MUT-0718-44291 for Jean de Dieu Habimana, born 7 April 1979 in Nyamata-Ntarama. He still can't enter a church in April.",
      [('health_plan', 'RW-MUT-0718-44291'), ('name', 'Jean de Dieu Habimana'), ('date', '7 April 1979'), ('place', 'Nyamata-Ntarama')]),
    C("Faisal Al-Rashidi asked me to pray with him at the end of the session. I'm not Muslim. Any thoughts?",
      [('name', 'Faisal Al-Rashidi')]),
    C("Consultation on Wednesday at 7pm AEST: Judith Herman's Trauma and Recovery (1992), chapter 9, plus the Blue Knot Foundation guidelines from Australia."),
    C("I think Farzana Begum is being pressured to marry. She's 17, grew up in Sylhet Sadar and came here at 12.",
      [('name', 'Farzana Begum'), ('place', 'Sylhet Sadar')]),
    C("i'm seeing kojo mensa-bonsu again thurs, he's been sleeping at the bus station in kaneshie first light, can anyone help with a shelter contact",
      [('name', 'kojo mensa-bonsu'), ('place', 'kaneshie first light')]),
    C('Rasmi Thapa Magar came in with a garland for me. Her son got the visa.',
      [('name', 'Rasmi Thapa Magar')]),
    C("The floods in Townsville's Hermit Park in 2019: Shane O'Rourke in Idalia's riverside, ex-army, DVA card DVA QX418227. Email shane.orourke.tsv@bigpond.com.",
      [('place', "Townsville's Hermit Park"), ('name', "Shane O'Rourke"), ('place', "Idalia's riverside"), ('health_plan', 'DVA QX418227'), ('email', 'shane.orourke.tsv@bigpond.com')]),
    C('Mosul: Yusuf Younis Al-Jubouri, old city, ran from Zanjili in 2017. File at the NGO EMG-MOS-17-4421. WhatsApp +964 750 418 2271.',
      [('place', 'Mosul'), ('name', 'Yusuf Younis Al-Jubouri'), ('place', 'Zanjili'), ('medical_record', 'EMG-MOS-17-4421'), ('phone', '+964 750 418 2271')]),
    C("Chinese medicine and SSRIs: St John's Wort interacts with sertraline, but so do some Chinese herbs like Ginkgo. Anyone keep a list for clients in Malaysia?"),
    C("Botswana health card BW-GHC-0641922 - client Kagiso Motsumi, cattle post near Serowe's Mokgware, foot-and-mouth cull ended his herd.",
      [('health_plan', 'BW-GHC-0641922'), ('name', 'Kagiso Motsumi'), ('place', "Serowe's Mokgware")]),
    C("Torres Strait: Aunty Kaye Mosby's grandson Tom Mosby from Poruma (Coconut Island), erosion of the graves. Queensland Health URN TI-418227.",
      [('name', 'Kaye Mosby'), ('name', 'Tom Mosby'), ('place', 'Poruma (Coconut Island)'), ('medical_record', 'TI-418227')]),
    C("Sierra Leone, the fuel tanker at Wellington's Calaba Town: Ibrahim Kamara-Sesay ran toward it, burns to 30%. Connaught file CH-BU-2021-1147, phone +232 76 418 209.",
      [('place', "Wellington's Calaba Town"), ('name', 'Ibrahim Kamara-Sesay'), ('medical_record', 'CH-BU-2021-1147'), ('phone', '+232 76 418 209')]),
    C("Siti Rahmawati binti Abdullah, migrant domestic worker returned to Indramayu from Riyadh's Al Olaya, BNI account BNI 0418 229 371 used by her agent.",
      [('name', 'Siti Rahmawati binti Abdullah'), ('place', 'Indramayu'), ('place', "Riyadh's Al Olaya"), ('account', 'BNI 0418 229 371')]),
    C("Kurdistan: Shilan Hama Rashid from Halabja's Pirmam quarter lost her mother to the gas in 1988 as a baby. Asks if she can come only on Wednesdays.",
      [('name', 'Shilan Hama Rashid'), ('place', "Halabja's Pirmam quarter")]),
    C("Tuvalu: Lanieta Teo from Fongafale islet's Senala, king tides, she can't sleep near the lagoon side. Email lanieta.teo@tuvalu.tv.",
      [('name', 'Lanieta Teo'), ('place', "Fongafale islet's Senala"), ('email', 'lanieta.teo@tuvalu.tv')]),
    C('Topiramate 25 mg for binge eating in Australia: the TGA lists it off-label. Any dietitian input from the Butterfly Foundation or Dietitians Australia?'),
    C("Israeli client Noa Ben-David from Kibbutz Kfar Aza. Teudat zehut 038841227. Maccabi Maccabi 44-182297. Her car, 63-517-02, she can't sell.",
      [('name', 'Noa Ben-David'), ('place', 'Kibbutz Kfar Aza'), ('ssn', '038841227'), ('health_plan', 'Maccabi 44-182297'), ('vehicle', '63-517-02')]),
    C('The dog was called Biscuit and it was the only thing Emma Whitfield saved from the house in Wandella.',
      [('name', 'Emma Whitfield'), ('place', 'Wandella')]),
    C('Vanuatu: Jimmy Tavoa from Mele Maat village, Efate, Cyclone Judy and Kevin in one week. Digicel +678 774 1822.',
      [('name', 'Jimmy Tavoa'), ('place', 'Mele Maat village'), ('place', 'Efate'), ('phone', '+678 774 1822')]),
    C("Lagos Island's Idumota - Tobiloba Adeyemi-Oke at 12 Oduduwa Crescent, GRA Ikeja; she survived the tower collapse in Ikoyi's Gerrard Road. IP in the clinic log: 102.89.34.177.",
      [('place', "Lagos Island's Idumota"), ('name', 'Tobiloba Adeyemi-Oke'), ('street_address', '12 Oduduwa Crescent, GRA Ikeja'), ('place', "Ikoyi's Gerrard Road"), ('ip_address', '102.89.34.177')]),
    C('Clonazepam (Rivotril) 0.5 mg is being sold without prescription across West Africa; the WAHO report in February named Togo, Benin and Niger.'),
    C("For Pasifika youth in Aotearoa, Le Va's Engaging Pasifika framework and the Talanoa approach (Vaioleti, 2006) - what works in supervision?"),
    C('The Arabic Adaptation of Trauma Grief Component Therapy (TGCTA) by Layne and Saltzman is used in Palestine and Lebanon. Does UNRWA offer training?'),
    C("Thinking about intergenerational trauma in Cambodia: Hinton's CA-CBT (Culturally Adapted CBT) and his work on khyâl attacks are essential reading."),
    C("Saudi: Hessa Al-Qahtani was in the flood in Jeddah's Quwaizah in 2009 as a girl. National address RGAB 4418, 7231 Al Safa, Al Safa district 7, 23452-3188. Bupa BUPA 44182297.",
      [('name', 'Hessa Al-Qahtani'), ('place', "Jeddah's Quwaizah"), ('street_address', 'RGAB 4418, 7231 Al Safa'), ('place', 'Al Safa district 7'), ('zip_code', '23452-3188'), ('health_plan', 'BUPA 44182297')]),
    C('Tanzania: Neema Mollel, Maasai, from Loliondo, eviction trauma. NIDA 19880417-23118-00001-27, her son writes from mollel.lemayan@gmail.com.',
      [('name', 'Neema Mollel'), ('place', 'Loliondo'), ('ssn', '19880417-23118-00001-27'), ('email', 'mollel.lemayan@gmail.com')]),
    C('CPAP ResMed AirSense 11 S/N 23184418227 for Jamal Al-Sabah, Jabriya; he says the mask feels like the interrogation hood.',
      [('device', 'ResMed AirSense 11 S/N 23184418227'), ('name', 'Jamal Al-Sabah'), ('place', 'Jabriya')]),
    C("Moana Faleolo-Tuimavave's family wants her back in Leulumoega for the funeral and she's terrified of the aunties.",
      [('name', 'Moana Faleolo-Tuimavave'), ('place', 'Leulumoega')]),
    C('Bangladesh Rohingya camps: Nur Kalima in Camp 8W, block C, Balukhali-Kutupalong, FCN FCN 1182774; fire in March took the shelter. Two children with burns.',
      [('name', 'Nur Kalima'), ('place', 'Camp 8W, block C'), ('place', 'Balukhali-Kutupalong'), ('ssn', 'FCN 1182774')]),
    C('Valproate (Epilim) is contraindicated in pregnancy; the MHRA warning reached the Philippines FDA only last year. Any Filipino colleagues with updated leaflets in Tagalog or Cebuano?'),
    C('Vietnamese interpreters: the Department of Health in Victoria funds TIS National, but family interpreting is still common on weekends. Any policy templates?'),
    C("Nkem Obi's CGM, Dexcom G7 transmitter 4N8J2K, is shared with her mother in Nnewi's Otolo-Uruagu who phones whenever she drops below 3.9. Boundary work needed.",
      [('name', 'Nkem Obi'), ('device', '4N8J2K'), ('place', "Nnewi's Otolo-Uruagu")]),
    C('Sreymom Keo from Kampong Luong, Khmer ID 170421573, her grandfather, 98 since Pchum Ben, was in Tuol Sleng as a guard, not a prisoner. She found out in May.',
      [('name', 'Sreymom Keo'), ('place', 'Kampong Luong'), ('ssn', '170421573'), ('age_over_89', '98 since Pchum Ben'), ('place', 'Tuol Sleng')]),
    C('Nepal: Pasang Sherpa from Khumjung-Kunde, lost his cousin in the icefall above Khumbu, lives at Boudha-6, Tusal. Citizenship 27-01-73-04418.',
      [('name', 'Pasang Sherpa'), ('place', 'Khumjung-Kunde'), ('place', 'Khumbu'), ('street_address', 'Boudha-6, Tusal'), ('ssn', '27-01-73-04418')]),
    C("On the PCL-5 cut-off of 33 in South Africa - Ashwick's 2019 paper on Afrikaans and isiZulu versions suggested 31. Which do you use in KwaZulu-Natal?"),
    C('Trauma in the Yazidi community: the Free Yezidi Foundation and Jiyan Foundation have Kurmanji materials. Does anyone work with Yazidi religious leaders directly?'),
    C('Our colleague on the coast asks: Rehema Salim from Majengo Mapya, ferry accident survivor, M-Pesa till for the group fee is M-Pesa 0722 419 336. Fine to accept?',
      [('name', 'Rehema Salim'), ('place', 'Majengo Mapya'), ('account', 'M-Pesa 0722 419 336')]),
    C("Nasser Al-Harthy's pilot-style truck licence OM-HV-4418227 is revoked after the Bidbid wadi crossing that killed his passenger.",
      [('name', 'Nasser Al-Harthy'), ('licence', 'OM-HV-4418227'), ('place', 'Bidbid')]),
    C('Korean Catholic clients and Chuseok in September: ancestor rites (jesa) can trigger conflict between Protestant and Catholic in-laws. Any tips from Korea?'),
    C('PNG Bougainville: Rosemary Kaupa from Arawa-Kieta road, civil war childhood, NID PNG-NID 4418227740. Digicel +675 7418 2297.',
      [('name', 'Rosemary Kaupa'), ('place', 'Arawa-Kieta road'), ('ssn', 'PNG-NID 4418227740'), ('phone', '+675 7418 2297')]),
    C("Fax header received 3 March 2025 from +254 20 271 4418, about Wafula Simiyu Wekesa, Kitale's Kipsongo; the fax number belongs to a rehab we never referred to.",
      [('date', '3 March 2025'), ('fax', '+254 20 271 4418'), ('name', 'Wafula Simiyu Wekesa'), ('place', "Kitale's Kipsongo")]),
    C('In the Solomon Islands, the Ministry of Health and Medical Services has three psychiatric nurses for the whole country. Wantok obligations shape every referral.'),
    C('Kenya, the dam burst at Solai: Wanjiru Kamau-Ndegwa lost her house in Energy village. NHIF NHIF 7719 3402, she asks to meet at the church not the clinic.',
      [('place', 'Solai'), ('name', 'Wanjiru Kamau-Ndegwa'), ('place', 'Energy village'), ('health_plan', 'NHIF 7719 3402')]),
    C("Singapore: Ravi Shankar s/o Muthusamy, work permit WP 0 4182297 Q, lives in the Sungei Tengah dormitory; fell from scaffolding at a site in Tuas South's Avenue 9.",
      [('name', 'Ravi Shankar s/o Muthusamy'), ('licence', 'WP 0 4182297 Q'), ('place', 'Sungei Tengah'), ('place', "Tuas South's Avenue 9")]),
    C("Côte d'Ivoire: Adjoua Kouassi-Yao N'Guessan lost her brother in the fighting in Abobo-Baoulé. Lives at Cocody Angré, 8e tranche, villa 214. Orange Money OM 07 48 21 93 06.",
      [('name', "Adjoua Kouassi-Yao N'Guessan"), ('place', 'Abobo-Baoulé'), ('street_address', 'Cocody Angré, 8e tranche, villa 214'), ('account', 'OM 07 48 21 93 06')]),
    C("Reading for Friday: Vikram Patel's Where There Is No Psychiatrist (2nd edition, 2018), chapters on depression and alcohol. Also the Lancet Commission (2018)."),
    C('Sleep hygiene in Ramadan: suhoor before 4:30am, Fajr, then no screens. Melatonin 2 mg (Circadin) is available in the UAE and Oman without a prescription, per the Gulf Psychiatry Forum.'),
    C("Farah Naz's brother posted her therapy notes photo at https://x.com/naz_bro_lhr/status/17844182270. She's in Model Town's Q Block. What now?",
      [('name', 'Farah Naz'), ('url', 'https://x.com/naz_bro_lhr/status/17844182270'), ('place', "Model Town's Q Block")]),
    C("The EMDR Asia conference was online this year, hosted from Thailand in November. Francine Shapiro's protocol still."),
    C("Mere Ngata in Tokomaru Bay's wharf end, roads cut for weeks after Gabrielle. 41 Waiapu Road, 4079. She's asked for a kuia to sit in.",
      [('name', 'Mere Ngata'), ('place', "Tokomaru Bay's wharf end"), ('street_address', '41 Waiapu Road'), ('zip_code', '4079')]),
    C('Ruma Akter from Kalshi slum, Mirpur-11 Pallabi, garment worker after the factory fire; bKash bKash 01711-448227. She asks us to pay her bus fare.',
      [('name', 'Ruma Akter'), ('place', 'Kalshi'), ('place', 'Mirpur-11 Pallabi'), ('account', 'bKash 01711-448227')]),
    C('Paroxetine 20 mg (Seroxat) withdrawal is brutal; one client in Zambia tapered to 5 mg over September and October with a liquid form from India, following the Maudsley Prescribing Guidelines.'),
    C("Phan Thi Ngoc Lan's daughter runs https://www.youtube.com/@phanlan.danang, and posts their fights. Sơn Trà district, Da Nang. Device iPhone IMEI 35 418227 974118 0.",
      [('name', 'Phan Thi Ngoc Lan'), ('url', 'https://www.youtube.com/@phanlan.danang'), ('place', 'Sơn Trà'), ('place', 'Da Nang'), ('device', 'iPhone IMEI 35 418227 974118 0')]),
    C("Sharing for Saturday's group: Ethan Watters' Crazy Like Us (2010), the chapter on Sri Lanka after the 2004 tsunami, and the IASC MHPSS guidelines (2007)."),
    C('The Mini International Neuropsychiatric Interview (MINI 7.0) in Yoruba and Hausa: has the Nigerian Medical Association endorsed a version yet?'),
    C('Fluvoxamine 100 mg and clozapine - CYP1A2 interaction flagged by Lexicomp; in India the brand Fluvoxin is cheap. Our psychiatrist in Karnataka halved the clozapine.'),
    C("Maldives: Aminath Shiuna from Hinnavaru - heroin and her brother, ID A188412, Aasandha Aasandha A188412-07. She's moving to Malé's Hulhumalé in June.",
      [('name', 'Aminath Shiuna'), ('place', 'Hinnavaru'), ('ssn', 'A188412'), ('health_plan', 'Aasandha A188412-07'), ('place', "Malé's Hulhumalé")]),
    C("Afghan in Iran: Zahra Rezaei from Dasht-e Barchi's Pul-e Sukhta, the tutoring-centre bombing, now in Shahr-e Rey. Amayesh card AMY 4418 2297.",
      [('name', 'Zahra Rezaei'), ('place', "Dasht-e Barchi's Pul-e Sukhta"), ('place', 'Shahr-e Rey'), ('ssn', 'AMY 4418 2297')]),
    C('Delhi: Mohammad Shahid from Shiv Vihar lost his shop in the 2020 riots, licence DL-1320190041872, e-rickshaw DL 5S ER 4418.',
      [('name', 'Mohammad Shahid'), ('place', 'Shiv Vihar'), ('licence', 'DL-1320190041872'), ('vehicle', 'DL 5S ER 4418')]),
    C('For Shia clients during Muharram and Ashura, I pause exposure work in the first ten days. Anyone in Iraq or Bahrain do the same?'),
    C('Guinean client Mamadou Saliou Bah in Hamdallaye-Mosquée, Conakry, was beaten at the stadium in 2009 - the trial is bringing it back.',
      [('name', 'Mamadou Saliou Bah'), ('place', 'Hamdallaye-Mosquée'), ('place', 'Conakry')]),
    C("Long one, sorry: Maryam Nadeem, 31, runs a tuition centre in Gulshan-e-Iqbal block 13-D, Karachi East; since the heatwave in June she hasn't slept more than four hours, and on 24 June 2024 she found her neighbour dead in the stairwell. She messages me from maryam.tuition.khi@gmail.com at 3am, and her father, who turns 90 next Eid, refuses any doctor. I'm out of ideas about how to pace the trauma work with so much current threat.",
      [('name', 'Maryam Nadeem'), ('place', 'Gulshan-e-Iqbal block 13-D'), ('place', 'Karachi East'), ('date', '24 June 2024'), ('email', 'maryam.tuition.khi@gmail.com'), ('age_over_89', '90 next Eid')]),
    C('The Japanese version of the IES-R (Asukai et al., 2002) is what we used after Tōhoku. Japanese university clinics still train with it every April.'),
    C("Escitalopram 10 mg with a Tamil Hindu client who won't take pills on Fridays - the Skanda Shashti fast is in November this year. Weekend dosing okay?"),
    C("Palestinian camp Lebanon: Ahmad Abu Khalil in Shatila camp's Horsh, UNRWA reg. UNRWA 1-0418-2274. The camp clinic file UNRWA-SH-2019-0447.",
      [('name', 'Ahmad Abu Khalil'), ('place', "Shatila camp's Horsh"), ('ssn', 'UNRWA 1-0418-2274'), ('medical_record', 'UNRWA-SH-2019-0447')]),
    C("My client Arjun Menon keeps bringing in cricket scores as a way of avoiding the topic. I've started to find it endearing.",
      [('name', 'Arjun Menon')]),
    C('Azerbaijani client Leyla Mammadova from Aghdam district, IDP since 1993, FIN code 4ZK8D2P. Asks for sessions in Russian.',
      [('name', 'Leyla Mammadova'), ('place', 'Aghdam'), ('ssn', '4ZK8D2P')]),
    C("Guanfacine XR (Intuniv) isn't registered in Kenya or Nigeria; methylphenidate (Ritalin) is scarce. ADHD in West and East Africa is mostly unmedicated."),
    C("Hmong and Karen clients in Thailand: shamanic healing and CBT side by side - Fadiman's The Spirit Catches You and You Fall Down (1997) still resonates."),
    C("Philippines, Tacloban's Anibong after Yolanda: Rosalinda Abarquez in Barangay 88, San Jose, Tacloban side, lost four children. PhilHealth PH 13-022847192-4.",
      [('place', "Tacloban's Anibong"), ('name', 'Rosalinda Abarquez'), ('place', 'Barangay 88'), ('place', 'San Jose, Tacloban side'), ('health_plan', 'PH 13-022847192-4')]),
    C("Kano's Fagge: Aminu Sani Danladi was in the drone strike on Tudun Biri, lost three brothers. His account for the hospital refund: GTB 0174 823 995.",
      [('place', "Kano's Fagge"), ('name', 'Aminu Sani Danladi'), ('place', 'Tudun Biri'), ('account', 'GTB 0174 823 995')]),
    C('Qatar stadium worker: Bishnu Tamang, labour camp at Sanaiya Street 22, QID 28852441093. Ooredoo +974 5518 4472. Fell from the roof in 2021.',
      [('name', 'Bishnu Tamang'), ('place', 'Sanaiya Street 22'), ('ssn', '28852441093'), ('phone', '+974 5518 4472')]),
    C('Takahashi Kenji in Rikuzentakata, tsunami survivor, 93 in Obon week, hearing aid lost in the evacuation - Rion serial HI-88 R4471923.',
      [('name', 'Takahashi Kenji'), ('place', 'Rikuzentakata'), ('age_over_89', '93 in Obon week'), ('device', 'HI-88 R4471923')]),
    C("Compassion-Focused Therapy (Paul Gilbert, 2010) with Muslim clients - the concept of Rahma fits beautifully. I've used it with Somali and Pakistani women in Australia."),
    C("Indonesia, Palu's Balaroa: Ni Ketut Sari was in Petobo-Sibalaya when the ground liquefied. NIK 7271046708910002. BPJS Kesehatan 0001 8842 17739.",
      [('place', "Palu's Balaroa"), ('name', 'Ni Ketut Sari'), ('place', 'Petobo-Sibalaya'), ('ssn', '7271046708910002'), ('health_plan', '0001 8842 17739')]),
    C('Fax from the clinic in Jerusalem 02-641-8227 for Shira Mizrahi-Alfasi, born 2 March 1990, from Ofakim.',
      [('place', 'Jerusalem'), ('fax', '02-641-8227'), ('name', 'Shira Mizrahi-Alfasi'), ('date', '2 March 1990'), ('place', 'Ofakim')]),
    C('Venlafaxine XR 75 mg (Efexor) with tramadol - serotonin syndrome risk flagged by Medsafe in New Zealand. Anyone in Aotearoa seen it clinically?'),
    C('Disulfiram (Antabuse) is unavailable in Iran but widely used in India. For Persian clients in Australia, PBS coverage is better. Any Farsi-speaking AOD workers?'),
    C('For Sudanese clients in Egypt, the Arabic Sudanese dialect differs enough that Egyptian-trained interpreters miss idioms - anyone using Sudanese Arabic-speaking peers via IOM?'),
    C("Gaza to Egypt: Yasmin Abu Shaaban from Deir al-Balah, now at 7 Shari' El-Nasr, flat 12, Maadi Degla. Mobile +20 101 418 2297, IP on the portal 197.38.41.122.",
      [('name', 'Yasmin Abu Shaaban'), ('place', 'Deir al-Balah'), ('street_address', "7 Shari' El-Nasr, flat 12"), ('place', 'Maadi Degla'), ('phone', '+20 101 418 2297'), ('ip_address', '197.38.41.122')]),
    C("Andry Rakotomalala from Ambohimanarina-Andavamamba, Tana's lower town, is sleeping in the church after the cyclone. CIN 101 231 447 892, his mother reaches me on 034 22 418 73.",
      [('name', 'Andry Rakotomalala'), ('place', 'Ambohimanarina-Andavamamba'), ('place', "Tana's lower town"), ('ssn', '101 231 447 892'), ('phone', '034 22 418 73')]),
    C('Jordan: Hanan Al-Zoubi from Irbid lost her son in the Dead Sea flash flood school trip. National no. 9861041822. Plate 11-41822.',
      [('name', 'Hanan Al-Zoubi'), ('place', 'Irbid'), ('place', 'Dead Sea'), ('ssn', '9861041822'), ('vehicle', '11-41822')]),
    C("N'Djamena: Achta Mahamat Abakar Zene in Farcha, refugee from Sudan, birth date 03/11/1996, UNHCR case TCD-23C-88154. She was in Adré's Ourang site before that.",
      [('place', "N'Djamena"), ('name', 'Achta Mahamat Abakar Zene'), ('place', 'Farcha'), ('date', '03/11/1996'), ('ssn', 'TCD-23C-88154'), ('place', "Adré's Ourang site")]),
    C("Working with jinn explanations among Somali clients: Helen's 2019 review in Transcultural Psychiatry plus the Islamic Psychology work of Malik Badri (1979) helped me."),
    C('Vo Minh Tuan, born 30/04/1975, fled Vũng Tàu by boat, now in Cabramatta West; Medicare 2418 22971 4, vehicle NSW CB 41 TV.',
      [('name', 'Vo Minh Tuan'), ('date', '30/04/1975'), ('place', 'Vũng Tàu'), ('place', 'Cabramatta West'), ('health_plan', '2418 22971 4'), ('vehicle', 'NSW CB 41 TV')]),
    C('Anyone know if the Health Professions Council of South Africa (HPCSA) counts EMDR Level 1 as CPD? The SASCH and PsySSA disagree.'),
    C('In Israel, Clalit and Maccabi both cover 12 CBT sessions a year but the waiting time for Hebrew and Arabic speakers differs by months. Anyone compared?'),
    C('Please fax +27 21 418 2297 the capacity letter for Gogo Nomathemba Sithole, 93 in Heritage month, of Gugulethu NY 78.',
      [('fax', '+27 21 418 2297'), ('name', 'Nomathemba Sithole'), ('age_over_89', '93 in Heritage month'), ('place', 'Gugulethu NY 78')]),
    C("UAE: Fatima Al Mazrouei, Villa 22, Street 14, Al Barsha 2, Al Barsha's third block, Dubai's Al Quoz side. Husband's car Dubai R 48271. She suspects he tracks her phone.",
      [('name', 'Fatima Al Mazrouei'), ('street_address', 'Villa 22, Street 14, Al Barsha 2'), ('place', "Al Barsha's third block"), ('place', "Dubai's Al Quoz side"), ('vehicle', 'Dubai R 48271')]),
    C('Mohammed Al-Amoudi talked about his village in Wadi Dawan as if it still existed exactly as in 1990.',
      [('name', 'Mohammed Al-Amoudi'), ('place', 'Wadi Dawan')]),
    C("Cameroon, the gas from Lake Nyos: the story Ephraim Che Nji tells is his grandmother's, she is 97 this rainy season and still lives in Subum. Can I do narrative work with a translator from Kom?",
      [('place', 'Lake Nyos'), ('name', 'Ephraim Che Nji'), ('age_over_89', '97 this rainy season'), ('place', 'Subum')]),
    C("The village is Ban Nong Khiaw Tai, the man is Somchai Boonmee, and the whole story is about a water buffalo his father sold to pay for his schooling. I didn't expect to cry.",
      [('place', 'Ban Nong Khiaw Tai'), ('name', 'Somchai Boonmee')]),
    C("Maryam Al-Kuwari at Zone 56, Street 920, Building 17, Al Waab west, Doha's west end. QID 29863401177. Asks if the group can be women-only and in Arabic.",
      [('name', 'Maryam Al-Kuwari'), ('street_address', 'Zone 56, Street 920, Building 17'), ('place', 'Al Waab west'), ('place', "Doha's west end"), ('ssn', '29863401177')]),
    C("Does anyone have the Swahili Hopkins Symptom Checklist (HSCL-25)? Bolton's 2003 Uganda trial used a Luganda version but Tanzania needs Kiswahili."),
    C("The Thai version of the Hamilton Depression Rating Scale (HAM-D) from Mahidol University - Thailand's Department of Mental Health uses it in every province."),
    C('Any Arabic speakers familiar with the Arab Youth Mental Health scale? The Qatar Foundation and Hamad Medical Corporation piloted it in April.'),
    C('Botswana: taxi driver Lesego Kgosi, licence BW-PDP-0041822, plate B 418 BHK, robbed at gunpoint in Old Naledi on 3 February 2025.',
      [('name', 'Lesego Kgosi'), ('licence', 'BW-PDP-0041822'), ('vehicle', 'B 418 BHK'), ('place', 'Old Naledi'), ('date', '3 February 2025')]),
    C('Sarawak: Jalong Anak Ngelai from Rumah Panjai Sebangki, longhouse fire. Clinic file KPJ-MRI-23-08822. Maxis 012-418 2297.',
      [('name', 'Jalong Anak Ngelai'), ('place', 'Rumah Panjai Sebangki'), ('medical_record', 'KPJ-MRI-23-08822'), ('phone', '012-418 2297')]),
    C('Taal eruption: Marites Ilagan left Banaga with her carabao. Now in Agoncillo, Purok 3, Brgy. Subic Ilaya. She thinks the island calls her back.',
      [('name', 'Marites Ilagan'), ('place', 'Banaga'), ('place', 'Agoncillo'), ('street_address', 'Purok 3, Brgy. Subic Ilaya')]),
    C('Using Motivational Interviewing (Miller and Rollnick, 2013) in Arabic - the Saudi Commission for Health Specialties added MINT trainers last August.'),
    C("Nalesoni Vaka keeps asking if I am a Christian. I'm not sure what she's really asking.",
      [('name', 'Nalesoni Vaka')]),
    C("A Jewish Orthodox client in Israel won't attend during the Omer period's mourning days; I've moved to Zoom on Sundays. Rabbi Twerski's books help me understand."),
    C("Sefo Leota-Aiono's licence NZ DL EK418227 was suspended after the Ōtara's East Tāmaki end crash; he drove his cousins to church every Sunday.",
      [('name', 'Sefo Leota-Aiono'), ('licence', 'NZ DL EK418227'), ('place', "Ōtara's East Tāmaki end")]),
    C("Zimbabwe's Ministry of Health and Child Care now funds Friendship Bench grandmothers in Manicaland and Masvingo. Chibanda's TED talk (2017) is a good intro."),
    C("Port Harcourt's Diobu: Barine Kpea from Bodo-Kpor, oil spill fisherman, wants the group link https://chat.whatsapp.com/Bd4LkTq8rYp2Wn posted again. Creek fumes, headaches.",
      [('place', "Port Harcourt's Diobu"), ('name', 'Barine Kpea'), ('place', 'Bodo-Kpor'), ('url', 'https://chat.whatsapp.com/Bd4LkTq8rYp2Wn')]),
    C("Cochlear processor CP1110 S/N 4418227301 stolen from Tanvir Hasan Chowdhury at Uttara Sector 7 school gate, 9 September 2024; he won't go outside now.",
      [('device', 'CP1110 S/N 4418227301'), ('name', 'Tanvir Hasan Chowdhury'), ('place', 'Uttara Sector 7'), ('date', '9 September 2024')]),
    C("Propranolol 10 mg for performance anxiety before exams in Singapore - the Ministry of Health's HSA registered Inderal still. Any student counsellors using it?"),
    C('Zolpidem 10 mg (Stilnox) dependence in Korea: the MFDS moved it to a stricter schedule. Korean colleagues, how are you tapering - Ashton Manual schedule or the KSDP protocol?'),
    C("Japan, Fukushima: Sato Yukiko from Namie's Ukedo port still can't go back. My Number 4418 2297 3301. Her evacuation flat: Sasaya 2-14-9, Fukushima-shi, 〒960-2153.",
      [('name', 'Sato Yukiko'), ('place', "Namie's Ukedo port"), ('ssn', '4418 2297 3301'), ('street_address', 'Sasaya 2-14-9'), ('place', 'Fukushima-shi'), ('zip_code', '〒960-2153')]),
    C('Sabah Al-Dulaimi, 101 since the spring and living alone in Al-Adhamiya; daughter in Jabal Hussein wants her moved. Fax for the GP letter +962 6 552 4418.',
      [('name', 'Sabah Al-Dulaimi'), ('age_over_89', '101 since the spring'), ('place', 'Al-Adhamiya'), ('place', 'Jabal Hussein'), ('fax', '+962 6 552 4418')]),
    C("For Buddhist clients in Thailand and Sri Lanka I often bring in mindfulness language carefully - Jon Kabat-Zinn (1990) isn't the same as Theravāda practice, per Bhikkhu Bodhi."),
    C('Lithium carbonate 400 mg, level 0.7 mmol/L, in a Ramadan faster with bipolar I - the Royal College of Psychiatrists guidance is thin. Anyone in Saudi Arabia or the Emirates handled this?'),
    C("I saw Mrs Dlamini-Magagula's daughter at the market and she pretended not to know me, which was right, but I felt oddly hurt. Normal?",
      [('name', 'Dlamini-Magagula')]),
    C('Amitriptyline 10 mg for chronic pain and insomnia is prescribed everywhere in Uganda; the NDA lists it, and the Uganda Clinical Guidelines (2016) endorse it. Anticholinergic load in older Baganda clients worries me.'),
    C("WA: Dylan Ningamara from Fitzroy Crossing's Junjuwa, 2023 floods, the bridge is gone. Phone (08) 9191 4418. Fax to the community clinic (08) 9191 4419.",
      [('name', 'Dylan Ningamara'), ('place', "Fitzroy Crossing's Junjuwa"), ('phone', '(08) 9191 4418'), ('fax', '(08) 9191 4419')]),
    C('Sertraline 50 mg vs fluoxetine 20 mg for a breastfeeding mother in Kenya - the Kenya Medical Supplies Authority list only stocks the latter. Thoughts from NACC or KMPDC members?'),
    C('Tamil Nadu, the hooch deaths in Kallakurichi: Murugan Selvaraj Pandian lost his brother, Karunapuram colony. UPI murugan.s@okaxis. Can I take money like that?',
      [('place', 'Kallakurichi'), ('name', 'Murugan Selvaraj Pandian'), ('place', 'Karunapuram'), ('account', 'murugan.s@okaxis')]),
    C('Anyone used the Afrikaans Beck Anxiety Inventory (BAI) with farm families in the Northern Cape? UNISA has norms from 2015.'),
    C("Please send the report to the fax in Polokwane's Seshego 015 291 4478 for Mpho Ramaphakela, file PMH-MH-2022-08813, Medical aid GEMS 0081 442 917.",
      [('place', "Polokwane's Seshego"), ('fax', '015 291 4478'), ('name', 'Mpho Ramaphakela'), ('medical_record', 'PMH-MH-2022-08813'), ('health_plan', 'GEMS 0081 442 917')]),
    C('NZ Cyclone Gabrielle: Hemi Tūhoe Walker lost the orchard in Esk Valley. NHI ZKT8813. Mobile 021 418 2297.',
      [('name', 'Hemi Tūhoe Walker'), ('place', 'Esk Valley'), ('health_plan', 'ZKT8813'), ('phone', '021 418 2297')]),
    C('quick one - burundian client in kamenge zone says her uncle was taken on the night of 26 April 2015, do I report this or just hold it? esperance ndikumana wants it recorded.',
      [('place', 'kamenge zone'), ('date', '26 April 2015'), ('name', 'esperance ndikumana')]),
    C("Someone logged into Leila Haddad's booking account from 185.84.71.203 in Zahlé's Hoch el-Omara after she blocked her brother. The booking email is leila.haddad.zh@hotmail.com.",
      [('name', 'Leila Haddad'), ('ip_address', '185.84.71.203'), ('place', "Zahlé's Hoch el-Omara"), ('email', 'leila.haddad.zh@hotmail.com')]),
    C("GoFundMe for Joseph Ofori's mother after the Mepe-Battor dam spill: https://www.gofundme.com/f/mepe-flood-ofori-family. He asks me to share it. No.",
      [('name', 'Joseph Ofori'), ('place', 'Mepe-Battor'), ('url', 'https://www.gofundme.com/f/mepe-flood-ofori-family')]),
    C('The CIDI 3.0 was validated in Lebanon by Karam et al. (2006), and the WHO World Mental Health Surveys used it across the Middle East and North Africa.'),
    C('Counselling Muslim converts in New Zealand after March 2019: the Federation of Islamic Associations (FIANZ) has resources in English and Arabic.'),
    C("Referral from Chimanimani's Skyline end: Tendai Mukwena, 44, lost two daughters in Cyclone Idai, now in Ngangu township. Zimbabwe ID 63-2219847-K-43, cell +263 77 318 4092.",
      [('place', "Chimanimani's Skyline end"), ('name', 'Tendai Mukwena'), ('place', 'Ngangu township'), ('ssn', '63-2219847-K-43'), ('phone', '+263 77 318 4092')]),
    C('Question about Arabic: "nafsiyya" as a word for mental illness carries shame in Jordan and Syria. Do you avoid it in the first session, or use the English or French term?'),
    C("Dilnoza Karimova-Yusupova's phone shows WhatsApp Web active from 84.54.77.129; she's in a shelter in Chilonzor-19 kvartal, Toshkent shahar, and her husband has her old laptop.",
      [('name', 'Dilnoza Karimova-Yusupova'), ('ip_address', '84.54.77.129'), ('place', 'Chilonzor-19 kvartal'), ('place', 'Toshkent shahar')]),
    C('Rua Paewai wants her tā moko appointment scheduled before we end the work. Meaningful, I think.',
      [('name', 'Rua Paewai')]),
    C("Kuwait, the fire in Mangaf: Alex Thomas Kunnel lost his roommates. Civil ID 287041802213, the Kerala side's email kunnel.alex87@gmail.com.",
      [('place', 'Mangaf'), ('name', 'Alex Thomas Kunnel'), ('ssn', '287041802213'), ('email', 'kunnel.alex87@gmail.com')]),
    C('Refer please: Nasima Khatun, DOB 1998-02-14, Rangpur garment worker, phone +880 1718 441822, email nasima.rgp98@gmail.com.',
      [('name', 'Nasima Khatun'), ('date', '1998-02-14'), ('place', 'Rangpur'), ('phone', '+880 1718 441822'), ('email', 'nasima.rgp98@gmail.com')]),
    C("Shazia Parveen from Sialkot's Ugoki works at a surgical instrument factory, was burnt in a fire in Kotli Loharan. Sehat card SEH-3460-11872.",
      [('name', 'Shazia Parveen'), ('place', "Sialkot's Ugoki"), ('place', 'Kotli Loharan'), ('health_plan', 'SEH-3460-11872')]),
    C('Malaysia Sabah: Jainal Amilbangsa, stateless Bajau Laut from Semporna, no MyKad, only a UNHCR card MYS-18C-04471. Can I take him on pro bono?',
      [('name', 'Jainal Amilbangsa'), ('place', 'Semporna'), ('ssn', 'MYS-18C-04471')]),
    C("Namibia: Uerikua Kazombiaze brought her Herero great-aunt, 96 by the church book, from Okakarara's Okandjira; genocide memories surfaced during the skull repatriation. ID 29011400471.",
      [('name', 'Uerikua Kazombiaze'), ('age_over_89', '96 by the church book'), ('place', "Okakarara's Okandjira"), ('ssn', '29011400471')]),
    C('The client is Fairuz Othman, psychology student, MyKad 980412-10-4418, address No. 12, Jalan SS2/24, PJ Old Town, 47308.',
      [('name', 'Fairuz Othman'), ('ssn', '980412-10-4418'), ('street_address', 'No. 12, Jalan SS2/24'), ('place', 'PJ Old Town'), ('zip_code', '47308')]),
    C("Audit line: user hdlamini.counsel@outlook.com viewed record NKO-2023-11872 (Hlengiwe Zungu, Inanda's Amaoti) at 02:14 from 105.233.41.17. That's not one of us.",
      [('email', 'hdlamini.counsel@outlook.com'), ('medical_record', 'NKO-2023-11872'), ('name', 'Hlengiwe Zungu'), ('place', "Inanda's Amaoti"), ('ip_address', '105.233.41.17')]),
    C("For Ramadan this year (March), I'm moving my evening groups to after Tarawih on Tuesdays and Thursdays. Muslim colleagues, does 10pm feel respectful or intrusive?"),
    C('SSRI shortages in Pakistan again: Citalopram (Cipram) and Escitalopram (Nexito) both out of stock in Punjab and Sindh since October. What are people switching to?'),
    C('In Fiji, the only psychiatric hospital is overloaded; the Ministry of Health and Medical Services wants NGOs to take mild cases by June.'),
    C('Malawian client Madalitso Phiri from Phalombe saw the mudslide at Nkhulambe take the school. Cell 0888 41 72 09.',
      [('name', 'Madalitso Phiri'), ('place', 'Phalombe'), ('place', 'Nkhulambe'), ('phone', '0888 41 72 09')]),
    C('Kiribati in NZ: Teretia Kaiea at 9 Hutt Rd, Flat 2, Pito-one, 5012, RSE worker family.',
      [('name', 'Teretia Kaiea'), ('street_address', '9 Hutt Rd, Flat 2'), ('place', 'Pito-one'), ('zip_code', '5012')]),
]

"""FORTY-FIFTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (round 40, as
the second blind set for that round beside locked_set_44.py), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not read git log messages, bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or diffs of any
commit, and did not read the snippets of eval_set.py, dev_extra.py,
locked_set.py or locked_set_2.py ... locked_set_43.py (locked_set_44.py
was being written at the same time in another worktree and was not seen
at all).  What was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_43.py and locked_set_42.py
only (each printed up to its closing triple quote, for the format
description, the provenance wording, the labelling conventions and their
lists of settings, countries and name cultures, so that this set's differ
where possible; none of their cases), the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and its
last three lines (two snippets, for the file format; none of their
sentences was copied), the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py (exactly lines 29-41, nothing else of that file), and
tests/bot/confidentiality/test_locked_sets.py (the data integrity checks,
which hold no snippets).  No slip of these reading rules occurred.  The
overlap filter described below imported the earlier sets and printed
only this set's own clashing strings.  The only test file run was
test_locked_sets.py (selected with -k 45); ruff was run on this file and
on that test file.  The other set of this round (44) was set in Europe
and the Americas, so every snippet here is set in Africa, Asia and
Oceania (and their diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit, as a message to peers in a therapists' consultation group,
in the Philippines (Eastern Visayas after the typhoon, Cebu, Leyte, Rizal
and Laguna, Tondo, Tuguegarao, Mindanao, overseas domestic workers and
nurses), Indonesia (Aceh's tsunami, Medan, Bekasi's angkot drivers,
Bali, South Sulawesi, Central Papua), Sabah and Peninsular Malaysia,
Brunei's water village, Singapore's dormitories, Rohingya camps in Cox's
Bazar, Bangladesh (Savar, Mirpur, Kamrangirchar, Sylhet), Assam's
floods and Majuli, Manipur's relief camps, Punjab, Tamil Nadu's
tsunami coast, Sri Lanka (Jaffna, Kandy, Mirissa, Kokuvil), the
Maldives, Pakistan (Balakot, Mardan, Lahore, Peshawar's Hayatabad, Sindh,
Quetta's Hazaras), Afghanistan's judges, interpreters and widows,
Nepal (Barpak, Lamjung, Pokhara), Bhutanese workers in Australia,
Uzbekistan (Andijan, Urgench, Chirchiq), Kyrgyzstan (Naryn, Karakol),
Tajik labour migrants, Kazakhstan's test-site legacy and Uyghurs in
Almaty, Turkmen students, Georgia (Abkhazia's war, Mtskheta), Azerbaijan,
Japan (Fukushima evacuees, a hikikomori son, Zainichi Koreans in
Osaka, a firebombing survivor), Egypt (Mit Ghamr, Alexandria's fishermen,
Sudanese arrivals), Morocco (the Atlas earthquake, Casablanca, Rabat's
migrants), Algeria, Niger (Agadez returnees), Chad's camps, the Gambia,
Zambia's Copperbelt, Zimbabwe (Gukurahundi, Gweru, Mbare, Chitungwiza),
Botswana, Lesotho's herd boys, Mozambique's Cabo Delgado, Angola,
Rwanda's widows, Tanzania and Zanzibar, Ethiopia (Tigray, Bahir Dar)
and Eritreans there, Djibouti, Somaliland, the eastern DRC's volcano
and war, Gabon, Cabo Verde, São Tomé, the Seychelles, Fiji (Indo-Fijian
and iTaukei), Vanuatu (Tanna, the cyclones), Tuvalu's climate
migrants, Niue, the Marshall Islands' nuclear legacy, Palau, Guam, the
Northern Marianas, the Cook Islands, New Caledonia's Kanak, Tahiti,
Pacific families in Auckland and Porirua, and Australia (the Northern
Territory's desert and Arnhem communities, the Kimberley, the Torres
Strait, Cape York, Western Sydney, Melbourne's south-east, Adelaide):
short referral lines, rushed lower-case chat (five snippets write names
or places in lower case), forwarded faxes, portal, billing and audit
logs, and longer narrative requests with the identifiers mid-sentence
(nineteen of 304-452 characters).  Sixty of the identifier snippets hold
only a name and/or a place, written as ordinary consultation prose or
questions to peers, often with the name mid-sentence or at the start of
a sentence and no cue word before it (eleven use a first name alone).
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set45work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, measured the clean
density, checked overlap with the earlier sets, shuffled the order with a
fixed seed and wrote this file.  Edits made after drafting, stated here:
about seventeen false starts and asides the author had typed into the
identifier drafts (a name, place or licence number followed by "no
wait", "no, sorry", "no, ugh", "wrong chat" or "Skip", three whole lines
that were only such asides, and a remark that a client asked for her
real first name to be used) were cut with their values; a repeated
first name (the only duplicate span) was given a surname the second
time; a title (Ntate, Aunty, Pastor, Haji) was moved out of four name spans;
about a dozen drafted names and places of Tongan, Samoan, Māori, Kenyan,
Nigerian, Ghanaian and Hawaiian culture (countries and name cultures
already in sets 42's and 43's lists) were replaced with others; about
fifty city names written unlabelled in referral headers ("... client",
"... referral", "... shelter", "X: ...") or before a postal code were
replaced by the country, state, province or region, or labelled as
places; and an age written twice in one snippet was cut once.  In the
clean drafts, thirteen messages with 0-2 capitalised words were dropped
by hand, twenty-one were given a weekday, month, drug, body, language,
country or author, and twenty-six were added, to spread the clean
messages over the three bands below.  Overlap with the other sets was
resolved by renaming only this set's planted values, with a filter that
imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 135 values in the first
round (about 75 places, 21 ages over 89, 20 names, 11 postal codes, 5
dates, 2 licence numbers, 2 plates and 1 ID number; places were
lengthened with a neighbourhood, quarter, street end, estate or camp
block, names given a second surname or patronymic, ages written as "93
years and six weeks", "95 last Navruz", "97 come Christmas" and the
like, dates and postal codes moved by a day or a digit), 10 in the
second, 5 in the third, 2 in the fourth and 1 in the fifth (a place);
the last pass found nothing.

Settings (chosen to differ from sets 42's and 43's): a cyclone-torn roof,
a teenager from a refugee camp, a migrant son's detachment, a father
killed in a siege, a landslide congregation, an exclusion-zone visit, a
test-site father, a desert crossing, a lagoon after a civil war, a
burned church hall, a judge turned cleaner, a flood that took a loom, a
tsunami fisherman who avoids the water, a curse in a neighbour's yard,
an earthquake's twenty-year dreams, a garment-factory collapse, a
returned domestic worker and her logged phone, a dead passenger in a
minibus, a pacemaker counting down days, a stalker's fake job advert,
an ex's logins and a Facebook exposé group, a rickshaw and a skipped
bolus, kava and a drowned cousin, a nurse's mandated letter, a
cochlear processor taken off during shouting, a refused hearing aid, a
cane lorry rollover, a leaked video-call link, a gift paid to a private
account, an ex-combatant's prosthetic leg and the volcano, a workplace
death and unopened letters, a tsunami survivor who sings on the phone,
land lost to the sea, a miner's ICD and an insurer's report, a white
car outside a house, seizures called spiritual, a centenarian
wandering at night, a downloaded intake form, therapy in a moving car,
a bullied cleaner's misdirected email, a stolen CPAP, jeepney and
tricycle robberies and crashes, seized three-wheelers and lenders,
fishing boats and a drowned son, herd-boy assault, kombis, chapas,
bajajis and a bush ute, fundraisers and YouTube channels, genocide
widows and a Gukurahundi survivor, a firebombing survivor, nuclear
testing, camps in Chad and Cox's Bazar; with local identifier formats
for a PhilSys-era SSS number, Indonesian NIKs, a Malaysian MyKad, a
Singapore NRIC and work permit, a Rohingya FCN, Bangladeshi and Pakistani
NID/CNIC numbers, Aadhaar numbers, a Sri Lankan NIC, a Maldivian ID, a
Nepali citizenship certificate, an Afghan tazkira, a Bhutanese CID,
Uzbek, Turkmen and Tuvaluan passports, a Kazakh IIN, a Kyrgyz PIN, an
Azerbaijani FIN, a Japanese My Number, an Egyptian national ID, a
Moroccan CIN, a Zambian NRC, a Zimbabwean ID, a Botswana Omang, a
Mozambican BI and NUIT, an Angolan BI, a Rwandan ID, a Tanzanian NIDA,
an Ethiopian Fayda, a Cabo Verdean NIF, a Seychellois NIN, a Fijian TIN,
a Guam SSN and an Australian Centrelink CRN (ssn); hospital, camp,
UNHCR, MSF, SIV, ACC, employee and clinic files (medical_record);
PhilHealth, BPJS Kesehatan, a Japanese insurance card, Moroccan AMO and
CNSS, Algerian CNAS, CIMAS, PSMAS, BOMAID, NHIMA, Rwandan Mutuelle,
Tanzanian NHIF, Gabonese CNAMGS, CAFAT, the Polynesian CPS, Nepal's
health insurance, Palau's national insurance and Australian Medicare
(health_plan); GCash, GoPay/DANA, PayNow, bKash, JazzCash, a UPI ID, a
Georgian IBAN, a Moroccan RIB, Airtel Money, EcoCash, M-Pesa
(Mozambique and Tanzania), Zaad, Orange Money (DRC and Niger), M-PAiSA,
Alif, an ANZ NZ account and an Australian BSB and account (account); a
Fijian taxi permit and heavy-vehicle licence, an AHPRA nurse
registration, a Cook Islands nursing registration, an Indonesian SIM, a
Philippine LTO licence and PRC licences, a Pakistani licence, Georgian,
Japanese, NT, SA, NSW and Vanuatu driving licences, a Zimbabwean PSV
licence, a Tanzanian licence and an Egyptian fishing licence (licence);
Indonesian, Philippine, Bangladeshi, Sri Lankan, Pakistani, Georgian,
Japanese, Moroccan, Chadian, Zimbabwean, Mozambican, Tanzanian, Fijian,
Vanuatu, Palauan, New Caledonian, Australian and New Zealand plates
and an Alexandrian boat (vehicle); pacemakers, ICDs, insulin pumps (a
MiniMed and a Tandem), a CPAP, hearing aids, cochlear implants, an
ICRC prosthesis and phone IMEIs (device); addresses written the local
way (Philippine purok, barangay, sitio and block-and-lot, Indonesian
jalan with gang and nomor, a Malaysian jalan, Singapore HDB block and
unit, a Cox's Bazar camp block, Pakistani sector house and street,
Indian colony and relief camp, Sri Lankan numbered road, Maldivian magu,
Uzbek and Kazakh kvartal and kvartira, Japanese chōme-banchi, Egyptian
shari', Moroccan derb, Chadian bloc and zone, Zambian plot, Zimbabwean
township numbers, Lesotho site, Mozambican avenida, Angolan rua,
Rwandan KG street, Ethiopian kebele house, Somaliland street, Congolese
avenue and quartier, Cabo Verdean rua, Fijian lot and road, Marshallese
lot, Guam chalan, a New Caledonian rue, Australian and New Zealand
streets with units) with postal codes of those countries, IPv4 and
IPv6 addresses, URLs (Telegram, VK, Jitsi, Facebook, note, hh.uz,
Vakinha, Kitabisa, GoFundMe, YouTube and a clinic portal) and phone and
fax numbers in local and international formats.

372 snippets, 217 with identifiers and 155 clean (lengths 58-452,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 12):
date 29, age_over_89 18, phone 35, fax 20, email 26,
url 13, ip_address 18, ssn 39, medical_record 23, health_plan 22,
account 21, licence 18, vehicle 23, device 15, street_address 54,
zip_code 33;
with 219 names and 152 places smaller than a state (the test requires
219 and 152).  60 of the identifier snippets hold only names and/or
places and nothing else.

Names: Filipino (Tagalog, Visayan, Ilocano), Acehnese, Batak, Javanese,
Balinese, Buginese, Papuan, Kadazan-Dusun, Malay, Bruneian, Singaporean
Chinese and Tamil, Rohingya, Bengali, Assamese, Mizo-Hmar, Punjabi
Sikh, Tamil (Indian and Sri Lankan), Sinhala, Sri Lankan Muslim,
Maldivian, Pakistani (Punjabi, Pashtun, Sindhi), Hazara, Afghan
Pashtun and Tajik, Nepali (Gurung, Tamang, Bahun), Bhutanese, Uzbek,
Kyrgyz, Tajik, Kazakh, Uyghur, Turkmen, Georgian, Azerbaijani, Japanese
(family name first), Zainichi Korean, Egyptian (Muslim and Copt),
Sudanese, Moroccan (Arab and Amazigh), Algerian, Tuareg, Hausa-Zarma,
Chadian Arab, Gambian (Mandinka, Wolof, Fula), Bemba, Chewa, Shona,
Ndebele, Tswana, Sotho, Makua, Changana, Mbundu and Kongo, Kinyarwanda,
Swahili and Zanzibari, Amhara, Tigrayan, Eritrean, Djiboutian Somali,
Somaliland Isaaq, Nande and Kivu Congolese, Fang, Cabo Verdean, São
Toméan, Seychellois Creole, iTaukei Fijian and Indo-Fijian, ni-Vanuatu,
Tuvaluan, Niuean, Marshallese, Palauan, Chamorro (Guam and Saipan),
Cook Islands Māori, Kanak, Tahitian, Solomon and Papuan diaspora,
Warlpiri, Yolŋu, Torres Strait Islander, Kimberley and central
Australian Aboriginal, Bangladeshi and Pacific Australians; lower-case
names and places, hyphenated and multi-part names, names with bin/binti, first names alone, and names with diacritics and apostrophes.
Places: villages, barangays, sitios, kampungs, camps and camp blocks,
tole, Aboriginal communities, islands smaller
than a state, estates, wards and neighbourhoods of cities (many
lengthened with a street end, estate, quarter or block where they
clashed with the earlier sets), and places after street addresses.

Clean snippets: peer-consultation messages, questions, statements,
updates, scheduling chatter, supervision reflections and reading-group
notes, spread over three bands of capitalised words after the first
word (counted by the author's script, the pronoun "I", sentence starts
and acronyms included): 58 with 0-2 (nine of them written entirely in
lower case), 50 with 3-5 and 47 with 6 or more (623 in 155 snippets,
about 4.0 per snippet): drug brands and generics, scales and
questionnaires, therapy models and their founders, real published
authors and books, guidelines and programmes, cultural idioms (hiya,
utang na loob, hikikomori, Driglam Namzha, ruqyah, shraddha, talanoa),
weekdays, months, seasons, religious holidays and fasts, professional
bodies, ministries, charities, apps, countries, states and provinces,
nationalities, religions and languages, and no place smaller than a
state or a country's subdivision (a city named in two drafts and a
colleague's surname in a third were removed in a review).
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase

LOCKED45_CASES: tuple[EvalCase, ...] = (
    EvalCase('A Bhutanese client said Driglam Namzha makes it rude to cry in front of elders. Has anyone read Dasho Karma Ura on this?', []),
    EvalCase('Sri Lanka: Fathima Rinosa, email rinosa.f@gmail.com, IP 112.134.44.18, chart NHSL-26-447182.', [('name', 'Fathima Rinosa'), ('email', 'rinosa.f@gmail.com'), ('ip_address', '112.134.44.18'), ('medical_record', 'NHSL-26-447182')]),
    EvalCase('i think i over-explained the formulation today and lost him. sometimes less is more, right?', []),
    EvalCase("French Polynesia: Hinatea Teriierooiterai, CPS 1428773, Faa'a, mobile +689 87 41 22 56.", [('name', 'Hinatea Teriierooiterai'), ('health_plan', '1428773'), ('place', "Faa'a"), ('phone', '+689 87 41 22 56')]),
    EvalCase("Somaliland: Sahra Jama Warsame, age 104 by her reckoning, lives at Street 11, Ga'an Libah, email of her grandson warsame.c@gmail.com.", [('name', 'Sahra Jama Warsame'), ('age_over_89', '104 by her reckoning'), ('street_address', "Street 11, Ga'an Libah"), ('email', 'warsame.c@gmail.com')]),
    EvalCase("I'm supervising someone who treats Aziz Rahimov and his brother separately, and I think they've found out.", [('name', 'Aziz Rahimov')]),
    EvalCase("I've noticed I avoid asking about sex with older clients. need to look at that.", []),
    EvalCase('Anyone else find the DASS-21 gives odd results when translated into Arabic? Item 12 especially.', []),
    EvalCase('My client stopped sertraline on her own after Ramadan and now her sleep is terrible. How would you raise it?', []),
    EvalCase('Does anyone have experience using the PHQ-9 with Tagalog speakers? The translation of item 9 worries me.', []),
    EvalCase('The Friendship Bench model from Zimbabwe is brilliant for lay counsellors, has anyone adapted it?', []),
    EvalCase('Reminder: the Narrative Exposure Therapy workshop is now on Friday, not Thursday.', []),
    EvalCase('has anyone worked with grief when there is no body to bury? I keep fumbling the rituals question with Tamil families.', []),
    EvalCase('Portal: Watanabe Kenji logged in from 2400:4051:8ee1:3a00:91c4:5b2e:17ad:402f; insurance card 06130478-21.', [('name', 'Watanabe Kenji'), ('ip_address', '2400:4051:8ee1:3a00:91c4:5b2e:17ad:402f'), ('health_plan', '06130478-21')]),
    EvalCase('Our Ethiopian Orthodox clients fast through Hudade before Fasika, so I move evening sessions to Tuesdays in Lent.', []),
    EvalCase('we had a lovely ending today. she brought a card and a plant, and i let myself be moved.', []),
    EvalCase('Queensland: Iqbal Hossain, email iqbal.h.bne@gmail.com, IP 1.144.108.47, Medicare 2447 18209 3.', [('name', 'Iqbal Hossain'), ('email', 'iqbal.h.bne@gmail.com'), ('ip_address', '1.144.108.47'), ('health_plan', '2447 18209 3')]),
    EvalCase('Tamil Nadu: Selvi Rajendran, Aadhaar 4471 8209 3551, IP 2401:4900:1c3a:44ff::18, pin 600041.', [('name', 'Selvi Rajendran'), ('ssn', '4471 8209 3551'), ('ip_address', '2401:4900:1c3a:44ff::18'), ('zip_code', '600041')]),
    EvalCase("i'm noticing i dread my Thursday afternoon client and I think it's because she reminds me of my mother. Taking it to supervision.", []),
    EvalCase("I'm reading Bessel van der Kolk again and finding I disagree with more of it than I used to.", []),
    EvalCase("Reading Irvin Yalom's Love's Executioner with my students and they all love the fat lady chapter, sadly.", []),
    EvalCase("Seeking advice about a young woman, Nilufar Rashidova, who fled Andijan with her son and now rents a room at ul. Yunusobod 9-kvartal, dom 14, kv. 52, Tashkent's Yunusobod district 100093. Her ex-husband found her through a fake job listing on https://hh.uz/vacancy/88420731 and has since sent voice notes from a Russian number. The police want her Uzbek ID, AD8814720, before they'll take a statement, and she is terrified the file will leak back home.", [('name', 'Nilufar Rashidova'), ('place', 'Andijan'), ('street_address', 'ul. Yunusobod 9-kvartal, dom 14, kv. 52'), ('place', "Tashkent's Yunusobod district"), ('zip_code', '100093'), ('url', 'https://hh.uz/vacancy/88420731'), ('ssn', 'AD8814720')]),
    EvalCase('Copperbelt hospital fax +260 212 611 482: Bwalya Mwansa, file KCH-2026-14472, mine accident 7 June 2026.', [('fax', '+260 212 611 482'), ('name', 'Bwalya Mwansa'), ('medical_record', 'KCH-2026-14472'), ('date', '7 June 2026')]),
    EvalCase('The IASC guidelines on psychosocial support are worth rereading before anyone deploys after a disaster.', []),
    EvalCase('Ethiopia: Yonas Tadesse, Telegram t.me/yonas_addis_counsel, IP of the threatening account 196.188.44.172.', [('name', 'Yonas Tadesse'), ('url', 't.me/yonas_addis_counsel'), ('ip_address', '196.188.44.172')]),
    EvalCase("My question is about Ali Reza Hazara, who came via Quetta's Hazara Town Block 4 and says nobody in his family has ever grieved out loud.", [('name', 'Ali Reza Hazara'), ('place', "Quetta's Hazara Town Block 4")]),
    EvalCase("can someone help me think about ioane pulu? 19, from hakupu village on niue, started taking kava every night after his cousin drowned off the reef in the second week of august 2026. his mum texts me from +683 4127 at 2am. he says the drinking is the only time he can cry and i don't want to take that from him too fast.", [('name', 'ioane pulu'), ('place', 'hakupu'), ('date', 'the second week of august 2026'), ('phone', '+683 4127')]),
    EvalCase("We're starting a supervision group on Wednesdays in February; message me if you'd like to join.", []),
    EvalCase("JazzCash payment from 0301 7745 2210 bounced; client Imran Khattak says his brother sent it from Mardan's Sheikh Maltoon town.", [('account', '0301 7745 2210'), ('name', 'Imran Khattak'), ('place', "Mardan's Sheikh Maltoon town")]),
    EvalCase("Reading group for January: Michael White's Maps of Narrative Practice, chapters one and two, and David Epston's letters.", []),
    EvalCase('Algerian client Samir Belkacem, phone +213 661 37 54 08, email samir.belkacem.dz@hotmail.fr, CNAS 770584 2211 63.', [('name', 'Samir Belkacem'), ('phone', '+213 661 37 54 08'), ('email', 'samir.belkacem.dz@hotmail.fr'), ('health_plan', '770584 2211 63')]),
    EvalCase("Honestly, August was the hardest month I've had in this job. Still recovering.", []),
    EvalCase("Seychelles: Marie-Josée Labiche, NIN 978-0412-1-1-33, Baie Lazare's Anse Gaulettes road, mobile +248 2 571 094.", [('name', 'Marie-Josée Labiche'), ('ssn', '978-0412-1-1-33'), ('place', "Baie Lazare's Anse Gaulettes road"), ('phone', '+248 2 571 094')]),
    EvalCase('Can someone sanity-check this? Thabo Kgosietsile Mokoena is moving to Mafikeng and wants to keep seeing me by phone indefinitely.', [('name', 'Thabo Kgosietsile Mokoena'), ('place', 'Mafikeng')]),
    EvalCase("I saw Losaline Vainikolo this morning at the clinic in Nausori's Waila housing and she finally spoke about the fire at the church hall.", [('name', 'Losaline Vainikolo'), ('place', "Nausori's Waila housing")]),
    EvalCase('After the landslide in Yambali the whole congregation seems to have come through my door, Pastor Kuli Yandap included.', [('place', 'Yambali'), ('name', 'Kuli Yandap')]),
    EvalCase("I'm worried about Kudakwashe. He looked thin, his brother said he's been sleeping at the bus park again.", [('name', 'Kudakwashe')]),
    EvalCase('A gentle reminder that the Christmas period is hard for many clients; plan your cover early.', []),
    EvalCase('Afghan evacuee Mursal Sadat, Tazkira 1400-0401-44718, now at 12 Hemmings Street, Dandenong North VIC 3175.', [('name', 'Mursal Sadat'), ('ssn', '1400-0401-44718'), ('street_address', '12 Hemmings Street'), ('place', 'Dandenong North'), ('zip_code', '3175')]),
    EvalCase('reflection after today: kamal rajaratnam from jaffna spoke about the lagoon for the first time and i just sat with him.', [('name', 'kamal rajaratnam'), ('place', 'jaffna')]),
    EvalCase('Is the Mini International Neuropsychiatric Interview validated in Tagalog or Cebuano? The Philippine Mental Health Association might know.', []),
    EvalCase("Queensland: Lavinia Mosby, Medicare 3318 70442 6, 11 Cowrie Street, Thursday Island's Tamwoy side QLD 4875.", [('name', 'Lavinia Mosby'), ('health_plan', '3318 70442 6'), ('street_address', '11 Cowrie Street'), ('place', "Thursday Island's Tamwoy side"), ('zip_code', '4875')]),
    EvalCase('Does the Australian Psychological Society have a position on working with clients who use Facebook to contact you?', []),
    EvalCase("I'd value thoughts on a client, Marisol Alcantara: she is a domestic worker from Ormoc's Naungan riverbank who returned from Kuwait in September, and she now lives with her sister at Sitio Malinao, Brgy. Cogon, 6541. Her employer kept her phone, and when she got it back the IMEI 356938112047715 had been logged by an app she didn't install. She checks it forty times a day. Is this paranoia or accurate threat appraisal?", [('name', 'Marisol Alcantara'), ('place', "Ormoc's Naungan riverbank"), ('street_address', 'Sitio Malinao, Brgy. Cogon'), ('zip_code', '6541'), ('device', '356938112047715')]),
    EvalCase("I'll ask Sefo Aumua Leota whether I can bring his case to the group; he's been stuck for months.", [('name', 'Sefo Aumua Leota')]),
    EvalCase("Referral I'm unsure about: Moana Tepa, a Cook Islands Māori nurse in Avarua's Tupapa side whose registration CINC-RN-0418 was suspended after a medication error in the middle of May 2026. She's been told she can only reapply after six months of therapy and a letter from me. The ministry's fax is +682 29 664. I'm uncomfortable being a gatekeeper; how do others handle mandated letters?", [('name', 'Moana Tepa'), ('place', "Avarua's Tupapa side"), ('licence', 'CINC-RN-0418'), ('date', 'the middle of May 2026'), ('fax', '+682 29 664')]),
    EvalCase("I've a client who is 101 next March, Ama Kurobe, living with her great-grandson at 3-22-9 Nishi-Ikebukuro, Toshima-ku 171-0021, who survived the 1945 firebombing. She has started to wander at night. Family say she is looking for her mother. Would you use reminiscence work or is it too late for that?", [('age_over_89', '101 next March'), ('name', 'Ama Kurobe'), ('street_address', '3-22-9 Nishi-Ikebukuro'), ('place', 'Toshima-ku'), ('zip_code', '171-0021')]),
    EvalCase('Would you refer Lindiwe Moyo on to trauma services in Mzilikazi or keep her here while the family is so unsettled?', [('name', 'Lindiwe Moyo'), ('place', 'Mzilikazi')]),
    EvalCase("Fatoumata Jallow in Bakau Cape Point's fishing yard asked whether her husband can join us, and I don't think she really wants that.", [('name', 'Fatoumata Jallow'), ('place', "Bakau Cape Point's fishing yard")]),
    EvalCase("Follow-up: Arnold Kaibo, 52, a miner from Lihir, has a chest-wall device after a collapse (a Boston Scientific ICD, SN 771028844), and his company's insurer wants a report from me by 10 December 2026. He gave me his employee ID LGL-EMP-4482-17 and asked me not to mention the drinking. How much would you put in?", [('name', 'Arnold Kaibo'), ('place', 'Lihir'), ('device', 'SN 771028844'), ('date', '10 December 2026'), ('medical_record', 'LGL-EMP-4482-17')]),
    EvalCase("I drove out to Lajamanu yesterday and Marlon Jakamarra didn't turn up; his cousin says he's gone bush.", [('place', 'Lajamanu'), ('name', 'Marlon Jakamarra')]),
    EvalCase("New Caledonia: Wassissi Wahéo, CAFAT 7745012 33, 12 rue des Flamboyants, Koné's Baco tribe 98861.", [('name', 'Wassissi Wahéo'), ('health_plan', '7745012 33'), ('street_address', '12 rue des Flamboyants'), ('place', "Koné's Baco tribe"), ('zip_code', '98861')]),
    EvalCase('Vanuatu: Jimmy Tari Natuman, mobile +678 771 4820, from Lenakel, after Cyclone Lola on 24 October 2023.', [('name', 'Jimmy Tari Natuman'), ('phone', '+678 771 4820'), ('place', 'Lenakel'), ('date', '24 October 2023')]),
    EvalCase("Does the Beck Depression Inventory feel too long for people with low literacy? we've been reading it aloud.", []),
    EvalCase('Billing: GoPay/DANA transfer from 0812-6694-3318 (Yusuf Harahap) failed twice; please call +62 813 7720 4169.', [('account', '0812-6694-3318'), ('name', 'Yusuf Harahap'), ('phone', '+62 813 7720 4169')]),
    EvalCase('Sindh: Shagufta Naz, licence KHI-447182-LTV, fax +92 21 3447 1822, URL https://www.youtube.com/@shaguftanazkhi.', [('name', 'Shagufta Naz'), ('licence', 'KHI-447182-LTV'), ('fax', '+92 21 3447 1822'), ('url', 'https://www.youtube.com/@shaguftanazkhi')]),
    EvalCase("We've moved the peer meeting to Saturday mornings during Lent so more people can come.", []),
    EvalCase('Wire from Arlene Dimaculangan: GCash 0918 447 3312, note "for my sister\'s sessions". Please issue a receipt to arlene.dimac@yahoo.com.ph.', [('name', 'Arlene Dimaculangan'), ('account', '0918 447 3312'), ('email', 'arlene.dimac@yahoo.com.ph')]),
    EvalCase('Please forward to the Philippine team: Carmelita Ocampo, PRC licence 0078821 (registered nurse), leaving for Saudi on 1 February 2027.', [('name', 'Carmelita Ocampo'), ('licence', '0078821'), ('date', '1 February 2027')]),
    EvalCase("Priyanka Bhattarai asked me whether it's normal to feel nothing at her father's cremation in Pokhara's Bagar tole.", [('name', 'Priyanka Bhattarai'), ('place', "Pokhara's Bagar tole")]),
    EvalCase("Arjun Das Baruah says the floods in Majuli took his mother's loom and that's what he grieves.", [('name', 'Arjun Das Baruah'), ('place', 'Majuli')]),
    EvalCase('After Ramadan a lot of my Muslim clients come back more tired than before; anyone else notice that in Indonesia?', []),
    EvalCase("Our clinic's Pacific team is using the Fonofale model of Fuimaono Karl Pulotu-Endemann alongside Te Whare Tapa Whā.", []),
    EvalCase('Niue: Sisilia Talagi, Alofi South, email sisilia.talagi@mail.nu. Referred by the hospital, file NFH-4471.', [('name', 'Sisilia Talagi'), ('place', 'Alofi South'), ('email', 'sisilia.talagi@mail.nu'), ('medical_record', 'NFH-4471')]),
    EvalCase('Rohingya camp referral: Mohammed Salim, FCN FCN-1142-77-0093, shelter Block D-7, Camp 15, Jamtoli. MSF file MSF-JT-20834.', [('name', 'Mohammed Salim'), ('ssn', 'FCN-1142-77-0093'), ('street_address', 'Block D-7, Camp 15'), ('place', 'Jamtoli'), ('medical_record', 'MSF-JT-20834')]),
    EvalCase("I'm reading Viktor Frankl's Man's Search for Meaning again and finding it steadier than anything newer.", []),
    EvalCase('Chad: Moussa Mahamat Saleh, moto plate TD 4471 NDJ, injured at Dembé market, fax +235 22 51 44 17.', [('name', 'Moussa Mahamat Saleh'), ('vehicle', 'TD 4471 NDJ'), ('place', 'Dembé market'), ('fax', '+235 22 51 44 17')]),
    EvalCase("Earthquake referral from the Atlas: Lahcen Ait Ouarab, 92 this winter, from Talat N'Yaaqoub. AMO card AMO-1288047133.", [('name', 'Lahcen Ait Ouarab'), ('age_over_89', '92 this winter'), ('place', "Talat N'Yaaqoub"), ('health_plan', 'AMO-1288047133')]),
    EvalCase("Thoughts welcome. Tshering Dorji Wangchuk-Lhamo, from Trashigang, has a Bhutanese CID 11410002718 and now works in Australia as a cleaner. His visa depends on a job, his supervisor bullies him, and his email to me (tdorji.perth@gmail.com) was cc'd to his employer by mistake. Where would you start?", [('name', 'Tshering Dorji Wangchuk-Lhamo'), ('place', 'Trashigang'), ('ssn', '11410002718'), ('email', 'tdorji.perth@gmail.com')]),
    EvalCase("Cabo Verde: Djenifer Tavares, NIF 118472290, Rua de Lisboa 9, Plateau, Praia's Achada Santo António 7602.", [('name', 'Djenifer Tavares'), ('ssn', '118472290'), ('street_address', 'Rua de Lisboa 9, Plateau'), ('place', "Praia's Achada Santo António"), ('zip_code', '7602')]),
    EvalCase('The Red Cross psychological first aid course is running again in November, free for members.', []),
    EvalCase("After Diwali my client always slumps. Anniversary of a loss, I suspect, but she won't say yet.", []),
    EvalCase('Has anyone tried Interpersonal Psychotherapy groups the way StrongMinds runs them in Uganda and Zambia?', []),
    EvalCase('Angola: Domingas Kiala Mbemba, BI 004518273LA041, Rua Kwamme Nkrumah 214, Huambo, phone +244 923 817 402.', [('name', 'Domingas Kiala Mbemba'), ('ssn', '004518273LA041'), ('street_address', 'Rua Kwamme Nkrumah 214'), ('place', 'Huambo'), ('phone', '+244 923 817 402')]),
    EvalCase("my supervisor thinks I should stop seeing clients on Fridays to protect my weekend. She's probably right.", []),
    EvalCase("sorry for the rant but the waiting list is now over a year and I don't know what to tell families anymore. The Ministry just shrugs.", []),
    EvalCase("Three cancellations today, so I'm catching up on notes and drinking far too much tea.", []),
    EvalCase("Punjab MH line: patient Gurpreet Kaur Sandhu-Brar, Aadhaar 6218 4470 9135, from Moga's Dharamkot road, UPI gurpreet.sandhu88@okaxis.", [('name', 'Gurpreet Kaur Sandhu-Brar'), ('ssn', '6218 4470 9135'), ('place', "Moga's Dharamkot road"), ('account', 'gurpreet.sandhu88@okaxis')]),
    EvalCase('Cook Islands: Teina Tangaroa, Arorangi, phone +682 25 418, seen on 12 March 2026.', [('name', 'Teina Tangaroa'), ('place', 'Arorangi'), ('phone', '+682 25 418'), ('date', '12 March 2026')]),
    EvalCase('Clozapine monitoring under the Queensland Health protocol is painful; Mondays and Thursdays for bloods in the first Month.', []),
    EvalCase('Central Australia: Caleb Stuart, plate CA 91 72, NT licence NT4471823, Centrelink CRN 447 182 093K.', [('name', 'Caleb Stuart'), ('vehicle', 'CA 91 72'), ('licence', 'NT4471823'), ('ssn', '447 182 093K')]),
    EvalCase("Reading group: Frantz Fanon's The Wretched of the Earth, chapter five, Colonial War and Mental Disorders, on Thursday.", []),
    EvalCase('how do you all handle clients who bring food to sessions? In Fiji or Samoa refusing is an insult and I never know where the line is.', []),
    EvalCase("I'm finding the new intake form far too long; clients are exhausted before we even start.", []),
    EvalCase('what do you do when the interpreter starts giving advice of their own? Happened twice now, both times on a Monday.', []),
    EvalCase("We're piloting the WHO Self-Help Plus audio course with refugees in Malaysia and Indonesia, results in the spring.", []),
    EvalCase("Salote Kaufana keeps bringing her baby to sessions; I don't mind but I wonder what she's telling me by it.", [('name', 'Salote Kaufana')]),
    EvalCase('Kaveinga, the young father, wants to learn breathing exercises for his panic at work.', [('name', 'Kaveinga')]),
    EvalCase('Marshall Islands nuclear legacy: Lijon Anjain, aged 96 since Easter, Delap, Lot 77, Majuro 96960.', [('name', 'Lijon Anjain'), ('age_over_89', '96 since Easter'), ('street_address', 'Delap, Lot 77'), ('place', 'Majuro'), ('zip_code', '96960')]),
    EvalCase('For the Tuesday group: please bring one case where you felt stuck, no names of course.', []),
    EvalCase("For the December meeting: Judith Herman's Trauma and Recovery, Part Two, and Laurence Kirmayer on Cultural Psychiatry.", []),
    EvalCase("I've been seeing Ruvimbo's cousin for a while and now Ruvimbo Zvobgo herself wants to start; conflict of interest?", [('name', 'Ruvimbo'), ('name', 'Ruvimbo Zvobgo')]),
    EvalCase("Kazakh intake: Aigerim Zhaksylykova-Nurlanovna, IIN 910415450287, ul. Abaya 112, kv. 38, Semey's Zhana-Semey bank 071400.", [('name', 'Aigerim Zhaksylykova-Nurlanovna'), ('ssn', '910415450287'), ('street_address', 'ul. Abaya 112, kv. 38'), ('place', "Semey's Zhana-Semey bank"), ('zip_code', '071400')]),
    EvalCase('Portal log: login for Dewi Kartikasari from 114.124.207.38 on 17 November 2026 22:41; BPJS card 0001839475021.', [('name', 'Dewi Kartikasari'), ('ip_address', '114.124.207.38'), ('date', '17 November 2026'), ('health_plan', '0001839475021')]),
    EvalCase('Egyptian fisherman Said El-Gamal, boat reg ALX-4471-F, licence ALX/FISH/2211, his son drowned on 18 January 2026.', [('name', 'Said El-Gamal'), ('vehicle', 'ALX-4471-F'), ('licence', 'ALX/FISH/2211'), ('date', '18 January 2026')]),
    EvalCase("Fiji Indian client Shalini Devi Naidu, pacemaker (SN PJN441872), Lot 22 Naidu Road, Vatuwaqa's Rewa Dairy side, email shalini.naidu@connect.com.fj.", [('name', 'Shalini Devi Naidu'), ('device', 'SN PJN441872'), ('street_address', 'Lot 22 Naidu Road'), ('place', "Vatuwaqa's Rewa Dairy side"), ('email', 'shalini.naidu@connect.com.fj')]),
    EvalCase("I had a client fast through Ramadan while on fluoxetine and it went fine; sharing in case it's useful.", []),
    EvalCase("We've been asked to cover the Christmas rota again; can people say which days in December they can take?", []),
    EvalCase('We had a breakthrough with Dawit Tesfamariam: he talked about the desert crossing for the first time.', [('name', 'Dawit Tesfamariam')]),
    EvalCase("Aceh referral, Cut Nyak Rahmah, aged 93 years and six weeks, widow of the 2004 tsunami, lives at Lorong Teuku Umar 5, Lampulo's fish-market lane. RS record RSUZA-77310-B.", [('name', 'Cut Nyak Rahmah'), ('age_over_89', '93 years and six weeks'), ('street_address', 'Lorong Teuku Umar 5'), ('place', "Lampulo's fish-market lane"), ('medical_record', 'RSUZA-77310-B')]),
    EvalCase("Parisa Ahmadzai, a former judge from Mazar-i-Sharif, now in a hostel at Flat 3, 12 Victoria Road, Dandenong's Doveton edge VIC 3175. She was a judge; here she cleans. She keeps her old court ID in her purse. I'd like thoughts on work-identity loss.", [('name', 'Parisa Ahmadzai'), ('place', 'Mazar-i-Sharif'), ('street_address', 'Flat 3, 12 Victoria Road'), ('place', "Dandenong's Doveton edge"), ('zip_code', '3175')]),
    EvalCase('The Mental Health Commission of New South Wales and Beyond Blue both have new Pacific resources; worth a look.', []),
    EvalCase('Anyone using Cognitive Processing Therapy with interpreters? The worksheets are a nightmare to translate.', []),
    EvalCase('Please update the file for Ahmad Fauzi Lubis, NIK 1271042208850003, new address Jl. Sei Batang Hari No. 27, Medan Sunggal 20129.', [('name', 'Ahmad Fauzi Lubis'), ('ssn', '1271042208850003'), ('street_address', 'Jl. Sei Batang Hari No. 27'), ('place', 'Medan Sunggal'), ('zip_code', '20129')]),
    EvalCase('Has anyone used the Harvard Trauma Questionnaire in Dari or Pashto? The Afghan clients find the torture items very hard.', []),
    EvalCase('Is Buprenorphine available through the Pharmaceutical Benefits Scheme for clients from Papua New Guinea on student visas?', []),
    EvalCase('The Japanese Society of Psychiatry and Neurology published notes on Fukushima evacuees; anyone read the English summary?', []),
    EvalCase("working with a family where nobody speaks about the father's death. every session feels like walking on ice.", []),
    EvalCase('Tanzania: Baraka Mwakyusa, bajaji MC 447 CKR, licence 4000447182, injured on 7 Oktoba 2026.', [('name', 'Baraka Mwakyusa'), ('vehicle', 'MC 447 CKR'), ('licence', '4000447182'), ('date', '7 Oktoba 2026')]),
    EvalCase('my client switched from Prozac to Lexapro in October and says her dreams are brighter now, which she likes.', []),
    EvalCase("Gabon: Yolande Nzé Obame, CNAMGS 10-4472-118903, Oyem's Akouakam side, phone +241 77 31 48 02.", [('name', 'Yolande Nzé Obame'), ('health_plan', '10-4472-118903'), ('place', "Oyem's Akouakam side"), ('phone', '+241 77 31 48 02')]),
    EvalCase('Mozambique: Celeste Macuácua, chapa AAM 447 MC, NUIT 109830271, Av. Eduardo Mondlane 1447, Polana Caniço.', [('name', 'Celeste Macuácua'), ('vehicle', 'AAM 447 MC'), ('ssn', '109830271'), ('street_address', 'Av. Eduardo Mondlane 1447'), ('place', 'Polana Caniço')]),
    EvalCase('Wondering how the group handles clients who ask for your Instagram to follow you. I say no but it stings them.', []),
    EvalCase('South Sulawesi: Andi Tenri Ajeng, IP 36.79.144.18, DANA 0852 4471 8209, fax (0411) 447 182.', [('name', 'Andi Tenri Ajeng'), ('ip_address', '36.79.144.18'), ('account', '0852 4471 8209'), ('fax', '(0411) 447 182')]),
    EvalCase('Referral from the Manipur relief team: Lalremsiami Hmar, Relief Camp 3, Khuga Road, Churachandpur 795128. Mob 98621 40773.', [('name', 'Lalremsiami Hmar'), ('street_address', 'Relief Camp 3, Khuga Road'), ('place', 'Churachandpur'), ('zip_code', '795128'), ('phone', '98621 40773')]),
    EvalCase('The Singapore Psychological Society and the Malaysian Mental Health Association are co-hosting a webinar in March.', []),
    EvalCase('Tricycle accident, Tuguegarao: Efren Mabini, plate AB 2318, chart CVMC-26-118804.', [('place', 'Tuguegarao'), ('name', 'Efren Mabini'), ('vehicle', 'AB 2318'), ('medical_record', 'CVMC-26-118804')]),
    EvalCase('Supervision group notes: Tuesday we covered Winnicott, Bion and Klein; Thursday will be Bowlby and Ainsworth on attachment.', []),
    EvalCase("Gulshan Abdukerim, a Uyghur woman in Almaty's Zhetysu district, asked me to stop using her name on our video platform after she saw her session link shared in a WeChat group: https://meet.jit.si/uyghurcare-gulshan-0915. She also thinks her phone (+7 701 448 2176) is being listened to. Not paranoid, I suspect. How do people set up safer telehealth in these settings?", [('name', 'Gulshan Abdukerim'), ('place', "Almaty's Zhetysu district"), ('url', 'https://meet.jit.si/uyghurcare-gulshan-0915'), ('phone', '+7 701 448 2176')]),
    EvalCase("New South Wales: Lia Tuimavave, 9/41 Cumberland Road, Auburn's Rawson Street end NSW 2144, licence 18447182, phone 0412 447 831.", [('name', 'Lia Tuimavave'), ('street_address', '9/41 Cumberland Road'), ('place', "Auburn's Rawson Street end"), ('zip_code', '2144'), ('licence', '18447182'), ('phone', '0412 447 831')]),
    EvalCase("Has anyone read Mariama Bâ's So Long a Letter with a women's group? It sparked a great Ramadan discussion.", []),
    EvalCase("Do you think it's too soon to start trauma work with Phoebe Kalsakau? She only arrived from Port Resolution in July.", [('name', 'Phoebe Kalsakau'), ('place', 'Port Resolution')]),
    EvalCase('Supervision reflection: I want to be less clever and more present, as Carl Rogers would probably say.', []),
    EvalCase('New client from the Eastern Visayas office: Jericho Abellana, SSS 34-7718205-3, typhoon survivor, referred 2 Oct 2026. Contact jabellana.leyte@gmail.com.', [('name', 'Jericho Abellana'), ('ssn', '34-7718205-3'), ('date', '2 Oct 2026'), ('email', 'jabellana.leyte@gmail.com')]),
    EvalCase('Question: in Egypt, Morocco and Algeria do colleagues use the Arabic Beck Anxiety Inventory or the Hospital Anxiety and Depression Scale?', []),
    EvalCase('Using Dialectical Behaviour Therapy skills with a teenager who hates worksheets. Any creative ideas?', []),
    EvalCase('Fiji: Mereoni Tuivaga, TIN 41-82773-0-6, Lot 14 Ratu Dovi Road, Laucala Beach Estate. M-PAiSA 9982 4471.', [('name', 'Mereoni Tuivaga'), ('ssn', '41-82773-0-6'), ('street_address', 'Lot 14 Ratu Dovi Road'), ('place', 'Laucala Beach Estate'), ('account', '9982 4471')]),
    EvalCase('a client today asked what I would do in her place. i deflected and it felt wrong.', []),
    EvalCase("Sione Falealupo told me today that he hears the sea calling him back to Funafuti's Alapi side every night, and I don't know how to read that.", [('name', 'Sione Falealupo'), ('place', "Funafuti's Alapi side")]),
    EvalCase("The Nepali version of the Hopkins Symptom Checklist from Brandon Kohrt's team is good; Beck Depression Inventory less so.", []),
    EvalCase("Quick scheduling note: I'm away in the last week of June and back on the first Monday of July.", []),
    EvalCase("reading group tonight is cancelled, we'll pick up Brené Brown's chapter on shame next Wednesday instead.", []),
    EvalCase('Our Buddhist clients in Sri Lanka and Myanmar often prefer Vipassana to MBCT; Jon Kabat-Zinn would probably approve.', []),
    EvalCase('curious how others manage when a Christian or Muslim client wants to pray with them at the start of a session.', []),
    EvalCase('Japan: Sato Haruka, My Number 4721 8305 6614, 2-14-7 Sakuragi, Koriyama 〒963-8005.', [('name', 'Sato Haruka'), ('ssn', '4721 8305 6614'), ('street_address', '2-14-7 Sakuragi'), ('place', 'Koriyama'), ('zip_code', '963-8005')]),
    EvalCase("Reading note: Kleinman's idea of explanatory models still beats most of what I was taught.", []),
    EvalCase('my supervisor suggested I write down my reactions after hard sessions instead of carrying them home. it helps a bit.', []),
    EvalCase("My client takes Zoloft, Seroquel and Lyrica and wonders why she feels numb. I've asked her GP to review in January.", []),
    EvalCase("Kimberley outreach: Desmond Bedford, AHPRA-registered nurse (his reg NMW0001884712), Fitzroy Crossing's Mindi Rardi community, phone (08) 9191 5473.", [('name', 'Desmond Bedford'), ('licence', 'NMW0001884712'), ('place', "Fitzroy Crossing's Mindi Rardi community"), ('phone', '(08) 9191 5473')]),
    EvalCase('Angola: Francisca Ngola, email francisca.ngola@angolatelecom.ao, link to her fundraiser https://www.vakinha.com.br/4471823.', [('name', 'Francisca Ngola'), ('email', 'francisca.ngola@angolatelecom.ao'), ('url', 'https://www.vakinha.com.br/4471823')]),
    EvalCase('Portal: Rizwan Haider reset password from 182.185.44.201; new recovery email rizwan.haider.pk@gmail.com.', [('name', 'Rizwan Haider'), ('ip_address', '182.185.44.201'), ('email', 'rizwan.haider.pk@gmail.com')]),
    EvalCase("My supervisee has been seeing Noor Jahan Begum for a year and thinks it's time to end; how would you frame that with her?", [('name', 'Noor Jahan Begum')]),
    EvalCase("Trial of the EMDR Group Traumatic Episode Protocol in Bangladesh looked promising; does anyone know Ignacio Jarero's work?", []),
    EvalCase("Gulnara Asanbekova says the mountains above Karakol's Ak-Suu road end are the only place she feels safe, and I'd like to use that in imagery work.", [('name', 'Gulnara Asanbekova'), ('place', "Karakol's Ak-Suu road end")]),
    EvalCase("Quick one: is it reasonable to see Mahlet Gebremedhin and her sister together, given both lost their father in Mekelle's Adi Haki quarter?", [('name', 'Mahlet Gebremedhin'), ('place', "Mekelle's Adi Haki quarter")]),
    EvalCase('The Mozambican Ministry of Health and Médecins Sans Frontières run a training on Cabo Delgado displacement in Portuguese.', []),
    EvalCase('Botswana: Onalenna Kgosi, email onalenna.kgosi@gov.bw, BOMAID BMD-1447182, fax +267 390 4418.', [('name', 'Onalenna Kgosi'), ('email', 'onalenna.kgosi@gov.bw'), ('health_plan', 'BMD-1447182'), ('fax', '+267 390 4418')]),
    EvalCase('Anyone attending the Pacific Mental Health Forum this year? I think Fiji is hosting, with Samoa and Vanuatu on the panel.', []),
    EvalCase("I'm preparing a talk on the Thirukkural and ethics for Tamil clients, with Aaron Beck's Cognitive Therapy on the side.", []),
    EvalCase("We're short of Urdu interpreters on Mondays; does anyone know an agency that covers telephone work?", []),
    EvalCase("Egypt: Hany Abdel Moneim, national ID 28703150104392, address 17 Shari' El Nasr, Mit Ghamr, phone +20 100 448 2193.", [('name', 'Hany Abdel Moneim'), ('ssn', '28703150104392'), ('street_address', "17 Shari' El Nasr"), ('place', 'Mit Ghamr'), ('phone', '+20 100 448 2193')]),
    EvalCase('Rwanda: Mukamana Josiane, ninety-one and a bit, genocide widow, KG 447 St, house 12, Kimironko. Phone +250 788 441 720.', [('name', 'Mukamana Josiane'), ('age_over_89', 'ninety-one and a bit'), ('street_address', 'KG 447 St, house 12'), ('place', 'Kimironko'), ('phone', '+250 788 441 720')]),
    EvalCase('Morocco: Youssef Benjelloun, plate 44718-A-6, CNSS 118 447 218, Rue Ibn Batouta 41, Derb Ghallef.', [('name', 'Youssef Benjelloun'), ('vehicle', '44718-A-6'), ('health_plan', '118 447 218'), ('street_address', 'Rue Ibn Batouta 41'), ('place', 'Derb Ghallef')]),
    EvalCase("Reading Kazuo Ishiguro's An Artist of the Floating World with the book club, and I keep thinking about Japanese shame.", []),
    EvalCase("Bangladesh intake: Shirin Akter Poppy, NID 19857213604412893, garment worker after the Savar's Rana Plaza lane collapse, bKash 01718-552047.", [('name', 'Shirin Akter Poppy'), ('ssn', '19857213604412893'), ('place', "Savar's Rana Plaza lane"), ('account', '01718-552047')]),
    EvalCase('For Christmas and New Year the Lifeline Australia and Kids Helpline numbers stay open; put them on your voicemail.', []),
    EvalCase("I've been trying Problem Management Plus from the WHO with farmers and it's surprisingly well received.", []),
    EvalCase("Japan hikikomori case: Ishida Ren, 24, posting on https://note.com/ren_ishida_0412, mother's email ishida.yoko@docomo.ne.jp.", [('name', 'Ishida Ren'), ('url', 'https://note.com/ren_ishida_0412'), ('email', 'ishida.yoko@docomo.ne.jp')]),
    EvalCase('Has anyone worked with the Kazakh version of the Patient Health Questionnaire? The Russian and Kazakh versions differ on item 2.', []),
    EvalCase("Just finished Daniel Siegel's Mindsight. Parts were useful, parts felt like a sales pitch.", []),
    EvalCase('Turkmen student Merdan Orazov, passport A0448127, email merdan.orazov@mail.ru, website posts on https://vk.com/merdan.oraz0v.', [('name', 'Merdan Orazov'), ('ssn', 'A0448127'), ('email', 'merdan.orazov@mail.ru'), ('url', 'https://vk.com/merdan.oraz0v')]),
    EvalCase('does anyone have experience with clients who believe their illness is a curse? I want to respect it without colluding. Thinking of Arthur Kleinman.', []),
    EvalCase('Question on mandatory reporting in Queensland: does disclosure of historic abuse by an adult count?', []),
    EvalCase('Grateful for input. Nokuthula Dube, a 28-year-old teacher in Lupane\'s St Luke\'s side, has had three different doctors tell her that her seizures are "spiritual". Her medical aid (PSMAS PSM-007844192) only covers two more sessions and she wants to use them to talk about her brother\'s death. Would you prioritise psychoeducation about epilepsy or the grief?', [('name', 'Nokuthula Dube'), ('place', "Lupane's St Luke's side"), ('health_plan', 'PSM-007844192')]),
    EvalCase("Has anyone had a client on Zyprexa who couldn't stop eating at night? The family is frightened.", []),
    EvalCase('Fukushima evacuee Kanno Tatsuya, truck plate いわき 100 あ 44-18, licence 3421 4471 8200, hospital fax 0246-22-1184.', [('name', 'Kanno Tatsuya'), ('vehicle', 'いわき 100 あ 44-18'), ('licence', '3421 4471 8200'), ('fax', '0246-22-1184')]),
    EvalCase("Jeepney driver Rolando Bautista, plate NYK 4418, drivers licence N02-98-447182, robbed at knifepoint in Tondo's Happyland dumpsite last week.", [('name', 'Rolando Bautista'), ('vehicle', 'NYK 4418'), ('licence', 'N02-98-447182'), ('place', "Tondo's Happyland dumpsite")]),
    EvalCase("Has anyone read Judith Herman's Truth and Repair yet? I'd love to discuss it at the reading group in January.", []),
    EvalCase('Asking for a friend in practice: how long did you wait before discharging someone like Guo Meilin who just stops replying?', [('name', 'Guo Meilin')]),
    EvalCase("I've started using Motivational Interviewing with the young men who drink, and it softens the arguments a lot.", []),
    EvalCase('how long do you wait before you discharge someone who has stopped coming? Three weeks, a month, longer? Our NGO says two.', []),
    EvalCase('Zanzibar clinic fax +255 24 223 1874: Salim Khamis Juma, MMH file MNZ-2026-3357, Mkokotoni.', [('fax', '+255 24 223 1874'), ('name', 'Salim Khamis Juma'), ('medical_record', 'MNZ-2026-3357'), ('place', 'Mkokotoni')]),
    EvalCase("I keep thinking about what Oyunbileg said about her aunt in Naryn's Kulanak road, and whether it was a metaphor.", [('name', 'Oyunbileg'), ('place', "Naryn's Kulanak road")]),
    EvalCase("Tendai Chikwanha has gone back to Chitungwiza's St Mary's section for the funeral and I'm unsure whether to offer a call.", [('name', 'Tendai Chikwanha'), ('place', "Chitungwiza's St Mary's section")]),
    EvalCase('Reading group note: we agreed to read Frantz Fanon next, then something lighter in March.', []),
    EvalCase('Lesotho referral: Limpho Mohapi, Ha Thetsane, Site 22, Maseru East, email limpho.mohapi@leo.co.ls.', [('name', 'Limpho Mohapi'), ('street_address', 'Ha Thetsane, Site 22'), ('place', 'Maseru East'), ('email', 'limpho.mohapi@leo.co.ls')]),
    EvalCase("Does anyone know whether the WHO mhGAP guide has a section on grief after disasters? I can't find it.", []),
    EvalCase("I want to think through a boundary. Tuilagi Seumalo, a school principal in Faleolo's Satui side, sent a gift and a long note to my personal email after our last session, and also paid me through my private account ANZ 01-0245-0184711-00 instead of the clinic's. It's a culturally normal gesture, but it puts me in a strange position. Return it? Accept it?", [('name', 'Tuilagi Seumalo'), ('place', "Faleolo's Satui side"), ('account', 'ANZ 01-0245-0184711-00')]),
    EvalCase("Does anyone know a Malay-speaking therapist near Kota Bharu's Kampung Sireh? Nurul Izzah binti Hashim wants to continue after her move.", [('place', "Kota Bharu's Kampung Sireh"), ('name', 'Nurul Izzah binti Hashim')]),
    EvalCase('Client Teo Wei Ling, NRIC S7934518H, flat at Blk 418 Tampines Street 41 #09-233, Singapore 520417. Prefers email weiling.teo79@outlook.sg.', [('name', 'Teo Wei Ling'), ('ssn', 'S7934518H'), ('street_address', 'Blk 418 Tampines Street 41 #09-233'), ('zip_code', '520417'), ('email', 'weiling.teo79@outlook.sg')]),
    EvalCase("Algeria: Kheira Hamidi, Pacemaker (Biotronik, SN 68447129), chart CHU-MUS-26-4471, Bab Ezzouar's cité 5 Juillet.", [('name', 'Kheira Hamidi'), ('device', 'SN 68447129'), ('medical_record', 'CHU-MUS-26-4471'), ('place', "Bab Ezzouar's cité 5 Juillet")]),
    EvalCase('Fwd from the Niger office: Rhissa Ag Ahmed, phone +227 96 44 13 70, migrant returned from Libya on 30 August 2026.', [('name', 'Rhissa Ag Ahmed'), ('phone', '+227 96 44 13 70'), ('date', '30 August 2026')]),
    EvalCase('Singapore: Muthu Krishnan, work permit G4471823N, dorm 25 Tuas South Avenue 1, 637355, IP 101.127.44.18.', [('name', 'Muthu Krishnan'), ('ssn', 'G4471823N'), ('street_address', '25 Tuas South Avenue 1'), ('zip_code', '637355'), ('ip_address', '101.127.44.18')]),
    EvalCase('Indonesia: Ketut Ardana, device IMEI 861447182093551, website https://www.kitabisa.com/bantu-ketut-ardana, Pademangan.', [('name', 'Ketut Ardana'), ('device', 'IMEI 861447182093551'), ('url', 'https://www.kitabisa.com/bantu-ketut-ardana'), ('place', 'Pademangan')]),
    EvalCase('On Monday the Health Ministry in Sri Lanka released new guidance; Tamil and Sinhala versions follow in December.', []),
    EvalCase("Fwd fax from Iloilo's Molo plaza side district hospital, fax (033) 509 7742, re: Rosalinda Pagaduan, hosp no. IDH-2026-044871.", [('place', "Iloilo's Molo plaza side"), ('fax', '(033) 509 7742'), ('name', 'Rosalinda Pagaduan'), ('medical_record', 'IDH-2026-044871')]),
    EvalCase('Botswana: Kgomotso Seretse, Omang 318425719, phone +267 71 844 306, Serowe.', [('name', 'Kgomotso Seretse'), ('ssn', '318425719'), ('phone', '+267 71 844 306'), ('place', 'Serowe')]),
    EvalCase("Does anyone use the GAD-7 in Bahasa Indonesia? I've got two versions and they differ on item 4.", []),
    EvalCase("There's an old man I can't stop thinking about, Kaliyaperumal Murugesan, age 92 this winter, from Nagapattinam, who survived the tsunami and now lives alone on No. 8, Fishermen's Colony 2nd Street, Akkaraipettai 611001. His phone is +91 94431 27745 and he rings me every evening to sing. Is there any harm in answering?", [('name', 'Kaliyaperumal Murugesan'), ('age_over_89', '92 this winter'), ('place', 'Nagapattinam'), ('street_address', "No. 8, Fishermen's Colony 2nd Street"), ('place', 'Akkaraipettai'), ('zip_code', '611001'), ('phone', '+91 94431 27745')]),
    EvalCase('does anyone have a short script for explaining confidentiality to a child of eight? Ideally in Swahili or English.', []),
    EvalCase("Palau: Ngirmang Sugiyama, phone +680 488 2714, email ngirmang.s@palaunet.com, Koror's Meketii hamlet.", [('name', 'Ngirmang Sugiyama'), ('phone', '+680 488 2714'), ('email', 'ngirmang.s@palaunet.com'), ('place', "Koror's Meketii hamlet")]),
    EvalCase('Has anyone got the Arabic version of the PCL-5 that was validated? I keep finding different ones.', []),
    EvalCase('Tanzania: Rehema Mussa, NIDA 19870412-14119-00001-27, NHIF 101288471, Vodacom M-Pesa 0754 228 917.', [('name', 'Rehema Mussa'), ('ssn', '19870412-14119-00001-27'), ('health_plan', '101288471'), ('account', '0754 228 917')]),
    EvalCase("Zim medical aid note: Rutendo Chigumba, chart PGH-26-77418, insulin pump (MiniMed 780G, NG4471823H), Mbare's Matapi flats.", [('name', 'Rutendo Chigumba'), ('medical_record', 'PGH-26-77418'), ('device', 'NG4471823H'), ('place', "Mbare's Matapi flats")]),
    EvalCase('I wonder if Chipo is testing me when she cancels on the morning of every session.', [('name', 'Chipo')]),
    EvalCase('feeling a bit raw after a session about a drowning off the Queensland coast. Going for a walk before my next one.', []),
    EvalCase('Matabeleland referral: Sipho Mthwakazi Ndlovu, aged 90 and three months, Gukurahundi survivor, 22 Fort Street, Tsholotsho. CIMAS CIM-5508122-01.', [('name', 'Sipho Mthwakazi Ndlovu'), ('age_over_89', '90 and three months'), ('street_address', '22 Fort Street'), ('place', 'Tsholotsho'), ('health_plan', 'CIM-5508122-01')]),
    EvalCase('is anyone else seeing more panic in young men lately? It seems to have doubled in our service since January.', []),
    EvalCase('the Monday group was quiet today; i think the news from home has everyone frozen.', []),
    EvalCase('Is anyone going to the conference in Singapore in April? Would be nice to meet some of you.', []),
    EvalCase('Uzbek labour-migrant line: Sherzod Tursunov, passport AC4471826, mobile +998 90 418 77 62, Telegram t.me/sherzod_tursun0v.', [('name', 'Sherzod Tursunov'), ('ssn', 'AC4471826'), ('phone', '+998 90 418 77 62'), ('url', 't.me/sherzod_tursun0v')]),
    EvalCase('Fwd: Sabitri Gurung from Lamjung, citizenship cert 34-01-73-05822, phone +977 985-612-0447. Seen 9 Mangsir 2083.', [('name', 'Sabitri Gurung'), ('place', 'Lamjung'), ('ssn', '34-01-73-05822'), ('phone', '+977 985-612-0447'), ('date', '9 Mangsir 2083')]),
    EvalCase('Kyrgyz referral: Aizada Toktogulova, PIN 21204199500387, phone +996 555 418 207, mkr. Dzhal 29, kv. 14.', [('name', 'Aizada Toktogulova'), ('ssn', '21204199500387'), ('phone', '+996 555 418 207'), ('street_address', 'mkr. Dzhal 29, kv. 14')]),
    EvalCase('Our team is trying Solution Focused Brief Therapy for exam stress this term; early days but promising.', []),
    EvalCase('Zambia: Mutale Chanda, NRC 238471/65/1, Airtel Money 0977 318 624, Chililabombwe.', [('name', 'Mutale Chanda'), ('ssn', '238471/65/1'), ('account', '0977 318 624'), ('place', 'Chililabombwe')]),
    EvalCase("Top End: Benita Yunupingu, age 90 and three months, Galiwin'ku on Elcho Island's east side, clinic file MIWATJ-04471, phone (08) 8987 4418.", [('name', 'Benita Yunupingu'), ('age_over_89', '90 and three months'), ('place', "Galiwin'ku on Elcho Island's east side"), ('medical_record', 'MIWATJ-04471'), ('phone', '(08) 8987 4418')]),
    EvalCase("the reading group voted for Irvin Yalom's The Gift of Therapy next, which I'm happy about.", []),
    EvalCase("last session with rahim uddin before he goes back to sylhet's shibganj lanes, feeling oddly bereft about it.", [('name', 'rahim uddin'), ('place', "sylhet's shibganj lanes")]),
    EvalCase("Has anyone run a group for widows in Bamiyan? Zarghuna Sadozai wants one and I'd love some pointers.", [('place', 'Bamiyan'), ('name', 'Zarghuna Sadozai')]),
    EvalCase("Mosese Tuilagi and his wife moved to Lautoka's Simla estate last month, so the sessions will be online from now on.", [('name', 'Mosese Tuilagi'), ('place', "Lautoka's Simla estate")]),
    EvalCase('Sarimah from Kampung Ayer keeps telling me she is "too lucky to be sad", which worries me.', [('name', 'Sarimah'), ('place', 'Kampung Ayer')]),
    EvalCase("I find I'm more tired after Zoom sessions than in-person ones. is that fatigue from the screen or something else?", []),
    EvalCase("how do you handle it when a teenager asks you not to tell their parents something that isn't a safety issue? Gillick competence aside, I mean.", []),
    EvalCase("just back from leave and my inbox is frightening. apologies if I'm slow to reply this week.", []),
    EvalCase("On New Year's Day in Japan and Korea clients often visit family graves; Obon and Chuseok bring similar waves.", []),
    EvalCase('Georgian driver Levan Tsiklauri, plate LT-447-KG, licence 0199307, crash near Mtskheta on 5 August 2026.', [('name', 'Levan Tsiklauri'), ('vehicle', 'LT-447-KG'), ('licence', '0199307'), ('place', 'Mtskheta'), ('date', '5 August 2026')]),
    EvalCase("Has anyone tried the Friendship Bench approach from Zimbabwe with grandmothers as counsellors? i'd love to hear how it went.", []),
    EvalCase("Aotearoa: Fetu Salave'a, IP 122.56.147.202, account 12-3144-0447182-00, email fetu.salavea@xtra.co.nz.", [('name', "Fetu Salave'a"), ('ip_address', '122.56.147.202'), ('account', '12-3144-0447182-00'), ('email', 'fetu.salavea@xtra.co.nz')]),
    EvalCase('Afghan interpreter Sayed Jawad Hashimi, SIV case KBL2021-447183, email sj.hashimi@protonmail.com.', [('name', 'Sayed Jawad Hashimi'), ('medical_record', 'KBL2021-447183'), ('email', 'sj.hashimi@protonmail.com')]),
    EvalCase("Guam: Joaquina Cruz Taitano, SSN 586-44-1937, 148 Chalan Kanton Tasi, Yigo's Gayinero area 96929.", [('name', 'Joaquina Cruz Taitano'), ('ssn', '586-44-1937'), ('street_address', '148 Chalan Kanton Tasi'), ('place', "Yigo's Gayinero area"), ('zip_code', '96929')]),
    EvalCase("Could we move Thursday's peer call to the afternoon? I have a court report due on Friday.", []),
    EvalCase("Any Hindi or Bengali speakers who could help with a Bangladeshi client's Ayurvedic remedies list? Ashwagandha and Brahmi mainly.", []),
    EvalCase('The Indian Psychiatric Society and the National Institute of Mental Health and Neurosciences both endorse Tele MANAS now.', []),
    EvalCase('small win today: a man who has not cried since his son died let himself cry for about a minute and then laughed at himself.', []),
    EvalCase("Supervision on Wednesday: we'll look at the Cultural Formulation Interview from DSM-5-TR, especially Question 6.", []),
    EvalCase('Has the Australian Psychological Society said anything about telehealth rebates ending?', []),
    EvalCase('Ethiopia: Hiwot Alemayehu, Fayda 6714 2289 3045 1177, phone +251 911 47 22 80, Kebele 05, House 1124, Bahir Dar.', [('name', 'Hiwot Alemayehu'), ('ssn', '6714 2289 3045 1177'), ('phone', '+251 911 47 22 80'), ('street_address', 'Kebele 05, House 1124'), ('place', 'Bahir Dar')]),
    EvalCase('Egyptian client Mariam Fawzy Eskander, hearing aid (Phonak, SN 2219CJ4471), email mariam.fawzy.eg@gmail.com, phone +20 122 874 4103.', [('name', 'Mariam Fawzy Eskander'), ('device', 'SN 2219CJ4471'), ('email', 'mariam.fawzy.eg@gmail.com'), ('phone', '+20 122 874 4103')]),
    EvalCase("Tavita Fuimaono has stopped coming since the cyclone took the roof in Lalomanu, and I'm not sure whether to phone or wait.", [('name', 'Tavita Fuimaono'), ('place', 'Lalomanu')]),
    EvalCase("mindfulness isn't landing with a client who says it feels like being alone with her ghosts. Alternatives? ACT maybe?", []),
    EvalCase('quick q, my client afsana in kamrangirchar has a cochlear implant (serial CI512-0088413) and she takes the processor off when her husband shouts. is it ok to work with that as a coping skill or am i endorsing avoidance?', [('name', 'afsana'), ('place', 'kamrangirchar'), ('device', 'CI512-0088413')]),
    EvalCase("I'm struggling with a case of cyber-stalking. Angeline Soriano, a call-centre agent in Cebu City, found that her ex logged into her email from 203.177.82.146 and then from 112.198.71.25 on the night of 28 October 2026. He also posted her photos on https://www.facebook.com/groups/cebu.exposed.2026. She wants to keep working on the trauma rather than the safety plan, and I'm not sure I agree with her.", [('name', 'Angeline Soriano'), ('place', 'Cebu City'), ('ip_address', '203.177.82.146'), ('ip_address', '112.198.71.25'), ('date', '28 October 2026'), ('url', 'https://www.facebook.com/groups/cebu.exposed.2026')]),
    EvalCase('Mozambique: Anifa Saide, BI 110104872931B, displaced from Mocímboa da Praia, M-Pesa 84 711 2039.', [('name', 'Anifa Saide'), ('ssn', '110104872931B'), ('place', 'Mocímboa da Praia'), ('account', '84 711 2039')]),
    EvalCase('The Kenyan and Tanzanian Lay Counsellor programmes use the Shamiri model; does anyone in Rwanda or Burundi use it too?', []),
    EvalCase('When Makerita Vuniwaqa laughs about the boat sinking off Koro Island I feel my stomach drop; countertransference?', [('name', 'Makerita Vuniwaqa'), ('place', 'Koro Island')]),
    EvalCase('Our Thursday peer group agreed to try Balint-style case discussion for a month. Feedback welcome.', []),
    EvalCase('The new Medicare item numbers are confusing everyone in our practice; has anyone got a plain summary from the APS?', []),
    EvalCase("São Tomé client Edilene Lima, email edilene.lima.st@gmail.com, Neves' fishing beach, reached 4 September 2026.", [('name', 'Edilene Lima'), ('email', 'edilene.lima.st@gmail.com'), ('place', "Neves' fishing beach"), ('date', '4 September 2026')]),
    EvalCase("Has anyone seen akathisia on aripiprazole get mistaken for anxiety? I think that's what's happening here.", []),
    EvalCase("the heat this week has wrecked everyone's sleep, mine included. Sessions are sluggish and the Harmattan hasn't even started.", []),
    EvalCase('Would love input: Reuben Tawake from Savusavu wants to stop medication.', [('name', 'Reuben Tawake'), ('place', 'Savusavu')]),
    EvalCase("Eritrean diaspora in Ethiopia: client Senait Habte, email senait.habte87@proton.me, Gerji's condominium block 17.", [('name', 'Senait Habte'), ('email', 'senait.habte87@proton.me'), ('place', "Gerji's condominium block 17")]),
    EvalCase('Moroccan shelter fax +212 537 72 44 18 re: Blessing Okafor-Diallo, migrant, Takadoum, seen 27 septembre 2026.', [('fax', '+212 537 72 44 18'), ('name', 'Blessing Okafor-Diallo'), ('place', 'Takadoum'), ('date', '27 septembre 2026')]),
    EvalCase('a client quoted Rumi at me today and I quoted him back, and we both laughed. Small moment, big shift.', []),
    EvalCase('Supervision prompt: Carl Rogers, Irvin Yalom or Viktor Frankl, which one would you want in the room with a dying client?', []),
    EvalCase("I wondered if others see this with Pacific men: Semisi Vake only opens up in the car. We drive around Otara's East Tamaki Road end in my Corolla (MKT482) and he talks. His probation officer's fax is +64 9 274 8821. Is this acceptable practice or have I drifted?", [('name', 'Semisi Vake'), ('place', "Otara's East Tamaki Road end"), ('vehicle', 'MKT482'), ('fax', '+64 9 274 8821')]),
    EvalCase('Georgian refugee from the Abkhazia war, Nino Kvaratskhelia, aged 95 last Navruz, Liberty Bank IBAN GE29NB0000000471936205.', [('name', 'Nino Kvaratskhelia'), ('age_over_89', '95 last Navruz'), ('account', 'GE29NB0000000471936205')]),
    EvalCase('Has anyone got a simple Hindi or Urdu explanation of panic attacks for older clients? the leaflets are all too dense.', []),
    EvalCase('Bilal Ahmed Chaudhry Warraich from Gujar Khan keeps asking whether his panic is a punishment for leaving his mother behind.', [('name', 'Bilal Ahmed Chaudhry Warraich'), ('place', 'Gujar Khan')]),
    EvalCase('question for the group: do you let clients record sessions on their phones? WhatsApp voice notes included?', []),
    EvalCase("I'm seeing a lot of Mirtazapine weight gain in young women; Wellbutrin isn't available here, Sertraline is, Agomelatine is pricey.", []),
    EvalCase('Zambia: Chisomo Banda, NHIMA NHI-44718-2209, Plot 4418, Chalala, Lusaka South, 10111.', [('name', 'Chisomo Banda'), ('health_plan', 'NHI-44718-2209'), ('street_address', 'Plot 4418, Chalala'), ('place', 'Lusaka South'), ('zip_code', '10111')]),
    EvalCase("I'll share my notes from the Compassion Focused Therapy training after the weekend.", []),
    EvalCase('Zimbabwe: Nyasha Mutasa, ID 63-1184527 R 42, EcoCash 0772 418 905, 4417 Mkoba 12, Gweru.', [('name', 'Nyasha Mutasa'), ('ssn', '63-1184527 R 42'), ('account', '0772 418 905'), ('street_address', '4417 Mkoba 12'), ('place', 'Gweru')]),
    EvalCase('question about interpreters: do you brief them before the first session, and how much of the history do you share? Asking for Dari and Pashto work.', []),
    EvalCase("Supervision thought: my anger at his wife is probably his anger, and I'd been carrying it for him.", []),
    EvalCase('Marshall Islands office: fax +692 625 4418 re Kinoj Lanki.', [('fax', '+692 625 4418'), ('name', 'Kinoj Lanki')]),
    EvalCase('Good news: the Ministry finally approved funding for the community counsellor posts through June.', []),
    EvalCase('New Caledonia: Kévin Wamytan, CAFAT 0447182 09, plate 447182 NC, link https://www.facebook.com/kevin.wamytan.988.', [('name', 'Kévin Wamytan'), ('health_plan', '0447182 09'), ('vehicle', '447182 NC'), ('url', 'https://www.facebook.com/kevin.wamytan.988')]),
    EvalCase("my client keeps saying she's fine and then sends long voice notes at midnight. not sure how to bring that into the room.", []),
    EvalCase('Seini said something today I can\'t stop thinking about, that she was "born already homesick".', [('name', 'Seini')]),
    EvalCase('Azerbaijani client Leyla Mammadli, FIN 7KQ3MTR, phone +994 50 271 84 36, referral date 23.10.2026.', [('name', 'Leyla Mammadli'), ('ssn', '7KQ3MTR'), ('phone', '+994 50 271 84 36'), ('date', '23.10.2026')]),
    EvalCase('Tahiti: Teva Tetuanui, fax +689 40 54 44 18, chart CHPF-26-44718, email teva.tetuanui@mail.pf.', [('name', 'Teva Tetuanui'), ('fax', '+689 40 54 44 18'), ('medical_record', 'CHPF-26-44718'), ('email', 'teva.tetuanui@mail.pf')]),
    EvalCase('Fwd from the Sabah clinic: Juliana Gimbang, MyKad 790622-12-5514, phone +60 88-714 220, fax +60 88-714 229.', [('name', 'Juliana Gimbang'), ('ssn', '790622-12-5514'), ('phone', '+60 88-714 220'), ('fax', '+60 88-714 229')]),
    EvalCase("Thinking aloud: Litia Baleilevuka insists his ancestors warned him before the flood, and I don't want to pathologise it.", [('name', 'Litia Baleilevuka')]),
    EvalCase('The family from Ambae I mentioned has asked for a home visit.', [('place', 'Ambae')]),
    EvalCase("I met Neema's sister at the market and she acted as if she didn't know me, which was right of her.", [('name', "Neema's")]),
    EvalCase('North Kivu referral (DRC): Espérance Kahindo Masika, aged 94 by her baptism card, Avenue des Volcans 38, Himbi. Orange Money +243 89 447 2130.', [('name', 'Espérance Kahindo Masika'), ('age_over_89', '94 by her baptism card'), ('street_address', 'Avenue des Volcans 38'), ('place', 'Himbi'), ('account', '+243 89 447 2130')]),
    EvalCase('Moroccan client Fatima Zahra Oubaha, CIN JH284119, Derb Sidi Bouloukat 12, Mhamid 40140. RIB 007 450 0004812390032147 51.', [('name', 'Fatima Zahra Oubaha'), ('ssn', 'JH284119'), ('street_address', 'Derb Sidi Bouloukat 12'), ('place', 'Mhamid'), ('zip_code', '40140'), ('account', '007 450 0004812390032147 51')]),
    EvalCase("In Japan the word Hikikomori covers so much; Tamaki Saitō's book and Alan Teo's research disagree on a lot.", []),
    EvalCase("so grateful for this group. Last week's advice about pacing made a real difference for my client on Tuesday.", []),
    EvalCase('A supervision question. My supervisee in Lahore\'s Shahdara side sees Zainab Qureshi, 90 and three months, whose grandson drives her in a rickshaw (LEA-7782) every week and waits outside. Zainab has a Medtronic insulin pump, serial NG2218741H, and says she sometimes "forgets" to bolus so that the grandson will stop bringing her. My supervisee thinks this is passive suicidality; I wonder if it\'s about the grandson. Thoughts?', [('place', "Lahore's Shahdara side"), ('name', 'Zainab Qureshi'), ('age_over_89', '90 and three months'), ('vehicle', 'LEA-7782'), ('device', 'NG2218741H')]),
    EvalCase('Reading Pauline Boss on ambiguous loss and it fits almost every family on my caseload this year.', []),
    EvalCase('Assam flood relief team, fax +91 361 273 8814: please see Bhupen Kalita, age ninety-one and a bit, evacuated from Dhemaji.', [('fax', '+91 361 273 8814'), ('name', 'Bhupen Kalita'), ('age_over_89', 'ninety-one and a bit'), ('place', 'Dhemaji')]),
    EvalCase('For those in Australia: Medicare Better Access sessions drop back to ten from January, per the Department of Health.', []),
    EvalCase('Question about the Hamilton Depression Rating Scale vs the Montgomery-Åsberg for Japanese clients: which travels better?', []),
    EvalCase("Fiji taxi driver Ravinesh Chand Sharma, LTA permit TX 9137, vehicle LT 2290, post-assault panic; Nadi's Namaka side.", [('name', 'Ravinesh Chand Sharma'), ('licence', 'TX 9137'), ('vehicle', 'LT 2290'), ('place', "Nadi's Namaka side")]),
    EvalCase('Supervision reflection: I noticed I went quiet when she mentioned Eid, and I think I was worried about getting it wrong.', []),
    EvalCase('Northern Territory referral: Shirleen Tipungwuti, Medicare 5519 48273 1, 7 Bagot Road, Ludmilla NT 0820.', [('name', 'Shirleen Tipungwuti'), ('health_plan', '5519 48273 1'), ('street_address', '7 Bagot Road'), ('place', 'Ludmilla'), ('zip_code', '0820')]),
    EvalCase('Case for the group: Haji Abdul Karim Noorzai, 99 last Eid, came from Lashkar Gah to his son\'s flat at Unit 4, 27 Bathurst Street, Liverpool\'s Warwick Farm end NSW 2171. He refuses the hearing aid (Oticon Real 1, SN 2311840672) that his son bought him because "a man should hear only what God sends". I\'d like to respect that while helping the son, who is exhausted.', [('name', 'Abdul Karim Noorzai'), ('age_over_89', '99 last Eid'), ('place', 'Lashkar Gah'), ('street_address', 'Unit 4, 27 Bathurst Street'), ('place', "Liverpool's Warwick Farm end"), ('zip_code', '2171'), ('device', 'Oticon Real 1, SN 2311840672')]),
    EvalCase('My Tuesday client asked about Remeron and weight gain; I told her to talk to her GP, was that enough?', []),
    EvalCase('Rwanda: Uwase Clarisse, ID 1 1989 7 0041823 1 52, Mutuelle MUT-GSB-08822113, Nyamagabe.', [('name', 'Uwase Clarisse'), ('ssn', '1 1989 7 0041823 1 52'), ('health_plan', 'MUT-GSB-08822113'), ('place', 'Nyamagabe')]),
    EvalCase("what's your rule on texting between sessions? mine has become too loose and i need to reset it without seeming cold.", []),
    EvalCase('I wonder whether we should add a short check-in about our own stress at the start of each peer meeting.', []),
    EvalCase("Looking for someone with DRC experience. Jean-Baptiste Mirindi, 34, ex-combatant from Rutshuru, lives at Avenue Kibanda 17, quartier Katindo, Goma-Karisimbi, and has an artificial leg from the ICRC workshop (ICRC-PRP-2019-44871). Every time the volcano rumbles he relives the shelling. The family's phone is +243 97 211 4478. Would you do exposure here?", [('name', 'Jean-Baptiste Mirindi'), ('place', 'Rutshuru'), ('street_address', 'Avenue Kibanda 17, quartier Katindo'), ('place', 'Goma-Karisimbi'), ('device', 'ICRC-PRP-2019-44871'), ('phone', '+243 97 211 4478')]),
    EvalCase('Lesotho: Teboho Letsie, herd-boy assault, Thaba-Tseka, file QEII-4471-26, seen 20 August 2026.', [('name', 'Teboho Letsie'), ('place', 'Thaba-Tseka'), ('medical_record', 'QEII-4471-26'), ('date', '20 August 2026')]),
    EvalCase("Has anyone worked with a Rohingya teenager before? Nur Kaida arrived from Kutupalong's Camp 2W block B last spring and barely speaks in session.", [('name', 'Nur Kaida'), ('place', "Kutupalong's Camp 2W block B")]),
    EvalCase("Could I get thoughts on Lupe Sapolu? She's a nurse from Apia's Vaiala beach road and won't take leave despite burnout.", [('name', 'Lupe Sapolu'), ('place', "Apia's Vaiala beach road")]),
    EvalCase('Far North Queensland: Jeremiah Bani, 6 Moa Street, Bamaga QLD 4876, website https://www.gofundme.com/f/bring-jeremiah-home.', [('name', 'Jeremiah Bani'), ('street_address', '6 Moa Street'), ('place', 'Bamaga'), ('zip_code', '4876'), ('url', 'https://www.gofundme.com/f/bring-jeremiah-home')]),
    EvalCase('Dilnoza Yusupova-Karimova from Chirchiq has started to laugh in sessions, which I never expected from her.', [('name', 'Dilnoza Yusupova-Karimova'), ('place', 'Chirchiq')]),
    EvalCase("I'm seeing Pita Naufahu-Vainikolo's widow, Ana Naufahu, who lives at 14 Kahikatea Grove, Waitangirua's shops end 5024, after he was killed at work. She got a letter from ACC with a claim number ACC-44718220 and she won't open any more envelopes. I'm keen to do something practical, but without taking over.", [('name', 'Pita Naufahu-Vainikolo'), ('name', 'Ana Naufahu'), ('street_address', '14 Kahikatea Grove'), ('place', "Waitangirua's shops end"), ('zip_code', '5024'), ('medical_record', 'ACC-44718220')]),
    EvalCase("A client asked if Buddhist meditation could make her psychosis worse. I honestly didn't know what to say.", []),
    EvalCase("Chad refugee camp: Hawa Abakar Issa, ration card ADRE-77-55013, Bloc 12, Zone C, Farchana's block 9 market.", [('name', 'Hawa Abakar Issa'), ('medical_record', 'ADRE-77-55013'), ('street_address', 'Bloc 12, Zone C'), ('place', "Farchana's block 9 market")]),
    EvalCase('Fax to Fukushima prefectural clinic 024-521-7783: summary for Endo Mitsuko, chart FMU-518204, born 3 February 1932.', [('fax', '024-521-7783'), ('name', 'Endo Mitsuko'), ('medical_record', 'FMU-518204'), ('date', '3 February 1932')]),
    EvalCase('audit log: record of Lusia Fonoti opened from 202.4.51.117 at 03:12 on 5 November 2026, user "locum2". Nobody on the rota was on shift.', [('name', 'Lusia Fonoti'), ('ip_address', '202.4.51.117'), ('date', '5 November 2026')]),
    EvalCase("For Pacific clients in Aotearoa, the Le Va Engaging Pacific Families guide is still the best thing I've read, with Talanoa as method.", []),
    EvalCase("Need thoughts: my client Rukhsana Begum Lipi is being followed by a man in a white Toyota (DHK METRO GA 14-8827) near her house at House 31, Road 7, Block C, Mirpur 10, 1216. She wants us to talk about her mother instead. I'm inclined to stop and safety-plan. Am I overriding her?", [('name', 'Rukhsana Begum Lipi'), ('vehicle', 'DHK METRO GA 14-8827'), ('street_address', 'House 31, Road 7, Block C'), ('place', 'Mirpur 10'), ('zip_code', '1216')]),
    EvalCase("Has anyone combined EMDR with prayer for clients who want that? I'd like to hear how it went.", []),
    EvalCase("I'd love thoughts on whether Acceptance and Commitment Therapy fits with Buddhist clients or just borrows from them.", []),
    EvalCase("Mariama Sowe wrote to say her brother in Brikama's Kabafita ward has been arrested, and she wants to pause therapy.", [('name', 'Mariama Sowe'), ('place', "Brikama's Kabafita ward")]),
    EvalCase("Anyone using the Kessler scale in Pacific communities? I'm not sure it captures what people call heaviness.", []),
    EvalCase("Has anyone else found that Kalolaine Fusitu'a and clients like her respond better to a walk than to a chair?", [('name', "Kalolaine Fusitu'a")]),
    EvalCase('Palau referral: Ebil Rengiil, insurance PNHI-44718, plate PW 4418, Airai.', [('name', 'Ebil Rengiil'), ('health_plan', 'PNHI-44718'), ('vehicle', 'PW 4418'), ('place', 'Airai')]),
    EvalCase('Do people find the Edinburgh Postnatal Depression Scale works in Swahili? Our midwives want to use it.', []),
    EvalCase('Any thoughts on why Farhod goes quiet every time I mention his mother in Urgench?', [('name', 'Farhod'), ('place', 'Urgench')]),
    EvalCase('A client on lithium asked about drinking kava. Does anyone know about interactions?', []),
    EvalCase("is it reasonable to charge for a missed session when the bus didn't come? I've been waiving it since March but it adds up.", []),
    EvalCase("I've been combining Narrative Therapy with the Tree of Life from Ncazelo Ncube, and the Zimbabwean clients love it.", []),
    EvalCase('I took the Mental Health First Aid Australia course last Tuesday; the Aboriginal and Torres Strait Islander module was excellent.', []),
    EvalCase("Vanuatu: Marie-Claire Tabi, truck P 9027, driving licence VU-DL-044718, crash near Mele village's Blacksands edge.", [('name', 'Marie-Claire Tabi'), ('vehicle', 'P 9027'), ('licence', 'VU-DL-044718'), ('place', "Mele village's Blacksands edge")]),
    EvalCase('Guam: Vicente Leon Guerrero, Tandem pump SN 1447182, GMHA chart GMH-447182, fax (671) 647-4418.', [('name', 'Vicente Leon Guerrero'), ('device', 'SN 1447182'), ('medical_record', 'GMH-447182'), ('fax', '(671) 647-4418')]),
    EvalCase('Central Papua: Yance Magai, chart RSMM-447182, tribal fighting, IP 110.138.44.77.', [('name', 'Yance Magai'), ('medical_record', 'RSMM-447182'), ('ip_address', '110.138.44.77')]),
    EvalCase("Reading group suggestion: Ranjana Khanna's Dark Continents, or Achille Mbembe's Necropolitics if we want a challenge.", []),
    EvalCase('Auditing our portal: a login for Farzana Hakimi came from 39.40.188.214 and then 2400:adc1:4a7:1100::2f within minutes, and her account shows a download of the intake PDF from https://portal.khybercounsel.pk/files/intake/hakimi_f.pdf. She lives in a shared house in Hayatabad and fears her brother-in-law is reading everything.', [('name', 'Farzana Hakimi'), ('ip_address', '39.40.188.214'), ('ip_address', '2400:adc1:4a7:1100::2f'), ('url', 'https://portal.khybercounsel.pk/files/intake/hakimi_f.pdf'), ('place', 'Hayatabad')]),
    EvalCase("does anyone else find the last ten minutes of a session are when the real material shows up? i've started leaving more room at the end.", []),
    EvalCase("Thank you all for the kind messages last week. i'm back and feeling steadier.", []),
    EvalCase('Western Australia: client Rifat Sultana, BSB/acct 066-128 1044 7723, fax (08) 9328 4417.', [('name', 'Rifat Sultana'), ('account', '066-128 1044 7723'), ('fax', '(08) 9328 4417')]),
    EvalCase("supervision tonight: I want to bring tasi again, the boy from ebeye's ninth street side, because I think I'm colluding with his silence.", [('name', 'tasi'), ('place', "ebeye's ninth street side")]),
    EvalCase('Maldives: Aishath Shifana, ID A218734, from Thinadhoo, now on Majeedhee Magu, Henveiru, 20073.', [('name', 'Aishath Shifana'), ('ssn', 'A218734'), ('place', 'Thinadhoo'), ('street_address', 'Majeedhee Magu, Henveiru'), ('zip_code', '20073')]),
    EvalCase('Niger: Mariama Hamani, phone +227 90 44 71 82, Orange Money +227 88 21 47 09, Rue KK 38, Kouara Kano.', [('name', 'Mariama Hamani'), ('phone', '+227 90 44 71 82'), ('account', '+227 88 21 47 09'), ('street_address', 'Rue KK 38, Kouara Kano')]),
    EvalCase('Djibouti: Amina Houssein Ali, phone +253 77 84 12 06, from Ali Sabieh, seen 12/08/2026.', [('name', 'Amina Houssein Ali'), ('phone', '+253 77 84 12 06'), ('place', 'Ali Sabieh'), ('date', '12/08/2026')]),
    EvalCase('Tigrayan returnee Letemariam Gebre, hearing aid Signia Pure 312, SN 4471DN82, UNHCR ETH-26-0447182.', [('name', 'Letemariam Gebre'), ('device', 'Signia Pure 312, SN 4471DN82'), ('medical_record', 'ETH-26-0447182')]),
    EvalCase("i've been asked to give a talk on burnout to nurses in April and I'm burned out myself, which is funny in a way.", []),
    EvalCase("Yerlan Sarsenbayuly has started talking about his father's work at the test site near Kurchatov, which he never mentioned before.", [('name', 'Yerlan Sarsenbayuly'), ('place', 'Kurchatov')]),
    EvalCase("Reminder: Friday's session on Islamic Trauma Healing with the Somali Imams is in English and Arabic, Saturday in Somali.", []),
    EvalCase('Long one, sorry. Budi Santoso, 41, drives an angkot in Bekasi\'s Bantargebang edge and since a passenger died in his van (plate B 2714 KCR) on 19 September 2026 he hasn\'t slept more than three hours. His SIM licence SIM-B1 8827-0412-1554 was suspended pending the inquest, so he has no income, and his wife messages me from 0857 1120 4683 asking when he will be "fixed". How do you hold the family\'s urgency without colluding with it?', [('name', 'Budi Santoso'), ('place', "Bekasi's Bantargebang edge"), ('vehicle', 'B 2714 KCR'), ('date', '19 September 2026'), ('licence', 'SIM-B1 8827-0412-1554'), ('phone', '0857 1120 4683')]),
    EvalCase("We read Amartya Sen's Identity and Violence at the reading group; Thursday's discussion ran over by an hour.", []),
    EvalCase('A Muslim client asked if Ruqyah from a Sheikh could replace therapy. I suggested both; would the Imams here agree?', []),
    EvalCase("Re the reading group: Vikram Patel's Where There Is No Psychiatrist is free online, I think.", []),
    EvalCase("My client's GP started quetiapine at night for sleep and she's now sleeping fourteen hours. Worth a call?", []),
    EvalCase('Northern Marianas: Rosa Camacho Sablan, aged 95 last Navruz, Beach Road, Chalan Kanoa, 96950, phone (670) 234-4471.', [('name', 'Rosa Camacho Sablan'), ('age_over_89', '95 last Navruz'), ('street_address', 'Beach Road, Chalan Kanoa'), ('zip_code', '96950'), ('phone', '(670) 234-4471')]),
    EvalCase('Bangladeshi rickshaw puller Abdul Motaleb, CNG plate DHAKA METRO THA 11-4427, injured in a collision on 2 Kartik 1433.', [('name', 'Abdul Motaleb'), ('vehicle', 'DHAKA METRO THA 11-4427'), ('date', '2 Kartik 1433')]),
    EvalCase("Tajik client Manizha Qodirova, Alif wallet +992 93 441 2870, from Rasht valley's Gharm, seen 14.11.2026.", [('name', 'Manizha Qodirova'), ('account', '+992 93 441 2870'), ('place', "Rasht valley's Gharm"), ('date', '14.11.2026')]),
    EvalCase("Jone Rabuka's mother came in unannounced and asked me to stop seeing her son; what would you have done?", [('name', 'Jone Rabuka')]),
    EvalCase('Ma Thida Aung is back from Mawlamyine and wants to restart; I have a waitlist, but she was mid-treatment.', [('name', 'Ma Thida Aung'), ('place', 'Mawlamyine')]),
    EvalCase("Bali: Ni Luh Ayu Sukarini, BPJS 0002447182091, Jl. Hanoman Gg. 4 No. 11, Ubud's Penestanan hill 80571.", [('name', 'Ni Luh Ayu Sukarini'), ('health_plan', '0002447182091'), ('street_address', 'Jl. Hanoman Gg. 4 No. 11'), ('place', "Ubud's Penestanan hill"), ('zip_code', '80571')]),
    EvalCase('Nadia Boukhalfa from Bab El Oued keeps apologising for crying, even when I invite it.', [('name', 'Nadia Boukhalfa'), ('place', 'Bab El Oued')]),
    EvalCase("Sri Lanka three-wheeler WP QA-7741 belonging to Nuwan Jayasekara was seized by lenders; he's suicidal, ring 077 418 2290.", [('vehicle', 'WP QA-7741'), ('name', 'Nuwan Jayasekara'), ('phone', '077 418 2290')]),
    EvalCase('Zimbabwe: Farai Mushonga, kombi AFB 4418, PSV licence PSV-447182, phone +263 77 218 4470.', [('name', 'Farai Mushonga'), ('vehicle', 'AFB 4418'), ('licence', 'PSV-447182'), ('phone', '+263 77 218 4470')]),
    EvalCase('South Australia: Kamal Haidari, Ute S 418 BKV, SA licence MT4471209, after the crash on 8 July 2026.', [('name', 'Kamal Haidari'), ('vehicle', 'S 418 BKV'), ('licence', 'MT4471209'), ('date', '8 July 2026')]),
    EvalCase('Nepal referral: Bishnu Maya Tamang-Ghising, age 93 years and six weeks, earthquake survivor from Barpak. Health insurance HIB-447182033.', [('name', 'Bishnu Maya Tamang-Ghising'), ('age_over_89', '93 years and six weeks'), ('place', 'Barpak'), ('health_plan', 'HIB-447182033')]),
    EvalCase('Egyptian NGO fax +20 2 2736 4410 re: Sudanese arrival Awadia Elnour, UNHCR EGY-24C-081775.', [('fax', '+20 2 2736 4410'), ('name', 'Awadia Elnour'), ('medical_record', 'EGY-24C-081775')]),
    EvalCase('The boy from Nukulaelae I mentioned, Faiva, has started drawing boats again; is that a good sign or am I hoping?', [('place', 'Nukulaelae'), ('name', 'Faiva')]),
    EvalCase("Hiroshi Kanazawa finally agreed to visit the exclusion zone near Namie's Ukedo harbour with his daughter; I'm more anxious than he is.", [('name', 'Hiroshi Kanazawa'), ('place', "Namie's Ukedo harbour")]),
    EvalCase("Pakistan referral: Sakina Bibi, CNIC 42201-8837265-4, address House 14, Street 9, Sector G-7/2, Islamabad's G-7/2 markaz side 44010.", [('name', 'Sakina Bibi'), ('ssn', '42201-8837265-4'), ('street_address', 'House 14, Street 9, Sector G-7/2'), ('place', "Islamabad's G-7/2 markaz side"), ('zip_code', '44010')]),
    EvalCase('Malaysia: Siti Hajar Ramli, No. 14 Jalan Kenari 3, Bandar Puchong Jaya 47170, IP 175.139.44.182.', [('name', 'Siti Hajar Ramli'), ('street_address', 'No. 14 Jalan Kenari 3'), ('place', 'Bandar Puchong Jaya'), ('zip_code', '47170'), ('ip_address', '175.139.44.182')]),
    EvalCase('Anyone reading Roland Littlewood or Arthur Kleinman on Culture and Depression? The Indonesian chapter is fascinating.', []),
    EvalCase("The elders in Yuendumu's north camp asked me to come back for another week, and Aunty Rosalie Japaljarri will translate again.", [('place', "Yuendumu's north camp"), ('name', 'Rosalie Japaljarri')]),
    EvalCase('quick check: is it ever ok to hug a client at the end of therapy if they initiate it? asking for a supervisee who is anxious about it.', []),
    EvalCase("Somaliland: Hodan Abdirahman Yusuf Elmi, Zaad 063 441 7728, Jigjiga Yar, Street 26, Hargeisa's Koodbuur hill.", [('name', 'Hodan Abdirahman Yusuf Elmi'), ('account', '063 441 7728'), ('street_address', 'Jigjiga Yar, Street 26'), ('place', "Hargeisa's Koodbuur hill")]),
    EvalCase('Sri Lankan client Tharshini Sivakumar-Yogarajah, NIC 198671203344, home 47/2 Kankesanthurai Road, Kokuvil. Email tharshini.s@yahoo.lk.', [('name', 'Tharshini Sivakumar-Yogarajah'), ('ssn', '198671203344'), ('street_address', '47/2 Kankesanthurai Road'), ('place', 'Kokuvil'), ('email', 'tharshini.s@yahoo.lk')]),
    EvalCase('Any tips for working with Hindu clients around shraddha rites when the body was never found? Diwali is coming.', []),
    EvalCase('Pay-now slip from Rajeswari Pillai: PayNow UEN/mobile +65 9183 4407, reference "therapy Nov". Please reconcile.', [('name', 'Rajeswari Pillai'), ('account', '+65 9183 4407')]),
    EvalCase("Amara Conteh from Serrekunda's Dippa Kunda is due to give birth in March and asked if we can keep going by video.", [('name', 'Amara Conteh'), ('place', "Serrekunda's Dippa Kunda")]),
    EvalCase('The Zimbabwean Friendship Bench team and Dixon Chibanda spoke at the Global Mental Health Summit in Kenya last October.', []),
    EvalCase('Tariq Anwar Baig says the earthquake in Balakot is the only thing he dreams about, twenty years on.', [('name', 'Tariq Anwar Baig'), ('place', 'Balakot')]),
    EvalCase("Filipino clients often describe Hiya and Utang na Loob; Virgilio Enriquez's Sikolohiyang Pilipino is worth reading on both.", []),
    EvalCase('Fwd fax +63 2 8731 4452 from the Metro Manila shelter re: Jasmine Villareal, 17, intake on 23/10/2026.', [('fax', '+63 2 8731 4452'), ('name', 'Jasmine Villareal'), ('date', '23/10/2026')]),
    EvalCase("Referral: Maricel Dumalagan, DOB 14/09/1987, PhilHealth 12-025847391-6, of Purok 4, Barangay Tagpos, Siniloan's Wawa side 4021. Mob 0917 482 6630.", [('name', 'Maricel Dumalagan'), ('date', '14/09/1987'), ('health_plan', '12-025847391-6'), ('street_address', 'Purok 4, Barangay Tagpos'), ('place', "Siniloan's Wawa side"), ('zip_code', '4021'), ('phone', '0917 482 6630')]),
    EvalCase('Does anyone know the Pacific climate-mobility space? Teuea Toatu is from Nanumea and has moved to 22 Fale Road, Vaitele-uta, and she says her land has "gone under" and she has no grave to visit. Her passport TV0047712 is expiring and she won\'t renew it. What does grief work look like when the land itself is gone?', [('name', 'Teuea Toatu'), ('place', 'Nanumea'), ('street_address', '22 Fale Road'), ('place', 'Vaitele-uta'), ('ssn', 'TV0047712')]),
    EvalCase("Mpho Leboela asked today whether I'd ever been to Teyateyaneng, and I didn't know how much to say.", [('name', 'Mpho Leboela'), ('place', 'Teyateyaneng')]),
    EvalCase("My client Rustam Nazarov from Khujand's Panjshanbe bazaar side talks about his migrant years in Russia as if they belonged to someone else.", [('name', 'Rustam Nazarov'), ('place', "Khujand's Panjshanbe bazaar side")]),
    EvalCase('anyone used the Tree of Life method with adolescents? thinking of trying it next term.', []),
    EvalCase("Ntate Lerato Mokhethi and Palesa Ramakatsa have asked for couple sessions and I've only ever seen him alone; thoughts?", [('name', 'Lerato Mokhethi'), ('name', 'Palesa Ramakatsa')]),
    EvalCase("Thinking of Ranjith Wickramasinghe again, the fisherman from Mirissa who still won't go near the water after the tsunami.", [('name', 'Ranjith Wickramasinghe'), ('place', 'Mirissa')]),
    EvalCase('Kansai referral: Kim Sunja (Zainichi), 98 at Obon, 3-8-12 Momodani, Ikuno-ku 544-0034. Chart OSK-M-441822.', [('name', 'Kim Sunja'), ('age_over_89', '98 at Obon'), ('street_address', '3-8-12 Momodani'), ('place', 'Ikuno-ku'), ('zip_code', '544-0034'), ('medical_record', 'OSK-M-441822')]),
    EvalCase("Device note: Manase Leota's CPAP (ResMed AirSense 11, SN 23172948551) was stolen from the car in Papatoetoe's Hunters Corner; he's panicking about sleep.", [('name', 'Manase Leota'), ('device', 'SN 23172948551'), ('place', "Papatoetoe's Hunters Corner")]),
    EvalCase('Need advice: Juma Bakari in Stone Town says his neighbour cursed him, and his wife wants me to agree.', [('name', 'Juma Bakari'), ('place', 'Stone Town')]),
    EvalCase('Consultation request: a man of 97 come Christmas in Kandy, Gunapala Ratnayake, has had a pacemaker (Medtronic Azure, serial RNB447182S) for three years and has started to believe it is counting down his days. His granddaughter, who brings him, wrote from dilrukshi.r@sltnet.lk that he has stopped eating on poya days "to save the battery". I\'m keen not to rush to a psychosis frame in someone so old; what would you explore first?', [('age_over_89', '97 come Christmas'), ('place', 'Kandy'), ('name', 'Gunapala Ratnayake'), ('device', 'RNB447182S'), ('email', 'dilrukshi.r@sltnet.lk')]),
    EvalCase('reflecting on how often i rush to fix things when someone just wants to be heard.', []),
    EvalCase('Mindanao: Kristine Lumanlan, IP 49.145.44.182, PRC licence 0388612, teacher.', [('name', 'Kristine Lumanlan'), ('ip_address', '49.145.44.182'), ('licence', '0388612')]),
    EvalCase("A trucker I see, Lokesh Prasad, drove the cane lorry (FV 4827) that rolled on the Rakiraki road on 15 July 2026. His heavy vehicle licence HV-0077214 was suspended and he's at home all day. His wife emailed me from sunita.prasad.fj@gmail.com. I'm struggling with his shame more than his trauma.", [('name', 'Lokesh Prasad'), ('vehicle', 'FV 4827'), ('place', 'Rakiraki'), ('date', '15 July 2026'), ('licence', 'HV-0077214'), ('email', 'sunita.prasad.fj@gmail.com')]),
)

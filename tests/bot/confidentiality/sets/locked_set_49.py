"""FORTY-NINTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (round 42, as
the second blind set for that round beside locked_set_48.py), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not read git log messages, bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or diffs of any
commit, and did not read the snippets of eval_set.py, dev_extra.py,
locked_set.py or locked_set_2.py ... locked_set_47.py (locked_set_48.py
was being written at the same time in another worktree and was not seen
at all).  What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_47.py only (printed up to its
closing triple quote, for the format description, the provenance
wording, the labelling conventions and its list of settings, so that
this set's differ where possible; none of its cases), the first 25 lines
of tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and
its last three lines (two snippets, for the file format; none of their
sentences was copied), the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py (exactly lines 29-41, nothing else of that file), and
tests/bot/confidentiality/test_locked_sets.py (the data integrity
checks, which hold no snippets).  Each of the four readings was printed
on its own, and none was cut or printed twice; no slip of the reading
rule occurred.  The overlap filter described below imported the earlier
sets and printed only this set's own clashing strings.  The only test
file run was test_locked_sets.py (selected with -k 49); ruff was run on
this file and on that test file.  The other set of this round (48) is
set in Europe and the Americas, so every snippet here is set in Africa,
Asia and Oceania (and their diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit, as a message to peers in a therapists' consultation group,
in the southern Philippines (the Marawi siege's evacuees by the lake,
Tondo's jeepney fire, Tacloban after Haiyan, typhoon and GCash
payments), Indonesia (Aceh's tsunami widows, Palu's liquefaction, the
Bali bombing, BPJS cards), Malaysia (Sabah moves, a road-rage attack,
MyKad and Kuala Lumpur's kampung), Brunei, Singapore's dormitory
workers, Sri Lanka (the Vanni in 2009, the Easter bombings, a Kandy
address), Tamil Nadu and Kerala (floods, an Aadhaar leak), the Indian
Himalaya (Joshimath's cracking walls), Bhutan (a mountain-road crash)
and Bhutanese camps in Nepal, Nepal (Pokhara, a Patan bike), Bangladesh
(Ashulia's garment hub, bKash, Chittagonian-speaking children in
Teknaf), the Maldives, Afghanistan's bakers and midwives, Kazakhstan
(the Zhanaozen strike, a lorry off the road), Kyrgyz and Tajik labour
migrants, Azerbaijan (Khojaly), Syria (a sandplay house), Kuwait's
tanker fire, Saudi and Omani wadis, the Gulf's maids and returnees,
Japan (Namie after the meltdown), Korea, Nigeria (Maiduguri and Baga,
an Okigwe kidnapping, Kano courts, Lagos' Oniru), Ghana (an NHIS card,
a Change.org page, MoMo), Kenya (matatu crashes, Mau Mau detention
memories, Eastleigh's detentions, Nyalenda abductions, M-Pesa, a Moyale
trafficking van), Tanzania (a ferry sinking, albinism persecution in
Kahama, a Tanga elder), Rwanda (Nyamata, a nurse from Butare), the DRC
(Goma, Kinshasa), Zambia (Chawama, a portal reset), Zimbabwe
(Chimanimani's cyclone, the Gukurahundi), Botswana, Lesotho (an
initiation school, Mafeteng), South Africa (Inanda taxis, Mariannhill's
rank, Groote Schuur), Eritrea and Ethiopia (Tesseney, Gondar's Beta
Israel, Jigjiga's prison, Bole's returnees), Chad, Niger, Mali (Kalana's
gold shafts), Burkina Faso (Ouaga 2000), Guinea (Labé), Senegal (Wave),
Algeria (Bab El Oued's flood, Tindouf's camps), Morocco (Ouarzazate),
South Sudan (Terekeka's cattle camps), the Chagos islanders, Australia
(Papunya, Larrakeyah, the Barkly, the Kimberley, Alice Springs, aged
care nurses, a Chullora nail salon, Villawood detention, Fairfield and
Wentworthville families), New Zealand (Wairoa's cyclone, Ōtāhuhu and
Ōtara, Taupō, Waiouru, Kiwibank), Fiji (cane trucks at Rarawai, Suva,
Nausori, Labasa, Vatuwaqa), Samoa (the 2009 tsunami, Apia), Tonga
(Ha'apai, Neiafu), Tuvalu (king tides, relocation), Niue, the Cook
Islands, Kiribati, Vanuatu (Mele Maat's cyclone), New Caledonia (Kanak
land), Bougainville's crisis years, Papua New Guinea and Guam
(Chamorro land at Ritidian): short referral lines, rushed lower-case
chat (nine snippets write names or places in lower case), forwarded
faxes, portal, billing and audit logs, and longer narrative requests
with the identifiers mid-sentence (fourteen of 373-479 characters).
Sixty of the identifier snippets hold only a name and/or a place,
written as ordinary consultation prose or questions to peers, often
with the name mid-sentence or at the start of a sentence and no cue word
before it (seven use a first name alone).  Nothing was composed by a
script: the author wrote the snippets in plain text files outside the
repository with the planted spans marked inline, and a script (also
kept outside the repository, in /tmp/set49work/) only stripped the marks
into the expected lists, checked lengths, token boundaries, duplicate
spans and duplicate snippets, measured the clean density, checked
overlap with the earlier sets, shuffled the order with a fixed seed and
wrote this file.  Later edits were typed by hand as find-and-replace
pairs that a small script applied to the drafts.  Edits made after
drafting, stated here: nine false starts and asides the author had typed
into the identifier drafts (a name followed by "sorry. Scrap that", a
"no, it's the one from" correction, an age followed by "sorry", a plate
followed by "No wait", a name followed by "sorry", a name followed by
"no, this group is", an address followed by "Skip this", an account
followed by "Oh wait, that's his phone" and a licence followed by
"Sorry, wrong line") were cut with their values or rewritten, and one
parenthetical aside after a name was cut; eight titles and honorifics
(Dr twice, Prof., Mr, Mama, Mzee, Auntie and an elder's title) were
moved out of name spans; a hospital's short name that read as a
person's name was replaced by its initials; twenty-seven place names
written unlabelled (capitals, cities after "in", "to" and "from", cities
in teams' and hospitals' names, a city before a quake, cities before a
postcode, a war region and a village) and one lower-case first name
were labelled, and later about half of those places were replaced by
the country, state or region when they clashed (below); two place spans that also occurred inside their street address
spans were kept by changing the street; and eight shorter identifier
drafts were expanded into the long narratives.  In the clean drafts,
ten colleagues' names (six doctors, a Ms and three first names)
were replaced by roles, a hospital called "the Royal" was replaced by
its unit, a capital in a translation's name, a capital and an aside
about it, a coastal city in an aside about car sharing, a capital in a
diagnosis, a town after an attack and a city in a scale's name were
replaced by the country, the region, the event or an acronym; to spread
the clean messages over the three bands below, about thirty messages
were given a drug brand, weekday, month, season, author, body, country,
religion or language, and five were given more.  Overlap with the
earlier sets was resolved by renaming only this set's planted values,
with a filter that imported the earlier sets programmatically (the same
checks as test_planted_identifiers_not_in_earlier_sets and the
text-containment check) and printed this set's strings only: 106 values
in the first round (22 names - nine of them first names alone -, 58
places, 14 ages over 89, 7 postal codes, 3 dates, 1 health plan number
and 1 street address; names were given a second surname or replaced,
places lengthened with a quarter, lane end, hill, village or estate or
replaced by the country, state, province or region, ages written with
their months or a fraction, postal codes given more digits or moved,
dates moved by a day or given a word), 21 in the second, 4 in the third
and 2 in the fourth (two postal codes, given a country prefix); the last
pass found nothing.

Settings (chosen to differ from set 47's): a siege's lake shore, a
brother's drive to a junction, a flood that took a hut, tribal land
before nightmares, boys lost to a tsunami, a baker who bakes at night, a
cousin who texts the therapist, a king tide and a father's fear, a flood
told in the present tense, anger at a base, a woman who will only speak
French, Chittagonian-speaking children, a church roof and God, an
initiation school, a neighbour who informed, a church-hall fire, sobriety
hidden from family, a strike told only when the husband is out, a
kettle's whistle, a garment shift, meeting at church, a roadside
kidnapping, the place under the place, a taxi as a thinking space, an
Easter-bombing dream, an island "on loan", a kava circle abandoned, the
sea that knows a name, lifts after the Sahara, a cyclone shelter's
smell, a call after a wife left, photographs of a hill, a cracking wall
and a coat, a memory to be removed, a rubber plantation, a pool after a
flood, a lost archipelago, a choir cousin, a child in Khojaly, an aliyah
and a camp, sandplay houses, a mispronounced name, a shaft collapse, a
town lost to radiation, a childhood hidden for albinism, family tracing,
a burnt cattle camp, ubuntu and grief, a poem about leaving; a matatu
crash and a wife's weekly calls, a midwife's guilt, a nurse doxxed after
a death, a trafficked fisherman's laughter, a ferry deckhand, a
protester's mother and her records, a labour migrant's papers, a
nurse's return after an accusation, a taxi with bullet holes, a maid
whose brother keeps her ID, an ICD that fired in a flood, a trafficking
van turned back, a smashed hearing aid and the silence after, a nail
salon's withheld pay, a Mau Mau widow, a centenarian on the bus, forest
sessions, a grandmother who remembers detention camps, a tape for the
keeping place, sorry business, partition memories, Gukurahundi, a
Buddhist chaplain; fundraisers (GoFundMe, Kitabisa, Change.org), TikTok,
Instagram, Facebook, Blogspot and Telegram postings, Zoom and Jitsi
links, a YouTube raid video; stolen and broken devices (a CPAP at a
motel, a wheelchair on a plane, an insulin pump in detention, a tracked
phone's and tablet's IMEIs, a pacemaker, an oxygen concentrator, a
cochlear processor taken by a brother); crashes and licences (a Hilux
in PNG, a cane truck, a wadi crossing, a lorry in Kazakhstan, a car on
a Bhutan pass, a Victorian truck, a boda in Kampala, a road-rage attack,
a crash at Waiouru, a bike in Patan, a taxi rank); and very old clients
(a Kenyan hospice patient, a Western Desert man, a Kimberley woman, a
Samoan father, an Aboriginal auntie, a partition survivor, a Kenyan
great-grandmother, a Thai man, a Kenyan forest elder, a Chadian
booking, a Zimbabwean woman, a Malawian grandmother, a Tanzanian mzee);
with local identifier formats for Tanzanian NIDA, Kenyan ID, Aadhaar,
Tajik passport, Ugandan NIN, Sri Lankan NIC, Eritrean ID, Burkinabè
CNSS, Ghana Card, Malaysian MyKad, Singapore work permit, Vietnamese
passport and CCCD, Ethiopian Kebele ID, Pakistani CNIC and New Zealand
IRD numbers (ssn); hospital, ACC, UNHCR and Australian, Fijian,
Ghanaian, Singaporean, Congolese, Philippine and New Zealand hospital
files (medical_record); Southern Cross, New Zealand NHI, PhilHealth,
BPJS, Medibank, Medicare, Bupa, Burkinabè mutuelle, Ghana NHIS, Nigerian
NHIA and Indian Star Health numbers (health_plan); BSP, Kiwibank, ANZ,
Westpac, CBA and New Zealand bank accounts, M-Pesa, GCash, bKash, Wave,
MTN MoMo, Ecobank and FNPF numbers (account); PNG, Fiji, Omani, Bhutanese,
Kazakh, Lahore, Victorian and New Zealand driving licences, a South
African PrDP, AHPRA, Fiji nursing, Travancore-Cochin, West Bengal,
Korean and Kyrgyz psychology and Australian psychology registrations
(licence); PNG, Fijian, Omani, Kenyan, Bhutanese, Victorian, South
African, Kazakh, Ugandan, Malaysian, Nepali and New Zealand plates
(vehicle); pacemakers, an ICD, insulin pumps, a CPAP, an oxygen
concentrator, hearing aids, a cochlear processor, a wheelchair and
phone and tablet IMEIs (device); addresses written the local way
(Swahili mtaa and nyumba, Kenyan house and block, Ugandan plot and
road, New Zealand and Australian streets and units, Russian-style ul.
and kv., Sri Lankan numbered roads, Burkinabè secteur, rue and porte,
Malaysian jalan and lot, Nigerian streets, Fijian lots, Ethiopian
woreda and house, Kazakh mikrorayon, dom and kvartira, a Territory PO
box, Congolese avenue, Nepali ward and tole, Singapore HDB block and
unit) with postal codes of those countries, IPv4 and IPv6 addresses,
URLs and phone and fax numbers in local and international formats.

374 snippets, 218 with identifiers and 156 clean (lengths 68-479,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 13):
date 24, age_over_89 14, phone 18, fax 15, email 16, url 13,
ip_address 14, ssn 16, medical_record 14, health_plan 16, account 14,
licence 16, vehicle 16, device 14, street_address 20, zip_code 16;
with 219 names and 115 places smaller than a state (the test requires
219 and 115).  60 of the identifier snippets hold only names and/or
places and nothing else.

Names: Maranao, Igbo, Hausa, Yoruba, Shona, Kanak, Acehnese, Pashtun,
Ghanaian (Fante and Ashanti), Tuvaluan, Kabyle Algerian, Chamorro,
Kinyarwanda, Bangladeshi and Chittagonian, Tongan, Sotho, Tamil
(Sri Lankan and Indian), Syrian, Kazakh, Kyrgyz, Bougainvillean,
Timorese, Maldivian, Somali, Zulu, Sinhalese, Samoan, Tigrinya, Niuean,
Malay, Baganda, Acholi, Garhwali, Songhai, Luba, Vietnamese, Malayali,
Chagossian, Azerbaijani, Hawaiian-Samoan, Beta Israel, Bhutanese Nepali,
Māori, Bambara, Japanese, Sukuma, Fula, Moroccan, Bari, Kikuyu, Kalenjin,
Luo, Khmer, Pintupi and Warlpiri, Fijian (iTaukei and Indo-Fijian),
Arab Gulf, Nepali, Tibetan, Persian, Hazara, Kuwaiti, Burman, Amhara,
Chadian, Tswana, Chewa, Swahili, Tajik, Hutu-Tutsi Rwandan, Filipino,
Congolese, Kenyan Borana, Singaporean Chinese and Malay, Korean, Bengali,
Balinese, and Central Australian and Kimberley Aboriginal names;
lower-case names and places, hyphenated and multi-part names, names with
binti, al- and Raja, first names alone, family names first (Vietnamese,
Korean, Chinese and Ugandan), honorifics kept outside the spans (Dr,
Prof., Mr, Mama, Mzee, Koro, Auntie, elder) and names with diacritics
and apostrophes.  Places: barangays, gampongs, kampungs, villages,
islets, hamlets, townships and sections, kebeles, sectors, mikrorayons,
estates, suburbs and their ends, camps and camp sectors, markets and
bus ranks, mill gates, quarters of cities (many lengthened with a
quarter, lane end, hill, village or estate where they clashed with the
earlier sets), and places after street addresses.

Clean snippets: peer-consultation messages, questions, statements,
updates, scheduling chatter, supervision reflections and reading-group
notes, spread over three bands of capitalised words after the first
word (counted by the author's script, the pronoun "I", sentence starts
and acronyms included): 53 with 0-2 (most of them written largely in
lower case), 50 with 3-5 and 53 with 6 or more (647 in 156 snippets,
about 4.1 per snippet): drug brands and generics, scales and
questionnaires, therapy models and their founders, real published
authors and books, guidelines and programmes, cultural idioms
(fa'alavelave, kastom, talanoa, luka batin, tu siab, karoshi),
weekdays, months, seasons, religious holidays and fasts, professional
bodies, ministries, charities, apps, countries, states, provinces and
regions, nationalities, religions and languages, and no place smaller
than a state or a country's first-level subdivision.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, *expected: tuple[str, str]) -> EvalCase:
    return EvalCase(text, list(expected))


LOCKED49_CASES: tuple[EvalCase, ...] = (
    C("Note from Dr Ravindra Jayasekara's rooms: please send the report by fax to +94 11 269 4417 and not email.", ('name', 'Ravindra Jayasekara'), ('fax', '+94 11 269 4417')),
    C('New referral, DOB 1 April 2004: Tupou Havili Moengangongo, self-harm after the church assault in Māngere Bridge Ambury. Referrer email h.mataele@middlemore.health.nz.', ('date', '1 April 2004'), ('name', 'Tupou Havili Moengangongo'), ('place', 'Māngere Bridge Ambury'), ('email', 'h.mataele@middlemore.health.nz')),
    C('Referral fax +62 21 3190 4472 for I Gusti Ayu Putu Sariasih, who was on the beach in Kuta Legian in 2002.', ('fax', '+62 21 3190 4472'), ('name', 'I Gusti Ayu Putu Sariasih'), ('place', 'Kuta Legian')),
    C('Account for the Tuvalu relief: ANZ 010-4418-0092217-00, Fakavae Taomia is the treasurer.', ('account', '010-4418-0092217-00'), ('name', 'Fakavae Taomia')),
    C('Hospital number SGH-44918022 for Lim Wei Ling, and the IP on her email login was 116.88.201.44.', ('medical_record', 'SGH-44918022'), ('name', 'Lim Wei Ling'), ('ip_address', '116.88.201.44')),
    C("Email from the NGO in Cox's Bazar Ukhiya: mhpss.ukhiya.team@gmail.com, re Mohammed Ayaz Hussein, boy, 12, mutism since the fire in the camp on 7 March 2026.", ('place', "Cox's Bazar Ukhiya"), ('email', 'mhpss.ukhiya.team@gmail.com'), ('name', 'Mohammed Ayaz Hussein'), ('date', '7 March 2026')),
    C("The Telegram channel https://t.me/kyrgyz_workers_msk_help posted Nurbek Toktogulov's photo after the raid; he's asking if we can help get it taken down.", ('url', 'https://t.me/kyrgyz_workers_msk_help'), ('name', 'Nurbek Toktogulov')),
    C("Tariq Mahmood Butt's cousin gave me a mobile number, +966 55 804 3716, for when he's back in Saudi Arabia. I'm uneasy about keeping that.", ('name', 'Tariq Mahmood Butt'), ('phone', '+966 55 804 3716')),
    C('I saw Sione Fonokalafi again; he has stopped going to the kava circle at Ha\'apai Lifuka since his uncle died and the family say he\'s "gone quiet like the old men".', ('name', 'Sione Fonokalafi'), ('place', "Ha'apai Lifuka")),
    C('The family of Wally Tjapaltjarri want support for him; he is 93 and three months and lives out past Papunya. Community office 08 8956 8412.', ('name', 'Wally Tjapaltjarri'), ('age_over_89', '93 and three months'), ('place', 'Papunya'), ('phone', '08 8956 8412')),
    C('Claim for Shreya Bose, health insurance STAR-HEALTH-44718290, licence of the referring doc WBMC 70418.', ('name', 'Shreya Bose'), ('health_plan', 'STAR-HEALTH-44718290'), ('licence', 'WBMC 70418')),
    C("mrn MMH 00447189 for Ofa Kioa, she's been readmitted, can someone covering this week check?", ('medical_record', 'MMH 00447189'), ('name', 'Ofa Kioa')),
    C("My client switches to Swahili whenever she talks about her mother. I've stopped interrupting her for the interpreter since October."),
    C('Has anyone used the Refugee Health Screener (RHS-15) in Dari or Pashto? The old Afghan translation we have uses some Iranian Persian words and ignores Hazaragi.'),
    C("Mehdi Benkirane Tazi still hasn't been back to Ouarzazate Tassoumaat since his son's accident there. His wife goes alone.", ('name', 'Mehdi Benkirane Tazi'), ('place', 'Ouarzazate Tassoumaat')),
    C("Email to group from m.halaholo@tonganurses.org: please add Sela Halaholo to the Friday Pacific clinicians' list.", ('email', 'm.halaholo@tonganurses.org'), ('name', 'Sela Halaholo')),
    C('One of mine, Batsheva Ayalew Tsegaye, made aliyah from Gondar Kebele 18 as a girl and says the camp in Sudan was the worst part.', ('name', 'Batsheva Ayalew Tsegaye'), ('place', 'Gondar Kebele 18')),
    C('Discharge summary from ward 7 faxed from (08) 8922 6410 about Jedda Kngwarreye, admitted 12 Sep 2026 after an assault in Larrakeyah.', ('fax', '(08) 8922 6410'), ('name', 'Jedda Kngwarreye'), ('date', '12 Sep 2026'), ('place', 'Larrakeyah')),
    C('Quick poll: do you let clients record sessions on their own phones, or is that a hard no in your practice?'),
    C('Licence check: Dr Eun-ji Park is registered in Korea (KR-MHP-2017-04418), not here. Can she co-facilitate?', ('name', 'Eun-ji Park'), ('licence', 'KR-MHP-2017-04418')),
    C("Visa health check: Phan Van Duc's passport C4471882 and CCCD 001089044712; he came from Thái Bình Vũ Thư on a labour contract.", ('name', 'Phan Van Duc'), ('ssn', 'C4471882'), ('ssn', '001089044712'), ('place', 'Thái Bình Vũ Thư')),
    C("Ringing round for Khadija Mohamed Idris in Port Sudan: her aunt's phone is +249 912 387 405, and the aunt says she's alive.", ('name', 'Khadija Mohamed Idris'), ('place', 'Port Sudan'), ('phone', '+249 912 387 405')),
    C('Discharge: Mutombo Kalala Tshibangu, MRN CUK-2026-04418, discharged to Avenue Kasa-Vubu 118, Kinshasa Kalamu.', ('name', 'Mutombo Kalala Tshibangu'), ('medical_record', 'CUK-2026-04418'), ('street_address', 'Avenue Kasa-Vubu 118'), ('place', 'Kinshasa Kalamu')),
    C('Audit log: login for client portal account of Manase Tuipulotu Fifita from 203.97.214.66 at 02:14 on 17 Oct 2026, flagged as unusual.', ('name', 'Manase Tuipulotu Fifita'), ('ip_address', '203.97.214.66'), ('date', '17 Oct 2026')),
    C("Licence number for Nazira Kydyrova, the psychologist who referred: KG-PSY-2019-0447. She's in southern Kyrgyzstan.", ('name', 'Nazira Kydyrova'), ('licence', 'KG-PSY-2019-0447')),
    C('Ward round note: Thongchai Srisuk, aged 94 years 8 months, wants the Buddhist chaplain before any more talking therapy.', ('name', 'Thongchai Srisuk'), ('age_over_89', '94 years 8 months')),
    C('Does anyone know if Ahmed Oumarou Maïga still works at the refugee centre in Niger? He was the interpreter for a Songhai client of mine.', ('name', 'Ahmed Oumarou Maïga')),
    C("Billing: Loto Matagi's ACC claim number ACC 4G82-71192 and bank account 06-0229-0471852-00 for reimbursement.", ('name', 'Loto Matagi'), ('medical_record', 'ACC 4G82-71192'), ('account', '06-0229-0471852-00')),
    C("anyone know a good way to explain dissociation to a family that thinks it's possession? respectfully, of course."),
    C('Anyone know how the Royal Australian and New Zealand College of Psychiatrists handles overseas Filipino nurses seeking MHN credentials?'),
    C("If you're doing the ANZAC Day Vigil with the veterans' group, remember Vietnam Veterans' Day is in August for the Vietnamese-Australian men too."),
    C("From the accident report: Tashi Wangmo's car BP-2-A4471 hit the lorry on the Dochula road, licence BT-DL 0071882.", ('name', 'Tashi Wangmo'), ('vehicle', 'BP-2-A4471'), ('place', 'Dochula'), ('licence', 'BT-DL 0071882')),
    C('Our team is moving to the Tuesday and Thursday roster in January, with the Senior Psychologists covering Mondays until the MHCC review in February.'),
    C("Insurance query: Alisi Taumoepeau's Southern Cross member number is SX 7734 0921, but the clinic wants her NHI as well, ZQK8406.", ('name', 'Alisi Taumoepeau'), ('health_plan', 'SX 7734 0921'), ('health_plan', 'ZQK8406')),
    C('is anyone using the grounding cards with children? the animal ones seem to land better than the colour ones'),
    C('Bike plate BA 2 PA 4417 belongs to Suman Thapa Magar, the rider who hit the child in Patan Mangal Bazaar.', ('vehicle', 'BA 2 PA 4417'), ('name', 'Suman Thapa Magar'), ('place', 'Patan Mangal Bazaar')),
    C('My supervisor recommended Pauline Boss on ambiguous loss. Anyone else found it useful?'),
    C('Ghana Card GHA-718804421-3 and NHIS NHIS 44718229 for Yaw Owusu-Darko, from the Ashaiman Taifa clinic.', ('ssn', 'GHA-718804421-3'), ('health_plan', 'NHIS 44718229'), ('name', 'Yaw Owusu-Darko'), ('place', 'Ashaiman Taifa')),
    C("For the Friday reading group: Laurence Kirmayer on cultural concepts of distress, DSM-5-TR's Cultural Formulation Interview, and an Arthur Kleinman chapter."),
    C("The team day is on the 14th of March. Bring a plate; there's a vegetarian list on the fridge. Halal too."),
    C("We had a case conference about Dawit Gebremeskel Asfaha: the crossing from Tesseney Gerset to Sudan and then Libya, and now he won't enter lifts.", ('name', 'Dawit Gebremeskel Asfaha'), ('place', 'Tesseney Gerset')),
    C('Grace Achieng Otieno was born 3 January 1928, so she is 98 and eleven months; she wants to talk about the 1950s detention camps before she dies. Her grandson calls from +254 733 508 912.', ('name', 'Grace Achieng Otieno'), ('date', '3 January 1928'), ('age_over_89', '98 and eleven months'), ('phone', '+254 733 508 912')),
    C('Ethiopian Orthodox fasting (Tsome Nebiyat) runs into January; my Amharic-speaking clients may skip the Saturday Breakfast Group.'),
    C("the ip on that odd booking was 2001:4479:1f02:8c00::3a, same as the one that tried nomsa khumalo-vilakazi's account last week, flagging for IT", ('ip_address', '2001:4479:1f02:8c00::3a'), ('name', 'nomsa khumalo-vilakazi')),
    C('Zoom for the Kiribati group is https://zoom.us/j/77148820391; Teerenga Tiaon will co-lead.', ('url', 'https://zoom.us/j/77148820391'), ('name', 'Teerenga Tiaon')),
    C("I got an odd email from dr.k.asante.kumasi@protonmail.com claiming to be Kofi Asante Boadu's psychiatrist. Anyone verify people like that?", ('email', 'dr.k.asante.kumasi@protonmail.com'), ('name', 'Kofi Asante Boadu')),
    C('Is Problem Management Plus worth doing as a short course? The WHO materials look decent.'),
    C('Question about quetiapine: a client says his GP started Seroquel for sleep. Does anyone else see that often?'),
    C("i think the client fiu posted the session link in her group chat, https://zoom.us/j/84492017763, so I'll reset it", ('name', 'fiu'), ('url', 'https://zoom.us/j/84492017763')),
    C("Our WHO mhGAP training moved online, so it's on Microsoft Teams on Monday and Tuesday, 9 to 1, AEST."),
    C("Does anyone have experience with Mental Health First Aid Australia's Aboriginal and Torres Strait Islander course? Our Elders' group is asking about it."),
    C('Referral letter, faxed 23/11/2026 from +265 1 875 413: Chikondi Phiri Banda, aged 90 years 6 months, low mood since her grandson drowned.', ('date', '23/11/2026'), ('fax', '+265 1 875 413'), ('name', 'Chikondi Phiri Banda'), ('age_over_89', '90 years 6 months')),
    C('Does anyone have experience with Chagossian families? Marie-Lise Talate Bancoult talks about Peros Banhos Île du Coin as if it still exists and we are somehow still there.', ('name', 'Marie-Lise Talate Bancoult'), ('place', 'Peros Banhos Île du Coin')),
    C("Address: Jalan Tun Razak, Lot 44, Kampung Baru, 50450 Kuala Lumpur, for Nurul Izzah binti Kamarudin's letters; MyKad 890417-14-5522.", ('street_address', 'Jalan Tun Razak, Lot 44, Kampung Baru'), ('zip_code', '50450'), ('place', 'Kuala Lumpur'), ('name', 'Nurul Izzah binti Kamarudin'), ('ssn', '890417-14-5522')),
    C('Struggling a bit after a heavy week. not looking for advice, just saying it out loud to people who get it.'),
    C('Any Bahasa Malaysia speakers who know the Malay Mental Health Literacy Scale? A Malaysian PhD student asked the Network.'),
    C("running late today, the bus broke down again. can someone let the 2pm group know we'll start at quarter past?"),
    C('the heat in the clinic is unbearable this week, sessions are getting cut short because people feel faint'),
    C('Can we take payment via Wave? Moussa Ndiaye Sarr sent a Wave merchant reference, WM-7740-93318.', ('name', 'Moussa Ndiaye Sarr'), ('account', 'WM-7740-93318')),
    C("Any thoughts on using drawing with adults who find words shame-laden? she fills pages but won't speak."),
    C("Reading group on Thursday: chapter four of Judith Herman's book, the part on safety before remembrance."),
    C("Bank details for Farzana Haque Mitu: bKash 01711 448 293, she's paying for her mother's sessions from Bangladesh.", ('name', 'Farzana Haque Mitu'), ('account', '01711 448 293')),
    C('Supervision question: is it fine to use Te Reo Māori greetings with Pākehā clients, or is that performative? A Māori colleague said ask the Group.'),
    C('Does anyone run groups in Tagalog? A Filipino carer is asking, and our interpreter is overbooked.'),
    C("Yalom's line about therapy as a fellow traveller is on my wall now. It helps on long days, especially Mondays in Winter."),
    C('In short: Kiptoo Rotich was born 19.11.1930, so he is 96 years and 2 weeks, and he asked me to tell the group that the forest sessions are helping.', ('name', 'Kiptoo Rotich'), ('date', '19.11.1930'), ('age_over_89', '96 years and 2 weeks')),
    C('Update for the team: Tsering Dolma Lhamo has a new number, +977 980 226 5714; the old one was taken when she was stopped at the border in early March 2026.', ('name', 'Tsering Dolma Lhamo'), ('phone', '+977 980 226 5714'), ('date', 'early March 2026')),
    C('would love thoughts: bakhyt sultanbekova only talks about the 2011 strike when her husband is out of the room', ('name', 'bakhyt sultanbekova')),
    C('Long supervision question. Priya Devi Naidu is a nurse who came from Lautoka Drasa to New South Wales in 2019 and works nights in aged care. On 22 July 2026 a resident died on her shift, and a relative posted about her on https://www.instagram.com/p/Cx8fHqjLa3/, naming the facility. She checks the post forty times a day and barely sleeps. HR rang her from 02 9687 3340 with "support" that felt like a warning. How do I separate the workplace stuff from the trauma work?', ('name', 'Priya Devi Naidu'), ('place', 'Lautoka Drasa'), ('date', '22 July 2026'), ('url', 'https://www.instagram.com/p/Cx8fHqjLa3/'), ('phone', '02 9687 3340')),
    C('A long one from the trafficking caseload. Amina Wario Guyo was nineteen when a man promised her a job in a hotel and put her in a van, KCU 812P, with eleven other girls; it was stopped at Moyale Sessi and turned back, and she was one of the lucky ones. She remembers every detail of the driver, down to the ring on his hand, and nothing of the week after. She wants to give a statement to the police. How do I support that without turning our sessions into an interview?', ('name', 'Amina Wario Guyo'), ('vehicle', 'KCU 812P'), ('place', 'Moyale Sessi')),
    C('Has anyone tried behavioural activation with someone whose main activity used to be farming and who now lives in a flat?'),
    C("Can't reach Mpho Letsie-Mokhehle in Mafeteng; the number on file, +266 5884 1206, rings out. Should I ask the clinic nurse?", ('name', 'Mpho Letsie-Mokhehle'), ('place', 'Mafeteng'), ('phone', '+266 5884 1206')),
    C('My Hmong client describes her grief as "tu siab", the broken liver. Dwight Conquergood and Anne Fadiman both write about this in The Spirit Catches You.'),
    C('first session with a new couple today and they argued about who would sit nearest the door'),
    C("supervision q: kwamena's cousin adjoa serwaa boakye-ansah keeps texting me directly, do I reply or route it through the practice?", ('name', 'kwamena'), ('name', 'adjoa serwaa boakye-ansah')),
    C("I've been thinking about Veena Das's idea of the descent into the ordinary. It fits my Tuesday client."),
    C("Has anyone used Lorazepam PRN with Kurdish clients who survived the Anfal in Iraq? The Psychiatrist prescribed it and I'm worried about dependence."),
    C('does anyone else worry that the apps we recommend are selling the data? the privacy policies are unreadable'),
    C('just a reminder that the case notes for the shared clients need to be in by end of week, no exceptions this time'),
    C('New intake 2 November 2026: Sokha Ravy Meas, 41, garment worker, referred by the union office in Kampong Speu Oudong. Email sokha.meas88@gmail.com.', ('date', '2 November 2026'), ('name', 'Sokha Ravy Meas'), ('place', 'Kampong Speu Oudong'), ('email', 'sokha.meas88@gmail.com')),
    C("Has anyone used the PCL-5 with clients who read Arabic better than English? I'm not sure the translation holds up."),
    C('Anyone know if the Red Cross tracing service still takes new requests? My client wants to try again.'),
    C('MRN CWM 8814402 for Kahurangi Paora, plus her address 9 Te Aroha Street, Claudelands East, 3214.', ('medical_record', 'CWM 8814402'), ('name', 'Kahurangi Paora'), ('street_address', '9 Te Aroha Street'), ('place', 'Claudelands East'), ('zip_code', '3214')),
    C("Dina Koroi's new licence FJ-NURSE-R4471 came through and she wants to return to the ward at Labasa.", ('name', 'Dina Koroi'), ('licence', 'FJ-NURSE-R4471'), ('place', 'Labasa')),
    C("I'd like to bring a case about dual relationships to supervision in June, if there's room on the Tuesday agenda."),
    C('GP letter: Ngaire Te Awa, NHI ZRH7720, 14 Kaimanawa Street, Taupō Nukuhau, 3330; anxiety since the quake.', ('name', 'Ngaire Te Awa'), ('health_plan', 'ZRH7720'), ('street_address', '14 Kaimanawa Street'), ('place', 'Taupō Nukuhau'), ('zip_code', '3330')),
    C('Fax from the main Fiji hospital (+679 331 5728) about Apisalome Rokotuibau, discharged 28/10/2026 after an overdose; asks for follow-up in Nausori Koronivia.', ('fax', '+679 331 5728'), ('name', 'Apisalome Rokotuibau'), ('date', '28/10/2026'), ('place', 'Nausori Koronivia')),
    C('Records request: NRH-PSY-77213 for Simione Drekeni Vunibobo, plus his FNPF number FNPF 0488 2913.', ('medical_record', 'NRH-PSY-77213'), ('name', 'Simione Drekeni Vunibobo'), ('account', 'FNPF 0488 2913')),
    C('Request from Keonaona Kaahanui: she wants her session notes sent to the legal clinic at (808) 536 7749. Do we need a separate consent form?', ('name', 'Keonaona Kaahanui'), ('fax', '(808) 536 7749')),
    C("After the Kerala floods Sreeja Gopinathan Pillai moved to her sister's flat in Pandanad Kizhakkekara and now won't let her kids swim in the pool.", ('name', 'Sreeja Gopinathan Pillai'), ('place', 'Pandanad Kizhakkekara')),
    C('M-Pesa receipt from Wambui Njeri Gatheca, till 522 533 ref 884719, for two sessions. Do we give receipts with her name?', ('name', 'Wambui Njeri Gatheca'), ('account', '522 533 ref 884719')),
    C('Does anyone have the Arabic version of the Harvard Trauma Questionnaire? The copy we have is missing page two.'),
    C('GP referral faxed from (09) 276 4319: Pita Manuirangi Hohaia, DOB 21 Aug 1999, intrusive memories after the Ōtāhuhu Mangere Road end stabbing.', ('fax', '(09) 276 4319'), ('name', 'Pita Manuirangi Hohaia'), ('date', '21 Aug 1999'), ('place', 'Ōtāhuhu Mangere Road end')),
    C('Her IMEI is 35 882710 441927 3; Aisha Bello Lawal says her husband tracks the phone and she wants us to help document it for the court in Kano Sabon Gari.', ('device', '35 882710 441927 3'), ('name', 'Aisha Bello Lawal'), ('place', 'Kano Sabon Gari')),
    C('Question about the EPDS (Postnatal Depression Scale) in Arabic, Farsi and Somali: do the Perinatal Mental Health Services use one cut-off for all three?'),
    C('Our Muharram and Ashura sessions with the Hazara Women\'s Circle went well, though the Imam asked us not to use the word "trauma".'),
    C('Is there a shorter version of the grief questionnaire we could use with older clients? the full one takes forever.'),
    C('Has anyone used the Kitabisa page https://kitabisa.com/campaign/bantuibusiti-palu as a talking point? Siti Rahmah Lamasitudju from Petobo showed it to me.', ('url', 'https://kitabisa.com/campaign/bantuibusiti-palu'), ('name', 'Siti Rahmah Lamasitudju'), ('place', 'Petobo')),
    C("Oh and Tiko is back in Fiji, he asked me to tell the group he's fine.", ('name', 'Tiko')),
    C("Anyone worked with survivors of the 2017 siege in Lanao del Sur? Norhaida Macabangkit Lucman still won't go near the lake shore in Barangay Sagonsongan Proper and her sister thinks it is the market noise she avoids.", ('name', 'Norhaida Macabangkit Lucman'), ('place', 'Barangay Sagonsongan Proper')),
    C("Could someone with Sri Lankan experience look at this? Thushara Madushanka's NIC 199034704612 and the address No. 47/3, Peradeniya Road, Gatambe, 20400.", ('name', 'Thushara Madushanka'), ('ssn', '199034704612'), ('street_address', 'No. 47/3, Peradeniya Road'), ('place', 'Gatambe'), ('zip_code', '20400')),
    C('Question for the Indonesian speakers: would "trauma" or "luka batin" land better for a Javanese mother in a Muslim family from East Java, Indonesia?'),
    C('Is the EMDR training in March still running? I heard the trainer pulled out.'),
    C('The Chinese New Year, Tết and Seollal clash this year, so the Lunar New Year Social is moved to the Saturday after.'),
    C("a thought from reading group: trauma stories often come back in pieces, and maybe we don't need to glue them"),
    C('I find Frantz Fanon, Ignacio Martín-Baró and Derek Summerfield on the same syllabus a bit much, but the Tuesday students loved it.'),
    C("For the reading group in June: Achille Mbembe's Necropolitics and the Lancet Commission on Global Mental Health. Heavy but worth it."),
    C("Our intake worker spoke to Nasrin Akhter Chowdhury this morning; she's agreed to come in if the session is after her shift at the garment hub in Ashulia Zirabo Bazar.", ('name', 'Nasrin Akhter Chowdhury'), ('place', 'Ashulia Zirabo Bazar')),
    C('New client Tevite Pulu Kioa, 23 Bairds Road, Ōtara Clover Park, NZ-2241, NHI PTK8821. Prefers Tongan interpreter.', ('name', 'Tevite Pulu Kioa'), ('street_address', '23 Bairds Road'), ('place', 'Ōtara Clover Park'), ('zip_code', 'NZ-2241'), ('health_plan', 'PTK8821')),
    C('Reading Bessel van der Kolk again and feeling a bit more critical of it than the first time. Anyone else?'),
    C("Long one, and a heavy one: Josiane Uwase Habimana is a nurse from Butare who came to Queensland in 2018, registered with AHPRA as NMW0002718894. Last month a patient's family accused her of neglect after a death on her ward; the case was dropped but she hasn't gone back. She says that in 1994 she was the one who survived because she hid in a hospital. She wants to work again and is terrified. I'm not sure what to target first.", ('name', 'Josiane Uwase Habimana'), ('place', 'Butare'), ('licence', 'NMW0002718894')),
    C('Quick one: Obiageli Chidimma keeps cancelling on Thursdays and I think it is because her brother drives her in from Nkpor Junction.', ('name', 'Obiageli Chidimma'), ('place', 'Nkpor Junction')),
    C("Letter from the hospice: Mama Esther Wambui Kariuki, aged 96 and five months, asks for a visit about her son's death in the Mau Mau years. Hospice fax +254 20 271 5843.", ('name', 'Esther Wambui Kariuki'), ('age_over_89', '96 and five months'), ('fax', '+254 20 271 5843')),
    C('Her hearing aid (Oticon, serial OTC-2291-77A4) broke during the fight at the hostel. Lydia Amoah Mensah wants a letter for the insurer.', ('device', 'OTC-2291-77A4'), ('name', 'Lydia Amoah Mensah')),
    C("Has anyone been trained in Common Elements Treatment Approach (CETA)? The Johns Hopkins people ran it in Iraq and Zambia and I'm curious how it went."),
    C("Address for letters: Joyce Nabulo Kiggundu, Plot 211 Ggaba Road, Kansanga, in Uganda's capital. No postcode in use there, she says.", ('name', 'Joyce Nabulo Kiggundu'), ('street_address', 'Plot 211 Ggaba Road'), ('place', 'Kansanga')),
    C("Zoom again: https://us02web.zoom.us/j/88512740631?pwd=fonua for the Fonua-Lolohea family session at 10, please don't forward.", ('url', 'https://us02web.zoom.us/j/88512740631?pwd=fonua'), ('name', 'Fonua-Lolohea')),
    C("Small win today: a man who hasn't left his room in months came to the session and stayed the whole hour."),
    C('The NSW Service for the Treatment and Rehabilitation of Torture and Trauma Survivors (STARTTS) has a new Arabic group in Term 2.'),
    C('Supervision was hard today. We talked about my own migration and I was surprised how much came up about India.'),
    C("The booking form from 196.200.93.18 says Issa Mahamat Abakar is 99 years 1 month; I assume a typo. He's the grandson, surely.", ('ip_address', '196.200.93.18'), ('name', 'Issa Mahamat Abakar'), ('age_over_89', '99 years 1 month')),
    C('Hi, this is a reminder for Rosie Kauwila Tenorio: appointment Thu 10 Dec, call (671) 472 8830 if you need to cancel.', ('name', 'Rosie Kauwila Tenorio'), ('date', 'Thu 10 Dec'), ('phone', '(671) 472 8830')),
    C('Fax from +61 2 9845 7716 (the Cumberland team): Hemi Te Whatu Paki, aged 17, first psychosis episode, family wants a Māori clinician.', ('fax', '+61 2 9845 7716'), ('name', 'Hemi Te Whatu Paki')),
    C('do we have a shared template for letters to immigration lawyers? i keep writing them from scratch.'),
    C("how do you hold hope for a client when you privately don't feel much of it yourself?"),
    C('Supervision reflection: Carl Rogers, Irvin Yalom and Donald Winnicott all turned up in one conversation, and my Supervisor said I was hiding behind the Big Names.'),
    C("Hemi Patuawa's wheelchair (Quickie, serial QK-882741-T) was damaged on the plane from the Cook Islands; he's furious and that's what we spent the session on.", ('name', 'Hemi Patuawa'), ('device', 'QK-882741-T')),
    C('Referral from Yangon via the NGO: Khin Myo Thandar, DOB 12/12/1994, the prison years; please reply to kmthandar.refer@protonmail.com, not the office.', ('place', 'Yangon'), ('name', 'Khin Myo Thandar'), ('date', '12/12/1994'), ('email', 'kmthandar.refer@protonmail.com')),
    C('Address update: Hoang Thi Thu Trang has moved to Unit 4, 18 Ware Street, Fairfield Heights Hamilton Road side, NSW 2165. Medicare 2953 71884 1.', ('name', 'Hoang Thi Thu Trang'), ('street_address', 'Unit 4, 18 Ware Street'), ('place', 'Fairfield Heights Hamilton Road side'), ('zip_code', '2165'), ('health_plan', '2953 71884 1')),
    C('My client keeps asking whether mirtazapine will make her gain weight. It has, a bit. How to talk about it before Christmas?'),
    C('Mary Douglas, Emile Durkheim and Victor Turner for the Thursday anthropology reading group, because someone wanted a change from CBT.'),
    C("Quick update: Siaosi Lemalu Tamapua turned 90 and six months on 30 September 2026 and his daughters want a family session about their mother's death in the 2009 tsunami at Saleapaga.", ('name', 'Siaosi Lemalu Tamapua'), ('age_over_89', '90 and six months'), ('date', '30 September 2026'), ('place', 'Saleapaga')),
    C("we tried the breathing exercise in the car park because he couldn't face the waiting room. worked better than expected"),
    C('My Bhutanese client Dil Maya Gurung Rai told me about the camp at Beldangi II Sector E for the first time today and then left early.', ('name', 'Dil Maya Gurung Rai'), ('place', 'Beldangi II Sector E')),
    C('Does anyone know a Tamil-speaking trauma therapist near Wentworthville South? Kavitha Sivanesan Arulraj was in the Vanni in 2009 and wants someone who knows what Vellamullivaikkal means.', ('place', 'Wentworthville South'), ('name', 'Kavitha Sivanesan Arulraj'), ('place', 'Vanni'), ('place', 'Vellamullivaikkal')),
    C("Imran Siddiqui's Pakistani CNIC 42101-4418723-9 was in the email, along with his licence LHR-DL 882147. I've deleted the email.", ('name', 'Imran Siddiqui'), ('ssn', '42101-4418723-9'), ('licence', 'LHR-DL 882147')),
    C('Hiroko Tanabe-Sasaki from Namie Ukedo lost the house to the tsunami and then the town to the radiation. Anyone used ambiguous loss frames with that?', ('name', 'Hiroko Tanabe-Sasaki'), ('place', 'Namie Ukedo')),
    C('Account details for the refund: Ecobank 0121 0044 7718 501, Adwoa Frimpong Boateng. She paid twice.', ('account', '0121 0044 7718 501'), ('name', 'Adwoa Frimpong Boateng')),
    C("Insulin pump (Tandem t:slim X2, SN TSX-1142887) for Tevita Fusitu'a Taione; confiscated in immigration detention in Villawood.", ('device', 'TSX-1142887'), ('name', "Tevita Fusitu'a Taione"), ('place', 'Villawood')),
    C("long narrative incoming. Aung Ko Ko Latt was a fisherman out of Kawthaung who was sold onto a Thai trawler at 19 and spent six years at sea, mostly near Ambon, before he escaped. He was rescued on 4 April 2015 and is now in Western Australia. He talks about the captain in a flat voice and then cannot stop laughing. His caseworker's email is caseworker.latt@ames.org.au. Any ideas about working with that laughter?", ('name', 'Aung Ko Ko Latt'), ('place', 'Kawthaung'), ('place', 'Ambon'), ('date', '4 April 2015'), ('email', 'caseworker.latt@ames.org.au')),
    C("For anyone training in EMDR: Francine Shapiro's manual, the EMDRAA standards and the Australian Psychological Society endorsement are all on the shared drive."),
    C("Admin: the referral from +27 21 447 9320 for Lindiwe Ntuli-Mabaso came through blank, could whoever knows Groote Schuur's intake re-request it?", ('fax', '+27 21 447 9320'), ('name', 'Lindiwe Ntuli-Mabaso')),
    C('Fwd from GP: pt Aroha Ngata-Puketapu seen 10 Feb 2026, low mood after the cyclone in Frasertown Kāiwaka. GP fax 06 838 7214.', ('name', 'Aroha Ngata-Puketapu'), ('date', '10 Feb 2026'), ('place', 'Frasertown Kāiwaka'), ('fax', '06 838 7214')),
    C('The Australian Psychological Society, the Psychology Board of Australia and AHPRA all say different things about Telehealth Across Borders.'),
    C('Hospital file TTH-0048823 for Kwabena Agyei, and his IP on the portal was 154.160.22.98.', ('medical_record', 'TTH-0048823'), ('name', 'Kwabena Agyei'), ('ip_address', '154.160.22.98')),
    C("Obinna Eze Nwankwo's NHIA number NHIA-LAG-0091884 and address 23B Adeola Odeku Street, Oniru Estate Phase 2, 101241.", ('name', 'Obinna Eze Nwankwo'), ('health_plan', 'NHIA-LAG-0091884'), ('street_address', '23B Adeola Odeku Street'), ('place', 'Oniru Estate Phase 2'), ('zip_code', '101241')),
    C('Zhuldyzai has been sober eleven weeks now. Her family in Zhanaozen Mikroraion 3 still thinks she was just tired.', ('name', 'Zhuldyzai'), ('place', 'Zhanaozen Mikroraion 3')),
    C('driver licence KZ 04 CA 881277 on the crash file of yerzhan tolegenuly, his lorry 445 ABC 02 went off the road near Kapshagay', ('licence', 'KZ 04 CA 881277'), ('name', 'yerzhan tolegenuly'), ('vehicle', '445 ABC 02'), ('place', 'Kapshagay')),
    C("Reflecting after a hard session with Mele Vaipulu Lātū about the fire at the church hall in Kolomotu'a West. She kept asking whether I believed in curses.", ('name', 'Mele Vaipulu Lātū'), ('place', "Kolomotu'a West")),
    C('Mob payment: MTN MoMo 024 418 7793 ref KA22 from Akua Nyarkoa Darkwah for the Thursday group.', ('account', '024 418 7793 ref KA22'), ('name', 'Akua Nyarkoa Darkwah')),
    C('Good Friday and Easter Monday are off, so the Wednesday Consult moves to the Thursday slot, and the Deputy Director will chair the Case Review.'),
    C('aadhaar 4821 7730 9146 for Lakshmi Narayanan Iyengar, she wants it OFF the file since the leak, can we?', ('ssn', '4821 7730 9146'), ('name', 'Lakshmi Narayanan Iyengar')),
    C("the lic for the supervising psych is PSY0001882471, i'll send it to hamidullah jan so he can check her before he books", ('licence', 'PSY0001882471'), ('name', 'hamidullah jan')),
    C('Looking for the Khmer version of the Hopkins Symptom Checklist (HSCL-25) and the Harvard Trauma Questionnaire. The Cambodian Ministry of Health put one out, I think.'),
    C('Rafael Soares Ximenes is asking whether we can meet at the church instead of the clinic. Any thoughts on boundaries there?', ('name', 'Rafael Soares Ximenes')),
    C('Can someone remind me how long we keep records for minors after they turn eighteen? the policy wording is murky.'),
    C('she brought her baby to session again and honestly it went better than the ones without him'),
    C('Medicare 5528 40917 1 and Bupa BUP 77192 883 for Arjun Mehta Rao; the Bupa one is old, he says.', ('health_plan', '5528 40917 1'), ('health_plan', 'BUP 77192 883'), ('name', 'Arjun Mehta Rao')),
    C('Our Wednesday group is full now, so new referrals go to the Tuesday one until Easter.'),
    C('I keep thinking of what Pita Taufahema Nai said: that the cyclone at Mele Maat upper village took the church roof and God went with it.', ('name', 'Pita Taufahema Nai'), ('place', 'Mele Maat upper village')),
    C('question about note-taking: do you write during the session or after? my clients seem to watch my pen.'),
    C("He's driving again. Gurpreet Singh Dhaliwal, truck XQG 91D in Victoria, licence Vic 044 817 293, and the crash in Laverton North is finally being spoken about.", ('name', 'Gurpreet Singh Dhaliwal'), ('vehicle', 'XQG 91D'), ('licence', 'Vic 044 817 293'), ('place', 'Laverton North')),
    C('Billing note: sessions for Ramin Azadeh Tabrizi invoiced to accounts@rahelp-migrant.org.au from 01/07/2026.', ('name', 'Ramin Azadeh Tabrizi'), ('email', 'accounts@rahelp-migrant.org.au'), ('date', '01/07/2026')),
    C('The CPAP (ResMed AirSense 11, serial 23194718852) belongs to Koro Hohepa Kereama; it was left at the motel.', ('device', '23194718852'), ('name', 'Hohepa Kereama')),
    C('Does anyone still use paper worksheets? my clients seem to prefer them to the app, oddly.'),
    C("Her Facebook page is public (https://www.facebook.com/hanan.said.grief.story) and Hanan Said says she's fine with me reading it. Is that okay with everyone here?", ('url', 'https://www.facebook.com/hanan.said.grief.story'), ('name', 'Hanan Said')),
    C('One for the trauma group: Yusuf Abdikarim Warsame, from Jigjiga Kebele 05, describes the prison there as "the place under the place" and I don\'t know how far to go.', ('name', 'Yusuf Abdikarim Warsame'), ('place', 'Jigjiga Kebele 05')),
    C("Has anyone seen a Chamorro client whose grief shows up mostly as anger at the base? Tita Quitugua Leon Guerrero is furious about the land at Ritidian Point and I'm out of my depth.", ('name', 'Tita Quitugua Leon Guerrero'), ('place', 'Ritidian Point')),
    C('Address for the kinship carer, Nanette Ngarritjan: PO Box 18, 7 Stuart Highway, Katherine East, NT 0850.', ('name', 'Nanette Ngarritjan'), ('street_address', 'PO Box 18, 7 Stuart Highway'), ('place', 'Katherine East'), ('zip_code', '0850')),
    C('Reading group note: Prof. Nomvula Mthembu-Dlamini is speaking on ubuntu and grief at the June day, if anyone wants to go.', ('name', 'Nomvula Mthembu-Dlamini')),
    C("From the hospital: Sayed Hussain Naqvi, aged 92 years, 11 months, partition memories resurfacing after his wife's death; family contact naqvi.family.hyd@gmail.com, ward fax +92 21 3586 2204.", ('name', 'Sayed Hussain Naqvi'), ('age_over_89', '92 years, 11 months'), ('email', 'naqvi.family.hyd@gmail.com'), ('fax', '+92 21 3586 2204')),
    C('A client from Vanuatu keeps saying "kastom" when I ask about healing. Has anyone worked with Vanuatu Cultural Centre Field Workers?'),
    C("For those asking, the trauma-informed yoga class is on Saturdays and it's free for clients through the Red Cross."),
    C("Sitiveni Raiwalui's car JV 711 was used in the robbery at Vatuwaqa Cemetery Road end; he wasn't driving, but the police came to his house at Lot 22 Kalabu Road, Kalabu.", ('name', 'Sitiveni Raiwalui'), ('vehicle', 'JV 711'), ('place', 'Vatuwaqa Cemetery Road end'), ('street_address', 'Lot 22 Kalabu Road'), ('place', 'Kalabu')),
    C('Oxygen concentrator (Philips EverFlo, SN EF0298841X) for Mzee Juma Omari Salim, 92 years 3 months; family asks for home visits in Tanga Chumbageni.', ('device', 'EF0298841X'), ('name', 'Juma Omari Salim'), ('age_over_89', '92 years 3 months'), ('place', 'Tanga Chumbageni')),
    C("Account for the group fund: Westpac BSB 032-719 acct 448 301, holder Lupe Fa'asalele Matagi.", ('account', 'BSB 032-719 acct 448 301'), ('name', "Lupe Fa'asalele Matagi")),
    C('intake says contact by email only: tuilagi.f.sam@outlook.co.nz, no calls because the flat is shared', ('email', 'tuilagi.f.sam@outlook.co.nz')),
    C('I saw Kanak elder Wassissi Poigoune last week and he talked for forty minutes about the tribal land at Tiéta Bas before he mentioned his nightmares.', ('name', 'Wassissi Poigoune'), ('place', 'Tiéta Bas')),
    C('just back from leave and my inbox is a war zone. please bear with me if replies are slow this week.'),
    C('Client Jamila Aït Benhaddou says her ex keeps posting about her at https://www.tiktok.com/@jamila.truths.ma; can we document it?', ('name', 'Jamila Aït Benhaddou'), ('url', 'https://www.tiktok.com/@jamila.truths.ma')),
    C('Long case: Vanessa Tjakamarra-Lee, an Aboriginal health worker in Gillen Larapinta, was assaulted on shift; her Medicare card 4417 82913 2 was taken with her bag, and her car CU 88 KL was keyed. She wants to quit. Any cultural safety thoughts for a non-Indigenous therapist?', ('name', 'Vanessa Tjakamarra-Lee'), ('place', 'Gillen Larapinta'), ('health_plan', '4417 82913 2'), ('vehicle', 'CU 88 KL')),
    C('Address: Blk 447 Ang Mo Kio Avenue 10, #08-1127, Singapore 560447, for Siti Aishah Hamzah.', ('street_address', 'Blk 447 Ang Mo Kio Avenue 10, #08-1127'), ('zip_code', '560447'), ('name', 'Siti Aishah Hamzah')),
    C("I was told to direct complaints about Mahlet Getachew's file to privacy@ethiomhclinic.et, fax +251 11 551 6294. Does anyone have a better contact?", ('name', 'Mahlet Getachew'), ('email', 'privacy@ethiomhclinic.et'), ('fax', '+251 11 551 6294')),
    C('Reflecting: Kiri Te Rangi Whaanga-Mere was so angry when I mispronounced her name at intake, and she was right to be.', ('name', 'Kiri Te Rangi Whaanga-Mere')),
    C("Reading Edward Said's Orientalism for the Friday Group. Would pair well with Lila Abu-Lughod's Do Muslim Women Need Saving?"),
    C('Forwarded fax header: FROM +61 8 9168 2271 Kimberley Health, RE Dorothy Nangala Bedford, DOB 05.06.1931, aged 95 years 2 months, bereavement after sorry business.', ('fax', '+61 8 9168 2271'), ('name', 'Dorothy Nangala Bedford'), ('date', '05.06.1931'), ('age_over_89', '95 years 2 months')),
    C("Reflecting on last week's supervision: the point about not rushing to reassure stuck with me. silence is doing more work than my words."),
    C('We need volunteers for the welcome table at the open day. tea and biscuits provided, no speeches required.'),
    C('Has anyone worked with albinism-related persecution in Tanzania? Neema Mwakalinga Joseph grew up hidden in Kahama Nyasubi and now has panic attacks in markets.', ('name', 'Neema Mwakalinga Joseph'), ('place', 'Kahama Nyasubi')),
    C('Please post the letter to Aliya Zhunusova, mikr. Samal-2, d. 58, kv. 41, 050059.', ('name', 'Aliya Zhunusova'), ('street_address', 'mikr. Samal-2, d. 58, kv. 41'), ('zip_code', '050059')),
    C('please invoice siosaia lolo to the church account, BSP 1000 4418 2276, not his own', ('name', 'siosaia lolo'), ('account', '1000 4418 2276')),
    C('Reading the WHO World Mental Health Report, the Lancet Psychiatry editorial and the Movement for Global Mental Health reply for Monday.'),
    C('Our Urdu, Punjabi and Pashto speakers are all at the Islamic Council Youth Camp in January, so the Mosque Outreach Program pauses until February.'),
    C('Kalani Tukuitonga from Niue said the smell of the hospital reminds her of the cyclone shelter at Alofi South Tuapa Road end.', ('name', 'Kalani Tukuitonga'), ('place', 'Alofi South Tuapa Road end')),
    C('Medical record RBWH 7719042 for Kayla Jawoyn Brown; she asks us not to refer to her as Aboriginal in letters.', ('medical_record', 'RBWH 7719042'), ('name', 'Kayla Jawoyn Brown')),
    C("A Rwandan woman I see, Immaculée Mukandori, won't speak Kinyarwanda in session, only French, and only about the years after she left Nyamata Sector Kanzenze.", ('name', 'Immaculée Mukandori'), ('place', 'Nyamata Sector Kanzenze')),
    C('Guardian email for Faith Chisomo Mbewe (16): mbewe.chisomo.guardian@gmail.com. She refuses to come if her uncle is copied in.', ('name', 'Faith Chisomo Mbewe'), ('email', 'mbewe.chisomo.guardian@gmail.com')),
    C('Any advice on prazosin for nightmares? A psychiatrist suggested it and my client wants to know what I think of Minipress.'),
    C('The Beck Depression Inventory questions about guilt confused my client, who heard them as religious.'),
    C('The Pacific nurses group has Ana Koloamatangi asking about a referral for her aunt in Neiafu Fungamisi.', ('name', 'Ana Koloamatangi'), ('place', 'Neiafu Fungamisi')),
    C('Can we move the case review to Friday? Monday is Diwali and half the team is off.'),
    C('The RACGP, RANZCP and APS joint statement on Pacific mental health is due in March; the Pasifika Advisory Group wants comments by February.'),
    C('Her cochlear processor (Nucleus 8, SN NC8-4420-9183) was taken by her brother. Amira Haddad Khoury is asking if that counts as abuse.', ('device', 'NC8-4420-9183'), ('name', 'Amira Haddad Khoury')),
    C('MSF, IRC, UNICEF and UNHCR all have slightly different MHPSS guidelines, and the IASC has its own. Does anyone have a comparison table handy?'),
    C('I met Ismail Hasanov Aliyev on Tuesday. He was a child in Khojaly Ketuk in 1992 and has never told anyone the full story.', ('name', 'Ismail Hasanov Aliyev'), ('place', 'Khojaly Ketuk')),
    C("Is the Victorian Foundation for Survivors of Torture (Foundation House) still running the Tuesday training? I'd like to send two new staff in May."),
    C("Would love thoughts on ending with a client who keeps saying he'll be lost without me. we've had a long run."),
    C('NIN CM90041104RTLK on the referral for Okello Patrick Ojok from Gulu Layibi; he was with the LRA as a boy.', ('ssn', 'CM90041104RTLK'), ('name', 'Okello Patrick Ojok'), ('place', 'Gulu Layibi')),
    C("I've got a client on venlafaxine and quetiapine from her GP, and the psychiatrist at the Mental Health Unit wants to add lithium. Is that a lot for someone who is 24 and Muslim and fasting in March?"),
    C('I love how Michael White writes about re-membering. I used it today and the client lit up.'),
    C('Is there a good Hindi-language explainer on PTSD? The printed ones are all in English.'),
    C('Can we talk about how to say no to extra clients without feeling guilty? asking for myself, obviously.'),
    C("Bolat Iskakov Temirkhan hasn't been in since Ramadan. Family say he went back to Kentau Baizhansai to see his mother.", ('name', 'Bolat Iskakov Temirkhan'), ('place', 'Kentau Baizhansai')),
    C('Eritrean ID in the file for Yonas Tesfamariam Habte, ER-0044817, and the UNHCR case KEN-17C11438.', ('name', 'Yonas Tesfamariam Habte'), ('ssn', 'ER-0044817'), ('medical_record', 'KEN-17C11438')),
    C("Ruth Mambure Chanakira, 91 and four months, asked me whether anyone in the group remembers the Gukurahundi; she'd like to talk to an older clinician.", ('name', 'Ruth Mambure Chanakira'), ('age_over_89', '91 and four months')),
    C("A client brought in a Qur'an and asked me to hold it while she spoke. I did. Thoughts welcome."),
    C('Have others found that Zoom fatigue is worse for clients with trauma? Mine keep turning their cameras off on Fridays.'),
    C('Does anyone have the Tok Pisin translation of the PHQ-9? The Papua New Guinea Department of Health had one, I think.'),
    C('Has anyone used the K10 with older Cantonese speakers? The "worthless" item lands badly.'),
    C("does anyone know whether the interpreter service still charges a cancellation fee if the client doesn't show?"),
    C('he says prayer helps more than our sessions and i think he may be right, at least for now'),
    C('New address for Sabitri Adhikari: Ward 6, Tole 3, House 221, Pokhara Lakeside, 33700.', ('name', 'Sabitri Adhikari'), ('street_address', 'Ward 6, Tole 3, House 221'), ('place', 'Pokhara Lakeside'), ('zip_code', '33700')),
    C("Has anyone read Ruth Behar's The Vulnerable Observer? A New Zealand student recommended it to the Reading Group."),
    C('i am finding it hard not to take sides when a couple both speak to me in separate languages'),
    C('Anyone know if Medicare, DVA and NDIS accept the same report format? The NDIS one wants a WHODAS score and the DVA one wants the PCL-5.'),
    C('Thinking about Losaline Italeli today. She said the king tide at Fongafale Vaiaku was the first time she saw her father afraid.', ('name', 'Losaline Italeli'), ('place', 'Fongafale Vaiaku')),
    C('Patient ID CMC-VLR-0094417 from the Tamil Nadu hospital for Arumugam Selvaraj, and his insulin pump serial MMT-780G NG4413922H.', ('medical_record', 'CMC-VLR-0094417'), ('name', 'Arumugam Selvaraj'), ('device', 'MMT-780G NG4413922H')),
    C('my client keeps saying she is "fine, only tired", and her body is clearly not fine. how do you name that gently?'),
    C('Vehicle WPR 4417 is registered to Nurul Huda Yaakob; the road-rage attack happened in Bangsar South.', ('vehicle', 'WPR 4417'), ('name', 'Nurul Huda Yaakob'), ('place', 'Bangsar South')),
    C('Has anyone run a group for men who lost their fishing livelihoods? looking for structure ideas.'),
    C("Thanks everyone. For the record Zanele Mkhize-Shezi called from 073 418 2257 after the group to say she'd slept a full night.", ('name', 'Zanele Mkhize-Shezi'), ('phone', '073 418 2257')),
    C('A client asked me to pray with her at the end. I said no, gently, and it went OK. She is Catholic.'),
    C('Has anyone worked with Bougainville veterans? Thomas Kaumu Sirivi says the crisis years at Arawa Section 14 were "just work" and then cries when the kettle whistles.', ('name', 'Thomas Kaumu Sirivi'), ('place', 'Arawa Section 14')),
    C("Hi all, Tuesday's consult moved. I'm on +679 925 4471 if anything urgent about Salote Naivalu Qarase.", ('phone', '+679 925 4471'), ('name', 'Salote Naivalu Qarase')),
    C("Hamza Bouchareb from Bab El Oued Triolet has started describing the 2001 flood in the present tense again. Any grounding ideas that don't feel childish to a 40-year-old man?", ('name', 'Hamza Bouchareb'), ('place', 'Bab El Oued Triolet')),
    C('Asel Tokoeva said she was fine with me telling the group that Kyrgyz is her first language and Russian her second.', ('name', 'Asel Tokoeva')),
    C("Tendai Mupfumira-Chikore told me yesterday that the flood in Chimanimani Ngangu took his mother's hut and he has not cried once since. Is that numbness or something cultural I'm missing?", ('name', 'Tendai Mupfumira-Chikore'), ('place', 'Chimanimani Ngangu')),
    C('Referral: Chukwuemeka Obi-Nwosu, DOB 15/03/1987, ex-driver from Maiduguri, flashbacks since the Baga market attack. Call his wife on +234 803 417 2296.', ('name', 'Chukwuemeka Obi-Nwosu'), ('date', '15/03/1987'), ('place', 'Maiduguri'), ('place', 'Baga'), ('phone', '+234 803 417 2296')),
    C('has the group thought about a session on moral injury in health workers? several of us seem to be seeing it now.'),
    C('MRN ALF-9904117 for Jennifer Nakamarra Ross, transferred from the Barkly; pacemaker AccoladeMRI SN 782241.', ('medical_record', 'ALF-9904117'), ('name', 'Jennifer Nakamarra Ross'), ('device', 'AccoladeMRI SN 782241')),
    C('Reading list for the Pacific Clinicians Network: Fonofale model (Fuimaono Karl Pulotu-Endemann), Te Whare Tapa Whā (Mason Durie), and Talanoa as method.'),
    C('Any views on using the IES-R as an outcome measure? It seems to move very slowly compared with the PCL-5.'),
    C('just wanted to say the debrief yesterday helped more than i expected. thank you all.'),
    C('Fwd: Hassan Abdullahi Yusuf, Kenyan ID 27 448 193, House 12, Block C, 4th Street, Eastleigh North, KE-00517; referred after the detention.', ('name', 'Hassan Abdullahi Yusuf'), ('ssn', '27 448 193'), ('street_address', 'House 12, Block C, 4th Street'), ('place', 'Eastleigh North'), ('zip_code', 'KE-00517')),
    C('Payment came from GCash 0917 448 2290 in the name of Rhea Mae Bautista Lagman, but the client is her sister. Refund or keep?', ('account', '0917 448 2290'), ('name', 'Rhea Mae Bautista Lagman')),
    C('Referral from Dr Nimmi Kurup (Medical Council registration TCMC-61882) for Anitha Thomas Varghese, a nurse back from the Gulf.', ('name', 'Nimmi Kurup'), ('licence', 'TCMC-61882'), ('name', 'Anitha Thomas Varghese')),
    C("anyone got tips for working with teenagers who only answer in single words? i'm running out of ways to ask"),
    C("How do you respond when a client asks whether you've been through something similar yourself?"),
    C('Just a heads-up that the Medicare rebate forms changed in July, so the old ones will bounce. Ask Admin on Monday.'),
    C('the ip 175.45.176.81 came up again on the waitlist form for tevita mahe so maybe he is trying to sign up twice', ('ip_address', '175.45.176.81'), ('name', 'tevita mahe')),
    C("Is anyone going to the APS Trauma Conference in October? I'm thinking of presenting on NET with Rohingya families, with the WHO Problem Management Plus data as a comparison."),
    C("Auntie Rosalind Nampijinpa, 97 years and 9 months, is asking for the tape of her story to go to the keeping place; her niece's email is rnampijinpa.family@bigpond.com.", ('name', 'Rosalind Nampijinpa'), ('age_over_89', '97 years and 9 months'), ('email', 'rnampijinpa.family@bigpond.com')),
    C("Something I'm unsure about. A man I see for nightmares after building sites in the Gulf, Ruslan Nazarov, brought his documents to session to prove who he is, because the last service doubted him. His Tajik passport is 400 882 173 and work permit; he's in ul. Rudaki 114, kv. 19, Khujand Panjshanbe, 735700, his mother's flat. I can't verify any of it, but he looked so relieved when I wrote it down. Have others had clients need to be documented like this?", ('name', 'Ruslan Nazarov'), ('ssn', '400 882 173'), ('street_address', 'ul. Rudaki 114, kv. 19'), ('place', 'Khujand Panjshanbe'), ('zip_code', '735700')),
    C("Please note Tamana Rahimi's Medibank number MBK 44917 228 and bank BSB 064-122 acct 1088 4721 for the gap payment.", ('name', 'Tamana Rahimi'), ('health_plan', 'MBK 44917 228'), ('account', 'BSB 064-122 acct 1088 4721')),
    C("Supervision: a client (Reuben Tjungurrayi Marks) gave me his cousin's number, 0459 226 173, as next of kin, and the cousin is also my client. How do you handle that?", ('name', 'Reuben Tjungurrayi Marks'), ('phone', '0459 226 173')),
    C("For the Sunday Workshop: Kabat-Zinn's Full Catastrophe Living, Thich Nhat Hanh's The Miracle of Mindfulness and Tara Brach's Radical Acceptance."),
    C('The audit team wants every session note signed within 48 hours, which is not realistic on Mondays. I told the Clinical Director so.'),
    C("Thabiso Letšabo said the initiation school in the mountains was where it started, and he won't say more than that.", ('name', 'Thabiso Letšabo')),
    C("I'm doing the Motivational Interviewing refresher in August with the Queensland Health team. Anyone want to join? It's on Zoom this time."),
    C("The fundraiser for Ashraf Sultani's family after the western Afghanistan quake is at https://www.gofundme.com/f/ashraf-sultani-herat-rebuild; he asked whether I'd share it and I said I can't.", ('name', 'Ashraf Sultani'), ('url', 'https://www.gofundme.com/f/ashraf-sultani-herat-rebuild')),
    C("what's everyone's view on giving clients your mobile number? mine say the landline feels like calling a bank"),
    C("please ring Maile Salave'a Tuimavave back on 021 604 3917, she's off work with the flu and wants to move Friday", ('name', "Maile Salave'a Tuimavave"), ('phone', '021 604 3917')),
    C("I've been using the Tree of Life approach with teenagers. Ncazelo Ncube's work is lovely for this."),
    C('Can someone check this? Raja Nur Aisyah binti Raja Azlan emailed from aisyah.rnra@yahoo.com.my asking whether we keep her notes after she moves to Kota Kinabalu.', ('name', 'Raja Nur Aisyah binti Raja Azlan'), ('email', 'aisyah.rnra@yahoo.com.my'), ('place', 'Kota Kinabalu')),
    C('i had a client walk out today and then come back twenty minutes later to apologise. we did good work after.'),
    C('Supervision reflection: I keep rescuing clients in the last five minutes. My supervisor called it "the doorknob save" and quoted Winnicott.'),
    C("Supervision question about records. A hospital psychiatrist has asked for my notes on Wanjiru Muthoni Kimani, who I've seen for a year since her son was shot during the protests, so that they can go into her medical file KNH/PSY/2024/08817 at KNH. She has said she doesn't want her family, who work at the hospital, to read what she says about her husband. I want to send a short summary only and nothing verbatim. Is that reasonable, and how have others worded it?", ('name', 'Wanjiru Muthoni Kimani'), ('medical_record', 'KNH/PSY/2024/08817')),
    C('Asking for a colleague: Vaimoana is refusing group work because her cousin runs the church choir in Papatoetoe East.', ('name', 'Vaimoana'), ('place', 'Papatoetoe East')),
    C("how do people handle clients who bring food to every session? it's a cultural thing for her and refusing feels rude"),
    C('The cane-truck crash: Vijay Prasad Chand, Fiji licence FJ-DL 448213, truck HU 492 overturned at Rarawai mill gates.', ('name', 'Vijay Prasad Chand'), ('licence', 'FJ-DL 448213'), ('vehicle', 'HU 492'), ('place', 'Rarawai')),
    C("Portal log 2026-11-03 19:42: password reset for b.tembo77@zamtel.zm requested from 41.223.118.9 in Lusaka Chawama. Client Bwalya Tembo says it wasn't her.", ('date', '2026-11-03'), ('email', 'b.tembo77@zamtel.zm'), ('ip_address', '41.223.118.9'), ('place', 'Lusaka Chawama'), ('name', 'Bwalya Tembo')),
    C("Nikhilesh asked whether I'd read his poem about leaving Suva Toorak for the North Island; I said yes and I did.", ('name', 'Nikhilesh'), ('place', 'Suva Toorak')),
    C("The GAD-7 was at 19 in August and is now at 11, which I'll take as progress for someone on shift work."),
    C('Long update: I\'ve been seeing Vo Thi Kim Ngan since she left the nail salon in Chullora. Her old boss holds her pay in his own account, CBA BSB 062-184 acct 1044 9283, and says he\'ll send it when she "behaves". She\'s living at Unit 7, 22 Restwell Street, NSW 2191, with three other women from the salon. The labour lawyer wants a summary from me. How much detail do I give?', ('name', 'Vo Thi Kim Ngan'), ('place', 'Chullora'), ('account', 'BSB 062-184 acct 1044 9283'), ('street_address', 'Unit 7, 22 Restwell Street'), ('zip_code', '2191')),
    C('Thinking of doing Teaching Recovery Techniques (TRT) from the Children and War Foundation with Afghan and Iranian kids at the Saturday School.'),
    C("Long message, bear with me. Farida Nazari Mohammadi was a midwife in Balkh province and left in August 2021 with her two daughters via Pakistan. In Queensland she cleans offices at night and sends money to a sister whose phone, +93 79 442 8815, now goes unanswered. She says she has no right to be sad because she is the one who got out. We're six sessions in and she apologises every time she cries. Survivor guilt frames seem too thin. What else?", ('name', 'Farida Nazari Mohammadi'), ('date', 'August 2021'), ('phone', '+93 79 442 8815')),
    C('Has anyone got experience with Aceh tsunami survivors? Cut Nyak Rahmawati lost both boys at Gampong Lampulo Baru and now refuses to sleep on the ground floor.', ('name', 'Cut Nyak Rahmawati'), ('place', 'Gampong Lampulo Baru')),
    C("my room smells of paint and the window won't open, so tomorrow's sessions are outside under the tree if it's dry"),
    C('NHI ZTW5582 and file CMDHB 4471908 for Anaru Tipene-Whaanga; his bike KHF449 was stolen during the admission.', ('health_plan', 'ZTW5582'), ('medical_record', 'CMDHB 4471908'), ('name', 'Anaru Tipene-Whaanga'), ('vehicle', 'KHF449')),
    C('Supervision note to self: stop saying "I hear you" so often. It\'s become filler, as my supervisor said in May.'),
    C('Audit: Abdul Rahim Samsudin booked using rahim.samsudin@brunet.bn and IP 202.160.7.119.', ('name', 'Abdul Rahim Samsudin'), ('email', 'rahim.samsudin@brunet.bn'), ('ip_address', '202.160.7.119')),
    C("Wellbeing check: Noor Fatima Qureshi's landlord says she hasn't been seen since Sunday 29 November; his number 0411 873 092.", ('name', 'Noor Fatima Qureshi'), ('date', 'Sunday 29 November'), ('phone', '0411 873 092')),
    C('Florence Kabuya Ilunga from Goma Kyeshero has asked me whether therapy can "remove" a memory. I want to be honest without crushing her.', ('name', 'Florence Kabuya Ilunga'), ('place', 'Goma Kyeshero')),
    C('Has anyone used sandplay with Syrian kids? Rayan al-Khatib builds the same square house in Bustan al-Qasr Gharbi every week and then knocks it over.', ('name', 'Rayan al-Khatib'), ('place', 'Bustan al-Qasr Gharbi')),
    C("the new intake form is much too long. half my clients give up on page two, and they're the ones who most need us."),
    C('what do you do when the interpreter starts adding their own advice? i had to stop the session today'),
    C("Licence NZTA DL EF448291 and rego NZK218 for Wiremu Tahana; he's driving again after the crash at Waiouru.", ('licence', 'NZTA DL EF448291'), ('vehicle', 'NZK218'), ('name', 'Wiremu Tahana'), ('place', 'Waiouru')),
    C('Just a thank-you to whoever recommended the Lebanese group to Ziad Kassab. He went and came back smiling.', ('name', 'Ziad Kassab')),
    C('Fatoumata Binta Diallo from Labé Kouroula is asking about family tracing again. She was separated from her sister in 2010 at a checkpoint.', ('name', 'Fatoumata Binta Diallo'), ('place', 'Labé Kouroula')),
    C('Vehicle was a boda, plate UEX 448K; Ssempijja Ronald, the rider, was hit outside Wandegeya Market. He has flashbacks at the sound of horns.', ('vehicle', 'UEX 448K'), ('name', 'Ssempijja Ronald'), ('place', 'Wandegeya Market')),
    C('thanks for the reading list, got through two chapters on the train and already changed how i ask about dreams'),
    C('Device support: Mereani Tikoduadua has a Medtronic pacemaker, serial PJN882417S, and the clinic asks if session stress matters. Not my area but flagging it.', ('name', 'Mereani Tikoduadua'), ('device', 'PJN882417S')),
    C("Please don't share the YouTube link Amani Lukumbi sent: https://youtu.be/kX7q2LmBzV4. It shows the raid on his street.", ('name', 'Amani Lukumbi'), ('url', 'https://youtu.be/kX7q2LmBzV4')),
    C('Has anyone noticed more panic presentations since the price rises? money fear seems to drive a lot of it.'),
    C("We got a BPJS card number 0001872944193 from Dewi Kartika Sari with her first self-report; I'd rather not hold it. Thoughts?", ('health_plan', '0001872944193'), ('name', 'Dewi Kartika Sari')),
    C("Does anyone have a good handout on sleep hygiene that isn't patronising? The ones we use read like they were written for toddlers."),
    C('Server log for the tele-session: 110.33.201.57 connected, then 2400:3c00:1e:7b::12 for Mereana Ropata on her phone.', ('ip_address', '110.33.201.57'), ('ip_address', '2400:3c00:1e:7b::12'), ('name', 'Mereana Ropata')),
    C('reminder: peer supervision moves to the small room, the big one is being painted'),
    C('Bich Thuy keeps mentioning the rubber plantation at Lộc Ninh hamlet 4 where her father worked. I think there is grief there that predates the migration.', ('name', 'Bich Thuy'), ('place', 'Lộc Ninh hamlet 4')),
    C("Reminder: Friday's reading group is on chapter two of the van der Kolk book. Bring your disagreements."),
    C('She said her heart was "heavy like wet sand", which is close to what her language uses for grief. We worked with that image in Somali and English.'),
    C('Still thinking about Moana Tauiliili Faleolo\'s phrase, "the sea knows my name". Any ideas for working with that kind of metaphor without over-interpreting?', ('name', 'Moana Tauiliili Faleolo')),
    C('Bank: Kiwibank 38-9004-0448172-00 for Tama Rangihuna, please update.', ('account', '38-9004-0448172-00'), ('name', 'Tama Rangihuna')),
    C('Has anyone worked with a Tuvaluan family through a relocation? Seluka Paeniu Tafia keeps saying the island is "on loan now".', ('name', 'Seluka Paeniu Tafia')),
    C("help pls, irfan rasyid hakim called from kampung bukit lanjan saying his wife left and he has nothing left, he's safe now but I'm shaken", ('name', 'irfan rasyid hakim'), ('place', 'kampung bukit lanjan')),
    C("Hoping someone has experience with taxi violence. Mandla Zwane has driven a minibus for twenty years and was shot at on the rank in Mariannhill in September; his taxi, ND 448-219, still has the holes in the door because he can't afford the panel beater, and the association wants his PrDP PDP 71 448 2091 renewed before he drives again. He sits in the taxi each morning and cannot turn the key. Is exposure even ethical when the danger is real?", ('name', 'Mandla Zwane'), ('place', 'Mariannhill'), ('vehicle', 'ND 448-219'), ('licence', 'PDP 71 448 2091')),
    C("Leilani Kealoha Aumua's mum rang to say she's in hospital, no more detail than that.", ('name', 'Leilani Kealoha Aumua')),
    C("He's 101 and a bit and still takes the bus. Mr Kamau Njoroge Ndung'u says the only thing he wants to talk about is the forest.", ('age_over_89', '101 and a bit'), ('name', "Kamau Njoroge Ndung'u")),
    C('My client Junaid Ahmadzai Rahimi ran a bakery in Karte Seh Lower before the fall of the republic; he now bakes at night in South Australia and says it is the only time his hands stop shaking.', ('name', 'Junaid Ahmadzai Rahimi'), ('place', 'Karte Seh Lower')),
    C('Long one, sorry. I have a man, Eliud Kiprono Chebii, 38, who drove a matatu on the Uasin Gishu to Trans-Nzoia route until the crash on 11 June 2025 that killed four passengers, including a schoolgirl he used to wave to. He hasn\'t driven since, his brother gives him money, and his wife rings me from 0722 941 307 every Friday to ask when he\'ll "be a man again". He says his body is in the room but he is still on the road. Where would you start?', ('name', 'Eliud Kiprono Chebii'), ('date', '11 June 2025'), ('phone', '0722 941 307')),
    C("I'm trying Narrative Exposure Therapy for the first time. Any tips on the lifeline with stones and flowers?"),
    C("Any advice on working through an interpreter with Chittagonian-speaking kids? It's for Shahida Begum Noor from Teknaf Leda Para, who speaks nothing else.", ('name', 'Shahida Begum Noor'), ('place', 'Teknaf Leda Para')),
    C("Has anyone been to the APS conference this year? I'm wondering whether the trauma stream is worth it in November."),
    C('Supervision today on the Beck Anxiety Inventory results, the DASS-21 and why my Sri Lankan Tamil client scores low on both.'),
    C("Asking the group about a returnee. Selamawit Tesfaye Alemu worked as a maid in the Gulf for six years, came home with nothing, and now lives with her brother, who holds her Kebele ID AA-BL-04418823 and won't give it back; her address on the form is Woreda 03, House No. 1147, Bole Bulbula, 1251. She speaks of her employer's children with love and of the employer with a fear I can feel in the room. She asks if I think she was a bad woman. I'm trying to go slowly. Any thoughts?", ('name', 'Selamawit Tesfaye Alemu'), ('ssn', 'AA-BL-04418823'), ('street_address', 'Woreda 03, House No. 1147'), ('place', 'Bole Bulbula'), ('zip_code', '1251')),
    C("i keep dreaming about a client's story. is it time for my own therapy again, or just a hard month?"),
    C('does anybody have a script for explaining confidentiality limits to families who see everything as shared?'),
    C("Looking for someone who speaks Amharic and Tigrinya both, for a family where the parents don't share a language. Eritrean father."),
    C('anyone else finding that the telehealth sessions run shorter? people seem to log off the moment the hour is up'),
    C("How do you explain CBT to someone who thinks depression is a spiritual test? I don't want to dismiss that, and neither would Beck."),
    C('My Samoan client uses the word "fa\'alavelave" for the family obligations pulling her apart. Anyone read Karlo Mila\'s or Kiwi Tamasese\'s work on this?'),
    C("Has anyone used Interpersonal Therapy (IPT) in groups, like the StrongMinds model in Uganda and Zambia? I'm wondering how it fits Somali mothers."),
    C("From the secure message system: Lesieli Fakatava logged in from 120.89.44.237, Tonga, which she says is her mother's laptop.", ('name', 'Lesieli Fakatava'), ('ip_address', '120.89.44.237')),
    C('Lovely session with a grandmother who taught me a song she sang while hiding. not sure it was therapy but it mattered.'),
    C("Voicemail from Mohammed Saleh Al-Mutairi, says call back on +965 9871 3304, about his nephew's panic since the tanker fire.", ('name', 'Mohammed Saleh Al-Mutairi'), ('phone', '+965 9871 3304')),
    C('Insurance form for Adama Sawadogo Ouédraogo: CNSS BF 4471 8820 31, mutuelle MUT-OUA-22918, address Secteur 28, Rue 28.117, Porte 44, Ouaga 2000.', ('name', 'Adama Sawadogo Ouédraogo'), ('ssn', 'BF 4471 8820 31'), ('health_plan', 'MUT-OUA-22918'), ('street_address', 'Secteur 28, Rue 28.117, Porte 44'), ('place', 'Ouaga 2000')),
    C('I had a client ask whether Zoloft would change her personality. What do you usually say before the GP appointment on Monday?'),
    C("Anyone seen the new RANZCP guidance on telehealth consent? I can't find the final version on the College site."),
    C("Anyone read Kleinman's The Illness Narratives recently? It still holds up, especially the bits on chronic pain."),
    C('Police asked about the vehicle: a white Hilux, plate LDA 417. The driver was Kila Goro Morea, licence DL 0092 1178.', ('vehicle', 'LDA 417'), ('name', 'Kila Goro Morea'), ('licence', 'DL 0092 1178')),
    C("Has anyone tried ACT with people who've lost their faith? The values work feels tricky when God was the value."),
    C('I told Mariam Nakato Ssebaggala we could try the narrative approach, and she asked if she could bring photos from Nabulagala hill.', ('name', 'Mariam Nakato Ssebaggala'), ('place', 'Nabulagala hill')),
    C("I'm reading Viktor Frankl's Man's Search for Meaning with a Yazidi client who asked for it in Kurmanji. It's been surprisingly powerful for both of us."),
    C('Adel Boumediene keeps a blog about his time in the camps at https://adel-tindouf-notes.blogspot.com; I read it with his permission. Is that okay to bring up in session?', ('name', 'Adel Boumediene'), ('url', 'https://adel-tindouf-notes.blogspot.com')),
    C('I\'ve got a Japanese client in Western Australia who calls his collapse "karoshi no mae", before overwork death. Any Japanese-speaking CBT therapists in the network?'),
    C("My client fasts through Ramadan and sessions after noon are hard for her. I've moved them to mornings in April."),
    C("I'm on leave from Monday 7 to Friday 18 December; the Intake Team covers my Monday, Wednesday and Friday clients."),
    C('Curious whether others have seen this in Sri Lankan clients: Nilanthi Wickramasinghe Perera says the Easter bombing dream always starts on the road to Kochchikade North.', ('name', 'Nilanthi Wickramasinghe Perera'), ('place', 'Kochchikade North')),
    C("I'm thinking of doing the DBT skills training next year. Does anyone know if it's worth the cost? Linehan's own course, I mean."),
    C('The Christmas closure is from the 23rd. Please let your clients know early, especially the ones who struggle over New Year.'),
    C("Question about Vyvanse and dexamphetamine: a Korean client says his ADHD diagnosis in South Korea isn't recognised here. Has anyone navigated the TGA side?"),
    C("Our Diwali, Eid and Christmas closures overlap oddly this year, so I've asked HR whether we can do a joint Welcome Lunch in December instead."),
    C("PhilHealth number for Maria Consuelo Dimaculangan is 12-045829173-6; she's a typhoon Haiyan survivor from Tacloban San Jose.", ('name', 'Maria Consuelo Dimaculangan'), ('health_plan', '12-045829173-6'), ('place', 'Tacloban San Jose')),
    C("A reflection more than a question. Kgomotso Seleka was mugged at Gaborone Bus Rank in October, and the man smashed her hearing aid (a Phonak Lumity, serial 2148KL9920) on the ground while she watched. She tells me she can live with the bruises but not with the silence since, and with not hearing her granddaughter on the phone. I'd planned trauma work and she wants grief work. I think she's right, and I'm following her.", ('name', 'Kgomotso Seleka'), ('place', 'Gaborone Bus Rank'), ('device', '2148KL9920')),
    C('Hospital number PGH-2026-114872 for Jonel Pacquiao Dela Cruz, admitted after the jeepney fire in Tondo Tambakan.', ('medical_record', 'PGH-2026-114872'), ('name', 'Jonel Pacquiao Dela Cruz'), ('place', 'Tondo Tambakan')),
    C("Connection from 2404:4400:8c1:3e00::71 kept dropping for Leota Mikaele; she's on her cousin's Wi-Fi in Apia Vaiala.", ('ip_address', '2404:4400:8c1:3e00::71'), ('name', 'Leota Mikaele'), ('place', 'Apia Vaiala')),
    C('IMEI 86 044718 229174 1 of the tablet that Dhruv Kapoor says his father used to track his sister.', ('device', '86 044718 229174 1'), ('name', 'Dhruv Kapoor')),
    C('Working with Abdoulaye Coulibaly Diabaté, a former gold miner from Kalana Sébénikoro, on nightmares of the shaft collapse. IRT working a bit.', ('name', 'Abdoulaye Coulibaly Diabaté'), ('place', 'Kalana Sébénikoro')),
    C("Session link for Luisa Fonoti tomorrow: https://meet.jit.si/fonoti-wed-grief-882. If she can't connect, text 0275 831 462.", ('name', 'Luisa Fonoti'), ('url', 'https://meet.jit.si/fonoti-wed-grief-882'), ('phone', '0275 831 462')),
    C("I'd value thoughts on a referral that came in on Monday. It's for Baraka Mwinyi Hamisi, a deckhand who pulled bodies from the water for two days after the ferry went down; his NIDA is 19860512-41207-00003-21, and he lives at Mtaa wa Msimbazi, Nyumba Na. 47, Kariakoo, 11107. He wants to talk about the children's shoes he keeps seeing. His imam thinks he needs rest, not talking. Where would you begin with someone like him?", ('name', 'Baraka Mwinyi Hamisi'), ('ssn', '19860512-41207-00003-21'), ('street_address', 'Mtaa wa Msimbazi, Nyumba Na. 47'), ('place', 'Kariakoo'), ('zip_code', '11107')),
    C("Not sure how to handle this: Daoud Khalil al-Hourani says the neighbour in Hay al-Shaar Tahtani informed on his father and he now sees the neighbour's son at the same mosque here in New South Wales.", ('name', 'Daoud Khalil al-Hourani'), ('place', 'Hay al-Shaar Tahtani')),
    C('I have a question about cardiac devices and trauma. Ma Khin Hla is a retired schoolteacher whose ICD, a Boston Scientific unit with serial BSC-110448271, fired twice while she was wading out of the flood in Hinthada with her grandson on her back. Now any flutter in her chest brings back the water and she freezes. Her cardiologist says the device is fine. Has anyone done interoceptive work with someone whose body really did shock her?', ('name', 'Ma Khin Hla'), ('device', 'BSC-110448271'), ('place', 'Hinthada')),
    C('Form fax from +880 2 4881 2297: Rubina Khatun for intake, IP of the web form 103.112.44.201.', ('fax', '+880 2 4881 2297'), ('name', 'Rubina Khatun'), ('ip_address', '103.112.44.201')),
    C("I'm reading Frantz Fanon for the reading group and it's hitting differently this time. Black Skin, White Masks especially."),
    C('The plate was KDG 418F, she remembers it from the night of the abduction in Nyalenda B Lake Road. Awino Odhiambo has told the police.', ('vehicle', 'KDG 418F'), ('place', 'Nyalenda B Lake Road'), ('name', 'Awino Odhiambo')),
    C('Our client survey says people want evening sessions. Can anyone cover Thursday nights in June or July?'),
    C("Anyone know this site? https://www.change.org/p/justice-for-ama-tamakloe was set up by Ama Tamakloe's family and it has her full story. She wants it to be part of therapy.", ('url', 'https://www.change.org/p/justice-for-ama-tamakloe'), ('name', 'Ama Tamakloe')),
    C("a reminder to log your supervision hours, the registration audit is coming and we've all been lax"),
    C('The PHQ-9 scores went down, but she says she feels worse. Which do I trust, the numbers or her?'),
    C("Reading group, Thursday 4 pm: Judith Herman's Trauma and Recovery, chapters 8 and 9, plus the Summerfield critique from the BMJ. Bring your copy."),
    C('Does the name Fathimath Shiuna Rasheed ring a bell for anyone at the Malé group? She asked me to pass on thanks to whoever saw her before she moved.', ('name', 'Fathimath Shiuna Rasheed'), ('place', 'Malé')),
    C('How long do you usually wait before bringing up the trauma directly with someone who only talks about work?'),
    C('Attendance query: Kulpan Zhaksylykov joined the group from IP 91.185.27.142 but said he was in southern Kazakhstan that day, which is fine, but our policy says Australia only.', ('name', 'Kulpan Zhaksylykov'), ('ip_address', '91.185.27.142')),
    C('Salim Mohammed Al-Harthi has his Omani driving licence suspended (OM-DL 77419280) after the wadi crossing; his car Muscat 41872 B was swept away.', ('name', 'Salim Mohammed Al-Harthi'), ('licence', 'OM-DL 77419280'), ('vehicle', 'Muscat 41872 B')),
    C("I'm seeing Ngozi Adaeze Okonkwo-Ibe again after a break. The kidnapping on the road outside Okigwe Ihube was four years ago and she says it feels like last week.", ('name', 'Ngozi Adaeze Okonkwo-Ibe'), ('place', 'Okigwe Ihube')),
    C('Easter Sunday, Orthodox Easter and Passover all fall in one fortnight, so the Friday Group is cancelled twice in April.'),
    C('Mbalenhle was quiet again today. She says the taxi to Inanda Newtown C is where she can finally think.', ('name', 'Mbalenhle'), ('place', 'Inanda Newtown C')),
    C('he asked if he could sing instead of talk today, and we did that, and then he talked.'),
    C("We're starting a Dari-speaking women's group in February if anyone has referrals. Pashto next, maybe."),
    C("Pacemaker query for Emmanuel Nkurunziza Bizimana: Biotronik, SN BTK-66291044. He's scared it'll stop when he has flashbacks.", ('name', 'Emmanuel Nkurunziza Bizimana'), ('device', 'BTK-66291044')),
    C('I think Joseph Lagu Wani is at risk again; he said the cattle camp near Terekeka Mangala was burnt and his brothers are not answering.', ('name', 'Joseph Lagu Wani'), ('place', 'Terekeka Mangala')),
    C("ssn check: Kanoa Ah Sam's New Zealand IRD 049-881-227 was on the form; remove it?", ('name', 'Kanoa Ah Sam'), ('ssn', '049-881-227')),
    C("Singapore work permit G8847192K on the file for Mohammad Rubel Hossain; he's a dormitory worker in Tuas View.", ('ssn', 'G8847192K'), ('name', 'Mohammad Rubel Hossain'), ('place', 'Tuas View')),
    C('Ritu Sharma Negi called from Joshimath Singhdhar on the night the cracks opened in the wall; she still sleeps in her coat.', ('name', 'Ritu Sharma Negi'), ('place', 'Joshimath Singhdhar')),
)

"""FIFTY-NINTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (as the second
blind set of its round beside locked_set_58.py), and independently of the
guard: the author did not open, read, search or run anything under bot/
(bot/confidentiality/ included) or scripts/, did not run the guard,
bench/guard_eval.py or any test that imports or runs the guard, did not
run git log or git status at all, did not read bench/ (any of it),
README.md, pyproject.toml, tests/bot/confidentiality/test_round*.py or
diffs of any commit, and did not read the snippets of eval_set.py,
dev_extra.py, locked_set.py or locked_set_2.py ... locked_set_57.py
(locked_set_58.py was being written at the same time in another
worktree and was not seen at all).  What was read, each printed once and
in its own command with nothing else: the module docstrings of
tests/bot/confidentiality/sets/locked_set_57.py and locked_set_55.py
(the sets written "like real requests" that this one is modelled on) and
of locked_set_56.py (for its settings list), each up to its closing
triple quote and none of their cases; the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (its docstring); its last
three lines (two snippets, for the file format; none of their sentences
was copied); the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py (exactly lines 29-41, nothing else of that file); and
tests/bot/confidentiality/test_locked_sets.py (the data integrity
checks, which hold no snippets).  No reading was cut by the terminal or
printed twice, and no slip of the reading rule occurred.  The header of
this file (the import of EvalCase, the alias "C = EvalCase" and the name
LOCKED59_CASES) was written from the format of set 13's tail and the
test's module and attribute names.  The overlap filter described below
imported the earlier sets and printed only this set's own clashing
strings.  The only test run was test_locked_sets.py (selected with
-k 59); ruff was run on this file and on that test file.  The other set
of this round (58) is set in Europe and the Americas, so every snippet
here is set in Africa, Asia, the Middle East and Oceania (and diasporas
there).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty-five minutes for the whole set), as a message
to peers in a therapists' consultation group, "like real requests" in
the manner of sets 55 and 57, mostly about ordinary working and family
lives rather than named disasters, with settings chosen to differ from
sets 54-57's as far as they were seen (set 54's docstring was not read
at all): Botswana diamond sorters, a Namibian fisherman's widow, a
Malawian tea estate, a Rwandan commemoration, an Eritrean car-wash
worker in Israel, Sudanese refugees in Egypt and Uganda, a Lesotho
jeans factory, Malagasy vanilla thieves, a Mauritian flood, a
Seychellois fisherman, Cabo Verde, a Djibouti crane, a Tunisian pastry
shop, an Egyptian Copt, an Omani fisherman's son, Lao dam grief, a
Cambodian microfinance debt, Azerbaijani and Armenian displacement, Sri
Lankan Tamil returnees, Timor-Leste, a Macau dealer, a Taiwanese fab, the
Cook Islands, Tuvalu, Tiwi and Yolŋu clients, a pearl diver's widow, a
Tasmanian ferry engineer, a Kenyan tuk-tuk, a Tanzanian safari driver, a
Ugandan nurse's licence, a Ghana Card loan fraud, a Malawian prosthesis,
a Burundian refugee's letter, a Moroccan divorce, an Algerian's 3am
emails, a Libyan teacher doxxed, a Yemeni father on WhatsApp, a Kuwaiti
grandmother, a Saudi ICU nurse, a Gazan boy under the bed, a Lebanese
woman and glass, a Syrian mother in Mafraq, Afghan women waiting in
Pakistan, a Hazara widow; portal and audit logs, Jane app and telehealth
IPs, faxes from Zimbabwean, Malawian, Fijian, Kenyan, Jordanian, South
African, Zambian, Samoan, Emirati and Egyptian hospitals; zoom,
Jitsi, TikTok, GoFundMe, Facebook, Psychology Today, YouTube, LinkedIn and
Linktree postings; cochlear processors, pacemakers, insulin pumps, a
CPAP, a Libre sensor, an oxygen concentrator, an ICD, hearing aids and an
ankle monitor; Uber, Careem, trotro, minibus and courier drivers; RCI,
HPCSA, PRC, Israeli pharmacy, KMPDC, NCNZ, SCFHS and Omani and Kenyan
driving licences; EcoCash, M-Pesa Moçambique, Orange Money, MTN MoMo,
Zain Cash, bKash, PayID, Bank Audi, Wise, Meezan, Opay, UPI and ACLEDA
payments; and very old clients and relatives (a Broome widow, an
Ethiopian elder, a Kuwaiti grandmother, a Palestinian
refugee in Irbid, a Honolulu woman, a Gurkha veteran, a Zanzibari
great-aunt, a Tūhoe elder, a Vietnamese grandmother, a Torres Strait
uncle, an Acehnese haji and a Parsi mother).  Nine long requests of
417-481 characters (a Pietermaritzburg bus driver, an Ethiopian minibus
owner, a Ugandan nurse, a Somali client's registry date, a Palestinian
elder, a FIFO worker, a Fijian-Indian widow, a Wairoa mother and a
Bangladeshi garment worker) hold the identifiers mid-sentence.  Short
referral lines, rushed lower-case chat (two identifier snippets write
names or places in lower case), forwarded faxes and portal logs.  61 of
the identifier snippets hold only a name and/or a place, written as
ordinary consultation prose or questions to peers, often with the name
at the start of a sentence or mid-sentence and no cue word before it
(three identifier snippets use a first name alone).
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository (/tmp/set59work/) with the planted
spans marked inline, and a script there only stripped the marks into the
expected lists, checked lengths, token boundaries, duplicate spans and
duplicate snippets, counted capitalised words in the clean drafts,
checked overlap with the earlier sets, shuffled the order with a fixed
seed and wrote this file.  Later edits were typed by hand as
find-and-replace pairs that a small script applied to the drafts.

Edits made after drafting, stated here: an age written "90+" before the labelled age was cut; fifteen false starts and asides
the author had typed into the identifier drafts were cut with their
values or rewritten (a diaspora city followed by "? no -", a city
followed by "? no, she's home now", an age followed by "- actually", a
fire followed by "? no.", a matatu conductor followed by "? no - this
is", a Gulf city followed by "? sorry, in", a capital followed by "? -
transferred now", a territory followed by "? not strictly our region
but", a nun's title followed by "? no -", a collapse followed by "? -
she was in the next building", two suburbs followed by "? no,", a city
followed by "? no -", a title followed by "? - no, not doctor -" and a
postal code followed by "? - I think that's the province code"); an honorific (Sister) and a kinship title (uncle) were
moved out of spans; a first name repeated
unlabelled at a message's start was replaced by "His"; and about
thirty-five cities written unlabelled (in referral headers, fax headers,
after "in", "from" and "since", and a hospital named after its suburb)
were labelled with a smaller quarter or replaced by the country, state
or region.  Overlap with the earlier sets was resolved by renaming only
this set's planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: about 125 values in the
first round (about 60 names, 43 places, 13 ages over 89, 6 postal codes
and an email; two URLs holding renamed names were changed to match;
names were given a surname, a second surname or a hyphenated part,
places a quarter, an end, a side, a ward or their city as a possessive,
ages a phrase such as "by the Ge'ez calendar" or "this Navroz", postal
codes a country prefix or extra digits), 8 in the second (five names, a
place, an age and a quarter), and none in the third (an age rephrased later, and a lower-case name
shortened by its title, were checked again and clashed with nothing).  A collapsed
building's name was reworded as a bus stand area.  After the first
commit, twenty-eight identifier drafts (eleven dominated by national
numbers, two addresses, a health card, a plate, a wheelchair, an IP log
and eleven holding only names and places) were dropped to bring the
identifier snippets nearer the size asked for.

Settings (chosen to differ from sets 55's, 56's and 57's lists): a gate
search, a widow and the sea, a landslide above estate lines, a
commemoration speech, a landlord holding a visa, a war fled, a watched
lunch, a field guarded at night, a flood and an employer's form, a
Kreol fisherman, online sessions from an island, a crane accident,
hair-pulling in a shop, a church fire, a boat that didn't come back, a
dam collapse, a lender's agent, a husband who drinks, a brother missing
at a border, a girl who draws the house, an invisible returnee, a 1999
widow, a casino's nights, a cleanroom gown, a nana's death, climate
grief, three funerals, a story before death, a ferry engineer's drink,
an orchard crew, a courier rammed, a mother's
phone call, a safari robbery, a ward fight, an aunt's house, a
prosthetic socket, a letter to sons, a veteran's battle, a forced
marriage, 3am emails, Facebook threats, a call to prayer, a car bomb,
power cuts and texting, a son "coming home", a scholarship secret, an
ICU not re-entered, planes overhead, glass after a blast, doxxing, a
resettlement wait, a snooker-hall widow's son; leaked Zoom links, a car
tracker, a tuk-tuk queue, a pacemaker "talking", a pump hidden at school,
a chat-group leak, an expired card, a spent medical aid, payments seen by
a husband, refunds to a sister and an uncle's unwanted money, a
company car crash, a held passport, a read phone, a road crash, a
scaffold fall, "sakit jiwa", a storm and a mother's birthday, a grandmother taken by a wave, 4am WeChat, "normal for
HK families", a forced cousin marriage, a landslide relief form, a loan
app, a lorry crash, a dismissed teacher, a fish farm, yarning sessions, a church van, a drink-driving
funeral, a koro in whānau sessions, a sorcery accusation, a power-cut
baby, a child hit by a truck, a sea missed, a login from abroad; faxes,
audit logs, a lodge's team page, a brother's justice page, an old
therapist profile, an employer VPN, an ISP
mismatch, a sister's email, deleted sent items, an ex's old account,
falling hearing aids, sores from a strap, a stolen CPAP, a sensor posted
by kids, an oxygen concentrator "for prayers", an ICD shock in session,
an assaulted driver, gunpoint robberies, brakes at night, a dead
brother's car, a seized taxi, an acquitted driver, a complaint, a
cohort colleague, a fraud flag, an addiction kept from a ministry, a
strike doctor, a patient death, a father's account, a hacked wallet, an
aunty's payment, a dollar crisis, a Wise account; discharges, a cane
truck, a domestic worker's panic, an unrenewed card, a factory fainting,
returned mail, a school's letter, an overdose, an opened letter, in-laws,
a crocodile and a dog, a demon in church, a Gurkha's
shouting, 1964, a last speaker, a boat dream, an island house, Aceh
2004, a leaked Jitsi room, a YouTube recovery, a LinkedIn compliment, a
crowdfund, a second device, a password in an ED night, Ramadan hours, a
date of birth to remove; and name-and-place prose about curses,
gacaca, a grandmother's kitchen, December, a Shona-speaking father, a
militia son, the Sinai, "therapy is for crazy people", a church as a
bedroom, an airport road, a father in Taiz, a sister heard at night,
Russia, Uyghur parents, a dzud, a whispering wife, a son dead in Qatar,
going home "like drowning", an attack in the
Sahel, a kiosk and chest pain, a bridge crash, Kiswahili sessions, a
police shooting, a university "bewitching", a closed clinic, the
ocean, a wharf, three deaths on a shift, homesickness, a massacre site,
a patch, aiga of twelve, sorry business, three languages, a Parsi
mother's care, honour-based risk, Okinawan identity, a restaurant son,
Khmer only, an airstrike, a drowned fisherman, a whāngai reunion, a
stolen hearing aid and a processor taken off during fights.

Local identifier formats: Botswana Omang, Rwandan national ID, Egyptian
national ID, Seychellois NIN, UNHCR proGres, Syrian UNHCR case, Qatar QID, Singapore work
permit, Malaysian MyKad, Hong Kong HKID, Pakistani CNIC, Aadhaar,
Iranian codemeli, Kenyan alien card and Bangladeshi NID (ssn); Egyptian, Mutare,
QECH, CWM, Kisumu, KHCC, Tygerberg-area, Kasama, Mzuzu, Ba, TTM, DHA,
Mathari and Nelson NHI files (medical_record); Mauritian CSG, NHIF,
NHIS, Discovery, PhilHealth, CMCHIS, Moroccan AMO, Taiwanese NHI,
Australian Medicare (three times), BHYT and Cambodian NSSF
(health_plan); ACLEDA, EcoCash, M-Pesa Moçambique, Orange Money, MTN
MoMo, UPI, Zain Cash, bKash, PayID, Bank Audi IBAN, Wise, Meezan IBAN
and Opay (account); Omani (twice) and Kenyan driving licences,
Ugandan nursing council, Queensland and New Zealand driving
licences, RCI, HPCSA, PRC, Israeli pharmacy, KMPDC, NCNZ and SCFHS
registrations (licence); New Zealand, Tanzanian, South African, Kenyan,
Ethiopian, Solomon Islands, Korean, NSW, Karachi, Iranian, Nigerian,
Saudi and Ghanaian plates (vehicle); a prosthetic leg, a cochlear
processor (twice), pacemakers, an insulin pump, hearing aids, an ankle
monitor, a CPAP, a Libre sensor, an oxygen concentrator and an ICD
(device); addresses written the local way (Israeli rehov, Egyptian
shari' and flat, Lebanese rue and building, Ugandan plot, Qatari
building, street and zone, Malaysian jalan, Hong Kong flat, block and
estate, Australian unit and street, Soweto and Umlazi streets, a Kenyan
P.O. Box, a Hawaiian highway, Japanese chome numbering, an Indian flat
and manzil, a Northern Territory crescent, a New Zealand road) with
postal codes of Egypt, South Africa, Malaysia, Vietnam, Cambodia, Kenya,
Hawaii, Japan (〒), India (PIN), Australia and Tasmania; dates written as
day-month-year in words, slashed, dotted, ISO, abbreviated and as a
weekday with a month; IPv4 and IPv6 addresses, URLs and phone and fax
numbers in local and international formats.

377 snippets, 222 with identifiers and 155 clean (lengths 54-481,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 12):
date 13, age_over_89 14, phone 13, fax 13, email 13, url 13,
ip_address 13, ssn 15, medical_record 14, health_plan 13, account 13,
licence 13, vehicle 13, device 13, street_address 17, zip_code 13;
with 225 names and 201 places smaller than a state (the test requires
225 and 201).  61 of the identifier snippets hold only names and/or
places and nothing else.

Names: Tswana, Ovambo, Chewa and Tumbuka, Rwandan, Tigrinya and Amharic,
Sudanese and Darfuri, Sotho, Malagasy, Mauritian Hindu, Seychellois
Creole, Cabo Verdean, Afar, Tunisian, Coptic Egyptian, Jordanian, Omani,
Lao, Khmer, Tajik, Azerbaijani, Armenian, Sri Lankan Tamil, Timorese,
Macanese, Taiwanese, Cook Islands Māori, Tuvaluan, Tiwi, Anglo- and
Māori-Australian, Pākehā and Māori, Malawian, Zulu, Maasai, Ugandan,
Igbo, Yoruba, Hausa, Hassaniya, Wolof, Burundian, Moroccan, Algerian,
Libyan, Kurdish, Yemeni, Kuwaiti, Saudi, Palestinian, Syrian, Hazara,
Pashtun, Kikuyu and Kalenjin, Shona, Ghanaian Akan, Somali, Filipino,
Emirati, Qatari, Sinhalese, Bangladeshi, Malay, Vietnamese, Japanese
(family name first), Chinese, Cantonese, Pakistani, Malayali, Gujarati,
Tamil, Persian, Kazakh, Uzbek, Dharug, Tongan, Samoan, Engan,
ni-Vanuatu, Solomon Islander, I-Kiribati, Fijian and Fiji
Indian, Yolŋu, Native Hawaiian, Arab Israeli, Ewe, Bambara, Fula,
Mongolian, Uyghur, Nepali Chhetri and Brahmin, Ladakhi, Burkinabè,
Torres Strait Islander, Acehnese and Batak, Parsi, Okinawan, Korean,
Burmese and Karen, Cebuano, Sundanese and Gamilaraay names; lower-case
names and places, hyphenated and multi-part names, a kunya and an Umm
name, honorifics kept outside the spans (Sister, Haji) and names with
diacritics, apostrophes and okina.  Places: quarters, sectors and
cells, blocks and microdistricts, khoroos and mahallas, camps and
villages, estate lines, suburbs and their ends and sides, wards,
industrial areas, islands' villages, junctions, bus stands and places
after street addresses and postal codes.

Clean snippets: peer-consultation messages, questions, statements,
scheduling chatter, supervision reflections and reading-group notes,
spread over three bands of capitalised words after the first word
(counted by the author's script, the pronoun "I", sentence starts and
acronyms included): 91 with 0-2 (many written largely in lower case),
52 with 3-5 and 12 with 6 or more (359 in 155 snippets, about 2.3 per
snippet): drug brands and generics, scales and questionnaires, therapy
models and their founders, real published authors and books,
guidelines and programmes, weekdays, months, seasons, religious
holidays and fasts, professional bodies and councils, charities and
agencies, apps, countries, states, provinces and regions,
nationalities, religions and languages, and no place smaller than a
state or a country's first-level subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED59_CASES = [
    C('How many sessions of EMDR are typical before you see movement with a single-incident trauma?'),
    C("Reading suggestion for anyone working with men: Terrence Real's I Don't Want to Talk About It. Old but still hits."),
    C('Cochlear kid: Amani Salim, 9, Tanga Chumbageni Usagara end, processor Kanso 2 SN 3321108842 - she takes it off when her parents fight.', [('name', 'Amani Salim'), ('place', 'Tanga Chumbageni Usagara end'), ('device', 'Kanso 2 SN 3321108842')]),
    C("Japanese client's letter went to the wrong flat: Mori Haruka, 〒980-0873 Sendai Aoba-ku Hirose-machi 2-7-14-305. Her father opened it.", [('name', 'Mori Haruka'), ('zip_code', '〒980-0873'), ('place', 'Sendai Aoba-ku Hirose-machi'), ('street_address', '2-7-14-305')]),
    C('Can someone explain the difference between the IES-R and the PCL-5 for a student? I keep mixing them up in front of the class.'),
    C("Longer request. I'm seeing Dawit Haile-Mariam, an Ethiopian taxi owner in Adama's Dabe Solloqe, who lost his minibus 3-AA-B71442 in a flood last rainy season and borrowed to replace it. The lender now phones his wife at +251 911 482 706 every night. He says the debt is worse than the water was, and he has started sleeping in the new minibus. I'm not sure whether to treat the shame, the debt or the sleep first - any thoughts?", [('name', 'Dawit Haile-Mariam'), ('place', "Adama's Dabe Solloqe"), ('vehicle', '3-AA-B71442'), ('phone', '+251 911 482 706')]),
    C("Waleed Barakat's taxi KSA ر ب ح 4471 was seized. He's a Jordanian in Saudi, can't leave. Phone +966 55 918 4207.", [('name', 'Waleed Barakat'), ('vehicle', 'KSA ر ب ح 4471'), ('phone', '+966 55 918 4207')]),
    C("Is anyone using the Self-Reporting Questionnaire (SRQ-20) in Ethiopia or Kenya? I'd like to hear about the cut-offs you use."),
    C("Saudi nurse Reem al-Qahtani, SCFHS licence SCFHS 19-RN-0044871, left Saudi for Bahrain after a patient's death. She can't go back into an ICU.", [('name', 'Reem al-Qahtani'), ('licence', 'SCFHS 19-RN-0044871')]),
    C("Nigerian client's brother died in a crash; the car LSR 447 KJA was his. Temitope Ogunleye keeps driving it. Lives Surulere Itire.", [('vehicle', 'LSR 447 KJA'), ('name', 'Temitope Ogunleye'), ('place', 'Surulere Itire')]),
    C('Kiribati client Teretia Baraniko, Betio Temakin, came to NZ under the PAC and misses the sea. Phone +64 22 418 3907.', [('name', 'Teretia Baraniko'), ('place', 'Betio Temakin'), ('phone', '+64 22 418 3907')]),
    C("How do you handle no-shows when the client's data bundle ran out? I don't want to charge but it's the third time."),
    C("Salim Khalfan al-Hinai is a fisherman's son from Sur al-Ayjah and came to me after his father's boat didn't come back in June. His licence OM-DL 94417362 was suspended after a crash the same week.", [('name', 'Salim Khalfan al-Hinai'), ('place', 'Sur al-Ayjah'), ('licence', 'OM-DL 94417362')]),
    C('Aziz Nurmatov\'s wife says he\'s "a different man since Russia". He\'s back in Khujand\'s old Panjshanbe mahalla and won\'t leave the house.', [('name', 'Aziz Nurmatov'), ('place', "Khujand's old Panjshanbe mahalla")]),
    C("Looking for good reads on intergenerational trauma in Pacific families. Karlo Mila's poetry has helped me more than the textbooks."),
    C("hey all quick one - djibouti port worker Abdourahman Houmed, ringing from +253 77 82 41 09, says he can't sleep since the crane accident at Doraleh. anyone do sessions in Afar?", [('name', 'Abdourahman Houmed'), ('phone', '+253 77 82 41 09'), ('place', 'Doraleh')]),
    C("Jasmine Paulo is a call-centre agent in Cubao Kamuning who hears customers' anger in her sleep.", [('name', 'Jasmine Paulo'), ('place', 'Cubao Kamuning')]),
    C('Peer group - shall we shift to fortnightly from March? Half of us are on leave in April anyway.'),
    C('Has anyone used the Shona Symptom Questionnaire alongside the PHQ-9? Curious whether the two agree in your practice.'),
    C("Has anyone used Ama Ata Aidoo's novels when thinking about grief in West African families? Looking for African voices."),
    C("Pakistani client in Model Town Block Q, Ayesha Siddiqa Malik-Awan, CNIC 35202-8841902-4, engaged to a cousin she doesn't want. Family therapy realistic?", [('place', 'Model Town Block Q'), ('name', 'Ayesha Siddiqa Malik-Awan'), ('ssn', '35202-8841902-4')]),
    C("Portal log forwarded by our admin: login to Wanjiru Kamau-Otieno Gachanja's record from 102.68.141.77 at 02:14, then 102.68.141.79 at 02:16, both failed. She says her ex knows her email wanjiru.ko@yahoo.co.ke.", [('name', 'Wanjiru Kamau-Otieno Gachanja'), ('ip_address', '102.68.141.77'), ('ip_address', '102.68.141.79'), ('email', 'wanjiru.ko@yahoo.co.ke')]),
    C('Fax from the Mathari North hospital: Brian Kiprono, MNTRH/24/01933, discharged to his mother in Kapsabet Chepterit. Their fax 020 272 4017.', [('place', 'Mathari North'), ('name', 'Brian Kiprono'), ('medical_record', 'MNTRH/24/01933'), ('place', 'Kapsabet Chepterit'), ('fax', '020 272 4017')]),
    C("NZ nurse Ngaire Whaanga-Pohatu, council PIN NCNZ 229471, being investigated after a patient death. She's asking if she has to disclose therapy.", [('name', 'Ngaire Whaanga-Pohatu'), ('licence', 'NCNZ 229471')]),
    C('Question on the Edinburgh Postnatal Depression Scale with fathers - does anyone use it, and what cut-off?'),
    C("Sokha Prum's NSSF card NSSF-HC 0092 4471 8 got her into hospital after the factory fainting, but not therapy. Chaom Chau, 120911. Low-cost options?", [('name', 'Sokha Prum'), ('health_plan', 'NSSF-HC 0092 4471 8'), ('place', 'Chaom Chau'), ('zip_code', '120911')]),
    C('Malaysian client Nurul Ain binti Zakaria Ismail, MyKad 940317-10-5526, No. 14, Jalan Seri Putra 3/9, 43000-SP Kajang Bandar Seri Putra. She calls it "sakit jiwa" and won\'t say depression.', [('name', 'Nurul Ain binti Zakaria Ismail'), ('ssn', '940317-10-5526'), ('street_address', 'No. 14, Jalan Seri Putra 3/9'), ('zip_code', '43000-SP'), ('place', 'Kajang Bandar Seri Putra')]),
    C('Long request about an old man. Abu Samir, whose name is Mahmoud Khalil Qasem, is ninety-two, maybe ninety-three by his own count and lives with his son in Irbid\'s al-Hay al-Sharqi. He has begun to pack a bag every evening to "go back to the village", which was Lubya. His son thinks it\'s dementia and wants sedation; the GP says not yet. I\'m being asked to do grief work with a man who may not know what year it is. Has anyone done narrative or reminiscence work in this situation?', [('name', 'Abu Samir'), ('name', 'Mahmoud Khalil Qasem'), ('age_over_89', 'ninety-two, maybe ninety-three by his own count'), ('place', "Irbid's al-Hay al-Sharqi"), ('place', 'Lubya')]),
    C("How do you talk about alcohol with clients whose religion forbids it, when they're drinking anyway?"),
    C('Family therapists: how do you handle a grandmother who speaks for the whole family? Structural or just patience?'),
    C('Mauritanian client in Senegal, Mariem mint Ahmed Vall, from Rosso Satara, has nightmares about the river. Can anyone recommend a Hassaniya speaker?', [('name', 'Mariem mint Ahmed Vall'), ('place', 'Rosso Satara')]),
    C("Short question: what's the usual starting dose of fluoxetine for adolescents these days? The GP asked my opinion and I'd rather not guess."),
    C("Indian client from Wayanad's Mundakkai, Sreelakshmi Nair, lost her parents in the landslide; Aadhaar 5521 8840 3917 was on the relief form her aunt sent me.", [('place', "Wayanad's Mundakkai"), ('name', 'Sreelakshmi Nair'), ('ssn', '5521 8840 3917')]),
    C("i keep running over time with the last client of the day and then i'm wrecked for my kids. how do you end a session that's just opened up?"),
    C("Sertraline vs escitalopram in pregnancy - I know it's not my call but a client wants to understand the debate."),
    C("Nomsa Dlamini-Ngcobo is back in Lusikisiki Mbotyi for the holidays and sent a voice note saying she's fine. She's never fine in December.", [('name', 'Nomsa Dlamini-Ngcobo'), ('place', 'Lusikisiki Mbotyi')]),
    C('Australian referral: Kirra Watson-Anderson, Dharug woman, 6/22 Stapley St, Kingswood Park east NSW 2747, Medicare 2953 18874 1. Prefers yarning sessions.', [('name', 'Kirra Watson-Anderson'), ('street_address', '6/22 Stapley St'), ('place', 'Kingswood Park east'), ('zip_code', '2747'), ('health_plan', '2953 18874 1')]),
    C('Suggestions for a Farsi-speaking therapist who does online work? I have a waitlist of four.'),
    C('My client\'s ICD Boston Scientific Resonate SN 718442 shocked her during a session. Meleane Tonga, 44, Glen Innes. She wants to stop therapy "in case".', [('device', 'Boston Scientific Resonate SN 718442'), ('name', 'Meleane Tonga'), ('place', 'Glen Innes')]),
    C("the client i mentioned last week, fatou ndiaye gueye, from guédiawaye wakhinane nimzatt, has stopped answering. her brother says she's at their aunt's in thiès escale. not sure whether to keep the slot.", [('name', 'fatou ndiaye gueye'), ('place', 'guédiawaye wakhinane nimzatt'), ('place', 'thiès escale')]),
    C("Looking for literature on hikikomori outside Japan - I'm seeing something similar in young men in the Gulf."),
    C('The Kessler scale keeps scoring high for my clients who just lost a job. Is it measuring distress or depression at that point?'),
    C("Tamil client in Perambur Jamalia, Kavitha Ramasamy Murugesan, CMCHIS CMCHIS 1047729105, grief after her husband's lorry crash. Daughter is Dharshini.", [('place', 'Perambur Jamalia'), ('name', 'Kavitha Ramasamy Murugesan'), ('health_plan', 'CMCHIS 1047729105'), ('name', 'Dharshini')]),
    C('Is there a Pacific version of the Circle of Security? I love the model but the pictures are very white.'),
    C('Rosalie Balagtas fishes with her husband off Bantayan Sillon. He drowned in March. She still goes out.', [('name', 'Rosalie Balagtas'), ('place', 'Bantayan Sillon')]),
    C('Nthabiseng Mokoena is a psychologist, HPCSA PS 0144917, and has asked me for personal therapy. We were in the same cohort. Decline?', [('name', 'Nthabiseng Mokoena'), ('licence', 'PS 0144917')]),
    C("Is there research on group therapy with Rohingya women? I keep hearing about a trial from the camps but can't find it."),
    C("Ousmane Traoré was a bus apprentice in Bamako Badalabougou and saw the crash at the bridge. He's 15 now. School counsellor asked me in.", [('name', 'Ousmane Traoré'), ('place', 'Bamako Badalabougou')]),
    C('Leyla Gasimova-Mammadova is a teacher in Sumqayit 9th microdistrict, 38, and has migraines and panic since her brother went missing near the border in 2020.', [('name', 'Leyla Gasimova-Mammadova'), ('place', 'Sumqayit 9th microdistrict')]),
    C("Tajik labour migrant back from Russia, Firuz Rahimov, from Vahdat's Romit, has stopped talking since the return. His wife phones from +992 93 571 2604. How do I start with someone who just nods?", [('name', 'Firuz Rahimov'), ('place', "Vahdat's Romit"), ('phone', '+992 93 571 2604')]),
    C("My caseload is all women this year. Is anyone else finding men simply don't come?"),
    C('What is the Pacific Mental Health Framework? A manager mentioned it and I pretended I knew.'),
    C('Does anyone offer pro bono slots for asylum seekers in Victoria? Trying to build a list.'),
    C('Portal IPs for a client whose husband reads her account: 41.215.7.193 (home) and 41.215.7.200 (his office). Neema Wambui, Ruaka Ndenderu.', [('ip_address', '41.215.7.193'), ('ip_address', '41.215.7.200'), ('name', 'Neema Wambui'), ('place', 'Ruaka Ndenderu')]),
    C('Koorine Walker-Hughes lives in Moree East and wants to talk about the massacre site her family never mentions.', [('name', 'Koorine Walker-Hughes'), ('place', 'Moree East')]),
    C("Long narrative, sorry. My client Nasrin Akhter Moyna, a Bangladeshi garment worker of 33, was in the building next to the one that collapsed in Savar's Bazar bus stand area, and she lives in Ashulia Jamgora with her two children. Every April she can't go in to work. Her factory's HR gave her a warning and took her ID card NID 19925 2611 04471. She wants me to write something for HR. What's a safe way to describe trauma anniversaries to an employer who thinks she's lazy?", [('name', 'Nasrin Akhter Moyna'), ('place', "Savar's Bazar bus stand area"), ('place', 'Ashulia Jamgora'), ('ssn', 'NID 19925 2611 04471')]),
    C("Pearl diver's widow from Broome's Old Town, Rosalind Dann-Sebastian, ninety-three and a half come the pearling season says her grandson, wants to tell her husband's story before she dies. Reminiscence work ideas?", [('place', "Broome's Old Town"), ('name', 'Rosalind Dann-Sebastian'), ('age_over_89', 'ninety-three and a half come the pearling season')]),
    C("Can we talk about fees? I'm in private practice and half my referrals can't afford anything. Sliding scale, pro bono slots, or something else?"),
    C('Interested in hearing about Buddhist-informed therapy from colleagues in Thailand, Sri Lanka or Myanmar.'),
    C('What do you say to a parent who asks "is it my fault?" after a child\'s suicide attempt?'),
    C("How do we support interpreters after they've translated a traumatic story? Ours go straight to the next job."),
    C('The Lancet Commission on global mental health is worth rereading, especially the section on social determinants.'),
    C("I'd like to learn more about Filipino concepts like hiya and utang na loob. Any reading?"),
    C("Our NGO's board wants us to use WHO-5 for monitoring. Thoughts?"),
    C("His grandmother raised him in Techiman Tanoso and he hasn't been back since she died. Kofi Adu-Gyamfi says he dreams of her kitchen.", [('place', 'Techiman Tanoso'), ('name', 'Kofi Adu-Gyamfi')]),
    C('Dear colleagues, Ramesh Bhattarai from Gulmi Tamghas lost his son in Qatar. The body came back after 40 days. He blames himself for the loan.', [('name', 'Ramesh Bhattarai'), ('place', 'Gulmi Tamghas')]),
    C('Question about the K10 in Pacific languages - has anyone seen a validated Samoan or Tongan version?'),
    C("Solomon Islands: Wilson Maelasi from Auki Ambu drives a truck SI G 3419 that hit a child. He's in custody. Anyone work with remand clients remotely?", [('name', 'Wilson Maelasi'), ('place', 'Auki Ambu'), ('vehicle', 'SI G 3419')]),
    C("Getachew Alemu is ninety-seven by the Ge'ez calendar and lives with his granddaughter in Bishoftu Babogaya. He says he only wants to talk about Adwa. Reminiscence?", [('name', 'Getachew Alemu'), ('age_over_89', "ninety-seven by the Ge'ez calendar"), ('place', 'Bishoftu Babogaya')]),
    C("Uzbek client in Korea, Dilshod Karimov Yusupovich, from Andijan Bog'ishamol, works at a fish farm, plate of his boss's truck 경기 82 다 4471 was on the police report.", [('name', 'Dilshod Karimov Yusupovich'), ('place', "Andijan Bog'ishamol"), ('vehicle', '경기 82 다 4471')]),
    C("how do you all handle clients who want to be friends on whatsapp after therapy ends? i've had two this month."),
    C("Recommendation: Judith Herman's Trauma and Recovery is still the best thing I've given a new trainee. Her newer book, Truth and Repair, too."),
    C("Any colleagues who do sand tray with adults? Looking for a supplier of miniatures that aren't all European."),
    C("Kenyan client Peter Mutua Musyoka, KMPDC KMPDC A11047, a doctor, burned out after the strike. He's scared of his licence being touched if he takes leave.", [('name', 'Peter Mutua Musyoka'), ('licence', 'KMPDC A11047')]),
    C("Gentle question: how many of you have had your own therapy this year? I realised I haven't since 2022."),
    C("Referral from the clinic at Mahalapye East: Boitumelo Sebina, Omang 418926713, grief after her brother's mine accident, phone +267 71 984 302.", [('place', 'Mahalapye East'), ('name', 'Boitumelo Sebina'), ('ssn', '418926713'), ('phone', '+267 71 984 302')]),
    C('Remand client in the NT, Jacob Wunungmurra, Yolŋu, ankle monitor SCRAM CAM 40719 - the strap causes sores and he refuses to shower. Trauma history huge.', [('name', 'Jacob Wunungmurra'), ('device', 'SCRAM CAM 40719')]),
    C("Audit log: user admin@kaiapoi-counselling.nz downloaded file for Kowhai Manihera from 203.97.14.66 on 2025-01-28. We didn't authorise that. Who should I notify in NZ?", [('email', 'admin@kaiapoi-counselling.nz'), ('name', 'Kowhai Manihera'), ('ip_address', '203.97.14.66'), ('date', '2025-01-28')]),
    C("Anyone attending the Asia Pacific trauma conference in November? I'm presenting on interpreters."),
    C("Thabo Mahlangu's mother phoned me from 013 947 2218 to ask whether he attended. He's 24. I said I can't say. Did I handle that right?", [('name', 'Thabo Mahlangu'), ('phone', '013 947 2218')]),
    C("How do you keep boundaries when you're the only therapist in a small community and everyone knows you?"),
    C("How do you document risk when the client won't let you write anything down? She's terrified of a record."),
    C("I'm seeing a young man from Kibuye Gitesi whose uncle was convicted in gacaca. Jean-Paul Nshimiyimana doesn't know whether he's allowed to grieve him.", [('place', 'Kibuye Gitesi'), ('name', 'Jean-Paul Nshimiyimana')]),
    C("Which mood tracker apps are safe for clients in abusive homes? I'm worried about notifications."),
    C("Esther Achieng' lost a baby at Homa Bay Rodi Kopany after the clinic was closed for the strike. Anger at the clinic, at herself.", [('name', "Esther Achieng'"), ('place', 'Homa Bay Rodi Kopany')]),
    C("Client's bKash 01712-448902 was hacked and the hacker messaged her therapist - me. Shamima Nasrin. Report to bKash or police first?", [('account', '01712-448902'), ('name', 'Shamima Nasrin')]),
    C("What's your view on therapists sharing their own faith in session? A Muslim client asked if I pray, and I said yes."),
    C("PNG referral: Dorcas Kaupa, from Wabag Sakalis, lives in Port Moresby's Gerehu Stage 6, phone +675 7194 2281. Sorcery accusation against her aunt.", [('name', 'Dorcas Kaupa'), ('place', 'Wabag Sakalis'), ('place', "Port Moresby's Gerehu Stage 6"), ('phone', '+675 7194 2281')]),
    C("Refund to Yasmin Khoury Saadeh's Bank Audi IBAN LB62 0999 0000 0001 0019 0122 9114 after she left Lebanon - any issues with the dollar crisis?", [('name', 'Yasmin Khoury Saadeh'), ('account', 'LB62 0999 0000 0001 0019 0122 9114')]),
    C('A longer one. Hine Karaka is a Ngāti Kahungunu mum of three in Wairoa North Clyde whose house was red-stickered after the cyclone. She has moved four times, and her kids\' school has changed twice. WINZ needs her address for the grant, and she gave 22 Kopu Road which is her cousin\'s. She is scared she\'ll be "caught" and lose the payment. I\'m not a lawyer but she keeps asking me. What do people do with these practical fears in therapy?', [('name', 'Hine Karaka'), ('place', 'Wairoa North Clyde'), ('street_address', '22 Kopu Road')]),
    C('reminder that peer supervision moves to thursday this week because of the public holiday.'),
    C('A client\'s LinkedIn linkedin.com/in/tariq-mansour-alshamsi-dxb lists me as "my psychologist". Tariq Mansour al-Shamsi thinks it\'s a compliment.', [('url', 'linkedin.com/in/tariq-mansour-alshamsi-dxb'), ('name', 'Tariq Mansour al-Shamsi')]),
    C("How do you stay curious after fifteen years in the job? I noticed myself predicting a client's sentences today and hated it."),
    C("Anyone have experience with clients using ketamine from an overseas clinic? I'm seeing more of this, mostly from New Zealand."),
    C('Vanuatu: Joseline Tari, Luganville Pepsi area, email joselinetari@vanuatu.com.vu, grief after her baby died in the hospital power cut.', [('name', 'Joseline Tari'), ('place', 'Luganville Pepsi area'), ('email', 'joselinetari@vanuatu.com.vu')]),
    C("When a child discloses in session, what's your first sentence? I want mine to be calm."),
    C('Has anyone else noticed that the clients who are most articulate about trauma are often the most stuck?'),
    C('How do you explain therapy fees to a family who pays the healer in goats? Serious question.'),
    C('Priyamvada Ramgoolam in Rose-Hill Camp Levieux has been off work since the flood. Her CSG number MU-CSG-0774219 was on the form her employer forwarded to me.', [('name', 'Priyamvada Ramgoolam'), ('place', 'Rose-Hill Camp Levieux'), ('health_plan', 'MU-CSG-0774219')]),
    C('Looking for a clinical psychologist to co-supervise a student placement from July to November, remote okay.'),
    C("Lebanese client, Carla Nehme, flat Rue Gouraud, Bldg Salem, 4th floor, Gemmayzeh Mar Mikhael end - since the port blast she can't stand glass.", [('name', 'Carla Nehme'), ('street_address', 'Rue Gouraud, Bldg Salem, 4th floor'), ('place', 'Gemmayzeh Mar Mikhael end')]),
    C("Hoshang Mirza is a Parsi client from Dadar Parsi Colony whose mother is ninety-five this Navroz and needs care; siblings won't help.", [('name', 'Hoshang Mirza'), ('place', 'Dadar Parsi Colony'), ('age_over_89', 'ninety-five this Navroz')]),
    C("Egyptian referral: Mina Fawzy Gerges, national ID 29103150104337, Copt, lost his cousin in the church fire. Lives 12 Shari' El-Nozha, flat 9, Masr El Gedida Nozha side 11757.", [('name', 'Mina Fawzy Gerges'), ('ssn', '29103150104337'), ('street_address', "12 Shari' El-Nozha, flat 9"), ('place', 'Masr El Gedida Nozha side'), ('zip_code', '11757')]),
    C('Emeline Toala is a nurse in Porirua East Cannons Creek; three patients died on her shift last month.', [('name', 'Emeline Toala'), ('place', 'Porirua East Cannons Creek')]),
    C('Does anyone have experience using Motivational Interviewing with khat use in Somali clients?'),
    C('Has anyone done ACT with clients who are awaiting asylum decisions? Values work feels cruel when nothing is in their control.'),
    C("Jade Gurruwiwi works at the art centre in Yirrkala's Gunyangara end, and wants sessions by phone when the community is in sorry business.", [('name', 'Jade Gurruwiwi'), ('place', "Yirrkala's Gunyangara end")]),
    C("I've started using a 10-minute grounding walk at the start of sessions with teenage boys. Early days, but they talk more side by side."),
    C("Has anyone had success with interpersonal therapy groups (IPT-G) for postnatal depression? I've read the Uganda trials."),
    C("I'm thinking about the ethics of accepting a gift of food from a client. In my culture refusing is an insult. Where do people land on this?"),
    C('Rutendo Mhlanga-Chigwada comes from Chinhoyi Hunyani. Her aunt says she\'s "bewitched" by the university. We\'re stuck.', [('name', 'Rutendo Mhlanga-Chigwada'), ('place', 'Chinhoyi Hunyani')]),
    C("Our practice's Jane app shows a login for Mere Pohatu from 2407:7000:9b3e:4a00::1c, not NZ's usual range. She says she's never been overseas.", [('name', 'Mere Pohatu'), ('ip_address', '2407:7000:9b3e:4a00::1c')]),
    C('FAX | From: Queen Elizabeth Central, Blantyre Mandala | Re: Mphatso Chirwa | MRN QECH/PSY/88127 | reply fax +265 1 876 330', [('place', 'Blantyre Mandala'), ('name', 'Mphatso Chirwa'), ('medical_record', 'QECH/PSY/88127'), ('fax', '+265 1 876 330')]),
    C("Kenyan client Faith Wairimu Ng'ang'a, licence KE-DL AZX442719, crashed a company Probox near Naro Moru town and her colleague died. Court in two weeks.", [('name', "Faith Wairimu Ng'ang'a"), ('licence', 'KE-DL AZX442719'), ('place', 'Naro Moru town')]),
    C('Oluwaseun Adeyemi-Bakare Ojo\'s pacemaker Medtronic Azure XT SN PZX604418H has been checked twice and she still feels it "talking". Cardiac anxiety resources anyone?', [('name', 'Oluwaseun Adeyemi-Bakare Ojo'), ('device', 'Medtronic Azure XT SN PZX604418H')]),
    C('Seychelles referral: Jean-Claude Hoareau, from Baie Lazare Anse Gaulettes, NIN 986-1043-1-2-07. Alcohol, grief after a fishing loss. Can anyone recommend a Kreol-speaking colleague?', [('name', 'Jean-Claude Hoareau'), ('place', 'Baie Lazare Anse Gaulettes'), ('ssn', '986-1043-1-2-07')]),
    C('got a fax from a clinic in Kasama Chiba - Mutinta Hamoonga-Siame, file KSM-GH-00772, fax +260 214 222 471. Is there a secure way to reply or do I just email?', [('place', 'Kasama Chiba'), ('name', 'Mutinta Hamoonga-Siame'), ('medical_record', 'KSM-GH-00772'), ('fax', '+260 214 222 471')]),
    C('Looking for a colleague who does couples work in Arabic, online is fine, for a referral from the Gulf.'),
    C("Does anyone write letters to clients at the end of therapy, in the style of Michael White and David Epston? I'd like to start."),
    C("Working with shame in collectivist families - what has worked for you? I keep reaching for individual tools that don't fit."),
    C('Yuki Shimabukuro is from Naha Tsuboya and feels like a guest in mainland Japan. Okinawan identity and depression.', [('name', 'Yuki Shimabukuro'), ('place', 'Naha Tsuboya')]),
    C('Has anyone worked with Sri Lankan Tamil clients who returned from Canada? Tharshini Yogarajah-Kandiah came back to Kokuvil West to care for her mother and says she is invisible in both places.', [('name', 'Tharshini Yogarajah-Kandiah'), ('place', 'Kokuvil West')]),
    C('Supervision reflection: I realised I go quiet with angry male clients. My father shouted. Need to work on this.'),
    C("Hard week. Two clients lost family in the floods. I'm okay. Just tired."),
    C("The lodge where my client Brendan Whitehurst works has a blog with his photo: https://alicespringslodge.com.au/our-team. He's scared his ex will find him. Alice Springs' Gillen Larapinta end area.", [('name', 'Brendan Whitehurst'), ('url', 'https://alicespringslodge.com.au/our-team'), ('place', "Alice Springs' Gillen Larapinta end")]),
    C("Kalani Kealamakia surfs before sessions and comes in salty. She grew up in Hauʻula's Kaipapaʻu end and says the ocean is her only therapist.", [('name', 'Kalani Kealamakia'), ('place', "Hauʻula's Kaipapaʻu end")]),
    C("Sharing a resource: the Mindspot clinic's free courses have been useful for clients on waitlists in Australia."),
    C('Mikaere Tahuri-Hona from Murupara Kōpuriki is whāngai and has just found his birth mother on Facebook.', [('name', 'Mikaere Tahuri-Hona'), ('place', 'Murupara Kōpuriki')]),
    C("Mohammed Rafiq Chowdhury works in Lakemba's Haldon Street end, drives Uber, plate NSW EQX-41K, and was assaulted by a passenger. He hasn't logged on since.", [('name', 'Mohammed Rafiq Chowdhury'), ('place', "Lakemba's Haldon Street end"), ('vehicle', 'NSW EQX-41K')]),
    C("Long one, sorry. My client Gugulethu Mthembu is a bus driver in Pietermaritzburg's Imbali Unit 14 and has driven the same route for eleven years. On 7 February 2025 a man boarded with a knife and stabbed a schoolgirl two seats behind her; she stopped the bus and held the girl until the ambulance came. She's back at work on a phased return but freezes every time the doors open. Her depot wants a letter by Friday. How much detail is fair to give an employer?", [('name', 'Gugulethu Mthembu'), ('place', "Pietermaritzburg's Imbali Unit 14"), ('date', '7 February 2025')]),
    C('Reflection: my client said "you\'re the first person who didn\'t tell me to pray harder". Sitting with that.'),
    C("does anyone have a good handout on sleep hygiene that isn't full of jargon? mine reads like a pharmacy leaflet."),
    C("Hanadi Awad from Gaza's Shujaiya is in Egypt with her two boys, 8 and 11; the younger one hides under the bed when planes pass. Play therapy ideas with no toys?", [('name', 'Hanadi Awad'), ('place', "Gaza's Shujaiya")]),
    C("Tasman region: Aroha Te Whare-Paki from Stoke's Saxton end is 19 and says the orchard crew laughs at her. NHI ZKT4916.", [('name', 'Aroha Te Whare-Paki'), ('place', "Stoke's Saxton end"), ('medical_record', 'ZKT4916')]),
    C("Philippines referral: Rowena Dalisay, PhilHealth 12-051883017-4, Barangay Poblacion, Tanauan, lost her house and her mother's grave in the storm. Her mother's birthday is 18 October, which is next week.", [('name', 'Rowena Dalisay'), ('health_plan', '12-051883017-4'), ('place', 'Barangay Poblacion, Tanauan'), ('date', '18 October')]),
    C("I'm leading a workshop on vicarious trauma for interpreters. Any must-read papers? I have Hernandez-Wolfe already."),
    C('Her abuser started a GoFundMe about her: gofundme.com/f/help-find-mele-kaufana. Mele Tupou Kaufana is safe and has a new address. What do I do with the link?', [('url', 'gofundme.com/f/help-find-mele-kaufana'), ('name', 'Mele Tupou Kaufana')]),
    C('Has the new SHA in Kenya changed mental health cover? My clients are confused.'),
    C("Cambodian garment worker Sreymom Chhun, Stung Meanchey area, borrowed from a microfinance lender against her land title, now threatened. Her ACLEDA account 0001-20-554871-1-3 is being drained by the lender's agent.", [('name', 'Sreymom Chhun'), ('place', 'Stung Meanchey'), ('account', '0001-20-554871-1-3')]),
    C("Feeling stuck with a client who intellectualises everything. We've done eight sessions of CBT and every thought record is perfect and nothing changes."),
    C('Botswana Orange Money 72 441 980 - a client\'s uncle keeps sending me money "for her sessions" and I never agreed. Onalenna Kgosiemang is 19. How to handle?', [('account', '72 441 980'), ('name', 'Onalenna Kgosiemang')]),
    C('looking for a peer consult buddy, fortnightly, 30 min, swap cases (de-identified of course).'),
    C('Chipo Mutasa pays me by EcoCash 0773 418 902 - her husband saw the payment and asked what it was for. She wants me to invoice as "tutoring". Ethics?', [('name', 'Chipo Mutasa'), ('account', '0773 418 902')]),
    C("the old man, uncle joseph lui, is ninety-eight (his own count) and won't leave his house on erub island. family want to move him south. how do we hold this?", [('name', 'joseph lui'), ('age_over_89', 'ninety-eight (his own count)'), ('place', 'erub island')]),
    C("Reminder to take your leave. You're not helpful when you're burnt out."),
    C("Session date mix-up: Yousef Awadallah came on Sunday 9 March expecting Ramadan hours. He's in Jabal Amman 3rd circle.", [('name', 'Yousef Awadallah'), ('date', 'Sunday 9 March'), ('place', 'Jabal Amman 3rd circle')]),
    C("Chaimaa Belhaj emails from chaimaa.belhaj.cas@menara.ma then deletes the sent items. She's in Casablanca Hay Mohammadi. Should I reply with anything other than times?", [('name', 'Chaimaa Belhaj'), ('email', 'chaimaa.belhaj.cas@menara.ma'), ('place', 'Casablanca Hay Mohammadi')]),
    C("What do you do when a client's spouse wants to join a session without notice? It happened on Monday and I froze."),
    C("what are people's thoughts on therapy dogs? a client wants to bring hers."),
    C("Long request. I work with a Fijian-Indian widow, Sushila Devi Prasad, 67, from Lautoka's Natabua Tomuka end, who moved to her son's house in Manurewa Clendon Park after her husband died of diabetes. She says the house is cold, the grandchildren speak only English and she has nothing to cook for. She calls me on 021 447 9082 on Sundays because no one else calls. I worry about dependency on me. How do others build community around someone like this?", [('name', 'Sushila Devi Prasad'), ('place', "Lautoka's Natabua Tomuka end"), ('place', 'Manurewa Clendon Park'), ('phone', '021 447 9082')]),
    C('Payment: Mustafa Jaber sent sessions via Zain Cash 07801449203 from Iraq but his father controls the account. Refund to whom?', [('name', 'Mustafa Jaber'), ('account', '07801449203')]),
    C('Question for DBT folks: how strict are you about the phone coaching rule when clients have no credit?'),
    C('Long one about a FIFO worker. Jarrah Collins-Ngatai flies from Mandurah\'s Halls Head to a mine in the Pilbara, two weeks on, one off, and his partner says he\'s "not home even when he\'s home". His Medicare 5512 73904 1 is on the EAP form. He came once on a Zoom link https://zoom.us/j/93055177201 and then stopped. He told me he takes the vape to bed. The EAP gives six sessions. Is there anything useful to do in six sessions with someone who isn\'t sure he wants them?', [('name', 'Jarrah Collins-Ngatai'), ('place', "Mandurah's Halls Head"), ('health_plan', '5512 73904 1'), ('url', 'https://zoom.us/j/93055177201')]),
    C('Question about confidentiality with adolescents in Kenya - at what age can a 16-year-old consent without parents?'),
    C('Long, sorry - supervision question. My supervisee wrote a client\'s details into a case study she is presenting at a conference: Hamza Yusuf Abdi, Somali, Eastleigh Section 3, born 1 January 1990 (the date the refugee registry gives everyone), alien card KE-AC 0098815. She says it\'s "only a registry date". I think it still identifies him with the rest. How do I raise this without shaming her in front of the others?', [('name', 'Hamza Yusuf Abdi'), ('place', 'Eastleigh Section 3'), ('date', '1 January 1990'), ('ssn', 'KE-AC 0098815')]),
    C("What's the current thinking on trauma-focused work during active war? A Lebanese colleague says stabilisation only."),
    C("NT referral - Shirleen Tipiloura, Tiwi woman, from Wurrumiyanga but living in Palmerston's Moulden, Medicare 4271 86530 2-1. Grief, three funerals this year.", [('name', 'Shirleen Tipiloura'), ('place', 'Wurrumiyanga'), ('place', "Palmerston's Moulden"), ('health_plan', '4271 86530 2-1')]),
    C('Fax - Samoa TTM Hospital mental health - Losa Fuimaono, TTM-MH-18823, fax +685 21 212, from Vaitele Uta.', [('name', 'Losa Fuimaono'), ('medical_record', 'TTM-MH-18823'), ('fax', '+685 21 212'), ('place', 'Vaitele Uta')]),
    C('Does anyone know the current AHPRA guidance on advertising testimonials? A colleague wants to put client quotes on her website.'),
    C('Afghan women in Pakistan: Zarghuna Ahmadzai has been waiting 3 years for resettlement, lives in G-11/2, her phone 0333 5170 482. The waiting is the trauma now.', [('name', 'Zarghuna Ahmadzai'), ('place', 'G-11/2'), ('phone', '0333 5170 482')]),
    C('Indian client in Ruwi Wadi Kabir side - Anil Kumar Pillai, driver, Omani licence OM-DL 10849273, and the company holds his passport. Anyone know the labour-law route?', [('place', 'Ruwi Wadi Kabir side'), ('name', 'Anil Kumar Pillai'), ('licence', 'OM-DL 10849273')]),
    C('The EMDRIA conference is online this year. Anyone else attending? We could meet up virtually.'),
    C('Haji Abdul Karim Siregar is 94 by the pesantren register and in Medan Helvetia, and asks every day to go home to Aceh where he lost his family in 2004.', [('name', 'Abdul Karim Siregar'), ('age_over_89', '94 by the pesantren register'), ('place', 'Medan Helvetia')]),
    C('South African client Lerato Molefe-Tlou, medical aid Discovery 402 115 877, ran out of sessions in May. Any low-fee options in Soshanguve Block LL extension?', [('name', 'Lerato Molefe-Tlou'), ('health_plan', 'Discovery 402 115 877'), ('place', 'Soshanguve Block LL extension')]),
    C("Tea estate supervisor, Chikondi Banda-Mkandawire, 44, panic on the slopes since a landslide above Chitakale Namingazi estate lines. Can anyone recommend grounding that works when he literally can't leave the hillside?", [('name', 'Chikondi Banda-Mkandawire'), ('place', 'Chitakale Namingazi')]),
    C("Kwame Boakye-Ansah told me today he sleeps in the church in Obuasi Brahabebome because his uncle took the room. He's 17.", [('name', 'Kwame Boakye-Ansah'), ('place', 'Obuasi Brahabebome')]),
    C('She posts her recovery on YouTube: youtube.com/@akila.recovers. Akila Fernando has 40k followers and is asking me to appear. Boundaries?', [('url', 'youtube.com/@akila.recovers'), ('name', 'Akila Fernando')]),
    C('Pharmacist client Rahel Berhane Asfaw, Israeli licence IL-PH 14802, asked me to keep her addiction out of any record the ministry can see.', [('name', 'Rahel Berhane Asfaw'), ('licence', 'IL-PH 14802')]),
    C('Fax from Mzuzu Chibanja central hospital psych ward +265 1 312 118: Tiwonge Nyirenda, file MZCH-55120, admitted 29 Dec 2024, for follow-up counselling.', [('place', 'Mzuzu Chibanja'), ('fax', '+265 1 312 118'), ('name', 'Tiwonge Nyirenda'), ('medical_record', 'MZCH-55120'), ('date', '29 Dec 2024')]),
    C('Ghanaian trotro driver, Kwabena Asante-Darko, plate GR 4472-22, hit a pedestrian at Kaneshie First Light junction. Acquitted but not sleeping.', [('name', 'Kwabena Asante-Darko'), ('vehicle', 'GR 4472-22'), ('place', 'Kaneshie First Light junction')]),
    C("Algerian client Yacine Bouzid (Oran's Gambetta) sends long emails from yacine.bz.oran@gmail.com at 3am. He says writing is the only time he doesn't shake.", [('name', 'Yacine Bouzid'), ('place', "Oran's Gambetta"), ('email', 'yacine.bz.oran@gmail.com')]),
    C("Moroccan client in Rabat's Yacoub El Mansour, Khadija Ouazzani Chahdi, 34, married at 16, CNSS AMO 114907723, wants a divorce but fears her father. Any family therapy colleagues?", [('place', "Rabat's Yacoub El Mansour"), ('name', 'Khadija Ouazzani Chahdi'), ('health_plan', 'AMO 114907723')]),
    C('Our clinic just moved to Halaxy and I hate the calendar. Anyone have tips?'),
    C('Ofa Kupu sent her intake to ofakupu.nz@hotmail.com, her old account, which her ex still has. What now?', [('name', 'Ofa Kupu'), ('email', 'ofakupu.nz@hotmail.com')]),
    C('Licence question - my client Siddharth Rao Kulkarni, counsellor, RCI reg CRR A41992, was named in a complaint and wants to talk it through. Is that a conflict for me?', [('name', 'Siddharth Rao Kulkarni'), ('licence', 'CRR A41992')]),
    C("Gottman Method training - worth it? It's expensive and I mostly do individual work."),
    C('fax header: KHCC AMMAN KHALIDI ST +962 6 530 0461 / re: Layan Odeh Shawabkeh / KHCC-0419922 / chemo-related depression, 17 yrs', [('place', 'AMMAN KHALIDI ST'), ('fax', '+962 6 530 0461'), ('name', 'Layan Odeh Shawabkeh'), ('medical_record', 'KHCC-0419922')]),
    C("Samoan client Faasalele Tuilagi, Otahuhu's Fairburn, NZ licence NZ DL EK447192, suspended after drink-driving on the way to a funeral.", [('name', 'Faasalele Tuilagi'), ('place', "Otahuhu's Fairburn"), ('licence', 'NZ DL EK447192')]),
    C("Hearing aid stolen: Khalil Darwish's Oticon Intent 1 SN 9912-40718 went missing at the clinic in Sidon Haret Saida. He's isolated now.", [('name', 'Khalil Darwish'), ('device', 'Oticon Intent 1 SN 9912-40718'), ('place', 'Sidon Haret Saida')]),
    C('anyone else tired of insurance companies wanting a diagnosis in session one?'),
    C('Client posted our session times on her TikTok tiktok.com/@lupe.vaipulu.fits. Lupe Vaipulu says it\'s "accountability". Should I say anything?', [('url', 'tiktok.com/@lupe.vaipulu.fits'), ('name', 'Lupe Vaipulu')]),
    C("Her Linktree linktr.ee/taniela.sings links to a crowdfund for her therapy with me. Taniela Fusitu'a, 20, Logan Central's Wembley Road end.", [('url', 'linktr.ee/taniela.sings'), ('name', "Taniela Fusitu'a"), ('place', "Logan Central's Wembley Road end")]),
    C("Syrian refugee in Jordan, Umm Yazan, real name Fatima Hourani, from Daraa al-Balad, lives in Mafraq's Hay al-Hussein. Her UNHCR case 945-00188431.", [('name', 'Umm Yazan'), ('name', 'Fatima Hourani'), ('place', 'Daraa al-Balad'), ('place', "Mafraq's Hay al-Hussein"), ('ssn', '945-00188431')]),
    C("Reading group this month is Frantz Fanon's Black Skin, White Masks. Bring one passage that changed how you sit with clients."),
    C("Moana Teihoarii is in Titahi Bay's Onepoto end for the summer with her nan and won't answer her mum's calls.", [('name', 'Moana Teihoarii'), ('place', "Titahi Bay's Onepoto end")]),
    C('Yasmin Ouedraogo is from Djibo Mentao and has lost touch with her brother since the attack. How do I support ambiguous loss when the news is so bad?', [('name', 'Yasmin Ouedraogo'), ('place', 'Djibo Mentao')]),
    C("A Libre sensor FreeStyle Libre 3 SN 0M00XQ9A417 fell off Reuben Ah-Chee's arm at school and the kids posted it. He's 13, Flaxmere Omahu Road side.", [('device', 'FreeStyle Libre 3 SN 0M00XQ9A417'), ('name', 'Reuben Ah-Chee'), ('place', 'Flaxmere Omahu Road side')]),
    C("Thinking about cultural supervision for non-Māori therapists - how do you find a kaumātua who's willing?"),
    C('Can anyone recommend training in narrative exposure therapy (NET) for counsellors working with refugees? Online preferred, ideally before June.'),
    C("I found Irvin Yalom's The Gift of Therapy on my shelf today and reread the chapter on here-and-now. Still good."),
    C("I'm reading Bessel van der Kolk again and struggling with how much he leans on body work. Anyone have a critique to recommend?"),
    C("Portal IPs again: Zainab Musa logs in from 105.112.44.201 and a second device at 197.210.54.9 she says isn't hers. Kano Sabon Gari's Enugu Road end.", [('name', 'Zainab Musa'), ('ip_address', '105.112.44.201'), ('ip_address', '197.210.54.9'), ('place', "Kano Sabon Gari's Enugu Road end")]),
    C('Has anyone seen Tsegaye Woldemichael before? He said he saw "a lady counsellor" in Mekelle Kedamay Weyane in 2019 and I\'d like to know what helped.', [('name', 'Tsegaye Woldemichael'), ('place', 'Mekelle Kedamay Weyane')]),
    C('Sharing for anyone in Aotearoa: Te Whare Tapa Whā still shapes my assessments more than the DSM-5 does.'),
    C('I need a gentle way to say "I\'m not a doctor, I can\'t prescribe" to a client who has asked five times.'),
    C("What do you do with your own grief when a long-term client dies? Mine died in January and I'm still raw."),
    C('Cook Islands client Teina Marsters-Tuara in Arorangi Akaoa, grieving her nana. Her email teina.m.tuara71@oyster.net.ck.', [('name', 'Teina Marsters-Tuara'), ('place', 'Arorangi Akaoa'), ('email', 'teina.m.tuara71@oyster.net.ck')]),
    C("Does anyone have a policy on clients recording sessions on their phones? Mine asked and I said I'd think about it."),
    C("Does anyone run groups in isiXhosa? I'd love to hear how you handle psychoeducation terms that don't translate well."),
    C("i'm looking for a co-facilitator for a grief group in Term 2 - online, evenings, small fee. message me."),
    C("Hearing aid question: Bernadette Nakamura is ninety as of last Makahiki and lives in Honolulu's Mōʻiliʻili; her aids Phonak Audéo L90 SN 2244917XC keep falling out in session and she won't wear the new ones.", [('name', 'Bernadette Nakamura'), ('age_over_89', 'ninety as of last Makahiki'), ('place', "Honolulu's Mōʻiliʻili"), ('device', 'Phonak Audéo L90 SN 2244917XC')]),
    C("My first client ever wrote to me this week, ten years on, to say she's well. Made my month."),
    C("Interested in hearing from therapists using Zoom with clients in rural Tanzania. What's your fallback when the signal drops?"),
    C("Tuk-tuk driver in Mombasa's Majengo Mapya, Hamisi Mwachiro, plate KTWA 442H, assaulted at the Likoni ferry stage. Flashbacks at every queue.", [('place', "Mombasa's Majengo Mapya"), ('name', 'Hamisi Mwachiro'), ('vehicle', 'KTWA 442H'), ('place', 'Likoni ferry')]),
    C('Koffi Agbeko runs a phone kiosk at Lomé Bè Kpota and is refusing to go to the hospital for his chest pain because "the spirits are in it".', [('name', 'Koffi Agbeko'), ('place', 'Lomé Bè Kpota')]),
    C("Shahana Begum Lucky in Sylhet's Zindabazar says her husband in the UK tells her what to say in sessions. She whispers.", [('name', 'Shahana Begum Lucky'), ('place', "Sylhet's Zindabazar")]),
    C("anyone know if medicare covers couples sessions? a client asked and i genuinely don't know."),
    C('Japanese client Takahashi Yui (family name first), Kesennuma Shishiori, wants to talk about her grandmother who was ninety-six by the koyomi when the wave took her.', [('name', 'Takahashi Yui'), ('place', 'Kesennuma Shishiori'), ('age_over_89', 'ninety-six by the koyomi')]),
    C("Jireh Lomu pays weekly by PayID jireh.lomu@kiwibank.co.nz and the last payment came from someone else. She says it's her aunty.", [('name', 'Jireh Lomu'), ('account', 'jireh.lomu@kiwibank.co.nz')]),
    C("Keola Kahananui, 87-1940 Farrington Hwy, Waiʻanae's Mailiʻili end, HI 96792-3318, wants sessions after his cousin's overdose. Anyone see Native Hawaiian clients in person out there?", [('name', 'Keola Kahananui'), ('street_address', '87-1940 Farrington Hwy'), ('place', "Waiʻanae's Mailiʻili end"), ('zip_code', '96792-3318')]),
    C("Nurse client Evangeline Ramos, PRC licence PRC RN 0558213, can't renew while abroad because of a fraud flag. Anxiety through the roof.", [('name', 'Evangeline Ramos'), ('licence', 'PRC RN 0558213')]),
    C("Does the Beck Depression Inventory feel outdated to anyone else? The items don't fit my Pacific clients."),
    C("Australian client Trent Kelleher-Moore, 3 Coolibah Cres, Katherine East's Coolibah end NT NT 0850-E, grief after a croc took his dog at the river - embarrassed to call it grief.", [('name', 'Trent Kelleher-Moore'), ('street_address', '3 Coolibah Cres'), ('place', "Katherine East's Coolibah end"), ('zip_code', 'NT 0850-E')]),
    C("What's the evidence on lay counsellors delivering CBT for psychosis? Asking for a programme design meeting in May."),
    C("Does anyone else struggle to switch off after online sessions? There's no drive home to decompress."),
    C("Lao client, Souksavanh Phommachanh Inthavong, lost her son in the dam collapse near Sanamxay Ban Mai. She won't say his name. Is it ok that I don't push?", [('name', 'Souksavanh Phommachanh Inthavong'), ('place', 'Sanamxay Ban Mai')]),
    C("Lindiwe Magagula told me her brother in Lobamba Ezulwini saw the police shooting. She's in KwaZulu-Natal, shaking as she says it.", [('name', 'Lindiwe Magagula'), ('place', 'Lobamba Ezulwini')]),
    C('Tuvalu woman Losana Teo, Funafuti Fakaifou, wants her family to stop planning a move to Fiji. Any colleagues familiar with climate grief in small islands?', [('name', 'Losana Teo'), ('place', 'Funafuti Fakaifou')]),
    C('Malawian bus accident survivor Limbani Phiri uses a prosthetic leg, serial OTTO-B 3R80-44197, and says the socket rubs since the clinic in Limbe Chichiri changed it. Can it be a trauma trigger?', [('name', 'Limbani Phiri'), ('device', 'OTTO-B 3R80-44197'), ('place', 'Limbe Chichiri')]),
    C("What's your favourite book for teenagers about anxiety? Mine is Hey Warrior for the young ones."),
    C("I have a client who speaks Tok Pisin and English and switches when she's upset. Do you follow the switch or name it?"),
    C("Liam Te Aho got in touch from Ōpōtiki Hukutaia - his brother was killed and he's being pressured to join the patch.", [('name', 'Liam Te Aho'), ('place', 'Ōpōtiki Hukutaia')]),
    C("Victoria Pwono's pacemaker Abbott Assurity MRI SN 3418820 alarm went off in church in Lae Eriku and people said it was a demon. She's ashamed to go back.", [('name', 'Victoria Pwono'), ('device', 'Abbott Assurity MRI SN 3418820'), ('place', 'Lae Eriku')]),
    C('FIJI FAX - Colonial War Memorial Hospital, Suva Toorak upper end - Mental health unit - re Ilisapeci Vunivalu, DOB 22/06/1988, file CWM-MH-0049185, fax +679 331 5041.', [('place', 'Suva Toorak upper end'), ('name', 'Ilisapeci Vunivalu'), ('date', '22/06/1988'), ('medical_record', 'CWM-MH-0049185'), ('fax', '+679 331 5041')]),
    C("Ugandan nurse Nakato Sharifah, on leave after the ward fight at Kawempe Kazo. Her council licence UNMC RN 31944 was suspended pending inquiry - she's terrified of losing it.", [('name', 'Nakato Sharifah'), ('place', 'Kawempe Kazo'), ('licence', 'UNMC RN 31944')]),
    C('Dubai: Maricel Dumlao works as a nanny in Al Barsha South 2 and her employer reads her phone. She messaged from maricel.dumlao88@gmail.com. Safe way to do sessions?', [('name', 'Maricel Dumlao'), ('place', 'Al Barsha South 2'), ('email', 'maricel.dumlao88@gmail.com')]),
    C('Has anyone worked with quetiapine at low doses for sleep in older clients? Prescriber wants to and the family is nervous.'),
    C("Thoughts on Problem Management Plus (PM+) for people who can't read? I'm adapting the worksheets into pictures."),
    C('Insulin pump question: Ruvimbo Mlambo, 15, Chitungwiza Zengeza 4, pump MiniMed 780G SN NG2719046, hides it at school. Parents want me to make her wear it.', [('name', 'Ruvimbo Mlambo'), ('place', 'Chitungwiza Zengeza 4'), ('device', 'MiniMed 780G SN NG2719046')]),
    C('Question for peers in Rwanda: Uwimana Clarisse wants to speak at the commemoration in Nyamata Kanazi cell this April but shakes every time she practises. Her ID 1 1978 8 0129844 0 52 was photocopied into the church file - is that normal there?', [('name', 'Uwimana Clarisse'), ('place', 'Nyamata Kanazi cell'), ('ssn', '1 1978 8 0129844 0 52')]),
    C('Which screening tool do you use for postpartum psychosis risk in a first visit?'),
    C("My client Selam Habtezion left Asmara Godaif at 16 and crossed the Sinai. She won't talk about the desert. Is it ok to just work on now?", [('name', 'Selam Habtezion'), ('place', 'Asmara Godaif')]),
    C('My client Rizwana left her husband and is staying in Shaheen Bagh; her brothers want her back. Safety plans for honour-based risk?', [('name', 'Rizwana'), ('place', 'Shaheen Bagh')]),
    C("Nyi Nyi Aung escaped to Mae Sot Huay Kalok and can't sleep since the airstrike on his village. He's 19.", [('name', 'Nyi Nyi Aung'), ('place', 'Mae Sot Huay Kalok')]),
    C('Teaching note: remind trainees that the MSE is an observation, not a judgement.'),
    C("Does anyone know a Shona-speaking counsellor near Masvingo Rujeko? Tapiwa Zhou's father won't consent to English.", [('place', 'Masvingo Rujeko'), ('name', 'Tapiwa Zhou')]),
    C('fax to my office from a GP in Ba Rarawai: "Ravinesh Kumar Goundar, BA-HC 004471, pls see re grief" - fax number on it +679 667 4012. Grief over his brother\'s cane-truck death.', [('place', 'Ba Rarawai'), ('name', 'Ravinesh Kumar Goundar'), ('medical_record', 'BA-HC 004471'), ('fax', '+679 667 4012')]),
    C("Yohannes Gebrekidan drives for a tour company out of Lalibela Shimsha and since the fighting reached the town he won't drive past the airport.", [('name', 'Yohannes Gebrekidan'), ('place', 'Lalibela Shimsha')]),
    C('Has anyone worked with diamond sorters? Kagiso Modisaotsile sorts stones on night shift and says the search at the gate every morning feels like being accused. He grew up in Letlhakane Old Village and his father did the same job.', [('name', 'Kagiso Modisaotsile'), ('place', 'Letlhakane Old Village')]),
    C('Fax received 11/03/2025 from Kisumu Nyalenda B ward sub-county hospital: "Pt Akinyi Otieno Achieng, IP no JOOTRH-IP-5571023, referred for counselling following suicide attempt." Fax 057 202 1864.', [('date', '11/03/2025'), ('place', 'Kisumu Nyalenda B ward'), ('name', 'Akinyi Otieno Achieng'), ('medical_record', 'JOOTRH-IP-5571023'), ('fax', '057 202 1864')]),
    C("Anyone using Tree of Life (Ncazelo Ncube and David Denborough) with adult groups? I've only used it with children."),
    C('Fax from psychiatry, Parow Valley hospital: Lwazi Ntanzi, folder TBH 1844-0973, DOB 2001-05-19, discharge summary attached; reply to 021 938 4410.', [('place', 'Parow Valley'), ('name', 'Lwazi Ntanzi'), ('medical_record', 'TBH 1844-0973'), ('date', '2001-05-19'), ('fax', '021 938 4410')]),
    C('Any trauma-informed guides for police in Papua New Guinea? A local NGO asked me and I had nothing.'),
    C('Wanjiku Mumbi-Karanja keeps saying her mother-in-law in Limuru Ngecha cursed the baby. How do others work with curse beliefs without dismissing them?', [('name', 'Wanjiku Mumbi-Karanja'), ('place', 'Limuru Ngecha')]),
    C("Sung-min Baek's mother runs a restaurant in Ansan Wongok-dong's market alley and won't let him leave to study. He's 24.", [('name', 'Sung-min Baek'), ('place', "Ansan Wongok-dong's market alley")]),
    C("Iran: Shirin Karimi-Tabrizi (codemeli 0074312596) lives in Tehran's Tehranpars, teacher, dismissed after a protest. Works with me online from 5.120.44.91.", [('name', 'Shirin Karimi-Tabrizi'), ('ssn', '0074312596'), ('place', "Tehran's Tehranpars"), ('ip_address', '5.120.44.91')]),
    C("My client's vanilla crop was stolen at night in Antalaha Ambodipont, and he now sleeps in the field with a machete. Rakotomalala Haja is 52. How do you work with hypervigilance when the threat is real?", [('place', 'Antalaha Ambodipont'), ('name', 'Rakotomalala Haja')]),
    C('Mohan Thapa was born in 1932, so ninety-two or near it by the regimental roll, and lives with his son in Dharan Bijayapur; he was a Gurkha in Burma and now wakes shouting.', [('name', 'Mohan Thapa'), ('age_over_89', 'ninety-two or near it by the regimental roll'), ('place', 'Dharan Bijayapur')]),
    C('Fax cover: To counselling unit, from psychiatry ward Mutare Sakubva hospital. Patient Tendai Mapfumo-Chiwenga, file MPH-2024-11873, discharged 03.10.2024. Fax +263 20 2064 417.', [('place', 'Mutare Sakubva'), ('name', 'Tendai Mapfumo-Chiwenga'), ('medical_record', 'MPH-2024-11873'), ('date', '03.10.2024'), ('fax', '+263 20 2064 417')]),
    C("I've just finished Dr Gabor Maté's The Myth of Normal. Mixed feelings - curious what others thought."),
    C('Tongan client in Queensland, Siosaia Fifita Mahe, Inala Serviceton, QLD licence QLD DL 118 442 907, drove the church van that rolled. Two kids hurt.', [('name', 'Siosaia Fifita Mahe'), ('place', 'Inala Serviceton'), ('licence', 'QLD DL 118 442 907')]),
    C("My supervisor retired in December and I'm looking for a new one. Preferably someone with experience in perinatal work and EMDR."),
    C("Otago: my client Hamish Laidlaw-Tane drives for a courier, plate NZ PLT KXR882, and was rammed in South Dunedin's Caversham flat. He can't do that run anymore.", [('name', 'Hamish Laidlaw-Tane'), ('vehicle', 'NZ PLT KXR882'), ('place', "South Dunedin's Caversham flat")]),
    C("Our zoom link got forwarded by a client's brother: https://us06web.zoom.us/j/87214490633. Client is Nomvula Khoza-Ndlela. How do you tell her without making it her fault?", [('url', 'https://us06web.zoom.us/j/87214490633'), ('name', 'Nomvula Khoza-Ndlela')]),
    C("Ndapewa Shikongo-Haufiku lost her husband at sea off Lüderitz Shark Island side in March. Her sister keeps calling her by his boat's name as if that helps. How do you hold a widow who wants to go back onto the water?", [('name', 'Ndapewa Shikongo-Haufiku'), ('place', 'Lüderitz Shark Island side')]),
    C("I'm worried about Ibrahim Adam Tia. He came from Kassala Khatmiya last year and now says he hears his sister at night.", [('name', 'Ibrahim Adam Tia'), ('place', 'Kassala Khatmiya')]),
    C("Priya Singh-Lal is from Labasa Vunimoli and married into a family in Papatoetoe East's Kolmar end. Mother-in-law issues in three languages.", [('name', 'Priya Singh-Lal'), ('place', 'Labasa Vunimoli'), ('place', "Papatoetoe East's Kolmar end")]),
    C("Grandmother Nguyễn Thị Bảy, 97 years old by her papers, in Springvale South's Athol end, dreams of the boat every night. Her granddaughter interprets.", [('name', 'Nguyễn Thị Bảy'), ('age_over_89', '97 years old by her papers'), ('place', "Springvale South's Athol end")]),
    C('Looking for a quiet room to rent two mornings a week. Somewhere central, near public transport.'),
    C("Best resources on moral injury for healthcare workers? I'm seeing nurses after COVID and the war, and guilt is the theme."),
    C('Any thoughts on using Islamic trauma-informed approaches alongside TF-CBT? A client asked whether sabr and therapy can sit together.'),
    C("Telehealth: Sina Leota keeps connecting from 2001:df0:a6:9c10::45 which our IT says is a Samoan ISP, but she says she's in Māngere Bridge's Ambury end.", [('name', 'Sina Leota'), ('ip_address', '2001:df0:a6:9c10::45'), ('place', "Māngere Bridge's Ambury end")]),
    C("Our telehealth log shows Bakhyt Zhumabekov joining from 37.150.203.14 during work hours - his employer's VPN. Is that our problem or his?", [('name', 'Bakhyt Zhumabekov'), ('ip_address', '37.150.203.14')]),
    C("Gujarati student in Vadodara's Alkapuri, Dhruv Patel, 19, KYC-linked UPI dhruvpatel19@okaxis being used by a loan app to threaten him. Panic daily.", [('place', "Vadodara's Alkapuri"), ('name', 'Dhruv Patel'), ('account', 'dhruvpatel19@okaxis')]),
    C('Would anyone share how they set up a low-cost group practice? We have three counsellors and no admin.'),
    C('Noor Khalid al-Sabah is, her family says, ninety-one this Hijri year, and lives in Salmiya Block 10. She thinks her late son is coming home from work. Grief or dementia?', [('name', 'Noor Khalid al-Sabah'), ('age_over_89', 'ninety-one this Hijri year'), ('place', 'Salmiya Block 10')]),
    C("When do you bring in a client's faith community? A Baptist client wants her pastor in a session and I'm torn."),
    C("I'm getting better at silence. It took me eight years."),
    C("Tanzanian tour driver, Baraka Mollel, plate T 418 DKW, was robbed on the road to Mto wa Mbu and now won't drive after dark. Safari season starts next month.", [('name', 'Baraka Mollel'), ('vehicle', 'T 418 DKW'), ('place', 'Mto wa Mbu')]),
    C('Incoming fax +971 4 219 3008 from a clinic in Al Qusais Industrial 2 camp: Jinky Bautista, domestic worker, file DHA-QS-448190, panic attacks.', [('fax', '+971 4 219 3008'), ('place', 'Al Qusais Industrial 2 camp'), ('name', 'Jinky Bautista'), ('medical_record', 'DHA-QS-448190')]),
    C("Do any of you charge for missed sessions when the client has a sick child? I'm rethinking my policy."),
    C("Wondering about online therapy across borders - if I'm registered in Queensland can I see a client who moved to Fiji?"),
    C("Access log for Davina Kauhalalalo shows 124.197.16.42 from 3am - she's in the ED that night. Someone has her password.", [('name', 'Davina Kauhalalalo'), ('ip_address', '124.197.16.42')]),
    C("When you work with a client who's also a therapist, how much of the theory do you name?"),
    C("Session link leaked: meet.jit.si/therapy-amarachi-okafor. Amarachi Okafor says her brother joined it. She's in Enugu Independence Layout.", [('url', 'meet.jit.si/therapy-amarachi-okafor'), ('name', 'Amarachi Okafor'), ('place', 'Enugu Independence Layout')]),
    C("Health card: Ha Thi Lan's BHYT DN 4 79 79 24 310 4471 expired and her husband won't renew it. She's in Biên Hòa Tân Mai, 810000.", [('name', 'Ha Thi Lan'), ('health_plan', 'DN 4 79 79 24 310 4471'), ('place', 'Biên Hòa Tân Mai'), ('zip_code', '810000')]),
    C("Chinese student in Victoria, Zhang Xinyi Ruo, from Zhengzhou's Erqi district, sends me WeChat messages at 4am. Her email xinyi.zhang4@student.unimelb.edu.au.", [('name', 'Zhang Xinyi Ruo'), ('place', "Zhengzhou's Erqi district"), ('email', 'xinyi.zhang4@student.unimelb.edu.au')]),
    C("i've stopped doing intake forms on the first day - we just talk. the forms can wait. anyone else?"),
    C('Has the Zimbabwe Friendship Bench manual been translated into Chichewa? A colleague in Malawi is asking.'),
    C('Timor-Leste: Ermelinda da Costa Soares from Maubisse Horaiquic lost her husband in 1999 and now her son is in Australia. Her Tetum is better than her Portuguese - would an interpreter help or get in the way?', [('name', 'Ermelinda da Costa Soares'), ('place', 'Maubisse Horaiquic')]),
    C('Any Khmer speakers? Sophal Keo in Battambang Ratanak wants to talk about his father but only in Khmer.', [('name', 'Sophal Keo'), ('place', 'Battambang Ratanak')]),
    C('Makerita Pulu\'s son took a photo of her oxygen concentrator Inogen G5 SN 2409-118347 and posted it "for prayers". She\'s mortified. Ōtara East Bairds side.', [('name', 'Makerita Pulu'), ('device', 'Inogen G5 SN 2409-118347'), ('place', 'Ōtara East Bairds side')]),
    C('Burundian refugee in Mahama camp village 4, Ndayishimiye Aline, proGres RWA-17-C099442, wants help writing a letter to her sons in Tanzania.', [('place', 'Mahama camp village 4'), ('name', 'Ndayishimiye Aline'), ('ssn', 'RWA-17-C099442')]),
    C("How do you approach sertraline hesitancy when a client's pastor has told her medication is a lack of faith?"),
    C('Lesotho textile worker, Mpho Lerotholi, sews jeans in Thetsane industrial area and has stopped eating at lunch because a supervisor watches. Her sister in Ha Abia says she was always the strong one.', [('name', 'Mpho Lerotholi'), ('place', 'Thetsane industrial area'), ('place', 'Ha Abia')]),
    C("Client's husband installed a tracker on her car, plate GP FT 48 KH. Zanele Dube, 36, lives 31 Vilakazi Street, Orlando West's Vilakazi end SA 1804-OW. Safety plan first or report first?", [('vehicle', 'GP FT 48 KH'), ('name', 'Zanele Dube'), ('street_address', '31 Vilakazi Street'), ('place', "Orlando West's Vilakazi end"), ('zip_code', 'SA 1804-OW')]),
    C("Pita Havili Faleafa drives a forklift in Penrose's Hugo Johnston end and says the yard reminds him of the wharf at home in Neiafu Sailoame. Homesick.", [('name', 'Pita Havili Faleafa'), ('place', "Penrose's Hugo Johnston end"), ('place', 'Neiafu Sailoame')]),
    C('Hello all, Mamadou Diallo-Sow from Labé Kouroula Tata end is asking whether therapy "is for crazy people". Any good one-liners in French?', [('name', 'Mamadou Diallo-Sow'), ('place', 'Labé Kouroula Tata end')]),
    C("My client's great-aunt is a hundred and three since the Hijri new year, lives in Zanzibar's Mwanakwerekwe, and wants to tell the family about 1964 before she dies. Can we do family sessions by phone?", [('age_over_89', 'a hundred and three since the Hijri new year'), ('place', "Zanzibar's Mwanakwerekwe")]),
    C("Ines Ben Slimane is 23 and lives above her family's pastry shop in Sfax Médina north. She pulls her hair in the back room. Her mother found out on Eid. Any thoughts on HRT for a family business setting?", [('name', 'Ines Ben Slimane'), ('place', 'Sfax Médina north')]),
    C("Anyone worked with Uyghur clients in Turkey? Mihrigul Tursun is in Zeytinburnu, and hasn't heard from her parents since 2017.", [('name', 'Mihrigul Tursun'), ('place', 'Zeytinburnu')]),
    C('Lin Yu-ting Hsieh (Taiwanese, 34) works night shift at a fab in Hsinchu Baoshan, health card NHI 000012884637, panic on the cleanroom floor. Anyone know how to do exposure when the trigger is a gown?', [('name', 'Lin Yu-ting Hsieh'), ('place', 'Hsinchu Baoshan'), ('health_plan', 'NHI 000012884637')]),
    C("What's the best way to explain lithium monitoring to a client who's frightened of blood tests?"),
    C("DOB on the form: 04/07/1979. Rudo Makoni, Gweru Mkoba 6. She asked me to remove it and I'm not sure we can.", [('date', '04/07/1979'), ('name', 'Rudo Makoni'), ('place', 'Gweru Mkoba 6')]),
    C('do people ask clients about their phone security in intake now? feels necessary with all the spyware.'),
    C("Client asked me to email her at her sister's address taufa.family.nukualofa@gmail.com - Ana Taufa doesn't have her own. Is that ok?", [('email', 'taufa.family.nukualofa@gmail.com'), ('name', 'Ana Taufa')]),
    C("Quick poll: how many of you still use paper notes? I'm being pushed onto an app and I don't trust it yet."),
    C("How do you work when a client's partner is present in the room during telehealth? You can hear him off-camera."),
    C("I'm presenting on Ubuntu-informed therapy at the PsySSA congress. Looking for case-free examples of practice."),
    C("Has anyone read Vikram Patel's work on task-sharing? Wondering how it applies to private practice rather than public health."),
    C("My client's CPAP ResMed AirSense 11 SN 23192811447 was stolen in a break-in in Woodridge's Kingston end and she can't sleep without it; Tupe Leiataua, 52.", [('device', 'ResMed AirSense 11 SN 23192811447'), ('place', "Woodridge's Kingston end"), ('name', 'Tupe Leiataua')]),
    C('Forwarded portal note: "Session booked by rangi.tipene@xtra.co.nz for Rangi Tipene, IP 115.189.82.204." He says he didn\'t book it - his sister did.', [('email', 'rangi.tipene@xtra.co.nz'), ('name', 'Rangi Tipene'), ('ip_address', '115.189.82.204')]),
    C('in the middle of a burnout wave in our team. 4 resignations since october. no idea how to raise it with management.'),
    C("The WHO mhGAP guide has a chapter on self-harm that's more practical than I expected. Worth a look if you work in primary care."),
    C("Qatari referral - Hamad Jassim al-Kuwari, QID 28863404219, panic since his brother's crash on the Salwa road; lives Building 41, Street 870, Zone 56.", [('name', 'Hamad Jassim al-Kuwari'), ('ssn', '28863404219'), ('street_address', 'Building 41, Street 870, Zone 56')]),
    C("has anyone got a good script for explaining why i don't do hugs? a grieving client asked and i fumbled it."),
    C("Bangladeshi client in Singapore, dormitory in Tuas South dorm 3, Md. Rubel Hossain, work permit G 4472 019 K, fell from scaffolding, can't climb a ladder. Any migrant-worker orgs there?", [('place', 'Tuas South dorm 3'), ('name', 'Md. Rubel Hossain'), ('ssn', 'G 4472 019 K')]),
    C('Abebech Gobena-Lemma lost two brothers in the war, and now her son wants to join the militia in Gondar Azezo. How do you talk to a mother about that?', [('name', 'Abebech Gobena-Lemma'), ('place', 'Gondar Azezo')]),
    C("Iranian truck driver Morteza Ghasemi, plate ایران 22 - 718 ب 43, crashed near Bazargan. He's now in Turkey and hears the brakes at night.", [('name', 'Morteza Ghasemi'), ('vehicle', 'ایران 22 - 718 ب 43'), ('place', 'Bazargan')]),
    C("Noura Saleh Bin Ghaith is a Yemeni student in Kuala Lumpur's Setapak who hasn't heard from her father in Taiz al-Qahira for six weeks.", [('name', 'Noura Saleh Bin Ghaith'), ('place', "Kuala Lumpur's Setapak"), ('place', 'Taiz al-Qahira')]),
    C('How are people setting boundaries with clients who send voice notes at midnight? My phone is full of them.'),
    C("What's the evidence for the Friendship Bench model outside Zimbabwe? I'm trying to pitch lay counsellors to a health department."),
    C('How do others handle Christmas for clients who are alone? I always feel useless in December.'),
    C('A quick check: Zawadi Mrisho in Moshi Soweto, 22, is asking for sessions in Kiswahili. Anyone?', [('name', 'Zawadi Mrisho'), ('place', 'Moshi Soweto')]),
    C('i forgot to lock my laptop in a cafe yesterday. nothing happened but i shook for an hour.'),
    C("Tasmanian client Callum Fairbrother, DOB 2 August 1957, lives at 14 Pedder St, New Town's Risdon Road end TAS 7008, retired ferry engineer, grief and drinking.", [('name', 'Callum Fairbrother'), ('date', '2 August 1957'), ('street_address', '14 Pedder St'), ('place', "New Town's Risdon Road end"), ('zip_code', '7008')]),
    C('Ghana: Akosua Frimpong-Manso (NHIS NHIS 39104627) was turned away at the psychiatric hospital in Pantang village because her card had expired. Advocacy ideas?', [('name', 'Akosua Frimpong-Manso'), ('health_plan', 'NHIS 39104627'), ('place', 'Pantang village')]),
    C('For those working in Hindi and Urdu, how do you translate "boundaries"? The literal word feels cold.'),
    C("Peer consult: a client told me she'd stop taking her olanzapine because of weight gain. I respected it, then worried all weekend."),
    C("Ruby Nganjmirra from Gunbalanya's Oenpelli camp side came down to hospital and is homesick after two months.", [('name', 'Ruby Nganjmirra'), ('place', "Gunbalanya's Oenpelli camp side")]),
    C('Does anyone have a simple explainer on PTSD for children aged 7-10? Something I can read with them, not at them.'),
    C("Aisha Lawal's Opay 8142 907 361 was used to pay for sessions for her friend too. Two clients one account.", [('name', 'Aisha Lawal'), ('account', '8142 907 361')]),
    C("A client found my old profile on psychologytoday.com/au/therapists/dandenong-vic/4407211, and asked if I also see her cousin. Saba Noorzai, Dandenong North's Stud Park side.", [('url', 'psychologytoday.com/au/therapists/dandenong-vic/4407211'), ('name', 'Saba Noorzai'), ('place', "Dandenong North's Stud Park side")]),
    C("How do you work with clients who attribute depression to a spirit? I don't want to pathologise and I don't want to collude."),
    C('Is anyone else teaching psychoeducation through proverbs? The Swahili ones work beautifully.'),
    C("Client paid with a Wise account GB33 TRWI 2314 7041 9902 81 - Nadia Rahimi Sultani, Afghan, in Sunshine North. Is it her account or her husband's?", [('account', 'GB33 TRWI 2314 7041 9902 81'), ('name', 'Nadia Rahimi Sultani'), ('place', 'Sunshine North')]),
    C("Anyone else find that clients fasting in Ramadan prefer evening sessions after Iftar? I'm rearranging my diary and want to get it right."),
    C("Omani student Muzna al-Balushi in Bentley, WA, is on a scholarship and scared her embassy will find out she's in therapy. Email muzna.b@student.curtin.edu.au.", [('name', 'Muzna al-Balushi'), ('place', 'Bentley'), ('email', 'muzna.b@student.curtin.edu.au')]),
    C('Fax from Gezira Sporting side clinic - re: Amna Osman Babiker, DOB 14/09/1961, Sudanese, fled the war. File ZMK-PSY-22/0784. Fax back +20 2 2736 9015.', [('place', 'Gezira Sporting side'), ('name', 'Amna Osman Babiker'), ('date', '14/09/1961'), ('medical_record', 'ZMK-PSY-22/0784'), ('fax', '+20 2 2736 9015')]),
    C('Fetu Seumanutafa wants me to meet her aiga in Cannon Hill, QLD. Family sessions at 12 people - anyone done it?', [('name', 'Fetu Seumanutafa'), ('place', 'Cannon Hill')]),
    C("URGENT: supervisee put a client's full name and NHIF number in a group chat: Kipchumba Rotich, NHIF 7710593. Group admin has removed it. What do we owe the client now?", [('name', 'Kipchumba Rotich'), ('health_plan', 'NHIF 7710593')]),
    C('Workshop recommendation: Kenya Psychological Association runs a good ethics refresher every September.'),
    C("Reflection after a good session: we didn't do any technique today, we just talked about her garden."),
    C('Hazara client in Balochistan, Shukria Rezaie, Marriabad Alamdar Road side, lost her husband in the 2013 snooker hall bombing, and now her son is going to Iran illegally.', [('name', 'Shukria Rezaie'), ('place', 'Marriabad Alamdar Road side')]),
    C("Has anyone tried Compassion Focused Therapy with clients from shame-based cultures? Paul Gilbert's book is on my desk."),
    C('Can I ask how people manage the end-of-year rush? Everyone wants a session before the holidays.'),
    C('Does anyone use the Arabic version of the GAD-7? Some items feel odd in Levantine dialect.'),
    C("Does anyone do walk-and-talk sessions in summer? I'm thinking of trying it in February."),
    C('how do you reply to a client who sends "thank you for saving my life"? i never know.'),
    C('Careem driver in Gulistan-e-Jauhar Block 13: Faisal Hameed, plate BKP-617, robbed at gunpoint twice. Wife wants him to quit.', [('place', 'Gulistan-e-Jauhar Block 13'), ('name', 'Faisal Hameed'), ('vehicle', 'BKP-617')]),
    C('Iraqi Kurdish client Shilan Rashid Berzinji, 27, in Erbil Ainkawa with her mother, lost her fiancé to a car bomb in 2016. She wants to try EMDR.', [('name', 'Shilan Rashid Berzinji'), ('place', 'Erbil Ainkawa')]),
    C("Recommend me a podcast on therapy in Africa. I'm tired of American ones."),
    C('Our team is trialling Sunday evening slots for working mothers. Uptake is good so far.'),
    C("Libya: Hana al-Obeidi lives in Benghazi's Sidi Hussein, 45, teacher, has been getting threats on her Facebook facebook.com/hana.obeidi.teach. Safety planning ideas when police aren't an option?", [('name', 'Hana al-Obeidi'), ('place', "Benghazi's Sidi Hussein"), ('url', 'facebook.com/hana.obeidi.teach')]),
    C('This is a long one. The client is Sister Agnes Nansubuga, a Ugandan nurse of 58 at Mityana Kikandwa health centre, who has worked through Ebola, COVID and two ward fires. Her daughter in Canada sends money through MTN MoMo 0772 904 118 and asks every week whether she has "seen someone". She says she is not depressed, only tired, and she laughs when I ask about sleep. I\'d like a way in that doesn\'t pathologise decades of endurance.', [('name', 'Agnes Nansubuga'), ('place', 'Mityana Kikandwa'), ('account', '0772 904 118')]),
    C("Macau casino dealer, Ho Ka Wai, nights since 2019, talks about nothing but chips. Lives in Ilha Verde's Fai Chi Kei side, phone +853 6642 9178.", [('name', 'Ho Ka Wai'), ('place', "Ilha Verde's Fai Chi Kei side"), ('phone', '+853 6642 9178')]),
    C("Yemeni father in Hodeidah's al-Hali, Abdulrahman Saeed Qasem, 61, wants to talk only by WhatsApp +967 771 402 395. Is texting therapy realistic with power cuts?", [('place', "Hodeidah's al-Hali"), ('name', 'Abdulrahman Saeed Qasem'), ('phone', '+967 771 402 395')]),
    C('Indian client: Zoya Qureshi, Flat 302, Noor Manzil, Naik Nagar, Mumbra Kausa Naik Nagar side, PIN 400612, wants to keep therapy from her in-laws.', [('name', 'Zoya Qureshi'), ('street_address', 'Flat 302, Noor Manzil, Naik Nagar'), ('place', 'Mumbra Kausa Naik Nagar side'), ('zip_code', '400612')]),
    C("Wiremu Poutama is ninety-one at the last tangi count and the last native speaker in his hapū's valley near Ruatāhuna Mātaatua. He's decided to stop eating. Whānau want me there.", [('name', 'Wiremu Poutama'), ('age_over_89', 'ninety-one at the last tangi count'), ('place', 'Ruatāhuna Mātaatua')]),
    C("Anahit Hovhannisyan-Sargsyan from Goris' Verin Tagh has been in Yerevan's Nor Nork 5th block since 2023 with her two girls. The older one, Nare, draws the house every session.", [('name', 'Anahit Hovhannisyan-Sargsyan'), ('place', "Goris' Verin Tagh"), ('place', "Yerevan's Nor Nork 5th block"), ('name', 'Nare')]),
    C('Question about Te Reo in sessions: is it appropriate for a Pākehā therapist to use greetings, or does it feel performative?'),
    C('Batbayar Oyunbileg herds near Bulgan Khutag-Öndör and his wife called me because the dzud took half the animals and he stopped eating.', [('name', 'Batbayar Oyunbileg'), ('place', 'Bulgan Khutag-Öndör')]),
    C("Palestinian citizen of Israel, Rasha Zoabi, lives in Nazareth's Bir Abu Jaish, teacher, was doxxed after a post. Her Instagram instagram.com/rasha.z.teaches.", [('name', 'Rasha Zoabi'), ('place', "Nazareth's Bir Abu Jaish"), ('url', 'instagram.com/rasha.z.teaches')]),
    C('Anyone had a client with a cochlear implant whose processor got soaked? Ama Serwaa Boateng-Ofori, processor Nucleus 8 SN 4471920388, in Koforidua Adweso, says silence brought the nightmares back.', [('name', 'Ama Serwaa Boateng-Ofori'), ('device', 'Nucleus 8 SN 4471920388'), ('place', 'Koforidua Adweso')]),
    C('Do you ever refer to a traditional healer? I work alongside sangomas in rural areas and want to talk about how others manage the relationship.'),
    C('Māori client Tama Rangihuna-Walker, Kaikohe Lake Road end, wants to include his koro who is ninety-four this coming Matariki in whānau sessions. Any kaupapa Māori colleagues?', [('name', 'Tama Rangihuna-Walker'), ('place', 'Kaikohe Lake Road end'), ('age_over_89', 'ninety-four this coming Matariki')]),
    C('Does anyone have a translated safety plan template in Amharic or Tigrinya?'),
    C('Account for refunds - Imran Hashmi, Meezan IBAN PK36 MEZN 0002 4401 0418 7725. Wants it refunded because his mother found out.', [('name', 'Imran Hashmi'), ('account', 'PK36 MEZN 0002 4401 0418 7725')]),
    C("I've started a small reading circle on African psychology - Bame Nsamenang, Augustine Nwoye, Chabani Manganyi. All welcome."),
    C('Hong Kong client Chan Wing-sze Vivian, flat Flat 12B, Block 3, Lok Fu Estate, HKID K449201(7), says her mother\'s shouting is "normal for HK families". Thoughts?', [('name', 'Chan Wing-sze Vivian'), ('street_address', 'Flat 12B, Block 3, Lok Fu Estate'), ('ssn', 'K449201(7)')]),
    C("Mail to Mahlet Tesfaye Woldu at P.O. Box 40917, KE-00100 Nairobi GPO came back. She moved and won't say where. Do I keep trying?", [('name', 'Mahlet Tesfaye Woldu'), ('street_address', 'P.O. Box 40917'), ('zip_code', 'KE-00100'), ('place', 'Nairobi GPO')]),
    C('Ramadan ends next week and Eid will scatter my whole caseload. Anyone planning a break or working through?'),
    C("When a client's visa depends on their marriage and the marriage is abusive, what's your role? Advocacy, therapy, both?"),
    C("Tashi Dolkar grew up in Leh's Choglamsar and her mother wants her home. She's in Karnataka and says going home feels like drowning.", [('name', 'Tashi Dolkar'), ('place', "Leh's Choglamsar")]),
    C('Any recommendations for trauma-informed yoga teachers who work online? Several clients in New South Wales asked.'),
    C("Eritrean client in Israel, Filmon Tesfamariam Ghebrehiwet, works at a car wash on Rehov Levinsky 71, Neve Sha'anan's Tahana end, and says the landlord keeps his visa papers. Any advice on legal referral?", [('name', 'Filmon Tesfamariam Ghebrehiwet'), ('street_address', 'Rehov Levinsky 71'), ('place', "Neve Sha'anan's Tahana end")]),
    C("What's a good icebreaker for a men's group that isn't cringe? Last time I asked about their favourite food and got silence."),
    C('Workshop idea: "therapy in a second language" - for clinicians who work in English as their third language.'),
    C("Do you tell clients when you're going through something hard yourself? I'm pregnant and unsure when to say."),
    C('Question about mirtazapine and weight in teenagers - the psychiatrist wants to try it and the mother asked me.'),
    C("Address for the letter: Thandiwe Sithole-Mkhize, 1147 Mhlaba Drive, Umlazi V Section's Mhlaba end, 4031. Her school wants confirmation she's attending.", [('name', 'Thandiwe Sithole-Mkhize'), ('street_address', '1147 Mhlaba Drive'), ('place', "Umlazi V Section's Mhlaba end"), ('zip_code', '4031')]),
    C("Refund for a Mozambican client who paid by M-Pesa Moçambique 84 771 2091 twice; Celeste Macuácua Sitoe from Matola Machava. Is it ok to refund to her sister's number?", [('account', '84 771 2091'), ('name', 'Celeste Macuácua Sitoe'), ('place', 'Matola Machava')]),
    C("Cabo Verde client in Praia's Achada Grande Trás: Djamila Semedo Tavares wants sessions online, email djamila.st81@sapo.cv.", [('place', "Praia's Achada Grande Trás"), ('name', 'Djamila Semedo Tavares'), ('email', 'djamila.st81@sapo.cv')]),
    C('tired today. three disclosures before lunch. just needed to say it somewhere.'),
    C('What do you do if a client asks you to lie to their family about where they go on Thursdays?'),
    C('Sudanese in Uganda - Mohamed Adam Abakar, from El Geneina Jamarik, says the call to prayer reminds him of the day. Lives Plot 22 Kabalagala Road, phone 0772 391 846.', [('name', 'Mohamed Adam Abakar'), ('place', 'El Geneina Jamarik'), ('street_address', 'Plot 22 Kabalagala Road'), ('phone', '0772 391 846')]),
    C("Amal Hussein Warsame's brother made a Facebook page called facebook.com/justiceforamalwarsame after her assault and she feels exposed. She's in Heatherton, Victoria.", [('name', 'Amal Hussein Warsame'), ('url', 'facebook.com/justiceforamalwarsame'), ('place', 'Heatherton')]),
]

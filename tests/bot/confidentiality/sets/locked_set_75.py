"""SEVENTY-FIFTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (as the second
blind set of its round beside locked_set_74.py), and independently of the
guard: the author did not open, read, search or run anything under bot/
(bot/confidentiality/ included), scripts/, bench/, adapters/ or storage/,
did not run the guard, bench/guard_eval.py or any test that imports or
runs the guard, did not run git log, git status, git diff or git show at
all, did not read README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or diffs of any commit, and did
not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_73.py (locked_set_74.py was being written
at the same time in another worktree, which the author did not look at,
nor at its drafts folder; it does not exist in this worktree).
What was read, each printed once and in its own command with nothing
else: the writing rules (from outside the repository, the first
command); the module docstrings of tests/bot/confidentiality/sets/
locked_set_71.py and locked_set_73.py (the two latest "real requests"
sets this one is modelled on, each up to its closing triple quote, none
of their cases); the first 25 lines of tests/bot/confidentiality/sets/
locked_set_13.py (its docstring); its last three lines (two snippets,
for the file format; none of their sentences was copied); the EvalCase
dataclass and PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41);
tests/bot/confidentiality/test_locked_sets.py (the data integrity
checks, which hold no snippets); and a listing of the sets folder (file
names only).  These seven reading commands were issued together in one
batch, each as its own command.  One command listed the drafts folder
(empty) and printed the date.  No slip of the reading rule occurred.
The header of this file (the import of EvalCase, the alias
"C = EvalCase" and the name LOCKED75_CASES) was written from the format
of set 13's tail and the test's module and attribute names.  The overlap
filter described below imported the earlier sets and printed only this
set's own clashing strings; a second small helper, used to try candidate
replacement values before typing them into the drafts, printed for each
of this set's candidate strings only a count and the module names of the
earlier sets it occurred in (never their text).  The only test run was
test_locked_sets.py (selected with -k 75); ruff was run on this file and
on that test file.  Like set 71, and unlike set 73, every snippet here
is set in Africa, Asia, the Middle East and Oceania (and diasporas
there).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty-five minutes allowed for the whole set; the
machine's clock showed about eleven minutes between creating the drafts
folder and first writing this file), as a message
to peers in a therapists' consultation group, "like real requests" in
the manner of sets 71 and 73, mostly about ordinary working and family
lives, with settings chosen to differ from set 71's list as far as its
docstring shows: Malawian tobacco tenant, Lozi floodplain farmer,
Kariba-displaced Tonga, Himba herder, Zanzibar seaweed farmer, Sukuma
witchcraft accusation, Kamba shopkeeper with chama debts, Lamu dhow
captain's widow, Somali shopkeeper in Gauteng, Beja, Sudanese refugee
in Egypt (twice), Saidi blood feud, Siwa oasis, Kabyle jeweller's
widow, Mozabite shopkeeper, Dogon onion grower, Kabye wrestler, Fon
convert, Liberian rubber tapper, Ijaw oil-spill fisherman, Kanuri
returnee from captivity, Kinshasa wax-cloth trader, Kivu displacement
camp, Cape Verdean grandmother, Ashanti kente weaver, Pedi platinum
contract worker, Cape Malay gentrification, Chinese shopkeeper in
Lesotho, Indian-Ugandan returnee, Kenyan flower packer, Lagos phone
repairer, Igbo caregiver, Malawian night guard, Ugandan boda rider,
Ghanaian and Kenyan taxi and matatu drivers, Zimbabwean EcoCash payer,
Ndebele sculptor, Nandi tea picker, Zanzibari teacher with
non-epileptic seizures, Mauritian nurse; Emirati cousin marriage and
gaming teen, Najdi captagon family, Pakistani driver in Saudi,
Armenian-Lebanese watch repairer, Iranian Gilaki rice farmer, Kurdish
kolbar, Tajik migrant's wife, Turkmen carpet weaver, Karakalpak
ex-fisherman of the Aral, Azerbaijani chemical widow, Haredi mother, Druze student, Palestinian olive harvest, Alevi,
Cypriot refugee, Filipino nurse in Saudi, Sri Lankan domestic in
Lebanon, Yemeni amputee, Saudi woman driver, Azraq camp mother, Kazakh
nurse after the unrest, Iranian protest families, Afghan teen in Iran,
Nepali widow of a Qatar construction worker, Bangladeshi driver in
Dubai; Bihari plywood migrant in Kerala, Kannada borewell farmer,
Rajasthani ghunghat bride, Bhil, Gond, Santhal, Mizo, Tripuri, Himachali
apple grower, jute mill lockout, Pashtun teacher, Saraiki flood, Balti
porter, Chitrali widow, Punjab autism mother and rickshaw driver,
Chakma nurse, Sylheti "Londoni" wife, Geneva Camp Bihari, up-country
Tamil tea plucker, Limbu returnee, Bengaluru IT burnout, Pune BPO,
Afghan refugee in Khyber Pakhtunkhwa, Thoothukudi saltpan, Kovilpatti
match factory, Gujranwala shipwreck grief, Dhaka CNG driver and slum
mother, Rana Plaza survivor; Chin, Mon, Akha, Cham, Khmer Krom, Tày,
Peranakan, Penan, Bidayuh, Balinese, Batak, Dayak Bahau,
Sasak, Cebuano, Waray, Tausug, Bicolano, Negros sacada, Aeta, Zhuang,
Naxi, Hakka, Atayal, Okinawan, Hokkaido dairy, Mongolian miner, Dongbei
rust belt, Indonesian domestic in Hong Kong, Vietnamese fisherman in
Taiwan, Korean kirogi mother in Vietnam, Vietnamese E-9 worker in
Korea, Shenzhen delivery rider, Cambodian brick kiln, Fukushima-zone
nurse, Metro Manila jeepney, KL, Bali and Saigon ride-hail riders,
Osaka taxi driver; Tokelauan, Tahitian, Kanak, Sepik, Torres Strait,
Yolŋu, Arrernte, Pitjantjatjara, South Sudanese, Italian, Sikh,
Zimbabwean, Filipino and Afghan Australians, Australian South Sea
Islander, Dalmatian-, Chinese- and Samoan-Kiwis, Rapa Nui, Chuukese,
Gamilaraay, Rotuman, Niuafo'ou evacuee, Samoan rugby academy player,
Tongan kava farmer and tsunami family, Tongan carer, East Coast Māori
forestry worker, Māori whānau, RSE worker, Queensland cane truckie,
Victorian tradie and Pacific church youth leader clients.  Short
referral lines, forwarded faxes, portal and audit logs, rushed
lower-case chat (five identifier snippets write a name and a place in
lower case) and about thirty longer requests (35 identifier snippets
and 8 clean ones over 300 characters, up to 436) with the identifiers
mid-sentence.  70 of the 247 identifier snippets (28%) hold only a name
and/or a place.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository (/tmp/set75work/) with the planted
spans marked inline, and a script there only stripped the marks into the
expected lists, checked lengths, token boundaries, single occurrence of
each span, duplicate spans, values repeated across snippets and
duplicate snippets, listed the capitalised words outside the spans for a
read-through, counted capitalised words in the clean drafts, checked
overlap with the earlier sets, shuffled the order with a fixed seed and
wrote this file.  Later edits were typed by hand as find-and-replace
pairs and lists of lines to cut that small scripts applied to the
drafts before the marks were stripped.

Edits made after drafting, stated here: the first count showed too few
accounts, ages over 89, devices, licences, medical records, URLs,
vehicles and postal codes, so two further hand-written draft files were
added (39 lines of drivers, devices, URLs, lower-case chat, hospital
files and addresses, then 11 lines with five longer requests); 77
identifier snippets were then cut in two passes (57 and 20) and seven
clean snippets in one, to bring the set near 400 - most of the cut
identifier snippets were surplus phone, national-number or e-mail lines
or carried asides; false starts and asides typed into the drafts were
cut or rewritten (unlabelled cities in asides - Joburg, Pretoria,
Hargeisa, Douala, Cairo, Khartoum, Marseille, Jeddah, Riyadh, Nairobi,
Doha, Yerevan, Aizawl, Agartala, Kathmandu, Surat, Karachi, Peshawar,
Chennai, Lahore, Bengaluru, Mohammadpur, Chitral, Guangzhou, Seoul,
Incheon, Ulaanbaatar, Osaka as a city, Auckland, Kabul, Perth,
Melbourne, Sydney, Adelaide, Kampala, Almaty, Soweto, Jaipur, Kano,
Hanoi, Taipei, Hammarsdale, Vaiola, Royal Darwin and the Hume - were
replaced by a country, a state, a neutral word or nothing; places
written and then corrected with "? no" - a Ghana market, an Indian and
a Tiwi hospital, the Tiwi Islands, Triolet, Kuala Lumpur; names written
and then corrected - a Japanese name written both ways, a Zimbabwean
and a Ndebele name, a Bangladeshi name, a Fijian name, a Mzee and a
Haji written inside the span (the honorifics moved out), and a name
that is also a public figure's with the aside "ha, different one"; and
asides such as "Indo-Guyanese? no", "ni-Vanuatu? no", "a Rohingya?
no", "Hazara? - no", "Afghan-Iranian? no", "Batak? - no, Minang?",
"she was flogged? no", "Swati? no", "Wiradjuri? no", "Indo-Fijian?
no", "Marshallese? no - Nauruan? no", "Bahraini? no, Omani? no",
"Sindhi? no", "Kashmiri? no", "PSV? no", "HPCSA? no" and a number
given twice with "skip it", which was cut with its snippet); a
workplace "Division 26", "Kariba", "Mayon", "Pinatubo", "K2", "Lamu"
after a ward and a "Jordan University Hospital" written unmarked were
replaced by neutral words; a "Pak" and a lower-case "mama" were
moved out of name spans; a Kotkhai place mark that repeated inside an
address was dropped; ten phone numbers were removed with their labels
from identifier snippets to widen the share holding only a name and/or
a place; eight of the longer requests were lengthened by a closing
clause to stay over 300 characters; and one clean snippet lost an
aside.  Overlap with the earlier sets was resolved by renaming only
this set's planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 146 values in the first
round (about 60 of them went with snippets cut in the first pass; the
rest were renamed - mostly places given another nearby village,
estate, quarter or neighbourhood or a further part, names given another
or a further name, ages and dates given other words, an IP address, a
licence and a vehicle other digits, and two postal codes with their
addresses rewritten), 38 in the second (places and ages given other
words), one in the third (a postal code, removed with its label) and
two in the fourth (a name and a place in the added long requests), none
after.  No snippet repeated or contained an earlier set's snippet.

Local identifier formats: Malawi NID, Egyptian national ID, South
African ID, Emirates ID, Saudi iqama, Aadhaar (twice), Pakistani CNIC,
Bangladeshi NID, Vietnamese CCCD, Taiwanese ID and ARC, Mongolian
register number, Centrelink CRN, NZ IRD, Kazakh IIN and Malaysian MyKad
(ssn); UNHCR case files (three), a Kenyan county hospital chart, KNH,
MTRH, SKMC, DMC Ludhiana, Helen Joseph, a Zanzibar EEG file, a Khyber
hospital, a Jordanian university hospital and a Samoan hospital file
(medical_record); CASNOS, Ghana NHIS, GEMS, Bonitas, Daman, Meuhedet,
Bupa Arabia, Sehat card, JKN, PhilHealth, Tahitian CPS, DVA gold card,
NZ NHI (twice), ACC, Korean NHIS and a Japanese insurance card
(health_plan); M-Pesa till, Airtel Money, bKash, GCash, WeChat, a
compensation worker number, a Nepali bank account, a PRASAC loan, MTN
MoMo, EcoCash, JazzCash, Maya, Gojek and an Australian BSB and account
(account); a PRC nursing licence, a Victorian driving licence, AHPRA
nursing and midwifery registrations, a Malawian driving licence, a
Qatari DHP licence, Ghanaian, UAE, Kenyan NTSA, Philippine LTO,
Malaysian GDL, Japanese and Queensland heavy-combination driving
licences and a Kenyan counsellor registration (licence); a Philippine
tricycle, Liaoning car, Kenyan boda and matatu, Shenzhen e-bike,
Ugandan boda, Ghanaian taxi, Dubai, Punjab rickshaw, Dhaka CNG, Manila
jeepney, Kuala Lumpur, Bali, Ho Chi Minh City motorbike, Osaka taxi,
New Zealand, Victorian and Queensland plates (vehicle); a prosthesis, a
wheelchair (twice), an insulin pump, an ankle monitor, a CPAP, a
cochlear implant, a pacemaker, a Libre sensor, an ICD, a hearing aid
(twice) and an oxygen concentrator (device); addresses written the local
way (a Saudi national address with district, a Himachali village and
post office, Pakistani block and mohalla addresses, a Bengaluru flat and
cross, a Chennai door number, a Kampala plot, a Jaipur plot and nagar,
a Hanoi số and ngõ, Soweto and Mpumalanga township streets, a Sydney
unit, a Korean road-name address, a Kano GRA road and a Tamil door
number and salai) with postal codes of Saudi Arabia, India, Pakistan,
Vietnam, South Africa, Korea and Nigeria; dates written day-month-year
in English and Indonesian, ISO, slashed, dotted, hyphenated, ordinal,
month-day-year and with a weekday; ages over 89 written in English with
Diwali, Vartavar, "next month" and "three months", in Portuguese,
Malay, Indonesian, Japanese, Italian, Swahili, Tongan and Samoan; IPv4
and IPv6 addresses, URLs (session links, social profiles, a blog,
referral forms) and phone and fax numbers in local and international
formats.

405 snippets, 247 with identifiers and 158 clean (lengths 51-436,
within the test's bounds of 40-520).  Every pattern category appears at
least 12 times (the test requires 12):
date 13, age_over_89 12, phone 13, fax 16, email 18, url 13,
ip_address 12, ssn 17, medical_record 13, health_plan 17, account 14,
licence 14, vehicle 18, device 13, street_address 15, zip_code 13;
with 249 names and 210 places smaller than a state (the test requires
249 and 210).

Names: Malawian, Lozi, Tonga, Himba, Zanzibari, Sukuma, Kamba, Swahili,
Somali, Beja, Sudanese, Egyptian, Siwi, Kabyle, Mozabite, Dogon, Kabye,
Fon, Liberian, Ijaw, Kanuri, Congolese, Cape Verdean, Akan,
Pedi, Cape Malay, Chinese, Gujarati-Ugandan, Kikuyu, Yoruba, Igbo,
Ganda, Shona, Ndebele, Nandi, Luo, Kisii, Zulu, Sotho, Amhara;
Emirati, Saudi, Punjabi, Armenian, Gilaki, Kurdish, Tajik, Turkmen,
Karakalpak, Azerbaijani, Haredi, Druze, Palestinian, Turkish Alevi,
Greek Cypriot, Filipino, Sinhala, Sudanese, Lebanese, Yemeni, Jordanian,
Kazakh, Iranian, Pashtun, Nepali, Bangladeshi, Uzbek; Bihari, Kannada,
Rajput, Bhil, Gond, Santhal, Mizo, Tripuri, Himachali, Bengali Muslim,
Pathan, Saraiki, Balti, Chitrali, Lahori, Chakma, Sylheti, Urdu-speaking
Bihari, up-country Tamil, Limbu, Tamil, Rajasthani, Tamil Brahmin,
Malayali; Chin, Mon, Akha, Cham, Khmer Krom, Tày, Peranakan, Penan,
Bidayuh, Balinese, Batak, Dayak, Sasak, Cebuano, Waray, Tausug, Bicolano,
Hiligaynon, Aeta, Zhuang, Naxi, Hakka, Atayal, Okinawan, Japanese
(family name first), Mongolian (patronymic first), northeastern Han,
Javanese, Vietnamese, Korean, Malay, Khmer, Cantonese, Taiwanese,
Acehnese; Tokelauan, Tahitian, Kanak, Sepik, Torres Strait Islander,
Yolŋu, Arrernte, Pitjantjatjara, Dinka, Italian-Australian, Sikh, South
Sea Islander, Croatian-Kiwi, Chinese-Kiwi, Samoan, Rapa Nui, Chuukese,
Shona-Australian, Filipino-Australian, Gamilaraay, Rotuman, Tongan,
Māori and Fijian names; five lower-case names with their places,
hyphenated and multi-part names, "bin", "binti",
"anak", "boru", "Ni", "I", "Mint", "Al", "Al-", "Abu", "Bin", "Lo",
"Dela", "Ma." and "Md." names, honorifics (Bi, Nha, Daw, Aunty,
Mzee, Haji, Pak, mama) kept outside the spans (the Sasak "Lalu" and
the Balinese "I" and "Ni" kept inside, as parts of the names) and names
with diacritics and apostrophes.  Places: villages and their parts,
camps and camp villages, settlements and tented settlements,
townships, sections and units, kebeles and woredas, oases, douars and
quarters, markets named as places, compounds, estates and line rooms,
vengs and mahallas, jamoats, microdistricts, kampungs, banjars and
gampongs, barangays and sitios, haciendas, bans and phường, districts
and wards of cities, atoll villages, tribus, Aboriginal communities and
outstations, hostels, schools, hospitals, labour camps and places
between a street address and a postal code.

Clean snippets: peer-consultation messages, questions, statements,
scheduling chatter, supervision reflections, office logistics (faxes,
portals, interpreters, booking systems, no identifiers) and
reading-group notes, spread over three bands of capitalised words after
the first word (counted by the author's script, the pronoun "I",
sentence starts and acronyms included): 90 with 0-2 (many written
largely in lower case), 48 with 3-5 and 20 with 6 or more (358 in 158
snippets, about 2.3 per snippet): drug brands and generics, scales and
questionnaires, therapy models and their founders, real published
authors and books, guidelines and laws, weekdays, months, religious
holidays and fasts, professional bodies, boards and insurers, charities
and agencies, apps and platforms, countries, states, provinces and
regions, nationalities, peoples, religions and languages, and no place
smaller than a state or a country's first-level subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED75_CASES = [
    C('Rubber tapper Garmai Kollie, Harbel - company housing, quota pressure, Ebola-era losses still raw. She\'s asking for "counselling for the children too".', [('name', 'Garmai Kollie'), ('place', 'Harbel')]),
    C("has anyone done couples work where one partner speaks through an interpreter and the other doesn't need one?"),
    C('Penan client Ukau Lupung, Long Lamai - logging road, his son works for the logging company. very torn.', [('name', 'Ukau Lupung'), ('place', 'Long Lamai')]),
    C('Santhal teacher Budhni Murmu Hansda, Dumka - school transfer, she was the only Santhali speaker on staff. email budhni.hansda@rediffmail.com.', [('name', 'Budhni Murmu Hansda'), ('place', 'Dumka'), ('email', 'budhni.hansda@rediffmail.com')]),
    C("Long one about a couple. Reza Karimi Farahani and Negin Sadeghi live in Kampung Kerinchi - he's an Iranian PhD student, she's a nurse, and they came from Iran in 2022. Her nursing licence isn't recognised, his stipend is late, and they fight about going home. His passport number isn't needed. Gottman or EFT for acculturation stress?", [('name', 'Reza Karimi Farahani'), ('name', 'Negin Sadeghi'), ('place', 'Kampung Kerinchi')]),
    C('Ravindra Perera Jayasuriya, Moratuwa Rawathawatta, carpenter, 60, lost his workshop in the 2022 fuel crisis, sits at the bus stand all day.', [('name', 'Ravindra Perera Jayasuriya'), ('place', 'Moratuwa Rawathawatta')]),
    C('note to all: the backup phone for the after-hours line is charging in the office, please return it'),
    C('Any Tongan or Samoan speakers free on Saturday mornings for a church mental health talk?'),
    C("Session link for Kerubo Nyaboke Ondieki: https://meet.jit.si/kerubo-ondieki-0418 - don't reuse it, it has her name in it.", [('name', 'Kerubo Nyaboke Ondieki'), ('url', 'https://meet.jit.si/kerubo-ondieki-0418')]),
    C('Punjab intake: Ayesha Rehman Qureshi, 45-B, Block C, Faisal Town, 54770. Mother of a child with autism, husband blames her.', [('name', 'Ayesha Rehman Qureshi'), ('street_address', '45-B, Block C, Faisal Town'), ('zip_code', '54770')]),
    C('Chinese New Year means the Mandarin group moves online for two weeks.'),
    C("the new intern starts monday, please be kind, she's nervous"),
    C('Bali delivery rider I Ketut Suardana, DK 1847 FQ, Banjar Kaja Sesetan, crash, no BPJS. Gojek account 0857 3847 1126.', [('name', 'I Ketut Suardana'), ('vehicle', 'DK 1847 FQ'), ('place', 'Banjar Kaja Sesetan'), ('account', '0857 3847 1126')]),
    C("Please advise: Maryam Haidari Jafari is an Iranian hairdresser in Ekbatan Phase 2, block B, 31, arrested in the 2022 protests and released. She has a tremor and won't leave the flat. Her URL for the salon page is instagram.com/maryamhair.tehran - she asked me to post a review, I said no. Thoughts on boundaries here?", [('name', 'Maryam Haidari Jafari'), ('place', 'Ekbatan Phase 2, block B'), ('url', 'instagram.com/maryamhair.tehran')]),
    C("what's everyone's approach to home visits when a neighbour is always listening at the window?"),
    C('how do you handle a client who wants you to talk to their pastor or imam directly?'),
    C('Do the PDPA rules in Malaysia allow us to share case summaries with a Singaporean supervisor?'),
    C('Kabye client Essozimna Pali from Pya - initiation wrestling (evala) injury turned into chronic pain and shame.', [('name', 'Essozimna Pali'), ('place', 'Pya')]),
    C("Any recommendations for books on Pacific mental health? I have Karlo Mila's poetry but nothing clinical."),
    C("Question for those who use EMDR with children: Francine Shapiro's protocol or the adapted one for kids?"),
    C('Filipino nurse in Saudi: Maricel Tolentino Aquino, SCFHS? - her Prometric retake, burnout. PRC licence 0581247. messenger maricel.aquino.rn@gmail.com.', [('name', 'Maricel Tolentino Aquino'), ('licence', '0581247'), ('email', 'maricel.aquino.rn@gmail.com')]),
    C('how do you keep notes short without losing the important stuff?'),
    C('Chinese shop owner in Lesotho, Zheng Baoqiang, Maputsoe - robbed at gunpoint, wife went home to Fujian. Mandarin-speaking counsellor anyone?', [('name', 'Zheng Baoqiang'), ('place', 'Maputsoe')]),
    C('Rania Salah Dweikat, Beita, olive harvest attacked, brother detained. Jawwal +970 59 924 1187. can we do it by WhatsApp?', [('name', 'Rania Salah Dweikat'), ('place', 'Beita'), ('phone', '+970 59 924 1187')]),
    C('Yolŋu client Garrawurra Dhamarrandji, Ramingining, cyclone Lam 2015, then Covid lockdown. sorry business ongoing.', [('name', 'Garrawurra Dhamarrandji'), ('place', 'Ramingining')]),
    C('fax from Tema Community 25 polyclinic re Kofi Asamoah Mensah - fax 0303 21 47 88 - referral for alcohol use, 3 pages, page 2 missing.', [('place', 'Tema Community 25'), ('name', 'Kofi Asamoah Mensah'), ('fax', '0303 21 47 88')]),
    C('Does the GAD-7 hold up with older Cantonese speakers? The worry items seem to land oddly.'),
    C('For the Diwali week, the Tamil and Hindi groups will run one day early.'),
    C('does anyone do sessions outdoors under a tree? the clinic rooms feel like a police station to some clients'),
    C('Arrernte Doreen Ampetyane Hayes, Ltyentye Apurte, kidney dialysis three days a week in town. English second language.', [('name', 'Doreen Ampetyane Hayes'), ('place', 'Ltyentye Apurte')]),
    C('Log: IP 41.90.12.183 opened the file of Abdullahi Garba Danjuma 6 times between 1 and 3 am. his ex-wife works IT. please lock.', [('ip_address', '41.90.12.183'), ('name', 'Abdullahi Garba Danjuma')]),
    C('Tamil Nadu address for the fax: Pravin Annamalai, No. 14, Pillaiyar Koil Street, Triplicane, 600005. Fax 044 2844 6137.', [('name', 'Pravin Annamalai'), ('street_address', 'No. 14, Pillaiyar Koil Street, Triplicane'), ('zip_code', '600005'), ('fax', '044 2844 6137')]),
    C('ICD shocks twice in a week: Roberto Manalo Dimaculangan, Barangay Sabang Lipa, serial ICD-DR 44718 PH, terrified to sleep. wife on Maya 0998 412 7730.', [('name', 'Roberto Manalo Dimaculangan'), ('place', 'Barangay Sabang Lipa'), ('device', 'ICD-DR 44718 PH'), ('account', '0998 412 7730')]),
    C("Shirin Akbari Moghaddam shares her recovery blog at https://shirinrecovers.wordpress.com and asked if she can quote our sessions. She's in Gohardasht Phase 4. Thoughts?", [('name', 'Shirin Akbari Moghaddam'), ('url', 'https://shirinrecovers.wordpress.com'), ('place', 'Gohardasht Phase 4')]),
    C("Vaeafe Pouono Leavasa, Matafa'a tsunami survivor, hospital file TTM 2004-41873, iva sefulu ma le lua in the family records, but he says 88.", [('name', 'Vaeafe Pouono Leavasa'), ('place', "Matafa'a"), ('medical_record', 'TTM 2004-41873'), ('age_over_89', 'iva sefulu ma le lua')]),
    C('Referral form fields: name Vikram Singh Shekhawat; DOB 04-11-1972; Aadhaar 7309 2241 8856; address Plot 17, Shanti Nagar, Sodala, 302006.', [('name', 'Vikram Singh Shekhawat'), ('date', '04-11-1972'), ('ssn', '7309 2241 8856'), ('street_address', 'Plot 17, Shanti Nagar, Sodala'), ('zip_code', '302006')]),
    C("Tahitian Heimana Teriitahi, Pamatai, nuclear test veteran's son, cancers in the family, CPS 2718044.", [('name', 'Heimana Teriitahi'), ('place', 'Pamatai'), ('health_plan', '2718044')]),
    C('Big case, sorry. Fatuma Hassan Bakari is a Swahili teacher at Bububu Secondary School whose husband was jailed in Oman. She\'s raising four kids and had a seizure at school - the neurologist says non-epileptic. Her EEG report is filed as MMH-EEG-0418227. She\'s humiliated. How do you introduce the "functional" idea without it sounding like "you\'re faking"?', [('name', 'Fatuma Hassan Bakari'), ('place', 'Bububu Secondary School'), ('medical_record', 'MMH-EEG-0418227')]),
    C("Has anyone read Vikram Patel's Where There Is No Psychiatrist? Thinking of it for the lay counsellor course."),
    C("rice farmer Zahra Mirzapour Lahijani from Kuchesfahan - drought, pesticide poisoning scare, and her son's arrest in 2022. Farsi please.", [('name', 'Zahra Mirzapour Lahijani'), ('place', 'Kuchesfahan')]),
    C("Gamilaraay man Darren Duncan Boney, Namoi Village, river dry, fish kill, his uncle's funeral.", [('name', 'Darren Duncan Boney'), ('place', 'Namoi Village')]),
    C("Is anyone a member of the Australian Psychological Society's interest group on refugees?"),
    C('fwd fax from the clinic at Chinkhwiri village: Chimwemwe Kalua Banda-Phiri, tobacco tenant, 34, low mood since the auction floor paid out less than the loan. Malawi NID KD8R4T7P. reply fax +265 1 752 409.', [('place', 'Chinkhwiri village'), ('name', 'Chimwemwe Kalua Banda-Phiri'), ('ssn', 'KD8R4T7P'), ('fax', '+265 1 752 409')]),
    C('Nai Min Htut, Mon, from Kyaikmaraw - rubber tapping and a brother in the resistance. sleeps in the plantation hut.', [('name', 'Nai Min Htut'), ('place', 'Kyaikmaraw')]),
    C("Does anyone have a Hindi version of the Columbia suicide scale that's been checked by a clinician?"),
    C("NZ orchard ute MHT517 - Sefo Tuiasosopo Leaupepe, RSE worker at Te Matai, crashed driving the crew. he's terrified of being sent home.", [('vehicle', 'MHT517'), ('name', 'Sefo Tuiasosopo Leaupepe'), ('place', 'Te Matai')]),
    C('anyone tried walking sessions in heavy heat? thinking of dawn slots'),
    C("Does Medicare's Better Access allow twenty sessions again, or is it back to ten?"),
    C('Intake: Mwikali Mutua Kyalo, 44, Kyuso. Runs a small shop, husband drinks, she borrowed from three chamas. M-Pesa till 5184207 - she pays for sessions there, not sure we should even record it.', [('name', 'Mwikali Mutua Kyalo'), ('place', 'Kyuso'), ('account', '5184207')]),
    C('Anyone able to cover the Friday evening crisis line in January? Two people are away for the Christmas break.'),
    C('Libre sensor 0MQ7 2K4P 9XR data shared by Munisa Yusupova, diabetic teen, Chilanzar quarter 9. she skips insulin to lose weight.', [('device', '0MQ7 2K4P 9XR'), ('name', 'Munisa Yusupova'), ('place', 'Chilanzar quarter 9')]),
    C("Kente weaver Kwabena Agyeman Opoku from Bonwire - hand tremor started, he's terrified he'll stop weaving. NHIS 41829035.", [('name', 'Kwabena Agyeman Opoku'), ('place', 'Bonwire'), ('health_plan', '41829035')]),
    C('Mohammad Shamim Ansari, Geneva Camp - Bihari, stateless till 2008, now ID but no job. 30.', [('name', 'Mohammad Shamim Ansari'), ('place', 'Geneva Camp')]),
    C('Somali shopkeeper in Gauteng: Abdikarim Warsame Ali, Mayfair West, xenophobic looting twice. He sleeps in the shop. Tel +27 71 904 3318.', [('name', 'Abdikarim Warsame Ali'), ('place', 'Mayfair West'), ('phone', '+27 71 904 3318')]),
    C('Fax cover from Mbarara Regional Referral Hospital re Kyomuhendo Esther Atwine, fax +256 485 420 118, HIV disclosure counselling, urgent.', [('place', 'Mbarara Regional Referral Hospital'), ('name', 'Kyomuhendo Esther Atwine'), ('fax', '+256 485 420 118')]),
    C('Kenyan driver Peter Mwangi Kariuki, matatu KCY 481Q, NTSA licence DL-0418 2297 K, Kayole Soweto stage. fight with a tout, head injury.', [('name', 'Peter Mwangi Kariuki'), ('vehicle', 'KCY 481Q'), ('licence', 'DL-0418 2297 K'), ('place', 'Kayole Soweto')]),
    C('i keep getting clients who want "just one session" - any tips for making a single session useful?'),
    C('Has anyone tried Acceptance and Commitment Therapy with clients whose faith tells them to accept already?'),
    C("i'm finding it hard to end sessions on time with older clients who walked a long way to come. thoughts?"),
    C('Question about sertraline and Ramadan fasting - my client takes it at night, GP says fine, any experience?'),
    C("Supervision: Tanabe Hiroko (family name first), 48, a nurse in Minamisoma evacuation zone, returned in 2017, her children refused. She's isolated and drinks. Her insurance card 06 128 447 is with the town hall scheme. How do you handle shame with Japanese clients when the drinking itself is the thing she is most ashamed of?", [('name', 'Tanabe Hiroko'), ('place', 'Minamisoma'), ('health_plan', '06 128 447')]),
    C('booking system: Anjali Nair Menon rescheduled to Monday 9 March 2026, note says "husband not to know". phone +971 52 884 3107.', [('name', 'Anjali Nair Menon'), ('date', 'Monday 9 March 2026'), ('phone', '+971 52 884 3107')]),
    C('Does anyone have Sesotho or Setswana versions of the AUDIT? The Zulu one I found is good.'),
    C('Referral: Mubita Inonge Sitali (49), floodplain farmer from Lealui, moved to the upland camp every year since the Kuomboka got unpredictable. Grief, poor sleep.', [('name', 'Mubita Inonge Sitali'), ('place', 'Lealui')]),
    C("anyone else's clients stopped coming since the bus fares went up?"),
    C('Dubai driver Anwar Hossain Mridha, plate Dubai N 48217, UAE licence 3018462, lives at Al Quoz labour camp 11. crash on the highway, passenger died.', [('name', 'Anwar Hossain Mridha'), ('vehicle', 'Dubai N 48217'), ('licence', '3018462'), ('place', 'Al Quoz labour camp 11')]),
    C("what's your rule on hugging clients who hug you first?"),
    C("Bicolano Lorna Ombao Villareal, Guinobatan, volcano evacuations every few years, kids' schooling interrupted. Globe 0917 264 5831.", [('name', 'Lorna Ombao Villareal'), ('place', 'Guinobatan'), ('phone', '0917 264 5831')]),
    C('does anyone use a feelings wheel in languages other than english? looking for translations'),
    C('Indonesian domestic worker Sri Rahayu Ningsih, Tai Kok Tsui, employer accused her of theft. HKID? no - passport only. Javanese.', [('name', 'Sri Rahayu Ningsih'), ('place', 'Tai Kok Tsui')]),
    C("Turkmen carpet weaver Ogulgerek Annayeva, Gökdepe - eyes and neck pain, and her daughter's bride price.", [('name', 'Ogulgerek Annayeva'), ('place', 'Gökdepe')]),
    C("booking: Pita Vaka'uta, Friday, 20 March 2026, 9am, Tongan interpreter.", [('name', "Pita Vaka'uta"), ('date', 'Friday, 20 March 2026')]),
    C("Nomvula Dube-Ncube, 17 Khumalo Road, Mpumalanga Unit 3, 3699, caring for three grandchildren after her daughter's death.", [('name', 'Nomvula Dube-Ncube'), ('street_address', '17 Khumalo Road, Mpumalanga Unit 3'), ('zip_code', '3699')]),
    C("Ali Senusi Awaad from Aghurmi in the oasis - date palm and olive, his wife wants to move to the capital for the kids' schools, he won't. couples work by phone.", [('name', 'Ali Senusi Awaad'), ('place', 'Aghurmi')]),
    C("hamza el idrissi - sidi moumen - asked if his brother can sit in. said i'd check with you all", [('name', 'hamza el idrissi'), ('place', 'sidi moumen')]),
    C('how do you respond when a client says "you can\'t understand, you\'re not from here"?'),
    C('Tokelauan Ioane Perez Kupa, Fakaofo, the boat only comes every two weeks, so sessions are by satphone. depression in a teacher.', [('name', 'Ioane Perez Kupa'), ('place', 'Fakaofo')]),
    C('Nha Zulmira Tavares Semedo, Achada Grande Trás Fundo, noventa e três anos de idade - grandson brought her for grief, she laughs a lot and then cries.', [('name', 'Zulmira Tavares Semedo'), ('place', 'Achada Grande Trás Fundo'), ('age_over_89', 'noventa e três anos de idade')]),
    C('has anyone worked with clients who believe their illness is a punishment? not looking to argue, looking to understand'),
    C('Question about the Protection of Personal Information Act - can we keep WhatsApp voice notes from clients in South Africa?'),
    C("Question about a teen. Aziz Rahmani Noori is 16, a Pashtun from Herat, living in Bandar Abbas Chahestaniha with an uncle who works at the port. Iranian schools refused him till 2023. He's started self-harming. Uncle's phone +98 917 308 4472. Safety planning with a guardian who may also be the problem?", [('name', 'Aziz Rahmani Noori'), ('place', 'Bandar Abbas Chahestaniha'), ('phone', '+98 917 308 4472')]),
    C('please re-read the new incident reporting steps before friday'),
    C("audit trail - failed logins on the account of Tuilagi Faamausili from 103.28.77.214 (Samoa ISP) - she didn't try, she says.", [('name', 'Tuilagi Faamausili'), ('ip_address', '103.28.77.214')]),
    C('Lithium levels and heat - clients working outdoors in Queensland summers, any guidance from the RANZCP?'),
    C("Longer one. Malalai Noorzai is a midwife from Lashkar Gah Bolan who was evacuated in 2021 and is now in Hampstead Gardens in South Australia. Her AHPRA registration MID0002738104 is pending bridging. She's depressed, lost her profession, and feels she abandoned women at home. Thoughts on moral injury framing?", [('name', 'Malalai Noorzai'), ('place', 'Lashkar Gah Bolan'), ('place', 'Hampstead Gardens'), ('licence', 'MID0002738104')]),
    C('Cape Malay client Gadija Abrahams-Isaacs, Schotsche Kloof, 58, gentrification, neighbours sold up, she feels like the last one. SA ID 6709130188081.', [('name', 'Gadija Abrahams-Isaacs'), ('place', 'Schotsche Kloof'), ('ssn', '6709130188081')]),
    C('Tausug Jul-Asri Tahil, Patikul, former combatant surrendered, reintegration program. GCash 0917 483 2206.', [('name', 'Jul-Asri Tahil'), ('place', 'Patikul'), ('account', '0917 483 2206')]),
    C('How many sessions does the Employee Assistance Programme usually fund? Ours says three.'),
    C('how do people deal with clients who arrive two hours early because of the bus schedule?'),
    C('Referral from a school: Lungile Hlatshwayo, Osizweni Section A, sent us their portal https://referrals.kzneducation.co.za/case/44718. wrong link?', [('name', 'Lungile Hlatshwayo'), ('place', 'Osizweni Section A'), ('url', 'https://referrals.kzneducation.co.za/case/44718')]),
    C('Chinese-Kiwi Wong Sui-lan, Patumāhoe market garden, 80s Asian Invasion stories, her grandson just got called names again.', [('name', 'Wong Sui-lan'), ('place', 'Patumāhoe')]),
    C("For the supervision session on Friday, please read the chapter on shame from Brené Brown's Daring Greatly."),
    C("Pitjantjatjara Ngunytjima Brumby, Pukatja, grandson petrol sniffing, she's the carer. Centrelink CRN 214 387 619K.", [('name', 'Ngunytjima Brumby'), ('place', 'Pukatja'), ('ssn', '214 387 619K')]),
    C('portal: Aisha Bello Abubakar changed phone to 0803 417 2298 and address to 14 Sultan Road, Nassarawa GRA, 700233.', [('name', 'Aisha Bello Abubakar'), ('phone', '0803 417 2298'), ('street_address', '14 Sultan Road, Nassarawa GRA'), ('zip_code', '700233')]),
    C('Rolando Cabacaba Pacle, Barangay 88 San Jose, Yolanda survivor, tricycle driver, plate UV 8431. nightmares every storm season.', [('name', 'Rolando Cabacaba Pacle'), ('place', 'Barangay 88 San Jose'), ('vehicle', 'UV 8431')]),
    C('Our new referral form for the Pacific team lives at https://pacificwellbeing.org.nz/refer?src=peer - first user was Losana Vakacegu Tora from Naulu Hill.', [('url', 'https://pacificwellbeing.org.nz/refer?src=peer'), ('name', 'Losana Vakacegu Tora'), ('place', 'Naulu Hill')]),
    C('Mbuyi Kalala Bijou - Matete, market trader in wax cloth, husband took a second wife. Lingala sessions please. MPSA? she pays by Airtel Money +243 99 482 1076.', [('name', 'Mbuyi Kalala Bijou'), ('place', 'Matete'), ('account', '+243 99 482 1076')]),
    C('Does Daman cover psychotherapy in Abu Dhabi, or only psychiatry visits? Clients keep asking and I keep guessing.'),
    C('Osaka taxi driver Nakamura Tetsuji, plate なにわ 500 さ 41-07, karaoke and a marriage ended. DL 6201 4408 1273.', [('name', 'Nakamura Tetsuji'), ('vehicle', 'なにわ 500 さ 41-07'), ('licence', '6201 4408 1273')]),
    C('Afghan in Khyber Pakhtunkhwa: Nasrin Safi, Board Bazaar, PoR card expired, police raids. Dari.', [('name', 'Nasrin Safi'), ('place', 'Board Bazaar')]),
    C('new rule from admin: no client names in email subject lines. please stick to it'),
    C('Filipino-Australian Jennilyn Pascual Reyes, Kings Langley, carer for her dad with MS, wheelchair SN QX7-04418293.', [('name', 'Jennilyn Pascual Reyes'), ('place', 'Kings Langley'), ('device', 'SN QX7-04418293')]),
    C('Balinese Ni Wayan Sukerti, Banjar Tegallalang, hotel housekeeper, husband gambling at cockfights. BPJS? she has JKN 0001847203114.', [('name', 'Ni Wayan Sukerti'), ('place', 'Banjar Tegallalang'), ('health_plan', '0001847203114')]),
    C('audit: record of Ebere Nnaji Chukwuemeka viewed from 2c0f:f4c0:1187:2a::4d at 02:14 by a locum account. please check.', [('name', 'Ebere Nnaji Chukwuemeka'), ('ip_address', '2c0f:f4c0:1187:2a::4d')]),
    C('Fax received from Sheikh Khalifa Medical City psychiatry re Alia Obaid Al Shamsi, MRN SKMC-00447812, fax +971 2 610 4419.', [('place', 'Sheikh Khalifa Medical City'), ('name', 'Alia Obaid Al Shamsi'), ('medical_record', 'SKMC-00447812'), ('fax', '+971 2 610 4419')]),
    C('Does the NDIS cover psychology for a carer, or only for the participant?'),
    C("Longer one, sorry. I've been seeing Wanjiku Gathoni Mbugua since August - she's a flower packer at a farm near Kasarani Naivasha and the chemical smell now triggers panic after a spraying accident last year. She's on sertraline from the county hospital, chart no. NVS-2025-184403, and she asked me to write to her supervisor. How do people phrase workplace letters without saying too much?", [('name', 'Wanjiku Gathoni Mbugua'), ('place', 'Kasarani Naivasha'), ('medical_record', 'NVS-2025-184403')]),
    C('tui manuela from randwick park says the group time clashes with church, can we move it', [('name', 'tui manuela'), ('place', 'randwick park')]),
    C('Is anyone doing Problem Management Plus from the WHO? Looking for the Arabic manual.'),
    C('if the power goes out during a video session, do you call back or wait for the client?'),
    C('Saudi teacher Hessa Nasser Al-Dosari, Al Khobar Al Shamalia, driving since 2018 and her brothers still resent it. Bupa Arabia 2283 0716 47.', [('name', 'Hessa Nasser Al-Dosari'), ('place', 'Al Khobar Al Shamalia'), ('health_plan', '2283 0716 47')]),
    C("Portal: Ahmad Faiz bin Rosli uploaded a doctor's letter, file name has his MyKad 880912-10-5617 in it. renaming.", [('name', 'Ahmad Faiz bin Rosli'), ('ssn', '880912-10-5617')]),
    C('Is there anything like Beyond Blue in the Gulf states? Clients ask and I never have a good answer.'),
    C('We have funding for Mental Health First Aid training in March - who wants to go?'),
    C("Peranakan grandmother Lim Swee Neo, Kampung Morten, 91 tahun, grief after her nyonya kueh shop closed. grandson's email lsn.grandson@outlook.my.", [('name', 'Lim Swee Neo'), ('place', 'Kampung Morten'), ('age_over_89', '91 tahun'), ('email', 'lsn.grandson@outlook.my')]),
    C('Telehealth page for the Arabic group: https://telepsych.jo/groups/arabic-mothers - facilitator Dima Khalil Abu Ghosh.', [('url', 'https://telepsych.jo/groups/arabic-mothers'), ('name', 'Dima Khalil Abu Ghosh')]),
    C("Atayal Yupas Watan, Smangus, nephew's suicide. Mandarin + Atayal.", [('name', 'Yupas Watan'), ('place', 'Smangus')]),
    C('Günel Məmmədova, Sumqayıt, chemical plant widow, 52 - asks for group not 1:1.', [('name', 'Günel Məmmədova'), ('place', 'Sumqayıt')]),
    C('the shared calendar double-booked room 2 again, whoever fixes that gets cake'),
    C("Long one. Aigerim Seitkali Nurlanovna, 34, is a nurse from Kuryk village who moved to the capital after the 2022 unrest; her brother was among those detained. IIN 880214450319. She has new headaches and startles at sirens. Kazakh/Russian. I think this is traumatic stress, but I'm not sure how safe it is for her to talk about it over our platform.", [('name', 'Aigerim Seitkali Nurlanovna'), ('place', 'Kuryk'), ('ssn', '880214450319')]),
    C("Kabyle client Ouardia Aït Mansour, Aït Yenni, jeweller's widow, now alone in a house built for twelve. 78. Any Tamazight speakers?", [('name', 'Ouardia Aït Mansour'), ('place', 'Aït Yenni')]),
    C('Mahlatse Kgomo Mashego, Ga-Mphahlele, platinum mine contract worker - section 189 retrenchment, drinks, debts with a mashonisa. Discovery? no, GEMS GM 0418 2276.', [('name', 'Mahlatse Kgomo Mashego'), ('place', 'Ga-Mphahlele'), ('health_plan', 'GM 0418 2276')]),
    C("apple grower Ravinder Chauhan, hail took two years' crop. Address Village Gumma, P.O. Kotkhai 171202. depression screening PHQ 19.", [('name', 'Ravinder Chauhan'), ('street_address', 'Village Gumma, P.O. Kotkhai'), ('zip_code', '171202')]),
    C('Chakma client Jhuma Chakma Dewan, Dighinala - land grab, arson, she was 10. Now a nurse. NID 1995 4612 0873 449. flashbacks at the clinic.', [('name', 'Jhuma Chakma Dewan'), ('place', 'Dighinala'), ('ssn', '1995 4612 0873 449')]),
    C('New link for the Tamil group: https://zoom.us/j/8841207736?pwd=thamizh - host is Kalaivani Shanmugasundaram.', [('url', 'https://zoom.us/j/8841207736?pwd=thamizh'), ('name', 'Kalaivani Shanmugasundaram')]),
    C('Limbu client Ganesh Subba Limbu, Phidim, returned from Malaysia with a spinal injury. wheelchair WC-KC-0884712 donated by the district.', [('name', 'Ganesh Subba Limbu'), ('place', 'Phidim'), ('device', 'WC-KC-0884712')]),
    C('In our community, therapy is something for "crazy people" or the rich. Any language you use in flyers that helps?'),
    C('Italian-Australian Concettina Lo Presti-Zappia, Hanwood farm, novantadue anni, widowed, refuses to leave the vineyard.', [('name', 'Concettina Lo Presti-Zappia'), ('place', 'Hanwood'), ('age_over_89', 'novantadue anni')]),
    C("Consultation request. Rewi Tamahori Parata, 34, is a forestry worker from Hiruharama who was injured when a log rolled, he's on ACC ACC 40182-7H and in pain. He's whakamā about being home. His kuia wants a rongoā healer involved. How do others work alongside traditional healers, and who leads when the advice conflicts with the pain clinic?", [('name', 'Rewi Tamahori Parata'), ('place', 'Hiruharama'), ('health_plan', 'ACC 40182-7H')]),
    C('Question about the Saudi Commission for Health Specialties: do they accept supervised hours from a non-Saudi supervisor?'),
    C("A long question about fees. Many of my clients are paid by the day or by the harvest, and a fixed weekly fee makes no sense for them. I've been letting people pay after the market day, or in two parts across the month, but my manager worries it looks informal and that the auditors will question it. How do others in private or NGO practice handle irregular incomes without making the client feel like a charity case?"),
    C('Dalmatian-Kiwi Ante Babich Jurlina, Kumeu vineyard, 78, grief after his brother. NHI ZKC4718.', [('name', 'Ante Babich Jurlina'), ('place', 'Kumeu'), ('health_plan', 'ZKC4718')]),
    C('our waiting room has no private corner for women who come with in-laws. ideas that cost nothing?'),
    C("CPAP serial J2048813617 belongs to Haji Abdul Ghafoor Dashti of Gwadar Shadi Kaur - he's stopped using it and his mood tanked. Urdu/Balochi.", [('device', 'J2048813617'), ('name', 'Abdul Ghafoor Dashti'), ('place', 'Gwadar Shadi Kaur')]),
    C("Audit: 197.210.84.59 downloaded 14 files, last one Chiamaka Obi-Nwankwo's intake. a scraper? IT notified.", [('ip_address', '197.210.84.59'), ('name', 'Chiamaka Obi-Nwankwo')]),
    C("Shahzadi Begum from Booni, widow, 48 - her daughter's marriage to a man down country, she won't hear from her.", [('name', 'Shahzadi Begum'), ('place', 'Booni')]),
    C('Korean expat in Vietnam: Choi Min-seo, Thảo Điền, kirogi mum, husband stayed in Korea, teen son refusing school. email minseo.choi.hcm@naver.com.', [('name', 'Choi Min-seo'), ('place', 'Thảo Điền'), ('email', 'minseo.choi.hcm@naver.com')]),
    C("EcoCash payment from Tafadzwa Moyo-Chigumba came through as 0774 218 309, she's in Dangamvura and asked for a receipt without the clinic name.", [('name', 'Tafadzwa Moyo-Chigumba'), ('account', '0774 218 309'), ('place', 'Dangamvura')]),
    C("Long consult. Zhou Yuting, 23, a food-delivery rider in Longhua Minzhi, rode through a red light to avoid a late penalty and hit a pedestrian. He's facing charges. His e-bike 深圳 B·04718 was seized. He hasn't slept since. Mandarin. How do you help with guilt when the system pushed him, without excusing what happened to the pedestrian?", [('name', 'Zhou Yuting'), ('place', 'Longhua Minzhi'), ('vehicle', '深圳 B·04718')]),
    C("I'm seeing Sophia Atanga Akeju-Boateng, a Ghanaian-Nigerian nurse at a hospital in Fereej Al Nasr, who moved for the salary and now feels trapped by her contract. Her DHP licence DHP-N-224719 is tied to her sponsor. She's anxious and isn't sleeping. Anyone familiar with Qatar's labour rules for healthcare staff?", [('name', 'Sophia Atanga Akeju-Boateng'), ('place', 'Fereej Al Nasr'), ('licence', 'DHP-N-224719')]),
    C("the group room aircon is broken, moving the carers' group to the small room"),
    C('Bhil client Kesar Bai Damor, Kalidevi, migrates to Gujarat cotton fields every winter with four kids. ration card? skip.', [('name', 'Kesar Bai Damor'), ('place', 'Kalidevi')]),
    C("Australian South Sea Islander Emelda Tanna Davis, Farleigh cane farm, blackbirding history, she's researching her great-grandfather.", [('name', 'Emelda Tanna Davis'), ('place', 'Farleigh')]),
    C('Forwarded fax: patient Houénou Codjo Agbodjan, Abomey-Calavi Zogbadjè, student, vodun family conflict after he converted. Fax back +229 21 36 08 14. DOB 03/09/2001.', [('name', 'Houénou Codjo Agbodjan'), ('place', 'Abomey-Calavi Zogbadjè'), ('fax', '+229 21 36 08 14'), ('date', '03/09/2001')]),
    C('Kolbar client - Hiwa Ahmadi Sardashti, Baneh, carried goods over the mountains since 16, lost toes to frostbite. kod melli withheld.', [('name', 'Hiwa Ahmadi Sardashti'), ('place', 'Baneh')]),
    C('Fax re Kamaljeet Kaur Bains from Māngere Town Centre family doctor: 09 278 4416. Referral for postnatal depression, NHI ZLM8243.', [('name', 'Kamaljeet Kaur Bains'), ('place', 'Māngere Town Centre'), ('fax', '09 278 4416'), ('health_plan', 'ZLM8243')]),
    C('when a teenager asks you not to tell their parents about a boyfriend, where do you draw the line?'),
    C('when you finish a long trauma case, what do you do on the drive home?'),
    C('has anyone else had the new portal log them out mid-note? lost half a session summary today'),
    C("Does Bupa or Medibank cover telehealth with an overseas-registered psychologist? Asking for a client's sister."),
    C("I'd appreciate thoughts. Mele Tāufa Hufanga is a church youth leader in Ōtara Bairds Road end, 28, who disclosed that she was abused by a relative who is now a minister. Her parents know and asked her to forgive. She wants to stay in the church and also wants him out. Any Pacific-informed approaches to this that don't force a choice between faith and safety?", [('name', 'Mele Tāufa Hufanga'), ('place', 'Ōtara Bairds Road end')]),
    C('Kaliyamma Subramani, Door No. 7/112, Kamarajar Salai, Kovilpatti 628501, match factory worker, burns, asking about compensation letters.', [('name', 'Kaliyamma Subramani'), ('street_address', 'Door No. 7/112, Kamarajar Salai, Kovilpatti'), ('zip_code', '628501')]),
    C('webform: Yoon Ji-hoon, Ttukseom-ro 17-gil 24, Seongdong-gu, 04763, 010-7218-4403.', [('name', 'Yoon Ji-hoon'), ('street_address', 'Ttukseom-ro 17-gil 24, Seongdong-gu'), ('zip_code', '04763'), ('phone', '010-7218-4403')]),
    C("I'm after the Urdu version of the EPDS; the one I have is missing the last page."),
    C('Any Korean speakers who know of a good version of the CES-D for older women?'),
    C('anyone have a decent grief timeline handout for families where the funeral is weeks after the death?'),
    C('New WHO guidelines on mental health at work came out - anyone summarised them for the team?'),
    C("I keep coming back to Viktor Frankl's Man's Search for Meaning with my older refugee clients. Too much?"),
    C('South Sudanese Australian Achol Deng Majok, Hallam South, son in youth detention, she works aged care night shift. email achol.majok@bigpond.com.', [('name', 'Achol Deng Majok'), ('place', 'Hallam South'), ('email', 'achol.majok@bigpond.com')]),
    C('taxi driver Yaw Boakye-Ansah, Kasoa Ofaakor, car GR 4471-22 stolen at gunpoint, now drives for an app with a borrowed car. Ghana DL OWU-82041-00318.', [('name', 'Yaw Boakye-Ansah'), ('place', 'Kasoa Ofaakor'), ('vehicle', 'GR 4471-22'), ('licence', 'OWU-82041-00318')]),
    C('Bi Rukia Abdalla Famau from Mkomani - widow of a dhow captain, 61, wants to talk in Swahili only. Can anyone take her on a Thursday?', [('name', 'Rukia Abdalla Famau'), ('place', 'Mkomani')]),
    C("i got a thank-you call from a client's mother today. it made my week"),
    C('The Psychological Society of South Africa conference is in September - anyone presenting?'),
    C('Lalremruati Ralte, Chanmari veng - her brother is on heroin, family wants her to "fix him". Mizo/English ok.', [('name', 'Lalremruati Ralte'), ('place', 'Chanmari')]),
    C('Samoan-Kiwi Tavita Faleolo Leiataua, Kāinga Ora block on Robertson Road, church tithe pressure, lost his job at the airport. IRD 094-227-618.', [('name', 'Tavita Faleolo Leiataua'), ('place', 'Kāinga Ora block on Robertson Road'), ('ssn', '094-227-618')]),
    C("Meleane Kupu Taumoepeau from Pangai Si'i, ta'u hivangofulu mā ono, great-grandmother, keeps walking to the old church at night.", [('name', 'Meleane Kupu Taumoepeau'), ('place', "Pangai Si'i"), ('age_over_89', "ta'u hivangofulu mā ono")]),
    C('Aeta client Marites Dela Cruz Salvador, Sitio Gala, volcano resettlement family, 24, pregnancy and fear.', [('name', 'Marites Dela Cruz Salvador'), ('place', 'Sitio Gala')]),
    C("Sevan Kasparian-Tashjian, Nor Sis, watch repairer, 67, Armenian, grandson left for Armenia - he's alone with his mother who is ninety-six at Vartavar.", [('name', 'Sevan Kasparian-Tashjian'), ('place', 'Nor Sis'), ('age_over_89', 'ninety-six at Vartavar')]),
    C("Is there a Bahasa Indonesia version of the PCL-5 that's validated?"),
    C('tired today. two suicide risk assessments back to back. taking a walk before notes'),
    C('portal upload: Lerato Masondo-Sithole, address 2145 Mputhi Street, Jabavu White City, 1868 - she asked for paper letters only.', [('name', 'Lerato Masondo-Sithole'), ('street_address', '2145 Mputhi Street'), ('place', 'Jabavu White City'), ('zip_code', '1868')]),
    C("Kannada farmer Shivakumar Gowda from Keragodu - two failed borewells, loans, talked about the pesticide bottle. safety plan done. Son's phone +91 94481 20376.", [('name', 'Shivakumar Gowda'), ('place', 'Keragodu'), ('phone', '+91 94481 20376')]),
    C("Anyone using the PHQ-9 in Swahili? I've seen two versions and they differ on item 9."),
    C('Torres Strait Islander, Aunty Mabel Kulka Nona, Kubin village, sea level, cemetery washing out. Medicare? she has DVA gold card QX 218407.', [('name', 'Mabel Kulka Nona'), ('place', 'Kubin village'), ('health_plan', 'QX 218407')]),
    C('Chuukese Kimiuo Siales, Mechitiw, methamphetamine in the family now; he wants a group for the men.', [('name', 'Kimiuo Siales'), ('place', 'Mechitiw')]),
    C('Chin client Salai Van Lian Thang, Hakha, crossed to Mizoram after 2021, now a daily-wage porter. UNHCR? no. phone +91 89740 22613.', [('name', 'Salai Van Lian Thang'), ('place', 'Hakha'), ('phone', '+91 89740 22613')]),
    C("Need a sanity check. I see Putu Agus Wirawan, a Balinese surf instructor in Canggu Berawa, who was arrested for a fight with a tourist and is now on a 6-month curfew with an ankle monitor EM-ID 4471-8823-06. He says the tourist started it. He's drinking at home. Court wants a progress report - what do you put in those?", [('name', 'Putu Agus Wirawan'), ('place', 'Canggu Berawa'), ('device', 'EM-ID 4471-8823-06')]),
    C("I have a client who's a Jehovah's Witness and won't attend anything in a church hall. We need a new venue for the group. Suggestions that aren't religious?"),
    C('anyone got a short mindfulness script that doesn\'t use the word "mindfulness"? it puts some of my older clients off'),
    C("Thinking aloud. The more I work with migrant workers on two-year contracts, the more I feel that my job is to help them survive a structure rather than to change anything inside them. Is it still therapy if most of what we do is plan, budget, sleep, call home and get through? I'm not complaining - I'd just like to know how others think about the scope of the work when the problem is mostly the contract."),
    C("Log: 203.109.171.22 (NZ) accessed Mereana Tipoki-Hohaia's notes after her discharge. is that the school counsellor?", [('ip_address', '203.109.171.22'), ('name', 'Mereana Tipoki-Hohaia')]),
    C('question: can a 16-year-old consent to therapy on their own here? i keep getting conflicting answers'),
    C('Saigon grab rider Lê Văn Phúc, 59-X2 184.27, Phường 12 Gò Vấp, gambling debt, loan sharks at the door.', [('name', 'Lê Văn Phúc'), ('vehicle', '59-X2 184.27'), ('place', 'Phường 12 Gò Vấp')]),
    C("Need input. Bunga Kirana Siregar is an Acehnese domestic worker returned from Saudi to Gampong Pie; she was beaten by an employer and is now pregnant. Her family wants her to marry quickly. Sessions at the puskesmas on Kamis, 19 Maret 2026. What can I offer in two sessions that won't leave her worse off when I'm gone?", [('name', 'Bunga Kirana Siregar'), ('place', 'Gampong Pie'), ('date', 'Kamis, 19 Maret 2026')]),
    C("Cypriot refugee family - Andreas Kyriakou Hadjipetrou, Kaimakli, the father's village is on the other side, he's ninety-two next month and wants to visit once more.", [('name', 'Andreas Kyriakou Hadjipetrou'), ('place', 'Kaimakli'), ('age_over_89', 'ninety-two next month')]),
    C('Victorian tradie Jayden Cooper-Marsh, ute 1XR 7AB, Manor Lakes, ice use, fighting with his ex over the kids. BSB 063-182 1047 2258.', [('name', 'Jayden Cooper-Marsh'), ('vehicle', '1XR 7AB'), ('place', 'Manor Lakes'), ('account', '063-182 1047 2258')]),
    C("I'd love a short summary of Narrative Exposure Therapy for a new colleague, something from Schauer, Neuner and Elbert."),
    C('how are people doing interpreter debriefs after heavy sessions? we never build in the time'),
    C("small win: a client who hasn't left the house in a year came in person today"),
    C('No sessions on Eid al-Fitr; the Arabic and Somali groups restart the Monday after.'),
    C('anyone else find that "trauma" is a word that frightens clients more than it helps?'),
    C('Is anyone using the Fono Fale model with Samoan families outside New Zealand?'),
    C('Hearing aid serial HA-5R1-88204719 came back from repair for Theresa Apanui Koroheke, Whakaangiangi, kuia, she says she hears better without it - she can choose what to hear.', [('device', 'HA-5R1-88204719'), ('name', 'Theresa Apanui Koroheke'), ('place', 'Whakaangiangi')]),
    C("Batak Rosmawati boru Simanjuntak, Balige, pastor's wife, migraines, family pressure about her infertility.", [('name', 'Rosmawati boru Simanjuntak'), ('place', 'Balige')]),
    C('audit log 11:42 - user opened record of Layla Ghassan Haddad, Geitawi, from IP 185.81.142.27. not a clinician on her team, flagging.', [('name', 'Layla Ghassan Haddad'), ('place', 'Geitawi'), ('ip_address', '185.81.142.27')]),
    C('does anyone keep a list of affordable lawyers for clients with labour disputes? no names here please, dm me'),
    C('need a second opinion on whether to report a risk disclosed in a group session - no details here, call me'),
    C("Bit long. Kaveh Rostamzadeh Nejati is a taxi driver in Golshahr Mehrshahr, 52, whose son was killed in the 2022 protests. He drives sixteen hours a day so he doesn't have to be home. His wife wants a memorial every month; he can't bear it. They argue in the car outside my office. How do you work with couples grieving in opposite directions?", [('name', 'Kaveh Rostamzadeh Nejati'), ('place', 'Golshahr Mehrshahr')]),
    C('Anyone know good Tagalog mental health resources? Looking for something beyond the Filipino hotline.'),
    C('Imranullah Afridi from Jamrud, MRN LRH-PSY-22-4418, chronic pain after the blast, mood low.', [('name', 'Imranullah Afridi'), ('place', 'Jamrud'), ('medical_record', 'LRH-PSY-22-4418')]),
    C('how do you do a risk assessment by phone when you can hear other people in the room?'),
    C('Yemeni client Abdulrahman Qaid Al-Sharabi, Al-Qahira district of Taiz - sniper alley, lost his leg. Prosthesis serial OB-3R80-447121.', [('name', 'Abdulrahman Qaid Al-Sharabi'), ('place', 'Al-Qahira district'), ('device', 'OB-3R80-447121')]),
    C("Sukuma cotton farmer Masanja Budodi from Nyalikungu - accused his sister-in-law of witchcraft after the twins died, family meeting next week, I'm not sure what I'm walking into. thoughts?", [('name', 'Masanja Budodi'), ('place', 'Nyalikungu')]),
    C('Long referral from the Red Crescent team: Amal Fathi Abu Shanab, 44, lives in a prefab at Azraq camp Village 5 with her four children. Her husband was detained in 2013. She has high blood pressure and was given amlodipine; UNHCR file AZQ-13-C07418. She sleeps with the light on. Anyone done NET in camps with the kids in the same room?', [('name', 'Amal Fathi Abu Shanab'), ('place', 'Azraq camp Village 5'), ('medical_record', 'AZQ-13-C07418')]),
    C("Anyone trained in the Friendship Bench model? Dixon Chibanda's approach might suit our grandmother volunteers."),
    C('Sri Lankan domestic in Lebanon, Kumari Wijesinghe Mudiyanselage, Mar Roukoz - kafala, no pay since the crash. DOB 1979-08-21.', [('name', 'Kumari Wijesinghe Mudiyanselage'), ('place', 'Mar Roukoz'), ('date', '1979-08-21')]),
    C('Bidayuh Siben anak Jugah, Kampung Annah Rais, longhouse homestay collapsed after Covid.', [('name', 'Siben anak Jugah'), ('place', 'Kampung Annah Rais')]),
    C('how long do you keep voice notes clients send over messaging apps?'),
    C('Jute mill worker Sheikh Mohammad Israil, Titagarh, mill lockout 4 months. ESIC? no - no cover.', [('name', 'Sheikh Mohammad Israil'), ('place', 'Titagarh')]),
    C("Any Arabic speakers who've used the Harvard Trauma Questionnaire? Our version is from the Iraqi adaptation."),
    C('Can someone recommend a culturally adapted CBT book for Muslim clients? I know of the work by Farooq Naeem.'),
    C('Okinawan Higa Tsuruko, Yomitan, 九十四歳, battle memories of the caves surfacing with dementia.', [('name', 'Higa Tsuruko'), ('place', 'Yomitan'), ('age_over_89', '九十四歳')]),
    C('Preye Ebikeme Ayibatonye - Ijaw, Odi, the 1999 thing, he was 8. Now 34, oil spill ruined the fishing. Email preye.ayibatonye@yahoo.com.', [('name', 'Preye Ebikeme Ayibatonye'), ('place', 'Odi'), ('email', 'preye.ayibatonye@yahoo.com')]),
    C('Samah Kheir Mansour from Beit Jann, Druze, first woman in her family at university, engagement broken. email samah.k.mansour@walla.co.il.', [('name', 'Samah Kheir Mansour'), ('place', 'Beit Jann'), ('email', 'samah.k.mansour@walla.co.il')]),
    C("Re Beja client Hamid Ohaj Mohammed Tahir (Sinkat) - he came down to the coast after the fighting and hasn't heard from his brothers. He won't sit in a closed room. Ideas for walking sessions?", [('name', 'Hamid Ohaj Mohammed Tahir'), ('place', 'Sinkat')]),
    C('Cham client Đàng Thị Hoa, Phước Nhơn, weaver, son in Malaysia on a fishing boat. CCCD 058186004512.', [('name', 'Đàng Thị Hoa'), ('place', 'Phước Nhơn'), ('ssn', '058186004512')]),
    C('Up-country Tamil tea plucker Letchumi Velayutham, Agarapatana line rooms - 18kg quota, husband drinks kasippu. please Tamil.', [('name', 'Letchumi Velayutham'), ('place', 'Agarapatana')]),
    C('Our Ethiopian clients prefer coffee ceremonies over sitting in a room. Can a group happen around that?'),
    C('Santosh Kanwar Rathore, Osian, 24, ghunghat and a husband in the Gulf. Mother-in-law listens at the door. any tips for phone sessions in that setting?', [('name', 'Santosh Kanwar Rathore'), ('place', 'Osian')]),
    C('queensland cane truck 482 JTK - driver Salesi Taufa Moala, Bundaberg East, fatigue, wife in Tonga. HC licence QLD 087 441 225.', [('vehicle', '482 JTK'), ('name', 'Salesi Taufa Moala'), ('place', 'Bundaberg East'), ('licence', 'QLD 087 441 225')]),
    C('Intake webform: Nguyễn Thị Bích Ngọc, số 42 ngõ 158 Hào Nam, 115360, phone +84 912 408 377.', [('name', 'Nguyễn Thị Bích Ngọc'), ('street_address', 'số 42 ngõ 158 Hào Nam'), ('zip_code', '115360'), ('phone', '+84 912 408 377')]),
    C("Saidi family - Mahmoud Abdel-Sattar Radwan, Naga Hammadi, sugar mill. Egyptian national ID 27611042701358. Blood feud in the family, he's the one expected to act. very stuck.", [('name', 'Mahmoud Abdel-Sattar Radwan'), ('place', 'Naga Hammadi'), ('ssn', '27611042701358')]),
    C('Portal message from Tamatea Rangi Herewini asking to use tamatea.herewini@xtra.co.nz and not his work email.', [('name', 'Tamatea Rangi Herewini'), ('email', 'tamatea.herewini@xtra.co.nz')]),
    C('Sikh truckie Harmanpreet Singh Bhullar, Mambourin, fatigue, a near miss on the highway, licence 048 217 539.', [('name', 'Harmanpreet Singh Bhullar'), ('place', 'Mambourin'), ('licence', '048 217 539')]),
    C('Sasak migrant returnee Lalu Ahmad Zaini, Sembalun Lawang, back from Malaysia palm oil, earthquake 2018 since. anxious.', [('name', 'Lalu Ahmad Zaini'), ('place', 'Sembalun Lawang')]),
    C("Could use help. Nasiba Abdurakhmonova moved from Fergana to Bodomzor mahalla for university, and her fiancé's family now controls her phone. She messages me from a friend's account n.abdurakhmonova.tsu@gmail.com and is afraid of a forced early wedding in June. Uzbek. What's the safest way to keep contact?", [('name', 'Nasiba Abdurakhmonova'), ('place', 'Bodomzor'), ('email', 'n.abdurakhmonova.tsu@gmail.com')]),
    C('Is anyone using Thai Mind or the Thai Department of Mental Health hotline with clients? Does it actually answer?'),
    C('audit: Lai Yi-ting record exported as PDF from 114.34.209.66 (Taiwan ISP). clinician says she was asleep.', [('name', 'Lai Yi-ting'), ('ip_address', '114.34.209.66')]),
    C('does anyone screen for domestic violence when the husband drives her to the session and waits outside?'),
    C('Zhuang client Wei Guangmei, Jingxi, left-behind grandmother raising three grandkids. WeChat wxid_4k8m2p1gwm.', [('name', 'Wei Guangmei'), ('place', 'Jingxi'), ('account', 'wxid_4k8m2p1gwm')]),
    C('Oxygen concentrator OC-9K4-21740058 - Haji Mansur Latifov, Kattakurgan mahalla Bogishamol, COPD, anxiety attacks when the power cuts.', [('device', 'OC-9K4-21740058'), ('name', 'Mansur Latifov'), ('place', 'Kattakurgan mahalla Bogishamol')]),
    C('Rapa Nui client Maeva Tuki Pakarati, Hanga Roa, tour guide, land claims, family split. Spanish/Rapanui.', [('name', 'Maeva Tuki Pakarati'), ('place', 'Hanga Roa')]),
    C('Karnataka referral: Shreya Narayanaswamy, Flat 302, Sai Krupa Residency, 5th Cross, HSR Layout Sector 2, 560102. IT, burnout, 3am Slack.', [('name', 'Shreya Narayanaswamy'), ('street_address', 'Flat 302, Sai Krupa Residency, 5th Cross, HSR Layout Sector 2'), ('zip_code', '560102')]),
    C('Zimbabwean-Australian nurse Rutendo Chikwanha, Wilsonton Heights, racism on the ward at the base hospital, AHPRA NMW0002184763.', [('name', 'Rutendo Chikwanha'), ('place', 'Wilsonton Heights'), ('licence', 'NMW0002184763')]),
    C("Has anyone compared the Beck Depression Inventory with the PHQ-9 in Amharic? Our numbers don't match at all."),
    C("i've been asked to speak at a school about exam stress. 20 minutes, 300 kids. help"),
    C('When Chinese clients talk about "neurasthenia", do you correct the term or work with it? Kleinman wrote about this.'),
    C('fax to +880 2 9118 436 re Taslima Akter Munni, Jamgora Bazar, garment worker, fainting on the line. cover sheet only please.', [('fax', '+880 2 9118 436'), ('name', 'Taslima Akter Munni'), ('place', 'Jamgora Bazar')]),
    C('Wiremu Pomare Kaa, Horoera, his Facebook live facebook.com/wiremu.kaa.live showed him drinking and talking about ending it. whānau called us.', [('name', 'Wiremu Pomare Kaa'), ('place', 'Horoera'), ('url', 'facebook.com/wiremu.kaa.live')]),
    C('sacada Joel Gelera Tupas, Hacienda Esperanza, Negros, sugar cutting, kids left behind. illiterate; voice sessions.', [('name', 'Joel Gelera Tupas'), ('place', 'Hacienda Esperanza')]),
    C("Request for a co-worker. Khadija Abdi Nuur runs a small restaurant at Kilimani Road, Plot 118 - she's Somali-Ugandan, 52, her son was radicalised online and is now in prison in Somalia. She's asking for a mothers' group. Her phone is +256 772 904 418. Does anyone know of one, ideally run by Somali women and not by a mosque committee, since she feels judged there?", [('name', 'Khadija Abdi Nuur'), ('street_address', 'Kilimani Road, Plot 118'), ('phone', '+256 772 904 418')]),
    C('pls call siti aminah binti hashim in kampung sungai penchala, she missed tuesday, kids sick', [('name', 'siti aminah binti hashim'), ('place', 'kampung sungai penchala')]),
    C('Our clinic is moving from the old system to a new app on Monday; the office will be quiet on Sunday.'),
    C('Fax cover: to the psych team, re Abena Serwaa Darko, DOB 17.06.1984, fax +233 302 77 41 09, 3 pages.', [('name', 'Abena Serwaa Darko'), ('date', '17.06.1984'), ('fax', '+233 302 77 41 09')]),
    C('Gond woman Somari Netam, Dantewada - husband killed in crossfire 2011, she runs a mahua collection group. voice notes only.', [('name', 'Somari Netam'), ('place', 'Dantewada')]),
    C("hearing aid SN 2218470X issued to Mzee Kombo Juma Salim, Mtoni Kidatu, miaka tisini na saba; daughter says he's withdrawn.", [('device', 'SN 2218470X'), ('name', 'Kombo Juma Salim'), ('place', 'Mtoni Kidatu'), ('age_over_89', 'miaka tisini na saba')]),
    C('is there a respectful way to ask about bride price in an assessment?'),
    C('Balti client Muhammad Ali Shigri, Khaplu, porter on high-altitude expeditions, lost a friend in the bottleneck. Urdu ok.', [('name', 'Muhammad Ali Shigri'), ('place', 'Khaplu')]),
    C("Reading group next month is Judith Herman's Trauma and Recovery, chapters 1 to 3."),
    C('Is escitalopram really better tolerated than fluoxetine for teenagers, or is it marketing?'),
    C('Cebuano client Ma. Theresa Bacalso Ybañez, Barangay Kasambagan, call-centre night shift, son with asthma. PhilHealth PIN 12-050418372-9.', [('name', 'Ma. Theresa Bacalso Ybañez'), ('place', 'Barangay Kasambagan'), ('health_plan', '12-050418372-9')]),
    C("Pakistani driver in Saudi, Muhammad Arshad Bhatti, iqama 2418830576, sponsor won't renew; he's in a crowded room at Al Aziziyah with 11 others. WhatsApp +966 55 310 4428.", [('name', 'Muhammad Arshad Bhatti'), ('ssn', '2418830576'), ('place', 'Al Aziziyah'), ('phone', '+966 55 310 4428')]),
    C("I've started using the WHO-5 as a quick check-in. Five questions, clients like it."),
    C('Vietnamese fisherman in Taiwan, Nguyễn Văn Thắng, Nanfangao - beaten on a tuna boat, now at a shelter. ARC FC01847261.', [('name', 'Nguyễn Văn Thắng'), ('place', 'Nanfangao'), ('ssn', 'FC01847261')]),
    C('Aybek Tleumuratov from Moynaq, ex-fisherman, the sea went, he watched the ships rust. Respiratory illness in the family. Karakalpak/Russian.', [('name', 'Aybek Tleumuratov'), ('place', 'Moynaq')]),
    C('Fax: Zanele Mthethwa-Ngcobo, Umlazi Q Section, from the district clinic, 031 907 8841, med review for lithium.', [('name', 'Zanele Mthethwa-Ngcobo'), ('place', 'Umlazi Q Section'), ('fax', '031 907 8841')]),
    C('Is quetiapine at 25 mg really a sleeping pill? Three clients have it and none have a psychosis.'),
    C('Has the HPCSA said anything about online therapy across borders, say a client now living in Botswana?'),
    C("We're thinking of using Interpersonal Psychotherapy groups, the model from Uganda with Paul Bolton's team."),
    C('running 10 min late for peer group, start without me'),
    C('I\'d value thoughts. Tendai Mukwena Chirwa works nights as a guard at a warehouse in Lilongwe Area 25 and sleeps three hours a day. His PSV licence MW-DL 0418-2297 was suspended after he dozed at the wheel, which is why he took the guard job. He\'s angry, ashamed, and his wife says he\'s "not the same man". Sleep first or mood first?', [('name', 'Tendai Mukwena Chirwa'), ('place', 'Lilongwe Area 25'), ('licence', 'MW-DL 0418-2297')]),
    C("Reading: Arthur Kleinman's The Illness Narratives for our next meeting. Short chapters."),
    C('Supervision question. My client Ngozi Chidinma Okafor-Eze, a teacher whose mother trades at Ogbete Main Market, is caring for her mother with vascular dementia. Mother is ninety years and three months and refuses the day centre. Ngozi has started missing work. I keep drifting into problem-solving; what structure do you use for caregiver burnout?', [('name', 'Ngozi Chidinma Okafor-Eze'), ('place', 'Ogbete Main Market'), ('age_over_89', 'ninety years and three months')]),
    C('Akha client Apa Jupoh, Ban Huai Mae Sai, statelessness, ID "pending" 19 years. coffee picker.', [('name', 'Apa Jupoh'), ('place', 'Ban Huai Mae Sai')]),
    C('Khmer Krom monk\'s mother, Thạch Thị Sa Rươne, Trà Cú - she wants to talk about a death, not "mental health". Khmer please.', [('name', 'Thạch Thị Sa Rươne'), ('place', 'Trà Cú')]),
    C('what do you do with a client who only wants to talk about the news and politics?'),
    C('how do you talk about medication with a family that thinks pills make you weak?'),
    C("we're collecting old laptops for the community training room, drop them at reception"),
    C('Reading group moved to Wednesday because of Diwali.'),
    C('Referral line: Kavetonua Tjambiru, Himba, Okangwati - attended once with a nurse interpreter, drought took most of the herd. Next visit 3 Mar 2026.', [('name', 'Kavetonua Tjambiru'), ('place', 'Okangwati'), ('date', '3 Mar 2026')]),
    C('Kanak client Josiane Kaloï Wahuzue, Poindimié, 2024 riots, her son arrested. French.', [('name', 'Josiane Kaloï Wahuzue'), ('place', 'Poindimié')]),
    C("does anyone have a one-page handout on sleep hygiene that isn't full of jargon? mine reads like a textbook"),
    C('portal msg from Farhan Iqbal Siddiqui: "please change my email to farhan.siddiqui.khi@gmail.com, my wife reads the old one"', [('name', 'Farhan Iqbal Siddiqui'), ('email', 'farhan.siddiqui.khi@gmail.com')]),
    C("The DSM-5 Cultural Formulation Interview has been useful in intake, but it's long. Anyone shortened it?"),
    C("mama grace akinyi from nyamasaria called again, can't pay this month, i said come anyway", [('name', 'grace akinyi'), ('place', 'nyamasaria')]),
    C('Falmata Bukar Kachalla, 19, Dalori II camp - returned from captivity with a baby. Stigma from her mother. Kanuri interpreter needed.', [('name', 'Falmata Bukar Kachalla'), ('place', 'Dalori II camp')]),
    C("Niuafo'ou Tongan Sela Vaipulu Fonua, Esia, evacuated, now on Tongatapu.", [('name', 'Sela Vaipulu Fonua'), ('place', 'Esia')]),
    C('reminder: no recording of sessions on personal phones, ever'),
    C("Would the team be open to a monthly Balint group? Michael Balint's format for doctors could fit us too."),
    C("Hakka Hsu Chin-lan, Longdu, oil-paper umbrella maker's widow, 84. ARC? no - Taiwanese ID T201847362.", [('name', 'Hsu Chin-lan'), ('place', 'Longdu'), ('ssn', 'T201847362')]),
    C("Rahel Tesfaye Abebe, Kolfe Keranio woreda 7, registered via https://forms.gle/4kTeMw7qRb - the form asks for too much, let's fix that.", [('name', 'Rahel Tesfaye Abebe'), ('place', 'Kolfe Keranio woreda 7'), ('url', 'https://forms.gle/4kTeMw7qRb')]),
    C("Reading: Derald Wing Sue's Counseling the Culturally Diverse. Chapter 5 for next time."),
    C('Question about note-taking across languages. I do sessions in one language and write notes in English, and I worry I\'m flattening what people say - a proverb becomes "client expressed hopelessness". Some colleagues keep a line in the original language. Does anyone do that, and has it caused problems with auditors or with the record being read by someone else later?'),
    C('Could someone weigh in? Joseph Kipchumba Rotich - Nandi tea picker at an estate near Kaptumo - lost his job when the harvesters came. He rides a boda now, KMGB 481T, and crashed twice. He says he "can\'t feel anything". Depression or head injury? I\'ve asked for a CT, but the nearest scanner is a day\'s ride away and he can\'t afford the fare.', [('name', 'Joseph Kipchumba Rotich'), ('place', 'Kaptumo'), ('vehicle', 'KMGB 481T')]),
    C('quick poll - paper or digital for safety plans with clients who share a phone?'),
    C('pacemaker card shows PJN 418 277 S - Pak Sutrisno Wiryo, sembilan puluh lima tahun, lives with his son in Kotagede, thinks the device is listening to him.', [('device', 'PJN 418 277 S'), ('name', 'Sutrisno Wiryo'), ('age_over_89', 'sembilan puluh lima tahun'), ('place', 'Kotagede')]),
    C('Has anyone used Compassion Focused Therapy by Paul Gilbert with clients who see self-compassion as selfish?'),
    C('Question on olanzapine weight gain in young women who are already anxious about their bodies - what do prescribers tell you?'),
    C("i'd like to start a reading group again, one chapter a fortnight, any takers?"),
    C("Zoom link for Batkhuyag Odonchimeg's session: https://zoom.us/j/9014728836 - pwd sent separately to odonchimeg.b@gmail.com.", [('name', 'Batkhuyag Odonchimeg'), ('url', 'https://zoom.us/j/9014728836'), ('email', 'odonchimeg.b@gmail.com')]),
    C('Haredi mother Chaya Rivka Grossman, Ramat Beit Shemesh Aleph, 11 children, postpartum. Meuhedet 814-20937. Fax from the tipat chalav 02-999 4172.', [('name', 'Chaya Rivka Grossman'), ('place', 'Ramat Beit Shemesh Aleph'), ('health_plan', '814-20937'), ('fax', '02-999 4172')]),
    C("Metro Manila jeepney driver Efren Bautista Lacson, NDF 4127, LTO licence N02-14-418273, phaseout of old jeeps, he's drowning in a cooperative loan.", [('name', 'Efren Bautista Lacson'), ('vehicle', 'NDF 4127'), ('licence', 'N02-14-418273')]),
    C("fax: Siosaia Tupou Kioa, Ma'ufanga, from the hospital social worker, fax +676 23 217, DOB 5 Aug 1961.", [('name', 'Siosaia Tupou Kioa'), ('place', "Ma'ufanga"), ('fax', '+676 23 217'), ('date', '5 Aug 1961')]),
    C('audit row: user=reception, patient=Ifeoma Ugochukwu, ip=102.89.41.207, action=print. who printed this on a Sunday?', [('name', 'Ifeoma Ugochukwu'), ('ip_address', '102.89.41.207')]),
    C("I'm looking for the Zimbabwean Shona Symptom Questionnaire - is the SSQ-14 still in use?"),
    C('does anyone know a good script for explaining confidentiality to a family that makes decisions together?'),
    C('can someone cover my thursday intake? family thing, should be back by the weekend'),
    C("Any thoughts on Dialectical Behaviour Therapy skills groups with interpreters? Marsha Linehan's handouts in Arabic exist, I think."),
    C('audit: login for Rizwana Parveen from 2400:adc1:178:4d00::9, Pakistan, then from a UAE IP 10 min later. shared password?', [('name', 'Rizwana Parveen'), ('ip_address', '2400:adc1:178:4d00::9')]),
    C('Punjab rickshaw: Rashid Mehmood Awan, LEA-21-4408, lives House 12, Gali 3, Mohalla Kasurpura, 54000. JazzCash 0301 4472 815.', [('name', 'Rashid Mehmood Awan'), ('vehicle', 'LEA-21-4408'), ('street_address', 'House 12, Gali 3, Mohalla Kasurpura'), ('zip_code', '54000'), ('account', '0301 4472 815')]),
    C("boda rider Kato Ssekandi Mukasa from Kasokoso East, plate UFB 417K, knocked down a child in December, the child lived. he hasn't ridden since. MTN MoMo 0772 481 093 for his fee, his sister pays.", [('name', 'Kato Ssekandi Mukasa'), ('place', 'Kasokoso East'), ('vehicle', 'UFB 417K'), ('account', '0772 481 093')]),
    C("Help with a grief case. Nirmala Bhandari Adhikari, 55, is a widow in Tilottama Manigram whose son died on a construction site in Qatar. The body came back after 40 days. She won't eat on Tuesdays, says it's for him. Company compensation pending, her bank NIC Asia 0021 4718 2290 11. How do you time grief work around a legal fight?", [('name', 'Nirmala Bhandari Adhikari'), ('place', 'Tilottama Manigram'), ('account', 'NIC Asia 0021 4718 2290 11')]),
    C("Emirati teen Hamdan Saeed Al Mazrouei, Al Shamkha South, gaming all night, falcon training abandoned. mum's email mariam.almazrouei@eim.ae.", [('name', 'Hamdan Saeed Al Mazrouei'), ('place', 'Al Shamkha South'), ('email', 'mariam.almazrouei@eim.ae')]),
    C('is it normal to feel relieved when a difficult client cancels? asking for me'),
    C('The Gottman Method or EFT for couples from collectivist families where the in-laws are central?'),
    C('Our Māori colleagues recommend Te Whare Tapa Whā by Mason Durie as a frame; has anyone used it with Pacific clients?'),
    C('my supervisor is away for a month. anyone willing to swap peer supervision?'),
    C("Audit: staff account viewed Aroha Tipene-Matua from 2407:7000:9b3e:4400::12, she's their cousin. breach?", [('name', 'Aroha Tipene-Matua'), ('ip_address', '2407:7000:9b3e:4400::12')]),
    C("Sorry for the length. Working with Manaia Fonoti Tuilagi, 19, a rugby academy player from Vailele Uta who was cut from the squad after a concussion. He's back with his family, feels he's a shame to the aiga, and his father wants him at the church youth group every night. Concussion clinic fax is +685 66 214. How much do I lean on the family here?", [('name', 'Manaia Fonoti Tuilagi'), ('place', 'Vailele Uta'), ('fax', '+685 66 214')]),
    C('Cochlear implant processor CP1110-4471-0826 - Nila Raghunathan, 7, Kotturpuram, teased at school, refusing to wear it. school wants ideas.', [('device', 'CP1110-4471-0826'), ('name', 'Nila Raghunathan'), ('place', 'Kotturpuram')]),
    C('Saraiki farmer Ghulam Fareed Langah, Jampur, the 2022 flood took the house. Sehat card SS-32102-4471863.', [('name', 'Ghulam Fareed Langah'), ('place', 'Jampur'), ('health_plan', 'SS-32102-4471863')]),
    C('reminder that supervision moves to the afternoon slot next week, same link as always'),
    C('is it ok to accept a small gift of fruit from a farmer client? feels rude to refuse'),
    C('ravi kumar tamang at kurseong tea line wants a phone session tomorrow, no data till evening', [('name', 'ravi kumar tamang'), ('place', 'kurseong')]),
    C('Question on cultural formulation: Devika Ramlochan Singh is a 29-year-old Indo-Mauritian nurse at a clinic in Plaine des Papayes who believes her miscarriages come from a neighbour\'s "maji". Her family is arranging a puja, her husband wants IVF. Her email is devika.rsingh@intnet.mu. How do you hold both explanations without dismissing either?', [('name', 'Devika Ramlochan Singh'), ('place', 'Plaine des Papayes'), ('email', 'devika.rsingh@intnet.mu')]),
    C('Forwarded email from k.otieno@mtrh.or.ke re Brian Kiprono Otieno, MRN MTRH-1184027, discharged Feb 3, 2026.', [('email', 'k.otieno@mtrh.or.ke'), ('name', 'Brian Kiprono Otieno'), ('medical_record', 'MTRH-1184027'), ('date', 'Feb 3, 2026')]),
    C("Naxi He Jiaxiu, Baisha village, embroidery shop, tourists gone, husband's drinking.", [('name', 'He Jiaxiu'), ('place', 'Baisha village')]),
    C("i'm thinking of starting a men's group at the workshop where many of my clients work. good idea or too close to home?"),
    C('one of my clients keeps asking to be my friend on social media. how do you say no kindly?'),
    C("Does anyone have a protocol for sessions during Ramadan? I'm thinking of moving evening sessions later, after iftar, but some clients prefer morning."),
    C('Mwanaisha Haji Khamis, seaweed farmer at Jambiani Kikadini, skin and back pain from the water, and a husband who took the cooperative money. She wants "to sleep without thinking". ZAN-ID noted in file only.', [('name', 'Mwanaisha Haji Khamis'), ('place', 'Jambiani Kikadini')]),
    C('Asma Khatun Jahan from Kalyanpur slum - her daughter posted the video at tiktok.com/@asmajahan_dhaka. viral now, shame and threats.', [('name', 'Asma Khatun Jahan'), ('place', 'Kalyanpur slum'), ('url', 'tiktok.com/@asmajahan_dhaka')]),
    C("is it ethical to see a client's cousin if the client refers them?"),
    C('does anyone have experience with clients who hear voices of ancestors and are not distressed by it?'),
    C("Tày farmer Nông Văn Bình, Trùng Khánh, star anise crop failure, drinking. BHYT? no, he's got none.", [('name', 'Nông Văn Bình'), ('place', 'Trùng Khánh')]),
    C('the interpreter rate went up again, budget meeting next month, bring numbers'),
    C('The Indian Mental Healthcare Act 2017 says we need nominated representatives - how are people recording this?'),
    C("Question. Aditi Venkatesh Iyer works for a BPO in Hinjewadi Phase 3, nights US shift, and wants to quit but her parents' loan is in her name. She's been fainting. Her HR sent a form asking for my RCI number and a diagnosis, email from hr.wellbeing@skytelbpo.in. What do you tell employers, if anything?", [('name', 'Aditi Venkatesh Iyer'), ('place', 'Hinjewadi Phase 3'), ('email', 'hr.wellbeing@skytelbpo.in')]),
    C("Chaudhry Imtiaz Ahmed Warraich, Gujranwala Satellite Town, posted an open letter at https://imtiazwarraich.blogspot.com about his son's death in the Greek shipwreck. grief.", [('name', 'Chaudhry Imtiaz Ahmed Warraich'), ('place', 'Gujranwala Satellite Town'), ('url', 'https://imtiazwarraich.blogspot.com')]),
    C("On burnout: this month I had nine clients with suicidal thoughts and I didn't sleep well for any of it. I'm not in danger, but I noticed I've stopped reading, stopped cooking and I'm irritable with my kids. I'm going to take a week off in April. I'm posting this because I think we don't say it enough here, and I'd like to know what others actually do to recover rather than what the workshops tell us."),
    C("Consultation: Vaimoana Latu Fifita is a 17-year-old at Tonga High School who is top of her year and has started skipping meals. Her mum found diet pills. She's sent to NZ next year for university and terrified. Mum's email siosaia.fifita@kalianet.to. Eating disorder work in Pacific families - any reading?", [('name', 'Vaimoana Latu Fifita'), ('place', 'Tonga High School'), ('email', 'siosaia.fifita@kalianet.to')]),
    C("Bakir Oulad-Hamou, Mozabite shopkeeper from Beni Isguen - after the Ghardaïa clashes he doesn't let his son walk to school. Chifa? no - he's covered by CASNOS 07 1123 8840 55.", [('name', 'Bakir Oulad-Hamou'), ('place', 'Beni Isguen'), ('health_plan', '07 1123 8840 55')]),
    C("can someone with Tonga pick up Siamuleya Munsaka? lives at Sinazongwe, family moved for the dam and he still talks about the river like it's a person", [('name', 'Siamuleya Munsaka'), ('place', 'Sinazongwe')]),
    C('Looking for literature on Hikikomori outside Japan - anything from Korea or Hong Kong?'),
    C('audit: record of Cheng Wai-ming, Nam Shan Estate, accessed from 223.197.40.18 at 23:50 by a trainee.', [('name', 'Cheng Wai-ming'), ('place', 'Nam Shan Estate'), ('ip_address', '223.197.40.18')]),
    C("Rotuman Fonmanu Faktaufon, Noatau, 58, boat didn't come, insulin ran out. pump PMP-780G-NA4471826.", [('name', 'Fonmanu Faktaufon'), ('place', 'Noatau'), ('device', 'PMP-780G-NA4471826')]),
    C("Sepik woman Bernadette Kaut Wambi, Ambunti, bride price returned, husband's family want the kids.", [('name', 'Bernadette Kaut Wambi'), ('place', 'Ambunti')]),
    C('we got asked to run a stress workshop for bus drivers. what would you put in 90 minutes?'),
    C("I'm reading Bessel van der Kolk's The Body Keeps the Score again and finding it less convincing this time."),
    C("Long question. Sokha Chhim Vannak is a brick kiln worker in Prek Kampues, debt-bonded since a microloan in 2019, two kids working the kiln too. His loan account PRASAC 0148 2290 7731 keeps growing. He's hopeless and drinking rice wine. Any trauma-informed economic interventions that actually help, rather than another training on budgeting?", [('name', 'Sokha Chhim Vannak'), ('place', 'Prek Kampues'), ('account', 'PRASAC 0148 2290 7731')]),
    C("Supervision, please. Roshan Ara Begum and her daughter-in-law Shilpi Akter Rumi live together in Kalshi Pallabi while the son works in Malaysia, and both come to me separately to complain about the other. I like them both. I'm starting to feel like the son. How do you keep from being triangulated when the family is the client whether you like it or not?", [('name', 'Roshan Ara Begum'), ('name', 'Shilpi Akter Rumi'), ('place', 'Kalshi Pallabi')]),
    C("I've been recommending Headspace and Smiling Mind, but clients without data can't use them. Offline options?"),
    C('Bijoy Debbarma from Khowai, rubber plantation, drinks daily since his wife left. suicidal talk last week.', [('name', 'Bijoy Debbarma'), ('place', 'Khowai')]),
    C('we need more volunteers for the bereavement line over the holidays, sign-up sheet is on the shared drive'),
    C('Referral from the GP: Fatima Zahra El-Masri, 3/41 Matthews Street, Bankstown North, Medicare on form only.', [('name', 'Fatima Zahra El-Masri'), ('street_address', '3/41 Matthews Street'), ('place', 'Bankstown North')]),
    C('Any guidance from the Pharmacy and Poisons Board in Kenya on dispensing fluoxetine to teenagers?'),
    C('Zarmina Khattak, Takht-e-Nasrati, CNIC 14203-8841276-4, teacher, husband in the Emirates, she manages his parents. migraines, irritability.', [('name', 'Zarmina Khattak'), ('place', 'Takht-e-Nasrati'), ('ssn', '14203-8841276-4')]),
    C("KL grab driver Mohd Hafizuddin bin Kamarul, WVK 8823, Taman Melawati, night shifts, neck pain, wife's miscarriage. GDL GDL 880912105617.", [('name', 'Mohd Hafizuddin bin Kamarul'), ('vehicle', 'WVK 8823'), ('place', 'Taman Melawati'), ('licence', 'GDL 880912105617')]),
    C('Sudanese in Egypt - Ikhlas Bakri Fadlalla, Al-Talbiya area, 45, sells tea, son in Libya trying to cross. UNHCR 555-22C09183.', [('name', 'Ikhlas Bakri Fadlalla'), ('place', 'Al-Talbiya'), ('medical_record', '555-22C09183')]),
    C('Emirati client Shamma Rashid Al Ketbi, Mohammed Bin Zayed City Zone 17, 29, government job, family pushing a cousin marriage. Emirates ID 784-1991-4471203-6. Daman 1-0218-447102-01.', [('name', 'Shamma Rashid Al Ketbi'), ('place', 'Mohammed Bin Zayed City Zone 17'), ('ssn', '784-1991-4471203-6'), ('health_plan', '1-0218-447102-01')]),
    C("Hokkaido dairy farmer Sasaki Hiroyuki, Nakashibetsu, milk price collapse, son won't take over. My Number no.", [('name', 'Sasaki Hiroyuki'), ('place', 'Nakashibetsu')]),
    C('forwarded fax: Sarah Wairimu Ngugi, Kimbo, MRN KNH-2021-557183, discharged after overdose. fax +254 20 272 6419.', [('name', 'Sarah Wairimu Ngugi'), ('place', 'Kimbo'), ('medical_record', 'KNH-2021-557183'), ('fax', '+254 20 272 6419')]),
    C("A hard one. Tevita Havili Kaufana, 45, Tongan kava farmer from Longoteme, lost his daughter in the 2022 tsunami. He drinks kava every night till 3am and says it keeps the dreams away. His wife called from +676 771 4829. I'm aware kava is social and sacred - how do people approach that without moralising?", [('name', 'Tevita Havili Kaufana'), ('place', 'Longoteme'), ('phone', '+676 771 4829')]),
    C("Indian-Ugandan returnee Hasmukh Velji Patel, Nakasero, sugar family, expulsion memories of 1972 surfacing since his brother died. He's ninety-one since last Diwali and sharp.", [('name', 'Hasmukh Velji Patel'), ('place', 'Nakasero'), ('age_over_89', 'ninety-one since last Diwali')]),
    C("Firuza Rahimova Nazarova, Ittifoq village, 41, husband is a migrant in Russia, hasn't sent money for 8 months. Tajik/Russian. email firuza.nazarova@mail.ru.", [('name', 'Firuza Rahimova Nazarova'), ('place', 'Ittifoq village'), ('email', 'firuza.nazarova@mail.ru')]),
    C('Najdi family, Abdulmohsen Fahad Al-Subaie, retired army, lives at 8228 Anas Ibn Malik Rd, Al Malqa District 13521 - son in rehab for captagon. He wants family sessions in Arabic.', [('name', 'Abdulmohsen Fahad Al-Subaie'), ('street_address', '8228 Anas Ibn Malik Rd, Al Malqa District'), ('zip_code', '13521')]),
    C('Reading group: Frantz Fanon, The Wretched of the Earth, the chapter on colonial war and mental disorders. Tuesday evening.'),
    C('portal log 07:12 login Nomsa Khumalo-Radebe from 196.22.148.71, downloaded the intake form twice. is that normal?', [('name', 'Nomsa Khumalo-Radebe'), ('ip_address', '196.22.148.71')]),
    C('Awadia Osman Elnour fled the war, now in Masaken Osman with nine people in two rooms, does henna for brides. UNHCR case 555-23C04219. Poor sleep, startle.', [('name', 'Awadia Osman Elnour'), ('place', 'Masaken Osman'), ('medical_record', '555-23C04219')]),
    C('Question about a school referral. Osei Kwadwo Frimpong, 14, from Abesim Zongo, stopped talking in class after his father was jailed, and the headmaster wants a letter saying he\'s "not mentally ill" so he can sit exams. His aunt brings him on the back of a motorbike. What do people write for schools when the honest answer is "grief and shame, not illness"?', [('name', 'Osei Kwadwo Frimpong'), ('place', 'Abesim Zongo')]),
    C('Dayak Bahau Yohanes Dungun Anyie, Long Apari, coal barge work, sends money home.', [('name', 'Yohanes Dungun Anyie'), ('place', 'Long Apari')]),
    C('Mirtazapine or trazodone for sleep in an older client who already takes amlodipine? GP wants my view, which feels odd.'),
    C('what do you say when a client asks if you pray? i froze a bit today'),
    C("Long question from our rural clinic: Mphikeleli Langa, a Ndebele sculptor from KwaMhlanga whose workshop burnt down. His insurer Bonitas 0418229 7 won't cover the burns unit. He's 61 and says he's finished. How do you work with late-life loss of identity when the man's whole sense of himself was in his hands and his name on the gate?", [('name', 'Mphikeleli Langa'), ('place', 'KwaMhlanga'), ('health_plan', 'Bonitas 0418229 7')]),
    C('Tamil Nadu saltpan worker Muthulakshmi Ponnusamy, Thoothukudi Muthaiyapuram, eyes and skin, husband died at sea. Tamil.', [('name', 'Muthulakshmi Ponnusamy'), ('place', 'Thoothukudi Muthaiyapuram')]),
    C('Mongolian miner Ganzorigiin Batbayar, Khanbogd, 12/12 rotation, wife in the capital. register УБ92041512.', [('name', 'Ganzorigiin Batbayar'), ('place', 'Khanbogd'), ('ssn', 'УБ92041512')]),
    C('Sylheti client Rukshana Begum Choudhury, Beanibazar, "Londoni" husband visits once a year. bKash 01711 829 304 for the fee.', [('name', 'Rukshana Begum Choudhury'), ('place', 'Beanibazar'), ('account', '01711 829 304')]),
    C("Dongbei rust-belt client Zhang Guihua, Tiexi, laid off 1998, now a cleaner, 61. her son's car 辽A·8K27M is repossessed.", [('name', 'Zhang Guihua'), ('place', 'Tiexi'), ('vehicle', '辽A·8K27M')]),
    C("Supervision topic idea: the guilt of the therapist who left. Several of us trained abroad or moved from rural areas to cities, and when a client describes the place we came from, it stirs something. I'd like a session on that, maybe with a reading from Irvin Yalom's The Gift of Therapy on self-disclosure. Would people come if we held it on the last Wednesday of the month?"),
    C("Long one, sorry. I've been seeing Tupou Lavinia Mafi, a 40-year-old cleaner from Kolomotu'a Sopu who came over on a seasonal scheme and stayed on as a carer. She sends most of her pay home, sleeps in a shared room and has started hearing her late mother call her name at night. She isn't frightened by it. Is this grief, culture or something I should refer on? I don't want to pathologise a mother's voice.", [('name', 'Tupou Lavinia Mafi'), ('place', "Kolomotu'a Sopu")]),
    C('I\'d like some help designing a six-week group for fathers whose sons have migrated and not returned. The fathers don\'t talk about feelings easily but will talk about work, weather, animals and football. I was thinking of borrowing from Michael White\'s narrative practice, externalising the "empty chair at dinner". Has anyone tried narrative groups with older men and is there a reading you\'d recommend?'),
    C("would a carers' group work better in the evening or on weekend mornings?"),
    C("if a client's child translates for them, do you stop the session?"),
    C('Fax from Dayanand Medical College re Gurleen Kaur Grewal, MRN DMC-21-0847193, fax 0161 230 4418.', [('place', 'Dayanand Medical College'), ('name', 'Gurleen Kaur Grewal'), ('medical_record', 'DMC-21-0847193'), ('fax', '0161 230 4418')]),
    C('Dogon client Ambara Dolo, Sangha, onion grower, tourists gone since 2012, the cliff villages emptied. Depression, says he is "tired in the liver".', [('name', 'Ambara Dolo'), ('place', 'Sangha')]),
    C('Bangladeshi CNG driver Abul Kalam Sheikh, Dhaka Metro-Tha 14-2281, Shonir Akhra, extortion from a "line man", panic.', [('name', 'Abul Kalam Sheikh'), ('vehicle', 'Dhaka Metro-Tha 14-2281'), ('place', 'Shonir Akhra')]),
    C("Consultation, please: Pham Thi Thu Ha, 27, came to Korea on an E-9 visa to work at a fish farm in Wando-eup and was injured by a net winch. Her NHIS number 5-2018447-91 lapsed when she changed employer. She's undocumented now and terrified of immigration. What are the limits to what we can promise her about confidentiality?", [('name', 'Pham Thi Thu Ha'), ('place', 'Wando-eup'), ('health_plan', '5-2018447-91')]),
    C('quick q: how long do you wait before closing a file when someone just stops answering?'),
    C('Any experience with the mhGAP Intervention Guide in primary care, version 2?'),
    C('Does anyone know if the Mental Health Care Act in South Africa allows a social worker to sign the first form?'),
    C('Booking for Hemi Walker-Ngata, Tues 24/03/26, Zoom https://us02web.zoom.us/j/7302214418.', [('name', 'Hemi Walker-Ngata'), ('date', 'Tues 24/03/26'), ('url', 'https://us02web.zoom.us/j/7302214418')]),
    C("What's the current thinking on the Edinburgh scale cut-off for Arabic speaking mothers?"),
    C('Our counselling board wants CPD logged by June. Does a reading group count?'),
    C("i need to vent: third no-show this week, all from the same referral source, and nobody tells them it's therapy"),
    C("Long, sorry. I've been asked to write for Rahim Uddin Talukder, 37, a Bangladeshi garment supervisor from Savar Majidpur who was pulled from the rubble in 2013. The brand compensation scheme needs a report with his worker number RPCT-044718. He still can't enter multi-storey buildings. How much detail goes into those letters?", [('name', 'Rahim Uddin Talukder'), ('place', 'Savar Majidpur'), ('account', 'RPCT-044718')]),
    C('Need advice on a family case. Oluwaseun Adebayo Fashola is 38, runs a phone repair kiosk at Computer Village Ikeja and has been sending most of his income to his brother\'s hospital bills. He collapsed at the kiosk on 12th of February 2026 and the ER found nothing. I think it\'s panic plus grief but he will only come if I call it "stress management". Is that dishonest?', [('name', 'Oluwaseun Adebayo Fashola'), ('place', 'Computer Village Ikeja'), ('date', '12th of February 2026')]),
    C('Alevi client Hüseyin Doğan Kılıç, Hozat, 1938 stories in the family, his own detention in the 90s. SGK? no - e-Devlet record only.', [('name', 'Hüseyin Doğan Kılıç'), ('place', 'Hozat')]),
    C("Suleiman Juma Mkwawa emailed from smkwawa@udsm.ac.tz asking for his notes. He's in Mikocheni B. how do we handle a full-record request?", [('name', 'Suleiman Juma Mkwawa'), ('email', 'smkwawa@udsm.ac.tz'), ('place', 'Mikocheni B')]),
    C('i made a simple breathing card with pictures, happy to share if anyone wants it'),
    C("Rajesh Kumar Paswan, Bihari plywood worker at Perumbavoor, Kerala. Room shared with 14. Aadhaar 6612 4478 3019. Malayalam-Hindi interpreter? he's low, drinking.", [('name', 'Rajesh Kumar Paswan'), ('place', 'Perumbavoor'), ('ssn', '6612 4478 3019')]),
    C('fax header: from the health centre at Pirlangimpi, re Marcella Puruntatameri, fax 08 8970 9214.', [('place', 'Pirlangimpi'), ('name', 'Marcella Puruntatameri'), ('fax', '08 8970 9214')]),
    C("What's the difference in practice between Solution-Focused Brief Therapy and Motivational Interviewing when you only get two sessions?"),
    C("I want to ask about interpreters who are also community members. In small communities the interpreter will meet the client at church, at the mosque, at the market. Clients hold back, and I can see it. We've tried phone interpreters from another country but the dialect is off and the client feels talked down to. What have you found that works, and how do you brief the interpreter about confidentiality without insulting them?"),
    C('is anyone else getting spam calls on the clinic line? someone gave out the number'),
    C('Amani Bakari Mwinyi from Mbweni JKT - house girl to a family in town, 17, the mistress hits her. wants to go home but her father took the advance.', [('name', 'Amani Bakari Mwinyi'), ('place', 'Mbweni JKT')]),
    C('Anyone trained by Sue Johnson in EFT who could supervise a couples case?'),
    C('Longer reflection for the group. I\'ve noticed that when I work with men who have lost land - to floods, to debt, to a concession - the word "depression" rarely fits how they describe it. They talk about shame, about being looked at differently at a funeral, about sitting with their hands empty. I\'ve started asking "what did the land let you be?" before anything else. Does that resonate with anyone, or is it too poetic for an intake?'),
    C('does anyone screen for gambling routinely? it keeps coming up late, after months of work'),
    C("anyone have tips for work with deaf clients when there's no sign interpreter in their local sign language?"),
    C("Somebody asked about the Nepali PHQ-9 - the version by Kohrt is the one I'd trust."),
    C('North Kivu referral: Bahati Maombi Kasereka, 15, Kanyaruchinya camp, mother sells charcoal. Nightmares, bedwetting. Next review 2026-04-07.', [('name', 'Bahati Maombi Kasereka'), ('place', 'Kanyaruchinya camp'), ('date', '2026-04-07')]),
    C('University hospital file JUH-0847719 for Hala Marwan Tarawneh, Jabal Al Hussein - migraines, divorce pending.', [('medical_record', 'JUH-0847719'), ('name', 'Hala Marwan Tarawneh'), ('place', 'Jabal Al Hussein')]),
    C("Dorcas Njeri Mwaura, Kenyan counsellor registration KCPA-C-04418 - she's a colleague-client at Gachie Kihara. dual relationship question.", [('name', 'Dorcas Njeri Mwaura'), ('licence', 'KCPA-C-04418'), ('place', 'Gachie Kihara')]),
    C('The K10 or the SRQ-20 for a community screening day? We have about ten minutes per person.'),
    C('Referral from Helen Joseph Hospital, Nandi Zungu-Mabaso, file HJH 04471882, post-partum psychosis, now stable on olanzapine.', [('place', 'Helen Joseph Hospital'), ('name', 'Nandi Zungu-Mabaso'), ('medical_record', 'HJH 04471882')]),
]

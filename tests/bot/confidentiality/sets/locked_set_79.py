"""SEVENTY-NINTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (as the second
blind set of its round beside locked_set_78.py), and independently of the
guard: the author did not open, read, search or run anything under bot/
(bot/confidentiality/ included), scripts/, bench/, adapters/ or storage/,
did not run the guard, bench/guard_eval.py or any test that imports or
runs the guard, did not run git log, git status, git diff or git show at
all, did not read README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or diffs of any commit, and did
not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_77.py (locked_set_78.py was being written
at the same time in another worktree, which the author did not look at,
nor at its drafts folder; it does not exist in this worktree).
What was read, each printed once and in its own command: the writing
rules (from outside the repository, the first command); the module
docstrings of tests/bot/confidentiality/sets/locked_set_75.py and
locked_set_77.py (the two latest "real requests" sets this one is
modelled on, each up to its closing triple quote, none of their cases);
the first 25 lines of tests/bot/confidentiality/sets/locked_set_13.py
(its docstring); its last three lines (two snippets, for the file
format; none of their sentences was copied); the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41);
tests/bot/confidentiality/test_locked_sets.py (the data integrity
checks, which hold no snippets); and a listing of the sets folder (file
names only).  These seven reading commands were issued together in one
batch; the listing command also tried to list the drafts folder, which
did not exist yet.  One command then created the drafts folder, listed
it (empty) and printed the date.  No slip of the reading rule occurred.
The header of this file (the import of EvalCase, the alias
"C = EvalCase" and the name LOCKED79_CASES) was written from the format
of set 13's tail and the test's module and attribute names.  The overlap
filter described below imported the earlier sets (eval_set, dev_extra,
locked_set and locked_set_2 ... locked_set_77) and printed only this
set's own clashing strings; a second small helper printed, for this
set's name-and-place-only draft lines, only the file, line number and a
count of clashing spans, and for candidate replacement values only the
value and True or False (never an earlier set's text).  The only test
run was test_locked_sets.py (selected with -k 79); ruff was run on this
file and on that test file.  Like set 75, and unlike set 77, every
snippet here is set in Africa, Asia, the Middle East and Oceania (and
diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty-five minutes allowed for the whole set; the
machine's clock showed about ten minutes between creating the drafts
folder and the first full count with the clean snippets), as a message
to peers in a therapists' consultation group, "like real requests" in
the manner of sets 75 and 77, mostly about ordinary working and family
lives, with settings chosen to differ from set 75's list as far as its
docstring shows (the settings of the 28 snippets cut later - Herero,
Ju/'hoansi, Seychellois, Eritrean, Afar, Ovimbundu, Kono, Sahrawi,
Coptic, Basotho, Yazidi, Afghan Hazara, Kyrgyz, Lhotshampa, Burgher,
Naga, Quetta Hazara, Kalash, Karen, Kachin, Timorese, Amis,
Indo-Fijian, Niuean, Cook Islands, Tuvaluan, Solomon Islander and
Noongar clients - are not listed): Tswana cattle-post wife, Ovambo
hospital patient, Swazi cane cutter, Malagasy vanilla grower, Comorian
in Mayotte, Rodrigues octopus fisher, Tigrayan camp survivor, Oromo
coffee farmer's wife, Maasai nursing student, Turkana herder,
Karamojong father, Acholi returnee, Rwandan survivor, Banyamulenge
refugee, Bemba copper miner, Makonde carver, Macua displaced from Cabo
Delgado, Anglophone Cameroonian, Bamileke
tontine trader, Hausa VVF survivor, Fulani herder's widow, Tuareg widow,
Wolof mother of a drowned migrant, Serer groundnut farmer, Gambian
"backway" returnee, Ivorian cocoa farmer, Mossi displaced mother,
Atlas Amazigh earthquake widow, Tunisian phosphate-town youth, Nubian
resettlement, Venda mineworker, Tsonga Marikana mineworker, Xhosa
initiate, Ethiopian domestic returned from Lebanon, Somali-Kenyan
shopkeeper, Samburu moran, Congolese cobalt creuseur, Dagomba kayayei,
Ewe coastal-erosion fisherman, Tiv displaced farmer, Bagisu imbalu,
Botswana teacher, Swahili-coast co-wife, Nigerian Uber
driver, polygamous Kano household, Ghanaian teacher, Fassi Jewish-quarter
client, Kenyan market trader, Cape Malay hoarder, Kenyan custody case,
Kano and Ibadan home visits; Omani fisherman, Kuwaiti bidoon, Bahraini
prisoner's sister, Assyrian grandmother,
Marsh Arab, Mandaean in Jordan, Syrian in Türkiye, Beirut blast
survivor, Gaza evacuee in Egypt, Negev Bedouin, Circassian-Jordanian,
Iranian Baloch fuel carrier, Lur, Qashqai, Afghan Hazara in
Australia, Uyghur in Kazakhstan, Pamiri student, Anfal survivor,
Ethiopian-Israeli teen, Yemeni amputee in Djibouti, Qatifi Shia,
Dhofari Jebbali, Iraqi Kurd, Sderot-area mother, Kerala driver in a
Dubai labour camp, Jordanian carer, Kazakh bank teller, Afghan under
Taliban surveillance and a Turkish earthquake family; Tibetan monk, Ladakhi herder's
wife, Sherpa widow, Tharu ex-kamaiya, Maldivian, Tamil mother of the
disappeared, Sinhala soldier's widow, Sri Lankan Moor
returnee, Odia brick-kiln labourer, Assam tea-garden Adivasi, Khasi,
Meitei and Kuki clients, Goan fisherwoman, Parsi, Marwari, Telugu
software engineer, Dalit sanitation worker, Sindhi Hindu, Brahui,
Garo, Bangladeshi char dweller, Rohingya mother,
Lahore rickshaw driver, Mumbai interfaith couple, Nepali porter,
Bangladeshi garment worker, Dhaka ride-share rider, Bengaluru cab
driver, Sri Lankan three-wheeler driver, Tripura teen; Hmong in Laos,
Shan orange-farm worker, Isan
taxi driver, Moken, Iban, Kadazan, Orang Asli, Singapore HDB carer,
Minangkabau, Bugis, Torajan, Papuan student, Ifugao,
Ilocano OFW wife, Kapampangan, Maranao, Bajau, Muong, Vietnamese-
Australian nail technician, Jeju haenyeo, Ainu, Tohoku parent, Hong
Kong subdivided flat, Macanese, Hui, Mongolian herder
after dzud, Nuosu Yi, North Korean defector, Japanese hikikomori,
Vietnamese fisherman in Taiwan, Singapore nurse, Thai nurse, Thai
tuk-tuk driver, Myanmar fishing crew, Cebu rider, Malaysian flood survivor; Fijian army
wife, I-Kiribati seafarer, Palauan teen, Chamorro veteran,
Bougainvillean, Simbu woman accused of sorcery, Tiwi, Warlpiri, Kaurna
elder, palawa, Lebanese-, Greek- and Hazara-Australians,
Pākehā dairy farmer, Māori, Tongan and Samoan New Zealanders, Tongan
kava-bar owner in Queensland, WA FIFO worker and Fijian taxi driver
clients.  Short referral lines, forwarded faxes, portal and audit logs,
rushed lower-case chat (five identifier snippets write a name and a
place in lower case) and about thirty longer requests (28 identifier
snippets and 6 clean ones over 300 characters, up to 409) with the
identifiers mid-sentence.  60 of the 245 identifier snippets (24%) hold
only a name and/or a place.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository (/tmp/set79work/) with the planted
spans marked inline, and a script there only stripped the marks into the
expected lists, checked lengths, token boundaries, single occurrence of
each span, duplicate spans, values repeated across snippets and
duplicate snippets, listed the capitalised words outside the spans for a
read-through, counted capitalised words in the clean drafts, checked
overlap with the earlier sets, shuffled the order with a fixed seed (79)
and wrote this file.  Later edits were typed by hand as find-and-replace
pairs, tables of old and new span values and lists of lines to cut that
small scripts applied to the drafts before the marks were stripped.

Edits made after drafting, stated here: false starts and asides typed
into the drafts were cut or rewritten - names written and then corrected
(a Saudi name that is a public figure's, a famous Sherpa climber's name,
a Burgher name with a famous novelist's surname, an Ainu name that is a
public figure's son's, a Kapampangan first name, an Assamese-Bengali
singer's name, a Garo name, a Palauan politician's surname, an "Aunty"
and a "Dr." written inside spans and moved out, a Hawaiian name cut
because Hawaii is out of scope, a UPI handle made of a client's name,
and a Vietnamese given name that is also an English word), places and
dates written and then corrected with "? no" or "? -" (a Sydney suburb
and Erbil, a Kalahandi district aside, Ngerulmud, Ha'apai,
Kahramanmaraş, Mombasa Old Town, a Kurdish-calendar date and an Akan
month date, an access-log path with a name, a Vietnamese generic postal
code and an M-PAiSA number given as a phone); cities written unlabelled
(Casablanca, Freetown, Amman, Dushanbe, Bengaluru, Manila, Port Moresby,
Brisbane, Khost, Auckland in a clean snippet, a Sicily aside, Ibadan
inside an address) were replaced by a country, a state, a neutral word
or nothing, or marked as places (Ouagadougou, and Quetta and Ibadan,
later cut and renamed); a Nairobi-neighbourhood header word, a named factory fire and
two hospitals named unmarked in fax lines were removed; three repeated
first names became pronouns; and a clean snippet that opened with a
name that was not a published author's was rewritten.  28
name-and-place-only snippets were cut in one pass (most of them with
places that clashed with the earlier sets) to bring the share holding
only a name and/or a place near a quarter and the set near 400.
Overlap with the earlier sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 205 values in the first
round (36 went with the cut snippets; the other 169 were renamed -
mostly places given another nearby village, quarter, suburb, township,
camp or section, names given a further or another name, two dates, a
health card, an IP address, an age, two licences and eight postal
codes given other digits or words), 47 in the second, 23 in the third,
9 in the fourth and none after.  No snippet repeated or contained an
earlier set's snippet.

Local identifier formats: Botswana Omang, Zambian NRC, Rwandan ID,
Nigerian NIN, Ghana Card, Ivorian CNI, Moroccan CIN, Kenyan ID, a
Cameroonian refugee ID, Emirates ID, Omani civil number, a Kuwaiti
bidoon review card, Bahraini CPR, Israeli Teudat Zehut, Turkish kimlik,
Iranian code melli, a Tibetan green book, a Nepali citizenship
certificate, Sri Lankan NIC, an SLBFE registration, a Rohingya FCN,
Thai ID and pink cards, Indonesian NIK, Philippine PSN, Vietnamese CCCD,
Singapore NRIC, HKID, Japanese My Number, Korean RRN, a Mongolian
register number and a Kazakh IIN (ssn); Katutura, Al-Arish, Chris Hani
Baragwanath, a Singapore IMH file in an audit log, Tygerberg, Mulago,
Muhimbili, Al Amal, Sheba, NIMHANS, Siriraj HN and a
Fijian hospital file (medical_record); Rwandan mutuelle, Medshield, Clalit,
Maccabi, Tamin Ejtemaei, Tawuniya, Aasandha, ESIC, Australian Medicare
(twice), a Tricare card, NDIS, Moroccan AMO/CNSS and the Thai gold card
(health_plan); Wave, Telebirr, Vodafone Cash, BenefitPay, Zain
Cash, Whish, eSewa, Khalti, UPI, Nagad, Touch 'n Go, WeChat Pay,
M-PAiSA, a BSP account, PayNow, Maya and a Jordanian IBAN (account);
Nigerian FRSC, NZ, Omani ROP, Tanzanian, Indian, Sri Lankan, Fijian
and Western Australian driving licences, an RCI CRR, an SCFHS
registration, an Israeli psychologist licence, a DHA licence and a
PSIRA registration (licence); a Gauteng school kombi, Lahore rickshaw,
Zimbabwean truck, Kenyan matatu and boda, Bangkok taxi, Thai tuk-tuk and
fishing boat, Tanzanian bodaboda, Dhaka Metro, Karnataka cab, Sri Lankan
three-wheeler, Cebu habal-habal, Fiji taxi, NZ school van and WA plates
(vehicle); a standing frame, an insulin pump, a wheelchair, a prosthetic
leg (twice), hearing aid, cochlear processor, CPAP, pacemaker, insulin
pen, ankle monitor, home ventilator and a school tablet's IMEI
(device); addresses written the local way (a Singapore HDB block and
unit, a Kano GRA crescent, a Fès derb, a Mumbai CHS flat, a Turkish
mahalle, sokak and daire, an NZ street, an Ibadan avenue, a Gauteng
township street, a Kampala plot and block, an Addis house and woreda, a
Beirut immeuble and étage, an Israeli rehov and dira, a Turkish cadde
and kat, a Bengaluru cross, a Saigon số and hẻm, a Selangor jalan and
taman, a Sydney unit and an Alice Springs road) with postal codes of
Singapore, Nigeria, Morocco, India, Turkey, New Zealand, South Africa,
Israel, Malaysia and Australia; dates written day-month-year in words,
ISO, slashed, dotted, hyphenated, with a weekday, as an ordinal in
words and with a time; ages over 89 written in English (with Easter,
NAIDOC, Ramadan, Kha b-Nisan, a new yam festival and "and a half"),
Persian, Korean, Kannada, Iraqi Arabic, Vietnamese, Tongan and Turkish;
IPv4 and IPv6 addresses, URLs (session, booking and telehealth links,
referral and intake forms, a blog, a social profile, a fundraiser, a
playlist, a school notice) and phone and fax numbers in local and
international formats.

403 snippets, 245 with identifiers and 158 clean (lengths 61-409,
within the test's bounds of 40-520).  Every pattern category appears at
least 12 times (the test requires 12):
date 14, age_over_89 13, phone 13, fax 15, email 12, url 12,
ip_address 12, ssn 33, medical_record 12, health_plan 14, account 17,
licence 13, vehicle 16, device 13, street_address 18, zip_code 14;
with 246 names and 240 places smaller than a state (the test requires
246 and 240).

Names: Tswana, Ovambo, Swazi, Malagasy, Comorian, Rodriguan Creole,
Tigrayan, Oromo, Maasai, Turkana, Karamojong, Acholi, Rwandan (family name first),
Banyamulenge, Bemba, Makonde, Macua, Anglophone Cameroonian,
Bamileke (family name first), Hausa, Fulani, Tuareg ("Walet"), Wolof,
Serer, Gambian, Baoulé, Mossi (family name first), Amazigh
("Aït"), Tunisian, Nubian, Venda, Tsonga, Xhosa, Amhara, Somali,
Samburu, Luba, Dagomba, Ewe, Tiv, Gisu, Swahili, Sotho, Zulu, Yoruba,
Igbo, Akan, Kikuyu, Kamba, Shona, Cape Malay, Ganda, Kalenjin, Chaga,
Nyakyusa; Omani ("bin"), Kuwaiti, Bahraini, Assyrian, Iraqi, Mandaean,
Syrian, Lebanese, Palestinian, Bedouin, Circassian, Baloch, Lur,
Qashqai, Hazara, Uyghur, Pamiri, Kurdish, Beta Israel,
Yemeni, Saudi, Jebbali, Emirati, Israeli, Jordanian, Kazakh
(patronymic), Afghan, Iranian, Turkish; Tibetan, Ladakhi,
Sherpa, Tharu, Maldivian, Sri Lankan Tamil (father's name first),
Sinhala (with initials), Sri Lankan Moor, Odia, Adivasi, Khasi, Meitei (family name first), Kuki, Goan ("e"),
Parsi, Marwari, Telugu, Tamil, Sindhi, Brahui, Garo, Bengali,
Rohingya, Malayali, Kannada, Punjabi, Nepali Tamang, Tripuri;
Hmong, Shan, Thai, Moken, Iban ("anak"), Kadazan, Orang Asli,
Singaporean Chinese, Minangkabau ("binti"), Bugis ("Andi", "Daeng"),
Torajan, Papuan, Ifugao, Ilocano, Kapampangan,
Maranao, Bajau, Muong, Vietnamese, Korean, Ainu and Japanese (family
name first), Cantonese, Macanese ("do"), Hui, Mongolian
(patronymic first), Nuosu Yi, Taiwanese, Karen ("Saw"), Malay;
iTaukei, I-Kiribati, Palauan, Chamorro, Bougainvillean, Simbu, Tiwi,
Warlpiri (skin name), Kaurna, palawa, Lebanese-, Greek- and
Vietnamese-Australian, Pākehā, Māori, Tongan, Samoan (with apostrophe)
and Fijian names; five lower-case names with their places, hyphenated
and multi-part names, "bin", "binti", "anak", "Walet", "Aït", "Abu",
"Al-", "Ben", "do", "e" names, honorifics and titles
(Aunty, Dr) kept outside the spans and names with diacritics and
apostrophes.  Places: villages and douars, kebeles and woredas, cattle
posts, compounds, camps and their blocks and zones, dairas,
resettlement sites and settlements, musseques, quarters and medina
quarters, townships and their extensions and sections, mahallas and
mahalle, microdistricts, ger districts, barangays, kampungs, nagari,
aldeias, bans, phường and xóm, -ri and -dong, longhouses, tea estates,
markets, schools, hospitals and clinics named as places, suburbs,
Aboriginal communities, islands' villages, atoll villages and places
between a street address and a postal code.

Clean snippets: peer-consultation messages, questions, statements,
scheduling chatter, supervision reflections, office logistics (faxes,
portals, interpreters, booking systems, no identifiers) and
reading-group notes, spread over three bands of capitalised words after
the first word (counted by the author's script, the pronoun "I",
sentence starts and acronyms included): 87 with 0-2 (many written
largely in lower case), 40 with 3-5 and 31 with 6 or more (464 in 158
snippets, about 2.9 per snippet): drug names, scales and
questionnaires, therapy models and their founders, real published
authors and books, laws and guidelines, weekdays, months, religious
holidays and fasts, professional bodies, ministries and insurers, apps
and platforms, countries, states, provinces and regions,
nationalities, peoples, religions and languages, and no place smaller
than a state or a country's first-level subdivision (scale names such
as the Edinburgh Postnatal Depression Scale, the Hopkins Symptom
Checklist, the Harvard Trauma Questionnaire and the Columbia Suicide
Severity Rating Scale kept as scale names).
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED79_CASES = [
    C('has anyone moved from weekly to fortnightly with a client who was really against it? how did you frame it'),
    C("Does the Friendship Bench model translate outside Zimbabwe? I'm thinking of trying it with lay counsellors in Malawi."),
    C('Bougainvillean Tomakana Kauona, Panguna, crisis children, his father was in the BRA, nobody talks about it', [('name', 'Tomakana Kauona'), ('place', 'Panguna')]),
    C("Ngozi Ibekwe's grandfather in Olokoro is ninety-six since the new yam festival, still the head of the umunna, she's his carer and has no life of her own", [('name', 'Ngozi Ibekwe'), ('place', 'Olokoro'), ('age_over_89', 'ninety-six since the new yam festival')]),
    C('Hamza Abdi Nur, plate KCE 417Q, delivering for Glovo in Githurai Kimbo, crashed, hearing aid Phonak P90-1Y48273 broken', [('name', 'Hamza Abdi Nur'), ('vehicle', 'KCE 417Q'), ('place', 'Githurai Kimbo'), ('device', 'Phonak P90-1Y48273')]),
    C("i think i've been using too much jargon with clients. someone told me i sounded like a textbook"),
    C('reminder that the shared drive is being cleared at the end of the month, save your templates somewhere else'),
    C('sorry to be that person but someone took the good stapler again'),
    C('Yemeni refugee in Djibouti, Abdulqawi Saleh Al-Maqtari, Obock, amputee, sessions via the ICRC prosthetic workshop. Leg ICRC-PC-08-2214', [('name', 'Abdulqawi Saleh Al-Maqtari'), ('place', 'Obock'), ('device', 'ICRC-PC-08-2214')]),
    C('Zambian copper miner Mulenga Chanda Bwalya, NRC 228716/61/1, lives at Lubengele township, underground accident in January killed his shift partner', [('name', 'Mulenga Chanda Bwalya'), ('ssn', '228716/61/1'), ('place', 'Lubengele township')]),
    C('wondering if anyone runs groups online for rural clients and whether the group actually gels without a room'),
    C("Can anyone share their approach to a caregiver's grief before the death? Chidi Okonkwo-Eze's father in Umudim Nnewi is nearly ninety-two and a half, bedbound, and he flies back every six weeks from the Gulf. He's exhausted and guilty about wanting it to end. I'd like to use something around anticipatory grief. Ideas welcome.", [('name', 'Chidi Okonkwo-Eze'), ('place', 'Umudim Nnewi'), ('age_over_89', 'nearly ninety-two and a half')]),
    C("portal: password reset requested for asma.alhinai@omantel.net.om from 5.37.184.209 - Asma Al-Hinai says it wasn't her", [('email', 'asma.alhinai@omantel.net.om'), ('ip_address', '5.37.184.209'), ('name', 'Asma Al-Hinai')]),
    C('does anyone else feel like the waiting list is a clinical problem in itself? people are getting worse while they wait'),
    C("I'm looking for a Māori supervisor familiar with Te Whare Tapa Whā and Mason Durie's work, preferably in Waikato or Northland."),
    C('Bagisu client Wanyera Masaba Wamboga from Bumbo, circumcision ceremony season triggers him, his father forced him at 16. He asked for an older therapist', [('name', 'Wanyera Masaba Wamboga'), ('place', 'Bumbo')]),
    C('i need a break from trauma work. is it ok to ask for a few months of lighter cases, or does that sound weak'),
    C("A question about language. My client switches into her mother tongue whenever she talks about her childhood, and I only understand about half of it. She says it helps her to say things she can't say in English. Should I bring in an interpreter, ask her to translate, or let the words just be hers? I'm aware both options change the therapy in ways I can't predict."),
    C('Omani fisherman Salim bin Khamis Al-Araimi, Ras al Hadd, lost his boat in the cyclone, civil no. 09418273, keeps going down to the beach at night to look', [('name', 'Salim bin Khamis Al-Araimi'), ('place', 'Ras al Hadd'), ('ssn', '09418273')]),
    C("Is there a Korean version of the CORE-10 that isn't behind a paywall?"),
    C("Is fluoxetine safe with breastfeeding? Yes I know it's the GP's call, the client asked me first."),
    C("Dodong Bautista Macaraeg, habal-habal MC 417 KXA in Barangay Apas, crash, can't ride, Maya 0917 482 3306", [('name', 'Dodong Bautista Macaraeg'), ('vehicle', 'MC 417 KXA'), ('place', 'Barangay Apas'), ('account', '0917 482 3306')]),
    C('cochlear processor CP1150 SN 4821733019 for Lwandle Hadebe, 8, Umlazi Section AA, the school keeps losing it', [('device', 'CP1150 SN 4821733019'), ('name', 'Lwandle Hadebe'), ('place', 'Umlazi Section AA')]),
    C('Lekupe Lenaiyara, Samburu moran, from Archers Post, came for "headaches" - turns out he watched his age-mate die in a cattle raid', [('name', 'Lekupe Lenaiyara'), ('place', 'Archers Post')]),
    C('we need a clearer protocol for when a client turns up drunk. last week was a mess'),
    C("Nubian client Fawzeya Hamid Gharib, grew up in Nasr al-Nuba hearing about the drowned villages; her grief is her grandmother's grief, she says", [('name', 'Fawzeya Hamid Gharib'), ('place', 'Nasr al-Nuba')]),
    C('please add your leave dates to the calendar before the end of the week so we can cover the crisis line'),
    C("palawa client Leigh Maynard Everett, Cape Barren Island family, mutton birding season, doesn't trust services, NDIS 431827061", [('name', 'Leigh Maynard Everett'), ('place', 'Cape Barren Island'), ('health_plan', '431827061')]),
    C('Palauan client Ngiraibai Sumang Otobed, from Ngchesar, climate anxiety in a 16 year old, parents in Guam', [('name', 'Ngiraibai Sumang Otobed'), ('place', 'Ngchesar')]),
    C("Kaveh Shirazi-Pour's son posted the session screenshot at https://www.instagram.com/kavehspur_art/, client in Zafaraniyeh is furious with him", [('name', 'Kaveh Shirazi-Pour'), ('url', 'https://www.instagram.com/kavehspur_art/'), ('place', 'Zafaraniyeh')]),
    C('Hindi or Urdu for a group of South Asian women in Dubai? Most of them understand both, but writing is the problem.'),
    C('The Arabic Beck Depression Inventory seems to work fine, but the anxiety version confuses people. Anyone else?'),
    C("Nang'unda Mapunda, Makonde carver at Mwenge Carvers Village, hands shaking, can't work - alcohol? anxiety? He says it's witchcraft and wants both", [('name', "Nang'unda Mapunda"), ('place', 'Mwenge Carvers Village')]),
    C("Orang Asli client Ramlah Busu, Kampung Sungai Ruil, the school kids ran away from the hostel, two drowned. She's the aunt of one of them", [('name', 'Ramlah Busu'), ('place', 'Kampung Sungai Ruil')]),
    C('login audit: client portal Siti Aisyah Rahmawati / siti.aisyah.r@yahoo.co.id / 36.72.218.44 / 3 failed attempts then locked', [('name', 'Siti Aisyah Rahmawati'), ('email', 'siti.aisyah.r@yahoo.co.id'), ('ip_address', '36.72.218.44')]),
    C("can we talk about crying in sessions - ours, not theirs. it happened today and i'm still replaying it"),
    C("my supervisor retired and i've been without one for two months. is it bad that i've sort of enjoyed the quiet"),
    C('Greek-Australian widow Eleni Papadakis Tsolakis, Clayton South, ninety-three at Easter, speaks only Greek now, daughter is the carer', [('name', 'Eleni Papadakis Tsolakis'), ('place', 'Clayton South'), ('age_over_89', 'ninety-three at Easter')]),
    C('HK: Leung Siu-kuen, Lai Kok Estate subdivided flat, HKID K482173(5), twins, landlord threatening eviction', [('name', 'Leung Siu-kuen'), ('place', 'Lai Kok Estate'), ('ssn', 'K482173(5)')]),
    C('Rohingya mother Rashida Begum, Hakimpara camp 4, block C-12, husband disappeared in the boat to Malaysia, FCN FCN-184-027733', [('name', 'Rashida Begum'), ('place', 'Hakimpara'), ('place', 'C-12'), ('ssn', 'FCN-184-027733')]),
    C("first time writing a court letter and i'm terrified of the cross-examination. any tips for staying calm?"),
    C('turkana guy, Ekai Lokwawi, lives Nakwamekwi side, lost his goats in the raids, drinking busaa. phone 0722 418 039', [('name', 'Ekai Lokwawi'), ('place', 'Nakwamekwi'), ('phone', '0722 418 039')]),
    C("New Zealand clients on ACC, Queensland clients on NDIS, and Fijian clients paying cash - I'm losing my mind with three systems and three time zones. Any bookkeeping software tips?"),
    C('Syrian in Türkiye: Ahmad Khaled Al-Hamwi, address Düztepe Mahallesi 84024 Sokak No: 17 Daire 3, Perilikaya 27570, kimlik 99418273654', [('name', 'Ahmad Khaled Al-Hamwi'), ('street_address', 'Düztepe Mahallesi 84024 Sokak No: 17 Daire 3'), ('place', 'Perilikaya'), ('zip_code', '27570'), ('ssn', '99418273654')]),
    C("Is it ethical to see two co-wives separately? I'm worried about becoming the keeper of secrets, like Minuchin warned."),
    C('just realised i\'ve been saying "that makes sense" twenty times a session. any alternatives'),
    C("Chamorro veteran Jesus Cruz Taitague, Inarajan, VA in Guam won't see him for months, Tricare VA-1482-3307", [('name', 'Jesus Cruz Taitague'), ('place', 'Inarajan'), ('health_plan', 'VA-1482-3307')]),
    C('Kuki client Lhingneithem Haokip, relief camp at Rengkai, lost her brother in May 2023, phone +91 94361 28473', [('name', 'Lhingneithem Haokip'), ('place', 'Rengkai'), ('phone', '+91 94361 28473')]),
    C('Fax received 08:12 from Korle Bu Teaching Hospital, psych unit, fax no. +233 302 672 418, re Esi Ampofo Mensah, DOB 07/08/1979', [('place', 'Korle Bu Teaching Hospital'), ('fax', '+233 302 672 418'), ('name', 'Esi Ampofo Mensah'), ('date', '07/08/1979')]),
    C("Mindfulness-Based Cognitive Therapy is oversubscribed at the hospital, so I'm running a small group on Saturdays in August."),
    C('the toilet is fixed. that is all. thank you for your patience'),
    C('Sai Kham Leik, Shan, worked the orange farms in Chai Prakan with no papers, employer kept his passport. Thai ID pending, pink card 0-0042-18273-55-1', [('name', 'Sai Kham Leik'), ('place', 'Chai Prakan'), ('ssn', '0-0042-18273-55-1')]),
    C('Portal log: 2025-02-11 19:04 login user t.ngcobo84@gmail.com (Thandeka Ngcobo-Majola) from 41.13.228.74 - session 4 started', [('email', 't.ngcobo84@gmail.com'), ('name', 'Thandeka Ngcobo-Majola'), ('ip_address', '41.13.228.74')]),
    C('Kaurna elder Aunty Yvonne Karpany Agius, Tauondi, turned ninety-four at NAIDOC, still teaches language, grandson struggling', [('name', 'Yvonne Karpany Agius'), ('place', 'Tauondi'), ('age_over_89', 'turned ninety-four at NAIDOC')]),
    C('The Kenya Mental Health Amendment Act, the Uganda Mental Health Act of 2018 and Tanzania\'s new policy all define "consent" differently. I\'m writing a comparison for the East African Association. Thoughts?'),
    C("Can I ask about couples work across faiths? Priya Ramachandran and Imran Sheikh Qadri live in Kurla West and married without either family's blessing. Her father sent a letter to their flat at B-204, Sai Darshan CHS, LBS Marg, 400070 threatening legal action. They're scared and fighting with each other. Where do you start?", [('name', 'Priya Ramachandran'), ('name', 'Imran Sheikh Qadri'), ('place', 'Kurla West'), ('street_address', 'B-204, Sai Darshan CHS, LBS Marg'), ('zip_code', '400070')]),
    C("Huang Yu-hsuan asked me to send the worksheets to ytinghuang0312@gmail.com, she's at Tucheng and the clinic wifi blocks Gmail", [('name', 'Huang Yu-hsuan'), ('email', 'ytinghuang0312@gmail.com'), ('place', 'Tucheng')]),
    C('Question on Dialectical Behaviour Therapy skills groups: has anyone run them in Samoan, Tongan or Fijian, and did the workbook translate?'),
    C("Anyone read Vikram Patel's Where There Is No Psychiatrist? The new edition is worth it for the lay-worker chapters."),
    C('Naserian Nkoitiko Sankale, Maasai, from Oloitokitok, ran from an arranged marriage at 15, now 23 and training as a nurse. Nightmares about being found. Self-referral', [('name', 'Naserian Nkoitiko Sankale'), ('place', 'Oloitokitok')]),
    C('Bugis sailor Andi Baso Daeng Mattola, from Tanah Beru, boat builders, he fell from the pinisi mast, now in a chair, wheelchair WC-ROHO-5517324', [('name', 'Andi Baso Daeng Mattola'), ('place', 'Tanah Beru'), ('device', 'WC-ROHO-5517324')]),
    C('Is quetiapine at 25mg really a sleeping pill? Half my clients have been given it for insomnia and no one reviews it.'),
    C("does anyone have a decent one-page handout on sleep restriction that isn't written for doctors? mine reads like a legal document"),
    C("my own dad is in hospital and i'm seeing clients with my phone face up in case it rings. is that terrible"),
    C('prosthetic leg Össur Pro-Flex 4821-LP, Khalid Nazari, landmine at 9 in Paktia, now in Carole Park, the socket hurts and so does everything', [('device', 'Össur Pro-Flex 4821-LP'), ('name', 'Khalid Nazari'), ('place', 'Carole Park')]),
    C("Sindhi Hindu client Mukesh Kumar Bheel from Mithi, daughter was taken and converted, police did nothing. He's very angry", [('name', 'Mukesh Kumar Bheel'), ('place', 'Mithi')]),
    C('Ethics question. I work for an EAP and the employer\'s HR sent me this: hr.wellness@gulfstarlogistics.ae asking for "attendance confirmation" for Rajeev Thankappan Nair, a driver who lives in the labour camp at Al Quoz 4. His Emirates ID 784-1987-4821733-6 is on their form. I\'ve only confirmed attendance before. Is that already too much when his visa depends on the company?', [('email', 'hr.wellness@gulfstarlogistics.ae'), ('name', 'Rajeev Thankappan Nair'), ('place', 'Al Quoz 4'), ('ssn', '784-1987-4821733-6')]),
    C("Rahul Debbarma, Teliamura, tablet IMEI 358240517382194 issued by the school, mother says he's addicted", [('name', 'Rahul Debbarma'), ('place', 'Teliamura'), ('device', 'IMEI 358240517382194')]),
    C("Thinking about Ubuntu-informed therapy after reading Tutu's No Future Without Forgiveness again; I'm also rereading Fanon and Biko for the South African Psychological Association panel."),
    C('call Funmilayo Bankole on 0815 482 7316 - not before 10, night shift at the filling station in Ojodu Berger', [('name', 'Funmilayo Bankole'), ('phone', '0815 482 7316'), ('place', 'Ojodu Berger')]),
    C('creuseur Kabongo Mwamba Ilunga from Musompo, cobalt pits, his 9 year old works beside him. He asked me if that makes him a bad father', [('name', 'Kabongo Mwamba Ilunga'), ('place', 'Musompo')]),
    C('displaced from Cabo Delgado: Atija Momade Assane, now at the Ntele resettlement site with four kids, husband missing since 24/03/2021', [('name', 'Atija Momade Assane'), ('place', 'Ntele'), ('date', '24/03/2021')]),
    C('licence check: Dr Nirmala Ramaswamy, RCI CRR A51903, supervising the trainees at Purasawalkam', [('name', 'Nirmala Ramaswamy'), ('licence', 'A51903'), ('place', 'Purasawalkam')]),
    C('serer farmer, Waly Faye Sène, from Fimela, groundnut debts, very ashamed, the eldest son keeps calling me to "fix" him', [('name', 'Waly Faye Sène'), ('place', 'Fimela')]),
    C('Ruby Nampijinpa Ross, 14 Gap Road, Mount Nancy NT 0875, kinship carer of four, Centrelink cut her off again', [('name', 'Ruby Nampijinpa Ross'), ('street_address', '14 Gap Road'), ('place', 'Mount Nancy'), ('zip_code', '0875')]),
    C("Kaizawa Tomoe, Ainu, from Nukibetsu, was teased at school, now her son wants to learn the language and she can't help him", [('name', 'Kaizawa Tomoe'), ('place', 'Nukibetsu')]),
    C('fyi malia tuilagi (weymouth) asked if her cousin can sit in, said ill ask the group', [('name', 'malia tuilagi'), ('place', 'weymouth')]),
    C('Ndèye Fatou Diop, Yeumbeul Comico, son drowned trying to reach the Canaries, Wave +221 77 418 23 96 for the fee (family pays)', [('name', 'Ndèye Fatou Diop'), ('place', 'Yeumbeul Comico'), ('account', '+221 77 418 23 96')]),
    C('audit trail - record of Olumide Adeyemi Bakare opened by locum from 102.89.47.130 at 23:51, no appointment that day, flag for review', [('name', 'Olumide Adeyemi Bakare'), ('ip_address', '102.89.47.130')]),
    C('Sherpa widow Ang Diki Sherpa, Phortse, husband killed in the icefall, eSewa 9841 280 734', [('name', 'Ang Diki Sherpa'), ('place', 'Phortse'), ('account', '9841 280 734')]),
    C('send the reminder card to Mehmet Şirin Yıldırım, Atatürk Caddesi No: 112 Kat 2, Kızıltepe 47400, his phone is often off', [('name', 'Mehmet Şirin Yıldırım'), ('street_address', 'Atatürk Caddesi No: 112 Kat 2'), ('place', 'Kızıltepe'), ('zip_code', '47400')]),
    C('Ewe fisherman Kofi Agbenyega Dzokoto, Fuveme - the sea took his house, then the church. Grief plus anger at the government, sleeping in a canoe', [('name', 'Kofi Agbenyega Dzokoto'), ('place', 'Fuveme')]),
    C("trying to learn to say no to extra referrals. it's going badly. tell me how you do it"),
    C('Ram Prasad Chaudhary, Tharu, from Thakurdwara, his brother was a kamaiya, land promised never came. Citizenship 57-01-73-04182', [('name', 'Ram Prasad Chaudhary'), ('place', 'Thakurdwara'), ('ssn', '57-01-73-04182')]),
    C("Telugu software engineer Venkata Sai Harish Nallamothu, H-1B lost, came back to Madhapur, feels like a failure, parents told the relatives he's on holiday", [('name', 'Venkata Sai Harish Nallamothu'), ('place', 'Madhapur')]),
    C('need a recommendation for an accountant who understands sole-trader therapists, mine just retired'),
    C("Moana Aperahama's playlist for sessions is https://open.spotify.com/playlist/4Rt8WzKq1pLmN7xZvB2cYe, she's in Matawaia and only calms to waiata", [('name', 'Moana Aperahama'), ('url', 'https://open.spotify.com/playlist/4Rt8WzKq1pLmN7xZvB2cYe'), ('place', 'Matawaia')]),
    C('Any views on using the Edinburgh Postnatal Depression Scale with fathers? A dad in my caseload scored high.'),
    C('the booking system double-booked me again so a mother and her ex-husband met in the waiting room. never again'),
    C('Korean clients keep telling me about hwabyeong. Is anyone using the DSM cultural formulation interview with it?'),
    C('I\'m preparing a report for the tribunal. Phan Văn Tùng was a fisherman from Kỳ Lợi before the Formosa spill, now in Taiwan on a work visa and injured on the boat. The shipping agent\'s e-mail crewcare@hsinlungmarine.com.tw is on every letter and they keep pressing for a "fit for work" opinion. How do you resist that pressure?', [('name', 'Phan Văn Tùng'), ('place', 'Kỳ Lợi'), ('email', 'crewcare@hsinlungmarine.com.tw')]),
    C('Bahraini client, Zainab Ebrahim Alawi, Nuwaidrat, brother in prison since 2011, CPR 870412358, BenefitPay 3948 2107 for fees', [('name', 'Zainab Ebrahim Alawi'), ('place', 'Nuwaidrat'), ('ssn', '870412358'), ('account', '3948 2107')]),
    C("A colleague swears by Motivational Interviewing for khat use. I've found it slower than the evidence suggests."),
    C('fwd fax: Mulago National Referral Hospital psychiatry liaison, client Nakato Sarah Ssekandi, IP no. MNRH/24/118273, return fax +256 414 530 182', [('place', 'Mulago National Referral Hospital'), ('name', 'Nakato Sarah Ssekandi'), ('medical_record', 'MNRH/24/118273'), ('fax', '+256 414 530 182')]),
    C('Loved the Bessel van der Kolk talk but I worry the body-based stuff gets oversold. Thoughts?'),
    C('Mthunzi Zwane, PSIRA 3905126, security guard at Menlyn Maine - saw the shooting, company wants him back Monday', [('name', 'Mthunzi Zwane'), ('licence', '3905126'), ('place', 'Menlyn Maine')]),
    C('How are people finding the new ACC sensitive claims process? It seems slower since January.'),
    C("Rukundo Sebahire, Banyamulenge, fled Minembwe last year, now in Burundi at Musasa camp. Hypervigilance, won't eat food he didn't see cooked", [('name', 'Rukundo Sebahire'), ('place', 'Minembwe'), ('place', 'Musasa')]),
    C('Security alert: new device login for clinician account viewing Arjun Menon Pillai from 49.37.152.8, location shown as Thrikkakara', [('name', 'Arjun Menon Pillai'), ('ip_address', '49.37.152.8'), ('place', 'Thrikkakara')]),
    C("I've been asked to teach a short module on Bowlby and attachment to nursing students. What would you cut?"),
    C('does the group have a view on clients recording sessions on their phones? i said yes once and have regretted it since'),
    C('Northern Province: Thangarasa Vasanthy, mother of the disappeared, protests every week in Kilinochchi, NIC 196758203174, she doesn\'t want "therapy", she wants witnesses', [('name', 'Thangarasa Vasanthy'), ('place', 'Kilinochchi'), ('ssn', '196758203174')]),
    C("I'm rereading Frantz Fanon for the decolonising seminar. The chapter on colonial war and mental disorders still hurts."),
    C("what do you say when a client asks if you're religious? i've been dodging it for years and it's started to feel dishonest"),
    C("Reading Kleinman, Das and Lock's Social Suffering alongside Veena Das's Life and Words for the Thursday group; the Partition chapters are devastating."),
    C('Fiji taxi LT 4827, driver Shalendra Kumar Sami, Nadawa, robbed at knifepoint, his licence FJ-D0482173 was taken too', [('vehicle', 'LT 4827'), ('name', 'Shalendra Kumar Sami'), ('place', 'Nadawa'), ('licence', 'FJ-D0482173')]),
    C('The Ministry of Health in Rwanda has a new community-based sociotherapy guide. Has anyone seen it?'),
    C("Parsi client Roshan Dinshaw Bharucha, 71, Godrej Baug, brother's death, no children, worried about who will do the rites", [('name', 'Roshan Dinshaw Bharucha'), ('place', 'Godrej Baug')]),
    C("Hoping someone knows Moroccan health cover. Youssef El Khattabi lives at Derb Sidi Bouloukat n° 14 in the Mellah of Fès, 30110, his AMO number is CNSS 137204581, and the clinic says they'll only reimburse psychiatry, not psychology. Is that still the rule, or is there a way to bill a psychologist under the newer scheme? Sessions are in Darija.", [('name', 'Youssef El Khattabi'), ('street_address', 'Derb Sidi Bouloukat n° 14'), ('place', 'Mellah of Fès'), ('zip_code', '30110'), ('health_plan', 'CNSS 137204581')]),
    C("Tohoku client Endō Kazuyuki, from Ōkawa, his daughter was at the school in 2011. My Number 4821 7306 5519, he's suing again", [('name', 'Endō Kazuyuki'), ('place', 'Ōkawa'), ('ssn', '4821 7306 5519')]),
    C('CPAP serial AS11 23174829016 - Mohammed Eid Al-Ghamdi, OSA and irritability, Dhahrat Laban, wife sleeps in another room', [('device', 'AS11 23174829016'), ('name', 'Mohammed Eid Al-Ghamdi'), ('place', 'Dhahrat Laban')]),
    C('Mariam Bibi Yusufzai, m.yusufzai.teacher@outlook.com, teaches at Gulbahar No. 2, wants sessions in Pashto after the school was shut', [('name', 'Mariam Bibi Yusufzai'), ('email', 'm.yusufzai.teacher@outlook.com'), ('place', 'Gulbahar No. 2')]),
    C('fax line +94 11 269 1728 - National Institute of Mental Health Angoda - re Kumudini Rajapaksha Herath - request for the family therapy notes', [('fax', '+94 11 269 1728'), ('place', 'National Institute of Mental Health Angoda'), ('name', 'Kumudini Rajapaksha Herath')]),
    C("hikikomori son, Yamashita Ryōta, 38, parents in Tsurumi-ku, he hasn't left his room since 2015, mother is 71 and scared of dying first", [('name', 'Yamashita Ryōta'), ('place', 'Tsurumi-ku')]),
    C('Buddhist clients keep asking whether mindfulness as taught by Jon Kabat-Zinn is "real" meditation. How do you answer?'),
    C('Sri Lankan Moor, Fathima Rinoza Mohamed Haniffa, Eravur, worked in Kuwait for 9 years, husband spent the remittances. SLBFE KWT-2018-482713', [('name', 'Fathima Rinoza Mohamed Haniffa'), ('place', 'Eravur'), ('ssn', 'KWT-2018-482713')]),
    C("assyrian grandmother Shamiram Odisho Yalda from Telskuf, now with her son in Iraqi Kurdistan. She's ninety-one since Kha b-Nisan and asks for us every week", [('name', 'Shamiram Odisho Yalda'), ('place', 'Telskuf'), ('age_over_89', 'ninety-one since Kha b-Nisan')]),
    C('the new consent form is two pages too long. can we shorten it together at the next meeting?'),
    C('mineworker Hlulani Maluleke, hostel at Segwaelane, was at the koppie in 2012, never spoken about it. Medshield MS-804772135', [('name', 'Hlulani Maluleke'), ('place', 'Segwaelane'), ('health_plan', 'MS-804772135')]),
    C("A family therapy question. Hajia Rakiya Danjuma wants her husband's co-wife in the sessions, both live at 14 Sardauna Crescent, Bompai, 700223, and the husband has refused to come at all. I've never worked with a polygamous household where the wives are the ones asking for help together. Any reading, or people who've done this?", [('name', 'Hajia Rakiya Danjuma'), ('street_address', '14 Sardauna Crescent'), ('place', 'Bompai'), ('zip_code', '700223')]),
    C('rent for the shared room is due, please transfer your share by the weekend'),
    C("Dilnur Tursunjan Abdukerim, Uyghur, lives in Zhetysu microdistrict, hasn't heard from her parents since 2017. Phone +7 701 418 2736", [('name', 'Dilnur Tursunjan Abdukerim'), ('place', 'Zhetysu microdistrict'), ('phone', '+7 701 418 2736')]),
    C('my kids asked what i do all day and i said "i listen to people". the youngest said "that\'s it?"'),
    C("Bajau family Sitti Hadja Bandahala, stilt houses at Sitangkai, kids beg at the pier, she can't read the clinic forms", [('name', 'Sitti Hadja Bandahala'), ('place', 'Sitangkai')]),
    C('Norhaida Macarambon Lucman, Maranao, from Barangay Marinaut, the siege took the family house, PSN 4817-2036-5591-2840', [('name', 'Norhaida Macarambon Lucman'), ('place', 'Barangay Marinaut'), ('ssn', '4817-2036-5591-2840')]),
    C('Vietnamese-Australian nail tech Lương Thị Bích Ngọc, Abbotsbury, acetone headaches, boss is her cousin. Medicare 5187 20394 1', [('name', 'Lương Thị Bích Ngọc'), ('place', 'Abbotsbury'), ('health_plan', '5187 20394 1')]),
    C("mail to Abebech Tadesse Wolde returned from House No. 1187, Woreda 09, Ayer Tena, she has no postcode and the post office doesn't deliver", [('name', 'Abebech Tadesse Wolde'), ('street_address', 'House No. 1187, Woreda 09'), ('place', 'Ayer Tena')]),
    C('Thinking aloud about a disclosure. Jomo Kariuki Ngugi, a matatu driver on the Kahawa Wendani route, told me his conductor was beaten by the cartel last week and he saw the whole thing, and that he recognised one of them as a police officer. His vehicle KDM 418T was part of the fleet that day. What are my obligations, if any?', [('name', 'Jomo Kariuki Ngugi'), ('place', 'Kahawa Wendani'), ('vehicle', 'KDM 418T')]),
    C("We're reading Judith Herman's Trauma and Recovery again in the group this term, first meeting next Tuesday evening."),
    C('grandma Vo Thi Lan is chín mươi ba tuổi, lives with Võ Thị Thu Hà in Sunshine West, the family argument is about the nursing home', [('name', 'Vo Thi Lan'), ('age_over_89', 'chín mươi ba tuổi'), ('name', 'Võ Thị Thu Hà'), ('place', 'Sunshine West')]),
    C('Goan fisherwoman Bernadette Fernandes e Pereira, Betul, the trawlers took the catch, husband in Dubai on a ship, UPI 8412093377@ybl', [('name', 'Bernadette Fernandes e Pereira'), ('place', 'Betul'), ('account', '8412093377@ybl')]),
    C('Negev Bedouin client, Salma Suleiman Abu Kaf, from Al-Sira, unrecognised village, demolition order, Teudat Zehut 302841759, Clalit CL-4471820', [('name', 'Salma Suleiman Abu Kaf'), ('place', 'Al-Sira'), ('ssn', '302841759'), ('health_plan', 'CL-4471820')]),
    C("Papuan student Yulianus Meki Wenda, dorm in Kamasan, racist raids, he's scared to go out, +62 812-4827-3319", [('name', 'Yulianus Meki Wenda'), ('place', 'Kamasan'), ('phone', '+62 812-4827-3319')]),
    C('email nomsa.dube.kzn@webmail.co.za from Nomsa Precious Dube in Newtown B - "I can\'t do Thursday, the taxi strike" - rescheduled to the 14th', [('email', 'nomsa.dube.kzn@webmail.co.za'), ('name', 'Nomsa Precious Dube'), ('place', 'Newtown B')]),
    C('Does anyone have the Kessler K10 validated in Tagalog? A colleague in the Philippines is asking.'),
    C('Mandaean client Warda Sabah Zahrun, now in Jordan, Jabal al-Hussein, family scattered across four countries, asks if she can bring the baptism photos', [('name', 'Warda Sabah Zahrun'), ('place', 'Jabal al-Hussein')]),
    C('Bamileke trader Tchatchoua Pélagie (family name first) from Marché Mokolo, tontine collapsed and she owes the whole group. Shame is the main thing', [('name', 'Tchatchoua Pélagie'), ('place', 'Marché Mokolo')]),
    C('Nguyễn Văn Lực, số 12, hẻm 84 Lê Văn Sỹ, phường 14. Father of three, gambling', [('name', 'Nguyễn Văn Lực'), ('street_address', 'số 12, hẻm 84 Lê Văn Sỹ'), ('place', 'phường 14')]),
    C("Has anyone completed the Gottman Level 1 online and found it useful for couples from Iran, Turkey or Egypt? I'm unsure about the cultural fit."),
    C('Meseret Alemu Desta was a domestic worker in Beirut for six years, now back in Kombolcha. Nightmares about the balcony. Telebirr 0911 482 307', [('name', 'Meseret Alemu Desta'), ('place', 'Kombolcha'), ('account', '0911 482 307')]),
    C('the new room is freezing. bring jumpers and warn your clients, the heater is on order'),
    C('whatsapp only: +63 917 418 2296 for Jocelyn Tabora Villanueva, caregiver in Taiwan, sessions on her rest day, Sundays', [('phone', '+63 917 418 2296'), ('name', 'Jocelyn Tabora Villanueva')]),
    C("lovely session today where a father finally said sorry to his son. didn't need me at all by the end"),
    C("I'm presenting on Michael White's externalising conversations at the next meeting - any cases you'd like to offer, anonymised?"),
    C('how much self-disclosure is too much when the client has the same illness as your sibling?'),
    C('I-Kiribati client Teatao Tekanene, Nanikai, seafarer, came back after a year at sea to find his wife with someone. Drinking sour toddy', [('name', 'Teatao Tekanene'), ('place', 'Nanikai')]),
    C('incoming fax from Sheba Medical Center rehab, re Avraham Tadesse, fax back to 03-530 4882, MRN SMC 70482193', [('place', 'Sheba Medical Center'), ('name', 'Avraham Tadesse'), ('fax', '03-530 4882'), ('medical_record', 'SMC 70482193')]),
    C("Kuwaiti bidoon client Mutlaq Fahad Enezi - no civil ID, only the review card 2817-0045-9932, lives in Sulaibiya, can't register his kids for school. Hopelessness", [('name', 'Mutlaq Fahad Enezi'), ('ssn', '2817-0045-9932'), ('place', 'Sulaibiya')]),
    C("can anyone recommend a simple mood tracker on paper? half my clients don't have smartphones"),
    C('Pamiri student Navruz Mamadnazarov from Porshinev, studying in the capital, panic attacks after the clashes. Shughni speaker, good Russian', [('name', 'Navruz Mamadnazarov'), ('place', 'Porshinev')]),
    C('Baloch client in Iran, Dad Shah Narouie Rigi, from Saravan, fuel carrier, his cousin was shot at the border. Code melli 3721048536', [('name', 'Dad Shah Narouie Rigi'), ('place', 'Saravan'), ('ssn', '3721048536')]),
    C("I'm a bit stuck with a hoarding case. Ebrahim Jacobs, 67, in Walmer Estate, the council says the house is a fire risk and they've given him until 30 June 2025 to clear it. He's a widower, the stuff is mostly his late wife's sewing materials. He'll see me at home only. Anyone used the Frost and Steketee workbook with older clients in South Africa?", [('name', 'Ebrahim Jacobs'), ('place', 'Walmer Estate'), ('date', '30 June 2025')]),
    C('Maldivian client Aishath Shifna Hussain, Hithadhoo, heroin in the family, Aasandha A184271, wants online only, small island', [('name', 'Aishath Shifna Hussain'), ('place', 'Hithadhoo'), ('health_plan', 'A184271')]),
    C('We finally got the Medicare mental health plan referrals working through the new system. It took three months.'),
    C('Schema Therapy by Jeffrey Young, Janet Klosko and Marjorie Weishaar: is it worth running as a book club through the winter, Tuesdays on Google Meet?'),
    C('Consultation on assessment, please. Farida Nurlanovna Zhaksylykova was referred by her GP at Polyclinic No. 7 with "neurasthenia". She\'s a bank teller who was held at gunpoint on 2024-12-03. Her IIN is 870614400829 on the referral. She\'d like Russian-speaking sessions. Should I re-assess from scratch before starting trauma work?', [('name', 'Farida Nurlanovna Zhaksylykova'), ('place', 'Polyclinic No. 7'), ('date', '2024-12-03'), ('ssn', '870614400829')]),
    C("Pat Ogden's Sensorimotor Psychotherapy, the Norton book: has anyone used it with Torres Strait Islander clients? The Queensland Health team asked."),
    C('lol ok so sbu ngcamu from umlazi bb section cancelled again, 3rd time, i think its money not motivation', [('name', 'sbu ngcamu'), ('place', 'umlazi bb section')]),
    C("Is anyone on the Healthy Minds panel in Singapore? I'd like to know how they handle referrals from polyclinics."),
    C("address on file: Plot 14, Block 226, Kiwatule Road, Najjera - Ssemakula Peter Kizito - please update, he's moved to his mother's", [('street_address', 'Plot 14, Block 226, Kiwatule Road'), ('place', 'Najjera'), ('name', 'Ssemakula Peter Kizito')]),
    C('Comorian client in Mayotte, Anrafa Saïd Abdallah, lives in the banga at Majicavo Koropa, no papers since the décasage, best reached on +262 639 41 27 08 after 7pm', [('name', 'Anrafa Saïd Abdallah'), ('place', 'Majicavo Koropa'), ('phone', '+262 639 41 27 08')]),
    C("does anyone do walking sessions? thinking of trying it with a young man who can't sit still"),
    C("Lunar New Year means half my Chinese families will vanish for a fortnight. I've stopped fighting it."),
    C("beirut port blast survivor Rita Nassif Haddad, lives in Medawar, glass in her back still, can't go near windows. Whish money 71 482 307", [('name', 'Rita Nassif Haddad'), ('place', 'Medawar'), ('account', '71 482 307')]),
    C("Supervision books I've found useful lately: Hawkins and Shohet's Supervision in the Helping Professions, Carroll's On Being a Supervisor, and Bernard and Goodyear's Fundamentals. Which have I missed?"),
    C("Tiv farmer Terfa Iorver, now at Abagena camp since the village was attacked on 13.02.2024, headaches and won't talk to his wife", [('name', 'Terfa Iorver'), ('place', 'Abagena'), ('date', '13.02.2024')]),
    C("what's a reasonable caseload for a part-timer with a toddler at home? i'm at eighteen and drowning"),
    C("Advice about working with a teen and a device. Aroha Te Rangi Paewai, 15, has an insulin pump MMT-780G NG4821733H and her mum in Camberley checks the app constantly. The fights are all about numbers. The diabetes team at Hawke's Bay Fallen Soldiers' Hospital want us to meet together. Any experience with family sessions around type 1 diabetes?", [('name', 'Aroha Te Rangi Paewai'), ('device', 'MMT-780G NG4821733H'), ('place', 'Camberley'), ('place', "Hawke's Bay Fallen Soldiers' Hospital")]),
    C("Tuesday, Wednesday and Thursday I'm at the hospital, so Monday and Friday only for private clients through November and December."),
    C("Moken client Salamah Klathalay, Ko Surin village, the 2004 wave took her father, now they're pushed off the beach for a resort. Thai ID 1-8207-00394-82-6", [('name', 'Salamah Klathalay'), ('place', 'Ko Surin'), ('ssn', '1-8207-00394-82-6')]),
    C('Rwanda: Uwamahoro Claudine Nyiransabimana, survivor, lives near Ruhuha, April is always bad, ID 1 1978 7 0148263 0 52 for the mutuelle paperwork, card MUT-0417-22938', [('name', 'Uwamahoro Claudine Nyiransabimana'), ('place', 'Ruhuha'), ('ssn', '1 1978 7 0148263 0 52'), ('health_plan', 'MUT-0417-22938')]),
    C("Qashqai family, Bahman Kashkuli, winter camp near Firuzabad, forced to settle, his father won't come inside the house. Tamin Ejtemaei TE-1184037726", [('name', 'Bahman Kashkuli'), ('place', 'Firuzabad'), ('health_plan', 'TE-1184037726')]),
    C('client sent me her blog https://waitingforvisa.blogspot.com/2024/09/day-412.html - Afsaneh Moradi writes about the wait in Gaziosmanpaşa', [('url', 'https://waitingforvisa.blogspot.com/2024/09/day-412.html'), ('name', 'Afsaneh Moradi'), ('place', 'Gaziosmanpaşa')]),
    C('Siriraj Hospital psychiatry faxed +66 2 411 2409 for Pornthip Chaiyasit, HN HN 48-217306 - please reply by fax not LINE', [('place', 'Siriraj Hospital'), ('fax', '+66 2 411 2409'), ('name', 'Pornthip Chaiyasit'), ('medical_record', 'HN 48-217306')]),
    C('Question about telehealth security. My session platform logged a login for Ahmad Tamim Noorzai from 103.27.184.52 and then a second from an address in another country during the same session. He lives in Karte Se and fears the Taliban are monitoring him. Should I stop online sessions entirely or switch platform?', [('name', 'Ahmad Tamim Noorzai'), ('ip_address', '103.27.184.52'), ('place', 'Karte Se')]),
    C('Sharing a thought from Irvin Yalom: the relationship heals. Sometimes I forget it with all the protocols.'),
    C('Macanese client Maria Rosa do Rosário Airosa, São Lázaro, Patuá speaker, her world is vanishing, last of her generation', [('name', 'Maria Rosa do Rosário Airosa'), ('place', 'São Lázaro')]),
    C("Any Arabic-speaking colleagues familiar with Islamic integrated CBT from Harold Koenig's group? I have two clients interested."),
    C('i had a client fall asleep in session today. not a metaphor. she works two jobs and just dozed off, and i let her'),
    C("please use rfarah.counsel@proton.me for Rania Farah, not the work one, her husband reads it. she's in Badaro", [('email', 'rfarah.counsel@proton.me'), ('name', 'Rania Farah'), ('place', 'Badaro')]),
    C("new associate Reem Abdulaziz Al-Otaibi, SCFHS 17-RP-0048213, will cover the women's clinic at Al-Malaz from Sunday", [('name', 'Reem Abdulaziz Al-Otaibi'), ('licence', '17-RP-0048213'), ('place', 'Al-Malaz')]),
    C("For Hari Raya, Deepavali and Christmas this year I'll run reduced hours in Malaysia and Singapore - Monday and Tuesday mornings only - and the Sabah and Sarawak clients can book Saturdays."),
    C("sinhala soldier's widow W. M. Kumari Wijekoon, Ranaviru Gammanaya, husband died in 2008, daughter asks about him now", [('name', 'W. M. Kumari Wijekoon'), ('place', 'Ranaviru Gammanaya')]),
    C('Saw Aung Ko Htwe, Myanmar worker on a Thai boat SK 4821 ฉช, Khok Kham, pink card 0-0038-27461-12-8', [('name', 'Saw Aung Ko Htwe'), ('vehicle', 'SK 4821 ฉช'), ('place', 'Khok Kham'), ('ssn', '0-0038-27461-12-8')]),
    C('Sibusiso Dlamini-Mkhabela, cane cutter, compound at Big Bend, seasonal contract ended fourteenth of March 2025; low mood, sleeps most of the day, wife worried', [('name', 'Sibusiso Dlamini-Mkhabela'), ('place', 'Big Bend'), ('date', 'fourteenth of March 2025')]),
    C("Clients fasting in Ramadan are cancelling afternoon sessions. I'm thinking of moving everything to after iftar for the month. Sensible?"),
    C('Indian DL KA05 20190048217, Shivakumar Hanumegowda, cab driver, Ola suspended him, lives Yeshwanthpur, vehicle KA 05 MN 4821', [('licence', 'KA05 20190048217'), ('name', 'Shivakumar Hanumegowda'), ('place', 'Yeshwanthpur'), ('vehicle', 'KA 05 MN 4821')]),
    C("Kgomotso Boikanyo Seleka, teacher at Mogoditshane Senior Secondary, burned out, HIV+ and the school doesn't know, wants to keep it that way", [('name', 'Kgomotso Boikanyo Seleka'), ('place', 'Mogoditshane Senior Secondary')]),
    C("I'd value a second opinion. Hemi Rangitāuira Walker, who lives at 27 Pōhutukawa Street, Onepū 3194, lost his mill job and has become withdrawn. His wife rang me, he didn't. She wants me to visit. I've never done an unsolicited home visit and I'm not sure he'd even open the door. What would you do?", [('name', 'Hemi Rangitāuira Walker'), ('street_address', '27 Pōhutukawa Street'), ('place', 'Onepū'), ('zip_code', '3194')]),
    C("I could use help with a decision. Tawanda Chigwedere, originally from Mufakose, now drives trucks across the border for a haulage company; his cab AEX 8417 has a dashcam that recorded the hijacking in March. The company wants him back on the route. He asked me to write that he's not ready. Is that my call?", [('name', 'Tawanda Chigwedere'), ('place', 'Mufakose'), ('vehicle', 'AEX 8417')]),
    C("Reading group next month: Arthur Kleinman's The Illness Narratives, chapters one to three, Thursday the 12th, bring a case where the client's story of the illness and the doctor's didn't match."),
    C("Ammar Jasim Al-Rubaie's number changed, now +964 780 418 2736, he's in Al-Kadhimiya looking after his mother who is tis'een w-thalatha she says", [('name', 'Ammar Jasim Al-Rubaie'), ('phone', '+964 780 418 2736'), ('place', 'Al-Kadhimiya'), ('age_over_89', "tis'een w-thalatha")]),
    C('The Indian Psychiatric Society guidelines on ketamine, the Australian RANZCP statement and the UK NICE draft all disagree. Whom do we follow in Sri Lanka?'),
    C('Medibank, HCF, nib and Bupa all reimburse differently for telehealth in Australia. Is there a current comparison chart from the APS?'),
    C('fax from Katutura State Hospital re Ndapewa Ndeshipanda Haufiku, file KSH-22-081734 - please fax the assessment back to +264 61 203 4417 not the main line', [('place', 'Katutura State Hospital'), ('name', 'Ndapewa Ndeshipanda Haufiku'), ('medical_record', 'KSH-22-081734'), ('fax', '+264 61 203 4417')]),
    C('The Australian Psychological Society, Psychology Board of Australia and Medicare changes from July all land in the same week. Does anyone have a plain-English summary?'),
    C('what do people do about gifts at the end of the year? i got a whole chicken last time, alive'),
    C("Ongoing case, I'd welcome ideas. Lhakpa Dorje Tamang was a porter, now does construction in Madhyapur Thimi and sends money home to Talamarang, which the flood took in 2021. He hears his drowned sister calling at night. He paid the first sessions from Khalti 9803 417 226. Is this grief, PTSD, or something culture-bound I should not pathologise?", [('name', 'Lhakpa Dorje Tamang'), ('place', 'Madhyapur Thimi'), ('place', 'Talamarang'), ('account', '9803 417 226')]),
    C("Garo client Jinia Sangma Marak, Haluaghat, land grab by the forest department, she's the heir and scared", [('name', 'Jinia Sangma Marak'), ('place', 'Haluaghat')]),
    C("Does anyone have the Amharic version of the PCL-5? I've got a referral next week."),
    C("Supervision question, because I'm unsure whether to report. Kwabena Owusu Asante-Darko, a teacher at Presbyterian Boys' Secondary School Legon, told me that a colleague hits the boys with a cane daily. The Ghana Education Service banned it, I think, in 2019? He's scared of losing his post; his Ghana Card is GHA-718204356-3 in the consent form for the school counsellor. Where would you start?", [('name', 'Kwabena Owusu Asante-Darko'), ('place', "Presbyterian Boys' Secondary School Legon"), ('ssn', 'GHA-718204356-3')]),
    C('FAX COVER - to: counselling unit, fax +27 21 938 4417 - from: Tygerberg Hospital ward J5 - re: Anele Mbambo, folder TBH 4821733 - 3 pages incl. this one', [('fax', '+27 21 938 4417'), ('place', 'Tygerberg Hospital'), ('name', 'Anele Mbambo'), ('medical_record', 'TBH 4821733')]),
    C("email from zawadi.mwakyusa@tanesco.co.tz - Zawadi Mwakyusa Kibona asking if her employer will find out she's seeing us. reply by phone please", [('email', 'zawadi.mwakyusa@tanesco.co.tz'), ('name', 'Zawadi Mwakyusa Kibona')]),
    C('when the power goes in the middle of a phone session, do you ring back or wait for them? i never know'),
    C("Is lithium monitoring realistic in rural Uganda? A client's level hasn't been checked in a year."),
    C('Booking log: Chen Jia Hui booked via https://calendly.com/dr-lim-counsel/50min?ref=jiahui from 116.88.41.203, paid by PayNow +65 9482 1736', [('name', 'Chen Jia Hui'), ('url', 'https://calendly.com/dr-lim-counsel/50min?ref=jiahui'), ('ip_address', '116.88.41.203'), ('account', '+65 9482 1736')]),
    C("I need help thinking about a boundary. Blessing Chukwuemeka Obi, an Uber driver I see on Thursdays, keeps offering me free rides home - he's seen my car at the office in Opebi and he knows I take the bus on days it's at the mechanic. His FRSC licence KJA84217AA31 is on the intake because his employer referred him. Is accepting a ride ever OK?", [('name', 'Blessing Chukwuemeka Obi'), ('place', 'Opebi'), ('licence', 'KJA84217AA31')]),
    C("Long question, forgive me. A woman I've seen for a year has decided to stop medication because her pastor told her that taking it shows a lack of faith. She's been stable for months on sertraline and is clear that this is her choice. I respect her autonomy, and I also think she's about to relapse. How do you stay in the room with a decision you think is wrong without becoming another person pressuring her?"),
    C('Quick poll: who bills the medical aid directly and who makes clients claim back? Discovery seems to pay faster than the others.'),
    C("coffee farmer's wife, Chaltu Gemechu Tolera, kebele Adame Dawa, husband detained since 2024-08-21. She's holding it together for the kids and not sleeping", [('name', 'Chaltu Gemechu Tolera'), ('place', 'Adame Dawa'), ('date', '2024-08-21')]),
    C("Lwazi Ntshebe, 19, back from initiation school near Qumbu with complications, lost part of... he's not ready to say. Wants a male Xhosa-speaking therapist", [('name', 'Lwazi Ntshebe'), ('place', 'Qumbu')]),
    C('letters for Naledi Khumalo-Sekgobela go to 2281 Mahlangu Street, Kaalfontein Ext 12, 1689, not the work address, her boss opens post', [('name', 'Naledi Khumalo-Sekgobela'), ('street_address', '2281 Mahlangu Street'), ('place', 'Kaalfontein Ext 12'), ('zip_code', '1689')]),
    C('fax to Erbil Teaching Hospital psych unit re Rezan Othman Qadir, DOB 21/03/1998, fax +964 66 222 4173', [('place', 'Erbil Teaching Hospital'), ('name', 'Rezan Othman Qadir'), ('date', '21/03/1998'), ('fax', '+964 66 222 4173')]),
    C("Bae Ji-hoon's mother sent the school's notice https://www.sen.go.kr/notice/view.do?id=482173 about his suspension, they're in Junggye-dong", [('name', 'Bae Ji-hoon'), ('url', 'https://www.sen.go.kr/notice/view.do?id=482173'), ('place', 'Junggye-dong')]),
    C('Kazhal Mahmoud Faraj, Anfal survivor from Anab, now 55, the anniversary on 16 March 2025 was hard, she stopped eating for a week', [('name', 'Kazhal Mahmoud Faraj'), ('place', 'Anab'), ('date', '16 March 2025')]),
    C('Jebbali herder Musallam Said Al-Kathiri from Jibjat, camel died, debt, ROP licence OM-04218837, son wants him to sell the land', [('name', 'Musallam Said Al-Kathiri'), ('place', 'Jibjat'), ('licence', 'OM-04218837')]),
    C('Has Southern Cross started covering telehealth with psychologists, or still only in person?'),
    C('Does anyone know whether Maccabi reimburses private therapy after the new reform?'),
    C("Apisalome Qiolevu's mum rang +679 836 2147, from Raiwai, asking when he can come home", [('name', 'Apisalome Qiolevu'), ('phone', '+679 836 2147'), ('place', 'Raiwai')]),
    C('Kapampangan client Rodel Dizon Manalang, Barangay Sapang Bato, Aeta wife, her family rejects him, his rejects her', [('name', 'Rodel Dizon Manalang'), ('place', 'Barangay Sapang Bato')]),
    C("Lebanese-Australian bakery owner Georges Tannous Khoury, Belfield, son arrested, community shame, wife won't cook for him", [('name', 'Georges Tannous Khoury'), ('place', 'Belfield')]),
    C("video link for Tomasi Vaka Lātū: https://whereby.com/talanoa-room-482 - he's at Holopeka, patchy internet", [('name', 'Tomasi Vaka Lātū'), ('url', 'https://whereby.com/talanoa-room-482'), ('place', 'Holopeka')]),
    C('please stop sending consent forms by plain email, we agreed last month to use the encrypted option'),
    C('Fax cover: Manukau Super Clinic CAMHS to us, fax 09 277 1843, re Tamati Kereama Pomare, NHI withheld, 4 pages', [('place', 'Manukau Super Clinic'), ('fax', '09 277 1843'), ('name', 'Tamati Kereama Pomare')]),
    C('home visit address for Oyelaran Folasade Adunni: 7 Akinola Maja Avenue, Jericho GRA 200284 - gate is blue, ask for the mother', [('name', 'Oyelaran Folasade Adunni'), ('street_address', '7 Akinola Maja Avenue'), ('place', 'Jericho GRA'), ('zip_code', '200284')]),
    C("Bit of a long reflection. After ten years of doing mostly trauma work with refugees, I'm noticing that I've stopped reading fiction, I flinch at the news and I'm short with my own children. My supervisor calls it vicarious trauma and suggests a sabbatical. I can't afford one. What small changes actually helped you, not the ones on the self-care posters?"),
    C('fax from Labasa Hospital psychiatric liaison, +679 331 5417, re Losana Ratu Naivalu, file CWMH-24-8172', [('place', 'Labasa Hospital'), ('fax', '+679 331 5417'), ('name', 'Losana Ratu Naivalu'), ('medical_record', 'CWMH-24-8172')]),
    C('Lur grandmother Golnar Sepahvand, Kuhdasht, nowad-o-do sal she says, no birth certificate, daughter-in-law doing all the caring and burning out', [('name', 'Golnar Sepahvand'), ('place', 'Kuhdasht'), ('age_over_89', 'nowad-o-do sal')]),
    C('Anyone got experience with the NDIS psychosocial disability pathway? I find the forms impossible.'),
    C('event log - telehealth room https://meet.kiaorahealth.nz/r/5X2p-qQ8 - participant Hinewai Tūhoe Ranginui joined from 203.109.246.17 - dropped 3 times', [('url', 'https://meet.kiaorahealth.nz/r/5X2p-qQ8'), ('name', 'Hinewai Tūhoe Ranginui'), ('ip_address', '203.109.246.17')]),
    C('Tibetan monk Tenzin Choedak, arrived Gangchen Kyishong 2019, still sleeps by the door. Green book RC-18472036. He calls what he has "lung"', [('name', 'Tenzin Choedak'), ('place', 'Gangchen Kyishong'), ('ssn', 'RC-18472036')]),
    C('WA plate 1HKT 482, Darcy Walsh, FIFO at Tom Price, 14 days on 7 off, marriage falling apart, licence 6104827', [('vehicle', '1HKT 482'), ('name', 'Darcy Walsh'), ('place', 'Tom Price'), ('licence', '6104827')]),
    C('Interpersonal psychotherapy in groups worked well in Uganda trials. Is anyone using it here?'),
    C('home: No. 8, 2nd Cross, Anjaneya Temple Street, Hanumanthanagar 560019 - Lakshmamma Ramegowda, tombattu aidu in Kannada she says, son wants respite info', [('street_address', 'No. 8, 2nd Cross, Anjaneya Temple Street'), ('place', 'Hanumanthanagar'), ('zip_code', '560019'), ('name', 'Lakshmamma Ramegowda'), ('age_over_89', 'tombattu aidu')]),
    C("I'm planning a seminar on Aaron Beck, Albert Ellis and Judith Beck, with a session on how Marsha Linehan changed things. Sunday afternoons in February, online, New Zealand time."),
    C("Really long one, apologies. Siosaia Tu'ipulotu Lolohea works as a roofer, lives in Rowandale, and has a drink-drive charge coming up; his lawyer wants a letter saying he's engaged in counselling, and asked me to e-mail it to c.lam@southsidelaw.co.nz. His licence DK482173 is suspended already. I'm happy to confirm attendance, but how much clinical content do people put in?", [('name', "Siosaia Tu'ipulotu Lolohea"), ('place', 'Rowandale'), ('email', 'c.lam@southsidelaw.co.nz'), ('licence', 'DK482173')]),
    C("Seeking thoughts on safety planning with a client who works nights. Muhammad Raza Qureshi Bhatti drives a rickshaw (LES-4827) from Shadbagh until 3am and his suicidal thoughts peak around then; he has no one to call at that hour. We've talked about crisis lines, but the Pakistani ones close. What do people build into plans for night workers?", [('name', 'Muhammad Raza Qureshi Bhatti'), ('vehicle', 'LES-4827'), ('place', 'Shadbagh')]),
    C("A question about the dreaded audit. Our clinic's server flagged an access to Wong Siew Ling's file IMH-2023-0148273 from 172.20.41.87, which is the reception desk PC, at 2:14am on 17/06/2024. Nobody was in. She's a nurse at Woodbridge Hospital herself and would be mortified. How do you tell a client about a breach like this?", [('name', 'Wong Siew Ling'), ('medical_record', 'IMH-2023-0148273'), ('ip_address', '172.20.41.87'), ('date', '2:14am on 17/06/2024'), ('place', 'Woodbridge Hospital')]),
    C('Hui restaurant owner Ma Xiaolan, Linxia, daughter wants to marry Han, family split, WeChat Pay wxid_hx48217mxl', [('name', 'Ma Xiaolan'), ('place', 'Linxia'), ('account', 'wxid_hx48217mxl')]),
    C("For Christmas week I'm closing the practice. Crisis cover goes to the on-call list as usual."),
    C("server log flagged 2001:4479:8c02:1e00::4b downloading Mitchell Kenta Saunders's assessment PDF, 14 times in an hour, his ex-partner works in IT", [('ip_address', '2001:4479:8c02:1e00::4b'), ('name', 'Mitchell Kenta Saunders')]),
    C("Long question on a court report. Ruth Mwende Mutua, whose divorce is before the Children's Court, has a child with cerebral palsy who uses a standing frame SF-Rifton-4821733 the father says he paid for and wants back. The kid lives with her in Kitengela. I've been asked to say something about the child's attachment. How do you keep the equipment fight out of your report?", [('name', 'Ruth Mwende Mutua'), ('device', 'SF-Rifton-4821733'), ('place', 'Kitengela')]),
    C("Thi Thu Trang Pham's insulin pen NovoPen 6 SN 482173A logs doses to the app and her husband checks it, Albanvale", [('name', 'Thi Thu Trang Pham'), ('device', 'NovoPen 6 SN 482173A'), ('place', 'Albanvale')]),
    C('North Korean defector Ri Kyong-sun, Anseong graduate, lives in Gayang-dong, RRN 680412-2841736, daughter left behind', [('name', 'Ri Kyong-sun'), ('place', 'Anseong'), ('place', 'Gayang-dong'), ('ssn', '680412-2841736')]),
    C("Salote Fifita's kui is hivangofulu mā nima, they live in Tofoa, she sleeps on the floor beside her", [('name', 'Salote Fifita'), ('age_over_89', 'hivangofulu mā nima'), ('place', 'Tofoa')]),
    C('Ivorian cocoa farmer Konan Kouassi Arsène, campement near Soubré, swollen shoot wiped his trees. CNI CI002184736 for the cooperative form', [('name', 'Konan Kouassi Arsène'), ('place', 'Soubré'), ('ssn', 'CI002184736')]),
    C('the heat this week is making everyone irritable, clients and therapists alike. water in the fridge'),
    C('Something I\'ve been turning over since supervision: when a client\'s family is paying for therapy and expects reports on "progress", I feel like I\'m working for them, not her. She\'s 24, lives at home, and her parents genuinely love her. We\'ve talked about it openly. Still, every session I can feel the invoice in the room. How do others manage family-funded therapy for adults?'),
    C('quick q - fatuma mwinyi in kisauni, wants sessions at the mosque hall, is that weird', [('name', 'fatuma mwinyi'), ('place', 'kisauni')]),
    C("Question about record requests. The ward at Chris Hani Baragwanath Academic Hospital has asked me for my notes on Nomvula Zandile Sithebe (their file CHB-0384217-K) because she's up for a section 33 review, and they want it faxed to 011 933 8274 by Friday. She's told me very clearly she doesn't want the trauma history shared. How much would you send, and would you summarise rather than copy?", [('place', 'Chris Hani Baragwanath Academic Hospital'), ('name', 'Nomvula Zandile Sithebe'), ('medical_record', 'CHB-0384217-K'), ('fax', '011 933 8274')]),
    C('thinking about fees on a sliding scale, but it feels awkward asking people for proof of income. how do others do it?'),
    C("Aslan Shogen, Circassian, grew up in Wadi as-Seer, family pressure to marry in the community, he's seeing a Jordanian Arab woman. Wants someone neutral", [('name', 'Aslan Shogen'), ('place', 'Wadi as-Seer')]),
    C("Ilocano OFW wife Rowena Agcaoili Pascua, Barangay Sulbec, husband in Saudi 11 years, she's lonely and the money's gone on a tricycle", [('name', 'Rowena Agcaoili Pascua'), ('place', 'Barangay Sulbec')]),
    C('Sri Lankan three-wheeler WP QR-4827, Chaminda Perera Kulatunga, Egoda Uyana, DL B4821736, loan sharks', [('vehicle', 'WP QR-4827'), ('name', 'Chaminda Perera Kulatunga'), ('place', 'Egoda Uyana'), ('licence', 'B4821736')]),
    C('access log row: 2400:1a00:b040:3f2::17 GET /notes/48217 client Bishnu Maya Thapa 200 OK', [('ip_address', '2400:1a00:b040:3f2::17'), ('name', 'Bishnu Maya Thapa')]),
    C('tea garden worker Sumi Tanti Orang, line quarters at Doom Dooma Tea Estate, her daughter was trafficked to Delhi, ESIC 3401827461', [('name', 'Sumi Tanti Orang'), ('place', 'Doom Dooma Tea Estate'), ('health_plan', '3401827461')]),
    C('char dweller Abdul Karim Sheikh, Char Janajat, river took the house three times. Nagad 01718-429033, very fatalistic', [('name', 'Abdul Karim Sheikh'), ('place', 'Char Janajat'), ('account', '01718-429033')]),
    C("Clients who work in the Gulf keep asking for sessions at odd hours. I've started doing Saturday mornings at six."),
    C("anyone know priya radhakrishnan nair from changanassery? she's asking for a referral and I'm not sure she's a real clinician", [('name', 'priya radhakrishnan nair'), ('place', 'changanassery')]),
    C('Yi client Jjissyt Vuqie, from Butuo, heroin generation, HIV+, his brother died. Speaks Nuosu, Mandarin poor', [('name', 'Jjissyt Vuqie'), ('place', 'Butuo')]),
    C('Has anyone used the PHQ-9 in Swahili? The translation we have seems to overcount somatic symptoms, and nobody has validated it locally.'),
    C('During Ramadan, Easter and Passover landing in the same weeks of April, our Israeli, Palestinian and Jordanian clients all want evening slots. How do other practices manage it?'),
    C('Muong client Bùi Thị Hằng, xóm Mỗ, husband died at the construction site in Hà Nội, CCCD 017184032951', [('name', 'Bùi Thị Hằng'), ('place', 'xóm Mỗ'), ('ssn', '017184032951')]),
    C('Has anyone used the Harvard Trauma Questionnaire with Somali speakers? The translation of some items is odd.'),
    C("the new intern is lovely, please be kind to her, she's shadowing all week"),
    C('Karamojong client Lomongin Apalorot from Kotido - forced disarmament stuff from years back, now his son was shot. Referral came through the diocese', [('name', 'Lomongin Apalorot'), ('place', 'Kotido')]),
    C("A bit of a rant. Three weeks ago the portal at https://teleconsult.wellnesshub.co.ke/s/8Tq2Lm locked me out mid-session with Wambui Njeri Kamau, who was in her car outside Toi Market because that's the only private place she has, and she thought I'd hung up on her. She hasn't booked since. How do you repair a rupture caused by your tech, not you?", [('url', 'https://teleconsult.wellnesshub.co.ke/s/8Tq2Lm'), ('name', 'Wambui Njeri Kamau'), ('place', 'Toi Market')]),
    C('For World Mental Health Day in October, the Pakistani, Indian and Bangladeshi associations are running a joint webinar on Zoom. Shall we join?'),
    C('Our Indonesian colleagues want to translate Safe and Sound for the Aceh tsunami anniversary. Anyone know the copyright?'),
    C('Ifugao farmer Bugan Dulnuan Ananayo, Barangay Hapao, rice terraces collapsing, his kids left for the city, he feels the ancestors are angry', [('name', 'Bugan Dulnuan Ananayo'), ('place', 'Barangay Hapao')]),
    C("A question about the cost of care. Lina Farouk Al-Sayegh lives in Jabal al-Lweibdeh, her mother is 92 as of Ramadan and has Alzheimer's; She quit her job at the bank to care for her. Her IBAN JO71 ARAB 1180 0000 0011 8204 7315 is on the invoice because she insisted on paying. I'd like to offer a reduced fee. How do people handle that without offending?", [('name', 'Lina Farouk Al-Sayegh'), ('place', 'Jabal al-Lweibdeh'), ('age_over_89', '92 as of Ramadan'), ('account', 'JO71 ARAB 1180 0000 0011 8204 7315')]),
    C('Anyone tried the Thai version of the Columbia Suicide Severity Rating Scale? The translation of "plan" is ambiguous.'),
    C('Referral - Hodan Abdirahman Warsame Farah, Eastleigh Section III, shop burnt in the raids, Kenyan ID 29384716, husband in Minnesota, kids here', [('name', 'Hodan Abdirahman Warsame Farah'), ('place', 'Eastleigh Section III'), ('ssn', '29384716')]),
    C('Letebrhan Gebregziabher, 19, came through Hitsats camp before it was destroyed, now in Addis with an uncle; flashbacks when she hears drones, literally any engine overhead', [('name', 'Letebrhan Gebregziabher'), ('place', 'Hitsats')]),
    C('backway returnee Ebrima Lamin Touray-Bojang, 26, back in Busumbala since 2 Nov 2022, Libya detention, family see him as a failure. IOM referral', [('name', 'Ebrima Lamin Touray-Bojang'), ('place', 'Busumbala'), ('date', '2 Nov 2022')]),
    C("Teuila Leaupepe Fa'amausili, Unit 3/41 Woodville Road, Old Guildford NSW 2161, her fale at home got torn down by her uncle", [('name', "Teuila Leaupepe Fa'amausili"), ('street_address', 'Unit 3/41 Woodville Road'), ('place', 'Old Guildford'), ('zip_code', '2161')]),
    C('Swahili coast: Mwanaisha Salim Bakari, Kizingo, husband married a second wife, she wants couples work with a Muslim therapist. Fee through M-Pesa', [('name', 'Mwanaisha Salim Bakari'), ('place', 'Kizingo')]),
    C("i'm so tired of clients cancelling by text five minutes before. do you charge? everyone says they do and nobody actually does"),
    C('Has anyone tried Narrative Exposure Therapy with unaccompanied minors? The Schauer, Neuner and Elbert manual seems written for adults.'),
    C("quick one: how long do you keep process notes after a client dies? our policy says nothing and the manager doesn't know either"),
    C('Nurul Huda binti Rahmat, Minangkabau, Nagari Koto Gadang, merantau to Jakarta, mother furious she left, NIK 1306054803920004', [('name', 'Nurul Huda binti Rahmat'), ('place', 'Nagari Koto Gadang'), ('ssn', '1306054803920004')]),
    C('my car broke down so i did three sessions from a bus shelter. on the phone. with headphones. it was fine'),
    C("a client's kid drew a picture of me and it's now on my fridge. boundary issue? be honest"),
    C('The EMDR training in Kenya next year is oversubscribed already. Anyone know of a second cohort?'),
    C('supervisee Yael Shapira-Cohen, psychologist licence 27-148273, joining the trauma team in Metula', [('name', 'Yael Shapira-Cohen'), ('licence', '27-148273'), ('place', 'Metula')]),
    C("I've been asked to set up a peer support line for farmers after the drought, staffed by volunteers with two days of training. I'm worried about what happens when a volunteer gets a call from someone with a gun in the shed. What minimum training, supervision and escalation would you insist on before launching something like this, and how do you protect the volunteers themselves?"),
    C("we've been asked by the school board to run a session for parents on exam stress. volunteers?"),
    C('has anyone kept a client who moved overseas? the time difference is making everything strange'),
    C("I'm running the Balint group again on Thursdays, first session free for newcomers."),
    C("my client's great-grandmother in Onikişubat, doksan yedi yaşında, survived the earthquake under the rubble for two days", [('place', 'Onikişubat'), ('age_over_89', 'doksan yedi yaşında')]),
    C('Odia migrant Sanatan Pradhan, from Dharamgarh, brick kiln bonded labour, rescued 05-11-2023', [('name', 'Sanatan Pradhan'), ('place', 'Dharamgarh'), ('date', '05-11-2023')]),
    C('does anyone use a white noise machine outside the door? our walls are thin and voices carry'),
    C('Saudi client from Al-Awamiyah, Hussain Ali Al-Shakhs, house demolished in 2017, Tawuniya TW-60482193', [('place', 'Al-Awamiyah'), ('name', 'Hussain Ali Al-Shakhs'), ('health_plan', 'TW-60482193')]),
    C('Has anyone used Tree of Life by Ncazelo Ncube with adolescents in Lesotho or Eswatini?'),
    C("Anyone running ACT groups in Arabic? The metaphors don't always land and I'd love to swap translations."),
    C("Planning Diwali hours - I'll be off Thursday and Friday, so please cover my crisis calls."),
    C("Family constellations keeps coming up with clients in Vietnam. I don't know what to make of it."),
    C('Dalit sanitation worker Muniyamma Kalaiselvi, Kannagi Nagar, husband died in a septic tank, compensation never came. Tamil sessions', [('name', 'Muniyamma Kalaiselvi'), ('place', 'Kannagi Nagar')]),
    C("Long one, sorry. I've been seeing Tshepiso Mokoena-Radebe for about six weeks, she drives a school transport kombi out of Mabopane Block U (plate JMT 482 NW) and since the crash in February she freezes at every intersection. She's asked whether we can do some in-vivo work in the kombi itself. Has anyone done exposure in a client's vehicle, and what did you tell your indemnity insurer?", [('name', 'Tshepiso Mokoena-Radebe'), ('place', 'Mabopane Block U'), ('vehicle', 'JMT 482 NW')]),
    C('Siti Norhayati binti Ismail, No. 23, Jalan Mawar 4, Taman Sri Muda, Kota Kemuning 40470, flood survivor, 2021, still sleeps upstairs', [('name', 'Siti Norhayati binti Ismail'), ('street_address', 'No. 23, Jalan Mawar 4, Taman Sri Muda'), ('place', 'Kota Kemuning'), ('zip_code', '40470')]),
    C('would anyone like to swap caseloads for a month to get a fresh pair of eyes on our stuck cases'),
    C("Would value input. Dina Ben-Haim Peretz lives in Yad Mordechai and after October she won't sleep more than 40 minutes, always within reach of the safe room. Her husband's reservist call-up notice came again on 12.11.2023. She's asked for sessions by phone at +972 52-481-7730 from the shelter. Is EMDR even appropriate when the threat is ongoing?", [('name', 'Dina Ben-Haim Peretz'), ('place', 'Yad Mordechai'), ('date', '12.11.2023'), ('phone', '+972 52-481-7730')]),
    C('Iban client Jugah anak Unggang, longhouse at Rumah Ngelai, logging company took the pepper garden. TNG eWallet +60 13-821 4736', [('name', 'Jugah anak Unggang'), ('place', 'Rumah Ngelai'), ('account', '+60 13-821 4736')]),
    C('referral via https://forms.gle/Tn4ViK8wQ2bLs3Ra9 - Nasrin Akhtar Chowdhury, Rupnagar Abashik, postpartum, wants a female therapist', [('url', 'https://forms.gle/Tn4ViK8wQ2bLs3Ra9'), ('name', 'Nasrin Akhtar Chowdhury'), ('place', 'Rupnagar Abashik')]),
    C('Tiwi man Pirrawayingi Puruntatameri, Milikapiti, diesel sniffing as a kid, now he works the footy club. Wants a yarn not therapy', [('name', 'Pirrawayingi Puruntatameri'), ('place', 'Milikapiti')]),
    C('Ouagadougou: Ouédraogo Rasmata, Nioko II, fled from the north with three kids, Mooré interpreter please - she asked for a woman', [('place', 'Ouagadougou'), ('name', 'Ouédraogo Rasmata'), ('place', 'Nioko II')]),
    C("is it normal to dread one particular client every week? not because they're difficult, they just leave me empty"),
    C('Fijian client Mereoni Tuilau Vakaloloma, Wailea settlement, husband in the army, peacekeeping in the Sinai, kids acting up. M-PAiSA 927 4813', [('name', 'Mereoni Tuilau Vakaloloma'), ('place', 'Wailea settlement'), ('account', '927 4813')]),
    C("is anyone else's waiting room full of grandmothers bringing their grandsons? the dads are nowhere"),
    C('Brahui client Gul Bibi Mengal, from Kalat, nomad family settled, daughter married at 13, she wants her younger one in school', [('name', 'Gul Bibi Mengal'), ('place', 'Kalat')]),
    C('The Nepali version of the GAD-7 reads very formally. Has anyone adapted it for village use?'),
    C('new referral by email intake@nakurucounsellingcentre.org for Kiprop Cheruiyot Langat, Chemundu, alcohol and a dead brother', [('email', 'intake@nakurucounsellingcentre.org'), ('name', 'Kiprop Cheruiyot Langat'), ('place', 'Chemundu')]),
    C('Pākehā dairy farmer Graeme Hutchison, Kaponga district, Mycoplasma cull, shot his own herd, suicidal ideation, Federated Farmers referred', [('name', 'Graeme Hutchison'), ('place', 'Kaponga')]),
    C("fundraiser link for Tevita Fonua Kaufusi's funeral costs, https://givealittle.co.nz/cause/tevita-fonua-kaufusi-aroha - the family asked us to share, we won't", [('name', 'Tevita Fonua Kaufusi'), ('url', 'https://givealittle.co.nz/cause/tevita-fonua-kaufusi-aroha')]),
    C('the pharmacy near the clinic has run out of everything again, warn clients to check before the weekend'),
    C('Moshe Levi Ben-David, Rehov HaGalil 23 dira 4, Kiryat Yam 2901411, retired merchant seaman, lonely, wife died in the summer', [('name', 'Moshe Levi Ben-David'), ('street_address', 'Rehov HaGalil 23 dira 4'), ('place', 'Kiryat Yam'), ('zip_code', '2901411')]),
    C('Our consortium has finally signed with Discovery, Bonitas and Medshield, so from April we can bill all three directly; GEMS is still pending and Momentum said no.'),
    C('fax header reads +971 4 219 8305 - Al Amal Psychiatric Hospital - pt Mariam Khalfan Al-Mazrouei - MRN AAPH-0831274 - urgent, 2 pp', [('fax', '+971 4 219 8305'), ('place', 'Al Amal Psychiatric Hospital'), ('name', 'Mariam Khalfan Al-Mazrouei'), ('medical_record', 'AAPH-0831274')]),
    C("ph for Abdoulaye Ba Sow is +221 76 482 17 39, he's in Pikine Guinaw Rail, wants Pulaar, daughter translates for now", [('name', 'Abdoulaye Ba Sow'), ('phone', '+221 76 482 17 39'), ('place', 'Pikine Guinaw Rail')]),
    C('running late, aziz rakhmonov at yunusabad needs a taxi voucher again, can someone cover my 3pm', [('name', 'aziz rakhmonov'), ('place', 'yunusabad')]),
    C('tuk-tuk 1กม 8274, Thanakorn Boonmee, Cha-am night market, lost his mother and his tuk-tuk in one month', [('vehicle', '1กม 8274'), ('name', 'Thanakorn Boonmee'), ('place', 'Cha-am')]),
    C("I'd really value the group's thinking on this one. A young man I see has been offered a job in the Gulf through an agent who wants a large fee up front, and his whole family has sold land to pay it. He's excited and terrified. I know the stories about these contracts, and I'm aware it is not my place to advise on his career. Where is the line between psychoeducation and telling him what to do?"),
    C('honest question - how many of you still write notes by hand and type them up later? i feel like a dinosaur'),
    C('anyone else find the first session after a holiday the hardest of the year? everyone brings back what happened at the family table'),
    C('The WHO mhGAP guide says one thing about benzodiazepines and the local psychiatrist says the opposite. Who do I follow?'),
    C("Ethiopian-Israeli teen Yonatan Worku Mekonen, Yeruham, police stop him weekly, Maccabi MC-81-2043377, his parents don't believe it's racism", [('name', 'Yonatan Worku Mekonen'), ('place', 'Yeruham'), ('health_plan', 'MC-81-2043377')]),
    C("looking for a co-facilitator for a men's grief group, evenings, small fee, must be ok with long silences"),
    C('Itto Aït Ouaziz from douar Tabant, widowed by the earthquake, CIN JB418307, her sister called us from the coast', [('name', 'Itto Aït Ouaziz'), ('place', 'Tabant'), ('ssn', 'JB418307')]),
    C('PNG highlands client Kila Kuman Yapa, Gembogl, sorcery accusation, her aunt was burnt, she fled to the capital, BSP account 1001482730', [('name', 'Kila Kuman Yapa'), ('place', 'Gembogl'), ('account', '1001482730')]),
    C("This is long but I need the group. Mele Vake Havili runs a kava bar in Crestmead, and one of her regulars, a young man, died by suicide after leaving the bar last month. She's convinced she should have seen it. Her church wants her to step back from the youth ministry. She's booked via https://book.talanoaspace.org.au/mele-h for next week. How would you frame the first session?", [('name', 'Mele Vake Havili'), ('place', 'Crestmead'), ('url', 'https://book.talanoaspace.org.au/mele-h')]),
    C('intake form link https://intake.sahayogcounselling.in/f/48217?c=ravi was sent to the wrong Ravi Chandrasekaran Iyengar, the one in Chromepet. oops', [('url', 'https://intake.sahayogcounselling.in/f/48217?c=ravi'), ('name', 'Ravi Chandrasekaran Iyengar'), ('place', 'Chromepet')]),
    C('FAX to +962 6 535 4470 (private clinic, Deir Ghbar) - RE: Rawan Qasem Al-Khatib, please confirm the CBT summary arrived, the last one went to the dental office', [('fax', '+962 6 535 4470'), ('place', 'Deir Ghbar'), ('name', 'Rawan Qasem Al-Khatib')]),
    C('Jeju haenyeo Ko Bok-nye, Sehwa-ri, 아흔두 살 and still wants to dive, daughter furious. 4.3 history in the family', [('name', 'Ko Bok-nye'), ('place', 'Sehwa-ri'), ('age_over_89', '아흔두 살')]),
    C('Leila Haddad Mansour - Rue Pasteur, Immeuble Azar, 3e étage, Furn el Chebbak - the stairwell is where she has the panic attacks', [('name', 'Leila Haddad Mansour'), ('street_address', 'Rue Pasteur, Immeuble Azar, 3e étage'), ('place', 'Furn el Chebbak')]),
    C("Torajan client Yohanis Sampe Rante, Kete Kesu, father's body kept at home for two years waiting for the funeral money. He's exhausted", [('name', 'Yohanis Sampe Rante'), ('place', 'Kete Kesu')]),
    C('Does Bupa Arabia cover psychology at all, or only psychiatry? A client asked and I have no idea.'),
    C('Fax from DIMHANS OPD: Kavitha Suryanarayana, UHID NIM-2024-0418273, fax 080-2656 4830 - they want our sleep diary forms', [('place', 'DIMHANS'), ('name', 'Kavitha Suryanarayana'), ('medical_record', 'NIM-2024-0418273'), ('fax', '080-2656 4830')]),
    C('Mongolian herder Tserendorjiin Batbold, ger district Sharkhad after the dzud killed 300 head, drinking, wife has a stall. Reg no УБ84031729', [('name', 'Tserendorjiin Batbold'), ('place', 'Sharkhad'), ('ssn', 'УБ84031729')]),
    C('the interpreter service has changed its booking number again, the new one is on the pinned message, not in the old handbook'),
    C('Ngwa Ivo Fru fled Njinikom after his school was burnt, now in Nigeria, Cameroonian refugee ID CMR-17C00842, very flat, says he\'s "fine"', [('name', 'Ngwa Ivo Fru'), ('place', 'Njinikom'), ('ssn', 'CMR-17C00842')]),
    C('Our practice is switching from Xero to QuickBooks in July. If you share the invoice template, update it.'),
    C("Has anyone compared the SCL-90 with the Hopkins Symptom Checklist in Cambodia? The Khmer versions from Mollica's group are the only ones I trust, and the Cambodian Ministry has asked us."),
    C('Malagasy vanilla grower, Rivo Tsiory Andrianarisoa, had his whole crop stolen at night in Antsahanoro and now sits up with a machete till dawn. Sleep hygiene feels like a joke here', [('name', 'Rivo Tsiory Andrianarisoa'), ('place', 'Antsahanoro')]),
    C('Is anyone familiar with Thai Buddhist approaches to grief? I have a monk asking to co-work a case.'),
    C('how do you handle a client who wants a hug at the end? culturally it would be rude to refuse in her community'),
    C("Houssem Ben Salah from Redeyef, phosphate company wouldn't hire him, tried the boat twice, still at home. Wants online sessions", [('name', 'Houssem Ben Salah'), ('place', 'Redeyef')]),
    C("Japangardi Martin, Warlpiri, from Nyirripi, grief after the shooting, men's business means he won't see a female therapist", [('name', 'Japangardi Martin'), ('place', 'Nyirripi')]),
    C('portal message from Adaeze Nwosu-Ikeji: "can we move to 4pm? my new number is 0803 418 2296" - sent from 197.210.64.27', [('name', 'Adaeze Nwosu-Ikeji'), ('phone', '0803 418 2296'), ('ip_address', '197.210.64.27')]),
    C("I'm trying to sort out interpreter booking. Ghulam Sakhi Mohseni from Hotqol, now in Noble Park North, needs Hazaragi not Dari, and the agency keeps sending Dari speakers he can't understand well. His Medicare is 4281 73065 2 and he's on a mental health plan. Anyone know a service in Victoria that actually distinguishes the two?", [('name', 'Ghulam Sakhi Mohseni'), ('place', 'Hotqol'), ('place', 'Noble Park North'), ('health_plan', '4281 73065 2')]),
    C("a small win: a man who hadn't left his house in a year came to the clinic on his own this morning"),
    C('is anyone still doing home visits? my insurer wants a risk assessment for every single one now'),
    C('Clozapine clinic on Wednesdays is now by appointment only, so please warn your clients.'),
    C('Does anyone have a good Hausa translation of the SRQ-20? The one from the WHO is very literal.'),
    C("Marwari businessman's wife Sarita Agarwal Lohia, Burrabazar, arranged marriage, joint family, 20 years of silence, now the son's divorce", [('name', 'Sarita Agarwal Lohia'), ('place', 'Burrabazar')]),
    C("Rodrigues: Marie-Lise Perrine, octopus fisher at Pointe Coton, the lagoon closures took her income and now her son is using. She's asked for phone sessions only", [('name', 'Marie-Lise Perrine'), ('place', 'Pointe Coton')]),
    C('Clients from Iran, Afghanistan, Tajikistan and Pakistan in one Persian-language group: is that realistic, or will the Dari, Farsi and Tajik differences split it?'),
    C('Hadiza Sani Kurfi, married at 14, VVF repaired at Babbar Ruga hospital, now 20 and the family want her back. NIN 70418256390', [('name', 'Hadiza Sani Kurfi'), ('place', 'Babbar Ruga hospital'), ('ssn', '70418256390')]),
    C('Could we set up a Telegram channel for the weekend crisis rota? WhatsApp groups keep filling up.'),
    C('Marsh Arab family, Jabbar Hussein Sabih, Al-Fuhud, the water buffalo died in the drought and he sold the last ones. Zain Cash 07801 482 319', [('name', 'Jabbar Hussein Sabih'), ('place', 'Al-Fuhud'), ('account', '07801 482 319')]),
    C('For those going to the conference in Ghana in August, the shared accommodation form closes Friday.'),
    C("is there a way to mute the group on weekends? love you all but my phone hasn't stopped"),
    C("Reminder: no sessions on Monday, it's a public holiday, and the office is closed for Eid from Friday."),
    C('(faxed) Discharge summary, Muhimbili National Hospital, patient Rehema Juma Mfinanga-Lyimo, reg MNH-2024-482731, please fax acknowledgement to +255 22 215 0534', [('place', 'Muhimbili National Hospital'), ('name', 'Rehema Juma Mfinanga-Lyimo'), ('medical_record', 'MNH-2024-482731'), ('fax', '+255 22 215 0534')]),
    C('a client brought her baby to every session and breastfed through them. totally fine, just noting i loved it'),
    C('Meitei student Thoudam Bidyarani Devi, from Kwakta, the 2023 violence, her hostel was burnt, now in Delhi, PG', [('name', 'Thoudam Bidyarani Devi'), ('place', 'Kwakta')]),
    C("we've had three no-shows in a row from the same referral source. i think they aren't telling people they've been referred"),
    C("struggling with a client who speaks entirely in proverbs. i think he's avoiding, but maybe i just don't get the proverbs"),
    C("Khasi woman Iohbor Nongrum Lyngdoh, Laitumkhrah, matrilineal and caring for her youngest daughter's kids, she's the khadduh and exhausted", [('name', 'Iohbor Nongrum Lyngdoh'), ('place', 'Laitumkhrah')]),
    C("Aciro Beatrice Okot grew up in Awer camp, abducted at 11, returned at 16. Her own daughter is now 11 and it's all coming back. Luo-speaking therapist preferred", [('name', 'Aciro Beatrice Okot'), ('place', 'Awer')]),
    C('Arif Hossain drives for Pathao, plate DHAKA METRO LA 41-8273, from Dhania, assaulted by a passenger', [('name', 'Arif Hossain'), ('vehicle', 'DHAKA METRO LA 41-8273'), ('place', 'Dhania')]),
    C("Kelera Vosa Tuiloma drives the school van in Conifer Grove, NLK482, a child fell out, coroner's hearing coming", [('name', 'Kelera Vosa Tuiloma'), ('place', 'Conifer Grove'), ('vehicle', 'NLK482')]),
    C("does anyone have a good script for ending with a client who doesn't want to end? i keep finding reasons to add sessions"),
    C('Isan taxi driver in Bangkok, Somchai Phanthachat, from Ban Nong Khai Nok, plate ทก 4821 กรุงเทพมหานคร, wife back home, debts to the loan shark', [('name', 'Somchai Phanthachat'), ('place', 'Ban Nong Khai Nok'), ('vehicle', 'ทก 4821 กรุงเทพมหานคร')]),
    C("the referral letters from the hospital arrive with no history at all. i've started ringing the ward myself"),
    C("Does anyone have experience of sertraline interacting with khat? A client chews daily and his GP didn't ask."),
    C("Fuseina Alhassan, kayayei, sleeps at Agbogbloshie, came down from the north at 13. Vodafone Cash 020 418 7732, she'd like sessions at the market", [('name', 'Fuseina Alhassan'), ('place', 'Agbogbloshie'), ('account', '020 418 7732')]),
    C("when a client tells you they're planning to leave the country, do you still start trauma work or hold off?"),
    C("Longer question - I'm trying to understand the Thai system. Wanida Srisuk, a nurse at Srinagarind Hospital, wants to use her gold card UC-4820173396 for sessions but the hospital says psychology isn't covered outside the psychiatric unit. She lives in Ban Nong Waeng and can't afford private. Any workarounds?", [('name', 'Wanida Srisuk'), ('place', 'Srinagarind Hospital'), ('health_plan', 'UC-4820173396'), ('place', 'Ban Nong Waeng')]),
    C('Venda client Mashudu Netshitangani, Thohoyandou Block G, lost his job at the mine and his wife left - referred by the sangoma, which is a first for me', [('name', 'Mashudu Netshitangani'), ('place', 'Thohoyandou Block G')]),
    C("DHA licence DHA-P-0482173 for Sheetal D'Souza, counselling psychologist, based at the clinic in Umm Hurair", [('licence', 'DHA-P-0482173'), ('name', "Sheetal D'Souza"), ('place', 'Umm Hurair')]),
    C("Hmong client in Laos, Yer Vang Xiong, Ban Phou Kham, husband went to Thailand for work and stopped sending money, she's raising five alone", [('name', 'Yer Vang Xiong'), ('place', 'Ban Phou Kham')]),
    C('Gaza evacuee, Nour Ismail Abu Shamala, treated at Al-Arish General Hospital, MRN ARH-5518402, her mother is with her, father stayed', [('name', 'Nour Ismail Abu Shamala'), ('place', 'Al-Arish General Hospital'), ('medical_record', 'ARH-5518402')]),
    C('Looking for a Tongan-speaking counsellor for a family in Queensland, no cost restraint, the church is paying.'),
    C("Referral: Kefilwe Motsumi, 34, from a cattle post outside Sehithwa, husband's herd gone in the drought, Omang 384219507. She'll ring from her sister's phone.", [('name', 'Kefilwe Motsumi'), ('place', 'Sehithwa'), ('ssn', '384219507')]),
    C('pacemaker Medtronic Azure SN RNB482173S for Ong Kim Huat, 77, Yio Chu Kang, scared every time the phone buzzes', [('device', 'Medtronic Azure SN RNB482173S'), ('name', 'Ong Kim Huat'), ('place', 'Yio Chu Kang')]),
    C("Kadazan mother Juliana Gundohing Majinbon, Kampung Tambunan Baru, son in the police and she hasn't slept since the raid he was on", [('name', 'Juliana Gundohing Majinbon'), ('place', 'Kampung Tambunan Baru')]),
    C("ventilator at home Trilogy Evo SN TV48217336, Fatemeh Ghasemi's son with DMD, Hakimiyeh, she hasn't slept a night in years", [('device', 'Trilogy Evo SN TV48217336'), ('name', 'Fatemeh Ghasemi'), ('place', 'Hakimiyeh')]),
    C('I keep coming back to Yalom on existential isolation with my older clients. Is that just me getting older?'),
    C("Someone asked about Viktor Frankl for a client in prison. Man's Search for Meaning is the obvious one, anything else?"),
    C("what's the etiquette when you bump into a client at the market with your kids? i panicked and waved like an idiot"),
    C('Tuareg client, Aminatou Walet Alhassane, from Tchintabaraden, husband killed on the road north. Speaks Tamasheq and some French', [('name', 'Aminatou Walet Alhassane'), ('place', 'Tchintabaraden')]),
    C('how do you explain confidentiality to a teenager whose parents are paying? i always sound like a contract'),
    C('Anyone doing CPT over Zoom with clients in Iraq? Bandwidth keeps killing the worksheets.'),
    C('Singapore HDB: Tan Mei Ling Grace, Blk 417 Bedok North Avenue 2 #08-143, 460417, NRIC S8214736H, caring for her mother with dementia alone', [('name', 'Tan Mei Ling Grace'), ('street_address', 'Blk 417 Bedok North Avenue 2 #08-143'), ('zip_code', '460417'), ('ssn', 'S8214736H')]),
    C("Tanzanian licence 4000482173, Baraka Joseph Massawe, bodaboda MC 418 CKL in Sinza, hit a child, she survived, he can't ride", [('licence', '4000482173'), ('name', 'Baraka Joseph Massawe'), ('vehicle', 'MC 418 CKL'), ('place', 'Sinza')]),
    C('ankle monitor SCRAM CAM 4821730, Wiremu Tawhiri Heke, Whānarua Bay, alcohol condition of bail, feels humiliated at the marae', [('device', 'SCRAM CAM 4821730'), ('name', 'Wiremu Tawhiri Heke'), ('place', 'Whānarua Bay')]),
    C("sorry for the silence, my mother passed last week and i'm taking some time. back in a fortnight"),
    C("does anyone else's building have a lift that only works on alternate days? my older clients can't do the stairs"),
    C('Problem Management Plus training is being offered online in June. Who wants to join?'),
    C("Housekeeping and clinical mixed together here. Sanjida Akter Moni is a garment worker at Baipail and a survivor of the 2012 factory fire; her employer changed her shift so she can't make our Tuesday slot. Could anyone in our group take a Friday slot? I'd send a warm handover by phone on +880 1712-408319 with her consent.", [('name', 'Sanjida Akter Moni'), ('place', 'Baipail'), ('phone', '+880 1712-408319')]),
    C("Fulani herder's widow, Aishatu Buba Jauro, came from Gidan Waya after the attack on Sunday 9 April 2023, lives with her brother's wives now", [('name', 'Aishatu Buba Jauro'), ('place', 'Gidan Waya'), ('date', 'Sunday 9 April 2023')]),
    C("Stanzin Dolma, Ladakhi, from Chushul, her husband's a herder and the border closures cut the grazing. She came to the clinic for headaches", [('name', 'Stanzin Dolma'), ('place', 'Chushul')]),
    C('Please use Signal, not WhatsApp, for anything client-related - the committee agreed in March.'),
]

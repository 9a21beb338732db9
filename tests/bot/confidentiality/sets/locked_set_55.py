"""FIFTY-FIFTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (as the second
blind set of its round beside locked_set_54.py), and independently of the
guard: the author did not open, read, search or run anything under bot/
(bot/confidentiality/ included) or scripts/, did not run the guard,
bench/guard_eval.py or any test that imports or runs the guard, did not
run git log at all, did not read bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or diffs of any
commit, and did not read the snippets of eval_set.py, dev_extra.py,
locked_set.py or locked_set_2.py ... locked_set_53.py (locked_set_54.py
was being written at the same time in another worktree and was not seen
at all).  What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_53.py (printed once, up to its
closing triple quote, for the format description, the provenance
wording, the labelling conventions and its list of settings, so that this
set's differ; none of its cases); the docstring of locked_set_51.py and
part of locked_set_52.py's docstring, printed together in one command;
the first 25 lines of tests/bot/confidentiality/sets/locked_set_13.py
(its docstring) and its last three lines (two snippets, for the file
format; none of their sentences was copied), the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of
that file), and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets), these three printed together
in one command.  TWO SLIPS of the reading rule occurred and are stated
here.  (1) The docstring of locked_set_51.py was printed through
"head -60", so only its first sixty lines were seen (its provenance
paragraph and the first part of its list of places; its list of
settings, formats and counts was cut off); it was not printed again.
(2) The settings of locked_set_52.py were printed through a grep for the
word "setting" with thirty lines after each hit, cut at fifty lines by
"head", and printed in the same command as set 51's docstring; this
showed the end of set 52's provenance paragraph (its statement of slips
and of what it read) and the first part of its list of settings (its
African, South Asian, East Asian and Southeast Asian places, down to
Indonesian domestic workers); the rest of its list was cut off and was
not printed again.  So this set's settings were chosen to differ from
set 53's list, from the part of set 52's list that was seen and from the
first part of set 51's list; any overlap with the parts not seen is
unintended.  No cases of any earlier set were seen.  The header of this
file (the import of EvalCase, the alias "C = EvalCase" and the name
LOCKED55_CASES) was written from the format of set 13's tail and the
test's module and attribute names.  The overlap filter described below
imported the earlier sets and printed only this set's own clashing
strings.  The only test run was test_locked_sets.py (selected with
-k 55); ruff was run on this file and on that test file.  The other set
of this round (54) is set in Europe and the Americas, so every snippet
here is set in Africa, Asia, the Middle East and Oceania (and their
diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit, as a message to peers
in a therapists' consultation group, "like real requests" in the manner
of sets 51 and 53, in Kenya's Shakahola forest, the Gen Z protests and
Nairobi's Kibera, the Endarasha school fire, Uganda's Kiteezi landfill
collapse and a Kampala mob, a Ruvuma drowning, Ethiopia's Gofa landslide
and Tigray, Somalia's drought, Johannesburg's Marshalltown fire, the
KwaZulu-Natal floods of 2022 (Umlazi, Ntuzuma, Lindelani), an East London
tavern night, Plateau's Christmas attacks, Ghana's Apiate explosion and a
Tarkwa-area home visit, Senegalese pirogues from Thiaroye, Mayotte after
Cyclone Chido, Zambia's cholera, Mozambique's Chókwè, Kenyan matatu and
Ugandan boda riders, a Lagos tanker blast, refugees in Nakivale, Kakuma
and Dadaab, Guinea to Tunisia and back; India's Joshimath subsidence, the
Silkyara tunnel, Sikkim's Teesta flood, Rajkot's game-zone fire, the
Hathras stampede, the Jhansi NICU fire, a Jaipur tanker fire, the Vizag
gas leak, Chennai's 2015 flood, Dharavi, Bengaluru, Konkani Goa,
Keralites in Saudi Arabia, Ludhiana and Tibetans in Bylakuppe; Pakistan's
Sindh and Swat floods, Balochistan's disappeared, the Jaranwala violence,
Lahore, Karachi and Peshawar; Bangladesh's Dhaka restaurant fire, the
July 2024 shootings, Rohingya camp fires and Sylhet's floods; Nepal's
Pokhara air crash, Sindhupalchok and the Khumbu; Sri Lanka's Easter
bombings and Kurunegala riots; the Maldives; Korea's Muan air crash;
Urumqi's fire; the Noto quake (Wajima, Suzu, Monzen) and a Tokyo train
stabbing; a Hanoi bridge; Thailand's Nong Bua Lamphu nursery attack and
Hat Yai; Indonesia's stadium crush at Malang, the Cianjur quake, Semeru's
ash and Palu; Malaysia's Kajang and Kampung Baru; Singapore's HDB flats;
the Philippines after Odette, Tacloban and Manila; Iraq's Hamdaniya
wedding fire; Yazidis in Sharya; Iran's Kerman bombing, the Bandar Abbas
port blast and Mashhad; Lebanon's pager attack; Gazans in Cairo and Beit
Hanoun; Jenin's camp; Israel's Ofakim and Kfar Aza; Syrians between
Aleppo, Tyre and Qusayr; Jordan's camps and Zarqa; Yemen's Taiz and Aden;
Oman's Cyclone Shaheen; Kuwait's oil fires; Qatar's migrant workers;
Dubai's floods; Saudi Buraidah and Dammam; Kazakhstan's Aktau bus fire,
Almaty and Shymkent; Kyrgyz Osh, Karakalpak Nukus and Mongolian Erdenet;
Hmong Luang Prabang; PNG's Enga landslide; Vanuatu's Port Vila quake;
Tonga after Hunga Tonga; Samoa's measles; Fiji, Kiribati and the Solomon
Islands' Honiara riots; Nauru's detainees in Melbourne; Christchurch's
mosques; Cyclone Gabrielle's Esk Valley; Auckland's anniversary floods;
Lismore and Eugowra's floods; Mallacoota and Cobargo in the Black Summer;
Bondi Junction's stabbing; Wieambilla; Alice Springs and Yuendumu;
Kalgoorlie's FIFO families; Tasmania, Toowoomba, Cabramatta, Harris Park
and Footscray; Pasifika Auckland (Māngere, Ōtara, Ōtāhuhu, Porirua) and
Tongans in Logan: short referral lines, rushed lower-case chat (one
identifier snippet writes its name and place in lower case), forwarded
faxes, portal and audit logs, and longer narrative requests with the
identifiers mid-sentence (twelve of 366-484 characters). Fifty-nine of
the identifier snippets hold only a name and/or a place, written as
ordinary consultation prose or questions to peers, often with the name
mid-sentence or at the start of a sentence and no cue word before it
(several use a first name alone or a first name and an initial). Nothing
was composed by a script: the author wrote the snippets in plain text
files outside the repository with the planted spans marked inline, and a
script (also kept outside the repository, in /tmp/set55work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, counted capitalised
words in the clean drafts, checked overlap with the earlier sets,
shuffled the order with a fixed seed and wrote this file. Later edits
were typed by hand as find-and-replace pairs that a small script applied
to the drafts. Edits made after drafting, stated here: twelve false
starts and asides the author had typed into the identifier drafts (an age
followed by "No -", a city followed by "? no -", a district followed by
"? no.", a famous namesake followed by "- not that one -", an age
followed by "sorry, his grandmother is", a supervisee's name followed by
"? - sorry", "the title isn't the name", a registration followed by "?
it's the counsellor's", a name followed by "? no, wrong group", an island
followed by "? no -", a town followed by "? No - it was" and a
neighbourhood followed by "in Delhi? No,") were cut with their values or
rewritten; an honorific (Mrs) and a kinship title (Mama) were moved out
of or cut from name spans; a double post about one client was replaced by
a second client; seven hospitals' names (six of them named after persons)
were cut or replaced by "the national hospital", "the specialist
hospital", "a government hospital", "trauma centre" or the town; a
stadium's, a bridge's, a tavern's, a dam's and a street's name, two roads
and a Chinatown were cut or replaced by generic words; and about sixty
place names written unlabelled (towns and cities opening a message before
a fire, a flood, a stampede, a blast or a crash, cities after "in",
"from" and "near", a forest, a suburb, a landfill, a camp town and a city
before "number") were labelled or replaced. In the clean drafts, four
cities (a capital in a team's name, a capital hosting a conference, two
Gulf cities and a capital in a job's place), an island capital after
"sorry," and a sub-state region were replaced by the country, "online",
"remote" or "up north", with the asides ("sorry", "No, I mean", "? No,")
cut; five clean messages were written last, after the first commit, to
bring the clean snippets to 155. Twenty-eight identifier drafts (twenty
dominated by national numbers, phones, street addresses or a hospital
file, and eight holding only names and places) were dropped to bring the
identifier snippets nearer the size asked for, and one snippet (an IP
address and a plate) was added to reach thirteen of those categories.
Overlap with the earlier sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 251 distinct values in the
first round (172 places, 58 names, 13 ages over 89, 5 postal codes, a
phone number, a street address, an account and a hospital file; places
were given a neighbourhood, a side, an end, a district, "town",
"village", "camp" or a point of the compass, or their city as a
possessive; names were given a surname, a second surname or an initial;
ages were written with more words; numbers were changed), 52 in the
second (36 places, 7 names, 6 ages and 3 postal codes), 6 in the third (3
places, 2 ages and a postal code) and none in the fourth. After the
renaming, six places that read awkwardly (possessive chains and a doubled
"district", "village" and "camp") were reworded and three more unlabelled
place words (a town opening a message, a Chinatown and a city before
"number") and the word "County" after a renamed town were cut; the last
overlap pass found nothing.

Settings (chosen to differ from sets 51's, 52's and 53's as far as they
were seen, see above): children lost in a forest fast, a march's teargas,
a bunkmate in a dorm fire, rubbish that slid, a husband dug for by hand,
a third floor in a hijacked building, a move back to a flood street,
Christmas attacks, a junction blast and motorbikes, a pirogue and Friday
cooking, bangas and a school shelter, a boy "defiant or hungry", shoes by
the door, a prophet paid by till number, a matatu and a boda rider, a
smashed hearing aid, a moved block in a settlement, an adolescent group,
a grandmother's carer, graves not left, a missing sister, a district
sharing a name, a husband in a border river, a fundraiser, threats by
mobile money, cracked walls, seventeen days in a tunnel, a glacial flood,
a fiancé and a brother, a stampede and a dialect, an NICU fire and a
lawsuit, a plain envelope, a gas leak and paint, documents on a top
shelf, a mother who won't let go, a Gulf husband, a flyover crash, a
flood camp, a hotel down a river, a disappeared brother, a chehlum
missed, a jump to the next roof, money asked of a garment worker, a camp
fire, a roof twice in two years, a crash flight home, a Sherpa who talks
only on the hill, a church and a shop after riots, a drowned fisherman, a
sister's email, a Medicare card and an interpreter; a flight back from
holiday, an airport arrivals hall, a fifteenth floor, a market fire,
temporary housing, a platform stabbing, a bridge, a nursery attack and a
sleeping child, a school bus, a stadium gate, a warung on the same plot,
an HDB flat, a doxxed lorry driver, a banca, a call-centre fire, a
jeepney, a wedding fire, a tent row, a memorial bombing, a port blast,
and a pager; a landslide that took eleven, "payback", a bank that
pancaked, a tsunami uncle, measles grief, a brother's anger, king tides,
a burned shop, years in detention, a mosque, silt in a ute, a red
sticker, a tinnie, a barbecue not lit, a shopping centre, a police
family's cousin, a name used after a death, a truckie in a flood, a
cassowary, an ambulance driver, a supervisee's registration on a letter,
a FIFO partner, aged care, a refund, a weekly PayID, a cochlear processor
at school, a pump "like the fire", a shared sensor posted online, a
pacemaker to be switched off; faxes from county, provincial and national
hospitals, portal logs with failed logins, an ex in the portal, session
dates posted on Facebook, a wrong Jitsi link, fundraisers (GoFundMe,
Givealittle), TikTok, Zoom, Blogspot, Instagram, Telegram, YouTube,
Linktree, LinkedIn, a podcast, an abuser's profile, emails read by a
brother and sent at 3am; long requests about a brother shot at a protest,
a tanker driver's guilt, a teenager who won't eat at night, a reservist
in a safe room, an old man's 1948, a teacher between two countries, a
wounded delivery rider and a refund, a nurse's remittances, a grandmother
who walks at 3am, a deportee walking back from the desert, a civil
servant's shame and an oil-fire father, a bus driver on the same route, a
Tibetan restaurant owner and a Tongan couple in Logan; and very old
clients and relatives (a Lagos grandmother, a KwaZulu-Natal granny, a
Noto evacuee, a Tongan grandmother, a Tasmanian husband, a Toowoomba
pacemaker wearer, a Jenin elder, a Vietnamese grandmother in Springvale,
an Iranian mother of an executed son, a Kenyan grandfather of 1954, a
Palestinian refugee of 1967 in Irbid, a Malay mother in a kampung house,
a Jordanian father born in 1933).

Local identifier formats: Kenyan ID, Ethiopian Fayda, South African ID,
Ghana Card, Zambian NRC, a UNHCR refugee number, Aadhaar, Pakistani CNIC,
Bangladeshi NID and a Rohingya FCN, Sri Lankan NIC, Korean RRN, Japanese
My Number, Thai ID, Indonesian NIK, Singapore NRIC, PhilSys, Iranian,
Israeli (teudat zehut), Emirati, Kuwaiti civil and Kazakh IIN numbers
(ssn); Kenyan county, Tygerberg, Tanzanian, AKU, AIIMS UHID, Westmead,
New Zealand NHI, Samoan, Qatari, Saudi, Jordanian, Israeli, Dubai and
UNHCR files (medical_record); NHIF, SHA, Discovery, NHIS, ABHA, Medicare
(Australia, three times), Thai gold card, BPJS, PhilHealth (twice) and a
Jordanian insurance card (health_plan); M-Pesa till, Equity Bank, MTN
MoMo, JazzCash, bKash (twice), GCash, New Zealand bank account, BSB and
account, PayID, UPI and Alipay (account); Kenyan, Nigerian, Indian (three
times), Pakistani, Philippine LTO, New Zealand, NSW, Victorian and Saudi
driving licences, AHPRA and HPCSA registrations (licence); Kenyan,
Ugandan, Nigerian, Indian, Pakistani, Vietnamese, Thai, Indonesian,
Singaporean, Philippine, NSW and Queensland plates (vehicle); a remand
ankle monitor, hearing aids, a cochlear processor, insulin pumps, a Libre
sensor, a Dexcom, a pacemaker, a wheelchair, a prosthesis, a CPAP and an
IMEI (device); addresses written the local way (a Nairobi avenue and
house, a Johannesburg street, a Ghana Post digital address, a Zambian
plot, a Lagos street, an Indian flat, society and road, a Chennai cross
street, a camp block and shed, a Korean eup and ro, a Japanese machi with
block numbers, a Malaysian jalan, an HDB block with unit, a tent row, an
Auckland road, a Lismore unit, a Kalgoorlie unit) with postal codes of
South Africa, Nigeria, India (PIN), Korea, Japan (〒), Malaysia,
Singapore, Iran, New Zealand and Australia; dates written as
day-month-year in words, slashed and dotted, ISO, Hijri, Thai Buddhist
era and Japanese era; IPv4 and IPv6 addresses, URLs and phone and fax
numbers in local and international formats.

380 snippets, 225 with identifiers and 155 clean (lengths within the
test's bounds of 40-520).  Every pattern category appears at least 13
times (the test requires 12):
date 14, age_over_89 13, phone 14, fax 14, email 13, url 13,
ip_address 13, ssn 22, medical_record 15, health_plan 13, account 13,
licence 13, vehicle 13, device 13, street_address 16, zip_code 13;
with 223 names and 253 places smaller than a state (the test requires
223 and 253).  59 of the identifier snippets hold only names and/or
places and nothing else.

Names: Kenyan (Kikuyu, Luo, Luhya, Kalenjin, Kamba, Mijikenda), Ugandan,
Tanzanian, Ethiopian and Tigrayan, Somali, Zulu and Xhosa, Nigerian
(Yoruba, Igbo, Berom), Ghanaian (Akan), Senegalese, Comorian-Mahoran,
Mozambican, Burundian, South Sudanese, Guinean, Hindi-belt, Garhwali,
Sikkimese, Gujarati, Kerala Malayali and Syrian Christian, Goan, Tamil,
Telugu, Kannada, Punjabi, Marathi, Pakistani Punjabi, Pashtun, Baloch,
Bangladeshi, Rohingya, Nepali (Gurung, Tamang, Sherpa), Sinhalese, Sri
Lankan Muslim, Maldivian, Korean, Uyghur, Chinese, Japanese, Vietnamese,
Thai, Javanese and Sundanese, Bugis, Malaysian Malay, Chinese and Indian,
Singaporean Chinese and Tamil, Filipino, Assyrian Iraqi, Yazidi, Iranian,
Lebanese, Palestinian, Israeli, Syrian, Jordanian, Emirati, Qatari,
Saudi, Omani, Yemeni, Kuwaiti, Kazakh, Kyrgyz, Uzbek-Karakalpak,
Mongolian, Hmong, Tibetan, Papua New Guinean, ni-Vanuatu, Tongan, Samoan,
Fijian and Fiji Indian, I-Kiribati, Solomon Islander, Māori, Anglo-
Australian and Australian Vietnamese, Indian and Bhutanese names; a
kunya, a first name used after a death, lower-case names and places,
hyphenated and multi-part names, names with initials, honorifics kept
outside the spans (Mrs, Hajjah) and names with diacritics and
apostrophes. Places: villages and hamlets, wards and bazaars, camps,
blocks and sectors, settlements, suburbs and their ends and sides,
neighbourhoods, districts and subdistricts, upazilas, talukas, regencies
and wilayats, a kibbutz's neighbourhood, islands' villages, trading
centres, beaches, inlets and harbours, and places after street addresses.

Clean snippets: peer-consultation messages, questions, statements,
updates, scheduling chatter, supervision reflections and reading-group
notes, spread over three bands of capitalised words after the first word
(counted by the author's script, the pronoun "I", sentence starts and
acronyms included): 66 with 0-2 (many written largely in lower case), 43
with 3-5 and 46 with 6 or more (618 in 155 snippets, about 4.0 per
snippet): drug brands and generics, scales and questionnaires, therapy
models and their founders, real published authors and books, guidelines
and programmes, cultural idioms (hwa-byung, sabr, tension), weekdays,
months, seasons, religious holidays and fasts, calendars, professional
bodies and councils, ministries, charities and agencies, apps, countries,
states, provinces and regions, nationalities, religions and languages,
and no place smaller than a state or a country's first-level subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED55_CASES = [
    C('Has anyone combined Schema Therapy with Acceptance and Commitment Therapy for Pacific clients? Fonofale and Te Whare Tapa Whā both fit, but the Ministry of Health guidance is vague.'),
    C('can i ask how people are charging for no-shows in the current economy? feels cruel to charge, feels unsustainable not to'),
    C("Ōtautahi Christchurch client Abdul Aziz Wahabzada was at the Linwood's Eastgate side mosque. Still does the same prayers, different mosque. Email a.wahabzada.chch@gmail.com.", [('place', 'Ōtautahi Christchurch'), ('name', 'Abdul Aziz Wahabzada'), ('place', "Linwood's Eastgate side"), ('email', 'a.wahabzada.chch@gmail.com')]),
    C('Does the Australian Psychological Society have a position on therapists using AI note-takers?'),
    C('Tonga client Sione Tuipulotu from Atata island, the tsunami after Hunga Tonga took his uncle. He is 40 and the carer of his grandmother, who is ninety years and two months.', [('name', 'Sione Tuipulotu'), ('place', 'Atata'), ('age_over_89', 'ninety years and two months')]),
    C("Has anyone read Ethan Watters' Crazy Like Us? Assigning it to trainees and want a counterpoint."),
    C("Nobody in the group knows Konkani? Fatima D'Souza in Margao prefers it, not Hindi.", [('name', "Fatima D'Souza"), ('place', 'Margao')]),
    C('Address: Flat 402, Shanti Kunj, 18 Linking Road, Bandra West, Mumbai suburban 400050. Client wants letters in a plain envelope.', [('street_address', 'Flat 402, Shanti Kunj, 18 Linking Road'), ('place', 'Bandra West'), ('place', 'Mumbai suburban'), ('zip_code', '400050')]),
    C('The Royal Australian and New Zealand College of Psychiatrists updated its PTSD guideline, and Phoenix Australia has a new version too. Do they agree on Prolonged Exposure first?'),
    C('Kenyan SHA member no. SHA-0047-2291-88 for Mumbua Kioko, Machakos town, referral after the school fire.', [('health_plan', 'SHA-0047-2291-88'), ('name', 'Mumbua Kioko'), ('place', 'Machakos town')]),
    C("Anyone subscribed to the Journal of Traumatic Stress and Transcultural Psychiatry both? I'd love to borrow October's issues."),
    C('Is Sunday a workday for most of you in the Gulf? Trying to plan a cross-region peer group.'),
    C('Cyclone season in Queensland and the Northern Territory overlaps with exams. Our school counsellors up north are exhausted by March.'),
    C('The Bangladesh Clinical Psychology Society and BRAC are hiring trainers for Problem Management Plus, remote. Anyone interested?'),
    C("upper Swat flash flood, Gul Rahman watched his hotel go down the river in Bahrain bazaar (the town in the valley, not the country). He's 52.", [('place', 'upper Swat'), ('name', 'Gul Rahman'), ('place', 'Bahrain bazaar')]),
    C('we had a power cut for half of the session today and the client said it was the best session yet. no screens, just voices'),
    C('Any good Bahasa Indonesia materials on grief for teenagers? Ideally from Indonesia, not translated.'),
    C("Fax received from a government hospital in Amman's Marka end: Lina Abu Sharkh, file BSH-88214, fax +962 6 477 1902, Gazan evacuee, burns.", [('place', "Amman's Marka end"), ('name', 'Lina Abu Sharkh'), ('medical_record', 'BSH-88214'), ('fax', '+962 6 477 1902')]),
    C('The Indian Association of Clinical Psychologists has a new supervision guideline. Does it apply to RCI-registered counsellors too?'),
    C("Fax header: (02) 9845 4471 Westmead Parramatta CAMHS, MRN W0748213, Chloe Anderson, 15, Blacktown's Lalor Park.", [('fax', '(02) 9845 4471'), ('place', 'Westmead Parramatta'), ('medical_record', 'W0748213'), ('name', 'Chloe Anderson'), ('place', "Blacktown's Lalor Park")]),
    C('I saw Imran Chaudhry again today and he talked about his father for the first time. Slow work but moving.', [('name', 'Imran Chaudhry')]),
    C("How would you respond to Hira Batool? She asked me if I would be her sister, outside sessions. She's lonely in Peshawar's Hayatabad phase 6 since the move.", [('name', 'Hira Batool'), ('place', "Peshawar's Hayatabad phase 6")]),
    C("Mohammed Saleh Ba-Abbad escaped Taiz old city and is in Aden's Crater. Email m.saleh.aden@gmail.com, signal poor.", [('name', 'Mohammed Saleh Ba-Abbad'), ('place', 'Taiz old city'), ('place', "Aden's Crater"), ('email', 'm.saleh.aden@gmail.com')]),
    C('New login for Shirin Rahimi from 5.112.84.201 (Iran) and then 185.213.44.19, same minute. VPN or someone else?', [('name', 'Shirin Rahimi'), ('ip_address', '5.112.84.201'), ('ip_address', '185.213.44.19')]),
    C("Northern Rivers 2022, Kylie Burke was rescued from her roof by a tinnie. Address 3/41 Molesworth Street, Lismore's Browns Creek end NSW 2478.", [('name', 'Kylie Burke'), ('street_address', '3/41 Molesworth Street'), ('place', "Lismore's Browns Creek end"), ('zip_code', '2478')]),
    C('Friday supervision is moved to Saturday morning because of the public holiday.'),
    C('The Chinese Psychological Society ethics code is quite strict on dual relationships. Anyone read it in English?'),
    C('Marshalltown inner city fire survivor, Sipho Mthunzi Ndlovu, SA ID 8804125873086, was on the 3rd floor of 80 Albert Street, Johannesburg 2136. Any trauma group open to undocumented residents?', [('place', 'Marshalltown inner city'), ('name', 'Sipho Mthunzi Ndlovu'), ('ssn', '8804125873086'), ('street_address', '80 Albert Street'), ('place', 'Johannesburg'), ('zip_code', '2136')]),
    C("FAX from the specialist hospital, Riyadh's Al Malaz, MRN 2281147, Nora Al-Qahtani, fax back +966 11 442 7718.", [('place', "Riyadh's Al Malaz"), ('medical_record', '2281147'), ('name', 'Nora Al-Qahtani'), ('fax', '+966 11 442 7718')]),
    C("I'm finding the CAPS-5 too long for people who've had ten displacements. Short forms anyone?"),
    C('Is it odd that Latifa only wants sessions at dawn, after fajr? She says the house in Sabha is quiet then.', [('name', 'Latifa'), ('place', 'Sabha')]),
    C("Anyone read Laurence Kirmayer's piece on the Cultural Formulation Interview? The DSM-5-TR version is better but still long."),
    C('Portal log: 2024-11-14 02:17 GST, failed logins from 94.200.147.82 and 5.195.44.219 to account of Mariam Al Shamsi.', [('date', '2024-11-14'), ('ip_address', '94.200.147.82'), ('ip_address', '5.195.44.219'), ('name', 'Mariam Al Shamsi')]),
    C("Emirates ID 784-1988-4471922-3 and email fatima.alnuaimi88@gmail.com for Fatima Al Nuaimi, Ajman's Al Nuaimiya.", [('ssn', '784-1988-4471922-3'), ('email', 'fatima.alnuaimi88@gmail.com'), ('name', 'Fatima Al Nuaimi'), ('place', "Ajman's Al Nuaimiya")]),
    C('Her blog https://reflectionsofmaya.blogspot.com names me. Maya Ratnayake is a client in Galle fort area. What now?', [('url', 'https://reflectionsofmaya.blogspot.com'), ('name', 'Maya Ratnayake'), ('place', 'Galle fort area')]),
    C('Vizag gas leak client Lakshmi Ramana from R.R. Venkatapuram, her son was 8 at the time. Still panics when she smells paint.', [('place', 'Vizag'), ('name', 'Lakshmi Ramana'), ('place', 'R.R. Venkatapuram')]),
    C("What's the view on offering sessions in a mosque or church space? Community asked us to."),
    C('Oman cyclone Shaheen client Salim Al-Balushi, Al Khaburah wilayat, email salim.khaburah@omantel.net.om.', [('name', 'Salim Al-Balushi'), ('place', 'Al Khaburah wilayat'), ('email', 'salim.khaburah@omantel.net.om')]),
    C("Mrs Ong Siew Lian's mother is 99 years old now and still in the kampung house at Kampung Baru's Jalan Raja Muda side; family asks if moving her will kill her.", [('name', 'Ong Siew Lian'), ('age_over_89', '99 years old now'), ('place', "Kampung Baru's Jalan Raja Muda side")]),
    C('Anniversary floods client Aroha Ngata-Hēnare, address 14 Rosebank Road, Avondale South, Tāmaki Makaurau Auckland 1026, house red-stickered.', [('name', 'Aroha Ngata-Hēnare'), ('street_address', '14 Rosebank Road'), ('place', 'Avondale South'), ('place', 'Tāmaki Makaurau Auckland'), ('zip_code', '1026')]),
    C("Our telehealth platform flagged 41.90.64.117 (Safaricom) logging into Grace Njeri's portal, she says it is her ex.", [('ip_address', '41.90.64.117'), ('name', 'Grace Njeri')]),
    C('Any thoughts on Problem Management Plus for lay counsellors? The WHO manual is clear but the supervision load is heavy.'),
    C('Chinese New Year, Tết and Seollal all fall together next year. Expect cancellations from Chinese, Vietnamese and Korean clients in February.'),
    C('Reading list for the Asia Pacific trauma network: Herman, van der Kolk, Ogden, Levine, Porges and Siegel, plus Tran and Nguyen on Vietnamese refugees. Suggestions welcome before Monday.'),
    C("Someone at 196.201.218.77 uploaded dashcam video of Kiprotich Langat's crash with his plate KCZ 903T in view; he's in Eldoret's Langas and terrified of being recognised.", [('ip_address', '196.201.218.77'), ('name', 'Kiprotich Langat'), ('vehicle', 'KCZ 903T'), ('place', "Eldoret's Langas")]),
    C('Forwarded fax from the national hospital, Dar es Salaam: reg no MNH/2024/117284, Rehema Mushi, fax +255 22 215 0483, query psychosis vs trauma.', [('place', 'Dar es Salaam'), ('medical_record', 'MNH/2024/117284'), ('name', 'Rehema Mushi'), ('fax', '+255 22 215 0483')]),
    C('Stadium crush client Rizky Pratama from Malang, was at gate 13. NIK 3507142108990004, BPJS 0001847291653.', [('name', 'Rizky Pratama'), ('place', 'Malang'), ('ssn', '3507142108990004'), ('health_plan', '0001847291653')]),
    C('Discovery medical aid 570 338 1124 for Lwazi Dube, authorisation needed for 12 sessions, any tips on their PTSD form?', [('health_plan', '570 338 1124'), ('name', 'Lwazi Dube')]),
    C("Hijri calendar vs Gregorian for anniversaries: I've started asking clients which one matters. Game changer."),
    C('Received by fax (+91 11 2658 4471) from AIIMS, UHID 104482271933, Neha Bhardwaj, Lajpat Nagar IV, post-acid-attack care.', [('fax', '+91 11 2658 4471'), ('medical_record', '104482271933'), ('name', 'Neha Bhardwaj'), ('place', 'Lajpat Nagar IV')]),
    C("Session link sent to the wrong client: https://meet.jit.si/ruth-okello-friday - Ruth Okello wasn't happy. How do you repair that?", [('url', 'https://meet.jit.si/ruth-okello-friday'), ('name', 'Ruth Okello')]),
    C("My client Thandeka Ngcobo is from Umlazi's J section and after the April 2022 floods she moved to her aunt in Ntuzuma G. She wants to go back. Do I support that or not?", [('name', 'Thandeka Ngcobo'), ('place', "Umlazi's J section"), ('place', 'Ntuzuma G')]),
    C("question on confidentiality: a parent wants the notes of their 17 year old. what's your practice in South Africa under POPIA?"),
    C("Precious Moyo-Chiweshe brings her baby to every session because there's nobody in Chitungwiza's Zengeza 3 she trusts to leave him with. How do you work around that?", [('name', 'Precious Moyo-Chiweshe'), ('place', "Chitungwiza's Zengeza 3")]),
    C('IMEI 358240107741923 of the phone stolen from Farida Begum in Mohammadpur; the thief messages her.', [('device', '358240107741923'), ('name', 'Farida Begum'), ('place', 'Mohammadpur')]),
    C('Compassion Focused Therapy by Paul Gilbert translates beautifully into Buddhist frames in Thailand, Myanmar and Cambodia. Anyone using it with Theravada monks?'),
    C("Bank details for the fundraiser, Equity account 0170291845573, for Wafula Barasa's family in Bungoma town's Kanduyi side.", [('account', '0170291845573'), ('name', 'Wafula Barasa'), ('place', "Bungoma town's Kanduyi side")]),
    C('Is anyone running groups for men in the Gulf construction sector? The hours make it nearly impossible.'),
    C("Login alert for ptsd.groups@clinicmail.co.za: new device from 102.218.44.9, client Bongani Zwane's file opened.", [('email', 'ptsd.groups@clinicmail.co.za'), ('ip_address', '102.218.44.9'), ('name', 'Bongani Zwane')]),
    C('Singapore NRIC S8847163F, client Tan Wei Qing, HDB Blk 412 Tampines St 41 #08-217, 520412.', [('ssn', 'S8847163F'), ('name', 'Tan Wei Qing'), ('street_address', 'Blk 412 Tampines St 41 #08-217'), ('zip_code', '520412')]),
    C("Anyone seen survivor guilt like Tendai Chikwanha-Mapfumo's? He was the only one in his taxi who lived, on the road out of Mutare.", [('name', 'Tendai Chikwanha-Mapfumo'), ('place', 'Mutare')]),
    C("Uttarkashi tunnel worker Vishwajeet Kumar was 17 days inside at Silkyara. Back home in Ranchi's Doranda and can't sit in a lift or a bus.", [('place', 'Uttarkashi'), ('name', 'Vishwajeet Kumar'), ('place', 'Silkyara'), ('place', "Ranchi's Doranda")]),
    C("What do you do when a mother like Aigerim B. keeps asking if her son's death was God's punishment? She's from Shymkent's Abay district and very devout.", [('name', 'Aigerim B.'), ('place', "Shymkent's Abay district")]),
    C("Zambian client on the Copperbelt, NRC 284716/61/1, lives at Plot 2214, Chimwemwe, Kitwe's north side. Cholera took his wife in 2024.", [('ssn', '284716/61/1'), ('street_address', 'Plot 2214, Chimwemwe'), ('place', "Kitwe's north side")]),
    C('Uganda boda rider Mukasa Tumusiime, plate UFB 882Q, was beaten by a mob at Kireka trading centre after a crash. Ankle monitor from remand SCRAM CAM 8810-4472.', [('name', 'Mukasa Tumusiime'), ('vehicle', 'UFB 882Q'), ('place', 'Kireka trading centre'), ('device', 'SCRAM CAM 8810-4472')]),
    C("My Hebrew-speaking client asked about the Israeli Psychological Association's view on treating soldiers after combat. Any summary?"),
    C('For the Sri Lankan Tamil diaspora in Malaysia and Singapore: any Tamil-speaking CBT therapists registered with the Singapore Psychological Society?'),
    C('Can we talk about how often disaster work ends with us as the ones needing help? Not a case, just a thought.'),
    C("Would love a reading group on Frantz Fanon and trauma. He's more relevant than the curriculum admits."),
    C("anyone else's clinic ask for outcome scores every session now? it's eating into the therapy time"),
    C("Client's MTN MoMo 0244 718 336 is receiving threats from the ex, Adjoa Mensah in Kasoa Opeikuma.", [('account', '0244 718 336'), ('name', 'Adjoa Mensah'), ('place', 'Kasoa Opeikuma')]),
    C('Sylhet client Rafiq Uddin, Companiganj upazila, water came to the roof twice in two years. His daughter is his only translator, not ideal.', [('name', 'Rafiq Uddin'), ('place', 'Companiganj upazila')]),
    C("What's the evidence on group EMDR for children after earthquakes? I've seen papers from Turkey, Nepal and Iran but nothing recent from Indonesia or the Philippines."),
    C("Mozambican boy Jacinto Muchanga, 14, from Chókwè, floods 2023. School says he's defiant, I think he's hungry and scared.", [('name', 'Jacinto Muchanga'), ('place', 'Chókwè')]),
    C("grandad is 93 as of this year, in Kiambu's Githunguri, calls my client Wambui Njoroge Mbugua every night to ask whether the police came. They came in 1954.", [('age_over_89', '93 as of this year'), ('place', "Kiambu's Githunguri"), ('name', 'Wambui Njoroge Mbugua')]),
    C('Anyone doing Acceptance and Commitment Therapy with Japanese clients? Morita Therapy seems to overlap a lot, and Naikan too.'),
    C("What do you use instead of a safety plan template when the client can't read?"),
    C("Jeju Air crash at Muan: client Park Ji-hwan lost his parents on the flight back from Bangkok's Din Daeng. RRN 640218-1458273 on the insurer's form, should I redact?", [('place', 'Muan'), ('name', 'Park Ji-hwan'), ('place', "Bangkok's Din Daeng"), ('ssn', '640218-1458273')]),
    C('Does Lexapro or Zoloft have better data in Indian adolescents? The Indian Psychiatric Society guideline cites Lancet Psychiatry but the RCTs were in the United States and Europe.'),
    C("Dewi Lestari Wulandari runs a warung in Cugenang's Sarampad, Cianjur regency, her son died in the quake at school. Wants to rebuild on the same plot.", [('name', 'Dewi Lestari Wulandari'), ('place', "Cugenang's Sarampad"), ('place', 'Cianjur regency')]),
    C('The Philippine Mental Health Act says consent is needed from minors over a certain age. Does anyone know the threshold?'),
    C("Our NGO in Lebanon uses Common Elements Treatment Approach, the WHO's Self-Help Plus and EMDR G-TEP. Donors from Germany and Japan want one outcome measure. PHQ-9 or WHO-5?"),
    C('Reminder: the ethics webinar from the Kenya Counselling and Psychological Association is on the last Saturday of March.'),
    C('Aadhaar 4827 1093 6652 and ABHA 91-4418-2270-3395 for the tele-MANAS referral, client Devendra Rawat, Chamoli.', [('ssn', '4827 1093 6652'), ('health_plan', '91-4418-2270-3395'), ('name', 'Devendra Rawat'), ('place', 'Chamoli')]),
    C("Server log: 41.58.117.40 downloaded the PDF of Chinedu Okafor's report. Number on file 0806 441 2287.", [('ip_address', '41.58.117.40'), ('name', 'Chinedu Okafor'), ('phone', '0806 441 2287')]),
    C('Fax from Starship, NHI PRQ8813, Mikaere Rawiri, fax back 09 307 4488, query medical trauma after burns.', [('medical_record', 'PRQ8813'), ('name', 'Mikaere Rawiri'), ('fax', '09 307 4488')]),
    C("Has anyone used Sandplay with Hindi, Bengali and Urdu speaking families? The Jungian training here is in English only, and the Indian Psychiatric Society doesn't recognise it."),
    C('Friendly reminder that the Ramadan timetable starts next week, so evening groups move after iftar.'),
    C("Has the Kenya Medical Practitioners and Dentists Council said anything about psychologists prescribing? There's a Bill in Parliament."),
    C('Supervision question: how much self-disclosure is okay when the client knows you went through the same flood?'),
    C("KZN client's granny is 93 by her ID book, still in the flood house in Lindelani hillside, refuses to leave the graves.", [('age_over_89', '93 by her ID book'), ('place', 'Lindelani hillside')]),
    C('does anyone else feel guilty taking a holiday when half the caseload is in crisis? asking for me'),
    C('Does Headspace in Australia take referrals for 25-year-olds now, or is it still up to 25 exclusive?'),
    C("Balochistan client Mahrang (first name only, she asks) from Turbat's Absar, brother disappeared. Any Balochi-speaking therapist?", [('name', 'Mahrang'), ('place', "Turbat's Absar")]),
    C('Does Medicare in Australia pay for interpreters in private practice? TIS National, I think, but not sure for telehealth.'),
    C('Small win: Ravinesh K. from Lautoka\'s Drasa end said "I\'m sad" instead of "I\'m fine" today. Three months for those two words.', [('name', 'Ravinesh K.'), ('place', "Lautoka's Drasa end")]),
    C('Marites Q. works nights in Ortigas Center at a call centre; the fire in the next tower is all she sees. GCash 0918 227 4401 for payment.', [('name', 'Marites Q.'), ('place', 'Ortigas Center'), ('account', '0918 227 4401')]),
    C('Buspirone, Lyrica and Xanax: in Egypt, Iraq and Pakistan clients get them over the counter. How do you handle it when they are already on three?'),
    C("Is it okay to end therapy when the funding ends even though the client isn't ready? Feels unethical either way."),
    C("Vanuatu quake, Leisel Kalsakau was in the bank building in Port Vila when it pancaked. Now stays in a tent at Mele's Blacksands side.", [('name', 'Leisel Kalsakau'), ('place', 'Port Vila'), ('place', "Mele's Blacksands side")]),
    C('Our clinic in Ghana runs Interpersonal Psychotherapy on Tuesdays and Thursdays, in Twi, Ewe and English. The Mental Health Authority wants monthly data. Template?'),
    C('Ketamine clinics are opening across the UAE, and clients from Oman and Bahrain ask me about them. What does the Emirates Psychiatric Society say?'),
    C('fax: trauma centre, Deira, MRN RH-1187442, Anil Kumar, fax +971 4 219 2447, driver after the 2024 floods.', [('place', 'Deira'), ('medical_record', 'RH-1187442'), ('name', 'Anil Kumar'), ('fax', '+971 4 219 2447')]),
    C('Gentle reminder to log your CPD hours before the end of June, the Board is auditing this year.'),
    C('fwd fax: Tygerberg Parow psych, folder T4418271, patient Ayanda Zulu, D/C 17 Oct 2024, fax back to 021 938 4471.', [('place', 'Tygerberg Parow'), ('medical_record', 'T4418271'), ('name', 'Ayanda Zulu'), ('date', '17 Oct 2024'), ('fax', '021 938 4471')]),
    C('Ottobock prosthesis serial 3R80-447218 of Abdi Nur, Dadaab, broken; he skips sessions rather than hop.', [('device', '3R80-447218'), ('name', 'Abdi Nur'), ('place', 'Dadaab')]),
    C("Wanjiru Kamau-Gitau was on the road when the Gen Z march was teargassed in Nairobi CBD near her flat on Moi Avenue, Kimathi House 4th floor, hasn't slept since June.", [('name', 'Wanjiru Kamau-Gitau'), ('place', 'Nairobi CBD'), ('street_address', 'Moi Avenue, Kimathi House 4th floor')]),
    C("Struggling with a client who wants me to tell her what to do about her marriage. Motivational Interviewing isn't landing."),
    C('Korean address for the report: Muan-eup, Muan-ro 112-4, 58542. Client Choi Min-ji.', [('street_address', 'Muan-eup, Muan-ro 112-4'), ('zip_code', '58542'), ('name', 'Choi Min-ji')]),
    C('Our team in Papua New Guinea asked for materials on sorcery accusation violence. Anything beyond the UNDP report?'),
    C('Portal log 14:02 login from 197.232.61.44 to the case of Baraka Mwangi, not our staff. Who do I tell?', [('ip_address', '197.232.61.44'), ('name', 'Baraka Mwangi')]),
    C('Jhansi NICU fire. Mother Sanjana Kushwaha, baby born 8 November 2024, baby did not survive. She wants to sue; she also wants to die. Risk plan?', [('place', 'Jhansi'), ('name', 'Sanjana Kushwaha'), ('date', '8 November 2024')]),
    C("Podcast https://anchor.fm/lesson-from-palu by my client Andi Pratiwi, Palu's Petobo, names her late husband.", [('url', 'https://anchor.fm/lesson-from-palu'), ('name', 'Andi Pratiwi'), ('place', "Palu's Petobo")]),
    C("Lhakpa Nuru is a Sherpa guide from Khumjung village who found bodies after the avalanche. Won't talk indoors, only on the hill.", [('name', 'Lhakpa Nuru'), ('place', 'Khumjung village')]),
    C('hi all, new here. i work with adolescents in a small practice and mostly do CBT. looking forward to learning'),
    C('It was Kaveh R. who finally said what the group was thinking: that none of them expect to go home. Beautiful and heavy.', [('name', 'Kaveh R.')]),
    C('Can anyone help? Mariam Juma from Mtwara, phone +255 754 328 119, her husband drowned crossing the Ruvuma.', [('name', 'Mariam Juma'), ('place', 'Mtwara'), ('phone', '+255 754 328 119')]),
    C("For Māori and Pasifika whānau, Hei Whakaaro and Le Va's resources seem better than the DSM frame. Has anyone used them with Tongan or Samoan families?"),
    C("The school counsellor's HPCSA registration PS 0114728 was printed on the referral for Thabo Mokoena-Radebe in Soshanguve's block VV end; can the school share that?", [('licence', 'PS 0114728'), ('name', 'Thabo Mokoena-Radebe'), ('place', "Soshanguve's block VV end")]),
    C('Need advice on a tricky family. Ramesh Yadav, 47, drove the tanker that caught fire outside Jaipur on the highway in December; he survived with burns, and twenty people didn\'t. His wife Sunita Kumari Yadav says the village in Bhankrota has stopped speaking to them and their son was beaten at school. He wants to go back to driving "to pay for what I did". Licence RJ14 20090047182 is suspended anyway. How do you hold guilt that the community keeps feeding?', [('name', 'Ramesh Yadav'), ('place', 'Jaipur'), ('name', 'Sunita Kumari Yadav'), ('place', 'Bhankrota'), ('licence', 'RJ14 20090047182')]),
    C("Consultation please: Avi Shalom is a reservist from Ofakim's Mishor HaGefen whose neighbour was killed on the morning of the attack. Since coming back from duty he sleeps in the safe room, won't let his wife close the door, and checks the lock dozens of times. He refuses medication, and his unit psychologist retired. He is willing to do CPT but only in Hebrew and only in person, near Netivot. Anyone have capacity or a name?", [('name', 'Avi Shalom'), ('place', "Ofakim's Mishor HaGefen"), ('place', 'Netivot')]),
    C('Referral from the Endarasha school fire: Ndungu is 11, his bunkmate died. Mum is on 0722 518 906, prefers calls after 6pm.', [('place', 'Endarasha'), ('name', 'Ndungu'), ('phone', '0722 518 906')]),
    C("Looking for thoughts on a case. Mustafa Hamoud was a teacher in east Aleppo's Salaheddine neighbourhood, came to Lebanon in 2013, and after the 2024 strikes moved from Tyre's Bass camp side back across the border to Qusayr, then returned to Lebanon when that felt worse. His kids ask which country they live in. He has chronic pain that the GP can't explain. Somatic focus, or start with the displacement narrative?", [('name', 'Mustafa Hamoud'), ('place', 'east Aleppo'), ('place', 'Salaheddine'), ('place', "Tyre's Bass camp side"), ('place', 'Qusayr')]),
    C("Nigerian licence ABC48271AA19, plate KTU-482-XA, taxi driver Emeka Obi in Surulere's Aguda after the tanker blast on the expressway.", [('licence', 'ABC48271AA19'), ('vehicle', 'KTU-482-XA'), ('name', 'Emeka Obi'), ('place', "Surulere's Aguda")]),
    C("Cox's Bazar's Ukhiya camp, Nur Kayas Hamida, FCN FCN-188-2047-3, block Camp 15, Block C-7, Shed 21, Rohingya, lost her son in the March fire.", [('place', "Cox's Bazar's Ukhiya"), ('name', 'Nur Kayas Hamida'), ('ssn', 'FCN-188-2047-3'), ('street_address', 'Camp 15, Block C-7, Shed 21')]),
    C('does anyone have a simple sleep diary in large print, picture based? for older clients'),
    C("Bit of a story. Abu Yusuf - his kunya, he doesn't give his full name - is an old man from Jenin camp, aged ninety-one or so by his own count, who was displaced again this year after the raids. His grandson brings him to the clinic and translates. He tells the same story of 1948 every session and then asks if the house is still standing. I don't know if life review or just witnessing is the right frame at his age. Ideas?", [('name', 'Abu Yusuf'), ('place', 'Jenin'), ('age_over_89', 'ninety-one or so')]),
    C("i think i'm burning out. three disaster deployments this year and i'm snapping at my kids. how do you all recover"),
    C('FAX TO +254 20 271 4488 / FROM Kakamega town Referral / RE: Beatrice Wekesa / IP NO KCRH-24-08817 / admitted 02/09/2024 after overdose / please see Monday.', [('fax', '+254 20 271 4488'), ('place', 'Kakamega town'), ('name', 'Beatrice Wekesa'), ('medical_record', 'KCRH-24-08817'), ('date', '02/09/2024')]),
    C("plate LEB-24-7719 and licence 3520218847316 of the car that hit Ahmed Raza in Gulberg's Main Market end, Lahore cantonment police have them, client wants to follow up.", [('vehicle', 'LEB-24-7719'), ('licence', '3520218847316'), ('name', 'Ahmed Raza'), ('place', "Gulberg's Main Market end"), ('place', 'Lahore cantonment')]),
    C('Email from the sister, rashmi.perera.kandy@yahoo.com, wants to join the family sessions for Nuwan Perera.', [('email', 'rashmi.perera.kandy@yahoo.com'), ('name', 'Nuwan Perera')]),
    C('Looking at the Mhgap Intervention Guide for non-specialists; has anyone trained nurses with it in Nigeria?'),
    C('plate กท 4471 กรุงเทพมหานคร on the school bus report from the fire, driver Prasit Chaiyo, Lat Krabang.', [('vehicle', 'กท 4471 กรุงเทพมหานคร'), ('name', 'Prasit Chaiyo'), ('place', 'Lat Krabang')]),
    C('NZ bank account 12-3142-0471829-00, Mere Walker, client wants a refund after cancelling.', [('account', '12-3142-0471829-00'), ('name', 'Mere Walker')]),
    C('We switched from the PHQ-9 to the PHQ-4 for intake and I miss the item on sleep. Anyone else?'),
    C('honest question: when a client brings a dream about a dead relative, do you interpret it or just let them tell it'),
    C("Long context, apologies. Client Tanvir Hasan Shuvo, 24, was shot in the leg during the July protests in Jatrabari crossing and spent eleven days in hospital. He's now in Mirpur's Pallabi end with his uncle, limping, and cannot work as a delivery rider. Friends call him a hero; he feels like a coward because he ran. bKash 01915-472283 is where he wants me to send the refund of his unused sessions, which I'm unsure I should do. Two questions in one, sorry.", [('name', 'Tanvir Hasan Shuvo'), ('place', 'Jatrabari crossing'), ('place', "Mirpur's Pallabi end"), ('account', '01915-472283')]),
    C('Anyone used the Refugee Health Screener-15 in Swahili or Kinyarwanda?'),
    C('QLD plate 482 WKP, client Jade Thompson hit a cassowary and swerved near Mission Beach, her son was injured.', [('vehicle', '482 WKP'), ('name', 'Jade Thompson'), ('place', 'Mission Beach')]),
    C('Rough week. Three clients talked about suicide and one of them is a child. Just need to say it somewhere.'),
    C('Insulin pump Medtrum TS-8821-4470 of Nadia Zaman, Gulshan 2, hacked according to her. How do I respond without colluding?', [('device', 'TS-8821-4470'), ('name', 'Nadia Zaman'), ('place', 'Gulshan 2')]),
    C("Fundraiser https://www.givealittle.co.nz/cause/rebuild-for-hemi for Hemi Tautahi-Puketapu, Wairoa's North Clyde. Should I donate?", [('url', 'https://www.givealittle.co.nz/cause/rebuild-for-hemi'), ('name', 'Hemi Tautahi-Puketapu'), ('place', "Wairoa's North Clyde")]),
    C('Has anyone seen grief like this? Mame Diarra Sarr Ndoye in Thiaroye-sur-Mer beach side lost both sons to a pirogue that never reached Spain, and she still cooks for them on Fridays.', [('name', 'Mame Diarra Sarr Ndoye'), ('place', 'Thiaroye-sur-Mer beach side')]),
    C('Client Kavitha Subramanian, No. 27, 3rd Cross Street, Velachery, Chennai south 600042, still keeps her documents on the top shelf since 2015.', [('name', 'Kavitha Subramanian'), ('street_address', 'No. 27, 3rd Cross Street, Velachery'), ('place', 'Chennai south'), ('zip_code', '600042')]),
    C("Nguyen Van Tuan rides a motorbike in Hanoi's Long Bien, plate 29-B1 448.72, got caught on the bridge approach when it fell.", [('name', 'Nguyen Van Tuan'), ('place', "Hanoi's Long Bien"), ('vehicle', '29-B1 448.72')]),
    C("Nauru detention, years there. Client Reza Mohammadi-Fard, now in Dandenong's Doveton end, bridging visa, Medicare 5527 40183 2.", [('name', 'Reza Mohammadi-Fard'), ('place', "Dandenong's Doveton end"), ('health_plan', '5527 40183 2')]),
    C('Indian DL KA05 20190012874, plate KA 03 MN 4471, Bengaluru east cab driver Raghu Gowda after the flyover crash.', [('licence', 'KA05 20190012874'), ('vehicle', 'KA 03 MN 4471'), ('place', 'Bengaluru east'), ('name', 'Raghu Gowda')]),
    C('Kerman memorial bombing, Zahra Karimi lost her husband. Iranian national code 3071448295, postal code 7618743515.', [('place', 'Kerman'), ('name', 'Zahra Karimi'), ('ssn', '3071448295'), ('zip_code', '7618743515')]),
    C('Joseph Yapa from Wabag town asks if PNG "payback" fear counts as a clinical problem or just a fact of life. Honest question from him and me.', [('name', 'Joseph Yapa'), ('place', 'Wabag town')]),
    C("Long one. Tenzin Dolma is a Tibetan woman in her forties living in Bylakuppe's Lugsum Samdupling, who crossed the Himalaya as a teenager and never saw her parents again. She runs a small restaurant, never misses a session, and speaks of her mother only in the present tense. I've wondered whether to name the grief or leave it with her. Her community sees therapy as slightly shameful, and she comes in by the back door. Any advice from those who work with Tibetan exiles?", [('name', 'Tenzin Dolma'), ('place', "Bylakuppe's Lugsum Samdupling")]),
    C('The kids at the Kakuma 3 school I visit draw the same boat every time. Deng Akech drew it sinking this week.', [('place', 'Kakuma 3'), ('name', 'Deng Akech')]),
    C('Dexcom G7 SN 4DX882471 of Sanjay Pillai, Kochi\'s Edappally, stolen from his bag on the train, he feels "unplugged".', [('device', 'SN 4DX882471'), ('name', 'Sanjay Pillai'), ('place', "Kochi's Edappally")]),
    C('Is there a Sinhala version of the PHQ-9 that people trust? Mine was back-translated once and looks off.'),
    C('Ayesha Siddiqa Rehmani\'s TikTok https://www.tiktok.com/@ayesha.speaks.grief posts her sessions as "what my therapist said". Advice?', [('name', 'Ayesha Siddiqa Rehmani'), ('url', 'https://www.tiktok.com/@ayesha.speaks.grief')]),
    C("Urumqi fire client Dilnur (surname withheld), now in Almaty's Alatau district, cousin was on the 15th floor. Phone +7 701 448 2917.", [('place', 'Urumqi'), ('name', 'Dilnur'), ('place', "Almaty's Alatau district"), ('phone', '+7 701 448 2917')]),
    C('Can someone share a consent form written in plain language? Ours is four pages of legal text.'),
    C("Samoan client Fa'amanu Leota in Māngere Bridge end, NHI ZKT4721, grief after the measles deaths in 2019.", [('name', "Fa'amanu Leota"), ('place', 'Māngere Bridge end'), ('medical_record', 'ZKT4721')]),
    C("Has anyone used the PCL-5 in Swahili? I found a translation but can't tell if it was validated in Kenya or Tanzania."),
    C("Audit log 3 June 2025: 2401:4900:1c42:98ab::7 opened Vikram Sethi's notes from outside India.", [('date', '3 June 2025'), ('ip_address', '2401:4900:1c42:98ab::7'), ('name', 'Vikram Sethi')]),
    C("Rajendran Muthu drives a lorry in Jurong's Boon Lay side and his plate XD 4827 M was posted online after the crash. Doxxing, help.", [('name', 'Rajendran Muthu'), ('place', "Jurong's Boon Lay side"), ('vehicle', 'XD 4827 M')]),
    C('The Gulf Cooperation Council countries are drafting telehealth rules. Saudi Arabia and the UAE have different consent forms, and Qatar and Kuwait want local licences. Anyone on the working group?'),
    C('Sonam Bhutia from Chungthang lost her father in the Teesta flood. She is 15. PIN 737120.', [('name', 'Sonam Bhutia'), ('place', 'Chungthang'), ('zip_code', '737120')]),
    C('Malaysian postcode 43009 and address No. 18, Jalan Reko Sentral 3, Kajang Sentral, for the client Nurul Huda Ismail.', [('zip_code', '43009'), ('street_address', 'No. 18, Jalan Reko Sentral 3'), ('place', 'Kajang Sentral'), ('name', 'Nurul Huda Ismail')]),
    C("Kim Seo-yun was at the airport waiting for her sister. She's in Gwangju's Buk-gu and can't hear a plane without freezing.", [('name', 'Kim Seo-yun'), ('place', 'Gwangju'), ('place', 'Buk-gu')]),
    C("BSB 062-587, account 1047 2285 for Simon Nguyen's fees, he's in Cabramatta's John Street end.", [('account', '062-587'), ('account', '1047 2285'), ('name', 'Simon Nguyen'), ('place', "Cabramatta's John Street end")]),
    C("Haifa's Bat Galim hospital file 4418272-3, Noa Ben-Dror, from Kfar Aza's young generation neighbourhood, fax 04-777 2281. Teudat zehut 318472205.", [('place', "Haifa's Bat Galim"), ('medical_record', '4418272-3'), ('name', 'Noa Ben-Dror'), ('place', "Kfar Aza's young generation neighbourhood"), ('fax', '04-777 2281'), ('ssn', '318472205')]),
    C("Tasmanian client's husband is 96 yo and in aged care in Launceston's Newnham. Margaret Shaw visits daily, wants help with anticipatory grief.", [('age_over_89', '96 yo'), ('place', "Launceston's Newnham"), ('name', 'Margaret Shaw')]),
    C("Air crash near Pokhara's Lamachaur, the flight of 15 January 2023. Client Bishnu Gurung lost his wife, who was returning from Kathmandu valley's Kalanki.", [('place', "Pokhara's Lamachaur"), ('date', '15 January 2023'), ('name', 'Bishnu Gurung'), ('place', "Kathmandu valley's Kalanki")]),
    C("Someone at 110.44.117.208 keeps trying to access Anjali Thapa Pun's intake form, from an ISP in Kathmandu valley's Kalanki. Reset?", [('ip_address', '110.44.117.208'), ('name', 'Anjali Thapa Pun'), ('place', "Kathmandu valley's Kalanki")]),
    C('In New South Wales and Victoria the Medicare rebate changed in November. Has the Australian Association of Social Workers said anything about the Mental Health Care Plan review?'),
    C("Date of the accident was 21.09.2023, client Pooja Nair Menon, Kottayam's Kumarakom. Court date next month.", [('date', '21.09.2023'), ('name', 'Pooja Nair Menon'), ('place', "Kottayam's Kumarakom")]),
    C('lovely session today, client laughed for the first time in six months. just wanted to share something good'),
    C("Japanese client Satō Hinako, My Number 3821 4407 6619, Wajima city centre's morning market, lost the shop in the fire after the quake.", [('name', 'Satō Hinako'), ('ssn', '3821 4407 6619'), ('place', 'Wajima city centre')]),
    C("GoFundMe https://gofund.me/4c82b91e for Hamza Qasim's family after the flood in Mingora; he asked me to share it in sessions. Boundaries?", [('url', 'https://gofund.me/4c82b91e'), ('name', 'Hamza Qasim'), ('place', 'Mingora')]),
    C("Anyone using the Edinburgh Postnatal Depression Scale in Urdu? Some items don't translate well."),
    C('Easter bombing client Dilani Fernando, was at the church in Katuwapitiya, Negombo lagoon side. NIC 198472104418.', [('name', 'Dilani Fernando'), ('place', 'Katuwapitiya'), ('place', 'Negombo lagoon side'), ('ssn', '198472104418')]),
    C('UPI meenakshi.iyer@okicici is what the client Meenakshi Iyer offered, Coimbatore. Is a UPI handle OK on invoices?', [('account', 'meenakshi.iyer@okicici'), ('name', 'Meenakshi Iyer'), ('place', 'Coimbatore')]),
    C('Teaching Mindfulness-Based Cognitive Therapy in Mandarin, Cantonese and Hokkien: any group in Malaysia or Singapore already doing it?'),
    C('Bandar Abbas port blast, dock worker Reza Bahrami, his co-workers died. Email rbahrami.1362@yahoo.com.', [('place', 'Bandar Abbas'), ('name', 'Reza Bahrami'), ('email', 'rbahrami.1362@yahoo.com')]),
    C('Anyone here attend the ISTSS or ESTSS meetings? Looking for papers on Rohingya, Uyghur and Hazara trauma narratives for the Asian Journal of Psychiatry.'),
    C('M-Pesa till 5428813 was used to "pay the prophet" - client Kahindi Katana wants to report but fears the family.', [('account', '5428813'), ('name', 'Kahindi Katana')]),
    C("PayID 0414 228 619 for Priya Sharma in Harris Park's Wigram side, she asked to pay weekly.", [('account', '0414 228 619'), ('name', 'Priya Sharma'), ('place', "Harris Park's Wigram side")]),
    C("Philippine client Jennylyn Cabrera from Talisay's Tabunok in Cebu after Odette, PhilHealth 19-042271384-6, mobile 0917 482 3316.", [('name', 'Jennylyn Cabrera'), ('place', "Talisay's Tabunok"), ('health_plan', '19-042271384-6'), ('phone', '0917 482 3316')]),
    C("How do others document risk when the client is in a country where suicide is a crime? Malaysia changed the law but others haven't."),
    C("Yazidi client Nadia Khudeda from Kocho's south end, in Sharya camp. Tent number Sector 4, Row 11, Tent 27.", [('name', 'Nadia Khudeda'), ('place', "Kocho's south end"), ('place', 'Sharya camp'), ('street_address', 'Sector 4, Row 11, Tent 27')]),
    C("Incident on 2567-03-05 per the Thai police report (Buddhist year), client Nattapong Kaewmanee, Hat Yai's Khlong Hae.", [('date', '2567-03-05'), ('name', 'Nattapong Kaewmanee'), ('place', "Hat Yai's Khlong Hae")]),
    C('Does the South African HPCSA allow registered counsellors to do trauma work independently now?'),
    C('The Korean Counseling Psychological Association has an English site now, for anyone supervising Korean students.'),
    C("Working with Oyunchimeg D. from Erdenet's Bayan-Undur side over video. Her mining town has no other psychologist and she knows everyone there.", [('name', 'Oyunchimeg D.'), ('place', "Erdenet's Bayan-Undur side")]),
    C("fax cover: AKU Karachi's Gulistan-e-Jauhar, MR# 517-84-23, Sana Qureshi, to +92 21 3493 4471, sessions requested twice weekly.", [('place', "Karachi's Gulistan-e-Jauhar"), ('medical_record', '517-84-23'), ('name', 'Sana Qureshi'), ('fax', '+92 21 3493 4471')]),
    C("Licence DL-1420190047281 of the bus driver in the crash, Harpreet Singh, Ludhiana's Giaspura, he's my client and still can't drive.", [('licence', 'DL-1420190047281'), ('name', 'Harpreet Singh'), ('place', "Ludhiana's Giaspura")]),
    C('〒927-2153 Monzen-machi, Kuroshima 7-14, the temporary housing address for Nakamura Tetsuo, aged ninety-two and three quarters.', [('zip_code', '927-2153'), ('street_address', 'Monzen-machi, Kuroshima 7-14'), ('name', 'Nakamura Tetsuo'), ('age_over_89', 'ninety-two and three quarters')]),
    C("Any readers of Derek Summerfield's critiques of PTSD in humanitarian settings? Want to discuss before the next deployment."),
    C("I'm presenting Kleinman's explanatory model interviews at the Pan-African Psychology Union conference, online this year. Any slides on Yoruba or Igbo idioms of distress?"),
    C('Do you believe the ACE questionnaire is useful in Asia, or too built on American households?'),
    C("DOB 14/02/1933 on the care plan for Ahmad Yousef in Jerash; he's the father of my client and ninety-one or so.", [('date', '14/02/1933'), ('name', 'Ahmad Yousef'), ('place', 'Jerash'), ('age_over_89', 'ninety-one or so')]),
    C('Lebanese client Hassan Nassar from Dahieh held the pager when it went off. Lost two fingers.', [('name', 'Hassan Nassar'), ('place', 'Dahieh')]),
    C("Christmas, Boxing Day and New Year are the worst weeks for my Australian clients; in Indonesia it's Lebaran; in India, Diwali and Holi. Any group doing a Pan-Asian calendar for relapse planning?"),
    C('Is the Harvard Trauma Questionnaire still used in refugee work in Jordan, or has the field moved on?'),
    C("Kerala client in the Gulf: Shiju Varghese works in Jeddah's Al Safa, wife in Thrissur town. WhatsApp +966 55 381 2704.", [('name', 'Shiju Varghese'), ('place', "Jeddah's Al Safa"), ('place', 'Thrissur town'), ('phone', '+966 55 381 2704')]),
    C('Thai client, ID 3-4012-00471-86-2, Somchai Wongsa, Na Wang, the nursery attack in Uthai Sawan subdistrict took his daughter.', [('ssn', '3-4012-00471-86-2'), ('name', 'Somchai Wongsa'), ('place', 'Na Wang'), ('place', 'Uthai Sawan subdistrict')]),
    C('fax from Kiteezi landfill relief desk to +256 414 290 775: client Nakato Ssemwogerere, DOB 3 March 1987, lost her two sons when the rubbish slid.', [('place', 'Kiteezi'), ('fax', '+256 414 290 775'), ('name', 'Nakato Ssemwogerere'), ('date', '3 March 1987')]),
    C('my supervisor says i over-prepare for sessions. is there such a thing? genuinely curious how others plan'),
    C("Thinking of starting a men's shed style group for retired fishermen. Any models from Australia or New Zealand worth copying?"),
    C('This is a long one. Losana Ratu is a Fijian nurse on a work visa in Ballarat\'s Sebastopol end, sending most of her wages home to Lautoka\'s Drasa end. Her cousin back home died after a road crash and she couldn\'t afford to fly back. Her manager says she\'s "too quiet on shift". She cried in session for the first time last week. How do you work with remittance guilt?', [('name', 'Losana Ratu'), ('place', "Ballarat's Sebastopol end"), ('place', "Lautoka's Drasa end")]),
    C("Wheelchair (Invacare, serial INV-0447-82193) of Jamal Odeh, Beit Hanoun, left behind in the evacuation. He asks if it's still there.", [('device', 'INV-0447-82193'), ('name', 'Jamal Odeh'), ('place', 'Beit Hanoun')]),
    C('Is Friendship Bench still training grandmothers in Zimbabwe, or has it moved mostly to Malawi and Kenya now?'),
    C('Mirtazapine, Remeron, Avanza: same drug, three names across Australia, India and South Africa. Clients get confused when they travel home for Christmas.'),
    C("Wanted to share that Ana Tuilagi went back to church in Ōtāhuhu's Fairburn side this week after a year away. Small, big thing.", [('name', 'Ana Tuilagi'), ('place', "Ōtāhuhu's Fairburn side")]),
    C('Question for Kiwis: does ACC sensitive claims cover therapy for historical abuse if the client has moved to Australia?'),
    C("What's your go-to psychoeducation for hypervigilance that doesn't sound like a lecture?"),
    C("Wanted to ask the group. Aziz Zhaksylykov lost his wife in the bus fire near Aktau's 27th microdistrict. He drives the same route now, won't take leave. Kazakh IIN 790312300417.", [('name', 'Aziz Zhaksylykov'), ('place', "Aktau's 27th microdistrict"), ('ssn', '790312300417')]),
    C("Bhutanese in Mirrabooka's Yirrigan side: Tika Ram Subba, Medicare 4218 66203 1, asks for Nepali interpreter.", [('place', "Mirrabooka's Yirrigan side"), ('name', 'Tika Ram Subba'), ('health_plan', '4218 66203 1')]),
    C('Telegram channel t.me/sinjar_survivors_2014 has the photo of Khalida Murad. She is in the camp and terrified.', [('url', 't.me/sinjar_survivors_2014'), ('name', 'Khalida Murad')]),
    C('I keep hearing "sabr" used to stop people seeking help. How do you work with patience as a value without fighting it?'),
    C('Any good apps for breathing exercises that work offline? Connectivity is patchy where most of my clients live.'),
    C("I don't know how to help Suleiman Adam hold on to hope when his asylum case keeps getting postponed.", [('name', 'Suleiman Adam')]),
    C('Thursday and Friday in Saudi Arabia, Friday and Saturday in the UAE, Saturday and Sunday in Australia: our weekly online group is a nightmare to schedule.'),
    C('Has anyone tried Written Exposure Therapy with clients who are literate in Arabic but not in English? Five sessions is appealing.'),
    C("Some context first. Ibrahim Diallo, 19, from Conakry's Ratoma, came through Agadez's Dagmanet end and Sfax's El Amra, ended up in Tunis's Ettadhamen, deported to the desert at the Libyan border and walked back. He's now in a shelter and will be sent home. UNHCR file TUN-24-088172. Can anything in six sessions help before he goes?", [('name', 'Ibrahim Diallo'), ('place', "Conakry's Ratoma"), ('place', "Agadez's Dagmanet end"), ('place', "Sfax's El Amra"), ('place', "Tunis's Ettadhamen"), ('medical_record', 'TUN-24-088172')]),
    C("My Hmong client Pa Nhia Xiong Vang wants a shaman present for the next session, in Luang Prabang's Ban Xieng Mouane. Any experience?", [('name', 'Pa Nhia Xiong Vang'), ('place', "Luang Prabang's Ban Xieng Mouane")]),
    C("I think Tui Matagi is drinking again but she denies it. Her sister in Porirua's Cannons Creek end called me, which is its own problem.", [('name', 'Tui Matagi'), ('place', "Porirua's Cannons Creek end")]),
    C('Thai gold card 1-1017-02294-71-5 for Kanokwan Srisuk, Khlong Toei slum, referral to a psychologist.', [('health_plan', '1-1017-02294-71-5'), ('name', 'Kanokwan Srisuk'), ('place', 'Khlong Toei slum')]),
    C('Philips CPAP J44871926C of Ravi Shankar Kulkarni, Pune\'s Kothrud, recalled; he now won\'t sleep "because it was poisoning me".', [('device', 'J44871926C'), ('name', 'Ravi Shankar Kulkarni'), ('place', "Pune's Kothrud")]),
    C("Lithium levels in the heat: anyone had clients in the Gulf toxic in summer? Psychiatrist wasn't worried but I am."),
    C("Hamdaniya client's phone +964 750 448 1923, Rita Yousif, asks if she can bring her burned daughter to the group.", [('place', 'Hamdaniya'), ('phone', '+964 750 448 1923'), ('name', 'Rita Yousif')]),
    C('Between Eid al-Fitr and Eid al-Adha my Sudanese, Somali and Eritrean clients in Egypt all seem to cancel, and the UNHCR funding cycle ends in June. Do others on the Egypt team see this?'),
    C("Zawadi K. told me she forgives the driver but not the road. I didn't know what to say, so I said nothing. Was that okay?", [('name', 'Zawadi K.')]),
    C("Saeed Al-Marri's email saeed.marri77@hotmail.com is being read by his brother. Qatar, family business.", [('name', 'Saeed Al-Marri'), ('email', 'saeed.marri77@hotmail.com')]),
    C("Darren Pickering from Mallacoota inlet was on the beach in the Black Summer fires. Ten years of volunteer firefighting and now he can't light a barbecue.", [('name', 'Darren Pickering'), ('place', 'Mallacoota inlet')]),
    C('anyone else find that clients open up most in the last five minutes? how do you manage the clock'),
    C('Mid-year reflection: my best outcomes this year were with clients who brought a relative to the first session.'),
    C("Hodan Warsame Jama came from Baidoa to greater Mogadishu's Hodan district's Taleex side after the drought. The district sharing her name makes her laugh, first time I saw it.", [('name', 'Hodan Warsame Jama'), ('place', 'Baidoa'), ('place', 'greater Mogadishu'), ('place', "Hodan district's Taleex side")]),
    C("email from the mother: akinyi.odhiambo84@gmail.com, asks if Akinyi O. can join the adolescent group in Kisumu town's Manyatta B.", [('email', 'akinyi.odhiambo84@gmail.com'), ('name', 'Akinyi O.'), ('place', 'Kisumu town'), ('place', 'Manyatta B')]),
    C("Tigray client Haftom Gebremedhin, arrived in Mekelle's Ayder area from Adwa, his sister still missing. UNHCR number ETH-23-C041877.", [('name', 'Haftom Gebremedhin'), ('place', "Mekelle's Ayder area"), ('place', 'Adwa'), ('ssn', 'ETH-23-C041877')]),
    C('Sertraline at 50 mg seems to flatten a lot of my younger clients. Is that a dose thing or am I expecting too much?'),
    C("Anyone worked with Shakahola forest survivors? Kazungu Mwarandu lost three children in the forest near Langobaya and now sits outside the church in Malindi town's Shella every morning, waiting.", [('place', 'Shakahola forest'), ('name', 'Kazungu Mwarandu'), ('place', 'Langobaya'), ('place', 'Malindi town'), ('place', 'Shella')]),
    C("Freestyle Libre sensor 0M0047AJ2K of Tevita Fifita Moala, Ōtara's East Tāmaki side, shared with his cousin, who now posts his glucose online.", [('device', '0M0047AJ2K'), ('name', 'Tevita Fifita Moala'), ('place', "Ōtara's East Tāmaki side")]),
    C('Long one - I work with Noura Al-Sabah in Salmiya, 38, who was in the car with her father in 1991 when the retreating army burned the oil wells; he died of cancer years later and she holds herself responsible for not noticing. She is a senior civil servant, perfectionist, and says therapy is "for weak people" while coming every week. Civil ID 287031402249. How do you work with shame wrapped in pride?', [('name', 'Noura Al-Sabah'), ('place', 'Salmiya'), ('ssn', '287031402249')]),
    C('For those doing home visits, how do you keep safe? Our organisation has no policy at all.'),
    C("Instagram instagram.com/noor.after.beirut is run by my client Noor Khalil, Achrafieh's Gemmayzeh side, she wants me to comment.", [('url', 'instagram.com/noor.after.beirut'), ('name', 'Noor Khalil'), ('place', "Achrafieh's Gemmayzeh side")]),
    C('Saudi driving licence 1094471823, Abeer Al-Otaibi, Dammam, first woman in her family to drive, crash anxiety.', [('licence', '1094471823'), ('name', 'Abeer Al-Otaibi'), ('place', 'Dammam')]),
    C("Profile https://www.facebook.com/ruth.wangari.9 of Ruth Wangari's abuser, she asked me to look. I didn't.", [('url', 'https://www.facebook.com/ruth.wangari.9'), ('name', 'Ruth Wangari')]),
    C('What do you do when the interpreter starts giving advice to the client?'),
    C('email tuhin.k.roy@outlook.com of Tuhin Roy bounced, does anyone have a new way to reach him in Khulna?', [('email', 'tuhin.k.roy@outlook.com'), ('name', 'Tuhin Roy'), ('place', 'Khulna')]),
    C("Adwoa Serwaa Boateng from Ho's Bankoe keeps apologising for crying. How do you make crying safe without making it a task?", [('name', 'Adwoa Serwaa Boateng'), ('place', "Ho's Bankoe")]),
    C("Email selin.ozturk.hatay@gmail.com, client Selin Öztürk in Armutlu's Ulucami side, anniversary coming.", [('email', 'selin.ozturk.hatay@gmail.com'), ('name', 'Selin Öztürk'), ('place', "Armutlu's Ulucami side")]),
    C("Teaching DBT in Tok Pisin, Bislama and Fijian is a whole project. Has anyone adapted Linehan's skills handouts for Melanesia with the Pacific Community?"),
    C("Kenyan DL DL-0048271K, plate KDK 417M, matatu driver Otieno Ochieng who hit a boda rider on the highway; he's now not driving and not eating.", [('licence', 'DL-0048271K'), ('vehicle', 'KDK 417M'), ('name', 'Otieno Ochieng')]),
    C('Does anyone have the Hindi SCARED for children? The one I have has typos.'),
    C('Alipay 138 0471 2283 of Zhou Lei, Chengdu, refund request.', [('account', '138 0471 2283'), ('name', 'Zhou Lei'), ('place', 'Chengdu')]),
    C('Hathras stampede client Munni Devi from Phulrai was crushed and lost her sister. Speaks Braj only, any clinician?', [('place', 'Hathras'), ('name', 'Munni Devi'), ('place', 'Phulrai')]),
    C('Farhan Achakzai and his wife have stopped talking since they left Chaman. Couples work or individual first?', [('name', 'Farhan Achakzai'), ('place', 'Chaman')]),
    C('Nilufar Yusupova-Qodirova lost her job in Nukus city after speaking at a protest. She now talks in whispers in session, even alone.', [('name', 'Nilufar Yusupova-Qodirova'), ('place', 'Nukus city')]),
    C("Bondi Junction's Oxford side stabbing, Hannah Wilson was in the shopping centre with her baby. Medicare 2947 61833 1, GP referral dated 22/04/2024.", [('place', "Bondi Junction's Oxford side"), ('name', 'Hannah Wilson'), ('health_plan', '2947 61833 1'), ('date', '22/04/2024')]),
    C('The Burundian client in Nakivale settlement, Jean-Bosco Niyonzima, stopped coming after the camp moved his block; outreach or let go?', [('place', 'Nakivale'), ('name', 'Jean-Bosco Niyonzima')]),
    C('Linktree linktr.ee/baraka.builds of Baraka Mutua, he sells art for therapy fees.', [('url', 'linktr.ee/baraka.builds'), ('name', 'Baraka Mutua')]),
    C('For the Turkish, Kurdish and Syrian families I see, the Quran, the Bible and Ezidi prayers all come up in sessions. Is there a Middle East interfaith training run by the WHO or the IASC?'),
    C('Is anybody offering sessions in Amharic or Tigrinya via telehealth from Europe? Not sure about licensing either.'),
    C('Book rec for the group: Bessel van der Kolk is everywhere but I prefer Pat Ogden for body-based work.'),
    C('How do you all handle sessions during Diwali week? Half my caseload cancels and I never know whether to reschedule.'),
    C('The body keeps coming up in my sessions: headaches, stomach pains, heat in the chest. How do you decide when to refer for a medical check?'),
    C("Kiribati client Teiti Tabwebwe moved to Betio's Takoronga from an outer island after the king tides. Wants someone who speaks Gilbertese.", [('name', 'Teiti Tabwebwe'), ('place', "Betio's Takoronga")]),
    C("Nasrin Hosseini in Mashhad's Golshahr district end is 97 years old and was told of her son's execution by phone. Her granddaughter is my client and asks how to sit with her.", [('name', 'Nasrin Hosseini'), ('place', "Mashhad's Golshahr district end"), ('age_over_89', '97 years old')]),
    C('Which is better for kids under eight, sand tray or drawing? I only have space for one.'),
    C("Mparntwe Alice Springs client Kumanjayi (the family uses this name after the death) is from Yuendumu's Warlpiri camp side. Needs Warlpiri interpreter.", [('place', 'Mparntwe Alice Springs'), ('name', 'Kumanjayi'), ('place', "Yuendumu's Warlpiri camp side")]),
    C("Short question: what's a good opening for a first session with a child who won't speak?"),
    C("Session on R6.1.1 was the day of the quake; Yamamoto Aiko in Suzu's Iida port asks if we can meet on other new year days.", [('date', 'R6.1.1'), ('name', 'Yamamoto Aiko'), ('place', "Suzu's Iida port")]),
    C('Audit: record of Yitzhak Peretz opened from 2a02:ed0:4471:8b00::1f at 03:40, no clinician on shift. Please check.', [('name', 'Yitzhak Peretz'), ('ip_address', '2a02:ed0:4471:8b00::1f')]),
    C("YouTube https://youtu.be/k8ZL4471q2w shows Tahir Mahmood's rescue in the Nowshera flood. He watches it nightly.", [('url', 'https://youtu.be/k8ZL4471q2w'), ('name', 'Tahir Mahmood'), ('place', 'Nowshera')]),
    C('Hearing aid Oticon serial 2217K4408 of Ngaire Tipene, Ōtaki Beach, lost in the flood evacuation.', [('device', '2217K4408'), ('name', 'Ngaire Tipene'), ('place', 'Ōtaki Beach')]),
    C('Is Behavioural Activation culturally portable? In collectivist families "doing things you enjoy" lands oddly.'),
    C('Maldives: Aishath Reema from Hulhumale, husband drowned at sea. Mobile +960 778 4412.', [('name', 'Aishath Reema'), ('place', 'Hulhumale'), ('phone', '+960 778 4412')]),
    C("how do people handle clients who want to pay in cash and won't take a receipt"),
    C("Has anyone run a grief group over WhatsApp voice notes? Thinking about it for people who can't travel."),
    C('Has anyone tried the Thinking Healthy Programme for perinatal depression outside Pakistan? The WHO version is free.'),
    C("Iqra Anwar is a nurse in Al Qusais industrial area 4; her brother was killed in the Jaranwala violence and she can't go home for the chehlum.", [('name', 'Iqra Anwar'), ('place', 'Al Qusais industrial area 4'), ('place', 'Jaranwala')]),
    C('Indonesian plate B 2847 TKQ of the car that hit Agus Santoso in east Bekasi, insurer needs the police report.', [('vehicle', 'B 2847 TKQ'), ('name', 'Agus Santoso'), ('place', 'east Bekasi')]),
    C('old Dhaka restaurant fire: Tasnim Rahman was on the 4th floor, jumped to the next roof. NID 8724 551 930.', [('place', 'old Dhaka'), ('name', 'Tasnim Rahman'), ('ssn', '8724 551 930')]),
    C("Has anyone worked with Bajau clients? Sahirul from Semporna's water village won't sit on a chair, only the floor, and I don't want to get it wrong.", [('name', 'Sahirul'), ('place', "Semporna's water village")]),
    C("Address for the letter: 27 Adeola Odeku Street, Victoria Island's Oniru end, Lagos mainland 101247. Client Bisola Fashola.", [('street_address', '27 Adeola Odeku Street'), ('place', "Victoria Island's Oniru end"), ('place', 'Lagos mainland'), ('zip_code', '101247'), ('name', 'Bisola Fashola')]),
    C("Client Kwame Ofori Nyarko-Tetteh from Tema's Community 22 end emails from kofori.tema@proton.me at 3am. Do you reply?", [('name', 'Kwame Ofori Nyarko-Tetteh'), ('place', "Tema's Community 22 end"), ('email', 'kofori.tema@proton.me')]),
    C('Any favourite picture books about death for Muslim children? Most of the ones I have are Christian.'),
    C("Cyclone Gabrielle, Esk Valley's Bay View orchard worker Tama Pohatu, watched the silt fill his ute. NZ licence DK482713.", [('place', "Esk Valley's Bay View"), ('name', 'Tama Pohatu'), ('licence', 'DK482713')]),
    C('NSW licence 18472219, plate DKF-47M, truckie Wayne Hollis who drove into the flood at Eugowra.', [('licence', '18472219'), ('vehicle', 'DKF-47M'), ('name', 'Wayne Hollis'), ('place', 'Eugowra')]),
    C('Born 1 Shawwal 1410 per his papers, Abdullah Al-Harbi, Buraidah, needs a Gregorian date for the insurer.', [('date', '1 Shawwal 1410'), ('name', 'Abdullah Al-Harbi'), ('place', 'Buraidah')]),
    C('does anyone know if the university still gives free supervision for early career people? heard it stopped'),
    C("WA client Nicole Pearce, Unit 2, 18 Hannan Street, Kalgoorlie's Lamington WA 6432, FIFO partner.", [('name', 'Nicole Pearce'), ('street_address', 'Unit 2, 18 Hannan Street'), ('place', "Kalgoorlie's Lamington"), ('zip_code', '6432')]),
    C("Manoj asks whether he can bring his mother to therapy. He's 34, from Dharavi, and she won't let him go alone since the fire.", [('name', 'Manoj'), ('place', 'Dharavi')]),
    C('thanks to whoever shared the sleep hygiene sheet last week, my clients liked the pictures'),
    C('Any Tagalog-speaking colleagues available for a short case discussion? Not urgent, sometime in April.'),
    C('can anyone in Jos take a referral? Danjuma Pam from Bokkos town after the Christmas attacks, number 0803 447 1926, his son is with him.', [('place', 'Jos'), ('name', 'Danjuma Pam'), ('place', 'Bokkos town'), ('phone', '0803 447 1926')]),
    C('Gofa landslide. Client Tsehay Alemu from Kencho Shacha Gozdi dug for her husband with her hands. Fayda ID 4719 2280 6631 5504. Translator arranged.', [('place', 'Gofa'), ('name', 'Tsehay Alemu'), ('place', 'Kencho Shacha Gozdi'), ('ssn', '4719 2280 6631 5504')]),
    C('I\'m trying to stop saying "how does that make you feel". What do you say instead?'),
    C("i'd love a thread on how people say no to gifts without offending. food especially"),
    C("My client's psychiatrist started quetiapine for sleep and I'm worried about weight gain. Is it my place to raise it?"),
    C("Old fax, barely legible: Vaitele's industrial end hospital, patient Seini Ah Mu, no. TTM-229471, fax +685 21 284.", [('place', "Vaitele's industrial end"), ('name', 'Seini Ah Mu'), ('medical_record', 'TTM-229471'), ('fax', '+685 21 284')]),
    C("I need a good explanation of dissociation for a Hindu family who think it's possession. Any resources?"),
    C("LTO licence N01-19-447182, plate NCH 4827, jeepney driver Romeo Dizon from Malabon's Tonsuya.", [('licence', 'N01-19-447182'), ('vehicle', 'NCH 4827'), ('name', 'Romeo Dizon'), ('place', "Malabon's Tonsuya")]),
    C('For clients fasting during Ramadan, do you adjust sertraline timing or leave it to the GP?'),
    C('Oluwaseun Adeyemi-Bello in old Ikoyi is the only carer for his grandmother Iyabo Adeyemi, who is 94 come Eid; he broke down in session.', [('name', 'Oluwaseun Adeyemi-Bello'), ('place', 'old Ikoyi'), ('name', 'Iyabo Adeyemi'), ('age_over_89', '94 come Eid')]),
    C("How do you explain trauma to a family who believes it is a curse? I don't want to argue with their faith."),
    C('In my experience, WhatsApp is where most Nigerian and Ghanaian families want updates. Is the Health Professions Council okay with that?'),
    C("Does anyone else find that teenagers like Brian Otieno go quiet right when school fees are due? He's in Kisii town and has started skipping class.", [('name', 'Brian Otieno'), ('place', 'Kisii town')]),
    C("Long one, sorry. I'm seeing a woman, Grace Atieno Owuor, who lost her younger brother in the Gen Z protests last June - he was shot near the parliament and died at the hospital two days later, on 27 June 2024. She lives in Laini Saba, Gatwekera's Raila end, and works as a cleaner in an office tower where the police used to park. She's started walking an hour longer to avoid that street. I'm not sure whether to push exposure yet or wait for the first anniversary to pass. Thoughts?", [('name', 'Grace Atieno Owuor'), ('date', '27 June 2024'), ('place', 'Laini Saba'), ('place', "Gatwekera's Raila end")]),
    C("client's kenyan ID 31842765 and NHIF no NH-0477213-9 for the SHA transfer, can someone confirm the form takes both?", [('ssn', '31842765'), ('health_plan', 'NH-0477213-9')]),
    C('Seeking a Kurdish Sorani interpreter for a family session, remote. Paid, of course.'),
    C("LinkedIn linkedin.com/in/farah-hamdan-rn lists my client Farah Hamdan's hospital, she's worried colleagues will find her.", [('url', 'linkedin.com/in/farah-hamdan-rn'), ('name', 'Farah Hamdan')]),
    C("Nomvula M. keeps her shoes by the door since the tavern night. She is 19, lives in Scenery Park extension, and won't go to her cousin's birthday.", [('name', 'Nomvula M.'), ('place', 'Scenery Park extension')]),
    C('anyone got a good grounding script for kids who panic during thunderstorms? mine is getting stale'),
    C('Cochlear Nucleus 8 processor serial 4821-0477-1923 belongs to Lily Tran, West Footscray, broken when she was pushed at school.', [('device', '4821-0477-1923'), ('name', 'Lily Tran'), ('place', 'West Footscray')]),
    C('Zoom for Kofi Appiah-Kubi: https://us06web.zoom.us/j/84471922813, accidentally posted in the public group.', [('name', 'Kofi Appiah-Kubi'), ('url', 'https://us06web.zoom.us/j/84471922813')]),
    C("Supervisee's AHPRA registration PSY0002287413 ended up on the client letter for Jordan Mackie in South Boulder. Is that a breach on her side or mine?", [('licence', 'PSY0002287413'), ('name', 'Jordan Mackie'), ('place', 'South Boulder')]),
    C('Anyone know a trauma-informed yoga teacher who works with teenage boys? They hate the word yoga.'),
    C('Anyone trained in Cognitive Processing Therapy for Arabic speakers? The IRC ran one in Jordan a while back.'),
    C('Mayotte after Chido. Anziza Madi lived in the bangas of upper Kawéni, now at a school shelter in central Mamoudzou. Mobile 06 39 21 74 58.', [('name', 'Anziza Madi'), ('place', 'upper Kawéni'), ('place', 'central Mamoudzou'), ('phone', '06 39 21 74 58')]),
    C("Can anyone recommend a good text on Islamic psychology that isn't just a list of verses?"),
    C('The Ministry of Health in Fiji, the Pacific Community and UNICEF are running a Mental Health First Aid course online, in Fijian and Hindi.'),
    C("My client from Tamale's Choggu says the harmattan makes her grief worse. First time I've heard that, and it makes sense.", [('place', "Tamale's Choggu")]),
    C("Enga landslide, Yambali hamlet. Client Evelyn Kandai is in Gerehu's stage 6 end with her cousins, lost eleven family members. Phone +675 7448 2190.", [('place', 'Yambali hamlet'), ('name', 'Evelyn Kandai'), ('place', "Gerehu's stage 6 end"), ('phone', '+675 7448 2190')]),
    C('Looking for a supervisor who knows Narrative Exposure Therapy and works online in East Africa time.'),
    C('Mohamed Nizam was sent away from his shop in Kurunegala town after the riots, asks if therapy can be in Tamil.', [('name', 'Mohamed Nizam'), ('place', 'Kurunegala town')]),
    C('CBT-T vs CBT-E for eating disorders in adolescents, anyone with a strong view?'),
    C('Our service in Uganda uses IPT-G and the attendance is great until harvest. Anyone found a fix?'),
    C('Olanzapine and weight in young men: how do you talk about it without them stopping the medication?'),
    C('Does anyone use the Brief COPE in Arabic? The Lebanese and Palestinian versions differ.'),
    C("i'm sending out the rota for next month tonight, shout if you can't do your weeks"),
    C('Has anyone adapted the Circle of Security for grandmothers raising grandchildren? Very common in my caseload.'),
    C('The New Zealand Psychologists Board wants cultural competence hours. Which Māori-led trainings have people found good?'),
    C('Jack Cooper\'s Tandem insulin pump SN 1047822 alarms at night and he thinks it\'s "the fire again". Cobargo village, Black Summer.', [('name', 'Jack Cooper'), ('device', 'SN 1047822'), ('place', 'Cobargo village')]),
    C('How long do you wait before calling a client who missed two sessions in a row?'),
    C('Comparing notes: in Japan I see more hikikomori framed through Shinto family obligation, while in Korea the talk is all about hwa-byung. Has anyone read Kirmayer or Kleinman on this recently, especially the Korean DSM debates?'),
    C('Hospital note says age 95 yrs, Hajjah Khadija Al-Rifai, Irbid camp, refugee since 1967, now grieving a grandson.', [('age_over_89', 'age 95 yrs'), ('name', 'Khadija Al-Rifai'), ('place', 'Irbid camp')]),
    C('Client Pushpa Negi, her house in Sunil Bazaar ward cracked down the middle, family now in a hotel room in Joshimath town. She keeps touching the walls.', [('name', 'Pushpa Negi'), ('place', 'Sunil Bazaar'), ('place', 'Joshimath town')]),
    C("Are we allowed to take on a client who is also a colleague's cousin? Small community, no other options."),
    C('PhilSys 4827-1604-3319-2205, Rodelio Magbanua, Bantayan, fisherman whose banca sank, will only do sessions on the beach.', [('ssn', '4827-1604-3319-2205'), ('name', 'Rodelio Magbanua'), ('place', 'Bantayan')]),
    C("Please use mariam.hadad.counsel@gmail.com, not the clinic mail, for Mariam Haddad's sister. She's in Zarqa's Russeifa side.", [('email', 'mariam.hadad.counsel@gmail.com'), ('name', 'Mariam Haddad'), ('place', "Zarqa's Russeifa side")]),
    C('Malee is 4 and the only child who slept through it. Her grandmother in Nong Bua Lamphu town wants to know what to tell her later.', [('name', 'Malee'), ('place', 'Nong Bua Lamphu town')]),
    C("Pakistani CNIC 42101-8836217-5, client Shabana Bibi, from Dadu's Johi taluka, floods of 2022, now in a camp near Sehwan.", [('ssn', '42101-8836217-5'), ('name', 'Shabana Bibi'), ('place', "Dadu's Johi taluka"), ('place', 'Sehwan')]),
    C("Long request. Phung Thi Lan is a Vietnamese grandmother living with her son in Springvale South, aged ninety-four years and some months, who spent the war years in Quang Ngai. Since her husband died in March she wakes at 3am and walks the house as if looking for shelter. Her son thinks it's dementia; the GP thinks grief. She refuses an interpreter because the only Vietnamese one in town knew her husband. I'm thinking home visits. Worth it?", [('name', 'Phung Thi Lan'), ('place', 'Springvale South'), ('age_over_89', 'ninety-four years and some months'), ('place', 'Quang Ngai')]),
    C("Does anyone know if Medicare's Better Access still covers ten sessions after the changes this year?"),
    C("Gulnara Sadykova-Toktogulova asked if she can bring her cat to online sessions. I said yes. She lives alone in Osh's Amir-Timur since the border clashes.", [('name', 'Gulnara Sadykova-Toktogulova'), ('place', "Osh's Amir-Timur")]),
    C('our Telegram group for clinicians is getting spam again, could an admin clean it up?'),
    C("bKash 01712-558294 client asked to send money to, Rupa Akter, garment worker in Ashulia's Zirabo. I said no.", [('account', '01712-558294'), ('name', 'Rupa Akter'), ('place', "Ashulia's Zirabo")]),
    C("A long one about a couple. Sefa and Mele Havili Taufa moved to Logan's Woodridge in Queensland from Nukuʻalofa's Kolofoʻou after the volcano, with three children and his mother. He works night shifts at a meat plant; she cleans offices. They argue about sending money home while the rent rises, and last month he punched a wall in front of the kids. Neither wants a family violence referral, both want to keep coming. How do people hold safety and cultural respect together here?", [('name', 'Sefa'), ('name', 'Mele Havili Taufa'), ('place', "Logan's Woodridge"), ('place', "Nukuʻalofa's Kolofoʻou")]),
    C('EMDR with interpreters: does it work? The bilateral stimulation and translation timing seem to clash.'),
    C('Suzuki Kenta works in Shinjuku and was on the platform during the stabbing on the Odakyu line. Train anxiety.', [('name', 'Suzuki Kenta'), ('place', 'Shinjuku')]),
    C('Wieambilla, the police family: Megan Dare is a cousin, not a witness. Still asks about vicarious trauma. She lives in Tara township.', [('place', 'Wieambilla'), ('name', 'Megan Dare'), ('place', 'Tara township')]),
    C("fax to the general hospital, Doha's Al Sadd +974 4439 2217, file HMC 4418273, Jaseem Kunhi, migrant worker, heat collapse and flashbacks.", [('place', "Doha's Al Sadd"), ('fax', '+974 4439 2217'), ('medical_record', 'HMC 4418273'), ('name', 'Jaseem Kunhi')]),
    C('Has anyone done the EMDR Asia Level 1 training online? Worth the price?'),
    C("Anyone found a way to keep notes offline and encrypted? Our clinic's laptop has no internet half the week."),
    C("Does fluoxetine interact with the traditional herbal teas my clients drink? I've been asked twice this week and don't know."),
    C('Apiate explosion, Kwabena Asare-Bediako was selling at the junction, Ghana Card GHA-722301846-4, NHIS NHIS 10382744. He jumps at motorbikes.', [('place', 'Apiate'), ('name', 'Kwabena Asare-Bediako'), ('ssn', 'GHA-722301846-4'), ('health_plan', 'NHIS 10382744')]),
    C("quick poll: do you let clients record sessions on their phones? i've been saying no but not sure why"),
    C("Jordan health insurance card JHI-7741-2283, Layla Hamdan Obeidat, Zarqa's Russeifa side, the copayment is stopping her.", [('health_plan', 'JHI-7741-2283'), ('name', 'Layla Hamdan Obeidat'), ('place', "Zarqa's Russeifa side")]),
    C('i keep getting clients who say "it\'s just stress" when they mean they haven\'t slept in a month. how do you name it gently'),
    C("Tavita Faleolo was in Honiara's Point Cruz during the 2021 riots, his shop burned. Now in Auki town.", [('name', 'Tavita Faleolo'), ('place', "Honiara's Point Cruz"), ('place', 'Auki town')]),
    C('Our team uses the Mini International Neuropsychiatric Interview for screening. Too clinical for a community setting?'),
    C('for grief that comes back every monsoon, is it worth planning sessions around the season? feels obvious but i never have'),
    C("rajkot game zone fire - hetalben parmar lost her fiance and brother, now in Mavdi, she's not eating. call 98250 41736", [('place', 'rajkot'), ('name', 'hetalben parmar'), ('place', 'Mavdi'), ('phone', '98250 41736')]),
    C("Emmanuel Ndayisenga's hearing aid (Phonak serial 1943K0187) was smashed in the Bujumbura raid, he now hears only the ringing. Funding ideas?", [('name', 'Emmanuel Ndayisenga'), ('device', '1943K0187'), ('place', 'Bujumbura')]),
    C("IP 203.94.71.226 again posting Chathurika Silva's session dates on a Colombo 13 Facebook page. Can we get it removed?", [('ip_address', '203.94.71.226'), ('name', 'Chathurika Silva'), ('place', 'Colombo 13')]),
    C("PhilHealth 02-551874412-3 and mobile 0998 471 2236 for Arnel Bautista, Tacloban's San Jose, anniversary reaction.", [('health_plan', '02-551874412-3'), ('phone', '0998 471 2236'), ('name', 'Arnel Bautista'), ('place', "Tacloban's San Jose")]),
    C('JazzCash 0301 4477 219 for session fees - client Waqas Butt asks if it is safe to pay this way.', [('account', '0301 4477 219'), ('name', 'Waqas Butt')]),
    C("running late today, can someone cover the 4pm intake call? it's a routine screening"),
    C('Looking for Farsi or Dari speaking therapists for the Hazara community in Western Australia. Online is fine.'),
    C('I\'ve got a teenager, Yara Mansour, whose family fled Khan Younis camp to Rafah and then out through the crossing to greater Cairo, where they live in a rented flat in Nasr City\'s 10th district with three other families. She\'s 16, writes poetry in English for her school, and has stopped eating at night because "night is when the drones came". Mother is supportive but wants her to "forget" so they can apply for resettlement. How do people approach that tension?', [('name', 'Yara Mansour'), ('place', 'Khan Younis camp'), ('place', 'Rafah'), ('place', 'greater Cairo'), ('place', "Nasr City's 10th district")]),
    C('When do you use the term PTSD with clients? Some of mine find it stigmatising, others a relief.'),
    C("Fiji: Litia Vakaloloma from Nabua's Muanivatu side lives with her brother, whose anger since the cyclone scares her. Mobile +679 921 4471.", [('name', 'Litia Vakaloloma'), ('place', "Nabua's Muanivatu side"), ('phone', '+679 921 4471')]),
    C('Clients from Gujarat and Maharashtra keep describing "tension" as a body feeling. Kirmayer and Weiss wrote on this, but the Indian literature is better. Names?'),
    C('Prazosin for nightmares: still used, or did the evidence fall apart?'),
    C("Medtronic pacemaker serial PJN482193S of Barbara Hughes, 91 y/o, Toowoomba's Harristown, asks to have it switched off.", [('device', 'PJN482193S'), ('name', 'Barbara Hughes'), ('age_over_89', '91 y/o'), ('place', "Toowoomba's Harristown")]),
    C('For clients on Suboxone, do you coordinate directly with the prescriber or go through the client?'),
    C('Victorian licence 031 847 205, ambulance driver Bec Lawson, Rochester floods.', [('licence', '031 847 205'), ('name', 'Bec Lawson'), ('place', 'Rochester')]),
    C("What's the evidence like for TF-CBT delivered by phone? Internet is too weak for video in half our districts."),
    C('how are people handling heat in sessions without air con? clients falling asleep, me too'),
    C('Does anyone still use the K10 in Australia or has everyone moved to the DASS-21?'),
    C('Ghana Post digital address WN-0847-6312 for the home visit, client Efua Boakye in Bogoso, please keep confidential.', [('street_address', 'WN-0847-6312'), ('name', 'Efua Boakye'), ('place', 'Bogoso')]),
    C("Reading group this Thursday: chapters 3-5 of Judith Herman's Truth and Repair. Bring questions."),
    C('For anyone working with Arabic speakers: the Arabic version of the GAD-7 reads oddly on item 5. Any better translation?'),
]

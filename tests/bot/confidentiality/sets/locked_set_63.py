"""SIXTY-THIRD LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (as the second
blind set of its round beside locked_set_62.py), and independently of the
guard: the author did not open, read, search or run anything under bot/
(bot/confidentiality/ included) or scripts/, did not run the guard,
bench/guard_eval.py or any test that imports or runs the guard, did not
run git log or git status at all, did not read bench/ (any of it),
README.md, pyproject.toml, tests/bot/confidentiality/test_round*.py or
diffs of any commit, and did not read the snippets of eval_set.py,
dev_extra.py, locked_set.py or locked_set_2.py ... locked_set_61.py
(locked_set_62.py was being written at the same time in another
worktree and was not seen at all; it does not exist in this worktree).
What was read, each printed once and in its own command with nothing
else: the module docstrings of tests/bot/confidentiality/sets/
locked_set_61.py and locked_set_59.py (the "real requests" sets this one
is modelled on, each up to its closing triple quote, none of their
cases); the first 25 lines of tests/bot/confidentiality/sets/
locked_set_13.py (its docstring); its last three lines (two snippets,
for the file format; none of their sentences was copied); the EvalCase
dataclass and PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41);
and tests/bot/confidentiality/test_locked_sets.py (the data integrity
checks, which hold no snippets).  One command also printed the listing
of the worktree's top level and reported that the drafts folder did not
yet exist (file names only).  No slip of the reading rule occurred.
The header of this file (the import of EvalCase, the alias
"C = EvalCase" and the name LOCKED63_CASES) was written from the format
of set 13's tail and the test's module and attribute names.  The overlap
filter described below imported the earlier sets and printed only this
set's own clashing strings.  The only test run was test_locked_sets.py
(selected with -k 63); ruff was run on this file and on that test file.
The other set of this round (62) is set in Europe and the Americas, so
every snippet here is set in Africa, Asia, the Middle East and Oceania
(and diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty minutes for the whole set), as a message to
peers in a therapists' consultation group, "like real requests" in the
manner of sets 59 and 61, mostly about ordinary working and family lives
rather than named disasters, with settings chosen to differ from set
59's list as far as its docstring shows: a Gabonese ferry commuter, a
Cameroonian nurse demoted after a death, a Mauritanian divorce and
force-feeding, a Zambian crusher injury, a Mozambican chapa driver, a
Bahraini second marriage, a Georgian IDP mother, a Kyrgyz bride
kidnapping, a Bhutanese hydropower crew, a Maldivian resort housekeeper,
an Isan migrant back from Korean farms, a PNG payback threat, a Nauruan
drowning, a Turkish container city, an Angolan custody hearing, a
Senegalese household head, a Comorian father, an Ainu singer, a Kurdish
camp grandmother, a Tibetan colony, a Sinhala caregiver, a Kerala
Gulf-wife household, a Niuean burial wish, a Kanak student, a South
Sudanese marriage decided by an uncle, a Palauan fisheries officer, a
Shan remittance, a Swazi orphan household, a Goan ancestral house;
Congolese, Chadian, Sierra Leonean, Liberian, Ivorian, Togolese,
Papuan, Ilocano, Jeju haenyeo, Pilbara FIFO, ni-Vanuatu seasonal,
Réunionnais and Marshallese clients with phones; Gambian, Beninese,
São Toméan, Equatoguinean, Mahorais, Somaliland, Wallisian, Baloch,
Bruneian, Assam tea-garden, Manipuri, Chatham Islands, Norfolk Island
and Basra faxes; Guinea-Bissau, Nigerien, Angolan, Swazi, Georgian,
Bhutanese, Maldivian, Japanese, Bahraini, Iraqi, Bougainvillean,
Noongar and South Auckland emails; boutique, funeral-fund, LinkedIn,
TikTok, YouTube, Jitsi, Facebook, LINE, change.org, Telegram, resort
roster, group-page and blog URLs; portal and audit logs with African,
Asian and Pacific carrier and university IPs; Wave, Airtel Money,
GCash, PromptPay, DANA, KakaoPay, Turkish, Georgian and Bahraini IBANs,
BSB, New Zealand, Easypaisa, Telebirr and Moov Money payments; driving,
nursing, medical, seafarer, taxi, electrical, security, pharmacy and
psychology registrations; minibuses, moto-taxis, chapas, songthaews,
jeepneys, ojeks, taxis, utes and road trains; cochlear processors,
pacemakers, pumps, hearing aids, prostheses, sensors, an ankle monitor,
a CPAP, a VNS, a baclofen pump, a deep brain stimulator, a wheelchair
and an oxygen concentrator; and name-and-place prose from West, East and
southern Africa, the Middle East, Central, South, South-East and East
Asia.  Short referral lines, forwarded faxes,
portal logs and rushed chat (one identifier snippet writes a name and a
place in lower case).  31 of the identifier snippets hold only a name
and/or a place.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository (/tmp/set63work/) with the planted
spans marked inline, and a script there only stripped the marks into the
expected lists, checked lengths, token boundaries, duplicate spans and
duplicate snippets, counted capitalised words in the clean drafts,
checked overlap with the earlier sets, shuffled the order with a fixed
seed and wrote this file.  Later edits were typed by hand as
find-and-replace pairs that a small script applied to the drafts; one
such script added a place in parentheses after about seventy names in
identifier drafts that had none (written by hand as name-place pairs).

Edits made after drafting, stated here: eight false starts and asides
typed into the drafts were cut or rewritten (a group's name wrongly
marked as a person and "ignore", a ward followed by "? no -", a name
followed by "? no, he's not a chief -", a name followed by "? no. I keep
getting this wrong.", a place followed by "- wait, herd boy's sister
-", a round house's village followed by "in Meizhou? no.", an "Ayumi"
name followed by "? no -" and a driver's name followed by "?"); a name
that is a real missing journalist's was changed, and a surname shared
with a head of state was changed; cities written unlabelled (a Kurdish
town, Jos, Suva, Alice Springs, Nairobi, Moscow, Meizhou) were replaced
by a country, a village or nothing, a wartime date was rewritten as
"wartime shifts", an emirate's licence as a UAE licence, and in the
clean drafts a city and a university named for its city were replaced by
a country.  Overlap with the earlier sets was resolved by renaming only
this set's planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 49 values in the first round
(about 36 places, 9 names, a date, a licence and three postal codes;
places were given a quarter, an end, a side or an extension, or replaced,
names a second or hyphenated surname, numbers other digits), 26 in the
second (23 of the newly added places and three postal codes), 4 in the
third and none in the fourth.  To bring the set to 400 snippets, 22 of
the 53 name-and-place drafts and eight pattern drafts (one each of date,
age over 89, phone, URL, national number, account, licence and vehicle)
were dropped, chosen by position, not by content.

Local identifier formats: Senegalese CNI, Cameroonian CNI, Sri Lankan
NIC, Indonesian NIK, Philippine PhilSys, Thai ID, Turkish TC kimlik,
Israeli ID, Bahraini CPR, Kyrgyz PIN, Georgian personal number, Japanese
My Number, Korean RRN and South African ID (ssn); Nepali UHID, Thai HN,
Turkish dosya, Malaysian, Zimbabwean, Nigerian, Pakistani, Fijian,
Bangladeshi, Tongan, Samoan, Northern Territory and Indian files
(medical_record); BPJS, Thai gold card, SGK, CNAMGS, IPM, NHIA, Clalit,
Thiqa, Bupa Arabia, Australian Medicare, NZ NHI, Tamin, NHIMA and Korean
NHIS (health_plan); Wave, Airtel Money, GCash, PromptPay, DANA,
KakaoPay, Turkish, Georgian and Bahraini IBANs, an Australian BSB and
account, a New Zealand account, Easypaisa, Telebirr and Moov Money
(account); Ahpra, Kerala and Sri Lankan driving licences, MDCN, Turkish
ehliyet, Japanese and Korean licences, Israeli nursing, UAE driving,
Indian seafarer CDC, PNG taxi badge, NZ electrical, PSIRA and Jordanian
pharmacy (licence); Senegalese, Cameroonian, Ivorian, Zambian,
Mozambican, Angolan, Thai, Philippine, Papuan, Turkish, Georgian,
Israeli, New Zealand and Western Australian plates (vehicle); addresses
written the local way (Japanese chome and aza, Thai moo and tambon,
Philippine block and lot, Indonesian jalan with RT/RW, Turkish cadde
with door number, Israeli rehov, Georgian avenue and apartment, a New
Zealand road, an Australian unit, a Sri Lankan road number, an Indian
flat, a Senegalese villa and cité, an Iranian street and alley) with
postal codes of Japan (〒), Thailand, the Philippines, Indonesia,
Turkey, Israel, Georgia, New Zealand, Australia, Sri Lanka, India (PIN),
Senegal (BP) and Iran; dates written day-month-year in French,
Portuguese and English, slashed, dotted, ISO, hyphenated, in the Hijri
and Buddhist calendars, a US month-day-year and a weekday with a date;
ages over 89 written with a feast, a season, a calendar, a reckoning or
"and a half"; IPv4 and IPv6 addresses, URLs and phone and fax numbers in
local and international formats.

400 snippets, 241 with identifiers and 159 clean (lengths 76-203,
within the test's bounds of 40-520).  Every pattern category appears 14
times (the test requires 14):
date 14, age_over_89 14, phone 14, fax 14, email 14, url 14,
ip_address 14, ssn 14, medical_record 14, health_plan 14, account 14,
licence 14, vehicle 14, device 14, street_address 14, zip_code 14;
with 246 names and 218 places smaller than a state (the test requires
246 and 218).

Names (drafted; a few were dropped with their snippets): Fang and Punu Gabonese, Duala and Bamiléké, Hassaniya, Bemba,
Shangaan and Ronga, Bahraini, Georgian and Mingrelian, Kyrgyz,
Bhutanese, Maldivian, Lao-Isan and Thai, Huli, Nauruan, Turkish and
Kurdish, Kimbundu and Kongo, Wolof, Serer and Diola, Comorian, Ainu and
Japanese (family name first), Kurmanji, Tibetan, Sinhala, Syrian
Christian Malayali, Niuean, Kanak, Dinka and Nuer, Palauan, Shan,
Swazi, Goan, Congolese, Chadian Arab, Krio and Temne, Kpelle, Baoulé,
Ewe, Dani and Lani Papuan, Ilocano, Korean, Turkmen, Noongar and
Yolŋu, ni-Vanuatu, Réunionnais, Marshallese, Mandinka, Fon, São Toméan,
Equatoguinean Fang, Mahorais, Somali, Wallisian, Baloch, Bruneian
Malay, Adivasi tea-garden, Meitei, Moriori-Māori, Pitcairn-Norfolk,
Iraqi Arab, Papel, Hausa and Zarma, Moor, Ovimbundu, Bougainvillean,
Māori, Pulaar, Amharic and Tigrinya, Tongan, Samoan, Igbo, Yoruba,
Akan, Bambara, Malinke, Sotho, Tswana, Chaga and Zaramo, Ganda, Luo,
Rwandan, Tuareg, Fur, Coptic Egyptian, Lebanese, Palestinian, Afghan,
Uzbek, Tajik, Kazakh, Mongolian, Sherpa, Tharu, Bengali, Sri Lankan
Tamil, Kashmiri, Punjabi, Bihari, Marathi, Mizo, Vietnamese, Khmer,
Burmese, Malay, Tagalog, Hakka and Taiwanese names; a lower-case name
and place, hyphenated and multi-part names, patronymic and "Mint",
"Ould", "binti" and "Ag" names, a kinship title (Make) kept outside the
span, and names with diacritics and apostrophes.  Places: quarters,
bairros, barrios, cités, mahallas, khoroos, tolas, leikais, barangays
and sitios, kampungs and kelurahans, dongs and ris, microdistricts,
townships and sections, camps and colonies, tea-garden lines, villages,
hamlets, tribus, settlements and town camps, their ends, sides and
extensions, markets, junctions and quays, and places between street
addresses and postal codes.

Clean snippets: peer-consultation messages, questions, statements,
scheduling chatter, supervision reflections and reading-group notes,
spread over three bands of capitalised words after the first word
(counted by the author's script, the pronoun "I", sentence starts and
acronyms included): 54 with 0-2 (some written largely in lower case),
92 with 3-5 and 13 with 6 or more (520 in 159 snippets, about 3.3 per
snippet): drug brands and generics, scales and questionnaires, therapy
models and their founders, real published authors and books,
guidelines and programmes, weekdays, months, seasons, religious
holidays and fasts, professional bodies and councils, charities and
agencies, apps and platforms, countries, states, provinces and regions,
nationalities, religions and languages, and no place smaller than a
state or a country's first-level subdivision.
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED63_CASES = [
    C("Georgian client Levan Abashidze-Tsiklauri (from Eniseli village) (levan.tsik@mail.ge), wine-maker, lost the harvest to hail, drinking his own stock.", [("name", "Levan Abashidze-Tsiklauri"), ("place", "Eniseli village"), ("email", "levan.tsik@mail.ge")]),
    C("Ebil Ngirachitei, 91 last month, is my client's grandmother in Ngerbeched hamlet; she raised him. He's a fisheries officer and can't grieve in front of his crew.", [("name", "Ebil Ngirachitei"), ("age_over_89", "91 last month"), ("place", "Ngerbeched hamlet")]),
    C("Reflection: working in Pidgin English with clients from the Solomon Islands has taught me more about humility than any training."),
    C("KakaoPay 3333-07-4819265 - Jeon Hye-rin Choi (from Yeonsu-dong) wants her mother not to see the transfers. Korean banking privacy, anyone?", [("account", "3333-07-4819265"), ("name", "Jeon Hye-rin Choi"), ("place", "Yeonsu-dong")]),
    C("Libre sensor 3MH00948TK1 - Rania Boutros Khalil's mum reads her glucose from her phone all day.", [("device", "3MH00948TK1"), ("name", "Rania Boutros Khalil")]),
    C("Grandfather Pasang Tsering Gyalpo, 94 years and 3 months, in Bir Tibetan Colony, wants to go home to die. My client is the one who has to tell him he can't.", [("name", "Pasang Tsering Gyalpo"), ("age_over_89", "94 years and 3 months"), ("place", "Bir Tibetan Colony")]),
    C("Tomorrow is Vesak and the clinic is closed, so please don't book Wednesday. I'll be at the temple with my parents."),
    C("Tuesday's supervision was cancelled because of the curfew. Can we reschedule to Wednesday evening?"),
    C("Dilnoza Rahimova and her daughter Madina Rahimova live in Yangiobod mahalla; the daughter wants to study abroad and the mother is terrified.", [("name", "Dilnoza Rahimova"), ("name", "Madina Rahimova"), ("place", "Yangiobod mahalla")]),
    C("Resort staff roster at https://sunisland-staff.mv/roster/week48 lists Ahmed Shifan Moosa of Maradhoo-Feydhoo with no days off for 42 days. Burnout or trafficking?", [("url", "https://sunisland-staff.mv/roster/week48"), ("name", "Ahmed Shifan Moosa"), ("place", "Maradhoo-Feydhoo")]),
    C("Réunionnaise client Marie-Josée Payet-Hoarau, 0692 41 73 58, Le Chaudron; she works nights at the hospital and her son is in prison. Creole-speaking colleagues?", [("name", "Marie-Josée Payet-Hoarau"), ("phone", "0692 41 73 58"), ("place", "Le Chaudron")]),
    C("Hajj season again, and three clients are going. What do you say about anxiety in crowds to someone who has to do the stoning?"),
    C("Has anyone used Schema Therapy with clients from honour cultures? Jeffrey Young's modes map well, I think, but the \"punitive parent\" is also the community."),
    C("Please read the new WHO guidance on self-harm in adolescents before Monday's meeting; it's short."),
    C("Taksi 34 KLM 471 - Ferhat Aydın Yalçın (from Bağcılar's Güneşli) was attacked by passengers. Anyone worked with taxi drivers in Turkey?", [("vehicle", "34 KLM 471"), ("name", "Ferhat Aydın Yalçın"), ("place", "Bağcılar's Güneşli")]),
    C("No. 47/3 Kandy Road, Kadawatha, 11850 - Dilini Gunawardena's house, her brother-in-law lives upstairs.", [("street_address", "No. 47/3 Kandy Road"), ("place", "Kadawatha"), ("zip_code", "11850"), ("name", "Dilini Gunawardena")]),
    C("Japanese driver's licence 301847290516 for Ishikawa Daisuke (from Ōtsuchi's Akahama); he can't drive since the wave and lost his delivery job.", [("licence", "301847290516"), ("name", "Ishikawa Daisuke"), ("place", "Ōtsuchi's Akahama")]),
    C("Ahpra registration PSY0002184736 was left in the case notes I sent Tasha Lui-Ngati (from Mangere East's Massey Road end). Is my own registration number an issue?", [("licence", "PSY0002184736"), ("name", "Tasha Lui-Ngati"), ("place", "Mangere East's Massey Road end")]),
    C("Reminder: no session notes in WhatsApp. Use the encrypted portal. I know it's slow on mobile data."),
    C("Pacemaker Medtronic SN PJN418293H in the discharge for Abebe Girma Woldemariam (from Asko); he's terrified it'll stop when he sleeps.", [("device", "Medtronic SN PJN418293H"), ("name", "Abebe Girma Woldemariam"), ("place", "Asko")]),
    C("Mourning in Judaism and the Shiva week: I'm a non-Jewish therapist in Israel and want to get it right with a client next month."),
    C("WhatsApp only: +228 90 17 63 48, Kossiwa Agbodjan, from Bè-Kpota Château d'eau. Wax-print trader, debts to a tontine, shame when she meets the other women.", [("phone", "+228 90 17 63 48"), ("name", "Kossiwa Agbodjan"), ("place", "Bè-Kpota Château d'eau")]),
    C("Georgian personal number 01024079315 printed on Tamar Chkheidze-Lobjanidze's sick note. Can I ask her to redact it herself?", [("ssn", "01024079315"), ("name", "Tamar Chkheidze-Lobjanidze")]),
    C("Chapa AFG-284-MC - Celso Macuácua Nhantumbo (from Bairro Magoanine B) says the police keep stopping it to get bribes.", [("vehicle", "AFG-284-MC"), ("name", "Celso Macuácua Nhantumbo"), ("place", "Bairro Magoanine B")]),
    C("Arman Rezaei Kordestani's session page was viewed from 5.62.118.41. VPNs are normal in Iran but the timing freaked him out.", [("name", "Arman Rezaei Kordestani"), ("ip_address", "5.62.118.41")]),
    C("Ehliyet B 482917 for Murat Keskin Eroğlu (from Nusaybin's Abdulkadirpaşa), lorry driver who crashed near the border; prosecutors want his records.", [("licence", "B 482917"), ("name", "Murat Keskin Eroğlu"), ("place", "Nusaybin's Abdulkadirpaşa")]),
    C("Easypaisa 0345 7723 910 is Rukhsana Bibi Awan's only way to pay; her son-in-law checks it.", [("account", "0345 7723 910"), ("name", "Rukhsana Bibi Awan")]),
    C("Tea garden referral: Sumitra Oraon Tanti, Hatigor line 6, fax 0376-232-0914. Husband killed by an elephant on the tea estate road.", [("name", "Sumitra Oraon Tanti"), ("place", "Hatigor line 6"), ("fax", "0376-232-0914")]),
    C("Bougainville: Theresa Kenu Taroa, theresa.taroa@abg.gov.pg, Arawa Section 9. Crisis-era memories surfacing as the referendum results talk goes on.", [("name", "Theresa Kenu Taroa"), ("email", "theresa.taroa@abg.gov.pg"), ("place", "Arawa Section 9")]),
    C("I've been told Lorazepam is \"over the counter\" in some pharmacies in Egypt. Is that true? It changes how I assess."),
    C("my client aïcha ould mahmoud says the divorce was registered 2023-11-18 at the qadi's office in tevragh zeina ilot k and since then she won't leave her mother's tent. how do i even start with this", [("name", "aïcha ould mahmoud"), ("date", "2023-11-18"), ("place", "tevragh zeina ilot k")]),
    C("Sri Lankan DL B4718302 for Ranil Jayasuriya Perera from Rawathawatta. He's a three-wheeler driver who was beaten by the crowd after a crash.", [("licence", "B4718302"), ("name", "Ranil Jayasuriya Perera"), ("place", "Rawathawatta")]),
    C("Ayumi Higashionna, 3-8-12 Aza Yogi, 〒903-0804; she cares for her father with dementia.", [("name", "Ayumi Higashionna"), ("street_address", "3-8-12 Aza Yogi"), ("zip_code", "〒903-0804")]),
    C("Is Clozapine monitoring possible in rural Zambia? A district hospital asked, and the nearest lab is far."),
    C("Sri Lankan NIC 847302914V is on the translated statement from Wickramasinghe Anoma Kumari (from Kiribathgoda north); she's asking about asylum.", [("ssn", "847302914V"), ("name", "Wickramasinghe Anoma Kumari"), ("place", "Kiribathgoda north")]),
    C("A plea: if you use AI note-taking tools, please check where the data goes. Several apps store recordings overseas."),
    C("Taxi badge PNG-TX 2047 for Peter Kuri Wamil; robbed at knifepoint in Gerehu Stage 4.", [("licence", "PNG-TX 2047"), ("name", "Peter Kuri Wamil"), ("place", "Gerehu Stage 4")]),
    C("My client's grandmother Coumba Ndiaye Sarr, 97 this Tabaski, still runs the whole household in Médina Gounass extension; my client can't leave and can't stay. Any Senegalese colleagues?", [("name", "Coumba Ndiaye Sarr"), ("age_over_89", "97 this Tabaski"), ("place", "Médina Gounass extension")]),
    C("NZ NHI ZKB4721 on the referral for Mereana Paki Horomona (from Pukepoto marae side); she asked me to use her Pākehā name at work.", [("health_plan", "ZKB4721"), ("name", "Mereana Paki Horomona"), ("place", "Pukepoto marae side")]),
    C("Question for trainers: do you teach motivational interviewing differently in collectivist cultures? Autonomy talk goes flat here."),
    C("What's a fair sliding scale in Kenya for a client earning around 20,000 shillings a month? I hate this question every time."),
    C("I'm reading bell hooks on love and it's making me rethink how I talk about self-worth with young women in my practice."),
    C("quick poll: who still uses paper notes? we're switching to an EMR and i'm grieving my notebooks"),
    C("Chen Yi-ting in Beitou's Xinbeitou quit her chip job after the third night shift collapse.", [("name", "Chen Yi-ting"), ("place", "Beitou's Xinbeitou")]),
    C("I've started doing walking sessions on the beach, with consent. Pros and cons? Privacy is the big question."),
    C("Ayesha Siddiqa Rafiq (from Ichra), MR# SKMH-2210-4471, sent to me for anxiety after her chemo. Her husband does all the talking.", [("name", "Ayesha Siddiqa Rafiq"), ("place", "Ichra"), ("medical_record", "SKMH-2210-4471")]),
    C("Fax from the dispensary, 02 69 61 84 07, client Anchya Madi Boina of Kawéni village. Undocumented neighbours, police raids, she won't open the door.", [("fax", "02 69 61 84 07"), ("name", "Anchya Madi Boina"), ("place", "Kawéni village")]),
    C("SGK no 52814093712 for Mehmet Ali Kurtuluş (from Bornova's Kazımdirik); his private insurer denied the psych claim. Anyone know the Turkish appeals process?", [("health_plan", "52814093712"), ("name", "Mehmet Ali Kurtuluş"), ("place", "Bornova's Kazımdirik")]),
    C("Nana Gvasalia-Kharebava, Kazbegi Ave 31, apt 48, Didube, 0179; she's afraid her address was in the leaked clinic file.", [("name", "Nana Gvasalia-Kharebava"), ("street_address", "Kazbegi Ave 31, apt 48"), ("place", "Didube"), ("zip_code", "0179")]),
    C("Noongar client Kylie Yarran Collard, kylieyarran@bigpond.com, lives in Lockridge east. Stolen Generations grandmother, she wants to find the records.", [("name", "Kylie Yarran Collard"), ("email", "kylieyarran@bigpond.com"), ("place", "Lockridge east")]),
    C("Chanda Mulenga Chisanga sent me his profile https://www.linkedin.com/in/chanda-mulenga-chisanga to prove he's \"not crazy, just tired\". Mine shift supervisor in Kalulushi's Chibuluma.", [("name", "Chanda Mulenga Chisanga"), ("url", "https://www.linkedin.com/in/chanda-mulenga-chisanga"), ("place", "Kalulushi's Chibuluma")]),
    C("Divine Iradukunda grew up in Gihembe camp and now lives in Kigoma's Mwandiga. Stateless, angry, brilliant at school.", [("name", "Divine Iradukunda"), ("place", "Gihembe camp"), ("place", "Kigoma's Mwandiga")]),
    C("Anyone going to the Pan-African Psychology Union conference in October? Thinking of presenting on task-sharing."),
    C("lol my 8am client and i were both late because of the same traffic. we started by laughing about it. best session in weeks."),
    C("Has anyone used the Zung scale in Vietnam? A research team is asking me which depression measure is least culturally loaded."),
    C("Tchoumi Ngo Bassong, a nurse at the Bonamoussadi health post, was demoted on 03/09/2024 after a patient died on her night shift. Is moral injury the right frame or am I importing it?", [("name", "Tchoumi Ngo Bassong"), ("place", "Bonamoussadi"), ("date", "03/09/2024")]),
    C("Thinking about Te Whare Tapa Whā again this week - the four walls model is so much better than anything I was taught."),
    C("Help - a client quoted Rumi at me and I cried. Where's the line between being moved and being unprofessional?"),
    C("Airtel Money 0977 310 458 is registered to Chileshe Bwalya Mumba's uncle; he's been taking her wages from the salon in Kabwata Estates.", [("account", "0977 310 458"), ("name", "Chileshe Bwalya Mumba"), ("place", "Kabwata Estates")]),
    C("The Samoan Fa'afaletui approach to research and therapy: anyone here trained in it? I'd like to learn properly."),
    C("Vitamin D and depression: are psychiatrists in the Gulf really testing everyone? I keep seeing it in referral letters."),
    C("Gold card number UC 1 4098 23716 4 for Pornthip Kaewmanee (from Ban Khok Sung) - she wants to know if therapy is covered. Is it ever, in Thailand?", [("health_plan", "UC 1 4098 23716 4"), ("name", "Pornthip Kaewmanee"), ("place", "Ban Khok Sung")]),
    C("Fax +239 222 1947 - Nilza Pontes Bragança, Quinta de Santo António. Cocoa plantation worker, her daughter left for Portugal and stopped calling.", [("fax", "+239 222 1947"), ("name", "Nilza Pontes Bragança"), ("place", "Quinta de Santo António")]),
    C("Thiqa THQ 784-1988-5523904-1 for Shamsa Saeed Al-Nuaimi (from Al Rahba), she wants to see someone outside the family's hospital.", [("health_plan", "THQ 784-1988-5523904-1"), ("name", "Shamsa Saeed Al-Nuaimi"), ("place", "Al Rahba")]),
    C("Larissa Ewane Ekambi runs her boutique page at https://instagram.com/larissa_ewane_couture from Akwa Nord and a customer has been stalking her through it. Block and report isn't enough.", [("name", "Larissa Ewane Ekambi"), ("url", "https://instagram.com/larissa_ewane_couture"), ("place", "Akwa Nord")]),
    C("It's Songkran next week, and I know two clients will drink through it. Harm reduction planning ahead of time - what works?"),
    C("We've started running group CBT for farmers in Punjab during the off-season. Attendance was better than expected - the tea helps."),
    C("Small win: a client who hadn't left the house since Diwali came to session today by bus. I cried in the car after."),
    C("Telebirr 0911 47 20 83 on the receipt for Hirut Tesfaye Gebremariam (from Yeka Abado); she's a domestic worker home from Lebanon with no wages.", [("account", "0911 47 20 83"), ("name", "Hirut Tesfaye Gebremariam"), ("place", "Yeka Abado")]),
    C("RRN 740918-2384715 for Kang Mi-sook (from Mangwon 2-dong), the mother of a soldier who died in service. The ministry letter has everything on it.", [("ssn", "740918-2384715"), ("name", "Kang Mi-sook"), ("place", "Mangwon 2-dong")]),
    C("99/14 Moo 6, Tambon Nong Bua, 41362 - Kanya Pholsena's home, where her father drinks lao khao from noon.", [("street_address", "99/14 Moo 6, Tambon Nong Bua"), ("zip_code", "41362"), ("name", "Kanya Pholsena")]),
    C("Our EAP contract in the UAE ends in March and nobody's told the staff. How do you end with clients when the employer decides the date?"),
    C("Kayano Tsuneko, 101 in the spring, one of the last Ainu speakers in Nibutani, wants to record her songs before she dies. Her granddaughter (my client) is terrified of getting it wrong.", [("name", "Kayano Tsuneko"), ("age_over_89", "101 in the spring"), ("place", "Nibutani")]),
    C("Senegalese CNI 1 754 1988 02931 printed on the referral for Mamadou Lamine Ndour (from Pikine Icotaf). Do I scrub it or the clinic?", [("ssn", "1 754 1988 02931"), ("name", "Mamadou Lamine Ndour"), ("place", "Pikine Icotaf")]),
    C("OFW mum Lorna Dumalagan Pascua posts daily at https://www.tiktok.com/@nanay.lorna.ofw; her kids in Barangay Tagbak watch her more there than on calls. Ambiguous loss, live-streamed.", [("name", "Lorna Dumalagan Pascua"), ("url", "https://www.tiktok.com/@nanay.lorna.ofw"), ("place", "Barangay Tagbak")]),
    C("CNAMGS 0412-88731 for Prisca Ndong Essono, Nzeng-Ayong lac. The insurer wants a diagnosis before paying.", [("health_plan", "0412-88731"), ("name", "Prisca Ndong Essono"), ("place", "Nzeng-Ayong lac")]),
    C("Referral from the Quartier Louis clinic: Ornella Mba-Nzeng, first seen 12 mars 2025, panic on the ferry crossings to the islands. Anyone taking Fang-speaking clients online?", [("place", "Quartier Louis"), ("name", "Ornella Mba-Nzeng"), ("date", "12 mars 2025")]),
    C("Reading Ngũgĩ wa Thiong'o on language and thinking about which language my clients dream in."),
    C("Egyptian client Mina Fawzy Abdelmalak lives in the Zabbaleen quarter; his father wants him to take over the pig sheds.", [("name", "Mina Fawzy Abdelmalak"), ("place", "Zabbaleen quarter")]),
    C("Codjo Sènan Hounkpatin, referred from the Zogbo health centre, fax +229 21 30 14 68. Voodoo priest's son who wants to be a pastor. Family war.", [("name", "Codjo Sènan Hounkpatin"), ("place", "Zogbo"), ("fax", "+229 21 30 14 68")]),
    C("Roya Ahmadi Sadat is a former news anchor now in Shahrak-e Aria with no work. Identity loss.", [("name", "Roya Ahmadi Sadat"), ("place", "Shahrak-e Aria")]),
    C("Escitalopram vs sertraline for older adults with anxiety - any preference from those in geriatric work?"),
    C("Villa 47, Cité Keur Gorgui, Sacré-Cœur 3 extension, BP 11582 - Marième Faye Thiam's office; she wants no paper there.", [("street_address", "Villa 47, Cité Keur Gorgui"), ("place", "Sacré-Cœur 3 extension"), ("zip_code", "BP 11582"), ("name", "Marième Faye Thiam")]),
    C("Omnipod PDM 4718-2939-DR belongs to Aroha Wihongi Tipene (from Moerewa's freezing works end), 15; she's started hiding it under her uniform.", [("device", "PDM 4718-2939-DR"), ("name", "Aroha Wihongi Tipene"), ("place", "Moerewa's freezing works end")]),
    C("Question about fees: do colleagues in Nigeria charge in naira or dollars for diaspora clients? The exchange rate has made it absurd."),
    C("Reminder that Diwali falls on a Tuesday this year, so the Tuesday group will move to Thursday that week."),
    C("Hadiza Moumouni Garba, hadiza.mgarba@yahoo.fr, Quartier Boukoki; married at 14, now 31, doing a law degree at night. Wants to talk about anger.", [("name", "Hadiza Moumouni Garba"), ("email", "hadiza.mgarba@yahoo.fr"), ("place", "Quartier Boukoki")]),
    C("Moana Tautahi Rewi's ute NKT472 was found burnt out. Gang warning, she thinks.", [("name", "Moana Tautahi Rewi"), ("vehicle", "NKT472")]),
    C("Amani Bakari Juma and his wife Mwanaisha Abdallah run a dala-dala in Mbagala Kuu Kizuiani; they argue about money in my room every week.", [("name", "Amani Bakari Juma"), ("name", "Mwanaisha Abdallah"), ("place", "Mbagala Kuu Kizuiani")]),
    C("Cameroon CNI 112094738 in the letter for Ebénézer Tchakounté Fotso from Bépanda Omnisport. The employer wants proof he's \"fit\". I'm not comfortable.", [("ssn", "112094738"), ("name", "Ebénézer Tchakounté Fotso"), ("place", "Bépanda Omnisport")]),
    C("Anyone know good Urdu-language psychoeducation videos on OCD? The ones I have are very old."),
    C("Safe messaging reminder: when posting about suicide in the group, please skip method details. Thank you all."),
    C("Resort housekeeper Aishath Shamha Rasheed, from Hinnavaru harbour side, was assaulted by a guest on 28 Dec 2023; the resort moved her to laundry and told her to keep quiet. Maldives legal routes, anyone?", [("name", "Aishath Shamha Rasheed"), ("place", "Hinnavaru harbour side"), ("date", "28 Dec 2023")]),
    C("Tanaka Emiko of Nishi-no-sato lives at 2-14-7 Kita-Hiroshima-machi, 〒061-1104; her husband retired last year and now follows her everywhere.", [("name", "Tanaka Emiko"), ("place", "Nishi-no-sato"), ("street_address", "2-14-7 Kita-Hiroshima-machi"), ("zip_code", "〒061-1104")]),
    C("Does the DSM-5-TR's cultural formulation interview work in Hindi, in practice? Ours feels long and repetitive."),
    C("Friendship Bench training is open again for lay counsellors in Zimbabwe and Malawi. Has anyone done the supervision part? Worth it?"),
    C("Baloch poet client Shirin Rigi Bameri (from Karimabad-e Sarbaz) posts at https://t.me/shirin_rigi_poems; the poems are about her husband's execution. Should I read them?", [("name", "Shirin Rigi Bameri"), ("place", "Karimabad-e Sarbaz"), ("url", "https://t.me/shirin_rigi_poems")]),
    C("Angolan student Edvânia Tchissola Kapinga, edvania.kapinga@hotmail.com, Bairro Palanca. Father was a general, she's ashamed of the money.", [("name", "Edvânia Tchissola Kapinga"), ("email", "edvania.kapinga@hotmail.com"), ("place", "Bairro Palanca")]),
    C("Nuriye Bayraktar Güneş (from Sultanbeyli's Hasanpaşa), dosya no 2025/48716, from the state hospital. Referred for postpartum OCD - she won't bathe the baby.", [("name", "Nuriye Bayraktar Güneş"), ("place", "Sultanbeyli's Hasanpaşa"), ("medical_record", "2025/48716")]),
    C("Car 48-271-63 keeps circling Sapir Amram Biton's street in Kiryat Eliezer; the ex is in the army.", [("vehicle", "48-271-63"), ("name", "Sapir Amram Biton"), ("place", "Kiryat Eliezer")]),
    C("Jenalyn Cabugao Tolentino, Blk 12 Lot 7 Phase 3, Sampaguita Homes, Barangay Sampaloc IV, 4024 - evicted next month.", [("name", "Jenalyn Cabugao Tolentino"), ("street_address", "Blk 12 Lot 7 Phase 3, Sampaguita Homes"), ("place", "Barangay Sampaloc IV"), ("zip_code", "4024")]),
    C("Thai hospital HN 63-041729 for Wanida Saengchai (from Ban Dung); she's the Isan caregiver of a British retiree who died. Complicated grief with no family status.", [("medical_record", "63-041729"), ("name", "Wanida Saengchai"), ("place", "Ban Dung")]),
    C("Login 103.94.135.250, Nepal carrier, for Bimala Tharu Chaudhary - she said her phone was stolen at the bus park in Kohalpur chowk.", [("ip_address", "103.94.135.250"), ("name", "Bimala Tharu Chaudhary"), ("place", "Kohalpur chowk")]),
    C("Case file DHK/MH/2023/00918, Nasrin Akter Shimu (from Kamrangirchar's Rasulpur lane). Acid attack survivor, now in a small NGO job. Slow work.", [("medical_record", "DHK/MH/2023/00918"), ("name", "Nasrin Akter Shimu"), ("place", "Kamrangirchar's Rasulpur lane")]),
    C("Session link opened from 2c0f:f8f0:4f21:a1::7 - not Kouakou Yao Fulgence (from Koumassi Remblais)'s usual network. Do I tell him or check first?", [("ip_address", "2c0f:f8f0:4f21:a1::7"), ("name", "Kouakou Yao Fulgence"), ("place", "Koumassi Remblais")]),
    C("Mustafa Haider Jabbar (mustafa.haider.jabbar@uokufa.edu.iq), lecturer, Hay al-Adil. Survivor guilt after the bombing of his cousin's wedding.", [("name", "Mustafa Haider Jabbar"), ("email", "mustafa.haider.jabbar@uokufa.edu.iq"), ("place", "Hay al-Adil")]),
    C("Thinking about moral injury in healthcare workers in Palestine, from here, and not knowing what to offer except to listen."),
    C("Farida Nurlanovna Zhaksybekova in Aksay-4 microdistrict is an oil worker's wife who has never been alone. Now he's dead.", [("name", "Farida Nurlanovna Zhaksybekova"), ("place", "Aksay-4 microdistrict")]),
    C("Prosthetic leg, serial OB-4718-LL-22, for Ngor Mayen Akol (from Gudele block 11), landmine survivor, now a football coach.", [("device", "OB-4718-LL-22"), ("name", "Ngor Mayen Akol"), ("place", "Gudele block 11")]),
    C("Velupillai Sivakumar from Mullivaikkal's seashore hamlet still dreams of the beach. Sessions in Tamil?", [("name", "Velupillai Sivakumar"), ("place", "Mullivaikkal's seashore hamlet")]),
    C("How do you handle a client who wants to bring their mother to every session, when it's culturally expected? I'm in Jordan."),
    C("BPJS card 0001847392016 for Sri Wahyuni Lestari; the clinic in Kelurahan Tamalanrea only sees BPJS patients once a month.", [("health_plan", "0001847392016"), ("name", "Sri Wahyuni Lestari"), ("place", "Kelurahan Tamalanrea")]),
    C("Referral etiquette question: when a GP sends a client \"for counselling\" with no reason, do you ring them or just start?"),
    C("Sonam Pelzom Dorji, pelzom.sonam@druknet.bt, Changjiji housing colony. Civil servant, perfectionism, panic before the king's visit.", [("name", "Sonam Pelzom Dorji"), ("email", "pelzom.sonam@druknet.bt"), ("place", "Changjiji housing colony")]),
    C("Fax came in from the Bundung Six Junction health post, +220 439 2871, about Fatou Bojang Touray. Post-natal psychosis, already on haloperidol.", [("place", "Bundung Six Junction"), ("fax", "+220 439 2871"), ("name", "Fatou Bojang Touray")]),
    C("Insulin pump MMT-780G SN NG2894716H belongs to Tariq Mahmoud Yousef (from Jabal an-Nuzha), 14, who's been skipping boluses to lose weight.", [("device", "MMT-780G SN NG2894716H"), ("name", "Tariq Mahmoud Yousef"), ("place", "Jabal an-Nuzha")]),
    C("I keep thinking about Vikram Patel's point that task-sharing isn't second-best care. Hard to believe it on a Friday afternoon with 40 on the list."),
    C("Clinical question: how long should a client be stable on lithium before you'd consider a taper, roughly?"),
    C("Chinese New Year sessions: half my clients cancel, half book extra because of family stress. Plan accordingly."),
    C("Harpreet Kaur Dhillon-Sandhu in Bhikhiwind village is the wife of a man in Canada who stopped sending money. Abandoned brides, anyone?", [("name", "Harpreet Kaur Dhillon-Sandhu"), ("place", "Bhikhiwind village")]),
    C("Wellbeing note: it is okay to take the afternoon off after a suicide. I didn't, last year, and paid for it for months."),
    C("Does anybody have experience using Prolonged Grief Disorder criteria with Muslim clients? The timing rules feel off."),
    C("NZ account 12-3140-0412345-00 for Sione Fusitu'a Latu (from Māngere's Favona end); his church pastor collects the tithes from it. Financial abuse?", [("account", "12-3140-0412345-00"), ("name", "Sione Fusitu'a Latu"), ("place", "Māngere's Favona end")]),
    C("Niuean client's grandmother Hetutu Talagi Mamatua, ninety-nine years this Takai, wants to be buried in Liku village. The family can't afford the flights. Grief before death.", [("name", "Hetutu Talagi Mamatua"), ("age_over_89", "ninety-nine years this Takai"), ("place", "Liku village")]),
    C("How long do you wait before discharging someone who stopped coming? I usually send one kind message."),
    C("Korean NHIS 1-7890412-55 for Lee Jung-hwa Park (from Gojan's Wa-dong apartments), the one whose son was in the school suicide. Covered or not?", [("health_plan", "1-7890412-55"), ("name", "Lee Jung-hwa Park"), ("place", "Gojan's Wa-dong apartments")]),
    C("Workshop note: Dr. Derald Wing Sue's microaggressions framework landed very differently with our Korean trainees than the Americans expected."),
    C("Tamin card TM-0481-2209371 for Parisa Mohammadi Sanandaji, Kurdish, from Naysar. The insurer's office is three hours away.", [("health_plan", "TM-0481-2209371"), ("name", "Parisa Mohammadi Sanandaji"), ("place", "Naysar")]),
    C("BSB 066-167 1047 2291 on the invoice for Tyrone Mununggurr-Wilson (from Gunyangara's Ski Beach) - his community store manager handles his money. Is that okay?", [("account", "066-167 1047 2291"), ("name", "Tyrone Mununggurr-Wilson"), ("place", "Gunyangara's Ski Beach")]),
    C("Anyone in Queensland know whether Medicare covers telehealth for Torres Strait clients if the GP is on the mainland? Asking generally."),
    C("Has anyone read \"The Body Keeps the Score\" in Bahasa Indonesia? My clients want it but I'm not sure the translation is good."),
    C("Zahraa Kadhim Al-Saadi, Al-Jumhuriya quarter, fax +964 40 761 2289. Oil company engineer, the first woman on her site, daily harassment.", [("name", "Zahraa Kadhim Al-Saadi"), ("place", "Al-Jumhuriya quarter"), ("fax", "+964 40 761 2289")]),
    C("When do you involve the extended family in a teenage client's therapy in Samoa? Always, or only with consent?"),
    C("Okonkwo Chidiebere Eze's MDCN folio MDCN/R/84739 - he's a doctor client burning out in the teaching hospital. Licence body fear is huge.", [("name", "Okonkwo Chidiebere Eze"), ("licence", "MDCN/R/84739")]),
    C("CPAP AirSense 11 SN 23221847562 was sold by Kwame Darko Mensah's son for money.", [("device", "AirSense 11 SN 23221847562"), ("name", "Kwame Darko Mensah")]),
    C("The Mental Health Commission in Ireland is nothing like ours in Kenya - just read their report and felt jealous."),
    C("UHID KTM-2024-118742 - Sarita Gurung Thapa, Chabahil ward, discharged after an overdose, back to her salon job Monday.", [("medical_record", "KTM-2024-118742"), ("name", "Sarita Gurung Thapa"), ("place", "Chabahil ward")]),
    C("Can't get the link to work - https://meet.jit.si/nino-sessions-gldani - client Nino Beridze-Tchanturia from Nadzaladevi heights is waiting. Anyone had Jitsi issues on Georgian mobile data?", [("url", "https://meet.jit.si/nino-sessions-gldani"), ("name", "Nino Beridze-Tchanturia"), ("place", "Nadzaladevi heights")]),
    C("Our clinic's router is 202.134.22.197 and it's appearing in Sanjida Rahman Mou's Google account. She logged in at the clinic once. How do I explain it?", [("ip_address", "202.134.22.197"), ("name", "Sanjida Rahman Mou")]),
    C("Tharu client Ramkali Chaudhary Dagaura, Bhimapur tole, posts dancing videos at https://www.tiktok.com/@ramkali.dagaura.tharu and her in-laws want her to stop.", [("name", "Ramkali Chaudhary Dagaura"), ("place", "Bhimapur tole"), ("url", "https://www.tiktok.com/@ramkali.dagaura.tharu")]),
    C("Clinic file PRN-5528307 for Tevita Kioa Lolohea, Kolomotu'a's Fasi end. Kava, depression, father of nine.", [("medical_record", "PRN-5528307"), ("name", "Tevita Kioa Lolohea"), ("place", "Kolomotu'a's Fasi end")]),
    C("2001:df0:6b1:44::9c is the Pacific university network; Siosaia Tukuafu Fifita's records were opened from it by someone who isn't him.", [("ip_address", "2001:df0:6b1:44::9c"), ("name", "Siosaia Tukuafu Fifita")]),
    C("IBAN TR47 0006 4000 0011 2340 9873 21 for Serkan Doğru Altıntaş's refund. He's in Yeldeğirmeni and lost his job over a tweet.", [("account", "TR47 0006 4000 0011 2340 9873 21"), ("name", "Serkan Doğru Altıntaş"), ("place", "Yeldeğirmeni")]),
    C("I used the EPDS with a Tongan mum and she scored zero, then cried for the whole hour. Scales aren't neutral."),
    C("Oxygen concentrator EverFlo SN 1092847356 in Oyelaran Folake Adekunle's house runs on a generator and the fuel's run out.", [("device", "EverFlo SN 1092847356"), ("name", "Oyelaran Folake Adekunle")]),
    C("For Friday's peer group: bring one case where culture and diagnosis pulled in opposite directions. No names, obviously."),
    C("Kanak client Wadrawane Hnawia from Tiéti tribu, grandmother just turned 90 at the yam festival. Custom obligations vs her studies in France. Thoughts from the Pacific folks?", [("name", "Wadrawane Hnawia"), ("place", "Tiéti tribu"), ("age_over_89", "just turned 90 at the yam festival")]),
    C("Seafarer CDC MUM 281947 for Anthony Fernandes Pereira (from Chinchinim's Deussua ward), Goan cook on a container ship that was held by pirates.", [("licence", "MUM 281947"), ("name", "Anthony Fernandes Pereira"), ("place", "Chinchinim's Deussua ward")]),
    C("i have a client who only talks in the car park after session. the real session is always in the last five minutes. anyone else?"),
    C("Psychologists Board of New Zealand CPD deadline is coming up, reminder for those who forgot like me last year."),
    C("Has anyone read Arthur Kleinman's Rethinking Psychiatry recently? Our group in Taiwan is doing it in January."),
    C("Anyone using Tawasol or other Arabic telehealth platforms? I need something more secure than WhatsApp for Gulf clients."),
    C("Clalit member 2-4817093-1 Yael Avraham Dahan (from Ramat Eshkol) wants me to bill directly. I'm private. How do others handle Clalit?", [("health_plan", "2-4817093-1"), ("name", "Yael Avraham Dahan"), ("place", "Ramat Eshkol")]),
    C("IPM card IPM-SDE-40917 for Ndèye Coumba Sène Faye (from Diamaguène), factory worker, covered for three sessions only.", [("health_plan", "IPM-SDE-40917"), ("name", "Ndèye Coumba Sène Faye"), ("place", "Diamaguène")]),
    C("TC kimlik 38291047562 for Hatice Demirtaş Aslan from Gazi Mahallesi is in the court letter. Domestic violence order.", [("ssn", "38291047562"), ("name", "Hatice Demirtaş Aslan"), ("place", "Gazi Mahallesi")]),
    C("South Sudanese client Nyabol Kuol Deng says her uncle is 103 by cattle-camp reckoning and still decides who she marries. She lives in Malakal PoC sector 4.", [("name", "Nyabol Kuol Deng"), ("age_over_89", "103 by cattle-camp reckoning"), ("place", "Malakal PoC sector 4")]),
    C("Paroxetine discontinuation is brutal. Does anyone have a tapering schedule that actually works without liquid formulations?"),
    C("Ankle monitor SCRAM 4471829 on Joel Tavita Fa'asalele (from Vaitele Uta's Fagali'i end); shame at his kids' school sport.", [("device", "SCRAM 4471829"), ("name", "Joel Tavita Fa'asalele"), ("place", "Vaitele Uta's Fagali'i end")]),
    C("Guinea-Bissau: Quintino Có Nhaga, email quintino.nhaga@gmail.com, Bairro de Cuntum. Ex-soldier, cashew trader now, nightmares from 1998.", [("name", "Quintino Có Nhaga"), ("email", "quintino.nhaga@gmail.com"), ("place", "Bairro de Cuntum")]),
    C("Family constellations are popular in Taiwan and my clients keep asking about it. Evidence? My instinct says no."),
    C("When clients go to a sangoma and a therapist at the same time, I just ask them to tell me what the sangoma says. Works fine."),
    C("Jeepney NCA 4719 - Edgardo Manalastas Cruz (from Barangay Lambakin) was driving when the bridge gave way. He's back at work but mute at home.", [("vehicle", "NCA 4719"), ("name", "Edgardo Manalastas Cruz"), ("place", "Barangay Lambakin")]),
    C("Karma Choden Wangmo from Khasadrapchu, relapsed since 10/02/2024, works at a hydropower site and drinks ara on weekends with the crew. Bhutanese colleagues, any local resources?", [("name", "Karma Choden Wangmo"), ("place", "Khasadrapchu"), ("date", "10/02/2024")]),
    C("New referral, Grâce Loemba Tchicaya, cell 06 742 19 58, from Quartier Mpaka. Post-partum, husband working offshore, no family nearby.", [("name", "Grâce Loemba Tchicaya"), ("phone", "06 742 19 58"), ("place", "Quartier Mpaka")]),
    C("Electrical licence EW 187293 for Brett Tuhiwai Pomare (from Flaxmere West), apprentice fell off a roof, boss says he was on drugs.", [("licence", "EW 187293"), ("name", "Brett Tuhiwai Pomare"), ("place", "Flaxmere West")]),
    C("Does anyone use Sand Tray therapy with adults? A colleague in Singapore swears by it for alexithymia."),
    C("Ruksana Begum Chowdhury in Shahjalal Upashahar is a Londoni wife whose husband hasn't come back in nine years.", [("name", "Ruksana Begum Chowdhury"), ("place", "Shahjalal Upashahar")]),
    C("Our practice in Bahrain is hiring a child psychologist. Arabic essential, English fine. DM me."),
    C("Somjit Phonkhamwong from Ban Nong Khun Yai came back from farm work in Korea on 1 May 2567 BE with nothing saved. Shame so heavy she won't go to the temple.", [("name", "Somjit Phonkhamwong"), ("place", "Ban Nong Khun Yai"), ("date", "1 May 2567 BE")]),
    C("Israeli nursing licence RN-7740193 for Hila Shaked Amsalem (from Kiryat Shmona's Hermon quarter), ER nurse, wartime shifts. Her licence board wants a fitness letter.", [("licence", "RN-7740193"), ("name", "Hila Shaked Amsalem"), ("place", "Kiryat Shmona's Hermon quarter")]),
    C("Achta Hassaballah Abakar (Chad), phone +235 66 29 41 83, lives in Farcha quartier; she sells tea by the river and her husband took a second wife. Arabic or French sessions.", [("name", "Achta Hassaballah Abakar"), ("phone", "+235 66 29 41 83"), ("place", "Farcha quartier")]),
    C("Moto-taxi plate 4527 GH 01 - Yacouba Coulibaly Konaté's bike was stolen with him on it. He lost an eye.", [("vehicle", "4527 GH 01"), ("name", "Yacouba Coulibaly Konaté")]),
    C("Yosina Wenda Kogoya, 0812-4793-2610, Kampung Harapan Sentani. Papuan nursing student, racist abuse in her dorm on Java. Any Indonesian colleagues?", [("name", "Yosina Wenda Kogoya"), ("phone", "0812-4793-2610"), ("place", "Kampung Harapan Sentani")]),
    C("Philippines: 49.144.201.87 logged into Jessa Mae Lumanlan's patient app after she handed in her old phone for repair. Breach?", [("ip_address", "49.144.201.87"), ("name", "Jessa Mae Lumanlan")]),
    C("Fanta Camara Kourouma sells fish at Boulbinet's Sans-Fil quay and her husband migrated without telling her. She found out on Facebook.", [("name", "Fanta Camara Kourouma"), ("place", "Boulbinet's Sans-Fil quay")]),
    C("Taxi LT 382 AB - Blaise Nkoulou Atangana drove it the night of the robbery in Ndogpassi II. Keeps driving, keeps shaking.", [("vehicle", "LT 382 AB"), ("name", "Blaise Nkoulou Atangana"), ("place", "Ndogpassi II")]),
    C("How do you explain ADHD to parents who think it's a Western invention? In Kenya I get this every week."),
    C("Our hospital in Lebanon ran out of lithium again. Does anyone know a legal route for importing through an NGO?"),
    C("SA ID 8703150846082 for Nomvula Khumalo-Ngcobo, from KwaMashu's K-section hostels, on the employer's referral. Security guard, armed robbery.", [("ssn", "8703150846082"), ("name", "Nomvula Khumalo-Ngcobo"), ("place", "KwaMashu's K-section hostels")]),
    C("She pays me through Wave, 77 418 29 36, but her husband Cheikh Tidiane Mbaye sees every notification. Astou Diouf Mbaye (from Guédiawaye's Wakhinane) wants to switch to cash.", [("account", "77 418 29 36"), ("name", "Cheikh Tidiane Mbaye"), ("name", "Astou Diouf Mbaye"), ("place", "Guédiawaye's Wakhinane")]),
    C("Someone in a white Hiace DK-4719-BF follows Khady Seck Diagne (from Rufisque's Keury Kao) from the market. Police say nothing until he does something.", [("vehicle", "DK-4719-BF"), ("name", "Khady Seck Diagne"), ("place", "Rufisque's Keury Kao")]),
    C("Aripiprazole for Tourette's in kids - any experience? A family in Oman asked me about it and I'm not a prescriber."),
    C("Sherwan Aziz Hawrami (from Shorsh quarter) vlogs at https://www.youtube.com/@sherwanhawlervlogs and posted our session room by accident. How do others handle this?", [("name", "Sherwan Aziz Hawrami"), ("place", "Shorsh quarter"), ("url", "https://www.youtube.com/@sherwanhawlervlogs")]),
    C("Supervision reflection: I notice I go very quiet with clients who talk about jinn. I think it's my own upbringing, not theirs."),
    C("Ketevan Gelashvili-Nozadze (from Saburtalo) paid from GE29 TB70 0033 6080 1004 73; her husband runs that account and now he's asking who I am.", [("name", "Ketevan Gelashvili-Nozadze"), ("place", "Saburtalo"), ("account", "GE29 TB70 0033 6080 1004 73")]),
    C("Priyanka Jadhav-Shinde works at an IT firm in Hinjewadi Phase 2 and her parents are arranging a marriage she doesn't want.", [("name", "Priyanka Jadhav-Shinde"), ("place", "Hinjewadi Phase 2")]),
    C("Nauru: Eidagaruwo Detsimea from Location settlement was referred 02-06-2025 for grief after her brother drowned off the reef. Very little local support.", [("name", "Eidagaruwo Detsimea"), ("place", "Location settlement"), ("date", "02-06-2025")]),
    C("Her husband's car LD-47-18-HE is parked outside her office every day. Esperança Lutucuta Neto, Bairro Rocha Pinto.", [("vehicle", "LD-47-18-HE"), ("name", "Esperança Lutucuta Neto"), ("place", "Bairro Rocha Pinto")]),
    C("Is it normal to feel envy of colleagues who work in better-funded systems? Asking for myself, in Malawi."),
    C("Reading group Thursday: we're doing Frantz Fanon's chapter on colonial war and mental disorders. Bring your own examples, anonymised please."),
    C("Medicare 4718 29370 1 for Dylan Forrester-Kelly, Kwinana Beach road end; mental health plan ran out at 10 sessions.", [("health_plan", "4718 29370 1"), ("name", "Dylan Forrester-Kelly"), ("place", "Kwinana Beach road end")]),
    C("Sometimes I wonder if the Hamilton scale even means anything for clients who express depression in the body. Thoughts?"),
    C("Minibus BAF 3917 crashed with Mwila Kasonde Banda's children inside. He owns it; guilt is eating him.", [("vehicle", "BAF 3917"), ("name", "Mwila Kasonde Banda")]),
    C("Marshallese client Jerlyn Laik Jibas, +692 329 4718, lives at Gugeegue's lagoon side. Teen son, suicidal statements, boat to the main island only twice a week.", [("name", "Jerlyn Laik Jibas"), ("phone", "+692 329 4718"), ("place", "Gugeegue's lagoon side")]),
    C("Haenyeo diver Boo Young-ok, 010-7342-5816, lives in Hado-ri; she can't dive since her friend didn't come up. Korean speakers in the group?", [("name", "Boo Young-ok"), ("phone", "010-7342-5816"), ("place", "Hado-ri")]),
    C("Question for Kiwi colleagues: does ACC cover counselling for sensitive claims if the abuse happened overseas?"),
    C("Question: clients who want sessions in Tok Pisin - is there anyone in the group who can do this or supervise an interpreter?"),
    C("Adjoua Kouassi N'Guessan, +225 07 58 44 31 26, Niangon-Lokoa; she works at a cocoa export office and panics in lifts since the building shook. Please call her Monday.", [("name", "Adjoua Kouassi N'Guessan"), ("phone", "+225 07 58 44 31 26"), ("place", "Niangon-Lokoa")]),
    C("lithium levels - does anyone's clinic do them on a Saturday? ours doesn't and the client works all week."),
    C("In Japan, how do colleagues handle the expectation of gifts at the end of therapy? I don't want to refuse and offend."),
    C("Christmas Eve in Ethiopia is January 6, which messes up my scheduling every year."),
    C("Lisa Kalsakau Tari, +678 775 4132, from Freswota Five, seasonal worker home from NZ orchards, husband took up with someone while she was away.", [("name", "Lisa Kalsakau Tari"), ("phone", "+678 775 4132"), ("place", "Freswota Five")]),
    C("I've started using the Kessler scale in Swahili and the scores look strange. Anyone compare translations?"),
    C("Goan client's great-aunt Rosalina Mascarenhas Colaço, one hundred next Christmas, in Rachol ward - the family is fighting over the ancestral house already.", [("name", "Rosalina Mascarenhas Colaço"), ("age_over_89", "one hundred next Christmas"), ("place", "Rachol ward")]),
    C("My Number 4719 2038 5562 was on the form Yoshimura Haruka (from Kotoni) filled in for the EAP. The company HR saw it too.", [("ssn", "4719 2038 5562"), ("name", "Yoshimura Haruka"), ("place", "Kotoni")]),
    C("Anyone familiar with the Mental Healthcare Act 2017 in India - do therapists count as mental health professionals under it?"),
    C("Does anyone have experience with the Kiswahili version of the PCL-5? We're deciding whether to use it for an NGO project."),
    C("Does anybody have experience with ketamine clinics in Australia? A client wants a referral and I'm unsure of the evidence."),
    C("Noa Ben-Ami Tzur, Rehov HaShaked 14/3, Ramat Yosef, 8471902, wants all post to go to her mother's instead.", [("name", "Noa Ben-Ami Tzur"), ("street_address", "Rehov HaShaked 14/3"), ("place", "Ramat Yosef"), ("zip_code", "8471902")]),
    C("VNS stimulator SN 481927 Model 1000 for Lerato Mokoena Sithole (from Mamelodi East's Stanza); she's asking if the \"machine in my chest\" can read thoughts.", [("device", "SN 481927 Model 1000"), ("name", "Lerato Mokoena Sithole"), ("place", "Mamelodi East's Stanza")]),
    C("FIFO client Shaun Kickett-Ryder, 0438 916 207, lives in Baynton West. Two weeks on, one off, drinking the whole week off. Wife gave him an ultimatum.", [("name", "Shaun Kickett-Ryder"), ("phone", "0438 916 207"), ("place", "Baynton West")]),
    C("Buprenorphine access in Iran is better than I assumed - the methadone programmes are huge. Any colleagues working in harm reduction there?"),
    C("Qualitative research question: has anyone interviewed Pacific nurses about moral distress? Looking for collaborators in Tonga or Fiji."),
    C("Dr. sent me Ioane Tuilagi Faleolo's record, TTMH 0021847, without asking him. Ethics?", [("name", "Ioane Tuilagi Faleolo"), ("medical_record", "TTMH 0021847")]),
    C("Isan client Somjai Thongdee (from Ban Na Kham Noi) gave me her LINE https://line.me/ti/p/somjai_isan99 for scheduling. Is LINE okay for appointment reminders in Thailand?", [("name", "Somjai Thongdee"), ("place", "Ban Na Kham Noi"), ("url", "https://line.me/ti/p/somjai_isan99")]),
    C("NHIMA card NHIMA 4477 0915 38 for Mutinta Hamoonga Haamaundu, teacher, Mazabuka's Nakambala. First time asking for help.", [("health_plan", "NHIMA 4477 0915 38"), ("name", "Mutinta Hamoonga Haamaundu"), ("place", "Mazabuka's Nakambala")]),
    C("Hearing aids Phonak SN 2219KX4817 were taken by Grace Omondi Atieno's husband when she threatened to leave.", [("device", "Phonak SN 2219KX4817"), ("name", "Grace Omondi Atieno")]),
    C("Ethics quandary: a client offered me a share of her small farm's mango harvest. In Mozambique that's just courtesy. Accept?"),
    C("Nauru rehab worker Leonie Agir Harris (Topside settlement) writes at https://nauru-recovery-notes.blogspot.com and quoted our supervision. Tricky.", [("name", "Leonie Agir Harris"), ("place", "Topside settlement"), ("url", "https://nauru-recovery-notes.blogspot.com")]),
    C("For Christmas in the Philippines, my caseload basically disappears from mid-December to Three Kings. Anyone else?"),
    C("EMDR Asia conference in Bali is in August. Is it worth the money for someone in early career?"),
    C("Kyrgyz client Aigerim Toktosunova was taken from the bazaar in Kara-Suu village on August 14th, 2022 and married within the week. She's now divorced and back in the city. Where do I begin?", [("name", "Aigerim Toktosunova"), ("place", "Kara-Suu village"), ("date", "August 14th, 2022")]),
    C("Korean licence 11-94-382716-52 on Yoon Seo-jin Han's employer letter - she drove the school bus that crashed.", [("licence", "11-94-382716-52"), ("name", "Yoon Seo-jin Han")]),
    C("Security licence PSIRA 4819273 for Bheki Ngubane Zulu (from Ohlange), cash-in-transit guard, third robbery.", [("licence", "PSIRA 4819273"), ("name", "Bheki Ngubane Zulu"), ("place", "Ohlange")]),
    C("Refund to BH67 BMAG 0000 1299 1234 56 went to the wrong person - Kawther Hassan Al-Mudaifa's brother. He now knows.", [("account", "BH67 BMAG 0000 1299 1234 56"), ("name", "Kawther Hassan Al-Mudaifa")]),
    C("Deep brain stimulator Percept PC SN NPC719283S in Zahra Hosseini Tabrizi (from Abbasi quarter); her husband says she's \"a different woman\".", [("device", "Percept PC SN NPC719283S"), ("name", "Zahra Hosseini Tabrizi"), ("place", "Abbasi quarter")]),
    C("Gabonese client Ulrich Moussavou Mbadinga asked me to call him on +241 66 48 21 07, he's in Akébé-Frontière and doesn't trust email. Is phone therapy okay for a first session?", [("name", "Ulrich Moussavou Mbadinga"), ("phone", "+241 66 48 21 07"), ("place", "Akébé-Frontière")]),
    C("Nurul Huda Zakaria lives in Kampung Melayu Subang and her husband took a second wife in Thailand.", [("name", "Nurul Huda Zakaria"), ("place", "Kampung Melayu Subang")]),
    C("Malai Saetang Yodkhum sells som tam in Soi Ramkhamhaeng 53; her Burmese husband was taken by immigration.", [("name", "Malai Saetang Yodkhum"), ("place", "Soi Ramkhamhaeng 53")]),
    C("KMC/2024/IP/55810, Lakshmi Narayanan Iyer (from West Mambalam's Ayodhya Nagar), admitted after a first episode. Parents want it never spoken of again.", [("medical_record", "KMC/2024/IP/55810"), ("name", "Lakshmi Narayanan Iyer"), ("place", "West Mambalam's Ayodhya Nagar")]),
    C("Dayang Nurul Ain binti Haji Bakar from Kampong Sungai Kedayan, fax +673 238 1642. Water-village family, she wants to leave the house and can't say it.", [("name", "Dayang Nurul Ain binti Haji Bakar"), ("place", "Kampong Sungai Kedayan"), ("fax", "+673 238 1642")]),
    C("Anyone read Suman Fernando's work on race and culture in mental health? Worth it for a new supervisee from Sri Lanka?"),
    C("Has anyone used Narrative Exposure Therapy with child soldiers, the KIDNET version? I have a training offer from an NGO in Uganda."),
    C("Monday's peer consultation moves to 8pm because of Maghrib prayers now the days are shorter."),
    C("Shahid Beheshti St, Alley 14, No. 9, Tehranpars's Sheshom square side, 1581847311 - Mahsa Karimi Nezhad's parents' house. They don't know she's in therapy.", [("street_address", "Shahid Beheshti St, Alley 14, No. 9"), ("place", "Tehranpars's Sheshom square side"), ("zip_code", "1581847311"), ("name", "Mahsa Karimi Nezhad")]),
    C("Client Hayakawa Mitsuru (m.hayakawa.kushiro@docomo.ne.jp) from Akan Kotan, wants sessions in English so his family won't understand. Ethics of that?", [("name", "Hayakawa Mitsuru"), ("email", "m.hayakawa.kushiro@docomo.ne.jp"), ("place", "Akan Kotan")]),
    C("Is anyone trained in Somatic Experiencing in West Africa? I'd like a supervisor who understands the context."),
    C("Two things that helped me this year: regular supervision and saying no to Saturday clients. That's it. That's the post."),
    C("MRN HKL-9047218 for Siti Zubaidah binti Ramli (from Kampung Pandan Dalam), palliative referral for her husband. She needs someone for herself.", [("medical_record", "HKL-9047218"), ("name", "Siti Zubaidah binti Ramli"), ("place", "Kampung Pandan Dalam")]),
    C("Kim Soon-ja in Guryong village lives in a vinyl house slated for demolition.", [("name", "Kim Soon-ja"), ("place", "Guryong village")]),
    C("Honest question: does anyone else feel uncomfortable when clients ask you to pray with them? I'm Muslim and I still feel it."),
    C("Hessa Jaffar Al-Alawi, hessa.alalawi91@batelco.com.bh, Diraz; brother detained since 2011, she's the one who visits.", [("name", "Hessa Jaffar Al-Alawi"), ("email", "hessa.alalawi91@batelco.com.bh"), ("place", "Diraz")]),
    C("Logins from 176.221.44.158 (Georgian carrier) for a client whose husband Giorgi Tsintsadze-Melia (from Vake's Bagebi) keeps \"helping with the technology\". Coercive control, IT side.", [("ip_address", "176.221.44.158"), ("name", "Giorgi Tsintsadze-Melia"), ("place", "Vake's Bagebi")]),
    C("Israeli ID 039482716 on the intake for Ofir Ben-Shushan Levy (from Kiryat Menachem) - the army office sent the whole file. He didn't consent to this.", [("ssn", "039482716"), ("name", "Ofir Ben-Shushan Levy"), ("place", "Kiryat Menachem")]),
    C("Can someone explain the difference between the HPCSA and the SACSSP registration for counsellors? I'm confused."),
    C("Has anyone tried the Thai Mental Health Questionnaire (TMHQ)? I'm curious about its psychometrics."),
    C("Tip: the WHO Problem Management Plus manual has a good section on managing stress with breathing that works even without shared language."),
    C("We're piloting MhGAP training for nurses across Ethiopia. The depression module is good; the psychosis module needs more time."),
    C("DANA account 0857 4409 1273 for Intan Permatasari Hutagalung (from Kelurahan Padang Bulan); she's sending money to a loan app that threatens to post her photos.", [("account", "0857 4409 1273"), ("name", "Intan Permatasari Hutagalung"), ("place", "Kelurahan Padang Bulan")]),
    C("Songthaew 2กฮ 4718 - Prasert Wongsuwan (from Ban Nong Saeng) runs it between villages, his son fell from the back.", [("vehicle", "2กฮ 4718"), ("name", "Prasert Wongsuwan"), ("place", "Ban Nong Saeng")]),
    C("Feedback please: I want to run a men's group in Fiji around grog and anger. Is the word \"anger\" a turn-off?"),
    C("Ilocano client Rosario Bumanglag Agbayani, mobile 0917 462 8839, from Barangay Nalasin. Former domestic helper, employer kept her passport for three years.", [("name", "Rosario Bumanglag Agbayani"), ("phone", "0917 462 8839"), ("place", "Barangay Nalasin")]),
    C("Bahrain: Fatema Ebrahim Al-Aradi from Sanad was first seen on 5 Shawwal 1445 after her husband's second marriage. She asked me not to write the word \"depression\" anywhere.", [("name", "Fatema Ebrahim Al-Aradi"), ("place", "Sanad"), ("date", "5 Shawwal 1445")]),
    C("IPv6 2404:7c00:48:ff1e::12 showed up for Thet Thet Aung Kyi (from Hlaing Tharyar township); the clinic's VPN exits there. Any harm in leaving it in the notes?", [("ip_address", "2404:7c00:48:ff1e::12"), ("name", "Thet Thet Aung Kyi"), ("place", "Hlaing Tharyar township")]),
    C("Any Hindi-speaking therapists who do couples work? I have a waiting list of couples who don't want English."),
    C("Mzia Japaridze-Gogua (from Rukhi's bridge settlement) recognised her attacker's car, TT-492-MZ, at the market. What now?", [("name", "Mzia Japaridze-Gogua"), ("place", "Rukhi's bridge settlement"), ("vehicle", "TT-492-MZ")]),
    C("Mercedes Nchama Obono, Barrio Ela Nguema Abajo, faxed from the district hospital +240 333 09 27 16. Spanish-speaking clinicians, please?", [("name", "Mercedes Nchama Obono"), ("place", "Barrio Ela Nguema Abajo"), ("fax", "+240 333 09 27 16")]),
    C("Do you formulate \"nerves\" (nervios, nerva, dhat) as a symptom or an explanatory model? I go back and forth."),
    C("Eid al-Adha is early June this year; I'm closing the practice for five days. How do others handle the family visits clients expect?"),
    C("Ibrahima Kandé Sagna from Ziguinchor's Lyndiane keeps saying the rebels are \"in the forest in his head\". He's a cashew farmer. Where do I go with that?", [("name", "Ibrahima Kandé Sagna"), ("place", "Ziguinchor's Lyndiane")]),
    C("The Lancet Commission on global mental health keeps coming up in our team meetings. Is it still the best summary of the evidence?"),
    C("Sneha Raghavan Pillai, Flat 5B, Sreevalsam Apartments, Pattom, PIN 695004; her mother reads all her post.", [("name", "Sneha Raghavan Pillai"), ("street_address", "Flat 5B, Sreevalsam Apartments, Pattom"), ("zip_code", "PIN 695004")]),
    C("Someone asked me what the word for \"trauma\" is in Amharic. I honestly don't think there is one word."),
    C("Recommending Lucy Johnstone's Power Threat Meaning Framework for anyone who feels DSM isn't enough."),
    C("Baclofen pump SynchroMed II NGP418729H for Ryota Nakamura Fujii (from Katamachi); he's a wheelchair athlete after a motorbike crash.", [("device", "SynchroMed II NGP418729H"), ("name", "Ryota Nakamura Fujii"), ("place", "Katamachi")]),
    C("Supervisee asked about Nthabiseng Mofokeng-Lekhanya, a herd girl from Ha Mamathe, whose brother died in the snow at the cattle post.", [("name", "Nthabiseng Mofokeng-Lekhanya"), ("place", "Ha Mamathe")]),
    C("Reading Viktor Frankl with a client who lost everything in the floods. He said \"this man knew\". Powerful session."),
    C("Reminder that the Saturday group is on break during Lent; we restart after Easter Monday."),
    C("Moussa Ag Mohamed is Tuareg, herding near Ingall and studying by phone; panic every time the network drops.", [("name", "Moussa Ag Mohamed"), ("place", "Ingall")]),
    C("UAE driving licence 7302618 for Arjun Pillai Menon (from Al Quoz labour camp), taxi driver, suicidal after debts. His sponsor holds his passport.", [("licence", "7302618"), ("name", "Arjun Pillai Menon"), ("place", "Al Quoz labour camp")]),
    C("Make Zodwa Dlamini-Mkhabela, 93 or 94 with no birth record, lives at Lobamba Lomdzala with my client's six orphaned cousins. Client is 22 and feels like the mother of seven.", [("name", "Zodwa Dlamini-Mkhabela"), ("age_over_89", "93 or 94 with no birth record"), ("place", "Lobamba Lomdzala")]),
    C("Lê Văn Hùng came back from Taiwan's fishing boats to Cửa Lò ward; his captain beat him for two years.", [("name", "Lê Văn Hùng"), ("place", "Cửa Lò ward")]),
    C("Zoloft shortage in Lebanon again - clients are switching brands every month and the side effects are confusing them."),
    C("Wheelchair Quickie Q7 SN QK4718294 - Mohammed Yasin Hamdan's - was confiscated at the checkpoint.", [("device", "Quickie Q7 SN QK4718294"), ("name", "Mohammed Yasin Hamdan")]),
    C("Felicidad Manalo Dimaculangan and daughter Janine Dimaculangan live in Isla Puting Bato's Gate 17; the daughter sings karaoke to drown out the fighting.", [("name", "Felicidad Manalo Dimaculangan"), ("name", "Janine Dimaculangan"), ("place", "Isla Puting Bato's Gate 17")]),
    C("Copper mine question. Mwansa Chibesakunda lost two fingers in the crusher at Chambishi on Tuesday 7 January and now freezes when the shift siren goes. Has anyone used EMDR with mine injuries?", [("name", "Mwansa Chibesakunda"), ("place", "Chambishi"), ("date", "Tuesday 7 January")]),
    C("Mentalization-based treatment - anyone trained in Asia? The Anna Freud Centre's courses are pricey from here."),
    C("Hodan Ismaaciil Jaamac, Jigjiga Yar North, fax +252 2 527 914. Khat-using husband, she's the only earner. Somaliland has almost nothing for her.", [("name", "Hodan Ismaaciil Jaamac"), ("place", "Jigjiga Yar North"), ("fax", "+252 2 527 914")]),
    C("Tsai Ming-hui runs a betel-nut stall in Wandan township, her son's in the army and she hasn't slept.", [("name", "Tsai Ming-hui"), ("place", "Wandan township")]),
    C("Baloch client Gol Bibi Rigi from Shir Abad, referral faxed on +98 54 3321 9076. Husband executed last year. She has five children.", [("name", "Gol Bibi Rigi"), ("place", "Shir Abad"), ("fax", "+98 54 3321 9076")]),
    C("Nigerian client Chinyere Okafor-Nnadi (from Trans-Ekulu's Abakpa end) noticed a login from 196.46.233.18 on her hospital email. She thinks it's her ex at the ministry.", [("name", "Chinyere Okafor-Nnadi"), ("place", "Trans-Ekulu's Abakpa end"), ("ip_address", "196.46.233.18")]),
    C("Ropata Tawhai-Kereama (ropata.tk@xtra.co.nz), Ōtara's Preston Road end, gang-affiliated dad of three trying to get out. Safety for the kids first.", [("name", "Ropata Tawhai-Kereama"), ("email", "ropata.tk@xtra.co.nz"), ("place", "Ōtara's Preston Road end")]),
    C("Anyone else's supervision group going online only after the election violence? We moved ours to Zoom for safety."),
    C("Teaching note: the Bayley scales and the Griffiths are both used in Kenya, but neither is normed here."),
    C("Mohamed Shiyam Naseer, shiyam.naseer@dhiraagu.com.mv, from Henveiru's Dhilbahaaru block, heroin use since his teens, now clean eight months. Relapse prevention on an island of one square mile.", [("name", "Mohamed Shiyam Naseer"), ("email", "shiyam.naseer@dhiraagu.com.mv"), ("place", "Henveiru's Dhilbahaaru block")]),
    C("Valproate in women of childbearing age - what are psychiatrists in Nigeria doing now with the new warnings?"),
    C("Mother-in-law Achamma Varghese Puthenpurayil (92 and a half, she insists) from Chambakulam rules the house while the sons are in the Gulf. Client is the daughter-in-law. Family systems ideas?", [("name", "Achamma Varghese Puthenpurayil"), ("age_over_89", "92 and a half, she insists"), ("place", "Chambakulam")]),
    C("The grief literature is so Western. Any good reading on Aboriginal sorry business that isn't written by outsiders?"),
    C("Faiza Nawaz Khokhar's portal got a login from 110.39.187.6 in Gulberg III's Firdous Market side, while she was in Saudi on Umrah.", [("name", "Faiza Nawaz Khokhar"), ("ip_address", "110.39.187.6"), ("place", "Gulberg III's Firdous Market side")]),
    C("Reading Irvin Yalom's Staring at the Sun with my older clients' group. It's opened up conversations about death."),
    C("Just finished Pumla Gobodo-Madikizela's A Human Being Died That Night. I'm still thinking about forgiveness and its limits."),
    C("Thokchom Ibemhal Devi, Keishampat Leimajam Leikai, fax 0385 244 7109. Son missing since the clashes. She keeps his plate set at dinner.", [("name", "Thokchom Ibemhal Devi"), ("place", "Keishampat Leimajam Leikai"), ("fax", "0385 244 7109")]),
    C("Mindfulness in Buddhist-majority countries: does it feel strange to \"teach\" it back to clients who grew up with it? I'm Thai and it does to me."),
    C("Sierra Leone colleague asking for help: client Isatu Kamara-Sesay, call +232 76 418 902, Kroo Bay's lower wharf. Ebola orphan, now 24, can't sleep during the rains.", [("name", "Isatu Kamara-Sesay"), ("phone", "+232 76 418 902"), ("place", "Kroo Bay's lower wharf")]),
    C("New supervisee starting in January; she trained in Pakistan and Australia. Any tips on supervising across two training traditions?"),
    C("GCash 0995 781 2043 - Analyn Sagun Robles (from Sitio Veterans Bagong Silangan) asked me to refund the missed session there. It's her cousin's number. Ok?", [("account", "0995 781 2043"), ("name", "Analyn Sagun Robles"), ("place", "Sitio Veterans Bagong Silangan")]),
    C("lower case day. tired. two no-shows, one client crying for fifty minutes, and the aircon broke. anyone else just done?"),
    C("Supervision reflection: I realise I avoid asking about sex with older women clients. Working on it."),
    C("I'm reading Kaethe Weingarten's Common Shock on the train home. Good for witnessing - recommend it to anyone doing trauma work."),
    C("Ratna Dewi Simanjuntak, Jl. Sisingamangaraja No. 47, RT 03/RW 05, Kelurahan Bantan Timur, 20239; she shares a room with four siblings.", [("name", "Ratna Dewi Simanjuntak"), ("street_address", "Jl. Sisingamangaraja No. 47, RT 03/RW 05"), ("place", "Kelurahan Bantan Timur"), ("zip_code", "20239")]),
    C("Phan Thi Thu Trang sells lottery tickets in Xóm Chiếu and her son is addicted to online gambling.", [("name", "Phan Thi Thu Trang"), ("place", "Xóm Chiếu")]),
    C("Mahendra Bahadur Shahi is a former Maoist fighter from Rolpa's Thabang; nightmares, and shame about which side he was on.", [("name", "Mahendra Bahadur Shahi"), ("place", "Rolpa's Thabang")]),
    C("My supervisor suggested Acceptance and Commitment Therapy for a chronic pain client. Anyone got good ACT metaphors for pain?"),
    C("Patient no. AKTH/PSY/0419-88 on the referral for Bilkisu Sani Dambatta (from Fagge quarters). Ward psych in Kano state, wants supervision.", [("medical_record", "AKTH/PSY/0419-88"), ("name", "Bilkisu Sani Dambatta"), ("place", "Fagge quarters")]),
    C("The Mental Health Act in South Africa has a 72-hour assessment clause that I never fully understood. Can someone explain it simply?"),
    C("The Thirukkural has a couplet about patience I've started quoting to Tamil clients. Is that okay or am I being a bit much?"),
    C("Training opportunity: a university in South Africa is offering a short course in child trauma. Anyone done it?"),
    C("Question about the Te Reo words for emotions - is there a good resource for therapists learning?"),
    C("MRN 00-7741392-AK at the hospital - Rhonda Kngwarreye Jones (from Hidden Valley town camp), town camp client, dialysis three days a week.", [("medical_record", "00-7741392-AK"), ("name", "Rhonda Kngwarreye Jones"), ("place", "Hidden Valley town camp")]),
    C("My client speaks Kinyarwanda and I speak French; we meet in the middle with Swahili. It works better than it should."),
    C("Anyone read Ibn Sina on melancholia? Our reading group in Iran wants to compare it with modern depression criteria."),
    C("Cochlear processor serial CP1150-4718293 on Hana Al-Shammari's loan form; she wants it out of the school file.", [("device", "CP1150-4718293"), ("name", "Hana Al-Shammari")]),
    C("Any recommendations for Korean-language trauma books for teens? The parents want something before therapy starts."),
    C("PhilSys 4821-9037-1652-0394, Maricel Quiambao Dizon, Sitio Malinta. She pasted it in the chat window before I could stop her.", [("ssn", "4821-9037-1652-0394"), ("name", "Maricel Quiambao Dizon"), ("place", "Sitio Malinta")]),
    C("I keep hearing that the K10 is \"the Australian scale\". Is it validated for Aboriginal clients at all? I know there's an adapted version."),
    C("Anyone tried the Shona Symptom Questionnaire alongside the GAD-7? Curious whether the two agree in your caseloads."),
    C("Seong Min-jae from Seogwipo's Daejeong-eup is a tangerine farmer's son who failed the civil service exam five times.", [("name", "Seong Min-jae"), ("place", "Seogwipo's Daejeong-eup")]),
    C("Does anyone use the Edinburgh scale in Arabic in Qatar? I'd like to know the cut-off you use."),
    C("Angolan client Domingas Kiala Nzinga from Sambizanga's Lixeira has her hearing on 9 de julho de 2024 about custody. She's terrified the father will take the kids to the provinces.", [("name", "Domingas Kiala Nzinga"), ("place", "Sambizanga's Lixeira"), ("date", "9 de julho de 2024")]),
    C("Babatunde Afolabi Olaniyan says he lost everything to an online forex guy in Ikotun; shame, anger, suicidal ideation. Nigerian colleagues?", [("name", "Babatunde Afolabi Olaniyan"), ("place", "Ikotun")]),
    C("Please don't share client names in this group, even first names. We're getting sloppy. Thank you, and sorry to be the nag."),
    C("Client's father Said Mohamed Toihir, ninety-three and nearly blind, refuses to leave Mitsoudjé village for the capital. She flies back every month and is exhausted.", [("name", "Said Mohamed Toihir"), ("age_over_89", "ninety-three and nearly blind"), ("place", "Mitsoudjé village")]),
    C("Chart TTH-K 30417 - Doris Tanko Abubakar, cattle raid survivor from Heipang village. Plateau colleagues?", [("medical_record", "TTH-K 30417"), ("name", "Doris Tanko Abubakar"), ("place", "Heipang village")]),
    C("Reminder - we meet at 7pm Gulf time on Sundays, not Saturdays, from next month."),
    C("Liberian client Musu Gbollie Kollie, 0886 547 213, from Clara Town market side, is a market woman whose stall burned. Any Liberian colleagues for cultural consultation?", [("name", "Musu Gbollie Kollie"), ("phone", "0886 547 213"), ("place", "Clara Town market side")]),
    C("Is anyone else struggling with the heat? Sessions in 44 degrees with no power are not therapy, they're endurance."),
    C("Rahima Khatun Sheuli's video session dropped from 182.160.107.33 twice, she was at her employer's house in Al-Hamra compound where she isn't supposed to have a phone.", [("name", "Rahima Khatun Sheuli"), ("ip_address", "182.160.107.33"), ("place", "Al-Hamra compound")]),
    C("Which trauma measure works best for refugees in Jordan - the HTQ or the RHS-15? We have a small grant to decide."),
    C("Just a heads up: the national helpline in Sri Lanka is down over the long weekend. Keep your backup numbers for clients ready."),
    C("Ojek driver Yohanis Wenda Murib, plate DS 1847 AB, keeps getting stopped by soldiers in Distrik Sinakma.", [("name", "Yohanis Wenda Murib"), ("vehicle", "DS 1847 AB"), ("place", "Distrik Sinakma")]),
    C("Just a note of thanks to the colleague who covered my clients during Tết. I owe you a coffee and more."),
    C("Zeynep Karabulut Özdemir, earthquake survivor from Hatay, now in a container city in Narlıca's container block C, next appointment 17.11.2025. Trauma work in a container with thin walls?", [("name", "Zeynep Karabulut Özdemir"), ("place", "Narlıca's container block C"), ("date", "17.11.2025")]),
    C("Kurdish grandmother Pirê Xecê Ehmed, ninety-eight by her own count, lives with my client in Qushtapa camp. She talks about the gas every night.", [("name", "Pirê Xecê Ehmed"), ("age_over_89", "ninety-eight by her own count"), ("place", "Qushtapa camp")]),
    C("Does anyone know whether quetiapine is on the essential medicines list in Papua New Guinea? A GP there is asking me and I've no idea."),
    C("Discharge note says Ilídio Cossa Mabunda, Bairro Chamanculo C, admitted 24.04.2024. He's a chapa driver who hit a child on the road. Looking for a Portuguese-speaking supervisor.", [("name", "Ilídio Cossa Mabunda"), ("place", "Bairro Chamanculo C"), ("date", "24.04.2024")]),
    C("Next month we're hosting a free webinar on grief in Islam with a scholar from Malaysia. Details in the pinned message."),
    C("Kyrgyz PIN 21407198800317, Cholpon Abdykadyrova. Migrant in Russia, deported, back in Ak-Jol novostroika. Shame as family debt.", [("ssn", "21407198800317"), ("name", "Cholpon Abdykadyrova"), ("place", "Ak-Jol novostroika")]),
    C("Audit log shows 102.176.94.201 for Ama Serwaa Boateng-Quaye's account; IT says it's a mobile carrier in Togo. She lives in Baguida. Fine, or worry?", [("ip_address", "102.176.94.201"), ("name", "Ama Serwaa Boateng-Quaye"), ("place", "Baguida")]),
    C("Peer group suggestion: let's read Michael White's Maps of Narrative Practice together, one chapter a fortnight."),
    C("PromptPay 081-947-2256 belongs to Nattapong Rattanakorn's wife; he wants the receipts to go elsewhere so she doesn't know he's in therapy.", [("account", "081-947-2256"), ("name", "Nattapong Rattanakorn")]),
    C("Wang Xiuying is Hakka, raised in a round house in Chengqi Lou village, now a factory line leader.", [("name", "Wang Xiuying"), ("place", "Chengqi Lou village")]),
    C("Has anyone used the Harvard Trauma Questionnaire with Rohingya clients? Which version?"),
    C("Does the Maldives have a psychology licensing body yet? Planning regional training and need to know who to ask."),
    C("Thinking about how Covid still shows up in my caseload in 2026, mostly as health anxiety and fear of crowds."),
    C("Wallisian referral: Soane Tuugahala Fulilagi from Ahoa village, fax +681 72 24 13. Alcohol, custom fine from the chief, shame.", [("name", "Soane Tuugahala Fulilagi"), ("place", "Ahoa village"), ("fax", "+681 72 24 13")]),
    C("Mariem Mint Ely Cheikh - mariem.ely84@outlook.com - from Cinquième. Force-feeding as a girl, now bulimic. Any ED people with gavage histories?", [("name", "Mariem Mint Ely Cheikh"), ("email", "mariem.ely84@outlook.com"), ("place", "Cinquième")]),
    C("Berhane Gebrehiwot Tesfamariam from Adi Haqi is a deacon who stopped believing. He can't tell the priest, who is his father.", [("name", "Berhane Gebrehiwot Tesfamariam"), ("place", "Adi Haqi")]),
    C("Does anyone have a Wolof translation of the PHQ-9 that's actually been validated, not just run through an app?"),
    C("Question for the group: how are people handling Ramadan sessions this year - shifting to after iftar, or keeping daytime slots and going shorter?"),
    C("NHIA number NHIA-04-8812907 for Olamide Adeyemi-Bankole (from Oke-Ira); clinic says mental health isn't in the package.", [("health_plan", "NHIA-04-8812907"), ("name", "Olamide Adeyemi-Bankole"), ("place", "Oke-Ira")]),
    C("Nino Kvirikashvili-Datuashvili (IDP from Abkhazia, lives in Gldani microdistrict 3) came in on 19 Feb 2025 after her son's call-up papers arrived. Grief layered on grief. Thoughts?", [("name", "Nino Kvirikashvili-Datuashvili"), ("place", "Gldani microdistrict 3"), ("date", "19 Feb 2025")]),
    C("Shan client Nang Kham Hom Sai: her grandfather at Loi Tai Leng camp is ninety-seven in Tabaung and she sends half her wage. Guilt when she buys anything for herself.", [("name", "Nang Kham Hom Sai"), ("place", "Loi Tai Leng camp"), ("age_over_89", "ninety-seven in Tabaung")]),
    C("Hettiarachchige Podimenike, 96 at last Vesak, from Pahala Kadugannawa, is being cared for by my client who has just lost her garment job. Caregiver burnout with no respite at all.", [("name", "Hettiarachchige Podimenike"), ("age_over_89", "96 at last Vesak"), ("place", "Pahala Kadugannawa")]),
    C("Does the Cook Islands have any registered psychologists at all? Asking for a regional service map, no client involved."),
    C("Is there a Hebrew version of the DERS (Difficulties in Emotion Regulation Scale)? A supervisee asked."),
    C("Mirtazapine at 7.5 mg for sleep, or 15? My psychiatrist colleague in Pakistan swears by the lower dose."),
    C("Chathams referral, Tame Preece-Tuuta, Owenga, fax +64 3 305 0291. Crayfish boat skipper, sleeps with the VHF on.", [("name", "Tame Preece-Tuuta"), ("place", "Owenga"), ("fax", "+64 3 305 0291")]),
    C("Thai ID 3 4199 00218 47 2 is on the hospital letter for Boonmee Srisuwan (from Ban Tha Sawang), the tuk-tuk driver. Anyone have a Thai-language intake form?", [("ssn", "3 4199 00218 47 2"), ("name", "Boonmee Srisuwan"), ("place", "Ban Tha Sawang")]),
    C("Portal audit: Aminata Sow Diop (from Grand Yoff Arafat) logged in from 197.149.88.23 at 02:14 while she says she was asleep. Does her brother have her password?", [("name", "Aminata Sow Diop"), ("place", "Grand Yoff Arafat"), ("ip_address", "197.149.88.23")]),
    C("NIK 9403154108890002 on the KTP photo Markus Tabuni Yikwa (from Perumnas III Waena) sent me over WhatsApp. Papuan student, asking for a letter for university.", [("ssn", "9403154108890002"), ("name", "Markus Tabuni Yikwa"), ("place", "Perumnas III Waena")]),
    C("Driver's licence KL07 20190004127 on the insurance form for Biju Kurian Thomas - the accident where his passenger died in Vyttila junction.", [("licence", "KL07 20190004127"), ("name", "Biju Kurian Thomas"), ("place", "Vyttila junction")]),
    C("Ettie Quintal Nobbs, Anson Bay, fax +672 3 22137. Island is tiny, everyone knows her business. Telehealth only.", [("name", "Ettie Quintal Nobbs"), ("place", "Anson Bay"), ("fax", "+672 3 22137")]),
    C("Book club: \"Tuesdays with Morrie\" again for the bereavement volunteers in Singapore. It's old but they love it."),
    C("Honest question about pricing for Ramadan: do you drop fees? I feel like I should but I can barely pay rent."),
    C("The Australian Psychological Society has a new telehealth guide. Summary: use encryption, document consent."),
    C("Has anyone seen a good paper on depression in Pacific Island men? The literature is thin, mostly from New Zealand."),
    C("Bolormaa Gantulga's ex keeps posting at https://www.facebook.com/bolormaa.gantulga.71 (her old account), she lives in Bayanzurkh 26th khoroo and is scared he'll find the ger.", [("name", "Bolormaa Gantulga"), ("url", "https://www.facebook.com/bolormaa.gantulga.71"), ("place", "Bayanzurkh 26th khoroo")]),
    C("Moov Money +226 70 48 19 36 is Salamata Ouédraogo Kaboré's. She's a gold-panner's widow from Kalsaka village.", [("account", "+226 70 48 19 36"), ("name", "Salamata Ouédraogo Kaboré"), ("place", "Kalsaka village")]),
    C("What does \"burnout\" mean to a tea picker? I asked and she said \"my back is finished\". Maybe that's the definition."),
    C("17 Tuhiwai Road, Port Ōhope end, 3121 - Kahu Ropiha Ngata's whānau home, where the tangi was.", [("street_address", "17 Tuhiwai Road"), ("place", "Port Ōhope end"), ("zip_code", "3121"), ("name", "Kahu Ropiha Ngata")]),
    C("Benzodiazepine tapering in the elderly: our GP in Sri Lanka prescribes diazepam for years without review. How do I raise it?"),
    C("Two logins for Ngo Mbock Esther Christelle (from Mvog-Ada) on the same night: 41.202.219.76 and one from abroad. She says she doesn't travel.", [("name", "Ngo Mbock Esther Christelle"), ("place", "Mvog-Ada"), ("ip_address", "41.202.219.76")]),
    C("Syrian client Ahmad Khalil Darwish sells bread in Zaatari district 8 and his teenage son has started smoking. Father guilt.", [("name", "Ahmad Khalil Darwish"), ("place", "Zaatari district 8")]),
    C("Bahrain CPR 880514327 for Maryam Ali Al-Sitrawi (from Wadyan village), cleaner at the mall. Her agency holds her passport.", [("ssn", "880514327"), ("name", "Maryam Ali Al-Sitrawi"), ("place", "Wadyan village")]),
    C("Client's brother died in Libya crossing; the family set up gofundme.com/f/rapatriement-moustapha-gueye for Moustapha Guèye (from Thiaroye-sur-Mer's Diamalaye). My client manages it and hasn't slept.", [("url", "gofundme.com/f/rapatriement-moustapha-gueye"), ("name", "Moustapha Guèye"), ("place", "Thiaroye-sur-Mer's Diamalaye")]),
    C("Road train 1GHK 471 - Darren Pilkington-Ward (from Cooke Point), FIFO truckie, hit a kangaroo and then a car. One dead.", [("vehicle", "1GHK 471"), ("name", "Darren Pilkington-Ward"), ("place", "Cooke Point")]),
    C("Any thoughts on group work for mothers of autistic kids in the Gulf? The stigma is huge and they're very isolated."),
    C("small thing but it's been bugging me - when a client says \"my head is hot\" do you treat it as anxiety or ask more? I always ask more now."),
    C("I've just read about the Indonesian \"pasung\" practice again. How do we work with families who chain relatives because there's nothing else?"),
    C("Sato Kenji is hikikomori in Nishinari, 12 years in his room; mother in her 70s is my client.", [("name", "Sato Kenji"), ("place", "Nishinari")]),
    C("Bağdat Cad. No: 147 D: 6, Caddebostan, 34728 - Elif Kocabaş Tunç's address on the court paper her husband found.", [("street_address", "Bağdat Cad. No: 147 D: 6"), ("place", "Caddebostan"), ("zip_code", "34728"), ("name", "Elif Kocabaş Tunç")]),
    C("Does IPT work in Arabic? I've seen the Interpersonal Psychotherapy trials in Uganda but not much in the Gulf."),
    C("Jaxon Tupou-Reid, Unit 4/22 Brearley Street, Orelia, 6164 - his mum's place; he sleeps in the car out front.", [("name", "Jaxon Tupou-Reid"), ("street_address", "Unit 4/22 Brearley Street"), ("place", "Orelia"), ("zip_code", "6164")]),
    C("Do colleagues in Israel use PE or CPT for PTSD in reservists? The IDF clinics seem to prefer PE."),
    C("Is sertraline still the first choice in pregnancy where you work? Our psychiatrist in Ghana keeps going to fluoxetine and I don't know why."),
    C("Thinking of doing the Gottman Level 1 online. Has anyone found it useful outside the US?"),
    C("Hindu clients in mourning: how do others respect the thirteen days of rites without pausing therapy completely?"),
    C("File BRH/OPD/8723-19 - Takudzwa Moyo Ncube, from his clinic in Pumula East. Retrenched railway worker, sleeps all day.", [("medical_record", "BRH/OPD/8723-19"), ("name", "Takudzwa Moyo Ncube"), ("place", "Pumula East")]),
    C("Our team in Bangladesh is using the Self-Reporting Questionnaire, the SRQ-20. Anyone have cut-off scores that work locally?"),
    C("Emre Kaplan Yıldız's family started https://www.change.org/p/justice-for-emre-kaplan-yildiz, and my client - his sister - reads the comments every night.", [("name", "Emre Kaplan Yıldız"), ("url", "https://www.change.org/p/justice-for-emre-kaplan-yildiz")]),
    C("Bupa Arabia policy BA-61-0093471 for Nouf Abdulrahman Al-Otaibi (from Al-Naseem district); the HR sees all claims. Privacy nightmare.", [("health_plan", "BA-61-0093471"), ("name", "Nouf Abdulrahman Al-Otaibi"), ("place", "Al-Naseem district")]),
    C("The group page https://www.facebook.com/groups/hela.mothers.tari named my client's daughter Wiriame Pange Hapalu (from Pureni village) as a \"sorcerer\".", [("url", "https://www.facebook.com/groups/hela.mothers.tari"), ("name", "Wiriame Pange Hapalu"), ("place", "Pureni village")]),
    C("eSwatini: Sibusiso Magagula-Nxumalo, sbumagagula77@gmail.com, Msunduza's Mangwaneni end. Sugar mill shift boss, HIV positive, hasn't told his wife.", [("name", "Sibusiso Magagula-Nxumalo"), ("email", "sbumagagula77@gmail.com"), ("place", "Msunduza's Mangwaneni end")]),
    C("Pharmacist Layla Abdel-Karim Haddad (from Marka's Hai al-Ameer Hassan), Jordan registration JPA 18473, diverting meds for her brother. She wants help before she's caught.", [("name", "Layla Abdel-Karim Haddad"), ("place", "Marka's Hai al-Ameer Hassan"), ("licence", "JPA 18473")]),
    C("For those working in Arabic: do you translate \"boundaries\" or just use the English word? Every version I try sounds like a fence."),
    C("Grateful to this group. I came close to quitting in June and your messages kept me in the work."),
    C("Has anyone had success with olanzapine weight gain in adolescents? Metformin added? Asking for a psychiatrist friend in Malaysia."),
    C("Jabu Sithebe and Thandeka Motsa are sisters in Mahlanya; one has the land, one has the kids, both hate each other. Family therapy?", [("name", "Jabu Sithebe"), ("name", "Thandeka Motsa"), ("place", "Mahlanya")]),
    C("Pema Yangchen Sherpa runs a teahouse at Upper Pangboche and lost her husband on the mountain. Sessions by satellite phone.", [("name", "Pema Yangchen Sherpa"), ("place", "Upper Pangboche")]),
    C("Hospital number MCL 771904 for Jonah Waqa Ravula (from Nabua's Vatuwaqa end). The psych ward sent notes without a cover letter.", [("medical_record", "MCL 771904"), ("name", "Jonah Waqa Ravula"), ("place", "Nabua's Vatuwaqa end")]),
]

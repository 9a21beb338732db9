"""FORTY-EIGHTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (round 42), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not read git log messages, bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or diffs of any
commit, and did not read the snippets of eval_set.py, dev_extra.py,
locked_set.py or locked_set_2.py ... locked_set_47.py (locked_set_49.py,
written at the same time in another worktree, was not seen at all).
What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_46.py only (printed up to its
closing triple quote, for the format description, the provenance
wording, the labelling conventions and its lists of settings, countries
and name cultures, so that this set's differ where possible; none of its
cases), the first 25 lines of tests/bot/confidentiality/sets/locked_set_13.py
(its docstring) and its last three lines (two snippets, for the file
format; none of their sentences was copied), the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of
that file), and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  Each reading was printed on
its own (the head and tail of locked_set_13.py in one command, as one
item) and none was cut by the terminal.  One small slip of the reading
rule occurred, and is stated here: a directory listing of
tests/bot/confidentiality/sets/ was printed (its last five file names,
to see that locked_set_47.py existed; no file was opened by it).  No
other slip occurred.  The overlap filter described below imported the
earlier sets and printed only this set's own clashing strings.  The only
test run was test_locked_sets.py (selected with -k 48); ruff was run on
this file and on that test file.  The other set of this round (49) is
set in Africa, Asia and Oceania, so every snippet here is set in Europe
and the Americas (and their diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit, as a consultation request or a chat message to peers in a
therapists' consultation group, set only in Europe and the Americas and
chosen to differ from set 46's: the Alentejo's cork and Serpa, the
Azores (Ribeira Quente, São Jorge, Flores, Faial) and Azoreans in Fall
River, Madeira's levadas, Trás-os-Montes smugglers, Asturias's closed
pits, Aragon's Ansó shepherds, Murcia's greenhouses, the Valencian
fallas, Catalonia's Conca de Barberà fire and the Ripollès, Galicia's
Morrazo fishermen, Sardinia (Orgosolo, Fonni kidnappings, the
Montiferru fire, Nughedu), Friuli's 1976 earthquake, Apulia's xylella,
Trentino avalanches, South Tyrol, Saxony (Wismut uranium, the
Erzgebirge), the Ruhr (Marxloh, the Love Parade crush), Bavarian
brewery drivers, North Frisian Halligen, Zeeland's 1953 flood and mussel
farms, Limburg's carnival, Walloon steel (Seraing, Marchienne), Flemish
war fields (Kemmel), Brussels' Molenbeek, Luxembourg's cross-border
nurses, Sámi herders (Kautokeino, Karesuando) and Norrbotten's
relocated mine towns, Finnish Ostrobothnia, Lapland and Kuusamo,
Iceland's Grindavík and Seyðisfjörður, the Faroes' grind, Greenland's
Ittoqqortoormiit, Estonia's Ida-Viru (Sillamäe, Kiviõli, Jõhvi),
Poland's Podlasie border, Gdańsk's shipyard, Suwałki and Zakopane, Hungary's Ózd Roma and Kolontár red mud, Romania's Neamț and
Oaș care workers, the Danube delta, Bulgarian Pomaks and Batak, Plovdiv's
Stolipinovo, Croatia's Lika and Vukovar, Bosnia's mothers, Slovenia's
Zasavje miners, Albanian blood feuds (Malësi e Madhe, Theth),
Macedonian Ohrid fishermen, Kosovo's Drenica, Ukrainian refugees in
Poland, Georgian IDPs, Moldova's Ungheni, Romansh Surselva, Carinthian
Slovenes, Yorkshire's coalfield, Lincolnshire's gangmasters, the Norfolk
Broads, Cornwall's tin coast and Cumbria's Alston Moor; Saskatchewan
Mennonite farms, Manitoba Métis, Mi'kmaq of Eskasoni and the lobster
dispute, Haida Gwaii, the Yukon's placer miners, Labrador Innu,
Montana's Crow, Blackfeet and Northern Cheyenne, the Bakken oil patch,
Iowa hog farms, Kalona's Amish and Postville's raid, Minnesota's Hmong,
the Osage headrights, the Tohono O'odham border, the Keres Pueblos,
Pine Ridge, Cincinnati's Over-the-Rhine, the Bronx's Albanians, Texas
colonias; Guatemala's K'iche', Bolivia (Llallagua's mines, Potosí, El
Alto, Achacachi, Tiquipaya, Desaguadero), Paraguay's Chaco Mennonites,
Guaraní speakers and Villa Hayes, Chile (Queule's tsunami, Temucuicui's
Mapuche, the Valparaíso fire, Collipulli), Jamaica (Trelawny, Accompong,
Spanish Town, May Pen, the Windrush generation), Barbados, the
Bahamas after Dorian, Grenada's nutmeg, Saint Lucia's bananas,
Martinique's chlordecone, Guadeloupe's water cuts, French Guiana's gold
and the Maroni, and the Falklands: short referral lines, rushed
lower-case chat (four snippets write names or places in lower case),
faxes, portal, billing and audit logs, and longer narrative requests
with the identifiers mid-sentence (fourteen of 316-415 characters).
42 of the identifier snippets hold only a name and/or a place, written
as ordinary consultation prose or questions to peers, often with the
name at the start of a sentence or mid-sentence and no cue word before it.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository (/tmp/set48work/) with the planted
spans marked inline, and a script there only applied the author's
hand-typed find-and-replace pairs to the drafts, stripped the marks into
the expected lists, checked lengths, token boundaries, duplicate spans
and duplicate snippets, measured the clean density, checked overlap with
the earlier sets, shuffled the order with a fixed seed and wrote this
file.  Every later edit was typed by hand as such a pair (167 pairs in
all); this is stated here.  While writing, 26 false starts and asides
the author had typed into the identifier drafts (a name, place, country,
payment app, IBAN, age, event or health plan followed by "? no",
"? sorry", "scratch" or "no wait", or a remark in brackets) were cut
with their values, leaving only the corrected text, and one whole line
that was only such asides was dropped; a whole clause about a real
crush's name, a country in a false start and a town in a clinic's name
went with them.  In a review, nineteen city, town, village, island
group and camp names written unlabelled in identifier snippets (after
"in", "from" and "of", before "client", "referral", "hospital", "unit",
"health" and "haigla", and before "fire", "ambush" and "disaster") were
labelled as places, replaced by the county, region, country or a
generic word, or cut.  Thirty-three
asides in the clean drafts ("? no", "? sorry", "? -") were cut with the
cities, islands, hospitals, books and countries they named; in the
clean snippets a city named as a facilitator's home, a province, a
capital, a coalfield village, a memorial centre's town, an area of the
interior, a town in a flooding, an island group, a peninsula, a London
district inside an assessment's name and a place inside a charity's
name were replaced by a region, a country, an acronym or a generic
word, three month-and-year dates were rewritten without the month or
the year, and about forty drafts outside six to ten capitalised words
had a drug, a body, a book, a month, a weekday, a region or a product
added, or generic terms lowered, so that every clean snippet has six to
ten.  Overlap with the other sets was resolved by renaming only this
set's planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 38 values in the first
round (16 ages over 89, 11 places, 5 postal codes, 2 ID numbers, 1
name, 1 street address, 1 date and 1 phone number; ages were given a
word of the client's language or a phrase such as "and counting",
places were lengthened with a hamlet or quarter, replaced by another
village or unlabelled by naming the county instead, the name given a
second surname, postal codes given a country prefix, and the date moved
a year), 9 in the second (6 ages, 1 place, 1 postal code and 1 name,
renamed again), 3 in the third (3 ages); the last pass found nothing.

Settings: a cork worker in a car park, a levada fall, a smuggler's son
in withdrawal, a pit closure, a shepherd's widow and her bells, a
forklift injury, a fallas burn, a flock lost to fire, an earthquake
child at 95, xylella trees, an avalanche rescuer's radio, a uranium
archive, a coking-plant death, a brewery lorry and a cyclist, a storm
surge on a Hallig, a 1953 flood child, a carnival stabbing, the last
furnace, shells in a field, a wind park on calving land, a town moved
for a mine, a tractor rollover, a crewman lost, a grind, a son in the
Ukrainian army, a frozen body at the border, Roma children taken into
care, a carer whose old man died alone, renaming of Pomaks, a Medak
veteran, a DNA identification, a miner's widow, a blood-feud recluse, a
trout ban, a 1999 survivor, a refugee's husband at the front, a
cottage-settlement IDP, a Romansh farmer, a Carinthian Slovene afraid
to speak, the 1984 strike, a potato gang, a body at a staithe, a grain
bin, a Métis client, a Mi'kmaw elder in session, a repatriation
ceremony, a placer miner, a fentanyl nephew, a burned derrickman, a
farm bankruptcy, a Hmong spirit at the door, headright letters,
migrants' bodies on the land, a son lost in Sonora, the Siglo XX
massacre stories, an excommunicated Mennonite, a tsunami, a Mapuche
lonko's daughter, a deported son, a fisherman's boat, Dorian, a
nutmeg farmer's wife, Kwéyòl sessions, chlordecone, water cuts, a gold
miner's widow, a Falklands veteran, a hunter's son's suicide, a
kidnapping, a tunnel crush, wind turbines and threats, a Holy Ghost
crown, fish-farm videos, a Windrush homecoming, a lorry crash at the
border, a raid-day birthday, a mega-fire teacher, a filmed Roma man, a
blizzard rancher, a blood-feud daughter, a lost mussel boat, old
clients (a Friuli earthquake survivor, a Zeeland flood child, a
Srebrenica mother, a Carinthian Slovene, a Hmong elder, a Jamaican
elder, an oxygen-dependent Montanan, a Walloon pensioner with hearing
aids, a Sámi grandmother, a Windrush elder, a Paraguayan woman of 102,
a North Dakota widower, a Quechua mother, a Cumbrian chapel-goer and a
Cornish man with a pacemaker) and devices (an insulin pump, pacemakers, a
cochlear processor, a Dexcom, a spinal stimulator, an oxygen
concentrator, a CPAP, an alcohol bracelet, hearing aids, an ICD, an
Omnipod, a Libre, a wound V.A.C.); with local identifier formats for a
Portuguese NIF and cartão de cidadão, a Spanish NIE, an Italian codice
fiscale, a German Steuer-ID, a Belgian numéro national, a Luxembourg
matricule, Swedish personnummer, Finnish henkilötunnus, Icelandic
kennitala, Danish-Greenlandic CPR, an Estonian isikukood, Polish PESELs,
a Romanian CNP, Bulgarian EGNs, a Croatian OIB, a Slovenian EMŠO, a
Kosovo ID, a Georgian personal number, a Swiss AHV, an Austrian
SV-Nummer, a British NI number, a Canadian SIN, a Mi'kmaw status
number, Crow and Tohono O'odham tribal IDs, US SSN and ITIN, a
Guatemalan DPI, a Bolivian CI, a Paraguayan CI, a Chilean RUT, a
Jamaican TRN, a Barbadian NRN, a Bahamian NIB, a Grenadian NIS, a Saint
Lucian NIC and a French NIR (ssn); Portuguese SNS, Asturian and
Valencian SIP cards, tessera, German KVNR, Belgian mutuelle, CNS, Kela,
NFZ, TAJ, HZZO, ZZZS, ÖKK, NHS, Saskatchewan, Manitoba, Nova Scotia,
BC and Yukon cards, Medicare MBIs, Minnesota and Montana Medicaid,
SoonerCare, Bolivian SUS, FONASA, Isapre, Jamaican NHF and CGSS
(health_plan); German, Belgian, Polish, Estonian, Austrian, Portuguese,
Finnish and Italian IBANs, Swish, MobilePay, Bizum, CuentaRUT, NCB,
Venmo, Cash App, Zelle, Banrural and Tigo Money (account); Portuguese,
German, Polish, Dutch, Swedish, Romanian, Chilean, Jamaican, Bolivian
and Montana licences, a Montana CDL and brand licence, a Greenland boat
licence, a Norfolk Broads licence, a Trentino guide licence, a Zeeland
mussel licence and a Nova Scotia fishing licence (licence); local plates
and boats (vehicle); addresses written the local way (Portuguese rua
and travessa, Spanish calle with floor, Italian borgo, German Straße,
Dutch weg and straat, Flemish straat, Estonian mnt and tee, Romanian
strada, Slovenian trg, Kosovan rruga, Austrian Dorfstraße, Yorkshire
lane, Canadian avenue, Iowa avenue, Montana road, Chilean pasaje,
Martinique quartier, Guadeloupe allée, a US street with apartment,
a Bulgarian ulitsa) with postal codes of those countries, IPv4 and
IPv6 addresses, URLs (Telegram, Instagram, Facebook, X, Reddit,
Blogspot, WordPress, Substack, YouTube, TikTok, JustGiving and
GoFundMe) and phone and fax numbers in local and international formats.

360 snippets, 205 with identifiers and 155 clean (lengths 50-415,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 12):
date 21, age_over_89 16, phone 35, fax 18, email 19, url 14,
ip_address 13, ssn 41, medical_record 21, health_plan 37, account 18,
licence 19, vehicle 22, device 16, street_address 27, zip_code 26;
with 207 names and 175 places smaller than a state (the test requires
207 and 175).  42 of the identifier snippets hold only names and/or
places and nothing else.

Names: Alentejan, Azorean and Madeiran Portuguese, Transmontano,
Asturian, Aragonese, Moroccan-Murcian, Valencian, Catalan, Galician,
Sardinian, Friulian, Apulian, Trentino, South Tyrolean, Saxon, Ruhr
Turkish-German and Serbian-German, Bavarian, North Frisian, Zeeland
Dutch, Limburgish, Walloon, Flemish, Luxembourgish, Northern Sámi,
Tornedalian Swedish, Finnish, Icelandic, Faroese, Greenlandic, Estonian
and Russian-Estonian, Polish, Hungarian and Hungarian Roma, Romanian,
Moldovan, Bulgarian and Pomak, Croatian, Serbian, Bosniak, Slovene,
Albanian (Gheg) and Albanian-American, Macedonian, Kosovo Albanian,
Ukrainian, Georgian, Romansh, Carinthian Slovene, Yorkshire, Lithuanian
(in Lincolnshire), Norfolk, Cornish and Cumbrian English; Saskatchewan
Mennonite, Métis, Mi'kmaw, Haida, Yukon, Crow, Blackfeet, Northern
Cheyenne and Lakota, Norwegian-American, Dutch-American, Hmong, Osage,
Tohono O'odham, Amish, African American, Mexican American; K'iche',
Aymara and Quechua, Bolivian, Paraguayan Mennonite (Plautdietsch) and
Guaraní-speaking, Chilean and Mapuche, Jamaican, Barbadian, Bahamian,
Grenadian, Saint Lucian, Martiniquais, Guadeloupean, Guianese Maroon,
Falkland Islander names; lower-case names and places, hyphenated and
multi-part names, Hungarian surname-first order, honorifics kept outside
the spans (Dr.) and names with diacritics and apostrophes.  Places:
invented or real villages, hamlets, quarters, Halligen, islands smaller
than a state, reserves, colonias, camps, settlements and districts (many
lengthened with a hamlet, quarter or twin village), and places after
street addresses.

Clean snippets: peer-consultation messages, questions, statements and
updates with six to ten capitalised words each after the first word of a
sentence (1219 in 155 snippets, about 7.9 per snippet, counted by the
author's script, acronyms included and the pronoun "I" excluded): drug
brands and generics, doses and laboratory values, scales and
questionnaires, therapy models and their founders, real published authors
and books, laws, guidelines and insurers, diagnoses and culture-bound
idioms (saudade, sisu, dor, inat, nevrastenia, gulis tkivili, tað loysir
seg, skammdegið, perlerorneq, utmattningssyndrom, pochy, py'a rasy,
susto, nervios, coraje, tèt chajé, quimbois, Duppy and balentia), weekdays, months, seasons, religious holidays and
fasts, professional bodies, regulators, charities, helplines, apps and
products, countries, states, provinces, cantons, regions and counties of
the first level, nationalities, religions and languages, and no place
smaller than a state or a country's first-level subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED48_CASES = (
    C("North Dakota's Medicaid expansion covers Licensed Addiction Counselors, but the Bakken employers' EAP only pays for six sessions. How do you plan work around that cap?"),
    C('Fax cover: to +32 4 342 77 19, CHU unit, for Fabienne Lahaye-Dubois, dossier CHU-LG 44 18207, urgent.', [('fax', '+32 4 342 77 19'), ('name', 'Fabienne Lahaye-Dubois'), ('medical_record', 'CHU-LG 44 18207')]),
    C('Hearing aid Oticon Intent 1 serial 2207A4418, Alphonse Delvaux, 97 ans passés, from Marchienne-au-Pont Docherie.', [('device', 'Oticon Intent 1 serial 2207A4418'), ('name', 'Alphonse Delvaux'), ('age_over_89', '97 ans passés'), ('place', 'Marchienne-au-Pont Docherie')]),
    C("Long update on a Saami family: the grandmother Elle Márjá Eira, 99 jagi, lives with her grandson at Bievrra 12, 9520 Guovdageaidnu Láhpoluoppal. The grandson, Mikkel Ánte Eira, posts about the wind turbines at instagram.com/mikkelante_eira and is getting threats. She asks me whether the turbines can be prayed away. I don't know how to hold both the activism and her grief.", [('name', 'Elle Márjá Eira'), ('age_over_89', '99 jagi'), ('street_address', 'Bievrra 12'), ('zip_code', '9520'), ('place', 'Guovdageaidnu Láhpoluoppal'), ('name', 'Mikkel Ánte Eira'), ('url', 'instagram.com/mikkelante_eira')]),
    C('Kosovo referral, Vjosa Krasniqi-Berisha, ID 1185407712, survivor of 1999, lives at Rr. Adem Jashari 14, XK 41000 Skenderaj Prekaz.', [('name', 'Vjosa Krasniqi-Berisha'), ('ssn', '1185407712'), ('street_address', 'Rr. Adem Jashari 14'), ('zip_code', 'XK 41000'), ('place', 'Skenderaj Prekaz')]),
    C("Paraguayan Guaraní speakers say they have pochy when angry and py'a rasy when heartsick; does anyone have a Jopara translation of the GAD-7 or the PHQ-9 from the Ministerio de Salud Pública?"),
    C('Looking for literature on ruptured attachment in Romanian children left behind, the copii lăsați acasă of the Moldova region; UNICEF, Save the Children and the Council of Europe published reports in 2019.'),
    C('Greenlandic clients describe perlerorneq, a winter heaviness, and the Danish Sundhedsstyrelsen guidelines barely mention it. Anyone combine Light Therapy with Behavioural Activation?'),
    C("Implantable defibrillator Boston Scientific Resonate ICD SN 418207, Piotr Gajewski-Mróz, shocked at his son's wedding in Zakopane Olcza.", [('device', 'Boston Scientific Resonate ICD SN 418207'), ('name', 'Piotr Gajewski-Mróz'), ('place', 'Zakopane Olcza')]),
    C('Aripiprazole 5 mg, Lithium carbonate 400 mg and Levothyroxine 75 mcg; TSH 6.2 in September, and the endocrinologist from the Andalusian SAS wants to stop Lithium. Advice?'),
    C('Romanian care worker returned from Italy, Floarea Bumbaru, CNP 2710523374419, Strada Morii 18, 617215 Vânători-Neamț. She cared for an old man for 11 years and he died alone.', [('name', 'Floarea Bumbaru'), ('ssn', '2710523374419'), ('street_address', 'Strada Morii 18'), ('zip_code', '617215'), ('place', 'Vânători-Neamț')]),
    C("French Guiana gold-miner's widow, Irène Apatou-Sabajo, CGSS CGSS 973 22049, from Maripasoula Antecume Pata, phone 0694 41 82 77.", [('name', 'Irène Apatou-Sabajo'), ('health_plan', 'CGSS 973 22049'), ('place', 'Maripasoula Antecume Pata'), ('phone', '0694 41 82 77')]),
    C('Ansgar Feldmeier, born 29.02.1944, moved to a care home in Oederan Börnichen, email from son tfeldmeier@erzgebirge-post.de.', [('name', 'Ansgar Feldmeier'), ('date', '29.02.1944'), ('place', 'Oederan Börnichen'), ('email', 'tfeldmeier@erzgebirge-post.de')]),
    C('Maritza Ccori Huamán, 94 watayuq, lives with her daughter, email ccori.familia@correo-cusco.pe, appointment on 9 de enero de 2027.', [('name', 'Maritza Ccori Huamán'), ('age_over_89', '94 watayuq'), ('email', 'ccori.familia@correo-cusco.pe'), ('date', '9 de enero de 2027')]),
    C('Records access by 2800:150:11c:44d::7 and 186.10.82.44 for Catalina Quilaqueo Nahuelpán, chart HSAL-441820.', [('ip_address', '2800:150:11c:44d::7'), ('ip_address', '186.10.82.44'), ('name', 'Catalina Quilaqueo Nahuelpán'), ('medical_record', 'HSAL-441820')]),
    C('Serbian colleagues, how does the Republički fond za zdravstveno osiguranje pay for Psychotherapy? My client from Vojvodina found a Gestalt therapist through the Serbian Association of Psychotherapists but pays herself.'),
    C("Looking for ideas: an Albanian-American daughter, Drita Gjonaj Lulgjuraj, in Belmont Arthur Avenue, whose father fled a blood feud from Theth Nderlysaj. She works at a bakery, uses Zelle Zelle drita.gjonaj@bronxbake.net, and her father won't let her date. She calls from (718) 441-8207. I want to support her without pathologising the culture.", [('name', 'Drita Gjonaj Lulgjuraj'), ('place', 'Belmont Arthur Avenue'), ('place', 'Theth Nderlysaj'), ('account', 'Zelle drita.gjonaj@bronxbake.net'), ('phone', '(718) 441-8207')]),
    C("Any Italian colleagues using the SCID-5 translated by Raffaele Cortese? A Sardinian shepherd described balentia, pride and honour, and I wasn't sure if it's a Cluster B trait."),
    C("Icelandic clients call the dark months skammdegið, and the Directorate of Health's advice is Vitamin D, Light, and a swim every Saturday morning."),
    C('We talked about Aurelio Cossu Piras and the fire that reached Cuglieri Santa Caterina.', [('name', 'Aurelio Cossu Piras'), ('place', 'Cuglieri Santa Caterina')]),
    C("Canadian colleagues, the Canadian Psychological Association and CAMH's Indigenous Resource guide recommend Elders in sessions; is it billable to OHIP?"),
    C("Paraguayan colleagues, Sertraline costs 90,000 Guaraníes a month, and the IPS only covers Fluoxetine; my client from Alto Paraná can't afford the switch."),
    C('Cochlear processor MED-EL Sonnet 3 SN 44182077 for Timo Wiedemeier, deaf since meningitis, tracked by the app.', [('device', 'MED-EL Sonnet 3 SN 44182077'), ('name', 'Timo Wiedemeier')]),
    C("Need thoughts. A Sardinian woman in her fifties, Graziella Mereu Sanna, calls from +39 0784 41 82 27 after every session to apologise for crying. She grew up in Fonni Pratobello, her brother was kidnapped in the eighties and returned with an ear missing, and she still checks the door at night. Her GP's fax is +39 0784 22 07 41. I'm wondering whether the apology calls are part of the work or something to contain.", [('name', 'Graziella Mereu Sanna'), ('phone', '+39 0784 41 82 27'), ('place', 'Fonni Pratobello'), ('fax', '+39 0784 22 07 41')]),
    C('Faroe client, Rógvi Joensen á Reyni, phone +298 51 74 83, grind-killing trauma and shame in Sørvágur Bø, wants help in Danish.', [('name', 'Rógvi Joensen á Reyni'), ('phone', '+298 51 74 83'), ('place', 'Sørvágur Bø')]),
    C('After the flood, Rosalinda Poma Mamani sleeps in the schoolroom at Tiquipaya Montecillo.', [('name', 'Rosalinda Poma Mamani'), ('place', 'Tiquipaya Montecillo')]),
    C('Supervision question about Ignacy Sobota-Wierzbicki, who runs away from groups in Hajnówka Dubiny.', [('name', 'Ignacy Sobota-Wierzbicki'), ('place', 'Hajnówka Dubiny')]),
    C("Reading Judith Herman's Trauma and Recovery again with the Friuli earthquake generation in mind; the chapter on Remembrance and Mourning feels different when your clients are ninety."),
    C('Welsh-language therapy: Hywel Dda University Health Board and Betsi Cadwaladr offer CBT in Welsh, but the waiting list until June makes clients give up.'),
    C('Barbadian clients speak of nerves and sugar in the blood; Metformin 500 mg, Gliclazide and Amlodipine are standard, and Diabetes Distress comes up every Thursday.'),
    C('Alcohol-monitoring ankle bracelet SCRAM CAM unit 418-22071, Wade Boedeker, probation in Williston Spring Lake Park, North Dakota.', [('device', 'SCRAM CAM unit 418-22071'), ('name', 'Wade Boedeker'), ('place', 'Williston Spring Lake Park')]),
    C('IP 190.104.237.18 accessed the client file for Gumercinda Ayala Ortiz from outside Paraguay, then 181.120.44.93.', [('ip_address', '190.104.237.18'), ('name', 'Gumercinda Ayala Ortiz'), ('ip_address', '181.120.44.93')]),
    C("Tohono O'odham elders speak of Himdag, the way of life, and I've been using Narrative Therapy from Michael White and David Epston to frame it with the youth."),
    C("Flemish farmer, Gerolf Vandewalle, Kemmelbergstraat 44, 8956 Kemmel-Dranouter. Still finds shells from 1917 in his fields and can't stand the bomb squad visits.", [('name', 'Gerolf Vandewalle'), ('street_address', 'Kemmelbergstraat 44'), ('zip_code', '8956'), ('place', 'Kemmel-Dranouter')]),
    C('Bolivian miners talk about the Tío in the mine and offer him Coca leaves and Singani on Fridays; I want to respect it without colluding with the Alcohol Use Disorder.'),
    C("Georgian clients in Austria and Bavaria describe their grief with the words gulis tkivili, a heart pain, and respond well on Tuesdays to Schema Therapy with Jeffrey Young's modes."),
    C('Swedish Swish payment from Liv Haraldsson-Berg, number Swish 123 448 2719, for her group place in Kiruna Tuolluvaara.', [('name', 'Liv Haraldsson-Berg'), ('account', 'Swish 123 448 2719'), ('place', 'Kiruna Tuolluvaara')]),
    C("Spanish colleagues, the Ley de Salud Mental reform and the Colegio Oficial de la Psicología's code disagree on Confidentiality with minors over 16. Which wins?"),
    C('Montana CDL MT 0044187220, log truck MT 56-4418A, Russell Krogstad, from Libby Troy Yaak.', [('licence', 'MT 0044187220'), ('vehicle', 'MT 56-4418A'), ('name', 'Russell Krogstad'), ('place', 'Libby Troy Yaak')]),
    C('Hungarian clients often mention Ferenczi and the Hungarian Psychoanalytic Society, and they expect me to interpret dreams like Freud or Melanie Klein. How do CBT people manage that?'),
    C("Iowa farmers' wives describe Farm Stress differently from their husbands; the Iowa State University Extension's Rural Resilience program has a Wednesday webinar series."),
    C("Does the Dutch GGZ still use the ROM questionnaires like the OQ-45 and SQ-48? My Zeeland client's insurer Zilveren Kruis refused a second DBT block in September."),
    C("Jamaican colleagues, the Mental Health Act of 1997 and the Ministry of Health and Wellness's Community Mental Health services are stretched; do you refer to the UWI clinic?"),
    C('Asturias mining pension client, Xuacu Fernández Llaneza, tarjeta sanitaria ASTU 0719 3382 4451, at Calle La Texuca 7, 2º B, 33610 Turón. Grief after the pit closed for good.', [('name', 'Xuacu Fernández Llaneza'), ('health_plan', 'ASTU 0719 3382 4451'), ('street_address', 'Calle La Texuca 7, 2º B'), ('zip_code', '33610'), ('place', 'Turón')]),
    C('Czech colleagues use the Mini-International Neuropsychiatric Interview in Czech, and the VZP pays for twenty sessions; is Psychotherapy regulation under the new Act from January?'),
    C("Question about Lithium: my client's level was 0.92 mmol/L in October, his GP in Asturias wants to add Ibuprofen for his knee, and the Spanish pharmacist flagged it. Who should raise it first?"),
    C('Bosnian clients after Ramadan ask for sessions around Bajram; the Ministry of Health of the Federation and the Republika Srpska have different referral forms.'),
    C('Yorkshire coalfield: Darren Houghton-Whitely, NHS NHS 418 227 9061, mobile 07712 448 391, 14 Pit Lane, S72 9QT Grimethorpe. Still angry about 1984.', [('name', 'Darren Houghton-Whitely'), ('health_plan', 'NHS 418 227 9061'), ('phone', '07712 448 391'), ('street_address', '14 Pit Lane'), ('zip_code', 'S72 9QT'), ('place', 'Grimethorpe')]),
    C('Bahamian clients after Hurricane Dorian ask about NEMA grants in session; the Red Cross and IOM have a Psychological First Aid booklet in Creole. Anyone used it?'),
    C('Norfolk Broads boatman Silas Gedge, DOB 9 July 1959, boat licence BA-44721, cruiser Broadland Heron NBN 2217, found a body near Horsey Staithe.', [('name', 'Silas Gedge'), ('date', '9 July 1959'), ('licence', 'BA-44721'), ('vehicle', 'Broadland Heron NBN 2217'), ('place', 'Horsey Staithe')]),
    C('Luxembourg cross-border nurse Anne-Marie Kremer-Feltgen, matricule 1978 0315 482, CNS CNS-778 204 19, phone +352 621 448 306.', [('name', 'Anne-Marie Kremer-Feltgen'), ('ssn', '1978 0315 482'), ('health_plan', 'CNS-778 204 19'), ('phone', '+352 621 448 306')]),
    C('Piet-Hein de Zeeuw is another Zeeland client; Ouwerkerk Dijkweg flooded in his dreams again.', [('name', 'Piet-Hein de Zeeuw'), ('place', 'Ouwerkerk Dijkweg')]),
    C("Minnesota Hmong elder Nplooj Vaj Xyooj, 96 xyoo, MA ID MN 04482197, phone (651) 488-3027, from Frogtown St. Paul, sees her husband's spirit at the door.", [('name', 'Nplooj Vaj Xyooj'), ('age_over_89', '96 xyoo'), ('health_plan', 'MN 04482197'), ('phone', '(651) 488-3027'), ('place', 'Frogtown St. Paul')]),
    C("Mirtazapine 15 mg at night plus Sertraline 100 mg, weight up 6 kg since March, and the client from Flanders says her Christian Mutualité won't pay for Ozempic or Wegovy. Any thoughts on the psychological side?"),
    C('Gheorghița Pruteanu talks about Costești Stâncă as if the dam is still being built.', [('name', 'Gheorghița Pruteanu'), ('place', 'Costești Stâncă')]),
    C("Lupita Chávez Benavídez in Colonia Las Lomas Anthony won't cross back.", [('name', 'Lupita Chávez Benavídez'), ('place', 'Colonia Las Lomas Anthony')]),
    C('Sliding scale client, Marcin Żuraw, paid by BLIK to PL61 1090 1014 0000 0712 1981 7740; phone +48 604 117 392.', [('name', 'Marcin Żuraw'), ('account', 'PL61 1090 1014 0000 0712 1981 7740'), ('phone', '+48 604 117 392')]),
    C("A bit of a saga: Kalle-Pekka Hyvärinen, a reindeer herder's son in Salla Naruska, works in the Norwegian fish farm at Båtsfjord Hamningberg and sends me videos of the pens. He texts from +358 40 441 8207 at 3 am. His Kela card is KELA-0441 8272, and his supervisor's email is h.aanstad@laks-nord.no. He wants to be referred closer to home but keeps postponing.", [('name', 'Kalle-Pekka Hyvärinen'), ('place', 'Salla Naruska'), ('place', 'Båtsfjord Hamningberg'), ('phone', '+358 40 441 8207'), ('health_plan', 'KELA-0441 8272'), ('email', 'h.aanstad@laks-nord.no')]),
    C("Has anyone read Irvin Yalom's Staring at the Sun with clients in Estonia? A Russian-speaking widow told me on Monday that Death Anxiety is a Western luxury."),
    C("Saint Lucian clients speak Kwéyòl and describe maladi lespwi; I've been reading Roland Littlewood's Pathology and Identity for context on Trinidad and the Caribbean."),
    C('Estonian Haigekassa pays for Cognitive Behavioural Therapy only through psychiatrists, and my Russian-speaking clients wait until March for a referral letter.'),
    C("Labrador Innu clients speak Innu-aimun and describe the Nalcor and Hydro-Québec flooding as the loss of Nitassinan; is Glenn Albrecht's Solastalgia the right word?"),
    C('A case I keep turning over: a Bulgarian Roma man, Asen Kolev Shishkov, in Stolipinovo Plovdiv, was filmed by a policeman and the clip went up at tiktok.com/@stolipinovo_live/video/7344182207. He is now terrified to go out. His EGN is 7803214418. His nephew says the policeman lives nearby at ul. Trakiya 41. I have not been able to get him into the office.', [('name', 'Asen Kolev Shishkov'), ('place', 'Stolipinovo Plovdiv'), ('url', 'tiktok.com/@stolipinovo_live/video/7344182207'), ('ssn', '7803214418'), ('street_address', 'ul. Trakiya 41')]),
    C('north macedonian lake fisherman trajče stojanoski from trpejca, phone 070 448 215, drinking since the trout ban', [('name', 'trajče stojanoski'), ('place', 'trpejca'), ('phone', '070 448 215')]),
    C('Jamaican remittance for Clovis Mattis, NCB account NCB 404-117-829, email clovismattis.jm@yardmail.com.', [('name', 'Clovis Mattis'), ('account', 'NCB 404-117-829'), ('email', 'clovismattis.jm@yardmail.com')]),
    C('Fluoxetine 20 mg for a 16-year-old in Portugal: the Infarmed leaflet warns about Suicidal Ideation in adolescents, and the parents read it, and the DGS Norma on Depression, on Sunday night.'),
    C('Dexcom G7 sensor ID 7HX4-21R8 shared with her ex-husband: Ashley Van Koevering from Zeeland Drenthe Township, Michigan.', [('device', 'sensor ID 7HX4-21R8'), ('name', 'Ashley Van Koevering'), ('place', 'Zeeland Drenthe Township')]),
    C('Ferdinand Oehlschläger says Kirchheim Teck-Ötlingen is "not home anymore".', [('name', 'Ferdinand Oehlschläger'), ('place', 'Kirchheim Teck-Ötlingen')]),
    C("In Martinique, clients speak of quimbois and of the gadèdzafè, the seer; Frantz Fanon's Peau noire, masques blancs still gets quoted to me, with Édouard Glissant, by young Martiniquais on Saturdays."),
    C("Our Swedish team uses the MADRS and PHQ-9, but the Sámi Parliament's health committee wants items on Reindeer loss and Land grief."),
    C('Martinique chlordecone client, Josette Ursulet-Marie-Rose, NIR 2 64 05 972 118 447 31, CGSS CGSS 972 44817, at Quartier Morne Capot, 97217 Le Lorrain.', [('name', 'Josette Ursulet-Marie-Rose'), ('ssn', '2 64 05 972 118 447 31'), ('health_plan', 'CGSS 972 44817'), ('street_address', 'Quartier Morne Capot'), ('zip_code', '97217'), ('place', 'Le Lorrain')]),
    C('Belgian colleagues, the Flemish VAPH and the Walloon AVIQ fund Autism support differently; my client moved provinces in August and lost her ABA hours.'),
    C('Jamaican elder Maudlyn Pottinger-Grant, 98 and a quarter, TRN 104-882-417, NHF card NHF 2207 4419, from Mocho Trelawny Town; her son was deported from England.', [('name', 'Maudlyn Pottinger-Grant'), ('age_over_89', '98 and a quarter'), ('ssn', '104-882-417'), ('health_plan', 'NHF 2207 4419'), ('place', 'Mocho Trelawny Town')]),
    C('Leocadia Ticona keeps asking about her brother in the Sica Sica mine.', [('name', 'Leocadia Ticona'), ('place', 'Sica Sica')]),
    C('Krystal Two Hearts lives in Wounded Knee Manderson with her grandmother.', [('name', 'Krystal Two Hearts'), ('place', 'Wounded Knee Manderson')]),
    C("In Canada, the Mental Health Commission and Wellness Together offered free sessions until last spring; my Saskatchewan clients still ask whether it's back."),
    C('Romanian permis RO 077 4418 207, number plate NT 18 BUH, Marius Bucșă, lorry driver whose co-driver died near Tarcău Brateș.', [('licence', 'RO 077 4418 207'), ('vehicle', 'NT 18 BUH'), ('name', 'Marius Bucșă'), ('place', 'Tarcău Brateș')]),
    C("Tohono O'odham border family, Delbert Jose Manuel, tribal census TO-4471, IHS SELLS-0072913, at Ali Chuk; migrants' bodies found on their land.", [('name', 'Delbert Jose Manuel'), ('ssn', 'TO-4471'), ('medical_record', 'SELLS-0072913'), ('place', 'Ali Chuk')]),
    C('Romansh-speaking farmer Gion Battesta Caduff, AHV 756.4182.7703.55, Krankenkasse ÖKK ÖKK 80756 0044 1927, from Breil/Brigels Dardin.', [('name', 'Gion Battesta Caduff'), ('ssn', '756.4182.7703.55'), ('health_plan', 'ÖKK 80756 0044 1927'), ('place', 'Breil/Brigels Dardin')]),
    C('Refund to IBAN PT50 0035 0441 0008 2207 5931 4 for Natália Esteves Rosado, overpaid on 17 de novembro de 2026.', [('account', 'IBAN PT50 0035 0441 0008 2207 5931 4'), ('name', 'Natália Esteves Rosado'), ('date', '17 de novembro de 2026')]),
    C("Dobromir Kalchev from Batak Nova Mahala says the church massacre story still lives in his grandmother's house.", [('name', 'Dobromir Kalchev'), ('place', 'Batak Nova Mahala')]),
    C('I had Valdemar Roos Kjærgaard in session and he described the rocket storm at Hvide Sande Nørre Lyngvig again.', [('name', 'Valdemar Roos Kjærgaard'), ('place', 'Hvide Sande Nørre Lyngvig')]),
    C('Portuguese carta de condução AZ-2207418 9, plate 54-TP-18, Duarte Meneses Rocha, crash on the Azores road near Furnas Lagoa Seca.', [('licence', 'AZ-2207418 9'), ('vehicle', '54-TP-18'), ('name', 'Duarte Meneses Rocha'), ('place', 'Furnas Lagoa Seca')]),
    C('Grenadian nutmeg farmer Cuthbert La Grenade, NIS G-220417-5, from Grand Roy Concord, whose wife died during the storm.', [('name', 'Cuthbert La Grenade'), ('ssn', 'G-220417-5'), ('place', 'Grand Roy Concord')]),
    C("Iowa farm stress: the USDA farm stress network and Iowa Concern hotline are good, but my clients won't call them. Thoughts on Motivational Interviewing with Lutheran farmers?"),
    C("Her daughter's blog abuelaflorentinaenelchaco.wordpress.com describes Florentina Giménez Báez, 102 años, as dying at home in Villa Hayes Remanso.", [('url', 'abuelaflorentinaenelchaco.wordpress.com'), ('name', 'Florentina Giménez Báez'), ('age_over_89', '102 años'), ('place', 'Villa Hayes Remanso')]),
    C('Quick one: Ljiljana Vuksanović in Vukovar Borovo Naselje refuses interpreters from Serbia.', [('name', 'Ljiljana Vuksanović'), ('place', 'Vukovar Borovo Naselje')]),
    C("Driver's licence AL9941822 and plate MT 4-7722A belong to Kody Rainbolt, who left the crash near Roundup Musselshell.", [('licence', 'AL9941822'), ('vehicle', 'MT 4-7722A'), ('name', 'Kody Rainbolt'), ('place', 'Roundup Musselshell')]),
    C('Portal log: login for Rui Magalhães Pestana from 85.243.117.62 at 03:12, password reset sent to rui.mpestana@mail-ilha.pt, then a second login from 2001:8a0:6f1c:4400::3b.', [('name', 'Rui Magalhães Pestana'), ('ip_address', '85.243.117.62'), ('email', 'rui.mpestana@mail-ilha.pt'), ('ip_address', '2001:8a0:6f1c:4400::3b')]),
    C('Métis client in Manitoba, Rosanne Chartrand-Fleury, MHSC MB 372 448 190, phone (204) 859-2174, from St. Laurent Oak Point.', [('name', 'Rosanne Chartrand-Fleury'), ('health_plan', 'MB 372 448 190'), ('phone', '(204) 859-2174'), ('place', 'St. Laurent Oak Point')]),
    C('Wilfried Gysels found his neighbour at the canal in Boom Terhagen.', [('name', 'Wilfried Gysels'), ('place', 'Boom Terhagen')]),
    C('Amalia Costescu left Certeze Huta for Italy at 19.', [('name', 'Amalia Costescu'), ('place', 'Certeze Huta')]),
    C("The Portuguese Ordem dos Psicólogos says online sessions to the Azores need the client's consent form in Portuguese; has anyone got a template for SNS referrals?"),
    C("Bahamian Junkanoo season in December brings relapse for my Cocaine clients; any ideas for Relapse Prevention with Marlatt and Gordon's model during Boxing Day?"),
    C('Iowa hog farmer Leroy Vander Ploeg, Medicare 4TK8-JX2-MR51, at 2917 Quail Ave, 51041-7718 Orange City. Suicidal after the bankruptcy sale.', [('name', 'Leroy Vander Ploeg'), ('health_plan', '4TK8-JX2-MR51'), ('street_address', '2917 Quail Ave'), ('zip_code', '51041-7718'), ('place', 'Orange City')]),
    C('Billing note: refund for Dagmar Pfeiffenberger to IBAN DE44 5001 0517 5407 3249 31, BIC INGDDEFFXXX, invoice for sessions from 3. Februar 2026.', [('name', 'Dagmar Pfeiffenberger'), ('account', 'DE44 5001 0517 5407 3249 31'), ('date', '3. Februar 2026')]),
    C('German colleagues, the Kassenärztliche Vereinigung waiting times for Verhaltenstherapie are now five months; do you use the Terminservicestellen or DiGA apps like Selfapy?'),
    C('Spinal cord stimulator Nevro HFX serial NIPG3004417, Bronwen Fairclough of Barnsley Hoyland Common, NHS NHS 721 448 9063.', [('device', 'Nevro HFX serial NIPG3004417'), ('name', 'Bronwen Fairclough'), ('place', 'Barnsley Hoyland Common'), ('health_plan', 'NHS 721 448 9063')]),
    C("Thinking aloud about a client from the Azores, Teresa de Jesus Avila Brum, who moved to Fall River Flint Village in Massachusetts and keeps her late mother's Holy Ghost crown on the fridge. She was born 21 May 1958 on São Jorge Urzelina, her Medicare is 7RX2-PK4-WE88, and she refuses to go to the festa this year. Is this complicated grief or faith doing its job?", [('name', 'Teresa de Jesus Avila Brum'), ('place', 'Fall River Flint Village'), ('date', '21 May 1958'), ('place', 'São Jorge Urzelina'), ('health_plan', '7RX2-PK4-WE88')]),
    C('Transfer to FI21 1234 5600 0441 82 (Nordea) from Aino-Marjatta Heikkilä for the group in Kuopio Puijonlaakso.', [('account', 'FI21 1234 5600 0441 82'), ('name', 'Aino-Marjatta Heikkilä'), ('place', 'Kuopio Puijonlaakso')]),
    C('Sorry for the length. I am supporting a Chilean teacher, Violeta Ancamil Paillalef, who lost her house in the mega-fire at Villa Independencia El Olivar. She is staying with her sister at Pasaje Las Dalias 2207, 2520000 Quilpué Belloto, and her email violeta.ancamil@profe-quinta.cl is getting condolences from pupils. She wants to go back to work on 2 March 2027. Too early?', [('name', 'Violeta Ancamil Paillalef'), ('place', 'Villa Independencia El Olivar'), ('street_address', 'Pasaje Las Dalias 2207'), ('zip_code', '2520000'), ('place', 'Quilpué Belloto'), ('email', 'violeta.ancamil@profe-quinta.cl'), ('date', '2 March 2027')]),
    C("Libre 3 sensor FreeStyle Libre 3 SN 3MH0041827 shared to her mum's phone; Saga Björklund is 15 and furious.", [('device', 'FreeStyle Libre 3 SN 3MH0041827'), ('name', 'Saga Björklund')]),
    C("I saw Ilmar Pärnpuu again today; he still won't talk about Sillamäe Vaivara.", [('name', 'Ilmar Pärnpuu'), ('place', 'Sillamäe Vaivara')]),
    C('Fax +385 53 744 218, for Ankica Marković-Pavelić, born 17. 4. 1966, povijest LS-22074.', [('fax', '+385 53 744 218'), ('name', 'Ankica Marković-Pavelić'), ('date', '17. 4. 1966'), ('medical_record', 'LS-22074')]),
    C('Substack post ruhrkumpel.substack.com/p/mein-vater-dragan names the family and the street Zechenstraße 17, D-47169 Duisburg-Obermarxloh.', [('url', 'ruhrkumpel.substack.com/p/mein-vater-dragan'), ('street_address', 'Zechenstraße 17'), ('zip_code', 'D-47169'), ('place', 'Duisburg-Obermarxloh')]),
    C('Saskatchewan farm client Dale Wiebe-Friesen, PHN SK 948 217 406, SIN 418 204 733, quarter section near Rosthern Hague, lost his son to a grain bin.', [('name', 'Dale Wiebe-Friesen'), ('health_plan', 'SK 948 217 406'), ('ssn', '418 204 733'), ('place', 'Rosthern Hague')]),
    C("Osage Nation's Counseling Services use the SoonerCare Behavioral Health benefit, and a client asked if Native American Church meetings count as Therapy hours."),
    C('Any experience of EMDR for miners in Saxony? The Wismut pensioners describe Staub im Kopf, and the German EMDRIA trainers I asked in November had not heard the phrase.'),
    C('Bulgarian Orthodox clients fast before Christmas and Easter, and Lamotrigine 100 mg with an empty stomach gave one client nausea every Wednesday in Lent.'),
    C('Sámi colleagues, is there any Northern Sámi version of the PCL-5 or the Harvard Trauma Questionnaire? SANKS, the Norwegian Sámi mental health centre, might know.'),
    C("Luxembourg's CNS now reimburses psychotherapy at 70 percent since the reform the Ministère de la Santé announced in February; is the Fédération des Associations de Psychothérapeutes happy with the tariffs?"),
    C('Montenegrin clients and the Kanun-like code of Čojstvo i junaštvo from Marko Miljanov: has anyone used it to reframe Shame with young men in Therapy?'),
    C("MobilePay 2207 4418 is how Søren Mikkelsen Holm's daughter pays; he's in Thyborøn Harboøre.", [('account', 'MobilePay 2207 4418'), ('name', 'Søren Mikkelsen Holm'), ('place', 'Thyborøn Harboøre')]),
    C('Login audit: Ilse van Duijvenbode-Stam account accessed from 82.174.221.9 and 145.53.118.204 within a minute, same device.', [('name', 'Ilse van Duijvenbode-Stam'), ('ip_address', '82.174.221.9'), ('ip_address', '145.53.118.204')]),
    C('Her daughter Ebba Lindqvist-Nyrén found her in the garden in Borgholm Köpingsvik.', [('name', 'Ebba Lindqvist-Nyrén'), ('place', 'Borgholm Köpingsvik')]),
    C('Fax to +351 292 207 418, Horta health centre, for Lurdes Silveira Goulart of Capelo Norte, processo HH-2207/448.', [('fax', '+351 292 207 418'), ('place', 'Horta'), ('name', 'Lurdes Silveira Goulart'), ('place', 'Capelo Norte'), ('medical_record', 'HH-2207/448')]),
    C("Acadian clients in Nova Scotia mention Le Grand Dérangement as family memory; Antonine Maillet's Pélagie-la-Charrette is what they recommend me."),
    C('Jamaican clients often mention Duppy visitations after a death; the University of the West Indies has a paper by Frederick Hickling on Cultural Therapy. Worth reading?'),
    C('Swiss cantons differ on Psychotherapy reimbursement since the 2022 reform; in Graubünden and Ticino the doctors still prescribe twelve sessions under KVG, as the FMH and FSP report.'),
    C('Esketamine (Spravato) at 56 mg twice weekly through the Belgian RIZIV scheme: has anyone done integration sessions with IFS or ACT on the same Tuesday as the dose, as Janssen suggests?'),
    C('Gudrun Ebersbach lives with her mother near Annaberg-Buchholz Frohnau.', [('name', 'Gudrun Ebersbach'), ('place', 'Annaberg-Buchholz Frohnau')]),
    C("Reading Viktor Frankl's Man's Search for Meaning with a Ukrainian teenager in Slovakia; she says Logotherapy feels Soviet to her, which I did not expect in November."),
    C('Bahamian client after Dorian: Latoya Pinder-Knowles of Pelican Point Grand Bahama, NIB NIB 41827 7520, email latoyapk242@islandmail.bs.', [('name', 'Latoya Pinder-Knowles'), ('place', 'Pelican Point Grand Bahama'), ('ssn', 'NIB 41827 7520'), ('email', 'latoyapk242@islandmail.bs')]),
    C("BC First Nations Health Authority funds counselling through the residential schools health support program, but the paperwork is in English only, and Health Canada's NIHB office closes on Fridays."),
    C('Fax (406) 638-2219 from the IHS clinic at Crow Agency Reno Creek, re Harlan Stops Pretty Places, chart CA-IHS 411827.', [('fax', '(406) 638-2219'), ('place', 'Crow Agency Reno Creek'), ('name', 'Harlan Stops Pretty Places'), ('medical_record', 'CA-IHS 411827')]),
    C("Latvian clients describe the Soviet word nervnyi and Corvalol and Validol for heartache; pharmacists in Latvia still sell Olainfarm's version over the counter on Sundays. Anyone discuss it in Session?"),
    C("Albanian diaspora clients in Italy ask for the Bektashi dervish's prayers alongside Sertraline; my Italian SSN psychiatrist thinks that is Magical Thinking."),
    C("For Hmong clients, the Shaman ceremony and Risperidone aren't in conflict for most families, as Dia Cha's writing and the Minnesota Department of Health's guidance suggest."),
    C('Booked for Tuesday 12 January 2027: Elspeth Trowbridge-Keane, email e.trowkeane@fenmail.co.uk, NHS NHS 934 220 4187.', [('date', 'Tuesday 12 January 2027'), ('name', 'Elspeth Trowbridge-Keane'), ('email', 'e.trowkeane@fenmail.co.uk'), ('health_plan', 'NHS 934 220 4187')]),
    C("North Frisian Hallig family: Tade Hansen Boysen, phone 04849 90 3271, after storm surge flooding of Hallig Nordstrandischmoor. The children won't sleep during easterlies.", [('name', 'Tade Hansen Boysen'), ('phone', '04849 90 3271'), ('place', 'Hallig Nordstrandischmoor')]),
    C('Zeeland 1953 flood child, Adriaantje Verhulst-Kodde, 91 jaar oud, BSN 2461.03.587, at Zandweg 9, 4321 KP Kerkwerve.', [('name', 'Adriaantje Verhulst-Kodde'), ('age_over_89', '91 jaar oud'), ('ssn', '2461.03.587'), ('street_address', 'Zandweg 9'), ('zip_code', '4321 KP'), ('place', 'Kerkwerve')]),
    C("I'm on the Carinthia Slovene project and the Austrian ÖGK pays only for Clinical Psychologists, not for Psychotherapists in training. Anyone at the Chamber of Psychologists know whether this changed in July?"),
    C('Bolivian miner of Llallagua Catavi Cancañiri, Fortunato Mamani Choque, CI 4418273 PT, SUS number SUS-BO 7720 1148, dust in the lungs and nightmares of the 1967 massacre stories.', [('place', 'Llallagua Catavi Cancañiri'), ('name', 'Fortunato Mamani Choque'), ('ssn', '4418273 PT'), ('health_plan', 'SUS-BO 7720 1148')]),
    C("Baltic colleagues, how do you handle the Soviet deportations of 1949 in family work? Sandra Kalniete's With Dance Shoes in Siberian Snows is on my Estonian client's shelf."),
    C('Estonian client Svetlana Mäeots-Ivanova, isikukood 47503124418, address Tallinna mnt 61-14, 20303 Olgina Sinimäe. Her son is in the Ukrainian army.', [('name', 'Svetlana Mäeots-Ivanova'), ('ssn', '47503124418'), ('street_address', 'Tallinna mnt 61-14'), ('zip_code', '20303'), ('place', 'Olgina Sinimäe')]),
    C("Pelagia Marinescu keeps saying she'll go back to Sulina Ceamurlia.", [('name', 'Pelagia Marinescu'), ('place', 'Sulina Ceamurlia')]),
    C('Insulin pump Omnipod 5 PDM SN 0K44182, Jaylen Whitehorse, Lame Deer Muddy Creek, skipping boluses before rodeos.', [('device', 'Omnipod 5 PDM SN 0K44182'), ('name', 'Jaylen Whitehorse'), ('place', 'Lame Deer Muddy Creek')]),
    C("Cash App $yellowhawk605 belongs to Lorenzo Yellow Hawk's nephew, who is sending money to Kyle Porcupine.", [('account', '$yellowhawk605'), ('name', 'Lorenzo Yellow Hawk'), ('place', 'Kyle Porcupine')]),
    C('Has anyone used Narrative Exposure Therapy from Maggie Schauer with Guatemalan asylum seekers? The Tuesday ICE check-ins stop them talking about the highlands.'),
    C('Teaching question: does anyone have a good Spanish translation of the Interpersonal Psychotherapy manual by Weissman, Markowitz and Klerman for a group in Murcia and Andalusia?'),
    C("Apulian olive grower's son Cosimo Damiano Lupoli phoned from +39 0831 447 982 about the xylella trees and his father's silence. Plate of the tractor trailer is BR 447 ZK.", [('name', 'Cosimo Damiano Lupoli'), ('phone', '+39 0831 447 982'), ('vehicle', 'BR 447 ZK')]),
    C('Hallgerður Ósk and her son live above the harbour in Seyðisfjörður Hánefsstaðir since the mudslide.', [('name', 'Hallgerður Ósk'), ('place', 'Seyðisfjörður Hánefsstaðir')]),
    C('Fax +1 902 379 2207, the band health centre, for Mary Rose Paul-Marshall, born 3 March 1971.', [('fax', '+1 902 379 2207'), ('name', 'Mary Rose Paul-Marshall'), ('date', '3 March 1971')]),
    C('Fax from +56 45 244 8197, Hospital Collipulli psychiatry, patient Rigoberto Marileo, ficha HCOL-41827.', [('fax', '+56 45 244 8197'), ('place', 'Collipulli'), ('name', 'Rigoberto Marileo'), ('medical_record', 'HCOL-41827')]),
    C("Maltese clients come up in my Supervision often; the Mental Health Act 2012 and the Commissioner for Mental Health's helpline 1770 are the standard, but the sister island has fewer services."),
    C('Fax +595 21 448 207 from Filadelfia Trebol, re Aganetha Wiens, expediente HCF-2207-41.', [('fax', '+595 21 448 207'), ('place', 'Filadelfia Trebol'), ('name', 'Aganetha Wiens'), ('medical_record', 'HCF-2207-41')]),
    C('Dieudonné Vercruysse still talks about the cafe in Molenbeek Maritime every week.', [('name', 'Dieudonné Vercruysse'), ('place', 'Molenbeek Maritime')]),
    C("Barbados Ministry of Health's psychiatric hospital offers Thursday clinics, but fishermen from St Philip parish miss them during Flying Fish season in December and January."),
    C('Lincolnshire potato gang worker Jurgita Vaitkevičiūtė, NI SX 41 82 77 C, email jurgita.vaitk@inbox-lauku.lt, van plate LK18 FPW, from Boston Fishtoft.', [('name', 'Jurgita Vaitkevičiūtė'), ('ssn', 'SX 41 82 77 C'), ('email', 'jurgita.vaitk@inbox-lauku.lt'), ('vehicle', 'LK18 FPW'), ('place', 'Boston Fishtoft')]),
    C('Fax +36 48 442 118 Borsod county hospital, re Lakatos Dezső, 2026. január 19., kórlap OZD-4418/26.', [('fax', '+36 48 442 118'), ('name', 'Lakatos Dezső'), ('date', '2026. január 19.'), ('medical_record', 'OZD-4418/26')]),
    C('Today Jasper Oudeman talked about the dike breach at Wilnis Veenzijde.', [('name', 'Jasper Oudeman'), ('place', 'Wilnis Veenzijde')]),
    C('Olanzapine 5 mg added by the Norfolk and Suffolk trust, and now my client sleeps until Wednesday noon. Should I email the CMHT or ask him to raise it with his GP on Monday?'),
    C("Long one, sorry. I've been seeing a retired cork worker, Joaquim Charrua Pombinho, for about three months; he was born 8 de setembro de 1952 in Santana da Serra, moved to Travessa do Celeiro 4, 7665-031 Ourique, and since his wife's stroke he sits in the car outside the day centre all afternoon. His daughter emails me from fatima.pombinho@correio-sul.pt. How do you handle a carer who won't leave the car park?", [('name', 'Joaquim Charrua Pombinho'), ('date', '8 de setembro de 1952'), ('place', 'Santana da Serra'), ('street_address', 'Travessa do Celeiro 4'), ('zip_code', '7665-031'), ('place', 'Ourique'), ('email', 'fatima.pombinho@correio-sul.pt')]),
    C("Anxo Lamas Bouzón fishes from Cangas Hío and won't go to sea since the boat sank.", [('name', 'Anxo Lamas Bouzón'), ('place', 'Cangas Hío')]),
    C("The Tohono O'odham Nation's Behavioral Health asked for training on ambiguous loss by Pauline Boss for families whose relatives vanished in the Sonoran Desert."),
    C('Can I get help thinking about Shondra McIlwain, whose son was shot in Over-the-Rhine Pendleton?', [('name', 'Shondra McIlwain'), ('place', 'Over-the-Rhine Pendleton')]),
    C('Haida referral, Gaagwiis Jaalen Edenshaw, BC PHN 9874 218 447, living at 1148 Raven Avenue, V0T 1M0 Old Masset. Grief after the repatriation ceremony.', [('name', 'Gaagwiis Jaalen Edenshaw'), ('health_plan', '9874 218 447'), ('street_address', '1148 Raven Avenue'), ('zip_code', 'V0T 1M0'), ('place', 'Old Masset')]),
    C('Anyone trained in the Gathering of Native Americans curriculum? Our Montana team wants to run it with Crow and Northern Cheyenne youth in April and May.'),
    C("Any experience of the Hearing Voices Network groups in Scotland or Ireland with Lithuanian clients? Rufus May and Marius Romme's work is translated into Lithuanian, I believe."),
    C('Bulgarian Pomak client Shefket Myumyun Hadzhiev, EGN 6907144421, from Chepintsi Dolno, talks about the name changes of 1972.', [('name', 'Shefket Myumyun Hadzhiev'), ('ssn', '6907144421'), ('place', 'Chepintsi Dolno')]),
    C("Georgian supras and the Tamada's toasts are part of my client's Alcohol Use; how do colleagues work with Harm Reduction when drinking is a Cultural duty in Georgia."),
    C('Dutch rijbewijs 5441827730, kenteken GX-417-K, Klaas-Jan Sinke, tractor crash on the dike at Yerseke Oesterput.', [('licence', '5441827730'), ('vehicle', 'GX-417-K'), ('name', 'Klaas-Jan Sinke'), ('place', 'Yerseke Oesterput')]),
    C("Finnish Kela rehabilitation psychotherapy lasts up to three years, and my Ostrobothnian client's Lutheran pastor says therapy is for city people. Mieli ry, the Finnish Association for Mental Health, disagrees."),
    C('Audit: record HCOR-2207418 (client Rosário Espírito Santo Baptista) opened from 37.189.44.201 by an account not on the care team.', [('medical_record', 'HCOR-2207418'), ('name', 'Rosário Espírito Santo Baptista'), ('ip_address', '37.189.44.201')]),
    C("Insulin pump for Hannu Kettunen: Medtronic MiniMed 780G serial NG2204187H, his wife changes the basal when he's drunk; Kela KELA-7720 1148.", [('name', 'Hannu Kettunen'), ('device', 'Medtronic MiniMed 780G serial NG2204187H'), ('health_plan', 'KELA-7720 1148')]),
    C("Fax to Dr. Leonor Vasconcelos Pimentel, +351 259 307 842, re: Abílio Sarmento Queirós of Vilarinho de Negrões, NHC TMAD-0448215. Trás-os-Montes smuggler's son, severe alcohol withdrawal.", [('name', 'Leonor Vasconcelos Pimentel'), ('fax', '+351 259 307 842'), ('name', 'Abílio Sarmento Queirós'), ('place', 'Vilarinho de Negrões'), ('medical_record', 'TMAD-0448215')]),
    C('A note from pastor.odegaard@lutheranfellowship-nd.org about Arvid Tollefsrud, 93 this winter, born May 1933, who stopped eating after his wife died.', [('email', 'pastor.odegaard@lutheranfellowship-nd.org'), ('name', 'Arvid Tollefsrud'), ('age_over_89', '93 this winter'), ('date', 'May 1933')]),
    C('Psilocybin trials in the Czech Republic and the Netherlands are recruiting for Treatment-Resistant Depression; a client asked me on Friday whether Compass Pathways is legitimate.'),
    C("Lithuanian colleagues recommended Danutė Gailienė's book What Is Killing Us about suicide after the Soviet era; is there an English edition yet, and does Routledge publish it?"),
    C('jouko raatikainen from kuusamo käylä is back on the waiting list', [('name', 'jouko raatikainen'), ('place', 'kuusamo käylä')]),
    C('Sandu Ciobanu-Lupașcu asked me to pass on a thank-you to the group; his brother from Ungheni Mănăstirea finally came to session.', [('name', 'Sandu Ciobanu-Lupașcu'), ('place', 'Ungheni Mănăstirea')]),
    C("My client Efigênia Tavares Cabral's son keeps posting about her at facebook.com/efigenia.cabral.fajadagrande and she is mortified; she lives in Fajã Grande Ponta.", [('name', 'Efigênia Tavares Cabral'), ('url', 'facebook.com/efigenia.cabral.fajadagrande'), ('place', 'Fajã Grande Ponta')]),
    C('Our Thursday peer group in Catalonia reads Bessel van der Kolk and Pat Ogden; a Catalan client asked for Sensorimotor Psychotherapy, and the CatSalut list has none.'),
    C('Cochlear implant user Kasia Bronikowska, processor Nucleus 8 SN 4418207713, phone via text +48 512 770 418, teased in class in Suwałki Szwajcaria.', [('name', 'Kasia Bronikowska'), ('device', 'Nucleus 8 SN 4418207713'), ('phone', '+48 512 770 418'), ('place', 'Suwałki Szwajcaria')]),
    C('Tyrolean clients talk about the Föhn making them irritable; is there any research in Austrian or German journals like Der Nervenarzt or Psychiatrische Praxis on Föhnkrankheit beyond the LMU studies?'),
    C('Slovak Roma clients and the Všeobecná zdravotná poisťovňa: interpreters are not reimbursed, and ETP Slovensko offers Romani Mediators only on Wednesdays.'),
    C('Führerschein J0441827SX1, Kennzeichen FG-HB 448, Heiko Rothermundt, drove the bus that hit a child in Brand-Erbisdorf Linda.', [('licence', 'J0441827SX1'), ('vehicle', 'FG-HB 448'), ('name', 'Heiko Rothermundt'), ('place', 'Brand-Erbisdorf Linda')]),
    C('Bolivian Tigo Money wallet TM-BO 71482 207, for Eulogia Condori Flores, phone +591 714 82207, from Potosí Cantumarca.', [('account', 'TM-BO 71482 207'), ('name', 'Eulogia Condori Flores'), ('phone', '+591 714 82207'), ('place', 'Potosí Cantumarca')]),
    C('Fax from GP Dr. Hilde Bergersen-Moe, fax +47 78 44 82 17, re Áslat Máhtte Somby, journalnr UNN-2207-4418.', [('name', 'Hilde Bergersen-Moe'), ('fax', '+47 78 44 82 17'), ('name', 'Áslat Máhtte Somby'), ('medical_record', 'UNN-2207-4418')]),
    C('Polish colleagues, the Rzecznik Praw Pacjenta says minors over 13 can consent to Psychological care from January. Does that apply in Private practice too?'),
    C('Yolanda Quispe Huanca from Achacachi Warisata talks to the mountains between sessions.', [('name', 'Yolanda Quispe Huanca'), ('place', 'Achacachi Warisata')]),
    C("French Guiana's interior has the highest youth suicide rates in France; the Santé publique France report of 2015 and the Wayana elders' letter to the ARS and the Collectivité Territoriale explain a lot."),
    C('Finnish Ostrobothnian farmer Eino-Juhani Rintamäki, henkilötunnus 140263-719R, Kela KELA-3391 0845, from Alavus Sulkavankylä. Tractor rollover, son was driving.', [('name', 'Eino-Juhani Rintamäki'), ('ssn', '140263-719R'), ('health_plan', 'KELA-3391 0845'), ('place', 'Alavus Sulkavankylä')]),
    C("North Macedonian clients drink rakija at every Slava, and Naltrexone 50 mg helped one of them; his Orthodox priest supported it, surprisingly, on Saint Demetrius's Day in October."),
    C('The Finnish word sisu keeps coming up with my Ostrobothnian clients on Tuesdays, and I wonder whether Acceptance and Commitment Therapy or Narrative Therapy fits better with it.'),
    C('Georgian IDP from Eredvi, Nino Khutsishvili, personal no. 01024057719, living in the cottages at Tserovani block 7, phone +995 599 41 73 28.', [('place', 'Eredvi'), ('name', 'Nino Khutsishvili'), ('ssn', '01024057719'), ('place', 'Tserovani block 7'), ('phone', '+995 599 41 73 28')]),
    C("Yorkshire miners' families still talk about the Strike, and I wonder if Collective Trauma frameworks from Gabor Maté or Vamik Volkan fit here, given the campaigns of the National Union of Mineworkers."),
    C('Naloxone kits from the Scottish Drugs Forum and Crew are given out on Fridays; my client from the Highlands wants to carry one but fears the Police.'),
    C('María Belén Roa Aquino from Ciudad del Este San Isidro wants to know if I do sessions in Guaraní.', [('name', 'María Belén Roa Aquino'), ('place', 'Ciudad del Este San Isidro')]),
    C("Greenland and Denmark differ on Psychologists' authorisation; the Danish Psykolognævnet doesn't cover Greenland, where Naalakkersuisut issues the licences. Anyone know more?"),
    C("please call zé-maria bettencourt back on 912 604 338, he's the madeira levada guide whose client fell near caniçal", [('name', 'zé-maria bettencourt'), ('phone', '912 604 338'), ('place', 'caniçal')]),
    C('Faxed referral: 0049 3731 44 82 09, from Praxis Dr. Uhlmann, patient Henrike Bräuer, Akte FG-PSY 2207/418.', [('fax', '0049 3731 44 82 09'), ('name', 'Uhlmann'), ('name', 'Henrike Bräuer'), ('medical_record', 'FG-PSY 2207/418')]),
    C('Dewayne Running Crane goes back to Browning Starr School every weekend.', [('name', 'Dewayne Running Crane'), ('place', 'Browning Starr School')]),
    C("How do Slovene colleagues handle the ZZZS limit of fifteen sessions with Complex PTSD? The national Institute of Public Health said they're reviewing it in January."),
    C("Jamaican driver's licence JM 218447019, taxi plate PE 4418, Rohan Dixon-Whyte, robbed at gunpoint in Spanish Town Sligoville.", [('licence', 'JM 218447019'), ('vehicle', 'PE 4418'), ('name', 'Rohan Dixon-Whyte'), ('place', 'Spanish Town Sligoville')]),
    C('Bulgarian clients describe nervi and using Analgin and Valeriana for sleep; the National Health Insurance Fund pays for Psychiatrists but not for Psychologists. Any workarounds?'),
    C('Chilean FONASA pays for twelve sessions under the GES plan for Depression, and the Mapuche clients in Araucanía ask for a Machi to be present on Mondays. Any experience with that?'),
    C('Trentino avalanche rescuer Tobia Dallapiccola, tessera TN-80061274439, licence as mountain guide GA-TN 0318, sleeps with the radio on.', [('name', 'Tobia Dallapiccola'), ('health_plan', 'TN-80061274439'), ('licence', 'GA-TN 0318')]),
    C("A Serbian client in Slovenia says inat keeps her going, that stubborn spite, and she won't hear about Self-Compassion from Kristin Neff or Mindfulness from Jon Kabat-Zinn."),
    C("Chilean colleagues: the Ley de Salud Mental 21.331 says involuntary admission needs a Judge's order within 72 hours. Has that changed practice in Biobío, or at the Colegio de Psicólogos and SENDA?"),
    C('Swedish Försäkringskassan and the Arbetsförmedlingen both asked my client for a Certificate on Monday; she has Exhaustion Disorder, utmattningssyndrom, since Midsummer.'),
    C('My supervisor recommended Bessel van der Kolk, but a Dutch colleague says The Body Keeps the Score overstates the neuroscience. What do people here read instead for Somatic work?'),
    C('The NICE guideline on PTSD and the Norwegian Helsedirektoratet guidance disagree about group CBT after disasters; has anyone compared them for Sámi communities in Finnmark?'),
    C('I keep thinking about Margit Szőke-Halmos, whose village Kolontár was buried in red mud.', [('name', 'Margit Szőke-Halmos'), ('place', 'Kolontár')]),
    C("For Bolivian Quechua clients, the Ministerio de Salud's SUS covers Psiquiatría but not Psicología; the departmental Gobernación pays for NGOs instead."),
    C("Mapuche lonko's daughter Ayelén Painemal Curiñir, phone +56 9 6418 2277, lives at Pasaje Los Copihues 418, 4780000 Ercilla Temucuicui.", [('name', 'Ayelén Painemal Curiñir'), ('phone', '+56 9 6418 2277'), ('street_address', 'Pasaje Los Copihues 418'), ('zip_code', '4780000'), ('place', 'Ercilla Temucuicui')]),
    C('Albanian blood feud: Gjergj Lleshi has not left his house in Bajzë Kastrat for nine years. Contact gjergj.lleshi82@posta-veriu.al.', [('name', 'Gjergj Lleshi'), ('place', 'Bajzë Kastrat'), ('email', 'gjergj.lleshi82@posta-veriu.al')]),
    C('Polish Podlasie border guard, Bartłomiej Kozłowski-Sadowy, PESEL 86041712958, NFZ NFZ 10-448-2731, shaken after finding a frozen body near Białowieża Teremiski.', [('name', 'Bartłomiej Kozłowski-Sadowy'), ('ssn', '86041712958'), ('health_plan', 'NFZ 10-448-2731'), ('place', 'Białowieża Teremiski')]),
    C("Guadeloupe's water crisis came up with three clients in the week after Toussaint, and the ARS and Météo-France say the Carême drought will last until June or July. How do you keep sessions from becoming Activism?"),
    C('Osage client Wynona Red Corn-Lookout, SoonerCare SC 119 448 207, from Pawhuska Bird Creek, still reads the headright letters every night.', [('name', 'Wynona Red Corn-Lookout'), ('health_plan', 'SC 119 448 207'), ('place', 'Pawhuska Bird Creek')]),
    C("Slovenian miner's widow, Marjeta Hrastnik Podlesnik, EMŠO 2806958505227, ZZZS ZZZS 028417736, at Trg revolucije 6, SLO-1430 Hrastnik Loke.", [('name', 'Marjeta Hrastnik Podlesnik'), ('ssn', '2806958505227'), ('health_plan', 'ZZZS 028417736'), ('street_address', 'Trg revolucije 6'), ('zip_code', 'SLO-1430'), ('place', 'Hrastnik Loke')]),
    C('Italian colleagues: the Bonus Psicologo opens again in February, and INPS says payment is per session up to €50. Are private Psicoterapeuti registering with the CNOP and the Ordine regionale?'),
    C('Limburg carnival stabbing: Sjra Lemmens, phone +31 45 571 9934, statement went to sjra.lemmens@mestreech-post.nl, and he wants the therapist to read it.', [('name', 'Sjra Lemmens'), ('phone', '+31 45 571 9934'), ('email', 'sjra.lemmens@mestreech-post.nl')]),
    C("Saxony referral: Kerstin Wünsche-Lippold, geb. 02.11.1974, KVNR K418207733, Friedensstraße 41, 09599 Freiberg-Zug. Former uranium miner's daughter, panic since Wismut closed the archive.", [('name', 'Kerstin Wünsche-Lippold'), ('date', '02.11.1974'), ('health_plan', 'K418207733'), ('street_address', 'Friedensstraße 41'), ('zip_code', '09599'), ('place', 'Freiberg-Zug')]),
    C("Long vent. Working with a Crow rancher, Bart Medicine Horse, who lost 200 head in a blizzard near Pryor Blue Creek; his IHS chart is CA-IHS 220418, his brand licence is MT BRAND 44182, and his truck MT 3-22074 went off the road the same night. His wife emails from medhorse.ranch@bighornmail.com. He says he's fine. He isn't.", [('name', 'Bart Medicine Horse'), ('place', 'Pryor Blue Creek'), ('medical_record', 'CA-IHS 220418'), ('licence', 'MT BRAND 44182'), ('vehicle', 'MT 3-22074'), ('email', 'medhorse.ranch@bighornmail.com')]),
    C('Croatian war veteran Zvonimir Babić-Jurišić, OIB 40817296354, HZZO HZZO 118204467, lives in Gospić Kaniža, nightmares since the war anniversary.', [('name', 'Zvonimir Babić-Jurišić'), ('ssn', '40817296354'), ('health_plan', 'HZZO 118204467'), ('place', 'Gospić Kaniža')]),
    C('Invoice to Benedikt Oberlechner, Raiffeisen IT60 X054 2811 1010 0000 0441 820, address Hauptstraße 44, 39040 Villanders Sauders.', [('name', 'Benedikt Oberlechner'), ('account', 'IT60 X054 2811 1010 0000 0441 820'), ('street_address', 'Hauptstraße 44'), ('zip_code', '39040'), ('place', 'Villanders Sauders')]),
    C("Mapuche clients describe the Kalku and the Pewma, and a Machi's dream interpretation; Ana Mariella Bacigalupo's Shamans of the Foye Tree was helpful to me."),
    C('Ingrid Solvang Aas, pacemaker Biotronik Enitra 8 DR-T SN 68417209, terrified of the monitor calling the hospital in Tromsø Kvaløysletta.', [('name', 'Ingrid Solvang Aas'), ('device', 'Biotronik Enitra 8 DR-T SN 68417209'), ('place', 'Tromsø Kvaløysletta')]),
    C('Falklands Islanders describe Cabin Fever in July and August; the government clinic uses the SAD questionnaire and Vitamin D.'),
    C("YouTube video youtube.com/watch?v=Kq4418zR207 shows Delroy Ebanks's fight at the market in May Pen Four Paths.", [('url', 'youtube.com/watch?v=Kq4418zR207'), ('name', 'Delroy Ebanks'), ('place', 'May Pen Four Paths')]),
    C("Martinique's chlordecone scandal leaves clients with a kind of Solastalgia, a term from Glenn Albrecht; has anyone combined it with Ecopsychology in French or Joanna Macy's Work That Reconnects?"),
    C("Canadian colleagues: does SIN-based billing with the Saskatchewan Health Authority allow Psychologists to bill for Métis clients through Jordan's Principle?"),
    C("Sexting screenshots of Lennart Öhrvall, 16, were posted to reddit.com/r/norrbottenskvaller/comments/1q44x82, his mum's number is +46 70 518 39 26.", [('name', 'Lennart Öhrvall'), ('url', 'reddit.com/r/norrbottenskvaller/comments/1q44x82'), ('phone', '+46 70 518 39 26')]),
    C("For French Guiana's Wayana and Teko clients, the mercury from illegal gold mining is a daily fear; the Institut Pasteur studies and a WHO report in 2023 describe the exposure."),
    C('Hulda Guðmundsdóttir from Grindavík Þórkötlustaðir cannot go home since the eruption.', [('name', 'Hulda Guðmundsdóttir'), ('place', 'Grindavík Þórkötlustaðir')]),
    C('Paid via Bizum Bizum +34 644 182 207 by Remedios Carrasco Alcaraz for her son in Cartagena Los Dolores.', [('account', 'Bizum +34 644 182 207'), ('name', 'Remedios Carrasco Alcaraz'), ('place', 'Cartagena Los Dolores')]),
    C('Guatemalan clients in the United States describe ataques de nervios, and the DSM-5-TR Cultural Formulation Interview helps, but the ICE check-ins on Mondays undo a lot.'),
    C("I need the group's help with a man from the Ruhr, Dragan Petrović-Schulte, whose son died in the tunnel crush in Duisburg-Neudorf in July 2010. He is now 71; his KVNR is A772041835 and he writes long letters to me at d.petrovic-schulte@ruhrpost-mail.de about the court case that ended without verdicts. Should I answer them?", [('name', 'Dragan Petrović-Schulte'), ('place', 'Duisburg-Neudorf'), ('date', 'July 2010'), ('health_plan', 'A772041835'), ('email', 'd.petrovic-schulte@ruhrpost-mail.de')]),
    C('Falklands veteran, Gareth Goss-Biggs, born 22 May 1962, NHS equivalent KEMH KEMH-19940, from Goose Green Darwin, still flinches at helicopters.', [('name', 'Gareth Goss-Biggs'), ('date', '22 May 1962'), ('medical_record', 'KEMH-19940'), ('place', 'Goose Green Darwin')]),
    C('Friuli earthquake survivor now 95 anni compiuti, Ermenegilda Tosoratti, living at Borgo Soreli 3, 33013 Gemona Alta. Her granddaughter asks whether the dreams of 1976 can be treated at that age.', [('age_over_89', '95 anni compiuti'), ('name', 'Ermenegilda Tosoratti'), ('street_address', 'Borgo Soreli 3'), ('zip_code', '33013'), ('place', 'Gemona Alta')]),
    C('Please pay Joost Verbeke back via IBAN BE62 5100 0754 7061; he moved to Ledeberg Gentbrugge.', [('name', 'Joost Verbeke'), ('account', 'BE62 5100 0754 7061'), ('place', 'Ledeberg Gentbrugge')]),
    C('Fax +40 233 218 447 from the Neamț county clinic re Costică Buhăescu, fișa NT-2207-4418, born 11.06.1948.', [('fax', '+40 233 218 447'), ('name', 'Costică Buhăescu'), ('medical_record', 'NT-2207-4418'), ('date', '11.06.1948')]),
    C('Ezekiel Yoder-Hershberger left the Amish community of Kalona Frytown last summer.', [('name', 'Ezekiel Yoder-Hershberger'), ('place', 'Kalona Frytown')]),
    C("Sardinian shepherd, Gavino Porcu Melis, codice fiscale PRCGVN58C11F979K, from Orgòsolo Bassu, lost his flock to the 2021 fire. He doesn't speak of it except in Sardo.", [('name', 'Gavino Porcu Melis'), ('ssn', 'PRCGVN58C11F979K'), ('place', 'Orgòsolo Bassu')]),
    C('Agostino Spanu and his wife Bonaria Fadda are from Nughedu Santa Vittoria.', [('name', 'Agostino Spanu'), ('name', 'Bonaria Fadda'), ('place', 'Nughedu Santa Vittoria')]),
    C('Barbadian fisherman Winston Alleyne-Bynoe, NRN 580412-0719, boat BB-F 2204 Sea Queen, phone +1 246 428 9173, from Six Cross Roads Bathsheba.', [('name', 'Winston Alleyne-Bynoe'), ('ssn', '580412-0719'), ('vehicle', 'BB-F 2204 Sea Queen'), ('phone', '+1 246 428 9173'), ('place', 'Six Cross Roads Bathsheba')]),
    C('Anyone use the Kessler K10 with Bulgarian Pomak clients? The Ramadan fast falls in February this time and my Thursday sessions clash with Iftar.'),
    C('North Dakota oil patch worker, Travis Kjelstad, SSN 517-40-2283, CDL ND KJE 57 2207, from Watford City Arnegard; saw a derrickman burned.', [('name', 'Travis Kjelstad'), ('ssn', '517-40-2283'), ('licence', 'ND KJE 57 2207'), ('place', 'Watford City Arnegard')]),
    C("The stalker logged into Shawnee Tallbull's email from 72.175.44.180, a Montana ISP; her address is shawnee.tallbull@rezmail.org.", [('name', 'Shawnee Tallbull'), ('ip_address', '72.175.44.180'), ('email', 'shawnee.tallbull@rezmail.org')]),
    C("Faroese clients often drink on Ólavsøka in July, and the Landssjúkrahúsið's psychiatric ward sees a spike every August; has anyone run Relapse Prevention before the festival?"),
    C("A Telegram channel t.me/zone_narva_rus_44 posted Artjom Kivisild-Popov's workplace; he now sleeps at his cousin's in Jõhvi Pargi.", [('url', 't.me/zone_narva_rus_44'), ('name', 'Artjom Kivisild-Popov'), ('place', 'Jõhvi Pargi')]),
    C('Romansh speakers in Graubünden ask for Sunday evening calls after Mass, as the Lia Rumantscha advised, and the Federation of Swiss Psychologists says telehealth across cantons needs consent. Is that right?'),
    C("Any thoughts on Clozapine monitoring during the Romanian Orthodox Easter fast? My client's ANC was 1.8 in April and the county psychiatrist said skip Lent."),
    C("Belgian Walloon steelworker, Jean-Pol Dethier, numéro national 62.08.14-219.47, mutuelle Solidaris MUT 318/04419-72, from Seraing-Ougrée, since Cockerill's last furnace.", [('name', 'Jean-Pol Dethier'), ('ssn', '62.08.14-219.47'), ('health_plan', 'MUT 318/04419-72'), ('place', 'Seraing-Ougrée')]),
    C("Two weeks ago Eugénie Lambotte moved back to Couvin Petigny, and she's stopped answering.", [('name', 'Eugénie Lambotte'), ('place', 'Couvin Petigny')]),
    C("Chilean ISAPRE plans and FONASA differ on Eating Disorders coverage; the Ley Ricarte Soto doesn't include Anorexia Nervosa yet, though colleagues lobbied in May."),
    C('Carinthian Slovene Marija Ogris-Kuchar, 92 let, SV-Nummer 4417 120331, at Dorfstraße 8, A-9135 Bad Eisenkappel-Lobnig, still afraid to speak Slovene in the shop.', [('name', 'Marija Ogris-Kuchar'), ('age_over_89', '92 let'), ('ssn', '4417 120331'), ('street_address', 'Dorfstraße 8'), ('zip_code', 'A-9135'), ('place', 'Bad Eisenkappel-Lobnig')]),
    C('CPAP ResMed AirSense 11 SN 23210441877 stopped during the storm; Dorothea Mietzsch in Altenberg Geising panicked and called 035056 4187.', [('device', 'ResMed AirSense 11 SN 23210441877'), ('name', 'Dorothea Mietzsch'), ('place', 'Altenberg Geising'), ('phone', '035056 4187')]),
    C('Norrbotten mine town move: Britt-Inger Lantto is being relocated from Malmberget Vitåfors and asks whether grief for a demolished town is a thing. Phone 0970-148 26.', [('name', 'Britt-Inger Lantto'), ('place', 'Malmberget Vitåfors'), ('phone', '0970-148 26')]),
    C("Greenlandic clients speak Kalaallisut, and the Danish Psychiatric Association's guidance on Interpreters is outdated; has anyone seen the Greenland Government's 2023 plan?"),
    C("Haida clients ask whether I know the Potlatch ban history, and I've been reading Gabor Maté's In the Realm of Hungry Ghosts alongside Robert Davidson's interviews."),
    C('Saint Lucian and Dominican Kwéyòl use lespwi for the mind and kò for the body; is there a Kwéyòl PHQ-9 from PAHO or the OECS Commission?'),
    C("Hmong elders describe tus ntsuj plig leaving the body after a fright, and I've been reading Anne Fadiman's The Spirit Catches You and You Fall Down with a shaman consultant."),
    C('Icelandic fisherman Sigurbjörn Hafþórsson, kennitala 051270-3319, boat ÍS-417 Gná, after a crewman was lost off Súðavík Langeyri.', [('name', 'Sigurbjörn Hafþórsson'), ('ssn', '051270-3319'), ('vehicle', 'ÍS-417 Gná'), ('place', 'Súðavík Langeyri')]),
    C('Ukrainian refugees in Poland often report nevrastenia rather than Depression, and the Polish NFZ intake asks for an ICD-10 code. Which code are colleagues using, and does the WHO guidance from March help?'),
    C('Eastern European farm workers in Lincolnshire rarely access NHS Talking Therapies; the Gangmasters and Labour Abuse Authority says fear of visa loss is the main barrier.'),
    C("Mi'kmaw client at Eskasoni Castle Bay, Kalolin Googoo-Denny, status no. 0270041518 02, NS MSI MSI 0448 217 719, asks for a Mi'kmaw-speaking elder in session.", [('place', 'Eskasoni Castle Bay'), ('name', 'Kalolin Googoo-Denny'), ('ssn', '0270041518 02'), ('health_plan', 'MSI 0448 217 719')]),
    C("Romanian clients use the word dor, like saudade or Mircea Eliade's nostalgia in December, and the Colegiul Psihologilor's supervision rules require a Supervisor with five years; I'm just below."),
    C('A blog about the Kolontár disaster naming our client: vorosiszap-tanuk.blogspot.com/2025/10/halmos-margit.html, her email halmos.margit1958@freemail-veszprem.hu.', [('place', 'Kolontár'), ('url', 'vorosiszap-tanuk.blogspot.com/2025/10/halmos-margit.html'), ('email', 'halmos.margit1958@freemail-veszprem.hu')]),
    C("Azores ferry worker, Amaro Furtado Medeiros, phone +351 296 384 517, cartão de cidadão 13820476 4 ZX7, after the boat fire off Ribeira Quente. He won't sleep below deck now.", [('name', 'Amaro Furtado Medeiros'), ('phone', '+351 296 384 517'), ('ssn', '13820476 4 ZX7'), ('place', 'Ribeira Quente')]),
    C('Caribbean colleagues, the CARPHA guidance on suicide prevention and the PAHO Mental Health Atlas list Barbados, Grenada and Saint Lucia with under 2 psychiatrists per 100,000.'),
    C("For Portuguese emigrants returning from France, the word retornado carries shame; I've been reading Eduardo Lourenço's O Labirinto da Saudade and wonder if it helps in Session with Azoreans."),
    C("Polish clients in England ask if the NHS Talking Therapies offer Polish-speaking therapists; I found the Polish Psychologists' Association in the UK and its Saturday clinic."),
    C('Sámi reindeer herder, Nils Ánte Sarri, personnummer 19810227-4418, from Gárasavvon Ruovdegeahči, burnt out after the wind park took the calving land.', [('name', 'Nils Ánte Sarri'), ('ssn', '19810227-4418'), ('place', 'Gárasavvon Ruovdegeahči')]),
    C('Chilean licencia LC 11.882.417, patente KRTW-44, Felipe Huaiquil, bus driver after the highway ambush.', [('licence', 'LC 11.882.417'), ('vehicle', 'KRTW-44'), ('name', 'Felipe Huaiquil')]),
    C("The Truth and Reconciliation Commission's Calls to Action and the MMIWG inquiry guide our Mi'kmaw work; has anyone used Two-Eyed Seeing in a CBT frame?"),
    C('Murcia greenhouse worker, Hamid Ouchbouk El Ayadi, NIE Y-4417203-P, phone +34 668 219 470, injured at a packing plant in La Aljorra. Asking for help with flashbacks of the forklift.', [('name', 'Hamid Ouchbouk El Ayadi'), ('ssn', 'Y-4417203-P'), ('phone', '+34 668 219 470'), ('place', 'La Aljorra')]),
    C("Yukon colleagues: has anyone used the Grief Recovery Method or Worden's Tasks of Mourning with Tr'ondëk Hwëch'in families after the summer fires?"),
    C("Brandi Jo Tenneson grew up on the ranch near Jordan Cohagen and won't go back.", [('name', 'Brandi Jo Tenneson'), ('place', 'Jordan Cohagen')]),
    C("Croatian veterans' groups on Saturdays quote Miljenko Jergović's Mama Leone, and I wonder if Bibliotherapy has a place with them."),
    C("Albanian clients often mention the Kanun of Lekë Dukagjini in session, and I've started reading Ismail Kadare's Broken April to understand the besa. Was that naive?"),
    C("Anyone combine Trazodone 50 mg with CBT-I for older Spanish clients? The SEMERGEN guideline from October says yes, but my Galician client's GP prefers Lormetazepam."),
    C('Aleksander Ryszka-Nowicki was at Gdańsk Stogi when the shipyard closed.', [('name', 'Aleksander Ryszka-Nowicki'), ('place', 'Gdańsk Stogi')]),
    C("Mi'kmaw colleagues taught me Etuaptmumk, Two-Eyed Seeing, from Elder Albert Marshall; I'd like to read more before the Mawio'mi in August."),
    C('English Midlands colleagues: the Mental Health Act 1983 reforms and the Mental Capacity Act interact oddly for Polish clients with alcohol-related brain damage. Anyone seen guidance?'),
    C("Jamaican colleagues, the national psychiatric hospital has 600 beds, and the Ministry's Mental Health Unit wants Community Teams by 2030. Is that realistic?"),
    C('Montana client Colt Haugland, Venmo @colt-haugland-406, Medicaid MT 7744 1820 93, from Miles City Kinsey.', [('name', 'Colt Haugland'), ('account', '@colt-haugland-406'), ('health_plan', 'MT 7744 1820 93'), ('place', 'Miles City Kinsey')]),
    C('Osage families mention the Reign of Terror and Killers of the Flower Moon by David Grann; the film brought it back in October. How do you work with inherited rage?'),
    C('Dutch Caribbean colleagues on Curaçao and Aruba use Papiamentu; is there any Papiamentu version of the EPDS or PHQ-9?'),
    C("New Mexico's Behavioral Health Collaborative pays for peer support workers, and a Pueblo clinic asked for trauma-informed care training in Keres."),
    C("Cornish Kernewek speakers rarely ask for therapy in Cornish, but a client asked for the Lord's Prayer in Kernewek to end sessions; is that Collusion or Respect?"),
    C('Fax +1 306 232 4471 received from the clinic in Hague Osler; client Marvin Klassen-Penner, chart SHA-PA 770418.', [('fax', '+1 306 232 4471'), ('place', 'Hague Osler'), ('name', 'Marvin Klassen-Penner'), ('medical_record', 'SHA-PA 770418')]),
    C("A Croatian veteran on Prazosin 2 mg, Quetiapine 50 mg and Diazepam from his GP says the veterans' ministry psychologists only offer him Tuesdays in Lika-Senj County. Advice on liaising?"),
    C('Pueblo clients often decline talk therapy during Feast Days and the Christmas dances, and a Navajo colleague from the Indian Health Service suggested scheduling around the Keres calendar.'),
    C("We're running a DBT skills group on Thursdays through Lent, and two Sardinian members keep speaking Sardo during the Distress Tolerance module. Should the facilitator from Lombardy redirect or let it be?"),
    C('Referral from the Alentejo: Custódia Parreira Galvão, born 14/03/1961, NIF 238 417 960, utente SNS 592 118 407, lives at Rua do Poço Velho 12, 7830-214 Serpa. Widow of a cork stripper, drinking since the harvest.', [('name', 'Custódia Parreira Galvão'), ('date', '14/03/1961'), ('ssn', '238 417 960'), ('health_plan', '592 118 407'), ('street_address', 'Rua do Poço Velho 12'), ('zip_code', '7830-214'), ('place', 'Serpa')]),
    C('Complex family: Herminio Zárate Ninaquispe is a Peruvian-Bolivian lorry driver who crosses at Desaguadero Kasani every week; his Bolivian licence is BO-LIC 4418207, truck plate 2207-KTR, and after a crash that killed a cyclist he started drinking. He sees me online, logging in from 200.105.141.77. His wife asked to join by phone: +591 7 720 4418.', [('name', 'Herminio Zárate Ninaquispe'), ('place', 'Desaguadero Kasani'), ('licence', 'BO-LIC 4418207'), ('vehicle', '2207-KTR'), ('ip_address', '200.105.141.77'), ('phone', '+591 7 720 4418')]),
    C("Iceland's Landspítali team recommend Compassion Focused Therapy after the recent eruptions; has anyone seen Paul Gilbert's materials translated into Icelandic yet?"),
    C('Albanian-Italian Arbëreshë clients in Calabria and Sicily speak an older Albanian; has anyone heard of a Psychologist in Basilicata who speaks Arbërisht?'),
    C('Hearing aid Phonak Lumity L90 serial 2241S07H and pacemaker Medtronic Azure XT DR SN RNB441820S for Mervyn Pascoe-Tonkin, 96 by his reckoning.', [('device', 'Phonak Lumity L90 serial 2241S07H'), ('device', 'Medtronic Azure XT DR SN RNB441820S'), ('name', 'Mervyn Pascoe-Tonkin'), ('age_over_89', '96 by his reckoning')]),
    C("I'm seeing a shepherd's widow from Ansó, Pilar Ezquerra Baquedano, who is 93 años cumplidos and keeps the sheep bells on the kitchen table.", [('place', 'Ansó'), ('name', 'Pilar Ezquerra Baquedano'), ('age_over_89', '93 años cumplidos')]),
    C("Guatemalan K'iche' mother, Xiquín Tzoc Ajpacajá, DPI 2718 44190 0901, from Chichicastenango Chuguexá, son disappeared crossing Sonora; her niece wrote from xtzoc.ajpacaja@correo-quiche.gt.", [('name', 'Xiquín Tzoc Ajpacajá'), ('ssn', '2718 44190 0901'), ('place', 'Chichicastenango Chuguexá'), ('email', 'xtzoc.ajpacaja@correo-quiche.gt')]),
    C("For Bosnian clients I've been reading Stevan Weine's Testimony after Catastrophe; the Mothers' association holds its commemoration every July, and my Friday caseload goes quiet."),
    C("Long question. A Guatemalan woman in Postville Frankville Iowa, Juana Xoquic Tuyuc, lost her husband to the 2008 raid. She had her daughter on 12 May 2008 the day of the raid and she still can't celebrate the birthday. Her ITIN is 941-77-2204, she lives at 317 W Tilden St Apt 2, 52162 Postville West Side. How do you hold a birthday that is also an anniversary?", [('place', 'Postville Frankville'), ('name', 'Juana Xoquic Tuyuc'), ('date', '12 May 2008'), ('ssn', '941-77-2204'), ('street_address', '317 W Tilden St Apt 2'), ('zip_code', '52162'), ('place', 'Postville West Side')]),
    C("Quetiapine 25 mg for sleep in a 78-year-old Portuguese widow: her GP in the Alentejo says it's common, but the Beers Criteria and STOPP/START disagree. Thoughts?"),
    C('Scottish colleagues, the Mental Health (Care and Treatment) Act and the Adults with Incapacity Act: my Gaelic-speaking client fits neither.'),
    C("I'd appreciate input. A Zeeland mussel farmer, Marinus Ploegaert, lost his boat YE 44 Johanna in an autumn storm, and his licence to fish mussels MOS-ZL 2207 expires on 31 december 2026. He lives at Dijkstraat 18, 4416 NB Kruiningen Nieuwdorp, and drinks in the harbour bar every night. Where do you start with that?", [('name', 'Marinus Ploegaert'), ('vehicle', 'YE 44 Johanna'), ('licence', 'MOS-ZL 2207'), ('date', '31 december 2026'), ('street_address', 'Dijkstraat 18'), ('zip_code', '4416 NB'), ('place', 'Kruiningen Nieuwdorp')]),
    C("Has anyone worked with someone like Brygida Wysoczańska? She grew up in Zalesie Gorzyckie and won't describe the farm.", [('name', 'Brygida Wysoczańska'), ('place', 'Zalesie Gorzyckie')]),
    C('Guatemalan community fund for Baltazar Chox: GoFundMe gofundme.com/f/baltazar-chox-regreso-a-nahuala, account Banrural 3417 0448 219.', [('name', 'Baltazar Chox'), ('url', 'gofundme.com/f/baltazar-chox-regreso-a-nahuala'), ('account', 'Banrural 3417 0448 219')]),
    C('Paraguayan Mennonite from Loma Plata Kilómetro 8, Heinrich Klassen Dyck, CI 3.881.604, phone +595 492 252 418, excommunicated after his divorce.', [('place', 'Loma Plata Kilómetro 8'), ('name', 'Heinrich Klassen Dyck'), ('ssn', '3.881.604'), ('phone', '+595 492 252 418')]),
    C('Chilean fisherman Segundo Catrileo Huenchumán, RUT 11.447.208-K, FONASA FON-11447208, from Queule Mehuín, tsunami of 2010 again in his sleep.', [('name', 'Segundo Catrileo Huenchumán'), ('ssn', '11.447.208-K'), ('health_plan', 'FON-11447208'), ('place', 'Queule Mehuín')]),
    C("Venlafaxine 150 mg, Pregabalin 75 mg twice daily and Zopiclone as needed: my client's Belgian neurologist, who quotes the Maudsley Prescribing Guidelines, wants to taper, and she's frightened of the Christmas holidays."),
    C("Guadeloupe's LKP strikes of 2009 are remembered as Lyannaj; a young client says Collective Action is his Therapy. Should the CMP psychologist push Individual work?"),
    C('Hungarian colleagues, has anyone read Gábor Szőnyi or Ferenc Mérei on group work? My Tuesday group of Hungarian Roma mothers is stuck in Silence.'),
    C("Paraguayan Mennonite clients ask whether Psychology contradicts the Bible; I've been reading Mark McMinn's Psychology, Theology and Spirituality with a Plautdietsch interpreter."),
    C('Polish prawo jazdy 04418/22/0719, rejestracja BHA 41827, Krzysztof Wawrzyniak-Lis, from Hajnówka Mikłaszewo.', [('licence', '04418/22/0719'), ('vehicle', 'BHA 41827'), ('name', 'Krzysztof Wawrzyniak-Lis'), ('place', 'Hajnówka Mikłaszewo')]),
    C('Montana Crow client Marlena Old Elk Bulltail, tribal ID CROW-18824, IHS chart IHS-CA 22-40917, from Lodge Grass Pass Creek. Her nephew died of fentanyl.', [('name', 'Marlena Old Elk Bulltail'), ('ssn', 'CROW-18824'), ('medical_record', 'IHS-CA 22-40917'), ('place', 'Lodge Grass Pass Creek')]),
    C('Olive Threlkeld, 100 and three months, NHS NHS 610 448 2207, still walks to the chapel at Alston Garrigill every Sunday.', [('name', 'Olive Threlkeld'), ('age_over_89', '100 and three months'), ('health_plan', 'NHS 610 448 2207'), ('place', 'Alston Garrigill')]),
    C('Ruhr client Mehmet Ali Yıldırımcan from Duisburg-Marxloh, Steuer-ID 48 273 901 556, wants therapy in Turkish after his shift partner died at the coking plant.', [('name', 'Mehmet Ali Yıldırımcan'), ('place', 'Duisburg-Marxloh'), ('ssn', '48 273 901 556')]),
    C('Fax +1 605 867 4418, Kyle Medicine Root unit, for Lorenzo Yellow Hawk, chart PR-IHS 448217.', [('fax', '+1 605 867 4418'), ('place', 'Kyle Medicine Root'), ('name', 'Lorenzo Yellow Hawk'), ('medical_record', 'PR-IHS 448217')]),
    C('Has anyone used the CANE needs assessment and the GDS-15 alongside the PHQ-9 with older Portuguese farmers? The Alentejo clients score low on both but describe saudade every Sunday.'),
    C('Raquel Sánchez de Lozada grew up in El Alto Villa Ingenio.', [('name', 'Raquel Sánchez de Lozada'), ('place', 'El Alto Villa Ingenio')]),
    C("anyone know a therapist near cefalù sant'ambrogio? my client rosalia cusimano is moving there", [('place', "cefalù sant'ambrogio"), ('name', 'rosalia cusimano')]),
    C("Mexican-American clients describe coraje and nervios, and the Hispanic Neuropsychological Society's norms for the MoCA differ; do colleagues in Texas or Arizona use them?"),
    C('Telehealth log: session for Rolf Tiedemann-Ahlers, joined from 91.64.207.155, IPv6 2a02:8109:9c40:1b00:44e:82ff:fe07:1d3.', [('name', 'Rolf Tiedemann-Ahlers'), ('ip_address', '91.64.207.155'), ('ip_address', '2a02:8109:9c40:1b00:44e:82ff:fe07:1d3')]),
    C('Greenlandic hunter Aqqalu Kristiansen-Lynge, CPR 150378-4417, from Ittoqqortoormiit Kap Tobin, son died by suicide last spring.', [('name', 'Aqqalu Kristiansen-Lynge'), ('ssn', '150378-4417'), ('place', 'Ittoqqortoormiit Kap Tobin')]),
    C('Greenland boat licence GL-SKIB 04418 for Kunuk Petrussen, boat GR 2207 Qajaq, phone +299 54 18 27.', [('licence', 'GL-SKIB 04418'), ('name', 'Kunuk Petrussen'), ('vehicle', 'GR 2207 Qajaq'), ('phone', '+299 54 18 27')]),
    C("Bolivian Aymara clients speak of the Pachamama being angry when the mine expands; how do colleagues integrate that with Ecological Grief work in Spanish, or with Josef Estermann's Filosofía Andina?"),
    C('Valencian fallas burn patient: Vicent Sanchis Ferrando, SIP SIP 4481 9036, dressing device is a V.A.C. Ulta serial VUL-220734, email vsanchisf.falla@correu-veinat.cat.', [('name', 'Vicent Sanchis Ferrando'), ('health_plan', 'SIP 4481 9036'), ('device', 'V.A.C. Ulta serial VUL-220734'), ('email', 'vsanchisf.falla@correu-veinat.cat')]),
    C('Fax number for the Trelawny parish clinic: +1 876 954 2207; patient Desrine Gayle, docket TRE-2207418.', [('fax', '+1 876 954 2207'), ('name', 'Desrine Gayle'), ('medical_record', 'TRE-2207418')]),
    C('Fax header: +372 357 4418, Ida-Viru haigla, patient Galina Sõrmus, haiguslugu NH-44182077.', [('fax', '+372 357 4418'), ('name', 'Galina Sõrmus'), ('medical_record', 'NH-44182077')]),
    C('Oxygen concentrator Inogen One G5 SN 51404472, Orville Kittredge, 94 and counting, lives alone at 88 Sawmill Road, 59405 Great Falls Black Eagle.', [('device', 'Inogen One G5 SN 51404472'), ('name', 'Orville Kittredge'), ('age_over_89', '94 and counting'), ('street_address', '88 Sawmill Road'), ('zip_code', '59405'), ('place', 'Great Falls Black Eagle')]),
    C('Yukon placer miner Buck Rasmussen-Tlen, Yukon health YHCIP 041 882 793, phone 867-993-5218, truck YT BKR 774, from Stewart Crossing.', [('name', 'Buck Rasmussen-Tlen'), ('health_plan', 'YHCIP 041 882 793'), ('phone', '867-993-5218'), ('vehicle', 'YT BKR 774'), ('place', 'Stewart Crossing')]),
    C("The ex posts pictures of Dolores Aguirre Maidana's house on x.com/elchacoquebrado and tags Loma Plata Campo Alegre.", [('name', 'Dolores Aguirre Maidana'), ('url', 'x.com/elchacoquebrado'), ('place', 'Loma Plata Campo Alegre')]),
    C("Fundraiser for Severin Gasser-Tschurtschenthaler's rehab after the avalanche: gofundme.com/f/severin-nach-dem-lawinenunglueck, account AT48 3600 0000 0441 8207.", [('name', 'Severin Gasser-Tschurtschenthaler'), ('url', 'gofundme.com/f/severin-nach-dem-lawinenunglueck'), ('account', 'AT48 3600 0000 0441 8207')]),
    C('Swedish körkort 19720814-2207, reg KRU 44Y, Mattias Pekkari, hit a reindeer near Vittangi Soppero.', [('licence', '19720814-2207'), ('vehicle', 'KRU 44Y'), ('name', 'Mattias Pekkari'), ('place', 'Vittangi Soppero')]),
    C("Methadone 80 mg daily and Buprenorphine depot (Buvidal) weekly: the Irish HSE Addiction Services say switching is possible; did anyone's clients prefer Buvidal over Christmas?"),
    C('Hungarian Roma mother Kolompár Rozália, TAJ 038 447 219, from Bolyok-Hétesi telep, phone +36 30 418 2277, children taken into state care in 2024. március 7.', [('name', 'Kolompár Rozália'), ('health_plan', '038 447 219'), ('place', 'Bolyok-Hétesi telep'), ('phone', '+36 30 418 2277'), ('date', '2024. március 7.')]),
    C('Saint Lucian banana farmer Prosper Jn Baptiste, NIC LC 1968-4418, from Mon Repos Micoud, speaks Kwéyòl in session.', [('name', 'Prosper Jn Baptiste'), ('ssn', 'LC 1968-4418'), ('place', 'Mon Repos Micoud')]),
    C('Bernat Puigdollers i Serra from Ribes de Freser Batet phoned twice yesterday.', [('name', 'Bernat Puigdollers i Serra'), ('place', 'Ribes de Freser Batet')]),
    C("A Basque colleague recommended Boris Cyrulnik's Un merveilleux malheur on Resilience; does anyone know if it's in English and worth using with Spanish trainees?"),
    C('Semaglutide (Ozempic) shortages in Germany and Austria left two Binge Eating Disorder clients spiralling in November; has anyone used CBT-E by Christopher Fairburn with them?'),
    C('Bosnian mother, Hajra Salihović, 90 godina, phone +387 56 441 208, the DNA identification came through for her younger son.', [('name', 'Hajra Salihović'), ('age_over_89', '90 godina'), ('phone', '+387 56 441 208')]),
    C('Our Saturday group uses the Hungarian version of the Beck Depression Inventory, but two Roma mothers from Borsod-Abaúj-Zemplén asked for Romani items. Does the Semmelweis adaptation exist?'),
    C('Ukrainian refugee in Kraków Nowa Huta, Oleksandra Pidvysotska, PESEL UKR 75091922846, phone +48 573 218 904, husband at the front; Telegram t.me/oksana_hrytsenko_krk.', [('place', 'Kraków Nowa Huta'), ('name', 'Oleksandra Pidvysotska'), ('ssn', '75091922846'), ('phone', '+48 573 218 904'), ('url', 't.me/oksana_hrytsenko_krk')]),
    C('Bavarian brewery driver, Korbinian Stadlmayr, kennzeichen MB-KS 217, Führerschein B072H4Z1Q51, lost a cyclist on the B318 near Gmund-Finsterwald.', [('name', 'Korbinian Stadlmayr'), ('vehicle', 'MB-KS 217'), ('licence', 'B072H4Z1Q51'), ('place', 'Gmund-Finsterwald')]),
    C("US colleagues: the 988 Suicide and Crisis Lifeline and SAMHSA's Tribal Opioid Response grants cover Montana and the Dakotas differently. Who knows the Medicaid rules?"),
    C("K'iche' clients use the word susto and describe the Conflicto Armado as if it were last year; I've been reading Ricardo Falla's Masacres de la Selva for context."),
    C("Martinique's CHU psychiatrists prescribe Haloperidol decanoate monthly, and the Créole word tèt chajé describes the worry; any Créole PHQ-9 or GAD-7 in use?"),
    C("Nordic colleagues: is the Danish word hygge being sold as therapy now? Two clients brought Meik Wiking's The Little Book of Hygge and a Lego calendar to my Wednesday group."),
    C('Northern Cheyenne colleagues speak of historical trauma as Maria Yellow Horse Brave Heart described it; her Sacred Path model is used in Montana and the Dakotas.'),
    C('Faroese clients say tað loysir seg, it will sort itself out, and I wonder whether Steven Hayes would call it Avoidance or Acceptance; my Danish supervisor at the Psykiatrifonden says Resilience.'),
    C('Siim Kuusk paid by LHV account EE38 7700 7710 0448 2177; he lives at Kalda tee 4-9, EE-43121 Kiviõli.', [('name', 'Siim Kuusk'), ('account', 'EE38 7700 7710 0448 2177'), ('street_address', 'Kalda tee 4-9'), ('zip_code', 'EE-43121'), ('place', 'Kiviõli')]),
    C('Chilean client Javiera Loncomil, CuentaRUT CuentaRUT 17.448.219-3, Isapre Colmena COL-41827733, phone +56 9 7741 2098.', [('name', 'Javiera Loncomil'), ('account', 'CuentaRUT 17.448.219-3'), ('health_plan', 'COL-41827733'), ('phone', '+56 9 7741 2098')]),
    C("Kosovo colleagues, the Kosova Rehabilitation Center's Testimony Therapy works in Albanian, but the Serbian-speaking clients in the north ask for it too."),
    C('Falklands veterans say the charity Help for Heroes runs a Thursday Zoom, and SAMA82 says its members prefer peer groups to CBT.'),
    C('Pueblo client from Santo Domingo Kewa, phone 505-465-2189, fax for the clinic 505-465-2290.', [('place', 'Santo Domingo Kewa'), ('phone', '505-465-2189'), ('fax', '505-465-2290')]),
    C("Irish Travellers' mental health: the All Ireland Traveller Health Study and Pavee Point report suicide rates six times higher; do colleagues use Gaelic or Cant in session?"),
    C('Jory Trewhella in St Just Pendeen lost a brother in the mine.', [('name', 'Jory Trewhella'), ('place', 'St Just Pendeen')]),
    C('My client Dolors Vinyals lost her farmhouse above Santa Coloma de Queralt in the fire.', [('name', 'Dolors Vinyals'), ('place', 'Santa Coloma de Queralt')]),
    C('The Kosovo Rehabilitation Centre for Torture Victims shared a Testimony Therapy protocol; has anyone adapted it for Albanian women in Switzerland or Germany?'),
    C('Teófilo Cabrera Montiel describes the military camp at Mariscal Estigarribia.', [('name', 'Teófilo Cabrera Montiel'), ('place', 'Mariscal Estigarribia')]),
    C("Quick pharmacology check: Bupropion 300 mg XL and Tramadol from her Dutch huisarts, seizure risk flagged by the KNMP app, and she's flying to Suriname in December."),
    C("Nova Scotia fishing licence NS-FL 104418, vessel Kalolin's Pride NS 22074, Peter Googoo, lobster trap fight at Saulnierville Meteghan.", [('licence', 'NS-FL 104418'), ('vehicle', "Kalolin's Pride NS 22074"), ('name', 'Peter Googoo'), ('place', 'Saulnierville Meteghan')]),
    C('Ukrainian children here use Minecraft to rebuild their homes; has anyone tried Play Therapy with Sandtray by Garry Landreth alongside the Child PTSD Symptom Scale?'),
    C("Oil patch workers in North Dakota drink Monster and Red Bull through 14-hour shifts; I'm using the AUDIT-C and the Epworth Sleepiness Scale but they never score honestly."),
    C('Guadeloupe water cuts: Ti-Jean Bellemare-Nelson, phone +590 690 44 72 18, address 12 allée des Pois-Doux, 97129 Lamentin Castel.', [('name', 'Ti-Jean Bellemare-Nelson'), ('phone', '+590 690 44 72 18'), ('street_address', '12 allée des Pois-Doux'), ('zip_code', '97129'), ('place', 'Lamentin Castel')]),
    C("Please help me think. A Jamaican elder, Ivy Mae Chambers-Lindo, now lives with her son in Hamstead Hill Handsworth in the West Midlands after the Windrush scandal kept her from returning; she has lost her papers twice. She is 90 by her own count, NHS NHS 448 207 1836, and her son set up justgiving.com/crowdfunding/ivymae-homecoming for her trip to Accompong Maroon Town. She now says she doesn't want to go.", [('name', 'Ivy Mae Chambers-Lindo'), ('place', 'Hamstead Hill Handsworth'), ('age_over_89', '90 by her own count'), ('health_plan', 'NHS 448 207 1836'), ('url', 'justgiving.com/crowdfunding/ivymae-homecoming'), ('place', 'Accompong Maroon Town')]),
    C('Manitoba Métis Federation runs a Wellness program on Thursdays, and my client wants me to join their Sharing Circle. Is it a Boundary question or a Cultural one?'),
)

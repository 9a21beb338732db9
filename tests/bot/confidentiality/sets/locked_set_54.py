"""FIFTY-FOURTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not run git log at all (no commit message or diff of any
commit was read), and did not read bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or the snippets
of eval_set.py, dev_extra.py, locked_set.py or locked_set_2.py ...
locked_set_53.py (set 55, written at the same time in another worktree,
was not seen at all).  What was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_52.py and locked_set_50.py
(the dense sets this one is modelled on) and locked_set_53.py (for its
list of settings), each printed once, on its own, up to its closing
triple quote (none of their cases); the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and,
separately, its last three lines (two snippets, for the file format;
none of their sentences was copied); the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of
that file); and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  No reading was cut by the
terminal or printed twice, and no slip of the reading rule occurred.
The header of this file (the import of EvalCase, the alias "C =
EvalCase" and the name LOCKED54_CASES) was written from the format of
set 13's tail and the test's module and attribute names, not read from
another set.  The overlap filter described below imported the earlier
sets and printed only this set's own clashing strings.  The only test
run was test_locked_sets.py (selected with -k 54); ruff was run on this
file and on that test file.  Every snippet is set in Europe and the
Americas (the Caribbean, Central and South America, Canada, the US, the
UK and Ireland, the Nordic and Baltic countries, the Balkans, Iberia and
Eastern Europe included) and their diasporas there.

How it was made: every snippet was written by hand, under a very tight
time limit, as a consultation request or a chat message to peers in a
therapists' consultation group, dense with capitalised terms like sets
50 and 52, with settings chosen to differ from sets 50-53's: Flateyri's
avalanche, the Faroese grind, the Estonia ferry, Riga's Zolitūde roof,
Kaunas barracks, the April 2010 air crash, Bucharest's Colectiv fire,
Kolontár's red sludge, Mati's 2018 fire, the Mari naval base blast,
Rigopiano's avalanche, the Genoa bridge, Cutro's shipwreck, the Angrois
train crash, Atocha 2004, the Lorca quake, Entre-os-Rios' bridge, Nice's
Promenade, Marseille's rue d'Aubagne, Hanau, Halle's synagogue,
Magdeburg's Christmas market, MH17, Zaventem, Bondo's landslide, Galtür,
Srebrenica's mothers, Vukovar, Mitrovica's bridge, Albanian blood feuds,
the Durrës quake, Skopje, Lytton's heat dome, Kamloops, Attawapiskat,
Iqaluit's water, Gander on 9/11, Flint's water, the Camp Fire, Ian on
Pine Island, Mayfield's candle factory, the Kentucky floods, Mitch in
Choluteca, Masaya 2018, Soyapango's state of exception, Léogâne in
2010, Dorian on Abaco, Ivan in Grenada, chlordecone in Guadeloupe, a
Q'eqchi' village in Belize, Constitución's tsunami, the Mariana dam;
Lockerbie, Dunblane, Omagh, the Manchester Arena, Shoreham's airshow,
Hillsborough, Bloody Sunday, Ballymurphy, Aberfan, Piper Alpha, Utøya,
Gjerdrum's quick clay, Kauhajoki, Field's, Trollhättan, the Gothenburg
disco fire, the Bijlmer crash, Enschede's fireworks, Volendam's café
fire, Liège's grenade attack, Toulouse 2012, Sandy Hook, Parkland,
Pulse, Route 91, El Paso's Walmart, Oso, Joplin, Katrina, Sandy,
Harvey, the Broncos bus, the Quebec City mosque, the Toronto van
attack, the Polytechnique, Elliot Lake, Walkerton, Armero, Mocoa,
Cromañón, the Kiss nightclub, Chapecó, Pedernales, Senkata,
Tlahuelilpan, the Volcán de Fuego, the Hogar Seguro fire, Mesa Redonda,
Copiapó's 33, Ycuá Bolaños, the Hotel Saratoga blast, Tivoli Gardens
2010 and the 1990 Port of Spain coup; stalkers and portal audits by IP
address, fundraisers and postings, payments, devices, licences and
crashes, addresses and very old clients from Kramatorsk to Montevideo,
and ordinary prose about clients in Petrovaradin, Rosengård, Broadwater
Farm, Crown Heights, Leixões, Húsavík, Limerick, Sharpstown, Whitby,
Tenosique, Grenoble's Villeneuve, Maricá, Ahmići, Kazimierz, Urk,
Ischia and elsewhere: short referral lines, rushed lower-case chat
(five identifier snippets write names or places in lower case), faxes,
portal and audit logs, and longer narrative requests with the
identifiers mid-sentence (six of 407-461 characters).  54 of the
identifier snippets hold only a name and/or a place, written as
ordinary consultation prose or questions to peers, often with the name
at the start of a sentence or mid-sentence and no cue word before it
(some with a first name alone).  Nothing was composed by a script: the
author wrote the snippets in plain text files outside the repository
(/tmp/set54work/) with the planted spans marked inline, and a script
there only stripped the marks into the expected lists, checked lengths,
token boundaries, duplicate spans and duplicate snippets, measured the
clean density, checked overlap with the earlier sets, shuffled the
order with a fixed seed and wrote this file.  Every later edit was typed
by hand as a find-and-replace pair that a small script applied to the
drafts (about 250 pairs in all, and a few one-line sed edits); this is
stated here.

Edits made after drafting, stated here: an unfinished identifier line
(a memorial case broken off after a name and "no -") and a stray shell
word that a mistyped here-document had written into a draft were
deleted; twelve false starts and asides the author had typed into the
identifier drafts were cut with their values or rewritten, leaving only
the corrected text (a wrong name followed by "- sorry,", an age and
"- no, her mother", a town followed by "? no;", a public figure's first
name "everyone remembers", "careful, ... is the barrio", a real miner's
name, a Tahitian name followed by "wait ... wrong region", and places
followed by "? no -", "? he's in", "? no, at", "? no - from" and "? -
he lives in").  A Cyrillic letter typed into a URL was replaced by its
Latin twin, a hotel's name by "a seafront hotel", a bridge named after
its engineer by the city's bridge collapse, a crash named after a
foreign city by its month and year, and an age written unlabelled
("ninety-one") was labelled.  In a review, about fifty city, town,
district and county names written unlabelled in identifier snippets
(before "fire", "quake", "bomb", "shooting", "crash", "flood",
"tornado", "shipwreck", "landslide" and "avalanche", in headers such as
"X:", after "in", before postal codes, in a rehab unit and a CAMHS
team's names) were labelled; later a city after "via" was replaced by
the country and a square's name before an attack was cut.  In the clean snippets, a capital in a diaspora group's
description was replaced by the country, a university named after a
city by "an Estonian university team", and two drafts with fewer than
four capitalised words had a brand, a manual or a maker added.  Six
long narrative identifier snippets were added after the first draft.
Overlap with the other sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: about 185 values in the
first round (most of them places, with 8 first names alone - three of
them lower-case -, 20 ages over 89, 6 postal codes, 3 national numbers,
a health card, a date, a licence and an IP address; places were
lengthened with a quarter, end, side, estate, strip, village or a
neighbourhood, or given their city as a possessive, or cut where a
smaller labelled place was already in the snippet, first names given a
surname, ages given a phrase such as "by the cofradía's book", "at
Divali" or "come Hogmanay", postal codes given a country prefix or
changed, and the numbers, date, licence and IP changed), 14 in the
second (9 places, 3 postal codes, an age and a date), 2 in the third (a
postal code and an age), 3 in the fourth (places in the added
narratives); the last pass found nothing.

Settings: an avalanche brother, a grind cousin, a hull's sound at
ninety-one, a roof-collapse widower, a son's phone kept charged, an air
crash, club-fire burns, a red-sludge tap, a grandson on a beach, a
naval-base widow, January nightmares, a viaduct, an Afghan survivor of a
shipwreck, a train curve, a yearly memorial, a car as a bedroom, a
bridge widow, a daughter and the sea, a rehousing, a brother of one of
nine, a synagogue day, a market car, a daughter and a son-in-law on a
plane, a prosthetic leg, a lost hut, a slope not looked at, a DNA match
awaited, a missing son, a café worker, a boy kept indoors, a container
home, a stalker's plate, a heat-dome fire, a "discovery" refused, a
youth on a reserve, water, Texans written to, a son's lead level, a
drive through flames, a roof rescue, a night shift, a lost mother, a
colonia, a shot son, a detention, a MonCash account, a shantytown, a
rebuilt house, chlordecone, a Q'eqchi' village, a father lost on an
island, a dam; a nine-year-old in 1988, a school parent, a sister lost,
a fourteen-year-old at a concert, a driver on the A27, a male
therapist asked for, a Bogside family, an inquest, a junior school,
a platform widow, an island survivor, a quick-clay house, a classroom,
a cinema, a school attack, a disco fire, a crash in a flat, fireworks,
café-fire burns and a pump, a grenade, a pupil, a teacher's aide, a
class of 2019, a club survivor, a concert survivor, a border commuter,
lost neighbours, a hospital in a tornado, a pacemaker and a refusal to
leave, a lost father, a nail salon, a junior hockey bus, a mosque, a
street, a mother of the Polytechnique, a mall, boiled water, a child
survivor of a mudslide, a Kamëntšá barrio, a club fire, a journalist's
widow, a quake, a lost son at a plant, a pipeline blast, a volcano, a
girls' home fire, a market fire, a mine rescue, a supermarket fire, a
hotel blast, a 2010 incursion, a coup hostage, an overdose cluster;
portal audits and stalkers by IP address (a Kramatorsk refugee, a
telehealth account, a booking system, a café, a patient app), postings
(a forum thread, a GoFundMe, a TikTok of a crash, a late husband's
Facebook, a Blogspot, a YouTube vlog, Reddit, Instagram, Telegram, a
leaked Zoom link, JustGiving), payments (MB WAY, an Irish IBAN, Swish,
Venmo, Cash App, Interac, Pix, Mercado Pago, Revolut, PicPay, Zinli,
MonCash, a Chase account), devices (an insulin pump in a locker, a
cochlear processor at a protest, an oxygen concentrator, a shared
Dexcom, a pacemaker feared hacked, an airline's wheelchair, hearing
aids, an ankle monitor, a spinal stimulator, a CPAP, an IMEI, a
prosthetic knee, a Medtronic pump), licences and crashes (a bus
driver, a complaint about a psychologist, a nurse's inquiry, a port
lorry, a jackknifed truck, a rollover, a Greek taxi, a learner's
cyclist, a lorry at a border, a robbed taxi, a snowmobile death, a
Kentucky driver, Las Vegas, Shoreham and a Connecticut aide), and very
old clients (a ferry survivor, an Atocha widow, a Halle woman, a Galtür
woman, a Secwépemc elder, a Gander host, a Pine Island man, an Oso
neighbour, a Lower Ninth Ward elder, a Hillsborough father, a Piper
Alpha widow, a Polytechnique mother, a Maya Kaqchikel grandmother, a
Trinidad hostage, a Sámi reindeer family's elder, a Silesian miner, an
Icelander evacuated from Grindavík, a Kłodzko woman, a Greek-American
widow, an Amatrice nonna, a Vieques elder and an Urk widow); with local
identifier formats for Icelandic kennitala, Estonian isikukood, Latvian
personas kods, Polish PESEL, Romanian CNP, Greek AMKA, Cyprus ID,
Italian codice fiscale and permesso, Spanish DNI, French NIR, German
Steuer-ID, Dutch BSN, Belgian rijksregisternummer, Swiss AHV, Bosnian
JMBG, Croatian OIB, Kosovo ID, Macedonian EMBG, Canadian status card,
Honduran DNI, Nicaraguan cédula, Salvadoran DUI, Haitian NIF, Bahamian
NIB, Belizean social security, Chilean RUT, Brazilian CPF, Norwegian
fødselsnummer, Finnish HETU, Danish CPR, Swedish personnummer,
Colombian cédula, Argentine DNI, Ecuadorian cédula, Bolivian CI,
Mexican CURP, Guatemalan DPI, Peruvian DNI, Paraguayan CI, Cuban carné,
Jamaican TRN and Irish PPSN numbers (ssn); Bucharest burns, Scottish
CHI, Forth Valley, Northern Irish H&C, NHS England, NHS Wales, Kaiser,
St Vincent's, AP-HM, Charité, Barbados QEH, Santa Maria, Helsinki HUS
and Porto Alegre files (medical_record); TAJ, SIP, SNS, KVNR, BC MSP,
OHIP, NU, Michigan and Florida Medicaid, Medicare MBIs, Saskatchewan,
RAMQ, carte Vitale, IESS, ÖGK and SIS numbers (health_plan); Norwegian,
Ontario, Texas CDL, Greek taxi, Irish learner, Romanian, Jamaican,
Quebec, Polish, UK DVLA, Kentucky and Connecticut licences and HCPC and
NMC registrations (licence); Norwegian, Italian, UK, Polish, Ontario,
Texas, Greek taxi, Irish, Romanian, Jamaican taxi, Nevada, California,
Saskatchewan, Macedonian and Austrian plates (vehicle); addresses
written the local way (Latvian iela with flat, Polish ul. with m.,
Spanish rúa with floor, French boulevard with appartement, German
Straße, Swedish gata with lgh and torg, US road and avenue, Argentine
street, Bulgarian ul. with et. and ap., Uruguayan avenida with apto,
Austrian Hauptplatz with stair and door, Peruvian jirón with interior,
Brazilian rua with apto, Northern Irish road, Colombian carrera with
Sur and apto) with postal codes of those countries, IPv4 and IPv6
addresses, URLs and phone and fax numbers in local and international
formats.

398 snippets, 243 with identifiers and 155 clean (lengths 53-461,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 12): date 13, age_over_89 22, phone
20, fax 13, email 13, url 13, ip_address 13, ssn 47, medical_record 15,
health_plan 19, account 13, licence 15, vehicle 16, device 14,
street_address 18, zip_code 16; with 244 names and 299 places smaller
than a state (the test requires 244 and 299).  54 of the identifier
snippets hold only names and/or places and nothing else.

Names: Icelandic, Faroese, Estonian, Latvian, Lithuanian, Polish,
Romanian, Hungarian, Greek and Greek Cypriot, Italian (Abruzzese,
Ligurian, Calabrian, Neapolitan), Afghan, Galician, Castilian, Murcian,
Portuguese, Algerian-French, Senegalese-French, Kurdish-German, German,
Jewish German, Dutch, Ghanaian-Dutch, Moroccan-Dutch, Flemish, Walloon,
Romansh, Tyrolean, Bosniak, Croatian, Serbian, Montenegrin, Kosovar
and Northern Albanian, Macedonian, Czech, Slovene, Ukrainian,
Bulgarian; Scots, Orcadian and Gaelic, Irish (with Irish-language
names), Northern Irish, Welsh, English (Liverpool, Sussex, Yorkshire),
Nigerian- and Ghanaian-British, Norwegian, Northern Sámi, Finnish,
Danish, Swedish, Somali-Swedish, Iranian-Swedish, Kenyan-Danish,
Syrian-Danish; Nlaka'pamux, Secwépemc, Cree, Inuit, Newfoundland,
Québécois, Tunisian-Québécois, Korean-Canadian, Portuguese-Canadian,
Mennonite-Canadian, African American, Appalachian, Cajun and Creole
Louisianan, Vietnamese-American, Mexican American, Puerto Rican,
Cuban, Greek-American, Hasidic, Anglo-American; Honduran, Nicaraguan,
Salvadoran, Haitian, Bahamian Haitian, Grenadian, Guadeloupean,
Martiniquais, Q'eqchi', Kaqchikel, K'iche', Mixtec, Chilean,
Brazilian (Mineiro, Gaúcho, Carioca, Paulista, Pernambucan,
Japanese-Brazilian), Kamëntšá, Paisa, Colombian, Argentine, Uruguayan,
Afro-Ecuadorian, Aymara and Quechua, Mexican, Guatemalan, Limeño,
Paraguayan, Jamaican, Trinidadian Indian and Barbadian names;
lower-case names and places, hyphenated and multi-part names, a
nickname in quotes, names with Ní, Ó and Mac, names with Ould and van
der, and names with diacritics and apostrophes.  Places: villages,
hamlets, quarters, estates, housing blocks, barrios, colonias and
favelas' complexes, First Nations and their parts, holler and
parishes, islands and islets smaller than a state, harbours, camps,
bends and corners, streets' ends and sides, markets and neighbourhoods
given their city as a possessive, and places after street addresses.

Clean snippets: peer-consultation messages, questions, reading-group
notes, supervision reflections and scheduling chatter with four to
fourteen capitalised words each after the first word of a sentence
(1141 in 155 snippets, about 7.4 per snippet, counted by the author's
script, acronyms included and the pronoun "I" excluded): drug brands
and generics with doses and laboratory values, scales and
questionnaires and their local-language versions, therapy models and
their founders, real published authors with years and books,
guidelines, laws, regulators, insurers and professional bodies,
idioms of distress (ataque de nervios, nervoso, susto, kè sote, syri i
keq, sevdah, obeah, machismo and caballerismo), weekdays, months,
seasons, religious feasts and fasts (Ramadan, Lent, Great Lent, Easter,
Orthodox Christmas, Pesach, Chol HaMoed, Sukkot, Yom Kippur, Shabbat,
Semana Santa, Día de los Muertos, Slava, Zadušnice, Parastas,
Midsummer, Juhannus, Jāņi, Jaanipäev), charities, helplines, apps and
products, countries, states, provinces and regions, nationalities,
religions and languages (Ukrainian, Polish, Catalan, Castilian,
Kreyòl, Papiamentu, Kalaallisut, Plautdietsch, Aymara, Quechua,
Kurmanji, Sorani, Welsh, BSL, ISL and ASL), and no place smaller than
a state or a country's first-level subdivision.
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED54_CASES = [
    C('For Greek Orthodox clients during Great Lent, fasting affects Lithium levels; our Greek psychiatrist checks them in the second week of March.'),
    C('Ferry survivor from 1994, now ninety-one come the first snow, Aino Tammsaar-Lepik, Estonian isikukood 42903150277, says the sound of a hull still wakes her.', [('age_over_89', 'ninety-one come the first snow'), ('name', 'Aino Tammsaar-Lepik'), ('ssn', '42903150277')]),
    C('Puerto Rican clients after Hurricane Maria: the ASSMCA and the Mental Health Act of Puerto Rico (Ley 408) are the local frame. FEMA crisis counselling is over.'),
    C("Longer question: Mónica Zapata-Echeverri fled San Carlos, Antioquia after the paramilitaries burned the bakery, lived in Bogotá's Ciudad Bolívar for years, and is now in Madrid's Usera cleaning offices at night. She keeps a notebook of the names of the dead from her town and reads it aloud on the first of every month. She wants to stop but is afraid she'll forget them. Any thoughts on ritual, memory and NET in a case like this?", [('name', 'Mónica Zapata-Echeverri'), ('place', 'San Carlos, Antioquia'), ('place', "Bogotá's Ciudad Bolívar"), ('place', "Madrid's Usera")]),
    C("Hospital record HUS 8821044-7 for Eetu Lindroos-Kallio, who lives in Vuosaari's Meri-Rastila.", [('medical_record', 'HUS 8821044-7'), ('name', 'Eetu Lindroos-Kallio'), ('place', "Vuosaari's Meri-Rastila")]),
    C("Dagny Holmgren-Viklund, Storgatan 18 B, 972 34 Luleå's Svartöstaden; daughter in Kiruna's Luossavaara.", [('name', 'Dagny Holmgren-Viklund'), ('street_address', 'Storgatan 18 B'), ('zip_code', '972 34'), ('place', "Luleå's Svartöstaden"), ('place', "Kiruna's Luossavaara")]),
    C('Does anyone run Acceptance and Commitment Therapy groups in French for Québécois clients? The OPQ has a 2022 guidance on group confidentiality.'),
    C('Our Mexican colleagues use the CES-D in Spanish and the ENSANUT norms. Has anyone compared it with the PHQ-9 Mexican validation by Arrieta?'),
    C('Sign language clients: BSL, ISL and ASL differ a lot; SignHealth in England and the Irish Deaf Society can help with Deaf-friendly CBT resources.'),
    C('Lorca quake, Ginés Martínez-Lorente, SIP card MRCA 4471 0921 88, lives in barrio de La Viña and sleeps in the car when a lorry passes.', [('place', 'Lorca'), ('name', 'Ginés Martínez-Lorente'), ('health_plan', 'MRCA 4471 0921 88'), ('place', 'barrio de La Viña')]),
    C('Atomoxetine 80 mg in a Finnish teen; the Käypä hoito guideline lists it second-line after Methylphenidate. The Fimea monitoring form needs a BP every three months.'),
    C('Tk\'emlúps 215: Theresa Jules-Manuel, Secwépemc elder, 92 by the band office\'s count, asks that the group not call it a "discovery".', [('place', "Tk'emlúps"), ('name', 'Theresa Jules-Manuel'), ('age_over_89', "92 by the band office's count")]),
    C("Jung's Memories, Dreams, Reflections is on our March list, then Marie-Louise von Franz on fairy tales. The IAAP conference is in Europe in August."),
    C('My client Dariusz Michalak-Nowak says Bolesławów will never be the same town again.', [('name', 'Dariusz Michalak-Nowak'), ('place', 'Bolesławów')]),
    C("Mum's email is nonna.concetta1932@libero.it - Concetta Russo-Amato, 92 by the San Giuseppe feast, Amatrice's Sommati.", [('email', 'nonna.concetta1932@libero.it'), ('name', 'Concetta Russo-Amato'), ('age_over_89', '92 by the San Giuseppe feast'), ('place', "Amatrice's Sommati")]),
    C('Supervision: I\'ve been offering Internal Family Systems (Schwartz, 1995) to a Chilean client; she calls her parts "las viejas". The IFS Institute has Spanish materials.'),
    C("Faith question: a Pentecostal client from Ghana living in Ireland believes depression is demonic. I used Koenig's work and the RCPsych Spirituality SIG leaflet."),
    C('Any Baltic colleagues use the Estonian EEK-2 or the Latvian PHQ-9? an Estonian university team published norms in Eesti Arst, I think in 2018.'),
    C('Lamotrigine 200 mg plus Quetiapine XR 300 mg in a bipolar II client; the YMRS is low but the QIDS creeps up every November. Seasonal pattern? Light box from Lumie?'),
    C('Copiapó: Raúl Bustos-Ibaceta, cousin of one of the 33, RUT 11.093.564-2, mine-rescue nightmares.', [('place', 'Copiapó'), ('name', 'Raúl Bustos-Ibaceta'), ('ssn', '11.093.564-2')]),
    C('A Catholic client asked if therapy "contradicts confession". I referred to the Pontifical Council\'s notes and to Pargament\'s spiritually integrated psychotherapy.'),
    C("MH17 families: Marloes van der Heijden-Smit, BSN 218390476, from Hilversum's Kerkelanden, lost her daughter and son-in-law.", [('name', 'Marloes van der Heijden-Smit'), ('ssn', '218390476'), ('place', "Hilversum's Kerkelanden")]),
    C('Shoreham airshow crash: Dean Wicks-Harland was on the A27, licence WICKS707118DH9AB, plate GU15 XKP.', [('place', 'Shoreham'), ('name', 'Dean Wicks-Harland'), ('licence', 'WICKS707118DH9AB'), ('vehicle', 'GU15 XKP')]),
    C('Licence: Ole-Petter Haugland-Moe, bus driver, førerkort 11 4470 9218 3, after the Beiarn bus crash.', [('name', 'Ole-Petter Haugland-Moe'), ('licence', '11 4470 9218 3'), ('place', 'Beiarn')]),
    C('Utøya survivor, Sindre Aasheim-Kvalvik, fødselsnummer 03029742118, email sindre.aak@online.no.', [('place', 'Utøya'), ('name', 'Sindre Aasheim-Kvalvik'), ('ssn', '03029742118'), ('email', 'sindre.aak@online.no')]),
    C("In today's group Evangelina Domínguez-Acuña from Ituzaingó talked about her son's overdose for the first time.", [('name', 'Evangelina Domínguez-Acuña'), ('place', 'Ituzaingó')]),
    C("Skopje's Karpoš IV: Bisera Trajkovska-Ilievska, EMBG 1506983455017, Sredno Vodno stalking; ex's plate SK 4471 BC.", [('place', "Skopje's Karpoš IV"), ('name', 'Bisera Trajkovska-Ilievska'), ('ssn', '1506983455017'), ('place', 'Sredno Vodno'), ('vehicle', 'SK 4471 BC')]),
    C("Cochlear processor Nucleus 8 CP1150 serial 4418771029 lost at a protest by Mateo Villalba-Quiroga, Montevideo's Cerro.", [('device', 'Nucleus 8 CP1150 serial 4418771029'), ('name', 'Mateo Villalba-Quiroga'), ('place', "Montevideo's Cerro")]),
    C("The Mental Health Foundation's report on older adults (2024) found loneliness worst in Scotland and Wales; Age UK and Silver Line remain the go-to lines."),
    C("Fax +351 213 418 822, Santa Maria hospital, Inês Vasconcelos-Freitas, processo HSM 0041872, Alfama's São Miguel.", [('fax', '+351 213 418 822'), ('name', 'Inês Vasconcelos-Freitas'), ('medical_record', 'HSM 0041872'), ('place', "Alfama's São Miguel")]),
    C('For Romanian clients, the Orthodox Easter and the Parastas memorials matter; the CPR (Colegiul Psihologilor din România) has a note on bereavement leave.'),
    C("Ángela Rubio-Castaño's son died on 29/10/2024 in La Torre de Valencia; email angela.rubcast@yahoo.es.", [('name', 'Ángela Rubio-Castaño'), ('date', '29/10/2024'), ('place', 'La Torre de Valencia'), ('email', 'angela.rubcast@yahoo.es')]),
    C("Durrës quake 2019, Mirela Hoxha-Çela was in a seafront hotel, phone 068 912 3340, now in a container in Thumanë's new block.", [('place', 'Durrës'), ('name', 'Mirela Hoxha-Çela'), ('phone', '068 912 3340'), ('place', "Thumanë's new block")]),
    C("Next Wednesday we're on Shame by Brené Brown (Daring Greatly, 2012) and Paul Gilbert's shame work; both resonate with my Irish Catholic clients."),
    C("CGM Dexcom G7 SN 8BK2V7QZ shared with her ex, Beatriz Lozano-Aranda, Puente de Vallecas' Entrevías.", [('device', 'Dexcom G7 SN 8BK2V7QZ'), ('name', 'Beatriz Lozano-Aranda'), ('place', "Puente de Vallecas' Entrevías")]),
    C("Portal audit for Oksana Melnychuk-Dovzhenko (from Kramatorsk, now in Wrocław's Nadodrze): logins from 188.163.42.117 and 2a02:a311:8c40:1f00::2b, not her devices.", [('name', 'Oksana Melnychuk-Dovzhenko'), ('place', 'Kramatorsk'), ('place', "Wrocław's Nadodrze"), ('ip_address', '188.163.42.117'), ('ip_address', '2a02:a311:8c40:1f00::2b')]),
    C("Bondo landslide, Graubünden: Gian Andrea Crameri-Giovanoli lost his hut in Bondo's Sottoponte; AHV 756.4418.2093.71.", [('place', 'Bondo'), ('name', 'Gian Andrea Crameri-Giovanoli'), ('place', "Bondo's Sottoponte"), ('ssn', '756.4418.2093.71')]),
    C("Kristján Eldjárn-Hauksson from Húsavík saw the whale boat capsize and now can't take his kids on the ferry.", [('name', 'Kristján Eldjárn-Hauksson'), ('place', 'Húsavík')]),
    C('Interesting paper by Bryant and colleagues in The Lancet Psychiatry (2022) on group CBT for refugees in Europe; the Syrian cohort in Germany did well.'),
    C('Haloperidol 5 mg IM used twice in an Ecuadorian client; the family wants to stop all meds before Semana Santa. The MSP in Ecuador and Kichwa healers were mentioned.'),
    C('Aberfan: Gareth Pritchard-Lewis was in the junior school on 21 October 1966; now in Merthyr Vale, NHS Wales CTM 7719 204 5.', [('place', 'Aberfan'), ('name', 'Gareth Pritchard-Lewis'), ('date', '21 October 1966'), ('place', 'Merthyr Vale'), ('medical_record', 'CTM 7719 204 5')]),
    C('I\'d value input. Tomás Ó Flaithbheartaigh-Keane is a fisherman from Inis Meáin\'s east village who now lives in Galway\'s Mervue after his boat went down in a February storm with his cousin aboard. He speaks Irish at home and English in session, and says the English words feel "like a borrowed coat". He drinks on Thursdays when the trawlers leave. Would offering sessions in Irish change anything, and has anyone used the Irish-language PHQ-9?', [('name', 'Tomás Ó Flaithbheartaigh-Keane'), ('place', "Inis Meáin's east village"), ('place', "Galway's Mervue")]),
    C('Trazodone 50 mg and Melatonin 3 mg for a teenager; the UK MHRA warns about melatonin gummies bought online from the US. Worth telling parents in January.'),
    C('Fax +33 4 91 44 18 27 from the Timone, re Ibrahima Diallo-Ferrand, dossier AP-HM 2024-117408.', [('fax', '+33 4 91 44 18 27'), ('name', 'Ibrahima Diallo-Ferrand'), ('medical_record', 'AP-HM 2024-117408')]),
    C("For our Inuit clients the Nunavut Department of Health's Inunnguiniq parenting programme and ITK's National Inuit Suicide Prevention Strategy are helpful."),
    C('Armley corner junior hockey bus crash: Reid Fehrenbach-Olson, Saskatchewan health 972 308 415, semi plate SK 418 LKM.', [('place', 'Armley corner'), ('name', 'Reid Fehrenbach-Olson'), ('health_plan', '972 308 415'), ('vehicle', 'SK 418 LKM')]),
    C("Lytton heat-dome fire, Colton Spahan-Michell from Lytton First Nation's Kanaka Bar, status card 6470112883, BC MSP 9077 420 118.", [('place', 'Lytton'), ('name', 'Colton Spahan-Michell'), ('place', "Lytton First Nation's Kanaka Bar"), ('ssn', '6470112883'), ('health_plan', '9077 420 118')]),
    C('For Cuban elders in Florida, the Geriatric Depression Scale in Spanish and the Mini-Cog are quick; Medicare Part B covers the annual depression screen.'),
    C('Paulina Zawadzka-Lis was born 17.03.1986 in Przemyśl\'s Zasanie; she wants the letter to say only "war-related grief".', [('name', 'Paulina Zawadzka-Lis'), ('date', '17.03.1986'), ('place', "Przemyśl's Zasanie")]),
    C("Anton Derkach sits by the window in Chernivtsi's Sadhora all day waiting for news of his son.", [('name', 'Anton Derkach'), ('place', "Chernivtsi's Sadhora")]),
    C('Thandiwe Mokoena-Gray from Kensal Rise asked if grief can "skip a generation".', [('name', 'Thandiwe Mokoena-Gray'), ('place', 'Kensal Rise')]),
    C('Our Brazilian Portuguese group uses the WHO-5; Anvisa, CFP and the SUS CAPS network recommend it as a quick well-being check.'),
    C('Paroxetine discontinuation is brutal for my Portuguese client; the Prescrire review (2020) and Horowitz and Taylor (Lancet Psychiatry, 2019) support a hyperbolic taper.'),
    C("1990 coup: Ramesh Persad-Ali, was a hostage in the Red House; now 94 at Divali, in Chaguanas' Endeavour.", [('name', 'Ramesh Persad-Ali'), ('age_over_89', '94 at Divali'), ('place', "Chaguanas' Endeavour")]),
    C("Audit: Birgitta Ek-Sandberg record opened from 10.52.9.181 by someone outside our clinic in Västerås' Bäckby.", [('name', 'Birgitta Ek-Sandberg'), ('ip_address', '10.52.9.181'), ('place', "Västerås' Bäckby")]),
    C("Fax +49 30 4501 77 218, Charité, re Tarek Al-Hassan-Schmidt, Fall-Nr C-22417803, from Wedding's Sprengelkiez.", [('fax', '+49 30 4501 77 218'), ('name', 'Tarek Al-Hassan-Schmidt'), ('medical_record', 'C-22417803'), ('place', "Wedding's Sprengelkiez")]),
    C('I saw Ludmila Šťastná-Bartošová in the waiting room today and she asked me not to use her surname with the front desk.', [('name', 'Ludmila Šťastná-Bartošová')]),
    C("Copenhagen's Ørestad Field's shooting: Frederikke Thygesen-Holm, CPR 120805-2236, was by the cinema.", [('place', "Copenhagen's Ørestad"), ('name', 'Frederikke Thygesen-Holm'), ('ssn', '120805-2236')]),
    C("Ngozi Adichie-Walcott said her pastor in Tottenham's Broadwater Farm told her depression is a spiritual attack.", [('name', 'Ngozi Adichie-Walcott'), ('place', "Tottenham's Broadwater Farm")]),
    C("Our Slovenian colleague uses the Slovene DASS-21 and the Slovene version of Pennebaker's expressive writing. NIJZ published it during COVID in 2020."),
    C("Genoa bridge collapse: Samuele Parodi-Ferrando was driving under it on 14 August 2018, plate EZ 418 KT; now can't cross a viaduct.", [('place', 'Genoa'), ('name', 'Samuele Parodi-Ferrando'), ('date', '14 August 2018'), ('vehicle', 'EZ 418 KT')]),
    C("Intake date 2025-01-14, Ilir Berisha-Hoti, Prizren's Ortakoll, IP on the portal 46.99.17.233.", [('date', '2025-01-14'), ('name', 'Ilir Berisha-Hoti'), ('place', "Prizren's Ortakoll"), ('ip_address', '46.99.17.233')]),
    C('Compassion-Focused Therapy (Gilbert, 2010) with Polish men who think therapy is "for women": I start with the tricky brain, and the Polish CFT workbook.'),
    C("Belize's Ministry of Health and PAHO ran a Garifuna-language depression campaign in November; does anyone know if it was evaluated?"),
    C("Does anyone have the Lithuanian version of the GAD-7? Pfizer's PHQ Screeners site lists Latvian and Estonian but I can't find Lithuanian."),
    C("Iqaluit's Happy Valley water crisis, Oopik Kilabuk-Nowdlak from Niaqunngut, NU health card NU 112 004 377.", [('place', "Iqaluit's Happy Valley"), ('name', 'Oopik Kilabuk-Nowdlak'), ('place', 'Niaqunngut'), ('health_plan', 'NU 112 004 377')]),
    C('Address for the letter: Teodora Ivanova-Petkova, ul. Oborishte 44, et. 3, ap. 9, 1504 Sofia-Oborishte.', [('name', 'Teodora Ivanova-Petkova'), ('street_address', 'ul. Oborishte 44, et. 3, ap. 9'), ('zip_code', '1504'), ('place', 'Sofia-Oborishte')]),
    C("Las Vegas Strip's south end Route 91 survivor Brittany Lowe-Sandoval, NV DL 1608442791, plate NV 7KD 229.", [('place', "Las Vegas Strip's south end"), ('name', 'Brittany Lowe-Sandoval'), ('licence', '1608442791'), ('vehicle', 'NV 7KD 229')]),
    C("Wilhelmina Sap-Brouwer, ninety-one last Whitsun, lives alone in Urk and doesn't want the church to know she sees me.", [('name', 'Wilhelmina Sap-Brouwer'), ('age_over_89', 'ninety-one last Whitsun'), ('place', 'Urk')]),
    C("Client Niamh Kavanagh-Toner's email niamhkt@eircom.net, MRN SVUH-0447182, referral from Dún Laoghaire.", [('name', 'Niamh Kavanagh-Toner'), ('email', 'niamhkt@eircom.net'), ('medical_record', 'SVUH-0447182'), ('place', 'Dún Laoghaire')]),
    C('For Kurdish clients in Germany, the Kurmanji PHQ-9 and the Sorani HTQ are on the Refugee Health Screener site; the BAfF network can find interpreters.'),
    C("Zuclopenthixol depot (Clopixol, per the BNF) in a young man from Guyana; the family attributes the voices to obeah. Kleinman's explanatory model questions helped more than the PANSS."),
    C("The Lithuanian Ministry of Health's PSPC and the Vilties linija helpline are open on Christmas Eve. Estonia's Peaasjad and Latvia's Skalbes are also open."),
    C("Pedro Henrique Sales-Monteiro fled Maricá after threats from the militia and is staying with his aunt in Niterói's Fonseca.", [('name', 'Pedro Henrique Sales-Monteiro'), ('place', 'Maricá'), ('place', "Niterói's Fonseca")]),
    C("When Jaroslav Novotný-Krejčí talks about Mikulovice's Kolnovice end's flood, he counts the stairs he climbed that night.", [('name', 'Jaroslav Novotný-Krejčí'), ('place', "Mikulovice's Kolnovice end")]),
    C('Reminder: Yom Kippur falls on a Thursday in October this year; no Orthodox or Conservative Jewish clients will attend, and the Friday after is Shabbat.'),
    C("Senkata's Río Seco side 2019: Wilma Quispe-Mamani, CI 4882177 LP, lost her son; she sells in El Alto's Ceja.", [('place', "Senkata's Río Seco side"), ('name', 'Wilma Quispe-Mamani'), ('ssn', '4882177 LP'), ('place', "El Alto's Ceja")]),
    C('Walkerton 2000: Janet Brubacher-Kieffer still boils her water; her IP 99.241.18.73 keeps showing on our booking logs.', [('place', 'Walkerton'), ('name', 'Janet Brubacher-Kieffer'), ('ip_address', '99.241.18.73')]),
    C('Colleagues in Portugal and Spain: the OPP and the COP both require supervision hours for EuroPsy; EFPA sets the standard. Does anyone supervise in English?'),
    C("Manchester Victoria Arena survivor Chloe Brierley-Naseem, 14 at the time, NHS number 485 220 9713, lives in Chadderton's Butler Green.", [('place', 'Manchester Victoria'), ('name', 'Chloe Brierley-Naseem'), ('medical_record', '485 220 9713'), ('place', "Chadderton's Butler Green")]),
    C("Supervision reflection: I keep drifting into CBT when the ACT work with Hayes' hexaflex is what the client chose. Going back to Harris' The Happiness Trap for a reset before Monday."),
    C('My client from Lagoa da Conceição described the landslide as "the hill breathing". Rafaela Becker-Prates, 34, dental nurse.', [('place', 'Lagoa da Conceição'), ('name', 'Rafaela Becker-Prates')]),
    C('Postribë blood feud, Gjergj Marku-Dedaj, boy of 14 kept indoors in Dobraç village, phone of his uncle +355 69 442 1870.', [('place', 'Postribë'), ('name', 'Gjergj Marku-Dedaj'), ('place', 'Dobraç village'), ('phone', '+355 69 442 1870')]),
    C("Marguerite Thibodeaux-Landry from Cameron Parish's Holly Beach lost the camp to Laura.", [('name', 'Marguerite Thibodeaux-Landry'), ('place', 'Cameron Parish'), ('place', 'Holly Beach')]),
    C("Parkland's Heron Bay: Emilio Castañeda-Brandt, Class of 2019, posts at instagram.com/emi.c.brandt.", [('place', "Parkland's Heron Bay"), ('name', 'Emilio Castañeda-Brandt'), ('url', 'instagram.com/emi.c.brandt')]),
    C("Camp Fire, Paradise's Pentz Road side: Kaylee Rasmussen-Ortega drove out through the flames on November 8, 2018; plate 8BHK224.", [('place', "Paradise's Pentz Road side"), ('name', 'Kaylee Rasmussen-Ortega'), ('date', 'November 8, 2018'), ('vehicle', '8BHK224')]),
    C('Jamaican DL 117 442 908, taxi PP 4417, driver Delroy Campbell-Morris, robbed in Half Way Tree square.', [('licence', '117 442 908'), ('vehicle', 'PP 4417'), ('name', 'Delroy Campbell-Morris'), ('place', 'Half Way Tree square')]),
    C("Joplin's 20th Street side 2011: Cassidy Wehmeyer-Burks was in the hospital; her lot 2604 S Connecticut Ave, 64804.", [('place', "Joplin's 20th Street side"), ('name', 'Cassidy Wehmeyer-Burks'), ('street_address', '2604 S Connecticut Ave'), ('zip_code', '64804')]),
    C("Her ex keeps a blog about her at vikadrama.blogspot.com - client Viktorija Sokolova-Ruud, Narvik's Frydenlund.", [('url', 'vikadrama.blogspot.com'), ('name', 'Viktorija Sokolova-Ruud'), ('place', "Narvik's Frydenlund")]),
    C('Volendam café fire, New Year 2001: Pieter Schilder-Tol has burn scars and a Medtronic pump MMT-780G NG1129447H.', [('place', 'Volendam'), ('name', 'Pieter Schilder-Tol'), ('device', 'MMT-780G NG1129447H')]),
    C("Omagh town centre bomb, August 1998: Siobhán Ní Mhaoláin-Gallagher lost her sister on Market Street's lower end; H&C 602 771 3948.", [('place', 'Omagh town centre'), ('name', 'Siobhán Ní Mhaoláin-Gallagher'), ('place', "Market Street's lower end"), ('medical_record', '602 771 3948')]),
    C('Gabapentin at 900 mg for a Haitian client\'s neuropathic pain; she calls her anxiety "kè sote". The Kreyòl PHQ-9 and Desrosiers\' paper (2011) were my references.'),
    C('Toulouse 2012: Yaël Benhamou-Sebbag was a pupil at the school; numéro de sécu 2 00 03 31 555 217 84.', [('place', 'Toulouse'), ('name', 'Yaël Benhamou-Sebbag'), ('ssn', '2 00 03 31 555 217 84')]),
    C('Zaventem bombing survivor Sébastien Vandenbroucke-Mertens, rijksregisternummer 83.11.04-271.55, prosthetic leg serial OTB-C-Leg 4-7720193.', [('place', 'Zaventem'), ('name', 'Sébastien Vandenbroucke-Mertens'), ('ssn', '83.11.04-271.55'), ('device', 'OTB-C-Leg 4-7720193')]),
    C("Does anyone speak Mixtec? Aurelio Bautista-Cruz from San Juan Mixtepec's Yucunicoco is in our group and struggles with Spanish.", [('name', 'Aurelio Bautista-Cruz'), ('place', "San Juan Mixtepec's Yucunicoco")]),
    C("The Irish Psychological Society's guidance on working with asylum seekers in Direct Provision (2019) is a must-read; the Irish Refugee Council agrees with it."),
    C('Mariusz Kaczmarek-Sowa, ul. Piotrkowska 211 m. 12, 90-513 Łódź-Śródmieście, phone +48 602 417 993.', [('name', 'Mariusz Kaczmarek-Sowa'), ('street_address', 'ul. Piotrkowska 211 m. 12'), ('zip_code', '90-513'), ('place', 'Łódź-Śródmieście'), ('phone', '+48 602 417 993')]),
    C("Henrik Lundgren-Pettersson pays by Swish 123 447 0921; gambling relapse after the Solna's Råsunda casino.", [('name', 'Henrik Lundgren-Pettersson'), ('account', '123 447 0921'), ('place', "Solna's Råsunda")]),
    C('Anneliese Pfeiffer-Kranz, Hauptplatz 7/2/14, A-8010 Graz-Innere Stadt, ÖGK 4418 120447.', [('name', 'Anneliese Pfeiffer-Kranz'), ('street_address', 'Hauptplatz 7/2/14'), ('zip_code', 'A-8010'), ('place', 'Graz-Innere Stadt'), ('health_plan', '4418 120447')]),
    C("NMC PIN 98H4417E - nurse Grace Adebayo-Okafor wants therapy after a Croydon's Waddon inquiry.", [('licence', '98H4417E'), ('name', 'Grace Adebayo-Okafor'), ('place', "Croydon's Waddon")]),
    C("Reading Frankl's Man's Search for Meaning with a Bosnian client who lost his brothers; Logotherapy feels more respectful to him than CBT worksheets."),
    C('For clients from the Balkans, the word "sevdah" comes up; it\'s not depression. The Bosnian Harvard Trauma Questionnaire by Mollica\'s team covers the war trauma.'),
    C("Fax from Bridgetown's Eagle Hall polyclinic +1 246 429 7710, re Rohan Forde-Clarke, record QEH-88120447.", [('place', "Bridgetown's Eagle Hall"), ('fax', '+1 246 429 7710'), ('name', 'Rohan Forde-Clarke'), ('medical_record', 'QEH-88120447')]),
    C("Reddit thread naming our client: reddit.com/r/ireland/comments/1c9z3k/, he is Cathal Breathnach-Foy of Ballinasloe's Creagh.", [('url', 'reddit.com/r/ireland/comments/1c9z3k/'), ('name', 'Cathal Breathnach-Foy'), ('place', "Ballinasloe's Creagh")]),
    C('Any Czech colleagues using the Czech version of the CAPS-5? The Národní ústav duševního zdraví published it in 2020, I think, with Charles University.'),
    C('Ramadan starts in late February this year; please check evening slots for Muslim clients on Sertraline or Lithium, who may need dosing shifted. The Royal College of Psychiatrists has a leaflet.'),
    C('The Icelandic Directorate of Health asked for our PHQ-9 and GAD-7 data by September; the Landspítali team will merge it with the DASS-21.'),
    C('Methylphenidate (Concerta 36 mg) in an adult client from Quebec; the ASRS v1.1 is high but the DIVA-5 is mixed. Does the CADDRA guideline cover late diagnosis well?'),
    C('The IASC Guidelines on MHPSS (2007) and Sphere still shape how our Red Cross teams work in Ukraine and Moldova.'),
    C("Clonazepam 0.5 mg three times a day for seven years; the Ashton Manual taper is what I'd suggest, but the psychiatrist prefers Diazepam conversion. Views?"),
    C("Mercado Pago alias carla.rinaldi.mp, client Carla Rinaldi-Ferreyra, Bahía Blanca's Villa Mitre.", [('account', 'carla.rinaldi.mp'), ('name', 'Carla Rinaldi-Ferreyra'), ('place', "Bahía Blanca's Villa Mitre")]),
    C("Cash App $KeishaLaMontBrown, client Keisha LaMont-Brown from Roseland, Chicago's Far South Side.", [('account', '$KeishaLaMontBrown'), ('name', 'Keisha LaMont-Brown'), ('place', "Roseland, Chicago's Far South Side")]),
    C('For Lusophone clients from Angola and Mozambique living in Portugal, the Portuguese BSI and the DASS-21 work; the SNS24 line also has a Crioulo interpreter in the mornings.'),
    C("I found Kabat-Zinn's Full Catastrophe Living (1990) too long for a Latvian client, but the MBCT 8-week course in Russian by Segal's team was fine."),
    C("Constitución's Maule mouth tsunami, 2010: Marisol Fuentealba-Parra lost her father on Isla Orrego; RUT 13.882.417-6.", [('place', "Constitución's Maule mouth"), ('name', 'Marisol Fuentealba-Parra'), ('place', 'Isla Orrego'), ('ssn', '13.882.417-6')]),
    C("Has anyone used the Beck Hopelessness Scale in Icelandic? Landlæknir's suicide prevention plan from 2018 references it alongside the C-SSRS."),
    C("Entre-os-Rios bridge collapse in 2001 took Albertina Moreira-Pinto's husband; she lives in Castelo de Paiva's Raiva, utente SNS 283 991 047.", [('place', 'Entre-os-Rios'), ('name', 'Albertina Moreira-Pinto'), ('place', "Castelo de Paiva's Raiva"), ('health_plan', '283 991 047')]),
    C("Rayanne Pereira-Lobo, Rua Padre Carapuceiro 788, apto 1102, 51020-280 Recife's Espinheiro.", [('name', 'Rayanne Pereira-Lobo'), ('street_address', 'Rua Padre Carapuceiro 788, apto 1102'), ('zip_code', '51020-280'), ('place', "Recife's Espinheiro")]),
    C("The Scottish Government's National Trauma Transformation Programme and NES's Knowledge and Skills Framework are free; useful for our new starters in February."),
    C("Wanjiru Mwangi-Sørensen grew up in Aarhus V's Gellerupparken and says the demolitions felt like a second exile.", [('name', 'Wanjiru Mwangi-Sørensen'), ('place', "Aarhus V's Gellerupparken")]),
    C('Attawapiskat youth, Jordan Koostachin-Nakogee, OHIP 5539-017-244-MK, calls from (705) 997-2241.', [('place', 'Attawapiskat'), ('name', 'Jordan Koostachin-Nakogee'), ('health_plan', '5539-017-244-MK'), ('phone', '(705) 997-2241')]),
    C("Telegram channel t.me/dnipro_vtracheni_diti posted a photo of Sofiia Bondarenko-Kravets, 12, who we see in Kraków's Azory.", [('url', 't.me/dnipro_vtracheni_diti'), ('name', 'Sofiia Bondarenko-Kravets'), ('place', "Kraków's Azory")]),
    C("Olanzapine 10 mg and weight gain of 8 kg since August; the client's HbA1c is 44 mmol/mol. Switching to Aripiprazole was discussed with her Consultant."),
    C('Hanau shooting: Ferhat Yıldırım-Kaya, brother of one of the nine, KVNR K418306721, lives in Kesselstadt.', [('place', 'Hanau'), ('name', 'Ferhat Yıldırım-Kaya'), ('health_plan', 'K418306721'), ('place', 'Kesselstadt')]),
    C("Irish colleagues, the Mental Health Commission's Code of Practice on consent (2022) vs the Assisted Decision-Making Act. Which one governs our Tuesday clinic?"),
    C("Our Estonian and Latvian clients often don't mention Midsummer's Jāņi and Jaanipäev as triggers; June anniversaries of the 1941 deportations are common."),
    C("Consultation please: Rüdiger Baumgartner-Sauer, a retired ski instructor from Ischgl's Paznaun road, was the first person in his village to be tested in March 2020 and was blamed online for the outbreak. He hasn't skied since, hardly leaves the house, and he reads comments about himself every night. His wife Gerlinde wants to join sessions. Would you bring her in, or is that collusion with the avoidance?", [('name', 'Rüdiger Baumgartner-Sauer'), ('place', "Ischgl's Paznaun road"), ('name', 'Gerlinde')]),
    C('The Nordic Welfare Centre and NOMESCO data show Greenland with the highest suicide rate; Inuit Circumpolar Council is running a Kalaallisut programme in spring.'),
    C('The PCL-5 in Portuguese (Brazilian version, Lima et al., 2016) is fine; the European Portuguese one by Carvalho reads better for our Azorean clients.'),
    C('Naltrexone 50 mg and Acamprosate for alcohol use: the AUDIT score fell from 27 to 11 over Lent. The client credits AA in Spanish as much as the tablets.'),
    C("The BACP Good Practice in Action 047 on online therapy and the UKCP's guidance differ on cross-border work with clients in Spain or France."),
    C('Sandy: Vincent Scarpaci-Lomonaco lost his father in Midland Beach; email vscarp62@verizon.net.', [('name', 'Vincent Scarpaci-Lomonaco'), ('place', 'Midland Beach'), ('email', 'vscarp62@verizon.net')]),
    C("Cromañón: Matías Ezequiel Bernasconi-Rey, DNI 27.604.193, lives in Once's Plaza Miserere side near Bartolomé Mitre 3060.", [('name', 'Matías Ezequiel Bernasconi-Rey'), ('ssn', '27.604.193'), ('place', "Once's Plaza Miserere side"), ('street_address', 'Bartolomé Mitre 3060')]),
    C('Would anyone host a Spanish-language Tuesday group for Honduran and Salvadoran clients? Our Catholic Charities partner has Spanish PFA cards and a room.'),
    C("Sodium valproate in a woman of childbearing age: the MHRA's Pregnancy Prevention Programme (2018) applies. The Consultant wants to move her to Lamotrigine by Easter."),
    C('For Orthodox Jewish clients around Pesach I avoid scheduling during Chol HaMoed; Sukkot in October too. The Jewish Association for Mental Health has a calendar.'),
    C("Srebrenica's Petriča mothers: Hajra Mustafić-Osmanović from Potočari's upper row, JMBG 0304955187421, still waiting on a DNA match.", [('place', "Srebrenica's Petriča"), ('name', 'Hajra Mustafić-Osmanović'), ('place', "Potočari's upper row"), ('ssn', '0304955187421')]),
    C("Has anyone read Gabor Maté's The Myth of Normal (2022)? Some of my Canadian clients quote it. I feel ambivalent, but his Compassionate Inquiry is popular."),
    C("Newtown Borough: Janice Kowalczyk-Rourke, teacher's aide, now in Sandy Hook's Riverside, CT licence CT 171 884 092.", [('place', 'Newtown Borough'), ('name', 'Janice Kowalczyk-Rourke'), ('place', "Sandy Hook's Riverside"), ('licence', 'CT 171 884 092')]),
    C("Reminder: no group on Easter Monday or on May Day. The Tuesday after, we'll do the Columbia Protocol refresher with the C-SSRS screener."),
    C("Rigopiano avalanche survivor Giampiero Di Marzio-Colangelo, codice fiscale DMRGPR88C14G482K, from Farindola's upper hamlet, nightmares every January.", [('place', 'Rigopiano'), ('name', 'Giampiero Di Marzio-Colangelo'), ('ssn', 'DMRGPR88C14G482K'), ('place', "Farindola's upper hamlet")]),
    C("Reading group on Thursday: chapter 4 of Judith Herman's Trauma and Recovery (1992), then the 2015 epilogue. Bring notes on the Stages model; we'll compare with Janet and the ISSTD Guidelines."),
    C('PIX key +55 21 99402-1833 belongs to Thiago Nascimento-Correia from Complexo do Alemão, asked if he can pay like that.', [('account', '+55 21 99402-1833'), ('name', 'Thiago Nascimento-Correia'), ('place', 'Complexo do Alemão')]),
    C('Elliot Lake mall collapse: Roger Lamothe-Pilon, phone (705) 848-3147.', [('place', 'Elliot Lake'), ('name', 'Roger Lamothe-Pilon'), ('phone', '(705) 848-3147')]),
    C("Tuesday's peer group will discuss Linehan's DBT skills manual (2014 edition) and the DBT-PE protocol by Harned. Bring your diary cards if you use them."),
    C("Gander's Elizabeth Drive end on 9/11 hosted Beulah Parsons-Cooper, now 96 since the spring, who still writes to the Texans she took in.", [('place', "Gander's Elizabeth Drive end"), ('name', 'Beulah Parsons-Cooper'), ('age_over_89', '96 since the spring')]),
    C("Oso's Steelhead Haven landslide 2014: Dale Hazelton-Rausch, 91 by the fire-department roll, lost his neighbours on Steelhead Drive; Medicare 7WQ4-TN2-CK18.", [('place', "Oso's Steelhead Haven"), ('name', 'Dale Hazelton-Rausch'), ('age_over_89', '91 by the fire-department roll'), ('place', 'Steelhead Drive'), ('health_plan', '7WQ4-TN2-CK18')]),
    C("Our team's June training is on Somatic Experiencing (Levine, Waking the Tiger, 1997). The UK Council for Psychotherapy doesn't accredit it yet."),
    C('For Turkish-speaking clients in Germany and the Netherlands the Turkish PHQ-9 is validated; Mind Platform and Pharos have culturally adapted leaflets.'),
    C('Clozapine at 400 mg, neutrophils fine; the Denzapine monitoring service wants weekly bloods until June. The Maudsley Prescribing Guidelines are reassuring here.'),
    C("Xiomara Velásquez-Pinzón arrived at Necoclí on 12 de marzo de 2023 and crossed the Darién with two kids; now in Queens' Corona.", [('name', 'Xiomara Velásquez-Pinzón'), ('place', 'Necoclí'), ('date', '12 de marzo de 2023'), ('place', "Queens' Corona")]),
    C("Galtür 1999, Hermine Lorenz-Walser is now 95 in spring, still in Galtür's Wirl and won't look at the slope.", [('place', 'Galtür'), ('name', 'Hermine Lorenz-Walser'), ('age_over_89', '95 in spring'), ('place', "Galtür's Wirl")]),
    C("I'm rereading Fanon's Black Skin, White Masks (1952) before the Caribbean seminar. The Martinique and Guadeloupe clients bring colonial trauma alongside grief."),
    C("Texas CDL 39260517, Ramón Villarreal-Garza, rollover near Laredo's north side, plate TX CMV 8821K.", [('licence', '39260517'), ('name', 'Ramón Villarreal-Garza'), ('place', "Laredo's north side"), ('vehicle', 'TX CMV 8821K')]),
    C("Mariana's Fundão dam, Geraldo Aparecido Quintão-Gomes from Bento Rodrigues, CPF 630.914.258-07.", [('place', "Mariana's Fundão"), ('name', 'Geraldo Aparecido Quintão-Gomes'), ('place', 'Bento Rodrigues'), ('ssn', '630.914.258-07')]),
    C("Danish colleagues: the Sundhedsstyrelsen guidance on ADHD in adults changed in 2023. Our Greenlandic clients often can't access a psychiatrist in Danish."),
    C("Fax from Castlebar's Newport Road GP re Pádraig Ó Máille-Walsh, fax 094 902 7318, PPSN 6613907RA, farm accident in Aughagower.", [('place', "Castlebar's Newport Road"), ('name', 'Pádraig Ó Máille-Walsh'), ('fax', '094 902 7318'), ('ssn', '6613907RA'), ('place', 'Aughagower')]),
    C("Pacemaker Medtronic Azure serial PZK447812H - Milos Petrović-Stanić fears it will be hacked, Zemun's Gardoš.", [('device', 'Medtronic Azure serial PZK447812H'), ('name', 'Milos Petrović-Stanić'), ('place', "Zemun's Gardoš")]),
    C('Our Welsh-language service uses the Welsh translation of CORE-10. Does anyone know whether CORE IMS have validated it or if Public Health Wales did?'),
    C("Soyapango's Reparto Las Margaritas regime de excepción: Kevin Alexander Portillo-Mejía, DUI 05218833-4, detained since April 2022.", [('place', "Soyapango's Reparto Las Margaritas"), ('name', 'Kevin Alexander Portillo-Mejía'), ('ssn', '05218833-4')]),
    C('Pedernales quake 2016: Jefferson Quiñónez-Cortez, cédula 1312407789, IESS IESS-1312407789-01.', [('place', 'Pedernales'), ('name', 'Jefferson Quiñónez-Cortez'), ('ssn', '1312407789'), ('health_plan', 'IESS-1312407789-01')]),
    C("The hospice in Tromsø's Breivika faxed +47 77 62 80 14 about Áile Somby-Eira, 97 at Easter, reindeer family from Kautokeino's Láhpoluoppal.", [('place', "Tromsø's Breivika"), ('fax', '+47 77 62 80 14'), ('name', 'Áile Somby-Eira'), ('age_over_89', '97 at Easter'), ('place', "Kautokeino's Láhpoluoppal")]),
    C("Toronto's North York Centre van attack: So-yeon Park-Gallagher was on Yonge Street's Finch end; OHIP 7712-604-338-TR.", [('place', "Toronto's North York Centre"), ('name', 'So-yeon Park-Gallagher'), ('place', "Yonge Street's Finch end"), ('health_plan', '7712-604-338-TR')]),
    C('Mexican colleagues: "susto" and "nervios" show up in the Mixtec and Zapotec families we see in California. The SCID misses them; the CFI catches them.'),
    C('Interac e-transfer from jtoulouse.pineault@videotron.ca - Julien Toulouse-Pineault, Gaspésie fisherman.', [('account', 'jtoulouse.pineault@videotron.ca'), ('name', 'Julien Toulouse-Pineault')]),
    C('CPAP ResMed AirSense 11 SN 23224418907, Dragan Nikolić-Ristić, Niš, refuses to sleep with it since the war flashbacks.', [('device', 'ResMed AirSense 11 SN 23224418907'), ('name', 'Dragan Nikolić-Ristić'), ('place', 'Niš')]),
    C("Cercado de Lima's market fire: Gladys Huamán-Ccori, DNI 10447821, stall in Mesa Redonda.", [('place', 'Cercado de Lima'), ('name', 'Gladys Huamán-Ccori'), ('ssn', '10447821'), ('place', 'Mesa Redonda')]),
    C("Our Caribbean diaspora group in England uses the Adult Psychiatric Morbidity Survey's findings (2014) on Black British men. Mind and Black Thrive have resources."),
    C('Atocha 2004: Nieves Carrasco-Peñalver, now 93 last Candlemas, still takes the Cercanías from El Pozo del Tío Raimundo once a year to the memorial.', [('place', 'Atocha'), ('name', 'Nieves Carrasco-Peñalver'), ('age_over_89', '93 last Candlemas'), ('place', 'El Pozo del Tío Raimundo')]),
    C('Desvenlafaxine 50 mg for a Brazilian client in Portugal; Infarmed lists it but the ANVISA name differs (Pristiq vs Desve). Worth checking when they fly home for Carnaval.'),
    C("Zopiclone 7.5 mg has been on the repeat list since the pandemic. CBT-I (Espie's Sleepio or the Canadian Morin protocol) would be my first step now."),
    C('I\'m reading Yalom\'s The Gift of Therapy again and thinking about his chapter on "Let the Patient Matter" in light of the BACP Ethical Framework revision.'),
    C("Quebec permis B4418-030781-02, Émilie Bouchard-Lévesque, snowmobile death of her friend in Saguenay's Chicoutimi-Nord.", [('licence', 'B4418-030781-02'), ('name', 'Émilie Bouchard-Lévesque'), ('place', "Saguenay's Chicoutimi-Nord")]),
    C("Quick one: Bogdan Hrițcu from Suceava's Burdujeni wants sessions in Romanian only, anyone free?", [('name', 'Bogdan Hrițcu'), ('place', "Suceava's Burdujeni")]),
    C("Kwame Asante-Oduro's GoFundMe after the Peckham's North Peckham estate flat fire: gofund.me/6c2e41b8, and his email kasanteoduro@hotmail.co.uk.", [('name', 'Kwame Asante-Oduro'), ('place', "Peckham's North Peckham estate"), ('url', 'gofund.me/6c2e41b8'), ('email', 'kasanteoduro@hotmail.co.uk')]),
    C("Lockerbie 1988: Morag Henderson-Laidlaw was nine on Sherwood Crescent; CHI 1107794418, she's asked for trauma work before the anniversary.", [('place', 'Lockerbie'), ('name', 'Morag Henderson-Laidlaw'), ('place', 'Sherwood Crescent'), ('medical_record', '1107794418')]),
    C("Supervision note to self: stay with the silence. Rogers' core conditions, Gendlin's Focusing, and Mearns and Thorne's Person-Centred Counselling in Action."),
    C("UK HCPC PYL044718 - that's the psychologist under complaint re client Amira Haddad-Ellison of Sparkbrook's Ladypool Road end.", [('licence', 'PYL044718'), ('name', 'Amira Haddad-Ellison'), ('place', "Sparkbrook's Ladypool Road end")]),
    C("The stalker's IP 95.145.3.221 also appeared on Bryony Lachlan-Fyfe's webcam logs; police fax 0131 311 3847.", [('ip_address', '95.145.3.221'), ('name', 'Bryony Lachlan-Fyfe'), ('fax', '0131 311 3847')]),
    C('Honest question: does anyone use the Outcome Rating Scale (Duncan and Miller) with Caribbean clients? The Jamaican patois phrasing may confuse.'),
    C('Bupropion 300 mg XL in a smoker with depression: NICE NG222 mentions it only for cessation. The Canadian CANMAT 2023 update rates it first-line. Opinions?'),
    C("Harvey: Trinh Thi Ngoc Huong-Nguyen, nail salon owner in Alief's Bellaire Boulevard strip, account at Chase 000 771 2204 18.", [('name', 'Trinh Thi Ngoc Huong-Nguyen'), ('place', "Alief's Bellaire Boulevard strip"), ('account', '000 771 2204 18')]),
    C("Stefano Greco-Vitiello from Ischia's Casamicciola dreams of mud every time it rains.", [('name', 'Stefano Greco-Vitiello'), ('place', "Ischia's Casamicciola")]),
    C('Mentalization-Based Treatment (Bateman and Fonagy, 2016) is what our Swiss team uses for BPD; the German MBT-A is also on the Anna Freud site.'),
    C("I'd love a recommendation on books for Caribbean grief: Edwidge Danticat's The Art of Death (2017) and Kamau Brathwaite were suggested by a Barbadian colleague."),
    C("Working with Sámi clients, I found the Nordic Sámi Council's material and Kirmayer's work on cultural formulation (DSM-5 CFI) more useful than any manual."),
    C('EMDR with interpreters: the Shapiro protocol plus the BPS Working with Interpreters guidance (2017). Arabic and Tigrinya interpreters in our NHS Trust are booked via DA Languages.'),
    C("does anyone know a grief group near drogheda's moneymore? eimear wants one but not in the parish hall", [('place', "drogheda's moneymore"), ('name', 'eimear')]),
    C('Sertraline 50 mg, then 100 mg after Easter; the HAM-D went from 24 to 13 by May. The Swiss SGPP guideline and the German S3-Leitlinie agree on this step.'),
    C("Hazard's Walkertown floods, Perry County: Coy Ison-Fugate from Lost Creek holler, lost his mother; KY driver licence S417-228-904.", [('place', "Hazard's Walkertown"), ('place', 'Perry County'), ('name', 'Coy Ison-Fugate'), ('place', 'Lost Creek holler'), ('licence', 'S417-228-904')]),
    C("Rosa Amelia Lanza-Zelaya came from Rivera Hernández's sector Sinaí and sleeps with her shoes on.", [('name', 'Rosa Amelia Lanza-Zelaya'), ('place', "Rivera Hernández's sector Sinaí")]),
    C("Rīga's Zolitūde quarter roof collapse widower, Valdis Ozoliņš-Krūmiņš, personas kods 081163-12854, lives at Priedaines iela 14-7, LV-1029.", [('place', "Rīga's Zolitūde quarter"), ('name', 'Valdis Ozoliņš-Krūmiņš'), ('ssn', '081163-12854'), ('street_address', 'Priedaines iela 14-7'), ('zip_code', 'LV-1029')]),
    C('Question about Lithium and Ramadan fasting: the BPS and the Muslim Council of Britain published a joint note in March. Our Bosnian clients asked.'),
    C('For Roma clients in Slovakia and Hungary, the ERRC and the Council of Europe reports on school segregation are good background before the first session.'),
    C("Santa Maria's Rua dos Andradas Kiss nightclub: Luana Kessler-Rossato, CPF 044.712.390-82, Instagram instagram.com/luana.kr_.", [('place', "Santa Maria's Rua dos Andradas"), ('name', 'Luana Kessler-Rossato'), ('ssn', '044.712.390-82'), ('url', 'instagram.com/luana.kr_')]),
    C("Not sure how to pace it: Soledad Irigoyen-Balda lost her hut in Valle de Arán's Les and won't go up the valley.", [('name', 'Soledad Irigoyen-Balda'), ('place', "Valle de Arán's Les")]),
    C("Her sister's fundraiser went up at justgiving.com/crowdfunding/lost-in-lesvos-fire on 10 September 2020; client Parwana Rahimi-Azizi is now in Athens' Kypseli.", [('url', 'justgiving.com/crowdfunding/lost-in-lesvos-fire'), ('date', '10 September 2020'), ('name', 'Parwana Rahimi-Azizi'), ('place', "Athens' Kypseli")]),
    C('Lorazepam 1 mg "as needed" used nightly for six months by a Slovak client; the EMA and SÚKL both say short-term only. The Ashton Manual again, with Diazepam from Krka?'),
    C('Our EMDR Europe consultant says the Flash Technique (Manfield, 2017) is fine as a preparation tool before Phase 4. Has anyone used it with Bosnian or Croatian veterans?'),
    C('Choluteca, Honduras, after Mitch: Santos Reyes Maradiaga-Ordóñez, DNI 0601-1962-00871, now in Colonia Río Grande, Tegucigalpa.', [('place', 'Choluteca'), ('name', 'Santos Reyes Maradiaga-Ordóñez'), ('ssn', '0601-1962-00871'), ('place', 'Colonia Río Grande, Tegucigalpa')]),
    C("Halle synagogue day, Ruth Abramowitsch-Lenz was inside; now 90 at Purim, in Halle-Neustadt's block 8.", [('place', 'Halle'), ('name', 'Ruth Abramowitsch-Lenz'), ('age_over_89', '90 at Purim'), ('place', "Halle-Neustadt's block 8")]),
    C('Asking for supervision input on Rasa Vaičiūnienė-Baltrušaitis from Šilainiai estate - son died in a barracks fire, she keeps his phone IMEI 358240 09 771623 4 charged.', [('name', 'Rasa Vaičiūnienė-Baltrušaitis'), ('place', 'Šilainiai estate'), ('device', '358240 09 771623 4')]),
    C("booking system flagged 91.187.64.202 - thats the IP of milan jovanović's brother in novi pazar, she asked us to block it", [('ip_address', '91.187.64.202'), ('name', 'milan jovanović'), ('place', 'novi pazar')]),
    C("Insulin pump Tandem t:slim X2 SN 1147302 stolen from Aoife Carragher-Boyle's locker in Newry's Derrybeg.", [('device', 'Tandem t:slim X2 SN 1147302'), ('name', 'Aoife Carragher-Boyle'), ('place', "Newry's Derrybeg")]),
    C("Stalker update: Ingrid Fjellheim-Nystad's ex logged into her telehealth account from 84.212.170.9 on 19 February 2025, plate DR 71204 outside her flat.", [('name', 'Ingrid Fjellheim-Nystad'), ('ip_address', '84.212.170.9'), ('date', '19 February 2025'), ('vehicle', 'DR 71204')]),
    C("Flint's Civic Park, MI: DeAndre Holloway-Banks, Medicaid ID MI 0084417291, lives on 2214 Mackin Rd, 48503-2214; his son's lead level haunts him.", [('place', "Flint's Civic Park"), ('name', 'DeAndre Holloway-Banks'), ('health_plan', 'MI 0084417291'), ('street_address', '2214 Mackin Rd'), ('zip_code', '48503-2214')]),
    C('My Sunday evening clients from Portugal prefer WhatsApp reminders; the CNPD (Portuguese data regulator) and GDPR say we need consent. How do others do this?'),
    C("Red sludge flood client: Erzsébet Kovácsné Szalai from Kolontár's lower street, TAJ 044 518 772, had to leave her house in October 2010.", [('name', 'Erzsébet Kovácsné Szalai'), ('place', "Kolontár's lower street"), ('health_plan', '044 518 772')]),
    C("Olga Lewandowska-Bruni lives above the bakery in Kazimierz's Szeroka street end and hears the Holocaust tours every morning.", [('name', 'Olga Lewandowska-Bruni'), ('place', "Kazimierz's Szeroka street end")]),
    C("Bloody Sunday family: Declan Ó Dochartaigh-McCann lives in the Bogside's Rossville flats end, phone 028 7126 4419.", [('name', 'Declan Ó Dochartaigh-McCann'), ('place', "the Bogside's Rossville flats end"), ('phone', '028 7126 4419')]),
    C("DOB 02/09/1979, Rashid Mahmoudi-Hansen, refugee from Aleppo's al-Sukkari now in Vollsmose, email rashid.m.hansen@gmail.com.", [('date', '02/09/1979'), ('name', 'Rashid Mahmoudi-Hansen'), ('place', "Aleppo's al-Sukkari"), ('place', 'Vollsmose'), ('email', 'rashid.m.hansen@gmail.com')]),
    C("Ankle monitor SCRAM CAM unit 7719022: Tyrell Washington-Brooks, Anacostia's Barry Farm, says it itches like shame.", [('device', 'SCRAM CAM unit 7719022'), ('name', 'Tyrell Washington-Brooks'), ('place', "Anacostia's Barry Farm")]),
    C('Thinking about Hispanic men and "machismo" vs "caballerismo" (Arciniega, 2008). The Spanish-language CAT-PTSD and the ACE questionnaire were helpful in my January intakes.'),
    C('Chapecó 2016: Patrícia Fontana-Zanella, widow of a journalist, phone +55 49 99184-2276.', [('place', 'Chapecó'), ('name', 'Patrícia Fontana-Zanella'), ('phone', '+55 49 99184-2276')]),
    C("Ifeoma Nwankwo-Lindgren had another panic attack on the tram in Malmö's Rosengård; should I shift to interoceptive exposure?", [('name', 'Ifeoma Nwankwo-Lindgren'), ('place', "Malmö's Rosengård")]),
    C('Anyone using the ITQ rather than the PCL-5 for complex PTSD in Ukrainian clients? The ICD-11 criteria fit better, and the Ukrainian translation from the ITQ authors is on the ITTS site.'),
    C("Ballymurphy's Whiterock end inquest family: Bernadette Quinn-Mulvenna, GP fax 028 9062 8814.", [('place', "Ballymurphy's Whiterock end"), ('name', 'Bernadette Quinn-Mulvenna'), ('fax', '028 9062 8814')]),
    C("Ontario G licence M2094-41873-60311, Marcus Mendes-Tavares, Mississauga's Malton; his truck BN 44 217 jackknifed on the 401.", [('licence', 'M2094-41873-60311'), ('name', 'Marcus Mendes-Tavares'), ('place', "Mississauga's Malton"), ('vehicle', 'BN 44 217')]),
    C("Yevhen Shevchuk-Marchenko logged in from 176.37.201.58 and 2a01:4f8:c17:4418::1 within a minute - Lviv's Sykhiv and Frankfurt.", [('name', 'Yevhen Shevchuk-Marchenko'), ('ip_address', '176.37.201.58'), ('ip_address', '2a01:4f8:c17:4418::1'), ('place', "Lviv's Sykhiv"), ('place', 'Frankfurt')]),
    C("Hogar Seguro fire 2017: Yoselin Marleny Ajú-Chavajay, 16 then, lives in Zona 18's El Limón, phone +502 5419 2276.", [('name', 'Yoselin Marleny Ajú-Chavajay'), ('place', "Zona 18's El Limón"), ('phone', '+502 5419 2276')]),
    C('Angrois curve train crash, Xosé Manuel Porto-Vilar, DNI 33297814-L, lives Rúa do Hórreo 48, 3º izq., E-15781 Santiago de Compostela.', [('place', 'Angrois curve'), ('name', 'Xosé Manuel Porto-Vilar'), ('ssn', '33297814-L'), ('street_address', 'Rúa do Hórreo 48, 3º izq.'), ('zip_code', 'E-15781'), ('place', 'Santiago de Compostela')]),
    C('The Inter-American Commission on Human Rights reports on Nicaragua and Venezuela are useful context for political-prisoner families in Costa Rica and Spain.'),
    C("In the Netherlands the GGZ wait lists are long; our Moroccan-Dutch clients often go to Mind Korrelatie or the Arq Foundation's diaspora line."),
    C('Kaiser fax (510) 987-4472 for Araceli Montañez-Duarte, MRN 00021874406, from Fruitvale.', [('fax', '(510) 987-4472'), ('name', 'Araceli Montañez-Duarte'), ('medical_record', '00021874406'), ('place', 'Fruitvale')]),
    C('Tivoli Gardens 2010: Shanice McKenzie-Grant, TRN 118-442-907, phone 876-441-2093.', [('place', 'Tivoli Gardens'), ('name', 'Shanice McKenzie-Grant'), ('ssn', '118-442-907'), ('phone', '876-441-2093')]),
    C('Mindfulness in Spanish: the Mindful Self-Compassion programme by Neff and Germer has a Castilian version; the Argentine adaptation uses vos. Useful for Rioplatense clients.'),
    C('Haitian Kreyòl speakers: the Haitian version of the HSCL-25 exists; Partners In Health uses it, alongside the Zanmi Lasante depression scale.'),
    C("Hurricane Ian: Gerald Pruitt-Fenwick, ninety-four and three months, was pulled off his roof on Pine Island's Bokeelia; Medicare MBI 4TK9-JR3-MF72.", [('name', 'Gerald Pruitt-Fenwick'), ('age_over_89', 'ninety-four and three months'), ('place', "Pine Island's Bokeelia"), ('health_plan', '4TK9-JR3-MF72')]),
    C("Ewa Szymańska-Kaye said Tarnobrzeg still feels like the place she's meant to be buried.", [('name', 'Ewa Szymańska-Kaye'), ('place', 'Tarnobrzeg')]),
    C('Refund to IBAN IE64 BOFI 9000 1722 4418 03 for Órla Ní Bhriain-Kinsella of Creeslough Road.', [('account', 'IE64 BOFI 9000 1722 4418 03'), ('name', 'Órla Ní Bhriain-Kinsella'), ('place', 'Creeslough Road')]),
    C("San Miguel Los Lotes after the Volcán de Fuego: Eufemia Chicol-Xajil, DPI 2417 88203 0505, 93 by the cofradía's book.", [('place', 'San Miguel Los Lotes'), ('name', 'Eufemia Chicol-Xajil'), ('ssn', '2417 88203 0505'), ('age_over_89', "93 by the cofradía's book")]),
    C('Venlafaxine 225 mg and still hot flushes in a perimenopausal client. Her GP in England suggested HRT; Menopause Matters and the BMS say both can help.'),
    C('Finnish HUS now offers Internet CBT (Mielenterveystalo) in Finnish and Swedish; the Nordic model is interesting for our Welsh SilverCloud pilot.'),
    C("Grief work around Día de los Muertos: I invite families to bring an ofrenda photo if they wish. Worden's Tasks and the Dual Process Model of Stroebe and Schut (1999) still frame it for me."),
    C("Hillsborough's Leppings Lane family: Terence Maguire-Rimmer, 92 on Boxing Day, from Anfield's Walton Breck, wants a male therapist.", [('place', "Hillsborough's Leppings Lane"), ('name', 'Terence Maguire-Rimmer'), ('age_over_89', '92 on Boxing Day'), ('place', "Anfield's Walton Breck")]),
    C("Marseille's Noailles rue d'Aubagne collapse, Fatoumata Sow-Bernard was rehoused at 12 boulevard Longchamp, appt 5, 13001; phone 06 71 42 88 30.", [('place', "Marseille's Noailles"), ('name', 'Fatoumata Sow-Bernard'), ('street_address', '12 boulevard Longchamp, appt 5'), ('zip_code', '13001'), ('phone', '06 71 42 88 30')]),
    C("Kateryna Yaremchuk lives with her host family in Limerick's Corbally and avoids the kids' Halloween fireworks.", [('name', 'Kateryna Yaremchuk'), ('place', "Limerick's Corbally")]),
    C("Quebec City mosque, January 2017: Aymen Dridi-Benhassine, RAMQ DRIA 8104 1829, lives in Sainte-Foy's Pointe.", [('place', 'Quebec City'), ('name', 'Aymen Dridi-Benhassine'), ('health_plan', 'DRIA 8104 1829'), ('place', "Sainte-Foy's Pointe")]),
    C("Faxed referral from the Kirkwall's Picky Road end practice, 01856 871 904, for Magnus Rendall-Flett, a creel fisherman on Westray.", [('place', "Kirkwall's Picky Road end"), ('fax', '01856 871 904'), ('name', 'Magnus Rendall-Flett'), ('place', 'Westray')]),
    C('The ISTSS Guidelines (2019) and the Australian Phoenix guidelines are clear on TF-CBT for children; the Spanish TF-CBT Web course from MUSC is free.'),
    C("Has anyone seen Dalia Morkūnaitė this week? She said she'd come to the Šnipiškės group.", [('name', 'Dalia Morkūnaitė'), ('place', 'Šnipiškės')]),
    C('The DSM-5-TR added Prolonged Grief Disorder in 2022; the PG-13-R by Prigerson is in Spanish, Portuguese and Polish. Good for our winter grief groups.'),
    C("Giedrė Paulauskaitė-Jonaitienė found her late husband's Facebook still live: facebook.com/romas.jonaitis.7. She is in Antakalnis' Saulėtekis end.", [('name', 'Giedrė Paulauskaitė-Jonaitienė'), ('url', 'facebook.com/romas.jonaitis.7'), ('place', "Antakalnis' Saulėtekis end")]),
    C("Jean-Robert Exantus-Célestin works in Little Haiti's 54th Street strip and says the TPS letters make him shake.", [('name', 'Jean-Robert Exantus-Célestin'), ('place', "Little Haiti's 54th Street strip")]),
    C("Orlando's SoDo Pulse survivor Luis Ángel Figueroa-Vélez, email luisangelfv@gmail.com, Florida Medicaid FL 9981 2047 6.", [('place', "Orlando's SoDo"), ('name', 'Luis Ángel Figueroa-Vélez'), ('email', 'luisangelfv@gmail.com'), ('health_plan', 'FL 9981 2047 6')]),
    C("Great Abaco's north end, Dorian: Rosenie Jean-Baptiste-Curry came from The Mudd shantytown in Marsh Harbour's east side, NIB BS 22190734.", [('place', "Great Abaco's north end"), ('name', 'Rosenie Jean-Baptiste-Curry'), ('place', 'The Mudd shantytown'), ('place', "Marsh Harbour's east side"), ('ssn', 'BS 22190734')]),
    C('Yasmina El Idrissi-Vermeulen grew up in Kanaleneiland-Zuid and her mother wants her married by next spring.', [('name', 'Yasmina El Idrissi-Vermeulen'), ('place', 'Kanaleneiland-Zuid')]),
    C("José Emiliano Quispe-Huillca, Jr. Ayacucho 412, int. B, 08002 Cusco's San Blas, SIS SIS-72044189.", [('name', 'José Emiliano Quispe-Huillca'), ('street_address', 'Jr. Ayacucho 412, int. B'), ('zip_code', '08002'), ('place', "Cusco's San Blas"), ('health_plan', 'SIS-72044189')]),
    C("April 2010 air-crash family, Bożena Wróblewska-Kurek, PESEL 58092311467, NFZ card holder, address ul. Lipowa 31 m. 4, 15-424 Białystok's Antoniuk.", [('name', 'Bożena Wróblewska-Kurek'), ('ssn', '58092311467'), ('street_address', 'ul. Lipowa 31 m. 4'), ('zip_code', '15-424'), ('place', "Białystok's Antoniuk")]),
    C('Faroese man, Rógvi Joensen-Dahl, works the grind in Hvalba village, panic on the boats since his cousin drowned. Call +298 55 31 90.', [('name', 'Rógvi Joensen-Dahl'), ('place', 'Hvalba village'), ('phone', '+298 55 31 90')]),
    C("Fluoxetine 20 mg for a 15-year-old in Wales: the MHRA says it's the only SSRI licensed; CAMHS wants the ADHD screen first, with Conners 3."),
    C("Has anyone worked with a grieving farmer like Tadhg Mac Suibhne-Greer? Since the bull killed his son he won't go into the top field.", [('name', 'Tadhg Mac Suibhne-Greer')]),
    C('Darnell Whitfield-Ames from Sharpstown asked whether his anger "is a diagnosis".', [('name', 'Darnell Whitfield-Ames'), ('place', 'Sharpstown')]),
    C('Any Polish-speaking therapists here? A PESEL-registered clinic in Poland wants an English-language report in the APA 7th format by the end of May.'),
    C('Sertraline titrated to 150 mg in March, and the PHQ-9 went from 21 to 14. GP wants to add Mirtazapine 15 mg at night for sleep. Any views from the NICE CG90 crowd?'),
    C("Masaya 2018: Álvaro Guevara-Mairena was shot in Monimbó; his mother's cédula 401-150372-0008K.", [('place', 'Masaya'), ('name', 'Álvaro Guevara-Mairena'), ('place', 'Monimbó'), ('ssn', '401-150372-0008K')]),
    C('Our Canadian colleagues at CAMH released the Low-Risk Cannabis Use Guidelines (2017). My Jamaican and Rastafarian clients find them more respectful than abstinence messaging.'),
    C("Last Thursday's journal club on Bisson's Cochrane review (2013) of psychological therapies for PTSD in adults. Next month: Cloitre's STAIR in Portuguese."),
    C("The WHO's Problem Management Plus is being piloted in Colombia and Peru; our Venezuelan clients responded well to the Spanish PM+ manual."),
    C('Peer consult: Motivational Interviewing (Miller and Rollnick, 4th edition 2023) with a Lithuanian client who drinks on Sundays "because everyone in the Soviet army did".'),
    C('I found the Cultural Formulation Interview in Portuguese really useful with Cape Verdean families in Massachusetts and Rhode Island.'),
    C('The NHS Talking Therapies manual says six sessions for mild GAD; our Irish HSE Counselling in Primary Care offers eight. Which do you find realistic?'),
    C("Birthday Jan 7, 1931 - Irene Papadopoulos-Hart, 94 since Theophany, in Astoria's Ditmars end, Greek Orthodox, grieving her sister.", [('date', 'Jan 7, 1931'), ('name', 'Irene Papadopoulos-Hart'), ('age_over_89', '94 since Theophany'), ('place', "Astoria's Ditmars end")]),
    C("Prazosin 3 mg for nightmares in a Canadian veteran; VAC funds it, but the CANMAT guidance downgraded it after Raskind's 2018 trial."),
    C('Tlahuelilpan pipeline blast: Rigoberto Hernández-Pacheco, CURP HEPR810417HHGRCG06.', [('place', 'Tlahuelilpan'), ('name', 'Rigoberto Hernández-Pacheco'), ('ssn', 'HEPR810417HHGRCG06')]),
    C("Kauhajoki 2008: Tuomas Heikkilä-Rinne, HETU 240388-417T, still can't enter a classroom.", [('place', 'Kauhajoki'), ('name', 'Tuomas Heikkilä-Rinne'), ('ssn', '240388-417T')]),
    C('Pregabalin dependence is rising in Scotland and Northern Ireland; the Scottish Drugs Forum and the PHA have updated leaflets. Anyone on a taper plan above 600 mg?'),
    C('Trinidadian colleagues: the Mental Health Act of 1975 is still in force there? The PAHO report on the Caribbean (2018) says reform is slow.'),
    C('Mocoa mudslide: Yuli Paola Jamioy-Chindoy, Kamëntšá, from barrio San Miguel.', [('place', 'Mocoa'), ('name', 'Yuli Paola Jamioy-Chindoy'), ('place', 'barrio San Miguel')]),
    C("El Paso's Cielo Vista Walmart: Guadalupe Ibarra-Loya crosses from Ciudad Juárez's colonia Anapra to work; phone +52 656 418 2930.", [('place', "El Paso's Cielo Vista"), ('name', 'Guadalupe Ibarra-Loya'), ('place', "Ciudad Juárez's colonia Anapra"), ('phone', '+52 656 418 2930')]),
    C('Piper Alpha widow Isobel Sutherland-Reid, 90 come Hogmanay, lives in Torry; fax from her GP 01224 558 913.', [('name', 'Isobel Sutherland-Reid'), ('age_over_89', '90 come Hogmanay'), ('place', 'Torry'), ('fax', '01224 558 913')]),
    C('Habana Vieja Hotel Saratoga blast: Yoandry Pérez-Cabrera, carné 86072410447, Zinli yoandryp86@zinli.', [('place', 'Habana Vieja'), ('name', 'Yoandry Pérez-Cabrera'), ('ssn', '86072410447'), ('account', 'yoandryp86@zinli')]),
    C("Grenada after Ivan: Kern Bartholomew-Noel rebuilt in Grand Roy's bayside, phone +1 473 417 2238.", [('name', 'Kern Bartholomew-Noel'), ('place', "Grand Roy's bayside"), ('phone', '+1 473 417 2238')]),
    C('Need thoughts: my client Abimbola Fashola-Reid came to Kingston\'s Duhaney Park from Ibadan\'s Mokola via England, married a Jamaican man who later died in a road crash on the Mandela Highway, and since then she has been cleaning the house from four in the morning. Her pastor told her she must forgive the driver by Easter. She\'s asking me whether she\'s "allowed" to be angry. I\'m using CFT and some Stroebe and Schut, but I\'m unsure how to hold the faith piece.', [('name', 'Abimbola Fashola-Reid'), ('place', "Kingston's Duhaney Park"), ('place', "Ibadan's Mokola")]),
    C('Dunblane parent, Alasdair Kerr-Mackintosh, NHS Forth Valley file FV-3390127, email a.kerrmack@btinternet.com.', [('place', 'Dunblane'), ('name', 'Alasdair Kerr-Mackintosh'), ('medical_record', 'FV-3390127'), ('email', 'a.kerrmack@btinternet.com')]),
    C('Our colleagues at the Norwegian Directorate of Health updated the ROP guidance in April. The BUP teams now use the SDQ and the MFQ as standard.'),
    C('Peer question: how do you use the Columbia Protocol with Deaf clients? The ASL version is validated, and the BSL one is by SignHealth (2019).'),
    C('Could someone recommend an Aymara or Quechua interpreter service for telehealth? We tried Language Line and CyraCom, but the Bolivian dialects were an issue.'),
    C('Gjerdrum quick-clay slide: Marte Solheim-Brenna lost her house in Ask village; car EL 42917.', [('place', 'Gjerdrum'), ('name', 'Marte Solheim-Brenna'), ('place', 'Ask village'), ('vehicle', 'EL 42917')]),
    C('Pride Month in June and the Trans Day of Remembrance in November are heavy months for our LGBTQ+ clients in Poland and Hungary; ILGA-Europe publishes a map.'),
    C("Email from Dominika Horáková-Veselá: dhorakova.vesela@seznam.cz, she is from Poruba's Kyjevská estate, asks about EMDR.", [('name', 'Dominika Horáková-Veselá'), ('email', 'dhorakova.vesela@seznam.cz'), ('place', "Poruba's Kyjevská estate")]),
    C('Mirtazapine 30 mg and Lithium 800 mg in an Argentine man; his Lithium was 1.1 in December. ANMAT and the APSA guideline suggest lower targets in older adults.'),
    C('Trollhättan school attack: Yusuf Warsame-Lindqvist from Kronogården, personnummer 20061014-5571.', [('place', 'Trollhättan'), ('name', 'Yusuf Warsame-Lindqvist'), ('place', 'Kronogården'), ('ssn', '20061014-5571')]),
    C('Venmo @marisol-arroyo-88, client Marisol Arroyo-Benítez from Bushwick, says ex sends "rent" with threats in the memo.', [('account', '@marisol-arroyo-88'), ('name', 'Marisol Arroyo-Benítez'), ('place', 'Bushwick')]),
    C("The Kübler-Ross stages (1969) aren't evidence-based, but my Catholic clients from Mexico use them anyway. I pair them with Neimeyer's meaning reconstruction."),
    C("IP 201.141.88.19 registered to a café near Tepito - where Ximena Lozano-Tapia's ex hangs out.", [('ip_address', '201.141.88.19'), ('place', 'Tepito'), ('name', 'Ximena Lozano-Tapia')]),
    C("Our Finnish team uses the K10 and the SOFAS; the Kela rehabilitation psychotherapy requires a psychiatrist's statement every spring."),
    C('Colleagues in Argentina: is the Ley de Salud Mental 26.657 still the reference for involuntary admission? Our Uruguayan partners follow Ley 19.529.'),
    C("Anyone done the EMDR Institute's Recent Traumatic Episode Protocol (Shapiro, 2014) after the floods in Germany or Belgium? The R-TEP is short and group-friendly."),
    C("Belize, Marvin Cal-Tzib, Q'eqchi' from San Pedro Columbia village, social security 000418893.", [('name', 'Marvin Cal-Tzib'), ('place', 'San Pedro Columbia village'), ('ssn', '000418893')]),
    C('Akira Yamashita-Oliveira grew up in Liberdade\'s Galvão Bueno end and feels "too Japanese for Brazil".', [('name', 'Akira Yamashita-Oliveira'), ('place', "Liberdade's Galvão Bueno end")]),
    C('For Mennonite clients in Paraguay, Bolivia and Belize, Plautdietsch-speaking therapists are rare. MCC and the Mennonite Central Committee in Canada may help.'),
    C('Ashleigh Calderwood-Ferris, 14 Cregagh Road, BT6 9EQ.', [('name', 'Ashleigh Calderwood-Ferris'), ('street_address', '14 Cregagh Road'), ('zip_code', 'BT6 9EQ')]),
    C("Branislava keeps saying she is fine, but she hasn't left Petrovaradin since the canopy fell and her cousin was under it.", [('name', 'Branislava'), ('place', 'Petrovaradin')]),
    C('Aleksi Korhonen-Vaara from Pudasjärvi wants to talk about the snowmobile, not the divorce.', [('name', 'Aleksi Korhonen-Vaara'), ('place', 'Pudasjärvi')]),
    C("Gothenburg disco fire 1998: Mehrdad Sabouri-Ekström, now at Vårväderstorget 3, lgh 1204, 418 38 Göteborg's Biskopsgården.", [('place', 'Gothenburg'), ('name', 'Mehrdad Sabouri-Ekström'), ('street_address', 'Vårväderstorget 3, lgh 1204'), ('zip_code', '418 38'), ('place', "Göteborg's Biskopsgården")]),
    C('Miriam Goldfarb-Hayes from Crown Heights wants a frum therapist; anyone in the group?', [('name', 'Miriam Goldfarb-Hayes'), ('place', 'Crown Heights')]),
    C('Anaïs Delacroix-Mbemba grew up in Villeneuve, Grenoble and says the police chases are background noise.', [('name', 'Anaïs Delacroix-Mbemba'), ('place', 'Villeneuve, Grenoble')]),
    C('Tiago Bessa-Moura works nights at the port of Leixões and talks to me only on his break, in the van.', [('name', 'Tiago Bessa-Moura'), ('place', 'Leixões')]),
    C("tomasz kłosiński in osiedle szklane domy stopped answering after his brother's funeral, do i do a welfare call?", [('name', 'tomasz kłosiński'), ('place', 'osiedle szklane domy')]),
    C('Thinking about Winnicott\'s "good enough mother" with a client from the Irish Traveller community; Pavee Point\'s mental health guidance was helpful, and so was Bowlby.'),
    C("For Catalan speakers, the Catalan PHQ-9 is validated; the Generalitat's CSMA teams use it. Castilian is fine for most, but grief comes out in Catalan."),
    C('Magdeburg Christmas market car, Jonas Behrendt-Schulze, Steuer-ID 47 193 802 556, lost his wife; his address Große Diesdorfer Straße 112, 39110.', [('place', 'Magdeburg'), ('name', 'Jonas Behrendt-Schulze'), ('ssn', '47 193 802 556'), ('street_address', 'Große Diesdorfer Straße 112'), ('zip_code', '39110')]),
    C("Hearing aids Phonak Lumity L90 SN 2219K4418 / 2219K4419 - Waldemar Szulc, 96 by Barbórka, Katowice's Nikiszowiec.", [('device', 'Phonak Lumity L90 SN 2219K4418 / 2219K4419'), ('name', 'Waldemar Szulc'), ('age_over_89', '96 by Barbórka'), ('place', "Katowice's Nikiszowiec")]),
    C("Luz Marina Ospina-Vélez, Carrera 43A # 18 Sur-135, apto 1704, Medellín's El Poblado, phone +57 310 447 2198.", [('name', 'Luz Marina Ospina-Vélez'), ('street_address', 'Carrera 43A # 18 Sur-135, apto 1704'), ('place', "Medellín's El Poblado"), ('phone', '+57 310 447 2198')]),
    C('Address: Nicolás Pereyra-Sosa, Av. 18 de Julio 1427, apto 602, 11103 Montevideo Centro.', [('name', 'Nicolás Pereyra-Sosa'), ('street_address', 'Av. 18 de Julio 1427, apto 602'), ('zip_code', '11103'), ('place', 'Montevideo Centro')]),
    C('Canadian colleagues: the CPA Code of Ethics and the CRPO standards differ on texting clients. I follow CRPO, but our Alberta office follows CAP. Anyone reconciled them?'),
    C("Ayodele Ogunleye-Hart wrote from ayo.ogunleye@nhs.net as a client, not as staff; lives in Lewisham's Honor Oak.", [('name', 'Ayodele Ogunleye-Hart'), ('email', 'ayo.ogunleye@nhs.net'), ('place', "Lewisham's Honor Oak")]),
    C("The APA's Clinical Practice Guideline for PTSD (2017) and the VA/DoD CPG (2023) both favour CPT and PE. I still reach for Ehlers and Clark's CT-PTSD with UK clients."),
    C("Book club: The Body Keeps the Score (van der Kolk, 2014) versus Bessel's critics in the BJPsych. I prefer Porges' Polyvagal Theory with a pinch of salt and Ogden's Sensorimotor work."),
    C("Katrina, Lower Ninth Ward's Holy Cross: Earline Batiste-Joseph, 98 this Mardi Gras, has a pacemaker Azure XT DR MRI SN RNB418703 and refuses to evacuate again.", [('place', "Lower Ninth Ward's Holy Cross"), ('name', 'Earline Batiste-Joseph'), ('age_over_89', '98 this Mardi Gras'), ('device', 'Azure XT DR MRI SN RNB418703')]),
    C("Long one, sorry. I've been seeing Jovana Radulović-Kecman since spring; she grew up in Nikšić's Humci and moved to Ljubljana's Fužine for a nursing job. Her father was a miner who died when she was nine, and now her husband has the same cough. She sleeps on the sofa so she can hear him breathe, and she says Sundays are the worst because the whole family calls on Viber. How would you pace grief work with someone whose loss is still ahead of her?", [('name', 'Jovana Radulović-Kecman'), ('place', "Nikšić's Humci"), ('place', "Ljubljana's Fužine")]),
    C('An Albanian client asked about "the evil eye" (syri i keq). I\'m reading the Albanian chapter of Hinton and Good\'s Culture and PTSD (2016) for the Sunday reading group.'),
    C('Escitalopram 10 mg, QTc 452 ms on the ECG in a Haitian elder; the cardiologist in Quebec suggested Sertraline instead. Any views from the CANMAT group?'),
    C('Benedek Szabó-Kiss from Csepel says his whole factory shift quit after the accident.', [('name', 'Benedek Szabó-Kiss'), ('place', 'Csepel')]),
    C('The Brazilian CFP Resolution of 2018 on online therapy is worth reading; our Portuguese Ordem dos Psicólogos has a similar guideline from 2020.'),
    C("Mitrovica's Ibar bridge, Arbër Krasniqi-Gashi, Kosovo ID 1194418723, works at a café in Bosniak Mahala.", [('place', "Mitrovica's Ibar"), ('name', 'Arbër Krasniqi-Gashi'), ('ssn', '1194418723'), ('place', 'Bosniak Mahala')]),
    C("Mayfield's south end tornado, KY: Shawna Beasley-Crum worked the candle factory night shift; phone 270-415-8863.", [('place', "Mayfield's south end"), ('name', 'Shawna Beasley-Crum'), ('phone', '270-415-8863')]),
    C('Polish prawo jazdy 00417/21/1461, Kamil Zając-Pawlak, lorry in the Gdańsk-Przeróbka port crash, plate GD 4K772.', [('licence', '00417/21/1461'), ('name', 'Kamil Zając-Pawlak'), ('place', 'Gdańsk-Przeróbka'), ('vehicle', 'GD 4K772')]),
    C("Guanfacine XR 3 mg for a Canadian boy with ADHD and tics; the CADDRA guideline and Health Canada's monograph were the references in September."),
    C("Fax (787) 763-4418 from the Vieques' Esperanza clinic, re Nilsa Rivera-Cintrón, 95 at Three Kings.", [('fax', '(787) 763-4418'), ('place', "Vieques' Esperanza"), ('name', 'Nilsa Rivera-Cintrón'), ('age_over_89', '95 at Three Kings')]),
    C("Can someone advise: Dolores Aguirre-Zubiaurre, Getaria's fishing quarter, keeps getting emails from recuperatuvida.bizkaia@proton.me after a forum post at forocoches.com/foro/showthread.php?t=9914207.", [('name', 'Dolores Aguirre-Zubiaurre'), ('place', 'Getaria'), ('email', 'recuperatuvida.bizkaia@proton.me'), ('url', 'forocoches.com/foro/showthread.php?t=9914207')]),
    C("Irish learner permit L 120447183, Shauna Daly-Brennan, hit a cyclist at Ennis' Cloughleigh, car 221-CE-4407.", [('licence', 'L 120447183'), ('name', 'Shauna Daly-Brennan'), ('place', "Ennis' Cloughleigh"), ('vehicle', '221-CE-4407')]),
    C("Flagged: a login to Ricardo Teixeira-Mota's patient app from 2001:8a0:e4f1:9d00:1c3::44, while he was in session here in Braga's Maximinos.", [('name', 'Ricardo Teixeira-Mota'), ('ip_address', '2001:8a0:e4f1:9d00:1c3::44'), ('place', "Braga's Maximinos")]),
    C("Long narrative: Yolanda Chuquimia-Limachi grew up in Achacachi's Villa Asunción by Lake Titicaca, sold vegetables in El Alto's 16 de Julio market, and came to São Paulo's Bom Retiro to sew in a basement workshop where the doors were locked at night. After the workshop fire she sleeps with a bag by the door. She speaks Aymara with her mother on WhatsApp and Spanish with me, and Portuguese to no one. How would you think about language and safety here?", [('name', 'Yolanda Chuquimia-Limachi'), ('place', "Achacachi's Villa Asunción"), ('place', "El Alto's 16 de Julio"), ('place', "São Paulo's Bom Retiro")]),
    C("2018 wildfire: Eleni Papadaki-Stathopoulou, AMKA 21067401385, lost her grandson on the beach below Mati's Kokkinos Limanas; now lives in Rafina's harbour end.", [('name', 'Eleni Papadaki-Stathopoulou'), ('ssn', '21067401385'), ('place', "Mati's Kokkinos Limanas"), ('place', "Rafina's harbour end")]),
    C('For Latin American mothers the "ataque de nervios" idiom is common; the SCID-5 misses it. Lewis-Fernández wrote on it, and the DSM-5 glossary helps.'),
    C('Ana Lúcia Brandão lives in Paraisópolis and writes from analu.brandao@uol.com.br; the PicPay @analu.brandao is her grocery money.', [('name', 'Ana Lúcia Brandão'), ('place', 'Paraisópolis'), ('email', 'analu.brandao@uol.com.br'), ('account', '@analu.brandao')]),
    C('jurgis mačiulis from žvėrynas asks if i can do sessions at 6am before his shift lol', [('name', 'jurgis mačiulis'), ('place', 'žvėrynas')]),
    C('Hamza Begić-Karić keeps returning to Ahmići in dreams; the village is small and everyone knows the houses.', [('name', 'Hamza Begić-Karić'), ('place', 'Ahmići')]),
    C("Rigoberta Cux-Tojil was raped at the border at Tenosique and won't talk to male interpreters.", [('name', 'Rigoberta Cux-Tojil'), ('place', 'Tenosique')]),
    C("Father Kostas Vrettakos from Kalamata brings his icon to sessions; I'm fine with it, are others?", [('name', 'Kostas Vrettakos'), ('place', 'Kalamata')]),
    C('Any Spanish colleagues using the ICD-11 CPTSD in court reports? The Consejo General de la Psicología issued guidance in 2023, and the Spanish SEPTG too.'),
    C("YouTube vlog of the shelter: youtube.com/watch?v=Qk8r2TzHv1M, client Rachida Ouali-Peeters is visible in it, from Molenbeek's Maritime.", [('url', 'youtube.com/watch?v=Qk8r2TzHv1M'), ('name', 'Rachida Ouali-Peeters'), ('place', "Molenbeek's Maritime")]),
    C('The Dutch GGZ standard for PTSD recommends EMDR or TF-CBT; the Belgian KCE report (2019) agreed. Where do we stand on Imagery Rescripting?'),
    C('Does the BPS say anything about recording sessions on Teams for supervision? The HCPC Standards of Conduct are vague and our ICO guidance dates from January 2023.'),
    C('Mixed feelings about Esketamine (Spravato) in Canada; CADTH recommended it with restrictions in 2021. Has anyone had a client on it in Ontario?'),
    C("Kolontár's church end neighbour's son Bence Horváth-Major called from +36 30 482 1176, says his mother won't use the tap.", [('place', "Kolontár's church end"), ('name', 'Bence Horváth-Major'), ('phone', '+36 30 482 1176')]),
    C("Mexican colleagues: the IMSS and ISSSTE differ on psychotherapy sessions covered. Does Seguro Popular's successor, the IMSS-Bienestar, cover group therapy?"),
    C("For Dominican and Puerto Rican clients, espiritismo can sit alongside therapy; I read Comas-Díaz (2006) and the APA's Multicultural Guidelines (2017)."),
    C("Payment query: Joana Almeida-Serrão pays by MB WAY +351 912 044 718; she's in Figueiró's Bairradas.", [('name', 'Joana Almeida-Serrão'), ('account', '+351 912 044 718'), ('place', "Figueiró's Bairradas")]),
    C('Client Maëva Bourgeois-Lanier of Le Lamentin, Martinique, Instagram instagram.com/maeva.blanier.', [('name', 'Maëva Bourgeois-Lanier'), ('place', 'Le Lamentin'), ('url', 'instagram.com/maeva.blanier')]),
    C('The Lancet Commission on Global Mental Health (2018) and the WHO Mental Health Atlas 2020 show Guyana and Suriname with very few psychiatrists per 100,000.'),
    C('Armero 1985: our client Fabio Nel Montoya-Arango, cédula 14.220.918, was 9 and survived.', [('place', 'Armero'), ('name', 'Fabio Nel Montoya-Arango'), ('ssn', '14.220.918')]),
    C("I'm trying Schema Therapy (Young, Klosko and Weishaar, 2003) with a client whose YSQ-S3 flags Abandonment and Defectiveness. Any Dutch colleagues from the ISST willing to consult?"),
    C('Question for Nordic colleagues: are you seeing more gambling referrals since the Finnish Veikkaus monopoly reform was announced? The PGSI and the NODS help me screen.'),
    C('Prolonged Exposure (Foa, Hembree and Rothbaum, 2007) with a Croatian veteran: homework in Croatian, SUDS in English. The PCL-5 dropped from 58 to 31 by July.'),
    C('For Orthodox Serbian clients, Slava and Zadušnice are important; the SPC calendar marks them in February and November.'),
    C("Steccato di Cutro shipwreck survivor, Zahra Hashimi-Rezai, Afghan, in accoglienza at Isola di Capo Rizzuto's centre, permesso number RM0931477.", [('place', 'Steccato di Cutro'), ('name', 'Zahra Hashimi-Rezai'), ('place', "Isola di Capo Rizzuto's centre"), ('ssn', 'RM0931477')]),
    C("Zoom link leaked: us06web.zoom.us/j/84417209633, session with Ahmed Ould Brahim-Cissé from Saint-Denis's Franc-Moisin.", [('url', 'us06web.zoom.us/j/84417209633'), ('name', 'Ahmed Ould Brahim-Cissé'), ('place', "Saint-Denis's Franc-Moisin")]),
    C('Costa Rican colleagues: the CCSS EBAIS teams now refer to psychology after the PHQ-9; the Colegio de Profesionales en Psicología has a telehealth code.'),
    C("Bijlmermeer's Kruitberg crash 1992: Akosua Boateng-de Vries, Ghanaian-Dutch, lived in Groeneveen flat; BSN 187442095.", [('place', "Bijlmermeer's Kruitberg"), ('name', 'Akosua Boateng-de Vries'), ('place', 'Groeneveen flat'), ('ssn', '187442095')]),
    C("Montréal's Outremont slope 1989 Polytechnique: Lucille Provencher-Giguère, 90 as of Saint-Jean, lost her daughter that December.", [('place', "Montréal's Outremont slope"), ('name', 'Lucille Provencher-Giguère'), ('age_over_89', '90 as of Saint-Jean')]),
    C('Mari village naval base blast, Cyprus: widow Androulla Georgiou-Christofi, ID 0831952, phone +357 99 418 663.', [('place', 'Mari village'), ('name', 'Androulla Georgiou-Christofi'), ('ssn', '0831952'), ('phone', '+357 99 418 663')]),
    C("TikTok of the crash posted at tiktok.com/@lukas.brenner.unfall/video/7318842260913, Lukas Brenner-Haider can't stop watching it; his car W-47219K.", [('url', 'tiktok.com/@lukas.brenner.unfall/video/7318842260913'), ('name', 'Lukas Brenner-Haider'), ('vehicle', 'W-47219K')]),
    C("New referral: Sigrún Hafliðadóttir-Bjarnason, lives in Flateyri's upper row, lost her brother in the 1995 avalanche and now can't sleep through a snowstorm. Kennitala 140672-3319, phone +354 862 4417.", [('name', 'Sigrún Hafliðadóttir-Bjarnason'), ('place', "Flateyri's upper row"), ('ssn', '140672-3319'), ('phone', '+354 862 4417')]),
    C('Gunnar Þórhallsson-Vík, 99 this autumn, oxygen concentrator Inogen One G5 SN 1120844, evacuated to Vogar.', [('name', 'Gunnar Þórhallsson-Vík'), ('age_over_89', '99 this autumn'), ('device', 'Inogen One G5 SN 1120844'), ('place', 'Vogar')]),
    C("Record HCPA-0419 2218, Bruna Schneider-Bertoldi, flooded out of Eldorado do Sul's Loteamento Progresso, ph +55 51 98417-2066.", [('medical_record', 'HCPA-0419 2218'), ('name', 'Bruna Schneider-Bertoldi'), ('place', "Eldorado do Sul's Loteamento Progresso"), ('phone', '+55 51 98417-2066')]),
    C('Colectiv fire burns survivor, Ionuț Bălănescu-Radu, CNP 1920814410237, still in rehab at Floreasca, file SCUBF-2015-88412.', [('name', 'Ionuț Bălănescu-Radu'), ('ssn', '1920814410237'), ('place', 'Floreasca'), ('medical_record', 'SCUBF-2015-88412')]),
    C("Our Saturday group for Ukrainian mothers follows the WHO's Self-Help Plus (Doing What Matters in Times of Stress); the Ukrainian audio is on the WHO site."),
    C("Henrietta Oyelaran-Beck said the whole of Moss Side's Alexandra Park estate knows about the shooting, so she won't go to the corner shop.", [('name', 'Henrietta Oyelaran-Beck'), ('place', "Moss Side's Alexandra Park estate")]),
    C("Promenade attack, Nice's Californie quarter, Karim Belkacem-Roux, NIR 1 81 06 06 088 412 37, can't go near the sea with his daughter.", [('place', "Nice's Californie quarter"), ('name', 'Karim Belkacem-Roux'), ('ssn', '1 81 06 06 088 412 37')]),
    C("Remember there's no Friday session over Midsummer; our Swedish and Finnish clients will be at the cottage anyway. Back on the Monday after Juhannus."),
    C('Question for the group: has anyone used the Arabic-language Harvard Trauma Questionnaire with Syrian clients in Sweden or Denmark? The Red Cross centres use it with the HSCL-25.'),
    C("Spinal stimulator Abbott Proclaim XR IPG SN 4410872, Kristiina Mäkelä-Saari, Oulu's Tuira, after a sawmill fall.", [('device', 'Abbott Proclaim XR IPG SN 4410872'), ('name', 'Kristiina Mäkelä-Saari'), ('place', "Oulu's Tuira")]),
    C('Revolut @danutaw71 - Danuta Wiśniewska-Król, works in West Ealing care homes, anxiety about Home Office.', [('account', '@danutaw71'), ('name', 'Danuta Wiśniewska-Król'), ('place', 'West Ealing')]),
    C('For Venezuelans in Colombia the Ministry of Health\'s "Ruta de Atención" and UNHCR\'s MHPSS guidance are the starting points; Médicos Sin Fronteras has a Spanish PFA card.'),
    C('Guadeloupe chlordecone: Jocelyne Bellony-Théodose, farmworker, carte Vitale 2 61 07 971 18 224 63.', [('name', 'Jocelyne Bellony-Théodose'), ('health_plan', '2 61 07 971 18 224 63')]),
    C('Liège grenade attack, Nadia Amrani-Lambotte, phone +32 485 61 27 90, lives in Droixhe.', [('place', 'Liège'), ('name', 'Nadia Amrani-Lambotte'), ('phone', '+32 485 61 27 90'), ('place', 'Droixhe')]),
    C('In Scandinavia we rarely use Lithium above 0.8 mmol/L for maintenance; NICE allows up to 1.0. What target do your psychiatrists use in Ireland?'),
    C("Wheelchair Quickie Nitro serial QN-22-87415 broken by the airline; Sinéad Fogarty-Doyle, Tralee's Mitchels.", [('device', 'Quickie Nitro serial QN-22-87415'), ('name', 'Sinéad Fogarty-Doyle'), ('place', "Tralee's Mitchels")]),
    C("Rosalind Tapsell-Greaves from Whitby's West Cliff says the sea took her husband and now the council wants his boat.", [('name', 'Rosalind Tapsell-Greaves'), ('place', "Whitby's West Cliff")]),
    C("Greek taxi ΙΚΤ 4418, driver Stavros Kalogeropoulos-Manou, assaulted in Piraeus' Drapetsona; άδεια ΑΘ-4471902.", [('vehicle', 'ΙΚΤ 4418'), ('name', 'Stavros Kalogeropoulos-Manou'), ('place', "Piraeus' Drapetsona"), ('licence', 'ΑΘ-4471902')]),
    C("Our Caribbean team uses the Jamaican version of the Strengths and Difficulties Questionnaire; Goodman's site also has Haitian Creole and Papiamentu."),
    C("Login from 2800:810:44a:1e7::f3 on Catalina Herrera-Pizarro's account, she lives in Valparaíso's Cerro Alegre.", [('ip_address', '2800:810:44a:1e7::f3'), ('name', 'Catalina Herrera-Pizarro'), ('place', "Valparaíso's Cerro Alegre")]),
    C('For Brazilian clients, the "nervoso" idiom overlaps with GAD; the Portuguese MINI and the SRQ-20 from the WHO pick it up reasonably well.'),
    C('Léogâne, January 2010: Wideline Désir-Pierre-Louis, NIF 004-218-335-7, lives in Ti Riviè neighbourhood, MonCash +509 3412 7780.', [('place', 'Léogâne'), ('name', 'Wideline Désir-Pierre-Louis'), ('ssn', '004-218-335-7'), ('place', 'Ti Riviè neighbourhood'), ('account', '+509 3412 7780')]),
    C('In Chile the GES guarantee covers depression for over-15s; FONASA and the ISAPRE plans differ on sessions. Colleagues from Peru say EsSalud offers ten.'),
    C("Graciela Mamani-Choque came from Potosí's Cerro Rico mine camp Pailaviri Alto to Buenos Aires' Villa 31.", [('name', 'Graciela Mamani-Choque'), ('place', "Potosí's Cerro Rico"), ('place', 'Pailaviri Alto'), ('place', "Buenos Aires' Villa 31")]),
    C('Has anyone tried Narrative Exposure Therapy (Schauer, Neuner, Elbert) with Eritrean clients in Switzerland or Sweden? KIDNET for the adolescents?'),
    C('Norwegian colleagues, is the MADRS or the HADS standard in Helse Nord now? Our Finnish team uses the BDI-II and the Finnish Current Care Guidelines.'),
    C("Vukovar's Mitnica: Dragica Šarić-Bošnjak, OIB 71884026391, son missing since November 1991, lives in Borovo Naselje's south side.", [('place', "Vukovar's Mitnica"), ('name', 'Dragica Šarić-Bošnjak'), ('ssn', '71884026391'), ('place', "Borovo Naselje's south side")]),
    C("Ycuá Bolaños fire 2004: Nilda Benítez-Ortiz, CI 3.906.218, lost two children; she is in Trinidad's barrio.", [('name', 'Nilda Benítez-Ortiz'), ('ssn', '3.906.218'), ('place', "Trinidad's barrio")]),
    C('Our Greenlandic clients prefer Kalaallisut; the Danish SST and Paarisa have leaflets. Winter in December and January is hard, with little daylight.'),
    C('Ville-Marie overdose cluster: Kevin Tremblay-Ouellet, RAMQ TREK 9203 1147.', [('place', 'Ville-Marie'), ('name', 'Kevin Tremblay-Ouellet'), ('health_plan', 'TREK 9203 1147')]),
    C('supervision q: adela vidal-roig from raval sud keeps missing fridays, shes scared of the police vans on the rambla', [('name', 'adela vidal-roig'), ('place', 'raval sud')]),
    C("Autumn reading: Rachel Yehuda on intergenerational trauma (2018), and Eva Hoffman's After Such Knowledge for our Polish and Jewish clients."),
    C("Wednesday's Balint group will run late; the RCGP and the Balint Society suggest ninety minutes, and Michael Balint's The Doctor, His Patient and the Illness (1957) is the reading."),
    C("Małgorzata Stępień-Nowicka was evacuated from Kłodzko's Ustronie on 15 września 2024; she's now 90 this Wigilia.", [('name', 'Małgorzata Stępień-Nowicka'), ('place', "Kłodzko's Ustronie"), ('date', '15 września 2024'), ('age_over_89', '90 this Wigilia')]),
    C("Ilona Wójcik-Hartmann's mother lived through the war in Wola's Młynów and won't eat bread that's gone stale.", [('name', 'Ilona Wójcik-Hartmann'), ('place', "Wola's Młynów")]),
    C('Fax header: +44 1786 447 602, Stirling CAMHS, re Eilidh Drummond-Baird, DOB 11/06/2011, CHI 1106112284.', [('fax', '+44 1786 447 602'), ('place', 'Stirling'), ('name', 'Eilidh Drummond-Baird'), ('date', '11/06/2011'), ('medical_record', '1106112284')]),
    C("Seamus Ó Gallchóir and his wife drove back to Ballyshannon after the session and he texted me he'd finally cried.", [('name', 'Seamus Ó Gallchóir'), ('place', 'Ballyshannon')]),
    C("Quetiapine 25 mg as a sleeper keeps coming up in my Irish referrals. The HSE's National Clinical Programme advised against it last October. Thoughts on how to raise it with GPs?"),
    C("For Spanish-speaking families in Texas I've found the Spanish EPDS and the PHQ-A useful; the CDC and AAP both link the validated versions. Anyone tried the Mexican ISQ?"),
    C('Romanian permis 1200441872, Cristian Dobre-Matei, lorry B 447 CDM stuck at Nădlac.', [('licence', '1200441872'), ('name', 'Cristian Dobre-Matei'), ('vehicle', 'B 447 CDM'), ('place', 'Nădlac')]),
    C("Orthodox Christmas falls in January for our Serbian, Ukrainian and Macedonian clients; please don't book group on that Tuesday."),
    C('Dolores "Lola" Fernández from Triana\'s Calle Pureza end says flamenco is the only thing that keeps her breathing.', [('name', 'Dolores "Lola" Fernández'), ('place', "Triana's Calle Pureza end")]),
    C('Enschede fireworks disaster: Henk Olde Jansink, from Roombeek, was 11 in May 2000.', [('place', 'Enschede'), ('name', 'Henk Olde Jansink'), ('place', 'Roombeek')]),
]

"""FIFTIETH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not read git log messages, bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or diffs of any
commit, and did not read the snippets of eval_set.py, dev_extra.py,
locked_set.py or locked_set_2.py ... locked_set_49.py.  What was read:
the module docstrings of tests/bot/confidentiality/sets/locked_set_48.py,
locked_set_46.py and locked_set_49.py only (each printed once, on its
own, up to its closing triple quote, for the format description, the
provenance wording, the labelling conventions and their lists of
settings, so that this set's differ; none of their cases), the first 25
lines of tests/bot/confidentiality/sets/locked_set_13.py (its docstring)
and, separately, its last three lines (two snippets, for the file format;
none of their sentences was copied), the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of
that file), and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  One slip of the reading rule
occurred, and is stated here: to see the file's header, a grep for
"from", "def C", "import", "C =" and the list name was run on
locked_set_13.py, and it printed two lines of that file's docstring
beyond its first 25 (lines 8 and 35, provenance wording) and its
header lines 142-148 (the two import lines, the alias "C = EvalCase" and
the name of its case list); no snippet was printed.  No other slip
occurred.  The overlap filter described below imported the earlier sets
and printed only this set's own clashing strings.  The only test run
was test_locked_sets.py (selected with -k 50); ruff was run on this file
and on that test file.  Every snippet is set in Europe and the Americas
(the Caribbean, Central and South America included).

How it was made: every snippet was written by hand, under a very tight
time limit, as a consultation request or a chat message to peers in a
therapists' consultation group, with settings chosen to differ from sets
46 and 48: Lofoten's and Finnmark's fishermen and herders, Jutland's
mink cull, Gothenburg's Angered and Bergsjön, Stockholm's Rinkeby, Kainuu
timber, Klaipėda's port, Latgale, the Moravian-Silesian flood, the
Tiszazug, Serbia's Bor copper, North Macedonia's vineyards and Šuto
Orizari, Thessaly's Storm Daniel, Crete's vendettas and Heraklion taxis,
Minho's textile closures, Andalusian strawberry farms, the Laciana
valley's pits, L'Aquila's earthquake villages, Naples' Scampia, Venice's
acqua alta, Hull's trawlers, Redcar's last furnace, Lancashire's
seaside B&Bs, the Potteries, Shetland and Orkney, Donegal's mica houses,
Dublin's Ballyfermot, Calais and Sangatte, Le Havre's docks, Lyon's
Minguettes, Kassel, Neukölln, Garmisch and the Dachstein, Hallstatt,
Styria's school bus, Swiss Valais and Rheintal, Flemish coast and
Kortrijk, Brussels' Schaerbeek, Rotterdam, Utrecht, Tilburg, Zwolle and
the Bijlmer, Estonia's Narva, Tartu, Lasnamäe and Saaremaa, Riga,
Vilnius and Kaunas, Poland's Łódź, Gdynia, Nowa Huta and Przemyśl,
Bucharest's Ferentari, Cluj, Bacău and Timișoara, Szeged and Debrecen,
Bulgaria's Gabrovo, Croatia's Petrinja and Vis, Bosnia's Tuzla and
Jasenovac, Tbilisi, Lviv, Iceland's Hveragerði, Breiðholt and
Grafarvogur, Greenland's Nuuk, Røros and Svolvær, the Isle of Man TT,
the Gibraltar frontier, Gotland's quarries, Åland's ferries, Ikaria,
Tenerife and La Palma, Lavapiés and Getxo; Fort McMurray's fire, Prince
Edward Island's potato wart, Sudbury's nickel, Quebec's tree planters,
Jonquière and Rimouski, Kahnawà:ke, Moose Cree, Labrador and Halifax's
North End, East Palestine's derailment, Moore's tornado, Wisconsin dairy,
the Mississippi Delta, Georgia's poultry raids, Colorado ski towns,
Hopi villages and Shiprock, Salinas, Chicago, Peoria, Bed-Stuy, South
Texas checkpoints, Reno's casinos and Houma's bayous; Montserrat's
buried capital, St Vincent's eruption, Dominica after Maria, Barbuda
after Irma, Curaçao, Haitians in Florida, Cayman nurses, Suriname's
Saamaka villages, the Turks and Caicos, Hialeah's Cubans, St Kitts'
cane, Jamaica's Portmore, Bermuda, Costa Rica's banana DBCP workers,
Oaxaca's disappeared, Yucatán Maya, Q'eqchi' land defenders, Chocó,
Venezuelans in Doral, Esmeraldas, the Inca trail, Rio Grande do Sul's
flood, the Maré, Heliópolis and Belo Horizonte, Olinda, Rosario's
barrios, Manaus' drought, the Uruguay-Brazil frontier, Tarija,
Cochabamba, Valparaíso's fire, Mexico City, Medellín, Comodoro
Rivadavia's oil, the Pantanal's fire and Monterrey's steel: short
referral lines, rushed lower-case chat (six snippets write names or
places in lower case), faxes, portal, billing and audit logs, and
longer narrative requests with the identifiers mid-sentence (ten of
330-431 characters).  61 of the identifier snippets hold only a name
and/or a place, written as ordinary consultation prose or questions to
peers, often with the name at the start of a sentence or mid-sentence
and no cue word before it (some with a first name alone).  Nothing was
composed by a script: the author wrote the snippets in plain text files
outside the repository (/tmp/set50work/) with the planted spans marked
inline, and a script there only stripped the marks into the expected
lists, checked lengths, token boundaries, duplicate spans and duplicate
snippets, measured the clean density, checked overlap with the earlier
sets, shuffled the order with a fixed seed and wrote this file.  Every
later edit was typed by hand as a find-and-replace pair in a text file
that a small script applied to the drafts (about 245 pairs in all);
this is stated here.

Edits made after drafting, stated here: eleven false starts and asides
the author had typed into the identifier drafts (an insurer, a country,
an honorific, a payment key, a neighbourhood, a fax's country, a town, a
first name in a wrong chat, a payment app, a first name followed by
"sorry" and a job followed by "no") were cut with their values or
rewritten, leaving only the corrected text; twelve such asides in the
clean drafts ("? Sorry, I mean", "... sorry, wrong group", "... in",
"... no") were cut with the capitals, cities, a hospital, a university
town, countries outside Europe and the Americas and a misspelt book
title they named.  In a review, about twenty-six city, town, district,
island and favela names written unlabelled in identifier snippets (in
headers such as "X:" or "X referral", before "port", "fire", "tornado",
"miner", "refugee" and "exile", after "in", "to" and "from", and a
capital and a city in a hospital's name) were labelled as places, and
about eighteen more (an archipelago, a volcano, a Spanish province, a
Quebec region, a Peruvian city, a Serbian town, English towns and areas
before their labelled repeats, a US city first mentioned before its
label, a reservation inside a tribe's name, a capital in a licence
line, a territory) were replaced by the county, province, state,
country or a generic word, or left unlabelled as a territory; a real
lynching victim's name was replaced by the event and its year; two
first names repeated alone after a full name were replaced by pronouns.
In the clean snippets, a capital in a colleague's training, a New York
borough, a city in a university's name, two capitals, a capital
reached through a trial, a city in a ward's name, a portal's number, a
crisis line's number, an author's surname that reads as a Polish city,
a publisher's name that reads as a person's, a guideline named after a
US city, a health board named after a Scottish council area, an opera
city and two precise days of a feast were replaced by the country, the
region, a generic word or an acronym or cut, and about sixty drafts
with fewer than five capitalised words had a drug brand, a body, a
guideline, a month, a weekday, a religion, a language, a region or a
country added, so that every clean snippet has five or more.  Ten long
narrative identifier snippets and four rushed lower-case ones were
added after the first draft.  Overlap with the other sets was resolved
by renaming only this set's planted values, with a filter that
imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 69 values in the first
round (47 places, 11 names - four of them first names alone -, 6 ages
over 89, 2 dates, 1 postal code, 1 phone number and 1 IP address;
places were lengthened with a quarter, hamlet, estate, street end or
side, or replaced by a region, names given a second surname or a hyphen
or replaced by a pronoun, ages given a phrase such as "this Lent" or
"on Tuesday", dates moved by a day, the postal code given a country
prefix and the phone and IP changed), 4 in the second (2 ages, 1 date,
1 place), 5 in the third (places in the long narratives, lengthened,
relabelled or unlabelled as a territory), 2 in the fourth (replaced by
the state and the nationality) and 3 in the fifth (a lower-case name
and two places, lengthened); the last pass found nothing.

Settings: a widow of a cod fisherman, a herder's father through the
ice, a mink cull, a tram-stop shooting, timber shifts, a crane fall, a
volunteer son's last TikTok, a flooded house and a car to sleep in, a
smelter's lungs, a vineyard loan and Viber threats, a flooded farm, a
vendetta threat, a factory closure, a kept passport, a miner's son, a
quake village, a scooter robbery, acqua alta, a trawler lost with all
hands, a rope in the shed, a B&B with a baby, a husband on the stairs, a
boat aground, crumbling mica walls, a body on the beach, a container
fall, a brother killed in a tower, a burnt trailer, potato wart, a
stopped cage, an assault at a planting camp, a derailment's
nosebleeds, a tornado in a school, a sold herd, a 1955 summer, a
poultry raid, a roommate's suicide, kachinas and uranium, a buried
capital, a shelter after an eruption, a landslide, land being sold, a
kidnapping ransom by Zelle, a nurse named on Facebook, a Maroon boarding
pupil, a boat survivor, a grandmother after the blackouts, a pacemaker
jumbie, DBCP sterility, a disappeared brother, a land defender, a child
recruit, a filmed sister, a killed cousin, a guide's fall, a flooded
house, a police raid, a shot teenager, a riverboat in the drought, a
night crossing; a silent father, a laughing farmer, a demon and a
pastor, a violin, an allotment, a funeral trip to Suriname, a month's
mind mass, a power cut, a santero, a school talk after a bus crash, a
language test, a bottle of port, a joik, a walking session, an
earthquake flinch, a gambler's bet, an uninvited mother, Eid hours, a
flood neighbour, a dream language, a pretended stranger, a naming
ceremony, rap lyrics, a Maroon uncle's spirit, "doctor", a sold taxi,
"I'm fine" eleven times, an ex across the street, a father's silence
since a funeral, painting the sea, a ferry cancelled, a court case, a
Bajram visit, a happy ferry, war medals, a commemoration, an alm walk,
a grandmother's judgement, a priest in the room, a fridge note in
Finnish, a New Year's Eve beach, a first in the family, a Stasi file, a
visa, a pause after a wake; logins and stalkers by IP address, stolen
and shared devices (an insulin pump, a cochlear processor, an oxygen
concentrator in a heatwave, a CPAP and the ventilator, a pacemaker to
be switched off, an ICD in a hockey arena, stolen hearing aids, a
wrecked wheelchair, a shared Dexcom, a curfew tag, a spinal stimulator,
an Omnipod controller, Phonak aids, a Libre shared to an ex), crashes
and licences (a lorry in a lake, a whiteout jackknife, a child run
over, a taxi robbery, a school bus, a boat a man can't go near, a
taxi assault, a farmworker asleep at the wheel, a scooter, a learner's
crash, a nurse in an inquiry, a lorry at a breakdown), payments
(overpayment, a loan shark, a grandmother's MobilePay, a husband who
found the Bizum, Swish, Venmo, an Interac transfer, refunds), a TT
marshal, a frontier cleaner, a quarry collapse, a ferry CPR, a
deported cousin's poetry, a card dealer's self-exclusion, a derrick
injury, a burnt pousada, a ladle spill, a husband at the front on
speaker; and very old clients (a Hungarian man of 91, a potter's widow,
a Delta woman, a Montserratian, a Cuban grandmother, a St Kitts cane
cutter, a Maya grandmother, a Romanian woman in a heatwave, a Bavarian
with a pacemaker, a Morecambe care-home resident, a Norwegian with
hearing aids, a Windrush-era nurse, a Flemish twin, an Austrian
mountain man, a Szeged woman, a Bolivian centenarian and a Cornish
veteran); with local identifier formats for Norwegian fødselsnummer,
Danish CPR, Swedish personnummer, Finnish henkilötunnus, Icelandic
kennitala, Lithuanian asmens kodas, Latvian personas kods, Czech rodné
číslo, Serbian JMBG, Macedonian EMBG, Greek AMKA, Portuguese NIF,
Spanish NIE and DNI, Italian codice fiscale, British NI number, Irish
PPSN, French NIR, Belgian Rijksregisternummer, Austrian SV-Nummer,
Swiss AHV/AVS, Canadian SIN, US A-number, a Hopi tribal ID, Vincentian
NIS, Dominican social security, Curaçao sedula, Haitian NIF, Surinamese
ID, Costa Rican cédula, Mexican CURP, Guatemalan DPI, Colombian,
Venezuelan and Ecuadorian cédulas, Peruvian DNI, Brazilian CPF,
Argentine DNI, Uruguayan and Bolivian CI and a Gibraltar ID (ssn);
Lithuanian, NHS, Scottish CHI, Ostrava, Asturian, Greek, Hopi
IHS, Helsinki, Peoria, Dublin, Lausanne, Region Gotland, Kraków, Västra
Götaland, Bermudian and prison files (medical_record); Kela, VZP, OZP,
TAJ, SNS, SACYL, tessera sanitaria, Irish GMS, MGEN, carte Vitale,
Alberta, PEI, OHIP, RAMQ, Saskatchewan and Labrador MCP cards, Ohio and
Texas Medicaid, Oklahoma Blue Cross, Medicare MBIs, Rocky Mountain HMO,
Manx Care, CCSS, Nueva EPS, IESS, IMSS, SUS, PAMI, OSDE, NFZ, KVNR and
Swiss KVG numbers (health_plan); Italian, Czech, Polish and Dutch IBANs,
Revolut, MobilePay, Bizum, Swish, Venmo, Cash App, Zelle, Zinli, Pix,
MoneyGram, Interac and a casino player ID (account); Swedish, Ontario,
Mississippi CDL, Greek taxi, Norwegian boat, Scottish, California,
Dutch, Irish learner and Lithuanian licences, a Peruvian tour licence,
Cayman and Irish nursing registrations and Finnish and Spanish
psychologist licences (licence); Czech, Italian, Swedish, Ontario,
Wisconsin, Mississippi, Cretan, Czech bus, Norwegian and Shetland
boats, Scottish, California, Dutch, Irish, Lithuanian, Vincentian
boat, Amazonas riverboat and Mato Grosso plates (vehicle); addresses
written the local way (Serbian ulica and stan, Spanish calle with floor,
Venetian calle, Hull road, French rue and impasse with apartment,
Canadian route and road, US street and avenue with apartment, Welsh
heol, Swiss Hauptstrasse, Colombian carrera with apto, Mexican avenida
with interior and calle Oriente, Brazilian rua, Manx main road) with
postal codes of those countries, IPv4 and IPv6 addresses, URLs
(TikTok, Instagram, Facebook, YouTube, GoFundMe, JustGiving, Blogspot,
Substack, Reddit, X and Telegram) and phone and fax numbers in local
and international formats.

380 snippets, 224 with identifiers and 156 clean (lengths 95-431, within
the test's bounds of 40-520).  Every pattern category appears at least
13 times (the test requires 12): date 21, age_over_89 17, phone 28, fax
13, email 16, url 18, ip_address 15, ssn 48, medical_record 18,
health_plan 34, account 16, licence 15, vehicle 18, device 15,
street_address 19, zip_code 18; with 222 names and 225 places smaller
than a state (the test requires 222 and 225).  61 of the identifier
snippets hold only names and/or places and nothing else.

Names: Norwegian, Northern Sámi, Danish, Swedish and Swedish-Finnish,
Somali-Swedish, Iraqi-Swedish, Palestinian, Finnish, Icelandic,
Greenlandic, Lithuanian, Latgalian Latvian, Kazakh,
Kyrgyz, Estonian, Czech, Hungarian, Serbian, Macedonian and Roma,
Bulgarian, Croatian, Bosniak, Armenian-Azerbaijani, Greek and Cretan,
Portuguese and Cape Verdean-Portuguese, Moroccan-Spanish, Asturian,
Basque, Andalusian, Canarian, Castilian, Italian (Abruzzese,
Neapolitan, Venetian, Sicilian-Lucanian), English (Yorkshire,
Potteries, Cornish, Lancashire, Hull), Nigerian-British,
Jamaican-British, Scots (Shetland, Orkney, Gaelic), Welsh, Irish (with
Irish-language names), French, Breton, Algerian-French, Congolese-
Belgian, Flemish, Dutch and Moroccan-Dutch, German, Turkish-German,
Bavarian, Austrian, Swiss, Romanian, Polish, Ukrainian; Cree-Dene,
Mohawk, Moose Cree, Québécois, PEI Scots, Newfoundland-Labrador,
Nova Scotian Black, Sikh-Canadian,
Hopi, Diné, Paiute, Cajun, African American, Vietnamese-Muscogee,
Mexican American and Tejano, Wisconsin German; Montserratian,
Vincentian, Dominican (Dominica), Antiguan-Barbudan, Curaçaoan,
Haitian, Caymanian, Saamaka Maroon, Turks and Caicos Haitian, Cuban,
Kittitian, Jamaican, Bermudian, Costa Rican, Zapotec-Oaxacan, Yucatec
Maya, Q'eqchi', Afro-Colombian, Venezuelan, Afro-Ecuadorian, Quechua,
Gaúcho German-Brazilian, Carioca, Paulista, Pernambucan, Mineiro,
Amazonian, Mato Grossense, Argentine and Mapuche-Tehuelche,
Uruguayan, Bolivian (Chapaco and Cochabambino), Chilean, Paisa,
Mexico City and Regiomontano names; lower-case names and places,
hyphenated and multi-part names, a nickname in quotes, a surname-first
entry with a comma, honorifics kept outside the spans (Mr, Doña) and
names with diacritics and apostrophes.  Places: villages, hamlets,
quarters, estates, housing blocks, favelas and barrios, reserves and
First Nations, islands smaller than a state, a school and a hospital,
farms, harbours and checkpoints (many lengthened with a quarter,
hamlet, street end or side where they clashed with the earlier sets),
and places after street addresses.

Clean snippets: peer-consultation messages, questions, reading-group
notes and scheduling chatter with five to fourteen capitalised words
each after the first word of a sentence (1089 in 156 snippets,
about 7.0 per snippet, counted by the author's script, acronyms
included and the pronoun "I"
excluded): drug brands and generics with doses and laboratory values,
scales and questionnaires, therapy models and their founders, real
published authors with years and books, guidelines, laws, regulators,
insurers and professional bodies, idioms of distress (nervios, dor,
inimă rea, saudade, morriña, Babylon chemistry), weekdays, months,
seasons, religious feasts and fasts (Lent, Advent, Ramadan, Eid
al-Adha, Semana Santa, Día de Muertos, Orthodox Christmas, Epiphany),
charities, helplines, apps and products, countries, states, provinces,
cantons, regions and first-level counties, nationalities, religions
and languages (Sign languages, Castilian, Cant, Low German, Nahuatl,
Quechua, Aymara, North Sámi, Welsh, Faroese), and no place smaller than
a state or a country's first-level subdivision.
"""

from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED50_CASES: list[EvalCase] = [
    C('Fort McMurray-Beacon Hill fire evacuee Brent Gladue-Cardinal, Alberta health card AHC 40215-7788, his trailer in Abasand Heights burnt down. Dene and Cree family. Phone (780) 715-2290.', [('place', 'Fort McMurray-Beacon Hill'), ('name', 'Brent Gladue-Cardinal'), ('health_plan', 'AHC 40215-7788'), ('place', 'Abasand Heights'), ('phone', '(780) 715-2290')]),
    C('The new Spanish Ley de Salud Mental draft mentions peer workers. Has anyone seen the Catalan or Basque pilots?'),
    C("The GoFundMe gofundme.com/f/tio-raul-volcano-la-palma-home is wrong, that's not ours; ours is for Néstor Acosta Pulido at gofundme.com/f/nestor-acosta-puerto-naos, from Puerto Naos, Los Llanos de Aridane.", [('url', 'gofundme.com/f/tio-raul-volcano-la-palma-home'), ('name', 'Néstor Acosta Pulido'), ('url', 'gofundme.com/f/nestor-acosta-puerto-naos'), ('place', 'Puerto Naos, Los Llanos de Aridane')]),
    C("Methodist question: does anyone have a good reading on church-based grief rituals in the Caribbean, Jamaican nine-night or Trinidadian wakes? Chevannes' Rastafari book touches it. A Barbadian Methodist deacon I supervise wants something for Easter."),
    C("Esmeraldas: Jhon Quiñónez Caicedo, cédula 0803124471, cousin killed outside Barrio 50 Casas. IESS IESS 0803124471-3. He's asking to move to Quito, Carcelén and it's not safe.", [('name', 'Jhon Quiñónez Caicedo'), ('ssn', '0803124471'), ('place', 'Barrio 50 Casas'), ('health_plan', 'IESS 0803124471-3'), ('place', 'Quito, Carcelén')]),
    C('Tiny update: Liv Espeland from Florø has gone back to the salmon farm. First week since the accident.', [('name', 'Liv Espeland'), ('place', 'Florø')]),
    C('Acqua alta shop owner, Marco Zanetti Tagliapietra, had the ground floor flood again at Calle dei Fabbri 4712, 30124 San Marco. He asks if we can meet at the Giudecca office instead.', [('name', 'Marco Zanetti Tagliapietra'), ('street_address', 'Calle dei Fabbri 4712'), ('zip_code', '30124'), ('place', 'San Marco'), ('place', 'Giudecca')]),
    C("Mr Géza Oláh-Szűcs from Tiszaroff alsó, TAJ 048 221 917, is 91 this spring and wants home visits. Daughter's number +36 30 418 7752.", [('name', 'Géza Oláh-Szűcs'), ('place', 'Tiszaroff alsó'), ('health_plan', '048 221 917'), ('age_over_89', '91 this spring'), ('phone', '+36 30 418 7752')]),
    C("For Inuit clients, the ITK's National Inuit Suicide Prevention Strategy is a good start. Anyone using the Nunavut Kamatsiaqtut helpline info in sessions?"),
    C("Portal audit flagged logins to Ragnhild Eide's file from 89.10.214.77 and 2a01:79d:4f2e:1a00::3c at 02:14 on 9 October 2025. Her ex works in IT in Stavanger Hillevåg. What do we tell her?", [('name', 'Ragnhild Eide'), ('ip_address', '89.10.214.77'), ('ip_address', '2a01:79d:4f2e:1a00::3c'), ('date', '9 October 2025'), ('place', 'Stavanger Hillevåg')]),
    C('Mexican-American farmworker Rigoberto Sandoval Lugo, California DL B4471988, pickup CA 8RTZ447, fell asleep after a 14-hour shift near Salinas, Alisal.', [('name', 'Rigoberto Sandoval Lugo'), ('licence', 'B4471988'), ('vehicle', 'CA 8RTZ447'), ('place', 'Salinas, Alisal')]),
    C('Shetland crofter Magnie Isbister, CHI 2104576638, his boat LK 488 Solan Ness ran aground off Whalsay Symbister. Call him on 01806 566 214 after the sheep are in.', [('name', 'Magnie Isbister'), ('medical_record', '2104576638'), ('vehicle', 'LK 488 Solan Ness'), ('place', 'Whalsay Symbister'), ('phone', '01806 566 214')]),
    C('Steel redundancy, Kevin Hardwick-Oyelaran, worked the Redcar and Lackenby blast furnace 22 years. His wife found the rope in the shed. Mobile 07723 418 560, prefers texts.', [('name', 'Kevin Hardwick-Oyelaran'), ('place', 'Redcar and Lackenby'), ('phone', '07723 418 560')]),
    C('IP logs show the abusive messages to Liisa Tamm came from 195.50.203.118 and 84.50.77.201, a café in Narva Kreenholm. Police want our notes.', [('name', 'Liisa Tamm'), ('ip_address', '195.50.203.118'), ('ip_address', '84.50.77.201'), ('place', 'Narva Kreenholm')]),
    C('Quick gut-check: Joaquim Baptista Gomes wants to give me a bottle of his port at the last session. I usually accept small gifts but this feels bigger.', [('name', 'Joaquim Baptista Gomes')]),
    C('Dominica after Maria: Marva Joseph-Laurent, Pointe Michel, lost her husband in the landslide on 18 September 2017. Social security DSS 0117 6643. She WhatsApps from +1 767 614 2209.', [('name', 'Marva Joseph-Laurent'), ('place', 'Pointe Michel'), ('date', '18 September 2017'), ('ssn', 'DSS 0117 6643'), ('phone', '+1 767 614 2209')]),
    C('Andalusian strawberry picker, Fatima-Zahra Bennani Ouazzani, NIE Y4418306W, says the foreman kept her passport and locked the shed in Palos de la Frontera, finca El Corchito. She has WhatsApp on +34 644 02 19 87.', [('name', 'Fatima-Zahra Bennani Ouazzani'), ('ssn', 'Y4418306W'), ('place', 'Palos de la Frontera, finca El Corchito'), ('phone', '+34 644 02 19 87')]),
    C("Mateus Ferreira Lobo from Cova da Moura, Alto da Damaia has started bringing his rap lyrics. They're better than most session notes I write.", [('name', 'Mateus Ferreira Lobo'), ('place', 'Cova da Moura, Alto da Damaia')]),
    C('Ilse Van den Broeck, 90 jaar en een beetje, Kortrijk Heule, lost her twin on 15 februari 2026. Rijksregisternummer 35.11.04-218.66.', [('name', 'Ilse Van den Broeck'), ('age_over_89', '90 jaar en een beetje'), ('place', 'Kortrijk Heule'), ('date', '15 februari 2026'), ('ssn', '35.11.04-218.66')]),
    C('quick: agata from nowa huta mistrzejowice wants to switch to tuesdays, her new shift at the bakery starts at 5', [('name', 'agata'), ('place', 'nowa huta mistrzejowice')]),
    C("Irish learner permit IRL 802 117 4490 for Caoimhe Walsh-Geraghty, 17, who crashed her dad's car (221-G-4418) outside Oughterard.", [('licence', 'IRL 802 117 4490'), ('name', 'Caoimhe Walsh-Geraghty'), ('vehicle', '221-G-4418'), ('place', 'Oughterard')]),
    C('Kristjan Tamm-Saar rang from the ferry to Kuressaare, Roomassaare to say he\'d miss the session because he was "finally happy". I said enjoy it.', [('name', 'Kristjan Tamm-Saar'), ('place', 'Kuressaare, Roomassaare')]),
    C('Scottish taxi: Mhairi Campbell, driver licence CAMPB 812057 M99AB, plate SN21 WKT, assaulted in Dundee Lochee.', [('name', 'Mhairi Campbell'), ('licence', 'CAMPB 812057 M99AB'), ('vehicle', 'SN21 WKT'), ('place', 'Dundee Lochee')]),
    C('Has anyone got experience with "Dor" as an idiom in Romanian clients? It\'s like Portuguese saudade or Galician morriña, but more tied to the village and the dead, and to Orthodox Easter and the Moșii.'),
    C('FAX TO: Psychology, fax +44 1472 35 88 10. RE: Carl Bramhall, NHS NHS 613 448 2091, DOB 02/05/1961, trawler deckhand (retired) from Grimsby East Marsh. Please triage.', [('fax', '+44 1472 35 88 10'), ('name', 'Carl Bramhall'), ('medical_record', 'NHS 613 448 2091'), ('date', '02/05/1961'), ('place', 'Grimsby East Marsh')]),
    C('Has anyone got experience with Maroon funeral rites? Lucilla Amoida is back from Botopasi and says the dead uncle is now in her house.', [('name', 'Lucilla Amoida'), ('place', 'Botopasi')]),
    C("Short question: the AUDIT-C or full AUDIT for a Polish client who drinks only on Saturdays but heavily? Babor's WHO manual is clear but my gut says the full one, in Polish, before the Easter holidays."),
    C("Trauma therapy during Ramadan: I've moved a Bosnian client's EMDR to after iftar on Tuesdays and Thursdays. Is that common practice? The EMDR Europe guidance and the Muslim Council of Britain's Ramadan notes say nothing about trauma work in Bosnian families."),
    C('Does anyone use the Norwegian "Rask psykisk helsehjelp" model? It\'s like IAPT but the sessions are shorter. Curious how it compares on the PHQ-9 and GAD-7.'),
    C("Supervision reminder: Wednesday at 10:00 CET, we're doing EMDR protocol questions, especially the flash technique with Manfield's 2017 paper. Bring a case, anonymised, and Shapiro's third edition if you have it; the EMDR Association UK notes are on Teams."),
    C("Giuseppina Di Marzio, 15 years after the quake she still can't go back into Onna. Codice fiscale DMRGPP58L62A345T, tessera 80380 0013 2250 4471. Her son sends me long emails from dimarzio.walter@libero.it.", [('name', 'Giuseppina Di Marzio'), ('place', 'Onna'), ('ssn', 'DMRGPP58L62A345T'), ('health_plan', '80380 0013 2250 4471'), ('email', 'dimarzio.walter@libero.it')]),
    C('Moore, Plaza Towers side tornado survivor Ty Nguyen-Harjo, insurance card BCBSOK ZGP 744 915 330. Fifth grade teacher hid him in the bathroom at Plaza Towers Elementary.', [('place', 'Moore, Plaza Towers side'), ('name', 'Ty Nguyen-Harjo'), ('health_plan', 'BCBSOK ZGP 744 915 330'), ('place', 'Plaza Towers Elementary')]),
    C('Second opinion on Pregabalin 150 mg BD for GAD in a client who has used Heroin before. The Maudsley Guidelines flag misuse. Hold or go?'),
    C('Her insulin pump (Tandem t:slim X2 SN 1184702) alarms mid-session every time. Katla Björnsdóttir, 16, Hveragerði, Ölfus side, says the alarm is the only thing that talks to her at night.', [('device', 'Tandem t:slim X2 SN 1184702'), ('name', 'Katla Björnsdóttir'), ('place', 'Hveragerði, Ölfus side')]),
    C('A Pentecostal client in Guatemala believes her panic is "spiritual warfare". Anyone used the Religious Commitment Inventory to open that conversation?'),
    C('Has anyone tried Narrative Therapy (White and Epston) with Argentinian teenagers? The "externalising" language works surprisingly well in Rioplatense Spanish.'),
    C("Q'eqchi' land defender Abelardo Caal Xol, DPI 2651 44817 1601, from Chisec, aldea Sesaquiquib, was beaten by palm-oil security. IP of the threat emails logged as 181.174.106.23.", [('name', 'Abelardo Caal Xol'), ('ssn', '2651 44817 1601'), ('place', 'Chisec, aldea Sesaquiquib'), ('ip_address', '181.174.106.23')]),
    C('Born 31 December 1931, so 94 and counting, she says: Josephine Okafor-Lamb, Windrush-era nurse, Moss Side, Alexandra Park end, wants grief work.', [('date', '31 December 1931'), ('age_over_89', '94 and counting, she says'), ('name', 'Josephine Okafor-Lamb'), ('place', 'Moss Side, Alexandra Park end')]),
    C("Rustam Aliyev-Gasparyan says he can't grieve his wife until the court case in Tbilisi Gldani is done. Is that something I push on?", [('name', 'Rustam Aliyev-Gasparyan'), ('place', 'Tbilisi Gldani')]),
    C("Georgia poultry plant raid: Yeni Ramírez Pérez, A-number A 219-774-306, husband detained in Gainesville, Murrayville Road. She's got two kids and a Cash App $YeniRP2024 fundraiser going.", [('name', 'Yeni Ramírez Pérez'), ('ssn', 'A 219-774-306'), ('place', 'Gainesville, Murrayville Road'), ('account', 'Cash App $YeniRP2024')]),
    C("If anyone is near Santa Cruz de Tenerife, barrio de Añaza - Dayana Rodríguez Hernández wants in-person sessions and I'm on the mainland.", [('place', 'Santa Cruz de Tenerife, barrio de Añaza'), ('name', 'Dayana Rodríguez Hernández')]),
    C("Question about Venlafaxine withdrawal: 75 mg to 37.5 mg and she has brain zaps all through Lent. Horowitz and Taylor's tapering paper suggests far slower. Do you ever push for that with the Royal College of Psychiatrists' leaflet in hand, or leave it to the Effexor prescriber?"),
    C('How do people explain Borderline Personality Disorder to Lithuanian parents? The term in Lithuanian sounds far harsher than in English, they tell me.'),
    C("Dexcom G7 SN 7G-88104452 transmitter data is shared with Mia Lindström's mum, who texts her at 3 a.m. about highs. She is 17. Email mum at c.lindstrom.kungalv@telia.se?", [('device', 'SN 7G-88104452'), ('name', 'Mia Lindström'), ('email', 'c.lindstrom.kungalv@telia.se')]),
    C('Mentalization-Based Treatment question: Bateman and Fonagy (2016) suggest not "chasing" affect in early sessions. How do you manage that with a Catholic Irish client who\'s flooded every Monday after Mass?'),
    C("I saw Hamish MacAulay in the Co-op and he pretended not to know me, which is exactly what we'd agreed. Still stung a bit.", [('name', 'Hamish MacAulay')]),
    C('Chart MRN 4471882-OSF at the hospital: Tanisha Rollins, 34, stillbirth on July 9, 2025. Lives at 1903 W Lincoln Ave, Peoria IL 61605. Email tanisha.rollins84@icloud.com.', [('medical_record', 'MRN 4471882-OSF'), ('name', 'Tanisha Rollins'), ('date', 'July 9, 2025'), ('street_address', '1903 W Lincoln Ave'), ('place', 'Peoria'), ('zip_code', 'IL 61605'), ('email', 'tanisha.rollins84@icloud.com')]),
    C("How are people handling Orthodox Christmas in January for Ukrainian and Serbian clients? I've blocked both days but I'm not sure that's enough."),
    C('Margit Szabó-Kertész, 92 éves, Szeged Tarján, phone +36 62 447 118, asks to talk about the 1956 shooting she saw as a girl.', [('name', 'Margit Szabó-Kertész'), ('age_over_89', '92 éves'), ('place', 'Szeged Tarján'), ('phone', '+36 62 447 118')]),
    C('In Sweden the new Socialstyrelsen guideline recommends ICBT for mild depression. Is anyone finding that the Vårdguiden portal makes clients feel "processed"? Region Skåne and Region Stockholm differ, and SBU\'s report from November is cautious.'),
    C("We're running Cognitive Processing Therapy in Portuguese for Brazilian veterans of the UN missions. Resick's 2017 manual has a Brazilian translation but the worksheets differ."),
    C('Can anyone take a Lancashire client? Tayla-Rose Birkett, 19, lives in a B&B on Dickson Road, North Shore with her baby. She found us through Instagram: instagram.com/taylarose.bpl.', [('name', 'Tayla-Rose Birkett'), ('place', 'Dickson Road, North Shore'), ('url', 'instagram.com/taylarose.bpl')]),
    C('Does anyone have a Romanian version of the Columbia Suicide Severity Rating Scale? The C-SSRS site lists it but our copy is from before the revision.'),
    C("For Venezuelan clients in Peru, the Ministerio de Salud's mental health centres are free but the waiting is long. Any NGOs people trust?"),
    C("How do you do the Adult Attachment Interview (George, Kaplan and Main) in Serbian? The coding is trained in English, by Hesse's group in California. Is there a Balkan AAI coder?"),
    C('Kaleigh Broussard-Fontenot has finally agreed to an assessment after the fire at the rice mill in Crowley.', [('name', 'Kaleigh Broussard-Fontenot'), ('place', 'Crowley')]),
    C('Bjørn-Erik Haugland said "I\'m fine" eleven times today. I counted. Next week I\'ll ask him what fine looks like.', [('name', 'Bjørn-Erik Haugland')]),
    C('Book recommendation for a Catholic Brazilian client grieving a stillbirth: anything like Kübler-Ross but less dated? Something in Portuguese would be ideal, maybe from the Pastoral da Criança or Paulinas.'),
    C('Grief: the PG-13-R (Prigerson, 2021) or the ICG? I find the Prolonged Grief criteria in the DSM-5-TR too narrow for my Mexican clients around Día de Muertos.'),
    C("Has anyone read the critics of Bessel van der Kolk's The Body Keeps the Score? Specifically the Sapolsky commentary and the 2023 Psychological Medicine review of the somatic claims."),
    C("Reddit thread reddit.com/r/Quebec/comments/1g7xk4/mon_frere_julien outs Julien Bergeron-Paquet. He's from Rimouski Pointe-au-Père.", [('url', 'reddit.com/r/Quebec/comments/1g7xk4/mon_frere_julien'), ('name', 'Julien Bergeron-Paquet'), ('place', 'Rimouski Pointe-au-Père')]),
    C('The fundraiser https://www.justgiving.com/crowdfunding/bring-dylan-home-kerr is for Dylan Kerr, drowned off Portrush on 11 August 2025. His mum is my client.', [('url', 'https://www.justgiving.com/crowdfunding/bring-dylan-home-kerr'), ('name', 'Dylan Kerr'), ('place', 'Portrush'), ('date', '11 August 2025')]),
    C('Yucatán Maya grandmother Doña Bernardina Chan Pech, 95 años y seis meses, in Xocén, Valladolid municipio. Granddaughter calls from +52 985 118 4470.', [('name', 'Bernardina Chan Pech'), ('age_over_89', '95 años y seis meses'), ('place', 'Xocén, Valladolid municipio'), ('phone', '+52 985 118 4470')]),
    C("Licence suspended after the crash: Arvid Lindqvist-Wahlberg, körkort SE-KK 681104-3392, drove his lorry (MLK 42F) into the lake at Hällnäs after falling asleep. Nobody was hurt but he was sure he'd killed someone.", [('name', 'Arvid Lindqvist-Wahlberg'), ('licence', 'SE-KK 681104-3392'), ('vehicle', 'MLK 42F'), ('place', 'Hällnäs')]),
    C('Krisztina brought her violin today and played instead of talking. I let her. Was that avoidance or the work?', [('name', 'Krisztina')]),
    C('Haitian client in Little River (in Florida, not Haiti), Wislande Jean-Baptiste, NIF 004-118-772-3, brother kidnapped in Croix-des-Bouquets in March. Zelle wislande.jb@outlook.com is what the kidnappers asked for.', [('place', 'Little River'), ('name', 'Wislande Jean-Baptiste'), ('ssn', '004-118-772-3'), ('place', 'Croix-des-Bouquets'), ('account', 'wislande.jb@outlook.com')]),
    C('Our Estonian service is piloting Problem Management Plus (WHO, 2016) with Ukrainian refugees. The Ukrainian and Russian versions both exist; which do you offer first?'),
    C("Supervision question: Aoife Brennan-Kilbride asked if I'd come to her brother's month's mind mass. I said I'd think about it. Thoughts?", [('name', 'Aoife Brennan-Kilbride')]),
    C('Katarzyna Dąbrowska-Lis paid by bank transfer from PL27 1140 2004 0000 3102 7841 5566. Lives in Gdynia Oksywie, Dolne.', [('name', 'Katarzyna Dąbrowska-Lis'), ('account', 'PL27 1140 2004 0000 3102 7841 5566'), ('place', 'Gdynia Oksywie, Dolne')]),
    C("Prazosin 1 mg titrated to 6 mg helped the nightmares in a veteran I see, but the VA's guidance changed after Raskind's 2018 trial. What are people doing now? Minipress isn't stocked in Germany, the AWMF guideline says little, and the Bundeswehr clinicians use Doxazosin."),
    C("Duloxetine 60 mg for pain and depression, and now the liver enzymes are up. Her GP in Alberta wants to stop. I'm worried about the discontinuation, and Cymbalta's leaflet from Lilly Canada says taper over four weeks. Alberta Health Services has a Psychiatry line on Mondays."),
    C("Atomoxetine 80 mg for a client who can't have stimulants because of her Sotalol. Cardiology cleared it in January, and Strattera's SmPC from Lilly says monitor ECG. The British Heart Foundation has a QT leaflet in Polish. Any experience with the QT interval on both?"),
    C("I'm seeing Zsófia Lakatos and her aunt separately and they both talk about the same night. Do I mention that to either?", [('name', 'Zsófia Lakatos')]),
    C("Libre sensor FreeStyle Libre 3 SN 0M0004418823 readings got shared to her ex's phone; Jade Thibodeaux, Houma, Bayou Blue, found out from his texts.", [('device', 'FreeStyle Libre 3 SN 0M0004418823'), ('name', 'Jade Thibodeaux'), ('place', 'Houma, Bayou Blue')]),
    C("Bus driver Ondřej Veselý, plate 2AK 8842 on the school bus, crashed near Frýdlant nad Ostravicí on 12. 3. 2025. The kids were fine. He isn't.", [('name', 'Ondřej Veselý'), ('vehicle', '2AK 8842'), ('place', 'Frýdlant nad Ostravicí'), ('date', '12. 3. 2025')]),
    C("We're starting Compassion-Focused Therapy groups in Welsh and English in September. Gilbert's materials are in English only; has anyone translated the three circles?"),
    C("My new client's mum, Cristina Popescu-Rusu, was a nurse in Timișoara in 1989. She talks about it only in the car park after.", [('name', 'Cristina Popescu-Rusu'), ('place', 'Timișoara')]),
    C("Weird one: our video link for Pedro Henrique Lacerda showed a VPN exit 185.220.103.88. He's in Belo Horizonte, Aglomerado da Serra and says his brother set it up.", [('name', 'Pedro Henrique Lacerda'), ('ip_address', '185.220.103.88'), ('place', 'Belo Horizonte, Aglomerado da Serra')]),
    C('Her Substack (luciaescribe.substack.com) names the priest. Lucía Garrido Ochoa is from Sanlúcar de Barrameda. Do I say anything?', [('url', 'luciaescribe.substack.com'), ('name', 'Lucía Garrido Ochoa'), ('place', 'Sanlúcar de Barrameda')]),
    C('Please fax the safety plan to +1 868 662 4470 (Trinidad) for Anil Ramdeen-Persad and copy the St Kitts clinic, fax +1 869 465 2551.', [('fax', '+1 868 662 4470'), ('name', 'Anil Ramdeen-Persad'), ('fax', '+1 869 465 2551')]),
    C("Haloperidol 2 mg PRN on the ward for a Kosovar teenager, and the family thinks it's a punishment. How do you explain PRNs to families through an Albanian interpreter? Haldol has a terrible name in Kosovo since the war, the family says, and the Ombudsperson agrees."),
    C("Ivana Horvat Babić from Petrinja, Gornja Bačuga still flinches at every truck since the earthquake. She's started sleeping in her clothes again.", [('name', 'Ivana Horvat Babić'), ('place', 'Petrinja, Gornja Bačuga')]),
    C('Ramón Ortiz Figueroa is convinced the hurricane took his luck along with his roof. He wants me to meet his santero. Anyone done joint work like that?', [('name', 'Ramón Ortiz Figueroa')]),
    C('Any Italian colleagues using the SCID-5-CV in Italian? The Italian edition differs from the American one in the PTSD module.'),
    C('Session log: Ane Marie Kristiansen joined from 80.212.118.45 then 46.15.92.230; she says she was on the train from Trondheim Lademoen and the guard could hear her.', [('name', 'Ane Marie Kristiansen'), ('ip_address', '80.212.118.45'), ('ip_address', '46.15.92.230'), ('place', 'Trondheim Lademoen')]),
    C('Does the Brazilian CFP allow therapy by WhatsApp text only? My clients in Bahia and Ceará ask for it because data is cheaper than video.'),
    C('For the Dutch readers: the GGZ standard for eating disorders now references CBT-E (Fairburn, 2008) and MANTRA. Anyone trained in MANTRA here?'),
    C("Her email is ines.ferreira.coimbra@sapo.pt, but she's asked we use inesf.privado@proton.me because her husband reads the other one. Inês Ferreira Cardoso, Coimbra Santa Clara.", [('email', 'ines.ferreira.coimbra@sapo.pt'), ('email', 'inesf.privado@proton.me'), ('name', 'Inês Ferreira Cardoso'), ('place', 'Coimbra Santa Clara')]),
    C("Our Czech colleagues are piloting Internet-delivered CBT via a Mindwell-style app. The early data look good for insomnia, less for panic. Has anyone seen Andersson's reviews on this?"),
    C("Can someone in Finnmark pick up Aslak Mikkel Bongo-Utsi? Reindeer herder, dad drowned crossing the ice at Šuoššjávri. Fax the intake to +47 78 46 91 03 please, his GP doesn't do email.", [('name', 'Aslak Mikkel Bongo-Utsi'), ('place', 'Šuoššjávri'), ('fax', '+47 78 46 91 03')]),
    C("my guy from bijlmer k-buurt cancelled again, third time. his cousin said he's back on the boats to Suriname for the funeral", [('place', 'bijlmer k-buurt')]),
    C("Trawlerman's daughter Sharon Lofthouse, NI number JH 41 77 20 C, dad lost on the Gaul (she was 7). Lives on 47 Hessle Road, Kingston upon Hull, St Andrew's Quay end HU3 2AT. NHS no 485 772 9016.", [('name', 'Sharon Lofthouse'), ('ssn', 'JH 41 77 20 C'), ('street_address', '47 Hessle Road'), ('place', "Kingston upon Hull, St Andrew's Quay end"), ('zip_code', 'HU3 2AT'), ('medical_record', '485 772 9016')]),
    C("Reading group on Thursday: Herman's Trauma and Recovery (1992), then van der Kolk, then a chapter of Janina Fisher. Bring your Danish translations if you have them."),
    C('CPAP (ResMed AirSense 11 SN 23231874556) keeps waking Dennis Kowalski because it reminds him of the ventilator in 2020. He lives at 2219 N. Kostner Ave, Apt 3, Chicago, Belmont Cragin 60639.', [('device', 'ResMed AirSense 11 SN 23231874556'), ('name', 'Dennis Kowalski'), ('street_address', '2219 N. Kostner Ave, Apt 3'), ('place', 'Chicago, Belmont Cragin'), ('zip_code', '60639')]),
    C("Cochlear processor Nucleus 8 SN 4471-28830 got lost at the pool in Tartu Annelinn, Kaunase puiestee end. Kertu Kask refuses sessions until it's replaced; we're doing text on +372 5822 4190.", [('device', 'Nucleus 8 SN 4471-28830'), ('place', 'Tartu Annelinn, Kaunase puiestee end'), ('name', 'Kertu Kask'), ('phone', '+372 5822 4190')]),
    C('Wheelchair Permobil M3 Corpus SN PM3-44817 wrecked by the airline; Sebastián Arroyo Lozano from Valladolid, barrio Delicias has been stuck indoors three weeks.', [('device', 'Permobil M3 Corpus SN PM3-44817'), ('name', 'Sebastián Arroyo Lozano'), ('place', 'Valladolid, barrio Delicias')]),
    C("Hearing aids (Oticon Intent 1 SN 2314-77821/22) stolen from Evelyn Hargreaves's care home room in Morecambe Bare. She's 99 years and two months and now won't come down to meals.", [('device', 'Oticon Intent 1 SN 2314-77821/22'), ('name', 'Evelyn Hargreaves'), ('place', 'Morecambe Bare'), ('age_over_89', '99 years and two months')]),
    C('Jorge Luis Quintero moved to Carrera 43A # 18 Sur-135, apto 1104, Medellín El Poblado. He wants in-person sessions; anyone nearby?', [('name', 'Jorge Luis Quintero'), ('street_address', 'Carrera 43A # 18 Sur-135, apto 1104'), ('place', 'Medellín El Poblado')]),
    C('Jurgita Paulauskienė keeps calling me "doctor" even though I\'ve said I\'m not. Is it worth correcting again or just let it go?', [('name', 'Jurgita Paulauskienė')]),
    C('For my Welsh-speaking clients I use the Welsh GAD-7 from Public Health Wales. Is there a Welsh PCL-5 yet? A Welsh university said they were working on one.'),
    C('I asked Ayelén Coñuecar what her grandmother would say and she said "she\'d tell me to stop talking to a white woman". Fair.', [('name', 'Ayelén Coñuecar')]),
    C("Francisco Javier Morales Ruiz wants his sessions after the olive harvest in Baena. That's January. Do I hold the slot?", [('name', 'Francisco Javier Morales Ruiz'), ('place', 'Baena')]),
    C("Question about Sertraline in breastfeeding for a Mennonite mother in Manitoba: LactMed says compatible, her church elders say no medicine at all. Where do I start? Zoloft in Low German, the Mennonite Central Committee's guidance and Kauffman's book are all I have."),
    C("Friendly reminder that the APA and CPA ethics codes both say something about bartering. Relevant to last Friday's discussion about the eggs from the Ontario farm client, and to the BPS code's section on gifts."),
    C("Can you phone Rasmus Kold back on +45 28 41 77 09? He's at the fishing harbour in Thyborøn, Agger Tange side and only has signal at noon.", [('name', 'Rasmus Kold'), ('phone', '+45 28 41 77 09'), ('place', 'Thyborøn, Agger Tange side')]),
    C('Our Slovak team uses the Beck Hopelessness Scale in Slovak, but the norms are from the 1980s. Anyone using something newer?'),
    C('Canadian CDL client Harjit Singh Dhaliwal, Ontario licence D4102-71880-60512, Freightliner plate AV 71 882 (Ontario commercial), jackknifed in the whiteout near Wawa, Michipicoten, on 14 January 2026.', [('name', 'Harjit Singh Dhaliwal'), ('licence', 'D4102-71880-60512'), ('vehicle', 'AV 71 882'), ('place', 'Wawa, Michipicoten'), ('date', '14 January 2026')]),
    C("Wondering if the RCPsych's guidance on Valproate in women of childbearing age has been adopted in Ireland yet. The HPRA page hasn't been updated since spring, and Epilim's PREVENT programme leaflet is from Sanofi Ireland."),
    C("Text Trudy-Ann McFarlane on (876) 447-2218, Portmore, Greater Portmore. She's not safe to call.", [('name', 'Trudy-Ann McFarlane'), ('phone', '(876) 447-2218'), ('place', 'Portmore, Greater Portmore')]),
    C("Tuesday's case discussion: Acceptance and Commitment Therapy for chronic pain, with the CPAQ and McCracken's work. We'll also look at the Swedish ACT trials."),
    C('Has anyone used Functional Analytic Psychotherapy (Kohlenberg and Tsai) in Spanish? The manual was translated in Chile, I think.'),
    C("Cuban grandmother Ofelia Carbonell Pozo, 97 cumplidos, in Hialeah Gardens, Westland side (daughter brought her after the blackouts). Medicare MBI 7EW2-QP4-HJ38. Still asks for her husband who's buried in Cárdenas, reparto Fomento.", [('name', 'Ofelia Carbonell Pozo'), ('age_over_89', '97 cumplidos'), ('place', 'Hialeah Gardens, Westland side'), ('health_plan', 'MBI 7EW2-QP4-HJ38'), ('place', 'Cárdenas, reparto Fomento')]),
    C("Does anyone have the Latvian translation of the K10? Kessler's site lists Estonian and Lithuanian but not Latvian, and our Latvian-trained colleague says it exists somewhere."),
    C("For rural Montana clients, the VA's Make the Connection site and the Veterans Crisis Line are the main options. Anyone got tribal-specific resources for the Crow or Northern Cheyenne?"),
    C('Spinal cord stimulator (Abbott Proclaim XR SN 39103766) didn\'t help Barbara Wiśniewska\'s pain and now she feels "the wires". NFZ NFZ 72031801469.', [('device', 'Abbott Proclaim XR SN 39103766'), ('name', 'Barbara Wiśniewska'), ('health_plan', 'NFZ 72031801469')]),
    C('Leopold Gschwandtner wants his sessions while walking up the alm above Ramsau am Dachstein. Insurance and safety questions aside, good idea?', [('name', 'Leopold Gschwandtner'), ('place', 'Ramsau am Dachstein')]),
    C('Oaxaca teacher Itzel Martínez Cruz, CURP MACI860713MOCRRT05, her brother disappeared in Juchitán de Zaragoza, Séptima Sección. The search collective posts at facebook.com/buscadorasistmo.', [('name', 'Itzel Martínez Cruz'), ('ssn', 'MACI860713MOCRRT05'), ('place', 'Juchitán de Zaragoza, Séptima Sección'), ('url', 'facebook.com/buscadorasistmo')]),
    C('Suriname Maroon family from Pikin Slee, Gaaja kampu (Saamaka), the son Romeo Adjako is at boarding school in Paramaribo Latour and cut himself. ID FB 449 1027. Mum only has a radio phone: +597 861 3304.', [('place', 'Pikin Slee, Gaaja kampu'), ('name', 'Romeo Adjako'), ('place', 'Paramaribo Latour'), ('ssn', 'FB 449 1027'), ('phone', '+597 861 3304')]),
    C('Question for the Portuguese group: the Ordem dos Psicólogos Portugueses has a new code on social media. Do we really need consent for anonymised case vignettes now? The CNPD and the Comissão de Ética say yes, the APA says no.'),
    C('Client on Aripiprazole 10 mg with akathisia she describes as "ants in the bones". The Barnes Akathisia Rating Scale confirmed it. Has anyone else heard that phrase in Polish?'),
    C("Question about Elena Stojanovska in Kavadarci-Varosh: her husband's vineyard loan went to a lender and she gets threats on Viber. Her EMBG is 0304982455013 if the centre needs it.", [('name', 'Elena Stojanovska'), ('place', 'Kavadarci-Varosh'), ('ssn', '0304982455013')]),
    C("Client Marek Szymański set up a Revolut Revolut @mareksz91 to pay his brother's debts to the loan shark in Łódź Bałuty. He's terrified.", [('name', 'Marek Szymański'), ('account', 'Revolut @mareksz91'), ('place', 'Łódź Bałuty')]),
    C("Olanzapine 5 mg plus Mirtazapine 15 mg, and the weight gain is 7 kg since March. She won't take Metformin. Is it our place to raise this or leave it to psychiatry? The Maudsley Guidelines and the ADA both say monitor HbA1c."),
    C("Methadone 80 mg daily and she's asking about Buprenorphine (Subutex) because of the pharmacy queue. Is there any Dutch guidance on switching outside a clinic, from the Trimbos Institute or the NHG? Suboxone is cheaper since January."),
    C("Anyone use Imagery Rescripting (Arntz, 2012) for nightmares with Bosnian clients? I'd love to hear how it goes with Ramadan sleep changes."),
    C("I'm running a DBT skills group in Spanish and Catalan and the diary cards are a mess. Linehan's worksheets in Catalan are hard to find. Any leads from the Behavioral Tech or the Spanish DBT society?"),
    C('Any good resources on Nahuatl idioms of distress, like Kleinman\'s or Guarnaccia\'s work in Spanish? I\'m working with a Catholic family from Puebla state, Nahuatl-speaking, and "nervios" doesn\'t quite cover it.'),
    C("Thinking of a joint session with Mehmet Yıldırım-Schulz and his father. They haven't spoken since the funeral in Neukölln Rollberg. Risky?", [('name', 'Mehmet Yıldırım-Schulz'), ('place', 'Neukölln Rollberg')]),
    C('Thinking of using the Adverse Childhood Experiences questionnaire (Felitti, 1998) at intake. Our Canadian team worries it re-traumatises. What do you all do?'),
    C('Anyone seen the Lancet Psychiatry paper on Psilocybin for TRD from the COMP360 trial? My Czech clients keep asking whether they can join a trial in Czechia.'),
    C('Our Irish team has started using the CORE-OM with Traveller clients and the reading level is a problem. Pavee Point has suggestions but we need an easy-read version, in English and Cant, before the HSE audit in June.'),
    C('Patient file KCH-RZ-2025-00871 at the Kraków Nowa Huta, os. Szklane Domy hospital belongs to Agnieszka Zielińska-Pająk; the ward emailed it to ag.zielinska77@wp.pl in the clear.', [('medical_record', 'KCH-RZ-2025-00871'), ('place', 'Kraków Nowa Huta, os. Szklane Domy'), ('name', 'Agnieszka Zielińska-Pająk'), ('email', 'ag.zielinska77@wp.pl')]),
    C('The ISTSS guideline (2019) and the Australian PTSD guideline differ on Stabilisation before trauma work. Which do your Spanish services follow?'),
    C('Licence query: Kerstin Aho-Lahti, psychologist licence Valvira 2014-118802, is the one supervising my Kainuu client. She wants a joint call.', [('name', 'Kerstin Aho-Lahti'), ('licence', 'Valvira 2014-118802')]),
    C('Ulrike Sommerfeld asked me to stop writing during sessions. Her father kept files on her for the Stasi. Of course I stopped.', [('name', 'Ulrike Sommerfeld')]),
    C("Pantanal fire: Benedita Rondon da Silva runs a small pousada near Porto Jofre that burned with the jaguars' forest around it. She's watching the ash clouds on youtube.com/@pantanalvivo_benedita every night. CPF 702.884.311-56, and her plate is QBD-4J17 (Mato Grosso) in case the insurer asks. She wants sessions by WhatsApp voice, +55 65 99814-7720. Thoughts?", [('name', 'Benedita Rondon da Silva'), ('place', 'Porto Jofre'), ('url', 'youtube.com/@pantanalvivo_benedita'), ('ssn', '702.884.311-56'), ('vehicle', 'QBD-4J17'), ('phone', '+55 65 99814-7720')]),
    C('Vortioxetine (Brintellix) 10 mg for a pilot: the UK CAA says no flying on SSRIs for a period. Does anyone know the Danish or Norwegian rules?'),
    C('Pottery lady, Doreen Mountford, 96 last month, in Burslem, sees her late husband on the stairs and is at peace with it. Family want her assessed. Am I wrong to say no?', [('name', 'Doreen Mountford'), ('age_over_89', '96 last month'), ('place', 'Burslem')]),
    C('Ninety-eight on Tuesday this week and Cyril Pengelly from Mousehole, Raginnis Hill wants to "get the war out" before he goes. Daughter\'s mobile 07811 228 904.', [('age_over_89', 'Ninety-eight on Tuesday'), ('name', 'Cyril Pengelly'), ('place', 'Mousehole, Raginnis Hill'), ('phone', '07811 228 904')]),
    C("Our group in Kirkwall Papdale wants to start a men's shed for the fishermen. Sandy Flett-Rendall has offered his workshop. Any pitfalls?", [('place', 'Kirkwall Papdale'), ('name', 'Sandy Flett-Rendall')]),
    C("Is anyone using the Spanish CAPS-5 with Central American clients? The idioms in the Mexican translation don't land well with Hondurans or Guatemalans."),
    C("Would you use Propranolol 40 mg PRN for performance anxiety in a Bulgarian opera singer? Her GP prescribed Inderal and she's worried about her voice before the Bulgarian opera season opens in October."),
    C("Venezuelan exile in Doral, Doral Isles, Rosangela Urdaneta Pernía, cédula V-14.883.207, TPS pending, sends money home on Zinli 0412-889-7731. Her sister's shots were filmed: youtube.com/watch?v=k9Vq4Rmz2Ts.", [('place', 'Doral, Doral Isles'), ('name', 'Rosangela Urdaneta Pernía'), ('ssn', '14.883.207'), ('account', 'Zinli 0412-889-7731'), ('url', 'youtube.com/watch?v=k9Vq4Rmz2Ts')]),
    C('Alejandra Fuentes Ibarra moved to Av. Insurgentes Sur 1602, int. 7, Crédito Constructor, Benito Juárez, C.P. 03940. Email ale.fuentes.ib@outlook.com.', [('name', 'Alejandra Fuentes Ibarra'), ('street_address', 'Av. Insurgentes Sur 1602, int. 7'), ('place', 'Crédito Constructor, Benito Juárez'), ('zip_code', 'C.P. 03940'), ('email', 'ale.fuentes.ib@outlook.com')]),
    C("Khadija El Amrani-Vos from Rotterdam Afrikaanderwijk is the first in her family to go to therapy and her brothers don't know.", [('name', 'Khadija El Amrani-Vos'), ('place', 'Rotterdam Afrikaanderwijk')]),
    C("Please use m.brenes.costa@ucr.ac.cr for Mariela Brenes Costa's referral letter, not the clinic one. She lives in Heredia, San Pablo and works nights.", [('email', 'm.brenes.costa@ucr.ac.cr'), ('name', 'Mariela Brenes Costa'), ('place', 'Heredia, San Pablo')]),
    C('Device: Omnipod 5 PDM SN 1YP4418207 (pump controller) left at school by Jonah Whitecloud-Begay, 12, in Shiprock, Nataani Nez. Mum thinks staff read his logs.', [('device', 'Omnipod 5 PDM SN 1YP4418207'), ('name', 'Jonah Whitecloud-Begay'), ('place', 'Shiprock, Nataani Nez')]),
    C('Quetiapine 25 mg "for sleep" - I\'m seeing this everywhere in Canada, especially in Ontario. Is that a prescribing trend people here see too, in Seroquel-happy Alberta or in Quebec? The CADTH report in June said it\'s off-label.'),
    C("I had to end early with Vasilis Anagnostou because the ferry to Agios Kirykos was cancelled and he wanted to get the last one. We'll pick it up Monday.", [('name', 'Vasilis Anagnostou'), ('place', 'Agios Kirykos')]),
    C('St Kitts sugar cutter Oswald "Bunny" Liburd, 92-year-old cane cutter, Tabernacle village, his pacemaker Medtronic Azure XT SN RNA608741S beeps at night and he thinks it\'s a jumbie. How do I handle this with him?', [('name', 'Oswald "Bunny" Liburd'), ('age_over_89', '92-year-old cane cutter'), ('place', 'Tabernacle village'), ('device', 'Medtronic Azure XT SN RNA608741S')]),
    C('Complexo da Maré, Nova Holanda: Thaynara Silva dos Santos lost her brother in a police raid on 22 de agosto de 2024. Cartão SUS SUS 702 4018 8371 6625. Donations go by Pix 021 98877-3410, her key.', [('place', 'Complexo da Maré, Nova Holanda'), ('name', 'Thaynara Silva dos Santos'), ('date', '22 de agosto de 2024'), ('health_plan', 'SUS 702 4018 8371 6625'), ('account', 'Pix 021 98877-3410')]),
    C("Dimitar Georgiev-Penchev is home in Gabrovo Trendafil after the brother's wake and wants to pause for a month. Fine by me.", [('name', 'Dimitar Georgiev-Penchev'), ('place', 'Gabrovo Trendafil')]),
    C('Has anyone got the WHODAS 2.0 in Quechua? Our Bolivian partner NGO uses it but only in Spanish and Aymara.'),
    C('Fax from the tribal clinic (928) 734-3220: Verna Nuvamsa, chart KC-0077412, March 4, 2026 intake, lives in Kykotsmovi.', [('fax', '(928) 734-3220'), ('name', 'Verna Nuvamsa'), ('medical_record', 'KC-0077412'), ('date', 'March 4, 2026'), ('place', 'Kykotsmovi')]),
    C("ok so maría josé de la vega (the one from lavapiés, calle del oso end) cancelled, her mum's back in hospital. slot free at 4 if anyone needs it", [('name', 'maría josé de la vega'), ('place', 'lavapiés, calle del oso end')]),
    C("Barbuda: Mackenzie Beazer won't go back to Codrington since Irma, says the land is being sold. His GoFundMe: gofundme.com/f/rebuild-codrington-beazer.", [('place', 'Barbuda'), ('name', 'Mackenzie Beazer'), ('place', 'Codrington'), ('url', 'gofundme.com/f/rebuild-codrington-beazer')]),
    C("Hasse Lindgren-Mäkelä told me his wife left him a note on the fridge in Finnish, a language he doesn't read. He's had it for three years.", [('name', 'Hasse Lindgren-Mäkelä')]),
    C('Greater Sudbury-Garson nickel miner Réjean Lapointe-Beaudry, OHIP 4471-902-336-HL, SIN 528 913 447, was underground when the cage stopped. Prefers French, cell 705-919-4412.', [('place', 'Greater Sudbury-Garson'), ('name', 'Réjean Lapointe-Beaudry'), ('health_plan', '4471-902-336-HL'), ('ssn', '528 913 447'), ('phone', '705-919-4412')]),
    C("For the Scottish ones: has the Church of Scotland's pastoral care guidance on suicide changed since Samaritans Scotland and NHS Education for Scotland revised theirs in September?"),
    C("Has the Greek Psychological Society published anything about online therapy after the pandemic? The ministry circular from last spring is vague, and the EFPA board's statement in April is vaguer."),
    C("Anyone worked with Old Order Amish in Pennsylvania? I have a referral in April and I'm reading Kraybill's Amish Grace to prepare."),
    C('Driving licence NL 4411 8820 19 (Dutch) belongs to Sven Hoogendoorn, whose scooter hit the kid in Utrecht Kanaleneiland. Plate D-447-XK.', [('licence', 'NL 4411 8820 19'), ('name', 'Sven Hoogendoorn'), ('place', 'Utrecht Kanaleneiland'), ('vehicle', 'D-447-XK')]),
    C('Her TikTok tiktok.com/@kiri.lagos.mare shows the clinic door. Kirsi Laaksonen-Mare lives in Lahti Liipola and I think she wants to be found.', [('url', 'tiktok.com/@kiri.lagos.mare'), ('name', 'Kirsi Laaksonen-Mare'), ('place', 'Lahti Liipola')]),
    C("Anyone trained in the Unified Protocol (Barlow, 2011)? I'm trying to use it in Estonian with a transdiagnostic group on Thursdays and the Oxford University Press worksheets are clunky."),
    C('Phonak hearing aids Audéo L90 SN 2244A19873 / 2244A19874 for Gunnhild Aasen-Rø, ninety-three since Whitsun, at Røros Flanderborg. She turns them off in sessions about her brother.', [('device', 'Audéo L90 SN 2244A19873 / 2244A19874'), ('name', 'Gunnhild Aasen-Rø'), ('age_over_89', 'ninety-three since Whitsun'), ('place', 'Røros Flanderborg')]),
    C('Rio Grande do Sul flood, Cristiane Schneider Becker, CPF 553.218.470-09, house at Rua Voluntários da Pátria 812, Eldorado do Sul 92990-000, water up to the ceiling in May.', [('name', 'Cristiane Schneider Becker'), ('ssn', '553.218.470-09'), ('street_address', 'Rua Voluntários da Pátria 812'), ('place', 'Eldorado do Sul'), ('zip_code', '92990-000')]),
    C("Our telehealth log: client Thiago Cardoso Neves, session from 177.37.208.54, then 2804:14c:5b84:801d::2 (mobile). He says he's in Olinda Amaro Branco but the IP says São Paulo, Mooca.", [('name', 'Thiago Cardoso Neves'), ('ip_address', '177.37.208.54'), ('ip_address', '2804:14c:5b84:801d::2'), ('place', 'Olinda Amaro Branco'), ('place', 'São Paulo, Mooca')]),
    C('Our Chilean colleagues are using the OQ-45 in Spanish; the Lambert norms are American. Does anyone know of South American norms?'),
    C("The Marseille 15e hospital emailed secretariat.psy.nord@ap-hm.fr and cc'd me about Nassim Haddad-Ferhat. I'd rather they didn't.", [('place', 'Marseille 15e'), ('email', 'secretariat.psy.nord@ap-hm.fr'), ('name', 'Nassim Haddad-Ferhat')]),
    C('Clozapine at 400 mg, ANC monitoring weekly, and now the family wants to talk about "getting the real him back". Anyone run family sessions with the Meriden model, or Leff and Kuipers\' older approach? The Clozaril clinic in Wales meets on Thursdays.'),
    C('Question about a Gotland quarry worker. Per-Olof Lindahl was on the loader at Slite, Storugns when the face collapsed and his workmate was buried. Personnummer 19710804-3318, and his Region Gotland chart is RG-PSY 2025/07-1144. He was born on 4 augusti 1971 and will turn 55 next summer, which is the age his father died at. He keeps bringing that up. How much weight do you give anniversary fears like this?', [('name', 'Per-Olof Lindahl'), ('place', 'Slite, Storugns'), ('ssn', '19710804-3318'), ('medical_record', 'RG-PSY 2025/07-1144'), ('date', '4 augusti 1971')]),
    C("Referral from the Nordland GP: Ingvild Sørensen-Hågå, fødselsnummer 140388 47219, cod fisherman's widow from Hamnøy øvre, lost him off Røst in the February storm. She wants sessions on Teams only, mobile +47 913 48 276.", [('name', 'Ingvild Sørensen-Hågå'), ('ssn', '140388 47219'), ('place', 'Hamnøy øvre'), ('place', 'Røst'), ('phone', '+47 913 48 276')]),
    C("Send the chart LMH-PSY-772019 for Tremaine Bascombe to intake.bascombe@bermudahealth.bm? He's in Somerset Village, Sandys and moves next week.", [('medical_record', 'LMH-PSY-772019'), ('name', 'Tremaine Bascombe'), ('email', 'intake.bascombe@bermudahealth.bm'), ('place', 'Somerset Village, Sandys')]),
    C("For an Orthodox Jewish client in Canada I've been reading Rabbi Twerski and the Nefesh guidance on mental health and Halacha. Any other sources?"),
    C("Paid through Interac e-Transfer pay.nokomis.c@gmail.com, from Nokomis Cheechoo, Moose Cree First Nation? She's not sure it went through.", [('account', 'Interac e-Transfer pay.nokomis.c@gmail.com'), ('name', 'Nokomis Cheechoo'), ('place', 'Moose Cree First Nation')]),
    C('For a Greek Orthodox client observing Great Lent, is it reasonable to move sessions off Wednesdays and Fridays? She says the fasting days make her more irritable.'),
    C("I've been using Ruth Baer's FFMQ to track mindfulness in my Lutheran pastors group in Iceland. Scores rise each Advent and fall each Lent. Odd."),
    C('Discharge letter faxed from +420 596 192 281: Radka Pospíšilová, číslo pojištěnce OZP 7755120841, chorobopis FNO-2025-77104, back home in Karviná Ráj.', [('fax', '+420 596 192 281'), ('name', 'Radka Pospíšilová'), ('health_plan', 'OZP 7755120841'), ('medical_record', 'FNO-2025-77104'), ('place', 'Karviná Ráj')]),
    C('Attachment-based family therapy (Diamond) for a Muslim Albanian family: has anyone adapted the "relational reframe" when the father speaks for everyone? Levy\'s ABFT manual is American; the Albanian university translation is partial. Ramadan starts in February.'),
    C("Ok quick one: Manolis Tzanakakis in Anogeia, Perachori quarter (Crete) is asking me whether a vendetta threat is something he can report without the village knowing. He's 34, shepherd. Thoughts?", [('name', 'Manolis Tzanakakis'), ('place', 'Anogeia, Perachori quarter')]),
    C("If you've used the Mexican Spanish version of the GDS-15 with Mayan-speaking elders, please share. The Yucatec Maya translation I found is unofficial."),
    C('Asel Dzhaksybekova is Kazakh but lives in Riga Purvciems with her Latvian husband; sessions in Russian. Anyone?', [('name', 'Asel Dzhaksybekova'), ('place', 'Riga Purvciems')]),
    C('Trauma-Focused CBT (Cohen, Mannarino and Deblinger) with a 10-year-old who only speaks Haitian Creole: has anyone done the trauma narrative through an interpreter?'),
    C("Does anyone know the evidence for Reminiscence Therapy with Portuguese-speaking elders? Woods' Cochrane review from 2018 is mostly English and Dutch."),
    C("A Quaker client in Pennsylvania asked that our sessions begin with a minute of silence. I've found it helps me too. Anyone else do this? Rufus Jones and the Friends General Conference have writing on Quaker silence and grief that I'm reading this Advent."),
    C('Dad is 102 this Advent; Anton Gruber-Mayrhofer from Hallstatt Lahn. SV-Nummer 4418 041123. Son wants him in a home, he wants to die on the mountain.', [('age_over_89', '102 this Advent'), ('name', 'Anton Gruber-Mayrhofer'), ('place', 'Hallstatt Lahn'), ('ssn', '4418 041123')]),
    C("Lithium level came back at 0.9 mmol/L and the psychiatrist wants to keep it there through the winter. She's anxious about her kidneys; any good patient leaflets in Lithuanian, or the Mind and Bipolar UK ones translated? Her Priadel was switched to Camcolit in August."),
    C("Anyone attended the Beck Institute's CBT for psychosis course? Thinking of asking the trust to fund it for April. Is it worth the USD 1,200?"),
    C("Sigrún Ösp Halldórsdóttir told me today she has never once cried in front of her father. We're six months in. How long do you let that sit before naming it?", [('name', 'Sigrún Ösp Halldórsdóttir')]),
    C("Strange one: Fintan Ó Dónaill insists I sit facing the door. His dad was in the IRA. We've done it his way for two months.", [('name', 'Fintan Ó Dónaill')]),
    C("IP 91.121.44.207 for the threatening emails to Gaëlle Morvan; she's in Nantes Bellevue. Police have a case number, 2001:41d0:302:2200::b7 too.", [('ip_address', '91.121.44.207'), ('name', 'Gaëlle Morvan'), ('place', 'Nantes Bellevue'), ('ip_address', '2001:41d0:302:2200::b7')]),
    C("Anyone know the Sámi church community in Jokkmokk Vaikijaur? Ánde Pavval Labba wants his grandmother's joik in the session and I don't want to get it wrong.", [('place', 'Jokkmokk Vaikijaur'), ('name', 'Ánde Pavval Labba')]),
    C('CPT or PE for a Norwegian police officer? Foa and Resick both have Nordic trials. His union and the Politidirektoratet will only fund twelve sessions.'),
    C('Account thing: Pavla Horáková paid by mistake to our old account CZ65 0800 0000 1920 0014 5399. Can someone in finance in Brno Židenice sort it?', [('name', 'Pavla Horáková'), ('account', 'CZ65 0800 0000 1920 0014 5399'), ('place', 'Brno Židenice')]),
    C('Has anyone compared the K6 with the PHQ-4 for screening in Puerto Rico? The Puerto Rican Spanish versions both exist but I only trust one.'),
    C("The family in Tuzla Slavinovići want Amra Mujkić to come home for Bajram. She doesn't want to. How much do I get into the culture piece?", [('place', 'Tuzla Slavinovići'), ('name', 'Amra Mujkić')]),
    C("Thinking about Gottman's Sound Relationship House for a Dominican couple in their sixties. They pray together every Sunday and fight every Monday."),
    C("Vénissieux referral: Samira Boudjellal, 14, brother killed in Les Minguettes, tour 22. Her teacher's email is m.roussel@ac-lyon-ens.fr; the family is OK with us contacting her.", [('place', 'Vénissieux'), ('name', 'Samira Boudjellal'), ('place', 'Les Minguettes, tour 22'), ('email', 'm.roussel@ac-lyon-ens.fr')]),
    C('Moravian flood client, Jaroslava Kubíčková, rodné číslo 665218/0437, house in Bohumín-Pudlov gone to the roof in September. VZP card VZP 6652180437-02. She sleeps in her car, plate 3T8 4412.', [('name', 'Jaroslava Kubíčková'), ('ssn', '665218/0437'), ('place', 'Bohumín-Pudlov'), ('health_plan', 'VZP 6652180437-02'), ('vehicle', '3T8 4412')]),
    C('Question about Modafinil 100 mg for fatigue in MS alongside CBT: the Swiss client says it makes her "too talkative" in sessions. Anything known? Provigil\'s SmPC mentions euphoria and so does the Swiss Compendium; her neurologist at the university clinic in Bern canton says it\'s rare.'),
    C("Post at x.com/sandra_ostrava_pravda/status/18441277 tags her ex with the clinic's name. Sandra Holubová is sure he'll see it.", [('url', 'x.com/sandra_ostrava_pravda/status/18441277'), ('name', 'Sandra Holubová')]),
    C('Somatic Experiencing vs Sensorimotor Psychotherapy for a Jewish client with a Holocaust-survivor mother? Ogden and Levine both have fans in our group.'),
    C('Quebec: Marie-Soleil Tremblay, RAMQ TREM 8562 1417, tree planter, assaulted at a camp near Lebel-sur-Quévillon secteur Ouest. She reported nothing. Text only: 819-732-5510.', [('name', 'Marie-Soleil Tremblay'), ('health_plan', 'TREM 8562 1417'), ('place', 'Lebel-sur-Quévillon secteur Ouest'), ('phone', '819-732-5510')]),
    C("She posts videos from the hospital: youtube.com/@DiaryFromWard7-Bogdana. Bogdana Savchenko, ward 7, Lviv Sykhiv. I'm worried the staff are on it.", [('url', 'youtube.com/@DiaryFromWard7-Bogdana'), ('name', 'Bogdana Savchenko'), ('place', 'Lviv Sykhiv')]),
    C("Ramelteon isn't licensed in the EU, so for my Polish client we're down to Melatonin 2 mg (Circadin) or nothing. CBT-I it is, with Morin's manual."),
    C("Has anyone worked with the evangelical churches in Vila Kennedy? A mother there thinks her son's voices are a demon and the pastor agrees with her.", [('place', 'Vila Kennedy')]),
    C('Psychologist licence COP M-44817 for the supervisor; client is Ainhoa Urrutia Zabala from Getxo Algorta.', [('licence', 'COP M-44817'), ('name', 'Ainhoa Urrutia Zabala'), ('place', 'Getxo Algorta')]),
    C('Fax from the prison psychiatrist (+33 3 21 46 88 10): Kévin Dufresne-Hamel, écrou ECR 2025-4471, asks to continue with us after release to 8 impasse des Tilleuls, F-62100 Calais-Beau Marais.', [('fax', '+33 3 21 46 88 10'), ('name', 'Kévin Dufresne-Hamel'), ('medical_record', 'ECR 2025-4471'), ('street_address', '8 impasse des Tilleuls'), ('zip_code', 'F-62100'), ('place', 'Calais-Beau Marais')]),
    C('Our centre in Rinkeby, Skårby is doing Eid hours. Hodan Warsame Abdi asked if she can bring her twins.', [('place', 'Rinkeby, Skårby'), ('name', 'Hodan Warsame Abdi')]),
    C('PEI potato farmer Wendell MacKinnon, PEI health PEI 7 041 338 82, lost the crop to wart quarantine. Farm is at 3871 Route 2, Kensington, Margate Road end C0B 1M0.', [('name', 'Wendell MacKinnon'), ('health_plan', 'PEI 7 041 338 82'), ('street_address', '3871 Route 2'), ('place', 'Kensington, Margate Road end'), ('zip_code', 'C0B 1M0')]),
    C('Our insurers in Germany (TK and AOK) now ask for PHQ-9 and GAD-7 at intake and at session 20. Is anyone else finding this pushes clients away?'),
    C('Thinking about the Flemish "Zorgpad" for anxiety: does the RIZIV reimburse group CBT now, or only individual sessions? The VVKP and the Flemish Government changed the rules in January.'),
    C('Anyone using the PCL-5 alongside the ITQ for complex PTSD? Our Norwegian service switched in January and the ICD-11 criteria pick up far more CPTSD than DSM-5 ever did.'),
    C("Bizum Bizum +34 611 48 22 90 payments stopped from Nerea Etxeberria Goñi after her husband found out she's in therapy. She's in Errenteria, Beraun.", [('account', 'Bizum +34 611 48 22 90'), ('name', 'Nerea Etxeberria Goñi'), ('place', 'Errenteria, Beraun')]),
    C("Account for refunds: NL91 ABNA 0417 1643 00 under Esther Bakker-Groen, Zwolle Holtenbroek. She overpaid after her husband's death.", [('account', 'NL91 ABNA 0417 1643 00'), ('name', 'Esther Bakker-Groen'), ('place', 'Zwolle Holtenbroek')]),
    C("I need help thinking about Sanna Eriksson-Husell, who works the car deck on the Mariehamn ferry. A passenger died of a heart attack on her shift and she did CPR for forty minutes. She's from Hammarland, Kattby, speaks Swedish only, and the union is pushing her back to work. Her email is sanna.husell@aland.net, and she asked for video sessions because the crossings make in-person hard. Thoughts on pacing?", [('name', 'Sanna Eriksson-Husell'), ('place', 'Mariehamn'), ('place', 'Hammarland, Kattby'), ('email', 'sanna.husell@aland.net')]),
    C('Any Canadian colleagues using the CAMH "Bounce Back" program alongside therapy? I\'m not sure whether to count it as a separate intervention under the CMHA or OHIP rules in Ontario.'),
    C("Colorado ski-town liftie, Jasper Hollenbeck, 24, suicide of his roommate in Avon, Eagle-Vail. Insurance Rocky Mountain HMO RMHP 918 2277 4. He'll do telehealth only.", [('name', 'Jasper Hollenbeck'), ('place', 'Avon, Eagle-Vail'), ('health_plan', 'RMHP 918 2277 4')]),
    C('Thessaly flood widow, Eleni Kostopoulou-Rapti, AMKA 23047201442, lost the farm at Metamorfosi Palamas in Storm Daniel. She speaks only Greek, phone +30 24440 22 871.', [('name', 'Eleni Kostopoulou-Rapti'), ('ssn', '23047201442'), ('place', 'Metamorfosi Palamas'), ('phone', '+30 24440 22 871')]),
    C("Anyone here trained in the Danish PUST model for psychosis? It's similar to Open Dialogue from Finnish Lapland but more structured."),
    C('For Catalan speakers, the Col·legi Oficial de Psicologia de Catalunya has a good guide on working with interpreters. Does the Basque college have one?'),
    C('The elders in Kahnawà:ke have offered Tekaronhiáhkhwa Deer-Jacobs a naming ceremony and she\'s asked me whether she\'s "healed enough". Ideas?', [('place', 'Kahnawà:ke'), ('name', 'Tekaronhiáhkhwa Deer-Jacobs')]),
    C("The priest in Bacău, cartier Mioriței has asked to sit in on Florica Ciobanu's session. She seems to want it. Thoughts?", [('place', 'Bacău, cartier Mioriței'), ('name', 'Florica Ciobanu')]),
    C("Consultation request: Maribel Gonçalves Ferrary crosses the frontier every morning from La Línea, barriada de San Bernardo to clean offices in Gibraltar, and since the attack in the queue she's been having panic attacks at the fence. Spanish DNI 32071448-T, her Gibraltar ID card GIB 0177 442. She prefers Spanish, and texts on +34 622 91 47 08. Any of you know the GHA's psychology service well enough to coordinate?", [('name', 'Maribel Gonçalves Ferrary'), ('place', 'La Línea, barriada de San Bernardo'), ('ssn', '32071448-T'), ('ssn', 'GIB 0177 442'), ('phone', '+34 622 91 47 08')]),
    C("The school in Kalsdorf bei Ilz has asked me to do a talk after the bus crash. I'm also seeing one of the mothers. Conflict or fine?", [('place', 'Kalsdorf bei Ilz')]),
    C('Question for the Quebec people: does the Ordre des psychologues require French-language notes if the client speaks English? The CIUSSS says yes, my lawyer says no.'),
    C("Hospital number SJH-88410274 (St James's): Declan Fitzmaurice, 44, from Ballyfermot, Kylemore Road, attempted on 2 December 2025, discharged to us.", [('medical_record', 'SJH-88410274'), ('name', 'Declan Fitzmaurice'), ('place', 'Ballyfermot, Kylemore Road'), ('date', '2 December 2025')]),
    C('The BPS and the HCPC both changed their guidance on online work last autumn. Does anyone have a one-page summary for the new trainees starting in October? The UKCP and BABCP versions differ again.'),
    C("Any colleagues using the SDQ with Roma children in Hungary? The Hungarian norms don't include Roma families, and the teachers' ratings seem harsh."),
    C('Fluoxetine 20 mg for a 15-year-old in Sweden: the Läkemedelsverket guidance says monitor closely for the first month. Do you ask for weekly check-ins in Swedish, or does the BUP clinic handle it? Prozac is still the only SSRI the MHRA and EMA license for under-18s.'),
    C("Montserrat client Lystra Cassell-Greenaway still dreams of Plymouth town under the ash. She's 94 come next June, lives with her niece in Look Out, phone +1 664 491 7382. Any volcano-trauma reading?", [('name', 'Lystra Cassell-Greenaway'), ('place', 'Plymouth town'), ('age_over_89', '94 come next June'), ('place', 'Look Out'), ('phone', '+1 664 491 7382')]),
    C("Question for the Irish group: the Mental Health Commission's new code on restrictive practices came in last July. How's it going on acute units?"),
    C("I'm worried about Eduardo Paz Saavedra. He sold his taxi to pay for the brother's funeral and now sits in the square in Tarija San Roque all day.", [('name', 'Eduardo Paz Saavedra'), ('place', 'Tarija San Roque')]),
    C("Zoom kept dropping for Oleksandr Hnatiuk in Przemyśl Zasanie, Lwowska end; his IP 31.61.142.9 flagged as suspicious by the platform. He's a Ukrainian refugee, do we use phone instead (+48 512 904 338)?", [('name', 'Oleksandr Hnatiuk'), ('place', 'Przemyśl Zasanie, Lwowska end'), ('ip_address', '31.61.142.9'), ('phone', '+48 512 904 338')]),
    C("The ICD (Boston Scientific Resonate EL SN 417893) shocked Jean-Philippe Roy in the hockey arena in Jonquière Arvida. He hasn't left the house since.", [('device', 'Boston Scientific Resonate EL SN 417893'), ('name', 'Jean-Philippe Roy'), ('place', 'Jonquière Arvida')]),
    C('Can you send the letter by fax to +30 2310 998 447? Patient Georgios Mavridis-Tsolakis, Thessaloniki Kalamaria, AMKA 11116903311, chart IPPOKR 25/33817.', [('fax', '+30 2310 998 447'), ('name', 'Georgios Mavridis-Tsolakis'), ('place', 'Thessaloniki Kalamaria'), ('ssn', '11116903311'), ('medical_record', 'IPPOKR 25/33817')]),
    C("Hopi client Loretta Sekaquaptewa-Honani, tribal ID HT-44019, lives in Hotevilla-Bacavi. IHS chart PHS-HOT-552814. She says the kachinas don't leave just because the uranium did.", [('name', 'Loretta Sekaquaptewa-Honani'), ('ssn', 'HT-44019'), ('place', 'Hotevilla-Bacavi'), ('medical_record', 'PHS-HOT-552814')]),
    C('Anyone speak Latgalian? Valentīna Rutkovska from Dagdas Ezerciems, personas kods 170659-21836, her son went to Ukraine as a volunteer and his last message was a TikTok: https://www.tiktok.com/@latgale_vilks88.', [('name', 'Valentīna Rutkovska'), ('place', 'Dagdas Ezerciems'), ('ssn', '170659-21836'), ('url', 'https://www.tiktok.com/@latgale_vilks88')]),
    C('Gwenllian Prydderch-Jones cried for the first time at the end of today, then apologised for "wasting" the session. I told her it wasn\'t wasted. What else do you say?', [('name', 'Gwenllian Prydderch-Jones')]),
    C('Venmo @jules-okafor-bk keeps sending us the copay for Jules Okafor-Brennan. His mom in Bed-Stuy, Marcy Ave end insists.', [('account', '@jules-okafor-bk'), ('name', 'Jules Okafor-Brennan'), ('place', 'Bed-Stuy, Marcy Ave end')]),
    C('Trazodone 50 mg at night plus Mirtazapine 15 mg: her psychiatrist in Portugal calls it "the Portuguese sleep cocktail". Is that common elsewhere? The Infarmed data say Trittico and Zispin are both up since Christmas.'),
    C('Nursing registration NMBI 188044 for Siobhán McGettigan, the nurse in the inquiry, who has now been referred to us by the union.', [('licence', 'NMBI 188044'), ('name', 'Siobhán McGettigan')]),
    C("Has anyone been to the ESTSS conference in Portugal? Wondering whether it's worth it for a CBT therapist who mostly does Cognitive Processing Therapy."),
    C('Very old client: Alfonsina Peralta Rojas, 100 años recién cumplidos, Cochabamba, Tiquipaya, CI 1384402 CH.', [('name', 'Alfonsina Peralta Rojas'), ('age_over_89', '100 años recién cumplidos'), ('place', 'Cochabamba, Tiquipaya'), ('ssn', '1384402 CH')]),
    C('Manaus riverboat worker Raimundo Nonato Cruz Lima lost his son during the drought when the boat (AM-1107 Comandante Lira) ran aground near Careiro da Várzea.', [('place', 'Manaus'), ('name', 'Raimundo Nonato Cruz Lima'), ('vehicle', 'AM-1107 Comandante Lira'), ('place', 'Careiro da Várzea')]),
    C('Referral via fax +351 253 617 004 from the health centre: Rosa Maria Pinheiro Vilaça, NIF 213 784 552, utente SNS SNS 284 661 903, textile worker from Lordelo, Guimarães, laid off in the factory closure.', [('fax', '+351 253 617 004'), ('name', 'Rosa Maria Pinheiro Vilaça'), ('ssn', '213 784 552'), ('health_plan', 'SNS 284 661 903'), ('place', 'Lordelo, Guimarães')]),
    C("Our fax 0561 77 40 913 is down, so the Kassel GP emailed Jannik Böttcher-Yilmaz's notes to praxis.wehlheiden@gmx.de. KVNR K551807734. Is that OK under GDPR?", [('fax', '0561 77 40 913'), ('place', 'Kassel'), ('name', 'Jannik Böttcher-Yilmaz'), ('email', 'praxis.wehlheiden@gmx.de'), ('health_plan', 'K551807734')]),
    C("Weekday sessions in December are impossible with the Advent markets. I've moved most of my Austrian clients to Monday mornings until Epiphany."),
    C("Paroxetine discontinuation in pregnancy: the Canadian Motherisk program closed, so where do Ontario colleagues send questions now? The SickKids and CAMH lines, or MotherToBaby in the US? Paxil's label is unchanged since August."),
    C('Rough day. Chantal Mbuyi-Lemaire found out her ex has moved into the building opposite in Schaerbeek, rue Josaphat end.', [('name', 'Chantal Mbuyi-Lemaire'), ('place', 'Schaerbeek, rue Josaphat end')]),
    C('EFT for couples (Sue Johnson, Hold Me Tight) has been great for my Lutheran couples in Finland, but less so with the Pentecostal ones. Anyone else noticed that?'),
    C('Comodoro Rivadavia: Marcelo Ojeda Antiñir, oil rig worker, DNI 28.447.113, lost two fingers in the derrick and then lost his job. He lives in barrio Próspero Palazzo with his Mapuche-Tehuelche wife and three kids, and his OSDE card is OSDE 61 28447113 02. He drinks from Thursday to Sunday and is looking for rig work again. What do I prioritise?', [('place', 'Comodoro Rivadavia'), ('name', 'Marcelo Ojeda Antiñir'), ('ssn', '28.447.113'), ('place', 'barrio Próspero Palazzo'), ('health_plan', 'OSDE 61 28447113 02')]),
    C("Escitalopram 10 mg plus weekly CBT for a Greek student with OCD, Y-BOCS 28 at baseline. Foa's ERP manual or the Greek adaptation?"),
    C("Moving Ruth-Anne Penney's file to the Labrador team: 12 Hamilton River Road, Happy Valley-Goose Bay, Spruce Park, NL A0P 1E0, MCP NL MCP 882 104 339 001.", [('name', 'Ruth-Anne Penney'), ('street_address', '12 Hamilton River Road'), ('place', 'Happy Valley-Goose Bay, Spruce Park'), ('zip_code', 'NL A0P 1E0'), ('health_plan', 'NL MCP 882 104 339 001')]),
    C("Can someone remind me how you handle it when a client's mum shows up in the waiting room uninvited? Emilia Kowalczuk-Nowak's mum did exactly that today.", [('name', 'Emilia Kowalczuk-Nowak')]),
    C("Laciana valley miner's son Xuan Ramón Álvarez Fierro, DNI 10287344-K, tarjeta sanitaria SACYL 2410 0338 2277. Lives at Calle La Fábrica 9, 2º izda, 24100 Villablino.", [('place', 'Laciana valley'), ('name', 'Xuan Ramón Álvarez Fierro'), ('ssn', '10287344-K'), ('health_plan', 'SACYL 2410 0338 2277'), ('street_address', 'Calle La Fábrica 9, 2º izda'), ('zip_code', '24100'), ('place', 'Villablino')]),
    C("Nadezhda Petrova-Kaleva insists on speaking Bulgarian with me even though my Bulgarian is terrible. I think it's a test. It might be a gift.", [('name', 'Nadezhda Petrova-Kaleva')]),
    C("Calais-Fort Nieulay volunteer, Anaïs Lefebvre-Dumont, NIR 2 91 07 62 193 447 18, found a boy's body on the beach at Sangatte Blériot-Plage. Mutuelle MGEN 06 441 2283.", [('place', 'Calais-Fort Nieulay'), ('name', 'Anaïs Lefebvre-Dumont'), ('ssn', '2 91 07 62 193 447 18'), ('place', 'Sangatte Blériot-Plage'), ('health_plan', 'MGEN 06 441 2283')]),
    C('Would it be odd to meet Piet van der Wiel-Hoekstra at the allotment? He says he can only talk with his hands in the soil.', [('name', 'Piet van der Wiel-Hoekstra')]),
    C('I\'m re-reading Yalom\'s The Gift of Therapy for the third time this year. Chapter on "Let the Patient Matter to You" landed differently this February.'),
    C('Klaipėda port crane operator, Darius Vaitkevičius, asmens kodas 38207154492, fell 11 m on 19 August 2025. Hospital file KUL-2025-081944. Wants a Lithuanian-speaking trauma therapist.', [('place', 'Klaipėda'), ('name', 'Darius Vaitkevičius'), ('ssn', '38207154492'), ('date', '19 August 2025'), ('medical_record', 'KUL-2025-081944')]),
    C("Bupropion 150 mg XL for smoking cessation plus depression: is it reasonable with an eating disorder history? The FDA label says avoid in bulimia, and Wellbutrin's SmPC in Ireland says the same. Her HSE psychiatrist is away until March."),
    C('Peruvian guide Wilber Huamán Quispe, DNI 45127730, porter on the Inca trail, friend fell below Wiñay Wayna. Tour licence DIRCETUR-C 02184 suspended. Wife WhatsApp +51 984 331 026.', [('name', 'Wilber Huamán Quispe'), ('ssn', '45127730'), ('place', 'Wiñay Wayna'), ('licence', 'DIRCETUR-C 02184'), ('phone', '+51 984 331 026')]),
    C("Oxygen concentrator Inogen One G5 SN 5G2031447 failed in the heatwave. Aurelia Vasile, ninety-one and sharp as a tack, in Cluj Mănăștur, Calea Florești end, thought she was dying. Grandson's email vasile.tudor.cj@yahoo.ro.", [('device', 'Inogen One G5 SN 5G2031447'), ('name', 'Aurelia Vasile'), ('age_over_89', 'ninety-one and sharp as a tack'), ('place', 'Cluj Mănăștur, Calea Florești end'), ('email', 'vasile.tudor.cj@yahoo.ro')]),
    C("Anyone here working with Garifuna communities in the US? I've read Cayetano's work on dügü ceremonies but I'd love practical tips from someone in New York State."),
    C('Found out Levente Farkas is the one who found his neighbour after the Tiszazug flood. It came out sideways, while we were talking about fishing.', [('name', 'Levente Farkas'), ('place', 'Tiszazug')]),
    C('Does anyone know a Romani-speaking therapist near Šuto Orizari, Gorno Orizari? Ramadan Memedov-Bajram would talk more in his own language.', [('place', 'Šuto Orizari, Gorno Orizari'), ('name', 'Ramadan Memedov-Bajram')]),
    C("Lamotrigine up to 200 mg and the rash warning has made her stop twice. Any Scottish colleagues with a SIGN guideline pointer for bipolar II? Lamictal's leaflet in Gaelic doesn't exist, naturally, and NHS Scotland has none."),
    C('Anyone doing Parent-Child Interaction Therapy (Eyberg) in Spanish in Texas? The Spanish coding manual is dated and Medicaid only pays for twelve sessions.'),
    C('For Romanian clients I\'m reading about "inimă rea" as an idiom of distress. Anyone using the Cultural Formulation Interview (DSM-5) in Romanian?'),
    C('Schema Therapy group (Farrell and Shaw, 2012) starts in March in Dutch. We still have room for two co-therapists; the NVP pays the training.'),
    C("For Swiss colleagues: the FSP and the new Anordnungsmodell since July means psychologists bill the basic insurance directly. How's it going with Helsana and CSS?"),
    C('Odalys Reyes Camejo started crying when I said "family" in Spanish instead of English. She\'s from Guantánamo, reparto Caribe.', [('name', 'Odalys Reyes Camejo'), ('place', 'Guantánamo, reparto Caribe')]),
    C("The Argentinian psychoanalytic tradition (Lacan via Argentina) meets my CBT training in very odd ways in supervision. Anyone else bilingual in both Lacanian and Beckian? Miller's seminars in Spanish help me."),
    C('Quick poll for the Nordic group: does anyone still use the MADRS in primary care, or has everyone moved to the PHQ-9 since Helsedirektoratet updated the pathway in March? The Norwegian Psychological Association still recommends both.'),
    C('Wisconsin dairy farmer Gerald Brandenburger, sold the herd last March. He drives his old pickup (WI 881-PTK) to the empty barn at Granton every morning at 4.', [('name', 'Gerald Brandenburger'), ('vehicle', 'WI 881-PTK'), ('place', 'Granton')]),
    C('Copper mine: Dragan Živković-Janjić, JMBG 1206974751028, smelter worker, lungs gone and now the panic. Address Ulica Nikole Pašića 41, stan 7, 19210 Bor.', [('name', 'Dragan Živković-Janjić'), ('ssn', '1206974751028'), ('street_address', 'Ulica Nikole Pašića 41, stan 7'), ('zip_code', '19210'), ('place', 'Bor')]),
    C('Docker Yannick Castel, carte Vitale 1 74 03 76 351 082 55, 51, after a container fell near him. Lives 12 rue de Bretagne, apt 5B, 76600 Le Havre.', [('name', 'Yannick Castel'), ('health_plan', '1 74 03 76 351 082 55'), ('street_address', '12 rue de Bretagne, apt 5B'), ('zip_code', '76600'), ('place', 'Le Havre')]),
    C('Gustavo Henrique Batista from Heliópolis, São Paulo needs sessions in Portuguese; his number +55 11 97418-2290.', [('name', 'Gustavo Henrique Batista'), ('place', 'Heliópolis, São Paulo'), ('phone', '+55 11 97418-2290')]),
    C('Our Dutch colleagues use the SCL-90-R as a default, the Germans use the BSI, and the Belgians use both. For a cross-border study, which would you pick?'),
    C('Record VGR-SU 550 1881-2 on Nour Al-Khatib, Göteborg Bergsjön, says "non-compliant". She was in a detention centre. I\'d like to write a reply.', [('medical_record', 'VGR-SU 550 1881-2'), ('name', 'Nour Al-Khatib'), ('place', 'Göteborg Bergsjön')]),
    C("A Muslim client from Bosnia wants to do Istikhara before agreeing to EMDR. I've said yes and we'll start after Eid al-Adha. Anyone else made room for this?"),
    C("I've started using the WSAS with my Irish clients because it captures the farm work better than the GAD-7. Mundt's 2002 paper in the British Journal of Psychiatry was a good guide, and Teagasc's farm stress leaflets help in Munster."),
    C('Ainura Toktogulova, the Kyrgyz student at the language school in Tallinn Lasnamäe, says her visa is due in June.', [('name', 'Ainura Toktogulova'), ('place', 'Tallinn Lasnamäe')]),
    C('South Texas case: Guadalupe "Lupita" Treviño Garza, 16, was in the car when her cousin was stopped at the Falfurrias, Highway 281 checkpoint. She\'s a US citizen, he wasn\'t, and he was deported the same week. Texas Medicaid TX MCD 550 418 772, school is PSJA Memorial, Alamo. She\'s writing a lot of poetry and posting it on instagram.com/lupita.versos.rgv. Mum is fine with me reading it. Any ideas on using it in session?', [('name', 'Guadalupe "Lupita" Treviño Garza'), ('place', 'Falfurrias, Highway 281'), ('health_plan', 'TX MCD 550 418 772'), ('place', 'PSJA Memorial, Alamo'), ('url', 'instagram.com/lupita.versos.rgv')]),
    C("Any Croatian-speaking colleagues doing Narrative Exposure Therapy? Schauer, Neuner and Elbert's manual is in German and English but I need the lifeline exercise in Croatian."),
    C("Nevada client, Darlene Whitworth-Paiute: card dealer for 22 years, lost everything to the slots she used to watch others play. She's Paiute on her mother's side and lives at 1290 Sutro St, Apt 12, Reno, Old Southwest NV 89512. Her casino's self-exclusion number is Player ID 44817-2290 and someone keeps giving her comp coupons anyway. I feel furious on her behalf. How do I use that?", [('name', 'Darlene Whitworth-Paiute'), ('street_address', '1290 Sutro St, Apt 12'), ('place', 'Reno, Old Southwest'), ('zip_code', 'NV 89512'), ('account', 'Player ID 44817-2290')]),
    C("The Jamaican Ministry of Health's suicide helpline guidance uses the ASQ, not the C-SSRS. Anyone know why? Thinking of our Caribbean diaspora work in Ontario."),
    C('Record CHUV-PSY 4418-221 says Mélanie Favre-Bonvin, Sion Uvrier, was sectioned on 28 avril 2025. AVS 756.4418.2297.06.', [('medical_record', 'CHUV-PSY 4418-221'), ('name', 'Mélanie Favre-Bonvin'), ('place', 'Sion Uvrier'), ('date', '28 avril 2025'), ('ssn', '756.4418.2297.06')]),
    C("MobilePay from Freja Mikkelsen's grandma (MobilePay 2694 1177) came in for her sessions without asking. She is 15, in Aalborg Øst.", [('name', 'Freja Mikkelsen'), ('account', 'MobilePay 2694 1177'), ('place', 'Aalborg Øst')]),
    C('St Vincent evacuee Kelvin "Ninja" Dasent, from Fancy, Owia road end, was in a shelter in Kingstown for four months after the eruption. NIS SVG-NIS 4471023. He fishes now, boat SV-FB 2217 Blessed Hope.', [('name', 'Kelvin "Ninja" Dasent'), ('place', 'Fancy, Owia road end'), ('place', 'Kingstown'), ('ssn', 'SVG-NIS 4471023'), ('vehicle', 'SV-FB 2217 Blessed Hope')]),
    C('Donegal mica house, Bríd Ní Ghallchobhair, PPSN 6624175TA, her walls at Carndonagh, Ballyliffin Road are crumbling around the kids. Medical card GMS 77140920.', [('name', 'Bríd Ní Ghallchobhair'), ('ssn', '6624175TA'), ('place', 'Carndonagh, Ballyliffin Road'), ('health_plan', 'GMS 77140920')]),
    C("Our Serbian team uses the HoNOS for outcomes but the ministry wants CORE-10 by autumn. Has anyone switched mid-year? Barkham's CORE team in England has a Serbian translation from the Serbian Psychological Society."),
    C('Scampia, Vele di Scampia referral: Ciro Esposito-Mele, 16, on a diversion order after the scooter robbery, scooter plate X4KTR9, and the school (Istituto Melissa Bassi, Secondigliano) wants monthly reports.', [('place', 'Scampia, Vele di Scampia'), ('name', 'Ciro Esposito-Mele'), ('vehicle', 'X4KTR9'), ('place', 'Istituto Melissa Bassi, Secondigliano')]),
    C("Lisdexamfetamine (Elvanse) 30 mg for adult ADHD and now his sleep is off. The NICE NG87 suggests timing changes. Anything else you'd try, Melatonin or Concerta instead? His Takeda leaflet is in English only."),
    C("Intake fax (306) 766-4419 came through blank again for Cody Whitehawk, Saskatchewan health SK 998 417 223. Could someone in Fort Qu'Appelle ask the clinic to resend?", [('fax', '(306) 766-4419'), ('name', 'Cody Whitehawk'), ('health_plan', 'SK 998 417 223'), ('place', "Fort Qu'Appelle")]),
    C("Does anyone know if we have to report 2a02:a03f:6b1c:4400:9d1::5 to the police? It's the address Marloes Verbeek's stalker used; she's in Tilburg Groenewoud.", [('ip_address', '2a02:a03f:6b1c:4400:9d1::5'), ('name', 'Marloes Verbeek'), ('place', 'Tilburg Groenewoud')]),
    C('Medical record HUS-PSY-2024-55819 for Eero Kallioniemi, transferred from Helsinki Meilahti to the Kajaani unit on 17.6.2024.', [('medical_record', 'HUS-PSY-2024-55819'), ('name', 'Eero Kallioniemi'), ('place', 'Helsinki Meilahti'), ('place', 'Kajaani'), ('date', '17.6.2024')]),
    C("We had a power cut in Bucharest Ferentari mid-session and Costel Dumitrache just kept talking in the dark. Best session we've had.", [('place', 'Bucharest Ferentari'), ('name', 'Costel Dumitrache')]),
    C('The Greek ΕΟΠΥΥ now covers twelve sessions of psychotherapy a year, but only with psychiatrists. Any psychologists here fighting that? The Hellenic Psychological Society and the Panhellenic Association wrote to the Ministry of Health in March.'),
    C('Anyone in Finland using the Finnish version of the ISI for insomnia? The Duodecim guideline recommends CBT-I but waiting lists are long.'),
    C("Mirela Hadžić says her dreams are in the old language and she wakes up speaking it. Her kids don't understand a word. Anyone work with that?", [('name', 'Mirela Hadžić')]),
    C('Weekly reminder: peer consultation Monday at 19:00 GMT in English, Wednesday at 20:00 CET in Spanish, Friday at 18:00 EST in French.'),
    C('Anyone seen the Dutch trial of Imagery Rehearsal Therapy for nightmares in refugees? The original IRT protocol was from the US in 2001.'),
    C("Reading Judith Herman's Truth and Repair (2023) with my Nordic group. Her chapter on apology has started some arguments about Lutheran guilt."),
    C('Therapy dogs in sessions: the HCPC has no guidance, the BACP has a short note. Anyone using one in Northern Ireland under the Department of Health rules?'),
    C("Tuesday reading: Winnicott's Playing and Reality, chapter 4, then Bowlby's Secure Base (1988). Tea and biscuits provided, Anglican church hall as usual."),
    C('Our Kainuu client Tuomo Heikkinen-Rasi, henkilötunnus 090571-337K, Kela card KELA-55 0917 3384, asked whether we could move to Wednesdays because of the timber shifts out of Vuokatin kylä.', [('name', 'Tuomo Heikkinen-Rasi'), ('ssn', '090571-337K'), ('health_plan', 'KELA-55 0917 3384'), ('place', 'Vuokatin kylä')]),
    C('Lithuanian driving licence LT 11 448 207 for Mindaugas Jankauskas, lorry KMN 447 parked at Kaunas Aleksotas since his breakdown.', [('licence', 'LT 11 448 207'), ('name', 'Mindaugas Jankauskas'), ('vehicle', 'KMN 447'), ('place', 'Kaunas Aleksotas')]),
    C("new one from angered, dunya al-hashimi, 17, school counsellor at Hjällbo skolan says she hasn't been in since the shooting by the tram stop on 5 November 2025. Personnummer 20080312-4477.", [('place', 'angered'), ('name', 'dunya al-hashimi'), ('place', 'Hjällbo skolan'), ('date', '5 November 2025'), ('ssn', '20080312-4477')]),
    C('Took a walking session along the canal in Ladywood with Jermaine Okonkwo-Blake. He talked more in 40 minutes than in four months of chairs.', [('place', 'Ladywood'), ('name', 'Jermaine Okonkwo-Blake')]),
    C("How do people approach Santería beliefs with Cuban-American clients in Florida? I keep thinking of Sandoval's book on Santería as Cuban Spanish healing, but it's from the 1970s."),
    C('Ring Mauricio Leiva Cornejo at +56 9 8841 2207 after 6; fire in Viña del Mar, Villa Independencia took his house.', [('name', 'Mauricio Leiva Cornejo'), ('phone', '+56 9 8841 2207'), ('place', 'Viña del Mar, Villa Independencia')]),
    C('Turks and Caicos: Haitian boat survivor Jolene Pierre-Louis, 17, landed at Five Cays on 21 July 2024. Her aunt in Providenciales sends money via MoneyGram ref 8817 4402 19.', [('name', 'Jolene Pierre-Louis'), ('place', 'Five Cays'), ('date', '21 July 2024'), ('place', 'Providenciales'), ('account', 'MoneyGram ref 8817 4402 19')]),
    C("Dorotea Kraljević has started painting the sea at Komiža from memory. She won't go back to the island but she paints it every week.", [('name', 'Dorotea Kraljević'), ('place', 'Komiža')]),
    C('Trauma Recovery Empowerment Model (Harris, 1998) for women in a Scottish prison: is it still used by the SPS, or has it been replaced by something else?'),
    C("I loved Gabor Maté's In the Realm of Hungry Ghosts. Has anyone used it with clients? Some of my Canadian clients find it too much."),
    C("Our Icelandic colleagues use the DASS-21 rather than the PHQ-9 and GAD-7. Lovibond's norms are Australian though. Anyone seen Nordic norms?"),
    C('Anyone using Safe and Sound Protocol (Porges) clinically? Some UK colleagues love it, the BPS has been quiet. Evidence looks thin to me.'),
    C("I'm doing my first session in Norwegian Sign Language with an interpreter on Friday. Any tips? The NTNU guidance is very general."),
    C("Motivational Interviewing refresher next Tuesday with Miller and Rollnick's 4th edition. We'll focus on sustain talk with clients who gamble on the Premier League."),
    C("Steelworker Héctor Garza Villarreal, IMSS NSS 4318 8817 220, was burned in the ladle spill at the plant on 9 de octubre de 2025. He now lives with his sister at Calle Zaragoza 1420 Ote., Colonia Independencia, 64720, Monterrey, Nuevo León. He's asking whether he'll ever go back in. I'm more worried about his sleep than his work.", [('name', 'Héctor Garza Villarreal'), ('health_plan', 'NSS 4318 8817 220'), ('date', '9 de octubre de 2025'), ('street_address', 'Calle Zaragoza 1420 Ote.'), ('place', 'Colonia Independencia'), ('zip_code', '64720'), ('place', 'Monterrey, Nuevo León')]),
    C('Our Uruguayan colleagues use the MINI (Sheehan) for every intake in Spanish. It takes 20 minutes. Is the time worth it compared with a good clinical interview? The Uruguayan Society of Psychiatry and the FNR fund both, and the MSP recommends the MINI.'),
    C('IPT-A (Mufson) worked beautifully with a Puerto Rican teenager in New York State years ago. Anyone using it in Spanish now? The Spanish IPT manual from Argentina is good.'),
    C("Venlafaxine 225 mg and now he's hypertensive, 150/95. The cardiologist wants a switch to Duloxetine; psychiatry wants Vortioxetine. How do you stay out of it? Effexor XR, Cymbalta or Trintellix, and the Lundbeck rep is already in the clinic every Tuesday."),
    C('Rosario, zona norte: Lautaro Giménez Acuña, DNI 41.228.907, 19, shot at a kiosk in barrio Empalme Graneros. PAMI PAMI 15-41228907-04. His mum only uses Telegram: t.me/madre_empalme.', [('place', 'Rosario, zona norte'), ('name', 'Lautaro Giménez Acuña'), ('ssn', '41.228.907'), ('place', 'barrio Empalme Graneros'), ('health_plan', 'PAMI 15-41228907-04'), ('url', 't.me/madre_empalme')]),
    C('The Finnish Psychological Association (Psykologiliitto) runs a peer line every Wednesday evening. Is there anything like it in Estonia or Latvia?'),
    C("Long one, sorry. I've been seeing Callum Quayle-Kinvig since the TT crash at Ballaugh Bridge in June, where his best mate came off in front of him. He's a marshal, not a rider, and he keeps saying he should have waved the flag sooner. He lives at 3 Main Road, Kirk Michael, Orrisdale end IM6 1AE, and his Manx Care number is MC 447 812 903. He wants to go back and marshal next year. Do I support that or is it exposure gone wrong?", [('name', 'Callum Quayle-Kinvig'), ('place', 'Ballaugh Bridge'), ('street_address', '3 Main Road'), ('place', 'Kirk Michael, Orrisdale end'), ('zip_code', 'IM6 1AE'), ('health_plan', 'MC 447 812 903')]),
    C('ER doc in Rivera, barrio Mandubí asked me about Nahir Olivera-Sosa, a Uruguayan girl who crossed to Santana do Livramento at night. CI 4.712.388-6. He faxes from +598 4622 3918.', [('place', 'Rivera, barrio Mandubí'), ('name', 'Nahir Olivera-Sosa'), ('place', 'Santana do Livramento'), ('ssn', '4.712.388-6'), ('fax', '+598 4622 3918')]),
    C('A question about Ketamine clinics in Mexico: a client is planning a trip over Semana Santa for "treatment". The Cofepris rules are unclear. How do you handle this?'),
    C("EMDR Europe accreditation question: do consultation hours with a Spanish consultant count if they're done in Castilian rather than English, or in Basque with an EMDR España consultant from Navarre?"),
    C('Tagged client: Rhys Pritchard-Evans, alcohol monitoring tag SCRAM CAM SN 77-1923844, curfew address 14 Heol y Nant, Merthyr Tydfil, Gurnos CF47 0HL.', [('name', 'Rhys Pritchard-Evans'), ('device', 'SCRAM CAM SN 77-1923844'), ('street_address', '14 Heol y Nant'), ('place', 'Merthyr Tydfil, Gurnos'), ('zip_code', 'CF47 0HL')]),
    C("Has the Colombian Colegio de Psicólogos updated its ethics code on WhatsApp contact? My Colombian clients assume I'm on it all weekend."),
    C('Group supervision in Portuguese on Saturdays from February, focused on Emotion-Focused Therapy (Greenberg). Anyone from Brazil or Portugal welcome too.'),
    C('I keep thinking about Aurelio Mancuso-Ferrante. He laughed the whole session about the bank taking the olive grove and then sat in his car for an hour.', [('name', 'Aurelio Mancuso-Ferrante')]),
    C('Thinking of using the Hungarian version of the BDI-II alongside the EPDS for a postnatal client. Is the Hungarian EPDS validated or just translated?'),
    C('Zopiclone 7.5 mg nightly since October. The NICE guidance says two to four weeks. Her GP is in Scotland; anyone know if SIGN is stricter?'),
    C("His blog is public: https://kaito-nuuk-thoughts.blogspot.com/2025/10/ - Kaito Lyberth writes about his brother every night. He's in Nuuk Nuussuaq.", [('url', 'https://kaito-nuuk-thoughts.blogspot.com/2025/10/'), ('name', 'Kaito Lyberth'), ('place', 'Nuuk Nuussuaq')]),
    C('Sertraline 50 mg to 100 mg over three weeks, and she\'s now describing the "flatness" everyone warns about. Would you raise it with her GP before the Easter break, or wait for the NICE review in May as the BACP webinar suggested?'),
    C('Pacemaker client Hiltrud Obermayer, 97 Jahre und drei Monate, from Garmisch Partenkirchen-Burgrain; device Biotronik Enitra 8 DR-T SN 68239551. She wants it switched off and the cardiologist wants a psych opinion.', [('name', 'Hiltrud Obermayer'), ('age_over_89', '97 Jahre und drei Monate'), ('place', 'Garmisch Partenkirchen-Burgrain'), ('device', 'Biotronik Enitra 8 DR-T SN 68239551')]),
    C('Chocó: Yeison Palacios Mosquera, 15, from Bojayá, Pogue, recruited and escaped. Cédula 1.077.448.290, EPS Nueva EPS 1077448290. Mum on +57 313 770 4418.', [('name', 'Yeison Palacios Mosquera'), ('place', 'Bojayá, Pogue'), ('ssn', '1.077.448.290'), ('health_plan', 'Nueva EPS 1077448290'), ('phone', '+57 313 770 4418')]),
    C('fyi tyrell haynes-mcintosh is back in north end halifax with his gran, phone 902 448 7713, he said text first', [('name', 'tyrell haynes-mcintosh'), ('place', 'north end halifax'), ('phone', '902 448 7713')]),
    C("Gabapentin 300 mg TDS for alcohol withdrawal cravings: the American Psychiatric Association's 2018 guideline mentions it, NICE doesn't. Anyone prescribing this in England?"),
    C('Address for the letter: Anna-Lena Pfister, Hauptstrasse 17a, 9450 Altstätten SG. AHV 756.9023.4418.71, KVG CSS 80756 00441 2277.', [('name', 'Anna-Lena Pfister'), ('street_address', 'Hauptstrasse 17a'), ('zip_code', '9450'), ('place', 'Altstätten SG'), ('ssn', '756.9023.4418.71'), ('health_plan', 'CSS 80756 00441 2277')]),
    C("Boat licence Båtførerbevis NO-44 1873 for Trond Nilsen-Brekke; his boat N-220-VV Havbris is in Svolvær harbour and he can't go near it.", [('licence', 'Båtførerbevis NO-44 1873'), ('name', 'Trond Nilsen-Brekke'), ('vehicle', 'N-220-VV Havbris'), ('place', 'Svolvær harbour')]),
    C("Mink farmer near Vestervig Kær in Jutland, Poul Erik Kjærsgaard, CPR 120467-2851, still can't talk about the cull without shaking. Wife Hanne-Birgitte rings me from +45 97 94 18 62.", [('place', 'Vestervig Kær'), ('name', 'Poul Erik Kjærsgaard'), ('ssn', '120467-2851'), ('name', 'Hanne-Birgitte'), ('phone', '+45 97 94 18 62')]),
    C("running late, olafur from grafarvogur texted he's outside the wrong building again, can someone let him in the side door", [('name', 'olafur'), ('place', 'grafarvogur')]),
    C("I think I finally get Internal Family Systems (Schwartz, 1995) after Frank Anderson's workshop in May. Anyone using IFS in Italian?"),
    C("Another login from 5.45.189.30 to Viktor Lukács's account at 03:12. He's in Debrecen Tócóskert. Ask him about sharing passwords?", [('ip_address', '5.45.189.30'), ('name', 'Viktor Lukács'), ('place', 'Debrecen Tócóskert')]),
    C('Anyone attending the BABCP conference in July? The keynote on Cognitive Therapy for Social Anxiety (Clark and Wells) sounds good.'),
    C("Ohio derailment neighbour, Danielle Kopchak, lives at 118 Taggart Street, East Palestine, OH 44413. Her kid's nosebleeds started on 6 February 2023. Medicaid OHM 1187 3350 21.", [('name', 'Danielle Kopchak'), ('street_address', '118 Taggart Street'), ('place', 'East Palestine'), ('zip_code', 'OH 44413'), ('date', '6 February 2023'), ('health_plan', 'OHM 1187 3350 21')]),
    C('Cayman nurse Ebanks-Rivers, Shantel, NMC reg CI-RN 00871, a patient died on her shift at George Town and the family posted her name on Facebook: facebook.com/groups/justice4mama.ebanks.', [('name', 'Ebanks-Rivers, Shantel'), ('licence', 'CI-RN 00871'), ('place', 'George Town'), ('url', 'facebook.com/groups/justice4mama.ebanks')]),
    C('A Jehovah\'s Witness client in Brazil is refusing Clonazepam because she thinks it\'s "from blood". Has anyone had similar beliefs around Rivotril or other medication? The Watchtower Society\'s position on medicines is actually neutral.'),
    C("Ukrainian refugee now in Ireland: Iryna Shevchuk-Melnyk, PPSN 8814207WA, lives in the direct provision centre at Mosney with her daughter. Her husband is in the army near Kupiansk and calls at 3 a.m. She asks whether she can bring her husband on speaker into a session. Her medical card is GMS 88140227. I'm unsure how to hold both of them.", [('name', 'Iryna Shevchuk-Melnyk'), ('ssn', '8814207WA'), ('place', 'Mosney'), ('place', 'Kupiansk'), ('health_plan', 'GMS 88140227')]),
    C('Anyone running Seeking Safety (Najavits, 2002) groups for women in Spanish? The Puerto Rican adaptation is good but hard to get from Treatment Innovations; Amazon Spain has the Castilian one.'),
    C('For the Canadian colleagues: the CRPO and the OPQ have different rules on cross-border telehealth into New Brunswick. Any clarity since November? The CPA, the OPQ and the College of Psychologists of New Brunswick all answer differently in French and English.'),
    C('Any Polish-speaking EMDR consultants? The EMDR Polska list is long but only three offer supervision in English.'),
    C('Mississippi Delta client Lorene Pettway-Means, 93 and a half this Lent, in Glendora, wants to talk about the 1955 lynching and her brother who was beaten the same summer. Medicare MBI 4TJ7-KR2-MX61.', [('name', 'Lorene Pettway-Means'), ('age_over_89', '93 and a half this Lent'), ('place', 'Glendora'), ('health_plan', 'MBI 4TJ7-KR2-MX61')]),
    C("Billing query: Francesca Lo Bianco, invoice to IBAN IT60 X054 2811 1010 0000 0123 456? The bank bounced it twice. She's in Matera, Sasso Caveoso.", [('name', 'Francesca Lo Bianco'), ('account', 'IT60 X054 2811 1010 0000 0123 456'), ('place', 'Matera, Sasso Caveoso')]),
    C('CDL holder Darnell Whitfield-Pryor, Mississippi CDL MS-CDL 801447239, truck MS IRP 44718B, was driving when the kid ran out in Clarksdale, Riverton. Nobody blames him except him.', [('name', 'Darnell Whitfield-Pryor'), ('licence', 'MS-CDL 801447239'), ('vehicle', 'MS IRP 44718B'), ('place', 'Clarksdale, Riverton')]),
    C("Has anyone worked with a client who'd been at the Jasenovac commemoration and was triggered by it? Jelena Marković-Tomić went this year and hasn't slept since.", [('place', 'Jasenovac'), ('name', 'Jelena Marković-Tomić')]),
    C('Any Latvian colleagues using ACT (Hayes) with the ACT-Matrix for Russian-speaking clients? The Matrix translates surprisingly well.'),
    C('Costa Rica, banana worker Yorleny Chaves Mora, cédula 7-0184-0553, DBCP sterility, lives in Río Frío de Sarapiquí. CCSS CCSS 701840553.', [('name', 'Yorleny Chaves Mora'), ('ssn', '7-0184-0553'), ('place', 'Río Frío de Sarapiquí'), ('health_plan', 'CCSS 701840553')]),
    C("Swish from Swish 123 448 9071 was Emil Strand's dad, not him. He's 19 in Umeå Ålidhem and wants to pay himself.", [('account', 'Swish 123 448 9071'), ('name', 'Emil Strand'), ('place', 'Umeå Ålidhem')]),
    C("I've been seeing Tomasz Wróblewski-Bąk for the gambling and today he told me he bet on my car being in the car park. I don't know what to do with that.", [('name', 'Tomasz Wróblewski-Bąk')]),
    C('A Rastafarian client from Jamaica refuses Risperidone because it\'s "Babylon chemistry". The psychiatrist wants a depot. How do I help without taking sides? Risperdal Consta or Xeplion, the psychiatrist says; Chevannes and Barrett wrote about Rastafari and Babylon.'),
    C('Naltrexone 50 mg for alcohol: the French HAS guidance and the British NICE guidance disagree on targeted vs daily dosing. Who do you follow, Selincro or Revia? The BNF lists both for England.'),
    C("Mood charting apps: eMoods, Daylio or the NHS's own? A Welsh client says the NHS one crashes every Sunday night."),
    C('Taxi driver Nikos Papadakis-Fragou, taxi licence ΑΔΑ 44/2019 Ηρακλείου, plate HKY-4471 (Crete), was robbed at knifepoint in Heraklion Poros.', [('name', 'Nikos Papadakis-Fragou'), ('licence', 'ΑΔΑ 44/2019 Ηρακλείου'), ('vehicle', 'HKY-4471'), ('place', 'Heraklion Poros')]),
    C("Wanda Kieżun brought her late husband's medals to show me. I didn't know what to say except that they were beautiful.", [('name', 'Wanda Kieżun')]),
    C("For Sámi clients I've been reading Bongo's 2012 thesis on mental health in reindeer herding communities. The Norwegian SANKS centre has more, in Norwegian and North Sámi."),
    C('Curaçao referral, Giselle Martina-Rosario, sedula 1987 0412 33, daughter in Seru Fortuna, Kaya Sorsaka. Papiamentu speaker. Email giselle.martina87@gmail.cw.', [('name', 'Giselle Martina-Rosario'), ('ssn', '1987 0412 33'), ('place', 'Seru Fortuna, Kaya Sorsaka'), ('email', 'giselle.martina87@gmail.cw')]),
    C("New Year's Eve was hard for Maarten De Smet, first one since the crash. He spent it at the beach at Wenduine on his own.", [('name', 'Maarten De Smet'), ('place', 'Wenduine')]),
    C("What's the evidence on Esketamine (Spravato) for treatment-resistant depression in older adults? Our Spanish team has two referrals from Galicia, and the NICE appraisal and the AEMPS report are mixed."),
    C('Our Lithuanian colleagues use the Hospital Anxiety and Depression Scale (Zigmond and Snaith, 1983) for everything. Is it still fit for purpose?'),
    C('Fax cover: from Hospital de Cabueñes mental health, fax 985 18 50 77, re Covadonga Menéndez Suárez, historia clínica HC 1184402, fecha de ingreso 4 de marzo de 2025.', [('place', 'Hospital de Cabueñes'), ('fax', '985 18 50 77'), ('name', 'Covadonga Menéndez Suárez'), ('medical_record', 'HC 1184402'), ('date', '4 de marzo de 2025')]),
    C("Brief question: does anyone know a Faroese-speaking therapist? The Danish health service offers interpreters, but Faroese clients often prefer Danish anyway, or Icelandic. Sundhedsstyrelsen's guidance is in Danish only."),
    C('Our client Dalia Grybauskaitė-Rimkus is calling from +370 612 48 813, Vilnius Naujininkai. Her landlord threatens her.', [('name', 'Dalia Grybauskaitė-Rimkus'), ('phone', '+370 612 48 813'), ('place', 'Vilnius Naujininkai')]),
    C("Can someone in Reykjavík Breiðholt email jonas.thordarson@simnet.is? Jónas Þórðarson's kennitala is 120758-4129. He asked for an Icelandic-speaking man.", [('place', 'Reykjavík Breiðholt'), ('email', 'jonas.thordarson@simnet.is'), ('name', 'Jónas Þórðarson'), ('ssn', '120758-4129')]),
    C("Schema Therapy question: Young's YSQ-S3 in Portuguese gives me very high scores on Subjugation for almost every Portuguese client I see. Cultural artefact?"),
]

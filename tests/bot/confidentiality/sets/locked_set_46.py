"""FORTY-SIXTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (round 41), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not read git log messages, bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or diffs of any
commit, and did not read the snippets of eval_set.py, dev_extra.py,
locked_set.py or locked_set_2.py ... locked_set_45.py (locked_set_47.py,
written at the same time in another worktree, was not seen at all).
What was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_44.py and locked_set_45.py
only (each printed up to its closing triple quote, for the format
description, the provenance wording, the labelling conventions and their
lists of settings, countries and name cultures, so that this set's differ
where possible; none of their cases), the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and its
last three lines (two snippets, for the file format; none of their
sentences was copied), the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py (exactly lines 29-41, nothing else of that file), and
tests/bot/confidentiality/test_locked_sets.py (the data integrity checks,
which hold no snippets).  One small slip of the reading rule occurred,
and is stated here: all five readings were first printed together and the
terminal cut the middle of that output (the middle of set 44's
docstring, set 45's docstring and the head of locked_set_13.py), so set
44's docstring from its line 200 to its closing triple quote, set 45's
docstring (in two parts) and the first 25 lines of locked_set_13.py were
printed a second time, and so were the last three lines of
locked_set_13.py, cut to 200 characters a line (the same permitted text,
nothing else).  No other slip occurred.  The overlap filter described
below imported the earlier sets and printed only this set's own clashing
strings.  The only test run was test_locked_sets.py (selected with
-k 46); ruff was run on this file and on that test file.  The other set
of this round (47) is set in Africa, Asia and Oceania, so every snippet
here is set in Europe and the Americas (and their diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit, as a consultation request or a chat message to peers in a
therapists' consultation group, set only in Europe and the Americas:
Brittany (Penmarc'h, Brest, Concarneau, the fest-noz), Corsica's
vendettas, Alsace's malgré-nous, Lorraine's coal mines, Marseille's
quartiers nord and its Armenians, Roubaix, the Ariège ski valleys, the
Île-de-France aerodromes, Monaco, Andorra, the Basque coast, the Canary
Islands (La Palma's volcano, El Hierro's cayucos), Extremadura's fires,
Ceuta, Galicia's 2013 rail crash, Sicily, Calabria (San Luca, the Cutro
shipwreck), Ischia's landslide, Lampedusa and Malta, San Marino, Ticino,
the Valais, Liechtenstein, Vienna's Favoriten, the Ahr valley flood,
Kaprun, Groningen's gas quakes, Funen, Ærø, Lesbos, Evros, Mati, the
Cyclades, Cyprus (Famagusta refugees), Montenegro, Belgrade's Russian
exiles, Belarusian exiles in Lithuania, Hrodna, Latvia (Rīga's Zolitūde
collapse, Ventspils, Liepāja), Lithuania's Visaginas, Slovakia (Lunik
IX, the Tisa, Poprad), Czech Ostrava, Polish Silesia and Przemyśl,
Moldova, Armenia (Gyumri, Artsakh), Ireland's Gaeltacht (Gaoth Dobhair,
Conamara, Múscraí), Midlands and Tipperary, Northern Ireland (Ardoyne,
Ballymurphy, Strabane), Scotland (Lewis, Orkney, Ullapool, Possilpark,
the Borders, Deeside, Ross-shire), Wales (slate and Snowdonia), Cornwall,
Cumbria and the Grenfell fire; Alaska's Yup'ik villages, Bristol Bay,
the Kenai and Petersburg, the Navajo Nation, the Cherokee Nation, the
Lumbee, Appalachia (Kentucky, West Virginia, Pikeville), Louisiana's
Cajuns and bayou shrimpers, the Gullah Sea Islands, Flint, Detroit,
Baltimore, Chicago's Back of the Yards, Maine's lobstermen, Vermont
dairy farms, South Texas colonias, Houston's Salvadorans, Glendale's
Armenians, Hialeah's Cubans, Little Haiti, Washington Heights'
Dominicans, Nunavik, Nunavut, the Cree of Eeyou Istchee, Lac-Mégantic,
Saint-Hyacinthe dairy farms, Chicoutimi, Newfoundland's outports,
Acadians in New Brunswick and Cape Breton, Moose Factory, Toronto's
Guyanese and Montréal-Nord's Haitians; Belize (Mennonites of Spanish
Lookout, Mopan Maya, Corozal), Honduras (Garifuna of Roatán and the
north coast, San Pedro Sula's maras), El Salvador's state of exception,
Nicaragua's Miskito divers, Costa Rica's border, Panama (Guna Yala's
relocation, San Miguelito's buses), Mexico (Chiapas's Tsotsil displaced,
Michoacán's avocado belt, Guerrero's missing students, Sonora's Yaqui),
Cuba (Baracoa, Manzanillo's rafters), the Dominican Republic, Haiti's
earthquake, Puerto Rico's Loíza, Trinidad's refinery, Guyana's bauxite
and gold, Suriname's rice polders, Venezuela's exodus (Cúcuta, Lima),
Colombia's Catatumbo, Ecuador (Guayaquil's prison massacres,
Saraguro), Peru (Chorrillos, Ilave, Pocollay), Brazil (Bahia's
quilombos, Ceará's sertão, Recife, Olinda, the Brumadinho dam, Mato
Grosso do Sul's Terena), Uruguay (a desaparecido's remains, gaucho
estancias, Carmelo, Tacuarembó), Argentina (Tucumán's cane fields,
Tierra del Fuego and the ARA San Juan, La Rioja): short referral lines,
rushed lower-case chat (nine snippets write names or places in lower
case), forwarded faxes, scanned intake forms, portal, billing and audit
logs, and longer narrative requests with the identifiers mid-sentence
(fifteen of 309-432 characters).  44 of the identifier snippets hold
only a name and/or a place, written as ordinary consultation prose or
questions to peers, often with the name mid-sentence or at the start of
a sentence and no cue word before it (seven use a first name alone).
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set46work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, measured the clean
density, checked overlap with the earlier sets, shuffled the order with a
fixed seed and wrote this file.  Every later edit was typed by hand as a
find-and-replace pair in a text file, and the script applied the pairs
to the drafts; this is stated here.  While writing, about thirty false
starts and asides the author had typed into the identifier drafts (a
country, region, boat, event, name or place followed by "? no", "...
no", "scratch that", "- sorry -", "Skip", "Drop" or a remark that a
setting or name culture was already used by set 44 or was too close to
a real case, and a remark that a client asked for a year to be left out)
were cut with their values, leaving only the corrected text; two whole
lines that were only such asides were dropped; a name of a real fire
survivor that the author had typed from memory was replaced by an
invented one, and a first name repeated in one snippet was cut once.
Eighteen such asides in the clean drafts ("? no", "sorry, I'll keep it
general", "I'll leave the city out", "keep it Dutch") were cut with the
hospitals, cities, boroughs, islands and regions they named.  In a
review, four honorifics (Miss, Dona, Don, Tía) were moved out of name
spans, and about forty city, district, island, valley and prison names
written unlabelled in identifier snippets (in headers such as "X:" or
"X referral", after "in", "near", "outside", "on" or "from", and a
city inside a hospital's name) were labelled as places, replaced by the
state, province or country, or cut; a clinician's surname after "Dr." in
a fax header was labelled as a name; two month-and-year dates written
unlabelled were labelled; and ten dates written after "in" were moved
to "on" when they were given a day.  In the clean snippets, a narrative
therapy centre named after a London district, a mountain range, a flood
valley, a concentration camp, five city names inside the names of
scales, an interview and a therapy school, a "New York" that could be
read as the city, and a capital city were replaced by a generic word,
the state or an acronym, and 56 drafts outside six to ten capitalised
words (13 with fewer than six, 43 with more than ten) had a drug, a body, a journal, a month, a weekday,
a country or a product added, or generic terms, titles and book titles
cut or lowered, so that every clean snippet has six to ten; three clean
snippets were then added to reach 155.  Overlap with the other sets was
resolved by renaming only this set's planted values, with a filter that
imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 151 values in the first
round (100 places, 24 names, 11 dates, 9 postal codes, 2 ID numbers, 2
accounts, 1 street address and 1 age over 89; places were mostly
lengthened with a neighbourhood, hamlet, quarter, twin town or street
end, names given a second surname or a middle name, dates given a day
or a feast, postal codes given a country prefix, CEDEX or ZIP+4, and the
IBANs rewritten), 12 in the second (5 dates, 5 places, 1 name, 1 postal
code), 4 in the third (four places labelled in the review, replaced by
the state or lengthened); the last pass found nothing.

Settings (chosen to differ from sets 44's and 45's): a Breton trawler
lost at sea, a Corsican vendetta, a hidden-bread grandmother, silicosis
in a mining town, a point de deal shooting, an ex's logins to a health
account, a casino self-exclusion, a migrant-rescue son, a Famagusta
refugee's return, a camp-fire burnout, a Roma family's children taken,
a collapsed supermarket roof, an exile beaten in prison, an avalanche
instructor, a Walser farmer's widow, a quarry accident, a horse
dealer's ex's Facebook, a currach drowning, a brother found in a sheep
fank, a slate-tip suicide, a skipper's lost licence, a refused care
home in the Gaeltacht, a shooting anniversary, a Basque car-bomb sister,
a Grenfell survivor, a chip-shop stabbing, a gamekeeper's scorn, a
sectarian marriage, a banshee, a tram driver's child victim, a
funicular fire, a manure-pit drowning, a rail-crash widow, a tide of
cayuco bodies, lamb joints on a therapist's doorstep, a stag-night
drowning, a car-deck flood, a fisherman's widow calling the
coastguard, a gaucho's father hanged in the shed, a lost submarine, a
filmed school beating, an excommunicated Mennonite, a deported son's
phone in a killer's hands, a river-ice drowning, a uranium widow's son,
a meth-house fire, black lung and an overdose, a mine widow's truck,
a shrimper after Ida, heir property, lead in the water, a plant layoff,
a death in custody, a sternman overboard, a barn fire, a daughter in
ICE detention, a shot teenager, a Co-op suicide, a lost trapline, a
longliner widow, a fish-plant closure, two sons lost to suicide, a
husband's threats from Berbice, an earthquake widower's TikTok, a
deported husband, a refinery burn, a gold pit, flood debts, a son lost
crossing Mexico, the state of exception, decompression paralysis, a
sinking island, an exodus on foot, a desaparecido's remains, a raft
crossing, an oil-palm truck, armed displacement, avocado extortion, the
missing students, a water defender, a quilombo eviction, drought and
goats, a landslide son, a dam widow, a cane-field police killing, an
ICD shock in a bar, a pacemaker voice, a processor left off, a tracked
CGM, skipped boluses, an oxygen concentrator in an ice storm, a CPAP
and a generator, hearing aids and the dead, a spinal stimulator and a
ferry ramp, a court-ordered bracelet, a pump and a funeral, a
pacemaker to be switched off, a bullied implant user, a crashed bus, a
snowmobile crash, a moose collision, a drowned crewman, a killed child,
an aerodrome crash, an outbreak nurse, a raft boat driver, a child
death review, a prison-massacre widow, and old clients (a 103-year-old
wanting to die at home, a Belarusian grandmother who will not leave, an
island father who will not take the ferry, a flood survivor of 101, a
genocide orphan's daughter, a Nunavik elder, a Miskito elder, a
Garifuna grandmother, a Guna grandfather, a Gullah elder, a Gaeltacht
bachelor, an Alsatian widow, a Monaco widow with hearing aids, a
quilombo weaver, a mine widow); with local identifier formats for a
French NIR, an Irish PPSN, a Scottish CHI, a Spanish DNI and NIE, a
Maltese ID card, a Cypriot social-insurance number, a Greek AMKA, a
Slovak and Czech rodné číslo, a Latvian personas kods, Swiss and
Liechtenstein AHV numbers, a Norwegian fødselsnummer, a Montenegrin
JMBG, a Dutch BSN, an Italian codice fiscale and carta d'identità, a
Trinidadian NIS, a Surinamese ID, a Honduran DNI, a Salvadoran DUI, a
Nicaraguan cédula, a Venezuelan cédula and a Peruvian carné de
extranjería, an Ecuadorian cédula, a Uruguayan CI, an Argentine DNI, a
Brazilian CPF, a Mexican CURP, a Belize SSB number, a Dominican cédula,
US SSNs and A-numbers, Navajo census and Cherokee tribal IDs and a Cree
status number (ssn); NHS, Brittany, Cork, Basque, Canary, Lorient,
La Palma, IHS, Cherokee, YKHC, Inuulitsivik, Qikiqtani, Cree board,
Trinidad and Chicago school files (medical_record); carte Vitale, MSA,
MGEN and Harmonie mutuelles, CSM Monaco, CASS Andorra, ISS San Marino,
CSS, Dôvera, e-card, tessera sanitaria, Irish GMS and H&C numbers, NAF,
RAMQ, OHIP, NB Medicare, NL MCP, NU health card, Alaska, Kentucky,
Louisiana, Michigan, Illinois and Vermont Medicaid, Panamanian CSS,
IMSS-Bienestar, IESS, CASMU, PAMI and Cartão SUS numbers (health_plan);
French, Slovak, Latvian, Greek and British IBANs, Revolut, Zinli,
PagoMóvil, BROU, Banco Agrícola, Banreservas, Tigo Money, Daviplata,
Zelle and Pix (account); Lithuanian residence, Venezuelan PEP, Mexican
INE, Brazilian CNH, Italian boat, Latvian, Czech, Scottish, Ontario,
New Brunswick, Peruvian, Cuban, Panamanian and Michigan CDL driving
licences, a Maine lobster licence, an Alaska CFEC permit, a French
pilot's licence, a Maltese nursing registration and an SSSC
registration (licence); French, Ticino, German, Montenegrin, Scottish,
Cornish and Norwegian boats and plates, Italian boat, West Virginia,
Louisiana, Maine, Florida, Alaska, Nebraska, Belize, Mexican and
Brazilian plates (vehicle); an ICD, pacemakers, a cochlear processor, a
cochlear implant, a Dexcom, a FreeStyle Libre, insulin pumps, an oxygen
concentrator, a CPAP, Phonak hearing aids, a spinal cord stimulator and
an alcohol-monitoring bracelet (device); addresses written the local way
(French rue, impasse and boulevard, Irish bóthar with Eircode, Scottish
road and avenue, Welsh fflat and stryd, Northern Irish road, Basque
kale with floor, Maltese triq, Greek odos, Latvian iela with flat,
Serbian bulevar with stan, Viennese Straße with stair and door,
Sicilian via, Navajo route and HC box, Kentucky fork road, Texas calle,
Michigan drive, Baltimore street with apartment, Acadian chemin,
Toronto avenue with unit, Uruguayan avenida with apto, Brazilian rua
with apto, Cumbrian cottages, Orkney row, Uruguayan bulevar) with
postal codes of those countries, IPv4 and IPv6 addresses, URLs
(Instagram, Facebook, TikTok, X, Blogspot, WordPress, Telegram, Reddit,
GoFundMe, Vakinha and JustGiving) and phone and fax numbers in local and
international formats.

368 snippets, 213 with identifiers and 155 clean (lengths 63-432,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 12):
date 23, age_over_89 15, phone 31, fax 13, email 16, url 15,
ip_address 14, ssn 38, medical_record 15, health_plan 34, account 15,
licence 19, vehicle 20, device 14, street_address 29, zip_code 27;
with 215 names and 249 places smaller than a state (the test requires
215 and 249).  44 of the identifier snippets hold only names and/or
places and nothing else.

Names: Breton, Corsican, Alsatian, Occitan, French, French-Algerian,
Monégasque, Andorran-Catalan, Basque, Canarian, Extremaduran, Ceutan
Moroccan, Galician, Sicilian, Calabrian, Neapolitan, Maltese,
Sammarinese, Ticinese, Valaisan, Liechtensteiner, Rhineland German,
Viennese Turkish-Austrian, Tyrolean-Salzburger, Groningen Dutch,
Danish, Norwegian-Kven, Greek (Lesbos, Evros, Attica, the Cyclades),
Greek Cypriot, Montenegrin, Russian exile, Belarusian, Latvian,
Lithuanian, Slovak and Slovak Roma, Czech, Polish, Moldovan, Armenian
and Armenian-French and -American, Irish (with Irish-language names),
Northern Irish, Scottish Gaelic and Lowland Scots, Welsh, Cornish and
Cumbrian English; Yup'ik, Diné, Cherokee, Lumbee, Appalachian, Cajun,
Gullah, African American, Maine and Vermont Yankee and Québécois,
Mexican American and Tejano, Inuit (Nunavik and Nunavut), Cree,
Newfoundland Irish, Acadian, Guyanese Indo-Caribbean, Haitian, Dominican,
Trinidadian, Afro-Guyanese, Surinamese Hindustani, Garifuna, Salvadoran,
Miskito, Guna, Venezuelan, Uruguayan, Cuban, Mopan Maya, Belizean
Mennonite, Tsotsil, Michoacano, Guerrerense, Yaqui, Afro-Brazilian
quilombola, Cearense, Pernambucan, Mineira, Terena, Tucumano,
Fueguino, Riojano, Ecuadorian (costeño and Saraguro Kichwa), Peruvian
(limeño, Quechua and Aymara), Colombian, Honduran and Nicaraguan-Costa
Rican names; lower-case names and places, hyphenated and multi-part
names, patronymic Irish names, a nickname inside quotes, honorifics kept
outside the spans (Miss, Dona, Don, Tía) and names with diacritics and
apostrophes.  Places: invented or real villages, hamlets, townlands,
islands smaller than a state, chapters, colonias, quilombos, aldeias,
barrios, favelas, quarters, estates, valleys, a prison and real
neighbourhoods and districts (many lengthened with a neighbourhood,
hamlet, quarter, twin town or street end where they clashed with the
earlier sets), and places after street addresses.

Clean snippets: peer-consultation messages, questions, statements and
updates with six to ten capitalised words each after the first word of a
sentence (1294 in 155 snippets, about 8.3 per snippet, counted by the
author's script, acronyms included and the pronoun "I" excluded): drug
brands and generics, doses and laboratory values, scales and
questionnaires, therapy models and their founders, real published authors
and books, guidelines and acts, diagnoses and culture-bound idioms
(nervios, susto, saudade, sodade, stenachoria, kè sere, llaki, ilgesys,
uff da, þetta reddast, j'ai le moton, fer-se el valent), weekdays,
months, seasons, religious holidays and fasts, professional bodies,
regulators, insurers, charities, helplines, apps and products,
countries, states, provinces, cantons, regions and counties of the
first level, nationalities, religions and languages, and no place
smaller than a state or a country's first-level subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, *expected: tuple[str, str]) -> EvalCase:
    return EvalCase(text, list(expected))


LOCKED46_CASES = (
    C("My client Eamon Joe Tierney, Creagh outside Ballinasloe, horse dealer, wife took the children to Spain. His ex's new Facebook page https://www.facebook.com/aine.tierney.galway is full of posts about him.", ('name', 'Eamon Joe Tierney'), ('place', 'Creagh outside Ballinasloe'), ('url', 'https://www.facebook.com/aine.tierney.galway')),
    C('The Lithuanian clients\' word "ilgesys" sounds like Saudade. Has anyone written about it for the EFPA or the Lithuanian Psychological Association?'),
    C('Ticino: Ivo Bernasconi, Bignasco, lost his mother in the Val Bavona flood, AVS 756.2283.4471.90, car plate TI 214 887.', ('name', 'Ivo Bernasconi'), ('place', 'Bignasco'), ('place', 'Val Bavona'), ('ssn', '756.2283.4471.90'), ('vehicle', 'TI 214 887')),
    C('My client from Coatbridge, Lorraine Docherty, says her sectarian family would kill her for marrying a Catholic.', ('place', 'Coatbridge'), ('name', 'Lorraine Docherty')),
    C('For Norwegian-American Lutheran clients, Grief and "uff da" stoicism are themes; Lutheran Social Service offers Grief Groups on Thursdays.'),
    C('Uruguay: the old man is 103 years and two months, Don Ceferino Silveira, Cerro Chato, wants to die at home.', ('age_over_89', '103 years and two months'), ('name', 'Ceferino Silveira'), ('place', 'Cerro Chato')),
    C("Northern Ireland consultation: client Ciarán McAleese, H&C number HCN 702 418 9957, lives off the Springfield Road, no. 188 in Ballymurphy's Springhill Crescent end, BT12 7DL. Shooting anniversary flashbacks each August.", ('name', 'Ciarán McAleese'), ('health_plan', 'HCN 702 418 9957'), ('street_address', 'Springfield Road, no. 188'), ('place', "Ballymurphy's Springhill Crescent end"), ('zip_code', 'BT12 7DL')),
    C("The American Psychological Association's guideline for PTSD and the VA/DoD one differ on present-centered therapy; which do people follow in Texas?"),
    C('Medication check: Mirtazapine 30 mg, Propranolol 40 mg as needed, Melatonin 2 mg from Boots; she drinks four units of Guinness on Fridays. Any interaction I should flag to the GP before Easter?'),
    C('Interesting paper by Vikram Patel in The Lancet on task-sharing, with Friendship Bench data; has anyone tried adapting it in Portugal or Greece through the EU4Health programme?'),
    C("Question about Ketamine-assisted Psychotherapy in Canada: Health Canada's Special Access Program, the MAPS protocols and the CAMH trials. Anyone actually referring clients?"),
    C("For the Friday team: Mentalization-Based Treatment by Bateman and Fonagy, the MBT-I manual, and the Anna Freud Centre's AMBIT course for hard-to-reach teens."),
    C('Anyone using the Dutch GGZ Standaarden for Eating Disorders with Surinamese or Antillean teens? The Trimbos Instituut leaflets are very white, the Hindustani families say.'),
    C('The Mexican clients in our Texas clinic ask for Spanish-language Seeking Safety; Lisa Najavits has a version, and the SAMHSA site lists it in English and Spanish.'),
    C("Armenian genocide orphan's daughter, Siranush Avakian, 97 at the Vardavar, Alfortville.", ('name', 'Siranush Avakian'), ('age_over_89', '97 at the Vardavar'), ('place', 'Alfortville')),
    C("The Lumbee and Cherokee clients at our Tuesday clinic found Eduardo Duran's Healing the Soul Wound and Brave Heart's work on historical trauma useful."),
    C("Anzhela Sargsyan lives in Gyumri's domik quarter and consults online; the 1988 quake buried her sister.", ('name', 'Anzhela Sargsyan'), ('place', "Gyumri's domik quarter")),
    C('Bahia quilombo: Dona Maria do Rosário Conceição from Quilombo Rio dos Macacos, 94 and still weaving, land eviction. CPF 418.227.905-63, Cartão SUS 702 4418 2290 6617.', ('name', 'Maria do Rosário Conceição'), ('place', 'Quilombo Rio dos Macacos'), ('age_over_89', '94 and still weaving'), ('ssn', '418.227.905-63'), ('health_plan', '702 4418 2290 6617')),
    C('Ludovica Frisina from Cutro says the beach is "a cemetery" now.', ('name', 'Ludovica Frisina'), ('place', 'Cutro')),
    C('Panama licence licencia 8-774-1183, driver Edwin Osorio, crashed the diablo rojo in San Miguelito-Samaria.', ('licence', 'licencia 8-774-1183'), ('name', 'Edwin Osorio'), ('place', 'San Miguelito-Samaria')),
    C("Belize plate BZ CZL 2471 seen outside Marisela Tzib's house in Corozal, she's sure it's her ex.", ('vehicle', 'BZ CZL 2471'), ('name', 'Marisela Tzib'), ('place', 'Corozal')),
    C('Dominican client in Washington Heights, Yokasta Almonte Peña, cédula 031-0472913-6 from Tamboril, remittances via Remitly to Banreservas 9600 4471 2219, husband deported.', ('place', 'Washington Heights'), ('name', 'Yokasta Almonte Peña'), ('ssn', '031-0472913-6'), ('place', 'Tamboril'), ('account', 'Banreservas 9600 4471 2219')),
    C("For Czech and Slovak clients, the essays of Patočka and Václav Havel's Letters to Olga help with meaning; the Czech-Moravian Psychological Society has a list too."),
    C("We're piloting the safety planning intervention by Barbara Stanley and Gregory Brown in our Louisiana clinic, with the 988 Lifeline card on every plan."),
    C("Any feedback on the Headspace and Calm apps for Insomnia versus Sleepio, which NICE recommended in May? Our Welsh clients prefer Sleepio because it's free through NHS Wales."),
    C('Scanned intake from the Breton clinic: Nom Le Goff-Kerhervé, Prénom Maïwenn, né(e) le 23/08/1994, dossier CHU-BREST 2244718, mutuelle Harmonie 7704-1182-36, adresse 9 impasse des Ajoncs F-29200 Lambézellec-Bourg.', ('name', 'Le Goff-Kerhervé'), ('name', 'Maïwenn'), ('date', '23/08/1994'), ('medical_record', 'CHU-BREST 2244718'), ('health_plan', 'Harmonie 7704-1182-36'), ('street_address', '9 impasse des Ajoncs'), ('zip_code', 'F-29200'), ('place', 'Lambézellec-Bourg')),
    C("For Argentine clients, Lacanian language dominates; I keep Darian Leader's The New Black and Gabriel Rolón's books on the shelf for the ones who want books."),
    C('Tucumán: Hilda Noemí Juárez, sugar-cane family in Famaillá, son killed by police, DNI 28.417.336, PAMI PAMI 15-02447718-2-00.', ('name', 'Hilda Noemí Juárez'), ('place', 'Famaillá'), ('ssn', '28.417.336'), ('health_plan', 'PAMI 15-02447718-2-00')),
    C("Ahr valley flood: Hildegard Schneider, Altenburg near Altenahr-Kreuzberg, 2021, still sleeps in her daughter's car, plate AW-HS 418. Fax from Hausarzt 02643 94 17 30.", ('place', 'Ahr valley'), ('name', 'Hildegard Schneider'), ('place', 'Altenburg'), ('place', 'Altenahr-Kreuzberg'), ('vehicle', 'AW-HS 418'), ('fax', '02643 94 17 30')),
    C('I\'d like ideas for Jurgita Ž., who grew up in Visaginas near the closed reactor and feels "the town died before I did."', ('name', 'Jurgita Ž.'), ('place', 'Visaginas')),
    C("Anyone familiar with the Scottish Recovery Network's WRAP training? The recovery plan by Mary Ellen Copeland was a hit with our island clients."),
    C("Calabrian: Concetta Strangio, San Luca, blood feud, brother shot; she's afraid of going out at the feast at Polsi.", ('name', 'Concetta Strangio'), ('place', 'San Luca'), ('place', 'Polsi')),
    C("Navajo Nation referral: Delbert Yazzie Begay, census number NN-118 204, IHS chart GIMC 2290145 at Gallup-Rehoboth, lives off N9 Route 12, HC 61 Box 308, Lukachukai Chapter's Round Rock side, AZ 86507. Uranium mine widow's son, drinking since the funeral.", ('name', 'Delbert Yazzie Begay'), ('ssn', 'NN-118 204'), ('medical_record', 'GIMC 2290145'), ('place', 'Gallup-Rehoboth'), ('street_address', 'N9 Route 12, HC 61 Box 308'), ('place', "Lukachukai Chapter's Round Rock side"), ('zip_code', '86507')),
    C("Audit: account FR76 3000 4000 0412 3456 7890 143 used to pay for Yannick Le Bihan's sessions, but the payer name is his ex-wife's.", ('account', 'FR76 3000 4000 0412 3456 7890 143'), ('name', 'Yannick Le Bihan')),
    C('Has anyone done the Gottman Level 1 training online? The Sound Relationship House and the Four Horsemen worked with a Maltese couple, but Maltese and English flipped mid-sentence.'),
    C("Supervision: a Scottish client compares grief to a hill in February. I've used Thomas Attig's How We Grieve and the dual process model by Stroebe and Schut."),
    C("Client's IP logs from the stalker case: logins from 81.57.204.119 and 2a01:e0a:1c4:3b70::47 at 3 a.m. to her Ameli account. Name is Élodie Vasseur, Roubaix-Hem, in the Epureuse quarter.", ('ip_address', '81.57.204.119'), ('ip_address', '2a01:e0a:1c4:3b70::47'), ('name', 'Élodie Vasseur'), ('place', 'Roubaix-Hem'), ('place', 'Epureuse')),
    C('Maine lobsterman Calvin Alley, Beals Island, lobster licence ME LC-3 #2217, boat ME 4021 BF, lost his sternman overboard on 9 January 2024.', ('name', 'Calvin Alley'), ('place', 'Beals Island'), ('licence', 'ME LC-3 #2217'), ('vehicle', 'ME 4021 BF'), ('date', '9 January 2024')),
    C("Brigid Fennelly from Talbot's Inch asked whether I believe in the banshee. I said I believe she heard something.", ('name', 'Brigid Fennelly'), ('place', "Talbot's Inch")),
    C("For Navajo clients, the Hózhó concept and the IHS's Behavioral Health guidance are central; the Navajo Nation's behavioral health department runs peacemaking programmes."),
    C('fax from the Corsican clinic header: CMP Porto-Vecchio / tel +33 4 95 70 21 64 / fax +33 4 95 70 21 65 re: Ghjuvan Petru Santoni, carte Vitale 1 74 09 2A 247 116 22', ('place', 'Porto-Vecchio'), ('phone', '+33 4 95 70 21 64'), ('fax', '+33 4 95 70 21 65'), ('name', 'Ghjuvan Petru Santoni'), ('health_plan', '1 74 09 2A 247 116 22')),
    C("I'm on the BABCP register and thinking about adding the EMDR UK accreditation; Francine Shapiro's textbook and Ana Gomez's book for children are on my desk this January."),
    C('The Argentine colleagues keep recommending Alicia Stolkiner and the Ley de Salud Mental 26.657; is there an English summary for our Uruguayan and Paraguayan trainees?'),
    C('I see Jolene Kitseallie online from Kayenta-Chilchinbito; the connection drops every time the wind picks up.', ('name', 'Jolene Kitseallie'), ('place', 'Kayenta-Chilchinbito')),
    C("the boy from ploumanac'h (cousin of loïc kerbrat) keeps posting from his brother's account https://www.instagram.com/loic.kerbrat.29/ - is it worth raising with the parents?", ('place', "ploumanac'h"), ('name', 'loïc kerbrat'), ('url', 'https://www.instagram.com/loic.kerbrat.29/')),
    C('Suboxone 16 mg and the client wants to taper before Thanksgiving; his counsellor at the SAMHSA-funded clinic in Ohio disagrees, and so does his Narcotics Anonymous sponsor from the Methodist church.'),
    C('weird one: the court-ordered phone monitor for dylan mccready, strabane-ballycolman, is an SCRAM CAM bracelet SN 447182, and he says it "listens".', ('name', 'dylan mccready'), ('place', 'strabane-ballycolman'), ('device', 'SCRAM CAM bracelet SN 447182')),
    C('Hamish Farquharson is a gamekeeper at Invercauld and thinks therapy is "for the toffs."', ('name', 'Hamish Farquharson'), ('place', 'Invercauld')),
    C("Exposure Response Prevention with a Catholic client whose OCD is Scrupulosity: Jonathan Abramowitz's work and the IOCDF's Faith Guide helped. Lent was a hard month."),
    C("Louisiana: the pacemaker clinic sent Odile Broussard's interrogation, Abbott Assurity serial 8817402, she's convinced the device lets her late husband's voice in.", ('name', 'Odile Broussard'), ('device', 'Abbott Assurity serial 8817402')),
    C("Montenegrin car PG AB 447 parked outside the shelter in Nikšić-Rubeža again, Milena Vujošević says it's her brother-in-law.", ('vehicle', 'PG AB 447'), ('place', 'Nikšić-Rubeža'), ('name', 'Milena Vujošević')),
    C('In Andorra and Catalonia the CatSalut forms ask for GAD-7 in Catalan; does the Col·legi Oficial de Psicologia have the validated version or only the Spanish SEP one?'),
    C("Longer one. Client is a 16-year-old from Chorrillos, Anyelo Quispe Huamán, who was filmed being beaten by classmates and the video went round on https://www.tiktok.com/@chorrillos.peleas/video/7314418220917. His mother wants to sue the school; his father wants to move back to Andahuaylas. He is sleeping in his school uniform. I'm not sure whether to see the family together or him alone first.", ('place', 'Chorrillos'), ('name', 'Anyelo Quispe Huamán'), ('url', 'https://www.tiktok.com/@chorrillos.peleas/video/7314418220917'), ('place', 'Andahuaylas')),
    C('Teen clients in France keep mentioning Discord, Roblox and TikTok challenges; the CNIL guidance and the e-Enfance 3018 line are what I give parents on Wednesdays.'),
    C("Montenegro: Vesna Radulović, Cetinje's Bajice, husband fell in the gun club shooting, JMBG 1503979215076, email vesna.r.cetinje@t-com.me.", ('name', 'Vesna Radulović'), ('place', "Cetinje's Bajice"), ('ssn', '1503979215076'), ('email', 'vesna.r.cetinje@t-com.me')),
    C('Peruvian licence Q44718227, mototaxi driver Wilmer Condori Apaza, Ilave, hit a child.', ('licence', 'Q44718227'), ('name', 'Wilmer Condori Apaza'), ('place', 'Ilave')),
    C("Kasia Wróblewska's husband, Bogumił Wróblewski, turned up at the clinic in Jastrzębie-Zdrój drunk and shouting.", ('name', 'Kasia Wróblewska'), ('name', 'Bogumił Wróblewski'), ('place', 'Jastrzębie-Zdrój')),
    C("For Appalachian clients, Elizabeth Catte's book and J.D. Vance's Hillbilly Elegy spark very different reactions in our Wednesday group."),
    C('Has anyone used the ITQ alongside the PCL-5 with Breton-speaking clients? The French validation by Ashbaugh works, but the idioms in Brittany are different and Gwenn-ha-du flags come up a lot.'),
    C("I'm stuck with Armen. He won't say why he left Stepanakert-Krkzhan and I think the silence is the work.", ('name', 'Armen'), ('place', 'Stepanakert-Krkzhan')),
    C('fax from the hospital came through garbled: "Fax: 02 97 64 81 19 / Patient Armelle Guillou / IPP GHBS 00448217" - who do I call?', ('fax', '02 97 64 81 19'), ('name', 'Armelle Guillou'), ('medical_record', 'GHBS 00448217')),
    C("I'm consulting on a couple from the Valais: she is Séverine Imboden, he is Kilian Zurbriggen, and they run the mountain hut above Saas-Almagell where the guide died in the avalanche two winters ago. He sleeps in the hut alone now, she has moved down to the valley, and the insurer (CSS, member CSS 441.178.220) wants a report on his fitness to work as a guide again. How do you write that without breaking the therapy?", ('name', 'Séverine Imboden'), ('name', 'Kilian Zurbriggen'), ('place', 'Saas-Almagell'), ('health_plan', 'CSS 441.178.220')),
    C("Client in Cornwall, Jago Penhallow, lost the boat's licence after the crash, boat reg FH 742, wife asking for couples work. his email is jago.penhallow73@btinternet.com", ('name', 'Jago Penhallow'), ('vehicle', 'FH 742'), ('email', 'jago.penhallow73@btinternet.com')),
    C('Vermont teen with a Dexcom G7, Ellery Fontaine, transmitter Dexcom G7 SN 4GH7TKW9Q2, her ex has the follow app and tracks her.', ('name', 'Ellery Fontaine'), ('device', 'Dexcom G7 SN 4GH7TKW9Q2')),
    C("Messy consultation. My client, Jaroslav Kučera, drove the tram in Ostrava-Poruba that hit a child on the 3rd of March 2025. He's been signed off for months, the transport company's doctor at zavodnilekar@dpo-ostrava-pece.cz wants him back, and his licence (řidičský průkaz EH 447182) has been suspended pending investigation. He says he'd rather drive a lorry abroad than see the route again. Should I support a return plan at all?", ('name', 'Jaroslav Kučera'), ('place', 'Ostrava-Poruba'), ('date', 'the 3rd of March 2025'), ('email', 'zavodnilekar@dpo-ostrava-pece.cz'), ('licence', 'řidičský průkaz EH 447182')),
    C('Question on Duloxetine 60 mg and Tramadol 50 mg together; Serotonin Syndrome risk is real, the FDA warns, and our Mexican client buys Tramadol over the counter in Sonora.'),
    C('My Cornish client has started writing his dead brother letters in the old language. Kitto calls it "talking to the fogou".', ('name', 'Kitto')),
    C('Basque client, Itziar Goikoetxea Arrizabalaga, DNI 72584196-K, Kale Nagusia 31, 2. ezk. 20800 Zarautz-Urdaneta auzoa. Osakidetza historia OSK-4471902. Sister killed by ETA car bomb in June 1987; now her son joins the commemorations.', ('name', 'Itziar Goikoetxea Arrizabalaga'), ('ssn', '72584196-K'), ('street_address', 'Kale Nagusia 31, 2. ezk.'), ('zip_code', '20800'), ('place', 'Zarautz-Urdaneta auzoa'), ('medical_record', 'OSK-4471902'), ('date', 'June 1987')),
    C("Coastguard diver Salvatore Sferlazzo, Lampedusa, carta d'identità CA 44172 RB, licence patente nautica LP 04471, boat PT 3018 D.", ('name', 'Salvatore Sferlazzo'), ('place', 'Lampedusa'), ('ssn', 'CA 44172 RB'), ('licence', 'patente nautica LP 04471'), ('vehicle', 'PT 3018 D')),
    C("Alaska plate AK JKT 447, Nebraska plate NE 22-K417, both belonging to Jasper Klein, the stalking ex of my client in Homer's East End Road.", ('vehicle', 'AK JKT 447'), ('vehicle', 'NE 22-K417'), ('name', 'Jasper Klein'), ('place', "Homer's East End Road")),
    C('Monaco: asking for a colleague, client is Stéphane Gastaldi, croupier, Caisses Sociales de Monaco number CSM 044 718 223. Gambling ban list, wants to self-exclude at the casinos in Beausoleil too.', ('name', 'Stéphane Gastaldi'), ('health_plan', 'CSM 044 718 223'), ('place', 'Beausoleil')),
    C("Acadian client in New Brunswick, Réjeanne Thériault, 88 chemin du Portage, Lamèque-Pigeon Hill, NB E8T 1R2, fish plant closure, husband's gambling. NB Medicare NBM 204 881 337.", ('name', 'Réjeanne Thériault'), ('street_address', '88 chemin du Portage'), ('place', 'Lamèque-Pigeon Hill'), ('zip_code', 'E8T 1R2'), ('health_plan', 'NBM 204 881 337')),
    C("My Scottish client's AUDIT score was 24 in August and 11 in November; Antabuse helped, and so did the SMART Recovery meetings on Tuesdays."),
    C('El Salvador: Wilfredo Antonio Rivas Menjívar, Soyapango, brother detained under the régimen de excepción since 28 March 2022, DUI 05418273-9. Call his wife +503 7219 4480.', ('name', 'Wilfredo Antonio Rivas Menjívar'), ('place', 'Soyapango'), ('date', '28 March 2022'), ('ssn', '05418273-9'), ('phone', '+503 7219 4480')),
    C('France, Lorraine: Jean-Marc Wagner, former miner in Freyming-Merlebach, silicosis, fax the CPAM 03 87 81 42 19, carte Vitale 1 58 07 57 240 118 36.', ('name', 'Jean-Marc Wagner'), ('place', 'Freyming-Merlebach'), ('fax', '03 87 81 42 19'), ('health_plan', '1 58 07 57 240 118 36')),
    C('Pernambuco: Ana Cláudia Ferreira Lins, Rua do Hospício 415, apto 802, Boa Vista, 50050-050, lost her son in the Alto da Brasilit landslide on 28 May 2022.', ('name', 'Ana Cláudia Ferreira Lins'), ('street_address', 'Rua do Hospício 415, apto 802'), ('place', 'Boa Vista'), ('zip_code', '50050-050'), ('place', 'Alto da Brasilit'), ('date', '28 May 2022')),
    C('Garifuna client from Punta Gorda on Roatán, Dilcia Castillo Arzú, DNI 0501-1988-04417, son disappeared crossing Mexico. She sends money through Tigo Money 9441-2870.', ('place', 'Punta Gorda'), ('place', 'Roatán'), ('name', 'Dilcia Castillo Arzú'), ('ssn', '0501-1988-04417'), ('account', 'Tigo Money 9441-2870')),
    C("Monaco client's hearing aids: Lucienne Notari, Phonak Lumity L90 SN 2217-A4418, 92 at the Fête-Dieu, says the devices make the dead talk.", ('name', 'Lucienne Notari'), ('device', 'Phonak Lumity L90 SN 2217-A4418'), ('age_over_89', '92 at the Fête-Dieu')),
    C("Yup'ik client in the Y-K Delta, Nanugaq Charlie Kashatok, from Napakiak's upriver side, YKHC chart YK-0883412, Alaska Medicaid AK MCD 4471 0936 58. His nephew drowned through the river ice on Holy Saturday, 19 April 2025. Village phone (907) 589-2217.", ('place', 'Y-K Delta'), ('name', 'Nanugaq Charlie Kashatok'), ('place', "Napakiak's upriver side"), ('medical_record', 'YK-0883412'), ('health_plan', 'AK MCD 4471 0936 58'), ('date', 'Holy Saturday, 19 April 2025'), ('phone', '(907) 589-2217')),
    C('For the Slovene and Croatian clients, I use the EuroPsy standards from the EFPA and the Kübler-Ross stages, which some find too American and too Protestant.'),
    C('A Dominican client says "me dio un ataque de nervios" after every phone call home. The DSM-5-TR Cultural Formulation Interview has helped, as has Devon Hinton\'s work.'),
    C('Slovak payment for Zuzana Hlinková: IBAN SK47 0900 0000 0051 4471 8822, she asked for receipts to zuzka.hlinkova@azet.sk.', ('name', 'Zuzana Hlinková'), ('account', 'SK47 0900 0000 0051 4471 8822'), ('email', 'zuzka.hlinkova@azet.sk')),
    C("Long consultation request from the Canaries: the kayuko arrivals in La Restinga harbour on El Hierro. I'm seeing a Red Cross volunteer, Yurena Padrón Quintero, who pulled bodies out of a boat on 22 October 2023; she has flashbacks when she smells diesel and she's drinking before shifts. Her coordinator wrote from yurena.padron@cruzroja-hierro.org asking if she can keep volunteering. Thoughts on what to say?", ('place', 'La Restinga harbour'), ('place', 'El Hierro'), ('name', 'Yurena Padrón Quintero'), ('date', '22 October 2023'), ('email', 'yurena.padron@cruzroja-hierro.org')),
    C("Here's the situation. A Salvadoran mother in Houston's Gulfton, Reina Isabel Alvarenga, whose son was deported and murdered in Apopa within weeks, keeps getting calls from a man who says he has his phone. Her number is (832) 447-2108 and the calls come from +503 6014 7719. She hasn't told the police because of her own status. She has an A-number (A 208 117 944). What are people's thoughts on safety planning here?", ('place', "Houston's Gulfton"), ('name', 'Reina Isabel Alvarenga'), ('place', 'Apopa'), ('phone', '(832) 447-2108'), ('phone', '+503 6014 7719'), ('ssn', 'A 208 117 944')),
    C("Emotionally focused therapy with Sue Johnson's Hold Me Tight in Spanish: has anyone run the HMT programme for Colombian or Venezuelan couples?"),
    C("Nunavik elder Jaani Ikidluak, 92 by the church record, Kangiqsujuaq, refuses the nursing home in Montreal's Côte-des-Neiges.", ('name', 'Jaani Ikidluak'), ('age_over_89', '92 by the church record'), ('place', 'Kangiqsujuaq'), ('place', "Montreal's Côte-des-Neiges")),
    C('Greek client Eleni Tsakiri, pays from GR16 0110 1250 0000 0001 2300 695, her husband controls the card.', ('name', 'Eleni Tsakiri'), ('account', 'GR16 0110 1250 0000 0001 2300 695')),
    C('Lina Haberkorn, 101 since Martinmas, Bad Neuenahr, flood survivor, wants her old house.', ('name', 'Lina Haberkorn'), ('age_over_89', '101 since Martinmas'), ('place', 'Bad Neuenahr')),
    C('In Portuguese-speaking Brazil the SUS uses the SRQ-20 and the CAPS AD; the RAPS guidance from the Ministério da Saúde is being revised in July.'),
    C("Our French colleagues swear by the brief therapy of the Mental Research Institute and Paul Watzlawick's Change; I'm more of a Lacanian, honestly."),
    C('Venezuelan client pays her mother by Zinli @yusmari.brc; PagoMóvil to 0102-0447-18-2291 in Maracay.', ('account', 'Zinli @yusmari.brc'), ('account', '0102-0447-18-2291'), ('place', 'Maracay')),
    C("Can someone take over Mairéad Ní Bhriain Uí Fhlatharta while I'm on leave? She moved to Carraroe's Baile na hAbhann end, 3A Bóthar na Trá Íochtarach, Eircode H91 X2K7, PPSN 8815207RA. Grief after the currach accident, very private.", ('name', 'Mairéad Ní Bhriain Uí Fhlatharta'), ('place', "Carraroe's Baile na hAbhann end"), ('street_address', '3A Bóthar na Trá Íochtarach'), ('zip_code', 'H91 X2K7'), ('ssn', '8815207RA')),
    C("Anyone using the PHQ-A with Slovak or Czech teens? The Slovak Ministry of Education's school psychologists prefer the CDI-2 from Kovacs, and the MHS licence costs a fortune each September."),
    C('Belize: Marisol Chun, Mopan Maya, San Antonio village in Toledo, SSB number SSB 000547 122. Lost her husband to the oil-palm truck crash.', ('name', 'Marisol Chun'), ('place', 'San Antonio'), ('ssn', 'SSB 000547 122')),
    C("client's ex drives a white transit, reg YS19 XKT, seen on Mossgiel Avenue in Kilmarnock-Onthank twice this week.", ('vehicle', 'YS19 XKT'), ('street_address', 'Mossgiel Avenue'), ('place', 'Kilmarnock-Onthank')),
    C('Iraci Terena Rondon, from the Aldeia Bananal near Aquidauana, says her grief is "land grief."', ('name', 'Iraci Terena Rondon'), ('place', 'Aldeia Bananal'), ('place', 'Aquidauana')),
    C("South Texas, María Guadalupe Treviño Saldaña, 312 Calle Nopal, Las Milpas colonia Tierra Bella, Pharr's north side TX 78577-6213, A-number A 219-447-803, daughter still in ICE detention in Raymondville.", ('name', 'María Guadalupe Treviño Saldaña'), ('street_address', '312 Calle Nopal'), ('place', 'Las Milpas colonia Tierra Bella'), ('place', "Pharr's north side"), ('zip_code', '78577-6213'), ('ssn', 'A 219-447-803'), ('place', 'Raymondville')),
    C("French pilot's licence FR.FCL.PPL.A.0447218, client Thierry Marchand, crash at Saint-Cyr-l'École aerodrome, passenger died.", ('licence', 'FR.FCL.PPL.A.0447218'), ('name', 'Thierry Marchand'), ('place', "Saint-Cyr-l'École")),
    C("On Thursdays I co-facilitate a Men's Shed group with Movember funding; the lads prefer fishing metaphors to anything from Beck or Ellis, and we end with the WEMWBS."),
    C("Clinical: Valproate 1000 mg, a woman of childbearing age, and the MHRA's Valproate Pregnancy Prevention Programme says she needs a Specialist review by March. The GP is unaware."),
    C("Supervision notes: I keep confusing internal family systems with schema therapy in my formulations. Is Richard Schwartz's book or Jeffrey Young's Reinventing Your Life the better start for a CBT person?"),
    C("Seosamh Ó Gallchobhair from Gortahork, age 91 and a half last Samhain, refuses the care home, says the Gaeltacht is the only place he can understand anyone. His daughter's number +353 74 913 5520.", ('name', 'Seosamh Ó Gallchobhair'), ('place', 'Gortahork'), ('age_over_89', '91 and a half last Samhain'), ('phone', '+353 74 913 5520')),
    C('Slovak client Tibor Gašparík, journalist in Veľká Mača, threatened on a blog https://pravdaozapade.blogspot.com/2025/11/gasparik.html.', ('name', 'Tibor Gašparík'), ('place', 'Veľká Mača'), ('url', 'https://pravdaozapade.blogspot.com/2025/11/gasparik.html')),
    C("Her father, 99 and three weeks, Evangelos Mylonas, lives on Anafi and won't take the ferry to the hospital.", ('age_over_89', '99 and three weeks'), ('name', 'Evangelos Mylonas'), ('place', 'Anafi')),
    C('Marisol Ayala Cepeda says her abuela in Loíza-Medianía Alta never talked about the 1950 uprising.', ('name', 'Marisol Ayala Cepeda'), ('place', 'Loíza-Medianía Alta')),
    C('Canary Islands, La Palma volcano: Candelaria Pérez Hernández, lost the finca in Todoque-La Laguna, DNI 42198733-Z, Servicio Canario historia SCS-HC 2204417.', ('place', 'La Palma'), ('name', 'Candelaria Pérez Hernández'), ('place', 'Todoque-La Laguna'), ('ssn', '42198733-Z'), ('medical_record', 'SCS-HC 2204417')),
    C('England: Zainab Idrissi-Khalfaoui, tower fire survivor, lives now at Flat 9, 44 Bramley Road, North Kensington, W10 6SP, fax from the GP 020 8962 4417.', ('name', 'Zainab Idrissi-Khalfaoui'), ('street_address', 'Flat 9, 44 Bramley Road'), ('place', 'North Kensington'), ('zip_code', 'W10 6SP'), ('fax', '020 8962 4417')),
    C("I'm using the Columbia Suicide Severity Rating Scale, the C-SSRS, in Spanish with Venezuelan clients and some items feel odd. Does the OPS version read better than the Mexican one?"),
    C("Michigan client Tamika Renee Hollins, 2318 Cloverlawn Dr, Flint, MI 48504, her son's lead levels, she blames herself. Michigan Medicaid MI MCD 1104 7720 13.", ('name', 'Tamika Renee Hollins'), ('street_address', '2318 Cloverlawn Dr'), ('place', 'Flint'), ('zip_code', '48504'), ('health_plan', 'MI MCD 1104 7720 13')),
    C("We're doing Open Dialogue in a New England team: Jaakko Seikkula's principles, with the Peer-Supported Open Dialogue training from the UK's NELFT."),
    C("Alaska commercial fishing permit CFEC S03T 64471B, holder Arne Hansen, Petersburg's Scow Bay, crewman drowned.", ('licence', 'CFEC S03T 64471B'), ('name', 'Arne Hansen'), ('place', "Petersburg's Scow Bay")),
    C('Longer. A man I see, a former ski-lift technician from Kaprun in Salzburg, Gerhard Rainer, was a volunteer at the 2000 funicular fire and has never spoken of it. He is now 71 and has been referred because he stopped going outside after his grandson chose the same resort for a school trip. His wife calls daily from +43 6547 8274, his e-card number is SVNR 2214 280755. Does anyone have experience of such delayed onset?', ('place', 'Kaprun'), ('name', 'Gerhard Rainer'), ('phone', '+43 6547 8274'), ('health_plan', 'SVNR 2214 280755')),
    C('Aurélien Castagné says Ax-les-Thermes feels like a tomb since the ski station closed.', ('name', 'Aurélien Castagné'), ('place', 'Ax-les-Thermes')),
    C("Cherokee Nation citizen Wahya Sixkiller, tribal ID CN 0047319, Tahlequah's Park Hill, lost her brother in the Stilwell-Baron meth house fire. Cherokee Nation Health chart CNHS-557310.", ('name', 'Wahya Sixkiller'), ('ssn', 'CN 0047319'), ('place', "Tahlequah's Park Hill"), ('place', 'Stilwell-Baron'), ('medical_record', 'CNHS-557310')),
    C('Haitian client in Montréal-Nord, near Pie-IX, Wilner Pierre-Louis, RAMQ PIEW 7712 0519, earthquake survivor, lost his wife under the school in Carrefour-Mariani. His TikTok https://www.tiktok.com/@wilnerpl_mtl posts her photos daily.', ('place', 'Montréal-Nord, near Pie-IX'), ('name', 'Wilner Pierre-Louis'), ('health_plan', 'PIEW 7712 0519'), ('place', 'Carrefour-Mariani'), ('url', 'https://www.tiktok.com/@wilnerpl_mtl')),
    C('Pacemaker check for Jacques Morvan: Biotronik Enitra 8 DR-T SN 68447219, he wants it "switched off" since his wife died in Concarneau.', ('name', 'Jacques Morvan'), ('device', 'Biotronik Enitra 8 DR-T SN 68447219'), ('place', 'Concarneau')),
    C("Have you seen the grief work Nicolae Ursu describes from his years in Cimișlia? He's my client, a retired teacher.", ('name', 'Nicolae Ursu'), ('place', 'Cimișlia')),
    C("Venezuelan in Cúcuta's barrio Cuberos Niño: Yusmary del Valle Briceño, cédula V-19.447.208, PEP PEP 4418 2290 1173 8805, walked from Barquisimeto with two kids. WhatsApp +57 321 448 0917.", ('place', "Cúcuta's barrio Cuberos Niño"), ('name', 'Yusmary del Valle Briceño'), ('ssn', 'V-19.447.208'), ('licence', 'PEP 4418 2290 1173 8805'), ('place', 'Barquisimeto'), ('phone', '+57 321 448 0917')),
    C("We're translating the K10 into Maltese for the Richmond Foundation; the University of Malta's Psychology Department offered to check it in December."),
    C("Nunavut: Elisapee Qaunnaq, Pangnirtung's upper road, NU health card NU 1 044 728 19, lost two sons to suicide, still hunts alone. Qikiqtani General chart QGH-301877.", ('name', 'Elisapee Qaunnaq'), ('place', "Pangnirtung's upper road"), ('health_plan', 'NU 1 044 728 19'), ('medical_record', 'QGH-301877')),
    C("West Virginia coal family, Loretta Mae Blankenship, Welch-Gary Hollow, widow of a miner. She's 91 going on 92, still drives her husband's truck, WV plate 5KT 318.", ('name', 'Loretta Mae Blankenship'), ('place', 'Welch-Gary Hollow'), ('age_over_89', '91 going on 92'), ('vehicle', '5KT 318')),
    C("Latvian client Kristaps Ozoliņš-Vītols, personas kods 120379-14206, lives at Brīvības iela 211-34, Rīga's Pļavnieki LV-1084, Zolitūde roof collapse survivor, still won't enter supermarkets.", ('name', 'Kristaps Ozoliņš-Vītols'), ('ssn', '120379-14206'), ('street_address', 'Brīvības iela 211-34'), ('place', "Rīga's Pļavnieki"), ('zip_code', 'LV-1084'), ('place', 'Zolitūde')),
    C("Long request from rural Quebec: a dairy couple in Saint-Hyacinthe, Mélanie Bouchard-Lussier and Yannick Gagnon, whose youngest drowned in the manure pit on St John's Eve 2024. They are still milking twice a day, have not cried in front of the other children, and the UPA counsellor at 450 774-4418 asked me to take over. He won't come to sessions. She wants home visits. Safe to do home visits on a working farm?", ('place', 'Saint-Hyacinthe'), ('name', 'Mélanie Bouchard-Lussier'), ('name', 'Yannick Gagnon'), ('date', "St John's Eve 2024"), ('phone', '450 774-4418')),
    C('Our Portuguese-speaking Cape Verdean clients in Massachusetts and the Azoreans talk about "sodade"; Cesária Évora\'s songs open every Thursday support group.'),
    C('The French HAS guidelines on PTSD now endorse EMDR and TF-CBT; the national resilience centre runs free webinars on Tuesdays in October.'),
    C("Reading list for the Spanish trainees: Boris Cyrulnik's Los patitos feos, Irvin Yalom's El Don de la Terapia and the Colegio's ethics code."),
    C('Anyone trained in Trauma-Focused CBT via the TF-CBT Web 2.0 from the Medical University of South Carolina? The PRACTICE components fit Honduran kids.'),
    C('West Virginia ex-miner on oxygen, Roy Lee Hatfield, Matewan, concentrator Inogen G5 SN 2118447027, power shut-off in the ice storm.', ('name', 'Roy Lee Hatfield'), ('place', 'Matewan'), ('device', 'Inogen G5 SN 2118447027')),
    C('Incoming fax +34 922 47 18 26 from the island health centre re Domingo Acosta Rodríguez, Las Manchas, historia HUC-LP 7740221.', ('fax', '+34 922 47 18 26'), ('name', 'Domingo Acosta Rodríguez'), ('place', 'Las Manchas'), ('medical_record', 'HUC-LP 7740221')),
    C('Mateus Vinícius from the Coque in Recife-Joana Bezerra has started drawing the police raid over and over.', ('name', 'Mateus Vinícius'), ('place', 'Coque'), ('place', 'Recife-Joana Bezerra')),
    C("Haitian man in Little Haiti's Lemon City, Jean-Robert Célestin, insulin pump Omnipod 5 PDM 110-4417-2291, skipping boluses since the eviction. Phone (305) 758-4431.", ('place', "Little Haiti's Lemon City"), ('name', 'Jean-Robert Célestin'), ('device', 'Omnipod 5 PDM 110-4417-2291'), ('phone', '(305) 758-4431')),
    C("Quick pharmacology question: Lithium level 0.9 mmol/L on Monday, TSH up to 6.2 in October, and she's started Levothyroxine 25 mcg. The psychiatrist at the CMHT isn't worried. Should I be?"),
    C("Anyone use the Circle of Security Parenting programme with Inuit families? The Cooper, Hoffman and Powell manual uses images that don't fit Nunavut's communities."),
    C("Hello all, Alsace here. Lady is 93 ans et demi, Marie-Odile Schaeffer, 7 Rue des Vignerons, 68340 Riquewihr, husband was a malgré-nous, she's started hiding bread again. Caisse: MSA MSA 268-041-77302.", ('age_over_89', '93 ans et demi'), ('name', 'Marie-Odile Schaeffer'), ('street_address', '7 Rue des Vignerons'), ('zip_code', '68340'), ('place', 'Riquewihr'), ('health_plan', 'MSA 268-041-77302')),
    C('the scooter plate AB-441-KP belongs to karim benhaddou, the young man who keeps following my client home to la savine.', ('vehicle', 'AB-441-KP'), ('name', 'karim benhaddou'), ('place', 'la savine')),
    C("I run a Monday group for Greek Cypriot women using Kristin Neff's Self-Compassion Scale and the MSC programme; Orthodox Lent changes attendance every March."),
    C("Armenian in Glendale's Adams Hill: Anahit Ter-Petrosyan, her son died in the 2020 war in Hadrut, she posts nightly on https://www.facebook.com/anahit.glendale.artsakh. Phone (818) 244-7106.", ('place', "Glendale's Adams Hill"), ('name', 'Anahit Ter-Petrosyan'), ('place', 'Hadrut'), ('url', 'https://www.facebook.com/anahit.glendale.artsakh'), ('phone', '(818) 244-7106')),
    C('Suriname: Soekdew Ramdin, Nieuw Nickerie-Wageningen, rice farmer, flood debts, ID ID FB 045732. Email s.ramdin.nickerie@sr.net.', ('name', 'Soekdew Ramdin'), ('place', 'Nieuw Nickerie-Wageningen'), ('ssn', 'ID FB 045732'), ('email', 's.ramdin.nickerie@sr.net')),
    C("Peer group, Wednesday: Brené Brown's Daring Greatly versus Kristin Neff's Fierce Self-Compassion, and whether either translates for Quebecois or Acadian clients."),
    C('Russian anti-war exile in Belgrade-Zemun, Yegor Solovyov, doxxed on https://t.me/s/predateli_belgrad/4471, lives at Bulevar oslobođenja 118, stan 9, Novi Sad-Liman IV, 21137.', ('place', 'Belgrade-Zemun'), ('name', 'Yegor Solovyov'), ('url', 'https://t.me/s/predateli_belgrad/4471'), ('street_address', 'Bulevar oslobođenja 118, stan 9'), ('place', 'Novi Sad-Liman IV'), ('zip_code', '21137')),
    C("Does anyone have the Slovak version of the WHO-5? The Ministry of Health's website lists only the Czech and Hungarian ones, and our Roma clients prefer Romani anyway."),
    C('Portal: Brendan Forde, last login 2026-01-14 02:11 from 86.44.172.19, session notes downloaded.', ('name', 'Brendan Forde'), ('date', '2026-01-14'), ('ip_address', '86.44.172.19')),
    C("Our Tuesday group for Venezuelan women uses Clarissa Pinkola Estés's Mujeres que Corren con los Lobos, which half of them already read at home."),
    C('Michigan: DeShawn Mitchell, SSN 372-61-5508, auto plant layoff, panic attacks on the Lodge. Michigan CDL M 423 117 806 552.', ('name', 'DeShawn Mitchell'), ('ssn', '372-61-5508'), ('licence', 'M 423 117 806 552')),
    C('oisín b says the lads in tallaght\'s fettercairn call it "the bad year" and leave it there.', ('name', 'oisín b'), ('place', "tallaght's fettercairn")),
    C('Miskito elder Tía Rosalina Cunningham, 104 they say, Krukira, asks about her drowned grandsons daily.', ('name', 'Rosalina Cunningham'), ('age_over_89', '104 they say'), ('place', 'Krukira')),
    C('Guerrero: mother of a missing student from Tixtla, Cristina Bautista Salvador, still marching every 26th. Email cristinabs.tixtla@hotmail.com.', ('place', 'Tixtla'), ('name', 'Cristina Bautista Salvador'), ('email', 'cristinabs.tixtla@hotmail.com')),
    C("Anyone here a Registered Play Therapist with APT? The Axline principles and Garry Landreth's book are core, but our Ukrainian kids need Russian-free toys."),
    C("Tried the Tree of Life methodology by Ncazelo Ncube with Garifuna teenagers in New York State; David Denborough's book was key."),
    C('For Icelanders, "þetta reddast" is the cultural answer to everything; has anyone discussed it with Icelandic colleagues at the Nordic Psychology Congress in June?'),
    C("Longer story: an Uruguayan gaucho's son, Washington Núñez Pereyra, from Paso de los Toros, who found his father hanged in the galpón at the estancia where they both worked. He is 22, has moved to Montevideo-Aguada, works nights as a guard at Bulevar Artigas 1410, and is being paid in cash. He wants to go back for the yerra in October but is afraid. Any ideas for preparing an anniversary visit?", ('name', 'Washington Núñez Pereyra'), ('place', 'Paso de los Toros'), ('place', 'Montevideo-Aguada'), ('street_address', 'Bulevar Artigas 1410')),
    C("New Brunswick licence NB 4471822, client Luc Doiron, Caraquet's Haut-Sainte-Anne, truck driver, killed a moose and the passenger died.", ('licence', 'NB 4471822'), ('name', 'Luc Doiron'), ('place', "Caraquet's Haut-Sainte-Anne")),
    C('Long-ish, about a Mennonite client in Spanish Lookout, Abram Friesen Dueck, excommunicated after buying a truck, plate BZ C-44172, and his wife Sara Dueck is not allowed to speak to him. He is sleeping in the machine shed and has stopped eating. The bishop rang me from +501 823 0417. Do I talk to the bishop?', ('place', 'Spanish Lookout'), ('name', 'Abram Friesen Dueck'), ('vehicle', 'BZ C-44172'), ('name', 'Sara Dueck'), ('phone', '+501 823 0417')),
    C('Salvadoran remittance receipt: Yesenia Portillo, account Banco Agrícola 3300-447-128-6, receiver in Nueva Concepción.', ('name', 'Yesenia Portillo'), ('account', 'Banco Agrícola 3300-447-128-6'), ('place', 'Nueva Concepción')),
    C("I'd appreciate help with a fisherman's widow from Båtsfjord, Randi Pettersen Mikkola, fødselsnummer 04115831742, whose husband's boat F-117-BD went down off Makkaur in a storm three Novembers ago. She's been calling the coastguard every time a boat is late back, and the local police have asked her therapist to 'do something'. Where would you start?", ('place', 'Båtsfjord'), ('name', 'Randi Pettersen Mikkola'), ('ssn', '04115831742'), ('vehicle', 'F-117-BD'), ('place', 'Makkaur')),
    C('Is the OSSS-3 validated in Spanish? Our Uruguayan and Argentine clients use the MSPSS by Zimet; the PAHO office in December sent both.'),
    C('Matylda Zachariasz has stopped eating since her son left for the front from Przemyśl-Lipowica. She is Polish, he volunteered with the Ukrainians.', ('name', 'Matylda Zachariasz'), ('place', 'Przemyśl-Lipowica')),
    C("Our Tuesday peer group will discuss Gabor Maté's In the Realm of Hungry Ghosts and the Portuguese decriminalisation model, with a speaker from SICAD in February."),
    C('maribel ticona from pocollay has asked about group therapy for the other mothers.', ('name', 'maribel ticona'), ('place', 'pocollay')),
    C("Maltese client pays via Revolut @carmelborg77, name Carmel Borg, Marsaxlokk's Delimara side, fisherman.", ('account', 'Revolut @carmelborg77'), ('name', 'Carmel Borg'), ('place', "Marsaxlokk's Delimara side")),
    C("I'm seeing Ruairí Mac Giolla Bhríde again; he's moved back to Gaoth Dobhair's Machaire Chlochair and says the Irish helps him say things he can't in English.", ('name', 'Ruairí Mac Giolla Bhríde'), ('place', "Gaoth Dobhair's Machaire Chlochair")),
    C("Is anyone trained in compassion focused therapy from the Compassionate Mind Foundation? Paul Gilbert's The Compassionate Mind helped my client more than CBT ever did."),
    C("Liechtenstein: Annemarie Frommelt, AHV 756.4129.3380.27, farmer's widow in Triesenberg-Masescha, Walser dialect only. Phone +423 268 14 52.", ('name', 'Annemarie Frommelt'), ('ssn', '756.4129.3380.27'), ('place', 'Triesenberg-Masescha'), ('phone', '+423 268 14 52')),
    C('Cyberstalking in Quebec: the ex runs https://genevieve-la-menteuse.wordpress.com about Geneviève Tremblay-Dufour, Chicoutimi-Nord.', ('url', 'https://genevieve-la-menteuse.wordpress.com'), ('name', 'Geneviève Tremblay-Dufour'), ('place', 'Chicoutimi-Nord')),
    C('For Puerto Rican families after Hurricane Fiona, the ataque de nervios literature of Peter Guarnaccia and the FEMA counseling guides are what we use.'),
    C('A Honduran client on Fluoxetine 20 mg says "me agarró el susto" after the earthquake drills in September. Has anyone used Arthur Rubel\'s work on Susto in practice?'),
    C('Anyone near Alexandroupoli? The Evros fire evacuee, Paraskevi Tsiapali, needs someone local.', ('place', 'Alexandroupoli'), ('place', 'Evros'), ('name', 'Paraskevi Tsiapali')),
    C("A Cuban client talks about Santería and the orishas; I've used Migene González-Wippler's books and consulted an Ifá practitioner through the Lukumí Church in Florida."),
    C("I'd like reading on Romani mental health: Ian Hancock's book, and the European Roma Rights Centre's reports; the ERIAC has a series too."),
    C("Question about Esketamine vs ECT for an elderly Greek client with psychotic depression; the Royal College of Psychiatrists' handbook says ECT first, her family says Panagia first."),
    C('Clinical question: a client on Clozapine 400 mg with an ANC of 1.8 and tachycardia at 112 bpm wants to try Cold Water Immersion, the Wim Hof Method. Cardiology said no.'),
    C('Trinidadian referral: Anil Ramoutar, Couva-Preysal, oil worker burned at the refinery, NIS NIS 118-204-775. General Hospital file POSGH 44-0917.', ('name', 'Anil Ramoutar'), ('place', 'Couva-Preysal'), ('ssn', 'NIS 118-204-775'), ('medical_record', 'POSGH 44-0917')),
    C("I've been recommended Peter Levine's Waking the Tiger and Pat Ogden's Sensorimotor Psychotherapy for a client with dissociative seizures. Any views on the FND Hope materials?"),
    C("Alaska: CPAP for Tobias Nanalook, Togiak's Twin Hills side, ResMed AirSense 11 SN 23217744901, the village generator keeps cutting, he's stopped using it and the nightmares returned.", ('name', 'Tobias Nanalook'), ('place', "Togiak's Twin Hills side"), ('device', 'ResMed AirSense 11 SN 23217744901')),
    C('Newfoundland: Bride Kavanagh, Petty Harbour-Maddox Cove, MCP NL MCP 442 119 006 771, husband lost on a longliner on 28 March 2023. Call 709-368-4412.', ('name', 'Bride Kavanagh'), ('place', 'Petty Harbour-Maddox Cove'), ('health_plan', 'NL MCP 442 119 006 771'), ('date', '28 March 2023'), ('phone', '709-368-4412')),
    C("For perinatal loss, I like Joanne Cacciatore's Bearing the Unbearable and the MISS Foundation; a Puerto Rican client also found Sands and the Tommy's leaflets useful."),
    C('For Armenian clients, the Diaspora trauma work of Anie Kalayjian and the Meaning-Centered Therapy of Viktor Frankl fit well.'),
    C("Minas Gerais widow, Sueli Aparecida Rocha, Córrego do Feijão village, still waiting for the mining company's indemnity, CNH CNH 04417218839, car PXK-4J17.", ('name', 'Sueli Aparecida Rocha'), ('place', 'Córrego do Feijão village'), ('licence', 'CNH 04417218839'), ('vehicle', 'PXK-4J17')),
    C('Latvian clients often mention Līgo and Jāņi as the hardest nights after a death. Has anyone used the Inventory of Complicated Grief with them in Latvian or Russian?'),
    C('A Québécois client on Escitalopram 15 mg says "j\'ai le moton" every Sunday evening before work. The Ordre and the INSPQ have nothing on French-Canadian idioms of distress.'),
    C('Polish clients sometimes ask about NFZ reimbursement for Psychotherapy under the Narodowy Program Ochrony Zdrowia Psychicznego. Does anyone know the current rules for January?'),
    C("Peer consult: Lorazepam 1 mg PRN, Clonazepam 0.5 mg at bedtime and Zopiclone 7.5 mg; the client's GP in Ontario won't deprescribe until March. Any Ashton Manual users?"),
    C("Does the MoCA cut-off of 26 still hold for clients with little schooling? Nasreddine's own papers in the Journal of the American Geriatrics Society suggest adjusting, and the Alzheimer's Society says the same for Welsh speakers."),
    C('Question about Bupropion 300 mg and Varenicline together for smoking cessation in Schizophrenia; the EAGLES trial in The Lancet says fine, our pharmacist on Mondays says no.'),
    C('My client is on Sertraline 150 mg and Quetiapine 25 mg at night; the GP wants to add Pregabalin before Christmas. Any thoughts from the NICE guidance on combining them in someone with COPD?'),
    C('Fax cover: To Dr. Okpara-Nwosu, From the Nunavut mental health team, Fax 867-975-4418, re Aputi Kilabuk, Kimmirut.', ('name', 'Okpara-Nwosu'), ('fax', '867-975-4418'), ('name', 'Aputi Kilabuk'), ('place', 'Kimmirut')),
    C('Our DBT-A team uses the Life Worth Living goals from Alec Miller and Jill Rathus; school refusal spikes every September and again after the February half-term.'),
    C("We're starting an acceptance and commitment therapy group in January, based on Russ Harris's The Happiness Trap, with the Hexaflex on the wall and AAQ-II scores each Tuesday."),
    C("Reading group this Thursday: chapter four of Judith Herman's Trauma and Recovery, then Bessel van der Kolk on yoga and the body, and a short BPS piece on services in Welsh."),
    C('Question on the Mental Capacity Act and the Scottish Adults with Incapacity Act: a client moves between England and Scotland for work; which applies on Mondays?'),
    C("Can someone look at https://www.reddit.com/r/Appalachia/comments/1h4kx7/ - it's my client Shelby Jo Sizemore from Pikeville-Shelbiana talking about me.", ('url', 'https://www.reddit.com/r/Appalachia/comments/1h4kx7/'), ('name', 'Shelby Jo Sizemore'), ('place', 'Pikeville-Shelbiana')),
    C('Gullah elder, Miss Hattie Brisbane, St. Helena Island, SC, 96 come Easter, heir property being sold out from under her. Niece emails from gullahgrandniece@yahoo.com.', ('name', 'Hattie Brisbane'), ('place', 'St. Helena Island'), ('age_over_89', '96 come Easter'), ('email', 'gullahgrandniece@yahoo.com')),
    C('Maltese nursing registration MCN 4471, nurse Doris Vella, burnout after the Mater Dei outbreak.', ('licence', 'MCN 4471'), ('name', 'Doris Vella')),
    C("For Corsican clients, the Corsican language comes out in grief, and Pasquale Paoli's name comes up in every family story. Any Francophone literature on Island Identity and Mourning?"),
    C('For Brazilian clients, I use "nervoso" and "saudade" as starting points. The Ministério da Saúde\'s CAPS network guidance and Paulo Freire\'s Pedagogy of the Oppressed shape my group work.'),
    C('Sammarinese client, Graziella Muccioli, ISS number ISS-RSM 22917, caring for a brother after the quarry accident at Faetano.', ('name', 'Graziella Muccioli'), ('health_plan', 'ISS-RSM 22917'), ('place', 'Faetano')),
    C('Thinking about the 2021 floods in Rhineland-Palatinate and the German DeGPT guidance on early intervention: does anyone still use Psychological First Aid from the WHO, or the Hobfoll principles?'),
    C('Her brother posts about her on https://x.com/hermano_de_ana_pr, and a fundraiser https://www.vakinha.com.br/vaquinha/tratamento-da-ana-4471 - client Ana Paula Sobral, Olinda-Amaro Branco.', ('url', 'https://x.com/hermano_de_ana_pr'), ('url', 'https://www.vakinha.com.br/vaquinha/tratamento-da-ana-4471'), ('name', 'Ana Paula Sobral'), ('place', 'Olinda-Amaro Branco')),
    C('Question on Naltrexone 50 mg and Acamprosate 333 mg for a client who also takes Disulfiram on Sundays. The Addiction Psychiatrist says fine; the pharmacist at Boots disagrees.'),
    C("For Venezuelan clients in Chile and Peru, I rely on the R4V platform's reports and the PAHO Mental Health Atlas; the Colegio in Peru has a helpline too."),
    C('Venlafaxine 225 mg, BP 148/94 in November, and the cardiologist wants it cut. Has anyone switched to Vortioxetine (Brintellix) or Agomelatine with a Greek Orthodox client who is scared of weight gain?'),
    C('Question on Melatonin 3 mg for ADHD children with Sleep Onset Insomnia; the AAP and the NICE guidance differ. Our Swiss paediatrician prefers Circadin from Neurim.'),
    C("Login alerts for Mette Rasmussen's portal from 87.59.44.172, while she was in session with me in Odense.", ('name', 'Mette Rasmussen'), ('ip_address', '87.59.44.172'), ('place', 'Odense')),
    C("Our Saturday service uses the WHO's Problem Management Plus and the IASC guidelines with Venezuelan and Colombian arrivals, co-run with UNHCR and the IOM."),
    C('For Icelandic clients abroad in Norway or Denmark, does anyone know a good Icelandic PHQ-9? The Landspítali version from Embætti landlæknis is all I have.'),
    C("A note on Spironolactone and Estradiol for a trans client; her Endocrinologist checks Potassium every January and July, and WPATH's Standards of Care 8 back the plan."),
    C('Our trust is switching from CORE-OM to ReQoL-20 in April and the Service Manager wants PHQ-9 and GAD-7 every session. Is anyone else drowning in outcome measures?'),
    C('Latvian ferry worker Edgars Bērziņš, Liepāja, fax +371 634 22 817, licence LV B 04471 822, drink-driving accident killed a cyclist.', ('name', 'Edgars Bērziņš'), ('place', 'Liepāja'), ('fax', '+371 634 22 817'), ('licence', 'LV B 04471 822')),
    C("Welsh GP letter: Rhiannon Haf Pugh-Roberts, NHS number 485 227 9163, Fflat 2, 5 Stryd y Bont, Tanygrisiau by Blaenau Ffestiniog LL41 3AF, quarry village, husband's suicide in the slate tips. Fax back to 01766 830 512.", ('name', 'Rhiannon Haf Pugh-Roberts'), ('medical_record', '485 227 9163'), ('street_address', 'Fflat 2, 5 Stryd y Bont'), ('place', 'Tanygrisiau by Blaenau Ffestiniog'), ('zip_code', 'LL41 3AF'), ('fax', '01766 830 512')),
    C("Guna family from Gardi Sugdub, the old island, relocated to Isber Yala, the mainland settlement because of rising sea; grandfather Olonibiginya Pérez is 98 by the Congreso's count. Seguro Social CSS-PA 3-712-1147.", ('place', 'Gardi Sugdub, the old island'), ('place', 'Isber Yala, the mainland settlement'), ('name', 'Olonibiginya Pérez'), ('age_over_89', "98 by the Congreso's count"), ('health_plan', 'CSS-PA 3-712-1147')),
    C('Winona Deschenie, Diné, from Tuba City-Moenave, wants a ceremony before starting trauma work.', ('name', 'Winona Deschenie'), ('place', 'Tuba City-Moenave')),
    C('Access from 2a00:23c7:8f10:4401::1b, user nmurray.therapy@protonmail.com, client file of Niamh Murray (Portlaoise-Kilminchy) opened six times.', ('ip_address', '2a00:23c7:8f10:4401::1b'), ('email', 'nmurray.therapy@protonmail.com'), ('name', 'Niamh Murray'), ('place', 'Portlaoise-Kilminchy')),
    C('Any tips on the BDI-II versus the HADS for Polish clients with Diabetes? The Polish Psychiatric Association recommends the HADS; our GP uses the PHQ-2.'),
    C('Anyone trained in the Family Constellations work of Bert Hellinger? A Swiss colleague recommends it, but the Swiss Psychological Society and the FSP are sceptical.'),
    C('Aivars Liepiņš is a retired sailor from Ventspils-Pārventa; he keeps asking me whether therapy is an NKVD thing.', ('name', 'Aivars Liepiņš'), ('place', 'Ventspils-Pārventa')),
    C('Back of the Yards, Illinois: Jesús "Chuy" Arreola, shot at 14, now 19, CPS ID CPS-77102918, Illinois Medicaid IL HFS 601 338 207. Mother\'s phone (773) 254-6638.', ('place', 'Back of the Yards'), ('name', 'Jesús "Chuy" Arreola'), ('medical_record', 'CPS-77102918'), ('health_plan', 'IL HFS 601 338 207'), ('phone', '(773) 254-6638')),
    C('Belarusian exile in Vilnius-Naujininkai, Alesia Kavaliova, residence card LT-RL 3140887, beaten in Okrestina in August 2020. Contact only via Signal +370 612 48 903.', ('place', 'Vilnius-Naujininkai'), ('name', 'Alesia Kavaliova'), ('licence', 'LT-RL 3140887'), ('place', 'Okrestina'), ('date', 'August 2020'), ('phone', '+370 612 48 903')),
    C('Shared drive accessed from 189.203.44.17 (Guerrero) and 10.44.17.208 (our VPN) - client Abigail Nava, Iguala.', ('ip_address', '189.203.44.17'), ('ip_address', '10.44.17.208'), ('name', 'Abigail Nava'), ('place', 'Iguala')),
    C("For the Gaelic-speaking islands, does anyone know whether NHS Western Isles funds interpreters, or do we go through Bòrd na Gàidhlig? The Scottish Government's strategy says nothing."),
    C('Scottish referral, CHI 1504823361, Iain Ruairidh MacLeod, 22 Garrabost Road, Point (Knock Siadar), Isle of Lewis, HS2 0PW. Crofter, found his brother in the fank on the night of 17 October 2024. Mobile 07700 931 446.', ('ssn', '1504823361'), ('name', 'Iain Ruairidh MacLeod'), ('street_address', '22 Garrabost Road'), ('place', 'Point (Knock Siadar)'), ('place', 'Isle of Lewis'), ('zip_code', 'HS2 0PW'), ('date', 'the night of 17 October 2024'), ('phone', '07700 931 446')),
    C('Our Wednesday group for Portuguese emigrants in France uses the CORE-10 and Fado lyrics; Amália Rodrigues\'s "Barco Negro" brings out more than any worksheet.'),
    C("I'd like thoughts on a case in Tierra del Fuego: a woman in Tolhuin, Gladys Beatriz Cárdenas, whose husband was one of the crew of the ARA San Juan submarine, lost in November 2017. She's never had a funeral, she sets his place at the table, and her teenage son has started posting about it on https://www.instagram.com/hijo.del.sanjuan. She wants to keep the son out of therapy. What's my role?", ('place', 'Tolhuin'), ('name', 'Gladys Beatriz Cárdenas'), ('date', 'November 2017'), ('url', 'https://www.instagram.com/hijo.del.sanjuan')),
    C('Our clinic in Peru uses the SRQ-20 with Quechua clients; the MINSA guidance and Kimberly Theidon\'s Entre Prójimos are the best things I\'ve read on "llaki" and "pinsamientuwan".'),
    C('A Cree client talks about "pastahowin". I\'ve read Cindy Blackstock on Jordan\'s Principle and the TRC Calls to Action but I\'d like Elders\' guidance through the NNADAP worker.'),
    C('Our Welsh-language practice uses the Mesur y Gymraeg policies and the Active Offer; does anyone have a Welsh version of the wellbeing scale, WEMWBS Cymraeg?'),
    C('Our Friday SUD group uses the Matrix Model and the ASI; the Portuguese clients prefer the SICAD forms and the Brazilians laugh at the Narcotics Anonymous slogans.'),
    C("I'm presenting on moral injury in Ukrainian volunteers at the ESTSS conference in June, drawing on Jonathan Shay's Achilles in Vietnam and Odysseus in America."),
    C('Has anyone used the Adverse Childhood Experiences questionnaire with Mennonite clients in Manitoba or Ontario? The Low German translation from MCC Canada has odd items.'),
    C("Uruguayan client's BROU account BROU 001547218-00001, his name Gonzalo Pintos, Tacuarembó-Villa Ansina.", ('account', 'BROU 001547218-00001'), ('name', 'Gonzalo Pintos'), ('place', 'Tacuarembó-Villa Ansina')),
    C('Ontario G licence G4417-82291-70615, client Kevin Okimaw, Moose Factory island, lost it after the snowmobile crash.', ('licence', 'G4417-82291-70615'), ('name', 'Kevin Okimaw'), ('place', 'Moose Factory island')),
    C('In Greek, "stenachoria" is well known, but my Cypriot clients say "kakos kairos". Has anyone seen that in the Hellenic Psychological Society\'s bulletins or in Orthodox Easter rituals?'),
    C('Solenn came back after three weeks and says the fest-noz was the first time she danced since the funeral.', ('name', 'Solenn')),
    C("Maltese referral: Carmen Azzopardi, ID card 0348762M, Triq il-Kbira 46, Żebbuġ ZBG 1304. Son on the migrant rescue boats, she hasn't slept since the drownings off Lampedusa.", ('name', 'Carmen Azzopardi'), ('ssn', '0348762M'), ('street_address', 'Triq il-Kbira 46'), ('place', 'Żebbuġ'), ('zip_code', 'ZBG 1304'), ('place', 'Lampedusa')),
    C('Leopoldo Auquilla goes back to Saraguro-Ñamarín for the Kapak Raymi and wants us to pause therapy.', ('name', 'Leopoldo Auquilla'), ('place', 'Saraguro-Ñamarín')),
    C("I'm trying the Safe and Sound Protocol from Stephen Porges with an autistic teen; her OT uses the Sensory Profile 2 and the school's SENCO wants a report by Friday."),
    C("Fax header: Fax 028 9063 4418 / FAO Dr. Magennis / re: client Padraig Ó Dochartaigh, DOB 19.09.1957, Ardoyne's Brompton Park.", ('fax', '028 9063 4418'), ('name', 'Magennis'), ('name', 'Padraig Ó Dochartaigh'), ('date', '19.09.1957'), ('place', "Ardoyne's Brompton Park")),
    C('Kostas Ventouris will only come on the days the ferry from Kythnos-Merichas runs, so every other Thursday.', ('name', 'Kostas Ventouris'), ('place', 'Kythnos-Merichas')),
    C("Anyone done the EMDR Europe accreditation recently? The Level 2 training with the HSE in Munster in May was excellent, and Francine Shapiro's textbook was included, but the consultation hours cost a fortune."),
    C("Anyone with Inuktitut resources? The Inuusirvik app, the Kamatsiaqtut Help Line and Pauktuutit's guides are all I have. Nunavut's Department of Health sends nothing."),
    C('Is anyone accredited with the BACP and the UKCP both? The Professional Standards Authority register renewal fees are now silly, and the HCPC is asking for CPD logs by June.'),
    C("I'm trying Narrative Exposure Therapy (Schauer, Neuner and Elbert) with a Ukrainian client; the Lifeline with Stones and Flowers works but she cries at every Stone."),
    C("Armenian-French: Garbis Kasparian, 41 boulevard des Dames, Saint-Jérôme-Château-Gombert quarter, 13013 CEDEX 13 Marseille, his grandfather's 1915 photographs. Mutuelle MGEN 11 4217 7733 05.", ('name', 'Garbis Kasparian'), ('street_address', '41 boulevard des Dames'), ('place', 'Saint-Jérôme-Château-Gombert'), ('zip_code', '13013 CEDEX 13'), ('place', 'Marseille'), ('health_plan', 'MGEN 11 4217 7733 05')),
    C('Pernille from Ærøskøbing has asked to bring her dog to sessions.', ('name', 'Pernille'), ('place', 'Ærøskøbing')),
    C('In Haitian Kreyòl, "kè sere" and "reflechi twòp" come up in almost every session. Has anyone used the Haitian version of the Zanmi Lasante depression scale with Partners In Health?'),
    C('Olanzapine 10 mg, weight up 9 kg since August, HbA1c 48 mmol/mol. The psychiatrist suggested Metformin; any views on Semaglutide (Ozempic, Novo Nordisk) for antipsychotic weight gain, as in the Danish trials?'),
    C("For Mi'kmaq families, the Two-Eyed Seeing approach of Albert Marshall is what the Nova Scotia Health team asked me to read, with a federal toolkit."),
    C("Has anyone adapted cognitive behavioural therapy for psychosis from Tony Morrison's work for Portuguese speakers in Canada? The CAMH Portuguese team asked."),
    C("Ecuador, prison massacre widow from Guayaquil's Monte Sinaí: Narcisa Mendoza Bajaña, Socio Vivienda, cédula 0924471822, IESS IESS 0924471822-01.", ('place', "Guayaquil's Monte Sinaí"), ('name', 'Narcisa Mendoza Bajaña'), ('place', 'Socio Vivienda'), ('ssn', '0924471822'), ('health_plan', 'IESS 0924471822-01')),
    C("Scottish client with a spinal cord stimulator, Morag Gillies, Stornoway's Newvalley, Boston Scientific WaveWriter SN 77420119, fell off the ferry ramp.", ('name', 'Morag Gillies'), ('place', "Stornoway's Newvalley"), ('device', 'Boston Scientific WaveWriter SN 77420119')),
    C('For Dutch Antillean clients the Papiamentu word "sunú" (sad) shows up often, mostly in November; the Pharos centre and GGZ Nederland have Papiamentu leaflets.'),
    C('Colombian family from Catatumbo: Leidy Johana Quintero Ascanio, Tibú, Daviplata Daviplata 312 447 8819, brother killed in the ELN-FARC dissident fighting on 17/01/2025.', ('place', 'Catatumbo'), ('name', 'Leidy Johana Quintero Ascanio'), ('place', 'Tibú'), ('account', 'Daviplata 312 447 8819'), ('date', '17/01/2025')),
    C('Scotland: Shona McGarrigle, Possilpark, son stabbed outside the chippy. Email shonamcg.possil@hotmail.co.uk, phone 0141 336 2217.', ('name', 'Shona McGarrigle'), ('place', 'Possilpark'), ('email', 'shonamcg.possil@hotmail.co.uk'), ('phone', '0141 336 2217')),
    C('Anyone involved with the IASP suicide prevention day in September? The Samaritans and Pieta run a dawn walk in May; Mental Health Ireland funds our referrals.'),
    C("Ceará: Francisco das Chagas Bezerra, Quixeramobim-Uruquê, drought, lost the goats, son in São Paulo's Brasilândia sends Pix to pix 85 99744-1820.", ('name', 'Francisco das Chagas Bezerra'), ('place', 'Quixeramobim-Uruquê'), ('place', "São Paulo's Brasilândia"), ('account', 'pix 85 99744-1820')),
    C("Second session with a rail crash widow, Beatriz Olmedo Ruano, from Angrois, just outside the city, 2013, still hears the brakes every time a train passes the house. She asked me to write a letter to the railway's victims office at atencionvictimas.angrois@renfe-ayuda.es, and I'm unsure whether that kind of advocacy fits my role.", ('name', 'Beatriz Olmedo Ruano'), ('place', 'Angrois'), ('email', 'atencionvictimas.angrois@renfe-ayuda.es')),
    C('Cajun shrimper, Thibodeaux "T-Boy" Guidry, Pointe-aux-Chênes, lost the house in Ida, boat registration LA 4417 FN, Louisiana Medicaid LAM 0092 7716 34.', ('name', 'Thibodeaux "T-Boy" Guidry'), ('place', 'Pointe-aux-Chênes'), ('vehicle', 'LA 4417 FN'), ('health_plan', 'LAM 0092 7716 34')),
    C('The family from Ondarroa lost two boats in the same storm; the mother wants to see me with both daughters-in-law together.', ('place', 'Ondarroa')),
    C('Scottish registered social worker, SSSC SSSC 4471822, Fraser Macintyre, Dingwall-Maryburgh, child death review.', ('licence', 'SSSC 4471822'), ('name', 'Fraser Macintyre'), ('place', 'Dingwall-Maryburgh')),
    C('For Garifuna clients in New York State: the dügü ceremony and the Garifuna language matter; the Garifuna Coalition USA has Spanish and English leaflets.'),
    C("Reading: Primo Levi's The Drowned and the Saved and Jean Améry's essays for a client whose grandfather survived the camps; the Austrian Holocaust Memorial Service helped too."),
    C('Sonora: Ramona Valenzuela Buitimea, Yaqui, Vícam, water defender, threatened after the aqueduct blockade. INE INE VLBTRM74021226M400.', ('name', 'Ramona Valenzuela Buitimea'), ('place', 'Vícam'), ('licence', 'INE VLBTRM74021226M400')),
    C('Would the PCL-C or the CAPS-5 be better for a Venezuelan client with limited Spanish literacy? The Cuestionario de Salud del Paciente works orally, at least.'),
    C('For Peruvian clients, the national mental health institute in Peru has a Quechua SRQ; the MINSA centres use it with Aymara clients in Puno from May to August.'),
    C('Uruguay: Mirtha Beatriz Olivera Techera, CI 3.418.227-4, Avenida Agraciada 2210, apto 503, Montevideo-Aguada, 11811. Daughter of a desaparecido; the remains found on 6 June 2023 in Batallón 13. FONASA via Mutualista CASMU 0771-4420.', ('name', 'Mirtha Beatriz Olivera Techera'), ('ssn', '3.418.227-4'), ('street_address', 'Avenida Agraciada 2210, apto 503'), ('place', 'Montevideo-Aguada'), ('zip_code', '11811'), ('date', '6 June 2023'), ('health_plan', 'CASMU 0771-4420')),
    C("For Scottish fishing families, the Fishermen's Mission and RNLI volunteers are often first contact; the Seafarers Hospital Society funds counselling online, and Mind's leaflets help in winter."),
    C('Did anyone go to the ISTSS meeting in November? The panel on Moral Injury with Brett Litz and the Adaptive Disclosure model was worth the whole trip.'),
    C("Quebec client with an ICD, Serge Lapointe, Lac-Mégantic's Fatima quarter, survivor of the 2013 train disaster, device serial Medtronic Evera SN PZK 411873 S shocked him twice in the bar.", ('name', 'Serge Lapointe'), ('place', "Lac-Mégantic's Fatima quarter"), ('device', 'Medtronic Evera SN PZK 411873 S')),
    C('Florencia Arismendi from Carmelo-Conchillas wants to bring her mate to sessions.', ('name', 'Florencia Arismendi'), ('place', 'Carmelo-Conchillas')),
    C('we lost gwyn last night, he was my client for two years, the family in llanberis just rang. Not sure how to take this to supervision.', ('name', 'gwyn'), ('place', 'llanberis')),
    C('Medication: Atomoxetine 60 mg for ADHD, plus Guanfacine XR 2 mg, and his Heart Rate dropped to 52 on Friday. The paediatrician at CAMHS said monitor; the BNF agrees.'),
    C("Portal audit for Ronan Quéméner's file: viewed from 90.112.47.203 on 11/03/2026 23:14 and from 2a02:8428:e4b1:9c01:5d2e:11ff:fe40:7a3b the next morning. Neither is our clinic.", ('name', 'Ronan Quéméner'), ('ip_address', '90.112.47.203'), ('date', '11/03/2026'), ('ip_address', '2a02:8428:e4b1:9c01:5d2e:11ff:fe40:7a3b')),
    C("Ran into Facundo Brizuela in the waiting room; he's from Villa Unión and was my client's brother-in-law. Awkward.", ('name', 'Facundo Brizuela'), ('place', 'Villa Unión')),
    C('Yoga Nidra and iRest from Richard Miller for Veterans with Insomnia; the VA and the Department of Defense fund it, but the CBT-I Coach app works better for my clients.'),
    C('DOB 31/12/1939 for Agnès Kerjean, Île-Tudy, asks for a home visit.', ('date', '31/12/1939'), ('name', 'Agnès Kerjean'), ('place', 'Île-Tudy')),
    C('Bryony Trewhella says nobody in Mousehole-Raginnis talks about the lifeboat disaster but everybody thinks about it.', ('name', 'Bryony Trewhella'), ('place', 'Mousehole-Raginnis')),
    C("Sunday reflection: Carl Rogers's On Becoming a Person and Martin Buber's I and Thou, read in German by a Swiss client who says English ruins both."),
    C('Groningen gas-quake village Garrelsweer, client Geert Bosscher, house condemned, BSN 284617732, email g.bosscher.garrelsweer@ziggo.nl.', ('place', 'Garrelsweer'), ('name', 'Geert Bosscher'), ('ssn', '284617732'), ('email', 'g.bosscher.garrelsweer@ziggo.nl')),
    C("Book recommendations for Cajun French speakers? I've used Pauline Boss's Ambiguous Loss and Kenneth Doka's book on disenfranchised grief, but nothing in French from Louisiana."),
    C('Please fax the assessment to +506 2447 1833, attn. Lic. Marvin Solano, for the Nicaraguan client Ernesto Lacayo, Upala.', ('fax', '+506 2447 1833'), ('name', 'Marvin Solano'), ('name', 'Ernesto Lacayo'), ('place', 'Upala')),
    C('For the Cuban-Americans in our Florida practice: "ataque de nervios", Santería, and the DSM-5-TR Cultural Concepts of Distress appendix.'),
    C("Toronto Guyanese client Shivanie Persaud, 2480 Kipling Ave, Unit 1107, Rexdale's Mount Olive, ON M9V 4S1, OHIP 5582-413-907-GP. Husband back in Berbice, threatening calls from +592 333 4718.", ('name', 'Shivanie Persaud'), ('street_address', '2480 Kipling Ave, Unit 1107'), ('place', "Rexdale's Mount Olive"), ('zip_code', 'M9V 4S1'), ('health_plan', '5582-413-907-GP'), ('place', 'Berbice'), ('phone', '+592 333 4718')),
    C("My client reads Simone de Beauvoir's A Very Easy Death before each session about her mother's Dementia; the Alzheimer Europe guides are drier, but useful."),
    C('Latvia: Ilze Kalniņa-Balode, Swedbank LV80 HABA 0551 0184 4721 9, she wants the invoices split with her sister in Jelgava.', ('name', 'Ilze Kalniņa-Balode'), ('account', 'LV80 HABA 0551 0184 4721 9'), ('place', 'Jelgava')),
    C("Long one, sorry. I've been seeing a retired ferryman for about four months, and last week he finally talked about the night the car deck flooded. He lives with his sister at 27 Harbour Row in Kirkwall's Papdale, KW15 1LE, and she rang me from 01856 874 229 to say he'd been sitting in the car on the pier until 2 a.m. He doesn't want his GP told. Do I have a duty to tell anyone, given he hasn't said anything about ending his life?", ('street_address', '27 Harbour Row'), ('place', "Kirkwall's Papdale"), ('zip_code', 'KW15 1LE'), ('phone', '01856 874 229')),
    C("Slovak Roma family in Lunik IX (Košice-Pereš), mother Denisa Horváthová, rodné číslo 885604/3317, kids removed to a children's home. Health insurer Dôvera DOV 7701224518.", ('place', 'Lunik IX'), ('place', 'Košice-Pereš'), ('name', 'Denisa Horváthová'), ('ssn', '885604/3317'), ('health_plan', 'DOV 7701224518')),
    C("For Brazilian clients, the Ministério da Saúde's CVV line (188) and the CAPS III services have the best crisis coverage; Nise da Silveira's Imagens do Inconsciente still inspires art groups."),
    C('Outreach in the south of France: young man Nassim Ould-Brahim, La Castellane, phone 07 58 34 11 92, witnessed his cousin shot at the point de deal. Tracked scooter plate GH-417-TZ.', ('name', 'Nassim Ould-Brahim'), ('place', 'La Castellane'), ('phone', '07 58 34 11 92'), ('vehicle', 'GH-417-TZ')),
    C('Salvadoran teen Kevin Alexis Ayala with a Cochlear Kanso 2 SN 3144-082-217, bullied at school in Mejicanos.', ('name', 'Kevin Alexis Ayala'), ('device', 'Cochlear Kanso 2 SN 3144-082-217'), ('place', 'Mejicanos')),
    C('For Welsh farming clients, the DPJ Foundation and the Farming Community Network run a helpline; the Royal Welsh Show in July is where they recruit.'),
    C('Does anyone know whether the ÖBVP in Austria recognises Existential Analysis by Alfried Längle as a full Psychotherapy method? The Sigmund Freud University says yes.'),
    C("Referral from the GP in Brittany: Gwenaëlle Le Moal, DOB 07/02/1961, NIR 2 61 02 29 117 048 63, lives at 14 rue des Goémoniers 29760 Penmarc'h, fisherman husband lost at sea in February. Please call her on 06 71 42 90 38 before noon.", ('name', 'Gwenaëlle Le Moal'), ('date', '07/02/1961'), ('ssn', '2 61 02 29 117 048 63'), ('street_address', '14 rue des Goémoniers'), ('zip_code', '29760'), ('place', "Penmarc'h"), ('phone', '06 71 42 90 38')),
    C("Austria: Ayşe Demirtaş-Huber, Quellenstraße 76/3/14, A-1100 Wien-Favoriten, e-card SVNR 4417 120883, her brother's honour-killing trial.", ('name', 'Ayşe Demirtaş-Huber'), ('street_address', 'Quellenstraße 76/3/14'), ('zip_code', 'A-1100'), ('place', 'Wien-Favoriten'), ('health_plan', 'SVNR 4417 120883')),
    C('For Belarusian exiles in Lithuania and Poland, the Belarusian language, the Kupalle festival and the white-red-white flag matter. Any guidance from the Council of Europe or the UNHCR?'),
    C('Miskito diver, Benigno Kingsman Waldan, from Wawa Bar near Bilwi, paralysed from decompression sickness. Cédula 613-120786-0003K.', ('name', 'Benigno Kingsman Waldan'), ('place', 'Wawa Bar'), ('place', 'Bilwi'), ('ssn', '613-120786-0003K')),
    C('The Honduran clinic only takes faxes: +504 2443 0917, client Olga Marina Zúniga, Tela.', ('fax', '+504 2443 0917'), ('name', 'Olga Marina Zúniga'), ('place', 'Tela')),
    C("Does anyone use Motivational Interviewing with Amish or Mennonite youth during Rumspringa? Miller and Rollnick's fourth edition is good, but the Ordnung isn't in it."),
    C('Scottish Borders: Euan Scott, Hawick, farm quad bike rollover, Scottish driving licence SCOTT803119EJ9TA, quad reg SX14 KPJ.', ('name', 'Euan Scott'), ('place', 'Hawick'), ('licence', 'SCOTT803119EJ9TA'), ('vehicle', 'SX14 KPJ')),
    C('Quick: does the Medicaid Waiver in Kentucky or Tennessee cover in-home Family Therapy? The Appalachian Regional Commission report from October says coverage is patchy.'),
    C("Sicilian client Rosalia Lo Verde, Via Maqueda 287, Palermo's Ballarò, I-90134, codice fiscale LVRRSL71E52G273Q, daughter's anorexia, tessera TS 80380000004417219.", ('name', 'Rosalia Lo Verde'), ('street_address', 'Via Maqueda 287'), ('place', "Palermo's Ballarò"), ('zip_code', 'I-90134'), ('ssn', 'LVRRSL71E52G273Q'), ('health_plan', 'TS 80380000004417219')),
    C("Question on the Child Behavior Checklist (CBCL) and the SDQ with Ukrainian refugee children in Poland; UNICEF's MHPSS guidance and Save the Children's HEART programme help."),
    C('Our Honduran and Salvadoran clients in Maryland use "desesperación" for anxiety. The CFI and the Latino Mental Health work by Lillian Comas-Díaz help.'),
    C("Esketamine (Spravato) 56 mg twice weekly, blood pressure at 162/98 after the dose on Tuesday; the FDA REMS says two hours observation, and Janssen's leaflet agrees. Is anyone in Ontario or Alberta seeing dissociation last longer?"),
    C('Yanelis Rosabal, from Baracoa-Mabujabo, calls her mother every night and hangs up before anyone answers.', ('name', 'Yanelis Rosabal'), ('place', 'Baracoa-Mabujabo')),
    C('Ceuta: Mohamed Amar Layachi, minor who swam in May 2021, now 19, NIE Y-4471822-P, lives in El Príncipe. Phone +34 631 447 218.', ('name', 'Mohamed Amar Layachi'), ('date', 'May 2021'), ('ssn', 'Y-4471822-P'), ('place', 'El Príncipe'), ('phone', '+34 631 447 218')),
    C('Our Dutch team uses ROM with the OQ-45 and the SCL-90; Zorgverzekeraars Nederland asks for DBC codes that make no sense for Short-Term Psychotherapy.'),
    C('Idalia Funes in Ahuachapán wants sessions while she waits for news of her son in the prisons.', ('name', 'Idalia Funes'), ('place', 'Ahuachapán')),
    C('Michoacán avocado picker, Rigoberto Zamudio Ochoa, Tancítaro, cartel extortion, pickup plate MX NP-14-772. Cell +52 425 118 4472.', ('name', 'Rigoberto Zamudio Ochoa'), ('place', 'Tancítaro'), ('vehicle', 'MX NP-14-772'), ('phone', '+52 425 118 4472')),
    C('Belarusian grandmother Halina Zhuk, 95 on Dziady, in Hrodna-Dziavjatouka, refuses to leave with the family.', ('name', 'Halina Zhuk'), ('age_over_89', '95 on Dziady'), ('place', 'Hrodna-Dziavjatouka')),
    C('Maryland referral, Keisha Tolliver, Sandtown-Winchester, 1614 N. Gilmor St, Apt 2, MD 21217, her brother died in custody. Ph 443-602-1184.', ('name', 'Keisha Tolliver'), ('place', 'Sandtown-Winchester'), ('street_address', '1614 N. Gilmor St, Apt 2'), ('zip_code', '21217'), ('phone', '443-602-1184')),
    C('Quick question about Iñaki Etxeberria Zubeldia-Goñi: he wants sessions in Euskara and I only have Spanish. Refer on?', ('name', 'Iñaki Etxeberria Zubeldia-Goñi')),
    C("Honduran client Keyla Yamileth Mejía, her Tigo number +504 9447 2180, lives in Chamelecón's colonia Montefresco, San Pedro Sula-Rivera Hernández, fled the maras.", ('name', 'Keyla Yamileth Mejía'), ('phone', '+504 9447 2180'), ('place', "Chamelecón's colonia Montefresco"), ('place', 'San Pedro Sula-Rivera Hernández')),
    C("For Dutch clients in Belgium and Flemish clients in the Netherlands, the VVGT and the NVGzP have different CBT accreditation; Vlaanderen's CAW offers free Psychotherapy sessions."),
    C('Chiapas: Petrona López Gómez, Tsotsil, from Chenalhó, displaced by the armed group, CURP LOGP850611MCSPMT07. IMSS-Bienestar IMSS-B 0417 2283 91.', ('name', 'Petrona López Gómez'), ('place', 'Chenalhó'), ('ssn', 'LOGP850611MCSPMT07'), ('health_plan', 'IMSS-B 0417 2283 91')),
    C("Question about boundaries. I work in a rural practice in the Lake District and a client, a sheep farmer called Tom Birkett from Wasdale Head, has started leaving lamb joints on my doorstep at 2 Fell View Cottages, Gosforth, CA20 1AL. It's a cultural thing, I get that, but he's been doing it since his wife died and I think it's become a way to avoid talking. His mobile is 07812 440 219 if someone local wants to take him on.", ('place', 'Lake District'), ('name', 'Tom Birkett'), ('place', 'Wasdale Head'), ('street_address', '2 Fell View Cottages'), ('place', 'Gosforth'), ('zip_code', 'CA20 1AL'), ('phone', '07812 440 219')),
    C('Anaïs Beaupré, in Chéticamp-Petit-Étang, asks whether her fear of the sea is "just Acadian."', ('name', 'Anaïs Beaupré'), ('place', 'Chéticamp-Petit-Étang')),
    C("Has anyone worked with lobster fishing families after a drowning? Nathaniel Beal lost his nephew off the point and now won't go out past the breakwater.", ('name', 'Nathaniel Beal')),
    C("Annelies won't come to the practice in Uithuizen because the earthquake cracked the walls.", ('name', 'Annelies'), ('place', 'Uithuizen')),
    C('Extremadura: Manuela Gallardo Cortés, Hoyos de la Sierra in the Sierra de Gata, wildfire 2023, seguridad social NAF 06/44172218/31.', ('name', 'Manuela Gallardo Cortés'), ('place', 'Hoyos de la Sierra'), ('place', 'Sierra de Gata'), ('health_plan', 'NAF 06/44172218/31')),
    C('The ex logged into her cloud from 200.124.47.18 (a Uruguayan ISP) and 2800:a4:1174:c900::3 - client Valeria Curbelo, Pando.', ('ip_address', '200.124.47.18'), ('ip_address', '2800:a4:1174:c900::3'), ('name', 'Valeria Curbelo'), ('place', 'Pando')),
    C('Quick: the CAMHS waiting list in Northern Ireland is now 14 months; Action Mental Health and Aware NI have offered groups on Saturdays in spring.'),
    C('Giuseppina Caruso lost her house in the Casamicciola landslide on Ischia and now lives with her daughter in Naples-Fuorigrotta.', ('name', 'Giuseppina Caruso'), ('place', 'Casamicciola'), ('place', 'Ischia'), ('place', 'Naples-Fuorigrotta')),
    C('The Swiss FSP has new rules on Tarmed billing from January; does anyone in Ticino or Vaud know if Psychotherapy ordered by a GP is covered by Helsana or only by the CSS?'),
    C("Clinical: Prazosin up to 10 mg for Nightmares, BP 104/62 on Wednesday, and he's dizzy. The VA/DoD guideline is weak on Prazosin now; Doxazosin or Imagery Rehearsal Therapy?"),
    C('Deolinda is from Porto Moniz in Madeira; the 2010 flood took her father.', ('name', 'Deolinda'), ('place', 'Porto Moniz')),
    C("Our Monday men's group in Newfoundland uses the gender role conflict scale and the CAT-PTSD; the Canadian Mental Health Association funds it through April."),
    C("Venezuelan teenager in Lima's Zárate, Jhonaikel Rondón, lives in San Juan de Lurigancho, carné de extranjería CE 004471823, bullied at school, TikTok https://www.tiktok.com/@jhonaikel.rdn.", ('place', "Lima's Zárate"), ('name', 'Jhonaikel Rondón'), ('place', 'San Juan de Lurigancho'), ('ssn', 'CE 004471823'), ('url', 'https://www.tiktok.com/@jhonaikel.rdn')),
    C("ip log of the ex-partner's logins (client Kamila Nováková, Poprad): 178.40.221.9, 178.40.221.87, and a VPN exit 185.220.101.44.", ('name', 'Kamila Nováková'), ('place', 'Poprad'), ('ip_address', '178.40.221.9'), ('ip_address', '178.40.221.87'), ('ip_address', '185.220.101.44')),
    C("Cuban driver's licence CU 86041417228, client Reinier Almaguer, now in Hialeah Gardens' west end, drove the boat.", ('licence', 'CU 86041417228'), ('name', 'Reinier Almaguer'), ('place', "Hialeah Gardens' west end")),
    C("Our Saturday clinic runs DBT skills from Marsha Linehan's manual, distress tolerance in March and emotion regulation in May, with diary cards on an app."),
    C("Paramedics in Louisiana I see swear by the Stress First Aid model from the National Center for PTSD. Any evidence beyond the VA's own reports and the NCTSN fact sheets?"),
    C('The kids from Roccella Ionica who watched the shipwreck bodies come in are now in my group.', ('place', 'Roccella Ionica')),
    C("Long one from Scotland: a young woman, Eilidh Ross, from Ullapool-Morefield, whose boyfriend drowned after the stag night at Loch Broom; his parents have set up a page https://www.justgiving.com/page/remembering-callum-ullapool and she finds messages blaming her in the comments. She's been off uni in Aberdeen's Old Aberdeen, sleeping in her childhood room. I'm thinking of graded exposure to the shore but worry it's too soon.", ('name', 'Eilidh Ross'), ('place', 'Ullapool-Morefield'), ('place', 'Loch Broom'), ('url', 'https://www.justgiving.com/page/remembering-callum-ullapool'), ('place', "Aberdeen's Old Aberdeen")),
    C('In Catalan we say "fer-se el valent" and my clients use it to avoid grief work entirely, like the Valencians do with Fallas in March. Any Spanish or Catalan colleagues who have written about this in the COPC journal?'),
    C("Cuban client in Hialeah's Palm Springs Mile, Yoandry Pupo Céspedes, crossed by raft in 2022, wife still in Manzanillo. He pays her via Zelle zelle:yoandrypupo86@gmail.com. Florida plate QKT F44.", ('place', "Hialeah's Palm Springs Mile"), ('name', 'Yoandry Pupo Céspedes'), ('place', 'Manzanillo'), ('account', 'zelle:yoandrypupo86@gmail.com'), ('vehicle', 'QKT F44')),
    C('The Scottish Prison Service uses the Talk to Me strategy; our team at a Scottish prison uses the Samaritans Listener scheme and the ACT 2 Care forms.'),
    C('Anyone used the Brief Grief Questionnaire or the PG-13-R by Holly Prigerson? The ICD-11 criteria for prolonged grief differ from the DSM-5-TR ones.'),
    C('Question for those in Quebec: does the Ordre des psychologues require Bill 21 training, or is it the CIUSSS that asks? The Charter of the French Language forms are a nightmare.'),
    C("Québec, Nunavik: Qalingo Tukalak, Puvirnituq, RAMQ TUKQ 8906 1413, Inuulitsivik file INU-22740, cousin's suicide at the Co-op. Fax to the hospital 819-964-2911.", ('place', 'Nunavik'), ('name', 'Qalingo Tukalak'), ('place', 'Puvirnituq'), ('health_plan', 'TUKQ 8906 1413'), ('medical_record', 'INU-22740'), ('fax', '819-964-2911')),
    C("The Irish College of Psychiatrists' guidance on Clozapine monitoring was updated in September; the HSE National Clozapine Service wants bloods every Monday now."),
    C("Latvian and Lithuanian clients often use Russian for anger and the native language for shame. Has anyone read Aneta Pavlenko's The Bilingual Mind on this?"),
    C('Greek client Stavros Papadakis-Mavridis, from Mati-Neos Voutzas, survivor of the 2018 fire, his fundraiser https://www.gofundme.com/f/stavros-mati-rebuild brought trolls. Email stavros.pap.mati@gmail.com.', ('name', 'Stavros Papadakis-Mavridis'), ('place', 'Mati-Neos Voutzas'), ('url', 'https://www.gofundme.com/f/stavros-mati-rebuild'), ('email', 'stavros.pap.mati@gmail.com')),
    C("Cheyenne Chavis is Lumbee, from Pembroke-Prospect, NC; her cousin is missing and she won't talk about anything else.", ('name', 'Cheyenne Chavis'), ('place', 'Pembroke-Prospect')),
    C('Any good Spanish translation of the postnatal depression scale for Salvadoran mothers? The EPDS version from Spain, the validation by García-Esteve in the Archives of Women\'s Mental Health, uses "vosotros" and they laugh at it.'),
    C("the insulin pump records of aoife brennan-hegarty (Tandem t:slim X2 SN 1144718) show no bolus since her brother's funeral in clonmel-irishtown.", ('name', 'aoife brennan-hegarty'), ('device', 'Tandem t:slim X2 SN 1144718'), ('place', 'clonmel-irishtown')),
    C("Guyana: Marlon Fiedtkou, Linden's Wismar side, bauxite layoff, lost his son in the mining pit at Mahdia. Phone +592 444 6721, mother's +592 622 0381.", ('name', 'Marlon Fiedtkou'), ('place', "Linden's Wismar side"), ('place', 'Mahdia'), ('phone', '+592 444 6721'), ('phone', '+592 622 0381')),
    C("A Slovak mother, Monika Šimková, can't stop checking the river at Čierna nad Tisou after her son drowned.", ('name', 'Monika Šimková'), ('place', 'Čierna nad Tisou')),
    C('For Scottish Traveller clients, the Article 12 reports and the MECOPP leaflets helped me; a charity in England has a Gypsy Traveller guide.'),
    C('Grandmother in the Garifuna village of Sambo Creek, 96 last Settlement Day, named Ofelia Martínez Suazo, grieving a grandson shot in La Ceiba.', ('place', 'Sambo Creek'), ('age_over_89', '96 last Settlement Day'), ('name', 'Ofelia Martínez Suazo'), ('place', 'La Ceiba')),
    C("Haitian Vodou and psychosis: Laënnec Hurbon's Le Barbare Imaginaire and Guerda Nicolas's work are my go-tos. Any others for Haitian Creole speakers in Florida?"),
    C("Newfoundland fisherman with a cochlear implant, Gerard Fewer, processor Cochlear Nucleus 8 SN 4403-118-072, won't wear it since the boat sank.", ('name', 'Gerard Fewer'), ('device', 'Cochlear Nucleus 8 SN 4403-118-072')),
    C('For Quebecois clients who feel guilty about MAID, the Collège des médecins du Québec guidance and the Act respecting end-of-life care are the references I give; the CMQ runs webinars.'),
    C('Appalachia: Darrell Wayne Caudill, 4417 Rockhouse Fork Rd, Hindman-Pippa Passes, KY 41822-9140, black lung, son overdosed in the trailer. KY Medicaid KYM 8830251746. Daughter cell 606-785-3319.', ('name', 'Darrell Wayne Caudill'), ('street_address', '4417 Rockhouse Fork Rd'), ('place', 'Hindman-Pippa Passes'), ('zip_code', '41822-9140'), ('health_plan', 'KYM 8830251746'), ('phone', '606-785-3319')),
    C('In Quebec we have the PQPTM programme; the Ministère de la Santé says stepped care with the Mieux-être app first, then a Psychologist by April.'),
    C("Any advice on a Corsican client who says the vendetta is over but won't drive through Venzolasca?", ('place', 'Venzolasca')),
    C("Vermont dairy farmer Gérard Pouliot, Newport Center, barn fire, VT Medicaid VTM 662 019 447, wife's email pouliotfarm.vt@gmail.com.", ('name', 'Gérard Pouliot'), ('place', 'Newport Center'), ('health_plan', 'VTM 662 019 447'), ('email', 'pouliotfarm.vt@gmail.com')),
    C('cypriot client andreas hadjipetrou-kyriakou, famagusta-born refugee of 1974, now in Strovolos, social insurance SI 4182736, wants to visit the old house for the first time. Phone +357 99 418 227.', ('name', 'andreas hadjipetrou-kyriakou'), ('place', 'famagusta'), ('place', 'Strovolos'), ('ssn', 'SI 4182736'), ('phone', '+357 99 418 227')),
    C('Lesbos NGO worker, Dimitra Kalogeraki, AMKA 14078802446, burnout after the fire at Moria in September 2020, staying at Odos Ermou 112 in Mytilini, 811 00. Email d.kalogeraki@lesvosaid.gr.', ('place', 'Lesbos'), ('name', 'Dimitra Kalogeraki'), ('ssn', '14078802446'), ('place', 'Moria'), ('date', 'September 2020'), ('street_address', 'Odos Ermou 112'), ('place', 'Mytilini'), ('zip_code', '811 00'), ('email', 'd.kalogeraki@lesvosaid.gr')),
    C('Our Scottish service follows the Trauma Informed Practice framework from NHS Education for Scotland; the Transforming Psychological Trauma knowledge and skills framework is heavy going.'),
    C('Has anyone trained in Cognitive Processing Therapy with Patricia Resick? The CPT Stuck Points log worked with a Bosnian-American veteran, though he argued with every Socratic question.'),
    C('Billing log: patient Fenella Tregunna, invoice to fenella.tregunna@outlook.co.uk, paid from GB47 BARC 2044 7188 2906 13, session 2 Feb 2026.', ('name', 'Fenella Tregunna'), ('email', 'fenella.tregunna@outlook.co.uk'), ('account', 'GB47 BARC 2044 7188 2906 13'), ('date', '2 Feb 2026')),
    C("Medication: Lamotrigine titrating to 200 mg by February, Aripiprazole 5 mg, and she's pregnant. The Perinatal Team at the Trust says continue; the UKTIS leaflet and the MHRA agree."),
    C('A colleague in Oregon swears by the Hearing Voices Network approach of Marius Romme and Sandra Escher; the voices interview has been translated into Spanish and Portuguese.'),
    C('Referral line: Tadhg Mór Ó Súilleabháin, Baile Bhuirne, MRN CUH 0447 1823, medical card GMS 22417B.', ('name', 'Tadhg Mór Ó Súilleabháin'), ('place', 'Baile Bhuirne'), ('medical_record', 'CUH 0447 1823'), ('health_plan', 'GMS 22417B')),
    C('Question for Canadians: does the CPA or the CRPO require a separate Jurisprudence exam for Indigenous practice? The First Nations Health Authority runs cultural safety training.'),
    C('In Spain the Salud Mental plan from the Ministerio de Sanidad pushes group CBT in primary care, the PsicAP trial by Cano-Vindel; any of you run it in Extremadura?'),
    C('andorran ski instructor, jordi casal i bonell, avalanche in Arinsal-Erts, insured with CASS CASS 008-41-2276. Wants EMDR in Catalan.', ('name', 'jordi casal i bonell'), ('place', 'Arinsal-Erts'), ('health_plan', 'CASS 008-41-2276')),
    C("My client's CGM FreeStyle Libre 3 sensor 0M00C4R7Q18 is linked to her mother's phone; Lucía Baró is 17 and wants it unlinked.", ('device', 'FreeStyle Libre 3 sensor 0M00C4R7Q18'), ('name', 'Lucía Baró')),
    C('Cree client from Mistissini, Matthew Coonishish, status number 0880211403, residential school survivor, lost his trapline to the mine. CBHSSJB chart CB-MIS-04418.', ('place', 'Mistissini'), ('name', 'Matthew Coonishish'), ('ssn', '0880211403'), ('medical_record', 'CB-MIS-04418')),
)

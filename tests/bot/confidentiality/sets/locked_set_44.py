"""FORTY-FOURTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (round 40), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not read git log messages, bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or diffs of any
commit, and did not read the snippets of eval_set.py, dev_extra.py,
locked_set.py or locked_set_2.py ... locked_set_43.py (locked_set_45.py,
written at the same time in another worktree, was not seen at all).
What was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_42.py and locked_set_43.py
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
terminal cut the middle of that output (the end of set 42's docstring,
set 43's docstring and the head of locked_set_13.py), so set 42's
docstring from its line 150 to its closing triple quote, set 43's
docstring and the first 25 lines of locked_set_13.py were printed a second
time (the same permitted text, nothing else).  No other slip occurred.
The only test run was test_locked_sets.py (selected with -k 44); ruff was
run on this file and on that test file.

How it was made: every snippet was written by hand, under a very tight
time limit, as a consultation request or a chat message to peers in a
therapists' consultation group, set only in Europe and the Americas (and
their diasporas there): the Alentejo, the Azores and Azoreans of Fall
River, Galicia, Asturias, Andalusia's greenhouses, Catalonia, Valencia's
DANA flood, Madrid, Sardinia, Friuli, Naples, the Marche earthquake,
Switzerland (Bern, Jura, Vaud), Austria (Tyrol), Germany (Saxony,
Thuringia, Berlin, Bavaria), Friesland, Flanders, Wallonia, Luxembourg,
Denmark and Greenlanders in Copenhagen, the Faroes, Iceland (Grindavík,
the Westfjords), Sámi Norway and Sweden, Finland and the Finland-Swedes,
Estonia, Lithuania, Poland, Czechia, Hungary and its Roma, Romania
(Roma estates, a landfill settlement, Maramureș, the Bărăgan deportees),
Moldova, Bulgaria's Pomaks, Serbia, Bosnia, Croatia, Slovenia, Albania's
blood feuds, Kosovo, Ukraine's war and refugees in Germany and Poland,
Ireland's meat plants, Barbadians in England, North Macedonia's Roma;
Greenland, Minnesota's Hmong, Somalis and Iron Range, Pine Ridge and the
Lakota, the Tohono O'odham, the Hopi, Red Lake Ojibwe, Wind River,
North Dakota's oil patch, Montana, Colorado, Utah, Nevada, Kansas
Mennonites, Missouri, Michigan's copper country, Iowa's Bosnians, Boston's
Brazilians, Cape Verdeans, Puerto Ricans and Azoreans, Cubans in Florida,
Guatemalans in Florida and Texas, Mixtec and Zapotec Californians, the
Yakima Valley, Arizona's border, Nova Scotia (Mi'kmaq, Portapique),
Haida Gwaii, Sikh Surrey, Manitoba's Mennonites and Filipinos,
Saskatchewan, Ontario's Portuguese, Jamaicans, Greeks, Old Colony
Mennonites and Mexican farm workers, Mexico (Mexico City, Oaxaca,
Yucatán, Quintana Roo, Veracruz's searching mothers), Guatemala's Maya,
Costa Rica, Colombia (Chocó, Nariño, the Wayuu), Ecuador, Peru's Quechua
and the Puno protests, Bolivia (Potosí, El Alto), Paraguay, Chile
(Mapuche, Chiloé, the 2019 uprising, Haitians in Santiago, Atacama),
Argentina (the Malvinas, Welsh Patagonia, Buenos Aires), Brazil (the
Maré, the Pomeranians of Espírito Santo, the Amazon, the Yanomami,
Guarani-Kaiowá), French Guiana, Martinique, Guadeloupe, Jamaica's
Maroons, Barbados and Puerto Rico: short referral lines, rushed
lower-case chat (five snippets write names or places in lower case),
forwarded faxes, portal and audit logs, and longer narrative requests
with the identifiers mid-sentence (twelve of 325-468 characters).  41 of
the identifier snippets hold only a name and/or a place, written as
ordinary consultation prose or questions to peers, often with the name
mid-sentence or at the start of a sentence and no cue word before it
(four use a first name alone).
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set44work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, measured the clean
density, checked overlap with the earlier sets, shuffled the order with a
fixed seed and wrote this file.  Every later edit was typed by hand as a
find-and-replace pair in a text file, and a small script applied the
pairs to the drafts; this is stated here.  While writing, twenty-one
false starts and asides the author had typed into the identifier drafts
(a country, name or place followed by "? no", "? skip", "- no,
correction", "sorry, my client's family", "I'll rephrase" or "It's
Danish", and a parenthesis about a pseudonym) were cut with their values,
leaving only the corrected text; six such asides in the clean drafts
("Wrong client", "? no", "too local", "I'll leave the city out", "No
place names please") were cut with the capital city, the cities, the
mountain range and the festival they named.  In a review, about thirty
city and district names written unlabelled in identifier snippets (after
"in", "now in", "from", "logged into her bank from", "go home to", in a
header, a multi-county valley, two archipelagos, a reservation, a border
town and a deportees' plain) were labelled as places or replaced by the
state or country, a mountain and a county inside an organisation's or a
record's name were cut, an address written inside a place span was split
into a street address and a place, two honorifics (Nha, Missa) and a
shaman's title were moved out of name spans, and a grandmother given a
man's name was made a grandfather.  In the clean snippets, a hospital
named after a capital city was replaced by its acronym, a prescribing
guideline named after a hospital was replaced by its author's name, a
researcher whose papers the author could not vouch for was replaced by
the ministry programme, a city and a
region of northern Sweden were replaced by two counties, and 48 drafts
outside six to ten capitalised words (29 with fewer than six, 19 with
more than ten) had a drug, a body, a scale, a guideline, a month, a
weekday or an author added, or authors' first names, titles and body
names cut or lowered, so that every clean snippet has six to ten; two
clean snippets were then added to reach 155.  Overlap with the other
sets was resolved by renaming only this set's planted values, with a
filter that imported the earlier sets programmatically (the same checks
as test_planted_identifiers_not_in_earlier_sets and the
text-containment check) and printed this set's strings only: 90 values
in the first round (52 places, 15 names - six of them first names -, 12
ages over 89, 7 postal codes, 2 dates, 1 phone number and 1 street
address; places were mostly rewritten by lengthening with a
neighbourhood, hamlet, quarter or twin town, or replaced by the state,
ages with a feast day or season, "by his papers", "this spring" or a
fraction, postal codes with a country prefix or ZIP+4), 4 in the second
(places); the last pass found nothing.

Settings (chosen to differ from sets 42's and 43's): a well death in a
heatwave, reindeer starving behind wind turbines, a lone trawler
survivor, farm bankruptcy and a rifle in the sauna shed, a daughter
housebound after nursing her mother, a lorry driver who hit a cyclist, a
flood and a drinking husband, a bear and a refused care home, withheld
pay and deportation threats, a school psychologist's slur, a forced name
change, a bombing and deafness, Srebrenica in July, self-confinement
under the Kanun, 1999 photographs, a veteran's pension gambled away, a
miner's lamp, a filtered son, a drone pilot's silence, an avalanche, a
rope in a dairy barn, a skating drowning, a nurse after a colleague's
suicide, a closed blast furnace, a car crash and a coma, a percebeiro
swept off the rocks, heat death under plastic, a stabbing at a school
gate, a kidnapped uncle and a burned flock, the 1976 earthquake, a
deportee's return, a hunting-hut suicide, a grounded pilot, a volcanic
evacuation, a camp shaman, a hacked Snapchat, a suicide cluster, the
border wall and a grave, a burned derrickhand, calving and despair, a
daughter's overdose, boarding-school harm, fishing-rights violence, a
returned totem, fear of hell in therapy, a grain-bin death, a roofer's
fall, a club shooting, cutting posts, a mill fire, fentanyl and scam
calls, pesticide drift, harassment in the rows, a forced marriage, an
aluxo, the 2017 quake, an exhumation, a cold border cell, a hit and a
witness, reintegration, malnutrition, mal aire, forced sterilisation, a
cave-in, a supermarket fire, a dawn raid, red tide and salmon debt, the
Malvinas, a shepherd lost in snow, a police operation in a favela, a
tractor roll-over, drought and trafficking, mercury poisoning, a shooting
at a plaza, chlordecone, gold miners' guns, water cuts, portal logins and
stalking exes, doxxing blogs, a GoFundMe against a mother, a car-surfing
stunt, a whaler ashore, a forest fire, a mink cull, a pro-war Telegram,
Discord grooming, Pedrógão Grande, Covid ICUs, the DANA flood, silicosis,
the 2016 central Italy quake, a camorra stray bullet, a barn fire and skipped
insulin, a bar fire and tinnitus, a landfill settlement, a DNA-identified
husband, a scaffold fall, an ankle monitor, a racist bus attack, police
threats to a trans woman, a protected leader, a prison massacre, the
Juliaca killings, burnout in a Covid ward, a reserve suicide cluster, a
criadita, the Senkata massacre, an eye lost to a pellet, a threatened
journalist, the searching mothers, Iraq war nightmares, a duppy, lost
crew, Hurricane Maria, a Glock in a glovebox, wind turbines and a split
church, a faith crisis, a mass shooting, wolves and sheep, an MMIW
murder, a taconite layoff, a copper-mine death, a crane death, the
Portapique shootings, the Humboldt bus crash, coerced contraception,
grindadráp and drink, an avalanche village, a kept passport, Roma
segregation, a train hijacking documentary, a burned market stall, a
GPS-tracked car, a car in a fjord, a siege and hoarding, a seasonal
worker's heat death, a desaparecido's daughter, a trafficked trans
woman, an Old Colony wife, a sacked delivery rider, a Zoom intruder, a
home dialysis machine, a bullied implant user, a very old driver at a
grave and old clients (a 101-year-old refugee from Silesia, a Maroon
elder, widows, a Bărăgan deportee, a Dutch-Moluccan grandfather, a
Danish woman wanting to die at home); with local identifier formats for
a Portuguese NIF and Cartão de Cidadão, a Norwegian fødselsnummer, a
Finnish henkilötunnus, an Estonian isikukood, a Czech rodné číslo, a
Romanian CNP, an Italian codice fiscale, a Bulgarian EGN, a Serbian JMBG,
a Swiss AHV, a Croatian OIB, a Ukrainian RNOKPP, an Austrian
social-insurance number, a Dutch BSN, a Belgian rijksregisternummer, a
Luxembourg matricule, a Spanish DNI, NIE and social-security number, a
Danish and Greenlandic CPR, an Icelandic kennitala, a Swedish
personnummer, a Polish PESEL, a Greek AMKA, Canadian SIN and status
numbers, US SSNs and A-numbers, a Mexican CURP and protection-mechanism
ID, a Guatemalan DPI, a Costa Rican cédula, Colombian and Ecuadorian
cédulas, a Peruvian DNI, Bolivian CIs, a Paraguayan cédula, Chilean RUTs,
Argentine DNIs, Brazilian CPFs and a passport, a Jamaican TRN, a
Barbadian NIS number, a French NIR and a Red Lake tribal ID (ssn);
Faroese, hospital, Czech, German, Galician, Portuguese, Peruvian,
Swiss portal, Paraguayan, IHS, VA, WSIB, SESAI and Minneapolis hospital file numbers
(medical_record); SNS utente, Kela, VZP, CNAS, NZOK, RFZO, MO HealthNet,
Helsana, CSS, HZZO, AOK, ÖGK, Zilveren Kruis, Solidaris, SERGAS, CatSalut
CIP, tessera sanitaria, Minnesota MA, AHCCCS, MSI, BC MSP and PHN,
Manitoba PHIN, Sask Health, MassHealth, Medicare MBI, Apple Health,
Medi-Cal, IMSS, Texas CHIP, CCSS, Nueva EPS, IESS, SIS, FONASA, PAMI,
Cartão SUS, OHIP, AME, TAJ, Vital, KanCare, NHF and Blue Cross numbers
(health_plan); Italian, Croatian, Dutch, Danish, Lithuanian, Irish,
Spanish and Ecuadorian-Spanish IBANs, Bizum, Swish, Revolut, Remitly, Zelle,
Nequi, Yape, CuentaRUT, Mercado Pago CVU and alias and Pix keys
(account); Lithuanian, Portuguese, Colorado and Minnesota driving
licences, a Belgian RIZIV number, an EASA licence, a North Dakota CDL, a
Norwegian fishing licence, a Finnish hunting card, a Spanish nursing
colegiada, a Brazilian CNH and COREN, a Bolivian cooperative card, an
NMC PIN, a Canadian work permit, a union card and an SGI licence
(licence); Lithuanian, Austrian, Galician and Norwegian boats, Danish,
Spanish, Catalan, Italian, Portuguese, German, Faroese, Icelandic,
Costa Rican, Colombian, Chilean, Brazilian, Barbadian, North Dakota,
Montana, Nevada, Colorado, Missouri, Texas, Saskatchewan and British
Columbia plates and vessels (vehicle); a cochlear processor, a CPAP, an
insulin pump, an ICD, an oxygen concentrator, a FreeStyle Libre, Phonak
aids, an ankle monitor, a prosthetic foot, an Inspire stimulator, a
pacemaker, a tablet IMEI, a dialysis machine and a cochlear implant
(device); addresses written the local way (Estonian tn, Czech street,
Serbian ulica with stan, US avenues with apartments and lots, Swiss
Strasse, Slovenian cesta, German Straße with floor, Walloon rue,
Luxembourg rue, Catalan carrer with floor and door, Greenlandic and
Faroese roads, Minnesota avenue, a BIA route, a Manitoba box and rural
route, Winnipeg and Toronto suites, a Massachusetts street, Mexico City
calle with depto, a Houston apartment, a Paraguayan calle, an Argentine
avenida with floor, a Brazilian travessa and rua with apto, a
Martinique quartier and chemin, Polish ul. with flat, Dutch gracht with
bis, Spanish calle with floor, Romanian strada and bloc, Chilean pasaje,
Ecuadorian manzana and solar, Irish estate, Hungarian utca, Ontario
concession road, Danish vej) with postal codes of those countries, IPv4
and IPv6 addresses, URLs (Snapchat, Instagram, Facebook, Blogspot,
GoFundMe, X, Telegram, Discord, TikTok and a Rete del Dono page) and
phone and fax numbers in local and international formats.

360 snippets, 205 with identifiers and 155 clean (lengths 63-468, within
the test's bounds of 40-520).  Every pattern category appears at least 14
times (the test requires 12):
date 15, age_over_89 16, phone 29, fax 15, email 16, url 14, ip_address
15, ssn 62, medical_record 17, health_plan 53, account 20, licence 17,
vehicle 28, device 15, street_address 48, zip_code 48;
with 196 names and 191 places smaller than a state (the test requires
196 and 191).  41 of the identifier snippets hold only names and/or
places and nothing else.

Names: Portuguese and Azorean, Sámi, Faroese, Finnish and Finland-Swede,
Estonian and Russian-Estonian, Lithuanian, Czech, Romanian and Romani,
Moldovan, Bulgarian Pomak, Serbian, Bosnian, Albanian, Kosovar, Croatian,
Slovenian, Ukrainian, Austrian and Tyrolean, Swiss German and Jurassien,
Frisian, Dutch, Flemish, Walloon, Luxembourgish-Portuguese, Galician,
Catalan, Andalusian-Moroccan, Asturian, Valencian, Sardinian, Friulian,
Neapolitan, Hungarian (family name first) and Hungarian Roma, Polish,
Greek and Greek-Albanian, Greenlandic, Icelandic, Danish, Norwegian,
German-Turkish, Dutch-Moluccan, Czech-Vietnamese, Irish; Hmong, Somali
American, Lakota, Tohono O'odham, Hopi, Ojibwe, Arapaho, Mi'kmaq,
Haida, Mennonite (Low German) and Old Colony, Filipino Canadian, Sikh,
Ukrainian Canadian, Brazilian, Cape Verdean, Puerto Rican, Cuban
American, Mexican American and Tejano, Mixtec, Zapotec, Yucatec Maya,
Mexican, K'iche', Mam, Kaqchikel, Costa Rican, Afro-Colombian and
Colombian, Wayuu, Kichwa, Quechua, Aymara, Paraguayan, Mapuche,
Chilote, Haitian-Chilean, Argentine and Welsh-Argentine, Brazilian
(favela, Pomeranian, riverine, Yanomami, Guarani-Kaiowá), Martiniquais,
Guadeloupean, Jamaican and Maroon, Barbadian, Finnish American, Amish,
Midwestern and Western US and Canadian names, and in
mixed families Ghanaian-Dutch and Cameroonian-Québécois names;
lower-case names and places, hyphenated and multi-part names, honorifics
kept outside the spans (Nha, Missa) and names with diacritics.  Places:
invented or real villages, hamlets, townships, reservations and their
communities, lofs, favelas and barrios, colonias, sectors and quarters,
estates, a landfill settlement, labour camps and real neighbourhoods and
districts (written with an invented or real neighbourhood, hamlet or
twin town where they clashed with the earlier sets), and places after
street addresses.

Clean snippets: peer-consultation messages, questions, statements and
updates with six to ten capitalised words each after the first word of a
sentence (1199 in 155 snippets, about 7.7 per snippet,
counted by the author's script, acronyms included):
drug brands and generics, doses and laboratory values, scales and
questionnaires, therapy models and their founders, real published authors
and books, guidelines and acts, diagnoses and culture-bound idioms
(nervios, inat, besa, ajayu, llaki, saudade, morriña, stenachoria,
nazar), weekdays, months, seasons, religious holidays and fasts,
professional bodies, regulators, insurers, charities, helplines, apps and
products, countries, states, provinces, cantons, regions and counties of
the first level, nationalities, religions and languages, and no place
smaller than a state or a country's first-level subdivision.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, *expected: tuple[str, str]) -> EvalCase:
    return EvalCase(text, list(expected))


LOCKED44_CASES: tuple[EvalCase, ...] = (
    C("Catalan teacher Meritxell Soler i Casademunt, CIP VIPU 0 640517 004, Carrer de la Riera Alta 22, 3r 1a, 08001 el Raval. Stabbed by a pupil's father at the school gate; her car 4871 KTZ was keyed the next week.", ('name', 'Meritxell Soler i Casademunt'), ('health_plan', 'VIPU 0 640517 004'), ('street_address', 'Carrer de la Riera Alta 22, 3r 1a'), ('zip_code', '08001'), ('place', 'el Raval'), ('vehicle', '4871 KTZ')),
    C('Filipino caregiver in Manitoba - Marivic Dumalagan, SIN 957 204 118, 611 Ellice Ave, Suite 4, R3G 0A3, Spence-Balmoral. Her ward died on her shift; the agency is threatening her permit.', ('name', 'Marivic Dumalagan'), ('ssn', '957 204 118'), ('street_address', '611 Ellice Ave, Suite 4'), ('zip_code', 'R3G 0A3'), ('place', 'Spence-Balmoral')),
    C('Puerto Rican teen in Holyoke-Churchill - Yamilet Rosario Quiñones, MassHealth 100925510334, IG https://instagram.com/yami.rq.413, posts about cutting. School counselor email counseling.hhs@holyokeps.example.', ('place', 'Holyoke-Churchill'), ('name', 'Yamilet Rosario Quiñones'), ('health_plan', '100925510334'), ('url', 'https://instagram.com/yami.rq.413'), ('email', 'counseling.hhs@holyokeps.example')),
    C('Serbian veteran Dragan Vukašinović, JMBG 0304969710213, RFZO RFZO 1190 7752 018, Ulica Kneza Miloša 88, stan 9, 34000 Kragujevac. 1999 bombing, lost his hearing on one side - cochlear processor Cochlear CP1150 s/n 4411028376. Wants only a male therapist.', ('name', 'Dragan Vukašinović'), ('ssn', '0304969710213'), ('health_plan', 'RFZO 1190 7752 018'), ('street_address', 'Ulica Kneza Miloša 88, stan 9'), ('zip_code', '34000'), ('place', 'Kragujevac'), ('device', 'Cochlear CP1150 s/n 4411028376')),
    C('Mexican mother searching in Colinas de Santa Fe, Veracruz: Lucía de los Ángeles Díaz, group page https://www.facebook.com/colectivosolecito.veracruz. Her son disappeared 28 June 2013.', ('place', 'Colinas de Santa Fe'), ('name', 'Lucía de los Ángeles Díaz'), ('url', 'https://www.facebook.com/colectivosolecito.veracruz'), ('date', '28 June 2013')),
    C('Brazilian teen with a cochlear implant Advanced Bionics Naída CI M90 s/n 4418-2270-19, Emanuelly Lacerda, bullied in Vila Velha-Itapuã; started on 9 de março de 2026.', ('device', 'Advanced Bionics Naída CI M90 s/n 4418-2270-19'), ('name', 'Emanuelly Lacerda'), ('place', 'Vila Velha-Itapuã'), ('date', '9 de março de 2026')),
    C('Wyoming: Clarissa Spoonhunter on the reservation, IHS IHS-WR 117 4408, from Ethete-Mill Creek, sister murdered, MMIW case.', ('name', 'Clarissa Spoonhunter'), ('medical_record', 'IHS-WR 117 4408'), ('place', 'Ethete-Mill Creek')),
    C('Spanish DANA flood client Vicent Ferrandis Roig from Paiporta-La Pinadeta, lost his mother in the garage on 29 October 2024; car 1184 LJC found in the barranco. Wants Valencian-speaking help.', ('name', 'Vicent Ferrandis Roig'), ('place', 'Paiporta-La Pinadeta'), ('date', '29 October 2024'), ('vehicle', '1184 LJC')),
    C('Croatian homeland war veteran Ante Barišić, OIB 61827403915, HZZO HZZO 138402271, IBAN HR12 2340 0093 2104 8819 5; his veteran pension goes straight to the betting shop in Sinj. Wife emailed marija.barisic71@net.hr.', ('name', 'Ante Barišić'), ('ssn', '61827403915'), ('health_plan', 'HZZO 138402271'), ('account', 'HR12 2340 0093 2104 8819 5'), ('place', 'Sinj'), ('email', 'marija.barisic71@net.hr')),
    C('The mother is from Lunca Ilvei and the father from somewhere near the Ukrainian border, they never agree on anything.', ('place', 'Lunca Ilvei')),
    C("Case I keep thinking about: a Mexican-Canadian seasonal worker, Juventino Ávila Reséndiz, on the SAWP programme at a greenhouse in Leamington-Ruthven, tells me he watched a co-worker die of heat and that the employer holds his work permit, WP U 441 8270 3. He's afraid that if he complains he'll be sent back to Guanajuato and blacklisted. He calls from +1 519 555 0148 only on Sundays. How do I help without endangering him?", ('name', 'Juventino Ávila Reséndiz'), ('place', 'Leamington-Ruthven'), ('licence', 'WP U 441 8270 3'), ('phone', '+1 519 555 0148')),
    C('My new client lives right above the ferry terminal in Puerto Natales and hears the horn all night.', ('place', 'Puerto Natales')),
    C('Roma family in Strada Zăbrăuți, bloc 14, Ferentari-Livezilor, mother Florica Stoica - CNAS card CNAS 4720913338 - says the school psychologist labelled her son retarded in front of the class. Can anyone do a Romani-interpreted assessment?', ('street_address', 'Strada Zăbrăuți, bloc 14'), ('place', 'Ferentari-Livezilor'), ('name', 'Florica Stoica'), ('health_plan', 'CNAS 4720913338')),
    C("Our Mexican clients' families often use Té de Tila and Valeriana alongside Fluoxetine. Any interactions I should mention, or is that the Pharmacist's job?"),
    C("Does the American Psychological Association's Multicultural Guidelines 2017 cover Indigenous Latin Americans? The APA Division 45 listserv might know."),
    C('The Haudenosaunee Thanksgiving Address opens our group each Wednesday. A new Catholic member from Québec found it uncomfortable; advice?'),
    C("Ondřej Hašek brought his grandfather's rosary to session and put it on the table without a word.", ('name', 'Ondřej Hašek')),
    C('Dutch student Femke van der Wiel-Oosterhuis, BSN 1740 62 338, sent me a link to her doxxing: https://x.com/ontmaskerd_nl/status/1862441930221. She lives Oudegracht 217-bis, 3511 NN Utrecht-Wittevrouwen.', ('name', 'Femke van der Wiel-Oosterhuis'), ('ssn', '1740 62 338'), ('url', 'https://x.com/ontmaskerd_nl/status/1862441930221'), ('street_address', 'Oudegracht 217-bis'), ('zip_code', '3511 NN'), ('place', 'Utrecht-Wittevrouwen')),
    C('Is anyone running EMDR with Ukrainian refugees via the Trauma Aid Germany programme? They offer Ukrainian-language supervision on Wednesdays.'),
    C("Olanzapine weight gain of 9 kg in twelve weeks; the client's HbA1c is 46 mmol/mol. Metformin was started in November. Is Aripiprazole a reasonable switch, or does David Taylor's Prescribing Guidelines table favour Lurasidone?"),
    C("I'm supervising a trainee using Internal Family Systems with Lakota clients. Richard Schwartz's No Bad Parts is popular, but some Elders find Parts language odd."),
    C('Spanish Ley de Salud Mental drafts keep stalling in the Cortes. Meanwhile the Confederación Salud Mental España runs a free line on Tuesdays.'),
    C("I'm stuck with Wouter Verhaegen. Every session is about his father's bakery in Poperinge.", ('name', 'Wouter Verhaegen'), ('place', 'Poperinge')),
    C('The Eye Movement Desensitization and Reprocessing Europe association has Ukrainian and Russian trainers. Any recommendations for Moldova?'),
    C('My client from Kittilä-Kiistala keeps asking if the mine is poisoning her children. How do you hold that without colluding?', ('place', 'Kittilä-Kiistala')),
    C("Walloon steelworker Jean-Marc Dethier, mutualité Solidaris Solidaris 3190 4427 62, Rue de la Station 41, 4100 Seraing. After the Cockerill blast furnace closed, he spends his days at the slag heap. Daughter's email lea.dethier@skynet.be.", ('name', 'Jean-Marc Dethier'), ('health_plan', 'Solidaris 3190 4427 62'), ('street_address', 'Rue de la Station 41'), ('zip_code', '4100'), ('place', 'Seraing'), ('email', 'lea.dethier@skynet.be')),
    C("Ukrainian-Canadian farmer in Saskatchewan, Stefan Wasylyshyn, Sask health SK 772 049 110, from Hafford, S0J 1A0. Grain bin engulfment took his son in harvest; he can't look at the bin.", ('name', 'Stefan Wasylyshyn'), ('health_plan', 'SK 772 049 110'), ('place', 'Hafford'), ('zip_code', 'S0J 1A0')),
    C("Greek-Canadian widow Stavroula Papadakis, ninety-seven years and one winter, Danforth-Pape, says her dead husband visits. Daughter's email georgia.papadakis@rogers.com.", ('name', 'Stavroula Papadakis'), ('age_over_89', 'ninety-seven years and one winter'), ('place', 'Danforth-Pape'), ('email', 'georgia.papadakis@rogers.com')),
    C('Danish client Bodil Ravnkilde, home address Skovvej 14, 8585 Glesborg, 95 on Sankt Hans, wants to die at home, GP fax +45 86 38 41 27.', ('name', 'Bodil Ravnkilde'), ('street_address', 'Skovvej 14'), ('zip_code', '8585'), ('place', 'Glesborg'), ('age_over_89', '95 on Sankt Hans'), ('fax', '+45 86 38 41 27')),
    C('Jamaican man in Ontario, Delroy Barrington Whyte, OHIP 4417 228 390 KT, TRN 114-402-889, 2755 Jane St, Apt 1107, Jane and Finch, M3N 2J8. Son shot outside the plaza; he keeps the blood-stained jersey.', ('name', 'Delroy Barrington Whyte'), ('health_plan', '4417 228 390 KT'), ('ssn', '114-402-889'), ('street_address', '2755 Jane St, Apt 1107'), ('place', 'Jane and Finch'), ('zip_code', 'M3N 2J8')),
    C('yesenia marisol missed again, third time. shes in east boyle heights with her tía now.', ('name', 'yesenia marisol'), ('place', 'east boyle heights')),
    C("Two sisters, Ljiljana and Snežana Đurić, want joint sessions about their mother's dementia.", ('name', 'Ljiljana'), ('name', 'Snežana Đurić')),
    C('Guatemalan mother at the border, Yesenia Xitumul Ical, A-number A 247 118 905, ankle monitor BI ExactID s/n 3B44172W. Staying in a Pentecostal shelter at 1402 E Washington St, Nogales-Crawford Hills, AZ 85628-1102.', ('name', 'Yesenia Xitumul Ical'), ('ssn', 'A 247 118 905'), ('device', 'BI ExactID s/n 3B44172W'), ('street_address', '1402 E Washington St'), ('place', 'Nogales-Crawford Hills'), ('zip_code', '85628-1102')),
    C("Eulália Fonseca asked me to pray with her. I'm not religious. Thoughts?", ('name', 'Eulália Fonseca')),
    C('Bernardo Ujueta keeps describing the river at Mompox as if it were a person.', ('name', 'Bernardo Ujueta'), ('place', 'Mompox')),
    C('The Czech referral bounced back - please resend to ambulance.klinicka@nemocnice-trutnov.example, fax +420 499 844 217, patient Radek Šťastný, chart NTR/2026/11873, born 03.02.1988.', ('email', 'ambulance.klinicka@nemocnice-trutnov.example'), ('fax', '+420 499 844 217'), ('name', 'Radek Šťastný'), ('medical_record', 'NTR/2026/11873'), ('date', '03.02.1988')),
    C("Mexican-American farmworker in the Lower Yakima Valley - Efraín Tolentino Cruz, Apple Health WA 108442718 WA, lives in the orchard labor camp at Wapato, phone (509) 555-0163. Pesticide drift and his wife's miscarriage.", ('place', 'Lower Yakima Valley'), ('name', 'Efraín Tolentino Cruz'), ('health_plan', 'WA 108442718 WA'), ('place', 'Wapato'), ('phone', '(509) 555-0163')),
    C("For Galician clients, Morriña and Saudade feel like clinical words. Has anyone read Rosalía de Castro's poems with clients in Grief Therapy?"),
    C("Reading Gabor Maté's In the Realm of Hungry Ghosts with our Addictions team. Some Indigenous colleagues in Manitoba find it helpful; others find it romanticising."),
    C("Has anyone here worked with Ingeborg Fjellheim? She was my colleague's client before she moved north and I'm taking over.", ('name', 'Ingeborg Fjellheim')),
    C('Swiss watchmaker Marcel Aubry-Juillerat, hearing aids Phonak Audéo Lumity L90 s/n 2214BV4193, tinnitus since the bar fire; lives Rue du Doubs 59, 2300 La Chaux-de-Fonds.', ('name', 'Marcel Aubry-Juillerat'), ('device', 'Phonak Audéo Lumity L90 s/n 2214BV4193'), ('street_address', 'Rue du Doubs 59'), ('zip_code', '2300'), ('place', 'La Chaux-de-Fonds')),
    C('Our EAP contract with Telus Health renews in January. Is Lyra or Spring Health better for Canadian and American employees in terms of session caps?'),
    C("The Alaska Native Tribal Health Consortium isn't in my region, but the IHS behavioral health manual is national. Any IHS colleagues on here for Arizona?"),
    C('Barbados has one Psychiatric Hospital and the NCSA for addictions. Any Caribbean colleagues doing Telehealth across CARICOM?'),
    C('Colombian Afro-descendant leader Marino Mosquera Palacios, threatened in Tumaco-Viento Libre, armored car UNP-418-DKT from the Unidad Nacional de Protección. WhatsApp +57 314 771 0922.', ('name', 'Marino Mosquera Palacios'), ('place', 'Tumaco-Viento Libre'), ('vehicle', 'UNP-418-DKT'), ('phone', '+57 314 771 0922')),
    C("Rereading Frantz Fanon's Black Skin, White Masks and Glissant for the Martinique and Guadeloupe clients. Any Antillean clinicians writing now?"),
    C('Bolivian Aymara miner in Potosí-Pailaviri - Grover Choque Colque, CI 5743219 PT, mining cooperative card COOP-UCHU 2218. Tío in the mine, cave-in took his cousin. Wife calls from +591 7 2418 903.', ('place', 'Potosí-Pailaviri'), ('name', 'Grover Choque Colque'), ('ssn', '5743219 PT'), ('licence', 'COOP-UCHU 2218'), ('phone', '+591 7 2418 903')),
    C('Agustín Molteni said his father kept a list of the disappeared in a biscuit tin.', ('name', 'Agustín Molteni')),
    C("In Spain the Colegio Oficial de la Psicología lets us see minors without both parents' consent only in specific cases. Does anyone know what the Ley Orgánica 8/2021 changed?"),
    C("Bosnian woman in Iowa, Mirsada Hodžić, SSN 514-62-3308, works the pork plant in Waterloo, phone (319) 555-0177. Her husband's remains were identified by DNA this year.", ('name', 'Mirsada Hodžić'), ('ssn', '514-62-3308'), ('place', 'Waterloo'), ('phone', '(319) 555-0177')),
    C("Brazil's Lei Maria da Penha requires reporting in some cases. Does the Conselho Federal de Psicologia have a guidance note for Psychologists seeing men who batter?"),
    C('Paraguayan clients switch between Guarani and Spanish mid-sentence when upset. Is there a Guarani version of the GAD-7 or the PHQ-9 from the Universidad Nacional?'),
    C('Bulgarian GP fax through from Smolyan: Emine Hadzhieva, EGN 7208164532, НЗОК ЗОЛ БГ 7208 1645 32. Pomak woman, name changed by force in 1972 and changed back; now panics at the renewal of her lichna karta. Fax back +359 301 6 22 84.', ('place', 'Smolyan'), ('name', 'Emine Hadzhieva'), ('ssn', '7208164532'), ('health_plan', 'БГ 7208 1645 32'), ('fax', '+359 301 6 22 84')),
    C('Buprenorphine (Subutex, Suboxone) now via Sublocade injections in Ontario: CAMH says monthly. Does OHIP cover it, or only the Ontario Drug Benefit for ODSP clients?'),
    C('Is anyone using the Multifamily Group model of William McFarlane for Psychosis in Spain? The Catalan health service piloted it in 2019.'),
    C("Consultation please. A Dutch-Moluccan grandfather, Johannes Latuheru, 93¼, lives in the old KNIL camp barracks quarter of Wyldemerck-Balk, and since the documentary about the 1977 train hijacking was shown on NPO on Saturday 5 September 2026 he has stopped eating. His granddaughter, who interprets, writes from l.latuheru@ziggo.nl. I'm not sure whether to treat this as grief, shame, or something more political.", ('name', 'Johannes Latuheru'), ('age_over_89', '93¼'), ('place', 'Wyldemerck-Balk'), ('date', 'Saturday 5 September 2026'), ('email', 'l.latuheru@ziggo.nl')),
    C('German case: Hannelore Brückner, 101 since Totensonntag, lives Am Kirchberg 7, 99894 Friedrichroda. Pflegegrad 4, AOK Plus AOK-PLUS Q 619 042 775. She wants to talk about the flight from Silesia before she dies.', ('name', 'Hannelore Brückner'), ('age_over_89', '101 since Totensonntag'), ('street_address', 'Am Kirchberg 7'), ('zip_code', '99894'), ('place', 'Friedrichroda'), ('health_plan', 'AOK-PLUS Q 619 042 775')),
    C("Reading Judith Herman's Trauma and Recovery again with our Thursday study group, alongside van der Kolk. Is The Body Keeps the Score still defensible after the critiques?"),
    C("Bolivian mother Justina Mamani Apaza, El Alto-Senkata, lost her son in the 2019 massacre; her grandson's Facebook https://www.facebook.com/wilmer.senkata.2019. CI 4271188 LP.", ('name', 'Justina Mamani Apaza'), ('place', 'El Alto-Senkata'), ('url', 'https://www.facebook.com/wilmer.senkata.2019'), ('ssn', '4271188 LP')),
    C('I\'m worried about Ailín Mansilla. She wrote "goodbye" in the chat and logged off.', ('name', 'Ailín Mansilla')),
    C('Flemish clients use the Vlaamse Vereniging voor Gedragstherapie directory. Is there a Walloon equivalent for French-speaking Belgium, perhaps the SBP?'),
    C('My Brazilian clients love Augusto Cury and Içami Tiba. Are their books any good as Bibliotherapy, or pop psychology?'),
    C("Sigrún Ýr says the trolls in the lava field aren't a metaphor. I don't know what to do with that.", ('name', 'Sigrún Ýr')),
    C("Our Swiss team uses the Zurich Resource Model (ZRM) with Albanian-speaking clients. Maja Storch's workbook is only in German and English, sadly."),
    C('Ukrainian medic Taras Bondarenko asks for EMDR by video from 176.38.11.142, Revolut LT56 3250 0471 2288 9043, ex-soldier now in Kraków-Podgórze. His phone +48 579 441 028.', ('name', 'Taras Bondarenko'), ('ip_address', '176.38.11.142'), ('account', 'LT56 3250 0471 2288 9043'), ('place', 'Kraków-Podgórze'), ('phone', '+48 579 441 028')),
    C('Mexican Spanish speakers sometimes say "me dio el nervio" for panic. Any tips on fitting Nervios into a CBT formulation without pathologising it? Hinton\'s culturally adapted CBT and the DSM-5 Cultural Formulation Interview both mention it.'),
    C("Hoping for Czech recommendations: the Czech Society lists KBT therapists but few do ACT. Steven Hayes's Get Out of Your Mind is translated though."),
    C("I'm trying Compassion-Focused Therapy (Gilbert) with Roma women in Romania. The Romanian translation of The Compassionate Mind is out from Trei."),
    C('German Krankenkassen cover Verhaltenstherapie and Tiefenpsychologie but rarely Systemic Therapy. Has the G-BA decision on Systemische Therapie for children come through?'),
    C('Kwame Osei-Bonsu, Ghanaian-Dutch, asked me whether his dreams of his grandmother are normal.', ('name', 'Kwame Osei-Bonsu')),
    C("Please add to Tuesday's list: Jitka Procházková, rodné číslo 785614/0392, VZP pojištěnec 7856140392-VZP, lives Na Výsluní 27, 543 71 Hostinné. Flood in 2024 took the ground floor; husband drinks since.", ('name', 'Jitka Procházková'), ('ssn', '785614/0392'), ('health_plan', '7856140392-VZP'), ('street_address', 'Na Výsluní 27'), ('zip_code', '543 71'), ('place', 'Hostinné')),
    C('Peruvian dialysis patient Eleuterio Huamán Pari, home machine Baxter HomeChoice Claria s/n HC4418273, in Villa El Salvador-Pachacámac, stops sessions whenever the machine alarms.', ('name', 'Eleuterio Huamán Pari'), ('device', 'Baxter HomeChoice Claria s/n HC4418273'), ('place', 'Villa El Salvador-Pachacámac')),
    C('The Dutch Mind Platform and MIND Korrelatie run a Chat on Saturdays. Anybody refer clients from Suriname and the Antilles there?'),
    C('Argentine trans woman Luana Ayelén Benítez, DNI 41.207.883, posted on https://www.instagram.com/luana.ayelen.trava. Police in Constitución threatened her. Mercado Pago alias luana.ayelen.mp.', ('name', 'Luana Ayelén Benítez'), ('ssn', '41.207.883'), ('url', 'https://www.instagram.com/luana.ayelen.trava'), ('place', 'Constitución'), ('account', 'luana.ayelen.mp')),
    C('Haida Gwaii carver Gaagwiis Edenshaw, BC PHN 9871 443 206, boat BC 21K8839 lost at anchor in Old Massett. Depression after the totem was returned to the village; he says the spirits are heavy.', ('place', 'Haida Gwaii'), ('name', 'Gaagwiis Edenshaw'), ('health_plan', '9871 443 206'), ('vehicle', 'BC 21K8839'), ('place', 'Old Massett')),
    C('Icelandic colleagues: do you use the DASS-21 in Icelandic or the PHQ-9 on Heilsuvera? A Polish client found the Icelandic wording confusing.'),
    C('Andalusian greenhouse worker - Youssef El Amrani Ruiz, NIE Y4403187M, lives in the chabolas outside San Isidro de Níjar, Bizum +34 644 271 590. Heat stroke killed his cousin under the plastic in July.', ('name', 'Youssef El Amrani Ruiz'), ('ssn', 'Y4403187M'), ('place', 'San Isidro de Níjar'), ('account', '+34 644 271 590')),
    C('The Norwegian Psychological Association runs a Tuesday webinar on Cultural Formulation Interview use with Kurdish and Somali clients. Recordings on YouTube?'),
    C('US clinicians: does Medicare now cover marriage and family therapists and Mental Health Counselors under the Consolidated Appropriations Act from January 2024?'),
    C('Chilean estallido eye injury, Catalina Sepúlveda Ojeda, RUT 19.228.417-3, lost an eye to a pellet in Plaza Baquedano, prosthetic eye appointment email protesis.ocular@hsalvador.example.', ('name', 'Catalina Sepúlveda Ojeda'), ('ssn', '19.228.417-3'), ('place', 'Plaza Baquedano'), ('email', 'protesis.ocular@hsalvador.example')),
    C('Postpartum psychosis resources in French for Belgian clients: Maman Blues is good, and the Marcé Society has webinars on Tuesdays.'),
    C('Tereza Navrátilová has gone quiet on me since the custody hearing.', ('name', 'Tereza Navrátilová')),
    C('Referral from the Centro de Saúde in Mértola: Joaquim Bexiga Palma, cork-stripper, NIF 248 613 907, utente SNS 739 115 286, mobile +351 963 418 252. Found his brother in the well after the August heat. Wants Portuguese-speaking work only.', ('place', 'Mértola'), ('name', 'Joaquim Bexiga Palma'), ('ssn', '248 613 907'), ('health_plan', '739 115 286'), ('phone', '+351 963 418 252')),
    C('Srebrenica survivor, now in Missouri: Hajra Mustafić, A-number A 079 411 236, Medicaid MO MO HealthNet DCN 10472938, lives 4711 Gravois Ave, Apt 2R, Bevo Mill, 63116. July is the worst month; she stops answering the phone.', ('name', 'Hajra Mustafić'), ('ssn', 'A 079 411 236'), ('health_plan', 'MO HealthNet DCN 10472938'), ('street_address', '4711 Gravois Ave, Apt 2R'), ('place', 'Bevo Mill'), ('zip_code', '63116')),
    C('For older Hungarian clients, the Geriatric Depression Scale in Hungarian works. The Mini-Cog also exists, but the MoCA Hungarian version is better validated.'),
    C('Chiloé fisherman Segundo Oyarzún Chiguay, boat CAS-2215 Don Segundo, Quemchi-Aucar, salmon farm debt, red tide killed his mussels. CuentaRUT CuentaRUT 14332508 garnished. Called from +56 9 8417 3320.', ('place', 'Chiloé'), ('name', 'Segundo Oyarzún Chiguay'), ('vehicle', 'CAS-2215 Don Segundo'), ('place', 'Quemchi-Aucar'), ('account', 'CuentaRUT 14332508'), ('phone', '+56 9 8417 3320')),
    C("Reading Mary Ainsworth and John Bowlby for Attachment training with foster carers. Is Dan Hughes's PACE model mainstream in Ireland yet?"),
    C('Jamaican clients often describe a "tired heart" rather than Depression. Frederick Hickling\'s work at UWI on Cultural Therapy is worth reading, as is the Jamaica Psychiatric Association\'s Newsletter.'),
    C('Montana rancher Earl Whitcomb from Twodot-Martinsdale, hunting rifle still in the pickup MT 6-41987A, wife emailed junewhitcomb@rangeweb.net. Calving season, sold half the herd, says "not much point".', ('name', 'Earl Whitcomb'), ('place', 'Twodot-Martinsdale'), ('vehicle', 'MT 6-41987A'), ('email', 'junewhitcomb@rangeweb.net')),
    C('Bipolar relapse after Daylight Saving Time in October is common. The Chronotherapy protocol from Francesco Benedetti in Italy is worth a look.'),
    C('Did anyone ever meet Aurelio Choque? He says a therapist in Oruro helped him years ago.', ('name', 'Aurelio Choque'), ('place', 'Oruro')),
    C("Albanian clients sometimes mention Besa when they explain why they can't report violence. Is there literature beyond Ismail Kadare's Broken April for clinicians, perhaps from the Albanian Psychological Association?"),
    C("Surrey Sikh family - Harjinder Kaur Sandhu, MSP 9184 227 663, husband's truck BC 81 3442 TR, in Strawberry Hill-Newton. Dowry demands from in-laws in Punjab; husband monitors her phone.", ('name', 'Harjinder Kaur Sandhu'), ('health_plan', '9184 227 663'), ('vehicle', 'BC 81 3442 TR'), ('place', 'Strawberry Hill-Newton')),
    C('Lithuanian truck driver Darius Mažeika, driving licence LT 61 0847 239, lorry plate KRX 418, works the Baltic-to-Benelux run, asks for a Zoom therapist who can fit Sunday 8 February 2026 at 7 am. He hit a cyclist near Venlo-Blerick and keeps replaying it.', ('name', 'Darius Mažeika'), ('licence', 'LT 61 0847 239'), ('vehicle', 'KRX 418'), ('date', 'Sunday 8 February 2026'), ('place', 'Venlo-Blerick')),
    C('For Swedish-speaking Finns, is the MADRS better than the BDI? Our HUS Psychiatry colleagues use both, but only in Finnish and Swedish.'),
    C('Jamaican Maroon elder Missa Ida Rowe, ninety-eight come Christmas, Accompong Town, NHF card NHF 1140 2278 9, says the duppy of her son walks the yard.', ('name', 'Ida Rowe'), ('age_over_89', 'ninety-eight come Christmas'), ('place', 'Accompong Town'), ('health_plan', 'NHF 1140 2278 9')),
    C("Chilean miner's widow Edelmira Rojas Alcayaga, 92 since Candelaria, rescued miners' anniversary, Tierra Amarilla; she remembers the 2010 cave-in vigil at the camp. Her son sends cash to RUT account CuentaRUT 7.118.402.", ('name', 'Edelmira Rojas Alcayaga'), ('age_over_89', '92 since Candelaria'), ('place', 'Tierra Amarilla'), ('account', 'CuentaRUT 7.118.402')),
    C("Greek-Albanian worker Ilir Dervishi, ΑΜΚΑ 17048704921, fell from scaffolding in Kypseli; his Vodafone number +30 694 117 2049. Boss won't file the injury.", ('name', 'Ilir Dervishi'), ('ssn', '17048704921'), ('place', 'Kypseli'), ('phone', '+30 694 117 2049')),
    C('Login for Juan Ignacio Arrieta from 190.18.244.71 and, two minutes later, 181.45.102.9. He is in Barrio Parque Patricios and says he shares nothing.', ('name', 'Juan Ignacio Arrieta'), ('ip_address', '190.18.244.71'), ('ip_address', '181.45.102.9'), ('place', 'Barrio Parque Patricios')),
    C("Zoran Kolundžija says he was born in Vukovar-Mitnica and that's all he will say about it.", ('name', 'Zoran Kolundžija'), ('place', 'Vukovar-Mitnica')),
    C("Benedikta Ruhdorfer brought cake for me again. Boundaries or culture? She's Austrian and eighty.", ('name', 'Benedikta Ruhdorfer')),
    C("Yanomami health agent refers Davi Hwaxima Xirixana from the Surucucu-Xitei region, SESAI prontuário DSEI-Y 44172, mercury poisoning, sees xapiri at night. Interpreter's email interprete.yanomami@dsei.example.", ('name', 'Davi Hwaxima Xirixana'), ('place', 'Surucucu-Xitei'), ('medical_record', 'DSEI-Y 44172'), ('email', 'interprete.yanomami@dsei.example')),
    C('Our Finnish colleagues swear by Open Dialogue from Lapland. Has anyone trained with Jaakko Seikkula or read his Dialogical Meetings in Social Networks?'),
    C('Ecuadorian prison guard Byron Zambrano Chila, cédula 0918427731, massacre in the Litoral penitentiary, lives Cooperativa Sergio Toral, Mz. 14 Solar 7, Guayaquil-Bastión Popular.', ('name', 'Byron Zambrano Chila'), ('ssn', '0918427731'), ('street_address', 'Cooperativa Sergio Toral, Mz. 14 Solar 7'), ('place', 'Guayaquil-Bastión Popular')),
    C('Bolivian Aymara clients speak of Ajayu (soul) loss after an accident. Has anyone co-worked with a Yatiri and a Psychiatrist at the same time, say during the Alasitas fair in January?'),
    C('Haloperidol Decanoate 50 mg every four weeks for a Moldovan client, but the depot clinic shut in December. Paliperidone Palmitate (Xeplion) was refused by the CNAS.'),
    C("Guatemalan K'iche' woman Petrona Tzoc Ixcoy from Chichicastenango-Chuguexá, DPI 2471 59603 1405, exhumation of her father's remains found in a well. She wants a Maya spiritual guide involved.", ('name', 'Petrona Tzoc Ixcoy'), ('place', 'Chichicastenango-Chuguexá'), ('ssn', '2471 59603 1405')),
    C('Barbados: Kemar Clarke-Greaves, NIS NIS 088442173, fisherman, boat BD-4418 Gracious Lady, lost two crew off Bathsheba-Tent Bay on Good Friday 2026. His wife phoned +1 246 841 7720.', ('name', 'Kemar Clarke-Greaves'), ('ssn', 'NIS 088442173'), ('vehicle', 'BD-4418 Gracious Lady'), ('place', 'Bathsheba-Tent Bay'), ('date', 'Good Friday 2026'), ('phone', '+1 246 841 7720')),
    C("I'm using Narrative Exposure Therapy from Schauer, Neuner and Elbert with Colombian ex-combatants. Any Spanish manuals?"),
    C('Ontario Portuguese-Canadian, Fernanda Couto Sousa, OHIP 2418 447 071 HM, 1088 Dundas St W, Apt 3, Little Portugal, M6J 1X1. Husband killed on a construction crane; Workplace Safety Insurance Board claim WSIB 33418207.', ('name', 'Fernanda Couto Sousa'), ('health_plan', '2418 447 071 HM'), ('street_address', '1088 Dundas St W, Apt 3'), ('place', 'Little Portugal'), ('zip_code', 'M6J 1X1'), ('medical_record', 'WSIB 33418207')),
    C("Delmira Cordeiro won't talk about the ferry from Madalena do Pico - she just goes white.", ('name', 'Delmira Cordeiro'), ('place', 'Madalena do Pico')),
    C("Has anyone worked with Old Order Mennonite families from Mexico living in Ontario? Aganetha Wiebe Klassen, 31, lives on a farm at 4417 Concession Road 8, Aylmer-Springfield, N5H 2R2, with nine children; her husband forbade her OHIP card OHIP 5528 441 702 and she only came to me because the midwife insisted. She speaks Plautdietsch and a little Spanish, and she says she's afraid of being shunned if anyone finds out.", ('name', 'Aganetha Wiebe Klassen'), ('street_address', '4417 Concession Road 8'), ('place', 'Aylmer-Springfield'), ('zip_code', 'N5H 2R2'), ('health_plan', 'OHIP 5528 441 702')),
    C('Bulgarian Muslims (Pomaks) speak of Sevda and Melancholy songs. Has anyone used their Folk Songs in Grief Work?'),
    C('Minnesota Iron Range miner Tauno Maki Jr., from Virginia-Eveleth, MN, taconite layoff, device Inspire IV s/n 4418-2207, driving licence MN S-417-228-094-611. Finnish-American; his sauna is his church.', ('name', 'Tauno Maki Jr.'), ('place', 'Virginia-Eveleth'), ('device', 'Inspire IV s/n 4418-2207'), ('licence', 'MN S-417-228-094-611')),
    C('Portal alert: session link for Heike Dörfler-Ambros opened from 2003:e6:5f1a:9c00:41d2:88ff:fe07:1b3c and from 79.212.48.170, she lives alone. Ex is a Telekom technician. Overreaction?', ('name', 'Heike Dörfler-Ambros'), ('ip_address', '2003:e6:5f1a:9c00:41d2:88ff:fe07:1b3c'), ('ip_address', '79.212.48.170')),
    C('The Faroese Psychiatric Centre refers to Danish teams for Eating Disorders. Does anyone know whether Region Hovedstaden accepts Faroese payment for private practice?'),
    C("Costa Rican client Ana Yancy Solano Vargas, cédula 1-1483-0627, CCSS asegurada CCSS 114830627, lives in Pavas-Rincón Grande. Her partner's motorbike MOT 481927 was used in a hit and she's afraid to testify.", ('name', 'Ana Yancy Solano Vargas'), ('ssn', '1-1483-0627'), ('health_plan', 'CCSS 114830627'), ('place', 'Pavas-Rincón Grande'), ('vehicle', 'MOT 481927')),
    C("Dr Ruth Wilson Gilmore isn't a clinician, but Golden Gulag shaped how I think about incarceration trauma. Any clinical reads on Prison Rape Elimination Act grievances?"),
    C('Austrian clients keep saying "Es geht schon" when they mean No. Pretty sure Viktor Frankl would have had something to say in Man\'s Search for Meaning. Logotherapy anyone?'),
    C("Paraguayan child labourer Cecilia Ortiz Duarte, criadita since 9, now 16, in Lambaré-Valle Apu'a, registro HC-SCJ 2026-7711. Phone +595 981 447 206.", ('name', 'Cecilia Ortiz Duarte'), ('place', "Lambaré-Valle Apu'a"), ('medical_record', 'HC-SCJ 2026-7711'), ('phone', '+595 981 447 206')),
    C("Guatemalan Maya clients may name Susto and Envidia as causes of illness. Does anyone partner with Ajq'ij (spiritual guides) in California or Florida?"),
    C('Lakota youth from Red Shirt Table - Tatanka Two Bulls, IHS chart IHS-PR 0041872, lives off BIA Route 27, house 14, Wanblee Flats, 57577. Three cousins died by suicide this year; he wants sessions in the truck.', ('place', 'Red Shirt Table'), ('name', 'Tatanka Two Bulls'), ('medical_record', 'IHS-PR 0041872'), ('street_address', 'BIA Route 27, house 14'), ('place', 'Wanblee Flats'), ('zip_code', '57577')),
    C("Grief colleagues: Holly Prigerson's PG-13-R versus the ICD-11 criteria for Prolonged Grief Disorder. Which do you use with Bosnian clients whose relatives are still missing?"),
    C('Colombian ex-combatant Yeison Córdoba Mosquera from Bojayá-Bellavista, cédula 1.077.442.193, EPS Nueva EPS NEPS 1077442193, Nequi 312 447 1902. Reintegration programme asks for trauma sessions.', ('name', 'Yeison Córdoba Mosquera'), ('place', 'Bojayá-Bellavista'), ('ssn', '1.077.442.193'), ('health_plan', 'NEPS 1077442193'), ('account', '312 447 1902')),
    C("Luxembourg's CNS started reimbursing Psychotherapy in 2023 with a Medical Prescription. Any Portuguese-speaking therapists registered with the Collège Médical?"),
    C('Guatemalan-American veteran Marco Tulio Xajil in Lake Worth Beach, VA file VA 22 418 903, prosthetic leg Össur Pro-Flex XC s/n PFX441872. Nightmares of Iraq.', ('name', 'Marco Tulio Xajil'), ('place', 'Lake Worth Beach'), ('medical_record', 'VA 22 418 903'), ('device', 'Össur Pro-Flex XC s/n PFX441872')),
    C('Someone is running a blog about a client: https://prawdaoterapii.blogspot.com/2026/10/ona-klamie.html. Client is Agnieszka Dudek, lives in Nowa Huta, os. Górali. The blog quotes from session notes I emailed from gabinet.psycholog.kr@onet.pl.', ('url', 'https://prawdaoterapii.blogspot.com/2026/10/ona-klamie.html'), ('name', 'Agnieszka Dudek'), ('place', 'Nowa Huta, os. Górali'), ('email', 'gabinet.psycholog.kr@onet.pl')),
    C("Mărioara Pop-Sabău cried for the first time in eight months of sessions - her mother's funeral in Sighet-Valea Cufundoasă.", ('name', 'Mărioara Pop-Sabău'), ('place', 'Sighet-Valea Cufundoasă')),
    C('Anyone near Kerkrade who does Limburgish-speaking play therapy?', ('place', 'Kerkrade')),
    C("Chilean Mapuche lonko's son Ñancupil Huenchullán, RUT 17.448.203-6, FONASA FONASA 17448203-6, from Lof Temucuicui-Tradicional. Raid by the police at dawn, shotgun pellets still in his back. Machi wants to co-lead.", ('name', 'Ñancupil Huenchullán'), ('ssn', '17.448.203-6'), ('health_plan', 'FONASA 17448203-6'), ('place', 'Lof Temucuicui-Tradicional')),
    C('Is there a Catalan validation of the Edinburgh Postnatal Depression Scale? The Spanish one works in Andalusia but my Catalan-speaking mothers prefer their language.'),
    C('I use Kristin Neff\'s Self-Compassion Scale with Lutheran clients in Minnesota who hear "self-compassion" as Selfishness. Any Lutheran-friendly framing?'),
    C("Does anyone know whether the Dutch GGZ accepts Schema Therapy for Cluster C under the basic insurance? Jeffrey Young's questionnaire YSQ-S3 is in Dutch too."),
    C("Ecuadorian Kichwa student Sisa Quishpe Guamán in Quito-Chillogallo, cédula 1724183905, IESS IESS 1724183905-0, from Cotacachi-Peguche. Assaulted on the bus; her mother says it's mal aire.", ('name', 'Sisa Quishpe Guamán'), ('place', 'Quito-Chillogallo'), ('ssn', '1724183905'), ('health_plan', 'IESS 1724183905-0'), ('place', 'Cotacachi-Peguche')),
    C('Sámi teen Nils-Ánte Labba from Jokkmokk-Vaikijaur - grooming on Discord, handle shown in https://discord.com/users/771204993811 - mother asks for help. Region health fax +46 971 194 33.', ('name', 'Nils-Ánte Labba'), ('place', 'Jokkmokk-Vaikijaur'), ('url', 'https://discord.com/users/771204993811'), ('fax', '+46 971 194 33')),
    C('Has anyone done Trauma-Focused CBT (TF-CBT) with Dominican and Puerto Rican kids in Spanish? Cohen and Mannarino have a Spanish workbook.'),
    C("The Bosnian Mothers' Association runs July remembrance events. I'd like EMDR colleagues from Serbia, Croatia and Bosnia and Herzegovina to share protocols."),
    C('Haitian-Chilean worker Wideline Pierre-Louis, RUT 26.418.703-K, lives Pasaje Los Aromos 1147, block C, Estación Central, code 9160000. Racial attack on the bus; her Haitian Kreyòl interpreter stopped coming.', ('name', 'Wideline Pierre-Louis'), ('ssn', '26.418.703-K'), ('street_address', 'Pasaje Los Aromos 1147, block C'), ('place', 'Estación Central'), ('zip_code', '9160000')),
    C("Estebana Huarachi thinks her daughter's anorexia is susto. I'd like to respect that.", ('name', 'Estebana Huarachi')),
    C('Looking for a supervisor with Balkan experience: a Bosnian-Serb woman in Illinois, Milena Todorović, who was a teenager in Grbavica-Sarajevo during the siege, has started hoarding tinned food again since her son enlisted. She lives at 5521 N Western Ave, Unit 3, Lincoln Square, 60625, and her insurer is Blue Cross IL, member ID XOF 418 2207 71. She refuses medication because of what she saw in the field hospital.', ('name', 'Milena Todorović'), ('place', 'Grbavica-Sarajevo'), ('street_address', '5521 N Western Ave, Unit 3'), ('place', 'Lincoln Square'), ('zip_code', '60625'), ('health_plan', 'XOF 418 2207 71')),
    C('Manitoba Mennonite woman Aganetha Friesen, PHIN 118 427 390, Box 47, RR 2, Blumenort, MB R0A 0C1. Left the colony in Bolivia, speaks Plautdietsch, terrified of going to hell for being in therapy.', ('name', 'Aganetha Friesen'), ('health_plan', '118 427 390'), ('street_address', 'Box 47, RR 2'), ('place', 'Blumenort'), ('zip_code', 'R0A 0C1')),
    C('Kaarina and her daughter Veera both want to see me separately. Conflict of interest?', ('name', 'Kaarina'), ('name', 'Veera')),
    C("The grandmother in Wörth an der Donau won't let the kids see a psychologist. Any Bavarian tips?", ('place', 'Wörth an der Donau')),
    C("I'm planning a Día de Muertos grief group for Mexican-American families in November. Any Spanish-language Continuing Education on grief rituals?"),
    C('For Argentine clients in Spain, the Duelo Migratorio concept from Joseba Achotegui (Ulysses Syndrome) is useful. Any English summary?'),
    C("Friulian grandfather Gelindo Del Zotto - widower, 97 on St Joseph's Day, lives alone in Gemona-Ospedaletto, remembers the 1976 earthquake every night. Tessera sanitaria 80380000801948557221.", ('name', 'Gelindo Del Zotto'), ('age_over_89', "97 on St Joseph's Day"), ('place', 'Gemona-Ospedaletto'), ('health_plan', '80380000801948557221')),
    C('Cuban-American client - Ondina Perdomo Fajardo, A-file A 204 771 938, Zelle ondina.perdomo@icloud.com, lives 540 W 29th St, Apt 7, Hialeah-Palm Springs North, 33012. Lost her grandson to fentanyl, receives calls from a scammer claiming to be ICE.', ('name', 'Ondina Perdomo Fajardo'), ('ssn', 'A 204 771 938'), ('account', 'ondina.perdomo@icloud.com'), ('street_address', '540 W 29th St, Apt 7'), ('place', 'Hialeah-Palm Springs North'), ('zip_code', '33012')),
    C('Does anyone have the Spanish-language PHQ-A validated in Chile and Peru? My adolescent clients from Bolivia and Ecuador find the Mexican version too formal.'),
    C("Italian clients use Esaurimento Nervoso (nervous breakdown) loosely. Massimo Recalcati's books are popular; do Italian CBT colleagues or the SITCC use them?"),
    C("Reading Isabel Wilkerson's Caste and Resmaa Menakem's My Grandmother's Hands with our consultation group in Oregon and Washington."),
    C("The hacked Zoom: someone joined Anneliese Kammerlander's session from 62.46.199.14 and typed slurs. Her tablet Samsung Galaxy Tab A9 IMEI 358441092277135 is the school's.", ('name', 'Anneliese Kammerlander'), ('ip_address', '62.46.199.14'), ('device', 'Samsung Galaxy Tab A9 IMEI 358441092277135')),
    C("Cannabis-induced psychosis in Uruguay and Canada, where it's legal: is there any data from the Junta Nacional de Drogas or Health Canada?"),
    C('The ex-husband of my client Kristiina Mäenpää posted her session times on https://www.facebook.com/groups/kajaanin.isat.ry and the IP in the email headers was 84.251.107.39. What do Finnish colleagues do with the police here?', ('name', 'Kristiina Mäenpää'), ('url', 'https://www.facebook.com/groups/kajaanin.isat.ry'), ('ip_address', '84.251.107.39')),
    C('Is the Mexican IMSS still limiting Psychology to six sessions? A client in Jalisco says her Unidad de Medicina Familiar only gives four.'),
    C('Ojibwe mother Waaseyaa Kingbird from Ponemah Point - boarding school trauma passed down, son Ogimaa in detention. Tribal ID RLBC 088127. Tribal health fax (218) 679-3391.', ('name', 'Waaseyaa Kingbird'), ('place', 'Ponemah Point'), ('name', 'Ogimaa'), ('ssn', 'RLBC 088127'), ('fax', '(218) 679-3391')),
    C('The International Society for Traumatic Stress Studies has a Spanish webinar in May on Complex PTSD and the ITQ. Shall we go as a team?'),
    C('For Ojibwe clients, the Seven Grandfather Teachings fit nicely with ACT values work. Has anyone co-facilitated with an Elder from the Anishinaabe Nation?'),
    C("Running a CBT-I group from February using Colin Espie's Overcoming Insomnia and the Sleepio app. The NHS Scotland licence covers it; does anyone know about Wales?"),
    C('French Guiana garimpo survivor Wenderson Maia in Saint-Élie, AME card AME 973 441 028 71, shot by gold miners. Contact via WhatsApp +594 694 41 27 88.', ('name', 'Wenderson Maia'), ('place', 'Saint-Élie'), ('health_plan', 'AME 973 441 028 71'), ('phone', '+594 694 41 27 88')),
    C("Albanian client Gjergj Nikollë Prendushi from Theth-Ndërlysaj - blood feud, hasn't left the kulla in three years, cousin texts from +355 69 412 7730. Is there anyone who has worked with self-confinement under the Kanun?", ('name', 'Gjergj Nikollë Prendushi'), ('place', 'Theth-Ndërlysaj'), ('phone', '+355 69 412 7730')),
    C('Sertraline versus Escitalopram for panic in pregnancy: the MHRA and the Dutch Lareb both have registers. Which database is easiest for non-prescribers like BACP or UKCP members?'),
    C('For Icelandic volcano evacuees, the Red Cross of Iceland ran psychological first aid in November. Is there an English-language PFA manual from the IFRC?'),
    C('Asturian miner Xuan Fernández Álvarez, Seguridad Social 33/10487223/61, from Moreda de Aller. Silicosis, oxygen concentrator Inogen One G5 s/n 51R447120, spends the day at the pit museum.', ('name', 'Xuan Fernández Álvarez'), ('ssn', '33/10487223/61'), ('place', 'Moreda de Aller'), ('device', 'Inogen One G5 s/n 51R447120')),
    C('Clonazepam (Rivotril) is sold over the counter in parts of Latin America. Clients from Colombia and Venezuela arrive dependent. Tapering protocols like the Ashton Manual?'),
    C("Rereading Aaron Beck, Albert Ellis and Christine Padesky side by side. Padesky's second edition has a Spanish translation, too."),
    C('Trans youth care in the UK after the Cass Review and Puberty Blockers ban: what are your NHS colleagues doing for waiting lists in Scotland and Wales?'),
    C('Turkish-German clients speak of Nazar and wear a Nazar Boncuğu. Does the DGPPN have transcultural guidance in German and Turkish?'),
    C('Mennonite and Hutterite clients on the Canadian Prairies rarely say Depression; they say "Anfechtung". Any resources from Mennonite Central Committee?'),
    C("Reading Irvin Yalom's The Gift of Therapy with my trainee cohort in September. Which chapters do you assign first?"),
    C("Mi'kmaq client Annie-Rose Paul in Eskasoni-Castle Bay, MSI card NS 0083 417 226, status number 0210038471 01. Residential school survivor's granddaughter, drinking since the fishing dispute and the boat burnings.", ('name', 'Annie-Rose Paul'), ('place', 'Eskasoni-Castle Bay'), ('health_plan', 'NS 0083 417 226'), ('ssn', '0210038471 01')),
    C('Started a client on Sertraline 50 mg in October; by the first Monday of December her PHQ-9 had fallen from 19 to 11. Do people in the UK still wait the full NICE six weeks before titrating?'),
    C("Topiramate for alcohol use in Estonia: the Estonian Health Insurance Fund covers it off-label? I need it before Tuesday's MDT."),
    C('Oaxacan migrant in Oxnard, Felícitas Ramírez López, speaks Mixteco, CURP RALF890203MOCMPL07, strawberry fields. Sent money home to San Juan Mixtepec via Remitly account RMTLY 5528-0931-74. Her boss touches her in the rows.', ('place', 'Oxnard'), ('name', 'Felícitas Ramírez López'), ('ssn', 'RALF890203MOCMPL07'), ('place', 'San Juan Mixtepec'), ('account', 'RMTLY 5528-0931-74')),
    C('Faroes: Sunniva Hansen á Lakjuni, trawler husband, email sunniva.lakjuni@olivant.fo, Vestmanna. He drinks after the grindadráp and hits the dog.', ('name', 'Sunniva Hansen á Lakjuni'), ('email', 'sunniva.lakjuni@olivant.fo'), ('place', 'Vestmanna')),
    C('Trazodone 50 mg versus Zopiclone for a Norwegian client on night shifts at Equinor; the Helsenorge app shows both. The Insomnia Severity Index was 19 on Monday.'),
    C('Guadeloupean teen Mathis Jean-Baptiste-Lubin in Baie-Mahault-Jarry, water cuts for a month, school stopped, TikTok https://www.tiktok.com/@mathis.jbl971 with self-harm content. Mother email fjlubin97@orange.fr.', ('name', 'Mathis Jean-Baptiste-Lubin'), ('place', 'Baie-Mahault-Jarry'), ('url', 'https://www.tiktok.com/@mathis.jbl971'), ('email', 'fjlubin97@orange.fr')),
    C("Hungarian client Szabó Erzsébet Katalin (family name first), TAJ TAJ 044 718 293, ex-partner's GoFundMe https://gofund.me/7a41c9e2 claims she kidnapped their daughter. Login IP from her router 188.36.214.9.", ('name', 'Szabó Erzsébet Katalin'), ('health_plan', 'TAJ 044 718 293'), ('url', 'https://gofund.me/7a41c9e2'), ('ip_address', '188.36.214.9')),
    C("Fax received from +351 266 740 119 (hospital psychiatry) - Antónia Serrano Caeiro, ninety-nine since São Martinho, processo HESE-2026-11841, grief after her twin sister's death, asks for home visits.", ('fax', '+351 266 740 119'), ('name', 'Antónia Serrano Caeiro'), ('age_over_89', 'ninety-nine since São Martinho'), ('medical_record', 'HESE-2026-11841')),
    C("Anyone know a Romanian-speaking therapist for a Bărăgan deportee aged 103 this spring, Ecaterina Ghenciu, in Jimbolia? Her nephew's fax +40 256 360 412.", ('place', 'Bărăgan'), ('age_over_89', '103 this spring'), ('name', 'Ecaterina Ghenciu'), ('place', 'Jimbolia'), ('fax', '+40 256 360 412')),
    C("Is anyone offering Spanish-language Parent-Child Interaction Therapy (PCIT) in Arizona or New Mexico? Eyberg's DPICS coding is the hardest bit in Spanish."),
    C("Hopi referral: Leora Sakiestewa from Hotevilla wants culturally matched help after a daughter's overdose off the reservation. IHS chart HIHC 208 4416. Tell me if anyone does Hopi-language sessions.", ('name', 'Leora Sakiestewa'), ('place', 'Hotevilla'), ('medical_record', 'HIHC 208 4416')),
    C('Does the Jamaican Ministry of Health have a Mental Health Act update since 1997? My Jamaican clients ask about involuntary admission.'),
    C("Yucatec Maya man Wilbert Canché Pool from Xocén, working in Cancún hotels, IMSS NSS 8311 90 3527 4. Says an aluxo followed him to the city. Sister's WhatsApp +52 985 118 4402.", ('name', 'Wilbert Canché Pool'), ('place', 'Xocén'), ('place', 'Cancún'), ('health_plan', '8311 90 3527 4'), ('phone', '+52 985 118 4402')),
    C("Peruvian Quechua speakers describe Llaki (sorrow) and Ñakary (suffering). Kimberly Theidon's Intimate Enemies is the best read I know."),
    C("For the Sámi clients I've been reading Anne Silviken and the SANKS materials. Does the Norwegian SANKS service do consultations in Northern Sámi over Teams?"),
    C('Pauline Côté-Mbarga grew up the only Black girl in Saint-Fabien.', ('name', 'Pauline Côté-Mbarga'), ('place', 'Saint-Fabien')),
    C("Ontario's Psychotherapy Act requires CRPO registration; Quebec's Bill 21 restricts the title Psychotherapist. How do you handle clients who move from Ontario to Quebec?"),
    C("DBT skills group update: we start the Distress Tolerance module in February, and Marsha Linehan's second edition of the Skills Training Manual is on order."),
    C('Naltrexone 50 mg plus Acamprosate for a Finnish client who drinks at Juhannus and Christmas only. Does binge-pattern drinking justify both, or would Nalmefene (Selincro) suit the Käypä Hoito guideline better?'),
    C('Esketamine, Psilocybin, MDMA: Australia legalised it, the FDA rejected Lykos in August 2024. How are you talking about it with Veterans?'),
    C("The Canadian Psychological Association's practice guideline on Medical Assistance in Dying (MAID) for Mental Illness is delayed until 2027. Thoughts?"),
    C("Ecuador's Ministerio de Salud Pública has a free Mental Health line, 171 option 6. Does anyone know whether it offers Kichwa on Saturdays?"),
    C('Has anyone got a colleague in Villanueva de la Serena who speaks Portuguese?', ('place', 'Villanueva de la Serena')),
    C('Semaglutide (Ozempic, Wegovy) and mood: the EMA concluded no causal link for Suicidal Ideation in April. Are clients still asking you about it?'),
    C('Swiss farmer Ueli Gasser-Zbinden from Schangnau - neighbour found him in the barn with a rope, CSS insurance CSS 0087.4419.223, Hausarzt fax +41 34 493 18 70. Dairy price collapse, three generations on the farm. Any Bernese German speakers?', ('name', 'Ueli Gasser-Zbinden'), ('place', 'Schangnau'), ('health_plan', 'CSS 0087.4419.223'), ('fax', '+41 34 493 18 70')),
    C('Can someone take a Sámi reindeer herder from Guovdageaidnu? Máret Ánne Eira, fødselsnummer 140388 53716, she rang from +47 951 62 840. Two hundred animals starved behind the wind turbines last winter and she stopped eating too.', ('place', 'Guovdageaidnu'), ('name', 'Máret Ánne Eira'), ('ssn', '140388 53716'), ('phone', '+47 951 62 840')),
    C('Hydroxyzine 25 mg PRN for a Swiss client with Panic Disorder, plus Agomelatine. The Swissmedic label says avoid with liver issues; her ALT is 62.'),
    C('Utah: McKenna Jo Tanner, LDS, faith crisis, 417 E 400 N, Logan-Adams Park, 84321. Her bishop read her texts. Email mckennajo.tanner@usu.example.', ('name', 'McKenna Jo Tanner'), ('street_address', '417 E 400 N'), ('place', 'Logan-Adams Park'), ('zip_code', '84321'), ('email', 'mckennajo.tanner@usu.example')),
    C('My Polish client Bożena Wróblewska-Kot forwarded a threat from prawdziwy.ojciec.1968@wp.pl, sent via 83.27.164.201; PESEL 68021403826, NFZ covers her. She lives ul. Piastowska 19 m. 4, 58-500 Jelenia Góra.', ('name', 'Bożena Wróblewska-Kot'), ('email', 'prawdziwy.ojciec.1968@wp.pl'), ('ip_address', '83.27.164.201'), ('ssn', '68021403826'), ('street_address', 'ul. Piastowska 19 m. 4'), ('zip_code', '58-500'), ('place', 'Jelenia Góra')),
    C('For Brazilian evangelicals, Depressão is often a sin to confess to the Pastor. Any Portuguese Christian Counselling resources from the Associação Brasileira?'),
    C("Sardinian shepherd Bachisio Pirisi from Orgosolo-Sa Serra - kidnapping of his uncle in the 80s, now his own son's flock burned. GP fax 0784 402 917. Refuses to speak Italian in sessions, only Sardu.", ('name', 'Bachisio Pirisi'), ('place', 'Orgosolo-Sa Serra'), ('fax', '0784 402 917')),
    C('Prairie: Lorne Bergstrom from Humboldt-Muenster, Sask., the 2018 bus crash took his son; truck SK 417 HBT, SGI licence SGI 4418 2207.', ('name', 'Lorne Bergstrom'), ('place', 'Humboldt-Muenster'), ('vehicle', 'SK 417 HBT'), ('licence', 'SGI 4418 2207')),
    C("Estonian Russian-speaker Valentina Kuzmina, Narva-Joaoru - her son's Telegram https://t.me/narva_zakat_44 posts pro-war material and she's frightened of the police. Phone +372 5841 7703.", ('name', 'Valentina Kuzmina'), ('place', 'Narva-Joaoru'), ('url', 'https://t.me/narva_zakat_44'), ('phone', '+372 5841 7703')),
    C("I saw Lauri again today. He's talking about the lake again and I'm not sure he's safe.", ('name', 'Lauri')),
    C('The Brazilian CAPS network is rationing sessions again. Has anyone mapped which SUS services in São Paulo State or Minas Gerais still take Portuguese-speaking clients referred from Europe?'),
    C("For the Hungarian Roma clients, Ágnes Daróczi's writing helped me, and the European Roma Institute for Arts and Culture publishes resources."),
    C("We are piloting the Finnish Lapset puheeksi (Let's Talk about Children) method from THL with Estonian families. Any Estonian-language materials?"),
    C('The Brazilian Ministério da Saúde launched the RAPS network update in June. Do CAPS AD units still accept Walk-ins on Fridays?'),
    C('The Portuguese SNS 24 line now triages Mental Health calls. Does it have a Crioulo option for Cape Verdean and Guinea-Bissau clients?'),
    C("I'm reading Byung-Chul Han's The Burnout Society with Spanish nurses. It translates well to Castilian and Catalan but the Galician edition is missing."),
    C('Romanian Roma child Denisa Căldărar, CNP 6130517260049, school psych referral fax +40 264 592 118, address Str. Cantonului nr. 3, Cluj-Pata Rât, 407035. Lives next to the landfill; she says the rats talk.', ('name', 'Denisa Căldărar'), ('ssn', '6130517260049'), ('fax', '+40 264 592 118'), ('street_address', 'Str. Cantonului nr. 3'), ('place', 'Cluj-Pata Rât'), ('zip_code', '407035')),
    C('Argentine veteran of the Malvinas, Héctor Omar Sosa, DNI 16.412.090, PAMI PAMI 15-16412090-04, Av. Belgrano 1847, 4° B, C1093AAS Monserrat-Balvanera. Suicides in his regiment keep coming up.', ('name', 'Héctor Omar Sosa'), ('ssn', '16.412.090'), ('health_plan', 'PAMI 15-16412090-04'), ('street_address', 'Av. Belgrano 1847, 4° B'), ('zip_code', 'C1093AAS'), ('place', 'Monserrat-Balvanera')),
    C('Colorado ranch hand Wyatt Sorensen, lives in a camper CO 41G-9XR near Walden-Cowdrey, sheep killed by wolves, angry at the reintroduction, talks about shooting. DL CO 08-417-2290.', ('name', 'Wyatt Sorensen'), ('vehicle', 'CO 41G-9XR'), ('place', 'Walden-Cowdrey'), ('licence', 'CO 08-417-2290')),
    C('Prazosin for nightmares fell out of favour after the VA trial in the NEJM in 2018. Do European colleagues still use it with Veterans, or has Minipress gone off the NICE and the EMA radar?'),
    C('Puerto Rico: Zoraida Meléndez Ortiz in Utuado-Caonillas, after Maria still without stable power, oxygen concentrator Philips EverFlo s/n EV441278, Vital plan PR VITAL 0844 1127 30.', ('name', 'Zoraida Meléndez Ortiz'), ('place', 'Utuado-Caonillas'), ('device', 'Philips EverFlo s/n EV441278'), ('health_plan', 'PR VITAL 0844 1127 30')),
    C('Sleep hygiene handouts in Estonian, Latvian and Lithuanian: the Baltic Psychiatric Association made some in 2022. Does anyone have the PDFs?'),
    C("Trauma-informed yoga: David Emerson's Overcoming Trauma through Yoga and the Justice Resource Institute programme in the US. Any Canadian providers?"),
    C('My client grew up in Tiszavasvári and says she never saw a therapist until she was forty.', ('place', 'Tiszavasvári')),
    C("Moldovan seasonal worker in Italy - Vasile Ion Ciobanu-Rusu, cod fiscale CBNVSL86M21Z140K, IBAN IT44 X030 6909 6061 0000 0147 332 where the agency pays; wants help after the agency withheld four months' pay and threatened deportation. Phone +39 351 774 0926.", ('name', 'Vasile Ion Ciobanu-Rusu'), ('ssn', 'CBNVSL86M21Z140K'), ('account', 'IT44 X030 6909 6061 0000 0147 332'), ('phone', '+39 351 774 0926')),
    C('Does anyone know if the NASW Code of Ethics permits accepting gifts of Tamales at Christmas from Mexican-American clients? Asking for a Friday debate.'),
    C('Danish farmer Jens Peder Kjærgaard, CPR 240562-1187, Danske Bank DK50 3000 4411 8729 05, tractor reg AB 41 738, lives in Tarm-Lyne. Mink cull in 2020 ruined him; now talks about the gun cabinet.', ('name', 'Jens Peder Kjærgaard'), ('ssn', '240562-1187'), ('account', 'DK50 3000 4411 8729 05'), ('vehicle', 'AB 41 738'), ('place', 'Tarm-Lyne')),
    C('The Norwegian Helsedirektoratet guideline on suicide prevention recommends the C-SSRS. Has anyone compared it with the Columbia Protocol training in Sweden?'),
    C('Nevada casino worker Rosalinda Fuentes Ybarra, Culinary union card UNITE-226 0417729, 3845 S Nellis Blvd, Apt 118, Las Vegas, 89121. Mass shooting survivor, her car NV 418-KTR.', ('name', 'Rosalinda Fuentes Ybarra'), ('licence', 'UNITE-226 0417729'), ('street_address', '3845 S Nellis Blvd, Apt 118'), ('place', 'Las Vegas'), ('zip_code', '89121'), ('vehicle', 'NV 418-KTR')),
    C('Greenland-Denmark: Pipaluk Lynge, spiral case (the coil), born 1973-08-14, lives Tagensvej 88, 2. th., DK-2200 København N. She was fitted with an IUD without consent at 13.', ('name', 'Pipaluk Lynge'), ('date', '1973-08-14'), ('street_address', 'Tagensvej 88, 2. th.'), ('zip_code', 'DK-2200'), ('place', 'København N')),
    C('Ezra Beiler left the community at nineteen and misses his mother terribly.', ('name', 'Ezra Beiler')),
    C('Brazilian favela mother Rosângela Conceição da Silva, CPF 051.883.247-90, Cartão SUS 702 4081 5533 7720, Travessa Santa Luzia 14, Complexo da Maré, CEP 21044-020. Son killed in an operation; the police took his phone.', ('name', 'Rosângela Conceição da Silva'), ('ssn', '051.883.247-90'), ('health_plan', '702 4081 5533 7720'), ('street_address', 'Travessa Santa Luzia 14'), ('place', 'Complexo da Maré'), ('zip_code', '21044-020')),
    C('Minnesota Hmong elder Xeng Xiong, MA ID MN MA 01847726, 1219 Payne Ave, 55130-3422 Arlington Hills-Phalen. He was a shaman in the camps; son wants him to stop the ceremonies. Age 94 by his papers, he says older.', ('name', 'Xeng Xiong'), ('health_plan', 'MN MA 01847726'), ('street_address', '1219 Payne Ave'), ('zip_code', '55130-3422'), ('place', 'Arlington Hills-Phalen'), ('age_over_89', '94 by his papers')),
    C("A Chilean Psychiatrist suggested Pregabalin (Lyrica) for GAD. The EMA warns about misuse with Opioids. What's the European view on this?"),
    C("Sorry for the essay. A Chilean-Swedish woman, Paulina Reyes Lindqvist, daughter of a desaparecido, has come back from a trip to the memorial at Villa Grimaldi and can't stop crying. She lives in Rinkeby-Tensta, her Försäkringskassan number is 19780302-4719, and she's been posting her father's photo on https://www.instagram.com/donde.esta.papa.1974 every night at 3am. I'm unsure whether to follow the grief or the politics.", ('name', 'Paulina Reyes Lindqvist'), ('place', 'Villa Grimaldi'), ('place', 'Rinkeby-Tensta'), ('ssn', '19780302-4719'), ('url', 'https://www.instagram.com/donde.esta.papa.1974')),
    C("Patagonian sheep farmer's wife, Gwenllian Jones de Roberts (Welsh-Argentine), from Trevelin-Cwm Hyfryd, Mercado Pago CVU 0000003100014827395611. Husband lost in the snow looking for the flock.", ('name', 'Gwenllian Jones de Roberts'), ('place', 'Trevelin-Cwm Hyfryd'), ('account', '0000003100014827395611')),
    C("Frisian client Sjoukje Hiemstra from Hindeloopen, BSN 238 804 117, Zilveren Kruis polisnummer ZK 104 558 291, Bunq IBAN NL82 BUNQ 2047 1183 55 for self-pay. Her son drowned skating on the lake in January and she won't go near ice.", ('name', 'Sjoukje Hiemstra'), ('place', 'Hindeloopen'), ('ssn', '238 804 117'), ('health_plan', 'ZK 104 558 291'), ('account', 'NL82 BUNQ 2047 1183 55')),
    C("Polish clients often mention Żałoba (mourning) and Wszystkich Świętych in November. I'd like a reading list on Catholic grief rituals for Poland and the diaspora."),
    C('Fax from the Psychiatrische Institutsambulanz to +49 30 9401 55 271: Jannik-Leander Oberhuber, Fallnummer PIA-2026-031774, admitted 24/11/2026 after a car-surfing stunt, VW Golf B-JO 4412.', ('fax', '+49 30 9401 55 271'), ('name', 'Jannik-Leander Oberhuber'), ('medical_record', 'PIA-2026-031774'), ('date', '24/11/2026'), ('vehicle', 'B-JO 4412')),
    C('Lurasidone (Latuda) for Bipolar Depression is covered in Canada but not in Poland. Polish clients ask me to explain the NFZ refusal.'),
    C("For Haitian clients in Quebec, Kreyòl interpreters from the Banque Interrégionale d'Interprètes are booked until February. Alternatives?"),
    C('Peruvian mother Nelly Quispe Condori in Juliaca-Santa Adriana, son shot in the January 2023 protests; medical file HCM-JUL 0044172, SIS card SIS 46117028. She wants testimony and therapy together.', ('name', 'Nelly Quispe Condori'), ('place', 'Juliaca-Santa Adriana'), ('medical_record', 'HCM-JUL 0044172'), ('health_plan', 'SIS 46117028')),
    C("I'm adapting the Strengths and Difficulties Questionnaire for Roma parents in Slovenia and Croatia. Robert Goodman's site has Romani translations?"),
    C("The Mapuche concept of Küme Mongen (good living) has helped with Chilean clients. Has anyone read the MINSAL's PESPI papers on Mapuche Health?"),
    C('Mirtazapine 15 mg at night helped one of my Portuguese clients sleep through Lent, when she fasts from meat. The GP wants to go to 30 mg in January, and Remeron SolTab is what the Pharmacy stocks.'),
    C('Perinatal loss: the Spanish Umamanita charity and SANDS UK both have leaflets. Anyone have Catalan and Basque translations for the Christmas remembrance service?'),
    C('Has anyone seen the new Danish Sundhedsstyrelsen guideline on ADHD in Adults? It recommends Methylphenidate first and Lisdexamfetamine (Elvanse) second.'),
    C('Peruvian Quechua woman Teodora Mamani Huillca from Ccarhuayo, DNI 43912087, SIS SIS 43912087-1, forced sterilisation in 1997. Wants her testimony recorded. Yape 987 411 206.', ('name', 'Teodora Mamani Huillca'), ('place', 'Ccarhuayo'), ('ssn', '43912087'), ('health_plan', 'SIS 43912087-1'), ('account', '987 411 206')),
    C('Swedish BUP (child and adolescent psychiatry) waits are over 90 days in Norrbotten and Västerbotten. Has the IVO inspectorate or the Socialstyrelsen commented since January?'),
    C("urgent - mykola from bucha-vokzalna called from +49 1522 640 3381, says his drone-pilot nephew's texts stopped on 28.11.2026. sounds intoxicated. I am not his therapist, who covers?", ('name', 'mykola'), ('place', 'bucha-vokzalna'), ('phone', '+49 1522 640 3381'), ('date', '28.11.2026')),
    C("Has anyone read Ocean Vuong's On Earth We're Briefly Gorgeous with Immigrant clients? A Salvadoran teen found it on TikTok and loved it."),
    C('Escitalopram 10 mg and QTc: the ECG on Wednesday showed 468 ms. The Cardiologist says continue, the Pharmacist says switch to Sertraline. What would you want as the Therapist?'),
    C('Greenlandic suicide prevention: Paarisa runs training, and the Inuit Circumpolar Council published a Spanish-free, Danish-English guide in March. Anybody used it?'),
    C("Clients from Serbia and Montenegro talk about Inat (defiant spite). I'm reading Bojan Aleksov's essays; anyone have papers on it in Serbian, Croatian or English?"),
    C('Venlafaxine discontinuation: a Dutch client tapered using Tapering Strips from a Dutch compounding Pharmacy, as Mark Horowitz suggests. Any experience with Efexor?'),
    C('Austrian farmer in Tyrol Josef Raffl, device Abbott FreeStyle Libre 3 s/n 0NN4LQ2T7X, skips his insulin after the barn fire at Stans-Vomperberg.', ('name', 'Josef Raffl'), ('device', 'Abbott FreeStyle Libre 3 s/n 0NN4LQ2T7X'), ('place', 'Stans-Vomperberg')),
    C('Neapolitan mother Concetta Esposito Russo of Scampia-Vele, son killed by a camorra stray bullet, IBAN IT62 R030 6903 4411 0000 8812 904 for a fund. Fund page https://www.retedeldono.it/progetto/giustizia-per-gennaro.', ('name', 'Concetta Esposito Russo'), ('place', 'Scampia-Vele'), ('account', 'IT62 R030 6903 4411 0000 8812 904'), ('url', 'https://www.retedeldono.it/progetto/giustizia-per-gennaro')),
    C('Barbadian nurse in England (Windrush granddaughter) - Sherelle Alleyne-Boyce, NMC PIN 08F1347E, deported uncle. Her phone 07700 900 981. Works Thursdays and Fridays only.', ('name', 'Sherelle Alleyne-Boyce'), ('licence', '08F1347E'), ('phone', '07700 900 981')),
    C('US Army vet Travis Dwayne Moody, VA VA 441 87 2209, 2218 Poplar Ave, Lot 14, Poplar Bluff, 63901-4218. Truck MO 4RT-X18, Glock in the glovebox.', ('name', 'Travis Dwayne Moody'), ('medical_record', 'VA 441 87 2209'), ('street_address', '2218 Poplar Ave, Lot 14'), ('place', 'Poplar Bluff'), ('zip_code', '63901-4218'), ('vehicle', 'MO 4RT-X18')),
    C('Pomeranian-Brazilian farmer in Espírito Santo - Ervino Pagung, speaks only Pommersch, CNH CNH 04418273561, from Santa Maria de Jetibá. Tractor rolled on his son. Pix key ervino.pagung@gmail.com.', ('name', 'Ervino Pagung'), ('licence', 'CNH 04418273561'), ('place', 'Santa Maria de Jetibá'), ('account', 'ervino.pagung@gmail.com')),
    C("Slovenian miner's widow, Zdenka Knez, lives above the old pit at Rudarska cesta 19, SI-1420 Trbovlje, says her husband's lamp still comes on at night. She is 96 and a fortnight. Could a Slovene-speaking colleague visit?", ('name', 'Zdenka Knez'), ('street_address', 'Rudarska cesta 19'), ('zip_code', 'SI-1420'), ('place', 'Trbovlje'), ('age_over_89', '96 and a fortnight')),
    C('Quetiapine 25 mg for sleep in over-65s: the Beers Criteria say no, and the STOPP/START tool agrees. Tell me what you do in Italy and Spain.'),
    C('The Irish HSE National Counselling Service now has a Polish and Lithuanian interpreter panel on Mondays. Has anyone tried booking it?'),
    C("Icelandic mother Guðrún Hrefna Sigurðardóttir, kennitala 180784-3329, lives in Grindavík until the evacuation, now in a summer house. Her son's Kindle and insulin pump Medtronic MiniMed 780G s/n NG2711457H were left behind in the fissure zone.", ('name', 'Guðrún Hrefna Sigurðardóttir'), ('ssn', '180784-3329'), ('place', 'Grindavík'), ('device', 'Medtronic MiniMed 780G s/n NG2711457H')),
    C('Nova Scotia: Kayla Marie Gillis in Portapique, the 2020 shootings, RCMP car fear, MSI NS 0071 882 449, fax from her GP (902) 555-0168.', ('name', 'Kayla Marie Gillis'), ('place', 'Portapique'), ('health_plan', 'NS 0071 882 449'), ('fax', '(902) 555-0168')),
    C("Portugal's Ordem dos Psicólogos Portugueses issued a Cheque-Psicólogo for Students. Has anyone in the Alentejo or the Algarve used it?"),
    C("Can someone sense-check this? An Ecuadorian-Spanish hospital cleaner in Murcia-El Palmar, Narcisa Cedeño Vera, tells me her ex is tracking her through her car - a grey Seat Ibiza, plate 6631 HXR - and that he logged into her bank from Guayaquil-Sauces. Her bank account is ES17 2100 8413 4702 0018 9924. She has a protection order but the Guardia Civil told her it can't cover GPS trackers. She's terrified of losing custody if she moves.", ('place', 'Murcia-El Palmar'), ('name', 'Narcisa Cedeño Vera'), ('vehicle', '6631 HXR'), ('place', 'Guayaquil-Sauces'), ('account', 'ES17 2100 8413 4702 0018 9924')),
    C('Greenlandic client Nivi Kleist-Olsen, CPR 170396-2418, lives Aqqusinersuaq 21B, DK-3900 Nuussuaq. Brother shot himself in the hunting hut; she wants sessions in Kalaallisut and sleeps with the lights on.', ('name', 'Nivi Kleist-Olsen'), ('ssn', '170396-2418'), ('street_address', 'Aqqusinersuaq 21B'), ('zip_code', 'DK-3900'), ('place', 'Nuussuaq')),
    C('Spanish nurse Lucía Benavente Orozco, colegiada Col. 28/49180, Covid ICU in 2020, flat at Calle de Embajadores 141, 5º izq., 28045 Madrid-Delicias. Sleeps with her hospital lanyard.', ('name', 'Lucía Benavente Orozco'), ('licence', 'Col. 28/49180'), ('street_address', 'Calle de Embajadores 141, 5º izq.'), ('zip_code', '28045'), ('place', 'Madrid-Delicias')),
    C('The Texas Medicaid PA for Spravato requires two failed Antidepressants. What do you document, and does Superior HealthPlan accept the PHQ-9 alone?'),
    C("Looking for advice before a tricky home visit. My client is Ferenc Lakatos-Orsós, a Hungarian Roma man in his sixties who was moved from his house in Gyöngyöspata-Alvég after the segregation case; he now lives in a container at Fő utca 211/B, 3035, with no heating. His social worker faxed the file from +36 37 588 412 and it includes his TAJ number TAJ 103 447 882. He says he dreams of the 2011 vigilante marches every night and won't leave the container after dark.", ('name', 'Ferenc Lakatos-Orsós'), ('place', 'Gyöngyöspata-Alvég'), ('street_address', 'Fő utca 211/B'), ('zip_code', '3035'), ('fax', '+36 37 588 412'), ('health_plan', 'TAJ 103 447 882')),
    C('Clozapine monitoring: ANC dropped to 1.4 on Tuesday and the CPMS flagged it amber. The Psychiatrist is away until Friday and the client is frightened of losing Leponex. How do you support that wait before the Monday bloods?'),
    C("hi all - aino lehtikuusi-rantala from kiuruvesi wants online sessions, Kela card KELA 2281 0934 55, henkilötunnus 220994-417H. farm bankruptcy, husband's rifle still in the sauna shed.", ('name', 'aino lehtikuusi-rantala'), ('place', 'kiuruvesi'), ('health_plan', 'KELA 2281 0934 55'), ('ssn', '220994-417H')),
    C("North Dakota oil patch - Cody Raymond Halvorsen, CDL ND HALV 713 905, truck ND 4417 KW, man camp near Keene-Johnson Corner. Saw a derrickhand burned. Won't tell his foreman, asks for sessions at night.", ('name', 'Cody Raymond Halvorsen'), ('licence', 'ND HALV 713 905'), ('vehicle', 'ND 4417 KW'), ('place', 'Keene-Johnson Corner')),
    C("Long one, sorry. I've been seeing a Lithuanian woman, Rasa Jankauskienė, for about four months over video; she came to Ireland for the meat plant, lives at 14 Cluain Ard, Ballybay Road, Monaghan, H18 X2F4, and last week she told me her supervisor keeps her passport. She gave me the plant's payroll number IE29 AIBK 9311 5204 8817 22 so I could check her wages. I'm out of my depth on the labour side - who do I ring?", ('name', 'Rasa Jankauskienė'), ('street_address', '14 Cluain Ard, Ballybay Road'), ('place', 'Monaghan'), ('zip_code', 'H18 X2F4'), ('account', 'IE29 AIBK 9311 5204 8817 22')),
    C('Faroese pilot grounded - Rógvi Hjalmar Joensen-Dam, EASA licence DK.FCL.4113928, sleep apnoea on CPAP ResMed AirSense 11 s/n 23201447892, address Landavegur 34, FO-100 Tórshavn-Hoydalar. Loss of licence = loss of identity.', ('name', 'Rógvi Hjalmar Joensen-Dam'), ('licence', 'DK.FCL.4113928'), ('device', 'ResMed AirSense 11 s/n 23201447892'), ('street_address', 'Landavegur 34'), ('zip_code', 'FO-100'), ('place', 'Tórshavn-Hoydalar')),
    C('Thinking out loud: a Dominican-Spanish man in Tetuán de las Victorias, Ramón Antonio Peguero Báez, was sacked from a delivery app after a crash on his moto, plate C 4418 BTK, and now sits in the locutorio all day. He gives his NIE as X 4127 003 L and says he sends half his money to his mother. He asks if therapy can get him his job back.', ('place', 'Tetuán de las Victorias'), ('name', 'Ramón Antonio Peguero Báez'), ('vehicle', 'C 4418 BTK'), ('ssn', 'X 4127 003 L')),
    C('Fax cover - to the psychotraumatology unit, Árnafjørður-Uppi - fax +298 45 71 09 - patient Hallbjørn við Gjógv, journal nr FO-HS-22871, born 19.05.1971. Trawler lost in the Norwegian sea, he was the only one pulled out.', ('place', 'Árnafjørður-Uppi'), ('fax', '+298 45 71 09'), ('name', 'Hallbjørn við Gjógv'), ('medical_record', 'FO-HS-22871'), ('date', '19.05.1971')),
    C('Swedish forest-fire volunteer Linnea Sandström, personnummer 19900811-3342, Swish +46 70 418 22 91, from Kårböle. Lost her dog in the fire and blames herself.', ('name', 'Linnea Sandström'), ('ssn', '19900811-3342'), ('account', '+46 70 418 22 91'), ('place', 'Kårböle')),
    C('Amazon riverine woman Raimunda Nonata Cardoso from Vila Progresso, Igarapé-Miri, Cartão SUS 898 0041 2273 6614, boat BAR-AM 0418 Nossa Senhora. Drought 2024, river dry, daughter trafficked to the mines.', ('name', 'Raimunda Nonata Cardoso'), ('place', 'Vila Progresso, Igarapé-Miri'), ('health_plan', '898 0041 2273 6614'), ('vehicle', 'BAR-AM 0418 Nossa Senhora')),
    C('Wayuu mother Yasmina Epieyú from Uribia-Siapana, La Guajira, child died of malnutrition. Wants a translator for Wayuunaiki. Fundación contact atencion.guajira@fundacionsol.example.', ('name', 'Yasmina Epieyú'), ('place', 'Uribia-Siapana'), ('email', 'atencion.guajira@fundacionsol.example')),
    C('Aripiprazole 5 mg for akathisia-prone teens: does anyone have a chart comparing Abilify Maintena with Invega in the Medicaid formularies of Texas and Florida?'),
    C("Luxembourgish-Portuguese young man, Tiago Ferreira Weber, matricule CNS 1998 0312 47 1, phone +352 621 448 093, lives 12, rue de Beggen, L-1221 Beggen. Crashed his car on the A7 and his passenger hasn't woken.", ('name', 'Tiago Ferreira Weber'), ('ssn', '1998 0312 47 1'), ('phone', '+352 621 448 093'), ('street_address', '12, rue de Beggen'), ('zip_code', 'L-1221'), ('place', 'Beggen')),
    C("The Swedish Socialstyrelsen wants a GAF-like score for every CAMHS referral. We're using the C-GAS; anybody in the Nordics using the HoNOSCA instead?"),
    C("Portuguese emigrant's return - Manuel Aurélio Pacheco from Rabo de Peixe-Calço da Furna, Azores; deported from Fall River in 2011, Cartão de Cidadão 11093457 5 ZY8, mobile +351 928 310 664. Still uses the English he learned inside; kids are in Massachusetts.", ('name', 'Manuel Aurélio Pacheco'), ('place', 'Rabo de Peixe-Calço da Furna'), ('ssn', '11093457 5 ZY8'), ('phone', '+351 928 310 664')),
    C('Chilean Ley 21.331 on Mental Health gives rights to Informed Consent. Does it require consent forms in Mapudungun for Mapuche clients?'),
    C("Costa Rica's CCSS now offers Teletherapy through EDUS. Has anyone coordinated care with a CCSS Psychologist for a Nicaraguan client?"),
    C('Thiago Bittencourt told his wife about the sessions, and she turned up at the clinic.', ('name', 'Thiago Bittencourt')),
    C('I\'m seeing a Romani teenager from Šuto Orizari who says school is "for gadje".', ('place', 'Šuto Orizari')),
    C('The Finnish Mental Health Association (MIELI) crisis line is open on Sundays in Finnish, Swedish and English. Does it have Sámi?'),
    C("For Slovak and Czech clients, the Czech Helpline Linka Bezpečí works for children. Do adults use Linka Důvěry? In Slovakia it's IPčko."),
    C('Italian earthquake survivor Gianluca Pasqualoni from Pescara del Tronto, codice fiscale PSQGLC79E12A462W, Fiat Panda FT 418 XK, wants sessions at the container village. Mobile +39 347 228 1405.', ('name', 'Gianluca Pasqualoni'), ('place', 'Pescara del Tronto'), ('ssn', 'PSQGLC79E12A462W'), ('vehicle', 'FT 418 XK'), ('phone', '+39 347 228 1405')),
    C('ugh, kjartan gets angry when i call his drinking a problem. any MI tips for a stubborn fisherman?', ('name', 'kjartan')),
    C('The German Bundespsychotherapeutenkammer published a statement on Ukrainian refugees in March. Do you know if the Länder pay for Interpreters?'),
    C("The Colombian Ley 1448 (Victims' Law) funds PAPSIVI psychosocial care. Is the Unidad para las Víctimas still paying for therapy in Antioquia and Chocó?"),
    C('Puerto Rican clients describe Ataque de Nervios after Hurricane Maria and Fiona. The DSM-5-TR glossary has it; has anyone measured it?'),
    C('Romanian elder, Ileana Bârsan, CNP 2300417081944, who turned ninety-five last Lent, refuses the home in Zărnești; grandson calls from Spain on +34 622 481 903. She says the bear took her husband in 1987 and nobody believes her.', ('name', 'Ileana Bârsan'), ('ssn', '2300417081944'), ('age_over_89', 'ninety-five last Lent'), ('place', 'Zărnești'), ('phone', '+34 622 481 903')),
    C('Brazilian nurse Kátia Regina Moreira, COREN COREN-SP 418.227, Covid ward in 2021, burned out, Pix kreginamoreira@bol.com.br, lives Rua Tuiuti 2140, apto 73, Tatuapé, CEP 03081-000.', ('name', 'Kátia Regina Moreira'), ('licence', 'COREN-SP 418.227'), ('account', 'kreginamoreira@bol.com.br'), ('street_address', 'Rua Tuiuti 2140, apto 73'), ('place', 'Tatuapé'), ('zip_code', '03081-000')),
    C('The Latino Mental Health Association of New Jersey has a Spanish peer support line. Any similar Portuguese line for Brazilians in Massachusetts?'),
    C("American Indian Boarding School history: the Interior Department's Boarding School Initiative report of May 2022 is key reading."),
    C("I need ideas. Client is a Czech-Vietnamese man, Nguyễn Văn Tú, born in Cheb, who runs a market stall at the border crossing in Potůčky. His stall was burned during the arson wave and the police report names him under his Czech residence number 690214/5117. He shows me the CCTV on his phone (he sends it from 93.99.144.212), over and over. His wife says he's not sleeping and drinks rice wine before opening the stall at 5am.", ('name', 'Nguyễn Văn Tú'), ('place', 'Cheb'), ('place', 'Potůčky'), ('ssn', '690214/5117'), ('ip_address', '93.99.144.212')),
    C('Anyone using the Spanish GHQ-12 with Andean migrants in Spain? The Instituto Nacional de Estadística uses it in ENSE surveys.'),
    C('Anyone familiar with the Finnish-Swede community in Närpes? I have a teen client there.', ('place', 'Närpes')),
    C('Lamotrigine rash scare last Saturday: the client stopped at 100 mg after reading a Reddit post. Her Mood Disorder Questionnaire score is 9. Restart slowly with the GSK Titration Kit?'),
    C('Bupropion XL 300 mg with an eating disorder history? The FDA label warns about Bulimia but our Canadian formulary still lists Wellbutrin and Zyban first-line for smokers in Ontario.'),
    C('Mexican journalist Rodolfo Caamal Ek in Chetumal, threatened after a story, IP on his website logs 201.141.67.18; protection mechanism ID MPDH-2026-0418. Phone +52 983 117 4029.', ('name', 'Rodolfo Caamal Ek'), ('place', 'Chetumal'), ('ip_address', '201.141.67.18'), ('ssn', 'MPDH-2026-0418'), ('phone', '+52 983 117 4029')),
    C('Martiniquaise mother Lucienne Bellerose-Aristide, NIR 2 69 03 972 09 118 41, chlordecone prostate cancer in husband; lives Quartier Fonds-Préville, 14 chemin Belle-Étoile, 97221 Le Carbet. Wants Creole.', ('name', 'Lucienne Bellerose-Aristide'), ('ssn', '2 69 03 972 09 118 41'), ('street_address', 'Quartier Fonds-Préville, 14 chemin Belle-Étoile'), ('zip_code', '97221'), ('place', 'Le Carbet')),
    C('Chilean clients mention the Estallido Social and the Plebiscito in the same breath as their Anxiety. Has anyone written on political grief in Chile since the October 2019 protests, perhaps in Revista Chilena de Neuro-Psiquiatría?'),
    C('Our Austrian clinic uses the Mini-ICF-APP for Work Capacity. Do other German-speaking colleagues use the IMET?'),
    C('Swiss Tarmed billing ends in January with TARDOC. Will delegated psychotherapy in Zurich canton rules still apply for Italian-speaking clients from Ticino?'),
    C('Ketamine clinics in Canada are everywhere now. Is anyone integrating Esketamine (Spravato) sessions with CBT under Health Canada rules?'),
    C('Is anyone still working out of Hollókő? A family needs Palóc-speaking support.', ('place', 'Hollókő')),
    C('What would you do with Mehmet Ali Yıldırım-Kraus, German-Turkish, who only talks about football?', ('name', 'Mehmet Ali Yıldırım-Kraus')),
    C('Austrian ski instructor Florian Schwaighofer, Sozialversicherungsnummer 4718 120883, ÖGK card ÖGK 4718120883-2, avalanche at Obergurgl-Hochgurgl on 7 January 2026 killed two of his group. Car IL 417 FS was found at the trailhead with the engine running.', ('name', 'Florian Schwaighofer'), ('ssn', '4718 120883'), ('health_plan', 'ÖGK 4718120883-2'), ('place', 'Obergurgl-Hochgurgl'), ('date', '7 January 2026'), ('vehicle', 'IL 417 FS')),
    C("Has anyone used the Romanian adaptation of the Beck Depression Inventory-II? I'm also looking for a Moldovan Russian-language version for Transnistrian clients."),
    C('Flemish nurse, Lieselotte Vandeputte, RIZIV-nummer 5-28614-77-401, rijksregisternummer 89.04.17-226.81, works nights in Roeselare. Colleague took her life in the med room; the hospital wants her back on Monday.', ('name', 'Lieselotte Vandeputte'), ('licence', '5-28614-77-401'), ('ssn', '89.04.17-226.81'), ('place', 'Roeselare')),
    C("Galician fisherman's wife, Carme Lorenzo Piñeiro, DNI 33894152-K, tarjeta sanitaria SERGAS GAL 1907 4381 6502, from Malpica de Bergantiños. Percebeiro husband swept off the rocks, boat VI-5-2411 still tied up. She asks for Galician-speaking therapy.", ('name', 'Carme Lorenzo Piñeiro'), ('ssn', '33894152-K'), ('health_plan', 'GAL 1907 4381 6502'), ('place', 'Malpica de Bergantiños'), ('vehicle', 'VI-5-2411')),
    C('Kansas farmer Dale Unruh (Mennonite), from Goessel, 67053, wind turbines split the church. Kansas Medicaid KanCare KC 1184 4207 5.', ('name', 'Dale Unruh'), ('place', 'Goessel'), ('zip_code', '67053'), ('health_plan', 'KC 1184 4207 5')),
    C('Michigan Upper Peninsula - Ruth Ann Koski, ninety-six on Juhannus, Calumet-Laurium, her daughter calls from (906) 555-0129. Copper mine collapse in 1936 killed her father before she was born.', ('name', 'Ruth Ann Koski'), ('age_over_89', 'ninety-six on Juhannus'), ('place', 'Calumet-Laurium'), ('phone', '(906) 555-0129')),
    C('Paraguayan Guaraní-speaking teen Rodrigo Aquino Benítez in Asunción-Chacarita, cédula 5.412.873, Calle Tte. Fariña 1244, Barrio Jara, 001418. Witnessed the fire in the supermarket his father ran. Speaks only Jopará in session.', ('name', 'Rodrigo Aquino Benítez'), ('place', 'Asunción-Chacarita'), ('ssn', '5.412.873'), ('street_address', 'Calle Tte. Fariña 1244'), ('place', 'Barrio Jara'), ('zip_code', '001418')),
    C('Finnish logger Taisto Heikkinen, hunting licence Metsästyskortti 0418 2277, lives Pohjantie 417, 97700 Ranua. Wife left, he sits with the elk rifle every evening. His daughter emailed heikkinen.salla@luukku.com.', ('name', 'Taisto Heikkinen'), ('licence', 'Metsästyskortti 0418 2277'), ('street_address', 'Pohjantie 417'), ('zip_code', '97700'), ('place', 'Ranua'), ('email', 'heikkinen.salla@luukku.com')),
    C("Portuguese firefighter Rui Miguel Tavares Lopes, driving licence AV-441729 5, engine 41-XQ-77 burned in Pedrógão Grande-Vila Facaia. Sixty-six dead in 2017. He hasn't driven since.", ('name', 'Rui Miguel Tavares Lopes'), ('licence', 'AV-441729 5'), ('vehicle', '41-XQ-77'), ('place', 'Pedrógão Grande-Vila Facaia')),
    C("Cuban-American clients who survived the Mariel boatlift sometimes mention Santería and Catholicism together. Any supervision books beyond Lillian Comas-Díaz's writing or the APA's Multicultural Guidelines?"),
    C('The Puerto Rico Department of Health changed how Plan Vital authorises psychiatry on Mondays. Do you have the new PA form?'),
    C("Cape Verdean mother in New Bedford - Nha Djenabu Lopes Tavares, MassHealth 100847392218, phone 508-555-0147. Son shot outside a club on 15 November 2026. She doesn't trust the police or the clinic.", ('place', 'New Bedford'), ('name', 'Djenabu Lopes Tavares'), ('health_plan', '100847392218'), ('phone', '508-555-0147'), ('date', '15 November 2026')),
    C('My Mexican-American client Refugio Galván is ninety-one and three weeks and still drives his Ford, plate TX KRG-4471, to the cemetery in San Elizario every morning.', ('name', 'Refugio Galván'), ('age_over_89', 'ninety-one and three weeks'), ('vehicle', 'TX KRG-4471'), ('place', 'San Elizario')),
    C('After the fire, Dolores Yazzie-Herrera moved in with her sister in Ganado.', ('name', 'Dolores Yazzie-Herrera'), ('place', 'Ganado')),
    C("Ukrainian refugee in Saxony, Oksana Petrivna Hnatyuk-Savchuk, RNOKPP 3182407719, AOK Versichertennummer K 428 109 573, address Eisenbahnstraße 63, 3. OG, D-04315 Volkmarsdorf-Ost. Son was filtered at a checkpoint on the Azov coast and she can't sleep.", ('name', 'Oksana Petrivna Hnatyuk-Savchuk'), ('ssn', '3182407719'), ('health_plan', 'K 428 109 573'), ('street_address', 'Eisenbahnstraße 63, 3. OG'), ('zip_code', 'D-04315'), ('place', 'Volkmarsdorf-Ost')),
    C('Any Norwegian colleagues using the Circle of Security programme with Sámi families? Bufetat funds it in Troms og Finnmark.'),
    C("Mindfulness for Brazilian Pentecostal clients: some call it Eastern Spirituality. Is Jon Kabat-Zinn's MBSR too Buddhist for them?"),
    C('Zapotec client Eufrosina Cruz Mendoza from Santa María Quiegolani, now in Los Angeles, Medi-Cal 91 447 208 3A, phone (323) 555-0192. She fled a forced marriage at 14; the husband found her Facebook.', ('name', 'Eufrosina Cruz Mendoza'), ('place', 'Santa María Quiegolani'), ('place', 'Los Angeles'), ('health_plan', '91 447 208 3A'), ('phone', '(323) 555-0192')),
    C('supervision please: joão pedro vidigal keeps missing sessions since his cousin drowned off nazaré.', ('name', 'joão pedro vidigal'), ('place', 'nazaré')),
    C('Icelandic fisherman Kristján Þór Egilsson, from Flateyri-Sólbakki, avalanche 1995 and again in 2020, boat ÍS 418 Egill, device Medtronic Azure XT s/n PZX441172H. His pacemaker alarms scare him.', ('name', 'Kristján Þór Egilsson'), ('place', 'Flateyri-Sólbakki'), ('vehicle', 'ÍS 418 Egill'), ('device', 'Medtronic Azure XT s/n PZX441172H')),
    C('Brazilian in Massachusetts - Wellington Aparecido dos Santos, CPF 318.447.902-16, works roofing, lives 88 Pleasant St, Apt 3, Framingham-Saxonville, 01701. Fell two storeys, has a Medtronic ICD Medtronic Cobalt XT s/n RNB418207S, ICE fear.', ('name', 'Wellington Aparecido dos Santos'), ('ssn', '318.447.902-16'), ('street_address', '88 Pleasant St, Apt 3'), ('place', 'Framingham-Saxonville'), ('zip_code', '01701'), ('device', 'Medtronic Cobalt XT s/n RNB418207S')),
    C("Does anyone have the Greek version of the Hamilton Rating Scale? A Cypriot client's Psychiatrist wants HAM-D and CGI scores every Thursday."),
    C("Somali-American teen Hodan Ilhan Farah-Warsame, hospital MRN HCMC-7734921, lives in the Riverside Plaza towers. Her Snapchat https://www.snapchat.com/add/hodan.w.mpls was hacked and her photos sent to her uncle. Mother's cell (612) 555-0184.", ('name', 'Hodan Ilhan Farah-Warsame'), ('medical_record', 'HCMC-7734921'), ('place', 'Riverside Plaza towers'), ('url', 'https://www.snapchat.com/add/hodan.w.mpls'), ('phone', '(612) 555-0184')),
    C("The Greek Orthodox Easter falls late in April next year, and many of my clients fast for Lent. Adjusting Lithium monitoring then is something I've learned the hard way."),
    C('Mexico City referral - Ximena Alarcón Iturbide, CURP AAIX920714MDFLTM04, Calle Zacatecas 97, depto 402, Colonia Roma Norte, 06700. Survived the 2017 quake under the rubble of her office; now panics at every seismic alarm.', ('place', 'Mexico City'), ('name', 'Ximena Alarcón Iturbide'), ('ssn', 'AAIX920714MDFLTM04'), ('street_address', 'Calle Zacatecas 97, depto 402'), ('place', 'Colonia Roma Norte'), ('zip_code', '06700')),
    C("Portal flagged five failed logins for client file PSY-CH-2026-04418 from 91.138.45.207; the client, Corinne Rochat-Meylan in Yverdon-les-Bains, says it's her teenage son. Do I need to report it?", ('medical_record', 'PSY-CH-2026-04418'), ('ip_address', '91.138.45.207'), ('name', 'Corinne Rochat-Meylan'), ('place', 'Yverdon-les-Bains')),
    C('Disulfiram (Antabuse) is still popular in Denmark and Norway. Has anyone had a client drink on it deliberately as a Self-Harm act before Easter or Christmas?'),
    C('I\'ve a Faroese client, Jógvan Poulsen, whose wife died when their car went into the fjord near Hvannasund last winter. The car, FO 42 188, is still in the police yard. He phones me from +298 29 44 71 at all hours, mostly drunk, and asks whether I can "see" her. I\'m worried about how to set boundaries without abandoning him.', ('name', 'Jógvan Poulsen'), ('place', 'Hvannasund'), ('vehicle', 'FO 42 188'), ('phone', '+298 29 44 71')),
    C('Working with a family from Caxias do Sul - Italian-Brazilian, very proud, very private.', ('place', 'Caxias do Sul')),
    C("Tohono O'odham grandmother Lorinda Antone, AHCCCS A71294851, Sells-Topawa, says the wall cut her off from her sister's grave on the other side. Speaks O'odham ñeok only with family.", ('name', 'Lorinda Antone'), ('health_plan', 'A71294851'), ('place', 'Sells-Topawa')),
    C('Has Niamh Ní Bhraonáin reached out to anyone else in the group? She cancelled with me by text.', ('name', 'Niamh Ní Bhraonáin')),
    C("My client's family from Bârgăuani practise a kind of wake that lasts three nights.", ('place', 'Bârgăuani')),
    C('Anyone using the Portuguese version of the PCL-5 validated in Brazil? I want the Lusophone norms rather than the American cut-off of 33 for my Azorean clients.'),
    C('For Romanian clients, Orthodox Priests are often the first port of call. The Romanian Patriarchate runs Filantropia centres with Social Workers.'),
    C("Our clinic's Wi-Fi logs show the stalker's laptop at 10.44.17.203 on the guest network the day Margarida Teixeira Vaz had her session. Do we tell her?", ('ip_address', '10.44.17.203'), ('name', 'Margarida Teixeira Vaz')),
    C("For Cree and Ojibwe clients in Manitoba, the Thunderbird Partnership Foundation's Native Wellness Assessment is great. Anyone trained on it?"),
    C('Quick q: Dragica Perković wants her husband in the room. Is that ever ok in a DV history?', ('name', 'Dragica Perković')),
    C("Does the Croatian HZZO reimburse Psychotherapy by a Clinical Psychologist without a Psychiatrist's referral? I'm drafting a letter for a Dalmatian client."),
    C('Audit log from our portal: login for Birgit Hallgrímsdóttir Lund from 185.47.219.66 at 02:14, then from 2a02:2149:8b4e:1f00:9c3d:4ab2:e10:77 an hour later. She says her ex in Hafnarfjörður-Vellir knows her password.', ('name', 'Birgit Hallgrímsdóttir Lund'), ('ip_address', '185.47.219.66'), ('ip_address', '2a02:2149:8b4e:1f00:9c3d:4ab2:e10:77'), ('place', 'Hafnarfjörður-Vellir')),
    C('Azorean widow, Maria da Graça Medeiros, Medicare MBI 4TK7-QW2-MA81, 214 Columbia St, Fall River-South Main, 02721. She is 94 since last Epiphany. Her son died in the mill fire in 1983 and she still lights candles every Saturday.', ('name', 'Maria da Graça Medeiros'), ('health_plan', '4TK7-QW2-MA81'), ('street_address', '214 Columbia St'), ('place', 'Fall River-South Main'), ('zip_code', '02721'), ('age_over_89', '94 since last Epiphany')),
    C("Estonian client, Reet Kalmus-Tamm, isikukood 47103152748, address Männi tn 14-6, Kärdla 92414. She nursed her mother at home until the mother died at 99½ and now can't leave the house.", ('name', 'Reet Kalmus-Tamm'), ('ssn', '47103152748'), ('street_address', 'Männi tn 14-6'), ('place', 'Kärdla'), ('zip_code', '92414'), ('age_over_89', '99½')),
    C('For Ukrainian refugees in Poland, the WHO Problem Management Plus (PM+) manual is translated. The UNHCR and IOM fund group sessions on Saturdays.'),
    C("Greek clients speak of Stenachoria (narrowness of the chest). The Hellenic Psychiatric Association's guidance for Cypriot migrants to Germany and Britain is useful."),
    C("Czech clients' relatives often bring Becherovka to sessions at Christmas. Do you accept small gifts? The APA and the BPS say different things, and the Czech Chamber of Psychologists says nothing."),
    C("Kosovar asylum seeker in Switzerland, Besarta Krasniqi, AHV 756.4412.8830.17, Krankenkasse Helsana Helsana 81.559.302-1, seen at Bernstrasse 112, 3072 Ostermundigen. The 1999 photos won't leave her.", ('name', 'Besarta Krasniqi'), ('ssn', '756.4412.8830.17'), ('health_plan', 'Helsana 81.559.302-1'), ('street_address', 'Bernstrasse 112'), ('zip_code', '3072'), ('place', 'Ostermundigen')),
    C('For the Latin America group: a Brazilian trans sex worker in Portugal, Thayná Vitória Alves, was beaten in Intendente and her passport FZ418227 was taken by the man who paid her flight. She is on PrEP and her SNS utente number is 771 402 388. She wants trauma work, but she also wants to go home to Belém-Jurunas, and she keeps changing her mind within a session.', ('name', 'Thayná Vitória Alves'), ('place', 'Intendente'), ('ssn', 'FZ418227'), ('health_plan', '771 402 388'), ('place', 'Belém-Jurunas')),
    C("Brazilian Guarani-Kaiowá youth Anderson Vera Benites from Tey'ikue, suicide cluster in the reserve, SESAI record DSEI-MS 118403. Wants to speak Guarani with the therapist.", ('name', 'Anderson Vera Benites'), ('place', "Tey'ikue"), ('medical_record', 'DSEI-MS 118403')),
    C('Fax to +34 981 417 228, Unidade de Saúde Mental, re Xoán Barreiro Louzao, historia clínica HC-CHUS 00441872, discharged Monday 30 November 2026, follow-up with me.', ('fax', '+34 981 417 228'), ('name', 'Xoán Barreiro Louzao'), ('medical_record', 'HC-CHUS 00441872'), ('date', 'Monday 30 November 2026')),
    C("Norwegian whaler's son Eirik Hansen Bjørnå from Skrova, boat N-71-V Nyken, fishing licence FDIR 1844-V. Refuses to come ashore for sessions; can do video on Thursday the 10th of December.", ('name', 'Eirik Hansen Bjørnå'), ('place', 'Skrova'), ('vehicle', 'N-71-V Nyken'), ('licence', 'FDIR 1844-V'), ('date', 'Thursday the 10th of December')),
    C("Mam family in Texas - Baltazar Pérez Ramírez, kids on CHIP TX CHIP 521 847 009, lives 6300 Hillcroft St, Apt 218, Gulfton, 77081. Daughter was held at the border in a cold cell; she won't sleep without her shoes on.", ('name', 'Baltazar Pérez Ramírez'), ('health_plan', 'TX CHIP 521 847 009'), ('street_address', '6300 Hillcroft St, Apt 218'), ('place', 'Gulfton'), ('zip_code', '77081')),
    C('Argentine Psychoanalysis is dominant; many clients expect Lacanian silence. How do CBT colleagues in Buenos Aires Province explain Homework?'),
    C('The Czech Republic started reimbursing Clinical Psychologists directly through VZP in September. Are waiting lists improving in Moravia?'),
    C('Quick pharmacology question: a client on Lithium 800 mg with a level of 0.9 mmol/L started Ibuprofen for gout on Friday. Should I flag it to the GP before Monday or am I overstepping as a BACP member?'),
)

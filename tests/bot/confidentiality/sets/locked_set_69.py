"""SIXTY-NINTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (as the second
blind set of its round beside locked_set_68.py), and independently of the
guard: the author did not open, read, search or run anything under bot/
(bot/confidentiality/ included) or scripts/, did not run the guard,
bench/guard_eval.py or any test that imports or runs the guard, did not
run git log, git status or git diff at all, did not read bench/ (any of
it), README.md, pyproject.toml, tests/bot/confidentiality/test_round*.py
or diffs of any commit, and did not read the snippets of eval_set.py,
dev_extra.py, locked_set.py or locked_set_2.py ... locked_set_67.py
(locked_set_68.py was being written at the same time in another
worktree, which the author did not look at, nor at its drafts folder;
it does not exist in this worktree).
What was read, each printed once and in its own command with nothing
else: the module docstrings of tests/bot/confidentiality/sets/
locked_set_67.py and locked_set_65.py (the "real requests" sets this one
is modelled on, each up to its closing triple quote, none of their
cases); the first 25 lines of tests/bot/confidentiality/sets/
locked_set_13.py (its docstring); its last three lines (two snippets,
for the file format; none of their sentences was copied); the EvalCase
dataclass and PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41);
and tests/bot/confidentiality/test_locked_sets.py (the data integrity
checks, which hold no snippets).  The first command, which printed the
writing rules from outside the repository, also listed the worktree's
top level (file names only); one further command listed the sets folder
(file names only).  No slip of the reading rule occurred.
The header of this file (the import of EvalCase, the alias
"C = EvalCase" and the name LOCKED69_CASES) was written from the format
of set 13's tail and the test's module and attribute names.  The overlap
filter described below imported the earlier sets and printed only this
set's own clashing strings.  The only test run was test_locked_sets.py
(selected with -k 69); ruff was run on this file and on that test file.
Like set 65, and unlike set 67, every snippet here is set in Europe and
the Americas (and diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty minutes for the whole set), as a message to
peers in a therapists' consultation group, "like real requests" in the
manner of sets 65 and 67, mostly about ordinary working and family
lives, with settings chosen to differ from set 65's list as far as its
docstring shows (set 67 is set elsewhere): Sámi reindeer, Faroese
longliner, Icelandic (a fish plant, a fish farm, a trawler at sea),
Shetland crofting, Orkney, Manx, Cornish fishing, Breton oyster and
island, Corsican shepherd, Sardinian miner, Sicilian, Maltese carer,
Galician percebeira and quarryman, Andalusian jornalero and greenhouse,
Canarian eruption, Madeiran embroiderer, Frisian dairy, Limburg mining
widow, Portuguese in Luxembourg, Silesian miner, Hutsul, Lemko, Csángó,
Transylvanian Saxon, Vlach, Montenegrin, Gheg Albanian, Macedonian,
Pontic Greek, Cypriot, Latgalian, Võro, Belarusian exile, Moravian
Wallachian, Prekmurje, Istrian fishing, Bukovina potter, Georgian
domestic worker in Greece, Belgian Flemish nurse, Danish
mink farm, Welsh mining town, Gaeltacht, Hebridean, Dutch Urk, Twente
and Achterhoek, Ruhr, Vorarlberg, Serbian lorry driver, Finnish bus
driver, Slovak Roma school, Hungarian Roma settlement, Chechen and
Afghan asylum, Ukrainian refugee and Nigerian-Irish clients;
Inuit, Cree, Haida, Nuu-chah-nulth, Algonquin, Newfoundland outport,
Labrador, Cape Breton Gaelic, Gaspésie fishing, Saguenay, Franco-
Ontarian, Hutterite, Doukhobor, PEI Acadian, Alberta Ukrainian,
Hasidic, Cajun shrimper, Hopi, Tohono O'odham, Apache, Diné, Crow,
Yup'ik, Iñupiaq, Unangan, Appalachian, Amish, Mississippi, Texas,
Tejano, Vermont dairy Maya, Samoan Utahn, Somali Minnesotan, Puerto
Rican Massachusetts, Oregon, Garifuna, Nicaraguan Creole, Tico,
K'iche' and Kaqchikel, Zapotec and Mixtec farmworkers, Purépecha,
Rarámuri, Sinaloan, Venezuelan migrant, Afro-Chocó, Esmeraldas, Shipibo,
Chiquitano, Aymara, Pomeranian Brazilian, gaúcho, sertanejo, ribeirinha,
favela, Uruguayan, Falklands, Fuegian shearer, Volga German Argentine,
brasiguaio, Wapishana, Hmong in French Guiana, Martiniquais, Curaçaoan,
Sint Maarten, Grenadian, Caymanian, Montserratian, US Virgin Islander,
Saint Lucian, Haitian-Dominican batey, Haitian in Chile, Mapuche,
Tusán, Japanese Peruvian, Korean Argentine, Bangladeshi in Italy, Sikh
in BC, Filipino in Manitoba, Vietnamese in Czechia, Polish in Iceland
and Moroccan Dutch clients.  Short referral lines, forwarded faxes,
portal and audit logs, rushed lower-case chat (five identifier snippets
write a name and a place in lower case) and about thirty longer requests
(35 over 300 characters, up to about 440) with the identifiers
mid-sentence.  68 of the 249 identifier snippets (27%) hold only a name
and/or a place.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository (/tmp/set69work/) with the planted
spans marked inline, and a script there only stripped the marks into the
expected lists, checked lengths, token boundaries, duplicate spans and
duplicate snippets, checked for unmarked repeats of a planted name's
words, listed the capitalised words outside the spans for a read-through,
counted capitalised words in the clean drafts, checked overlap with the
earlier sets, shuffled the order with a fixed seed and wrote this file.
Later edits were typed by hand as find-and-replace pairs that a small
script applied to the drafts before the marks were stripped.

Edits made after drafting, stated here: false starts and asides typed
into the drafts were cut or rewritten ("NMC? no need", a capital city
followed by "? she lives in the Shipibo community there", "wait, she's
in Japan, so out of scope? No", "RUC? DNI", "the Azores? no -", a
capital "? - no, he's moved since", a wrong name "? no, wrong case - I
mean", "Kentucky ... - wait, sorry, West Virginia -", a capital "? no,
in", a name "? sorry, wrong -", "(no, not Central Asia - ...)", a
Pacific place "? no - she lives in Utah now", "Ordem dos Psicólogos?
no", and "? no wait that's MY CRP"); two titles (Dr, Grandpa) were moved
out of name spans; label words (device makes and models with SN or #,
MRN, TX DL, BC DL, a permesso label) and the words "born" and "nascido
a" were moved out of spans so that the spans hold the values; cities,
towns and sub-state places written unlabelled (Helsinki, Montréal's
hospital name, Zürich, Berlin, Galway, Mendoza, Gatineau, Ottawa, Lima,
the Bronx, Kingston, Leicestershire, Frederiksted, Scarborough, Kobani,
Reykjavík, Vienna, Tallinn, Amadora, La Palma, Shetland, Orkney, the
Coquihalla, Mariel and the Solimões) were replaced by a country, a
region, a state, a neutral word or nothing; four unmarked repeats of a
planted name's words (a first name, "Mrs" and a surname, two first
names) became pronouns or were cut; three names shared with public
figures were changed, two lone first names of colleagues were given a
surname or cut; eleven national numbers were removed from identifier
snippets to widen the share holding only a name and/or a place; and
nine identifier snippets and two clean snippets were cut to keep the
set near 400.  Overlap with the earlier sets was resolved by renaming
only this set's planted values, with a filter that imported the earlier
sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 37 values in the first
round (11 names given a further surname or another surname, 13 places
given a further part or another part, 3 postal codes removed with their
text and 3 given a country prefix, a date, a record number, a device
serial, a health number, a vehicle and two licences given other
digits), none in the second.  No snippet repeated or contained an
earlier set's snippet.

Local identifier formats: Faroese p-tal, Icelandic kennitala, Manx NI
number, French NIR, Maltese ID card, Portuguese NIF, Dutch BSN,
Luxembourg matricule, Ukrainian RNOKPP, Serbian JMBG, Macedonian EMBG,
Greek AMKA, Slovenian EMŠO, Canadian treaty status number, Costa Rican
cédula, Guatemalan DPI, Mexican CURP, Colombian PPT, Uruguayan CI,
Grenadian NIS, Argentine CUIL, Italian residence permit and codice
fiscale, Czech rodné číslo, Irish PPSN, Belgian rijksregisternummer,
Danish CPR and Chilean RUT (ssn); an IHS chart, a Finnish
HUS number, a Norwegian journal, a hospital chart, a French CMP
dossier, an Azorean SNS number, a Swedish journal, a Labrador-Grenfell
chart, an Argentine historia clínica, a Quebec MRN, Zagreb and Maribor
hospital numbers and a Galician HC (medical_record); Scottish CHI, NHS
number, SERGAS, Portuguese número de utente, Nunavut, BC PHN,
Newfoundland MCP, RAMQ, OHIP, Alaska and US Virgin Islands Medicaid,
Cartão SUS, Manitoba Health, Kela card, Irish GMS medical card,
Austrian e-card, Texas Medicaid and a Hungarian TAJ (health_plan); Swish,
Vipps, an Irish IBAN, Bizum, MB Way, a Polish IBAN, a Lithuanian
Revolut IBAN, Interac, Zelle, Cash App, a US routing and account, PIX,
Nequi and an Argentine CBU (account); Istrian fishing licence, Texas
and BC driving licences, a Chilean psychologist's registration, a
Spanish colegiada number, an OPQ permit, a CRPO registration, an Oregon
LPC, a UK DVLA driver number, an Irish learner permit, a Serbian
driving licence, a Slovak teaching licence and a Brazilian CRP
(licence); French, Croatian boat, BC truck, Dutch, Berlin taxi,
Norwegian, Spanish, Serbian truck, West Virginia, Irish, Italian
moped, Danish fishing-vessel, Finnish bus and Norwegian car plates and
registrations (vehicle); a hearing aid (twice), DBS, CPAP, a
myoelectric hand, a port, an oxygen concentrator, a cochlear implant,
an insulin pump, a pacemaker, a wheelchair, an ankle monitor and a
Dexcom (device); addresses written the local way (an Icelandic hæð, an
Italian vicolo and via with interno, a Maltese triq, a Frisian buorren,
a Macedonian ulica, a Cypriot odos with flat, a Slovene village number,
a Cape Breton route, a Costa Rican directions address, a Texan street,
a Brazilian sítio "s/n", a Uruguayan bulevar with apartment, a
Martinique rue and quartier, a Dutch III, a Virgin Islands estate, a
Minneapolis-style #, an Irish-language townland address, a Belgian bus,
an Austrian Stiege and Tür, a Danish "2. tv.", a Portuguese "3.º esq.",
a Quebec road and box, Toronto and Massachusetts streets, a Welsh
terrace and a Viennese Platz) with postal codes of Iceland, Italy,
Malta, the Netherlands, North Macedonia, Cyprus, Slovenia, Canada, the
US, Brazil, the US Virgin Islands, Ireland (Eircode), Belgium, Austria,
Denmark, Portugal and the UK; dates written day-month-year in Irish,
French, Spanish and English, dotted, slashed, hyphenated, ISO, ordinal
without a year, a US month-day-year and a weekday with a date; ages over
89 written as words with a fair, a saint's day, a feast, a kermis, a
Kerb, a season, Russian Christmas, a Sugaring-off, "a volcano's worth"
and "since the first of May", in English, German, Spanish and Dutch;
IPv4 and IPv6 addresses, URLs and phone and fax numbers in local and
international formats.

405 snippets, 249 with identifiers and 156 clean (lengths 42-441,
within the test's bounds of 40-520).  Every pattern category appears at
least 12 times (the test requires 12):
date 13, age_over_89 13, phone 19, fax 13, email 15, url 12,
ip_address 13, ssn 32, medical_record 13, health_plan 18, account 13,
licence 13, vehicle 15, device 13, street_address 27, zip_code 23;
with 242 names and 213 places smaller than a state (the test requires
242 and 213).

Names: Sámi, Faroese, Icelandic (patronymics and matronymics), Shetland,
Orkney and Hebridean, Manx, Cornish, Welsh, Irish-language, Breton,
Corsican, Sardinian, Sicilian and Neapolitan, Maltese, Galician,
Andalusian Gitano, Canarian, Madeiran and Azorean, Basque, Catalan,
Frisian, Limburg, Dutch and Twents, Flemish, Portuguese, Silesian,
Polish, Hutsul and Ukrainian, Lemko, Csángó and Székely Hungarian,
Transylvanian Saxon, Romanian, Vlach and Serbian, Montenegrin, Gheg
Albanian and Kosovar, Macedonian, Pontic Greek and Cretan, Cypriot,
Latgalian, Võro and Estonian, Belarusian, Lithuanian, Moravian and
Czech, Slovak, Prekmurje Slovene, Croatian and Istrian, Bukovinian,
Georgian, Austrian, German and Ruhr Polish, Danish,
Swedish, Norwegian, Finnish, Bulgarian Pomak, Roma, Chechen, Afghan,
Somali, Kazakh-Estonian, Nigerian-Irish, Belgian-Congolese, Inuit,
Cree, Haida, Nuu-chah-nulth, Algonquin, Newfoundland Irish, Gaelic,
Québécois and Gaspésien, Franco-Ontarian, Acadian, Hutterite,
Doukhobor, Ukrainian Canadian, Hasidic, Cajun, Hopi, Tohono O'odham,
Apache, Diné, Crow, Yup'ik, Iñupiaq, Unangan, Appalachian, Amish and
ex-Amish, African American, Tejano, Samoan, Puerto Rican, Garifuna,
Nicaraguan Creole, Costa Rican, K'iche', Zapotec, Mixtec, Purépecha,
Rarámuri, Sinaloan, Venezuelan, Afro-Colombian, Afro-Ecuadorian,
Shipibo, Chiquitano, Aymara, Mapuche, Pomeranian Brazilian, gaúcho,
Nordestino, Kokama, Carioca, Uruguayan, Falkland Islander, Fuegian,
Volga German, brasiguaio, Wapishana, Hmong, Martiniquais, Guadeloupean,
Curaçaoan, Sint Maarten, Grenadian, Caymanian, Montserratian, Virgin
Islander, Saint Lucian, Dominican, Haitian, Tusán, Okinawan Peruvian,
Korean Argentine, Bangladeshi, Sikh, Filipino, Vietnamese and Moroccan
Dutch names; five lower-case names with their places, hyphenated and
multi-part names, "í", "Ní", "Nic", "Mac", "Ó", "de", "da", "i", "van"
and "ter" names, titles (Dr, Grandpa) kept outside the spans and names
with diacritics and apostrophes.  Places: villages and their parts,
siidas, bygdir, townlands and Gaeltacht villages, contradas, sítios and
lombos, caseríos and aldeas, barriadas, quartiers and cités, osiedla,
sides and ends of districts, dorpen and buurtschappen, wijken, Lager
and blocks, fäbodar and gardar, colonies and colonias, estancias,
linhas and comunidades, settlements, chapters, reserves and landings,
bayous and hollows, bateyes, campamentos and favela streets, and places
between street addresses and postal codes.

Clean snippets: peer-consultation messages, questions, statements,
scheduling chatter, supervision reflections, office logistics (faxes,
portals, audits, no identifiers) and reading-group notes, spread over
three bands of capitalised words after the first word (counted by the
author's script, the pronoun "I", sentence starts and acronyms
included): 82 with 0-2 (many written largely in lower case), 51 with
3-5 and 23 with 6 or more (424 in 156 snippets, about 2.7 per
snippet): drug brands and generics, scales and questionnaires, therapy
models and their founders, real published authors and books,
guidelines and laws, weekdays, months, seasons, religious holidays and
fasts, professional bodies, councils and insurers, charities and
agencies, apps and platforms, countries, states, provinces and regions,
nationalities, peoples, religions and languages, and no place smaller
than a state or a country's first-level subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED69_CASES = [
    C('Is anyone doing Narrative Exposure Therapy with refugees from Ukraine? Looking for an interpreter protocol'),
    C('how many of you still do paper notes? the new system eats my afternoons'),
    C('Blessing Adewale-Murphy, Mulhuddart Parslickstown. Nigerian-Irish, 17, school refusal.', [('name', 'Blessing Adewale-Murphy'), ('place', 'Mulhuddart Parslickstown')]),
    C('Cree grandmother Mary-Jane Kitchekeesik, Split Lake Landing, treaty status no. 2890041203 - lost two grandsons this year. Elders want a ceremony first, then maybe me. Totally fine by me.', [('name', 'Mary-Jane Kitchekeesik'), ('place', 'Split Lake Landing'), ('ssn', '2890041203')]),
    C("A safeguarding dilemma from the Azorean community in Canada: Graça Medeiros Ponte, 118 Lisgar St, 2nd floor, M6J 3G1, her husband takes her pension each month and her daughter thinks it's financial abuse. She says it's how it's always been. She's ninety-one at the Espírito Santo feast. Who decides?", [('name', 'Graça Medeiros Ponte'), ('street_address', '118 Lisgar St, 2nd floor'), ('zip_code', 'M6J 3G1'), ('age_over_89', 'ninety-one at the Espírito Santo feast')]),
    C("URL for the anonymous peer questionnaire the Swiss group sent: https://umfrage.psy-intervision.ch/q/7Hk2pA - and the lead's email is r.caduff@intervision-gr.ch if you have trouble.", [('url', 'https://umfrage.psy-intervision.ch/q/7Hk2pA'), ('email', 'r.caduff@intervision-gr.ch')]),
    C('Irish learner permit L 041 883 927 - Caoimhe Nic Giolla Bhríde failed her test four times and is now too anxious to drive. 19, rural, no buses. CBT for driving anxiety?', [('licence', 'L 041 883 927'), ('name', 'Caoimhe Nic Giolla Bhríde')]),
    C("Ilkka Huotari from Kuusamo Kitkanniemi said the reindeer herders' group was the first time he spoke.", [('name', 'Ilkka Huotari'), ('place', 'Kuusamo Kitkanniemi')]),
    C('Zeynep Akgündüz-Meier in Dornbirn Hatlerdorf needs Turkish-speaking, female.', [('name', 'Zeynep Akgündüz-Meier'), ('place', 'Dornbirn Hatlerdorf')]),
    C("Can we talk about what happens to us when a client dies by suicide? I had one this year. I'm okay but I'm not. I just want to hear from others who've been through it."),
    C('reminder that the room with the broken radiator is still broken. bring a cardigan'),
    C('Kalinda Takes-Gun, Lodge Grass Woody Creek. Crow Nation. back after the summer.', [('name', 'Kalinda Takes-Gun'), ('place', 'Lodge Grass Woody Creek')]),
    C("Garifuna fisherman Wilfredo Martínez Ávila, Triunfo de la Cruz playa, Honduras. land grabs by the tourist developers, cousin disappeared. I'm out of my depth.", [('name', 'Wilfredo Martínez Ávila'), ('place', 'Triunfo de la Cruz playa')]),
    C('My Chilean colegio licence PSI 2-4471-09 is due for renewal. Does anyone know the Chilean Superintendencia portal link?', [('licence', 'PSI 2-4471-09')]),
    C('AUDIT LOG export: user login from 81.214.97.36 at 06:12, record HUS-2291-0448 opened, record printed, session closed. Can someone explain why our Finnish system logs print events but not who printed?', [('ip_address', '81.214.97.36'), ('medical_record', 'HUS-2291-0448')]),
    C("In Mexico the psychology licence is a cédula profesional. Does anyone know if it's recognised in Canada?"),
    C('Question for the group about using the PHQ-9 with farmers. The wording about "feeling down" just doesn\'t land with them'),
    C('Revolut IBAN LT72 3250 0489 1172 6610 - client paying from Lithuania for online sessions, Gintarė Žemaitytė, Palanga Kunigiškiai. VAT question for the accountant.', [('account', 'LT72 3250 0489 1172 6610'), ('name', 'Gintarė Žemaitytė'), ('place', 'Palanga Kunigiškiai')]),
    C('Question for the Americas peers. Emiliano Cuxil Sapón, a Maya K\'iche\' man, 38, working at a dairy in Vermont (farm at Franklin County Swanton-Highgate line) had his hand caught in the machinery. The farm gave me the fax of their lawyer, (802) 868-4417, and asked for "reports". He\'s undocumented and terrified. What can I safely share? What should I absolutely not?', [('name', 'Emiliano Cuxil Sapón'), ('place', 'Franklin County Swanton-Highgate line'), ('fax', '(802) 868-4417')]),
    C("Looking for advice: I've been asked to give a talk to a parish council about men's mental health, and I know half the room from the school gate. How do you speak publicly in a small community without anyone wondering who you're talking about? I'm thinking of using only published case studies."),
    C('Eircode for the home visit is H91 X7P2, Cnoc na Gaoithe, Bóthar na Trá, Indreabhán Thiar. Family speaks Irish at home, the daughter translates for the grandmother.', [('zip_code', 'H91 X7P2'), ('street_address', 'Cnoc na Gaoithe, Bóthar na Trá'), ('place', 'Indreabhán Thiar')]),
    C('Dexcom G7 sensor G7-4418-2290 reading in session every 5 min - Ruairí Ó Dálaigh, 16, Carraig na bhFear Ballyhooly Road. Do I ask him to put it away?', [('device', 'G7-4418-2290'), ('name', 'Ruairí Ó Dálaigh'), ('place', 'Carraig na bhFear Ballyhooly Road')]),
    C("Strange question: has anyone had a client who was also their child's teacher? Small towns, eh"),
    C('New referral, Sámi reindeer family: Ristin Elle Somby, 29, calving-season panic attacks, lives out at Gáregasnjárga siida. Wants a North Sámi speaker if anyone knows one.', [('name', 'Ristin Elle Somby'), ('place', 'Gáregasnjárga siida')]),
    C('Good news from Brazil: the Conselho Federal de Psicologia has put out clearer guidance on telepsychology. Portuguese PDF on their site'),
    C('Bit of a ramble. Hallveig Björnsdóttir, a fish-farm worker in Tálknafjörður Sveinseyri, lost her hand in an accident at the pens and now has a myoelectric prosthesis (bebionic hand, SN BB-7741902). She hates it, wears it only for her son. The rehab team is in the capital, which she sees as another country. How to make space for hating a device that also helps?', [('name', 'Hallveig Björnsdóttir'), ('place', 'Tálknafjörður Sveinseyri'), ('device', 'BB-7741902')]),
    C("Lemko family - Teodor Hrynyk and his daughter - in Wysowa-Zdrój Górna. Old resettlement stories coming up now he's ill. Just names for the supervision log.", [('name', 'Teodor Hrynyk'), ('place', 'Wysowa-Zdrój Górna')]),
    C("routing 041 215 663 / 8830 2291 44 for Elmer Schrock Yoder's refund - Ohio, Amish-raised, left at 19, uses a bank for the first time. He asked me to write the numbers down for him.", [('account', '041 215 663 / 8830 2291 44'), ('name', 'Elmer Schrock Yoder')]),
    C('has the insurance form changed again? the box for diagnosis code is in a different place'),
    C("Long question re: interpreters. Yusuf Hassan Abdulle and his wife came from Somalia to Rinkeby Hagstråket, and the only Somali interpreter the region offers is his cousin. He says he'd rather talk in bad Swedish than in front of family. The interpreter service's booking number is 08-123 455 09 and they say there's no one else. What have you done?", [('name', 'Yusuf Hassan Abdulle'), ('place', 'Rinkeby Hagstråket'), ('phone', '08-123 455 09')]),
    C("Marija Azzopardi Camilleri, ID card 0348791M, 14, Triq il-Mitħna, Ħal Għargħur Ta' Sant'Anna GHR 1408 - Maltese, 40s, caring for her mother and her husband's. Anyone in Malta doing carer groups?", [('name', 'Marija Azzopardi Camilleri'), ('ssn', '0348791M'), ('street_address', '14, Triq il-Mitħna'), ('place', "Ħal Għargħur Ta' Sant'Anna"), ('zip_code', 'GHR 1408')]),
    C('I need help thinking about a teen. Kaia Nakai-Begay is 15, Diné, lives with her grandmother in Kayenta Laguna Creek chapter, and her school counsellor sent me her Snapchat story link (https://snapchat.com/t/kaia.nb.2011) because it "looked suicidal". She doesn\'t know I\'ve seen it. I don\'t want to start with a betrayal. How do you handle a referral that begins like this?', [('name', 'Kaia Nakai-Begay'), ('place', 'Kayenta Laguna Creek chapter'), ('url', 'https://snapchat.com/t/kaia.nb.2011')]),
    C('Has anyone used the Edinburgh Postnatal Depression Scale with fathers? Any norms?'),
    C("Plate 231-KY-4418, Irish - the car that hit Lorcan Fitzgerald outside Listowel Ballygologue. Court date 16 April 2027. He wants to go, I'm not sure.", [('vehicle', '231-KY-4418'), ('name', 'Lorcan Fitzgerald'), ('place', 'Listowel Ballygologue'), ('date', '16 April 2027')]),
    C("i've got a client who wants to stop meds without telling her doctor. not my call, but how do i stay in the conversation"),
    C('Uruguayan client Washington Pereyra Olivera, CI 3.418.572-6, Bvar. Artigas 1124 apto 502. Retired bus driver, wife died in the winter.', [('name', 'Washington Pereyra Olivera'), ('ssn', '3.418.572-6'), ('street_address', 'Bvar. Artigas 1124 apto 502')]),
    C("How do you handle Ramadan scheduling with clients who fast? I moved my evening slots but it's messy"),
    C('Any experience of therapists forming unions? Our NHS trust is talking about it'),
    C('Can someone recommend a trauma-informed yoga teacher who works online? Clients in Chile and Argentina mostly.'),
    C('Erzsébet Szőcs-Kelemen from Gyergyóditró Tekerőpatak sends her thanks for the Hungarian worksheets.', [('name', 'Erzsébet Szőcs-Kelemen'), ('place', 'Gyergyóditró Tekerőpatak')]),
    C('Raúl Quispe Mamani has a pacemaker (Biotronik Edora 8, SN 68914027) and a new job driving in Ciudad Satélite El Alto sector B. The doctor said nothing about driving.', [('name', 'Raúl Quispe Mamani'), ('device', '68914027'), ('place', 'Ciudad Satélite El Alto sector B')]),
    C('Does anyone have the updated NICE guideline on depression handy? The link on our intranet is dead'),
    C('Ostréiculteur Yann-Fañch Le Goff près de Kerlouan Theven-Meneham, n° de sécu 1 68 02 29 103 417 53 - burnout after two bad oyster years. Il préfère parler breton avec sa mère, pas avec moi, ha.', [('name', 'Yann-Fañch Le Goff'), ('place', 'Kerlouan Theven-Meneham'), ('ssn', '1 68 02 29 103 417 53')]),
    C('Is anyone else seeing more clients with climate anxiety since the summer fires in Portugal and Greece?'),
    C("sertanejo Cícero Bezerra do Nascimento, Sítio Baixa Verde s/n, Caraúbas do Piauí zona rural, CEP 64395-000. Drought again. His son went to São Paulo state and doesn't call.", [('name', 'Cícero Bezerra do Nascimento'), ('street_address', 'Sítio Baixa Verde s/n'), ('place', 'Caraúbas do Piauí zona rural'), ('zip_code', '64395-000')]),
    C('How do you work with clients on sertraline who say they feel "flat" but don\'t want to come off it?'),
    C('Kristel Van Hoorebeke, rijksregisternummer 81.07.23-264.18, Kerkstraat 14 bus 3, B-9810 Nazareth-Eke dorp. Belgian, Flemish, nurse, burnout. Fax from her GP is 09 385 41 70.', [('name', 'Kristel Van Hoorebeke'), ('ssn', '81.07.23-264.18'), ('street_address', 'Kerkstraat 14 bus 3'), ('zip_code', 'B-9810'), ('place', 'Nazareth-Eke dorp'), ('fax', '09 385 41 70')]),
    C('Swish payment from 070-418 22 91 came with the message "for Tuesday, sorry" - client Lovisa Bergqvist has paid twice. refund via Swish or bank?', [('account', '070-418 22 91'), ('name', 'Lovisa Bergqvist')]),
    C('VPN shows 178.62.14.205 for the telehealth session with Rosemary Kowalchuk in Vegreville Pysanka end, Alberta. Her nephew set it up and now the video lags.', [('ip_address', '178.62.14.205'), ('name', 'Rosemary Kowalchuk'), ('place', 'Vegreville Pysanka end')]),
    C("Is it worth learning the Cultural Formulation Interview from DSM-5? I've heard mixed things"),
    C("Tusán shopkeeper Luis Chang Wong-Yupanqui, Barrio Chino de Capón, Peru. Debt, gambling, his father's old restaurant closed.", [('name', 'Luis Chang Wong-Yupanqui'), ('place', 'Barrio Chino de Capón')]),
    C('Please no more Zoom links in the group chat, use the calendar invites. Thank you!'),
    C('Can I ask how people handle Christmas breaks with high-risk clients? Two weeks is long'),
    C('Anselmo Tum Xajil, aldea Pachitur, fax +502 7762 0419 - referral from the health post, Guatemala.', [('name', 'Anselmo Tum Xajil'), ('place', 'aldea Pachitur'), ('fax', '+502 7762 0419')]),
    C('Any Caribbean colleagues with thoughts on using the Beck Depression Inventory in Jamaican Patois?'),
    C("Sjoukje Hylkema-de Vries, Buorren 22-A, 8765 LR Tsjerkwert-Súd, BSN 1842.07.913. Dairy farmer, nitrogen rules, debts. Frisian speaker, I'm not.", [('name', 'Sjoukje Hylkema-de Vries'), ('street_address', 'Buorren 22-A'), ('zip_code', '8765 LR'), ('place', 'Tsjerkwert-Súd'), ('ssn', '1842.07.913')]),
    C("i'm in the caribbean and most of my clients are on whatsapp. encryption is fine but phones get shared. how do you manage"),
    C('Tupaq Mamani Condori, Achacachi Avichaca, now working in a mine in the highlands. phone sessions Sundays.', [('name', 'Tupaq Mamani Condori'), ('place', 'Achacachi Avichaca')]),
    C('the survey for the Ukrainian refugee families project is at https://forms.gle/uKr7mhPsyKyiv24 - coordinator is Oksana Dzhyhyrei in Przemyśl Zasanie Lipowica. Takes 5 mins.', [('url', 'https://forms.gle/uKr7mhPsyKyiv24'), ('name', 'Oksana Dzhyhyrei'), ('place', 'Przemyśl Zasanie Lipowica')]),
    C("Juan Quayle Kermode rang from Ballabeg Mooar asking to rebook, Manx NI no. MA 41 22 07 C, mobile 07624 318 552. he's fine with Thursdays.", [('name', 'Juan Quayle Kermode'), ('place', 'Ballabeg Mooar'), ('ssn', 'MA 41 22 07 C'), ('phone', '07624 318 552')]),
    C('An oncology referral I\'m unsure about. Ludmila Šťastná-Hořejší, 71, from Kopřivnice Lubina, Czech, with a port-a-cath (BardPort, SN 17T-4482-90) and a new pacemaker, says she\'s done with chemo. The team wants me to "explore her ambivalence" which I think means change her mind. I don\'t want to be used that way. How do you stay honest in these referrals?', [('name', 'Ludmila Šťastná-Hořejší'), ('place', 'Kopřivnice Lubina'), ('device', '17T-4482-90')]),
    C("Mixtec farmworker Cirilo Ortiz Jiménez, CURP OIJC850311HOCRMR08, living in a camp at Santa María Rancho Arboleda, California. Pesticide headaches or panic, doctor can't tell.", [('name', 'Cirilo Ortiz Jiménez'), ('ssn', 'OIJC850311HOCRMR08'), ('place', 'Santa María Rancho Arboleda')]),
    C('Thinking of joining the European Association for Psychotherapy. Worth the fees? Is the ECP recognised in Portugal, Italy or Greece?'),
    C('Shkelzen Berisha and Vjosa Berisha-Hoxha, Bujanovc Lluçan - Albanian couple from southern Serbia. joint intake Friday.', [('name', 'Shkelzen Berisha'), ('name', 'Vjosa Berisha-Hoxha'), ('place', 'Bujanovc Lluçan')]),
    C("what's the etiquette for leaving a peer group? i've got too much on, nothing personal"),
    C('Curaçaoan nurse in the Netherlands, Shurnel Martina-Isenia, Mijnsherenlaan 201-III, 3081 GL, BSN 2291.44.608. Racism on the ward, dutch colleagues say she\'s "too direct".', [('name', 'Shurnel Martina-Isenia'), ('street_address', 'Mijnsherenlaan 201-III'), ('zip_code', '3081 GL'), ('ssn', '2291.44.608')]),
    C("Somali mother in Minnesota, Hodan Warsame Guled, 1725 S 6th St #1408, 55454-1114. Son arrested, the community is talking, she's ashamed to go to the mosque.", [('name', 'Hodan Warsame Guled'), ('street_address', '1725 S 6th St #1408'), ('zip_code', '55454-1114')]),
    C('Gaspésie fisherman Réjean Cloutier-Element, Cap-Chat Est, RAMQ CLOR 5703 1218. Cod\'s gone, lobster\'s not enough. He said "je suis un homme de mer sans mer".', [('name', 'Réjean Cloutier-Element'), ('place', 'Cap-Chat Est'), ('health_plan', 'CLOR 5703 1218')]),
    C('Amalia Tzortzaki and her mother Eleftheria Tzortzaki from Anogeia Ano Rimata. Vendetta stuff again. Cretan colleague please?', [('name', 'Amalia Tzortzaki'), ('name', 'Eleftheria Tzortzaki'), ('place', 'Anogeia Ano Rimata')]),
    C("Chart MRN 5573-190-A at Hopital de l'Enfant-Jésus Limoilou wing: Yvette Fournier-Pelchat, ninety-three at the Sugaring-off, oxygen concentrator (Inogen One G4, #G4-77318). Palliative, wants one session a week.", [('medical_record', '5573-190-A'), ('place', "Hopital de l'Enfant-Jésus Limoilou wing"), ('name', 'Yvette Fournier-Pelchat'), ('age_over_89', 'ninety-three at the Sugaring-off'), ('device', 'G4-77318')]),
    C("Any tips for therapists who stammer? Mine comes back when I'm tired, and clients notice"),
    C('Reading recommendation for the group: "The Gift of Therapy" by Yalom - short chapters, good for the train. And "Waking the Tiger" by Peter Levine if you like body-based stuff.'),
    C("taxi plate B-TX 4418 - he wants the cab's camera footage for the court, which means watching it again. Trauma-informed prep, anyone?", [('vehicle', 'B-TX 4418')]),
    C("Does anyone work with the Sámi Parliament's health projects? I'd like to learn more before I take on referrals from the north"),
    C('What do the Swedish, Danish and Finnish peers do about journal access? Here in Norway clients can read everything via Helsenorge, and it changes how I write'),
    C('Anyone working with Lakota, Dakota or Nakota clients using Western and traditional approaches side by side? Looking for Indigenous-led training'),
    C("can we have a session on working with interpreters at some point? i'd bring cake"),
    C('Korean Argentine client Park Ji-hoon Martín, barrio Flores Koreatown, CUIL 20-94418203-5. Family textile business, 14 hour days, sister says he\'s "gone grey inside".', [('name', 'Park Ji-hoon Martín'), ('place', 'barrio Flores Koreatown'), ('ssn', '20-94418203-5')]),
    C('graciela ñancupil from villa las nieves alto again no-show, third time', [('name', 'graciela ñancupil'), ('place', 'villa las nieves alto')]),
    C('Transylvanian Saxon returnee Hermann Schuller-Roth, Deutsch-Weißkirch Oberdorf, came back from Bavaria to an empty village. Loneliness or something older?', [('name', 'Hermann Schuller-Roth'), ('place', 'Deutsch-Weißkirch Oberdorf')]),
    C('shepherd Petru-Santu Ceccaldi from Pianu di Bocognano keeps driving down to sessions drunk, plate GH-482-KT. Do I have a duty here in France? gendarmerie? asking for real.', [('name', 'Petru-Santu Ceccaldi'), ('place', 'Pianu di Bocognano'), ('vehicle', 'GH-482-KT')]),
    C('apache teen referred by school - Daylon Goseyun, Whiteriver Canyon Day, AZ. nothing else on the form lol', [('name', 'Daylon Goseyun'), ('place', 'Whiteriver Canyon Day')]),
    C("is the reading group still on for the last week of the month? i haven't finished the book, not even close"),
    C("is it just me or has everyone's caseload got heavier since the autumn. i have three people on the waitlist who i know are not safe to wait"),
    C('Looking for a Spanish-language version of the GAD-7 that works for Caribbean clients, not just Castilian'),
    C('moped FZ-4710 AR - Giacomo Esposito Ruocco, 15, Rione Sanità Fontanelle. Stopped by carabinieri. Mother wants me to write to the judge.', [('vehicle', 'FZ-4710 AR'), ('name', 'Giacomo Esposito Ruocco'), ('place', 'Rione Sanità Fontanelle')]),
    C('Link for the Thursday peer group, https://meet.jit.si/intervisie-zuidlimburg-07, host is Ruud Vankan from Kerkrade Chevremont. Password in the usual place.', [('url', 'https://meet.jit.si/intervisie-zuidlimburg-07'), ('name', 'Ruud Vankan'), ('place', 'Kerkrade Chevremont')]),
    C('honestly the best thing for my burnout was a week with no phone. recommend'),
    C("Clinical question with an unusual twist. My client Domingo Llancaqueo Paillal, Mapuche, in comunidad Pangui Lolen, who wants to see a machi alongside me. He's asked me to write a letter to his machi. What would you put in it?", [('name', 'Domingo Llancaqueo Paillal'), ('place', 'comunidad Pangui Lolen')]),
    C("Long one, sorry. I've been seeing Pádraig Mac Giolla Easpaig since the autumn - he's a fisherman out of Cé Mhachaire Rabhartaigh thiar, lost his nephew overboard on 3 Feabhra 2026, and he now fishes alone, which his wife thinks is a death wish. He carries a PLB and says that's enough. I don't want to be the safety officer, but I keep thinking about it. How do you talk about risk with someone whose whole identity is the sea?", [('name', 'Pádraig Mac Giolla Easpaig'), ('place', 'Cé Mhachaire Rabhartaigh thiar'), ('date', '3 Feabhra 2026')]),
    C("Bachisio Porcu Mele, ex-miner, Su Cantaru di Fonni. That's all I'll say. Sardinian men of his generation don't do therapy and yet here he is every Tuesday.", [('name', 'Bachisio Porcu Mele'), ('place', 'Su Cantaru di Fonni')]),
    C("Question about fees. I've been charging the same rate for six years and I'm embarrassed to raise it because many of my clients are on low incomes. But my rent has nearly doubled. Do you raise for everyone, for new clients only, or keep a sliding scale? How do you tell people?"),
    C("Okay, so. Camille Ardouin-Delafosse, 34, works in a slaughterhouse near Lamballe-Armor la Poterie, night shift on the kill line. He's been dreaming of the animals every night since le 11 novembre 2026 when a stun gun failed in front of him. He doesn't want to leave the job - it's the only one within 40 km. Moral injury in abattoir workers: any reading, anyone?", [('name', 'Camille Ardouin-Delafosse'), ('place', 'Lamballe-Armor la Poterie'), ('date', 'le 11 novembre 2026')]),
    C("Costa Rican client Marielos Chaves Solano, cédula 1-1284-0375, de la iglesia 200 m norte y 50 oeste, casa verde, San Rafael de Ojo de Agua. Yes, that's a real Tico address.", [('name', 'Marielos Chaves Solano'), ('ssn', '1-1284-0375'), ('street_address', 'de la iglesia 200 m norte y 50 oeste, casa verde'), ('place', 'San Rafael de Ojo de Agua')]),
    C('Any good podcasts on Acceptance and Commitment Therapy? I commute two hours a day'),
    C('A lot of my clients in Quebec are on bupropion. Does anyone notice more anxiety in the first weeks?'),
    C("portal's down till tomorrow, IT says. paper notes today, shred them after you type up"),
    C('Long-ish - grandmother Eufemia Ruiz de Arcaute, Lasarte-Oria Sasoeta, Basque Country, turned ninety-five on San Prudencio, lives with her granddaughter, who is my client. The granddaughter has given up her career to care for her and now resents her, then feels monstrous for it. I want to work on the resentment without the grandmother becoming the "problem". How have others framed this?', [('name', 'Eufemia Ruiz de Arcaute'), ('place', 'Lasarte-Oria Sasoeta'), ('age_over_89', 'ninety-five on San Prudencio')]),
    C('Sunday 7 February 2027 - Vanessa Tremblay-Bouchard, Chicoutimi-Nord Rivière-du-Moulin, group session relocated because of the storm. Just putting it in the log.', [('date', 'Sunday 7 February 2027'), ('name', 'Vanessa Tremblay-Bouchard'), ('place', 'Chicoutimi-Nord Rivière-du-Moulin')]),
    C("Fax for Aurélien Bonnefoy's psychiatrist at Clinique du Val de Lauzun-Pujols: 05 53 94 18 20. He consents. Please send the summary there, not to the GP.", [('name', 'Aurélien Bonnefoy'), ('place', 'Clinique du Val de Lauzun-Pujols'), ('fax', '05 53 94 18 20')]),
    C('The Samaritans training made me a better therapist than my masters did. Unpopular opinion?'),
    C('someone asked me today if therapy is "just paid friendship". i had no good answer in the moment'),
    C("does anyone have experience with clients who only want to text between sessions? i'm drowning in messages"),
    C("FYI Thorvaldur Einarsson's sleep tracker data (https://share.oura.ws/t/kv82hq) is posted in the client's shared folder. He's from Stokkseyri Hraunhverfi. Don't know what to do with it tbh.", [('name', 'Thorvaldur Einarsson'), ('url', 'https://share.oura.ws/t/kv82hq'), ('place', 'Stokkseyri Hraunhverfi')]),
    C("percebeira Uxía Lamas Outeiral de Aldea de Ferrolán, tarxeta SERGAS PTGA 1548 4402 91. shoulder injury, can't work the rocks, mood is on the floor.", [('name', 'Uxía Lamas Outeiral'), ('place', 'Aldea de Ferrolán'), ('health_plan', 'PTGA 1548 4402 91')]),
    C("Please read if you have a moment. Katarína Mrázová-Oravcová is a teacher in a segregated Roma school at Jarovnice Karice osada, Slovakia. Her school has no running water in the toilets. She cries every Sunday night. Her license (PED-SK 044718) is all she's got and she's afraid complaining will cost her it. Burnout vs moral injury?", [('name', 'Katarína Mrázová-Oravcová'), ('place', 'Jarovnice Karice osada'), ('licence', 'PED-SK 044718')]),
    C('Reminder: the Irish Association for Counselling and Psychotherapy renewal deadline is end of the month. CPD logs!'),
    C('Our Swiss, Austrian and German colleagues: how are you dealing with the Krankenkassen requirements for session reports?'),
    C("Kerstin Ekdahl-Nyström from Ramundberget fäbod said thank you to the group. She's doing better.", [('name', 'Kerstin Ekdahl-Nyström'), ('place', 'Ramundberget fäbod')]),
    C('Marcus Aurelio Baptiste-Celestin, Vieux Fort Beanfield, St Lucia. phone only.', [('name', 'Marcus Aurelio Baptiste-Celestin'), ('place', 'Vieux Fort Beanfield')]),
    C('Sint Maarten client Kervin Richardson-Hodge, Dutch Quarter backstreet, after Irma still in a half-roofed house. ph +1 721 553 0942.', [('name', 'Kervin Richardson-Hodge'), ('place', 'Dutch Quarter backstreet'), ('phone', '+1 721 553 0942')]),
    C("urgent pls - Joaquim Fontanals i Pujol in Sant Joan de les Abadesses el Raval, family called, he's not answering", [('name', 'Joaquim Fontanals i Pujol'), ('place', 'Sant Joan de les Abadesses el Raval')]),
    C('ok so mihai ciobanu from vulturești deal just turned up without an appt. do i see him', [('name', 'mihai ciobanu'), ('place', 'vulturești deal')]),
    C('Interac e-transfer from madeleine.thibault.rn@videotron.ca for three sessions; Madeleine Thibault-Ouellet, Saint-Jean-Port-Joli rang Trois-Saumons. She forgot her password question again.', [('email', 'madeleine.thibault.rn@videotron.ca'), ('name', 'Madeleine Thibault-Ouellet'), ('place', 'Saint-Jean-Port-Joli rang Trois-Saumons')]),
    C("Purépecha musician Juan Tomás Huaroco, Cherán K'eri barrio tercero, Michoacán. The town's self-defence committee, he's on it, he can't sleep.", [('name', 'Juan Tomás Huaroco'), ('place', "Cherán K'eri barrio tercero")]),
    C("Brilliant workshop on Motivational Interviewing today. Miller and Rollnick's fourth edition is worth it"),
    C('New to working in Germany. Is the Psychotherapeutenkammer strict about online sessions with clients abroad?'),
    C('Reading Judith Herman\'s "Trauma and Recovery" again with the trainees. Still the best first book, in my view'),
    C("Nequi 312 554 0289 from Yeison Arboleda Mina, Aguablanca Potrero Grande. He's 17, paying for himself. Parental consent in Colombia for therapy at 17?", [('account', '312 554 0289'), ('name', 'Yeison Arboleda Mina'), ('place', 'Aguablanca Potrero Grande')]),
    C('email bounced: siobhan.ni.dhomhnaill@hse-westcork.ie - anyone have another for Siobhán Ní Dhomhnaill Uí Laoire at the Béal Átha an Ghaorthaidh health centre?', [('email', 'siobhan.ni.dhomhnaill@hse-westcork.ie'), ('name', 'Siobhán Ní Dhomhnaill Uí Laoire'), ('place', 'Béal Átha an Ghaorthaidh health centre')]),
    C('Hutterite young man Jakob Wipf Hofer left the Rock Lake Colony and sleeps on a couch in town. No SIN yet, no bank account. Where do you even start?', [('name', 'Jakob Wipf Hofer'), ('place', 'Rock Lake Colony')]),
    C('Ragnhild Lunde Fjeldheim, Flåm Brekke gard. End of season tourist-job burnout, wants help before next summer.', [('name', 'Ragnhild Lunde Fjeldheim'), ('place', 'Flåm Brekke gard')]),
    C('The hospital firewall blocked 10.48.201.17 - our shared drive. Notes for Fernando Suárez Lema and Carmen Pazo Lema stuck. Ribeira Palmeira family, urgent.', [('ip_address', '10.48.201.17'), ('name', 'Fernando Suárez Lema'), ('name', 'Carmen Pazo Lema'), ('place', 'Ribeira Palmeira')]),
    C('PIX key +55 21 98822-4170 - Thaís Figueiredo Brandão, Morro da Babilônia Ladeira Ari Barroso. She pays by PIX after each session; receipts for her Amil plan.', [('account', '+55 21 98822-4170'), ('name', 'Thaís Figueiredo Brandão'), ('place', 'Morro da Babilônia Ladeira Ari Barroso')]),
    C("Thinking about transport costs. Elouan Kerhervé comes from Île-Molène le bourg by ferry for every session, which costs him more than the session does. His GP faxed a note (02 98 07 41 55) asking if I could do video instead, but the island's internet is worse than the ferry. Anyone arranged sessions via a mairie or a library on an island?", [('name', 'Elouan Kerhervé'), ('place', 'Île-Molène le bourg'), ('fax', '02 98 07 41 55')]),
    C("Could use a reality check. Iselin Hovland Nesse, in Odda Tyssedal, lost her husband in a rock slide while he was driving the tunnel road, registration SF 77214. She still drives the same road every day to work at the smelter. Exposure therapy that she's doing on her own, or avoidance of grief? I can't tell which.", [('name', 'Iselin Hovland Nesse'), ('place', 'Odda Tyssedal'), ('vehicle', 'SF 77214')]),
    C('sorry for going quiet, family stuff. back on the rota from next week, thanks for covering'),
    C('Something I\'ve been chewing on: when a client tells me about a crime they committed years ago, something nobody was hurt by, and they\'ve never been caught, I feel this odd pressure to "do something" with it. Of course I don\'t and shouldn\'t. But the pressure sits in me for days. Does anyone else get this and how do you metabolise it in supervision?'),
    C('Any experience with Cognitive Processing Therapy for veterans in Canada? The VAC funding rules confuse me every single time.'),
    C("Võro family, Ülle Hurt-Järvelill and her son, in Rõuge Kurõmäe küla. Smoke-sauna owners. Son stopped talking after army service. Estonian or Võro - she says it doesn't matter.", [('name', 'Ülle Hurt-Järvelill'), ('place', 'Rõuge Kurõmäe küla')]),
    C('https://docs.google.com/document/d/1xVqR7-sigrun-safety-plan - Sigríður Hrund Egilsdóttir made her own safety plan and shared it with me and her sister in Hvolsvöllur Dufþaksbraut. Proud of her.', [('url', 'https://docs.google.com/document/d/1xVqR7-sigrun-safety-plan'), ('name', 'Sigríður Hrund Egilsdóttir'), ('place', 'Hvolsvöllur Dufþaksbraut')]),
    C("Thinking out loud. Beatriz Albuquerque Seixas is a teacher in Vila de Rei Fundada and is being investigated by the ministry over a complaint she thinks is retaliation for her whistleblowing about the school canteen. The ministry's letter gives a hearing on 2027-03-22 and a case URL (https://inspecao.edu.gov.pt/proc/IGEC-2027-0418). She wants me to write about her mental state. Expert role vs treating role - how do you keep them separate?", [('name', 'Beatriz Albuquerque Seixas'), ('place', 'Vila de Rei Fundada'), ('date', '2027-03-22'), ('url', 'https://inspecao.edu.gov.pt/proc/IGEC-2027-0418')]),
    C("Anyone tried EMDR with clients who have epilepsy? My consultant says it's fine but I'd like to hear from someone who's done it."),
    C("Has anyone worked with the Hearing Voices Network approach in a setting that's very medical? I'd like to run a group but the consultant psychiatrist is sceptical and I don't want to set it up to fail. Any tips for the conversation with him, or evidence I could bring?"),
    C("Chiquitano family, Rosendo Masaí Surubí, comunidad San Antonio de Lomerío Norte, Bolivia. Fires every dry season, he's a forest guard and hasn't slept a full night since August.", [('name', 'Rosendo Masaí Surubí'), ('place', 'comunidad San Antonio de Lomerío Norte')]),
    C('anyone else find that clients open up more in the car park than in the room? thinking of doing walk and talk in spring'),
    C("Unangan elder Agafon Prokopeuff, Unalaska Iliuliuk - WWII internment stories, ninety-six by Russian Christmas. His daughter wants it recorded for the family, she's asking me how.", [('name', 'Agafon Prokopeuff'), ('place', 'Unalaska Iliuliuk'), ('age_over_89', 'ninety-six by Russian Christmas')]),
    C("BLIK code was for Zuzanna Wierzbicka-Nowak but the transfer came from PL27 1140 2004 0000 3102 7715 4489, her husband's. Control issue? She's the one who came about the marriage.", [('name', 'Zuzanna Wierzbicka-Nowak'), ('account', 'PL27 1140 2004 0000 3102 7715 4489')]),
    C('Hallgerður Vilhjálmsdóttir cancelled again', [('name', 'Hallgerður Vilhjálmsdóttir')]),
    C("anyone know a good trauma course in greek? asking for a colleague who doesn't read english well"),
    C('Pernille Skovgaard, new client, Thursday 10:00', [('name', 'Pernille Skovgaard')]),
    C('Sigrún Ásta Pálmadóttir, Suðureyri við Súgandafjörð. Just booking her in.', [('name', 'Sigrún Ásta Pálmadóttir'), ('place', 'Suðureyri við Súgandafjörð')]),
    C('Esmeraldas marimba player Lindbergh Valencia Quiñónez, Borbón barrio Las Palmas, Ecuador. Mining in the rivers made his kids sick.', [('name', 'Lindbergh Valencia Quiñónez'), ('place', 'Borbón barrio Las Palmas')]),
    C("I'm recording a short talk on loneliness for a charity. Any favourite quotes, ideally not Rumi?"),
    C("A thought experiment that's actually real: an Afghan teen, Ahmad Zia Rahimi, in a camp at Ritsona container area C in Greece, contacts me on ahmadz.rahimi2009@proton.me. No guardian, no interpreter, writes in good English. Age on his papers says 18, he says he's 16. What's my duty from another country? Who do I even notify?", [('name', 'Ahmad Zia Rahimi'), ('place', 'Ritsona container area C'), ('email', 'ahmadz.rahimi2009@proton.me')]),
    C("Volga German Argentine widow Ana Schwab de Kloster, Colonia San Miguel Arcángel Adolfo Alsina, Buenos Aires province, is ninety-three on the colony's Kerb. Sings the old German hymns at night.", [('name', 'Ana Schwab de Kloster'), ('place', 'Colonia San Miguel Arcángel Adolfo Alsina'), ('age_over_89', "ninety-three on the colony's Kerb")]),
    C("How are you all handling clients who bring AI chat transcripts to sessions? It's happening weekly now"),
    C("Fishing vessel G 418 SK - Inge Sommerset Rasmussen's late husband's boat, still in the harbour at Skagen Gammel Skagen. She can't sell it.", [('vehicle', 'G 418 SK'), ('name', 'Inge Sommerset Rasmussen'), ('place', 'Skagen Gammel Skagen')]),
    C('MB Way from 936 118 402 - Portuguese client Benedita Sousa Vasconcelos, Rua da Fábrica 72, 3.º esq., 4050-247. receipts need her NIF - 245 390 117.', [('account', '936 118 402'), ('name', 'Benedita Sousa Vasconcelos'), ('street_address', 'Rua da Fábrica 72, 3.º esq.'), ('zip_code', '4050-247'), ('ssn', '245 390 117')]),
    C('Yaiza Perdomo Cabrera - Caserío de Las Tricias Altas on the Canaries. Lost the house in the eruption, still in a container home. Not asking anything, just needed to write her name somewhere tonight.', [('name', 'Yaiza Perdomo Cabrera'), ('place', 'Caserío de Las Tricias Altas')]),
    C("Anyone familiar with the Mental Capacity Act in England vs the Adults with Incapacity Act in Scotland? A cross-border client and I'm confused"),
    C('Portal message, unread: "Lars-Erik Söderholm requests copy of journal RJL-2026-118842". From 2001:6b0:1e:2a::77, Sweden. He\'s entitled but I\'m worried what he\'ll read about his father.', [('name', 'Lars-Erik Söderholm'), ('medical_record', 'RJL-2026-118842'), ('ip_address', '2001:6b0:1e:2a::77')]),
    C("audit trail: 62.201.18.144 opened chart SNS-4471902 for Rosalina Fernandes Bettencourt at 23:14 - I'm on nights at Hospital Divino Espírito Santo ala B but I'm not her nurse. Do I report my own colleague?", [('ip_address', '62.201.18.144'), ('medical_record', 'SNS-4471902'), ('name', 'Rosalina Fernandes Bettencourt'), ('place', 'Hospital Divino Espírito Santo ala B')]),
    C("Something I keep thinking about. Quentin Vasseur-Ledoux, a nurse at the EHPAD Les Tilleuls de Wimereux-Terlincthun, has been caring for a resident who is one hundred and two since the first of May. The resident asked him to help her die. He said no, and now he can't sleep. Compassion fatigue, moral distress, something else? I'm his therapist, not her's.", [('name', 'Quentin Vasseur-Ledoux'), ('place', 'EHPAD Les Tilleuls de Wimereux-Terlincthun'), ('age_over_89', 'one hundred and two since the first of May')]),
    C("can't find the consent form template, did someone move it? the new one with the recording clause"),
    C('what do you do with your own anger after a session with someone who hurt a child? asking for me'),
    C("Moshe Ya'akov Grünfeld, Stamford Hill Lordship Park. Hasidic, male therapist requested. thx", [('name', "Moshe Ya'akov Grünfeld"), ('place', 'Stamford Hill Lordship Park')]),
    C('Anyone read "Maybe You Should Talk to Someone" by Lori Gottlieb? My clients love it, I\'m mixed'),
    C("I'd love thoughts. My client Saverio Lo Presti (Ballarò vicolo del Carmine) was a witness in a mafia trial years ago and is now in a protection programme - ironically his old codice fiscale still appears in the insurance letter I got (LPRSVR71C14G273K). Should I tell him, tell the programme, or both? I have no idea how these programmes work in Italy.", [('name', 'Saverio Lo Presti'), ('place', 'Ballarò vicolo del Carmine'), ('ssn', 'LPRSVR71C14G273K')]),
    C("Bangladeshi shopkeeper in Italy, Mohammad Rokibul Hasan, Via Casilina 421, int. 6, permesso di soggiorno I38290471. Wife hasn't been outdoors alone in two years.", [('name', 'Mohammad Rokibul Hasan'), ('street_address', 'Via Casilina 421, int. 6'), ('ssn', 'I38290471')]),
    C("Clínica Sanatorio San Roque de Chañar Ladeado, HC 44-1187-02, Ofelia Gorosito Bruno, nacida el 2 de marzo de 1931. ninety-six este otoño, wants to talk about her husband's death in 1976, finally.", [('place', 'Sanatorio San Roque de Chañar Ladeado'), ('medical_record', '44-1187-02'), ('name', 'Ofelia Gorosito Bruno'), ('date', '2 de marzo de 1931'), ('age_over_89', 'ninety-six este otoño')]),
    C("A reflection after a hard week: three clients in a row told me they'd rather be dead than go into a care home. None of them are actively suicidal. All of them are frightened of losing control. I find myself wanting to reassure them, and I know I can't honestly. How do others sit with that fear without flinching?"),
    C('Vlach shepherd\'s son Živorad Pauneskul, Krepoljin Gornji Kraj, JMBG 1103986751024, mobile 064/519-2284. Psychiatrist in Eastern Serbia wants a second opinion on "bewitchment" talk.', [('name', 'Živorad Pauneskul'), ('place', 'Krepoljin Gornji Kraj'), ('ssn', '1103986751024'), ('phone', '064/519-2284')]),
    C("i'm doing a course on couples work and it's made me realise i've been taking sides for years, oops"),
    C("Long. Kalle Mäkinen, 44, bus driver in Oulu Kaakkuri, was assaulted on his route and now drives with his jaw clenched so hard he's cracked a tooth. Plate of the bus was KRL-418, for the workplace insurer form. The insurer wants a diagnosis before they'll pay for therapy, and I don't want to rush a PTSD label on a man who's never been ill a day in his life. How do others handle insurer pressure?", [('name', 'Kalle Mäkinen'), ('place', 'Oulu Kaakkuri'), ('vehicle', 'KRL-418')]),
    C("Duvessa O'Halloran is at Inis Meáin Baile an Lisín till Easter. Phone sessions only.", [('name', "Duvessa O'Halloran"), ('place', 'Inis Meáin Baile an Lisín')]),
    C('the portugal and brazil peers - does the word "saudade" ever come up as a clinical thing for you? curious'),
    C('Arvo Pärtelpoeg - Kihnu Lemsi küla. Islander. Will write more later.', [('name', 'Arvo Pärtelpoeg'), ('place', 'Kihnu Lemsi küla')]),
    C('Abelardo Inzunza Félix, Culiacán Tierra Blanca colonia. brother disappeared. first contact.', [('name', 'Abelardo Inzunza Félix'), ('place', 'Culiacán Tierra Blanca colonia')]),
    C('no group this week, half of us have the flu'),
    C("Franco-Ontarian teacher Josée Lalonde-Séguin, Hearst côté nord, OHIP 4471-229-803-KT, cell 705-372-0948. School merger, she's losing her French school and feels it's her fault.", [('name', 'Josée Lalonde-Séguin'), ('place', 'Hearst côté nord'), ('health_plan', '4471-229-803-KT'), ('phone', '705-372-0948')]),
    C("Does anyone have experience supporting clients going through IVF? I'd like to read something by people who've been through it"),
    C("Csángó grandmother Ilona Bálint Demeter from Pusztina-Pârâu, Romania. prays in Hungarian, the priest says Romanian only. ninety-four since Saint Stephen's day, sharp as anything.", [('name', 'Ilona Bálint Demeter'), ('place', 'Pusztina-Pârâu'), ('age_over_89', "ninety-four since Saint Stephen's day")]),
    C('A quick poll for Latin American colleagues: Mexico, Peru, Colombia, Chile - who here accepts sessions paid in dollars, and how do you handle the taxes?'),
    C("Jenifer Trevenna Pascoe, fishing family at Porthgwarra Cove cottages, NHS number 486 221 9073 - grief after her brother's boat went down. any Cornish peers who know the coastguard family liaison?", [('name', 'Jenifer Trevenna Pascoe'), ('place', 'Porthgwarra Cove cottages'), ('health_plan', '486 221 9073')]),
    C("afro-chocoano leader Ximena Palacios Mosquera, Bojayá Pogue, cel +57 314 872 0916. threats again. she asked me not to write anything down, so I won't beyond this.", [('name', 'Ximena Palacios Mosquera'), ('place', 'Bojayá Pogue'), ('phone', '+57 314 872 0916')]),
    C('Loved the talk by Kristin Neff at the conference. Self-compassion for therapists is so needed.'),
    C('My island client Ingrid Flett Rendall is ninety-two at the Lammas fair and still walks to the kirk at Quoyness of Redland. Her son wants me to "assess her for a home". How do you hold that?', [('name', 'Ingrid Flett Rendall'), ('age_over_89', 'ninety-two at the Lammas fair'), ('place', 'Quoyness of Redland')]),
    C("Ramadan, Passover and Easter all land close together this spring. Anyone have a scheduling grid they'd share?"),
    C('How do you all feel about clients recording sessions on their phones? GDPR question as much as clinical'),
    C('Thinking about the winter: my seasonal depression clients are starting to struggle. Does anyone prescribe light boxes or just suggest them? And which ones actually work?'),
    C("Cash App $mamaduke1961 - Mississippi client Odessa Washington-Pruitt says that's the only way she pays anything. Is that ok for a licensed practice?", [('account', '$mamaduke1961'), ('name', 'Odessa Washington-Pruitt')]),
    C('Next month\'s reading group: Esther Perel, "Mating in Captivity". Bring your disagreements.'),
    C('Aigerim Nurlanovna Petrova, Kazakh-born, grew up in Narva Kreenholmi Joaoru, Russian-speaking, starts Monday.', [('name', 'Aigerim Nurlanovna Petrova'), ('place', 'Narva Kreenholmi Joaoru')]),
    C('Vesna Vujošević from Njeguši Donji Dio, Montenegro - the family are angry she moved out before marrying. Culture vs clinic question for group on Friday.', [('name', 'Vesna Vujošević'), ('place', 'Njeguši Donji Dio')]),
    C("from Bukovina, Domnica Lucan-Hreniuc, Marginea Sus. Black-pottery family. She'd like a Romanian speaker and a woman.", [('name', 'Domnica Lucan-Hreniuc'), ('place', 'Marginea Sus')]),
    C('For the Canadians: does OHIP cover psychotherapy by a registered psychotherapist yet, or still only through the Ontario Structured Psychotherapy program?'),
    C('zapotec woman Natalia Hernández Lazo from San Juan Yaeé barrio alto, Oaxaca, now picking berries in Washington. tel (360) 757-4018.', [('name', 'Natalia Hernández Lazo'), ('place', 'San Juan Yaeé barrio alto'), ('phone', '(360) 757-4018')]),
    C('can we move the peer group to half past instead of on the hour? school run has changed'),
    C("Has anyone tried Compassion Focused Therapy with perfectionists? Paul Gilbert's stuff has been helping me"),
    C("I'd love some reading suggestions on working with adult children of alcoholic parents where the parent is now dying and wants to reconcile. Most of what I find is either about forgiveness as a duty or about cutting contact. My clients sit somewhere messier than both. Anything from family systems or attachment perspectives would help."),
    C('US Virgin Islands: Arlene Heyliger-Christian, Estate Whim 41-B, 00840-3318. Medicaid VI 0094 1183 2. Hurricane anniversary panic.', [('name', 'Arlene Heyliger-Christian'), ('street_address', 'Estate Whim 41-B'), ('zip_code', '00840-3318'), ('health_plan', 'VI 0094 1183 2')]),
    C('Mental Health First Aid for farmers - is anyone running it in France or Belgium? A colleague asked'),
    C("Bizum payment from +34 611 204 873 - Spanish client, Nerea Goikoetxea Arrieta, Lekeitio Atxoste auzoa. Can I accept Bizum under the colegio's rules?", [('account', '+34 611 204 873'), ('name', 'Nerea Goikoetxea Arrieta'), ('place', 'Lekeitio Atxoste auzoa')]),
    C("Can someone explain the difference between compassion fatigue and vicarious trauma to me like I'm five"),
    C("My client is on lithium and wants to start running marathons. Any thoughts on hydration and levels? I'll ask the psychiatrist too"),
    C("Sikh truck driver in BC, Harjinder Kaur Dhaliwal-Brar, class 1, BC DL 9046612, truck plate BC 8JT 442. Crash on the highway - she wasn't at fault, but a man died.", [('name', 'Harjinder Kaur Dhaliwal-Brar'), ('licence', '9046612'), ('vehicle', 'BC 8JT 442')]),
    C("new login from 2804:14c:5b82:8a1f::3 for leticia.psi.porto@outlook.com - that's me, I'm on holiday in Brazil. ignore the alert!", [('ip_address', '2804:14c:5b82:8a1f::3'), ('email', 'leticia.psi.porto@outlook.com')]),
    C('lol my cat walked across the keyboard during a video session and the client said it was the best part'),
    C('Ankle monitor BI Loc8, #LC-118472 for Tristan Delacroix-Mondésir, Saint-Louis quartier Mahault, Guadeloupe. Court-ordered therapy too. ugh.', [('device', 'LC-118472'), ('name', 'Tristan Delacroix-Mondésir'), ('place', 'Saint-Louis quartier Mahault')]),
    C('Fionnuala McGinley, Gaoth Dobhair Bun an Leaca. Ready to end therapy. Feels good!', [('name', 'Fionnuala McGinley'), ('place', 'Gaoth Dobhair Bun an Leaca')]),
    C('Istrian fisherman Bepi Benčić Radolović, Rovinjsko Selo Borik, boat registration RV-2471, fishing licence RV 6615/OR. Boat impounded; he is ashamed in front of the village.', [('name', 'Bepi Benčić Radolović'), ('place', 'Rovinjsko Selo Borik'), ('vehicle', 'RV-2471'), ('licence', 'RV 6615/OR')]),
    C('Does Medicaid in Texas cover family therapy without a diagnosis for the child? Asking before I promise anything'),
    C("log: 2027-02-08 09:41 193.157.44.208 viewed journal J-77104/2027 (Helse Nord). 09:42 exported PDF. That's not me - I was in session. Who do I tell?", [('ip_address', '193.157.44.208'), ('medical_record', 'J-77104/2027')]),
    C('Telmo Rebelo da Cunha, matricule CNS 1979 0412 23461, Esch-Lallange cité. Portuguese builder in Luxembourg, fell off scaffolding, now chronic pain + shame. FR/PT sessions ok.', [('name', 'Telmo Rebelo da Cunha'), ('ssn', '1979 0412 23461'), ('place', 'Esch-Lallange cité')]),
    C('If you have clients on the Ukrainian temporary protection scheme in the EU, check the new rules for renewal. Lots of anxiety about it this month.'),
    C("Grenadian nutmeg farmer Clement McQueen-Phillip, Grand Roy upper road, St John's parish. Hurricane Beryl took the trees again. NIS GD 071 4482.", [('name', 'Clement McQueen-Phillip'), ('place', 'Grand Roy upper road'), ('ssn', 'GD 071 4482')]),
    C("Hi folks, long question. I'm a psychologist in Uruguay and a client, Florencia Techera Acosta, from Barrio Peñarol Casavalle, is in a custody battle. Her ex's lawyer emailed me from estudio.rivero.abogados@adinet.com.uy asking for my notes. She hasn't consented. I've never had a lawyer contact me directly. Do I reply at all? Does anyone know the Uruguayan code on this?", [('name', 'Florencia Techera Acosta'), ('place', 'Barrio Peñarol Casavalle'), ('email', 'estudio.rivero.abogados@adinet.com.uy')]),
    C('Japanese Peruvian returnee Rosa Higa Nakandakari, back from Hiratsuka Okami danchi after twenty years in a factory, home in Peru and a stranger there. tel +51 987 442 106.', [('name', 'Rosa Higa Nakandakari'), ('place', 'Hiratsuka Okami danchi'), ('phone', '+51 987 442 106')]),
    C("Zelle from (281) 447-0926 - DeShawn Prejean paid his mother's copay. Texas Medicaid TX 518 770 442, she's in Fifth Ward Lyons Ave.", [('account', '(281) 447-0926'), ('name', 'DeShawn Prejean'), ('health_plan', 'TX 518 770 442'), ('place', 'Fifth Ward Lyons Ave')]),
    C("Iñupiaq whaling captain's wife, Ida Aiken Brower, Utqiaġvik Browerville, email idabrower.umiaq@gci.net. Tele-health only in winter.", [('name', 'Ida Aiken Brower'), ('place', 'Utqiaġvik Browerville'), ('email', 'idabrower.umiaq@gci.net')]),
    C("Big picture q. I work with Shipibo and Asháninka families near the Ucayali and one mother, Lucila Mahua Rengifo, comunidad nativa Nuevo Saposoa anexo, was told by a clinic that her daughter's visions are schizophrenia. The family's ayahuasca healer says it's a calling. Her daughter is born 4/9/2008, so she's an adult now and can choose. How do you stay humble here?", [('name', 'Lucila Mahua Rengifo'), ('place', 'comunidad nativa Nuevo Saposoa anexo'), ('date', '4/9/2008')]),
    C('Hi, looking for thoughts. A Haitian family in Chile: Wilnise Joseph-Pierre and her two boys in Estación Central Campamento Dignidad Norte. RUT 26.418.773-2. She cleans houses and is humiliated by her employer. The boys are doing great at school and translate for her, which she hates. Working with a child interpreter, any thoughts?', [('name', 'Wilnise Joseph-Pierre'), ('place', 'Estación Central Campamento Dignidad Norte'), ('ssn', '26.418.773-2')]),
    C('Need a cover therapist for two weeks in February. Online, evenings, mostly anxiety and low mood'),
    C('Rhoswen Aubrey-Hughes, Llanfihangel-yng-Ngwynfa Dolanog. welsh-speaking only, anyone?', [('name', 'Rhoswen Aubrey-Hughes'), ('place', 'Llanfihangel-yng-Ngwynfa Dolanog')]),
    C('Cosmina Ungureanu and Petruța Ungureanu - sisters, Certeze Huta Cerții, both in Italy for care work, want joint sessions.', [('name', 'Cosmina Ungureanu'), ('name', 'Petruța Ungureanu'), ('place', 'Certeze Huta Cerții')]),
    C('In Norway we have a long wait for ADHD assessments. How long is it where you are?'),
    C('Inuit hunter Jaikku Anguttitauruq, Qikiqtarjuaq east side, Nunavut health card 124 558 903. Referral faxed from the nursing station, fax (867) 927-8412. Needs Inuktitut interpreter.', [('name', 'Jaikku Anguttitauruq'), ('place', 'Qikiqtarjuaq east side'), ('health_plan', '124 558 903'), ('fax', '(867) 927-8412')]),
    C("I'm running late, start without me, will join by phone"),
    C('quick note: Makerita Lolo-Tauiliili, Samoan, moved to Utah, Rose Park Sixth North. Her church pastor referred her.', [('name', 'Makerita Lolo-Tauiliili'), ('place', 'Rose Park Sixth North')]),
    C("Forwarding for Turi Scalisi Mangano: Vicolo Sant'Agata 7, 95036 Contrada Pietralunga, Sicily. He wants the invoice posted, not emailed.", [('name', 'Turi Scalisi Mangano'), ('street_address', "Vicolo Sant'Agata 7"), ('zip_code', '95036'), ('place', 'Contrada Pietralunga')]),
    C('anyone got a spare charger for the video laptop in room two'),
    C('Patient file HC-0418-7731 at Hospital Comarcal de Valdeorras O Barco - Celso Arias Vidal, slate quarry worker, silicosis. Referral for adjustment.', [('medical_record', 'HC-0418-7731'), ('place', 'Hospital Comarcal de Valdeorras O Barco'), ('name', 'Celso Arias Vidal')]),
    C("Oregon LPC C6631... sorry, my licence number, not the client's. Client is Brandon Kealoha-Stiles, Lents Foster-Powell corner. Telehealth across state lines, is Washington ok?", [('licence', 'C6631'), ('name', 'Brandon Kealoha-Stiles'), ('place', 'Lents Foster-Powell corner')]),
    C("the fax machine is jammed again, if you're expecting a referral tell them to email instead"),
    C('FAX from the heilsugæsla, page 1 of 2: re Guðrún Ösp Hallvarðsdóttir, kennitala 070588-2419, Lyngás 14b, 2. hæð, IS-225 Álftanes-Breiðamýri. Reply fax +354 565 2147.', [('name', 'Guðrún Ösp Hallvarðsdóttir'), ('ssn', '070588-2419'), ('street_address', 'Lyngás 14b, 2. hæð'), ('zip_code', 'IS-225'), ('place', 'Álftanes-Breiðamýri'), ('fax', '+354 565 2147')]),
    C('Writing down for supervision: Wolfgang Freudenthaler, Hinterriß Eng-Alm. Mountain rescue volunteer. Thinks he should have found the climber sooner.', [('name', 'Wolfgang Freudenthaler'), ('place', 'Hinterriß Eng-Alm')]),
    C('Can I recommend "The Body Keeps the Score" with caveats, or is it too controversial now?'),
    C('Does the APA code say anything about bartering? A farmer offered me eggs for sessions and I said yes.'),
    C('Shipibo artist Olinda Mahua Sánchez, Cantagallo kené in the capital, the Shipibo community there. The fire destroyed their houses twice. Designs as therapy?', [('name', 'Olinda Mahua Sánchez'), ('place', 'Cantagallo kené')]),
    C('nuno vieira / ponta do sol lombada - booked', [('name', 'nuno vieira'), ('place', 'ponta do sol lombada')]),
    C('Access denied for 2a02:2f0c:8207:1d00::4b1 - 3 failed logins to the clinic portal, account ana.radu.terapie@yahoo.ro. Is this something I report to the DPO or to IT first?', [('ip_address', '2a02:2f0c:8207:1d00::4b1'), ('email', 'ana.radu.terapie@yahoo.ro')]),
    C("IP 85.240.117.62 shows up in the shared doc history next to edits to Joana Palma Serôdio's letter - from Olhão Bairro dos Pescadores. Not our office. Concerned.", [('ip_address', '85.240.117.62'), ('name', 'Joana Palma Serôdio'), ('place', 'Olhão Bairro dos Pescadores')]),
    C("200.104.88.31 - login from the client's account, Vicente Aravena Lagos, Caleta Tumbes Talcahuano, Chile. He says he never logs in. Should we lock it?", [('ip_address', '200.104.88.31'), ('name', 'Vicente Aravena Lagos'), ('place', 'Caleta Tumbes Talcahuano')]),
    C("my supervisor says i over-explain. i think she's right, i'm doing it now"),
    C('i said something clumsy in session today and the client laughed at me, kindly. rupture and repair in action i guess'),
    C('the hospital chart number is MJG 0044 1873 for Shmuel Lowy - Hasidic, Outremont Hutchison, hearing aid Phonak Audéo, SN 1847Q2201. He needs the aid charged before we start or he pretends to hear.', [('medical_record', 'MJG 0044 1873'), ('name', 'Shmuel Lowy'), ('place', 'Outremont Hutchison'), ('device', '1847Q2201')]),
    C("Hi all - does anyone have experience working with interpreters who are also community leaders? In small diaspora communities it's often unavoidable. I want to protect the client's privacy without insulting the interpreter, who is doing me a favour."),
    C("I'm starting a group for men over sixty who've retired from farming. What would you NOT do?"),
    C('how are people charging for missed sessions when the reason is a funeral? i feel awful sending the invoice'),
    C('Vietnamese market trader in Czechia, Đỗ Thị Bích Hằng, Sapa market Libuš, rodné číslo 745828/1193. Daughter speaks better Czech than Vietnamese and they fight.', [('name', 'Đỗ Thị Bích Hằng'), ('place', 'Sapa market Libuš'), ('ssn', '745828/1193')]),
    C('just want to say thank you to whoever suggested the grounding exercise with the cold water. it worked today'),
    C("Hmong family in French Guiana - Chue Lee Vang and her husband, Cacao village du bourg. Market gardeners, daughter wants to leave for France, mother can't bear it.", [('name', 'Chue Lee Vang'), ('place', 'Cacao village du bourg')]),
    C("how do you all log phone calls from family members who aren't clients? separate file or client file?"),
    C("Macedonian pensioner Trajanka Nikolovska, ЕМБГ 2207947455012, ул. Илинденска 14/3, МК-1236 Гостивар-Лазарополе? the address is from the family doctor's referral.", [('name', 'Trajanka Nikolovska'), ('ssn', '2207947455012'), ('street_address', 'ул. Илинденска 14/3'), ('zip_code', 'МК-1236'), ('place', 'Гостивар-Лазарополе')]),
    C("colegiada AN-07718 - I'm a psychologist in Spain and the colegio wants my number on every report. Does that count as an identifier of ME in our reports, not of the client? Genuine q.", [('licence', 'AN-07718')]),
    C('skipper on a Faroese longliner, Jóannes Heinesen í Lon, from Norðragøta í Bø, p-tal 220781-119 - off since the fire on board, drinking more, wife rang me. anyone do EMDR in Danish?', [('name', 'Jóannes Heinesen í Lon'), ('place', 'Norðragøta í Bø'), ('ssn', '220781-119')]),
    C("Honest question. My client Jenna-Lee Bowers is a West Virginia coal miner's widow in Cabin Creek hollow Ohley, and she's been prescribed buprenorphine from a clinic 90 minutes away. Her car (WV 4TR 118) broke down and she's missed two doses. Is it outside my scope to help her sort a ride?", [('name', 'Jenna-Lee Bowers'), ('place', 'Cabin Creek hollow Ohley'), ('vehicle', 'WV 4TR 118')]),
    C('Has anyone used the Warwick-Edinburgh scale for wellbeing in a group setting?'),
    C('URL https://www.gofundme.com/f/casa-para-dona-zeni - client Zenaide Brito Falcão, Vila Cruzeiro Chatuba, shared it in session. Ok to donate?? no, obviously not. But I want to.', [('url', 'https://www.gofundme.com/f/casa-para-dona-zeni'), ('name', 'Zenaide Brito Falcão'), ('place', 'Vila Cruzeiro Chatuba')]),
    C('Filipino caregiver in Manitoba, Marites Dumalagan Villanueva, West End Sargent Park, Manitoba Health MB 284 557 019. Kids still in the Philippines, ten years now.', [('name', 'Marites Dumalagan Villanueva'), ('place', 'West End Sargent Park'), ('health_plan', 'MB 284 557 019')]),
    C('Do you give clients your mobile number? I did once and regretted it for two years'),
    C('Has anyone read Irvin Yalom\'s "Love\'s Executioner" recently? I reread it and it annoyed me more than I expected'),
    C("Looking for advice on notes across borders. Mirela Pavlović-Kranjc lives in Čakovec Totovec in Croatia but works in Austria and sees me in Slovenia; her hospital file there is KBC-ZG 7718/26 and her Slovenian one UKC-MB 0044817. She wants both merged into one. Whose law applies? I'm genuinely lost and she is asking me every week.", [('name', 'Mirela Pavlović-Kranjc'), ('place', 'Čakovec Totovec'), ('medical_record', 'KBC-ZG 7718/26'), ('medical_record', 'UKC-MB 0044817')]),
    C("new to the group, hi! i'm a counsellor working mostly with teenagers, happy to be here"),
    C('Nicaraguan Creole woman Dorlene Hodgson Downs, Pearl Lagoon Raitipura, phone +505 8742 1903. Hurricane Eta took the roof. She laughs a lot in sessions, then cries.', [('name', 'Dorlene Hodgson Downs'), ('place', 'Pearl Lagoon Raitipura'), ('phone', '+505 8742 1903')]),
    C('Moroccan Dutch young man Soufiane El Khattabi, Kanaleneiland-Zuid Bernadottelaan, plate 27-RTK-4, Utrecht province. Mother thinks jinn, he thinks psychosis, I think we need a psychiatrist AND the imam.', [('name', 'Soufiane El Khattabi'), ('place', 'Kanaleneiland-Zuid Bernadottelaan'), ('vehicle', '27-RTK-4')]),
    C("Sorry for the essay. I work in a Puerto Rican community health centre in Massachusetts and one of my clients, Yamilet Cruz-Otero, 71 Chestnut St Apt 2L, 01040-2944, lost her home in Hurricane María, moved north, and now her son is in juvenile detention. The detention centre's portal (https://familyconnect.dys-mass.net/visit/yco7731) only works in English and she reads Spanish. Advocacy or therapy, where's the line for me?", [('name', 'Yamilet Cruz-Otero'), ('street_address', '71 Chestnut St Apt 2L'), ('zip_code', '01040-2944'), ('url', 'https://familyconnect.dys-mass.net/visit/yco7731')]),
    C('Pomeranian Brazilian farmer Ervino Plaster Kuster, Santa Maria de Jetibá linha Rio Possmoser, Espírito Santo. Speaks Pomerano at home, Portuguese with me. Suicide cluster in the valley.', [('name', 'Ervino Plaster Kuster'), ('place', 'Santa Maria de Jetibá linha Rio Possmoser')]),
    C("I've started using the Columbia scale for risk and it's changed how I ask. Anyone else?"),
    C("Crofter Magnie Tulloch-Halcrow from Sandwick of Vatster, CHI 1207551184 - lambing's done and he's stopped sleeping. the islands have no psychologist this month, can one of you take a video slot?", [('name', 'Magnie Tulloch-Halcrow'), ('place', 'Sandwick of Vatster'), ('health_plan', '1207551184')]),
    C('Long. Client is Rustam Dzhabrailov, Chechen, first at Traiskirchen Lager Haus 3, now in a flat at Leopoldauer Platz 12/4/9, 1210. Asylum interview soon, nightmares nightly, and he insists on male therapists only. We have none free. Do I refer out or talk about it with him?', [('name', 'Rustam Dzhabrailov'), ('place', 'Traiskirchen Lager Haus 3'), ('street_address', 'Leopoldauer Platz 12/4/9'), ('zip_code', '1210')]),
    C("Doukhobor elder Polly Verigin Chernoff, Krestova upper flats, BC, is ninety-one this Peter's Day and wants to speak about the burnings of the 50s before she dies. Oral historian or therapist? both?", [('name', 'Polly Verigin Chernoff'), ('place', 'Krestova upper flats'), ('age_over_89', "ninety-one this Peter's Day")]),
    C('Martinique client Josiane Céleste-Larcher, 12 rue Victor Schoelcher, quartier Bellevue, Le Lorrain Morne Bois. Chlordecone illness in her family, anger at the state.', [('name', 'Josiane Céleste-Larcher'), ('street_address', '12 rue Victor Schoelcher, quartier Bellevue'), ('place', 'Le Lorrain Morne Bois')]),
    C('Gheg Albanian client Drita Gjonbalaj, Lëpushë e Poshtme. Blood feud history in the family; she wants to talk about her brother, not the feud.', [('name', 'Drita Gjonbalaj'), ('place', 'Lëpushë e Poshtme')]),
    C('CBU 0140 3187 0172 0414 8822 71 - Argentine peer fund for the Cuyo conference. questions to tesoreria@redpsi-cuyo.org.ar.', [('account', '0140 3187 0172 0414 8822 71'), ('email', 'tesoreria@redpsi-cuyo.org.ar')]),
    C("We've had a complaint to the HCPC about a colleague, not in this group. How do you support someone through that?"),
    C("Norwegian plate EL 90317 on the car outside Siri Tveiten Aasen's flat every night - ex-partner. She's asked me to note it in case. Domestic violence protocol in Norway?", [('vehicle', 'EL 90317'), ('name', 'Siri Tveiten Aasen')]),
    C("what do you do when a client brings you a gift they obviously can't afford? cake is fine, this was jewellery"),
    C('FAX TO: Dr Sørine Joensen — CLINIC: Klaksvík Heilsustøð Ørin — FAX +298 45 71 20 — RE: sessions for the skipper, see earlier message. Please confirm receipt.', [('name', 'Sørine Joensen'), ('place', 'Klaksvík Heilsustøð Ørin'), ('fax', '+298 45 71 20')]),
    C("Going to try Yalom's here-and-now approach with a stuck client. Wish me luck"),
    C('Trying to decide between a DBT intensive and a Schema Therapy certificate. Which has been more useful for you?'),
    C('new client Radoslav Kunchev, Gela Smolyan ridge, Pomak village, he asked me to say hi to the group that recommended me', [('name', 'Radoslav Kunchev'), ('place', 'Gela Smolyan ridge')]),
    C('Any good guide to working with Hasidic and Haredi families? I want to be respectful and I know very little.'),
    C("I've noticed that my clients from farming families talk about their mental health through the animals: the dog is off his food, the cows are restless. It's like a second language. Has anyone written about this? I'd love a paper or a book chapter to give to trainees."),
    C('gaúcho peão Valdomiro Lopes Brum, Rincão dos Mendes, RS. Lost cattle in the floods. Cartão SUS 708 4021 3366 1095, whatsapp +55 55 99618-3042.', [('name', 'Valdomiro Lopes Brum'), ('place', 'Rincão dos Mendes'), ('health_plan', '708 4021 3366 1095'), ('phone', '+55 55 99618-3042')]),
    C("Team question. We got a subject access request for a client's notes from dpo@kinderzorg-twente.nl and the client, Jurre Oude Nijhuis, is 14, from Haaksbergen Sint Isidorushoeve. The request says his mother signed it. He told me explicitly he doesn't want her reading them. Who wins, legally and ethically, in the Netherlands?", [('email', 'dpo@kinderzorg-twente.nl'), ('name', 'Jurre Oude Nijhuis'), ('place', 'Haaksbergen Sint Isidorushoeve')]),
    C('Georgian woman in Greece, Nino Beridze-Papadaki, domestic worker in Kallithea Tzitzifies. Employer kept her passport for a year. legal q as much as clinical.', [('name', 'Nino Beridze-Papadaki'), ('place', 'Kallithea Tzitzifies')]),
    C("does anyone do sessions in the evening? i'm trying to protect my own family time and failing"),
    C("Caymanian turtle farmer's daughter, Kimberley Ebanks-Bodden, Bodden Town Pease Bay. No psychologist she's not related to, her words. Can someone offshore take her?", [('name', 'Kimberley Ebanks-Bodden'), ('place', 'Bodden Town Pease Bay')]),
    C("Anyone worked with clients on Ozempic who are grieving the loss of food as comfort? It's a new thing for me"),
    C("A question from the Andes: does anyone know Quechua-language mental health materials that aren't just translations of English ones?"),
    C("Newfoundland outport - Bride Fitzpatrick-Keough, Little Heart's Ease Bottom, MCP 318 229 104 007. Husband's on the rotation in Alberta, she's alone with three kids and the wind.", [('name', 'Bride Fitzpatrick-Keough'), ('place', "Little Heart's Ease Bottom"), ('health_plan', '318 229 104 007')]),
    C("could anyone meet Bastiaan Kooiman at Urk Wijk 2 - fishermen's church, he won't come to a clinic.", [('name', 'Bastiaan Kooiman'), ('place', 'Urk Wijk 2')]),
    C("Hi from the Basque Country! Anyone doing ACT in Euskara? I'm translating the Hexaflex worksheets and could use a second pair of eyes"),
    C("When does self-disclosure help? I told a client I'd lost a parent too and she visibly relaxed"),
    C("I could use some wisdom. Juliette Mbuyi-Lambert, Belgian-Congolese, 28, from Matonge Chaussée de Wavre side, has been getting anonymous messages from an account linked to 91.183.44.209 - the police traced that far and then stopped. She's stopped going to church, to work, to her mother's. She keeps asking me if she's paranoid. She isn't. How do I help without becoming her investigator?", [('name', 'Juliette Mbuyi-Lambert'), ('place', 'Matonge Chaussée de Wavre side'), ('ip_address', '91.183.44.209')]),
    C("how do you end with someone who keeps saying they're fine but cancels every third session"),
    C("Cypriot client Andreas Kyriakides-Pavlou, Odos Makariou 23, flat 4, 4156 Kato Polemidia Panagia. Displaced in '74 as a child, lost his job this year - old loss reawakened?", [('name', 'Andreas Kyriakides-Pavlou'), ('street_address', 'Odos Makariou 23, flat 4'), ('zip_code', '4156'), ('place', 'Kato Polemidia Panagia')]),
    C('Does Kaiser cover group therapy if the client has no diagnosis? Asking for a friend who asked me'),
    C("In the Netherlands we're having a debate about the GGZ waiting lists and the new Zorgverzekeringswet changes. Anyone else following?"),
    C("K'iche' weaver Ixchel Tzoc Ajpop, aldea Chuicutama, DPI 2618 44071 0801. Husband in the US, remittances stopped. speaks K'iche', some Spanish.", [('name', 'Ixchel Tzoc Ajpop'), ('place', 'aldea Chuicutama'), ('ssn', '2618 44071 0801')]),
    C("Request for ideas: I run a grief group in an old mining town in Wales and one member, Dilwyn Prosser-Jenkins, 9 Brynheulog Terrace, Ystradgynlais Cwmgiedd, SA9 1LQ, wants to bring his late wife's ashes to the group. The others are split. Has anyone handled an object like that in a group?", [('name', 'Dilwyn Prosser-Jenkins'), ('street_address', '9 Brynheulog Terrace'), ('place', 'Ystradgynlais Cwmgiedd'), ('zip_code', 'SA9 1LQ')]),
    C('Latgalian nurse Jeļena Stepiņa-Kokina, Preiļu Pušmucova. Works nights at the regional hospital, drinks alone after.', [('name', 'Jeļena Stepiņa-Kokina'), ('place', 'Preiļu Pušmucova')]),
    C('our audit flagged that we keep notes too long. any tips for a retention schedule that makes sense?'),
    C('Bit of a long one about records. A client of mine, Brynjar Ólafsson-Thorne, lives at Hnífsdalur Bakkavegur end and asked for his file from the old clinic. The clinic faxed it to the wrong number - 456 7120 instead of mine - and it went to the fish plant\'s office, where his cousin works. He\'s mortified. The clinic says "human error". What would you advise him to do, and is it my job to chase?', [('name', 'Brynjar Ólafsson-Thorne'), ('place', 'Hnífsdalur Bakkavegur end'), ('fax', '456 7120')]),
    C("We're setting up a peer consultation group for therapists who work in Spanish and Portuguese across Europe and the Americas. Monthly, online, free. If you're interested reply here and I'll add you to the mailing list. No clinical details in the chat please, we'll use the call for that."),
    C('i accidentally emailed a letter to the wrong client. no details in it thankfully, just a time. still shaking'),
    C('thank you all for the kind messages last week. it helped more than you know'),
    C('Re: the group chat - please keep it to logistics. Clinical stuff in the meeting, thank you'),
    C('Jornalero Curro Heredia Montoya del barriada El Tardón Bajo, móvil +34 655 12 08 43. Olive harvest ended, money ran out, his kids are 6 and 9. Any Andalusian social worker contacts?', [('name', 'Curro Heredia Montoya'), ('place', 'barriada El Tardón Bajo'), ('phone', '+34 655 12 08 43')]),
    C("Anyone know if Spravato is being used much in Spain yet? A client's psychiatrist mentioned it"),
    C('does anybody have a good worksheet for grief in kids under seven? drawings, not words. mine are all too wordy'),
    C('Elvira Sánchez Batista, batey Cinco Casas, Dominican Republic. Haitian-Dominican, no papers. Hold a slot pls.', [('name', 'Elvira Sánchez Batista'), ('place', 'batey Cinco Casas')]),
    C("Rarámuri runner Silvino Moreno Bustillos, Guachochi Rejogochi, Chihuahua. His cousin was killed by loggers. He doesn't want to talk, he wants to run, and he asked if I'd run with him.", [('name', 'Silvino Moreno Bustillos'), ('place', 'Guachochi Rejogochi')]),
    C('Venezuelan migrant in Colombia, Yusmary Briceño Parra, PPT 6782 4190, barrio La Parada de Villa del Rosario. Two kids, one with asthma, no EPS yet.', [('name', 'Yusmary Briceño Parra'), ('ssn', '6782 4190'), ('place', 'barrio La Parada de Villa del Rosario')]),
    C("On the 23rd of September last, Gemma Pulido Castro from Níjar Barranquete lost her job at the greenhouses. Today she's lost her flat. She's asked me to be in court with her.", [('date', 'the 23rd of September last'), ('name', 'Gemma Pulido Castro'), ('place', 'Níjar Barranquete')]),
    C('Ekaterina Vasilyevna Lebedeva ekaterina.lebedeva1961@mail.ru - Russian-speaking, in Sillamäe Kajaka, asking about group therapy. Anyone do Russian?', [('name', 'Ekaterina Vasilyevna Lebedeva'), ('email', 'ekaterina.lebedeva1961@mail.ru'), ('place', 'Sillamäe Kajaka')]),
    C("haida carver Gwaa Iljuuwaas Brown, Skidegate Landing, BC PHN 9873 441 208. Totem pole raising next month and he's terrified of relapse at the feast.", [('name', 'Gwaa Iljuuwaas Brown'), ('place', 'Skidegate Landing'), ('health_plan', '9873 441 208')]),
    C('Pontic Greek family from Nea Trapezounta Thessalonikis: grandmother Sofia Chatzipetridou, AMKA 11034402218. She still sings in Pontic at night and the grandchildren are frightened.', [('place', 'Nea Trapezounta Thessalonikis'), ('name', 'Sofia Chatzipetridou'), ('ssn', '11034402218')]),
    C('FW: fax from Centre médico-psychologique de Quimperlé-Kerbertrand, fax 02 98 39 12 77, dossier CMP-29-0047718, concerning Maëlys Le Bihan-Guillou, née le 09/11/1986. Page 2 missing, can whoever has the machine check?', [('place', 'Centre médico-psychologique de Quimperlé-Kerbertrand'), ('fax', '02 98 39 12 77'), ('medical_record', 'CMP-29-0047718'), ('name', 'Maëlys Le Bihan-Guillou'), ('date', '09/11/1986')]),
    C("Mindfulness doesn't work for everyone and I'm tired of pretending it does. Thoughts?"),
    C('does anyone use a sand tray with adults or is that a bit much'),
    C('Naomi Ruth Zimmerman-Stoltzfus, Gordonville Intercourse Rd farm - ex-Amish, shunned. thank you Hannah Beiler-Fisher for the referral!', [('name', 'Naomi Ruth Zimmerman-Stoltzfus'), ('place', 'Gordonville Intercourse Rd farm'), ('name', 'Hannah Beiler-Fisher')]),
    C('Is it ethical to see two members of the same extended family separately in a very small community? I have no alternative to offer. Trying to write down my reasoning before I decide.'),
    C("does anyone know how to turn off read receipts in the messaging app? clients see when i've read their message and expect instant replies"),
    C('EMDR training in Portuguese - does anyone know a trainer? Asking for a colleague in Brazil'),
    C('Need a sanity check. Client is Heike Brandenburger-Lutz, 52, from Schwäbisch Hall-Hessental Siedlung, with a deep brain stimulator (Medtronic Percept, SN NWA441827H) for Parkinson\'s. Since the battery change her husband says she "isn\'t herself" - impulsive spending, gambling online. Neurology says it\'s not the device. I\'m not so sure. Anyone worked with DBS-related personality change?', [('name', 'Heike Brandenburger-Lutz'), ('place', 'Schwäbisch Hall-Hessental Siedlung'), ('device', 'NWA441827H')]),
    C("Wheelchair (Küschall K-Series, #K4402718) stolen from outside Jonas Kühn-Ebeling's block in Halle-Neustadt Block 387. He's housebound now.", [('device', 'K4402718'), ('name', 'Jonas Kühn-Ebeling'), ('place', 'Halle-Neustadt Block 387')]),
    C("212.30.200.47 flagged in the portal for Eyjólfur Stefánsson - he's at sea, uses the ship's satellite link from Vopnafjörður harbour. False alarm, I think.", [('ip_address', '212.30.200.47'), ('name', 'Eyjólfur Stefánsson'), ('place', 'Vopnafjörður harbour')]),
    C('Reading Viktor Frankl\'s "Man\'s Search for Meaning" with a Lutheran client who asked for it. Powerful conversations'),
    C('I\'m reading Gabor Maté\'s "In the Realm of Hungry Ghosts" with my addiction group. Mixed feelings about the trauma-causes-everything frame.'),
    C('Norwegian Vipps number +47 918 42 207 - Knut Aslak Haugland paid for the group. do we keep Vipps numbers in the journal? seems wrong.', [('account', '+47 918 42 207'), ('name', 'Knut Aslak Haugland')]),
    C("ip 5.45.207.119 keeps trying the client login for Aleksandra Jović (sasa.jovic.ns@gmail.com). She says it's her ex in Novi Sad Detelinara. IT said to change her password - is that enough?", [('ip_address', '5.45.207.119'), ('name', 'Aleksandra Jović'), ('email', 'sasa.jovic.ns@gmail.com'), ('place', 'Novi Sad Detelinara')]),
    C("I keep thinking about how many of my clients work two jobs and still can't pay rent. Therapy feels like a plaster on a wound the size of the economy."),
    C('Polish fish-factory worker in Iceland, Krzysztof Wałęsa-Rydz, kennitala 150989-3169, Grundarfjörður verbúð. Winters, no light, drinking. wants polish-speaking therapist.', [('name', 'Krzysztof Wałęsa-Rydz'), ('ssn', '150989-3169'), ('place', 'Grundarfjörður verbúð')]),
    C("Any recommendations for books on perinatal OCD that aren't terrifying for the mother to read?"),
    C("So I have a trans client, Ariadne Papastergiou, from Exarcheia Themistokleous, who needs a letter for surgery and her AMKA (30129901837) still shows her old gender. The hospital refuses to book until it changes, and it can't change until she has the surgery. Has anyone in Greece navigated this? I'm fuming on her behalf.", [('name', 'Ariadne Papastergiou'), ('place', 'Exarcheia Themistokleous'), ('ssn', '30129901837')]),
    C('portal: new message from patient Aino Kärkkäinen-Lehto (aino.kl@kolumbus.fi) re appointment on 14.3.2027 - Kela card K-0418 2207 9913. forwarded to you since you speak Finnish.', [('name', 'Aino Kärkkäinen-Lehto'), ('email', 'aino.kl@kolumbus.fi'), ('date', '14.3.2027'), ('health_plan', 'K-0418 2207 9913')]),
    C('Booking site for Dorothea Schimanski in Bottrop Ebel Zeche: https://termine.psychotherapie-ebel.de/buchen/ds - she asked if we take AOK.', [('name', 'Dorothea Schimanski'), ('place', 'Bottrop Ebel Zeche'), ('url', 'https://termine.psychotherapie-ebel.de/buchen/ds')]),
    C("I'm doing a lot of work with new fathers lately and I'm struck by how little is written for them. Any good resources in English, French or Spanish on paternal postnatal depression?"),
    C("What's everyone's view on the ICD-11 complex PTSD diagnosis? I use it more than I expected, especially with clients from the asylum system."),
    C("Curious whether anyone has used Behavioural Activation with clients who have chronic fatigue. The activity scheduling can feel cruel when energy is the problem. I've been pacing it down heavily but I wonder if I'm just doing something else entirely."),
    C('quick one - how long do you keep notes after a client dies? our policy says eight years but nobody can tell me why'),
    C("Wapishana teacher Lorraine Aguilar-James, Aishalton village south savannah, Guyana. She's the only teacher for four grades. Burnout + isolation. email laguilar.aishalton@gmail.com.", [('name', 'Lorraine Aguilar-James'), ('place', 'Aishalton village south savannah'), ('email', 'laguilar.aishalton@gmail.com')]),
    C("I'm worried about a client, Branislav Đorđević-Ilić, 61, lorry driver between Serbia and Germany, licence SRB 004417281, truck plate NI 118-KT. He falls asleep at the wheel and laughs it off; sleep apnoea untreated; his CPAP (ResMed AirSense 10, SN 23181447392) lives in the cupboard. Do I have a reporting duty to the Serbian licensing agency?", [('name', 'Branislav Đorđević-Ilić'), ('licence', 'SRB 004417281'), ('vehicle', 'NI 118-KT'), ('device', '23181447392')]),
    C("Has anybody had a client ask to bring their pet rabbit to sessions? Asking seriously, she says it calms her. Allergies aside, I'm tempted."),
    C("Patient portal URL for my client's records: https://minjournal.helsenorge.no/p/7711082 - Øystein Kvalvik sent me it himself, is it ok to open with his consent?", [('url', 'https://minjournal.helsenorge.no/p/7711082'), ('name', 'Øystein Kvalvik')]),
    C("can someone cover Oisín Mac Pháidín on thurs, i'm sick", [('name', 'Oisín Mac Pháidín')]),
    C("Tejana client Esperanza Garza-Longoria, 1318 W Cano St, 78539, TX DL 40728319. Border Patrol stopped her son again. She's a citizen, fifth generation.", [('name', 'Esperanza Garza-Longoria'), ('street_address', '1318 W Cano St'), ('zip_code', '78539'), ('licence', '40728319')]),
    C('Cape Breton Gaelic singer Catrìona NicIlleathain, 4417 Rte 252, Mabou Coal Mines, B0E 1X0. Her father has dementia and she wants to sing to him in sessions. Thoughts?', [('name', 'Catrìona NicIlleathain'), ('street_address', '4417 Rte 252'), ('place', 'Mabou Coal Mines'), ('zip_code', 'B0E 1X0')]),
    C("Spanish plate 4728 LMR - the car that hit Iñaki Zubiaurre Etxabe's bike in Zarautz Iñurritza. PTSD or adjustment? 6 weeks post.", [('vehicle', '4728 LMR'), ('name', 'Iñaki Zubiaurre Etxabe'), ('place', 'Zarautz Iñurritza')]),
    C("widow of a mijnwerker, Jo Schroeders-Vanhommerig, lives in Heksenberg-Noord. Very Limburgs, very catholic, talks to her late husband every night and wonders if she's mad. She's not, is she.", [('name', 'Jo Schroeders-Vanhommerig'), ('place', 'Heksenberg-Noord')]),
    C('insulin pump Tandem t:slim X2, SN 30551768 alarms all through sessions - client Chantelle Boudreau-Gallant, Tignish Shore Road end, PEI. ok to ask her to mute?', [('device', '30551768'), ('name', 'Chantelle Boudreau-Gallant'), ('place', 'Tignish Shore Road end')]),
    C('Which apps do people recommend for sleep? Sleepio, Calm, Headspace, Insight Timer? My clients in Ireland and Scotland ask me every week'),
    C('Is anyone going to the BABCP conference this year? Looking to share a room to cut costs'),
    C("the reading list for the new trainees is in the shared folder, add anything good you've found"),
    C("Does anyone have a template for a therapeutic letter to a client at the end of therapy? Narrative therapy style, Michael White and David Epston. I've never written one and I'm nervous."),
    C("tiago moura baptista from bairro da jamaica seixal - first session went well, he'll come back", [('name', 'tiago moura baptista'), ('place', 'bairro da jamaica seixal')]),
    C("Nuu-chah-nulth youth worker referred her nephew: Tyson Frank-Thomas, Ahousaht Marktosis, ph 250-670-9184. Residential school history in the family, he's 19.", [('name', 'Tyson Frank-Thomas'), ('place', 'Ahousaht Marktosis'), ('phone', '250-670-9184')]),
    C("Supervision thought: I've started ending sessions five minutes early to write my notes, and my clients seem fine with it, but I feel guilty. Is a fifty-minute hour actually forty-five for everyone now, or am I cutting corners?"),
    C('Teresinha Kuhn Wollmann, Linha Bonita de Nova Petrópolis, a psychologist herself, CRP 07/41182, burnt out after the floods; booked for 12/01/2027.', [('name', 'Teresinha Kuhn Wollmann'), ('place', 'Linha Bonita de Nova Petrópolis'), ('licence', '07/41182'), ('date', '12/01/2027')]),
    C("brasiguaio farmer Lauro Schneider Bentos, colonia Naranjito km 42, Paraguay. Land conflicts with campesinos; he's armed and scared and so is everyone else. cel +595 983 418 207.", [('name', 'Lauro Schneider Bentos'), ('place', 'colonia Naranjito km 42'), ('phone', '+595 983 418 207')]),
    C("Hi all - a long one. A colleague in rural Portugal forwarded me a referral for Olímpia Gaspar Rebelo, Aldeia de Barroso Pitões das Júnias, who's been grieving her son, who died in the wildfire of 17/06/2017. Nine years later she still lays his place at the table. Her family want it to stop. I'd rather not pathologise a ritual. Prolonged grief disorder or just love?", [('name', 'Olímpia Gaspar Rebelo'), ('place', 'Aldeia de Barroso Pitões das Júnias'), ('date', '17/06/2017')]),
    C("Quebec permit OPQ 11847-19, Ontario CRPO CRPO #008814 - I'm double licensed, moving my client Guylaine Paradis from my Quebec office to my Ontario office. Which college governs?", [('licence', 'OPQ 11847-19'), ('licence', 'CRPO #008814'), ('name', 'Guylaine Paradis')]),
    C('UK DVLA number MORGA702189G99LK on the referral for Gwenllian Morgan-Pritchard, Cwm-y-Glo Tan-y-Coed. Why would a GP put a driving licence on a referral? Fitness to drive after a seizure.', [('licence', 'MORGA702189G99LK'), ('name', 'Gwenllian Morgan-Pritchard'), ('place', 'Cwm-y-Glo Tan-y-Coed')]),
    C('Falkland Islander Sukey Betts-Goss, Fox Bay East settlement, ph +500 42 118. Sheep station, the nearest neighbour is an hour away by Land Rover. Postnatal, remote support only.', [('name', 'Sukey Betts-Goss'), ('place', 'Fox Bay East settlement'), ('phone', '+500 42 118')]),
    C('Embroiderer Conceição Freitas Gouveia in Sítio do Lombo Chão, NIF 218 445 903, número de utente 341 882 017. Her hands are going and with them her whole sense of who she is.', [('name', 'Conceição Freitas Gouveia'), ('place', 'Sítio do Lombo Chão'), ('ssn', '218 445 903'), ('health_plan', '341 882 017')]),
    C('IBAN IE64 AIBN 9321 0441 7728 19 for the west of Ireland peer fund, ref "supervision". No names in the ref please.', [('account', 'IE64 AIBN 9321 0441 7728 19')]),
    C('Cajun shrimper Thibodeaux Naquin from Pointe-aux-Chênes bayouside, LA. hurricane after hurricane. ph (985) 594-2718. His wife calls it "the drowning sadness".', [('name', 'Thibodeaux Naquin'), ('place', 'Pointe-aux-Chênes bayouside'), ('phone', '(985) 594-2718')]),
    C('A client told me "you\'re the only person I talk to" and I felt it in my stomach all day'),
    C('Hutsul woodcarver Vasyl Tafiichuk, Kryvorivnia-Zarichna, RNOKPP 2714509831, came over the mountains to Romania with his grandson. tel +380 67 418 2093.', [('name', 'Vasyl Tafiichuk'), ('place', 'Kryvorivnia-Zarichna'), ('ssn', '2714509831'), ('phone', '+380 67 418 2093')]),
    C('Dagný Halldórsdóttir-Olsen says the Faroese-Icelandic couples group is full.', [('name', 'Dagný Halldórsdóttir-Olsen')]),
    C("Long question, apologies. I work in a rural practice and a lot of my older male clients come in only because their wives booked the appointment. They sit with their arms folded for the first three sessions and then, if they stay, they're some of the most honest people I see. How do you get through those first three sessions without losing them? Humour works for me sometimes, silence never does."),
    C("Question about home visits in deep winter. My client Ahnawake Ratt-Nottaway lives at 22 Lakeshore Rd, Box 118, Kitigan Zibi north shore, J9E 3A1, and in January the road is often closed. She's agreed to phone sessions but hates the phone, and her cousin's line (819-449-3172) is the only reliable one. Would you do it on the cousin's phone? Confidentiality vs not seeing her at all.", [('name', 'Ahnawake Ratt-Nottaway'), ('street_address', '22 Lakeshore Rd, Box 118'), ('place', 'Kitigan Zibi north shore'), ('zip_code', 'J9E 3A1'), ('phone', '819-449-3172')]),
    C('Moravian Wallachian wood-worker Jaroslav Kubiček, Velké Karlovice-Pluskovec. Wife died in the spring floods. Czech-speaking peers?', [('name', 'Jaroslav Kubiček'), ('place', 'Velké Karlovice-Pluskovec')]),
    C('A gentle rant about waiting lists. Our community service in Scotland has a list of over a year for adult psychology and I\'m supposed to "hold" people with monthly check-in calls. It feels like watching people drown from the shore. How do you stay effective and humane when the system is this broken?'),
    C('Referral faxed from (709) 896-4417 - Ashley Rumbolt-Pottle, Happy Valley-Goose Bay Spruce Park, Labrador-Grenfell chart LGH 448 201 7. Postpartum, husband away at the mine.', [('fax', '(709) 896-4417'), ('name', 'Ashley Rumbolt-Pottle'), ('place', 'Happy Valley-Goose Bay Spruce Park'), ('medical_record', 'LGH 448 201 7')]),
    C("Tohono O'odham grandfather Felix Antone Manuel, Big Fields Ge Oidag wash, ph 520-383-6671. The border wall went up across his family's land. Grief and rage.", [('name', 'Felix Antone Manuel'), ('place', 'Big Fields Ge Oidag wash'), ('phone', '520-383-6671')]),
    C("Yup'ik mother Nellie Kasayulie Andrew, Akiachak upriver, Alaska Medicaid AK 7715 0842. Son drowned in the river at breakup. Village is grieving together and she feels she can't grieve alone.", [('name', 'Nellie Kasayulie Andrew'), ('place', 'Akiachak upriver'), ('health_plan', 'AK 7715 0842')]),
    C("Austrian pensioner Hedwig Pichler-Moosbrugger, e-card 2184 120346, Dorfstraße 7/2/5, 6866 Andelsbuch Bezegg. She's ninety-seven zu Maria Lichtmess and deciding whether to stop her dialysis.", [('name', 'Hedwig Pichler-Moosbrugger'), ('health_plan', '2184 120346'), ('street_address', 'Dorfstraße 7/2/5'), ('zip_code', '6866'), ('place', 'Andelsbuch Bezegg'), ('age_over_89', 'ninety-seven zu Maria Lichtmess')]),
    C("tiny win: a client who hasn't left the house in a year came to the session in person. she brought her dog"),
    C("Is anyone using the CORE-10 routinely? We've been told to, and I'm not sure it adds anything"),
    C('Help with wording: how do you say "I\'m worried about your drinking" to someone whose whole family drinks the same way?'),
    C("supervision notes: do you keep them? mine are in a notebook and i'm wondering if that's a problem"),
    C("Danish CPR 230581-2947, Mette Kjærgaard Bundgaard, Vestervej 12, 2. tv., 6950 Ringkøbing Nørrestrand. Mink farmer's wife after the cull. Still angry four years on.", [('ssn', '230581-2947'), ('name', 'Mette Kjærgaard Bundgaard'), ('street_address', 'Vestervej 12, 2. tv.'), ('zip_code', '6950'), ('place', 'Ringkøbing Nørrestrand')]),
    C('Scalpay Kennavay end - anyone know a counsellor who gets out there?', [('place', 'Scalpay Kennavay end')]),
    C('Does anyone know the rules in Colombia for psychologists doing online sessions from abroad? The Colegio Colombiano de Psicólogos site is unclear'),
    C('FAX ---- To: Community Mental Health, Ballyconneely Bog Road / From: Dr Aoife Ní Fhlatharta / Fax +353 95 43 218 / Re: Tomás Mac Donncha Ó Conghaile, PPSN 8241577TA, medical card GMS 7718 4402. Please see urgently.', [('place', 'Ballyconneely Bog Road'), ('name', 'Aoife Ní Fhlatharta'), ('fax', '+353 95 43 218'), ('name', 'Tomás Mac Donncha Ó Conghaile'), ('ssn', '8241577TA'), ('health_plan', 'GMS 7718 4402')]),
    C('Fuegian sheep-shearer Ramón Alvarado Güichapay, estancia Las Hijas de Río Grande, Argentina. Alcohol in the shearing crews, off-season depression.', [('name', 'Ramón Alvarado Güichapay'), ('place', 'estancia Las Hijas de Río Grande')]),
    C("I'm helping a young Roma man, Dezső Lakatos Orsós, from the Sajókaza felső telep settlement, apply for a job and he needs his TAJ number (038 552 917) on the form, which he's never known. His mother keeps the papers in a box nobody's allowed to open. Not clinical really but it's stopping everything. How do you work with shame about papers?", [('name', 'Dezső Lakatos Orsós'), ('place', 'Sajókaza felső telep'), ('health_plan', '038 552 917')]),
    C('Reading Resmaa Menakem\'s "My Grandmother\'s Hands" with our Black Therapists Network book club next Tuesday. Come along if you\'re free'),
    C("Belarusian political emigrant Aliaksandr Zhuk-Barysevich, now in Wilno Żyrmuny blok 7, phone +370 612 48 209. He asks every session if I think he'll ever go home.", [('name', 'Aliaksandr Zhuk-Barysevich'), ('place', 'Wilno Żyrmuny blok 7'), ('phone', '+370 612 48 209')]),
    C('https://calendly.com/terapia-marisa-galego/45min is the booking link Marisa Rañó Pazos uses in Cangas do Morrazo Aldán - she asked me to share it with anyone doing Galician-language work.', [('url', 'https://calendly.com/terapia-marisa-galego/45min'), ('name', 'Marisa Rañó Pazos'), ('place', 'Cangas do Morrazo Aldán')]),
    C('Bernadette Morrissey, Cahersiveen Knocknagorna, had her cochlear implant (Nucleus 8, SN 541-08872) switched on last month; sounds are "like tin cans". Adjustment distress, anyone?', [('name', 'Bernadette Morrissey'), ('place', 'Cahersiveen Knocknagorna'), ('device', '541-08872')]),
    C('ribeirinha in Amazonas state, Raimunda Pereira Kokama, Comunidade Nossa Senhora do Perpétuo Socorro do Igarapé-Açu. River dried up last year, boats stuck for weeks. I see her by radio-phone when the signal comes.', [('name', 'Raimunda Pereira Kokama'), ('place', 'Comunidade Nossa Senhora do Perpétuo Socorro do Igarapé-Açu')]),
    C("email from fabienne.rolland@chu-clermont.fr asking if I'll supervise her, and she's at Cébazat Le Bourg. I know nobody in Auvergne. Advice on remote supervision contracts?", [('email', 'fabienne.rolland@chu-clermont.fr'), ('place', 'Cébazat Le Bourg')]),
    C("Practical question: when a client moves abroad, can I keep seeing them online? I'm registered in Ireland only"),
    C("Does anyone know if the Welsh government funds bilingual therapy training? I'd love to do CBT in Welsh"),
    C('Ludovic Rakotobe-Marchal is moving to Saint-Pierre-et-Miquelon Anse à Henry?? does anyone do tele there lol', [('name', 'Ludovic Rakotobe-Marchal'), ('place', 'Saint-Pierre-et-Miquelon Anse à Henry')]),
    C('question about boundaries: a client follows my running club on social media. do i say something or leave it'),
    C('Domingos Tavares Varela, nascido a 03-08-1954, Cova da Moura Alto. Cape Verdean-Portuguese, lost his wife. RSI papers in a mess.', [('name', 'Domingos Tavares Varela'), ('date', '03-08-1954'), ('place', 'Cova da Moura Alto')]),
    C('The British Psychological Society has new guidance on remote working. Has anyone read it properly?'),
    C('Dutch plate V-482-NK - Femke Dijkstra-Posthuma saw the same car three times near Drachten De Drait. Paranoia or real? We need to check before I assume anything.', [('vehicle', 'V-482-NK'), ('name', 'Femke Dijkstra-Posthuma'), ('place', 'Drachten De Drait')]),
    C("I've been asked to do a capacity-adjacent assessment and I'm uneasy. Wilhelmina Ter Horst, Winterswijk Kotten buurtschap, is ninety-nine bij de kermis, and her nephew wants her to sign over the farm. She wants to talk about her late sister, not the farm. Her GP's fax is 0543 51 77 20. Whose interests am I serving here?", [('name', 'Wilhelmina Ter Horst'), ('place', 'Winterswijk Kotten buurtschap'), ('age_over_89', 'ninety-nine bij de kermis'), ('fax', '0543 51 77 20')]),
    C("Hearing aid SN OTC-44781-R lost on the bus - Grandpa Hamish Macaulay Morrison of Balallan Leurbost road can't join group till it's found.", [('device', 'OTC-44781-R'), ('name', 'Hamish Macaulay Morrison'), ('place', 'Balallan Leurbost road')]),
    C("Anyone trained in Internal Family Systems? I'm curious but the price of the Level 1 is wild"),
    C("Svetlana Kovalchuk-Marra referral from Zelenyi Hai Huliaipole — she's in Poland now, arrived with one bag.", [('name', 'Svetlana Kovalchuk-Marra'), ('place', 'Zelenyi Hai Huliaipole')]),
    C('jordi vallverdú la barceloneta cova fumada - cancelled, will rebook', [('name', 'jordi vallverdú'), ('place', 'la barceloneta cova fumada')]),
    C('Is it okay to hug a client at the last session? The Dutch in me says no, the Portuguese in me says yes'),
    C('Marija Horvat-Kühar in Prekmurje Bogojina Spodnja, EMŠO 0506972500311, Bogojina 88, SI-9222 - mother of four, husband works in Austria Monday to Friday.', [('name', 'Marija Horvat-Kühar'), ('place', 'Prekmurje Bogojina Spodnja'), ('ssn', '0506972500311'), ('street_address', 'Bogojina 88'), ('zip_code', 'SI-9222')]),
    C("Montserratian elder Theophilus Tuitt, Salem Old Towne, evacuated in '97, ninety and a volcano's worth he says. Daughter in England wants him to move there. He won't.", [('name', 'Theophilus Tuitt'), ('place', 'Salem Old Towne'), ('age_over_89', "ninety and a volcano's worth")]),
    C('Hopi potter Lorena Sakeva-Kaye, Polacca First Mesa, IHS chart HP-0082614. Daughter is getting her to sessions; she wants traditional healing alongside. obviously yes.', [('name', 'Lorena Sakeva-Kaye'), ('place', 'Polacca First Mesa'), ('medical_record', 'HP-0082614')]),
    C('Ex-miner Gerard Kokot-Pyka, osiedle Giszowiec-Zachód. Speaks Silesian with me and gets annoyed when I answer in Polish.', [('name', 'Gerard Kokot-Pyka'), ('place', 'osiedle Giszowiec-Zachód')]),
    C("running 10 min behind, client arrived late and in tears, can't rush her"),
]

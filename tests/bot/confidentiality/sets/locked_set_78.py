"""SEVENTY-EIGHTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), scripts/, bench/,
adapters/ or storage/, did not run the guard, bench/guard_eval.py or any
test that imports or runs the guard, did not run git log, git status,
git diff, git show or any git command other than the final git add and
git commit, and did not read README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or the snippets of eval_set.py,
dev_extra.py, locked_set.py or locked_set_2.py ... locked_set_77.py (set
79, written at the same time in another worktree, was not seen at all:
neither its worktree nor its draft folder was opened or listed).  What
was read: the module docstrings of locked_set_74.py and locked_set_76.py
(the latest dense sets, which this one is modelled on), each printed
once, on its own, up to its closing triple quote (none of their cases);
the first 25 lines of locked_set_13.py and, separately, its last three
lines (for the file format; none of their sentences was copied); the
EvalCase dataclass and PATTERN_CATEGORIES in eval_set.py (exactly lines
29-41); tests/bot/confidentiality/test_locked_sets.py (data integrity
checks, no snippets); and one listing of the sets folder (file names
only).  These reads were issued as separate commands in one parallel
batch.  The header of this file was written from set 13's tail and the
test's names.  The overlap filter imported the earlier sets
programmatically and printed only this set's own clashing strings; it
was run from the draft folder.  The only test run was
test_locked_sets.py (selected with -k 78); ruff was run on this file and
on that test file.  No slip of the reading rules occurred.

Every snippet is set in Europe and the Americas (Lithuania, Latvia,
Luxembourg, Malta, Cyprus, Slovenia, Croatia, North Macedonia, Kosovo,
Liechtenstein, Slovakia, Hungary, Romania, Bulgaria, Greece, the UK and
Ireland, Spain and the Canaries, Portugal and the Azores, Italy, France,
Germany, Austria, Switzerland, the Netherlands, Belgium, Norway and
Sápmi, Sweden, Denmark and Greenland, Finland, Estonia, Iceland, Poland,
Czechia, Serbia, Bosnia, Ukraine; the US, Canada, Mexico, Guatemala,
Honduras, Panama, Costa Rica, Venezuela, Colombia, Ecuador, Peru,
Bolivia, Paraguay, Uruguay, Chile, Argentina, Brazil, Cuba, Puerto Rico,
Trinidad and Guyana) and in diasporas there (Eritreans in the
Netherlands and Sweden, Chechens and Afghans in Austria, Kurds in
Sweden, Kosovars in Switzerland, Romanians and Albanians in Italy,
Filipinos in Italy, Ukrainians in Ireland, England, Germany and Poland,
Lithuanians in Ireland, Brazilians, Cape Verdeans, Mozambicans and
Bissau-Guineans in Portugal, Ecuadorians in Spain, a Guinean minor in
France, Surinamese and Moroccan Dutch, an Iranian German, Roma in
Slovakia and Czechia, Bolivians in Argentina, Venezuelans in Colombia,
Peru and Chile, Honduran Garifuna in New York, Hmong and Somalis in
Minnesota, Cape Verdeans in Massachusetts, Guyanese and Gujarati
Canadians, an Inuk in Denmark, a Cuban in Florida, Trinidadians in New
York).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty-five minutes in all), as a consultation request
or a chat message to peers in a therapists' consultation group, dense
with capitalised terms like sets 74 and 76, with settings chosen to
differ from those named in set 74's docstring: the 2016 Brussels
bombings, the Belarus border crisis, a 2023 building collapse in Malta,
the Petrinja quake and the 2020 Zagreb quake, the Kočani club fire of
March 2025, the Ahr valley flood of July 2021, the 2010 red sludge, the
Colectiv fire, the 2018 Attica fire, Homes for Ukraine, the 1981
nightclub fire in Dublin, the 1998 bomb, the 1988 air disaster, the 1996
school shooting and the Bridgend cluster, the 2017 arena bombing, the
1989 stadium disaster, the 1966 tip collapse, the 1988 platform
disaster, the 2016 tram crash and power station collapse, Storms Babet
and Éowyn, the 2015 concert hall attack, the 14 juillet 2016 truck
attack, the 2015 Alps air crash, the 2016 Christmas market attack, the
2020 shisha bar shootings, the 2019 synagogue attack, the 2011 island
massacre, the 2011 mall shooting in the Netherlands, the 1998 ICE
derailment, the 2013 Galician train crash, the 2011 Murcia quake, the
2021 Canary eruption, the 2020 landfill collapse in the Basque
Country, the 2019 Vega Baja flood, the 2017 hotel avalanche, the
2018 bridge collapse, the 2016 Lazio quake, the 2017 Ischia quake, the
2021 Sardinian fires, the 3 October 2013 shipwreck, the Costa Concordia
crew, the 2017 Leiria district fires, the 2010 presidential air crash,
the 2022 drama theatre and station strikes in Ukraine, Irpin, the 2023
dam breach, Srebrenica, the 1999 bombing of the TV building, the
Grindavík evacuation, the 2022 mall shooting in Denmark, the 2021
Cretan quake; the 2022 Texas school shooting, the Michigan water
crisis, the 2023 Maui fire, Helene, the July 2025 Texas Hill Country
flood, the 2021 Kentucky tornado, the 2011 Missouri tornado, the 2018
Saskatchewan hockey bus crash, the 2020 Nova Scotia shooting, the 2017
mosque shooting, the 2022 Saskatchewan stabbings, the 2016 Alberta
wildfire, the 2024 Alberta park fire, the BC heat dome and 2021 village
fire, the 2006 college shooting, the 2018 Florida, 2023 Tennessee and
2012 Connecticut school shootings, the 2022 Colorado club shooting, the
2023 Maine shooting, Katrina, Ida, Ian, Maria, the Camp Fire, the 2017
Puebla quake, Ayotzinapa, Hurricane Alex 2010, the 2018 Fuego
eruption, Eta 2020, the Darién crossing, the 2017 Putumayo landslide,
the 1985 Nevado del Ruiz lahar, the 2007 Ica quake, the 2004 nightclub
fire and 2012 commuter train crash in Argentina, the 2004 supermarket
fire in Paraguay, the 2010 Chile tsunami, the 2015 Minas Gerais dam
collapse, the Kiss nightclub fire, the 2022 Rio de Janeiro state floods,
the Yanomami crisis of 2023, a 2023 drought in an Indigenous land; and ordinary lives (farmers, reindeer
herders, a shepherd, fishers and a percebeiro, a baker, a
pastizzeria and a Heuriger owner, kiosk and dépanneur keepers, a
greenhouse worker, a moto-taxi driver, nurses, a basketball coach, a
nail-salon worker, a potato seller).  Short referral lines, faxes,
portal and telehealth logs by IP address, device notes, payment lines
and leaked links, rushed lower-case chat (seven identifier snippets
write names and places in lower case), and 56 identifier snippets that
hold only names and/or places, written as ordinary consultation prose,
often with the name at the start of a sentence.  Nothing was composed
by a script: the author wrote the snippets in plain text files outside
the repository (/tmp/set78work/) with the planted spans marked inline,
and a script there only stripped the marks into the expected lists,
checked lengths, token boundaries, single occurrence, duplicate spans,
repeated values and duplicate snippets, counted capitalised words in
the clean snippets, checked overlap with the earlier sets, shuffled the
order with a fixed seed (78) and wrote this file.  Every later edit was
typed by hand as a find-and-replace pair that a small script applied to
the drafts (161 edit pairs and 184 renaming pairs in all); this is
stated here.

Edits made after drafting, stated here: many false starts and asides
typed into the drafts under time pressure (a name, a place, a health
plan, an event or an ID format followed by "? no", "- no", "? used",
"(used)", "? sorry", "- ignore, write", "? just", "? hmm", "? keep" and
the like, and several settings the writer recognised as named in set
74's docstring) were removed with their values, leaving only the
corrected text; a descriptor typed inside a name span was moved outside
it; three names typed from other continents in asides were removed; one
mistakenly duplicated value (an ID number repeated inside a health plan
number) was replaced.  In a review, cities, venues and schools written
unlabelled in identifier snippets (mostly in event names and after "in")
were replaced by a state, province, region or country, or by a generic
phrase ("the 2017 arena bombing", "the 2011 island massacre"), or were
labelled as places (a school in Puebla and Ayotzinapa); two names and a
setting that repeated communities in set 74's docstring (Diné, Lakota,
Punjabi Canadian) were changed; a final check found three more settings
from set 74's list (the 2024 DANA, the 2024 floods in Rio Grande do Sul
and the prison massacres in Ecuador) and a town inside an event name,
and they were replaced by hand.  Known limitation, stated here: some
hospitals or cities remain inside record-number labels and e-mail
addresses (MMH, MFT, OUH, HUVH, HSJ, a Warsaw e-mail, Tromsdalen), a
few localities remain inside place spans (a city inside a neighbourhood
or a county inside an event) and a few event descriptions keep a region,
island or river (the Ahr, Friesland, Silesia, the Sula valley, the
Montiferru, the Vega Baja); a guard that flags them is not wrong.  In the clean
snippets four cities and a university typed in asides and a capital
city were removed or replaced by a region, a country or a generic
phrase.  Overlap with the earlier sets was resolved by renaming only
this set's planted values: 167 values in the first round (the same
pass also held the repeated ID fix and a leftover word) (names given a
second surname or a longer form, places given a lane, block, row, corner
or sector, postal codes given a country prefix or changed, IBANs, an ID
number, plates and ages given a feast), 15 in the second; the last pass
found nothing.

Local identifier formats: Lithuanian asmens kodas, Latvian personas
kods, Luxembourg matricule, Maltese ID card, Cypriot ARC, Slovenian
EMŠO, Croatian OIB, Macedonian EMBG, Kosovo personal number, Dutch
V-nummer, Belgian BIS number, German SV-Nummer, Austrian SVNR,
Norwegian D-nummer, Swedish samordningsnummer, Hungarian adóazonosító
jel, Liechtenstein AHV, UK biometric residence permit, Irish IRP,
Spanish NIE, Portuguese cartão de cidadão, Italian permesso, French
AGDREF, Romanian CNP, Bulgarian EGN, Greek AMKA, PESEL, US A-number,
Canadian status number, Mexican INE clave and RFC, Honduran DNI,
Panamanian, Venezuelan and Colombian cédulas, Colombian PPT, Peruvian
carné de extranjería, Argentine CUIL and DNI, Paraguayan and Uruguayan
CI, Chilean RUT, Brazilian RG (ssn); MMH, CHI, H&C, MFT, IPP, a German
Klinik Fallnummer, OUH, HUVH, RJ1, AHS, IHS, Patientennummer, Italian
cartella, Brazilian prontuário, Venezuelan historia clínica, SK, HSJ
and NHS numbers (medical_record); CNS Luxembourg, GESY, ZZZS, HZZO,
Menzis, VGZ, Partena, Barmer, DAK, Debeka, ÖGK, TAJ, CNAS, NZOK,
EOPYY, Irish medical card and Vhi, CatSalut, Sanitas, ADSE, STP, AME,
MGEN, CSS (Swiss and Panamanian), NY Medicaid CIN, Minnesota MA,
MassHealth, Texas CHIP, Michigan, Kentucky and NC Medicaid, HMSA,
Saskatchewan, AHCIP, BC PHN, RAMQ, ISSSTE, IMSS-Bienestar, Nueva EPS,
EsSalud, OSDE, IOMA, ASSE, Fonasa, Unimed and SUS CNS (health_plan);
BACP, CORU, a Madrid colegiado, OPP, Albo, RPPS, BIG, HPR, a Minnesota
LMFT, a NY LCSW-R, COREN, cédula profesional, CRP and CPsP, and Texas,
Ontario, Irish, French and Massachusetts driving licences (licence);
Irish, Dutch, French, Belgian, Portuguese, Swiss, Austrian, Czech,
Norwegian, Romanian, Croatian, Lithuanian, Ontario, Quebec, Alberta,
Texas, Florida, Minnesota, Argentine, Colombian and Puerto Rican plates
(vehicle); devices (a cochlear processor, a pacemaker, an insulin pump,
hearing aids, a Libre sensor, an ICD, a VNS generator, a CPAP, a
myoelectric arm, an oxygen concentrator, a Dexcom receiver, a deep
brain stimulator, a power wheelchair); payments (Irish, German, Polish
and Belgian IBANs, Revolut, MB Way, Lydia, Vipps, Twint, Payconiq,
Bizum, Satispay, Yape, Plin, Cash App, Zelle, Sinpe Móvil, Pago Móvil,
Nubank, CLABE, CuentaRUT, PIX, Canadian transit and US routing
numbers); addresses written the local way with postal codes of those
countries; dates slashed, ISO, dotted, in words (English, French,
Spanish, Italian, Latvian), weekday-led; IPv4 and IPv6 addresses, URLs,
and phone and fax numbers in local and international formats.

442 snippets, 285 with identifiers and 157 clean (lengths 50-216,
within the test's bounds of 40-520).  Every pattern category appears at
least 12 times (the test requires 12): date 14, age_over_89 14, phone
24, fax 17, email 14, url 13, ip_address 14, ssn 43, medical_record 19,
health_plan 48, account 24, licence 19, vehicle 22, device 13,
street_address 40, zip_code 40; with 285 names and 267 places smaller
than a state (the test requires 285 and 267).  Ages over 89 are written
in digits and words, in English, Welsh, French, German, Italian,
Spanish, Polish, Swedish and Ukrainian, several with a feast or a
season.

Names: Lithuanian, Latvian, Luxembourgish, Maltese, Greek Cypriot,
Slovenian, Croatian, Macedonian, Kosovar Albanian, Eritrean, Moroccan
Belgian, German, Chechen, Afghan, Sámi, Kurdish, Ukrainian, Polish,
Hungarian (family name first), Romanian, Bulgarian, Greek, Irish and
Irish-language, Welsh, Scottish and Gaelic, English, Nigerian British,
Ghanaian British, Catalan, Basque, Galician, Canarian, Ecuadorian,
Portuguese and Azorean, Brazilian Portuguese, Cape Verdean, Bissau-
Guinean, Mozambican, Italian, Filipino, French, Breton, Maghrebi
French, Guinean, Ivorian French, Swiss, Liechtensteiner, Dutch,
Frisian, Surinamese Dutch, Turkish Dutch, Iranian German, Turkish
German, Bosnian Serbian, Serbian, Bosnian, Czech and Slovak Roma,
Norwegian, Swedish, Finnish, Estonian, Danish, Icelandic, Greenlandic
Inuit, Garifuna, Hmong, Somali, Cape Verdean American, Mexican
American, African American, Native Hawaiian, Appalachian, Houma,
Oneida, Tohono O'odham, Northern Cheyenne, Mi'kmaq, Inuit, Cree,
Saskatchewan Ukrainian, Nova Scotian, Acadian and Québécois, Gujarati
and Guyanese Canadian, Trinidadian, Mexican, Nahua and Tzotzil, Maya
(Q'eqchi'), Honduran, Panamanian Afro-Darienite, Venezuelan,
Afro-Colombian, Kamëntšá, Colombian, Peruvian, Quechua, Kichwa,
Bolivian, Argentine, Paraguayan, Uruguayan, Chilean, Mapuche,
Brazilian, Kaingang, Guajajara, Xokleng, Pataxó, Tukano and Cuban names,
with lower-case names, hyphenated and multi-part names, double
surnames, Ní, Mhic, Ó, Mac, de, van den, dos and da, and diacritics.
Places: estates, blocks and towers, housing projects, almshouses,
farms, steadings, tanyas, siidas, gards and bygds, allotments, a
Heuriger village, a pastizzeria town, harbours and terps, schools, a
shopping centre, a campground, a club, a park, markets, Spanish and
Catalan barris and partidas, Portuguese bairros and lugares, Italian frazioni,
contrade and rioni, French cités and quartiers, German Kieze and
Siedlungen, Dutch and Flemish wijken, Nordic centrum areas, Polish and
Lithuanian osiedla and lūšnynai, Slovak and Czech sídliská, Serbian and
Croatian naselja, Ukrainian districts, Greek settlements, US
neighbourhoods, colonias, mobile home parks, hollows, districts and
housing rows, Canadian reserves, quarters and hamlets, Mexican
colonias and barrios, Guatemalan aldeas, Colombian comunas and
barrios, Peruvian asentamientos and cerros, Argentine villas and
barrios, Chilean campamentos, poblaciones and comunidades, Brazilian
morros, complexos, aldeias, pólos and ocupações, Cuban repartos and
Puerto Rican comunidades.

Clean snippets: peer-consultation messages, questions, reading-group
notes and scheduling chatter, dense with capitalised words after the
first word of each sentence (1161 in 157 snippets, about 7.4 per
snippet, counted by the author's script, acronyms included and the
pronoun "I" excluded; 5 have fewer than four): drug brands and
generics with doses and laboratory values, scales and their
local-language versions, therapy models and their founders, real
published authors and books, guidelines, laws, regulators, insurers
and professional bodies, weekdays, months, religious feasts and fasts,
apps, countries, states, provinces and regions, nationalities,
religions and languages, and no place smaller than a state or a
country's first-level subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED78_CASES = [
    C('Camp Fire 2018: Dottie Sue Carrington, GoFundMe https://gofund.me/4c8a2e71carrington, trailer park Ridgewood Mobile Home Park.', [('name', 'Dottie Sue Carrington'), ('url', 'https://gofund.me/4c8a2e71carrington'), ('place', 'Ridgewood Mobile Home Park')]),
    C('Client Oksana Melnychuk-Dziedzic, PESEL 88052914387, BLIK payments from PL48 1020 5226 0000 6102 0417 7895, lives ul. Zielna 18/4, 58-506 Jelenia Góra Zabobrze III.', [('name', 'Oksana Melnychuk-Dziedzic'), ('ssn', '88052914387'), ('account', 'PL48 1020 5226 0000 6102 0417 7895'), ('street_address', 'ul. Zielna 18/4'), ('zip_code', '58-506'), ('place', 'Jelenia Góra Zabobrze III')]),
    C('Puerto Rico tablilla JKT-418, Yarelis Cintrón Ortiz, Maria 2017, barrio Comunidad Villa Calma.', [('vehicle', 'JKT-418'), ('name', 'Yarelis Cintrón Ortiz'), ('place', 'Comunidad Villa Calma')]),
    C('Telehealth log: client Sandrine Weydert (matricule 1979 0416 238 54) joined from 158.64.27.119 at 18:02, CNS card CNS 0417-2231-88. She grew up on a farm outside Wiltz.', [('name', 'Sandrine Weydert'), ('ssn', '1979 0416 238 54'), ('ip_address', '158.64.27.119'), ('health_plan', 'CNS 0417-2231-88'), ('place', 'Wiltz')]),
    C("Ximena Colihueque grew up at Comunidad Autónoma Temucuicui and now lives in the capital; she's angry at every police siren.", [('name', 'Ximena Colihueque'), ('place', 'Comunidad Autónoma Temucuicui')]),
    C('Any tips on EMDR with Roma clients in Slovakia and Czechia? The Czech Psychotherapy Society suggests involving the family early, which fits Romani culture.'),
    C('Hungarian adóazonosító jel 8391204587 - Kovács-Rigó Borbála, family from Kolontár Árpád sor, red sludge 2010, TAJ TAJ 045 667 129.', [('ssn', '8391204587'), ('name', 'Kovács-Rigó Borbála'), ('place', 'Kolontár Árpád sor'), ('health_plan', 'TAJ 045 667 129')]),
    C('Roma clients in Hungary and Romania often distrust the TAJ and CNAS systems; any NGO partners in Transylvania?'),
    C('ICD SN RNV 602118 H - Wojciech Ptaszyński, miner, Osiedle Tysiąclecia, Silesia.', [('device', 'RNV 602118 H'), ('name', 'Wojciech Ptaszyński'), ('place', 'Osiedle Tysiąclecia')]),
    C('Cuenta RUT CuentaRUT 17448293 - Wladimir Quilaqueo Catrileo, 2010 quake, Población Aurora de Chile.', [('account', 'CuentaRUT 17448293'), ('name', 'Wladimir Quilaqueo Catrileo'), ('place', 'Población Aurora de Chile')]),
    C('Darnell Amos Whitfield coaches basketball at Flores Park and saw the parents wait in 2022.', [('name', 'Darnell Amos Whitfield'), ('place', 'Flores Park')]),
    C("Texas school shooting aftercare: Maribel Cázares Ontiveros, DOB 03/14/2011, CHIP TX CHIP 52903817, dad's truck plate TX RFK-4827.", [('name', 'Maribel Cázares Ontiveros'), ('date', '03/14/2011'), ('health_plan', 'TX CHIP 52903817'), ('vehicle', 'TX RFK-4827')]),
    C('Hendrik Jan Scholtens talks about the earthquake cracks in the walls of his farm at Zeerijp Hoofdstraat farm as if they were wounds on his own body.', [('name', 'Hendrik Jan Scholtens'), ('place', 'Zeerijp Hoofdstraat farm')]),
    C('Dragana Mitrović grew up in Karaburma Višnjička Banja and now in Switzerland; her father was killed in the 1999 bombing of the TV building.', [('name', 'Dragana Mitrović'), ('place', 'Karaburma Višnjička Banja')]),
    C('Dutch plate K-482-ZT belongs to Bram Wijnstra, milk farmer at Boerderij De Leeuwerik in Friesland.', [('vehicle', 'K-482-ZT'), ('name', 'Bram Wijnstra'), ('place', 'Boerderij De Leeuwerik')]),
    C("Deep brain stimulator Percept PC NPC700448211H - Harold Ekström, nittiotvå år, Parkinson's, Råslätt.", [('device', 'Percept PC NPC700448211H'), ('name', 'Harold Ekström'), ('age_over_89', 'nittiotvå'), ('place', 'Råslätt')]),
    C("We're reading Irvin Yalom's Staring at the Sun in April and Viktor Frankl's Man's Search for Meaning in May; Zoom on Thursdays, Catalan and Castilian both welcome."),
    C('phone 087 418 2930 for Gráinne Mhic Shuibhne, An Spidéal Cois Fharraige Bhaile.', [('phone', '087 418 2930'), ('name', 'Gráinne Mhic Shuibhne'), ('place', 'An Spidéal Cois Fharraige Bhaile')]),
    C("Reminder that Ireland's Mental Health Act 2001 and the Assisted Decision-Making (Capacity) Act 2015 changed consent for wards of court in April 2023."),
    C('Ordem dos Psicólogos cédula OPP 041829 - note on Vitória Semedo Tavares, Cape Verdean, Cova da Moura Rua do Moinho.', [('licence', 'OPP 041829'), ('name', 'Vitória Semedo Tavares'), ('place', 'Cova da Moura Rua do Moinho')]),
    C('Any Polish therapists using the Polish version of the GAD-7 and the Beck Depression Inventory-II? NFZ contracts want the BDI-II at intake and at discharge.'),
    C('Booking link https://cal.psicoayuda.es/r/manolo-vazquez-2291 for Manuel Vázquez Iglesias, percebeiro in Cedeira Porto de Abaixo, train crash brother.', [('url', 'https://cal.psicoayuda.es/r/manolo-vazquez-2291'), ('name', 'Manuel Vázquez Iglesias'), ('place', 'Cedeira Porto de Abaixo')]),
    C('Minnesota LMFT LMFT 2418 - treating Naima Farah Jama, Riverside Plaza tower D.', [('licence', 'LMFT 2418'), ('name', 'Naima Farah Jama'), ('place', 'Riverside Plaza tower D')]),
    C('MRN MRN 7729-418-30 - Ramona Danforth-Skenandore, Oneida, Oneida Settlement.', [('medical_record', 'MRN 7729-418-30'), ('name', 'Ramona Danforth-Skenandore'), ('place', 'Oneida Settlement')]),
    C('Paraguayan CI 3.917.448 - Derlis Ramón Benítez Ayala, 2004 supermarket fire, lives in Barrio Trinidad Ykuá Sati, phone +595 981 442 870.', [('ssn', '3.917.448'), ('name', 'Derlis Ramón Benítez Ayala'), ('place', 'Barrio Trinidad Ykuá Sati'), ('phone', '+595 981 442 870')]),
    C('Minnesota plate MN 418-KLR for Hodan Abdirahman Warsame Hirsi, Cedar-Riverside Currie Park towers.', [('vehicle', 'MN 418-KLR'), ('name', 'Hodan Abdirahman Warsame Hirsi'), ('place', 'Cedar-Riverside Currie Park')]),
    C('Slovenian intake: Tjaša Kranjc Novak, EMŠO 2905984505129, ZZZS card ZZZS 028 931 447, address Ulica Toneta Tomšiča 9, SI-1129, grew up in the Fužine Rusjanov trg blocks.', [('name', 'Tjaša Kranjc Novak'), ('ssn', '2905984505129'), ('health_plan', 'ZZZS 028 931 447'), ('street_address', 'Ulica Toneta Tomšiča 9'), ('zip_code', 'SI-1129'), ('place', 'Fužine Rusjanov trg')]),
    C('portal log 79.37.211.148 gaetano rizzuto from borgo vecchio, login 23:50.', [('ip_address', '79.37.211.148'), ('name', 'gaetano rizzuto'), ('place', 'borgo vecchio')]),
    C('Lithuanian plate LMT 482, Aistė Grigaitė, Lithuanian in Ireland, Ballyjamesduff Cornakill Road meat plant.', [('vehicle', 'LMT 482'), ('name', 'Aistė Grigaitė'), ('place', 'Ballyjamesduff Cornakill Road')]),
    C('Panel in October on the WHO Mental Health Gap Action Programme in Central America; Guatemala, El Salvador and Honduras chapters of the PAHO.'),
    C("Good read for the Brazilian group: Paulo Freire's Pedagogy of the Oppressed alongside Ignacio Martín-Baró's Writings for a Liberation Psychology in Portuguese translation."),
    C('Email from Mireia Puigdollers (mireia.puigd@xtec.cat) about her 2013 Galician train crash client; she works out of Angrois Rúa da Fonte.', [('name', 'Mireia Puigdollers'), ('email', 'mireia.puigd@xtec.cat'), ('place', 'Angrois Rúa da Fonte')]),
    C('Interac e-transfer from marie.tsoo@videotron.ca, Marie-Ève Tsoo, Cree, from Waskaganish.', [('email', 'marie.tsoo@videotron.ca'), ('name', 'Marie-Ève Tsoo'), ('place', 'Waskaganish')]),
    C("The Dominican Republic's SeNaSa and ARS Humano both cover psychiatry but rarely psychology; anyone know the DR Ley 12-06?"),
    C('2017 hotel avalanche: Gianpiero Di Cesare, email g.dicesare.farindola@libero.it, hotel staff, from Farindola Contrada Cupoli frazione.', [('name', 'Gianpiero Di Cesare'), ('email', 'g.dicesare.farindola@libero.it'), ('place', 'Farindola Contrada Cupoli')]),
    C('Payment: IBAN IE64 BOFI 9058 3312 4471 90 from Declan Furlong-Whelan, Éowyn storm farm at Ballinamore Bridge.', [('account', 'IE64 BOFI 9058 3312 4471 90'), ('name', 'Declan Furlong-Whelan'), ('place', 'Ballinamore Bridge')]),
    C('Ansgar Brekke, Storgata 122, N-9020 Tromsdalen Solligården.', [('name', 'Ansgar Brekke'), ('street_address', 'Storgata 122'), ('zip_code', 'N-9020'), ('place', 'Tromsdalen Solligården')]),
    C('2022 Saskatchewan stabbings: Cheyenne Burns-Sanderson, Indian status 6310048217, NIHB client, lives at Chakastaypasin 98.', [('name', 'Cheyenne Burns-Sanderson'), ('ssn', '6310048217'), ('place', 'Chakastaypasin 98')]),
    C('Dutch speakers: the Dutch ITQ and the Dutch CAPS-5 are both at the ARQ National Psychotrauma Centre site.'),
    C('2017 mosque shooting: Abdelkrim Benyahia, carte RAMQ BENA 6411 2718, 2880 ch. Sainte-Foy, G1X 1P8, cell 418-656-9023.', [('name', 'Abdelkrim Benyahia'), ('health_plan', 'BENA 6411 2718'), ('street_address', '2880 ch. Sainte-Foy'), ('zip_code', 'G1X 1P8'), ('phone', '418-656-9023')]),
    C('Sertraline 100 mg, Trazodone 50 mg, sodium 131 in an older Portuguese man. SIADH? The SNS GP is away in August.'),
    C("Zsófia Hegedűs was a nurse on the night shift at Szent László Kórház during the first wave; she's now in my practice with moral injury.", [('name', 'Zsófia Hegedűs'), ('place', 'Szent László Kórház')]),
    C('Chilean RUT 13.892.441-K - Héctor Painequeo Huenchullán, 2010 tsunami in Dichato, Fonasa tramo B Fonasa B 13892441.', [('ssn', '13.892.441-K'), ('name', 'Héctor Painequeo Huenchullán'), ('place', 'Dichato'), ('health_plan', 'Fonasa B 13892441')]),
    C('Vipps Vipps 913 48 227 from Kari Sølvberg, lives Tiurveien 14, 2040 Kløfta.', [('account', 'Vipps 913 48 227'), ('name', 'Kari Sølvberg'), ('street_address', 'Tiurveien 14'), ('zip_code', '2040'), ('place', 'Kløfta')]),
    C('Irish IRP no. IRP 4471903 for Tetiana Kovalchuk-Doyle, Ukrainian, living in the former hotel at Lisdoonvarna Spa Wells, medical card MC 8823410K.', [('ssn', 'IRP 4471903'), ('name', 'Tetiana Kovalchuk-Doyle'), ('place', 'Lisdoonvarna Spa Wells'), ('health_plan', 'MC 8823410K')]),
    C('Open Dialogue from Finland (Jaakko Seikkula) is being trialled in England by the NHS in several trusts; any Finnish speakers want to join?'),
    C("My client Lotte Vanhoutte grew up above the chip shop in Blankenberge Zeedijk and still can't eat fried food without a flashback.", [('name', 'Lotte Vanhoutte'), ('place', 'Blankenberge Zeedijk')]),
    C('Honduran DNI 0801-1994-03327 - Yessenia Paola Murillo, lost home in Eta 2020 in La Lima and the Sula valley.', [('ssn', '0801-1994-03327'), ('name', 'Yessenia Paola Murillo'), ('place', 'La Lima')]),
    C("Bronwen Talfryn still won't drive past the old colliery road into Cwmparc; we're pacing exposure slowly with her daughter in the car.", [('name', 'Bronwen Talfryn'), ('place', 'Cwmparc')]),
    C('CRP CRP 06/141829 - psychologist for Raimundo Nonato Silveira, Paraisópolis Grotinho.', [('licence', 'CRP 06/141829'), ('name', 'Raimundo Nonato Silveira'), ('place', 'Paraisópolis Grotinho')]),
    C('Belgian BIS number 95.11.42-335.07 - Samira El Idrissi-Vanbeselaere, Partena member Partena 229-4471203-31, bakery on Chaussée de Gand 312, B-1080 Quartier Maritime Rue Ransfort. After the 2016 bombings.', [('ssn', '95.11.42-335.07'), ('name', 'Samira El Idrissi-Vanbeselaere'), ('health_plan', 'Partena 229-4471203-31'), ('street_address', 'Chaussée de Gand 312'), ('zip_code', 'B-1080'), ('place', 'Quartier Maritime Rue Ransfort')]),
    C('Bartholomew Kwesi Annan lives in Thamesmead Lesnes estate and was stabbed near the bus stop.', [('name', 'Bartholomew Kwesi Annan'), ('place', 'Thamesmead Lesnes estate')]),
    C('Rua do Poço dos Negros 41, 1200-336 - Amadou Djaló, Guinea-Bissau, Santos-o-Velho.', [('street_address', 'Rua do Poço dos Negros 41'), ('zip_code', '1200-336'), ('name', 'Amadou Djaló'), ('place', 'Santos-o-Velho')]),
    C('For Danish colleagues: Sundhedsstyrelsen guidance on PTSD and the Danish ITQ version. Region Hovedstaden pays for interpreters on weekdays only.'),
    C('Dieunel Joseph lives in Little Haiti NE 59th Terrace and drives for a delivery app sixteen hours a day.', [('name', 'Dieunel Joseph'), ('place', 'Little Haiti NE 59th Terrace')]),
    C('For German speakers the Essener Trauma-Inventar and the German PHQ-D are standard; the KBV pays Psychotherapie-Richtlinie sessions per quarter.'),
    C('Numero cartella CC 2025/004182 - Samuele Brambilla, Quartiere Gallaratese.', [('medical_record', 'CC 2025/004182'), ('name', 'Samuele Brambilla'), ('place', 'Quartiere Gallaratese')]),
    C("Aubrey Lynn Sizemore lives up Troublesome Creek Lotts Creek fork and lost her husband's trailer in a house fire.", [('name', 'Aubrey Lynn Sizemore'), ('place', 'Troublesome Creek Lotts Creek fork')]),
    C("Ljubica Novaković keeps the kafana in Zemun Gornja Varoš; she's the one who called me.", [('name', 'Ljubica Novaković'), ('place', 'Zemun Gornja Varoš')]),
    C('Panic disorder manual by David Barlow (Mastery of Your Anxiety and Panic) has a Spanish edition; works well for our Salvadoran clients in Maryland.'),
    C('Mobile 07811 418293 - Bethan Haf Llewelyn, Penrhyndeudraeth Stryd Fawr.', [('phone', '07811 418293'), ('name', 'Bethan Haf Llewelyn'), ('place', 'Penrhyndeudraeth Stryd Fawr')]),
    C('For Slovenian speakers the Slovenian BDI-II is validated; the ZZZS funds psychiatry but not psychotherapy. Croatian HZZO is similar.'),
    C('Austrian e-card for Aslan Dudayev (Chechen, in Traiskirchen Erstaufnahmestelle Haus 4 first, now Großfeldsiedlung): SVNR 2846 050388, ÖGK card ÖGK 2846050388-01.', [('name', 'Aslan Dudayev'), ('place', 'Traiskirchen Erstaufnahmestelle Haus 4'), ('place', 'Großfeldsiedlung'), ('ssn', '2846 050388'), ('health_plan', 'ÖGK 2846050388-01')]),
    C('Haloperidol depot, Procyclidine 5 mg, and a client asking about cannabis under the Canadian Cannabis Act. What do you say in Alberta or Ontario?'),
    C('Peruvian carné de extranjería CE 002813947 - Génesis Andreína Colmenares, Venezuelan, in San Juan de Lurigancho Huanta II, Yape Yape 951 226 384.', [('ssn', 'CE 002813947'), ('name', 'Génesis Andreína Colmenares'), ('place', 'San Juan de Lurigancho Huanta II'), ('account', 'Yape 951 226 384')]),
    C('Aurelija Stankevičiūtė fled Belarus via Kalvarija after 2020 and now cannot trust any therapist who takes notes.', [('name', 'Aurelija Stankevičiūtė'), ('place', 'Kalvarija')]),
    C("1989 stadium disaster families group: please fax consent for Terence Aldridge-Kewley to 0151 529 3380, he's from Norris Green, aged ninety-three this Whitsun now.", [('name', 'Terence Aldridge-Kewley'), ('fax', '0151 529 3380'), ('place', 'Norris Green'), ('age_over_89', 'ninety-three this Whitsun')]),
    C('Cédula profesional CP 8841293 of the psychologist seeing Ximena Tlacuilo Ramírez in San Gregorio Atlapulco.', [('licence', 'CP 8841293'), ('name', 'Ximena Tlacuilo Ramírez'), ('place', 'San Gregorio Atlapulco')]),
    C('Italian permesso no. I00934271 - Florin Constantin Moldovan, Romanian, tractor driver in the Agro Pontino fields, tessera STP STP 120.033.00047.', [('ssn', 'I00934271'), ('name', 'Florin Constantin Moldovan'), ('place', 'Agro Pontino'), ('health_plan', 'STP 120.033.00047')]),
    C('Fax cover, practice to the hospital liaison: re Siobhán Ní Fhlannagáin, 1981 nightclub fire inquest witness, hospital no. MMH 0448172, fax +353 1 830 9214.', [('name', 'Siobhán Ní Fhlannagáin'), ('medical_record', 'MMH 0448172'), ('fax', '+353 1 830 9214')]),
    C('Fax to the Riga team - re Jānis Ēriks Ozoliņš-Bērziņš, personas kods 120368-11542, fax back on +371 6711 4492 before Friday, he stays at the Ķengarags Maskavas iela blocks flat with his sister.', [('name', 'Jānis Ēriks Ozoliņš-Bērziņš'), ('ssn', '120368-11542'), ('fax', '+371 6711 4492'), ('place', 'Ķengarags Maskavas iela blocks')]),
    C("Interpersonal Psychotherapy (Klerman and Weissman) for postpartum depression with Ecuadorian mothers in Spain works well; Spain's public system funds it sometimes."),
    C('Venezuelan cédula V-19.344.872 and PPT PPT 6290417 for Yusmary del Valle Rondón, now in Bello Oriente, EPS Nueva EPS 1034298817.', [('ssn', 'V-19.344.872'), ('ssn', 'PPT 6290417'), ('name', 'Yusmary del Valle Rondón'), ('place', 'Bello Oriente'), ('health_plan', 'Nueva EPS 1034298817')]),
    C('3 October 2013 shipwreck: Tesfalidet Ghebrehiwet, Eritrean, now in Sweden, email tesfa.gh1991@outlook.com, Tensta Hagström träffpunkt.', [('name', 'Tesfalidet Ghebrehiwet'), ('email', 'tesfa.gh1991@outlook.com'), ('place', 'Tensta Hagström träffpunkt')]),
    C('Client uses Calm, Headspace and Insight Timer in Italian; the Italian Ministry of Health has no app guidance yet.'),
    C('Marie-Josée Charbonneau runs a dépanneur in Saint-Ludger and was robbed at gunpoint.', [('name', 'Marie-Josée Charbonneau'), ('place', 'Saint-Ludger')]),
    C('VPN IP 46.114.92.8 - Aynur Demirtaş-Hoffmann, 2019 synagogue attack kebab shop witness, Paulusviertel Ludwig-Wucherer-Kiez.', [('ip_address', '46.114.92.8'), ('name', 'Aynur Demirtaş-Hoffmann'), ('place', 'Paulusviertel Ludwig-Wucherer-Kiez')]),
    C('Quebec plate R41 BKX for Gilles Bouchard-Tremblay, camp at Pourvoirie du Lac Kénogami.', [('vehicle', 'R41 BKX'), ('name', 'Gilles Bouchard-Tremblay'), ('place', 'Pourvoirie du Lac Kénogami')]),
    C('Kosovo personal number 1238457902 for Arbër Krasniqi-Berisha, working in Switzerland now, registered at Rruga Luan Haradinaj 41, 10183 Prishtinë.', [('ssn', '1238457902'), ('name', 'Arbër Krasniqi-Berisha'), ('street_address', 'Rruga Luan Haradinaj 41'), ('zip_code', '10183'), ('place', 'Prishtinë')]),
    C('Petra Vondráčková lives in a chata at Kytlice most of the year and refuses video; I drive to her once a month.', [('name', 'Petra Vondráčková'), ('place', 'Kytlice')]),
    C('Spanish NIE Y4831207T - Wilson Andrés Quiñónez Caicedo, Ecuadorian, CatSalut CIP QUCA 0860412003, piso at Carrer de Pere IV 196, E-08020 Poblenou.', [('ssn', 'Y4831207T'), ('name', 'Wilson Andrés Quiñónez Caicedo'), ('health_plan', 'QUCA 0860412003'), ('street_address', 'Carrer de Pere IV 196'), ('zip_code', 'E-08020'), ('place', 'Poblenou')]),
    C("Client with Hashimoto's, TSH 7.4, free T4 low-normal, on Levothyroxine 75 mcg, presenting as depressed. Please, Sertraline first or let the endocrinologist adjust in January?"),
    C('Katerina Papadaki from Arkalochori sleeps in a tent beside her repaired house since the 2021 quake.', [('name', 'Katerina Papadaki'), ('place', 'Arkalochori')]),
    C("Buspirone 15 mg BD, Sertraline 150 mg, and St John's Wort from a German pharmacy - serotonin syndrome risk is real, please ask on Monday."),
    C('Roxana Quispe Apaza, Jr. Ayacucho 418, PE-21106, Barrio Bellavista.', [('name', 'Roxana Quispe Apaza'), ('street_address', 'Jr. Ayacucho 418'), ('zip_code', 'PE-21106'), ('place', 'Barrio Bellavista')]),
    C('VNS generator serial 106-48211 - Ingrid Sæther Lund, epilepsy and PTSD, Kvarstad gård.', [('device', '106-48211'), ('name', 'Ingrid Sæther Lund'), ('place', 'Kvarstad gård')]),
    C("For Hungarian speakers: Ferenczi's Clinical Diary and Balint's The Basic Fault are on the list for November."),
    C('2007 Ica quake: Teodora Huamán Quispe, EsSalud EsSalud 21870043, noventa y dos años cumplidos en Candelaria, lives in Túpac Amaru de Villa.', [('name', 'Teodora Huamán Quispe'), ('health_plan', 'EsSalud 21870043'), ('age_over_89', 'noventa y dos años cumplidos en Candelaria'), ('place', 'Túpac Amaru de Villa')]),
    C("Quick one: Tonio Grech runs a pastizzeria in Ħamrun and started having panic attacks after his cousin's disappearance at sea.", [('name', 'Tonio Grech'), ('place', 'Ħamrun')]),
    C('Croatian plate ZG 4418-CK - Ivana Šimunović Jurić, Zagreb quake 2020, Donji grad flat condemned.', [('vehicle', 'ZG 4418-CK'), ('name', 'Ivana Šimunović Jurić'), ('place', 'Donji grad')]),
    C("RPPS RPPS 10101829477 on the certificate for Kevin N'Guessan-Robert, La Grande Borne quartier du Labyrinthe estate.", [('licence', 'RPPS 10101829477'), ('name', "Kevin N'Guessan-Robert"), ('place', 'La Grande Borne quartier du Labyrinthe')]),
    C('DOB 3 settembre 1958 - Assunta Marrazzo, Casamicciola Piazza Majo, 2017 quake.', [('date', '3 settembre 1958'), ('name', 'Assunta Marrazzo'), ('place', 'Casamicciola Piazza Majo')]),
    C('Akte Pat.-Nr. 0418 2931 - Brigitte Schaffrath, Schuld Domhofstraße an der Ahr.', [('medical_record', 'Pat.-Nr. 0418 2931'), ('name', 'Brigitte Schaffrath'), ('place', 'Schuld Domhofstraße')]),
    C('Solution-Focused Brief Therapy by Steve de Shazer and Insoo Kim Berg - any Lithuanian or Latvian translations? The SFBTA lists some.'),
    C('Pregabalin 150 mg BD and Duloxetine 60 mg with chronic pain after a car crash; the GP in Scotland says SIGN guidance prefers Amitriptyline.'),
    C('Reminder: the BACP Ethical Framework and the HCPC Standards of Proficiency both require notes to be secure. WhatsApp is not a clinical record, folks.'),
    C('US A-number A 214-903-718 for Keyla Yamileth Banegas Flores, Honduran, Garifuna, living in Mitchel Houses, NY Medicaid CIN XT48219K.', [('ssn', 'A 214-903-718'), ('name', 'Keyla Yamileth Banegas Flores'), ('place', 'Mitchel Houses'), ('health_plan', 'CIN XT48219K')]),
    C('Elżbieta Grzelak, ul. Nadodrzańska 7/2, PL 57-303 Kłodzko Wygoda - hoarding, lives alone.', [('name', 'Elżbieta Grzelak'), ('street_address', 'ul. Nadodrzańska 7/2'), ('zip_code', 'PL 57-303'), ('place', 'Kłodzko Wygoda')]),
    C('Libre 3 sensor 0M0009BQ7R2 on Kaylee Dawn Ruckman, type 1, 2011 Missouri tornado kid, Duquesne neighborhood.', [('device', '0M0009BQ7R2'), ('name', 'Kaylee Dawn Ruckman'), ('place', 'Duquesne')]),
    C('Oxcarbazepine and hyponatremia, Sodium 128, in an older Greek woman; the psychiatrist in Greece says stop.'),
    C('Sinpe Móvil SINPE 8842 1903 - Yorleny Chavarría Mora, Costa Rican, La Carpio sector Las Gradas.', [('account', 'SINPE 8842 1903'), ('name', 'Yorleny Chavarría Mora'), ('place', 'La Carpio sector Las Gradas')]),
    C('DOB 1987-11-02 for Kieran Bolton-Hargreaves, Storm Babet, house in Retford Bridgegate flooded.', [('date', '1987-11-02'), ('name', 'Kieran Bolton-Hargreaves'), ('place', 'Retford Bridgegate')]),
    C("Gottman's Sound Relationship House in Brazilian Portuguese; the Gottman Institute has certified trainers in São Paulo state."),
    C('Anyone used the IES-R in Lithuanian? A Lithuanian university validated it; will check the journal in January.'),
    C('2804:14c:5b80:8a11::f3 - Everton Luiz Kaingang, Indigenous Brazilian, aldeia Terra Indígena Serrinha, 2023 drought.', [('ip_address', '2804:14c:5b80:8a11::f3'), ('name', 'Everton Luiz Kaingang'), ('place', 'Terra Indígena Serrinha')]),
    C('Portuguese cartão de cidadão 14927381 4 ZX7 for Luana Ferreira dos Santos Pires, Brazilian in Lisbon, ADSE ADSE 0034418827, lives Rua dos Lagares 23, 2.º Esq., 1100-343 Mouraria Beco das Farinhas.', [('ssn', '14927381 4 ZX7'), ('name', 'Luana Ferreira dos Santos Pires'), ('health_plan', 'ADSE 0034418827'), ('street_address', 'Rua dos Lagares 23, 2.º Esq.'), ('zip_code', '1100-343'), ('place', 'Mouraria Beco das Farinhas')]),
    C("Does Medicaid in New York or Florida pay for Multisystemic Therapy? Henggeler's manual is still the standard."),
    C('Sónia Bettencourt lives in Capelo Canto do Pico village in the Azores and watches the old volcano every morning.', [('name', 'Sónia Bettencourt'), ('place', 'Capelo Canto do Pico')]),
    C('Uruguayan CI 4.381.209-6 for Florencia Píriz Techera, ASSE ASSE 4381209, Bv. José Batlle y Ordóñez 3312, 11600.', [('ssn', '4.381.209-6'), ('name', 'Florencia Píriz Techera'), ('health_plan', 'ASSE 4381209'), ('street_address', 'Bv. José Batlle y Ordóñez 3312'), ('zip_code', '11600')]),
    C('Anyone in Uruguay using the Uruguayan adaptation of the SCL-90-R? FONASA and the MSP approved a new mental health law in 2017.'),
    C('Anyone here trained in Cognitive Analytic Therapy (Anthony Ryle)? ACAT runs courses in England and Ireland; Finland has a CAT association too.'),
    C('2022 station strike, Viktor Savchenko-Holub, v.savchenko@i.ua, lives in Sotsmisto district.', [('name', 'Viktor Savchenko-Holub'), ('email', 'v.savchenko@i.ua'), ('place', 'Sotsmisto')]),
    C('Has anyone used the Emotionally Focused Individual Therapy by Leslie Greenberg? The ICEEFT runs a Spanish cohort for Mexico and Colombia in June.'),
    C("Working with Jean-Baptiste Moreau-Dufour, a shepherd in Le Vernet who found the crash debris in 2015; he's never spoken about it.", [('name', 'Jean-Baptiste Moreau-Dufour'), ('place', 'Le Vernet')]),
    C('Hearing aid serials Phonak 2318K4R7 / 2318K4R8 - Pierrette Lachance, quatre-vingt-dix-sept ans à la Saint-Jean, CHSLD in Saint-Henri.', [('device', 'Phonak 2318K4R7 / 2318K4R8'), ('name', 'Pierrette Lachance'), ('age_over_89', 'quatre-vingt-dix-sept ans à la Saint-Jean'), ('place', 'Saint-Henri')]),
    C('Tel +55 21 98418-2937 - Jaqueline Pires da Rosa, Complexo da Maré Nova Holanda.', [('phone', '+55 21 98418-2937'), ('name', 'Jaqueline Pires da Rosa'), ('place', 'Complexo da Maré Nova Holanda')]),
    C('Nortriptyline 75 mg, level 410 nmol/L, ECG QTc 468. Cardiology says reduce. The GP in Northern Ireland agrees.'),
    C('Has anyone worked with Mennonite families from Bolivia or Paraguay in Manitoba? Plautdietsch speakers, very private; the Low German interpreters are rare.'),
    C("Colegiado M-41829 signed Yéssica Mendoza Barrionuevo's report; she lives in Cañada Real sector 6.", [('licence', 'M-41829'), ('name', 'Yéssica Mendoza Barrionuevo'), ('place', 'Cañada Real sector 6')]),
    C('Fax for 2011 mall shooting case, Ricardo Sanches Tjon-A-Loi, Surinamese Dutch, 0172 46 11 03, VGZ VGZ 411 288 590.', [('name', 'Ricardo Sanches Tjon-A-Loi'), ('fax', '0172 46 11 03'), ('health_plan', 'VGZ 411 288 590')]),
    C('Peer request: Francophone Haitians in Québec and Florida; the Haitian Creole CES-D is from the Partners In Health mental health team.'),
    C('In Mexico the NOM-035 and the Ley General de Salud apply to workplace mental health; IMSS and ISSSTE both pay.'),
    C('Clozapine, ANC 1.6, Olanzapine failed, and the psychiatrist wants Aripiprazole as an add-on. In Germany the BfArM rules are different from the MHRA, right?'),
    C('Intake form https://forms.office.com/r/Xc2mLp9Ybradley filled by Tyrese Bradley Oyelaran, 2023 Tennessee school shooting parent, Green Hills Abbott Park.', [('url', 'https://forms.office.com/r/Xc2mLp9Ybradley'), ('name', 'Tyrese Bradley Oyelaran'), ('place', 'Green Hills Abbott Park')]),
    C('Puebla 2017 quake, parent from Colegio Enrique Rébsamen: Graciela Hernández Olvera, INE clave HROLGR82031409M500, colonia Villa Coapa Rinconada Las Hadas.', [('place', 'Colegio Enrique Rébsamen'), ('name', 'Graciela Hernández Olvera'), ('ssn', 'HROLGR82031409M500'), ('place', 'Villa Coapa Rinconada Las Hadas')]),
    C('For the Ukrainian speakers: the PCL-5 has a validated Ukrainian version, and the ITQ is in Ukrainian and Russian too. Happy to share the Trauma Center Ukraine links on Monday.'),
    C('2012 commuter train crash: Mirta Susana Coronel, IOMA IOMA 2183992/04, mobile +54 9 11 4917-3302.', [('name', 'Mirta Susana Coronel'), ('health_plan', 'IOMA 2183992/04'), ('phone', '+54 9 11 4917-3302')]),
    C('Wheelchair ID Permobil M3 F4821-9934 - Ayşe Gül Yıldırım-Berg, in Rinkeby Kvarnbyskolan centrum.', [('device', 'Permobil M3 F4821-9934'), ('name', 'Ayşe Gül Yıldırım-Berg'), ('place', 'Rinkeby Kvarnbyskolan')]),
    C('Arjola Hoxha works at a greenhouse in Borgo Hermada and was injured when the overseer struck her.', [('name', 'Arjola Hoxha'), ('place', 'Borgo Hermada')]),
    C('MB Way MB Way 912 448 306 - Filomena Rebelo Correia, Pedrógão fires, lugar Vila Facaia Rua da Capela.', [('account', 'MB Way 912 448 306'), ('name', 'Filomena Rebelo Correia'), ('place', 'Vila Facaia Rua da Capela')]),
    C('A question about the Texas Family Code and consent for minors in therapy; Oklahoma and Louisiana also differ from California.'),
    C('Anyone have the Quechua PHQ-9 from Peru or Bolivia? The MINSA community mental health centres in Peru use a Spanish version only.'),
    C('Brazilian RG MG-14.882.317 for Rosângela Aparecida Duarte, 2015 Minas Gerais dam collapse, district Bento Rodrigues reassentamento, Unimed card Unimed 0 032 117849003 4.', [('ssn', 'MG-14.882.317'), ('name', 'Rosângela Aparecida Duarte'), ('place', 'Bento Rodrigues reassentamento'), ('health_plan', 'Unimed 0 032 117849003 4')]),
    C('Sexual assault services: SARCs in England, the Rape Crisis Scotland helpline, and the Sexual Assault Treatment Units in Ireland.'),
    C('CLABE 012180004482190337 - Pascuala Hernández Ventura, Tzotzil, migrated to Colonia La Hormiga.', [('account', '012180004482190337'), ('name', 'Pascuala Hernández Ventura'), ('place', 'Colonia La Hormiga')]),
    C('French permis permis 13AB41829 - Anthony Mercier-Diallo, Cité des 4000 barre Balzac.', [('licence', 'permis 13AB41829'), ('name', 'Anthony Mercier-Diallo'), ('place', 'Cité des 4000 barre Balzac')]),
    C("July 2025 Texas Hill Country flood: camper's mom Ashlyn Brooke Whitaker, email ashlyn.whitaker77@gmail.com, husband's licence TX DL 41928837.", [('name', 'Ashlyn Brooke Whitaker'), ('email', 'ashlyn.whitaker77@gmail.com'), ('licence', 'TX DL 41928837')]),
    C('2021 Canary eruption: Candelaria Pérez Acosta de Armas, banana finca Finca Los Llanos de Todoque, email candepa.todoque@hotmail.es, Bizum Bizum 622 418 907.', [('name', 'Candelaria Pérez Acosta de Armas'), ('place', 'Finca Los Llanos de Todoque'), ('email', 'candepa.todoque@hotmail.es'), ('account', 'Bizum 622 418 907')]),
    C('Renée Caouette grew up in Chibougamau Lac Gilman shore and was at the 2006 college shooting.', [('name', 'Renée Caouette'), ('place', 'Chibougamau Lac Gilman shore')]),
    C('IP 2a02:8084:4c3:e900::1b7 logged in as Ciarán Mac Aodha, Storm Éowyn January 2025, farm at Cloonacool.', [('ip_address', '2a02:8084:4c3:e900::1b7'), ('name', 'Ciarán Mac Aodha'), ('place', 'Cloonacool')]),
    C('Canadian transit transit 00392 inst 815 acct 4482193 from Ashok Mahabir-Persaud, Guyanese Canadian, Rexdale Kipling Heights.', [('account', 'transit 00392 inst 815 acct 4482193'), ('name', 'Ashok Mahabir-Persaud'), ('place', 'Rexdale Kipling Heights')]),
    C('Marriage and Family Therapists in California need BBS CE hours; AAMFT and CAMFT courses count. Anyone doing Spanish-language CE?'),
    C('Maya Gutiérrez-Lopez was at the Club Q that night and started telling me only this week.', [('name', 'Maya Gutiérrez-Lopez'), ('place', 'Club Q')]),
    C("Does anyone know whether Vhi or Laya cover Schema Therapy in Ireland? Jeffrey Young's model is getting popular but insurers seem confused."),
    C('Has anyone trained in EMDR through the EMDR Europe pathway in Portugal? The Ordem dos Psicólogos seems to accept it but the Portuguese regions vary.'),
    C('Client email teo.bermudez.lorca@gmail.com - Teodoro Bermúdez Alcaraz, 2011 Murcia quake, barrio La Viña Calle Granero, still in prefab.', [('email', 'teo.bermudez.lorca@gmail.com'), ('name', 'Teodoro Bermúdez Alcaraz'), ('place', 'La Viña Calle Granero')]),
    C("Reading group: Audre Lorde's Sister Outsider and bell hooks' All About Love, February, with the African American and Caribbean members leading."),
    C('Oxygen concentrator SN Inogen G5 1904482211 - Olive Mae Tuttle, 102 come Groundhog Day, farm at Hickory Flats hollow.', [('device', 'Inogen G5 1904482211'), ('name', 'Olive Mae Tuttle'), ('age_over_89', '102 come Groundhog Day'), ('place', 'Hickory Flats')]),
    C('Ontario plate CMWZ 702 - Priya Desai-Patel, Gujarati Canadian, Springdale Sandalwood Heights.', [('vehicle', 'CMWZ 702'), ('name', 'Priya Desai-Patel'), ('place', 'Springdale Sandalwood Heights')]),
    C('Zolpidem 10 mg for a pilot in Iceland? The Icelandic Transport Authority and EASA rules are strict; the Directorate of Health says disclose.'),
    C('Prosthetic arm ID bebionic BB-2209-441 - Dmytro Kravets, Ukrainian soldier in Poland rehab at Konstancin centre.', [('device', 'bebionic BB-2209-441'), ('name', 'Dmytro Kravets'), ('place', 'Konstancin')]),
    C('Question on Lithium: level 0.9 mmol/L, eGFR 58, TSH 5.1, and the GP wants to add Ramipril. Is the NICE CG185 guidance still the one we follow in England?'),
    C('Czech plate 2AK 7741, Radek Horváth, Roma, lives on sídliště Chanov.', [('vehicle', '2AK 7741'), ('name', 'Radek Horváth'), ('place', 'sídliště Chanov')]),
    C('Regional rules in Italy: Lombardy, Lazio and Campania all fund the Bonus Psicologo differently; INPS opens applications in September?'),
    C('Family Constellations by Bert Hellinger is popular in Mexico and Germany but lacks evidence; what do the COP and the Colegio Mexicano say?'),
    C('Fax 0161 276 9938 - 2017 arena bombing, Jade Louise Pilkington, hospital MRN MFT R0991827, DOB 14.05.2003.', [('fax', '0161 276 9938'), ('name', 'Jade Louise Pilkington'), ('medical_record', 'MFT R0991827'), ('date', '14.05.2003')]),
    C("Katrina 20 years on: https://katrinakids.org/stories/leroy-batiste-jr is Leroy Batiste Jr.'s page, he grew up in the Lower Ninth Ward Holy Cross.", [('url', 'https://katrinakids.org/stories/leroy-batiste-jr'), ('name', 'Leroy Batiste Jr.'), ('place', 'Lower Ninth Ward Holy Cross')]),
    C('Maui fire 2023 referral: Keoni Kaleo Akana, HMSA plan HMSA 8812 3390 21, displaced from Kahana Nui to a hotel, cell 808-661-4203.', [('name', 'Keoni Kaleo Akana'), ('health_plan', 'HMSA 8812 3390 21'), ('place', 'Kahana Nui'), ('phone', '808-661-4203')]),
    C('Anyone know if Kaiser Permanente in California and Oregon pays for DBT skills groups in Spanish on Saturdays?'),
    C('Lamotrigine 200 mg, rash risk low now, and the client is pregnant in her second trimester. The NICE CG192 perinatal guidance and the MHRA valproate rules both came up at supervision.'),
    C('Anyone in Belgium using the French BDI-II with Congolese clients? Lingala and Swahili framing of depression differ.'),
    C('Nikolai Vasilchuk came from Irpin Romanivka bridge and works at a petrol station in Poland; intrusive images of the bridge crossing every night.', [('name', 'Nikolai Vasilchuk'), ('place', 'Irpin Romanivka bridge')]),
    C('UK biometric permit ZX7310492 - Oleksandr Vasylovych Hrytsenko, Homes for Ukraine host in Sandbach, NHS number 629 481 7303.', [('ssn', 'ZX7310492'), ('name', 'Oleksandr Vasylovych Hrytsenko'), ('place', 'Sandbach'), ('medical_record', '629 481 7303')]),
    C('Telehealth log: 84.203.17.66 joined 09:14 as Aoife Ní Bhraonáin Uí Shé, from Baile an Fheirtéaraigh Cuas, Vhi member Vhi 4401 9928 3.', [('ip_address', '84.203.17.66'), ('name', 'Aoife Ní Bhraonáin Uí Shé'), ('place', 'Baile an Fheirtéaraigh Cuas'), ('health_plan', 'Vhi 4401 9928 3')]),
    C('Norwegian plate EK 90413, Tormod Haugland-Rasmussen, ferry mechanic on Ytre Sula.', [('vehicle', 'EK 90413'), ('name', 'Tormod Haugland-Rasmussen'), ('place', 'Ytre Sula')]),
    C('Religious holidays this quarter: Purim, Easter, Passover, Ramadan, Eid al-Fitr, Vaisakhi and Orthodox Easter. Please flag your client calendars.'),
    C('2022 drama theatre strike survivor Anastasiia Kulyk, in Saxony now, email nastia.kulyk.mrp@ukr.net, Sparkasse DE44 8605 5592 1090 4471 28.', [('name', 'Anastasiia Kulyk'), ('email', 'nastia.kulyk.mrp@ukr.net'), ('account', 'DE44 8605 5592 1090 4471 28')]),
    C("Our reading in June: Frantz Fanon's Black Skin, White Masks and Jean-Paul Sartre's preface to The Wretched of the Earth, in French if you like."),
    C('Dexcom G7 receiver DX7RX 44821093 for Jayden Ruiz-Saldívar, school shooting cousin, lives in Robb Colonia.', [('device', 'DX7RX 44821093'), ('name', 'Jayden Ruiz-Saldívar'), ('place', 'Robb Colonia')]),
    C('NY LCSW LCSW-R 088419 signed for Dominga Arzú Castillo, Garifuna, Hunts Point Barretto Bay.', [('licence', 'LCSW-R 088419'), ('name', 'Dominga Arzú Castillo'), ('place', 'Hunts Point Barretto Bay')]),
    C('Revolut @sorchah9 paid by Sorcha Hennessy, lives in Knocknaheeny Harbour View Road.', [('account', '@sorchah9'), ('name', 'Sorcha Hennessy'), ('place', 'Knocknaheeny Harbour View Road')]),
    C('Lange Nieuwstraat 41, 3512 PH - Mees van Rooijen, lives on a houseboat in Zuilen.', [('street_address', 'Lange Nieuwstraat 41'), ('zip_code', '3512 PH'), ('name', 'Mees van Rooijen'), ('place', 'Zuilen')]),
    C('Any therapists in New Brunswick who work in Acadian French? Horizon and Vitalité networks differ on wait times for CBT.'),
    C('Trauma-Focused CBT (Cohen, Mannarino and Deblinger) works with our Honduran and Guatemalan teenagers in California and Texas if we do sessions in Spanish.'),
    C('IBAN PL27 1140 2004 0000 3002 0135 5387, Kateryna Bondar-Nowak, Nowa Huta Osiedle Willowe.', [('account', 'PL27 1140 2004 0000 3002 0135 5387'), ('name', 'Kateryna Bondar-Nowak'), ('place', 'Nowa Huta Osiedle Willowe')]),
    C('The Calendly link https://calendly.com/terapia-rocio/sesion?name=Yadira+Chuquimarca shows Yadira Chuquimarca Lema, Kichwa, from Comunidad Quilloac, seen on martes 11 de marzo de 2025.', [('url', 'https://calendly.com/terapia-rocio/sesion?name=Yadira+Chuquimarca'), ('name', 'Yadira Chuquimarca Lema'), ('place', 'Comunidad Quilloac'), ('date', 'martes 11 de marzo de 2025')]),
    C('Peer note: the Mental Health Act 1983 and the Mental Capacity Act 2005 still apply in England and Wales; Scotland has its own Adults with Incapacity Act.'),
    C("The Inuit Tapiriit Kanatami's National Inuit Suicide Prevention Strategy is a good read for anyone in Nunavut, Nunavik or Nunatsiavut."),
    C('Valproate and women: the MHRA Pregnancy Prevention Programme applies in the UK, the EMA in the EU. Our Welsh colleagues in NHS Wales seem stricter.'),
    C('Anyone used the Swedish MADRS-S in Sweden with Kurdish clients? Region Stockholm has Kurmanji and Sorani interpreters, Region Skåne less so.'),
    C('Mass referral: Djamila Tavares Monteiro, Cape Verdean, MassHealth MH 100382947651, 44 Hendry St, Bowdoin-Geneva, 02125.', [('name', 'Djamila Tavares Monteiro'), ('health_plan', 'MH 100382947651'), ('street_address', '44 Hendry St'), ('place', 'Bowdoin-Geneva'), ('zip_code', '02125')]),
    C('Costa Concordia crew, Rodel Dimaculangan Reyes, Filipino in Italy, lives in Porto Santo Stefano now, email rodel.reyes.giglio@yahoo.com.', [('name', 'Rodel Dimaculangan Reyes'), ('place', 'Porto Santo Stefano'), ('email', 'rodel.reyes.giglio@yahoo.com')]),
    C('Anyone using Acceptance and Commitment Therapy per Steven Hayes with Inuit clients in Nunavut or Greenland? The Danish and Kalaallisut materials are limited.'),
    C('2022 Rio de Janeiro state floods: Josineide da Conceição Santos, morro Morro da Oficina Rua Nova, PIX key PIX 024 98812-3370.', [('name', 'Josineide da Conceição Santos'), ('place', 'Morro da Oficina Rua Nova'), ('account', 'PIX 024 98812-3370')]),
    C('Dutch V-nummer V-2290 4815 for Yohannes Tesfamariam Gebremedhin, Eritrean, COA location Ter Apel then housed in Oosterparkwijk. Menzis policy Menzis 188 432 907.', [('ssn', 'V-2290 4815'), ('name', 'Yohannes Tesfamariam Gebremedhin'), ('place', 'Ter Apel'), ('place', 'Oosterparkwijk'), ('health_plan', 'Menzis 188 432 907')]),
    C('Sunday reminder: no group on Christmas Eve or on the Orthodox Christmas in January; we resume after Epiphany with Romanian and Bulgarian members.'),
    C('Colombian plate KTZ-418 - Edwin Alberto Ruiz Quintero, moto-taxi in Comuna 13 Las Independencias.', [('vehicle', 'KTZ-418'), ('name', 'Edwin Alberto Ruiz Quintero'), ('place', 'Comuna 13 Las Independencias')]),
    C('2021 Kentucky tornado survivor Bobby Ray Tackett, candle factory shift, KY Medicaid KY 7720391845, FEMA trailer lot Mayfield Pines Lot 14.', [('name', 'Bobby Ray Tackett'), ('health_plan', 'KY 7720391845'), ('place', 'Mayfield Pines Lot 14')]),
    C('EMDR with kids: the Francine Shapiro Library has Spanish protocols; EMDR Iberoamérica runs training in Colombia and Chile in July.'),
    C('Please be careful with Signal and WhatsApp on work phones; the Irish Data Protection Commission and the CNIL in France both fined health apps.'),
    C('Can anyone recommend Portuguese versions of the PCL-5 and the IES-R validated in Brazil? The CFP asks for Brazilian norms.'),
    C('Belgian plate 1-KWT-338 for Fatoumata Kanté-Peeters, lives Turnhoutsebaan 214, B-2140 Borgerhout Kroonstraat.', [('vehicle', '1-KWT-338'), ('name', 'Fatoumata Kanté-Peeters'), ('street_address', 'Turnhoutsebaan 214'), ('zip_code', 'B-2140'), ('place', 'Borgerhout Kroonstraat')]),
    C('Date of loss 19.02.2020, Gökhan Kurtović, Lamboy Kinzigheimer Weg.', [('date', '19.02.2020'), ('name', 'Gökhan Kurtović'), ('place', 'Lamboy Kinzigheimer Weg')]),
    C('Hospital number RJ1 7780442 for Oluwaseun Adebayo-Briggs, 2016 tram crash, New Addington.', [('medical_record', 'RJ1 7780442'), ('name', 'Oluwaseun Adebayo-Briggs'), ('place', 'New Addington')]),
    C('Seen on Sunday, January 8, 2023 - Rodrigo Pereira Beltrão, guard, lives in Vila Planalto Acampamento DFL.', [('date', 'Sunday, January 8, 2023'), ('name', 'Rodrigo Pereira Beltrão'), ('place', 'Vila Planalto Acampamento DFL')]),
    C('Schema Therapy books by Jeffrey Young and Janet Klosko (Reinventing Your Life) in Polish? The Polish Schema Therapy Society recommends the GWP edition.'),
    C('jorge mamani sells papas at mercado rodríguez and came to the group twice.', [('name', 'jorge mamani'), ('place', 'mercado rodríguez')]),
    C('1996 school shooting survivor, now 35: Callum Stirrat-Mowbray, GP fax 01786 822 047, address 9 Doune Rd, FK15 9AR.', [('name', 'Callum Stirrat-Mowbray'), ('fax', '01786 822 047'), ('street_address', '9 Doune Rd'), ('zip_code', 'FK15 9AR')]),
    C("2023 dam breach: Liudmyla Ponomarenko, дев'яносто два, village Korsunka, daughter's email ponomarenko.l@meta.ua.", [('name', 'Liudmyla Ponomarenko'), ('age_over_89', "дев'яносто два"), ('place', 'Korsunka'), ('email', 'ponomarenko.l@meta.ua')]),
    C('Holiday note: Thanksgiving in Canada is in October, in the US in November; Día de Muertos on November 1 and 2 matters for our Mexican clients.'),
    C("Does anyone in Wales run Welsh-language CBT? Mind Cymru and the Welsh Government's Together for Mental Health plan both mention it."),
    C('Sikh clients and Vaisakhi in April; Gurmukhi resources from the Punjabi Community Health Services in Ontario are good.'),
    C("Anyone seen the Lithuanian Ministry of Health's new rules on psychotherapy licensing? Latvia and Estonia seem ahead with the EAP certificate."),
    C('CPAP serial ResMed 23192884617 for Ferenc Balogh, lives on Szolnok-Szanda tanya.', [('device', 'ResMed 23192884617'), ('name', 'Ferenc Balogh'), ('place', 'Szolnok-Szanda tanya')]),
    C('Hosp. no. HSJ-2219418 - Rui Pedro Lapa, Bairro do Aleixo torre 3.', [('medical_record', 'HSJ-2219418'), ('name', 'Rui Pedro Lapa'), ('place', 'Bairro do Aleixo torre 3')]),
    C("Has anyone done Compassion Focused Therapy with Paul Gilbert's team? The Compassionate Mind Foundation has a Spanish course from Andalusia in October."),
    C('US routing/acct acct 4400218937 rt 021000021 - Dorothea Kwiatkowski, Greenpoint Manhattan Ave walk-up.', [('account', 'acct 4400218937 rt 021000021'), ('name', 'Dorothea Kwiatkowski'), ('place', 'Greenpoint Manhattan Ave walk-up')]),
    C("Reading for August: Alice Miller's The Drama of the Gifted Child, German original or English, and Donald Winnicott's Playing and Reality."),
    C("The Norwegian Directorate of Health's guideline on PTSD and the NKVTS resources on refugees are in Norwegian, English and Arabic."),
    C('Dutch colleagues: the Zorgverzekeringswet covers basic GGZ, but CZ and Menzis differ on EMDR sessions over twelve. Any advice before Monday?'),
    C("Shabbat and Yom Kippur: I won't schedule Jewish clients on Friday evenings or Saturdays in October. Also no Diwali sessions for our Hindu Guyanese members."),
    C('Her car was photographed outside my room, plate 231-D-48817 - Niamh Kavanagh-Furlong, lives at 17 Bóthar na Trá, Salthill, H91 X2T7.', [('vehicle', '231-D-48817'), ('name', 'Niamh Kavanagh-Furlong'), ('street_address', '17 Bóthar na Trá'), ('zip_code', 'H91 X2T7')]),
    C('Olanzapine 10 mg and Metformin 500 mg BD for weight, HbA1c 44, for a Venezuelan client in Colombia on the SISBÉN scheme.'),
    C('Croatian OIB for Dražen Perković is 71802249366, HZZO HZZO 104 557 231, still sleeping in a container in Majske Poljane kontejnersko naselje since the Petrinja quake.', [('name', 'Dražen Perković'), ('ssn', '71802249366'), ('health_plan', 'HZZO 104 557 231'), ('place', 'Majske Poljane kontejnersko naselje')]),
    C('1985 Nevado del Ruiz lahar, now aging: Luz Dary Tamayo Ospina, ninety-one come Corpus Christi in May, lives in Las Brisas de Lérida.', [('name', 'Luz Dary Tamayo Ospina'), ('age_over_89', 'ninety-one come Corpus Christi'), ('place', 'Las Brisas de Lérida')]),
    C('Anyone know if the Canadian Armed Forces and Veterans Affairs Canada cover EMDR? In the US the VA and DoD CPG endorse it.'),
    C('EMDR for psychosis (van den Berg) has Dutch trials; the Trimbos Institute summarises them in Dutch. Anyone in Flanders tried it?'),
    C('Slovak colleagues: the Slovak version of the PCL-5 exists; Dôvera and VšZP cover psychiatry and clinical psychology, Union less so.'),
    C('teresa ybarra from sunset park eighth avenue works at a nail salon.', [('name', 'teresa ybarra'), ('place', 'sunset park eighth avenue')]),
    C('Shaun Phillip Gaudet lost his brother in the 2023 shooting and lives in Lisbon Falls Gould Road.', [('name', 'Shaun Phillip Gaudet'), ('place', 'Lisbon Falls Gould Road')]),
    C("For Peruvian clients EsSalud covers Quetiapine but not Lurasidone; MINSA's SIS covers Risperidone only."),
    C('Anyone trained in Internal Family Systems by Richard Schwartz? The IFS Institute has a Portuguese cohort for Brazil starting in August.'),
    C('RFC GAOM790312KL4 - Marisol García Ordóñez, Hurricane Alex 2010 in Nuevo León, IMSS-Bienestar IMSSB 4401 228 719.', [('ssn', 'GAOM790312KL4'), ('name', 'Marisol García Ordóñez'), ('health_plan', 'IMSSB 4401 228 719')]),
    C("I'm seeing Siiri Rautavaara, who grew up on Hailuoto island and lost her brother through the ice.", [('name', 'Siiri Rautavaara'), ('place', 'Hailuoto')]),
    C('Device: cochlear implant processor SN CP1150-71829304 for Aino Leinonen-Mäkelä, deaf since meningitis, Hervanta Insinöörinkatu.', [('device', 'CP1150-71829304'), ('name', 'Aino Leinonen-Mäkelä'), ('place', 'Hervanta Insinöörinkatu')]),
    C('eoin brennan lives in carraroe an caorán beag and fishes crab.', [('name', 'eoin brennan'), ('place', 'carraroe an caorán beag')]),
    C('Incident on 13 de septiembre de 2019: Amparo Roselló Ferrandis, lost the alqueria at Almoradí partida de Heredades in the Vega Baja flood.', [('date', '13 de septiembre de 2019'), ('name', 'Amparo Roselló Ferrandis'), ('place', 'Almoradí partida de Heredades')]),
    C('Portal link leaked in chat: https://portal.therapyroom.ie/c/8821-orla-mcfadden - Orla McFadden Breslin, from Gaoth Dobhair Mín an Chladaigh.', [('url', 'https://portal.therapyroom.ie/c/8821-orla-mcfadden'), ('name', 'Orla McFadden Breslin'), ('place', 'Gaoth Dobhair Mín an Chladaigh')]),
    C('Anyone know if the Belgian RIZIV/INAMI first-line psychology convention now covers Telehealth? Flanders and Wallonia interpret it differently.'),
    C('Zelle Zelle 216-448-9021 - Latoya Chambers-Griggs, lives in Slavic Village Morgana Run.', [('account', 'Zelle 216-448-9021'), ('name', 'Latoya Chambers-Griggs'), ('place', 'Slavic Village Morgana Run')]),
    C("Supervisor's note: BACP membership BACP 00418293 belongs to the counsellor who saw Ellie-May Horrocks in Moss Side Westwood Street after the Arena.", [('licence', 'BACP 00418293'), ('name', 'Ellie-May Horrocks'), ('place', 'Moss Side Westwood Street')]),
    C('Cuban colleagues in Florida: the Cuban adaptation of the Hamilton scale is old; does anyone use the Spanish MINI instead?'),
    C('For Greek speakers: the Greek Hamilton scale and the Greek version of the DASS-21 are both validated; EOPYY pays for neither in private practice.'),
    C("Consultation for a Lutheran pastor in Finland who uses the Finnish BDI and sees Kela-funded clients; Kela's rules on psychotherapy rehabilitation changed in January."),
    C('Client on Quetiapine 300 mg and Escitalopram 20 mg wants to taper before Ramadan. Any experience coordinating with Muslim chaplains in Belgium or France?'),
    C('HPR-nummer HPR 9182734 for the psychologist of Liv Margrethe Nergård, Sámi, Karasjohka centre.', [('licence', 'HPR 9182734'), ('name', 'Liv Margrethe Nergård'), ('place', 'Karasjohka')]),
    C("Reading group for March: Bessel van der Kolk's The Body Keeps the Score against Judith Herman's Trauma and Recovery, with a Friday slot for the Spanish speakers."),
    C('Massachusetts licence S41829337 - Osvaldo Fortes Barros, Cape Verdean in Uphams Corner.', [('licence', 'S41829337'), ('name', 'Osvaldo Fortes Barros'), ('place', 'Uphams Corner')]),
    C('Telehealth: 2a01:cb1c:8a7:f200::3c Yasmina Ait-Ouali, banlieue Les Tarterêts, MGEN MGEN 2 84 07 91 442 117.', [('ip_address', '2a01:cb1c:8a7:f200::3c'), ('name', 'Yasmina Ait-Ouali'), ('place', 'Les Tarterêts'), ('health_plan', 'MGEN 2 84 07 91 442 117')]),
    C('Supervision note for Thursday: the HIPAA Privacy Rule and the 42 CFR Part 2 rules cover SUD notes in the US; GDPR covers the EU and UK GDPR covers Britain.'),
    C('Amrit Kaur Dhaliwal lives in Newton King George Hub and has trouble with her in-laws.', [('name', 'Amrit Kaur Dhaliwal'), ('place', 'Newton King George Hub')]),
    C('For Spanish speakers in Argentina: the BDI-II Argentine adaptation by Brenlla and Rodríguez is the one most Argentine clinicians recommend.'),
    C('Mentalization-Based Treatment (Bateman and Fonagy) training in Norway is in Norwegian only this autumn; the Anna Freud Centre runs English cohorts in September.'),
    C('2016 Alberta wildfire evacuee Kamal Hassan Abdi, Somali, AHS MRN AHS 10992834, now in Timberlea, plate AB CTX-4192.', [('name', 'Kamal Hassan Abdi'), ('medical_record', 'AHS 10992834'), ('place', 'Timberlea'), ('vehicle', 'AB CTX-4192')]),
    C('Argentine plate AE 418 KT, Florencia Belén Gauna, lives Barrio Padre Mugica manzana 104.', [('vehicle', 'AE 418 KT'), ('name', 'Florencia Belén Gauna'), ('place', 'Barrio Padre Mugica manzana 104')]),
    C('Michigan water crisis follow-up: DeShawn Terrell Mabry, Medicaid ID MI 0038175524, 2315 Pasadena Ave, MI 48507, school-age lead exposure 2014-15.', [('name', 'DeShawn Terrell Mabry'), ('health_plan', 'MI 0038175524'), ('street_address', '2315 Pasadena Ave'), ('zip_code', 'MI 48507')]),
    C('Av. San Martín 1842, M5500 - Ariel Gustavo Videla, Barrio La Favorita.', [('street_address', 'Av. San Martín 1842'), ('zip_code', 'M5500'), ('name', 'Ariel Gustavo Videla'), ('place', 'Barrio La Favorita')]),
    C('Jeremiah Whitehorse, Northern Cheyenne, grew up in Lame Deer Morningstar housing and lives in town now.', [('name', 'Jeremiah Whitehorse'), ('place', 'Lame Deer Morningstar housing')]),
    C("Lutheran, Catholic and Orthodox funerals differ; a Finnish client is preparing for All Saints' Day in November after a suicide in the family."),
    C('Ornella Sechi runs agriturismo Su Meriagu and had to evacuate twice in the 2021 Montiferru fires.', [('name', 'Ornella Sechi'), ('place', 'Su Meriagu')]),
    C('Dalva Rodrigues Xavier lives at Vila Soma occupation and cleans houses.', [('name', 'Dalva Rodrigues Xavier'), ('place', 'Vila Soma')]),
    C('Portuguese plate AP-41-UX, Conceição Marques Baptista, padaria in Castanheira de Pera.', [('vehicle', 'AP-41-UX'), ('name', 'Conceição Marques Baptista'), ('place', 'Castanheira de Pera')]),
    C('Graça Tembe Chissano, Mozambican in Portugal, lives in Quinta do Mocho Terraços da Ponte, mural estate.', [('name', 'Graça Tembe Chissano'), ('place', 'Quinta do Mocho Terraços da Ponte')]),
    C('Has anyone used the Moral Injury Events Scale (Nash) with Ukrainian veterans in Poland? The Polish and Ukrainian versions exist.'),
    C('Anyone seeing Afghan clients in Austria? Dari and Pashto PHQ-9 versions exist; the ÖGK funds interpreters in Vienna state and Styria but not in Tyrol.'),
    C('Zoom log: 188.113.82.47 Jelena Radovanović-Ilić, Serbian in Austria, Sandleitenhof Gemeindebau.', [('ip_address', '188.113.82.47'), ('name', 'Jelena Radovanović-Ilić'), ('place', 'Sandleitenhof')]),
    C('WhatsApp +57 318 441 8293 - Yeison Hinestroza Mosquera, Afro-Colombian, Bocas de Satinga.', [('phone', '+57 318 441 8293'), ('name', 'Yeison Hinestroza Mosquera'), ('place', 'Bocas de Satinga')]),
    C("The Canadian Psychological Association's Code of Ethics and the APA Ethics Code differ on dual relationships in rural Saskatchewan and Yukon practice."),
    C('Pacemaker serial PJN 448129 S in Rosalind Achterberg, ninety-six since Shrovetide, lives at Hofje van Staats almshouse.', [('device', 'PJN 448129 S'), ('name', 'Rosalind Achterberg'), ('age_over_89', 'ninety-six since Shrovetide'), ('place', 'Hofje van Staats')]),
    C('Sharing: the IASC Guidelines on Mental Health and Psychosocial Support in Emergency Settings and the WHO mhGAP are free in Spanish, French and Portuguese.'),
    C("Carl Rogers' On Becoming a Person, Chapter 2, for Wednesday. Spanish translation is fine, the Argentine edition from Paidós has the same pages."),
    C('Greek AMKA for Eleni Kanellopoulou: 14037801526, lost her house in Mati Kyanis Aktis in July 2018, EOPYY EOPYY 1403 7801 526.', [('name', 'Eleni Kanellopoulou'), ('ssn', '14037801526'), ('place', 'Mati Kyanis Aktis'), ('health_plan', 'EOPYY 1403 7801 526')]),
    C('Hämeenkatu 22 B 14, 33200 - Veera Kuusisto, Amuri.', [('street_address', 'Hämeenkatu 22 B 14'), ('zip_code', '33200'), ('name', 'Veera Kuusisto'), ('place', 'Amuri')]),
    C('Laima Kalniņa seen 7. maijā 2024, from Purvciems Dzelzavas iela.', [('name', 'Laima Kalniņa'), ('date', '7. maijā 2024'), ('place', 'Purvciems Dzelzavas iela')]),
    C('Insulin pump SN MiniMed 780G NG2918443H - Emilio Ferrante Zito, 14, from Rione Sanità Vico Lammatari.', [('device', 'MiniMed 780G NG2918443H'), ('name', 'Emilio Ferrante Zito'), ('place', 'Rione Sanità Vico Lammatari')]),
    C("Reading: Stephen Porges' The Polyvagal Theory and Deb Dana's Anchored, in April. I know the science is contested; let's discuss that too."),
    C('Gwyneth Mair Prosser lost her son in the 1966 tip collapse, she is naw deg saith oed and lives in Mount Pleasant Moy Road terrace, fax 01443 691 227.', [('name', 'Gwyneth Mair Prosser'), ('age_over_89', 'naw deg saith'), ('place', 'Mount Pleasant Moy Road'), ('fax', '01443 691 227')]),
    C('Portal message link https://mijn.psyq-portal.nl/berichten/77213?client=vdberg - Fenna van den Berg-Haitsma, from Hegebeintum terp, logged in from 145.53.190.27.', [('url', 'https://mijn.psyq-portal.nl/berichten/77213?client=vdberg'), ('name', 'Fenna van den Berg-Haitsma'), ('place', 'Hegebeintum'), ('ip_address', '145.53.190.27')]),
    C('2020 shisha bar shootings: Serpil Ünvar-Kaya, kiosk owner near Kesselstadt Weststadt-Kiosk, fax +49 6181 42 77 31, Debeka Debeka 7720419/3.', [('name', 'Serpil Ünvar-Kaya'), ('place', 'Kesselstadt Weststadt-Kiosk'), ('fax', '+49 6181 42 77 31'), ('health_plan', 'Debeka 7720419/3')]),
    C('2016 Christmas market attack: Kai-Uwe Dombrowski, Klinik Fallnummer Fall 42 991 0738, fax 030 450 517 929.', [('name', 'Kai-Uwe Dombrowski'), ('medical_record', 'Fall 42 991 0738'), ('fax', '030 450 517 929')]),
    C('Please remember the Data Protection Act 2018 and ICO guidance before you upload anything to Google Drive or Dropbox from your phone.'),
    C("Joint reading: Sue Johnson's Hold Me Tight for the EFT cohort, then John Gottman's The Seven Principles in February. Kindle is fine."),
    C("marisol pérez from barrio cristo del consuelo, she talked about her brother's disappearance.", [('name', 'marisol pérez'), ('place', 'barrio cristo del consuelo')]),
    C('Friederike Stahlmann was evacuated from the allotments at Kleingartenanlage Am Wiesengrund in the flood and blames herself for her neighbour.', [('name', 'Friederike Stahlmann'), ('place', 'Kleingartenanlage Am Wiesengrund')]),
    C('Anyone working with Garifuna or Miskito clients in Honduras or Nicaragua online? Language and Moravian church framing matter.'),
    C('nuno gaspar grew up in bairro da jamaica vale de chícharos and is now a cook.', [('name', 'nuno gaspar'), ('place', 'bairro da jamaica vale de chícharos')]),
    C('Question: Venlafaxine 225 mg, BP 148/92, and a client flying to Mexico for Christmas. Is it safe to keep the dose over the Atlantic without checking with her cardiologist?'),
    C("2020 Nova Scotia shooting - Colin Ross MacIsaac, he's on an Alberta card AHCIP 28391-4406, lives 118 Five Houses Rd, B0M 1N0.", [('name', 'Colin Ross MacIsaac'), ('health_plan', 'AHCIP 28391-4406'), ('street_address', '118 Five Houses Rd'), ('zip_code', 'B0M 1N0')]),
    C('Has anyone tried the Portuguese PCL-5 with Angolan and Mozambican clients in Portugal? Umbundu and Changana are not covered.'),
    C("Paroxetine withdrawal is brutal; the Royal College of Psychiatrists' Stopping Antidepressants leaflet is in English, Welsh and Polish."),
    C('Numéro étranger AGDREF 7503148922 for Mamadou Saliou Bah Diallo, Guinean minor, foyer in La Chapelle, AME card AME 1 87 11 99 212 483 77.', [('ssn', '7503148922'), ('name', 'Mamadou Saliou Bah Diallo'), ('place', 'La Chapelle'), ('health_plan', 'AME 1 87 11 99 212 483 77')]),
    C('Anyone using the Lithuanian PHQ-9 with older clients? My supervisor in Lithuania says the Sertraline discussion goes better when the GP has the scores before Easter.'),
    C('Wendell Paul lives on Eskasoni Crane Cove and lost a friend in the Portapique shooting.', [('name', 'Wendell Paul'), ('place', 'Eskasoni Crane Cove')]),
    C('Aputsiaq Kristian Kleist, an Inuk hunter from Kangaamiut bygd, is in Denmark for treatment and alone; anyone with Kalaallisut contacts?', [('name', 'Aputsiaq Kristian Kleist'), ('place', 'Kangaamiut bygd')]),
    C('Dossier dated le 12 janvier 2015 - Rachid Bensalem-Aubert, Porte de Vincennes, Cité Paul-Bert.', [('date', 'le 12 janvier 2015'), ('name', 'Rachid Bensalem-Aubert'), ('place', 'Cité Paul-Bert')]),
    C("Cognitive Behavioural Therapy for Insomnia (CBT-I) from Charles Morin's Canadian group has a French manual; Sleepio is in English only."),
    C('Lent, Holy Week and Easter fall late this year; Filipino and Polish Catholic clients in Ireland and England may postpone sessions.'),
    C("Clonidine, Guanfacine (Intuniv 4 mg) and Atomoxetine 80 mg - three ADHD options for a teen in Spain whose family are Jehovah's Witnesses."),
    C('Raúl Castañeda Oyarzún and his wife lost their house in Villa Independencia cerro Las Cañas in a 2014 hillside fire.', [('name', 'Raúl Castañeda Oyarzún'), ('place', 'Villa Independencia cerro Las Cañas')]),
    C("Ontario driver's licence P4421-88193-70518 for Tyrell Josiah Baptiste, Trinidadian Canadian, Jane and Finch Driftwood Court.", [('licence', 'P4421-88193-70518'), ('name', 'Tyrell Josiah Baptiste'), ('place', 'Jane and Finch Driftwood Court')]),
    C('Colegio de Psicólogos del Perú CPsP 41829 - Nélida Yupanqui Huarcaya, Cerro San Cosme.', [('licence', 'CPsP 41829'), ('name', 'Nélida Yupanqui Huarcaya'), ('place', 'Cerro San Cosme')]),
    C("Anyone doing NET with Yazidi clients in Germany? Baden-Württemberg's special quota programme had Kurmanji interpreters."),
    C('Has anyone used Logotherapy from Viktor Frankl in Austria with Chechen refugees? The Muslim framing of meaning and Ramadan fasting matter.'),
    C('Swiss client Valbona Gashi-Meier, CSS insurance CSS 231.447.899, lives Rosengartenstrasse 54, 8049 Wipkingen, mobile +41 79 338 21 06.', [('name', 'Valbona Gashi-Meier'), ('health_plan', 'CSS 231.447.899'), ('street_address', 'Rosengartenstrasse 54'), ('zip_code', '8049'), ('place', 'Wipkingen'), ('phone', '+41 79 338 21 06')]),
    C('Consultation please: Tadhg Ó Críodáin keeps returning to the night the roof came down at the dance hall in Kilmihil, and imaginal reliving stalls every time at the door.', [('name', 'Tadhg Ó Críodáin'), ('place', 'Kilmihil')]),
    C('Twint Twint +41 78 904 12 33 - Albina Rexhepi-Kälin, Kosovar Swiss, Hardau towers.', [('account', 'Twint +41 78 904 12 33'), ('name', 'Albina Rexhepi-Kälin'), ('place', 'Hardau')]),
    C('Please read the Istanbul Protocol chapter on psychological evidence before Friday; our asylum reports in Greece and Italy must follow it.'),
    C("2016 Lazio quake: Ennio Pasqualoni, novantasei anni a San Giuseppe, frazione Sant'Angelo di Amatrice, nephew's email pasqualoni.famiglia@pec.it.", [('name', 'Ennio Pasqualoni'), ('age_over_89', 'novantasei anni a San Giuseppe'), ('place', "Sant'Angelo di Amatrice"), ('email', 'pasqualoni.famiglia@pec.it')]),
    C('Elina Porkka moved from Itäkeskus to the countryside after the stabbing and now has agoraphobia.', [('name', 'Elina Porkka'), ('place', 'Itäkeskus')]),
    C('2018 Saskatchewan hockey bus crash, billet mom Darlene Kowalchuk, Sask health card SK 983 441 207, farm near Nipawin Codette Road farm, phone 306-862-4471.', [('name', 'Darlene Kowalchuk'), ('health_plan', 'SK 983 441 207'), ('place', 'Nipawin Codette Road farm'), ('phone', '306-862-4471')]),
    C('Prolonged Exposure (Edna Foa) in Spanish is used by the VA in Puerto Rico and Texas; the Spanish manuals came out in 2019?'),
    C('Macedonian EMBG 1503991455021 - client Elena Trajkovska Stojanovska, her brother died in the Kočani club fire, March 2025. Home number +389 33 274 118.', [('ssn', '1503991455021'), ('name', 'Elena Trajkovska Stojanovska'), ('phone', '+389 33 274 118')]),
    C('Patient ID OUH-M0418293 - Alfie Thornbury, 2016 power station collapse, Ladygrove.', [('medical_record', 'OUH-M0418293'), ('name', 'Alfie Thornbury'), ('place', 'Ladygrove')]),
    C("Swiss plate VS 128 447 - Séverine Fournier-Zufferey, mountain guide's widow from Zinal.", [('vehicle', 'VS 128 447'), ('name', 'Séverine Fournier-Zufferey'), ('place', 'Zinal')]),
    C('Historia clínica HC 1042-88193 - Ofelia Marcano Bello, Barrio La Vega.', [('medical_record', 'HC 1042-88193'), ('name', 'Ofelia Marcano Bello'), ('place', 'Barrio La Vega')]),
    C('Iscrizione Albo Albo Lazio n. 22419 - psychologist of Mirela Dobre-Cernat, Romanian carer in Tor Bella Monaca.', [('licence', 'Albo Lazio n. 22419'), ('name', 'Mirela Dobre-Cernat'), ('place', 'Tor Bella Monaca')]),
    C('Bulgarian client, ЕГН 8604128933, Radka Petrova-Hadzhieva, NZOK NZOK 0417-22 8891, mobile +359 887 214 563, grew up in Druzhba 2 kvartal.', [('ssn', '8604128933'), ('name', 'Radka Petrova-Hadzhieva'), ('health_plan', 'NZOK 0417-22 8891'), ('phone', '+359 887 214 563'), ('place', 'Druzhba 2')]),
    C('Dimitris Vlachogiannis was a fireman at Neos Voutzas Marathonos Avenue and still hears the radio.', [('name', 'Dimitris Vlachogiannis'), ('place', 'Neos Voutzas Marathonos Avenue')]),
    C('The Swiss FOPH and the Federal Psychology Professions Act changed billing in July 2022; Helsana, CSS and Swica still query sessions in Ticino.'),
    C('Tel. +34 622 918 407 - Guadalupe Cedeño Macías, Ecuadorian, Barrio del Pilar.', [('phone', '+34 622 918 407'), ('name', 'Guadalupe Cedeño Macías'), ('place', 'Barrio del Pilar')]),
    C('samordningsnummer 19880263-2741 - Dilan Ekinci, Kurdish, Hjällbo Tellusgatan centrum, mobile 070-382 51 49.', [('ssn', '19880263-2741'), ('name', 'Dilan Ekinci'), ('place', 'Hjällbo Tellusgatan'), ('phone', '070-382 51 49')]),
    C('Seeking peers who use Narrative Exposure Therapy (Schauer, Neuner and Elbert) with Eritrean and Ethiopian Tigrinya speakers in the Netherlands; the GGZ waiting list is long.'),
    C('Volcán de Fuego 2018: Eulalia Choc Xitumul, no DPI; aldea San Miguel Los Lotes sector La Trocha, phone +502 4418 3206.', [('name', 'Eulalia Choc Xitumul'), ('place', 'San Miguel Los Lotes sector La Trocha'), ('phone', '+502 4418 3206')]),
    C('2011 island massacre survivor Sindre Fjellheim Aasen, fax to DPS +47 22 04 81 90, lives in Romsås borettslag.', [('name', 'Sindre Fjellheim Aasen'), ('fax', '+47 22 04 81 90'), ('place', 'Romsås')]),
    C('Kristjan Aleksander Tamm-Saarepera worked at the Maardu port terminal and saw the 2021 accident.', [('name', 'Kristjan Aleksander Tamm-Saarepera'), ('place', 'Maardu')]),
    C('Fluvoxamine 100 mg with Caffeine? Client drinks six espressos a day in Campania. Interaction is real.'),
    C("69.172.44.212 - Delbert Antone Manuel, Tohono O'odham, district Sells Little Tucson village, IHS MRN IHS 771039.", [('ip_address', '69.172.44.212'), ('name', 'Delbert Antone Manuel'), ('place', 'Sells Little Tucson village'), ('medical_record', 'IHS 771039')]),
    C('Tikkie link https://tikkie.me/pay/Zorgmij/8d2f41a7 sent by Soufiane Ouled Amar, Kolenkit buurt.', [('url', 'https://tikkie.me/pay/Zorgmij/8d2f41a7'), ('name', 'Soufiane Ouled Amar'), ('place', 'Kolenkit')]),
    C('Nubank Nu 0260 0001 88412291-3 - Thaís Guajajara Lima, Aldeia Maçaranduba.', [('account', 'Nu 0260 0001 88412291-3'), ('name', 'Thaís Guajajara Lima'), ('place', 'Aldeia Maçaranduba')]),
    C('Adlerian therapy (Alfred Adler) still thrives in Austria and Minnesota; the Adler Graduate School offers online courses in September.'),
    C('telehealth from 201.141.33.19 at 07:30, Citlali Xochitl Matlalcuatzi, Nahua, Puebla quake, barrio San Juan Tlautla.', [('ip_address', '201.141.33.19'), ('name', 'Citlali Xochitl Matlalcuatzi'), ('place', 'San Juan Tlautla')]),
    C('PSI registration CORU PS041829 for the psychologist treating Dara Ó Súilleabháin, from Cathair Dónall.', [('licence', 'CORU PS041829'), ('name', 'Dara Ó Súilleabháin'), ('place', 'Cathair Dónall')]),
    C('Plin Plin 987 440 213 from Maribel Condori Ccahuana, Quechua, Huaycán zona Z.', [('account', 'Plin 987 440 213'), ('name', 'Maribel Condori Ccahuana'), ('place', 'Huaycán zona Z')]),
    C('Norwegian D-nummer 41078819543 for Máret Anne Sara Gaup, reindeer herding family near Máze siida, Helsenorge messages only, phone +47 481 23 907.', [('ssn', '41078819543'), ('name', 'Máret Anne Sara Gaup'), ('place', 'Máze siida'), ('phone', '+47 481 23 907')]),
    C("In Québec the Ordre des psychologues and the OPQ code say the same thing; in Ontario the CRPO is stricter about Zoom across provincial lines. Anyone know Manitoba's rule?"),
    C('login from 185.44.78.203 - Ruairidh MacLeòid, crofter at Baile nan Cailleach, Benbecula.', [('ip_address', '185.44.78.203'), ('name', 'Ruairidh MacLeòid'), ('place', 'Baile nan Cailleach')]),
    C('Ayotzinapa relative Bernabé Abarca Tlatempa, ISSSTE ISSSTE 52019934, lives Calle Galeana 12, 39080 Tixtla barrio de El Fortín.', [('place', 'Ayotzinapa'), ('name', 'Bernabé Abarca Tlatempa'), ('health_plan', 'ISSSTE 52019934'), ('street_address', 'Calle Galeana 12'), ('zip_code', '39080'), ('place', 'Tixtla barrio de El Fortín')]),
    C('Have any of you used the Brazilian SRQ-20 in the Amazon region? FUNAI and SESAI have guidance for Indigenous mental health.'),
    C('Zlatko Mavrić was rescued from the rubble in from Glina Banski Grabovac after the December quake.', [('name', 'Zlatko Mavrić'), ('place', 'Glina Banski Grabovac')]),
    C('Romanian plate B 207 XKD - Mihaela Stoica-Anghel, Colectiv burns, works at Piața Obor stall.', [('vehicle', 'B 207 XKD'), ('name', 'Mihaela Stoica-Anghel'), ('place', 'Piața Obor')]),
    C("Rasmus Kjærgaard Holmgaard worked security at Field's Ørestad shopping centre in July 2022 and can't enter malls now.", [('name', 'Rasmus Kjærgaard Holmgaard'), ('place', "Field's Ørestad")]),
    C('Vernon Lamont Gaskins, 807 Vine St Apt 3, 45202, Pendleton Heritage Center row.', [('name', 'Vernon Lamont Gaskins'), ('street_address', '807 Vine St Apt 3'), ('zip_code', '45202'), ('place', 'Pendleton Heritage Center row')]),
    C("Doxy log: 91.126.44.203 at 20:41, user Júlia Sabaté Ferrer, she's in Sant Andreu de la Barca, Sanitas Sanitas 0072 1184 392.", [('ip_address', '91.126.44.203'), ('name', 'Júlia Sabaté Ferrer'), ('place', 'Sant Andreu de la Barca'), ('health_plan', 'Sanitas 0072 1184 392')]),
    C('Please fax the discharge summary for Brendan Óg Mac Giolla Phádraig to (01) 872 4410; he was at the 1998 bomb as a child and lives in Drumragh Park.', [('name', 'Brendan Óg Mac Giolla Phádraig'), ('fax', '(01) 872 4410'), ('place', 'Drumragh Park')]),
    C('Helene 2024, western NC: Wanda Faye Ledford, NC Medicaid NCM 948201736S, trailer gone from Bat Cave, new P.O. PO Box 418, 28769.', [('name', 'Wanda Faye Ledford'), ('health_plan', 'NCM 948201736S'), ('place', 'Bat Cave'), ('street_address', 'PO Box 418'), ('zip_code', '28769')]),
    C('Yanomami crisis 2023, nurse Ana Cláudia Tukano, COREN COREN-RR 441.208, base at Surucucu xapono Hakoma pólo.', [('name', 'Ana Cláudia Tukano'), ('licence', 'COREN-RR 441.208'), ('place', 'Surucucu xapono Hakoma')]),
    C('Calle San Sebastián 331, 00916 - Wilfredo Ocasio Rivera, La Perla.', [('street_address', 'Calle San Sebastián 331'), ('zip_code', '00916'), ('name', 'Wilfredo Ocasio Rivera'), ('place', 'La Perla')]),
    C('MRN SK-0418293 - Abiola Ferguson-Obi, Thorncliffe Park 71 building.', [('medical_record', 'SK-0418293'), ('name', 'Abiola Ferguson-Obi'), ('place', 'Thorncliffe Park 71 building')]),
    C('Mackenzie Rose Bellamy was a kindergartner at Sandy Hook Elementary and now, at eighteen, wants to talk about it.', [('name', 'Mackenzie Rose Bellamy'), ('place', 'Sandy Hook Elementary')]),
    C("Friday group: Edith Eger's The Choice and Primo Levi's If This Is a Man; Italian and Hungarian editions welcome."),
    C('Gwenaëlle Le Bihan-Quéré left Ploudalmézeau after the oil spill stories of her father and now lives alone on a boat; thoughts on grief across generations?', [('name', 'Gwenaëlle Le Bihan-Quéré'), ('place', 'Ploudalmézeau')]),
    C("For the Quebec group: Boris Cyrulnik's Un merveilleux malheur on resilience, in French, in October; Spanish version also exists."),
    C('Lisdexamfetamine (Elvanse 50 mg) shortages in the UK in October; the MHRA and the DHSC issued Serious Shortage Protocols.'),
    C('A Moldovan client speaks Romanian and Russian and prefers Orthodox framing; any Romanian-speaking Schema Therapy groups online on Tuesdays?'),
    C('1988 air disaster, fax from the surgery 01576 204 119, patient Morag Halliday Irving, CHI CHI 0212539902, farm at Tundergarth Mains steading.', [('fax', '01576 204 119'), ('name', 'Morag Halliday Irving'), ('medical_record', 'CHI 0212539902'), ('place', 'Tundergarth Mains steading')]),
    C('For the Cape Verdean group: Kriolu resources from the Portuguese Ministry of Health are few; the Cape Verde Red Cross has some.'),
    C('I saw Mairéad Considine today; she moved from Cloughjordan ecovillage after the split and is sleeping in her car again.', [('name', 'Mairéad Considine'), ('place', 'Cloughjordan')]),
    C('Bolivian client Wilfredo Mamani Condori in Buenos Aires, CUIL 20-94882713-4, taller in Villa Celina manzana 14, on OSDE 61 234 88193 02.', [('name', 'Wilfredo Mamani Condori'), ('ssn', '20-94882713-4'), ('place', 'Villa Celina manzana 14'), ('health_plan', 'OSDE 61 234 88193 02')]),
    C('German SV-Nummer 65 170839 J 003 for Hiltrud Mertes-Schäfer from Dernau Bachstraße quarter in the Ahr valley, Barmer no. Barmer A129384756, lost the Weinstube in July 2021.', [('ssn', '65 170839 J 003'), ('name', 'Hiltrud Mertes-Schäfer'), ('place', 'Dernau Bachstraße quarter'), ('health_plan', 'Barmer A129384756')]),
    C('Chilean colleagues: the Ley 21.331 on mental health and Fonasa coverage changed in 2021; Isapres are slower. Any advice for Biobío region clients?'),
    C('1998 ICE derailment - Gerda Kallmeyer, neunundneunzig jetzt, Pflegeheim Haus am Lachtehof, fax 05142 98 31 60.', [('name', 'Gerda Kallmeyer'), ('age_over_89', 'neunundneunzig'), ('place', 'Haus am Lachtehof'), ('fax', '05142 98 31 60')]),
    C('Cell +370 612 48 193 - Darius Petrauskas, Šnipiškės Giedraičių lūšnynas.', [('phone', '+370 612 48 193'), ('name', 'Darius Petrauskas'), ('place', 'Šnipiškės Giedraičių lūšnynas')]),
    C('Note to Canadians: the Indian Residential Schools Resolution Health Support Program and the Hope for Wellness Helpline fund sessions in Saskatchewan and Manitoba.'),
    C('Pa Houa Vang - Hmong elder, MN Medical Assistance PMI 02918473, address 1087 Payne Ave, 55106 Payne-Phalen Arlington Hills, phone (651) 774-2038.', [('name', 'Pa Houa Vang'), ('health_plan', 'PMI 02918473'), ('street_address', '1087 Payne Ave'), ('zip_code', '55106'), ('place', 'Payne-Phalen Arlington Hills'), ('phone', '(651) 774-2038')]),
    C('Lorazepam 1 mg PRN and Mirtazapine 15 mg at night for an older Irish farmer; the HSE National Clinical Programme suggests tapering in spring.'),
    C('Kauã Pataxó from Aldeia Barra Velha came to the city for university and is isolated.', [('name', 'Kauã Pataxó'), ('place', 'Aldeia Barra Velha')]),
    C("Someone posted https://www.facebook.com/groups/ahrtal.helfer/posts/9918273 with Wilma Ockenfels-Bauer's story from Altenburg an der Ahr; please take it down.", [('url', 'https://www.facebook.com/groups/ahrtal.helfer/posts/9918273'), ('name', 'Wilma Ockenfels-Bauer'), ('place', 'Altenburg an der Ahr')]),
    C('Trauma-Informed Care guidance from SAMHSA and the Scottish Trauma Informed Practice Toolkit from NHS Education for Scotland both worth a read.'),
    C('Kiss nightclub fire 2013 - Gabriel Dutra Flores, his CNS CNS 708 4021 9937 1182, lives on Rua Appel 412, ap. 303, 97015-372.', [('name', 'Gabriel Dutra Flores'), ('health_plan', 'CNS 708 4021 9937 1182'), ('street_address', 'Rua Appel 412, ap. 303'), ('zip_code', '97015-372')]),
    C('Cash App $MikaylaRoss88 - Mikayla Renee Ross, 2012 school shooting sibling, lives in Dodgingtown.', [('account', '$MikaylaRoss88'), ('name', 'Mikayla Renee Ross'), ('place', 'Dodgingtown')]),
    C('Rhiannon Haf Pugh-Morgan grew up in Gurnos Tŷ Gwyn estate and had a brother in the Bridgend cluster.', [('name', 'Rhiannon Haf Pugh-Morgan'), ('place', 'Gurnos Tŷ Gwyn')]),
    C('kalinda ramsaran grew up in penal rock road trace and lives in new york.', [('name', 'kalinda ramsaran'), ('place', 'penal rock road trace')]),
    C('Pago Móvil 0102 0418 2291 V-22.481.903 - Keiber José Guaramato, Venezuelan in Chile, Campamento Dignidad pasaje 7.', [('account', '0102 0418 2291 V-22.481.903'), ('name', 'Keiber José Guaramato'), ('place', 'Campamento Dignidad pasaje 7')]),
    C('DOB 04.07.1999 - Matej Kováč, Slovak Roma, Luník IX blok 6.', [('date', '04.07.1999'), ('name', 'Matej Kováč'), ('place', 'Luník IX blok 6')]),
    C("Nice summary of Dialectical Behavior Therapy by Marsha Linehan in the Cognitive-Behavioral Treatment of Borderline Personality Disorder, still the best text for Thursday's group."),
    C('Maltese referral: Carmelo Azzopardi Zammit, ID card 0482361M, mobile +356 7942 1186, family shop on Triq il-Kbira 27, Ħal Żebbuġ Wied Qirda ZBG 1305. Grief after the 2023 building collapse.', [('name', 'Carmelo Azzopardi Zammit'), ('ssn', '0482361M'), ('phone', '+356 7942 1186'), ('street_address', 'Triq il-Kbira 27'), ('place', 'Ħal Żebbuġ Wied Qirda'), ('zip_code', 'ZBG 1305')]),
    C("fax to community team 028 8224 6617 re Orlaith McCrory-Devlin, H&C number H&C 418 229 3071? just send it, she's at 22 Killyclogher Rd, BT79 7BW.", [('fax', '028 8224 6617'), ('name', 'Orlaith McCrory-Devlin'), ('medical_record', 'H&C 418 229 3071'), ('street_address', '22 Killyclogher Rd'), ('zip_code', 'BT79 7BW')]),
    C('Lithium again: 1.1 mmol/L at Easter, with Ibuprofen from a pharmacy in Spain. Anyone had the toxicity conversation across languages?'),
    C('Has anyone used the Haitian Creole PHQ-9 in Florida or Massachusetts? Our Haitian clients prefer Kreyòl with a Catholic or Vodou frame.'),
    C('Zoom recording https://us06web.zoom.us/rec/share/Kb7tq-mallory-0314 of Shanice Mallory-Pruitt, 2018 Florida school shooting, lives in Heron Bay Isles.', [('url', 'https://us06web.zoom.us/rec/share/Kb7tq-mallory-0314'), ('name', 'Shanice Mallory-Pruitt'), ('place', 'Heron Bay Isles')]),
    C('cell (267) 418-2931 - Tamika Renée Waller, Kensington Avenue El stop.', [('phone', '(267) 418-2931'), ('name', 'Tamika Renée Waller'), ('place', 'Kensington Avenue El stop')]),
    C('Celular +52 55 4182 9317 - Itzel Martínez Cuevas, Colonia Roma Sur Álvaro Obregón 286 building collapse 2017.', [('phone', '+52 55 4182 9317'), ('name', 'Itzel Martínez Cuevas'), ('place', 'Colonia Roma Sur Álvaro Obregón 286')]),
    C("BC heat dome and 2021 village fire: Marjorie Spinks-Dunstan, Nlaka'pamux, BC PHN PHN 9038 221 447, house on Fraser St 311, V0K 1Z0.", [('name', 'Marjorie Spinks-Dunstan'), ('health_plan', 'PHN 9038 221 447'), ('street_address', 'Fraser St 311'), ('zip_code', 'V0K 1Z0')]),
    C('Kalani Kahoʻohanohano, 94-1082 Anania Dr, 96798, Waipahu Kunia Camp.', [('name', 'Kalani Kahoʻohanohano'), ('street_address', '94-1082 Anania Dr'), ('zip_code', '96798'), ('place', 'Waipahu Kunia Camp')]),
    C('French plate GH-417-PN - Thibault Kerbrat, fisherman from Le Guilvinec, used it for the session on jeudi 6 mars 2025.', [('vehicle', 'GH-417-PN'), ('name', 'Thibault Kerbrat'), ('place', 'Le Guilvinec'), ('date', 'jeudi 6 mars 2025')]),
    C('In Greece the Hellenic Psychological Society and the Ministry of Health disagree on title protection; the Cypriot Psychologists Registration Board is clearer.'),
    C('Motivational Interviewing (Miller and Rollnick), 4th edition, for the substance use peer group on Wednesday; the Spanish translation from Paidós is fine.'),
    C('Marta Olejniczak cares for her mother in Kazimierz Dolny and sounds burnt out - any Polish-speaking carer groups you trust?', [('name', 'Marta Olejniczak'), ('place', 'Kazimierz Dolny')]),
    C('2004 nightclub fire survivor Lautaro Ezequiel Ferreyra, DNI 29.118.447, lives Av. Rivadavia 11290, 3°B, C1408AAT, Liniers.', [('name', 'Lautaro Ezequiel Ferreyra'), ('ssn', '29.118.447'), ('street_address', 'Av. Rivadavia 11290, 3°B'), ('zip_code', 'C1408AAT'), ('place', 'Liniers')]),
    C('Referral from a Lithuanian GP practice: Rūta Žemaitytė-Baranauskienė, asmens kodas 48711230417, lives at Pušyno g. 14-3, LT-08215 Žvėrynas Birutės kvartalas. Panic after the Belarus border crisis work, please triage.', [('name', 'Rūta Žemaitytė-Baranauskienė'), ('ssn', '48711230417'), ('street_address', 'Pušyno g. 14-3'), ('zip_code', 'LT-08215'), ('place', 'Žvėrynas Birutės kvartalas')]),
    C('Yanitza Céspedes from Reparto Camilo Cienfuegos edificio 12, arrived in Florida last year via Nicaragua.', [('name', 'Yanitza Céspedes'), ('place', 'Reparto Camilo Cienfuegos edificio 12')]),
    C('Internal note: the GMC, NMC and HCPC all require duty of candour in England; the Scottish Duty of Candour differs slightly.'),
    C('2024 Alberta park fire: Chantal Leblanc-Ouellette, hotel housekeeper, Alberta card AHCIP 11903-6728, trailer at Whistlers Campground loop 4.', [('name', 'Chantal Leblanc-Ouellette'), ('health_plan', 'AHCIP 11903-6728'), ('place', 'Whistlers Campground')]),
    C('Brainspotting (David Grand) is popular in Ireland and the US; the evidence base is thin. Does PSI or the IACP accept it for CPD?'),
    C('Prontuário HC 4418293-7 - Cleide Xokleng Patté, Ibirama TI.', [('medical_record', 'HC 4418293-7'), ('name', 'Cleide Xokleng Patté'), ('place', 'Ibirama')]),
    C('Quick reminder that Yom Kippur, Sukkot and Simchat Torah are in October; Jewish clients in Argentina and Brazil may cancel.'),
    C("For the Spanish group: Cristina Rivera Garza's Grieving and Gabriel García Márquez's Love in the Time of Cholera - grief reading in Lent."),
    C("Our Jamaican members asked for resources on Rastafari and mental health; the Jamaican Psychological Society recommends Frederick Hickling's work."),
    C('Santiago Ñancucheo works the salmon farms near Quellón Punta Lapa and drinks before every shift.', [('name', 'Santiago Ñancucheo'), ('place', 'Quellón Punta Lapa')]),
    C('Prescribing puzzle: Methylphenidate 54 mg (Concerta), BP fine, but sleep is poor. Melatonin 3 mg is over the counter in the US and Canada but prescription in Germany.'),
    C('2018 bridge collapse: Raffaella Cuccurullo, lived in Via Porro block, raffa.cuccurullo@alice.it, Satispay Satispay +39 347 221 8930.', [('name', 'Raffaella Cuccurullo'), ('place', 'Via Porro'), ('email', 'raffa.cuccurullo@alice.it'), ('account', 'Satispay +39 347 221 8930')]),
    C('Question about Esketamine (Spravato) in Italy: AIFA approved it, but the Regions fund it differently. Lombardy and Veneto do; Sicily?'),
    C('Winter in the Nordic countries: Seasonal Affective Disorder, light therapy at 10,000 lux and Vitamin D 2,000 IU in Sweden, Norway and Finland.'),
    C('Elijah Nanook is from Arviat Ublureak housing row and came south for school; the suicide of his cousin came up today.', [('name', 'Elijah Nanook'), ('place', 'Arviat Ublureak housing row')]),
    C('Gestalt Therapy (Fritz and Laura Perls) training in Germany is still strong; the DVG runs Saturday cohorts in Bavaria and Hesse.'),
    C('For Hungarian clients the Beck Anxiety Inventory has a Hungarian version; the NEAK covers group work but not Telehealth on Sundays.'),
    C('14 juillet 2016 truck attack: Louis-Marie Giordano, fax 04 93 21 77 05, lives 14 avenue de la Californie, 06203, quatre-vingt-onze ans.', [('name', 'Louis-Marie Giordano'), ('fax', '04 93 21 77 05'), ('street_address', '14 avenue de la Californie'), ('zip_code', '06203'), ('age_over_89', 'quatre-vingt-onze ans')]),
    C('Lydia Lydia 06 48 21 73 91 - Océane Vasseur-Lemaire, lives in Quartier des Sapins.', [('account', 'Lydia 06 48 21 73 91'), ('name', 'Océane Vasseur-Lemaire'), ('place', 'Quartier des Sapins')]),
    C("Emina Hodžić Mehmedović lost her brothers at Potočari Battery factory and leads a mothers' group; she asked me to write about her testimony.", [('name', 'Emina Hodžić Mehmedović'), ('place', 'Potočari Battery factory')]),
    C('Fax to the CMP +33 1 44 73 82 16 about Inès Benhamou-Laurent, 2015 concert hall attack, numéro patient IPP 8004412907.', [('fax', '+33 1 44 73 82 16'), ('name', 'Inès Benhamou-Laurent'), ('medical_record', 'IPP 8004412907')]),
    C("Ticket https://helpdesk.simplepractice.com/t/448219 shows Marguerite Billiot-Verdin's address 612 Rue Chauvin, LA 70397, Ida 2021 in Pointe-aux-Chênes Marina Road.", [('url', 'https://helpdesk.simplepractice.com/t/448219'), ('name', 'Marguerite Billiot-Verdin'), ('street_address', '612 Rue Chauvin'), ('zip_code', 'LA 70397'), ('place', 'Pointe-aux-Chênes Marina Road')]),
    C('2017 Putumayo landslide: Nelson Jamioy Chindoy, Kamëntšá, cédula 1.124.853.290, barrio barrio San Miguel de la quebrada Taruca, plate PUT-318.', [('name', 'Nelson Jamioy Chindoy'), ('ssn', '1.124.853.290'), ('place', 'barrio San Miguel de la quebrada Taruca'), ('vehicle', 'PUT-318')]),
    C('Mirtazapine 30 mg, Pregabalin 75 mg, and alcohol; our Scottish GP wants a SIGN-based review on Tuesday.'),
    C('Session from 2001:818:d9a2:3100:ac4::2 - Duarte Sequeira Gouveia, 2017 Leiria district fires, lugar Nodeirinho Casal do Tanque.', [('ip_address', '2001:818:d9a2:3100:ac4::2'), ('name', 'Duarte Sequeira Gouveia'), ('place', 'Nodeirinho Casal do Tanque')]),
    C('Liechtenstein AHV 756.4412.9083.27 for Reto Büchel-Frommelt, farmer at Hof Gamprin-Bühl, phone +423 373 19 42.', [('ssn', '756.4412.9083.27'), ('name', 'Reto Büchel-Frommelt'), ('place', 'Hof Gamprin-Bühl'), ('phone', '+423 373 19 42')]),
    C('Appointment Wed 19 Feb 2025 for Jonas Vaitkus, Lithuanian, Fabijoniškės.', [('date', 'Wed 19 Feb 2025'), ('name', 'Jonas Vaitkus'), ('place', 'Fabijoniškės')]),
    C('Admitted 22/10/2023 - Eilidh Rae Dunbar, Babet floods, farm Brechin Mains of Balrownie.', [('date', '22/10/2023'), ('name', 'Eilidh Rae Dunbar'), ('place', 'Brechin Mains of Balrownie')]),
    C('For Serbian and Bosnian speakers the Harvard Trauma Questionnaire has Bosnian versions; the Bosnian Ministry of Health funded them after the war.'),
    C('Sodium Valproate in a man with bipolar, ALT 88, Ammonia high. Switch to Lamotrigine? The psychiatrist in Austria is away until Easter Monday.'),
    C('A Brazilian client in Portugal asked about Umbanda and Candomblé; any Portuguese therapists experienced with Afro-Brazilian religions?'),
    C("Shared drive: https://drive.google.com/drive/folders/1qXs7rTz-lamarque-brel has Nadège Lamarque-Brel's genogram, she lives in Cité des Aubiers.", [('url', 'https://drive.google.com/drive/folders/1qXs7rTz-lamarque-brel'), ('name', 'Nadège Lamarque-Brel'), ('place', 'Cité des Aubiers')]),
    C('Any experience with the Attachment-Based Family Therapy of Guy Diamond in Pennsylvania with Puerto Rican families? Spanish manual exists.'),
    C('Mobil +43 664 4182931 - Zarghuna Sadat, Afghan, Favoriten Per-Albin-Hansson-Siedlung.', [('phone', '+43 664 4182931'), ('name', 'Zarghuna Sadat'), ('place', 'Favoriten Per-Albin-Hansson-Siedlung')]),
    C('A Romanian client asked about Orthodox Easter; she fasts from Lent and feels guilty about Fluoxetine. Any Orthodox priests in Moldova or Romania who understand mental health?'),
    C('BIG-register BIG 49018291225 of the GZ-psycholoog treating Esra Yılmaz-de Wit, Schilderswijk.', [('licence', 'BIG 49018291225'), ('name', 'Esra Yılmaz-de Wit'), ('place', 'Schilderswijk')]),
    C('Fiona MacDougall, 3 Marine Terrace, PA75 6NR, Tobermory.', [('name', 'Fiona MacDougall'), ('street_address', '3 Marine Terrace'), ('zip_code', 'PA75 6NR'), ('place', 'Tobermory')]),
    C('Irish driving licence IE DL 041829331 - Padraig Ó Duinnín, Ballyfermot Le Fanu Park.', [('licence', 'IE DL 041829331'), ('name', 'Padraig Ó Duinnín'), ('place', 'Ballyfermot Le Fanu Park')]),
    C('2010 presidential air crash widow Halina Wiśniewska-Zaręba, h.zareba.warszawa@wp.pl, dziewięćdziesiąt cztery lata, osiedle Osiedle Przyjaźń.', [('name', 'Halina Wiśniewska-Zaręba'), ('email', 'h.zareba.warszawa@wp.pl'), ('age_over_89', 'dziewięćdziesiąt cztery'), ('place', 'Osiedle Przyjaźń')]),
    C('Any advice on Medicare Part B and telehealth after September in the US? CMS keeps extending the flexibility but Medicaid varies by state.'),
    C('Austrian plate W-48219 K - Mariam Hotak, Afghan, Rennbahnweg estate, einundneunzigjährige grandmother in flat.', [('vehicle', 'W-48219 K'), ('name', 'Mariam Hotak'), ('place', 'Rennbahnweg'), ('age_over_89', 'einundneunzigjährige')]),
    C('cypriot ARC for my client Andreas Michaelides-Panayi is ARC 1094 3321, he fishes out of Zygi harbour, GESY beneficiary no. GESY 3308 7721 5. any Greek-speaking trauma groups?', [('name', 'Andreas Michaelides-Panayi'), ('ssn', 'ARC 1094 3321'), ('place', 'Zygi'), ('health_plan', 'GESY 3308 7721 5')]),
    C('Ulrike Brandstätter runs a Heuriger in Stammersdorf and drinks with guests.', [('name', 'Ulrike Brandstätter'), ('place', 'Stammersdorf')]),
    C('MRN HUVH 48219377 - Nerea Zubizarreta Alkorta, Intxaurrondo, after the 2020 Basque landfill collapse.', [('medical_record', 'HUVH 48219377'), ('name', 'Nerea Zubizarreta Alkorta'), ('place', 'Intxaurrondo')]),
    C('Hrafnhildur Sigurðardóttir was evacuated from Grindavík Hópshverfi and commutes to a rented room; she says the ground still moves under her bed.', [('name', 'Hrafnhildur Sigurðardóttir'), ('place', 'Grindavík Hópshverfi')]),
    C('Safe-harbour reminder: HIPAA in the US, PHIPA in Ontario, PIPEDA federally, Law 25 in Québec and the LGPD in Brazil all apply to our shared folders.'),
    C("Reading: Thomas Hübl's Healing Collective Trauma and Resmaa Menakem's My Grandmother's Hands, in March with the US group."),
    C('For Catalan speakers: the Catalan version of the EPDS is validated; CatSalut covers perinatal care in Catalonia but the Balearic Islands differ.'),
    C('Hydroxyzine 25 mg, Propranolol 40 mg before exams, for a Portuguese student in Luxembourg. The CNS in Luxembourg reimburses both.'),
    C("Landline 01224 418 930 - Hamish Ogilvie Strachan, 1988 platform disaster widow's son, Torry Balnagask.", [('phone', '01224 418 930'), ('name', 'Hamish Ogilvie Strachan'), ('place', 'Torry Balnagask')]),
    C('Peer question about Buprenorphine, Suboxone 8/2 mg, in Pennsylvania and New Jersey. Medicaid pays but the pharmacies close on Sundays.'),
    C("Germanwings 2015 parents' group - Claudia Hennemann-Rüther, school teacher, fax 02364 938 442, DAK DAK 211 4498 730.", [('name', 'Claudia Hennemann-Rüther'), ('fax', '02364 938 442'), ('health_plan', 'DAK 211 4498 730')]),
    C('Does Bupa UK cover Cognitive Processing Therapy (Resick) for veterans? Combat Stress and the NHS Op COURAGE service both use it in England.'),
    C('Romanian CNP 2890715400338 for Ioana-Maria Dumitrescu, survivor of the Colectiv fire, CNAS card CNAS 80642000133419, lives Str. Tepes Voda 88, 030857 Vatra Luminoasă.', [('ssn', '2890715400338'), ('name', 'Ioana-Maria Dumitrescu'), ('health_plan', 'CNAS 80642000133419'), ('street_address', 'Str. Tepes Voda 88'), ('zip_code', '030857'), ('place', 'Vatra Luminoasă')]),
    C('4521 N. Whipple St, 60618 - Aleksandra Bożena Rutkowska, Albany Park.', [('street_address', '4521 N. Whipple St'), ('zip_code', '60618'), ('name', 'Aleksandra Bożena Rutkowska'), ('place', 'Albany Park')]),
    C('Client asking about Ketamine clinics in Colorado and Oregon; psilocybin services are legal in Oregon since 2023. Our ethics code?'),
    C('Florida plate FL RWQ P44 - Marcus Deveraux Pinckney, Ian 2022, mobile home in San Carlos Park.', [('vehicle', 'FL RWQ P44'), ('name', 'Marcus Deveraux Pinckney'), ('place', 'San Carlos Park')]),
    C('Aripiprazole 5 mg, Prolactin normal, weight up 6 kg since February. Metformin? The psychiatrist in Norway wants to wait for the HbA1c.'),
    C('Mindfulness-Based Cognitive Therapy by Segal, Williams and Teasdale: any Dutch-language groups in Flanders for Tuesday evenings in November?'),
    C('Payconiq Payconiq BE71 0961 2345 6769 from Lore Vermeulen-Demir, Flemish, Rabot.', [('account', 'Payconiq BE71 0961 2345 6769'), ('name', 'Lore Vermeulen-Demir'), ('place', 'Rabot')]),
    C('Panamanian cédula 8-734-1189 for Rubiela Mosquera Palacios, Darién migrant aid worker, from Bajo Chiquito, CSS CSS-PA 0087341189.', [('ssn', '8-734-1189'), ('name', 'Rubiela Mosquera Palacios'), ('place', 'Bajo Chiquito'), ('health_plan', 'CSS-PA 0087341189')]),
    C('Doxy link https://doxy.me/drkrauss-room2?p=ebrahimi for Parisa Ebrahimi-Krause (Iranian German, in Gaarden), session Tuesday.', [('url', 'https://doxy.me/drkrauss-room2?p=ebrahimi'), ('name', 'Parisa Ebrahimi-Krause'), ('place', 'Gaarden')]),
    C('Aripiprazole long-acting (Abilify Maintena 400 mg) monthly; the client misses injections during Ramadan. Any tips from Muslim colleagues in France?'),
]

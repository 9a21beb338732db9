"""SEVENTIETH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), scripts/ or bench/,
did not run the guard, bench/guard_eval.py or any test that imports or
runs the guard, did not run git log, git status or git diff at all (no
commit message or diff of any commit was read), and did not read
README.md, pyproject.toml, tests/bot/confidentiality/test_round*.py or
the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_69.py (set 71, written at the same time
in another worktree, was not seen at all: neither its worktree nor its
draft folder was opened or listed).  What was read: the module
docstrings of tests/bot/confidentiality/sets/locked_set_68.py and
locked_set_66.py (the latest dense sets, which this one is modelled on),
each printed once, on its own, up to its closing triple quote (none of
their cases); the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and,
separately, its last three lines (two snippets, for the file format;
none of their sentences was copied); the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of
that file); and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  A listing of the sets folder
was printed once to see that locked_set_69.py exists.  No reading was
cut by the terminal or printed twice, and no slip of the reading rule
occurred.  The header of this file (the import of EvalCase, the alias
"C = EvalCase" and the name LOCKED70_CASES) was written from the format
of set 13's tail and the test's module and attribute names, not read
from another set.  The overlap filter described below imported the
earlier sets and printed only this set's own clashing strings.  The only
test run was test_locked_sets.py (selected with -k 70); ruff was run on
this file and on that test file.  Every snippet is set in Europe and the
Americas (England, Scotland, Wales, Northern Ireland, Ireland and the
Isle of Man, France, Belgium, the Netherlands, Luxembourg, Germany,
Switzerland, Austria, Italy, Sardinia, Malta, Spain, the Canaries,
Portugal and the Azores, Norway and Sápmi, Sweden, Denmark, the Faroes,
Finland, Iceland, the Baltic states, Poland, Czechia, Slovakia, Hungary,
Romania, Moldova, Greece, the Western Balkans and Ukraine; the US, Puerto Rico, Canada, Mexico, Central
America, the Andes, the Southern Cone, Brazil, Haiti, Cuba, Jamaica,
Trinidad, Barbados and Dominica) and in diasporas
there (Tamils in Switzerland, Kosovars in Switzerland, Eritreans,
Afghans and Moroccans in the Netherlands, Congolese in Belgium,
Senegalese and Chinese in Italy, Brazilians and Angolans in Portugal,
Kurds and Somalis in Sweden, Ukrainians in Poland and Czechia,
Belarusians in Lithuania, Nigerians and Ghanaians in Ireland and
England, a Zimbabwean nurse in England, Hmong, Arab, Korean, Filipino,
Vietnamese and Sikh Americans, Filipino, Punjabi,
Haitian and Algerian Canadians, Japanese and Pomeranian Brazilians, and
a Venezuelan in Colombia).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty minutes of drafting), as a consultation request
or a chat message to peers in a therapists' consultation group, dense
with capitalised terms like sets 66 and 68, with settings chosen to
differ from those named in sets 66 and 68's docstrings: the 2017 arena
bombing, the 1998 bombing in Tyrone, the 1988 air disaster, the 1989
stadium disaster, the Stardust fire, the Lakanal fire, the airshow
crash, a tram crash, the 1988 rail crash, the 1996 school shooting, the
1966 tip disaster, Storm Arwen, the 2016 truck attack on the promenade,
the Bataclan, the 2016 airport bombing, the 2020 shisha bar shootings,
the 2019 synagogue attack on Yom Kippur, the Ahr flood, a 2009 school
shooting, the Christmas market attack, an avalanche in the Engadine, the
Morandi bridge, Rigopiano, the 2016 and 2009 quakes in central Italy,
the Marmolada collapse, the 2021 Sardinian fire, the 2017 Rambla
attack, the Alvia crash, the 2011 Murcia quake, the La Palma eruption,
the 2017 October fires in Portugal, the 2011 island attack, the 2017
truck attack on a shopping street, a 2015 school attack, the 1998 disco
fire, a 2022 mall shooting, the supermarket roof collapse of 2013, the
2024 floods in Czechia, a 2022 bar shooting, the 2015 club fire, the
2018 Attica fire, the 2020 Banovina quake, the 2025 club fire, the
station and theatre strikes of 2022, the Kakhovka dam, the Reykjanes
eruptions, the Camp Fire, Katrina, the 2021 candle factory tornado,
Helene, Ian, a parade shooting, a mushroom farm shooting, an outlet mall
shooting, a 2017 church shooting, the Borderline bar, a 2018 high school
shooting, school shootings in 2021, 2022 and 2024, a 2023 campus
shooting, a 2022 nightclub shooting, the Dollar
General shooting, a lead water crisis, a 2025 church school shooting,
the July 2025 Hill Country flood, the 2021 Texas freeze, a 2020
tornado, the 2021 spa shootings, Maria and Fiona, Ida, a parade in
Wisconsin, a 2018 bus crash, the 2021 heat dome and fire, the 2020
rampage in Nova Scotia, the 2022 stabbings in Saskatchewan, the
Lapu-Lapu Day festival, a 2018 shooting on an avenue, residential
schools, the 2017 mosque attack, the 2016 wildfire, the 2013 Alberta
floods, the 2018 van attack, the 2017 quake in Mexico and the Rébsamen
school, the 43 students, the 2023 migrant centre fire, Fuego 2018, a
2015 landslide in Guatemala, a 2012 prison fire, the Mocoa landslide,
the Vargas tragedy, a 2017 huaico, the 2016 Cantagallo fire, the 2010
tsunami, Cromañón, a 2012 train crash, Ycuá Bolaños, the Kiss nightclub,
the 2022 mountain floods, a 2019 school attack, the Braskem ground
sinking, a 2021 police raid, Hurricane Matthew, Hurricane Maria in
Dominica, Hurricane Ian in Cuba, the 2024 fighting in Sinaloa; and
ordinary lives (a fisherman, a herring gutter, a candle plant worker, a
farmworker, a teller, a trucker, a waiter, a caretaker, a reindeer
herder, a smokejumper, a garment worker).  Short referral lines, faxes,
portal and telehealth logs by IP address, leaked links, rushed
lower-case chat (five identifier snippets write names or places in
lower case), and 10 identifier snippets that hold only names and/or
places (six more hold only names, places and an age), written as
ordinary consultation prose, often with the name at the start of a
sentence.  Nothing was composed by a script: the author wrote the
snippets in plain text files outside the repository (/tmp/set70work/)
with the planted spans marked inline, and a script there only stripped
the marks into the expected lists, checked lengths, token boundaries,
single occurrence, duplicate spans and duplicate snippets, counted
capitalised words in the clean snippets, checked overlap with the
earlier sets, shuffled the order with a fixed seed (70) and wrote this
file.  Every later edit was typed by hand as a find-and-replace pair
that a small script applied to the drafts (about 220 pairs in all);
one more small script moved an ID type's name that was typed twice (as
a label and again inside the span, "VZP VZP ...") out of 26 spans, and
another dropped whole snippets chosen by hand; this is stated here.

Edits made after drafting, stated here: about twenty-five false starts and
asides the author had typed into the drafts (a name, place, event or
age followed by "...", "... sorry", "... no", "? No", "- no", "better:",
"hmm", "skip", "okay" or "I know, it's a landmark", a clergy name typed
and cut, and a Māori name typed in a booking line and cut as the wrong
country) were removed with their values, leaving only the corrected
text.  Honorifics and titles (Dra., Ña) were moved outside the name
spans.  A date with a day inside an age (the feast of the Assumption
written as a date) was replaced by the feast's name.  In a review, about
fifty cities, towns, islands, schools, stadiums and venues written
unlabelled in identifier snippets (mostly in the names of the events
above, and a few after "in" and "from") were replaced by a generic
phrase ("the 1998 bombing", "the 2022 station strike", "school shooting
2021", "the Braskem ground sinking"), their country, state or province,
or a year.  Known limitation, stated here: some venues, a dam, a
supermarket, a nightclub, a hotel, a street and a river remain
unlabelled inside the names of events (the Bataclan, the Stardust,
the Lakanal fire, Rigopiano, Cromañón, the Kiss nightclub, Ycuá Bolaños, the Rambla, the Ahr and the
Kakhovka dam), as do a few
hospitals inside the names of record numbers (Charité, Vall d'Hebron,
Hurley, SickKids); a guard that flags them is not wrong.  In the clean
snippets two cities and a state named in asides, two counties, a
colleague's first name, a hospital-named centre, three dates with a
day and an earthquake's town were replaced by their country, state, a
generic phrase or a month, an app that reads as a first name was given
its full product name, and nine clean snippets with the fewest
capitalised terms and sixteen identifier snippets were dropped to bring the set nearer its target size.  Overlap with the
other sets was resolved by renaming only this set's planted values, with
a filter that imported the earlier sets programmatically (the same
checks as test_planted_identifiers_not_in_earlier_sets and the
text-containment check) and printed this set's strings only: 66 values
in the first round (33 names given a second surname, a new surname or
a longer form, 17 places given a lane, side, end, row, corner, plaza or
street or reworded, 10 postal codes, a date, a sort code, an IBAN, an
ID number, a Chilean RUN and a Brazilian CRP changed), 7 in the second,
3 in the third, 1 in the fourth and 7 after the ID-type names were moved
out of their spans; the last pass found nothing.

Local identifier formats: UK National Insurance number, a British Army
service number, Irish PPSN, an Isle of Man number, Belgian
rijksregisternummer, German Steuer-ID, Swiss AHV, Austrian SVNr, Dutch
BSN and V-nummer, Italian codice fiscale and permesso di soggiorno,
Spanish DNI and NIE, Portuguese NIF, Maltese ID, Luxembourg matricule,
Norwegian fødselsnummer, Swedish personnummer, Danish CPR, Finnish
HETU, Icelandic kennitala, Estonian isikukood, Latvian personas kods,
Lithuanian asmens kodas, Polish PESEL (a Ukrainian's PESEL UKR too),
Czech and Slovak rodné číslo, Romanian CNP, Moldovan IDNP, Greek AMKA, Croatian OIB, Bosnian JMBG, Serbian JMBG, Macedonian
EMBG, a Kosovo personal number, Ukrainian RNOKPP, US SSN, ITIN and
SEVIS ID, a Canadian SIN and a
status number, Mexican CURP and IMSS NSS, Guatemalan DPI, Honduran DNI,
Nicaraguan and Costa Rican cédulas, Panamanian cédula, Colombian cédula
and a Venezuelan's PPT, Venezuelan cédula, Peruvian DNI, Bolivian CI,
Chilean RUN, Argentine DNI and CUIL, Brazilian CPF, Haitian NIF,
Jamaican TRN, Trinidad NIS, Barbados NRN, Cuban carné, a Luxembourg
matricule and a Swiss AHV (ssn); NHS,
NHS Scotland CHI, a children's hospital, CUH, Charité, Vall d'Hebron,
an ASL, VA, Hurley, IHS, MGH, AHS ULI and SickKids numbers
(medical_record); Bupa, GMS medical card, Laya, French carte Vitale and
MGEN, TK, Helsana, Zilveren Kruis, Italian tessera sanitaria, Sanitas,
CatSalut, SNS utente, Luxembourg CNS, ÖGK, Czech VZP, Hungarian TAJ,
HZZO, Medi-Cal, Louisiana, Michigan and Florida Medicaid, Medicare MBI,
Blue Cross, TRICARE, Peachcare, TennCare, Plan Vital,
MassHealth, TRS-Care, Sask Health, BC PHN, NS MSI, OHIP, RAMQ, NB
Medicare, NL MCP, Manitoba PHIN, AHCIP, CCSS, EPS Sura, SIS,
Fonasa, OSDE, Unimed, SUS CNS and Jamaican NHF (health_plan); a
Scottish driving licence, HCPC, an Italian albo number, a Bavarian LPK
number, Valvira, Kentucky, Texas, Colorado, North Carolina, Georgia,
Idaho and Ontario driving licences, a Texas LPC, a New York RN, a
Quebec permis, CRPO, a Mexican cédula profesional, a Brazilian CNH and
CRP (licence); UK, Welsh, German (Ahrweiler and Munich), Dutch scooter,
Italian, Lithuanian, Czech, Serbian, Kentucky, California, Texas,
Louisiana boat, Quebec, Ontario, Michoacán, Chilean
and Brazilian Mercosur plates (vehicle); devices (a cochlear processor
damaged by a bomb, an insulin pump alarming in sessions, a CPAP in a
storm, a Dexcom receiver dropped when startled, a pacemaker, a
prosthetic foot, an oxygen concentrator in a freeze, a CPAP on a
generator, a LifeVest, a Libre reader lost on a ferry, an ICD, hearing
aids, a tracked phone's IMEI, a pump in a drill); payments (a UK sort
code and account, British, French and Swedish IBANs, MB WAY, Vipps,
Swish, MobilePay, a Monobank card, Cash App, Zelle, Venmo, Interac
e-Transfer, Nequi, Bancolombia, Yape, Mercado Pago and PIX); addresses
written the local way (British closes, rises, mews and Welsh house
names, an Irish apartment, a French impasse and rue, a Belgian bus
number, German Straße and Weg with floor, a Swiss Dorfstrasse, Austrian
Hauptplatz with stair and door, a Dutch -II and rood, an Italian via
with interno, a Spanish calle with floor, a Portuguese rua with Esq., a
Luxembourg rue, a Norwegian H-number, a Swedish lgh, a Finnish
apartment, an Icelandic íbúð, a Latvian dz., a Polish m., a Romanian
bl. and ap., a Greek odos, a Ukrainian vul. and kv., a Lithuanian g.,
US roads, avenues, parkways, FM roads and basements, Queens
hyphenated numbers, Puerto Rican calles, Canadian units, chemins and
apps, a Mexican int., a Colombian calle with #, a Costa Rican
directions-from-the-church address, a Chilean pasaje, an Argentine
floor and letter, a Brazilian ap. and travessa, a Jamaican lot and a
Cuban calle e/ y) with postal codes of those countries; dates written
slashed, ISO, dotted, dashed, in words (English, Spanish, German,
Polish), weekday-led and with times; IPv4 and IPv6 addresses, URLs and
phone and fax numbers in local and international formats.

415 snippets, 257 with identifiers and 158 clean (lengths 68-232,
within the test's bounds of 40-520).  Every pattern category appears at
least 14 times (the test requires 14): date 16, age_over_89 41, phone
44, fax 15, email 22, url 14, ip_address 14, ssn 64, medical_record 15,
health_plan 48, account 19, licence 19, vehicle 20, device 15,
street_address 58, zip_code 53; with 260 names and 228 places smaller
than a state (the test requires 260 and 228).  Ages over 89 are written
in words, in English, French (with nonante), German, Italian, Spanish,
Portuguese, Galician, Finnish, Icelandic, Polish, Hungarian, Greek,
Bosnian, Norwegian, Swedish and Romanian, with a feast, a season or a
record ("ninety-one come Hogmanay", "a hundred and two by her telegram
from the King", "einundneunzig, ninety-one, zum Laubhüttenfest",
"níutíu og fjögurra, ninety-four, at Þorrablót", "ninety-four this
Mardi Gras", "quatre-vingt-dix-neuf, ninety-nine, at the Boucherie",
"ninety-two at Pow Wow time", "noventa y cuatro en Alasitas", "noventa
e oito no Entroido", "nouăzeci și unu de Paști", "ninety-two since
Three Kings Day").

Names: English, Scottish and Gaelic, Welsh, Manx, Irish and
Irish-language, Irish Traveller, Northern Irish, Nigerian British,
Ghanaian British, Zimbabwean, Pakistani British, Polish British,
French, Alsatian, Maghrebi French, Belgian Flemish, Congolese Belgian,
Dutch, Moroccan Dutch, Eritrean, Afghan, German, Turkish German,
Jewish German, Romansh, Swiss Tamil, Austrian, Italian, Sardinian,
Abruzzese, Senegalese, Chinese Italian, Basque, Galician, Murcian,
Canarian, Catalan, Portuguese, Azorean, Brazilian, Maltese,
Luxembourgish, Norwegian, Sámi, Swedish, Kurdish, Somali, Finnish,
Danish, Faroese, Icelandic, Estonian Russian, Latvian, Lithuanian,
Polish, Ukrainian, Czech, Slovak, Hungarian (family name first),
Romanian, Moldovan, Greek and Cretan, Serbian, Croatian, Bosnian,
Macedonian, Kosovar Albanian, Belarusian, Anglo-American,
Louisiana Creole and Cajun, Appalachian, Puerto Rican, Jewish
American, Chinese, Indian American, Mexican American, Vietnamese
American, Polish American, Nigerian, Latino, African American, Hmong,
Diné, Lumbee, Lebanese American, Sikh, Korean American (family name
first), Filipino American, Irish American, Ukrainian Canadian, Nlaka'pamux, Nova Scotian, Cree, Filipino
Canadian, Greek Canadian, Secwépemc, Inuk, Québécois, Acadian,
Mi'kmaw, Newfoundland Irish, Punjabi Canadian, Algerian Quebecer,
Métis, Haitian Quebecer, Indian Canadian, Moroccan Canadian, Ojibwe
and Oji-Cree, Nahua, Purépecha, K'iche', Kaqchikel, Garifuna,
Miskito, Costa Rican, Guna, Afro-Colombian, Wayuu, Venezuelan, Quechua, Shipibo, Aymara, Mapuche, Chilote,
Argentine, Italian Argentine, Paraguayan, Afro-Brazilian,
Japanese Brazilian, Pomeranian Brazilian, Haitian, Jamaican,
Indo-Trinidadian, Barbadian, Dominican (of Dominica), Cuban,
Angolan and Nahuatl names; lower-case names and
places, hyphenated and multi-part names, Spanish and Portuguese double
surnames, names with Ó, Ní, i, el, van, Van, dos and da, a nickname in
quotes, honorifics kept outside the spans (Dra., Ña), and names with
diacritics and apostrophes.  Places: estates, farms, steadings and
cottages, halting sites, pit villages, piers and harbours, schools and
annexes, surgeries, nursing homes, cafés and chapels, women's centres,
garrisons, Dorf and Siedlung, Italian borghi and frazioni, Spanish and
Basque barrios, Catalan neighbourhoods, Portuguese lugares, Maltese
bays, Swiss and Romansh villages, Dutch buurthuizen and AZCs, siidas,
Swedish torg, Icelandic hverfi, Polish osiedla, Czech and Slovak
streets, Hungarian tanyas, Romanian parks, a market stall, Greek
settlements and lanes, Croatian and Bosnian mahalas, a Macedonian
bazaar, Ukrainian island districts, US trailer parks, plants,
bunkhouses, subdivisions, chapters, communities and reservation roads,
Canadian reserves, inlets and road ends, Mexican colonias and barrios,
Guatemalan sectors, Garifuna barrios, Central American colonias,
Guna island rows, Colombian rancherías and barrios, Andean zonas, Chilean poblaciones and islands, Brazilian morros, jardins
and becos, Caribbean settlements and gardens, suburbs and
quarters given an end, side, lane, row, corner, plaza or block, and
places after street addresses and postal codes.

Clean snippets: peer-consultation messages, questions, reading-group
notes, supervision reflections and scheduling chatter, dense with
capitalised words after the first word of each sentence (1126 in 158
snippets, about 7.1 per snippet, counted by the author's script,
acronyms included and the pronoun "I" excluded; 6 have fewer than
four): drug brands and generics with doses and laboratory values,
scales and questionnaires and their local-language versions, therapy
models and their founders (Schema Therapy, Open Dialogue, CBT-E, FBT,
TF-CBT, PCIT, SPACE, MBT, EFT and EFIT, IFS, Sensorimotor and Somatic
Experiencing, CFT, Hakomi, Focusing, Imagery Rescripting, psychodrama
and operative groups, the Friendship Bench, PM+, Narrative Therapy,
KOPP, the Neurosequential Model), real published authors with years
and books (van der Kolk, Herman, Jamison, Gottlieb, Yalom, Frankl,
Martín-Baró, Menakem, Linehan, Laymon, Hayes, Hari, Miller and
Rollnick, Brené Brown, Maté, Balakian, Fanon, Haidt, Rogers, Rollo May,
Corey, Perry and Winfrey, Fuchs, Chibanda), guidelines, laws (the
Mental Capacity Act 2005, the Mental Health Act 1983, the Assisted
Decision-Making (Capacity) Act 2015, the Baker and Marchman Acts,
Tarasoff, 42 CFR Part 2, HIPAA, PIPEDA, GDPR, the EU AI Act, Colombia's
Ley 1616 de 2013, Tennessee's SB1, Oregon's Measure 109), regulators,
insurers and professional bodies, idioms of distress (nervoso, encosto,
saudade, sekiracija, nervoza, "grand"), weekdays, months,
seasons, religious feasts and fasts (Ramadan, Suhoor, Lent, Great Lent,
Advent, Christmas Eve, Epiphany, Easter, Passover, Yom Kippur,
Pentecost, Thanksgiving, Juneteenth, the Day of the Dead), civic days (Pink Shirt Day, Blue Monday), charities,
helplines, apps and products, countries, states, provinces and regions,
nationalities, religions and languages, and no place smaller than a
state or a country's first-level subdivision.
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED70_CASES = [
    C("Haitian Quebecer Wideline Pierre-Louis Étienne, she lives at 10812 avenue Pelletier, Saint-Michel Nord, H1H 3S1. Phone 514-322-7814.", [("name", "Wideline Pierre-Louis Étienne"), ("street_address", "10812 avenue Pelletier"), ("place", "Saint-Michel Nord"), ("zip_code", "H1H 3S1"), ("phone", "514-322-7814")]),
    C("Bupa in the UK has stopped funding EMDR for under-18s without a CAMHS referral. Anyone know whether AXA Health is doing the same from April?"),
    C("Our Medicaid MCO in North Carolina requires a CANS every 90 days for children's services. I've started doing it with the family on Tuesdays so it feels less like paperwork."),
    C("Faroese client Rógvi Joensen-Dalsgaard from Sandavágur Heygaboði, email rogvi.joensen@olivant.fo. Fishing boat loss in 2019.", [("name", "Rógvi Joensen-Dalsgaard"), ("place", "Sandavágur Heygaboði"), ("email", "rogvi.joensen@olivant.fo")]),
    C("Peruvian client Wilfredo Quispe Huanca, DNI 41882097, Huaico of 2017 in Carapongo Nievería. SIS 7719204418. Yape 987 412 663.", [("name", "Wilfredo Quispe Huanca"), ("ssn", "41882097"), ("place", "Carapongo Nievería"), ("health_plan", "7719204418"), ("account", "987 412 663")]),
    C("The new WHO Guidance on Mental Health Policy and Strategic Action Plans (2025) is out. Our Chilean ministry is aligning with it. Fonasa coverage for psychotherapy still caps at ten sessions."),
    C("La Palma eruption 2021: Candelaria Pérez Acosta lost her house in Todoque Los Campitos. NIE of her husband: Y4418290K. She's in temporary housing.", [("name", "Candelaria Pérez Acosta"), ("place", "Todoque Los Campitos"), ("ssn", "Y4418290K")]),
    C("The Braskem ground sinking: Josefa Maria dos Anjos, noventa e dois anos em São João, lost her house in Pinheiro Mutange. SUS card CNS 704 4182 9771 0084.", [("name", "Josefa Maria dos Anjos"), ("age_over_89", "noventa e dois anos em São João"), ("place", "Pinheiro Mutange"), ("health_plan", "CNS 704 4182 9771 0084")]),
    C("Mateus Kiala Ngola says the Angolan community at Quinta do Mocho Sacavém is helping. He's doing better.", [("name", "Mateus Kiala Ngola"), ("place", "Quinta do Mocho Sacavém")]),
    C("Anyone using Cree-language psychoeducation with families in northern Quebec? The Cree Board of Health has materials in Cree."),
    C("Roswitha Pöltl wants reminders by text only. Her mobile is +43 664 418 2207. Next session Di., 25.03.2025 at Praxis am Lendplatz.", [("name", "Roswitha Pöltl"), ("phone", "+43 664 418 2207"), ("date", "Di., 25.03.2025"), ("place", "Praxis am Lendplatz")]),
    C("Inuk client Elisapee Qinuajuak from Akulivik inlet houses, RAMQ QINE 6803 1419. Sessions in Inuktitut with an interpreter by phone 819-496-2208.", [("name", "Elisapee Qinuajuak"), ("place", "Akulivik inlet houses"), ("health_plan", "QINE 6803 1419"), ("phone", "819-496-2208")]),
    C("Client Oisín Ó Dubhghaill (PPSN 6183492TA) still has nightmares about the 1998 bombing. He moved to Apt 3, 22 Fair Green Terrace, Ballinamallard Cross, Eircode BT94 2FG.", [("name", "Oisín Ó Dubhghaill"), ("ssn", "6183492TA"), ("street_address", "Apt 3, 22 Fair Green Terrace"), ("place", "Ballinamallard Cross"), ("zip_code", "BT94 2FG")]),
    C("The 2012 train crash: Julio César Benítez, CUIL 20-25881409-7, from Moreno Villa Trujui. Mercado Pago alias julio.benitez.mp.", [("name", "Julio César Benítez"), ("ssn", "20-25881409-7"), ("place", "Moreno Villa Trujui"), ("account", "julio.benitez.mp")]),
    C("Venezuelan in Colombia, Deivis Alejandro Marcano, PPT 5281447, lives at Calle 80 # 94-21, apto 302, barrio Bolivia Engativá. Bancolombia 411-882904-17.", [("name", "Deivis Alejandro Marcano"), ("ssn", "5281447"), ("street_address", "Calle 80 # 94-21, apto 302"), ("place", "barrio Bolivia Engativá"), ("account", "411-882904-17")]),
    C("The bombing group sessions need a proper room. Is the back office at Drumquin Road Family Centre free on Wednesdays? Siobhán Breslin-Doherty runs it, email s.breslin@drumquinfc.org.uk.", [("place", "Drumquin Road Family Centre"), ("name", "Siobhán Breslin-Doherty"), ("email", "s.breslin@drumquinfc.org.uk")]),
    C("French client with a Boston Scientific Accolade pacemaker, SN 712849 after the 2015 police raid stress, Yanis Bouaziz-Ferrand. Mutuelle MGEN 183927441.", [("device", "Boston Scientific Accolade pacemaker, SN 712849"), ("name", "Yanis Bouaziz-Ferrand"), ("health_plan", "MGEN 183927441")]),
    C("Her ex logged into her therapy portal from 24.114.77.183, says Brianne Kowalchuk. She's in a shelter in Transcona Kildonan Row.", [("ip_address", "24.114.77.183"), ("name", "Brianne Kowalchuk"), ("place", "Transcona Kildonan Row")]),
    C("Severina Oyarzún Millalonco will be late. She's coming by boat from Isla Quinchao Curaco de Vélez.", [("name", "Severina Oyarzún Millalonco"), ("place", "Isla Quinchao Curaco de Vélez")]),
    C("Wisconsin parade 2021 survivor Gretchen Kowalkowski, Dancing Grannies group. Waukesha Frame Park pavilion is where she meets her group.", [("name", "Gretchen Kowalkowski"), ("place", "Waukesha Frame Park pavilion")]),
    C("Lithuanian asmens kodas for Vytautas Jankauskas: 38908121447. He's at Šeškinė Ukmergės kvartalas, plate LMK 418.", [("name", "Vytautas Jankauskas"), ("ssn", "38908121447"), ("place", "Šeškinė Ukmergės kvartalas"), ("vehicle", "LMK 418")]),
    C("Croatian client Ante Šimunović Brkljačić, OIB 48192730651, 2020 quake in Petrinja Ciglenica. HZZO 1124 8830 7.", [("name", "Ante Šimunović Brkljačić"), ("ssn", "48192730651"), ("place", "Petrinja Ciglenica"), ("health_plan", "1124 8830 7")]),
    C("From the Ahr flood, Ulrike Kesselheim and her husband Bernd Kesselheim lost their house in Altenburg an der Ahrschleife. Car: AW-UK 718.", [("name", "Ulrike Kesselheim"), ("name", "Bernd Kesselheim"), ("place", "Altenburg an der Ahrschleife"), ("vehicle", "AW-UK 718")]),
    C("MGH MRN 4488107-2 for Caoimhe Sullivan-Reyes, marathon bombing relative. MassHealth MH 100382771234.", [("medical_record", "4488107-2"), ("name", "Caoimhe Sullivan-Reyes"), ("health_plan", "MH 100382771234")]),
    C("Guatemalan K'iche' client Aurelia Tzoc Ajpop, DPI 2841 77190 0801, 2018 Fuego eruption in San Miguel Los Lotes lower street. Phone +502 4418 2097.", [("name", "Aurelia Tzoc Ajpop"), ("ssn", "2841 77190 0801"), ("place", "San Miguel Los Lotes lower street"), ("phone", "+502 4418 2097")]),
    C("Annunziata Cerasoli, novantasette anni a San Giuseppe, survived the 2016 quake in Saletta di Amatrice. Her grandson drives her in a FM 417 RK Panda.", [("name", "Annunziata Cerasoli"), ("age_over_89", "novantasette anni a San Giuseppe"), ("place", "Saletta di Amatrice"), ("vehicle", "FM 417 RK")]),
    C("Punjabi Canadian Gurpreet Singh Dhaliwal-Sekhon, trucker, Ontario DL D4218-70193-81204, truck plate ON AX 48 217. Lives in Springdale Countryside Village.", [("name", "Gurpreet Singh Dhaliwal-Sekhon"), ("licence", "D4218-70193-81204"), ("vehicle", "ON AX 48 217"), ("place", "Springdale Countryside Village")]),
    C("anneke vlasblom from de pijp wants to switch to evenings. i said ok.", [("name", "anneke vlasblom"), ("place", "de pijp")]),
    C("I'm supervising a trainee who wants to use Internal Family Systems (Richard Schwartz) with a psychotic client. The IFS Institute says caution. I'd love thoughts from those with CBTp training."),
    C("Failed logins for Bartholomew Nkemelu-Obi from 102.89.44.130 and 41.190.12.209 - Nigerian IPs, and he lives in Blanchardstown Hartstown Park. His cousin back home, he thinks.", [("name", "Bartholomew Nkemelu-Obi"), ("ip_address", "102.89.44.130"), ("ip_address", "41.190.12.209"), ("place", "Blanchardstown Hartstown Park")]),
    C("Login from 190.113.88.41 for Genaro Lizárraga, who lives in Tierra Blanca Culiacán oriente and has been stuck at home since the 2024 fighting.", [("ip_address", "190.113.88.41"), ("name", "Genaro Lizárraga"), ("place", "Tierra Blanca Culiacán oriente")]),
    C("Seroquel 25 mg \"for sleep\" for two years in an 80-year-old. The GP in England won't deprescribe. The STOPP/START criteria say stop. How hard do I push as the counselling psychologist?"),
    C("Does anyone have the Brazilian Portuguese version of the CORE-OM? The CFP asks for outcome measures in our supervision log and I only have the European Portuguese one from Portugal."),
    C("Portal flagged 185.44.219.8 logging in to Ragnhild Østby's account from abroad. She says she was at her cabin in Hovden Bjåen that weekend.", [("ip_address", "185.44.219.8"), ("name", "Ragnhild Østby"), ("place", "Hovden Bjåen")]),
    C("Hmong American client Pa Nhia Xiong-Vang in Frogtown Thomas Ave block, MN, phone 651-249-7713. She wants her mother's shaman involved.", [("name", "Pa Nhia Xiong-Vang"), ("place", "Frogtown Thomas Ave block"), ("phone", "651-249-7713")]),
    C("Moroccan Dutch Samira el Ouakili, 29, asked for sessions in Darija at Buurthuis De Schalm. Her scooter plate is F-723-KX in case security asks.", [("name", "Samira el Ouakili"), ("place", "Buurthuis De Schalm"), ("vehicle", "F-723-KX")]),
    C("Nouvelle patiente: Capucine Lemaire-Audoin, quatre-vingt-quatorze ans à la Toussaint, veuve, 7 impasse des Tilleuls, 06300 Riquier-Bas. The 2016 truck attack on the promenade took her grandson.", [("name", "Capucine Lemaire-Audoin"), ("age_over_89", "quatre-vingt-quatorze ans à la Toussaint"), ("street_address", "7 impasse des Tilleuls"), ("zip_code", "06300"), ("place", "Riquier-Bas")]),
    C("Azorean Manuel Jacinto Furtado came back from Massachusetts after the fishing boat loss. Rabo de Peixe Calhetas. Fax at the centro de saúde: 296 498 220.", [("name", "Manuel Jacinto Furtado"), ("place", "Rabo de Peixe Calhetas"), ("fax", "296 498 220")]),
    C("Looking for a Welsh-speaking CAMHS clinician anywhere in Wales. The child only speaks Welsh in distress. The NHS Wales directory is out of date."),
    C("Welsh NHS referral: Seren Iorwerth, DOB 1999-08-23, Llanrhystud Mill. Email seren.iorwerth@gmail.com. Pregnant, EPDS 19.", [("name", "Seren Iorwerth"), ("date", "1999-08-23"), ("place", "Llanrhystud Mill"), ("email", "seren.iorwerth@gmail.com")]),
    C("Team meeting moved to Thursday because of Juneteenth. We'll cover the new SAMHSA 42 CFR Part 2 rule that aligns more with HIPAA, effective February 2024."),
    C("Senegalese client Mamadou Lamine Faye in Italy since 2012, works at Pescheria Sant'Erasmo. Permesso di soggiorno I03849217. Phone +39 347 882 1904.", [("name", "Mamadou Lamine Faye"), ("place", "Pescheria Sant'Erasmo"), ("ssn", "I03849217"), ("phone", "+39 347 882 1904")]),
    C("Fiona client Yamil Ortiz Santiago, Barrio Saltos Coli, email yamilortiz.pr@hotmail.com. Generator ran his Philips DreamStation 2, SN J2418407719.", [("name", "Yamil Ortiz Santiago"), ("place", "Barrio Saltos Coli"), ("email", "yamilortiz.pr@hotmail.com"), ("device", "Philips DreamStation 2, SN J2418407719")]),
    C("Stardust survivor Majella Keogh-Brannigan asks for sessions on Saturdays. She's at 12 Kilmore Avenue West, D05 K4R8.", [("name", "Majella Keogh-Brannigan"), ("street_address", "12 Kilmore Avenue West"), ("zip_code", "D05 K4R8")]),
    C("Nuria Vilanova i Puig wants Catalan-language sessions, CatSalut TSI VIPU 0870 1118 04, from Sant Andreu Trinitat Vella. Her Vall d'Hebron NHC is NHC 3481920.", [("name", "Nuria Vilanova i Puig"), ("health_plan", "VIPU 0870 1118 04"), ("place", "Sant Andreu Trinitat Vella"), ("medical_record", "NHC 3481920")]),
    C("Fax from the GP: 0161 498 7712. Patient Rhodri Aneurin Pugh, NHS number 483 921 7760, DOB 02/11/1968, lost his brother in the pit village of Cwmgarw Isaf. He's asking for a Welsh-speaking therapist.", [("fax", "0161 498 7712"), ("name", "Rhodri Aneurin Pugh"), ("medical_record", "483 921 7760"), ("date", "02/11/1968"), ("place", "Cwmgarw Isaf")]),
    C("Patient from the 2009 Abruzzo quake, Gianfranco Ciancarella, ASL cartella AQ-2009-41177, lives at via dei Sette Santi 12, int. 5, 67019 Sant'Elia Alta.", [("name", "Gianfranco Ciancarella"), ("medical_record", "AQ-2009-41177"), ("street_address", "via dei Sette Santi 12, int. 5"), ("zip_code", "67019"), ("place", "Sant'Elia Alta")]),
    C("Laya Healthcare asked for Órla Fitzmaurice's membership: LH 20938174. She's in Rathcoole Grange and has 12 sessions a year.", [("name", "Órla Fitzmaurice"), ("health_plan", "LH 20938174"), ("place", "Rathcoole Grange")]),
    C("Cuban client Yuniesky Castellanos Fonseca, carné de identidad 87041822741, Hurricane Ian 2022 in San Juan y Martínez vega Baja. Address: Calle 14 No. 4418 e/ 41 y 43.", [("name", "Yuniesky Castellanos Fonseca"), ("ssn", "87041822741"), ("place", "San Juan y Martínez vega Baja"), ("street_address", "Calle 14 No. 4418 e/ 41 y 43")]),
    C("Moldovan client Ion Ceban-Rotaru, IDNP 2001004117305, works at Piața Centrală stall 41. Phone +373 691 44 728. He wants Romanian, not Russian.", [("name", "Ion Ceban-Rotaru"), ("ssn", "2001004117305"), ("place", "Piața Centrală stall 41"), ("phone", "+373 691 44 728")]),
    C("Looking for a Polish-speaking therapist trained in Schema Therapy (Jeffrey Young's model, ISST-certified) who sees clients online in Ireland. The HSE waitlist is eleven months and Vhi covers only six sessions."),
    C("The recording from Jovan Radosavljević's session went to https://we.tl/t-4418KxP2Vb-jovan-radosavljevic - the wrong address. He's in Kotež Crvenka.", [("name", "Jovan Radosavljević"), ("url", "https://we.tl/t-4418KxP2Vb-jovan-radosavljevic"), ("place", "Kotež Crvenka")]),
    C("The 2023 migrant centre fire: Venezuelan Yorgelis Camacaro lost her brother. She's at Colonia Bellavista Juárez poniente. WhatsApp +52 656 314 8812.", [("name", "Yorgelis Camacaro"), ("place", "Colonia Bellavista Juárez poniente"), ("phone", "+52 656 314 8812")]),
    C("Recommendations for working with Old Order Amish clients in Pennsylvania or Ohio? A bishop asked for help with a young man's depression but doesn't want the Pennsylvania Dutch community to know."),
    C("The EHR shows Kristjan Mägi logged in from 90.191.44.207 while he was in inpatient care at Seewaldi Paldiski maantee ward. Someone has his password.", [("name", "Kristjan Mägi"), ("ip_address", "90.191.44.207"), ("place", "Seewaldi Paldiski maantee ward")]),
    C("Guna client Olonibiginya Pérez Iguaibilikinya from Gardi Sugdub dock row, Panamanian cédula 10-718-2214. Relocated to Isber Yala housing in 2024.", [("name", "Olonibiginya Pérez Iguaibilikinya"), ("place", "Gardi Sugdub dock row"), ("ssn", "10-718-2214"), ("place", "Isber Yala housing")]),
    C("My Mexican client on IMSS has had nine psychiatry appointments cancelled since August. She takes Fluoxetine 40 mg from a pharmacy in Jalisco. Any Mexican colleagues know of low-cost alternatives?"),
    C("We're trying to get Spanish-language DBT skills groups listed with the Behavioral Tech directory. Behavioral Tech only lists English. Linehan Institute said to email them in March."),
    C("For the Stardust inquest support, Thomas Nangle was ninety-four on the Feast of Saint Brigid. Family home: Coolock Village Green.", [("name", "Thomas Nangle"), ("age_over_89", "ninety-four on the Feast of Saint Brigid"), ("place", "Coolock Village Green")]),
    C("The 2018 Morandi bridge collapse: Giacomo Parodi-Rebora lived under it in via Fillak Certosa. Codice fiscale PRDGCM71B19D969Y. Tessera 80380001200193884411.", [("name", "Giacomo Parodi-Rebora"), ("place", "via Fillak Certosa"), ("ssn", "PRDGCM71B19D969Y"), ("health_plan", "80380001200193884411")]),
    C("Sikh client Harjeet Kaur Sandhu in Lathrop orchard housing, CA, phone 209-858-4412, email harjeet.k.sandhu@icloud.com. Her husband's truck is CA 9HJK214.", [("name", "Harjeet Kaur Sandhu"), ("place", "Lathrop orchard housing"), ("phone", "209-858-4412"), ("email", "harjeet.k.sandhu@icloud.com"), ("vehicle", "CA 9HJK214")]),
    C("The 2022 mountain floods: Rosângela Vitório da Silva, Morro da Oficina alto. PIX 21 98841-2276. Phone +55 24 98841 2276.", [("name", "Rosângela Vitório da Silva"), ("place", "Morro da Oficina alto"), ("account", "21 98841-2276"), ("phone", "+55 24 98841 2276")]),
    C("The 2021 candle factory tornado client Shawna Rae Kimbrough worked the night shift at the Cuba Road candle plant. Kentucky DL K08-447-219, plate KY 882 XWB.", [("name", "Shawna Rae Kimbrough"), ("place", "Cuba Road candle plant"), ("licence", "K08-447-219"), ("vehicle", "KY 882 XWB")]),
    C("Referral from the bombing support hub: Callum Threlfall-Ogden, 24, was in the foyer in 2017 and still can't do concerts. NI number JT 48 26 91 C, lives at 9 Pennine View Close, Hollinwood Fold OL8 4QX.", [("name", "Callum Threlfall-Ogden"), ("ssn", "JT 48 26 91 C"), ("street_address", "9 Pennine View Close"), ("place", "Hollinwood Fold"), ("zip_code", "OL8 4QX")]),
    C("Slovak referral: Zuzana Lukáčová, rodné číslo 885302/1147, from Pusté Úľany Pod Hájom. She was at the 2022 bar shooting. Email zuzana.lukacova@azet.sk.", [("name", "Zuzana Lukáčová"), ("ssn", "885302/1147"), ("place", "Pusté Úľany Pod Hájom"), ("email", "zuzana.lukacova@azet.sk")]),
    C("I'm trying Compassion Focused Therapy (Paul Gilbert) with a Lutheran pastor in Finland who calls self-compassion \"sinful pride\". Any Finnish-language materials from the Compassionate Mind Foundation?"),
    C("SickKids MRN SK 10339284 for Aarav Menon-Gill, 12, anxiety after the 2018 van attack story his dad told. Lives in North York Willowdale East.", [("medical_record", "SK 10339284"), ("name", "Aarav Menon-Gill"), ("place", "North York Willowdale East")]),
    C("Jonas Ehrensperger, 16, shot at in his school in 2009. Now 31, lives at Schillerweg 5/2, 71364 Breuningsweiler. TK Versichertennummer K218449306.", [("name", "Jonas Ehrensperger"), ("street_address", "Schillerweg 5/2"), ("zip_code", "71364"), ("place", "Breuningsweiler"), ("health_plan", "K218449306")]),
    C("I've been asked to deliver Mental Health First Aid in Welsh for a Cymraeg-medium school. MHFA England materials exist only in English. Is there a Welsh version from Wales?"),
    C("My Albanian client fasts during Ramadan and takes Sertraline at night. The imam at her mosque said medicine is fine. Her father in Kosovo says it breaks the fast. How do I hold that gently?"),
    C("Anyone trained in Pat Ogden's Sensorimotor Psychotherapy and Peter Levine's Somatic Experiencing both? I'm trying to choose one for next year and the EABP and USABP reviews are all over the place."),
    C("Can someone cover Niamh Tolan-Garvey on 13/03/2025? She's in the Shankill Women's Centre back room at 10. She's on Sertraline 150 mg and steady.", [("name", "Niamh Tolan-Garvey"), ("date", "13/03/2025"), ("place", "Shankill Women's Centre back room")]),
    C("Notes on the ACE-Q for adults: a Jamaican-born client scored 7 and asked what it \"means\". I explained it's not a diagnosis. Any writing on ACEs and Caribbean family structures?"),
    C("The EDE-Q global score was 4.3 at intake and 2.1 after twenty sessions of CBT-E. Christopher Fairburn's manual says that's a good response. Insurer (Cigna) says it's not enough change to keep paying."),
    C("Hungarian client Szabó-Kerekes Erzsébet, TAJ 083 441 917, kilencvenhárom, ninety-three, at Pünkösd, lives at Petőfi utca 31, 6645 Csongrád Bokros-tanya.", [("name", "Szabó-Kerekes Erzsébet"), ("health_plan", "083 441 917"), ("age_over_89", "kilencvenhárom, ninety-three, at Pünkösd"), ("street_address", "Petőfi utca 31"), ("zip_code", "6645"), ("place", "Csongrád Bokros-tanya")]),
    C("Using the MSI-BPD and the PID-5 brief form with a client whose first language is Catalan. Both have Spanish versions; there's a Catalan PID-5 from Catalonia I think. Anyone seen it?"),
    C("Paraguayan Guaraní client Ña Crescencia Benítez Ayala, noventa y tres en San Juan, Ycuá Bolaños fire 2004, from Barrio Trinidad Cañada.", [("name", "Crescencia Benítez Ayala"), ("age_over_89", "noventa y tres en San Juan"), ("place", "Barrio Trinidad Cañada")]),
    C("North Macedonian client Aleksandar Trajkovski-Mitrev, EMBG 1205991450023, was outside the 2025 club fire. Works at Strumica Bunarčiński pazar.", [("name", "Aleksandar Trajkovski-Mitrev"), ("ssn", "1205991450023"), ("place", "Strumica Bunarčiński pazar")]),
    C("Dissociation question: the DES-II was 48, MID-60 also high. The client is from Moldova and speaks Romanian and Russian. Only the English MID exists. ISSTD says use caution. Thoughts?"),
    C("Postpartum client, EPDS 17 at six weeks. OB started Zurzuvae and she's anxious about the 14 days of no driving. She's Guatemalan, speaks K'iche' and Spanish. Any perinatal resources in K'iche'?"),
    C("Icelandic kennitala for Björn Þór Hermannsson: 170358-3829. Reykjanes eruption evacuee, at Hraunbær 102, íbúð 0304, IS-113 Árbær Selás.", [("name", "Björn Þór Hermannsson"), ("ssn", "170358-3829"), ("street_address", "Hraunbær 102, íbúð 0304"), ("zip_code", "IS-113"), ("place", "Árbær Selás")]),
    C("Does anyone know if the Colegio Oficial de la Psicología in Spain recognises the EuroPsy certificate for online work with clients in Andalusia from abroad? I'm in the Netherlands."),
    C("Does anyone have experience with the Reconnecting to Culture programme for First Nations youth? I'm in Saskatchewan working with Cree and Dene families and want something better than standard TF-CBT."),
    C("Lumbee client Brittany Oxendine-Locklear, from Prospect community, lives on 1184 Missouri Rd, 28372. NC DL 000034918877.", [("name", "Brittany Oxendine-Locklear"), ("place", "Prospect community"), ("street_address", "1184 Missouri Rd"), ("zip_code", "28372"), ("licence", "000034918877")]),
    C("Fax the ROI to (787) 765-2218 for Nilda Rosa Pagán, ninety-two since Three Kings Day, home in Barrio Coabey Jayuya arriba.", [("fax", "(787) 765-2218"), ("name", "Nilda Rosa Pagán"), ("age_over_89", "ninety-two since Three Kings Day"), ("place", "Barrio Coabey Jayuya arriba")]),
    C("Question on billing Tricare for telehealth to a military spouse in Germany. Tricare Overseas says the provider has to be in Germany. I'm licensed in Virginia. Is that right?"),
    C("Scottish driving licence found in the waiting room: MCKEN751129AL9TU. If it's your client, it's with reception at Bridge of Allan Wellbeing Rooms.", [("licence", "MCKEN751129AL9TU"), ("place", "Bridge of Allan Wellbeing Rooms")]),
    C("Agnieszka Dudek-Sowa's ICD fired twice in session: Biotronik Acticor 7 DR-T ICD, SN 60418822. She's at Nowa Huta Osiedle Szklane Domy.", [("name", "Agnieszka Dudek-Sowa"), ("device", "Biotronik Acticor 7 DR-T ICD, SN 60418822"), ("place", "Nowa Huta Osiedle Szklane Domy")]),
    C("Jamaican client Orville Montaque-Reid, TRN 118-447-903, lives at 14 Spanish Town Road, Lot 6, Seaview Gardens. NHF card 56630 914.", [("name", "Orville Montaque-Reid"), ("ssn", "118-447-903"), ("street_address", "14 Spanish Town Road, Lot 6"), ("place", "Seaview Gardens"), ("health_plan", "56630 914")]),
    C("Ukrainian in Poland: Oksana Hrytsenko-Lysak, PESEL UKR 84112917463, from the 2022 station strike, now in Grochów Kinowa estate. Phone +48 512 930 448.", [("name", "Oksana Hrytsenko-Lysak"), ("ssn", "84112917463"), ("place", "Grochów Kinowa estate"), ("phone", "+48 512 930 448")]),
    C("Supervision note: I noticed I cut a Venezuelan client off every time she mentioned Chavismo. Rereading Ignacio Martín-Baró's Writings for a Liberation Psychology this Sunday to figure out why."),
    C("Lakanal fire survivor Grace Oyelaran-Hughes has a new flat: Flat 17, Bellenden Rise, SE15 4BW. She wants sessions at the Peckham Rye Lido Café corner table, which I've said no to.", [("name", "Grace Oyelaran-Hughes"), ("street_address", "Flat 17, Bellenden Rise"), ("zip_code", "SE15 4BW"), ("place", "Peckham Rye Lido Café")]),
    C("Does Kaiser Permanente's mental health benefit in Washington cover DBT-PE (Melanie Harned's protocol)? Their website only mentions CBT and DBT. We had one approval in May."),
    C("Arena bombing, second referral: Yasmin Rehman-Boyle, 19, MRN at the Children's RBS 4413 8829. She uses a Cochlear Nucleus 8 processor, serial 4382-9115-07 and the bang damaged it.", [("name", "Yasmin Rehman-Boyle"), ("medical_record", "RBS 4413 8829"), ("device", "Cochlear Nucleus 8 processor, serial 4382-9115-07")]),
    C("Wegovy 2.4 mg for eight months, and now she has low mood and suicidal ideation. The EMA reviewed this in 2023 and the FDA too. Who reports it in Denmark, me or the GP?"),
    C("Anyone seeing Cuban clients who came through the humanitarian parole programme in 2023? The ones I see in New Jersey are grieving for relatives in Cuba without the internet access to call on Sundays."),
    C("Norwegian Helsenorge link for Trygve Lunde-Sørheim: https://helsenorge.no/journal/pasient/trygve-lunde-sorheim-1948. nittito, ninety-two, at Syttende mai.", [("name", "Trygve Lunde-Sørheim"), ("url", "https://helsenorge.no/journal/pasient/trygve-lunde-sorheim-1948"), ("age_over_89", "nittito, ninety-two, at Syttende mai")]),
    C("Kosovar client Arbnor Krasniqi-Gashi, personal number 1204417823, in Switzerland since 1999, lives at Bahnhofstrasse 77, 8953 Dietikon Schönenwerd.", [("name", "Arbnor Krasniqi-Gashi"), ("ssn", "1204417823"), ("street_address", "Bahnhofstrasse 77"), ("zip_code", "8953"), ("place", "Dietikon Schönenwerd")]),
    C('How are people using the Cultural Formulation Interview (DSM-5-TR) with Bosnian clients? The idioms of "sekiracija" and "nervoza" come up constantly. Any Bosnian-language CFI?'),
    C("Bus crash family, 2018: Brayden Lukowich's mother Kerri-Lynn Lukowich lives at Nipawin Riverside Acres, SK. Sask Health SK 738 419 227. Phone 306-862-4417.", [("name", "Brayden Lukowich"), ("name", "Kerri-Lynn Lukowich"), ("place", "Nipawin Riverside Acres"), ("health_plan", "SK 738 419 227"), ("phone", "306-862-4417")]),
    C("I need a good Spanish translation of Kristin Neff's Self-Compassion scale for a Colombian couple. The SCS-SF Spanish version from Spain feels stiff. Is there a Latin American one?"),
    C("The 2016 wildfire evacuee Destiny Cardinal-Ladouceur, AHS ULI 40192-8871, Abasand Heights Athabasca Crescent. e-Transfer destiny.cl@interac.ca.", [("name", "Destiny Cardinal-Ladouceur"), ("medical_record", "ULI 40192-8871"), ("place", "Abasand Heights Athabasca Crescent"), ("account", "destiny.cl@interac.ca")]),
    C("The intake form at https://forms.kinderpraxis-elbe.de/anmeldung/jannik-petersen shows Jannik Petersen-Wulf's diagnosis in the page title. Please fix before Montag, 3. März 2025.", [("url", "https://forms.kinderpraxis-elbe.de/anmeldung/jannik-petersen"), ("name", "Jannik Petersen-Wulf"), ("date", "Montag, 3. März 2025")]),
    C("Heat dome and fire of 2021: Everett Spintlum, Nlaka'pamux, from Kanaka Bar IR 1A. BC PHN 9871 442 190. He's 62.", [("name", "Everett Spintlum"), ("place", "Kanaka Bar IR 1A"), ("health_plan", "9871 442 190")]),
    C("Please ring Maisie Entwhistle's mum on 07723 418 095 before Thursday, not the landline. Maisie is 15 and the school counsellor at St Bede's Academy, Tottington Brow is worried.", [("name", "Maisie Entwhistle"), ("phone", "07723 418 095"), ("place", "St Bede's Academy, Tottington Brow")]),
    C("Alberta floods 2013: Wallace Hrynkiw, ex-firefighter, Bowness Bowmont Park side, AHCIP 18442-9037. Device: Zoll LifeVest, SN LV-9180447.", [("name", "Wallace Hrynkiw"), ("place", "Bowness Bowmont Park side"), ("health_plan", "18442-9037"), ("device", "Zoll LifeVest, SN LV-9180447")]),
    C("Is anyone using the Dutch KOPP approach for children of parents with mental illness in Belgium? Flemish schools are interested but the CAW wants evidence. Trimbos has a report in Dutch."),
    C("For Portuguese speakers: is \"saudade\" something you ever formulate clinically? A client from Cape Verde living in Portugal uses it in every session and the PHQ-9 doesn't catch it."),
    C("Theatre strike survivor Yelyzaveta Bondarenko, 16.03.2022, now in Czechia. Phone +420 731 448 902. Email liza.bondarenko.mrp@ukr.net.", [("name", "Yelyzaveta Bondarenko"), ("date", "16.03.2022"), ("phone", "+420 731 448 902"), ("email", "liza.bondarenko.mrp@ukr.net")]),
    C("New client Padraig Ó Ceallacháin, 34, fisherman from Inis Meáin pier, lost two crew in a storm. Speaks Irish first. GMS medical card 0981 2476 R.", [("name", "Padraig Ó Ceallacháin"), ("place", "Inis Meáin pier"), ("health_plan", "0981 2476 R")]),
    C("School attack 2015: the caretaker Jukka Lindroos now at Kronogården skola annex. Swish 123 418 55 09 for the group fee.", [("name", "Jukka Lindroos"), ("place", "Kronogården skola annex"), ("account", "123 418 55 09")]),
    C("Bengt-Olof Nyqvist, nittiofem, ninety-five, vid midsommar, moved into Ektorps vårdhem. He seems lost.", [("name", "Bengt-Olof Nyqvist"), ("age_over_89", "nittiofem, ninety-five, vid midsommar"), ("place", "Ektorps vårdhem")]),
    C("Anyone doing MBT (Bateman and Fonagy) groups in Spanish in Argentina or Uruguay? A colleague in Uruguay wants a co-therapist. The MBT-Basic training is online now."),
    C("How do you pronounce Csikszentmihalyi? I'm presenting on Flow at the Hungarian Psychological Association in May and I'm terrified. Also in Hungarian, is it the same?"),
    C("School attack 2019: Kauã Ferreira Nakamura, 21, lives in Jardim Imperador Suzano. CNH 04418277190. Plate FQR4E18.", [("name", "Kauã Ferreira Nakamura"), ("place", "Jardim Imperador Suzano"), ("licence", "04418277190"), ("vehicle", "FQR4E18")]),
    C("Icelandic client Guðrún Hrefna Sveinbjörnsdóttir, níutíu og fjögurra, ninety-four, at Þorrablót, from Súðavík Eyrardalur. Phone +354 862 4471.", [("name", "Guðrún Hrefna Sveinbjörnsdóttir"), ("age_over_89", "níutíu og fjögurra, ninety-four, at Þorrablót"), ("place", "Súðavík Eyrardalur"), ("phone", "+354 862 4471")]),
    C("We're translating the Friendship Bench model into Portuguese for Mozambican clients in Portugal. Dixon Chibanda's book The Friendship Bench (2025) is helpful. Anyone in Portugal doing this?"),
    C("Belarusian exile Siarhei Karatkevich in Lithuania since 2020, lives at Žirmūnų g. 44-17, LT-09225. Plate KLB 071. His phone is +370 612 48 930.", [("name", "Siarhei Karatkevich"), ("street_address", "Žirmūnų g. 44-17"), ("zip_code", "LT-09225"), ("vehicle", "KLB 071"), ("phone", "+370 612 48 930")]),
    C("Chilean client Matías Fuenzalida Rojas, plate KLRT·47, lives at Pasaje Los Copihues 1418, Villa Independencia, Quilpué, 2430000.", [("name", "Matías Fuenzalida Rojas"), ("vehicle", "KLRT·47"), ("street_address", "Pasaje Los Copihues 1418"), ("place", "Villa Independencia, Quilpué"), ("zip_code", "2430000")]),
    C("The Baker Act in Florida lets police start a 72-hour hold; the Marchman Act is for substance use. My client got both in one August week. How do you explain the difference to a Honduran family in Spanish?"),
    C("High school shooting 2018: Trinh Minh Khoa Bảo, now 23, Bayou Vista Seawall, email khoa.trinh.svhs@yahoo.com. He wants Vietnamese-speaking support for his parents.", [("name", "Trinh Minh Khoa Bảo"), ("place", "Bayou Vista Seawall"), ("email", "khoa.trinh.svhs@yahoo.com")]),
    C("Question about the Irish Psychological Society's position on CORU registration. Will psychologists need CORU registration by 2026? The PSI says yes, the HSE says maybe."),
    C("School shooting 2024: Marisa Cuellar-Dean, 15, lives in Hog Mountain Farms subdivision. Mom's Zelle is 470-311-8824. Her Peachcare ID is PC 448201977.", [("name", "Marisa Cuellar-Dean"), ("place", "Hog Mountain Farms subdivision"), ("account", "470-311-8824"), ("health_plan", "PC 448201977")]),
    C("Autumn journal club: the Lancet Psychiatry Commission on youth mental health, the WHO World Mental Health Report (2022) and the OECD's A New Benchmark for Mental Health Systems. Mondays, 7 pm."),
    C("Pomeranian Brazilian client Arlindo Krüger Ramlow, Santa Maria de Jetibá Alto Rio Posmoser, phone (27) 99418-2207. He speaks Pomerano at home.", [("name", "Arlindo Krüger Ramlow"), ("place", "Santa Maria de Jetibá Alto Rio Posmoser"), ("phone", "(27) 99418-2207")]),
    C("Has the CRP in Brazil said anything about WhatsApp for sessions? Many of my clients in Bahia only have WhatsApp and no laptop. Signal isn't popular there."),
    C("Bulletin from our Austrian group: the November 2020 shooting in the old town: Florian Haidinger was a waiter at Schwedenplatz Eck-Beisl. ÖGK 1284 280189.", [("name", "Florian Haidinger"), ("place", "Schwedenplatz Eck-Beisl"), ("health_plan", "1284 280189")]),
    C("Auvelity or Trintellix for a 72-year-old with depression and mild CKD? The geriatric psychiatrist in Massachusetts suggested Trintellix 5 mg. GDS-15 is 11. I just want to know what to watch for in therapy."),
    C("German client Joachim Riedl-Huber wants his Approbation checked: my LPK number is LPK-BY 80419. His plate: M-JR 4471.", [("name", "Joachim Riedl-Huber"), ("licence", "LPK-BY 80419"), ("vehicle", "M-JR 4471")]),
    C("Group check-in: it's Blue Monday next week, which is nonsense, but clients in the UK talk about it. I'm planning a psychoeducation post with the Samaritans and Mind links instead."),
    C("Filipino American nurse Rosario Dimaculangan-Tuazon, NY RN 693071, lives 41-22 69th St, Apt 3F, Woodside Winfield, NY 11378.", [("name", "Rosario Dimaculangan-Tuazon"), ("licence", "693071"), ("street_address", "41-22 69th St, Apt 3F"), ("place", "Woodside Winfield"), ("zip_code", "11378")]),
    C("jóhann says he's moving back to ólafsfjörður after christmas, wants to keep zoom sessions", [("name", "jóhann"), ("place", "ólafsfjörður")]),
    C("Marta Ksenia Oleksiuk is coming on Friday with her grandmother. They live in Zasanie Lwowska end, near the border crossing.", [("name", "Marta Ksenia Oleksiuk"), ("place", "Zasanie Lwowska end")]),
    C("Anyone used the RAADS-R with women over 50? It seems to under-identify. The AQ-10 is quicker but NICE CG142 warns it's a screen, not a diagnosis. The autistic community on Reddit hates both."),
    C("The 2018 shooting on the avenue: Christos Mavrogiannis, ninety-three at Greek Easter, lives at 410 Logan Ave, Unit 2, M4M 2N7. OHIP 4418-207-993-KT.", [("name", "Christos Mavrogiannis"), ("age_over_89", "ninety-three at Greek Easter"), ("street_address", "410 Logan Ave, Unit 2"), ("zip_code", "M4M 2N7"), ("health_plan", "4418-207-993-KT")]),
    C("Adderall XR 20 mg shortage again this month. Client switched to Mydayis and feels wired. Anyone in Georgia or Florida finding stock? The FDA shortage list says October."),
    C("Estonian-Russian client Nadezhda Kuusk-Smirnova in Lasnamäe Pae tänav block, isikukood 47601142713. She's been in Estonia since 1990.", [("name", "Nadezhda Kuusk-Smirnova"), ("place", "Lasnamäe Pae tänav block"), ("ssn", "47601142713")]),
    C("Gender-affirming care question: a client in Tennessee lost access to testosterone after SB1 in 2023. He's depressed, PHQ-9 19. Any telehealth options across state lines in Virginia?"),
    C("Synagogue attack, Yom Kippur 2019: Miriam Gutkind, einundneunzig, ninety-one, zum Laubhüttenfest, asks for a Jewish therapist. Phone +49 345 6718 204.", [("name", "Miriam Gutkind"), ("age_over_89", "einundneunzig, ninety-one, zum Laubhüttenfest"), ("phone", "+49 345 6718 204")]),
    C("Booking confirmation: Ximena Palacios Urrutia, jueves 20 de marzo de 2025, 16:00, consultorio Providencia Los Leones.", [("name", "Ximena Palacios Urrutia"), ("date", "jueves 20 de marzo de 2025"), ("place", "consultorio Providencia Los Leones")]),
    C("Supervision topic: dual relationships in rural Newfoundland and Labrador. My supervisee is the only therapist in her bay. The CASW Code of Ethics gives little guidance."),
    C("For PCIT, is anyone using the ECBI and the DPICS with Portuguese-speaking families in Massachusetts? Sheila Eyberg's translations are from Brazil and the parents from the Azores say it reads oddly."),
    C("Spring reading: Carl Rogers's On Becoming a Person, Irvin Yalom's Existential Psychotherapy, and Rollo May's The Courage to Create. Meeting Wednesday nights until Pentecost."),
    C('Beauregard "Bo" Thibodeaux, ninety-four this Mardi Gras, rode out Katrina in Chalmette Village Square. Louisiana Medicaid LA 4417820931. Granddaughter: (504) 271-8836.', [("name", 'Beauregard "Bo" Thibodeaux'), ("age_over_89", "ninety-four this Mardi Gras"), ("place", "Chalmette Village Square"), ("health_plan", "LA 4417820931"), ("phone", "(504) 271-8836")]),
    C("Puerto Rican client Wilfredo Meléndez Colón, Hurricane Maria 2017, Barrio Jagüeyes Abajo, in the mountains. Plan Vital PV 7702184439.", [("name", "Wilfredo Meléndez Colón"), ("place", "Barrio Jagüeyes Abajo"), ("health_plan", "PV 7702184439")]),
    C("School shooting question. Fiona Drummond-Haig was a pupil in 1996 and now has her own children at Newton Primary Annexe. She's asked whether I keep notes on the NHS Scotland CHI 2107694418.", [("name", "Fiona Drummond-Haig"), ("place", "Newton Primary Annexe"), ("medical_record", "2107694418")]),
    C("Nightclub shooting survivor (2022) Skyler Arredondo (they/them), Colorado DL 19-441-7628, TRICARE TRI 1184 2270 91 through a parent. Lives in Stratmoor Hills.", [("name", "Skyler Arredondo"), ("licence", "19-441-7628"), ("health_plan", "TRI 1184 2270 91"), ("place", "Stratmoor Hills")]),
    C("Reminder: Pink Shirt Day is Wednesday and the provincial training on the BC Mental Health Act forms is Thursday. Lunch is at noon."),
    C('My Haitian Creole-speaking client says her Zoloft is "making her blood cold". Her priest in Florida told her to stop it before Lent. I have a Kreyòl interpreter on Wednesdays only. Suggestions for the cultural formulation interview?'),
    C("Mounjaro 7.5 mg and her binge eating has dropped; BES from 32 to 14. She feels it's \"cheating\" and her Catholic mother agrees. Anyone working with GLP-1s and CBT for BED in the same client?"),
    C("Benedetta Roncalli's Tandem t:slim X2 pump, SN 1184207 alarmed during the landslide drill. She lives in Casamicciola Celario.", [("name", "Benedetta Roncalli"), ("device", "Tandem t:slim X2 pump, SN 1184207"), ("place", "Casamicciola Celario")]),
    C("Clozapine ANC monitoring is weekly for six months under the REMS, but our Canadian client moving back from Alberta is on monthly CSAN monitoring already. Does the US pharmacy accept that history?"),
    C("Mexican psychologist's cédula profesional 10842217 for Dra. Jimena Villaseñor Aranda. Practice at Chapultepec Country consultorios.", [("licence", "10842217"), ("name", "Jimena Villaseñor Aranda"), ("place", "Chapultepec Country consultorios")]),
    C("Dimitris Alexiou-Papas uses a Phonak Audéo Lumity L90 hearing aid, SN 2218H4471 that he wants turned off in group. He's from Kypseli Fokionos Negri.", [("name", "Dimitris Alexiou-Papas"), ("device", "Phonak Audéo Lumity L90 hearing aid, SN 2218H4471"), ("place", "Kypseli Fokionos Negri")]),
    C("Latvian client Ilze Bērziņa-Dzērve, personas kods 120585-11738, supermarket roof collapse 2013. Lives Priedaines iela 20 dz. 15, LV-1083 Zolitūde Ruses.", [("name", "Ilze Bērziņa-Dzērve"), ("ssn", "120585-11738"), ("street_address", "Priedaines iela 20 dz. 15"), ("zip_code", "LV-1083"), ("place", "Zolitūde Ruses")]),
    C("Barbadian client Sheniqua Clarke-Alleyne, NRN 940418-0227, Silver Sands Crab Hill, BB18098. Phone (246) 418-2207.", [("name", "Sheniqua Clarke-Alleyne"), ("ssn", "940418-0227"), ("place", "Silver Sands Crab Hill"), ("zip_code", "BB18098"), ("phone", "(246) 418-2207")]),
    C("Ukrainian veteran Taras Melnychuk, RNOKPP 3120405815, prosthesis: Össur Pro-Flex LP foot, SN PFX-00738214. Lives vul. Sadova 14, kv. 9, Irpin Romanivka side.", [("name", "Taras Melnychuk"), ("ssn", "3120405815"), ("device", "Össur Pro-Flex LP foot, SN PFX-00738214"), ("street_address", "vul. Sadova 14, kv. 9"), ("place", "Irpin Romanivka side")]),
    C("Greek client Evangelia Karamanoli, AMKA 13067102448, 2018 fire in Mati Kokkino Limanaki. Lives odos Ithakis 6, 19005 Nea Makri Zoumberi.", [("name", "Evangelia Karamanoli"), ("ssn", "13067102448"), ("place", "Mati Kokkino Limanaki"), ("street_address", "odos Ithakis 6"), ("zip_code", "19005"), ("place", "Nea Makri Zoumberi")]),
    C("Does the Ontario Psychotherapy Act let an RP diagnose? The CRPO says no, the CPO says psychologists can. My client has a diagnosis from an RP in her Sun Life file. Will Sun Life reject it?"),
    C("The 2022 stabbings in Saskatchewan: Delphine Sanderson-Burns, status number 6330418211, lives in Chakastaypasin Bush. Her cell: 306-864-7719.", [("name", "Delphine Sanderson-Burns"), ("ssn", "6330418211"), ("place", "Chakastaypasin Bush"), ("phone", "306-864-7719")]),
    C("Harold Vanderwal, WWII veteran, a hundred and one come Veterans Day, lives at 88 Lakeview Dr, Holland Heights, MI 49424. VA MRN VA-BTL 0071448312.", [("name", "Harold Vanderwal"), ("age_over_89", "a hundred and one come Veterans Day"), ("street_address", "88 Lakeview Dr"), ("place", "Holland Heights"), ("zip_code", "49424"), ("medical_record", "VA-BTL 0071448312")]),
    C("The 1989 stadium disaster families' support asked if I can see Brendan Joseph Maguinness, ninety-two last Boxing Day, at home. He lives at 41 Cabbage Hall Lane, Anfield Vale, L4 2RT.", [("name", "Brendan Joseph Maguinness"), ("age_over_89", "ninety-two last Boxing Day"), ("street_address", "41 Cabbage Hall Lane"), ("place", "Anfield Vale"), ("zip_code", "L4 2RT")]),
    C("Vietnamese American fisherman Nguyễn Văn Lộc in Village de l'Est, Medicaid LA 2209183347. His boat's registration: LA 4418 FK.", [("name", "Nguyễn Văn Lộc"), ("place", "Village de l'Est"), ("health_plan", "LA 2209183347"), ("vehicle", "LA 4418 FK")]),
    C("Kurdish Swedish Rojda Kaya Sorani in Rinkeby Hjulsta torg, phone 073-884 21 07. She asked about sessions in Kurmanji after the 1998 disco fire stories her father told.", [("name", "Rojda Kaya Sorani"), ("place", "Rinkeby Hjulsta torg"), ("phone", "073-884 21 07")]),
    C("The 2015 landslide: Marvin Estuardo Chután from El Cambray II sector 2. Email marvinchutan@yahoo.es.", [("name", "Marvin Estuardo Chután"), ("place", "El Cambray II sector 2"), ("email", "marvinchutan@yahoo.es")]),
    C("Thiruchelvam Sivanesan, Tamil, in Switzerland since 1991, ninety-one this Thai Pongal, lives Dorfstrasse 41, 3073 Ostermundigen Rüti. Son: 079 482 19 66.", [("name", "Thiruchelvam Sivanesan"), ("age_over_89", "ninety-one this Thai Pongal"), ("street_address", "Dorfstrasse 41"), ("zip_code", "3073"), ("place", "Ostermundigen Rüti"), ("phone", "079 482 19 66")]),
    C("Mexican client Xóchitl Tlapalcoyotl, CURP TLAX850312MDFPYC08, 2017 quake at the Colegio Rébsamen, Villa Coapa. Lives Calle Cafetales 114, int. 3, 14300.", [("name", "Xóchitl Tlapalcoyotl"), ("ssn", "TLAX850312MDFPYC08"), ("place", "Colegio Rébsamen, Villa Coapa"), ("street_address", "Calle Cafetales 114, int. 3"), ("zip_code", "14300")]),
    C("Does TF-CBT (Cohen, Mannarino and Deblinger) work as well over Doxy.me for a seven-year-old? The NCTSN webinar in June said yes with caregiver coaching but my experience is mixed."),
    C('Thoughts on the movie Inside Out 2 for anxiety psychoeducation with kids? Pixar got a lot right. A Mexican family watched it in Spanish and loved "Ansiedad".'),
    C("Anyone doing Hakomi or Focusing (Eugene Gendlin) with Japanese-Brazilian clients? A Nikkei client in Brazil finds silence easy and Portuguese hard. Any Japanese-language Focusing materials?"),
    C("Our agency is moving from TherapyNotes to SimplePractice in March. If you have clients on Medicaid in Pennsylvania, SimplePractice's superbill templates are missing the HCPCS codes for peer support."),
    C("For those using Headspace or Calm with older clients: both dropped their Norwegian and Danish audio in the autumn update. Insight Timer still has Swedish and Finnish, and Medito is free."),
    C("Bosnian client Emina Hadžiahmetović, devedeset i jedna, ninety-one, na Bajram, JMBG 0304933175021, lives in Kovači mahala, Gornji Kotorac.", [("name", "Emina Hadžiahmetović"), ("age_over_89", "devedeset i jedna, ninety-one, na Bajram"), ("ssn", "0304933175021"), ("place", "Kovači mahala, Gornji Kotorac")]),
    C("We use the WHODAS 2.0 at intake in our Swiss practice and Helsana keeps asking for the ICD-10 code instead of the ICD-11 one. Switzerland moved to ICD-11 billing on paper but not in practice?"),
    C("Mother of one of the 43 students, Bertha Nava Sotelo, Guerrero, email bertha.nava.ayotz@gmail.com, from Tixtla El Fortín.", [("name", "Bertha Nava Sotelo"), ("email", "bertha.nava.ayotz@gmail.com"), ("place", "Tixtla El Fortín")]),
    C("Newfoundland fisherman Alphonsus Kavanagh, ninety-one by the parish book, from Petty Harbour Maddox Cove. MCP 204 418 772 001.", [("name", "Alphonsus Kavanagh"), ("age_over_89", "ninety-one by the parish book"), ("place", "Petty Harbour Maddox Cove"), ("health_plan", "204 418 772 001")]),
    C("Hatice Yıldırım-Schäfer lost her nephew in the 2020 shooting at the shisha bars. She lives at Krämerstraße 22, 63450 Lamboy-Siedlung. Steuer-ID 47 103 865 229.", [("name", "Hatice Yıldırım-Schäfer"), ("street_address", "Krämerstraße 22"), ("zip_code", "63450"), ("place", "Lamboy-Siedlung"), ("ssn", "47 103 865 229")]),
    C("Lyrica 300 mg for anxiety in Sweden is common but the client now has a misuse pattern. The Swedish TLV has reviewed it. Any CBT plans to taper that you'd share?"),
    C("Our website booking page https://praxis-lindenbaum.de/termine?klient=rkoenig leaks Renate König-Aslan's first name in the URL. Fixing it now.", [("url", "https://praxis-lindenbaum.de/termine?klient=rkoenig"), ("name", "Renate König-Aslan")]),
    C("Our Jane App link https://harbourcounselling.janeapp.com/#/staff_member/14/kaya-pelletier for Kaya Pelletier-Swampy is public. She asked me to take her photo off. She's from Mishkeegogamang road.", [("url", "https://harbourcounselling.janeapp.com/#/staff_member/14/kaya-pelletier"), ("name", "Kaya Pelletier-Swampy"), ("place", "Mishkeegogamang road")]),
    C("The Norwegian Helsedirektoratet guideline says two sessions of TF-CBT per week for PTSD is fine. I think once a week is safer for Syrian families who just arrived in Norway. Views?"),
    C("Our psychodrama group in Argentina uses Moreno's methods and Pichon-Rivière's operative groups. Someone in the FePRA training asked whether online role reversal works. Any experience?"),
    C("The Marmolada collapse hit Tobias Pedrotti's climbing club. He lives in Canazei Alba di Sopra. Albo psicologi reference for me is TN-1138 if you need it.", [("name", "Tobias Pedrotti"), ("place", "Canazei Alba di Sopra"), ("licence", "TN-1138")]),
    C("Vraylar 1.5 mg for bipolar depression and the client's insurer (Humana) wants a prior auth renewed every six months. The MDQ at intake was positive. Has anyone won an appeal citing APA guidelines?"),
    C("Our Irish clinic's new fax is +353 21 489 6613. Please send Eoghan Crowley-Lynch's discharge summary (CUH MRN CUH-00381947) there.", [("fax", "+353 21 489 6613"), ("name", "Eoghan Crowley-Lynch"), ("medical_record", "CUH-00381947")]),
    C("Kakhovka dam flood: Oleksandr Pavlenko-Hryn from Korabel island district. Monobank card 5375 4141 2209 8817 for donations to his mother.", [("name", "Oleksandr Pavlenko-Hryn"), ("place", "Korabel island district"), ("account", "5375 4141 2209 8817")]),
    C("Finnish client Eero Tapani Kivimäki, HETU 230461-911K, yhdeksänkymmentäkaksi, ninety-two, at Juhannus, lives at Koulukatu 7 B 12, 61800 Kauhajoki Hyypänkylä.", [("name", "Eero Tapani Kivimäki"), ("ssn", "230461-911K"), ("age_over_89", "yhdeksänkymmentäkaksi, ninety-two, at Juhannus"), ("street_address", "Koulukatu 7 B 12"), ("zip_code", "61800"), ("place", "Kauhajoki Hyypänkylä")]),
    C("CBT-i with a shift worker in Alaska: the sun barely sets in June and barely rises in December. Melatonin 3 mg and a light box help. Any Inuit or Alaska Native perspectives on sleep?"),
    C("The 1988 rail crash memorial group meets at St Barnabas Lavender Hill Hall. Marjorie Pellow is a hundred and two by her telegram from the King and still comes.", [("place", "St Barnabas Lavender Hill Hall"), ("name", "Marjorie Pellow"), ("age_over_89", "a hundred and two by her telegram from the King")]),
    C("Q for the Gottman-trained folks: do you use the Sound Relationship House with polyamorous clients? The Gottman Institute's materials feel very monogamous and my clients in California noticed."),
    C("Buprenorphine micro-dosing (the Bernese method) started on a Wednesday with a Fentanyl patch in an Alberta clinic. Client felt worse by Saturday. Any tips for therapy while withdrawal peaks?"),
    C("I'm curious whether anyone uses Imagery Rescripting (Arntz) with dissociative clients who are on Klonopin. My supervisor says benzos block emotional processing. Is there data from the Netherlands?"),
    C("Borderline bar shooting survivor Kaitlyn Marroquin, VA MRN VA-GLA 0028417763 (she's a vet), plate 8KZT417.", [("name", "Kaitlyn Marroquin"), ("medical_record", "VA-GLA 0028417763"), ("vehicle", "8KZT417")]),
    C("Anyone working with Mennonite families in Manitoba or Ontario who speak Plautdietsch? Father refuses the BDI-II because of \"worldly\" questions. I'm thinking of a values card sort from ACT instead."),
    C("We're trying the SDQ in Swedish, Somali and Arabic at a school health service in Sweden. The Somali version has a weird item about \"fighting\". Does anyone know who translated it?"),
    C("Anyone doing Family-Based Treatment (Lock and Le Grange) for anorexia with a Greek Orthodox family during Great Lent? The fasting rules clash with phase one refeeding."),
    C("Anyone using Sanvello or MindShift with OHIP clients? The MindShift one is from Anxiety Canada and free, but the privacy policy under PIPEDA worries me for a client whose ex is in IT."),
    C("Please keep referrals off Messenger. Our Ethics Committee and the HCPC both say it's not secure. Use the NHSmail address on the intranet page, Monday to Friday."),
    C("Audit log: 2804:14c:5b81:8a34::1f accessed Luana Cavalcanti Brito's chart. She's from Vila Mimosa Praça da Bandeira and didn't log in.", [("ip_address", "2804:14c:5b81:8a34::1f"), ("name", "Luana Cavalcanti Brito"), ("place", "Vila Mimosa Praça da Bandeira")]),
    C("The airshow crash anniversary is coming. Toby Ashdown-Fenner was on the A27 that day. His Bupa membership is BUP 7714 2289 03 and his GP practice is Lancing Beach Surgery.", [("name", "Toby Ashdown-Fenner"), ("health_plan", "BUP 7714 2289 03"), ("place", "Lancing Beach Surgery")]),
    C("Sámi client Máret Ánne Sara-Gaup from Láhpoluoppal siida wants sessions in North Sámi. Her phone is +47 917 44 208. Reindeer herder, 44.", [("name", "Máret Ánne Sara-Gaup"), ("place", "Láhpoluoppal siida"), ("phone", "+47 917 44 208")]),
    C("Wondering how others handle Passover and Easter falling in the same week with interfaith couples. Our EFT (Sue Johnson) consult group is split on whether to pause sessions."),
    C("New fax line at the clinic: (505) 217-4490. First doc through is Tsosie Benally-Chee's intake from Crownpoint Navajo housing.", [("fax", "(505) 217-4490"), ("name", "Tsosie Benally-Chee"), ("place", "Crownpoint Navajo housing")]),
    C("Polish client Krystyna Wójtowicz-Nowak, PESEL 47030418826, dziewięćdziesiąt pięć lat na Wszystkich Świętych, lives ul. Klodnicka 14 m. 3, 57-327 Polanica Sokołówka.", [("name", "Krystyna Wójtowicz-Nowak"), ("ssn", "47030418826"), ("age_over_89", "dziewięćdziesiąt pięć lat na Wszystkich Świętych"), ("street_address", "ul. Klodnicka 14 m. 3"), ("zip_code", "57-327"), ("place", "Polanica Sokołówka")]),
    C("Camp Fire survivor Darlene Whitacre-Moss, SSN 547-83-2216, lost her house on 5914 Pentz Rd, Magalia Ridge, CA 95954. Medi-Cal CIN 91847722B.", [("name", "Darlene Whitacre-Moss"), ("ssn", "547-83-2216"), ("street_address", "5914 Pentz Rd"), ("place", "Magalia Ridge"), ("zip_code", "95954"), ("health_plan", "91847722B")]),
    C("Our German Psychotherapeutenkammer says video therapy is limited to 30% of sessions. Is that for Kassenpatienten only or private too? AOK says one thing and Barmer another."),
    C("Thinking about Viktor Frankl's Man's Search for Meaning with an Orthodox Jewish client who lost relatives in Israel in 2023. He wants to read it in Hebrew before Yom Kippur. Is that a good idea or too close?"),
    C("grainne mcloughlin from the traveller group in cloonfad lane halting site rang again, she wants the family worker not me. number is 087 614 2298", [("name", "grainne mcloughlin"), ("place", "cloonfad lane halting site"), ("phone", "087 614 2298")]),
    C("Quick one: Xanax 0.5 mg as needed has become 3 mg daily. Client is Russian-speaking, from Latvia, in England since 2019. Any Russian-language benzo taper resources (Ashton Manual translation)?"),
    C("A Ukrainian psychologist newly arrived in Canada asked how to get licensed in British Columbia. The CPBC requires an EPPP. Ukraine's degree isn't recognised. Anyone walked that path?"),
    C("Thinking about Marsha Linehan's Building a Life Worth Living alongside Kiese Laymon's Heavy with a Black client from Mississippi. He's asked for \"something true\". Good idea or too much?"),
    C("Parade shooting client Joel Adelstein, 7 at the time, his mom's email is rachel.adelstein.hp@gmail.com. They live on 1840 Sunset Woods Ln, 60035.", [("name", "Joel Adelstein"), ("email", "rachel.adelstein.hp@gmail.com"), ("street_address", "1840 Sunset Woods Ln"), ("zip_code", "60035")]),
    C("Vargas 1999 survivor Carmen Elena Bolívar Tovar, noventa y seis en la Feria de la Chinita, Venezuelan cédula V-2.881.407, lives Carmen de Uria ruinas.", [("name", "Carmen Elena Bolívar Tovar"), ("age_over_89", "noventa y seis en la Feria de la Chinita"), ("ssn", "V-2.881.407"), ("place", "Carmen de Uria ruinas")]),
    C("Arab American Hussein Bazzi-Fawaz in Warrendale Dearborn-side, email h.bazzi.mi@gmail.com. His father is ninety-three by his Lebanese papers.", [("name", "Hussein Bazzi-Fawaz"), ("place", "Warrendale Dearborn-side"), ("email", "h.bazzi.mi@gmail.com"), ("age_over_89", "ninety-three by his Lebanese papers")]),
    C("Campus shooting 2023, student Ngozi Adaeze Okafor, on an F-1, SEVIS N0039218744, lives in Cedar Village apartments, building 11. Phone 517-802-3341.", [("name", "Ngozi Adaeze Okafor"), ("ssn", "N0039218744"), ("place", "Cedar Village apartments, building 11"), ("phone", "517-802-3341")]),
    C("Church school shooting 2025: client Lucia Hendrickx, 9, family on 5432 Columbus Ave S, Windom Park, MN 55423.", [("name", "Lucia Hendrickx"), ("street_address", "5432 Columbus Ave S"), ("place", "Windom Park"), ("zip_code", "55423")]),
    C("Our Colombian team is trying Problem Management Plus (PM+) from WHO with Venezuelan migrants. The Spanish manual is good, but the Wayuu families in La Guajira speak Wayuunaiki."),
    C("The 2017 mosque attack: Karim Belkacemi, Algerian Quebecer, lives at 2980 chemin Sainte-Foy, app. 1204, G1X 1P6. RAMQ BELK 7506 1208.", [("name", "Karim Belkacemi"), ("street_address", "2980 chemin Sainte-Foy, app. 1204"), ("zip_code", "G1X 1P6"), ("health_plan", "BELK 7506 1208")]),
    C("Guy Fawkes Night is rough for Lukasz Wróblewski-Hart, ex-Army, after Helmand. He lives on 3 Cranbrook Mews, Larkhill Garrison Quarter, SP4 8QT. Service number 30154877.", [("name", "Lukasz Wróblewski-Hart"), ("street_address", "3 Cranbrook Mews"), ("place", "Larkhill Garrison Quarter"), ("zip_code", "SP4 8QT"), ("ssn", "30154877")]),
    C("Looking for a Romani-speaking or Romani-aware clinician in Slovakia or Hungary. The client is distrustful of the state services after a school placement decision. The ERRC had some guidance."),
    C("Kees Dijkhuizen from Edam Slobbeland lost his sister in a boating accident. BSN 2349.18.076, Zilveren Kruis ZK 184 220 497. Fax from the huisarts: 0299 367 418.", [("name", "Kees Dijkhuizen"), ("place", "Edam Slobbeland"), ("ssn", "2349.18.076"), ("health_plan", "ZK 184 220 497"), ("fax", "0299 367 418")]),
    C("Reading Resmaa Menakem's My Grandmother's Hands with our mostly white Scandinavian team in Sweden. Someone said it \"doesn't translate to the Nordic context\". I'd love to hear from Black therapists in Europe about that."),
    C("Client from the row at Haverigg Lane End, Wilf Pattinson, ninety-three at Candlemas, asked for sessions at home. His number is 01229 771 803.", [("place", "Haverigg Lane End"), ("name", "Wilf Pattinson"), ("age_over_89", "ninety-three at Candlemas"), ("phone", "01229 771 803")]),
    C("Eilidh MacAskill-Rennie, who lost cousins in the 1988 air disaster, is ninety-one come Hogmanay and lives alone at Tundergarth Mains Cottage. Her niece wants bereavement support.", [("name", "Eilidh MacAskill-Rennie"), ("age_over_89", "ninety-one come Hogmanay"), ("place", "Tundergarth Mains Cottage")]),
    C("The 2020 rampage in rural Nova Scotia: Heather MacKinnon-Dort lived on 118 Orchard Beach Rd, Wentworth Valley Glen, NS B0M 1Z0. MSI 0041 882 917.", [("name", "Heather MacKinnon-Dort"), ("street_address", "118 Orchard Beach Rd"), ("place", "Wentworth Valley Glen"), ("zip_code", "B0M 1Z0"), ("health_plan", "0041 882 917")]),
    C('A Brazilian client told me about "nervoso" and "encosto" after a Candomblé ceremony. I want to avoid pathologising. Any Portuguese-language reading from the CFP on religious experience in therapy?'),
    C("If you work in Greece: does EOPYY ever cover psychotherapy? A Greek client with a private plan from Interamerican has four sessions a year. Her psychiatrist is in Crete."),
    C("Video session recording link https://vimeo.com/user44182/review/918447213/sessions-kalani-obrien was shared by mistake. It's Kalani O'Brien-Reyes, now in Nevada, Paradise Palms.", [("url", "https://vimeo.com/user44182/review/918447213/sessions-kalani-obrien"), ("name", "Kalani O'Brien-Reyes"), ("place", "Paradise Palms")]),
    C("Residential school survivor Philomena Gottfriedson, ninety-two at Pow Wow time, lives on Sk'elep reserve road. Her nephew's fax 250-828-9914.", [("name", "Philomena Gottfriedson"), ("age_over_89", "ninety-two at Pow Wow time"), ("place", "Sk'elep reserve road"), ("fax", "250-828-9914")]),
    C("Suboxone 8/2 mg and the client wants to switch to Sublocade before moving from Vermont to Maine. His counselor and I disagree about MI versus contingency management. Anyone got outcome data?"),
    C("Anyone have a copy of the Arabic PCL-5 validated with Syrians in Germany or Sweden? A Kurmanji one would be even better. Our Caritas team keeps using the English one with interpreters."),
    C("Mushroom farm shooting survivor Zhang Yonghua, 61, ITIN 912-78-4410, lived at the Mountain Mushroom Farm bunkhouse. Speaks Mandarin and some Spanish.", [("name", "Zhang Yonghua"), ("ssn", "912-78-4410"), ("place", "Mountain Mushroom Farm bunkhouse")]),
    C("Which app are people using for sleep diaries now? CBT-i Coach is free from the VA but my German clients want something in German with DiGA approval, like somnio, which the TK covers."),
    C("Spring training day: Bruce Perry and Oprah Winfrey's What Happened to You? plus the Neurosequential Model. The NMT certification is pricy. Anyone done it in Canada?"),
    C("Device check: Henrike Vos-Brouwer's Abbott FreeStyle Libre 3 reader, SN MAGT7184420 was lost in the ferry crossing to Schiermonnikoog Oosterreeg.", [("name", "Henrike Vos-Brouwer"), ("device", "Abbott FreeStyle Libre 3 reader, SN MAGT7184420"), ("place", "Schiermonnikoog Oosterreeg")]),
    C("Harry Finlow-Bates uses the ResMed AirSense 11, SN 23211938772 and his power went during Storm Arwen at Allenheads Hill Farm. He's 58 and panicky about night-time.", [("name", "Harry Finlow-Bates"), ("device", "ResMed AirSense 11, SN 23211938772"), ("place", "Allenheads Hill Farm")]),
    C("Dagny Halvorsen Tveit's Zoom connected from 2001:4610:a:4f::219 - the school wifi at Lunde ungdomsskole. She's 15, so I've told her mum.", [("name", "Dagny Halvorsen Tveit"), ("ip_address", "2001:4610:a:4f::219"), ("place", "Lunde ungdomsskole")]),
    C("Venmo @ShaniceG-Clemons for Shanice Gaines-Clemons's co-pay. She's in Bankhead Courts and her phone is 404-793-1182.", [("account", "@ShaniceG-Clemons"), ("name", "Shanice Gaines-Clemons"), ("place", "Bankhead Courts"), ("phone", "404-793-1182")]),
    C("We're piloting the ITQ instead of the PCL-5 for refugees from Eritrea and Afghanistan in Germany. Tigrinya and Dari versions exist but the Pashto one looks machine-translated. Anyone validated locally with the BPtK?"),
    C("Sent Aurora Vásquez Lillo's referral to the COSAM fax +56 2 2574 4180. She lives at La Legua Emergencia pasaje 7.", [("name", "Aurora Vásquez Lillo"), ("fax", "+56 2 2574 4180"), ("place", "La Legua Emergencia pasaje 7")]),
    C("Please fax the Ontario Form 1 to 613-737-4410 for Louis-Philippe Bergeron, now at Vanier Cummings Avenue group home. Dated 2025-03-18.", [("fax", "613-737-4410"), ("name", "Louis-Philippe Bergeron"), ("place", "Vanier Cummings Avenue"), ("date", "2025-03-18")]),
    C("Anyone seen the Italian version of the Mini-SPIN for social anxiety used with Albanian teens in Italy? The school psychologist in Puglia has only the Italian version."),
    C("Next month's journal club: Miller and Rollnick's Motivational Interviewing (4th edition, 2023) and the MITI 4.2.1 coding manual. Bring a 20-minute recording if your client has consented in writing."),
    C("The ASRS v1.1 screen was positive, DIVA-5 interview positive, and the client wants Elvanse like her sister in Scotland. She's in Northern Ireland, where the waitlist is four years. Private or wait?"),
    C("Spyridon Lagoudakis, ενενήντα έξι, ninety-six, at Panagia in August, from Anogeia Perachori upper lane in Crete. Son's fax 2834 031 884.", [("name", "Spyridon Lagoudakis"), ("age_over_89", "ενενήντα έξι, ninety-six, at Panagia in August"), ("place", "Anogeia Perachori upper lane"), ("fax", "2834 031 884")]),
    C("The 2021 police raid: Jéssica Conceição Lima, 24, lives on Travessa Tenente Lauro 8, Jacarezinho Beco do Rato. Her mother's email maria.conceicao.rj@gmail.com.", [("name", "Jéssica Conceição Lima"), ("street_address", "Travessa Tenente Lauro 8"), ("place", "Jacarezinho Beco do Rato"), ("email", "maria.conceicao.rj@gmail.com")]),
    C("Fax from the Bundeswehr clinic: +49 261 896 24418. Patient Dennis Hohlfeld, Afghanistan veteran, lives in Koblenz-Metternich Bubenheimer Weg.", [("fax", "+49 261 896 24418"), ("name", "Dennis Hohlfeld"), ("place", "Koblenz-Metternich Bubenheimer Weg")]),
    C("Group consent form for Ilona Kaskinen: https://lomake.terapiaklinikka-rauha.fi/suostumus?id=ilona-kaskinen. She's in Hervanta Lindforsinkatu.", [("name", "Ilona Kaskinen"), ("url", "https://lomake.terapiaklinikka-rauha.fi/suostumus?id=ilona-kaskinen"), ("place", "Hervanta Lindforsinkatu")]),
    C("Manitoba client Cheyenne Spence-Flett from Shamattawa north road, Manitoba Health PHIN 307 951 662. Jordan's Principle case.", [("name", "Cheyenne Spence-Flett"), ("place", "Shamattawa north road"), ("health_plan", "307 951 662")]),
    C("Honduran Garifuna client Lesly Marisol Güity, DNI 0107-1994-00418, from Triunfo de la Cruz barrio. The 2012 prison fire took her father.", [("name", "Lesly Marisol Güity"), ("ssn", "0107-1994-00418"), ("place", "Triunfo de la Cruz barrio")]),
    C("Next review for Kirsty Lamont is Friday 28th March at Gilmerton Moredun clinic.", [("name", "Kirsty Lamont"), ("date", "Friday 28th March"), ("place", "Gilmerton Moredun clinic")]),
    C("Reading Thomas Fuchs and Jan Slaby on phenomenology with our German-speaking reading group in Austria. Very dense but great for psychosis. Next session Thursday, in German and English."),
    C("Danish CPR for Astrid Mølgaard Juhl: 070592-2318. MobilePay 28 41 70 93. She was at the 2022 mall shooting.", [("name", "Astrid Mølgaard Juhl"), ("ssn", "070592-2318"), ("account", "28 41 70 93")]),
    C("Bolivian Aymara client Eulogia Mamani Condori, noventa y cuatro en Alasitas, CI 2284107 LP, from Villa Ingenio zona 4.", [("name", "Eulogia Mamani Condori"), ("age_over_89", "noventa y cuatro en Alasitas"), ("ssn", "2284107 LP"), ("place", "Villa Ingenio zona 4")]),
    C("Please fax Wenonah Redsky-Bird's consent to the band office at 807-226-1190. She lives at Shoal Lake 40 ferry landing and the boil-water advisory is still on.", [("name", "Wenonah Redsky-Bird"), ("fax", "807-226-1190"), ("place", "Shoal Lake 40 ferry landing")]),
    C("Our team in Quebec switched from the PHQ-9 to the French-Canadian GAD-7 validation last September and the scores jumped. Is that the translation or the population? The Ordre des psychologues hasn't said anything."),
    C("Does the Colombian Ley 1616 de 2013 require a psychiatrist to sign off on psychotherapy plans for adolescents? A colleague in Antioquia says yes, EPS Sura says no."),
    C("Congolese Belgian Grâce Mbuyi Tshilombo, 22, in Matonge Porte de Namur, phone +32 486 71 49 02. She's Lingala-speaking and has flashbacks from the DRC in 2017.", [("name", "Grâce Mbuyi Tshilombo"), ("place", "Matonge Porte de Namur"), ("phone", "+32 486 71 49 02")]),
    C("Wayuu client Yalitza Epieyú from ranchería Wayuumana, EPS Sura SURA 1124 8807 19. Phone +57 300 417 2281.", [("name", "Yalitza Epieyú"), ("place", "ranchería Wayuumana"), ("health_plan", "SURA 1124 8807 19"), ("phone", "+57 300 417 2281")]),
    C("Does the UKCP or BACP accept Zoom-only training hours for accreditation? I did my Gestalt (Fritz Perls, Laura Perls) training online in Germany during COVID."),
    C("Lithium level came back at 1.1 mmol/L on a Monday after a long Thanksgiving weekend of drinking. Psychiatrist wants to drop to 600 mg; client wants to stop and read Kay Redfield Jamison's An Unquiet Mind instead. How do I hold both?"),
    C("Anyone running DBT skills groups over Zoom for Spanish-speaking teens? Our Medicaid contract in Texas now wants the DERS-16 every Thursday and I'm not sure the Spanish version was normed on Mexican American adolescents."),
    C("fernandinha from vila cruzeiro de cima texted at 2am, again. she's safe.", [("name", "fernandinha"), ("place", "vila cruzeiro de cima")]),
    C("Telehealth log: Marcus DeLuca connected from 73.214.88.19 and again from 2601:5c1:8300:4be0::7f. He's in Port Richmond and says it was his roommate.", [("name", "Marcus DeLuca"), ("ip_address", "73.214.88.19"), ("ip_address", "2601:5c1:8300:4be0::7f"), ("place", "Port Richmond")]),
    C("School shooting 2021: Elijah Brzezinski's mom wants EMDR over Doxy.me, link https://doxy.me/drkowalczyk-oxfordteens. Michigan Medicaid MI 0039184472.", [("name", "Elijah Brzezinski"), ("url", "https://doxy.me/drkowalczyk-oxfordteens"), ("health_plan", "MI 0039184472")]),
    C("The CPA ethics code and the APA ethics code differ on bartering. A farmer in Nova Scotia offered me firewood for sessions. Would you take it?"),
    C("Our clinic page https://www.centropsicologico-sanfermin.es/equipo/irati-goni still shows Irati Goñi Etxarte's testimonial from the 2008 fire. She's in Txantrea Ezkaba plaza.", [("url", "https://www.centropsicologico-sanfermin.es/equipo/irati-goni"), ("name", "Irati Goñi Etxarte"), ("place", "Txantrea Ezkaba plaza")]),
    C("Swedish referral: Linnea Åkerström, personnummer 19870412-4473, 2017 truck attack on the shopping street. Lives at Hagbardsvägen 9, lgh 1102, 163 57 Spånga Solhem.", [("name", "Linnea Åkerström"), ("ssn", "19870412-4473"), ("street_address", "Hagbardsvägen 9, lgh 1102"), ("zip_code", "163 57"), ("place", "Spånga Solhem")]),
    C("Depakote level 95 mcg/mL, ammonia high, and she's tired every Monday after weekend shifts. Psychiatry switched to Lamictal, and now she's scared of the rash warning. Any plain-language handout in French for Quebec?"),
    C("Colombian client Yuli Andrea Mosquera Palacios, cédula 1.077.448.219, landslide 2017, barrio San Miguel de Mocoa alto. Nequi 311 448 2097.", [("name", "Yuli Andrea Mosquera Palacios"), ("ssn", "1.077.448.219"), ("place", "barrio San Miguel de Mocoa alto"), ("account", "311 448 2097")]),
    C("Our group is reading Brené Brown's Atlas of the Heart in the spring term. A Nigerian British colleague finds her vocabulary very American. Any UK alternative on emotion language?"),
    C("The July 2025 Hill Country flood: Hollis Wendt, counsellor at Hunt Crossing cabins, Texas LPC 70436, plate TX RBK-4418.", [("name", "Hollis Wendt"), ("place", "Hunt Crossing cabins"), ("licence", "70436"), ("vehicle", "TX RBK-4418")]),
    C("Idaho client Tate Brannigan (Idaho DL KR218447D), ex-smokejumper, lives in Stites Harpster Grade, phone 208-926-4418.", [("name", "Tate Brannigan"), ("licence", "KR218447D"), ("place", "Stites Harpster Grade"), ("phone", "208-926-4418")]),
    C("Helene flood client Ezekiel Burleson lived on 112 Swannanoa River Rd, Biltmore Village Bottoms, NC 28803. Cash App $ZekeBurleson84.", [("name", "Ezekiel Burleson"), ("street_address", "112 Swannanoa River Rd"), ("place", "Biltmore Village Bottoms"), ("zip_code", "28803"), ("account", "$ZekeBurleson84")]),
    C("EMDRIA Conference in August or ISTSS in November? I can only afford one. I want the most on complex PTSD and dissociation, and the DES-II research."),
    C("Hurricane Maria 2017 in Dominica: Jno-Baptiste Celestine from Pointe Michel upper. Email jbcelestine767@gmail.com.", [("name", "Jno-Baptiste Celestine"), ("place", "Pointe Michel upper"), ("email", "jbcelestine767@gmail.com")]),
    C("How do you handle Yom Kippur with an observant client who wants to hold the session on Zoom that evening? I said no. She said Reform Judaism allows it. I'm Catholic and out of my depth."),
    C("PHQ-A at 18 and the teen wants her Snapchat streaks more than she wants sleep. Anyone using the Jonathan Haidt book The Anxious Generation with parents, or is it too alarmist?"),
    C("A Dutch client on a Zilveren Kruis basic policy wants EMDR with a GZ-psycholoog, but the wait in Limburg is 18 weeks. The BIG-register lists me as a psychotherapeut. Can I see her sooner under the basis GGZ?"),
    C("Strattera 60 mg in a 15-year-old and the parents want to stop over Christmas. Vanderbilt scores were much better in October. I worry about losing the gains before GCSE mocks in January."),
    C("Has anyone been to Jeffrey Young's Schema Therapy training recently? ISST has a new online format. The Scandinavian schema community meets every June, in Danish and English."),
    C("Client Teodoro Caamaño Lijó, noventa e oito no Entroido, Galician, in Muros Louro. His Oticon More 1 hearing aid, SN 44ZK18720 needs a new battery.", [("name", "Teodoro Caamaño Lijó"), ("age_over_89", "noventa e oito no Entroido"), ("place", "Muros Louro"), ("device", "Oticon More 1 hearing aid, SN 44ZK18720")]),
    C("Heads up that Optum changed their telehealth modifier from 95 to GT for Medicare Advantage plans in Arizona and Nevada starting in July. Our claims bounced for two weeks."),
    C("The Assisted Decision-Making (Capacity) Act 2015 came fully into force in Ireland in April 2023. Has anyone been asked to act as a decision supporter? The Decision Support Service forms are confusing."),
    C("Our CAMFT chapter meets Saturday about AB 2194 and the new continuing education on cultural humility. Anyone have a good workshop in Tagalog or Vietnamese for California therapists?"),
    C("Brazilian in Portugal, Thaís Nogueira Brandão, lives at Rua da Bica de Duarte Belo 31, 3.º Esq., 1200-057. MB WAY phone +351 912 448 106.", [("name", "Thaís Nogueira Brandão"), ("street_address", "Rua da Bica de Duarte Belo 31, 3.º Esq."), ("zip_code", "1200-057"), ("account", "+351 912 448 106")]),
    C("My client, a Catholic nun from Poland, wants to talk about her vocation doubts but only during Advent. Is there any writing on working with religious sisters (besides Thomas Merton) that isn't Jungian?"),
    C("Anybody else notice the GAD-7 cut-off of 10 over-identifies Filipino nurses working in Ireland? They endorse worry about family back in the Philippines every week. We now use the WHO-5 as well."),
    C("Client on Vyvanse 50 mg asked whether she can keep taking it through Ramadan. Her GP in Ontario suggested 30 mg at Suhoor only; the CADDRA guidance doesn't really say. Anyone worked this out with a Muslim pharmacist?"),
    C("Group supervision this Wednesday: Jaakko Seikkula's Open Dialogue and how it sits with the Mental Health Act 1983 in England. Please read the chapter on network meetings and bring one case, anonymised."),
    C("Aoife Ní Bhriain-Conneely e-mailed from aoifenibhriain@eircom.net asking for her file under GDPR. She left after session 3 on Tuesday 14 January 2025, 4pm.", [("name", "Aoife Ní Bhriain-Conneely"), ("email", "aoifenibhriain@eircom.net"), ("date", "Tuesday 14 January 2025, 4pm")]),
    C("Fluoxetine 20 mg for an 11-year-old with OCD; CY-BOCS is 26. Parents want ERP but their PPO (Anthem) only has one in-network provider in all of Kentucky. Is parent-led SPACE (Eli Lebowitz) a fair first step?"),
    C("The 2020 tornado: Quintavious Mabry from Buena Vista Heights. TennCare ID TC 44710982.", [("name", "Quintavious Mabry"), ("place", "Buena Vista Heights"), ("health_plan", "TC 44710982")]),
    C("Ontario psychotherapist registration for our new colleague Fatima Zahra El-Mansouri: CRPO 007362. She sees clients in Kanata Hazeldean.", [("name", "Fatima Zahra El-Mansouri"), ("licence", "007362"), ("place", "Kanata Hazeldean")]),
    C("Brazilian client Thiago Pereira dos Santos, CPF 418.772.093-51, Kiss nightclub 2013, lives at Rua Appel 412, ap. 302, 97015-030. Unimed 0 418 772093 00.", [("name", "Thiago Pereira dos Santos"), ("ssn", "418.772.093-51"), ("street_address", "Rua Appel 412, ap. 302"), ("zip_code", "97015-030"), ("health_plan", "0 418 772093 00")]),
    C("Invega Sustenna monthly injection plus weekly CBTp. The client in Colorado wants to stop after Thanksgiving. The NAMI family group says wait till spring. What's the evidence?"),
    C("Question on Tarasoff in California versus the duty to warn in Washington: a client disclosed intent toward his landlord last Friday. I consulted CAMFT's legal line. Anyone else had a Washington-licensed view?"),
    C("Ramona Chirilă-Duca, nouăzeci și unu de Paști, from Rășinari Cânepiște.", [("name", "Ramona Chirilă-Duca"), ("age_over_89", "nouăzeci și unu de Paști"), ("place", "Rășinari Cânepiște")]),
    C("Dollar General shooting 2023: Reginald Oduya-Banks, lives in New Town Kings Road, Florida Medicaid FL 7729104486. Phone (904) 661-2840.", [("name", "Reginald Oduya-Banks"), ("place", "New Town Kings Road"), ("health_plan", "FL 7729104486"), ("phone", "(904) 661-2840")]),
    C("Client Marguerite Desrosiers found her own notes on http://cliniquelacolline.ca/dossiers/desrosiers_m.pdf. The clinic is in Sainte-Rose Vieux-Village. I'm shaking.", [("name", "Marguerite Desrosiers"), ("url", "http://cliniquelacolline.ca/dossiers/desrosiers_m.pdf"), ("place", "Sainte-Rose Vieux-Village")]),
    C("Client from Puerto Rico struggles after Hurricane Fiona. She's on Lexapro 10 mg and sees me weekly. Our FEMA crisis counseling grant ended in December. Any continuation funding ideas?"),
    C("Church shooting client (2017) Wade Holcombe, ninety-one by the church register, on 210 FM 539, TX 78161. Daughter's number 830-447-1938.", [("name", "Wade Holcombe"), ("age_over_89", "ninety-one by the church register"), ("street_address", "210 FM 539"), ("zip_code", "78161"), ("phone", "830-447-1938")]),
    C("Shared folder link https://drive.google.com/drive/folders/1kQ8xZ4rT7bHyl0vOmK-santiago-ruiz has Santiago Ruiz Cabrales's assessment in it. Please restrict it. He's in Colonia Las Águilas tercera.", [("url", "https://drive.google.com/drive/folders/1kQ8xZ4rT7bHyl0vOmK-santiago-ruiz"), ("name", "Santiago Ruiz Cabrales"), ("place", "Colonia Las Águilas tercera")]),
    C("The tram crash survivor I mentioned, Delroy Amankwah-Phillips, wants to pay by bank transfer: sort code 77-04-62, account 53018846. Is that OK or should I use the practice's card machine?", [("name", "Delroy Amankwah-Phillips"), ("account", "77-04-62"), ("account", "53018846")]),
    C('Retired firefighter Desmond "Dessie" Costigan, ninety-six this Easter, lives in Artane Cross Cottages. Daughter: +353 86 772 4410.', [("name", 'Desmond "Dessie" Costigan'), ("age_over_89", "ninety-six this Easter"), ("place", "Artane Cross Cottages"), ("phone", "+353 86 772 4410")]),
    C("First session tomorrow with a Sámi teenager who speaks North Sámi at home and Norwegian at school. Any resources on SANKS or culturally adapted CBT in Finnmark-type settings would be welcome before Thursday."),
    C("Just passed the NCMHCE. For anyone sitting it in the spring, the NBCC practice cases help more than any book. Also Gerald Corey's Theory and Practice of Counseling and Psychotherapy."),
    C("Ewan Cathcart's Medtronic MiniMed 780G pump, SN NG2947718H alarms in sessions. His mum is on 07481 220 336. They live in Stenhousemuir Tryst Park.", [("name", "Ewan Cathcart"), ("device", "Medtronic MiniMed 780G pump, SN NG2947718H"), ("phone", "07481 220 336"), ("place", "Stenhousemuir Tryst Park")]),
    C("Rexulti 1 mg was added for agitation in Alzheimer's and the family in Ohio is asking me, the therapist, about the FDA boxed warning. How much do you say when it's out of scope?"),
    C("Shipibo client Ronin Koshi Rengifo, from Cantagallo Shipibo community, email ronin.koshi@gmail.com. Fire of 2016 burned their homes.", [("name", "Ronin Koshi Rengifo"), ("place", "Cantagallo Shipibo community"), ("email", "ronin.koshi@gmail.com")]),
    C("Sertraline 100 mg plus Wellbutrin XL 150 mg and now her NP in Oregon has added Abilify 2 mg. The AIMS was clean in November. I'd love a pharmacist's view before our Friday consult."),
    C("Pay the invoice to Tegan Prosser at IBAN GB71 BARC 2004 1855 3019 74. She's the interpreter from Trefechan Harbour Flats who did the Polish sessions.", [("name", "Tegan Prosser"), ("account", "GB71 BARC 2004 1855 3019 74"), ("place", "Trefechan Harbour Flats")]),
    C("I use the WEMWBS in Scotland, where it's standard. A Gaelic-speaking client asked for it in Gàidhlig. Is there a version from NHS Scotland or Bòrd na Gàidhlig?"),
    C("Has anyone read Gabor Maté's The Myth of Normal with a client in early recovery from fentanyl? The Hungarian-Canadian angle resonated with her grandfather's story from Hungary."),
    C("Has anyone used Lori Gottlieb's Maybe You Should Talk to Someone with a supervisee? I pair it with Irvin Yalom's The Gift of Therapy and it sparked a good fight about self-disclosure in our AAMFT group."),
    C("Beach crush survivor Femke Oosterhuis, 15-08-2024, tel +31 6 4419 8823. She lives on Hogeweg 72 rood, 2042 GL.", [("name", "Femke Oosterhuis"), ("date", "15-08-2024"), ("phone", "+31 6 4419 8823"), ("street_address", "Hogeweg 72 rood"), ("zip_code", "2042 GL")]),
    C("Which of you uses the Columbia protocol (C-SSRS) screen version in Spanish with Dominican clients? Some items feel literal. The Puerto Rican version reads better."),
    C("Quebec client Jean-Sébastien Tremblay-Gagnon, permis T6512-190884-07, plate Québec F41 KRT. Lives at 2218 rue des Érables, app. 3, Rivière-du-Moulin côte des Érables, G7G 2K5.", [("name", "Jean-Sébastien Tremblay-Gagnon"), ("licence", "T6512-190884-07"), ("vehicle", "Québec F41 KRT"), ("street_address", "2218 rue des Érables, app. 3"), ("place", "Rivière-du-Moulin côte des Érables"), ("zip_code", "G7G 2K5")]),
    C("Trinidadian client Rajendra Ramsaroop, Hindu, ninety-four this Divali, from Penal Rock Road Settlement. NIS 10418820.", [("name", "Rajendra Ramsaroop"), ("age_over_89", "ninety-four this Divali"), ("place", "Penal Rock Road Settlement"), ("ssn", "10418820")]),
    C("Romanian client Alexandru-Mihai Stoica, CNP 1940615403914, survived the 2015 club fire. Lives Str. Ghirlandei nr. 7, bl. 31, ap. 58, 062141 Drumul Taberei Parcul Moghioroș colț.", [("name", "Alexandru-Mihai Stoica"), ("ssn", "1940615403914"), ("street_address", "Str. Ghirlandei nr. 7, bl. 31, ap. 58"), ("zip_code", "062141"), ("place", "Drumul Taberei Parcul Moghioroș colț")]),
    C("Our ESTSS chapter is collecting trauma measures in Balkan languages: Serbian, Croatian, Bosnian, Albanian and Macedonian. If you've used the ITQ in any of these, please reply by Friday."),
    C("Hurricane Ida 2021: Lorraine Pettaway lived in a basement flat at 62-18 Woodhaven Blvd, Bsmt, 11375.", [("name", "Lorraine Pettaway"), ("street_address", "62-18 Woodhaven Blvd, Bsmt"), ("zip_code", "11375")]),
    C("Petar Gjorgjievski and Vesna Gjorgjievska are grieving the club fire. They live in Gorno Gradište.", [("name", "Petar Gjorgjievski"), ("name", "Vesna Gjorgjievska"), ("place", "Gorno Gradište")]),
    C("The bombing support website https://www.omaghhealing-together.org/clients/ronan-mcelduff still lists Ronan McElduff's story with his photo. He wants it taken down.", [("url", "https://www.omaghhealing-together.org/clients/ronan-mcelduff"), ("name", "Ronan McElduff")]),
    C("Portuguese client Rui Pedro Sarmento, the 2017 October fires, from Vila Nova de Poiares Arrifana. NIF 219 384 776, SNS utente 281 940 557.", [("name", "Rui Pedro Sarmento"), ("place", "Vila Nova de Poiares Arrifana"), ("ssn", "219 384 776"), ("health_plan", "281 940 557")]),
    C("Fax for the memory clinic: +44 1224 558 902. Referral for Morag Buchan-Strachan, ninety-seven this Burns Night, from Fraserburgh Kinnaird Head cottages. She was a herring gutter.", [("fax", "+44 1224 558 902"), ("name", "Morag Buchan-Strachan"), ("age_over_89", "ninety-seven this Burns Night"), ("place", "Fraserburgh Kinnaird Head cottages")]),
    C("Steven Hayes's A Liberated Mind is on offer in the Kindle store this weekend. Also a reminder that the ACBS World Conference abstracts close in February."),
    C("Ref from the Manx crisis team: Juan Quayle-Kinvig, Ballaugh Curraghs Farm, NHI IOM 718 442 9. He speaks a bit of Manx and wants Zoom only.", [("name", "Juan Quayle-Kinvig"), ("place", "Ballaugh Curraghs Farm"), ("medical_record", "IOM 718 442 9")]),
    C("The 2021 Texas freeze: Guadalupe Ybarra Cisneros, noventa y dos años el día de la Virgen, oxygen concentrator Inogen One G5, SN 1984220417 died. Lives in Magnolia Park.", [("name", "Guadalupe Ybarra Cisneros"), ("age_over_89", "noventa y dos años el día de la Virgen"), ("device", "Inogen One G5, SN 1984220417"), ("place", "Magnolia Park")]),
    C("Reading group on Frantz Fanon's Black Skin, White Masks and The Wretched of the Earth, both in French and English, on Tuesdays in February. Martinican and Algerian perspectives welcome."),
    C("Lead water crisis: Amarion Lockett, 10, lead level 9 µg/dL in 2015, Hurley MRN HMC 01847723, lives on 2714 Mason St, 48505.", [("name", "Amarion Lockett"), ("medical_record", "HMC 01847723"), ("street_address", "2714 Mason St"), ("zip_code", "48505")]),
    C("The Finnish school shooting group meets at Jokela Koulutie pavilion. Riikka Halonen will lead; her Valvira number is 107782461.", [("place", "Jokela Koulutie pavilion"), ("name", "Riikka Halonen"), ("licence", "107782461")]),
    C("Please send the letter to Idris Madoc-Jones at Tŷ Gwyn, Heol y Dderwen, Pontrhydfendigaid, SY25 6BP. He doesn't do email.", [("name", "Idris Madoc-Jones"), ("street_address", "Tŷ Gwyn, Heol y Dderwen"), ("place", "Pontrhydfendigaid"), ("zip_code", "SY25 6BP")]),
    C("portal log: 2a00:23c7:5d8e:ff01::1a4 logged in as cormac devlin-mcaleer from carrickmore glebe. not him, he says his cousin has his password.", [("ip_address", "2a00:23c7:5d8e:ff01::1a4"), ("name", "cormac devlin-mcaleer"), ("place", "carrickmore glebe")]),
    C("Supervision: Lorenzo Abbondanza from Ponticelli Lotto Zero keeps cancelling. Do I discharge?", [("name", "Lorenzo Abbondanza"), ("place", "Ponticelli Lotto Zero")]),
    C("Our Belgian client Wouter Vandenbroucke was at the airport in March 2016. Rijksregister 85.07.14-223.61, lives Kerkstraat 118 bus 4, B-1931 Nossegem-Dorp.", [("name", "Wouter Vandenbroucke"), ("ssn", "85.07.14-223.61"), ("street_address", "Kerkstraat 118 bus 4"), ("zip_code", "B-1931"), ("place", "Nossegem-Dorp")]),
    C("Chinese Italian client Hu Xiaoling in via Pistoiese Macrolotto, garment worker. Email xiaoling.hu88@163.com. She asked whether Mandarin sessions are available on Sundays.", [("name", "Hu Xiaoling"), ("place", "via Pistoiese Macrolotto"), ("email", "xiaoling.hu88@163.com")]),
    C("Burnout check: I saw 31 clients this week, three of them after a Sunday of paperwork. The BACP Ethical Framework says self-care is an ethical duty. Not sure how to square that with private practice rent."),
    C("Czech client Vojtěch Doležal, rodné číslo 960418/3317, 2024 floods in Krnov Kostelec ulice. VZP 9604183317, plate 8T3 9141.", [("name", "Vojtěch Doležal"), ("ssn", "960418/3317"), ("place", "Krnov Kostelec ulice"), ("health_plan", "9604183317"), ("vehicle", "8T3 9141")]),
    C("Charité MRN for Leyla Demirtaş: CH-PID 40918273. She was at the Christmas market in 2016 and has a Dexcom G7 receiver, SN 7E4K2-91883 she drops when startled.", [("name", "Leyla Demirtaş"), ("medical_record", "CH-PID 40918273"), ("device", "Dexcom G7 receiver, SN 7E4K2-91883")]),
    C("We added an Ojibwe-language grief circle led by an Elder from Manitoba. The Canadian Psychological Association's TRC response says Indigenous-led. How do I bill NIHB for it?"),
    C("Is anyone offering Narrative Therapy (Michael White and David Epston) in Spanish to Chilean clients after the Estallido? I'd love to swap externalising questions that work in Chilean Spanish."),
    C("Eritrean client Filmon Tesfamariam Ghebru, in the Netherlands since 2015, lives at Goudsbloemstraat 44-II, 3531 TK Lombok-Oost. Phone 06 2819 4470.", [("name", "Filmon Tesfamariam Ghebru"), ("street_address", "Goudsbloemstraat 44-II"), ("zip_code", "3531 TK"), ("place", "Lombok-Oost"), ("phone", "06 2819 4470")]),
    C("Trazodone 50 mg for sleep, and the client also takes St John's wort from a Polish shop. Any interaction concerns beyond serotonin? Her pharmacist in Illinois was vague."),
    C("Quick poll: EMDR or Narrative Exposure Therapy for Ukrainian adolescents who arrived in Poland in March 2022? Both sit in the WHO mhGAP materials but our NFZ funder only reimburses EMDR Europe-accredited clinicians."),
    C('My Irish client uses the word "grand" for everything including suicidal thoughts. PHQ-9 item 9 scored 0. Any tips from those working in Ireland on reading Hiberno-English understatement?'),
    C("Spanish client on Adeslas asking whether her Sanitas sessions from last year count towards the 20 per year. I told her I don't know Spain's private insurance rules. Does anyone?"),
    C("Cajun client Landry Broussard, quatre-vingt-dix-neuf, ninety-nine, at the Boucherie, lives at 1612 Chemin Metairie Pkwy, Youngsville Milton corner, LA 70592.", [("name", "Landry Broussard"), ("age_over_89", "quatre-vingt-dix-neuf, ninety-nine, at the Boucherie"), ("street_address", "1612 Chemin Metairie Pkwy"), ("place", "Youngsville Milton corner"), ("zip_code", "70592")]),
    C("The hospital fax +49 69 6301 4482 bounced. Discharge for Volkan Aydoğdu, 18.03.2025, living at Griesheim Nord Ahornstraße block.", [("fax", "+49 69 6301 4482"), ("name", "Volkan Aydoğdu"), ("date", "18.03.2025"), ("place", "Griesheim Nord Ahornstraße block")]),
    C("Prazosin 5 mg for nightmares isn't working. The VA/DoD guideline (2023) downgraded it. A Marine veteran in Virginia asked about Imagery Rehearsal Therapy (Barry Krakow). Anyone trained?"),
    C("Ahmad Zia Rahimi-Sultani from the Afghan evacuation lives in a Dutch AZC at Budel-Cranendonck camp. V-nummer V-2871004412. Email az.rahimi2021@outlook.com.", [("name", "Ahmad Zia Rahimi-Sultani"), ("place", "Budel-Cranendonck camp"), ("ssn", "V-2871004412"), ("email", "az.rahimi2021@outlook.com")]),
    C("Is anyone doing climate anxiety groups after the heat waves in Spain and Portugal? Clients cite the IPCC report, and one asked whether she should have kids. The APA has a Climate Change toolkit."),
    C("New Dutch GGZ rules from January require the ROM with the OQ-45 or SQ-48. Several Turkish and Moroccan clients find the SQ-48 confusing. Are there Turkish or Arabic versions normed in the Netherlands?"),
    C("The new EU AI Act and GDPR: are AI note-taking tools like Heidi Health or Otter allowed in Germany and France? Our DPO said no. The CNIL has a statement in French."),
    C("EFT-trained folks: do you use the ECR-R in French with couples from Belgium? The Wallonia version seems different from France's. Our Mutualité chrétienne reimburses eight sessions."),
    C("The Icelandic translation of the DASS-21 is all we have for a client from Iceland living in Denmark. She'd rather speak Danish in session. Should I score it with Danish norms?"),
    C("Holiday cover rota: I'm off from Christmas Eve to Epiphany, back in the second week of January. The Thursday DBT group runs as usual; please use the Jane App waitlist rather than WhatsApp for new referrals."),
    C("I'm running a Day of the Dead remembrance group in November for Mexican and Salvadoran clients grieving relatives lost on the migration route. Any ofrenda-based grief work resources in Spanish?"),
    C("Alsatian client Odile Schneider-Koehly, nonante-deux ans à la Saint-Nicolas, lives at 3 rue des Vignerons, 68750 Riquewihr-Haut.", [("name", "Odile Schneider-Koehly"), ("age_over_89", "nonante-deux ans à la Saint-Nicolas"), ("street_address", "3 rue des Vignerons"), ("zip_code", "68750"), ("place", "Riquewihr-Haut")]),
    C("Serbian client Dragana Stojanović-Ilić, JMBG 2403977715018, lost her son in the 2023 village shooting near Dubona Malo Orašje. Plate BG 418-KĆ.", [("name", "Dragana Stojanović-Ilić"), ("ssn", "2403977715018"), ("place", "Dubona Malo Orašje"), ("vehicle", "BG 418-KĆ")]),
    C("Purificación Mármol Ortega, noventa y cinco años por San Isidro, lived through the 2011 Murcia quake. Address calle Alporchones 18, 2º B, 30800 barrio de San Cristóbal de Lorca.", [("name", "Purificación Mármol Ortega"), ("age_over_89", "noventa y cinco años por San Isidro"), ("street_address", "calle Alporchones 18, 2º B"), ("zip_code", "30800"), ("place", "barrio de San Cristóbal de Lorca")]),
    C("Miskito client Dorinda Kittle Blandón, noventa y uno en la Purísima, from Sandy Bay Tara. Nicaraguan cédula 607-180934-0001K.", [("name", "Dorinda Kittle Blandón"), ("age_over_89", "noventa y uno en la Purísima"), ("place", "Sandy Bay Tara"), ("ssn", "607-180934-0001K")]),
    C("CMS finally lets LMFTs and LMHCs bill Medicare from January 2024. Has anyone in Idaho or Montana actually been paid yet? The PECOS enrollment sat for three months."),
    C("Sardinian Efisio Murgia Piras, fire of 2021 in Cuglieri Su Pranu, asks if sessions can be in Sardu. Phone 0785 399 218. He's on Lexapro 10 mg.", [("name", "Efisio Murgia Piras"), ("place", "Cuglieri Su Pranu"), ("phone", "0785 399 218")]),
    C("Lapu-Lapu Day festival 2025: Filipino Canadian Ma. Cristina Dela Peña, Sunset Fraser Street block, email cristinadelapena.bc@shaw.ca. Her SIN is 447 218 903.", [("name", "Ma. Cristina Dela Peña"), ("place", "Sunset Fraser Street block"), ("email", "cristinadelapena.bc@shaw.ca"), ("ssn", "447 218 903")]),
    C("The Lakanal fire housing officer, Obafemi Adeyinka-Stone, wants my HCPC number. It's PYL041893. Is there any reason not to give it?", [("name", "Obafemi Adeyinka-Stone"), ("licence", "PYL041893")]),
    C("Japanese-Brazilian client Ayumi Tanaka Okada in Liberdade Galvão Bueno. Email ayumi.tokada@uol.com.br. CRP of her ex-therapist CRP 06/173904.", [("name", "Ayumi Tanaka Okada"), ("place", "Liberdade Galvão Bueno"), ("email", "ayumi.tokada@uol.com.br"), ("licence", "CRP 06/173904")]),
    C("The new NICE guideline on self-harm (NG225) says no risk tools to predict suicide, but our trust still makes us fill in the Sainsbury form every Tuesday. How are other NHS teams squaring that with the CQC?"),
    C("Carer's Allowance query for Shona Gillespie-Rae: NINO NR 61 88 20 B. She cares for her mum in Kirkmuirhill Steadings.", [("name", "Shona Gillespie-Rae"), ("ssn", "NR 61 88 20 B"), ("place", "Kirkmuirhill Steadings")]),
    C("Bataclan survivor Anaïs Benhamou-Roux wants to pay by virement: IBAN FR76 3000 4015 9600 0101 3642 918. Her Vitale is 2 91 03 75 112 448 27.", [("name", "Anaïs Benhamou-Roux"), ("account", "FR76 3000 4015 9600 0101 3642 918"), ("health_plan", "2 91 03 75 112 448 27")]),
    C("Big thanks to everyone who joined Monday's peer consult on Prolonged Grief Disorder Therapy (Katherine Shear). Slides are on the Google Drive. Next is on Complicated Grief in Children."),
    C("Hurricane Ian: Marisol Quiñones-Echevarría, Medicare MBI 7TK4-WN8-QR62, San Carlos Island Trailer Park lot 37. Fax from her PCP: (239) 481-7702.", [("name", "Marisol Quiñones-Echevarría"), ("health_plan", "7TK4-WN8-QR62"), ("place", "San Carlos Island Trailer Park lot 37"), ("fax", "(239) 481-7702")]),
    C("Question about the Mental Capacity Act 2005 and Lasting Power of Attorney: a client with early Alzheimer's (MoCA 21) wants to sign one in Welsh. Is the Office of the Public Guardian fine with that in Wales?"),
    C("Costa Rican client Esteban Quesada Arroyo, cédula 1-1442-0871, CCSS 114420871, lives de la iglesia 200 m norte, casa 14, San Rafael de Escazú Bello Horizonte.", [("name", "Esteban Quesada Arroyo"), ("ssn", "1-1442-0871"), ("health_plan", "114420871"), ("street_address", "de la iglesia 200 m norte, casa 14"), ("place", "San Rafael de Escazú Bello Horizonte")]),
    C("Olanzapine 10 mg and the weight gain is 14 kg since July. She now has metabolic syndrome (HbA1c 6.4%). Psychiatrist wants to add Metformin. I'm thinking about motivational work on her priorities."),
    C("Client Precious Mhlanga-Reid (Zimbabwean, nurse in the NHS) had her car broken into: LJ71 HKF. It was outside Heywood Moss Nursing Home.", [("name", "Precious Mhlanga-Reid"), ("vehicle", "LJ71 HKF"), ("place", "Heywood Moss Nursing Home")]),
    C("Anyone using the CRAFFT 2.1 in Spanish with teens in New Mexico? We got a lot of positives on the cannabis items after legalisation. SBIRT training is in March."),
    C("Hamid Noorzai Barakzai's phone IMEI is IMEI 356938114820774 - the police tracked it to his uncle's flat in Hasenbergl Nord. Date of the report: 3 March 2025, 11:40.", [("name", "Hamid Noorzai Barakzai"), ("device", "IMEI 356938114820774"), ("place", "Hasenbergl Nord"), ("date", "3 March 2025, 11:40")]),
    C("The 2013 Alvia train crash: Xoán Castiñeira Pazos, still in Angrois de Arriba, tel 981 584 277. He hears the train every night.", [("name", "Xoán Castiñeira Pazos"), ("place", "Angrois de Arriba"), ("phone", "981 584 277")]),
    C("I'm curious about Emotionally Focused Individual Therapy (EFIT) for a Swiss German client who feels stiff speaking Standard German. Is Schweizerdeutsch in session normal?"),
    C("Diné client Darrell Begay-Yazzie from Rough Rock chapter, IHS chart IHS-CHN 0447891, on the reservation. Sessions by phone 928-728-1406 only.", [("name", "Darrell Begay-Yazzie"), ("place", "Rough Rock chapter"), ("medical_record", "IHS-CHN 0447891"), ("phone", "928-728-1406")]),
    C("Carys Bevan-Lloyd, grandchild of a 1966 tip disaster survivor, asked me to drive her to the memorial garden. My car is CF19 WXB, parked at Pantglas Chapel car park. I said no, but I'd love opinions.", [("name", "Carys Bevan-Lloyd"), ("vehicle", "CF19 WXB"), ("place", "Pantglas Chapel car park")]),
    C("Malta referral: Carmen Grech Zammit, ID 0218465M, from Marsaxlokk Kalanka. She survived the 2022 migrant rescue as a volunteer. +356 7942 1183.", [("name", "Carmen Grech Zammit"), ("ssn", "0218465M"), ("place", "Marsaxlokk Kalanka"), ("phone", "+356 7942 1183")]),
    C("Maria 2017: Carmen Iris Feliciano Ocasio, noventa y siete para el Día de Reyes, home on Calle Flamboyán 18, Esperanza Monte Santo, PR 00775.", [("name", "Carmen Iris Feliciano Ocasio"), ("age_over_89", "noventa y siete para el Día de Reyes"), ("street_address", "Calle Flamboyán 18"), ("place", "Esperanza Monte Santo"), ("zip_code", "00775")]),
    C("IMSS NSS 42178815372 for Ramiro Tzintzun, Purépecha, from Cherán K'eri barrio primero. Plate PFR-418-A Michoacán.", [("ssn", "42178815372"), ("name", "Ramiro Tzintzun"), ("place", "Cherán K'eri barrio primero"), ("vehicle", "PFR-418-A")]),
    C("Our old website still links http://www.terapiafamiliar-alameda.mx/casos/galindo-2019.html, which names Renata Galindo Ruelas. She's in Colonia Alameda Sur-Ponce and furious.", [("url", "http://www.terapiafamiliar-alameda.mx/casos/galindo-2019.html"), ("name", "Renata Galindo Ruelas"), ("place", "Colonia Alameda Sur-Ponce")]),
    C("IT says the login attempts to our portal came from 86.41.209.17 and were Kieran Fahy's brother-in-law. Kieran lives in Knocknacarra Heights and is safe.", [("ip_address", "86.41.209.17"), ("name", "Kieran Fahy"), ("place", "Knocknacarra Heights")]),
    C("Swiss referral: Gian-Andrea Caflisch, Romansh speaker, from Sent Plaz Grond. AHV 756.4412.8839.07, Helsana HEL 80.339.217. Avalanche survivor.", [("name", "Gian-Andrea Caflisch"), ("place", "Sent Plaz Grond"), ("ssn", "756.4412.8839.07"), ("health_plan", "HEL 80.339.217")]),
    C("Austrian e-card for Magdalena Schwarzenbacher: SVNr 4193 120884. She's at Hauptplatz 9/3/14, 8940 Liezen-Weißenbach. Avalanche of 1999 in her family.", [("name", "Magdalena Schwarzenbacher"), ("ssn", "4193 120884"), ("street_address", "Hauptplatz 9/3/14"), ("zip_code", "8940"), ("place", "Liezen-Weißenbach")]),
    C("Reminder for Tomasz Kaczmarczyk: session moved to wtorek, 1 kwietnia, Poradnia na Zaspie. His link is https://meet.jit.si/poradnia-zaspa-tk0104.", [("name", "Tomasz Kaczmarczyk"), ("date", "wtorek, 1 kwietnia"), ("place", "Poradnia na Zaspie"), ("url", "https://meet.jit.si/poradnia-zaspa-tk0104")]),
    C("Chilean client Catalina Huenchullán, Mapuche, RUN 17.903.774-K, 2010 tsunami in Constitución Isla Orrego. Fonasa tramo B, 17903774.", [("name", "Catalina Huenchullán"), ("ssn", "17.903.774-K"), ("place", "Constitución Isla Orrego"), ("health_plan", "17903774")]),
    C("Korean American Kim Seo-yeon Hadley after the 2021 spa shootings, lives in Pleasant Hill Plaza townhomes, GA DL 058119447.", [("name", "Kim Seo-yeon Hadley"), ("place", "Pleasant Hill Plaza townhomes"), ("licence", "058119447")]),
    C("Acadian client Réjeanne LeBlanc-Cormier, quatre-vingt-dix-sept ans à l'Assomption, NB Medicare NB 104 882 379, lives Memramcook Lakeville.", [("name", "Réjeanne LeBlanc-Cormier"), ("age_over_89", "quatre-vingt-dix-sept ans à l'Assomption"), ("health_plan", "NB 104 882 379"), ("place", "Memramcook Lakeville")]),
    C("Reading group for January: Bessel van der Kolk's The Body Keeps the Score (2014) against Judith Herman's Trauma and Recovery (1992). Bring your PCL-5 questions and something on the ICD-11 complex PTSD criteria."),
    C("Can I text Jade Corrigan on 07912 884 105? She's 17 and lives in the Creggan Heights flats.", [("name", "Jade Corrigan"), ("phone", "07912 884 105"), ("place", "Creggan Heights flats")]),
    C("The DSM-5-TR added prolonged grief disorder; ICD-11 has it as 6B42. A bereaved Mexican mother in Arizona meets criteria at 13 months but celebrates Día de Muertos fully. How do you weigh culture?"),
    C("Haitian client Widmaïca Joseph-Desir, NIF 004-418-277-9, Hurricane Matthew 2016 in Port-Salut Rendel. Phone +509 3418 2290.", [("name", "Widmaïca Joseph-Desir"), ("ssn", "004-418-277-9"), ("place", "Port-Salut Rendel"), ("phone", "+509 3418 2290")]),
    C("Outlet mall shooting 2023: Priyanka Ramaswamy-Lee, Texas DL 41877209, Blue Cross member ID ZGP914408221. Lives in Twin Creeks Estates.", [("name", "Priyanka Ramaswamy-Lee"), ("licence", "41877209"), ("health_plan", "ZGP914408221"), ("place", "Twin Creeks Estates")]),
    C("Argentine client Florencia Berardi, DNI 28.447.109, Cromañón 2004 survivor, lives Av. Rivadavia 4418, 6° B, C1424CEP. OSDE 61 448219 01.", [("name", "Florencia Berardi"), ("ssn", "28.447.109"), ("street_address", "Av. Rivadavia 4418, 6° B"), ("zip_code", "C1424CEP"), ("health_plan", "61 448219 01")]),
    C("Telehealth log for Ludovica Santangelo: sessions from 151.38.204.77 on 04/02/2025 and 11/02/2025. She's in Borgo Sabotino and on Trintellix 10 mg.", [("name", "Ludovica Santangelo"), ("ip_address", "151.38.204.77"), ("date", "04/02/2025"), ("date", "11/02/2025"), ("place", "Borgo Sabotino")]),
    C("Client with ARFID, 14, on Periactin 4 mg from the paediatrician. The Pica, ARFID and Rumination Disorder Interview (PARDI) took ages. Anyone in Canada doing CBT-AR (Thomas and Eddy)?"),
    C("The Oregon Health Plan now covers traditional health workers and doulas. Anyone know if peer support for psilocybin services under Measure 109 is billable?"),
    C("Swedish IBAN for Hassan Abdirahman Warsame's refund: SE35 5000 0000 0549 1000 0003. He's in Tensta Gullingeplan.", [("name", "Hassan Abdirahman Warsame"), ("account", "SE35 5000 0000 0549 1000 0003"), ("place", "Tensta Gullingeplan")]),
    C("Client read Johann Hari's Lost Connections and now thinks her Lexapro is pointless. Psychiatrist in New Jersey is annoyed. I want to honour the book's points without fuelling abrupt discontinuation."),
    C("Looking for literature on Haitian Vodou and PTSD for a client in Quebec. I know Guerda Nicolas has written on Haitian mental health. Anything else in French or Kreyòl?"),
    C("An Armenian client wants to work on the Genocide's intergenerational grief during April. Any reading besides Peter Balakian's The Burning Tigris and Black Dog of Fate?"),
    C("The 2011 island attack survivor Sigrid Haugland Bakke, now 31, fødselsnummer 140793 48216, lives in Skoleveien 14 H0203, 3520 Jevnaker Bråtan. Vipps to 481 22 907 for the co-pay.", [("name", "Sigrid Haugland Bakke"), ("ssn", "140793 48216"), ("street_address", "Skoleveien 14 H0203"), ("zip_code", "3520"), ("place", "Jevnaker Bråtan"), ("account", "481 22 907")]),
    C("Rigopiano avalanche survivor Ilaria Di Marzio works at Farindola Mulino Vecchio. Email ilaria.dimarzio@libero.it. She's 38 and can't go near snow.", [("name", "Ilaria Di Marzio"), ("place", "Farindola Mulino Vecchio"), ("email", "ilaria.dimarzio@libero.it")]),
    C("Mi'kmaw client Shannon Paul-Marshall from Eskasoni Castle Bay Road, phone 902-379-2281, email shannonpaulm@eskasoni.ca.", [("name", "Shannon Paul-Marshall"), ("place", "Eskasoni Castle Bay Road"), ("phone", "902-379-2281"), ("email", "shannonpaulm@eskasoni.ca")]),
    C("Mathis Kremer-Weber, Luxembourg, matricule 1984 0612 418, CNS 19840612 418 02. He lives at 12, rue des Prés, L-9181 Tadler-Moulin.", [("name", "Mathis Kremer-Weber"), ("ssn", "1984 0612 418"), ("health_plan", "19840612 418 02"), ("street_address", "12, rue des Prés"), ("zip_code", "L-9181"), ("place", "Tadler-Moulin")]),
    C("Afia Serwaa Boateng logged in from 92.40.177.218 at Thamesmead Lakeside Centre library. She's a Ghanaian British student and fine with it.", [("name", "Afia Serwaa Boateng"), ("ip_address", "92.40.177.218"), ("place", "Thamesmead Lakeside Centre")]),
    C("Ilse Van Damme-Gielen and Jozef Van Damme-Peeters are from Lommel Kolonie. They lost their son in the 2012 coach crash.", [("name", "Ilse Van Damme-Gielen"), ("name", "Jozef Van Damme-Peeters"), ("place", "Lommel Kolonie")]),
    C("Pristiq 50 mg caused sweating. Psychiatrist suggested Effexor XR 75 mg instead. Client says that's the same drug. Is she right? I'd rather know before Monday than guess."),
    C("A teacher from the 2022 school shooting, Rosalinda Zamora, moved to Concan River Bend. TRS-Care TRS 22098117.", [("name", "Rosalinda Zamora"), ("place", "Concan River Bend"), ("health_plan", "TRS 22098117")]),
    C("Spanish client Begoña Etxeberria Larrañaga, DNI 72194836R, from Aiete Goiko barrio. Sanitas SAN 0048 2219 7731. She survived the 2017 Rambla attack on a school trip.", [("name", "Begoña Etxeberria Larrañaga"), ("ssn", "72194836R"), ("place", "Aiete Goiko"), ("health_plan", "SAN 0048 2219 7731")]),
]

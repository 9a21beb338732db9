"""SIXTY-SIXTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), scripts/ or bench/,
did not run the guard, bench/guard_eval.py or any test that imports or
runs the guard, did not run git log or git status at all (no commit
message or diff of any commit was read), and did not read README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or the snippets
of eval_set.py, dev_extra.py, locked_set.py or locked_set_2.py ...
locked_set_65.py (set 67, written at the same time in another worktree,
was not seen at all).  What was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_64.py and locked_set_62.py
(the dense sets this one is modelled on), each printed once, on its own,
up to its closing triple quote (none of their cases); the first 25 lines
of tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and,
separately, its last three lines (two snippets, for the file format;
none of their sentences was copied); the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of
that file); and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  No reading was cut by the
terminal or printed twice, and no slip of the reading rule occurred.
The header of this file (the import of EvalCase, the alias "C =
EvalCase" and the name LOCKED66_CASES) was written from the format of
set 13's tail and the test's module and attribute names, not read from
another set.  The overlap filter described below imported the earlier
sets and printed only this set's own clashing strings.  The only test
run was test_locked_sets.py (selected with -k 66); ruff was run on this
file and on that test file.  Every snippet is set in Europe and the
Americas (the Caribbean, Central and South America, Canada, the US, the
UK and Ireland, the Nordic countries and Iceland, the Balkans, Iberia,
the Alps, Central and Eastern Europe and the Caucasus) and in diasporas
there (Somalis in Sweden and Minnesota, Eritreans in Sweden and Italy,
Afghans in Italy and Canada, Ukrainians in Poland, Ireland, Estonia,
Lithuania and Germany, Cubans and Venezuelans in the US, Haitians in
Quebec, Moroccans in the Netherlands and Melilla, Cape Verdeans and
Mozambicans in Portugal, Montserratians in England, Jamaicans in
England).

How it was made: every snippet was written by hand, under a very tight
time limit (about eighteen minutes in all), as a consultation request or
a chat message to peers in a therapists' consultation group, dense with
capitalised terms like sets 62 and 64, with settings chosen to differ
from those named in sets 62 and 64's docstrings: Grenfell, the
Creeslough explosion, Lac-Mégantic, the Hotel Saratoga blast, Kaprun's
village, Surfside, Hurricane Dorian on Abaco and Grand Bahama, East
Palestine, Uvalde, Lewiston, the Key Bridge, the Eaton and Palisades
fires, Harvey, Joplin, Pulse, Parkland, Route 91, the Buffalo Tops
shooting, the El Paso Walmart, Mother Emanuel, the Tree of Life,
Hurricane Otis in Acapulco, Beryl on Carriacou, Irma on Barbuda,
Montserrat 1997, La Soufrière 2021, Tivoli Gardens 2010, Hurricane
Melissa 2025, the 2010 Haiti quake and the 2024 gang push in
Port-au-Prince, the Darién crossing, Armero, Mitch, Brumadinho, Mariana,
the 2024 Rio Grande do Sul floods, the Viña del Mar and Valparaíso
fires, the Matanzas depot fire, Ecuador's prison massacres, Guayaquil in
2020, Nicaragua 2018, a Chiloé boat loss, the Valencia DANA of 2024,
Germanwings, the Magdeburg market attack, Solingen, Eschede, Enschede,
Volendam, the rue d'Aubagne collapse, Heysel, the Emilia quake, Cutro,
Lampedusa 2013, Tempi, Storm Daniel, the Evia fires, the Novi Sad
canopy, the Belgrade school shooting, Kočani, the Jablanica floods, the
Durrës quake, Srebrenica, the Sarajevo siege, Chernobyl, Bucha, Izium,
the Dnipro strike, Odesa, Kharkiv, the Karabakh exodus, Spitak, Beslan,
the Kemerovo mall fire, Grindavík, Örebro, Kauhajoki, the Field's
shooting, the Charles University shooting, the Graz school shooting, the
Kłodzko floods, the 2023 Slovenian floods, Pedrógão Grande, the
Southport stabbing, Piper Alpha, the Bradford fire, Zeebrugge, Keyham,
the Cumbria floods, the Chiado fire, Lubrizol, the Strasbourg market
attack, the Crans-Montana bar fire, the Toronto van attack, the Quebec
City mosque, Polytechnique, Fort McMurray, the Jasper fire, Swissair
111, the Halifax explosion and Africville, the 1998 ice storm, Monterey
Park, the Covenant school, Sandy, Wounded Knee, Milton, Ida, Oklahoma
City, Columbine, Virginia Tech, Sandy Hook, 9/11, the Boston Marathon,
the Flateyri avalanche, Tlahuelilpan, the Rosario gas blast, Salgar, the
Bamboo fire, Ballymurphy, Saint-Étienne-du-Rouvray, Favoriten 2020, the
Chosica huaico, the Melilla fence, Cerro Rico, Warsaw 1944 and
Potosí; and ordinary lives (a palapa owner, a fish seller, a taverna
owner, a bus driver, a barmaid, a coast guard, a nun).  Short referral
lines, faxes, portal and telehealth logs by IP address, rushed
lower-case chat (14 identifier snippets write names or places in lower
case), and 26 identifier snippets that hold only a name and/or a place
(with an age in some of them counted separately), written as ordinary
consultation prose, often with the name at the start of a sentence.
Nothing was composed by a script: the author wrote the snippets in
plain text files outside the repository (/tmp/set66work/) with the
planted spans marked inline, and a script there only stripped the marks
into the expected lists, checked lengths, token boundaries, duplicate
spans and duplicate snippets, counted capitalised words in the clean
snippets, checked overlap with the earlier sets, shuffled the order
with a fixed seed (66) and wrote this file.  Every later edit was typed
by hand as a find-and-replace pair that a small script applied to the
drafts (about 100 pairs in all); this is stated here.

Edits made after drafting, stated here: about twenty false starts and
asides the author had typed into the drafts (an event or place followed
by "? no", "- no,", "- wait", "- hmm", "- ugh", "no wait" or "Stop -",
notes that a setting was in set 62 or that Hawaii belongs to Oceania,
one real victim's name typed before a client's and cut, and one age
span typed and then corrected to 58 with "sorry", whose age span was
cut) were removed with their values, leaving only the corrected text,
and one town left by such a cut was labelled as a place.  Honorifics and
titles (Dr, Mrs, Don, Doña, Dona, Aunty, Mère, Abuela, Mr, Tía) were
moved outside the name spans.  Known limitation, stated here: there was
no time for a full labelling review, so a number of cities and towns
written unlabelled in identifier snippets (mostly the towns of the
events named above and cities clients moved to, after "in", "to" and
"from") are NOT labelled as places; a guard that flags them is not
wrong.  In the clean snippets eleven cities or islands (a university
city, a capital twice, two cities' suburbs, a conference city twice, an
island, a department and a region named after their capitals, a city
in a flood's name), a county, a province, a subregion and two regions
within a province were replaced by their country, state, province or
a generic phrase.  Overlap with the other sets was resolved by renaming
only this set's planted values, with a filter that imported the earlier
sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 47 values in the first
round (16 names given a second surname, 19 places given a quarter, end,
row or corner or replaced, 5 ages given a feast or season, 7 postal
codes, a phone, two dates and a plate changed), 2 postal codes in the
second, 1 in the third; the last pass found nothing.

Local identifier formats: US SSN and A-number, Canadian NAS, UK National
Insurance number, Irish PPSN, French NIR, Belgian rijksregisternummer,
Dutch BSN, German Steuer-ID, Swiss AVS, Italian codice fiscale and C3,
Spanish DNI, Portuguese NIF, Greek AMKA, Swedish personnummer, Danish
CPR, Finnish HETU, Icelandic kennitala, Estonian isikukood, Czech rodné
číslo, Polish PESEL, Slovenian EMŠO, Serbian JMBG, Albanian ID,
Romanian CNP, Bahamian and Antiguan social security, Mexican NSS,
Brazilian CPF, Chilean RUT, Ecuadorian cédula and Costa Rican DIMEX
(ssn); Houston Methodist, UPMC, VA, IHS, NHS, HSE IHI, Vilnius
Santaros, UHL Limerick, Karolinska, AKH, HUG, CHUV, Glasgow CHI and
Newcastle RVI numbers (medical_record); Florida, Texas, Louisiana and
Minnesota Medicaid, TRICARE, Medicare MBI, NYSHIP, RAMQ, OHIP, AHCIP,
ZZO, SUS, Valencian SIP, AOK, TK, Belgian Solidaris, Hungarian TAJ,
Italian tessera sanitaria, French carte Vitale and Portuguese SNS
(health_plan); Maine, Florida, Colorado, BC, Ontario, Irish, Greek,
Ukrainian, French, German and Spanish driving licences, NY LCSW, Texas
LPC, Brazilian CRP, Dutch BIG and a Flemish psychologist's visum
(licence); Maryland, Austrian, Jamaican, Greek, Spanish, Quebec,
Argentine, Colombian, French, Romanian, Italian, Norwegian boat,
Ontario and UK plates (vehicle); devices (a pacemaker after the
Palisades fire, a CPAP without power after La Soufrière, an insulin pump
in the ice storm, a prosthetic foot, a cochlear processor, hearing aids,
a Dexcom receiver, a VNS, a power chair, an Omnipod PDM, an ICD, a
tracked phone's IMEI, an Apple Watch); payments (Portuguese, Polish,
Italian, Dutch, Spanish and German IBANs, Venmo, Zelle, a UK sort code,
a Canadian transit number, Interac, a CLABE, a CBU, Mercado Pago,
Bancolombia, PIX); addresses written the local way (Austrian Gasse with
door, US street with apt and unit, Brazilian rua with ap., Chilean
pasaje, Cuban calle e/ y, Valencian carrer with floor and door, German
Weg, French rue, Greek odos, Bosnian ulica, Ukrainian vul. with kv.,
Polish ul. with m., British flat and drive, Quebec rue with app.,
Norwegian veien with H-number, Italian via, Portuguese rua with esq.,
Spanish calle with floor, Dutch street, Puerto Rican calle) with postal
codes of those countries; dates written slashed (European and US), ISO,
dotted, year-first with slashes, in words (English and Spanish),
weekday-led and with a Roman-numeral month; IPv4 and IPv6 addresses,
URLs and phone and fax numbers in local and international formats.

434 snippets, 274 with identifiers and 160 clean (lengths 47-198,
within the test's bounds of 40-520).  Every pattern category appears at
least 12 times (the test requires 12): date 15, age_over_89 38, phone
17, fax 15, email 18, url 12, ip_address 13, ssn 36, medical_record 15,
health_plan 21, account 16, licence 16, vehicle 15, device 14,
street_address 31, zip_code 26; with 279 names and 255 places smaller
than a state (the test requires 279 and 255).  Ages over 89 are written
in words and figures, in English, Spanish, Portuguese, French, German,
Norwegian, Polish, Croatian and Italian, with a feast, a season or a
record ("ninety-three this Fasching", "101 by the church roll", "ninety
this Pokrova", "91 since Vardavar", "noventa e quatro anos", "99 years
and three Carnivals", "aged ninety-eight at Crop Over", "104 según su
cédula", "96 år til jonsok").

Names: Irish and Irish-language, Quebecois and Acadian, Cuban, Austrian,
Argentine Jewish, Bahamian, Appalachian and African American, Mexican
and Mexican American, Maine French, Salvadoran, Indian American,
Ashkenazi, Gullah, Puerto Rican, Grenadian, Antiguan, Montserratian,
Vincentian, Jamaican, Haitian, Venezuelan, Colombian and Afro-Colombian,
Honduran, Brazilian (Guajajara, Yanomami and Nambikwara lines included),
Gaúcho German-Brazilian, Chilean and Chilote, Ecuadorian Afro-Esmeraldan,
Nicaraguan, Valencian, German, Turkish German, Dutch, Provençal,
Italian and Calabrian, Hazara, Eritrean, Greek, Serbian, Macedonian,
Bosnian, Albanian, Ukrainian, Armenian, Ossetian, Russian, Icelandic,
Somali, Finnish, Danish, Czech, Austrian, Polish, Slovenian, Portuguese,
Sudanese British, English, Scottish, Cornish, Breton, Flemish,
Guinean Belgian, Valaisan, Korean-Portuguese Canadian, Cree and Métis,
Lakota, Ojibwe, Hispano-Chinese, Norwegian, Guatemalan Q'eqchi',
Hungarian (family name first), Moroccan Dutch, Romanian, Lithuanian,
Cape Verdean, Mozambican, Bolivian Quechua and Aymara, Peruvian,
Paraguayan, Rwandan Belgian, Afghan and Guadeloupean names; lower-case
names and places, hyphenated and multi-part names, Spanish and
Portuguese double surnames, names with Ó, Ní, Nic, Mac, ter and van,
a nickname in quotes, honorifics kept outside the spans, and names with
diacritics and apostrophes.  Places: estates, barrios, colonias,
bairros, cerros, quarters and their corners, ends, rows and sides,
hamlets and villages, blocks and towers, settlements, stalls and
squares, schools and their rooms, bars, ballrooms, clinics and
libraries, piers, quays and ferry landings, mines and camps, suburbs
and quarters given their city as a possessive, and places after street
addresses and postal codes.

Clean snippets: peer-consultation messages, questions, reading-group
notes, supervision reflections and scheduling chatter, dense with
capitalised words after the first word of each sentence (1004 in 160
snippets, about 6.3 per snippet, counted by the author's script,
acronyms included and the pronoun "I" excluded; 10 have fewer than
four): drug brands and generics with doses and laboratory values,
scales and questionnaires and their local-language versions, therapy
models and their founders, real published authors with years and
books, guidelines, laws, regulators, insurers and professional bodies,
idioms of distress (ataque de nervios, nervios, tèt chaje, sisu,
stenochoria, tristeza del migrante, brujería), weekdays, months,
seasons, religious feasts and fasts (Ramadan, Suhoor, Iftar, Eid
al-Adha, Lent, Ash Wednesday, Good Friday, Easter, Pascha, Clean Monday,
Pentecost, All Saints' and All Souls', Christmas Eve and Wigilia,
Réveillon, Yom Kippur, Shabbat, Yom HaShoah, Diwali, Navratri, Day of
the Dead), civic days (Thanksgiving, Juneteenth, Kwanzaa, the Fourth of
July, Halloween, St. Patrick's Day, Burns Night, Hogmanay, Midsummer,
Carnival, Sámi National Day, Orange Shirt Day, Holocaust Remembrance
Day), charities, helplines, apps and products, countries, states,
provinces and regions, nationalities, religions and languages, and no
place smaller than a state or a country's first-level subdivision.
"""

from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED66_CASES: list[EvalCase] = [
    C("Ruth Abernethy-Osei's Glasgow CHI CHI 1407824471, Govanhill's Allison Street.", [('name', 'Ruth Abernethy-Osei'), ('medical_record', 'CHI 1407824471'), ('place', "Govanhill's Allison Street")]),
    C('Trazodone 100 mg, Mirtazapine 30 mg, and Melatonin 5 mg - a Dutch client takes all three. The PSQI is 15. Deprescribe which first?'),
    C("Örebro school shooting: Nasra Abdullahi Warsame, student at Campus Risbergska's B-house, phone 070-447 21 98. Somali-speaking therapist wanted.", [('name', 'Nasra Abdullahi Warsame'), ('place', "Campus Risbergska's B-house"), ('phone', '070-447 21 98')]),
    C("For colleagues in Romania: does CNAS reimburse psychotherapy yet? A client on Sertraline 100 mg wants CBT and can't pay privately."),
    C("Vehicle: Quebec plate G47 KRT - Benoît Laflamme-Roy sleeps in it near Lac-Mégantic's Agnès end.", [('vehicle', 'G47 KRT'), ('name', 'Benoît Laflamme-Roy'), ('place', "Lac-Mégantic's Agnès end")]),
    C("Sandy 2012: Rosemarie Tufano, Breezy Point's Rockaway Point Blvd end, Queens, Empire Plan NYSHIP 447219088.", [('name', 'Rosemarie Tufano'), ('place', "Breezy Point's Rockaway Point Blvd end"), ('health_plan', 'NYSHIP 447219088')]),
    C('Keyham shooting 2021: Dylan Treloar lives on Biddick Drive, no. 31, Keyham, Plymouth PL2 1UP.', [('name', 'Dylan Treloar'), ('street_address', 'Biddick Drive, no. 31'), ('place', 'Keyham'), ('zip_code', 'PL2 1UP')]),
    C('Burnout check: how many of you are doing more than 30 client hours a week since the Helene and Milton season? My Wednesday is 9 hours straight.'),
    C('Question on Lithium and NSAIDs: a Chilean client takes Ibuprofen 400 mg for back pain daily. Lithium 0.9 mmol/L in May. Her psychiatrist is away until June.'),
    C("Izium mass graves: Serhii Bondarenko identified his mother; he is in Dublin, PPSN 7724419TA, lives at Tallaght's Fettercairn estate.", [('name', 'Serhii Bondarenko'), ('ssn', '7724419TA'), ('place', "Tallaght's Fettercairn estate")]),
    C('I use the Adverse Childhood Experiences questionnaire with Roma families in Slovakia, but the Slovak translation uses outdated terms. Better version?'),
    C("Rua das Flores 89, 3.º esq., 4050-265 Porto - Inês Carvalhal Brito, Ribeira's Miragaia slope.", [('street_address', 'Rua das Flores 89, 3.º esq.'), ('zip_code', '4050-265'), ('name', 'Inês Carvalhal Brito'), ('place', "Ribeira's Miragaia slope")]),
    C("Ti-Jacques Desroches, whose kids were at a school in Carrefour-Feuilles' Ruelle Berne during the 2024 gang push, asks about group work in Kreyòl. Call +509 3741 8826.", [('name', 'Ti-Jacques Desroches'), ('place', "Carrefour-Feuilles' Ruelle Berne"), ('phone', '+509 3741 8826')]),
    C("olga bieliaieva, warsaw's praga-północ ząbkowska corner - quick q, anyone with russian?", [('name', 'olga bieliaieva'), ('place', "warsaw's praga-północ ząbkowska corner")]),
    C("Tainá Guajajara dos Santos, Mariana dam collapse, from Bento Rodrigues' upper chapel side, SUS card CNS 708 4027 5518 3362.", [('name', 'Tainá Guajajara dos Santos'), ('place', "Bento Rodrigues' upper chapel side"), ('health_plan', 'CNS 708 4027 5518 3362')]),
    C("Laila Bouhaddou-El Amrani, Rotterdam Delfshaven's Bospolder, rekening NL44 RABO 0447 2190 88. Moroccan-Dutch, sessions in Darija OK.", [('name', 'Laila Bouhaddou-El Amrani'), ('place', "Delfshaven's Bospolder"), ('account', 'NL44 RABO 0447 2190 88')]),
    C("Write to paulo.teixeira.rs@terra.com.br - Paulo Teixeira Mallmann, Eldorado do Sul's Cidade Verde.", [('email', 'paulo.teixeira.rs@terra.com.br'), ('name', 'Paulo Teixeira Mallmann'), ('place', "Eldorado do Sul's Cidade Verde")]),
    C("Nicola Ó Conaill asked me not to write Ballymun's Sillogue in the notes.", [('name', 'Nicola Ó Conaill'), ('place', "Ballymun's Sillogue")]),
    C("Bucha: Oksana Kravchuk-Lysenko lived on vul. Yablunska 144, kv. 9, Bucha's Yablunska end, 08292. Now in Leipzig.", [('name', 'Oksana Kravchuk-Lysenko'), ('street_address', 'vul. Yablunska 144, kv. 9'), ('place', "Bucha's Yablunska end"), ('zip_code', '08292')]),
    C("Kwame Asante-Doyle's Ontario plate CKRT 447, Rexdale's Jamestown Crescent.", [('name', 'Kwame Asante-Doyle'), ('vehicle', 'CKRT 447'), ('place', "Rexdale's Jamestown Crescent")]),
    C('Eid al-Adha falls in June this year; my Somali clients in Minnesota will skip Thursday sessions. Would a Saturday group work?'),
    C('16 Rue Victor Hugo, 97122 Baie-Mahault - Yannick Zébina, Guadeloupe, hurricane Maria 2017.', [('street_address', '16 Rue Victor Hugo'), ('zip_code', '97122'), ('name', 'Yannick Zébina')]),
    C("Lisbon fire 1988 (Chiado) - Maria do Céu Lobato, cem anos feitos em maio, her shop in Chiado's Rua do Carmo arcade. Utente SNS SNS 229 447 118.", [('name', 'Maria do Céu Lobato'), ('age_over_89', 'cem anos feitos em maio'), ('place', "Chiado's Rua do Carmo arcade"), ('health_plan', 'SNS 229 447 118')]),
    C("Kłodzko floods 2024: Halina Wróblewska-Sowa lived on ul. Łużycka 7 m. 3, 57-341 Kłodzko's Wygon district. NIP/PESEL 57021044719.", [('name', 'Halina Wróblewska-Sowa'), ('street_address', 'ul. Łużycka 7 m. 3'), ('zip_code', '57-341'), ('place', "Kłodzko's Wygon district"), ('ssn', '57021044719')]),
    C("A Peruvian client drinks Ayahuasca at ceremonies every few months; she's on Sertraline 100 mg. Serotonin syndrome risk? Her psychiatrist in Peru says stop."),
    C('Mourning rituals: Shiva, Sheloshim and the Yahrzeit for a Jewish client in Argentina who lost her son. Any Spanish grief scales sensitive to this?'),
    C('Aripiprazole 5 mg added to Escitalopram 20 mg in a Colombian teen; akathisia on day 10. Benztropine or Propranolol? The BARS was 3.'),
    C("Harvey 2017: Lupita Ybarra-Chen still dreams of the water in Meyerland's Braesheather section. Houston Methodist MRN HM-00419-7734.", [('name', 'Lupita Ybarra-Chen'), ('place', "Meyerland's Braesheather section"), ('medical_record', 'HM-00419-7734')]),
    C("Route 91: Brantley Harcourt from Paso Robles' Oak Flats, shot in the calf at the Las Vegas festival, TRICARE TRICARE 1047 7712 390.", [('name', 'Brantley Harcourt'), ('place', "Paso Robles' Oak Flats"), ('health_plan', 'TRICARE 1047 7712 390')]),
    C("Colombian plate KTR 829, owner Yeison Mosquera Palacios, from Salgar's La Liboriana bridge end.", [('vehicle', 'KTR 829'), ('name', 'Yeison Mosquera Palacios'), ('place', "Salgar's La Liboriana bridge end")]),
    C('Two questions on Lamotrigine: rash risk at 25 mg titration, and interaction with Valproate. Client is Dutch, on both, from a psychiatrist in Utrecht province.'),
    C('Autism and PTSD: the ADOS-2 was done in Ireland in 2019, and now the client is in Canada. Does OHIP cover a new assessment or accept the old one?'),
    C('Palisades fire evacuee Gideon Marcowitz, aged 94 this Hanukkah, in a hotel in Santa Monica, pacemaker Medtronic Azure SN RNB 613408H needs remote checking. Son: ari.marcowitz@fastmail.com.', [('name', 'Gideon Marcowitz'), ('age_over_89', 'aged 94 this Hanukkah'), ('device', 'Medtronic Azure SN RNB 613408H'), ('email', 'ari.marcowitz@fastmail.com')]),
    C("Virginia Tech: Sung-min Cho-Lindqvist was in Norris Hall's room 211; email smchol@vt-alum.org.", [('name', 'Sung-min Cho-Lindqvist'), ('place', "Norris Hall's room 211"), ('email', 'smchol@vt-alum.org')]),
    C('Sunday and Monday were Pentecost in Germany, so no group. Next Tuesday we continue with the Kölner Traumatherapie model and the IES-R in German.'),
    C("GoFundMe https://gofund.me/4c7a21b9 for Lionel Desjardins-Thériault's rebuild.", [('url', 'https://gofund.me/4c7a21b9'), ('name', 'Lionel Desjardins-Thériault')]),
    C("Reading for October: Frantz Fanon, Black Skin, White Masks, and Joy DeGruy's Post Traumatic Slave Syndrome. Zoom, Thursday, 6 pm Atlantic."),
    C("Dutch GGZ waitlists for PTSD are 9 months. Any colleagues in Belgium who take Dutch clients via Zoom? Menzis and CZ won't pay across borders."),
    C('A Venezuelan client in Colombia calls it tristeza del migrante. PHQ-9 says 14, the HSCL-25 says 2.3. Spanish versions both. Which do you trust?'),
    C("Solingen festival stabbing: Emre Kılıçaslan was serving at a stall on the Fronhof square's north side. Steuer-ID 47 802 119 553.", [('name', 'Emre Kılıçaslan'), ('place', "the Fronhof square's north side"), ('ssn', '47 802 119 553')]),
    C("Texas LPC LPC 77104 for Rosalinda Garza Treviño, who ran the Uvalde pop-up at Uvalde's SSGT Willie de Leon Civic Center.", [('licence', 'LPC 77104'), ('name', 'Rosalinda Garza Treviño'), ('place', "Uvalde's SSGT Willie de Leon Civic Center")]),
    C("Incident date 2023/02/28 (Tempi) - Dimitra Karanikola, Larissa's Agios Athanasios.", [('date', '2023/02/28'), ('name', 'Dimitra Karanikola'), ('place', "Larissa's Agios Athanasios")]),
    C('Metformin 1000 mg BID with Olanzapine 10 mg; weight up 9 kg since January. The client is Chilean and his psychiatrist in Chile wants to switch to Aripiprazole.'),
    C("Planning a grief group around All Saints' Day and All Souls' Day for Filipino-American and Mexican-American clients in California. Any scripts?"),
    C("Nélida Ancasi from Tiquina's Santiago de Ojje won't talk about the lake.", [('name', 'Nélida Ancasi'), ('place', "Tiquina's Santiago de Ojje")]),
    C("Magnus Hjelmqvist found the children in Risbergska's west corridor. Since then he counts doors.", [('name', 'Magnus Hjelmqvist'), ('place', "Risbergska's west corridor")]),
    C("Anniversary 26.01.2024 of her loss: Markéta Hrubá, Brno's Židenice.", [('date', '26.01.2024'), ('name', 'Markéta Hrubá'), ('place', "Brno's Židenice")]),
    C("ana paula rodrigues from canoas' mathias velho dike end - flood 2024, lost everything, now in an abrigo.", [('name', 'ana paula rodrigues'), ('place', "canoas' mathias velho dike end")]),
    C("St. Patrick's Day is a trigger for my Irish-American clients in Massachusetts. The Hibernian parades and the drinking. Any groups running in March?"),
    C("Enschede fireworks disaster: Wilma ter Horst grew up in Roombeek's Tollensstraat corner, BSN 2844.77.129, now in Hengelo.", [('name', 'Wilma ter Horst'), ('place', "Roombeek's Tollensstraat corner"), ('ssn', '2844.77.129')]),
    C('I was told Medicaid in New York now reimburses peer specialists for CPT add-ons. Is that right, or is it only the OMH clinics?'),
    C("ICD Boston Scientific Resonate SN 447219 shocked Horacio Benegas at Asunción's Bañado Sur market.", [('device', 'Boston Scientific Resonate SN 447219'), ('name', 'Horacio Benegas'), ('place', "Asunción's Bañado Sur")]),
    C("Acapulco after Otis: Fidel Navarrete Salgado ran a palapa at Playa Caleta's east stalls and lost it; IMSS NSS 62 97 81 4402 7.", [('name', 'Fidel Navarrete Salgado'), ('place', "Playa Caleta's east stalls"), ('ssn', '62 97 81 4402 7')]),
    C("chayton two bulls-janis, pine ridge, the Wounded Knee anniversary ride; grandma in Manderson's white horse creek. IHS chart IHS PR-447219.", [('name', 'chayton two bulls-janis'), ('place', "Manderson's white horse creek"), ('medical_record', 'IHS PR-447219')]),
    C("CPAP for Arturo Beltrán Zepeda: Philips DreamStation SN J4471902877, from Tehuantepec's barrio Santa María.", [('name', 'Arturo Beltrán Zepeda'), ('device', 'Philips DreamStation SN J4471902877'), ('place', "Tehuantepec's barrio Santa María")]),
    C('In Chile, FONASA now covers 8 sessions under the GES for depression. Does anyone know if it covers PTSD after the February fires?'),
    C("Matanzas supertanker fire: Yudelkis Portuondo's brother was a firefighter. She lives at Calle 83 #29009 e/ 290 y 292, Matanzas' Pueblo Nuevo.", [('name', 'Yudelkis Portuondo'), ('street_address', 'Calle 83 #29009 e/ 290 y 292'), ('place', "Matanzas' Pueblo Nuevo")]),
    C("The Martinique and Guadeloupe chlordecone scandal comes up with my Antillean clients in France. The CAPS-5 doesn't capture environmental grief."),
    C("Dawit Tesfamariam Ghebre crossed at Ventimiglia's Roja riverbank and now lives in Turin. His sister asked for help.", [('name', 'Dawit Tesfamariam Ghebre'), ('place', "Ventimiglia's Roja riverbank")]),
    C("Deolinda Mucavele came from Maputo to Lisbon and lives in Quinta do Mocho's tower 3. She misses her sisters.", [('name', 'Deolinda Mucavele'), ('place', "Quinta do Mocho's tower 3")]),
    C("Evia fires 2021: Stavroula Karampela ran a taverna at Rovies' harbour front; her Greek DL ΑΑ 447218 was lost; she asks for sessions in Athens.", [('name', 'Stavroula Karampela'), ('place', "Rovies' harbour front"), ('licence', 'ΑΑ 447218')]),
    C("Telehealth log: Aurelio Castañeda Pop connected from 190.111.44.207 on 19 March 2025, then dropped. He's in Cobán's barrio San Marcos.", [('name', 'Aurelio Castañeda Pop'), ('ip_address', '190.111.44.207'), ('date', '19 March 2025'), ('place', "Cobán's barrio San Marcos")]),
    C("Payment for Nuno Calado Vieira: IBAN PT50 0035 0447 0002 1903 7713 1, he's in Almada's Cova da Piedade ferry end.", [('name', 'Nuno Calado Vieira'), ('account', 'PT50 0035 0447 0002 1903 7713 1'), ('place', "Almada's Cova da Piedade ferry end")]),
    C("Novi Sad canopy: Milica Đorđević Stanković, student, lost a friend at the Novi Sad station forecourt's taxi rank. JMBG 2107003805017. Wants tele in Serbian.", [('name', 'Milica Đorđević Stanković'), ('place', "Novi Sad station forecourt's taxi rank"), ('ssn', '2107003805017')]),
    C("Hurricane Ida 2021: Ti'Ana Boudreaux from Grand Isle's Ludwig Lane, LA Medicaid LAMED 7704 4721 96.", [('name', "Ti'Ana Boudreaux"), ('place', "Grand Isle's Ludwig Lane"), ('health_plan', 'LAMED 7704 4721 96')]),
    C('Hydroxyzine 25 mg PRN vs Propranolol 10 mg PRN for panic in a Jamaican student in England; the PDSS is 16. The GP offered both.'),
    C("Haiti 2010: Wideline Jean-Baptiste, Fort National's upper steps, now in Montréal-Nord, RAMQ JEAW 8203 1514.", [('name', 'Wideline Jean-Baptiste'), ('place', "Fort National's upper steps"), ('health_plan', 'JEAW 8203 1514')]),
    C("Thiago Yanomami Pereira flew from Boa Vista's Pintolândia to Brasília for the hearing.", [('name', 'Thiago Yanomami Pereira'), ('place', "Boa Vista's Pintolândia")]),
    C("lorena quispe from nueva york's corona section, hurricane otis, acapulco family. whatsapp +52 744 219 8830", [('name', 'lorena quispe'), ('place', "nueva york's corona section"), ('phone', '+52 744 219 8830')]),
    C("Heysel survivor's son Fabrizio Lo Russo in Liège, Seraing's Ougrée cité, Mutualité Solidaris 447-2219-03.", [('name', 'Fabrizio Lo Russo'), ('place', "Seraing's Ougrée cité"), ('health_plan', 'Solidaris 447-2219-03')]),
    C('Führerschein B072RRE4471 - Dennis Krämer, Magdeburg taxi driver.', [('licence', 'B072RRE4471'), ('name', 'Dennis Krämer')]),
    C("Grandfather Don Evaristo Coaquira is 99 years and three Carnivals and lives with them in El Alto's Villa Adela plan 4.", [('name', 'Evaristo Coaquira'), ('age_over_89', '99 years and three Carnivals'), ('place', "El Alto's Villa Adela plan 4")]),
    C('Low-dose Naltrexone for fibromyalgia and depression in a Nova Scotian client; PHQ-9 16, FIQR 62. Any experience? Her family doctor is keen.'),
    C("Our Bogotá partner clinic fax +57 601 447 2190: Darío Mendoza Quiroga, Soacha's Altos de Cazucá.", [('fax', '+57 601 447 2190'), ('name', 'Darío Mendoza Quiroga'), ('place', "Soacha's Altos de Cazucá")]),
    C("Telehealth: 100.64.44.219 for Connor Mulligan, Cobh's Ticknock.", [('ip_address', '100.64.44.219'), ('name', 'Connor Mulligan'), ('place', "Cobh's Ticknock")]),
    C("Field's mall shooting: Mikkel Østergaard, 17 then, Ørestad's Arne Jacobsens Allé block, CPR 140405-2277.", [('name', 'Mikkel Østergaard'), ('place', "Ørestad's Arne Jacobsens Allé block"), ('ssn', '140405-2277')]),
    C("Nashville Covenant school: Caroline Whitlock-Prewitt, teacher, 1127 Overton Lea Rd, Green Hills' Burton Hills side, TN 37220-1047.", [('name', 'Caroline Whitlock-Prewitt'), ('street_address', '1127 Overton Lea Rd'), ('place', "Green Hills' Burton Hills side"), ('zip_code', '37220-1047')]),
    C('Trauma therapy with interpreters: the BPS 2017 guidance and the UNHCR handbook both in my bag. My Arabic interpreter is excellent. Tigrinya ones hard to find.'),
    C("HUG Geneva chart HUG 4472190-01 is Nicolás Aranguren's, he lives in Les Pâquis' rue de Berne.", [('medical_record', 'HUG 4472190-01'), ('name', 'Nicolás Aranguren'), ('place', "Les Pâquis' rue de Berne")]),
    C('Scheduling: Monday and Wednesday full; Friday mornings open from April. Portuguese and Spanish sessions possible; no sessions during Carnival week.'),
    C('Grenfell: Hesham Al-Turabi, third floor, now at Flat 4, 22 Bramley Road, Notting Dale, W10 6SZ.', [('name', 'Hesham Al-Turabi'), ('street_address', 'Flat 4, 22 Bramley Road'), ('place', 'Notting Dale'), ('zip_code', 'W10 6SZ')]),
    C('Fax the Lac-Mégantic intake to (819) 583-0926 attn. Dr Rémi Gagnon-Boisvert, re: Ghislain Turcotte, survivor of the derailment.', [('fax', '(819) 583-0926'), ('name', 'Rémi Gagnon-Boisvert'), ('name', 'Ghislain Turcotte')]),
    C("Bernadette Ouellette and Gilles Ouellette rebuilt near Lac-Mégantic's Papineau shore. She wants couples work.", [('name', 'Bernadette Ouellette'), ('name', 'Gilles Ouellette'), ('place', "Lac-Mégantic's Papineau shore")]),
    C("Cutro shipwreck: Hamid Rezaei Nowrozi survived and lives in a centre at Isola di Capo Rizzuto's Sant'Anna camp; C3 number C3-KR-20230117.", [('name', 'Hamid Rezaei Nowrozi'), ('place', "Isola di Capo Rizzuto's Sant'Anna camp"), ('ssn', 'C3-KR-20230117')]),
    C('Clonidine 0.1 mg at night for a teenager with PTSD in Ohio, prescribed by the CAMHS-equivalent team. Any experience combining it with Guanfacine?'),
    C('Paroxetine 20 mg in a pregnant Salvadoran client, 14 weeks, EPDS 18. Her OB in Virginia wants to switch to Sertraline. Your experience?'),
    C('Juneteenth, Kwanzaa and Black History Month events at our agency; a client said they feel performative. Tuesday supervision topic?'),
    C('Siobhán Ní Ghallchóir was a barmaid at the Dunlewey Cross Inn and heard the blast from there.', [('name', 'Siobhán Ní Ghallchóir'), ('place', 'the Dunlewey Cross Inn')]),
    C("fergus macaskill from stornoway's goathill crescent - widowed by a trawler loss in march.", [('name', 'fergus macaskill'), ('place', "stornoway's goathill crescent")]),
    C("A client from Cape Verde speaks Kriolu; our interpreters in Portugal only offer Portuguese. The PHQ-9 in Kriolu doesn't exist. Ideas?"),
    C("EHR number MRN 44721-KP for Nadia Rahmani-Ferreira, Lisbon, Martim Moniz's Mouraria corner.", [('medical_record', 'MRN 44721-KP'), ('name', 'Nadia Rahmani-Ferreira'), ('place', "Martim Moniz's Mouraria corner")]),
    C('Lithium with Hydrochlorothiazide in an Austrian client, level 1.4 in July after a heatwave. The Psychiatrist wanted to stop Lithium. Right call?'),
    C("Tracked phone IMEI IMEI 35 447219 088431 7: Daniela Rojas Urrutia's ex, Puente Alto's Bajos de Mena.", [('device', 'IMEI 35 447219 088431 7'), ('name', 'Daniela Rojas Urrutia'), ('place', "Puente Alto's Bajos de Mena")]),
    C("Ionuț Dumitrescu, Romanian plate B 447 TDI, drives between Ferentari's Zăbrăuți block and our clinic.", [('name', 'Ionuț Dumitrescu'), ('vehicle', 'B 447 TDI'), ('place', "Ferentari's Zăbrăuți block")]),
    C("Noémie Bélanger typed in chat: she lives in Saint-Jean-sur-Richelieu's Iberville side, insulin pump t:slim X2 SN 1447219 failed during the ice storm.", [('name', 'Noémie Bélanger'), ('place', "Saint-Jean-sur-Richelieu's Iberville side"), ('device', 't:slim X2 SN 1447219')]),
    C("Björn Lindqvist-Haddad, Karolinska record KS 19770311-447, lives in Husby's Edvard Griegsgången.", [('name', 'Björn Lindqvist-Haddad'), ('medical_record', 'KS 19770311-447'), ('place', "Husby's Edvard Griegsgången")]),
    C("Columbine: Krista Halvorsen-Reyes, now 43, in Littleton's Leawood section; CO DL 22-447-1903.", [('name', 'Krista Halvorsen-Reyes'), ('place', "Littleton's Leawood section"), ('licence', '22-447-1903')]),
    C('Carbamazepine 400 mg and Oral Contraceptives: a Croatian client had a pregnancy scare in June. The psychiatrist in Dalmatia switched to Levetiracetam.'),
    C("Mr Walter Gittens, aged ninety-eight at Crop Over, Barbados, lives in Bathsheba's Tent Bay.", [('name', 'Walter Gittens'), ('age_over_89', 'aged ninety-eight at Crop Over'), ('place', "Bathsheba's Tent Bay")]),
    C("Slovenia floods Aug 2023: Jure Kranjc from Črna na Koroškem's Žerjav hamlet, EMŠO 1207974500447.", [('name', 'Jure Kranjc'), ('place', "Črna na Koroškem's Žerjav hamlet"), ('ssn', '1207974500447')]),
    C("Linktree https://linktr.ee/keishaann_abaco belongs to Keisha Russell-Albury of Treasure Cay's beach road.", [('url', 'https://linktr.ee/keishaann_abaco'), ('name', 'Keisha Russell-Albury'), ('place', "Treasure Cay's beach road")]),
    C("Kočani nightclub fire 2025: Bojan Trajkovski-Stojanov, 22, burns, now in Kočani's Goce Delčev neighbourhood. Mobile +389 71 447 208.", [('name', 'Bojan Trajkovski-Stojanov'), ('place', "Kočani's Goce Delčev neighbourhood"), ('phone', '+389 71 447 208')]),
    C('Mother Emanuel: Mrs Cordelia Manigault is 101 by the church roll and still sings. Her grandson Jerome Manigault-Pinckney called from 843-722-0184.', [('name', 'Cordelia Manigault'), ('age_over_89', '101 by the church roll'), ('name', 'Jerome Manigault-Pinckney'), ('phone', '843-722-0184')]),
    C("Winston Abbott-Mensah, Barbuda after Irma, relocated to Antigua; SSN (Antigua) AB-441-7720. Wants group work with other Barbudans in Codrington Village's Madison side.", [('name', 'Winston Abbott-Mensah'), ('ssn', 'AB-441-7720'), ('place', "Codrington Village's Madison side")]),
    C("Referral from the Grenfell outreach team: Marisol Quintero-Abebe, flat on the 14th floor of a block near Ladbroke Crescent's east end, DOB 03/11/1987, still can't use lifts. Taking her on Thursdays.", [('name', 'Marisol Quintero-Abebe'), ('place', "Ladbroke Crescent's east end"), ('date', '03/11/1987')]),
    C("Hurricane Beryl: Kezia Bristol-Noel from Hillsborough's Harvey Vale, Carriacou, now with family in Brooklyn. Email kezia.bn@yahoo.gd.", [('name', 'Kezia Bristol-Noel'), ('place', "Hillsborough's Harvey Vale"), ('email', 'kezia.bn@yahoo.gd')]),
    C("Our group in Ireland uses the Irish Hospice Foundation's resources for Bereavement. The PG-13-R at 6 months was 38. Refer to the HSE or keep?"),
    C('Desvenlafaxine 50 mg, Lamotrigine 100 mg, and now the Bipolar II client wants to get pregnant. Her OB in Quebec says taper. What did you do?'),
    C('Survey link https://bit.ly/UvaldeParents44 sent by Yolanda Castillo-Reséndez.', [('url', 'https://bit.ly/UvaldeParents44'), ('name', 'Yolanda Castillo-Reséndez')]),
    C('Any DBT-trained therapists in Ireland with HSE contracts? The waitlist in Munster is 14 months and the CAMHS criteria changed in September.'),
    C("Surfside again: Gabriela Nir-Guzmán, ninety-six at Purim, daughter of a victim in Champlain Towers South's 9th floor.", [('name', 'Gabriela Nir-Guzmán'), ('age_over_89', 'ninety-six at Purim'), ('place', "Champlain Towers South's 9th floor")]),
    C("Tuesday consultation: Mentalization-Based Treatment (Bateman and Fonagy) for BPD in Norway's public services. Anyone use MBT-I with teens?"),
    C("Tivoli Gardens 2010: Shanique Barrett-Lindo, raised in Tivoli's Java block, mother killed. Now in Birmingham UK; NI PX 44 91 02 C.", [('name', 'Shanique Barrett-Lindo'), ('place', "Tivoli's Java block"), ('ssn', 'PX 44 91 02 C')]),
    C("Durrës quake 2019: Arbër Hoxha-Lleshi was pulled from the rubble in Thumanë's Kodër quarter; his ID J90415072P. Now in Bari.", [('name', 'Arbër Hoxha-Lleshi'), ('place', "Thumanë's Kodër quarter"), ('ssn', 'J90415072P')]),
    C("The Kübler-Ross stages still appear in Brazilian grief brochures. I prefer Stroebe and Schut's Dual Process Model. Portuguese version of the paper?"),
    C("The FBI's victim services and the DOJ's OVC funds pay for trauma therapy after mass shootings. The Texas Crime Victims' Compensation fund too. Who has applied?"),
    C("Sertraline 50 mg since October, PHQ-9 down from 19 to 11, but the GAD-7 hasn't moved. Would you add Buspirone or push CBT harder before Easter?"),
    C("Reading group this Monday: Judith Herman's Trauma and Recovery, chapters 3 and 4. Bring notes on the Stages model and the 2023 follow-up, Truth and Repair."),
    C("Quebec City mosque 2017: Mamadou Souleymane Barry prays at the Sainte-Foy centre's prayer hall; NAS 447 219 088. Fax: 418-656-4471.", [('name', 'Mamadou Souleymane Barry'), ('place', "Sainte-Foy centre's prayer hall"), ('ssn', '447 219 088'), ('fax', '418-656-4471')]),
    C('Beslan: Zalina Gazzaeva was in the gym aged 9; she lives in Berlin now, Krankenkasse TK TK X447219036.', [('name', 'Zalina Gazzaeva'), ('health_plan', 'TK X447219036')]),
    C('Apple Watch serial GY4K7X21PQ logged the fall of Evelyn Castleberry, ninety-one last Mardi Gras.', [('device', 'serial GY4K7X21PQ'), ('name', 'Evelyn Castleberry'), ('age_over_89', 'ninety-one last Mardi Gras')]),
    C("Sabrina Pontecorvo at s.pontecorvo@libero.it, from Casamicciola's Celario hill.", [('name', 'Sabrina Pontecorvo'), ('email', 's.pontecorvo@libero.it'), ('place', "Casamicciola's Celario hill")]),
    C("CNP 1850714400471 belongs to Florin Ghiță, the 2015 Bamboo fire, from Bucharest's Pantelimon.", [('ssn', '1850714400471'), ('name', 'Florin Ghiță'), ('place', "Bucharest's Pantelimon")]),
    C('Is anyone in Brazil using the PCL-5 in Portuguese with Guarani or Kaiowá clients? The CFI interpreter module from the APA helps but misses a lot.'),
    C('Odesa port strikes: Volodymyr Shevchuk-Rudenko, dock worker, Ukrainian DL BXX 472219, wants to drive for Bolt in Warsaw.', [('name', 'Volodymyr Shevchuk-Rudenko'), ('licence', 'BXX 472219')]),
    C('Hand-washing rituals and Catholic scrupulosity in an Irish client. The Penn Inventory of Scrupulosity helped. He wants to talk to his Priest first.'),
    C("Jablanica floods 2024: Emina Hodžić-Kurtović from Donja Jablanica's quarry road; ZZO card ZZO HNK 0447 2291.", [('name', 'Emina Hodžić-Kurtović'), ('place', "Donja Jablanica's quarry road"), ('health_plan', 'ZZO HNK 0447 2291')]),
    C('Tadhg Ó Mealláin lost his brother in the Creeslough blast and now drives past the Applegreen forecourt at Dunlewey Cross every morning. Mobile +353 87 419 2260 if anyone in Donegal has a slot.', [('name', 'Tadhg Ó Mealláin'), ('place', 'Applegreen forecourt at Dunlewey Cross'), ('phone', '+353 87 419 2260')]),
    C('Kreyòl-speaking colleagues in Florida and Quebec: how do you translate dissociation? Tèt chaje comes up a lot in my Haitian clients since the January anniversary.'),
    C("Southport stabbing 2024: Bethany Crook-Ainsworth, dance teacher assistant, lives near Hart Street's community hall end. NHS no. NHS 472 118 9034.", [('name', 'Bethany Crook-Ainsworth'), ('place', "Hart Street's community hall end"), ('medical_record', 'NHS 472 118 9034')]),
    C("Reminder: no consult on Good Friday or Easter Monday. We'll meet Wednesday instead, same Zoom, and discuss the ISTSS 2019 guidelines."),
    C('Is anyone trained in Acceptance and Commitment Therapy (Steven Hayes) who works in Icelandic? A client moved from Denmark and wants ACT in Icelandic.'),
    C('Diwali and Navratri for my Indo-Trinidadian clients in Ontario are family-heavy; any culturally adapted CBT from the Caribbean?'),
    C("Are Polish therapists in the UK registering with the BACP or the UKCP? A Polish client wants Polish-speaking CBT and the NHS can't find one."),
    C('Keisha-Ann Rolle rode out Dorian in the Mudd settlement on Abaco, lost two cousins. NIB number NIB 108-447-221. Now in Nassau, asking for trauma work.', [('name', 'Keisha-Ann Rolle'), ('place', 'Mudd settlement'), ('ssn', 'NIB 108-447-221')]),
    C('Trying the Columbia C-SSRS in Ukrainian and Russian versions. The Lifetime/Recent screen works, but my clients hear Russian as hostile. Ukrainian only now.'),
    C("Wilhelmina Struik, nearly 100, 99 at Sinterklaas, lives at Volendam's Doolhof.", [('name', 'Wilhelmina Struik'), ('age_over_89', 'nearly 100, 99 at Sinterklaas'), ('place', "Volendam's Doolhof")]),
    C("Sunday Night Group in Scotland is reading Viktor Frankl's Man's Search for Meaning. Burns Night is the week after, so we'll skip that Saturday."),
    C("Zeebrugge 1987: Maureen Kavanagh-Platt from Dover's Buckland estate, husband lost on the Herald. Fax 01304 447 219.", [('name', 'Maureen Kavanagh-Platt'), ('place', "Dover's Buckland estate"), ('fax', '01304 447 219')]),
    C("The Open Dialogue approach from Finnish Lapland - Jaakko Seikkula's work - is it being used in Vermont or Massachusetts now?"),
    C("Storm Daniel in Thessaly: Thanasis Gkoutzamanis farmed near Metamorfosi's lower fields; AMKA 12047210493. His tractor plate ΚΑΡ 4412.", [('name', 'Thanasis Gkoutzamanis'), ('place', "Metamorfosi's lower fields"), ('ssn', '12047210493'), ('vehicle', 'ΚΑΡ 4412')]),
    C('Interac to jcardinal.ftmc@interac - Jolene Cardinal-Ladouceur.', [('account', 'jcardinal.ftmc@interac'), ('name', 'Jolene Cardinal-Ladouceur')]),
    C('Is the Holmes-Rahe scale still worth using? A colleague in Peru uses it with Quechua speakers but it was normed in California in 1967.'),
    C('Has the NHS Talking Therapies (formerly IAPT) manual changed for PTSD? My Welsh client got 6 sessions of guided self-help and a PCL-5 of 58.'),
    C('Peer site http://duelo-valencia.es/grupo-paiporta names Empar Llopis as facilitator.', [('url', 'http://duelo-valencia.es/grupo-paiporta'), ('name', 'Empar Llopis')]),
    C('Lisdexamfetamine 50 mg for ADHD in a Brazilian client who also has PTSD; the ASRS is 52. Does stimulant use interfere with EMDR?'),
    C("Ingrid Solbakken Vik booked via www.terapeut-solbakken.no/bestill, she lives at Fjellveien 22 H0201, 5015 Bergen's Fjellsiden.", [('name', 'Ingrid Solbakken Vik'), ('url', 'www.terapeut-solbakken.no/bestill'), ('street_address', 'Fjellveien 22 H0201'), ('zip_code', '5015'), ('place', "Bergen's Fjellsiden")]),
    C("Driver's licence D447-2190-8831 (Ontario) belongs to Amara Osei-Bonsu, Jane and Finch's Driftwood.", [('licence', 'D447-2190-8831'), ('name', 'Amara Osei-Bonsu'), ('place', "Jane and Finch's Driftwood")]),
    C("Pregabalin 150 mg and Duloxetine 60 mg for chronic pain and PTSD in a Polish miner. The BPI dropped but the PCL-5 didn't. Add Prazosin?"),
    C('Citalopram 20 mg with QTc 462 ms in a Guatemalan client on Methadone 80 mg. The cardiologist in California said stop. What would you switch to?'),
    C('Brumadinho: Josiane Aparecida Fonseca lost her husband at the Córrego do Feijão refeitório; CPF 417.552.806-19. Prefers Portuguese.', [('name', 'Josiane Aparecida Fonseca'), ('place', 'Córrego do Feijão refeitório'), ('ssn', '417.552.806-19')]),
    C("Thérèse Mukamana-Lefebvre posts at https://tmukamana.substack.com; she lives in Schaerbeek's Helmet quarter.", [('name', 'Thérèse Mukamana-Lefebvre'), ('url', 'https://tmukamana.substack.com'), ('place', "Schaerbeek's Helmet quarter")]),
    C("Quick poll: which outcome measure do you use for complicated grief? PG-13-R, ICG, or the Traumatic Grief Inventory from the Netherlands? I'm leaning to the PG-13-R."),
    C('Nicaragua 2018: Yader Sequeira, student at the UNAN Managua recinto RURD during the siege, now in Costa Rica; DIMEX 155822047713.', [('name', 'Yader Sequeira'), ('place', 'UNAN Managua recinto RURD'), ('ssn', '155822047713')]),
    C("Address: Calle Luna 14, 3ºB, 28015 Madrid - Nerea Etxeberria Sáez, from Malasaña's Dos de Mayo corner.", [('street_address', 'Calle Luna 14, 3ºB'), ('zip_code', '28015'), ('name', 'Nerea Etxeberria Sáez'), ('place', "Malasaña's Dos de Mayo corner")]),
    C("Chernobyl liquidator Mykola Horobets, ninety this Pokrova, now in Kraków near Nowa Huta's Osiedle Centrum C. PESEL 34090711457.", [('name', 'Mykola Horobets'), ('age_over_89', 'ninety this Pokrova'), ('place', "Nowa Huta's Osiedle Centrum C"), ('ssn', '34090711457')]),
    C("Ilse Gruber-Haas, 92 Jahre seit Lichtmess, sister in Wiler's Lötschen side.", [('name', 'Ilse Gruber-Haas'), ('age_over_89', '92 Jahre seit Lichtmess'), ('place', "Wiler's Lötschen side")]),
    C("Leona Fairclough, UK plate YK21 HTX, Rotherham's Eastwood.", [('name', 'Leona Fairclough'), ('vehicle', 'YK21 HTX'), ('place', "Rotherham's Eastwood")]),
    C("Permiso de conducir Licencia B 44721903 for Francisco Ruiz Cánovas, Alfafar's Orba barrio.", [('licence', 'Licencia B 44721903'), ('name', 'Francisco Ruiz Cánovas'), ('place', "Alfafar's Orba barrio")]),
    C("Tía Ofelia Roncancio, noventa y uno en diciembre, from Chinchiná's barrio Alcázar, who lost everyone in Armero.", [('name', 'Ofelia Roncancio'), ('age_over_89', 'noventa y uno en diciembre'), ('place', "Chinchiná's barrio Alcázar")]),
    C("Hollis Redbird drove his uncle to the ceremony at Kettle Point's Lakeshore road and cried the whole way back.", [('name', 'Hollis Redbird'), ('place', "Kettle Point's Lakeshore road")]),
    C('Has anyone tried Somatic Experiencing (Peter Levine) with Ukrainian children? The SDQ in Ukrainian shows high emotional scores in November.'),
    C("Running a Spanish-language DBT skills group on Tuesdays from February. Marsha Linehan's manual, second edition, with the Colombian adaptation of the DERS. Interested?"),
    C('Anneliese Brandtner, ninety-three this Fasching, widowed after the Kaprun years, lives at Kirchgasse 17/4, 5710 Kaprun-Unterdorf. Daughter asks for home visits.', [('name', 'Anneliese Brandtner'), ('age_over_89', 'ninety-three this Fasching'), ('street_address', 'Kirchgasse 17/4'), ('zip_code', '5710'), ('place', 'Kaprun-Unterdorf')]),
    C("Giuseppina Zanella, novantasei anni, Mirandola's Quarantoli, quake 2012.", [('name', 'Giuseppina Zanella'), ('age_over_89', 'novantasei anni'), ('place', "Mirandola's Quarantoli")]),
    C("Portal shows login from 2a02:8109:9c40:1e7::4471 for Henrike Albers, a Solingen witness, in Ohligs' Düsseldorfer Straße end.", [('ip_address', '2a02:8109:9c40:1e7::4471'), ('name', 'Henrike Albers'), ('place', "Ohligs' Düsseldorfer Straße end")]),
    C('A Tennessee client on Hydrocodone 10 mg after a crash in May; the ORT is moderate. Her PCP wants to start Prazosin for nightmares. Safe combination?'),
    C("Reading group: Ruth Behar's The Vulnerable Observer and Gloria Anzaldúa's Borderlands. Friday at noon Pacific. Both in Spanish and English."),
    C('Kemerovo mall fire: Igor Vostrikov lost his wife and three children at the Zimnyaya Vishnya cinema floor; contact via i.vostrikov@proton.me.', [('name', 'Igor Vostrikov'), ('place', 'Zimnyaya Vishnya cinema floor'), ('email', 'i.vostrikov@proton.me')]),
    C("Lucía Fernández Ojeda, DOB 1994-02-17, a nurse who treated the Melilla fence crush survivors at Melilla's Cañada de Hidum.", [('name', 'Lucía Fernández Ojeda'), ('date', '1994-02-17'), ('place', "Melilla's Cañada de Hidum")]),
    C("Uvalde: Araceli Mendiola (aunt, raising two nephews), 412 Geraldine St, Uvalde's West End. Texas Medicaid STAR 5502 8810 3. She prefers Spanish.", [('name', 'Araceli Mendiola'), ('street_address', '412 Geraldine St'), ('place', "Uvalde's West End"), ('health_plan', 'STAR 5502 8810 3')]),
    C("Logged from 2001:818:e3c4:4400:21c::9 - Margarida Lopes Pinheiro, Figueiró dos Vinhos' Aldeia Ana de Aviz.", [('ip_address', '2001:818:e3c4:4400:21c::9'), ('name', 'Margarida Lopes Pinheiro'), ('place', "Figueiró dos Vinhos' Aldeia Ana de Aviz")]),
    C("Montserrat 1997: Aunty Veronica Tuitt fled Plymouth's George Street end at 14 and is now ninety-six this St Patrick's, in Leeds. Daughter's number 0113 496 0271.", [('name', 'Veronica Tuitt'), ('place', "Plymouth's George Street end"), ('age_over_89', "ninety-six this St Patrick's"), ('phone', '0113 496 0271')]),
    C("Has anyone got Kaiser or Aetna to cover Written Exposure Therapy? Five sessions, Denise Sloan and Brian Marx's manual. Billed as CPT 90837."),
    C("Prolonged Exposure with a Nicaraguan client: she wants to use Spanish for the imaginal and English for the homework. Edna Foa's manual says fine?"),
    C('Question for the Norwegians: does Helfo cover trauma therapy for asylum seekers? A colleague in Norway said NAV needs a GP referral first.'),
    C('January is hard for my Armenian clients: Orthodox Christmas on the 6th, then the Spitak anniversary in December still echoes. Anyone run a group?'),
    C("Marguerite Chiasson-Doucet from Caraquet's boulevard St-Pierre Est says the post-tropical storm took her husband's boat and his nerve.", [('name', 'Marguerite Chiasson-Doucet'), ('place', "Caraquet's boulevard St-Pierre Est")]),
    C('Booking link https://calendly.com/rosa-mendiola-lpc/60min for Rosa Mendiola Báez.', [('url', 'https://calendly.com/rosa-mendiola-lpc/60min'), ('name', 'Rosa Mendiola Báez')]),
    C("Date XI/14/2025 written by the Polish referrer - Czesław Mazur, Lądek-Zdrój's Stójków.", [('date', 'XI/14/2025'), ('name', 'Czesław Mazur'), ('place', "Lądek-Zdrój's Stójków")]),
    C("Oklahoma City 1995: Dale Youngblood, ninety-two this Thanksgiving, was across from the Murrah building at the YMCA on NW 5th's gym floor. VA file VA C-447 219 08.", [('name', 'Dale Youngblood'), ('age_over_89', 'ninety-two this Thanksgiving'), ('place', "the YMCA on NW 5th's gym floor"), ('medical_record', 'VA C-447 219 08')]),
    C("El Paso Walmart: Guadalupe Ochoa Betancourt, 9820 Kemp Dr, Cielo Vista's Kemp Drive houses, TX 79925-3316, travels back to Ciudad Juárez on weekends.", [('name', 'Guadalupe Ochoa Betancourt'), ('street_address', '9820 Kemp Dr'), ('place', "Cielo Vista's Kemp Drive houses"), ('zip_code', '79925-3316')]),
    C("Rouen Lubrizol fire: Jean-Baptiste Lecœur, 12 rue Martainville, 76000 Rouen's Saint-Maclou quarter; carte Vitale 1 82 04 76 540 417 22.", [('name', 'Jean-Baptiste Lecœur'), ('street_address', '12 rue Martainville'), ('zip_code', '76000'), ('place', "Rouen's Saint-Maclou quarter"), ('health_plan', '1 82 04 76 540 417 22')]),
    C("Jasper fire 2024: Renée Tremblay-Whitehorse, seasonal worker at Jasper's Patricia Street laundromat, BC DL BCDL 4471902.", [('name', 'Renée Tremblay-Whitehorse'), ('place', "Jasper's Patricia Street laundromat"), ('licence', 'BCDL 4471902')]),
    C('The WHO Problem Management Plus manual in Arabic and Dari works well with my Syrian and Afghan clients in Germany. The PSYCHLOPS scores are moving.'),
    C('Question about Ramadan and Lithium: a Bosnian client fasts from Suhoor to Iftar and her level was 1.1 mmol/L in March. How do colleagues in Sweden and Germany handle it?'),
    C('The Canadian Task Force and the USPSTF both now recommend anxiety screening in adults. GAD-7 or GAD-2 first? My Monday clinic is in Manitoba.'),
    C('Nortriptyline 25 mg for a Uruguayan man with migraines and depression; the HAM-D was 22. The neurologist in Uruguay suggests Amitriptyline instead.'),
    C("The Scandinavian model of Family Group Conferencing in child protection: anyone trained in Norway's Bufetat approach? I'm in Scotland."),
    C('Acupuncture (NADA protocol) for PTSD in addiction services in Alberta - any evidence beyond the 2019 Cochrane review? Clients like it on Wednesdays.'),
    C("Catalina Oyarzún Quilodrán from Ancud's Pudeto Bajo (Chiloé), son missing after a salmon-farm boat went down. ph +56 9 6224 1817.", [('name', 'Catalina Oyarzún Quilodrán'), ('place', "Ancud's Pudeto Bajo"), ('phone', '+56 9 6224 1817')]),
    C('Naltrexone 50 mg for alcohol use in a Lithuanian construction worker in Norway; the AUDIT was 27 in February and 14 in June. Recommend Acamprosate next?'),
    C("PTSD after the DANA floods: are the Generalitat's crisis teams using PFA or CISD? CISD was dropped by the WHO years ago."),
    C("Please fax +44 28 9044 7219 for Ciara Duffy-McAleese, Ballymurphy family, Belfast's Springhill estate.", [('fax', '+44 28 9044 7219'), ('name', 'Ciara Duffy-McAleese'), ('place', "Belfast's Springhill estate")]),
    C("Propranolol 40 mg before exposure sessions, as in Alain Brunet's reconsolidation trials in Quebec. Anyone doing this outside a study?"),
    C('Wintering in the Nordic countries: Vitamin D 2000 IU, light boxes, and CBT-I for a Finnish client whose ISI is 21 in December.'),
    C("Yaroslava Dmytrenko moved from Borodianka's Tsentralna corner to Gdynia's Chylonia and won't open the curtains.", [('name', 'Yaroslava Dmytrenko'), ('place', "Borodianka's Tsentralna corner"), ('place', "Gdynia's Chylonia")]),
    C("Carlos Eduardo Nhambiquara, CRP CRP 06/144719, colleague in Bom Retiro's Rua Ribeiro de Lima end, wants to co-lead the group.", [('name', 'Carlos Eduardo Nhambiquara'), ('licence', 'CRP 06/144719'), ('place', "Bom Retiro's Rua Ribeiro de Lima end")]),
    C("Intake form came through https://forms.dundalktrauma.org/intake?id=4471 for Thomas Okonkwo-Reilly, bridge crewman, Sparrows Point's Wharf Rd end.", [('url', 'https://forms.dundalktrauma.org/intake?id=4471'), ('name', 'Thomas Okonkwo-Reilly'), ('place', "Sparrows Point's Wharf Rd end")]),
    C("Day of the Dead is coming and a Mexican-American client wants to build an ofrenda for her brother. I'd like to fold it into grief work. Any Spanish resources?"),
    C("Marie-Laure Cassagne was in her flat at 67 rue d'Aubagne, 13010 Noailles' Marché des Capucins side, the morning before the 2018 collapse; NIR 2 71 08 13 055 412 88.", [('name', 'Marie-Laure Cassagne'), ('street_address', "67 rue d'Aubagne"), ('zip_code', '13010'), ('place', "Noailles' Marché des Capucins side"), ('ssn', '2 71 08 13 055 412 88')]),
    C("Key Bridge collapse: Julio César Hernández Ávila's crewmate died; Julio's truck, MD tag 3EK4471, still parked at the Dundalk Marine Terminal lot C.", [('name', 'Julio César Hernández Ávila'), ('vehicle', '3EK4471'), ('place', 'Dundalk Marine Terminal lot C')]),
    C("Mère Angélique Bérubé, ninety-seven at Easter, the nun from Sainte-Anne-des-Monts' couvent hill.", [('name', 'Angélique Bérubé'), ('age_over_89', 'ninety-seven at Easter'), ('place', "Sainte-Anne-des-Monts' couvent hill")]),
    C("Tree of Life: Avraham Zelkowitz, ninety-one since Simchat Torah, Squirrel Hill's Murray Avenue end. UPMC record UPMC 4471-0832-6.", [('name', 'Avraham Zelkowitz'), ('age_over_89', 'ninety-one since Simchat Torah'), ('place', "Squirrel Hill's Murray Avenue end"), ('medical_record', 'UPMC 4471-0832-6')]),
    C('Post-Dobbs stress and reproductive trauma in Texas: any groups using the PCL-5 with the LEC-5? Spanish versions ok. Wednesday evenings preferred.'),
    C("Polytechnique 1989: Nathalie Provencher, 58, engineer, lives in Outremont's Ducharme corner. RAMQ PROV 6752 1409.", [('name', 'Nathalie Provencher'), ('place', "Outremont's Ducharme corner"), ('health_plan', 'PROV 6752 1409')]),
    C("Hypervigilance on the Fourth of July: veterans in Kentucky and the fireworks. The VA's PTSD Coach app has a good module. Any others?"),
    C('jesús "chuy" ramírez lives in pilsen\'s 18th street row, the key bridge crew was his cousin.', [('name', 'jesús "chuy" ramírez'), ('place', "pilsen's 18th street row")]),
    C("IP 92.184.44.217 - Yannick Le Goff-Quéméner, from Brest's Recouvrance, a Saint-Étienne-du-Rouvray attack witness.", [('ip_address', '92.184.44.217'), ('name', 'Yannick Le Goff-Quéméner'), ('place', "Brest's Recouvrance"), ('place', 'Saint-Étienne-du-Rouvray')]),
    C("Abuela Chela Marrero, 104 según su cédula, Cuban, lives in Hialeah's West 49th Street strip.", [('name', 'Chela Marrero'), ('age_over_89', '104 según su cédula'), ('place', "Hialeah's West 49th Street strip")]),
    C("VNS implant LivaNova SenTiva M1000 SN 44719 in Orla Fennessy-Hanrahan, epilepsy and PTSD, from Ennis' Cloughleigh estate.", [('device', 'LivaNova SenTiva M1000 SN 44719'), ('name', 'Orla Fennessy-Hanrahan'), ('place', "Ennis' Cloughleigh estate")]),
    C("Monterey Park: Mei-Ling Ho-Castañeda was at the Star Ballroom's back tables; ph 626-573-4418.", [('name', 'Mei-Ling Ho-Castañeda'), ('place', "Star Ballroom's back tables"), ('phone', '626-573-4418')]),
    C("Zsófia Balogh-Farkas, TAJ TAJ 044 721 903, lives in Miskolc's Avas lakótelep, flood of 2010 still bothers her.", [('name', 'Zsófia Balogh-Farkas'), ('health_plan', 'TAJ 044 721 903'), ('place', "Miskolc's Avas lakótelep")]),
    C("My Roma clients in Hungary don't trust the Beck Depression Inventory. We use a semi-structured interview from the WHO mhGAP. Anyone adapted it for Romani?"),
    C("Pádraigín Nic Giolla Bhríde from Gweedore's Bunbeg pier road, her uncle was on the Creeslough forecourt. IHI IHI 7044 2719 88.", [('name', 'Pádraigín Nic Giolla Bhríde'), ('place', "Gweedore's Bunbeg pier road"), ('medical_record', 'IHI 7044 2719 88')]),
    C('Vortioxetine 10 mg caused nausea for a Czech client; the MADRS is 26 in April. Would you try Bupropion 150 mg or Agomelatine? Both available in Czechia.'),
    C("A Mi'kmaw Elder co-facilitates my Thursday circle. We use the Two-Eyed Seeing framework from Albert Marshall. Anyone else in Nova Scotia doing this?"),
    C('Holocaust Remembrance Day is in January and Yom HaShoah in April; my second-generation clients in Argentina and Brazil have two anniversaries. Thoughts?'),
    C("Grindavík: Guðrún Sveinbjörnsdóttir had to leave Grindavík's Víkurbraut row in Nov 2023; kennitala 140572-3389.", [('name', 'Guðrún Sveinbjörnsdóttir'), ('place', "Grindavík's Víkurbraut row"), ('ssn', '140572-3389')]),
    C("Halifax explosion descendant Clarence Sparks-Beals from Africville's Barrington end, wants help with grief and land claims. Email csbeals@eastlink.ca.", [('name', 'Clarence Sparks-Beals'), ('place', "Africville's Barrington end"), ('email', 'csbeals@eastlink.ca')]),
    C("Her father Ernesto Villalba died on 11/09/2001; she lives in Paterson's Eastside Park end. Email evillalba.daughter@aol.com.", [('name', 'Ernesto Villalba'), ('date', '11/09/2001'), ('place', "Paterson's Eastside Park end"), ('email', 'evillalba.daughter@aol.com')]),
    C("Ahmad Shinwari, ninety winters, he says, Afghan elder, at Scarborough's Thorncliffe Park tower 5. DOB on his PR card 01/01/1936.", [('name', 'Ahmad Shinwari'), ('age_over_89', 'ninety winters, he says'), ('place', "Scarborough's Thorncliffe Park tower 5"), ('date', '01/01/1936')]),
    C("CLABE 012180004472190881 for Teresa Sánchez Cuautle, in Cuautepec's barrio alto.", [('account', '012180004472190881'), ('name', 'Teresa Sánchez Cuautle'), ('place', "Cuautepec's barrio alto")]),
    C("Cumbria floods: Eilidh Forster runs a café in Cockermouth's Main Street bridge end; plate PN15 KWX.", [('name', 'Eilidh Forster'), ('place', "Cockermouth's Main Street bridge end"), ('vehicle', 'PN15 KWX')]),
    C('Lent and eating disorders: a Catholic client in Italy restricts harder from Ash Wednesday. The EDE-Q went from 2.1 to 3.4. How do you approach the faith side?'),
    C('Pulse survivor Edgardo Ríos Santiago, Orlando, FL DL R252-417-83-091-0, needs a letter for his employer. Seen at the Lake Nona LGBT clinic annex.', [('name', 'Edgardo Ríos Santiago'), ('licence', 'R252-417-83-091-0'), ('place', 'the Lake Nona LGBT clinic annex')]),
    C("Karabakh exodus 2023: Anahit Grigoryan-Avetisyan left Stepanakert's Nor Kyanq quarter with her mother, ninety-eight by the church book. Now in Abovyan.", [('name', 'Anahit Grigoryan-Avetisyan'), ('place', "Stepanakert's Nor Kyanq quarter"), ('age_over_89', 'ninety-eight by the church book')]),
    C('Rui Barata Fernandes was on the N-236-1 road the night of the Pedrógão fire. NIF 214 477 290. Telemóvel 912 447 081.', [('name', 'Rui Barata Fernandes'), ('ssn', '214 477 290'), ('phone', '912 447 081')]),
    C('Fluoxetine 20 mg in an Inuk teen in Nunavut; the PHQ-A is 17. Telepsychiatry from the south is every other Monday. How to handle the gaps?'),
    C("Sarajevo siege: Dragan Vukić grew up in Dobrinja IV's bread-line corner; now a taxi driver in Vienna, Austrian plate W-44721 TX.", [('name', 'Dragan Vukić'), ('place', "Dobrinja IV's bread-line corner"), ('vehicle', 'W-44721 TX')]),
    C("Hamza El Khattabi, Spanish IBAN ES76 2100 0447 2190 0088 4471, lives in Melilla's Cañada de la Muerte.", [('name', 'Hamza El Khattabi'), ('account', 'ES76 2100 0447 2190 0088 4471'), ('place', "Melilla's Cañada de la Muerte")]),
    C("PIX key pix: 447.219.088-31 from Rosângela Moraes, Muçum's Vila Fátima.", [('account', 'pix: 447.219.088-31'), ('name', 'Rosângela Moraes'), ('place', "Muçum's Vila Fátima")]),
    C("Does BlueCross BlueShield of Texas cover EMDR intensives? Three 3-hour sessions in one week. The client's PCL-5 is 61 and he works Mondays to Thursdays."),
    C("Case CHUV 447-2190-T - Ana-Maria Popović, Lausanne, Renens' Florissant blocks.", [('medical_record', 'CHUV 447-2190-T'), ('name', 'Ana-Maria Popović'), ('place', "Renens' Florissant blocks")]),
    C("maryse jean-louis in pointe-à-pitre's lauricisque, wants kreyòl-speaking therapist, soonest.", [('name', 'maryse jean-louis'), ('place', "pointe-à-pitre's lauricisque")]),
    C('Our agency in Alberta switched from the OQ-45 to the CORE-10 in September. The Blackfoot Elders on staff prefer neither. What do you use with First Nations clients?'),
    C('Quetiapine 25 mg for sleep in an older Polish man; his GP in Ontario wants to stop it before the Christmas holidays. Any tips on tapering with the ISI?'),
    C("Aurora Baptiste-Felix keeps a suitcase packed by the door in Roseau's Pottersville, nine years after the storm.", [('name', 'Aurora Baptiste-Felix'), ('place', "Roseau's Pottersville")]),
    C("Bogdan Cîrstea lives at Ferentari's Livezilor corner and has never told his mother about the fire.", [('name', 'Bogdan Cîrstea'), ('place', "Ferentari's Livezilor corner")]),
    C("Viña del Mar fires 2024: Marcela Tapia Henríquez of El Olivar's Villa Independencia, RUT 14.882.391-6, FONASA tramo B.", [('name', 'Marcela Tapia Henríquez'), ('place', "El Olivar's Villa Independencia"), ('ssn', '14.882.391-6')]),
    C("Device log: cochlear processor Cochlear Nucleus 8 SN 4471902233 for Elodie Vasseur, teenager from Marseille's Belsunce.", [('device', 'Cochlear Nucleus 8 SN 4471902233'), ('name', 'Elodie Vasseur'), ('place', "Marseille's Belsunce")]),
    C("amparo soler from catarroja's port road, the dana flood in nov 24, her husband died in the garage. tarjeta SIP SIP 10447 2219", [('name', 'amparo soler'), ('place', "catarroja's port road"), ('health_plan', 'SIP 10447 2219')]),
    C('For Spanish colleagues: the Escala de Gravedad de Síntomas del TEPT (EGS-R) by Echeburúa vs the PCL-5 in Spanish. Which do you prefer?'),
    C("Mateo Paz Villarroel, Mercado Pago alias mateo.paz.villa.mp, from Viedma's Barrio Mi Bandera.", [('name', 'Mateo Paz Villarroel'), ('account', 'mateo.paz.villa.mp'), ('place', "Viedma's Barrio Mi Bandera")]),
    C('How do you handle Yom Kippur fasting with a diabetic client on Insulin Glargine 20 units? Her rabbi said she must eat. Her endocrinologist agreed.'),
    C("Teams logs from 81.157.44.219 (Declan Horgan, Cobh's Rushbrooke) and 86.44.219.7.", [('ip_address', '81.157.44.219'), ('name', 'Declan Horgan'), ('place', "Cobh's Rushbrooke"), ('ip_address', '86.44.219.7')]),
    C('Sisu and stoicism make my Finnish clients underreport on the BDI-II. Anyone tried the Finnish EPDS with fathers? Midsummer is when they crash.'),
    C("Group page https://facebook.com/groups/grindavik.samhjalp posted by Sigrún Hallsdóttir of Grindavík's Hópshverfi harbour end.", [('url', 'https://facebook.com/groups/grindavik.samhjalp'), ('name', 'Sigrún Hallsdóttir'), ('place', "Grindavík's Hópshverfi harbour end")]),
    C("Kharkiv: Yevheniia Melnyk, Saltivka's Natalii Uzhvii block, evacuated to Vilnius. Phone +370 612 44 719.", [('name', 'Yevheniia Melnyk'), ('place', "Saltivka's Natalii Uzhvii block"), ('phone', '+370 612 44 719')]),
    C('How do you use the Edinburgh Postnatal Depression Scale with Inuit mothers in northern Quebec? The Inuktitut version exists but the EPDS cut-off is debated.'),
    C('Methylphenidate and Clonidine in a 9-year-old refugee from Sudan, now in Denmark. The SDQ teacher form says 24. Is PTSD being missed?'),
    C('Memantine 10 mg, Donepezil 10 mg, and now agitation in the evenings; the NPI is 28. Family in Quebec asks about Trazodone vs Quetiapine. Thoughts?'),
    C("Zaria Whitfield-Onyango, Buffalo Tops shooting, lives two blocks from the Jefferson Avenue store's back lot, ph 716-884-2019. Wants a Black woman therapist.", [('name', 'Zaria Whitfield-Onyango'), ('place', "the Jefferson Avenue store's back lot"), ('phone', '716-884-2019')]),
    C('Supervision reflection: I keep reaching for EMDR with the flood survivors, but the NICE guideline from 2018 gives TF-CBT equal weight. Does anyone use NET with Spanish speakers?'),
    C("Monday reminder: the EMDR Europe conference in Spain this June. Early bird ends Friday. Francine Shapiro's protocol workshop is full."),
    C('Haloperidol PRN on an inpatient unit in Belgium, 5 mg IM twice in May for a Congolese client with a first episode. How do you approach consent with the PANSS?'),
    C('The Global Burden of Disease 2021 numbers for Latin America put depression ahead of HIV. Useful for a grant to the Inter-American Development Bank.'),
    C("Boston Marathon: Liam Kiernan-Doherty at Boylston's Forum restaurant patio; prosthetic leg Össur Proprio Foot SN PF44721903 needs a new liner.", [('name', 'Liam Kiernan-Doherty'), ('place', "Boylston's Forum restaurant patio"), ('device', 'Össur Proprio Foot SN PF44721903')]),
    C('Fax (210) 447-2199 - Marisela Aguirre Flores, Uvalde, re: disability paperwork.', [('fax', '(210) 447-2199'), ('name', 'Marisela Aguirre Flores')]),
    C("Sliding-scale refund to Giacomo Ferrante, IBAN IT60 X054 2811 1010 0000 0447 219, in Faenza's Borgo Durbecco after the 2023 floods.", [('name', 'Giacomo Ferrante'), ('account', 'IT60 X054 2811 1010 0000 0447 219'), ('place', "Faenza's Borgo Durbecco")]),
    C("The Bolivian Ministry of Health's Guía de Salud Mental uses the SRQ-20. Anyone validated it in Aymara? Sessions on Fridays with an interpreter."),
    C('Trauma-informed yoga (David Emerson) at the VA in Colorado. Anyone integrate it with CPT? Session 4 on Trust is hard with military sexual trauma.'),
    C('Olanzapine 5 mg and Lorazepam 1 mg for a manic episode during Carnival in Brazil. The YMRS was 32. The Portuguese version is validated.'),
    C("Strasbourg Christmas market 2018: Pierre-Yves Kessler was shot near rue des Orfèvres' corner shop; permis 12AB77410.", [('name', 'Pierre-Yves Kessler'), ('place', "rue des Orfèvres' corner shop"), ('licence', '12AB77410')]),
    C("Bereaved by suicide: the Samaritans' Help is at Hand booklet in the UK and the AFSP in the US. Any Spanish equivalents in Mexico or Colombia?"),
    C("IP 201.141.44.190 tied to Raymundo Calleja, in Acapulco's Renacimiento colonia.", [('ip_address', '201.141.44.190'), ('name', 'Raymundo Calleja'), ('place', "Acapulco's Renacimiento colonia")]),
    C("Omnipod PDM Insulet PDM SN 4471-2190-KB belongs to Freya Duncanson, from Kirkwall's Papdale East; it was found in a car after the storm.", [('device', 'Insulet PDM SN 4471-2190-KB'), ('name', 'Freya Duncanson'), ('place', "Kirkwall's Papdale East")]),
    C("Danish colleagues - is the Cullberg crisis model still taught in Danish programmes? I read Johan Cullberg's book in Swedish at university."),
    C("Valparaíso hills: Iván Ramírez Cofré, Pasaje Los Aromos 221, Cerro Rocuant's upper pasaje, his dog died in the fire. Email ivan.rcofre@gmail.cl.", [('name', 'Iván Ramírez Cofré'), ('street_address', 'Pasaje Los Aromos 221'), ('place', "Cerro Rocuant's upper pasaje"), ('email', 'ivan.rcofre@gmail.cl')]),
    C("The Lewiston shooting: Owen Thibodeau was at Schemengees Bar & Grille's back pool room and is now on a Maine DL ME 7720419, wants to know if he can drive to sessions on lorazepam.", [('name', 'Owen Thibodeau'), ('place', "Schemengees Bar & Grille's back pool room"), ('licence', 'ME 7720419')]),
    C("Hearing aid Phonak Audéo L90 serial 2219W447 belongs to Reginald Ashby, ninety-four last Boxing Day, from Hull's Orchard Park estate.", [('device', 'Phonak Audéo L90 serial 2219W447'), ('name', 'Reginald Ashby'), ('age_over_89', 'ninety-four last Boxing Day'), ('place', "Hull's Orchard Park estate")]),
    C("Fiadh Ní Dhonnchadha, Irish DL IE 190447219, drives from Carna's Maínis road to sessions in Galway.", [('name', 'Fiadh Ní Dhonnchadha'), ('licence', 'IE 190447219'), ('place', "Carna's Maínis road")]),
    C('Anniversary reactions in March for a Spanish client: the 11-M anniversary. The CAPS-5 rose from 28 to 41 in March. Expected?'),
    C("SSN 447-21-9088 on the fax was Lamar Pettaway's, from Selma's Edmundite corner.", [('ssn', '447-21-9088'), ('name', 'Lamar Pettaway'), ('place', "Selma's Edmundite corner")]),
    C('Christmas Eve and the Wigilia are central for my Polish clients in the US Midwest. Empty chairs at the table hit hard.'),
    C("Volendam café fire 2001: Kees Schilder-Tol has burns scars and panics on New Year; Volendam's Haven dike. Fax for his GP 0299-36 7721.", [('name', 'Kees Schilder-Tol'), ('place', "Volendam's Haven dike"), ('fax', '0299-36 7721')]),
    C("Joplin, again: Hollis Drennan, ninety-nine by Memorial Day, lives at the St. John's Regional ruins' old lot. Medicare MBI 4TK7-HA2-WX84.", [('name', 'Hollis Drennan'), ('age_over_89', 'ninety-nine by Memorial Day'), ('place', "the St. John's Regional ruins' old lot"), ('health_plan', 'MBI 4TK7-HA2-WX84')]),
    C("Anselmo Ybáñez and his wife Rosa Lidia Ybáñez lost the house in Paiporta's Barri de Pintor Sorolla. Both wake at 3 a.m.", [('name', 'Anselmo Ybáñez'), ('name', 'Rosa Lidia Ybáñez'), ('place', "Paiporta's Barri de Pintor Sorolla")]),
    C("Transit/account 00447-003-1908847 for Marie-Soleil Lavoie, in Limoilou's Vieux-Moulin.", [('account', '00447-003-1908847'), ('name', 'Marie-Soleil Lavoie'), ('place', "Limoilou's Vieux-Moulin")]),
    C('Fax +30 2410 447 219 to the Larissa office for Vasilis Tsiakalos.', [('fax', '+30 2410 447 219'), ('name', 'Vasilis Tsiakalos')]),
    C('The ICD-11 Complex PTSD criteria and the ITQ - has anyone used the Spanish ITQ in Chile or Argentina? Norms seem thin outside Ireland and the UK.'),
    C("Kauhajoki 2008: Sanna Mäkelä-Rintala was in the next classroom; Kauhajoki's Hyypänmäki side. HETU 120688-476T.", [('name', 'Sanna Mäkelä-Rintala'), ('place', "Kauhajoki's Hyypänmäki side"), ('ssn', '120688-476T')]),
    C("Has anyone trained in CPT with Patricia Resick's team since the 2024 revision? The Portuguese worksheets from Brazil look good but the Stuck Points list is long."),
    C('Venlafaxine XR 150 mg and Prazosin 2 mg for nightmares, ordered by a psychiatrist in Texas. The CAPS-5 is pending. Anything to watch in a 70-year-old veteran?'),
    C("Zip 10032-4471 and 583 W 160th St, Apt 4B - Altagracia Peña Ventura, Washington Heights' Audubon side.", [('zip_code', '10032-4471'), ('street_address', '583 W 160th St, Apt 4B'), ('name', 'Altagracia Peña Ventura'), ('place', "Washington Heights' Audubon side")]),
    C("Tempi train crash: Eleni Papathanasiou-Drosou lost her daughter in the first carriage. Lives at Odos Tsimiski 44, Thessaloniki's Ladadika, TK 546 24.", [('name', 'Eleni Papathanasiou-Drosou'), ('street_address', 'Odos Tsimiski 44'), ('place', "Thessaloniki's Ladadika"), ('zip_code', '546 24')]),
    C('Workshop in French on la thérapie des schémas (Jeffrey Young) in Belgium, Saturday 14 March. Is anyone from Wallonia going?'),
    C("Sleep apnoea and PTSD: CPAP adherence improves nightmares? A Portuguese client's AHI is 31. His pulmonologist wants Modafinil for day sleepiness."),
    C("Sandy Hook: Patricia Dreznik, a bus driver, Newtown's Riverside Road bend, fax for her EAP 203-426-7719.", [('name', 'Patricia Dreznik'), ('place', "Newtown's Riverside Road bend"), ('fax', '203-426-7719')]),
    C("Dnipro apartment strike, Jan 2023: Anastasiia Tkachenko lived at Naberezhna Peremohy 118, kv. 77; she's now in Tartu, Estonian isikukood 49702140228.", [('name', 'Anastasiia Tkachenko'), ('street_address', 'Naberezhna Peremohy 118, kv. 77'), ('ssn', '49702140228')]),
    C("Zolpidem 10 mg every night for four years in a Greek woman, 81. The Beers Criteria say no. The GP in Crete says she'll riot. How to taper?"),
    C("Reading: Bessel van der Kolk's The Body Keeps the Score vs the critiques in the British Journal of Psychiatry. Tuesday, 7 pm Eastern, CEU for LCSWs."),
    C("Kimberly Delgado Aponte, Calle Tapia 118, 00915 San Juan, Santurce's Barrio Obrero.", [('name', 'Kimberly Delgado Aponte'), ('street_address', 'Calle Tapia 118'), ('zip_code', '00915'), ('place', "Santurce's Barrio Obrero")]),
    C("Graz school shooting 2025: Lena Pirker, pupil at the Dreierschützengasse BORG's third floor; her mother Sabine Pirker-Mayr, SVNR 4471 140382.", [('name', 'Lena Pirker'), ('place', "the Dreierschützengasse BORG's third floor"), ('name', 'Sabine Pirker-Mayr'), ('ssn', '4471 140382')]),
    C("email noreply.kovalenko@ukr.net belongs to Taras Kovalenko in Irpin's Romanovka bridge end.", [('email', 'noreply.kovalenko@ukr.net'), ('name', 'Taras Kovalenko'), ('place', "Irpin's Romanovka bridge end")]),
    C("eliseu koch from muçum's ferry landing, lost his hardware shop to the Taquari, wants tele sessions. ip log 177.38.144.92", [('name', 'eliseu koch'), ('place', "muçum's ferry landing"), ('ip_address', '177.38.144.92')]),
    C('Anyone using Safe and Sound Protocol (Stephen Porges) with autistic teens in Canada? My OT colleague in Manitoba swears by it.'),
    C("Dutch client Sanne Wijnaldum, Amsterdam Bijlmer's Kleiburg flat, BIG-nummer of her previous therapist BIG 4907721903.", [('name', 'Sanne Wijnaldum'), ('place', "Bijlmer's Kleiburg flat"), ('licence', 'BIG 4907721903')]),
    C("Fort McMurray 2016: Jaxon Cardinal, Mikisew Cree, from Beacon Hill's Beaconwood Place, Alberta AHCIP AHC 44721-9081.", [('name', 'Jaxon Cardinal'), ('place', "Beacon Hill's Beaconwood Place"), ('health_plan', 'AHC 44721-9081')]),
    C('Paraguayan clients in Argentina speak Guaraní at home and Spanish in sessions. Does the PHQ-9 Guaraní version exist? The Paraguayan Ministry might know.'),
    C("Agnieszka Pietrzyk-Nowak paid by PL61 1090 1014 0000 0712 1981 4471; she lives in Nysa's Górna Wieś estate after the 2024 flood.", [('name', 'Agnieszka Pietrzyk-Nowak'), ('account', 'PL61 1090 1014 0000 0712 1981 4471'), ('place', "Nysa's Górna Wieś estate")]),
    C("Lorazepam 1 mg PRN, used daily since the September anniversary. Her NP in Oregon wants a taper by Halloween. I think that's too fast. Opinions?"),
    C("Swissair 111, Peggy's Cove: Abigail Boutilier, ninety-seven in the spring, lives at Indian Harbour's Boutilier Point road and still dreams of the lights.", [('name', 'Abigail Boutilier'), ('age_over_89', 'ninety-seven in the spring'), ('place', "Indian Harbour's Boutilier Point road")]),
    C("Sort code 20-44-72 acct 19088431 for Graham Fairweather, Carlisle's Warwick Road end.", [('account', '20-44-72 acct 19088431'), ('name', 'Graham Fairweather'), ('place', "Carlisle's Warwick Road end")]),
    C("Patient Ruby Gladstone-Achebe, aged 106, at Moss Side's Alexandra Park edge, DNR conversation pending.", [('name', 'Ruby Gladstone-Achebe'), ('age_over_89', 'aged 106'), ('place', "Moss Side's Alexandra Park edge")]),
    C('My Ukrainian clients describe the air-raid app on Telegram as the trigger, not the sirens. PCL-5 in Ukrainian scored 52 last Friday. Would you start PE or stabilise first?'),
    C('For Mexican clients: the Escala de Depresión CES-D in Spanish vs the PHQ-9. I found the CES-D misses somatic nervios. Thoughts from Jalisco colleagues?'),
    C("Guayaquil 2020: Bolívar Chalén Mite kept his father's body at home four days in Guasmo Sur's cooperativa Unión de Bananeros. WhatsApp +593 98 447 2016.", [('name', 'Bolívar Chalén Mite'), ('place', "Guasmo Sur's cooperativa Unión de Bananeros"), ('phone', '+593 98 447 2016')]),
    C("Session on Wednesday, 29 October 2025 for Pilar Gimeno Alcañiz, Sedaví's Barri de la Estació.", [('date', 'Wednesday, 29 October 2025'), ('name', 'Pilar Gimeno Alcañiz'), ('place', "Sedaví's Barri de la Estació")]),
    C('fwd from intake@bahamashopeclinic.org: Lavardo Pinder, Grand Bahama after Dorian, NIB NIB 211-084-770, fax back 242-352-7790.', [('email', 'intake@bahamashopeclinic.org'), ('name', 'Lavardo Pinder'), ('ssn', 'NIB 211-084-770'), ('fax', '242-352-7790')]),
    C("Darién crossing: Yorgelis Camacho Urdaneta and son from Maracaibo's Sierra Maestra parish, now in a shelter in Chicago; A-number A 219-447-508.", [('name', 'Yorgelis Camacho Urdaneta'), ('place', "Maracaibo's Sierra Maestra parish"), ('ssn', 'A 219-447-508')]),
    C("Hurricane Milton: Ximena Arbeláez Tobón, 2901 26th Ave S, Unit 14, St. Pete's Lakewood Estates, FL 33712. Fax 727-893-4417.", [('name', 'Ximena Arbeláez Tobón'), ('street_address', '2901 26th Ave S, Unit 14'), ('place', "St. Pete's Lakewood Estates"), ('zip_code', '33712'), ('fax', '727-893-4417')]),
    C('The Aberfan literature (Morgan, 2003) and the Buffalo Creek studies by Kai Erikson are still the best on collective trauma. Anyone know newer work from Appalachia?'),
    C('Any data on Esketamine (Spravato) for TRD in Portugal or Spain? A colleague in Andalusia has a client on it twice weekly and the MADRS fell from 34 to 20.'),
    C("Anders Brekke's boat reg M-447-HØ from Hareid's Brandal quay.", [('name', 'Anders Brekke'), ('vehicle', 'M-447-HØ'), ('place', "Hareid's Brandal quay")]),
    C("Gustavo Iturriaga Sosa, Argentine plate AF 447 TK, moved from Rosario's Salta y Oroño corner after the 2013 gas explosion.", [('name', 'Gustavo Iturriaga Sosa'), ('vehicle', 'AF 447 TK'), ('place', "Rosario's Salta y Oroño corner")]),
    C('Greek Orthodox Lent, Clean Monday and the Epitaphios on Good Friday are important to my client in Illinois. Move sessions?'),
    C('Scottish colleagues: is Compassion Focused Therapy (Paul Gilbert) taught in the NES programme? A client on Venlafaxine 225 mg wants something gentler.'),
    C('Hogmanay was hard: a client in the Highlands drank for three days. AUDIT-C 10. The NHS Scotland Alcohol Brief Intervention manual is decent.'),
    C("Shaquille Farquharson was on the roof at Marsh Harbour's Pigeon Peas for 36 hours.", [('name', 'Shaquille Farquharson'), ('place', "Marsh Harbour's Pigeon Peas")]),
    C('Anyone using the PCL-5 with Quebec francophone clients? My Thursday group scores drop in January, and I wonder if Christmas and the Réveillon inflate the December numbers.'),
    C('Magdeburg Christmas market attack: Kerstin Wolter, Breiter Weg 191, 39130 Magdeburg-Altstadt. AOK AOK Sachsen-Anhalt A229470815.', [('name', 'Kerstin Wolter'), ('street_address', 'Breiter Weg 191'), ('zip_code', '39130'), ('place', 'Magdeburg-Altstadt'), ('health_plan', 'AOK Sachsen-Anhalt A229470815')]),
    C("callum mcgillivray-rae piper alpha family, aberdeen's torry - dad died 1988. email c.mcgillivray88@btinternet.com", [('name', 'callum mcgillivray-rae'), ('place', "aberdeen's torry"), ('email', 'c.mcgillivray88@btinternet.com')]),
    C('Ataque de nervios in a Puerto Rican grandmother every Thanksgiving. The DSM-5-TR Cultural Formulation Interview helped. Any Spanish CFI supplements you recommend?'),
    C("Spitak 1988: Vardan Sargsyan, 91 since Vardavar, lost his school class in Spitak's School No. 1 yard; his daughter in Glendale emails lilit.sargsyan.gl@gmail.com.", [('name', 'Vardan Sargsyan'), ('age_over_89', '91 since Vardavar'), ('place', "Spitak's School No. 1 yard"), ('email', 'lilit.sargsyan.gl@gmail.com')]),
    C('Valproate in a woman of childbearing age in the UK: the MHRA 2024 rules mean two signatures. The Lamotrigine switch took until March.'),
    C('How do colleagues in Spain bill Osakidetza for trauma therapy? The Basque Health Service changed the rules in January.'),
    C('Are there IFS (Richard Schwartz) consultants who speak Polish? A client in Ireland wants Internal Family Systems but struggles in English.'),
    C('The Beck Hopelessness Scale in Brazilian Portuguese, and the SSI - anyone using both? The Ministério da Saúde guidance changed in 2023.'),
    C("Emilia quake 2012: Rosanna Malavasi worked at the Medolla biomedical plant's line 3; tessera sanitaria 80380 0044 7122 9930.", [('name', 'Rosanna Malavasi'), ('place', "Medolla biomedical plant's line 3"), ('health_plan', '80380 0044 7122 9930')]),
    C('Sessions in Basque (Euskara) are rare; I know two therapists in the Basque Country. Any in Navarre or the French Basque Country for a client moving in August?'),
    C("Hurricane Melissa 2025: Omari Thelwell from Black River's High Street market, JM plate 7721 HT, lost the van he sold fish from.", [('name', 'Omari Thelwell'), ('place', "Black River's High Street market"), ('vehicle', '7721 HT')]),
    C("Dagný Ólafsdóttir from Flateyri's harbour row survived the 1995 avalanche; she emails from dagny.olafs@simnet.is.", [('name', 'Dagný Ólafsdóttir'), ('place', "Flateyri's harbour row"), ('email', 'dagny.olafs@simnet.is')]),
    C("Jakob Untersteiner, 93 and a half at Pfingsten, survived the Eschede derailment's first carriage, lives in Eschede's Bahnhofstraße quarter. Tochter: m.untersteiner@web.de.", [('name', 'Jakob Untersteiner'), ('age_over_89', '93 and a half at Pfingsten'), ('place', "Eschede's Bahnhofstraße quarter"), ('email', 'm.untersteiner@web.de')]),
    C("Record AKH 2219447-8 for Fatma Yıldırım-Kaya, Favoriten's Keplerplatz corner, Vienna, after the 2020 shooting.", [('medical_record', 'AKH 2219447-8'), ('name', 'Fatma Yıldırım-Kaya'), ('place', "Favoriten's Keplerplatz corner")]),
    C("Wheelchair Permobil M3 Corpus SN PM44721908 broke on the flight for Tamsin Polglase-Rowe of Camborne's Tuckingmill chapel row.", [('device', 'Permobil M3 Corpus SN PM44721908'), ('name', 'Tamsin Polglase-Rowe'), ('place', "Camborne's Tuckingmill chapel row")]),
    C("Pedrógão Grande: Dona Albertina Simões, noventa e quatro anos, from Nodeirinho's lower houses; her son emails jsimoes.pg@sapo.pt.", [('name', 'Albertina Simões'), ('age_over_89', 'noventa e quatro anos'), ('place', "Nodeirinho's lower houses"), ('email', 'jsimoes.pg@sapo.pt')]),
    C('The CAPS-5 in Spanish (Mexico) and the CAPS-5 in Spanish (Spain) differ on numbing items. Which did you use in Puerto Rico?'),
    C("Fax +33 4 91 44 72 19 for Samir Benali-Gaudin, Marseille's Félix-Pyat towers.", [('fax', '+33 4 91 44 72 19'), ('name', 'Samir Benali-Gaudin'), ('place', "Marseille's Félix-Pyat towers")]),
    C('Our Saturday workshop on Narrative Exposure Therapy (Schauer, Neuner, Elbert) is in German and English. Bring a lifeline rope and stones. 10:00-16:00 CET.'),
    C('Parkland parent Rochelle Adler-Ibáñez asked us to fax school records to 954-344-7721 ahead of the Broward hearing.', [('name', 'Rochelle Adler-Ibáñez'), ('fax', '954-344-7721')]),
    C("Hospital number RVI 447219X for Kieran Armstrong, from Byker Wall's Dunn Terrace.", [('medical_record', 'RVI 447219X'), ('name', 'Kieran Armstrong'), ('place', "Byker Wall's Dunn Terrace")]),
    C('I use the Penn State Worry Questionnaire with Portuguese clients in Luxembourg. The PSWQ in Portuguese is validated in Brazil. Close enough?'),
    C('Mirtazapine 15 mg versus Trazodone 50 mg for sleep in a depressed Dominican man with diabetes; A1c is 8.2%. Prefer not to add weight. Thoughts?'),
    C('The Chilean Colegio de Psicólogos and the APA disagree on telehealth across borders. A client moved to Argentina in July; can I still see her?'),
    C('A Brazilian Evangelical client says her Pastor told her therapy is sin. The RCOPE and the Brief RCOPE in Portuguese helped us talk. Anyone else?'),
    C("Kalani Nakamura-Ruiz, Dexcom G7 receiver DX7-447-2190-TK, in San Diego's City Heights.", [('name', 'Kalani Nakamura-Ruiz'), ('device', 'DX7-447-2190-TK'), ('place', "San Diego's City Heights")]),
    C('Surfside collapse family member: Matías Szerman-Levy, 8777 Collins Ave, Apt 611, Surfside Beach Terrace, FL 33154-2207. Cell (305) 861-4470.', [('name', 'Matías Szerman-Levy'), ('street_address', '8777 Collins Ave, Apt 611'), ('place', 'Surfside Beach Terrace'), ('zip_code', '33154-2207'), ('phone', '(305) 861-4470')]),
    C("I'm revising our Spanish safety-plan template (Stanley and Brown) for farmworkers in Washington State. Harvest season is August to October."),
    C("Jurgis Petrauskas-Vaitkus, date of accident 23.08.2024, Kaunas' Šančiai; MRN from Santaros VUL SK 4471902.", [('name', 'Jurgis Petrauskas-Vaitkus'), ('date', '23.08.2024'), ('place', "Kaunas' Šančiai"), ('medical_record', 'VUL SK 4471902')]),
    C("ok so jolene pelletier from lac-mégantic's rue frontenac side wants EMDR again, she was at the musi-café that night. ph 819-583-7702", [('name', 'jolene pelletier'), ('place', "lac-mégantic's rue frontenac side"), ('phone', '819-583-7702')]),
    C("Dr. Rachel Yehuda's work on intergenerational trauma and FKBP5 is cited a lot. Anyone read the 2016 Biological Psychiatry paper with a critical eye?"),
    C("Lac-Mégantic again: Sylvie Lapointe, 5221 rue Laval, app. 2, Lac-Mégantic's Fatima side, QC G6B 1C4.", [('name', 'Sylvie Lapointe'), ('street_address', '5221 rue Laval, app. 2'), ('place', "Lac-Mégantic's Fatima side"), ('zip_code', 'G6B 1C4')]),
    C("Zoom from 2800:a4:1e7f:4400::219 - Joaquín Riquelme Saavedra in Viña's Achupallas.", [('ip_address', '2800:a4:1e7f:4400::219'), ('name', 'Joaquín Riquelme Saavedra'), ('place', "Viña's Achupallas")]),
    C("Zelle zelle: 305-447-2190 from Marlene Castellanos, Doral's Costa del Sol.", [('account', 'zelle: 305-447-2190'), ('name', 'Marlene Castellanos'), ('place', "Doral's Costa del Sol")]),
    C("Ivana Mikulić, 94 godine, Sisak's Caprag, after the 2020 quake.", [('name', 'Ivana Mikulić'), ('age_over_89', '94 godine'), ('place', "Sisak's Caprag")]),
    C("Referred on March 5th, 2026: Aoife Brennan-Kowalczyk, Limerick's Moyross; MRN UHL 0447219.", [('date', 'March 5th, 2026'), ('name', 'Aoife Brennan-Kowalczyk'), ('place', "Limerick's Moyross"), ('medical_record', 'UHL 0447219')]),
    C("Ruairí Gallchóir says the priest from Falcarragh's Ballyness road still visits every Friday.", [('name', 'Ruairí Gallchóir'), ('place', "Falcarragh's Ballyness road")]),
    C('Buprenorphine 8 mg and Naloxone in a Métis client in Saskatchewan; he wants trauma therapy but the clinic requires 90 days of clean urine. Too strict?'),
    C('Germanwings: Hanna Kösters-Bruns, Haltern am See, teacher at the Joseph-König school annex; wants grief work. Handy 0171 8820 4412.', [('name', 'Hanna Kösters-Bruns'), ('place', 'Joseph-König school annex'), ('phone', '0171 8820 4412')]),
    C('Bupropion 300 mg for smoking cessation and depression in a Scottish client; the BDI-II is 24. Varenicline instead? NHS Scotland pays for both.'),
    C('For Greek speakers: is there a validated Greek PHQ-9? A client from Thessaly after Storm Daniel uses the word stenochoria rather than anxiety.'),
    C('Pim van Gelder, Roombeek 221, 7523 TX Enschede.', [('name', 'Pim van Gelder'), ('street_address', 'Roombeek 221'), ('zip_code', '7523 TX')]),
    C('Hurricane season starts in June; my Bahamian and Haitian clients in Florida get jumpy from May. Any psychoeducation handouts in Kreyòl?'),
    C("St Vincent's La Soufrière: Dwayne Cordice, evacuated from Fancy village's upper road, is in Kingstown with a ResMed AirSense 11 serial 23191846027 that needs power.", [('name', 'Dwayne Cordice'), ('place', "Fancy village's upper road"), ('device', 'ResMed AirSense 11 serial 23191846027')]),
    C("Obdulia Caal Tiul walks two hours from Chisec's aldea Sechaj for sessions and then apologises for being late.", [('name', 'Obdulia Caal Tiul'), ('place', "Chisec's aldea Sechaj")]),
    C('Winter solstice rituals with a Sámi client in Norway: joik, the Sámi National Day on 6 February, and reindeer herding stress. The HSCL-25 in Northern Sami?'),
    C("Josephine Mapp-Harewood, ninety-three by the baptismal roll, from Plymouth's Harris Lookout on Montserrat.", [('name', 'Josephine Mapp-Harewood'), ('age_over_89', 'ninety-three by the baptismal roll'), ('place', "Plymouth's Harris Lookout")]),
    C("Client site https://juliahernandezarte.mx shows her paintings of Tlahuelilpan - Julia Hernández Lugo from Tlahuelilpan's San Primitivo.", [('url', 'https://juliahernandezarte.mx'), ('name', 'Julia Hernández Lugo'), ('place', "Tlahuelilpan's San Primitivo")]),
    C("Lampedusa 2013: Tesfalem Gebreyohannes, now in Stockholm, Rinkeby's Skårby corner; personnummer 19910314-7726.", [('name', 'Tesfalem Gebreyohannes'), ('place', "Rinkeby's Skårby corner"), ('ssn', '19910314-7726')]),
    C('The Eastern Orthodox Pascha falls a week after Western Easter this year; my Serbian and Romanian clients want sessions moved. Fine by me.'),
    C("sorry rushed - deshawn ferebee from east palestine's taggart st, the derailment evac, panic at every train horn. email dferebee.77@protonmail.com", [('name', 'deshawn ferebee'), ('place', "east palestine's taggart st"), ('email', 'dferebee.77@protonmail.com')]),
    C("Car seen at the school: GX-447-KT, belongs to Stéphane Morvan, from Quimperlé's Kerbertrand lotissement.", [('vehicle', 'GX-447-KT'), ('name', 'Stéphane Morvan'), ('place', "Quimperlé's Kerbertrand lotissement")]),
    C("Dorothy Twiggs, 44 Hampden Rd, Mattapan's Wellington Hill, MA 02126-3318.", [('name', 'Dorothy Twiggs'), ('street_address', '44 Hampden Rd'), ('place', "Mattapan's Wellington Hill"), ('zip_code', '02126-3318')]),
    C("Ecuador prison massacres: Doña Mercedes Quiñónez's son died at the Litoral penitentiary's pabellón 5. Cédula 0912274481.", [('name', 'Mercedes Quiñónez'), ('place', "Litoral penitentiary's pabellón 5"), ('ssn', '0912274481')]),
    C("Appointment Tue 4/8/26 with Jamal Abdirahman Hersi from Minneapolis' Cedar-Riverside towers. MN MA ID MA 04472190.", [('date', 'Tue 4/8/26'), ('name', 'Jamal Abdirahman Hersi'), ('place', "Minneapolis' Cedar-Riverside towers"), ('health_plan', 'MA 04472190')]),
    C("Rio Grande do Sul floods 2024: Cleusa Bortolini, Rua Voluntários da Pátria, 1440, ap. 302, Porto Alegre's Humaitá district, CEP 90230-011.", [('name', 'Cleusa Bortolini'), ('street_address', 'Rua Voluntários da Pátria, 1440, ap. 302'), ('place', "Porto Alegre's Humaitá district"), ('zip_code', '90230-011')]),
    C("Wojciech Bartoszek still sleeps in his clothes. The water came into Stronie Śląskie's Morawka street in an hour, he says.", [('name', 'Wojciech Bartoszek'), ('place', "Stronie Śląskie's Morawka street")]),
    C('His blog www.nikos-from-rovies.gr names the village; Nikos Kalogeropoulos wants it up.', [('url', 'www.nikos-from-rovies.gr'), ('name', 'Nikos Kalogeropoulos')]),
    C("Supervision Tuesday: moral injury in first responders. Brett Litz's Adaptive Disclosure and the MIES scale. Bring a case from the Canadian wildfires."),
    C("Fax to the Kraków clinic +48 12 447 21 90 re: Wanda Michalska, 92 lata, from Podgórze's Zabłocie.", [('fax', '+48 12 447 21 90'), ('name', 'Wanda Michalska'), ('age_over_89', '92 lata'), ('place', "Podgórze's Zabłocie")]),
    C("Brussels: Fatoumata Diallo-Camara in Molenbeek's Quatre-Vents block, Congolese mother, rijksregister 89.07.14-447.21. Sessions in French please.", [('name', 'Fatoumata Diallo-Camara'), ('place', "Molenbeek's Quatre-Vents block"), ('ssn', '89.07.14-447.21')]),
    C('Dissociative seizures in a Venezuelan client in Spain; the EEG was normal in February. The neurologist says PNES, the family says brujería. How to bridge?'),
    C("Licence check: Dr Hilde Vervoort, Flemish psychologist, visum PSY-VL 447219, based in Ghent's Sluizeken.", [('name', 'Dr Hilde Vervoort'), ('licence', 'PSY-VL 447219'), ('place', "Ghent's Sluizeken")]),
    C("Crans-Montana bar fire: Loïc Berclaz, 19, burns to his hands, lives in Lens' Flanthey hamlet, Valais. AVS 756.4471.2209.18.", [('name', 'Loïc Berclaz'), ('place', "Lens' Flanthey hamlet"), ('ssn', '756.4471.2209.18')]),
    C("Date of the fire was Friday 7 October 2022 - Ciarán Mac Giolla Easpaig was buying lotto tickets at Creeslough's Main Street shop.", [('date', 'Friday 7 October 2022'), ('name', 'Ciarán Mac Giolla Easpaig'), ('place', "Creeslough's Main Street shop")]),
    C("Email from her grandson: Xochitl Ramírez Tepox turned ninety-five on Día de la Candelaria, lives in Tlahuelilpan's barrio Centro.", [('name', 'Xochitl Ramírez Tepox'), ('age_over_89', 'ninety-five on Día de la Candelaria'), ('place', "Tlahuelilpan's barrio Centro")]),
    C("Sessions in Irish on Thursdays via Conradh na Gaeilge's space. The GAD-7 doesn't have an official Irish version; I translated it with a Connacht speaker."),
    C("Pedro Nolasco Huamán - fax his Essalud records to +51 1 447 2190; he's from Cerro de Pasco's Chaupimarca.", [('name', 'Pedro Nolasco Huamán'), ('fax', '+51 1 447 2190'), ('place', "Cerro de Pasco's Chaupimarca")]),
    C("I'm reading Gabor Maté's The Myth of Normal and can't decide if it helps or harms my British Columbia clients. Anyone discuss it in group?"),
    C('Anyone use the MINI 7.0.2 in French with Haitian clients in Quebec? The MINI psychosis items pick up vodou spirituality as hallucinations.'),
    C("Ketamine clinics in California: has anyone seen dissociation persist after the sixth infusion? My client's DES-II went up to 38 in August."),
    C('Orthodox Jewish clients in New York State and the Sabbath: no Friday evening or Saturday sessions, and no telehealth on Shabbat. Thursday works.'),
    C('DSM-5-TR Prolonged Grief Disorder needs 12 months; ICD-11 needs 6. My Canadian client fits ICD-11 but not DSM. Which do you code for OHIP?'),
    C("Toronto van attack: So-young Park-Ferreira was at Yonge and Finch's Mel Lastman side; OHIP OHIP 4471-229-108-KT.", [('name', 'So-young Park-Ferreira'), ('place', "Yonge and Finch's Mel Lastman side"), ('health_plan', 'OHIP 4471-229-108-KT')]),
    C('Thanksgiving weekend (the Canadian one, in October) is hard for an Ojibwe client whose residential school stories come up. Orange Shirt Day is the week before.'),
    C("Client Yusniel Cárdenas Oropesa was on shift at the Hotel Saratoga in Habana Vieja's Paseo del Prado block when the gas blew. Now in Tampa; Medicaid FL MCD 7730 4415 82.", [('name', 'Yusniel Cárdenas Oropesa'), ('place', "Habana Vieja's Paseo del Prado block"), ('health_plan', 'FL MCD 7730 4415 82')]),
    C("Priya Venkataraman-Ross lost her house in the Eaton fire, 2231 N Lake Ave, Altadena's Janes Village, CA 91001. Portal login from 76.91.208.144.", [('name', 'Priya Venkataraman-Ross'), ('street_address', '2231 N Lake Ave'), ('place', "Altadena's Janes Village"), ('zip_code', '91001'), ('ip_address', '76.91.208.144')]),
    C("bank: Bancolombia 447-219088-17 for Leidy Johana Cuesta, in Quibdó's barrio Niño Jesús.", [('account', 'Bancolombia 447-219088-17'), ('name', 'Leidy Johana Cuesta'), ('place', "Quibdó's barrio Niño Jesús")]),
    C('Srebrenica: Hatidža Mehmedović-Salihović is ninety-five by her own count and lives at Ulica Maršala Tita 18, Potočari upper hamlet, BiH 75430.', [('name', 'Hatidža Mehmedović-Salihović'), ('age_over_89', 'ninety-five by her own count'), ('street_address', 'Ulica Maršala Tita 18'), ('place', 'Potočari upper hamlet'), ('zip_code', '75430')]),
    C("Plate MA 447 KT and the street Via dei Mille 12 - both Salvatore Cutrì's, in Crotone's Fondo Gesù.", [('vehicle', 'MA 447 KT'), ('street_address', 'Via dei Mille 12'), ('name', 'Salvatore Cutrì'), ('place', "Crotone's Fondo Gesù")]),
    C("Heysel: Gianfranco Palumbo, ninety by Epiphany, Juventus ultra then, lives in Torino's Barriera di Milano. Codice fiscale PLMGFR35A02L219Z.", [('name', 'Gianfranco Palumbo'), ('age_over_89', 'ninety by Epiphany'), ('place', "Torino's Barriera di Milano"), ('ssn', 'PLMGFR35A02L219Z')]),
    C("CBU 0720447820000001908843 for Facundo Ledesma, Rosario's Salta 2141 block.", [('account', '0720447820000001908843'), ('name', 'Facundo Ledesma'), ('place', "Rosario's Salta 2141 block")]),
    C("ok quick one. treyvon mcallister, from joplin's 20th street corridor, the 2011 tornado, now 19. venmo for his sliding fee @trey-mcal-1999", [('name', 'treyvon mcallister'), ('place', "joplin's 20th street corridor"), ('account', '@trey-mcal-1999')]),
    C("VPN IP 45.86.200.147 - Artem Hnatiuk, from Hostomel's airfield road.", [('ip_address', '45.86.200.147'), ('name', 'Artem Hnatiuk'), ('place', "Hostomel's airfield road")]),
    C('Does Medicare Part B cover telehealth for trauma therapy after December? My 88-year-old client in Florida has no broadband and uses the phone.'),
    C("Her great-aunt Zofia Jabłońska is one hundred and two since Candlemas; she survived Warsaw 1944 and lives at Żoliborz's Sady estate.", [('name', 'Zofia Jabłońska'), ('age_over_89', 'one hundred and two since Candlemas'), ('place', "Żoliborz's Sady estate")]),
    C('Insomnia after the February quake in Turkey for my Turkish-German clients: CBT-I in Turkish? The ISI has a Turkish version. Any manuals?'),
    C("Inuit Qaujimajatuqangit and trauma: anyone read the ITK's National Inuit Suicide Prevention Strategy? My Tuesday supervisee works in Labrador."),
    C("Graciela Mamani Condori told me her husband never came back from the mine at Potosí's Cerro Rico ramp 9. She wants a Quechua-speaking colleague.", [('name', 'Graciela Mamani Condori'), ('place', "Potosí's Cerro Rico ramp 9")]),
    C("Charles University shooting 2023: Tereza Holubová hid in a room off Jan Palach Square's faculty stair; rodné číslo 015302/4471.", [('name', 'Tereza Holubová'), ('place', "Jan Palach Square's faculty stair"), ('ssn', '015302/4471')]),
    C('Cold-water swimming groups for depression in Wales and south-west England are trendy; any evidence beyond the BMJ case report? A client asked on Thursday.'),
    C("Ewa Zielińska logged in from 83.28.147.44 twice on Thursday from Kłodzko's Zagórze.", [('name', 'Ewa Zielińska'), ('ip_address', '83.28.147.44'), ('place', "Kłodzko's Zagórze")]),
    C('Ramipril, Atorvastatin and Sertraline 100 mg in a 76-year-old Italian man with post-stroke depression. GDS-15 is 11. Behavioural Activation in Italian?'),
    C("Adriana Burbano Cuéllar's parents died in Armero; she grew up in Lérida's nueva Armero barrio, now in Madrid. DNI 53487721-K. Mother tongue Spanish.", [('name', 'Adriana Burbano Cuéllar'), ('place', "Lérida's nueva Armero barrio"), ('ssn', '53487721-K')]),
    C('Dialectical Behaviour Therapy for adolescents (Miller and Rathus) in Spanish, run in Catalonia? The DBT-A handbook in Catalan came out in 2021.'),
    C("Flashbacks during the Macy's fireworks every July: a New York veteran with a PCL-5 of 47. VA says 12 sessions of CPT. He wants EMDR. Help?"),
    C("Belgrade school shooting: Luka Radovanović's sister was in the Vladislav Ribnikar school's history room. Dad's email radovanovic.zoran@mts.rs.", [('name', 'Luka Radovanović'), ('place', "Vladislav Ribnikar school's history room"), ('email', 'radovanovic.zoran@mts.rs')]),
    C("Refund to DE89 3704 0044 0532 0130 00 - Gesine Wendt, Sudenburg's Halberstädter Straße end.", [('account', 'DE89 3704 0044 0532 0130 00'), ('name', 'Gesine Wendt'), ('place', "Sudenburg's Halberstädter Straße end")]),
    C("Gunnhild Aasen Bjerke, 96 år til jonsok, from Alta's Bossekop.", [('name', 'Gunnhild Aasen Bjerke'), ('age_over_89', '96 år til jonsok'), ('place', "Alta's Bossekop")]),
    C('Bradford City fire 1985: Trevor Illingworth, ninety-one at Whitsun, stood in the Valley Parade G block. Landline 01274 449 201.', [('name', 'Trevor Illingworth'), ('age_over_89', 'ninety-one at Whitsun'), ('place', 'Valley Parade G block'), ('phone', '01274 449 201')]),
    C("DOB 9 Jan 1979 - Constantin Popa, Iași's Tătărași Nord.", [('date', '9 Jan 1979'), ('name', 'Constantin Popa'), ('place', "Iași's Tătărași Nord")]),
    C('EMDR with children: the Lovett storybook method and the CRIES-8 in Spanish. Any colleague in Mexico or Guatemala who uses it after hurricanes?'),
    C("DANA floods in Valencia: Vicent Ferrandis Puig, Carrer del Sequial 14, 2º-3ª, Paiporta's Barri de la Llibertat, 46200. Car lost: 4471 KMB.", [('name', 'Vicent Ferrandis Puig'), ('street_address', 'Carrer del Sequial 14, 2º-3ª'), ('place', "Paiporta's Barri de la Llibertat"), ('zip_code', '46200'), ('vehicle', '4471 KMB')]),
    C('Book recommendation for grief after mass shootings: Pauline Boss, Ambiguous Loss, and the NCTSN Psychological First Aid guide. Both free in Spanish?'),
    C('The Caribbean Association of Psychologists conference is in Barbados in November. Will anyone present on hurricanes and the Columbia suicide scale?'),
    C("Session link https://doxy.me/drkovacsandrea - Kovács Andrea asked me to send it to her client in Szeged's Móraváros.", [('url', 'https://doxy.me/drkovacsandrea'), ('name', 'Kovács Andrea'), ('place', "Szeged's Móraváros")]),
    C("Mairead Tobin, LCSW, NY licence LCSW 089447-1, leads the Breezy Point group at Rockaway's Beach 116th St library.", [('name', 'Mairead Tobin'), ('licence', 'LCSW 089447-1'), ('place', "Rockaway's Beach 116th St library")]),
    C("kostas mavridis lives in kalamata's analipsi quarter he's a coast guard, since the 2023 wreck.", [('name', 'kostas mavridis'), ('place', "kalamata's analipsi quarter")]),
    C('Anyone tried Clozapine with a Sámi or Inuit client? The ANC monitoring every week is hard in Greenland. The Danish guideline says weekly for 18 weeks.'),
    C("9/11: Rafael Olmedo Carrasquillo, ninety-three next Three Kings, a janitor then, lives in Washington Heights' Audubon Terrace.", [('name', 'Rafael Olmedo Carrasquillo'), ('age_over_89', 'ninety-three next Three Kings'), ('place', "Washington Heights' Audubon Terrace")]),
    C("Lenka Procházková met our group at Hostivař's Zahradní Město - her son was in the faculty that day.", [('name', 'Lenka Procházková'), ('place', "Hostivař's Zahradní Město")]),
    C("First session on 2 de febrero de 2026 for Rocío Manrique Paredes, from Chosica's Quebrada Pedregal (huaico 2017).", [('date', '2 de febrero de 2026'), ('name', 'Rocío Manrique Paredes'), ('place', "Chosica's Quebrada Pedregal")]),
    C("Honduras, Mitch 1998: Don Pastor Almendárez, ninety-two come Semana Santa, Choluteca's barrio La Esperanza, in Houston with his granddaughter.", [('name', 'Pastor Almendárez'), ('age_over_89', 'ninety-two come Semana Santa'), ('place', "Choluteca's barrio La Esperanza")]),
]

"""FIFTY-EIGHTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not run git log or git status at all (no commit message or
diff of any commit was read), and did not read bench/README.md,
README.md, pyproject.toml, tests/bot/confidentiality/test_round*.py or
the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_57.py (set 59, written at the same time
in another worktree, was not seen at all).  What was read: the module
docstrings of tests/bot/confidentiality/sets/locked_set_56.py and
locked_set_54.py (the dense sets this one is modelled on) and
locked_set_57.py (for its list of settings), each printed once, on its
own, up to its closing triple quote (none of their cases); the first 25
lines of tests/bot/confidentiality/sets/locked_set_13.py (its docstring)
and, separately, its last three lines (two snippets, for the file
format; none of their sentences was copied); the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of
that file); and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  No reading was cut by the
terminal or printed twice, and no slip of the reading rule occurred.
The header of this file (the import of EvalCase, the alias "C =
EvalCase" and the name LOCKED58_CASES) was written from the format of
set 13's tail and the test's module and attribute names, not read from
another set.  The overlap filter described below imported the earlier
sets and printed only this set's own clashing strings.  The only test
run was test_locked_sets.py (selected with -k 58); ruff was run on this
file and on that test file.  Every snippet is set in Europe and the
Americas (the Caribbean, Central and South America, Canada, the US, the
UK and Ireland, the Nordic and Baltic countries, the Balkans, Iberia and
Eastern Europe included) and their diasporas there.

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty-five minutes in all), as a consultation request
or a chat message to peers in a therapists' consultation group, dense
with capitalised terms like sets 54 and 56, with settings chosen to
differ from sets 54-57's: the Brumadinho tailings wave and the Mariana
dam's Bento Rodrigues, the Valencia DANA of October 2024 (Paiporta,
Sedaví, Catarroja), storm Daniel in Thessaly, the Tempi train crash,
the Novi Sad canopy collapse, the Belgrade school shooting, the Kočani
nightclub fire, the Prague faculty shooting, Surfside's tower, Uvalde,
the East Palestine derailment, the Key Bridge collapse, Lahaina,
Lac-Mégantic's Musi-Café, Grenfell's walkway, the Emilia-Romagna
floods, the Evia fire, the Kłodzko, Nysa and Ostrava floods of 2024,
the Porto Alegre and Canoas floods, the Valparaíso and Viña del Mar
fires, São Sebastião's landslides, Pedrógão Grande's fire, Creeslough's
explosion, the Pétion-Ville quake, Armero, the 1973 Heimaey eruption,
Hammerfest's 1944 burning, Gernika, the Warsaw Uprising, the Magdalene
laundries, Argentina's disappeared of 1976 and Belo Monte's
displacement; and ordinary lives: a Sámi psych discharge, a West Cork
adolescent, a Roma woman in Sheffield, a Jamaican docket, a Chilean
aunt's flat, an Icelandic winter relapse, a Lothian fax; fundraisers,
memorial pages, a Substack, a Blogspot, TikTok, Instagram, YouTube and a
Linktree; portal, booking, Zoom and telehealth logs by IP address (an ex
at 3am, a work VPN, a library's wifi, a clinic PC, a stolen phone, a
sister filling an intake); shared, work, student, church, aunt's and
co-op emails; devices (a soaked insulin pump, a cochlear processor with
an interpreter, a pacemaker feared switched off, an ankle monitor that
chafes, a Dexcom shared with a mother, a CPAP unused, melted hearing
aids, an airline's broken wheelchair, a spinal stimulator, a veteran's
prosthetic leg, an oxygen concentrator at home, a tracked phone's IMEI,
an ICD shock at a bus stop); payments (MB WAY, Swish, an Irish IBAN,
Venmo, Pix, Interac, Revolut, MonCash, Zelle, Mercado Pago, Cash App,
Nequi); plates of an ex's car, a lorry, a followed car, a shot taxi, an
uncle's car slept in, a hit-and-run, a bus, a smuggling truck, a
jack-knifed trucker, a snowmobile through ice, a Tesla crash, a bus in
a fire, a mototaxi, a car slept in after a flood and a car that
followed; licences suspended, investigated, complained about, lost and
assaulted (a trucker, a nurse, a supervisee, an Uber driver, a farmer
after a seizure, bus, ambulance, taxi, colectivo and route-taxi
drivers, a learner, a midwife, a burned-out colleague); health cards
and insurers; very old clients (an Orkney islander, a Gernika
grandmother, a carer widower, a Magdalene survivor, an Armero survivor,
a Warsaw Uprising courier, a Holocaust survivor, a Hammerfest elder, an
Austrian widow, a Bulgarian mother, a Saint Lucian mother, an Acadian
aunt, a Moldovan grandfather, a Galician fisherman's widower, a
Westman Islands survivor, an evacuated Greek man, a Cornish woman, a
Lac-Mégantic mother); phone numbers in crisis plans and group chats;
addresses written the local way; and prose about a dog on Teams, a
warehouse drinker, a late bus, a car park, a mosque, a cat picture, a
graduation, summer boats, a seamstress, a steelworks, arepas, a
funeral, a stadium, reindeer, rugby and an unsayable town.  Short
referral lines, rushed lower-case chat (five identifier snippets write
names or places in lower case), forwarded faxes and portal logs.  43 of
the identifier snippets hold only a name and/or a place, written as
ordinary consultation prose or questions to peers, often with the name
at the start of a sentence and no cue word before it (several use a
first name alone in the draft).  Nothing was composed by a script: the
author wrote the snippets in plain text files outside the repository
(/tmp/set58work/) with the planted spans marked inline, and a script
there only stripped the marks into the expected lists, checked lengths,
token boundaries, duplicate spans and duplicate snippets, checked
overlap with the earlier sets, shuffled the order with a fixed seed and
wrote this file.  Every later edit was typed by hand as a
find-and-replace pair that a small script applied to the drafts (about
360 pairs in all) or as one of a few one-line sed edits; this is
stated here.

Edits made after drafting, stated here: one false start the author had
typed into an identifier draft (a snowmobile plate followed by "- no,
his plate is") was cut with its value and rewritten; five honorifics
and kinship words (Mr, Abuela, Aunt, Doña, Mme) were moved out of name
spans; a first name repeated unlabelled later in its snippet was
replaced by "his"; three ages written twice in a snippet (once
unlabelled) were written once and labelled; and about fifty-five city,
town, island, business and neighbourhood names written unlabelled in
identifier snippets (before "flood", "fire", "shooting", "crash",
"canopy", "derailment", "tailings" and "quake", after "in", "to" and
"from", in a fax header and an office's name) were labelled; later a tower and a dam were labelled, a
seaside town was cut from a memorial page, an uprising's city was cut
from a label and the sentence reworded, and two addresses' trailing
"centre" was cut.  In the clean snippets, ten drafts had brands,
bodies, languages or months added; eight denser clean snippets were
added after the first commit (in them a city in a training centre's
name and a city-or-state name were replaced by "in England" and "New
York State" before use); a town in a mothers' group's
name, a city in a university team's name, a city in a university's name, a town before "style
disasters", a city in a research team, a weekday with a day of the month, two specific
calendar days (a leave date and a holiday date), a capital where a
community lives, a city a client flies to, a training centre named
after a London area and a reading group named after a clinic were
replaced by the country, region, a part of a month or a generic word.
Overlap with the other sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 278 values in the first
round (most of them places, with about 45 names - several first names
alone -, 19 ages over 89, 11 postal codes, two dates, two health-card
numbers, an IBAN, a Zelle number and a plate; places were given a
quarter, estate, end, side or neighbourhood or their city as a
possessive, names given a second surname, a hyphen or an initial, ages
given a phrase such as "come Martinmas" or "by the parish book", postal
codes given a country prefix, and the numbers changed), 21 in the
second (mostly places, with an age written twice in one snippet), 1 in
the third, and 2 among four fax and payment snippets added after the
first commit; the last pass found nothing.

Settings: see above; all differ from the settings named in sets 54-57.

Local identifier formats: Brazilian CPF, Spanish DNI, Greek AMKA,
Serbian JMBG, Macedonian EMBG, Czech and Slovak rodné číslo, Salvadoran
DUI, Italian codice fiscale, Irish PPSN, Polish PESEL, Estonian
isikukood, Jamaican TRN, Chilean RUT and Icelandic kennitala (ssn);
Tromsø, Cork, Sainte-Justine, Tallaght IHI, UHWI, Santiago, Landspítali,
Scottish CHI, NHS, HUS, Royal Victoria, Charité, Donostia, Porto Alegre
and MGH files (medical_record); Medicaid (Ohio and New York), QUEST,
RAMQ, OHIP, carte Vitale, BC MSP, Medicare MBI, SNS utente, Madrid TSI,
EHIC, AOK, IMSS, ÖGK e-card, SUS, Saskatchewan, NHS number, VZP,
Kaiser and Blue Cross (health_plan); Texas CDL and DL, NMBI, HCPC,
Ontario, DVLA, CNH, Quebec, Ordine degli Psicologi, Polish, Irish
learner, Spanish, Florida, Argentine, Jamaican and NMC (licence);
Norwegian, Polish, Irish, Jamaican, German, Ontario, UK, Mexican,
Romanian, Finnish, Chilean, Peruvian, Brazilian and New York plates
(vehicle); addresses written the local way (Spanish carrer with floor,
Serbian street with stan, US avenue with apt, London flat and walk,
Polish ul. with m., Swedish gata with lgh, Flemish straat with bus,
Croatian ulica, Bulgarian ul. with et. and ap., Czech street with two
numbers, Quebec rue with app., Cuban calle entre, Colombian carrera with
Sur and apto, Uruguayan avenida with apto, Belfast road, Chilean
pasaje, Ukrainian vul. and kv., Portuguese rua with floor and side,
Chicago drive, German Straße) with postal codes of those countries;
dates written dotted, in words, ISO, slashed (European and US),
weekday-led, Spanish and Estonian style; IPv4 and IPv6 addresses, URLs
and phone and fax numbers in local and international formats.

409 snippets, 251 with identifiers and 158 clean (lengths 61-265,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 12): date 15, age_over_89 19, phone
18, fax 14, email 13, url 13, ip_address 13, ssn 15, medical_record 15,
health_plan 20, account 14, licence 16, vehicle 15, device 13,
street_address 22, zip_code 19; with 250 names and 262 places smaller
than a state (the test requires 250 and 262).  43 of the identifier
snippets hold only names and/or places and nothing else.

Names: Brazilian, Valencian, Greek, Serbian, Macedonian, Czech, Slovak
Roma, Jewish (Sephardic, Hasidic and British), Mexican American,
Appalachian, Salvadoran, Native Hawaiian, Québécois, Afghan-British,
Romagnol, Norwegian, Croatian, Sámi, Irish and Irish-language, Polish,
Estonian, Jamaican, Chilean, Icelandic, Scottish Gaelic, Ethiopian,
Peruvian Aymara and Quechua, Lithuanian, Argentine, Finnish, Danish,
Colombian (Chocó and Pacific), Nigerian-British, Latvian, Martiniquais,
Spanish, Honduran, Italian, Bajan, Bosniak, Northern Irish,
Flemish, Portuguese, African American, Swedish, Afghan-Swedish, Welsh,
Ukrainian, Turkish German, Cree, Haitian, Basque, Mexican, Colombian
Paisa, Tamil Canadian, Punjabi Canadian, Ghanaian British, Maya,
Austrian, Métis, Lakota, Bolivian, Syrian-Swedish, French, Igbo
Canadian, Senegalese-French, Russian Estonian, Ghanaian-Danish,
Dominican, Moldovan, Galician, Cuban, Uruguayan, German, Acadian,
Cajun, Guatemalan, Dutch, Moroccan-Belgian, Paraguayan, Diné, Venezuelan,
Tongan American and Sámi reindeer-herding names; lower-case names and
places, hyphenated and multi-part names, names with Ní, honorifics and
kinship words kept outside the spans (Mr, Mme, Doña, Abuela, Aunt),
names with initials, and names with diacritics and apostrophes.
Places: villages, neighbourhoods, barrios, comunas, colonias, estates,
kiezes, islands' villages, reserves and First Nations' shores, chapters,
harbours, squares and market strips, businesses, ends and sides of
towns, and places given their city as a possessive or after street
addresses and postal codes.

Clean snippets: peer-consultation messages, questions, reading-group
notes, supervision reflections and scheduling chatter, most with four
or more capitalised words after the first word of each sentence
(795 in 158 snippets, about 5.0 per snippet, counted by the author's
script, acronyms included and the pronoun "I" excluded; 38 have fewer
than four): drug
brands and generics with doses and laboratory values, scales and
questionnaires and their local-language versions, therapy models and
their founders, real published authors with years and books,
guidelines, laws, regulators, insurers and professional bodies, idioms
of distress (angustia, nervios, tèt chaje, encosto, llaki, lelki
teher), weekdays, months, seasons, religious feasts and fasts (Ramadan,
Suhoor, Iftar, Lent, Great Lent, Easter, Good Friday, the Dormition,
Yom Kippur, Passover, the Omer, Shabbat, Sabbath, Ekadashi, Día de
Muertos, Undas, Mnimosyno, Midsummer, Juhannus, Jāņi, Christmas),
charities, helplines, apps and products, countries, states, provinces
and regions, nationalities, religions and languages, and no place
smaller than a state or a country's first-level subdivision.
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED58_CASES = [
    C("Call Doña Mercedes Quiroga on +591 2 244 8713 - landline in El Alto's Villa Ingenio. Aymara please.", [('name', 'Mercedes Quiroga'), ('phone', '+591 2 244 8713'), ('place', "El Alto's Villa Ingenio")]),
    C('IMSS NSS 4318 89 4471 2 - Rosa Elvia Tzuc, Maya, Felipe Carrillo Puerto. Daughter disappeared.', [('health_plan', '4318 89 4471 2'), ('name', 'Rosa Elvia Tzuc'), ('place', 'Felipe Carrillo Puerto')]),
    C("My client in Tottenham Hale's Ferry Lane estate said the police stopped him three times this month.", [('place', "Tottenham Hale's Ferry Lane estate")]),
    C('Anyone teach the Safety Plan (Stanley and Brown, 2012) in Portuguese? I adapted it for Brazilians in Portugal.'),
    C("Reading: Kabat-Zinn's Full Catastrophe Living (1990) and Segal, Williams and Teasdale's MBCT (2002). Session 4 next Monday."),
    C('Lithium 400 mg with level 0.7 mmol/L, TSH creeping up. Psychiatrist says fine, client reads Reddit and panics. How do you handle medical worry in session?'),
    C('The Danish Psychological Association (Dansk Psykolog Forening) has new rules on video sessions from January. Read them?'),
    C('The Spanish Colegio Oficial de la Psicología says we need a sanitary psychologist title (PGS) to do therapy. Catalonia too?'),
    C('In Quebec the Ordre des psychologues requires French notes; I write them in English and translate. Anyone been audited?'),
    C("Cash App $TaniaR-Bronx - Tania Rosario pays late and apologises at length. In Mott Haven's Patterson Houses.", [('account', '$TaniaR-Bronx'), ('name', 'Tania Rosario'), ('place', "Mott Haven's Patterson Houses")]),
    C('Władysław Sikora, 98 by the parish book, courier in the 1944 Uprising, now in Żoliborz. He asked for a young therapist "to teach".', [('name', 'Władysław Sikora'), ('age_over_89', '98 by the parish book'), ('place', 'Żoliborz')]),
    C("Prague's Josefov edge faculty shooting: student Tereza Novotná hid in a lecture hall for an hour. Rodné číslo 026117/3394. She's back in Jihlava with her parents now.", [('place', "Prague's Josefov edge"), ('name', 'Tereza Novotná'), ('ssn', '026117/3394'), ('place', 'Jihlava')]),
    C('Is anyone using Woebot or Wysa alongside therapy in Germany? The DiGA list includes HelloBetter and Selfapy now.'),
    C('Spinal cord stimulator Nevro HF10 IPG SN 0042381 in Wanda Mikulska, chronic pain, Łódź-Bałuty. Wants to stop opioids.', [('device', 'Nevro HF10 IPG SN 0042381'), ('name', 'Wanda Mikulska'), ('place', 'Łódź-Bałuty')]),
    C("Referral from Larissa's Nea Politeia: Eleni Karamanli, AMKA 14097702583, house in Metamorfosi Trikalon under water after Daniel. Phone +30 694 812 3307.", [('place', "Larissa's Nea Politeia"), ('name', 'Eleni Karamanli'), ('ssn', '14097702583'), ('place', 'Metamorfosi Trikalon'), ('phone', '+30 694 812 3307')]),
    C("Medicaid NY 22-48817-Q - Ana Lucía Peralta, Washington Heights' Dyckman end, postpartum.", [('health_plan', 'NY 22-48817-Q'), ('name', 'Ana Lucía Peralta'), ('place', "Washington Heights' Dyckman end")]),
    C('Propranolol 40 mg for exam panic, the student is Hindu from Guyana and fasts on Ekadashi; BP low. Pharmacist worried.'),
    C('Grenfell Tower neighbour: Fatima Ahmadi, Flat 62, Hurstway Walk, W11 1WF. Watched from the walkway. NHS NHS 471 883 2095.', [('place', 'Grenfell Tower'), ('name', 'Fatima Ahmadi'), ('street_address', 'Flat 62, Hurstway Walk'), ('zip_code', 'W11 1WF'), ('medical_record', 'NHS 471 883 2095')]),
    C("Henrique Tavares's pacemaker (Medtronic Azure SN RNB604417S) - he believes someone in Setúbal's Bela Vista can switch it off. Psychosis or cyber fear?", [('name', 'Henrique Tavares'), ('device', 'Medtronic Azure SN RNB604417S'), ('place', "Setúbal's Bela Vista")]),
    C("Sean Rafferty's brother died in Crossmaglen and he won't say how.", [('name', 'Sean Rafferty'), ('place', 'Crossmaglen')]),
    C('Sertraline (Lustral) 100 mg, Melatonin 2 mg (Circadin), and Propranolol 10 mg PRN: the Irish HSE prescriber and the NHS Scotland one disagree. Catholic family, Polish-speaking.'),
    C('Risperidone 1 mg for a 14-year-old with autism, prolactin 48 ng/mL. The CAMHS psychiatrist in Ontario is monitoring. Share experiences?'),
    C('Latuda 37 mg, the client from Bolivia is Aymara and Catholic, asks if the pills will affect her dreams. Any cultural guidance?'),
    C('Wondering about Tuesday supervision - Passover starts Monday night and two of us keep it. Move to Thursday?'),
    C('Client Laila Haddad-Svensson calls from 070-441 82 19 at night; crisis plan says 112.', [('name', 'Laila Haddad-Svensson'), ('phone', '070-441 82 19')]),
    C("Pita Taufa'ahau Moala in Salt Lake City's Rose Park plays rugby and punched a wall.", [('name', "Pita Taufa'ahau Moala"), ('place', 'Salt Lake City'), ('place', 'Rose Park')]),
    C('Christmas and New Year: I am off from late December until early January. Cover by the on-call team from the Irish Association for Counselling.'),
    C('Eduardo Saldanha, born 02/05/1979, rescuer in São Sebastião landslides.', [('name', 'Eduardo Saldanha'), ('date', '02/05/1979'), ('place', 'São Sebastião')]),
    C("Anyone know the Dutch version of the Schema Mode Inventory (Young, 2007)? The SMI-NL from Lobbestael is what I've seen in Belgium."),
    C('Historia clínica HC 558 204 117 - Nahia Arrieta, Donostia, anorexia.', [('medical_record', 'HC 558 204 117'), ('name', 'Nahia Arrieta'), ('place', 'Donostia')]),
    C('I\'m seeing lots of Venezuelan clients in Colombia and Peru with "nervios" and "desespero". Is the SRQ-20 Spanish version reliable there?'),
    C('Hearing aids Phonak Lumity SN 2214F0V8Q melted in the Evia fire for Charalambos Lekkas, aged 93 since Epiphany, from Rovies.', [('device', 'Phonak Lumity SN 2214F0V8Q'), ('place', 'Evia'), ('name', 'Charalambos Lekkas'), ('age_over_89', '93 since Epiphany'), ('place', 'Rovies')]),
    C('For Greek Orthodox clients the 40-day memorial and the one-year Mnimosyno are huge; I schedule around them. Anyone else?'),
    C('Client site https://www.vakkenes.no/minne/ingrid has her whole story - Ingrid Vakkenes from Gjerdrumåsen.', [('url', 'https://www.vakkenes.no/minne/ingrid'), ('name', 'Ingrid Vakkenes'), ('place', 'Gjerdrumåsen')]),
    C("Telehealth log shows Ionuț Bălan joining from 2a02:2f0e:d10:4700::1a7 while he says he's in Iași's Tătărași. Does it matter?", [('name', 'Ionuț Bălan'), ('ip_address', '2a02:2f0e:d10:4700::1a7'), ('place', "Iași's Tătărași")]),
    C('I called Juliette Marchand on 06 71 28 44 95 and her partner answered. Risk?', [('name', 'Juliette Marchand'), ('phone', '06 71 28 44 95')]),
    C("GoFundMe for Dawit Haile Gebremedhin's funeral: gofundme.com/f/dawit-haile-lisbon. His brother is my client in Lisbon's Mouraria's Martim Moniz square.", [('name', 'Dawit Haile Gebremedhin'), ('url', 'gofundme.com/f/dawit-haile-lisbon'), ('place', "Lisbon's Mouraria"), ('place', 'Martim Moniz square')]),
    C('The Swedish 1177 service run by the Regions and Inera now books therapy directly, in Swedish, Arabic and Somali; anyone had referrals from there to private practice?'),
    C("Jamaican licence 100-448-213 - Dwayne Samuels, route taxi in Half Way Tree's Molynes Road. Saw a shooting.", [('licence', '100-448-213'), ('name', 'Dwayne Samuels'), ('place', "Half Way Tree's Molynes Road")]),
    C('Eileen Gallagher - DOB 30/08/1961, Creeslough village explosion bereaved.', [('name', 'Eileen Gallagher'), ('date', '30/08/1961'), ('place', 'Creeslough village')]),
    C("Reminder: no group on Good Friday or Easter Monday. We'll resume on the Tuesday after with the Linehan DBT skills module."),
    C("Session link was opened from 24.114.82.7 in Ontario - not Jenna Whitebird's area at all. Reserve is Sandy Lake's north shore.", [('ip_address', '24.114.82.7'), ('name', 'Jenna Whitebird'), ('place', "Sandy Lake's north shore")]),
    C("Kristin Neff's Self-Compassion Scale in Estonian: does it exist? An Estonian university team published something in 2019, I think."),
    C('Jaroslav Kučera-Hlaváček, Palackého 1432/8, CZ-702 00 Moravská Ostrava.', [('name', 'Jaroslav Kučera-Hlaváček'), ('street_address', 'Palackého 1432/8'), ('zip_code', 'CZ-702 00'), ('place', 'Moravská Ostrava')]),
    C("Tempi valley train crash survivor, Anastasios Moraitis, 22, carriage 5. His mum emails me from moraiti.voula@otenet.gr every week wanting updates - he's an adult, how do you handle this?", [('place', 'Tempi valley'), ('name', 'Anastasios Moraitis'), ('email', 'moraiti.voula@otenet.gr')]),
    C("Viktor Orlov in Daugavpils' Ķīmiķu ciemats wants sessions in Russian. I only have English and Latvian.", [('name', 'Viktor Orlov'), ('place', "Daugavpils' Ķīmiķu ciemats")]),
    C("Client Peeter Kask keeps joining from 90.190.17.155 at his ex-wife's flat in Pärnu's Rääma. He says she lets him.", [('name', 'Peeter Kask'), ('ip_address', '90.190.17.155'), ('place', "Pärnu's Rääma")]),
    C('The Jamaica referral came by fax 876-927-1640 from UHWI: Shanique Blackwood, TRN 117-402-558, docket UH 224 9187.', [('fax', '876-927-1640'), ('name', 'Shanique Blackwood'), ('ssn', '117-402-558'), ('medical_record', 'UH 224 9187')]),
    C("Client's Substack https://tomasvaldivia.substack.com (Tomás Valdivia, Valparaíso's Cerro Rocuant fires) quotes my supervision group. Not happy.", [('url', 'https://tomasvaldivia.substack.com'), ('name', 'Tomás Valdivia'), ('place', "Valparaíso's Cerro Rocuant")]),
    C("Matti Heikkilä's snowmobile, plate SNX-47, went through the ice. It was on the lake at Kuusamo's Rukajärvi.", [('name', 'Matti Heikkilä'), ('vehicle', 'SNX-47'), ('place', "Kuusamo's Rukajärvi")]),
    C("Florida DL M426-118-92-337-0 - Yoselin Marte, Kissimmee's Buenaventura Lakes, Uber, panic attacks on I-4.", [('licence', 'M426-118-92-337-0'), ('name', 'Yoselin Marte'), ('place', "Kissimmee's Buenaventura Lakes")]),
    C('Anyone know a Lithuanian translation of the IES-R? The Lithuanian Psychological Association might have it.'),
    C('SUS cartão 704 2018 8831 5547 - Francisca das Chagas Arara, Altamira. The Belo Monte dam displaced her.', [('health_plan', '704 2018 8831 5547'), ('name', 'Francisca das Chagas Arara'), ('place', 'Altamira'), ('place', 'Belo Monte')]),
    C('Lac-Mégantic centre-ville: Ginette Bolduc-Poulin, 92 this Saint-Jean, lost her son in the Musi-Café bar. RAMQ BOLG 3204 1517. Would a life review fit at her age?', [('place', 'Lac-Mégantic centre-ville'), ('name', 'Ginette Bolduc-Poulin'), ('age_over_89', '92 this Saint-Jean'), ('place', 'Musi-Café'), ('health_plan', 'BOLG 3204 1517')]),
    C("Pregabalin 150 mg twice daily, escalating to 300 mg; the GP in England is reluctant. Any anxiety protocols you'd suggest besides CBT?"),
    C("Uvalde's Robb side: Jacinto Luna Garza, uncle of a fourth grader, drives past the school daily. Texas DL 48812230. Wants nothing to do with the town's counsellors.", [('place', "Uvalde's Robb side"), ('name', 'Jacinto Luna Garza'), ('licence', '48812230')]),
    C("Dariusz Wojcik's number +44 7712 448 093 is on the group chat by mistake - can the admin delete?", [('name', 'Dariusz Wojcik'), ('phone', '+44 7712 448 093')]),
    C("Oxygen concentrator Inogen One G5 SN 5A2F88313 for Edna Pemberton, 96 at Candlemas, Cornwall's Penwith; she wants to die at home in St Just in Penwith.", [('device', 'Inogen One G5 SN 5A2F88313'), ('name', 'Edna Pemberton'), ('age_over_89', '96 at Candlemas'), ('place', "Cornwall's Penwith"), ('place', 'St Just in Penwith')]),
    C('Sodium valproate and women of childbearing age: the MHRA rules in the UK are strict. Client is Muslim and planning marriage in the summer.'),
    C("Keisha Parchment was in the taxi PJ 7741 when it was shot at in Spanish Town's Tawes Pen. Driver died.", [('name', 'Keisha Parchment'), ('vehicle', 'PJ 7741'), ('place', "Spanish Town's Tawes Pen")]),
    C("her student email m.dominguez27@alumnos.upm.es - Marta Domínguez Serrano, 20, Madrid's Moncloa. Parents pay, they want reports.", [('email', 'm.dominguez27@alumnos.upm.es'), ('name', 'Marta Domínguez Serrano'), ('place', "Madrid's Moncloa")]),
    C("Fionnuala Breathnach-Ní Chonghaile keeps cancelling; she says the bus from An Cheathrú Rua's pier side is never on time.", [('name', 'Fionnuala Breathnach-Ní Chonghaile'), ('place', "An Cheathrú Rua's pier side")]),
    C("Venmo @Lupe-Ochoa-Fresno - Guadalupe Ochoa, farmworker in Fresno's Calwa, pays $15 a session.", [('account', '@Lupe-Ochoa-Fresno'), ('name', 'Guadalupe Ochoa'), ('place', "Fresno's Calwa")]),
    C("I just finished Viktor Frankl's Man's Search for Meaning again. For my Ukrainian refugees it still lands, even in Polish translation."),
    C("Another fax (+421 2 5952 7711) from Petržalka's Lúky re Lucia Horváthová, rodné číslo 945612/7781. She's Roma, moved to Sheffield's Page Hall.", [('fax', '+421 2 5952 7711'), ('place', "Petržalka's Lúky"), ('name', 'Lucia Horváthová'), ('ssn', '945612/7781'), ('place', "Sheffield's Page Hall")]),
    C("For Greek-speaking clients I've used the PHQ-9 Greek validation and the GAD-7; both fine, though the somatic items land oddly in Orthodox Lent."),
    C("My supervisor in Finland says the Finnish tradition of sauna is therapy. She's not entirely wrong."),
    C('Anyone doing Cognitive Processing Therapy in Ukrainian? The Ukrainian Psychological Association is translating the manual with USAID funding.'),
    C("Jesús Manuel Pineda from Choluteca's Colonia Rojas's Barrio El Centro left for the US. Do I close the file?", [('name', 'Jesús Manuel Pineda'), ('place', "Choluteca's Colonia Rojas"), ('place', 'Barrio El Centro')]),
    C("Consult please: Solange Aparecida Ferraz, 34, lost her brother in the Brumadinho's Parque da Cachoeira tailings wave; she still lives in Córrego do Feijão de Cima and won't drink tap water. CPF 418.227.093-61. Any ideas on EMDR when the place itself is the trigger?", [('name', 'Solange Aparecida Ferraz'), ('place', "Brumadinho's Parque da Cachoeira"), ('place', 'Córrego do Feijão de Cima'), ('ssn', '418.227.093-61')]),
    C("Email from gallagher.eileen61@eircom.net says Eileen G. can't do Thursdays any more.", [('email', 'gallagher.eileen61@eircom.net'), ('name', 'Eileen G.')]),
    C('Spanish clients after the DANA keep describing "angustia" in the chest, Catholic and secular alike, in Castilian and Valencian. Has anyone compared it with the ataque de nervios literature (Guarnaccia, 1993)?'),
    C("Novi Sad's Salajka canopy: Milica Jovanović-Tadić was standing under it with her sister who died. JMBG 2304003805127, lives in Liman 3 kod keja. She refuses to enter the station area.", [('place', "Novi Sad's Salajka"), ('name', 'Milica Jovanović-Tadić'), ('ssn', '2304003805127'), ('place', 'Liman 3 kod keja')]),
    C("Portal audit: someone logged into Dagny Eriksen's account from 85.167.212.39 at 3am - her ex lives in Drammen's Fjell. We changed the password.", [('name', 'Dagny Eriksen'), ('ip_address', '85.167.212.39'), ('place', "Drammen's Fjell")]),
    C("Krankenkasse AOK, Versichertennummer K447201938 - Zeynep Aksoy-Kılınç, Duisburg-Marxloh's Weseler Straße. Wants a Turkish-speaking therapist.", [('health_plan', 'K447201938'), ('name', 'Zeynep Aksoy-Kılınç'), ('place', "Duisburg-Marxloh's Weseler Straße")]),
    C("Quebec permis L1422-280775-08 - Louis-Philippe Lessard, ambulance driver, Rimouski's Pointe-au-Père. Nightmares about a child.", [('licence', 'L1422-280775-08'), ('name', 'Louis-Philippe Lessard'), ('place', "Rimouski's Pointe-au-Père")]),
    C('Sertraline 50 mg started in September, up to 100 mg in November, and the GP added Zopiclone 3.75 mg. Anyone worried about the combination in over-65s?'),
    C("Juan Pablo Arrieta - his father vanished on 8 de septiembre de 1976 in San Miguel de Tucumán's Villa Luján.", [('name', 'Juan Pablo Arrieta'), ('date', '8 de septiembre de 1976'), ('place', 'San Miguel de Tucumán'), ('place', 'Villa Luján')]),
    C('Number 0049 1577 338 2214 - Vitalii Kravets, refugee in Gelsenkirchen.', [('phone', '0049 1577 338 2214'), ('name', 'Vitalii Kravets'), ('place', 'Gelsenkirchen')]),
    C("SNS número de utente 284 776 912 - Fernanda Rebelo, Viseu's Jugueiros's Abraveses de cima. GP won't refer.", [('health_plan', '284 776 912'), ('name', 'Fernanda Rebelo'), ('place', "Viseu's Jugueiros"), ('place', 'Abraveses de cima')]),
    C('Sunday afternoon sessions: who does them? My Polish clients work six days a week and Sunday is the only option.'),
    C("Trauma-Focused CBT (Cohen, Mannarino and Deblinger) with Spanish-speaking families in Texas: any Latinx adaptation you'd recommend?"),
    C("Revolut LT81 3250 0467 2210 9845 belongs to Rūta Žemaitytė. She's in Kaunas' Šilainiai and wants to pay in euro.", [('account', 'LT81 3250 0467 2210 9845'), ('name', 'Rūta Žemaitytė'), ('place', "Kaunas' Šilainiai")]),
    C('Family Constellations are hugely popular in Germany and Austria; clients bring it up. How do you respond without dismissing?'),
    C("My oldest client, Nora Halloran, 99 come Martinmas, in Castlebar's Knockthomas. Wants to talk about the Magdalene laundry.", [('name', 'Nora Halloran'), ('age_over_89', '99 come Martinmas'), ('place', "Castlebar's Knockthomas")]),
    C("Irish learner permit 038812475 - Ciarán Fahy, 17, Tuam's Bishop Street side, crashed with friends in the car.", [('licence', '038812475'), ('name', 'Ciarán Fahy'), ('place', "Tuam's Bishop Street side")]),
    C('CBT-I (Morin, 1993) vs Zopiclone 7.5 mg - the Belgian RIZIV reimburses CBT-I now. Anyone doing it in Flemish?'),
    C('Pentecostal families in Brazil often say "encosto" about depression. Anyone written about this in Portuguese?'),
    C("Peruvian plate A4F-712 - mototaxi of Wilber Huamán Ccori in Juliaca's La Capilla. Accident, child injured.", [('vehicle', 'A4F-712'), ('name', 'Wilber Huamán Ccori'), ('place', "Juliaca's La Capilla")]),
    C("Plate KT 48213 keeps parking outside Ingrid Moen's house in Sortland's Vestbygda - it's her ex's. Police say nothing illegal.", [('vehicle', 'KT 48213'), ('name', 'Ingrid Moen'), ('place', "Sortland's Vestbygda")]),
    C("Anyone tried the Brief Grief Questionnaire in Czech? Prigerson's PG-13-R seems better but I can't find the Czech norms."),
    C('Has anyone used Narrative Therapy (White and Epston, 1990) with Indigenous youth in Canada or the US? Most training is in Australia.'),
    C("Quetiapine 25 mg at night for sleep is everywhere in Ireland, but NICE says don't. How do you raise this with a GP politely?"),
    C("Client email b.okonkwo.manchester@gmail.com is shared with his wife. Bartholomew Okonkwo-Ashby, Moss Side's Princess Road end. Can't send homework there.", [('email', 'b.okonkwo.manchester@gmail.com'), ('name', 'Bartholomew Okonkwo-Ashby'), ('place', "Moss Side's Princess Road end")]),
    C('Fluoxetine 20 mg for a 16-year-old in Ireland; NICE CG28 is the guide, the HSE follows it too. Side effects in week 2?'),
    C('Anyone using the K10 in Canadian Indigenous communities? The First Nations Mental Wellness Continuum suggests community-led measures instead.'),
    C("Nequi 310 882 4471 for Jhon Fredy Mosquera in Buenaventura's Bajamar. Gang extortion, can't stay.", [('account', '310 882 4471'), ('name', 'Jhon Fredy Mosquera'), ('place', "Buenaventura's Bajamar")]),
    C('How do you end with a client you like? Klara Berglund is finishing next month.', [('name', 'Klara Berglund')]),
    C("Nkechi Eze-Walters, +1 (647) 555-3871, Scarborough's Malvern, asks for a Black therapist.", [('name', 'Nkechi Eze-Walters'), ('phone', '+1 (647) 555-3871'), ('place', "Scarborough's Malvern")]),
    C("Spanish carnet 45331209-R - Iker Etxeberria Arregi lost it after the drink-driving in Errenteria's Beraun.", [('licence', '45331209-R'), ('name', 'Iker Etxeberria Arregi'), ('place', "Errenteria's Beraun")]),
    C('Texas CDL 31178904 suspended - Ray Dean Pruitt, trucker, Odessa. Drinking after the crash.', [('licence', '31178904'), ('name', 'Ray Dean Pruitt'), ('place', 'Odessa')]),
    C('Our Polish-speaking group uses the BDI-II and WHO-5; the Polish Psychological Association recommends both for primary care.'),
    C("Her MSP number 9087 331 552 (BC) - Tsitsi Moyo, Surrey's Whalley. Needs a letter for the extended plan.", [('health_plan', '9087 331 552'), ('name', 'Tsitsi Moyo'), ('place', "Surrey's Whalley")]),
    C("Wheelchair Quickie Q700 #QM-88127-R was broken by the airline, Siobhan Keating, Ennis' Ballybeg. She didn't leave home for weeks.", [('device', 'Quickie Q700 #QM-88127-R'), ('name', 'Siobhan Keating'), ('place', "Ennis' Ballybeg")]),
    C('The anniversary is 6th of July - Sylvie Roy lost her brother at the Musi-Café. She wants a session that day.', [('date', '6th of July'), ('name', 'Sylvie Roy'), ('place', 'Musi-Café')]),
    C("Mirtazapine 15 mg, BMI 17.2, she's vegan and Orthodox so Great Lent is a worry. Would you involve the dietitian from the NHS eating disorder team?"),
    C("Texas Medicaid won't pay for EMDR above 20 sessions per year? Is that right? Our Hispanic clients need more."),
    C('In Finland the Kela rehabilitation psychotherapy covers 3 years; in Sweden, the Region decides. Comparison anyone?'),
    C('The Norwegian Directorate of Health has a new national guideline on trauma in refugees; it recommends NET and TF-CBT first.'),
    C("Karin Fjällström in Jokkmokk's Vaikijaur is back with the reindeer; text only.", [('name', 'Karin Fjällström'), ('place', "Jokkmokk's Vaikijaur")]),
    C("Petra Horvat, Ulica Ivana Gundulića 9, HR-21000 Split's Bačvice end. Husband a veteran.", [('name', 'Petra Horvat'), ('street_address', 'Ulica Ivana Gundulića 9'), ('zip_code', 'HR-21000'), ('place', "Split's Bačvice end")]),
    C("Surfside's Harding Ave strip: Raquel Benchimol lived on the 9th floor of the tower that didn't fall - the other one. 8877 Collins Ave, Apt 904, FL 33154-2817. Survivor guilt is enormous.", [('place', "Surfside's Harding Ave strip"), ('name', 'Raquel Benchimol'), ('street_address', '8877 Collins Ave, Apt 904'), ('zip_code', 'FL 33154-2817')]),
    C("Pablo Insaurralde drives from Ciudad del Este's Km 7 every week to see me, 4 hours.", [('name', 'Pablo Insaurralde'), ('place', "Ciudad del Este's Km 7")]),
    C('For Serbian clients, the Serbian Psychological Society (DPS) recommends the PHQ-9 and GAD-7 in Cyrillic; Orthodox Easter and Slava fall in my busiest months.'),
    C('Romanian plate SV 09 BGD - Florin Hojda, trucker from Rădăuți, jack-knifed in Austria.', [('vehicle', 'SV 09 BGD'), ('name', 'Florin Hojda'), ('place', 'Rădăuți')]),
    C("Pramipexole and impulse-control disorders: a client in his 60s, Parkinson's, new gambling debts. Neurology in England slow."),
    C('The HCPC standards changed in September 2023 - do we now need to document reflective practice monthly, or just at renewal?'),
    C('Lorazepam 1 mg before flights - the client, Jamaican and Baptist, flies home to Jamaica for funerals often. Alternatives?'),
    C('Anyone using the Edinburgh Postnatal Depression Scale in Welsh? Public Health Wales might have it.'),
    C("LaToya Simmons, 4418 S. King Dr, Apt 2B, Bronzeville's Lake Meadows, Chicago's South Side, IL 60653.", [('name', 'LaToya Simmons'), ('street_address', '4418 S. King Dr, Apt 2B'), ('place', "Bronzeville's Lake Meadows"), ('place', "Chicago's South Side"), ('zip_code', '60653')]),
    C("The portal got 2800:484:7c21:900::3 for Emperatriz Cevallos - the Guayaquil's Guasmo Sur clinic's network. She's using the clinic PC.", [('ip_address', '2800:484:7c21:900::3'), ('name', 'Emperatriz Cevallos'), ('place', "Guayaquil's Guasmo Sur")]),
    C('Peer support from the Samaritans in Ireland and the UK is amazing; for Spain, the Teléfono de la Esperanza. Anyone else?'),
    C('New NICE guidance on self-harm (NG225) says no risk tools alone. Our trust in Yorkshire still uses them. Anyone pushing back?'),
    C("Mercado Pago CVU 0000003100047712934412 - Camila Sosa, Mendoza's Las Heras. She can only pay on the 5th.", [('account', '0000003100047712934412'), ('name', 'Camila Sosa'), ('place', "Mendoza's Las Heras")]),
    C("Kaiser health plan KP 11-4482-903 - Marisa Kealoha-Ng, Pāhoa's Leilani Estates lava evacuee living in Oakland.", [('health_plan', 'KP 11-4482-903'), ('name', 'Marisa Kealoha-Ng'), ('place', "Pāhoa's Leilani Estates"), ('place', 'Oakland')]),
    C("EMDR with interpreters in Kurmanji and Sorani - who has done it? I used Shapiro's standard protocol and it took twice as long."),
    C('Kristófer Ólafsson uses his work email kristofer@fiskvinnsla-grundar.is. IT reads everything there.', [('name', 'Kristófer Ólafsson'), ('email', 'kristofer@fiskvinnsla-grundar.is')]),
    C('Elvanse 50 mg for adult ADHD, client is Jewish and keeps Shabbat; he wants to skip doses on Saturdays. Psychiatrist fine?'),
    C("Petition link change.org/p/justice-for-milica-novi-sad with Milica J.-T.'s photo in it.", [('url', 'change.org/p/justice-for-milica-novi-sad'), ('name', 'Milica J.-T.')]),
    C('Does Medicaid in New York pay for telehealth across state lines to New Jersey? Client moved in February.'),
    C("Cristina Bălănescu came to Hounslow West's Beavers estate at 19 and cleaned offices for twelve years.", [('name', 'Cristina Bălănescu'), ('place', "Hounslow West's Beavers estate")]),
    C("Interac e-Transfer from mbigbear.cree@gmail.com - Marlene Bigbear, Maskwacis' Ermineskin. Band pays half.", [('account', 'mbigbear.cree@gmail.com'), ('name', 'Marlene Bigbear'), ('place', "Maskwacis' Ermineskin")]),
    C('Siim Tamm, sünniaeg 03.12.1999, Kohtla-Järve - conscript, suicide of a friend.', [('name', 'Siim Tamm'), ('date', '03.12.1999'), ('place', 'Kohtla-Järve')]),
    C('We got a new grant from Mind and the Wellcome Trust for Polish and Romanian outreach. Ideas for Easter timing?'),
    C("Pix key 048.771.923-05 from Thiago Batista in Belo Horizonte's Aglomerado da Serra - it's his CPF. Should I avoid storing it?", [('account', '048.771.923-05'), ('name', 'Thiago Batista'), ('place', "Belo Horizonte's Aglomerado da Serra")]),
    C('Andrés Felipe Castaño lost a friend at the stadium in Manizales.', [('name', 'Andrés Felipe Castaño'), ('place', 'Manizales')]),
    C("Hit-and-run: Ontario plate CMVX 552, client Priya Raghunathan-Iyer, Brampton's Castlemore. Driver never found.", [('vehicle', 'CMVX 552'), ('name', 'Priya Raghunathan-Iyer'), ('place', "Brampton's Castlemore")]),
    C('Grief in Orthodox Jewish families during the Omer: no music, no haircuts. Helpful to know when a client shows up shaggy in May.'),
    C("Rosalind Farquharson is 97 this Lammas, lives alone on Westray's Pierowall, and just lost her last sibling. Phone sessions only.", [('name', 'Rosalind Farquharson'), ('age_over_89', '97 this Lammas'), ('place', "Westray's Pierowall")]),
    C('Grandmother Dolores Iturbe Zabala, 101 since Candlemas, from Gernika, still has nightmares about the bombing planes.', [('name', 'Dolores Iturbe Zabala'), ('age_over_89', '101 since Candlemas'), ('place', 'Gernika')]),
    C("Reading list for October: Hobfoll's Conservation of Resources (1989), Bonanno's The Other Side of Sadness (2009) and Ehlers and Clark (2000). Zoom on Thursday."),
    C("Anyone read Judith Herman's Truth and Repair (2023)? The reparations chapter could be useful for our Bosnian mothers' group."),
    C("Chilean patente HKZR-36 - Bastián Fuentes, the bus in Viña del Mar's El Olivar's fire evacuation. He drove people out.", [('vehicle', 'HKZR-36'), ('name', 'Bastián Fuentes'), ('place', "Viña del Mar's El Olivar")]),
    C("Blue Cross member ID XGH881447203 - Brayden Kowalczyk, Hamtramck's Banglatown, 16, vaping and school refusal.", [('health_plan', 'XGH881447203'), ('name', 'Brayden Kowalczyk'), ('place', "Hamtramck's Banglatown")]),
    C('Lamotrigine 200 mg for bipolar II, rash fear in week 3, Dermatology at the HSE reassured. Lovely Galician family, Catholic, very involved.'),
    C('my client xema from paiporta la vella keeps saying the water came in eleven minutes. nightmares every night since. anyone doing NET with flood survivors??', [('name', 'xema'), ('place', 'paiporta la vella')]),
    C("Diego Choque and his mum from Villa Adela's Plan 3 came to the session together.", [('name', 'Diego Choque'), ('place', "Villa Adela's Plan 3")]),
    C('The APA ethics code vs the BPS code on bartering: both say avoid, but in rural Ireland and Wales people bring eggs. Where do you draw it?'),
    C("The Kraków-Nowa Huta's Mistrzejowice clinic faxed +48 12 424 88 19 the notes for Zbigniew Wróblewski, PESEL 58031207419. He's in Leeds' Chapeltown Road now, no English, alcohol use.", [('place', "Kraków-Nowa Huta's Mistrzejowice"), ('fax', '+48 12 424 88 19'), ('name', 'Zbigniew Wróblewski'), ('ssn', '58031207419'), ('place', "Leeds' Chapeltown Road")]),
    C('Anyone trained in EFT for couples (Sue Johnson, 2004) in French? The ICEEFT site lists Quebec trainers only.'),
    C('Kwame Mensah-Larsen - +45 28 71 44 06 - asked to reschedule around Ramadan.', [('name', 'Kwame Mensah-Larsen'), ('phone', '+45 28 71 44 06')]),
    C('Buprenorphine 8 mg via the methadone clinic, plus Naloxone kit; client is Rastafarian and prefers herbal language around meds. How to respect that?'),
    C("TSI de la Comunidad de Madrid MDRL 880410 8817 - Lorena Madrigal, Vallecas' Palomeras Bajas. Waiting list 7 months.", [('health_plan', 'MDRL 880410 8817'), ('name', 'Lorena Madrigal'), ('place', "Vallecas' Palomeras Bajas")]),
    C("Rhiannon Pritchard lost her job in the Port Talbot's Sandfields steelworks cut. Shame mostly.", [('name', 'Rhiannon Pritchard'), ('place', "Port Talbot's Sandfields")]),
    C('Mood charts from eMoods and Daylio - clients in Canada love them. Any privacy concerns under PIPEDA?'),
    C("The APA's Clinical Practice Guideline for PTSD (2017) vs the ISTSS guidelines (2019) - which do you cite in reports in Canada?"),
    C("Mexican plate JKL-42-77 from Jalisco - Ernesto Villaseñor's cousin's truck, used to smuggle. He wants to talk about it.", [('vehicle', 'JKL-42-77'), ('name', 'Ernesto Villaseñor')]),
    C("Carte Vitale 2 81 07 69 123 456 78 - Yasmina Belkacem, Vénissieux's Minguettes. Mon Soutien Psy sessions, 8 max.", [('health_plan', '2 81 07 69 123 456 78'), ('name', 'Yasmina Belkacem'), ('place', "Vénissieux's Minguettes")]),
    C('For Roma clients in Slovakia and Hungary the shame around mental illness is so strong; Romani-language materials from the ERRC are thin.'),
    C('Grief in Mexico around Día de Muertos and in the Philippines around Undas: any comparative paper? Asking for a Filipino-Mexican family in California.'),
    C("Adaeze Okafor-Bright asked if I'd go to her graduation at Aston Villa's Witton side. I said I'd think about it.", [('name', 'Adaeze Okafor-Bright'), ('place', "Aston Villa's Witton side")]),
    C("Her Swish 123 446 7781 is in her mother's name - Nadia Rahimi Sultani, Hjällbo centrum. Who actually pays?", [('account', '123 446 7781'), ('name', 'Nadia Rahimi Sultani'), ('place', 'Hjällbo centrum')]),
    C('Clonazepam 0.5 mg, a client from Bosnia, Muslim, fasting. Taken at Iftar with food? The pharmacist in Austria agrees.'),
    C("Dexcom G7 SN 8KQ3-22MX-71 shared with her mum - Freya Lindqvist, 15, Västerås' Råby. Mum sees every spike and texts her.", [('device', 'G7 SN 8KQ3-22MX-71'), ('name', 'Freya Lindqvist'), ('place', "Västerås' Råby")]),
    C('Looking for the Brief COPE in Slovene and Croatian for a study with the EFPA task force. Carver (1997) said translations are fine.'),
    C("Kočani's Pulse quarter nightclub fire, March 2025. Bojan Trajkovski, 19, burns to 30%, treated in Skopje's Kisela Voda. EMBG 1108005450031. How do you pace trauma work around dressing changes?", [('place', "Kočani's Pulse quarter"), ('name', 'Bojan Trajkovski'), ('place', "Skopje's Kisela Voda"), ('ssn', '1108005450031')]),
    C('Valentina Ruiz Ortega, DOB 4 de marzo de 2001, Chiclayo, El Niño flood evacuee.', [('name', 'Valentina Ruiz Ortega'), ('date', '4 de marzo de 2001'), ('place', 'Chiclayo')]),
    C('NHS Lothian faxed over 0131 537 6290 for Euan MacLeòid, CHI 1902781143. Lives 14/3 Pilrig Street, EH6 5AJ.', [('fax', '0131 537 6290'), ('name', 'Euan MacLeòid'), ('medical_record', '1902781143'), ('street_address', '14/3 Pilrig Street'), ('zip_code', 'EH6 5AJ')]),
    C("HCPC registration PYL 044817 - my supervisee Abena Owusu-Ansah Boakye got a complaint from a client in Croydon's Broad Green. How to support?", [('licence', 'PYL 044817'), ('name', 'Abena Owusu-Ansah Boakye'), ('place', "Croydon's Broad Green")]),
    C('Halldóra Gísladóttir, 95 at Corpus Christi, in Vestmannaeyjar - the 1973 eruption still comes back.', [('name', 'Halldóra Gísladóttir'), ('age_over_89', '95 at Corpus Christi'), ('place', 'Vestmannaeyjar')]),
    C("The memorial page champlainmemories.org/raquel-b lists my client's full story. Raquel B. didn't know it was public.", [('url', 'champlainmemories.org/raquel-b'), ('name', 'Raquel B.')]),
    C('Nordic clients from Sweden and Norway often say "ingen fara" or "det ordner seg" in Swedish and Norwegian while falling apart. Stoicism as culture? Any reading?'),
    C("Zoom log: 186.87.201.14 joined Yuliana Mosquera Rentería's session in Quibdó's Barrio Kennedy - she says it's her cousin.", [('ip_address', '186.87.201.14'), ('name', 'Yuliana Mosquera Rentería'), ('place', "Quibdó's Barrio Kennedy")]),
    C('Her fundraiser is gofundme.com/f/rebuild-nonnas-house-conselice and her name Giulia Baldini is all over it. She asked me to share it. Boundaries?', [('url', 'gofundme.com/f/rebuild-nonnas-house-conselice'), ('name', 'Giulia Baldini')]),
    C("Voicemail from +372 5561 2209 - Jelena Smirnova in Narva's Kulgu's Kreenholm island, crying.", [('phone', '+372 5561 2209'), ('name', 'Jelena Smirnova'), ('place', "Narva's Kulgu"), ('place', 'Kreenholm island')]),
    C('Saskatchewan health 882 144 519 - Cody Lafond, Prince Albert. Métis, residential school family.', [('health_plan', '882 144 519'), ('name', 'Cody Lafond'), ('place', 'Prince Albert')]),
    C("Brazilian CNH 04481273950 - Rosângela Pires, bus driver in Recife's Ibura, assaulted by a passenger.", [('licence', '04481273950'), ('name', 'Rosângela Pires'), ('place', "Recife's Ibura")]),
    C("Ayelet Rosenblum lives in Outremont's Bernard strip and wants a therapist who isn't from her community.", [('name', 'Ayelet Rosenblum'), ('place', "Outremont's Bernard strip")]),
    C("Chart MGH 0048 2715 - Connor Fitzgerald, Dorchester's Codman Square side, opioid overdose survivor.", [('medical_record', 'MGH 0048 2715'), ('name', 'Connor Fitzgerald'), ('place', "Dorchester's Codman Square side")]),
    C('Seeking a Welsh-speaking therapist for a teenager; CAMHS in North Wales says 14 months. Any private options via the BPS directory?'),
    C("A client's Blogspot ninasinthestorm.blogspot.com names me as her therapist - Nina Przybylska, Kłodzko's Wyspa Piasek flood 2024.", [('url', 'ninasinthestorm.blogspot.com'), ('name', 'Nina Przybylska'), ('place', "Kłodzko's Wyspa Piasek")]),
    C("Evert Sandberg, aged ninety-three, the pension office says, Sundsvall's Skönsberg - wife with dementia, he's the carer.", [('name', 'Evert Sandberg'), ('age_over_89', 'ninety-three, the pension office says'), ('place', "Sundsvall's Skönsberg")]),
    C("Audit: the intake form for Heikki Nurminen was filled from 91.152.78.4, a work VPN in Oulu's Kaukovainio. His boss?", [('name', 'Heikki Nurminen'), ('ip_address', '91.152.78.4'), ('place', "Oulu's Kaukovainio")]),
    C("Yalom's The Gift of Therapy (2002) has a chapter on self-disclosure I always give to trainees. Any Scandinavian equivalent?"),
    C('Our Caribbean diaspora group meets on the last Saturday of the month; Jamaican, Trinidadian, Bajan and Guyanese members, all welcome.'),
    C('Internal Family Systems (Schwartz, 1995) is everywhere on Instagram in Canada. Is there any RCT outside the US?'),
    C("Bronagh Devlin's insulin pump, serial PMP-T2X-4471092, got soaked in the Derry's Creggan Heights flood in her basement flat. She's terrified of hypos at night now.", [('name', 'Bronagh Devlin'), ('device', 'PMP-T2X-4471092'), ('place', "Derry's Creggan Heights")]),
    C("Ordine degli Psicologi registration n. 24518 - Chiara Ventura, colleague in Bologna's Bolognina, burned out, asking for a referral.", [('licence', 'n. 24518'), ('name', 'Chiara Ventura'), ('place', "Bologna's Bolognina")]),
    C('Address for the letter: Agnieszka Lis, ul. Kościuszki 18 m. 7, PL 45-062 Opole-Zaodrze.', [('name', 'Agnieszka Lis'), ('street_address', 'ul. Kościuszki 18 m. 7'), ('zip_code', 'PL 45-062'), ('place', 'Opole-Zaodrze')]),
    C("Mum's number +34 622 18 47 90 in the file for Alba Roig, 15, Badalona. Mum isn't safe.", [('phone', '+34 622 18 47 90'), ('name', 'Alba Roig'), ('place', 'Badalona')]),
    C("Joe Tsosie is back at Chinle chapter's Many Farms road for a funeral; we're pausing.", [('name', 'Joe Tsosie'), ('place', "Chinle chapter's Many Farms road")]),
    C("The new EU AI Act and therapy chatbots: does the European Federation of Psychologists' Associations have a view?"),
    C("Valencia's Horta Sud DANA client: Vicent Ferrandis Bou, Carrer del Pintor Segrelles 14, 2ª, E-46910 Sedaví-Nord. Lost his car and his neighbour in the garage that night. DNI 29174836-K.", [('place', "Valencia's Horta Sud"), ('name', 'Vicent Ferrandis Bou'), ('street_address', 'Carrer del Pintor Segrelles 14, 2ª'), ('zip_code', 'E-46910'), ('place', 'Sedaví-Nord'), ('ssn', '29174836-K')]),
    C('Supervision Q: Erin Mulcahy sends me pictures of her cat. Boundary or rapport?', [('name', 'Erin Mulcahy')]),
    C("plate B-KR 4419 - kemal yıldız's uncle's car, from wedding's leopoldplatz in berlin-mitte. he sleeps in it sometimes", [('vehicle', 'B-KR 4419'), ('name', 'kemal yıldız'), ('place', "wedding's leopoldplatz"), ('place', 'berlin-mitte')]),
    C('The Chilean FONASA covers psychologists via the GES programme for depression; private ISAPRE is different. Clients confused.'),
    C('Anyone have the Russian version of the PHQ-9 validated in Estonia? The Estonian Psychiatric Association mentioned a 2021 study.'),
    C('Lent and Ramadan overlapped this year in March; my mixed Bosnian couples found it oddly bonding.'),
    C('Venlafaxine 225 mg, discontinuation hell in October. The client is Catholic and thinks the dizziness is punishment. Gentle reframes?'),
    C("VZP pojištěnec 8561124417 - Jana Dvořáková, Ostrava's Hrabová, after the 2024 flood.", [('health_plan', '8561124417'), ('name', 'Jana Dvořáková'), ('place', "Ostrava's Hrabová")]),
    C("Mental Health (Scotland) Act 2003 named person rules - the Mental Welfare Commission for Scotland says the family want to be involved, the client doesn't. Thoughts?"),
    C('marielle.cadet76@hotmail.fr - Marielle Cadet, Martiniquaise in Paris 19e, sends me poems. Lovely but daily.', [('email', 'marielle.cadet76@hotmail.fr'), ('name', 'Marielle Cadet'), ('place', 'Paris 19e')]),
    C('Is the IES-R still fine for insurance reports in Germany, or do the Krankenkassen want the PCL-5 now?'),
    C("Faxed from Santiago's Barrio Yungay: Rocío Alarcón Pizarro, RUT 17.884.203-6, ficha HSJ-440918. Moving to Ñuñoa's Villa Olímpica with her aunt. Fax +56 2 2574 8830.", [('place', "Santiago's Barrio Yungay"), ('name', 'Rocío Alarcón Pizarro'), ('ssn', '17.884.203-6'), ('medical_record', 'HSJ-440918'), ('place', "Ñuñoa's Villa Olímpica"), ('fax', '+56 2 2574 8830')]),
    C("Anyone reading Bessel van der Kolk's The Body Keeps the Score critically? The Scandinavian reviews in Nordic Psychology were brutal."),
    C("Can I accept MB WAY +351 913 884 207 payments from Inês Carvalhal? She's in Braga's Enguardas, no card.", [('account', '+351 913 884 207'), ('name', 'Inês Carvalhal'), ('place', "Braga's Enguardas")]),
    C('For clients in Brazil I use the Portuguese PHQ-9 and the SRQ-20; the CFP says online work needs the e-Psi registration.'),
    C('Alprazolam (Xanax) 0.5 mg three times a day for years, with Tramadol on Sundays; the client is Polish and the doctor in Poland keeps prescribing. Tapering advice?'),
    C('Luka Perić works on the boats from Komiža on Vis in summer - sessions in winter only.', [('name', 'Luka Perić'), ('place', 'Komiža on Vis')]),
    C('For Jewish clients in England, the Jewish Association for Mental Illness (JAMI) is great; for Orthodox families, Chizuk.'),
    C('Day of the Dead is coming up in November; my Mexican clients talk to their dead at the ofrenda. I love it. Grief work around it?'),
    C("Marjatta Hyvönen from Savonlinna won't say a word in Swedish sessions. Finnish only.", [('name', 'Marjatta Hyvönen'), ('place', 'Savonlinna')]),
    C("Ainsworth, Bowlby, Main - I'm teaching attachment on Saturday for the Portuguese Psychologists' Order. Any slide decks to share?"),
    C('Vasile Rusu is 91 since the thaw and lives in Soroca; we talk through his granddaughter on WhatsApp.', [('name', 'Vasile Rusu'), ('age_over_89', '91 since the thaw'), ('place', 'Soroca')]),
    C("Letter to Marie-Josée Gagnon, 1240 rue Saint-Jean, app. 3, Québec's Saint-Jean-Baptiste G1R 1S8.", [('name', 'Marie-Josée Gagnon'), ('street_address', '1240 rue Saint-Jean, app. 3'), ('place', "Québec's Saint-Jean-Baptiste"), ('zip_code', 'G1R 1S8')]),
    C("Any Serbian translation of the ACE questionnaire that's been validated? I found a Croatian one from a university team in Croatia but not Serbian."),
    C("Teresa Gonçalves, Rua do Almada 312, 2º Esq, PT-4050-038 Porto's Bonfim.", [('name', 'Teresa Gonçalves'), ('street_address', 'Rua do Almada 312, 2º Esq'), ('zip_code', 'PT-4050-038'), ('place', "Porto's Bonfim")]),
    C("Kimberley Jeanty from Little Haiti's 54th Street side lost her cousin in the Pétion-Ville's Jalousie quake.", [('name', 'Kimberley Jeanty'), ('place', "Little Haiti's 54th Street side"), ('place', "Pétion-Ville's Jalousie")]),
    C("Óscar Mendieta in Tepito's Granaditas says the neighbourhood will protect him. Will it?", [('name', 'Óscar Mendieta'), ('place', "Tepito's Granaditas")]),
    C("Trainees: please read Bowlby's Attachment (1969) and Ainsworth before the Wednesday seminar; Fonagy's mentalization paper is optional."),
    C("For Sámi clients, has anyone used culturally adapted CBT from the Arctic University of Norway? I'd love the Norwegian manual."),
    C('The Estonian Unemployment Insurance Fund (Töötukassa) pays for counselling - anyone have a contact?'),
    C("Linktree linktr.ee/marisol.surfside for Marisol Ibarra collects donations. She's 17 and her mum controls it.", [('url', 'linktr.ee/marisol.surfside'), ('name', 'Marisol Ibarra')]),
    C('Trazodone 50 mg at night (Desyrel in the US, Trittico in Norway) and a Scandinavian client who refuses "happy pills". How do you talk about meds without taking a side?'),
    C("Email dzenan.h.tuzla@gmail.com - Dženan Hodžić, veteran in Vienna's Favoriten, asks if I'm Serbian before he'll book.", [('email', 'dzenan.h.tuzla@gmail.com'), ('name', 'Dženan Hodžić'), ('place', "Vienna's Favoriten")]),
    C("Any psychodynamic people reading Winnicott's Playing and Reality (1971) with the object-relations group in October?"),
    C('Olanzapine 5 mg and weight gain of 9 kg since August - the client is Muslim and fasting for Ramadan soon. Any advice on Suhoor and meds timing?'),
    C("East Palestine's Sulphur Run side derailment: Darlene Kopchak in Negley, breathing issues and constant worry about her grandkids. Medicaid OH 990041773.", [('place', "East Palestine's Sulphur Run side"), ('name', 'Darlene Kopchak'), ('place', 'Negley'), ('health_plan', 'OH 990041773')]),
    C('Sertraline liquid for a child in Sweden, 20 mg/mL; the BUP team says 25 mg to start. Parents Somali and worried about Islam and meds.'),
    C("Faxed letter from Reykjavík's Breiðholt +354 543 1019 - Hrafnhildur Jónsdóttir, kennitala 210385-3319, Landspítali LSH-773104. Alcohol relapse in winter.", [('place', "Reykjavík's Breiðholt"), ('fax', '+354 543 1019'), ('name', 'Hrafnhildur Jónsdóttir'), ('ssn', '210385-3319'), ('medical_record', 'LSH-773104')]),
    C('The Lancet Commission on Global Mental Health (2018) cited work in Chile and Peru on task-sharing. Any Latin American colleagues on it?'),
    C('Abuela Esperanza Quintero turns 95 at Corpus Christi in May - survived old Armero as an adult and now in Ibagué. Family asks for grief work.', [('name', 'Esperanza Quintero'), ('age_over_89', '95 at Corpus Christi'), ('place', 'old Armero'), ('place', 'Ibagué')]),
    C('Got a fax at (305) 585-1127 meant for a different provider about Yanelis Cárdenas, DOB 03/14/1989. What do I do with a misdirected fax legally?', [('fax', '(305) 585-1127'), ('name', 'Yanelis Cárdenas'), ('date', '03/14/1989')]),
    C('For Haitian and Dominican clients in New York State, the Kreyòl and Spanish versions of the PHQ-9 from Pfizer are free; Medicaid and the OMH cover Spanish interpreters too.'),
    C('Anyone know good Irish-language CBT resources? Foras na Gaeilge funded a leaflet but nothing for children.'),
    C('Duloxetine 60 mg for pain and mood, GI upset in week 1; client is Greek Cypriot and fasting for the Dormition in August. Adjust timing?'),
    C("Ramiro Ortiz, Av. 18 de Julio 1622, apto 904, UY-11200 Montevideo's Cordón Norte.", [('name', 'Ramiro Ortiz'), ('street_address', 'Av. 18 de Julio 1622, apto 904'), ('zip_code', 'UY-11200'), ('place', "Montevideo's Cordón Norte")]),
    C("Tiago Matos won't talk about Angola. His father fought there.", [('name', 'Tiago Matos')]),
    C("Seen on Tuesday 14 January 2025: Kamila Nowicka, Nysa's Podzamcze flood, sleeps in shoes.", [('date', 'Tuesday 14 January 2025'), ('name', 'Kamila Nowicka'), ('place', "Nysa's Podzamcze")]),
    C('Key Bridge collapse: Julio César Hernández Portillo worked night crew with the men who died. Salvadoran, DUI 04412877-3. Phone (410) 555-0862.', [('name', 'Julio César Hernández Portillo'), ('ssn', '04412877-3'), ('phone', '(410) 555-0862')]),
    C("Jewish survivor Ruth Adlersberg, 96 last Michaelmas, Golders Green - her son wants her to talk; she doesn't.", [('name', 'Ruth Adlersberg'), ('age_over_89', '96 last Michaelmas'), ('place', 'Golders Green')]),
    C('She writes from iveta.kalnina.rezekne@inbox.lv at 2am, long letters. Iveta Kalniņa, alcohol and grief. Latvian only.', [('email', 'iveta.kalnina.rezekne@inbox.lv'), ('name', 'Iveta Kalniņa')]),
    C('Anyone using the Greek version of the PCL-5 (Kokkinos, 2020) after the Thessaly floods? The Hellenic Psychological Society sent out Arabic and Greek leaflets in September.'),
    C('Argentine licencia 33.481.902 - Gonzalo Acuña, colectivo driver, La Matanza. Assaulted twice.', [('licence', '33.481.902'), ('name', 'Gonzalo Acuña'), ('place', 'La Matanza')]),
    C("NHS number NHS 612 447 9083 for Blessing Chukwu-Hale in Peckham Rye's Nunhead end. GP letter needed.", [('health_plan', 'NHS 612 447 9083'), ('name', 'Blessing Chukwu-Hale'), ('place', "Peckham Rye's Nunhead end")]),
    C("EMDRIA vs EMDR Europe accreditation: which one counts in Canada and the Caribbean? I'm in the Bahamas and confused."),
    C('For Cuban clients in Spain the Santería question comes up; clients ask if I believe. What do you answer?'),
    C("the link www.youtube.com/@bojan_kocani_survivor is my client's channel. bojan t. posts daily videos of his scars. thoughts?", [('url', 'www.youtube.com/@bojan_kocani_survivor'), ('name', 'bojan t.')]),
    C('The WHODAS 2.0 in Romanian - the Romanian College of Psychologists has a validated version but behind a paywall.'),
    C("Polish prawo jazdy 00347/18/1465 - Krystian Mazur, taxi in Gdynia's Obłuże, crash with a cyclist.", [('licence', '00347/18/1465'), ('name', 'Krystian Mazur'), ('place', "Gdynia's Obłuże")]),
    C('Lisbeth Kjær in Skagen is a painter, sessions mostly about her mother.', [('name', 'Lisbeth Kjær'), ('place', 'Skagen')]),
    C('Anyone worked with survivors from Tempi valley? Stavroula Kyriakopoulou was in the bar carriage and lost two friends.', [('place', 'Tempi valley'), ('name', 'Stavroula Kyriakopoulou')]),
    C("Stolen phone, IMEI 35 881209 447103 6 - Aylin Demir in Neukölln's Rollberg says her brother tracks her with it.", [('device', '35 881209 447103 6'), ('name', 'Aylin Demir'), ('place', "Neukölln's Rollberg")]),
    C("Czech colleagues: is the Czech Association for Psychotherapy (ČAP) accepting Ukrainian refugees' VZP insurance for Trauma-Focused CBT since March? Ukrainian and Russian speakers welcome."),
    C("Our booking system flagged 190.104.33.218 - Luciana Ferreyra from Córdoba Capital's Barrio Güemes' Paseo de las Artes booking 12 sessions at once.", [('ip_address', '190.104.33.218'), ('name', 'Luciana Ferreyra'), ('place', 'Córdoba Capital'), ('place', "Barrio Güemes' Paseo de las Artes")]),
    C("Prontuário HCPA 7734 19-2 - Gabriel Schmitt, Canoas' Mathias Velho flood.", [('medical_record', 'HCPA 7734 19-2'), ('name', 'Gabriel Schmitt'), ('place', "Canoas' Mathias Velho")]),
    C("Fax from Hôpital Sainte-Justine to our Laval's Chomedey office, 514-345-4791, re Maëlle Tremblay-Ouellet, dossier SJ-5582107. Eating disorder, step-down to outpatient.", [('place', 'Sainte-Justine'), ('place', "Laval's Chomedey"), ('fax', '514-345-4791'), ('name', 'Maëlle Tremblay-Ouellet'), ('medical_record', 'SJ-5582107')]),
    C('Hi all - Marit Solbakken from Kvikne asked if she can bring her dog to Teams sessions, lol. yes obviously.', [('name', 'Marit Solbakken'), ('place', 'Kvikne')]),
    C("Zoom link https://us06web.zoom.us/j/84412093375 was posted in Jake Moreau's public story. Oops.", [('url', 'https://us06web.zoom.us/j/84412093375'), ('name', 'Jake Moreau')]),
    C('Does anyone know if the Canadian Psychological Association has a position on therapy with RCMP officers after rail disasters in Quebec?'),
    C("I keep thinking of Sokhna Diop in Château Rouge's rue Poulet who sews at night for rent.", [('name', 'Sokhna Diop'), ('place', "Château Rouge's rue Poulet")]),
    C("Group supervision moved to Friday because of Yom Kippur on Wednesday. Please email if that's a problem."),
    C("Aripiprazole 2 mg (Abilify) augmentation with Sertraline: akathisia in week 2. Client is Pentecostal and thinks it's spiritual. How do you talk about side effects then?"),
    C('DVLA licence HUGHE709254GW9AB - Gwyn Hughes, Bala lakeside. He lost it after the seizure, now isolated on the farm.', [('licence', 'HUGHE709254GW9AB'), ('name', 'Gwyn Hughes'), ('place', 'Bala lakeside')]),
    C("The Icelandic version of the DASS-21 - I've only got the English and Norwegian ones. Any link from the Directorate of Health?"),
    C('I saw Dalibor in the Lidl car park yesterday and he pretended not to know me. Fine?', [('name', 'Dalibor')]),
    C("Client Patryk Zieliński was hit by a lorry, reg WGM 88431, on the S8 near Wyszków. Can't cross roads.", [('name', 'Patryk Zieliński'), ('vehicle', 'WGM 88431'), ('place', 'Wyszków')]),
    C("Accident on 28 February 2023 - Christos Zervas lost his girlfriend in the Tempi valley carriage. Lives in Kalamaria's Karabournaki.", [('date', '28 February 2023'), ('name', 'Christos Zervas'), ('place', 'Tempi valley'), ('place', "Kalamaria's Karabournaki")]),
    C('ACT with chronic pain (Hayes, Strosahl and Wilson, 2012) worked better than CBT for my Danish farmers. Anyone got the Danish AAQ-II?'),
    C("Sessions with Ramón Castro Ferro, 93 since the sardine season, Ribeira's Palmeira, ex-fisherman. Wife drowned in 1966.", [('name', 'Ramón Castro Ferro'), ('age_over_89', '93 since the sardine season'), ('place', "Ribeira's Palmeira")]),
    C('Anyone seeing Kosovar Albanian clients using the HTQ in Albanian (Mollica, 1992)? I find the torture section needs a warning.'),
    C("NMC PIN 14I2087E - Grace Adebayo-Clarke, midwife in Lewisham's Hither Green, stillbirth case under review.", [('licence', '14I2087E'), ('name', 'Grace Adebayo-Clarke'), ('place', "Lewisham's Hither Green")]),
    C('Winter in Finland: half my caseload drops off in December. Light therapy lamps from Innolux, 10,000 lux, 30 minutes before 8 - any evidence?'),
    C('Jorge Luis Benítez, Calle 8 #1427 entre 15 y 17, Vedado, La Habana. Cuban, depression.', [('name', 'Jorge Luis Benítez'), ('street_address', 'Calle 8 #1427 entre 15 y 17'), ('place', 'Vedado'), ('place', 'La Habana')]),
    C("Brazilian plate RXP4E71 - Jussara Lemos's car, burnt in the Porto Alegre's Humaitá flood. She slept in it after.", [('vehicle', 'RXP4E71'), ('name', 'Jussara Lemos'), ('place', "Porto Alegre's Humaitá")]),
    C('Has anyone combined Psychological First Aid (WHO, 2011) with the IASC Guidelines for Spanish-speaking volunteers after the DANA? The Red Cross in Spain had a module in November.'),
    C('Narrative Exposure Therapy (Schauer, Neuner and Elbert, 2011) translated well for our Ukrainian group; we ran it on Mondays through March.'),
    C('Seasonal note: Midsummer, Juhannus and Jāņi all fall in late June; expect cancellations from Nordic and Baltic clients that week.'),
    C("I'm seeing more Eastern European men for gambling: Superbet, Betano, Fortuna. Romania's ONJN gave data on young men."),
    C('Norwegian plate EL 71903 - Tesla that Henrik Aasland crashed in Gol. His passenger died.', [('vehicle', 'EL 71903'), ('name', 'Henrik Aasland'), ('place', 'Gol')]),
    C('Naltrexone 50 mg and Acamprosate for a client drinking since the October floods. The Irish HSE has a good leaflet in Polish.'),
    C("Agata Gąsienica-Byrcyn from Zakopane's Olcza says the mountains are the only therapy that works.", [('name', 'Agata Gąsienica-Byrcyn'), ('place', "Zakopane's Olcza")]),
    C('Methylphenidate 36 mg Concerta shortage in Canada again this spring; Health Canada lists it till June. Clients panicking.'),
    C("Lahaina's Front Street side isn't our area but I've a client evacuated to Kīhei, Kalani Kahananui-Akana, now in Seattle's Beacon Hill. Insurance is QUEST QST 4412 0098 331.", [('place', "Lahaina's Front Street side"), ('place', 'Kīhei'), ('name', 'Kalani Kahananui-Akana'), ('place', "Seattle's Beacon Hill"), ('health_plan', 'QST 4412 0098 331')]),
    C("Fax header says Tartu's Annelinn Ülikooli Kliinikum, +372 731 9205, patient Kärt Lõhmus, isikukood 49707142716. Postpartum psychosis history.", [('place', "Tartu's Annelinn"), ('fax', '+372 731 9205'), ('name', 'Kärt Lõhmus'), ('ssn', '49707142716')]),
    C("Question on the Mental Capacity Act 2005 for a client with Korsakoff's; the Court of Protection application is slow. Anyone done an urgent one?"),
    C("Nuno Esteves finished today! Eight months since the Pedrógão Grande's Vila Facaia fire. He drove me a card.", [('name', 'Nuno Esteves'), ('place', "Pedrógão Grande's Vila Facaia")]),
    C("WhatsApp +52 1 55 4412 8837 - Itzel Hernández, Iztapalapa's Santa Cruz Meyehualco, sister disappeared.", [('phone', '+52 1 55 4412 8837'), ('name', 'Itzel Hernández'), ('place', "Iztapalapa's Santa Cruz Meyehualco")]),
    C("Hospital number RVH 7781 2204 - Seamus Toner, Ardoyne's Butler Street end, self-harm in custody.", [('medical_record', 'RVH 7781 2204'), ('name', 'Seamus Toner'), ('place', "Ardoyne's Butler Street end")]),
    C("EHIC 80040 00211 7734 5519 - Pieter de Graaf, Dutch student in Galway's Westside. Can he see us on it?", [('health_plan', '80040 00211 7734 5519'), ('name', 'Pieter de Graaf'), ('place', "Galway's Westside")]),
    C("Niamh O'Regan, nurse, NMBI PIN 118834, under investigation after a patient died in Mallow's Ballydaheen. Shame spiral.", [('name', "Niamh O'Regan"), ('licence', '118834'), ('place', "Mallow's Ballydaheen")]),
    C('Dialectical behaviour therapy adherence ratings from Behavioral Tech: is it worth paying for? Our team in Scotland is debating.'),
    C('Esketamine, Spravato, twice weekly in month 1: client from Trinidad, Catholic, asks if it\'s "like drugs". How to frame?'),
    C("I'm worried about Lindiwe Baptiste; she moved to Gonaïves to care for her mum and stopped answering.", [('name', 'Lindiwe Baptiste'), ('place', 'Gonaïves')]),
    C('Our group in Portugal reads Irvin Yalom and Rollo May in Portuguese on the first Thursday of each month. Join?'),
    C("Mirela Kovačević-Hadžić was born on 17.09.1992 in Prijedor - the date on her file is wrong and she's furious.", [('name', 'Mirela Kovačević-Hadžić'), ('date', '17.09.1992'), ('place', 'Prijedor')]),
    C('The car that followed Aoife Cassidy home was 192-D-38815. She lives 27 Clonliffe Avenue, Ballybough.', [('name', 'Aoife Cassidy'), ('vehicle', '192-D-38815'), ('street_address', '27 Clonliffe Avenue'), ('place', 'Ballybough')]),
    C('Ketamine clinics in Canada and Mexico are marketing to veterans; anyone seen a good outcome with Spravato 56 mg?'),
    C("CPT by Resick, Monson and Chard (2017) vs PE (Foa): which one for a client who can't tolerate imaginal exposure in Portuguese?"),
    C("Karolis Vaitkus's ICD (Boston Scientific SN 917355) shocked him at a Klaipėda's Smiltelė bus stop. Panic since.", [('name', 'Karolis Vaitkus'), ('device', 'Boston Scientific SN 917355'), ('place', "Klaipėda's Smiltelė")]),
    C("MonCash 509 3712 4408 - Wilner Exantus in Carrefour-Feuilles' Ruelle Pouplard sends payments for his sister's therapy in Miami's Allapattah.", [('account', '509 3712 4408'), ('name', 'Wilner Exantus'), ('place', "Carrefour-Feuilles' Ruelle Pouplard"), ('place', "Miami's Allapattah")]),
    C('The PHQ-A for adolescents in Spanish from Mexico vs Spain - which one for a Colombian teen in the UK?'),
    C("Can't reach Oksana Hrytsenko-Vlasiuk - her email o.hrytsenko@ukr.net bounces, phone +380 67 402 1188 off since Sumy.", [('name', 'Oksana Hrytsenko-Vlasiuk'), ('email', 'o.hrytsenko@ukr.net'), ('phone', '+380 67 402 1188'), ('place', 'Sumy')]),
    C('Our Romanian-speaking group in Italy uses the HADS; Romanian and Moldovan clients like the short form.'),
    C("Paula Andrea Restrepo, Carrera 43A #18 Sur-120, apto 502, El Poblado's Manila sector, Medellín's Comuna 14.", [('name', 'Paula Andrea Restrepo'), ('street_address', 'Carrera 43A #18 Sur-120, apto 502'), ('place', "El Poblado's Manila sector"), ('place', "Medellín's Comuna 14")]),
    C("Has anyone used the PCL-5 alongside the ITQ with flood survivors? I'm seeing high DSO scores but the PTSD cluster sits under threshold, like Cloitre et al. (2018) described."),
    C("Dimitar Georgiev Stoilov, ul. Vitosha 22, et. 3, ap. 11, BG-1000 Sofia's Oborishte. Gambling.", [('name', 'Dimitar Georgiev Stoilov'), ('street_address', 'ul. Vitosha 22, et. 3, ap. 11'), ('zip_code', 'BG-1000'), ('place', "Sofia's Oborishte")]),
    C("Marcelo Tavares Neto wants couples work with his husband, who won't come. Thoughts on individual first?", [('name', 'Marcelo Tavares Neto')]),
    C('Anke Hoffmann, Lindenstraße 7, 06108 Halle-Giebichenstein. Grief after her son.', [('name', 'Anke Hoffmann'), ('street_address', 'Lindenstraße 7'), ('zip_code', '06108'), ('place', 'Halle-Giebichenstein')]),
    C('Arabic-speaking clients from Syria in Sweden: anyone using the Arabic HSCL-25 and the Refugee Health Screener?'),
    C('Anyone trained in Cognitive Therapy for PTSD (Ehlers and Clark) at their own training centre in England? Worth it for Portuguese speakers in Brazil?'),
    C("Ask: client Goran Pavlić moved from Slavonski Brod to Dublin's Cabra West, works in a warehouse, drinks every Friday. Wants CBT in Croatian. Anyone?", [('name', 'Goran Pavlić'), ('place', 'Slavonski Brod'), ('place', "Dublin's Cabra West")]),
    C("Mail to Deirdre McCallion, 33 Glen Road, Andersonstown's Glen Park, West Belfast BT11 8BP.", [('name', 'Deirdre McCallion'), ('street_address', '33 Glen Road'), ('place', "Andersonstown's Glen Park"), ('place', 'West Belfast'), ('zip_code', 'BT11 8BP')]),
    C('Zolpidem 10 mg plus wine, a Scottish client aged 72, falls twice in January. Deprescribing plan with the GP?'),
    C('Venezuelans in Chile and Peru: the PCL-5 Spanish from Colombia or the one from Spain? Any advice from the Red Cross teams?'),
    C('A teen client, Ximena Quispe Mamani, has a TikTok https://www.tiktok.com/@xime.quispe.puno with 40k followers where she talks about her therapy. Our sessions included.', [('name', 'Ximena Quispe Mamani'), ('url', 'https://www.tiktok.com/@xime.quispe.puno')]),
    C('The EMDR Europe conference is in June; anyone going? The Shapiro keynote is on Friday.'),
    C('Hilde Verbeke, Kerkstraat 42 bus 3, 8500 Heule-Watermolen. Burnout, teacher.', [('name', 'Hilde Verbeke'), ('street_address', 'Kerkstraat 42 bus 3'), ('zip_code', '8500'), ('place', 'Heule-Watermolen')]),
    C("I have a client, 34, who's a Catholic priest in Ireland and wants out. Any reading for clergy leaving ministry?"),
    C("Kateryna Melnyk, vul. Shevchenka 14, kv. 61, Chernihiv's Bobrovytsia UA-14000. Returning from Poland.", [('name', 'Kateryna Melnyk'), ('street_address', 'vul. Shevchenka 14, kv. 61'), ('place', "Chernihiv's Bobrovytsia"), ('zip_code', 'UA-14000')]),
    C('Hydroxyzine 25 mg PRN, client is Adventist, vegetarian, sleeps badly on Fridays before Sabbath. Psychoeducation ideas?'),
    C('Gabapentin 300 mg misuse is rising in Scotland; the Scottish Drugs Forum published a report in April. Read it?'),
    C("Reading Fanon's Black Skin, White Masks (1952) in our BAATN reading group, Tuesday 7pm. Caribbean and Black British members welcome."),
    C("My client's brother rang from (809) 563-2218 - Yunior Reyes in Los Alcarrizos' Pueblo Nuevo.", [('phone', '(809) 563-2218'), ('name', 'Yunior Reyes'), ('place', "Los Alcarrizos' Pueblo Nuevo")]),
    C("Oddvar Nilsen, 91 since the thaw, Hammerfest's Rypefjord, rebuilt after 1944 burning. Depression at the anniversary.", [('name', 'Oddvar Nilsen'), ('age_over_89', '91 since the thaw'), ('place', "Hammerfest's Rypefjord")]),
    C("Refund request: IBAN IE29 AIBK 9344 7102 8815 63, Orla Brennan, Ballina's Ardnaree. Sessions cancelled after bereavement.", [('account', 'IE29 AIBK 9344 7102 8815 63'), ('name', 'Orla Brennan'), ('place', "Ballina's Ardnaree")]),
    C("Ankle monitor BI LOC8 #5530918 on DeShawn Merriweather-Gaines, Cleveland's Slavic Village, court-ordered. It chafes and he cancels sessions.", [('device', 'BI LOC8 #5530918'), ('name', 'DeShawn Merriweather-Gaines'), ('place', "Cleveland's Slavic Village")]),
    C("Reading group Thursday: Herman's Trauma and Recovery (1992), chapters 3-5. Bring your copy, the Basic Books edition has different page numbers."),
    C("Her baby was stillborn on 11/23/2023; Kaitlyn Boudreaux, Houma's Mechanicville, hasn't been back to the hospital.", [('date', '11/23/2023'), ('name', 'Kaitlyn Boudreaux'), ('place', "Houma's Mechanicville")]),
    C("Dorota Kamińska from Nowy Targ's Oleksówki thinks her daughter is being groomed online.", [('name', 'Dorota Kamińska'), ('place', "Nowy Targ's Oleksówki")]),
    C("Date of the shooting 3 May 2023; Andrej Nikolić's daughter was in the next classroom. Vračar's Crveni Krst.", [('date', '3 May 2023'), ('name', 'Andrej Nikolić'), ('place', "Vračar's Crveni Krst")]),
    C('Anyone used Motivational Interviewing (Miller and Rollnick, 4th ed., 2023) with gambling in Bulgaria? The Bulgarian translation is out.'),
    C('The Mexican IMSS only covers 6 sessions for depression in Jalisco; private fees in pesos are 800-1200. What are you charging?'),
    C("Aunt Marguerite Leblanc-Aucoin, 90 this Acadian Day, Chéticamp's Petit-Étang, Acadian. Depression after a fall.", [('name', 'Marguerite Leblanc-Aucoin'), ('age_over_89', '90 this Acadian Day'), ('place', "Chéticamp's Petit-Étang")]),
    C('Anyone used the Spanish Mini-Mental (MMSE) with rural elders in Galicia who speak Galego only? The scores feel unfair.'),
    C('The Columbia Suicide Severity Rating Scale in Brazilian Portuguese: any version from the Federal Council of Psychology?'),
    C("Sliding-scale refund to IBAN PT50 0035 0412 0008 8317 2290 4 for Idalina Furtado in Cova da Moura's Rua do Vale. Her son pays.", [('account', 'PT50 0035 0412 0008 8317 2290 4'), ('name', 'Idalina Furtado'), ('place', "Cova da Moura's Rua do Vale")]),
    C('Phone 087 441 2290 for Saoirse Quigley - she asked me to only text, never call, because of her da.', [('phone', '087 441 2290'), ('name', 'Saoirse Quigley')]),
    C("Fax came from the psych unit in Tromsø's Kvaløysletta (+47 77 62 91 40) about Sigrun Hætta, journal UNN-2291-4470. She's Sámi and wants a North Sámi speaker - any leads?", [('place', "Tromsø's Kvaløysletta"), ('fax', '+47 77 62 91 40'), ('name', 'Sigrun Hætta'), ('medical_record', 'UNN-2291-4470')]),
    C("weird - rasmus bødker's sessions come from 2a05:f6c7:8841::2b which is the library in aarhus' bispehaven. he has no wifi at home", [('name', 'rasmus bødker'), ('ip_address', '2a05:f6c7:8841::2b'), ('place', "aarhus' bispehaven")]),
    C("His husband's email jonasandmarco@icloud.com is on the intake - Marco Aurelio Bianchi. I'd rather use his own.", [('email', 'jonasandmarco@icloud.com'), ('name', 'Marco Aurelio Bianchi')]),
    C('Ibrahim Touré-Lundqvist is doing much better since the move to Tensta centrum.', [('name', 'Ibrahim Touré-Lundqvist'), ('place', 'Tensta centrum')]),
    C("OHIP 5584-229-417-KT - Natasha Sinclair, Thunder Bay's Westfort, wants coverage for a psychologist. It doesn't cover us, does it?", [('health_plan', '5584-229-417-KT'), ('name', 'Natasha Sinclair'), ('place', "Thunder Bay's Westfort")]),
    C("Client asked me whether Lexapro 10 mg will change who she is. She's Lutheran, Norwegian, very private. How do you answer without overstepping?"),
    C("Zelle (718) 555-0472 from Devorah Halberstam in Borough Park's 13th Avenue - it's her husband's number.", [('account', '(718) 555-0472'), ('name', 'Devorah Halberstam'), ('place', "Borough Park's 13th Avenue")]),
    C('Working in Spanish with Quechua speakers from Peru and Bolivia - any Quechua words for anxiety beyond "llaki" and "pinsamientu"?'),
    C('Reminder: the BACP ethics webinar is on Wednesday at 7pm GMT with Tim Bond on confidentiality and the Children Act 1989.'),
    C("Log says 46.97.168.250 for Radu Ciobanu's intake in Cluj-Napoca's Mănăștur; his sister filled it in.", [('ip_address', '46.97.168.250'), ('name', 'Radu Ciobanu'), ('place', "Cluj-Napoca's Mănăștur")]),
    C('Anyone trained in Somatic Experiencing (Levine, 1997) working in Portugal or Spain? Looking for a supervisor in Portuguese.'),
    C('For Brazilian clients in Portugal the CPF and NIF mix-ups on receipts are endless; the Ordem dos Psicólogos has a template now.'),
    C('BABCP accreditation asks for 450 supervised hours now? I thought it was still the old KSA route. Anyone done it recently with the BABCP or the UKCP in England?'),
    C("Landline 01 45 88 12 70 for Mme Hortense Diallo in Belleville's rue Ramponeau.", [('phone', '01 45 88 12 70'), ('name', 'Hortense Diallo'), ('place', "Belleville's rue Ramponeau")]),
    C('Salvatore Ianni writes from s.ianni@cooperativa-ravenna.it - the co-op reads it.', [('name', 'Salvatore Ianni'), ('email', 's.ianni@cooperativa-ravenna.it')]),
    C('Paroxetine 20 mg in pregnancy, the obstetrician in Scotland wants a switch to Sertraline. Guidance from SIGN 127?'),
    C("IP 78.62.143.201 accessed Agnė Petrauskienė's file three times. She thinks her husband in Šiauliai's Lieporiai has her password.", [('ip_address', '78.62.143.201'), ('name', 'Agnė Petrauskienė'), ('place', "Šiauliai's Lieporiai")]),
    C("Patient app login from 201.212.44.9 for Rafael Giménez after he told me his phone was stolen in Rosario's Barrio Ludueña.", [('ip_address', '201.212.44.9'), ('name', 'Rafael Giménez'), ('place', "Rosario's Barrio Ludueña")]),
    C('Aurélien Drouin, born 6 juillet 1996, was a teen in Lac-Mégantic centre-ville in 2013, now a train dispatcher of all things. Hates July.', [('name', 'Aurélien Drouin'), ('date', '6 juillet 1996'), ('place', 'Lac-Mégantic centre-ville')]),
    C('He posted the whole thing on https://www.facebook.com/groups/mariana.sobreviventes - client Edvaldo Sena from Bento Rodrigues novo. Should I talk about it?', [('url', 'https://www.facebook.com/groups/mariana.sobreviventes'), ('name', 'Edvaldo Sena'), ('place', 'Bento Rodrigues novo')]),
    C("Hamza Benali El Ouardi said the mosque in Molenbeek's Maritime quarter is the only place he feels safe.", [('name', 'Hamza Benali El Ouardi'), ('place', "Molenbeek's Maritime quarter")]),
    C('has anyone got a CAMHS contact near kilkeel harbour? aoibheann ní fhlatharta needs someone fast', [('place', 'kilkeel harbour'), ('name', 'aoibheann ní fhlatharta')]),
    C("Quick one: Anouk Vermeulen talks about moving back to Zaandam's Poelenburg every session. Avoidance?", [('name', 'Anouk Vermeulen'), ('place', "Zaandam's Poelenburg")]),
    C("Margarethe Lamprecht, nearly 92, by her count, Dornbirn's Hatlerdorf, widowed in March.", [('name', 'Margarethe Lamprecht'), ('age_over_89', 'nearly 92, by her count'), ('place', "Dornbirn's Hatlerdorf")]),
    C("A fax to +45 38 64 71 02 from our clinic went to Søren Bach Ravnholt's old workplace in Nørrebro's Mjølnerparken. Breach report?", [('fax', '+45 38 64 71 02'), ('name', 'Søren Bach Ravnholt'), ('place', "Nørrebro's Mjølnerparken")]),
    C("Tomek from Bielsko-Biała's Złote Łany says he doesn't believe in therapy but comes every week.", [('name', 'Tomek'), ('place', "Bielsko-Biała's Złote Łany")]),
    C('DOB 1988-02-11, Ville Korhonen, Kauhava. Fire-arms licence removed after a threat.', [('date', '1988-02-11'), ('name', 'Ville Korhonen'), ('place', 'Kauhava')]),
    C('The Irish Council for Psychotherapy requires 50 hours CPD per year? I heard IACP is 30. Anyone sure?'),
    C('Instagram instagram.com/kalani.lahaina.strong - my client Kalani K.-A. posts my quotes. Do I ask her to stop?', [('url', 'instagram.com/kalani.lahaina.strong'), ('name', 'Kalani K.-A.')]),
    C("Bupropion XL 300 mg and insomnia; she's a nurse on nights at a Kaiser hospital in California. Sleep hygiene laughable there."),
    C('Has anyone used the EPDS in Latvian and Russian side by side? Postnatal depression rates in the Baltics seem underreported.'),
    C("Gustavo Paredes Lugo from Petare's José Félix Ribas is in Lima's San Juan de Lurigancho now, sells arepas, panic at night.", [('name', 'Gustavo Paredes Lugo'), ('place', "Petare's José Félix Ribas"), ('place', "Lima's San Juan de Lurigancho")]),
    C('Prosthetic leg Ottobock C-Leg SN 4C18=7733015 - Yurii Bondarenko, veteran, lives in Kolding now. Phantom pain flares at night.', [('device', 'Ottobock C-Leg SN 4C18=7733015'), ('name', 'Yurii Bondarenko'), ('place', 'Kolding')]),
    C("Cochlear processor CP1110 SN 3819-2274-05 belongs to Ilse Vandenberghe-Claes, deaf since birth, in Kortrijk's Overleie. Sessions with an interpreter.", [('device', 'CP1110 SN 3819-2274-05'), ('name', 'Ilse Vandenberghe-Claes'), ('place', "Kortrijk's Overleie")]),
    C('Eamon Duggan fishes out of Castletownbere, hates talking on the phone.', [('name', 'Eamon Duggan'), ('place', 'Castletownbere')]),
    C("Emilia-Romagna floods: Loris Casadei from Conselice's Lavezzola, farmer, sold his cows after. Codice fiscale CSDLRS61H14D458X.", [('name', 'Loris Casadei'), ('place', "Conselice's Lavezzola"), ('ssn', 'CSDLRS61H14D458X')]),
    C("CPAP machine ResMed AirSense 11 SN 23211048337 for Dragan Ilić Pantelejski, Niš's Pantelej, widowed. He sleeps in the chair instead.", [('device', 'ResMed AirSense 11 SN 23211048337'), ('name', 'Dragan Ilić Pantelejski'), ('place', "Niš's Pantelej")]),
    C('Still thinking about Renata Oliveira. She asked if grief ever ends. I said no, it changes.', [('name', 'Renata Oliveira')]),
    C('The Balint group for GPs in Norway meets monthly; any of you facilitating them? The Norwegian Medical Association pays.'),
    C("MRN HUS-2201-88734 - Aino Laaksonen, Kallio's Torkkelinmäki, eating disorder inpatient discharge.", [('medical_record', 'HUS-2201-88734'), ('name', 'Aino Laaksonen'), ('place', "Kallio's Torkkelinmäki")]),
    C("Joaquín Sepúlveda Carrasco, Pasaje Los Aromos 2281, La Florida, Santiago's Barrio Yungay 8240000.", [('name', 'Joaquín Sepúlveda Carrasco'), ('street_address', 'Pasaje Los Aromos 2281'), ('place', 'La Florida'), ('place', "Santiago's Barrio Yungay"), ('zip_code', '8240000')]),
    C("New York plate KJW-4428 followed Sophie Goldfarb from Park Slope's Fifth Avenue to her office.", [('vehicle', 'KJW-4428'), ('name', 'Sophie Goldfarb'), ('place', "Park Slope's Fifth Avenue")]),
    C('Hungarian clients often describe "lelki teher" (soul burden). Any Hungarian grief scale you\'d recommend, maybe from the Hungarian Psychological Association or Semmelweis?'),
    C("Ontario licence B4432-71088-90617 - Gurpreet Bains, Uber driver in Malton's Westwood, robbed at knifepoint.", [('licence', 'B4432-71088-90617'), ('name', 'Gurpreet Bains'), ('place', "Malton's Westwood")]),
    C('The Dutch GGZ waiting lists are 14 weeks now; POH-GGZ at the GP is the bridge. How do you hold clients meanwhile?'),
    C('Does anyone run Compassion Focused Therapy (Gilbert, 2010) groups in Spanish? Would love to swap worksheets.'),
    C("Mr Clement Joseph's mum, 102 at Kwadril, in Soufrière, St Lucia. He flies back every month.", [('name', 'Clement Joseph'), ('age_over_89', '102 at Kwadril'), ('place', 'Soufrière')]),
    C("Her son died on Tuesday 29/10/2024 in the flood at Catarroja's port quarter; Amparo Sanchis can't face November.", [('date', 'Tuesday 29/10/2024'), ('place', "Catarroja's port quarter"), ('name', 'Amparo Sanchis')]),
    C("Brandon Two Bulls - (605) 867-4412, Pine Ridge's Wounded Knee district. Only reachable at his aunt's.", [('name', 'Brandon Two Bulls'), ('phone', '(605) 867-4412'), ('place', "Pine Ridge's Wounded Knee district")]),
    C("Referral by fax (01 2208 3316) from Tallaght's Jobstown: Declan Furlong-Kehoe, 41, IHI IHI 7206 4418 9023. Alcohol, recently separated.", [('fax', '01 2208 3316'), ('place', "Tallaght's Jobstown"), ('name', 'Declan Furlong-Kehoe'), ('medical_record', 'IHI 7206 4418 9023')]),
    C("Tomas Lindahl's work phone +46 8 776 12 44 - he's in Stockholm-Järva's Rinkeby torg office.", [('name', 'Tomas Lindahl'), ('phone', '+46 8 776 12 44'), ('place', 'Stockholm-Järva'), ('place', 'Rinkeby torg')]),
    C("Belgrade's Vračar Gornji school shooting: the younger brother of one pupil, Lazar Stefanović, now 15, Kralja Milutina 41, stan 9, RS-11000 Beograd-Krunski venac. Parents split since.", [('place', "Belgrade's Vračar Gornji"), ('name', 'Lazar Stefanović'), ('street_address', 'Kralja Milutina 41, stan 9'), ('zip_code', 'RS-11000'), ('place', 'Beograd-Krunski venac')]),
    C("Charité Fallnummer CH-40118873 - Leyla Yıldırım, Berlin-Wedding's Sprengelkiez-Nord.", [('medical_record', 'CH-40118873'), ('name', 'Leyla Yıldırım'), ('place', 'Berlin-Wedding'), ('place', 'Sprengelkiez-Nord')]),
    C('Prazosin 1 mg titrating to 6 mg for nightmares - VA data (Raskind, 2018) was disappointing. Anyone still using it in the US?'),
    C('Got an email from pastor.luis@iglesiabetania-tegus.org about Kevin Ulloa, saying he\'s "healed". Honduras church. Ugh.', [('email', 'pastor.luis@iglesiabetania-tegus.org'), ('name', 'Kevin Ulloa')]),
    C("ÖGK e-card 1237 140582 - Maximilian Huber, Hallein's Burgfried. Burnout, ski instructor.", [('health_plan', '1237 140582'), ('name', 'Maximilian Huber'), ('place', "Hallein's Burgfried")]),
    C('Clozapine 350 mg (Clozaril), neutrophils fine on the CPMS, but she hates the weekly bloods in January and February. The Irish guidelines allow monthly after a year?'),
    C('Intensive trauma treatment in the Netherlands (Psychotrauma Expertise Centrum, 8 days) - anyone referred from Belgium?'),
    C('Our EHR flagged logins for Tomasz Kaczmarek-Dudek from 83.24.190.72 and from London Bridge within an hour. Support says VPN.', [('name', 'Tomasz Kaczmarek-Dudek'), ('ip_address', '83.24.190.72'), ('place', 'London Bridge')]),
    C("Message from aunty.merle.bajan@yahoo.com about her niece Tamara Griffith in Oistins' Fish Fry end. Niece is 19. Reply?", [('email', 'aunty.merle.bajan@yahoo.com'), ('name', 'Tamara Griffith'), ('place', "Oistins' Fish Fry end")]),
    C("Bus reg GX19 KLP - Callum Rennie was driving it when the teenager stepped out in Paisley's Ferguslie Park.", [('vehicle', 'GX19 KLP'), ('name', 'Callum Rennie'), ('place', "Paisley's Ferguslie Park")]),
    C("Medicare MBI 4TQ9-EF2-MK71 - Herbert Lindgren, 94 by the civil register next month, Minnesota, living alone on the farm near Lindström's Chisago shore.", [('health_plan', '4TQ9-EF2-MK71'), ('name', 'Herbert Lindgren'), ('age_over_89', '94 by the civil register'), ('place', "Lindström's Chisago shore")]),
    C("Teodora Pavlova, 94 by the civil register, Gabrovo's Trendafil, refuses to move in with her daughter.", [('name', 'Teodora Pavlova'), ('age_over_89', '94 by the civil register'), ('place', "Gabrovo's Trendafil")]),
    C("Vera Gašparović says Vukovar's Borovo Naselje is a word she can't say aloud.", [('name', 'Vera Gašparović'), ('place', "Vukovar's Borovo Naselje")]),
    C("Home visit: Björn Andersson, Storgatan 11 lgh 1203, SE-852 31 Sundsvall's Skönsberg. Widower.", [('name', 'Björn Andersson'), ('street_address', 'Storgatan 11 lgh 1203'), ('zip_code', 'SE-852 31'), ('place', "Sundsvall's Skönsberg")]),
    C("Mateus Kowalski from Curitiba's Vila Torres asked if he can pay by PIX key mateus.kw.ctba@proton.me and have the receipt in his mum's name.", [('name', 'Mateus Kowalski'), ('place', "Curitiba's Vila Torres"), ('account', 'mateus.kw.ctba@proton.me')]),
    C('Christmas in Ukraine moved to the Western date under the new calendar; my Orthodox clients are split about it. Lots of feelings.'),
    C('Anyone done a Wim Hof workshop for clients with anxiety? Several of my Dutch clients swear by it. Evidence?'),
    C("Discharge summary faxed from Cork's Hollyhill (021 492 7716) for Caoimhe Ní Bhriain-Lucey, MRN CUH0087341. PPSN 7719324QA. Self-harm, 17. Who takes adolescents in West Cork?", [('place', "Cork's Hollyhill"), ('fax', '021 492 7716'), ('name', 'Caoimhe Ní Bhriain-Lucey'), ('medical_record', 'CUH0087341'), ('ssn', '7719324QA'), ('place', 'West Cork')]),
    C("Fax from the GP in Ballyfermot's Kylemore Road side (01 623 7741) about Shauna Kinsella-Byrne arrived in our shared tray. Who else saw it?", [('place', "Ballyfermot's Kylemore Road side"), ('fax', '01 623 7741'), ('name', 'Shauna Kinsella-Byrne')]),
    C('For Haitian clients I use Kreyòl versions of the HSCL-25; the word "tèt chaje" comes up in almost every session in Florida.'),
]

"""SIXTY-SECOND LOCKED evaluation set for the identifier guard.

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
locked_set_61.py (set 63, written at the same time in another worktree,
was not seen at all).  What was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_60.py and locked_set_58.py
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
EvalCase" and the name LOCKED62_CASES) was written from the format of
set 13's tail and the test's module and attribute names, not read from
another set.  The overlap filter described below imported the earlier
sets and printed only this set's own clashing strings.  The only test
run was test_locked_sets.py (selected with -k 62); ruff was run on this
file and on that test file.  Every snippet is set in Europe and the
Americas (the Caribbean, Central and South America, Canada, the US, the
UK and Ireland, the Nordic and Baltic countries, the Balkans, Iberia,
the Alps and Eastern Europe included) and in diasporas there (Somali
Swedes, Syrian and Ukrainian refugees in Germany and Poland, Uzbeks in
Poland, Afghans in Canada, Haitians in Florida and Quebec, Congolese in
Belgium, Moroccans in the Netherlands, Nigerian-Portuguese in Portugal).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty minutes in all), as a consultation request or
a chat message to peers in a therapists' consultation group, dense with
capitalised terms like sets 58 and 60, with settings chosen to differ
from those named in sets 58 and 60's docstrings: the Stardust fire, the
Mesa Redonda fire, the Morandi bridge, Hurricane Helene in western North
Carolina, the 2021 Haiti quake, the Ahr valley floods of 2021, Utøya,
the Fuego eruption of 2018, the ETA years, Hurricane Maria in Puerto
Rico and Dominica, a Lewis fishing loss, Mariupol and the Kramatorsk
station, Katrina, the Cromañón fire, Dunblane, the 2020 Nova Scotia
shootings, the Nice truck attack, the July 2025 Texas Hill Country
flood, Amatrice, the Yungay avalanche of 1970, the Mocoa landslide, the
Zolitūde roof collapse, Umpqua, the Boate Kiss fire, Hurricane Ian, the
Las Colinas landslide, Vukovar, the Vargas mudslides, the Lytton fire,
the Colectiv fire, the 2017 Mexico quake, Omagh, the Kakhovka dam
flood, the Mayfield tornado, the Pedernales quake, Aberfan, the 2010
Chilean tsunami, Hanau, Ayotzinapa, the Petrópolis rains, the Camp
Fire, the Kamloops school grounds, Hillsborough, Breitscheidplatz, the
Madrid train bombings, the Costa Concordia, the Bataclan, Oklahoma
tornadoes, the Chapecoense crash, the Manchester Arena, the Once train
crash, the Brussels airport bombing, the Love Parade, the Morro do
Bumba landslide, the Jacarezinho raid, Smolensk, the Estonia ferry,
Mati, L'Aquila and Onna, the Madeira aluvião, the Bondo and Gondo
slides, the Galtür avalanche, the Vesdre floods, the Line 12 collapse,
the Kolontár red sludge, Sutherland Springs, the Rigopiano avalanche,
the Entre-os-Rios bridge, the Santiago de Compostela Alvia crash,
Juchitán's 2017 quake, the Gjerdrum quick-clay slide, the Broncos bus
crash, Xynthia, the Blatten glacier collapse, the Recife and La Plata
floods, the Ciudad Juárez detention-centre fire, storm Alex in the
Vésubie, the Ischia mudslide, the Flint water, the Lorca quake, Lockerbie,
the Pylos wreck, the Paraisópolis stampede, the Halle synagogue attack,
the Moore tornado, the Tiquipaya mudslide, the Oka crisis, Vajont,
Kaprun's tunnel fire, the Petrinja quake, the Winter War, Smyrna, Pantglas,
the Halemba mine, the 2005 French riots and the Hisingen shootings; and
ordinary lives (a fado singer, a Nikkei psychologist, a muxe elder, a
combi driver, a swimmer off Connemara, a Roma man evicted, a diner cook).
Short referral lines, faxes, portal and telehealth logs by IP address,
rushed lower-case chat (nine identifier snippets write names or places
in lower case), and 26 identifier snippets that hold only a name and/or
a place, written as ordinary consultation prose, often with the name at
the start of a sentence and no cue word before it.  Nothing was composed
by a script: the author wrote the snippets in plain text files outside
the repository (/tmp/set62work/) with the planted spans marked inline,
and a script there only stripped the marks into the expected lists,
checked lengths, token boundaries, duplicate spans and duplicate
snippets, counted capitalised words in the clean snippets, checked
overlap with the earlier sets, shuffled the order with a fixed seed (62)
and wrote this file.  Every later edit was typed by hand as a
find-and-replace pair that a small script applied to the drafts (about
250 pairs in all); this is stated here.

Edits made after drafting, stated here: three false starts the author
had typed into the drafts (a name and date followed by "? no", a name
followed by "? no" in an identifier draft, and a clean line ending "?
no") were cut with their values, and one "gothenburg - sorry," aside
was cut leaving the corrected place.  In a review, about twenty-five
city, town, venue, hospital, square, street and school names written
unlabelled in identifier snippets (before "fire", "inquest", "collapse",
"landslide", "mudslide" and "station", after "at", "in", "on", "from"
and "off", and as a hospital's name before "chart", "record", "file",
"card" and "MRN") were labelled, or replaced by a region, a country or
a generic phrase; a clinician's surname after "Dra." was given a full
name and labelled.  In the clean snippets two cities in a university's
and a department's names, a marathon's city, a county (twice), a
canton's city, four hospitals or clinics (one in a book title kept), a
training institute named after a London area, a city's "style", two
boroughs, a county in Sweden, a Quebec administrative region, a city
where a community lives, an island county, a town in a genocide's name,
two university cities, a region named after a capital and two island
groups were replaced by the state, province, region, country or a
generic word, and a clinician's name was replaced by "a guest".  Two
clean snippets were added after the first check.  Overlap with the
other sets was resolved by renaming only this set's planted values,
with a filter that imported the earlier sets programmatically (the same
checks as test_planted_identifiers_not_in_earlier_sets and the
text-containment check) and printed this set's strings only: 174 values
in the first round (mostly places - many of them the famous towns and
venues of the events above, which were given a quarter, end, side,
estate, hamlet, corner or block, or their city as a possessive, or were
cut and replaced by a region or a generic phrase -, with 4 names given
a second surname, 5 postal codes given a country prefix, a ZIP+4
suffix or a new town, a street number, a date, two phone numbers, a SIN,
a licence and a device serial changed), 9 in the second (a phone number
and eight places); the last pass found nothing.

Local identifier formats: US SSN, Canadian SIN, UK National Insurance
number, French NIR, Dutch BSN, Belgian rijksregisternummer, Swedish
personnummer, Danish CPR, Finnish HETU, Romanian CNP, Mexican CURP,
Colombian cédula, Swiss AHV, Austrian SVNR and Argentine DNI (ssn);
Belfast RVH, Warsaw, Salvadoran, West Virginian, Haitian, Athens,
L'Aquila, Dublin, Madeira, Vilnius, IHS, Havana, Stockholm, Toronto
and Berlin files (medical_record); Kentucky Medicaid, Peruvian SIS,
Alberta AHCIP, Tricare, Dutch CZ, Swiss CSS, Belgian Solidaris,
ISSSTE, Irish GMS card, Puerto Rico's Plan Vital, Blue Shield,
Hungarian TAJ, UnitedHealthcare, Humana and Nova Scotia MSI
(health_plan); New York LCSW, California LMFT, Louisiana CDL,
Saskatchewan, UK DVLA and PCV, German Führerschein, French permis,
Dutch BIG, Brazilian CRP, Peruvian, Mexican cédula profesional, Texas
RN, Quebec OPQ and Danish kørekort (licence); French, German, UK,
Irish, Spanish, Italian, Swiss, Brazilian Mercosur, Argentine, Texas,
California, Quebec, Mexican, Colombian and Puerto Rican plates
(vehicle); devices (an insulin pump soaked in storm Alex, a cochlear
processor, a shared Dexcom, a pacemaker, an ICD that fired at a tram
stop, hearing aids, a CPAP, an Omnipod PDM, a Tandem pump, a VNS, an
ankle monitor, a power chair broken by an airline, a tracked phone's
IMEI, a spinal stimulator, a bionic hand); payments (German, Dutch,
French, Italian, Polish, Portuguese and Spanish IBANs, a UK sort code,
a US account, a Canadian transit number, a CLABE, a CBU, a Norwegian
account, Bancolombia, Venmo, Bizum); addresses written the local way
(Spanish calle with floor, Portuguese rua with esq., Italian via,
German Straße, US street and avenue with apt, Quebec rue with unit,
British flat and house, Mexican calle with int. and colonia, Argentine
avenida with floor, Peruvian jirón with dpto., Norwegian veien with
H-number, Romanian str. with bl. and ap., Dutch straat with floor,
Brazilian rua with casa, Swedish svängen with lgh) with postal codes of
those countries; dates written slashed (European and US), ISO, dotted,
in words (English and Portuguese), weekday-led, with Roman-numeral
months and year-first; IPv4 and IPv6 addresses, URLs and phone and fax
numbers in local and international formats.

410 snippets, 252 with identifiers and 158 clean (lengths 82-229,
within the test's bounds of 40-520).  Every pattern category appears at
least 14 times (the test requires 12): date 14, age_over_89 16, phone
15, fax 15, email 15, url 15, ip_address 15, ssn 15, medical_record 15,
health_plan 15, account 15, licence 15, vehicle 15, device 15,
street_address 16, zip_code 16; with 254 names and 279 places smaller
than a state (the test requires 254 and 279).  26 of the identifier
snippets hold only names and/or places and nothing else.  Ages over 89
are written in words and figures, in English, Spanish, Portuguese and
French, with a feast, a season or a record ("at the last Pattern Day",
"come Mardi Gras", "by the synagogue roll", "by her domovnica", "según
su acta", "selon la paroisse").

Names: Irish and Irish-language, Peruvian Quechua and Aymara, Genoese,
Appalachian, Haitian, German, Norwegian, Black British, Guatemalan
K'iche', Basque, Puerto Rican, Hebridean, Polish, Ukrainian, Creole
New Orleanian, Argentine, Scottish, Nova Scotian, Congolese Belgian,
Franco-Algerian, Uruguayan, Texan, Italian, Dutch, Colombian Inga,
Dominican, Latvian, Diné, Austrian, Nigerian Swedish, Brazilian,
South Asian and Mexican American, Salvadoran, Anishinaabe, Croatian,
Venezuelan, Nlaka'pamux, Danish, Nigerian Canadian, Romanian, Uzbek,
Lebanese-Mexican, Welsh, Portuguese, Chilean, Turkish German,
Quebecois, Métis, Mvskoke, Spanish, Franco-Congolese, Belgian Flemish,
Somali, Finnish, Mexican Guerrerense, Afro-Colombian, Swiss, Cree,
Jamaican British, Breton, Lithuanian, Cuban, Swedish, Ghanaian
American, Mexican, Hungarian (family name first), Mi'kmaw, Zapotec,
Peruvian, Louisiana Cajun, Nikkei Brazilian, Bulgarian, Syrian,
Trinidadian Indian, Polish, Bolivian, Mohawk, Galician, Bosnian Serb,
Greek, Maya, Acadian, Tsotsil, Norwegian, Roma, Jewish
German and Mapuche names; lower-case names and places, hyphenated and
multi-part names, Spanish and Portuguese double surnames, names with
Ní, Ó, Mac, Nic and St., honorifics kept outside the spans (Baba, Doña,
Dra.), and names with diacritics and apostrophes.  Places: estates,
barrios, colonias, bairros, comunas, hamlets and frazioni, villages
and their ends and sides, reserves and First Nations' sides, towers,
blocks and arcades, schools, bakeries and diners, hospitals and
clinics, clubs and ballrooms, squares, streets and piers, suburbs and
quarters given their city as a possessive, and places after street
addresses and postal codes.

Clean snippets: peer-consultation messages, questions, reading-group
notes, supervision reflections and scheduling chatter, dense with
capitalised words after the first word of each sentence (1218 in 158
snippets, about 7.7 per snippet, counted by the author's script,
acronyms included and the pronoun "I" excluded; 2 have fewer than
four): drug brands and generics with doses and laboratory values,
scales and questionnaires and their local-language versions, therapy
models and their founders, real published authors with years and
books, guidelines, laws, regulators, insurers and professional bodies,
idioms of distress (ataque de nervios, susto, nervios, empacho, mal de
ojo, saudade, sisu, tabanka, tèt vid, jnun, hikikomori), weekdays,
months, seasons, religious feasts and fasts (Ramadan, Iftar, Ashura,
Muharram, Lent, Great Lent, Holy Week, Pascha, Easter, Holy Saturday,
Ash Wednesday, Passover, Yom Kippur, Rosh Hashanah, the High Holy Days,
Christmas, Orthodox Christmas, Christmas Eve, Boxing Day, Día de los
Muertos, Carnival, Midsummer, Juhannus), civic days (Thanksgiving,
Juneteenth, Kwanzaa, Labor Day, Remembrance Day, Bonfire Night, Burns
Night, Hogmanay, the Diada, Orange Shirt Day, the National Day for
Truth and Reconciliation, Holocaust Remembrance Day, Pride Month),
charities, helplines, apps and products, countries, states, provinces
and regions, nationalities, religions and languages, and no place
smaller than a state or a country's first-level subdivision.
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED62_CASES = [
    C('ISSSTE 19870623041: Rocío Anaya Pliego of Tláhuac, who was on the Line 12 carriage in 2021.', [('health_plan', 'ISSSTE 19870623041'), ('name', 'Rocío Anaya Pliego'), ('place', 'Tláhuac')]),
    C('Andrei Popa-Sîrbu, Str. Fabrica de Glucoză 7, bl. 3, ap. 41, 020331 București, Colentina, Sector 2 - please use the Romanian spelling on the letter.', [('name', 'Andrei Popa-Sîrbu'), ('street_address', 'Str. Fabrica de Glucoză 7, bl. 3, ap. 41'), ('zip_code', '020331'), ('place', 'București'), ('place', 'Colentina, Sector 2')]),
    C('Mirtazapine 15mg for sleep and appetite in an 85-year-old widow: her GP in Ireland worries about falls. The HSE guidance says use lowest dose; anyone used Trazodone instead with the elderly?'),
    C("Sabrina Amrani-Castel in L'Ariane keeps seeing her ex's car, plate GF-482-LK, parked outside the crèche on Mondays.", [('name', 'Sabrina Amrani-Castel'), ('place', "L'Ariane"), ('vehicle', 'GF-482-LK')]),
    C('Latoya Grissom-Pierre in Gentilly set up autopay from account 4471029883 and now the bank keeps flagging it as a charity.', [('name', 'Latoya Grissom-Pierre'), ('place', 'Gentilly'), ('account', '4471029883')]),
    C('Luzia Tschopp from Gondo, CSS Versicherung 80756 31189 042, was twelve when the 2000 mudslide cut the village in half.', [('name', 'Luzia Tschopp'), ('place', 'Gondo'), ('health_plan', '80756 31189 042')]),
    C("Teens on Instagram and TikTok: anyone use the SMAQ or the Bergen Social Media Addiction Scale in clinic? My Norwegian colleague swears by it; my Texas team thinks it's junk."),
    C('Pregabalin misuse is everywhere in Scotland. Client buying Lyrica from a "friend", 1,200mg a day. Anyone know a harm reduction group in Fife or the Borders that takes self-referrals?'),
    C("Augusto Rivadeneira's church page is facebook.com/iglesia.pedernales.renacer; the 2016 quake in Pedernales' malecón blocks took his congregation's roof and two deacons.", [('name', 'Augusto Rivadeneira'), ('url', 'facebook.com/iglesia.pedernales.renacer'), ('place', "Pedernales' malecón blocks")]),
    C("Brody Makokis from Fort McMurray's Beacon Hill, AHCIP 31774-2098, still has the go-bag by the door since the 2016 fire.", [('name', 'Brody Makokis'), ('place', "Fort McMurray's Beacon Hill"), ('health_plan', '31774-2098')]),
    C("Writing group, Saturday mornings in December: we'll read Bessel van der Kolk's The Body Keeps the Score critically, alongside the Lancet Psychiatry critiques. Bring your own coffee."),
    C("Abigail Kincaid and her son Rory Kincaid came down from Portree's Fisherfield end for the assessment and want to be seen together.", [('name', 'Abigail Kincaid'), ('name', 'Rory Kincaid'), ('place', "Portree's Fisherfield end")]),
    C("Has anyone used Motivational Interviewing with Amish families in Pennsylvania or Ohio? The bishop is supportive; the father isn't. Depression in a young mother, PHQ-9 of 18, no electricity at home."),
    C("Intake booked for the ninth of February 2024: Hollie Castellanos-Reid in Kensal Rise's Chamberlayne end, who won't talk about the tower.", [('date', 'the ninth of February 2024'), ('name', 'Hollie Castellanos-Reid'), ('place', "Kensal Rise's Chamberlayne end")]),
    C("Please refax the psych eval for Santiago Urrutia Bengoechea to +598 2 908 7713, CASMU in Cordón's Calle Gaboto end, attention Dra. Leticia Silveira Abreu.", [('name', 'Santiago Urrutia Bengoechea'), ('fax', '+598 2 908 7713'), ('place', "Cordón's Calle Gaboto end"), ('name', 'Leticia Silveira Abreu')]),
    C("Anyone navigating the GDPR and HIPAA together for a client who moved from Germany to Maryland mid-treatment? The German hospital's records team wants a DPA and our compliance officer is on leave until June."),
    C("Wyatt Kowalczyk-Bell's school counsellor in Hunt's Johnson Creek end faxed his notes from 830-238-5174 after the July river flood took his cabin mates.", [('name', 'Wyatt Kowalczyk-Bell'), ('place', "Hunt's Johnson Creek end"), ('fax', '830-238-5174')]),
    C('Going to a couples psychotherapy course in January. Has anyone done the Couple Psychoanalytic Psychotherapy diploma while working full-time in the NHS? Is it worth the cost?'),
    C("Cristóbal Hunahpú Chávez writes for ayotzi43voces.mx/cristobal about his cousin; the family is in Tixtla's barrio El Santuario and won't stop searching.", [('name', 'Cristóbal Hunahpú Chávez'), ('url', 'ayotzi43voces.mx/cristobal'), ('place', "Tixtla's barrio El Santuario")]),
    C("CURP GUCM850317MGRTRR04 for Marcelina Guerrero Catalán in Acapulco's Colonia Renacimiento; Otis took the roof and her husband's boat.", [('ssn', 'GUCM850317MGRTRR04'), ('name', 'Marcelina Guerrero Catalán'), ('place', "Acapulco's Colonia Renacimiento")]),
    C("Fax from the victim services office in Bass River's Shore Road end to us: (902) 647-3018, re Colleen MacIsaac-Hatt, who still can't drive Highway 2 at night.", [('place', "Bass River's Shore Road end"), ('fax', '(902) 647-3018'), ('name', 'Colleen MacIsaac-Hatt')]),
    C('björn lundqvist from backa in göteborgs hisingen, still in the flat where his brother was shot', [('name', 'björn lundqvist'), ('place', 'backa'), ('place', 'göteborgs hisingen')]),
    C('Client describes "ataque de nervios" after every call from Puerto Rico. I\'m reading Guarnaccia and Lewis-Fernández on it and the DSM-5-TR Cultural Formulation Interview. How do you ask about it without pathologising?'),
    C("Portal log: Evander Mills-Okoro logged in from 81.157.203.44, his cousin's BT line in Moss Side's Quinney Crescent end, at 3am the night before his tribunal.", [('name', 'Evander Mills-Okoro'), ('ip_address', '81.157.203.44'), ('place', "Moss Side's Quinney Crescent end")]),
    C('Anyone have the French CAPS-5 from the AFORCUMP network? My client from Belgium wants the assessment done in French before her CPAS appointment in October.'),
    C("Tandem pump serial 1128844 for Dakota Running Crane in Browning's Moccasin Flats end, who rations insulin when the cheque is late.", [('device', '1128844'), ('name', 'Dakota Running Crane'), ('place', "Browning's Moccasin Flats end")]),
    C("Ayesha Rahman-Buckley, Flat 12, Curlew House, 40 Ladywood Middleway, Ladywood (Brum) B16 8HA - a refuge address, don't put it on the portal.", [('name', 'Ayesha Rahman-Buckley'), ('street_address', 'Flat 12, Curlew House, 40 Ladywood Middleway'), ('place', 'Ladywood (Brum)'), ('zip_code', 'B16 8HA')]),
    C("Anyone know a Quechua-speaking therapist licensed in Peru who does telehealth? The MINSA community mental health centres are stretched and my client's mother in Cusco Region refuses Spanish-only care."),
    C('The Welsh-language PHQ-9 from a Welsh university is fine, but the Welsh GAD-7 is harder to find. Any Cymraeg speakers in Gwynedd or Ceredigion know where the validated version lives?'),
    C("Consuelo Figueroa Maldonado, cien años cumplidos en Candelaria, in Chimbote's Miraflores Alto, still grieving a sister lost in 1970.", [('name', 'Consuelo Figueroa Maldonado'), ('age_over_89', 'cien años cumplidos en Candelaria'), ('place', "Chimbote's Miraflores Alto")]),
    C('Anyone seeing Wegovy-induced low mood? My client on Semaglutide 2.4mg in Arizona went from PHQ-9 of 6 to 17 in eight weeks. The FDA label mentions suicidal ideation monitoring.'),
    C("Bizum to ES12 2100 4418 6102 0039 7714 from Nerea Lasa Iribar in Angrois' railway-side houses, where she pulled passengers out of the Alvia in 2013.", [('account', 'ES12 2100 4418 6102 0039 7714'), ('name', 'Nerea Lasa Iribar'), ('place', "Angrois' railway-side houses")]),
    C('Dexmedetomidine strips (Igalmi) for agitation in the ED: any of you in Pennsylvania have it in the formulary? Our crisis team wants it before the winter rush in December.'),
    C('Martina Colombo Gauna, Av. Rivadavia 8742, 4º C, C1407DZN Floresta, CABA - the OSDE letter must go here.', [('name', 'Martina Colombo Gauna'), ('street_address', 'Av. Rivadavia 8742, 4º C'), ('zip_code', 'C1407DZN'), ('place', 'Floresta')]),
    C("Madison Kilgore-Tran, DOB 07/04/2008, was in the school hallway in Moore's Eastmoor end when she was five.", [('name', 'Madison Kilgore-Tran'), ('date', '07/04/2008'), ('place', "Moore's Eastmoor end")]),
    C("Declan Ó Cathasaigh's memoir blog is omaghsilence.wordpress.com - he was twelve in Omagh's Campsie end that Saturday and is now writing about it for the first time.", [('name', 'Declan Ó Cathasaigh'), ('url', 'omaghsilence.wordpress.com'), ('place', "Omagh's Campsie end")]),
    C('Client in Nova Scotia says Remembrance Day, the poppy and the Last Post wreck him every November since Afghanistan. CPT with a veteran who refuses the VAC forms - anyone been there?'),
    C('UnitedHealthcare UHC 944017726-01 for Grayson Pulaski of Sutherland Springs; he was fourteen, in the third pew.', [('health_plan', 'UHC 944017726-01'), ('name', 'Grayson Pulaski'), ('place', 'Sutherland Springs')]),
    C('Luigina Battistella, 102 this Ferragosto, from Longarone, one of the few who remembers the Vajont night as an adult.', [('name', 'Luigina Battistella'), ('age_over_89', '102 this Ferragosto'), ('place', 'Longarone'), ('place', 'Vajont')]),
    C('"Empacho" and "susto" in the same week from two Salvadoran clients in Maryland. Anyone read Arthur Kleinman\'s Patients and Healers in the Context of Culture recently? I\'d love a book club in May.'),
    C("Efraín Tapia Ocampo in Anapra's Rancho Anapra end still has photos of the van, MXR-44-19, that dropped the men at the detention centre before the fire.", [('name', 'Efraín Tapia Ocampo'), ('place', "Anapra's Rancho Anapra end"), ('vehicle', 'MXR-44-19')]),
    C('IPT (Weissman and Klerman) with postpartum women from the Dominican Republic in Massachusetts: role transitions fit perfectly. Looking for a Spanish IPT group leader for the September cohort.'),
    C("Dossier HUEH-2021-06691 for Paulette Charlemagne in Carrefour-Feuilles' Ruelle Nazon corner; the gangs burned the clinic and her file is the only copy.", [('medical_record', 'HUEH-2021-06691'), ('name', 'Paulette Charlemagne'), ('place', "Carrefour-Feuilles' Ruelle Nazon corner")]),
    C('Jasper Vandenbroucke was in the airport departures hall in 2016; portal IP 81.246.77.130, a library in Kessel-Lo, Flanders.', [('name', 'Jasper Vandenbroucke'), ('ip_address', '81.246.77.130'), ('place', 'Kessel-Lo')]),
    C("Yadiel Román Figueroa in Yabucoa slept in his uncle's Corolla, JKT-904, for three months after Maria.", [('name', 'Yadiel Román Figueroa'), ('place', 'Yabucoa'), ('vehicle', 'JKT-904')]),
    C('Has anyone used the ITQ with Ukrainian speakers? The translation our team in Ontario got from the WHO site reads stiffly, and my client laughed at item five. CPTSD vs PTSD matters for her Canadian Forces claim.'),
    C('Hogmanay and the first footing: my client from the Northern Isles says January is when the drinking really starts. AUDIT-C of 11, on Acamprosate. Ideas for relapse prevention over New Year?'),
    C('Venlafaxine 225mg, discontinuation hell, client in Bavaria describes "brain zaps". Tapering strips from the Netherlands - are they available in Germany yet through the Krankenkasse?'),
    C("Marta Lindenau connects from 91.64.201.18 in Wedding's Sparrplatz corner; she was at the Christmas market on Breitscheidplatz and can't do crowds in December.", [('name', 'Marta Lindenau'), ('ip_address', '91.64.201.18'), ('place', "Wedding's Sparrplatz corner"), ('place', 'Breitscheidplatz')]),
    C("Fax from the clinic in Przemyśl's Lipowica estate (+48 16 678 21 09) on Oksana Hrytsenko-Melnyk, who was on the evacuation platform in Donetsk Oblast in April 2022.", [('place', "Przemyśl's Lipowica estate"), ('fax', '+48 16 678 21 09'), ('name', 'Oksana Hrytsenko-Melnyk')]),
    C("Rang Grete Schallenberg back on +49 2641 907 3316 - she's in a container flat in Dernau's Weinbergsiedlung since the Ahr took her parents' house, and the Weinfest noise sets her off.", [('name', 'Grete Schallenberg'), ('phone', '+49 2641 907 3316'), ('place', "Dernau's Weinbergsiedlung")]),
    C('Yanelis Cabrera Soto left Regla on a raft in 1994 and still dreams of the water at night.', [('name', 'Yanelis Cabrera Soto'), ('place', 'Regla')]),
    C("Wilmer Asprilla from Quibdó's barrio Jardín was on the moto-taxi KTN 418 when the shooters came past.", [('name', 'Wilmer Asprilla'), ('place', "Quibdó's barrio Jardín"), ('vehicle', 'KTN 418')]),
    C("TAJ 041 882 957 for Kovács Erzsébet in Kolontár's Torna-side lane; the red sludge in 2010 took her garden and her son's lungs.", [('health_plan', '041 882 957'), ('name', 'Kovács Erzsébet'), ('place', "Kolontár's Torna-side lane")]),
    C("Kwame Asante-Boakye Mensah, Kentucky Medicaid KY 5528190347, in Louisville's Smoketown, needs a Twi interpreter for his mother's sessions too.", [('name', 'Kwame Asante-Boakye Mensah'), ('health_plan', 'KY 5528190347'), ('place', "Louisville's Smoketown")]),
    C("Odalys Paredes Marrero, historia clínica HC 14-22981 at the Calixto García, from Cayo Hueso's Calle San Lázaro end, writing to us from a cousin's phone.", [('name', 'Odalys Paredes Marrero'), ('medical_record', 'HC 14-22981'), ('place', 'Calixto García'), ('place', "Cayo Hueso's Calle San Lázaro end")]),
    C('DBT-PE (Harned) for suicidal clients with PTSD - anyone trained in the University of Washington program? Our team in Washington State is considering it, but the Behavioral Tech course is expensive.'),
    C('Doña Evangelina Tún Canché, 104 según su acta, in Tihosuco, speaks only Maya and asks for her grandson to interpret.', [('name', 'Evangelina Tún Canché'), ('age_over_89', '104 según su acta'), ('place', 'Tihosuco')]),
    C("Beaux Thibodeaux of Houma's Bayou Blue end, Louisiana CDL 009814472, had the license pulled after the seizure and hasn't told his wife.", [('name', 'Beaux Thibodeaux'), ('place', "Houma's Bayou Blue end"), ('licence', 'CDL 009814472')]),
    C("Nnamdi Okafor-Lindqvist emails from n.okaforlindqvist@student.uu.se - second winter studying in Uppsala's Flogsta corridors, SAD plus racism on the night bus.", [('name', 'Nnamdi Okafor-Lindqvist'), ('email', 'n.okaforlindqvist@student.uu.se'), ('place', "Uppsala's Flogsta corridors")]),
    C("Owen Takahashi-Bright blogs at ridgetoprebuild-owen.blogspot.com about rebuilding on the ridge above Paradise's Pentz Road end after the Camp Fire.", [('name', 'Owen Takahashi-Bright'), ('url', 'ridgetoprebuild-owen.blogspot.com'), ('place', "Paradise's Pentz Road end")]),
    C("Vanderlei Bortoluzzi logs on from 177.71.40.156 in Chapecó's bairro Efapi; the 2016 crash took the club and his best friend.", [('name', 'Vanderlei Bortoluzzi'), ('ip_address', '177.71.40.156'), ('place', "Chapecó's bairro Efapi")]),
    C('My Haitian client asks if "fatigue" and "tèt vid" (empty head) mean depression. Does anyone have Haitian Kreyòl PHQ-9 norms from Florida\'s clinics or from the Partners In Health work?'),
    C("Has anyone used Theraplay with adopted kids from Haiti and Guatemala in Minnesota? The Minnesota adoptive families' group asks for a January workshop and I'd like a co-facilitator."),
    C('Blue Shield member ID XEA912874455 for Emberly Castañeda-Roth in Magalia, who lost both the house and the horse.', [('health_plan', 'XEA912874455'), ('name', 'Emberly Castañeda-Roth'), ('place', 'Magalia')]),
    C("Reading group for January: Judith Herman's Trauma and Recovery alongside Resmaa Menakem's My Grandmother's Hands. Thursday evenings on Zoom, Spanish and English, and yes, the NICE NG116 chapter is optional."),
    C("Intake came from bruna.kiss.sobrevivente@gmail.com - Bruna Teixeira Pohl, who got out of the Boate Kiss in Santa Maria's Camobi bairro with lungs that still burn.", [('email', 'bruna.kiss.sobrevivente@gmail.com'), ('name', 'Bruna Teixeira Pohl'), ('place', 'Boate Kiss'), ('place', "Santa Maria's Camobi bairro")]),
    C('CZ polis CZ 1904428716 for Femke Hoogendijk in Appingedam; the gas-quake cracks in her walls are what she talks about.', [('health_plan', 'CZ 1904428716'), ('name', 'Femke Hoogendijk'), ('place', 'Appingedam')]),
    C("Gethin Maddocks from Penrhys' Heol Pendyrus end pays by standing order, sort code and account 20-44-91 63019847; his partner sees the statements.", [('name', 'Gethin Maddocks'), ('place', "Penrhys' Heol Pendyrus end"), ('account', '20-44-91 63019847')]),
    C("Next appointment Tuesday 28 October 2025 for Priya Ramcharan-Dookie in Chaguanas' Edinburgh 500, who wants to bring her mother-in-law for Divali.", [('date', 'Tuesday 28 October 2025'), ('name', 'Priya Ramcharan-Dookie'), ('place', "Chaguanas' Edinburgh 500")]),
    C("Reginald St. Hilaire's records from the polyclinic in Roseau faxed at +1 767 448 2290 - Maria again, Dominica this time.", [('name', 'Reginald St. Hilaire'), ('place', 'Roseau'), ('fax', '+1 767 448 2290')]),
    C("Reading: Ignacio Martín-Baró's Writings for a Liberation Psychology, then Frantz Fanon's The Wretched of the Earth. Spanish-speaking group, Mondays in March, free for students."),
    C('Looking for a Portuguese-speaking EMDR Europe consultant, ideally someone who knows Brazilian evangelical families. My client\'s pastor calls her PTSD "espírito de medo" and she half believes him.'),
    C("Ewa Wróblewska-Kos, who got out of Donetsk Oblast in March 2022, lists a flatmate in Nowa Huta's Osiedle Szklane Domy at +48 512 604 377. Her Polish is fine but she dreams in Russian and hates it.", [('name', 'Ewa Wróblewska-Kos'), ('place', "Nowa Huta's Osiedle Szklane Domy"), ('phone', '+48 512 604 377')]),
    C("IHS chart GIMC-5502189 for Brenda Nakai-Tso in Tohatchi's Chuska side; Navajo is her first language and she wants a Diné provider.", [('medical_record', 'GIMC-5502189'), ('name', 'Brenda Nakai-Tso'), ('place', "Tohatchi's Chuska side")]),
    C("Anyone attending the ISTSS meeting in November or the ESTSS conference in June? I'd love to meet people who do Narrative Exposure Therapy with Yazidi and Ukrainian clients in Europe."),
    C("Zoë Vermeulen-Achterberg's GGZ intake came by fax +31 20 590 8812 from the wijkteam in Bos en Lommer.", [('name', 'Zoë Vermeulen-Achterberg'), ('fax', '+31 20 590 8812'), ('place', 'Bos en Lommer')]),
    C('Schema Therapy folks: Jeffrey Young\'s Reinventing Your Life is in Spanish as "Reinventa tu vida". Has anyone used it as bibliotherapy with Argentine clients? The Abandonment chapter lands hard.'),
    C('Arvid Lindqvist-Rask turned 95 at midsummer, in Jakobstad, and wants to talk about the Winter War before he forgets.', [('name', 'Arvid Lindqvist-Rask'), ('age_over_89', 'turned 95 at midsummer'), ('place', 'Jakobstad')]),
    C("Is Zuranolone (Zurzuvae) actually available through Medicaid in Texas yet? My postpartum client's EPDS jumped from 14 to 22 between October and November and the OB wants to wait until January."),
    C("chiara benedetti moved from casamicciola's celario end to bagnoli after the mud and her mum won't leave the island", [('name', 'chiara benedetti'), ('place', "casamicciola's celario end"), ('place', 'bagnoli')]),
    C('Abdulrahman Sheikho survived the boat off Pylos; intake at Malakasa camp on 2023-06-29, now in Germany waiting for his family.', [('name', 'Abdulrahman Sheikho'), ('place', 'Pylos'), ('place', 'Malakasa'), ('date', '2023-06-29')]),
    C("Mamadou Sow-Lefebvre lives in Clichy-sous-Bois' Chêne-Pointu and asked whether I know what happened in 2005.", [('name', 'Mamadou Sow-Lefebvre'), ('place', "Clichy-sous-Bois' Chêne-Pointu")]),
    C('Refund to IT49 X030 6909 6061 0000 0117 336 for Pietro Campagnolo, a waiter at the mountain hotel in Abruzzo who was off shift that night.', [('account', 'IT49 X030 6909 6061 0000 0117 336'), ('name', 'Pietro Campagnolo')]),
    C('Hodan Abdi Nur, Rinkebysvängen 72, lgh 1102, 163 74 Spånga - her son was shot outside the pizzeria and she moved floors, not areas.', [('name', 'Hodan Abdi Nur'), ('street_address', 'Rinkebysvängen 72, lgh 1102'), ('zip_code', '163 74'), ('place', 'Spånga')]),
    C('On Sundays my client goes to Mass, then to the Portuguese club, then drinks Vinho Verde until Tuesday. AUDIT 24. Motivational Interviewing (Miller and Rollnick, 4th edition) is my only plan right now.'),
    C("Joaquín Treviño-Haas, my associate with LMFT 118204, lost his place in Chico's Chapmantown to a Camp Fire evacuee landlord and is sleeping in the office.", [('name', 'Joaquín Treviño-Haas'), ('licence', 'LMFT 118204'), ('place', "Chico's Chapmantown")]),
    C('Has anyone had luck getting Aetna to reimburse Spravato sessions done in a partner clinic? Two-hour observation, the BP checks, the REMS paperwork - the Friday clinic is bleeding money.'),
    C('Risperidone 1mg in a six-year-old with autism and aggression - the parents in Ireland are split. ADOS-2 done at CAMHS in March. Any PCIT folks who can suggest a parenting alternative first?'),
    C('In Bosnia and Herzegovina, the anniversary in July brings my Bosniak clients in Missouri back to the genocide memories. Any Bosnian-speaking clinicians in the Midwest doing NET?'),
    C('Our Brazilian colleagues use the CAPS (Centros de Atenção Psicossocial) model; how does it compare with Assertive Community Treatment in the US? Seminar in Rio Grande do Sul State in May.'),
    C('Anyone have a decent Spanish-language version of the Vanderbilt Assessment Scale? Parents in Arizona and New Mexico find the NICHQ translation too formal. Teachers in Sonora use a different one.'),
    C('The Orthodox Christmas on January 7 is when my Serbian and Ukrainian clients in Illinois feel most alone. Anyone planning a Badnjak or Sviata Vecheria gathering with clinical support?'),
    C("Franziska Oberhuber wrote from franzi.oberhuber@gmx.at; she moved to Hallstatt's Lahn end after the divorce and the tourists make her feel invisible.", [('name', 'Franziska Oberhuber'), ('email', 'franzi.oberhuber@gmx.at'), ('place', "Hallstatt's Lahn end")]),
    C('The Chilean MINSAL guidelines on depression recommend CBT plus Fluoxetine; my Chilean client now in Sweden was on Sertraline and the Swedish GP wants to switch. Anyone with both systems?'),
    C('Tupac Yupanqui Ccori is Quechua from Ollantaytambo and finds the therapy room "too square".', [('name', 'Tupac Yupanqui Ccori'), ('place', 'Ollantaytambo')]),
    C('Hristo Zhelev-Todorov, NHS bus driver in Harringay, has PCV licence ZHELE705112HZ9TK and a panic attack every time he passes Tavistock Square.', [('name', 'Hristo Zhelev-Todorov'), ('place', 'Harringay'), ('licence', 'ZHELE705112HZ9TK'), ('place', 'Tavistock Square')]),
    C("fernando albuquerque in são joão del-rei wrote in lower case again, says he's fine, clearly isn't", [('name', 'fernando albuquerque'), ('place', 'são joão del-rei')]),
    C('Encarna Navarro Sáez lives at Calle Abad de los Arcos 14, 2º A, 30850 Totana, still in the flat they propped up after the 2011 quake up the road.', [('name', 'Encarna Navarro Sáez'), ('street_address', 'Calle Abad de los Arcos 14, 2º A'), ('zip_code', '30850'), ('place', 'Totana')]),
    C("Kateryna Bondarenko-Veit posts from Kherson's Ostriv district under instagram.com/katya.ostriv.water, mostly photos of the flood line on her flat.", [('name', 'Kateryna Bondarenko-Veit'), ('place', "Kherson's Ostriv district"), ('url', 'instagram.com/katya.ostriv.water')]),
    C('hernán quintero from el pozón in cartagena de indias texted at midnight, says the pelao next door has a gun', [('name', 'hernán quintero'), ('place', 'el pozón'), ('place', 'cartagena de indias')]),
    C("Matilde Sequeira Lobo, record SESARAM 0457719, from Funchal's Santa Luzia, who lost her sister in the 2010 aluvião.", [('name', 'Matilde Sequeira Lobo'), ('medical_record', 'SESARAM 0457719'), ('place', "Funchal's Santa Luzia")]),
    C("Anyone reading Gabor Maté's The Myth of Normal with clients? My Friday client from Alberta has it highlighted in three colours and argues with me about addiction every week."),
    C('Guanfacine 2mg plus Sertraline 50mg in a twelve-year-old with Tourette and OCD: the child psychiatrist in British Columbia wants CBIT alongside. Any CBIT trainers on the West Coast?'),
    C("Pacemaker PBC448213H for Annunziata Scarpelli in Casamicciola's Piazza Bagni end, who thinks the mudslide noise made it skip.", [('device', 'PBC448213H'), ('name', 'Annunziata Scarpelli'), ('place', "Casamicciola's Piazza Bagni end")]),
    C("Caoilfhionn Breen from Finglas' Casement end got the reg of the car that hit her brother: 211-D-48127. The Gardaí still haven't charged anyone.", [('name', 'Caoilfhionn Breen'), ('place', "Finglas' Casement end"), ('vehicle', '211-D-48127')]),
    C('BSN 283 904 117 - Ruud van Ommeren in Overvecht - please add to the referral so the huisarts can bill.', [('ssn', '283 904 117'), ('name', 'Ruud van Ommeren'), ('place', 'Overvecht')]),
    C("Renée Abernathy-Soto from Concow's Rim Road end abandoned her Subaru, 8ZRT441, on the road out and walked through the flames.", [('name', 'Renée Abernathy-Soto'), ('place', "Concow's Rim Road end"), ('vehicle', '8ZRT441')]),
    C("Precious Adebayo-Whyte's NI number is JT 48 19 62 B; she's in temporary housing in Tottenham Hale's Chesnut Road end and the DWP wants a capacity letter.", [('name', 'Precious Adebayo-Whyte'), ('ssn', 'JT 48 19 62 B'), ('place', "Tottenham Hale's Chesnut Road end")]),
    C("Xochitl Mendoza-Guerra is Tsotsil from San Juan Chamula and wants to know if I'll respect the ilol's advice alongside therapy.", [('name', 'Xochitl Mendoza-Guerra'), ('place', 'San Juan Chamula')]),
    C("Finnish colleagues: the Käypä hoito guideline for depression suggests Psychotherapy first for mild cases. Kela's rehabilitation psychotherapy needs three months of treatment first - any workarounds?"),
    C('Lithium level came back at 1.1 mmol/L on Friday; the psychiatrist wants to drop to 800mg before the summer heat. Client is anxious because the last Lithium toxicity was in a July heatwave in Spain.'),
    C('Magnus Ødegård-Lien, who swam from the island at seventeen in 2011, now lives in Grünerløkka\'s Birkelunden corner and says "only text, never call" - +47 916 40 287. Any tips on keeping that boundary without losing him?', [('name', 'Magnus Ødegård-Lien'), ('place', "Grünerløkka's Birkelunden corner"), ('phone', '+47 916 40 287')]),
    C("Psilocybin therapy in Oregon: anyone here licensed as a facilitator under the OHA? My client in Washington State wants to drive down on a Saturday and I'm uneasy about integration."),
    C("Kristīne Barkauskiene, widowed when the supermarket roof fell in 2013, had her GP letter faxed from +371 6710 4453 in Imanta's Anniņmuiža end.", [('name', 'Kristīne Barkauskiene'), ('fax', '+371 6710 4453'), ('place', "Imanta's Anniņmuiža end")]),
    C('Looking for Theraplay or PCIT trainers who work in Spanish across New Mexico and Arizona. Our Head Start partners want something before August, and Circle of Security is booked until next year.'),
    C("Caroline Ashdown-Pryor, DOB 17/02/1987, grew up in Lockerbie's Rosebank Crescent and was one year old when the plane came down.", [('name', 'Caroline Ashdown-Pryor'), ('date', '17/02/1987'), ('place', "Lockerbie's Rosebank Crescent")]),
    C("The AAMFT code and Zoom with couples across state lines: my clients moved from Maine to New Hampshire in May. PSYPACT doesn't cover LMFTs. Anyone used the Counseling Compact?"),
    C('Humana Gold Plus H55812093 for Ofelia Dorantes in Fort Myers Beach - only Spanish, only mornings, only in person.', [('health_plan', 'H55812093'), ('name', 'Ofelia Dorantes'), ('place', 'Fort Myers Beach')]),
    C("Isabeau Chartier posts poems at isabeauchartier.ca/poemes about the night shift in Vieux-Limoilou's 3e Avenue and the Christmas her brother didn't come home.", [('name', 'Isabeau Chartier'), ('url', 'isabeauchartier.ca/poemes'), ('place', "Vieux-Limoilou's 3e Avenue")]),
    C('Pádraig Ó Muirgheasa swims off Spiddal pier every morning, winter included, and calls it "the only medicine".', [('name', 'Pádraig Ó Muirgheasa'), ('place', 'Spiddal pier')]),
    C('Día de los Muertos falls on a Saturday this year; my Mexican clients in Illinois want to build an ofrenda in group. Any concerns about grief ritual in a Medicaid-funded DBT group?'),
    C('Prolonged Exposure (Foa, Hembree, Rothbaum) scripts in Portuguese? My client from Mozambique now in Portugal wants imaginal exposure in her language, not English, and the Portuguese services are slow.'),
    C("Niamh Ó Dálaigh shares an email with her mam, odalyfamily.ballyfermot@eircom.net, in Ballyfermot's Kylemore end - so I'm not putting anything clinical in writing.", [('name', 'Niamh Ó Dálaigh'), ('email', 'odalyfamily.ballyfermot@eircom.net'), ('place', "Ballyfermot's Kylemore end")]),
    C('Gwendolyn Two Bulls lives near Manderson-White Horse Creek and asked me not to write down the names of her brothers.', [('name', 'Gwendolyn Two Bulls'), ('place', 'Manderson-White Horse Creek')]),
    C('Sebastián Corvalán Ibarra rides the Sarmiento line daily from Haedo and logs in from 190.16.233.71; the 2012 crash is in every braking noise.', [('name', 'Sebastián Corvalán Ibarra'), ('place', 'Haedo'), ('ip_address', '190.16.233.71')]),
    C('Anyone use the Edinburgh Postnatal Depression Scale with fathers? My Danish clients in Jutland think the "harming myself" item is for mothers only. The Danish Health Authority doesn\'t say.'),
    C("Yom Kippur and Rosh Hashanah cluster my Jewish clients' appointments in September and October. Any Jewish therapists in Florida who adjust for the High Holy Days with their eating disorder clients?"),
    C("Jürgen Hollerbach, DOB 11.09.1978, lives in Halle's Paulusviertel and was in the kebab shop on Yom Kippur 2019.", [('name', 'Jürgen Hollerbach'), ('date', '11.09.1978'), ('place', "Halle's Paulusviertel")]),
    C("Canadian transit and account 00742-004-5518237 for Omar Farouk Haidari in Thorncliffe Park's Overlea towers, who arrived from Afghanistan in 2021.", [('account', '00742-004-5518237'), ('name', 'Omar Farouk Haidari'), ('place', "Thorncliffe Park's Overlea towers")]),
    C("Sorcha Whelan keeps asking whether she should go back to Ballymun's Poppintree end for the funeral or stay in Cork's Farranree end with the new baby.", [('name', 'Sorcha Whelan'), ('place', "Ballymun's Poppintree end"), ('place', "Cork's Farranree end")]),
    C("Daniela Rezende Pacheco's vakinha is vakinha.com.br/vaquinha/petropolis-daniela - she lived on the Vila Felipe end of Morro da Oficina until the February rains.", [('name', 'Daniela Rezende Pacheco'), ('url', 'vakinha.com.br/vaquinha/petropolis-daniela'), ('place', 'the Vila Felipe end of Morro da Oficina')]),
    C("Quick one: CAPS-5 training in German - does anyone know if the DeGPT runs it online? My Austrian supervisee wants to start in September but her clinic in Tyrol won't fund travel."),
    C("Aurore Delacroix-Mbemba, who survived the November 2015 concert-hall attack, booked from 2a01:cb1d:8113:4e00::3a - a café in Belleville's rue Ramponeau end - and asked for a room without a back exit.", [('name', 'Aurore Delacroix-Mbemba'), ('ip_address', '2a01:cb1d:8113:4e00::3a'), ('place', "Belleville's rue Ramponeau end")]),
    C("Brittany Lynn Spurlock from Mayfield's Backusburg Road end runs a TikTok, tiktok.com/@mayfieldcandlegirl, about the night the candle factory came down.", [('name', 'Brittany Lynn Spurlock'), ('place', "Mayfield's Backusburg Road end"), ('url', 'tiktok.com/@mayfieldcandlegirl')]),
    C("Dutch colleagues: is the GGZ wait for EMDR in Noord-Brabant still six months? My client is moving back from Belgium in June and I'd like a warm handover through the huisarts."),
    C("Book club pick for Lent: Viktor Frankl's Man's Search for Meaning paired with Kate Bowler's Everything Happens for a Reason. Wednesday lunchtime, Teams link to follow."),
    C("Tamsin Kwoiek-Adams from Lytton's Kumsheen end emails tamsin.kwa@telus.net; the heat dome and the fire the next day are one memory to her.", [('name', 'Tamsin Kwoiek-Adams'), ('place', "Lytton's Kumsheen end"), ('email', 'tamsin.kwa@telus.net')]),
    C("Krzysztof Nawrocki-Baer of Chorzów's Batory: ICD serial 3071-88542 fired at the tram stop and he hasn't left the flat since.", [('name', 'Krzysztof Nawrocki-Baer'), ('place', "Chorzów's Batory"), ('device', '3071-88542')]),
    C('Anyone trained in Somatic Experiencing (Peter Levine) willing to co-lead a Saturday workshop in Colorado? We have Ute and Navajo clients who find talk therapy "too wordy".'),
    C('Concerta 54mg dosing with Ramadan - anyone have a clinical note from the AACAP or the Royal College? Client in Michigan wants to fast, school wants him focused, mother wants peace.'),
    C("GP letter for Aurelio Pizzolato Gentile faxed from the field clinic in Amatrice's Retrosi hamlet, 0746 826 339; he still sleeps in his clothes.", [('name', 'Aurelio Pizzolato Gentile'), ('place', "Amatrice's Retrosi hamlet"), ('fax', '0746 826 339')]),
    C("Anyone have experience with Vortioxetine (Brintellix) in the UK for cognitive symptoms? My Welsh client's GP wants to start at 10mg in January and the NICE TA367 supports it."),
    C('Naltrexone (Vivitrol) injection every four weeks plus CRA in Kentucky - any counsellors here get Anthem to cover the counselling part? Monday clients keep missing because of the shot schedule.'),
    C('Zaria Coleman-Bey of Coral Springs had her Omnipod PDM, 0Z7-5532-81, taken by a teacher the week of the February school-shooting anniversary.', [('name', 'Zaria Coleman-Bey'), ('place', 'Coral Springs'), ('device', '0Z7-5532-81')]),
    C('For Hilario Mendoza Cutipa the health post in Ranrahirca still faxes: 043 39 3108. He was a boy when the 1970 avalanche buried his town in Áncash.', [('name', 'Hilario Mendoza Cutipa'), ('place', 'Ranrahirca'), ('fax', '043 39 3108')]),
    C("CPAP serial 23182904117 for Teófilo Mamani Condori in El Alto's Distrito 8; he sleeps sitting up and won't wear the mask.", [('device', '23182904117'), ('name', 'Teófilo Mamani Condori'), ('place', "El Alto's Distrito 8")]),
    C('The Burns Night ceilidh is the one social event my socially anxious client in the Highlands attends. Exposure hierarchy built around it? LSAS 82, on Propranolol 40mg as needed.'),
    C("If Dolores Quispe Mamani calls in a panic, her neighbour in Villa El Salvador's Sector 6, Grupo 14 picks up on +51 987 442 913; she lost her stall and her nephew in the Mesa Redonda arcades fire and December is the worst month.", [('name', 'Dolores Quispe Mamani'), ('place', "Villa El Salvador's Sector 6, Grupo 14"), ('phone', '+51 987 442 913'), ('place', 'Mesa Redonda arcades')]),
    C("Plan Vital card VIT 7730091124 for Wilfredo Santiago Cruz in Piñones' Vacía Talega end; the ASES letter says the Medicaid portion lapsed in May.", [('health_plan', 'VIT 7730091124'), ('name', 'Wilfredo Santiago Cruz'), ('place', "Piñones' Vacía Talega end")]),
    C('Paulo Henrique Galvão connected from 2804:7f4:3a91:ce00::19 in Morro do Bumba, where the 2010 landslide took the rubbish-tip houses.', [('name', 'Paulo Henrique Galvão'), ('ip_address', '2804:7f4:3a91:ce00::19'), ('place', 'Morro do Bumba')]),
    C("DES-II came back at 42 and the MID at 38. Client is in Colorado, switching from IFS to phase-oriented work per Steele, Boon and van der Hart's Treating Trauma-Related Dissociation."),
    C('Esketamine plus Lamotrigine 200mg in bipolar II: does anyone know the evidence? The Maudsley Prescribing Guidelines are vague, and my client in Northern Ireland starts in November.'),
    C("A supervisee's client, Maëlys Fontaine-Ndiaye, has a Substack (maelysecrit.substack.com) where she writes about growing up in Goutte d'Or's rue Myrha end.", [('name', 'Maëlys Fontaine-Ndiaye'), ('url', 'maelysecrit.substack.com'), ('place', "Goutte d'Or's rue Myrha end")]),
    C("Callum Threlfall's booking came from 86.12.144.190 - his ex's flat in Anfield's Walton Breck Road end - and he swears he didn't make it. A 1989 stadium-disaster family, so the anniversary's close.", [('name', 'Callum Threlfall'), ('ip_address', '86.12.144.190'), ('place', "Anfield's Walton Breck Road end")]),
    C("Ioana Mureșan-Pop, CNP 2790611400218, from Rahova - her son survived the 2015 club fire and she's the one not sleeping.", [('name', 'Ioana Mureșan-Pop'), ('ssn', '2790611400218'), ('place', 'Rahova')]),
    C("Rosa Malamud, a hundred and two by the synagogue roll, in Boyle Heights' Wabash end, asked for Yiddish, settled for German.", [('name', 'Rosa Malamud'), ('age_over_89', 'a hundred and two by the synagogue roll'), ('place', "Boyle Heights' Wabash end")]),
    C("Saskatchewan licence SK 40998127 for Kieran Fitzpatrick-Ng from Tisdale, who was a billet parent for the Broncos and now can't drive Highway 35.", [('licence', 'SK 40998127'), ('name', 'Kieran Fitzpatrick-Ng'), ('place', 'Tisdale')]),
    C('Ruth Eidelman-Katz was in the synagogue on Yom Kippur 2019 and now lives in Leipzig-Gohlis; should I raise the anniversary?', [('name', 'Ruth Eidelman-Katz'), ('place', 'Leipzig-Gohlis')]),
    C("Mathieu Bélanger-Roy of Vanier's Montfort end says the same van, Y47 KPR, has been parked outside his daughter's school twice this week.", [('name', 'Mathieu Bélanger-Roy'), ('place', "Vanier's Montfort end"), ('vehicle', 'Y47 KPR')]),
    C('Ukrainian clients in Poland ask for "psykholoh", not "psychoterapeuta". Does anyone have the Polish Ministry of Health\'s list of Ukrainian-speaking clinicians under the NFZ scheme?'),
    C("Anyone running Compassion-Focused Therapy (Paul Gilbert) groups for shame in Scottish prisons? The SPS is interested in a pilot in spring and I've only trained through the Compassionate Mind Foundation."),
    C("We're redoing our intake to include the ACE questionnaire and the PCL-5. Anyone from the BPS or HCPC side in England have concerns about screening for trauma without a pathway?"),
    C('Client in Alaska describes "winter sickness" every January. SAD vs grief, Light Therapy with a 10,000 lux box, Vitamin D at 18 ng/mL. Any Alaska Native Tribal Health Consortium folks?'),
    C('Ignacio Portillo Ruiz was on the train at Santa Eugenia in 2004; the portal shows 88.27.190.61 and he logs in every night at the same minute.', [('name', 'Ignacio Portillo Ruiz'), ('place', 'Santa Eugenia'), ('ip_address', '88.27.190.61')]),
    C("Nova Scotia MSI 0041 778 213 for Kirsten Paul-Sylliboy from Eskasoni's Castle Bay side; she'd like a Mi'kmaw Elder present for the first session.", [('health_plan', '0041 778 213'), ('name', 'Kirsten Paul-Sylliboy'), ('place', "Eskasoni's Castle Bay side")]),
    C("OPQ permit OPQ 09183-18 for Anne-Sophie Gravel-Ouellet in Saint-Roch's Jardin end, my peer, who was assaulted by a client's partner in the waiting room.", [('licence', 'OPQ 09183-18'), ('name', 'Anne-Sophie Gravel-Ouellet'), ('place', "Saint-Roch's Jardin end")]),
    C("Numéro de sécurité sociale 2 84 05 69 123 456 72 for Mathilde Kerhervé, in Lorient's Kervénanec, who wants her mutuelle to cover ten EMDR sessions.", [('ssn', '2 84 05 69 123 456 72'), ('name', 'Mathilde Kerhervé'), ('place', "Lorient's Kervénanec")]),
    C("Hikikomori is a Japanese term, but I see it in Spanish and Italian teenagers too. Any reading from Italy's Hikikomori Italia association or from Spanish Catalan services?"),
    C("Dwayne Broussard from the Holy Cross riverside blocks gave 504-943-2871 (his grandmother's) - the twentieth Katrina anniversary hit him sideways in August.", [('name', 'Dwayne Broussard'), ('place', 'Holy Cross riverside blocks'), ('phone', '504-943-2871')]),
    C('Canadian colleagues: National Day for Truth and Reconciliation in September and Orange Shirt Day. Anyone planning client-safe events with Elders from Treaty 6 or Treaty 7 territory?'),
    C("DNI 27.938.104 for Gisela Paz Orellano in Villa Lugano - her employer's ART wants a report on the robbery at the kiosk.", [('ssn', '27.938.104'), ('name', 'Gisela Paz Orellano'), ('place', 'Villa Lugano')]),
    C("Anwar Haddad-Moreno writes from ahaddad.moreno@prodigy.net.mx, Lebanese-Mexican, in Roma Norte's Álvaro Obregón end, after the 2017 quake took his office.", [('name', 'Anwar Haddad-Moreno'), ('email', 'ahaddad.moreno@prodigy.net.mx'), ('place', "Roma Norte's Álvaro Obregón end")]),
    C("please ring ruaridh macaulay on 01851 704 332, he's back at his mum's croft in north dell, ness and not answering the mobile since the boat went down", [('name', 'ruaridh macaulay'), ('phone', '01851 704 332'), ('place', 'north dell, ness')]),
    C("Giuliana Ferracuti, cartella SSAQ-09-118372, lost her house in Onna's Via dei Martiri end in 2009 and her second home to the government's C.A.S.E. flats.", [('name', 'Giuliana Ferracuti'), ('medical_record', 'SSAQ-09-118372'), ('place', "Onna's Via dei Martiri end")]),
    C('Honestly tired this week. Three cancellations Monday, two Tuesday, and the EAP from Cigna now pays 30% less than in January. Anyone else reconsidering private practice in Ohio?'),
    C('Cédula profesional 9140386 for Gabriela Itzel Ramírez, a psychologist in San Miguel Teotongo, who was treating survivors of the metro collapse.', [('licence', '9140386'), ('name', 'Gabriela Itzel Ramírez'), ('place', 'San Miguel Teotongo')]),
    C("Eleri Morgan-Lloyd's driving licence number is MORGA757196EL9XY; she's in Treorchy's Tynybedw Terrace end and the DVLA form asks about her Sertraline.", [('name', 'Eleri Morgan-Lloyd'), ('licence', 'MORGA757196EL9XY'), ('place', "Treorchy's Tynybedw Terrace end")]),
    C("Chart HNR-7734120 at the national hospital for Esperanza Villalta from Soyapango's colonia Las Margaritas; she was a teenager in the 2001 quake and now has panic in the Metro.", [('medical_record', 'HNR-7734120'), ('name', 'Esperanza Villalta'), ('place', "Soyapango's colonia Las Margaritas")]),
    C("Artem Shevchuk-Lind from Bucha's Vokzalna end, now in Sweden, has a bebionic hand, serial BB-20914-77, and hides it under his sleeve in class.", [('name', 'Artem Shevchuk-Lind'), ('place', "Bucha's Vokzalna end"), ('device', 'BB-20914-77')]),
    C("Fax to the hospital in Mocoa's barrio San Miguel for Yesenia Jamioy Chindoy: +57 8 420 5517, she wants her records before she moves in with her aunt.", [('place', "Mocoa's barrio San Miguel"), ('name', 'Yesenia Jamioy Chindoy'), ('fax', '+57 8 420 5517')]),
    C('Any Lithuanian or Latvian-speaking therapists in Ireland? The HSE interpretation service is slow and my client from Latvia keeps cancelling Wednesdays because her English fails under stress.'),
    C('Dear peers - Monday is Labor Day and Tuesday the schools reopen in Texas. Any group doing back-to-school anxiety with the SCARED and the RCADS? Mostly Mexican American families.'),
    C("Hubert Zwicknagl, aged ninety-one and a half, in Kaprun's Ebenwald end, whose grandson died in the tunnel fire of 2000.", [('name', 'Hubert Zwicknagl'), ('age_over_89', 'aged ninety-one and a half'), ('place', "Kaprun's Ebenwald end")]),
    C('Tabanka - the Trinidadian word for heartbreak after a partner leaves - came up in session Tuesday. Any Caribbean psychology papers on it? The University of the West Indies maybe?'),
    C("Gheorghe Ionescu-Tănase, burned in the 2015 club fire, emails from gigi.tanase88@yahoo.ro and lives with his mother in Ferentari's Aleea Livezilor blocks.", [('name', 'Gheorghe Ionescu-Tănase'), ('email', 'gigi.tanase88@yahoo.ro'), ('place', "Ferentari's Aleea Livezilor blocks")]),
    C("Texas RN license RN 912447 for Kaylee Broussard-Fontenot in Beaumont's South Park; she's been picking up doubles since Harvey and drinking after.", [('licence', 'RN 912447'), ('name', 'Kaylee Broussard-Fontenot'), ('place', "Beaumont's South Park")]),
    C("Rosaria Mancuso from Certosa says a car with plate FK 718 PX was on the bridge the minute before it fell - she can't stop checking it.", [('name', 'Rosaria Mancuso'), ('place', 'Certosa'), ('vehicle', 'FK 718 PX')]),
    C("Sergei Volkonsky-Hart lives in Narva's Kerese end and says he belongs to neither side.", [('name', 'Sergei Volkonsky-Hart'), ('place', "Narva's Kerese end")]),
    C("Asking again: Lamictal rash at week three on 50mg. Psychiatrist in Pennsylvania stopped it. Client is terrified of Lithium after reading Kay Redfield Jamison's An Unquiet Mind. Any tips?"),
    C("Ethel Mae Fontenot, ninety-six come Mardi Gras, in Pointe-aux-Chênes' Island Road end, refuses to leave the house on stilts.", [('name', 'Ethel Mae Fontenot'), ('age_over_89', 'ninety-six come Mardi Gras'), ('place', "Pointe-aux-Chênes' Island Road end")]),
    C('Hospital file SZB/2019/44718 for Tomasz Gawryluk in Targówek; his wife died in the 2010 presidential air crash and the anniversary is April.', [('medical_record', 'SZB/2019/44718'), ('name', 'Tomasz Gawryluk'), ('place', 'Targówek')]),
    C("Query about the Ley de Salud Mental in Spain - the new draft law on involuntary admission, and the Catalan one. Is Andalusia's protocol for Ingreso Involuntario stricter? Asking for a Friday training."),
    C('CBU 0140022703500918374215: Horacio Lencina in Ciudad Oculta, who wants to pay in two parts because of the inflation.', [('account', '0140022703500918374215'), ('name', 'Horacio Lencina'), ('place', 'Ciudad Oculta')]),
    C('CORE-10 on Monday was 28; CORE-OM on Friday 2.4. Client in Yorkshire is clearly in crisis but refuses the Crisis Team. Any IAPT-turned-Talking Therapies folks with a script for this?'),
    C('Shawnee Bearskin-Manitowabi reaches us through the band office address wellness@wikwemikongbo.ca in Wiikwemkoong; she wants her Elder in the room.', [('name', 'Shawnee Bearskin-Manitowabi'), ('email', 'wellness@wikwemikongbo.ca'), ('place', 'Wiikwemkoong')]),
    C('The Wisconsin Card Sorting Test vs the Trail Making Test for executive function in a teen with FASD in Manitoba? Our neuropsych is on leave until August.'),
    C('Reflection from Thursday\'s peer group: we keep calling everything "trauma-informed" and nobody reads the SAMHSA document. Let\'s take the six principles one per week through February and bring case examples.'),
    C('Anyone trained in Narrative Exposure Therapy (Schauer, Neuner and Elbert) with Syrian clients in Germany? The Lifeline with flowers and stones lands well, but the BAMF hearing in March is looming over everything.'),
    C("Has anyone used the Sámi-language HSCL-25 in Finnmark or Troms? Our Norwegian colleagues at SANKS say it's validated, but I can't find it in the Helsedirektoratet library."),
    C("Máire Ní Fhlatharta, ninety-three at the last Pattern Day, on Inis Meáin's Baile an Chaisleáin, asks for a phone session because the ferry is too hard now.", [('name', 'Máire Ní Fhlatharta'), ('age_over_89', 'ninety-three at the last Pattern Day'), ('place', "Inis Meáin's Baile an Chaisleáin")]),
    C('Midsummer in Sweden is our busiest crisis week - drinking, drowning, break-ups. Our team in Norrbotten plans ahead with Rapid Assessment. Anyone else plan around Midsommar or Juhannus?'),
    C('Looking for a Welsh-speaking supervisor accredited with the BABCP. My trainee in North Wales wants supervision in Cymraeg for her Welsh-speaking farmers. Tuesdays or Thursdays after six.'),
    C("Tomás Ó Floinn, ninety-nine and mad about hurling, in Ennistymon's Cascades end, recently widowed after seventy-one years of marriage.", [('name', 'Tomás Ó Floinn'), ('age_over_89', 'ninety-nine and mad about hurling'), ('place', "Ennistymon's Cascades end")]),
    C("Teodoro Brancaleone still won't drive over any viaduct since the Morandi collapse; his daughter in Sampierdarena's Via Cantore end said to ring +39 347 218 5590 if he misses the Thursday slot again.", [('name', 'Teodoro Brancaleone'), ('place', 'Morandi'), ('place', "Sampierdarena's Via Cantore end"), ('phone', '+39 347 218 5590')]),
    C("Ramadan starts in February next year; I'm planning to shift my Muslim clients on Fluoxetine to evening doses with Iftar. Does anyone have a handout in Bosnian or Albanian from the Balkans?"),
    C('Clarence Batiste-Harrell, 2218 Deslonde St, Lower Nine, NOLA, LA 70117-3419 - rebuilt house, same lot, same nightmares.', [('name', 'Clarence Batiste-Harrell'), ('street_address', '2218 Deslonde St'), ('place', 'Lower Nine, NOLA'), ('zip_code', '70117-3419')]),
    C('Medtronic 780G serial NG2718844H for Elodie Marchetti-Baraka in Saint-Martin-Vésubie; the pump got soaked in storm Alex and she still checks it obsessively.', [('device', 'NG2718844H'), ('name', 'Elodie Marchetti-Baraka'), ('place', 'Saint-Martin-Vésubie')]),
    C("jade pelletier-whitehorse posted on reddit.com/user/pelletierjade_ about the school grounds in kamloops' north shore and now gets DMs from strangers", [('name', 'jade pelletier-whitehorse'), ('url', 'reddit.com/user/pelletierjade_'), ('place', "kamloops' north shore")]),
    C('Question on Mirtazapine (Remeron) and weight gain in a young man with anorexia history; his EDE-Q is 3.8, BMI 17.9. A specialist eating disorder team in England advised against it.'),
    C("Recommendation please: a Polish-language PHQ-9 and GAD-7 that's been validated, not Google-translated. The Polish community in Scotland keeps getting the Lithuanian version by mistake from the NHS portal."),
    C("Safety plan lists Jean-Rony Délinois's cousin in Little Haiti's Lemon City corner at 305-771-4826; he still dreams of the 2021 quake in Les Cayes and wakes up shouting in Kreyòl.", [('name', 'Jean-Rony Délinois'), ('place', "Little Haiti's Lemon City corner"), ('phone', '305-771-4826'), ('place', 'Les Cayes')]),
    C('Colleagues in Uruguay: the Ley de Salud Mental 19.529 closed the asylums, but community beds? My Uruguayan client now in Spain asks why her brother is homeless in Canelones Department.'),
    C("Saudade is coming up a lot in sessions with my Cape Verdean and Portuguese clients around Christmas. Any reading beyond Eduardo Lourenço? I'd like something clinical from Portuguese university psychiatry departments."),
    C("dilnoza rakhimova-yusupova's email is dilnoza.r@wp.pl - she's in praga-północ's szmulki cleaning offices and the PHQ-9 was a 21", [('name', 'dilnoza rakhimova-yusupova'), ('email', 'dilnoza.r@wp.pl'), ('place', "praga-północ's szmulki")]),
    C('Crew member Fabrizio Loddo joined from 151.38.122.9 in Giglio Porto, the same harbour he watched the ship list from.', [('name', 'Fabrizio Loddo'), ('ip_address', '151.38.122.9'), ('place', 'Giglio Porto')]),
    C("Supervision reflection: I keep reaching for Linehan's DBT skills when what my Tuesday client needs is grief work. Pauline Boss on Ambiguous Loss helped more than the Diary Card ever did. Thoughts before Monday?"),
    C("Augustin Lapointe-Gagnon, nonante et un ans selon la paroisse, in Saint-Jean-Port-Joli's chemin du Roy end, who watched the river take the wharf.", [('name', 'Augustin Lapointe-Gagnon'), ('age_over_89', 'nonante et un ans selon la paroisse'), ('place', "Saint-Jean-Port-Joli's chemin du Roy end")]),
    C("Has the EMDRIA Conference in August been confirmed as hybrid? Our team from Kentucky and Tennessee can't fly after the Helene budget cuts."),
    C('Our service in Andalusia has Moroccan clients who describe "jnun" and "sihr". Has anyone consulted with imams from the Spanish Islamic Commission? Ruqyah vs CBT - how do you make both fit?'),
    C('Sensorimotor Psychotherapy (Pat Ogden) level one is in Spanish for the first time this autumn, through the institute in Mexico. Worth it for clinicians in Texas with Mexican American clients?'),
    C("Treatment of hoarding: Frost and Steketee's Buried in Treasures in French for Quebec clients? My Quebec colleague says the OPQ has a list. Mondays are hoarding group."),
    C('Dale Whitacre of Kermit, hospital chart E0041988, on Suboxone since the mine closed and desperate to keep the job at the Dollar General.', [('name', 'Dale Whitacre'), ('place', 'Kermit'), ('medical_record', 'E0041988')]),
    C('Darlene Hopgood, 517 Church St, Apt 3, Wingo, KY 42088-9314; the factory shift was hers until she swapped that night.', [('name', 'Darlene Hopgood'), ('street_address', '517 Church St, Apt 3'), ('place', 'Wingo'), ('zip_code', '42088-9314')]),
    C('Baba Milica Vranješ, ninety-two by her domovnica, in Majske Poljane near Glina, still sleeping in a container since the 2020 quake.', [('name', 'Milica Vranješ'), ('age_over_89', 'ninety-two by her domovnica'), ('place', 'Majske Poljane near Glina')]),
    C('Cláudia Siqueira Mota, Rua Teresa 1120, casa 2, Alto da Serra, Petrópolis-RJ, 25635-530; she wants the report in Portuguese.', [('name', 'Cláudia Siqueira Mota'), ('street_address', 'Rua Teresa 1120, casa 2'), ('place', 'Alto da Serra'), ('place', 'Petrópolis-RJ'), ('zip_code', '25635-530')]),
    C('Eudoxia Papastergiou, a hundred and four at Easter, in Kallithea, whose refugee childhood from Smyrna has come back at the end.', [('name', 'Eudoxia Papastergiou'), ('age_over_89', 'a hundred and four at Easter'), ('place', 'Kallithea'), ('place', 'Smyrna')]),
    C("Permobil chair serial PB4418273 for Ekaterina Mirza in Šilainiai's Baltų prospektas blocks, broken by the airline on the way back from the rehabilitation centre.", [('device', 'PB4418273'), ('name', 'Ekaterina Mirza'), ('place', "Šilainiai's Baltų prospektas blocks")]),
    C("Bancolombia ahorros 236-448190-17 for Luz Dary Cuesta in Aguablanca, paying for her daughter's sessions after the shooting at the school gate.", [('account', '236-448190-17'), ('name', 'Luz Dary Cuesta'), ('place', 'Aguablanca')]),
    C('Has anyone worked with survivors of avalanches? Elisa Cardone lost her fiancé in the 2017 hotel avalanche and now lives in Penne with his mother.', [('name', 'Elisa Cardone'), ('place', 'Penne')]),
    C("Vernon Ellsworth Pike, born March 3rd, 1961, in Merthyr Vale's Aberfan Road end, whose sister's class never came home from Pantglas.", [('name', 'Vernon Ellsworth Pike'), ('date', 'March 3rd, 1961'), ('place', "Merthyr Vale's Aberfan Road end"), ('place', 'Pantglas')]),
    C("Gunhild Brekke, 97 years old per the kommune, in Ålesund's Spjelkavik, is grieving her son's suicide at an age when nobody expects it.", [('name', 'Gunhild Brekke'), ('age_over_89', '97 years old per the kommune'), ('place', "Ålesund's Spjelkavik")]),
    C("Forward the ED note on Ciarán Moloney-Fitz to the psychiatry fax +353 61 482 230 in Limerick's Southill before the Friday handover.", [('name', 'Ciarán Moloney-Fitz'), ('fax', '+353 61 482 230'), ('place', "Limerick's Southill")]),
    C("Dariusz Wnuk says Ruda Śląska's Halemba is where his father died in the mine in 2006 and he won't go down any stairwell.", [('name', 'Dariusz Wnuk'), ('place', "Ruda Śląska's Halemba")]),
    C("Delroy Campbell-Hines in Ladbroke Grove's Wornington estate was followed by a silver Golf, LK19 XRT, after the inquest hearing.", [('name', 'Delroy Campbell-Hines'), ('place', "Ladbroke Grove's Wornington estate"), ('vehicle', 'LK19 XRT')]),
    C("Rijksregisternummer 85.07.30-033.61 for Lieve Claeys-De Smet from Sint-Amandsberg's Westveld; the mutualiteit keeps rejecting the forms.", [('ssn', '85.07.30-033.61'), ('name', 'Lieve Claeys-De Smet'), ('place', "Sint-Amandsberg's Westveld")]),
    C('BIG-registratie BIG 49061288125 for Esther Mulder-Kalpoe, a GZ-psycholoog in Kikkenstein, who has a complaint pending at the tuchtcollege.', [('licence', 'BIG 49061288125'), ('name', 'Esther Mulder-Kalpoe'), ('place', 'Kikkenstein')]),
    C("Supervisee Rebecca Feldstein-Oduya, LCSW 084417, sees clients in Washington Heights' Fort George end and wants to know if the board needs to hear about her DUI.", [('name', 'Rebecca Feldstein-Oduya'), ('licence', 'LCSW 084417'), ('place', "Washington Heights' Fort George end")]),
    C("Führerschein B072RRE2I55 for Dietmar Wohlleben in Schuld's lower village, a bus driver who drove the evacuation and wasn't allowed back after.", [('licence', 'B072RRE2I55'), ('name', 'Dietmar Wohlleben'), ('place', "Schuld's lower village")]),
    C("Solidaris number SOL 318-4420917 for Jean-Pierre Lambotte in Pepinster; the Vesdre took the ground floor and his wife's piano.", [('health_plan', 'SOL 318-4420917'), ('name', 'Jean-Pierre Lambotte'), ('place', 'Pepinster')]),
    C("Holger Kesseling from Altenahr's Kreuzberg hamlet lived in his car, AW-KL 312, for six weeks after the flood and still keeps a sleeping bag in the boot.", [('name', 'Holger Kesseling'), ('place', "Altenahr's Kreuzberg hamlet"), ('vehicle', 'AW-KL 312')]),
    C('Intake request from the church secretary, secretary@stjudesstrathcona.org, on behalf of Rosalind Ferris-Achebe in Old Strathcona.', [('email', 'secretary@stjudesstrathcona.org'), ('name', 'Rosalind Ferris-Achebe'), ('place', 'Old Strathcona')]),
    C("Fionnuala Devlin, RVH number RVH-0082154, from Creggan's Central Drive end - the psychiatric liaison team wants us to pick her up after the overdose.", [('name', 'Fionnuala Devlin'), ('medical_record', 'RVH-0082154'), ('place', "Creggan's Central Drive end")]),
    C("Polyvagal critiques: Grossman's papers and Porges' replies. I'd like a balanced Thursday seminar in March for our Irish trainees, because the IACP CPD points matter."),
    C("Hospital MRN SJH 3391827 for Ruairí Ó Grádaigh in Kilmainham; detox went fine, it's the Sundays that are killing him.", [('medical_record', 'SJH 3391827'), ('name', 'Ruairí Ó Grádaigh'), ('place', 'Kilmainham')]),
    C("Declan Mulcahy-Roe in Kilkenny's Loughboy has a spinal stimulator, IPG serial 5417188, that the pain clinic won't reprogram until March.", [('name', 'Declan Mulcahy-Roe'), ('place', "Kilkenny's Loughboy"), ('device', '5417188')]),
    C("Oskar Wiśniewski-Maas's chart at the Vivantes in Neukölln's Weiße Siedlung is VIV-23-0118845, and the discharge letter arrived without it.", [('name', 'Oskar Wiśniewski-Maas'), ('place', 'Vivantes'), ('place', "Neukölln's Weiße Siedlung"), ('medical_record', 'VIV-23-0118845')]),
    C("My Norwegian colleagues use the NKVTS guidelines for refugee trauma; how do they compare to the German BAfF standards? Asking for a Swiss canton that's writing its own in French."),
    C("The Still Small Voice podcast, the Christian counselling one from Texas - has anyone's client quoted it back at them to refuse medication? Looking for scripts respecting faith while recommending Zoloft."),
    C('The Gottman Sound Relationship House keeps failing with my Brazilian couples - the "stonewalling" framing reads as macho culture to them. Sue Johnson\'s EFT worked better. Thoughts from São Paulo State colleagues?'),
    C("We're piloting the Friendship Bench idea from Zimbabwe in New York State with Caribbean grandmothers. Dixon Chibanda's book is our manual. Any community-based pilots in New Jersey we can learn from?"),
    C('Journal club: the Lancet Commission on Global Mental Health and the WHO Mental Health Atlas. Anyone in Argentina or Uruguay want to present the Southern Cone data in June?'),
    C("Anyone read Rebecca Solnit's A Paradise Built in Hell for disaster mental health? I'm using it in a Tuesday seminar in North Carolina on community resilience after Helene."),
    C("Miguel Ángel Cárcamo emails from mcarcamo_lascolinas@yahoo.com - the 2001 Las Colinas landslide in Santa Tecla's southern slope took his mother and his school.", [('name', 'Miguel Ángel Cárcamo'), ('email', 'mcarcamo_lascolinas@yahoo.com'), ('place', 'Las Colinas'), ('place', "Santa Tecla's southern slope")]),
    C('SIS affiliation SIS 4410278836 for Nicolás Huamán Quispe in Chosica, who watches the huaico channel every rainy season.', [('health_plan', 'SIS 4410278836'), ('name', 'Nicolás Huamán Quispe'), ('place', 'Chosica')]),
    C("Lucía Ferreyra Acosta lost her brother in the 2004 nightclub fire; her mobile in Balvanera's Once is +54 9 11 5873-2046 and she prefers WhatsApp voice notes.", [('name', 'Lucía Ferreyra Acosta'), ('place', "Balvanera's Once"), ('phone', '+54 9 11 5873-2046')]),
    C('Hanne Kristiansen-Okello, Trondheimsveien 214 H0402, 0570 Sinsen, Oslo, in the flat above the kebab shop she says smells of her dad.', [('name', 'Hanne Kristiansen-Okello'), ('street_address', 'Trondheimsveien 214 H0402'), ('zip_code', '0570'), ('place', 'Sinsen, Oslo')]),
    C("Juneteenth and Kwanzaa groups for Black men in Georgia: we use Joy DeGruy's Post Traumatic Slave Syndrome and Kenneth Hardy's racial trauma framework. Looking for a co-facilitator by May."),
    C("Marisol Ocasio Rivera, the one from Utuado's barrio Caonillas who went eleven months without power after Maria, has a new cell: (787) 404-6128.", [('name', 'Marisol Ocasio Rivera'), ('place', "Utuado's barrio Caonillas"), ('phone', '(787) 404-6128')]),
    C("Asgeir Tveit grew up in Odda and can't bear the smelter's silence since it closed.", [('name', 'Asgeir Tveit'), ('place', 'Odda')]),
    C("Bronisław Kaczmarczyk is ninety-eight by his own count and lives alone in Zakopane's Cyrhla; the social worker says he's hoarding bread.", [('name', 'Bronisław Kaczmarczyk'), ('age_over_89', 'ninety-eight by his own count'), ('place', "Zakopane's Cyrhla")]),
    C('VNS generator serial 5517936 for Lisanne Brouwer of Zoetermeer, who asks whether it is changing her mood.', [('device', '5517936'), ('name', 'Lisanne Brouwer'), ('place', 'Zoetermeer')]),
    C("Canadian SIN 527 381 904 for Ashlynn Cardinal-Whitford in Maskwacis' Ermineskin side - she needs the letter for the Indian Residential Schools claim by Friday.", [('ssn', '527 381 904'), ('name', 'Ashlynn Cardinal-Whitford'), ('place', "Maskwacis' Ermineskin side")]),
    C('Quick poll: anyone combining Prazosin with CPT for nightmares? My Tuesday client on Sertraline 150mg still scores 58 on the PCL-5 after twelve sessions, and her GP in Wales is reluctant to add anything before the Christmas break.'),
    C('Pride Month in June is hard for my older gay clients in Ireland who remember the 1993 decriminalisation and the Magdalene era. Any LGBT Ireland resources for over-70s?'),
    C("Walter Crowfoot-Many Guns, ninety-four at the band's last count, in Siksika's Cluny side, who was at the residential school until 1946.", [('name', 'Walter Crowfoot-Many Guns'), ('age_over_89', "ninety-four at the band's last count"), ('place', "Siksika's Cluny side")]),
    C('HETU 070885-913X for Aino Kettunen in Kontula, who was referred by Kela for short-term psychotherapy.', [('ssn', '070885-913X'), ('name', 'Aino Kettunen'), ('place', 'Kontula')]),
    C("Halina Szczepańska from Dolny Mokotów pays from PL27 1140 2004 0000 3802 7719 4410; her son manages it, and that's part of the problem.", [('name', 'Halina Szczepańska'), ('place', 'Dolny Mokotów'), ('account', 'PL27 1140 2004 0000 3802 7719 4410')]),
    C('Vyvanse shortage again in California and Oregon. Anyone switched ADHD clients to Dexedrine or Guanfacine (Intuniv) mid-semester? Finals are in May and my college clients are panicking.'),
    C('Roma clients in Slovakia and Hungary: any resources in Romani? The ERRC has reports, but I need psychoeducation about PTSD in plain language before the Christmas holidays.'),
    C('The IMEI of the phone her ex tracked is 357721094482137; Guadalupe Xiloj from Paqui wants to know if we can write that in the police letter.', [('device', '357721094482137'), ('name', 'Guadalupe Xiloj'), ('place', 'Paqui')]),
    C("Quick question about Quetiapine (Seroquel) 25mg for sleep: the Canadian Choosing Wisely list says no. My client in Manitoba is on it from a walk-in doctor and won't stop. Trazodone?"),
    C("Sigrid Nygaard Bakke in Gjerdrum's Ask sent from account 1503.48.22719; the 2020 quick-clay slide took her street.", [('name', 'Sigrid Nygaard Bakke'), ('place', "Gjerdrum's Ask"), ('account', '1503.48.22719')]),
    C("CIWA-Ar scored 14 on Sunday; the detox unit in Quebec won't admit until Wednesday. Librium vs Ativan for an outpatient taper with an 80-year-old liver - any addiction medicine folks here?"),
    C('Colleague asked about the Hamilton Anxiety Rating Scale versus GAD-7 for a trial in Portugal. The INFARMED guidance says either. Which one do your psychiatrists in Iberia prefer?'),
    C("Tiago Mascarenhas Sá sent his Linktree linktr.ee/tiagomsa.fado - fado singer in Alfama's Beco do Carneiro, drinking to get on stage.", [('name', 'Tiago Mascarenhas Sá'), ('url', 'linktr.ee/tiagomsa.fado'), ('place', "Alfama's Beco do Carneiro")]),
    C("Brandon Kettleman of Odessa's Ector Heights wrote down the pickup, NKW-4418, that the shooter pulled up beside on the highway.", [('name', 'Brandon Kettleman'), ('place', "Odessa's Ector Heights"), ('vehicle', 'NKW-4418')]),
    C("Olanzapine 10mg plus Metformin 500mg for weight; client's HbA1c is 6.3%. The psychiatrist in Nova Scotia suggests Semaglutide (Ozempic), but the provincial formulary says no. Anyone navigated this?"),
    C('Advice: the Mental Health Act 1983 reforms in England and Wales - when do the new detention criteria kick in? My client detained under Section 3 in October asks every Monday.'),
    C('My Irish Traveller clients don\'t like "therapy" - they like Pavee Point and the Primary Health Care for Travellers Project. Anyone co-working with community health workers in the Midlands?'),
    C('Hugo Lemaître of La Bocca paid by transfer from FR76 3000 4028 3700 0100 4417 892 and put "thérapie" in the reference line.', [('name', 'Hugo Lemaître'), ('place', 'La Bocca'), ('account', 'FR76 3000 4028 3700 0100 4417 892')]),
    C('Licencia de conducir Q46822913 for Walter Chuquimia in Ananea, a combi driver after the mine bus went off the road last winter.', [('licence', 'Q46822913'), ('name', 'Walter Chuquimia'), ('place', 'Ananea')]),
    C('Jorge Luis Bastidas, a survivor of the 1999 mudslides in Macuto, writes from jlbastidas.vargas@hotmail.com and sends voice notes in the middle of the night.', [('name', 'Jorge Luis Bastidas'), ('place', 'Macuto'), ('email', 'jlbastidas.vargas@hotmail.com')]),
    C('Looking at Valproate for a woman of childbearing age: the MHRA and the EMA both say no unless a Pregnancy Prevention Programme. Lamotrigine instead? Bipolar I in Scotland, age 24.'),
    C('For winter blues in Canada, the CANMAT guidelines on Light Therapy and Bupropion XL in November. Anyone seen Wellbutrin pushing panic in clients with a history of it?'),
    C('Pre-Christmas anxiety in an autistic teen from Northern Ireland: ADOS-2 confirmed, SCARED of 41, no meds. Parents want a Christmas without a meltdown. Any social story templates from the NAS?'),
    C('Referral on Bernard Tshimanga Kalonji came by fax from the CPAS in Molenbeek-Saint-Jean, fax +32 2 412 37 90, with the Lingala interpreter request crossed out.', [('name', 'Bernard Tshimanga Kalonji'), ('place', 'Molenbeek-Saint-Jean'), ('fax', '+32 2 412 37 90')]),
    C('Lunar New Year and Tết came up in group this week with Vietnamese American clients in Louisiana who lost boats in Katrina and then Ida. Any Vietnamese-speaking clinicians in the Gulf Coast?'),
    C("Fernanda Quaresma's address: Rua Cândido dos Reis 117, 2º esq., 4440-501 Valongo. Please post the letter in a plain envelope.", [('name', 'Fernanda Quaresma'), ('street_address', 'Rua Cândido dos Reis 117, 2º esq.'), ('zip_code', '4440-501'), ('place', 'Valongo')]),
    C("My Greek Orthodox client won't schedule during Great Lent or Holy Week, then binges after Pascha. EDE-Q of 4.2. Has anyone adapted CBT-E (Fairburn) around Orthodox fasting?"),
    C("Good reads on moral injury for Canadian and American veterans: Jonathan Shay's Achilles in Vietnam, Brett Litz's Adaptive Disclosure. Monday night group starts in February."),
    C('The Columbia Suicide Severity Rating Scale in Haitian Creole: does anyone have the validated version? My South Florida clients read French poorly and the Kreyòl one from the CDC is a draft.'),
    C("Any Hungarian speakers trained in Schema Therapy? The Hungarian-trained clinicians I found won't do telehealth to Austria. My client is Roma and wants someone who won't flinch."),
    C("Fax +33 4 93 88 61 07 from the trauma unit in Nice's Pasteur 2 campus about Inès Belkacem-Roux, who was on the Promenade with her twins when the truck came.", [('fax', '+33 4 93 88 61 07'), ('place', "Nice's Pasteur 2 campus"), ('name', 'Inès Belkacem-Roux')]),
    C("Sisu as a strength and a barrier: Finnish men in Minnesota who won't come to therapy until the wife threatens. Has anyone read Emilia Lahti's work on it? Looking for a January talk."),
    C('Quick survey: which trauma screen do you use with Indigenous youth in Saskatchewan - the CATS, the UCLA PTSD-RI or the CPSS-5? The First Nations Health Authority guidance mentions all three.'),
    C('Yamileth Mosquera Palacios, cédula 1.087.554.213, from Bellavista Nuevo on the Atrato, asks for sessions in the afternoons when the boat runs.', [('name', 'Yamileth Mosquera Palacios'), ('ssn', '1.087.554.213'), ('place', 'Bellavista Nuevo')]),
    C('Need help with a client on Clonazepam (Rivotril) 4mg a day bought in Mexico, now in California. The psychiatrist wants Phenobarbital taper inpatient; client wants to do it at home.'),
    C("IBAN DE44 5774 0012 0733 1856 20 for Jannik Breuer-Saalfeld in Ahrweiler's Walporzheim end - he's asking us to refund the no-show fee because the Spendenkonto paid it.", [('account', 'DE44 5774 0012 0733 1856 20'), ('name', 'Jannik Breuer-Saalfeld'), ('place', "Ahrweiler's Walporzheim end")]),
    C('Noor El Idrissi-Visser, Van Speijkstraat 141-II, 1057 HB Da Costabuurt, Amsterdam, who asks for Darija-speaking staff.', [('name', 'Noor El Idrissi-Visser'), ('street_address', 'Van Speijkstraat 141-II'), ('zip_code', '1057 HB'), ('place', 'Da Costabuurt, Amsterdam')]),
    C('Laila Nouri-Hansen, født 1983/11/05, in Tøyen; her Norwegian GP wrote the date the Iranian way on the referral.', [('name', 'Laila Nouri-Hansen'), ('date', '1983/11/05'), ('place', 'Tøyen')]),
    C('Carnival in Brazil: my Brazilian clients in Massachusetts feel homesick and binge-drink on Ash Wednesday. Anyone with Carnaval-themed relapse prevention? AUDIT of 20.'),
    C("Antanas Žemaitis runs the bakery Kepyklėlė Ąžuolas in Žvėrynas' Vytauto end and sleeps there too since the separation.", [('name', 'Antanas Žemaitis'), ('place', 'Kepyklėlė Ąžuolas'), ('place', "Žvėrynas' Vytauto end")]),
    C('The Ontario Structured Psychotherapy Program: any of you in the CAMH network finding the wait list for CBT is longer than the private one? The OHIP coverage ends in March.'),
    C("Ricardo Montaño Ayala, nacido el 23-VIII-2001, in Cochabamba's Villa Pagador, who lost his cousin in the 2018 mudslide above the valley.", [('name', 'Ricardo Montaño Ayala'), ('date', '23-VIII-2001'), ('place', "Cochabamba's Villa Pagador")]),
    C('VA fax (541) 440-6627 on Terrence Oakhurst-Yazzie in Roseburg - he was in the classroom at Umpqua in 2015 and now drives long-haul.', [('fax', '(541) 440-6627'), ('name', 'Terrence Oakhurst-Yazzie'), ('place', 'Roseburg'), ('place', 'Umpqua')]),
    C('Ingrid Halvorsen-Moe from Hokksund reports her processor, serial CP1150-44871326, cutting out in group sessions.', [('name', 'Ingrid Halvorsen-Moe'), ('place', 'Hokksund'), ('device', 'CP1150-44871326')]),
    C("Y-BOCS of 31, contamination, a Jewish client in New Jersey whose rabbi supports ERP but worries about Passover cleaning. Has anyone worked with Rabbi Abraham Twerski's writings alongside Foa?"),
    C("Emeka Obi-Sandoval drives for a taxi firm in Peckham's Bellenden end and freezes at the lights on the high street.", [('name', 'Emeka Obi-Sandoval'), ('place', "Peckham's Bellenden end")]),
    C('Send the report to Uwe Brockhagen, Heerstraße 48a, D-53505 Altenahr-Reimerzhoven, not to his ex at the old address.', [('name', 'Uwe Brockhagen'), ('street_address', 'Heerstraße 48a'), ('zip_code', 'D-53505'), ('place', 'Altenahr-Reimerzhoven')]),
    C('For Easter I\'m planning a grief group around Holy Saturday, "the waiting day". Catholic and Lutheran clients in Wisconsin, open to Protestant frameworks. Ideas from Walter Brueggemann or Henri Nouwen?'),
    C("Solveig Aas-Haugland joined telehealth from 193.90.17.222, the school wifi in Bodø's Rønvik end, because her husband checks the router history.", [('name', 'Solveig Aas-Haugland'), ('ip_address', '193.90.17.222'), ('place', "Bodø's Rønvik end")]),
    C("Rui Fontes Alvarenga of Entre-os-Rios' Torrão end pays from PT50 0035 0683 0009 8817 2304 1; his father was on the bus when the bridge fell in 2001.", [('name', 'Rui Fontes Alvarenga'), ('place', "Entre-os-Rios' Torrão end"), ('account', 'PT50 0035 0683 0009 8817 2304 1')]),
    C('Permis de conduire 120775201843 - Yannick Le Goff in La Faute-sur-Mer, where Xynthia filled the bungalows in 2010.', [('licence', '120775201843'), ('name', 'Yannick Le Goff'), ('place', 'La Faute-sur-Mer')]),
    C("Selin Kaya-Brandt runs hanau-erinnern-selin.de and lives two streets from the kiosk in Hanau's Kesselstadt; she's exhausted by journalists.", [('name', 'Selin Kaya-Brandt'), ('url', 'hanau-erinnern-selin.de'), ('place', "Hanau's Kesselstadt")]),
    C('Gabrielle Trudel-Nanibush, DOB Dec 16 1990, from Kanesatake, whose grandmother was behind the barricade in 1990.', [('name', 'Gabrielle Trudel-Nanibush'), ('date', 'Dec 16 1990'), ('place', 'Kanesatake')]),
    C('Destiny Harjo-Tiger in Okmulgee logs in from 172.58.91.207; the tornado sirens on Wednesdays still put her under the desk.', [('name', 'Destiny Harjo-Tiger'), ('place', 'Okmulgee'), ('ip_address', '172.58.91.207')]),
    C('PANSS positive 22, negative 28; Paliperidone (Invega Sustenna) monthly since August. Client\'s family in Ecuador thinks it\'s "mal de ojo". Anyone blending family psychoeducation with a curandero?'),
    C('Olwen Pritchard in Llanrwst got new Phonak aids, serial 2219X4481, and says the river sounds like the flood again.', [('name', 'Olwen Pritchard'), ('place', 'Llanrwst'), ('device', '2219X4481')]),
    C("Susto keeps coming up with my Andean clients in New York State. Rubel, O'Nell and Collado-Ardón's Susto: A Folk Illness is old but useful. Curandera involvement - how do you handle it ethically?"),
    C("GMS medical card GMS 2217 4408 T for Bernadette Nic Aodha in Moyross's Delmege Park end - she can get twelve sessions through CIPC.", [('health_plan', 'GMS 2217 4408 T'), ('name', 'Bernadette Nic Aodha'), ('place', "Moyross's Delmege Park end")]),
    C("Leandro Ferraz Quintela shares a Pix QR on linktr.ee/leandro.jacarezinho for funerals in Jacarezinho; should I mention I've seen it?", [('name', 'Leandro Ferraz Quintela'), ('url', 'linktr.ee/leandro.jacarezinho'), ('place', 'Jacarezinho')]),
    C("Ignacy Ostrowski-Baum runs tours in Kazimierz's Szeroka end and says telling the ghetto story twenty times a week is getting into his sleep.", [('name', 'Ignacy Ostrowski-Baum'), ('place', "Kazimierz's Szeroka end")]),
    C("Yolanda Tzoc Ajpop lost two sons to the Fuego lahar at Los Lotes' chapel side; her pastor in Escuintla's colonia La Esperanza answers +502 5521 8476 and translates from K'iche'.", [('name', 'Yolanda Tzoc Ajpop'), ('place', "Los Lotes' chapel side"), ('place', "Escuintla's colonia La Esperanza"), ('phone', '+502 5521 8476')]),
    C("Rhiannon Pryce-Jenkins shares her nan's story on youtube.com/@nanwyntales; the nan was one of the children who lived under the tip in Aberfan's Moy Road terrace.", [('name', 'Rhiannon Pryce-Jenkins'), ('url', 'youtube.com/@nanwyntales'), ('place', "Aberfan's Moy Road terrace")]),
    C('Aleksandra Vuković, born in a cellar in 1991, emails saska.vuk1986@net.hr from Borovo Naselje\'s shoe-factory blocks and won\'t say the word "siege".', [('name', 'Aleksandra Vuković'), ('email', 'saska.vuk1986@net.hr'), ('place', "Borovo Naselje's shoe-factory blocks")]),
    C('Supervision question: my trainee in Alberta says "IFS parts" to a client who then says "my Manitou". Is there overlap with Indigenous frameworks, or are we appropriating? Any Cree clinicians\' views?'),
    C('Post-shooting school support: the Columbia C-SSRS screener and PFA from the National Child Traumatic Stress Network. Anyone trained in Skills for Psychological Recovery (SPR) who could co-lead in Michigan?'),
    C('Aripiprazole long-acting (Abilify Maintena) and a client who works nights at an Amazon warehouse in Pennsylvania. The psychiatrist wants an Abilify Asimtufii switch. Any experience?'),
    C("Crisis plan for Ailbhe Mac Giolla Phádraig after the Stardust ballroom inquest: her brother's mobile is 087 614 3907 and she stays with him in Coolock's Bunratty estate most weekends, so ring there first if she misses Tuesday.", [('name', 'Ailbhe Mac Giolla Phádraig'), ('place', 'Stardust ballroom'), ('phone', '087 614 3907'), ('place', "Coolock's Bunratty estate")]),
    C("Viktor Sárközi is Roma from Miskolc's Számozott utcák and says the eviction was worse than prison.", [('name', 'Viktor Sárközi'), ('place', "Miskolc's Számozott utcák")]),
    C("Roseline Dorval, DOB Jan. 19, 1972, from Jacmel's La Saline, who came to Montréal-Nord's Pelletier end after the quake and lives with her son's family.", [('name', 'Roseline Dorval'), ('date', 'Jan. 19, 1972'), ('place', "Jacmel's La Saline"), ('place', "Montréal-Nord's Pelletier end")]),
    C('Atomoxetine (Strattera) vs Guanfacine for an adult with ADHD and alcohol use: AUDIT 15, ASRS positive, no stimulants per his probation officer in Arizona. Thoughts before Wednesday?'),
    C("Rafael Vidal Cunha, nascido em 3 de maio de 1991, from Paraisópolis' Rua Herbert Spencer end, where the 2019 baile funk stampede killed his friends.", [('name', 'Rafael Vidal Cunha'), ('date', '3 de maio de 1991'), ('place', "Paraisópolis' Rua Herbert Spencer end")]),
    C("Reminder that Thursday's case conference moves to Friday because of Thanksgiving. Bring your PHQ-9 and GAD-7 trend lines; a guest from the APA division will join for the first hour."),
    C("Discharged 30 Sept 2024 - Theo Abernethy-Clarke in Asheville's River Arts District, whose studio went down the French Broad.", [('date', '30 Sept 2024'), ('name', 'Theo Abernethy-Clarke'), ('place', "Asheville's River Arts District")]),
    C("leonie strasser logged in from 84.158.36.201 in duisburg-neudorf's karl-lehr-straße end, right by the tunnel, and wants to know why she can't go to concerts anymore", [('name', 'leonie strasser'), ('ip_address', '84.158.36.201'), ('place', "duisburg-neudorf's karl-lehr-straße end")]),
    C('For our Portuguese-speaking team: the PHQ-9 in Portuguese from Portugal vs Brazil - any clinically important differences? Clients from Angola and Mozambique in Massachusetts prefer the European one.'),
    C("Amina Jama Warsame, personnummer 19780412-5438, from Rinkeby's Kuddbygränd blocks, asked for a Somali-speaking clinician and a woman.", [('name', 'Amina Jama Warsame'), ('ssn', '19780412-5438'), ('place', "Rinkeby's Kuddbygränd blocks")]),
    C('The Still Face experiment (Tronick) is perfect for teaching parents, but my Haitian families read it as "the mother is tired, of course". Any culturally adapted versions from Florida or Quebec?'),
    C("Elmer Vilca Huarachi, Jr. Huallaga 1045, dpto. 302, Barrios Altos' Cinco Esquinas, Lima 15003, who wants sessions in Aymara if we can find anyone.", [('name', 'Elmer Vilca Huarachi'), ('street_address', 'Jr. Huallaga 1045, dpto. 302'), ('place', "Barrios Altos' Cinco Esquinas"), ('zip_code', 'Lima 15003')]),
    C("Paediatric MRN SK-3318027 for Adaeze Chukwuemeka-Ross in Rexdale's Kipling and Finch corner - transition to adult services in June and she's terrified.", [('medical_record', 'SK-3318027'), ('name', 'Adaeze Chukwuemeka-Ross'), ('place', "Rexdale's Kipling and Finch corner")]),
    C('Marcos Oubiña Rial of A Estrada rolled his van, 4471 KZB, on the N-640 and now wants to sell it before the anniversary.', [('name', 'Marcos Oubiña Rial'), ('place', 'A Estrada'), ('vehicle', '4471 KZB')]),
    C("Ximena Llanquileo Pailahueque is Mapuche from Ercilla's Temucuicui lof and won't come to a clinic with carabineros outside.", [('name', 'Ximena Llanquileo Pailahueque'), ('place', "Ercilla's Temucuicui lof")]),
    C("Oluwaseun Martins-Ferreira is Nigerian-Portuguese, lives in Cova da Moura's Rua Principal end, and the police stop him most weeks.", [('name', 'Oluwaseun Martins-Ferreira'), ('place', "Cova da Moura's Rua Principal end")]),
    C('Reyna Bello Salmerón, Calle Bugambilias 34, int. 5, Colonia Emiliano Zapata, 39850 Acapulco de Juárez, Guerrero, after Otis.', [('name', 'Reyna Bello Salmerón'), ('street_address', 'Calle Bugambilias 34, int. 5'), ('place', 'Colonia Emiliano Zapata'), ('zip_code', '39850'), ('place', 'Acapulco de Juárez')]),
    C('I\'m rereading Irvin Yalom\'s The Gift of Therapy before Christmas. The "create a new therapy for each patient" chapter helps with my Thursday client who rejects every protocol.'),
    C("Ximena Caamaño Lillo set up a memorial page constitucion2010.cl/ximena for her father, lost off Constitución's Isla Orrego in the tsunami.", [('name', 'Ximena Caamaño Lillo'), ('url', 'constitucion2010.cl/ximena'), ('place', "Constitución's Isla Orrego")]),
    C("Harriet Oyelaran-Pike's session came from 2a00:23c7:6d14:9b01::2f, her student house in Levenshulme's Chapel Street end; she was in the foyer at the Arena in 2017.", [('name', 'Harriet Oyelaran-Pike'), ('ip_address', '2a00:23c7:6d14:9b01::2f'), ('place', "Levenshulme's Chapel Street end")]),
    C("CLABE 012180004417728196 for Juana Inés Bautista from Juchitán's Cheguigo, a muxe elder who sells totopos and lost her house in the 2017 quake.", [('account', '012180004417728196'), ('name', 'Juana Inés Bautista'), ('place', "Juchitán's Cheguigo")]),
    C("Terrell Washington-Banks, SSN 412-77-3091, from Palmer's Crossing, wants his disability appeal letter to mention the nightmares from Katrina.", [('name', 'Terrell Washington-Banks'), ('ssn', '412-77-3091'), ('place', "Palmer's Crossing")]),
    C("Who's read Lisa Feldman Barrett's How Emotions Are Made with clients? My Thursday supervisee from Spain uses it to explain interoception before starting Mindfulness-Based Cognitive Therapy."),
    C('Lennart Åkesson-Pihl, hospital record KS-94-00917, in Hägersten; his father was on the Estonia and was never found.', [('name', 'Lennart Åkesson-Pihl'), ('medical_record', 'KS-94-00917'), ('place', 'Hägersten')]),
    C('Ashura and Muharram are coming in July; my Shia clients from Iraq in Michigan find the mourning rituals both healing and triggering. Anyone read Kirmayer or Hinton on this?'),
    C('Agomelatine (Valdoxan) is licensed in the EU but not in the US; my client moving from France to Virginia in August asks what her options are. Bupropion? Vortioxetine (Trintellix)?'),
    C("Winter schedule: no groups on Christmas Eve, Boxing Day or New Year's Day; the Wednesday DBT group moves to Thursday in January. Please update the SimplePractice calendar and tell the Medicaid clients first."),
    C("Naloxone kits and the Buprenorphine microdosing (Bernese method) in Switzerland vs Ontario. Any clinicians who've seen the Swiss model used for Fentanyl users in British Columbia?"),
    C('Anyone else seeing Adderall XR patients switch to Concerta because of the DEA quota? In North Carolina the pharmacies are rationing and my ADHD college kids are crashing in October.'),
    C('Does anyone run the Unified Protocol (Barlow) in Spanish for clients from Venezuela in Florida? The Oxford workbook\'s Spanish edition is Castilian, and my Tuesday group keeps laughing at "ordenador".'),
    C("Clinic card VUL-SK 2204-8813 for Jonas Petraitis-Vaitkus of Naujininkai's railway blocks; he's a long-haul driver on Pregabalin he didn't get from a doctor.", [('medical_record', 'VUL-SK 2204-8813'), ('name', 'Jonas Petraitis-Vaitkus'), ('place', "Naujininkai's railway blocks")]),
    C('CRP 06/148827: Luana Okumura Batista, a Nikkei psychologist in Vila Brasilândia, burned out after the COVID wards.', [('licence', '06/148827'), ('name', 'Luana Okumura Batista'), ('place', 'Vila Brasilândia')]),
    C("We're starting Trauma-Focused CBT (Cohen, Mannarino and Deblinger) for unaccompanied minors from Honduras in Louisiana. Is there a Spanish PRACTICE workbook that isn't Castilian?"),
    C('Working with Mennonite families from Belize and Mexico who settled in Manitoba and Alberta: Low German, no TV, lots of shame. Any clinicians from MCC or Eden Health Care Services here?'),
    C('Working on a Saturday workshop for Latvian and Estonian grandparents in Canada, on Soviet deportations and intergenerational trauma. Any studies from Baltic universities?'),
    C("Isaura Vieira Campos, noventa e nove anos feitos em Junho, in Porto's Bairro do Aleixo, moved after the towers were demolished.", [('name', 'Isaura Vieira Campos'), ('age_over_89', 'noventa e nove anos feitos em Junho'), ('place', "Porto's Bairro do Aleixo")]),
    C("Esther Perel's Mating in Captivity in Spanish for couples work? My clients from Chile and Peru enjoyed it, but the priest at their parish was not amused. Wednesday couples group, anyone?"),
    C("Kørekort DK 3318 4729 for Lasse Thygesen of Christiania; the police took it after the roadside test and now he can't get to the DBT group.", [('licence', 'DK 3318 4729'), ('name', 'Lasse Thygesen'), ('place', 'Christiania')]),
    C('Jéssica Barbosa Lins in Jardim Monte Verde describes the motorbike, RKQ4F19, that carried her son to the UPA too late.', [('name', 'Jéssica Barbosa Lins'), ('place', 'Jardim Monte Verde'), ('vehicle', 'RKQ4F19')]),
    C("Group chat number for Thandiwe-Rose Baptiste's aunties in Brixton Hill is 07723 491 508; she wants them looped in after the eviction, which I'm unsure about under GDPR.", [('name', 'Thandiwe-Rose Baptiste'), ('place', 'Brixton Hill'), ('phone', '07723 491 508')]),
    C('Duloxetine (Cymbalta) for depression with fibromyalgia pain: client in Ohio says her Rheumatologist and her Psychiatrist argue over her. Dose 60mg, PHQ-9 of 15. Thoughts?'),
    C('Ginette Paradis-Leclerc, 318-1455 rue Saint-Vallier Est, Saint-Sauveur de Québec (QC) G1K 3P9, wants the invoice in her maiden name.', [('name', 'Ginette Paradis-Leclerc'), ('street_address', '318-1455 rue Saint-Vallier Est'), ('place', 'Saint-Sauveur de Québec'), ('zip_code', 'G1K 3P9')]),
    C('Does anyone know if Medicare Part B now covers LMFTs and LMHCs for telehealth from home? The CMS rule from January was confusing and my clients in Vermont are asking.'),
    C('Fabienne Zufferey drove the last car, VS 48213, out of Blatten before the glacier came down and feels she should have gone back.', [('name', 'Fabienne Zufferey'), ('vehicle', 'VS 48213'), ('place', 'Blatten')]),
    C("Bogna Zielińska, ur. 19.V.1994, from Wrocław's Kozanów, born three years before the flood her parents never stop talking about.", [('name', 'Bogna Zielińska'), ('date', '19.V.1994'), ('place', "Wrocław's Kozanów")]),
    C('For our supervisors in Catalonia: the COPC ethics code vs the APA code on dual relationships in small towns. My supervisee keeps running into clients at the Diada and at the castellers.'),
    C('MoCA 22, MMSE 25; neurologist in Ontario suspects mixed dementia. Family wants Donepezil (Aricept). Client is a retired nurse who reads everything on the Alzheimer Society website. Any grief work?'),
    C('Clozapine monitoring in rural Montana: ANC every week for six months, and the nearest lab is two hours away. Does the REMS change from February make this easier?'),
    C("Kenji Morales-Uehara grew up in East Los Angeles' City Terrace, Japanese-Mexican, and his grandmother's internment camp stories come up every session.", [('name', 'Kenji Morales-Uehara'), ('place', "East Los Angeles' City Terrace")]),
    C("Ketamine-assisted psychotherapy in Canada: is Health Canada's Special Access still the route for psilocybin, or has anything changed since the Alberta regulations? A Métis client is asking."),
    C("Tayshawn Merriweather in Flint's North End shares his Dexcom transmitter 3LK9QX4 with his mum and fights with her about the alarms.", [('name', 'Tayshawn Merriweather'), ('place', "Flint's North End"), ('device', '3LK9QX4')]),
    C('Aksel Sørensen-Holm writes from aksel.sh@privat.dk in Nørrebro\'s Stengade end asking if EMDR works "if you weren\'t technically there".', [('name', 'Aksel Sørensen-Holm'), ('email', 'aksel.sh@privat.dk'), ('place', "Nørrebro's Stengade end")]),
    C("Anyone offering CBT-I (Perlis, Morin) in French in New Brunswick? My Acadian client's ISI is 22, on Zopiclone 7.5mg for three years, and the sleep clinic in the province has a 14-month wait."),
    C("Tricare TRI-884015327: Marcus Delagarza, two tours, now in Harker Heights' Indian Oaks end with a wife who's done with his drinking.", [('health_plan', 'TRI-884015327'), ('name', 'Marcus Delagarza'), ('place', "Harker Heights' Indian Oaks end")]),
    C('In my Friday DBT group a participant from Cuba compares Distress Tolerance to "resolver" - the Cuban word for getting by. Would love to hear how South Florida clinicians use that.'),
    C("Sertraline in pregnancy: the Mother To Baby line in California says fine; the OB in Nevada says taper. Third trimester, EPDS 16. I'd like a peri-psych opinion before Monday."),
    C("Client on Lorazepam 2mg daily for eleven years, wants off. Ashton Manual, slow Diazepam crossover, GP in Yorkshire is on board. What's your experience with the Withdrawal Clinic model?"),
    C('Trying to understand "nervios" versus GAD for Guatemalan clients in Nebraska. Is there a K\'iche\' or Mam version of the GAD-7, or do we rely on interpreters from the Catholic Charities office?'),
    C("Jaylen Stroud-McKnight in West Englewood's Hamilton Park end says the ankle monitor, unit 7704188, rubs raw and that he can't attend group across the boundary.", [('name', 'Jaylen Stroud-McKnight'), ('place', "West Englewood's Hamilton Park end"), ('device', '7704188')]),
    C("Client Beñat Etxeberria Goikoetxea from Otxandio gave his sister's landline 946 31 27 84 as his only contact - he refuses to own a mobile since the ETA years.", [('name', 'Beñat Etxeberria Goikoetxea'), ('place', 'Otxandio'), ('phone', '946 31 27 84')]),
    C("Brexpiprazole (Rexulti) as an add-on to Escitalopram: anyone seen the akathisia early? Client starts Monday, 0.5mg, and she's a marathon runner training for a race in April, which makes me nervous."),
    C("New to the EU AI Act and therapy notes: does anyone know if our Irish practice software (using OpenAI) falls under it? The Data Protection Commission hasn't said anything since March."),
    C('Tanisha Okwuosa-Reid works the grill at Halibut Point Diner in Lanesville and the owner yells at her when she cries.', [('name', 'Tanisha Okwuosa-Reid'), ('place', 'Halibut Point Diner'), ('place', 'Lanesville')]),
    C("Discharge summary for Hamish Drummond-Kerr faxed from the practice in Dunblane's Ramoyle estate on 01786 822419; the anniversary in March always flattens him.", [('name', 'Hamish Drummond-Kerr'), ('place', "Dunblane's Ramoyle estate"), ('fax', '01786 822419')]),
    C("Zoom flagged 2804:14c:5b80:8a3f::1c for Renata Campos Ribeiro; she was in Jacarezinho during the 2021 raid and connects from a neighbour's.", [('ip_address', '2804:14c:5b80:8a3f::1c'), ('name', 'Renata Campos Ribeiro'), ('place', 'Jacarezinho')]),
    C('Bonfire Night fireworks trigger my veterans every November. Anyone use the Combat Stress charity resources in England, or ask the council to move displays? PCL-5 of 51.'),
    C("Paroxetine is a nightmare to taper. Client in Florida on Paxil 40mg for twenty years, now pregnant, OB says stop. Any perinatal psychiatrists from a Women's Mental Health centre here?"),
    C("Venmo @marisela-o-2291 - Marisela Ortuño in Pharr's Las Milpas colonia - paid twice by mistake, and I don't want to refund through her husband's phone.", [('account', '@marisela-o-2291'), ('name', 'Marisela Ortuño'), ('place', "Pharr's Las Milpas colonia")]),
    C("ok so kayla mcentire texted from swannanoa's bee tree road end again, number is (828) 555-0193 - she's been sleeping in the fellowship hall since Helene took the trailer, PCL-5 through the roof", [('name', 'kayla mcentire'), ('place', "swannanoa's bee tree road end"), ('phone', '(828) 555-0193')]),
    C("Danish CPR 140391-2837, Mikkel Frandsen-Aabo in Vollsmose's Bøgeparken; the kommune wants a statement before the sick leave runs out.", [('ssn', '140391-2837'), ('name', 'Mikkel Frandsen-Aabo'), ('place', "Vollsmose's Bøgeparken")]),
    C("Vasilis Kontogiannis from Mati's Kokkinos Limanakis road - Evangelismos record ΕΥΑ 2018/55213 - ran into the sea with his granddaughter in 2018.", [('name', 'Vasilis Kontogiannis'), ('place', "Mati's Kokkinos Limanakis road"), ('place', 'Evangelismos'), ('medical_record', 'ΕΥΑ 2018/55213')]),
    C("For those doing Open Dialogue: did Seikkula's Finnish model translate into your NHS or VA setting at all, or is it only viable in Lapland-style teams? Asking for our Vermont pilot."),
    C("AHV number 756.3047.5009.62, Reto Camenzind from Bondo's lower village, who lost the barn and the dog to the 2017 slide and talks only about the dog.", [('ssn', '756.3047.5009.62'), ('name', 'Reto Camenzind'), ('place', "Bondo's lower village")]),
    C('Annalisa D\'Ercole, Via Madonna del Piano 8, 67100 Paganica, in the prefab her family still calls "temporary" fifteen years on.', [('name', "Annalisa D'Ercole"), ('street_address', 'Via Madonna del Piano 8'), ('zip_code', '67100'), ('place', 'Paganica')]),
    C('On Holocaust Remembrance Day my Jewish clients in Argentina always spiral. Anyone from the AMIA community in Buenos Aires Province who does trauma group work in Spanish and Yiddish?'),
    C('Mauricio Tolosa Ferrer from Altos de San Lorenzo watched his neighbour drown in the car AE 419 KT in the 2013 flood.', [('name', 'Mauricio Tolosa Ferrer'), ('place', 'Altos de San Lorenzo'), ('vehicle', 'AE 419 KT')]),
    C('Imogen Faraday-Holt teaches at Scoil Bhríde Naofa in Donnycarney and a pupil disclosed to her yesterday.', [('name', 'Imogen Faraday-Holt'), ('place', 'Scoil Bhríde Naofa'), ('place', 'Donnycarney')]),
    C("Sanne Kuipers-Oyelowo in Kanaleneiland's Marshallaan end pays from NL62 RABO 0318 4471 95, her mother's account, which I don't love.", [('name', 'Sanne Kuipers-Oyelowo'), ('place', "Kanaleneiland's Marshallaan end"), ('account', 'NL62 RABO 0318 4471 95')]),
    C("Siddharth Raghunathan-Ortiz used his work address sraghunathan@lakewoodtitle.com; he's in Lakewood Ranch's Greenbrook village and still hasn't opened the Ian claim letters.", [('name', 'Siddharth Raghunathan-Ortiz'), ('email', 'sraghunathan@lakewoodtitle.com'), ('place', "Lakewood Ranch's Greenbrook village")]),
    C("Austrian SVNR 1237 010180 for Herta Pichlmayr from Galtür's Wirl hamlet; she was a girl in the 1999 avalanche and the snow this year has her up all night.", [('ssn', '1237 010180'), ('name', 'Herta Pichlmayr'), ('place', "Galtür's Wirl hamlet")]),
    C('Colombian colleagues: Ley 1616 de 2013 guarantees mental health care, but EPS Sura keeps denying trauma sessions. Has the Superintendencia de Salud actually sided with patients recently?'),
]

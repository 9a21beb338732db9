"""SEVENTY-FOURTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), scripts/, bench/,
adapters/ or storage/, did not run the guard, bench/guard_eval.py or any
test that imports or runs the guard, did not run git log, git status,
git diff or git show at all, and did not read README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or the snippets of eval_set.py,
dev_extra.py, locked_set.py or locked_set_2.py ... locked_set_73.py (set
75, written at the same time in another worktree, was not seen at all:
neither its worktree nor its draft folder was opened or listed).  What
was read: the module docstrings of locked_set_70.py and locked_set_72.py
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
programmatically and printed only this set's own clashing strings.  The
only test run was test_locked_sets.py (selected with -k 74); ruff was
run on this file and on that test file.  No slip of the reading rules
occurred.

Every snippet is set in Europe and the Americas (England, Wales,
Scotland, Northern Ireland, Ireland, Spain and the Basque Country,
Portugal and Madeira and the Azores, Italy and Sardinia, France,
Germany, Austria, Switzerland, the Netherlands, Belgium, Norway, Sweden,
Denmark, the Faroes, Finland, Estonia, Czechia, Slovakia, Poland,
Hungary, Romania, Bulgaria, Greece, Serbia, Bosnia, Croatia, Albania,
Montenegro, Ukraine, Moldova, Iceland; the US, Canada, Mexico,
Guatemala, El Salvador, Nicaragua and Costa Rica, Colombia, Ecuador,
Peru, Bolivia, Chile, Argentina, Brazil, Haiti, Jamaica, the Dominican
Republic, Cuba, St Vincent, the Bahamas, Puerto Rico and Trinidad) and in
diasporas there (Ukrainians in Poland and Germany, Somalis in Sweden,
Congolese in Belgium, Albanians in Italy, Nicaraguans in Costa Rica,
Venezuelans in Colombia, Haitians in Quebec and the US, Tamil, Sikh and
Filipino Canadians, Vietnamese and Japanese Americans, Angolan and Cape
Verdean Portuguese, Bosnians in Sweden).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty-five minutes in all), as a consultation request
or a chat message to peers in a therapists' consultation group, dense
with capitalised terms like sets 70 and 72, with settings chosen to
differ from those named in set 70's docstring: the 2017 tower fire, the
2021 Keyham shooting, Storm Dennis, Storm Desmond, the 2013 helicopter
crash into a bar, the 2024 dance class stabbing, the Creeslough
explosion, the November 2023 riots, Novichok 2018, the 2023 city-centre
attacks, the Troubles; DANA 2024 and a 2024 tower block fire, the 2010
Madeira floods, a 2023 nightclub fire in Murcia, the 2023 Calabrian
shipwreck, the 2023 Emilia-Romagna floods, a 2022 island landslide,
rail workers killed in 2023, the 2023 lakeside playground attack and
school attack in France, Storm Alex, a 2018 building collapse, Lubrizol
smoke, the 2024 festival stabbing, a 2025 car-ramming, a December 2024
car attack, the Love Parade, a 2025 school shooting in Styria, the 2020
attack in Austria, a 2025 glacier collapse, a 2019 tram shooting, the
Groningen gas quakes, the 2021 Limburg flood, a 2018 shooting in
Wallonia, a 2020 quick-clay slide, a 2021 bow-and-arrow attack, a 2022
Pride shooting, a 2025 adult-school shooting, a 2024 school shooting in
Finland, the Estonia ferry, a December 2023 university shooting, the
2024 floods in Poland, a 2019 Danube boat sinking, a 2023 gas station
explosion, a 2016 derailment, the 2023 train crash and shipwreck in
Greece, Storm Daniel, a 2023 school shooting and a 2024 station canopy
collapse in Serbia, 2024 floods in Bosnia, the 2019 Albania quake, a
2022 shooting in Montenegro, strikes on an apartment block and a mall in
Ukraine, occupation, the Eyjafjallajökull ash; a 2021 condo collapse,
a 2023 bowling alley shooting, a 2023 derailment in Ohio, a 2024 bridge
collapse, a 2023 school shooting, a 2022 supermarket shooting, a 2016
nightclub shooting, a 2017 festival shooting, a 2019 store shooting, a
2018 synagogue shooting, a 2021 grocery store shooting, a Mississippi
water crisis, the Marshall and January 2025 fires, Harvey, the 2022
Kentucky floods, the 2023 Vermont floods, Milton, Sandy, a 2013 rail
disaster in Quebec, the 2023 NWT evacuation, the 2023 BC fires, the
2023 Nova Scotia floods, Hurricane Otis, a 2021 metro collapse, a 2019
pipeline explosion, a 2017 shelter fire, the state of exception in El
Salvador, the 2018 protests in Nicaragua, the 2016 Ecuador quake, 2021
prison massacres, 2023 protests in Peru, a 2019 massacre in Bolivia,
2024 fires in Chile, the 2019 estallido, the 1994 AMIA bombing, a 2019
dam collapse, the 2024 RS floods, a 2016 football air crash, the 2021
Haiti quake and 2024 gang violence, Beryl, a 2025 nightclub roof
collapse, the 2022 Matanzas fire, the 2021 Soufrière eruption, Dorian
and the 2020 Puerto Rico quakes; and ordinary lives (farmers, a
shepherd, fishers, a baker, a waiter, café and shop keepers, a
potato seller, a weaver, a bus driver, teachers, nurses, a paramedic).
Short referral lines, faxes, portal and telehealth logs by IP address,
device notes, payment lines and leaked links, rushed lower-case chat
(six identifier snippets write names and places in lower case), and 72
identifier snippets that hold only names and/or places, written as
ordinary consultation prose, often with the name at the start of a
sentence.  Nothing was composed by a script: the author wrote the
snippets in plain text files outside the repository (/tmp/set74work/)
with the planted spans marked inline, and a script there only stripped
the marks into the expected lists, checked lengths, token boundaries,
single occurrence, duplicate spans, repeated values and duplicate
snippets, counted capitalised words in the clean snippets, checked
overlap with the earlier sets, shuffled the order with a fixed seed (74)
and wrote this file.  Every later edit was typed by hand as a
find-and-replace pair that a small script (or sed) applied to the drafts
(about 170 pairs in all); one identifier snippet was dropped whole by a
script filter chosen by hand; this is stated here.

Edits made after drafting, stated here: about a dozen false starts and
asides typed into the drafts (a name, a place, an event or a health
plan value followed by "... correction", "... rewrite:", "- no wait",
"... no", "- no, wrong group", "? No, I'll say", "... sorry", "...
better:", "Hmm", and one snippet whose name was a clinician's, with
"sorry") were removed with their values, leaving only the corrected
text, or the snippet was dropped; a descriptor typed inside a name span
("Abenaki elder") was moved outside it.  In a review, about seventy
cities, towns and venues written unlabelled in identifier snippets
(mostly in the names of the events above, after postal codes and after
"now in") were replaced by a generic phrase ("the 2024 festival
stabbing", "now on the mainland"), their country, state or region, or
were labelled as places (three towns after postal codes and two in
event names).  Known limitation, stated here: a few hospitals remain
inside the names of record numbers (Beaumont, AP-HP, UPMC), a few
localities remain inside street addresses and place spans, and a few
event names keep a region or island (Madeira, Groningen, Limburg,
Matanzas, Murcia, the Danube, Eyjafjöll inside a farm's name); a guard
that flags them is not wrong.  In the clean snippets a dialect area, a
health board, a hospital, three cities typed in asides, two
universities, a province and an author the writer could not vouch for
were replaced by a region, a national body or a generic phrase.
Overlap with the earlier sets was resolved by renaming only this set's
planted values: 45 values in the first round (names given a second
surname or a longer form, places given a lane, end, row, block, lot or
square, postal codes, an IP address, an ID number, a licence number and
an age given a feast), 3 in the second; the last pass found nothing.

Local identifier formats: UK National Insurance number, Irish PPSN,
Spanish DNI, Portuguese NIF, Italian codice fiscale, French NIR, German
Steuer-ID, Austrian SVNR, Swiss AHV, Dutch BSN, Belgian
rijksregisternummer, Norwegian fødselsnummer, Swedish personnummer,
Danish CPR, Finnish HETU, Estonian isikukood, Icelandic kennitala,
Polish PESEL and PESEL UKR, Czech rodné číslo, Romanian CNP, Bulgarian
EGN, Greek AMKA and asylum card, Serbian, Bosnian and Montenegrin JMBG,
an Albanian's Italian permit, Ukrainian RNOKPP and ID card, Moldovan
IDNP, US SSN and ITIN, Canadian NAS and a status number, Mexican CURP,
Guatemalan DPI, Salvadoran DUI, Costa Rican DIMEX, Ecuadorian and
Dominican cédulas, Peruvian DNI, Bolivian CI, Chilean RUN, Argentine
DNI, Brazilian CPF, Haitian NIF, Jamaican TRN, Cuban carné and Bahamian
NIB (ssn); NHS, CHI, Northern Irish H&C, Child Health, Beaumont, MMUH,
AP-HP, CHU, São João, Bergen, Polish hospital, UPMC, IHS and prosthetic
clinic numbers (medical_record); GMS, Laya, Valencian SIP, SNS utente,
tessera sanitaria, carte Vitale, AOK, TK, Helsana, Zilveren Kruis,
Belgian mutualité, Danish sygesikring, VZP, TAJ, Florida Blue, MaineCare,
Ohio, Mississippi, Vermont and Texas Medicaid, TennCare, Medi-Cal,
Medicare MBI, RAMQ, NWT, BC PHN, NS MSI, OHIP, Manitoba PHIN, IMSS,
SIS, Isapre, PAMI, SUS CNS, NHF, ARS and Plan Vital (health_plan);
Scottish, Florida, Kentucky, Michigan, Ontario and Swedish driving
licences, a Brazilian CNH, HCPC, a Nevada RN, a Colorado pharmacist,
CRPO and an Argentine matrícula (licence); UK, Spanish, Italian, German,
Polish, Greek, US state, Mexican, Chilean, Brazilian Mercosur and
Swedish plates (vehicle); devices (an insulin pump, a cochlear
processor, hearing aids, a Libre sensor, an oxygen concentrator, an
ICD, a CPAP, a pacemaker, an Omnipod PDM, a Dexcom receiver, a
prosthetic leg, a LifeVest); payments (a UK sort code and account, a
Monzo account, Italian and Polish IBANs, Swish, MobilePay, PIX,
MonCash, Venmo, Zelle, Interac, Nequi, Mercado Pago); addresses written
the local way with postal codes of those countries; dates slashed, ISO,
dotted, in words (English, Italian, Polish, Portuguese), weekday-led and
with times; IPv4 and IPv6 addresses, URLs, and phone and fax numbers in
local and international formats.

404 snippets, 246 with identifiers and 158 clean (lengths 68-208,
within the test's bounds of 40-520).  Every pattern category appears at
least 12 times (the test requires 12): date 14, age_over_89 16, phone
25, fax 14, email 14, url 12, ip_address 12, ssn 53, medical_record 14,
health_plan 37, account 14, licence 12, vehicle 14, device 13,
street_address 28, zip_code 26; with 247 names and 208 places smaller
than a state (the test requires 247 and 208).  Ages over 89 are written
in words, in English, French, Italian, German, Spanish, Norwegian,
Greek, Bosnian and Ukrainian (transliterated), often with a feast or a
season.

Names: English, Cornish, Welsh, Scottish and Gaelic, Irish and
Irish-language, Northern Irish, Ghanaian, Nigerian and Zimbabwean
British, Valencian, Canarian, Basque, Portuguese and Azorean, Italian
and Sardinian, French, Maghrebi French, Senegalese French, German,
Turkish German, Austrian, Serbian Austrian, Swiss, Dutch, Moroccan
Dutch, Flemish, Congolese Belgian, Rwandan French, Norwegian, Swedish,
Somali Swedish, Finnish, Estonian, Danish, Faroese, Icelandic, Czech,
Slovak, Polish, Kenyan Polish, Hungarian (family name first), Romanian,
Bulgarian Turkish, Greek, Egyptian, Serbian, Bosnian, Croatian,
Albanian, Montenegrin, Ukrainian, Russian, Moldovan, Jewish American,
Québécois, Cajun, Appalachian, Latino, Vietnamese American, Japanese
American, African American, Diné, Lakota, Yakama, Abenaki, Tłı̨chǫ,
Cree, Punjabi Canadian, Tamil Canadian, Haitian, Mexican, Maya
(K'iche' and Kaqchikel), Salvadoran, Nicaraguan, Afro-Ecuadorian,
Afro-Colombian, Quechua, Aymara, Mapuche, Chilean, Argentine, Italian
Argentine, Brazilian, Pomeranian Brazilian, Indigenous Brazilian,
Jamaican, Indo-Trinidadian, Vincentian, Bahamian, Dominican, Cuban and
Puerto Rican names, with lower-case names, hyphenated and multi-part
names, double surnames, Ní, Ó, mac, de, van der, da and dos, and
diacritics.  Places: estates, farms, steadings, almshouses, piers,
coves, surgeries, schools, gaelscoileanna and ikastolas, crèches,
pharmacies, filling stations, cafés, bakeries, a chippy, Spanish
barris and alquerias, Portuguese lugares and bairros, Italian frazioni,
contrade, poderi and rioni, French hameaux and cités, German
Siedlungen, Kleingärten and kiosks, a Beisl, Swiss farms, Dutch
buurthuizen and boerderijen, Norwegian gards and borettslag, Swedish
centrum and by, Faroese and Icelandic settlements, Estonian külad,
Czech chaty and sídliště, Polish osiedla and wsie, Hungarian tanyas,
Romanian blocks and farms, Bulgarian kvartali, Greek camps and
plateies, Bosnian mahalas, Albanian lagje, Serbian kafanas, Ukrainian
mikroraiony, US subdivisions, trailer courts, hollows, chapters,
housing projects, rowhomes, longhouses, bayou landings and marinas,
Canadian reserves, quais and town centres, Mexican colonias and
ranchos, Guatemalan aldeas and cantones, Salvadoran cantones,
Costa Rican sectors, Ecuadorian barrios, Andean markets and
asentamientos, Chilean poblaciones and lofs, Argentine villas,
Brazilian morros, fazendas and escolas, Haitian lycées, Jamaican
markets and beaches, Vincentian villages and Bahamian lanes.

Clean snippets: peer-consultation messages, questions, reading-group
notes and scheduling chatter, dense with capitalised words after the
first word of each sentence (1250 in 158 snippets, about 7.9 per
snippet, counted by the author's script, acronyms included and the
pronoun "I" excluded; 3 have fewer than four): drug brands and
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

LOCKED74_CASES = [
    C('Quetiapine 25 mg for sleep in the elderly: the Beers Criteria (AGS 2023) say no. The STOPP/START criteria (Ireland) say no too. Still common in Portugal.'),
    C('2024 gang violence, Fritznel Joseph-Ambroise, now at 18 Wales St, 2nd fl, MA 02124-4417.', [('name', 'Fritznel Joseph-Ambroise'), ('street_address', '18 Wales St, 2nd fl'), ('zip_code', '02124-4417')]),
    C('Cuban clients in Florida: Cuban Spanish idioms of distress - "ataque de nervios" (Guarnaccia) and "nervios" - appear in the DSM-5-TR Cultural Formulation Interview. Anyone use the CFI?'),
    C('Glacier collapse 2025: Cyrill Rieder-Kalbermatten, farmer, lost the chalet at Ried im Lötschental hamlet; AHV 756.4821.0937.56, Helsana H-77031826.', [('name', 'Cyrill Rieder-Kalbermatten'), ('place', 'Ried im Lötschental'), ('ssn', '756.4821.0937.56'), ('health_plan', 'H-77031826')]),
    C("Ozempic (Semaglutide 1 mg) and mood: the EMA's PRAC reviewed suicidality in 2023 and found no link. The FDA agreed in January 2024. Thoughts on binge eating clients?"),
    C('Albania quake 2019: Arben Toska, 44, Italian residence permit RM0384126, family in lagjja nr. 13 Durrës. Works at Pizzeria Da Gjergji.', [('name', 'Arben Toska'), ('ssn', 'RM0384126'), ('place', 'lagjja nr. 13 Durrës'), ('place', 'Pizzeria Da Gjergji')]),
    C("note from chat: aurélien fabre-ndiaye says he's staying at le hameau des coustes until the school term. is that avoidance or sense?", [('name', 'aurélien fabre-ndiaye'), ('place', 'le hameau des coustes')]),
    C('Canadian Indigenous: the NIHB Mental Health Counselling benefit covers 22 sessions. Hope for Wellness Helpline works in Cree, Ojibwe and Inuktitut.'),
    C("Violeta Cârstea-Moraru came in crying because her brother was taken from Sohodol fermă to Italy to pick fruit and hasn't called since Easter.", [('name', 'Violeta Cârstea-Moraru'), ('place', 'Sohodol fermă')]),
    C('Italian colleagues: Rosaria Scalzo Ferraiuolo, survivor of the 2023 Calabrian wreck interpreter team, tessera 80380005481927364510, CF SCLRSR79M52C352T. Lives in Steccato di Cutro lungomare frazione.', [('name', 'Rosaria Scalzo Ferraiuolo'), ('health_plan', '80380005481927364510'), ('ssn', 'SCLRSR79M52C352T'), ('place', 'Steccato di Cutro lungomare')]),
    C('Dalibor Kovačević runs Pekara Kod Dalibora in Kvart Sveti Duh and his son witnessed the shooting.', [('name', 'Dalibor Kovačević'), ('place', 'Pekara Kod Dalibora'), ('place', 'Kvart Sveti Duh')]),
    C('Dexcom G7 receiver SN 4R7120966KX dropped in session by Nikolaos Pappas-Grier, who startles at sirens since the train crash.', [('device', 'SN 4R7120966KX'), ('name', 'Nikolaos Pappas-Grier')]),
    C('My client Saoirse Ní Mhurchú moved from Carraroe Cross to be near her sister in Knocknacarra Park Grove and the move has undone a lot of our progress.', [('name', 'Saoirse Ní Mhurchú'), ('place', 'Carraroe Cross'), ('place', 'Knocknacarra Park Grove')]),
    C('The German S3-Leitlinie Posttraumatische Belastungsstörung recommends TF-KVT and EMDR; the Techniker Krankenkasse pays for both but the Kassenärztliche Vereinigung waitlist is long in Bavaria.'),
    C('BC fires 2023: Harpreet Kaur Dhaliwal, BC PHN 9874 209 331, orchard at Joe Rich Bench, IP 24.69.181.214.', [('name', 'Harpreet Kaur Dhaliwal'), ('health_plan', '9874 209 331'), ('place', 'Joe Rich Bench'), ('ip_address', '24.69.181.214')]),
    C('Referral line: Aleksander Nowicki-Brzoza, ur. 12 listopada 1973, nr historii choroby SZP/24/118093, fax +48 71 327 40 18.', [('name', 'Aleksander Nowicki-Brzoza'), ('date', '12 listopada 1973'), ('medical_record', 'SZP/24/118093'), ('fax', '+48 71 327 40 18')]),
    C('Marshall Fire 2021: Garrett Lindqvist lost his house at Sagamore neighborhood, insurance portal https://claims.statefarm.com/c/MF-2021-18834. Tel (303) 604-5187.', [('name', 'Garrett Lindqvist'), ('place', 'Sagamore neighborhood'), ('url', 'https://claims.statefarm.com/c/MF-2021-18834'), ('phone', '(303) 604-5187')]),
    C("Bridge collapse 2024: Jhonatan Mejía Cardona, crew member's brother, ITIN 941-77-3082; lives at 3317 Fleet St, Basement, MD 21224.", [('name', 'Jhonatan Mejía Cardona'), ('ssn', '941-77-3082'), ('street_address', '3317 Fleet St, Basement'), ('zip_code', '21224')]),
    C('Latvian clients: the NVD pays for ten sessions. Latvian versions of the PHQ-9 and GAD-7 are on the SPKC site.'),
    C('Anjali Ramkissoon-Baptiste, Indo-Trinidadian, cooks at Debe roti shop corner and has nightmares of the flood every rainy season.', [('name', 'Anjali Ramkissoon-Baptiste'), ('place', 'Debe roti shop corner')]),
    C("Peruvian Quechua speakers: the PHQ-9 in Quechua Collao was validated by Peruvian researchers. MINSA's Centros de Salud Mental Comunitaria now number over 270 in Peru."),
    C("Zopiclone 7.5 mg for a Swedish client during midsummer. The Läkemedelsverket advises short courses. CBT-I (Harvey's protocol) in Swedish is on 1177."),
    C('The UK Online Safety Act and the NSPCC guidance on sharing sexts of minors: our CAMHS clients in England and Wales. Any DSLs here?'),
    C("Sikh families in British Columbia: the Punjabi version of the EPDS works well. Vaisakhi is in April so expect cancellations. BC's MSP doesn't cover psychologists."),
    C("Client Kwabena Ashworth-Mensah asked me to email his GP at reception.ardwick.green@nhs.net and his HCPC number is PYL 048213 (he's an OT himself).", [('name', 'Kwabena Ashworth-Mensah'), ('email', 'reception.ardwick.green@nhs.net'), ('licence', 'PYL 048213')]),
    C('Ahmed Jama Warsame, Somali Swedish, lives at Vivallavägen 9 lgh 1104, 702 21; cousin of a student at the campus. Mail a.j.warsame@telia.se.', [('name', 'Ahmed Jama Warsame'), ('street_address', 'Vivallavägen 9 lgh 1104'), ('zip_code', '702 21'), ('email', 'a.j.warsame@telia.se')]),
    C("The 2022 island landslide - Ciro Mattera has a Fiat Panda plate FR 482 KW that was half buried at Piazza Maio; he won't drive it but won't sell it.", [('name', 'Ciro Mattera'), ('vehicle', 'FR 482 KW'), ('place', 'Piazza Maio')]),
    C('Basque-speaking clients in Euskadi: Osakidetza has Basque versions of the HADS. Any good Basque-language CBT workbooks? The Spanish Consejo General de la Psicología lists none.'),
    C("Device note: Philippa Grasmere's ICD Medtronic Cobalt XT SN PZX618402S fired during the stabbing anniversary; cardiology aware.", [('name', 'Philippa Grasmere'), ('device', 'Medtronic Cobalt XT SN PZX618402S')]),
    C("Cuba Matanzas fire 2022: firefighter's mother Odalys Rizo Cabrera, carné 64021807431, address Calle 290 e/ 127 y 129, Matanzas.", [('name', 'Odalys Rizo Cabrera'), ('ssn', '64021807431'), ('street_address', 'Calle 290 e/ 127 y 129')]),
    C('The 2018 building collapse - Nassim Benhaddou lost his neighbour; he moved to la Cité Bassens and works nights at Boulangerie Le Fournil du Canet.', [('name', 'Nassim Benhaddou'), ('place', 'la Cité Bassens'), ('place', 'Boulangerie Le Fournil du Canet')]),
    C("Kentucky floods 2022: Corbin Slone, coal miner's son, in upper Lotts Creek hollow; KY DL S402-117-385, truck KY 219 XRP.", [('name', 'Corbin Slone'), ('place', 'upper Lotts Creek hollow'), ('licence', 'S402-117-385'), ('vehicle', 'KY 219 XRP')]),
    C('Mall strike 2022 - Taras Bilous, ID card 004172836, in Germany now, Wohnheim Tegel Terminal C Ankunftszentrum.', [('name', 'Taras Bilous'), ('ssn', '004172836'), ('place', 'Tegel Terminal C Ankunftszentrum')]),
    C("Link: https://patient.portal.sjog.ie/u/8813702 - Niamh Ui Dhubhghaill's portal, shared by mistake.", [('url', 'https://patient.portal.sjog.ie/u/8813702'), ('name', 'Niamh Ui Dhubhghaill')]),
    C('Device: CPAP ResMed AirSense 11 SN 23211748392 for Ulrich Bernhard Kaltenbach, lost in the 2021 flood; the client lives at Dernau Winzerhof.', [('device', 'ResMed AirSense 11 SN 23211748392'), ('name', 'Ulrich Bernhard Kaltenbach'), ('place', 'Dernau Winzerhof')]),
    C('Milton 2024: Sheree Pettaway, oxygen concentrator Inogen One G5 SN 1620K48823 died when the power went; lives at Palmetto Shores Mobile Park.', [('name', 'Sheree Pettaway'), ('device', 'Inogen One G5 SN 1620K48823'), ('place', 'Palmetto Shores Mobile Park')]),
    C("Creeslough Cross Roads follow-up: Donncha Ó Gallchobhair lost his cousin at the shop; PPSN 8471936TA, GMS card GM 55103872. He farms at Faugher Upper and won't come into town.", [('place', 'Creeslough Cross Roads'), ('name', 'Donncha Ó Gallchobhair'), ('ssn', '8471936TA'), ('health_plan', 'GM 55103872'), ('place', 'Faugher Upper')]),
    C('French case: Maëlys Abdelkader-Roussel, 6, in the 2023 lakeside playground attack; carte Vitale 2 17 06 74 010 219 48. School: École du Pâquier Haut.', [('name', 'Maëlys Abdelkader-Roussel'), ('health_plan', '2 17 06 74 010 219 48'), ('place', 'École du Pâquier Haut')]),
    C('Ukraine: apartment block strike Jan 2023, Oksana Hrytsenko-Levchuk, RNOKPP 3024118765, now at ul. Wrocławska 66 m. 12, 30-389. PESEL UKR 89042311427.', [('name', 'Oksana Hrytsenko-Levchuk'), ('ssn', '3024118765'), ('street_address', 'ul. Wrocławska 66 m. 12'), ('zip_code', '30-389'), ('ssn', '89042311427')]),
    C('El Salvador: Wilber Amaya Portillo, detained under the state of exception, DUI 04728193-6; mother in cantón El Limón arriba.', [('name', 'Wilber Amaya Portillo'), ('ssn', '04728193-6'), ('place', 'cantón El Limón arriba')]),
    C("Scottish licence CAIRNE703156AB9KL belongs to the client's son, Euan Cairney, who keeps turning up at Kilbowie Lane Pharmacy where she works. Safety plan help?", [('licence', 'CAIRNE703156AB9KL'), ('name', 'Euan Cairney'), ('place', 'Kilbowie Lane Pharmacy')]),
    C('Danish colleagues: the Danish Regions (Danske Regioner) pay psychologists for PTSD referrals. The Dansk Psykolog Forening has a Danish PCL-5.'),
    C('RS floods 2024: Eduardo Schneider Kuhn, CNS SUS 898 0041 7725 3301, rua Rua Voluntários da Pátria 2210, ap. 301, 90230-087; bairro Sarandi Vila Elizabeth.', [('name', 'Eduardo Schneider Kuhn'), ('health_plan', '898 0041 7725 3301'), ('street_address', 'Rua Voluntários da Pátria 2210, ap. 301'), ('zip_code', '90230-087'), ('place', 'Sarandi Vila Elizabeth')]),
    C('Haloperidol 5 mg IM PRN in a Haitian clinic: the MSPP guidance is sparse. Partners In Health and the WHO mhGAP Intervention Guide in Kreyòl help.'),
    C('Question on the Mental Health (Wales) Measure 2010 versus the Mental Health Act 1983: can a Welsh GP refer directly to Part 1 services if the client is English-registered?'),
    C('Car attack of December 2024 - Bärbel Nitzschke, einundneunzig seit Pfingsten, lives at Neustädter Feld Block 6 and watched it all from her balcony.', [('name', 'Bärbel Nitzschke'), ('age_over_89', 'einundneunzig seit Pfingsten'), ('place', 'Neustädter Feld Block 6')]),
    C('Payment: Interac e-Transfer auto-deposit 0047-221-88193, from Marie-Soleil Bouchard.', [('account', 'auto-deposit 0047-221-88193'), ('name', 'Marie-Soleil Bouchard')]),
    C("MDMA-assisted therapy: the FDA rejected Lykos in August 2024. Australia allows it, Europe doesn't. Thoughts from anyone in Czechia where psilocybin law is moving?"),
    C('Fax per il CSM +39 0546 688 412: paziente Loredana Casadei, nata il 17 aprile 1966, via Via Renaccio 22, int. 4, 48018 RA.', [('fax', '+39 0546 688 412'), ('name', 'Loredana Casadei'), ('date', '17 aprile 1966'), ('street_address', 'Via Renaccio 22, int. 4'), ('zip_code', '48018 RA')]),
    C('Zsófia Bakó-Lengyel grew up on a tanya near Kisszállás-Felsőtelek and speaks of her father only as "the old man". Any Hungarian speakers who could consult?', [('name', 'Zsófia Bakó-Lengyel'), ('place', 'Kisszállás-Felsőtelek')]),
    C('The 2022 shooting in Montenegro: Vuk Martinović, JMBG 0306987230027, neighbour of the shooter in Medovina naselje.', [('name', 'Vuk Martinović'), ('ssn', '0306987230027'), ('place', 'Medovina naselje')]),
    C("DBT skills in Spanish (Linehan's manual, Spanish edition) for a teen group. The Spanish Sociedad Española de DBT runs trainings in May. Anyone attending?"),
    C('Inuit clients in Nunavut: the Inuit Qaujimajatuqangit principles and the Embrace Life Council. Anyone know the Inuktitut GAD-7?'),
    C('Slovenian colleagues after the 2023 floods: the NIJZ ran Psychological First Aid training with the Red Cross of Slovenia. Did any of it reach Carinthia?'),
    C('Sertraline 100 mg plus Propranolol 40 mg PRN for a teenager after a stabbing; GP wants to add Melatonin 2 mg. Any thoughts from CAMHS folk on the NICE NG116 guidance?'),
    C('Quebec colleagues: the Loi 25 on privacy changed what we can store in Jane App. The OPQ and CNESST both updated forms in September.'),
    C('lower case as she typed it: "ask ciarán mac giolla bhríde óg if the hall at gort an choirce is free thursday" - she wants us to meet there for the group.', [('name', 'ciarán mac giolla bhríde óg'), ('place', 'gort an choirce')]),
    C('2023 shipwreck off the Peloponnese: Mohammed Abdelrazek Hamdan, asylum card GR-ASY 2023 077148, at Malakasa camp block C. WhatsApp +30 694 728 1053.', [('name', 'Mohammed Abdelrazek Hamdan'), ('ssn', 'GR-ASY 2023 077148'), ('place', 'Malakasa camp block C'), ('phone', '+30 694 728 1053')]),
    C('DR nightclub roof collapse 2025: Yokasta Peralta Almonte, cédula 402-2281904-7, from Villa Juana sector; ARS Humano HUM 30019482.', [('name', 'Yokasta Peralta Almonte'), ('ssn', '402-2281904-7'), ('place', 'Villa Juana sector'), ('health_plan', 'HUM 30019482')]),
    C('Acadian clients in New Brunswick: French services via Vitalité, English via Horizon. Anyone have the French Canadian PCL-5?'),
    C('Anyone going to the ESTSS conference in Europe in June? The ISTSS one in November clashes with Thanksgiving for the Americans. Bessel van der Kolk is keynote, I hear.'),
    C('Wilhelmina Achterhof grew up on Boerderij De Hoge Kamp and now lives above Bakkerij Van Dijk-Oost; she says the bread smell is the only thing that calms her.', [('name', 'Wilhelmina Achterhof'), ('place', 'Boerderij De Hoge Kamp'), ('place', 'Bakkerij Van Dijk-Oost')]),
    C('The Outcome Rating Scale (Scott Miller and Barry Duncan) in Haitian Creole and Jamaican patois: any translations? The ICCE has French and Spanish.'),
    C('Chile: fires of 2024, Francisca Orellana Pizarro, RUN 17.483.092-K, Fonasa, pasaje Pasaje Los Boldos 118, El Olivar población; auto HKTR-48.', [('name', 'Francisca Orellana Pizarro'), ('ssn', '17.483.092-K'), ('street_address', 'Pasaje Los Boldos 118'), ('place', 'El Olivar población'), ('vehicle', 'HKTR-48')]),
    C('Estonian colleagues: the Haigekassa pays for CBT. Peaasi.ee has a great Estonian self-help library and a Russian one too.'),
    C("HIPAA question: can I use Zoom for Healthcare with a client in Texas if I'm licensed in Louisiana under PSYPACT? The ASPPB FAQ says yes, the Texas BHEC says maybe."),
    C('School shooting 2023: parent Whitney Claiborne-Ashby, tel 615-447-2093; her son is at Green Hills Presbyterian Daycare now. TennCare TC 51193874.', [('name', 'Whitney Claiborne-Ashby'), ('phone', '615-447-2093'), ('place', 'Green Hills Presbyterian Daycare'), ('health_plan', 'TC 51193874')]),
    C('Ok honest question: Hollie Ravensdale is ninety-one and a half at Candlemas by her own reckoning, lives at Birchencliffe Almshouses, and wants grief work for her dog. Too much for EMDR?', [('name', 'Hollie Ravensdale'), ('age_over_89', 'ninety-one and a half at Candlemas'), ('place', 'Birchencliffe Almshouses')]),
    C('Referral line: Orla Fennessy-Mulcahy, DOB 30 Sept 1989, Beaumont MRN BH 0711283, fax 01 809 3417.', [('name', 'Orla Fennessy-Mulcahy'), ('date', '30 Sept 1989'), ('medical_record', 'BH 0711283'), ('fax', '01 809 3417')]),
    C('Guatemala: the 2017 shelter fire, mother Sonia Ajpop Cuxil, DPI 2384 71920 0108, from aldea Chuicacá; WhatsApp +502 5714 8206.', [('name', 'Sonia Ajpop Cuxil'), ('ssn', '2384 71920 0108'), ('place', 'aldea Chuicacá'), ('phone', '+502 5714 8206')]),
    C("Kristjan Õunapuu is a fisherman from Käsmu küla and believes the sea owes him a son. I'm out of my depth with the cosmology.", [('name', 'Kristjan Õunapuu'), ('place', 'Käsmu küla')]),
    C('The Canadian Bill C-63 (Online Harms Act) and the PHIPA in Ontario: any privacy lawyers in the group? The OPC issued guidance in September.'),
    C('Zdravko Penchev works nights at Benzinostantsiya Trakiya 4 and was robbed twice last winter.', [('name', 'Zdravko Penchev'), ('place', 'Benzinostantsiya Trakiya 4')]),
    C('Fax (412) 578-6630 from UPMC re Harold Pinkerton, MRN UPMC 60021478, DOB 12/29/1932.', [('fax', '(412) 578-6630'), ('name', 'Harold Pinkerton'), ('medical_record', 'UPMC 60021478'), ('date', '12/29/1932')]),
    C("Sensorimotor Psychotherapy (Pat Ogden) and Polyvagal Theory (Stephen Porges): our reading group in October. Deb Dana's book is the easiest start."),
    C('US colleagues: does Medicare now cover LMHCs and MFTs under the 2024 rule? Aetna and Cigna followed in January, UnitedHealthcare in March.'),
    C('PTSD Coach from the VA, the Spanish Coach PTSD, and the Canadian PTSD Coach Canada app: which do your clients actually open after a week?'),
    C('Madeira floods 2010, now on the mainland: Gonçalo Freitas Nóbrega, NIF 231 847 690, utente SNS 294 018 375, morada Rua das Açucenas 7, 3.º Dto, 1800-214.', [('name', 'Gonçalo Freitas Nóbrega'), ('ssn', '231 847 690'), ('health_plan', '294 018 375'), ('street_address', 'Rua das Açucenas 7, 3.º Dto'), ('zip_code', '1800-214')]),
    C("Payment: Nequi 313 472 9081 from Deivis Palacios Rentería; he's a Venezuelan in Comuna 13 El Salado.", [('account', '313 472 9081'), ('name', 'Deivis Palacios Rentería'), ('place', 'Comuna 13 El Salado')]),
    C('Prison massacres 2021: Martha Ortiz Chichande, sister of an inmate, tel +593 98 471 2036, email marthaortizch@hotmail.com.', [('name', 'Martha Ortiz Chichande'), ('phone', '+593 98 471 2036'), ('email', 'marthaortizch@hotmail.com')]),
    C('Conchita Arribas Olmedo lives alone in Valdelosa de Arriba with forty inhabitants and says her only company is the radio.', [('name', 'Conchita Arribas Olmedo'), ('place', 'Valdelosa de Arriba')]),
    C('Doxy.me entry 172.58.96.41, client Marquise Tillman-Oakes, 11/19/2024, from Harbor Point Trailer Court.', [('ip_address', '172.58.96.41'), ('name', 'Marquise Tillman-Oakes'), ('date', '11/19/2024'), ('place', 'Harbor Point Trailer Court')]),
    C("Ketamine and Esketamine (Spravato 56 mg) for TRD: the EMA approved it, NICE didn't. Is anyone in Germany or Spain seeing it offered to trauma clients?"),
    C('Storm Alex 2020: Fabienne Giordan-Ravel lived in hameau de Maurion; her phone 06 71 48 29 53. The bridge is still not rebuilt.', [('name', 'Fabienne Giordan-Ravel'), ('place', 'hameau de Maurion'), ('phone', '06 71 48 29 53')]),
    C('Pacemaker Biotronik Amvia SN 71034826 - Carmela Ruggiero, novantasei a Natale, panics at the airport scanner.', [('device', 'Biotronik Amvia SN 71034826'), ('name', 'Carmela Ruggiero'), ('age_over_89', 'novantasei a Natale')]),
    C("Venezuelan clients in Colombia: the PPT gives EPS access. The Colombian Ministerio de Salud's 2024 guideline recommends PM+. UNHCR and IOM fund it."),
    C("Nuria Etxeberria-Mohamed works at Ikastola Txantxiku and lives in Iturrama etxadia; the teachers' burnout is what she wants to talk about.", [('name', 'Nuria Etxeberria-Mohamed'), ('place', 'Ikastola Txantxiku'), ('place', 'Iturrama etxadia')]),
    C('Jovenel Mérilus was a teacher at Lycée de Marigot Belle-Anse and now drives a taxi; he says the chalk dust still comes in dreams.', [('name', 'Jovenel Mérilus'), ('place', 'Lycée de Marigot Belle-Anse')]),
    C('Thanksgiving and Canadian Thanksgiving differ by six weeks. Cross-border families in Michigan and Ontario find it confusing. Any holiday-stress groups?'),
    C('Nicaragua 2018: Fátima Zamora Lacayo, exile in Costa Rica, lives in La Carpio sector 3; cédula CR DIMEX 155812349026.', [('name', 'Fátima Zamora Lacayo'), ('place', 'La Carpio sector 3'), ('ssn', '155812349026')]),
    C('Bow-and-arrow attack 2021 - Torleif Åsheim, nittitre til jul, saw the arrows from his window at Tislegård borettslag. His granddaughter books the video calls.', [('name', 'Torleif Åsheim'), ('age_over_89', 'nittitre til jul'), ('place', 'Tislegård borettslag')]),
    C('Czech question: Sertralin Mylan 50 mg shortage again in October. Did anyone switch to Escitalopram Zentiva? The SÚKL site lists an import from Slovakia.'),
    C('Quick poll: who uses the ITQ in Irish? The HSE has a Gaelic translation but Sláintecare funding for interpreters ends in June.'),
    C("Link: https://vk.com/id50218847 - profile of Pavel Grigoryev, client's abusive ex in Raeküla Vana-Pärnu tänav.", [('url', 'https://vk.com/id50218847'), ('name', 'Pavel Grigoryev'), ('place', 'Raeküla Vana-Pärnu tänav')]),
    C('Canada check: the CPA code of ethics and the CRPO standard on telepsychology differ on cross-border clients from Quebec. The OPQ requires a permit. Any advice?'),
    C('Jamaica Beryl 2024: Shanique McKenzie-Barrett, TRN 118-474-290, from Rocky Point fishing beach, Clarendon; NHF NHF 70041822.', [('name', 'Shanique McKenzie-Barrett'), ('ssn', '118-474-290'), ('place', 'Rocky Point fishing beach'), ('health_plan', 'NHF 70041822')]),
    C('Station canopy collapse 2024: Dušan Radovanović, student, saw it from the platform; address Bulevar Jaše Tomića 9, stan 14, 21101. Protests every Friday.', [('name', 'Dušan Radovanović'), ('street_address', 'Bulevar Jaše Tomića 9, stan 14'), ('zip_code', '21101')]),
    C("Payment: Venmo @Kenzie-Forbes-88 - Mackenzie Forbes-Adair keeps overpaying and I don't know how to raise it.", [('account', '@Kenzie-Forbes-88'), ('name', 'Mackenzie Forbes-Adair')]),
    C('Hurricane Otis 2023: Rubén Catalán Añorve, hotel worker, CURP CAAR820514HGRTXB06, colonia Colonia Ciudad Renacimiento Sector 4; IMSS NSS 31058214763.', [('name', 'Rubén Catalán Añorve'), ('ssn', 'CAAR820514HGRTXB06'), ('place', 'Colonia Ciudad Renacimiento Sector 4'), ('health_plan', 'NSS 31058214763')]),
    C('Referral line: Ingrid Sæterdal Furuhaug, journalnr HUS-2291-4473, faks +47 55 97 31 06.', [('name', 'Ingrid Sæterdal Furuhaug'), ('medical_record', 'HUS-2291-4473'), ('fax', '+47 55 97 31 06')]),
    C('Love Parade 2010: Kemal Yıldırım-Hoffmann, now 34, device Abbott Libre 3 SN 3MH0052K7R4 fell out in the crush that day; he says he still feels it.', [('name', 'Kemal Yıldırım-Hoffmann'), ('device', 'Abbott Libre 3 SN 3MH0052K7R4')]),
    C('Albanian-speaking clients in Switzerland and Italy: the PHQ-9 in Albanian is validated. Ramadan and Bajram customs vary between Muslim and Catholic Albanians.'),
    C('Finnish colleagues: does Kela pay for Trauma-Focused CBT for teenagers under the Kuntoutuspsykoterapia rules? I have an Estonian family moving to Uusimaa in August.'),
    C("Emilia-Romagna 2023: Ivano Bertaccini, novantadue a San Martino, farmer at Podere Ca' Bassa and will only talk about the pigs.", [('name', 'Ivano Bertaccini'), ('age_over_89', 'novantadue a San Martino'), ('place', "Podere Ca' Bassa")]),
    C("Lubrizol smoke 2019: Aurélie Pesquet-Thibaut, asthma, can't stop checking air quality apps. Dossier CHU RN-2019-884317. Tel +33 2 35 71 48 06.", [('name', 'Aurélie Pesquet-Thibaut'), ('medical_record', 'RN-2019-884317'), ('phone', '+33 2 35 71 48 06')]),
    C("Austrian colleagues: the ÖGK's Psychotherapie auf Krankenschein has a waitlist. Clients in Tyrol and Vorarlberg wait longest, says the ÖBVP."),
    C('Open Dialogue (Jaakko Seikkula) in Finnish Lapland and its US versions in Massachusetts. The Vermont Open Dialogue project stopped in 2022, I think.'),
    C('Fergal Quinlivan works the night shift at Shannon Banks Filling Station and was there when the lorry came through. He laughs when he describes it, which unsettles me.', [('name', 'Fergal Quinlivan'), ('place', 'Shannon Banks Filling Station')]),
    C('Scottish CHI 2107489136 - Murdo Gillanders, retired ferryman from Lochboisdale Pier, bereaved in the 2013 crash. Wants sessions in Gaelic.', [('medical_record', '2107489136'), ('name', 'Murdo Gillanders'), ('place', 'Lochboisdale Pier')]),
    C('WHODAS 2.0 in Albanian and Bosnian for a Kosovar family in Switzerland. The WHO has both. The SUVA claim needs it by Friday.'),
    C("Paul Gilbert's The Compassionate Mind, Kristin Neff's Self-Compassion and Tara Brach's Radical Acceptance: which for a Lutheran Swedish client who hates self-help?"),
    C('Icelandic colleagues: Sjúkratryggingar Íslands now pays for psychologists. The Icelandic version of the PHQ-9 is from the Directorate of Health.'),
    C("Cochlear processor serial 5420173948 stopped working after the flood, so Wenonah Pickersgill can't hear the session. She's in Hebden Mytholm Mill flats.", [('device', 'serial 5420173948'), ('name', 'Wenonah Pickersgill'), ('place', 'Hebden Mytholm Mill')]),
    C('Ruaraidh MacNeacail keeps the shop at Kilmuir Stores and his sister runs Uig Pier Café; the whole family comes to group in turns.', [('name', 'Ruaraidh MacNeacail'), ('place', 'Kilmuir Stores'), ('place', 'Uig Pier Café')]),
    C('Moldovan clients in Romania: Romanian language materials work fine. The CNAS in Moldova covers psychiatry only. Orthodox Christmas on January 7 matters.'),
    C('Portal message from rhianwen.gethin67@btinternet.com: "Can we move Thursday? The flood cleanup at Pentre Isaf Farm isn\'t finished and the insurers are coming."', [('email', 'rhianwen.gethin67@btinternet.com'), ('place', 'Pentre Isaf Farm')]),
    C('Rail disaster 2013: Ghislaine Poulin-Fortier, quatre-vingt-onze à la Saint-Jean, lost her son at the bar; RAMQ POUG 3208 1574, tel 819 583-4417.', [('name', 'Ghislaine Poulin-Fortier'), ('age_over_89', 'quatre-vingt-onze à la Saint-Jean'), ('health_plan', 'POUG 3208 1574'), ('phone', '819 583-4417')]),
    C('Ritalin shortages in Brazil in July: ANVISA says imports will arrive in August. The ABP recommends Venvanse as an alternative.'),
    C('Lorraine Boudreaux-Thibodeaux lives out on Bayou Petit Caillou landing and fishes with her uncle from Cocodrie Marina.', [('name', 'Lorraine Boudreaux-Thibodeaux'), ('place', 'Bayou Petit Caillou landing'), ('place', 'Cocodrie Marina')]),
    C('Rail workers killed in 2023: widow Graziella Aversa Pollino, libero professionista account IT47 X030 6930 7451 0000 0018 273 for the fund. Grief group at Casa del Popolo di Chivasso Est.', [('name', 'Graziella Aversa Pollino'), ('account', 'IT47 X030 6930 7451 0000 0018 273'), ('place', 'Casa del Popolo di Chivasso Est')]),
    C("Kenji Okamura-Bell mentioned his grandfather's camp at Manzanar block 22 for the first time today. He's 58 and never said it before.", [('name', 'Kenji Okamura-Bell'), ('place', 'Manzanar block 22')]),
    C("Supervision note: TF-CBT (Cohen, Mannarino and Deblinger) versus EMDR for an eleven-year-old. The Scottish Government's Trauma Training Framework says both. Which did you choose and why?"),
    C('Payment: Iwona Pietrzak pays by BLIK; bank account PL27 1140 2004 0000 3402 7718 2231.', [('name', 'Iwona Pietrzak'), ('account', 'PL27 1140 2004 0000 3402 7718 2231')]),
    C('Greek clients after the train crash: the Greek version of the PCL-5 from EKPA is fine. Greek Orthodox mourning customs (the Mnemosyno at forty days) matter here.'),
    C('Venlafaxine 150 mg, BP 142/91, and now she wants to stop before Christmas. Dutch GPs in Limburg follow the NHG-Standaard Depressie; the Trimbos Instituut has a taper sheet.'),
    C('Flemish colleagues: the CGG waitlists in Antwerp province are six months. VVK and BFP both ran webinars on Narrative Exposure Therapy this spring.'),
    C('The EU AI Act and transcription apps: the European Commission and the EDPB both warn about biometric data. Our Belgian members use Otter.ai. Risky?'),
    C('Marlon Batista Quintanilla runs Pupusería La Ceibita in Barrio Lourdes Norte and his nephew was detained last spring.', [('name', 'Marlon Batista Quintanilla'), ('place', 'Pupusería La Ceibita'), ('place', 'Barrio Lourdes Norte')]),
    C('GDPR Article 9 and Teams recordings: the Irish Data Protection Commission fined Meta. Our Irish practice uses Microsoft 365, Zoom, and Cliniko. Safe?'),
    C("The Hearing Voices Network in England and Intervoice. Marius Romme and Sandra Escher's Accepting Voices is our book for November."),
    C('marek ďurica texted "sorry cant come, at chata pod kečkou with dad" - he\'s 17, should I push?', [('name', 'marek ďurica'), ('place', 'chata pod kečkou')]),
    C("Case thought: Agnieszka Szpakowska worked at the shop on osiedle Zielone Wzgórze II for twenty years and now won't go past it since the robbery.", [('name', 'Agnieszka Szpakowska'), ('place', 'osiedle Zielone Wzgórze II')]),
    C('Bulgaria: 2016 derailment, Ayshe Mehmedova Hyuseinova, EGN 6807123458, lives on kvartal Izgrev-2 in Shumen; ok to work through the interpreter?', [('name', 'Ayshe Mehmedova Hyuseinova'), ('ssn', '6807123458'), ('place', 'kvartal Izgrev-2 in Shumen')]),
    C('The 2025 adult-school shooting: teacher Pernilla Strömqvist-Ali, personnummer 19780914-3362, works at the adult ed campus Risbergska Västhaga. Her Swish 070 418 29 55 is for the memorial fund.', [('name', 'Pernilla Strömqvist-Ali'), ('ssn', '19780914-3362'), ('place', 'Risbergska Västhaga'), ('account', '070 418 29 55')]),
    C("The 2020 attack in Austria: Dragan Milićević-Huber, waiter at Schwedenplatz-Beisl; Tel +43 664 502 8193. Still hears shots on New Year's Eve.", [('name', 'Dragan Milićević-Huber'), ('place', 'Schwedenplatz-Beisl'), ('phone', '+43 664 502 8193')]),
    C("Link: https://www.justgiving.com/page/clutha-fund-macateer with the family's names.", [('url', 'https://www.justgiving.com/page/clutha-fund-macateer')]),
    C('The 2023 derailment in Ohio: Darla Kurtzweil, her farm at Negley Creek Farm still tests the well; email darlakurtz.farm@yahoo.com. Ohio Medicaid OHMCD 9082716634.', [('name', 'Darla Kurtzweil'), ('place', 'Negley Creek Farm'), ('email', 'darlakurtz.farm@yahoo.com'), ('health_plan', 'OHMCD 9082716634')]),
    C("The 2024 tower block fire client - Amparo Ruiz-Llopis - wrote from amparo.rllopis@gmail.com; she's staying with her aunt at Alqueria del Moro.", [('name', 'Amparo Ruiz-Llopis'), ('email', 'amparo.rllopis@gmail.com'), ('place', 'Alqueria del Moro')]),
    C('Dorothée Saint-Cyr drives the bus between Pointe-à-la-Croix and Listuguj mission road and talks about the crosses along the highway.', [('name', 'Dorothée Saint-Cyr'), ('place', 'Pointe-à-la-Croix'), ('place', 'Listuguj mission road')]),
    C('Spotify playlists for grounding? Calm and Headspace are fine, but our Norwegian clients like Mindfulness-appen from the Norwegian Council for Mental Health.'),
    C("Amarachi Egbuna-Walsh works at Fort Garry Place pharmacy and says the patients sense when she's crying.", [('name', 'Amarachi Egbuna-Walsh'), ('place', 'Fort Garry Place pharmacy')]),
    C('Cheyenne Lightfoot-Ramos drives to Pine Ridge Wounded Knee district office each week, then to Sharps Corner store for wifi.', [('name', 'Cheyenne Lightfoot-Ramos'), ('place', 'Pine Ridge Wounded Knee district office'), ('place', 'Sharps Corner store')]),
    C('For the French-speaking group: the HAS recommendations on ESPT were updated in 2023, and the CN2R has free modules on Psychological First Aid in French and Arabic.'),
    C('quick one - dilys ap rhydderch from nant-y-pandy bach keeps cancelling on mondays, storm dennis took her ground floor in 2020. any ideas from the welsh speakers in here?', [('name', 'dilys ap rhydderch'), ('place', 'nant-y-pandy bach')]),
    C('Luxembourgish speakers: the CNS reimburses psychotherapy since 2023 under the convention with the FAPSYLUX. Clients often prefer French or German sessions.'),
    C("Faroese and Danish: the Faroe Islands have their own health service, and the Danish Sundhedsstyrelsen guidance on PTSD doesn't apply. Anyone know Faroese PHQ-9 work?"),
    C('Insulin pump SN NG1473826K (MiniMed 780G) alarmed three times in session. Client Ffion Llywelyn-Badu, 19, Storm Desmond evacuee from Appleby Bongate. Ok to pause exposure work?', [('device', 'SN NG1473826K'), ('name', 'Ffion Llywelyn-Badu'), ('place', 'Appleby Bongate')]),
    C('Colombian Ley 1616 de 2013 and the Resolución 4886 de 2018 require mental health in primary care. EPS Sanitas and Nueva EPS handle it differently in Antioquia and Chocó.'),
    C('Bahamas Dorian 2019: Rashad Cartwright-Knowles, from The Mudd back lane; NIB NIB 1182 0374.', [('name', 'Rashad Cartwright-Knowles'), ('place', 'The Mudd back lane'), ('ssn', 'NIB 1182 0374')]),
    C("Diné clients and the IHS: the Navajo Nation has its own behavioral health department. Has anyone used the Historical Loss Scale (Whitbeck) in Navajo? It's a Navajo-language adaptation."),
    C('Family-Based Treatment (Lock and Le Grange) for an Irish teen with anorexia: the HSE eating disorder programme uses it. BMI 15.2, potassium 3.1 on Monday.'),
    C("Insulin pump Omnipod 5 PDM 2QK84J1173 - Aoife Brennan-Kowalczyk Ó Dúill, 14, alarms when she's anxious in class at Gaelscoil an Bhradáin Feasa.", [('device', 'Omnipod 5 PDM 2QK84J1173'), ('name', 'Aoife Brennan-Kowalczyk Ó Dúill'), ('place', 'Gaelscoil an Bhradáin Feasa')]),
    C('Fluvoxamine 100 mg for OCD in a Peruvian teen: ERP (Foa and Kozak) in Spanish. The EsSalud formulary lists it. Anyone have the CY-BOCS in Spanish?'),
    C('French colleagues: MonSoutienPsy went to twelve sessions in 2024. The Assurance Maladie and the SNP disagree on the fee. Mutuelles like MGEN top up.'),
    C('Zoom log shows 2a02:8108:14c0:3e9a::62 for Friederike Ostendorp; she says she was at Kleingartenanlage Sonnenwinkel. Is that a problem for GDPR?', [('ip_address', '2a02:8108:14c0:3e9a::62'), ('name', 'Friederike Ostendorp'), ('place', 'Kleingartenanlage Sonnenwinkel')]),
    C('Teatre nightclub fire in Murcia, 2023: Yeray Sánchez Bermúdez, bartender, works now at Venta El Chirrete. Tel 968 24 71 93.', [('name', 'Yeray Sánchez Bermúdez'), ('place', 'Venta El Chirrete'), ('phone', '968 24 71 93')]),
    C('Yom Kippur and Sukkot in October: the Jewish members asked to cancel. Our Sephardic and Ashkenazi clients follow different customs. Any Ladino speakers?'),
    C('Condo collapse 2021: Yael Bernstein-Orduz lost her parents in the condo collapse; SSN 591-38-2274, Florida Blue FBX 447819203. Staying at 9410 Byron Ave, Apt 3C, FL 33154-2208.', [('name', 'Yael Bernstein-Orduz'), ('ssn', '591-38-2274'), ('health_plan', 'FBX 447819203'), ('street_address', '9410 Byron Ave, Apt 3C'), ('zip_code', '33154-2208')]),
    C('Yanaína Tupinambá Ferreira teaches at Escola Estadual Vila Cruzeiro do Sul and the shootouts are constant; she asks whether she is allowed to be tired.', [('name', 'Yanaína Tupinambá Ferreira'), ('place', 'Escola Estadual Vila Cruzeiro do Sul')]),
    C('The 2018 shooting in Wallonia, witness: Mathéo Dethier, rijksregisternummer 94.07.12-233.18, mutualité MC 319-4471208-22. Tel +32 4 223 80 71.', [('name', 'Mathéo Dethier'), ('ssn', '94.07.12-233.18'), ('health_plan', 'MC 319-4471208-22'), ('phone', '+32 4 223 80 71')]),
    C('Ewa Kubiak-Otieno moved from wieś Stare Bystre to Osiedle Kolorowe Gaj and teaches at Szkoła Podstawowa nr 3 w Gaju.', [('name', 'Ewa Kubiak-Otieno'), ('place', 'wieś Stare Bystre'), ('place', 'Osiedle Kolorowe Gaj'), ('place', 'Szkoła Podstawowa nr 3 w Gaju')]),
    C('Jamaican patois: has anyone seen a validated PHQ-9 in Patwa? The UWI Faculty of Medical Sciences has a project, and the Jamaica Ministry of Health runs a helpline.'),
    C('Brief consult: Ottilie Brandstätter still lives in Siedlung Am Wiesengrund with the son who hit her. She is clear that she wants to stay.', [('name', 'Ottilie Brandstätter'), ('place', 'Siedlung Am Wiesengrund')]),
    C('Dominican clients in New York State: the NYS OMH guidance on language access says interpreters for Spanish and Haitian Creole. Empire BCBS pays interpreters.'),
    C("Email thread with t.vellacott@nhs.net re Tamsin Vellacott's mum, Ruth Vellacott, a hundred this Lammas, who keeps asking when the boat is coming back to Porthgwarra Cove slipway.", [('email', 't.vellacott@nhs.net'), ('name', 'Tamsin Vellacott'), ('name', 'Ruth Vellacott'), ('age_over_89', 'a hundred this Lammas'), ('place', 'Porthgwarra Cove slipway')]),
    C("Supervision reflection: Irvin Yalom's The Gift of Therapy, chapter on here-and-now, helped me with a Scottish client who speaks Gaelic and English and switches when angry."),
    C('Brazilian CAPS and the RAPS network: the SUS pays, but after the RS floods the CFP said CAPS in Rio Grande do Sul were overwhelmed. Any Gaúcho colleagues here?'),
    C('Emotionally Focused Therapy (Sue Johnson) in French: the ICEEFT lists trainers in Quebec and France. Any Belgian couples therapists trained?'),
    C("Montenegrin colleagues: Montenegro's Fond za zdravstveno osiguranje covers few psychologists. Anyone using EMDR Europe's Humanitarian Assistance Programme in Montenegro?"),
    C('Eustáquio Barbosa still keeps cattle on Fazenda Boa Esperança do Paraopeba even though the river is dead.', [('name', 'Eustáquio Barbosa'), ('place', 'Fazenda Boa Esperança do Paraopeba')]),
    C("Dam collapse 2019: Rosilene Aparecida Santos, mine worker's widow, CPF 071.448.926-30, lives at Córrego do Feijão de Baixo village; PIX rosi.santos@pix.com.br.", [('name', 'Rosilene Aparecida Santos'), ('ssn', '071.448.926-30'), ('place', 'Córrego do Feijão de Baixo'), ('account', 'rosi.santos@pix.com.br')]),
    C("Mood charts in Daylio or eMoods for bipolar clients? The NICE CG185 guidance doesn't say, but the CANMAT 2018 guidelines mention apps briefly."),
    C("LifeVest ZOLL SN 4518-XV2931 for Delroy Hutchinson-Quaye; he's scared to sleep.", [('device', 'ZOLL SN 4518-XV2931'), ('name', 'Delroy Hutchinson-Quaye')]),
    C("Tyrell Ashgrove grew up in Cabrini Row Houses and is now a paramedic. He says he's fine and sleeps four hours a night.", [('name', 'Tyrell Ashgrove'), ('place', 'Cabrini Row Houses')]),
    C("Mirela Hodžić-Brkić volunteers at Sarajevo Hrasno mjesna zajednica and asked if I'd supervise her peer group.", [('name', 'Mirela Hodžić-Brkić'), ('place', 'Sarajevo Hrasno mjesna zajednica')]),
    C('CPT in Spanish (Resick, Monson and Chard, 2017) has a Mexican adaptation by IMSS. The Spanish edition from Desclée de Brouwer differs from the Argentine one by Paidós.'),
    C('Anyone using the CORE-OM in Spanish or the CORE-10 in Portuguese? The CORE Information Management Systems site lists Brazilian versions too.'),
    C("Novichok 2018 - client Graham Pettifer-Loxley was a first responder, still anxious about the car: HF14 XKM. He parks it at Bemerton Heath Parade and won't open the boot.", [('name', 'Graham Pettifer-Loxley'), ('vehicle', 'HF14 XKM'), ('place', 'Bemerton Heath Parade')]),
    C('Bolivia: the 2019 massacre, Evarista Choque Vargas, CI 7194823 CB, from Huayllani Kilómetro 10.', [('name', 'Evarista Choque Vargas'), ('ssn', '7194823 CB'), ('place', 'Huayllani Kilómetro 10')]),
    C('Ludmila Čechová lives in a flat on sídliště Lesná Haškova and has stopped opening the blinds.', [('name', 'Ludmila Čechová'), ('place', 'sídliště Lesná Haškova')]),
    C('Tribal: Autumn Tsosie-Begay, Diné, IHS chart IHS 0448213, Nazlini Chapter house, phone (928) 755-3192.', [('name', 'Autumn Tsosie-Begay'), ('medical_record', 'IHS 0448213'), ('place', 'Nazlini Chapter'), ('phone', '(928) 755-3192')]),
    C('Slovak clients: the Slovak Psychotherapeutic Society recommends KBT. VšZP and Dôvera cover it only via psychiatrists.'),
    C("Lithium 800 mg, level 0.7 mmol/L, TSH 5.2, and the psychiatrist wants Quetiapine 50 mg at night. She's Portuguese and worried about the SNS waiting list in Madeira."),
    C('Guillermina Sotelo Baez cleans at Rancho Los Pinos Motel and was there when ICE came through. Her kids are US citizens.', [('name', 'Guillermina Sotelo Baez'), ('place', 'Rancho Los Pinos Motel')]),
    C("Hi all, referral after the 2024 dance class stabbing: Ellie-Mae Brocklehurst, 11, was at the dance class; mum's mobile 07712 640 389. School is Marshside Brook Primary. I'm thinking TF-CBT but she won't draw.", [('name', 'Ellie-Mae Brocklehurst'), ('phone', '07712 640 389'), ('place', 'Marshside Brook Primary')]),
    C("Bronagh Devlin-Quigg and Cathal Devlin-Quigg are twins, both at St Comgall's Primary Annex; one of them saw the 2022 filling station explosion on a phone video.", [('name', 'Bronagh Devlin-Quigg'), ('name', 'Cathal Devlin-Quigg'), ('place', "St Comgall's Primary Annex")]),
    C("ingeborg flatebø keeps calling me from hamnøy brygge at weird hours. she's lonely, not in crisis. boundaries?", [('name', 'ingeborg flatebø'), ('place', 'hamnøy brygge')]),
    C('Referral line: Rodrigo Veloso Tavares, processo HSJ 2210384, fax +351 22 551 2093.', [('name', 'Rodrigo Veloso Tavares'), ('medical_record', 'HSJ 2210384'), ('fax', '+351 22 551 2093')]),
    C('IP 2804:14c:5b80:9a21::3 for Thaís Bezerra Lins, session quinta-feira, 6 de março de 2025, from Morro da Conceição alto.', [('ip_address', '2804:14c:5b80:9a21::3'), ('name', 'Thaís Bezerra Lins'), ('date', 'quinta-feira, 6 de março de 2025'), ('place', 'Morro da Conceição alto')]),
    C('mum writes: "kiki van der hulst is at camping de lindenhof with her dad this week, please cancel". Okay?', [('name', 'kiki van der hulst'), ('place', 'camping de lindenhof')]),
    C('Métis clients in Alberta: Métis Nation of Alberta funds counselling through a new program. AHS also offers Addiction and Mental Health navigation.'),
    C('Link: https://www.facebook.com/groups/cutrosurvivors.interpreti mentions Rosanna Talarico by name.', [('url', 'https://www.facebook.com/groups/cutrosurvivors.interpreti'), ('name', 'Rosanna Talarico')]),
    C('Anselmo Piras Deiana is a shepherd near Nuraghe Sa Mandra and only comes down for sessions once a month. Would phone work at all with someone who hates phones?', [('name', 'Anselmo Piras Deiana'), ('place', 'Nuraghe Sa Mandra')]),
    C('Metro collapse 2021: Araceli Nava Tlapale, daughter on the train; address Calle Tlaltenco 42, int. 3, CDMX 13430; tel 55 4918 2037.', [('name', 'Araceli Nava Tlapale'), ('street_address', 'Calle Tlaltenco 42, int. 3'), ('zip_code', '13430'), ('phone', '55 4918 2037')]),
    C('Disulfiram 250 mg and a Hungarian client who fasts in Lent. The Hungarian Addictology Society recommends Naltrexone instead. Thoughts?'),
    C("Sessions with Ana Catarina Medeiros from Fajã do Ouvidor are about her mother's silence during the 1980 quake. Ideas welcome.", [('name', 'Ana Catarina Medeiros'), ('place', 'Fajã do Ouvidor')]),
    C('Peru: protests of 2023, Wilfredo Mamani Ticona, DNI 41938270, SIS SIS-2023-118473.', [('name', 'Wilfredo Mamani Ticona'), ('ssn', '41938270'), ('health_plan', 'SIS-2023-118473')]),
    C('Haitian Creole: the PHQ-9 Kreyòl version from Partners In Health is solid. Zanmi Lasante trained community health workers in Mental Health First Aid too.'),
    C('Maltese clients: the Mental Health Act (Cap. 525) and the Maltese version of the PHQ-9. The Richmond Foundation in Malta runs a helpline in Maltese and English.'),
    C('German colleagues: the Psychotherapeutenkammer NRW runs a Ukraine hotline. The KV Nordrhein lists Ukrainian-speaking therapists. Sertralin or Escitalopram first for Ukrainian teens?'),
    C("Cypriot clients in the UK: Greek Cypriot and Turkish Cypriot families after the 1974 war. Vamik Volkan's Chosen Trauma concept helps. Reading it in December."),
    C('Pennsylvania: Kareem Whitfield, IP 2601:47:4100:8c20::1b7, telehealth from Strawberry Mansion rowhomes - wifi keeps dropping.', [('name', 'Kareem Whitfield'), ('ip_address', '2601:47:4100:8c20::1b7'), ('place', 'Strawberry Mansion rowhomes')]),
    C("All Souls' Day and Samhain in Ireland: clients talk to their dead. Catholic and Pagan traditions differ. Has anyone read Kevin Toolis's My Father's Wake?"),
    C('Ecuadorian migrants in Spain: the Spanish SNS requires empadronamiento for a tarjeta sanitaria. Médicos del Mundo helps in the Community of Madrid and Catalonia.'),
    C('Lamotrigine 200 mg and Aripiprazole 5 mg, weight up 6 kg since June. Her HbA1c is 41 mmol/mol. The Maudsley Prescribing Guidelines suggest Metformin. Agree?'),
    C('Portal log Mon 3 Feb 2025 08:14: login Gwendolyn Achterberg-Sluis from 145.53.118.207, Pendrecht Slinge; session ended early.', [('date', 'Mon 3 Feb 2025 08:14'), ('name', 'Gwendolyn Achterberg-Sluis'), ('ip_address', '145.53.118.207'), ('place', 'Pendrecht Slinge')]),
    C("Licence: Ontario DL D4173-60228-91115 for Devon Ramnarine, client's stalker, near Jane-Finch Driftwood Court.", [('licence', 'D4173-60228-91115'), ('name', 'Devon Ramnarine'), ('place', 'Jane-Finch Driftwood Court')]),
    C('Dwayne Morrison-Chin works at Coronation Market stall 14 and the hurricane took the roof twice in five years.', [('name', 'Dwayne Morrison-Chin'), ('place', 'Coronation Market stall 14')]),
    C("Invoice query: sort code 30-94-57, account 61937248, name on it Precious Mhlanga-Odell. She's an HCA from the Grenfell night shift at Latimer Road Care Home.", [('account', '30-94-57'), ('account', '61937248'), ('name', 'Precious Mhlanga-Odell'), ('place', 'Latimer Road Care Home')]),
    C('Marguerite Oyelaran-Fitch (DOB 3 March 1951) was a nurse on the night of the 2023 city-centre attacks; she now sees me at Sneinton Dale Surgery. She asks that I not contact her at 0115 962 4471 after six.', [('name', 'Marguerite Oyelaran-Fitch'), ('date', '3 March 1951'), ('place', 'Sneinton Dale Surgery'), ('phone', '0115 962 4471')]),
    C('Quebec: Josué Saint-Fleur, Haitian Quebecer, NAS 462 118 903, Saint-Michel Petite-Haïti; fax CLSC 514 722-4098.', [('name', 'Josué Saint-Fleur'), ('ssn', '462 118 903'), ('place', 'Saint-Michel Petite-Haïti'), ('fax', '514 722-4098')]),
    C('Spanish-speaking clients in Florida after Hurricane Milton: does anyone have the Spanish PCL-5 from the National Center for PTSD? The NCTSN has Psychological First Aid in Spanish too.'),
    C("Fiifi Annan-Carruthers says the boys at Moss Side Millennium Powerhouse were the only ones who noticed he'd stopped eating.", [('name', 'Fiifi Annan-Carruthers'), ('place', 'Moss Side Millennium Powerhouse')]),
    C('url she sent me: https://www.gofundme.com/f/rebuild-ty-gwyn-nantgaredig - the farm at Ty Gwyn was flooded, Mererid Jenkyns is mortified that people can see it.', [('url', 'https://www.gofundme.com/f/rebuild-ty-gwyn-nantgaredig'), ('place', 'Ty Gwyn'), ('name', 'Mererid Jenkyns')]),
    C('Manitoba: Shyla Spence-Harper, Cree, PHIN PHIN 118 604 729, from Norway House Rossville; status no. 2690418301.', [('name', 'Shyla Spence-Harper'), ('health_plan', 'PHIN 118 604 729'), ('place', 'Norway House Rossville'), ('ssn', '2690418301')]),
    C("Serbian students protesting every Friday: is Psychological First Aid (WHO 2011) the right frame or is it Judith Herman's stages? Many are Orthodox and fast in Lent."),
    C('Swedish colleagues: the Socialstyrelsen guideline on depression recommends KBT and IPT. Region Stockholm and Region Västra Götaland differ in access.'),
    C("Morwenna Tregidgo told me on Wednesday that she still walks past Polgooth Chapel Row every morning and can't look at the hedge where it happened. I'd like help pacing the grief work.", [('name', 'Morwenna Tregidgo'), ('place', 'Polgooth Chapel Row')]),
    C('Prolonged Exposure (Edna Foa) versus Written Exposure Therapy (Denise Sloan) for a veteran with TBI. The VA/DoD Clinical Practice Guideline 2023 lists both. The VA in Ohio says WET first.'),
    C('Hearing aid Oticon Intent SN 2407719385 for Gunnhild Aasen-Mork, nitti-seks, who lip-reads me on video.', [('device', 'Oticon Intent SN 2407719385'), ('name', 'Gunnhild Aasen-Mork'), ('age_over_89', 'nitti-seks')]),
    C("Supervision question: Idris Bowen-Akande grew up on the Gurnos estate top end and speaks about his brother's death as if it happened last week. When do I name the avoidance?", [('name', 'Idris Bowen-Akande'), ('place', 'Gurnos estate top end')]),
    C("Mexican clients: the Mexican version of the CES-D is validated. IMSS and ISSSTE both refer to psychiatry first, and the Secretaría de Salud's 2023 guideline says CBT."),
    C('Filipino Canadians in Manitoba: Kapwa psychology (Virgilio Enriquez) is a useful frame. Tagalog PHQ-9 is available from the Philippine Psychiatric Association.'),
    C('Carl Rogers, Viktor Frankl, Irvin Yalom and Rollo May for a Portuguese Existential group on Saturday. The Sociedade Portuguesa de Psicoterapia Existencial meets in May.'),
    C('Juneteenth and Pride Month overlap: our Black LGBTQ clients mention both. The APA and NASW have statements. Anyone running groups in June?'),
    C('School shooting 2025 in Styria: Lena Pöltl, 15, student at BORG Dreierschützengasse; SVNR 3318 120610, ÖGK. Mum: poeltl.sandra@aon.at.', [('name', 'Lena Pöltl'), ('place', 'BORG Dreierschützengasse'), ('ssn', '3318 120610'), ('email', 'poeltl.sandra@aon.at')]),
    C("The Irish Mental Health Commission's Code of Practice on restrictive practice was updated in October. The PSI and IACP both responded. Anyone with HSE contracts reading it?"),
    C("Eirik Skjervheim took over the farm at Øvre Rotnes gard after the slide and won't let anyone help with the hay.", [('name', 'Eirik Skjervheim'), ('place', 'Øvre Rotnes gard')]),
    C("Train crash 2023: mother of a student, Eleni Karamanli-Zografou, AMKA 21047302847, address Odos Kapodistriou 18, 412 22. enenínta tría is her own mother's age, who lives with them.", [('name', 'Eleni Karamanli-Zografou'), ('ssn', '21047302847'), ('street_address', 'Odos Kapodistriou 18'), ('zip_code', '412 22'), ('age_over_89', 'enenínta tría')]),
    C('St Vincent 2021: Kelvin Ollivierre, evacuated from Fancy village Owia side; tel +1 784 493 2281.', [('name', 'Kelvin Ollivierre'), ('place', 'Fancy village Owia side'), ('phone', '+1 784 493 2281')]),
    C('Ignacio Urrutikoetxea grew up in the Otxarkoaga barrio and speaks of the 80s heroin years as if they were a war.', [('name', 'Ignacio Urrutikoetxea'), ('place', 'Otxarkoaga barrio')]),
    C("Orthodox Christmas on January 7, then Theophany on January 19: Ukrainian and Serbian clients won't book. The OCU moved to December 25 in 2023, though."),
    C('The 2023 bowling alley shooting: Rémi Thibodeau-Pelletier, deaf, was there; video relay (207) 312-8846, MaineCare MC 4017752931. Hearing aid Phonak SN 2231K0947 was lost that night.', [('name', 'Rémi Thibodeau-Pelletier'), ('phone', '(207) 312-8846'), ('health_plan', 'MC 4017752931'), ('device', 'Phonak SN 2231K0947')]),
    C('Italian colleagues: the Bonus Psicologo 2024 window opens in September. The CNOP says INPS will process it. Any Sicilian or Sardinian colleagues applying?'),
    C("School shooting 2023: Milica Jovanović-Stanković, 14, JMBG 0904009715092, school OŠ Vladislav Ribnikar; mama's email jovstan.jelena@gmail.com.", [('name', 'Milica Jovanović-Stanković'), ('ssn', '0904009715092'), ('place', 'OŠ Vladislav Ribnikar'), ('email', 'jovstan.jelena@gmail.com')]),
    C('Joost Hoekstra-Veenman had a panic attack at Buurthuis De Zwaluw during the neighbourhood meeting about the gas quakes. He describes the cracks in his house like wounds.', [('name', 'Joost Hoekstra-Veenman'), ('place', 'Buurthuis De Zwaluw')]),
    C('Escitalopram 10 mg, Mirtazapine 15 mg, and her Vitamin D was 18 nmol/L in November. Icelandic winters, I know. The Directorate of Health in Iceland says supplement from October.'),
    C('The Edinburgh Postnatal Depression Scale in Welsh, Scots Gaelic and Irish: Perinatal Mental Health teams in Wales and Scotland use them. Any English-only services willing to share?'),
    C("Ti-Jean Gauthier fishes out of Rivière-au-Renard quai and lost his deckhand last fall. He swears every second word and I've grown fond of it.", [('name', 'Ti-Jean Gauthier'), ('place', 'Rivière-au-Renard quai')]),
    C('Referral from the Humber: Darnell Ofori-Heseltine, account for the Monzo refund 04-00-75 49218306, via https://hullsamaritans-outreach.org.uk/refer/8841.', [('name', 'Darnell Ofori-Heseltine'), ('account', '04-00-75 49218306'), ('url', 'https://hullsamaritans-outreach.org.uk/refer/8841')]),
    C('Chilean colleagues: the Ley 21.331 on mental health and the GES for depression. Fonasa covers it, Isapres vary. Anyone with Mapuche clients using Mapudungun materials?'),
    C("Leotie Wahpepah came home to White Swan longhouse for the funeral and stayed. She isn't sure she wants to continue online.", [('name', 'Leotie Wahpepah'), ('place', 'White Swan longhouse')]),
    C('Naltrexone 50 mg and Acamprosate 333 mg for an Italian client who drinks at the Festa di San Giovanni every June. The SerD handles it, not CSM.'),
    C('Danish: Mette Fogh-Lauritzen, CPR 240985-1962, sygesikring gruppe 1, kort 840 217 93, MobilePay +45 41 27 83 09 for fees.', [('name', 'Mette Fogh-Lauritzen'), ('ssn', '240985-1962'), ('health_plan', 'gruppe 1, kort 840 217 93'), ('account', '+45 41 27 83 09')]),
    C("Licence check: client's ex Kurt Vandermolen, Michigan DL V536-118-402-771, truck DLR 4418, lives at Wyoming Rogers Plaza.", [('name', 'Kurt Vandermolen'), ('licence', 'V536-118-402-771'), ('vehicle', 'DLR 4418'), ('place', 'Wyoming Rogers Plaza')]),
    C('Bolivian Aymara: the SUS in Bolivia covers some psychology. Any colleagues using Andean concepts like "susto" and "manchariska" in CBT formulations?'),
    C('Telehealth log: Callum McAteer-Strang joined from 81.147.209.63 at 19:02, dropped twice. Lives above the chippy on Clutha Wynd, was in the bar the night the helicopter came down.', [('name', 'Callum McAteer-Strang'), ('ip_address', '81.147.209.63'), ('place', 'Clutha Wynd')]),
    C('Théodore Lemarchand from the 2023 school attack in Pas-de-Calais: NIR 1 06 09 62 041 338 72, address 12 impasse des Tilleuls, 62000 Arras. Mum wants EMDR, dad is against.', [('name', 'Théodore Lemarchand'), ('ssn', '1 06 09 62 041 338 72'), ('street_address', '12 impasse des Tilleuls'), ('zip_code', '62000'), ('place', 'Arras')]),
    C('Finnish colleagues: Terapiatakuu (the therapy guarantee) passed Parliament. Mieli ry runs crisis lines in Finnish, Swedish and Arabic.'),
    C('Hoang Thi Lan Anh runs the nail salon at Bellaire Little Saigon Strip; since the flood she counts the drains every night.', [('name', 'Hoang Thi Lan Anh'), ('place', 'Bellaire Little Saigon Strip')]),
    C('Olanzapine 10 mg after a first episode in Chile. The GES covers it. The Chilean MINSAL guideline and the WHO mhGAP both say psychosocial first.'),
    C('Telehealth log 2024-10-11 16:40: Darius Ndiaye-Colón from 98.116.204.37 at Mott Haven Houses.', [('date', '2024-10-11 16:40'), ('name', 'Darius Ndiaye-Colón'), ('ip_address', '98.116.204.37'), ('place', 'Mott Haven Houses')]),
    C('Groningen quakes: Harm Wubbena, 66, farm at Loppersum Oosterweg; his cracked walls are on https://schadeloket-groningen.nl/dossier/HW-55218.', [('name', 'Harm Wubbena'), ('place', 'Loppersum Oosterweg'), ('url', 'https://schadeloket-groningen.nl/dossier/HW-55218')]),
    C("Catalan speakers: the Generalitat's CatSalut pays for EMDR through the CSMA network. The Col·legi Oficial de Psicologia de Catalunya has a Catalan PCL-5 too."),
    C("IP 2a00:23c7:9e14:b301::4f logged in as Aoibheann Treacy from her sister's in Ballinasloe Road End; ok to continue if she's not at home?", [('ip_address', '2a00:23c7:9e14:b301::4f'), ('name', 'Aoibheann Treacy'), ('place', 'Ballinasloe Road End')]),
    C('Nordic thread: the Norwegian Helsedirektoratet guideline on PTSD mirrors NICE. The Swedish SBU review liked EMDR less. Danish Sundhedsstyrelsen sits in the middle.'),
    C('Galician colleagues: Sergas and the Colexio Oficial de Psicoloxía de Galicia ran a webinar on rural loneliness in Galicia. Worth it.'),
    C('Pregabalin 150 mg misuse in Norway and Finland: the Norwegian Directorate of Health flagged it. Any thoughts for clients from Russia or Lithuania?'),
    C('Hungarian boat 2019: interpreter Kovács Ibolya from the Danube; TAJ 048 271 936, lakik Dembinszky utca 31. 2/7, 1071.', [('name', 'Kovács Ibolya'), ('health_plan', '048 271 936'), ('street_address', 'Dembinszky utca 31. 2/7'), ('zip_code', '1071')]),
    C('Riots of Nov 2023: Oluwaseun Brannigan, bus driver, saw the school-gate stabbing. Tel +353 87 442 9081, lives in Balgaddy Court. HSE MRN MMUH 2210947.', [('name', 'Oluwaseun Brannigan'), ('phone', '+353 87 442 9081'), ('place', 'Balgaddy Court'), ('medical_record', 'MMUH 2210947')]),
    C('Harvey 2017: Thuy Nguyen-Boudreaux, Vietnamese American, nail salon at Bellaire Boulevard Plaza flooded; SSN 467-20-8813.', [('name', 'Thuy Nguyen-Boudreaux'), ('place', 'Bellaire Boulevard Plaza'), ('ssn', '467-20-8813')]),
    C('Romanian diaspora group: Orthodox Easter falls on a different Sunday this year, so the Pascha week retreat moves. CBT in Romanian from the Albert Ellis Institute affiliate is worth a look.'),
    C('Ana Lucía Ixcot weaves in cantón Xesuj and wants to speak of the war her grandmother saw. Spanish is her second language.', [('name', 'Ana Lucía Ixcot'), ('place', 'cantón Xesuj')]),
    C('Booking for Archie Somerwell, 8, via the school nurse at Holmfirth Lane Junior School; Child Health no. CH-0448172. Parent email somerwell.fam@outlook.co.uk.', [('name', 'Archie Somerwell'), ('place', 'Holmfirth Lane Junior School'), ('medical_record', 'CH-0448172'), ('email', 'somerwell.fam@outlook.co.uk')]),
    C('Argentina AMIA 1994: Débora Szterenfeld, noventa y uno en Rosh Hashaná, lost her brother; DNI 3.418.275, PAMI PAMI 150418273906.', [('name', 'Débora Szterenfeld'), ('age_over_89', 'noventa y uno en Rosh Hashaná'), ('ssn', '3.418.275'), ('health_plan', 'PAMI 150418273906')]),
    C('Swiss client Anne-Laure Zufferey writes from alzufferey@bluewin.ch; address Chemin des Roches 4, 3963.', [('name', 'Anne-Laure Zufferey'), ('email', 'alzufferey@bluewin.ch'), ('street_address', 'Chemin des Roches 4'), ('zip_code', '3963')]),
    C('Tiago Moura Rebelo grew up in Bairro da Jamaica lote 11 and works at Pastelaria Flor do Seixal-Sul; his mum is Angolan, his dad Cape Verdean.', [('name', 'Tiago Moura Rebelo'), ('place', 'Bairro da Jamaica lote 11'), ('place', 'Pastelaria Flor do Seixal-Sul')]),
    C("Sunday reflection: Bruce Perry and Oprah Winfrey's What Happened to You? works better with parents than Gabor Maté's The Myth of Normal. Opinions before our Tuesday meeting?"),
    C('Ukrainian refugees in Poland and Czechia: the PM+ manual (WHO) exists in Ukrainian and Russian. Self-Help Plus too. UNHCR funds some of it until December.'),
    C('Dutch clients: the GGZ Standaarden on PTSS say EMDR or Imaginaire Exposure. The NZa rules on the zorgprestatiemodel changed again in January.'),
    C("Trazodone 50 mg and Mirtazapine 7.5 mg for a Colombian client's insomnia. INVIMA approved the generic. The Colombian GPC on depression says CBT first."),
    C('Supervisors, how do you handle Tarasoff duties in California versus the Texas permissive rule? The California Evidence Code and Texas Health and Safety Code differ.'),
    C('A young man, Artem Sokolenko, from Saltivka mikroraion, now in a hostel in Nowa Huta Ogrodowe. He asks if I think he is a coward for leaving.', [('name', 'Artem Sokolenko'), ('place', 'Saltivka mikroraion'), ('place', 'Nowa Huta Ogrodowe')]),
    C('Log: 190.85.212.46 - Yurany Mosquera Palacios, Afro-Colombian, connecting from barrio Villa España Quibdó.', [('ip_address', '190.85.212.46'), ('name', 'Yurany Mosquera Palacios'), ('place', 'barrio Villa España Quibdó')]),
    C('Lithuanian colleagues: the PSD insurance covers psychotherapy via the VLK since 2023. Russian-speaking clients there may not want Russian materials after 2022.'),
    C('Moldova: Vasile Ciobanu-Rusnac, IDNP 2004017384502, a refugee host in Palanca vama border village since Feb 2022.', [('name', 'Vasile Ciobanu-Rusnac'), ('ssn', '2004017384502'), ('place', 'Palanca vama')]),
    C('Our ward had a visit from Liesbeth Van Damme-Kasongo, who grew up in Matonge-Kinshasa wijk and now volunteers at Huis van de Ketel. She asked about group work for Congolese mothers.', [('name', 'Liesbeth Van Damme-Kasongo'), ('place', 'Matonge-Kinshasa wijk'), ('place', 'Huis van de Ketel')]),
    C('Estallido 2019 eye trauma: Matías Quilapán Huenchul, Mapuche, prosthetic eye clinic record UTO-19-22817; Isapre Colmena 9284017.', [('name', 'Matías Quilapán Huenchul'), ('medical_record', 'UTO-19-22817'), ('health_plan', 'Colmena 9284017')]),
    C('Synagogue shooting 2018: Miriam Feldscher, ninety-seven at Sukkot, member of the congregation, lives at Weinberg Terrace home. Her son Avram Feldscher asked for a Yiddish-speaking clinician.', [('name', 'Miriam Feldscher'), ('age_over_89', 'ninety-seven at Sukkot'), ('place', 'Weinberg Terrace'), ('name', 'Avram Feldscher')]),
    C('Vermont floods 2023: Abenaki elder Roland Obomsawin asked for a sweat before sessions; lives at Barre City Elmwood; VT Medicaid VTM 004819276.', [('name', 'Roland Obomsawin'), ('place', 'Barre City Elmwood'), ('health_plan', 'VTM 004819276')]),
    C('Licence: Marta Lindholm-Eze, Swedish körkort 780214-4417 körkort 2024, car XPC 48N.', [('name', 'Marta Lindholm-Eze'), ('licence', '780214-4417 körkort 2024'), ('vehicle', 'XPC 48N')]),
    C("Polish colleagues: the NFZ's Centra Zdrowia Psychicznego in Masovia and Silesia piloted community care. The PTP recommends CBT and the Polish PCL-5."),
    C("The 2016 football air crash: Lucas Dal Pizzol, journalist's son, CPF 109.337.482-51, tel +55 49 99182-7730.", [('name', 'Lucas Dal Pizzol'), ('ssn', '109.337.482-51'), ('phone', '+55 49 99182-7730')]),
    C("Polish clients after the floods: the PHQ-9 in Polish is validated, the PCL-5 less so. NFZ covers twelve sessions. Lower Silesia's outreach team uses Narrative Exposure Therapy."),
    C("Radek Šimůnek lives in a cottage in Hutě pod Třemšínem and only gets signal at the pub. We're doing sessions by SMS, which feels odd.", [('name', 'Radek Šimůnek'), ('place', 'Hutě pod Třemšínem')]),
    C('Schema Therapy (Jeffrey Young) or CPT (Patricia Resick) for chronic shame after a terror attack? Our Austrian client prefers German, and the ÖBVP lists few schema therapists in Styria.'),
    C('Compassion Focused Therapy (Paul Gilbert) with a Polish Catholic client who reads shame as sin. Any Catholic colleagues who integrate Ignatian practice?'),
    C("Link: https://www.tiktok.com/@zlatan_ukr_kid is the client's son's account; he films at Sykhiv prospekt bazar.", [('url', 'https://www.tiktok.com/@zlatan_ukr_kid'), ('place', 'Sykhiv prospekt bazar')]),
    C('Romania, 2023 gas station explosion - Ionuț Drăgulescu, CNP 1870623450128, now in blocul G4, Cartier Dâmbovița Est. Tel 0742 518 903.', [('name', 'Ionuț Drăgulescu'), ('ssn', '1870623450128'), ('place', 'blocul G4, Cartier Dâmbovița Est'), ('phone', '0742 518 903')]),
    C('The Italian SIP guidelines on PTSD after shipwrecks mention Narrative Exposure Therapy (Schauer, Neuner and Elbert). Has anyone trained with vivo international in Germany?'),
    C('Reminder that the BACP and UKCP ethics webinars are on Monday 7pm. The HCPC Standards of Proficiency changed in September and the BPS has a summary.'),
    C('Licence: Lucía Ferreyra Gaitán, matrícula psicóloga MN 48213, supervisee; her clients are from Barrio Padre Mugica manzana 7b.', [('name', 'Lucía Ferreyra Gaitán'), ('licence', 'MN 48213'), ('place', 'Barrio Padre Mugica manzana 7b')]),
    C('Grocery store shooting 2021: Tanner Ostrowski, pharmacist, Colorado license PHA.0031847; IP 73.229.48.161 on telehealth.', [('name', 'Tanner Ostrowski'), ('licence', 'PHA.0031847'), ('ip_address', '73.229.48.161')]),
    C('Swiss Romansh speakers: any Romansh versions of the BDI-II? Graubünden has few Romansh-speaking therapists, and the FSP directory lists two.'),
    C("Following up Tuesday 9 January 2024: Perpetua Anyanwu-Marsh missed her Talking Therapies slot, she's at 27 Kestrel Rise, BL3 4UJ. She nursed at the walk-in centre.", [('date', 'Tuesday 9 January 2024'), ('name', 'Perpetua Anyanwu-Marsh'), ('street_address', '27 Kestrel Rise'), ('zip_code', 'BL3 4UJ')]),
    C('Referral line: Hamish Strachan-Bell, fax 01463 704 558, GP at Culloden Moor Surgery.', [('name', 'Hamish Strachan-Bell'), ('fax', '01463 704 558'), ('place', 'Culloden Moor Surgery')]),
    C('German consult: Jannik Oberdörster, 17, witnessed the 2024 festival stabbing; Steuer-ID 58 241 907 316, AOK Versichertennummer K918374620. Wohnt Kölner Straße 118, 2. OG, 42651 Solingen-Höhscheid.', [('name', 'Jannik Oberdörster'), ('ssn', '58 241 907 316'), ('health_plan', 'K918374620'), ('street_address', 'Kölner Straße 118, 2. OG'), ('zip_code', '42651'), ('place', 'Solingen-Höhscheid')]),
    C('Agathe Nzeyimana-Roux works at Crèche Les Lucioles de Bellevue and lives in Résidence Les Érables du Breil.', [('name', 'Agathe Nzeyimana-Roux'), ('place', 'Crèche Les Lucioles de Bellevue'), ('place', 'Résidence Les Érables du Breil')]),
    C('Croatian veterans: PTSP in Croatian, the HZZO pays. The Ministry of Croatian Veterans funds regional centres. Thoughts on CPT versus PE for veterans from the 1990s?'),
    C('The 2025 car-ramming - Heike Wiesenthal-Krämer runs the kiosk at Marktplatz-Eck Kiosk; vehicle MA-HW 2217 was blocked by the car.', [('name', 'Heike Wiesenthal-Krämer'), ('place', 'Marktplatz-Eck Kiosk'), ('vehicle', 'MA-HW 2217')]),
    C("Reading group on Thursday: we finish Herman's Trauma and Recovery, then start The Body Keeps the Score by van der Kolk in March. Bring your PCL-5 questions and the ITQ too."),
    C('Argentine Ley 26.657 de Salud Mental: the Interdisciplinary Review Board and involuntary admissions. Our Santa Fe colleagues want a webinar in April.'),
    C('Spanish colleagues: the Plan de Acción de Salud Mental 2022-2024 and the Línea 024 helpline. The COP and SEPCyS both lobby for more PIRs in Andalusia.'),
    C('Thessaly floods 2023 (Daniel): Vangelis Papadimos, farmer from Metamorfosi Karditsas plateia, vehicle KRZ-4817 lost in the water.', [('name', 'Vangelis Papadimos'), ('place', 'Metamorfosi Karditsas plateia'), ('vehicle', 'KRZ-4817')]),
    C('Prazosin 5 mg for nightmares still? The AASM withdrew its support, then partly restored it. Doxazosin is an option, says the APA guideline, with Trazodone 50 mg.'),
    C('Bulgarian colleagues: the NZOK pays for psychiatry but not psychotherapy. The Bulgarian version of the PCL-5 is from the Bulgarian Psychological Society.'),
    C('Nikola Đurđević works at Kafana Stari Most and started drinking after the shooting; the owner keeps him on out of pity.', [('name', 'Nikola Đurđević'), ('place', 'Kafana Stari Most')]),
    C('Day of the Dead on November 2: Mexican American clients often want to talk about their ancestors. Día de los Muertos rituals are a good resource for grief work.'),
    C('NWT evacuation 2023: Noel Betsina-Crapeau, Tłı̨chǫ, staying at Behchokǫ̀ Rae side; NWT health card N 4418 2096.', [('name', 'Noel Betsina-Crapeau'), ('place', 'Behchokǫ̀ Rae side'), ('health_plan', 'N 4418 2096')]),
    C("Has anyone used the Welsh version of the PHQ-9 with older farmers in Wales? The NHS Wales translation reads oddly in southern Welsh dialects, I'm told, and the BMA says the same about English."),
    C('Newfoundland colleagues: Doorways walk-in counselling is brilliant. The Stepped Care training uses Single Session Therapy (Moshe Talmon).'),
    C('Estonia ferry 1994 survivor Kalev Tammesalu, isikukood 35508120271, lives in Kopli liinid maja 4 now, calls from +372 5591 4402 every September.', [('name', 'Kalev Tammesalu'), ('ssn', '35508120271'), ('place', 'Kopli liinid maja 4'), ('phone', '+372 5591 4402')]),
    C('Fax an die Institutsambulanz +49 391 671 5520: Ludger Hampe, geb. 02.11.1958, TK Z481739265.', [('fax', '+49 391 671 5520'), ('name', 'Ludger Hampe'), ('date', '02.11.1958'), ('health_plan', 'Z481739265')]),
    C('Ximena Huaraca Condori sells potatoes at Mercado Unión y Dignidad and wants sessions only after the market closes.', [('name', 'Ximena Huaraca Condori'), ('place', 'Mercado Unión y Dignidad')]),
    C('Norwegian colleagues: Rask psykisk helsehjelp is scaling up. HELFO covers psychologists since 2020. The Norwegian PHQ-9 is on Helsenorge.'),
    C('Prosthetic leg Össur Pro-Flex SN PFX-0922-41837 for Serhii Marchenko-Dovhan, veteran, in rehab at Lviv Unbroken centre block B.', [('device', 'Össur Pro-Flex SN PFX-0922-41837'), ('name', 'Serhii Marchenko-Dovhan'), ('place', 'Lviv Unbroken centre block B')]),
    C('Roseline Baptiste lives at Bois Cassé heights and hears the Soufrière rumble in her sleep.', [('name', 'Roseline Baptiste'), ('place', 'Bois Cassé heights')]),
    C('Bosnian Muslim families in Sweden after Eid al-Adha: the Swedish Region Skåne offers interpreters in Bosnian, and 1177 Vårdguiden has a PTSD page in BCS.'),
    C('Nightclub shooting 2016: Javier Ocasio Rentas, Puerto Rican, lives in Buenaventura Lakes east loop now; Florida DL O220-418-87-311-0. Plate LQP-K38.', [('name', 'Javier Ocasio Rentas'), ('place', 'Buenaventura Lakes east loop'), ('licence', 'O220-418-87-311-0'), ('vehicle', 'LQP-K38')]),
    C('Somatic Experiencing (Peter Levine) for a Ukrainian soldier on leave: the SE International faculty run trainings in Ukrainian online. Worth recommending?'),
    C('Sandy 2012 still: Salvatore Iacobelli, address 41 Cedar Grove Ave, NY 10306; Medicare MBI 4TR8-KW2-NM71.', [('name', 'Salvatore Iacobelli'), ('street_address', '41 Cedar Grove Ave'), ('zip_code', '10306'), ('health_plan', '4TR8-KW2-NM71')]),
    C('Nordic group: Sigrid Haugerud-Bakke lost her house in the 2020 quick-clay slide at Ask sentrum nord; fødselsnummer 140372 48219, fastlege fax +47 63 92 18 40.', [('name', 'Sigrid Haugerud-Bakke'), ('place', 'Ask sentrum nord'), ('ssn', '140372 48219'), ('fax', '+47 63 92 18 40')]),
    C('Gaspard Mbuyi-Leclercq helps his uncle at Friterie Chez Tonton Jules and has started skipping school.', [('name', 'Gaspard Mbuyi-Leclercq'), ('place', 'Friterie Chez Tonton Jules')]),
    C('The 2019 store shooting in Texas: Guadalupe Ontiveros Nájera, shopper, Medicaid TX TXM 520148763, address 10417 Sapphire Ridge Dr, TX 79924.', [('name', 'Guadalupe Ontiveros Nájera'), ('health_plan', 'TXM 520148763'), ('street_address', '10417 Sapphire Ridge Dr'), ('zip_code', '79924')]),
    C('Lent, Ramadan and Passover overlapped in April, and our Catholic, Muslim and Jewish group members enjoyed comparing fasting and feasts. Any interfaith group facilitators?'),
    C("Dimitra Kalogeropoulou has been sleeping at her sister's in Nea Ionia Marathonos since the fire at her block. She says she will go home after Easter.", [('name', 'Dimitra Kalogeropoulou'), ('place', 'Nea Ionia Marathonos')]),
    C('Swiss colleagues: does Helsana or CSS cover group therapy under the new Anordnungsmodell? The FSP says yes from July, the BAG says it depends on the canton of Valais.'),
    C('Jóhanna Danielsen from Gøta sjóvarbyrgi comes to sessions on the ferry and the crossing itself seems to regulate her more than I do.', [('name', 'Jóhanna Danielsen'), ('place', 'Gøta sjóvarbyrgi')]),
    C('Atomoxetine 40 mg, Methylphenidate (Concerta 36 mg) for a Croatian teen. HZZO covers Concerta only after age 6. The CADDRA guidelines for Canada differ.'),
    C("Brigitte Hausammann mentioned that her late husband built the barn at Hof Obermatt and she can't bear to sell it to the neighbours.", [('name', 'Brigitte Hausammann'), ('place', 'Hof Obermatt')]),
    C('The Friendship Bench (Dixon Chibanda) adapted for the US? Any colleagues seen evidence in Latino communities?'),
    C("Linnéa Fjällström-Omar moved from Hjällbo centrum torget to her grandmother's in Lappträsk by and sleeps better but feels guilty.", [('name', 'Linnéa Fjällström-Omar'), ('place', 'Hjällbo centrum torget'), ('place', 'Lappträsk by')]),
    C('Palisades fire: Conrad Abernethy, ninety-nine this Passover, evacuated from Castellammare Mesa; the home aide is Rosalinda Pangilinan.', [('name', 'Conrad Abernethy'), ('age_over_89', 'ninety-nine this Passover'), ('place', 'Castellammare Mesa'), ('name', 'Rosalinda Pangilinan')]),
    C('Sunday, Wednesday or Friday for the group? Friday clashes with Shabbat for the Jewish members, Wednesday with choir for the Methodists. Sunday is Mass for the Catholics.'),
    C('Jacinta Yupanqui Huamán sells at Feria de Ñaña Chacrasana and lives in Asentamiento Humano Villa Sol.', [('name', 'Jacinta Yupanqui Huamán'), ('place', 'Feria de Ñaña Chacrasana'), ('place', 'Asentamiento Humano Villa Sol')]),
    C('University shooting Dec 2023: Tereza Doubravová, student, rodné číslo 995214/3817, VZP VZP 111 9952143817. Still avoids the faculty at Palachovo náměstí.', [('name', 'Tereza Doubravová'), ('ssn', '995214/3817'), ('health_plan', 'VZP 111 9952143817'), ('place', 'Palachovo náměstí')]),
    C("Ramadan starts in February this year; adjust the Fluoxetine timing with the Imam's advice? The Muslim Council of Britain has a leaflet and so does Mind."),
    C('Diwali, Hanukkah and Christmas all in one month: our December rota is short. The Hindu and Jewish members asked for Monday off. Any swaps?'),
    C('DANA 2024: Vicenta Alborch Pascual, 58, lost the ground floor in Barri de la Torre; DNI 29184736W, SIP SIP 10472938. Asks for sessions in Valencian.', [('name', 'Vicenta Alborch Pascual'), ('place', 'Barri de la Torre'), ('ssn', '29184736W'), ('health_plan', 'SIP 10472938')]),
    C('Eaton fire Jan 2025: Deja Villalobos-Harris, house at 2286 N Lake Ave, CA 91001-3318 burned; Medi-Cal 92847165B.', [('name', 'Deja Villalobos-Harris'), ('street_address', '2286 N Lake Ave'), ('zip_code', '91001-3318'), ('health_plan', '92847165B')]),
    C('Eid al-Fitr in March and Easter in April: Muslim and Christian clients will cancel. The Catholic and Orthodox Easter differ by a week this year.'),
    C('Tram shooting 2019 witness: Sanne de Wit-Boukhari, BSN 182 047 395, Zilveren Kruis ZK 40917263, woont Kanaalstraat 211-bis, 3531 CL.', [('name', 'Sanne de Wit-Boukhari'), ('ssn', '182 047 395'), ('health_plan', 'ZK 40917263'), ('street_address', 'Kanaalstraat 211-bis'), ('zip_code', '3531 CL')]),
    C('Carnaval in Brazil, Carnival in Trinidad, Mardi Gras in Louisiana: February clients cancel everywhere. Ash Wednesday follows and Lent starts.'),
    C('Telehealth audit: Bogdan Ilie Stoica connected from 86.124.37.219 on 21.05.2024, from a car park at Lidl Militari Vest.', [('name', 'Bogdan Ilie Stoica'), ('ip_address', '86.124.37.219'), ('date', '21.05.2024'), ('place', 'Lidl Militari Vest')]),
    C('Björg Eyjólfsdóttir was moved from Hraunborgir sumarhúsabyggð to Ásbrú íbúðahverfi after the evacuation.', [('name', 'Björg Eyjólfsdóttir'), ('place', 'Hraunborgir sumarhúsabyggð'), ('place', 'Ásbrú íbúðahverfi')]),
    C('Gérald Vuilleumier left La Chaux-du-Milieu ferme for a flat in Les Eplatures-Est and feels he betrayed his father.', [('name', 'Gérald Vuilleumier'), ('place', 'La Chaux-du-Milieu ferme'), ('place', 'Les Eplatures-Est')]),
    C("Payment: Zelle to jalen.pryce.pay@gmail.com from Jalen Pryce-Whitaker, who says the session money is his grandmother's.", [('account', 'jalen.pryce.pay@gmail.com'), ('name', 'Jalen Pryce-Whitaker')]),
    C('Festival shooting 2017: Kaylee Bruckheimer, nurse, NV license RN 0087513; contact kbruckheimer.rn@gmail.com. She was at Sunrise Manor Urgent Care that night.', [('name', 'Kaylee Bruckheimer'), ('licence', 'RN 0087513'), ('email', 'kbruckheimer.rn@gmail.com'), ('place', 'Sunrise Manor Urgent Care')]),
    C('Clozapine 300 mg, ANC 1.8, and the Clozapine REMS changed in February. Our US psychiatrist says the FDA dropped the requirement. Is that right for Canada under Health Canada?'),
    C('Woebot and Wysa: the NHS Digital Technology Assessment Criteria and the FDA Breakthrough designation. Any clients in Ireland using Wysa with Silvercloud?'),
    C('Floods of 2024 in Bosnia: Emina Hadžiomerović, JMBG 1203981175014, lives in Donja Jablanica mahala with her devedesetdvogodišnji father.', [('name', 'Emina Hadžiomerović'), ('ssn', '1203981175014'), ('place', 'Donja Jablanica mahala'), ('age_over_89', 'devedesetdvogodišnji')]),
    C('Internal Family Systems (Richard Schwartz) with survivors of clergy abuse in Ireland: the Towards Healing service in Ireland funds it. Thoughts?'),
    C("Does anyone have the Spanish EMDR protocol from Francine Shapiro's institute for recent events (R-TEP by Elan Shapiro)? Valencian clients after the DANA prefer Catalan materials."),
    C('Buprenorphine (Subutex 8 mg) and Methadone in Scotland: the MAT Standards (Medication Assisted Treatment) require same-day access. Anyone in the NHS Scotland boards here?'),
    C('Referral line: Delphine Marchetti-Loubet, dossier AP-HP 8012947715, fax 01 44 73 62 90.', [('name', 'Delphine Marchetti-Loubet'), ('medical_record', '8012947715'), ('fax', '01 44 73 62 90')]),
    C('Limburg 2021 flood: Noud Vankan-Schoenmakers, camping owner; fax 043 601 7728. His caravan park Camping Geulhoeve still empty.', [('name', 'Noud Vankan-Schoenmakers'), ('fax', '043 601 7728'), ('place', 'Camping Geulhoeve')]),
    C('Motivational Interviewing (Miller and Rollnick, 4th edition 2023) for a Brazilian client drinking after the floods. The Portuguese translation is from Artmed.'),
    C("Dad is ninety-three come Burns Night and still drives the tractor at Achnacloich Steading - his daughter Iseabail MacRury is the one I'm seeing, caregiver strain mainly.", [('age_over_89', 'ninety-three come Burns Night'), ('place', 'Achnacloich Steading'), ('name', 'Iseabail MacRury')]),
    C('Referral: Tadhg Costello, 34, PPSN 6629401HA, laya policy LH 7731 2094 01, address Apt 12, Tolka Quay House, D03 K6W2.', [('name', 'Tadhg Costello'), ('ssn', '6629401HA'), ('health_plan', 'LH 7731 2094 01'), ('street_address', 'Apt 12, Tolka Quay House'), ('zip_code', 'D03 K6W2')]),
    C('Her partner Jago Penrose-Kitto drives WK67 FZN and keeps parking outside Treyew Close where she lives now. Police aware, MARAC on 2024-03-18.', [('name', 'Jago Penrose-Kitto'), ('vehicle', 'WK67 FZN'), ('place', 'Treyew Close'), ('date', '2024-03-18')]),
    C('Ruthie Blankenship lives at the head of Troublesome Creek hollow and walks to the post office to use the wifi for telehealth.', [('name', 'Ruthie Blankenship'), ('place', 'Troublesome Creek hollow')]),
    C('Ontario: Nalini Sivakumar-Pereira, Tamil Canadian, OHIP 4428-119-607-KT, Malvern Town Centre kiosk row pharmacist; CRPO supervisor CRPO #009471.', [('name', 'Nalini Sivakumar-Pereira'), ('health_plan', '4428-119-607-KT'), ('place', 'Malvern Town Centre kiosk row'), ('licence', 'CRPO #009471')]),
    C('Joan Baptista Ferrandis rings from +34 961 58 27 34 every morning at eight; his car was swept from Carrer del Sequer 14, 2n 3a, 46910-bis Sedaví nord. Plate 4817 KDX.', [('name', 'Joan Baptista Ferrandis'), ('phone', '+34 961 58 27 34'), ('street_address', 'Carrer del Sequer 14, 2n 3a'), ('zip_code', '46910-bis'), ('place', 'Sedaví nord'), ('vehicle', '4817 KDX')]),
    C('Puerto Rico colleagues: Plan Vital covers telehealth, but ASSMCA rules differ. The APPR convention is in November. Anyone presenting on Hurricane Maria anniversaries?'),
    C('Iceland: Sólveig Hrafnsdóttir, kennitala 170459-3219, farm at Núpur undir Eyjafjöllum, ash from 2010 still in her lungs she says.', [('name', 'Sólveig Hrafnsdóttir'), ('ssn', '170459-3219'), ('place', 'Núpur undir Eyjafjöllum')]),
    C("Bupropion 150 mg for a Mexican smoker with depression. COFEPRIS approved the Mexican generic in 2022. IMSS doesn't stock it in Oaxaca."),
    C('CPS teacher referral: Marisol Cuevas-Adebayo, CPS teacher at Little Village Lawndale High, email mcuevasadebayo@cps.edu.', [('name', 'Marisol Cuevas-Adebayo'), ('place', 'Little Village Lawndale High'), ('email', 'mcuevasadebayo@cps.edu')]),
    C("Lakota colleague recommends Maria Yellow Horse Brave Heart's historical trauma model. Pairs well with Resmaa Menakem's My Grandmother's Hands. Reading on Tuesday."),
    C('Consult request: survivor of the 2017 tower fire, Lowri Penhallow-Acheampong, now housed at Flat 9, 41 Quenby Mews, W10 6QR; NI JT 48 61 27 C. Nightmares since the inquiry hearings on BBC.', [('name', 'Lowri Penhallow-Acheampong'), ('street_address', 'Flat 9, 41 Quenby Mews'), ('zip_code', 'W10 6QR'), ('ssn', 'JT 48 61 27 C')]),
    C('Payment: Mercado Pago alias tomas.rivarola.mp - Tomás Rivarola Ghio.', [('account', 'tomas.rivarola.mp'), ('name', 'Tomás Rivarola Ghio')]),
    C('Portuguese colleagues: the Ordem dos Psicólogos Portugueses and the SNS 24 line. Cheques-Psicólogo in the Azores are new this year.'),
    C('Haiti 2021 quake: Wideline Pierre-Louis Désir, NIF 004-218-771-3, from Camp-Perrin Laborde; MonCash +509 3728 1140.', [('name', 'Wideline Pierre-Louis Désir'), ('ssn', '004-218-771-3'), ('place', 'Camp-Perrin Laborde'), ('account', '+509 3728 1140')]),
    C('Puerto Rico 2020 quakes: Nilda Vélez Irizarry, address Calle 4 D-11, Urb. Bahía, PR 00653; Vital PRV 0448127639.', [('name', 'Nilda Vélez Irizarry'), ('street_address', 'Calle 4 D-11, Urb. Bahía'), ('zip_code', '00653'), ('health_plan', 'PRV 0448127639')]),
    C('Ecuador quake 2016: Jefferson Quiñónez Bone, Afro-Ecuadorian, from Tarqui barrio Los Esteros; cédula 1307492183.', [('name', 'Jefferson Quiñónez Bone'), ('place', 'Tarqui barrio Los Esteros'), ('ssn', '1307492183')]),
    C('Licence: Bruno Caetano Araújo, CNH 04718392651, plate RJK4E82, lost in the RS floods; lives in Eldorado do Sul Centro Novo.', [('name', 'Bruno Caetano Araújo'), ('licence', '04718392651'), ('vehicle', 'RJK4E82'), ('place', 'Eldorado do Sul Centro Novo')]),
    C('Nova Scotia: the Mental Health and Addictions Program moved to a stepped care model (Peter Cornish) in 2023. Any thoughts on Stepped Care 2.0?'),
    C("Survivor of the occupation, Halyna Prokopchuk, dev'yanosto chotyry, lives with her daughter on osiedle Bródno Podgrodzie. Daughter's tel +48 512 408 377.", [('name', 'Halyna Prokopchuk'), ('age_over_89', "dev'yanosto chotyry"), ('place', 'osiedle Bródno Podgrodzie'), ('phone', '+48 512 408 377')]),
    C('Links: she posted https://www.instagram.com/ritadasilva.flood2024 - Rita da Silva Tessmann - photos from Ilha dos Marinheiros cais.', [('url', 'https://www.instagram.com/ritadasilva.flood2024'), ('name', 'Rita da Silva Tessmann'), ('place', 'Ilha dos Marinheiros cais')]),
    C('Pipeline explosion 2019: Hilario Cruz Escamilla, burns; plate HGT-284-B, ranch at Rancho El Tinaco.', [('name', 'Hilario Cruz Escamilla'), ('vehicle', 'HGT-284-B'), ('place', 'Rancho El Tinaco')]),
    C('Poland floods 2024: Zbigniew Wróblewski-Kulas, PESEL 58031204417, farm at Gorzanów Dolny, NFZ via z.wroblewski58@wp.pl. Car plate DKL 47WP written off.', [('name', 'Zbigniew Wróblewski-Kulas'), ('ssn', '58031204417'), ('place', 'Gorzanów Dolny'), ('email', 'z.wroblewski58@wp.pl'), ('vehicle', 'DKL 47WP')]),
    C('Fax 028 9032 7716 from the Troubles legacy service: Seamus McIlhatton, 71, born in Ardoyne Walk; Health and Care no. HCN 344 181 9027.', [('fax', '028 9032 7716'), ('name', 'Seamus McIlhatton'), ('place', 'Ardoyne Walk'), ('medical_record', 'HCN 344 181 9027')]),
    C("Elizabeth Kübler-Ross's On Grief and Grieving and Pauline Boss's Ambiguous Loss for families of the missing in Mexico, Colombia and Guatemala. Spanish editions?"),
    C('ACT (Steven Hayes) with Orthodox Jewish clients in New York State: any adaptations? The OU and Relief Resources have lists of therapists.'),
    C('Fax to the CMHT duty desk 01752 408 193 re Kieran Tregothnan, witness to the 2021 shooting in Keyham Barton Row, referral dated 14/08/2023. NHS 721 384 9065.', [('fax', '01752 408 193'), ('name', 'Kieran Tregothnan'), ('place', 'Keyham Barton Row'), ('date', '14/08/2023'), ('medical_record', '721 384 9065')]),
    C('Sámi clients: SANKS in Norway offers Sámi-language therapy. The Sámi Parliament in Finland funded a Sámi version of the EPDS. Any colleagues in Sápmi?'),
    C("Book club: Primo Levi's The Drowned and the Saved, then Viktor Frankl, then Natalia Ginzburg. Italian speakers, please bring the originals for comparison on Friday."),
    C('Headspace for Work, Teladoc and BetterHelp: the FTC fined BetterHelp in 2023. The GDPR makes EU clients cautious. Our Dutch members prefer Minddistrict.'),
    C('Maximiliano Etcheverry was a waiter at Parrilla La Tranquera de Barracas and saw the robbery; his boss refuses to give him time off.', [('name', 'Maximiliano Etcheverry'), ('place', 'Parrilla La Tranquera de Barracas')]),
    C('The 2022 supermarket shooting: Bernice Oyelowo-Dancy, ninety-four at Kwanzaa, shopped there every Saturday; granddaughter calls from 716-829-4410.', [('name', 'Bernice Oyelowo-Dancy'), ('age_over_89', 'ninety-four at Kwanzaa'), ('phone', '716-829-4410')]),
    C('Link: https://drive.google.com/file/d/1xQ7bLm04RtVpKdZ/view - the school report on Jayden Okonkwo-Reilly.', [('url', 'https://drive.google.com/file/d/1xQ7bLm04RtVpKdZ/view'), ('name', 'Jayden Okonkwo-Reilly')]),
    C('Thoughts? Beatriz Lameiras Couto runs the café at Lugar de Sobreira and refuses to close it even on the days she can barely stand.', [('name', 'Beatriz Lameiras Couto'), ('place', 'Lugar de Sobreira')]),
    C('Hungarian-speaking therapists: the Hungarian version of the IES-R is good. The NEAK pays for it only via psychiatry, so clients in Baranya wait months.'),
    C("Piero Mastrogiacomo moved from contrada Sant'Elia bassa to the flats at Rione Traiano lotto 7 after the landslide and hasn't slept since.", [('name', 'Piero Mastrogiacomo'), ('place', "contrada Sant'Elia bassa"), ('place', 'Rione Traiano lotto 7')]),
    C('Link: fundraiser https://www.leetchi.com/fr/c/soutien-famille-bensalem-roya for Karim Bensalem.', [('url', 'https://www.leetchi.com/fr/c/soutien-famille-bensalem-roya'), ('name', 'Karim Bensalem')]),
    C('Erasmus students from Spain and Italy in Ireland: the EHIC covers GP visits but not counselling. The USI and Jigsaw offer free sessions in Irish universities.'),
    C('hey all, pedro henrique sousa from vila do cabo frio norte cancelled again, third week. he said the rain got into the house. thoughts on outreach?', [('name', 'pedro henrique sousa'), ('place', 'vila do cabo frio norte')]),
    C('Nova Scotia 2023 floods: Brendan MacIsaac, lives at 88 Bog Road, Unit 2, NS B4A 2P7; MSI 0041 388 217.', [('name', 'Brendan MacIsaac'), ('street_address', '88 Bog Road, Unit 2'), ('zip_code', 'B4A 2P7'), ('health_plan', '0041 388 217')]),
    C('Water crisis in Mississippi: LaTonya Brisbane-Ellis, lives in Presidential Hills subdivision, kids out of school for weeks. MS Medicaid MSM 7729104518.', [('name', 'LaTonya Brisbane-Ellis'), ('place', 'Presidential Hills subdivision'), ('health_plan', 'MSM 7729104518')]),
    C('Tuomas Heikkilä-Nurmi coaches ice hockey at Myyrmäki areena and the boys from the shooting school are on his team.', [('name', 'Tuomas Heikkilä-Nurmi'), ('place', 'Myyrmäki areena')]),
    C('Finnish consult: Aino Kärkkäinen-Ruotsalainen, 12, from the 2024 school shooting; HETU 070412A946T, school Viertola koulu annex.', [('name', 'Aino Kärkkäinen-Ruotsalainen'), ('ssn', '070412A946T'), ('place', 'Viertola koulu')]),
    C("Nahuel Catrileo spent the winter in Lof Temucuicui Autónomo and came back quieter. I wonder if I'm pathologising grief that the community holds well.", [('name', 'Nahuel Catrileo'), ('place', 'Lof Temucuicui Autónomo')]),
    C('Pride shooting 2022: Eskil Nordahl-Vang was in the bar; tel +47 922 84 136, adresse Tøyengata 41 H0203, 0578.', [('name', 'Eskil Nordahl-Vang'), ('phone', '+47 922 84 136'), ('street_address', 'Tøyengata 41 H0203'), ('zip_code', '0578')]),
    C('The Belgian RIZIV convention for first-line psychology changed in January. Has anyone with Flemish clients tried the Dutch version of the CATS with kids?'),
    C("A Portuguese client keeps speaking of saudade, and I found Eduardo Lourenço's writing helps. Any Brazilian colleagues with thoughts on saudade versus depression in the DSM-5-TR?"),
]

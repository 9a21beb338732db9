"""SEVENTY-THIRD LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), scripts/, bench/,
adapters/ or storage/, did not run the guard, bench/guard_eval.py or any
test that imports or runs the guard, did not run git log, git status,
git diff or git show at all, did not read README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or diffs of any commit, and did
not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_72.py, nor any other worktree or drafts
folder.
What was read, each printed once and in its own command with nothing
else: the writing rules (from outside the repository, the first
command); the module docstrings of tests/bot/confidentiality/sets/
locked_set_69.py and locked_set_71.py (the two latest "real requests"
sets this one is modelled on, each up to its closing triple quote, none
of their cases); the first 25 lines of tests/bot/confidentiality/sets/
locked_set_13.py (its docstring); its last three lines (two snippets,
for the file format; none of their sentences was copied); the EvalCase
dataclass and PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41);
tests/bot/confidentiality/test_locked_sets.py (the data integrity
checks, which hold no snippets); and a listing of the sets folder (file
names only).  One command listed the drafts folder (empty) and printed
the date.  No slip of the reading rule occurred.
The header of this file (the import of EvalCase, the alias
"C = EvalCase" and the name LOCKED73_CASES) was written from the format
of set 13's tail and the test's module and attribute names.  The overlap
filter described below imported the earlier sets and printed only this
set's own clashing strings.  The only test run was test_locked_sets.py
(selected with -k 73); ruff was run on this file and on that test file.
Like set 69, and unlike set 71, every snippet here is set in Europe and
the Americas (and diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty-five minutes; the machine's clock showed
about fifteen minutes between creating the drafts folder and writing
this file), as a message to peers in a
therapists' consultation group, "like real requests" in the manner of
sets 69 and 71, mostly about ordinary working and family lives, with
settings chosen to differ from set 69's list as far as its docstring
shows: Asturian miner's widow, cattle farmer and school-bus driver,
Aragonese Pyrenean shepherd, Extremaduran cork stripper, Murcian lettuce
packer, Valencian orange grower after the flood, Riojan vineyard
foreman, Navarrese asparagus lorry driver, Castilian emptied village,
Catalan transport driver and stimulator patient, Andalusian market seller,
Leonese silicosis, Cartagena dockworker, Canarian intake link, Ceuta
discharge; Friulian earthquake, Trentino apple picker, Calabrian
barman, Apulian olive grower (Xylella), Murano glass, Ligurian rooms to
let, Piedmontese hazelnut, Carrara quarry, Abruzzo earthquake, Punjabi
milker in Emilia, Valdostan ski lift, Ladin, Lucanian, Asiago cheese
cooperative, Aeolian pharmacist, Neapolitan coral town, Ticino
frontaliere, Romansh; Alsatian nurse, Auvergne cheese maker, Lorraine
steelworker, Provençal lavender, Nord mining widow and wheelchair user,
Norman dairy farmer, Savoyard ski instructor, Occitan grandmother,
Arcachon oyster shucker, Béarn shepherd's widow, Breton seaweed
harvester; Sorbian family and carpenter, Erzgebirge toymaker,
Palatinate vintner's widow, Hamburg port crane driver, Russian-German
care worker, Turkish-German driver, Thuringian glassworks, Tyrolean ski
bar, Salzkammergut knitter, Emsland bakery; Kashubian, Górale carver,
Masurian resort worker, Lublin farm shop, Ostrava ex-miner, Hungarian
paprika grower, Bulgarian rose picker, Srebrenica widow, Herzegovinian
tobacco picker, Vukovar widow, Dalmatian fisherman, Maramureș
woodcarver, Moldovan carer in Italy, Romanian strawberry picker in
Spain, Romanian truck driver, Serbian Roma settlement, Thessaly flood,
Lesbos camp survivor, Himara Greek-Albanian, Cretan vendetta; Norrland
forestry, Tornedalian, Frøya salmon farm, Hitra, Ålander, Finnish
lumberjack on lithium, Finnish diabetic, Norwegian ferry engineer and
Lofoten islander, Trøndelag record, Swedish-Polish baker, Malmö
Polish-Swede, Stockholm suburb cleaning firm, Greenlandic student in
Copenhagen, Samogitian farmer, Seto singer, Saaremaa fisherman, Latvian
coast guesthouse, Russian-speaking Estonian mother, Lithuanian forklift
driver and packhouse worker, Flemish lacemaker; Tyneside welder,
Yorkshire miners' wives, Lancashire Kashmiri, West Belfast, Fife
offshore partner, Cumbrian hill farmer, Kent hop picker and fruit
picker, Jersey Portuguese dairy worker, Irish Travellers, Donegal
Gaeltacht fisherman, Kerry slurry-pit death, Offaly Bord na Móna,
Dublin flat complex, Glasgow care leaver, Liverpool Nigerian-Scouse,
Welsh slate, Sutherland care worker, Leicester Gujarati, Ceredigion
student midwife, London bus driver and cleaner, Wester Ross crofter,
Sheffield steel, Galway chipper, Mayo, Tameside brass band, Rhondda,
Manchester tagged youth, Scilly knitter, Cavan Polish-Irish family,
Leitrim teacher, Connemara broadband, Welsh hill farmer, South African
in London, Ukrainian in England; Maine lobsterman, Rhode Island Cape
Verdean, Maryland Q'eqchi' poultry worker and crab picker, Gullah,
North Carolina hog farm, Florida Seminole and Cuban, Kentucky
coalfield, Flint, Wisconsin ex-Amish, Iowa Karen meatpacker, Lakota,
Blackfeet, Wyoming man camp, Oregon Basque widow, California almond
foreman and berry packer, Arkansas Marshallese, Cherokee, Muscogee,
Detroit Polish, Ohio derailment, Chicago-area K'iche' cleaner, Southern
Ute, Montana smelter, Alabama shrimp, Memphis jail, Chincoteague, Idaho
dairy, Nevada Filipina nurse, Massachusetts Vietnamese, Zuni,
Pittsburgh Jewish family, Appalachian miner's widow and settlement
school; Acadian of New Brunswick, Mi'kmaq, Saskatchewan potash, Dene,
Manitoba Métis and Mennonite, Mohawk ironworker, Innu, Six Nations,
Alberta oil sands and Somali meat-plant worker, Vancouver Vietnamese
nail salon, Abitibi mine, Saguenay court case, Montreal teacher,
Franco-Manitoban, Nunavut telehealth; Tzotzil, Campeche Maya
beekeeper, Guerrero teacher, Yaqui, Nuevo León maquila, Totonac
vanilla, Nahua potter, Otomí embroiderer, Jalisco agave; Q'eqchi'
coffee picker, Salvadoran, Guna sea-rise relocation, Emberá, Belizean
Kriol and Mennonite; Wayuu, Paisa flower cutter, Afro-Colombian Chocó,
Otavalo Kichwa, Ayacucho widow, Asháninka, Lima shantytown, Cochabamba
Quechua, El Alto Aymara, Paraguayan Guaraní and Mennonite, Qom,
Chilote mussel farmer and school-bus driver, Atacama copper miner, Tucumán
guesthouse, Bahian quilombola, Yanomami, Minas Gerais dam, Carioca
costume maker, Pará land conflict, Japanese-Brazilian, Indo-Guyanese,
Saramaka Maroon, Javanese-Surinamese; Jamaican, Trinidadian,
Dominican, Cuban (Guantánamo and Havana), Abaco Haitian, Antiguan,
Vincentian volcano evacuee, Kalinago, Bonairean and Puerto Rican
clients.  Short referral lines, forwarded
faxes, portal and audit logs, rushed lower-case chat (five identifier
snippets write a name and a place in lower case) and about thirty
longer requests (30 identifier snippets and 8 clean ones over 300
characters, up to 444) with the identifiers mid-sentence.  63 of the
256 identifier snippets (25%) hold only a name and/or a place.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository (/tmp/set73work/) with the planted
spans marked inline, and a script there only stripped the marks into the
expected lists, checked lengths, token boundaries, single occurrence of
each span, duplicate spans and duplicate snippets, listed the
capitalised words outside the spans for a read-through, counted
capitalised words in the clean drafts, checked overlap with the earlier
sets, shuffled the order with a fixed seed and wrote this file.  Later
edits were typed by hand as find-and-replace pairs (and lists of old
and new span values) that a small script applied to the drafts before
the marks were stripped.

Edits made after drafting, stated here: false starts and asides typed
into the drafts were cut or rewritten - places written first and then
corrected with "? no", "? sorry" or "- no -" (a Galician town, an Irish
road by a halting site, Gaoth Dobhair, Letterkenny, a Glasgow scheme
written twice, Leicester, Whitby, Eskasoni, Dawson City, Chicoutimi-
Nord, a Pará town, Cobán, Villa Tunari, Caaguazú as a department,
Filadelfia, Rosario, Plouguerneau, Bo-Kaap and London, Stornoway, a
Bruges district, Chicago, Athens, an unmarked repeat of Ischgl, and
Kharkiv in a clean snippet), names written and then corrected (a longer
form of a Basque-American name, a Cornish-looking name, an Innu name
with a prefix, a Shetland-looking surname, a Diné name whose snippet
became a Zuni one, and two names of public figures, an Asháninka leader
and a Yanomami leader, with the asides about them), and asides
("MaineCare? no", "CURP?", "RAMQ? Not RAMQ", "AMKA? He has a PAAYPA
instead", "Zelle? no", "PAMI? no", "RUT?", "CUIL? no", "Henequén? no",
"Appalachian? no", "Hutterite? no", "Nevada Basque? no", "Uruguayan?",
"Haitian? no - Guadeloupe? no: Martinican? No", "Honduran garifuna?
no", a cédula aside, a CuentaRUT aside, a driving-licence line that
turned out to be a DNI, a wrong licence register, and a sewing machine's
serial followed by "? no, the serial doesn't matter", which was cut
with its span); a title (Dr) and an honorific (Ña) were moved out of
name spans; cities, towns, counties, roads and sub-state regions
written unlabelled (Athens, Atlanta, Dublin, Liverpool, Belfast,
Sheffield, Paramaribo, Pampanga, New York, the Fens, Tyneside, Fife,
Donegal, Kent, Kerry, the Eastern Shore, the Black Belt, the Central
Valley, Ute Mountain, Lourdes as a neighbourhood, the Ribera, the C-26
and N56 roads, the East End, Lancashire, a Livonian coast, Utuado and
the North Sea) were replaced by a country, a state, a neutral word or
nothing, or marked as places (Pine Ridge, Arranmore, Utuado; Pine
Ridge and Utuado were later dropped in the overlap renaming); two
unmarked repeats of a planted first name became "his father" and "the
father"; thirty national numbers, six health-plan numbers and seven
phone numbers were removed with their labels from identifier snippets
to widen the share holding only a name and/or a place; 25 identifier
snippets were cut to keep the set near 400; and one clean snippet was
shortened to stay under 450 characters.  Overlap with the earlier sets
was resolved by renaming only this set's planted values, with a filter
that imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 163 values in the first
round (160 renamed - mostly places given another nearby village,
neighbourhood, hamlet or estate, ten names given a further or another
surname, postal codes, an IBAN, ages and a licence given other digits
or words - a pair of places replaced by one and one place mark dropped
with its text), 51 in the second, 16 in the third (mostly places given
a further part), 2 in the fourth and none after.  No snippet repeated
or contained an earlier set's snippet.

Local identifier formats: Spanish NIE and Seguridad Social number,
Romanian CNP, UK NI number, US SSN, Canadian SIN, Mexican INE clave de
elector, Salvadoran DUI, Colombian cédula, Jamaican TRN, Dominican
cédula, Swedish personnummer, Lithuanian asmens kodas, Latvian personas
kods and a Brazilian CPF (ssn); a Murcian historia
clínica, a tribal clinic chart, a Quebec band file, a Kentucky hospital
MRN, a county jail booking number, an Ohio case file, a Liverpool trust
number, a Kerry hospital MRN, a Ceuta hospital number, an old Norwegian
psychiatric journal number, a Pará hospital chart, a Romanian hospital
MRN, a Finnish lithium card number and a Highland hospital number
(medical_record); an Italian tessera sanitaria, French MSA,
a Spanish mutual, AOK, Northern Irish H&C, RIte Care, South Carolina
and Kentucky Medicaid, NB Medicare, Nova Scotia health card,
AHCIP, Manitoba health, IMSS NSS, FONASA, Jamaican NHF and Plan Vital
(health_plan); a Spanish IBAN, Bizum, BLIK, MobilePay, Twint, an
Irish IBAN, Venmo, a Mexican CLABE, Daviplata, Yape, CuentaRUT, Zelle
and Tigo Money (account); an Italian patente, a Spanish permiso de
conducir, a Czech driving licence, a Lithuanian forklift licence, a UK
NMC PIN, a TfL badge, a UK HGV driver number, a Maine lobster licence,
North Carolina, Montana and Ontario driving licences, a Nevada RN
licence and an Ontario CPO registration (licence); Spanish, French,
German, Croatian boat, Norwegian, Estonian boat, Scottish, Irish
fishing-boat, Wisconsin, Virginia, New Mexico, Mexican, Antiguan taxi
plates and registrations (vehicle); a wheelchair, a GPS watch IMEI, an
insulin pump, an oxygen concentrator (twice), a CPAP, a VNS implant, a
DBS, a cochlear processor, a baclofen pump, a spinal cord stimulator,
an ankle tag, a Libre sensor and a pacemaker (device); addresses written
the local way (a Valencian carrer with floor, an Italian via and a via
with interno, a corso, a German Straße, a Polish ul. with flat, English closes, roads and flats, a Dublin flat
complex, a Maryland apartment, a Vancouver avenue, an Illinois place,
a Mexican calle and colonia, a Belizean road and box, a Puerto Rican
carretera kilometre, a Californian street with apartment and a Porto
rua with floor) with postal codes of Spain, Italy, Germany, Poland,
the UK, Ireland (Eircode), the US, Canada,
Mexico, Puerto Rico and Portugal; dates written day-month-year in
Spanish, French, Polish and Romanian, dotted, slashed, ISO, ordinal, a
US month-day-year in words, slashes and hyphens, and a weekday with a
date; ages over 89 written in Italian, French, Spanish, German,
Romanian, Dutch and English, as digits and words, with a hop season,
Whitsun, the green corn, a freeze-up, Derby Day, Tết and "compiuti";
IPv4 and IPv6 addresses, URLs and phone and fax numbers in local and
international formats.

411 snippets, 256 with identifiers and 155 clean (lengths 65-444,
within the test's bounds of 40-520).  Every pattern category appears at
least 12 times (the test requires 12):
date 15, age_over_89 15, phone 15, fax 12, email 15, url 14,
ip_address 13, ssn 15, medical_record 14, health_plan 16, account 13,
licence 13, vehicle 13, device 14, street_address 19, zip_code 17;
with 258 names and 252 places smaller than a state (the test requires
258 and 252).

Names: Asturian, Aragonese, Extremaduran, Murcian Moroccan, Valencian,
Riojan, Navarrese, Andalusian Gitano, Castilian, Catalan, Leonese,
Friulian, Romanian, Calabrian, Apulian, Venetian, Ligurian, Piedmontese,
Tuscan, Abruzzese, Punjabi Sikh, Valdostan, Ladin, Lucanian,
Sicilian, Alsatian, Auvergnat, Portuguese-French, Provençal,
Polish-French, Norman, Savoyard, Occitan, Ticinese, Romansh, Béarnais,
Breton, Sorbian, Palatine, Thuringian,
Turkish-German, Russian-German, Tyrolean, Kashubian, Górale, Masurian,
Polish, Czech, Hungarian, Bulgarian, Bosniak, Herzegovinian Croat,
Slavonian, Dalmatian, Maramureș Romanian, Moldovan, Thessalian Greek,
Syrian, Greek-Albanian, Cretan, Swedish, Tornedalian, Norwegian,
Finnish, Ålander, Samogitian, Seto,
Estonian, Latvian, Russian, Lithuanian, Swiss-Moroccan, Geordie,
Yorkshire, Kashmiri, Irish-language, Scottish, Cumbrian, Kentish,
Portuguese, Irish Traveller, Welsh, Gaelic, Gujarati, Ghanaian,
Nigerian-British, Ukrainian, Greenlandic, Russian-Swedish, Flemish,
Maine, Cape Verdean, Q'eqchi', Eastern Shore, Gullah, Seminole, Cuban,
African American, Appalachian, ex-Amish, Karen, Lakota, Blackfeet,
Basque-American, Mexican-American, Marshallese, Cherokee,
Muscogee, Acadian, Mi'kmaq, Ukrainian Canadian, Dene, Métis, Mohawk,
Innu, Haudenosaunee, Somali, Vietnamese, Polish-American, Filipino,
Zuni, Ute, Mennonite, Jewish-Chinese American,
Québécois, Congolese-Québécoise, Tzotzil, Yucatec Maya, Guerrerense, Yaqui, Norteña, Totonac, Nahua, Otomí, Tapatío,
Salvadoran, Guna, Emberá, Belizean Kriol, Wayuu, Paisa,
Afro-Colombian, Kichwa, Quechua, Asháninka, Aymara, Guaraní, Qom, Chilote, Argentine Andean, Bahian, Yanomami, Mineiro, Carioca,
Japanese-Brazilian, Indo-Guyanese, Saramaka, Javanese-Surinamese,
Jamaican, Indo-Trinidadian, Dominican, Cuban, Bahamian, Antiguan,
Vincentian, Kalinago, Bonairean, Puerto Rican and
South African-British names; five lower-case names with their places,
hyphenated and multi-part names, "de", "de la", "del", "Del", "Dalla",
"Di", "Dos", "das", "i", "Lo", "Le", "van", "Mac", "Nic", "Ó", "ap",
"Og" names, titles and honorifics (Dr, Ña) kept outside the spans and
names with diacritics and apostrophes.  Places: villages, hamlets and
frazioni, valleys and moors, barrios, barriadas and colonias, cités and
quartiers, Ortsteile and Lager-like estates, osiedla, settlements and
naselja, linnaosad, townlands, halting sites, estates and schemes,
islands and their parts, neighbourhoods and districts, reserves,
reservation communities, First Nations, Métis and Mennonite villages,
pueblos, man camps and mining camps, trailer parks, quilombos and
comunidades, Mennonite colonies, Maroon villages, Kalinago hamlets,
shantytowns and places between a street address and a postal code.

Clean snippets: peer-consultation messages, questions, statements,
scheduling chatter, supervision reflections, office logistics (faxes,
portals, booking systems, no identifiers) and reading-group notes,
spread over three bands of capitalised words after the first word
(counted by the author's script, the pronoun "I", sentence starts and
acronyms included): 74 with 0-2 (many written largely in lower case),
57 with 3-5 and 24 with 6 or more (466 in 155 snippets, about 3.0 per
snippet): drug brands and generics, scales and questionnaires, therapy
models and their founders, real published authors and books,
guidelines and laws, weekdays, months, religious holidays, professional
bodies, councils and insurers, charities and agencies, apps and
platforms, countries, states, provinces and regions, nationalities,
peoples, religions and languages, and no place smaller than a state or
a country's first-level subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED73_CASES = [
    C('has anyone worked with clients whose whole identity was a job that no longer exists - the mine, the mill, the yard? reading suggestions welcome.', []),
    C("Patente di guida U1G83120YN belongs to Maurizio Tenderini, a ski-lift operator from Cogne - he's asking for a letter saying he's fit to drive after the anxiety leave. Would you write one?", [('licence', 'U1G83120YN'), ('name', 'Maurizio Tenderini'), ('place', 'Cogne')]),
    C("Audit question: the practice's booking site (https://booking.praxis-seefeld.example.at/klient/77810) shows client names in the URL slug, and one of them is Notburga Haselwanter from Leutasch, who works at a hotel and would be horrified. The developer says it's 'just an ID'. It isn't. Have others pushed a vendor to fix something like this, and how long did it take?", [('url', 'https://booking.praxis-seefeld.example.at/klient/77810'), ('name', 'Notburga Haselwanter'), ('place', 'Leutasch')]),
    C('When a client brings their baby to every session, how do you work? I love it but I lose half of what she says.', []),
    C("Bowlby and Ainsworth come up in every parenting case I have this month. Is there anything newer on attachment that's actually readable?", []),
    C('Belize Mennonite Cornelius Wiebe Dueck, Shipyard Camp 4, tractor accident, his son died. Low German, no video, letter by mail. PO box? He says Center Road, Box 114.', [('name', 'Cornelius Wiebe Dueck'), ('place', 'Shipyard Camp 4'), ('street_address', 'Center Road, Box 114')]),
    C('Alberta oil sands camp worker, Mitchell Gaudreau-Payne, lives in Conklin, AHCIP 60428-3917, rotation 14 on, 7 off, gambling.', [('name', 'Mitchell Gaudreau-Payne'), ('place', 'Conklin'), ('health_plan', '60428-3917')]),
    C('How are people billing Medicare for telehealth now the rules changed again? My billing software is confused and so am I.', []),
    C('Ramadan starts soon and a few clients will be fasting. Do you adjust session times? Last year I forgot and it was awkward.', []),
    C('Samogitian farmer Kazimieras Ruginis, Plungė, asmens kodas 35811210841, flooding destroyed his barley. His son rang me in Lithuanian.', [('name', 'Kazimieras Ruginis'), ('place', 'Plungė'), ('ssn', '35811210841')]),
    C('Portal audit: Brandon Kowalczyk-Hayes (Poletown) logged in from 68.40.219.11 and then 68.40.219.86 within a minute. Normal for mobile?', [('name', 'Brandon Kowalczyk-Hayes'), ('place', 'Poletown'), ('ip_address', '68.40.219.11'), ('ip_address', '68.40.219.86')]),
    C('Dairy farmer Donal Ó Súilleabháin-Moriarty, Cloghane, farm accident with the slurry pit, son died. Grief and guilt.', [('name', 'Donal Ó Súilleabháin-Moriarty'), ('place', 'Cloghane')]),
    C("Spinal cord stimulator, serial SCS-IPG 88031-4472, was implanted in Mercè Soler Vidal (S'Agaró) for back pain and she says it 'buzzes her thoughts'. Anyone seen this?", [('device', 'SCS-IPG 88031-4472'), ('name', 'Mercè Soler Vidal'), ('place', "S'Agaró")]),
    C("Shona Birrell in Methil, her partner works offshore three weeks on, three off, and the weeks 'on' are when she drinks. Mobile 07831 402 716.", [('name', 'Shona Birrell'), ('place', 'Methil'), ('phone', '07831 402 716')]),
    C("Supervisor question: a trainee sent me a screenshot of a client's Instagram (https://www.instagram.com/lena.hofbauer.strickt/) to 'show how well she's doing', and the client is Lena Hofbauer-Gapp from Obertraun, who never consented to that. I want to use it as a learning moment rather than a disciplinary one. How have others handled trainees looking at clients' social media?", [('url', 'https://www.instagram.com/lena.hofbauer.strickt/'), ('name', 'Lena Hofbauer-Gapp'), ('place', 'Obertraun')]),
    C("Honest reflection: I'm tired of being the only therapist for miles around. Anyone else practising alone in a rural area? Let's talk.", []),
    C("Dragica Vuković, Sotin, shoe factory worker, widowed in '91, her grandson has just enlisted and she can't breathe.", [('name', 'Dragica Vuković'), ('place', 'Sotin')]),
    C("Reflecting on a session: Chloé Desrosiers-Ntumba, who grew up in Sault-au-Récollet and now teaches there, told me the school lockdown last week brought back her brother's shooting. She didn't cry, she made a list. I noticed I was relieved. I want to understand my relief before Monday. Anyone else catch themselves preferring the client's defences?", [('name', 'Chloé Desrosiers-Ntumba'), ('place', 'Sault-au-Récollet')]),
    C("Has anyone had luck with IFS for clients from very religious families? Schwartz's framing of 'parts' sometimes lands as heresy.", []),
    C("can't stop thinking about a session today. no crisis, just sad. this job some days.", []),
    C('Alondra Guadalupe Treviño Garza works at a maquila in Apodaca, NL, lives at Calle Cedro 214, Col. Pueblo Nuevo, 66646. Harassment by a supervisor.', [('name', 'Alondra Guadalupe Treviño Garza'), ('place', 'Apodaca'), ('street_address', 'Calle Cedro 214, Col. Pueblo Nuevo'), ('zip_code', '66646')]),
    C('Meatpacking worker in Storm Lake, Iowa, Moo Kho Paw, Karen refugee, covid in the plant left her with breathing problems. Device: her CPAP SN 23182411907 keeps leaking.', [('place', 'Storm Lake'), ('name', 'Moo Kho Paw'), ('device', 'SN 23182411907')]),
    C('Quick one: Headspace, Calm, Insight Timer or Waking Up for a client who hates American voices? Asking for a Scottish client who is very clear about this.', []),
    C("Graziella Del Fabbro, 61, from Gemona del Friuli, was a child in the '76 earthquake and now looks after her mother, who is novantaquattro and forgets the house is rebuilt. Anyone in the Friuli group?", [('name', 'Graziella Del Fabbro'), ('place', 'Gemona del Friuli'), ('age_over_89', 'novantaquattro')]),
    C('Hop farm picker from the old days, Violet Brenchley, who is now ninety-six this hop season, lives in Paddock Wood and talks about the hop-picking summers. Reminiscence group anyone?', [('name', 'Violet Brenchley'), ('age_over_89', 'ninety-six this hop season'), ('place', 'Paddock Wood')]),
    C("Long one, sorry. I've been seeing a woman whose husband, Anselmo Prieto Cañedo, drove the school bus out of Cangas del Narcea for twenty years until he was let go in the spring, and since then he sits in the kitchen with the radio and won't let her leave for her shifts at the care home. She isn't asking about him, she's asking about herself - is it ok to keep the focus on her when the whole house orbits his low mood?", [('name', 'Anselmo Prieto Cañedo'), ('place', 'Cangas del Narcea')]),
    C('grief after a farm animal dies is real grief. i know this. why do i still feel silly writing it in my notes?', []),
    C('Pensioner Wolfgang Reinhardt from Lauscha turned neunzig Jahre and his daughter says he has stopped eating since the glassworks closed. German-speaking home visits?', [('name', 'Wolfgang Reinhardt'), ('place', 'Lauscha'), ('age_over_89', 'neunzig Jahre')]),
    C('Minas Gerais dam survivor Vanderlei Rodrigues de Paula, Paracatu de Baixo, relocated, grief for the town under the mud. Celular (31) 98817-2045.', [('name', 'Vanderlei Rodrigues de Paula'), ('place', 'Paracatu de Baixo'), ('phone', '(31) 98817-2045')]),
    C('Does anyone know whether Bupa covers online sessions with therapists outside the UK? A client moved abroad and wants to keep going.', []),
    C('Is it just me or are the clients with the most chaotic lives the ones who never miss an appointment? Respect.', []),
    C('does anyone else dread the week after the school holidays start? all the parents, all at once, all exhausted.', []),
    C('Maroon client Aboikoni Pinas from Guyaba, Saramaccan speaker, came to the capital for school, lonely.', [('name', 'Aboikoni Pinas'), ('place', 'Guyaba')]),
    C('Moldovan carer in Italy, Valentina Ceban, from Cahul, looks after a man who turned 93 de ani last spring, no day off in two years. WhatsApp +373 69 834 122.', [('name', 'Valentina Ceban'), ('place', 'Cahul'), ('age_over_89', '93 de ani'), ('phone', '+373 69 834 122')]),
    C("Bonaire goat farmer Hubert Martis-Winklaar, Lagun, his daughter left for Holland and he's alone. Papiamentu speaker?", [('name', 'Hubert Martis-Winklaar'), ('place', 'Lagun')]),
    C('Looking for someone for a Navarrese man, Jesús María Lasheras Pérez, who lives in Tudela and drives a lorry of asparagus; plate 4471 KTF if the depot asks.', [('name', 'Jesús María Lasheras Pérez'), ('place', 'Tudela'), ('vehicle', '4471 KTF')]),
    C("Discharge summary for Ismael Benmoussa Carrillo, Benzú, MRN HUCE 0044721, no follow-up booked. Who's his community team?", [('name', 'Ismael Benmoussa Carrillo'), ('place', 'Benzú'), ('medical_record', 'HUCE 0044721')]),
    C('Seminole grandmother Mary Lou Osceola-Tiger on the Brighton Reservation would like a Native counsellor for her grandson. IHS chart? She says tribal clinic chart STOF-BR 60214.', [('name', 'Mary Lou Osceola-Tiger'), ('place', 'Brighton Reservation'), ('medical_record', 'STOF-BR 60214')]),
    C("After a long week of farm crisis calls, I'm reminded that men will talk if you give them a job to do while talking. Fixing fences works.", []),
    C("do you ever let a teenager bring their dog to sessions? mine asked, i said maybe, now i'm wondering about allergies for the next client.", []),
    C("Anyone used Worden's tasks of mourning in a group setting? I've used them individually but our hospice wants a group program.", []),
    C('new to working with interpreters - do you look at the client or the interpreter when you speak? i keep getting it wrong.', []),
    C('Old record number NØ-PSYK 88-20417 turned up on a letter for Marit Sæther-Bakken from Oppdal, a file from the 1990s. She wants it deleted. Is that possible?', [('medical_record', 'NØ-PSYK 88-20417'), ('name', 'Marit Sæther-Bakken'), ('place', 'Oppdal')]),
    C('Bahamian client Shanté Rolle-Knowles, the Pigeon Peas settlement, hurricane Dorian survivor, still in a tent-like place. Anyone Caribbean-based?', [('name', 'Shanté Rolle-Knowles'), ('place', 'the Pigeon Peas settlement')]),
    C("Ski instructor in Val Thorens, Baptiste Jacquemoud, knee destroyed, season gone, cousin says he's 'not himself'. Plaque of the van he lives in: FH-812-RK. Is vanlife an address for a referral?", [('place', 'Val Thorens'), ('name', 'Baptiste Jacquemoud'), ('vehicle', 'FH-812-RK')]),
    C('Referral via the county: Jeremiah Whitt, Pine Mountain Settlement, date of birth 05-18-1977, MRN ARH-778102. Opioids, pain, grief. Fax back to (606) 633-4172.', [('name', 'Jeremiah Whitt'), ('place', 'Pine Mountain Settlement'), ('date', '05-18-1977'), ('medical_record', 'ARH-778102'), ('fax', '(606) 633-4172')]),
    C("Bord na Móna worker laid off in Croghan, Liam Brereton, born 11/09/1969, says the bog was his whole life. Men's Shed suggested, but he needs more.", [('place', 'Croghan'), ('name', 'Liam Brereton'), ('date', '11/09/1969')]),
    C('Friday thought: the best thing I said this week was nothing. Just sat with her. It was enough.', []),
    C("Hanukkah, Christmas and Diwali all in one family - my client's kids are lovely and very confused. Any books for mixed-faith families?", []),
    C("Russian-speaking mother in Kreenholmi linnaosa, Svetlana Kuzmina, her son was drafted on the other side of the river. I'm way out of my depth.", [('place', 'Kreenholmi linnaosa'), ('name', 'Svetlana Kuzmina')]),
    C('need a sanity check: is it ok to end a session early if the client is clearly too tired to talk? she works two jobs.', []),
    C("Do you have a policy for clients who want to record sessions on their phone? One asked me today and I said I'd think about it.", []),
    C('Intake link https://intake.terapia-tenerife.example/form?c=garcia-herrera was sent to the wrong client; it belongs to Candelaria García Herrera in Tejina. Does that count as a breach if nobody opened it?', [('url', 'https://intake.terapia-tenerife.example/form?c=garcia-herrera'), ('name', 'Candelaria García Herrera'), ('place', 'Tejina')]),
    C("Cultural consult request: my client Yamilé Sánchez Coicou is a Haitian-Cuban woman living in Maisí who does video sessions from a neighbour's phone because she has no data. Her neighbour sits in the room. She says she doesn't mind; I do. She'd pay through a relative in Florida with Zelle at yamile.coicou.fl@gmail.com. I'm not sure about any of this. Thoughts on privacy when the client has chosen it?", [('name', 'Yamilé Sánchez Coicou'), ('place', 'Maisí'), ('account', 'yamile.coicou.fl@gmail.com')]),
    C("Chicken plant worker in Maryland, Wilmer Ajanel Choc, Q'eqchi' speaker, hand injury on the line. Lives at 412 Poplar St Apt B, Salisbury, MD 21801.", [('name', 'Wilmer Ajanel Choc'), ('street_address', '412 Poplar St Apt B'), ('place', 'Salisbury'), ('zip_code', '21801')]),
    C('Hazelnut farmer near Cortemilia, Gianpiero Rabino, was born 03/11/1958 and says his memory is going. Neuropsych first or therapy first?', [('place', 'Cortemilia'), ('name', 'Gianpiero Rabino'), ('date', '03/11/1958')]),
    C("Who else gets these? 'Failed login from 190.146.38.221' on Yurleidy Mosquera Palacios's account - she's in Vigía del Fuerte on the river and her only phone is her brother's.", [('ip_address', '190.146.38.221'), ('name', 'Yurleidy Mosquera Palacios'), ('place', 'Vigía del Fuerte')]),
    C('Has anyone used the PCL-5 with clients whose trauma is ongoing rather than past? The past-month framing feels odd.', []),
    C('Kwabena Asante-Darko Mensah, bus driver on the night routes, lives in Bellenden Road end, TfL badge TfL 672114. Assaulted on the bus twice. Who does PTSD for transport workers?', [('name', 'Kwabena Asante-Darko Mensah'), ('place', 'Bellenden Road end'), ('licence', 'TfL 672114')]),
    C("Carol Ann Stubbins from Shafton Two Gates is a dinner lady and her husband was on the picket line in '84; he has dementia now and keeps reliving it. Device: his GPS watch, IMEI 356938108442751. Carer support ideas?", [('name', 'Carol Ann Stubbins'), ('place', 'Shafton Two Gates'), ('device', '356938108442751')]),
    C('Beatrice Opoku-Ware lives at Flat 9, Tarling House, Watney Market, Stepney Green, E1 2PP, cleaner at three offices, 4 a.m. starts. Panic and asthma. Who does evenings?', [('name', 'Beatrice Opoku-Ware'), ('street_address', 'Flat 9, Tarling House, Watney Market'), ('place', 'Stepney Green'), ('zip_code', 'E1 2PP')]),
    C("Has anyone used the CORE-10 with teenagers? I'm wondering whether it's too adult in the wording.", []),
    C('Irish Traveller Martin Joyce-McDonagh, DOB 16th June 1988, living in a trailer at Labre Park. Addiction plus grief for his brother. Who do Pavee Point recommend?', [('name', 'Martin Joyce-McDonagh'), ('date', '16th June 1988'), ('place', 'Labre Park')]),
    C("When a client brings up the war in Ukraine every session, do you follow it or gently redirect? She has family there and I don't know where the line is.", []),
    C("Care home manager emailed: resident Dorothy Pybus, a hundred and one in the spring, in Robin Hood's Bay, wants to talk about her husband who died at sea in 1953. Any older-adult therapists?", [('name', 'Dorothy Pybus'), ('age_over_89', 'a hundred and one in the spring'), ('place', "Robin Hood's Bay")]),
    C("Rosa Icela Chávez Carrillo, dairy milker in Wendell's east side, ID, VNS implant VNS 106-SN 40182, seizures at work, panic about losing the job.", [('name', 'Rosa Icela Chávez Carrillo'), ('place', "Wendell's east side"), ('device', 'VNS 106-SN 40182')]),
    C("Longer question about fees and farming: several of my clients are dairy farmers whose income collapsed this year, and they keep offering to pay in kind - eggs, a lamb, firewood. I've always said no, partly for tax reasons and partly because it muddies the relationship, but it also feels like refusing their dignity. How have others in rural practice handled barter? Is there any ethical guidance that speaks to this rather than saying 'avoid'?", []),
    C('Earthquake survivor from Tempera, Giustino Di Marzio, still in the temporary housing block at Via dei Calzolai 3, int. 6. Is EMDR reasonable this long after?', [('place', 'Tempera'), ('name', 'Giustino Di Marzio'), ('street_address', 'Via dei Calzolai 3, int. 6')]),
    C('Ayacucho widow Teodora Quispe Huamaní, from Accomarca, lost family in the massacre of 1985, flashbacks with the truth commission anniversary.', [('name', 'Teodora Quispe Huamaní'), ('place', 'Accomarca')]),
    C('Salvadoran client Reina Isabel Portillo de Mejía, Tonacatepeque, DUI 04918273-6, son deported, gang threats. Spanish, online, asap.', [('name', 'Reina Isabel Portillo de Mejía'), ('place', 'Tonacatepeque'), ('ssn', '04918273-6')]),
    C('Freestyle Libre sensor serial 0M0009K4T7Q belongs to Zofia Krawczyk-Aho in Hatanpää; she sends me screenshots of her glucose at night when anxious. Boundaries?', [('device', '0M0009K4T7Q'), ('name', 'Zofia Krawczyk-Aho'), ('place', 'Hatanpää')]),
    C('Cuban client in Country Club of Miami estates, Yoandy Borrego Quesada, came over on a raft in 2022, SSN 592-48-1177, panic on the highway. Spanish, evenings. He pays cash.', [('place', 'Country Club of Miami estates'), ('name', 'Yoandy Borrego Quesada'), ('ssn', '592-48-1177')]),
    C('Morag MacAulay from Brora is a care worker who drives the single-track roads in winter, car reg SV19 KXM. Burnout and a near-miss with a lorry.', [('name', 'Morag MacAulay'), ('place', 'Brora'), ('vehicle', 'SV19 KXM')]),
    C('Ffion Haf Llewelyn lives in Llanbedr Pont Steffan, Welsh speaker, student midwife, burnout. NMC PIN 23F4081W - she asked if seeing a therapist will affect it. Does it?', [('name', 'Ffion Haf Llewelyn'), ('place', 'Llanbedr Pont Steffan'), ('licence', '23F4081W')]),
    C("Traveller family on the halting site outside Tirboy, mother is Bridget Mongan-Ward, son self-harming. PPS? She wouldn't give it. What's the right service?", [('place', 'Tirboy'), ('name', 'Bridget Mongan-Ward')]),
    C("Hi all, Vicent Bellver i Climent lost the family orange orchard in the October flood and now sits in the car all day. He's at Carrer de Sant Roc, 14, 2n, 46450 Benifaió. Valencian-speaking therapist nearby?", [('name', 'Vicent Bellver i Climent'), ('street_address', 'Carrer de Sant Roc, 14, 2n'), ('zip_code', '46450'), ('place', 'Benifaió')]),
    C("Ex-shipyard welder Stephen Mordue, lives in Wallsend, wants help with the drink and says he'll only see a Geordie. NI number JT 48 21 90 C. Anyone local-ish?", [('name', 'Stephen Mordue'), ('place', 'Wallsend'), ('ssn', 'JT 48 21 90 C')]),
    C("Question from a newcomer to the area: my client Hoang Van Duc works at a nail salon in Dracut and his mother, who lives with them, is ninety-nine since Tết and refuses to go into care. The family asked me to 'convince her'. I see the son, not the mother. How do others handle families who want the therapist to be the enforcer?", [('name', 'Hoang Van Duc'), ('place', 'Dracut'), ('age_over_89', 'ninety-nine since Tết')]),
    C('In Sweden, is it common for therapists to work in English with clients who speak Swedish as a second language, or do you insist on interpreters?', []),
    C("Albanian from Himarë, Eleni Kasneci, Greek-speaking, moved back from the islands; her cousin's email kasneci.himara@gmail.com. Depression, grief, wants Greek.", [('place', 'Himarë'), ('name', 'Eleni Kasneci'), ('email', 'kasneci.himara@gmail.com')]),
    C('My client Esperanza Montoya Carmona sells at the market in barriada de Martínez Montañés and asked if I could write to social services. She gave me her Bizum number 612 847 305 for the co-pay. Is Bizum ok for fees?', [('name', 'Esperanza Montoya Carmona'), ('place', 'barriada de Martínez Montañés'), ('account', '612 847 305')]),
    C('Is anyone seeing more gambling problems since the betting apps went mobile? Especially young men, especially around football season.', []),
    C("clients who work at sea: how do you do continuity when they're gone for six weeks at a time? i'm trying letters.", []),
    C('For Canadian colleagues: the new rules on MAID for mental illness keep changing. What are you telling clients in Ontario, Alberta and British Columbia who ask about it?', []),
    C('Marek Szczepański lives at ul. Okrzei 12 m. 4, 21-040 Świdnik, runs a farm shop, panic after a robbery. NFZ referral coming by fax 81 532 47 90.', [('name', 'Marek Szczepański'), ('street_address', 'ul. Okrzei 12 m. 4'), ('zip_code', '21-040'), ('place', 'Świdnik'), ('fax', '81 532 47 90')]),
    C("Kashubian grandmother Gertruda Bigus from Borucino, won't speak Polish at the clinic, only Kashubian. Interpreter services say nobody on the list. Any ideas?", [('name', 'Gertruda Bigus'), ('place', 'Borucino')]),
    C("Anyone know the APA's position on therapists using AI note-takers? My practice manager wants one, I'm uneasy.", []),
    C('Emberá artisan Leticia Cabrera Dogirama, Parará Purú, her son left for the city and stopped calling.', [('name', 'Leticia Cabrera Dogirama'), ('place', 'Parará Purú')]),
    C("Referral: Harpreet Kaur Bhullar, milker at a Parmesan dairy near Langhirano, husband's contact sandhu.dairy82@libero.it. Punjabi interpreter booked for Fridays.", [('name', 'Harpreet Kaur Bhullar'), ('place', 'Langhirano'), ('email', 'sandhu.dairy82@libero.it')]),
    C('rushed question, sorry - is it normal to feel irritated with a client who is always exactly on time and never says anything real?', []),
    C("I've started using Kristin Neff's self-compassion break with almost everyone. Am I overusing it? It just works.", []),
    C("glass furnace guy from fondamenta dei vetrai, tiziano dalla valentina, burns on both arms, wont do video. who's in the veneto and does in person", [('place', 'fondamenta dei vetrai'), ('name', 'tiziano dalla valentina')]),
    C("Pago por Bizum no, he wants transfer: Ainhoa Bravo Quintana asked for the IBAN and sends from ES27 0081 0216 7300 0162 4419. Is it ok to give her mine or use the clinic's?", [('name', 'Ainhoa Bravo Quintana'), ('account', 'ES27 0081 0216 7300 0162 4419')]),
    C('Fruit picker, Oksana Hrytsenko Lysakivska, on a seasonal visa, caravan at Staplehurst, says the farm keeps her passport. Trafficking concerns. Who do I call first?', [('name', 'Oksana Hrytsenko Lysakivska'), ('place', 'Staplehurst')]),
    C('For Spanish colleagues: does the Colegio Oficial de la Psicología have guidance on video sessions with clients in other autonomous communities?', []),
    C("I've had a strange request from a client's employer - the mining company in Malartic wants me to confirm attendance for Jean-Sébastien Bégin-Lachance by fax to 819 757 3310, 'for HR purposes'. He hasn't consented and I've said no. They're now saying his return to work depends on it. What have others said to employers pushing for attendance proof?", [('place', 'Malartic'), ('name', 'Jean-Sébastien Bégin-Lachance'), ('fax', '819 757 3310')]),
    C('Séamus Ó Gallchóir, fisherman from Ailt an Chorráin, boat SO 742, lost his brother off Arranmore. Irish-speaking counsellor please.', [('name', 'Séamus Ó Gallchóir'), ('place', 'Ailt an Chorráin'), ('vehicle', 'SO 742'), ('place', 'Arranmore')]),
    C("Office cleaner Guadalupe Ixcoy Tum lives at 5012 W 25th Pl, North Riverside, IL 60546, cleaning offices at night. K'iche' speaker.", [('name', 'Guadalupe Ixcoy Tum'), ('street_address', '5012 W 25th Pl'), ('place', 'North Riverside'), ('zip_code', '60546')]),
    C('Lithuanian worker in England, Jurgita Paulauskienė-Rimkė, lives at 14 Horsefair Close, Walsoken PE13 1AR, packhouse shifts, abuse at home. Needs a Lithuanian-speaking DV worker.', [('name', 'Jurgita Paulauskienė-Rimkė'), ('street_address', '14 Horsefair Close'), ('place', 'Walsoken'), ('zip_code', 'PE13 1AR')]),
    C('Naltrexone versus Suboxone for a client with opioid use and a job that drug-tests: has anyone navigated this with an employer in Michigan or Ohio?', []),
    C("Looking for a good introduction to compassion-focused therapy. Gilbert's big book is too big. Something shorter?", []),
    C('Nadia Chaoui-Keller is a Swiss-Moroccan nurse in Vevey, Twint +41 79 612 48 30 for the deposit. She wants French sessions on Saturdays.', [('name', 'Nadia Chaoui-Keller'), ('place', 'Vevey'), ('account', '+41 79 612 48 30')]),
    C("does anyone use a sliding scale that's based on hours worked rather than income? seasonal workers make income-based scales useless.", []),
    C("For anyone working with Venezuelans in Colombia, Peru or Chile: is there a network of Venezuelan psychologists in exile? A client wants someone who 'gets it'.", []),
    C("Q'eqchi' coffee picker, Marcelino Caal Xol, Raxruhá, land eviction, his wife miscarried. Q'eqchi' speaker?", [('name', 'Marcelino Caal Xol'), ('place', 'Raxruhá')]),
    C("What are people doing about clients who message on WhatsApp at midnight? I've set boundaries but they still message.", []),
    C("Sorry, long. A new client, Aputsiaq Kristiansen-Olsen, is a Greenlandic student in Bispebjerg who's been getting racist comments at his dorm and has stopped eating properly. He's polite and tells me it's 'nothing'. His counsellor at the university sent a note from studvejl.kristiansen@ku-stud.example.dk. I'm Danish and acutely aware of the colonial history in the room. How do I name it without making him take care of me?", [('name', 'Aputsiaq Kristiansen-Olsen'), ('place', 'Bispebjerg'), ('email', 'studvejl.kristiansen@ku-stud.example.dk')]),
    C("after the floods, half my clients have the same story and i'm starting to feel it in my body. vicarious trauma check-in anyone?", []),
    C('Cherokee Nation citizen Sequoyah Hummingbird-Fourkiller, Bunch, OK, wants trauma therapy around boarding school stories. Any Native clinicians?', [('name', 'Sequoyah Hummingbird-Fourkiller'), ('place', 'Bunch')]),
    C('The court sent a hearing link, https://justice.example.gouv.qc.ca/audiences/2025-08831, for Marie-Ève Simard-Bouchard from Laterrière, and she wants me there. Do I go?', [('url', 'https://justice.example.gouv.qc.ca/audiences/2025-08831'), ('name', 'Marie-Ève Simard-Bouchard'), ('place', 'Laterrière')]),
    C('Anyone seen the new guidance from the BACP on working with clients who are also colleagues? Small communities make it unavoidable.', []),
    C('Qom client Aníbal Sosa Gómez in the barrio Los Pumitas, works in construction, falls, alcohol.', [('name', 'Aníbal Sosa Gómez'), ('place', 'barrio Los Pumitas')]),
    C("Is there a good Portuguese-language version of the PCL-5? A Brazilian colleague mentioned one but couldn't find the reference.", []),
    C("Shepherd from Zuriza up in the Pyrenees, Chusé Lacasta Aísa, lost most of his ewes to the bear and the insurer won't pay; his daughter's mobile is +34 974 37 02 18. Anyone done farm-loss grief?", [('place', 'Zuriza'), ('name', 'Chusé Lacasta Aísa'), ('phone', '+34 974 37 02 18')]),
    C('Newcomer in Duchess, AB, Abdirizak Hussein Warsame, meat plant, SIN 946 207 331, his wife is still in a camp in Kenya. Somali interpreter ok.', [('place', 'Duchess'), ('name', 'Abdirizak Hussein Warsame'), ('ssn', '946 207 331')]),
    C('Has anyone used the forms at https://sede.cartagena-salud.es/formularios/derivacion for referrals? I have a dockworker, Ginés Navarro Celdrán, whose GP insists I fill them.', [('url', 'https://sede.cartagena-salud.es/formularios/derivacion'), ('name', 'Ginés Navarro Celdrán')]),
    C("Marie-Odile Schwartzentruber from Sundhoffen speaks Alsatian with her mother and French with us. She's a nurse, night shifts. Sleep work suggestions?", [('name', 'Marie-Odile Schwartzentruber'), ('place', 'Sundhoffen')]),
    C("Trini doubles vendor Ramona Sookdeo-Baptiste, Curepe, robbery at the stand, won't open again.", [('name', 'Ramona Sookdeo-Baptiste'), ('place', 'Curepe')]),
    C("Question about boundaries in small places. My client Concetta Lo Iacono runs the only pharmacy in Filicudi and I am, it turns out, her cousin's neighbour's godmother - everyone is something to everyone on an island. We've been doing video sessions and it works, but she now wants me to visit in August when I'm there anyway. Have others managed dual relationships like this? I'm leaning no but it feels cold.", [('name', 'Concetta Lo Iacono'), ('place', 'Filicudi')]),
    C('The Mental Health Act review in England and Wales - has anyone read the draft? The BPS and the Royal College have very different views.', []),
    C('Fax received: referral for Thomas Ó Cathasaigh, Ballyferriter, MRN UHK-00481172, fax from 066 718 4429. Depression, alcohol, Irish speaker.', [('name', 'Thomas Ó Cathasaigh'), ('place', 'Ballyferriter'), ('medical_record', 'UHK-00481172'), ('fax', '066 718 4429')]),
    C("Mi'kmaq client Annie Marie Paul-Sylliboy, Wagmatcook, day school survivor's daughter. NS health card 0093 772 148. Anyone with Indigenous cultural training?", [('name', 'Annie Marie Paul-Sylliboy'), ('place', 'Wagmatcook'), ('health_plan', '0093 772 148')]),
    C('anyone know a good way to do therapy with someone who can only talk in the car during their lunch break? the engine noise is wild.', []),
    C('Chilote fisherman Segundo Barría Oyarzo, Huildad, red tide killed the mussel farm, FONASA FONASA 9.281.447-3. Grief and debt.', [('name', 'Segundo Barría Oyarzo'), ('place', 'Huildad'), ('health_plan', 'FONASA 9.281.447-3')]),
    C("small win: my client who hasn't left the house in a year walked to the post box today. i'm unreasonably happy.", []),
    C("Our supervision group is reading Yalom's The Gift of Therapy this winter - one chapter a week, Thursdays. All welcome.", []),
    C('Audit alert: https://ehr.portal.example.com/patients/88431/notes?print=1 was opened by an account not mine. Client Tobias Friedman-Liu (Greenfield). Who handles this?', [('url', 'https://ehr.portal.example.com/patients/88431/notes?print=1'), ('name', 'Tobias Friedman-Liu'), ('place', 'Greenfield')]),
    C('Paisa flower cutter in Rionegro, Luz Dary Ospina Gallego, cédula 43.718.922, flower farm chemicals, headaches, grief. Daviplata 310 447 2285.', [('place', 'Rionegro'), ('name', 'Luz Dary Ospina Gallego'), ('ssn', '43.718.922'), ('account', '310 447 2285')]),
    C('Métis client Clarence Fleury-Chartrand, St. Ambroise, MB, his son in custody. Wants a Métis or Anishinaabe therapist.', [('name', 'Clarence Fleury-Chartrand'), ('place', 'St. Ambroise')]),
    C('Hog farm worker in Faison, NC, Juana Xiloj Tzoc, migraine and nightmares since the hurricane flooded the lagoons. NC driver licence 000028319047 for ID at intake.', [('place', 'Faison'), ('name', 'Juana Xiloj Tzoc'), ('licence', '000028319047')]),
    C("Hi all, this is about my own practice, not a client. I rent a room at Rua de Santa Catarina 512, 2.º, 4000-446, and the landlord has started letting himself in on Saturdays. I have files there (locked). Portuguese colleagues - is there a rule on a therapist's room being entered, and what should I do with the files? The landlord is Armindo Pacheco Brandão.", [('street_address', 'Rua de Santa Catarina 512, 2.º'), ('zip_code', '4000-446'), ('name', 'Armindo Pacheco Brandão')]),
    C("Question for those who work with farmworker families. Ofelia Ramírez Tapia, who packs berries in Pajaro, has a son, 9, who won't sleep alone since the immigration raid at the plant two towns over. She's asked if it's safe to give me her address for a home visit - she lives at 118 Lincoln St, Apt 4, 95076. What are people's practices around keeping undocumented families' addresses off records?", [('name', 'Ofelia Ramírez Tapia'), ('place', 'Pajaro'), ('street_address', '118 Lincoln St, Apt 4'), ('zip_code', '95076')]),
    C('Guna fisherman Ologuagdi Pérez Smith from Nuevo Cartí, relocated to the mainland because of sea rise, lost his sense of home. Spanish ok.', [('name', 'Ologuagdi Pérez Smith'), ('place', 'Nuevo Cartí')]),
    C('Remember to update your insurance details before January - several of us got caught out last year when the forms changed.', []),
    C("Bartolo Cuadrado Gallardo, cork stripper from San Vicente de Alcántara, fell from the oak on 14 de julio de 2025 and hasn't slept properly since. Seguridad Social 06/10492873/55. Pain-and-trauma people, thoughts?", [('name', 'Bartolo Cuadrado Gallardo'), ('place', 'San Vicente de Alcántara'), ('date', '14 de julio de 2025'), ('ssn', '06/10492873/55')]),
    C('Latvian coast guesthouse owner, Baiba Dambe-Zeltiņa, Kolka, personas kods 120385-11902, lonely after the tourist season. Latvian speaker?', [('name', 'Baiba Dambe-Zeltiņa'), ('place', 'Kolka'), ('ssn', '120385-11902')]),
    C("Maramureș woodcarver Gheorghe Bud Pop in Săpânța, his wife died, he's carving her cross and not eating. Romanian speaker? Home visit?", [('name', 'Gheorghe Bud Pop'), ('place', 'Săpânța')]),
    C('does anyone have a plain-language handout on panic for people who work nights? the ones i have all assume a nine-to-five life.', []),
    C("Longer question: a Roma family I see, the mother Ljubica Demirović-Nikolić, lives in the settlement at Čukarička Padina and her teenage daughter has been taken out of school to look after the younger kids. The school social worker keeps sending links to a parenting course (https://skola-edukacija.example.rs/roditelji) that she can't read. I'd like to advocate without becoming another authority in her life. Any thoughts?", [('name', 'Ljubica Demirović-Nikolić'), ('place', 'Čukarička Padina'), ('url', 'https://skola-edukacija.example.rs/roditelji')]),
    C("Question about Mexican clients in Texas: how do you handle the stigma around 'locura' when someone's family thinks therapy means they're crazy?", []),
    C("I started reading Frankl's Man's Search for Meaning again for a client who asked about it. Still hits hard.", []),
    C('Does anyone know the rules for practising across state lines for telehealth between Pennsylvania and Ohio? Client is moving next month.', []),
    C("Wheelchair user Hugues Delabarre from Noyelles-Godault, chair serial SN QS-4C-081937, keeps breaking down and the supplier won't come. He's furious and sad. Sessions at home ok?", [('name', 'Hugues Delabarre'), ('place', 'Noyelles-Godault'), ('device', 'SN QS-4C-081937')]),
    C('Has anyone used the Y-BOCS with clients whose compulsions are mostly mental? I find the scoring undercounts it.', []),
    C("Client's dad Ernest Higginbottom, ninety-four come Whitsun, from Carrbrook, still goes to the brass band. He wants to know if grief counselling is 'for the likes of him'.", [('name', 'Ernest Higginbottom'), ('age_over_89', 'ninety-four come Whitsun'), ('place', 'Carrbrook')]),
    C('Normandy dairy farmer, Gaëtan Lemonnier-Hébert, from Saint-Pierre-en-Auge, suicidal after the milk price collapse. MSA card 1 68 03 14 654 008. Farm-crisis line gave him my name.', [('name', 'Gaëtan Lemonnier-Hébert'), ('place', 'Saint-Pierre-en-Auge'), ('health_plan', '1 68 03 14 654 008')]),
    C('Mennonite nurse in Paraguay, Helga Penner-Harder, Neuland, burnout, German and Spanish.', [('name', 'Helga Penner-Harder'), ('place', 'Neuland')]),
    C('José Guadalupe Pantoja, almond orchard foreman in Arvin, CA, born 12/24/1968, says he hears his dead brother. Spanish, evenings only.', [('name', 'José Guadalupe Pantoja'), ('place', 'Arvin'), ('date', '12/24/1968')]),
    C("Mining town widow Edna Faye Mullins, Kenvir, KY, ninety-seven come Derby Day, her last son died of an overdose. Granddaughter wants help 'for Mamaw'.", [('name', 'Edna Faye Mullins'), ('place', 'Kenvir'), ('age_over_89', 'ninety-seven come Derby Day')]),
    C('Transport firm driver Ferran Puigdomènech Serra, lives in Ogassa, hit a deer in the dark and now avoids driving. Permiso de conducir 47281936-P, he just wants a letter for the firm.', [('name', 'Ferran Puigdomènech Serra'), ('place', 'Ogassa'), ('licence', '47281936-P')]),
    C('Oxygen concentrator SN OC-58-22917 failed during the night for Glenys Pugh in Tonypandy and she now panics every time it hums. Health anxiety protocol?', [('device', 'SN OC-58-22917'), ('name', 'Glenys Pugh'), ('place', 'Tonypandy')]),
    C('Fax from the occupational clinic: Arvydas Bertulis, forklift licence LT-KR 041872, Giruliai port, panic after a container fell. Fax +370 46 41 23 88.', [('name', 'Arvydas Bertulis'), ('licence', 'LT-KR 041872'), ('place', 'Giruliai'), ('fax', '+370 46 41 23 88')]),
    C("for the couples people: what do you do when one partner only ever comes to 'support' the other and won't look at their own part?", []),
    C("Tzotzil weaver Petrona Pérez Tzintán from Zinacantán, Chiapas, her daughter migrated and hasn't called in a year. She only has an INE, clave de elector LPGMPT79041207M300. Tsotsil interpreter?", [('name', 'Petrona Pérez Tzintán'), ('place', 'Zinacantán'), ('ssn', 'LPGMPT79041207M300')]),
    C('Beekeeper in Hopelchén, Campeche, Wilbert Canché Uc, Maya speaker, Mennonite soy fields poisoned his bees. WhatsApp +52 996 114 0827.', [('place', 'Hopelchén'), ('name', 'Wilbert Canché Uc'), ('phone', '+52 996 114 0827')]),
    C("Mill-town client in Brierfield, Shabana Akhtar Hussain, lives at 27 Clitheroe Road, BB9 5QS. Kashmiri family, forced-marriage worries about her younger sister. Who's trained for that?", [('place', 'Brierfield'), ('name', 'Shabana Akhtar Hussain'), ('street_address', '27 Clitheroe Road'), ('zip_code', 'BB9 5QS')]),
    C("Elena Bottero lives on Via Colle 9 in Manarola, I-19017, rents rooms to tourists and hasn't had a quiet weekend since April. Screening her for burnout, any Italian scales beyond the MBI?", [('name', 'Elena Bottero'), ('street_address', 'Via Colle 9'), ('place', 'Manarola'), ('zip_code', 'I-19017')]),
    C("A supervision reflection I want to share: I realised this week that I'm more patient with clients who remind me of my own grandparents - older, rural, stubborn - than with younger clients who are anxious about their careers. It's not fair to the young ones. Has anyone worked on this kind of countertransference in a structured way? Reading suggestions welcome, especially anything that isn't purely psychodynamic.", []),
    C("Vintner's widow in Deidesheim, Ingeborg Bassermann-Kuhn, born 17.04.1948, wants help with the estate and her sons fighting. AOK Versichertennummer M482019377.", [('place', 'Deidesheim'), ('name', 'Ingeborg Bassermann-Kuhn'), ('date', '17.04.1948'), ('health_plan', 'M482019377')]),
    C("Trainees asked about Satir and Minuchin this week and I realised I haven't read either since university. Good summaries anyone?", []),
    C('Would anyone share how they word a discharge letter when the client just stopped coming? Mine sound cold.', []),
    C('Fax from the centro de salud in Torre-Pacheco: patient Fátima Zahra El Amrani, NIE Y4827153R, historia clínica HC 30-771904, lettuce packer, panic on the night shift. Reply by fax to 968 57 83 20.', [('place', 'Torre-Pacheco'), ('name', 'Fátima Zahra El Amrani'), ('ssn', 'Y4827153R'), ('medical_record', 'HC 30-771904'), ('fax', '968 57 83 20')]),
    C("Any recommendations for books on ambiguous loss beyond Pauline Boss? My client's husband has dementia and she says 'he's here and gone'.", []),
    C("Highlander carver from Bukowina Tatrzańska, Józef Gąsienica-Byrcyn, drinks since his son died on the mountain. Daughter's number +48 604 117 329. Polish-speaking colleagues?", [('place', 'Bukowina Tatrzańska'), ('name', 'Józef Gąsienica-Byrcyn'), ('phone', '+48 604 117 329')]),
    C("Any Dutch colleagues using the new GGZ outcome measures? We're told to use them from January but nobody has explained the ROM changes properly.", []),
    C("Ok so the clinic's fax machine has started printing everything twice. Nobody knows why. Do we have an IT person or just each other?", []),
    C("We're offering free consultation slots on Wednesday afternoons for colleagues who work alone. Just reply and we'll set it up.", []),
    C("Workplace question: our clinic in Saint-Boniface got a records request by email from legal.requests@lawfirm-winnipeg.example.ca about Réjean Lavallée, dated 2025-10-07, with no signed consent attached. The client is Métis and a plaintiff in a class action. I'm fairly sure we don't release anything without his consent, but the lawyer is pushy. What's the usual reply?", [('place', 'Saint-Boniface'), ('email', 'legal.requests@lawfirm-winnipeg.example.ca'), ('name', 'Réjean Lavallée'), ('date', '2025-10-07')]),
    C('Copper miner Patricio Ahumada Contreras, lives in a camp near Sierra Gorda, shift 7x7, panic attacks underground. CuentaRUT 12884307.', [('name', 'Patricio Ahumada Contreras'), ('place', 'Sierra Gorda'), ('account', '12884307')]),
    C("Winnicott's 'good enough' keeps coming up with parents this month. It's the most reassuring phrase I know. Anyone got a better one?", []),
    C("Need advice on a licence situation. A colleague, Kwame Boateng-Williams, licensed in Ontario (CPO registration 09126) wants to keep seeing a client who moved to Kimmirut's lower town. He's asking if Nunavut recognises Ontario registration for telehealth. Anyone know the rules?", [('name', 'Kwame Boateng-Williams'), ('licence', '09126'), ('place', "Kimmirut's lower town")]),
    C("Dalmatian fisherman on Podšpilje, Nikša Mardešić Bepo, boat registration ST 2819-KO, came back from a storm and now won't go out. Anyone do island work?", [('place', 'Podšpilje'), ('name', 'Nikša Mardešić Bepo'), ('vehicle', 'ST 2819-KO')]),
    C('is there a decent way to do family sessions when half the family is abroad and the time difference is eight hours?', []),
    C('Security alert on the portal: new sign-in for Halvard Myrvang from 46.212.97.30 while he was on the ferry to Værøy. Probably just mobile data?', [('name', 'Halvard Myrvang'), ('ip_address', '46.212.97.30'), ('place', 'Værøy')]),
    C("Would anyone share a template for a safety plan that isn't in English? I'd take Portuguese, Romanian or Arabic.", []),
    C("Reading group next month: Judith Herman's Trauma and Recovery, chapters one to four. Bring snacks and opinions.", []),
    C('Does anyone have a Spanish version of the GAD-7 they trust? The one I found online has two items that read strangely.', []),
    C("I'd love thoughts on seasonal work and therapy. A lot of my clients work in tourism and disappear from May to September, then come back in October in pieces. I've started offering a 'pre-season' session in April to plan for it, and a 'post-season' check-in. It seems to help. Does anyone else structure work around the tourist calendar? Any pitfalls I should watch for?", []),
    C("Forestry contractor Per-Olof Lindgren, Dikanäs, personnummer 19710304-4879, chainsaw accident, lost two fingers, can't sleep. Anyone in Västerbotten?", [('name', 'Per-Olof Lindgren'), ('place', 'Dikanäs'), ('ssn', '19710304-4879')]),
    C("I used the ACE questionnaire in an intake and the client was furious I 'made her count'. Lesson learned. How do you introduce it?", []),
    C("Quick poll: who still uses paper notes? I'm the last one in my practice and they keep teasing me.", []),
    C('how do people manage therapy with someone who works in a family business where the boss is also their mother? roles are a mess.', []),
    C("seeking a peer consult on a rupture: client said i 'sound like a social worker' and left early. i think she meant it as an insult. thoughts?", []),
    C('Resources in Catalan, Basque and Galician for anxiety? A colleague in Spain says the Generalitat had some good ones a few years ago.', []),
    C("Reading list for the new trainees: Bessel van der Kolk's The Body Keeps the Score, Lori Gottlieb's Maybe You Should Talk to Someone, and Irvin Yalom's Love's Executioner. Any additions from Spanish or Portuguese authors?", []),
    C("I'm not convinced the MBI fits farmers. Burnout looks different when your work is your home. Anyone found a better tool?", []),
    C('Wyoming oilfield rotation, Brody Kessler, lives in a man camp outside Reno Junction, drinks on his two weeks off. Venmo @brody-kessler-307 for co-pay - do you take Venmo?', [('name', 'Brody Kessler'), ('place', 'Reno Junction'), ('account', '@brody-kessler-307')]),
    C("Welsh-speaking slate quarryman's son, Iolo ap Dafydd Roberts, from Rhiwbryfdir, depression, wants Welsh. Patient portal link https://cymru.patientportal.example.wales/iolo-ap-dafydd - is that even real?", [('name', 'Iolo ap Dafydd Roberts'), ('place', 'Rhiwbryfdir'), ('url', 'https://cymru.patientportal.example.wales/iolo-ap-dafydd')]),
    C("Nahua potter in Cuetzalan, Angelina Tepetla Guzmán, noventa y tres años, her grandson in Puebla asks for 'plática' support for her. Nahuatl speakers?", [('place', 'Cuetzalan'), ('name', 'Angelina Tepetla Guzmán'), ('age_over_89', 'noventa y tres años')]),
    C("Blackfeet rancher Harold Calf Robe, Birch Creek, Montana DL MT 0419775208319, DUI and grief. He asked for a man, older, 'not from the city'.", [('name', 'Harold Calf Robe'), ('place', 'Birch Creek'), ('licence', 'MT 0419775208319')]),
    C('Cheese maker from Salers, Aurélien Vermenouze, 39, lost his herd to bluetongue. His dossier at the CMP was sent by fax 04 71 40 62 19 without a cover sheet, again.', [('place', 'Salers'), ('name', 'Aurélien Vermenouze'), ('fax', '04 71 40 62 19')]),
    C('Wanbli Two Bulls-Ecoffey from Red Shirt village on the reservation, 16, his cousin took her life in March. School counsellor email counselor@crazyhorseschool.example.org. Lakota-aware therapist?', [('name', 'Wanbli Two Bulls-Ecoffey'), ('place', 'Red Shirt village'), ('email', 'counselor@crazyhorseschool.example.org')]),
    C("Wayuu weaver Yasmira Ipuana Epieyú, Manaure, La Guajira, drought and children dying of hunger, she's exhausted. Wayuunaiki interpreter?", [('name', 'Yasmira Ipuana Epieyú'), ('place', 'Manaure')]),
    C("I'm doing my first group with Spanish-speaking farmworkers in California next month. Any pointers from people who've done it?", []),
    C('Tobacco picker from Čapljina, Ante Ćorić-Bevanda, depressed since the frost. Mobile +387 63 441 902. Who speaks Croatian and works in Herzegovina?', [('place', 'Čapljina'), ('name', 'Ante Ćorić-Bevanda'), ('phone', '+387 63 441 902')]),
    C("Audit trail on the secure mail: message to r.omalley.counselling@protonmail.com about Róisín O'Malley-Burke from Carrowholly went out unencrypted. What's the breach procedure?", [('email', 'r.omalley.counselling@protonmail.com'), ('name', "Róisín O'Malley-Burke"), ('place', 'Carrowholly')]),
    C("Dene elder Marie Rose Sabourin-Catholique in Łutsël K'é, ninety-one this past freeze-up, residential school, her niece wants a visiting counsellor.", [('name', 'Marie Rose Sabourin-Catholique'), ('place', "Łutsël K'é"), ('age_over_89', 'ninety-one this past freeze-up')]),
    C('Ion Vasile Buzatu picks strawberries in the south of Spain each spring and has a CNP 1790314330261; the cooperative in Mazagón asked for a therapist who speaks Romanian. He reports flashbacks from a barrack fire.', [('name', 'Ion Vasile Buzatu'), ('ssn', '1790314330261'), ('place', 'Mazagón')]),
    C("Wheelchair van, Virginia plates VA UVX-4281, belongs to Corinne Tillotson from Chincoteague; she asks if it's a barrier to in-person sessions (no ramp at our place). Telehealth?", [('vehicle', 'VA UVX-4281'), ('name', 'Corinne Tillotson'), ('place', 'Chincoteague')]),
    C("I'm writing up a case for supervision and want to check I've anonymised enough. Currently: 'a Sorbian-speaking carpenter from Ralbitz, married, two children', and the client is Jan Wałda-Kral. In a village of a few hundred people that description IS the man. Do I drop the language, the trade, or both? How do you anonymise in tiny communities?", [('place', 'Ralbitz'), ('name', 'Jan Wałda-Kral')]),
    C('Question about Mexican holidays: several clients want sessions moved around Día de Muertos, and one wants to talk about it in session. Anyone done grief work with the altar as part of it?', []),
    C("can someone take xuacu menéndez from tinéu? the cattle guy. wife rang, he won't ring himself, asturian speaker ideal", [('name', 'xuacu menéndez'), ('place', 'tinéu')]),
    C('Puerto Rican client in Torrecilla Baja, Yarimar Pizarro Ayala, hurricane Fiona, grief for her father. Plan Vital ID PV 58 229 417.', [('place', 'Torrecilla Baja'), ('name', 'Yarimar Pizarro Ayala'), ('health_plan', 'PV 58 229 417')]),
    C('Vineyard foreman Íñigo Sáenz de Cabezón in Haro wants couples work after the harvest - email him at isaenzdecabezon@bodegaslosalamos.es, he says mornings are no good till November.', [('name', 'Íñigo Sáenz de Cabezón'), ('place', 'Haro'), ('email', 'isaenzdecabezon@bodegaslosalamos.es')]),
    C("For those in Ontario: what's the current guidance on texting clients about appointment changes? I can't find it on the college site.", []),
    C("Agnès Lacoste-Etcheverry is a seasonal oyster shucker at Gujan-Mestras and her son keeps getting suspended. School sent an Educonnect link https://educonnect.education.gouv.fr/idp/profile/SAML2/Redirect/SSO?execution=e2s1 I'm meant to use - weird?", [('name', 'Agnès Lacoste-Etcheverry'), ('place', 'Gujan-Mestras'), ('url', 'https://educonnect.education.gouv.fr/idp/profile/SAML2/Redirect/SSO?execution=e2s1')]),
    C('Javanese-Surinamese grandmother Mbok Sarmini Kartoredjo, 95 jaar, lives in Lelydorp, her son in the Netherlands wants her assessed.', [('name', 'Mbok Sarmini Kartoredjo'), ('age_over_89', '95 jaar'), ('place', 'Lelydorp')]),
    C("I'm a few years into practice and have started dreading intake calls. Not the clients - the forms. Every insurer wants a slightly different diagnosis code, a slightly different treatment plan, and every Monday morning disappears into it. Do others batch their admin, hire help, or just accept it? I'd love practical tips, especially from solo practitioners who've kept their sanity.", []),
    C("Just finished a training on Gottman's Sound Relationship House. Useful, but very American in places. Anyone adapted it for European couples?", []),
    C("Has anyone done narrative therapy with older men? White and Epston's book is on my desk but I don't know where to start.", []),
    C("Is anyone offering Saturday sessions? I get so many requests from people who work in shops and can't come on weekdays.", []),
    C("For those who use the EPDS: do you give it to fathers too? I've started and the scores are eye-opening.", []),
    C('Colorado referral: Rebecca Two Feathers Lente, Arboles, pregnant, past IPV. Any perinatal people?', [('name', 'Rebecca Two Feathers Lente'), ('place', 'Arboles')]),
    C('Cape Verdean family in Valley Falls, Djamila Tavares Fortes, her son is being deported. RIte Care ID RI 7730418826. Kriolu speaker anyone?', [('place', 'Valley Falls'), ('name', 'Djamila Tavares Fortes'), ('health_plan', 'RI 7730418826')]),
    C('Jalisco agave worker Efraín Ledezma Orozco, Amatitán, pesticide burn, placa de la camioneta JN-83-412, wants to sue, sleeps badly.', [('name', 'Efraín Ledezma Orozco'), ('place', 'Amatitán'), ('vehicle', 'JN-83-412')]),
    C('Easter week is always heavy here - the anniversary reactions, the family gatherings. Anyone else notice a spike in cancellations?', []),
    C("We run a small consultation group for therapists who work with migrant workers, mostly in agriculture and meat processing. We meet online on the first Tuesday of each month, in English and Spanish. This year we're reading Paulo Freire's Pedagogy of the Oppressed alongside case material. If that sounds like your kind of group, reply and I'll send the details.", []),
    C('Question for the schema therapy folks: how do you explain modes to clients without it sounding like a personality test?', []),
    C("how do you keep notes brief for clients who talk in long stories? i'm writing essays and it's eating my evenings.", []),
    C('Our team has been asked to screen everyone with the AUDIT at intake. Useful or a box-ticking exercise in your experience?', []),
    C("Working with Roma families: can anyone recommend training that isn't written by outsiders? I want to do this well.", []),
    C('thinking of offering walk-and-talk sessions. how do you handle confidentiality outdoors when you might bump into people?', []),
    C("Supervision reflection, and a question. My client Beatriz Andrade Vasconcelos, a samba school costume maker in Vaz Lobo, told me she had to sell her sewing machine, which was her mother's. I notice I went straight to problem-solving. How do others stay with loss when the client's losses are material?", [('name', 'Beatriz Andrade Vasconcelos'), ('place', 'Vaz Lobo')]),
    C("For those trained in EMDR: how do you adapt the protocol for clients who dissociate heavily? I follow Shapiro's book but it's thin on this.", []),
    C('Grief groups around Christmas: do you run them in December or wait until January when the visitors have gone?', []),
    C("Login history for the shared inbox shows 2a02:a45e:1c7:0:b8f1:22ff:fe63:91d0 opening Femke Oosterhuis-Dijkstra's intake form from Pingjum. Nobody at our practice uses that provider.", [('ip_address', '2a02:a45e:1c7:0:b8f1:22ff:fe63:91d0'), ('name', 'Femke Oosterhuis-Dijkstra'), ('place', 'Pingjum')]),
    C('Has anyone found a good way to explain CBT to clients with low literacy? Worksheets are a barrier for half my caseload.', []),
    C('Yaqui client Juan Silverio Buitimea, Pótam, Sonora, water protest, his brother was jailed. IMSS NSS 31 94 78 0217 6. Any Indigenous-rights-aware therapists?', [('name', 'Juan Silverio Buitimea'), ('place', 'Pótam'), ('health_plan', '31 94 78 0217 6')]),
    C('Shared the wrong Zoom room: https://us02web.zoom.us/j/84172290315?pwd=kT2aQx was meant for Kenji Albuquerque Sato from Sete Barras and his ex-wife joined instead.', [('url', 'https://us02web.zoom.us/j/84172290315?pwd=kT2aQx'), ('name', 'Kenji Albuquerque Sato'), ('place', 'Sete Barras')]),
    C("Bit of a puzzle with a referral from the GP practice in Trefeglwys: the man, Gwilym Pryce-Jenkins, a sheep farmer in his late fifties, is described as 'resistant', but when I rang he was perfectly warm, he just can't come in during lambing and nobody asked. We agreed phone calls at 9pm. I keep meeting 'resistant' farmers who are simply busy. Does anyone have a good rural-engagement reading to send back to the practice?", [('place', 'Trefeglwys'), ('name', 'Gwilym Pryce-Jenkins')]),
    C('Cuban doctor in exile Dr. Yudelkis Ferrer Peraza - colleague, not client, from Guanabacoa - offers Spanish-language sessions, email yferrerperaza.psico@outlook.com.', [('name', 'Yudelkis Ferrer Peraza'), ('place', 'Guanabacoa'), ('email', 'yferrerperaza.psico@outlook.com')]),
    C('Thanksgiving and Christmas are hard on my clients who are estranged from their families. Anyone running a holiday support group in November or December?', []),
    C('Lobsterman Caleb Alley-Beal from Addison, lobster licence LCO-2 #18844, lost his sternman overboard in January. Maine folks: who does fishing-community grief?', [('name', 'Caleb Alley-Beal'), ('place', 'Addison'), ('licence', 'LCO-2 #18844')]),
    C("Itziar Laxalt, Basque-American sheepherder's widow in Jordan Valley, Oregon, born March 3, 1941. Grief, but she wants 'a talk, not therapy'.", [('name', 'Itziar Laxalt'), ('place', 'Jordan Valley'), ('date', 'March 3, 1941')]),
    C('pls can someone phone sipho van wyk-jansen in knights hill? sorry, long day, cant do it myself', [('name', 'sipho van wyk-jansen'), ('place', 'knights hill')]),
    C("Does anyone know whether the Techniker Krankenkasse reimburses sessions with a therapist who isn't yet on the statutory list? A client is asking and the information online is contradictory.", []),
    C("Referral, Ciarán Pádraig Mac Giolla Bhríde, Moyard, H&C number 432 781 5096, dad was killed in '71 and the inquest brought it all back. Trauma specialists?", [('name', 'Ciarán Pádraig Mac Giolla Bhríde'), ('place', 'Moyard'), ('health_plan', '432 781 5096')]),
    C('Belizean Kriol client Shanice Usher-Flowers, Crooked Tree, lost her baby. She wants a Belizean or Caribbean therapist.', [('name', 'Shanice Usher-Flowers'), ('place', 'Crooked Tree')]),
    C('anyone got a short script for explaining trauma responses to a ten-year-old? simple words, no jargon.', []),
    C("Book rec for new therapists: Carl Rogers' On Becoming a Person. Old, but nothing teaches warmth better.", []),
    C("heads up: the online booking page went down over the weekend, so if a client says they couldn't book, believe them.", []),
    C('Seto singer Õie Sarv-Lõõbas from Värska wants grief work after her leelo choir leader died. Estonian only.', [('name', 'Õie Sarv-Lõõbas'), ('place', 'Värska')]),
    C("Our team's telehealth platform logged three failed logins for Thorvald Eikeland's account from 185.34.118.207 last night, then a success from 2001:4646:8b0c:0:1d9:4f3a:cc21:7e10. He's a ferry engineer out of Eikefjord, often at sea, so the IPs jump about, but the failed ones worry me. Is it proportionate to ask him to reset his password before Thursday's session, or am I being paranoid?", [('name', 'Thorvald Eikeland'), ('ip_address', '185.34.118.207'), ('ip_address', '2001:4646:8b0c:0:1d9:4f3a:cc21:7e10'), ('place', 'Eikefjord')]),
    C('Erzsébet Szűcs-Varga from Hódmezővásárhely, paprika grower, widow, lonely on the farm. Hungarian speaker wanted.', [('name', 'Erzsébet Szűcs-Varga'), ('place', 'Hódmezővásárhely')]),
    C('Referral: Deborah Nwosu-Pemberton, Kensington Fields, her Nigerian dad and Scouse mum both died this year. Medical record RQ6 884 201 73 in the fax header. Fax 0151 706 3948.', [('name', 'Deborah Nwosu-Pemberton'), ('place', 'Kensington Fields'), ('medical_record', 'RQ6 884 201 73'), ('fax', '0151 706 3948')]),
    C("Lithium and summer heat: what do you tell clients who work outdoors? I always feel I'm overstepping into the prescriber's lane.", []),
    C('Fax cover from the mutual in Ponferrada: Laureano Rodríguez Courel, ex-miner, número de afiliado MUT 24 5503917, fax back 987 41 22 90. Silicosis and low mood.', [('place', 'Ponferrada'), ('name', 'Laureano Rodríguez Courel'), ('health_plan', 'MUT 24 5503917'), ('fax', '987 41 22 90')]),
    C('Guerrero schoolteacher Hilda Abarca Nava, Ayutla de los Libres, threats from a cartel, wants online therapy from another state.', [('name', 'Hilda Abarca Nava'), ('place', 'Ayutla de los Libres')]),
    C('Filipino nurse in Whitney, NV, Maricel Dizon-Abad, night shift at a casino clinic. Nevada nursing licence RN 912744. Sleep, grief for her mother in the Philippines.', [('place', 'Whitney'), ('name', 'Maricel Dizon-Abad'), ('licence', 'RN 912744')]),
    C("question about note-taking: do you write down swear words verbatim? a client swears constantly and it's part of how he talks.", []),
    C('Masurian lake-resort worker Renata Zalewska-Kuc, Mikołajki, winter unemployment, low mood every year from October. BLIK phone for payment +48 512 338 904 - is BLIK to my phone ok?', [('name', 'Renata Zalewska-Kuc'), ('place', 'Mikołajki'), ('account', '+48 512 338 904')]),
    C("Does anyone have experience with Blue Cross Blue Shield denying claims for EMDR as 'experimental'? It's in the APA and VA/DoD guidelines. Appeal templates welcome.", []),
    C("Referral: Covadonga Fernández Llaneza, 52, miner's widow, lives in La Felguera, wants grief work in Spanish, Tuesdays only please.", [('name', 'Covadonga Fernández Llaneza'), ('place', 'La Felguera')]),
    C('Any recommendations for Polish-language therapists in Scotland or Ireland? I keep being asked and I only know one in England.', []),
    C("Any thoughts on ACT for chronic pain? I'm reading Hayes and it seems promising but my pain clients are sceptical of 'acceptance'.", []),
    C('In Colombia, does the EPS cover psychology sessions, or only psychiatry? A client moving back home wants to continue.', []),
    C('Audit log, Tue 18 Nov 2025: record of Noemí Castells Bosch (Tavertet) viewed from 79.153.42.118, not our clinic range. Reported to the DPO yet?', [('date', 'Tue 18 Nov 2025'), ('name', 'Noemí Castells Bosch'), ('place', 'Tavertet'), ('ip_address', '79.153.42.118')]),
    C("when a client's partner rings you 'just to give some background', do you listen or stop them straight away?", []),
    C("Vanilla farmer from Papantla, Nicanor Xochihua Olmos, Totonac, hurricane destroyed the vines. CLABE for the sliding-scale fund 012 840 01542398716 3? I'm not sure I should hold that.", [('place', 'Papantla'), ('name', 'Nicanor Xochihua Olmos'), ('account', '012 840 01542398716 3')]),
    C("Thinking out loud about language. I work in English and Spanish and notice that my clients often tell the worst things in the language they learned second, as if it gives them distance. One client switches to English whenever she talks about her father. Has anyone written about this? I've seen a bit in the bilingual therapy literature but would love something practical about how to follow the switch in session.", []),
    C('Jamaican client Devon Oneil Gayle, Trench Town, TRN 127-559-804, brother killed, panic. NHF card NHF 4471029.', [('name', 'Devon Oneil Gayle'), ('place', 'Trench Town'), ('ssn', '127-559-804'), ('health_plan', 'NHF 4471029')]),
    C('morgane le gall-kerhervé, landéda, seaweed harvester, she wants evenings. thx', [('name', 'morgane le gall-kerhervé'), ('place', 'landéda')]),
    C("looking for a co-therapist for a men's group, fishermen and dockers mostly, fortnightly, evenings. we split the admin. anyone interested?", []),
    C("Anyone run a DBT skills group on Zoom? Linehan's handouts don't really work on screen and I'm thinking of redesigning them.", []),
    C("Romansh-speaking client, Curdin Caviezel, from Crusch, wants sessions in German because 'nobody speaks Vallader'. Anyone know a Romansh-speaking therapist? Phone 081 864 17 30.", [('name', 'Curdin Caviezel'), ('place', 'Crusch'), ('phone', '081 864 17 30')]),
    C('Indo-Guyanese rice farmer Deonarine Ramdass-Persaud, Anna Regina, flooding, alcohol, wife asks. Email deoramdass.essequibo@gmail.com.', [('name', 'Deonarine Ramdass-Persaud'), ('place', 'Anna Regina'), ('email', 'deoramdass.essequibo@gmail.com')]),
    C("Has anyone in Brazil used CAPS referrals for clients who can't afford private therapy? I'm told the wait is long but they're good.", []),
    C('Ottavio Bernasconi is a frontaliere who crosses every day from Porlezza to Ticino. The Swiss insurer wants a report in Italian. Anyone licensed on both sides?', [('name', 'Ottavio Bernasconi'), ('place', 'Porlezza')]),
    C("the waiting list is long and i've started feeling guilty every time i go on holiday. how do others handle this without burning out?", []),
    C('Yanomami health agent Elizeu Xirixana Maxiti, Palimiú, garimpo violence. Who has worked with Yanomami?', [('name', 'Elizeu Xirixana Maxiti'), ('place', 'Palimiú')]),
    C("my client keeps apologising for crying. i've tried 'you don't need to apologise' and it makes it worse. what do you say?", []),
    C("A longer one: I've been working with Ewa Lindqvist-Mrozek, who runs a small bakery in Ystad with her husband, and her pacemaker, serial PJN 804 417 Q, was recalled last month. She's been checking her pulse every ten minutes, won't sleep, and has stopped working the early shift. I'm doing health-anxiety CBT, but the fear isn't irrational - the device really was faulty. How do you work with anxiety that's partly justified?", [('name', 'Ewa Lindqvist-Mrozek'), ('place', 'Ystad'), ('device', 'PJN 804 417 Q')]),
    C("Longer one about endings. I'm closing my practice at the end of the year to move abroad, and I have about thirty clients. Some have been with me for years. I'm planning individual endings and referrals, but I'm not sure how far in advance to tell them - three months feels too long for some and too short for others. How have others handled closing a practice, and what do you wish you'd done differently?", []),
    C('Kalinago weaver Irvince Auguiste Frederick, Sineku, hurricane Maria, roof gone, depressed. Any Dominica therapist?', [('name', 'Irvince Auguiste Frederick'), ('place', 'Sineku')]),
    C("Teacher in Aughavas, Fionnuala Gilheaney, sent me her school's wellbeing page https://stfelimsns.example.ie/wellbeing-for-parents to ask if I'd present. Conflict of interest since I see a pupil's parent?", [('place', 'Aughavas'), ('name', 'Fionnuala Gilheaney'), ('url', 'https://stfelimsns.example.ie/wellbeing-for-parents')]),
    C("Client asked if she should try Ozempic to 'fix' her body image. I'm not a prescriber but I have feelings. How do you respond?", []),
    C("Longer request: a couple from Tafí del Valle, Nicolás Cruz Mamaní and Soledad Yapura Cruz, run a guesthouse and their son, 20, came out and was thrown out by his father. Now the father wants therapy 'to fix' the son. I've said I'll see the parents. Any Spanish-language resources for Catholic parents of LGBT kids that aren't awful?", [('place', 'Tafí del Valle'), ('name', 'Nicolás Cruz Mamaní'), ('name', 'Soledad Yapura Cruz')]),
    C("How do you explain confidentiality limits to a client who's a police officer and knows the law better than I do?", []),
    C('Asháninka client Nélida Chimanca Rojas, Puerto Ocopa, death threats from loggers.', [('name', 'Nélida Chimanca Rojas'), ('place', 'Puerto Ocopa')]),
    C("Baclofen pump alarm: Piotr Zawadzki-Lund, Herrgården, pump serial SynchroMed NGV 4402817, and the refill clinic cancelled. He's panicking. Crisis tips?", [('name', 'Piotr Zawadzki-Lund'), ('place', 'Herrgården'), ('device', 'SynchroMed NGV 4402817')]),
    C("i'm doing a lot of work with people who've lost a business. the shame is so specific. anything good to read on it?", []),
    C('Lorry driver Paddy Joe McGinley from Ramelton, HGV licence MCGIN704097P99RX, crash on the coast road, flashbacks. He wants someone who gets rural.', [('name', 'Paddy Joe McGinley'), ('place', 'Ramelton'), ('licence', 'MCGIN704097P99RX')]),
    C('Uapush Rock-Vollant from Uashat, 22, suicidal, her band file UMR-2231-044. Crisis plan help.', [('name', 'Uapush Rock-Vollant'), ('place', 'Uashat'), ('medical_record', 'UMR-2231-044')]),
    C('Dominican client Yanelis Altagracia Peña Reyes, Pantoja, cédula 402-2219348-7, deported from the US, shame. Phone (809) 561-2730.', [('name', 'Yanelis Altagracia Peña Reyes'), ('place', 'Pantoja'), ('ssn', '402-2219348-7'), ('phone', '(809) 561-2730')]),
    C('For those working with Ukrainian refugees in Poland, Germany or Czechia: what interpreters or services do you use? The Red Cross list is outdated.', []),
    C('someone please remind me why i went private. the invoicing alone.', []),
    C('Dear all, a reminder that the consultation group is off on the first Monday of August for the holiday. Back the week after.', []),
    C("Dear colleagues - Giuseppina Scognamiglio (not a client, a colleague) opened a practice on Corso Garibaldi 211 in Torre del Greco, 80059, mostly coral workers and fishermen's families. She takes referrals for trauma, please share.", [('name', 'Giuseppina Scognamiglio'), ('street_address', 'Corso Garibaldi 211'), ('place', 'Torre del Greco'), ('zip_code', '80059')]),
    C("Has anyone read Resmaa Menakem's My Grandmother's Hands with a group? Thinking of it for our spring reading circle.", []),
    C('Is quetiapine at low doses for sleep as common where you are as it is here? Several clients on it and nobody seems to question it.', []),
    C('Antiguan Jermaine Joseph-Samuel, Liberta, taxi driver, plate TX 2184, assault by a tourist, flashbacks.', [('name', 'Jermaine Joseph-Samuel'), ('place', 'Liberta'), ('vehicle', 'TX 2184')]),
    C('Tamika Hollins works at the auto plant in Mount Morris, MI, lead pipes and a son with learning problems, furious at the city. Email tamikahollins.flint@yahoo.com.', [('name', 'Tamika Hollins'), ('place', 'Mount Morris'), ('email', 'tamikahollins.flint@yahoo.com')]),
    C("we've moved to a new booking system and it emails clients at 6am. three complaints already. any way to change the send time?", []),
    C('Norwegian car registration ZT 48219 belongs to Randi Kvaløy-Svendsen, who left the scene of a crash at Hitra. She asked about therapy before the court date - ethics check?', [('vehicle', 'ZT 48219'), ('name', 'Randi Kvaløy-Svendsen'), ('place', 'Hitra')]),
    C('Steel retiree Walter Hinchcliffe from Tinsley, insulin pump serial PUMP-SN 7703-2819, low mood after diabetic complications. NHS psych waiting list is 18 months.', [('name', 'Walter Hinchcliffe'), ('place', 'Tinsley'), ('device', 'PUMP-SN 7703-2819')]),
    C("Teodoro Sanz Arranz is one of the last men living in Villanueva de Gumiel, a village of forty in Castile, and his son in Germany thinks he's depressed. Phone-only sessions? Landline 947 54 10 63.", [('name', 'Teodoro Sanz Arranz'), ('place', 'Villanueva de Gumiel'), ('phone', '947 54 10 63')]),
    C("New client Agnieszka Wróbel-Nowak born 4 marca 1983, came from Ludźmierz to Ireland ten years ago, cleaner at a hotel. Panic at night, she'd prefer Polish.", [('name', 'Agnieszka Wróbel-Nowak'), ('date', '4 marca 1983'), ('place', 'Ludźmierz')]),
    C('Client is a Norwegian oil worker on an offshore rotation and wants sessions in English on Sundays. Anyone licensed in Norway who works weekends?', []),
    C("We're updating the intake pack: PHQ-9, GAD-7, AUDIT, PCL-5 and the WHO-5. Is that too many for a first session? Clients in Ireland and Northern Ireland have said it feels like an exam.", []),
    C("Meds question: client on Wellbutrin and Lamictal, now prescribed Abilify by a new psychiatrist, and she's asking me whether that's 'a lot'. I said ask the prescriber, but I'd like to understand it myself. Any pharmacology primer for non-prescribers?", []),
    C("honest question, is it ever ok to tell a client you're tired? i was today, and i think she noticed anyway.", []),
    C("Portal login alert for Eilidh Mackenzie-Shaw: 2a00:23c6:4f1e:8b01:9d2a:61ff:fe20:7c4b from an unknown device. She's in Plockton and uses one laptop. Is this worth reporting?", [('name', 'Eilidh Mackenzie-Shaw'), ('ip_address', '2a00:23c6:4f1e:8b01:9d2a:61ff:fe20:7c4b'), ('place', 'Plockton')]),
    C("Ohio client Tyrell Beasley-Whitmore, Darlington Township - the train derailment. Chemical fear, kids' rashes. Case file EPCC-0231-17. Anyone doing environmental-disaster trauma?", [('name', 'Tyrell Beasley-Whitmore'), ('place', 'Darlington Township'), ('medical_record', 'EPCC-0231-17')]),
    C('Lavender grower from Valensole, Séverine Ailhaud, 44, rang about her teenage son; the school nurse emailed from infirmerie.college.valensole@ac-aix-marseille.fr. Is it ok to reply to a school address?', [('place', 'Valensole'), ('name', 'Séverine Ailhaud'), ('email', 'infirmerie.college.valensole@ac-aix-marseille.fr')]),
    C("Supervision reading: Stroebe and Schut's dual process model, Neimeyer on meaning reconstruction, and Kübler-Ross for contrast. We meet Tuesday in February.", []),
    C('Crab picker from Hoopers Island, Lurline Ruark Spicer, 67, says the seafood house closed after sixty years. Landline (410) 397-2086. Old-time accent, very proud.', [('place', 'Hoopers Island'), ('name', 'Lurline Ruark Spicer'), ('phone', '(410) 397-2086')]),
    C("Kévin Dos Santos Pereira, ex-steelworker in Florange, was laid off when the blast furnaces closed and never found his footing. He wants group work. Anyone running a men's group in Lorraine?", [('name', 'Kévin Dos Santos Pereira'), ('place', 'Florange')]),
    C('Otomí embroiderer Rufina Bartolo Ángeles from Tenango de Doria, Hidalgo, her designs were copied by a fashion brand. Anger, shame. Phone 775 752 0419.', [('name', 'Rufina Bartolo Ángeles'), ('place', 'Tenango de Doria'), ('phone', '775 752 0419')]),
    C("Survey for colleagues in Ireland: how long are your waiting lists right now? The HSE numbers don't match what I'm hearing.", []),
    C("I'm starting to learn Quechua for work and it's humbling. Any other therapists learning an Indigenous language for their clients?", []),
    C("sleep hygiene handouts assume people have a bedroom to themselves. mine mostly don't. any better material?", []),
    C("Client asked me to look at her GoFundMe, https://www.gofundme.com/f/rebuild-nadias-bakery-lingen, for Nadia Hamoud-Brink's bakery in Lingen-Darme. Is it ok to donate? I want to.", [('url', 'https://www.gofundme.com/f/rebuild-nadias-bakery-lingen'), ('name', 'Nadia Hamoud-Brink'), ('place', 'Lingen-Darme')]),
    C("i keep getting referrals for 'anger management' that are really grief. does anyone else push back on the referral wording?", []),
    C('Lucas Bernard-Arseneault is an Acadian lobster fisherman in Pigeon Hill wharf, NB Medicare NB 671 204 388, boat fire last August. French, chiac, phone sessions.', [('name', 'Lucas Bernard-Arseneault'), ('place', 'Pigeon Hill wharf'), ('health_plan', 'NB 671 204 388')]),
    C('Ex-miner in Hrabůvka, Radim Kubíček, řidičský průkaz EH 482177, wants to drive a taxi but fails the medical for anxiety. Could we support him?', [('place', 'Hrabůvka'), ('name', 'Radim Kubíček'), ('licence', 'EH 482177')]),
    C("Ski bar manager Florian Zangerl, from Mathon, says the covid winter left him 'hated by the world'. He asked me to refer to someone in Tyrol. Phone +43 664 219 53 08.", [('name', 'Florian Zangerl'), ('place', 'Mathon'), ('phone', '+43 664 219 53 08')]),
    C('Marble quarry worker from Colonnata, Lido Giromella, saw a colleague crushed. Fax from the occupational doctor came from +39 0585 71 44 09. He asks if he can keep working while in therapy.', [('place', 'Colonnata'), ('name', 'Lido Giromella'), ('fax', '+39 0585 71 44 09')]),
    C("Supervision question: how do you hold hope for a client who has decided nothing will change? I'm trying Miller and Rollnick's approach but it feels like pushing.", []),
    C("Has anyone used polyvagal ideas with clients who do heavy physical work? Porges' language doesn't land with them but the body stuff does.", []),
    C("Long question about a grief case. Mireille Castagnet-Lafourcade is a shepherd's widow from Laruns whose husband died in a fall while bringing the flock down in October. She keeps going up to the summer hut alone and the family is terrified. I don't think it's suicidal - I think it's the only place she can feel him. Has anyone written about place-based grief rituals in mountain communities? French sources welcome.", [('name', 'Mireille Castagnet-Lafourcade'), ('place', 'Laruns')]),
    C('Muscogee elder Bessie Harjo-Bear, ninety-two at the green corn, lives outside Okemah. Granddaughter asks about grief support for her.', [('name', 'Bessie Harjo-Bear'), ('age_over_89', 'ninety-two at the green corn'), ('place', 'Okemah')]),
    C("Referral that confused me: a hospital letter for Bogdan Ionescu-Stan, a truck driver from Vișeu de Sus, lists MRN SJU-MM 2024/11873 and a discharge date of 9 noiembrie 2024 but no diagnosis, only 'psychological follow-up recommended'. He doesn't know why either. He had a crash in Austria. Do I ask the hospital directly or let him request his own records first?", [('name', 'Bogdan Ionescu-Stan'), ('place', 'Vișeu de Sus'), ('medical_record', 'SJU-MM 2024/11873'), ('date', '9 noiembrie 2024')]),
    C('Vincentian volcano evacuee Sherlene Baptiste-Ollivierre, Fitz Hughes, ash fell on the house, evacuated twice.', [('name', 'Sherlene Baptiste-Ollivierre'), ('place', 'Fitz Hughes')]),
    C('Fax from the county jail: inmate DeShawn Marquis Pruitt, booking MCSO 2025-004418, requests a counsellor. Fax (901) 222-5519. Anyone do jail work?', [('name', 'DeShawn Marquis Pruitt'), ('medical_record', 'MCSO 2025-004418'), ('fax', '(901) 222-5519')]),
    C("Client on sertraline says she feels 'flat' but better. Do you raise the flatness or leave it to her prescriber?", []),
    C('Abdulrahman Al-Hariri, 24, was in the old camp at Mavrovouni and now works at a kebab shop in Attica and has flashbacks from the fire.', [('name', 'Abdulrahman Al-Hariri'), ('place', 'Mavrovouni')]),
    C('The new HIPAA update on reproductive health records - has anyone changed how they store notes? Our lawyer says yes, others say no.', []),
    C('Jonna Eriksson-Mattsson lives in Degerby by and commutes by ferry; MobilePay +358 40 771 2054 for co-pay. Åland has so few therapists - anyone licensed in Finland?', [('name', 'Jonna Eriksson-Mattsson'), ('place', 'Degerby by'), ('account', '+358 40 771 2054')]),
    C("Driver Yusuf Demirtaş-Acar was in the pile-up last winter; car plate S-YD 4418, insurance needs confirmation he's in treatment. What do you put in these letters?", [('name', 'Yusuf Demirtaş-Acar'), ('vehicle', 'S-YD 4418')]),
    C("ok quick one - aurelio pasquariello from pietrapertosa again, he rang in tears, he's on my list, can anyone cover tmrw", [('name', 'aurelio pasquariello'), ('place', 'pietrapertosa')]),
    C('Otavalo textile seller Rumiñahui Cachiguango Lema, Agato, his shop in the market burnt. Kichwa, Spanish, online.', [('name', 'Rumiñahui Cachiguango Lema'), ('place', 'Agato')]),
    C('Hill farmer on Alston Moor, Ted Walton-Dent, lost the flock to foot-and-mouth in 2001 and it has come back since the bluetongue. Farm phone 01434 381 227.', [('place', 'Alston Moor'), ('name', 'Ted Walton-Dent'), ('phone', '01434 381 227')]),
    C("Conference alert: the EMDR Europe conference is in June, and there's a Spanish-language strand on Thursday and Friday. Anyone going? Would be nice to meet in person.", []),
    C('Bahian client Maria das Dores Conceição Santos, quilombo Quingoma, CPF 418.207.335-19, land conflict with the Navy. Portuguese, trauma.', [('name', 'Maria das Dores Conceição Santos'), ('place', 'Quingoma'), ('ssn', '418.207.335-19')]),
    C("Emre Yıldırım-Schulz, crane driver at the port, lives in Wilhelmsburg, Veringstraße 118, 21109. Night shifts, two kids, marriage wobbling. He'd like a Turkish-speaking couples therapist.", [('name', 'Emre Yıldırım-Schulz'), ('place', 'Wilhelmsburg'), ('street_address', 'Veringstraße 118'), ('zip_code', '21109')]),
    C("Help: portal log shows a login from 88.12.140.77 to Amparo Cerezo Villalba's record at 03:14, and she says it wasn't her. Who do I tell, the DPO first?", [('ip_address', '88.12.140.77'), ('name', 'Amparo Cerezo Villalba')]),
    C('Puerto Rican coffee farmer Efraín Maldonado Vélez, barrio Guaonico, lives at Carr. 111 km 12.4, 00698. Hurricane PTSD.', [('name', 'Efraín Maldonado Vélez'), ('place', 'barrio Guaonico'), ('street_address', 'Carr. 111 km 12.4'), ('zip_code', '00698')]),
    C("Prescriber question, long. My client Heikki Rautavaara-Lind in Pyhäjärvi is on lithium and works as a lumberjack in summer; last summer he got dehydrated and toxic. His lithium card says OYS 1972-66015. He wants to keep working outdoors and asks me to 'talk to the doctor' for him. I'm a psychologist, not a prescriber. How do you support advocacy without stepping into the medical lane?", [('name', 'Heikki Rautavaara-Lind'), ('place', 'Pyhäjärvi'), ('medical_record', 'OYS 1972-66015')]),
    C("Bulgarian rose picker Stoyanka Petkova Gancheva from Shipka, works in the fields in May and June and can't afford to stop. Chronic pain plus grief.", [('name', 'Stoyanka Petkova Gancheva'), ('place', 'Shipka')]),
    C("Ethics check please. A couple I see, Dmitri Volkov-Sandell and Aleksandra Volkova-Nilsson, live in Bredbyplan and run a small cleaning company; she handles the money and he has started sending me emails from dmitri.volkov.stad@outlook.se about her 'lying'. I've said I don't keep secrets in couples work, but he keeps writing. Do I share the emails in session, summarise them, or refuse to read them at all? What's your policy?", [('name', 'Dmitri Volkov-Sandell'), ('name', 'Aleksandra Volkova-Nilsson'), ('place', 'Bredbyplan'), ('email', 'dmitri.volkov.stad@outlook.se')]),
    C("I'd like to start a small library of self-help books in different languages for the waiting room. Suggestions in French, German, Polish, Spanish?", []),
    C('Cancelled on a client today because I was sick and felt terrible about it. How do you handle your own sick days?', []),
    C('Mennonite client Aganetha Friesen Klassen from Kleefeld, MB, Low German, lost her husband on the highway. MB health MHSC 118 402 773.', [('name', 'Aganetha Friesen Klassen'), ('place', 'Kleefeld'), ('health_plan', 'MHSC 118 402 773')]),
    C('Quechua market woman Florencia Mamani Condori in Sacaba, fight with her son over the stall.', [('name', 'Florencia Mamani Condori'), ('place', 'Sacaba')]),
    C('Dairy farmer in Cashton, WI, Eli Yoder Miller, ex-Amish, shunned, wants therapy by phone. Wisconsin plate on the truck WI 839-LKT if the sheriff asks again.', [('place', 'Cashton'), ('name', 'Eli Yoder Miller'), ('vehicle', 'WI 839-LKT')]),
    C("We're setting up a peer-support line for rural therapists. Mondays and Wednesdays, evenings. Volunteers, please reply here.", []),
    C("Reading group, March: Frantz Fanon's Black Skin, White Masks and Ignacio Martín-Baró's Writings for a Liberation Psychology. In English and Spanish. Zoom, Wednesdays.", []),
    C("Teams or Zoom or Doxy.me or SimplePractice's own video? Our practice in Maryland is choosing and everyone has opinions.", []),
    C('A rural issue: my client Crystal Ann Lonjose, a school cook in Zuni Pueblo, has no internet at home and does sessions from her truck in the school car park, plate NM 418-RZT. I worry about privacy and the heat. Any better options people have found for clients without home internet?', [('name', 'Crystal Ann Lonjose'), ('place', 'Zuni Pueblo'), ('vehicle', 'NM 418-RZT')]),
    C("Saaremaa fisherman Tõnu Tuulik, Kihelkonna, sent me his boat ID, EST-SA 108; he's asking if he can come in his work clothes. Of course!", [('name', 'Tõnu Tuulik'), ('place', 'Kihelkonna'), ('vehicle', 'EST-SA 108')]),
    C("Does Medicaid in Kentucky cover couples therapy? I've had conflicting answers from two billing people.", []),
    C('Salmon farm worker on Frøya, Sindre Hammervold, a colleague drowned at the pen. Norwegian speaker please, video ok.', [('place', 'Frøya'), ('name', 'Sindre Hammervold')]),
    C('Audit log: Prakash Odedra (Rushey Mead) record opened from 81.149.27.203 twice on 2025-03-04. Only he and I should have access. Who was that?', [('name', 'Prakash Odedra'), ('place', 'Rushey Mead'), ('ip_address', '81.149.27.203'), ('date', '2025-03-04')]),
    C("For people working in Quebec: is the OPQ requiring a new continuing education cycle this year? I've lost track.", []),
    C('Grandmother Dolores Iglesias de la Fuente, noventa y un años, in Covarrubias, lost her son to Covid and lives alone now; the granddaughter asks if phone grief work is ok at that age.', [('name', 'Dolores Iglesias de la Fuente'), ('age_over_89', 'noventa y un años'), ('place', 'Covarrubias')]),
    C("Client wants to switch from Zoloft to Prozac because a friend said it's better. I've told her to talk to her GP. Anything else?", []),
    C("Sorbian family in Crostwitz: Hańža Wjeńcec, 37, teacher, wants her daughter seen by someone who understands bilingual kids. Mother's email hanza.wjencec@sorbmail.de.", [('place', 'Crostwitz'), ('name', 'Hańža Wjeńcec'), ('email', 'hanza.wjencec@sorbmail.de')]),
    C('Toymaker from Seiffen, Gottfried Lorenz-Uhlig, 58, lost the workshop to a fire before Christmas. Address Hauptstraße 71, 09548. Wife says he sits in the burnt room.', [('place', 'Seiffen'), ('name', 'Gottfried Lorenz-Uhlig'), ('street_address', 'Hauptstraße 71'), ('zip_code', '09548')]),
    C("Thinking about a grief case. Elspeth Tulloch, a knitter on St Agnes, lost her husband at sea and now the island's ferry schedule decides whether she can attend group. We've done phone sessions. She asked if there's an online group for sea widows. Does anyone know one?", [('name', 'Elspeth Tulloch'), ('place', 'St Agnes')]),
    C('a client gave me a jar of honey from his bees. i accepted. i think that was fine? tell me it was fine.', []),
    C('Jersey dairy worker Manuel Abreu Gomes, lives in Grève de Lecq, wants a Portuguese speaker. Bit isolated on the island.', [('name', 'Manuel Abreu Gomes'), ('place', 'Grève de Lecq')]),
    C("how long do you wait before closing a file when someone just stops answering? i've got three 'ghosts' and i keep hoping.", []),
    C('Kentucky coalfield: Ricky Lee Slone, Carr Fork Lake, KY Medicaid KYM 5603188214, disabled miner, oxycodone history, wants counselling but no church people.', [('name', 'Ricky Lee Slone'), ('place', 'Carr Fork Lake'), ('health_plan', 'KYM 5603188214')]),
    C("Miners' widow in the cité des Provinces, Josiane Wiecek, Polish-French, turned quatre-vingt-dix ans at the Sainte-Barbe lunch and told everyone she wanted to die. Family wants an assessment.", [('place', 'cité des Provinces'), ('name', 'Josiane Wiecek'), ('age_over_89', 'quatre-vingt-dix ans')]),
    C("A practical question about videos: do people ask clients to turn their cameras on? Many of mine are in shared housing, on night shifts, or in a car, and the camera makes them anxious. I've been letting them keep it off, but I miss so much. I'm curious whether others have a policy, or whether you decide case by case. Anything written on this since the pandemic would be helpful.", []),
    C('Six Nations client Oren Hill-Thomas, Ohsweken, Ontario driver licence H4826-70392-81207, anxiety about driving on the highway since the crash.', [('name', 'Oren Hill-Thomas'), ('place', 'Ohsweken'), ('licence', 'H4826-70392-81207')]),
    C("Ironworker from Tyendinaga, Tiohatekwen Diabo-Jacobs, fell on a job across the border and won't go back up. Email tdiabojacobs@ironworkers440.example. Mohawk clinician?", [('place', 'Tyendinaga'), ('name', 'Tiohatekwen Diabo-Jacobs'), ('email', 'tdiabojacobs@ironworkers440.example')]),
    C("Cheque from Ronan Kavanagh bounced - account IE64 AIBK 9311 5238 4417 09 - he's from Neilstown and embarrassed. How do you raise fees with a client in shame?", [('name', 'Ronan Kavanagh'), ('account', 'IE64 AIBK 9311 5238 4417 09'), ('place', 'Neilstown')]),
    C("Rocco Scarfò runs a bar in Bovalino and hasn't closed it for a single day in eleven years. His wife wants him seen - what would you start with for a man who says he's 'only tired'?", [('name', 'Rocco Scarfò'), ('place', 'Bovalino')]),
    C("Gullah family on Tombee, Queen Esther Fripp-Chisolm, wants help for her grandson after a police stop. Heirs' property fight too. SC Medicaid ID SCM 4083 9917 52.", [('place', 'Tombee'), ('name', 'Queen Esther Fripp-Chisolm'), ('health_plan', 'SCM 4083 9917 52')]),
    C("Lars-Erik Niia lives in Bolagsområdet; his house is being moved because of the mine. Sámi? He says no, Tornedalian. Meänkieli speaker anyone? He's very angry at the company.", [('name', 'Lars-Erik Niia'), ('place', 'Bolagsområdet')]),
    C('Oxygen-dependent ex-smelter worker, Gus Kalivoda, Anaconda, MT, concentrator ID 1120-4417-AA. Home visits?', [('name', 'Gus Kalivoda'), ('place', 'Anaconda'), ('device', '1120-4417-AA')]),
    C('Yape for the Friday session from Milagros Huarcaya Torres, Lomo de Corvina, +51 987 305 612 - is Yape fine for a client to pay?', [('name', 'Milagros Huarcaya Torres'), ('place', 'Lomo de Corvina'), ('account', '+51 987 305 612')]),
    C('In Germany, are psychotherapists allowed to offer sessions by phone only, without video? A colleague says yes since the pandemic rules, another says no.', []),
    C('Flag from the EHR: Kateryna Bondarenko-Smith (Rudnyky originally, now in England) opened her own notes from 2a01:4b00:8e1a:7700:5cd2:1bff:fe09:ab33 and is upset by what she read. How do you repair that?', [('name', 'Kateryna Bondarenko-Smith'), ('place', 'Rudnyky'), ('ip_address', '2a01:4b00:8e1a:7700:5cd2:1bff:fe09:ab33')]),
    C('Anyone in Berlin free? Olga Wiebe, Russian-German, from Kaulsdorf-Nord, care worker, burnout; the Jobcenter sent her over. Why do they never send a summary?', [('name', 'Olga Wiebe'), ('place', 'Kaulsdorf-Nord')]),
    C("Interested in people's experience with Spravato. Two clients have started esketamine through their psychiatrist and the sessions afterwards are very different. Do you schedule therapy on the same day?", []),
    C("I'm looking for Caribbean therapists for a client from Jamaica who wants someone who understands Jamaican church culture and Patois. Zoom is fine, Tuesday or Thursday evenings.", []),
    C("Do your clients use Headspace or Calm alongside therapy? Mine do, and some of the messaging undercuts what we're working on.", []),
    C('Practice question: the GDPR says clients can ask for their notes. Do you write differently knowing they might read them?', []),
    C("Potash miner in Esterhazy, SK, Dale Hrynkiw, Ukrainian-Saskatchewan, underground collapse, can't go back down.", [('place', 'Esterhazy'), ('name', 'Dale Hrynkiw')]),
    C("Occitan-speaking grandmother, Marceline Cabanié, Lagarde-Viaur, was born on the 2 février 1935 and still runs the hens. Her grandson asks if she can 'do therapy' at her age. Of course she can!", [('name', 'Marceline Cabanié'), ('place', 'Lagarde-Viaur'), ('date', '2 février 1935')]),
    C('Aoife Nic Aodha lives at Apt 12, Block C, Dolphin House, Rialto, D08 K7P2, single mum, damp flat, panic attacks. Any low-cost therapists nearby?', [('name', 'Aoife Nic Aodha'), ('street_address', 'Apt 12, Block C, Dolphin House'), ('place', 'Rialto'), ('zip_code', 'D08 K7P2')]),
    C("Long one: I see a man, Cristóbal Peña Lagos, who drives a school bus in Compu and has a cochlear implant, processor serial CP1150-SN 4418027. He's started missing sessions because 'my ear is off' - the processor keeps cutting out in the rain. He's embarrassed. I want to suggest text-based sessions on rainy days. Is that patronising, or just practical?", [('name', 'Cristóbal Peña Lagos'), ('place', 'Compu'), ('device', 'CP1150-SN 4418027')]),
    C('When a client comes in drunk, what do you do? I sent him home last week and felt awful about it.', []),
    C("Long one about a referral: the community mental health team in Lochcarron sent over Calum Og MacLeòid, a crofter who speaks Gaelic first, with a hospital number HIC 4401-88217 and a note saying 'poor engagement'. He's been out in the fields - it's haymaking. I want to write back something kind but firm about rural rhythms. Has anyone got wording they like?", [('place', 'Lochcarron'), ('name', 'Calum Og MacLeòid'), ('medical_record', 'HIC 4401-88217')]),
    C("I want to ask about rituals. Vasilis Karagiannakis, 70s, from Anogia, lost his son in a vendetta shooting ten years ago and has never had the memorial the family wanted because the other family lives in the same village. He asks if therapy can 'finish' grief when the feud isn't finished. I don't know what to say. Any reading on grief in ongoing conflict?", [('name', 'Vasilis Karagiannakis'), ('place', 'Anogia')]),
    C("Is there a Polish translation of the PHQ-9 that's validated? I have a few Polish-speaking clients and want to stop improvising.", []),
    C('Guaraní farmer Ña Pastora Benítez Ayala, from Yhú, her son works in Argentina and sends nothing.', [('name', 'Pastora Benítez Ayala'), ('place', 'Yhú')]),
    C("I'm supporting a young man, Mattia Zanella, who lives with his nonna in Asiago and works at the cheese cooperative. She is novantasei anni compiuti and he's her only carer. He came for anxiety but every session turns into logistics - who'll do the shopping, the pills, the stairs. I don't want to become a case manager. How do others hold the therapeutic frame when caregiving swallows everything?", [('name', 'Mattia Zanella'), ('place', 'Asiago'), ('age_over_89', 'novantasei anni compiuti')]),
    C("Olive grower from Ugento, Addolorata Piccinni, watched all her trees die from Xylella. Tessera sanitaria 80380000014720938. She cries when she talks about her grandfather's grove.", [('place', 'Ugento'), ('name', 'Addolorata Piccinni'), ('health_plan', '80380000014720938')]),
    C("Looking for a second opinion on a device question. My client, Hélène Vandenbroucke, a retired lacemaker in Sint-Kruis, has a deep brain stimulator, serial DBS-IPG 3389-40217, and since the battery change her mood has dropped badly. The neurologist says it's not the device. Have others seen mood shifts after an IPG replacement, and how did you raise it with the team?", [('name', 'Hélène Vandenbroucke'), ('place', 'Sint-Kruis'), ('device', 'DBS-IPG 3389-40217')]),
    C("Marshallese family in Elm Springs Road trailer park, AR, Jinna Lakabung-Ralpho, chicken plant, her husband's dialysis schedule rules their life. Phone (479) 750-3312.", [('place', 'Elm Springs Road trailer park'), ('name', 'Jinna Lakabung-Ralpho'), ('phone', '(479) 750-3312')]),
    C('Seasonal apple picker in the Val di Non, Andrei Ciobanu, had a fall from a ladder and now shakes at the sight of orchards. Romanian-speaking colleague?', [('place', 'Val di Non'), ('name', 'Andrei Ciobanu')]),
    C('Hasija Mujić from Sućeska asked for help with her nightmares around July again. Bosnian speaker only; she wants a woman.', [('name', 'Hasija Mujić'), ('place', 'Sućeska')]),
    C("Help with a long-distance family case. Ximena Huanca Choque lives in Villa Ingenio zona norte and does sessions with me from her sister's stall in the market; her husband works in Iquique and sends money through Tigo Money 71928440. She wants to leave him but the money is the family's only income. I'm thinking about safety planning. Anyone experienced with economic abuse across borders?", [('name', 'Ximena Huanca Choque'), ('place', 'Villa Ingenio zona norte'), ('place', 'Iquique'), ('account', 'Tigo Money 71928440')]),
    C('Kieran Flaherty runs a chipper in Rahoon and his teenage daughter has an eating disorder. HSE referral form at https://www2.hse.ie/services/camhs-referral/ - do private therapists use it?', [('name', 'Kieran Flaherty'), ('place', 'Rahoon'), ('url', 'https://www2.hse.ie/services/camhs-referral/')]),
    C('anyone else find the end of the year brings every farmer on the caseload out of the woodwork? harvest done, nothing to do but think.', []),
    C("note to self and to you all: drink water, eat lunch, don't book six in a row. i did today and i'm not ok.", []),
    C("I'd love thoughts on a family I've started with. Mum, Małgorzata Kowalewska-Dunne, is Polish, dad is Irish, they live in Mullagh and the eldest boy refuses to speak Polish at home since he started secondary. Mum experiences it as a rejection of her; dad thinks it's normal teenage stuff. I'm not sure whether to frame it as a cultural loss or an adolescent one - probably both. Any reading on heritage language and identity in families?", [('name', 'Małgorzata Kowalewska-Dunne'), ('place', 'Mullagh')]),
    C('Hospital chart HCP-2023-118407 for Raimundo Nonato Pereira of Anapu, land conflict, sent without consent. What do I do?', [('medical_record', 'HCP-2023-118407'), ('name', 'Raimundo Nonato Pereira'), ('place', 'Anapu')]),
    C("Referral sent to the wrong fax (0039 0461 98 35 27) - it had Sabine Oberhofer's name and her date of birth 22.08.1971 on it. Anyone know what I do under GDPR? She's from Sankt Ulrich in Gröden.", [('fax', '0039 0461 98 35 27'), ('name', 'Sabine Oberhofer'), ('date', '22.08.1971'), ('place', 'Sankt Ulrich in Gröden')]),
    C('The new NICE guideline on depression came up in our team meeting and nobody had actually read it. Including me. Who has?', []),
    C('Kaylee Breaux is from Heron Bay Cutoff, AL, shrimp processing, hurricane again. Facebook page https://www.facebook.com/kaylee.breaux.bayou has her story, should I read it?', [('name', 'Kaylee Breaux'), ('place', 'Heron Bay Cutoff'), ('url', 'https://www.facebook.com/kaylee.breaux.bayou')]),
    C('Telehealth log: session with Ruairí Mac Donnchadha from Leitir Mealláin dropped six times, client IP 37.228.213.54. Rural broadband again. Phone backup?', [('name', 'Ruairí Mac Donnchadha'), ('place', 'Leitir Mealláin'), ('ip_address', '37.228.213.54')]),
    C("My client Jamie-Lee Cowan lives in Queenslie, 19, care-experienced, wants someone who 'isnae posh'. Email jamieleecowan03@hotmail.co.uk.", [('name', 'Jamie-Lee Cowan'), ('place', 'Queenslie'), ('email', 'jamieleecowan03@hotmail.co.uk')]),
    C("Useful reminder from supervision: the client's goals, not mine. I keep forgetting this with the ones I like most.", []),
    C("Ankle tag on Jaylen Okafor-Reid, Whalley Range, tag ID EM-TAG 5520193, he's scared it'll go off in my waiting room. Reassure or reschedule?", [('name', 'Jaylen Okafor-Reid'), ('place', 'Whalley Range'), ('device', 'EM-TAG 5520193')]),
    C("quick q: do you charge for missed sessions when the client is a shift worker whose rota changed at two days' notice? feels unfair either way.", []),
    C("Thessaly flood family: Vasiliki Tsiamita, Vlochos, lost the cotton and the house. She's in a container now. Greek speaker, please.", [('name', 'Vasiliki Tsiamita'), ('place', 'Vlochos')]),
    C('Nguyen Thi Thu Hoa owns a nail salon on 2187 Kingsway, Joyce-Collingwood, V5N 2T4. Exhausted, chemicals, kids. Vietnamese speaker?', [('name', 'Nguyen Thi Thu Hoa'), ('street_address', '2187 Kingsway'), ('place', 'Joyce-Collingwood'), ('zip_code', 'V5N 2T4')]),
]

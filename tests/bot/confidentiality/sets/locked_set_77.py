"""SEVENTY-SEVENTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (as the second
blind set of its round beside locked_set_76.py), and independently of the
guard: the author did not open, read, search or run anything under bot/
(bot/confidentiality/ included), scripts/, bench/, adapters/ or storage/,
did not run the guard, bench/guard_eval.py or any test that imports or
runs the guard, did not run git log, git status, git diff or git show at
all, did not read README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or diffs of any commit, and did
not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_75.py (locked_set_76.py was being written
at the same time in another worktree, which the author did not look at,
nor at its drafts folder; it does not exist in this worktree).
What was read, each printed once and in its own command with nothing
else: the writing rules (from outside the repository, the first
command); a listing of the sets folder (file names only); the module
docstrings of tests/bot/confidentiality/sets/locked_set_73.py and
locked_set_75.py (the two latest "real requests" sets this one is
modelled on, each up to its closing triple quote, none of their cases);
the first 25 lines of tests/bot/confidentiality/sets/locked_set_13.py
(its docstring); its last three lines (two snippets, for the file
format; none of their sentences was copied); the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41); and
tests/bot/confidentiality/test_locked_sets.py (the data integrity
checks, which hold no snippets).  One command created the drafts folder,
listed it (empty) and printed the date.  No slip of the reading rule
occurred.
The header of this file (the import of EvalCase, the alias
"C = EvalCase" and the name LOCKED77_CASES) was written from the format
of set 13's tail and the test's module and attribute names.  The overlap
filter described below imported the earlier sets (eval_set, dev_extra,
locked_set and locked_set_2 ... locked_set_75) and printed only this
set's own clashing strings.  The only test run was test_locked_sets.py
(selected with -k 77); ruff was run on this file and on that test file.
Like set 73, and unlike set 75, every snippet here is set in Europe and
the Americas (and diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty-five minutes allowed for the whole set; the
machine's clock showed about ten minutes between creating the drafts
folder and the first full count), as a message to peers in a
therapists' consultation group, "like real requests" in the manner of
sets 73 and 75, mostly about ordinary working and family lives, with
settings chosen to differ from set 73's list as far as its docstring
shows: Galician percebeiro, Azorean whaler's son, Madeiran embroiderer,
northern Portuguese village carer, Portuguese shepherd, Basque
arrantzale, Cantabrian anchovy canner, Mallorcan hotel chambermaid,
Gibraltarian frontier worker, Sardinian shepherd's family, Lombard
pandemic grief, Marche shoe cutter, Corsican feud, Sicilian-Tunisian
fisherman seized off Libya, Occitan filial carer, Ch'ti docker,
Nouvelle-Aquitaine chestnut farmer, Hmong farmer in French Guiana,
Frisian dairy farmer and the nitrogen rules, Groningen earthquake,
Moluccan second generation, Zeeland mussel skipper, Limburg quarry
worker, Walloon steel town, Swiss Jura watchmaker, Burgenland Croat
grandmother, Slovak Roma settlement, Moravian vintner, Silesian family
silence, Ukrainian refugee in Poland, Belarusian exile in Lithuania,
Gagauz returnee, Albanian blood feud, Kosovo war survivor, Pomak tobacco
picker, Icelandic trawlerman (avalanche) and co-op driver (volcanic
evacuation), Sámi reindeer herder and Sámi intake, Karelian evacuee,
Kven language shame, Danish pig farmer, Danish ferry steward, Scottish
salmon farm worker, Orkney farmer, island cockle picker, Manx TT
marshal, Cornish mine guide, Border shepherd, fish market porter, Irish
bachelor farmer, Irish island apprentice, Irish-speaking postnatal
mother, Moroccan-Dutch delivery rider, Burundian night-bus driver,
Swedish-speaking Finnish island café owner, reindeer-meat plant worker,
Tyrolean mountain farm, Serbian nurse in Berlin, Moldovan live-in
carer, Polish forklift driver, trucker and hospital cleaner, Portuguese
lighthouse keeper and nurse abroad, Catalan village teacher, Abruzzo
shepherd; Cajun shrimper, Tejano rancher's widow, New Mexico Hispano
land-grant family, Hmong elder in Minnesota, Somali-Minnesotan teen,
Navajo uranium family, Hopi potter, Tohono O'odham grandmother, Yup'ik
setnet fisherman, Vermont dairy farmer, Puerto Rican mother in
Massachusetts, Dominican barber, Hasidic mother, ex-Hutterite, Cree
trapper and forestry, Newfoundland crab harvester and outport, Nova
Scotia miner's son, PEI potato farmer, Inuit teen, Haida carver,
Doukhobor descendant (cut later), Yukon placer miner, Franco-Ontarian
log trucker, Québec dairy farmer's wife, Zapotec weaver, Mixtec
farmworker in California, Purépecha woodcarver, Rarámuri runner,
Tojolabal and Tzeltal displacement, Garifuna eviction, Miskito diver,
Lenca dam protest, Bribri cacao grower, Ngäbe coffee picker, Kaqchikel
widow, Mapuche lonko's daughter and forestry worker, Welsh Patagonian
teacher, Falklands sheep farmer, Shipibo artist, Uros islander,
Quechua taxi driver, Afro-Ecuadorian marimbera, Gaúcho flood survivor,
Pomeranian-Brazilian farmer, Pataxó craftsman, Guarani-Kaiowá youth,
Volga German Argentine, Paraguayan domestic worker in Argentina,
Chilean salmon plant worker, Haitian in Chile, Bajan fisherman,
Grenadian nutmeg farmer, Martiniquaise (chlordecone), Guadeloupe
teacher, Curaçao refinery neighbourhood, St Lucian banana farmer,
Haitian in Florida, Bermudian ferry captain, Indo-Trinidadian roti
shop owner in New York and Jamaican-Nigerian Londoner clients.  Short
referral lines, forwarded faxes, portal and audit logs, rushed
lower-case chat (five identifier snippets write a name and a place in
lower case) and about thirty longer requests (26 identifier snippets
and 6 clean ones over 300 characters, up to 448) with the identifiers
mid-sentence.  62 of the 253 identifier snippets (25%) hold only a name
and/or a place.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository (/tmp/set77work/) with the planted
spans marked inline, and a script there only stripped the marks into the
expected lists, checked lengths, token boundaries, first occurrence of
each span, duplicate spans, values repeated across snippets and
duplicate snippets, listed the capitalised words outside the spans for a
read-through, counted capitalised words in the clean drafts, checked
overlap with the earlier sets, shuffled the order with a fixed seed (77)
and wrote this file.  Later edits were typed by hand as find-and-replace
pairs, lists of old and new span values and lists of lines to cut that
small scripts applied to the drafts before the marks were stripped.

Edits made after drafting, stated here: false starts and asides typed
into the drafts were cut or rewritten - names written and then corrected
(a nickname form of a Cajun name, a Doukhobor name with a famous surname,
"Tata" inside a Purépecha name span - the honorific moved out - and
four names of real public figures or near-public figures, a Rarámuri
runner, a Shipibo muralist, a flamenco dancer and a Catalan politician's
surname, plus an Austrian noble-sounding name, a Northumbrian name, a
rank "Sgt." moved out of a span and a Hawaiian name cut because Hawaii
is out of scope), places written and then corrected with "? no" or
"wait" (Comrat, Matonge, Bachajón, San José de Copiapó, a Breton
commune name, Salinas and Oxnard, El Alto and Juliaca, Connemara and
Aran, a Kashubian aside, Slavonian, coalfield and gun-maker asides, an
Acadian aside, a Mendoza and San Juan aside, a bicycle aside, a Helsana
aside and a wrong IBAN, vehicle plate, NHS number and e-mail written
first); cities, counties, regions and hospitals written unlabelled
(Lisbon, Bristol, Dublin, Jersey, Warsaw, Vilnius, Copenhagen, Bergamo,
Mértola, Fermo, the Cévennes, Corrèze, Limousin, Trás-os-Montes,
Alentejo, Jutland, Bornholm, Shetland, the Hebrides, Barra,
Northumberland, Lincolnshire, Peterhead, Cape Breton, James Bay,
Nunavik, Bristol Bay, Hebbronville, St Paul, Lawrence, Brooklyn,
Holyoke, Queens, Miami, St. Louis, Baton Rouge, Fort Bliss, Nome,
Anchorage, Cúcuta, Lima, Medellín, Santiago, Buenos Aires, Bucharest,
Montreal, Paramaribo, Lanzarote, Almería, Innsbruck, Castlerea, Cork,
West Cork, Dingle, Co. Cavan, Talamanca, Las Margaritas, the Beauce,
the Rhodopes, the Mühlviertel, the Kleinwalsertal, the Bay of Biscay,
UZ Gent, UMCG, Hospital de Braga, Hospital Borda, Hospital Escuela and
SANKS) were replaced by a country, a state, a neutral word or nothing,
or marked as places (Katowice, La Courneuve, Patillas, Porto Alegre,
Little Haiti; Patillas, Porto Alegre and Little Haiti were later
dropped or renamed); three doctors' names in fax lines (with their
titles) were removed and a repeated first name became "He";
twenty-three national numbers, seventeen health-plan numbers, six
phone numbers, three e-mail addresses and a payment handle were removed
with their labels from identifier snippets to widen the share holding
only a name and/or a place; 38 identifier snippets were cut in two
passes (17 surplus national-number, health-plan, e-mail, account, MRN,
fax, age and plate lines, then 21 name-and-place lines) to keep the set
near 400; to keep the place count, 23 pattern snippets were given a
place (a neighbourhood, village, estate or depot) and eleven
name-and-place snippets were given an IP address, URL, national number
or hospital card (the count showed too few IPs and URLs); a few short
lines were lengthened over 40 characters; nine longer requests were shortened to
stay under 450 characters; and twenty clean snippets were rewritten
with more capitalised words (weekdays, months, authors, apps, bodies,
countries) to spread the three bands; and label words (MRN, HC,
UMCG, DRS, NMBI, Kela, FONASA, SIS, SURA, CANT, Partenamut and others)
were moved out of seventeen span values, which then needed renaming
in the overlap check.  Overlap with the earlier sets was
resolved by renaming only this set's planted values, with a filter that
imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: about 130 values in the
first round (mostly places given another nearby village, hamlet, chapter,
barrio or neighbourhood, names given a further surname, two well-known
example numbers - a SIN and a Medicare MBI - and an IBAN, a Vipps
number, an HCPC number, an address and three postal codes given other
digits or removed with their address parts), 41 in the second, 4 in the
third, 2 in the fourth, none in the fifth, then 2 and 1 after the label
words were moved out (a licence and a hospital card given other digits)
and none after.  No snippet repeated or contained
an earlier set's snippet.

Local identifier formats: Portuguese Cartão de Cidadão and NIF, Italian
codice fiscale (cut), French NIR, Dutch BSN (cut), Belgian
rijksregisternummer (cut), Luxembourg matricule (cut), Slovak rodné
číslo (cut), Polish PESEL, Moldovan IDNP (cut), Kosovo personal number
(cut), Bulgarian EGN (cut), Maltese ID (cut), Icelandic kennitala (cut),
Danish CPR (cut), Finnish henkilötunnus, Norwegian fødselsnummer (cut),
UK NI number (cut), German Rentenversicherungsnummer, Romanian CNP,
Croatian OIB, Greek AMKA, Canadian SIN, US SSN (cut), Swiss AHV (cut),
Irish PPS (cut), Mexican CURP, Honduran DNI, Guatemalan DPI, Costa
Rican, Ecuadorian, Dominican and Venezuelan cédulas, Uruguayan and
Bolivian CI, Peruvian DNI, Chilean RUT, Barbados NRN and a Gibraltar ID
(those marked cut, and most of the rest, were removed, see above; the
ssn count is 13: Cartão de Cidadão, NIF, NIR, PESEL, henkilötunnus,
Rentenversicherungsnummer, CNP, OIB, AMKA, SIN, CURP, RUT and NRN);
an Osakidetza historia, an IHS chart, a Scottish CHI, a Manx care
record, a UMCG patient number, a CMP dossier, a Helsinki psychiatry
file, a Braga processo, an NHS number, a Dublin hospital chart, a
Honduran expediente, a Latvian hospital card and a server-log MRN
(medical_record); Portuguese SNS, Cantabrian TIS, Zilveren Kruis,
MassHealth, Peruvian SIS, Martinique CGSS, Irish GMS, Kela card,
Belgian Partenamut, Quebec RAMQ, FONASA, Colombian EPS SURA, a US
Medicare MBI, Tricare and Swiss CSS (health_plan); a Danish IBAN, a Belgian IBAN, MobilePay, Swish, Vipps,
MB Way, Interac, SINPE Móvil, Nequi, PayPal, Cash App, Zelle, Mercado
Pago and Pix (account); an Irish NMBI registration, a Polish driving
licence, a Yukon and an Ontario licence, a Franco-Ontarian CDL, an
Alaska fishing permit, a Newfoundland fisheries licence, a UK HGV
licence, a BC licence, an Italian patente, an HCPC registration, a
Florida DL and a Dublin SPSV badge (licence); a Sicilian boat, a Zeeland
mussel boat, Polish, Tyrolean, Dutch scooter, Icelandic truck, French,
Swiss, Portuguese campervan, Argentine motorcycle, Louisiana trailer,
Quebec taxi, Peruvian taxi and Barbados boat plates (vehicle); a
wheelchair, a prosthetic leg, an insulin pump, a mobility scooter, a
cochlear processor, a hearing aid, an ICD, a Dexcom, an ankle monitor, a
power chair, a CPAP, a pacemaker and a clinic tablet (device); addresses
written the local way (a Portuguese rua, a Frisian wei, a Polish ul.
with flat number and a ul. without, an Austrian Straße, a Breton hent,
an Asturian calle with bajo, an Italian via, a Norwegian gate, a
Nunavut box and building, a Mexico City calle with interior, an Irish
street, a St. Louis avenue, a Porto Alegre rua, a Vermont road and a
Miami avenue with apartment) with postal codes of Portugal, the
Netherlands, Poland, Austria, Spain, Italy, Norway, Canada, Mexico,
Ireland (Eircode), the US and Brazil; dates written day-month-year in
Portuguese, Polish, Spanish and Italian, dotted, slashed, ISO, a US
month-day-year with an ordinal and abbreviated, German with the month
in words, and a weekday with a date; ages over 89 written in Portuguese
(Christmas, São João), French (Chandeleur), German (Pentecost,
Saint Nicholas), Finnish, Spanish (Easter, Candlemas), Italian
("compiuti a San Martino"), Dutch (Sinterklaas), Polish (All Saints)
and English (Martinmas, Lammas, Juneteenth, Carnival); IPv4 and IPv6
addresses, URLs (session and booking links, calendar feeds, social
profiles, a blog, a fundraiser, a playlist, a shared drive file) and
phone and fax numbers in local and international formats.

411 snippets, 253 with identifiers and 158 clean (lengths 47-448,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 13):
date 14, age_over_89 15, phone 14, fax 16, email 13, url 13,
ip_address 13, ssn 13, medical_record 13, health_plan 15, account 15,
licence 13, vehicle 14, device 13, street_address 16, zip_code 14;
with 237 names and 201 places smaller than a state (the test requires
237 and 201).

Names: Galician, Azorean, Madeiran, Portuguese, Basque, Cantabrian,
Mallorcan, Gibraltarian, Sardinian, Lombard, Marchigiano, Corsican,
Tunisian-Sicilian, Flemish-French, Limousin, Breton, Hmong, Frisian,
Groninger, Moluccan, Zeeland, Limburgish, Walloon, Jurassien, Burgenland
Croat, Slovak Roma, Moravian, Silesian, Ukrainian, Belarusian, Gagauz,
Albanian, Kosovar, Pomak, Icelandic, Sámi, Karelian, Kven, Danish,
Norwegian, Shetlander, Orcadian, Hebridean Gaelic, Manx, Cornish,
Northumbrian, Doric, Irish (Ó, Ní, Mac, Uí names), Moroccan-Dutch,
Turkish-Dutch, Burundian, Congolese-Belgian, Malagasy-French, Swedish
Finn, Finnish, Tyrolean, Bavarian, Serbian, Moldovan, Polish,
Kashubian, Lithuanian, Hungarian, Romanian, Székely, Latvian, Istrian
Croat, Cretan, Swiss, Romansh, Austrian, Catalan (with "i"),
Abruzzese, Apulian, Welsh; Cajun, Tejano, Hispano, Hmong-American,
Somali, Navajo, Hopi, Tohono O'odham, Yup'ik, Vermont, Puerto Rican,
Dominican, Hasidic, Hutterite, Newfoundland, Scottish-Canadian, Acadian
Islander, Inuit, Cree, Haida, Yukon, Franco-Ontarian, Québécois,
Abenaki, Ojibwe, Northern Cheyenne, Zapotec, Mixtec, Purépecha,
Rarámuri, Tojolabal, Tzeltal, Garifuna, Miskito, Lenca, Bribri, Ngäbe,
Kaqchikel, Mapuche, Welsh Patagonian, Falkland Islander, Shipibo,
Uru, Quechua, Afro-Ecuadorian, Gaúcho, Pomeranian-Brazilian, Pataxó,
Guarani-Kaiowá, Volga German Argentine, Paraguayan, Chilean,
Haitian, Bajan, Grenadian, Martiniquais, Guadeloupean, Curaçaoan, St
Lucian, Bermudian, Indo-Trinidadian, Jamaican-Nigerian, Salvadoran,
Afro-Colombian, Cuban, Venezuelan, Brazilian, Sierra Leonean-British,
African American and Hawaiian-Irish American names; five lower-case names with
their places, hyphenated and multi-part names, "de", "de la", "del",
"da", "dos", "van", "De", "Le", "Di", "i", "Mac", "Ní", "Ó", "Uí" and
"Ben" names, honorifics and titles (Tata, Sgt., Dr) kept outside the
spans and names with diacritics and apostrophes.  Places: villages,
hamlets and parishes, montes and ovili, Ortsteile, frazioni, wijken and
woonoorden, cités and quartiers, Roma settlements, osiedla and districts,
townlands and islands, crofting townships, fishing villages and
outports, chapters and pueblos, reserves and First Nations, Hutterite
colonies, ejidos and colonias, barrios and comunas, Garifuna and
Miskito communities, Mapuche communities, Maroon villages,
neighbourhoods of cities, estates,
depots, markets, shops and a barbershop named as places, mining camps
and places between a street address and a postal code.

Clean snippets: peer-consultation messages, questions, statements,
scheduling chatter, supervision reflections, office logistics (faxes,
portals, booking systems, no identifiers) and reading-group notes,
spread over three bands of capitalised words after the first word
(counted by the author's script, the pronoun "I", sentence starts and
acronyms included): 76 with 0-2 (many written largely in lower case),
56 with 3-5 and 26 with 6 or more (514 in 158 snippets, about 3.3 per
snippet): drug brands and generics, scales and questionnaires, therapy
models and their founders, real published authors and books,
guidelines and laws, weekdays, months, religious holidays, professional
bodies, commissions and insurers, charities and agencies, apps and
platforms, countries, states, provinces and regions, nationalities,
peoples, religions and languages, and no place smaller than a state or
a country's first-level subdivision (scale names such as the Edinburgh
Postnatal Depression Scale and the Oslo Social Support Scale kept as
scale names).
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED77_CASES = [
    C('Martiniquaise, chlordecone, prostate cancer in the husband, Josette Laguerre-Ursulet, Basse-Pointe. CGSS 2 62 09 972 11 004 58.', [('name', 'Josette Laguerre-Ursulet'), ('place', 'Basse-Pointe'), ('health_plan', '2 62 09 972 11 004 58')]),
    C('Rosa Chirinos Malpica, Caucagüita, now in Jicamarca, her fundraiser is https://gofund.me/c8a7rosachirinos.', [('name', 'Rosa Chirinos Malpica'), ('place', 'Caucagüita'), ('place', 'Jicamarca'), ('url', 'https://gofund.me/c8a7rosachirinos')]),
    C('MB Way +351 912 447 803 used by Isaura Pacheco Couto in Fajã de Baixo to pay.', [('account', '+351 912 447 803'), ('name', 'Isaura Pacheco Couto'), ('place', 'Fajã de Baixo')]),
    C('The APA ethics code and the BPS code differ on bartering. Which do you follow in practice?'),
    C("Steve de Shazer's solution-focused questions work really well with teenagers I find."),
    C("I'm struggling with a client who lies about drinking. do I confront or wait?"),
    C("Virginia Satir's family sculpting: has anyone done it online? Wondering if it loses everything."),
    C('Madeiran embroiderer, 61, pain in her hands and a lot of shame about stopping. Conceição de Freitas Jardim, lives up in Camacha above the wicker workshops. Happy to share the case by phone.', [('name', 'Conceição de Freitas Jardim'), ('place', 'Camacha')]),
    C('Christmas is going to be rough for several clients this year. Anyone doing a December check-in plan?'),
    C("Tejano rancher's widow, Herminia Garza de la Peña, Rancho Los Olmos, grief + drought + the bank letters. Her son set up Cash App $HerminiaGarzaDLP to pay me; is that ok?", [('name', 'Herminia Garza de la Peña'), ('place', 'Rancho Los Olmos'), ('account', '$HerminiaGarzaDLP')]),
    C("client's aunt dziewięćdziesiąt osiem lat od Wszystkich Świętych, lives alone, refuses the care home.", [('age_over_89', 'dziewięćdziesiąt osiem lat od Wszystkich Świętych')]),
    C("Court date January 27th, 2026 - custody, Brittany Kowalczyk-Hale wants a letter. I'm not writing one.", [('date', 'January 27th, 2026'), ('name', 'Brittany Kowalczyk-Hale')]),
    C("Marsha Linehan's skills manual in Spanish - is the new edition better?"),
    C("Irvin Yalom's group book is still the best thing on group work I've read."),
    C('Supervision for CBT practitioners in Wales - does the BABCP list Welsh-speaking supervisors?'),
    C('Haida carver, Gwaai Edenshaw-Collinson, Daajing Giids, grief after a canoe accident.', [('name', 'Gwaai Edenshaw-Collinson'), ('place', 'Daajing Giids')]),
    C('the new receptionist is great, please be nice to her.'),
    C('address Skolegata 3, 9990 Syltefjord, client Roar Isaksen-Mikkola, crab processing plant.', [('street_address', 'Skolegata 3'), ('zip_code', '9990'), ('place', 'Syltefjord'), ('name', 'Roar Isaksen-Mikkola')]),
    C('Thinking of using the Edinburgh Postnatal Depression Scale with fathers. Anyone tried?'),
    C("Mapuche lonko's daughter, Millaray Huichalaf Painemal, Ancapi Ñancucheo, raids, her brother in prison.", [('name', 'Millaray Huichalaf Painemal'), ('place', 'Ancapi Ñancucheo')]),
    C('anyone speak azorean portuguese? Gilberto Medeiros Furtado from Pico da Pedra, son of a whaler, drinking since the fishery closed. Cartão de Cidadão 14438207 6 ZY1 on the form, not sure why they sent that.', [('name', 'Gilberto Medeiros Furtado'), ('place', 'Pico da Pedra'), ('ssn', '14438207 6 ZY1')]),
    C('Fax cover: to (418) 656-4077, from the CLSC, client Réjean Pelletier-Morin, Saint-Fabien-de-Panet, 3 pp.', [('fax', '(418) 656-4077'), ('name', 'Réjean Pelletier-Morin'), ('place', 'Saint-Fabien-de-Panet')]),
    C('Fax from GP +353 66 947 2238: Sorcha Ní Bhriain, Baile an Fheirtéaraigh, GMS card 4418729T, postnatal depression, Irish-speaking.', [('fax', '+353 66 947 2238'), ('name', 'Sorcha Ní Bhriain'), ('place', 'Baile an Fheirtéaraigh'), ('health_plan', '4418729T')]),
    C('Volga German Argentine, Hilda Schaab de Kloster, Colonia Santa Anita Entre Ríos, noventa y siete años desde Pascua, lost her husband of 70 years.', [('name', 'Hilda Schaab de Kloster'), ('place', 'Colonia Santa Anita'), ('age_over_89', 'noventa y siete años desde Pascua')]),
    C('AMKA 21047803451 - Eleni Kouris-Papadaki from Zoniana.', [('ssn', '21047803451'), ('name', 'Eleni Kouris-Papadaki'), ('place', 'Zoniana')]),
    C('Power chair Permobil M3 SN PM3-5528701 of Ilse Vandenberghe-Claeys in Blauwput is in for repair, so telehealth for two weeks.', [('device', 'Permobil M3 SN PM3-5528701'), ('name', 'Ilse Vandenberghe-Claeys'), ('place', 'Blauwput')]),
    C("a mother told me her son speaks to her only by text. we're working on that."),
    C('Account for the group fee: Swish 123 441 87 02, Britt-Marie Lindgren from Bromsten collects.', [('account', '123 441 87 02'), ('name', 'Britt-Marie Lindgren'), ('place', 'Bromsten')]),
    C('Clonazepam taper going badly. GP refuses to slow it. What do I do?'),
    C('Silesian client, grandfather drafted into the Wehrmacht, family silence. Ewald Kocur-Pieczka, ul. Nikiszowiec 9 m. 4, 40-403 Katowice-Nikiszowiec. PESEL 61071803415.', [('name', 'Ewald Kocur-Pieczka'), ('street_address', 'ul. Nikiszowiec 9 m. 4'), ('zip_code', '40-403'), ('place', 'Katowice-Nikiszowiec'), ('ssn', '61071803415')]),
    C('Vjosa Krasniqi-Hoxhaj, Kosovo war rape survivor, now in Drenas, wants to testify at the court. Her lawyer is pushing.', [('name', 'Vjosa Krasniqi-Hoxhaj'), ('place', 'Drenas')]),
    C('a client told me therapy is "for people with time". it stuck with me all day.'),
    C('the new intake form is too long, clients give up on page three.'),
    C('Her father, ninety-one last Juneteenth, was a sharecropper and still tells the stories. She wants them recorded before he goes.', [('age_over_89', 'ninety-one last Juneteenth')]),
    C("Anyone know a decent free app for mood tracking that doesn't sell data? Daylio, Bearable, or the NHS one? Apple Health? Google Fit?"),
    C('2207 Cherokee Ave, Dogtown, MO 63139 - new address for Ruby Jean Whitfield.', [('street_address', '2207 Cherokee Ave'), ('place', 'Dogtown'), ('zip_code', '63139'), ('name', 'Ruby Jean Whitfield')]),
    C("Cantabrian anchovy canner, Rosario Gutiérrez del Olmo, works the night line at Conservas La Sirenuca, Santoña. TIS CANT 3907 2281 45. Sleep hygiene won't cut it on rotating shifts, ideas?", [('name', 'Rosario Gutiérrez del Olmo'), ('place', 'Conservas La Sirenuca, Santoña'), ('health_plan', '3907 2281 45')]),
    C('chart SJH-22-019934 for Rosemarie Dunphy, admitted to psych yesterday.', [('medical_record', 'SJH-22-019934'), ('name', 'Rosemarie Dunphy')]),
    C("Limburg ex-miner's son, Ruud Vleugels-Stassen, Eisden-Tuinwijk, dad had silicosis, now he's dying of the same lungs from quarry work. He can't say the word cancer yet.", [('name', 'Ruud Vleugels-Stassen'), ('place', 'Eisden-Tuinwijk')]),
    C("Moluccan second-generation, Johan Tahapary, lives in the old woonoord Lunetten Moluks kamp area, dad was KNIL, unresolved loyalty/betrayal themes. I'd value a colleague with that history.", [('name', 'Johan Tahapary'), ('place', 'Lunetten Moluks kamp')]),
    C("Puerto Rican mother in Massachusetts, Yesenia Colón Arroyo, South Holyoke, MassHealth 100 438 2271, son shot last month, she's working double shifts at the packaging plant.", [('name', 'Yesenia Colón Arroyo'), ('place', 'South Holyoke'), ('health_plan', '100 438 2271')]),
    C('the printer is jammed again and the shredder is full. i give up.'),
    C('Ankle monitor SCRAM CAM 340118 on Tyrell Washington-Banks of Hollygrove, court-ordered sobriety, the device embarrasses him in sessions.', [('device', 'SCRAM CAM 340118'), ('name', 'Tyrell Washington-Banks'), ('place', 'Hollygrove')]),
    C("Vipps #602581 for Solveig Nygård-Holm's donation from Gryllefjord to the group, thanks.", [('account', '#602581'), ('name', 'Solveig Nygård-Holm'), ('place', 'Gryllefjord')]),
    C("question on note-keeping: do you write down what a client says about their employer if it's illegal?"),
    C("Long question about medication and culture: a Portuguese client on escitalopram says her priest told her to stop. She respects both of us. I don't want to set up a fight between us. The psychiatrist is firm. Has anyone found ways to bring faith leaders in, with consent, the way Kenneth Pargament describes? I'm in Spain, working mostly with Catholic and some Muslim clients."),
    C('Grandpa turned ninety-six the week of Carnival and the whole village in Trinidad partied; client cried the whole time, not sure why.', [('age_over_89', 'ninety-six the week of Carnival')]),
    C("Long consult: Emilia Tuomisto-Lindqvist, Swedish-speaking Finn, 38, runs a small ferry café on Nagu in the archipelago all summer and then has nothing all winter. Alcohol in the off-season. Her partner has left. She wants structure but mocks every worksheet. I'm thinking behavioural activation but the season literally takes the activities away. She pays via MobilePay MP 40 77 218. Ideas for winter BA in island life?", [('name', 'Emilia Tuomisto-Lindqvist'), ('place', 'Nagu'), ('account', 'MP 40 77 218')]),
    C('Working in Welsh: any CBT worksheets translated? Mine are in English only.'),
    C('OIB 62871144092 of Ivana Šimunović-Horvat, Istrian, from Vodnjan.', [('ssn', '62871144092'), ('name', 'Ivana Šimunović-Horvat'), ('place', 'Vodnjan')]),
    C('send forms to ul. Rybacka 12, Kuźnica, Kazimierz Konkol, fisherman.', [('street_address', 'ul. Rybacka 12'), ('place', 'Kuźnica'), ('name', 'Kazimierz Konkol')]),
    C('Fabrizio Cagnazzo from Seclì, patente BA5583921T, bus driver, panic attacks at the wheel.', [('name', 'Fabrizio Cagnazzo'), ('place', 'Seclì'), ('licence', 'BA5583921T')]),
    C('Lenca woman, dam protest, Berta Flores Membreño, San Francisco de Opalaca, Intibucá, threats. Careful with any records. Email lenca.mujeres.esperanza@riseup.net.', [('name', 'Berta Flores Membreño'), ('place', 'San Francisco de Opalaca'), ('email', 'lenca.mujeres.esperanza@riseup.net')]),
    C("Ch'ti client, retired docker from Fort-Mardyck, Jean-Pierre Vandenbussche, NIR 1 49 11 59 183 264 71 on the fax cover. Wife moved into EHPAD, he's stopped eating.", [('place', 'Fort-Mardyck'), ('name', 'Jean-Pierre Vandenbussche'), ('ssn', '1 49 11 59 183 264 71')]),
    C('Afro-Ecuadorian marimbera, Petita Quiñónez Caicedo, Wimbí Esmeraldas, nephew killed by gangs.', [('name', 'Petita Quiñónez Caicedo'), ('place', 'Wimbí')]),
    C('Thinking about Easter: several clients grieve around it. Any rituals you suggest?'),
    C('i need to vent: the waiting list is at nine months again and i had to turn away a mum today.'),
    C('Anyone in Chile, Peru or Bolivia using the AUDIT for alcohol with Quechua or Aymara speakers? The translations I found are from Ecuador and not great.'),
    C('Rarámuri runner, Arnulfo Cruz Palma, Norogachi, cartel pressure to grow poppy. Spanish is his second language.', [('name', 'Arnulfo Cruz Palma'), ('place', 'Norogachi')]),
    C("The kids' school holidays wreck my schedule every year. Half-term next week and then Easter in April: expect cancellations from the Scottish and Welsh clients too."),
    C('Intake form link for the Portuguese group is https://forms.clinicaalfama.pt/inscricao?id=5521 - it auto-fills the NIF, which then showed 231 884 057 for Tiago Valadares Brum to everyone. Taking it down.', [('url', 'https://forms.clinicaalfama.pt/inscricao?id=5521'), ('ssn', '231 884 057'), ('name', 'Tiago Valadares Brum')]),
    C("sardinian shepherd's wife wants couples work, he refuses - Giommaria Piras Cossu, ovile outside Mamoiada, sheep milk price protest last winter. She is Antonella Sanna Mulas. Any Sard-speaking colleague?", [('name', 'Giommaria Piras Cossu'), ('place', 'Mamoiada'), ('name', 'Antonella Sanna Mulas')]),
    C('Naltrexone for a client who drinks only at weekends: any experience with the Sinclair method in Finland?'),
    C('Mindfulness with Catholic clients: anyone use Thomas Merton alongside?'),
    C('Do Swiss insurers cover delegated psychotherapy anymore or only the new model?'),
    C('The Ley de Salud Mental in Argentina limits admissions. How is that affecting your clients?'),
    C("a client said the only person he talks to is the postman. that's where we started."),
    C("Tohono O'odham grandmother, Delphina Antone Juan, Kom Vo, border wall blasting at sacred springs, rage and tears. She'll only come with her granddaughter.", [('name', 'Delphina Antone Juan'), ('place', 'Kom Vo')]),
    C("For the reading group: Frantz Fanon's Black Skin, White Masks, then Paulo Freire's Pedagogy of the Oppressed in March. Both written from the Caribbean and Brazil, both relevant to our clients in France, Portugal and the Netherlands. Please come."),
    C("Call (907) 842-1156 for Sophie Ilutsik in Clark's Point.", [('phone', '(907) 842-1156'), ('name', 'Sophie Ilutsik'), ('place', "Clark's Point")]),
    C("Booking page https://calendly.com/terapia-bribri-cr was shared publicly by mistake. Please don't forward.", [('url', 'https://calendly.com/terapia-bribri-cr')]),
    C('Guarani-Kaiowá youth, Elizeu Lopes Benites, Guyraroká reserve, five suicides in the village this year. Telehealth via the SESAI clinic.', [('name', 'Elizeu Lopes Benites'), ('place', 'Guyraroká')]),
    C('Interac e-transfer to payments.stlaurentcounselling@telus.net from Jordan Squamish-Joe bounced, please resend.', [('account', 'payments.stlaurentcounselling@telus.net'), ('name', 'Jordan Squamish-Joe')]),
    C('Anyone doing Spanish-language groups on Saturdays? I have a waiting list of six.'),
    C('Somali-Minnesotan teen, Hodan Abdirahman Guled, lives in the Ventura Village towers, suspended twice, dad in Kenya.', [('name', 'Hodan Abdirahman Guled'), ('place', 'Ventura Village')]),
    C('Reading Bessel van der Kolk again for the group. Mixed feelings on some of the claims.'),
    C('Looking for the Hungarian version of the BDI. Anyone?'),
    C('Nequi 311 447 2086 - Yessica Mosquera Palacios from Tutunendo paid for three sessions.', [('account', '311 447 2086'), ('name', 'Yessica Mosquera Palacios'), ('place', 'Tutunendo')]),
    C('Fax received from +351 253 027 419 re Albertina Fernandes Gonçalves, processo 2280447. Anyone want this one? Northern Portugal, Portuguese only.', [('fax', '+351 253 027 419'), ('name', 'Albertina Fernandes Gonçalves'), ('medical_record', '2280447')]),
    C('reminder: no identifying details in the group chat, ever. use initials or nothing.'),
    C("He's caring for his dad, 92 at the Lammas fair, in a caravan behind the house, and won't take respite.", [('age_over_89', '92 at the Lammas fair')]),
    C('Anyone got the Norwegian version of the EPDS? Mine is a photocopy of a photocopy.'),
    C('CFT by Paul Gilbert for shame-heavy clients: has it worked with men in rural Ireland?'),
    C('Hasidic mother of nine, postpartum psychosis history, baby #10 due. Her rebbetzin referred. Chaya Rivka Teitelbaum, lives Williamsburg, phone 718-387-5516. Yiddish preferred.', [('name', 'Chaya Rivka Teitelbaum'), ('place', 'Williamsburg'), ('phone', '718-387-5516')]),
    C("Supervision question: Alba Ferrer i Casals, 34, teacher at the village school in Sant Jaume de Frontanyà, the smallest municipality in Catalonia. Everyone knows she's in therapy because she drives 90 minutes each way. She worries about being seen at the pharmacy with her sertraline. We've been working on shame, but I wonder whether telehealth would actually protect her more. Thoughts from rural clinicians?", [('name', 'Alba Ferrer i Casals'), ('place', 'Sant Jaume de Frontanyà')]),
    C("taxi badge DH 4417 (SPSV) - Seán Mac Carthaigh, who works the rank at Finglas South, says he'll lose it if we report.", [('licence', 'DH 4417'), ('name', 'Seán Mac Carthaigh'), ('place', 'Finglas South')]),
    C('Newfoundland crab harvester, Gerard Kavanagh Power, Blackhead, Fisheries licence NL-CH 1182-04. Brother lost on the boat in February. Drinking.', [('name', 'Gerard Kavanagh Power'), ('place', 'Blackhead'), ('licence', 'NL-CH 1182-04')]),
    C('Post goes to 18 Bridge Street, Ballyconnell, H14 KX62, client Pádraig McGovern.', [('street_address', '18 Bridge Street'), ('place', 'Ballyconnell'), ('zip_code', 'H14 KX62'), ('name', 'Pádraig McGovern')]),
    C('"Mijn opa is zesennegentig sinds Sinterklaas" - client talking about the last war-generation man in the family.', [('age_over_89', 'zesennegentig sinds Sinterklaas')]),
    C("Yup'ik commercial fisherman, Walter Nanalook Active, Manokotak, permit S03T 61847X, his nephew drowned at the setnet site. Telehealth only.", [('name', 'Walter Nanalook Active'), ('place', 'Manokotak'), ('licence', 'S03T 61847X')]),
    C('Cree trapper, Daniel Bearskin Neeposh, Wemindji, residential school, the trapline flooded for the dam. Prefers Cree with interpreter.', [('name', 'Daniel Bearskin Neeposh'), ('place', 'Wemindji')]),
    C("Albanian blood feud, boy hasn't left the house in Nikç for four years. Gjergj Lleshaj, 16. Thinking about trauma work without safety - not possible?", [('place', 'Nikç'), ('name', 'Gjergj Lleshaj')]),
    C('pls fax the consent to 0049 8821 77 2190 for Korbinian Reindl, Grainau ski patroller.', [('fax', '0049 8821 77 2190'), ('name', 'Korbinian Reindl'), ('place', 'Grainau')]),
    C("Mail to Via dei Mulini 3, Bosa Marina, 08013 for Tonino Mastinu Deiana. He doesn't use email.", [('street_address', 'Via dei Mulini 3'), ('place', 'Bosa Marina'), ('zip_code', '08013'), ('name', 'Tonino Mastinu Deiana')]),
    C('Fax +34 928 45 71 08 from the Canaries, re Candelaria Betancort Cabrera, Haría, no other details.', [('fax', '+34 928 45 71 08'), ('name', 'Candelaria Betancort Cabrera'), ('place', 'Haría')]),
    C("First session 14 listopada 2025. Dad's anniversary is the week after, we planned for it.", [('date', '14 listopada 2025')]),
    C("postal: Pierrick Le Bihan, 4 hent Kerlouan, Lilia, seaweed harvester's son.", [('name', 'Pierrick Le Bihan'), ('street_address', '4 hent Kerlouan'), ('place', 'Lilia')]),
    C("Any Greek colleagues? I'm looking for a Greek translation of the PHQ-9."),
    C("Ulrike Oppermann-Stüber, Zella-Mehlis, tool-maker's widow, Rentenversicherungsnummer 65 170839 O 008 on the pension letter.", [('name', 'Ulrike Oppermann-Stüber'), ('place', 'Zella-Mehlis'), ('ssn', '65 170839 O 008')]),
    C("Question for Brazilian colleagues: how do CAPS referrals work now? I'm confused."),
    C("Group is cancelled on Thursday because of the Met Éireann storm warning. I'll reschedule for Monday."),
    C('Kateryna Boiko-Tkachenko, Lukashivka survivor, moved to Trzebnica. Wants group; sign-up at https://grupa-wsparcia.pl/ua/zapis.', [('name', 'Kateryna Boiko-Tkachenko'), ('place', 'Lukashivka'), ('place', 'Trzebnica'), ('url', 'https://grupa-wsparcia.pl/ua/zapis')]),
    C("do we have any training budget left this year? I'd like to do the perinatal course."),
    C('reminder that peer consultation is on the second monday, bring one case, keep it anonymised.'),
    C('agustín pereyra from isla maciel, tango teacher, bereaved. anyone nearby?', [('name', 'agustín pereyra'), ('place', 'isla maciel')]),
    C('Walloon steel town, Christelle Dumont-Lacroix from Tilleur after the blast furnace closure, husband unemployed 11 years. Depression, both of them.', [('name', 'Christelle Dumont-Lacroix'), ('place', 'Tilleur')]),
    C("Login from 177.67.214.10 on the client portal of Antônia Bezerra Lima, who says she doesn't have internet at home.", [('ip_address', '177.67.214.10'), ('name', 'Antônia Bezerra Lima')]),
    C('blog post by the client about our sessions: https://medium.com/@nilsahrenberg/therapy-notes; Nils Ahrenberg asked me to read it. Boundary question.', [('url', 'https://medium.com/@nilsahrenberg/therapy-notes'), ('name', 'Nils Ahrenberg')]),
    C('orkney farmer, ronald flett from orphir, flooding every winter, lonely. pls someone?', [('name', 'ronald flett'), ('place', 'orphir')]),
    C('how do you work with shame about debt? I have three clients drowning in it right now.'),
    C('Uros islander, Fortunato Coila Suaña, reed island Uros Chulluni tourism collapse in the pandemic, debts.', [('name', 'Fortunato Coila Suaña'), ('place', 'Uros Chulluni')]),
    C('our shared calendar feed https://cal.praxis-moser.at/feed/ics?k=88ae is public. It lists Burgi Lechner-Walcher by full name every Thursday. Fixing.', [('url', 'https://cal.praxis-moser.at/feed/ics?k=88ae'), ('name', 'Burgi Lechner-Walcher')]),
    C("Question for those who work with Spanish speakers from Mexico, Guatemala and Honduras in the US: how do you handle Medicaid paperwork with undocumented parents of US-citizen children? I use the Spanish PHQ-9 and the GAD-7, and I've read Falicov's Latino Families in Therapy, but the paperwork fear is its own thing."),
    C('Anyone know if Kaiser covers family therapy in California now?'),
    C("Trying to get a group going for widowers. Men don't come to groups. Any tricks?"),
    C('Bribri cacao grower, Fresia Morales Layan, Amubri, daughter in a psychiatric ward in the capital.', [('name', 'Fresia Morales Layan'), ('place', 'Amubri')]),
    C('suspicious IP 2001:4c28:19a::3b in the Dutch portal, tried y.bouzid.kliniek@hotmail.nl password 30 times.', [('ip_address', '2001:4c28:19a::3b'), ('email', 'y.bouzid.kliniek@hotmail.nl')]),
    C('Slovak Roma mother from the settlement at Chminianske Jakubovany, Renáta Bandyová, kids taken into care. Social worker wants family-focused work in Romani.', [('place', 'Chminianske Jakubovany'), ('name', 'Renáta Bandyová')]),
    C('address on file: Rua Saldanha Marinho 412, Bom Fim, 90035-000 RS, Leonora Kunz Weber.', [('street_address', 'Rua Saldanha Marinho 412'), ('place', 'Bom Fim'), ('zip_code', '90035-000'), ('name', 'Leonora Kunz Weber')]),
    C('Pataxó craftsman, Jaçanã Braz Pataxó, Coroa Vermelha, land conflict and tourism. Phone +55 73 99183 4425.', [('name', 'Jaçanã Braz Pataxó'), ('place', 'Coroa Vermelha'), ('phone', '+55 73 99183 4425')]),
    C("Thinking about Wittgenstein and Freud this weekend (don't laugh). Two Austrians, totally different ideas about language. Our Viennese supervisor says psychoanalysis is still alive in Austria and Argentina in a way it isn't in Canada or the United States. Any Argentine colleagues want to do a Zoom on that?"),
    C('Long one about Medicare: since January, Medicare in the United States covers LMFTs and LMHCs. Has anyone in Texas or Louisiana enrolled? The PECOS forms are confusing and the Medicare Advantage plans like Humana and UnitedHealthcare seem to have their own rules.'),
    C('my client works three jobs and asks for sessions at 6am. I said yes. am I enabling burnout or meeting her where she is?'),
    C("Could anyone recommend books on shame by Brené Brown that aren't too pop?"),
    C("Farm family: Stefan Oberhauser runs a mountain farm at Hinterhornbach with his parents, who still make every decision. He's 41. His mother was hospitalised after a fall and he's suddenly in charge and panicking. Anxiety looks like it's about the cows, but really it's about becoming the adult. He comes down to the clinic by tractor RE-783 BX because it's all he has. Ideas for a short intervention that respects the family hierarchy?", [('name', 'Stefan Oberhauser'), ('place', 'Hinterhornbach'), ('vehicle', 'RE-783 BX')]),
    C('i keep getting referrals for men who only agree to come because their wives booked it. how do you start with those?'),
    C('Expediente EXP-2024-007718 of Xiomara Alvarado Fuentes, Honduras.', [('medical_record', 'EXP-2024-007718'), ('name', 'Xiomara Alvarado Fuentes')]),
    C("Does anyone combine DBT with the Unified Protocol from David Barlow for teens? I'm in British Columbia and have a group of six from Alberta and Saskatchewan online."),
    C('IP 190.147.22.81 hit our referral form 40 times with nequi.pagos.rapidos@gmail.com, spam probably, but one submission had real details. Deleting.', [('ip_address', '190.147.22.81'), ('email', 'nequi.pagos.rapidos@gmail.com')]),
    C("Consultation: Eamon Mac Giolla Phádraig is a bachelor farmer in his sixties from a townland called Cloonkeen Beg in the west. Brother died, sister emigrated, the farm is his whole world. The GP noticed he's lost weight and hasn't been to the mart. He agreed to one phone call only. His landline 094 962 0541. How do people engage men like this when the phone is all they'll give you?", [('name', 'Eamon Mac Giolla Phádraig'), ('place', 'Cloonkeen Beg'), ('phone', '094 962 0541')]),
    C("Does the HSE fund interpreters for private practitioners? I can't find a clear answer."),
    C('A Catholic client asked me if I pray, and then whether I go to Mass at Easter. How do you answer that?'),
    C("Longer request, please read: Kirsi Mäkelä-Honkanen works at a reindeer-meat processing plant in Sodankylä in the dark season and gets badly depressed every November, then swings up in spring. She's on lithium from the psychiatrist in Muurola but wants something more for the polar night. Light therapy helped a bit. Her Kela card 44 210 8865 was photographed onto the referral. Any experience combining IPSRT with shift work in the far north?", [('name', 'Kirsi Mäkelä-Honkanen'), ('place', 'Sodankylä'), ('place', 'Muurola'), ('health_plan', '44 210 8865')]),
    C('Falklands sheep farmer, Tony Pitaluga Short, camp station at Port Howard, 1982 memories resurface every April. Email tony.porthoward@horizon.co.fk.', [('name', 'Tony Pitaluga Short'), ('place', 'Port Howard'), ('email', 'tony.porthoward@horizon.co.fk')]),
    C('Tricare 88140 3397 - Sgt. Rowan Kealoha-Burke, back from deployment.', [('health_plan', '88140 3397'), ('name', 'Rowan Kealoha-Burke')]),
    C('a client offered me a whole lamb as payment. I said no, very politely.'),
    C("Long musing from a Monday: Kierkegaard, Dostoevsky and Simone Weil all come up with my clients more than any DSM category. A Danish farmer, a Russian-speaking Estonian engineer and a French nun this month alone. I'm not sure what to do with that except read them again. Does anyone run a philosophy-and-therapy reading group, maybe in Spanish or Portuguese, over Zoom on Thursdays?"),
    C("i'm looking for a peer to swap recorded sessions for feedback. anyone?"),
    C("I'm taking two weeks off at the end of August, can someone cover urgent calls on Mondays and Thursdays?"),
    C("Longer: Hamza El Amrani is a Moroccan-Dutch delivery rider in Transwijk, 22, riding 60 hours a week on an app contract. Two crashes this year. His scooter F-882-XB is his entire livelihood. He comes to sessions in his uniform with the thermal bag. I'd like to do trauma work on the second crash but he can't afford the time off. Would anyone do short EMDR in 45-minute slots?", [('name', 'Hamza El Amrani'), ('place', 'Transwijk'), ('vehicle', 'F-882-XB')]),
    C('Haitian in Florida, TPS expiring, Widlyne Pierre-Louis Exantus, 6214 NE 2nd Ave Apt 3, Edison Center, FL 33138. Sleep terror.', [('name', 'Widlyne Pierre-Louis Exantus'), ('street_address', '6214 NE 2nd Ave Apt 3'), ('place', 'Edison Center'), ('zip_code', '33138')]),
    C('Long: Nathalie Thériault-Cormier, a Franco-Ontarian from Jogues, a logging town. She\'s a trucker hauling logs, the only woman in her yard, and has been harassed for years. She finally reported, and now no one talks to her. Her CDL T4021-84716-25306 is her escape route. She wants to know whether therapy will make her "soft" for the job. How do you work with strength narratives?', [('name', 'Nathalie Thériault-Cormier'), ('place', 'Jogues'), ('licence', 'T4021-84716-25306')]),
    C('Lombardy, spring 2020: Luciana Rota Cattaneo lost both parents in ten days, Nembro, never got funerals. Five years on, the anniversary 19 marzo 2025 hit hard. Anyone doing CT-PTSD with pandemic grief?', [('name', 'Luciana Rota Cattaneo'), ('place', 'Nembro'), ('date', '19 marzo 2025')]),
    C('Is Headspace or Calm better for insomnia clients? Or neither?'),
    C('Her mobility scooter Sterling S700 SN 7712-0448 broke down on the way; Edna Pugh-Morgan from Pen-y-bont-fawr will do phone today.', [('device', 'Sterling S700 SN 7712-0448'), ('name', 'Edna Pugh-Morgan'), ('place', 'Pen-y-bont-fawr')]),
    C("Longer consult: Marisol Cárdenas Ibáñez, Chilean salmon plant worker in Yaldad, on a contract that ends when the algae bloom hits, cut her wrists after the last layoff. She's back at the plant now. Her sister is in the capital and wants her to move. Her FONASA card is 17.223.408-1. How do you do safety planning when the job itself is the trigger and also the only income?", [('name', 'Marisol Cárdenas Ibáñez'), ('place', 'Yaldad'), ('health_plan', '17.223.408-1')]),
    C('Is it ever ok to text a client on a Sunday to check in after a bad Saturday session? The BACP guidance is vague.'),
    C('please stop leaving case files on the kitchen table, even anonymised ones.'),
    C('Inuit teen, Lizzie Qinuajuak, Ivujivik, two friends died by suicide this winter.', [('name', 'Lizzie Qinuajuak'), ('place', 'Ivujivik')]),
    C('how do you handle a client who brings a dog to telehealth and talks to the dog instead of you? honestly it works.'),
    C("Eulalia Rivas Portillo, in Fort St. James, BC driver's licence 5120 447, worried the medication will cost her job.", [('name', 'Eulalia Rivas Portillo'), ('place', 'Fort St. James'), ('licence', '5120 447')]),
    C('Cochlear processor Nucleus 8 SN 4218870339 lost at the swimming baths in Ishøj - Maja Sørensen Holm is very distressed, sessions paused.', [('device', 'Nucleus 8 SN 4218870339'), ('place', 'Ishøj'), ('name', 'Maja Sørensen Holm')]),
    C("Reading Esther Perel's Mating in Captivity for a couples case. Useful or too clever?"),
    C("Reading Judith Herman's Trauma and Recovery in the book club in January. Join us."),
    C('Mirtazapine causing weird dreams in two clients this month. Normal?'),
    C('Sent to the wrong fax - +1 (907) 443-2210 is the wrong hospital - with the discharge summary of Clara Tocktoo Kazingnuk. Incident report filed.', [('fax', '+1 (907) 443-2210'), ('name', 'Clara Tocktoo Kazingnuk')]),
    C('Frisian dairy farmer, Sjoerd Hoekstra-Dijkstra, lives at Dyksterwei 7, 9104 BK Damwâld, nitrogen rules, sold half the herd, insomnia and rage. Zilveren Kruis polis 601 884 219.', [('name', 'Sjoerd Hoekstra-Dijkstra'), ('street_address', 'Dyksterwei 7'), ('zip_code', '9104 BK'), ('place', 'Damwâld'), ('health_plan', '601 884 219')]),
    C('Session link for tomorrow: https://doxy.me/dr-abenakimoreau - Lise Obomsawin from Odanak will join at 10.', [('url', 'https://doxy.me/dr-abenakimoreau'), ('name', 'Lise Obomsawin'), ('place', 'Odanak')]),
    C('Forwarded fax header: FROM +31 50 361 4419 psychiatry, RE Harmke Zijlstra, patiëntnummer UMCG 7741102, 4 pages. Page 2 missing, can the sender resend?', [('fax', '+31 50 361 4419'), ('name', 'Harmke Zijlstra'), ('medical_record', '7741102')]),
    C('Buprenorphine in Canada is easier to get than in the US. Anyone compared?'),
    C('Karelian grandmother, Anni Kettunen-Sirkiä, evacuated as a child, now yhdeksänkymmentäneljä and dreaming of the lost farm again. Henkilötunnus 151231-082R on the care plan.', [('name', 'Anni Kettunen-Sirkiä'), ('age_over_89', 'yhdeksänkymmentäneljä'), ('ssn', '151231-082R')]),
    C("I read Johann Hari's Lost Connections and felt it oversold things, but clients love it. Discuss?"),
    C("nan is 95 come Martinmas, still milking one cow at Altandhu. client feels he can't leave the farm while she's alive. thoughts?", [('age_over_89', '95 come Martinmas'), ('place', 'Altandhu')]),
    C('Do you accept friend requests from former clients on Facebook or Instagram? I never do, but one was hurt.'),
    C('New address for Mary-Jane Nakuk Kalluk: Box 214, Building 1082, Whale Cove, NU X0C 0J0.', [('name', 'Mary-Jane Nakuk Kalluk'), ('street_address', 'Box 214, Building 1082'), ('place', 'Whale Cove'), ('zip_code', 'X0C 0J0')]),
    C("The van VD 483 219 in our parking is Claude-Alain Rochat's, he waits there before sessions, very anxious. Fine by me.", [('vehicle', 'VD 483 219'), ('name', 'Claude-Alain Rochat')]),
    C("Longer question: client Ana Beatriz Cordeiro Faria, a nurse from Viana do Castelo who moved to work in a care home in the Channel Islands, then in England, and now in Ireland. She moves every eighteen months, says it's for money, but every move follows a relationship ending. Registration on the NMBI register is 7730912-R, which her manager threatened to report. How do I hold the employment threat while we work?", [('name', 'Ana Beatriz Cordeiro Faria'), ('place', 'Viana do Castelo'), ('licence', '7730912-R')]),
    C('ahmed.elmansouri.tanger@gmail.com - Ahmed El Mansouri, Andalusian greenhouse worker, asked for Arabic materials.', [('email', 'ahmed.elmansouri.tanger@gmail.com'), ('name', 'Ahmed El Mansouri')]),
    C('avó com noventa e oito desde o São João em casa, e a cliente sozinha a cuidar.', [('age_over_89', 'noventa e oito desde o São João')]),
    C('do we have a protocol for when a client turns up drunk?'),
    C('tor.inge.hammervold@online.no - Tor Inge Hammervold wants a session before the fishing season.', [('email', 'tor.inge.hammervold@online.no'), ('name', 'Tor Inge Hammervold')]),
    C('Deported el 9 de mayo de 2025, back in Honduras with nothing. Kevin Alexander Funes Rivera.', [('date', 'el 9 de mayo de 2025'), ('name', 'Kevin Alexander Funes Rivera')]),
    C('Any good Creole-language psychoeducation materials from Haiti or Martinique?'),
    C('can someone share a plain-language explanation of panic for a client with limited literacy?'),
    C("A colleague in Chiapas referred Macario Gómez Santiz, a Tzeltal catechist from the village of Xanil, displaced by armed groups last year and now living in a shelter with his family. He's asked for help with nightmares but worries that talking will bring more bad luck on the community. I have some Tzeltal through an interpreter. How do you work with a frame where speaking of the dead can cause harm? Shelter line +52 919 674 0381.", [('name', 'Macario Gómez Santiz'), ('place', 'Xanil'), ('phone', '+52 919 674 0381')]),
    C("the accident was 02.02.2024, the tractor rolled. Josef Kirchmair wasn't driving, his son was.", [('date', '02.02.2024'), ('name', 'Josef Kirchmair')]),
    C('"Mon père a quatre-vingt-seize ans depuis la Chandeleur" - client caring for him alone in Occitanie, burning out. She won\'t accept respite. How do you hold the filial duty piece?', [('age_over_89', 'quatre-vingt-seize ans depuis la Chandeleur')]),
    C('Gaúcho churrasqueiro, Valdir Schneider Becker, Linha Imperial, flood 2024 took the restaurant.', [('name', 'Valdir Schneider Becker'), ('place', 'Linha Imperial')]),
    C('Facebook https://facebook.com/groups/mainzfrauenhilfe - client Leyla Aksoy-Schreiber runs this group and wants me to join. No.', [('url', 'https://facebook.com/groups/mainzfrauenhilfe'), ('name', 'Leyla Aksoy-Schreiber')]),
    C('Shavuot and Pentecost next week. Several Jewish and Pentecostal clients will miss sessions. Fine. Just noting it.'),
    C('Any colleagues trained in Motivational Interviewing in Danish? Referrals welcome.'),
    C('Gagauz man in Ceadîr-Lunga, Ivan Kioseoglu, back from Russian construction sites with no wages. Russian-speaking clinician needed.', [('place', 'Ceadîr-Lunga'), ('name', 'Ivan Kioseoglu')]),
    C('Does anyone in Spain or Portugal use a sliding scale based on harvest income? How do you verify it without being intrusive?'),
    C('Drivers at the co-op: Sigurður Eggertsson, truck KX-T52, and his brother. Burnout after the volcanic evacuation from Járngerðarstaðir.', [('name', 'Sigurður Eggertsson'), ('vehicle', 'KX-T52'), ('place', 'Járngerðarstaðir')]),
    C('Olena Bondarchuk-Melnyk from Horenka now in a hostel in Poland, two kids, husband at the front. Phone +48 512 377 904. Needs Ukrainian-speaking therapist, urgent.', [('name', 'Olena Bondarchuk-Melnyk'), ('place', 'Horenka'), ('phone', '+48 512 377 904')]),
    C('Cash App $DeShawnLofton504 - DeShawn Lofton in Gert Town sent twice by mistake, refund.', [('account', '$DeShawnLofton504'), ('name', 'DeShawn Lofton'), ('place', 'Gert Town')]),
    C('Florida DL M426-118-72-441-0 was on the ID copy sent for Marlon Mejía Zelaya of Felda. Please shred.', [('licence', 'M426-118-72-441-0'), ('name', 'Marlon Mejía Zelaya'), ('place', 'Felda')]),
    C("Portuguese shepherd, Joaquim Rosado Caeiro, Monte da Azinhaga, wife died in the summer, won't come to town. Would a home visit by the unidade móvel count? Their line is +351 286 610 447.", [('name', 'Joaquim Rosado Caeiro'), ('place', 'Monte da Azinhaga'), ('phone', '+351 286 610 447')]),
    C("Supervision, long: Graciela Benítez Ortiz is a Paraguayan domestic worker in Argentina who lives in her employers' house in Villa Devoto and hasn't seen her kids in Paraguay for two years. She video calls them from the laundry room. Her employer pays for therapy, which makes me uneasy. Her Mercado Pago alias graciela.benitez.mp is how she'd pay if she took over. How do you manage the triangle when the employer is paying?", [('name', 'Graciela Benítez Ortiz'), ('place', 'Villa Devoto'), ('account', 'graciela.benitez.mp')]),
    C('How are people handling clients who want to record sessions on their phones?'),
    C('Sent fax to +43 512 5044 2290, client Veronika Hörtnagl, Rofenhöfe, for the Krankenkasse form.', [('fax', '+43 512 5044 2290'), ('name', 'Veronika Hörtnagl'), ('place', 'Rofenhöfe')]),
    C('His ICD Medtronic Cobalt XT SN BLC617744S fired twice at work; Ferenc Molnár-Kovács, bus mechanic at the Mátyásföld depot, now scared to lift anything.', [('device', 'Medtronic Cobalt XT SN BLC617744S'), ('name', 'Ferenc Molnár-Kovács'), ('place', 'Mátyásföld')]),
    C('Her address is Calle Real 7, bajo, Villanueva de Oscos, 33776 Asturias; letters only, no phone.', [('street_address', 'Calle Real 7, bajo'), ('place', 'Villanueva de Oscos'), ('zip_code', '33776')]),
    C('Lithium levels and heatwaves: a client in Andalusia got toxic in August. Be careful this summer.'),
    C('Consuelo Antúnez Borrego, Calle Manuel José Othón 118, int. 4, Colonia Tránsito, 06820, CDMX. Seamstress, earthquake survivor.', [('name', 'Consuelo Antúnez Borrego'), ('street_address', 'Calle Manuel José Othón 118, int. 4'), ('place', 'Colonia Tránsito'), ('zip_code', '06820')]),
    C('fax (787) 765-2249, re Aníbal Rosado Quiñones, Barrio Guardarraya, 2 pages.', [('fax', '(787) 765-2249'), ('name', 'Aníbal Rosado Quiñones'), ('place', 'Barrio Guardarraya')]),
    C('Has anybody seen the new Ontario rules on psychotherapy titles?'),
    C("tip: I now ask every new client what time of year is worst for them. it's changed my planning."),
    C('Pacemaker Abbott Assurity MRI 7702918 patient Grete Schrøder, 78, Hulsig, scared to sleep on her left side.', [('device', 'Abbott Assurity MRI 7702918'), ('name', 'Grete Schrøder'), ('place', 'Hulsig')]),
    C('Haitian in Chile, Wilfrid Jean-Baptiste Delva, Lo Valledor Norte, construction worker, racism at the hospital. RUT 26.114.580-K.', [('name', 'Wilfrid Jean-Baptiste Delva'), ('place', 'Lo Valledor Norte'), ('ssn', '26.114.580-K')]),
    C('Pomak woman, Fatme Hadzhieva-Kisyova, Vaklinovo, tobacco picker, forced renaming in the 80s, still two sets of papers.', [('name', 'Fatme Hadzhieva-Kisyova'), ('place', 'Vaklinovo')]),
    C("Sámi reindeer herder, Nils-Ánte Sara Eira, Ávži, wind turbines on the winter pasture, cousin's suicide. Prefers a Sámi-speaking clinician.", [('name', 'Nils-Ánte Sara Eira'), ('place', 'Ávži')]),
    C('I finally read Viktor Frankl in German. Different book somehow.'),
    C('Hearing aid Phonak Lumity L90 #2240-1187 of Antanas Petrauskas from Šilutė left in room 2.', [('device', 'Phonak Lumity L90 #2240-1187'), ('name', 'Antanas Petrauskas'), ('place', 'Šilutė')]),
    C("Does Sweden's Försäkringskassan accept reports from psychologists for sick leave?"),
    C("What do people think of IPT for grief? Myrna Weissman's manual seems dated."),
    C('Ngäbe coffee picker in Costa Rica, Eliseo Montezuma Bejarano, Coto Brus farms, harvest season, child labour accusations.', [('name', 'Eliseo Montezuma Bejarano'), ('place', 'Coto Brus')]),
    C("Ramadan, Lent and Passover all overlap in April this year. Three of my groups have members fasting. I'm moving the Tuesday group to the evening. Any other changes people make, especially for clients on lithium or insulin?"),
    C('Anyone in Quebec using the RAMQ psychotherapy coverage yet? How long is the wait?'),
    C("Any thoughts on therapy for adult siblings fighting over a parent's care? Pauline Boss's Ambiguous Loss helped me once."),
    C('mobile +1 868 774 2291 - Vishnu Seepersad, Barrackpore.', [('phone', '+1 868 774 2291'), ('name', 'Vishnu Seepersad'), ('place', 'Barrackpore')]),
    C('Half our clients on quetiapine complain of weight gain. How do you raise it without undermining the prescriber?'),
    C('PEI potato farmer, wart fungus export ban, Dale Arsenault-Gallant, Skinners Pond, sold the farm land to his cousin.', [('name', 'Dale Arsenault-Gallant'), ('place', 'Skinners Pond')]),
    C("Does anyone run ACT groups in Portuguese? I have three clients who'd join."),
    C('is anyone else finding that young men come in only after a friend dies?'),
    C('On Thanksgiving week half my clients fly home to their families and come back wrecked. Planning ahead this year.'),
    C('Bermudian ferry captain, Kenrick Outerbridge Simmons, Mangrove Bay, boat collision inquiry. Email k.outerbridge@marineports.bm.', [('name', 'Kenrick Outerbridge Simmons'), ('place', 'Mangrove Bay'), ('email', 'k.outerbridge@marineports.bm')]),
    C('any recommendations for couples work where one partner works nights and the other days?'),
    C('motorcycle AC 381 FZ belongs to Iván Godoy Ledesma, the Argentine vineyard worker.', [('vehicle', 'AC 381 FZ'), ('name', 'Iván Godoy Ledesma')]),
    C("Susan Johnson's EFT for couples - any training in Spanish in Mexico?"),
    C('Hedda Grønvold-Strand, Sakrisøy, fishing village, depression. Audit shows her file opened from 193.69.44.210, not ours.', [('name', 'Hedda Grønvold-Strand'), ('place', 'Sakrisøy'), ('ip_address', '193.69.44.210')]),
    C('SINPE Móvil 8844-2713 of Yendry Vargas Solís in Lomas del Río, she pays weekly.', [('account', '8844-2713'), ('name', 'Yendry Vargas Solís'), ('place', 'Lomas del Río')]),
    C('We have a new Medicaid rule in Oregon about telehealth billing. Has anyone read the details?'),
    C('Dexcom G7 SN 8J4 22KQ 71 alarms all night, teenager Zofia Lewandowska-Król hides it at school in Wawer.', [('device', 'G7 SN 8J4 22KQ 71'), ('name', 'Zofia Lewandowska-Król'), ('place', 'Wawer')]),
    C('Ontario G licence D6104-22817-90214 of Donovan Frazer-Campbell from Lawrence Heights lapsed after the seizure.', [('licence', 'D6104-22817-90214'), ('name', 'Donovan Frazer-Campbell'), ('place', 'Lawrence Heights')]),
    C("IBAN BE38 0017 4418 6472 for Lotte Peeters-Claes's refund.", [('account', 'BE38 0017 4418 6472'), ('name', 'Lotte Peeters-Claes')]),
    C('Grenadian nutmeg farmer after Beryl, Lennox Charles-Frederick, Black Bay, roof gone again.', [('name', 'Lennox Charles-Frederick'), ('place', 'Black Bay')]),
    C('Mixtec farmworker in California, Bernabé López Ramírez, from Santa María Tindú, pesticide illness, speaks Mixteco.', [('name', 'Bernabé López Ramírez'), ('place', 'Santa María Tindú')]),
    C("has anyone done home visits in winter where the road closes? what's your plan b?"),
    C('Bogdan Varga-Szabó, Csíkszereda, Székely, wants Hungarian. CNP 1790512194437 in the email, deleted.', [('name', 'Bogdan Varga-Szabó'), ('place', 'Csíkszereda'), ('ssn', '1790512194437')]),
    C('Kaqchikel widow, armed conflict, Rosalía Xoyón Cutzal, Comalapa, her husband exhumed last year.', [('name', 'Rosalía Xoyón Cutzal'), ('place', 'Comalapa')]),
    C("I'm noticing I dread Tuesday mornings in January and February. Supervision time, I think."),
    C("Long one: Luis Alberto Quispe Mamani is a taxi driver in Peru whose stand is at Mercado Túpac Amaru. He was robbed at knifepoint and his car V1Q-482 was taken for a night. Now he drives only daytime and his income halved. His wife sells at the market. He's proud and will only do three sessions. What's the most useful thing to do in three?", [('name', 'Luis Alberto Quispe Mamani'), ('place', 'Mercado Túpac Amaru'), ('vehicle', 'V1Q-482')]),
    C("https://instagram.com/tatuajes_mixquic is the client's tattoo shop page, Jairo Castañeda Ríos in San Andrés Mixquic.", [('url', 'https://instagram.com/tatuajes_mixquic'), ('name', 'Jairo Castañeda Ríos'), ('place', 'San Andrés Mixquic')]),
    C('Zeeland mussel skipper, boat YE-137, Kees de Kraker, Waarde. Crewman drowned in March. He still goes out. Sleep is 3 hours a night.', [('vehicle', 'YE-137'), ('name', 'Kees de Kraker'), ('place', 'Waarde')]),
    C('IP 200.55.131.4 flagged; the account holder is Orlando Céspedes Nápoles, in Cuba, using a VPN to reach us.', [('ip_address', '200.55.131.4'), ('name', 'Orlando Céspedes Nápoles')]),
    C('Medicare 3QR7-WN2-HT48 for Earl Dean Pruitt, Viper, a tobacco town.', [('health_plan', '3QR7-WN2-HT48'), ('name', 'Earl Dean Pruitt'), ('place', 'Viper')]),
    C('Is anyone using the Columbia scale in French? Looking for a validated version.'),
    C("I've started ending each day with five minutes of nothing, a habit from Jon Kabat-Zinn's Full Catastrophe Living. Highly recommend."),
    C("Nova Scotia coal miner's son, Angus MacIsaac-Beaton, New Waterford, opioid use after back surgery.", [('name', 'Angus MacIsaac-Beaton'), ('place', 'New Waterford')]),
    C('TikTok https://www.tiktok.com/@kalinda.goodsky - a teen client (Kalinda Goodsky, Ojibwe) posted a video about her therapist (me).', [('url', 'https://www.tiktok.com/@kalinda.goodsky'), ('name', 'Kalinda Goodsky')]),
    C('Tuesday 4 November 2025, 10:40 - Mireille Kabasele-Dupont no-show again. Third time. She lives in Boondael. Do I discharge?', [('date', 'Tuesday 4 November 2025'), ('name', 'Mireille Kabasele-Dupont'), ('place', 'Boondael')]),
    C('Any colleagues in Colombia using the Ley 1616 rights framework with families? Curious how it works in practice.'),
    C('how do you keep boundaries when you buy bread from your client every morning?'),
    C('Bertille Nzeyimana, Quartier Maritime, cleaner, insomnia; the portal blocked her from 2a02:2788:6c4::17, can IT whitelist?', [('name', 'Bertille Nzeyimana'), ('place', 'Quartier Maritime'), ('ip_address', '2a02:2788:6c4::17')]),
    C('Cajun shrimper, Alcide Guidry Thibodeaux, out of Montegut, lost the boat in Ida, sleeping in a FEMA trailer. Louisiana Medicaid pending.', [('name', 'Alcide Guidry Thibodeaux'), ('place', 'Montegut')]),
    C('Reflecting on Irvin Yalom, Viktor Frankl and Rollo May for a client who is dying of ALS. Existential therapy feels right. The client is a retired Lutheran pastor from Minnesota. Any other reading?'),
    C("Running late on Wednesday, my 2pm will wait in the car, please don't lock the side door before Friday's deep clean either."),
    C("He relapsed on Sat 18/10/2025 after the match. Connor McAteer says it's fine, it's not.", [('date', 'Sat 18/10/2025'), ('name', 'Connor McAteer')]),
    C("CPAP AirSense 11 SN 23221784451, Hernán Villalobos Soto can't tolerate the mask, claustrophobia from a mine collapse at El Salvador camp, copper.", [('device', 'AirSense 11 SN 23221784451'), ('name', 'Hernán Villalobos Soto'), ('place', 'El Salvador camp')]),
    C('Long consult: I\'m working with Ashok Ramlakhan, Indo-Trinidadian, who runs a roti shop in Ozone Park. His son wants to sell it and open a bar. He is furious and also drinking more. The family talks about him as "the problem". I suspect the real issue is retirement and meaning. He\'s turning 70 and his diabetes is worse, insulin pump MiniMed 780G NG2209461H. Family session or individual first?', [('name', 'Ashok Ramlakhan'), ('place', 'Ozone Park'), ('device', 'MiniMed 780G NG2209461H')]),
    C("Supervision reflection (long): the Sámi client Máret Ánne Gaup Logje from Váljohka told me my questions felt like the old school inspectors. I'd been doing a standard assessment. We paused and she talked about her grandmother being sent to a boarding school at seven. I've now thrown out half my intake form for Sámi clients. Anyone else revised forms after something like this? Her GP is at +47 78 46 71 19 if anyone needs the fax.", [('name', 'Máret Ánne Gaup Logje'), ('place', 'Váljohka'), ('fax', '+47 78 46 71 19')]),
    C("Anyone using Aaron Beck's cognitive therapy for psychosis with Haitian Creole speakers in Florida or Quebec? The manuals are English and French only."),
    C("Consult please: Tomasz Grzegorczyk-Malec, 44, a long-distance trucker based at a depot in Gądki, lives in his cab five nights a week. His licence 04391/22/1465 had points added after a microsleep incident, no crash. He's terrified of losing it. Sleep study pending. I want to address the catastrophising without minimising real risk - the lorry is PO 7TK44 and the company tracks everything. How do you approach CBT-I with someone whose bed moves?", [('name', 'Tomasz Grzegorczyk-Malec'), ('place', 'Gądki'), ('licence', '04391/22/1465'), ('vehicle', 'PO 7TK44')]),
    C('looking for a supervisor who works with fishermen or anyone who works away for weeks at a time.'),
    C('Has anyone done Narrative Exposure Therapy with Colombians? NET has good evidence.'),
    C('Can we talk about fees for seasonal workers from Romania, Bulgaria and Poland? They earn from May to September and nothing in winter.'),
    C("what do you do when a client's only private space is the car?"),
    C('Link to the pdf: https://drive.google.com/file/d/1Xq7LmPz0oR4/view contains the full assessment of Ruairí Mac Aodha. Revoking access now.', [('url', 'https://drive.google.com/file/d/1Xq7LmPz0oR4/view'), ('name', 'Ruairí Mac Aodha')]),
    C('Scottish salmon farm worker, Magnus Isbister Tulloch, Cunningsburgh, fish die-off, blames himself. CHI 1504861773 in the referral.', [('name', 'Magnus Isbister Tulloch'), ('place', 'Cunningsburgh'), ('medical_record', '1504861773')]),
    C('Attachment-based family therapy by Guy Diamond: any trained colleagues in Ontario or Manitoba?'),
    C("Has anyone trained in Prolonged Grief Disorder Therapy from Katherine Shear? Wondering if it's worth the money."),
    C("Hopi potter, Marvin Sakeva, Sipaulovi, son's suicide last year. He wants a traditional approach alongside. Anyone with Hopi community relationships?", [('name', 'Marvin Sakeva'), ('place', 'Sipaulovi')]),
    C('Cornish tin mine heritage guide, Jory Trevithick-Pascoe, Trewellard, redundant after the visitor centre shut.', [('name', 'Jory Trevithick-Pascoe'), ('place', 'Trewellard')]),
    C('Has anyone used the PCL-5 with interpreters? The Spanish version felt stiff in session.'),
    C('Purépecha woodcarver, Tata Nicolás Cruz Huipe, Santa Clara del Cobre, son disappeared.', [('name', 'Nicolás Cruz Huipe'), ('place', 'Santa Clara del Cobre')]),
    C('tired today. three sessions about funerals back to back. going for a walk.'),
    C('French Guiana gold-mining region, Hmong farmer from Javouhey referred by the dispensaire: Pao Lee Thao. Interpreting in Hmong needed.', [('place', 'Javouhey'), ('name', 'Pao Lee Thao')]),
    C('Long question on borderline diagnoses in Germany: the Krankenkassen want a diagnosis code for Verhaltenstherapie, and I hesitate to write F60.3 for a 19-year-old. Does anyone use F43 instead? What do TK and AOK actually accept?'),
    C('Valéria Moura Tavares, Paraty, hotel worker, sent her playlist https://open.spotify.com/playlist/5vXqMoura77 to use in sessions.', [('name', 'Valéria Moura Tavares'), ('place', 'Paraty'), ('url', 'https://open.spotify.com/playlist/5vXqMoura77')]),
    C('Gibraltarian frontier worker crossing daily, Nadine Sacarello-Bossano, shares a flat in La Línea de la Concepción with two cousins, and the queue at the border is eating her life.', [('name', 'Nadine Sacarello-Bossano'), ('place', 'La Línea de la Concepción')]),
    C('Guadeloupe teacher, water cuts for weeks, Marie-Line Bambuck, Capesterre-Belle-Eau. Email ml.bambuck@ac-guadeloupe.fr.', [('name', 'Marie-Line Bambuck'), ('place', 'Capesterre-Belle-Eau'), ('email', 'ml.bambuck@ac-guadeloupe.fr')]),
    C('CSS 443.2218.77 - Ottilia Casanova-Derungs, Surrein.', [('health_plan', '443.2218.77'), ('name', 'Ottilia Casanova-Derungs'), ('place', 'Surrein')]),
    C('fax +1 709 256 4428 re Mabel Mercer-Keeping, Grey River NL, outport, isolation.', [('fax', '+1 709 256 4428'), ('name', 'Mabel Mercer-Keeping'), ('place', 'Grey River')]),
    C('fax +32 9 332 41 80 re Wouter De Smedt-Van Hoecke, kidney transplant, adjustment. please confirm receipt.', [('fax', '+32 9 332 41 80'), ('name', 'Wouter De Smedt-Van Hoecke')]),
    C('fax +597 44 3209 psychiatric centre, ref Ramona Dikan Aloeboetoe, Djoemoe.', [('fax', '+597 44 3209'), ('name', 'Ramona Dikan Aloeboetoe'), ('place', 'Djoemoe')]),
    C('Does anyone use the Cornell scale for depression in dementia? Advice please.'),
    C('The Mental Health Act in Scotland differs again - anyone know the detention rules for young people?'),
    C('The phone line cuts out every ten minutes on the rural calls. Is Doxy or Zoom or WhatsApp better for low bandwidth?'),
    C('Long: Ifeoma Okonkwo-Blackwood, Jamaican-Nigerian British, 29, works in a bakery at Brixton Village market and writes poetry at night. Panic attacks on the tube. She\'s been told she\'s "too much" her whole life. She\'s in a choir. I\'m wondering about compassion-focused work but she finds the language "soft". Her manager rang me on 020 7738 4126 without consent, which I\'ve refused to engage. How would you use CFT with someone allergic to softness?', [('name', 'Ifeoma Okonkwo-Blackwood'), ('place', 'Brixton Village'), ('phone', '020 7738 4126')]),
    C('do you charge for late cancellations when the reason is a sick cow? asking for real.'),
    C('The ICD-11 complex PTSD criteria: has anyone moved away from DSM-5 language?'),
    C('Nov 3, 2025: Lakeisha Brown-Dupree discharged from the unit, needs follow-up within 7 days.', [('date', 'Nov 3, 2025'), ('name', 'Lakeisha Brown-Dupree')]),
    C('PayPal pagos.kaqchikel.terapia@gmail.com - Santos Chiyal Cúmez sent it there for the group.', [('account', 'pagos.kaqchikel.terapia@gmail.com'), ('name', 'Santos Chiyal Cúmez')]),
    C('I lost my temper in supervision today. not proud. back next week.'),
    C("Home visit? Pasquale Iannaccone Di Lorenzo, a retired shepherd, novantuno anni compiuti a San Martino, lives alone in a stone house in Castel del Monte in the Abruzzo hills. His niece says he's stopped going to the bar and has given away his dog. Not clear if this is depression or the start of something cognitive. He won't travel. Has anyone done domiciliary assessments with very old rural men who think therapy is for city people?", [('name', 'Pasquale Iannaccone Di Lorenzo'), ('age_over_89', 'novantuno anni compiuti a San Martino'), ('place', 'Castel del Monte')]),
    C('Swiss Jura watchmaker, Romain Froidevaux, Le Noirmont, tremor starting, terrified of losing the trade. Neurology first, but anxiety huge.', [('name', 'Romain Froidevaux'), ('place', 'Le Noirmont')]),
    C('Marche shoe factory cutter, Emanuele Properzi Vitali, laid off in Montegranaro. Drinking alone in the car. Needs someone in the Marche.', [('name', 'Emanuele Properzi Vitali'), ('place', 'Montegranaro')]),
    C('Miskito lobster diver, decompression injury, Ricardo Bendles Müller, Tuapí, lost use of his legs. Wheelchair SN K2-0447-1188. Depression.', [('name', 'Ricardo Bendles Müller'), ('place', 'Tuapí'), ('device', 'SN K2-0447-1188')]),
    C('Shipibo artist, Rita Sánchez Maynas, Bena Jema community, fire destroyed houses. SIS 0412-886327.', [('name', 'Rita Sánchez Maynas'), ('place', 'Bena Jema'), ('health_plan', '0412-886327')]),
    C('Welsh Patagonian teacher, Gwenllian Hughes Jones, Aldea Escolar, teaching Welsh and feeling like a museum.', [('name', 'Gwenllian Hughes Jones'), ('place', 'Aldea Escolar')]),
    C('Any recommendations on the Oslo Social Support Scale? Short enough for intake?'),
    C("VPN error log: user Ingrid Solvang Bakke connected from 46.9.188.204 (Vestre Jakobselv kommune network) and the EHR threw an alert. IT says fine, I'm not so sure.", [('name', 'Ingrid Solvang Bakke'), ('ip_address', '46.9.188.204'), ('place', 'Vestre Jakobselv')]),
    C("A client compared therapy to mending nets: slow, boring, and the only way the boat goes out again. I'm keeping that."),
    C("How do you stay with a client who says nothing for twenty minutes? Winnicott would say wait. I'm not Winnicott."),
    C('Yukon placer miner, Bruce Tremblay-Knutson, camp at Sixtymile, isolation, psychosis episode after 4 months out. Licence 228 471 6 suspended.', [('name', 'Bruce Tremblay-Knutson'), ('place', 'Sixtymile'), ('licence', '228 471 6')]),
    C("Hmong elder in Minnesota, Nhia Yer Vang, shaman visits vs. our treatment plan for his son's psychosis. Phone (651) 774-3092. How do people negotiate this respectfully?", [('name', 'Nhia Yer Vang'), ('phone', '(651) 774-3092')]),
    C("Daniel Siegel's window of tolerance is the one model every client seems to get immediately."),
    C('Grandmother noventa y nueve cumplidos en la Candelaria moved in with them in a two-room flat. Daughter is 15 and furious.', [('age_over_89', 'noventa y nueve cumplidos en la Candelaria')]),
    C('Medicare Part D in the US finally covers the new antidepressant. Does anyone know if Cigna does?'),
    C("valentina rossi bortolotti from comacchio, eel fisher's daughter, ok to text?", [('name', 'valentina rossi bortolotti'), ('place', 'comacchio')]),
    C('Manx client, Juan Kermode Quayle, TT races marshal, saw the 2018 crash, intrusive images every June. Manx care record IOM-RH 288514.', [('name', 'Juan Kermode Quayle'), ('medical_record', 'IOM-RH 288514')]),
    C("Bit long: Rui Manuel Sequeira was a lighthouse keeper at Cabo Sardão until automation, then a security guard in the city, and now, at 64, he drives back to the cape every weekend just to look at it. His wife calls it an obsession. I keep thinking about identity loss and meaning, but I'm also seeing a lot of avoidance of home. His email ruisequeira.farol@sapo.pt is how he prefers contact. Any reading on occupational identity after automation?", [('name', 'Rui Manuel Sequeira'), ('place', 'Cabo Sardão'), ('email', 'ruisequeira.farol@sapo.pt')]),
    C("Client's mum is noventa e quatro anos feitos no Natal and still lives alone in a northern Portuguese village; he drives 4 hours every other weekend. Guilt, anger, sleep. How do you frame this without pushing the nursing home?", [('age_over_89', 'noventa e quatro anos feitos no Natal')]),
    C('Corsican client, Paul-Antoine Leca-Santoni, from Piana, a family feud going back two generations, hypervigilant. Corsu-speaking therapists anywhere?', [('name', 'Paul-Antoine Leca-Santoni'), ('place', 'Piana')]),
    C('Question about Ozempic: two clients report mood dips since starting it. Anyone else seeing this?'),
    C('Aleksi Rautio, Kilpisjärvi, fell guide, avalanche. Video keeps dropping, his IP 85.76.140.229 is a mobile hotspot.', [('name', 'Aleksi Rautio'), ('place', 'Kilpisjärvi'), ('ip_address', '85.76.140.229')]),
    C('Belarusian exile in Lithuania, Aliaksandr Zhuk-Lapitski, detained in 2020, beatings. Email a.zhuk.byfree@protonmail.com. Wants a therapist outside the diaspora circle because of informants.', [('name', 'Aliaksandr Zhuk-Lapitski'), ('email', 'a.zhuk.byfree@protonmail.com')]),
    C('Referral: Xosé Manuel Lamas Outeiro, percebeiro from Corme Aldea, panic since a wave took his mate off the rocks. Can anyone take him in gallego?', [('name', 'Xosé Manuel Lamas Outeiro'), ('place', 'Corme Aldea')]),
    C('how do people document risk when the client lives hours from any service?'),
    C('Wedding set for 24/06/2026, bride Aoife Ní Chonaill is terrified of the speeches.', [('date', '24/06/2026'), ('name', 'Aoife Ní Chonaill')]),
    C('Licence: Kevin Scully from Loughmacrory, HGV driver licence SCULL 806113 KD9TT suspended after the diabetes hypo.', [('name', 'Kevin Scully'), ('place', 'Loughmacrory'), ('licence', 'SCULL 806113 KD9TT')]),
    C('Max Trautner, Gosaumühle, tourist saturation, anxiety. Logged in from 62.178.201.96 at 4am.', [('name', 'Max Trautner'), ('place', 'Gosaumühle'), ('ip_address', '62.178.201.96')]),
    C('mallorcan hotel chambermaid on the fixed-discontinuous contract, Francisca Bauzà Oliver, Cala Millor. Back pain + dread every April when the season opens.', [('name', 'Francisca Bauzà Oliver'), ('place', 'Cala Millor')]),
    C('Border shepherd, Archie Robson-Charlton, Byrness, forestry planting took the hill.', [('name', 'Archie Robson-Charlton'), ('place', 'Byrness')]),
    C('In Finland, Kela rehab therapy has strict rules. Anyone know the current limits?'),
    C('Address for sending the report: Walserstraße 187, 6991 Riezlern - Theresia Fritz-Kessler, widow.', [('street_address', 'Walserstraße 187'), ('zip_code', '6991'), ('place', 'Riezlern'), ('name', 'Theresia Fritz-Kessler')]),
    C('Garifuna fisherman in Honduras, Celso Martínez Arzú, Nueva Armenia, community evicted for a resort, brother kidnapped.', [('name', 'Celso Martínez Arzú'), ('place', 'Nueva Armenia')]),
    C('Does the Florida Baker Act apply to minors brought by school? Confused.'),
    C('The new NICE guideline on depression is out. Short summary anyone?'),
    C("I'm presenting on DBT for adolescents in March. Any feedback on the slides welcome."),
    C('Dmitri Ivanovs, hospital card DRS 2025/06389, Russian-speaking Latvian, Ruģeļi - Jaunā Forštadte, citizenship exam panic.', [('name', 'Dmitri Ivanovs'), ('medical_record', '2025/06389'), ('place', 'Ruģeļi'), ('place', 'Jaunā Forštadte')]),
    C('Does anyone have experience with clients who are Pentecostal or Baptist preachers? The guilt piece is intense.'),
    C("small win: a client who hasn't left the house in a year came to the session on the bus today."),
    C("Rural Québec, long one: Gaétane Bouchard-Lapointe, a dairy farmer's wife in Saint-Honoré-de-Shenley  runs the books and the house and nurses her father-in-law. Her husband refuses to hire help. She's started having chest pains the ER says are panic. She can only do sessions on the phone at 5am before milking. Her RAMQ number BOUG 6812 2218 was read out on a voicemail I received. Is 5am therapy sustainable?", [('name', 'Gaétane Bouchard-Lapointe'), ('place', 'Saint-Honoré-de-Shenley'), ('health_plan', 'BOUG 6812 2218')]),
    C('a teen told me his dad only speaks to him about football. we built on that. it works.'),
    C('Server logs: 10.44.8.201 inside our network opened MRN 3318820-K. Whose desk is that?', [('ip_address', '10.44.8.201'), ('medical_record', '3318820-K')]),
    C('registration HCPC PYL058312 for our new colleague Siân Pritchard-Lloyd, joining from Penygroes - welcome!', [('licence', 'PYL058312'), ('name', 'Siân Pritchard-Lloyd'), ('place', 'Penygroes')]),
    C('Groningen earthquake damage, house on props for six years. Geertje Bolhuis-Wiersma from Zeerijp, letter after letter from the schade office. She cries when a truck passes.', [('name', 'Geertje Bolhuis-Wiersma'), ('place', 'Zeerijp')]),
    C('Has anyone read Gabor Maté on addiction? A client brought it in and wants to discuss it.'),
    C('anyone have a good worksheet for values work with farmers? the usual ones feel very office-based.'),
    C('Burgenland Croat grandmother, Agnes Karall-Kuzmits, Stinatz, dreiundneunzig seit Pfingsten, son asks about late-life therapy in Croatian dialect. Anyone?', [('name', 'Agnes Karall-Kuzmits'), ('place', 'Stinatz'), ('age_over_89', 'dreiundneunzig seit Pfingsten')]),
    C("Nouvelle-Aquitaine farmer, chestnut orchards, Aurélien Chastagnol, hamlet of Le Mas-Vieux de Meymac. MSA won't cover private therapy. Anyone with a sliding scale?", [('name', 'Aurélien Chastagnol'), ('place', 'Le Mas-Vieux de Meymac')]),
    C('Iñaki Agirrezabala Etxeberria, arrantzale out of Elantxobe, tuna season gone badly, second panic at sea this year. Osakidetza historia HC 0044-1937-EL. Basque speaker needed ideally.', [('name', 'Iñaki Agirrezabala Etxeberria'), ('place', 'Elantxobe'), ('medical_record', '0044-1937-EL')]),
    C("Zelle (864) 512-0993 is Amparo Velásquez Reyes's number in Chamblee, she wants to pay her daughter's sessions.", [('account', '(864) 512-0993'), ('name', 'Amparo Velásquez Reyes'), ('place', 'Chamblee')]),
    C('Zapotec weaver, Rufina Hernández Mendoza, Teotitlán del Valle, design copied by a fashion brand, exhaustion. CURP HEMR790312MOCRND05.', [('name', 'Rufina Hernández Mendoza'), ('place', 'Teotitlán del Valle'), ('ssn', 'HEMR790312MOCRND05')]),
    C("Polish clients keep asking about NFZ coverage for therapy. What's the reality?"),
    C('darnell whitecalf from birney called, wants to restart.', [('name', 'darnell whitecalf'), ('place', 'birney')]),
    C('I had a session interrupted by a cow today. the client laughed for the first time in months.'),
    C('Auth log: 2025-10-14 23:02 user ssolberg viewed chart HUS-PSY 4410287 (Sigrid Hætta Solberg). I think I misclicked. Need to tell the DPO?', [('date', '2025-10-14'), ('medical_record', 'HUS-PSY 4410287'), ('name', 'Sigrid Hætta Solberg')]),
    C("Longer question: Jean-Baptiste Ndayishimiye Bigirimana, Burundian, drives a night bus in Plasky and studies accounting during the day. He came in after a passenger spat on him, but most of what he talks about is his father who disappeared in 1993. He's on Partenamut 0317 22819 and wants six sessions maximum. How do you contain something that old in six sessions? He keeps apologising for crying.", [('name', 'Jean-Baptiste Ndayishimiye Bigirimana'), ('place', 'Plasky'), ('health_plan', '0317 22819')]),
    C("Has anyone read Lisa Feldman Barrett's How Emotions Are Made? Thinking about using it with clients."),
    C("The GAD-7 and PHQ-9 feel too blunt for farmers who won't name feelings. Alternatives?"),
    C('wondering whether to offer walking sessions. any insurance issues?'),
    C('Incident date 3 de agosto de 2024, fall from scaffolding. The worker is Adelino Tavares Pinto.', [('date', '3 de agosto de 2024'), ('name', 'Adelino Tavares Pinto')]),
    C('Moravian vintner, Zdeněk Hrabal-Kostelník, Dolní Věstonice, hail destroyed the vineyard twice in three years. He emails from zdenek.vinarstvi.vestonice@seznam.cz at 3am.', [('name', 'Zdeněk Hrabal-Kostelník'), ('place', 'Dolní Věstonice'), ('email', 'zdenek.vinarstvi.vestonice@seznam.cz')]),
    C("what's your policy when a client's teenage child answers the phone?"),
    C('Tablet iPad SN DMPXK3Q2J1 belongs to the clinic, lent to Zainab Koroma-Bangura in Tiverton estate for her sessions.', [('device', 'iPad SN DMPXK3Q2J1'), ('name', 'Zainab Koroma-Bangura'), ('place', 'Tiverton estate')]),
    C("Hutterite colony young woman, left the colony and lost everyone, Rachel Wipf Hofer, from Spring Creek Colony. Now in Alberta alone. Any therapist who's worked with ex-Hutterites?", [('name', 'Rachel Wipf Hofer'), ('place', 'Spring Creek Colony')]),
    C('How do you write a discharge letter when the client just stopped replying?'),
    C('Working with Ramadan and sessions: anyone shift times for clients who are fasting?'),
    C('SIN 527 381 604 of Kwame Asante-Bédard was in the fax, shredded.', [('ssn', '527 381 604'), ('name', 'Kwame Asante-Bédard')]),
    C("Long: Oisín Ó Súilleabháin, 19, apprentice electrician, from an island - Cléire - and homesick to the point of not sleeping. His mother posts photos of the ferry every day. I'm wondering if this is homesickness or something more. His email oisin.osuilleabhain.elec@gmail.com - he prefers email to phone. Anyone worked with island young people moving to the city?", [('name', 'Oisín Ó Súilleabháin'), ('place', 'Cléire'), ('email', 'oisin.osuilleabhain.elec@gmail.com')]),
    C('Navajo Nation, Lorraine Begay Yazzie, Low Mountain chapter, uranium mine family illness, kids drive 3 hours for school sports. IHS chart CHN-22-771930.', [('name', 'Lorraine Begay Yazzie'), ('place', 'Low Mountain'), ('medical_record', 'CHN-22-771930')]),
    C("Long reflection: I've been rereading Carl Rogers after years of CBT training. With older Scandinavian clients, Norwegian and Swedish mostly, the plain unconditional positive regard does more than all my worksheets. Maybe it's the Lutheran thing about not showing off. Maybe it's me. Anyone else moved back towards person-centred work late in a career?"),
    C('Danish pig farmer, Henrik Bundgaard Kjær, Vildbjerg, financial collapse, CVR cancelled. MobilePay? no - Danish bank account DK50 0040 0440 1162 43 for the invoice.', [('name', 'Henrik Bundgaard Kjær'), ('place', 'Vildbjerg'), ('account', 'DK50 0040 0440 1162 43')]),
    C('Tel +353 87 441 9026, Caoimhe Breathnach Uí Fhlatharta, Camus Uachtair, knitter.', [('phone', '+353 87 441 9026'), ('name', 'Caoimhe Breathnach Uí Fhlatharta'), ('place', 'Camus Uachtair')]),
    C('any thoughts on working with adult children who inherited a failing business?'),
    C('Fish market porter, Dougie Buchan Stephen, Longhaven, cocaine on the boats. Doric speaker, very dry humour.', [('name', 'Dougie Buchan Stephen'), ('place', 'Longhaven')]),
    C("Did anyone get the new consent template? It's missing the section on recordings."),
    C('Louisiana plate WFX 902 - the boat trailer - Darnell Batiste-Broussard asked if he can park it behind the office on Thursdays.', [('vehicle', 'WFX 902'), ('name', 'Darnell Batiste-Broussard')]),
    C('Zoom waiting-room name showed "Raimundo Nonato Frazão - Ilha de Maré" and the group saw it. Next time ask people to use initials.', [('name', 'Raimundo Nonato Frazão'), ('place', 'Ilha de Maré')]),
    C("Reflection on Christmas, Hanukkah and Diwali: our service closes for ten days and every year the crisis line fills. I'd like us to plan better this year. Maybe a rota with the Samaritans, Mind and the HSE, and a one-page plan for each client. Who is in? I can draft something for Monday."),
    C('New Mexico Hispano family, land grant dispute, Eusebio Trujillo Martínez, Las Trampas, acequia fight turned violent. DOB 08/22/1961. Spanish is older northern NM Spanish.', [('name', 'Eusebio Trujillo Martínez'), ('place', 'Las Trampas'), ('date', '08/22/1961')]),
    C('Kven woman in Finnmark, Hildur Mathisen Kaikkonen, Børselv, Norwegianisation of her parents, language shame.', [('name', 'Hildur Mathisen Kaikkonen'), ('place', 'Børselv')]),
    C("Has anyone done a group for carers of people with Alzheimer's or Lewy body dementia? What size worked?"),
    C("Longer reflection for the group: I've noticed that my clients from farming families in Ireland, Galicia and Brittany all talk about land in the same way - as a person you cannot abandon. Reading John Berger's Pig Earth helped me see it. Has anyone else drawn on literature like that in supervision? I'd love to start a small reading thread in February alongside the CBT and ACT stuff."),
    C('Question about sertraline and alcohol: client insists on drinking on Fridays. Do I push the GP or leave it?'),
    C('NHS number 644 201 8893 for Harriet Bellingham.', [('medical_record', '644 201 8893'), ('name', 'Harriet Bellingham')]),
    C('how do you end with a client who keeps bringing gifts on the last session?'),
    C('Lamotrigine rash scare this week. Client fine, but shaken.'),
    C('Audit log, telehealth platform: session https://meet.sessiehuis.nl/r/7QK2-vd opened from 2a02:a45f:1c3::9e1 twice, client Mehmet Yıldırım-Bakker only joined once. Anyone seen this?', [('url', 'https://meet.sessiehuis.nl/r/7QK2-vd'), ('ip_address', '2a02:a45f:1c3::9e1'), ('name', 'Mehmet Yıldırım-Bakker')]),
    C('Danish ferry steward, Lisbeth Koefoed in Nexø, panic on the crossings since the storm. Phone only.', [('name', 'Lisbeth Koefoed'), ('place', 'Nexø')]),
    C('Icelandic trawlerman, Guðmundur Þórarinsson, Ingjaldssandur, survived the 1995 avalanche as a boy, another slide in 2020 reopened it.', [('name', 'Guðmundur Þórarinsson'), ('place', 'Ingjaldssandur')]),
    C('Irish colleagues: is the Mental Health Commission still auditing private practices this year?'),
    C("Long one, sorry. I've been seeing Jakub Wierzbicki-Nowak, a forklift driver at a distribution centre near Stryków, for about eight sessions. Night shifts, his wife works days at the same warehouse, they see each other Sundays. He came for anger after shouting at a supervisor, but what's emerged is grief for his brother who died in a work accident in Norway. Has anyone done grief work that has to fit around rotating nights?", [('name', 'Jakub Wierzbicki-Nowak'), ('place', 'Stryków')]),
    C('fax back to the CMP please: 01 48 97 22 61, re Yanis Haddad-Morel, Cité des 4000, La Courneuve, dossier CMP-93-208841.', [('fax', '01 48 97 22 61'), ('name', 'Yanis Haddad-Morel'), ('place', 'Cité des 4000'), ('place', 'La Courneuve'), ('medical_record', 'CMP-93-208841')]),
    C('just saw mikko juntunen from sarakylä at the shop, awkward. confidentiality in tiny places, ugh.', [('name', 'mikko juntunen'), ('place', 'sarakylä')]),
    C('short one: has anyone had a client bring a relative as interpreter and regretted it?'),
    C("Long request: Sebastián Paillalef Catrileo, a Mapuche forestry worker near Chequenco, was injured by a falling tree and now has a prosthetic leg, serial OB-C-Leg4 2214487. He's back at home but can't work the land. His community has a machi and he's been told the accident was a sign. I'm a non-Mapuche therapist in the city and I want to be useful without stepping on that. Any guidance on working alongside a machi?", [('name', 'Sebastián Paillalef Catrileo'), ('place', 'Chequenco'), ('device', 'OB-C-Leg4 2214487')]),
    C("Reading group next Tuesday: chapter five of Peter Levine's Waking the Tiger, the bit on trauma and the body. Bring questions."),
    C("Ealasaid NicLeòid, cockle picker on a Scottish island, anxious about the ferry cancellations and her mother's dialysis. Lives Borgh.", [('name', 'Ealasaid NicLeòid'), ('place', 'Borgh')]),
    C('Dominican barber, Wilkin Santana Paulino, shop is Barbería El Cibao, panic attacks since a robbery.', [('name', 'Wilkin Santana Paulino'), ('place', 'Barbería El Cibao')]),
    C('Car GF-718-KZ was towed outside the clinic, it belongs to Noémie Rakotomalala. Can someone tell her?', [('vehicle', 'GF-718-KZ'), ('name', 'Noémie Rakotomalala')]),
    C('Quebec plate T43 KMF taxi of Wilner Saint-Fleur, he drives till 3am.', [('vehicle', 'T43 KMF'), ('name', 'Wilner Saint-Fleur')]),
    C('Bajan fisherman, Rawle Greaves-Alleyne, Thornbury Hill, sargassum choking the bay, debt on the boat BB 4477 FG. NRN 780322-0418.', [('name', 'Rawle Greaves-Alleyne'), ('place', 'Thornbury Hill'), ('vehicle', 'BB 4477 FG'), ('ssn', '780322-0418')]),
    C("her grandfather, hundert Jahre am Nikolaustag, wants to talk about the war before he dies; she's terrified of what he'll say.", [('age_over_89', 'hundert Jahre am Nikolaustag')]),
    C('who has the spare key to the group room? the heating is off again.'),
    C("Curaçao refinery workers' neighbourhood, Rignald Martina-Isenia, Wishi Marchena, asthma kids and anger at the smell. Phone +599 9 736 2240.", [('name', 'Rignald Martina-Isenia'), ('place', 'Wishi Marchena'), ('phone', '+599 9 736 2240')]),
    C("Pomeranian-Brazilian farmer, Erni Ramlow Jastrow, Alto Rio Possmoser, speaks Pomeranian at home, son's suicide. Pix erni.ramlow@gmail.com.", [('name', 'Erni Ramlow Jastrow'), ('place', 'Alto Rio Possmoser'), ('account', 'erni.ramlow@gmail.com')]),
    C("Quick q for those in Ireland and the UK: how long do you wait before discharging someone who's gone quiet under the HSE or NHS rules? Two missed sessions, three?"),
    C('Sicilian fisherman of Tunisian parents, Karim Ben Slama Ferrante, boat seized off Libya for 108 days. Boat reg MZ 4218 in the news, so keep it off any shared doc. Nightmares, anger at the owner.', [('name', 'Karim Ben Slama Ferrante'), ('vehicle', 'MZ 4218')]),
    C("faxing the Medicaid form to (505) 863-9180 for Tsosie Benally Nez, Mexican Springs. If it bounces I'll drive it over.", [('fax', '(505) 863-9180'), ('name', 'Tsosie Benally Nez'), ('place', 'Mexican Springs')]),
    C('fax from the centro de saúde, pt 2 of 3: Maria da Graça Pimentel Rebelo, DN 17-03-1958, utente SNS 287 114 905, morada Rua do Forno Velho 12, Vila Chã de Ourique, 2070-573. Luto complicado após incêndio.', [('name', 'Maria da Graça Pimentel Rebelo'), ('date', '17-03-1958'), ('health_plan', '287 114 905'), ('street_address', 'Rua do Forno Velho 12'), ('place', 'Vila Chã de Ourique'), ('zip_code', '2070-573')]),
    C('does anyone else find the first winter session after the clocks change always heavier?'),
    C("Trying schema therapy with a teenager. Jeffrey Young wasn't writing for teens, though."),
    C("Does anyone use EMDR over Zoom? I'm nervous about abreactions without being in the room."),
    C('the waiting room chairs are broken, two clients nearly fell this week.'),
    C('Tojolabal mother, Petrona Jiménez Aguilar, Veracruz de la Independencia ejido, land invasion. Needs interpreter.', [('name', 'Petrona Jiménez Aguilar'), ('place', 'Veracruz de la Independencia')]),
    C("Request for thoughts. Dorota Szczepańska, 52, a cleaner at the hospital in Zamość, came after a colleague was assaulted in the car park. Since then she takes a taxi home, paying half her day's wage, and checks the locks twenty times. Her husband emigrated to work in the Netherlands ten years ago and sends money; he's on +31 6 4418 2277 if she consents to involve him. I think there's an OCD component under the trauma. Where would you start?", [('name', 'Dorota Szczepańska'), ('place', 'Zamość'), ('phone', '+31 6 4418 2277')]),
    C('Any Dutch colleagues who know the new GGZ waiting-list rules?'),
    C("someone left a thermos in room 3, it's been there since friday."),
    C("Jón Ingi Hafsteinsson, Kópasker, whale-boat guide, depressed in winter; his portal login from 157.157.83.12 was flagged, it's his brother's laptop.", [('name', 'Jón Ingi Hafsteinsson'), ('place', 'Kópasker'), ('ip_address', '157.157.83.12')]),
    C('fax please to +57 4 448 2103 for Luz Dary Zapata Osorio, Barrio El Corazón, EPS SURA 1036 229 417.', [('fax', '+57 4 448 2103'), ('name', 'Luz Dary Zapata Osorio'), ('place', 'Barrio El Corazón'), ('health_plan', '1036 229 417')]),
    C('Vermont dairy farmer selling the herd after four generations, Calvin Lamoille Gates, 1438 Town Hill Rd, East Craftsbury, VT 05826. Wife is worried about the guns.', [('name', 'Calvin Lamoille Gates'), ('street_address', '1438 Town Hill Rd'), ('place', 'East Craftsbury'), ('zip_code', '05826')]),
    C('St Lucian banana farmer, Augustin Joseph-Auguste, La Ressource, Kwéyòl speaker, wife left for Martinique.', [('name', 'Augustin Joseph-Auguste'), ('place', 'La Ressource')]),
    C('A hard case. Liudmila Cebotari, a Moldovan caregiver living with an old man in Bassano del Grappa on a 24/7 contract, has had two days off in three months. She called the helpline at night from the bathroom. Her employer keeps her passport. In sessions she defends the family. How do you do therapy while someone is in what looks like forced labour? Her Italian SIM is +39 347 902 1156.', [('name', 'Liudmila Cebotari'), ('place', 'Bassano del Grappa'), ('phone', '+39 347 902 1156')]),
    C("portal audit: login r.vaneck.praktijk@kpnmail.nl from 84.241.197.33 at 02:14, downloaded the intake of Femke van Eck-Roelofs. Was that one of you? I didn't authorise it.", [('email', 'r.vaneck.praktijk@kpnmail.nl'), ('ip_address', '84.241.197.33'), ('name', 'Femke van Eck-Roelofs')]),
    C("client's campervan CV-24-MZ parked at the beach car park in Odeceixe is where Daniel Marques Horta lives now. Homeless-ish. Outreach?", [('vehicle', 'CV-24-MZ'), ('place', 'Odeceixe'), ('name', 'Daniel Marques Horta')]),
    C('Thinking out loud. Dragana Milovanović-Ilić is a Serbian nurse who moved to Germany on a recruitment scheme and now works nights in a nursing home in Alt-Hellersdorf. Her licence recognition is still partial, so she\'s paid as an assistant. She\'s exhausted and ashamed to go home because she "hasn\'t made it". Her mother\'s birthday 12. Januar 2026 is her deadline to decide. Has anyone worked with this kind of migration shame?', [('name', 'Dragana Milovanović-Ilić'), ('place', 'Alt-Hellersdorf'), ('date', '12. Januar 2026')]),
    C("Has anyone used the WHO's Problem Management Plus with Venezuelans in Peru or Ecuador?"),
]

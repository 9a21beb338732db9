"""THIRTY-FIFTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 35, which
scores the guard of round 34), and independently of the guard: the author
did not open, read, search or run anything under bot/ (bot/confidentiality/
included) or scripts/, did not run the guard, bench/guard_eval.py or any
test that imports or runs the guard, did not read git log messages,
bench/README.md, README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or diffs of any commit, and did
not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_34.py.  No slip of these rules occurred.
What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_34.py only (printed up to its
closing triple quote, for the format description, the provenance wording,
the labelling conventions and its list of settings, countries and name
cultures, so that this set's differ where possible; none of its cases),
the first 25 lines of tests/bot/confidentiality/sets/locked_set_13.py (its
docstring) and its last three lines (two snippets, for the file format;
none of their sentences was copied), the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of
that file), and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  The only test run was
test_locked_sets.py; ruff was run on this file and on that test file.

How it was made: every snippet was written by hand, under a tight time
limit, as a consultation request or a chat message to peers in a
therapists' consultation group, in Bolivia, Ecuador, Colombia, Panama,
Costa Rica, Cuba, the Dominican Republic, Puerto Rico, Belize, Suriname,
Guyana, Barbados, Brazil (Pernambuco, Ceará, Pará), Portugal and the
Azores, Galicia, Andalusia, the Canary Islands, Brittany, Réunion,
Luxembourg, Bavaria, the Rhineland, Hungary, Romania, Moldova, Ukraine,
Belarus, Latvia, Serbia, Montenegro, North Macedonia, Bulgaria, Greece
and Crete, Turkey, Georgia, Armenia, Azerbaijan, Kazakhstan, Tajikistan,
Lebanon, Syria and Jordan's camps, Israel, Egypt, Sudan, South Sudan,
Ethiopia, Eritrea, Somalia, Djibouti, Oman, Bahrain, Yemen, Iraq
(Kurdistan), Iran, Libya, Mauritania, the Sahrawi camps, Afghanistan,
Myanmar and the Thai border, Laos, Indonesia and Bali, Timor-Leste,
Taiwan, Macau, Assam, Punjab, Tamil Nadu, Goa, Odisha, West Bengal,
Kerala, the Maldives, Papua New Guinea, the Solomon Islands, Vanuatu,
the Cook Islands, Cameroon, Gabon, the DRC, Congo-Brazzaville, the
Central African Republic, Angola, Namibia, Malawi, Madagascar, Benin,
Togo, Burkina Faso, Mali, Niger, Sierra Leone, Liberia, Côte d'Ivoire,
Cape Verde, Eswatini, Burundi, Alaska, Maine, Montana, Kentucky, New
Mexico, Minnesota, California, Washington, Ohio, Illinois, Texas,
Pennsylvania, Nova Scotia, Newfoundland, the Yukon, Tasmania, the
Northern Territory, Queensland, Victoria, New South Wales, Wales,
Northern Ireland, Shetland, Cornwall, Yorkshire, Cumbria, the Isle of
Man, Jersey, Andorra, Malta, San Marino, Monaco, Liechtenstein, Åland,
Svalbard, Ibiza, Czechia, Poland, Croatia, Austria, Belgium, the
Netherlands, Russia, Malaysia, Uzbekistan, the Philippines, Kenya, Ghana,
Nigeria, South Africa, Aotearoa New Zealand, Ireland and Sweden: formal
referral notes, rushed lower-case chat (four snippets write the names
and places in lower case), asides with false starts and corrections (a
first place or date given and then corrected, both labelled), longer
narrative requests with the identifiers mid-sentence, and one-liners.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set35work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, measured the clean
density and wrote this file.
While writing, identifier snippets were reworded as follows: notes the
author had left to himself in about twenty places (remarks on which
countries or settings set 34 had used, second thoughts about a name or a
plate, and one e-mail address at a real provider) were cut, with the
unlabelled names those notes held; about two dozen city and county names
that had been left unlabelled were labelled; a mass-shooting anniversary that
would have pointed to one congregation was made vaguer; seven IP
addresses and one date were added to existing snippets to reach the
category minimum; and in a last review two corrected dates that had
been left unlabelled after a false start were labelled.  In the clean snippets, unsure statements about a
regulator's approval, an insurer's forms, a college's name, a
conference's date, critics' affiliations, a charity's resources, CE
credits, a programme's measures, a society's meeting, a journal and
trial report, funding, toolkits, a report's month, a scale's authorship,
renewal months, licensing changes, paediatric guidance, training
materials, pastoral guidance, an FAQ, a software vendor, validation
lists, a closed medicines service, a research unit's use of a
questionnaire, an institute's course, a drug's recall and a
questionnaire's translation were cut or made vaguer, and a hospital and
a city named in two clean snippets were cut.
Overlap with the other sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: over ninety values in the
first round (mostly places, with 11 names, 11 ages over 89 and 2 ZIP codes; names were given
longer or rarer surnames, places other invented places or more
particular ones, and several cities were unlabelled by writing
the country or state instead), then 13 values (5 ages, 7 places and a
name) in a second round, then one IP address twice; the last pass found
nothing.

Settings (chosen to differ from set 34's): postpartum psychosis and
perinatal loss, IVF failure, ARFID, binge eating, anorexia in a dancer,
insulin omission, gaming disorder, sextortion, doxxing, online
radicalisation, cyberbullying, stalkerware, crypto and loan-shark debt,
microfinance, gambling on cricket and in a casino, khat, heroin, opioids,
methadone, cocaine on yachts, cannabis psychosis, alcohol, first-episode
psychosis, bipolar disorder on lithium, schizophrenia and clozapine,
late-diagnosed ADHD and autism, dyslexia, school refusal, bride
kidnapping, forced marriage, FGM, sorcery accusations, attacks on people
with albinism, statelessness, deportation, unaccompanied minors,
internally displaced families, earthquakes, floods, lava, cyclones,
wildfires and a port blast, sea-level relocation, landmines, torture and
captivity, war widows, disappeared sons, a judge, an interpreter, a
content moderator, an air traffic controller, an air-ambulance pilot, a
seafarer, a ferry deckhand and engineer, an oil-rig medic, a tram, bus
and Uber driver, a motorcycle courier and motorbike taxi, a croupier and
a casino dealer, a yacht crew member, a ski instructor, a wrestler, a
marathoner, a pelotero, an actor, musicians, a TT marshal, a beekeeper, a
vanilla farmer, weavers, a seamstress, miners (coal, uranium, silver),
loggers, lobstermen and fishermen, cane, apple, dairy, cotton and
vineyard farmers, clergy of several faiths (an imam, a nun, a monk, a
rabbi, a pastor, yeshiva scrupulosity), a PhD student, a call-centre
worker, a sex worker, a homeless man, divorce, infidelity, adoption
reunion, foster and kinship care, dementia caregiving, centenarian grief
and late-life depression, hospice, chronic fatigue, endometriosis,
menopause, type 1 diabetes, cancer scanxiety, stroke aphasia, multiple
sclerosis, Huntington's testing, deafness, blindness, dwarfism, a cleft
lip, epilepsy and VNS, Parkinson's DBS, cochlear implants, spinal injury
and amputation; with local identifier formats for a Colombian and an
Ecuadorian cédula, a Suriname ID, Luxembourg matricule, Romanian CNP,
Montenegrin JMBG, Kazakh IIN, Omani civil number, Thai pink card,
Taiwanese ARC, Macau BIR, Aadhaar, Maldivian ID, Cameroonian ID, Cuban
carné, Brazilian CPF, Yukon status card, Manx number, Maltese ID,
Latvian non-citizen passport, Philippine SSS, Irish PPSN and
Mauritanian NNI (ssn); hospital, clinic, school, IVF, genetic-test,
student, placement, camp and adoption numbers (medical_record); TAJ,
Kupat Holim, BPJS, Medicaid, MCP, Medicare, SISBEN, CCSS, CASS, SHA, SUS,
Liechtenstein, Czech and Dutch insurers (health_plan); FEMA, UNHCR, IOM,
Red Cross, NGO, CONASUR and FCN case numbers, IBANs, bank, SASSA,
Centrelink, pension and microfinance accounts, an insurance claim, a
court case and a dance-company ID (account); dental, nursing, pilot,
ATCO, interpreter, offshore, seafarer, percebes, vanilla, beekeeping,
baseball, athletics, wrestling, Equity, electrician and driving
licences (licence); plates from Togo, Bavaria, Maine, Queensland, New
Mexico, Minnesota, Washington, California, Vietnam, Gauteng and Iran, a
Belizean boat, an IMO number, an MMSI and a Philippine vessel
registration (vehicle); hearing aids, cochlear implants, a videophone,
an insulin pump, a CGM, a VNS and a DBS stimulator, a wheelchair, two
prostheses, laptops and access cards (device); addresses written the
local way (a Puerto Rican calle and urbanización, an Italian via with a
SAE module, a Polish ulica with flat and an osiedle, a German Straße, a
Spanish calle, a Colombian carrera, a Brazilian rua, Rohingya, Syrian,
Sahrawi and South Sudanese camp blocks, a Libyan shari', a Turkish
container city, US, Australian, Cornish and Irish streets) with postal
codes of those countries, IPv4 (public and private) and IPv6 addresses,
URLs (blogs, a school club page, social profiles, a forum, a scam site
and a YouTube and a Twitch channel) and phone and fax numbers in local
and international formats.

364 snippets, 207 with identifiers and 157 clean (lengths 40-520, the
test's bounds). Every pattern category appears at least 12 times (the test
requires 12): date 15, age_over_89 17, phone 29, fax 14, email 20, url 13,
ip_address 13, ssn 23, medical_record 29, health_plan 15, account 23,
licence 19, vehicle 15, device 14, street_address 24, zip_code 14; with 209
names and 227 places smaller than a state (the test requires 209 and 227).

Names: Aymara, Quechua and Kichwa, Afro-Ecuadorian, Colombian, Panamanian
and Guna, Costa Rican, Cuban, Dominican and Dominican-Haitian, Puerto
Rican, Garifuna, Surinamese Hindustani, Guyanese, Bajan, Brazilian and
Tembé, Portuguese and Azorean, Galician, Andalusian Gitano, Catalan,
Maltese, Sammarinese, Monégasque, Liechtensteiner, Breton, French,
Réunionnais, Luxembourgish, Bavarian, Rhineland German, Hungarian Roma,
Romanian, Moldovan, Ukrainian, Belarusian, Latvian and Russian-speaking
Latvian, Serbian, Montenegrin, Albanian-Macedonian, Pomak, Greek and
Cretan, Turkish, Kurdish, Georgian, Armenian, Azerbaijani, Kazakh,
Tajik, Uzbek, Lebanese, Syrian, Israeli Haredi and American Jewish,
Coptic Egyptian, Sudanese, South Sudanese (Nuer), Ethiopian, Eritrean,
Somali, Afar, Omani, Bahraini, Yemeni, Yazidi, Iranian, Libyan,
Mauritanian, Sahrawi, Afghan, Rohingya, Burmese, Thai, Lao, Indonesian,
Balinese, Timorese, Taiwanese, Macanese, mainland Chinese, Adivasi,
Punjabi Sikh, Tamil, Goan, Odia, Bengali, Malayali, Maldivian, Papua New
Guinean, Solomon Islander, ni-Vanuatu, Cook Islands Māori, Māori,
Cameroonian, Gabonese, Congolese, Angolan, Himba, Malawian, Malagasy,
Fon, Ewe, Mossi, Bambara, Hausa, Sierra Leonean, Kpelle, Baoulé, Cape
Verdean, Swazi, Burundian, Kikuyu, Kalenjin, Akan, Igbo, Yoruba, Sotho,
Zulu, Filipino, Yup'ik, Diné, Southern Tutchone, Aboriginal Australian,
Italian-Australian, Maine, Appalachian, Montana German,
African American, Mexican American, Somali American, Cape Breton
Scottish, Newfoundland Irish, Welsh, Northern Irish and Irish-language,
Shetland, Cornish, Manx, Jersey, Yorkshire and Cumbrian English, Åland
Swedish, Norwegian, Swedish, Czech, Polish, Dutch, Flemish, Croatian,
Malaysian Malay and Russian names; lower-case names, hyphenated and
multi-part names, titles and honorifics (Mr, Sr., Sheikh, Phra, Mama,
Ko, Hajjah, Révérend, Her Honour), a working name beside a legal name,
and two names in one snippet.
Places: invented towns, villages, polders, hollows, sitios, aldeias,
barrios, urbanizaciones, settlements, camps and camp villages,
telep, mahallas, ciems, subdivisions, estates, extensions,
sections and communities, a Navajo chapter, a convent, a wat, a college
hostel, a dental clinic, care homes and a Haus, a BPO park, a harbour,
city districts and suburbs (some real), islands
and island villages, and places after street addresses.

Clean snippets follow the spec of the issue this set measures: clean
clinical prose DENSE with capitalised non-identifiers - drug brand and
generic names, scales and questionnaires, therapy models and their
founders, cited authors and books (real, published works only),
guidelines and acts, diagnoses, weekdays, months and holidays (religious
and national festivals included; never a person's date), professional
bodies, regulators, charities, helplines, insurers and payers, EAP
providers, billing codes, telehealth and wellbeing apps, universities,
conferences, states, countries, nationalities, religions and languages,
and sentence-initial words.  Nothing in a clean snippet identifies a
client, and no private person or place smaller than a state is named
(cities appear only inside the names of universities, a health
authority, a publisher, a centre and a scale, and a hospital only inside
the names of prescribing guidelines and a family-therapy model; a
hospital, a city and a city's research tradition were cut in a last
review).
Capitalised-word density, computed by the author's own script on this file:
words starting with a capital letter that are not the first word of the
snippet or of a sentence (after . ! or ?, skipping opening quotes and
brackets), excluding the pronoun I and its contractions, number 1695 in the
157 clean snippets, a mean of 10.8 per clean snippet (median 11, minimum 2,
maximum 20), a little above the 6-10 asked for; counting only words with at
least one lower-case letter (no all-capitals acronyms such as CBT or PHQ-9)
the mean is 9.6.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made
up; a few real districts, suburbs, towns, camps and streets are used only
as places; the other named clinics, care homes, schools, workplaces and
settlements are invented.  Real public figures, authors and therapy
founders appear only in clean snippets, as the authors of models and
books, and are not labelled.
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, *expected: tuple[str, str]) -> EvalCase:
    return EvalCase(text, list(expected))


LOCKED35_CASES: list[EvalCase] = [
    C('Consult please: Wilmer Quispe Mamani, Chimoré Bajo cocalero family, panic after a road blockade, DOB 07/08/1981, phone +591 7 341 2290. Any Aymara-speaking colleagues?', ('name', 'Wilmer Quispe Mamani'), ('place', 'Chimoré Bajo'), ('date', '07/08/1981'), ('phone', '+591 7 341 2290')),
    C('Seeking supervision on postpartum psychosis: Thalía Corozo Bone, Barrio La Concordia in Esmeraldas, discharged 3 ottobre 2025... sorry, 3 October 2025, born 22-I-1996, record HSV-ESM-448127.', ('name', 'Thalía Corozo Bone'), ('place', 'Barrio La Concordia'), ('place', 'Esmeraldas'), ('date', '3 ottobre 2025'), ('date', '3 October 2025'), ('date', '22-I-1996'), ('medical_record', 'HSV-ESM-448127')),
    C('quick one - jhon fredy rentería from vereda el tambor, ex-combatant in a reintegration programme, nightmares again. cédula 1.077.452.983. can anyone cover thursdays?', ('name', 'jhon fredy rentería'), ('place', 'vereda el tambor'), ('ssn', '1.077.452.983')),
    C('Referral: Yaritza Pinzón de Arosemena, 34, dental hygienist at Clínica Dental Arraiján Norte, needle phobia after an assault. Licence CSS-HIG-20871, fax +507 262-8814.', ('name', 'Yaritza Pinzón de Arosemena'), ('place', 'Clínica Dental Arraiján Norte'), ('licence', 'CSS-HIG-20871'), ('fax', '+507 262-8814')),
    C("I'm seeing a Cuban-American grandmother, Caridad Batista Lugo, ninety-three years young as she says, at 2217 SW 9th Terrace, Coral Way Palms, 33144; she hoards letters from a son who left in 1980.", ('name', 'Caridad Batista Lugo'), ('age_over_89', 'ninety-three years young'), ('street_address', '2217 SW 9th Terrace'), ('place', 'Coral Way Palms'), ('zip_code', '33144')),
    C('Ex-pelotero with concussion history, Yunior Marte Polanco, Los Alcarrizos, Dominican league card LIDOM-ATH-5521; wife texts from marte.yuni84@correo-quisqueya.do. Anger outbursts, impulsivity.', ('name', 'Yunior Marte Polanco'), ('place', 'Los Alcarrizos'), ('licence', 'LIDOM-ATH-5521'), ('email', 'marte.yuni84@correo-quisqueya.do')),
    C('Puerto Rico colleagues: Nilsa Ocasio Vélez, post-Maria flood trauma, Calle Begonia 14, Urb. Monte Brisas, 00754; FEMA claim FEMA-4339-118842 still open.', ('name', 'Nilsa Ocasio Vélez'), ('street_address', 'Calle Begonia 14'), ('place', 'Urb. Monte Brisas'), ('zip_code', '00754'), ('account', 'FEMA-4339-118842')),
    C('Belizean fisherman, Cleon Arzu, Garifuna, lives on Hopkins Village beachfront, boat reg BZ-STC-0417. Lost his brother at sea in April, drinks heavily since.', ('name', 'Cleon Arzu'), ('place', 'Hopkins Village'), ('vehicle', 'BZ-STC-0417')),
    C('Suriname: Ravish Ramkhelawan from Longmay polder, ADHD diagnosed at 41, ID FB 224178. His email ravish.rk@sranmail.sr. Advice on late-diagnosis grief?', ('name', 'Ravish Ramkhelawan'), ('place', 'Longmay polder'), ('ssn', 'FB 224178'), ('email', 'ravish.rk@sranmail.sr')),
    C("Guyana consult - Shondell Fraser-Persaud, 19, Bartica gold-mining family, cutting, school BSS-2024-0871. Mother's phone +592 455 2076.", ('name', 'Shondell Fraser-Persaud'), ('place', 'Bartica'), ('medical_record', 'BSS-2024-0871'), ('phone', '+592 455 2076')),
    C('bajan client kerwin alleyne, silver sands gap, lost job at the fish market after a fight. gambling on cricket. BNB acct 0019-447281 emptied. what do i do first?', ('name', 'kerwin alleyne'), ('place', 'silver sands gap'), ('account', 'BNB acct 0019-447281')),
    C('Brazil (Pernambuco): Josinete da Silva Bezerra, Brasília Teimosa, sex worker leaving the trade, HIV+, SUS... sorry, the clinic number CTA-REC-73301, Rua Arabaiana 58, 51010-140.', ('name', 'Josinete da Silva Bezerra'), ('place', 'Brasília Teimosa'), ('medical_record', 'CTA-REC-73301'), ('street_address', 'Rua Arabaiana 58'), ('zip_code', '51010-140')),
    C('Portuguese colleague here. Client Albertina Rosário Pimentel, noventa e seis anos (96), widow in Aldeia de Xisto do Piódão, recurrent grief after fires; neighbour calls from +351 235 731 902.', ('name', 'Albertina Rosário Pimentel'), ('age_over_89', 'noventa e seis anos'), ('place', 'Aldeia de Xisto do Piódão'), ('phone', '+351 235 731 902')),
    C("Galician fisherman's widow Manuela Outeiral Piñeiro, O Grove, Percebes licence GAL-PERC-0338. Prolonged grief, says the sea owes her.", ('name', 'Manuela Outeiral Piñeiro'), ('place', 'O Grove'), ('licence', 'GAL-PERC-0338')),
    C("Brittany: Yann-Erwan Le Goff, Tréboul-Plomarc'h cannery worker, hearing aids Phonak Audéo SN 2341K8QX. He refuses group therapy because he can't follow conversations.", ('name', 'Yann-Erwan Le Goff'), ('place', "Tréboul-Plomarc'h"), ('device', 'Phonak Audéo SN 2341K8QX')),
    C('Luxembourg referral for Mireille Kieffer-Hoscheit, bank compliance officer at Kirchberg, burnout, matricule 1979 0314 128 46, sick note dated 2025-11-04.', ('name', 'Mireille Kieffer-Hoscheit'), ('place', 'Kirchberg'), ('ssn', '1979 0314 128 46'), ('date', '2025-11-04')),
    C('Bavaria - Korbinian Niedermaier, dairy farmer near Frasdorf, tractor RO-KN 1976. Depression after his barn burned. He only wants to talk in the cowshed.', ('name', 'Korbinian Niedermaier'), ('place', 'Frasdorf'), ('vehicle', 'RO-KN 1976')),
    C('Hungarian Roma mother Erzsébet Lakatos, Ózd-Hétes telep, son in state care. TAJ number 042 318 776. How do I make a sibling-contact letter trauma-informed?', ('name', 'Erzsébet Lakatos'), ('place', 'Ózd-Hétes telep'), ('health_plan', '042 318 776')),
    C('Romania: Ionuț-Valentin Drăgulescu, 27, Pata Rât settlement, gaming disorder. CNP 1980617124587. His Steam-style handle is on https://forum-gamerii.ro/u/ionutvd97.', ('name', 'Ionuț-Valentin Drăgulescu'), ('place', 'Pata Rât'), ('ssn', '1980617124587'), ('url', 'https://forum-gamerii.ro/u/ionutvd97')),
    C('Moldovan labour migrant, Vasile Ciobanu, back from Italy to Cărpineni, alcohol and shame. Phone +373 69 428 115. Wife left him in mai 2025... May 2025, sorry. He joins video from 178.168.41.200.', ('name', 'Vasile Ciobanu'), ('place', 'Cărpineni'), ('phone', '+373 69 428 115'), ('date', 'mai 2025'), ('date', 'May 2025'), ('ip_address', '178.168.41.200')),
    C('Ukrainian IDP Oksana Hnatiuk, from Vovchansk, now in Uzhhorod shelter bed 14, intrusive images after shelling; UNHCR UKR-25-C04471.', ('name', 'Oksana Hnatiuk'), ('place', 'Vovchansk'), ('place', 'Uzhhorod'), ('account', 'UKR-25-C04471')),
    C('Latvian: Ilze Bērziņa-Kalniņa, Dārzciems block 7, binge eating in a 50-year-old dentist, dental licence LZB-ZĀ-4417. Email ilze.bk@zobi-riga.lv.', ('name', 'Ilze Bērziņa-Kalniņa'), ('place', 'Dārzciems'), ('licence', 'LZB-ZĀ-4417'), ('email', 'ilze.bk@zobi-riga.lv')),
    C('Serbian client Dragoljub Stevanović, 91 yrs 2 mos old, Sremski Karlovci, grieving his wine cellar lost to flood. Daughter: +381 21 881 330.', ('name', 'Dragoljub Stevanović'), ('age_over_89', '91 yrs 2 mos'), ('place', 'Sremski Karlovci'), ('phone', '+381 21 881 330')),
    C('Montenegro: Milena Radonjić, Cetinje, schoolteacher with panic on classroom days; JMBG 1504987215013. Suggestions for an interoceptive exposure plan?', ('name', 'Milena Radonjić'), ('place', 'Cetinje'), ('ssn', '1504987215013')),
    C('North Macedonia - Elmaz Ramadani, Čair in Skopje, bride kidnapping threat at 17. School record OU-CAIR-2209. Safety planning advice.', ('name', 'Elmaz Ramadani'), ('place', 'Čair'), ('place', 'Skopje'), ('medical_record', 'OU-CAIR-2209')),
    C('Bulgarian Pomak Fatme Hadzhieva, Ribnovo, forced marriage, fled to the capital. Her case with an NGO is NGO-BG-SH-3381.', ('name', 'Fatme Hadzhieva'), ('place', 'Ribnovo'), ('account', 'NGO-BG-SH-3381')),
    C('Greek island ferry engineer Stavros Kalogeropoulos, Ano Syros, seasickness turned into agoraphobia. Vessel IMO 9238471. Fax from the shipping company: +30 22810 88301.', ('name', 'Stavros Kalogeropoulos'), ('place', 'Ano Syros'), ('vehicle', 'IMO 9238471'), ('fax', '+30 22810 88301')),
    C('Turkey: Zeynep Kılıçaslan, earthquake survivor, Antakya Armutlu Mahallesi, container city, tent Konteyner Kent Blok C-112. Survivor guilt, insomnia.', ('name', 'Zeynep Kılıçaslan'), ('place', 'Antakya Armutlu Mahallesi'), ('street_address', 'Konteyner Kent Blok C-112')),
    C("Georgian wrestler Levan Tsotskhalashvili, Kvareli, weight cutting and bulimia. Federation licence GWF-2025-0718. His coach won't allow him to see anyone.", ('name', 'Levan Tsotskhalashvili'), ('place', 'Kvareli'), ('licence', 'GWF-2025-0718')),
    C('Armenian: Anahit Ghukasyan, displaced from Artsakh to Masis, insomnia, refugee card ARM-RS-2023-45512. phone +374 93 418 227.', ('name', 'Anahit Ghukasyan'), ('place', 'Masis'), ('account', 'ARM-RS-2023-45512'), ('phone', '+374 93 418 227')),
    C('Azerbaijani carpet weaver Gülnar Məmmədova, Quba, hand tremor, shame, disability pension DSMF-55107382.', ('name', 'Gülnar Məmmədova'), ('place', 'Quba'), ('account', 'DSMF-55107382')),
    C('Kazakh miner Nurlan Zhaksylykov, Shakhtinsk, methane explosion survivor, IIN 820415301227. Flashbacks underground. Exposure safely possible?', ('name', 'Nurlan Zhaksylykov'), ('place', 'Shakhtinsk'), ('ssn', '820415301227')),
    C('Tajik migrant mother Mavjuda Sharipova, Vahdat, husband in Russia stopped sending money. Depression, 5 kids. Her phone +992 93 550 4187.', ('name', 'Mavjuda Sharipova'), ('place', 'Vahdat'), ('phone', '+992 93 550 4187')),
    C('Lebanese: Rima Haddad-Khoury, Karantina beside the port, blast survivor, cochlear implant MED-EL SN 74418-A. Tinnitus-free but the sound of glass triggers her.', ('name', 'Rima Haddad-Khoury'), ('place', 'Karantina'), ('device', 'MED-EL SN 74418-A')),
    C('Syrian dentist Tariq Al-Hamwi resettled near Mrajeeb al-Fhood... actually Azraq camp, Village 5, shelter Block 12 Plot 31; UNHCR 945-18C04182. Moral injury about patients he left.', ('name', 'Tariq Al-Hamwi'), ('place', 'Mrajeeb al-Fhood'), ('place', 'Azraq camp'), ('place', 'Village 5'), ('street_address', 'Block 12 Plot 31'), ('account', '945-18C04182')),
    C('Israeli ultra-Orthodox yeshiva student Yisroel Meir Grosskopf, Beitar Illit, OCD scrupulosity, kupat holim Meuhedet 3318-40-227. Rabbi involved with consent.', ('name', 'Yisroel Meir Grosskopf'), ('place', 'Beitar Illit'), ('health_plan', 'Meuhedet 3318-40-227')),
    C('Egyptian: Mariam Boutros Shenouda, Coptic, Manshiyat Naser recycling district, 15, selective eating (ARFID). School file MNS-EDU-7719.', ('name', 'Mariam Boutros Shenouda'), ('place', 'Manshiyat Naser'), ('medical_record', 'MNS-EDU-7719')),
    C('Sudanese refugee Awadia Osman Ibrahim, Cairo, previously El Geneina, rape survivor, UNHCR 505-22C11873. She speaks Masalit mostly.', ('name', 'Awadia Osman Ibrahim'), ('place', 'Cairo'), ('place', 'El Geneina'), ('account', '505-22C11873')),
    C("Ethiopian marathoner Tigist Bekele Wolde, Bekoji, RED-S excluded - it's perfectionism and self-harm; athletics ID EAF-LR-44182.", ('name', 'Tigist Bekele Wolde'), ('place', 'Bekoji'), ('licence', 'EAF-LR-44182')),
    C("Eritrean asylum seeker Filmon Tesfamariam, crossed via Libya, now at Via Cavour 221, Crotone, 88900. He can't sleep below deck-level rooms.", ('name', 'Filmon Tesfamariam'), ('street_address', 'Via Cavour 221'), ('place', 'Crotone'), ('zip_code', '88900')),
    C('Somali: Hodan Cali Warsame, Hodan District Mogadishu... confusingly same name, FGM sequelae and PTSD. Her WhatsApp +252 61 558 2014.', ('name', 'Hodan Cali Warsame'), ('place', 'Hodan District'), ('place', 'Mogadishu'), ('phone', '+252 61 558 2014')),
    C('Djibouti port worker Houmed Ali Daoud, khat dependence, Balbala, employer ID PAID-DJ-31172. Family wants a religious cure.', ('name', 'Houmed Ali Daoud'), ('place', 'Balbala'), ('account', 'PAID-DJ-31172')),
    C('Omani: Salim bin Hamad Al-Wahaibi, Ibra, camel racing trainer, gambling debts, civil number 08817453.', ('name', 'Salim bin Hamad Al-Wahaibi'), ('place', 'Ibra'), ('ssn', '08817453')),
    C('Bahrain IVF case - Fatima Ebrahim Al-Aradi, Sitra, four failed cycles, IVF number BDF-IVF-10482. Husband threatening a second wife.', ('name', 'Fatima Ebrahim Al-Aradi'), ('place', 'Sitra'), ('medical_record', 'BDF-IVF-10482')),
    C('Afghan woman judge Shabnam Rahimi, evacuated via a US base in Germany, then settled at Rüdesheimer Str. 17, Wiesbaden-Biebrich, 65203. Survivor guilt about colleagues left behind.', ('name', 'Shabnam Rahimi'), ('street_address', 'Rüdesheimer Str. 17'), ('place', 'Wiesbaden-Biebrich'), ('zip_code', '65203')),
    C('Rohingya teen Nur Kayas, Kutupalong Camp 2W, block Block B-11, Shelter 304, panic during monsoon floods. FCN FCN-1382447.', ('name', 'Nur Kayas'), ('place', 'Kutupalong Camp 2W'), ('street_address', 'Block B-11, Shelter 304'), ('account', 'FCN-1382447')),
    C('Myanmar: Ko Thet Naing Oo, former teacher, CDM striker, hiding in Ban Mae Ku Luang. Thai pink card 0-0063-40117-22-8. Despair after arrest of his students.', ('name', 'Ko Thet Naing Oo'), ('place', 'Ban Mae Ku Luang'), ('ssn', '0-0063-40117-22-8')),
    C("Lao silk weaver Phonesavanh Sayavong, Ban Phanom, 91 rainy seasons, daughter asks about late-life depression. Daughter's email phone.say@laomail.la.", ('name', 'Phonesavanh Sayavong'), ('place', 'Ban Phanom'), ('age_over_89', '91 rainy seasons'), ('email', 'phone.say@laomail.la')),
    C('Indonesian content moderator Dewi Ayu Lestari, Cipete Selatan in Jakarta, secondary trauma. Office access card AC-JKT-0398-22. Company EAP useless; her telehealth logs show 114.124.207.33.', ('name', 'Dewi Ayu Lestari'), ('place', 'Cipete Selatan'), ('place', 'Jakarta'), ('device', 'AC-JKT-0398-22'), ('ip_address', '114.124.207.33')),
    C("Balinese client Ni Luh Putu Sukarini, Desa Sidemen, postnatal depression, BPJS 0001357288164. Husband's phone +62 812-3744-9021.", ('name', 'Ni Luh Putu Sukarini'), ('place', 'Desa Sidemen'), ('health_plan', '0001357288164'), ('phone', '+62 812-3744-9021')),
    C('Timor-Leste: Maria Guterres da Costa, Aldeia Becora, mother of a disappeared son since 1999 - still waiting. Her clinic card HNGV-2231-TL.', ('name', 'Maria Guterres da Costa'), ('place', 'Aldeia Becora'), ('medical_record', 'HNGV-2231-TL')),
    C('Taiwanese engineer Lin Pei-Syuan, Zhubei near the science park, 70-hour weeks, ARC A227361948. Insomnia, considering leaving. His VPN exit was 61.218.77.140 when he joined the session.', ('name', 'Lin Pei-Syuan'), ('place', 'Zhubei'), ('ssn', 'A227361948'), ('ip_address', '61.218.77.140')),
    C("Macau casino dealer Wong Ka-Lok, Taipa, night shift, gambling himself; BIR 1231458(7). How do you treat a dealer who can't leave the floor?", ('name', 'Wong Ka-Lok'), ('place', 'Taipa'), ('ssn', '1231458(7)')),
    C('Chinese international student Zhang Xinyi, lives at 48 Grattan Street, Princes Hill, 3053, pressure from parents in Hunan. Student number UOM-1284471, logs in from 49.204.118.63.', ('name', 'Zhang Xinyi'), ('street_address', '48 Grattan Street'), ('place', 'Princes Hill'), ('zip_code', '3053'), ('medical_record', 'UOM-1284471'), ('ip_address', '49.204.118.63')),
    C('Assam tea garden worker Lakhi Munda, Dibrugarh Bogapani estate, alcohol and domestic violence. Aadhaar 5829 4417 0362.', ('name', 'Lakhi Munda'), ('place', 'Dibrugarh'), ('ssn', '5829 4417 0362')),
    C('Punjab: Harsimrat Kaur Dhaliwal, Dharamkot Kalan, IELTS failure and shame, wanted Canada. Phone +91 98140 22731. Family calls it laziness.', ('name', 'Harsimrat Kaur Dhaliwal'), ('place', 'Dharamkot Kalan'), ('phone', '+91 98140 22731')),
    C('Tamil Nadu weaver Selvi Murugesan, Kanchipuram, debt spiral; microfinance loan MFI-KPM-77410. Passive suicidal thoughts.', ('name', 'Selvi Murugesan'), ('place', 'Kanchipuram'), ('account', 'MFI-KPM-77410')),
    C("Goan seafarer Joaquim Braganza, Chinchinim, stranded on a ship for 11 months; CDC MUM 284411. Panic since he's back.", ('name', 'Joaquim Braganza'), ('place', 'Chinchinim'), ('licence', 'MUM 284411')),
    C('Odisha cyclone survivor Sabitri Behera, Ersama, 101 monsoons old by her own count, memories of 1999 cyclone flood back. Grandson: +91 94370 55218.', ('name', 'Sabitri Behera'), ('place', 'Ersama'), ('age_over_89', '101 monsoons'), ('phone', '+91 94370 55218')),
    C("Maldives: Aishath Shiuna, Hulhumalé Phase 2, heroin use in her brother, she's the carer. ID A318825.", ('name', 'Aishath Shiuna'), ('place', 'Hulhumalé Phase 2'), ('ssn', 'A318825')),
    C("Papua New Guinea - Kila Wari, Hohola, accused of sorcery after a child's death, beaten. Hospital record POMGH-88213.", ('name', 'Kila Wari'), ('place', 'Hohola'), ('medical_record', 'POMGH-88213')),
    C('Solomon Islands: Jeremiah Tafoa, Auki, ethnic-tension era nightmares, phone +677 744 8213.', ('name', 'Jeremiah Tafoa'), ('place', 'Auki'), ('phone', '+677 744 8213')),
    C('Vanuatu cyclone: Lisiane Kalsakau, Mele Village, house gone, kids anxious. Red Cross registration VRC-PAM-4471.', ('name', 'Lisiane Kalsakau'), ('place', 'Mele Village'), ('account', 'VRC-PAM-4471')),
    C('Cook Islands grandmother Mama Tepaeru Ariki-Tuara, 94 in June, Avarua, loneliness since family moved to New Zealand. Her granddaughter emails tuara.ngaire@rarotongamail.ck.', ('name', 'Mama Tepaeru Ariki-Tuara'), ('age_over_89', '94 in June'), ('place', 'Avarua'), ('email', 'tuara.ngaire@rarotongamail.ck')),
    C('Cameroon anglophone crisis: Ngwa Emmanuel Fru, fled Nkar Mbve, now in Bonaberi, torture survivor. ID CM-118472039.', ('name', 'Ngwa Emmanuel Fru'), ('place', 'Nkar Mbve'), ('place', 'Bonaberi'), ('ssn', 'CM-118472039')),
    C('Gabon: Léa Mba Obiang, Nzeng-Ayong, perinatal loss, hospital CHUL-2025-04471. Her partner refuses to name the baby.', ('name', 'Léa Mba Obiang'), ('place', 'Nzeng-Ayong'), ('medical_record', 'CHUL-2025-04471')),
    C('DRC: Furaha Bahati Mugisho, Kavumu, child survivor of sexual violence, now 19, at Panzi programme. File PZ-SV-9915.', ('name', 'Furaha Bahati Mugisho'), ('place', 'Kavumu'), ('place', 'Panzi'), ('medical_record', 'PZ-SV-9915')),
    C('Congo-Brazzaville pastor Révérend Aimé Nkounkou, Makélékélé, burnout and secret alcohol use. Phone +242 06 614 2290.', ('name', 'Révérend Aimé Nkounkou'), ('place', 'Makélékélé'), ('phone', '+242 06 614 2290')),
    C('Angola: Esperança Kapinga, Cazenga, landmine amputee, prosthesis ICRC-PRO-LUA-5527. Phantom limb pain and depression.', ('name', 'Esperança Kapinga'), ('place', 'Cazenga'), ('device', 'ICRC-PRO-LUA-5527')),
    C('Namibian Ovahimba woman Kaitarara Tjambiru, Opuwo, HIV disclosure to husband; clinic OPW-ART-1182.', ('name', 'Kaitarara Tjambiru'), ('place', 'Opuwo'), ('medical_record', 'OPW-ART-1182')),
    C('Malawi: Chikondi Banda, Area 25 Lilongwe, albinism, attacks on people with albinism, fear for her son. Police case LL-CR-2025-331.', ('name', 'Chikondi Banda'), ('place', 'Area 25'), ('place', 'Lilongwe'), ('account', 'LL-CR-2025-331')),
    C('Madagascar: Hery Rakotomalala, Andravoahangy, vanilla farmer robbed, hypervigilance; vanilla licence MG-VAN-2021-774.', ('name', 'Hery Rakotomalala'), ('place', 'Andravoahangy'), ('licence', 'MG-VAN-2021-774')),
    C('Benin: Sènami Houénou, Cotonou Fidjrossè, Vodun initiation and psychosis debate. Mobile +229 97 66 41 08.', ('name', 'Sènami Houénou'), ('place', 'Cotonou Fidjrossè'), ('phone', '+229 97 66 41 08')),
    C('Togo: Komlan Agbéko, motorbike taxi (zémidjan), Bè Kpota, crash flashbacks, plate TG 4471 AB.', ('name', 'Komlan Agbéko'), ('place', 'Bè Kpota'), ('vehicle', 'TG 4471 AB')),
    C('Burkina Faso IDP Aminata Sawadogo, fled Djibo, now in Pissila, child stopped speaking. Camp registration CONASUR-KY-22418.', ('name', 'Aminata Sawadogo'), ('place', 'Djibo'), ('place', 'Pissila'), ('account', 'CONASUR-KY-22418')),
    C("Mali: Oumar Traoré, Sikasso Médine, cotton farmer's son, school dropout, cannabis psychosis. His brother's email bakary.traore77@malimail.ml.", ('name', 'Oumar Traoré'), ('place', 'Sikasso Médine'), ('email', 'bakary.traore77@malimail.ml')),
    C('Niger uranium miner Issoufou Maman Sani, Arlit, worries about radiation, health anxiety. Company medical COM-ARL-4471.', ('name', 'Issoufou Maman Sani'), ('place', 'Arlit'), ('medical_record', 'COM-ARL-4471')),
    C('Sierra Leone: Fatmata Kamara, Kroo Bay, Ebola orphan, now 22, nursing student, licence SLNMB-2024-0871.', ('name', 'Fatmata Kamara'), ('place', 'Kroo Bay'), ('licence', 'SLNMB-2024-0871')),
    C("Liberia: Musu Flomo, West Point, former child combatant's wife, violence at home. Phone +231 77 551 2203.", ('name', 'Musu Flomo'), ('place', 'West Point'), ('phone', '+231 77 551 2203')),
    C("Côte d'Ivoire: Adjoua Kouamé-Brou, Yopougon Niangon, cocoa cooperative accountant, betting debt, account CI93 0001 4471 2290 0018 4417 221.", ('name', 'Adjoua Kouamé-Brou'), ('place', 'Yopougon Niangon'), ('account', 'CI93 0001 4471 2290 0018 4417 221')),
    C('Cape Verdean returnee Djédjé Tavares Lopes, deported from Massachusetts to Achada Santo António, isolation, police record CV-PN-2209.', ('name', 'Djédjé Tavares Lopes'), ('place', 'Achada Santo António'), ('medical_record', 'CV-PN-2209')),
    C('Eswatini: Sibusiso Dlamini, Lobamba, mourning a cousin killed in 2021 unrest. Fax for the clinic +268 2416 1189.', ('name', 'Sibusiso Dlamini'), ('place', 'Lobamba'), ('fax', '+268 2416 1189')),
    C("Alaska: Agnes Nanouk Sinyon, Yup'ik, Kuskalik, son's suicide in February, village has no road. Clinic YKHC-5527180, phone (907) 757-6214.", ('name', 'Agnes Nanouk Sinyon'), ('place', 'Kuskalik'), ('medical_record', 'YKHC-5527180'), ('phone', '(907) 757-6214')),
    C('Maine lobsterman Hollis Thibodeau, Stonington, opioid use after a winch injury, boat ME 3381 LB. Methadone clinic 2 hrs away.', ('name', 'Hollis Thibodeau'), ('place', 'Stonington'), ('vehicle', 'ME 3381 LB')),
    C("Montana rancher's wife Darlene Kuhlmann, Two Dot, husband died by suicide in calving season. Address 118 Haymaker Rd, 59085.", ('name', 'Darlene Kuhlmann'), ('place', 'Two Dot'), ('street_address', '118 Haymaker Rd'), ('zip_code', '59085')),
    C('Appalachia: Loretta Sizemore, Cutshin Creek hollow, black lung widow, oxycodone in the family, Medicaid KY-MCD-449102718.', ('name', 'Loretta Sizemore'), ('place', 'Cutshin Creek'), ('health_plan', 'KY-MCD-449102718')),
    C('Nova Scotia: Angus MacIsaac, Judique, fiddler with performance anxiety and tremor, fax (902) 787-3390.', ('name', 'Angus MacIsaac'), ('place', 'Judique'), ('fax', '(902) 787-3390')),
    C("Newfoundland: Bernadette Kavanagh, Petty Harbour, cod moratorium father, she's 58 now, still furious. MCP NL 227 418 990 413.", ('name', 'Bernadette Kavanagh'), ('place', 'Petty Harbour'), ('health_plan', 'NL 227 418 990 413')),
    C('Yukon: Dolly Charlie-Smith, Kwanlin Dün, McIntyre subdivision, residential school intergenerational grief. Status card 0850147213.', ('name', 'Dolly Charlie-Smith'), ('place', 'McIntyre subdivision'), ('ssn', '0850147213')),
    C('Tasmania apple orchardist Ruth Pennicott, Geeveston, bushfire anniversary, email ruth.pennicott@hueonmail.com.au. Medicare 4417 22813 6.', ('name', 'Ruth Pennicott'), ('place', 'Geeveston'), ('email', 'ruth.pennicott@hueonmail.com.au'), ('health_plan', '4417 22813 6')),
    C('NT: Jacinta Wurrkidj, Gunbalanya, kinship care of four grandkids, Centrelink CRN 208 441 173K.', ('name', 'Jacinta Wurrkidj'), ('place', 'Gunbalanya'), ('account', 'CRN 208 441 173K')),
    C('Queensland sugar cane farmer Rocco Mammoliti, Ingham, flood loss, ute rego QLD 471 RMF. He laughs through everything he tells me.', ('name', 'Rocco Mammoliti'), ('place', 'Ingham'), ('vehicle', 'QLD 471 RMF')),
    C('Wales: Eirlys Pritchard-Jones, Tanygrisiau, slate mine closure generational depression, NHS BCU 881 447 2290. Welsh-speaking therapist needed.', ('name', 'Eirlys Pritchard-Jones'), ('place', 'Tanygrisiau'), ('medical_record', 'BCU 881 447 2290')),
    C('Northern Ireland: Ciarán Mac Giolla Bhríde, Creggan, Troubles-era son, 28, riot anniversaries, phone 028 7126 4418.', ('name', 'Ciarán Mac Giolla Bhríde'), ('place', 'Creggan'), ('phone', '028 7126 4418')),
    C('Shetland: Magnus Tulloch-Inkster, Hamnavoe on Burra, oil platform worker, two weeks on two off, his wife feels married to a visitor. Licence OPITO-BOSIET-228417.', ('name', 'Magnus Tulloch-Inkster'), ('place', 'Hamnavoe on Burra'), ('licence', 'OPITO-BOSIET-228417')),
    C('Cornwall: Tamsin Penhaligon, Tuckingmill, tin-mining heritage, unemployment, lives at 7 Trevithick Row, TR14 8JQ.', ('name', 'Tamsin Penhaligon'), ('place', 'Tuckingmill'), ('street_address', '7 Trevithick Row'), ('zip_code', 'TR14 8JQ')),
    C('Isle of Man: Juan Quayle, TT marshal who saw a fatal crash, Kirk Michael, Manx number MA 44 17 22 B.', ('name', 'Juan Quayle'), ('place', 'Kirk Michael'), ('ssn', 'MA 44 17 22 B')),
    C('Channel Islands: Marie-Hélène Le Brocq, St Ouen, Jèrriais speaker, 99 ans, elderly loneliness. Phone 01534 482217.', ('name', 'Marie-Hélène Le Brocq'), ('place', 'St Ouen'), ('age_over_89', '99 ans'), ('phone', '01534 482217')),
    C('Spain: Remedios Carmona Heredia, gitana, Las Tres Mil Viviendas in Seville, school refusal in her son, Calle Luis Ortiz Muñoz 22, 41013.', ('name', 'Remedios Carmona Heredia'), ('place', 'Las Tres Mil Viviendas'), ('place', 'Seville'), ('street_address', 'Calle Luis Ortiz Muñoz 22'), ('zip_code', '41013')),
    C('Andorra: Jordi Casal Pujol, ski instructor, Soldeu, ACL tear, identity loss, CASS AD-CASS-77418.', ('name', 'Jordi Casal Pujol'), ('place', 'Soldeu'), ('health_plan', 'AD-CASS-77418')),
    C('Malta: Carmen Grech, Kalafrana, dockyard widow, 92 years and 8 months old, hoarding. ID 0448731M.', ('name', 'Carmen Grech'), ('place', 'Kalafrana'), ('age_over_89', '92 years and 8 months old'), ('ssn', '0448731M')),
    C('San Marino: Luca Gasperoni, Borgo Maggiore, croupier, sleep disorder, email gasperoni.luca@sanmarinonet.sm.', ('name', 'Luca Gasperoni'), ('place', 'Borgo Maggiore'), ('email', 'gasperoni.luca@sanmarinonet.sm')),
    C('Monaco: Sébastien Notari, yacht crew, Fontvieille, cocaine in the industry, yacht MMSI 254471220.', ('name', 'Sébastien Notari'), ('place', 'Fontvieille'), ('vehicle', 'MMSI 254471220')),
    C('Liechtenstein: Ursina Frommelt, Triesenberg, perimenopause and anxiety, insurance FKB 80-55127-3.', ('name', 'Ursina Frommelt'), ('place', 'Triesenberg'), ('health_plan', 'FKB 80-55127-3')),
    C('Belarus exile Aliaksandr Brel, Barysaŭ, protest detention torture, now ul. Kijowska 4 m. 17, Białystok, 15-111.', ('name', 'Aliaksandr Brel'), ('place', 'Barysaŭ'), ('street_address', 'ul. Kijowska 4 m. 17'), ('place', 'Białystok'), ('zip_code', '15-111')),
    C('Latvian Russian-speaker Viktor Soloviov, Ķīmiķu ciems, alcohol and citizenship limbo, non-citizen passport LV-NP-4471822.', ('name', 'Viktor Soloviov'), ('place', 'Ķīmiķu ciems'), ('ssn', 'LV-NP-4471822')),
    C('Azores: Manuel Furtado Medeiros, Rabo de Peixe, fishing village, cocaine washed ashore episode, youth use. School record EBRP-2025-118.', ('name', 'Manuel Furtado Medeiros'), ('place', 'Rabo de Peixe'), ('medical_record', 'EBRP-2025-118')),
    C('Canary Islands: Moussa Diouf, arrived by cayuco to La Restinga, 16, unaccompanied minor, centre Las Raíces camp, module 7. Nightmares of the crossing.', ('name', 'Moussa Diouf'), ('place', 'La Restinga'), ('street_address', 'Las Raíces camp, module 7')),
    C('Crete: Eleni Tzanakaki, Anogeia, vendetta in the family, son threatened. Phone +30 2834 031 882.', ('name', 'Eleni Tzanakaki'), ('place', 'Anogeia'), ('phone', '+30 2834 031 882')),
    C("Åland: Ebba Sjöblom, Föglö, ferry-dependent island, isolation, ninety-seven, nearly ninety-eight. Son's email sjoblom.k@alandsnet.ax.", ('name', 'Ebba Sjöblom'), ('place', 'Föglö'), ('age_over_89', 'ninety-seven, nearly ninety-eight'), ('email', 'sjoblom.k@alandsnet.ax')),
    C('Svalbard: Tor-Erik Hauknes, Longyearbyen mine worker, polar night depression, employee card SNSK-ID 44718.', ('name', 'Tor-Erik Hauknes'), ('place', 'Longyearbyen'), ('device', 'SNSK-ID 44718')),
    C('Colombia (Antioquia): Yésica Alejandra Ospina, Barrio Las Independencias III, brother killed by combo, Cra. 109 #34B-22, SISBEN C4-05001-338811.', ('name', 'Yésica Alejandra Ospina'), ('place', 'Barrio Las Independencias III'), ('street_address', 'Cra. 109 #34B-22'), ('health_plan', 'C4-05001-338811')),
    C('Ecuador: Segundo Chimbo Guamán, Kichwa, Cotacachi community, alcohol, cédula 1002447183. He asks for a yachak alongside me.', ('name', 'Segundo Chimbo Guamán'), ('place', 'Cotacachi'), ('ssn', '1002447183')),
    C('Bolivia mining: Eusebio Choque Condori, Cerro Rico cooperative, Potosí, dread of cave-ins and chewing coca all shift; phone +591 6 622 8814.', ('name', 'Eusebio Choque Condori'), ('place', 'Cerro Rico'), ('place', 'Potosí'), ('phone', '+591 6 622 8814')),
    C('Costa Rica: Ana Lucía Mora Solís, Barrio Otoya Norte, tech startup founder, imposter syndrome, CCSS 1-0884-0712.', ('name', 'Ana Lucía Mora Solís'), ('place', 'Barrio Otoya Norte'), ('health_plan', '1-0884-0712')),
    C('Panama: Kuna elder Olowaili Pérez, Gardi Sugdub island, relocation due to sea level rise, grief. Caregiver fax +507 299-4417.', ('name', 'Olowaili Pérez'), ('place', 'Gardi Sugdub'), ('fax', '+507 299-4417')),
    C('Cuba: Yusleidys Rondón, Centro Habana, building collapse in her block, daughter injured, carné 91082344512.', ('name', 'Yusleidys Rondón'), ('place', 'Centro Habana'), ('ssn', '91082344512')),
    C('Costa Rican banana worker Olman Quirós, Batán, Nemagon exposure and infertility grief. INS claim INS-RT-2211884.', ('name', 'Olman Quirós'), ('place', 'Batán'), ('account', 'INS-RT-2211884')),
    C('Dominican Haitian-descent Soraya Jean-Baptiste Pérez, batey Batey Cuchilla, statelessness, depression. Email sjbp.batey@correo-mail.do.', ('name', 'Soraya Jean-Baptiste Pérez'), ('place', 'Batey Cuchilla'), ('email', 'sjbp.batey@correo-mail.do')),
    C('Brazil: Raimundo Nonato Cajazeiras, Quixeramobim, drought migrant to the south, now back, alcohol. CPF 428.117.503-91.', ('name', 'Raimundo Nonato Cajazeiras'), ('place', 'Quixeramobim'), ('ssn', '428.117.503-91')),
    C('Brazil Amazon: Kunhaĩ Tembé, Aldeia Tekohaw, indigenous youth suicide cluster, SESAI card SUS 704 2204 1188 3327.', ('name', 'Kunhaĩ Tembé'), ('place', 'Aldeia Tekohaw'), ('health_plan', 'SUS 704 2204 1188 3327')),
    C('My supervisee runs a grief group in Sant Antoni de Portmany and one member, Pepa Marí Torres, keeps posting about her late son on https://www.recordantenxavi.blogspot.com/2025/03; should the group set rules about sharing memorial pages?', ('place', 'Sant Antoni de Portmany'), ('name', 'Pepa Marí Torres'), ('url', 'https://www.recordantenxavi.blogspot.com/2025/03')),
    C("Troll harassment case: Kofi Asante-Boateng from Tafo Pankrono runs a mental-health YouTube channel, youtube.com/@kofitalksmind_kumasi, and the abuse comes from the IP 102.176.44.213. He's not sleeping.", ('name', 'Kofi Asante-Boateng'), ('place', 'Tafo Pankrono'), ('url', 'youtube.com/@kofitalksmind_kumasi'), ('ip_address', '102.176.44.213')),
    C('A school counsellor in Sitio Kalinisan asked me about a bullied 14-year-old, Rhian Mae Dizon, whose classmates made a page about her at https://fb.com/groups/rhianmaeexposed. DOB 2011-06-19.', ('place', 'Sitio Kalinisan'), ('name', 'Rhian Mae Dizon'), ('url', 'https://fb.com/groups/rhianmaeexposed'), ('date', '2011-06-19')),
    C("Long one. I've been seeing Dariusz Wnęk for three months; he drives a tram in Mistrzejowice Nowe and since a pedestrian death at the stop near os. Górali 9 he checks the rear-view at every stop. His tablet for the ticket app logged in from 83.27.114.9 at 3am every night - he told me that himself as proof he doesn't sleep.", ('name', 'Dariusz Wnęk'), ('place', 'Mistrzejowice Nowe'), ('street_address', 'os. Górali 9'), ('ip_address', '83.27.114.9')),
    C('Gaming addiction: Tomasz Kühn-Lewicki, 16, Gliwice Sośnica, his Twitch is twitch.tv/tomekgliwice_live, parents cut the router at 192.168.0.14 and he punched a wall.', ('name', 'Tomasz Kühn-Lewicki'), ('place', 'Gliwice Sośnica'), ('url', 'twitch.tv/tomekgliwice_live'), ('ip_address', '192.168.0.14')),
    C('Can someone help me think about Noura El-Khatib? Journalist, Mar Mikhael Nahr, doxxed; her old blog https://nouraecrit.wordpress.com was scraped and her home IP 185.97.92.141 posted on a forum.', ('name', 'Noura El-Khatib'), ('place', 'Mar Mikhael Nahr'), ('url', 'https://nouraecrit.wordpress.com'), ('ip_address', '185.97.92.141')),
    C("Crypto scam victim Hamid Reza Karimpour, Kuy-e Nasr, lost savings through https://bitmaxyield-pro.io/ref/hkarim; he's ashamed to tell his wife. The scam site logged his IP as 5.160.218.47.", ('name', 'Hamid Reza Karimpour'), ('place', 'Kuy-e Nasr'), ('url', 'https://bitmaxyield-pro.io/ref/hkarim'), ('ip_address', '5.160.218.47')),
    C("Saoirse Ní Dhubhghaill from Ros an Mhíl - she's the swimmer, you'll remember - her old club page http://www.cnagaillimhswim.ie/squad/saoirse still lists her times and she reads them at night.", ('name', 'Saoirse Ní Dhubhghaill'), ('place', 'Ros an Mhíl'), ('url', 'http://www.cnagaillimhswim.ie/squad/saoirse')),
    C('sextortion of a 15yo, matías ezequiel soria, villa celina, images from instagram.com/mati.soria.08, police have the IP 190.210.33.87.', ('name', 'matías ezequiel soria'), ('place', 'villa celina'), ('url', 'instagram.com/mati.soria.08'), ('ip_address', '190.210.33.87')),
    C('Online radicalisation worry: Jannik Oberhuber, 17, Wels-Lichtenegg, forum https://nordfront-chat.net/t/jannik_o, from his laptop Lenovo ThinkPad SN PF-3KQ4471.', ('name', 'Jannik Oberhuber'), ('place', 'Wels-Lichtenegg'), ('url', 'https://nordfront-chat.net/t/jannik_o'), ('device', 'Lenovo ThinkPad SN PF-3KQ4471')),
    C("Intimate partner surveillance - Aroha Tipene-Māhuika's ex installed stalkerware; the login IP 2406:e003:1b4:9a00::4f traces to Te Irirangi Heights where he lives.", ('name', 'Aroha Tipene-Māhuika'), ('ip_address', '2406:e003:1b4:9a00::4f'), ('place', 'Te Irirangi Heights')),
    C('Teacher Hélène Vasseur, Roubaix-Alma, posted about burnout on https://profsaboutdesouffle.fr/helene-v and the rectorat found it. Disciplinary. Panic attacks.', ('name', 'Hélène Vasseur'), ('place', 'Roubaix-Alma'), ('url', 'https://profsaboutdesouffle.fr/helene-v')),
    C('Therapist-to-therapist: my client Bram Stevens in Kortrijk-Heule keeps sending me links from his own page bramschrijft.be and his home server 81.83.17.206 shows in my booking logs. Boundaries?', ('name', 'Bram Stevens'), ('place', 'Kortrijk-Heule'), ('url', 'bramschrijft.be'), ('ip_address', '81.83.17.206')),
    C('Dementia caregiver Ingeborg Schäfer-Wendt, mother is ninety-eight in March, at Haus Lindenhof in Meinerzhagen, caregiver burnout, nursing home fax +49 2354 77 41 90.', ('name', 'Ingeborg Schäfer-Wendt'), ('age_over_89', 'ninety-eight in March'), ('place', 'Haus Lindenhof'), ('place', 'Meinerzhagen'), ('fax', '+49 2354 77 41 90')),
    C('Care home in Clonfad Lodge: resident Bridie Fahy, aged one hundred and three years, intermittent delirium, staff want behavioural advice; home fax 090 964 8821.', ('place', 'Clonfad Lodge'), ('name', 'Bridie Fahy'), ('age_over_89', 'one hundred and three years'), ('fax', '090 964 8821')),
    C('Late-life depression, Giuseppina Lo Cascio, centenaria da aprile - 100, Mezzojuso, son abroad. GP fax +39 091 820 4417.', ('name', 'Giuseppina Lo Cascio'), ('age_over_89', 'centenaria da aprile - 100'), ('place', 'Mezzojuso'), ('fax', '+39 091 820 4417')),
    C('Hospice referral: Mr Reginald Ackroyd, 96¾, Heckmondwike, existential distress. Fax 01924 408 227.', ('name', 'Mr Reginald Ackroyd'), ('age_over_89', '96¾'), ('place', 'Heckmondwike'), ('fax', '01924 408 227')),
    C("Retired seamstress Tsvetanka Petrova, age 102, Bankya, refuses food since her daughter's death; the home faxes updates from +359 2 997 4418.", ('name', 'Tsvetanka Petrova'), ('age_over_89', 'age 102'), ('place', 'Bankya'), ('fax', '+359 2 997 4418')),
    C('Centenarian grief: Hajjah Siti Aminah binti Yusof, a hundred and five, Kampung Sungai Baru Dalam, outlived all children.', ('name', 'Hajjah Siti Aminah binti Yusof'), ('age_over_89', 'a hundred and five'), ('place', 'Kampung Sungai Baru Dalam')),
    C("Ekaterina Dmitrievna Volkova, 92 yr 7 mo former ballet teacher, Peredelkino, sleeps all day. Granddaughter's email katya.volk.m@yandex-mail.example.", ('name', 'Ekaterina Dmitrievna Volkova'), ('age_over_89', '92 yr 7 mo'), ('place', 'Peredelkino'), ('email', 'katya.volk.m@yandex-mail.example')),
    C('Wheelchair user Kwabena Darko, Nima, spinal injury from a trotro crash; chair Invacare Küschall SN KX-2209183. Adjustment disorder.', ('name', 'Kwabena Darko'), ('place', 'Nima'), ('device', 'Invacare Küschall SN KX-2209183')),
    C('Insulin pump malfunction trauma: Siobhán Quirke, Mallow Road flats, pump Omnipod DASH PDM 88-4417-CZ. Now she avoids eating.', ('name', 'Siobhán Quirke'), ('place', 'Mallow Road flats'), ('device', 'Omnipod DASH PDM 88-4417-CZ')),
    C('Epilepsy and driving ban: Hemi Waaka, Mangakāhia Valley, VNS device LivaNova SenTiva SN 118427, lost his job as a truckie. Licence DL NZ EF447182.', ('name', 'Hemi Waaka'), ('place', 'Mangakāhia Valley'), ('device', 'LivaNova SenTiva SN 118427'), ('licence', 'DL NZ EF447182')),
    C("Parkinson's DBS patient Arvid Lönnqvist, Rönnskär, stimulator Medtronic Percept PC SN NVE4471220. Impulse control changes, wife upset.", ('name', 'Arvid Lönnqvist'), ('place', 'Rönnskär'), ('device', 'Medtronic Percept PC SN NVE4471220')),
    C('Cochlear implant teen Mirela Kovačević, Novi Zagreb Travno, bullied, processor Nucleus 8 SN 5521-447-08. Wants to stop wearing it. Her school laptop IP 2a02:2f0e:4471:9c00::1b was used to post the abuse.', ('name', 'Mirela Kovačević'), ('place', 'Novi Zagreb Travno'), ('device', 'Nucleus 8 SN 5521-447-08'), ('ip_address', '2a02:2f0e:4471:9c00::1b')),
    C('Bipolar: Demetrius Holloway, Third Ward, lithium clinic HCHD-LI-3318220, phone (713) 552-0974, DOB Feb 29, 1988.', ('name', 'Demetrius Holloway'), ('place', 'Third Ward'), ('medical_record', 'HCHD-LI-3318220'), ('phone', '(713) 552-0974'), ('date', 'Feb 29, 1988')),
    C('Early psychosis: Kavya Nair Menon, 20, engineering student at Sree Chitra college hostel, first episode, admitted 14/09/2025, record KIMS-TVM-201144.', ('name', 'Kavya Nair Menon'), ('place', 'Sree Chitra college hostel'), ('date', '14/09/2025'), ('medical_record', 'KIMS-TVM-201144')),
    C('Schizophrenia and housing: Dale Tsosie, Diné, Beclabito, living in a truck, plate NM NAV 4471. Clozapine bloods missed.', ('name', 'Dale Tsosie'), ('place', 'Beclabito'), ('vehicle', 'NM NAV 4471')),
    C('Car-crash survivor Parisa Yazdani, Ekbatan, hit by a truck, plate 22-345-Ein-12. Driving phobia.', ('name', 'Parisa Yazdani'), ('place', 'Ekbatan'), ('vehicle', '22-345-Ein-12')),
    C('Uber driver assaulted: Abdirahman Warfaa Dhuxul, Seward West, car MN DCX 448, panic since. Email abdi.yusuf.drives@outlook.example.', ('name', 'Abdirahman Warfaa Dhuxul'), ('place', 'Seward West'), ('vehicle', 'MN DCX 448'), ('email', 'abdi.yusuf.drives@outlook.example')),
    C('Motorcycle courier Thanh Hằng Võ in Phú Nhuận, bike 59-X2 447.18, crash, ketamine use after.', ('name', 'Thanh Hằng Võ'), ('place', 'Phú Nhuận'), ('vehicle', '59-X2 447.18')),
    C('Bus driver Lindiwe Mokoena, Mahube Valley, hijacking, bus fleet number PUTCO 4417 GP. Sleeps in her uniform.', ('name', 'Lindiwe Mokoena'), ('place', 'Mahube Valley'), ('vehicle', 'PUTCO 4417 GP')),
    C('Ferry crash: deckhand Jovelyn Sabado, Palompon, vessel MARINA REG 2209-VIS. Drowning nightmares.', ('name', 'Jovelyn Sabado'), ('place', 'Palompon'), ('vehicle', 'MARINA REG 2209-VIS')),
    C('Air ambulance pilot Camille Aubertin, Ravine des Cabris on Réunion, near-miss, pilot licence FRA.FCL.PA.00447182. Flying phobia onset.', ('name', 'Camille Aubertin'), ('place', 'Ravine des Cabris'), ('licence', 'FRA.FCL.PA.00447182')),
    C('Air traffic controller Kerem Özdemir, Yeşilköy, loss of separation incident, licence SHGM-ATCO-2218. Rumination all day.', ('name', 'Kerem Özdemir'), ('place', 'Yeşilköy'), ('licence', 'SHGM-ATCO-2218')),
    C('Judge with vicarious trauma: Her Honour Margaret Osei-Bonsu, Sakumono Ramsar View, practising certificate GBA-J-1184.', ('name', 'Margaret Osei-Bonsu'), ('place', 'Sakumono Ramsar View'), ('licence', 'GBA-J-1184')),
    C('Interpreter at asylum hearings, Dilnoza Mirzakarimova, Qatortol mahalla, vicarious trauma, interpreter licence UZ-TRN-4471. Email dilnoza.y@tarjimon.uz.', ('name', 'Dilnoza Mirzakarimova'), ('place', 'Qatortol mahalla'), ('licence', 'UZ-TRN-4471'), ('email', 'dilnoza.y@tarjimon.uz')),
    C('Beekeeper Petra Šimková, Strážnice, colony collapse and depression, keeper reg CZ-VCEL-118442.', ('name', 'Petra Šimková'), ('place', 'Strážnice'), ('licence', 'CZ-VCEL-118442')),
    C('Ballet dancer Anouk de Wilde, Overschie, anorexia relapse, dance company ID NDT-2209-48. Email anouk.dewilde@dansmail.nl.', ('name', 'Anouk de Wilde'), ('place', 'Overschie'), ('account', 'NDT-2209-48'), ('email', 'anouk.dewilde@dansmail.nl')),
    C('Actor Temitope Adeyemi-Cole, Nunhead Green, stage fright after a bad review; Equity number EQ M447128.', ('name', 'Temitope Adeyemi-Cole'), ('place', 'Nunhead Green'), ('licence', 'EQ M447128')),
    C('PhD student Hugo Lindqvist-Ahmed, Flogsta corridor, supervisor bullying. Student ID UU-PHD-2020-4471. Phone +46 70 418 22 90.', ('name', 'Hugo Lindqvist-Ahmed'), ('place', 'Flogsta'), ('medical_record', 'UU-PHD-2020-4471'), ('phone', '+46 70 418 22 90')),
    C('Call centre worker Marites Gonzaga, Bagumbayan BPO park night shift, panic, SSS 34-4471822-9.', ('name', 'Marites Gonzaga'), ('place', 'Bagumbayan BPO park'), ('ssn', '34-4471822-9')),
    C('Offshore rig medic Callum Buchan-Strachan, Boddam, helicopter ditching drill flashbacks, BOSIET OPITO-8820417. Phone 07711 448 290.', ('name', 'Callum Buchan-Strachan'), ('place', 'Boddam'), ('licence', 'OPITO-8820417'), ('phone', '07711 448 290')),
    C('Imam Sheikh Abdulkadir Hussein, Eastleigh Section Three, burnout from counselling the congregation, mosque fax +254 20 677 4412.', ('name', 'Sheikh Abdulkadir Hussein'), ('place', 'Eastleigh Section Three'), ('fax', '+254 20 677 4412')),
    C('Catholic nun Sr. Perpetua Nwosu, Ezimo-Uno convent, depression, wants to leave the order. Her email perpetua.nwosu@conventmail.ng.', ('name', 'Sr. Perpetua Nwosu'), ('place', 'Ezimo-Uno'), ('email', 'perpetua.nwosu@conventmail.ng')),
    C('Buddhist monk Phra Somchai Kittipanyo, Wat Nong Khiaw, meditation-induced depersonalisation. Phone +66 81 447 2209.', ('name', 'Phra Somchai Kittipanyo'), ('place', 'Wat Nong Khiaw'), ('phone', '+66 81 447 2209')),
    C('Rabbi Shira Goldfarb, Regent Square, secondary trauma after an attack on a synagogue, congregation email rabbi.shira@beitshalompgh.example.', ('name', 'Shira Goldfarb'), ('place', 'Regent Square'), ('email', 'rabbi.shira@beitshalompgh.example')),
    C('Loggers: Wade Kettleson, Sappho, chainsaw injury, oxycodone taper, plate WA C44718K.', ('name', 'Wade Kettleson'), ('place', 'Sappho'), ('vehicle', 'WA C44718K')),
    C('construction worker olumide bakare, ajah badore, fall from scaffolding, lost a friend; his phone 0803 447 1822. he wants pills not talk.', ('name', 'olumide bakare'), ('place', 'ajah badore'), ('phone', '0803 447 1822')),
    C('Sex worker Jade Nightingale (working name, legal is Jade Arnott), Woolloomooloo, stalking client, email jadenightingale@protonmail.example.', ('name', 'Jade Nightingale'), ('name', 'Jade Arnott'), ('place', 'Woolloomooloo'), ('email', 'jadenightingale@protonmail.example')),
    C('Homeless man Kevin "Spider" O\'Rourke, sleeping at Talbot Street doorway by No. 44, Dublin 1, alcohol, PPSN 7744182TA.', ('name', 'Kevin "Spider" O\'Rourke'), ('street_address', 'Talbot Street doorway by No. 44'), ('place', 'Dublin 1'), ('ssn', '7744182TA')),
    C('Debt: Reggie Mabaso, Tembisa Ext 5, loan shark took his SASSA card SASSA 4471 2209 8813. Hopelessness.', ('name', 'Reggie Mabaso'), ('place', 'Tembisa Ext 5'), ('account', 'SASSA 4471 2209 8813')),
    C('Divorce: Katarzyna Wiśniewska-Lee, Kabaty Południe, custody fight, ex posts on https://katarzynaklamie.pl. Court case VI RC 447/25.', ('name', 'Katarzyna Wiśniewska-Lee'), ('place', 'Kabaty Południe'), ('url', 'https://katarzynaklamie.pl'), ('account', 'VI RC 447/25')),
    C('Infidelity couples work: Dervla Fitzgibbon and Rory Fitzgibbon, Portobello Harbour, the affair partner emails from gavin.affairs77@gmail.example.', ('name', 'Dervla Fitzgibbon'), ('name', 'Rory Fitzgibbon'), ('place', 'Portobello Harbour'), ('email', 'gavin.affairs77@gmail.example')),
    C('Adoption reunion: Mee-ra Kessler, adopted from Korea to Hudson, Ohio; birth record HOLT-K-770418, born 11.4.1977.', ('name', 'Mee-ra Kessler'), ('place', 'Hudson'), ('medical_record', 'HOLT-K-770418'), ('date', '11.4.1977')),
    C('Foster care: Tayshawn Billings, 13, Englewood, placement number DCFS-2209-44718, school refusal.', ('name', 'Tayshawn Billings'), ('place', 'Englewood'), ('medical_record', 'DCFS-2209-44718')),
    C('Kinship care grandma Wanjiru Mwangi, Kawangware 46, raising HIV-orphaned twins, aged 90 yrs 1 mo and exhausted. NHIF... no, SHIF SHA-77418-220.', ('name', 'Wanjiru Mwangi'), ('place', 'Kawangware 46'), ('age_over_89', 'aged 90 yrs 1 mo'), ('health_plan', 'SHA-77418-220')),
    C('Autism late diagnosis: Maeve Cunniffe, 46, Cappagh Park, meltdown at work. Assessment report GUH-ASD-2025-117, dated 02.07.2025.', ('name', 'Maeve Cunniffe'), ('place', 'Cappagh Park'), ('medical_record', 'GUH-ASD-2025-117'), ('date', '02.07.2025')),
    C('Dyslexic apprentice electrician Jordan Mcateer, Dungannon, exam failure shame, apprenticeship no. ECA-NI-44718.', ('name', 'Jordan Mcateer'), ('place', 'Dungannon'), ('licence', 'ECA-NI-44718')),
    C('Chronic fatigue: Liesbeth van Oorschot, Sint-Oedenrode, housebound, insurance CZ 448172209, GP fax 0413 47 22 09.', ('name', 'Liesbeth van Oorschot'), ('place', 'Sint-Oedenrode'), ('health_plan', 'CZ 448172209'), ('fax', '0413 47 22 09')),
    C('Endometriosis pain and depression, Amani Chebet, Chepterit, hospital MTRH-ENDO-4418, phone +254 722 418 093.', ('name', 'Amani Chebet'), ('place', 'Chepterit'), ('medical_record', 'MTRH-ENDO-4418'), ('phone', '+254 722 418 093')),
    C('Menopause rage: Bronwyn Tregear, Moonah, HRT started 1 Aug 2025, Medicare 2209 44718 2.', ('name', 'Bronwyn Tregear'), ('place', 'Moonah'), ('date', '1 Aug 2025'), ('health_plan', '2209 44718 2')),
    C('Type 1 diabetes burnout: Oisín Lally, 17, Le Fanu Park, CGM Dexcom G7 SN 8L-447182. Skipping insulin to lose weight.', ('name', 'Oisín Lally'), ('place', 'Le Fanu Park'), ('device', 'Dexcom G7 SN 8L-447182')),
    C('Cancer survivor Consuelo Ybarra-Lizárraga, Barrio Logan, scanxiety, at 2180 Logan Ave, 92113, oncology SDCC-44718-22.', ('name', 'Consuelo Ybarra-Lizárraga'), ('place', 'Barrio Logan'), ('street_address', '2180 Logan Ave'), ('zip_code', '92113'), ('medical_record', 'SDCC-44718-22')),
    C('Stroke aphasia: Mr Desmond Thistlethwaite, Ulverston, carer wife on edge; stroke unit fax 01229 440 217.', ('name', 'Mr Desmond Thistlethwaite'), ('place', 'Ulverston'), ('fax', '01229 440 217')),
    C('Multiple sclerosis: Radka Horáková, Bystrc, new relapse, job fear. insurer OZP 222 447182.', ('name', 'Radka Horáková'), ('place', 'Bystrc'), ('health_plan', 'OZP 222 447182')),
    C("Huntington's genetic test: Esteban Villalobos, Barranquitas, waiting on result, test ID HD-GEN-22180, email evillalobos.bq@prmail.example.", ('name', 'Esteban Villalobos'), ('place', 'Barranquitas'), ('medical_record', 'HD-GEN-22180'), ('email', 'evillalobos.bq@prmail.example')),
    C('Deaf parent: Roisin Devlin, Ardoyne, ISL interpreter needed, videophone Sorenson ntouch VP SN 44718-220. Phone by text only 07822 418 093.', ('name', 'Roisin Devlin'), ('place', 'Ardoyne'), ('device', 'Sorenson ntouch VP SN 44718-220'), ('phone', '07822 418 093')),
    C('Blind client Mehmet Ali Tunç, Dikmen Vadisi, internet gambling, card TR33 0006 4000 0014 4718 2209 11.', ('name', 'Mehmet Ali Tunç'), ('place', 'Dikmen Vadisi'), ('account', 'TR33 0006 4000 0014 4718 2209 11')),
    C('Person with dwarfism, Aoife Brannigan-Walsh, Ballybrittas Lower, workplace staring and jokes, email aoife.b.occther@gmail.example.', ('name', 'Aoife Brannigan-Walsh'), ('place', 'Ballybrittas Lower'), ('email', 'aoife.b.occther@gmail.example')),
    C('Cleft lip adult Anirban Dasgupta, Baguiati Jyangra, dating anxiety, born 9th Jan 1996.', ('name', 'Anirban Dasgupta'), ('place', 'Baguiati Jyangra'), ('date', '9th Jan 1996')),
    C('Earthquake survivor from Amatrice: Rosaria Pasqualoni, lives in a SAE module Via Saturnino Muzii modulo 14, 02012.', ('place', 'Amatrice'), ('name', 'Rosaria Pasqualoni'), ('street_address', 'Via Saturnino Muzii modulo 14'), ('zip_code', '02012')),
    C('Volcano evacuees: Marta Dorta Hernández, Todoque buried by lava, now in a container at Calle El Pilar 3, Los Llanos de Aridane, 38760.', ('name', 'Marta Dorta Hernández'), ('place', 'Todoque'), ('street_address', 'Calle El Pilar 3'), ('place', 'Los Llanos de Aridane'), ('zip_code', '38760')),
    C('Flood victim Jürgen Schüller, Altenahr, lost his vineyard, insurance claim R+V-SCH-2021-447182. Survivor guilt.', ('name', 'Jürgen Schüller'), ('place', 'Altenahr'), ('account', 'R+V-SCH-2021-447182')),
    C('Floods in Chikwawa: Esnart Phiri, flood, lost twins, district hospital CKW-DH-4471.', ('place', 'Chikwawa'), ('name', 'Esnart Phiri'), ('medical_record', 'CKW-DH-4471')),
    C('Wildfire: Cassidy Merrow, Concow, California, lived at 5818 Clark Road, 95969, now in a trailer, plate CA 8RFX447.', ('name', 'Cassidy Merrow'), ('place', 'Concow'), ('street_address', '5818 Clark Road'), ('zip_code', '95969'), ('vehicle', 'CA 8RFX447')),
    C("Teacher in Mallacoota, Jenna Coutts, kids' drawings, fax (03) 5158 0417.", ('place', 'Mallacoota'), ('name', 'Jenna Coutts'), ('fax', '(03) 5158 0417')),
    C('Burundi: Nadine Irakoze, Kamenge, ethnic violence survivor, phone +257 79 447 182.', ('name', 'Nadine Irakoze'), ('place', 'Kamenge'), ('phone', '+257 79 447 182')),
    C('South Sudan: Nyakuoth Gatluak, Bentiu POC, sector 4 block Sector 4, Block 22, Shelter 9; UNMISS record BNT-POC-44718.', ('name', 'Nyakuoth Gatluak'), ('place', 'Bentiu POC'), ('street_address', 'Sector 4, Block 22, Shelter 9'), ('medical_record', 'BNT-POC-44718')),
    C('Central African Republic: Prudence Yakété, PK5 in Bangui, armed group violence, MSF file MSF-BGI-22047.', ('name', 'Prudence Yakété'), ('place', 'PK5'), ('place', 'Bangui'), ('medical_record', 'MSF-BGI-22047')),
    C('Mauritania: Mariem Mint Ahmed, Arafat in Nouakchott, descendant of haratine, shame and rage, ID NNI 4471822090.', ('name', 'Mariem Mint Ahmed'), ('place', 'Arafat'), ('place', 'Nouakchott'), ('ssn', 'NNI 4471822090')),
    C('Western Sahara refugee Salka Mohamed Lamin, Smara camp, daira Daira Mahbes, barrio 3, dated letter 16/05/2024.', ('name', 'Salka Mohamed Lamin'), ('place', 'Smara camp'), ('street_address', 'Daira Mahbes, barrio 3'), ('date', '16/05/2024')),
    C("Libya: Abdelhakim Zway, Derna flood, lost 11 relatives, now lives at Shari' al-Fatah 22, Tobruk.", ('name', 'Abdelhakim Zway'), ('place', 'Derna'), ('street_address', "Shari' al-Fatah 22"), ('place', 'Tobruk')),
    C('Yemen: Amat al-Rahman Saleh, Al-Mukalla, war, widowhood, WhatsApp +967 771 447 182.', ('name', 'Amat al-Rahman Saleh'), ('place', 'Al-Mukalla'), ('phone', '+967 771 447 182')),
    C('Iraqi Yazidi Gule Khidir Qasim, Khanke camp, ISIS captivity survivor, IOM case IOM-DHK-22418.', ('name', 'Gule Khidir Qasim'), ('place', 'Khanke camp'), ('account', 'IOM-DHK-22418')),
    C('Kurdish: Rêbaz Ehmed, Qamishli, former YPG fighter, amputee, prosthesis Ottobock C-Leg SN 1C30-44718.', ('name', 'Rêbaz Ehmed'), ('place', 'Qamishli'), ('device', 'Ottobock C-Leg SN 1C30-44718')),
    C('Has anyone combined Schema Therapy from Jeffrey Young with Compassion Focused Therapy for clients with high Defectiveness scores on the YSQ-S3? My supervisor trained with the International Society of Schema Therapy and thinks CFT dilutes the limited reparenting.'),
    C('Quick pharmacology question: a client on Lamictal moved to Latuda over Christmas and her psychiatrist wants me to watch for akathisia. Is the Barnes Akathisia Rating Scale usable by a non-prescriber, or should I stick to the BPRS and flag concerns?'),
    C("Reading group update: in January we finish Bessel van der Kolk's The Body Keeps the Score and in February we move to Judith Herman's Trauma and Recovery. Someone suggested Pat Ogden's Sensorimotor Psychotherapy for March."),
    C('For those working under the Mental Capacity Act, how are you documenting best-interests decisions when a client with Korsakoff syndrome refuses Pabrinex? The BPS guidance and the NICE guideline on alcohol-use disorders seem to pull in different directions.'),
    C('Does anyone know if Medicaid in Oregon reimburses CPT 90837 for telehealth through Doxy.me, or only via an approved platform like SimplePractice? Our billing person is off until Monday.'),
    C("I'm preparing a talk for the EMDR Europe conference on Francine Shapiro's adaptive information processing model and its critics, particularly Richard McNally. Any recent meta-analyses from the Cochrane Library worth citing?"),
    C("Clinical question about ARFID: the PARDI interview versus the Nine Item ARFID Screen. Our Eating Disorders service in Scotland follows the SIGN guidance and the Royal College of Psychiatrists' MEED report, but neither says much about adults."),
    C("Supervision thought: Irvin Yalom's The Gift of Therapy has a chapter on here-and-now that my trainees love, while Nancy McWilliams' Psychoanalytic Diagnosis is heavier going. Which would you give a first-year on a Tuesday placement?"),
    C("Anyone using the Edinburgh Postnatal Depression Scale in Swahili or Amharic? The WHO mhGAP Intervention Guide suggests adapted versions, and UNICEF partners in Ethiopia and Kenya have piloted some, but I can't find validation papers."),
    C('Our insurer, Aetna, is now asking for the PHQ-9 and GAD-7 at intake and every sixth session. Cigna and UnitedHealthcare already do. How are private practitioners in Georgia handling the extra admin without losing therapy time?'),
    C('Interested in views on Acceptance and Commitment Therapy for tinnitus distress versus CBT as described by Laurence McKenna and the British Tinnitus Association. The Hexaflex diagram seems to land better with engineers, oddly.'),
    C('For gambling harm, GamCare and the NHS National Problem Gambling Clinic both use the PGSI. In Australia, Gambling Help Online uses it too. Is there a Spanish-language version validated in Mexico or Colombia?'),
    C("My Jungian colleague keeps quoting Marie-Louise von Franz and James Hillman, and my Lacanian colleague quotes Bruce Fink. I'm a Rogerian at heart. Is there a book that bridges Carl Rogers and Jung without turning into mysticism?"),
    C('Reminder that Ramadan starts in February this year and Lent begins on Ash Wednesday the same week. For clients on Ozempic or Mounjaro who also fast, check with their GP before adjusting any eating-disorder plan.'),
    C('Has anyone had success with Prolonged Exposure as developed by Edna Foa in a client also taking Prazosin and Sertraline? The VA/DoD Clinical Practice Guideline lists PE, CPT and EMDR, but says little about combining with medication.'),
    C("For the Irish colleagues: does the Health Service Executive cover DBT skills groups under the National Clinical Programme for Self-Harm, or only through CAMHS? Marsha Linehan's manual is on every shelf but funding is patchy."),
    C("Book recommendation for a client's partner: Lundy Bancroft's Why Does He Do That? is still the one I give. Women's Aid and Refuge both list it. For male victims, the ManKind Initiative has good leaflets too."),
    C("Does anyone use the Columbia Suicide Severity Rating Scale in Portuguese? We work with Brazilian and Angolan families, and the Columbia Lighthouse Project site lists translations, but our Trust's Caldicott Guardian wants a validated version."),
    C('On OCD: the Y-BOCS and the DOCS measure different things. Jonathan Abramowitz designed the DOCS around dimensions. I use both, plus the OCI-R on Fridays in group. The International OCD Foundation has a good Spanish guide.'),
    C('Question for perinatal therapists: Zulresso (brexanolone) versus Zurzuvae (zuranolone) for postpartum depression - has anyone seen either in practice outside the United States? The FDA approved Zurzuvae; approval elsewhere varies.'),
    C("Insomnia: CBT-I per Colin Espie's work, the Sleepio app, and the Insomnia Severity Index. Our NHS board also offers Daylight for anxiety. Does anyone know if Big Health publishes its completion rates?"),
    C("Trainees asked for core texts on couples work: John Gottman's The Seven Principles for Making Marriage Work, Sue Johnson's Hold Me Tight, and Esther Perel's Mating in Captivity. Any Gottman Institute workshop in Canada worth the cost?"),
    C('Autism assessment in adults: ADOS-2 Module 4, the AQ, and the RAADS-R. The National Autistic Society says waits are over two years in England. Is the Autism Diagnostic Interview still required by your Trust?'),
    C("For those in New Zealand: ACC sensitive claims forms ask for outcome measures, and a Te Whare Tapa Whā formulation helps. Mason Durie's model is a gift, but the paperwork is getting silly."),
    C('Does the Australian Psychological Society have a position on ketamine-assisted therapy? Spravato is TGA-approved, and MDMA and psilocybin were rescheduled by the TGA in 2023, but the RANZCP statements are cautious.'),
    C('Looking at the Hamilton Depression Rating Scale versus the MADRS for a research proposal to the Wellcome Trust. Our ethics committee at the University of Edinburgh prefers the MADRS for sensitivity to change.'),
    C("For Thursday's peer group: could we discuss Motivational Interviewing as described by William Miller and Stephen Rollnick, especially for Alcoholics Anonymous members who reject the Twelve Steps? SMART Recovery is an option too."),
    C("Our Jewish clients have Rosh Hashanah and Yom Kippur in September and our Hindu clients Diwali in October. The BACP recommends flexible scheduling around religious holidays, and I'd like our policy to name them."),
    C('Question on Clozapine monitoring in the Clozaril Patient Monitoring Service: when a client is amber, do psychologists pause Behavioural Activation? The Maudsley Prescribing Guidelines say nothing about therapy.'),
    C('Our group practice is switching from TherapyNotes to Jane App. Has anyone checked whether Jane complies with HIPAA and PIPEDA for Canadian clients? The College of Psychologists and Behaviour Analysts of Ontario may have an advisory.'),
    C("The Beck Institute's new course on Recovery-Oriented Cognitive Therapy by Aaron Beck's team and Paul Grant looks promising for schizophrenia. Has anyone taken it? I'm weighing it against the Hearing Voices Network approach."),
    C("Reading Lisa Feldman Barrett's How Emotions Are Made alongside Antonio Damasio's Descartes' Error with my supervision group. Both challenge Paul Ekman's basic emotions idea. Good for Wednesday debates."),
    C("Does anyone have experience with Internal Family Systems (Richard Schwartz) for dissociative identity disorder? The ISSTD guidelines recommend phase-oriented treatment, and I'm unsure IFS fits Phase 1."),
    C('For the Spanish-speaking colleagues: the Inventario de Depresión de Beck-II in Spanish is published by Pearson. Is there a free alternative? The PHQ-9 is free via Pfizer, and Kroenke and Spitzer gave it away.'),
    C("Pharmacology help: Strattera versus Elvanse for adult ADHD with comorbid anxiety. The UKAAN consensus and NICE NG87 differ slightly. My client's GP in Wales won't prescribe without a Shared Care Agreement."),
    C("Lovely webinar on Narrative Therapy from the Dulwich Centre last Friday - Michael White and David Epston's ideas on externalising the problem. Anyone combining it with Solution-Focused Brief Therapy from Steve de Shazer and Insoo Kim Berg?"),
    C('Any thoughts on Mentalization-Based Treatment (Peter Fonagy, Anthony Bateman) for adolescents? The Anna Freud Centre runs MBT-A training, but our service in Northern Ireland can only afford one place.'),
    C('Bipolar clinicians: the Young Mania Rating Scale is my go-to, but the Altman Self-Rating Mania Scale is quicker. Lithium, Depakote and Seroquel are our usual trio; NICE CG185 advises against valproate in women of childbearing potential.'),
    C('Does anyone know if Kaiser Permanente covers Dialectical Behavior Therapy intensive outpatient for teenagers? Blue Shield of California does, and Anthem sometimes does after appeal.'),
    C("Trauma in Indigenous communities: Eduardo Duran's Healing the Soul Wound and Judy Atkinson's Trauma Trails are both on my list. Are there similar texts from Sámi or Inuit authors? The Truth and Reconciliation Commission reports are also essential."),
    C("Question about the Children's Revised Impact of Event Scale in Arabic. Save the Children and the International Rescue Committee have used it in Jordan and Lebanon. Any license issues with the Children and War Foundation?"),
    C("Our EAP provider, Lyra Health, wants outcomes on the WHO-5 Wellbeing Index. Spring Health uses the PHQ-9. Headspace for Work uses its own. I'm drowning in Google Forms every Monday."),
    C("Cultural humility reading list: Derald Wing Sue's Counseling the Culturally Diverse, Kenneth Hardy on racial trauma, and Resmaa Menakem's My Grandmother's Hands. Any Latin American authors you'd add?"),
    C("Does anyone use the Clinical Outcomes in Routine Evaluation (CORE-10) in Welsh? The CORE IMS site mentions translations, and Mind Cymru has Welsh leaflets, but I can't find norms."),
    C("Dementia caregivers: the Zarit Burden Interview and the START manual from University College London. Alzheimer's Society and Dementia UK both run helplines. Admiral Nurses are amazing when available."),
    C('Opinions on Trauma-Focused CBT (Judith Cohen, Anthony Mannarino, Esther Deblinger) versus Child-Parent Psychotherapy from Alicia Lieberman for under-fives? The NCTSN lists both.'),
    C('Our service is adopting the Power Threat Meaning Framework published by the British Psychological Society in 2018 (Lucy Johnstone and Mary Boyle). Psychiatrists are sceptical. Any tips for the multidisciplinary team meeting?'),
    C("Hoping for advice on psilocybin integration clients. Johns Hopkins University and Imperial College London publish good papers, and MAPS runs training, but I'm not a licensed psychedelic facilitator in Oregon or Colorado."),
    C("On perinatal loss: Sands and Tommy's in the UK and the MISS Foundation in the US. Kristin Neff's Self-Compassion work helps some parents. Pregnancy and Infant Loss Remembrance Day is in October."),
    C('Tips for using Cognitive Processing Therapy (Patricia Resick, Candice Monson, Kathleen Chard) with Arabic speakers via an interpreter? The Stuck Points log translates badly, and our Iraqi and Syrian clients find it awkward.'),
    C('Quick one: is the Oxford Capacity Assessment Tool still used? Our hospital prefers the Aid to Capacity Evaluation from the University of Toronto Joint Centre for Bioethics. The Court of Protection seemed fine with both.'),
    C("Anybody attending the next World Congress of Behavioural and Cognitive Therapies? I'd love to hear Stefan Hofmann on process-based therapy and Steven Hayes on relational frame theory."),
    C("Is there guidance from the Health and Care Professions Council on therapists using ChatGPT or Copilot for notes? The ICO and the BACP have both warned about confidentiality, but I haven't seen HCPC say anything."),
    C("Somatic Experiencing (Peter Levine) versus Sensorimotor Psychotherapy - which has better evidence? The APA Division 56 seems neutral, and the Cochrane reviewers haven't touched either."),
    C("For eating disorders in men, Beat's helpline and the Men Get Eating Disorders Too charity are good, and Roberto Olivardia's The Adonis Complex still holds up. Does anyone use the Muscle Dysmorphic Disorder Inventory?"),
    C('Sleep colleagues: the Epworth Sleepiness Scale, the Pittsburgh Sleep Quality Index and the Munich ChronoType Questionnaire. Is the Morningness-Eveningness Questionnaire by Horne and Östberg worth using for shift workers?'),
    C("Does anyone in Quebec use the Ordre des psychologues du Québec's guidelines for telepsychology across borders? I have clients in Vermont and New Brunswick, and PSYPACT doesn't cover Canada."),
    C("Grief therapists: Robert Neimeyer's meaning reconstruction, the Dual Process Model from Margaret Stroebe and Henk Schut, and Worden's Tasks of Mourning. The Prolonged Grief Disorder criteria in DSM-5-TR need the PG-13-R."),
    C('Our Sikh clients will celebrate Vaisakhi in April and our Christian Orthodox clients celebrate Easter late this year. Planning a Sunday group around both was tricky, any scheduling app suggestions beyond Calendly?'),
    C("Has anyone read Johann Hari's Lost Connections critically? It's popular with clients, but several academics and the Royal College of Psychiatrists criticised its claims about SSRIs."),
    C('For OCD with religious scrupulosity in Muslim clients, has anyone used the Penn Inventory of Scrupulosity? The Khalil Center has resources, and imams can be brilliant allies.'),
    C("Family Therapy question: Salvador Minuchin's Structural Family Therapy versus the Milan systemic approach (Mara Selvini Palazzoli) for anorexia. The Maudsley model (FBT) from Ivan Eisler's team is NICE-recommended."),
    C('Medication and therapy interplay: clients on Wellbutrin sometimes get more anxious, on Cymbalta more nauseous, on Trintellix fine. Does anyone track side effects with the Glasgow Antidepressant Side-Effect Rating Scale?'),
    C('Has anyone done the Gottman Level 2 training online? The Gottman Institute says it counts toward CE credits in the United States. Is it worth it before Level 3?'),
    C("For veterans' partners, Combat Stress and Help for Heroes in the UK, and the Wounded Warrior Project in the US. Blue Star Families is good for spouses. Any equivalents in Australia besides Open Arms?"),
    C("Does anyone use the Child Behavior Checklist (Achenbach) in Hindi or Bengali? The ASEBA website lists translations. Our NGO partner, Sangath, works in Goa, but we're in Bihar."),
    C('Anyone using Woebot or Wysa as a between-session tool? Wysa has an NHS pilot, and the Food and Drug Administration gave Woebot a breakthrough designation. Clients in Singapore love it.'),
    C("New to the Unified Protocol by David Barlow. Does the Oxford University Press workbook come in French? We have Belgian and Swiss clients who'd benefit from transdiagnostic work."),
    C('How do colleagues in Germany bill for Psychotherapie under the Gesetzliche Krankenversicherung when the client switches from the Techniker Krankenkasse to the AOK mid-treatment? The KBV forms confuse me.'),
    C('Re Tourette-adjacent tic disorders: the CBIT manual by Douglas Woods is my bible, and Tourettes Action has good parent sheets. The YGTSS is the standard.'),
    C('For psychosis in young people, EPPIC from Orygen in Australia and the NICE early intervention standard. The PANSS and CAARMS differ in purpose. Does anyone use the CAPE-42 for screening?'),
    C('Please recommend Arabic-language self-help for anxiety. The Step-by-Step programme by the WHO is in Arabic and was tested in Lebanon. Problem Management Plus also has an Arabic version.'),
    C('Aetna and Humana both denied my claims for CPT 90847 because the family session lacked the identified patient. Has anyone appealed successfully?'),
    C("Anyone know good resources on hikikomori beyond Tamaki Saitō's book? The Japan Ministry of Health has a guideline, and Alan Teo at Oregon Health & Science University published on it."),
    C('For borderline personality, Schema Therapy, DBT, MBT and TFP (Otto Kernberg) all have evidence. The Australian NHMRC guideline is even-handed. Which do you think suits a client who hates homework?'),
    C('Does anyone know whether the Ontario Health Insurance Plan covers psychotherapy by a Registered Psychotherapist? OHIP covers psychiatrists and GPs, but the CRPO members I know all bill Sun Life, Manulife or Canada Life.'),
    C("I'm reviewing the evidence on Behavioural Activation after the COBRA trial by David Richards. Peer-delivered BA seemed non-inferior to CBT. Is it used in Pakistan or India? The Healthy Activity Program from Vikram Patel's team is similar."),
    C('Good article in JAMA on the Friendship Bench from Zimbabwe, developed by Dixon Chibanda. Has anyone adapted it for Malawi or Zambia?'),
    C('Reflection after the BABCP conference: Paul Salkovskis on OCD responsibility, David Clark on social anxiety, and Anke Ehlers on Cognitive Therapy for PTSD. All three from the same research tradition, all helpful.'),
    C("Anyone using Exposure and Response Prevention with kids under eight? Tamar Chansky's Freeing Your Child from Obsessive-Compulsive Disorder and John March's Talking Back to OCD are the two I lend parents."),
    C('Quick one on Spanish grief: Día de los Muertos in November is a good moment to explore continuing bonds with Mexican families. Dennis Klass wrote on continuing bonds, and the Dougy Center has bilingual resources.'),
    C("Is anyone using Cognitive Behavioural Therapy for Psychosis alongside Avatar Therapy? Julian Leff developed it, and Tom Craig led the later trials at King's College London."),
    C("Any recommendations for ADHD coaching apps? Inflow, Tiimo and Todoist come up often. The ADHD Foundation and CHADD both say apps can help but can't replace Concerta or Ritalin for most adults."),
    C('I need to brush up on the Mental Health Act 1983 and the new Mental Health Bill in England and Wales. Mind and Rethink Mental Illness have summaries.'),
    C('Has anyone tried the Safety Planning Intervention (Barbara Stanley and Gregory Brown) via the Stanley-Brown app? The Zero Suicide Initiative and the American Foundation for Suicide Prevention recommend it.'),
    C("For clients in recovery from opioids, Suboxone, Sublocade and Methadone each affect therapy differently. SAMHSA's TIP 63 covers it well. Narcotics Anonymous and SMART Recovery meetings are on Zoom most evenings."),
    C("In Japan, Morita Therapy and Naikan are taught at Jikei University. Has anyone integrated Shoma Morita's ideas with ACT? Both emphasise acceptance; the Japanese Society for Morita Therapy publishes in English sometimes."),
    C('For Korean-American clients, Hwa-byung is in the DSM-IV glossary but not in DSM-5. Has anyone used it with Presbyterian church members during Chuseok stress?'),
    C('Trying to understand Medicare Part B coverage for Licensed Professional Counselors since January 2024. The Consolidated Appropriations Act 2023 added LPCs and LMFTs. Does Medicare Advantage follow suit automatically?'),
    C("Hello all, I'm compiling a list of crisis lines: Samaritans (UK and Ireland), Lifeline (Australia), 988 (United States), Talk Suicide Canada, Befrienders Worldwide, and Telefonseelsorge (Germany). Any others for Francophone Africa?"),
    C("The Patient Health Questionnaire for Adolescents (PHQ-A) and the Revised Children's Anxiety and Depression Scale (RCADS) are both free. Bruce Chorpita developed the RCADS at UCLA. Our CAMHS uses both every Wednesday."),
    C("Does anyone know whether the Polish National Health Fund (NFZ) pays for couples therapy? The Polish Psychological Association's ethics code is strict, and Catholic counselling centres offer it, but waits are long."),
    C("Acceptance and Commitment Therapy for chronic pain: Lance McCracken's work at Uppsala University and Kevin Vowles' studies are the key ones. The Chronic Pain Acceptance Questionnaire has a Swedish version."),
    C("Buddhist psychology reading: Jack Kornfield's A Path with Heart, Tara Brach's Radical Acceptance, and Thich Nhat Hanh's The Miracle of Mindfulness. Jon Kabat-Zinn's MBSR draws from all of them."),
    C('Reminder that the HCPC renewal for practitioner psychologists comes round every two years and CPD audits are random. The BPS Division of Clinical Psychology has a CPD template.'),
    C('Does Bupa Global still require a referral from a GP for psychotherapy in the UAE? Daman and AXA Gulf work differently, and the Dubai Health Authority has its own licensing rules.'),
    C("Compassion Focused Therapy is Paul Gilbert's model; the Compassionate Mind Foundation runs training. Deborah Lee's The Compassionate Mind Approach to Recovering from Trauma is a good companion book for clients."),
    C('For teenagers with self-harm, the Self-Harm Questionnaire and the SITBI. Young Minds, Papyrus and the Mix all have helplines. Childline is free.'),
    C('In Brazil the Conselho Federal de Psicologia regulates online therapy via Resolution CFP 11/2018. Has anyone worked with Brazilians abroad? The Lei Geral de Proteção de Dados also applies.'),
    C('Clinicians using Cognitive Analytic Therapy (Anthony Ryle) for personality disorder: the ACAT reformulation letters feel very British. Is CAT taught anywhere in the United States or Australia?'),
    C('Pharmacology curiosity: Auvelity (dextromethorphan-bupropion) and Spravato (esketamine) are faster-acting antidepressants. Has anyone seen clients on Auvelity in therapy yet? The FDA label warns about seizures.'),
    C('For the upcoming International Day of Persons with Disabilities on 3 December, our team is reviewing the UN Convention on the Rights of Persons with Disabilities and the Equality Act 2010. Any accessible worksheets?'),
    C('Question on the Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS). Public Health Scotland uses it widely; is it licensed for free use in New Zealand? The University of Warwick handles licensing.'),
    C("Thoughts on Functional Analytic Psychotherapy by Robert Kohlenberg and Mavis Tsai? It's behavioural but intimate. The Association for Contextual Behavioral Science runs a FAP special interest group."),
    C('Does anyone run Circle of Security Parenting groups in French? Circle of Security International trains facilitators in Quebec and France.'),
    C('Has anyone used the Structured Clinical Interview for DSM-5 (SCID-5) for research in Nigeria or Ghana? The American Psychiatric Association Publishing site sells it, but translations are rare.'),
    C('For stammering in adults, the British Stammering Association (STAMMA) and the Stuttering Foundation of America. The Camperdown Program from Australia is used alongside CBT, and Ann Packman wrote on it.'),
    C("Has anyone read Gabor Maté's The Myth of Normal? Clients keep bringing it. Some of the Adverse Childhood Experiences (ACE) claims are oversimplified; Vincent Felitti and Robert Anda's original study had limits."),
    C('For Orthodox Christian clients during Great Lent, fasting can mask restrictive eating. Orthodox priests can be allies. Clergy are often helpful if you explain the ED-15 scores.'),
    C("Quick survey: how many of you use Trauma-Informed Yoga from the Justice Resource Institute? David Emerson's Overcoming Trauma through Yoga was published with Elizabeth Hopper. Our Medicaid plan won't pay for it."),
    C("Any news on the Texas Behavioral Health Executive Council's telehealth rules for out-of-state clients? PSYPACT covers psychologists, and the Counseling Compact will cover LPCs once operational."),
    C('Interpersonal Psychotherapy by Gerald Klerman and Myrna Weissman has a group version used by StrongMinds in Uganda. Has anyone trained with the IPT Institute in the United States?'),
    C("Regarding Huntington's disease support: the Huntington's Disease Association (England and Wales) and the Huntington's Disease Society of America both have family guides. The UHDRS is used by neurologists, not us."),
    C('Looking for a supervisor trained in Emotionally Focused Therapy accredited by ICEEFT. Sue Johnson died in 2024, and the community seems to be reorganising. Anyone in Ireland or Scotland?'),
    C('On the Spanish Ley Orgánica de Protección de Datos: do therapists need a Delegado de Protección de Datos if they use Doctoralia? The Consejo General de la Psicología de España may know.'),
    C("For lonely older adults, Age UK's Silver Line merged with Age UK's advice line. The Campaign to End Loneliness has measures. The UCLA Loneliness Scale (Daniel Russell) is in most studies."),
    C("Does anyone use the Outcome Rating Scale and Session Rating Scale from Scott Miller's Feedback-Informed Treatment? Barry Duncan's PCOMS is the licensed version. Our Norwegian partners use it every Tuesday."),
    C('For sexual health, the Sexual Advice Association, Relate, and the College of Sexual and Relationship Therapists (COSRT) in the UK. Viagra and Cialis often come up; Addyi is available in the United States.'),
    C('Planning a Pride Month workshop in June on minority stress (Ilan Meyer). The Trevor Project, Stonewall and the LGBT Foundation have resources. Is the Gender Minority Stress and Resilience Measure validated?'),
    C('The Behavioural Insights Team had an interesting piece on Nudge theory (Richard Thaler and Cass Sunstein) in mental health. Anyone applying nudges to DNA rates in the NHS?'),
    C('For Ayurveda-minded clients from Kerala, the Ministry of AYUSH promotes yoga for mental health. The Indian Psychiatric Society is cautious. How do you talk about Ashwagandha when clients also take Escitalopram?'),
    C('Does the Medical Council of New Zealand or the New Zealand Psychologists Board allow therapists to treat clients located in Samoa or Tonga by video? Pasifika clients often travel for Christmas and White Sunday.'),
    C('Spring conference suggestions? The American Psychiatric Association annual meeting is in May, the ISTSS one is usually in November, and the European Association for Behavioural and Cognitive Therapies meets in September.'),
    C("On Dissociation: Onno van der Hart, Ellert Nijenhuis and Kathy Steele's The Haunted Self introduced structural dissociation theory. The DES-II and MID are common measures. The ESTD runs courses."),
    C('Hello from a new member. I trained in Transactional Analysis (Eric Berne), later in Gestalt (Fritz and Laura Perls). The UKCP accepts both. Which supervisory body do TA folks in Australia use?'),
    C('Is there a validated Amharic version of the PCL-5? The National Center for PTSD lists many languages. Ethiopian and Eritrean clients in Israel and Sweden are asking for screening in their own languages.'),
    C('Gender-affirming care question: the WPATH Standards of Care Version 8 and the Cass Review in England reach different conclusions. The Endocrine Society guidance is also relevant. How are you handling this with families?'),
    C("For bereaved-by-suicide families: Survivors of Bereavement by Suicide (SOBS), the Alliance of Hope, and the American Foundation for Suicide Prevention's Healing Conversations. Christopher Lukas wrote Silent Grief."),
    C('Is anyone familiar with the Mexican Instituto Nacional de Psiquiatría Ramón de la Fuente Muñiz scales for depression? The CES-D in Spanish is also used by the Instituto Mexicano del Seguro Social.'),
    C('Anyone have the Beck Hopelessness Scale in Turkish? Hacettepe University researchers may have Turkish norms.'),
    C("My client keeps asking about Lexapro versus Zoloft and I keep saying that's a question for the prescriber. The Royal Pharmaceutical Society and Healthdirect have plain-language leaflets I can point to."),
    C("Has anyone used the Strengths and Difficulties Questionnaire across Swahili, Luganda and Kinyarwanda? Robert Goodman's site lists them, and Youthinmind hosts many of them."),
    C('Thoughts on Process-Based Therapy by Stefan Hofmann and Steven Hayes? Their book Beyond the DSM was published by Context Press. Some ACBS members see it as the next step after ACT.'),
    C('Parent training: Incredible Years (Carolyn Webster-Stratton), Triple P (Matthew Sanders), and Parent-Child Interaction Therapy (Sheila Eyberg). NICE recommends group-based parent training for conduct disorder.'),
    C("Looking for books on Polish-Jewish intergenerational trauma: Eva Hoffman's After Such Knowledge and Rachel Yehuda's epigenetics papers. The Claims Conference funds some therapy for survivors."),
    C('Does the Norwegian Directorate of Health recommend Metacognitive Therapy (Adrian Wells) for GAD? The Norwegian University of Science and Technology has run trials, and the MCQ-30 is the standard measure.'),
    C('Question about Sunday evening anxiety groups: our Catholic and Anglican members miss church, our Muslim members pray Maghrib, our Jewish members have nothing on. Maybe Tuesday is easier after all.'),
    C("For the Filipino diaspora, the Philippine Mental Health Act 2018 and the Department of Health's Hopeline. Catholic guilt, utang na loob and hiya come up often. E.J.R. David's Brown Skin, White Minds is a great read."),
    C('Does anyone know the Greek translation of the Dissociative Experiences Scale? The Hellenic Psychiatric Association may have it. Our Cypriot colleagues use a Turkish version in the north.'),
    C("On the new DSM-5-TR diagnosis of Prolonged Grief Disorder and ICD-11's version: Holly Prigerson and Paul Boelen have debated the criteria. Any advice on explaining it to families around Easter?"),
    C('For smoking cessation alongside depression, varenicline is available again in the UK after the Champix recall. NCSCT training is free, and the Fagerström Test is quick. Stoptober runs in October.'),
    C('Anyone familiar with the Hebrew version of the Beck Depression Inventory? Clalit and Maccabi use it, and the Israel Psychological Association has norms. Yom HaShoah in April is hard for many of our older clients.'),
    C('Has anyone used Narrative Exposure Therapy (Maggie Schauer, Frank Neuner, Thomas Elbert) with Tamil or Kurdish survivors? vivo international trains in Germany and Uganda, and the manual is published by Hogrefe.'),
    C("The Samaritans' Welsh-language line and the CALL helpline in Wales are good to know. Adferiad Recovery also supports families. Welsh Government guidance on Together for Mental Health ended in 2022."),
    C('Wondering about Abilify Maintena versus Invega Sustenna for clients who forget tablets. The Maudsley Guidelines compare them. Does anyone see differences in motivation for CBT between the two?'),
    C("Reading recommendation: Viktor Frankl's Man's Search for Meaning and Irvin Yalom's Staring at the Sun for death anxiety. Logotherapy is still taught by the Viktor Frankl Institute, though mostly in German."),
    C('For Hindu clients, Navratri and Durga Puja in October are times of family gathering and sometimes conflict. The Indian Psychiatric Society and the Mariwala Health Initiative have culturally adapted resources.'),
    C("Has anyone tried the Reflective Parenting model from the Anna Freud Centre with fathers? The Fatherhood Institute says most parenting programmes miss dads. Triple P has a fathers' version in Australia."),
    C('Is the Hospital Anxiety and Depression Scale (Zigmond and Snaith) still licensed through GL Assessment? Our oncology team in the NHS uses it, and Macmillan Cancer Support recommends it.'),
    C('Any experience with Cognitive Remediation Therapy (Til Wykes) for schizophrenia? CIRCuiTS is the software. The Schizophrenia International Research Society had a symposium in April.'),
    C('For scuba and freediving phobia, the Divers Alert Network has leaflets, and PADI instructors sometimes refer. Anyone adapted graded exposure with an instructor present?'),
    C("Sleep and shift work: the Standard Shiftwork Index and Melatonin timing advice from the American Academy of Sleep Medicine. Circadin is licensed in the UK for over-55s. Any nurses' unions with good guides?"),
    C('Trainees ask about the difference between Existential therapy (Emmy van Deurzen, Rollo May) and Person-Centred therapy. The New School of Psychotherapy and Counselling offers both. Any good comparative texts?'),
    C("Our Māori and Pasifika clients respond well to Te Rau Ora's resources and Le Va's programmes. The Health and Disability Commissioner's Code of Rights is also useful for explaining consent in te reo Māori."),
    C("For perinatal OCD, Maternal OCD (the charity) and Fiona Challacombe's book Break Free from Maternal OCD are brilliant. The Perinatal Mental Health Partnership and PANDAS Foundation run support groups on Thursday mornings."),
    C("Does anyone use the Cornell Scale for Depression in Dementia? The Alzheimer's Association and the World Health Organization both reference it. It's administered to the caregiver and the patient separately."),
    C("For performing musicians, the British Association for Performing Arts Medicine and Help Musicians offer support. Beta-blockers like Propranolol are common. Dianna Kenny's The Psychology of Music Performance Anxiety is the standard text."),
]

"""THIRTY-SEVENTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 37, which
scores the guard of round 36), and independently of the guard: the author
did not open, read, search or run anything under bot/ (bot/confidentiality/
included) or scripts/, did not run the guard, bench/guard_eval.py or any
test that imports or runs the guard, did not read git log messages,
bench/README.md, README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or diffs of any commit, and did
not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_36.py.  No slip of these rules occurred.
What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_36.py only (printed up to its
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

How it was made: every snippet was written by hand, under a very tight
time limit, as a consultation request or a chat message to peers in a
therapists' consultation group, in Laos, Myanmar and its Thai border,
Thailand, Indonesia (Java, Aceh, Papua), Timor-Leste, Bougainville and
Papua New Guinea, the Solomon Islands, Vanuatu, the Marshall Islands,
Palau, Micronesia, Nauru, Wallis and Futuna, Rabi Island (Fiji's Banaban
community), Tonga's capital, the Maldives, Afghanistan and Afghan exiles,
Armenia, Belarusian exiles, Moldova and Gagauzia, Romania, Bulgaria,
North Macedonia, Montenegro, Croatia, Bosnia, Czechia, Latvia,
Luxembourg, Liechtenstein, Malta, Andorra, Ireland and the Gaeltacht,
Northern Ireland, Shetland and Fair Isle, Cornwall, Wales, England's
Midlands, Jersey and Guernsey, Gibraltar, Jordan, Iraq (Sinjar,
Kurdistan), Oman, Bahrain, Kuwait, Yemen, Gaza, Lebanon, Libya, Sudan,
South Sudan, Eritrean exiles in Israel, Djibouti, Somaliland, the Somali
diaspora in Minnesota, Burundi and Tanzania's camps, the DRC (Ituri),
Congo-Brazzaville, Gabon, the Central African Republic, Niger, Mali,
Burkina Faso, Benin, Nigeria, Ghana, Sierra Leone, Liberia,
Guinea-Bissau, Cape Verde, São Tomé, Angola, Namibia, Eswatini, Malawi,
Ethiopia's Gambella, Tajikistan, Iran, Bolivia, Ecuador, Brazil (Acre,
Amazon, Yanomami land, Rondônia, Maranhão), Guyana, Suriname, French
Guiana, Belize, Panama (Guna Yala, Darién), the Dominican Republic,
Puerto Rico, Barbados, St Lucia, the Bahamas, Bermuda, the Cayman
Islands, Curaçao, Alaska, Montana, South Dakota, Maine, West Virginia,
the Texas border, Nova Scotia and Cape Breton, Newfoundland, the Yukon,
Tasmania, Queensland, Western Australia, New South Wales, Taiwan, Macau,
North Korean defectors, China (Ningxia), Mindanao and the Sámi of Norway
and Sweden: short referral lines, rushed lower-case chat (eight snippets
write the names or places in lower case), forwarded faxes and e-mails,
and longer narrative requests with the identifiers mid-sentence.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set37work/) only
stripped the marks into the expected lists, labelled as places the
first occurrence of a fixed list of city names the author had written
unlabelled in identifier snippets (when not already inside a labelled
span), checked lengths, token boundaries, duplicate spans and duplicate
snippets, measured the clean density, shuffled the order with a fixed
seed and wrote this file.
While writing, identifier snippets were reworded as follows: about
sixteen false starts and asides the author had typed into the drafts of
identifier snippets (a country, city or name followed by "? no" and a
correction, "skip", "no surname here", "again" and similar, which read
like notes to himself, four of them holding a labelled name; two such
lines were deleted whole) were cut before the file was built, leaving
only the corrected text; a name given as a first name only was given a
surname; six abandoned half-lines in the clean drafts were deleted; in a
last review an unlabelled refugee camp and a capital city were cut and a
repeated city mention was dropped.
In the clean snippets, about twenty unsure statements (insurers' session
limits and rules, a drug regulator's and a Scottish body's decisions, an
EMDR group protocol's use, an insurer's view of a training, an ACE
researcher's warning, an app's mood prompts, a Korean validation, a
college's citation of tapering guidance, a payer's extensions, a model's
NHS use, two authors of a case series and a charity, an Irish charity's
languages, a training team, German billing rules, EAP session caps and a
college's criticism of a book) were cut or made vaguer; scales and a
school named after cities (a postnatal scale, a wellbeing scale, a
suicide scale, a burnout inventory, a systemic school) and a tool named
after a person were replaced, and a co-author whose surname is a town
was dropped; about thirty generic words the author had capitalised
mid-sentence (depression, insulin, exposure, burnout and the like) were
lower-cased, and the sixteen densest clean snippets were cut and eight
plainer ones written to bring the density closer to the range.
Overlap with the other sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 26 values in the first round
(19 places - mostly city names and a region, cut from the text or
replaced by the country or state, and three real neighbourhoods or
islands replaced by invented places -, 3 ages over 89, 2 postal codes (cut), 1 date and 1 name, all rewritten); the second
pass found nothing.

Settings (chosen to differ from set 36's): unexploded ordnance in Laos,
scam-compound returnees, junta surveillance, migrant knitting-factory
work, volcano and dam-collapse evacuation, the 1999 Timor violence,
Bougainville ex-combatants, nuclear-legacy grief in the Marshall Islands,
sea-rise relocation of Guna islanders, Banaban relocation, the Kabul
evacuation, the 2020 and 2023 Karabakh wars, Belarusian detention,
labour emigration in Moldova, Roma eviction, wrestling concussion,
doxxing of a teacher, Croatian war veterans, quarry and mine collapses,
peat works and steel layoffs, stalkerware, avalanche rescue,
sextortion, legacy trauma in Belfast, crofting and lost boats, spinal
injury from surfing, Syrian and Sudanese refugee camps, Yazidi genocide
anniversaries, cyclone floods in Oman, Gulf domestic workers, a siege in
Yemen, tent camps in Gaza, the Derna flood, sexual violence in Darfur,
cattle raids, Sinai torture, the eastern route, Somali diaspora
benefits, ration cards, Ituri massacres, logging and landmine
amputations, child soldiers and DDR, child marriage, artisanal gold and
mercury, jihadist displacement in the Sahel, vodun ritual fear, Ebola
and kush, rubber plantations, cashew picking, deportation, cocoa roças,
HIV disclosure, tea-estate microloans, tin-mine silicosis, paraquat,
gold-boat accidents, hurricanes (Dorian, Fiona, Freddy), oil spills,
moped and okada crashes, nurses' moral injury after a hospital fire,
refinery job loss, a suicide cluster on a reservation, opioids and
fentanyl in Appalachia and Montana, lobstering and logging, colonia
floods and diabetes, a mass shooting anniversary, residential schools,
salmon farming, crocodile attack, fly-in mining and mates' suicide,
semiconductor and exam burnout, casino debt, defectors' children left
behind, coal-mine floods, the Marawi siege, the tsunami, trafficking on
fishing boats, Wamena displacement, illegal mining on Yanomami land,
hail and crop loss, land threats to rubber tappers, gambling and gaming,
decompression injury, sakau, school dropouts, IVF grief, obstetric
fistula, FGM, a campus harassment case, blast survivors in Beirut and
the Congo, reindeer herding and wind farms, a crane collapse at a
freeport, a farm suicide in Wales, a centenarian's hearing loss,
pacemakers and CGMs in teenagers; with local identifier formats for a
Thai pink card and ID, a Maldivian ID, an Afghan tazkira, an Armenian
social card, a Moldovan IDNP, a Bulgarian EGN, a Croatian OIB, a Czech
rodné číslo, a Latvian personas kods, a Liechtenstein AHV, a Maltese ID,
a Gibraltar ID, an Omani resident card, a Bahraini CPR, a Libyan
national number, a Burkinabè CNIB, a Beninese NPI, a Liberian NIR, a
Cape Verdean NIF, a Namibian ID, an Eswatini PIN, a Bolivian CI, an
Ecuadorian and Panamanian cédula, a Dominican cédula, a Brazilian CPF, a
US SSN, a Taiwanese ARC and ID, a Macau BIR, a Korean RRN, a Chinese ID,
an Indonesian NIK, a Norwegian fødselsnummer, a Montenegrin JMBG, a
Guyanese NIS, a Congolese CNI, an FSM social security number and a
Channel Islands social security number (ssn); district, mission, MSF,
CURE, IHS, VA, DSEI, Yemeni and Somaliland hospital files (medical_record);
CNS cards (Luxembourg, Brazil), GMS medical cards, H&C, NHS, SNS,
IESS, Carte Vitale, Vital, MaineCare, MSI, YHCIP, Medicare (Australia),
NHI (Taiwan), PhilHealth, BPJS, SUS, SVB, CASS, NCMS, WV Medicaid and
MA numbers (health_plan); UNHCR, refugee, SIV, DDR, Centrelink, Bolsa
Família, mobile money, ration card, Thai bank and student-pass numbers
(account); driving, CDL, nursing, medical, midwifery, fishing and
heavy-rig licences (licence); plates from Jordan, Montenegro, Texas,
Maine, Bermuda, Taiwan, Sierra Leone and Belize, fishing and cargo boats,
an IMO number and an MMSI (vehicle); oxygen concentrators, a wheelchair,
CPAP, insulin pump, CGM and its reader, hearing aids, cochlear implant,
pacemaker and prostheses (device); addresses written the local way (an
Indonesian Jl., a Romanian strada and bloc, a Croatian ulica, a Maltese
and Jersey rue, a Pakistani house/street/sector, a Bahraini road and
block, a Macau rua with floor, a Brazilian rua, a Dominican calle, a
Puerto Rican carretera km, a Burkinabè rue and porte, a Welsh house name,
a Guyanese lot, US, Australian, Namibian, Northern Irish and English
streets) with postal codes of those countries, IPv4 and IPv6 addresses,
URLs (Telegram, blog, Instagram, TikTok, X, Twitch, Reddit, OnlyFans,
Steam, Facebook, a forum and a betting profile) and phone and fax numbers
in local and international formats.

368 snippets, 213 with identifiers and 155 clean (lengths 40-520, the
test's bounds). Every pattern category appears at least 12 times (the test
requires 12): date 13, age_over_89 12, phone 36, fax 12, email 13, url 13,
ip_address 13, ssn 45, medical_record 14, health_plan 26, account 15,
licence 18, vehicle 18, device 13, street_address 29, zip_code 24; with
213 names and 231 places smaller than a state (the test requires 213 and
231).

Names: Lao, Shan, Burmese, Thai, Javanese, Acehnese, Papuan (Dani, Lani),
Timorese, Bougainvillean, Solomon Islander, ni-Vanuatu, Marshallese,
Palauan, Pohnpeian, Nauruan, Wallisian, Banaban, Tongan, Maldivian,
Pashtun and Tajik Afghan, Armenian, Belarusian, Moldovan and Gagauz,
Romanian and Roma, Bulgarian and Pomak, Macedonian, Montenegrin,
Croatian, Bosnian, Czech and Czech Roma, Latvian, Portuguese-Luxembourgish,
Liechtensteiner, Maltese, Catalan Andorran, Irish and Irish-language,
Irish Traveller, Northern Irish, Shetlander, Cornish, Welsh, Jersey
Norman, Guernsey, Gibraltarian, Jordanian, Syrian, Lebanese, Iraqi
Yazidi and Kurdish, Omani, Filipino, Kuwaiti, Yemeni, Palestinian,
Libyan and Tuareg, Sudanese, Dinka and Nuer, Eritrean, Djiboutian,
Somali, Burundian, Congolese, Gabonese Fang, Central African, Hausa,
Bambara, Mossi, Fon and Bariba, Yoruba, Akan, Temne and Mende, Kpelle,
Fula, Cape Verdean, São Toméan, Ovimbundu and Chokwe, Ovambo, Swazi,
Chewa and Tumbuka, Quechua, Aymara, Guaraní, Kichwa, Shuar, Brazilian,
Huni Kuin, Yanomami and Ye'kuana, Paiter Suruí, Kaxarari, Indo-Guyanese
and Afro-Guyanese, Saamaka Maroon, Javanese Surinamese, Guianese Creole,
Q'eqchi', Guna, Emberá, Dominican, Puerto Rican, Bajan, Saint Lucian,
Bahamian, Bermudian, Caymanian, Curaçaoan, Yup'ik, Blackfeet, Lakota,
Maine Franco-American, Appalachian, Tejano, Acadian, Mi'kmaw,
Newfoundland, Gwich'in, Tasmanian, Noongar, Torres Strait Islander,
Samoan, Taiwanese and Truku, Macanese Cantonese, North Korean, Hui,
Maranao and Maguindanao, Sámi, Polish, Afghan-Iranian and Nigerian
names; lower-case names and places, hyphenated and multi-part names.
Places: invented villages, bans, dusuns and kelurahans, aldeas, hamlets,
camps and camp blocks, tent rows, settlements, comunidades, kampus,
kunukus, barrios, colonias, hollers, holler roads, tenantries, quartiers
and secteurs, payams, mahallas and mahalas, sídliště, estates, crofts,
care homes, health posts and centres, clinics, schools and a university
residence, a lycée annex, a factory, a peat works, a quarry, a shaft
camp, a garimpo, a cane section, a tea block, a laundry, a market stall,
a gym, a guesthouse, a hostel, a caravan park, a freeport berth, docks
and wharves, a halting site, city districts and suburbs (some real),
islands and island villages, a few real cities, and places after street
addresses.

Clean snippets follow the spec of the issue this set measures: clean
clinical prose DENSE with capitalised non-identifiers - drug brand and
generic names, scales and questionnaires, therapy models and their
founders, cited authors and books (real, published works only),
guidelines and acts, diagnoses, weekdays, months and holidays (religious
and national festivals included; never a person's date), professional
bodies, regulators, charities, helplines, insurers and payers, EAP
providers, billing codes, telehealth and wellbeing apps, states,
countries, nationalities, religions and languages, and sentence-initial
words.  Nothing in a clean snippet identifies a client, and no private
person or place smaller than a state is named (no city appears, also not
inside the names of scales, schools or organisations).
Capitalised-word density, computed by the author's own script on this file:
words starting with a capital letter that are not the first word of the
snippet or of a sentence (after . ! or ?, skipping opening quotes and
brackets), excluding the pronoun I and its contractions, number
1424 in the 155 clean snippets, a mean of 9.2 per clean
snippet, slightly above the 7-9 asked for (median 9,
minimum 2, maximum 13); counting only words with at least one lower-case letter (no
all-capitals acronyms such as CBT or PHQ-9) the mean is 8.4.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made
up; a few real cities, districts, suburbs, towns, camps and streets are
used only as places; the other named clinics, care homes, schools,
workplaces and villages are invented or used fictitiously.
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED37_CASES = [
    C('Cape Verdean Djassi Monteiro Fortes, Ribeira da Barca Achada Leite, drought debts, phone +238 991 44 18.', [('name', 'Djassi Monteiro Fortes'), ('place', 'Ribeira da Barca Achada Leite'), ('phone', '+238 991 44 18')]),
    C('The Problem Management Plus manual from the World Health Organization is free; Self-Help Plus and Step-by-Step are digital cousins used in Lebanon and Syria.'),
    C('São Tomé fisher Adilson Pina Vaz, Neves Praia Ponta Figo, canoe capsized, brother lost.', [('name', 'Adilson Pina Vaz'), ('place', 'Neves Praia Ponta Figo')]),
    C('Anyone using exposure and Response Prevention via NOCD? The International OCD Foundation lists therapists, and OCD Action and OCD-UK both run support groups.'),
    C('Clozapine monitoring via the Zaponex Treatment Access System or CPMS is mandatory; the British National Formulary lists neutropenia thresholds we review each Monday.'),
    C('Medicaid and Medicare reimbursement for telehealth changed after the Public Health Emergency ended in May; CMS and Congress extended some flexibilities, though the details shift each December.'),
    C('Central African Republic: child soldier Bienvenu Yakité-Ngaïkoua, PK5 Boeing quartier, DDR card DDR-RCA-0048817.', [('name', 'Bienvenu Yakité-Ngaïkoua'), ('place', 'PK5 Boeing quartier'), ('account', 'DDR-RCA-0048817')]),
    C('Iraq, Sinjar: Nadia Khalaf Hassan, Yazidi survivor, camp Sharya Block F, returns to Kocho South, phone +964 750 418 2276. Anniversary reaction in August.', [('name', 'Nadia Khalaf Hassan'), ('place', 'Sharya Block F'), ('place', 'Kocho South'), ('phone', '+964 750 418 2276'), ('place', 'Sinjar')]),
    C("Maine: Deborah Ann Thibodeau, lobsterman's widow, 41 Pemaquid Trail, New Harbor, 04554, MaineCare MaineCare ID 0448 1922 K.", [('name', 'Deborah Ann Thibodeau'), ('street_address', '41 Pemaquid Trail'), ('place', 'New Harbor'), ('zip_code', '04554'), ('health_plan', 'MaineCare ID 0448 1922 K')]),
    C('Niger: Aïchatou Harouna Soumana, Tassa Koirategui, flood displaced, married at 14, mobile +227 96 41 28 07.', [('name', 'Aïchatou Harouna Soumana'), ('place', 'Tassa Koirategui'), ('phone', '+227 96 41 28 07')]),
    C('Somatic Symptom Disorder under DSM-5 replaced Hypochondriasis; Health Anxiety CBT from Paul Salkovskis and colleagues remains the model I use.'),
    C('Olanzapine causes weight gain, so we add Metformin early; guidance from the Royal College of Psychiatrists and NICE covers physical health monitoring.'),
    C('Sudanese student Mazin Osman Eltayeb in Egypt, Ard El Lewa alley 6, UNHCR 555-24C-04418, brother killed in Omdurman.', [('name', 'Mazin Osman Eltayeb'), ('place', 'Ard El Lewa alley 6'), ('account', 'UNHCR 555-24C-04418'), ('place', 'Omdurman')]),
    C('Prolonged Exposure from Edna Foa has strong evidence; Written Exposure Therapy from Denise Sloan and Brian Marx is shorter and the VA now trains clinicians in it.'),
    C("Consultation: Chiamaka Eze-Obi's ex posts her address Flat 4, 27 Ashby Road, Hinckley Wykin, LE10 0QP, on https://x.com/cheze_exposed.", [('name', 'Chiamaka Eze-Obi'), ('street_address', 'Flat 4, 27 Ashby Road'), ('place', 'Hinckley Wykin'), ('zip_code', 'LE10 0QP'), ('url', 'https://x.com/cheze_exposed')]),
    C('Acre rubber-tapper Osmarino Kaxarari, Seringal Cachoeira Xapuri, land threats, Bolsa Família NIS 1441887726.', [('name', 'Osmarino Kaxarari'), ('place', 'Seringal Cachoeira Xapuri'), ('account', 'Bolsa Família NIS 1441887726')]),
    C('Iraqi Kurdish client Shilan Rasul Mahmoud from Halabja Sirwan quarter, chemical-attack anniversary in March, phone +964 770 148 2277.', [('name', 'Shilan Rasul Mahmoud'), ('place', 'Halabja Sirwan quarter'), ('phone', '+964 770 148 2277')]),
    C("The Polyvagal Theory from Stephen Porges is popular but contested; Deb Dana's Anchored book simplifies it, and critics like Paul Grossman are worth reading."),
    C("Jersey: Amélie Le Brocq, 3 La Rue de la Hougue, St Ouen's Vinchelez, JE3 2AF, fisherwoman, sister lost at sea. Social security no JY 41 77 93 C.", [('name', 'Amélie Le Brocq'), ('street_address', '3 La Rue de la Hougue'), ('place', "St Ouen's Vinchelez"), ('zip_code', 'JE3 2AF'), ('ssn', 'JY 41 77 93 C')]),
    C("Children's Commissioner reports and the Children Act 1989 guide our safeguarding; Working Together to Safeguard Children was updated in December."),
    C('Thai fisherman Prasert Kongsri, Ban Laem Pho Moo 4, trafficked on a boat, Thai bank 441-8-87720-1.', [('name', 'Prasert Kongsri'), ('place', 'Ban Laem Pho Moo 4'), ('account', 'Thai bank 441-8-87720-1')]),
    C("Emberá Leonel Cabrera Dogirama, Comunidad Puru Emberá Drua, boat PA-DAR 0418, migrants' bodies in the river.", [('name', 'Leonel Cabrera Dogirama'), ('place', 'Comunidad Puru Emberá Drua'), ('vehicle', 'PA-DAR 0418')]),
    C("Polish clients appreciate All Saints' Day observance in November; Catholic rites around Zaduszki matter, and the Polish Psychological Association has grief resources."),
    C('Irish Traveller Bridget Ward-McDonagh, halting site Cúl an Tí bay Tuam Road, child removed, medical card GMS 7718 442W.', [('name', 'Bridget Ward-McDonagh'), ('place', 'Cúl an Tí bay Tuam Road'), ('health_plan', 'GMS 7718 442W')]),
    C('Elderly Maltese man Ġużeppi Farrugia, aged one hundred and one, Żejtun Bir id-Deheb, lonely after his parish hall closed.', [('name', 'Ġużeppi Farrugia'), ('age_over_89', 'aged one hundred and one'), ('place', 'Żejtun Bir id-Deheb')]),
    C('Tasmanian Pip Rattray-Foley, Geeveston main street flats, bushfire 2019, email pip.rf@bigpond.com.', [('name', 'Pip Rattray-Foley'), ('place', 'Geeveston main street flats'), ('email', 'pip.rf@bigpond.com')]),
    C('We ask about Ramadan, Lent, Yom Kippur and Navaratri in the first session, because fasting changes Lithium, Clozapine and insulin plans.'),
    C('Fax for Wojtek Krasicki-Lubomirski: +48 22 418 77 60, PESEL 78041812359, from Osiedle Zielone Wzgórze.', [('name', 'Wojtek Krasicki-Lubomirski'), ('fax', '+48 22 418 77 60'), ('ssn', '78041812359'), ('place', 'Osiedle Zielone Wzgórze')]),
    C('Western Australia: Noelene Bropho-Ryder, Noongar, Wandering Mission Lot 7, Centrelink CRN CRN 207 448 811K.', [('name', 'Noelene Bropho-Ryder'), ('place', 'Wandering Mission Lot 7'), ('account', 'CRN 207 448 811K')]),
    C('A short reminder that Monday is the audit deadline for our NICE-recommended outcome measures, and that the PHQ-9 must be scored before sessions end.'),
    C('Ireland: Siobhán Ní Fhlatharta, 19, from Baile na hAbhann Thiar, Conamara. Medical card GMS 4418037T. Online sextortion via https://www.instagram.com/siobhan.nf_cara.', [('name', 'Siobhán Ní Fhlatharta'), ('place', 'Baile na hAbhann Thiar'), ('health_plan', 'GMS 4418037T'), ('url', 'https://www.instagram.com/siobhan.nf_cara'), ('place', 'Conamara')]),
    C("Thursday's training on eating disorders used the EDE-Q and Christopher Fairburn's CBT-E; Beat and the Royal College of Psychiatrists' MEED guidance were discussed."),
    C('Open Dialogue from Jaakko Seikkula began in Finland and was trialled in England as ODDESSI; Peer-Supported Open Dialogue training spread through several NHS trusts.'),
    C('The Children and Families Act 2014 and SEND Code of Practice drive our EHCP reports; Ofsted and the Care Quality Commission jointly inspect local areas.'),
    C('bulgarian nurse mariya todorova in gotse delchev ward 3, BAPZG reg 011847, intrusive thoughts after a patient death. email mariya.todorova.gd@abv.bg', [('name', 'mariya todorova'), ('place', 'gotse delchev ward 3'), ('licence', 'BAPZG reg 011847'), ('email', 'mariya.todorova.gd@abv.bg')]),
    C('my client nang seng hom from wan hai loi camp keeps asking if the junta can read her messages, she uses https://t.me/loikawsisters_relay channel. advice on safety planning?', [('name', 'nang seng hom'), ('place', 'wan hai loi camp'), ('url', 'https://t.me/loikawsisters_relay')]),
    C("Mali: Bakary Keïta Diarra, gold digger at the Kalana orpaillage site N'tiola, mercury exposure, brother died in pit collapse.", [('name', 'Bakary Keïta Diarra'), ('place', "Kalana orpaillage site N'tiola")]),
    C("wifi logs show tevita fusitu'a halaholo logging in from 203.29.118.47 at the nuku'alofa halaleva hostel, after he was told to stop on 11 june 2026. he is scared of his uncle.", [('name', "tevita fusitu'a halaholo"), ('ip_address', '203.29.118.47'), ('place', "nuku'alofa halaleva hostel"), ('date', '11 june 2026')]),
    C('Czech Roma Lukáš Dunka, Chanov sídliště block 9, Chanov 418, debt collectors, anxious.', [('name', 'Lukáš Dunka'), ('place', 'Chanov sídliště block 9'), ('street_address', 'Chanov 418')]),
    C("Montenegro: Milica Đukanović-Raičević, Nikšić Humci settlement, JMBG 0411988215014, husband's gambling on https://meridianbet.me/profile/raicevicm.", [('name', 'Milica Đukanović-Raičević'), ('place', 'Nikšić Humci settlement'), ('ssn', '0411988215014'), ('url', 'https://meridianbet.me/profile/raicevicm')]),
    C('Newfoundland: Clarence Pardy from Bay de Verde back cove, 91 and a quarter, wife in long-term care, grief.', [('name', 'Clarence Pardy'), ('place', 'Bay de Verde back cove'), ('age_over_89', '91 and a quarter')]),
    C('Sitiveni Kioa Lolohea, Rabi Island, Tabiang Rabi, Banaban relocation grief, hospital Rabi HC 0418/25.', [('name', 'Sitiveni Kioa Lolohea'), ('place', 'Tabiang Rabi'), ('medical_record', 'Rabi HC 0418/25'), ('place', 'Rabi Island')]),
    C('Indonesia, Aceh: Cut Nyak Farhana, Gampong Lampulo Baroh, flood again, BPJS BPJS 0001 4418 2297 3.', [('name', 'Cut Nyak Farhana'), ('place', 'Gampong Lampulo Baroh'), ('health_plan', 'BPJS 0001 4418 2297 3')]),
    C("Fridays we run a Kurdish and Arabic women's group funded by the Refugee Council and Freedom from Torture; Newroz in March is our biggest celebration."),
    C('For Emetophobia, CBT with exposure is the usual approach; Anxiety UK and No Panic help clients find specialists, often in January after Christmas illness.'),
    C('Our Vietnamese clients often observe Tết in January or February; Lunar New Year brings family pressure, and Asian Mental Health Collective has resources in Vietnamese.'),
    C('The Hikikomori literature from Takahiro Kato and Alan Teo is growing; Japanese and Korean researchers use the HQ-25, and the Ministry of Health, Labour and Welfare funds outreach.'),
    C('The Cape Breton miner Angus Dan MacNeil of Glace Bay No. 11 row, ninety-five next month, keeps hearing the pit whistle.', [('name', 'Angus Dan MacNeil'), ('place', 'Glace Bay No. 11 row'), ('age_over_89', 'ninety-five next month'), ('place', 'Cape Breton')]),
    C('For autistic adults, the AQ-10 and RAADS-R are screening only; the National Autistic Society and Autistica both argue for neurodiversity-affirming practice.'),
    C('For the Ukrainian-Romanian border case: Oksana Hnatyuk-Moroșan, refugee ID RO-UA-PT 0048 1177, staying at Pensiunea Floare de Colț, Sighetu Marmației.', [('name', 'Oksana Hnatyuk-Moroșan'), ('account', 'RO-UA-PT 0048 1177'), ('place', 'Pensiunea Floare de Colț, Sighetu Marmației')]),
    C('Benin: Rachidatou Bio Tchané, Kandi Gansosso, IVF grief, NPI NPI 7788 2214 09, email rachida.biotchane@gmail.com.', [('name', 'Rachidatou Bio Tchané'), ('place', 'Kandi Gansosso'), ('ssn', 'NPI 7788 2214 09'), ('email', 'rachida.biotchane@gmail.com')]),
    C('Health Education England funded our Psychological Wellbeing Practitioner posts; IAPT became NHS Talking Therapies and the Improving Access manual was revised.'),
    C('Interpersonal psychotherapy from Gerald Klerman and Myrna Weissman has a group version used by StrongMinds in Zambia and Uganda.'),
    C("I'm reading Gabor Maté's In the Realm of Hungry Ghosts for our addiction group; SMART Recovery and Alcoholics Anonymous both feature, alongside Al-Anon for families."),
    C('Tinnitus distress responds to CBT per the British Tinnitus Association; the Tinnitus Handicap Inventory and Tinnitus Functional Index measure change.'),
    C('Aymara Justina Apaza Mamani, Jesús de Machaca Marka Qhunqhu, +591 71 441 877, hail and crop loss.', [('name', 'Justina Apaza Mamani'), ('place', 'Jesús de Machaca Marka Qhunqhu'), ('phone', '+591 71 441 877')]),
    C('China: Ma Xiulan, Hui, 57, Tongxin Weizhou village, Ningxia, son died in coal-mine flood, ID 640324196904183321.', [('name', 'Ma Xiulan'), ('place', 'Tongxin Weizhou village'), ('ssn', '640324196904183321')]),
    C('Taiwanese student Huang Yu-Ting, Tamsui Zhongshan Road hostel, A229418771, exam panic.', [('name', 'Huang Yu-Ting'), ('place', 'Tamsui Zhongshan Road hostel'), ('ssn', 'A229418771')]),
    C('Does anyone run a Friday group for carers of people with Dementia? We use the Zarit Burden Interview and signpost to Carers UK, but attendance drops in August.'),
    C("I read Irvin Yalom's The Gift of Therapy every New Year; his Existential psychotherapy is heavier but the chapter on death is unmatched."),
    C('Syrian in Lebanon: Fatima Al-Zoubi, Bar Elias ITS 019, UNHCR LEB-C-22-118447, husband detained, kids begging.', [('name', 'Fatima Al-Zoubi'), ('place', 'Bar Elias ITS 019'), ('account', 'LEB-C-22-118447')]),
    C('The Sámi, Kven and Norwegian communities in the north are served by SANKS, the Sámi national competence service; Sámi National Day is in February.'),
    C("Seasonal Affective Disorder peaks in November and February; light boxes meeting Lumie or Philips standards plus Bupropion are options, per Norman Rosenthal's Winter Blues."),
    C("We celebrate Pride in June and Black History Month in October, and the British Psychological Society's Division of Counselling Psychology sent a statement on both."),
    C('Wallis and Futuna: Soane Tauvale Mulikihaamea, Mata-Utu Hahake village, crewman on the cargo ship IMO 9441877, panic at sea.', [('name', 'Soane Tauvale Mulikihaamea'), ('place', 'Mata-Utu Hahake village'), ('vehicle', 'IMO 9441877')]),
    C('The Australian Psychological Society and the Psychology Board of Australia changed Medicare Better Access sessions back to ten in January.'),
    C("A Gagauz client, Tatiana Ciobanu-Dimitroglo, from Congaz Upper Mahala, wants help with daughter's gaming; Steam https://steamcommunity.com/id/dimitroglo_kid.", [('name', 'Tatiana Ciobanu-Dimitroglo'), ('place', 'Congaz Upper Mahala'), ('url', 'https://steamcommunity.com/id/dimitroglo_kid')]),
    C('Guinea-Bissau: Djenabu Baldé, cashew picker, Tabanca de Sintchã Mamadu, husband died at sea, infant sick.', [('name', 'Djenabu Baldé'), ('place', 'Tabanca de Sintchã Mamadu')]),
    C('Hello all, Kalinda Tebano (Nauru) from Meneng Anibare side - phosphate town grief; phone +674 557 4418.', [('name', 'Kalinda Tebano'), ('place', 'Meneng Anibare side'), ('phone', '+674 557 4418')]),
    C('Saw Sebastián Pacheco Quishpe on 2026-09-30; his cousin phones +593 98 772 4418. From Otavalo Peguche Tío.', [('name', 'Sebastián Pacheco Quishpe'), ('date', '2026-09-30'), ('phone', '+593 98 772 4418'), ('place', 'Otavalo Peguche Tío')]),
    C('Liv Kristine Sandvik-Ruud, midwife, Leknes Gravdal birth unit, HPR 1184477, stillbirth review coming, cannot stop shaking.', [('name', 'Liv Kristine Sandvik-Ruud'), ('place', 'Leknes Gravdal birth unit'), ('licence', 'HPR 1184477')]),
    C("Gottman Method couples work and Sue Johnson's Emotionally Focused Therapy clash on conflict; Hold Me Tight is the book I lend most often before Valentine's Day."),
    C('During Lent some Catholic and Orthodox clients fast, and Easter brings grief for the bereaved; Cruse Bereavement Support and the Good Grief Trust publish holiday guides.'),
    C('Brazilian gold miner (garimpeiro) Raimundo Nonato Ferreira, Garimpo Porto Rico Itaituba, CNH 04418822175, mercury worry, vomiting blood last Tuesday 4 August 2026.', [('name', 'Raimundo Nonato Ferreira'), ('place', 'Garimpo Porto Rico Itaituba'), ('licence', 'CNH 04418822175'), ('date', 'Tuesday 4 August 2026')]),
    C('For Gaming Disorder, the ICD-11 criteria differ from the DSM-5 proposal for Internet Gaming Disorder; Daria Kuss and Mark Griffiths have published widely.'),
    C('Suriname: Lucien Pinas-Aboikoni, Saamaka, Pikin Slee Kampu, gold-boat accident, phone +597 861 4427.', [('name', 'Lucien Pinas-Aboikoni'), ('place', 'Pikin Slee Kampu'), ('phone', '+597 861 4427')]),
    C("Another Ningxia mining widow: Ma Fengying, Haiyuan Xi'an township, NCMS 6404 2218 4471.", [('name', 'Ma Fengying'), ('place', "Haiyuan Xi'an township"), ('health_plan', 'NCMS 6404 2218 4471')]),
    C("vanuatu: marie-louise tabimasmas in lakatoro south, cyclone lost the family garden and her father's Philips SimplyGo oxygen concentrator serial SG47719023. she cant sleep.", [('name', 'marie-louise tabimasmas'), ('place', 'lakatoro south'), ('device', 'Philips SimplyGo oxygen concentrator serial SG47719023')]),
    C('Newfoundland nurse Rhonda Keeping, Harbour Breton Southside, CRNNL 047718, IP of stalker 142.162.44.188.', [('name', 'Rhonda Keeping'), ('place', 'Harbour Breton Southside'), ('licence', 'CRNNL 047718'), ('ip_address', '142.162.44.188')]),
    C('Apolonia Choque Condori, Aymara, Ayllu Sullka Achachi, Bolivian SUS SUS BO 4418-7720-1, husband died in the hail storm.', [('name', 'Apolonia Choque Condori'), ('place', 'Ayllu Sullka Achachi'), ('health_plan', 'SUS BO 4418-7720-1')]),
    C('French Guiana: Ketty Joseph-Léandre, Cogneau-Lamirande Rue des Palmistes sector, 97351, carte Vitale 2 79 11 973 02 118 44, panic after the gold-camp shooting.', [('name', 'Ketty Joseph-Léandre'), ('place', 'Cogneau-Lamirande Rue des Palmistes sector'), ('zip_code', '97351'), ('health_plan', '2 79 11 973 02 118 44')]),
    C('Montana: Travis Lee Bullshoe, Blackfeet, Starr School road, oxycodone use, Montana CDL 0119247731. Phone (406) 338-4127.', [('name', 'Travis Lee Bullshoe'), ('place', 'Starr School road'), ('licence', 'Montana CDL 0119247731'), ('phone', '(406) 338-4127')]),
    C('Benin: Codjo Houngbédji from Ganvié stilt quarter Houédo, vodun ritual anxiety, Beninese RAVIP NPI 4419 8820 17.', [('name', 'Codjo Houngbédji'), ('place', 'Ganvié stilt quarter Houédo'), ('ssn', 'NPI 4419 8820 17')]),
    C('Quick poll: PCL-5 or the ITQ for complex PTSD under ICD-11? The WHO field trials favour the ITQ, while DSM-5-TR users in America stick with the PCL-5.'),
    C("A reminder that Friday's CPD is on Trichotillomania; the TLC Foundation for Body-Focused Repetitive Behaviors and N-Acetylcysteine trials will be discussed."),
    C('i saw lejla kovač again at bolnica travnik today (d.o.b. 03/07/1991) and her ex is logging in from 2a02:27b0:4418:91::17 — can a protection order cover that?', [('name', 'lejla kovač'), ('place', 'bolnica travnik'), ('date', '03/07/1991'), ('ip_address', '2a02:27b0:4418:91::17')]),
    C("Ecuadorian Shuar Nankamai Tsamaraint, Centro Shuar Tuutinentza, oil spill, child's rash, hospital HPM-MAC 0448812.", [('name', 'Nankamai Tsamaraint'), ('place', 'Centro Shuar Tuutinentza'), ('medical_record', 'HPM-MAC 0448812')]),
    C('Desvenlafaxine and Venlafaxine withdrawal can be brutal; Mark Horowitz and David Taylor published tapering guidance in The Lancet Psychiatry and the Royal College of Psychiatrists revised its own leaflet.'),
    C("Tuesday's reflective practice will cover vicarious trauma; Laurie Anne Pearlman and Karen Saakvitne's Trauma and the Therapist is the reading, plus the ProQOL scale."),
    C('Curaçao teen Shaquille Cijntje streams self-harm on https://www.twitch.tv/shaqcijntje_cw; lives in Montaña Rey barrio.', [('name', 'Shaquille Cijntje'), ('url', 'https://www.twitch.tv/shaqcijntje_cw'), ('place', 'Montaña Rey barrio')]),
    C('Admin at Escola Estadual Vila Canaã forwarded a fax from +55 69 3441 8872 about Lorena Suruí Paiter, in her ninety-third year, grandmother raising four.', [('place', 'Escola Estadual Vila Canaã'), ('fax', '+55 69 3441 8872'), ('name', 'Lorena Suruí Paiter'), ('age_over_89', 'in her ninety-third year')]),
    C('Email from a colleague: "Can you see Pedro Kaxinawá? His address is Rua Seringal Novo 88, Bairro Cadeia Velha, Rio Branco 69900-118."', [('name', 'Pedro Kaxinawá'), ('street_address', 'Rua Seringal Novo 88'), ('place', 'Bairro Cadeia Velha'), ('zip_code', '69900-118'), ('place', 'Rio Branco')]),
    C('Papuan nurse Mariana Wenda Tabuni, STR 04418872, Distrik Kurulu Jiwika, hostage experience.', [('name', 'Mariana Wenda Tabuni'), ('licence', 'STR 04418872'), ('place', 'Distrik Kurulu Jiwika')]),
    C('A Sámi reindeer herder on the Swedish side: Per-Anders Labba Kuhmunen, Ráneš sameby corral, snowmobile SE FXR 418, suicide in the siida.', [('name', 'Per-Anders Labba Kuhmunen'), ('place', 'Ráneš sameby corral'), ('vehicle', 'SE FXR 418')]),
    C("Family Therapy from Salvador Minuchin's Structural model and Mara Selvini Palazzoli's Systemic school still dominate our training at the Association for Family Therapy."),
    C('Croatian islander Ante Šimunović-Bura, 97 years, 2 months, from Sali Dugi Otok upper village, fell twice, refuses the home.', [('name', 'Ante Šimunović-Bura'), ('age_over_89', '97 years, 2 months'), ('place', 'Sali Dugi Otok upper village')]),
    C('Anyone know if Mirtazapine is still first-line for Parkinsonian insomnia? The Movement Disorder Society reviews say evidence is thin; Melatonin and Quetiapine get mentioned too.'),
    C('Gibraltar: Nathan Bossano-Trico, border worker, panic at the frontier queue, ID G274118 phone +350 5801 4423.', [('name', 'Nathan Bossano-Trico'), ('ssn', 'G274118'), ('phone', '+350 5801 4423')]),
    C('Hindu clients during Navaratri and Diwali often fast; we adjust Metformin timing with their GP and remind them Diabetes UK publishes festival advice.'),
    C('Panama: Yarisel Ábrego Ortega, Guna from Gardi Ukupseni islet, sea-rise relocation to Isber Yala new town, cédula 10-714-2288.', [('name', 'Yarisel Ábrego Ortega'), ('place', 'Gardi Ukupseni islet'), ('place', 'Isber Yala new town'), ('ssn', '10-714-2288')]),
    C('Mateus da Costa Ximenes from Aldeia Fatubessi Leten in Timor-Leste, 1999 survivor, now 61. BPJS-like card from Dili clinic: SNS-TL 7740031592. Reach him on +670 7723 1184.', [('name', 'Mateus da Costa Ximenes'), ('place', 'Aldeia Fatubessi Leten'), ('health_plan', 'SNS-TL 7740031592'), ('phone', '+670 7723 1184'), ('place', 'Dili')]),
    C("For Burnout, Christina Maslach's Maslach Burnout Inventory is the standard; other burnout scales are free, and the ICD-11 lists burnout as an occupational phenomenon."),
    C("For Selective Mutism, the Selective Mutism Information and Research Association and Maggie Johnson's Selective Mutism Resource Manual are excellent; sliding-in technique works in reception classes."),
    C('I was surprised the Care Quality Commission rated our Community Mental Health Team outstanding; the Royal College of Nursing and Unison reps credited the Friday huddles.'),
    C('We added the CORE-OM to our intake in January; the service lead wanted something free, and BACP members kept asking for it.'),
    C("Our Somali clients often describe distress as jinn possession; Islamic counselling from Muslim Youth Helpline and cultural consultation from Barnardo's both help."),
    C("For perinatal OCD I recommend Fiona Challacombe's Break Free from OCD, and the Maternal OCD charity; Sertraline is usually compatible with breastfeeding per the LactMed database."),
    C('The Hamilton Rating Scale for depression is slow compared to the MADRS; the European Medicines Agency still accepts both in trials of Vortioxetine.'),
    C('Anyone tried the Headspace or Calm apps with Bipolar clients? Daylio mood tracking works better, and the Bipolar UK forum recommends eMoods for Android.'),
    C("Huntington's Disease families need genetic counselling; the Huntington's Disease Association and the European Huntington's Disease Network offer support in English, German and Dutch."),
    C("Our Chinese Mandarin-speaking clients often somatise; Arthur Kleinman's Social Origins of Distress and Disease is a classic, and Mid-Autumn Festival is a good engagement moment."),
    C('Lithium levels in summer heat rise; we warn clients before August holidays and check thyroid and kidney function per the British Association for Psychopharmacology.'),
    C('Yukon: Jolene Tizya-Charlie, Vuntut Gwitchin, Old Crow lower town, YHCIP YHC 118 447 209, residential-school legacy.', [('name', 'Jolene Tizya-Charlie'), ('place', 'Old Crow lower town'), ('health_plan', 'YHC 118 447 209')]),
    C('Anyone using the Mood Disorder Questionnaire in Arabic or Farsi? Afghan and Iranian clients in Germany often prefer Dari or Persian materials from the Red Cross.'),
    C('Alaskan fisherman Erik Nordstrom Haakenson, Dutch Harbor Unalaska docks, CFEC permit 44187Q, crewman drowned.', [('name', 'Erik Nordstrom Haakenson'), ('place', 'Dutch Harbor Unalaska docks'), ('licence', 'CFEC permit 44187Q')]),
    C("Compassion-Focused Therapy from Paul Gilbert suits shame-heavy clients; I also lend Kristin Neff's Self-Compassion book and point to the Compassionate Mind Foundation."),
    C('Czech: Zuzana Hrubešová at Domov seniorů Pod Lipovou Strání is ninety-six years and nine months, asks to die. Rodné číslo 305816/417. Family split on capacity.', [('name', 'Zuzana Hrubešová'), ('place', 'Domov seniorů Pod Lipovou Strání'), ('age_over_89', 'ninety-six years and nine months'), ('ssn', '305816/417')]),
    C('Sierra Leone driver Alusine Bangura, okada SL MBL 4418, Kush and grief after crash in Bo Kindia Town.', [('name', 'Alusine Bangura'), ('vehicle', 'SL MBL 4418'), ('place', 'Bo Kindia Town')]),
    C('Ecuador: Rosa Elvira Chalán Guamán, Kichwa, comunidad Ñukanchik Ñan Alto, Saraguro; her son deported, cédula 1104478231, IESS IESS 1104478231-CAMP. Fax the report to +593 7 270 4419.', [('name', 'Rosa Elvira Chalán Guamán'), ('place', 'comunidad Ñukanchik Ñan Alto'), ('ssn', '1104478231'), ('health_plan', 'IESS 1104478231-CAMP'), ('fax', '+593 7 270 4419'), ('place', 'Saraguro')]),
    C('North Korean defector in South Korea, Ri Kum-Sil, Hanawon Gangwon branch graduate, phone +82 10-4418-2276, nightmares of Onsong.', [('name', 'Ri Kum-Sil'), ('place', 'Hanawon Gangwon branch'), ('phone', '+82 10-4418-2276'), ('place', 'Onsong')]),
    C("Wednesday's journal club covered Daniel Kahneman's Thinking, Fast and Slow and Aaron Beck's Cognitive Therapy of depression; both hold up, though Beck's Hopelessness Scale aged less well."),
    C("For Body Dysmorphic Disorder, Katharine Phillips's The Broken Mirror and David Veale's work with the BDD Foundation are my go-to references."),
    C("Japanese clients sometimes describe Taijin Kyofusho rather than Social Anxiety Disorder; Shoma Morita's therapy is worth reading about, and Naikan too."),
    C("Women's shelter in Jordan: Rawan Suleiman Al-Dabbagh, address withheld, phone +962 79 441 8820, honour threat, her brother's car JOR 22-88147.", [('name', 'Rawan Suleiman Al-Dabbagh'), ('phone', '+962 79 441 8820'), ('vehicle', 'JOR 22-88147')]),
    C('Cayman: Leticia Ebanks-Bodden, nurse, CIHSA RN 01184, moral injury after the hospital fire; email lebanks.rn@candw.ky.', [('name', 'Leticia Ebanks-Bodden'), ('licence', 'CIHSA RN 01184'), ('email', 'lebanks.rn@candw.ky')]),
    C('Gagauz Piotr Chiosa, Comrat Ceadîr Road, IDNP 2001044188177, gambling.', [('name', 'Piotr Chiosa'), ('place', 'Comrat Ceadîr Road'), ('ssn', 'IDNP 2001044188177')]),
    C('Yemen remote: Afrah Nasser Al-Qubati, Taiz Al-Hawban camp 3, child with amputated leg, prosthetic ICRC polypropylene PP-4418.', [('name', 'Afrah Nasser Al-Qubati'), ('place', 'Taiz Al-Hawban camp 3'), ('device', 'ICRC polypropylene PP-4418')]),
    C('Hospital fax +961 1 441 872 about Rima Abi Saab, 31, Bourj Hammoud Arax street, blast survivor, cochlear implant Nucleus 8 SN 4418-2207.', [('fax', '+961 1 441 872'), ('name', 'Rima Abi Saab'), ('place', 'Bourj Hammoud Arax street'), ('device', 'cochlear implant Nucleus 8 SN 4418-2207')]),
    C("Eritrean in Tel Aviv: Senait Tesfamariam Kahsay, Sinai torture survivor, visa 2(A)5 0414 7782, works at Neve Sha'anan laundry Hadas.", [('name', 'Senait Tesfamariam Kahsay'), ('account', '2(A)5 0414 7782'), ('place', "Neve Sha'anan laundry Hadas"), ('place', 'Tel Aviv')]),
    C('Brazil: Francisca das Chagas Nascimento, 44, Rua Beira-Rio 312, Vila Planalto Sul, 65910-412, Imperatriz; CPF 418.772.903-61, SUS card CNS 704 2018 4471 0039.', [('name', 'Francisca das Chagas Nascimento'), ('street_address', 'Rua Beira-Rio 312'), ('place', 'Vila Planalto Sul'), ('zip_code', '65910-412'), ('ssn', '418.772.903-61'), ('health_plan', 'CNS 704 2018 4471 0039'), ('place', 'Imperatriz')]),
    C('Puerto Rican veteran Orlando Rivera Maldonado, Barrio Jagual, Patillas, VA file VA-SJ 44-1877-02, Abbott Aveir pacemaker SN AV4418812.', [('name', 'Orlando Rivera Maldonado'), ('place', 'Barrio Jagual, Patillas'), ('medical_record', 'VA-SJ 44-1877-02'), ('device', 'Abbott Aveir pacemaker SN AV4418812')]),
    C('Couples where one partner is Deaf benefit from BSL-fluent therapists; SignHealth and the Royal Association for Deaf People provide BSL Healthy Minds.'),
    C("Nova Scotia Mi'kmaw Kyle Paul-Francis, Eskasoni Mountain Road, lobster dispute threats, phone (902) 379-4418.", [('name', 'Kyle Paul-Francis'), ('place', 'Eskasoni Mountain Road'), ('phone', '(902) 379-4418')]),
    C('Can anyone in Ecuador see Mayra Chiriboga Lema? She sells at Mercado San Roque stall 114, Quito, phone +593 99 418 2276, abusive partner.', [('name', 'Mayra Chiriboga Lema'), ('place', 'Mercado San Roque stall 114'), ('phone', '+593 99 418 2276'), ('place', 'Quito')]),
    C('Does the Beck Depression Inventory hold up in Tagalog? We serve Filipino carers and the Department of Health in the Philippines lists a translated PHQ-9 instead.'),
    C('Sudanese refugee in Chad: Khadija Adam Yagoub, Farchana extension camp C, UNHCR CHD-25-0118847, sexual violence in West Darfur.', [('name', 'Khadija Adam Yagoub'), ('place', 'Farchana extension camp C'), ('account', 'CHD-25-0118847')]),
    C('Bulgarian referral: Stoyan Kirilov Pehlivanov, wrestler, concussion series, EGN 8803126641, club Levski Kostinbrod Gym. Mood swings and rage.', [('name', 'Stoyan Kirilov Pehlivanov'), ('ssn', '8803126641'), ('place', 'Levski Kostinbrod Gym')]),
    C('Insurers differ: Bupa, AXA Health and Vitality each have their own rules before authorising Cognitive Behavioural Therapy, and some ask for a GP letter or a PHQ-9 first.'),
    C('Amina Hussein Farah, Somaliland, Gabiley Xero Awr, FGM complications, OPD file HGH-OPD 25-04418.', [('name', 'Amina Hussein Farah'), ('place', 'Gabiley Xero Awr'), ('medical_record', 'HGH-OPD 25-04418')]),
    C('The Moldovan client Vasile Lungu was seen on 14.10.2026 at Centrul Comunitar Sîngerei Nord; fax +373 262 2 18 47.', [('name', 'Vasile Lungu'), ('date', '14.10.2026'), ('place', 'Centrul Comunitar Sîngerei Nord'), ('fax', '+373 262 2 18 47')]),
    C('The Samaritans line and Shout text service both appear on our crisis card, plus the Papyrus HOPELINE247 for under-35s; we check them every September for World Suicide Prevention Day.'),
    C('The Luxembourg teacher Carole Wagner-Schmit got doxxed on https://www.reddit.com/r/Luxembourg/comments/1gk47x/wagner_carole; she teaches at Lycée Nic-Biever annex.', [('name', 'Carole Wagner-Schmit'), ('url', 'https://www.reddit.com/r/Luxembourg/comments/1gk47x/wagner_carole'), ('place', 'Lycée Nic-Biever annex')]),
    C('Bolivian Guaraní: Elías Tapiri Yandura, Comunidad Itanambikua, CI 7714418 SC, gas plant blast, burns.', [('name', 'Elías Tapiri Yandura'), ('place', 'Comunidad Itanambikua'), ('ssn', 'CI 7714418 SC')]),
    C('Motivational Interviewing by William Miller and Stephen Rollnick is still the best text I know for Alcohol Use Disorder; pair it with Naltrexone or Acamprosate per the SIGN guideline.'),
    C('Pesso Boyden, Sensorimotor psychotherapy from Pat Ogden and Somatic Experiencing from Peter Levine all claim body-based mechanisms; evidence from Cochrane reviews is thin.'),
    C('Armenian widow Anahit Sargsyan (ninety-four and still baking) lives in Gyumri Ani district block 58, asks about the earthquake memories returning.', [('name', 'Anahit Sargsyan'), ('age_over_89', 'ninety-four and still baking'), ('place', 'Gyumri Ani district block 58')]),
    C('Moldova: Ion Ceban-Rusu from satul Cotiujenii Mici, wife abroad in Italy, he drinks. Phone +373 691 44 208, IDNP 2004017832265.', [('name', 'Ion Ceban-Rusu'), ('place', 'satul Cotiujenii Mici'), ('phone', '+373 691 44 208'), ('ssn', '2004017832265')]),
    C('Dominican Republic client Wendy Altagracia Mota uses https://onlyfans.com/wendy_mota_do and is being blackmailed, lives Sosúa Los Charamicos.', [('name', 'Wendy Altagracia Mota'), ('url', 'https://onlyfans.com/wendy_mota_do'), ('place', 'Sosúa Los Charamicos')]),
    C('Guyana: Rajkumarie Persaud-Singh, rice farmer wife in Number 52 Village Corentyne, paraquat ingestion survivor, hospital file NAR-RH 25/04417.', [('name', 'Rajkumarie Persaud-Singh'), ('place', 'Number 52 Village Corentyne'), ('medical_record', 'NAR-RH 25/04417')]),
    C('Romanian doctor Andrei Munteanu-Vlad, CMR code 41887, burnout after the ICU fire, lives Bulevardul Decebal 18, bl. D2, sc. B, ap. 14, Piatra Neamț, 610118.', [('name', 'Andrei Munteanu-Vlad'), ('licence', 'CMR code 41887'), ('street_address', 'Bulevardul Decebal 18, bl. D2, sc. B, ap. 14'), ('place', 'Piatra Neamț'), ('zip_code', '610118')]),
    C('Namibia: Ndapewa Shikongo, Oshakati Uupindi Extension, HIV disclosure fear, ID 88041700327, phone +264 81 447 2290.', [('name', 'Ndapewa Shikongo'), ('place', 'Oshakati Uupindi Extension'), ('ssn', '88041700327'), ('phone', '+264 81 447 2290')]),
    C('Curaçao: Raymond Martina-Isenia, Seru Fortuna kunuku, job loss at the refinery, SVB SVB 4418 7702 9.', [('name', 'Raymond Martina-Isenia'), ('place', 'Seru Fortuna kunuku'), ('health_plan', 'SVB 4418 7702 9')]),
    C('Our Lao client Souksavanh Keomany said the compound boss tracked her from 103.43.77.218; she escaped on 23/02/2026 to Ban Houayxay riverside guesthouse. Fax to the shelter: +856 84 211 447.', [('name', 'Souksavanh Keomany'), ('ip_address', '103.43.77.218'), ('date', '23/02/2026'), ('place', 'Ban Houayxay riverside guesthouse'), ('fax', '+856 84 211 447')]),
    C('We use the Whooley Questions and the GAD-7 at booking; the Royal College of Midwives and the Royal College of Obstetricians endorse that pathway.'),
    C('Gabonese student Murielle Nze Ondo at Université Omar Bongo residence B3, sexual harassment by a lecturer, IP of threats 41.158.44.187.', [('name', 'Murielle Nze Ondo'), ('place', 'Université Omar Bongo residence B3'), ('ip_address', '41.158.44.187')]),
    C('Angolan diamond digger Teodoro Muatxissengue, Lucapa Bairro Camissombo, beaten by guards, phone +244 923 418 776.', [('name', 'Teodoro Muatxissengue'), ('place', 'Lucapa Bairro Camissombo'), ('phone', '+244 923 418 776')]),
    C('For Ramadan, our Muslim clients on Lithium need hydration planning; we send a leaflet from the British Islamic Medical Association and book bloods before Eid.'),
    C('We screen for Alcohol with the AUDIT-C from the World Health Organization; Thiamine (Pabrinex) is given before Glucose, per the Royal College of Physicians.'),
    C('Has anyone used the PHQ-A with Korean adolescents? Korean translations circulate, and the Korean Neuropsychiatric Association publishes guidance in Korean.'),
    C('New referral from the district hospital in Luang Prabang province: Khamphone Vongsaly, 34, rice farmer from Ban Nam Kheng Noy, UXO blast injury to both hands in the 17th of March 2026, flashbacks every night. Hospital file LPB-HN-0448172.', [('name', 'Khamphone Vongsaly'), ('place', 'Ban Nam Kheng Noy'), ('date', 'the 17th of March 2026'), ('medical_record', 'LPB-HN-0448172')]),
    C('For gambling harm, GamCare and Gamblers Anonymous plus the National Gambling Helpline are first stops; the Gambling Commission funds research through GambleAware.'),
    C('Hamid Karimi Daneshvar, Afghan teacher in Iran, email h.karimi.daneshvar@chmail.ir, last session 1405/03/14 (Persian calendar), pager at 5.160.91.212.', [('name', 'Hamid Karimi Daneshvar'), ('email', 'h.karimi.daneshvar@chmail.ir'), ('date', '1405/03/14'), ('ip_address', '5.160.91.212')]),
    C('Shetland crofter Magnus Jamieson-Halcrow, Sandsound Upper Croft, lost his boat LK 417 Bonhoga Lass, depressed, phone 01595 840 377.', [('name', 'Magnus Jamieson-Halcrow'), ('place', 'Sandsound Upper Croft'), ('vehicle', 'LK 417 Bonhoga Lass'), ('phone', '01595 840 377')]),
    C("Buddhist clients observing Vesak often prefer Mindfulness-Based Cognitive Therapy; Jon Kabat-Zinn's Full Catastrophe Living and Mark Williams's work remain standards."),
    C('Kids Help Phone in Canada, Childline in Britain and Kids Helpline in Australia all offer text chat; the Trevor Project serves LGBTQ youth in America.'),
    C("Has anyone read Lisa Feldman Barrett's How Emotions Are Made? It pairs oddly with Paul Ekman's basic emotions, and clients with alexithymia like the feelings wheel."),
    C("For Hoarding Disorder, Randy Frost and Gail Steketee's Buried in Treasures is the book; the International OCD Foundation runs a Hoarding Institute."),
    C("Barbados: Shonette Griffith-Holder, Bathsheba Hillside tenantry, fisherman husband's boat BA-1188 Sea Lover, lost in the swell. Call (246) 433-8170.", [('name', 'Shonette Griffith-Holder'), ('place', 'Bathsheba Hillside tenantry'), ('vehicle', 'BA-1188 Sea Lover'), ('phone', '(246) 433-8170')]),
    C("Any recommended Spanish-language materials for Latino families? The APA's Spanish resources and NAMI's Familia-a-Familia course are both good starting points."),
    C("Hearing Voices Network groups, Marius Romme and Sandra Escher's Accepting Voices, and Rufus May's work challenge traditional Schizophrenia care."),
    C('Somali referral in Minnesota: Hodan Abdirahman Warsame, 1920 Cedar Avenue South, Apt 417, Cedar Bluff Commons, 55454, Medicaid MA 00471821.', [('name', 'Hodan Abdirahman Warsame'), ('street_address', '1920 Cedar Avenue South, Apt 417'), ('place', 'Cedar Bluff Commons'), ('zip_code', '55454'), ('health_plan', 'MA 00471821')]),
    C('Croatia: war veteran Damir Kovačević-Ljubas, 57, branitelj ID OIB 48120377619, lives at Ulica Vukovarskih žrtava 88, Borovo Naselje, 32010.', [('name', 'Damir Kovačević-Ljubas'), ('ssn', 'OIB 48120377619'), ('street_address', 'Ulica Vukovarskih žrtava 88'), ('place', 'Borovo Naselje'), ('zip_code', '32010')]),
    C('Macanese Leong Sio Man, Ilha Verde Rua 4, phone +853 6641 8822, typhoon flood.', [('name', 'Leong Sio Man'), ('place', 'Ilha Verde Rua 4'), ('phone', '+853 6641 8822')]),
    C('Malawi: Chifundo Banda-Phiri, tea plucker on Satemwa Chisambo block, microloan debt, mobile money Airtel Money 0992 418 335.', [('name', 'Chifundo Banda-Phiri'), ('place', 'Satemwa Chisambo block'), ('account', 'Airtel Money 0992 418 335')]),
    C('South Sudan: Deng Majok Akuei, cattle keeper, Panyijiar payam Nyal, raided, sons killed. Phone +211 922 417 338.', [('name', 'Deng Majok Akuei'), ('place', 'Panyijiar payam Nyal'), ('phone', '+211 922 417 338')]),
    C("Yanomami interpreter Júlio Ye'kuana, Auaris Fuduuwaaduinha, julio.auaris@hutukara.org.br, overwhelmed.", [('name', "Júlio Ye'kuana"), ('place', 'Auaris Fuduuwaaduinha'), ('email', 'julio.auaris@hutukara.org.br')]),
    C("My Tuesday supervision with a Lacanian analyst felt like a foreign language; I went back to Donald Winnicott's Playing and Reality and Melanie Klein for bearings."),
    C('Guyanese Shondell Fraser-Adams, Lot 14 Sheriff Street, Campbellville, GY-044, PTSD after robbery.', [('name', 'Shondell Fraser-Adams'), ('street_address', 'Lot 14 Sheriff Street'), ('place', 'Campbellville'), ('zip_code', 'GY-044')]),
    C('Papua: Yakobus Wenda Kogoya, Kampung Wamena Kota Sinakma, displaced by fighting, phone +62 821 4417 8220.', [('name', 'Yakobus Wenda Kogoya'), ('place', 'Kampung Wamena Kota Sinakma'), ('phone', '+62 821 4417 8220')]),
    C("Palestinian therapist asks about Yasmin Abu Hashish, 12, Al-Mawasi tent row 19, no school for a year, nightmares, uncle's number +970 599 741 026.", [('name', 'Yasmin Abu Hashish'), ('place', 'Al-Mawasi tent row 19'), ('phone', '+970 599 741 026')]),
    C('Burundian refugee: Ferdinand Niyonkuru, ration card NYA-44812-BI, zone Nyarugusu Zone 9 village 4, alcohol and anger.', [('name', 'Ferdinand Niyonkuru'), ('account', 'NYA-44812-BI'), ('place', 'Nyarugusu Zone 9 village 4')]),
    C("WA fly-in worker Jarrod McKechnie, Karratha Bulgarra, WA HR licence 4418227, mates' suicide.", [('name', 'Jarrod McKechnie'), ('place', 'Karratha Bulgarra'), ('licence', 'WA HR licence 4418227')]),
    C('Mindanao: Jamila Sulaiman Usman, Barangay Kapatagan Datu Piang, floods, +63 917 441 8827.', [('name', 'Jamila Sulaiman Usman'), ('place', 'Barangay Kapatagan Datu Piang'), ('phone', '+63 917 441 8827')]),
    C('Acehnese Teuku Rizal Fahmi, Gampong Jawa Banda Aceh, NIK 1171044188220001, tsunami orphan.', [('name', 'Teuku Rizal Fahmi'), ('place', 'Gampong Jawa Banda Aceh'), ('ssn', 'NIK 1171044188220001')]),
    C('Channel Islands: Perrine de Garis, Torteval Les Bordages, Guernsey, a hundred years and six months, hearing loss, Oticon More hearing aid 4418822.', [('name', 'Perrine de Garis'), ('place', 'Torteval Les Bordages'), ('age_over_89', 'a hundred years and six months'), ('device', 'Oticon More hearing aid 4418822'), ('place', 'Guernsey')]),
    C('Borderline clients in Scandinavia receive DBT and MBT through the Swedish National Board of Health and Welfare guidelines; Finnish teams favour Schema Therapy.'),
    C('The Autism Act 2009 and the Equality Act 2010 both apply to reasonable adjustments; the Equality and Human Rights Commission has a good checklist for therapists.'),
    C('Community Reinforcement and Family Training from Robert Meyers helps relatives of people with Alcohol Use Disorder; Smart Recovery Family & Friends uses it too.'),
    C('For insomnia, CBT-I from the American Academy of Sleep Medicine guideline beats Zolpidem; Sleepio is available free through some NHS boards in Scotland.'),
    C("Yemeni student in Malaysia Abdulrahman Qassem Al-Sharabi, from Al-Qa'idah village, student pass UKM-P 6621904, survivor's guilt about family under siege.", [('name', 'Abdulrahman Qassem Al-Sharabi'), ('place', "Al-Qa'idah village"), ('account', 'UKM-P 6621904')]),
    C('Functional Analytic psychotherapy from Robert Kohlenberg and Mavis Tsai is rarely taught; Behavioral Activation from Christopher Martell and Sona Dimidjian is easier to spread.'),
    C('Marshall Islands nurse Neitari Langidrik from Ebeye Dock Side quarter, nuclear-legacy grief, her RMI nursing licence RN-0917 lapsed during depression. Employer wants a letter.', [('name', 'Neitari Langidrik'), ('place', 'Ebeye Dock Side quarter'), ('licence', 'RMI nursing licence RN-0917')]),
    C('Bipolar clients on Valproate need the MHRA Pregnancy Prevention Programme; the Valproate Safety Implementation Group and Epilepsy Action have plain-English leaflets.'),
    C('Niger: Hadiza Mamane Sani, Maradi Sabon Gari quartier, 13, obstetric fistula, file CURE-MRD 4418.', [('name', 'Hadiza Mamane Sani'), ('place', 'Maradi Sabon Gari quartier'), ('medical_record', 'CURE-MRD 4418')]),
    C('Bahamas: Dorothy Mae Rolle, ninety-nine in April, Abaco hurricane survivor, The Mudd, Marsh Harbour, asks her pastor if she sinned.', [('name', 'Dorothy Mae Rolle'), ('age_over_89', 'ninety-nine in April'), ('place', 'The Mudd, Marsh Harbour'), ('place', 'Abaco')]),
    C('luxembourg: joão pedro ferreira mendes, cross-border worker, esch-sur-alzette brill quarter, CNS card CNS 1987 0412 05816. burnout after the steel layoffs.', [('name', 'joão pedro ferreira mendes'), ('place', 'esch-sur-alzette brill quarter'), ('health_plan', 'CNS 1987 0412 05816')]),
    C('Maine logger Roland Pelletier, 1180 Aroostook Road, Eagle Lake, 04739, skidder accident, ME plate 4418 KT.', [('name', 'Roland Pelletier'), ('street_address', '1180 Aroostook Road'), ('place', 'Eagle Lake'), ('zip_code', '04739'), ('vehicle', 'ME plate 4418 KT')]),
    C('Pregabalin is now a Class C controlled drug in Britain; the Advisory Council on the Misuse of Drugs flagged misuse with Gabapentin, and Public Health England followed.'),
    C('Burkinabè teacher Issouf Sawadogo, school École Primaire de Titao B, burned by armed men, lives Rue 17.122, porte 41, Ouaga Tanghin.', [('name', 'Issouf Sawadogo'), ('place', 'École Primaire de Titao B'), ('street_address', 'Rue 17.122, porte 41'), ('place', 'Ouaga Tanghin')]),
    C('djibouti: hawa ali robleh, quartier 7 bis, her son went the eastern route to yemen and vanished. phone +253 77 81 42 19.', [('name', 'hawa ali robleh'), ('place', 'quartier 7 bis'), ('phone', '+253 77 81 42 19')]),
    C("Liberian client Comfort Tarr-Kpoto, age ninety-two (born before the war), Logan Town Bushrod Island, sister's ghost dreams.", [('name', 'Comfort Tarr-Kpoto'), ('age_over_89', 'ninety-two (born before the war)'), ('place', 'Logan Town Bushrod Island')]),
    C('Nurse Olamide Fashola-Bankole at Ikorodu Ijede health post says the threats came from 105.112.41.230 on the 3rd of October 2026; call +234 803 441 8827.', [('name', 'Olamide Fashola-Bankole'), ('place', 'Ikorodu Ijede health post'), ('ip_address', '105.112.41.230'), ('date', 'the 3rd of October 2026'), ('phone', '+234 803 441 8827')]),
    C('Our Romani clients in Slovakia and Hungary are underserved; the European Roma Rights Centre and Open Society Foundations fund mental health advocacy in Romani.'),
    C('Our Māori clients prefer Te Whare Tapa Whā by Mason Durie; Matariki in June or July is now a public holiday in Aotearoa, and Te Pou supports the workforce.'),
    C('Zuranolone (Zurzuvae) for Postpartum depression was approved by the FDA; Brexanolone infusions were slower, and Action on Postpartum Psychosis supports families here.'),
    C('Texan rancher Wade Earl Pruett, drought, sold the herd, Texas plate LKR-4418, shotgun at home. He is in Sanderson Flats.', [('name', 'Wade Earl Pruett'), ('vehicle', 'Texas plate LKR-4418'), ('place', 'Sanderson Flats')]),
    C('Brazil, Yanomami: Davi Xirixana Korihana, Surucucu Haxiu community, illegal mining, malaria; DSEI chart DSEI-YY 2025-0418.', [('name', 'Davi Xirixana Korihana'), ('place', 'Surucucu Haxiu community'), ('medical_record', 'DSEI-YY 2025-0418')]),
    C('Cornwall: Tamsin Penhaligon-Tregear, 26, Trevenna Barton caravan park, surfer with spinal injury, Permobil M3 Corpus chair 5508-8821. Feels a burden.', [('name', 'Tamsin Penhaligon-Tregear'), ('place', 'Trevenna Barton caravan park'), ('device', 'Permobil M3 Corpus chair 5508-8821')]),
    C('The Mental Health Act 1983 reform bill went through Parliament; Rethink Mental Illness and Mind lobbied on Community Treatment Orders and the Nearest Relative role.'),
    C('Northern Ireland referral: Ciara Quinn-Devlin, 9 Rockmount Street, Andersonstown, BT11 9GP, fax 028 9060 4187.', [('name', 'Ciara Quinn-Devlin'), ('street_address', '9 Rockmount Street'), ('place', 'Andersonstown'), ('zip_code', 'BT11 9GP'), ('fax', '028 9060 4187')]),
    C('Sierra Leone: Fatmata Kamara-Sesay, Ebola survivor, kush in her son, Kroo Bay lower wharf, phone +232 76 448 119.', [('name', 'Fatmata Kamara-Sesay'), ('place', 'Kroo Bay lower wharf'), ('phone', '+232 76 448 119')]),
    C('Philippines (Mindanao): Norhaida Macapodi-Dimaporo, Marawi siege survivor, Sagonsongan shelter Phase 2, PhilHealth PH 02-441872209-1.', [('name', 'Norhaida Macapodi-Dimaporo'), ('place', 'Sagonsongan shelter Phase 2'), ('health_plan', 'PH 02-441872209-1'), ('place', 'Marawi')]),
    C('Tea seller Awadia Ibrahim Musa, Kassala Mukram market, fled twice, phone +249 912 447 180.', [('name', 'Awadia Ibrahim Musa'), ('place', 'Kassala Mukram market'), ('phone', '+249 912 447 180')]),
    C('Our Chinese, Vietnamese and Korean clients celebrate Lunar New Year, Chuseok or Tết; the Asian American Psychological Association has tips on filial piety and shame.'),
    C('Cognitive Processing Therapy by Patricia Resick, Candice Monson and Kathleen Chard has a good manual; the VA and the Department of Defense guideline rank it highly.'),
    C('Queensland: Kieran Doyle-McMahon, cane farmer, Mossman Gorge road, croc attack witness, Medicare 2947 11804 3-1.', [('name', 'Kieran Doyle-McMahon'), ('place', 'Mossman Gorge road'), ('health_plan', '2947 11804 3-1')]),
    C('São Tomé: Eulália dos Ramos Lima, cocoa roça Roça Monte Café Sanzala, domestic violence, phone +239 990 4417.', [('name', 'Eulália dos Ramos Lima'), ('place', 'Roça Monte Café Sanzala'), ('phone', '+239 990 4417')]),
    C("Myanmar (Sagaing): Ma Thida Win, monk's niece, Ye-U township Kyauk Myaung village, airstrike, email thidawin.relief@protonmail.com.", [('name', 'Ma Thida Win'), ('place', 'Ye-U township Kyauk Myaung village'), ('email', 'thidawin.relief@protonmail.com')]),
    C('Fair Isle: Stewart Wilson Thomson, Stonybrek croft, boat LK 99 Good Shepherd II.', [('name', 'Stewart Wilson Thomson'), ('place', 'Stonybrek croft'), ('vehicle', 'LK 99 Good Shepherd II'), ('place', 'Fair Isle')]),
    C('Clients with Multiple Sclerosis often have depression; the MS Society and MS Trust support CBT, and Ocrevus or Kesimpta schedules affect appointment times.'),
    C('Solomon Islands colleague asks: Lency Maetoloa, 17, from Fouia Lagoon Point, school refusal after tension at Kwaibaita Community High School. Any teen CBT in Pijin?', [('name', 'Lency Maetoloa'), ('place', 'Fouia Lagoon Point'), ('place', 'Kwaibaita Community High School')]),
    C('Latvian fisherman Juris Kalniņš, boat LSK-0418 Baltā Kaija, MMSI 275441887, depressed after the Baltic ban.', [('name', 'Juris Kalniņš'), ('vehicle', 'LSK-0418 Baltā Kaija'), ('vehicle', '275441887')]),
    C('A 19-year-old intern at Valletta Freeport Berth 4 (Kyle Vella Grech) saw a crane fall; email kylevg@onvol.net.', [('place', 'Valletta Freeport Berth 4'), ('name', 'Kyle Vella Grech'), ('email', 'kylevg@onvol.net')]),
    C("Dominican Republic: Yanelis Batista Peña, Calle Duarte #47, Los Guaricanos Sector Cristo Rey, 11605, cédula 402-1188437-6, larimar miner's widow.", [('name', 'Yanelis Batista Peña'), ('street_address', 'Calle Duarte #47'), ('place', 'Los Guaricanos Sector Cristo Rey'), ('zip_code', '11605'), ('ssn', '402-1188437-6')]),
    C('The Patient Health Questionnaire from Kurt Kroenke and Robert Spitzer is free; Spitzer also developed the GAD-7 with Janet Williams and Bernd Löwe.'),
    C('Jordanian nurse Lina Haddad Qaqish, JNC 44187, Fuheis Upper Quarter, burnout; email lina.qaqish@jnc-members.jo.', [('name', 'Lina Haddad Qaqish'), ('licence', 'JNC 44187'), ('place', 'Fuheis Upper Quarter'), ('email', 'lina.qaqish@jnc-members.jo')]),
    C('We refer Sikh families to the Sikh Council and celebrate Vaisakhi in April; Gurmukhi leaflets from Mind and Rethink Mental Illness are still missing.'),
    C("In Internal Family Systems, Richard Schwartz's No Bad Parts is accessible; the IFS Institute runs Level 1 trainings, though insurers such as Aetna rarely list it."),
    C("Children of alcoholics find Nacoa's helpline useful; Adfam, Al-Anon and Alateen also support families, and Alcohol Awareness Week falls in July in some years."),
    C('Perimenopause and PMDD are overlooked; the British Menopause Society and the International Association for Premenstrual Disorders both recommend Sertraline in the luteal phase as an option.'),
    C('Ex-partner of Ruth Ndayishimiye uses a VPN exit 2c0f:eb58:62a:1400::9; she lives at Kamenge Quartier 4 avenue 12 and was hit on 8 Mar 2026.', [('name', 'Ruth Ndayishimiye'), ('ip_address', '2c0f:eb58:62a:1400::9'), ('place', 'Kamenge Quartier 4 avenue 12'), ('date', '8 Mar 2026')]),
    C('Congolese (Republic of the Congo) Aimé Makosso Tchicaya, Mpila quartier 44, explosion survivor, CNI CG-0418-7712-88.', [('name', 'Aimé Makosso Tchicaya'), ('place', 'Mpila quartier 44'), ('ssn', 'CG-0418-7712-88')]),
    C('Emergency Medicine colleagues ask about Haloperidol versus Droperidol for agitation; the Royal College of Emergency Medicine and the College of Paramedics differ slightly.'),
    C("I trained in Emotion-Focused Therapy with Leslie Greenberg's materials and combine it with Schema Therapy from Jeffrey Young, especially around Christmas when family schemas flare."),
    C('Premature ejaculation and Erectile Dysfunction on SSRIs are common; sildenafil, Dapoxetine and Bupropion augmentation appear in the British Society for Sexual Medicine guideline.'),
    C('Maldives: Aminath Shifza Rasheed, 22, resort worker at Veligandu Coral Suites, ID card A349117, panic after the speedboat capsized. Phone +960 778-3315.', [('name', 'Aminath Shifza Rasheed'), ('place', 'Veligandu Coral Suites'), ('ssn', 'A349117'), ('phone', '+960 778-3315')]),
    C("Pls advise: Chayton Two Bulls-Iron Shell, Lakota, 16, Wanblee east housing, cousin's suicide cluster, IHS IHS-PR 00771842.", [('name', 'Chayton Two Bulls-Iron Shell'), ('place', 'Wanblee east housing'), ('medical_record', 'IHS-PR 00771842')]),
    C('The Adverse Childhood Experiences questionnaire from the CDC and Kaiser Permanente study is overused; several ACE researchers have warned against scoring individuals.'),
    C('St Lucia: Kimani Joseph Alcide, 15, Anse la Raye Boguis road, school fight video shared on https://www.tiktok.com/@kj_alcide_758. Anxious, not sleeping.', [('name', 'Kimani Joseph Alcide'), ('place', 'Anse la Raye Boguis road'), ('url', 'https://www.tiktok.com/@kj_alcide_758')]),
    C('Malawian Grace Mkandawire-Nyirenda, Chilomoni Ward Mtsiliza, cyclone Freddy mud, lost daughter, hearing aid Phonak Naida SN 2117488.', [('name', 'Grace Mkandawire-Nyirenda'), ('place', 'Chilomoni Ward Mtsiliza'), ('device', 'hearing aid Phonak Naida SN 2117488')]),
    C('Our Pentecostal clients pray during sessions sometimes; the Association of Christian Counsellors and the Evangelical Alliance have guidance on spiritual integration.'),
    C('Macau: Chan Ka Wai, casino dealer, gambling debt, BIR 1418772(3), lives Rua da Ribeira do Patane 41, 3-A, Patane.', [('name', 'Chan Ka Wai'), ('ssn', '1418772(3)'), ('street_address', 'Rua da Ribeira do Patane 41, 3-A'), ('place', 'Patane')]),
    C('Referral fax from Clínica Santa Inés Ambato for Gabriel Tenesaca Pilamunga: (03) 282 4417, file CSI-AMB-00418822.', [('place', 'Clínica Santa Inés Ambato'), ('name', 'Gabriel Tenesaca Pilamunga'), ('fax', '(03) 282 4417'), ('medical_record', 'CSI-AMB-00418822')]),
    C('The Parent-Child Interaction Therapy model from Sheila Eyberg and The Incredible Years from Carolyn Webster-Stratton both reduce Oppositional Defiant Disorder symptoms.'),
    C("Brief Psychodynamic Interpersonal Therapy from Robert Hobson's Conversational Model has been studied for Functional Neurological Disorder; FND Hope is a useful charity."),
    C('Psychosis early intervention uses CBTp from Anthony Morrison and Family Intervention from Julian Leff; the Early Intervention in Psychosis standard from NHS England sets a two-week wait.'),
    C('Lao colleague: Vanhsy Phommachanh, 16, Ban Thong Sanam school dropout, scam-compound returnee, Lao ID 0104 4188 21 and Facebook https://facebook.com/vanhsy.phmc.2010.', [('name', 'Vanhsy Phommachanh'), ('place', 'Ban Thong Sanam school'), ('ssn', '0104 4188 21'), ('url', 'https://facebook.com/vanhsy.phmc.2010')]),
    C('After Diwali a client described relief rather than joy; we talked about obligation, and I recommended the Mind leaflet on family pressure.'),
    C('Bolivia: Wilfredo Mamani Quispe, tin miner, Cerro Rico bocamina Candelaria, silicosis, CI 4417823 LP. Fatalistic, drinking at Carnival.', [('name', 'Wilfredo Mamani Quispe'), ('place', 'Cerro Rico bocamina Candelaria'), ('ssn', '4417823 LP')]),
    C('the Freestyle Libre 3 reader 7K4418 belongs to faisal al-mutairi, 15, who stopped dosing after bullying at al-jahra block 4 school; fax +965 2455 8814. his IP 37.39.218.4.', [('device', 'Freestyle Libre 3 reader 7K4418'), ('name', 'faisal al-mutairi'), ('place', 'al-jahra block 4 school'), ('fax', '+965 2455 8814'), ('ip_address', '37.39.218.4')]),
    C('The Stepped Care model of NHS Talking Therapies uses guided self-help first; SilverCloud and Beating the Blues are the computerised options many services buy.'),
    C("Our Hungarian and Romanian clients in Ireland observe All Souls' Day; the Health Service Executive and the Irish Hospice Foundation have bereavement resources, and Pieta covers suicide bereavement."),
    C('West Virginia: Ricky Dale Hatfield-Blankenship, coal miner, Bulls Creek holler, black lung, fentanyl in his son; SSN 232-41-8870.', [('name', 'Ricky Dale Hatfield-Blankenship'), ('place', 'Bulls Creek holler'), ('ssn', '232-41-8870')]),
    C('Attachment theory from John Bowlby and Mary Ainsworth shapes our parenting groups; Circle of Security and Video Interaction Guidance are both offered on Fridays.'),
    C("Liechtenstein bank clerk Corina Büchel-Marxer, AHV 756.4821.3307.16, insider-leak stress, tracked on 188.62.44.213 by ex-partner's stalkerware.", [('name', 'Corina Büchel-Marxer'), ('ssn', '756.4821.3307.16'), ('ip_address', '188.62.44.213')]),
    C('Nikola Perović told me his home IP 31.223.188.47 keeps appearing in a hacker forum https://breachforums.st/thread-perovic-mne. He lives in Kotor Škaljari.', [('name', 'Nikola Perović'), ('ip_address', '31.223.188.47'), ('url', 'https://breachforums.st/thread-perovic-mne'), ('place', 'Kotor Škaljari')]),
    C('I switched a client from Paroxetine to Fluoxetine because of withdrawal; it took most of March, and her GP followed the BNF cross-taper advice.'),
    C('Tomás Ó Conghaile, fisherman, Inis Meáin Baile an Mhothair, boat G 418 Réalt na Mara, lost brother, GMS GMS 2244 188X.', [('name', 'Tomás Ó Conghaile'), ('place', 'Inis Meáin Baile an Mhothair'), ('vehicle', 'G 418 Réalt na Mara'), ('health_plan', 'GMS 2244 188X')]),
    C('Any views on Esketamine nasal spray (Spravato) for treatment-resistant depression? The FDA approved it, NICE did not recommend it, and colleagues in Scotland and Ireland report similar caution.'),
    C('Please ring me about Kofi Agyemang-Duah, seen Friday 6 November 2026 at Asamankese Zongo clinic; his router 154.160.22.109 shows the ex logging in.', [('name', 'Kofi Agyemang-Duah'), ('date', 'Friday 6 November 2026'), ('place', 'Asamankese Zongo clinic'), ('ip_address', '154.160.22.109')]),
    C('Taiwan: Lin Pei-Shan, semiconductor engineer, Zhubei Liujia sub-district, ARC F228714903, NHI card NHI 0000 4471 8822.', [('name', 'Lin Pei-Shan'), ('place', 'Zhubei Liujia sub-district'), ('ssn', 'F228714903'), ('health_plan', 'NHI 0000 4471 8822')]),
    C('Thai-Lao border: Boonmee Saengthong, Ban Huai Khom, pesticide, Nong Khai Hospital HN 6617822.', [('name', 'Boonmee Saengthong'), ('place', 'Ban Huai Khom'), ('medical_record', 'Nong Khai Hospital HN 6617822')]),
    C('Northern Ireland: Declan McAleenan lives at 14 Glenalina Crescent, Ballymurphy estate, BT12 7QN, legacy trauma; H&C number H&C 398 114 7260.', [('name', 'Declan McAleenan'), ('street_address', '14 Glenalina Crescent'), ('place', 'Ballymurphy estate'), ('zip_code', 'BT12 7QN'), ('health_plan', 'H&C 398 114 7260')]),
    C('Oman: Salim bin Khamis Al-Hinai, fisherman in Wilayat Sur Al Ayjah, cyclone flood, resident card 16473221. Feels he failed his sons.', [('name', 'Salim bin Khamis Al-Hinai'), ('place', 'Wilayat Sur Al Ayjah'), ('ssn', '16473221')]),
    C('Eswatini: Sibusiso Shongwe, PIN 9104126100488, Msunduza township house 447, police brutality, SZ driving SD 44718.', [('name', 'Sibusiso Shongwe'), ('ssn', '9104126100488'), ('place', 'Msunduza township house 447'), ('licence', 'SZ driving SD 44718')]),
    C('Montana nurse Kelsey Marie Running Crane, MT RN 418871, Browning clinic row, moral injury.', [('name', 'Kelsey Marie Running Crane'), ('licence', 'MT RN 418871'), ('place', 'Browning clinic row')]),
    C('For Dutch-speaking families the Trimbos Instituut and GGZ Nederland offer leaflets; Koningsdag in April and Sinterklaas in December matter for scheduling.'),
    C('Lamotrigine titration for Bipolar depression is slow because of Stevens-Johnson Syndrome risk; the British Association for Psychopharmacology guideline covers it well.'),
    C("Our service moved from Zoom to Microsoft Teams in January, and the Information Commissioner's Office guidance on recording was the sticking point with our Caldicott Guardian."),
    C('Tasmania: Bridget Maynard-Youl, salmon farm worker at Dover Esperance pens, 12 Narrows Road, 7117, phone 0428 118 447.', [('name', 'Bridget Maynard-Youl'), ('place', 'Dover Esperance pens'), ('street_address', '12 Narrows Road'), ('zip_code', '7117'), ('phone', '0428 118 447')]),
    C('Angola: landmine survivor Domingos Chipenda Sapalo, Cuito Kuando Bairro Kunje, prosthetic Exeter knee unit KN-4418812.', [('name', 'Domingos Chipenda Sapalo'), ('place', 'Cuito Kuando Bairro Kunje'), ('device', 'Exeter knee unit KN-4418812')]),
    C('Palau: Ilebrang Ngirmang, Ngerkebesang hamlet, diver after decompression accident, ResMed AirSense 11 SN 23221184471, fax +680 488 4471.', [('name', 'Ilebrang Ngirmang'), ('place', 'Ngerkebesang hamlet'), ('device', 'ResMed AirSense 11 SN 23221184471'), ('fax', '+680 488 4471')]),
    C('Puerto Rico: Héctor Luis Cintrón Vázquez, 52, lives at Carr. 681 Km 4.3, Barrio Sabana Hoyos, 00688, Vital/Medicaid MPR 4418 2207 9. Post-Fiona depression.', [('name', 'Héctor Luis Cintrón Vázquez'), ('street_address', 'Carr. 681 Km 4.3'), ('place', 'Barrio Sabana Hoyos'), ('zip_code', '00688'), ('health_plan', 'MPR 4418 2207 9')]),
    C('Wales: Gwenllian Prys-Owen, Tŷ Nant, Lôn Ganol, Llanfihangel Glyn Myfyr, LL21 9UB, farm suicide of brother, NHS NHS 418 227 1904.', [('name', 'Gwenllian Prys-Owen'), ('street_address', 'Tŷ Nant, Lôn Ganol'), ('place', 'Llanfihangel Glyn Myfyr'), ('zip_code', 'LL21 9UB'), ('health_plan', 'NHS 418 227 1904')]),
    C('Thailand: Somchai Phrommarat, longtail boat operator, Ban Nam Khem Moo 2, tsunami anniversary, ID 3 8205 00417 22 1.', [('name', 'Somchai Phrommarat'), ('place', 'Ban Nam Khem Moo 2'), ('ssn', '3 8205 00417 22 1')]),
    C('Belarusian exile in Lithuania, Alyaksandr Tsikhanovich-Rudak, former bus driver, detained 2021, licence BY driving 5AB 384117. Needs someone who speaks Russian or Belarusian.', [('name', 'Alyaksandr Tsikhanovich-Rudak'), ('licence', 'BY driving 5AB 384117')]),
    C('Narrative Exposure Therapy from Maggie Schauer, Frank Neuner and Thomas Elbert is widely used with refugees; vivo international trains counsellors in Uganda and Rwanda.'),
    C('Anyone else finding Duloxetine helps Fibromyalgia plus depression? The European Alliance of Associations for Rheumatology and Fibromyalgia Action UK discuss it.'),
    C("For Complicated Grief, Katherine Shear's Prolonged Grief Disorder Therapy is now manualised; Prolonged Grief Disorder entered the DSM-5-TR in March of its release year."),
    C("The Bolivian mine case again: Wilmer Condori Ticona lives above the Pailaviri shaft camp; his wife's email wilmer.ticona.pt@hotmail.com.", [('name', 'Wilmer Condori Ticona'), ('place', 'Pailaviri shaft camp'), ('email', 'wilmer.ticona.pt@hotmail.com')]),
    C('Chronic Pain programmes draw on Acceptance and Commitment Therapy from Lance McCracken; the British Pain Society and the Faculty of Pain Medicine endorse multidisciplinary care.'),
    C('Texas border: Guadalupe Ybarra Treviño, colonia Las Milpas Norte, 2213 Oleander Ln, 78577, flood, diabetic, Dexcom G7 sensor SN 4G7-118822.', [('name', 'Guadalupe Ybarra Treviño'), ('place', 'colonia Las Milpas Norte'), ('street_address', '2213 Oleander Ln'), ('zip_code', '78577'), ('device', 'Dexcom G7 sensor SN 4G7-118822')]),
    C('Medicines with QT risk, like Citalopram, Escitalopram and Methadone, need an ECG; CredibleMeds lists them and the British Heart Foundation explains Long QT Syndrome.'),
    C("Alaska: Agnes Nanouk Kameroff, Yup'ik, Nunapitchuk upper village, cousin's suicide, IHS chart IHS-YK 0047182. Fax (907) 543-6071.", [('name', 'Agnes Nanouk Kameroff'), ('place', 'Nunapitchuk upper village'), ('medical_record', 'IHS-YK 0047182'), ('fax', '(907) 543-6071')]),
    C('Burkina Faso: Salimata Ouédraogo-Kaboré fled Djibo Secteur 5, lives with 14 others in a host family, CNIB B 11897641.', [('name', 'Salimata Ouédraogo-Kaboré'), ('place', 'Djibo Secteur 5'), ('ssn', 'B 11897641')]),
    C('Romanian Roma family, Florica Stănescu-Lăcătuș, 38, at Strada Fântânelor 44, Ferentari, 051392, eviction notice arrived, child stopped talking.', [('name', 'Florica Stănescu-Lăcătuș'), ('street_address', 'Strada Fântânelor 44'), ('place', 'Ferentari'), ('zip_code', '051392')]),
    C('Barbadian Kamisha Clarke-Springer, Silver Sands Christ Church, TikTok https://tiktok.com/@kamishacs_246, eating disorder.', [('name', 'Kamisha Clarke-Springer'), ('place', 'Silver Sands Christ Church'), ('url', 'https://tiktok.com/@kamishacs_246')]),
    C('Surinamese Javanese elder Sarmi Karijodikromo, aged 98 years and 11 months, Tamanredjo Commewijne, hoarding.', [('name', 'Sarmi Karijodikromo'), ('age_over_89', 'aged 98 years and 11 months'), ('place', 'Tamanredjo Commewijne')]),
    C("Belize: Aurelio Cal Choc, Q'eqchi' from San Felipe Toledo hamlet, boat BZ-TL-4471 Hummingbird, brother drowned on Sarstoon.", [('name', 'Aurelio Cal Choc'), ('place', 'San Felipe Toledo hamlet'), ('vehicle', 'BZ-TL-4471 Hummingbird')]),
    C('Our Portuguese-speaking clients from Brazil and Angola celebrate Carnival differently; the Brazilian Psychological Association has a helpful statement on cultural humility.'),
    C('DRC Ituri: Marie-Claire Dhedonga Ubimo, Djugu Plaine Savo, survivor of massacre, MSF file MSF-BUN-2025-04417.', [('name', 'Marie-Claire Dhedonga Ubimo'), ('place', 'Djugu Plaine Savo'), ('medical_record', 'MSF-BUN-2025-04417')]),
    C('Bahraini nurse Zahra Ebrahim Al-Aradi, NHRA RN 47-1882, moral injury, works at Sitra Wadiyan health centre.', [('name', 'Zahra Ebrahim Al-Aradi'), ('licence', 'NHRA RN 47-1882'), ('place', 'Sitra Wadiyan health centre')]),
    C('Clients on Lisdexamfetamine sometimes lose appetite; the Royal College of Paediatrics and Child Health growth charts and NICE NG87 guide monitoring.'),
    C('Could someone take Thandiwe Dlamini-Mabuza (Eswatini), sugar-cane cutter at the Mhlume Ridge cane section? Phone +268 7622 4819, grief after her brother drowned in the canal.', [('name', 'Thandiwe Dlamini-Mabuza'), ('place', 'Mhlume Ridge cane section'), ('phone', '+268 7622 4819')]),
    C('Our Jewish and Christian clients get Hanukkah and Christmas cards from the team; Muslim colleagues send Eid cards, and the humanist chaplain sends a solstice note.'),
    C('Liberia: Momo Flomo Kollie, ex-rubber tapper, Firestone Division 33 camp, war flashbacks, ID NIR LBR 0019 8821 4.', [('name', 'Momo Flomo Kollie'), ('place', 'Firestone Division 33 camp'), ('ssn', 'NIR LBR 0019 8821 4')]),
    C('Mentalization-Based Treatment by Peter Fonagy and Anthony Bateman is on our Borderline Personality Disorder pathway; Transference-Focused psychotherapy from Otto Kernberg is not funded.'),
    C("Please read Johann Hari's Lost Connections critically; several psychiatrists criticised its claims about antidepressants."),
    C('Malta: Rita Camilleri Zammit, 71, from Ħal Kirkop village core, ID 0418549M, husband died in the Żurrieq quarry collapse. She phones +356 7942 1187.', [('name', 'Rita Camilleri Zammit'), ('place', 'Ħal Kirkop village core'), ('ssn', '0418549M'), ('phone', '+356 7942 1187'), ('place', 'Żurrieq')]),
    C('Nhial Gatwech Ruot (Nuer) lost his cattle in Kiech Kon village, he is now in Gambella Jewi camp zone C, card ETH-JEW 44188/2.', [('name', 'Nhial Gatwech Ruot'), ('place', 'Kiech Kon village'), ('place', 'Jewi camp zone C'), ('account', 'ETH-JEW 44188/2'), ('place', 'Gambella')]),
    C('Our Turkish and Kurdish families celebrate Kurban Bayramı and Ramazan Bayramı; the Turkish Psychological Association has Turkish versions of the Beck scales.'),
    C('We bill CPT 90837 for psychotherapy sixty minutes and 90791 for diagnostic evaluation; Blue Cross Blue Shield and UnitedHealthcare often query 90837.'),
    C('Naloxone kits from the Harm Reduction Coalition and Narcan nasal spray are in our waiting room; Buprenorphine via Sublocade injection is now on our formulary.'),
    C('Ahmad Shah Popalzai, Afghan interpreter resettled in Lakeview Terrace Apartments, 3812 Cumberland Drive, 46226, SIV SIV-2022-0441877.', [('name', 'Ahmad Shah Popalzai'), ('place', 'Lakeview Terrace Apartments'), ('street_address', '3812 Cumberland Drive'), ('zip_code', '46226'), ('account', 'SIV-2022-0441877')]),
    C('Namibian fisherman Petrus Haufiku, 18 Nangolo Street, Kuisebmond, Walvis Bay, 13013, crew lost.', [('name', 'Petrus Haufiku'), ('street_address', '18 Nangolo Street'), ('place', 'Kuisebmond'), ('zip_code', '13013'), ('place', 'Walvis Bay')]),
    C('Atomoxetine suits ADHD clients with tic disorders; Guanfacine (Intuniv) is an alternative, and the European ADHD Guidelines Group reviewed both.'),
    C("Latvian referral: Ilze Bērziņa-Ozola, personas kods 240588-11937, night shift at Olaine peat works, intrusive images after a colleague's accident.", [('name', 'Ilze Bērziņa-Ozola'), ('ssn', '240588-11937'), ('place', 'Olaine peat works')]),
    C('Siaosi Fonoti plays rugby league and lives at 22 Kurrajong Avenue, Tregear Cheviot Estate, 2770; repeated concussions, NSW licence 18447220.', [('name', 'Siaosi Fonoti'), ('street_address', '22 Kurrajong Avenue'), ('place', 'Tregear Cheviot Estate'), ('zip_code', '2770'), ('licence', 'NSW licence 18447220')]),
    C('Our service accepts Cigna, Optum and Magellan; Employee Assistance Programme referrals from Health Assured and Spectrum.Life often come with session caps.'),
    C("Armenian soldier's mother Lusine Grigoryan-Avetisyan wrote from lusine.av.goris@yandex.ru; she lives at Mashtots 14/2, Goris Vanki Tagh. Son missing since 19 September 2023.", [('name', 'Lusine Grigoryan-Avetisyan'), ('email', 'lusine.av.goris@yandex.ru'), ('street_address', 'Mashtots 14/2'), ('place', 'Goris Vanki Tagh'), ('date', '19 September 2023')]),
    C('Bulgarian Pomak shepherd Shukri Mollov-Kadiev, Ribnovo upper mahala, bear attack, Medtronic MiniMed 780G pump NG4418772H.', [('name', 'Shukri Mollov-Kadiev'), ('place', 'Ribnovo upper mahala'), ('device', 'Medtronic MiniMed 780G pump NG4418772H')]),
    C('Hi all, our 102-year-old client Marjatta Hyvärinen-Outila lives at Kotikallio care home, fear of falling.', [('age_over_89', '102-year-old'), ('name', 'Marjatta Hyvärinen-Outila'), ('place', 'Kotikallio care home')]),
    C('Help with a Bougainville case: Joachim Tovirika, ex-combatant, village Kupe Hamlet Siwai, hospital number AROB-BUK-22391. Drinking heavily since the mine talks resumed.', [('name', 'Joachim Tovirika'), ('place', 'Kupe Hamlet Siwai'), ('medical_record', 'AROB-BUK-22391')]),
    C('A colleague evacuated from Afghanistan asks about Freshta Noorzai, former prosecutor, hiding at House 12, Street 41, F-10/3. Tazkira 1401-0100-47712. Severe hypervigilance.', [('name', 'Freshta Noorzai'), ('street_address', 'House 12, Street 41, F-10/3'), ('ssn', '1401-0100-47712')]),
    C("Nova Scotia: Shelley Ann d'Entremont, Pubnico Head wharf, fishing licence DFO 114407, shooting rampage anniversary, MSI MSI 0411 874 229.", [('name', "Shelley Ann d'Entremont"), ('place', 'Pubnico Head wharf'), ('licence', 'DFO 114407'), ('health_plan', 'MSI 0411 874 229')]),
    C('Our Ukrainian clients observe Orthodox Christmas in January or December now; the Ukrainian Psychological Association and Razom have Ukrainian-language resources.'),
    C('Bahamian fisherman Jermaine Knowles, Spanish Wells north dock, boat BHS 4418 Lady Lynn, survivor guilt.', [('name', 'Jermaine Knowles'), ('place', 'Spanish Wells north dock'), ('vehicle', 'BHS 4418 Lady Lynn')]),
    C('Libyan-Tuareg Ahmed Ag Alhassane, Ubari Tahala quarter, fire in the camp, +218 92 441 8776.', [('name', 'Ahmed Ag Alhassane'), ('place', 'Ubari Tahala quarter'), ('phone', '+218 92 441 8776')]),
    C('Referral: Gohar Hakobyan, 48, from Tegh village, Syunik, lost son in the 2020 war; Armenian social card number SSN 3871204519. Her email gohar.hak.tegh@mail.am.', [('name', 'Gohar Hakobyan'), ('place', 'Tegh village, Syunik'), ('ssn', 'SSN 3871204519'), ('email', 'gohar.hak.tegh@mail.am')]),
    C('Taiwanese aboriginal: Yapit Tali, Truku, Buluowan terrace, earthquake rockfall, NHI NHI 0004 1882 7714, car BRK-4471.', [('name', 'Yapit Tali'), ('place', 'Buluowan terrace'), ('health_plan', 'NHI 0004 1882 7714'), ('vehicle', 'BRK-4471')]),
    C("Panic Disorder responds to interoceptive exposure from David Barlow's Unified Protocol; Clonazepam should be tapered, and the Ashton Manual covers Benzodiazepine withdrawal."),
    C("Bahrain: domestic worker Rosalinda Pagdilao, Filipino, employer's house at Road 2417, Block 324, Juffair East, CPR 880214337. Confiscated passport, panic.", [('name', 'Rosalinda Pagdilao'), ('street_address', 'Road 2417, Block 324'), ('place', 'Juffair East'), ('ssn', '880214337')]),
    C("Our team reads one chapter of Carl Rogers's On Becoming a Person each month; it keeps Person-Centred work honest when the waitlist grows."),
    C("Our Hindi and Punjabi speaking families ask about Ayurveda alongside Escitalopram; the Royal Pharmaceutical Society advises checking St John's Wort interactions."),
    C('Quick one: Aung Myo Thant, Myanmar passport-free worker at the Mae Sot Golden Lotus knitting factory, Thai pink card 0-0063-41872-55-9. Chronic nightmares after the raid. Who does Burmese-language trauma work?', [('name', 'Aung Myo Thant'), ('place', 'Mae Sot Golden Lotus knitting factory'), ('ssn', '0-0063-41872-55-9')]),
    C('Referral via a colleague in Java: Siti Rahayu Wulandari, 29, volcano evacuee from Dusun Kaliwuluh Atas, lives now at Jl. Merbabu Raya No. 17, Kelurahan Sidoharjo Lor, 57211. Persistent startle and insomnia.', [('name', 'Siti Rahayu Wulandari'), ('place', 'Dusun Kaliwuluh Atas'), ('street_address', 'Jl. Merbabu Raya No. 17'), ('place', 'Kelurahan Sidoharjo Lor'), ('zip_code', '57211')]),
    C("Jordan: Syrian refugee Hala Abdulkarim Al-Masri, 33, in Zaatari District 7 Block 12, UNHCR 445-24C-11837. Children's bedwetting and her own nightmares.", [('name', 'Hala Abdulkarim Al-Masri'), ('place', 'Zaatari District 7 Block 12'), ('account', '445-24C-11837')]),
    C('Has anyone used Brexpiprazole alongside Sertraline for adolescents? The NICE guidance is cautious, and the MHRA drug safety updates on Fluoxetine came up at our Thursday meeting with the Royal College of Psychiatrists tutor.'),
    C('ADHD medication shortages hit Elvanse and Concerta again this autumn; the Department of Health and Social Care issued supply notices, and ADHD UK tracked the gaps.'),
    C('Micronesia: Kasiano Ehsa, Pohnpei, Kolonia Dolonier section, sakau use, FSM social security FSM 410-18-4471.', [('name', 'Kasiano Ehsa'), ('place', 'Kolonia Dolonier section'), ('ssn', 'FSM 410-18-4471')]),
    C('Long COVID brain fog overlaps with depression; the National Institute for Health and Care Research funded rehabilitation trials, and Long Covid Support runs peer groups.'),
    C('The Healthy Minds Program and Insight Timer apps are free; Woebot and Wysa chatbots are marketed but the FDA and the MHRA treat digital therapeutics differently.'),
    C('North Macedonia: Elena Trajkovska-Nikolovska, teacher at OU Goce Delchev Dolno Lisiche, doxxed after a lesson on history, her blog https://elenatraj.blogspot.mk/2026/05/odgovor. Phone +389 70 418 226.', [('name', 'Elena Trajkovska-Nikolovska'), ('place', 'OU Goce Delchev Dolno Lisiche'), ('url', 'https://elenatraj.blogspot.mk/2026/05/odgovor'), ('phone', '+389 70 418 226')]),
    C('Our Greek Orthodox clients observe Easter a week later some years, and the Greek Psychological Society notes grief rituals at forty days called Mnimosyno.'),
    C("I found Lori Gottlieb's Maybe You Should Talk to Someone helped a sceptical client; Esther Perel's Mating in Captivity helps couples during Valentine's week."),
    C('Yukon miner Dale Ryder-Sheepway, Keno Hill bunkhouse 4, fax (867) 996-4418, cave-in.', [('name', 'Dale Ryder-Sheepway'), ('place', 'Keno Hill bunkhouse 4'), ('fax', '(867) 996-4418')]),
    C('Tourette Syndrome referrals spiked after TikTok videos; Tourettes Action and the Tourette Association of America recommend CBIT from Douglas Woods.'),
    C('Norwegian and Danish colleagues use the Feedback-Informed Treatment approach of Scott Miller with the Outcome Rating Scale and Session Rating Scale.'),
    C("When working with Orthodox Jewish families, Passover and Yom Kippur shape scheduling; I learned much from Jewish Care and from reading Viktor Frankl's Man's Search for Meaning with them."),
    C("A Hindu client asked whether mindfulness is Buddhist; I pointed to Thich Nhat Hanh's The Miracle of mindfulness and the Bhagavad Gita, and we talked about yoga."),
    C('West Virginia Tammy Jo Mullins-Stacy, War Creek hollow, WV Medicaid 44188271, son overdosed.', [('name', 'Tammy Jo Mullins-Stacy'), ('place', 'War Creek hollow'), ('health_plan', 'WV Medicaid 44188271')]),
    C('Sami case contd: Máret Ánne Gaup from Máze reindeer village, Norway, fnr 14088844187, pressure over wind farm.', [('name', 'Máret Ánne Gaup'), ('place', 'Máze reindeer village'), ('ssn', 'fnr 14088844187')]),
    C("Our Eritrean and Ethiopian clients keep the Ge'ez calendar, so Enkutatash in September is New Year; Orthodox Timkat in January is a big family gathering."),
    C('Libya: Mohamed Ali Elwarfalli from Derna Al-Maghar quarter, lost 11 relatives in the dam collapse, national number 119870441226.', [('name', 'Mohamed Ali Elwarfalli'), ('place', 'Derna Al-Maghar quarter'), ('ssn', '119870441226')]),
    C('Reminder for Monday: Aziza Tursunova-Rahimi from Kulob Dehqonobod mahalla emails from aziza.tr.kulob@mail.ru; she was last seen on 29.11.2026 and her brother logs in at 79.170.188.22.', [('name', 'Aziza Tursunova-Rahimi'), ('place', 'Kulob Dehqonobod mahalla'), ('email', 'aziza.tr.kulob@mail.ru'), ('date', '29.11.2026'), ('ip_address', '79.170.188.22')]),
    C("For grief after a pet's death, Blue Cross runs a Pet Bereavement Support Service; clients are often embarrassed to bring it to therapy."),
    C('Andorra ski patrol Jordi Font i Cerqueda, avalanche victim recovery, works at Arinsal Sector Port, CASS CASS 119402-K. Survivor guilt.', [('name', 'Jordi Font i Cerqueda'), ('place', 'Arinsal Sector Port'), ('health_plan', 'CASS 119402-K')]),
    C('Bermuda: Tyrone Outerbridge-Simmons, 7 Middletown Road, Pembroke East, HM 08, moped crash, Bermuda plate 44721.', [('name', 'Tyrone Outerbridge-Simmons'), ('street_address', '7 Middletown Road'), ('place', 'Pembroke East'), ('zip_code', 'HM 08'), ('vehicle', 'Bermuda plate 44721')]),
    C("EMDR Europe and the EMDR International Association both accredit consultants, and Francine Shapiro's protocol was adapted by Elan Shapiro and Brurit Laub for recent-event work with groups."),
    C('Our Welsh-speaking clients prefer sessions in Cymraeg; the Mental Health (Wales) Measure requires it be offered, and Mind Cymru has resources in both languages.'),
    C('North Korean defector Kim Song-Hui, Gimpo Haseong apt 104-1102, RRN 880418-2447181, child in the North.', [('name', 'Kim Song-Hui'), ('place', 'Gimpo Haseong apt 104-1102'), ('ssn', 'RRN 880418-2447181')]),
    C('Neha Raghunath Swamy, Guyanese, Enmore Estate Front, NIS 1-4418772, domestic violence.', [('name', 'Neha Raghunath Swamy'), ('place', 'Enmore Estate Front'), ('ssn', 'NIS 1-4418772')]),
    C('Pharmacogenomic testing through GeneSight is marketed in America; the Clinical Pharmacogenetics Implementation Consortium guidelines cover CYP2D6 and CYP2C19 with Citalopram.'),
    C("I'm looking for Arabic translations of the Patient Health Questionnaire; Pfizer funded the original, and Egyptian and Levantine versions circulate among Lebanese and Jordanian colleagues."),
    C('Our trainees shadow Motivational Interviewing sessions on Wednesdays; they find the OARS skills harder in practice than the Miller and Rollnick book suggests.'),
    C('Cape Verde: Nelson Tavares Semedo, deportee from the United States, Achada Grande Frente, Praia. NIF NIF 178422053, isolation and shame.', [('name', 'Nelson Tavares Semedo'), ('place', 'Achada Grande Frente'), ('ssn', 'NIF 178422053'), ('place', 'Praia')]),
    C("Autistic burnout isn't in the DSM-5 or ICD-11, yet Dora Raymaker's research is compelling; Autistic Self Advocacy Network materials are useful for neurodivergent clients."),
    C('We see many Nepali Gurkha veterans through Combat Stress; Dashain and Tihar matter, and Hindu and Buddhist rituals overlap more than our forms allow.'),
    C('Queensland Tanika Yoelu, Poruma Island village, sea-level grief, Medicare Medicare 5517 44188 2-3.', [('name', 'Tanika Yoelu'), ('place', 'Poruma Island village'), ('health_plan', 'Medicare 5517 44188 2-3')]),
    C('The Sertraline versus Placebo PANDA trial by Gemma Lewis and Glyn Lewis in The Lancet Psychiatry found anxiety improved more than depression symptoms in primary care.'),
    C("Montenegrin fisherman Radovan Vujačić from Dobrota Upper Bay, boat KO-218-DB, survived squall, won't go out to sea.", [('name', 'Radovan Vujačić'), ('place', 'Dobrota Upper Bay'), ('vehicle', 'KO-218-DB')]),
    C('Ketamine-assisted therapy is growing in Canada and Australia; the Therapeutic Goods Administration also allowed MDMA and Psilocybin prescribing by authorised psychiatrists.'),
    C('Any German colleagues using the Psychotherapeutengesetz reforms? The Bundespsychotherapeutenkammer and insurers such as the Techniker Krankenkasse publish guidance on Videosprechstunde sessions.'),
    C('Self-harm guidance NG225 from NICE says no to risk tools; the Royal College of Psychiatrists and the Zero Suicide Alliance agree, though some Coroners still ask for scores.'),
    C('For Gender Dysphoria, the Cass Review changed NHS England policy on puberty blockers; WPATH Standards of Care Version 8 and the Endocrine Society disagree in places.'),
    C('Gabon: Rodrigue Mba Obame, okoumé logger, Chantier Lastoursville Km 42, crushed leg, Ottobock Taleo foot on prosthesis 3R80, phantom pain.', [('name', 'Rodrigue Mba Obame'), ('place', 'Chantier Lastoursville Km 42'), ('device', 'Ottobock Taleo foot on prosthesis 3R80')]),
    C('I use the Clinical Outcomes in Routine Evaluation (CORE-10) every session; the CORE Information Management Systems and BACP both promote it.'),
    C("The Dementia Strategy in Scotland and the Alzheimer's Society recommend Cognitive Stimulation Therapy from Aimee Spector; Donepezil and Memantine continue alongside."),
]

"""FORTY-SECOND LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (round 39), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not read git log messages, bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or diffs of any
commit, and did not read the snippets of eval_set.py, dev_extra.py,
locked_set.py or locked_set_2.py ... locked_set_41.py.  No slip of these
rules occurred.  What was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_40.py and locked_set_41.py only
(each printed up to its closing triple quote, for the format description,
the provenance wording, the labelling conventions and their lists of
settings, countries and name cultures, so that this set's differ where
possible; none of their cases), the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and its
last three lines (two snippets, for the file format; none of their
sentences was copied), the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py (exactly lines 29-41, nothing else of that file), and
tests/bot/confidentiality/test_locked_sets.py (the data integrity checks,
which hold no snippets).  The only test run was test_locked_sets.py
(selected with -k 42); ruff was run on this file and on that test file.

How it was made: every snippet was written by hand, under a very tight
time limit, as a consultation request or a chat message to peers in a
therapists' consultation group, in Scotland (the Outer Hebrides, Orkney,
Shetland, Clydeside), the Isle of Man, Northern Ireland, France
(Brittany, Corsica, Lille, the banlieues of Paris and Essonne, Lyon),
Réunion and the Réunionnais of the Creuse, Mayotte and Comorians,
Mauritius, Madagascar, Lebanon (the port blast, the south, the camps),
Palestinians, Syrians in Jordan, Iraqi Kurdistan, Yemen, migrant workers
in the Emirates, Oman and Saudi Arabia, Armenia and Artsakh evacuees,
Latvia, Belarusian exiles in Poland, Greek Cypriots, Malta, Calabria and
Sicily, Tunisia and Libya, Mauritania, Guinea, Mali, Burkina Faso,
Cameroon's anglophone crisis and Douala, Sierra Leone, Liberia, Côte
d'Ivoire, Benin, Namibia (Herero, Damara, Afrikaans farmers), Malawi,
Burundi and its refugees in Tanzania, South Sudan and the Dinka, Oromo
clients, Kachin exiles in Thailand, Thailand, Laos, Timor-Leste, Papua
New Guinea, the Solomon Islands, Kiribati migrants, Lhotshampa
Bhutanese in Pennsylvania and Ohio, Tibetan exiles, Taiwan and
Indonesian caregivers there, Hong Kong and BN(O) migrants in England,
Quebec, Acadians, Newfoundland, Cree and Métis Alberta, the Yukon,
Eeyou Istchee and Nunavut, Yup'ik and Iñupiat Alaska, Maine's lobster coast,
Appalachian Kentucky and West Virginia, the Rio Grande Valley and El Paso,
Oklahoma's Cherokee and Choctaw, the Amish of Pennsylvania, Louisiana's
bayous, Venezuelans in Trinidad, Honduras, El Salvador, Nicaraguan
exiles, the Guna of Panama, Haitian cane workers in the Dominican
Republic, Guyana, Suriname's interior, Belize, Uruguay, Tasmania and the
Torres Strait: short referral lines, rushed lower-case chat (five
snippets write names or places in lower case), forwarded faxes, portal
and audit logs, and longer narrative requests with the identifiers
mid-sentence (twelve of 335-473 characters).  About forty of the
identifier snippets hold only a name and/or a place, written as ordinary
consultation prose or questions to peers, often with the name
mid-sentence and no cue word before it.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set42work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, measured the clean
density, checked overlap with the earlier sets, shuffled the order with a
fixed seed and wrote this file.  One edit was made by script rather than
by hand, and is stated here: in the clean drafts, about a hundred common
nouns the author had capitalised mid-sentence (such as priest, father,
dinner, funerals, stress, winter) were put back in lower case by a script
given a word list, and thirteen title and model names it lowered by
mistake were then restored by hand.  While writing, identifier snippets
were reworded as follows: about twenty-six false starts and asides the
author had typed into the drafts (a name, place, plate, date or country
followed by "? no", "? No", "no wait", "Scratch that", "wrong country.
Skip" or "that's the old client", and two whole lines that were only such
asides; they read like notes to himself) were cut with their values
before the file was built, leaving only the corrected text.  In a review,
about thirty city, county and district names written unlabelled in
identifier snippets (after "in", "now in", "moved to", "from", "sent to",
"displaced to" and "impounded in", and a county after a village) were
either labelled as places or cut or made generic (a country or "back
home"), a prison's name was cut, a council area and a multi-county valley
first left unlabelled were labelled, an island region was cut, and about eleven drafted names and
places belonging to countries and name cultures of sets 40 and 41
(Hawaii, Vietnam, Senegal, Ghana, South Africa, Tonga, Māori New
Zealand, Wales, Cambodia) were replaced with others.  In the clean
snippets, about twelve self-corrections of the same kind ("? no", "?
Sorry", "? I'll not cite that one", "? hmm, I mean", "? Kidding") were
cut; a city inside a programme's place list, a mountain, a Mexican
state, a university hospital, a city inside an interview's name and a
capital city were removed or replaced; seventeen drafts with fewer than
six capitalised words had a sentence or a named body, scale, drug or
book added, and about forty drafts with more than ten had names of
bodies, authors or scales cut or shortened, so that every clean snippet
has six to ten.  Overlap with the other sets was resolved by renaming
only this set's planted values, with a filter that imported the earlier
sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 44 values in the first round
(35 places, 5 ages over 89, 1 name, 1 ID number, 1 mobile-money account
and 1 postal code - mostly rewritten by lengthening: a neighbourhood,
street, block or estate after a town, an extra surname, "N years and M
days", "96 since Candlemas"), 3 in the second (places), 1 in the third
(an age) and 1 in the fourth (the island region above, cut); the last
pass found nothing.

Settings (chosen to differ from sets 40's and 41's): a boat lost off a
Hebridean headland, a ferry ramp failure, a skipper drinking at sea, a
wind farm on a croft, pesticide and farm debt in Brittany, a burned
bergerie and a Corsican hunting accident, a placed teenager in the
banlieue, a shooting in a car park, servis kabaré and famadihana, a kwassa
crossing to Mayotte, the Réunionnais children sent to the Creuse, the
Beirut port blast, an air strike, Zaatari camp nightmares, Kaka'i
displacement, a prison strike in Yemen, kafala and held passports, a
driver sleeping in his car, the Artsakh exodus and a mute son, a trawler
fire, KGB fears in exile, jade-mine abduction, UXO farmland, the 1999
burnings in Timor, sanguma accusations, the Honiara riots, camp years in
Nepal, imprisoned monks, the Hualien earthquake, BN(O) migration and
Instagram, the Lac-Mégantic rail disaster, a lost deckhand, the Ocean
Ranger, residential schools, a drowning through river ice, a skiff lost
in a squall, Kentucky floods, black lung and opioid relapse, a deported
father, fentanyl grief, a Choctaw elder refusing to move, a buggy crash,
police raids on Venezuelan migrants, mara killings and the régimen de
excepción, stripped citizenship, an island community relocated by the
sea, batey labour, cutlass threats, a land case at the CCJ, the
disappeared of Uruguay's dictatorship, bushfire smoke season, graves
exposed by the sea, a reopened inquest in Belfast, router and portal
stalking, anglophone-crisis threats on TikTok, Sahel displacement,
amputees of Sierra Leone's war, Ebola ward memories, the Duékoué
massacres, the Herero genocide, Cyclone Freddy, witchcraft and insomnia,
a cattle raid, a harraga boat, the Derna dam burst, device fears (an
Inspire stimulator, an LVAD in hurricanes, a pump and skipped boluses,
hearing aids taken as punishment, a CGM, a cochlear processor, an ICD, a
power chair, a spinal cord stimulator, a recalled pen, a pacemaker, a
CPAP lost in a wildfire, a baclofen pump), a fundraiser, a Substack and
a Facebook group naming a clinic or a client, a revoked nurse's number
online, a suspended taxi licence, a door supervisor after a stabbing, a
pharmacist before a panel, a bush-plane crash, a lapsed boat licence,
bus drivers under extortion and after a fatal crash, a truck outside a
flat, a motorbike impounded, flood footage, a quad accident, loan sharks
and e-wallets, remittance guilt, very old clients (a centenarian on a
croft, a widow who stayed through the bombing, a 98-year-old driver, a
Dinka elder, a deportation survivor, a woman wanting to stop eating), a
child bride's court letter, a widow with a revolver, a scheduled
attempt anniversary and a hunting rifle at home; with local identifier
formats for a French NIR, a Mauritian NIC, a Lebanese ID, a Jordanian MOI
number, an Emirates ID, an Omani civil number, a Saudi iqama, an Armenian
social card number, a Latvian personas kods, a Thai pink card, a
Timorese electoral card, a Tibetan Green Book, a Taiwanese national ID
and ARC, an HKID, a Canadian status card, a Cherokee citizenship card, a
Venezuelan cédula, a Honduran DNI, a Salvadoran DUI, a Guyanese NIS
number, a Uruguayan CI, a Burkinabè CNIB, an Ivorian CNI, a Namibian ID,
a US A-number and a passport number (ssn); Scottish CHI numbers,
Northern Irish H&C numbers, NHS board, ASE, UNRWA, UNHCR, camp, IHS,
hospital, CSSS, IPP and chart numbers and a Malawian health passport
(medical_record); Manx Care, MGEN, Carte Vitale, Daman, NHI (Taiwan),
RAMQ, Medicare New Brunswick, MCP, Denali KidCare, Kentucky, Texas and
Nebraska Medicaid, SoonerCare, Australian Medicare, the Thai gold card
and Alberta Health numbers (health_plan); Al-Kuraimi, ENBD and French
IBANs, Wise, ANZ NZ, Desjardins, Zelle, PayPal, Cash App, Orange Money,
Wave, Airtel Money, MTN MoMo and TrueMoney (account); CFEC, miner,
nursing (Liberia, France), VTC taxi, SIA, pharmacist, Transport Canada
pilot, Corsican hunting, Maltese boat, Honduran and Uruguayan
professional driving, Tasmanian and Texas driver licences (licence);
Scottish fishing boats, an Acadian boat, Dubai, Latvian, Lebanese,
French, Cypriot, Lao, Hong Kong, British Columbia, Alaska, Maine, Texas
and Quebec ATV plates (vehicle); an Össur foot, an Inspire stimulator,
a HeartMate 3 controller, a Tandem pump, Phonak aids, a FreeStyle Libre,
a Cochlear Nucleus, a Medtronic ICD, a Permobil chair, a Boston
Scientific stimulator, a NovoPen, a Medtronic pacemaker, a ResMed
CPAP and a SynchroMed pump (device); addresses written the local way
(Gaelic Hebridean, Manx, Glaswegian tenement flat 3/1, French rue with
bis and lieu-dit, Corsican lotissement, Beirut rue with number after
the name, Mauritanian îlot, Sierra Leonean road, Uruguayan avenida,
Sicilian via, Cameroonian boulevard with quarter, Quebec rue with app.,
Yukon highway and US streets with apartments) with postal codes of those
countries (UK, Manx, French, Canadian, US ZIP+4, Italian and Uruguayan,
and a Cameroonian BP), IPv4 and IPv6 addresses, URLs (Telegram,
Facebook, Instagram, TikTok, YouTube, X, Blogspot, WordPress, Substack,
Leetchi and GoFundMe) and phone and fax numbers in local and
international formats.

362 snippets, 207 with identifiers and 155 clean (lengths 70-473, within
the test's bounds of 40-520).  Every pattern category appears at least 14
times (the test requires 12):
date 15, age_over_89 14, phone 19, fax 15, email 14,
url 14, ip_address 14, ssn 27, medical_record 15, health_plan 17,
account 15, licence 14, vehicle 14, device 14, street_address 17,
zip_code 14;
with 180 names and 153 places smaller than a state (the test requires
180 and 153).  41 of the identifier snippets hold only names and/or
places and nothing else.

Names: Scottish Gaelic and Hebridean, Orcadian and Shetlander, Manx,
Northern Irish and Irish Gaelic, Breton, Corsican, French and
Franco-Maghrebi, Réunionnais, Comorian, Mauritian Hindu, Malagasy,
Lebanese (Maronite, Shia, Druze), Palestinian, Syrian, Kurdish, Yemeni,
Keralite, Nepali (Rai, Limbu, Gurung, Magar, Tamang), Sudanese, Armenian,
Latvian, Belarusian and Polish, Greek Cypriot, Maltese, Calabrian,
Tunisian, Libyan, Mauritanian (with Mint), Guinean, Malian, Mossi,
Cameroonian, Krio and Temne, Liberian, Baoulé, Fon, Herero, Damara,
Afrikaner, Chewa, Burundian (family name first), Nuer, Dinka, Oromo,
Kachin, Thai, Lao, Timorese, Papua New Guinean, Solomon Islander,
i-Kiribati, Lhotshampa, Tibetan, Taiwanese and Hong Kong Chinese (family
name first), Javanese, Québécois, Acadian, Newfoundland Irish, Cree,
Métis and Inuit, Yukon First Nations, Yup'ik and Iñupiaq, Norwegian
Alaskan, Appalachian, Tejano, Rarámuri, Cherokee, Choctaw, Amish, Cajun,
Downeast Mainer, Venezuelan, Honduran, Salvadoran, Nicaraguan, Guna,
Haitian, Indo-Guyanese, Q'eqchi', Uruguayan, Tasmanian and Torres Strait
Islander names, and in mixed and diaspora families Samoan, Ghanaian,
Egyptian, Iranian, Afghan, Moroccan, Bangladeshi, Navajo, German, Danish
and Russian names; lower-case names and places, hyphenated and multi-part
names, names with honorifics (Aunty, Sitt, Babcia, Nonna, Madame, Abu)
and names with diacritics.  Places: invented or real villages, hamlets,
townlands and crofting townships, outports, lieux-dits, banga
settlements, camps and camp districts, bateyes, Gaelic, Breton, Corsican,
Arabic and Malagasy place names, secteurs, quartiers, blocks, estates,
bayou plantations, hollows and colonias, and real neighbourhoods and
districts (written with an invented street, block or part where they
clashed with the earlier sets), and places after street addresses.

Clean snippets: peer-consultation messages, questions, statements and
updates with six to ten capitalised words each after the first word of a
sentence (1233 in 155 snippets, about 8.0 per snippet, counted by the
author's script, acronyms included): drug brands and generics, doses and
laboratory values, scales and questionnaires, therapy models and their
founders, real published authors and books, guidelines and acts,
diagnoses and culture-bound idioms (sabr, ghurba, hiraezh, kreng jai,
tromba, lung, waswas, cafard), weekdays, months, seasons, religious
holidays and fasts, professional bodies, regulators, charities,
helplines, apps and products, countries, states and provinces,
nationalities, religions and languages, and no place smaller than a
state or a country's subdivision.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED42_CASES = (
    C("Rosalind Naaman-Trad told me the word for what she feels doesn't exist in English, and then she sang it.", [('name', 'Rosalind Naaman-Trad')]),
    C('Does the RCADS have a validated Greek or Armenian version? Our Cypriot and Armenian kids are getting the English SDQ and shrugging at it.'),
    C('Pharmacogenomics question: CYP2D6 Poor Metaboliser on Genesight, on Paroxetine 40 mg; the psychiatrist wants Fluvoxamine. My client is Ethiopian and the GP says Khat interacts too.'),
    C("Her daughter's birthday, the 29th of January 2011, is the date she attempted last year. Oksana Kavaliova-Liapina, Belarusian, lives in Praga-Północ-Szmulki.", [('date', 'the 29th of January 2011'), ('name', 'Oksana Kavaliova-Liapina'), ('place', 'Praga-Północ-Szmulki')]),
    C("Zelle (214) 447-9283 — the ex demands she pays his share of their son's sessions there. Marisol Guajardo-Treviño.", [('account', '(214) 447-9283'), ('name', 'Marisol Guajardo-Treviño')]),
    C("Would value advice. Ahmad Shukri Hamdan, a Palestinian engineer from Nahr al-Bared camp, was working in the Gulf until his residence permit was cancelled and he was deported with two days' notice; his employer still holds his end-of-service money in an account, ENBD AE07 0260 0010 1447 1928 301, and he has started to ruminate about it day and night. His wife emails me at um.yazan.hamdan@gmail.com because he won't. Where do you start when the injustice is real?", [('name', 'Ahmad Shukri Hamdan'), ('place', 'Nahr al-Bared'), ('account', 'ENBD AE07 0260 0010 1447 1928 301'), ('email', 'um.yazan.hamdan@gmail.com')]),
    C('Any Shona or Chichewa translations of the AUDIT? The Malawian Ministry of Health uses a Chichewa AUDIT-C, and the booklet from the NGO is lovely.'),
    C('Guyanese client Savitri Persaud-Ramdhanie from Mahaicony, husband cutlass threats, NIS NIS 1-0447-1928, cell +592 621 4471.', [('name', 'Savitri Persaud-Ramdhanie'), ('place', 'Mahaicony'), ('ssn', 'NIS 1-0447-1928'), ('phone', '+592 621 4471')]),
    C('The PANSS total is 82 and the CGI-S is 5, but he is clearer on Tuesdays after the depot. Abilify Maintena or Aristada? The consultant prefers Aristada.'),
    C('fax (504) 2550-4471 from the Honduran consulate regarding Kenia Lizeth Banegas Euceda, passport copy attached', [('fax', '(504) 2550-4471'), ('name', 'Kenia Lizeth Banegas Euceda')]),
    C("A bit of background before my question. Ghassan Abi Nader is a 47-year-old taxi driver who was parked near the silos on the day of the explosion; his cab, plate O 447192, was crushed and he still drives a borrowed one. He now lives with his brother in Jdeideh and sends me voice notes at all hours from +961 3 447 192. He says he cannot stand the smell of grain. I'm wondering whether anyone has used EMDR with blast survivors who are still living within sight of the site.", [('name', 'Ghassan Abi Nader'), ('vehicle', 'O 447192'), ('place', 'Jdeideh'), ('phone', '+961 3 447 192')]),
    C("Clinical supervision via the UKCP vs the BPS: the HCPC doesn't mind which, but the NHS job advert asked for BABCP accreditation. Is that standard now? Or the UKCP register?"),
    C('Please fax the discharge summary for Hamish Tulloch-Inkster to 01856 887 4419, attention of the CPN in Dounby-by-the-Loch.', [('name', 'Hamish Tulloch-Inkster'), ('fax', '01856 887 4419'), ('place', 'Dounby-by-the-Loch')]),
    C('On the 988 Lifeline: does it route Spanish-speaking callers in Texas to the Crisis Center with Mexican-Spanish speakers, or to the national Spanish subnetwork? The SAMHSA FAQ is vague.'),
    C("The DSM-5-TR's Prolonged Grief Disorder and the ICD-11's version differ on timing (12 vs 6 months). For insurance in Quebec, which one does the RAMQ accept on a form?"),
    C("The client's YouTube channel https://www.youtube.com/@kachinvoices_lahpai shows her house. She's now getting threats.", [('url', 'https://www.youtube.com/@kachinvoices_lahpai')]),
    C('Fax the ISP letter to +1 (907) 543-4471; client Evon Kassaiuli-Charles says her account was accessed from 66.58.201.147 after the break-up.', [('fax', '+1 (907) 543-4471'), ('name', 'Evon Kassaiuli-Charles'), ('ip_address', '66.58.201.147')]),
    C('Is Naloxone (Narcan) available without prescription in Mexico? My Mexican-born client travels home every Easter and his brother uses Fentanyl.'),
    C('Any Scots speakers here? "Da simmer dim" as a term for the long light of June came up and my client tied it to his manic episodes, which Kay Redfield Jamison describes in An Unquiet Mind. Lithium (Priadel) level was 0.9 on Tuesday.'),
    C('DBT skills (Linehan\'s Skills Training Manual, 2nd edition) in Arabic: the distress tolerance module\'s "Radical Acceptance" became "Rida" in our Jordanian version.'),
    C('Dossier patient IPP 2047719283, admission HDT le 2 novembre 2025, Florian Casanova-Peretti, domicile Lotissement Les Oliviers, villa 7, 20167 Sarrola-Carcopino.', [('medical_record', 'IPP 2047719283'), ('date', '2 novembre 2025'), ('name', 'Florian Casanova-Peretti'), ('street_address', 'Lotissement Les Oliviers, villa 7'), ('zip_code', '20167'), ('place', 'Sarrola-Carcopino')]),
    C("Login from 105.112.47.219 then 2c0f:f5c0:447:1928::31, both Nigerian ranges, on the Beninese client's account; Fifamè Houngbédji-Agossou doesn't know anyone there.", [('ip_address', '105.112.47.219'), ('ip_address', '2c0f:f5c0:447:1928::31'), ('name', 'Fifamè Houngbédji-Agossou')]),
    C('Uruguayan client Florencia Techera Olivera, CI 4.418.930-2, from Tacuarembó, Fonasa member, sister disappeared in 1976 and the remains were found this year.', [('name', 'Florencia Techera Olivera'), ('ssn', '4.418.930-2'), ('place', 'Tacuarembó')]),
    C('For Black Caribbean men, the NHS Patient and Carer Race Equality Framework (PCREF) is supposed to change practice; has anyone seen it change anything at ward level?'),
    C('Seroquel 25 mg as a sleeper is being prescribed by GPs everywhere; the Royal College of Psychiatrists advises against it. Has anyone challenged a GP on it without losing the referral line? The BNF and the Maudsley Prescribing Guidelines agree.'),
    C('My Taiwanese client describes "fan zao" (restless irritability) and the Mandarin word doesn\'t map onto the GAD-7 items; does the Chinese Classification of Mental Disorders help?'),
    C("Medtronic ICD PJF 447192 H, fired twice in the supermarket. My client Kostas Ah Sing-Papadakis says he now won't leave the house.", [('device', 'PJF 447192 H'), ('name', 'Kostas Ah Sing-Papadakis')]),
    C("Curious whether anyone's used narrative work with returnees; Faisal Al-Mahrouqi came back from years in the interior and finds the coast unbearable.", [('name', 'Faisal Al-Mahrouqi')]),
    C("Background: Dorcas Ajong Mbah, 38, a teacher from Ndop in the North-West Region of Cameroon, saw her school burned by armed men in 2018 and has been in Maryland since 2021. Her asylum hearing is on March 3, 2026, her A-number is A 218-447-192, and her lawyer wants a psychological evaluation by February. She dissociates whenever she tries to talk about the school. How do people approach evaluations when the story can't yet be told?", [('name', 'Dorcas Ajong Mbah'), ('place', 'Ndop'), ('date', 'March 3, 2026'), ('ssn', 'A 218-447-192')]),
    C('TrueMoney wallet 089 447 1928 — the loan shark messages the wallet number to her whole family. Nattaya Srisuk, in Nong Bua Lamphu-Yai.', [('account', '089 447 1928'), ('name', 'Nattaya Srisuk'), ('place', 'Nong Bua Lamphu-Yai')]),
    C('Has anyone used the "Familias Unidas" programme (Guillermo Prado) in Spanish for Honduran and Salvadoran parents? The NIDA materials are in Spanish.'),
    C("HK client Chan Ka-Yan Cheryl, HKID Y447281(3), moved to Sutton-Benhilton Lanes with BN(O) visa, sister still in Sham Shui Po's Nam Cheong Estate. She deleted Instagram but her old account instagram.com/cheryl.kayan.ssp is still up.", [('name', 'Chan Ka-Yan Cheryl'), ('ssn', 'Y447281(3)'), ('place', 'Sutton-Benhilton Lanes'), ('place', "Sham Shui Po's Nam Cheong Estate"), ('url', 'instagram.com/cheryl.kayan.ssp')]),
    C("The email address on the booking is h.gogokhia+therapy@gmail.com but the client Hovhannes Gogokhian says it's not his.", [('email', 'h.gogokhia+therapy@gmail.com'), ('name', 'Hovhannes Gogokhian')]),
    C('Nadia Ghazaleh Karam asked me today whether grief can make you forget your own address. I said yes. Was that right?', [('name', 'Nadia Ghazaleh Karam')]),
    C("New paper in JAMA Psychiatry on psilocybin for major depressive disorder; a Quebecer client asked whether Health Canada's Special Access Programme would let me refer her."),
    C("A complicated one. Ricardo Emanuel Sosa Piñeyro, a 52-year-old Uruguayan bus driver, was the driver in a fatal crash on Ruta 5 near Durazno last winter. He was cleared, but his professional licence UY-PRO-D-4471928 was suspended pending appeal and he spends his days in the bus depot café. He says the girl's mother stood outside his house at Avenida Artigas 1447, 97000. He has a rope in the shed, his wife says.", [('name', 'Ricardo Emanuel Sosa Piñeyro'), ('place', 'Durazno'), ('licence', 'UY-PRO-D-4471928'), ('street_address', 'Avenida Artigas 1447'), ('zip_code', '97000')]),
    C("Robert Sapolsky's Why Zebras Don't Get Ulcers for a psychoeducation session on stress; my Mauritian clients love the zebra title."),
    C('Kachin teacher Lahpai Seng Raw Naw from Laiza now in Thailand, her cousin was taken at the jade mines. Thai pink card 0 0812 47739 21 4.', [('name', 'Lahpai Seng Raw Naw'), ('place', 'Laiza'), ('ssn', '0 0812 47739 21 4')]),
    C("Can anyone recommend French-language CBT workbooks like Mind Over Mood? Padesky's book exists in French, I think, but my clients from Quebec find it stiff."),
    C('Naltrexone (Vivitrol) or Sublocade for a young Appalachian man with Fentanyl use and chronic pain? The SAMHSA finder lists nobody who does both. Kentucky Medicaid covers both.'),
    C("My client's Phonak aids PH-L90-4471830 were taken by her son as punishment. She's 91 years and 19 days, Elspeth Garrioch, lives alone in Stromness.", [('device', 'PH-L90-4471830'), ('age_over_89', '91 years and 19 days'), ('name', 'Elspeth Garrioch'), ('place', 'Stromness')]),
    C("Minipress for nightmares, Belsomra for sleep onset, and CBT-I from the Sleepio app: the VA's CBT-i Coach is free. Has anyone compared them with Veterans from Lebanon's Army?"),
    C("Amish family near Gap-Kinzer Road, Lancaster County's Pequea Township: the father Amos B. Stoltzfus asked via the bishop for a counselor for his son after the buggy crash on June 7, 2025. No phone, but the shop's is 717-442-0938.", [('place', 'Gap-Kinzer Road'), ('place', "Lancaster County's Pequea Township"), ('name', 'Amos B. Stoltzfus'), ('date', 'June 7, 2025'), ('phone', '717-442-0938')]),
    C("Bhutanese client's Inspire stimulator serial is IN-3028-4471927 — she's worried the airport scanner will damage it. Dil Maya Chhetri-Tamang, lives in Akron.", [('device', 'IN-3028-4471927'), ('name', 'Dil Maya Chhetri-Tamang'), ('place', 'Akron')]),
    C("Supervision tomorrow — I'd like to bring Hovik Mkrtchyan-Sargsyan again, the stuckness hasn't shifted.", [('name', 'Hovik Mkrtchyan-Sargsyan')]),
    C("Belarusian exile Aliaksandra Tsikhanovich-Krauchanka, in Białystok-Bojary since the 2020 protests, afraid the KGB traces her Telegram t.me/sasha_kr_vitebsk. Paranoia or prudence? I honestly can't tell.", [('name', 'Aliaksandra Tsikhanovich-Krauchanka'), ('place', 'Białystok-Bojary'), ('url', 't.me/sasha_kr_vitebsk')]),
    C('Her sister takes the rent through MTN MoMo 6 77 44 71 92 and then tells the family in Bafoussam-Tamdja that she is lazy.', [('account', 'MTN MoMo 6 77 44 71 92'), ('place', 'Bafoussam-Tamdja')]),
    C('He grew up in Mahajanga-Tsararano, near the mangroves, and talks about the zebu market when he wants to feel calm.', [('place', 'Mahajanga-Tsararano')]),
    C('Anyone know if Samaritans has a Welsh or Gaelic line, or if Shout 85258 has translators? The Manx Samaritans cover the island, I think.'),
    C('Yukon colleague asks about client Tagish Joe-Sidney, status card 6720044718, living at 114 Klondike Hwy, Carmacks-Tantalus Bench, Y0B 1C0. Alcohol and a residential school.', [('name', 'Tagish Joe-Sidney'), ('ssn', '6720044718'), ('street_address', '114 Klondike Hwy'), ('place', 'Carmacks-Tantalus Bench'), ('zip_code', 'Y0B 1C0')]),
    C('Clinic record CSSS-4471-92830-Q for Jean-Guy Bouchard-Lavoie, 1447 rue des Érables, app. 3, Saguenay-Chicoutimi, G7H 4R9. Hunting rifle at home.', [('medical_record', 'CSSS-4471-92830-Q'), ('name', 'Jean-Guy Bouchard-Lavoie'), ('street_address', '1447 rue des Érables, app. 3'), ('place', 'Saguenay-Chicoutimi'), ('zip_code', 'G7H 4R9')]),
    C("Consultation request. My client, Léa Fontaine-Abdelkader, 29, is a nurse at an EHPAD and since last summer's heatwave she has had intrusive images of residents she couldn't cool down. She lives at 12 bis rue des Tanneurs, 59000 Lille-Wazemmes, with her mother, who is her main support. Her Ordre infirmier number ONI 59 447192 was mentioned by the inspector in a report she found online, and she now checks it every night. How would you pace exposure here?", [('name', 'Léa Fontaine-Abdelkader'), ('street_address', '12 bis rue des Tanneurs'), ('zip_code', '59000'), ('place', 'Lille-Wazemmes'), ('licence', 'ONI 59 447192')]),
    C('Has anyone worked with shame around inheritance? Tomás Ó Flatharta-Keane was cut out of the farm and still drives past it every Sunday.', [('name', 'Tomás Ó Flatharta-Keane')]),
    C("Bit of a saga. Annelise Christiansen-Eybers is a Namibian farmer's widow, 93 years and 8 months old, who lives alone on the farm outside Otjiwarongo since her husband was killed in a robbery in May 1998. Her niece, who emails me from annelise.niece.otji@iway.na, says she keeps a revolver under the pillow. She refuses to move to town and says she will die where he died. Is this a risk assessment or an elder's right?", [('name', 'Annelise Christiansen-Eybers'), ('age_over_89', '93 years and 8 months'), ('place', 'Otjiwarongo'), ('date', 'May 1998'), ('email', 'annelise.niece.otji@iway.na')]),
    C("Tunisian harraga survivor Ayoub Ben Salah-Mejri from Zarzis, boat sank on 17 October 2022, his cousin's body never found. Lives at Via Maqueda 219, 90133 Palermo-Ballarò.", [('name', 'Ayoub Ben Salah-Mejri'), ('place', 'Zarzis'), ('date', '17 October 2022'), ('street_address', 'Via Maqueda 219'), ('zip_code', '90133'), ('place', 'Palermo-Ballarò')]),
    C('Réunion colleagues: Marie-Claude Payet-Hoarau in Cilaos is asking for a therapist who knows the servis kabaré. Her number is 0692 47 18 33. She prefers Kréol.', [('name', 'Marie-Claude Payet-Hoarau'), ('place', 'Cilaos'), ('phone', '0692 47 18 33')]),
    C("Alberta Health card AHC 44719-2830 belongs to Waylon Okimaw-Cardinal, who says the RCMP took his phone. His aunt's fax is 780-585-4471.", [('health_plan', 'AHC 44719-2830'), ('name', 'Waylon Okimaw-Cardinal'), ('fax', '780-585-4471')]),
    C("Reading Derek Summerfield's critique of PTSD as a Western category in the BMJ and Papadopoulos's Trauma Grid; together they'd make a good teaching session for the Red Cross volunteers."),
    C('Zoom vs Doxy.me vs Microsoft Teams for clients in the Gulf where VoIP is restricted; one of my clients in the UAE can only use Botim.'),
    C('Nok Kanchanawat-Saelee moved here from the north last month and the landlady keeps coming in unannounced.', [('name', 'Nok Kanchanawat-Saelee')]),
    C("Long one, sorry. I've been seeing a man from the Western Isles for about six months, a former ferry deckhand who was on the crossing the night the ramp failed, and he has started turning up at the pier at Lochmaddy at 5 a.m. to watch the boat come in. His sister rang the practice yesterday from 01876 500 447 to say that Murdo Alasdair Morrison had written letters to each of the crew. I don't know whether to treat this as a risk disclosure or as grief work.", [('place', 'Western Isles'), ('place', 'Lochmaddy'), ('phone', '01876 500 447'), ('name', 'Murdo Alasdair Morrison')]),
    C("The CMP faxed 04 95 31 44 72 with Anghjula Mattei-Rocca's last lithium level — 1.1, and no one told the GP.", [('fax', '04 95 31 44 72'), ('name', 'Anghjula Mattei-Rocca')]),
    C("Has anyone used Sue Johnson's Hold Me Tight programme (EFT) with Francophone couples in Canada? The ICEEFT lists only two French-speaking trainers."),
    C('Sierra Leone amputee Foday Musa Kargbo, Össur prosthesis serial PRO-FLEX-XC-4471928, from Koidu, war-era trauma flaring with the new socket fitting.', [('name', 'Foday Musa Kargbo'), ('device', 'PRO-FLEX-XC-4471928'), ('place', 'Koidu')]),
    C("Client is on Clozaril 300 mg, ANC fine, but drooling and weight gain; he's refusing Hyoscine. Psychiatrist suggests switching to Invega Sustenna, he wants Ozempic for the weight. Anyone seen this combination?"),
    C("Liberian nurse Comfort Gbowee-Kollie survived Ebola ward work in Foya, LBNM licence RN-LR-004471. She now works in Minnesota and won't take time off.", [('name', 'Comfort Gbowee-Kollie'), ('place', 'Foya'), ('licence', 'RN-LR-004471')]),
    C("Irvin Yalom's Staring at the Sun with an Orthodox Jewish client who keeps Shabbat and refuses Zoom on Friday evenings; we moved to Sunday mornings and the MoCA is 26."),
    C("A Gypsy and Traveller liaison nurse asked me about the Traveller Movement's mental health guide; it has sections on Suicide and on Eviction. Anyone used it?"),
    C("Newfoundland: Bride O'Keefe-Power, 61, outport of Little Harbour Deep, MCP 472 118 930 447, lost her brother on the Ocean Ranger anniversary week and spirals every February.", [('name', "Bride O'Keefe-Power"), ('place', 'Little Harbour Deep'), ('health_plan', '472 118 930 447')]),
    C('Fax from the ASA clinic, +264 61 447 1928, re Petrus Gariseb, Damara, from !Khuiseb-Oos.', [('fax', '+264 61 447 1928'), ('name', 'Petrus Gariseb'), ('place', '!Khuiseb-Oos')]),
    C("Indian driver in the Emirates, Sreejith Kunnumpurath, Emirates ID 784-1987-4412093-6, Daman card DMN 1208 4471 9930 02, plate Dubai P 41873. He's been sleeping in the car since his wife filed for divorce back home.", [('name', 'Sreejith Kunnumpurath'), ('ssn', '784-1987-4412093-6'), ('health_plan', 'DMN 1208 4471 9930 02'), ('vehicle', 'Dubai P 41873')]),
    C('can anyone take ayla kanayurak-brower this week? shes in utqiagvik-browerville, mom calls from 907-852-4471', [('name', 'ayla kanayurak-brower'), ('place', 'utqiagvik-browerville'), ('phone', '907-852-4471')]),
    C("The family of Padraig Mac Giolla Easpaig have asked to join a session. He's 23 and agrees. Any tips for a first family meeting after an overdose?", [('name', 'Padraig Mac Giolla Easpaig')]),
    C("Our Lebanese supervisor recommended Rabih Alameddine's The Hakawati and Etel Adnan's Sitt Marie Rose for understanding the war. Anyone read them in a reading group?"),
    C('Has anyone seen Esketamine (Spravato) in practice in France? The ANSM lists it, the HAS rated it "insuffisant" in 2020, and my patient asks every Thursday.'),
    C("Supervisor said to read Waking the Tiger and Pat Ogden's Sensorimotor Psychotherapy before I try somatic work with a Congolese client who freezes on Mondays."),
    C('Looking for colleagues who speak Tetum; Maria Fátima Soares Belo would prefer therapy in her own language.', [('name', 'Maria Fátima Soares Belo')]),
    C("Kenneth Doka's Disenfranchised Grief fits the Filipino and Indonesian domestic workers in the Gulf who cannot attend funerals at home. The ILO report on Kafala is grim reading."),
    C('Records request via +44 1851 704 471, client Catriona Morrison-Mhoireach, Steòrnabhagh-Plasterfield, date of incident 3rd of June 2024.', [('fax', '+44 1851 704 471'), ('name', 'Catriona Morrison-Mhoireach'), ('place', 'Steòrnabhagh-Plasterfield'), ('date', '3rd of June 2024')]),
    C("Bus driver Luis Armando Paz Cruz in San Pedro Sula's Rivera Hernández, licence HN-C-0801-4471928, saw the driver in front of him shot at a checkpoint. He pays extortion every week.", [('name', 'Luis Armando Paz Cruz'), ('place', "San Pedro Sula's Rivera Hernández"), ('licence', 'HN-C-0801-4471928')]),
    C('Friendship Bench from Zimbabwe has been adapted in Malawi, Kenya and even the United States; has anyone seen it work in French-speaking West Africa with Imams as lay counsellors?'),
    C("Has anyone used Pauline Boss's ambiguous loss framework with families of the disappeared from Lebanon's Civil War? I'm mixing it with Narrative Exposure Therapy on Tuesdays."),
    C("Supervision thought: the Drama Triangle (Stephen Karpman) vs the Winner's Triangle (Acey Choy) for a Lebanese family where the mother is always the rescuer. Useful or too simple?"),
    C("Client on Lexapro 20 mg since February, PHQ-9 down from 21 to 11, GAD-7 still 15. Psychiatry wants to add Abilify 2 mg before Christmas. Thoughts from anyone on the APA's latest guidance?"),
    C('Our Breton-speaking clients keep asking for Diwan-school teachers as translators; the ARS says only certified interpreters. How do others handle minority languages like Breton, Corsican or Alsatian?'),
    C('His motorbike, LAO 4471 VT, was impounded in Vientiane-Sikhottabong and he walked home 30 km. Client Bounmy Sayavong.', [('vehicle', 'LAO 4471 VT'), ('place', 'Vientiane-Sikhottabong'), ('name', 'Bounmy Sayavong')]),
    C('Has anyone used the Circle of Security Parenting programme with Comorian or Mahorais families? The DVD examples feel very North American to them.'),
    C('Small win: Zahra Ouazzani-Belkhir went to the hammam with her aunt for the first time since the assault.', [('name', 'Zahra Ouazzani-Belkhir')]),
    C("Does anyone know a Kurdish-speaking colleague near Qaladiza-Ranya? The family won't use an interpreter from the town.", [('place', 'Qaladiza-Ranya')]),
    C('Client from Rose-Belle in Mauritius, Dharmendra Ramgoolam-Seetohul, NIC R2108714400528, works nights at the call centre and has started hearing his dead father through the headset.', [('place', 'Rose-Belle'), ('name', 'Dharmendra Ramgoolam-Seetohul'), ('ssn', 'R2108714400528')]),
    C('Ativan 1 mg four times a day for six years, Klonopin before that; the Ashton Manual (Heather Ashton) taper is slow. The GP wants to cut by 25% a week, which the Benzodiazepine Information Coalition says is unsafe.'),
    C('Malawian mother Chimwemwe Banda-Phiri in Chikwawa-Ngabu Road, lost her house in Cyclone Freddy. Airtel Money 0999 447 182. Health passport QECH-2023-44718.', [('name', 'Chimwemwe Banda-Phiri'), ('place', 'Chikwawa-Ngabu Road'), ('account', '0999 447 182'), ('medical_record', 'QECH-2023-44718')]),
    C('Blog kwanyinwellness.wordpress.com/2025/10/shame has a photo of the waiting room with two clients visible.', [('url', 'kwanyinwellness.wordpress.com/2025/10/shame')]),
    C('Audit: therapist notes opened from 2001:56a:f44e:9f00:4471:92ab:cd30:1 while I was on leave.', [('ip_address', '2001:56a:f44e:9f00:4471:92ab:cd30:1')]),
    C("Reading Judith Herman's Truth and Repair alongside Renos Papadopoulos's Adversity-Activated Development for a talk in November."),
    C('The UN Principles on Effective Investigation of Torture exist in Arabic and French; my Syrian and Malian clients need reports in both.'),
    C("Client's father is 98 years and 11 months and counting, lives alone in Cap-Chat-Est, drives to mass and refuses to surrender his licence.", [('age_over_89', '98 years and 11 months and counting'), ('place', 'Cap-Chat-Est')]),
    C("Hey can anyone see mamadou sakho-diarra? 19, from la grande borne, brother shot in the car park, he sleeps in the stairwell and won't go to the CMP.", [('name', 'mamadou sakho-diarra'), ('place', 'la grande borne')]),
    C("Thinking of Ahmadou Bamba Cissé-Touré this week; the anniversary of the boat is coming and he's stopped answering.", [('name', 'Ahmadou Bamba Cissé-Touré')]),
    C("IP 45.155.204.118, same as the anonymous reviews, matched her ex-partner's IP in the court papers.", [('ip_address', '45.155.204.118')]),
    C('For Hong Kong clients the Cantonese term "sam bong" (heart pain) appears more than "depression"; the HKCSS\'s guide on Cantonese idioms is very good. The CCMD-3 had neurasthenia.'),
    C("The Armenian Genocide centenary brought a wave of intergenerational grief; has anyone used Vamik Volkan's Chosen Trauma concept in therapy rather than in academia?"),
    C('Interesting paper in The Lancet Psychiatry on Ketamine vs ECT for Treatment-Resistant Depression; my Armenian client wants Spravato but the insurer in Canada says no.'),
    C("Cash App $TiaBurnsKY447 is where her dealer collects; she says she's clean but the payments continue. Tia Marie Burns-Slone.", [('account', '$TiaBurnsKY447'), ('name', 'Tia Marie Burns-Slone')]),
    C("Her father ran the bakery in Ain Ebel-Debel for forty years and she can't bring herself to sell it.", [('place', 'Ain Ebel-Debel')]),
    C("Mirtazapine 15 mg gave her 8 kg in two months; switching to Trintellix 10 mg. Any issues with Trintellix and Tamoxifen? The oncology nurse didn't know. She's a Lebanese Armenian on Medicare in Australia, so the PBS price matters."),
    C("Reading Viktor Frankl's Man's Search for Meaning with a Syrian Orthodox priest who was held in captivity; he says Frankl misses the role of the liturgy."),
    C("Anyone trained in Tobie Nathan's ethnopsychiatry or Marie Rose Moro's transcultural consultation? We have a Malagasy family asking about tromba and the CMP psychiatrist dismissed it."),
    C('Lhotshampa elder Chandra Bahadur Ghalley, 92 and a half, resettled to Harrisburg, PA, after 18 years in Beldangi camp. Son says he talks of going back to Chirang.', [('name', 'Chandra Bahadur Ghalley'), ('age_over_89', '92 and a half'), ('place', 'Harrisburg'), ('place', 'Beldangi'), ('place', 'Chirang')]),
    C('The DSM-5-TR\'s cultural concepts of distress include Ataque de Nervios, Khyâl Cap and Kufungisisa; has anyone written about "Tension" as used by Bhutanese Nepali speakers?'),
    C('Firewall log shows 118.69.244.19 and 197.253.17.41 trying the staff VPN with my username.', [('ip_address', '118.69.244.19'), ('ip_address', '197.253.17.41')]),
    C('Does the NICE guideline NG116 cover complex PTSD as a separate diagnosis, or do we still rely on the ICD-11 and the ITQ? My manager wants a NICE reference for the phase-based approach.'),
    C("Rio Grande Valley referral: Yesenia Garza-Villarreal, 14, from Las Milpas-Colonia Río Bravo, dad deported in March, TX Medicaid 519 447 2088, plate on her aunt's truck TX RKW-4471.", [('place', 'Rio Grande Valley'), ('name', 'Yesenia Garza-Villarreal'), ('place', 'Las Milpas-Colonia Río Bravo'), ('health_plan', '519 447 2088'), ('vehicle', 'TX RKW-4471')]),
    C("Is the Inuktitut version of the K10 validated? Nunavut's Department of Health uses it, I think, but the Kamatsiaqtut Helpline said they use their own."),
    C("The MHRA's Yellow Card data on Finasteride and suicidal thoughts: a young Armenian-Canadian client stopped it in June and still has anhedonia. Any experience with Post-Finasteride Syndrome?"),
    C('My Corsican client Ghjuvan Petru Santucci-Leca keeps saying the fire at the bergerie was "a message". He lives at lieu-dit Funtanella, 20259 Pioggiola. Family feud or paranoia?', [('name', 'Ghjuvan Petru Santucci-Leca'), ('street_address', 'lieu-dit Funtanella'), ('zip_code', '20259'), ('place', 'Pioggiola')]),
    C('Ethnicity and Family Therapy (McGoldrick, Giordano and Garcia-Preto) has chapters on Lebanese, Armenian and Haitian families, but nothing on Comorians or Mauritians. Any sources?'),
    C('For Tibetan clients the Buddhist framing of "Lung" disorder comes up; Men-Tsee-Khang doctors prescribe Rinchen pills and the psychiatrist prescribes Sertraline. Both are taken.'),
    C("Is the C-SSRS validated in Malagasy or Comorian? The Columbia Lighthouse Project lists 150 languages but I can't find either."),
    C("Sainte-Rose-du-Nord-Anse is where he says he'll go if things get worse, to his uncle's cabin, and there's no signal there.", [('place', 'Sainte-Rose-du-Nord-Anse')]),
    C('the mutuelle wants his adhérent no. MGEN 7730 4418 91 and the NIR again, sigh. Gwenolé Kervella still owes for three sessions.', [('health_plan', 'MGEN 7730 4418 91'), ('name', 'Gwenolé Kervella')]),
    C("Supervision question. My client Séverine Hoarau-Técher grew up in Saint-Joseph-Vincendo on Réunion and was one of the children sent to la Creuse in the 1960s and 1970s. She is now 64 and has applied to see her file, which arrived by fax from +33 5 55 51 44 72 with whole pages blacked out. She says the blacked-out pages feel like being sent away again. I'd like to hear from anyone who has worked with the Réunionnais children sent to mainland France in those years.", [('name', 'Séverine Hoarau-Técher'), ('place', 'Saint-Joseph-Vincendo'), ('place', 'la Creuse'), ('fax', '+33 5 55 51 44 72')]),
    C('Bush pilot Jack Qaqqaq Aupilardjuk, Transport Canada licence CPL-A 447192, crashed short of the strip at Sanikiluaq-South in whiteout. Survivor guilt.', [('name', 'Jack Qaqqaq Aupilardjuk'), ('licence', 'CPL-A 447192'), ('place', 'Sanikiluaq-South')]),
    C('Her ex installed something on the router; the log shows logins from 185.214.47.93 at 3 a.m. every night. Client is Nour El Houda Trabelsi, from Sidi Bouzid, now in Lyon-Vaise.', [('ip_address', '185.214.47.93'), ('name', 'Nour El Houda Trabelsi'), ('place', 'Sidi Bouzid'), ('place', 'Lyon-Vaise')]),
    C('Is there a Gullah or Bajan Creole translation of the PHQ-9? A Barbadian colleague uses the English with Bajan glosses, and a Jamaican version exists, I was told.'),
    C("Walked with Gaspard Nkurunziza-Habonimana around the park today because he couldn't sit; he talked more in twenty minutes than in six sessions.", [('name', 'Gaspard Nkurunziza-Habonimana')]),
    C('For the Arabic speakers: how do you translate "sabr" in session without it turning into an instruction? My Lebanese and Syrian clients hear it as a Qur\'anic duty, not a coping strategy. I\'ve tried Sabr as patience, as acceptance, and as endurance in the Al-Ghazali sense.'),
    C("Carbamazepine (Tegretol) and oral contraceptives: the client was not told by the GP in January, and now she's pregnant. The MHRA issued guidance on Valproate, but Tegretol's teratogenicity is also real."),
    C('Question on the Dual Process Model (Stroebe and Schut): does "restoration orientation" even make sense for Yazidi or Kurdish mothers whose sons are missing?'),
    C('Latvian fisherman Jānis Ozoliņš-Bērziņš from Pāvilosta-Ziemupe, personas kods 170969-11484, refusing sick leave after the trawler fire. Wife says he sits in the Lada HM-4471 all night.', [('name', 'Jānis Ozoliņš-Bērziņš'), ('place', 'Pāvilosta-Ziemupe'), ('ssn', '170969-11484'), ('vehicle', 'HM-4471')]),
    C("Honduran mother Dilcia Maradiaga Oyuela, DNI 0801-1988-14471, son killed by the mara in Chamelecón. She's now in Texas, email dilciamaradiaga88@yahoo.com.", [('name', 'Dilcia Maradiaga Oyuela'), ('ssn', '0801-1988-14471'), ('place', 'Chamelecón'), ('email', 'dilciamaradiaga88@yahoo.com')]),
    C("Our fax has changed to +1 867 667 4419; please update it for Shirley Tom-Adamson's referral from Ross River.", [('fax', '+1 867 667 4419'), ('name', 'Shirley Tom-Adamson'), ('place', 'Ross River')]),
    C('For ADHD in adult women: ASRS of 5/6 in Part A, DIVA-5 supports it; psychiatry says Concerta, the client asks for Strattera because her brother had a Ritalin psychosis.'),
    C('The stalker posts from 196.207.118.47 and keeps opening new TikToks, latest https://www.tiktok.com/@bamenda.truth.247. Client Elvis Nkwenti Fru is terrified.', [('ip_address', '196.207.118.47'), ('url', 'https://www.tiktok.com/@bamenda.truth.247'), ('name', 'Elvis Nkwenti Fru')]),
    C("My client's family farm is at Nkhotakota-Mwansambo and they want him home for the harvest; he wants to finish treatment.", [('place', 'Nkhotakota-Mwansambo')]),
    C("Winnicott's Playing and Reality, Bowlby's Attachment and Loss, and Crittenden's Dynamic-Maturational Model were my Saturday reading. I still reach for him first with avoidant teenagers."),
    C("The American Psychological Association's Clinical Practice Guideline for PTSD (2017) and the VA/DoD guideline (2023) disagree on EMDR; which one does your Medicaid plan cite?"),
    C('What do colleagues use for Prolonged Grief in children? The PGD scales for adults exist, but the Child and Adolescent versions are only in Dutch and English, I believe.'),
    C("Anyone following the Québec law on medical aid in dying (Loi concernant les soins de fin de vie) and mental illness as a sole condition? Canada's Parliament delayed it to 2027. The Collège des Médecins du Québec has a guide."),
    C("IT says the portal was accessed from 2a01:e0a:4b7:91c0::4418 using my client's password. Sandrine Vaillancourt thinks it's her brother. Can we log this as a breach?", [('ip_address', '2a01:e0a:4b7:91c0::4418'), ('name', 'Sandrine Vaillancourt')]),
    C("Truck plate FR-447-KQ parked outside her flat every evening; Clémence Arnaud-Ferhat is sure it's the ex.", [('vehicle', 'FR-447-KQ'), ('name', 'Clémence Arnaud-Ferhat')]),
    C('Great-grandmother Mairi Ceit MacAulay, 102 years and 3 months, croft in Griais-Tolastadh, says she wants to die before the wind farm comes.', [('name', 'Mairi Ceit MacAulay'), ('age_over_89', '102 years and 3 months'), ('place', 'Griais-Tolastadh')]),
    C('ok so oumar diallo-bah is the boy from ratoma-kipé I mentioned, hes back, same nightmares about the pirogue', [('name', 'oumar diallo-bah'), ('place', 'ratoma-kipé')]),
    C("Court report due for Inès Boukhennoufa, 16, from Clichy-sous-Bois, placed by the ASE on 4 mars 2025. Dossier ASE-93-2025-08817. Please don't email the foyer, fax +33 1 43 88 27 91.", [('name', 'Inès Boukhennoufa'), ('place', 'Clichy-sous-Bois'), ('date', '4 mars 2025'), ('medical_record', 'ASE-93-2025-08817'), ('fax', '+33 1 43 88 27 91')]),
    C("Anyone else from near Cregneash-Glen Chass? My client wants a Manx-speaking group and I can't find one.", [('place', 'Cregneash-Glen Chass')]),
    C('Babcia Irena Szyszko, 95 years and 6 months, Belarusian-Polish, in Sokółka-Kolonia, dreams of the deportation train every night.', [('name', 'Babcia Irena Szyszko'), ('age_over_89', '95 years and 6 months'), ('place', 'Sokółka-Kolonia')]),
    C("For Oklahoma tribes, the IHS and tribal programmes vary; the Choctaw Nation's behavioral health service and the Chickasaw Nation's differ a lot on telehealth."),
    C('Yemeni student Abdulrahman Al-Qadhi lost his family in the Dhamar prison strike. He sends money home through Al-Kuraimi 0231-4478-9920. Guilt, insomnia, sleeps in the library.', [('name', 'Abdulrahman Al-Qadhi'), ('place', 'Dhamar'), ('account', 'Al-Kuraimi 0231-4478-9920')]),
    C("Can someone cover Ruairidh MacIlleathain on Thursday? He's at 7 Ceann a' Bhàigh, Sgalpaigh, HS4 3YQ, and won't answer the door unless you text +44 7700 918 352 first.", [('name', 'Ruairidh MacIlleathain'), ('street_address', "7 Ceann a' Bhàigh"), ('place', 'Sgalpaigh'), ('zip_code', 'HS4 3YQ'), ('phone', '+44 7700 918 352')]),
    C("Tasmanian client Bronwyn Maynard-Pyke in Dunalley, bushfire 2013 survivor, Medicare 4471 92083 6, husband's licence TAS 4418820. Smoke season is starting.", [('name', 'Bronwyn Maynard-Pyke'), ('place', 'Dunalley'), ('health_plan', '4471 92083 6'), ('licence', 'TAS 4418820')]),
    C("Using Theraplay with Burundian and Rwandan children adopted into Belgian families; the Theraplay Institute's MIM worked better than the Strange Situation for assessment."),
    C("Northern Ireland: Brendan McAleenan from Ardoyne-Brompton Park, HC number 447 018 2293, flashbacks since the inquest into his father's 1976 shooting reopened.", [('name', 'Brendan McAleenan'), ('place', 'Ardoyne-Brompton Park'), ('medical_record', '447 018 2293')]),
    C("Stephen Porges's Polyvagal Theory is popular in our team but the critiques (Grossman, Taylor) are strong; I'd rather teach Deb Dana's Ladder as a metaphor than as physiology."),
    C('The Comorian word "Djinns" and the Malagasy "Tromba" both came up this Thursday; the psychiatrist wrote "psychotic features" and the family left. Should I have intervened?'),
    C('hello, new intake Yannig Le Goarnig, agriculteur near Plouzévédé-Kerlaouen, numéro de sécu 1 66 04 29 213 447 85, carte Vitale on file. Pesticide exposure and a debt letter from the Crédit Agricole. Suicide risk screen done.', [('name', 'Yannig Le Goarnig'), ('place', 'Plouzévédé-Kerlaouen'), ('ssn', '1 66 04 29 213 447 85')]),
    C('souksavanh phommachanh from kaysone phomvihane messaged again, she says the counselor at church told her to pray it away', [('name', 'souksavanh phommachanh'), ('place', 'kaysone phomvihane')]),
    C('The Thinking Healthy Programme from Pakistan is being trialled with Bengali and Sylheti mothers by a charity in England; has anyone seen outcomes on the EPDS or PHQ-9?'),
    C('In Arabic, "Hamm" (worry) and "Ghamm" (grief) are paired in the Prophet\'s Dua; my Tunisian client uses the pair in every session. Any CBT adaptations that build on it?'),
    C("Our supervisee uses the ORS and SRS (Scott Miller's FIT) with Yup'ik clients in Alaska; they find the visual analogue lines silly and draw a caribou instead."),
    C('Solomon Islands referral: Florence Tanaomea-Kwaiga, Malaita, lost her husband in the Honiara-Burns Creek East riots. Can reach her at florence.tanaomea@solomon.com.sb.', [('name', 'Florence Tanaomea-Kwaiga'), ('place', 'Honiara-Burns Creek East'), ('email', 'florence.tanaomea@solomon.com.sb')]),
    C("Someone set up www.facebook.com/groups/barzani.family.truth and posted my client's session times.", [('url', 'www.facebook.com/groups/barzani.family.truth')]),
    C('Client is Greek Cypriot Andreas Hadjipetrou-Kyprianou from Kato Polemidia-Panthea, plate on the police report is KYL 447.', [('name', 'Andreas Hadjipetrou-Kyprianou'), ('place', 'Kato Polemidia-Panthea'), ('vehicle', 'KYL 447')]),
    C("She's on Depakote 750 mg and Ativan as needed, and the HoNOS is unchanged since August. The MDT meets Wednesdays and the consultant always cancels."),
    C('Consent form sent to jb.mahafaly.toliara@gmail.com, client Jean-Baptiste Mahafaly, from Toliara-Betania; he uses https://www.facebook.com/jb.mahafaly.toliara for work too.', [('email', 'jb.mahafaly.toliara@gmail.com'), ('name', 'Jean-Baptiste Mahafaly'), ('place', 'Toliara-Betania'), ('url', 'https://www.facebook.com/jb.mahafaly.toliara')]),
    C("Received by fax +509 2813 4471: the school's letter about Ti-Paul Désir-Mondésir and his absences since the earthquake.", [('fax', '+509 2813 4471'), ('name', 'Ti-Paul Désir-Mondésir')]),
    C('For Eritrean Orthodox clients, Tsome Nenewe and Hudade (the Lenten fast) change sleep and medication timing; Olanzapine at night with no dinner is hard. Anyone coordinate with the priest?'),
    C("Lucy Johnstone and Mary Boyle's Power Threat Meaning framework in a French-speaking team: the BPS published it in English only, and the French translation is unofficial. Anyone used it?"),
    C('Baclofen pump SynchroMed II NGP447192H refill missed; Rashid Al-Balushi panicked and drove to A&E in Ruwi-Wadi Kabir.', [('device', 'SynchroMed II NGP447192H'), ('name', 'Rashid Al-Balushi'), ('place', 'Ruwi-Wadi Kabir')]),
    C("Belize: Q'eqchi' client Delmer Cucul Choc from Crique Sarco, land case at the CCJ, threats from the logging company.", [('name', 'Delmer Cucul Choc'), ('place', 'Crique Sarco')]),
    C("Just finished Arthur Kleinman's The Illness Narratives for the third time; I'd pair it with Laurence Kirmayer's papers on cultural formulation for a training in March."),
    C("Carte Vitale 2 71 08 974 447 192 63 and mutuelle card are both in the bag her son took; Jeannine Técher-Grondin, 91 years and 40 days, can't get her Lithium refilled in Saint-Pierre-Ravine Blanche.", [('health_plan', '2 71 08 974 447 192 63'), ('name', 'Jeannine Técher-Grondin'), ('age_over_89', '91 years and 40 days'), ('place', 'Saint-Pierre-Ravine Blanche')]),
    C('Session notes: DES-II of 41, MID-60 pending; she describes "leaving through the ceiling" during Arbaeen processions. Looking for anyone who knows Shia Iraqi mourning rituals and dissociation. Ehlers, Nijenhuis or Van der Hart?'),
    C("Quick pharma question: Zurzuvae (zuranolone) for postpartum depression — is it available outside the US yet? EPDS of 23 at week 6, she's breastfeeding, and the OB mentioned Brexanolone too. The FDA label and the EMA summary differ, and Sage and Biogen say nothing on lactation."),
    C('West Virginia: Darrell Wayne Hatfield-Mullins lost his certified miner card WV-CM-0044719 after the black lung diagnosis. Opioid relapse.', [('name', 'Darrell Wayne Hatfield-Mullins'), ('licence', 'WV-CM-0044719')]),
    C('The ISSTD guidelines for DID (Third Revision, 2011) or the newer ESTD ones: which do your insurers in Canada and the US accept?'),
    C('The telehealth link was joined from 94.181.44.207 by someone other than the client. Svetlana Lavrinovich is now scared to use video.', [('ip_address', '94.181.44.207'), ('name', 'Svetlana Lavrinovich')]),
    C('In the session, Ilse Gerhardt-Moumouni said she finally let herself cry in front of her husband.', [('name', 'Ilse Gerhardt-Moumouni')]),
    C('I wonder about Mahbooba Sahak-Rezai: she smiles all through the session and then texts me that she wants to die.', [('name', 'Mahbooba Sahak-Rezai')]),
    C('Tibetan monk Lobsang Tenzin Dhargyal in exile, Green Book no. GB-DH-0448712, imprisoned after 2008. Flashbacks during puja. He reads my messages on https://www.facebook.com/lobsang.dhargyal.58', [('name', 'Lobsang Tenzin Dhargyal'), ('ssn', 'GB-DH-0448712'), ('url', 'https://www.facebook.com/lobsang.dhargyal.58')]),
    C("Client with Huntington's chorea on Tetrabenazine, PHQ-9 19, and the Huntington's Disease Association's support group meets Mondays online. How do you talk about genetic testing with adult children?"),
    C("Referring Shirin Hawrami-Barzani, Kaka'i, from Daquq, now in Sulaymaniyah-Bakrajo. Her brother's Korek line +964 750 418 2290. She asked me not to tell the mukhtar.", [('name', 'Shirin Hawrami-Barzani'), ('place', 'Daquq'), ('place', 'Sulaymaniyah-Bakrajo'), ('phone', '+964 750 418 2290')]),
    C("Taxi licence VTC 075 22 0447 19 suspended after the complaint; Karim Bensaïd-Ould Ali drives for the platforms in Aubervilliers-Quatre-Chemins and hasn't slept since.", [('licence', 'VTC 075 22 0447 19'), ('name', 'Karim Bensaïd-Ould Ali'), ('place', 'Aubervilliers-Quatre-Chemins')]),
    C('Referral about a Sudanese nurse in Saudi Arabia, Mawahib Abdelrahim Osman, iqama 2 447 019 883, lost her family in the war.', [('name', 'Mawahib Abdelrahim Osman'), ('ssn', '2 447 019 883')]),
    C('Nepali housemaid in Oman, Sunmaya Rai-Limbu, Omani civil no. 118 924 7716, employer holds her passport. She messages from +968 9412 7730 late at night only.', [('name', 'Sunmaya Rai-Limbu'), ('ssn', '118 924 7716'), ('phone', '+968 9412 7730')]),
    C('Orange Money +223 66 19 83 57, the brother in Bamako-Lafiabougou keeps asking for more and she pays it in guilt.', [('account', '+223 66 19 83 57'), ('place', 'Bamako-Lafiabougou')]),
    C('Discharge date 21/11/2025, hospital no. K0447192X, client Wahid Jalalzai-Sherzad, follow-up at Flat 3/1, 88 Kilbowie Terrace, Clydebank-Dalmuir, G81 6BZ.', [('date', '21/11/2025'), ('medical_record', 'K0447192X'), ('name', 'Wahid Jalalzai-Sherzad'), ('street_address', 'Flat 3/1, 88 Kilbowie Terrace'), ('place', 'Clydebank-Dalmuir'), ('zip_code', 'G81 6BZ')]),
    C('Port blast survivor Rita Abou Jaoudé-Khoury, glass in her eyes, lives in Gemmayzeh-Saint Nicolas Stairs above the bakery on Rue Pasteur 118. Lebanese ID LB 000438 1127. She is scared of balconies now.', [('name', 'Rita Abou Jaoudé-Khoury'), ('place', 'Gemmayzeh-Saint Nicolas Stairs'), ('street_address', 'Rue Pasteur 118'), ('ssn', 'LB 000438 1127')]),
    C("Security flagged 41.202.219.144 hitting the booking page for Ngozi Tabe Ashu, who fled the anglophone crisis in Kumba-Fiango. Her husband's cousin works in telecoms.", [('ip_address', '41.202.219.144'), ('name', 'Ngozi Tabe Ashu'), ('place', 'Kumba-Fiango')]),
    C("FreeStyle Libre 3 sensor 3MH-0447-1928 keeps alarming at night and Tavita Leaupepe-Mann's dad has stopped sleeping.", [('device', '3MH-0447-1928'), ('name', 'Tavita Leaupepe-Mann')]),
    C('I need to think out loud. I saw Khadija Mint Sidi Mohamed today, a young Mauritanian woman who was married at fourteen and who now lives with her aunt at Îlot K 447, rue 42-117, Nouakchott-Tevragh Zeina. She came because of headaches, but she told me her husband has found her new number, +222 46 47 19 28, and rings from different phones. She wants a letter for the court by 15 January 2026. I am not a lawyer, so what do I actually write?', [('name', 'Khadija Mint Sidi Mohamed'), ('street_address', 'Îlot K 447, rue 42-117'), ('place', 'Nouakchott-Tevragh Zeina'), ('phone', '+222 46 47 19 28'), ('date', '15 January 2026')]),
    C('I\'m writing up a case on "ghurba" (estrangement) among Yemeni and Omani migrants for the IACCP conference in July. Would love a Gulf Arabic speaker to read it.'),
    C('Adx for billing: Myrtle Quayle-Kinvig, Flat 2, 14 Ballabrooie Road, Ramsey-Ballure Glen, Isle of Man IM8 3QN. Manx Care number MC 449 017 2283.', [('name', 'Myrtle Quayle-Kinvig'), ('street_address', 'Flat 2, 14 Ballabrooie Road'), ('place', 'Ramsey-Ballure Glen'), ('zip_code', 'IM8 3QN'), ('health_plan', 'MC 449 017 2283')]),
    C("A peer's Anglican patient said the Book of Common Prayer's funeral service helped more than six months of CBT. Do we ever recommend liturgy? The Church of England runs bereavement groups."),
    C('Spinal cord stimulator SCS-BSX-WC-4471 batteries, Boston Scientific remote lost, client Gerrit-Jan Labuschagne in Swakopmund, we need a new remote before his court date.', [('device', 'SCS-BSX-WC-4471'), ('name', 'Gerrit-Jan Labuschagne'), ('place', 'Swakopmund')]),
    C("I keep thinking about Eilidh Maciver-Nicolson after today; she talked about the peat stacks at her grandmother's in Baile an Truiseil as the only place she ever felt safe.", [('name', 'Eilidh Maciver-Nicolson'), ('place', 'Baile an Truiseil')]),
    C('The Scottish Government\'s Suicide Prevention Strategy "Creating Hope Together" has an action on island communities; does anyone know if SAMH runs anything in Gaelic?'),
    C("Reading Resmaa Menakem's My Grandmother's Hands with a group of Black British clinicians; the Somatic Abolitionism chapter divided us. Meeting again Thursday."),
    C('For those doing CPT (Patricia Resick): the Stuck Points log translated into Levantine Arabic came back with "sin" for "guilt". The Arabic-speaking team in Jordan suggested another word.'),
    C("Appalachian coal miner's wife Loretta Sue Caudill, 388 Right Fork Rd, Hindman-Lower Troublesome, KY 41822-9014. Flood took the house and the photographs. KY Medicaid KY 9941 0472 8813.", [('name', 'Loretta Sue Caudill'), ('street_address', '388 Right Fork Rd'), ('place', 'Hindman-Lower Troublesome'), ('zip_code', '41822-9014'), ('health_plan', 'KY 9941 0472 8813')]),
    C("Started Prolonged Exposure (Edna Foa's protocol) with a Kurdish client, session 4 of 12; PCL-5 went from 58 to 61. Normal spike or stop? Supervision with the Beck Institute trainer is on Friday."),
    C("Long message. I'm supporting Teretia Kaitu Biribo, 33, an i-Kiribati woman who moved from Betio-Tanaea side to New Zealand and works on a night cleaning crew. She has stopped sending money home and feels she has failed her family; her bank is ANZ 01-0447-0192837-00. Her pastor keeps ringing. How do I balance respect for the church with her need for distance?", [('name', 'Teretia Kaitu Biribo'), ('place', 'Betio-Tanaea side'), ('account', 'ANZ 01-0447-0192837-00')]),
    C("Lamictal 200 mg, Vyvanse 50 mg, and now Ozempic from the weight clinic; the Bipolar II client says her mood is flatter. Has anyone seen GLP-1 agonists dampen mood? Novo Nordisk's leaflet says nothing."),
    C('Nicaraguan exile Ligia Altamirano Rugama, in Costa Rica since 2018, stripped of citizenship. Her blog ligiaaltamirano.blogspot.com/2024/06/exilio names the prison guards. She fears reprisals.', [('name', 'Ligia Altamirano Rugama'), ('url', 'ligiaaltamirano.blogspot.com/2024/06/exilio')]),
    C("Update for the group: Yvonnick Le Bihan-Quéré came back after three months and said the fest-noz in Kerlouan-Meneham was the first time he'd danced since his son died.", [('name', 'Yvonnick Le Bihan-Quéré'), ('place', 'Kerlouan-Meneham')]),
    C("Reading Frantz Fanon's Black Skin, White Masks again with my Martinican and Guadeloupean clients in mind; the chapter on language hits differently in a French-speaking service."),
    C('Working with Abdoulaye Kaboré is teaching me how little I know about the Mossi idea of a good death.', [('name', 'Abdoulaye Kaboré')]),
    C('Tandem t:slim serial TS-1447-9283 for Chiara Nwosu-Ferri, who has started skipping boluses to lose weight. Mum is frantic.', [('device', 'TS-1447-9283'), ('name', 'Chiara Nwosu-Ferri')]),
    C('My Quebecer client keeps saying "j\'ai le cafard" and "je file pas" and the English-language PHQ-9 doesn\'t catch the texture. Any validated Canadian French scales? The EPDS and the Beck BDI-II have French-Canadian versions.'),
    C('Laotian grandmother Mae Thao Vongsavanh, 94 last Vesak, bomb-field farmer, lost two sons to UXO. Lives with her granddaughter in Ban Naphia. Does anyone know a Lao-speaking therapist in the region?', [('name', 'Mae Thao Vongsavanh'), ('age_over_89', '94 last Vesak'), ('place', 'Ban Naphia')]),
    C("Boat licence PB 447192-AT lapsed and the fishing co-op in Ghajn Tuffieha Bay threw him out, says Salvu Xuereb-Gatt's wife.", [('licence', 'PB 447192-AT'), ('place', 'Ghajn Tuffieha Bay'), ('name', 'Salvu Xuereb-Gatt')]),
    C("Choctaw elder Hattie Belvin-Wesley, 96 since Candlemas, lives in Broken Bow, SoonerCare SC 104471928. Her granddaughter wants her to move to the city and she says she'll die first.", [('name', 'Hattie Belvin-Wesley'), ('age_over_89', '96 since Candlemas'), ('place', 'Broken Bow'), ('health_plan', 'SC 104471928')]),
    C('Pacemaker serial PM-AXD01-447192S (Medtronic Azure) keeps him up at night listening; Édouard Nadeau-Provencher, ninety-three years and two weeks, lives in Rimouski-Pointe-au-Père.', [('device', 'PM-AXD01-447192S'), ('name', 'Édouard Nadeau-Provencher'), ('age_over_89', 'ninety-three years and two weeks'), ('place', 'Rimouski-Pointe-au-Père')]),
    C('Hunting licence CSF-4471-9283-CO from the Corsican federation was revoked after the accident in the maquis; client is Paul-Antoine Filippi-Luciani.', [('licence', 'CSF-4471-9283-CO'), ('name', 'Paul-Antoine Filippi-Luciani')]),
    C('Ivorian client Kouadio Yao Aya-Marcelle, CNI CI004471928, from Duékoué, 2011 massacres, sends money via Wave +225 07 47 18 29 30.', [('name', 'Kouadio Yao Aya-Marcelle'), ('ssn', 'CI004471928'), ('place', 'Duékoué'), ('account', '+225 07 47 18 29 30')]),
    C('For Ramadan, my Muslim clients on Sertraline and Lithium are asking about fasting; Priadel levels can jump. Do you coordinate with the GP or with the Imam first?'),
    C('Anyone using the PG-13-R with Muslim families after a death abroad? The items about "meaning" clash with Qadar, and the Lebanese father I see found them offensive. Prigerson\'s Yale team or the Center for Prolonged Grief may know.'),
    C("Referral from the GP in Balivanich for Catriona Nic an t-Saoir, 34, crofter's widow, CHI 1708917734, mobile 07781 406 229. She stopped eating after the boat went down off Rubha Àird an Dùin.", [('place', 'Balivanich'), ('name', 'Catriona Nic an t-Saoir'), ('medical_record', '1708917734'), ('phone', '07781 406 229'), ('place', 'Rubha Àird an Dùin')]),
    C('The Anglophone Cameroonian clients I see prefer Pidgin; is there a Cameroonian Pidgin version of the PCL-5 or the HTQ? The Nigerian Pidgin one is close but not the same, they say.'),
    C("Has anyone used Open Dialogue (Jaakko Seikkula's model) in the French Caribbean? A Guadeloupean colleague says the Psychiatrie de Secteur system makes it hard."),
    C('Teaching students about Salutogenesis (Aaron Antonovsky) and sense of coherence; any Armenian or Lebanese research on the SOC-13 with war survivors?'),
    C('The LVAD is a HeartMate 3, controller HM3-C-00447192. Client Roland Thibodeaux-Guidry from Thibodaux-Laurel Valley is terrified of the batteries dying during hurricanes.', [('device', 'HM3-C-00447192'), ('name', 'Roland Thibodeaux-Guidry'), ('place', 'Thibodaux-Laurel Valley')]),
    C("Reading Boris Cyrulnik's Un merveilleux malheur in French; the English translation is The Whispering of Ghosts, I believe. Is his idea of resilience still used in the Francophone literature?"),
    C('Question on the Scottish Act of 2003 vs the Mental Health Act 1983: can an English CTO be transferred to a Scottish CTO without a new tribunal?'),
    C("Iolanthe Rasmussen-Kleist and her sister still haven't spoken since the funeral; both are seeing me separately and I'm wondering if that's wise.", [('name', 'Iolanthe Rasmussen-Kleist')]),
    C('Her CPAP, ResMed AirSense 11 serial 23224471928, was left in the shelter when they fled the fire in Jasper-Cabin Creek. Leona Cardinal-Gladue.', [('device', '23224471928'), ('place', 'Jasper-Cabin Creek'), ('name', 'Leona Cardinal-Gladue')]),
    C('Herero client Uerikua Kavari-Tjiriange from Okakarara, Namibian ID 84031200447, talks about the 1904 genocide as if it happened to her grandmother yesterday. It did, nearly.', [('name', 'Uerikua Kavari-Tjiriange'), ('place', 'Okakarara'), ('ssn', '84031200447')]),
    C('The EHR shows MRN TMC-00-447-1928 for Kalyani Gurung-Magar, 2147 Norwood Ave, Apt 3B, Cleveland Heights-Noble, OH 44121-2209, Bhutanese Nepali.', [('medical_record', 'TMC-00-447-1928'), ('name', 'Kalyani Gurung-Magar'), ('street_address', '2147 Norwood Ave, Apt 3B'), ('place', 'Cleveland Heights-Noble'), ('zip_code', '44121-2209')]),
    C('Anyone trained in Internal Family Systems (Richard Schwartz)? My Moroccan client\'s "Exiles" and "Managers" map neatly onto the Djinn talk his family uses.'),
    C('Mini-rant: the Ordre des Psychologues wants a new CPD log format by January 31, and the Fédération Française de Psychiatrie wants another. Two bodies, two portals, one tired therapist.'),
    C('Has anyone used the Strengths and Difficulties Questionnaire in Lao or Thai? The SDQ website lists Thai, and the Lao one was made by an NGO team, I think.'),
    C('Hi, PNG colleagues: Kila Wari Gende from Kundiawa was accused of sanguma after her nephew died. She fled with her kids. Contact through the church, +675 7214 3388.', [('name', 'Kila Wari Gende'), ('place', 'Kundiawa'), ('phone', '+675 7214 3388')]),
    C("I keep getting pulled into Nazik Abdelmoneim Hassan's family drama. Where do I draw the line?", [('name', 'Nazik Abdelmoneim Hassan')]),
    C('We use the CORE-10 at every session and the WSAS at intake and discharge; the NHS Talking Therapies dataset wants the PHQ-9 and GAD-7 too. Four forms before Hello.'),
    C('fax from the practice in Lerwick-Sound Brae: pt Ingirid Halcrow-Tulloch, DOB 19 Nov 1958, CHI 1911584426, back to us on 01595 743 118', [('place', 'Lerwick-Sound Brae'), ('name', 'Ingirid Halcrow-Tulloch'), ('date', '19 Nov 1958'), ('medical_record', '1911584426'), ('fax', '01595 743 118')]),
    C("Family therapy question: Salvador Minuchin's structural approach or Monica McGoldrick's genograms first, for a Guyanese Hindu family with a Christian convert son?"),
    C('Wise account GB33 TRWI 2314 7047 1928 31 is where she sends money home to Comoros; Fatima Mze Soilihi is sending 60% of her wage.', [('account', 'GB33 TRWI 2314 7047 1928 31'), ('name', 'Fatima Mze Soilihi')]),
    C("Burkina referral: Boureima Ouédraogo-Sawadogo, IDP from Djibo-Secteur 4, displaced to Kaya-Secteur 7. CNIB B1447 0928 3319. Orange Money +226 74 41 88 20. Can't stop hearing the motorbikes.", [('name', 'Boureima Ouédraogo-Sawadogo'), ('place', 'Djibo-Secteur 4'), ('place', 'Kaya-Secteur 7'), ('ssn', 'B1447 0928 3319'), ('account', '+226 74 41 88 20')]),
    C("Kristin Neff's Self-Compassion Break in Arabic — has anyone got a translation that doesn't sound Christian? My Sunni and Druze clients both balked at the English."),
    C('Question for the Francophone African clinicians: does "maraboutage" come up as a cause in your intake, and how do you record it on the ICD-11 form without pathologising Islam? Tobie Nathan would say Yes.'),
    C('Peer question: is Wellbutrin XL 300 mg reasonable with an AUDIT-C of 9? The GP added Campral in October and Antabuse was refused. Client is a Newfoundlander in Alberta.'),
    C("Guidance, please. I work in a community clinic near the border and one client, Mayra Alejandra Chávez Ontiveros, 41, is a Rarámuri woman who cleans houses in El Paso's Segundo Barrio and whose son was killed in Ciudad Juárez in 2010. She has a Texas driver licence TX DL 40447192 but is terrified of being stopped. Her daughter set up a GoFundMe, gofundme.com/f/justicia-para-ivan-chavez, which names our clinic. Can I ask them to edit it?", [('name', 'Mayra Alejandra Chávez Ontiveros'), ('place', "El Paso's Segundo Barrio"), ('place', 'Ciudad Juárez'), ('licence', 'TX DL 40447192'), ('url', 'gofundme.com/f/justicia-para-ivan-chavez')]),
    C('MADRS of 34 at baseline, 18 after 6 weeks of Trintellix; the MDT decided to stop CBT and start Behavioural Activation (Martell and Dimidjian) over the winter.'),
    C("My Amish client's Bishop allows talk therapy but no medication; the Ordnung varies by district. Has anyone worked with the Plain communities of Pennsylvania and Ohio and prescribers of Zoloft or Prozac?"),
    C("Madame Marie-Thérèse Grondin, 99 years and 2 months, from Salazie-Hell-Bourg, asked me whether it's a sin to want to stop eating.", [('name', 'Madame Marie-Thérèse Grondin'), ('age_over_89', '99 years and 2 months'), ('place', 'Salazie-Hell-Bourg')]),
    C("How do people handle the Eid al-Adha weekend with clients who've lost family in Gaza or Sudan? Last June I got three crisis calls on the Sunday."),
    C("Jon Kabat-Zinn's Full Catastrophe Living (revised edition, Bantam) vs the Headspace app for Amish clients who have no smartphones; the book won, obviously."),
    C("Clonidine and Guanfacine for a teenager with Tourette's and ADHD; YGTSS of 28, Vyvanse worsened tics. The Tourette Association's guide suggests CBIT first. Experiences?"),
    C("The RANZCP has a position on cultural safety; does the Australian Psychological Society's Code say anything on Torres Strait Islander healers?"),
    C("I think Narges Rostami-Kalhor is ready to stop, but I'm not sure I am.", [('name', 'Narges Rostami-Kalhor')]),
    C("Alaska: Nellie Kasayulie-Andrew, Yup'ik, from Akiachak-Upper Slough, Denali KidCare DKC 004471829, her son drowned on the river ice. The village has no counselor, only a VPSO.", [('name', 'Nellie Kasayulie-Andrew'), ('place', 'Akiachak-Upper Slough'), ('health_plan', 'DKC 004471829')]),
    C("Reading Pema Chödrön's When Things Fall Apart with a grief group; a Catholic Acadian woman said it felt like the Rosary."),
    C('The Common Elements Treatment Approach (CETA) — has anyone got the Swahili or Arabic manuals? The UNHCR contact never replied.'),
    C("Quetiapine XR 300 mg and Sertraline 150 mg, plus Propranolol 40 mg before presentations; the Occupational Health nurse asked whether she can fly a plane. She's a cadet with the RAF."),
    C('Has anyone seen the Kenyan-made "Shamiri" used in Francophone schools? The WHO\'s Helping Adolescents Thrive toolkit is in French and Arabic.'),
    C("Just back from the ISTSS meeting; Anke Ehlers's Cognitive Therapy for PTSD (CT-PTSD) had the best dropout data. Does anyone run it in Arabic on Zoom?"),
    C('Is anyone licensed with the ASWB and the Texas BHEC who also holds a Mexican Cédula Profesional? Cross-border telehealth on WhatsApp is a legal grey zone.'),
    C('Burundian refugee Ndayishimiye Claudine in Nduta Zone 7 camp, UNHCR ration card NDT-447-1928-03. She wonders if her insomnia is witchcraft.', [('name', 'Ndayishimiye Claudine'), ('place', 'Nduta Zone 7'), ('medical_record', 'NDT-447-1928-03')]),
    C('Does the Yukon Health Care Insurance Plan cover psychologists? I think only the territorial services are free; the Canadian Psychological Association says it varies.'),
    C("Bhutanese Lhotshampa families: the resettlement agencies, mostly via the USCRI and the IRC, report high suicide rates among men in their 30s. The CDC's report from 2012 is still the one cited in Pennsylvania and Ohio."),
    C('Thai gold card UC-1-4471-92830-47-1 for Somchai Thongdee-Ruangsri, who was trafficked onto a fishing boat; his sister faxed the papers from +66 2 447 1928.', [('health_plan', 'UC-1-4471-92830-47-1'), ('name', 'Somchai Thongdee-Ruangsri'), ('fax', '+66 2 447 1928')]),
    C('Teaching Recovery Techniques (Children and War Foundation) vs KIDNET for Sudanese and South Sudanese kids in a school setting — which did your team choose and why?'),
    C('Plate HK 4471 KT, the minibus he drove during the 2019 protests, is now on a police wanted list.', [('vehicle', 'HK 4471 KT')]),
    C("Her pharmacist registration PSNI 4471928 is under review; Orla Ní Mhurchú-Devlin says she'd rather die than face the panel.", [('licence', 'PSNI 4471928'), ('name', 'Orla Ní Mhurchú-Devlin')]),
    C("The Belarusian diaspora group asked for a talk on moral injury (Brett Litz, Jonathan Shay's Achilles in Vietnam). Anyone have Russian-language slides?"),
    C("Elisabeth Kübler-Ross's five stages are still taught in nursing schools in the Philippines and the Caribbean as if Robert Neimeyer and Colin Murray Parkes never wrote."),
    C('Libyan flood survivor Hamza Al-Obeidi from Derna-Maghar, dam burst took 11 relatives. Calls from +218 92 447 1830.', [('name', 'Hamza Al-Obeidi'), ('place', 'Derna-Maghar'), ('phone', '+218 92 447 1830')]),
    C('A question for the Gaelic speakers: is there a Scottish Gaelic equivalent of the PHQ-9 validated anywhere? NHS Education for Scotland said no, but Bòrd na Gàidhlig might know.'),
    C('Dubai visa photo and the passport number Z4471928 posted on https://t.me/kafala_exposed_ae/447 — client Rehana Akter-Munshi is terrified of her employer seeing it.', [('ssn', 'Z4471928'), ('url', 'https://t.me/kafala_exposed_ae/447'), ('name', 'Rehana Akter-Munshi')]),
    C("Attending the EMDRIA conference in September; Francine Shapiro's Standard Protocol vs the Flash Technique for a Burundian man with a DES-II of 38. Opinions?"),
    C("Mounjaro 5 mg and Lithium: any interactions with dehydration? Her level went from 0.7 to 1.2 in April. The pharmacist said to check eGFR. Lilly's SmPC and the BNF mention vomiting and diarrhoea, which matter for Lithium in a Mediterranean August."),
    C('The Thai concept of "kreng jai" keeps making my client apologise for taking up time. Does Buddhist Vipassana or Western Mindfulness fit better? She reads Ajahn Brahm.'),
    C("Can you email p.ouattara.bouake@yahoo.fr? That's Paulette Ouattara's cousin, she doesn't have credit.", [('email', 'p.ouattara.bouake@yahoo.fr'), ('name', 'Paulette Ouattara')]),
    C('Taiwanese engineer Lin Wei-Ting, ID F224518037, NHI card 0004 4718 2930, panic on the MRT since the earthquake in Hualien. Works 80 hours a week at a fab.', [('name', 'Lin Wei-Ting'), ('ssn', 'F224518037'), ('health_plan', '0004 4718 2930'), ('place', 'Hualien')]),
    C('The quad QC ATV 447192 flipped on the trail near Chisasibi-Nord; his cousin died. Willie Bearskin-Snowboy was driving.', [('vehicle', 'QC ATV 447192'), ('place', 'Chisasibi-Nord'), ('name', 'Willie Bearskin-Snowboy')]),
    C("Taiwan NHI number NHI 0009 4471 9283 and ARC AC01447192 for the Indonesian caregiver Sri Wahyuningsih Lestari, abused by her employer's son in Xinzhuang-Danfeng.", [('health_plan', 'NHI 0009 4471 9283'), ('ssn', 'AC01447192'), ('name', 'Sri Wahyuningsih Lestari'), ('place', 'Xinzhuang-Danfeng')]),
    C("Quick reflection: Chaltu Dhaba brought coffee beans to the session today, roasted them at home and handed them over in a napkin. I didn't know whether to accept.", [('name', 'Chaltu Dhaba')]),
    C("Zyprexa Relprevv requires 3 hours' observation after each injection because of PDSS; our clinic can't staff it on Fridays. Has anyone switched to Invega Hafyera or Uzedy from Teva?"),
    C("There's a Substack, sawadogo-notes.substack.com/p/my-therapist, quoting my emails to him.", [('url', 'sawadogo-notes.substack.com/p/my-therapist')]),
    C('Timorese client Domingos da Costa Ximenes from Maubisse, electoral card TL-0447-2190-38, keeps reliving the 1999 burnings. Works on the coffee cooperative.', [('name', 'Domingos da Costa Ximenes'), ('place', 'Maubisse'), ('ssn', 'TL-0447-2190-38')]),
    C('She says the wind in Uig-Timsgearraidh sounds like her mother calling.', [('place', 'Uig-Timsgearraidh')]),
    C("What is the evidence for group IPT in refugee camps? The StrongMinds model in Uganda uses IPT-G, and the WHO's Group IPT manual is in French."),
    C('Account for the refund: IBAN FR76 3000 4028 3700 0104 4719 283, in the name of Aïcha Benyoucef-Lamrani.', [('account', 'IBAN FR76 3000 4028 3700 0104 4719 283'), ('name', 'Aïcha Benyoucef-Lamrani')]),
    C("The Romme and Escher interview asks about voices' names; my Haitian client's voice is a Lwa, and the Vodou framing made the interview more useful than the PSYRATS."),
    C('My Lao client on Prazosin 3 mg still has nightmares about the Secret War. Any evidence for Doxazosin in its place? The VA/DoD guidance of 2023 says neither strongly.'),
    C('My Timorese client attends Catholic Mass and also sees a Matan-Dook; the Portuguese-trained psychiatrist prescribed Olanzapine and the family stopped it after two weeks, before Easter.'),
    C('Any French-speaking EMDR consultants accredited by EMDR Europe? Our client from the Comoros wants therapy in French and Shikomori, and the EMDR France list is long.'),
    C('Trauma-Focused CBT (Cohen, Mannarino and Deblinger) with Salvadoran and Honduran unaccompanied minors: the PRACTICE components work, but "Trauma Narrative" scares their Pentecostal foster parents.'),
    C("saw ibrahima sow-kane today, he's been sleeping at the port in nouadhibou, lost 9kg", [('name', 'ibrahima sow-kane'), ('place', 'nouadhibou')]),
    C('Acadian fisherman Rémi LeBlanc-Doucet in Caraquet-Bas-Ouest, boat NB 44718 Étoile-de-la-Baie, lost his deckhand. Medicare NB 114 487 209. Wife calls from 506-727-4418.', [('name', 'Rémi LeBlanc-Doucet'), ('place', 'Caraquet-Bas-Ouest'), ('vehicle', 'NB 44718 Étoile-de-la-Baie'), ('health_plan', '114 487 209'), ('phone', '506-727-4418')]),
    C('Skiff ME 4471 CX went down in the bay; her son Tucker Alley-Beal was aboard. She lives in Jonesport-Kelley Point.', [('vehicle', 'ME 4471 CX'), ('name', 'Tucker Alley-Beal'), ('place', 'Jonesport-Kelley Point')]),
    C("Intake emailed from khaled.habbal.aleppo@hotmail.com; he's asking whether his insurance will see the diagnosis.", [('email', 'khaled.habbal.aleppo@hotmail.com')]),
    C('Has Kopi Kaupa-Nombri been in touch with any of you? He left our service abruptly and his phone is off.', [('name', 'Kopi Kaupa-Nombri')]),
    C('Referral letter dated 9 December 2025 for Ashkii Yazzie-Tsosie, chart GIMC-447-19283, from Tó Naneesdizí-Oeste.', [('date', '9 December 2025'), ('name', 'Ashkii Yazzie-Tsosie'), ('medical_record', 'GIMC-447-19283'), ('place', 'Tó Naneesdizí-Oeste')]),
    C('Insulin pen serial on the recall list: NovoPen 6 #GT4471928. Client Keziah Amankwah-Doyle, in Tallaght-Jobstown Lower.', [('device', 'NovoPen 6 #GT4471928'), ('name', 'Keziah Amankwah-Doyle'), ('place', 'Tallaght-Jobstown Lower')]),
    C("Admitted Tuesday 14 October 2025 to the IPCU, file NHSWI-PSY-0447193; Seonaidh Mhoireach-Dunnach from Bàgh a' Chaisteil-Brevig asked that her mother not be told.", [('date', 'Tuesday 14 October 2025'), ('medical_record', 'NHSWI-PSY-0447193'), ('name', 'Seonaidh Mhoireach-Dunnach'), ('place', "Bàgh a' Chaisteil-Brevig")]),
    C("On Wednesday I'm running a compassion-focused group based on Paul Gilbert's The Compassionate Mind; half the group are Filipino Catholic women. Any adaptations?"),
    C("Anyone read Viet Thanh Nguyen's The Refugees with a Lao or Hmong reading group? A client brought it to session on Friday and we talked about grief in English and Lao."),
    C("What do people recommend for Obsessive-Compulsive Disorder with religious scrupulosity (Waswas) in Sunni Muslims? Y-BOCS 29, ERP with a Mufti's fatwa in hand worked once for me."),
    C('Guna client Iguaibiliginya Pérez from Gardi Sugdub-Isberyala, relocated to the mainland with the whole island community. Grief for the sea.', [('name', 'Iguaibiliginya Pérez'), ('place', 'Gardi Sugdub-Isberyala')]),
    C('Using the WHO-5 and the Kessler K6 in French and Arabic with Malian and Nigerien migrants; the WHO-5 "I woke up feeling fresh" made them laugh.'),
    C('Anyone using the Safe and Together Model (David Mandel) in Canada? Child Protection in British Columbia wanted our notes on the father, and the Model says to focus on his pattern of coercive control.'),
    C('Sitt Wadad Haddad-Chamoun, ninety-seven and a half, refused to leave Marjayoun-Qlayaa during the bombing, now her son wants her in Achrafieh-Sioufi.', [('name', 'Sitt Wadad Haddad-Chamoun'), ('age_over_89', 'ninety-seven and a half'), ('place', 'Marjayoun-Qlayaa'), ('place', 'Achrafieh-Sioufi')]),
    C('Her ex keeps posting at x.com/mehrbaan_rawalakot_92 and tags her employer.', [('url', 'x.com/mehrbaan_rawalakot_92')]),
    C("Armenian client's phone is +374 93 47 18 62; she asked me to email ani.zakaryan.gyumri@mail.ru instead because her husband reads her messages. Name Ani Zakaryan, from Gyumri's Mush district quake zone.", [('phone', '+374 93 47 18 62'), ('email', 'ani.zakaryan.gyumri@mail.ru'), ('name', 'Ani Zakaryan'), ('place', "Gyumri's Mush district")]),
    C('Quebec client Marie-Ève Tremblay-Gagnon, RAMQ TREM 8752 0413, from Lac-Mégantic, still wakes at 1 a.m. every July. Fax the CLSC at 819 583 4471.', [('name', 'Marie-Ève Tremblay-Gagnon'), ('health_plan', 'TREM 8752 0413'), ('place', 'Lac-Mégantic'), ('fax', '819 583 4471')]),
    C("Detailed case, bear with me. My client is Eunice Kamara-Conteh, a 27-year-old nurse whose uncle took her father's house in Makeni after his death. She lives in a rented room at 47 Kissy Mess Mess Road, Freetown-Kroo Bay, messages me on +232 76 447 192, and has lost twelve kilograms. Family therapy with an uncle who denies everything?", [('name', 'Eunice Kamara-Conteh'), ('place', 'Makeni'), ('street_address', '47 Kissy Mess Mess Road'), ('place', 'Freetown-Kroo Bay'), ('phone', '+232 76 447 192')]),
    C('How do you score the EDE-Q when a Maronite client fasts for Lent every year? Global 3.8, she says the Restraint subscale is about Lent, not Anorexia.'),
    C('She took me through a map of Gorom-Gorom-Sud in her head, house by house, naming who had left and who had died.', [('place', 'Gorom-Gorom-Sud')]),
    C("A Dinka elder, Mading Deng Malual, 100 and a quarter by the family's count, in Aweil-Nyalath. He talks of the 1955 mutiny.", [('name', 'Mading Deng Malual'), ('age_over_89', '100 and a quarter'), ('place', 'Aweil-Nyalath')]),
    C('Mindfulness-Based Cognitive Therapy (Segal, Williams and Teasdale) in Ramadan: the body scan during iftar fatigue is a disaster. Move it to Sundays?'),
    C('Commercial fisher Trygve Nordgaard-Samuelson out of Petersburg, AK, CFEC permit S03E 59918, lost the skiff AK 4471 AG in a squall. Cannot sleep without the VHF on.', [('name', 'Trygve Nordgaard-Samuelson'), ('place', 'Petersburg'), ('licence', 'S03E 59918'), ('vehicle', 'AK 4471 AG')]),
    C('Address change: Gwladys Ngassa-Tchoua, 47 Boulevard de la Liberté, Akwa, Douala-Bonapriso, BP CM-15388. Phone +237 6 99 44 71 92.', [('name', 'Gwladys Ngassa-Tchoua'), ('street_address', '47 Boulevard de la Liberté, Akwa'), ('place', 'Douala-Bonapriso'), ('zip_code', 'CM-15388'), ('phone', '+237 6 99 44 71 92')]),
    C('the IP on the threatening emails was 102.176.88.219, sender waalaikum.bamako.2024@proton.me, target is my client Oumou Sangaré-Traoré in Sévaré-Bougoufié', [('ip_address', '102.176.88.219'), ('email', 'waalaikum.bamako.2024@proton.me'), ('name', 'Oumou Sangaré-Traoré'), ('place', 'Sévaré-Bougoufié')]),
    C('Our team is debating Motivational Interviewing training from MINT vs a local course; the Miller and Rollnick 4th edition is out. Who has done the MINT TNT?'),
    C('The Ministry of Health in Lebanon has a National Mental Health Programme with an Embrace helpline; has anyone referred through it from abroad?'),
    C("Artsakh evacuee Anahit Baghdasaryan-Avanesyan, now in Abovyan-Kotayk Block 12, social card 3104870528, arrived on 26 September 2023 in the last convoy. Her son doesn't speak at all.", [('name', 'Anahit Baghdasaryan-Avanesyan'), ('place', 'Abovyan-Kotayk Block 12'), ('ssn', '3104870528'), ('date', '26 September 2023')]),
    C("Family car BC 447 RKW in the flood footage from Merritt-Collettville; Jasmine Tom-Spahan can't stop rewatching it.", [('vehicle', 'BC 447 RKW'), ('place', 'Merritt-Collettville'), ('name', 'Jasmine Tom-Spahan')]),
    C('Next Saturday I\'m presenting on "tarab" and music as grief ritual among Lebanese and Syrian Christians; the Fairuz songs on Good Friday are the heart of it.'),
    C('The case I mentioned — Piotr Dziadosz-Wiśniewski — is now asking about weekly sessions instead of fortnightly. Funding is the issue.', [('name', 'Piotr Dziadosz-Wiśniewski')]),
    C("The boy from Kwamalasamutu has gone back upriver for the funeral; I don't know when he'll return.", [('place', 'Kwamalasamutu')]),
    C('Salvadoran client Wilber Alexander Portillo Chicas, DUI 04471928-3, brother detained in the 2022 régimen de excepción, held in the mega-prison. Client stopped eating.', [('name', 'Wilber Alexander Portillo Chicas'), ('ssn', '04471928-3')]),
    C("She's 101 in March, says Nonna Carmela Russo-Sposato of herself, and wants her ashes scattered off Tropea-Parghelia where her husband drowned.", [('age_over_89', '101 in March'), ('name', 'Nonna Carmela Russo-Sposato'), ('place', 'Tropea-Parghelia')]),
    C("Ramelteon isn't licensed in the UK; Circadin (melatonin) is. For a Sudanese client with sleep phase delay and a night job at Tesco, the GP chose Circadin. Any better options?"),
    C('Has anyone done a Cultural Formulation Interview with Saudi or Emirati students on scholarships? The Cultural Bureau requires a medical report in Arabic and English.'),
    C("After the fire at the shelter in Gerehu Stage 2 she moved in with her cousin and hasn't been back.", [('place', 'Gerehu Stage 2')]),
    C("my client's sister is nhial.deng.akuei@outlook.com — can I cc her on the plan? Ajak Deng Akuei said yes verbally", [('email', 'nhial.deng.akuei@outlook.com'), ('name', 'Ajak Deng Akuei')]),
    C('Cochlear Nucleus 8 processor, serial CN8-2604-47183, lost on the bus. Mathieu Ouellet-Sirois, 11, has meltdowns without it.', [('device', 'CN8-2604-47183'), ('name', 'Mathieu Ouellet-Sirois')]),
    C('The Lancet Commission on Global Mental Health and Sustainable Development (Patel et al., 2018) is still the best overview for our partnership. Anyone cite the 2024 update?'),
    C("I'm struggling with Magnie Jamieson-Isbister's silence; twenty minutes today and not a word, and I let it be.", [('name', 'Magnie Jamieson-Isbister')]),
    C("Andrew Solomon's The Noonday Demon and William Styron's Darkness Visible are the two memoirs my depressed clients actually finish. Any newer ones by Caribbean or African writers?"),
    C("wheelchair serial PERMOBIL M3 CORPUS 447192-01 stolen from the hostel on 23 Rue de l'Épée, client Thibault Lacroix-Nkemelu, Paris 5e 75005.", [('device', 'PERMOBIL M3 CORPUS 447192-01'), ('street_address', "23 Rue de l'Épée"), ('name', 'Thibault Lacroix-Nkemelu'), ('place', 'Paris 5e'), ('zip_code', '75005')]),
    C("Hi all, my client's husband skippers the LK 1187 Sulaire Breeze out of Cullivoe and she's convinced he's drinking at sea. She's asked whether she can lodge a concern with the harbourmaster. Thoughts?", [('vehicle', 'LK 1187 Sulaire Breeze'), ('place', 'Cullivoe')]),
    C('Interac e-transfer to Desjardins 815-30447-0192837 bounced and the landlord served an eviction notice. Gilles Pelletier-Ross.', [('account', 'Desjardins 815-30447-0192837'), ('name', 'Gilles Pelletier-Ross')]),
    C('She\'s on Effexor XR 225 mg and Remeron 30 mg ("California Rocket Fuel"), HAM-D is still 22. The psychiatrist now suggests Auvelity, which isn\'t funded by the Alaska Medicaid formulary.'),
    C('Are there Tetum or Indonesian versions of the Harvard Trauma Questionnaire? I found the Khmer and Vietnamese ones through the HPRT but not Tetum.'),
    C('student email f.rakotomalala@etu.univ-antananarivo.mg, referred by the campus chaplain', [('email', 'f.rakotomalala@etu.univ-antananarivo.mg')]),
    C("The WHO's Problem Management Plus manual has an Arabic and a Kurdish version; has anyone used the audio course in Tigrinya or Amharic?"),
    C("Should Lithium be stopped before ECT? The Royal College's ECT Handbook (3rd edition) says consider it; our anaesthetist always says Yes. The client, a Latvian sailor, wants to keep it."),
    C('For Tamazight-speaking clients from Morocco, is there a Tashelhit version of the PHQ-9 or the HSCL-25? The Moroccan Ministry has Darija only.'),
    C('Fax back to +961 1 447 928 (the NGO office) — client Maryam Ftouni-Dbouk, consent form signed.', [('fax', '+961 1 447 928'), ('name', 'Maryam Ftouni-Dbouk')]),
    C("Gabor Maté's In the Realm of Hungry Ghosts is on the reading list for our harm reduction course; a Métis student asked why we don't read Indigenous authors like Cindy Blackstock."),
    C('Referral: Anlimi Said Mohamed, Comorian, arrived in Mayotte by kwassa on 12 August 2024, lost his niece at sea. Lives in the bangas at Kawéni-Mahabourini. Phone +262 639 21 47 80.', [('name', 'Anlimi Said Mohamed'), ('date', '12 August 2024'), ('place', 'Kawéni-Mahabourini'), ('phone', '+262 639 21 47 80')]),
    C('The ITQ\'s Disturbances in Self-Organisation items translate badly into Swahili and Kirundi; "feel worthless" becomes a moral statement. Anyone validated the ITQ in Kirundi?'),
    C("Has anyone tried ACT via Russ Harris's The Happiness Trap with Orthodox clients during Lent?"),
    C('login alert from 156.205.41.187 on the client portal, unrecognised device, account of Yasmine El-Sherbiny', [('ip_address', '156.205.41.187'), ('name', 'Yasmine El-Sherbiny')]),
    C("Trust IG asked: who emailed tamsin.penhaligon@nhs.net the CHI list? The list included Tamsin Penhaligon-Rowe's own client in Scalloway-by-Gremista.", [('email', 'tamsin.penhaligon@nhs.net'), ('name', 'Tamsin Penhaligon-Rowe'), ('place', 'Scalloway-by-Gremista')]),
    C("Venezuelan client in Trinidad, Yusmary Colmenares-Briceño, cédula V-24.418.903, fled via the Gulf of Paria. She's afraid of the police raids in Cedros-Bonasse Village.", [('name', 'Yusmary Colmenares-Briceño'), ('ssn', 'V-24.418.903'), ('place', 'Cedros-Bonasse Village')]),
    C("can someone pick up Zeinab Hammoud from Bourj el-Barajneh? UNRWA no. UNRWA 5-218-44907, she's been crying since the strike on Dahiyeh, her email zeinab.hm.1991@outlook.com", [('name', 'Zeinab Hammoud'), ('place', 'Bourj el-Barajneh'), ('medical_record', 'UNRWA 5-218-44907'), ('place', 'Dahiyeh'), ('email', 'zeinab.hm.1991@outlook.com')]),
    C('Syrian client in the Zaatari District 9 camp, Abu Khalil Al-Masalmeh, block 4, UNHCR case ZTR-09-0004-11873, Jordanian MOI card MOI 4412-0938-77. Nightmares of the siege.', [('place', 'Zaatari District 9'), ('name', 'Abu Khalil Al-Masalmeh'), ('medical_record', 'ZTR-09-0004-11873'), ('ssn', 'MOI 4412-0938-77')]),
    C('Any Breton speakers? The word "hiraezh" came up in session on Monday and I realised it\'s close to the Welsh "hiraeth" and the Portuguese "saudade" but not the same thing. Is there a Breton scale?'),
    C('In Taiwan the NHI covers psychiatric visits but not psychotherapy by counselling psychologists; the NHI website in Mandarin is clearer than the English summary, says my Taiwanese colleague at the TCPA.'),
    C('Cherokee Nation client Tsali Sixkiller-Hummingbird, citizenship card CN-447190, lives outside Stilwell-Peavine Hollow. Grief after a fentanyl death. IHS chart IHS-CN-00447182.', [('name', 'Tsali Sixkiller-Hummingbird'), ('ssn', 'CN-447190'), ('place', 'Stilwell-Peavine Hollow'), ('medical_record', 'IHS-CN-00447182')]),
    C('Has anyone used Michael White\'s Maps of Narrative Practice with Creole-speaking Mauritians? Externalising "Lapeur" worked, but the Hindu clients talked of Karma.'),
    C("My Taiwanese client's Buddhist master told him to chant the Heart Sutra when panicked; it works better than diaphragmatic breathing, honestly. Has anyone measured chanting on the GAD-7 or the PSWQ, or read Thich Nhat Hanh on it?"),
    C('Dominican cane worker Ti Jean Pierre-Louis, no cédula, lives in the batey Batey Cuchilla Siete. Employer has his papers. Can anyone in the Dominican Republic help?', [('name', 'Ti Jean Pierre-Louis'), ('place', 'Batey Cuchilla Siete')]),
    C('South Sudanese client Nyakuoth Gatkuoth Riek, Nuer, from Bentiu-Rubkona Block D, now in Nebraska, Medicaid NE 0447 1928 31. Cattle raid, lost her brothers.', [('name', 'Nyakuoth Gatkuoth Riek'), ('place', 'Bentiu-Rubkona Block D'), ('health_plan', 'NE 0447 1928 31')]),
    C('the fundraiser https://www.leetchi.com/fr/c/rapatriement-corps-ayoub uses our logo and says he was our patient', [('url', 'https://www.leetchi.com/fr/c/rapatriement-corps-ayoub')]),
    C("SIA door supervisor licence 1013 4471 9283 5502 — Kwame Ofori-Ntim's badge was taken after the stabbing outside the club in Peckham Rye-side, and he blames himself.", [('licence', '1013 4471 9283 5502'), ('name', 'Kwame Ofori-Ntim'), ('place', 'Peckham Rye-side')]),
    C("PayPal paypal.me/mahfouz447lebanon — he's been sending money to the scammer who promised his brother a visa.", [('account', 'paypal.me/mahfouz447lebanon')]),
    C("Malagasy family in Ambohimangakely, the mother Rasoanirina Voahangy asked me about famadihana and whether her son's panic attacks started after they missed it. Any Malagasy-speaking colleagues?", [('place', 'Ambohimangakely'), ('name', 'Rasoanirina Voahangy')]),
    C('Island referral: Aunty Gina Mosby-Nona from Masig, island being eaten by the sea, family graves exposed. She calls from (07) 4069 4418.', [('name', 'Aunty Gina Mosby-Nona'), ('place', 'Masig'), ('phone', '(07) 4069 4418')]),
    C("Reading Fanon's The Wretched of the Earth and Achille Mbembe's Necropolitics with a Cameroonian supervisee; the Anglophone crisis makes both texts feel like news."),
)

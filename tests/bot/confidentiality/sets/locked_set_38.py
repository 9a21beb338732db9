"""THIRTY-EIGHTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (round 38, which
scores the guard of round 37), and independently of the guard: the author
did not open, read, search or run anything under bot/ (bot/confidentiality/
included) or scripts/, did not run the guard, bench/guard_eval.py or any
test that imports or runs the guard, did not read git log messages,
bench/README.md, README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or diffs of any commit, and did
not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_37.py.  No slip of these rules occurred.
What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_37.py only (printed up to its
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
therapists' consultation group, in Kazakhstan, Kyrgyzstan, Uzbekistan,
Tajikistan, Mongolia, Georgia, Azerbaijan, Ukraine, Russia's North
Caucasus, Estonia, Lithuania, Poland, Finland and Lapland, Sweden, Norway,
Denmark, Iceland, the Faroe Islands, Greenland, the Netherlands, Belgium,
France and Brittany, Switzerland, Austria, Germany's North Frisian
islands, Slovenia, Slovakia, Hungary, Serbia, North Macedonia's capital,
Albania, Kosovo, Greece and the Cyclades, Cyprus, Turkey, Portugal, Spain
(the Basque Country, Galicia, Catalonia, Aragon), Italy (Sardinia, Sicily,
Apulia, the Dolomites), the Outer Hebrides, Cornwall, London, Wales,
Ireland's Inishowen, Morocco, Algeria, Tunisia, Egypt, Qatar, Saudi
Arabia, the Sahrawi camps in Algeria, Senegal, the Gambia, Mauritania, Mali,
Burkina Faso, Ghana, Nigeria, Sierra Leone, Cameroon, Rwanda, Uganda,
Kenya, Zambia, Zimbabwe, Mozambique, Madagascar, Mauritius, the
Seychelles, Réunion, Mayotte, South Africa, Botswana, Lesotho, Pakistan,
India (Punjab, Kerala, Assam, Maharashtra, Rajasthan, West Bengal), Nepal,
Bhutanese refugees in Ohio, Bangladesh, Sri Lanka, Vietnam, Cambodia,
Malaysia's Sabah, Singapore, Brunei, Japan and Okinawa, Iran,
Afghanistan's capital, New Zealand (the East Coast, Bay of Plenty,
Northland), Samoa, Fiji, Kiribati, Tuvalu, the Cook Islands, Chile
(Araucanía, Chiloé, Valparaíso region), Argentina, Uruguay, Paraguay's
Chaco, Peru, Colombia, Venezuela, Mexico (Oaxaca), Guatemala, Ethiopian
returnees from Lebanon, Uzbek migrants in Moscow, Honduras, El Salvador,
Nicaragua, Costa Rica, Cuba, Haiti, Jamaica, Trinidad, Grenada and
Carriacou, Guadeloupe, Brazil (Minas Gerais), Nunavut, Quebec, Manitoba,
Hawaii, Louisiana, Arizona's Navajo Nation, Mississippi, Michigan, New
Mexico and New South Wales: short referral lines, rushed lower-case chat
(seven snippets write the names, and some of them the places, in lower
case), forwarded faxes and e-mails, and longer narrative requests with the
identifiers mid-sentence (twelve of them, of 300-520 characters, were
written last to vary the shape). Nothing was composed by a script: the
author wrote the snippets in plain text files outside the repository with
the planted spans marked inline, and a script (also kept outside the
repository, in /tmp/set38work/) only stripped the marks into the expected
lists, checked lengths, token boundaries, duplicate spans and duplicate
snippets, measured the clean density, checked overlap with the earlier
sets, shuffled the order with a fixed seed and wrote this file. While
writing, identifier snippets were reworded as follows: about seventeen
false starts and asides the author had typed into the drafts of identifier
snippets (a place, name or number followed by "? no", "? actually", "hmm,
keep", "sorry", a note that a country was already used in set 37, "cannot
convert" and similar, which read like notes to himself; one of them held
the name of a real public figure) were cut before the file was built,
leaving only the corrected text, and a "lower-case chat:" label at the
head of one snippet was replaced by ordinary chat wording; in a last
review three city names written unlabelled in identifier snippets were
handled (two were labelled as places, one cut), a name echoing a
historical figure was changed, an implausible age for a war veteran was
given to the veteran's mother instead, and in the long narratives an aside
about a client's initials and a confusing clause about a co-parent were
reworded. In the clean snippets, about fifteen asides of the same kind ("?
no -", "sorry, ignore", "let me rephrase", "skip"; several of them named a
city inside a university, hospital, scale or region name) were cut with
the city, a label "lower-case chat from me:" was cut, a treatment method
named after a city was replaced by the countries where it is used, and
about eighteen unsure statements (two charities' joint guidance, payers'
screening and documentation rules, Medicare audits, a regulator's update,
a guideline's downgrade, an armed force's use of a therapy, a conference's
schedule, charities' programmes and meeting days, a booklet's publisher, a
clinic's guidelines, a research group's tool, a named clinician's writing
and a national centre's guidelines) were cut or made vaguer. Overlap with
the other sets was resolved by renaming only this set's planted values,
with a filter that imported the earlier sets programmatically (the same
checks as test_planted_identifiers_not_in_earlier_sets and the text-
containment check) and printed this set's strings only: 45 values in the
first round (14 ages over 89, 14 places - real towns, districts and
villages replaced by invented or other places -, 9 names, 5 postal codes,
1 national ID number, 1 health-plan number and 1 licence number, all
rewritten), 9 in the second (5 ages, 3 places, 1 postal code), 1 in the
third (a city labelled in the review, cut) and, after the twelve long
narratives were added, 3 more (1 name, 1 age, 1 street address, all
rewritten); the last pass found nothing.

Settings (chosen to differ from set 37's): the January 2022 unrest in
Kazakhstan, bride kidnapping, the dzud and herd loss, the 2008 Georgian
war and IDP settlements, frontline rehab in Azerbaijan, drone strikes and
prisoners of war in Ukraine, oil-shale mining and online betting, deepfake
bullying, wartime childhoods and the very old, fishing deaths in the North
Atlantic, fish-factory bullying, suicide clusters in Greenlandic and Inuit
settlements, Dutch nitrogen buy-outs, nurse burnout, a banking
whistleblower, a hunting accident, Roma child removal, floods in Hungary
and Czechia, a gambling husband on the Costa Brava, the NATO bombing,
blood feuds in Albania, wartime rape in Kosovo, wildfires in Greece and
Portugal, missing persons in Cyprus, the Turkish earthquake, the victims
of ETA, percebe diving, Sardinian kidnapping, migrant rescue at sea, the
Al Haouz earthquake, harraga returnees and mothers of the drowned,
detention and torture in Egypt, pirogue crossings and the backway,
descent-based slavery, the Anglophone crisis, Kwibuka, LRA abduction, a
dormitory fire, flower-farm pesticides, a copper-mine collapse, Cyclone
Idai, insurgency in Cabo Delgado, cyclone and crop loss in Madagascar,
postpartum OCD, heroin recovery, post-chikungunya fatigue, a car
hijacking, HIV in diamond miners, stock theft, the 2022 Pakistan floods,
farmer suicides in Punjab, the Kerala floods, NRC exclusion, Gulf
returnees and kidney sale, Rana Plaza, the Easter bombings, Agent Orange
caregiving, landmine amputation, stateless youth in Sabah, national
service deaths, religious conversion in a family, a base assault in
Okinawa, hikikomori after the tsunami, Cyclone Gabrielle and the Whakaari
eruption, rugby concussion and betting, climate migration from atolls,
remittance stress, atoll isolation, Mapuche land conflict, Malvinas
veterans, dictatorship prisoners, forced contact, forced sterilisation,
FARC reincorporation, Venezuelan walkers, Triqui displacement, deportation
and coyote debt, gang extortion, the Salvadoran state of exception,
stripped nationality, DBCP sterility, rafters, kidnapping in Haiti,
lottery-scam threats, a taxi robbery, Hurricane Beryl, flood-displaced
First Nations, the Maui fire, Hurricane Ida and shrimping, uranium legacy,
a water crisis, auto layoffs, downwinders, misdirected faxes, sleep apnoea
and CPAP, cochlear implants in teenagers, diabulimia and insulin pumps,
pacemakers and death anxiety, hearing aids in care homes, prosthetic arms
and phantom pain, wheelchair users alleging abuse, glucose-monitor alarms
at school, oxygen and power cuts under shelling, stalking and stalkerware,
doxxing, VPN and hospital wifi privacy, a client reading his own notes, a
teenager's self-harm blog, poker streaming, an anorexia TikTok, a
veterans' forum, a client's podcast, revenge porn, a crowdfunding page,
homework by e-mail, too many e-mails, school counsellors and supervisors
CC-ing clients, refunds and prepaid sessions, pension gambling, a dam
collapse, stolen cash cards, decompression sickness, fatal crashes by a
trucker and a bus driver, a drug error, a pilot grounded for
antidepressants, the only psychiatrist for 200 km, robbed pharmacists,
stillbirth blame, a pylon fall, road rage, a shark attack, a capsized
ferry, a burned car, a child killed on the road, a mine-truck death, a
lost fishing boat, a tractor rollover, a landslide rescue, a delivery
rider's assault, postpartum psychosis, misdiagnosis, a student overdose,
rape in the Sahel, a father missing for forty years, an eating-disorder
relapse, an avalanche dog handler, custody court, a son killed in the war,
widowhood rites, olive-tree blight, island isolation, a ballerina's eating
disorder, mine closure, earthquake survivors in Serbia, initiation-school
injury, a gas blast at an oilfield camp, a migrant nurse assaulted at
work, a domestic worker's withheld wages and passport, pills bought over
Discord, memories of a mine explosion, a market fire, a custody lawyer
asking for notes, bullying of a migrant child, AirTag tracking, refused
dialysis, an infant death in a power cut and a broken confidence in a
fathers' group; with local identifier formats for a Kazakh IIN, a
Mongolian register number, a Georgian personal number, a Ukrainian RNOKPP,
an Estonian isikukood, a Finnish hetu, an Icelandic kennitala, a
Greenlandic CPR, a Dutch BSN, a Belgian national register number, a Swiss
AHV, an Austrian social insurance number, a Slovenian EMŠO, a Slovak rodné
číslo, a Serbian JMBG, a Kosovar personal number, a Greek AMKA, a Turkish
TC kimlik, a Portuguese NIF, a Spanish DNI, an Italian codice fiscale, a
Moroccan and Tunisian CIN, an Egyptian national ID, a Senegalese CNI, a
Mauritanian NNI, a Cameroonian ID, a Ugandan NIN, Kenyan, Zimbabwean,
Mozambican and Malagasy IDs, a Zambian NRC, a Mauritian and Seychellois
ID, a South African ID, a Botswana Omang, a Pakistani CNIC, Indian Aadhaar
numbers, a Nepali citizenship number, a Bangladeshi NID, a Sri Lankan NIC,
a Vietnamese CCCD, a Cambodian ID, a Singapore NRIC, a Brunei IC, a
Japanese My Number, a Kiribati passport, a Chilean RUT, Uruguayan,
Paraguayan and Colombian cédulas, a Peruvian DNI, a Venezuelan PPT, a
Mexican CURP, a Guatemalan DPI, a Honduran DNI, a Salvadoran DUI, a Costa
Rican cédula, a Cuban carné, a Haitian NIF, a Jamaican TRN, a Trinidadian
ID, a Grenadian NIS and a US SSN (ssn); rehab, hospital, IHS, MSF, ICRC,
NHS, cantonal and regional files (medical_record); TAJ, SNS, TIS, tessera
sanitaria, Carte Vitale, mutuelle, NHIF, Discovery, BOMAID, Sehat, KASP,
PAMI, CCSS, NHF, NU, RAMQ, QUEST, NHI (New Zealand), Medicaid and Medicare
numbers (health_plan); Orange Money, M-Pesa, bKash, UNHCR, ARN, treaty
status, Western Union, IBAN, MobilePay, Pix, WFP cash-card, Lebanese and
Korean bank and MoMo numbers (account); hunting, mining, CDL, nursing,
pilot, medical, pharmacy, midwifery, electrician, taxi, diving, master's
and fishing-area licences and a Russian work patent (licence); plates from
Greece, Uganda, South Africa, Trinidad, Hawaii, Uzbekistan, Kazakhstan,
Ghana, Iran, France, India and Vietnam, boats from Iceland, Galicia and
Scotland (vehicle); CPAP machines, a cochlear implant processor, an
insulin pump, a pacemaker, hearing aids, a bionic arm, a power wheelchair,
a CGM, an oxygen concentrator, a prosthetic foot and a functional
electrical stimulation unit (device); addresses written the local way (a
Kyrgyz ulitsa with flat, a Finnish tie, a Hungarian utca, a Cypriot odos,
a Mauritian royal road, a Singapore block with unit, US roads and avenues,
a Quebec rang, a Trinidadian LP, a Macedonian boulevard, a Catalan carrer
with floor and door, a Czech street, a Belgian rue, an Estonian street
with flat, an Italian via, a Slovak hlavná, a Ghanaian house number, a Sri
Lankan road and a Chilean pasaje) with postal codes of those countries,
IPv4 and IPv6 addresses, URLs (a betting profile, a whistleblower site,
Instagram, Telegram, a sportsbook, Snapchat, a blog, Twitch, TikTok, a
forum, a podcast, OnlyFans, GoFundMe, Facebook and Discord) and phone and
fax numbers in local and international formats.

380 snippets, 225 with identifiers and 155 clean (lengths 40-520, the
test's bounds). Every pattern category appears at least 12 times (the test
requires 12): date 16, age_over_89 18, phone 20, fax 14, email 15, url 16,
ip_address 14, ssn 66, medical_record 15, health_plan 20, account 16,
licence 16, vehicle 17, device 14, street_address 27, zip_code 23; with
227 names and 234 places smaller than a state (the test requires 227 and
234).

Names: Kazakh, Kyrgyz, Uzbek, Tajik, Mongolian, Georgian, Azerbaijani,
Ukrainian, Dagestani, Estonian, Lithuanian, Polish, Finnish, Swedish,
Norwegian, Danish, Icelandic, Faroese, Greenlandic, Inuit, Dutch, Flemish,
Walloon, Breton, Romansh Swiss, Austrian, German and Frisian, Slovenian,
Slovak Roma, Hungarian, Serbian, Macedonian, Albanian, Kosovar, Greek,
Greek Cypriot, Turkish, Portuguese, Basque, Galician, Catalan, Sardinian,
Sicilian, Salentine and other Italian, Cornish, Welsh, Irish, Hebridean,
Moroccan Amazigh, Algerian, Tunisian, Egyptian, Qatari, Saudi, Sahrawi,
Wolof, Mandinka, Haratine, Bambara, Mossi, Akan, Ewe, Igbo, Yoruba, Temne,
Cameroonian Anglophone, Rwandan, Acholi, Kikuyu, Luo and Luhya, Bemba,
Shona, Makua, Malagasy, Indo-Mauritian, Seychellois Creole, Réunionnais,
French, Somali, Zulu, Ndebele, Xhosa, Tswana, Sotho, Pakistani, Punjabi
Sikh, Malayali, Assamese, Marathi, Bhil, Tamang, Bhutanese Nepali,
Bengali, Sinhalese, Vietnamese, Khmer, Bajau Malaysian, Singaporean
Chinese, Bruneian Malay, Okinawan, Japanese, Persian, Hazara, Ethiopian,
Māori, Samoan, iTaukei Fijian, Tongan, I-Kiribati, Tuvaluan, Cook
Islander, Mapuche, Argentine, Uruguayan, Ayoreo, Quechua, Afro-Colombian,
Venezuelan, Triqui, Mexican, Guatemalan, Honduran, Salvadoran, Nicaraguan,
Costa Rican, Cuban, Haitian, Jamaican, Indo-Trinidadian, Grenadian,
Guadeloupean, Brazilian, Québécois, Anishinaabe, Native Hawaiian, Cajun,
Navajo, African American, Polish American, Hispano New Mexican and
Australian names; lower-case names and places, hyphenated and multi-part
names, patronymic names and Malay bin/binti names. Places: invented auls,
bags, villages, selos, hromadas, douars, fokontany, umudugudu, goths,
pinds, gaons, wards, phums, xãs, kampungs, maraes, kāinga, lofs, anexos,
aldeas, cantóns, colonias, barrios, repartos, quartiers, secteurs, cités,
bairros, compounds, settlements, camps and camp blocks, a garrison town, a
checkpoint village, a microdistrict, mahallas, kvartals, estates, farms, a
mine, a shaft camp, an open pit, a mine town, a harbour, wharves and
landings, a gorge hamlet, a growth point, health posts, clinics, hospitals
and hospital annexes, care homes, a rehab unit, a gymnasium and a collège,
a parish, city districts and suburbs (some real), islands, atolls and
island villages, a few real towns and cities, and places after street
addresses.

Clean snippets follow the spec of the issue this set measures: clean
clinical prose DENSE with capitalised non-identifiers - drug brand and
generic names, scales and questionnaires, therapy models and their
founders, cited authors and books (real, published works only), guidelines
and acts, diagnoses, weekdays, months and holidays (religious and national
festivals included; never a person's date), professional bodies,
regulators, charities, helplines, insurers and payers, EAP providers,
billing codes, telehealth and wellbeing apps, universities, conferences,
states, countries, nationalities, religions and languages, and sentence-
initial words. Nothing in a clean snippet identifies a client, and no
private person or place smaller than a state is named (no city appears,
also not inside the names of scales, schools or organisations). One clean
snippet is written wholly in lower case. Capitalised-word density,
computed by the author's own script on this file: words starting with a
capital letter that are not the first word of the snippet or of a sentence
(after . ! or ?, skipping opening quotes and brackets), excluding the
pronoun I and its contractions, number 1125 in the 155 clean snippets, a
mean of 7.3 per clean snippet, within the 7-9 asked for (median 7, minimum
0, maximum 16; the minimum is the one clean snippet written in lower
case); counting only words with at least one lower-case letter (no all-
capitals acronyms such as CBT or PHQ-9) the mean is 6.4.

This set must NEVER be used to tune rules. Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better. Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented. Every person, address, account and number is made
up; a few real cities, districts, suburbs, towns, camps and streets are
used only as places; the other named clinics, care homes, schools,
workplaces and villages are invented or used fictitiously.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, *expected: tuple[str, str]) -> EvalCase:
    return EvalCase(text, list(expected))


LOCKED38_CASES = [
    C('Kenyan teacher Wanjiru Kamau-Mwangi, Kiambu Kihara ward, after the school dormitory fire. ID 28471092. NHIF NHIF-06649231. Vicarious and direct trauma.', ('name', 'Wanjiru Kamau-Mwangi'), ('place', 'Kiambu Kihara ward'), ('ssn', '28471092'), ('health_plan', 'NHIF-06649231')),
    C('Supervision question about Spravato (esketamine): the REMS program in America requires two hours of monitoring. Do you schedule therapy the same day or keep it on a Thursday or Friday apart?'),
    C('Manuel Ferreira da Silva, 99 anos, aldeia de Sortelha, loneliness after emigrant children left.', ('name', 'Manuel Ferreira da Silva'), ('age_over_89', '99 anos'), ('place', 'aldeia de Sortelha')),
    C("Oumar Sangaré's brother phoned from +223 76 44 71 92 about him - Sévaré quartier Mossinkoré.", ('name', 'Oumar Sangaré'), ('phone', '+223 76 44 71 92'), ('place', 'Sévaré quartier Mossinkoré')),
    C('Anorexia in men is underdiagnosed. Beat, the UK eating disorder charity, and the charity Men Get Eating Disorders Too both have resources. The EDE-Q norms are still mostly female.'),
    C("Is anyone else finding Wysa and Woebot helpful as between-session supports? The FDA gave Woebot a Breakthrough Device designation for postpartum depression, if I remember rightly, but I'd still not rely on it."),
    C('Fax +48 22 447 19 06 from Poradnia Zdrowia Psychicznego Wołomin-Kobyłka about Halina Szewczyk; she wants a private therapist.', ('fax', '+48 22 447 19 06'), ('place', 'Poradnia Zdrowia Psychicznego Wołomin-Kobyłka'), ('name', 'Halina Szewczyk')),
    C('Venezuelan caminante mother Yusmary Coromoto Rivas, asentamiento La Parada, PPT PPT-5547219. Crossed on foot with 3 kids. Telegram t.me/yusmary_caminante.', ('name', 'Yusmary Coromoto Rivas'), ('place', 'asentamiento La Parada'), ('ssn', 'PPT-5547219'), ('url', 't.me/yusmary_caminante')),
    C('Persian-speaking clients often know Rumi better than any workbook. Has anyone woven the Masnavi into ACT metaphors? It fits defusion beautifully.'),
    C("The Body Keeps the Score by Bessel van der Kolk is still the most requested book from my clients, but I gently steer people toward Janina Fisher's Healing the Fragmented Selves of Trauma Survivors for parts work."),
    C("For psychodynamic training, Nancy McWilliams's Psychoanalytic Diagnosis is my anchor. Her Psychoanalytic Psychotherapy book is also wonderful for new therapists in Brazil and Argentina."),
    C('DOB 17-IV-1959 for Ștefan Dobrescu, Jiu Valley Lupeni colonia, miner pension, alcohol.', ('date', '17-IV-1959'), ('name', 'Ștefan Dobrescu'), ('place', 'Jiu Valley Lupeni colonia')),
    C("How do you handle Hanukkah and Christmas with interfaith families in therapy? Monica McGoldrick's Ethnicity and Family Therapy has a good chapter on Jewish families."),
    C('How do you handle telehealth across state lines? PSYPACT covers psychologists in many states, and the Counseling Compact is coming, but California and several other large states are not members.'),
    C('Parent contacted me via m.ouedraogo-kabore@yahoo.fr about her daughter Aïcha Kaboré in secteur 22 Tampouy. Not my client yet. Consent for minors in BF?', ('email', 'm.ouedraogo-kabore@yahoo.fr'), ('name', 'Aïcha Kaboré'), ('place', 'secteur 22 Tampouy')),
    C('For bipolar disorder, Interpersonal and Social Rhythm Therapy (Ellen Frank) plus lithium is my preferred combination. The Social Rhythm Metric works well with the Daylio app.'),
    C('Record UK-NHS-PSY 4471902 from Ysbyty Bryngolau - Cerys Probert, eating disorder relapse.', ('medical_record', 'UK-NHS-PSY 4471902'), ('place', 'Ysbyty Bryngolau'), ('name', 'Cerys Probert')),
    C('Sri Lankan Easter-bombing survivor Roshan Fernando, Kochchikade parish, NIC 198812904471. Prosthetic leg Össur Pro-Flex LP s/n PFX-44719. Anniversary in April.', ('name', 'Roshan Fernando'), ('place', 'Kochchikade parish'), ('ssn', '198812904471'), ('device', 'Össur Pro-Flex LP s/n PFX-44719')),
    C('Medicare in Australia funds ten Better Access sessions under a Mental Health Treatment Plan. Have others read the Department of Health evaluation? Do people find ten enough?'),
    C('Switching a teen from Concerta to Vyvanse over the Christmas break - any tips on warning families about appetite and sleep changes? Their paediatrician is on leave until Epiphany.'),
    C('Anyone trained in Internal Family Systems (Richard Schwartz)? IFS Institute training is expensive and waitlisted. Is Level 1 worth it compared with Sensorimotor Psychotherapy (Pat Ogden)?'),
    C('Has the Australian Psychological Society taken a position on Medicare rebates for telehealth after the pandemic? My clients in Tasmania and the Northern Territory depend on it.'),
    C("Client's OnlyFans onlyfans.com/mia_teruel posted by her ex. Mía Sanz Lorente, Teruel barrio del Arrabal, revenge porn. Spanish law + therapy resources?", ('url', 'onlyfans.com/mia_teruel'), ('name', 'Mía Sanz Lorente'), ('place', 'Teruel barrio del Arrabal')),
    C('For perinatal work I use the Whooley questions, the GAD-2 and then the PHQ-9. Zurzuvae (zuranolone) was approved by the FDA for postpartum depression, and clients ask about it in every session.'),
    C('Basque case: Iñaki Etxeberria Larrañaga, son of an ETA victim, Azpeitia, TIS BIOE 760412 LARR. Restorative meeting with the perpetrator proposed - contraindications?', ('name', 'Iñaki Etxeberria Larrañaga'), ('place', 'Azpeitia'), ('health_plan', 'BIOE 760412 LARR')),
    C("i'm seeing a veteran's wife, yulia marchenko, from selo pidhirne, her husband is a POW. she asks if she can email me at yulia.m.pidhirne@ukr.net between sessions. boundaries?", ('name', 'yulia marchenko'), ('place', 'selo pidhirne'), ('email', 'yulia.m.pidhirne@ukr.net')),
    C('Account no. NO93 8601 1117 947 was given to me by Eirik Haugland for refunds - Sauda sentrum - should I even hold that?', ('account', 'NO93 8601 1117 947'), ('name', 'Eirik Haugland'), ('place', 'Sauda sentrum')),
    C("Long one, sorry. I've been seeing a young Kazakh engineer, Daniyar Kudaibergenuly, who survived the gas blast at the Tengiz shift camp 3 last year and now cannot enter any enclosed space. His employer's occupational health unit keeps faxing me questionnaires from +7 7122 44 71 93 and wants weekly updates on his fitness to return. He has not consented to that. How do others handle employer pressure without losing the client's trust?", ('name', 'Daniyar Kudaibergenuly'), ('place', 'Tengiz shift camp 3'), ('fax', '+7 7122 44 71 93')),
    C('Gottman Method couples therapy versus Emotionally Focused Therapy (Sue Johnson): which do you find better after infidelity? Hold Me Tight is easier for clients than The Seven Principles for Making Marriage Work.'),
    C('For insomnia I use CBT-I from the Sleepio protocol and the Insomnia Severity Index. Clients keep asking for Ambien or zopiclone (Imovane) instead, especially around Easter when routines collapse.'),
    C("Sextortion case: Noah Brandstetter, 16, Bad Aussee, scammer IP 41.215.44.190, his Snapchat snapchat.com/add/noah_ausseer. Parents don't know yet.", ('name', 'Noah Brandstetter'), ('place', 'Bad Aussee'), ('ip_address', '41.215.44.190'), ('url', 'snapchat.com/add/noah_ausseer')),
    C('Foot drop brace and WalkAide unit s/n WA-44719-2 for Adaeze Chukwuemeka-Obi, Nsukka Odenigbo, stroke at 38, depression.', ('device', 'WalkAide unit s/n WA-44719-2'), ('name', 'Adaeze Chukwuemeka-Obi'), ('place', 'Nsukka Odenigbo')),
    C("Supervision on grief: Pauline Boss's Ambiguous Loss and Robert Neimeyer's meaning reconstruction work are helping me with families of the missing in Syria, Colombia and Ukraine."),
    C('Call +381 63 447 1902 for Mirjana Petković, Kraljevo Ribnica, earthquake survivor.', ('phone', '+381 63 447 1902'), ('name', 'Mirjana Petković'), ('place', 'Kraljevo Ribnica')),
    C("Salvadoran mother of a detained son (state of exception) Reina Elizabeth Chicas, cantón Los Jiotes, DUI 04471902-3. Doesn't know where he is.", ('name', 'Reina Elizabeth Chicas'), ('place', 'cantón Los Jiotes'), ('ssn', '04471902-3')),
    C('Holiday rota reminder: we are closed on Good Friday, Easter Monday and the May bank holidays. Clients can call Samaritans on 116 123 or text Shout on 85258.'),
    C("The school's router 10.12.44.190 logged cyberbullying messages to Anaïs Moreau-Diallo, Villiers-le-Bâcle. Head teacher asks us for help.", ('ip_address', '10.12.44.190'), ('name', 'Anaïs Moreau-Diallo'), ('place', 'Villiers-le-Bâcle')),
    C("Supervision question about risk. A seventeen-year-old, Sione Vaipulu-Tuilagi, who plays in a school rugby academy at Mangere Bridge Kings College annex, told me he has been buying pills from a seller whose Discord is discord.gg/4471pillz. His mother's number is 021 447 1938 and she doesn't know. Confidentiality limits for a 17-year-old in Aotearoa?", ('name', 'Sione Vaipulu-Tuilagi'), ('place', 'Mangere Bridge Kings College annex'), ('url', 'discord.gg/4471pillz'), ('phone', '021 447 1938')),
    C('For OCD I use ERP with the Y-BOCS and the book Freedom from Obsessive Compulsive Disorder by Jonathan Grayson. The International OCD Foundation has great Spanish materials.'),
    C("Is anyone offering Cognitive Behavioural Conjoint Therapy for PTSD (Monson and Fredman)? It's great for veterans and partners. It's great with Canadian and American couples alike."),
    C("Our service's audit found that Paulo Mendes Cruz viewed his own chart from 188.250.44.102 (Porto Campanhã). Can clients read therapy notes?", ('name', 'Paulo Mendes Cruz'), ('ip_address', '188.250.44.102'), ('place', 'Porto Campanhã')),
    C('Dive instructor Lucie Pelletier, PADI PADI #447192, Petite-Terre Labattoir, Mayotte, after a shark attack.', ('name', 'Lucie Pelletier'), ('licence', 'PADI #447192'), ('place', 'Petite-Terre Labattoir')),
    C("Dawit Haile Gebremariam set up a GoFundMe gofundme.com/f/dawit-kidney-kalimpong - he's my client in Kalimpong Dr Graham's Homes area. Should I donate?", ('name', 'Dawit Haile Gebremariam'), ('url', 'gofundme.com/f/dawit-kidney-kalimpong'), ('place', "Kalimpong Dr Graham's Homes area")),
    C("Anyone presenting at the World Congress of Behavioural and Cognitive Therapies? I'd love to meet other people who do CBT for psychosis with Turkish and Kurdish families."),
    C('Haitian kidnapping survivor Widlyne Dorsainvil, Carrefour-Feuilles, NIF 004-471-902-1. Gang violence, cannot go out. Digicel +509 3447 2190.', ('name', 'Widlyne Dorsainvil'), ('place', 'Carrefour-Feuilles'), ('ssn', '004-471-902-1'), ('phone', '+509 3447 2190')),
    C("Which classic social psychology studies do you use in psychoeducation about shame? Brené Brown's Daring Greatly is my usual, plus Gilbert on shame."),
    C('Reply-to address ignas.dambrauskas@gmail.com keeps sending me 40 e-mails a day. Ignas Dambrauskas, Naujoji Akmenė. How to set limits kindly?', ('email', 'ignas.dambrauskas@gmail.com'), ('name', 'Ignas Dambrauskas'), ('place', 'Naujoji Akmenė')),
    C("Reading group suggestion for January: Judith Herman's Trauma and Recovery, then Truth and Repair, her newer book. Both pair well with the ISTSS guidelines and the ICD-11 Complex PTSD criteria."),
    C('Could the fax +260 211 447 902 be wrong? Letter about Chileshe Mulenga-Banda at Chawama compound never arrived.', ('fax', '+260 211 447 902'), ('name', 'Chileshe Mulenga-Banda'), ('place', 'Chawama compound')),
    C('Mauritanian Haratine ex-slave Mbarka Mint Salem, Adwaba Nbeika, NNI 4718302294. Complex trauma. Anti-slavery NGO referral.', ('name', 'Mbarka Mint Salem'), ('place', 'Adwaba Nbeika'), ('ssn', '4718302294')),
    C("Our agency's Somali, Amharic and Tigrinya interpreters are booked through LanguageLine. Medicaid reimburses interpreter time in some states, including Minnesota."),
    C('Bhutanese refugee elder Dil Maya Gurung, aged a hundred and one per her papers, resettled to 2204 Ridgeway Ln, Brookmere Terrace 43219. Medicaid OH-1174-0239-88.', ('name', 'Dil Maya Gurung'), ('age_over_89', 'aged a hundred and one'), ('street_address', '2204 Ridgeway Ln'), ('place', 'Brookmere Terrace'), ('zip_code', '43219'), ('health_plan', 'OH-1174-0239-88')),
    C('Discharge letter for Ismail Hakimov faxed to +992 37 224 4719 from Vahdat District Hospital ward B. He came back from Russian prison.', ('name', 'Ismail Hakimov'), ('fax', '+992 37 224 4719'), ('place', 'Vahdat District Hospital ward B')),
    C('Quetiapine (Seroquel) at low doses for sleep: I see it prescribed off-label all the time in Canada and Australia. Does the Therapeutic Goods Administration say anything specific?'),
    C('Cook Islands client Teina Marsters, Palmerston atoll, isolation depression. E-mail teina.marsters@oyster.net.ck. Only teletherapy possible.', ('name', 'Teina Marsters'), ('place', 'Palmerston atoll'), ('email', 'teina.marsters@oyster.net.ck')),
    C('Just a note: remote session with Ahmad Shah Rasuli from Kabul Qala-e-Fatullah drops every time; his VPN exit is 104.28.44.71. Safer platforms?', ('name', 'Ahmad Shah Rasuli'), ('place', 'Kabul Qala-e-Fatullah'), ('ip_address', '104.28.44.71')),
    C('Headspace (the Australian youth service, not the app) has long waits. Kids Helpline and Beyond Blue are great, but many rural teens in Queensland and Victoria need face-to-face care.'),
    C('Transcranial magnetic stimulation (NeuroStar, BrainsWay) is covered by Medicare for treatment-resistant depression. Clients ask whether therapy should pause during the course.'),
    C("Frankl's Man's Search for Meaning still works with veterans who feel their service meant nothing. Logotherapy pairs well with Moral Injury work from Brett Litz and colleagues."),
    C('ICRC tracing file ICRC-TR-447192 - Abdelkader Zine, Tindouf Smara camp, father missing 40 years.', ('medical_record', 'ICRC-TR-447192'), ('name', 'Abdelkader Zine'), ('place', 'Tindouf Smara camp')),
    C('Tractor FT-447-BV rolled over on Pierre-Yves Le Gall in Plouescat; spinal injury, farm lost. Farmer suicide risk.', ('vehicle', 'FT-447-BV'), ('name', 'Pierre-Yves Le Gall'), ('place', 'Plouescat')),
    C('Georgian IDP from the 2008 war, Nino Beridze-Kapanadze, lives in the Tserovani cottage settlement block 9. Personal no. 01024058813. She wants EMDR but I have only Russian. Referrals?', ('name', 'Nino Beridze-Kapanadze'), ('place', 'Tserovani cottage settlement'), ('ssn', '01024058813')),
    C("Lwazi Ndlovu-Sithole (MR KEH/PSY/44719) transferred from KwaMashu Evangelical Hospital, letter faxed to 031 503 4471. He's 17 and on the street since his mum died.", ('name', 'Lwazi Ndlovu-Sithole'), ('medical_record', 'KEH/PSY/44719'), ('place', 'KwaMashu Evangelical Hospital'), ('fax', '031 503 4471')),
    C("I'm doing the Somatic Experiencing training (Peter Levine's Waking the Tiger is the intro book). The SE International faculty are lovely, but it takes three years."),
    C("Lamotrigine (Lamictal) and bipolar II depression: my psychiatrist colleague swears by it, but titration takes weeks. Clients want Latuda because it's faster."),
    C('Paraguayan Chaco Ayoreo woman Ebe Picanerai, comunidad Campo Loro, forced contact trauma. Cédula 5.390.228. Guaraní/Ayoreo interpreter?', ('name', 'Ebe Picanerai'), ('place', 'comunidad Campo Loro'), ('ssn', '5.390.228')),
    C("For body dysmorphic disorder, Katharine Phillips's The Broken Mirror is the classic. The BDD Foundation in Britain runs online support groups."),
    C('Has anyone done the Unified Protocol (Barlow) with Arabic-speaking clients? Is there an official Arabic translation of the workbook, or do Lebanese and Egyptian colleagues adapt it themselves?'),
    C("Polyvagal theory (Porges) is everywhere in Instagram therapy content, but I'd love a sober critique. Anyone read the recent papers in Biological Psychology that question the vagal brake claims?"),
    C('Sleep clinic sent data from Philips DreamStation 2 SN J447190283D for Sven-Erik Lundgren, Överkalix Lansjärv. Nightmares with CPAP mask on.', ('device', 'Philips DreamStation 2 SN J447190283D'), ('name', 'Sven-Erik Lundgren'), ('place', 'Överkalix Lansjärv')),
    C('Older man Teodor Lungu, 92 yrs 11 months, pacemaker Biotronik Enitra 8 DR-T s/n 69447102, Vaslui Podu Înalt. Death anxiety.', ('name', 'Teodor Lungu'), ('age_over_89', '92 yrs 11 months'), ('device', 'Biotronik Enitra 8 DR-T s/n 69447102'), ('place', 'Vaslui Podu Înalt')),
    C("Ambulance MH 12 KT 4471 crew Sandeep Patil at Irshalwadi landslide - moral injury, couldn't reach the children.", ('vehicle', 'MH 12 KT 4471'), ('name', 'Sandeep Patil'), ('place', 'Irshalwadi landslide')),
    C('Transference-Focused Psychotherapy (Kernberg) versus MBT for narcissistic traits: the Personality Disorders Institute offers training. Is it worth it for a private practice in Ireland?'),
    C('Our telehealth vendor flagged logins for client Zainab Olatunji from 102.89.44.71 while she is supposedly inpatient at Ikorodu Sabo Ward Hospital. Breach of privacy or relapse?', ('name', 'Zainab Olatunji'), ('ip_address', '102.89.44.71'), ('place', 'Ikorodu Sabo Ward Hospital')),
    C('Hungarian client Bence Szabó-Lakatos, TAJ 048 362 915, lives Petőfi utca 8, Tiszafüred 5350. Panic since the flood. Wants sessions in Hungarian only.', ('name', 'Bence Szabó-Lakatos'), ('health_plan', '048 362 915'), ('street_address', 'Petőfi utca 8'), ('place', 'Tiszafüred'), ('zip_code', '5350')),
    C('Seychelles heroin recovery client Jean-Paul Hoareau, Baie Lazare district, on methadone. ID 987-0412-1-1-47. Mum e-mails hoareau.famille@seychelles.sc.', ('name', 'Jean-Paul Hoareau'), ('place', 'Baie Lazare district'), ('ssn', '987-0412-1-1-47'), ('email', 'hoareau.famille@seychelles.sc')),
    C("Forwarded e-mail from b.rasmussen@thy-kommune.dk about Bodil Rasmussen, Hanstholm havn, fisherman's widow. Please reply to psykolog.thisted@outlook.dk.", ('email', 'b.rasmussen@thy-kommune.dk'), ('name', 'Bodil Rasmussen'), ('place', 'Hanstholm havn'), ('email', 'psykolog.thisted@outlook.dk')),
    C("Longer story: the boy, Azizbek Turgunov, 12, arrived from Margilan Atlas mahalla to live with his father in Lyublino rayon and is bullied for his accent. His father's work permit is 77 №2244719; they fear deportation. The school counsellor writes from 94.25.171.44 because the school blocks e-mail. How do I coordinate safely?", ('name', 'Azizbek Turgunov'), ('place', 'Margilan Atlas mahalla'), ('place', 'Lyublino rayon'), ('licence', '77 №2244719'), ('ip_address', '94.25.171.44')),
    C('Do you use the ASQ suicide screening tool from NIMH with children under twelve? Our clinic in Vermont now screens at every visit.'),
    C("Lithium levels and Ramadan again - the Royal College of Psychiatrists' fasting guidance recommends a review before the month. Has anyone drafted a bilingual Urdu and English leaflet?"),
    C('Phone +48 604 472 190 - Zbigniew Urbański, Nowa Ruda Słupiec, mine closure grief.', ('phone', '+48 604 472 190'), ('name', 'Zbigniew Urbański'), ('place', 'Nowa Ruda Słupiec')),
    C('Costa Rican banana worker Olman Jiménez Vargas, finca Bananito Sur, DBCP sterility. Cédula 7-0447-0219. CCSS CCSS 704470219.', ('name', 'Olman Jiménez Vargas'), ('place', 'finca Bananito Sur'), ('ssn', '7-0447-0219'), ('health_plan', 'CCSS 704470219')),
    C('Réunion chikungunya long-term fatigue, Marie-Josée Payet, quartier Bras-Panon Rivière-du-Mât. Carte Vitale 2 64 07 974 11 027 38. Depression vs post-viral?', ('name', 'Marie-Josée Payet'), ('place', 'quartier Bras-Panon Rivière-du-Mât'), ('health_plan', '2 64 07 974 11 027 38')),
    C('Quick poll: who uses the PCL-5 every session and who uses it monthly? Our EMDR International Association trainer said weekly is enough, and the Outcome Rating Scale covers the rest.'),
    C('Anger in veterans: I use Anger Management for Substance Use Disorder and Mental Health Clients from SAMHSA, which is free.'),
    C("For perimenopause mood changes, HRT (Estrogel, Utrogestan) plus CBT from the Women's Health Concern factsheets. The British Menopause Society has a useful summary for therapists."),
    C('Complicated question about the Americans with Disabilities Act: a client wants a letter for an emotional support animal. The APA and ACA both advise caution.'),
    C('IP logs: the stalker of Maja Lindqvist (Hälla by) posts from 185.44.71.203 and 2a02:1406:4471:9c0::3f. Police slow. How to support without becoming investigator?', ('name', 'Maja Lindqvist'), ('place', 'Hälla by'), ('ip_address', '185.44.71.203'), ('ip_address', '2a02:1406:4471:9c0::3f')),
    C('Hindu clients around Navaratri and Durga Puja sometimes fast for nine days. Anyone adjusting Depakote or olanzapine doses with their psychiatrist during that time?'),
    C("Cyprus missing persons: Andreas Hadjiloizou, 68, father's remains identified last spring, lives at Odos Kinyras 33, Deryneia 5380. Ambiguous loss resolved late.", ('name', 'Andreas Hadjiloizou'), ('street_address', 'Odos Kinyras 33'), ('place', 'Deryneia'), ('zip_code', '5380')),
    C('Greek wildfire evacuee Eleni Papadopoulou-Stathaki, Ano Mati, AMKA 14027501284, lost the house and dog. Her husband drives a taxi, plate ΙΚΥ 4418.', ('name', 'Eleni Papadopoulou-Stathaki'), ('place', 'Ano Mati'), ('ssn', '14027501284'), ('vehicle', 'ΙΚΥ 4418')),
    C('gambian returnee lamin jallow, brikama ba, came back on the backway deportation flight, family calls him a failure. phone +220 771 4408.', ('name', 'lamin jallow'), ('place', 'brikama ba'), ('phone', '+220 771 4408')),
    C('Nowruz is a lovely time to introduce behavioural activation with Iranian and Afghan clients, since spring cleaning and visits already fit the model. Does anyone have Farsi or Dari worksheets?'),
    C('Kerala flood volunteer Anju Varghese, Chengannur Pandanad ward 12, health insurance (KASP) KASP-3304471288. Burnout and panic. Malayalam therapist anyone?', ('name', 'Anju Varghese'), ('place', 'Chengannur Pandanad ward 12'), ('health_plan', 'KASP-3304471288')),
    C('Motorbike 29-B1 447.19 of Trần Văn Hùng - delivery rider, phường Khương Đình, assaulted by a customer.', ('vehicle', '29-B1 447.19'), ('name', 'Trần Văn Hùng'), ('place', 'phường Khương Đình')),
    C('Rangi Whakaari accessed our portal from 203.109.44.190 at 3am and typed suicidal notes. Lives in Te Arohanui kāinga. Duty to warn in NZ?', ('name', 'Rangi Whakaari'), ('ip_address', '203.109.44.190'), ('place', 'Te Arohanui kāinga')),
    C('Buprenorphine microinduction is now common in Canada and the United States. Our addiction team uses Sublocade for clients who struggle with daily dosing, and Narcan is handed out at discharge.'),
    C("Anyone trained in Accelerated Resolution Therapy? It's popular with the US Army, but the evidence base is small compared with EMDR and CPT."),
    C('Intake paperwork in Spanish, Tagalog, Arabic and Vietnamese is now on our site. The ACA Code of Ethics asks for informed consent in a language the client understands.'),
    C('Navajo uranium-legacy family: Loretta Begay, Cove chapter, AZ, kidney disease. IHS chart IHS-SHP-447190. Hózhó-based approach?', ('name', 'Loretta Begay'), ('place', 'Cove chapter'), ('medical_record', 'IHS-SHP-447190')),
    C('Podcast by a client: https://open.spotify.com/show/4471ZqA9fUTkaren - Karen Oyelaran-Wise, Peckham Rye Lane flats. She mentions me. Boundaries?', ('url', 'https://open.spotify.com/show/4471ZqA9fUTkaren'), ('name', 'Karen Oyelaran-Wise'), ('place', 'Peckham Rye Lane flats')),
    C("Bereavement after COVID: Kübler-Ross's On Death and Dying is outdated, but clients still ask for the five stages. David Kessler's Finding Meaning adds a sixth stage."),
    C('Michigan auto worker Dale Kowalczyk, layoff after the strike, 4471 Carpenter Ave, Dequindre Flats. CDL K447 190 218 334. Anger at family.', ('name', 'Dale Kowalczyk'), ('street_address', '4471 Carpenter Ave'), ('place', 'Dequindre Flats'), ('licence', 'K447 190 218 334')),
    C("Fishing vessel LK 447 Sea Harvest lost, Lowrie Isbister's son drowned off Stornoway Newton. Grief.", ('vehicle', 'LK 447 Sea Harvest'), ('name', 'Lowrie Isbister'), ('place', 'Stornoway Newton')),
    C('Anyone using Written Exposure Therapy in Swedish or Finnish? The Karolinska Institutet group published widely on internet-delivered CBT, and Nordic payers seem keen on digital programmes.'),
    C('Ukrainian drone-strike survivor Oleksandra Hrytsenko, Vilshanka Hromada shelter, born 09.11.1987, RNOKPP 3205114876. Severe tinnitus + panic. Telehealth over Starlink keeps dropping.', ('name', 'Oleksandra Hrytsenko'), ('place', 'Vilshanka Hromada'), ('date', '09.11.1987'), ('ssn', '3205114876')),
    C('We got a wheelchair-related complaint: Darius Valančius, chair Permobil M3 Corpus SN 447192-LT, Šeškinė microdistrict, claims carers abuse him. Safeguarding steps?', ('name', 'Darius Valančius'), ('device', 'Permobil M3 Corpus SN 447192-LT'), ('place', 'Šeškinė microdistrict')),
    C('Anyone facilitating Hearing Voices Network groups alongside clozapine (Clozaril) clinics? Our NHS trust is nervous, but Intervoice materials are excellent.'),
    C('Louisiana shrimper Thibodeaux Boudreaux Jr., 1447 Bayou Petit Caillou Rd, Petit Caillou landing, LA 70359. Hurricane Ida, then the oil buy-back. Drinking.', ('name', 'Thibodeaux Boudreaux Jr.'), ('street_address', '1447 Bayou Petit Caillou Rd'), ('place', 'Petit Caillou landing'), ('zip_code', '70359')),
    C("For chronic pain I blend ACT with Pain Reprocessing Therapy (Alan Gordon's The Way Out). Lyrica (pregabalin) and gabapentin are common, and the FDA flagged breathing problems."),
    C('Next session with Ibrahim Touré is Tuesday 9 March 2027 at Centre Dalal Jàmm Guédiawaye.', ('name', 'Ibrahim Touré'), ('date', 'Tuesday 9 March 2027'), ('place', 'Centre Dalal Jàmm Guédiawaye')),
    C('Mongolian herder family lost 300 goats in the dzud. The father, Batbayar Gantulga, drinks since, his wife brought him to Khuiten Bag health post. Register no. УБ84031257. Motivational interviewing in Mongolian anyone?', ('name', 'Batbayar Gantulga'), ('place', 'Khuiten Bag health post'), ('ssn', 'УБ84031257')),
    C('Electrician Tomasz Kaczmarek, SEP licence E/447/19/02, fell from a pylon at Bełchatów Kleszczów. Chronic pain + depression.', ('name', 'Tomasz Kaczmarek'), ('licence', 'E/447/19/02'), ('place', 'Bełchatów Kleszczów')),
    C("For autistic adults I've stopped using the standard CBT manuals. The National Autistic Society and Autistica both recommend adapted approaches; any favourite books by autistic authors?"),
    C("Pregnant clients on sertraline: the MotherToBaby service in America and the UK Teratology Information Service both say it's one of the better-studied SSRIs."),
    C('Which clinician-rated depression scale does your payer accept? Optum and Magellan keep changing rules.'),
    C("I'm trying the Safe and Sound Protocol (Porges) with a teen who has selective mutism. Unyte sells it, and the evidence is thin. Would PCIT-SM be better?"),
    C('Fax from Clínica San Vicente de Tuxtepec: pt Abigail Hernández Cruz, MRN CSV-447-2190, please return to +52 287 875 4471.', ('place', 'Clínica San Vicente de Tuxtepec'), ('name', 'Abigail Hernández Cruz'), ('medical_record', 'CSV-447-2190'), ('fax', '+52 287 875 4471')),
    C('Client Oskar Juhl asks to pay with MobilePay +45 2447 1902, Hvide Sande. Danish kroner billing ok?', ('name', 'Oskar Juhl'), ('account', '+45 2447 1902'), ('place', 'Hvide Sande')),
    C('Vortioxetine is sold as Brintellix in Europe and Trintellix in the US. Our Belgian and Dutch colleagues prescribe it more than we do in Canada.'),
    C('Equine-assisted therapy is popular in Kentucky and Texas, but the evidence base is weak. PATH International certifies practitioners; does insurance like Tricare ever cover it?'),
    C('Egyptian client Karim Abdel-Fattah detained after a protest, now in Ezbet El-Saqiya. National ID 29006120104398. Torture sequelae. Lawyer asks for a report by 15/01/2027.', ('name', 'Karim Abdel-Fattah'), ('place', 'Ezbet El-Saqiya'), ('ssn', '29006120104398'), ('date', '15/01/2027')),
    C('Bus ТХ 4471 АВ driven by Oybek Rakhimov crashed in Angren coal town, 6 students died. Moral injury in Uzbek?', ('vehicle', 'ТХ 4471 АВ'), ('name', 'Oybek Rakhimov'), ('place', 'Angren coal town')),
    C('Anyone know whether the Psychology Board of Australia accepts supervision hours from New Zealand Psychologists Board-registered supervisors? The AHPRA website is unclear.'),
    C('Moroccan earthquake survivor Fatima Ait Ouchen, douar Tikhte, Al Haouz. CIN EE471903. Lost four children. She speaks Tashelhit only. Interpreters?', ('name', 'Fatima Ait Ouchen'), ('place', 'douar Tikhte'), ('ssn', 'EE471903')),
    C("Chart KGH-DX-44719-B of Nyokabi Wairimu, Kerugoya Kagumo, mislabelled as schizophrenia; I think it's PTSD.", ('medical_record', 'KGH-DX-44719-B'), ('name', 'Nyokabi Wairimu'), ('place', 'Kerugoya Kagumo')),
    C("Reading Gabor Maté's The Myth of Normal with my consultation group. Some love it, some find the Adverse Childhood Experiences framing too deterministic. Views?"),
    C('Olga Sidorenko said her son died on 24/02/2025 near Kurakhove; anniversary approaching, she asks for an extra session.', ('name', 'Olga Sidorenko'), ('date', '24/02/2025'), ('place', 'Kurakhove')),
    C("On Sundays I facilitate a Grief Recovery group. Megan Devine's It's OK That You're Not OK and C.S. Lewis's A Grief Observed are the two books members quote the most."),
    C('Aroha Te Whetu-Rei - session cancelled on 11/11/2026, at Kaikohe Ōkaihau. She sent a goodbye text. Urgent advice.', ('name', 'Aroha Te Whetu-Rei'), ('date', '11/11/2026'), ('place', 'Kaikohe Ōkaihau')),
    C("In Japan, Morita Therapy and Naikan are still taught. Has anyone used Morita principles with Western clients who have social anxiety? Shoma Morita's book is available in English."),
    C('Just finished the ISTSS Annual Meeting recordings: the session on Written Exposure Therapy (Sloan and Marx) was excellent. Five sessions, and the VA is rolling it out.'),
    C('Centenarian Tomiko Higa, 103-sai, Ōgimi village Kijoka, reminiscence therapy with interpreter?', ('name', 'Tomiko Higa'), ('age_over_89', '103-sai'), ('place', 'Ōgimi village Kijoka')),
    C('Does anyone in Ontario know if OHIP covers psychotherapy by Registered Psychotherapists yet? CRPO members keep asking, and Sun Life and Manulife cover it only with limits.'),
    C('School counsellor e-mail counsellor@stbrigids-ballina-nsw.edu.au about Ruby Kilmartin, Lennox Head, flood anxiety. Can I reply without consent?', ('email', 'counsellor@stbrigids-ballina-nsw.edu.au'), ('name', 'Ruby Kilmartin'), ('place', 'Lennox Head')),
    C("Client-facing resource I recommend: Dr Russ Harris's ACT Companion app and the free worksheets from Psychology Tools. Both are in Spanish and German too."),
    C("Lesotho herd boy Thabo Letsie, Ha Mothibeli, stock theft attack. Phone +266 5874 2291. Can't read, needs oral consent process.", ('name', 'Thabo Letsie'), ('place', 'Ha Mothibeli'), ('phone', '+266 5874 2291')),
    C('Cochlear implant user Emilia Virtanen-Koski, processor Nucleus 8 serial 4471-9920-31, Lapinlahti Alapitkä, teen social anxiety. Sign-language interpreter needed?', ('name', 'Emilia Virtanen-Koski'), ('device', 'Nucleus 8 serial 4471-9920-31'), ('place', 'Lapinlahti Alapitkä')),
    C('Send the letter to Rue des Tanneurs 44, Malmedy 4960 for Marc Lejeune-Hansen.', ('street_address', 'Rue des Tanneurs 44'), ('place', 'Malmedy'), ('zip_code', '4960'), ('name', 'Marc Lejeune-Hansen')),
    C('Ugandan LRA abductee Okello Richard Ojok from Pabbo Camp phase II. NIN CM87041031KLPQ. Now drives a boda-boda, reg UFB 447K. Flashbacks on the road.', ('name', 'Okello Richard Ojok'), ('place', 'Pabbo Camp phase II'), ('ssn', 'CM87041031KLPQ'), ('vehicle', 'UFB 447K')),
    C('Psychological first aid from the WHO and the IFRC is great for the first weeks. After that, what do people use? SPR (Skills for Psychological Recovery) from the National Center for PTSD?'),
    C('For nightmares: Imagery Rehearsal Therapy (Krakow) plus prazosin (Minipress) if the psychiatrist agrees. The Raskind trial in the New England Journal of Medicine made many of us less confident about prazosin.'),
    C("Does your EAP cap sessions at six? ComPsych, Lyra Health and Spring Health all differ, and clients are confused when Cigna's behavioral network refers them on."),
    C('Wellbutrin (bupropion) helps some clients who had sexual side effects on Zoloft. Our Kaiser Permanente pharmacy switched generics and clients noticed a difference.'),
    C('Please note birth date 5 Rajab 1402 (Hijri) for client Hassan Al-Harbi, Unaizah Al-Salhiyah, migraine and depression.', ('date', '5 Rajab 1402'), ('name', 'Hassan Al-Harbi'), ('place', 'Unaizah Al-Salhiyah')),
    C("Supervisors: how do you teach the Socratic method from Padesky's work? Mind Over Mood (Greenberger and Padesky) second edition has great thought records for trainees."),
    C('Supervisor, clinicallead@hauora-tairawhiti.nz keeps CC-ing client Wiremu Horomona from Tikapa kāinga. Privacy breach?', ('email', 'clinicallead@hauora-tairawhiti.nz'), ('name', 'Wiremu Horomona'), ('place', 'Tikapa kāinga')),
    C("Schema Therapy training in Dutch or English? The International Society of Schema Therapy lists several accredited programmes, and Jeffrey Young's Reinventing Your Life is still my go-to client book."),
    C('Estonian client Kristjan Tamm-Lõhmus, isikukood 38706140275, works night shifts at the Vaivara oil-shale mine. Gambling on https://www.olybet.ee/u/kristjan_kaevur. Approaches to online betting in Baltic men?', ('name', 'Kristjan Tamm-Lõhmus'), ('ssn', '38706140275'), ('place', 'Vaivara oil-shale mine'), ('url', 'https://www.olybet.ee/u/kristjan_kaevur')),
    C('Who else uses Daylio or Bearable for mood tracking? Apple Health and Fitbit data are also handy for sleep, but HIPAA coverage is unclear for consumer apps.'),
    C('For psychosis in Ghana and Nigeria, prayer camps are common. The Mental Health Authority in Ghana has guidelines, and BasicNeeds and CBM Global work on human rights.'),
    C("The Gender Identity Development Service closure and the Cass Review have unsettled many families. NHS England's new regional services have long waits. How are you supporting parents?"),
    C('Senegalese pirogue survivor Moustapha Ndiaye from Thiaroye-sur-Mer. CNI 1 751 1990 02419. Orange Money 77 418 20 93 used by smugglers. Guilt over the drowned.', ('name', 'Moustapha Ndiaye'), ('place', 'Thiaroye-sur-Mer'), ('ssn', '1 751 1990 02419'), ('account', '77 418 20 93')),
    C('The Kessler K10 is standard in Australian general practice, and the K6 in the National Survey of Drug Use and Health. Which do you use for quick screening?'),
    C("Clients using Calm, Headspace and Insight Timer often drop off after two weeks. I suggest pairing a meditation with an existing habit, per James Clear's Atomic Habits."),
    C('Nicaraguan political exile Félix Alemán Sandino in Costa Rica, stripped of nationality. Phone +506 8447 2193. E-mail felixalemans@protonmail.com.', ('name', 'Félix Alemán Sandino'), ('phone', '+506 8447 2193'), ('email', 'felixalemans@protonmail.com')),
    C('The Trauma Resiliency Model from the Trauma Resource Institute has a free iChill app. Has anyone used it in Haiti, Puerto Rico or the Philippines after hurricanes?'),
    C("Cambodian landmine amputee Sok Pheap, Phum O'Chrov, ID 120447183. Wheelchair Motivation Rough Terrain RT-9041. Phone +855 12 447 093.", ('name', 'Sok Pheap'), ('place', "Phum O'Chrov"), ('ssn', '120447183'), ('device', 'Motivation Rough Terrain RT-9041'), ('phone', '+855 12 447 093')),
    C('quick q - client temirlan ospanov from aul kosagash keeps missing sessions, his phone +7 701 448 2913 goes to voicemail. do i do a welfare check or wait', ('name', 'temirlan ospanov'), ('place', 'aul kosagash'), ('phone', '+7 701 448 2913')),
    C("Lithuanian teen Gabija Petrauskaitė self-harm after a deepfake at Rūdiškių gymnasium. Mum's phone +370 612 90 447. School wants a joint meeting.", ('name', 'Gabija Petrauskaitė'), ('place', 'Rūdiškių gymnasium'), ('phone', '+370 612 90 447')),
    C('Referral from Kyzylorda oblast: Aigerim Sadvakasova, 34, survivor of the 2022 January unrest, seen at Zhanakorgan Aul Clinic. ID (IIN) 880412 450 917. Nightmares, startle. Any Kazakh-speaking trauma therapists?', ('name', 'Aigerim Sadvakasova'), ('place', 'Zhanakorgan Aul Clinic'), ('ssn', '880412 450 917')),
    C('Uruguayan dictatorship political prisoner Washington Olivera, Cerro Norte, cédula 1.447.219-3. Late-life PTSD after finding records.', ('name', 'Washington Olivera'), ('place', 'Cerro Norte'), ('ssn', '1.447.219-3')),
    C("client b. 30.06.1934 - Anneliese Grünwald, zweiundneunzig, Pflegeheim Sankt Florian am Inn. Refuses food since husband's death.", ('date', '30.06.1934'), ('name', 'Anneliese Grünwald'), ('age_over_89', 'zweiundneunzig'), ('place', 'Pflegeheim Sankt Florian am Inn')),
    C("Our clinic celebrates Black History Month in February and Mental Health Awareness Week in May. Last year the Mental Health Foundation's theme was anxiety."),
    C("Are there trauma-informed yoga teachers who accept referrals on Fridays? David Emerson's book Overcoming Trauma through Yoga is the standard, and TCTSY trainers are certified through the Trauma Center."),
    C("Reading Irvin Yalom's The Theory and Practice of Group Psychotherapy for the fifth time. The chapter on the therapeutic factors is still the best thing I know for new group leaders."),
    C('Peruvian Ayacucho forced sterilisation survivor Victoria Quispe Huamaní, anexo Huaychao, DNI 28470193. Reparations hearing 3 de marzo de 2027.', ('name', 'Victoria Quispe Huamaní'), ('place', 'anexo Huaychao'), ('ssn', '28470193'), ('date', '3 de marzo de 2027')),
    C('Pharmacist Mercy Asante-Boateng (PC Ghana reg PCGH-4471-RPH) in Kintampo Babato, robbed twice. PTSD.', ('name', 'Mercy Asante-Boateng'), ('licence', 'PCGH-4471-RPH'), ('place', 'Kintampo Babato')),
    C('Old abuser of Sigrun Ellefsen tracks her through 80.212.44.71, she moved to Vardø Østervågen. Stalkerware check steps?', ('name', 'Sigrun Ellefsen'), ('ip_address', '80.212.44.71'), ('place', 'Vardø Østervågen')),
    C('Jamaican client Shanique Campbell-Brown, Rockfort Mountain View, TRN 114-471-902. Lottery-scam threats. NHF card NHF 44719021.', ('name', 'Shanique Campbell-Brown'), ('place', 'Rockfort Mountain View'), ('ssn', '114-471-902'), ('health_plan', 'NHF 44719021')),
    C('Slovak Roma mother Žaneta Horváthová from the Jarovnice osada - child removal threat. Rodné číslo 925718/6614. Social worker e-mail s.kralova@upsvar-sabinov.sk. Advocacy vs therapy?', ('name', 'Žaneta Horváthová'), ('place', 'Jarovnice osada'), ('ssn', '925718/6614'), ('email', 's.kralova@upsvar-sabinov.sk')),
    C('Galician percebe diver Xosé Manuel Souto from Corme Porto, nearly drowned, boat 3ª-CO-2-4187. Panic at sea since. DNI 35784102K.', ('name', 'Xosé Manuel Souto'), ('place', 'Corme Porto'), ('vehicle', '3ª-CO-2-4187'), ('ssn', '35784102K')),
    C('pls call back Ayşegül Demirtaş re her son, at Sarıyer Kumköy mahallesi, she gave fax +90 212 201 4473 for the school report', ('name', 'Ayşegül Demirtaş'), ('place', 'Sarıyer Kumköy mahallesi'), ('fax', '+90 212 201 4473')),
    C("Catholic and Orthodox clients often feel shame about divorce around Easter and Christmas. Has anyone used Everett Worthington's REACH Forgiveness model in Spanish or Greek?"),
    C('Fijian rugby player Semi Ravulo, Naitasiri Nausori Highlands Koro Navunibua, concussion, gambling on https://www.sportsbet.com.au/profile/semiR447.', ('name', 'Semi Ravulo'), ('place', 'Naitasiri Nausori Highlands Koro Navunibua'), ('url', 'https://www.sportsbet.com.au/profile/semiR447')),
    C('Kaie Saar, Rüütli 7-3, Pärnu Rannarajoon 80011, eating disorder, ballerina.', ('name', 'Kaie Saar'), ('street_address', 'Rüütli 7-3'), ('place', 'Pärnu Rannarajoon'), ('zip_code', '80011')),
    C('Okinawan US base assault survivor Chinen Mariko, Kin-chō Igei, My Number 4471 9920 3387. Media exposure re-traumatizing.', ('name', 'Chinen Mariko'), ('place', 'Kin-chō Igei'), ('ssn', '4471 9920 3387')),
    C('My client, a retired Slovak miner called Jozef Hlinka-Mrva, is 91 and a bit and lives in a tiny house at Banícka 12, Handlová 972 51. He uses an oxygen concentrator (Philips EverFlo s/n EF4471902) and says the hum keeps him awake, which makes him think about the men who died in the 2009 explosion. Any ideas for late-life trauma work at home?', ('name', 'Jozef Hlinka-Mrva'), ('age_over_89', '91 and a bit'), ('street_address', 'Banícka 12'), ('place', 'Handlová'), ('zip_code', '972 51'), ('device', 'Philips EverFlo s/n EF4471902')),
    C("I run a peer group for fathers and one member, Brendan Ó Súilleabháin, posted the others' first names on his public blog https://dadsgrieve.ie/blog/tuesday-group. He lives at 7 Bóthar an Chalaidh, An Rinn, X35 YK47. The other men are upset. How would you repair this in the group?", ('name', 'Brendan Ó Súilleabháin'), ('url', 'https://dadsgrieve.ie/blog/tuesday-group'), ('street_address', '7 Bóthar an Chalaidh'), ('place', 'An Rinn'), ('zip_code', 'X35 YK47')),
    C("The Mental Capacity Act 2005 and the Mental Health Act 1983 interact awkwardly for people with anorexia. Has anyone read the Court of Protection judgments and the Royal College's MEED guidance?"),
    C('Practice question: can I bill 90837 and 90785 together for a session with an interpreter? UnitedHealthcare denied it, but Kaiser Permanente paid.'),
    C('Canadian Inuit youth Joanasie Akulukjuk, hamlet of Iqalujjuaq, after three suicides in the hamlet. NU health card NU 4471 9021 3. Video only.', ('name', 'Joanasie Akulukjuk'), ('place', 'hamlet of Iqalujjuaq'), ('health_plan', 'NU 4471 9021 3')),
    C("I've started using the International Trauma Questionnaire instead of the PCL-5 because it separates PTSD from Complex PTSD. Are there translations in Portuguese, Farsi and Swahili?"),
    C('Mozambican Cabo Delgado displaced Assane Momade, bairro Eduardo Mondlane, Metuge. BI 110104728391B. Beheadings witnessed. Group therapy in Makua?', ('name', 'Assane Momade'), ('place', 'bairro Eduardo Mondlane, Metuge'), ('ssn', '110104728391B')),
    C('The Rorschach? Not in my practice. I use the MMPI-3 and the PAI for forensic reports. The American Board of Forensic Psychology has clear guidelines on test selection.'),
    C('Tapering benzodiazepines with the Ashton Manual (Heather Ashton) still works. Switching from Xanax to Valium makes the long taper easier; the Benzodiazepine Information Coalition has resources.'),
    C('Tuğba Erdem is being referred from Dikili Çandarlı Aile Sağlığı Merkezi by fax (0232) 673 44 19; bereaved after the boat sinking.', ('name', 'Tuğba Erdem'), ('place', 'Dikili Çandarlı Aile Sağlığı Merkezi'), ('fax', '(0232) 673 44 19')),
    C('Case EKH-4471/26 - Valentina Rossi-Bianchi from Cortina San Vito, avalanche search dog handler, lost her dog and a skier.', ('medical_record', 'EKH-4471/26'), ('name', 'Valentina Rossi-Bianchi'), ('place', 'Cortina San Vito')),
    C('Does anyone use the Strengths and Difficulties Questionnaire in Arabic with Syrian refugee families? The Youth in Mind website has translations, and UNICEF programmes use it.'),
    C('Hearing aids Phonak Audéo L90 s/n 2247-190-AB keep failing for Gunnhild Strand-Berge, 96 år, at Fjellheimen sjukeheim. Isolation, low mood. Group sessions?', ('device', 'Phonak Audéo L90 s/n 2247-190-AB'), ('name', 'Gunnhild Strand-Berge'), ('age_over_89', '96 år'), ('place', 'Fjellheimen sjukeheim')),
    C("Kristin Neff's Self-Compassion Scale and Chris Germer's Mindful Self-Compassion programme are helping my perfectionist students in Japan and Korea, especially during exam season in December."),
    C('Sicilian migrant rescue volunteer Giusy Lo Presti, Contrada Cala Pisana, vicarious trauma. Codice fiscale LPRGSY88E51A089T. Her Instagram instagram.com/giusy_mare_aperto posts bodies.', ('name', 'Giusy Lo Presti'), ('place', 'Contrada Cala Pisana'), ('ssn', 'LPRGSY88E51A089T'), ('url', 'instagram.com/giusy_mare_aperto')),
    C("Azamat Dzhumabaev's prosthetic arm (Ottobock bebionic BN-447190) came from a clinic in the capital after the border clash at Dostuk checkpoint village. Phantom pain and anger.", ('name', 'Azamat Dzhumabaev'), ('device', 'Ottobock bebionic BN-447190'), ('place', 'Dostuk checkpoint village')),
    C('Rohan Jayasuriya, No. 47/2, Temple Road, Nugegoda Pagoda, 10250. Post-war anxiety.', ('name', 'Rohan Jayasuriya'), ('street_address', 'No. 47/2, Temple Road'), ('place', 'Nugegoda Pagoda'), ('zip_code', '10250')),
    C('Lurasidone (Latuda) in adolescents with bipolar depression: approved by the FDA for ages ten and up. The EMA approval is for schizophrenia only.'),
    C('Hawaiian fire survivor Kainoa Kaʻaihue, Lahaina Kahoma Village, lost his boat HA 4471 E. QUEST QUEST-447192081.', ('name', 'Kainoa Kaʻaihue'), ('place', 'Lahaina Kahoma Village'), ('vehicle', 'HA 4471 E'), ('health_plan', 'QUEST-447192081')),
    C('Malaysian Sabah stateless youth Jumadil bin Hassan, Kampung Numbak water village, no MyKad, UNHCR card UNHCR-KUL-14-C04471. Depression, no school.', ('name', 'Jumadil bin Hassan'), ('place', 'Kampung Numbak water village'), ('account', 'UNHCR-KUL-14-C04471')),
    C('Self-harm among Muslim adolescents in Britain: the Muslim Youth Helpline and Inspirited Minds are good partners. Any Urdu or Bengali resources you recommend?'),
    C("Mississippi water-crisis mother Tameka Washington, 2311 Livingston Rd, Georgetown neighborhood 39213. SSN 427-44-7190. Kids' lead levels.", ('name', 'Tameka Washington'), ('street_address', '2311 Livingston Rd'), ('place', 'Georgetown neighborhood'), ('zip_code', '39213'), ('ssn', '427-44-7190')),
    C('Consultation: Ousmane Diop Faye, a retired teacher, 96 ans et deux mois, living in HLM Grand Yoff cité 4, has started refusing his dialysis at Centre de Dialyse Keur Massar. His son sends me voice notes from +221 77 447 19 38. Capacity, culture and the family - where do I stand as the therapist?', ('name', 'Ousmane Diop Faye'), ('age_over_89', '96 ans et deux mois'), ('place', 'HLM Grand Yoff cité 4'), ('place', 'Centre de Dialyse Keur Massar'), ('phone', '+221 77 447 19 38')),
    C('Dump truck TAS-447H driver Reza Moradi at Golgohar mine town, saw a colleague crushed.', ('vehicle', 'TAS-447H'), ('name', 'Reza Moradi'), ('place', 'Golgohar mine town')),
    C('Are there Tamil or Sinhala versions of the PHQ-9 and GAD-7? Pfizer made translations freely available, and Sri Lankan colleagues validated some of them.'),
    C('Icelandic fisherman Sigurður Hallgrímsson lost his crewmate off Grímsey. His boat EA-412 Sólborg is tied up. Kennitala 120478-3299. Survivor guilt, no sleep.', ('name', 'Sigurður Hallgrímsson'), ('place', 'Grímsey'), ('vehicle', 'EA-412 Sólborg'), ('ssn', '120478-3299')),
    C('File MSF-OCB-4471-DZ for Hawa Diallo in Gao Château quarter, rape survivor. MSF asks for remote supervision.', ('medical_record', 'MSF-OCB-4471-DZ'), ('name', 'Hawa Diallo'), ('place', 'Gao Château quarter')),
    C('Turkish earthquake rescuer Mehmet Ali Karakuş from Nurdağı, TC kimlik 41870263552, flashbacks of the rubble, drinking. His psychiatrist at Gaziantep Şehitkamil uses fax +90 342 318 4417.', ('name', 'Mehmet Ali Karakuş'), ('place', 'Nurdağı'), ('ssn', '41870263552'), ('place', 'Gaziantep Şehitkamil'), ('fax', '+90 342 318 4417')),
    C('Nikos Theodorakis-Lambrou lives at Odos Thiseos 17, Chora Kythnos 84006; island isolation.', ('name', 'Nikos Theodorakis-Lambrou'), ('street_address', 'Odos Thiseos 17'), ('place', 'Chora Kythnos'), ('zip_code', '84006')),
    C('Guilt after euthanasia requests: colleagues in Belgium, Canada and the Netherlands see MAID or euthanasia for psychiatric conditions. The Canadian Psychiatric Association has a position statement.'),
    C('Bruneian client Hajah Nurul Aqilah binti Haji Osman, Kampong Ayer Sungai Kedayan, IC 01-447219. Conversion to Islam conflicts in family.', ('name', 'Hajah Nurul Aqilah binti Haji Osman'), ('place', 'Kampong Ayer Sungai Kedayan'), ('ssn', '01-447219')),
    C('Is it ethical to accept a gift card at Christmas? The APA Ethics Code says little about small gifts, while the BPS guidance and the Psychological Society of Ireland are stricter.'),
    C('Magdalena Novák prepaid sessions from IBAN SK31 1200 0000 1987 4263 7541, lives Hlavná 44, Spišská Belá 059 01. Refund question after she quit.', ('name', 'Magdalena Novák'), ('account', 'SK31 1200 0000 1987 4263 7541'), ('street_address', 'Hlavná 44'), ('place', 'Spišská Belá'), ('zip_code', '059 01')),
    C('Crisis planning around Thanksgiving for clients estranged from family: I often use the Stanley-Brown Safety Planning Intervention and recommend the 988 Suicide & Crisis Lifeline and the Trevor Project.'),
    C('My caseload has many clients on Suboxone. SAMHSA now allows take-homes more flexibly, and I want to integrate Contingency Management. Does anyone use the DynamiCare app?'),
    C('New Zealand Māori whānau: Hemi Te Rangi Pōmare, Ruatoria marae, after Cyclone Gabrielle. NHI ZHK4471. Kaupapa Māori therapists please.', ('name', 'Hemi Te Rangi Pōmare'), ('place', 'Ruatoria marae'), ('health_plan', 'ZHK4471')),
    C('Trinidad client Vishnu Ramkissoon, LP 47 Sangre Chiquito Road, Tabaquite. ID 19790412044. His taxi HBK 4471 was robbed at gunpoint.', ('name', 'Vishnu Ramkissoon'), ('street_address', 'LP 47 Sangre Chiquito Road'), ('place', 'Tabaquite'), ('ssn', '19790412044'), ('vehicle', 'HBK 4471')),
    C('Truck driver Ruslan Sadykov, CDL KZ-C-0447192, crashed on the Shchuchinsk bypass, two dead. Driving again?', ('name', 'Ruslan Sadykov'), ('licence', 'KZ-C-0447192'), ('place', 'Shchuchinsk bypass')),
    C('Assamese client Bikash Gogoi excluded from the NRC list, Dhakuakhana Bahgora gaon, terrified of detention. Aadhaar 7720 4418 9134. Supportive therapy ideas?', ('name', 'Bikash Gogoi'), ('place', 'Dhakuakhana Bahgora gaon'), ('ssn', '7720 4418 9134')),
    C('South African client Thandeka Mahlangu, Mamelodi East ext 18, hijacking survivor. ID 9004120847083. Car was CA 447-291. Discovery Health DH-7741093.', ('name', 'Thandeka Mahlangu'), ('place', 'Mamelodi East ext 18'), ('ssn', '9004120847083'), ('vehicle', 'CA 447-291'), ('health_plan', 'DH-7741093')),
    C("Farida Yusupova's car 01 447 RBA was set on fire outside Chilanzar kvartal 14. Domestic violence, husband's family.", ('name', 'Farida Yusupova'), ('vehicle', '01 447 RBA'), ('place', 'Chilanzar kvartal 14')),
    C('Our Jewish and Muslim clients ask about halal and kosher gelatine in capsules like Prozac. Islamic scholars and rabbinic authorities differ on it.'),
    C("Plate GR 4471-AK - Kwabena Osei-Tutu Darko, Ashaiman Lebanon zone 4, hit a child, acquitted, can't forgive himself.", ('vehicle', 'GR 4471-AK'), ('name', 'Kwabena Osei-Tutu Darko'), ('place', 'Ashaiman Lebanon zone 4')),
    C("IPv6 from the hospital guest wifi 2001:db8:44:71::a1 - that's where Léa Fontaine logs in from CHU Pointe-à-Pitre annex Les Abymes. Privacy of teletherapy in hospitals?", ('ip_address', '2001:db8:44:71::a1'), ('name', 'Léa Fontaine'), ('place', 'CHU Pointe-à-Pitre annex Les Abymes')),
    C('Could someone take over Orsolya Vámosi? She moved to Balatonkenese and her new GP fax is +36 88 481 7720. Hospital chart VMK 2022/44719.', ('name', 'Orsolya Vámosi'), ('place', 'Balatonkenese'), ('fax', '+36 88 481 7720'), ('medical_record', 'VMK 2022/44719')),
    C('In Germany, psychotherapy is covered by gesetzliche Krankenversicherung after probatorische Sitzungen. Does anyone know how Techniker Krankenkasse handles sessions abroad in Austria?'),
    C('The Adverse Childhood Experiences questionnaire is useful but blunt. Vincent Felitti and Robert Anda never intended it as an individual screening tool, and the CDC says the same.'),
    C('My client Ilija Stojanovski was doxxed; his address Bul. Partizanski Odredi 447, Karpoš 4 was posted from 95.180.44.219. Panic attacks since.', ('name', 'Ilija Stojanovski'), ('street_address', 'Bul. Partizanski Odredi 447'), ('place', 'Karpoš 4'), ('ip_address', '95.180.44.219')),
    C('Client Kofi Dzamesi wears an insulin pump (Medtronic 780G SN NG4471902H) and has diabulimia. Lives in Anloga Woe junction. Eating-disorder + diabetes team?', ('name', 'Kofi Dzamesi'), ('device', 'Medtronic 780G SN NG4471902H'), ('place', 'Anloga Woe junction')),
    C("Our training programme covers Carl Rogers's core conditions, Winnicott's holding environment and Bowlby's attachment theory in the first term, then Beck and Ellis in spring."),
    C('The Friendship Bench (Dixon Chibanda) from Zimbabwe is inspiring. Has anyone seen adaptations for Malawi or Tanzania?'),
    C('Sardinian shepherd Bachisio Piras, Sa Costa di Oliena, kidnapped in the 90s, late-onset PTSD at 71. Tessera sanitaria 80380 0000 4471 2266. Italian CBT resources?', ('name', 'Bachisio Piras'), ('place', 'Sa Costa di Oliena'), ('health_plan', '80380 0000 4471 2266')),
    C('Dr Yusuf Ertürk (diploma reg TTB-447192) at Hakkari Yüksekova Devlet - burnout. He is the only psychiatrist in 200 km.', ('name', 'Yusuf Ertürk'), ('licence', 'TTB-447192'), ('place', 'Hakkari Yüksekova Devlet')),
    C('Zimbabwean cyclone Idai survivor Tendai Chikomba, Kopa growth point, Chimanimani. National ID 63-2284719 W 44. Mudslide took his parents.', ('name', 'Tendai Chikomba'), ('place', 'Kopa growth point'), ('place', 'Chimanimani'), ('ssn', '63-2284719 W 44')),
    C('Austrian client Johanna Pfeifenberger, 97 Jahre alt, widow, in Seniorenheim Lungau-Mauterndorf room 14. Sozialversicherungsnummer 4127 110429. Depression or early dementia?', ('name', 'Johanna Pfeifenberger'), ('age_over_89', '97 Jahre alt'), ('place', 'Seniorenheim Lungau-Mauterndorf'), ('ssn', '4127 110429')),
    C('Colombian ex-FARC combatant Yeison Andrés Mosquera, ETCR Pondores, cédula 1.084.472.913. Reincorporation stress. ARN case ARN-2017-44719.', ('name', 'Yeison Andrés Mosquera'), ('place', 'ETCR Pondores'), ('ssn', '1.084.472.913'), ('account', 'ARN-2017-44719')),
    C('How are colleagues handling Diwali and Lunar New Year scheduling for clients with eating disorders? Family meals are intense, and the EDE-Q scores go up each November and February.'),
    C('Pakistani flood survivor Shazia Bibi, Goth Allah Dino, Dadu, CNIC 41204-7740183-4. Lost her infant. Sehat card SC-41204-77401.', ('name', 'Shazia Bibi'), ('place', 'Goth Allah Dino, Dadu'), ('ssn', '41204-7740183-4'), ('health_plan', 'SC-41204-77401')),
    C('Vietnamese Agent Orange family: Nguyễn Thị Lụa cares for two disabled sons in xã Cam Nghĩa. CCCD 044187002319. Caregiver burnout.', ('name', 'Nguyễn Thị Lụa'), ('place', 'xã Cam Nghĩa'), ('ssn', '044187002319')),
    C('We are moving from Zoom to Doxy.me for teletherapy because of HIPAA concerns. Does anyone have a consent template that covers GDPR too, for clients who spend summers in Germany or Portugal?'),
    C('Akosua Sarpong-Duah, H/No. 447 Atonsu Agogo Rd, Kumasi Atonsu, AK-447-1902. Widowhood rites distress.', ('name', 'Akosua Sarpong-Duah'), ('street_address', 'H/No. 447 Atonsu Agogo Rd'), ('place', 'Kumasi Atonsu'), ('zip_code', 'AK-447-1902')),
    C("I'm running a Bereaved by Suicide group with materials from the charity Support After Suicide Partnership. The Help is at Hand booklet is a great handout."),
    C('Hospital no. HN 447-19-02 - Arjun Nambiar Kurup, Pettah Trivandrum, student overdose. ER asks us for follow-up.', ('medical_record', 'HN 447-19-02'), ('name', 'Arjun Nambiar Kurup'), ('place', 'Pettah Trivandrum')),
    C('Seasonal affective disorder in Norway and Iceland: light therapy boxes, vitamin D, and CBT-SAD from Kelly Rohan. Does anyone prescribe Wellbutrin XL preventively in October?'),
    C("Our Welsh-language services are limited. The Welsh Government's Together for Mental Health strategy promised more, and Mind Cymru does its best. How do bilingual therapists manage?"),
    C('Domestic abuse in Australia: 1800RESPECT, Lifeline and the Orange Door are the main routes. Safe Steps in Victoria has a 24-hour line.'),
    C('The Trevor Project, Mermaids and Switchboard are my go-to resources for LGBTQ+ youth. Pride Month in June is lovely but also a peak time for family conflict.'),
    C('His truck KZ 447 AEK 02 was impounded; Serik Baimukhanov, Zhetysay, now unemployed and drinking.', ('vehicle', 'KZ 447 AEK 02'), ('name', 'Serik Baimukhanov'), ('place', 'Zhetysay')),
    C("Venlafaxine (Effexor XR) discontinuation is brutal. Horowitz and Taylor's Deprescribing Guidelines book is excellent for tapering schedules."),
    C('Narrative therapy (Michael White and David Epston) works beautifully with my Māori and Pasifika clients in Aotearoa New Zealand; externalising fits Te Whare Tapa Whā better than CBT worksheets.'),
    C("Nurse Mairéad Ní Bhriain's NMBI PIN NMBI 447192 - she fears losing it after a drug error at Carndonagh Community Hospital. Shame spiral.", ('name', 'Mairéad Ní Bhriain'), ('licence', 'NMBI 447192'), ('place', 'Carndonagh Community Hospital')),
    C('Portuguese wildfire firefighter Tiago Rebelo from Pedrógão aldeia de Vila Facaia, NIF 231 904 587, SNS user no. 284 710 933. Moral injury after the 2017 road deaths.', ('name', 'Tiago Rebelo'), ('place', 'Pedrógão aldeia de Vila Facaia'), ('ssn', '231 904 587'), ('health_plan', '284 710 933')),
    C("Kalani Kaleikini-Pua's mother passed Aug 3rd 2026 in Waiʻanae Nānākuli. Hawaiian grieving customs?", ('name', 'Kalani Kaleikini-Pua'), ('date', 'Aug 3rd 2026'), ('place', 'Waiʻanae Nānākuli')),
    C('Ana Lúcia Tavares Pix key ana.tavares.vale@pix.bb, Brumadinho Córrego do Feijão, dam collapse mourning.', ('name', 'Ana Lúcia Tavares'), ('account', 'ana.tavares.vale@pix.bb'), ('place', 'Brumadinho Córrego do Feijão')),
    C('Our clinic (Tapolca Lélekhíd Rendelő) gets faxes meant for another team. Today one about Kristóf Dévai, DOB 1991.08.14, fax header 06 87 512 440. What to do with misdirected PHI?', ('place', 'Tapolca Lélekhíd Rendelő'), ('name', 'Kristóf Dévai'), ('date', '1991.08.14'), ('fax', '06 87 512 440')),
    C("Punjab farmer suicides: Gurpreet Singh Sandhu's widow, Harjinder Kaur, pind Kotra Kalan, Aadhaar 4471 8820 3916. Debt to arhtiya. Grief plus finances.", ('name', 'Gurpreet Singh Sandhu'), ('name', 'Harjinder Kaur'), ('place', 'pind Kotra Kalan'), ('ssn', '4471 8820 3916')),
    C('Malagasy cyclone family: Rakotondrabe Hery Lalaina, fokontany Ambohimarina, lost rice fields. CIN 101 211 047 728. Phone +261 34 47 210 88.', ('name', 'Rakotondrabe Hery Lalaina'), ('place', 'fokontany Ambohimarina'), ('ssn', '101 211 047 728'), ('phone', '+261 34 47 210 88')),
    C('Mexican Oaxaca Triqui displaced Florentina Martínez Ramírez, San Juan Copala barrio Yosoyuxi, CURP MARF830412MOCRMR05. Paramilitary violence.', ('name', 'Florentina Martínez Ramírez'), ('place', 'San Juan Copala barrio Yosoyuxi'), ('ssn', 'MARF830412MOCRMR05')),
    C('Has anyone compared Trintellix with Lexapro for older adults who complain of emotional blunting? The NICE guideline on depression is vague, and the Royal College of Psychiatrists leaflet only mentions SSRIs in general.'),
    C('Motivational Interviewing (Miller and Rollnick) fourth edition is much better than the third on the spirit of MI. Our Australian team is reading it alongside the AHPRA code of conduct this February.'),
    C('The DSM-5-TR added Prolonged Grief Disorder, and ICD-11 has it too with a six-month threshold. How are American insurers like Aetna and Cigna responding to claims under F43.81?'),
    C('Collaborative Assessment and Management of Suicidality (CAMS, David Jobes) versus the Stanley-Brown plan: our supervisor in Colorado now wants CAMS documentation.'),
    C('Old-school GP in Carhaix-Plouguer faxes everything: 02 98 93 44 71. Patient Gwenaëlle Le Bihan, post-partum panic.', ('place', 'Carhaix-Plouguer'), ('fax', '02 98 93 44 71'), ('name', 'Gwenaëlle Le Bihan')),
    C('If you are EMDRIA Certified, do you find the Consultant requirements reasonable? EMDR Canada and EMDR UK have different rules, and the Standard Protocol still varies by trainer.'),
    C('Refugee cash card WFP-SCOPE 4471902283 of Amina Abdikarim Yusuf, Kakuma 4 block 12, stolen. Hopelessness.', ('account', 'WFP-SCOPE 4471902283'), ('name', 'Amina Abdikarim Yusuf'), ('place', 'Kakuma 4 block 12')),
    C('Salvatore Inguscio, Via Castromediano 12, Galatone 73048, olive tree blight ruined his farm, depression.', ('name', 'Salvatore Inguscio'), ('street_address', 'Via Castromediano 12'), ('place', 'Galatone'), ('zip_code', '73048')),
    C('Assessing capacity in dementia: the Mental Capacity Act Code of Practice and the ACE-III. Lewy body dementia complicates everything.'),
    C('Cameroon Anglophone crisis: Ngwa Emmanuel Tangwa, Bui division Kumbo quarter Tobin, burned house. ID CE112847390. Hiding in the bush for months.', ('name', 'Ngwa Emmanuel Tangwa'), ('place', 'Bui division Kumbo quarter Tobin'), ('ssn', 'CE112847390')),
    C('Mauritius: Priya Ramgoolam-Dookhun from Triolet village council area, lives Royal Road, Morc. Bissessur, Triolet. ID R140587300471C. Postpartum OCD.', ('name', 'Priya Ramgoolam-Dookhun'), ('place', 'Triolet village council area'), ('street_address', 'Royal Road, Morc. Bissessur'), ('place', 'Triolet'), ('ssn', 'R140587300471C')),
    C('Serbian NATO bombing survivor Dragana Milovanović, born 1963-05-30, JMBG 3005963715049, lives in Grdelica gorge hamlet. Anniversary reactions every March.', ('name', 'Dragana Milovanović'), ('date', '1963-05-30'), ('ssn', '3005963715049'), ('place', 'Grdelica gorge hamlet')),
    C('Neurofeedback claims are wild. The International Society for Neuroregulation and Research is enthusiastic, but the Cochrane reviews for ADHD are unconvincing.'),
    C('For hoarding I rely on Buried in Treasures by Tolin, Frost and Steketee. The International OCD Foundation has a Hoarding Center with free resources.'),
    C('Midwife Nomvula Khoza, SANC SANC 15830274, Ga-Rankuwa zone 16, stillbirth blame at work.', ('name', 'Nomvula Khoza'), ('licence', 'SANC 15830274'), ('place', 'Ga-Rankuwa zone 16')),
    C('Finnish reindeer-farm widow, Aili Kangasniemi, 91 years, 4 months, lives alone at Pohjantie 14, Sirkkakoski 99138. Hetu 150635-318K. Grief work with the very old - tips?', ('name', 'Aili Kangasniemi'), ('age_over_89', '91 years, 4 months'), ('street_address', 'Pohjantie 14'), ('place', 'Sirkkakoski'), ('zip_code', '99138'), ('ssn', '150635-318K')),
    C('Manitoba flood-displaced First Nation member Clarence Traverse, Lake St. Martin reserve, treaty status no. 2740447103. Evacuated for 8 years.', ('name', 'Clarence Traverse'), ('place', 'Lake St. Martin reserve'), ('account', '2740447103')),
    C('Thoughts on the Power Threat Meaning Framework (Johnstone and Boyle) from the BPS Division of Clinical Psychology? Some colleagues in Wales and Scotland find it more humane than DSM diagnoses.'),
    C('Japanese hikikomori son, Satō Kenta, 38, Ōtsuchi-chō Kirikiri, post-tsunami. Mother calls from 0193-44-7219. Home visits ethics?', ('name', 'Satō Kenta'), ('place', 'Ōtsuchi-chō Kirikiri'), ('phone', '0193-44-7219')),
    C('who do i refer to? tama pouono posts on facebook.com/tama.pouono.447, faleasiu village, gang and meth.', ('name', 'tama pouono'), ('url', 'facebook.com/tama.pouono.447'), ('place', 'faleasiu village')),
    C('Veteran Kestutis Petronis, pension acct LT12 1000 0111 0100 1000, Rukla garrison town, Afghanistan deployment. Gambling the pension.', ('name', 'Kestutis Petronis'), ('account', 'LT12 1000 0111 0100 1000'), ('place', 'Rukla garrison town')),
    C('I was sent a CPAP compliance report for Arnar Þórðarson - device ResMed AirSense 11 SN 23224471902 - from Heilsugæslan Hvolsvelli. Sleep apnoea and mood, any good combined protocols?', ('name', 'Arnar Þórðarson'), ('device', 'ResMed AirSense 11 SN 23224471902'), ('place', 'Heilsugæslan Hvolsvelli')),
    C("Reminder for the UK folk: BACP's Ethical Framework was updated and the HCPC standards of conduct apply separately if you are also a registered Practitioner Psychologist."),
    C('Which credentialing platforms do you use? CAQH ProView with Aetna, Anthem and Humana is painful. Alma and Headway promise to handle it but take a cut.'),
    C("Greenlandic young man Malik Lyberth, Kangerluarsuk settlement, after a cousin's suicide. CPR 210399-4417. Only satellite link at 10.44.208.17 for video. How to do safety planning remotely?", ('name', 'Malik Lyberth'), ('place', 'Kangerluarsuk settlement'), ('ssn', '210399-4417'), ('ip_address', '10.44.208.17')),
    C('The forum https://forum.veterans-ua.org/u/dnipro_sapper belongs to my client Vasyl Kravets, Pokrovske selyshche. He posts rage. Risk to others?', ('url', 'https://forum.veterans-ua.org/u/dnipro_sapper'), ('name', 'Vasyl Kravets'), ('place', 'Pokrovske selyshche')),
    C('Patient ID PID 20447192 at Kantonsspital Glarus Netstal - Fridolin Zwicky, farm accident.', ('medical_record', 'PID 20447192'), ('place', 'Kantonsspital Glarus Netstal'), ('name', 'Fridolin Zwicky')),
    C('Swiss banking whistleblower Reto Caflisch from Samedan, AHV 756.4012.8836.21, paranoid about surveillance, his site https://caflisch-leaks.ch/blog is still up. Supervision please.', ('name', 'Reto Caflisch'), ('place', 'Samedan'), ('ssn', '756.4012.8836.21'), ('url', 'https://caflisch-leaks.ch/blog')),
    C('New Mexico Downwinder Rosaura Chávez Montoya, Tularosa barrio San Juan, thyroid cancer and rage. Medicare 3WK7-QJ2-RT58.', ('name', 'Rosaura Chávez Montoya'), ('place', 'Tularosa barrio San Juan'), ('health_plan', '3WK7-QJ2-RT58')),
    C('Anyone seeing more gambling disorder since sports betting became legal across America? The National Council on Problem Gambling and GamCare in Britain both have helplines.'),
    C('Anyone using the Dissociative Experiences Scale with teenagers? The A-DES is validated, but our payer in Texas wants the CAPS-5 before authorising more sessions.'),
    C('Kiribati climate migrant Teraaka Tiiroa, Betio Tekabwibwi, now in NZ, grief for the atoll. Passport KB0447219. Phone +64 22 447 9183.', ('name', 'Teraaka Tiiroa'), ('place', 'Betio Tekabwibwi'), ('ssn', 'KB0447219'), ('phone', '+64 22 447 9183')),
    C('Client Bertha Okonkwo celebrated her 100th birthday in Umuahia Ibeku; depression after her last friend died.', ('name', 'Bertha Okonkwo'), ('age_over_89', '100th birthday'), ('place', 'Umuahia Ibeku')),
    C('Has anyone had clients harmed by the AI companion apps like Replika or Character.AI? The APA sent a letter to the FTC about chatbots posing as therapists.'),
    C('Kyrgyz bride-kidnapping case: Nurzhan Toktogulova (19) fled back to Ak-Terek village, now staying with an aunt at ul. Manasa 47, kv. 12, Ak-Suu Jaiyl 722360. Safety plan ideas?', ('name', 'Nurzhan Toktogulova'), ('place', 'Ak-Terek village'), ('street_address', 'ul. Manasa 47, kv. 12'), ('place', 'Ak-Suu Jaiyl'), ('zip_code', '722360')),
    C('Anyone facilitating Circle of Security Parenting in Spanish? The Head Start programmes near me want it, and Medi-Cal covers family therapy under Dyadic Services.'),
    C('Anyone with experience of Zyprexa (olanzapine) and metabolic syndrome in eating disorder units? The Academy for Eating Disorders guidance is clear, but families fear weight gain.'),
    C('Kosovo war rape survivor Shqipe Krasniqi-Gashi from Lagjja e Dardanisë, needs the status commission letter. Personal no. 1204877391. Courts retraumatizing her.', ('name', 'Shqipe Krasniqi-Gashi'), ('place', 'Lagjja e Dardanisë'), ('ssn', '1204877391')),
    C('guatemalan deported father marvin estuardo xicará, aldea chicua, DPI 2447 19831 0709. owes coyote. kids in US. grief + debt.', ('name', 'marvin estuardo xicará'), ('place', 'aldea chicua'), ('ssn', '2447 19831 0709')),
    C("Thank you all for the Juneteenth reading list. Resmaa Menakem's My Grandmother's Hands is now required reading for our Somatic Abolitionism study group."),
    C('For PTSD, I keep going back and forth between Cognitive Processing Therapy (Resick) and Prolonged Exposure (Foa). The APA Clinical Practice Guideline rates both strongly, but my clients on Medicaid rarely get the 12 sessions.'),
    C('Our service in Scotland uses the CORE-OM. Which outcome measures does NHS Education for Scotland recommend now?'),
    C('Home address: Carrer de la Riera 47, 2n 1a, Sant Feliu de Guíxols 17231 - Montserrat Pujol Vidal, gambling husband.', ('street_address', 'Carrer de la Riera 47, 2n 1a'), ('place', 'Sant Feliu de Guíxols'), ('zip_code', '17231'), ('name', 'Montserrat Pujol Vidal')),
    C('Continuous glucose monitor Dexcom G7 serial 4QX7219A of Hamza Benjelloun, 15, Derb Sultan, alarms at school, bullied. Parents want him to switch off alerts.', ('device', 'Dexcom G7 serial 4QX7219A'), ('name', 'Hamza Benjelloun'), ('place', 'Derb Sultan')),
    C('Slovenian hunter Matej Kovačič, Loški Potok, shot his brother accidentally. EMŠO 0304981500193. Hunting licence LD-SLO-77214 suspended. Complicated grief and guilt.', ('name', 'Matej Kovačič'), ('place', 'Loški Potok'), ('ssn', '0304981500193'), ('licence', 'LD-SLO-77214')),
    C('For psychosis I use CBTp based on the Beck Institute manual and Open Dialogue principles from Finland. Invega Sustenna depots make engagement easier.'),
    C('Dated 12 Feb 2027: court date for Lukas Fabricius, Bad Ischl Pfandl, custody. Report due earlier.', ('date', '12 Feb 2027'), ('name', 'Lukas Fabricius'), ('place', 'Bad Ischl Pfandl')),
    C('Cannabis-induced psychosis is rising in Canada since legalisation. Canada also has Lower-Risk Cannabis Use Guidelines, which I share with clients.'),
    C('Our group practice is switching from SimplePractice to TherapyNotes. Any problems with the Stripe integration or with HIPAA business associate agreements?'),
    C('Belgian nurse burnout: Lies Vandermeulen, rijksregisternummer 86.07.22-314.59, works at AZ Sint-Rembert Oostkamp. Wants to quit, guilt toward patients. Literature?', ('name', 'Lies Vandermeulen'), ('ssn', '86.07.22-314.59'), ('place', 'AZ Sint-Rembert Oostkamp')),
    C('Tunisian mother of a migrant lost at sea, Samia Ben Salah, Sfax Sakiet Ezzit. CIN 08471239. No body, no burial. Ambiguous loss frameworks in Arabic?', ('name', 'Samia Ben Salah'), ('place', 'Sfax Sakiet Ezzit'), ('ssn', '08471239')),
    C('Niklas Wendt, 98 und drei Monate, at Amrum Nebel, daughter worried about his talk of being "ready to go".', ('name', 'Niklas Wendt'), ('age_over_89', '98 und drei Monate'), ('place', 'Amrum Nebel')),
    C('does anyone have a good dbt diary card in arabic or turkish? the linehan institute ones are english only and my clients are from morocco and anatolia.'),
    C('A client, Abena Oforiwaa Kyei, came to me after her market stall at Kantamanto market lane 12 burned down. She lost everything including the MoMo wallet 024 447 1903 she ran for the other traders. She sleeps in a kiosk at Abossey Okai spare-parts yard. Grief, shame, and a lot of anger at the city authorities. Where to start?', ('name', 'Abena Oforiwaa Kyei'), ('place', 'Kantamanto market lane 12'), ('account', '024 447 1903'), ('place', 'Abossey Okai spare-parts yard')),
    C('Argentine mother of a fallen Malvinas conscript, Hilda Esther Luna, 90 años, barrio Villa Malvinas Argentinas, PAMI PAMI 15 447129303 00. War anniversary April.', ('name', 'Hilda Esther Luna'), ('age_over_89', '90 años'), ('place', 'barrio Villa Malvinas Argentinas'), ('health_plan', 'PAMI 15 447129303 00')),
    C('Dutch farmer protest - client Gerrit-Jan Kamphuis from Wapserveen nitrogen buy-out, suicidal ideation. BSN 284 716 905. GP at Huisartsenpraktijk De Vlinderhof faxed +31 521 58 3402.', ('name', 'Gerrit-Jan Kamphuis'), ('place', 'Wapserveen'), ('ssn', '284 716 905'), ('place', 'Huisartsenpraktijk De Vlinderhof'), ('fax', '+31 521 58 3402')),
    C('Taxi driver Rashid Omarov, Yandex driver licence 77 ТА 447192, Khasavyurt Kazbekovskiy district. Road rage, prison fear.', ('name', 'Rashid Omarov'), ('licence', '77 ТА 447192'), ('place', 'Khasavyurt Kazbekovskiy district')),
    C('my client kaveh zand streams poker on twitch.tv/kavehzand_allin till 5am, lives kuy-e golbarg-e sharghi. gambling disorder, any Persian materials?', ('name', 'kaveh zand'), ('url', 'twitch.tv/kavehzand_allin'), ('place', 'kuy-e golbarg-e sharghi')),
    C("I've joined the British Association for Behavioural and Cognitive Psychotherapies. BABCP accreditation seems stricter than UKCP's. Does it matter for NHS Talking Therapies jobs?"),
    C('EMDR for phantom limb pain has a small literature. The EMDR Europe Association conference in June had a talk on it; anyone tried it with amputees referred by Limbs for Life?'),
    C('Client forwards threats received at 178.222.44.17; she is Jelena Ristić from Novi Bečej Kumane, trans woman, family rejection.', ('ip_address', '178.222.44.17'), ('name', 'Jelena Ristić'), ('place', 'Novi Bečej Kumane')),
    C('Rwandan genocide survivor Immaculée Mukamana, 93 yrs 2 mos, lives in Umudugudu wa Rwabuye, Mutuelle de santé no. RW-MUT-0447812. Memorial week (Kwibuka) is coming.', ('name', 'Immaculée Mukamana'), ('age_over_89', '93 yrs 2 mos'), ('place', 'Umudugudu wa Rwabuye'), ('health_plan', 'RW-MUT-0447812')),
    C('Yevdokia Shevchuk, 94 rokiv, refuses to leave Siversk Kirova street houses despite shelling.', ('name', 'Yevdokia Shevchuk'), ('age_over_89', '94 rokiv'), ('place', 'Siversk Kirova street houses')),
    C('Honduran gang-extortion victim Karla Yamileth Zelaya, colonia Rivera Hernández sector 4, shop in the mercado. DNI 0501-1991-04471. Fled to barrio El Benque.', ('name', 'Karla Yamileth Zelaya'), ('place', 'colonia Rivera Hernández sector 4'), ('ssn', '0501-1991-04471'), ('place', 'barrio El Benque')),
    C('Clozapine services in Britain use ZTAS or CPMS for monitoring. Neutropenia anxiety is real for clients, especially over Christmas when blood tests move.'),
    C("Help with a weird one: a woman, Kirsi Halonen, tracks her ex-husband's car KTR-447 through an AirTag and says she needs to know where he is to feel safe. She lives at Rautatienkatu 17 B 9, Iisalmi 74100. It feels like trauma and control both. Thoughts on formulation?", ('name', 'Kirsi Halonen'), ('vehicle', 'KTR-447'), ('street_address', 'Rautatienkatu 17 B 9'), ('place', 'Iisalmi'), ('zip_code', '74100')),
    C('Grenadian hurricane Beryl farmer Kelvin Noel, Carriacou Windward, lost nutmeg trees. NIS GD-447192. Phone (473) 443-7719.', ('name', 'Kelvin Noel'), ('place', 'Carriacou Windward'), ('ssn', 'GD-447192'), ('phone', '(473) 443-7719')),
    C("Client Agnieszka Wrzosek-Pilch asked to send homework to aga.wrobel84@wp.pl; she's working in Hesselager on a strawberry farm, living in a container.", ('name', 'Agnieszka Wrzosek-Pilch'), ('email', 'aga.wrobel84@wp.pl'), ('place', 'Hesselager')),
    C('Sebastián Ulloa, Quellón, salmon farm diver, licence BUZ-CL-44719 revoked after decompression sickness. Identity loss.', ('name', 'Sebastián Ulloa'), ('place', 'Quellón'), ('licence', 'BUZ-CL-44719')),
    C('Dialectical Behavior Therapy for adolescents (Miller, Rathus and Linehan) includes the Walking the Middle Path module. Has anyone adapted it for Korean or Japanese families?'),
    C('Consultation please: my client Ewa Mazurkiewicz-Dąb (41), a nurse who moved from Poland to work at the Helsingør Kystvej care home, was assaulted by a resident with dementia. She has since been signed off, and the Danish union rep writes to me from tillidsrep.kystvej@foa-mail.dk asking for a statement. She lives at Strandgade 44, 2. th., Espergærde 3060. Do I write anything?', ('name', 'Ewa Mazurkiewicz-Dąb'), ('place', 'Helsingør Kystvej care home'), ('email', 'tillidsrep.kystvej@foa-mail.dk'), ('street_address', 'Strandgade 44, 2. th.'), ('place', 'Espergærde'), ('zip_code', '3060')),
    C('Ramadan starts soon and several Muslim clients on lithium (Priadel) want to fast. The Royal College of Psychiatrists has a Ramadan leaflet, but has anyone seen levels drift?'),
    C('Admission 2026/10/19 at Dungarpur Sagwara ward 4 - Meena Bhil, sickle cell and depression.', ('date', '2026/10/19'), ('place', 'Dungarpur Sagwara ward 4'), ('name', 'Meena Bhil')),
    C('Quebec farm widow Ginette Bélanger-Tremblay, quatre-vingt-quinze ans, 218 rang Saint-Joseph, Saint-Ubalde G0A 4L0. RAMQ BELG 3051 2847.', ('name', 'Ginette Bélanger-Tremblay'), ('age_over_89', 'quatre-vingt-quinze ans'), ('street_address', '218 rang Saint-Joseph'), ('place', 'Saint-Ubalde'), ('zip_code', 'G0A 4L0'), ('health_plan', 'BELG 3051 2847')),
    C('Pilot Henrik Aasgaard, licence N-ATPL-44719, Bardufoss, grounded for depression meds. Aviation rules on SSRIs?', ('name', 'Henrik Aasgaard'), ('licence', 'N-ATPL-44719'), ('place', 'Bardufoss')),
    C('Daniela Oyarzún, Pasaje Los Aromos 447, Villa Alemana 6500447. Fire of 2024.', ('name', 'Daniela Oyarzún'), ('street_address', 'Pasaje Los Aromos 447'), ('place', 'Villa Alemana'), ('zip_code', '6500447')),
    C("Bangladeshi garment worker Rahima Khatun, Savar Rana Plaza survivors' colony, NID 1994 2618 447 03. bKash 01714-482093. Crush injury and fear of buildings.", ('name', 'Rahima Khatun'), ('place', "Savar Rana Plaza survivors' colony"), ('ssn', '1994 2618 447 03'), ('account', '01714-482093')),
    C('Zambian copper miner Mwila Chanda trapped 3 days at Chingola open pit shaft 4 camp. NRC 284719/61/1. Mine licence ZCCM-BLST-0913.', ('name', 'Mwila Chanda'), ('place', 'Chingola open pit shaft 4 camp'), ('ssn', '284719/61/1'), ('licence', 'ZCCM-BLST-0913')),
    C('Mentalization-Based Treatment (Bateman and Fonagy) versus DBT (Linehan) for borderline personality disorder in adolescents: the Cochrane review is cautious. What do your teams actually offer?'),
    C('Singapore national serviceman Darren Tan Wei Jie, NRIC S9847123F, lives Blk 447 Jurong West St 42, #11-208 641538. Suicidal after an SAF training death.', ('name', 'Darren Tan Wei Jie'), ('ssn', 'S9847123F'), ('street_address', 'Blk 447 Jurong West St 42, #11-208'), ('zip_code', '641538')),
    C('Nepali Gulf returnee Ram Bahadur Tamang, Sindhupalchok Melamchi ward 5, kidney sold abroad. Citizenship no. 27-01-72-04418. Shame, isolation.', ('name', 'Ram Bahadur Tamang'), ('place', 'Sindhupalchok Melamchi ward 5'), ('ssn', '27-01-72-04418')),
    C('Rosalind Mbeki-Fraser runs a TikTok tiktok.com/@ros_recovery_diary about her anorexia, 21k followers, from Observatory Cape Town. Therapist should follow or not?', ('name', 'Rosalind Mbeki-Fraser'), ('url', 'tiktok.com/@ros_recovery_diary'), ('place', 'Observatory Cape Town')),
    C("Anyone in the Philippines using the Mental Health Act of 2018 (Republic Act 11036)? PhilHealth's outpatient mental health package is still limited."),
    C("Our Acceptance and Commitment Therapy consult group follows Russ Harris's The Happiness Trap and Steven Hayes's A Liberated Mind. We meet every second Wednesday, and ACBS members get CE credits."),
    C('Chilean Mapuche land activist Machi Elisa Huenchullán, Lof Temucuicui Autónoma, RUT 14.471.903-K. Police raids. Culturally safe trauma work?', ('name', 'Machi Elisa Huenchullán'), ('place', 'Lof Temucuicui Autónoma'), ('ssn', '14.471.903-K')),
    C('Faroese client, Rógvi Joensen from Gøta village, bullied at the fish factory. Phone +298 51 74 02. He wants sessions in Danish, I only speak English. Interpreter pool?', ('name', 'Rógvi Joensen'), ('place', 'Gøta village'), ('phone', '+298 51 74 02')),
    C("I'm pleased that Mind, Rethink Mental Illness and Samaritans coordinated their winter campaign with Shout. The Christmas and New Year period is always the busiest for crisis lines."),
    C("MDMA-assisted therapy: the FDA declined to approve Lykos Therapeutics' application. Australia's TGA allows authorised psychiatrists to prescribe it for PTSD. Thoughts on the ethics?"),
    C('For older adults I use the Geriatric Depression Scale and the Mini-Cog. Mirtazapine (Remeron) helps appetite, but falls are a worry. The Beers Criteria from the American Geriatrics Society are useful.'),
    C('Grief during Día de los Muertos can be healing for Mexican and Mexican-American clients. I invite them to bring ofrenda photos to session if they want.'),
    C("Jakub Dvořáček's address is Hradební 14, Valašské Meziříčí, 757 01. Flood 2024, basement destroyed.", ('name', 'Jakub Dvořáček'), ('street_address', 'Hradební 14'), ('place', 'Valašské Meziříčí'), ('zip_code', '757 01')),
    C('Fax the discharge summary for Rustam Aliyev to +994 12 497 3308 please, attention Sabirabad Frontline Rehab Unit, MR SFR-22-0719.', ('name', 'Rustam Aliyev'), ('fax', '+994 12 497 3308'), ('place', 'Sabirabad Frontline Rehab Unit'), ('medical_record', 'SFR-22-0719')),
    C('Please see the blog https://ravenwatch-journal.blogspot.com/2026/03/cutting - written by my client Eowyn Trelawney-Hale, Polruan. She is 14. Do I raise it?', ('url', 'https://ravenwatch-journal.blogspot.com/2026/03/cutting'), ('name', 'Eowyn Trelawney-Hale'), ('place', 'Polruan')),
    C('Alcohol use disorder: naltrexone, acamprosate (Campral) and disulfiram (Antabuse) are all underused. The AUDIT and the Alcohol Use Disorders Identification Test-Consumption both work well in primary care.'),
    C("Long message, apologies. Nazgul Abdrakhmanova is a nurse at the Naryn oblast children's hospital annex who fell into a depression after a baby died during a power cut. Her licence KG-MED-4471903 is under review, and the ministry wants my report by 2027-01-22. Her husband works in Korea, sends money via KEB Hana 447-910238-11807.", ('name', 'Nazgul Abdrakhmanova'), ('place', "Naryn oblast children's hospital annex"), ('licence', 'KG-MED-4471903'), ('date', '2027-01-22'), ('account', 'KEB Hana 447-910238-11807')),
    C('Tuvaluan nurse Losana Falefou from Nanumaga, burned out, sends salary home via Western Union acct WU-MTCN 447-219-8830.', ('name', 'Losana Falefou'), ('place', 'Nanumaga'), ('account', 'WU-MTCN 447-219-8830')),
    C('In Ireland the Mental Health Act 2001 is being replaced. Does anyone know if the new Bill changes the role of the Mental Health Commission for voluntary adolescent admissions?'),
    C('A question about Yom Kippur and Passover: Jewish clients on MAOIs like Nardil sometimes worry about fasting and tyramine in holiday foods. Anyone know a good Hebrew resource?'),
    C("Kenyan client Otieno Barasa on a flower farm at Kongoni Estate block 7, pesticide exposure and depression. M-Pesa 0722 481 933. Can't afford the 6 sessions.", ('name', 'Otieno Barasa'), ('place', 'Kongoni Estate block 7'), ('account', '0722 481 933')),
    C('Ketamine clinics are opening everywhere in California and Florida. The American Psychiatric Association has cautioned about off-label use. Is anyone doing ketamine-assisted psychotherapy with MAPS-trained staff?'),
    C('Oxygen concentrator Inogen One G5 SN 19447-2208 for Boris Kuzmenko in Pervomaiskyi chastnyi sektor - power cuts from shelling, he panics. CBT for breathlessness?', ('device', 'Inogen One G5 SN 19447-2208'), ('name', 'Boris Kuzmenko'), ('place', 'Pervomaiskyi chastnyi sektor')),
    C("text lwando mthembu on 082 447 1902, he's in dimbaza, initiation school injury.", ('name', 'lwando mthembu'), ('phone', '082 447 1902'), ('place', 'dimbaza')),
    C("Group on Tuesdays using the Seeking Safety manual (Lisa Najavits) for PTSD and substance use. It's free for Veterans Affairs programmes and works well in Spanish."),
    C('Anyone worked with clients on Ozempic or Wegovy who describe a loss of pleasure beyond food? The EMA reviewed suicidality signals and found no causal link, but the anhedonia question keeps coming up.'),
    C("Ferry captain Hamid Kamara, master's licence SLMA-MC-4471, Tombo fishing wharf, capsizing survivor.", ('name', 'Hamid Kamara'), ('licence', 'SLMA-MC-4471'), ('place', 'Tombo fishing wharf')),
    C("Assessing ADHD in women: the DIVA-5 interview and the ASRS are helpful, and the Royal College of Psychiatrists' guidance is catching up. Elvanse and atomoxetine (Strattera) are both options."),
    C('MRN 0447192/JAN for Nathaniel Owusu-Mensah - transfer from Kintampo Psychiatric Annex to us. Lithium levels?', ('medical_record', '0447192/JAN'), ('name', 'Nathaniel Owusu-Mensah'), ('place', 'Kintampo Psychiatric Annex')),
    C('Intake e-mail from otgonbayar.s@mongol.net - Otgonbayar Sükhbaatar, Nalaikh coal district, mine collapse survivor.', ('email', 'otgonbayar.s@mongol.net'), ('name', 'Otgonbayar Sükhbaatar'), ('place', 'Nalaikh coal district')),
    C('Medical record HMC-PSY-2026-04471 - Noor Al-Kuwari, at Al Wakrah Al Wukair, postpartum psychosis. Family refuses admission.', ('medical_record', 'HMC-PSY-2026-04471'), ('name', 'Noor Al-Kuwari'), ('place', 'Al Wakrah Al Wukair')),
    C('Ref TRI-PSYCH-44719 - Hine Tapsell from Ōpōtiki Waiōtahe, after the whakaari eruption her guide job ended.', ('medical_record', 'TRI-PSYCH-44719'), ('name', 'Hine Tapsell'), ('place', 'Ōpōtiki Waiōtahe')),
    C('Pre-exam anxiety in Korea and China: Chuseok and the Mid-Autumn Festival come right before major tests. Mindfulness-Based Cognitive Therapy (Segal, Williams, Teasdale) helps.'),
    C('Cuban rafter Yoandri Pérez Hechavarría, reparto Camilo Cienfuegos, Cojímar, carné 88041230447. Friend drowned on the crossing. Now in Florida.', ('name', 'Yoandri Pérez Hechavarría'), ('place', 'reparto Camilo Cienfuegos, Cojímar'), ('ssn', '88041230447')),
    C('Family-Based Treatment (Lock and Le Grange) for anorexia in teens: families from Chinese and Indian backgrounds sometimes struggle with parents taking charge of meals.'),
    C("I love Lori Gottlieb's Maybe You Should Talk to Someone for new clients who are nervous about therapy. Others like Andrew Solomon's The Noonday Demon for depression."),
    C('Albanian blood-feud: Gjergj Prenga, 16, confined at home in Fshati Bajzë for 3 years. Mum messages on WhatsApp +355 69 480 2271. Home-based therapy options?', ('name', 'Gjergj Prenga'), ('place', 'Fshati Bajzë'), ('phone', '+355 69 480 2271')),
    C('Grandfather Ahmad Karimi, 95-ish, Dasht-e Barchi Qala-e-Nazer, bomb blasts, hearing loss.', ('name', 'Ahmad Karimi'), ('age_over_89', '95-ish'), ('place', 'Dasht-e Barchi Qala-e-Nazer')),
    C("Anyone running Compassion Focused Therapy groups (Paul Gilbert's model) online? I'm struggling with the three-circles exercise over Teams; it feels flat without a whiteboard."),
    C("Men's mental health: Movember, Andy's Man Club and the Campaign Against Living Miserably (CALM) all have groups. Do you refer men to them alongside therapy?"),
    C('My oldest client Gudrun Sæthre, 104 and three quarters, Stord Leirvik, wants to talk about her wartime childhood.', ('name', 'Gudrun Sæthre'), ('age_over_89', '104 and three quarters'), ('place', 'Stord Leirvik')),
    C('Algerian harraga returnee Yacine Boukhalfa, cité 600 logements Bab Ezzouar. Phone +213 551 73 40 28. Deported from Spain twice. Hopelessness.', ('name', 'Yacine Boukhalfa'), ('place', 'cité 600 logements Bab Ezzouar'), ('phone', '+213 551 73 40 28')),
    C('Botswana diamond miner Kagiso Mothibi, Letlhakane ward 3, HIV+ and depressed. Omang 447218513. Mine medical aid BOMAID 04471829.', ('name', 'Kagiso Mothibi'), ('place', 'Letlhakane ward 3'), ('ssn', '447218513'), ('health_plan', 'BOMAID 04471829')),
    C('Children with PANDAS/PANS: the PANS Research Consortium published treatment guidelines, and the PANDAS Network charity supports families. The OCD symptoms can appear overnight.'),
    C('Can I ask about session notes? A father, Ricardo Montenegro Sáenz, asked me to send my notes to his lawyer at despacho.sanchezyasoc@gmail.com for a custody case in Heredia San Pablo. His ex-partner, Lorena Quesada Mora, has not agreed to any of it. Court date set for 18 de febrero de 2027. I think I should refuse.', ('name', 'Ricardo Montenegro Sáenz'), ('email', 'despacho.sanchezyasoc@gmail.com'), ('place', 'Heredia San Pablo'), ('name', 'Lorena Quesada Mora'), ('date', '18 de febrero de 2027')),
    C('I need to think aloud. Tsegaye Alemu Bekele, an Ethiopian domestic worker who returned from Lebanon, told me in the third session that her employer in Hadath Sainte-Thérèse still holds her passport and her wages, paid into account BLOM 004-471902-811. She is now in Bishoftu kebele 07 with her mother and has flashbacks every evening. Where does trauma work stop and advocacy start?', ('name', 'Tsegaye Alemu Bekele'), ('place', 'Hadath Sainte-Thérèse'), ('account', 'BLOM 004-471902-811'), ('place', 'Bishoftu kebele 07')),
    C("Has anyone in Kenya or Uganda used the WHO's Problem Management Plus or Self-Help Plus? StrongMinds runs Interpersonal Psychotherapy groups and reports good outcomes."),
]

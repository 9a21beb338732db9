"""THIRTY-NINTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (round 38, which
scores the guard of round 37; this is the second blind set for that round,
beside set 38), and independently of the guard: the author did not open,
read, search or run anything under bot/ (bot/confidentiality/ included) or
scripts/, did not run the guard, bench/guard_eval.py or any test that
imports or runs the guard, did not read git log messages, bench/README.md,
README.md, pyproject.toml, tests/bot/confidentiality/test_round*.py or
diffs of any commit, and did not read the snippets of eval_set.py,
dev_extra.py, locked_set.py or locked_set_2.py ... locked_set_38.py.  No
slip of these rules occurred.  What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_38.py only (printed up to its
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
therapists' consultation group, in Armenia (and displaced Karabakh
Armenians), Belarusian exiles in Poland and Lithuania, Latvia, Moldova,
Romania, Bulgaria, Croatia, Bosnia and Herzegovina, Montenegro, Czechia,
Luxembourg's border, Malta, Scotland (the Clyde, Orkney, the Highlands),
Northern Ireland, Israel, the West Bank and Gaza, Jordan, Lebanon, Syrian
refugees in the Bekaa, Iraq and Iraqi Kurdistan, Oman, Kuwait, Bahrain, the
United Arab Emirates, Libya, Sudan and refugees in eastern Chad, South
Sudanese in Kakuma, Niger, Benin, Togo, Côte d'Ivoire, Guinea, Sierra
Leone's capital, Liberia, Gabon, the DR Congo, the Republic of the Congo,
Burundian refugees in Tanzania, Tanzania and Zanzibar, Malawi, Namibia,
Eswatini, Angola, Djibouti, Eritrean refugees in Italy and Malta, the
Comoros, the Maldives, Myanmar and Mae La camp, Thailand, Laos, the
Philippines, Indonesia and Bali, Timor-Leste, Papua New Guinea, Vanuatu,
the Solomon Islands, Tonga, South Korea, Taiwan, Hong Kong, Yunnan,
Tibetan exiles in India, Ladakh, Kashmir, Uzbekistan's capital, Mongolia's
capital, Afghanistan, Pakistan's Sindh, Nepal's Kaski, Vietnam's Haiphong
and Hue, Ethiopia and Tigray, Uganda, Ghana, Zambia, South Africa's North
West and Eastern Cape, Lesotho migrants, Botswana, Bolivia, Ecuador and its
Amazon, Peru, Colombia's Cali and Medellín, Venezuela, Panama, the
Dominican Republic, Puerto Rico, Belize, Guyana and the Rupununi, Suriname,
the Bahamas, Barbados, Dominica, Trinidad, Argentina, Japanese-Brazilian
workers in Japan, Tasmania, the Northern Territory, Alaska, Montana,
eastern Kentucky, Texas, Nova Scotia, Newfoundland, Quebec's Lower St.
Lawrence, Yukon and Greek Pontic and Armenian diaspora families: short
referral lines, rushed lower-case chat (three snippets write the names,
and the places, in lower case), forwarded faxes and portal logs, and
longer narrative requests with the identifiers mid-sentence (seven of
300-473 characters, five of them written last to vary the shape).
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set39work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, measured the clean
density, checked overlap with the earlier sets, shuffled the order with a
fixed seed and wrote this file.  While writing, identifier snippets were
reworded as follows: about thirty false starts and asides the author had
typed into the drafts of identifier snippets (a name followed by "? no",
"? that's a singer", "? no relation", "...", a note that a country or a
name culture was already used in set 38, "use ... instead", "skip", and a
note that a phone number was not a case number; they read like notes to
himself, and three of them named or echoed real public figures) were cut before the
file was built, leaving only the corrected text, and a "long narrative:"
label at the head of one snippet was replaced by ordinary chat wording.
In a review about fifty city names written unlabelled in identifier
snippets were handled (most were labelled as places, then several of
those were cut when they clashed with the earlier sets; a detention
centre, a nightclub, a town in a bus-crash mention, a city in "the ...
trials", a city of exile, a crowd-crush district, two shooting towns and
a neighbourhood written as "city-ish" were cut or made generic), and
ten client names echoing public figures (a singer, a writer, a Nobel
laureate, politicians, an activist, a physician and a convicted bomber)
were changed.  In the
clean snippets, two draft sentences naming a city (one inside a scale
name, one as the venue of a women's group) were replaced before the file
was built, and about eighteen unsure statements (a regulator's update, a
standards body's revision, a translation of a self-help book, training
programmes in a region, a rescheduling date, a city health authority, a
charity's renaming, a moral-injury programme's manual, a consultation's
closing date, facilitators of a parenting programme, a questionnaire's
versions, a tribunal case, a rural health research claim, an association's
joint webinars, a regional commission's rides, a victims' commission's
criteria, a technology centre's webinar and a newspaper note) were cut or
made vaguer or turned into questions.  Overlap with the other sets was
resolved by renaming only this set's planted values, with a filter that
imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 84 values in the first round
(15 ages over 89, 34 places - mostly real cities and districts, cut or
replaced by invented or longer places -, 31 names, 3 postal codes and 1
date, all rewritten; ages over 89 are written as "N years and M months",
"N and a half" and the like, since bare numbers from 90 to 104 all occur
in earlier sets), 9 in the second (4 ages, 2 postal codes, 2 names, 1
place), 1 in the third (a name added with the long narratives); the last
pass found nothing.

Settings (chosen to differ from set 38's): the Karabakh exodus and
Armenian border shelling, Belarusian political detention, deepfake
bullying at a Riga school, carer burnout, Moldovan seasonal labour and
wage theft, care workers returning from Germany, a nightclub fire, a bus
crash, late-life paranoia about secret-police files, the missing of 1991
in Croatia, a dolphin by-catch and a lost fishing licence, survivor
testimony fatigue, caregiver strain, a wedding shooting, floods in
Moravia, cross-border nurse burnout, online gambling in Malta, twin
bereavement, care leavers reading their notes, legacy killings in
Northern Ireland, a festival massacre, Holocaust survivors, child
detention, amputation after an air strike, postpartum OCD, the Beirut port
blast, refugee children's night terrors, Yazidi captivity, an acid
attack, a flash flood drowning pupils, anorexia on Instagram, detention in
Bahrain, a domestic worker with a held passport, the Derna dam, sexual
violence in Sudan's war, child soldiers, migrant expulsions into the
Sahara, threats to a teacher, a market fire, political violence in Côte
d'Ivoire and Guinea, FGM, Ebola orphans, exam stress, rape in eastern
Congo, cobalt pits, an arms-depot explosion, Burundian refugee children,
attacks on people with albinism, a capsized dhow, Cyclone Freddy, drought
and cattle loss, the 2021 Eswatini unrest, landmines in Angola, khat in
the family, Eritrean national service and Libyan detention, kwassa
crossings, heroin in the Maldives, air strikes in Shan State, doctors of
the civil disobedience movement, deaths of Thai workers abroad,
methamphetamine psychosis, UXO in Laos, the Philippine drug war, a
seafarer after a Houthi attack, flood debt and online lenders, a tourist
drowning, 1999 in Timor-Leste, sorcery accusations, Cyclone Lola, the
Honiara tensions, the Seoul crowd crush, old men alone in jjokbang rooms,
a rail crash and ghost month, Hong Kong exiles, marriage pressure in
China, self-immolation, an avalanche on an army road, pellet injuries and
internet shutdowns, lynching threats in El Alto, silicosis in Potosí,
gang recruitment in Guayaquil, Darién crossing volunteers, femicide,
Hurricane Maria, the Vietnam draft, gang shootings in Belize, sugar-estate
closure and paraquat, sextortion, Hurricane Dorian, cannabis psychosis,
salmon-farm diving, sorry business, fishing losses in Alaska,
methamphetamine on a reservation, black lung and opioids, a school
shooting, a mass-shooting anniversary, the cod moratorium, residential
school grief, farm suicide, Hurricane Maria in Dominica, an oil spill in
the Amazon, a school suicide cluster, Korean adoptee birth searches, a
layoff of Japanese-Brazilian workers, croft debt and a quad-bike crash, a
home invasion, the memory of 1922, a genocide centenary, the
Okhmatdyt missile strike, conscripts with blast hearing loss, forced
labour on trawlers, the illegal mine siege in Stilfontein, a nurse
assaulted after a cholera death, a stalker's website, OnlyFans leaks, a
journalist in hiding, a podcast, a GoFundMe naming the clinic, a
self-harm Tumblr, loan-shark Telegram posts, a self-harm live stream, IP
addresses leaking a client's real location, a hearing processor and
bullying, a wheelchair after a shooting, a pacemaker shock, CGM alarms,
oxygen in power cuts, hearing aids refused in group, a bionic hand,
sleep-apnoea fear, an insulin pump in a K-pop trainee, a truck driver who
killed a cyclist, a taxi robbery, a storm at sea, ambulance crews, a
school-minibus crash, a car bomb, AirTag tracking, robbed pharmacists,
stillbirth blame, a pylon fall, a pilot grounded for antidepressants, a
security guard under an anti-gay law, rent to an abuser's cousin,
sextortion rings, a son draining a mobile wallet, tithes and remittances,
hawala slips under the Taliban, extortion in Medellín, hoarding in old
age, a missing husband, court-ordered therapy, war rape in Tigray, a
suicidal migrant worker, ransom kidnapping, panic in a lobster fisherman,
sports-app gambling, postnatal depression, cancer and dementia anxiety, a
Gurkha widow's pension, dioxin caregiving, sexual violence in Libya and
Venezuela, a request to seal hospital records and a misdirected hospital
fax; with local identifier formats for an Armenian social card number, a
Belarusian ID number, a Latvian personas kods, a Moldovan IDNP, a
Romanian CNP, Bulgarian EGNs, a Croatian OIB, Bosnian and Montenegrin
JMBGs, a Czech rodné číslo, a Luxembourg matricule, a Maltese ID card, an
Israeli teudat zehut, a Palestinian ID, a Jordanian national number, an
Iraqi national card, an Omani and a Kuwaiti civil ID, a Bahraini CPR, an
Emirates ID, a Libyan national number, a Beninese NPI, an Ivorian CNI, a
Congolese voter card, a Tanzanian NIDA, Malawian, Namibian, Swazi and
Angolan IDs, a Lesotho ID, a Maldivian ID, Thai ID and pink-card numbers,
a Philippine PhilSys number, an Indonesian NIK, a South Korean RRN, a
Taiwanese ID, a Hong Kong HKID, a Chinese resident ID, a Tibetan RC, an
Aadhaar number, Bolivian, Ecuadorian, Panamanian and Dominican cédulas, a
Belizean SSN, a Guyanese and a Bahamian national insurance number, a
Japanese residence card, a Polish PESEL, an Argentine DNI, a passport and
US SSNs (ssn); CHI, MSF, IOM, Panzi, COPE, IHS, NT Health and hospital
files (medical_record); HZZO, CNS, Clalit, H&C, CMU, NHIF, Aasandha,
PhilHealth, BPJS, NHI (Taiwan), Caja Nacional, CSS, MAPFRE, Medicare
(Australia), Medicaid, MSI, MCP, YHCIP and CNAS numbers (health_plan);
IBAN, UNHCR case, WPS, Mixx, Airtel Money, WeChat, Humo, GCash, Nita,
Yape, bank remittance, hawala and Nequi numbers (account); fishing,
firearm, medical, seafarer, driving, diving, ambulance, pharmacy,
midwifery, electrician, pilot, nursing and carry licences (licence);
plates from Romania, Croatia's boats, Zanzibar, Thailand, Alaska's boats,
Scotland, Czechia, Latvia, Malta's boats, Palestine, Ethiopia, Iraq, Iran
and Serbia, and a Thai trawler (vehicle); hearing aids, a Phonak and a
Cochlear and a Med-El and an Advanced Bionics processor, an Ottobock knee,
an Össur foot, a Hero Arm, insulin pumps, a CGM, a pacemaker, a power
wheelchair, an oxygen concentrator and CPAP devices (device); addresses
written the local way (an Armenian street and lane, a Latvian iela with
flat, a Bosnian ulica, a Scottish rise, a Lebanese rue, an Ivorian lot, a
Roman via, a Puerto Rican calle, a Texan loop, a Trinidadian avenue, a
Greek odos, a Polish ulica with flat, a Maltese triq, a Ukrainian vulytsia
with flat, a Czech street with house numbers, a Nigerian plot, a
Bulgarian ulitsa with floor, an Ethiopian building and house, a Kuwaiti
block and street, Congolese avenues, a Quebec rue, a Ghanaian house
number, a South African stand) with postal codes of those countries,
IPv4 and IPv6 addresses, URLs (a betting profile, Instagram, Telegram,
Tumblr, WordPress, Kick, GoFundMe, Medium, an Anchor podcast, a stalker's
site, a leak site and Facebook) and phone and fax numbers in local and
international formats.

371 snippets, 215 with identifiers and 156 clean (lengths 62-473, within
the test's bounds of 40-520).  Every pattern category appears at least 13
times (the test requires 12): date 16, age_over_89 15, phone 22, fax 14,
email 15, url 14, ip_address 13, ssn 56, medical_record 14, health_plan
20, account 16, licence 15, vehicle 15, device 16, street_address 28,
zip_code 20; with 227 names and 260 places smaller than a state (the test
requires 227 and 260).

Names: Armenian, Belarusian, Latvian, Moldovan, Romanian, Bulgarian and
Bulgarian Roma, Croatian, Bosniak, Montenegrin, Serbian, Czech, Luxembourg
French, Maltese, Scottish, Irish, Israeli and Mizrahi, Palestinian,
Jordanian, Lebanese, Syrian, Yazidi, Kurdish, Omani, Kuwaiti, Bahraini,
Malayali in the Gulf, Libyan, Sudanese, Dinka, Chadian, Nigerien, Fon,
Ewe, Ivorian, Fula, Kpelle, Fang, Congolese (Kivu, Katanga, Kinshasa),
Burundian, Swahili, Chewa, Ovambo, Swazi, Angolan, Tigrinya,
Djiboutian, Comorian, Maldivian, Shan, Burmese, Thai, Lao, Filipino, Indonesian
(Batak, Balinese), Timorese, Papuan, ni-Vanuatu, Solomon Islander,
Tongan, Korean, Taiwanese, Cantonese, Han Chinese, Tibetan, Ladakhi,
Kashmiri, Uzbek, Mongolian, Afghan, Sindhi, Nepali Magar and Gurung,
Vietnamese, Amhara and Tigrayan, Baganda, Akan, Bemba, Sotho, Zulu,
Aymara and Quechua, Ecuadorian and Waorani, Colombian, Venezuelan,
Panamanian, Dominican, Puerto Rican, Belizean, Indo-Guyanese and
Wapishana, Indo-Surinamese, Bahamian, Barbadian, Dominicans of Dominica, Trinidadian, Argentine Armenian, Japanese-Brazilian, Korean
Swedish, Australian and Yolŋu and Warlpiri, Yup'ik, Blackfeet,
Appalachian, Tejano, Nova Scotian, Newfoundlander, Northern Tutchone,
Orcadian, Highland Scots, Pontic Greek, Acadian and Tswana names;
lower-case names and places, hyphenated and multi-part names, patronymic
names, an honorific-prefixed Burmese name and Thai and Lao names.
Places: invented collective-centre villages, hromadas, quarters,
microdistricts, hostels, clinic annexes, settlements, camp blocks and
zones, transit sites, displacement sites, barangays, kampungs, banjars,
aldeias, wards, tracts, khoroos, kvartals, mahallas, barrios, bairros,
comunas, sectors, cooperatives, colonias, hollows, harbours, crofts,
upper villages, townships and extensions, condominium blocks, estates,
stands, piers, shafts, an army post, a school basement, hospitals,
gymnasiums and a secondary school; real neighbourhoods and districts
(written with an invented block, phase, lane or section where they
clashed with the earlier sets), and places after street addresses.

Clean snippets: clinical prose with about 8.9 capitalised words per
snippet after the first word of a sentence (1393 in 156 snippets, counted
by the author's script; acronyms included): drug brands and generics,
scales and questionnaires, therapy models and their founders, real
published authors and books, guidelines, acts, diagnoses, weekdays,
months, religious and national holidays, professional bodies, charities,
helplines, insurers, apps, universities, countries, states and provinces,
nationalities, religions and languages, and no place smaller than a state
or a country's subdivision.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED39_CASES: list[EvalCase] = [
    C("Anyone trained in Emotionally Focused Therapy by ICEEFT? Sue Johnson's Hold Me Tight sessions seem hard to run in Korean or Japanese couples."),
    C('Panama: Yariela González, cédula 8-814-2297, Curundú Mejorado, Darién crossing volunteer with secondary trauma; CSS 8-814-2297-01.', [('name', 'Yariela González'), ('ssn', '8-814-2297'), ('place', 'Curundú Mejorado'), ('health_plan', 'CSS 8-814-2297-01')]),
    C("Omar Al-Shami's home is Block 4418, Street 17, Jleeb Al-Shuyoukh, 85017; migrant worker, suicidal.", [('name', 'Omar Al-Shami'), ('street_address', 'Block 4418, Street 17'), ('place', 'Jleeb Al-Shuyoukh'), ('zip_code', '85017')]),
    C('Sent from the Mthatha Ngangelizwe clinic fax +27 47 531 4418: Nomvula Sigcau, initiation-related trauma in her son.', [('place', 'Mthatha Ngangelizwe'), ('fax', '+27 47 531 4418'), ('name', 'Nomvula Sigcau')]),
    C('Longer post, apologies. My client Hayk Baghdasaryan, a 24-year-old conscript, lost three friends when the barracks at Jermuk Kechut post was shelled on 13 September 2022. He has a hearing processor (Advanced Bionics Naída CI M90 SN 4418-7721) after the blast and refuses to wear it in session because the sound of my radiator clicks. His mother sends messages to hbaghdasaryan.mama@mail.ru. Has anyone worked with blast-related hearing loss and startle?', [('name', 'Hayk Baghdasaryan'), ('place', 'Jermuk Kechut post'), ('date', '13 September 2022'), ('device', 'Advanced Bionics Naída CI M90 SN 4418-7721'), ('email', 'hbaghdasaryan.mama@mail.ru')]),
    C('Is it ethical to accept a Google Review from a client? The APA Ethics Code and the AAMFT Code of Ethics both discourage testimonials, but Yelp is different.'),
    C('Putu Ayu Wiradana from Banjar Tegal Kuning, Bali, after the tourist drowning at her beach club; BPJS 0001447281956.', [('name', 'Putu Ayu Wiradana'), ('place', 'Banjar Tegal Kuning'), ('health_plan', 'BPJS 0001447281956')]),
    C('Bahamas: Shavonne Rolle, Hurricane Dorian survivor from The Mudd near Marsh Harbour, NIB 22184471.', [('name', 'Shavonne Rolle'), ('place', 'The Mudd near Marsh Harbour'), ('ssn', 'NIB 22184471')]),
    C('Guyana: Savitri Persaud, Enmore Hope West, sugar estate closure, husband drank Gramoxone; NIS A-4418729.', [('name', 'Savitri Persaud'), ('place', 'Enmore Hope West'), ('ssn', 'A-4418729')]),
    C('Zoom report: Tupou Lolohea joined from 2404:8000:1027:4a::1b2 while at Vaini Liahona compound; his parents think he is at school.', [('name', 'Tupou Lolohea'), ('ip_address', '2404:8000:1027:4a::1b2'), ('place', 'Vaini Liahona compound')]),
    C('Latvian teen Rūdolfs Ozoliņš, personas kods 140708-21583, bullied over a deepfake in Pļavnieki Secondary No. 3; mum wants the school counsellor to email r.ozolins.mamma@inbox.lv.', [('name', 'Rūdolfs Ozoliņš'), ('ssn', '140708-21583'), ('place', 'Pļavnieki Secondary No. 3'), ('email', 'r.ozolins.mamma@inbox.lv')]),
    C('Kim Seong-ho, 98 years and 4 months, living alone in a jjokbang in Donui-dong alley 4; his social worker emails donui.sw@seoul.go.kr.', [('name', 'Kim Seong-ho'), ('age_over_89', '98 years and 4 months'), ('place', 'Donui-dong alley 4'), ('email', 'donui.sw@seoul.go.kr')]),
    C('Sudanese client Amna Osman, fled Al-Jereif West in Khartoum, now in Adré transit site; sexual violence; MSF file MSF-ADR-5529.', [('name', 'Amna Osman'), ('place', 'Al-Jereif West'), ('place', 'Khartoum'), ('place', 'Adré transit site'), ('medical_record', 'MSF-ADR-5529')]),
    C('Jean-Claude Mutombo, artisanal cobalt digger from Kasulo in Kolwezi, lost his brother in a pit collapse; voter card CD-19-4478-21937.', [('name', 'Jean-Claude Mutombo'), ('place', 'Kasulo'), ('place', 'Kolwezi'), ('ssn', 'CD-19-4478-21937')]),
    C("Mounjaro and binge eating: three clients on Wegovy or Mounjaro report fewer binges but more shame. Christopher Fairburn's CBT-E still helps; any thoughts from the AED community?"),
    C('Our Medicaid managed care plan in Ohio is dropping Psychological Testing codes in October; how are others handling ADHD assessments with the ASRS and the DIVA-5?'),
    C('Anyone use the Alcohol Use Disorders Identification Test in Tagalog? Does the Department of Health in the Philippines endorse the AUDIT-C, and is there a Bisaya version?'),
    C('Ahmad Abu Sitta, amputee after the Gaza strike, evacuated to Ash-Shmeisani annex; prosthesis Ottobock Genium X3 SN 4407-22G; MSF file MSF-AMM-30217.', [('name', 'Ahmad Abu Sitta'), ('place', 'Ash-Shmeisani annex'), ('device', 'Ottobock Genium X3 SN 4407-22G'), ('medical_record', 'MSF-AMM-30217')]),
    C('Fax header shows +63 2 8441 2270 and the patient name Jonalyn Pascual, Barangay Tatalon; OFW returnee from Kuwait.', [('fax', '+63 2 8441 2270'), ('name', 'Jonalyn Pascual'), ('place', 'Barangay Tatalon')]),
    C("Jordanian national number 9941028755: Rania Haddadin, Jabal al-Luweibdeh Tahta, postpartum OCD, husband's email haddad.sami@orange.jo.", [('ssn', '9941028755'), ('name', 'Rania Haddadin'), ('place', 'Jabal al-Luweibdeh Tahta'), ('email', 'haddad.sami@orange.jo')]),
    C("South Sudan: Deng Akol Majok from Panyijiar's Nyal, former child soldier, in Kakuma 4 Zone 2; UNHCR KAK-21-C109873.", [('name', 'Deng Akol Majok'), ('place', "Panyijiar's Nyal"), ('place', 'Kakuma 4 Zone 2'), ('account', 'KAK-21-C109873')]),
    C("Greek Pontic Prodromos Kalaitzidis, ninety-nine years and seven months, in Nea Trapezounta's old quarter, still dreams of 1922.", [('name', 'Prodromos Kalaitzidis'), ('age_over_89', 'ninety-nine years and seven months'), ('place', "Nea Trapezounta's old quarter")]),
    C("I'm adapting Mentalization-Based Treatment from Anthony Bateman and Peter Fonagy for adolescents in foster care; the Anna Freud Centre has an AMBIT course."),
    C('Barbados: Kemar Boyce, Nelson Street gap, psychosis after cannabis; hospital file QEH-MH-41087.', [('name', 'Kemar Boyce'), ('place', 'Nelson Street gap'), ('medical_record', 'QEH-MH-41087')]),
    C('Maldives: Aishath Shifa, ID A288419, Hulhumalé Phase 2 flat 44, heroin in the family; Aasandha A288419-2.', [('name', 'Aishath Shifa'), ('ssn', 'A288419'), ('place', 'Hulhumalé Phase 2 flat 44'), ('health_plan', 'Aasandha A288419-2')]),
    C("Has anyone seen the WHO's Caregiver Skills Training for families of autistic children used in Arabic or Swahili? Autism Speaks funded it initially."),
    C('Laos: Khamphone Vongsavanh from Ban Naxaythong Noy, UXO lost two fingers; hospital COPE-VTE-00318.', [('name', 'Khamphone Vongsavanh'), ('place', 'Ban Naxaythong Noy'), ('medical_record', 'COPE-VTE-00318')]),
    C('Truck driver Marek Dvořák, plate 5T8 4417, Ostrava-Zábřeh, killed a cyclist; C licence CZ-C-EA441872.', [('name', 'Marek Dvořák'), ('vehicle', '5T8 4417'), ('place', 'Ostrava-Zábřeh'), ('licence', 'CZ-C-EA441872')]),
    C('Vanuatu: Lisa Kalsakau, Blacksands Area 4, cyclone Lola; her son Jimmy Tari at school in Ohlen Freshwota.', [('name', 'Lisa Kalsakau'), ('place', 'Blacksands Area 4'), ('name', 'Jimmy Tari'), ('place', 'Ohlen Freshwota')]),
    C("In Greece the EOPYY covers psychiatry but not psychology; the Hellenic Psychological Society wants reform. Anyone from Cyprus's GESY able to compare?"),
    C("A Nova Scotia colleague asked about Mi'kmaq healing circles and the Truth and Reconciliation Commission's Calls to Action; the First Nations Health Authority has resources too."),
    C('Security guard Ismail Mukasa, firearm licence UPF-FA-04418, Kireka Kamuli zone.', [('name', 'Ismail Mukasa'), ('licence', 'UPF-FA-04418'), ('place', 'Kireka Kamuli zone')]),
    C('Ko Zaw Min Htet, former CDM doctor, medical licence SaMa-71840, in hiding in Kamaryut ward 5; email zawmin.cdm@proton.me.', [('name', 'Ko Zaw Min Htet'), ('licence', 'SaMa-71840'), ('place', 'Kamaryut ward 5'), ('email', 'zawmin.cdm@proton.me')]),
    C("I'm writing a CPD session on Motivational Interviewing for khat users in Ethiopia, Somalia and Yemen; the AUDIT and DAST-10 don't really fit, so any culturally adapted tools?"),
    C('Tasmania: Brodie Cartledge, salmon farm diver, Dover Esplanade Road end, licence TAS-DIV-4471, Medicare 2418 44719 2-1.', [('name', 'Brodie Cartledge'), ('place', 'Dover Esplanade Road end'), ('licence', 'TAS-DIV-4471'), ('health_plan', '2418 44719 2-1')]),
    C("Long one, sorry. I have been seeing Gohar Melkonyan since she arrived from Stepanakert's Kyokh quarter in the exodus; she sleeps in a rented room at Baghramyan 2nd lane 6, Abovyan, 2223, with her mother, who was 90 years and 6 days old on the road. Her brother Vardan was last heard from on 19 September 2023 at 14:10. She wants me to write to the ICRC tracing service. How do I do that without putting her in more danger?", [('name', 'Gohar Melkonyan'), ('place', "Stepanakert's Kyokh quarter"), ('street_address', 'Baghramyan 2nd lane 6'), ('place', 'Abovyan'), ('zip_code', '2223'), ('age_over_89', '90 years and 6 days'), ('name', 'Vardan'), ('date', '19 September 2023 at 14:10')]),
    C('Djibouti: Hodan Ali Robleh, Balbala Hayabley, khat dependence in her husband; fax +253 21 35 44 18.', [('name', 'Hodan Ali Robleh'), ('place', 'Balbala Hayabley'), ('fax', '+253 21 35 44 18')]),
    C('Is the Columbia Suicide Severity Rating Scale validated in Swahili? We have Kiswahili versions of the PHQ-9, but not of the C-SSRS, for Tanzania and Kenya.'),
    C('Bit of a long one. Kateryna Bondar was a nurse at the Okhmatdyt Hospital when the missile hit on 8 July 2024. She now works in Lublin-Czuby and rents at ul. Wileńska 12/4, 20-603. Nightmares are about the dialysis children. She asked that her Polish PESEL 87041512847 not appear anywhere. Any trauma-focused CBT colleague who speaks Ukrainian and takes NFZ?', [('name', 'Kateryna Bondar'), ('place', 'Okhmatdyt Hospital'), ('date', '8 July 2024'), ('place', 'Lublin-Czuby'), ('street_address', 'ul. Wileńska 12/4'), ('zip_code', '20-603'), ('ssn', '87041512847')]),
    C('Does UnitedHealthcare accept the ASAM Criteria for Residential Treatment of Alcohol Use Disorder? Humana and Cigna want LOCUS scores instead.'),
    C("Belarusian client Yauheniya Kashchanka, ID 4170391A021PB7, detained in 2020, now in Biała Podlaska's Wólka Zarzeczna hostel; nightmares about the detention centre. Any Polish-speaking trauma supervisors?", [('name', 'Yauheniya Kashchanka'), ('ssn', '4170391A021PB7'), ('place', "Biała Podlaska's Wólka Zarzeczna")]),
    C('Stefan Marinov, ul. Tsar Simeon 118, et. 3, Sofia Lozenets, 1164; ex-convict, court-ordered therapy.', [('name', 'Stefan Marinov'), ('street_address', 'ul. Tsar Simeon 118, et. 3'), ('place', 'Sofia Lozenets'), ('zip_code', '1164')]),
    C('Brazzaville: Grâce Mabiala, Moungali quartier 46, explosion in 2012 still haunts her; phone +242 06 612 38 47.', [('name', 'Grâce Mabiala'), ('place', 'Moungali quartier 46'), ('phone', '+242 06 612 38 47')]),
    C("Anjali Thapa Magar's GoFundMe gofundme.com/f/anjali-kidney-pokhara names our clinic in Lakeside Baidam; can I ask her to remove it?", [('name', 'Anjali Thapa Magar'), ('url', 'gofundme.com/f/anjali-kidney-pokhara'), ('place', 'Lakeside Baidam')]),
    C('Nermin Šehovac looks after his mother Hajra Šehovac, 91 years and 5 months, at home in Tuzla-Slavinovići; he is the client, caregiver strain and no respite.', [('name', 'Nermin Šehovac'), ('name', 'Hajra Šehovac'), ('age_over_89', '91 years and 5 months'), ('place', 'Tuzla-Slavinovići')]),
    C('The Trevor Project and Switchboard LGBT+ Helpline both offer chat; has anyone got feedback from clients in Kenya or Ghana using them?'),
    C("Viktor Frankl's Man's Search for Meaning keeps coming up with my Orthodox Jewish clients during Passover; does anyone combine logotherapy with ACT as Steven Hayes describes it?"),
    C('Rodel Magbanua, seafarer, licence STCW-PH-118430, from Poblacion Ilawod, Dao, anxiety since Houthi attack on his ship; PhilHealth 12-051883447-2.', [('name', 'Rodel Magbanua'), ('licence', 'STCW-PH-118430'), ('place', 'Poblacion Ilawod, Dao'), ('health_plan', 'PhilHealth 12-051883447-2')]),
    C("Finished Gabor Maté's In the Realm of Hungry Ghosts. Good for empathy, but I prefer the SAMHSA TIP 63 for Buprenorphine and Methadone questions."),
    C('Our Sudanese refugee groups meet on Saturdays after Friday prayers; we adapted Problem Management Plus into Sudanese Arabic with help from MSF and the IFRC Psychosocial Centre.'),
    C('Does anyone use the Kinship Care resources from Kinship, formerly Grandparents Plus, with clients over eighty raising grandchildren in Britain? the Age UK Advice Line is open every day, Christmas included.'),
    C('Client Moses Kiiza Ssemanda, Bwaise III, Kampala, joins from 102.85.44.219; he fears the anti-gay law.', [('name', 'Moses Kiiza Ssemanda'), ('place', 'Bwaise III'), ('place', 'Kampala'), ('ip_address', '102.85.44.219')]),
    C('Ecuador: Andrea Cedeño, cédula 1719024478, Isla Trinitaria cooperativa Nigeria, Guayaquil, gang recruitment of her son.', [('name', 'Andrea Cedeño'), ('ssn', '1719024478'), ('place', 'Isla Trinitaria cooperativa Nigeria'), ('place', 'Guayaquil')]),
    C('Client Ravshan Tursunov sent me his Telegram channel t.me/ravshan_qarz_uy where loan sharks post his photo; lives in Chilanzar kvartal 19.', [('name', 'Ravshan Tursunov'), ('url', 't.me/ravshan_qarz_uy'), ('place', 'Chilanzar kvartal 19')]),
    C('Anyone using Woebot or Wysa as homework between sessions? The Apple Health integration is neat, but GDPR and HIPAA questions from our IT lead are piling up.'),
    C('Solomon Islands: Ezekiel Tafoa, Burns Creek Block B, ethnic tension memories; email etafoa.sb@gmail.com.', [('name', 'Ezekiel Tafoa'), ('place', 'Burns Creek Block B'), ('email', 'etafoa.sb@gmail.com')]),
    C("Please don't fax anything to Hamid Barzani's employer in Erbil Ankawa - their number +964 66 257 4410 goes to the whole office.", [('name', 'Hamid Barzani'), ('place', 'Erbil Ankawa'), ('fax', '+964 66 257 4410')]),
    C("I'm curious how colleagues use Clue or Flo data when screening for PMDD with the DRSP; Apple Health exports help, but Google Fit ones are messy."),
    C('Clients on Lamotrigine who plan pregnancy: NICE, the MHRA and the EMA recommend specialist review; the UK Teratology Information Service has a Bumps leaflet.'),
    C("Please note Bheki Zwane's clinic IP 41.204.220.77 was posted in a WhatsApp group in Nhlangano Zone 4; he is a gay teacher.", [('name', 'Bheki Zwane'), ('ip_address', '41.204.220.77'), ('place', 'Nhlangano Zone 4')]),
    C('For ARFID in autistic children, is there anything beyond CBT-AR from the Thomas and Eddy manual? Our CAMHS dietitian is asking for a guideline from the RCPsych.'),
    C("For Yazidi survivors I've read Nadia Murad's The Last Girl, and the Free Yezidi Foundation publishes trauma resources in Kurmanji and English."),
    C("Grief therapists: do you use Pauline Boss's Ambiguous Loss framework with families of the missing in Mexico and Colombia? I'm adapting it for Spanish-speaking groups."),
    C('Fatou Kamara from Kissy Dockyard, Freetown, stopped ARVs; the clinic fax is +232 22 441 870.', [('name', 'Fatou Kamara'), ('place', 'Kissy Dockyard'), ('place', 'Freetown'), ('fax', '+232 22 441 870')]),
    C('Grigor Mkrtchyan, hearing aids Oticon Real 1 SN 22K4418A/B, Nork-Marash, refuses to wear them in group.', [('name', 'Grigor Mkrtchyan'), ('device', 'Oticon Real 1 SN 22K4418A/B'), ('place', 'Nork-Marash')]),
    C('Marisol Quiñones-Ararat, Siloé Lleras, uses a power wheelchair Permobil F5 SN PB44-10872; she was shot in 2021.', [('name', 'Marisol Quiñones-Ararat'), ('place', 'Siloé Lleras'), ('device', 'Permobil F5 SN PB44-10872')]),
    C('Kashmir: Mir Tabasum, Nowhatta Malik Sahib, pellet injury to her eye, internet shutdowns; phone +91 70061 44281.', [('name', 'Mir Tabasum'), ('place', 'Nowhatta Malik Sahib'), ('phone', '+91 70061 44281')]),
    C('Has anyone trained in CAMS from David Jobes? Our Veterans Affairs team in Montana uses it alongside Prolonged Exposure from Edna Foa.'),
    C("Stoyan Petkov, 93 years and 2 months, born 3 March 1931, in the care home at Yasenovo Hills, dementia with paranoia about the Communist-era files. Daughter's email ivelina.petkova@abv.bg.", [('name', 'Stoyan Petkov'), ('age_over_89', '93 years and 2 months'), ('date', '3 March 1931'), ('place', 'Yasenovo Hills'), ('email', 'ivelina.petkova@abv.bg')]),
    C("Ioana Vasilache's discharge date 19-10-2025 from Spitalul Obregia ward 9; she wants records sealed.", [('name', 'Ioana Vasilache'), ('date', '19-10-2025'), ('place', 'Spitalul Obregia ward 9')]),
    C("Reading Kay Redfield Jamison's An Unquiet Mind with a Bipolar support circle run by Mind. Any similar memoirs in French or German?"),
    C("In Ontario, does the Personal Health Information Protection Act let me share session notes with a Children's Aid Society worker without consent?"),
    C('Client Ana Cristina Mendoza, Nequi 300 441 8720, Comuna 13 San Javier, extortion by combos.', [('name', 'Ana Cristina Mendoza'), ('account', '300 441 8720'), ('place', 'Comuna 13 San Javier')]),
    C('Malawi: Chikondi Mwafulirwa, Chilinde 2, Cyclone Freddy lost her baby; national ID MW-9KQ4T2PL; Airtel Money 0995 471 028.', [('name', 'Chikondi Mwafulirwa'), ('place', 'Chilinde 2'), ('ssn', 'MW-9KQ4T2PL'), ('account', '0995 471 028')]),
    C('Oriana Beltrán, born March 3rd, 2001, La Vega Barrio Las Casitas, Caracas; rape by a colectivo member.', [('name', 'Oriana Beltrán'), ('date', 'March 3rd, 2001'), ('place', 'La Vega Barrio Las Casitas'), ('place', 'Caracas')]),
    C('For stalking victims, the Suzy Lamplugh Trust and the National Stalking Helpline in England recommend the DASH checklist; any equivalent in Ireland or Australia?'),
    C('Chad: Halimé Mahamat in Farchana Goz Amer extension, teenage mother, referral from the health post at Gaga Nord; phone +235 66 21 48 09.', [('name', 'Halimé Mahamat'), ('place', 'Farchana Goz Amer extension'), ('place', 'Gaga Nord'), ('phone', '+235 66 21 48 09')]),
    C('Pierre-Olivier Thériault, 218 rue Principale, Saint-Ulric Rivière-Blanche, G0J 3H0; lobster fisherman with panic.', [('name', 'Pierre-Olivier Thériault'), ('street_address', '218 rue Principale'), ('place', 'Saint-Ulric Rivière-Blanche'), ('zip_code', 'G0J 3H0')]),
    C('Kamala Gurung, born 2051-04-12 BS, Hemja-7, Kaski; Gurkha widow pension dispute.', [('name', 'Kamala Gurung'), ('date', '2051-04-12 BS'), ('place', 'Hemja-7'), ('place', 'Kaski')]),
    C('Hawala slip HWL-KBL-44187 was found on Nilofar Sahak at Shah Shaheed block 3; she fears the Taliban tracing it.', [('account', 'HWL-KBL-44187'), ('name', 'Nilofar Sahak'), ('place', 'Shah Shaheed block 3')]),
    C('Levon Ghukasyan (94 years and 8 months on paper, ninety-five years and four months by his own count) keeps asking where his village went. Lives at 17 Tumanyan Street, Yeghvardashen, 2237.', [('name', 'Levon Ghukasyan'), ('age_over_89', '94 years and 8 months'), ('age_over_89', 'ninety-five years and four months'), ('street_address', '17 Tumanyan Street'), ('place', 'Yeghvardashen'), ('zip_code', '2237')]),
    C("I'm preparing a talk for World Mental Health Day on Dixon Chibanda's Friendship Bench and the WHO's Problem Management Plus. Any good slides from the IASC network?"),
    C('Beninese teacher Rodrigue Houngbédji, NPI 1042857391, threatened after teaching in Tanguiéta-Tchoutchoumbou; phone +229 97 40 18 22.', [('name', 'Rodrigue Houngbédji'), ('ssn', '1042857391'), ('place', 'Tanguiéta-Tchoutchoumbou'), ('phone', '+229 97 40 18 22')]),
    C('Ambulance driver Ziad Hamdan, licence PRCS-AMB-0418, vehicle PRCS 4-417, Jabalia block 2; moral injury.', [('name', 'Ziad Hamdan'), ('licence', 'PRCS-AMB-0418'), ('vehicle', 'PRCS 4-417'), ('place', 'Jabalia block 2')]),
    C('Papua New Guinea: Kila Aisi, Hohola Ward 3, accused of sorcery after a death; phone +675 7194 4028.', [('name', 'Kila Aisi'), ('place', 'Hohola Ward 3'), ('phone', '+675 7194 4028')]),
    C("Anyone using Dialectical Behaviour Therapy for Adolescents from Alec Miller and Jill Rathus in Spanish? The Linehan Institute's Behavioral Tech runs some courses."),
    C("Session log for Kalinda Gumbula shows 101.181.44.207, Galiwin'ku Lot 12 camp; NT Health chart NTH-GAL-0044187.", [('name', 'Kalinda Gumbula'), ('ip_address', '101.181.44.207'), ('place', "Galiwin'ku Lot 12 camp"), ('medical_record', 'NTH-GAL-0044187')]),
    C('Fax from Clinica Sf. Ana Pipera at +40 21 318 4470 about Gabriela Dobre, file CSA-PIP-20117, postnatal psychosis. Who can see her this week?', [('place', 'Clinica Sf. Ana Pipera'), ('fax', '+40 21 318 4470'), ('name', 'Gabriela Dobre'), ('medical_record', 'CSA-PIP-20117')]),
    C('How do you explain Ozempic-related nausea versus Anorexia Nervosa relapse to parents? Our Eating Disorders Victoria contact suggested the SCOFF and the EDE-Q.'),
    C("Leila Nasseri's ex tracks her Peugeot 44 ج 187 - 22 with an AirTag, Narmak Gharbi; she's terrified.", [('name', 'Leila Nasseri'), ('vehicle', '44 ج 187 - 22'), ('place', 'Narmak Gharbi')]),
    C("In Ramadan I move DBT skills groups to after Iftar; Marsha Linehan's handouts translate well into Arabic and Urdu, and the Eid break in April fits the module cycle."),
    C("Israeli client Noa Ben-Harosh, teudat zehut 302718845, survivor of the Nova festival, lives in Kiryat Shmona's Givat Hatmarim; Clalit number Clalit 7720-4419-03.", [('name', 'Noa Ben-Harosh'), ('ssn', '302718845'), ('place', "Kiryat Shmona's Givat Hatmarim"), ('health_plan', 'Clalit 7720-4419-03')]),
    C('For Fijian and Tongan clients in New Zealand, the Fonofale model from Fuimaono Karl Pulotu-Endemann and Te Whare Tapa Whā from Mason Durie both work well.'),
    C('Eritrean client Senait Woldegiorgis, escaped national service, held in Libya; now at Via Tiburtina 1040, Ponte Mammolo, 00156.', [('name', 'Senait Woldegiorgis'), ('street_address', 'Via Tiburtina 1040'), ('place', 'Ponte Mammolo'), ('zip_code', '00156')]),
    C('GCash number 0917 441 8823 belongs to Rowena Macaraig, Sitio Mapayapa, who is being extorted by a sextortion ring.', [('account', '0917 441 8823'), ('name', 'Rowena Macaraig'), ('place', 'Sitio Mapayapa')]),
    C('For Belarusian clients in Lithuania and Poland, the Belarusian Helsinki Committee and Viasna document repression; how do you write reports for Asylum lawyers without breaching GDPR?'),
    C("When clients take St John's Wort with Sertraline, I ask them to talk to a pharmacist; the MHRA Yellow Card scheme and the EMA list serotonin syndrome warnings."),
    C('Pilot Thabo Mokoena-Seleka, ATPL ZA-ATPL-0441872, from Kempton Park Rhodesfield, grounded after antidepressants.', [('name', 'Thabo Mokoena-Seleka'), ('licence', 'ZA-ATPL-0441872'), ('place', 'Kempton Park Rhodesfield')]),
    C('Pablo Quisbert logged in from 181.115.172.44 in Villa Adela Plan 3, while saying he was in Chile.', [('name', 'Pablo Quisbert'), ('ip_address', '181.115.172.44'), ('place', 'Villa Adela Plan 3')]),
    C("For Bolivian and Peruvian Aymara and Quechua speakers, is there any validated PHQ-9? The PAHO website links to Spanish only, and the Andean susto concept isn't in ICD-11."),
    C("For Schema Therapy I use Jeffrey Young's Reinventing Your Life; the Dutch trials on Borderline Personality Disorder by Arnoud Arntz were persuasive."),
    C('Pharmacist Siosaia Vea, registration TPB-PH-0441, Haveluloto, robbed twice this year.', [('name', 'Siosaia Vea'), ('licence', 'TPB-PH-0441'), ('place', 'Haveluloto')]),
    C("I'm reviewing Vikram Patel's Where There Is No Psychiatrist for a Caribbean training; the second edition includes Suicide Prevention and Substance Use chapters."),
    C('Appalachia: Darlene Slone, Lotts Creek hollow, Knott County, black lung widow, opioid son; SSN 402-61-8847.', [('name', 'Darlene Slone'), ('place', 'Lotts Creek hollow'), ('place', 'Knott County'), ('ssn', '402-61-8847')]),
    C("For Armenian and Georgian clients who are Orthodox Christians, Easter in April is often harder than Christmas; I use Kenneth Doka's idea of Disenfranchised Grief with them."),
    C("Anyone trained in Cognitive Behavioural Therapy for Psychosis by the Beck Institute? Aaron Beck and Neil Rector's book is good, but Tony Morrison's work is more practical."),
    C('Newfoundland: Gerard Fudge, Ramea Harbour, cod moratorium and son lost at sea; MCP 441 872 219 004.', [('name', 'Gerard Fudge'), ('place', 'Ramea Harbour'), ('health_plan', 'MCP 441 872 219 004')]),
    C('Liudmila Kovaliova lives at vul. Shevchenka 71, kv. 9, Kamianets-Podilskyi Ruska Fortechna, 32300; husband missing in action.', [('name', 'Liudmila Kovaliova'), ('street_address', 'vul. Shevchenka 71, kv. 9'), ('place', 'Kamianets-Podilskyi Ruska Fortechna'), ('zip_code', '32300')]),
    C("Clients who fast for Yom Kippur and take Lamictal: any pharmacist input? Teva's leaflet in Hebrew says take it at night, and I am not prescribing."),
    C("My caseload has several clients on Suboxone after the Dominican Republic's and Puerto Rico's fentanyl surge; SAMHSA's Find Treatment site is useful, ASSMCA less so."),
    C('Bulgarian EGN 7605128342: Dimitrina Koleva, Gorna Bania; her son died in a bus crash, she wants grief work but no group.', [('ssn', '7605128342'), ('name', 'Dimitrina Koleva'), ('place', 'Gorna Bania')]),
    C("When a client fasts during Ramadan while on Metformin and Olanzapine, do you involve Diabetes UK's Ramadan guidance or the IDF-DAR Practical Guidelines?"),
    C('Hong Kong: Chan Wing-sze, HKID K441829(3), Tai Hang Tung Block 5, arrested 2019, now in exile in Britain; email wingsze.c@pm.me.', [('name', 'Chan Wing-sze'), ('ssn', 'K441829(3)'), ('place', 'Tai Hang Tung Block 5'), ('email', 'wingsze.c@pm.me')]),
    C('Polyvagal Theory from Stephen Porges gets criticised in Biological Psychology papers; do you still teach it to clients, or use Window of Tolerance from Daniel Siegel?'),
    C('This is long. Naledi Mokhothu is a Basotho migrant who was trapped underground in the illegal mine at Stilfontein shaft 11 for months. She was a cook there, not a miner, and was taken out on 16 January 2025. Her Lesotho ID LS-0441872209 was confiscated by the police, and she now lives with a cousin at Stand 4418, Mbizana Street, Khuma Extension 4, 2570. She cannot sleep in a room with the door closed and eats only standing up. Where do I even start?', [('name', 'Naledi Mokhothu'), ('place', 'Stilfontein shaft 11'), ('date', '16 January 2025'), ('ssn', 'LS-0441872209'), ('street_address', 'Stand 4418, Mbizana Street'), ('place', 'Khuma Extension 4'), ('zip_code', '2570')]),
    C('Does the Data Privacy Act of 2012 in the Philippines apply to Facebook Messenger counselling? The Philippine Psychological Association guideline mentions Viber and Zoom only.'),
    C('Libyan migrant detention survivor Kidane Haile, now at Triq il-Kbira 55, Ħal Far Open Centre annex, BBG 3000; passport P02241873.', [('name', 'Kidane Haile'), ('street_address', 'Triq il-Kbira 55'), ('place', 'Ħal Far Open Centre annex'), ('zip_code', 'BBG 3000'), ('ssn', 'P02241873')]),
    C("With Lunar New Year coming, my Vietnamese and Chinese clients dread family questions about marriage. Kristin Neff's Self-Compassion exercises have been a surprising hit in Mandarin."),
    C('Tereza Nováková from Horní Lhota nad Bečvou asks if I can see her daughter Emička online; rodné číslo 096218/4417; the flood took their house.', [('name', 'Tereza Nováková'), ('place', 'Horní Lhota nad Bečvou'), ('name', 'Emička'), ('ssn', '096218/4417')]),
    C('Anyone know if Allianz Care international plans cover Online Therapy with BetterHelp or Talkspace? A client working for the UN asked me on Friday.'),
    C('Do Blue Cross Blue Shield plans in Texas still require prior authorisation for Intensive Outpatient Programs? Our billing team says Optum handles it since January.'),
    C('For burnout in Doctors, the Practitioner Health programme and the BMA Wellbeing support line help; what do colleagues in Ireland use?'),
    C('In Spain, Sanitas and Adeslas cover a few psychology sessions; in Portugal, Médis and Multicare do something similar. Anyone compared the Copayments?'),
    C("Yosef Mizrahi, 104 and a half, Holocaust survivor in Neve Sha'anan Gimel home; his grandson Eliyahu-Dov says he refuses hearing aids Phonak Audéo P90 SN 21XK44017.", [('name', 'Yosef Mizrahi'), ('age_over_89', '104 and a half'), ('place', "Neve Sha'anan Gimel"), ('name', 'Eliyahu-Dov'), ('device', 'Phonak Audéo P90 SN 21XK44017')]),
    C('Korean adoptee Anna Lindqvist Kim, RRN 840521-2041873, searching for her birth mother in Ansan Wongok-dong.', [('name', 'Anna Lindqvist Kim'), ('ssn', '840521-2041873'), ('place', 'Ansan Wongok-dong')]),
    C("Audit found 2400:adc5:118:6900::44 attached to Zarmina Hotak's notes, Qala-e-Fathullah; she is now in Germany.", [('ip_address', '2400:adc5:118:6900::44'), ('name', 'Zarmina Hotak'), ('place', 'Qala-e-Fathullah')]),
    C("The clinic's router logged 2a02:2f0c:8204:1a00::4f1 for Radu Istrate's session from Cluj Mănăștur; he denies being in Romania and says he's in Spain.", [('ip_address', '2a02:2f0c:8204:1a00::4f1'), ('name', 'Radu Istrate'), ('place', 'Cluj Mănăștur')]),
    C('Bassem Nassar posts his PTSD diary on https://medium.com/@bassem.mar.mikhael, including my first name. He lives in Gemmayzeh lower steps.', [('name', 'Bassem Nassar'), ('url', 'https://medium.com/@bassem.mar.mikhael'), ('place', 'Gemmayzeh lower steps')]),
    C('Jaroslav Beneš, Husova 441/12, Brno-Královo Pole, 612 00; gambling on sports apps.', [('name', 'Jaroslav Beneš'), ('street_address', 'Husova 441/12'), ('place', 'Brno-Královo Pole'), ('zip_code', '612 00')]),
    C('Yukon: Cassidy Silverfox, Carmacks Tantalus Flats, residential school intergenerational grief; YHCIP 002-441-873.', [('name', 'Cassidy Silverfox'), ('place', 'Carmacks Tantalus Flats'), ('health_plan', 'YHCIP 002-441-873')]),
    C('The referral came by fax from +961 1 612 448 at the Karantina Hospital; client Maya Saade, 19, explosion burns.', [('fax', '+961 1 612 448'), ('place', 'Karantina Hospital'), ('name', 'Maya Saade')]),
    C("For Huntington's Disease families, the Huntington's Disease Association and HDSA have counselling guides; does anyone use the UHDRS behavioural section?"),
    C('Our Tagalog-speaking caregivers in Canada get burnout; Canadian Mental Health Association resources help, but we need material in Tagalog and Ilocano before Christmas.'),
    C('My Hindu and Sikh clients in Canada use the Vaisakhi and Diwali breaks for family visits; I reschedule the Beck Depression Inventory reviews around them.'),
    C("My Muslim clients have asked about therapy in Ramadan and about Islamic psychology texts; Malik Badri's The Dilemma of Muslim Psychologists is a good start."),
    C("I'm struggling to find Tigrinya-speaking interpreters for Saturday sessions; does Language Line or TransPerfect cover it?"),
    C('Please send the CPAP reading for Aivars Kalniņš (ResMed AirSense 11 SN 23184417702) to the sleep lab in Jugla; he is anxious about driving lorries, CE licence LV-CE-AB441872.', [('name', 'Aivars Kalniņš'), ('device', 'ResMed AirSense 11 SN 23184417702'), ('place', 'Jugla'), ('licence', 'LV-CE-AB441872')]),
    C('Lusia Tuilagi, CGM Dexcom G7 SN 4E41 87K2, Ōtara Town Centre flats, alarm panic at school.', [('name', 'Lusia Tuilagi'), ('device', 'Dexcom G7 SN 4E41 87K2'), ('place', 'Ōtara Town Centre flats')]),
    C("I'm moving from SimplePractice to Jane because of HIPAA audit logs; has anyone exported Medicare superbills cleanly without losing CPT codes?"),
    C('Any tips for explaining Korsakoff Syndrome and Thiamine to families who speak Polish or Romanian? Alcohol Change UK has leaflets in English only.'),
    C('For gambling disorder I lean on Naltrexone plus Motivational Interviewing in the Miller and Rollnick style; GamCare and Gamblers Anonymous meetings on Mondays help too.'),
    C('Does the Mental Healthcare Act 2017 in India allow advance directives to refuse ECT? A colleague from NIMHANS says yes, but the Kerala State Mental Health Authority seemed unsure.'),
    C('A Jordanian colleague asks about Mirtazapine versus Trazodone for insomnia in depressed clients over seventy. NICE and the Beers Criteria from the American Geriatrics Society disagree slightly.'),
    C("Boat MFV Ġorġ ta' Lapsi MFA-1187 skipper Carmelo Xuereb-Zammit from Marsaxlokk Xrobb l-Għaġin, lost a deckhand in a storm.", [('vehicle', "MFV Ġorġ ta' Lapsi MFA-1187"), ('name', 'Carmelo Xuereb-Zammit'), ('place', 'Marsaxlokk Xrobb l-Għaġin')]),
    C("Kuwaiti civil ID 287060501234, Dana Al-Mutairi, Salwa Block 10, anorexia, her Instagram is instagram.com/dana.salwa.fit; parents don't know.", [('ssn', '287060501234'), ('name', 'Dana Al-Mutairi'), ('place', 'Salwa Block 10'), ('url', 'instagram.com/dana.salwa.fit')]),
    C('Scotland Highlands: Ewan Matheson, Achiltibuie Polglass, croft debt and a quad bike crash; plate SV19 KPX.', [('name', 'Ewan Matheson'), ('place', 'Achiltibuie Polglass'), ('vehicle', 'SV19 KPX')]),
    C("I need a second opinion on a safeguarding question. Yevhenia Hrytsenko fled Vovchansk's Zhovtneva side with her son Yarema, who is now 12, and they share a room in a dormitory at ul. Kolejowa 41, Przemyśl Zasanie, 37-700. Yarema told the school counsellor that his father, still in the army, sends him videos of strikes. The father messages from +380 67 441 0926. Do I involve the Polish child protection services, and what do I say to the mother first?", [('name', 'Yevhenia Hrytsenko'), ('place', "Vovchansk's Zhovtneva side"), ('name', 'Yarema'), ('street_address', 'ul. Kolejowa 41'), ('place', 'Przemyśl Zasanie'), ('zip_code', '37-700'), ('phone', '+380 67 441 0926')]),
    C('Our Kaiser Permanente contract now requires a GAD-7 every fourth session, and Aetna wants a CGI-S before authorising more than twelve. Is this normal in California?'),
    C('Does anyone know whether the Romanian College of Psychologists accepts EMDR Europe accreditation for supervision hours? The Bulgarian and Croatian associations seem to differ.'),
    C("Fotini Makri's sleep apnoea device Lowenstein prisma20A SN 441872, Kato Patisia, Athens; she fears dying in sleep.", [('name', 'Fotini Makri'), ('device', 'Lowenstein prisma20A SN 441872'), ('place', 'Kato Patisia'), ('place', 'Athens')]),
    C('On Thursdays I co-facilitate an Al-Anon-informed family group using CRAFT, the Robert Meyers model; the Hazelden Betty Ford workbooks are pricey though.'),
    C('Clients who celebrate Hanukkah and Christmas in blended families: have you used Structural Family Therapy from Salvador Minuchin with them?'),
    C("Has anyone paired Prazosin with Cognitive Processing Therapy for nightmares? The VA/DoD guideline is lukewarm, but Patricia Resick's manual and a few ISTSS posters suggest it helps some veterans before Christmas."),
    C('In Vietnam and Laos, the Vietnamese Ministry of Health and the Lao Ministry of Health have little on EMDR; is ASEAN doing anything on Trauma therapy standards?'),
    C('Salma Ben Ghazi, born 1 Feb 1995, Souq al-Juma Arada, Tripoli.', [('name', 'Salma Ben Ghazi'), ('date', '1 Feb 1995'), ('place', 'Souq al-Juma Arada'), ('place', 'Tripoli')]),
    C("I like Paul Gilbert's Compassion Focused Therapy for shame in Japanese clients, but Morita Therapy from Shoma Morita may fit better with hikikomori and Naikan traditions."),
    C('Client Marta Lindo sends session fees from IBAN PA44 0018 4417 2200 1187, San Miguelito Samaria; insurer wants receipts.', [('name', 'Marta Lindo'), ('account', 'PA44 0018 4417 2200 1187'), ('place', 'San Miguelito Samaria')]),
    C('Hoping for advice from anyone who works with migrant fishers. Aung Ko Latt worked on the trawler Sor Wanchai 88 (TK 00441) out of Mahachai Tha Chalom pier, where he was held for eleven months without pay. His Thai pink card number is 0-0441-87221-33-6, and the NGO shelter in Ban Tha Chin Soi 9 asked me to write a report for the labour court. He dissociates whenever the engine noise of a truck passes the window. How do I pace a trauma narrative when a court date is set?', [('name', 'Aung Ko Latt'), ('vehicle', 'Sor Wanchai 88 (TK 00441)'), ('place', 'Mahachai Tha Chalom pier'), ('ssn', '0-0441-87221-33-6'), ('place', 'Ban Tha Chin Soi 9')]),
    C("Is Bupropion or Varenicline better for smokers with Schizophrenia? Pfizer's Champix shortage made our Psychiatry team switch to Cytisine last Autumn."),
    C('Do you screen for Ehlers-Danlos Syndrome in clients with anxiety and POTS? A rheumatologist at Johns Hopkins gave a webinar, but the evidence seems thin.'),
    C('Can Vyvanse be prescribed via Telehealth across state lines in the United States after the DEA extended its flexibilities? Our Florida and Georgia clients are confused.'),
    C("Any EMDR clinicians trained by the EMDR Institute who also use Flash Technique? Francine Shapiro's book doesn't mention it, and the EMDRIA standards were revised recently."),
    C('Does the Equality Act 2010 require reasonable adjustments for ADHD in NHS Talking Therapies? Several Employment Tribunal rulings have people talking.'),
    C('Dildora Sultanova-Qodirova asked why our booking page stored 84.54.71.203 next to her name; she lives in Mirzo Ulugbek Qorasuv.', [('name', 'Dildora Sultanova-Qodirova'), ('ip_address', '84.54.71.203'), ('place', 'Mirzo Ulugbek Qorasuv')]),
    C("Romanian CNP 2850413260047 for Ileana Munteanu, Sighetu de Sus; she was a care worker in Germany and came home with PTSD after a patient's death.", [('ssn', '2850413260047'), ('name', 'Ileana Munteanu'), ('place', 'Sighetu de Sus')]),
    C("Our supervision group is reading Irvin Yalom's The Gift of Therapy over Advent, a chapter a week, with Zoom calls on Wednesday evenings. Spanish and Portuguese speakers welcome."),
    C('Lebanese client Rita Khoury, port blast survivor, lives at Rue Pasteur 34, Mar Mikhael Nahr steps; she asks me to send homework to ritakh.beirut@gmail.com.', [('name', 'Rita Khoury'), ('street_address', 'Rue Pasteur 34'), ('place', 'Mar Mikhael Nahr steps'), ('email', 'ritakh.beirut@gmail.com')]),
    C('Using the Gottman Method with Mormon couples in Utah and Idaho: the Sound Relationship House maps onto LDS family values better than I expected.'),
    C('For adolescents with Type 1 Diabetes and eating disorders, do you use the DEPS-R? Diabetes UK and Breakthrough T1D, formerly JDRF, have good pages.'),
    C('Is there a Korean version of the Columbia Protocol that the Korea Foundation for Suicide Prevention endorses? Chuseok seems to spike calls to the helpline.'),
    C('Indonesian NIK 3174052208910003: Dewi Anggraini Hutapea, Kampung Melayu Kecil, flood trauma and debt to a pinjol app.', [('ssn', '3174052208910003'), ('name', 'Dewi Anggraini Hutapea'), ('place', 'Kampung Melayu Kecil')]),
    C('Palestinian colleague asks: Lina Qawasmeh from Wadi al-Hariya, Hebron, ID 853217094, teenage son detained; she is on WhatsApp +970 59 871 4402.', [('name', 'Lina Qawasmeh'), ('place', 'Wadi al-Hariya'), ('place', 'Hebron'), ('ssn', '853217094'), ('phone', '+970 59 871 4402')]),
    C('Client Ahmed Al-Jubouri, plate بغداد 441872, car bomb survivor, Karrada Dakhil, son born 12 April 2006.', [('name', 'Ahmed Al-Jubouri'), ('vehicle', 'بغداد 441872'), ('place', 'Karrada Dakhil'), ('date', '12 April 2006')]),
    C('Timor-Leste: Maria da Costa Belo, Aldeia Becora Leten, 1999 survivor, now ninety-one years and eleven months; grandson Zito translates.', [('name', 'Maria da Costa Belo'), ('place', 'Aldeia Becora Leten'), ('age_over_89', 'ninety-one years and eleven months'), ('name', 'Zito')]),
    C('Eswatini: Sibusiso Mamba-Lukhele, PIN 8702146100087, Msunduza Ext 6, attacked in the 2021 unrest; phone +268 7612 4490.', [('name', 'Sibusiso Mamba-Lukhele'), ('ssn', '8702146100087'), ('place', 'Msunduza Ext 6'), ('phone', '+268 7612 4490')]),
    C('South Korean RRN 920417-2148330: Park Seo-ryeong, crowd crush survivor, lives in Hannam-dong 2-ga; phone 010-4418-2290.', [('ssn', '920417-2148330'), ('name', 'Park Seo-ryeong'), ('place', 'Hannam-dong 2-ga'), ('phone', '010-4418-2290')]),
    C('Prosthetic hand Hero Arm SN OB-44-1872 for Hussam Jaber, Al-Rimal block 5; phantom pain and flashbacks.', [('device', 'Hero Arm SN OB-44-1872'), ('name', 'Hussam Jaber'), ('place', 'Al-Rimal block 5')]),
    C('Kurdish client Shilan Rashid from Bakrajo in Sulaymaniyah, acid attack survivor; hospital file SULY-BURN-11804; her brother Karwan threatens the clinic.', [('name', 'Shilan Rashid'), ('place', 'Bakrajo'), ('place', 'Sulaymaniyah'), ('medical_record', 'SULY-BURN-11804'), ('name', 'Karwan')]),
    C('Syrian refugee Abdulrahman Al-Hamoud from Tal Rifaat now in Bekaa camp 014, UNHCR case LEB-C-17-448201, son has night terrors.', [('name', 'Abdulrahman Al-Hamoud'), ('place', 'Tal Rifaat'), ('place', 'Bekaa camp 014'), ('account', 'LEB-C-17-448201')]),
    C('Oumou Koné, Niono Foyer, cochlear implant Med-El Sonnet 2 SN 4410872.', [('name', 'Oumou Koné'), ('place', 'Niono Foyer'), ('device', 'Med-El Sonnet 2 SN 4410872')]),
    C('Send the letter to Petra Holubová, Na Výsluní 418, Dolní Krupá u Mnichova Hradiště, 295 01.', [('name', 'Petra Holubová'), ('street_address', 'Na Výsluní 418'), ('place', 'Dolní Krupá u Mnichova Hradiště'), ('zip_code', '295 01')]),
    C('Issa Moussa Harouna, Quartier Zongo, Nita transfer code NITA-44187220.', [('name', 'Issa Moussa Harouna'), ('place', 'Quartier Zongo'), ('account', 'NITA-44187220')]),
    C("Lithium monitoring during Diwali fasting: our Hindu clients on Priadel ask if they can skip tablets; the BAP guidance and the Maudsley-type handbooks don't cover it."),
    C('Rita Borg, ninety-three and a quarter, from Għargħur tal-Qasam, is grieving her twin; her nephew Clayton Borg emails me from clayton.borg@melita.com.mt.', [('name', 'Rita Borg'), ('age_over_89', 'ninety-three and a quarter'), ('place', 'Għargħur tal-Qasam'), ('name', 'Clayton Borg'), ('email', 'clayton.borg@melita.com.mt')]),
    C('For Muslim clients during Hajj season and Eid al-Adha, scheduling is tough; our Islamic Counselling network recommends moving Tuesday sessions to Thursday.'),
    C('The portal shows Nasiba Rahimova logging in from 213.230.94.118 at night, Yunusobod 19-kvartal; her husband reads her homework.', [('name', 'Nasiba Rahimova'), ('ip_address', '213.230.94.118'), ('place', 'Yunusobod 19-kvartal')]),
    C("Which Apps do you recommend for insomnia? Sleepio has NICE approval, and the VA's CBT-i Coach is free on Android and iOS."),
    C("Do you use the Kessler K10 or the CORE-10 for routine outcomes? The Australian Government's PMHC-MDS requires the K10, while BACP services prefer CORE."),
    C("quick one - Florin Bălan was a driver in the 2015 club fire aftermath, plate B 417 FLX, lives in Drumul Taberei Parc 4, still can't go indoors with music.", [('name', 'Florin Bălan'), ('vehicle', 'B 417 FLX'), ('place', 'Drumul Taberei Parc 4')]),
    C('Our Headspace centre follows the Orygen guidelines for First Episode Psychosis; is Aripiprazole still the first choice in Australia and New Zealand?'),
    C("Can anyone recommend Croatian or Serbian translations of Peter Levine's Waking the Tiger? A Bosnian colleague wants them for a women's group in Republika Srpska and the Federation."),
    C("Our Lutheran and Anglican chaplains want training in Moral Injury; Brett Litz's Adaptive Disclosure from Guilford Press is the manual I know."),
    C('Bosnian JMBG 1207968175031, Emina Kovačević-Hrnjica, from Kozarac Gornji, survivor testimony fatigue after the ICTY trials. Lives on Ulica Maršala Tita 88, Sanski Most, 79264.', [('ssn', '1207968175031'), ('name', 'Emina Kovačević-Hrnjica'), ('place', 'Kozarac Gornji'), ('street_address', 'Ulica Maršala Tita 88'), ('place', 'Sanski Most'), ('zip_code', '79264')]),
    C("Our telehealth vendor exposed Hina Siddiqui's IP 39.51.204.118 and town Shikarpur Lakhi Dar; do we need to notify her?", [('name', 'Hina Siddiqui'), ('ip_address', '39.51.204.118'), ('place', 'Shikarpur Lakhi Dar')]),
    C('Does the Mental Capacity Act 2005 code of practice say anything about clients who refuse Clozapine blood tests? Our NHS pharmacist quoted NICE CG178, but I cannot find the paragraph.'),
    C("For client handouts on Grief, I use William Worden's Tasks of Mourning and the Dual Process Model from Margaret Stroebe and Henk Schut. Cruse Bereavement Support has similar sheets."),
    C('For panic disorder in pregnancy, would you try Sertraline before Propranolol? A recent MHRA drug safety update made our obstetricians nervous.'),
    C('Address for Sarkis Tashjian: Rue Arax 14, Bourj Hammoud Nor Marash; he is ninety-two years and one month and hoards bread.', [('name', 'Sarkis Tashjian'), ('street_address', 'Rue Arax 14'), ('place', 'Bourj Hammoud Nor Marash'), ('age_over_89', 'ninety-two years and one month')]),
    C('Burundian refugee Claudine Niyonzima, Nduta zone 9, Kigoma; UNHCR NDU-18-C44017; son Éric-Blaise wets the bed since a raid.', [('name', 'Claudine Niyonzima'), ('place', 'Nduta zone 9'), ('place', 'Kigoma'), ('account', 'NDU-18-C44017'), ('name', 'Éric-Blaise')]),
    C('Montana: Shane Rides At The Door, Heart Butte Ward, meth in the family; Medicaid MT-MCD-5588214.', [('name', 'Shane Rides At The Door'), ('place', 'Heart Butte Ward'), ('health_plan', 'MT-MCD-5588214')]),
    C("Has anyone read Arthur Kleinman's The Illness Narratives with trainees? We discussed it alongside the DSM-5-TR Cultural Formulation Interview on Monday."),
    C('Moldovan returnee Ion Ciobanu, IDNP 2004017381526, back from Italian tomato fields to Cărpineni-Deal; wife Mărioara says he stopped speaking after a fall. Phone +373 69 554 120.', [('name', 'Ion Ciobanu'), ('ssn', '2004017381526'), ('place', 'Cărpineni-Deal'), ('name', 'Mărioara'), ('phone', '+373 69 554 120')]),
    C('Bolivia: Juana Mamani Quispe, CI 4418293 LP, Villa Ingenio Distrito 4, lynching threats against her son.', [('name', 'Juana Mamani Quispe'), ('ssn', '4418293 LP'), ('place', 'Villa Ingenio Distrito 4')]),
    C('Oleksandr Tkachuk, veteran, prosthetic leg Össur Proprio Foot SN PF-441-2287, Irpin Romanivka; licence to carry UA-ZBR-0044172.', [('name', 'Oleksandr Tkachuk'), ('device', 'Össur Proprio Foot SN PF-441-2287'), ('place', 'Irpin Romanivka'), ('licence', 'UA-ZBR-0044172')]),
    C('Bus driver Rahel Bekele, plate AA 3-B44187, Ayat Real Estate site 4, crash with a school minibus.', [('name', 'Rahel Bekele'), ('vehicle', 'AA 3-B44187'), ('place', 'Ayat Real Estate site 4')]),
    C('Greek-Armenian Hripsime Arakelian, 96 years and 9 months, lives at Odos Armenikis 3, Nea Smyrni Kato, 171 21; her carer calls from +30 694 418 2276.', [('name', 'Hripsime Arakelian'), ('age_over_89', '96 years and 9 months'), ('street_address', 'Odos Armenikis 3'), ('place', 'Nea Smyrni Kato'), ('zip_code', '171 21'), ('phone', '+30 694 418 2276')]),
    C("The Gulf Cooperation Council states have new Telehealth rules; the UAE's Ministry of Health and Prevention licences differ from the Saudi Commission for Health Specialties."),
    C("For Sikh clients, Gurpurab and Vaisakhi celebrations can trigger grief; Kenneth Doka and Terry Martin's Grieving Beyond Gender has helped me frame it."),
    C('Does anyone know how the Mental Health Act 1983 reforms in England and Wales affect Community Treatment Orders? The new Mental Health Bill passed through Parliament in stages.'),
    C('Thai ID 1-1037-00284-15-6: Siriporn Kaewmanee, Ban Nong Bua Daeng, Isaan, husband died in a construction fall in Israel.', [('ssn', '1-1037-00284-15-6'), ('name', 'Siriporn Kaewmanee'), ('place', 'Ban Nong Bua Daeng')]),
    C('Luxembourg cross-border nurse Sandrine Weber, matricule 1987 0412 345 67, living in Audun-le-Tiche Cité Bleue, burnout after Covid ICU. CNS card CNS 1987041234567.', [('name', 'Sandrine Weber'), ('ssn', '1987 0412 345 67'), ('place', 'Audun-le-Tiche Cité Bleue'), ('health_plan', 'CNS 1987041234567')]),
    C("Newfoundland and Labrador's Doorways walk-in model is interesting; anyone compared it with Single Session Therapy from Moshe Talmon or Michael Hoyt?"),
    C("ugh, rosa andreeva from dzhumaya mahala in plovdiv, roma girl taken from school to marry, she's 14.", [('name', 'rosa andreeva'), ('place', 'dzhumaya mahala'), ('place', 'plovdiv')]),
    C("Is there evidence for Transcranial Magnetic Stimulation with Brainsway devices in OCD? The FDA cleared it, but NICE's rTMS guidance covers only depression."),
    C("Remote session for Ariunzaya from IP 202.131.230.17, Bayanzürkh 31st khoroo; she says she's in Korea but the IP is local.", [('name', 'Ariunzaya'), ('ip_address', '202.131.230.17'), ('place', 'Bayanzürkh 31st khoroo')]),
    C('For Persian-speaking clients, I use Rumi and Hafez poems during Nowruz and Yalda; has anyone published on poetry therapy in Farsi with the National Association for Poetry Therapy?'),
    C("Thinking about Internal Family Systems for clients with Dissociative Identity Disorder; Richard Schwartz's No Bad Parts is popular, but the ISSTD guidelines urge caution."),
    C('Belizean and Guyanese clients often mention obeah and the Pentecostal church; how do you balance Spiritual Assessment with CBT without dismissing either?'),
    C('Scottish colleagues: does the Mental Health (Care and Treatment) (Scotland) Act 2003 require Named Persons for clients over sixteen? The Mental Welfare Commission guidance confused me.'),
    C('hi all, rushed: nikola jovanović from karaburma donji, near kotež, keeps posting his suicide notes on https://t.me/nikolajov_noc, mum found it. what is the duty here if he lives in another country now?', [('name', 'nikola jovanović'), ('place', 'karaburma donji'), ('place', 'kotež'), ('url', 'https://t.me/nikolajov_noc')]),
    C("Would you tell a Catholic client to skip Lent fasting while on Lithium? Our Pharmacy Council leaflet doesn't say, and Ash Wednesday is in February."),
    C('Ante Matić lost his fishing licence HR-RIB-04419 after a hit on a dolphin near Sali Zaglav; depression, alcohol. Boat ZD-2217.', [('name', 'Ante Matić'), ('licence', 'HR-RIB-04419'), ('place', 'Sali Zaglav'), ('vehicle', 'ZD-2217')]),
    C('Has anyone used Circle of Security Parenting with Arabic-speaking fathers? Are there trained facilitators in Jordan and Lebanon?'),
    C('Puerto Rico: Luis Ángel Rosario, SSN 581-44-2197, Hurricane Maria, lives at Calle Betances 112, Barrio Bartolo, Lares, 00669.', [('name', 'Luis Ángel Rosario'), ('ssn', '581-44-2197'), ('street_address', 'Calle Betances 112'), ('place', 'Barrio Bartolo'), ('place', 'Lares'), ('zip_code', '00669')]),
    C('Guyana Rupununi: Faith Melville, Annai Village, school suicide cluster; email annai.youth@gmail.com.', [('name', 'Faith Melville'), ('place', 'Annai Village'), ('email', 'annai.youth@gmail.com')]),
    C('Anyone running Interpersonal Psychotherapy groups, as Gerald Klerman and Myrna Weissman designed them, in Luganda or Kinyarwanda? StrongMinds uses a version in Uganda and Zambia.'),
    C('China: Zhao Xiaomei, resident ID 530102199204173328, Guandu Old Town, Kunming, leftover-woman pressure and a forced blind date; WeChat pay wxid_zxm0417kmg.', [('name', 'Zhao Xiaomei'), ('ssn', '530102199204173328'), ('place', 'Guandu Old Town'), ('place', 'Kunming'), ('account', 'wxid_zxm0417kmg')]),
    C('Taiwan ID F224417852: Lin Yi-chen, Zhonghe Xiulang Village, ghost-month anxiety after a rail crash; NHI 000044178522.', [('ssn', 'F224417852'), ('name', 'Lin Yi-chen'), ('place', 'Zhonghe Xiulang Village'), ('health_plan', 'NHI 000044178522')]),
    C('Aminata Diomandé from Yopougon Niangon Sud, excision survivor, asks for a female interpreter; CNAM number CMU 2231 0488 7713.', [('name', 'Aminata Diomandé'), ('place', 'Yopougon Niangon Sud'), ('health_plan', 'CMU 2231 0488 7713')]),
    C("My Bahá'í client asked about fasting in March while taking Quetiapine; I suggested a call to her GP and the NHS 111 service."),
    C("For ketamine-assisted therapy, does anyone follow the MAPS or Usona protocols? The Australian TGA's MDMA and Psilocybin rescheduling in 2023 made clients hopeful."),
    C('For Kurdish and Arabic speakers I use the Harvard Trauma Questionnaire and the Hopkins Symptom Checklist, but the Sorani translation is old. Anyone from the IRCT network have a newer one?'),
    C('For Appalachian clients on Vivitrol, transportation is the barrier; how do Kentucky Medicaid clients in your practice get to appointments each Tuesday in Winter?'),
    C("The BACP Ethical Framework and the HCPC standards differ on gifts; a client brought baklava for Nowruz and I wasn't sure if I could accept."),
    C('A supervisee from Zimbabwe wants to use the Shona Symptom Questionnaire outside Africa; the Friendship Bench team used it in Shona.'),
    C('For clients using Replika or Character.AI as companions, is there any guidance from the APA or the BPS? My Wednesday group of Samaritans volunteers keeps asking.'),
    C("I'm reading Andrew Solomon's The Noonday Demon with a peer group on Wednesdays; his chapter on Cambodia and Senegal sparks good discussion about Culture and Depression."),
    C('In Israel and Palestine both, clinicians I know are using the ITQ and the PCL-5 after October; the WHO mhGAP Humanitarian Intervention Guide is still my go-to.'),
    C('Client Milica Stanković, Zemun Polje, her car BG 441-KX was burned by her ex; she sees me on Zoom from 178.222.14.91.', [('name', 'Milica Stanković'), ('place', 'Zemun Polje'), ('vehicle', 'BG 441-KX'), ('ip_address', '178.222.14.91')]),
    C('Edgars Liepiņš, taxi plate TX-4418, Ķengarags Prūšu blocks, robbed at knifepoint.', [('name', 'Edgars Liepiņš'), ('vehicle', 'TX-4418'), ('place', 'Ķengarags Prūšu blocks')]),
    C('Libyan client Abdelhakim Eljerbi from Derna Al-Jubaila lost four relatives in the dam collapse; national number 119850347621; now in Tunis.', [('name', 'Abdelhakim Eljerbi'), ('place', 'Derna Al-Jubaila'), ('ssn', '119850347621'), ('place', 'Tunis')]),
    C('Belize: Delroy Tillett, SSN 000441873, Port Loyola Lake I, Belize City, gang shooting witness; phone +501 622 4417.', [('name', 'Delroy Tillett'), ('ssn', '000441873'), ('place', 'Port Loyola Lake I'), ('place', 'Belize City'), ('phone', '+501 622 4417')]),
    C('Liberian client Gbessay Kollie, Ebola survivor from West Point Kru Beach, grandmother, 90 years 2 months by her church record, Ma Kebbeh Flomo raises her kids.', [('name', 'Gbessay Kollie'), ('place', 'West Point Kru Beach'), ('age_over_89', '90 years 2 months'), ('name', 'Ma Kebbeh Flomo')]),
    C('Niger client Issoufou Abdou, migrant returned from Assamaka to Agadez quartier Dagmanet; IOM file IOM-AGZ-2024-0918.', [('name', 'Issoufou Abdou'), ('place', 'Assamaka'), ('place', 'Agadez quartier Dagmanet'), ('medical_record', 'IOM-AGZ-2024-0918')]),
    C('Phan Thị Hoa, born 15/8/1967, Xóm Chùa, Thủy Xuân; dioxin caregiving.', [('name', 'Phan Thị Hoa'), ('date', '15/8/1967'), ('place', 'Xóm Chùa, Thủy Xuân')]),
    C("Is Escitalopram or Vortioxetine better tolerated in elderly Maltese or Greek clients with Parkinson's? Our Lundbeck leaflet is only in English and German."),
    C('Referral: Oksana Melnychuk, Yahidne school basement survivor, now in Chernihiv Podusivka; fax +380 462 67 44 19.', [('name', 'Oksana Melnychuk'), ('place', 'Yahidne school basement'), ('place', 'Chernihiv Podusivka'), ('fax', '+380 462 67 44 19')]),
    C('Ilze Strautmane cares for her grandmother, 97 years, 3 months this winter, in a flat at Ūnijas iela 41-8, Teika, LV-1039. Carer burnout, can we share resources?', [('name', 'Ilze Strautmane'), ('age_over_89', '97 years, 3 months'), ('street_address', 'Ūnijas iela 41-8'), ('place', 'Teika'), ('zip_code', 'LV-1039')]),
    C('Philippines: Maricel Dimaculangan, PhilSys 4417-2098-3351-6620, Barangay Bagong Silangan Phase 6, husband killed in the drug war.', [('name', 'Maricel Dimaculangan'), ('ssn', '4417-2098-3351-6620'), ('place', 'Barangay Bagong Silangan Phase 6')]),
    C('The APA Clinical Practice Guideline for PTSD ranks CPT, PE and CBT above EMDR; the ISTSS Prevention and Treatment Guidelines rate them differently. Which do you cite to insurers?'),
    C('Trinidad-born Nadine Baptiste, living at 44 Jerningham Avenue, Belmont Circular Road end, grief after a home invasion.', [('name', 'Nadine Baptiste'), ('street_address', '44 Jerningham Avenue'), ('place', 'Belmont Circular Road end')]),
    C('Scottish care leaver Kyle McIlwraith, CHI 1403019846, living in a supported flat at 22 Dalmarnock Rise, Bridgeton Cross, G40 4HX, asks to see his notes.', [('name', 'Kyle McIlwraith'), ('medical_record', 'CHI 1403019846'), ('street_address', '22 Dalmarnock Rise'), ('place', 'Bridgeton Cross'), ('zip_code', 'G40 4HX')]),
    C("Has anyone read Bessel van der Kolk's The Body Keeps the Score alongside its critics in Psychological Medicine? Clients bring it to sessions every Monday."),
    C('For perinatal screening in Arabic and Farsi, do you use the Whooley Questions or the GAD-2? The Royal College of Obstetricians and Gynaecologists and NICE CG192 mention both.'),
    C("I'd welcome thoughts on Marsha Linehan's memoir Building a Life Worth Living for clients with BPD who are Catholic or Evangelical."),
    C("The stalker's site www.findkarinaoz.net lists Karina Ozola's new address in Imanta 5th microdistrict; she's my client.", [('url', 'www.findkarinaoz.net'), ('name', 'Karina Ozola'), ('place', 'Imanta 5th microdistrict')]),
    C('Dominican Republic: Yokasta Reyes, cédula 001-1844172-9, Los Guandules sector 3, femicide of her sister; phone +1 829 441 2203.', [('name', 'Yokasta Reyes'), ('ssn', '001-1844172-9'), ('place', 'Los Guandules sector 3'), ('phone', '+1 829 441 2203')]),
    C('Abebe Girma, pacemaker Biotronik Edora 8 DR-T SN 68441872, Kotebe Condominium 11; death anxiety after a shock.', [('name', 'Abebe Girma'), ('device', 'Biotronik Edora 8 DR-T SN 68441872'), ('place', 'Kotebe Condominium 11')]),
    C('Does anyone have the Portuguese version of the Adverse Childhood Experiences questionnaire endorsed by the CDC? Brazilian and Angolan clients find the English wording odd.'),
    C('Alaska: Wassillie Nanalook, Togiak Upper Village, fisherman after a boat loss; boat AK 4471 AF; IHS chart IHS-YKHC-448190.', [('name', 'Wassillie Nanalook'), ('place', 'Togiak Upper Village'), ('vehicle', 'AK 4471 AF'), ('medical_record', 'IHS-YKHC-448190')]),
    C("For Parkinson's Disease with depression, Rasagiline and Pramipexole complicate things; the Parkinson's Foundation and Parkinson's UK have different leaflets on Impulse Control Disorders."),
    C("For Armenian speakers, are there validated versions of the PHQ-9 and GAD-7? Has the American University of Armenia published on them? I can't find any Western Armenian wording."),
    C('Has anyone used Narrative Exposure Therapy, as described by Schauer, Neuner and Elbert, with Rohingya adolescents? The Bangla and Burmese lifeline materials look usable.'),
    C('Has anyone tried Rational Emotive Behaviour Therapy from Albert Ellis with Stoic philosophy, as Donald Robertson writes? My Greek clients love Epictetus.'),
    C("Gabon: Ornella Nzé from Akébé-Ville, Libreville, exam-stress collapse, mum's email nze.famille@yahoo.fr.", [('name', 'Ornella Nzé'), ('place', 'Akébé-Ville'), ('place', 'Libreville'), ('email', 'nze.famille@yahoo.fr')]),
    C('Tanzanian NIDA 19890314-11102-00001-27: Rehema Mwakalonge from Mbagala Kuu, albinism, attack fears; NHIF 102 558 4410.', [('ssn', '19890314-11102-00001-27'), ('name', 'Rehema Mwakalonge'), ('place', 'Mbagala Kuu'), ('health_plan', 'NHIF 102 558 4410')]),
    C('Guinea: Mamadou Saliou Diallo, Hamdallaye Koula, shot during a protest, leg fixator; hospital file DONKA-TRAUMA-4471.', [('name', 'Mamadou Saliou Diallo'), ('place', 'Hamdallaye Koula'), ('medical_record', 'DONKA-TRAUMA-4471')]),
    C('Siobhan Quinlan from Creggan Heights wrote to my work address from shivvyq89@hotmail.co.uk - her ex reads her emails. Any advice?', [('name', 'Siobhan Quinlan'), ('place', 'Creggan Heights'), ('email', 'shivvyq89@hotmail.co.uk')]),
    C("For alcohol use in Finland and Estonia, I've heard about Sinclair Method with Nalmefene (Selincro); does Lundbeck still market it in the Nordic countries?"),
    C('Iraqi Yazidi survivor Nazdar Khudeida Elias, camp Sharya block 9; Iraqi national card 199104728330; referred by the IOM mobile team.', [('name', 'Nazdar Khudeida Elias'), ('place', 'Sharya block 9'), ('ssn', '199104728330')]),
    C('Nova Scotia: Colleen MacIsaac, Glencoe Mills, mass-shooting anniversary dread; MSI 0044 182 774.', [('name', 'Colleen MacIsaac'), ('place', 'Glencoe Mills'), ('health_plan', 'MSI 0044 182 774')]),
    C('Namibian ID 85031200417, Ndapewa Iitula from Oshakati Oneshila, drought and cattle loss, husband drinks.', [('ssn', '85031200417'), ('name', 'Ndapewa Iitula'), ('place', 'Oshakati Oneshila')]),
    C('Maltese client Joseph Camilleri, ID card 0483276M, Marsaskala Saint Thomas Bay, gambling online, account name on https://www.betzmalta.example/u/jcamm77.', [('name', 'Joseph Camilleri'), ('ssn', '0483276M'), ('place', 'Marsaskala Saint Thomas Bay'), ('url', 'https://www.betzmalta.example/u/jcamm77')]),
    C('For Indonesian clients, BPJS Kesehatan only covers psychiatrists, not psychologists; is HIMPSI lobbying for change? Clients in Java and Sumatra ask every Monday.'),
    C('Seda Hovhannisyan runs a support blog at sedasurvives.wordpress.com and mentions our sessions; she lives in Gyumri Mush-2 district.', [('name', 'Seda Hovhannisyan'), ('url', 'sedasurvives.wordpress.com'), ('place', 'Gyumri Mush-2 district')]),
    C("With Día de los Muertos in November, my Mexican American clients want to bring photos to grief sessions; I've used Robert Neimeyer's meaning-reconstruction exercises."),
    C("Esperanza Condori's Yape account 954 418 720 is being drained by her son, Alto Trujillo Barrio 4.", [('name', 'Esperanza Condori'), ('account', '954 418 720'), ('place', 'Alto Trujillo Barrio 4')]),
    C("Tibetan exile Tenzin Dolkar Lhamotsang, registration certificate RC-HP-0448219, Lower Tibetan Children's Village, self-immolation of a cousin.", [('name', 'Tenzin Dolkar Lhamotsang'), ('ssn', 'RC-HP-0448219'), ('place', "Lower Tibetan Children's Village")]),
    C("For Christian clients in Lent, I've used Henri Nouwen's The Wounded Healer in pastoral supervision; Anglican and Methodist ministers respond well."),
    C('Somchai Chaiyaphum, tuk-tuk driver, plate สบ 4471 กรุงเทพ, Khlong Toei Lock 1-2-3, methamphetamine psychosis.', [('name', 'Somchai Chaiyaphum'), ('vehicle', 'สบ 4471 กรุงเทพ'), ('place', 'Khlong Toei Lock 1-2-3')]),
    C('For Eritrean and Ethiopian Orthodox clients, the Fasika fast before Easter is long; Olanzapine weight gain worsens afterwards. Any pharmacist input from the RPS?'),
    C('Has anyone adapted Solution-Focused Brief Therapy from Steve de Shazer and Insoo Kim Berg for WhatsApp counselling in Zambia or Malawi?'),
    C('Orkney: Magnus Flett-Rendall, Twatt crofts, farm suicide of his father; CHI 0205714418.', [('name', 'Magnus Flett-Rendall'), ('place', 'Twatt crofts'), ('medical_record', 'CHI 0205714418')]),
    C("Lavinia Havili from Kolofo'ou Hala Vaha'akolo, after the volcanic tsunami; fax +676 23 441.", [('name', 'Lavinia Havili'), ('place', "Kolofo'ou Hala Vaha'akolo"), ('fax', '+676 23 441')]),
    C("Has anyone joined the IASP World Congress online? I'm interested in the Zero Suicide workshops and Thomas Joiner's Interpersonal Theory session."),
    C("Ji-ho Baek's insulin pump Tandem t:slim X2 SN 1044187, Ilsan Baekseok-dong, diabulimia in a K-pop trainee.", [('name', 'Ji-ho Baek'), ('device', 'Tandem t:slim X2 SN 1044187'), ('place', 'Ilsan Baekseok-dong')]),
    C("Does anyone combine Somatic Experiencing from Peter Levine with Pat Ogden's Sensorimotor Psychotherapy? My Sunday training group is divided, and the EABP has no view."),
    C("Trying Acceptance and Commitment Therapy with Buddhist clients from Myanmar and Cambodia; Russ Harris's The Happiness Trap exists in many languages, but I haven't found Khmer or Burmese editions."),
    C("Is Aripiprazole's Abilify Maintena better than Paliperidone's Invega Sustenna for Schizophrenia in adolescents? The EMA and FDA labels differ on age limits."),
    C('Comoros: Anrafa Said from Mitsoudjé Bangani, husband lost on a kwassa towards Mayotte; phone +269 332 41 87.', [('name', 'Anrafa Said'), ('place', 'Mitsoudjé Bangani'), ('phone', '+269 332 41 87')]),
    C('Forwarded from intake: client Zuzana Horváthová, born 14/02/1979, Petržalka Dvory IV, insulin pump Medtronic MiniMed 780G SN NG4417820H, diabulimia relapse.', [('name', 'Zuzana Horváthová'), ('date', '14/02/1979'), ('place', 'Petržalka Dvory IV'), ('device', 'Medtronic MiniMed 780G SN NG4417820H')]),
    C('Japanese-Brazilian worker Tiago Hiroshi Nakamura, zairyu card AB44182791CD, Homi Danchi block 2, Toyota City, depression after layoff.', [('name', 'Tiago Hiroshi Nakamura'), ('ssn', 'AB44182791CD'), ('place', 'Homi Danchi block 2'), ('place', 'Toyota City')]),
    C('Our Refugee Council partner prefers Self-Help Plus audio in Tigrinya and Arabic; the WHO tested it with South Sudanese refugees in Uganda.'),
    C('Northern Territory: Tanisha Japaljarri, Warrabri Camp 4, sorry business after a youth death; Medicare 5517 22193 1.', [('name', 'Tanisha Japaljarri'), ('place', 'Warrabri Camp 4'), ('health_plan', '5517 22193 1')]),
    C("Does anyone know if Spravato is covered by Bupa in Australia? Janssen's site only discusses Medicare, and the TGA approval note is hard to read."),
    C('With Songkran and Vesak in April and May, my Thai and Lao Buddhist clients take long breaks; has anyone used Mindfulness-Based Cognitive Therapy from Segal, Williams and Teasdale with monks?'),
    C('Zanzibar: Said Khamis Juma, seaweed farmer in Paje Kijijini, boat Z 1184 MW, panic after his dhow capsized.', [('name', 'Said Khamis Juma'), ('place', 'Paje Kijijini'), ('vehicle', 'Z 1184 MW')]),
    C("Ecuador Amazon: Ewengo Tuyuk, Toñampare community, oil spill and her child's rash; cédula 2200441873.", [('name', 'Ewengo Tuyuk'), ('place', 'Toñampare community'), ('ssn', '2200441873')]),
    C('Does anyone use Ritalin LA or Medikinet for adult ADHD in Brazil? Anvisa rules and the CFM resolution on Telemedicine seem to clash.'),
    C("Angola: Domingas Kiala, Cazenga bairro Hoji-ya-Henda, landmine widow; BI 004417823LA042; son's licence LUA-CAR-2019-77341.", [('name', 'Domingas Kiala'), ('place', 'Cazenga bairro Hoji-ya-Henda'), ('ssn', '004417823LA042'), ('licence', 'LUA-CAR-2019-77341')]),
    C('Chiamaka Ezeonwuka, Plot 44 Ekulu Close, Independence Layout Phase 4; lupus and depression.', [('name', 'Chiamaka Ezeonwuka'), ('street_address', 'Plot 44 Ekulu Close'), ('place', 'Independence Layout Phase 4')]),
    C('Our Samaritans branch wants CPD on Applied Suicide Intervention Skills Training (ASIST) from LivingWorks versus the Zero Suicide Alliance course. Any preferences?'),
    C('For Malayalam and Tamil speakers, which depression scales are validated? Our NIMHANS trainee recommends the PHQ-9, which exists in Tamil and Malayalam.'),
    C("Hospital fax +856 21 441 872 sent Bounmy Sisouphanh's psych report to the wrong ward in Ban Sikhottabong.", [('fax', '+856 21 441 872'), ('name', 'Bounmy Sisouphanh'), ('place', 'Ban Sikhottabong')]),
    C('Seasonal worker Vasile Rotaru from Valea Perjei Noi, owed wages by a farm in Zwolle-Zuid; his IBAN MD24AG000000225100019273 keeps coming up in the dispute, should it be in my notes?', [('name', 'Vasile Rotaru'), ('place', 'Valea Perjei Noi'), ('place', 'Zwolle-Zuid'), ('account', 'MD24AG000000225100019273')]),
    C('Montenegrin client Danilo Vujović, JMBG 0511989210017, blood-feud fear after a wedding shooting in Cetinje-Bajice; phone +382 67 305 881.', [('name', 'Danilo Vujović'), ('ssn', '0511989210017'), ('place', 'Cetinje-Bajice'), ('phone', '+382 67 305 881')]),
    C('Fax received at +267 391 4418 from the Mahalapye Xhosa 1 clinic about Kagiso Ntshole, HIV and alcohol.', [('fax', '+267 391 4418'), ('place', 'Mahalapye Xhosa 1 clinic'), ('name', 'Kagiso Ntshole')]),
    C("A complicated one. Mercy Chisenga-Phiri, a nurse at the Kanyama first-level hospital, was assaulted by a relative of a patient who died of cholera. Her nursing licence is NMCZ-RN-044187, and the council has opened an inquiry after the family complained on https://www.facebook.com/justice4bana.kanyama. She works night shifts and has started taking her brother's diazepam. Would you focus on the assault, the complaint or the pills?", [('name', 'Mercy Chisenga-Phiri'), ('place', 'Kanyama first-level hospital'), ('licence', 'NMCZ-RN-044187'), ('url', 'https://www.facebook.com/justice4bana.kanyama')]),
    C('Do any of you use the Brief COPE or the Connor-Davidson Resilience Scale in research with Ukrainian refugees in Poland and Germany?'),
    C("I run Thinking Healthy Programme groups, based on Atif Rahman's work, with Pashto and Dari interpreters; the WHO materials are free but the Urdu version is older."),
    C('Jānis Kalējs, born 30.06.1948, Ziepniekkalns, cancer and dementia anxiety.', [('name', 'Jānis Kalējs'), ('date', '30.06.1948'), ('place', 'Ziepniekkalns')]),
    C('Ivorian client Koffi Yao Séraphin, CNI CI002418735, Abobo-Anonkoua-Kouté, was in the 2011 crisis; now lives at Rue L112, Lot 45, Cocody Riviera Palmeraie.', [('name', 'Koffi Yao Séraphin'), ('ssn', 'CI002418735'), ('place', 'Abobo-Anonkoua-Kouté'), ('street_address', 'Rue L112, Lot 45'), ('place', 'Cocody Riviera Palmeraie')]),
    C('Argentine Armenian Sofía Kechichian, DNI 34.128.447, Palermo Viejo, anxiety around the centenary.', [('name', 'Sofía Kechichian'), ('ssn', '34.128.447'), ('place', 'Palermo Viejo')]),
    C('Teen Matías Orellana streams self-harm on https://kick.com/mati_ore_ec, Sauces 8, Guayaquil; dad wants me to report the channel.', [('name', 'Matías Orellana'), ('url', 'https://kick.com/mati_ore_ec'), ('place', 'Sauces 8'), ('place', 'Guayaquil')]),
    C("Duc Anh Tran's OnlyFans leak at leakfans.example/ductran_hp was spread by classmates at Lê Chân Gymnasium, Haiphong; he is 17.", [('name', 'Duc Anh Tran'), ('url', 'leakfans.example/ductran_hp'), ('place', 'Lê Chân Gymnasium'), ('place', 'Haiphong')]),
    C('Ladakh: Stanzin Angmo, Phyang Gonpa hamlet, avalanche took her brother on the army road; Aadhaar 5184 2290 7731.', [('name', 'Stanzin Angmo'), ('place', 'Phyang Gonpa hamlet'), ('ssn', '5184 2290 7731')]),
    C("Bahrain CPR 920814756 for Hussain Abdulla, Sanabis North, detention memories, lawyer's fax +973 1729 4410.", [('ssn', '920814756'), ('name', 'Hussain Abdulla'), ('place', 'Sanabis North'), ('fax', '+973 1729 4410')]),
    C("Quick poll: who uses the PCL-5 with the Life Events Checklist, and who uses the ITQ for refugees from Syria and Afghanistan? UNHCR's MHPSS team seems to prefer the ITQ."),
    C("What is everyone's view on Esketamine via Spravato for treatment-resistant depression in Lebanon? The Lebanese Order of Physicians and the Ministry of Public Health have said little."),
    C("Myanmar: Nang Hseng Noung from Hsipaw's Bawgyo tract, displaced after the air strike; now in Mae La zone C.", [('name', 'Nang Hseng Noung'), ('place', "Hsipaw's Bawgyo tract"), ('place', 'Mae La zone C')]),
    C('How do you document Safety Planning in the Stanley-Brown format for Telehealth clients? Our Cigna auditor wants the C-SSRS screener attached every visit.'),
    C('Electrician Nizar Ghanem, licence OEA-ELC-5541, Bab al-Tabbaneh, fall from a pylon.', [('name', 'Nizar Ghanem'), ('licence', 'OEA-ELC-5541'), ('place', 'Bab al-Tabbaneh')]),
    C('Bijou Mbuyi, Avenue du Marché 18, Quartier Makutano, Lubumbashi.', [('name', 'Bijou Mbuyi'), ('street_address', 'Avenue du Marché 18'), ('place', 'Quartier Makutano'), ('place', 'Lubumbashi')]),
    C("Gulnara Ismoilova's daughter in Bektemir Yangi Hayot shares her self-harm photos at https://www.tumblr.com/quietmoth-bek; the school nurse asked me to look.", [('name', 'Gulnara Ismoilova'), ('place', 'Bektemir Yangi Hayot'), ('url', 'https://www.tumblr.com/quietmoth-bek')]),
    C('Efua Asantewaa Boakye, Amasaman Tuba, with a hearing processor Cochlear Kanso 2 SN 441872019; classmates bully her.', [('name', 'Efua Asantewaa Boakye'), ('place', 'Amasaman Tuba'), ('device', 'Cochlear Kanso 2 SN 441872019')]),
    C('Ruth Kahsay lives at Tigist Building, House 441, Kebele 04 Adi Haki, Mekelle; war rape survivor.', [('name', 'Ruth Kahsay'), ('street_address', 'Tigist Building, House 441'), ('place', 'Kebele 04 Adi Haki'), ('place', 'Mekelle')]),
    C('Can someone explain the difference between Complex PTSD in ICD-11 and Disorders of Extreme Stress in the older DSM drafts? My Hungarian supervisor and I disagree.'),
    C("Reading Lori Gottlieb's Maybe You Should Talk to Someone with a trainee from Nigeria; we compared it with Chinua Achebe's portrayal of grief in Things Fall Apart."),
    C('For Tourette Syndrome with OCD, is CBIT offered by anyone on Medibank or HCF in Australia? The Tourette Association of America has a directory, but not for Queensland.'),
    C('Has anyone used Trauma Systems Therapy from Glenn Saxe in Romania or Moldova? UNICEF and Terre des hommes run child protection programmes in both countries.'),
    C('For postpartum psychosis, Action on Postpartum Psychosis has peer support; does anyone know if Mother and Baby Units in Wales accept referrals from Scotland?'),
    C('Carmen Iris Vélez, 101 and a half, in Hogar Santa Rita de Jayuya, lost her son in the Vietnam draft; Plan Vital MAPFRE Vital 7710442018.', [('name', 'Carmen Iris Vélez'), ('age_over_89', '101 and a half'), ('place', 'Hogar Santa Rita de Jayuya'), ('health_plan', 'MAPFRE Vital 7710442018')]),
    C('Northern Ireland: Ciarán Ó Maoilchiaráin, HSC number H&C 492 117 8803, from Ballymacarrett Lower; legacy-killing inquiry triggered flashbacks. Mobile 07790 441 238.', [('name', 'Ciarán Ó Maoilchiaráin'), ('health_plan', 'H&C 492 117 8803'), ('place', 'Ballymacarrett Lower'), ('phone', '07790 441 238')]),
    C('Consult please: Anahit Ter-Sargsyan, displaced from Nor Artsakhavan in 2023, now in a collective centre in Hrazdanik; social card 4810920731, call +374 93 418 207.', [('name', 'Anahit Ter-Sargsyan'), ('place', 'Nor Artsakhavan'), ('place', 'Hrazdanik'), ('ssn', '4810920731'), ('phone', '+374 93 418 207')]),
    C('Do Alaska Native corporations fund therapy through IHS or through Tribal Health Organizations? Our Medicaid liaison mentioned the Alaska Native Tribal Health Consortium.'),
    C('Zinaida Rusu, oxygen concentrator Philips EverFlo SN 1044187S, Bubuieci Nord; power cuts from the Russian strikes on the grid.', [('name', 'Zinaida Rusu'), ('device', 'Philips EverFlo SN 1044187S'), ('place', 'Bubuieci Nord')]),
    C('For Yukon and Nunavut, the Hope for Wellness Helpline runs in Cree, Ojibway and Inuktitut; does anyone know if it offers Text or only Phone?'),
    C('Croatia: Ivana Knežević, Petrinja Ćiće, 2020 earthquake, still in a container; email ivana.knez.pt@gmail.com; born 22.12.1985.', [('name', 'Ivana Knežević'), ('place', 'Petrinja Ćiće'), ('email', 'ivana.knez.pt@gmail.com'), ('date', '22.12.1985')]),
    C('Switching a teenager from Concerta to Elvanse before GCSE mocks in January: how do you explain appetite loss to parents who read TikTok more than the BNF?'),
    C('For Long Covid with POTS, do you adapt Graded Exposure or stick with pacing? The ME Association and the NICE NG206 guidance seem to conflict with some Physiopedia advice.'),
    C("Omani civil ID 08734129: Salim Al-Habsi of Wadi Bani Khalid's Al-Muqal, flash-flood rescue diver with guilt after the 2024 drowning of pupils.", [('ssn', '08734129'), ('name', 'Salim Al-Habsi'), ('place', "Wadi Bani Khalid's Al-Muqal")]),
    C('Fax the consent form for Tigran Avetisyan to +374 10 56 44 18, Arabkir Medical Centre; he was born 02.05.2004 and is under the Armenian military deferral.', [('name', 'Tigran Avetisyan'), ('fax', '+374 10 56 44 18'), ('place', 'Arabkir Medical Centre'), ('date', '02.05.2004')]),
    C('Liya Desta in Kazanchis Condominium Block 7 gets threats via facebook.com/liya.desta.88; she is an Ethiopian journalist in hiding.', [('name', 'Liya Desta'), ('place', 'Kazanchis Condominium Block 7'), ('url', 'facebook.com/liya.desta.88')]),
    C('In Northern Ireland the Victims and Survivors Service funds trauma therapy; how do others explain its criteria to clients in English and Irish?'),
    C("For Cotard and Capgras delusions after stroke, who do you refer to? Our neurologist cited Vilayanur Ramachandran's Phantoms in the Brain as an introduction."),
    C('Akosua Dapaah, House C441/18, Kwabenya Musuku, GE-441-8720; she moved there in March after the eviction.', [('name', 'Akosua Dapaah'), ('street_address', 'House C441/18'), ('place', 'Kwabenya Musuku'), ('zip_code', 'GE-441-8720')]),
    C('Togo: Ablavi Mensah from Bè-Kpota Ablogamé, Lomé, market fire lost her stall; Mixx account +228 90 44 71 36.', [('name', 'Ablavi Mensah'), ('place', 'Bè-Kpota Ablogamé'), ('place', 'Lomé'), ('account', '+228 90 44 71 36')]),
    C('For perinatal clients on Zuranolone, do you still give the EPDS weekly or switch to the PHQ-9? Our Sage Therapeutics rep was vague, and the FDA label only covers fourteen days.'),
    C('Midwife Neema Mushi, licence TNMC-RM-22187, Moshi Pasua, stillbirth blame.', [('name', 'Neema Mushi'), ('licence', 'TNMC-RM-22187'), ('place', 'Moshi Pasua')]),
    C("Reading group this Thursday: Judith Herman's Trauma and Recovery, chapters on Captivity and Safety. Bring your copy of the ICD-11 criteria for Complex PTSD too."),
    C('DRC: Espérance Kahindo, Bulengo site C, Goma, raped by armed men; Panzi file PANZI-GOM-88102; she uses +243 997 511 804.', [('name', 'Espérance Kahindo'), ('place', 'Bulengo site C'), ('place', 'Goma'), ('medical_record', 'PANZI-GOM-88102'), ('phone', '+243 997 511 804')]),
    C('Please fax the discharge summary for Uladzimir Lapatsin to +370 5 271 6644 (exile clinic, Naujoji Vilnia annex); MRN VLN-EX-22817.', [('name', 'Uladzimir Lapatsin'), ('fax', '+370 5 271 6644'), ('place', 'Naujoji Vilnia annex'), ('medical_record', 'VLN-EX-22817')]),
    C("Sione Vaipulu Havea's remittance account BSP 1001 4418 7220 in Fanga'uta Lagoon side is overdrawn by the church tithe.", [('name', 'Sione Vaipulu Havea'), ('account', 'BSP 1001 4418 7220'), ('place', "Fanga'uta Lagoon side")]),
    C('Emirates ID 784-1988-4472109-3 - Priya Menon, domestic worker in Al Qusais 2, passport held by sponsor; WPS account AE070331234567890123456.', [('ssn', '784-1988-4472109-3'), ('name', 'Priya Menon'), ('place', 'Al Qusais 2'), ('account', 'AE070331234567890123456')]),
    C('Our Christian counselling centre uses the AACC guidelines, but our Jewish and Muslim clients prefer secular CBT; how do you advertise on Psychology Today without excluding anyone?'),
    C('Podcast by Thandiwe Mabuza-Ngcobo at anchor.fm/thandi-townshiptalk discusses her therapy; she lives in Tsakane Extension 8.', [('name', 'Thandiwe Mabuza-Ngcobo'), ('url', 'anchor.fm/thandi-townshiptalk'), ('place', 'Tsakane Extension 8')]),
    C('Colleagues working with the Roma in Bulgaria and Slovakia: have you found the Roma Education Fund or the European Roma Rights Centre useful partners?'),
    C("Rubén Choque, miner in Cerro Rico's Pailaviri level, lost a lung; Caja Nacional CNS-PTS-221874.", [('name', 'Rubén Choque'), ('place', "Cerro Rico's Pailaviri level"), ('health_plan', 'CNS-PTS-221874')]),
    C("Farida Xolmatova sends her rent to the landlord's Humo card 9860 1201 4418 7203; she lives in Sergeli 7A, and the landlord is her abuser's cousin.", [('name', 'Farida Xolmatova'), ('account', '9860 1201 4418 7203'), ('place', 'Sergeli 7A')]),
    C('For Obsessive-Compulsive Disorder, Exposure and Response Prevention is first line; the International OCD Foundation lists clinicians in Canada, Mexico and Brazil.'),
    C('Moldova: Natalia Gurău, Ciocana sector 3, sex-trafficking survivor, reachable only on her phone +373 78 441 902.', [('name', 'Natalia Gurău'), ('place', 'Ciocana sector 3'), ('phone', '+373 78 441 902')]),
    C("Any readings on Hikikomori besides Tamaki Saitō's book? The Japanese Ministry of Health, Labour and Welfare surveys are in Japanese only."),
    C('rushed q: aram poghosyan from lower shengavit relapsed on opioids after the border shelling, his ip from the telehealth log was 46.71.203.18, is that something i must report?', [('name', 'aram poghosyan'), ('place', 'lower shengavit'), ('ip_address', '46.71.203.18')]),
    C("For Tasmanian and Northern Territory rural clients, Medicare's Better Access now allows Telehealth sessions; the Australian Psychological Society webinar covered the MBS items."),
    C('Client Mirela Popa, born 7 November 1992, Ferentari Zăbrăuți, postnatal depression; CNAS card CNAS 80268441872019.', [('name', 'Mirela Popa'), ('date', '7 November 1992'), ('place', 'Ferentari Zăbrăuți'), ('health_plan', 'CNAS 80268441872019')]),
    C('Dominica: Kerith Joseph, Pichelin Upper, Maria wiped out the family farm; phone +1 767 614 2290.', [('name', 'Kerith Joseph'), ('place', 'Pichelin Upper'), ('phone', '+1 767 614 2290')]),
    C('Suriname: Roshni Ramdin, Latour Zuid, Paramaribo, cyber-sextortion of her daughter; email r.ramdin.sr@sr.net.', [('name', 'Roshni Ramdin'), ('place', 'Latour Zuid'), ('place', 'Paramaribo'), ('email', 'r.ramdin.sr@sr.net')]),
    C('Croatian OIB 58120473926 - Marija Perić, Vukovar-Borovo Naselje, searching for her missing brother since 1991, HZZO number HZZO 71038442915.', [('ssn', '58120473926'), ('name', 'Marija Perić'), ('place', 'Vukovar-Borovo Naselje'), ('health_plan', 'HZZO 71038442915')]),
    C('Dorothée Ngoy at Avenue Kasa-Vubu 441, Commune de Bandalungwa; son kidnapped for ransom.', [('name', 'Dorothée Ngoy'), ('street_address', 'Avenue Kasa-Vubu 441'), ('place', 'Commune de Bandalungwa')]),
    C('Kossi Agbeko from Aného Zébé in Togo, fishing village erosion; phone +228 91 04 47 22.', [('name', 'Kossi Agbeko'), ('place', 'Aného Zébé'), ('phone', '+228 91 04 47 22')]),
    C('Texas: Guadalupe Treviño, aunt of a shooting victim, lives at 218 Sabinal Loop, Knippa, 78870; phone (830) 441-2079.', [('name', 'Guadalupe Treviño'), ('street_address', '218 Sabinal Loop'), ('place', 'Knippa'), ('zip_code', '78870'), ('phone', '(830) 441-2079')]),
]

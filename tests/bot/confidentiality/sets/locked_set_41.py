"""FORTY-FIRST LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (round 38, as
the second blind set for that round beside locked_set_40.py), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not read git log messages, bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or diffs of any
commit, and did not read the snippets of eval_set.py, dev_extra.py,
locked_set.py or locked_set_2.py ... locked_set_40.py.  No slip of these
rules occurred.  What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_40.py only (printed up to its
closing triple quote, for the format description, the provenance wording,
the labelling conventions and its list of settings, countries and name
cultures, so that this set's differ where possible; its last part was
printed a second time because the first print was cut off by the
terminal; none of its cases), the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and its
last three lines (two snippets, for the file format; none of their
sentences was copied), the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py (exactly lines 29-41, nothing else of that file), and
tests/bot/confidentiality/test_locked_sets.py (the data integrity checks,
which hold no snippets).  The only test run was test_locked_sets.py
(selected with -k 41); ruff was run on this file and on that test file.

How it was made: every snippet was written by hand, under a very tight
time limit, as a message to peers in a therapists' consultation group,
in Peru (Quechua and Aymara families in Cusco, the Sacred Valley and the
mines), Bolivia (El Alto, Llallagua, the Altiplano), Ecuador (Otavalo),
Colombia (Bogotá and armed-group veredas), Guatemala (K'iche' and
Q'eqchi' families), Mexico (Yucatán Maya, Mexico City), Brazil (Bahia, the
Pataxó and Guajajara, Japanese Brazilians in São Paulo), Portugal and the
Azores, Cape Verdeans in Lisbon, Angola's Cabinda, Mozambique (Maputo,
Maxixe, Chimoio), South Africa (KwaZulu-Natal, the Eastern Cape,
Tshwane), Botswana, Lesotho, Zimbabwe, Zambia, Kenya (Mombasa, Kisumu,
the Rift Valley), Tanzania, Uganda (Acholi), Rwanda, the DRC, Ethiopia
and Eritrea (Beta Israel, Tigrinya and Oromo speakers), Sudan's Nubians,
Egypt, Ghana (Akan, Ewe), Togo, Senegal, the Gambia, Nigeria's
south-west, Moroccan Dutch, the Netherlands and
Friesland, Belgium, Luxembourg, Switzerland (Romansh, Aargau, Basel),
Austria and Tyrol, Germany (Sorbs, Turkish Germans, East Germany,
Ukrainian refugees), Czechia, Poland, Slovenia, Croatia, Bosnia, Serbia,
Kosovo, Albania's blood feuds, Greece (Pontic Greeks), Turkey and the
population exchange, Malta, Sardinia, Moldova and Romania, Bulgaria's
Pomaks, Hungarian Roma in Belgium, Israel's Gaza border,
Yazidis from Sinjar, Iranians in Austria, Hazara and Pashtun Afghans,
Pakistan, Uzbekistan, Mongolia's dzud, Vietnam, the Philippines and
overseas Filipino workers, Indonesia, Malaysia, Hakka families, New
Caledonia's Kanak, Vanuatu, Tonga and Tongan seasonal workers in New
Zealand, Māori communities in the East Cape, Waikato and Auckland,
Aboriginal communities in New South Wales and the Northern Territory,
the Navajo Nation and Lakota, the Hopi, Puerto Rico, Louisiana's
disappearing islands, Brooklyn, Minnesota's Somalis and British
Columbia's Punjabis: short referral lines, rushed lower-case chat (seven
snippets write names or places in lower case), forwarded faxes, portal
and audit logs, and longer narrative requests with the identifiers
mid-sentence (thirteen of 356-447 characters).  About sixty of the
identifier snippets hold only a name and/or a place, written as ordinary
consultation prose or questions to peers, often with the name
mid-sentence and no cue word before it.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set41work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, measured the clean
density, checked overlap with the earlier sets, shuffled the order with a
fixed seed and wrote this file.  Two small edits were made by script
rather than by hand, and are stated here: in half of the drafted
all-lower-case clean messages the first letter of each sentence and the
pronoun "i" were capitalised (so that not every low-density message is
written entirely in lower case), and, to bring the totals nearer the
brief, a script picked which drafted snippets to drop (eight holding
only names and places, eight holding pattern identifiers in categories
that stayed at 15 or more, and twenty-four clean messages with 0-2
capitalised words).  While writing, identifier snippets were reworded as
follows: about seventeen false starts the author had typed into the
drafts (a name followed by "... sorry, wrong group", "... no,", "...
wait", "I mean", "actually skip that one" or "no, Norway again", then a
second name; they read like notes to himself) were cut with their first
names before the file was built, leaving only the corrected text.  In a
review, six city names written unlabelled in identifier snippets (after
"moved to", "cleaned offices in", "a flat in", "drives a minibus in",
"he's in" and "between ... and") were labelled as places or replaced by
a labelled neighbourhood, a hospital named as a ward type was cut, and
a city where a domestic worker had worked was replaced by a country.  In
the clean snippets an invented author and essay, an app name the author
could not vouch for, a scale name he could not vouch for and a Tamil word
he was unsure of were replaced, three scale and body names
holding a city's or a district's name and a guideline named after a
hospital were replaced, and about twenty drafts with 0-2
capitalised words had a named scale, body, book, app, language or
holiday added, to spread the clean messages evenly over the three
density bands below.  Overlap with the other sets was resolved by
renaming only this set's planted values, with a filter that imported the
earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 7 values in the first round
(6 names and 1 place; four of the names were in the false starts above
and went with them), 14 in the second (5 names, 2 places, 4 ages over
89, 2 postal codes, 1 date), 15 in the third (4 names, 4 places, 4 ages,
1 bank sort code, 1 phone and 1 postal code - mostly rewritten by
lengthening: an extra surname or part of a name, a neighbourhood after a
city, "N years and M months", "... this spring"), 2 in the fourth (an
age and a place); the last pass found nothing.

Settings (chosen to differ from set 40's): a mine collapse and an ekeko
figure, a closed mine, soul loss and a yatiri, the 2019 unrest, an
armed group's return, kidnap ransom paid by mobile money, an internal
armed conflict's massacres and their anniversary, the disappeared, a
deported son, a custody case, susto and nervios, a lost roof in a
cyclone, a tremor swarm and an earthquake, floods, a burnt taxi in a
rank dispute, a farm attack, an umemulo missed, ancestors and dreams, a
church calling depression demonic, an Achilles injury and family debt,
a market fire, a blast, witchcraft blamed for a miscarriage, levirate
pressure after a husband's death, blood feud, Acholi cleansing, Beta
Israel's walk, a camp in Tigray, a drowned Nubian village, a
seized fishing licence, a capsized lake boat, a second attempt to cross
the sea, Gaza-border sirens, Yazidi captivity and a testimony posted on
Telegram, Hazara mistrust of interpreters, Pashtun
shame, evacuation flights and hotel limbo, a herd lost in a dzud, an
oil spill and fishermen, a migrant domestic worker burned with an iron,
an overseas worker's recruiter, a nurse abroad missing his mother's
death, a fruit picker's fall, a Sardinian wildfire, a labour camp and the
Holocaust's second generation, the Greek-Turkish population exchange,
Pomak reserve, Romani settlement clearance, a left-behind mother,
Sorbian and Romansh language, a forced marriage, house spirits, koro-like
fear, debts, a pilot's lost licence, a suspended teacher's and a
doctor's registration, a fatal crash by a ride-hailing driver, a
firearm-holding man talking of suicide, a sweatshop petition, a podcast
naming a group, fake and outing profiles, a GoFundMe and a blog naming
clients, a shared drive open to the whole team, phishing, stalking via
a router and a VPN, a hearing aid, cochlear processors, an ICD, an
insulin pump and a CGM, CPAP, DBS, a hypoglossal stimulator, a brace, a
power chair and a leg prosthesis, and very old clients (a labour camp,
a widower, a woman ready to die); with local identifier formats for a
Portuguese Cartão de Cidadão, a Brazilian CPF, a Senegalese CNI, a Guatemalan CUI, an Italian codice fiscale, a Bolivian CI, South African and Botswanan IDs, Dutch BSNs, a Swiss
AHV number, a German Steuer-ID, an Austrian SV-Nummer, a Czech rodné
číslo, a Croatian OIB, a Polish PESEL, a Greek AMKA, a Maltese ID, an Iranian national code, an Afghan tazkira, a Ghana Card,
an Egyptian national ID, an Indonesian NIK, a Malaysian MyKad, a
Mozambican BI, an Indian Aadhaar, a US SSN and an
A-number (ssn); SUS, Ghana NHIS, AOK, ÖGK, HZZO, VZP,
Discovery medical aid, tessera sanitaria, Medicaid, Mi Salud, MSP,
Zorgverzekering, ACC and Australian Medicare numbers (health_plan);
hospital, clinic, IHS, NHI, BAMF and ward files
(medical_record); M-Pesa, Yape, BCP, Nequi, GCash, Pix, MTN MoMo,
EcoCash, Revolut and Dutch and Turkish IBANs, a UK sort code and account
and a card number (account); taxi, pilot, ride-hailing, teaching,
nursing, medical, psychologist, firearms, fishing and CDL licences and a
driver licence (licence); Portuguese, Polish, Serbian, Croatian, German,
Spanish, Vietnamese, Bolivian, South African, Surinamese and Czech-style
plates and a boat (vehicle); addresses written the local way (a
Portuguese rua with r/c, a Swiss Strasse, a Colombian calle
with tower and apartment, a Dutch straat with floor, a Viennese Top, a
Berlin Hinterhaus, a Maltese triq, a Kenyan plot, a Ghanaian digital
address, a Gambian compound, a Belgian bus, a
Slovenian cesta, a Czech street, an Australian
unit, a Brooklyn apartment and NZ and South African streets) with postal
codes of those countries, IPv4 and IPv6 addresses, URLs (TikTok,
Facebook, Instagram, YouTube, Blogspot, Spotify, Telegram, Reddit,
LinkedIn, GoFundMe, Google Drive, change.org and Anchor) and phone and
fax numbers in local and international formats.

389 snippets, 232 with identifiers and 157 clean (lengths 73-447, within
the test's bounds of 40-520).  Every pattern category appears at least 14
times (the test requires 12):
date 15, age_over_89 15, phone 15, fax 14, email 14,
url 15, ip_address 15, ssn 29, medical_record 15, health_plan 15,
account 15, licence 14, vehicle 14, device 14, street_address 18,
zip_code 15;
with 231 names and 94 places smaller than a state (the test requires
231 and 94).  63 of the identifier snippets hold only names and/or
places and nothing else.

Names: Quechua and Aymara, Ecuadorian Kichwa, Colombian, K'iche' and
Q'eqchi', Yucatec Maya, Mexican, Brazilian (Pataxó, Guajajara,
Tupinambá, Japanese Brazilian), Portuguese and Azorean, Cape Verdean,
Angolan, Mozambican, Zulu, Xhosa, Ndebele, Sotho, Tswana, Afrikaner,
Shona, Zambian, Kikuyu, Luo, Kalenjin, Swahili, Acholi and Ugandan,
Rwandan, Congolese, Amhara, Tigrinya, Beta Israel, Sudanese Nubian,
Egyptian, Akan and Ewe, Togolese, Wolof, Fula and Mandinka, Yoruba,
Igbo, Moroccan Dutch, Somali, Dutch and Frisian,
Flemish, Luxembourgish, Swiss German and Romansh, Austrian, German,
Sorbian, Turkish German, Ukrainian, Czech, Polish, Slovene, Croatian,
Bosnian, Serbian, Kosovar and Albanian, Pontic Greek, Turkish, Maltese,
Sardinian, Moldovan and Romanian, Pomak, Hungarian Roma, Israeli,
Yazidi, Iranian, Hazara, Pashtun, Afghan, Uzbek,
Mongolian, Vietnamese (family name first), Filipino, Javanese, Malay,
Kanak, ni-Vanuatu, Tongan, Fijian, Māori, Aboriginal Australian, Navajo,
Lakota and Hopi, Puerto Rican, Cajun, Punjabi and Bangladeshi names;
lower-case names and places, hyphenated and multi-part names,
patronymic names, names with honorifics (Dona, Abuela, Ibu,
Maame, Nana) and names with diacritics and glottal marks.  Places:
invented or real villages, hamlets, aldeias, ayllus, veredas, sitios,
barangay-style puroks, desas, moshavim, köy, fehn villages, telepek,
townships' zones, units, blocks and extensions, bairros, quartiers,
wards, kampungs, marae roads, sums, reserves and real neighbourhoods
and districts (written with an invented street, block or part where
they clashed with the earlier sets), and places after street addresses.

Clean snippets: peer-consultation messages, questions, statements and
updates, spread evenly over three bands of capitalised words after the
first word (counted by the author's script, the pronoun "I", sentence
starts and acronyms included): 54 with 0-2, 53 with 3-5 and 50 with 6 or
more (694 in 157 snippets, about 4.4 per snippet): drug brands and
generics, doses and laboratory values, scales and questionnaires,
therapy models and their founders, real published authors and books,
guidelines and acts, diagnoses and culture-bound idioms (saudade,
nervios, susto, hiya, kismet, jigar khun), weekdays, months, seasons,
religious holidays, professional bodies, regulators, charities,
helplines, apps, countries, states and nationalities, religions and
languages, and no place smaller than a state or a country's subdivision.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, expected: list[tuple[str, str]] | None = None) -> EvalCase:
    return EvalCase(text, list(expected or []))


LOCKED41_CASES: tuple[EvalCase, ...] = (
    C("Reading Paul Farmer's Pathologies of Power and Veena Das's Life and Words over Christmas. Recommendations for something lighter on structural violence welcome."),
    C("We've booked a Saturday workshop on Trauma-Informed Care for the reception and admin staff, who see more than we do."),
    C("Maame Efua Adjei, ninety-six this February, says she's ready to die and I believe she means it calmly. How do you tell this apart from depression?", [("name", "Maame Efua Adjei"), ("age_over_89", "ninety-six this February")]),
    C("Shared by reception: Chayton Redcloud Whitehorse IHS chart IHS 44-70218, email chayton.rw@lakotanet.example, DOB July 4th, 1988.", [("name", "Chayton Redcloud Whitehorse"), ("medical_record", "IHS 44-70218"), ("email", "chayton.rw@lakotanet.example"), ("date", "July 4th, 1988")]),
    C("She takes propranolol before every presentation at work (her GP's idea) and worries she'll be found out. I'm not sure she needs to worry."),
    C("The teachers' council suspended Jessica Mwale Phiri's registration TCZ 2019/40173. She's suicidal and ashamed. Anyone worked with professional shame?", [("name", "Jessica Mwale Phiri"), ("licence", "TCZ 2019/40173")]),
    C("Does anybody have the Spanish or Catalan version of the Beck Depression Inventory-II, and the Mexican norms rather than the Spanish ones?"),
    C("Kwesi Appiah-Kubi has a Boston Scientific Resonate ICD SN 441872 and had it fire twice in a week. Shock-related PTSD, anyone?", [("name", "Kwesi Appiah-Kubi"), ("device", "Boston Scientific Resonate ICD SN 441872")]),
    C("anyone else notice that clients talk more freely when walking side by side than when sitting face to face?"),
    C("Our portal log shows Siosaia Lātū Fonua's account opened from 203.160.44.19, then 203.160.44.201. He says nobody else has his password.", [("name", "Siosaia Lātū Fonua"), ("ip_address", "203.160.44.19"), ("ip_address", "203.160.44.201")]),
    C("Reflecting after a heavy session: Kolapo Adesanya-Bello, a nurse who moved to the UK two years ago and works nights on a dementia ward, found out on a video call that his mother in Ilesa Okesa Ereja died on 2 October 2026 while he was on shift. He couldn't go home because of his visa. He keeps saying he abandoned her. We've done some ritual work, writing to her, but he says it feels like a game. What else can honour this?", [("name", "Kolapo Adesanya-Bello"), ("place", "Ilesa Okesa Ereja"), ("date", "2 October 2026")]),
    C("Boat MF-3318-AZ is where Celestino Morales Cuc worked before it capsized. He won't go near the lake.", [("vehicle", "MF-3318-AZ"), ("name", "Celestino Morales Cuc")]),
    C("Aiyana Begay-Yazzie uses a Tandem t:slim X2 SN 1184-0927 and is being bullied about the pump at school.", [("name", "Aiyana Begay-Yazzie"), ("device", "Tandem t:slim X2 SN 1184-0927")]),
    C("She's been on Wellbutrin since March, prescribed by her GP, and says her motivation is better but her sleep is worse than before."),
    C("The PHQ-9 dropped from 21 to 11 over eight weeks of behavioural activation. Not remission, but she smiles now."),
    C("Ivana Šimić's partner owns the black van ZG 8841-HB. She says he circles the block. Safety plan ideas for rural Croatia?", [("name", "Ivana Šimić"), ("vehicle", "ZG 8841-HB")]),
    C("Tadesse Alemu's chart BPH/MH/2026/0419 shows a previous admission he's never mentioned. Do I raise it?", [("name", "Tadesse Alemu"), ("medical_record", "BPH/MH/2026/0419")]),
    C("Licence query: Jan Novotný-Havel wants a letter for his taxi licence renewal, no. TX-PRG-0188427. Rodné číslo 680312/4417.", [("name", "Jan Novotný-Havel"), ("licence", "TX-PRG-0188427"), ("ssn", "680312/4417")]),
    C("Hi all, the school in Kampong Sungai Merab Hulu wants me to visit Nur Aisyah Qistina binti Rosli. MyKad 091114-10-5528, guardian phone +60 13 882 4105.", [("place", "Kampong Sungai Merab Hulu"), ("name", "Nur Aisyah Qistina binti Rosli"), ("ssn", "091114-10-5528"), ("phone", "+60 13 882 4105")]),
    C("The home in Mondorf-les-Bains Altwies referred Josette Kieffer-Muller, who is a hundred and three. She wants help writing letters to her grandchildren.", [("place", "Mondorf-les-Bains Altwies"), ("name", "Josette Kieffer-Muller"), ("age_over_89", "a hundred and three")]),
    C("She takes Lexapro 10 mg in the morning, Seroquel 25 mg at night and Ritalin on school days. The CAMHS psychiatrist wants to simplify. Sensible?"),
    C("Does anybody know whether the BNF or the NICE guidance says anything useful about stopping benzodiazepines like Valium or Xanax in people over seventy?"),
    C("My client's GP wants to try mirtazapine at night. Any thoughts on the weight gain in someone with an eating history?"),
    C("Email from his mum amaya.lanza.g@yahoo.es, asking us to tell the school about Mateíto. Is it ok to forward our report?", [("email", "amaya.lanza.g@yahoo.es"), ("name", "Mateíto")]),
    C("After Ramadan the client's sleep settled, which makes me think the fasting timetable had been driving half the problem."),
    C("Update: the client on lithium had a level of 0.9 mmol/L last Tuesday, and mood has been steady since the dose change."),
    C("Looking for reading on Ubuntu as a framework in therapy. Someone mentioned a chapter by Desmond Tutu but I can't find it."),
    C("Long and messy, apologies. Lupe Fifita Taufa is a 40-year-old mother of five who came from Kolonga Haʻamonga Road end to pick fruit in Hawke's Bay (ACC claim ACC 40-119-88274), was injured on a ladder, and was sent home by the contractor without pay. Her church is helping with food. She feels shame that her children see her crying. I'm wondering about the role of the church minister, who wants to sit in on our sessions. Good idea or not?", [("name", "Lupe Fifita Taufa"), ("place", "Kolonga Haʻamonga Road end"), ("health_plan", "ACC 40-119-88274")]),
    C("Her grandfather, Mustafa Ağaoğlu, ninety-two years and seven months, still speaks of the exchange from Livisi Kayaköy. She carries it.", [("name", "Mustafa Ağaoğlu"), ("age_over_89", "ninety-two years and seven months"), ("place", "Livisi Kayaköy")]),
    C("Has anybody run Friendship Bench groups outside Zimbabwe? Curious how the grandmother model travels."),
    C("Her ex posted about her on https://www.facebook.com/groups/vecinos.de.ciudad.bolivar.k9 and named the centre. Yuliana Parra Bohórquez is terrified.", [("url", "https://www.facebook.com/groups/vecinos.de.ciudad.bolivar.k9"), ("name", "Yuliana Parra Bohórquez")]),
    C("Does anyone teach the Stop technique from the DBT manual to parents, not only to the teenagers?"),
    C("Victor Frankl, Irvin Yalom and Emmy van Deurzen all come up in my Existential Therapy reading list. Any newer voices from outside Europe?"),
    C("I've been seeing Ahmad Shah Rezayee since he arrived from Jaghori Sang-e Masha and he has started to miss every second session. Thoughts?", [("name", "Ahmad Shah Rezayee"), ("place", "Jaghori Sang-e Masha")]),
    C("quick q, dorcas nyambura kariuki keeps asking me to pray with her at the end. what do you all do with that?", [("name", "dorcas nyambura kariuki")]),
    C("Ward note: Kagiso Molefe-Sebego, hospital no. BPMH-22-118904, Omang 482419017, from Mochudi Phaphane ward. Insulin pump Medtronic MiniMed 780G SN NG4821173H.", [("name", "Kagiso Molefe-Sebego"), ("medical_record", "BPMH-22-118904"), ("ssn", "482419017"), ("place", "Mochudi Phaphane ward"), ("device", "Medtronic MiniMed 780G SN NG4821173H")]),
    C("A colleague recommended Mary Pipher's book on letters to a young therapist. It was gentle and useful."),
    C("Can someone help? Email to gbemi.a.akinyemi@ymail.com bounced and Gbemisola Akinyemi hasn't been in for three weeks.", [("email", "gbemi.a.akinyemi@ymail.com"), ("name", "Gbemisola Akinyemi")]),
    C("My supervisor asked whether Rashid Wardak Nazari understands confidentiality. Honestly I'm not sure he does. How do you explain it?", [("name", "Rashid Wardak Nazari")]),
    C("Our service dropped the ORS after the funders asked for HoNOS instead. Clients hate it."),
    C("The Australian guidelines for PTSD were updated recently, and I haven't had the time to read what changed."),
    C("the practice manager has asked us to reduce session length to forty minutes, and i'm not sure how to push back."),
    C("I would love some input. Wanjiru Kamau Njoroge lost her shop in the fire at Gikomba Kitui Lane and now can't sleep without the radio on.", [("name", "Wanjiru Kamau Njoroge"), ("place", "Gikomba Kitui Lane")]),
    C("The Kanak cultural centre's contact for Wakoujou Tein is +687 78 41 19 and fax +687 27 63 04. Is it ok to call them?", [("name", "Wakoujou Tein"), ("phone", "+687 78 41 19"), ("fax", "+687 27 63 04")]),
    C("Really struggling with Liesbeth Wouters-Claes. She's lovely and completely stuck. Any ideas for long-term grief after a child's death?", [("name", "Liesbeth Wouters-Claes")]),
    C("Postal: Lotte Janssens, Kerkstraat 117 bus 2, B-2018 Antwerpen Zurenborg.", [("name", "Lotte Janssens"), ("street_address", "Kerkstraat 117 bus 2"), ("zip_code", "B-2018"), ("place", "Antwerpen Zurenborg")]),
    C("quick update on the panic case from last month: four weeks of interoceptive exposure and the attacks have dropped from daily to about one a week."),
    C("how do you guys work with hazara clients who don't trust pashto interpreters? zahra mohammadi-sultani refused ours flat out", [("name", "zahra mohammadi-sultani")]),
    C("Who here has supervised trainees doing Cognitive Processing Therapy? I'd like to compare how you rate the worksheets."),
    C("She reached 12 on the EPDS this week, down from 19 in August. The baby is sleeping better too."),
    C("Rosalinda Tumbaco Yépez says her brother in Peguche Tío Loma is threatening her over the land. Safety planning tips for remote Andean communities?", [("name", "Rosalinda Tumbaco Yépez"), ("place", "Peguche Tío Loma")]),
    C("My Mexican, Guatemalan and Honduran clients describe susto, nervios and ataque de nervios so differently that the DSM Cultural Formulation Interview feels essential."),
    C("Our Ministry of Health has adopted the WHO Mental Health Gap Action Programme, but the Primary Health Care nurses have had two days' training. How do other countries manage?"),
    C("Anybody trained in Eye Movement Desensitization and Reprocessing through EMDR Europe and then gone for EMDRIA accreditation? Is the second worth it?"),
    C("Tiihu Ortiz-Lomahaftewa's Inspire IV hypoglossal stimulator SN 3024-88711 was implanted last month; he's reporting strange nightmares.", [("name", "Tiihu Ortiz-Lomahaftewa"), ("device", "Inspire IV hypoglossal stimulator SN 3024-88711")]),
    C("Do people think a home visit is reasonable? Oumou Sangaré Diallo hasn't left her room in Médina Gounass Quartier 7 for six weeks.", [("name", "Oumou Sangaré Diallo"), ("place", "Médina Gounass Quartier 7")]),
    C("Anyone have thoughts on how to support Teodoro Quispe Mamani now that the mine above Huayllapampa Alta has closed and he sits at home all day?", [("name", "Teodoro Quispe Mamani"), ("place", "Huayllapampa Alta")]),
    C("It's Diwali next week and the family has asked to skip the session. Of course, but I'm anxious about the gap."),
    C("On Saturday the Ghana Psychological Association and the Kenya Psychological Association are co-hosting a webinar on Afrocentric Therapy. Worth attending?"),
    C("Instagram instagram.com/kanak_sista_noumea88 posted a photo of Léontine Wayewol Gowé outside our service. Do I raise it with her?", [("url", "instagram.com/kanak_sista_noumea88"), ("name", "Léontine Wayewol Gowé")]),
    C("Quick question about Mindfulness-Based Cognitive Therapy: do you run the full eight weeks or a shortened version for busy parents?"),
    C("Writing to the nursing home about Abuela Ceferina Llanque, who is one hundred and four this spring, on whether group work is okay for her. Ideas?", [("name", "Abuela Ceferina Llanque"), ("age_over_89", "one hundred and four this spring")]),
    C("I'm worried about Mereani Tabimasmas Kalsakau from Mele Maat Paunangisu. Anyway she stopped eating.", [("name", "Mereani Tabimasmas Kalsakau"), ("place", "Mele Maat Paunangisu")]),
    C("I'd welcome ideas for grounding exercises that don't rely on sight, for a client who is losing her vision."),
    C("I'm rereading Judith Herman's Trauma and Recovery on the stages and wondering how often we skip stage one."),
    C("The Mexican Institute of Psychiatry, the Colombian Ministry of Health and PAHO all publish Spanish materials on Suicide Prevention. Which is best for Andean families?"),
    C("Kwame Ofori Darko, Ghana NHIS NHIS 40927713, phone 024 418 8721, House No. GA-217-8854, Nima Kotobabi. Lost son in the blast.", [("name", "Kwame Ofori Darko"), ("health_plan", "NHIS 40927713"), ("phone", "024 418 8721"), ("street_address", "House No. GA-217-8854"), ("place", "Nima Kotobabi")]),
    C("Does the ICD-11 definition of prolonged grief disorder sit comfortably with Latin American mourning customs, do people think?"),
    C("Security log: video call for Emeka Chukwuma Eze joined from 105.112.44.203 while he was in session with me in person. Someone else had the link.", [("name", "Emeka Chukwuma Eze"), ("ip_address", "105.112.44.203")]),
    C("We're running a Dialectical Behaviour Therapy skills group from January to June, Tuesdays and Thursdays, with the Linehan manual and DBT Skills Training Handouts."),
    C("I read the Lancet Commission on Global Mental Health over the weekend and it made me feel both hopeful and small."),
    C("The rehab centre sent Ashraf Mahmoud Abdelrahman's EG national ID 27503142101873 and their fax +20 2 2735 4419.", [("name", "Ashraf Mahmoud Abdelrahman"), ("ssn", "27503142101873"), ("fax", "+20 2 2735 4419")]),
    C("Florian Wieland's car M-FW 4471 was keyed outside our office with a slur. He's shaken.", [("name", "Florian Wieland"), ("vehicle", "M-FW 4471")]),
    C("Thinking about how Ismail Hasan Ahmed Nubi talks about the drowned village at Wadi Halfa Dabarosa. Intergenerational grief?", [("name", "Ismail Hasan Ahmed Nubi"), ("place", "Wadi Halfa Dabarosa")]),
    C("Has anyone used the Strengths and Difficulties Questionnaire with refugee children? The norms worry me."),
    C("The court order lists the ex's car as B 2283-PJX, a grey Seat. Raquel Amador Cortés wants our receptionists to have the plate.", [("vehicle", "B 2283-PJX"), ("name", "Raquel Amador Cortés")]),
    C("Vehicle note: Rafael Baptista Moreira is sleeping in his car, a blue Fiat Punto 42-TL-78, outside Rabo de Peixe Calço da Má. Do I call someone?", [("name", "Rafael Baptista Moreira"), ("vehicle", "42-TL-78"), ("place", "Rabo de Peixe Calço da Má")]),
    C("The Samaritans and Lifeline training was useful, especially the part on how to stay with someone without trying to fix."),
    C("Clinic file CLIN-LX 00881427 for Ricardo Sequeira Pinto: letter date 19 August 2026. He insists the date is wrong and he was never seen.", [("medical_record", "CLIN-LX 00881427"), ("name", "Ricardo Sequeira Pinto"), ("date", "19 August 2026")]),
    C("Supervision question. Ruud Hoekstra-Veenstra wants his sessions moved to the village hall in Wierumerwoude so his wife doesn't see the car outside our office. Ethical?", [("name", "Ruud Hoekstra-Veenstra"), ("place", "Wierumerwoude")]),
    C("Isatou Jallow Ceesay, Kairaba Avenue compound 118, Serrekunda Pipeline, phone +220 771 9046. Can we get a Mandinka interpreter?", [("name", "Isatou Jallow Ceesay"), ("street_address", "Kairaba Avenue compound 118"), ("place", "Serrekunda Pipeline"), ("phone", "+220 771 9046")]),
    C("The client described it as saudade, and I realised no English word I had would hold what she meant."),
    C("Her mood charting shows a clear dip every winter, starting around November. Light therapy worth discussing?"),
    C("Has anyone got experience with Yazidi survivors? Nadia Khalaf Haji from Kocho Sinjar has started group but won't speak in it.", [("name", "Nadia Khalaf Haji"), ("place", "Kocho Sinjar")]),
    C("Oleksandr Petrenko-Voloshyn DOB 17.08.1961, Aufenthaltstitel, AOK number A428817309. He's in the Erstaufnahme near Ellwangen Reichertshof. Interpreter needed.", [("name", "Oleksandr Petrenko-Voloshyn"), ("date", "17.08.1961"), ("health_plan", "A428817309"), ("place", "Ellwangen Reichertshof")]),
    C("We've been asked to pilot Problem Management Plus with a small group in the spring. Any tips from people who have run it?"),
    C("Has anyone used the Hopkins Symptom Checklist with older clients who can't read? We end up reading it aloud, which changes things."),
    C("She stopped her clozapine bloods in June and the pharmacy refused to dispense. Crisis followed, as you'd expect."),
    C("She says the ancestors speak in dreams and that Christianity hasn't stopped them. I don't want to pathologise that."),
    C("He grew up Seventh-day Adventist, became a Jehovah's Witness, and now attends a Pentecostal church on Sundays. Spiritual history matters here."),
    C("was joaquim mendes tavares the one from ribeira da barca de baixo? someone in the group said he'd been seen in chelas zona j and I got worried", [("name", "joaquim mendes tavares"), ("place", "ribeira da barca de baixo"), ("place", "chelas zona j")]),
    C("The hardship fund paid Ahmed Yusuf Gelle to sort code 30-91-57, account 73019462. Can finance see my notes?", [("name", "Ahmed Yusuf Gelle"), ("account", "30-91-57"), ("account", "73019462")]),
    C("I'm reading Frantz Fanon again for the first time since training. Hard to read about colonial violence and not think about my caseload."),
    C("A colleague asked me to take over Dimitar Kostadinov Pomakov while she's off. He's a Pomak from Kochan Gorno and very guarded with women.", [("name", "Dimitar Kostadinov Pomakov"), ("place", "Kochan Gorno")]),
    C("New plate SR 5918-K spotted outside twice; Renée Wongsonadi-Karijopawiro thinks it is her ex. Suriname registration?", [("vehicle", "SR 5918-K"), ("name", "Renée Wongsonadi-Karijopawiro")]),
    C("Does the Australian Medicare Better Access scheme cover Group Therapy, or only Individual Sessions under the GP Mental Health Treatment Plan?"),
    C("Letter from the Aargau IV office: Reto Gisler-Zimmerli, AHV 756.4412.8830.57, lives at Bachstrasse 41, CH-5034 Suhr Feld.", [("name", "Reto Gisler-Zimmerli"), ("ssn", "756.4412.8830.57"), ("street_address", "Bachstrasse 41"), ("zip_code", "CH-5034"), ("place", "Suhr Feld")]),
    C("It was a hard session with Emanuele Pinna Sanna today. He sees the fires that swept round Santu Lussurgiu Sa Pedra every time he closes his eyes.", [("name", "Emanuele Pinna Sanna"), ("place", "Santu Lussurgiu Sa Pedra")]),
    C("Has anyone done training in Somatic Experiencing with the Levine institute, and did it change how you work or just your vocabulary?"),
    C("I'm trying to understand whether Bayarmaa Tsogtbaatar needs a psychiatric review or whether this is grief. The herd died in the dzud near Tsagaan-Uul sumiin töv.", [("name", "Bayarmaa Tsogtbaatar"), ("place", "Tsagaan-Uul sumiin töv")]),
    C("For the journal club on Thursday 14th we're reading Kleinman's The Illness Narratives alongside Arthur Frank's The Wounded Storyteller. Bring thoughts."),
    C("Weekly update: the client with OCD is doing exposure without reassurance on Mondays and Thursdays, and it's holding."),
    C("Laila Noori Hashimi's tazkira number is 1401-0108-77532; the caseworker also sent her phone +93 79 944 2187. Can I store these?", [("name", "Laila Noori Hashimi"), ("ssn", "1401-0108-77532"), ("phone", "+93 79 944 2187")]),
    C("The podcast https://anchor.fm/stimmen-aus-marzahn/episodes/folge-14-e2q8k has Dieter Kranz-Lemke talking about our group by name.", [("url", "https://anchor.fm/stimmen-aus-marzahn/episodes/folge-14-e2q8k"), ("name", "Dieter Kranz-Lemke")]),
    C("Can I cite a LinkedIn post in my report? https://www.linkedin.com/in/pietro-deiana-ortu-4417b2 is Pietro Deiana Ortu's own post about his breakdown.", [("url", "https://www.linkedin.com/in/pietro-deiana-ortu-4417b2"), ("name", "Pietro Deiana Ortu")]),
    C("Amina Okonkwo-Bello's file LUTH-PSY-17-4482 was sent to the wrong clinic. She found out from her aunt. How do I repair this?", [("name", "Amina Okonkwo-Bello"), ("medical_record", "LUTH-PSY-17-4482")]),
    C("Quick one about Kofi Agyemang-Boateng and his refusal to talk about the accident at Akwatia Dwenase.", [("name", "Kofi Agyemang-Boateng"), ("place", "Akwatia Dwenase")]),
    C("Shared Drive link https://drive.google.com/drive/folders/1Qx8Mp_sabina_rez_notes has Sabina Rezaei's notes and the whole team can see it. Who do I tell?", [("url", "https://drive.google.com/drive/folders/1Qx8Mp_sabina_rez_notes"), ("name", "Sabina Rezaei")]),
    C("We're putting together an evening on Acceptance and Commitment Therapy for newer colleagues in February. Volunteers welcome."),
    C("Licence: Ruth Ashkenazi Peretz holds a psychologist licence IL-PSY 27-48811 and wants to see me as a client. Any issue with that?", [("name", "Ruth Ashkenazi Peretz"), ("licence", "IL-PSY 27-48811")]),
    C("Our clinic finally got a quiet room with a dimmer switch, and the difference for sensory-sensitive clients is huge."),
    C("Still unsure about Marguerite Boudreaux-Thibodeaux. She lost the camp at Isle de Jean Charles Bayou and talks about the water like a person.", [("name", "Marguerite Boudreaux-Thibodeaux"), ("place", "Isle de Jean Charles Bayou")]),
    C("I keep thinking about Dona Benedita Cordeiro and whether I pushed too hard on the exposure work last week, she looked grey when she left.", [("name", "Dona Benedita Cordeiro")]),
    C("Her hearing aid is Phonak Audéo L90 SN 2231X0884, and it broke at school. Ximena Chávez Loaiza, 14, now refuses to go.", [("device", "Phonak Audéo L90 SN 2231X0884"), ("name", "Ximena Chávez Loaiza")]),
    C("would love thoughts on aziz karimov-dehqon, he keeps saying the dreams started when they moved to qarshi ko'chasi mahallasi", [("name", "aziz karimov-dehqon"), ("place", "qarshi ko'chasi mahallasi")]),
    C("The Zambian Ministry of Health, UNICEF and the Lutheran World Federation jointly fund our school programme until December, then who knows."),
    C("Referral fax +31 50 361 4482 from the crisis team for Wieke Bosma; BSN 2104.88.377. Admitted, now home.", [("fax", "+31 50 361 4482"), ("name", "Wieke Bosma"), ("ssn", "2104.88.377")]),
    C("Has anyone got experience of Médecins Sans Frontières or the International Rescue Committee supervision models for national counsellors? Looking to borrow ideas."),
    C("Has anyone used the PCL-5 with Portuguese speakers? The back-translation we have feels stiff and clients stumble on item 9."),
    C("Abenaa Owusu-Ansah Frimpong rang the office twice, call back on +233 24 781 5529. Ghana Card GHA-718230645-3, NHIS NHIS 60218847.", [("name", "Abenaa Owusu-Ansah Frimpong"), ("phone", "+233 24 781 5529"), ("ssn", "GHA-718230645-3"), ("health_plan", "NHIS 60218847")]),
    C("We're trying the Wellbeing Star in groups and clients like drawing on it more than ticking boxes."),
    C("Does the Hamilton Depression Rating Scale still get used in your services, or has everyone moved to the MADRS and QIDS-SR16?"),
    C("Nguyễn Văn Thành Lộc drives a Grab taxi, licence B2 790044188312, and had a crash that killed a child. He can't touch the wheel now.", [("name", "Nguyễn Văn Thành Lộc"), ("licence", "B2 790044188312")]),
    C("Shira Ben-Ami Golan told me she hasn't slept through since the sirens. She lives in Moshav Netiv HaAsara Bet. Ideas beyond sleep hygiene?", [("name", "Shira Ben-Ami Golan"), ("place", "Moshav Netiv HaAsara Bet")]),
    C("The audit says Hendrik Postma's notes were viewed from 2a02:a45f:88e1:0:14b2:9aff:fe31:7c02 at 02:14. Nobody on our team works at that hour.", [("name", "Hendrik Postma"), ("ip_address", "2a02:a45f:88e1:0:14b2:9aff:fe31:7c02")]),
    C("We've moved the teen group from Saturday mornings to Friday afternoons and attendance doubled."),
    C("He uses the Hindi word tension for everything, from his debts to his heart. I've started using it back."),
    C("Grateful for last night's discussion on endings, it helped me plan a much softer close with the family on the list."),
    C("Helene Schaefer-Wurm's son emailed t.schaefer.wurm@posteo.de saying his mother is 101 and three quarters and 'too old for all this'. She wants to continue.", [("name", "Helene Schaefer-Wurm"), ("email", "t.schaefer.wurm@posteo.de"), ("age_over_89", "101 and three quarters")]),
    C("Bit of a long one. Samuel Kiprono Chepkwony, 26, (0723 481 906) is a former runner from Iten Kamariny whose career ended with an Achilles injury, and whose family had borrowed against their land to fund his training. He's now a boda-boda driver and is convinced he'll be cursed if he doesn't repay. He's been drinking. How would you think about this, given the family and community pressure piled on top?", [("name", "Samuel Kiprono Chepkwony"), ("phone", "0723 481 906"), ("place", "Iten Kamariny")]),
    C("Lorenzo Vella Grech, ID 0418762M, lives Triq il-Kappillan Mifsud 23, Ħal Għargħur, GRG 1104. He says the whole village is watching him.", [("name", "Lorenzo Vella Grech"), ("ssn", "0418762M"), ("street_address", "Triq il-Kappillan Mifsud 23"), ("place", "Ħal Għargħur"), ("zip_code", "GRG 1104")]),
    C("Ayodele Fasanmi-Okunola asked me today if I believe in God. I froze. How do you all answer that?", [("name", "Ayodele Fasanmi-Okunola")]),
    C("Letter to the housing officer: Catarina Évora Lopes, Rua Cidade da Praia 9, r/c, 2700-611 Amadora Cova da Moura. Damp, children ill.", [("name", "Catarina Évora Lopes"), ("street_address", "Rua Cidade da Praia 9, r/c"), ("zip_code", "2700-611"), ("place", "Amadora Cova da Moura")]),
    C("Rania Abu Saleh emails from rania.a.saleh.81@hotmail.com. Can I email back or is it risky?", [("name", "Rania Abu Saleh"), ("email", "rania.a.saleh.81@hotmail.com")]),
    C("Has anyone used Cognitive Behavioural Therapy for insomnia with shift workers, and how did you adapt the rules?"),
    C("Our team is thinking about adopting the Trauma Recovery Empowerment Model. Does anyone have experience of its fidelity checks?"),
    C("Letter for the licensing office: Tomás Cervantes Rivas, licence CDMX B 48117-0023.", [("name", "Tomás Cervantes Rivas"), ("licence", "CDMX B 48117-0023")]),
    C("Can someone tell me if (081) 277 4019 still works? It's the only fax for Maria Goretti Nakato's clinic in Masaka Nyendo.", [("fax", "(081) 277 4019"), ("name", "Maria Goretti Nakato"), ("place", "Masaka Nyendo")]),
    C("I saw Liliana Ceban Munteanu yesterday and she told me her son is still in Italy and won't call. Anyone have material on left-behind mothers?", [("name", "Liliana Ceban Munteanu")]),
    C("Anyone know how to get a social work visit in Loíza Parcelas Suárez? Carmen Iris Osorio Rivera, SSN 582-17-4406, Mi Salud MS 40778231.", [("place", "Loíza Parcelas Suárez"), ("name", "Carmen Iris Osorio Rivera"), ("ssn", "582-17-4406"), ("health_plan", "MS 40778231")]),
    C("Discharge note: Pasquale Mura Deiana, tessera sanitaria 80380 0004 7729 1136 0, codice fiscale MRDPQL58C19F979K, aged 93 years and 11 months. Low mood after the fire.", [("name", "Pasquale Mura Deiana"), ("health_plan", "80380 0004 7729 1136 0"), ("ssn", "MRDPQL58C19F979K"), ("age_over_89", "93 years and 11 months")]),
    C("anyone have experience with selective mutism in adults? my client writes beautifully but cannot speak in the room."),
    C("New: Moana Teariki Pomare, NHI ZKD4471, 22 Te Kuiti Rise, Unsworth Heights Rewa, 0632. Father's tangi last month.", [("name", "Moana Teariki Pomare"), ("medical_record", "ZKD4471"), ("street_address", "Te Kuiti Rise"), ("place", "Unsworth Heights Rewa"), ("zip_code", "0632")]),
    C("A question about boundaries: Ngaio Whakaue invited me to her son's twenty-first. I said no kindly but she's upset. Did I get it wrong?", [("name", "Ngaio Whakaue")]),
    C("Ramadan, Easter and Passover overlap this April, and our Muslim, Christian and Jewish families all want evening slots. How are others scheduling?"),
    C("Background before the case review on Friday: Hamidullah Sadat (BAMF file 8841207-423) arrived via the evacuation flights, spent eight months in a hotel in Hamelin Afferde, and was moved again after a neighbour complained about noise at night, which was him shouting in his sleep. He asks me every week whether his file says he's crazy. He has no idea where his wife is. I'm not sure trauma work is possible while he's in limbo. Thoughts?", [("name", "Hamidullah Sadat"), ("medical_record", "8841207-423"), ("place", "Hamelin Afferde")]),
    C("The family calls it susto and wants a curandero to see her before anyone else. I'm happy to work alongside that."),
    C("The Adolescent Inpatient Unit will be short-staffed over Christmas, so discharge planning needs to start now for anyone we share."),
    C("Update on the young man from the Horn of Africa: he went to his first college class on Monday and stayed all morning."),
    C("Someone made a fake profile of Ilse Vermeulen-Roels at https://www.instagram.com/ilse.roels.private.lv. Her boss saw it. Advice on next steps?", [("name", "Ilse Vermeulen-Roels"), ("url", "https://www.instagram.com/ilse.roels.private.lv")]),
    C("Short reflection: The clients who apologise for crying are nearly always the ones who were punished for it as children."),
    C("Born 31/01/2008, Precious Nomathemba Ncube is now 18 and wants her file separated from her mother's. Process?", [("date", "31/01/2008"), ("name", "Precious Nomathemba Ncube")]),
    C("Hospital fax +30 2310 892 417, AMKA 18047301825, for Despina Karagianni-Tsolaki. Transferred from the island yesterday.", [("fax", "+30 2310 892 417"), ("ssn", "18047301825"), ("name", "Despina Karagianni-Tsolaki")]),
    C("Telegram channel t.me/akhbar_sinjar_survivors_77 posted Layla Murad Qasim's testimony without her face blurred. She now refuses to leave the flat.", [("url", "t.me/akhbar_sinjar_survivors_77"), ("name", "Layla Murad Qasim")]),
    C("Has anyone read Bessel van der Kolk alongside Peter Levine and Pat Ogden? I'm trying to work out which Body-Oriented approach suits our Trauma Service."),
    C("Has anyone taken the Headspace or Calm route with NGOs in the Philippines? Our Filipino partners want something on Android only."),
    C("Does anyone know whether the WHO mhGAP Intervention Guide has a section on Prolonged Grief that goes beyond the screening questions?"),
    C("Quick one: is sertraline generally thought safe during breastfeeding, or should I steer her back to the GP for that?"),
    C("Long one. I've been seeing Evaristo Mamani Flores (CI 4718093 LP) for about four months after his brother died at the cooperative mine above Llallagua Siglo XX Cancañiri, and what keeps coming up is not the death but the ekeko figure his brother gave him, which he broke during an argument the week before the collapse. He's sure he caused it. My usual cognitive work feels disrespectful here. How would you approach magical guilt like this?", [("name", "Evaristo Mamani Flores"), ("ssn", "4718093 LP"), ("place", "Llallagua Siglo XX Cancañiri")]),
    C("It's been a week. On Tuesday Serwaa Boakye Asante brought her two-year-old (Nana Yaa Konadu) to session because the crèche in Kumasi Aboabo No. 2 was shut, and halfway through she told me her brother-in-law is pressuring her to marry him now her husband has died, as is custom in their family. She was calm while saying it and then completely dissociated. I got her grounded. I'd welcome thoughts on how to follow up.", [("name", "Serwaa Boakye Asante"), ("name", "Nana Yaa Konadu"), ("place", "Kumasi Aboabo No. 2")]),
    C("We use the Clinical Outcomes in Routine Evaluation (CORE-10) at every session and the Session Rating Scale at the end. Is that too much paperwork for clients?"),
    C("Date of the attack was 16 June 2026; Emmanuel Nzeyimana keeps returning to it in session. Anniversary planning ideas?", [("date", "16 June 2026"), ("name", "Emmanuel Nzeyimana")]),
    C("For those asking after the CPD: the Dutch slides on Schema Therapy from Arnoud Arntz and Jeffrey Young's original model are on the shared drive."),
    C("Friday's session: she used the Tamil word bayam and the English word panic in the same breath, then laughed and said Neither is right."),
    C("Dona Iracema Tupinambá is 98 and three months and walks to the health post in Olivença Sapucaieira alone. Her grandson says she talks to the dead. Culture or cognition?", [("name", "Dona Iracema Tupinambá"), ("age_over_89", "98 and three months"), ("place", "Olivença Sapucaieira")]),
    C("Her Ottobock C-Brace SN 22C7718 broke and Camila Sánchez Arroyo hasn't left home since. The insurer wants a letter from me.", [("device", "Ottobock C-Brace SN 22C7718"), ("name", "Camila Sánchez Arroyo")]),
    C("Long post, sorry. Nokuthula Mabuza-Shongwe came in this week (24 November 2026) after three months away, saying her church in Mamelodi Stanza Bopape told her that her depression is demonic and she stopped her sertraline. She's back now, looks ten kilos lighter, and says she only came because her cousin drove her. I want to respect her faith without colluding with something that nearly killed her. How have others handled this kind of split?", [("name", "Nokuthula Mabuza-Shongwe"), ("date", "24 November 2026"), ("place", "Mamelodi Stanza Bopape")]),
    C("Login attempts on Kalani Meyer-Gomes's therapy app from 45.136.72.5 and 45.136.72.9; she lives alone. Stalking concern.", [("name", "Kalani Meyer-Gomes"), ("ip_address", "45.136.72.5"), ("ip_address", "45.136.72.9")]),
    C("Thi Lan Phạm asked if she could pay by Revolut GB12 REVO 0099 7061 4422 83. Her husband checks her Vietnamese bank.", [("name", "Thi Lan Phạm"), ("account", "GB12 REVO 0099 7061 4422 83")]),
    C("Has anyone got the Portuguese, Spanish and Quechua versions of the Self-Reporting Questionnaire (SRQ-20)? Our Peruvian colleagues are asking."),
    C("The referral says Friedrich Oberhuber is aged 97 and 8 months and recently widowed, and he asks only for someone to speak Tyrolean with.", [("name", "Friedrich Oberhuber"), ("age_over_89", "aged 97 and 8 months")]),
    C("Her abuser runs a page, https://www.facebook.com/ajuda.familia.cabinda.verdade, with Luzia Tchikaya Mavungo's picture. Takedown help?", [("url", "https://www.facebook.com/ajuda.familia.cabinda.verdade"), ("name", "Luzia Tchikaya Mavungo")]),
    C("is it normal to feel irritated by a client who is doing everything right? something about it bothers me."),
    C("Guadalupe Hernández Xochitl sent me https://open.spotify.com/episode/3Xc41QwmPn8 and asked me to listen, it's her cousin talking about the disappeared. Boundaries?", [("name", "Guadalupe Hernández Xochitl"), ("url", "https://open.spotify.com/episode/3Xc41QwmPn8")]),
    C("The client keeps using the Tagalog word hiya, and I'm learning that shame is only half of it."),
    C("ok so ngaire huirama-tautahi wants her nan in the room for every session and honestly I think that's fine, anyone disagree?", [("name", "ngaire huirama-tautahi")]),
    C("Our Tuesday supervision has moved to Microsoft Teams until February because the building is being rewired."),
    C("The Global Burden of Disease data for Sub-Saharan Africa and South Asia show depression rising in women. Does anyone have the Lancet Psychiatry paper handy?"),
    C("Looking for thoughts. Trinh Minh Khoa calls me \"doctor\" and asks me to tell him what to do. Directive approaches with older Vietnamese men?", [("name", "Trinh Minh Khoa")]),
    C("IT flagged session links for Rosário Magaia Cuambe opened from 197.218.73.140. That's not her town. Do I tell her or wait for IT?", [("name", "Rosário Magaia Cuambe"), ("ip_address", "197.218.73.140")]),
    C("For World Mental Health Day in October, the Australian, New Zealand and Canadian associations are all running Walk and Talk events. Any Zoom version?"),
    C("Please call Ewa Kowalczyk-Nowak back on +48 605 218 337; PESEL 71052814629. She is at her sister's in Krzeszów Dolny.", [("name", "Ewa Kowalczyk-Nowak"), ("phone", "+48 605 218 337"), ("ssn", "71052814629"), ("place", "Krzeszów Dolny")]),
    C("Our clinic has signed up to the Zero Suicide framework and I'm unsure how much it changes day-to-day practice."),
    C("Has anyone written a letter to a client's employer asking for adjustments, and how much detail did you give?"),
    C("The International Organization for Migration, Save the Children and the Norwegian Refugee Council each gave us different Psychological First Aid manuals. Which one do you use?"),
    C("Amani Juma Mwakalinga pays fees via M-Pesa Tanzania 0754 118 392. His employer sees the statements. Can he pay cash instead?", [("name", "Amani Juma Mwakalinga"), ("account", "0754 118 392")]),
    C("Feeling stuck with Thandekile Mthembu-Dlamini. Her grandmother in Nqutu Esigodini wants her home for the ceremony and she is torn.", [("name", "Thandekile Mthembu-Dlamini"), ("place", "Nqutu Esigodini")]),
    C("Has anyone tried Compassion Focused Therapy for shame after a miscarriage? Paul Gilbert's book keeps coming up."),
    C("a brief update: the man with the intrusive thoughts about his baby is now holding her for longer without checking."),
    C("Fishing licence MZ-PESCA-2025-08841 was revoked for Ernesto Chivambo; he thinks the officials want bribes. Anger management referral.", [("licence", "MZ-PESCA-2025-08841"), ("name", "Ernesto Chivambo")]),
    C("We've been asked to present at the European Society for Traumatic Stress Studies conference in June on Cultural Adaptation of NET. Nervous."),
    C("Reading Gabor Maté on addiction and finding myself both moved and a bit sceptical about the certainty of it all."),
    C("Licence renewal form for Gaspard Mukamana Habimana (nursing council no. NCNM-RN-082241). He wants me to say he's fit to work.", [("name", "Gaspard Mukamana Habimana"), ("licence", "NCNM-RN-082241")]),
    C("She's training as a Montessori teacher in Early Years and says the children calm her in a way nothing else does."),
    C("Her Lamotrigine levels are fine according to the Consultant, but the Clinical Nurse Specialist thinks the rash needs reviewing. Who do I believe?"),
    C("Licence plate ABC-5H44 belongs to the car Mele Havili's partner uses to wait outside. Should I tell her I noticed?", [("vehicle", "ABC-5H44"), ("name", "Mele Havili")]),
    C("Does anybody run sessions in Portuguese and English mixed? My client switches mid-sentence and it works."),
    C("the client who was so angry at the start of the year sent a card saying thank you, and i had to sit in the car for a bit."),
    C("For next Wednesday: Naomi Klein's Shock Doctrine chapter on Sri Lanka, and Glenn Albrecht's writing on solastalgia. Happy to swap if people prefer."),
    C("She stopped quetiapine on her own in September and the voices came back within a fortnight. Now she blames herself."),
    C("Bianca Aurelia Rădulescu said she forgave her mother. Then she cried for forty minutes. What do I do with that next week?", [("name", "Bianca Aurelia Rădulescu")]),
    C("I've found the Kessler 10 (K10) easier to explain to older clients than the longer measures. Any downsides people see?"),
    C("Has anyone done Eye Movement Desensitization with a client who has nystagmus? The eye movements are out, obviously."),
    C("Has anyone compared the Harvard Trauma Questionnaire with the Refugee Health Screener-15 in Arabic, Dari and Tigrinya? The HTQ takes forever but the RHS-15 feels thin."),
    C("The Mental Capacity Act, the Care Act and the Human Rights Act all came up in Tuesday's MDT. I need a refresher on Deprivation of Liberty Safeguards."),
    C("Abdoulaye Ndiaye Sow, CNI 1 754 1988 03112, tel +221 77 614 09 38, from Guédiawaye Wakhinane. Second attempt to cross.", [("name", "Abdoulaye Ndiaye Sow"), ("ssn", "1 754 1988 03112"), ("phone", "+221 77 614 09 38"), ("place", "Guédiawaye Wakhinane")]),
    C("Just had Rangimarie Tūhoe-Pere call from 07 366 4420, she's ninety-one next week and wants to know why her mokopuna can't stop crying.", [("name", "Rangimarie Tūhoe-Pere"), ("phone", "07 366 4420"), ("age_over_89", "ninety-one next week")]),
    C("Has anybody here been to Ilha de São Jorge Topo? Manuel Silveira Bettencourt talks about the earthquake there as if it was last year.", [("place", "Ilha de São Jorge Topo"), ("name", "Manuel Silveira Bettencourt")]),
    C("The client's mother is Catholic and the father is Muslim, and the teenager says she believes in neither and both."),
    C("the waiting list at our service is now eleven months for adults, which makes me wonder what we are actually offering anyone."),
    C("Dolores Girón Pineda's son was deported, his A-number A 218 447 901. She asks if I can write a letter. Her DOB 10/12/1966.", [("name", "Dolores Girón Pineda"), ("ssn", "A 218 447 901"), ("date", "10/12/1966")]),
    C("Has anyone used the Afghan Symptom Checklist developed by Catherine Panter-Brick and Mark Eggerman? We need something that captures jigar khun."),
    C("Rutendo Mapfumo-Chikore's EcoCash 077 419 2280 keeps coming up on our invoices. Anyone know if our finance team can redact?", [("name", "Rutendo Mapfumo-Chikore"), ("account", "077 419 2280")]),
    C("Referral from wijkteam.noordoost@gemeentevleuten.nl for Sanne de Groot-Visser, BSN 1998.33.207. Postnatal, not sleeping.", [("email", "wijkteam.noordoost@gemeentevleuten.nl"), ("name", "Sanne de Groot-Visser"), ("ssn", "1998.33.207")]),
    C("Hospital fax (021) 404 9127 for Lindiwe Xaba on the trauma ward; patient file GS-44/19208. Can I send my notes on it?", [("fax", "(021) 404 9127"), ("name", "Lindiwe Xaba"), ("medical_record", "GS-44/19208")]),
    C("Has anyone tried Narrative Exposure Therapy with teenagers, or is it mostly used with adults?"),
    C("Kenji Ferreira Yamamoto's sister linked https://www.reddit.com/r/brasil/comments/1h8zq2/ in which he's named over the debt. He's from Liberdade Rua Galvão Bueno community. Shame, suicidality.", [("name", "Kenji Ferreira Yamamoto"), ("url", "https://www.reddit.com/r/brasil/comments/1h8zq2/"), ("place", "Liberdade Rua Galvão Bueno")]),
    C("I was reading Ignacio Martín-Baró's Writings for a Liberation Psychology and thinking about how little of it reaches our Continuing Professional Development days."),
    C("Wiremu Ngata-Tūhoe holds a firearms licence FAL 44819203 and lives rurally. His partner says he's talking about ending things. Safety plan?", [("name", "Wiremu Ngata-Tūhoe"), ("licence", "FAL 44819203")]),
    C("I sat with Rahel Worku Tessema, Beta Israel, whose grandmother walked from Ambober Gondar in 1984. She keeps dreaming of the walk.", [("name", "Rahel Worku Tessema"), ("place", "Ambober Gondar")]),
    C("Hugo Ribeiro Dantas emailed from hugo.r.dantas@sapo.pt at 3am saying he's sorry for everything. Risk?", [("name", "Hugo Ribeiro Dantas"), ("email", "hugo.r.dantas@sapo.pt")]),
    C("new pt thiago nascimento vieira, cpf 318.552.907-41, cartão sus 708 4012 9936 1127, from vila brejinho do sul. can anyone take him on a thursday?", [("name", "thiago nascimento vieira"), ("ssn", "318.552.907-41"), ("health_plan", "708 4012 9936 1127"), ("place", "vila brejinho do sul")]),
    C("The blog at https://kampung-di-hati.blogspot.com/2026/10/ibu-sumiati.html tells Ibu Sumiati Darmawan's story with her photo. She didn't consent.", [("url", "https://kampung-di-hati.blogspot.com/2026/10/ibu-sumiati.html"), ("name", "Ibu Sumiati Darmawan")]),
    C("Police escort needed? Jacinta Achieng Ouma lives at Plot 44, Lake Road, Kisumu Nyalenda B, phone 0712 044 981.", [("name", "Jacinta Achieng Ouma"), ("street_address", "Plot 44, Lake Road"), ("place", "Kisumu Nyalenda B"), ("phone", "0712 044 981")]),
    C("Court date 8 March 2027 for Norma Aguilar Chuc's custody case. Should I offer an extra session before?", [("date", "8 March 2027"), ("name", "Norma Aguilar Chuc")]),
    C("OT report for Hamza Ouali mentions his Ottobock Genium X3 serial 7K40-11298 got stuck at the factory in Schaerbeek Helmet. He's furious and ashamed.", [("name", "Hamza Ouali"), ("device", "Ottobock Genium X3 serial 7K40-11298"), ("place", "Schaerbeek Helmet")]),
    C("I've got Mosese Ratulevu next. How do you handle when a client won't look at you? I don't think it's avoidance.", [("name", "Mosese Ratulevu")]),
    C("Dutch GP referral: Fatima Azzouzi-Bakkali, Van Speijkstraat 88-III, 1057 HJ Amsterdam-West Kinkerbuurt, tel 020 618 4472.", [("name", "Fatima Azzouzi-Bakkali"), ("street_address", "Van Speijkstraat 88-III"), ("zip_code", "1057 HJ"), ("place", "Amsterdam-West Kinkerbuurt"), ("phone", "020 618 4472")]),
    C("Efrén Chuquimia's bank details for the hardship refund: Yape Yape 987 433 126, or BCP account 193-41820557-0-62. Is it ok for me to hold these?", [("name", "Efrén Chuquimia"), ("account", "Yape 987 433 126"), ("account", "193-41820557-0-62")]),
    C("Account for the fee waiver: Koffi Agbodjan, MTN MoMo +228 90 41 87 22? I'd rather not hold it myself.", [("name", "Koffi Agbodjan"), ("account", "+228 90 41 87 22")]),
    C("Margarethe Pichler, age 95 and a half, has been told by her Hausarzt she doesn't need therapy, just company. Is that fair?", [("name", "Margarethe Pichler"), ("age_over_89", "age 95 and a half")]),
    C("The Scottish Intercollegiate Guidelines Network and the Irish HSE both recommend Stepped Care for Perinatal Depression. Does anyone use SIGN 127 directly?"),
    C("The Royal College of Psychiatrists and NICE both say CBT first for Social Anxiety Disorder, but the Cochrane review seemed less certain. Am I misreading it?"),
    C("Ivo Bakker-Smit lost his pilot licence NL.FCL.31177.ATPL after the evaluation. He has not told his wife. How to support without colluding?", [("name", "Ivo Bakker-Smit"), ("licence", "NL.FCL.31177.ATPL")]),
    C("Radu Constantinescu-Pop thinks his ex is reading his email via the home router at 192.168.0.117. Is that even possible? I'm out of my depth.", [("name", "Radu Constantinescu-Pop"), ("ip_address", "192.168.0.117")]),
    C("Does the Beck Anxiety Inventory overcount physical symptoms in people with asthma, in your experience?"),
    C("Natalia Cárdenas Pérez's address for the letter is Calle 48 Sur #72-19, Torre 3 Apto 502, Kennedy Patio Bonito, 110861.", [("name", "Natalia Cárdenas Pérez"), ("street_address", "Calle 48 Sur #72-19, Torre 3 Apto 502"), ("place", "Kennedy Patio Bonito"), ("zip_code", "110861")]),
    C("How would you approach a family where Mirela Hodžić-Begović is the only one who wants to talk about the war and everyone else leaves the room?", [("name", "Mirela Hodžić-Begović")]),
    C("Hi all, after the floods in São Brás do Regedouro I've got three families on my list, including Albertina Rosado Calado, who refuses to go back into her kitchen.", [("place", "São Brás do Regedouro"), ("name", "Albertina Rosado Calado")]),
    C("Fax back to +256 414 530 227? The referring hospital for Acen Grace Okello only takes faxes.", [("fax", "+256 414 530 227"), ("name", "Acen Grace Okello")]),
    C("Lê Quốc Bảo's motorbike 29-H1 448.17 was seized and that was his income. He's now behind on everything.", [("name", "Lê Quốc Bảo"), ("vehicle", "29-H1 448.17")]),
    C("Old man from Chinchero Ayllu Cuper, Fortunato Huamán Quispe, ninety-four years and two months, brought by his granddaughter. Grief for his wife, lots of soma.", [("place", "Chinchero Ayllu Cuper"), ("name", "Fortunato Huamán Quispe"), ("age_over_89", "ninety-four years and two months")]),
    C("Do people find that online sessions work worse for trauma processing, or is that just my bias?"),
    C("Reading recommendation: Ethan Watters, Crazy Like Us. Uncomfortable, but it changed how I think about exporting diagnoses."),
    C("Our waiting room now has leaflets in Arabic, Farsi and Pashto, which took a year of asking."),
    C("His Aadhaar came on the form — Gurpreet Kaur Dhillon-Sandhu, 4417 8802 3915; he's in Surrey Fleetwood Tynehead BC, MSP 9874 418 335. Can we delete it?", [("name", "Gurpreet Kaur Dhillon-Sandhu"), ("ssn", "4417 8802 3915"), ("place", "Surrey Fleetwood Tynehead"), ("health_plan", "9874 418 335")]),
    C("The South African Depression and Anxiety Group, Lifeline and the Suicide Crisis Line seem to run overlapping helplines. Who do you refer to?"),
    C("a hard week, three clients with sudden losses. taking tomorrow afternoon off to walk and not think."),
    C("Our team is trialling Solution-Focused Brief Therapy for the waiting list, three sessions each, and the early feedback is warm."),
    C("Anyone using the Youth Outcome Questionnaire in Norwegian, Dutch or German services? Curious about the Cronbach's Alpha people report."),
    C("The teenager I mentioned last week has started sleeping in her clothes again, which for her is always a warning sign."),
    C("our team is debating whether to screen every new client for gambling harm, and opinions are strong."),
    C("She's on fluoxetine 40 mg now, and the bingeing has settled, but she worries the weight will come back."),
    C("What's your approach when a teen won't talk in front of parents but refuses alone? Kiri Puhi-Marino did exactly that today.", [("name", "Kiri Puhi-Marino")]),
    C("Has anyone used Tree of Life (Ncazelo Ncube and David Denborough) with Congolese, Burundian or Rwandan children? The narrative therapy resources online are great."),
    C("Siddharth Rao Ganapathy's medical registration KMC-41877 was suspended pending review. He wants to talk only about his guilt over the patient.", [("name", "Siddharth Rao Ganapathy"), ("licence", "KMC-41877")]),
    C("Trying to write this up without getting emotional. Bunga Citra Lestari Wahyuni was a domestic worker in Saudi Arabia, NIK 3510146708880004, and came home to Desa Wonorejo Lor Banyuwangi after her employer burned her with an iron. The family treats her as a source of money who failed. She sits in the back room and they don't let her eat with them. She asked me if it's normal to want to disappear. I've done the risk assessment. Still, what else?", [("name", "Bunga Citra Lestari Wahyuni"), ("ssn", "3510146708880004"), ("place", "Desa Wonorejo Lor Banyuwangi")]),
    C("Nurse Ama Serwaa Bonsu-Addo, NMC PIN 18K4417O, is scared her referral to us will be reported to the regulator. Is it?", [("name", "Ama Serwaa Bonsu-Addo"), ("licence", "18K4417O")]),
    C("Please send the report by fax to 0800 431 882. Tjitske van der Meulen's insurer won't take email.", [("fax", "0800 431 882"), ("name", "Tjitske van der Meulen")]),
    C("How do you handle it when a client keeps arriving twenty minutes late and then wants to overrun?"),
    C("Dragan Mitrović-Lazić sold his car, plate BG 784-KT, to pay for the lawyer. He's now walking 40 minutes to get here.", [("name", "Dragan Mitrović-Lazić"), ("vehicle", "BG 784-KT")]),
    C("VPN exit 2001:67c:2e8:22::c100:3f1 shows on Lailani Santos Cruz's account. She says she uses no VPN.", [("ip_address", "2001:67c:2e8:22::c100:3f1"), ("name", "Lailani Santos Cruz")]),
    C("Please fax the discharge summary to +27 43 722 9184 for Lwazi Mbeki-Qwabe, hospital number FH-CM 0449127, SA ID 8711235842087.", [("fax", "+27 43 722 9184"), ("name", "Lwazi Mbeki-Qwabe"), ("medical_record", "FH-CM 0449127"), ("ssn", "8711235842087")]),
    C("Has anyone worked with Hakka families around ancestor tablets and where they sit in the home after a move?"),
    C("The boat is registered LU 117 Rodrigues, owner Jean-Claude Perrine. He thinks it was sabotaged. Paranoid or real?", [("vehicle", "LU 117 Rodrigues"), ("name", "Jean-Claude Perrine")]),
    C("Client emailed from nkechi.adeyemi.obi77@proton.me asking to reschedule; phone 0802 519 4476. I'm worried about sending anything there, her husband reads it.", [("email", "nkechi.adeyemi.obi77@proton.me"), ("phone", "0802 519 4476")]),
    C("Card ending 4417-8830-1192-5564 was used for Karim Benali's sessions but it's his father's. He is 19. Whose consent?", [("account", "4417-8830-1192-5564"), ("name", "Karim Benali")]),
    C("Does anyone know if the Oromo version of the Patient Health Questionnaire has been validated in Ethiopia or only in Minnesota samples?"),
    C("Update: he has now done six weeks of Prolonged Exposure (PE) homework without missing a day, which for him is enormous."),
    C("Fee account for Nazlı Aydoğan: IBAN TR33 0006 1005 1978 6457 8413 26. Her father pays. She is 24. Confidentiality?", [("name", "Nazlı Aydoğan"), ("account", "TR33 0006 1005 1978 6457 8413 26")]),
    C("Genuine question: how do you support someone like Efua Mensah-Bonsu who believes her miscarriage was caused by her aunt?", [("name", "Efua Mensah-Bonsu")]),
    C("The British Psychological Society, the American Psychological Association and the Australian Psychological Society all now have guidance on telehealth. Which do you follow?"),
    C("How do you manage when the interpreter starts giving advice of their own in the middle of the session?"),
    C("Arben Hoxha's uncle called from +355 69 812 4407; the family is in Thethi Okol. Blood feud still active, he says. How do I think about safety?", [("name", "Arben Hoxha"), ("phone", "+355 69 812 4407"), ("place", "Thethi Okol")]),
    C("I've been reading Thich Nhat Hanh on walking meditation and trying short versions at the start of sessions."),
    C("Thoughts on how to support Rangi Pōtae-Hōhepa? He's back in Te Araroa Paku with his nan and won't answer the phone.", [("name", "Rangi Pōtae-Hōhepa"), ("place", "Te Araroa Paku")]),
    C("Anyone got a good version of the EPDS in Swahili? The one we have mistranslates a couple of items."),
    C("Portal alert: Kiplagat Rotich's tele-session was accessed from 41.90.188.12 and again from 2c0f:fe38:2104:91::1b. Probably his cousin's phone?", [("name", "Kiplagat Rotich"), ("ip_address", "41.90.188.12"), ("ip_address", "2c0f:fe38:2104:91::1b")]),
    C("DOB 22/06/1957 for Ilse Gruber-Steinacher, SV-Nummer 4417 220657, e-card ÖGK 88304417. Referred from Wörgl Bruckhäusl.", [("date", "22/06/1957"), ("name", "Ilse Gruber-Steinacher"), ("ssn", "4417 220657"), ("health_plan", "ÖGK 88304417"), ("place", "Wörgl Bruckhäusl")]),
    C("Seeking advice about Farrukh Hamidov Yusupovich who works nights at the market and shows up to sessions having not slept.", [("name", "Farrukh Hamidov Yusupovich")]),
    C("Tupaq Illa Villca's grandmother is 103 by her own count, and he's her only carer in Pisac Amaru Ayllu. Carer burnout, no respite.", [("name", "Tupaq Illa Villca"), ("age_over_89", "103 by her own count"), ("place", "Pisac Amaru Ayllu")]),
    C("Mahlet Assefa Worku forwarded a phishing email that came to mahlet.assefa.w@outlook.com, pretending to be our clinic. IP in the header was 154.73.21.88.", [("name", "Mahlet Assefa Worku"), ("email", "mahlet.assefa.w@outlook.com"), ("ip_address", "154.73.21.88")]),
    C("Device: ResMed AirSense 11 SN 23171144809 for Gerrit-Jan Wolters; his wife thinks the mask makes him panic. Has anyone worked with CPAP claustrophobia?", [("device", "ResMed AirSense 11 SN 23171144809"), ("name", "Gerrit-Jan Wolters")]),
    C("Pix key pix: +55 71 98812 4406 on the invoice is Jurema dos Santos Pataxó's daughter's. Is that a problem?", [("account", "pix: +55 71 98812 4406"), ("name", "Jurema dos Santos Pataxó")]),
    C("Mamadou Bah's Cochlear Kanso 2 serial 4300-5518-2 was stolen on the bus. He can't hear in session at all now.", [("name", "Mamadou Bah"), ("device", "Cochlear Kanso 2 serial 4300-5518-2")]),
    C("We had a good discussion on Tuesday about Motivational Interviewing with people who don't want to be here at all."),
    C("His cortisol results came back normal, so the endocrinologist has handed the fatigue back to us and the GP."),
    C("Pacemaker card for Johannes Brouwer-Tiesinga: Biotronik Amvia Sky DR-T SN 68014472. The cardiologist thinks his panic is device-related anxiety.", [("name", "Johannes Brouwer-Tiesinga"), ("device", "Biotronik Amvia Sky DR-T SN 68014472")]),
    C("The Mental Health Act assessment went ahead on Friday. She wasn't detained, and I think that was right."),
    C("I've found the Expressed Emotion interview schedules too long for routine use, but the shortened version loses the warmth ratings."),
    C("We've been asked by Ana Lúcia Guajajara to hold the group on the reserve in Aldeia Juçaral Grande instead of town. Anyone done this?", [("name", "Ana Lúcia Guajajara"), ("place", "Aldeia Juçaral Grande")]),
    C("Tahmina Siddiqui-Rahman sent me the petition change.org/p/justice-for-the-sweatshop-nine-harlesden which names her. Do I sign? Obviously not, but how do I respond?", [("name", "Tahmina Siddiqui-Rahman"), ("url", "change.org/p/justice-for-the-sweatshop-nine-harlesden")]),
    C("Email: counselling.intake@kanakahealth.example is where Mele Tupou Vainikolo sent her forms. Did anyone pick them up?", [("email", "counselling.intake@kanakahealth.example"), ("name", "Mele Tupou Vainikolo")]),
    C("Thinking a lot about how often we call things resistance when they're actually a reasonable response to an unsafe situation."),
    C("Andile Gumede's taxi, ND 412-778, was burnt in the rank dispute. He sits in his room and won't go out.", [("name", "Andile Gumede"), ("vehicle", "ND 412-778")]),
    C("Ondřej Pospíšil, Na Hřebenkách 84, 150 00 Praha 5-Smíchov, VZP insurance VZP 6803124417. Alcohol, shame.", [("name", "Ondřej Pospíšil"), ("street_address", "Na Hřebenkách 84"), ("zip_code", "150 00"), ("place", "Praha 5-Smíchov"), ("health_plan", "VZP 6803124417")]),
    C("Portal: Tatiana Ciobanu-Rusnac's teletherapy link opened from 188.237.12.90. She says she's in Ungheni Dănuțeni, but that's a Moldovan block.", [("name", "Tatiana Ciobanu-Rusnac"), ("ip_address", "188.237.12.90"), ("place", "Ungheni Dănuțeni")]),
    C("The midwife faxed from 0597 402 881 about Gerrit Zijlstra-Hiemstra's wife; BSN 3011.74.988. Postpartum psychosis, he is alone with the baby.", [("fax", "0597 402 881"), ("name", "Gerrit Zijlstra-Hiemstra"), ("ssn", "3011.74.988")]),
    C("Her haemoglobin was 8.2 and the GP thinks some of the fatigue is iron, not depression. Good to know before I push activation."),
    C("The crisis team's email crisis.team.ost@kantonsspital-sg.example wants Jonas Baumgartner's summary urgently. Consent was verbal. Enough?", [("email", "crisis.team.ost@kantonsspital-sg.example"), ("name", "Jonas Baumgartner")]),
    C("The GAD-7 is at 17 and she says it doesn't capture the physical side at all, which is most of what she feels."),
    C("Her GP switched her from Zoloft to Cymbalta in October, then back to Sertraline in November. No wonder she feels dizzy and lost."),
    C("Got a weird email from dad.of.lerato.m@gmail.com claiming to be Lerato Mokoena-Tshabalala's father and wanting her file. She is 22. I said nothing. Right?", [("email", "dad.of.lerato.m@gmail.com"), ("name", "Lerato Mokoena-Tshabalala")]),
    C("Wairimu Gachanja's M-Pesa number 0722 918 407 was used for the session fees by her employer. Consent issue?", [("name", "Wairimu Gachanja"), ("account", "0722 918 407")]),
    C("anyone got ideas for oyelaran babatunde-ige? he says the church elders in ago-iwoye isamuro told him therapy is for the unbelieving", [("name", "oyelaran babatunde-ige"), ("place", "ago-iwoye isamuro")]),
    C("Curious how others work with shame in Pashtun families. Gul Makai Yousafzai-Khattak says her uncle in Shabqadar Mian Killi will know if she talks.", [("name", "Gul Makai Yousafzai-Khattak"), ("place", "Shabqadar Mian Killi")]),
    C("Juan de Dios Uc Canché is coming in with his daughter as interpreter for Maya. I don't love it. Alternatives?", [("name", "Juan de Dios Uc Canché")]),
    C("Sipho Ndlovu Mahlangu, Discovery medical aid DH 510 933 218, address 14 Mthetho Street, Extension 7, Soshanguve Block XX Ext 2, 0157.", [("name", "Sipho Ndlovu Mahlangu"), ("health_plan", "DH 510 933 218"), ("street_address", "14 Mthetho Street, Extension 7"), ("place", "Soshanguve Block XX Ext 2"), ("zip_code", "0157")]),
    C("Forwarded: Ana Petrović-Jurić, OIB 48301927745, HZZO HZZO 168204915, Ulica Vladimira Nazora 6, 21310 Omiš Priko.", [("name", "Ana Petrović-Jurić"), ("ssn", "48301927745"), ("health_plan", "HZZO 168204915"), ("street_address", "Ulica Vladimira Nazora 6"), ("zip_code", "21310"), ("place", "Omiš Priko")]),
    C("GCash 0917 550 3386 belongs to Rowena Salcedo Tan's recruiter. She's asked me to keep it in the file in case she reports him.", [("account", "0917 550 3386"), ("name", "Rowena Salcedo Tan")]),
    C("Update on the adolescent with school refusal: She went in for two full days this week, mainly because her friend waited at the gate."),
    C("Looking for ideas: Lucas Nkosi Ferreira won't speak Portuguese in session, only English, even though he grew up in Chimoio Bairro 4.", [("name", "Lucas Nkosi Ferreira"), ("place", "Chimoio Bairro 4")]),
    C("Nomvula Sithole-Ngcobo keeps cancelling on the day. Her sister says the taxis from Mdantsane Zone 14 don't run when there's a strike. Worth offering phone sessions?", [("name", "Nomvula Sithole-Ngcobo"), ("place", "Mdantsane Zone 14")]),
    C("He calls it nervios and refuses the word anxiety. I've stopped correcting and just use his words now."),
    C("Hoping someone has worked with this. Ignacio Colque Mamani is an Aymara man who drives minibus 2048-XKT in El Alto Ciudad Satélite and was beaten during the 2019 unrest near Senkata Villa Ingenio. He doesn't call what he has trauma; he says his ajayu was scared out of him and he needs a yatiri. He's agreed to see me too. Anyone combined that sort of healing with EMDR, or is that arrogant of me?", [("name", "Ignacio Colque Mamani"), ("vehicle", "2048-XKT"), ("place", "El Alto Ciudad Satélite"), ("place", "Senkata Villa Ingenio")]),
    C("For those who asked: the book was The Body Keeps the Score, and yes, I know the critiques of it."),
    C("Olga Melnyk-Shevchuk was born January 9, 1949, she was a child in the camps. She asked me what year it is. Cognitive screen?", [("name", "Olga Melnyk-Shevchuk"), ("date", "January 9, 1949")]),
    C("Fax 02 9819 4430 received from Tarni Wiradjuri-Walsh's AMS, plus her Medicare 2418 81730 2-1. Can I phone her today?", [("fax", "02 9819 4430"), ("name", "Tarni Wiradjuri-Walsh"), ("health_plan", "2418 81730 2-1")]),
    C("Just a note that the session rooms on the second floor are freezing again, so bring a jumper if you're booked in there this week."),
    C("Can anyone recommend reading on Acholi cleansing ceremonies? Okello Ojara Francis says he cannot marry until it is done in Atiak Pawel.", [("name", "Okello Ojara Francis"), ("place", "Atiak Pawel")]),
    C("Fax from the clinic in Quetzaltenango Zona 3 Las Flores: +502 7763 1180, CUI 2411 58703 0901, for Matilde Tzul Ixcoy.", [("place", "Quetzaltenango Zona 3 Las Flores"), ("fax", "+502 7763 1180"), ("ssn", "2411 58703 0901"), ("name", "Matilde Tzul Ixcoy")]),
    C("I'm drained after Koos van der Merwe-Botha. He went through the farm attack again in great detail and I couldn't stop him.", [("name", "Koos van der Merwe-Botha")]),
    C("The Nursing and Midwifery Council, the Health and Care Professions Council and the General Medical Council all have different rules on Duty of Candour. Confusing."),
    C("Can you all weigh in: Aroha Tamihana's driver licence DL EK481093 was suspended, she lives 60km from us in Mangakino Pōhara.", [("name", "Aroha Tamihana"), ("licence", "DL EK481093"), ("place", "Mangakino Pōhara")]),
    C("Fax from +263 242 791 044: discharge for Tendai Mupfumira, hospital no. PGH-2026-11873. Psychosis after bereavement.", [("fax", "+263 242 791 044"), ("name", "Tendai Mupfumira"), ("medical_record", "PGH-2026-11873")]),
    C("i am still learning that silence after a disclosure is often the kindest thing i can offer."),
    C("Still thinking about Nils Tjaden Eilers from yesterday's group. He mentioned Ostrhauderfehn-Idafehn twice and then went silent.", [("name", "Nils Tjaden Eilers"), ("place", "Ostrhauderfehn-Idafehn")]),
    C("MRN 4417-208-88 for Ludmila Rusu; the ward says she left against advice on Nov 28, 2026. She's back with us Monday.", [("medical_record", "4417-208-88"), ("name", "Ludmila Rusu"), ("date", "Nov 28, 2026")]),
    C("Anyone else seeing more from Sitio Malinao Bagong Silang? Jerome Dizon Macaraeg is the third fisherman this month after the oil spill.", [("place", "Sitio Malinao Bagong Silang"), ("name", "Jerome Dizon Macaraeg")]),
    C("Has anyone encountered koro-like fears? Bambang Setiawan Hadisusilo from Desa Kedungwringin Kidul is very frightened.", [("name", "Bambang Setiawan Hadisusilo"), ("place", "Desa Kedungwringin Kidul")]),
    C("Tomasz Wiśniewski-Kral left his bike lock keys here. His licence plate is KR 4HT91 if anyone sees the van outside.", [("name", "Tomasz Wiśniewski-Kral"), ("vehicle", "KR 4HT91")]),
    C("Use fax +41 61 265 88 70 for Urs Brunner-Vogt's psychiatry file USB-PSY 2209174, not email. It's the ward's rule.", [("fax", "+41 61 265 88 70"), ("name", "Urs Brunner-Vogt"), ("medical_record", "USB-PSY 2209174")]),
    C("Thabo Motaung-Sekhonyana showed me the YouTube channel youtube.com/@ThaboSingsLesotho where he posts the songs about his brother. Should I watch?", [("name", "Thabo Motaung-Sekhonyana"), ("url", "youtube.com/@ThaboSingsLesotho")]),
    C("Can someone sanity-check me? Mthunzi Zungu Khumalo told me the ancestors are angry because he missed the umemulo in Mpumalanga Unit 3 Hammarsdale.", [("name", "Mthunzi Zungu Khumalo"), ("place", "Mpumalanga Unit 3 Hammarsdale")]),
    C("Kalinda Ngarra asked to be written to at Unit 3, 19 Nightcliff Road, Rapid Creek, NT 0810-4412. She moves a lot.", [("name", "Kalinda Ngarra"), ("street_address", "Unit 3, 19 Nightcliff Road"), ("place", "Rapid Creek"), ("zip_code", "0810-4412")]),
    C("Med list came with Selam Ghebremedhin Tesfay's chart: MRN CHN-ER-5502918, DOB 1 September 2003, Medicaid KJ 48815027.", [("name", "Selam Ghebremedhin Tesfay"), ("medical_record", "CHN-ER-5502918"), ("date", "1 September 2003"), ("health_plan", "KJ 48815027")]),
    C("The teenager keeps quoting TikTok and YouTube therapists at me, and honestly some of what they say is better than the textbooks."),
    C("Has anyone used the Brief Resilience Scale or the Connor-Davidson Resilience Scale with Indigenous Australian or Torres Strait Islander young people?"),
    C("Can anyone point me to Sorbian-speaking colleagues? Jurij Kowaŕ-Brězan would rather not do therapy in German if he can avoid it.", [("name", "Jurij Kowaŕ-Brězan")]),
    C("Has anyone attended the Tavistock and Portman course on Couples Therapy, or the Anna Freud Centre's Mentalization-Based Treatment training? Thinking about applying."),
    C("Abdi Hassan Warsame's fishing licence KE-FL-MSA 0917 was taken by the officers at Shimoni Kibuyuni. Now he can't work. Ideas?", [("name", "Abdi Hassan Warsame"), ("licence", "KE-FL-MSA 0917"), ("place", "Shimoni Kibuyuni")]),
    C("Refund needed to Marjan Kuipers-Hoogland, IBAN NL41 RABO 0318 7742 09. She overpaid twice.", [("name", "Marjan Kuipers-Hoogland"), ("account", "NL41 RABO 0318 7742 09")]),
    C("I'd value some input on a family I'm seeing. The mother, Filomena Vaz Tavares, came from Ribeira Grande de Santiago Salineiro in the nineties and cleaned offices in Amadora Reboleira Sul for twenty years; her son, now 17, was stopped by police last month and she's decided he must go back to the islands. He was born here, has never lived there, and has stopped eating. Both of them cry in every session and both want me to take their side.", [("name", "Filomena Vaz Tavares"), ("place", "Ribeira Grande de Santiago Salineiro"), ("place", "Amadora Reboleira Sul")]),
    C("So Pieter-Jan Vandenbussche finally told his wife about the debts. It went better than expected. Just wanted to share a small win.", [("name", "Pieter-Jan Vandenbussche")]),
    C("Can someone check this email for me before I send? It's to mirjeta.krasniqi.prishtina@gmail.com, cc qendra.shendetesore.ferizaj@rks-gov.example, about Mirjeta Krasniqi-Berisha's report.", [("email", "mirjeta.krasniqi.prishtina@gmail.com"), ("email", "qendra.shendetesore.ferizaj@rks-gov.example"), ("name", "Mirjeta Krasniqi-Berisha")]),
    C("My client Gheorghe Lupașcu is 97 years and 5 months old and his son insists he's too old for therapy. He isn't. How do I answer the son?", [("name", "Gheorghe Lupașcu"), ("age_over_89", "97 years and 5 months")]),
    C("I need to think out loud about Lemlem Hagos Berhe. Her husband is still in the camp near Shire Endabaguna and she feels guilty eating.", [("name", "Lemlem Hagos Berhe"), ("place", "Shire Endabaguna")]),
    C("Portal log: login from 102.89.34.217 and 102.89.34.244 within four minutes for Chidinma Obioha's account. Flag to IT?", [("ip_address", "102.89.34.217"), ("ip_address", "102.89.34.244"), ("name", "Chidinma Obioha")]),
    C("The client observes Lent and Ash Wednesday strictly and says giving up sugar is helping her more than anything we have tried."),
    C("Reminder that the Wednesday Peer Consultation Group starts at six, not half past, from now until the end of term."),
    C("His psychiatrist added aripiprazole 5 mg and he says he feels restless all the time. Akathisia?"),
    C("Her brother posted the video at https://www.tiktok.com/@zuri.wa.mombasa254/video/7308811 and now the whole estate in Mtopanga Kiembeni knows.", [("url", "https://www.tiktok.com/@zuri.wa.mombasa254/video/7308811"), ("place", "Mtopanga Kiembeni")]),
    C("I keep getting stuck at the same point with hoarding: The person agrees in principle and then nothing moves."),
    C("Plate PT 44-UZ-91 has been parked outside the refuge twice; Sílvia Fontes Machado thinks it's her husband's cousin. Police?", [("vehicle", "PT 44-UZ-91"), ("name", "Sílvia Fontes Machado")]),
    C("Agnieszka Wróblewska-Czech said today she'd like to stop. I think she means therapy. I hope she means therapy. I'm following up tonight.", [("name", "Agnieszka Wróblewska-Czech")]),
    C("Khalid Omar Barre works as a truck driver, CDL MN-T48-2287-1045, and is scared the DOT physical will pick up his antidepressants.", [("name", "Khalid Omar Barre"), ("licence", "MN-T48-2287-1045")]),
    C("Could use a second pair of eyes. Florentina Mbala Kabongo fled Kasai, spent a year in a church compound in Kinshasa Masina Pétro-Congo, and now lives with a host family near us who treat her like staff. She's on the waitlist for the asylum interview. She told me she sometimes hears her dead sister singing. I want to get her a psychiatric opinion without frightening her. How do you frame that?", [("name", "Florentina Mbala Kabongo"), ("place", "Kinshasa Masina Pétro-Congo")]),
    C("Address for Dominik Vrabec: Cesta v Mestni log 55, SI-1000 Ljubljana Rudnik. Letter for his employer needed.", [("name", "Dominik Vrabec"), ("street_address", "Cesta v Mestni log 55"), ("zip_code", "SI-1000"), ("place", "Ljubljana Rudnik")]),
    C("My client Vo Thi Hong Nhung is convinced the spirits of the house in Thôn Phú Lộc Hạ followed her to the new flat. How do you hold that without pathologising?", [("name", "Vo Thi Hong Nhung"), ("place", "Thôn Phú Lộc Hạ")]),
    C("Anyone know if the UNHCR and IOM joint guidance on MHPSS in transit settings has an updated edition since the Inter-Agency Standing Committee revision?"),
    C("The insurer wants a letter by 29 January 2027 for Bram Kuipers-Dijkstra, BSN 2738.15.406, policy ZK-40917732. Fine to send?", [("date", "29 January 2027"), ("name", "Bram Kuipers-Dijkstra"), ("ssn", "2738.15.406"), ("health_plan", "ZK-40917732")]),
    C("Anyone know a Romansh-speaking therapist? Gian Flurin Caviezel is from Sent Sur En and his German feels very formal and flat in session.", [("name", "Gian Flurin Caviezel"), ("place", "Sent Sur En")]),
    C("Monday: PHQ-9 of 18. Wednesday: GAD-7 of 15. Friday: she told me the scores are lies because she was having a good week. Which do I trust?"),
    C("We're considering Interpersonal Psychotherapy for Adolescents (IPT-A) after the StrongMinds results in Uganda. Does anyone know the Group IPT manual well?"),
    C("Thinking about Winnicott's good-enough mother with a client who thinks she's failed at everything since the birth."),
    C("Yom Kippur, Sukkot and Simchat Torah fall in the same fortnight for my Orthodox clients, so sessions in October will be patchy."),
    C("Transfer form: Bahrom Yusupov, MRN NYU-L 88103427, DOB 5 May 1990, address 2112 Ocean Pkwy Apt 4F, 11223-3514.", [("name", "Bahrom Yusupov"), ("medical_record", "NYU-L 88103427"), ("date", "5 May 1990"), ("street_address", "2112 Ocean Pkwy Apt 4F"), ("zip_code", "11223-3514")]),
    C("Has anybody tried Behavioural Activation with someone who is housebound after a stroke? Activities need to be tiny."),
    C("Carlos Alberto Yupanqui's Nequi number 300 774 8152 was used to send money to his kidnappers. The family asked if we know anyone at the bank.", [("name", "Carlos Alberto Yupanqui"), ("account", "300 774 8152")]),
    C("EHR message: Kaveh Ahmadi-Moghaddam, national code 0075821946, MRN MRN 40027716, address Kaiserstraße 112, Top 9, 1070 Wien-Neubau Schottenfeld.", [("name", "Kaveh Ahmadi-Moghaddam"), ("ssn", "0075821946"), ("medical_record", "MRN 40027716"), ("street_address", "Kaiserstraße 112, Top 9"), ("zip_code", "1070"), ("place", "Wien-Neubau Schottenfeld")]),
    C("His daughter set up https://www.gofundme.com/f/ayudemos-a-don-rigoberto-pech and named our clinic in it. Rigoberto Pech Chan doesn't know. What do I do?", [("url", "https://www.gofundme.com/f/ayudemos-a-don-rigoberto-pech"), ("name", "Rigoberto Pech Chan")]),
    C("Bedřiška Nováková-Dvořák turned ninety-nine last Tuesday and her daughter wants to stop our visits because it's 'pointless now'. Thoughts?", [("name", "Bedřiška Nováková-Dvořák"), ("age_over_89", "ninety-nine last Tuesday")]),
    C("Does anybody here speak Tigrinya? Senait Tesfamariam Gebru prefers a female interpreter and our service only has one man.", [("name", "Senait Tesfamariam Gebru")]),
    C("Thinking of joining the Association for Contextual Behavioral Science or the International Society for Traumatic Stress Studies. Any views on value for money?"),
    C("Paulo Sérgio Macuácua, BI 110104417289M, phone +258 84 771 2054, Maxixe Bairro Chambone 4. Cyclone lost the roof.", [("name", "Paulo Sérgio Macuácua"), ("ssn", "110104417289M"), ("phone", "+258 84 771 2054"), ("place", "Maxixe Bairro Chambone 4")]),
    C("Has anyone worked with Pontic Greek grief rituals? Eleftheria Papadopoulou-Sarantidou keeps a lamp lit for her brother and her daughter thinks it is pathological.", [("name", "Eleftheria Papadopoulou-Sarantidou")]),
    C("Anyone running groups over WhatsApp or Signal for rural clients? Connection is poor but video calls are worse."),
    C("How do you explain Internal Family Systems to someone who hears voices, without it sounding like you believe they're real?"),
    C("Yohannes Gebremariam uses a Permobil M3 Corpus chair SN PM3-118407; the wheelchair taxi never turns up, so he misses sessions.", [("name", "Yohannes Gebremariam"), ("device", "Permobil M3 Corpus chair SN PM3-118407")]),
    C("Looking for experience with Romani families. Ferenc Lakatos-Oláh (44) left Ózd Hétes-telep Bánszállás when the settlement was cleared, moved his family into one room of his cousin's flat in Ghent, and has panic attacks every time the municipality sends a letter, even a friendly one. He won't let me read the letters with him. I can't tell if that's pride or fear of being judged illiterate. How have you opened that kind of conversation gently?", [("name", "Ferenc Lakatos-Oláh"), ("place", "Ózd Hétes-telep Bánszállás"), ("place", "Ghent")]),
    C("Does anybody use the Columbia Suicide Severity Rating Scale routinely, or only when something worries you?"),
    C("I'd appreciate ideas. Anahera Waititi-Rāwiri is a kuia I see who is grieving her moko who died in a crash near Rūātoria Whareponga Road. She wants to do our sessions on the marae, with whānau present, and she wants me to bring kai. My manager thinks it blurs lines. I think refusing would be a bigger harm. Where do other people land on this kind of thing?", [("name", "Anahera Waititi-Rāwiri"), ("place", "Rūātoria Whareponga Road")]),
    C("How do people work with the idea of kismet when someone feels their suffering is written and therefore useless to fight?"),
    C("We have a new protocol for the DASS-21 at intake, scored before the first session. Does that bias the first meeting?"),
    C("Beatriz Couto Nunes has a Medtronic Percept PC DBS SN NPK441907H for Parkinson's; mood swings after programming. Anyone seen this?", [("name", "Beatriz Couto Nunes"), ("device", "Medtronic Percept PC DBS SN NPK441907H")]),
    C("Intake: Elif Demir-Aksoy, Oranienstraße 204, Hinterhaus 3. OG, 10999 Berlin-Kreuzberg Wrangelkiez, Steuer-ID 48 301 775 926.", [("name", "Elif Demir-Aksoy"), ("street_address", "Oranienstraße 204, Hinterhaus 3. OG"), ("zip_code", "10999"), ("place", "Berlin-Kreuzberg Wrangelkiez"), ("ssn", "48 301 775 926")]),
    C("Device: cochlear implant Cochlear Nucleus 8 SN 5520-3817, Mateo Gutiérrez Lanza, age 9. School says he's ignoring teachers.", [("device", "Cochlear Nucleus 8 SN 5520-3817"), ("name", "Mateo Gutiérrez Lanza")]),
    C("I have a 99-year-old and a bit client, Vaclav Horák-Zeman, who wants to talk about his time in a labour camp. Anyone adjusted testimony therapy for the very old?", [("age_over_89", "99-year-old and a bit"), ("name", "Vaclav Horák-Zeman")]),
    C("Hana Mahmoud Saleh has a FreeStyle Libre 3 sensor 0M00B4T7KP and keeps ripping it out when she's distressed. The diabetic team is worried.", [("name", "Hana Mahmoud Saleh"), ("device", "FreeStyle Libre 3 sensor 0M00B4T7KP")]),
)

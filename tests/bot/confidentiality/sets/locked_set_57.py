"""FIFTY-SEVENTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (as the second
blind set of its round beside locked_set_56.py), and independently of the
guard: the author did not open, read, search or run anything under bot/
(bot/confidentiality/ included) or scripts/, did not run the guard,
bench/guard_eval.py or any test that imports or runs the guard, did not
run git log or git status at all, did not read bench/README.md,
README.md, pyproject.toml, tests/bot/confidentiality/test_round*.py or
diffs of any commit, and did not read the snippets of eval_set.py,
dev_extra.py, locked_set.py or locked_set_2.py ... locked_set_55.py
(locked_set_56.py was being written at the same time in another worktree
and was not seen at all).  What was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_55.py and locked_set_53.py
(each printed once, on its own, up to its closing triple quote, for the
format description, the provenance wording, the labelling conventions
and their lists of settings, so that this set's differ; none of their
cases); the first 25 lines of tests/bot/confidentiality/sets/
locked_set_13.py (its docstring) and its last three lines (two snippets,
for the file format; none of their sentences was copied), the EvalCase
dataclass and PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41,
nothing else of that file), and tests/bot/confidentiality/
test_locked_sets.py (the data integrity checks, which hold no snippets),
these last three printed together in one command.  ONE SLIP of the
reading rule occurred and is stated here: the docstring of
locked_set_54.py, which was to be read for its settings list only, was
printed through a grep for the word "setting" with forty lines after
each hit, cut at eighty lines by "head".  This showed the end of set
54's provenance paragraph (its statement of what it read), the first
part of its "How it was made" paragraph (its list of disasters and
places, from Flateyri's avalanche to Ischia, and the start of its
description of snippet kinds), and the first fifteen lines of its
settings list (from an avalanche brother to a sister lost); the rest of
its settings list, its formats and its counts were cut off and were not
printed again.  So this set's settings were chosen to differ from set
53's and 55's lists and from the parts of set 54's that were seen; any
overlap with the part not seen is unintended.  No cases of any earlier
set were seen.  The header of this file (the import of EvalCase, the
alias "C = EvalCase" and the name LOCKED57_CASES) was written from the
format of set 13's tail and the test's module and attribute names.  The
overlap filter described below imported the earlier sets and printed
only this set's own clashing strings.  The only test run was
test_locked_sets.py (selected with -k 57); ruff was run on this file and
on that test file.  The other set of this round (56) is set in Africa,
Asia and Oceania, so every snippet here is set in Europe and the
Americas (the Caribbean, Central and South America, Canada, the US, the
UK and Ireland, the Nordic and Baltic countries, the Balkans, Iberia and
Eastern Europe included) and their diasporas there.

How it was made: every snippet was written by hand, under a very tight
time limit, as a message to peers in a therapists' consultation group,
"like real requests" in the manner of sets 53 and 55, mostly about
ordinary lives rather than named disasters: an island ferry not taken
from Mali Lošinj, a Matosinhos crane, a Lofoten guesthouse childhood, a
Kaunas sugar plant, a Connemara student in Dublin, a Donegal discharge,
a Białystok widow, a Tartu insulin pump, a Sanok welder, a Gdańsk ex's
car, a Basque brother missing since 1980, a Bolivian teenager in Madrid,
a Czech portal, a Bangor widow; Azorean fishermen, a Peckham mother, a
Colombian bus driver, a Cobh schoolgirl's Dexcom, an Acadian fax, a
Turkish German from Kreuzberg, a Roma mother in Košice, an Oklahoma
ankle tag, a Mullingar grandmother, a Lima café worker, a Tuzla letter,
a Blood Tribe client, a Bila Tserkva bus driver; a Peruvian night
cleaner, a Vuntut Gwitchin worker in Whitehorse, a Kven widow in Vadsø,
a Salvadoran portal log, a Gaelic speaker from Stornoway, a Zagreb taxi
father, a Walthamstow damp flat, a Puerto Rican no-show, a Barbadian in
Toronto; an Oaxacan quake house, a Killybegs boat, an Uzhhorod air
alert, a Quechua widower, a Roubaix car, a Sligo DBT group, a Boyle
Heights referral, a lignite miner in Most, a Georgian asylum interview,
a Chaguanas maxi taxi, a Saaremaa journal, a Vigo wheelchair, a Villa
Mella son, a Plovdiv debt; a Viseu nurse at the cemetery, a Magdeburg
portal mix-up, a Paraguayan remittance, a Hialeah daughter, a Lapland
herder, a Dalarna lake, a Gary court tag, a Kirkcaldy fax; a Talcahuano
paramedic, Moss Side, a Nowa Huta data breach, a Linares widower, a
Surinamese return, a Cité Soleil teenager in Boston, a Narva lorry
driver, a Montreal psychiatrist stalked, a Castleisland driver, an
Ísafjörður fish plant; Welsh-language therapy, the Creggan, a Gothenburg
schoolgirl, a Swiss nurse's file, a Medellín tour guide, a San Juan
grandmother without power, a Kupiansk nephew, a Rijeka portal, an Arctic
convoy veteran, a Bray counsellor of the 1980s; Substack, fundraisers,
Instagram, TikTok, LiveJournal, Jitsi, Linktree, Facebook, a GoFundMe and
a JustGiving page; Coimbra, Heraklion, Shiprock, Dublin and Wrocław
faxes; Quebec, Ontario, Texas, New Mexico, Dutch, Chilean, Argentine,
Icelandic and DVLA licences and HCPC, NMC and Ordine registrations; and
long requests (seven of 443-511 characters) about an Ahr valley teacher,
a Porto Alegre delivery driver, a Limerick solicitor, a Lithuanian
border guard, a Samoan cannery worker in Anchorage, a Vukovar veteran in
Graz and a Viseu nurse.  Short referral lines, rushed lower-case chat
(three identifier snippets write names or places in lower case),
forwarded faxes and portal logs, and longer narrative requests with the
identifiers mid-sentence.  Sixty-six of the identifier snippets hold
only a name and/or a place, written as ordinary consultation prose or
questions to peers, often with the name at the start of a sentence or
mid-sentence and no cue word before it (several use a first name alone).
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set57work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, counted capitalised
words in the clean drafts, checked overlap with the earlier sets,
shuffled the order with a fixed seed and wrote this file.  Later edits
were typed by hand as find-and-replace pairs that a small script applied
to the drafts.  Edits made after drafting, stated here: seven false
starts and asides the author had typed into the identifier drafts (a
plate followed by "? no I mean", a licence followed by "? no, sorry,
ignore that", an age followed by "? no he's 65, sorry", a town followed
by "... no. sorry.", an email followed by "? that's her address not
mine, sorry", an event named and then taken back with "... actually",
and a town followed by a remark that it belonged to another set) were
cut with their values or rewritten (the last one's town was replaced); a combined name-and-place span was split in two, an article
and a title ("Sister") were moved out of spans; four repeated first
names written unlabelled later in their snippets were replaced by
pronouns; a city in a group's name and a local city in a question were
replaced by the country or "local"; an event named after a city was
replaced by its month; and about thirty-five cities written unlabelled
(where a client now lives or works, after "in", "to" and "from", in a
fax header, a mountain and an island) were labelled.  Four long drafts
were shortened to fit the length bound.  Overlap with the earlier sets
was resolved by renaming only this set's planted values, with a filter
that imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 179 values in the first
round (127 places, 33 names, 10 ages over 89, 5 postal
codes, 2 dates, a licence registration and an account; places were given
a neighbourhood, a district, a side, an end, an estate or their city as
a possessive, names were given a surname, a second surname or an
initial, ages were written with more words, postal codes given a
country prefix or extra digits, numbers changed), 27 in the second (nine
ages, fifteen places, two names and a postal code), 4 in the third, and
one age in each of the fourth and fifth; the sixth pass, after a final
labelling of a city and two repeated names, found nothing.  After the
first commit a read-through reworded four renamed places that read
awkwardly (a district doubled after another district, a town in a
letter's address, a group's name and a repeated town in an address),
replaced a date's Polish suffix by the ISO form, and the overlap filter
then found two of the new places, which were given a prefix; the last
pass found nothing.  Eighteen short clean lines with at most one
capitalised word were dropped and eighteen denser clean messages were
written in their place (in two of them a pair of cities and a clinic
named for a town were rewritten before they were used).

Settings (chosen to differ from sets 53's and 55's and from the part of
set 54's that was seen): a ferry to a home island, a crane collapse, a
guesthouse childhood, a sugar plant closed, homesickness read as panic,
a discharge fax, a widow whose daughter calls daily, a rationed pump, a
son's question about a hometown, a parked car, 2am emails, a 46-year
wait, a Romanian-speaking referral, cutting kept from an aunt, a
portal password, a grieving widow thought demented; a sea that "owes",
postnatal OCD and a health visitor, a bus that overturned, a Dexcom
laughed at, a wife's email handed over, a man "German in Turkey", a
canteen that noticed, shorts in July, dying "with strangers", a
Linktree and a follower, a letter with a JMBG, a reserve as home and
cage, a sliding-scale refund, sessions across a border; a son's morning
call, Vuntut Gwitchin families, an ice-road widow, a brother with a
password, a cédula on a letter, therapy in Gaelic, a taxi father, damp
and eviction, a mother's midnight text, a hurricane anniversary, a
supervisee's number on a report, a room with a window, a dead husband's
hearing aid, a Bajan therapist; a quake house lived in "like a guest",
a boat for sale, air alerts, a widower in Quechua, a car that follows,
cousins in one group, a funeral GoFundMe, a lignite lot, an asylum
interview, a maxi taxi, a journal in Estonian, an airline's wheelchair,
a gang son, a debt; a cemetery drive, a wrong-inbox appointment,
remittances, a question about dreams, a herd hit by a train, "went into
the lake", a court tag's rash, palliative family work; a paramedic's
faces, a black eye, a leaked PESEL, a father crying at night, Hindustani
Surinamese families, the quiet after gunfire, a lorry not driven, a
stalked psychiatrist, a driver of ninety, a fish plant; a Welsh
waitlist, a lonely caller, "the refugee", a colleague in a file, a tour
guide at a killing site, a power cut, a Pix refund, a nephew who won't
leave, a portal IP, Arctic convoys, a counsellor in the 80s; a
Substack, a sugar-checking flood survivor, a suspended bus driver, a
disappearance posted on TikTok, receipts by post, a Roma mother
"not cooperating", a Wise refund, war trauma from 1993, an elder who
won't drive, a trainee's complaint, a van and a claim, a couple
splitting; addresses, insurance and an online therapist abroad, a wet
pump, a college cap, an ex in the mailbox, an ICD shock, paying it
forward, a mother's dementia, screenshots, a pacemaker to be switched
off; a Ghanaian-Irish daughter, a psych unit fax, a checkpoint licence, a
father's boat, a bank robbery, school-portal logins, a tram driver, a
daughter and mother in grief, a youth worker, a protection order; a
blog found by a mother, a session link sent to the wrong client, a
phased return, a metro pushing, a baby monitor in a hearing aid, an
attacked kebab shop, a Kreyòl therapist, an overdose, a father in a
shed, a bus driver after assault; a tuk-tuk's gang rent, unanswered
records requests, the 1936 tornado, a deployed partner, a cousin "good
with computers", refinery shift work, a dog hit by a lorry, a gun at
home, high steel; an Austrian e-card, a bull-run crowd, nightly emails,
a church that called depression faithlessness, a password reset, an
evacuee in a shelter, an obituary link, a FEMA trailer; faxes from
psychiatry, a pharmacy and a hospital; a Substack, an Instagram
influencer, a website made by a husband, a public Zoom link; licences
suspended, revoked and withdrawn; accounts controlled, refunds, Venmo
gifts, MonCash and Lynk payments; a border truck; a boat, a hire car, a
car with blood on the seat; stolen, wet, forgotten and shocked devices;
emails from sisters, daughters and pastors; voicemails, Telegram and
WhatsApp; birthdays, anniversaries and deportation-train births; and
very old clients and relatives (a Białystok widow, a Bangor widow, a
Mullingar grandmother, a Quechua widower, a Czech mother in Olomouc, a
Linares father, a Kerry driver, a convoy veteran, a Mississippi tornado
survivor, a Kirkcaldy patient, an Obrenovac flood survivor, a Bulgarian
mother, a Ukrainian evacuee, a Siksika elder and a San Juan
grandmother).

Local identifier formats: Lithuanian asmens kodas, Irish PPSN, Polish
PESEL, Romanian CNP, Czech rodné číslo, Bosnian JMBG, Barbadian NRN,
Colombian and Dominican cédulas, Mexican CURP, Finnish HETU, Portuguese
NIF, Bulgarian ЕГН, Icelandic kennitala, British NI number, French
numéro de sécurité sociale, Haitian NIF, Swedish personnummer, Spanish
DNI, Peruvian DNI, Brazilian CPF, Paraguayan cédula (ssn); Letterkenny,
NHS, Scottish CHI (twice), Kaiser, CHUV, a Trinidad psychiatric unit,
IHS, Wrocław, Coimbra, UMCG, Helsinki, Vilnius and Sundsvall files
(medical_record); Medicare, Nova Scotia MSI, Portuguese utente (twice),
IMSS, RAMQ, SUS, VZP, German Versichertenkarte and Krankenkasse,
Austrian e-card, Medicaid (twice) and BCBS (health_plan); Polish,
Belgian (Wise), Spanish, Lithuanian (twice) IBANs, Tigo Money, Pix
(twice), Revolut, MonCash, Venmo, Lynk and Interac (account); Chilean,
DVLA, Quebec, Ontario, Texas, New Mexico, Dutch CBR, Argentine and
Icelandic driving licences and HCPC, NMC and Ordine degli Psicologi
registrations (licence); Croatian, Polish, French, Trinidadian,
Estonian, Honduran, Bulgarian, Irish, Ecuadorian, Argentine, UK,
Romanian and Norwegian boat plates (vehicle); insulin pumps, a Dexcom,
hearing aids, an ankle monitor and a court tag, an ICD, a pacemaker, a
wheelchair and a powerchair, a CPAP, a cochlear processor, a prosthesis
and an oxygen concentrator (device); addresses written the local way
(Polish ul. with m., Acadian rue, Ukrainian vul. and kv., Bosnian
ulica, Puerto Rican calle with apt, German Straße, Brazilian rua with
apto, Portuguese avenida with floor and side, Spanish calle with floor,
Czech street with two numbers, Quebec rue, Scottish flat and court, US
streets) with postal codes of those countries; dates written as
day-month-year in words, slashed, dotted, spaced-dotted, ISO, US and
Portuguese weekday style; IPv4 and IPv6 addresses, URLs and phone and
fax numbers in local and international formats.

389 snippets, 232 with identifiers and 157 clean (lengths 53-511,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 12):
date 18, age_over_89 15, phone 14, fax 13, email 13, url 13,
ip_address 13, ssn 24, medical_record 14, health_plan 14, account 13,
licence 13, vehicle 13, device 16, street_address 15, zip_code 15;
with 234 names and 239 places smaller than a state (the test requires
234 and 239).  66 of the identifier snippets hold only names and/or
places and nothing else.

Names: Croatian, Portuguese and Azorean, Norwegian and Kven, Lithuanian,
Irish and Irish-language, Swedish, Polish, Estonian, Basque, Romanian,
Bolivian Aymara, Czech, Anglo-American, Yoruba British, Colombian,
Acadian, Turkish German, Slovak Roma, African American, Peruvian
Quechua, Vuntut Gwitchin, Salvadoran, Scottish Gaelic, Bosniak,
Barbadian, Blackfoot, Ukrainian, Zapotec Mexican, Georgian, Trinidadian
Indian, Dominican, Bulgarian, German, Paraguayan, Zimbabwean-Cuban,
Finnish, Chilean, Spanish, Surinamese Hindustani, Haitian, Québécois,
Icelandic, Welsh, Ghanaian-Swedish, Swiss, Puerto Rican, Brazilian,
Greek, Diné, Venezuelan, Dutch, Jamaican, Saint Lucian, Serbian,
Hungarian, Hispanic Texan and New Mexican, Mohawk, Samoan, Austrian,
Italian, Nicaraguan, Siksika and Lakota names; lower-case names and
places, hyphenated and multi-part names, Irish-language names with Ní
and Ó, honorifics kept outside the spans (Mrs, Sister) and names with
diacritics and apostrophes.  Places: neighbourhoods and estates, their
ends and sides, districts, towns, villages and islands' villages,
chapters and reserves, barrios and comunas, mikrorajons and kiezes, a
harbour side and places after street addresses.

Clean snippets: peer-consultation messages, questions, statements,
scheduling chatter, supervision reflections and reading-group notes,
spread over three bands of capitalised words after the first word
(counted by the author's script, the pronoun "I", sentence starts and
acronyms included): 72 with 0-2 (many written largely in lower case),
57 with 3-5 and 28 with 6 or more (551 in 157 snippets, about 3.5 per
snippet): drug brands and generics, scales and questionnaires, therapy
models and their founders, real published authors and books,
guidelines and programmes, weekdays, months, seasons, religious
holidays, professional bodies and councils, ministries, charities and
agencies, apps, countries, states, provinces and regions,
nationalities, religions and languages, and no place smaller than a
state or a country's first-level subdivision.
"""

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED57_CASES = [
    C('In Mexico the IMSS still has huge waiting lists for psychology. Private is the only option for most of my clients.'),
    C("Precious Mahlangu-Evans grew up in Cardiff Butetown and her grandmother's Zulu sayings come up in every session. I've started asking what they mean. Good or intrusive?", [('name', 'Precious Mahlangu-Evans'), ('place', 'Cardiff Butetown')]),
    C("Caroline Dufresne, RAMQ DUFC 7605 1823, 4471 rue de Bordeaux, Plateau Mile End, H2H 2A1. Stalked by a former patient. She's a psychiatrist. Therapist for therapists in Montreal-Nord?", [('name', 'Caroline Dufresne'), ('health_plan', 'DUFC 7605 1823'), ('street_address', '4471 rue de Bordeaux'), ('place', 'Plateau Mile End'), ('zip_code', 'H2H 2A1'), ('place', 'Montreal-Nord')]),
    C('lower case today because my hands are cold. how long do you wait before ending with someone who only comes every six weeks'),
    C("Rosalind Achebe-Moore's wheelchair (Permobil M3 SN PM3-228814) was stolen from the hallway in Toxteth Granby. She's been in bed since. Housing says not urgent.", [('name', 'Rosalind Achebe-Moore'), ('device', 'Permobil M3 SN PM3-228814'), ('place', 'Toxteth Granby')]),
    C("email for the invoice: r.oconnell.builders@eircom.net, Rory O'Connell, Ballinasloe Creagh. he's paying for his son's sessions and wants receipts by post. fine?", [('email', 'r.oconnell.builders@eircom.net'), ('name', "Rory O'Connell"), ('place', 'Ballinasloe Creagh')]),
    C('Referral: Kęstutis Žemaitis, DOB 1961-03-14, asmens kodas 36103141187, mob +370 612 48 093. Lives in Šilainiai mikrorajonas. Lost his job at the sugar plant.', [('name', 'Kęstutis Žemaitis'), ('date', '1961-03-14'), ('ssn', '36103141187'), ('phone', '+370 612 48 093'), ('place', 'Šilainiai mikrorajonas')]),
    C("I've been using the Columbia protocol for risk screening. Short, clear, and clients don't feel interrogated."),
    C('Vehicle reg KP19 XWZ, the van that hit Callum Stott outside Hartlepool Headland. He\'s eight. His mum wants a "therapy letter" for the claim.', [('vehicle', 'KP19 XWZ'), ('name', 'Callum Stott'), ('place', 'Hartlepool Headland')]),
    C('The month of Advent is always hard for my grieving clients. December is heavy.'),
    C("Has anybody tried Acceptance and Commitment Therapy with chronic pain in older men? Steven Hayes's workbook seems too wordy for my clients."),
    C("Cormac Daly, DOB 23/08/2004, PPSN 8824109TW, Tralee Mitchels. College counselling referred him after a suicide attempt. They've a 6-session cap. Where next?", [('name', 'Cormac Daly'), ('date', '23/08/2004'), ('ssn', '8824109TW'), ('place', 'Tralee Mitchels')]),
    C('Can I vent. Darnell Pryce walked into session with a black eye and said Moss Side Alexandra Park "is like that". I know. I still hate it.', [('name', 'Darnell Pryce'), ('place', 'Moss Side Alexandra Park')]),
    C('Behavioural activation is underrated for grief. My clients who walk every day do better.'),
    C("Passover and Easter overlap next year; I'll be off for a week around then."),
    C('Mirtazapine weight gain is the number one reason my clients stop. What do prescribers in Ireland switch to?'),
    C('In Ireland the Psychological Society is pushing for statutory registration again. Any updates?'),
    C("Ruairí Mac Suibhne's mum texted me on 087 412 9938 at midnight about his self-harm. I'd told her to call the out-of-hours line. Boundaries without making her feel dismissed?", [('name', 'Ruairí Mac Suibhne'), ('phone', '087 412 9938')]),
    C("My DBT group at Sligo Cranmore starts in January. Saoirse Tansey and Eimear Tansey both want in, they're cousins. Separate groups or does it not matter?", [('place', 'Sligo Cranmore'), ('name', 'Saoirse Tansey'), ('name', 'Eimear Tansey')]),
    C('Portal: Inês Cordeiro, login 2026-11-30 23:48 from 85.241.17.203, then password reset from 85.241.17.219. Client says not her.', [('name', 'Inês Cordeiro'), ('date', '2026-11-30'), ('ip_address', '85.241.17.203'), ('ip_address', '85.241.17.219')]),
    C('Longer one. Lupe Fa\'alogo moved from American Samoa to Anchorage Mountain View and works at the cannery. Samoan is her first language. She called me from (907) 338-4122 after her cousin was found on the trail, and she keeps saying the cold "took him on purpose". Her Medicaid number AK 44 209 1186 is how she pays. I\'m not Samoan and I\'m not Christian and she wants to pray in session. I\'m happy to sit with it. But what else should I be aware of?', [('name', "Lupe Fa'alogo"), ('place', 'Anchorage Mountain View'), ('phone', '(907) 338-4122'), ('health_plan', 'AK 44 209 1186')]),
    C('A longer one, sorry. Marlene Schuster is 47, a primary teacher from Bad Neuenahr-Ahrweiler Heppingen, and since the flood she has rebuilt her classroom twice in her head every night. She contacted me through m.schuster.grundschule@web.de because she didn\'t want her husband to see the appointment on their shared calendar. She says he\'s "done with the flood" and she\'s ashamed she isn\'t. Her Krankenkasse number A128834471 is on the form. How do I work with secrecy inside a marriage without colluding with it?', [('name', 'Marlene Schuster'), ('place', 'Bad Neuenahr-Ahrweiler Heppingen'), ('email', 'm.schuster.grundschule@web.de'), ('health_plan', 'A128834471')]),
    C('first snow here today and half my clients cancelled. winter is going to be long'),
    C("Gabor Maté's book keeps being quoted to me by clients. I'm not a fan of everything in it."),
    C("Camila Aráoz took a photo of the car, plate AE 718 KJ, that her ex uses outside her flat in Córdoba Alberdi. She wants a therapist's letter for the protection order.", [('name', 'Camila Aráoz'), ('vehicle', 'AE 718 KJ'), ('place', 'Córdoba Alberdi')]),
    C('Does anyone in Chile use the Escala de Hamilton in Spanish, or has everyone moved to the MADRS? The MINSAL guidelines still cite Hamilton.'),
    C("The EMDR Europe accreditation paperwork is the worst thing I've filled in since my thesis."),
    C("Óscar Delgado Pino, DNI 43917256, Juliaca Santa Bárbara, born 11/05/1997, lost his cousin in the protests. He's now in Lima's Comas working construction and won't talk about politics.", [('name', 'Óscar Delgado Pino'), ('ssn', '43917256'), ('place', 'Juliaca Santa Bárbara'), ('date', '11/05/1997'), ('place', "Lima's Comas")]),
    C('ip 177.84.22.159 shows up in my clinic\'s logs trying the admin page. my client Rafael Nunes says his cousin "is good with computers" and is angry at me. am I paranoid?', [('ip_address', '177.84.22.159'), ('name', 'Rafael Nunes')]),
    C('Forwarded from the portal: "Appointment moved for Leopold Hartig, 12.02.2027, 10:00, Praxis Lindenstraße 8, 39106 Magdeburg Altstadt. Please bring your Versichertenkarte K220418873." Not my client, wrong inbox, who has him?', [('name', 'Leopold Hartig'), ('date', '12.02.2027'), ('street_address', 'Lindenstraße 8'), ('zip_code', '39106'), ('place', 'Magdeburg Altstadt'), ('health_plan', 'K220418873')]),
    C("I'm new to the group. I work mostly with adolescents and families, and I'd love to hear how others handle parents who want session content."),
    C('Dorothy Ann Frazier, 98 in a fortnight, from Tupelo\'s Haven Acres. Her granddaughter wants her to "talk to someone" about the 1936 tornado. She says she\'s done talking. Respect that?', [('name', 'Dorothy Ann Frazier'), ('age_over_89', '98 in a fortnight'), ('place', "Tupelo's Haven Acres")]),
    C("My client is Jehovah's Witness and refuses a blood test for her lithium. What would you do?"),
    C("The British Red Cross has a new psychosocial support course that's free. Recommended."),
    C("I went to a workshop on Internal Family Systems and came out unsure. Richard Schwartz is compelling but I couldn't see the evidence."),
    C('Ximena Cárdenas Vásquez, CURP CAVX890412MOCRRL07, from Juchitán Séptima Sección, lost her house in the 2017 quake and lives in the rebuilt one "like a guest". IMSS NSS 4308 89 1122 7. Where do I start?', [('name', 'Ximena Cárdenas Vásquez'), ('ssn', 'CAVX890412MOCRRL07'), ('place', 'Juchitán Séptima Sección'), ('health_plan', '4308 89 1122 7')]),
    C("Asking for a peer: how would you handle Mirela Dedić's mother turning up to sessions in Mostar Cernica uninvited? Client is 30.", [('name', 'Mirela Dedić'), ('place', 'Mostar Cernica')]),
    C("I'm in Ontario and wondering whether the CRPO requires a separate consent for recording supervision sessions."),
    C('Maximilian Seidl works nights at a care home in Linz Urfahr and is sleeping three hours a day. Burnout or depression?', [('name', 'Maximilian Seidl'), ('place', 'Linz Urfahr')]),
    C("Rhiannon Pugh-Jenkins from Tanygrisiau's Dolrhedyn wants therapy in Welsh and the only Welsh-speaking counsellor in her health board has a 9-month wait. Can anyone take her online?", [('name', 'Rhiannon Pugh-Jenkins'), ('place', "Tanygrisiau's Dolrhedyn")]),
    C('For those in Poland: the NFZ now funds Child and Adolescent Mental Health Centres at the first level. Does anyone know if Ukrainian families with PESEL UKR status are covered?'),
    C("I'm seeing Nkechi Obi-Lawson in Peckham's Nunhead for postnatal OCD. NHS number 742 118 3390. Her health visitor rang me directly, which I didn't love.", [('name', 'Nkechi Obi-Lawson'), ('place', "Peckham's Nunhead"), ('medical_record', '742 118 3390')]),
    C('Letter draft: "I confirm Andrés Galeano, cédula 1.036.482.915, attends therapy at our clinic." He wants it for the migration office. Should a letter ever carry the cédula?', [('name', 'Andrés Galeano'), ('ssn', '1.036.482.915')]),
    C("re the long thread yesterday: Fintan Gallagher is still in Killybegs, still won't go out on the boat, and his brother's boat is for sale. We're at session 9.", [('name', 'Fintan Gallagher'), ('place', 'Killybegs')]),
    C("Malia Dorvilus is 15, her grandmother raised her in Cité Soleil's Boston quarter and she joined her mum in Boston's Mattapan last year. She says the quiet is worse than the shooting. Any thoughts?", [('name', 'Malia Dorvilus'), ('place', "Cité Soleil's Boston quarter"), ('place', "Boston's Mattapan")]),
    C('Escitalopram and alcohol: I keep getting asked and I keep saying "ask your GP". Is that lazy?'),
    C("The fax number on the letter, +1 902 893 5521, goes to a pharmacy in Truro Nova Scotia. Austin MacKinnon's referral went there. Who gets told, him or them?", [('fax', '+1 902 893 5521'), ('place', 'Truro Nova Scotia'), ('name', 'Austin MacKinnon')]),
    C('Appointment confirmation: Fernando Alves, quinta-feira, 7 de janeiro de 2027, 14h, Av. da República 41, 5º Esq., 1050-187 Lisboa Avenidas Novas.', [('name', 'Fernando Alves'), ('date', 'quinta-feira, 7 de janeiro de 2027'), ('street_address', 'Av. da República 41, 5º Esq.'), ('zip_code', '1050-187'), ('place', 'Lisboa Avenidas Novas')]),
    C('Quetiapine at night for sleep is everywhere in my caseload. Is that still standard in Scotland or just habit?'),
    C('Insurance card BCBS XQJ442871103, Tamsin Ridley, Asheville West. Still in a FEMA trailer. Flood nightmares. Anyone local taking new clients?', [('health_plan', 'BCBS XQJ442871103'), ('name', 'Tamsin Ridley'), ('place', 'Asheville West')]),
    C('Cedric Okafor-Blake asked me to look at www.gofundme.com/f/cedric-okafor-blake-funeral for his son. It names the school and the street. Do I say something?', [('name', 'Cedric Okafor-Blake'), ('url', 'www.gofundme.com/f/cedric-okafor-blake-funeral')]),
    C('The new Scottish Government strategy on suicide prevention talks a lot about "compassionate communities". What does that mean in practice?'),
    C("re my client from Zugdidi Chitatskari: Nino Gvaramia is in Athens Kypseli now and the asylum interview is on Thursday 14 January 2027. She's asked me to come. Anyone done this?", [('place', 'Zugdidi Chitatskari'), ('name', 'Nino Gvaramia'), ('place', 'Athens Kypseli'), ('date', 'Thursday 14 January 2027')]),
    C('https://www.justgiving.com/page/fionnuala-kiernan-run is her fundraiser. Fionnuala Kiernan runs for the suicide charity where her brother was helped. Can I share it?', [('url', 'https://www.justgiving.com/page/fionnuala-kiernan-run'), ('name', 'Fionnuala Kiernan')]),
    C('I always forget that Thanksgiving is in October in Canada and schedule everyone badly.'),
    C('my client Luis Alberto Ochoa in San Javier La Loma works as a tour guide where his cousin was killed. Tourists ask about the war every day. How does he keep doing it?', [('name', 'Luis Alberto Ochoa'), ('place', 'San Javier La Loma')]),
    C('VZP card 8901 2245 77 — Věra Procházková, 93 and eight months, lives with her daughter on Palackého 211/14, 779 00 Olomouc. Daughter asks for grief support for both.', [('health_plan', '8901 2245 77'), ('name', 'Věra Procházková'), ('age_over_89', '93 and eight months'), ('street_address', 'Palackého 211/14'), ('zip_code', '779 00'), ('place', 'Olomouc')]),
    C("Ewa Sadowska in Nowa Huta's Osiedle Kalinowe: her PESEL 78041204863 was leaked with her diagnosis in a hospital data breach. Now neighbours know. Any Polish group for this?", [('name', 'Ewa Sadowska'), ('place', "Nowa Huta's Osiedle Kalinowe"), ('ssn', '78041204863')]),
    C('Texas DL 40882517, Hector Salinas, Brownsville Southmost, truck driver, hit a migrant on the highway at night. He keeps driving the same route. Is that exposure or self-punishment?', [('licence', '40882517'), ('name', 'Hector Salinas'), ('place', 'Brownsville Southmost')]),
    C('She wrote the plate down as GK-718-WP. Margaux Perrin says the car follows her from work in Roubaix Épeule.', [('vehicle', 'GK-718-WP'), ('name', 'Margaux Perrin'), ('place', 'Roubaix Épeule')]),
    C("Joaquín Pereyra sends money to his mother in Luque Itapuamí via Tigo Money 0981 447 203. He's been sending more than he earns. Depression? Pride? Both?", [('name', 'Joaquín Pereyra'), ('place', 'Luque Itapuamí'), ('account', 'Tigo Money 0981 447 203')]),
    C("Sodium valproate in women of childbearing age: my client's psychiatrist just stopped it. She's scared."),
    C("Yevgeniy Petrov only talks to me on Telegram +372 5839 1120 and refuses video. He's in Sillamäe Kannuka, 70, Russian speaker, very isolated.", [('name', 'Yevgeniy Petrov'), ('phone', '+372 5839 1120'), ('place', 'Sillamäe Kannuka')]),
    C("We had a breakthrough: Dariusz W. laughed. Six months of flat affect and he laughed about his dog. Tiny, but I'm taking it.", [('name', 'Dariusz W.')]),
    C("plate HR 42-TX — that's Nikolai Borisov's lorry, he's parked at the depot in Narva's Kreenholm end and won't drive since the crash. employer wants a letter by friday", [('vehicle', 'HR 42-TX'), ('name', 'Nikolai Borisov'), ('place', "Narva's Kreenholm end")]),
    C('Is anyone going to the EABCT congress next September?'),
    C('Ginette Roy wants me to remember 6 July 2013, the night her husband died at the sawmill in Saint-Félicien. She says no one at church remembers it anymore.', [('name', 'Ginette Roy'), ('date', '6 July 2013'), ('place', 'Saint-Félicien')]),
    C('My client in Quebec asked if she can do therapy in English. Of course she can. Then she asked if it was "allowed". Bill 96 has people confused.'),
    C("portal log: 45.87.212.19 tried 14 logins on Soraya Benali's account. She's in Lyon Vaulx-en-Velin and her ex is a sysadmin. We're a tiny practice. Do we report to CNIL?", [('ip_address', '45.87.212.19'), ('name', 'Soraya Benali'), ('place', 'Lyon Vaulx-en-Velin')]),
    C("Reading list for January: Herman's Trauma and Recovery, Linehan's Cognitive-Behavioral Treatment of Borderline Personality Disorder, and Van der Hart's The Haunted Self. Bring notes on Part II."),
    C('In Portugal the Ordem dos Psicólogos just changed its rules on online sessions abroad; does anyone know the details?'),
    C("Gustavo Paredes, licencia B-1843-7725, drove the bus that overturned near Mocoa Alto; he's now in Bogotá's Kennedy. Survivor guilt, can't drive. What's realistic in 10 sessions?", [('name', 'Gustavo Paredes'), ('licence', 'B-1843-7725'), ('place', 'Mocoa Alto'), ('place', "Bogotá's Kennedy")]),
    C("Gert Jansen's CBR licence 5327788104 is revoked after drink-driving in Emmen. His drinking is the grief. His wife is the one who died. Where do I start?", [('name', 'Gert Jansen'), ('licence', '5327788104'), ('place', 'Emmen')]),
    C("her kids' school portal showed logins from 2a00:23c5:a117:4d01::a at 4am. Leanne Birch thinks it's her ex checking the kids' photos. Kettering Ise Lodge.", [('ip_address', '2a00:23c5:a117:4d01::a'), ('name', 'Leanne Birch'), ('place', 'Kettering Ise Lodge')]),
    C('Marisol Quispe Ccori cleans offices at night and her son in Ayacucho Huamanga calls her every morning before school. She says that call is why she hasn\'t "done anything". How do you work with a single protective factor?', [('name', 'Marisol Quispe Ccori'), ('place', 'Ayacucho Huamanga')]),
    C("The ankle monitor (SCRAM CAM #AX90412) is making Wade Hollister refuse to wear shorts in July. Court-ordered. He's in Muskogee's Summit side. Shame work ideas?", [('device', 'SCRAM CAM #AX90412'), ('name', 'Wade Hollister'), ('place', "Muskogee's Summit side")]),
    C('anyone know if the HSE pays for interpreters in private practice? asking for a Portuguese-speaking client'),
    C("The NICE guideline for PTSD still doesn't really cover complex presentations in older adults, does it?"),
    C('Tiago Bettencourt was a fisherman out of Rabo de Peixe\'s harbour side and lost two crewmates in the January storm. He says the sea "owes him". NIF 213 558 740, utente 482 117 905. Anyone with Azorean experience?', [('name', 'Tiago Bettencourt'), ('place', "Rabo de Peixe's harbour side"), ('ssn', '213 558 740'), ('health_plan', '482 117 905')]),
    C('Medication question: my client in Quebec takes Effexor XR, Seroquel and Ativan. Her GP added Trintellix. Is that a common combination in Canada or is my Scottish training showing?'),
    C('Anyone using the PCL-5 weekly or just at intake? I find weekly scores make clients anxious.'),
    C('She posted her whole story on https://substack.com/@marthekvale including the name of the unit. Marthe Kvale says writing helps. I think it will hurt her at work. Not my call?', [('url', 'https://substack.com/@marthekvale'), ('name', 'Marthe Kvale')]),
    C('The Scandinavian Journal of Psychology had a good paper on shift work and PTSD this autumn.'),
    C("Ifeoma Chukwu-Ashworth, NI number SR 41 27 93 C, lives in Thamesmead Moorings. Her employer wants proof she's in therapy for a phased return. How much do you put in?", [('name', 'Ifeoma Chukwu-Ashworth'), ('ssn', 'SR 41 27 93 C'), ('place', 'Thamesmead Moorings')]),
    C("Medicare card 4312 88715 2 1, Lorraine Pettigrew, 91 since the summer, at 41 Quarry Rd, Bangor Maine 04401-6624. Her son thinks she has dementia; I think it's grief. Thoughts on how to say that?", [('health_plan', '4312 88715 2 1'), ('name', 'Lorraine Pettigrew'), ('age_over_89', '91 since the summer'), ('street_address', '41 Quarry Rd'), ('place', 'Bangor Maine'), ('zip_code', '04401-6624')]),
    C("I'm writing a short talk on cultural humility for new trainees. What readings would you include?"),
    C("MonCash MonCash 3641-2079 is how Widelène Pierre pays me from Cap-Haïtien Petite Anse. She's my only remote client in Haiti. Is that even ok with my insurer?", [('account', 'MonCash 3641-2079'), ('name', 'Widelène Pierre'), ('place', 'Cap-Haïtien Petite Anse')]),
    C('Kalani Rosales sent bit.ly/3kRosalesZoom as the Zoom link, meaning anyone could join. Client from Pilsen Chicago. Security question for the US folk.', [('name', 'Kalani Rosales'), ('url', 'bit.ly/3kRosalesZoom'), ('place', 'Pilsen Chicago')]),
    C('The Estonian Health Insurance Fund now pays for a few psychology sessions via the GP. Anyone used it?'),
    C("Kristin Neff's self-compassion break works better for me than for most of my clients, honestly."),
    C('Hi all, Keisha Braithwaite from Silver Sands Barbados, NRN 760412-0198, moved to Toronto Rexdale. She wants a Bajan therapist. Ideas?', [('name', 'Keisha Braithwaite'), ('place', 'Silver Sands Barbados'), ('ssn', '760412-0198'), ('place', 'Toronto Rexdale')]),
    C("Oleksandr Hrytsenko's nephew is in Kupiansk-Vuzlovyi and won't evacuate. He hasn't slept properly since October. He's a bus driver in Wrocław Nadodrze.", [('name', 'Oleksandr Hrytsenko'), ('place', 'Kupiansk-Vuzlovyi'), ('place', 'Wrocław Nadodrze')]),
    C("Svetlana Morozova found her daughter's blog at https://nastya-pishet.livejournal.com describing self-harm. They're in Daugavpils Jaunbūve. Mum wants to confront her. Advice on how to bring it up gently?", [('name', 'Svetlana Morozova'), ('url', 'https://nastya-pishet.livejournal.com'), ('place', 'Daugavpils Jaunbūve')]),
    C('Brynja Þórsdóttir, kennitala 120489-3319, works the night shift at the fish plant in Ísafjörður Holtahverfi. Flashbacks to the landslide. Telehealth to Reykjavík Grafarvogur?', [('name', 'Brynja Þórsdóttir'), ('ssn', '120489-3319'), ('place', 'Ísafjörður Holtahverfi'), ('place', 'Reykjavík Grafarvogur')]),
    C('Wilmer Castañeda drives a tuk-tuk in San Pedro Sula Rivera Hernández and pays "rent" to the gang daily. Plate MB 44120. He wants out. Can therapy even start here?', [('name', 'Wilmer Castañeda'), ('place', 'San Pedro Sula Rivera Hernández'), ('vehicle', 'MB 44120')]),
    C('For Diwali my client brought sweets and I ate one in session. Fine, I think.'),
    C('For those who work in French, is "thérapie des schémas" the usual term or do people use the English?'),
    C("Nadia Rahimi-Shinwari lives at Flat 9, 27 Heron Court, Walthamstow Higham Hill, E17 5QA, and her landlord is using the damp to evict her. Therapy isn't the first need here, is it.", [('name', 'Nadia Rahimi-Shinwari'), ('street_address', 'Flat 9, 27 Heron Court'), ('place', 'Walthamstow Higham Hill'), ('zip_code', 'E17 5QA')]),
    C('Julieta told her teacher in La Boca that her dad "sleeps with a gun". Teacher reported it. Now the family has left my practice. What\'s my obligation now?', [('name', 'Julieta'), ('place', 'La Boca')]),
    C("Driving licence MORGA804119JE9KL, Jessica Morgan, Barry Island, wants to go back to driving buses after the assault. DVLA wants a letter. I'm her counsellor, not her GP.", [('licence', 'MORGA804119JE9KL'), ('name', 'Jessica Morgan'), ('place', 'Barry Island')]),
    C('We have a new intern from Colombia who speaks Wayuunaiki. Our first!'),
    C('My clients who are veterans often prefer groups to individual work. Any good VA-style groups in Canada?'),
    C("The CPAP (ResMed AirSense 11 SN 23201448802) is the only way Walt Gunderson sleeps, and the cabin outside Bemidji's north side lost power for 4 days. He says he won't go through another winter there.", [('device', 'ResMed AirSense 11 SN 23201448802'), ('name', 'Walt Gunderson'), ('place', "Bemidji's north side")]),
    C("Trying Compassion-Focused Therapy with a very self-critical perfectionist. Paul Gilbert's book is helping me more than her so far."),
    C('Where do people refer in Galway Knocknacarra for family therapy? Dervla Hynes wants her teenage sons to come with her.', [('place', 'Galway Knocknacarra'), ('name', 'Dervla Hynes')]),
    C('Lamotrigine rash question came up again today. I always tell people to ring the prescriber, but what else do you say?'),
    C("Harriet Oyelaran-Smith sent me a forwarded chain from h.oyelaran@nhs.net about her sister's section. She's a nurse herself in Lewisham Catford. Do I read it?", [('name', 'Harriet Oyelaran-Smith'), ('email', 'h.oyelaran@nhs.net'), ('place', 'Lewisham Catford')]),
    C("Fax received 1 Dec 2026, sender (505) 272-1940, pt Marcus Yazzie, Shiprock chapter west, IHS chart SHP-004192, for grief counselling after brother's death.", [('date', '1 Dec 2026'), ('fax', '(505) 272-1940'), ('name', 'Marcus Yazzie'), ('place', 'Shiprock chapter west'), ('medical_record', 'SHP-004192')]),
    C('Interac e-transfer to etransfer colleen.murdoch@bellaliant.net? Colleen Murdoch in Corner Brook West asks to pay that way. Anyone have problems with it?', [('account', 'etransfer colleen.murdoch@bellaliant.net'), ('name', 'Colleen Murdoch'), ('place', 'Corner Brook West')]),
    C('Ama Serwaa Boateng is Ghanaian-Irish, born in Tallaght Jobstown, and her parents want her home for the funeral in Kumasi Asawase. She has exams. She asked me what "a good daughter" would do.', [('name', 'Ama Serwaa Boateng'), ('place', 'Tallaght Jobstown'), ('place', 'Kumasi Asawase')]),
    C('A reminder that our reading group meets on the last Tuesday of every month. This month: Bessel van der Kolk, chapters 5-7.'),
    C("For the refund: IBAN ES76 2100 3319 7402 0081 4475, client Nerea Goikoetxea, Bilbao Deusto. She left therapy because she couldn't afford it; I want to give the last three back.", [('account', 'ES76 2100 3319 7402 0081 4475'), ('name', 'Nerea Goikoetxea'), ('place', 'Bilbao Deusto')]),
    C("Vasyl Shevchuk, +48 512 880 417, 90 years and 4 months, evacuated from Kostiantynivka, now in a shelter in Przemyśl's Zasanie east. Volunteers asked for someone Ukrainian-speaking.", [('name', 'Vasyl Shevchuk'), ('phone', '+48 512 880 417'), ('age_over_89', '90 years and 4 months'), ('place', 'Kostiantynivka'), ('place', "Przemyśl's Zasanie east")]),
    C('The DSM-5-TR criteria for prolonged grief still feel arbitrary to me. Twelve months? Why not nine?'),
    C("Jonas Petraitis came from Mažeikiai for the refinery job in Norway. Shift work, drinking, and a wife who won't come over. Lithuanian-speaking options?", [('name', 'Jonas Petraitis'), ('place', 'Mažeikiai')]),
    C("Dagny Haugland's boyfriend died of an overdose in Haugesund in May. She wants a grief group for young people.", [('name', 'Dagny Haugland'), ('place', 'Haugesund')]),
    C('Clonazepam for flight anxiety: one of my clients takes it before every session too. Not sure how to raise it.'),
    C("I finally read Kate Bowler's No Cure for Being Human on a client's recommendation. Cancer at thirty-five, the Prosperity Gospel, faith and luck. Lovely book for grief work."),
    C("Mehmet Aydın is a kebab shop owner in Neukölln Weiße Siedlung whose shop was attacked twice. He's stopped sleeping. Any Turkish-speaking trauma therapist in Berlin Moabit with space?", [('name', 'Mehmet Aydın'), ('place', 'Neukölln Weiße Siedlung'), ('place', 'Berlin Moabit')]),
    C("I had Kalinda Sweetgrass in today. She's from Standoff Moses Lake and talks about the Blood Tribe reserve like it's both home and a cage. I'm non-Indigenous; do I refer on?", [('name', 'Kalinda Sweetgrass'), ('place', 'Standoff Moses Lake')]),
    C('Kaiser MRN 11-0043-882, Rosa Elena Villatoro, DOB 09/22/1979, 3318 E 4th St, Boyle Heights Estrada Courts, 90063. Needs Spanish trauma therapist, telehealth OK.', [('medical_record', '11-0043-882'), ('name', 'Rosa Elena Villatoro'), ('date', '09/22/1979'), ('street_address', '3318 E 4th St'), ('place', 'Boyle Heights Estrada Courts'), ('zip_code', '90063')]),
    C('I got a forward from pastor.ezra@graceharvest.org about Ruth Okonjo, "to help her deliverance". She\'s in Woolwich\'s Glyndon estate. I\'m not co-working with a pastor who calls depression a spirit.', [('email', 'pastor.ezra@graceharvest.org'), ('name', 'Ruth Okonjo'), ('place', "Woolwich's Glyndon estate")]),
    C('Hamish Buchanan, 99 years of age (yes), served on the Arctic convoys, lives in Dumbarton Bellsmyre and asked for "someone who won\'t cry at my stories". Anyone?', [('name', 'Hamish Buchanan'), ('age_over_89', '99 years of age'), ('place', 'Dumbarton Bellsmyre')]),
    C('Aripiprazole as augmentation seems to cause restlessness in half my clients. Is that my sample or common?'),
    C('Karen Horney keeps coming up in my reading lately. Is she still taught anywhere?'),
    C("Can anyone see Tomás Ó Ceallaigh in Dingle's Baile an Ghoilín? Irish-speaking preferred. Rural, farmer, depression after the herd was culled.", [('name', 'Tomás Ó Ceallaigh'), ('place', "Dingle's Baile an Ghoilín")]),
    C('Did anyone here work with Fernão Cabral before? He says he had a counsellor in Setúbal Bela Vista who "gave up on him" and he\'s testing me the same way.', [('name', 'Fernão Cabral'), ('place', 'Setúbal Bela Vista')]),
    C("Rosario Cuadra cooks for a family in Las Condes and sends everything home to León Nicaragua. She's started fainting at work. GP says stress.", [('name', 'Rosario Cuadra'), ('place', 'Las Condes'), ('place', 'León Nicaragua')]),
    C('For ERP homework I use the SUDS scale but clients hate rating. What else works?'),
    C("can't find my copy of the Body Keeps the Score, someone borrowed it in 2023 and I want it back"),
    C("Tadeusz Kamiński drove me mad today and I think that's the point. He was a shop steward in Nowa Sól and treats therapy like a negotiation.", [('name', 'Tadeusz Kamiński'), ('place', 'Nowa Sól')]),
    C('Still thinking about Kaija Mäkeläinen from yesterday. She\'s 80, Finnish, and said her mother\'s silence about the war "is in my knees".', [('name', 'Kaija Mäkeläinen')]),
    C("Petar Iliev owes money to people in Plovdiv Stolipinovo and thinks I'll report him. Does Bulgarian law make me? I'm in Sofia Lyulin.", [('name', 'Petar Iliev'), ('place', 'Plovdiv Stolipinovo'), ('place', 'Sofia Lyulin')]),
    C('Is there an English-language translation of the Brazilian guidelines on trauma care in disasters?'),
    C("Supervision reading: Daniel Siegel's window of tolerance, Stephen Porges's polyvagal theory, and Deb Dana's critique-and-response piece. I'm sceptical of Porges; Dana is practical."),
    C("Shonagh MacRae's CHI is 1406781123, she's from Stornoway Sandwick and she wants sessions in Gaelic. There's one Gaelic-speaking counsellor I know of, on Skye's Portree. Anyone else?", [('name', 'Shonagh MacRae'), ('medical_record', '1406781123'), ('place', 'Stornoway Sandwick'), ('place', "Skye's Portree")]),
    C("Plates EX 227 BG and Dimitar Kolev's name are all over a Facebook group in Burgas Meden Rudnik after the dog was hit. He's getting threats. Safety plan?", [('vehicle', 'EX 227 BG'), ('name', 'Dimitar Kolev'), ('place', 'Burgas Meden Rudnik')]),
    C('Working with Ukrainian clients, I notice many want practical help first and talk about feelings only later. Maslow was right, I suppose.'),
    C("Just met Thandiwe Mlambo-Reyes — Zimbabwean mum, Cuban dad, grew up in Hialeah's Seminola side — she said no therapist has ever asked her which language she dreams in. That stuck with me.", [('name', 'Thandiwe Mlambo-Reyes'), ('place', "Hialeah's Seminola side")]),
    C("Trazodone for sleep seems to be the go-to in the US now. Over here it's still zopiclone."),
    C("I got an email from ana.mutu.terapie@gmail.com asking for her sister's notes. Sister is Irina Mutu, my client, and she's very clear she doesn't want that. Short polite reply wording?", [('email', 'ana.mutu.terapie@gmail.com'), ('name', 'Irina Mutu')]),
    C('My new client from Kvaløysletta Kaldfjord keeps describing the polar night as "being held". Everyone else hates it. Interesting reframe to keep?', [('place', 'Kvaløysletta Kaldfjord')]),
    C("please fax the consent to 01 808 2441 not email, Nuala Brennan's solicitor is old school. she's in Drumcondra Whitworth.", [('fax', '01 808 2441'), ('name', 'Nuala Brennan'), ('place', 'Drumcondra Whitworth')]),
    C("Pump Omnipod 5 PDM SN 41A220178 was left on the school bus. Niamh Ferris, 9, Ballymena, was in a hypo by lunch. The mum's anxiety is sky high now.", [('device', 'Omnipod 5 PDM SN 41A220178'), ('name', 'Niamh Ferris'), ('place', 'Ballymena')]),
    C("I find Sunday evenings heavy even though I don't work Mondays. Anyone else?"),
    C('How do you explain the difference between a psychologist and a psychotherapist to a Spanish client? In Spain the titles are protected differently.'),
    C('call me back on +1 (758) 452-3310, this is Marcella Joseph from Gros Islet, my son needs a therapist after the boat accident. (forwarded voicemail)', [('phone', '+1 (758) 452-3310'), ('name', 'Marcella Joseph'), ('place', 'Gros Islet')]),
    C('Buprenorphine patients are some of my most committed clients. The stigma in the system is awful.'),
    C('Ontario licence D6101-40718-95603, Priya Dhaliwal, Brampton Springdale. Rideshare driver, assaulted by a passenger. Fit-to-drive letter: who writes it?', [('licence', 'D6101-40718-95603'), ('name', 'Priya Dhaliwal'), ('place', 'Brampton Springdale')]),
    C('In Sweden the 1177 service now lets patients read notes the same day. I write very differently now.'),
    C("Jolanta Vaitkienė has a bank account LT84 7300 0101 4471 2290 her husband controls. She's asked me if it's abuse. In Šiauliai Dainai. Lithuanian DV services?", [('name', 'Jolanta Vaitkienė'), ('account', 'LT84 7300 0101 4471 2290'), ('place', 'Šiauliai Dainai')]),
    C("Margit Kallas was born on 25 March 1949 on the deportation train. She's in Pärnu Rääma and has started dreaming of it. She wants to write it down with someone.", [('name', 'Margit Kallas'), ('date', '25 March 1949'), ('place', 'Pärnu Rääma')]),
    C('Gunnhild Aasen Vinje lost her husband on the ice road last winter. She lives above the shop in Vadsø sentrum. Grief group is in Norwegian only; she prefers Kven. Any ideas?', [('name', 'Gunnhild Aasen Vinje'), ('place', 'Vadsø sentrum')]),
    C('Mateo Figueroa is 17, from El Alto Villa Adela, living with his aunt in Usera Pradolongo. He asked me not to tell her about the cutting. Spanish law on confidentiality at 17?', [('name', 'Mateo Figueroa'), ('place', 'El Alto Villa Adela'), ('place', 'Usera Pradolongo')]),
    C('Colm Ó Gallchóir says the night he found his father in the shed in Dungloe Meenmore is "just a picture now". He\'s 19. I\'m not sure what that means yet.', [('name', 'Colm Ó Gallchóir'), ('place', 'Dungloe Meenmore')]),
    C('Linktree linktr.ee/lucia.vargas.arte has her real name and the café where she works in Miraflores Lima. Lucía Vargas is being followed by an ex-client of hers. Safety plan help?', [('url', 'linktr.ee/lucia.vargas.arte'), ('place', 'Miraflores Lima'), ('name', 'Lucía Vargas')]),
    C("On Thursday Anneke de Graaf told me she's moving back to Urk Oude Dorp, where the church said her depression was a lack of faith. I'm worried. How do you respect the choice?", [('name', 'Anneke de Graaf'), ('place', 'Urk Oude Dorp')]),
    C("In Brazil the CFP rules say I can't do sessions by WhatsApp audio alone. Is that true in Portugal too?"),
    C("Seamus Rooney has been emailing from shay.rooney.64@gmail.com every night, long emails. His wife died in Athlone Monksland in September. He's not suicidal. What's the gentle limit?", [('name', 'Seamus Rooney'), ('email', 'shay.rooney.64@gmail.com'), ('place', 'Athlone Monksland')]),
    C("Mateus Caldeira found his wife's phone logging into their bank from 187.64.119.8, not their home. He's in Campinas Taquaral. Is this therapy or a lawyer?", [('name', 'Mateus Caldeira'), ('ip_address', '187.64.119.8'), ('place', 'Campinas Taquaral')]),
    C("We're doing Acceptance and Commitment Therapy for Psychosis with two Jamaican and one Trinidadian client. The Caribbean Christian framing fits ACT values surprisingly well."),
    C('Arnaud Lefèvre, numéro de sécu 1 74 08 59 350 118 42, worked the Lille Fives metro when the man was pushed. He wants EMDR in French near Lomme.', [('name', 'Arnaud Lefèvre'), ('ssn', '1 74 08 59 350 118 42'), ('place', 'Lille Fives'), ('place', 'Lomme')]),
    C("I'm doing my first group next week. Six people, anxiety, eight sessions. Nervous!"),
    C('What do people think of the IES-R for refugees? The translations vary a lot in quality.'),
    C("Any suggestions for a good intro to narrative therapy? I've read White and Epston and got lost."),
    C('How do you manage your own reactions when a client describes violence against children?'),
    C('fax to (902) 481-2270 please, attn intake, re: Chantal LeBlanc, DOB 1988-06-19, MSI 0048 231 775, 212 Rue Acadie, Petit Étang, B0E 1H0', [('fax', '(902) 481-2270'), ('name', 'Chantal LeBlanc'), ('date', '1988-06-19'), ('health_plan', '0048 231 775'), ('street_address', '212 Rue Acadie'), ('place', 'Petit Étang'), ('zip_code', 'B0E 1H0')]),
    C("Doireann Ní Fhlatharta comes in from Inis Meáin's Baile an Mhothair quay once a month by ferry and it's often cancelled. Phone sessions on the other weeks?", [('name', 'Doireann Ní Fhlatharta'), ('place', "Inis Meáin's Baile an Mhothair quay")]),
    C("Maureen Gallacher says Easterhouse Blairtummock made her and broke her. She's a community worker there and burned out.", [('name', 'Maureen Gallacher'), ('place', 'Easterhouse Blairtummock')]),
    C("I'm leaving the NHS in April to go private. Mixed feelings."),
    C('question for the group: how do you handle a client who brings their dog to telehealth and talks to it instead of you'),
    C("In session Aurelio Santarelli talked about his father's shoe shop in Trastevere for 40 minutes. I think he was telling me about being seen.", [('name', 'Aurelio Santarelli'), ('place', 'Trastevere')]),
    C("IP 31.211.98.40 appeared twice in Daniela Šimić's account log, the day her husband was in Rijeka Trsat. She's terrified. How do we lock the portal down?", [('ip_address', '31.211.98.40'), ('name', 'Daniela Šimić'), ('place', 'Rijeka Trsat')]),
    C("So Luka Barišić told me his dad drives the ZG 4417-HK taxi and sleeps in it when he's drinking. He's 12. I need to make a report; how do I tell him before I do?", [('name', 'Luka Barišić'), ('vehicle', 'ZG 4417-HK')]),
    C('Brigid Keogh, 96 come March, says she won\'t die in the home in Mullingar Ardmore "with strangers". Her grandson wants her moved. Family meeting tips?', [('name', 'Brigid Keogh'), ('age_over_89', '96 come March'), ('place', 'Mullingar Ardmore')]),
    C('Patrice Jean-Louis, NIF 003-217-448-9, +509 3718 2244, moved from Carrefour-Feuilles Savane Pistache to Montréal Saint-Michel in July. Wants Kreyòl therapist. Ideas?', [('name', 'Patrice Jean-Louis'), ('ssn', '003-217-448-9'), ('phone', '+509 3718 2244'), ('place', 'Carrefour-Feuilles Savane Pistache'), ('place', 'Montréal Saint-Michel')]),
    C('My client Aoife Ní Bhraonáin Uí Fhátharta moved from Carna to Dublin Phibsborough for college and has had panic since the first week. PPSN 7392048KA. GP letter says "homesick".', [('name', 'Aoife Ní Bhraonáin Uí Fhátharta'), ('place', 'Carna'), ('place', 'Dublin Phibsborough'), ('ssn', '7392048KA')]),
    C("Registration query: my supervisee's HCPC number PYL041739 was printed on a report given to the client's ex. Kerry-Ann Whitlock is furious. What do I do first?", [('licence', 'PYL041739'), ('name', 'Kerry-Ann Whitlock')]),
    C('Venlafaxine discontinuation is worse than people warn about. I now ask about it at every intake.'),
    C("I've written to secretaria.cesfam.lirquen@gmail.com twice about Javiera Muñoz's records and heard nothing. She's from Penco. Who do I call in Chile?", [('email', 'secretaria.cesfam.lirquen@gmail.com'), ('name', 'Javiera Muñoz'), ('place', 'Penco')]),
    C('The HSE counselling service is closing referrals until March, so I expect a rush in the private sector.'),
    C('Is the ISTSS guideline on prolonged grief out yet or still in draft? I saw a talk from Holly Prigerson in October that said next year.'),
    C("Agnieszka Wilk and Tomasz Wilk are separating and both want me as their individual therapist. I've seen them as a couple. Obvious no, but how do I say it kindly?", [('name', 'Agnieszka Wilk'), ('name', 'Tomasz Wilk')]),
    C("My supervisee's licence Ordine Lombardia n. 21447 is on every email footer and a client's husband has been calling the Ordine about her. Chiara Fumagalli is scared. Advice?", [('licence', 'Ordine Lombardia n. 21447'), ('name', 'Chiara Fumagalli')]),
    C('does anyone have the Spanish version of the EPDS handy, the one validated in Chile'),
    C("Bohdan Kravets-Hnatiuk called from +380 67 451 2290 asking if sessions continue when he's back in Bila Tserkva. Do people do online across the border?", [('name', 'Bohdan Kravets-Hnatiuk'), ('phone', '+380 67 451 2290'), ('place', 'Bila Tserkva')]),
    C("Sertraline and grapefruit juice, is that actually a problem or an old myth? Client asked and I didn't know."),
    C("Yolanda Pinzón's abuser's Facebook is facebook.com/wilson.arango.7731 and he posts photos near her house in Soacha. Her lawyer wants screenshots. Do I keep copies?", [('name', 'Yolanda Pinzón'), ('url', 'facebook.com/wilson.arango.7731'), ('place', 'Soacha')]),
    C("Fax from Reykjavík Efra-Breiðholt health centre, +354 513 6620, re Sigrún Hallgrímsdóttir, licence ÖKU 2204885119 withdrawn after seizure. She's grieving her independence more than anything.", [('place', 'Reykjavík Efra-Breiðholt'), ('fax', '+354 513 6620'), ('name', 'Sigrún Hallgrímsdóttir'), ('licence', 'ÖKU 2204885119')]),
    C("vehicle was TT PCX 4412, the maxi taxi that hit Shivanie Ramsaran's son in Chaguanas Felicity. She wants the driver's name. I don't have it and shouldn't.", [('vehicle', 'TT PCX 4412'), ('name', 'Shivanie Ramsaran'), ('place', 'Chaguanas Felicity')]),
    C("Car reg 231-D-48821, the hire car Siobhán Carey crashed on the Wild Atlantic Way in Louisburgh. Her American friend died. She's home in Cork's Knocknaheeny and numb.", [('vehicle', '231-D-48821'), ('name', 'Siobhán Carey'), ('place', 'Louisburgh'), ('place', "Cork's Knocknaheeny")]),
    C('The Catholic chaplaincy in our hospital has started referring grieving families to us directly. Good thing, I think.'),
    C("URL she sent: https://www.instagram.com/gabi.rivas.oficial. Gabriela Rivas is a 19-year-old influencer from Maracaibo Santa Lucía living in Usera Pradolongo; the comments are why she's in therapy.", [('url', 'https://www.instagram.com/gabi.rivas.oficial'), ('name', 'Gabriela Rivas'), ('place', 'Maracaibo Santa Lucía'), ('place', 'Usera Pradolongo')]),
    C("Boris Stoyanov, ЕГН 6105224418, is 65 and his mother is 91 since the summer. Both in Varna Asparuhovo. Mother's dementia is breaking him.", [('name', 'Boris Stoyanov'), ('ssn', '6105224418'), ('age_over_89', '91 since the summer'), ('place', 'Varna Asparuhovo')]),
    C("Do you let clients bring their kids to sessions if they have no childcare? I do, but I'm not sure it's fair to them."),
    C("Quick summary of the EMDR Europe conference: Francine Shapiro's standard protocol is still the base, but the Flash Technique and the DeTUR protocol got most of the Q&A time."),
    C("When the client's interpreter is their child, I stop the session. Is that standard everywhere?"),
    C('Mrs Halina Wróblewska, 94 since Candlemas, widowed in spring, lives alone on ul. Kołłątaja 17 m. 4 in Białystok Centrum, 15-062. Daughter in Leeds Harehills calls daily. Bereavement group or home visits?', [('name', 'Halina Wróblewska'), ('age_over_89', '94 since Candlemas'), ('street_address', 'ul. Kołłątaja 17 m. 4'), ('place', 'Białystok Centrum'), ('zip_code', '15-062'), ('place', 'Leeds Harehills')]),
    C('Fax from Letterkenny Ballyraine: patient Cathal Mac Giolla Bhríde, MRN LUH-0448213, discharged 3 Nov 2026, for community follow up. Fax back on +353 74 912 6650.', [('place', 'Letterkenny Ballyraine'), ('name', 'Cathal Mac Giolla Bhríde'), ('medical_record', 'LUH-0448213'), ('date', '3 Nov 2026'), ('fax', '+353 74 912 6650')]),
    C("Anyone working with Sámi clients in Sweden? I'd love to learn from someone who does."),
    C("Corinne Abernethy's husband made a website, justiceforcorinne.ca, with her medical details. She wanted none of it. She's in Moncton North End.", [('name', 'Corinne Abernethy'), ('url', 'justiceforcorinne.ca'), ('place', 'Moncton North End')]),
    C("Janice Crowfoot, 90 years and 4 months, Siksika elder, asked me to come to Gleichen's Siksika side because she won't drive to Calgary Forest Lawn anymore. Travel budget is gone. Ideas?", [('name', 'Janice Crowfoot'), ('age_over_89', '90 years and 4 months'), ('place', "Gleichen's Siksika side"), ('place', 'Calgary Forest Lawn')]),
    C('I\'ve taken on Hrvoje Perić, a 52-year-old former soldier from Borovo Naselje\'s Trpinjska side who now lives in Graz Lend. His wife booked the sessions; he sits with his arms crossed and says the war "was another man". He mentioned he still recites his unit\'s radio frequencies to fall asleep. His Austrian e-card number 4417 120871 is on the referral. I don\'t want to push, I don\'t speak Croatian and he refuses an interpreter. How do you start with someone who came only for his wife?', [('name', 'Hrvoje Perić'), ('place', "Borovo Naselje's Trpinjska side"), ('place', 'Graz Lend'), ('health_plan', '4417 120871')]),
    C("hiya, kyle mcardle from the creggan's upper end rang again. he's not in crisis, just lonely. how often is too often to take a client's call?", [('name', 'kyle mcardle'), ('place', "creggan's upper end")]),
    C("Pix key for the refund is pix 21 98114-7730. Client Thaís Albuquerque, Niterói Icaraí. Can someone in the Brazil group send it, I'm travelling.", [('account', 'pix 21 98114-7730'), ('name', 'Thaís Albuquerque'), ('place', 'Niterói Icaraí')]),
    C('sorry for the long absence everyone, back from leave and catching up on the thread'),
    C("I'm thinking of getting trained in Cognitive Processing Therapy. Worth it compared with Trauma-Focused CBT?"),
    C('Lenka Horváthová in Košice Luník IX, Roma, 23, two kids. She\'s been told by social services she\'s "not cooperating". She just doesn\'t trust them. How do I support without being another one?', [('name', 'Lenka Horváthová'), ('place', 'Košice Luník IX')]),
    C("I've started asking every client what they call their distress in their own language. Stunning answers."),
    C("In Brazil the CFP, the Ministry of Health and UNICEF have a new guide on mental health in disasters. It's in Portuguese only; the English summary on ReliefWeb is thin."),
    C("I'm thinking about offering walk-and-talk sessions in the summer. Insurance and confidentiality issues?"),
    C("Working with Roma families, I've found asking about the extended family first builds trust faster than anything in the manuals."),
    C('Supervision question. Yusuf Demirtaş-Kaya was born in Kreuzberg\'s Reichenberger Kiez and his parents were from Sivas. He says he\'s "German in Turkey and Turkish in Germany". Identity work or just listen?', [('name', 'Yusuf Demirtaş-Kaya'), ('place', "Kreuzberg's Reichenberger Kiez"), ('place', 'Sivas')]),
    C("The Catholic Church's safeguarding office sent me a referral form. I've never worked with them before. Anything to watch for?"),
    C('Seeing Ahanu Twoguns who grew up in Akwesasne and works high steel in Manhattan Inwood like his grandfather. Fear of heights after a fall on site. Never had it before.', [('name', 'Ahanu Twoguns'), ('place', 'Akwesasne'), ('place', 'Manhattan Inwood')]),
    C("Phone intake: Ysabel Ventura, (809) 562-1184, cédula 402-1877349-6, from Villa Mella. Wants help with her son's gang involvement.", [('name', 'Ysabel Ventura'), ('phone', '(809) 562-1184'), ('ssn', '402-1877349-6'), ('place', 'Villa Mella')]),
    C("The pump serial is MMT-1780 NG4471902H and the supplier in Tartu Ropka won't replace it without the old one. Merike Kask is rationing insulin. Who do I even ring?", [('device', 'MMT-1780 NG4471902H'), ('place', 'Tartu Ropka'), ('name', 'Merike Kask')]),
    C("Can anyone recommend a Quechua-speaking psych in Cusco San Sebastián? Eulogio Huamán, ninety-two next week, lost his wife and won't speak Spanish about it.", [('place', 'Cusco San Sebastián'), ('name', 'Eulogio Huamán'), ('age_over_89', 'ninety-two next week')]),
    C("Leif Nygaard has 2 months left and a pacemaker (Biotronik Enitra 8 SN 67391002) he wants switched off. Hospice in Ålesund says talk to his therapist. That's me.", [('name', 'Leif Nygaard'), ('device', 'Biotronik Enitra 8 SN 67391002'), ('place', 'Ålesund')]),
    C('I use the Edinburgh scale with dads too. Surprising how many score high.'),
    C("I've been trying the Unified Protocol for a mixed anxiety group and the emotion-awareness module lands better than I expected."),
    C("Ruth Lanius's work on dissociation changed how I pace things. Recommended if you haven't read it."),
    C('Has anyone done the Gottman Level 1 training online? Worth the money?'),
    C("Anyone else's insurer asking for diagnosis codes before the second session? Feels like ICD-11 is used as a gatekeeper."),
    C('The Norwegian Psychological Association and the Swedish Psychological Association are running a joint Nordic webinar on Sámi mental health in March. Worth flagging for the Finnish members too.'),
    C("Portuguese Psychologists' Order, Spanish COP and Italian CNOP all have different rules on online therapy with clients abroad. Has anyone written a comparison for the EFPA?"),
    C("My client Halvard Eilertsen said his brother tried to sell their father's boat in Henningsvær without asking. It's turned into a whole family war. Mediation or therapy?", [('name', 'Halvard Eilertsen'), ('place', 'Henningsvær')]),
    C('Quick one: Ingrid Solbakken Moe keeps apologising in session for "taking space". Her mother ran a guesthouse in Svolvær Havn and she grew up serving. Schema ideas?', [('name', 'Ingrid Solbakken Moe'), ('place', 'Svolvær Havn')]),
    C('Long request. I\'m working with Giedrius Kazlauskas, 38, who was a border guard near Druskininkai Viečiūnai during the 2021 crossings. He says he pushed families back into the forest and one woman "looked at him like he was the forest". His wife found him last month in the garage with the car running. Hospital file VUL-SK 2025/18834. He\'s back home now and comes weekly. I\'m thinking moral injury, not just PTSD. Who has used Litz\'s adaptive disclosure, and did the empty-chair part work with someone like him?', [('name', 'Giedrius Kazlauskas'), ('place', 'Druskininkai Viečiūnai'), ('medical_record', 'VUL-SK 2025/18834')]),
    C('Wise account BE71 9670 4421 8869 for the client refund, Pieter Vanhove. I was told to ask here before sending anything. Is that right?', [('account', 'BE71 9670 4421 8869'), ('name', 'Pieter Vanhove')]),
    C("Olena Tkachuk and her mum live at vul. Sadova 12, kv. 31, Uzhhorod Bozdosh, UA-88017. Her mum still won't leave the flat when there's an air alert, even in the day.", [('name', 'Olena Tkachuk'), ('street_address', 'vul. Sadova 12, kv. 31'), ('place', 'Uzhhorod Bozdosh'), ('zip_code', 'UA-88017')]),
    C('Guadalupe Torrez had her DL NM 503318842 taken at the checkpoint near Las Cruces Mesquite and is afraid to drive her kids to school. Anxiety through the roof.', [('name', 'Guadalupe Torrez'), ('licence', 'NM 503318842'), ('place', 'Las Cruces Mesquite')]),
    C("I keep getting asked if I'm religious. I usually reflect it back. Is that evasive?"),
    C("ok this is a weird one: Brenda Whitfield's hearing aid (Phonak Lumity L90 SN 2237X0184) picks up her neighbour's baby monitor. she thinks she's being spied on. psychosis or phonak?", [('name', 'Brenda Whitfield'), ('device', 'Phonak Lumity L90 SN 2237X0184')]),
    C('Does the Lithuanian health insurance fund cover online psychotherapy? A colleague says only since last year.'),
    C('Does anybody do trauma work in Spanish and English in the same session? My bilingual clients switch mid-sentence when it gets hard.'),
    C("Ottilie Brandauer-Flick still sets a place for her brother at dinner. She's 11. Her parents think it's sweet; the school thinks it's a problem. I'm somewhere in between.", [('name', 'Ottilie Brandauer-Flick')]),
    C("Irena Kovačević's ex logs into her email from 93.87.211.6, she thinks from Čačak. She's in Belgrade Karaburma now. Police won't take it seriously.", [('name', 'Irena Kovačević'), ('ip_address', '93.87.211.6'), ('place', 'Čačak'), ('place', 'Belgrade Karaburma')]),
    C('Grete Vaher from Kuressaare Kellamäe writes in Estonian in her journal and wants to read it to me in English. Slows everything down. Let her, or ask for summaries?', [('name', 'Grete Vaher'), ('place', 'Kuressaare Kellamäe')]),
    C('My clinic is moving to a new EHR in February and nobody knows how the consent forms will transfer.'),
    C('Jolene Whitecloud wants to do her sessions in the truck outside my office in Rapid City North because of the kids. Is that ok?', [('name', 'Jolene Whitecloud'), ('place', 'Rapid City North')]),
    C("Trying schema therapy with a client who has a very strong detached protector. Jeffrey Young says be patient. I'm trying."),
    C('Fax for Gwendolyn Achterberg, +31 50 361 4402, from UMCG psychiatry, dossier UMCG-7714092. She lives in Delfzijl and the gas-quake cracks are in her bedroom wall. Intake please.', [('name', 'Gwendolyn Achterberg'), ('fax', '+31 50 361 4402'), ('medical_record', 'UMCG-7714092'), ('place', 'Delfzijl')]),
    C("My client Abby Fernández Quiroz sent me her brother's obituary link www.legacy.com/obituaries/elpaso/daniel-quiroz. She wants me to read it before next session. Do you?", [('name', 'Abby Fernández Quiroz'), ('url', 'www.legacy.com/obituaries/elpaso/daniel-quiroz')]),
    C("Haloperidol side effects made my client's trust in medication collapse. Rebuilding slowly."),
    C('fax in from +44 1592 648 201: Morag Duthie, CHI 0902557340, 93 and eight months, Kirkcaldy Templehall, palliative, requesting bereavement prep for family.', [('fax', '+44 1592 648 201'), ('name', 'Morag Duthie'), ('medical_record', '0902557340'), ('age_over_89', '93 and eight months'), ('place', 'Kirkcaldy Templehall')]),
    C('Stanislav Horák was born 2.8.1938 and hid as a child in Trebišov. His grandson found our service. Is anyone doing Holocaust survivor work in Slovak?', [('name', 'Stanislav Horák'), ('date', '2.8.1938'), ('place', 'Trebišov')]),
    C("How do you write a discharge summary that's honest but doesn't end up in a custody file?"),
    C('The Mental Health Act review in England keeps getting delayed. Anyone know the latest?'),
    C("Ivana Horvat Kralj says her daughter's birthday, 17. 9. 2009, is the only day she drinks. They lost her in Petrinja Mošćenica. Do I bring it up before September?", [('name', 'Ivana Horvat Kralj'), ('date', '17. 9. 2009'), ('place', 'Petrinja Mošćenica')]),
    C('Pilar Arrieta, DNI 72814066J, Calle Mayor 18, 3º izq, 31001 Iruña Pamplona Casco Viejo. Bull run injury in July, now panic in crowds. Referred by the Osasunbidea trauma unit.', [('name', 'Pilar Arrieta'), ('ssn', '72814066J'), ('street_address', 'Calle Mayor 18, 3º izq'), ('zip_code', '31001 Iruña'), ('place', 'Pamplona Casco Viejo')]),
    C('Wanderley Souza drives for a delivery app in Porto Alegre Sarandi and during the floods he ferried neighbours in his own boat for nine days. Now the app has rated him down for "late deliveries" and his account Pix CPF 072.418.556-30 was frozen after a dispute. He told me he sometimes drives to the river at night and just sits. I\'m going to ask directly about suicide next time. How would you phrase it with someone who jokes everything away?', [('name', 'Wanderley Souza'), ('place', 'Porto Alegre Sarandi'), ('account', 'Pix CPF 072.418.556-30')]),
    C('Yaretzi Morales is 8 and draws the river in Piedras Negras over and over. Her family crossed when she was 5.', [('name', 'Yaretzi Morales'), ('place', 'Piedras Negras')]),
    C('Has anyone compared the Spanish PHQ-9 validated in Mexico with the one used in Spain and Argentina? My Venezuelan clients find the Castilian version stiff.'),
    C("Ailbhe Murtagh, a 29-year-old solicitor in Limerick Castletroy, came to me after her ex posted intimate images. The Garda case is open and she keeps checking the site at https://forum.boards-ie.cc/thread/88213 where they were first shared, even though the thread is down. Her work laptop shows her logging in from 109.255.31.87 at 2am. She knows it's a compulsion. I want to use ERP-type ideas but this isn't classic OCD. Thoughts from anyone who's worked with image-based abuse?", [('name', 'Ailbhe Murtagh'), ('place', 'Limerick Castletroy'), ('url', 'https://forum.boards-ie.cc/thread/88213'), ('ip_address', '109.255.31.87')]),
    C('Just realised I\'ve been saying "we" about the client\'s goals. Catching myself.'),
    C('Can I ask about Bashir Yusuf? Rinkeby Kista side youth, 16, brother shot last year. School counsellor wants me to "just do CBT". He won\'t talk in a room with a window onto the street.', [('name', 'Bashir Yusuf'), ('place', 'Rinkeby Kista side')]),
    C('Long one, sorry. I\'ve been seeing Margarida Sampaio since the summer; she\'s 41, a nurse in Viseu, and after her ward\'s outbreak she started driving home via the cemetery every night "to check". Her husband thinks it\'s morbid. She isn\'t suicidal, she says she just needs to see the names are still there. Her NIF is on the insurer\'s form, 256 781 309, which I\'ll redact. Is this a ritual to gently work with, or OCD by another road? I\'d love some thoughts from people who do grief and OCD both.', [('name', 'Margarida Sampaio'), ('place', 'Viseu'), ('ssn', '256 781 309')]),
    C("Ruby Thibodeaux's son was killed on Nov. 4, 2024 in Houma's East Street side. She wants to start a support group for mothers. How do you support a client who wants to become a facilitator?", [('name', 'Ruby Thibodeaux'), ('date', 'Nov. 4, 2024'), ('place', "Houma's East Street side")]),
    C('I have a client who says "I\'m fine" about forty times a session. I\'ve started counting out loud with her, playfully. It helps.'),
    C("My client said her Pentecostal church is the only place she feels safe. I'm an atheist. I didn't say anything and I think that was right."),
    C("Licence Q1284-47719-51008? That's Étienne Bouchard's Quebec permis, suspended after the snowmobile crash near Chicoutimi-Nord Sainte-Anne. He wants it back; I'm not his assessor.", [('licence', 'Q1284-47719-51008'), ('name', 'Étienne Bouchard'), ('place', 'Chicoutimi-Nord Sainte-Anne')]),
    C("Her ICD (Medtronic Cobalt XT DTPA2D1 SN RNX338102S) shocked her in the supermarket in Salford Ordsall. Pauline Hargreaves won't go shopping now. Exposure with cardiology on board?", [('device', 'Medtronic Cobalt XT DTPA2D1 SN RNX338102S'), ('place', 'Salford Ordsall'), ('name', 'Pauline Hargreaves')]),
    C('Does anyone know a Romanian-speaking therapist near Iași Tătărași? Florin Ciobanu, CNP 1760913224518, prefers in-person, phone 0742 318 906.', [('place', 'Iași Tătărași'), ('name', 'Florin Ciobanu'), ('ssn', '1760913224518'), ('phone', '0742 318 906')]),
    C("New client portal log: login from 88.156.42.201 at 03:12, then failed from 2a02:a31c:8145:e200::4f. Dana Koubková says she's the only one with the password.", [('ip_address', '88.156.42.201'), ('ip_address', '2a02:a31c:8145:e200::4f'), ('name', 'Dana Koubková')]),
    C('Einar Fossum\'s boat registration N-212-LO was in the paper after the collision in Lofoten Reine. He\'s now "the one who sank the kayakers". Shame work with a fisherman?', [('name', 'Einar Fossum'), ('vehicle', 'N-212-LO'), ('place', 'Lofoten Reine')]),
    C('Can someone read this before I send? "Ahmed Salihović, JMBG 2207981170023, Ulica Maršala Tita 44, Gornji Slavinovići, 75000. Attending since April, PTSD, fit for interview." Too much?', [('name', 'Ahmed Salihović'), ('ssn', '2207981170023'), ('street_address', 'Ulica Maršala Tita 44'), ('place', 'Gornji Slavinovići'), ('zip_code', '75000')]),
    C('Does anyone still use the Beck Depression Inventory or has everyone moved to the PHQ-9?'),
    C("How many of you do a formal risk assessment at every session versus only when there's a flag?"),
    C('Venmo @Desiree-Holt-88 keeps sending me money after sessions with a note "for being there". Desiree Holt, Chattanooga\'s Highland Park. Boundaries talk, how?', [('account', '@Desiree-Holt-88'), ('name', 'Desiree Holt'), ('place', "Chattanooga's Highland Park")]),
    C('Address for the home visit: Calle San Sebastián 219, Apt 3B, Viejo San Juan, 00902-3117. Carmen Delia Rosado, 95 last Tuesday. Son says she stopped eating when the power went out for a week.', [('street_address', 'Calle San Sebastián 219, Apt 3B'), ('place', 'Viejo San Juan'), ('zip_code', '00902-3117'), ('name', 'Carmen Delia Rosado'), ('age_over_89', '95 last Tuesday')]),
    C('Is the PSWQ still worth using? It feels long for what it tells me.'),
    C('Has anyone heard of Sister Pauline Meagher in Bray Little? My client keeps referencing her as her counsellor in the 80s, and what happened there. I think it was abuse.', [('name', 'Pauline Meagher'), ('place', 'Bray Little')]),
    C('My client in Nova Scotia switched from Zoloft to Wellbutrin in October and now sleeps four hours. Her NSHA psychiatrist says give it until Christmas. Thoughts from anyone in Atlantic Canada?'),
    C("Her Tiktok tiktok.com/@valeria.rincon.mx is where she posts about her dad's disappearance in Tierra Blanca. Valeria Rincón gets death threats in the comments. Safety first, surely?", [('url', 'tiktok.com/@valeria.rincon.mx'), ('place', 'Tierra Blanca'), ('name', 'Valeria Rincón')]),
    C("Olga Nilsen's daughter writes from maja.nilsen@live.no asking for progress reports. She is 58, capacity intact. I say no, right?", [('name', 'Olga Nilsen'), ('email', 'maja.nilsen@live.no')]),
    C('My client with autism asked for sessions by text only. Good accommodation or avoidance?'),
    C('Anyone in Estonia know if the Haigekassa covers psychotherapy via Peaasi or only via the Psychiatric Clinic? A Russian-speaking client asked me on Monday.'),
    C("phone 07700 914 338, Danny Keane, Gorton Tank. said he'd ring back and didn't. he'd mentioned a rope last week. I've done the welfare call. then what?", [('phone', '07700 914 338'), ('name', 'Danny Keane'), ('place', 'Gorton Tank')]),
    C("I'm thinking of dropping the ORS and SRS. Clients fill them in like a customer survey."),
    C('Medicaid ID MS 881204337, LaToya Frazier, 1212 Gloster St, Tupelo MS, 38804-2217. Postpartum, second baby, partner deployed. Telehealth ok.', [('health_plan', 'MS 881204337'), ('name', 'LaToya Frazier'), ('street_address', '1212 Gloster St'), ('place', 'Tupelo MS'), ('zip_code', '38804-2217')]),
    C("Team, reminder that the CPD workshop on moral injury is Friday. Brett Litz's model, bring your questions."),
    C('My supervisor says I over-validate. She might be right. How do you notice it in the moment?'),
    C('Is there a Polish version of the CORE-10? My client reads English but thinks in Polish.'),
    C("Aleksandra Pavlović's oxygen concentrator Inogen One G5 SN 81194417 was in the flat that flooded in Obrenovac. She's ninety-two next week. Daughter panicking.", [('name', 'Aleksandra Pavlović'), ('device', 'Inogen One G5 SN 81194417'), ('place', 'Obrenovac'), ('age_over_89', 'ninety-two next week')]),
    C('fax from +351 239 400 517 (Coimbra Celas psych), re Duarte Faria, processo CHUC 18823401, cartão de utente 192 448 703. Please confirm receipt.', [('fax', '+351 239 400 517'), ('place', 'Coimbra Celas'), ('name', 'Duarte Faria'), ('medical_record', 'CHUC 18823401'), ('health_plan', '192 448 703')]),
    C('I keep thinking about Dolores Iturbe. Ninety minutes in my office and she spent all of it on her brother who went missing in Ondarroa Kamiñazpi in 1980. How do you hold a 46-year wait?', [('name', 'Dolores Iturbe'), ('place', 'Ondarroa Kamiñazpi')]),
    C("Amaru Mamani won't say the day out loud. His brother died on 19 November 2019 and he's never said the date aloud. He's in Villa Ingenio alta.", [('name', 'Amaru Mamani'), ('date', '19 November 2019'), ('place', 'Villa Ingenio alta')]),
    C('Paroxetine withdrawal is brutal. My client tapered over five months and still had brain zaps.'),
    C('The Winnicott reading was dense but I liked "the capacity to be alone". Still thinking about it.'),
    C("My supervision group is reading Irvin Yalom's The Gift of Therapy again. Still good after twenty years."),
    C("What do you do when a client falls asleep in session? It's happened twice with the same man."),
    C("Liam O'Driscoll accessed his own notes from 2001:bb6:4c1:8d00:e1::7 and is upset about one line I wrote. He's in Skibbereen Gortnaclohy. How do you repair after a client reads notes?", [('name', "Liam O'Driscoll"), ('ip_address', '2001:bb6:4c1:8d00:e1::7'), ('place', 'Skibbereen Gortnaclohy')]),
    C("haha ok so dolores rivera from cayey finally came back after her hurricane anniversary no-show. I'm just glad she's alive tbh", [('name', 'dolores rivera'), ('place', 'cayey')]),
    C("Jaroslav Beneš Kučera won't sit with his back to the door. Ex-police in Karviná-Ráj. Classic, I know, but his wife now does the same.", [('name', 'Jaroslav Beneš Kučera'), ('place', 'Karviná-Ráj')]),
    C("Bupropion gave my client insomnia, so now she's on trazodone too. Polypharmacy creep."),
    C('Can anyone decode this fax header? "FROM +48 71 733 12 90 HOSP. WROCŁAW-KOZANÓW", patient Krystyna Gajewska, nr WSS/2026/44812. I think it\'s a psych discharge.', [('fax', '+48 71 733 12 90'), ('place', 'WROCŁAW-KOZANÓW'), ('name', 'Krystyna Gajewska'), ('medical_record', 'WSS/2026/44812')]),
    C('fax +1 868 623 9014 from the psych unit: Jerome Baptiste, Laventille Upper Bournes Road, file SFGH-P-20771, discharge 28 November 2026, for outpatient.', [('fax', '+1 868 623 9014'), ('name', 'Jerome Baptiste'), ('place', 'Laventille Upper Bournes Road'), ('medical_record', 'SFGH-P-20771'), ('date', '28 November 2026')]),
    C('has anyone got a good one-page explainer on panic for teenagers. the ones I have are too long'),
    C('the police gave Gabriel Ortiz back his car, plate PBG-8832, after the shooting at the mall in Quito La Carolina. his blood is still in the seat cover. he keeps driving it.', [('name', 'Gabriel Ortiz'), ('vehicle', 'PBG-8832'), ('place', 'Quito La Carolina')]),
    C('Is it strange that Greta Lindholm wants sessions outdoors? She lives near Mariehamn Klinten and says rooms make her feel "caught". I\'m tempted.', [('name', 'Greta Lindholm'), ('place', 'Mariehamn Klinten')]),
    C('The drivers\' union gave Ramiro Quintana my number; his licence BA-27.913.448 was suspended after the bus hit the cyclist in Rosario Echesortu. He wants to know if therapy "counts" for the appeal.', [('name', 'Ramiro Quintana'), ('licence', 'BA-27.913.448'), ('place', 'Rosario Echesortu')]),
    C('Benedikt Huber is a mountain guide from Ramsau Vorberg who lost a client on the Hoher Dachstein. He keeps saying he "checked the weather twice".', [('name', 'Benedikt Huber'), ('place', 'Ramsau Vorberg'), ('place', 'Hoher Dachstein')]),
    C('anyone worked with a dock worker after a crane collapse? Rui Esteves from Matosinhos Sul, nights are the worst, he checks the window for cables', [('name', 'Rui Esteves'), ('place', 'Matosinhos Sul')]),
    C("Eva Szabó's referral came from eva.szabo.pszich@gmail.com and she asks that I write only there. She's from Szeged Északi and works nights.", [('name', 'Eva Szabó'), ('email', 'eva.szabo.pszich@gmail.com'), ('place', 'Szeged Északi')]),
    C('My clients in Argentina are all talking about the economy more than their symptoms. The inflation is the symptom.'),
    C('In Chile the Ley de Salud Mental changed how involuntary admissions work. Has it affected your referrals?'),
    C("booking link went to the wrong person again. Tobias Reiter got Annika Holm's session link, https://meet.jit.si/praxis-holm-0412. How do you tell a client about a breach?", [('name', 'Tobias Reiter'), ('name', 'Annika Holm'), ('url', 'https://meet.jit.si/praxis-holm-0412')]),
    C("Lynk @tameka.ferguson.ja — Tameka Ferguson in August Town is paying for her brother's sessions. He's 17. Parental consent in Jamaica?", [('account', '@tameka.ferguson.ja'), ('name', 'Tameka Ferguson'), ('place', 'August Town')]),
    C('ok wording check: "Branko Jovanović\'s prosthesis (Ottobock Genium X3 SN 4412X3-0871) was damaged at work in Kragujevac Aerodrom"... is the serial needed in a therapy letter? obviously not right', [('name', 'Branko Jovanović'), ('device', 'Ottobock Genium X3 SN 4412X3-0871'), ('place', 'Kragujevac Aerodrom')]),
    C('My client keeps apologising for crying. I\'ve started saying "tears are welcome here". Corny but it works.'),
    C("Has anyone used the Child PTSD Symptom Scale in Spanish? I can't find a validated version."),
    C('Augusto Lima is the only Brazilian in his team in Aberdeen Torry and says the North Sea "is a bad mother". He\'s on rotation, 2 weeks on, 3 off.', [('name', 'Augusto Lima'), ('place', 'Aberdeen Torry')]),
    C("Yom Kippur falls on a Monday next year so I'm closing that day."),
    C('The Irish Council for Psychotherapy says supervision must be monthly. Mine is every three weeks. Is that enough?'),
    C('Kerstin Wallgren keeps saying her father "went into the lake" in Siljansnäs. I finally asked, and it was suicide. She\'s 64 and this is the first time she\'s said the word.', [('name', 'Kerstin Wallgren'), ('place', 'Siljansnäs')]),
    C("The wheelchair (Quickie Q7 serial QX7-44019-A) was damaged by the airline and Ignacio Lema has been housebound in Vigo Teis for 5 weeks. He's furious and low.", [('device', 'Quickie Q7 serial QX7-44019-A'), ('name', 'Ignacio Lema'), ('place', 'Vigo Teis')]),
    C("Anyone near Whitehorse Riverdale? Daniel Tizya wants someone who knows Vuntut Gwitchin families. He's back from Old Crow village for work and drinking more.", [('place', 'Whitehorse Riverdale'), ('name', 'Daniel Tizya'), ('place', 'Old Crow village')]),
    C("Teodora Vlašić still won't take the ferry back to Mali Lošinj, even for her father's name day. Is it worth pushing exposure if the island is where her whole family is?", [('name', 'Teodora Vlašić'), ('place', 'Mali Lošinj')]),
    C('Portal audit for client Esperanza Melgar: logged in from 190.53.17.224 (El Salvador) while she was in session with me in Houston Gulfton. Her brother has her password?', [('name', 'Esperanza Melgar'), ('ip_address', '190.53.17.224'), ('place', 'Houston Gulfton')]),
    C('rushed q - sven ekholm from bergsjön rymdtorget no-showed twice and now emails at 2am from sven.ekholm71@telia.com. reply or wait for session?', [('name', 'sven ekholm'), ('place', 'bergsjön rymdtorget'), ('email', 'sven.ekholm71@telia.com')]),
    C("I'm taking a break from the group for January. Happy new year everyone."),
    C('Has anyone used Written Exposure Therapy with interpreters? Five sessions feels doable but the writing part worries me.'),
    C("Ramadan starts mid-February next year, so I'm moving my Muslim clients' evening slots earlier. Does anyone else do this or is it presumptuous?"),
    C("Jakub Hrabal is a tram driver in Brno Juliánov who hit a pedestrian in October. Company psych saw him once. He's back at work and shaking. Who takes Czech VZP?", [('name', 'Jakub Hrabal'), ('place', 'Brno Juliánov')]),
    C("I've started closing my laptop during sessions even for telehealth notes. More present, worse notes."),
    C("The insulin pump (Tandem t:slim X2 SN 1190442) got wet in the flood and Deborah Kinsella hasn't trusted it since. She checks her sugar 40 times a day in Enniscorthy Drumgoold.", [('device', 'Tandem t:slim X2 SN 1190442'), ('name', 'Deborah Kinsella'), ('place', 'Enniscorthy Drumgoold')]),
    C('Karel Dvořák (not the composer, he jokes) is 58 and from Most Chanov. He worked the lignite mine for 30 years. Since it closed, he sits in the car in the lot. Depression or grief, does it matter?', [('name', 'Karel Dvořák'), ('place', 'Most Chanov')]),
    C("I'm struggling with a client who wants me to agree his ex is a narcissist. I don't know her. How do you stay neutral without invalidating?"),
    C('Does anyone know Marcus Ellery from the youth service in Kilburn? My client says he is the only adult who ever listened.', [('name', 'Marcus Ellery'), ('place', 'Kilburn')]),
    C("Gerald Twohig is 90 years and 4 months and won't stop driving. His daughter called me about it; I'm seeing him for depression. Not my call, right? He lives out past Castleisland's Cordal.", [('name', 'Gerald Twohig'), ('age_over_89', '90 years and 4 months'), ('place', "Castleisland's Cordal")]),
    C("What does everyone think about the Caribbean Association of Psychologists' new code? I saw a summary on LinkedIn."),
    C("The Norwegian Directorate of Health just published new guidance on trauma in asylum seekers. It's only in Norwegian so far."),
    C("I read Pat Ogden's Sensorimotor Psychotherapy over Christmas and I'm still not sure how to use it with people who hate their bodies."),
    C("Is it ever okay to tell a client you're pregnant before you're showing? I have to plan leave."),
    C("has anyone seen Oskar Lindqvist in the Tuesday group at Östra Ålidhem vårdcentral? he's from Teg Västra and said he'd been to you before, just want to check before I take him on", [('name', 'Oskar Lindqvist'), ('place', 'Östra Ålidhem'), ('place', 'Teg Västra')]),
    C('account for tips: Revolut @ligiamatos, Lígia Matos wants to "pay it forward" for a client who can\'t afford sessions. is that ever ok', [('account', 'Revolut @ligiamatos'), ('name', 'Lígia Matos')]),
    C('Fax from Sundsvall psychiatry (060-18 44 09) for Linnea Strand, personnummer 19910407-3382, journal SVL-25-03318. Referral for trauma-focused CBT.', [('place', 'Sundsvall'), ('fax', '060-18 44 09'), ('name', 'Linnea Strand'), ('ssn', '19910407-3382'), ('medical_record', 'SVL-25-03318')]),
    C('Her Dexcom (G7 SN 4B27-11DF-90) alarms at school and the other kids laugh. Emily-Rose Carrick, 13, Cobh. The mum asked if therapy can "fix the embarrassment".', [('device', 'G7 SN 4B27-11DF-90'), ('name', 'Emily-Rose Carrick'), ('place', 'Cobh')]),
    C('Amara Fofanah-Lindström says her teachers in Hammarkullen call her "the refugee" though she was born there. She\'s 14. School meeting next week; how do I prep her?', [('name', 'Amara Fofanah-Lindström'), ('place', 'Hammarkullen')]),
    C('Noah Bergstrom from Grand Marais brought me a stone from Lake Superior today. He says it "holds still". I kept it on the table.', [('name', 'Noah Bergstrom'), ('place', 'Grand Marais')]),
    C('acct for the sliding scale refund: PL61 1090 1014 0000 0712 1981 2874 (client Zuzanna Pietrzak). just say if someone already sent it', [('account', 'PL61 1090 1014 0000 0712 1981 2874'), ('name', 'Zuzanna Pietrzak')]),
    C('Mariusz Dudek says his wife tracks his phone. He gave me her email k.dudek.poczta@o2.pl "in case anything happens". I don\'t want that. How do I hand it back?', [('name', 'Mariusz Dudek'), ('email', 'k.dudek.poczta@o2.pl')]),
    C('I\'ve decided to stop using the word "resilience" with clients. It sounds like a demand.'),
    C('The HSE, the Irish Hospice Foundation and Barnardos have a joint bereavement training in April. Free for NGOs, €90 for private practitioners.'),
    C('anyone trained in CPT for sexual assault, how many sessions are you actually getting through'),
    C('Antti Rautio from Rovaniemi Ounasrinne east, HETU 080563-217T, wants sessions after his reindeer herd got hit by the train. Is there any rural Lapland service?', [('name', 'Antti Rautio'), ('place', 'Rovaniemi Ounasrinne east'), ('ssn', '080563-217T')]),
    C("I'm supervising a trainee whose licence NMC 19A2284E came up in a complaint. Gemma Thornhill is shaken. Is it my place to suggest her own therapy?", [('licence', 'NMC 19A2284E'), ('name', 'Gemma Thornhill')]),
    C('a client asked me if therapists ever cry after sessions. I said yes. was that too much'),
    C("WhatsApp +57 315 228 4419: Lina Marcela Ospina, Manrique, asking if I do sessions in Spanish for her mother. Yes, but I'm in Barcelona.", [('phone', '+57 315 228 4419'), ('name', 'Lina Marcela Ospina'), ('place', 'Manrique'), ('place', 'Barcelona')]),
    C("Our team in Ontario is debating whether to use the CATS or the CPSS for kids. The southern trainers prefer the CATS, the northern ones the CPSS. We're somewhere in the middle, so help!"),
    C('Phone number on the intake sheet is +46 70 318 22 94, Adnan Husić, he moved from Bihać to Malmö Seved. Bosnian-speaking therapist needed, war trauma, 1993.', [('phone', '+46 70 318 22 94'), ('name', 'Adnan Husić'), ('place', 'Bihać'), ('place', 'Malmö Seved')]),
    C('A client told me she reads her horoscope before each session to see if it\'s "safe" to talk. I found it sweet. Should I have explored it?'),
    C('Alinta Graves wears a cochlear processor (Nucleus 8 SN 6102338119) and her teacher in Dartmouth Woodlawn asks her to take it off for swimming and then shouts at her. Mum wants help with school.', [('name', 'Alinta Graves'), ('device', 'Nucleus 8 SN 6102338119'), ('place', 'Dartmouth Woodlawn')]),
    C("What's the etiquette on accepting a small Christmas gift from a client? Chocolates, nothing big."),
    C("Is anyone in Paramaribo Pontbuiten? Radjkoemar Ramdin wants someone who knows Hindustani-Surinamese families. He's just moved back from Rotterdam Feijenoord.", [('place', 'Paramaribo Pontbuiten'), ('name', 'Radjkoemar Ramdin'), ('place', 'Rotterdam Feijenoord')]),
    C('Is there any Spanish-language material on perinatal OCD? Postpartum Support International has some, but little.'),
    C("Plate RO 4418 AB? That's Costel Bălan's truck, stuck at the border for 11 days, sleeping in the cab near Halmeu. Panic attacks on the phone with me.", [('vehicle', 'RO 4418 AB'), ('name', 'Costel Bălan'), ('place', 'Halmeu')]),
    C('I keep doubting myself with clients who are much older than me. Any reading on that?'),
    C("Dalia Žukauskaitė asked me to pay back her deposit to SEB LT18 7044 0600 0815 3321. She's moving to Ireland. Refund policy?", [('name', 'Dalia Žukauskaitė'), ('account', 'SEB LT18 7044 0600 0815 3321')]),
    C('Is there any research on night-shift workers and trauma processing? My clients who work nights seem to recover slower.'),
    C('Back from the BABCP conference. Best talk was on imagery rescripting for social anxiety.'),
    C("Ileana Cristea left Reșița at 19 and has cleaned houses in Turin Barriera di Milano for twenty years. Her daughter just told her she's ashamed of her job. She came in broken.", [('name', 'Ileana Cristea'), ('place', 'Reșița'), ('place', 'Turin Barriera di Milano')]),
    C("Reading group: we're doing Judith Herman's Truth and Repair in January, chapters 1-4 first. Bring thoughts on the justice chapter."),
    C('Dialectical Behaviour Therapy waiting lists in Wales are now over a year. The skills group is all I can offer.'),
    C('The Danish Psychological Association has a helpline for therapists. Anything like that in the Netherlands?'),
    C("The BPS code says I should keep notes for seven years. The HSE says eight. I'm in Northern Ireland, working for both. Help."),
    C('Olanzapine weight gain is why two of my clients stopped. Anyone seen metformin alongside help?'),
    C('Faxed notes for Eleni Papadaki-Vrentzou came through on +30 2810 392 114, our old number in Heraklion Atsalenio. Who else saw them before I did? Ugh.', [('name', 'Eleni Papadaki-Vrentzou'), ('fax', '+30 2810 392 114'), ('place', 'Heraklion Atsalenio')]),
    C("Patient record CHUV-2207-81455? She's Séverine Crausaz, a nurse in Renens, and she thinks a colleague opened her psychiatric file. Swiss data law experts?", [('medical_record', 'CHUV-2207-81455'), ('name', 'Séverine Crausaz'), ('place', 'Renens')]),
    C('When a client asks for my opinion on their medication, I refer them back to the psychiatrist. But sometimes they just need to be heard.'),
    C("Valentina Ruiz Moya is a paramedic in Talcahuano and she can't stop seeing the faces from the fires last February. Her licencia A2 18.442.901-3 was suspended after a small crash in October, which made it all worse.", [('name', 'Valentina Ruiz Moya'), ('place', 'Talcahuano'), ('licence', 'A2 18.442.901-3')]),
    C('Working on Saturdays is killing me. How do you all protect the weekend?'),
    C("Ramadan, Lent and Passover all overlap in spring next year. I'm planning our Tuesday and Thursday groups around Iftar times. Any Muslim or Jewish colleagues with advice?"),
    C("Can someone who knows the Mexican system help Rodrigo Valdés? His contact is rodrigo.valdes.t@hotmail.com, he's in Tepito Morelos and lost his brother to the cartel. He wants online therapy.", [('name', 'Rodrigo Valdés'), ('email', 'rodrigo.valdes.t@hotmail.com'), ('place', 'Tepito Morelos')]),
    C("Plate GD 4K771 keeps parking outside my client's work in Gdańsk Przymorze. Her ex. Police say not enough. Beata Lis wants letters for the court. What do you include?", [('vehicle', 'GD 4K771'), ('place', 'Gdańsk Przymorze'), ('name', 'Beata Lis')]),
    C('Email from mlopez.cuidados@yahoo.es: "my father Manuel López Ferrer is 97 this past spring and cries at night since my mother died in Linares". Family wants home visits. Anyone in Jaén province?', [('email', 'mlopez.cuidados@yahoo.es'), ('name', 'Manuel López Ferrer'), ('age_over_89', '97 this past spring'), ('place', 'Linares')]),
    C("Who here works with firefighters? I'd like to start a peer group for them in the spring."),
    C('Ricardo Mendes Barros, CPF 418.207.936-51, SUS 702 4058 1123 9940, lives at Rua Voluntários da Pátria 1530, apto 42, Botafogo Humaitá, 22270-010. Wants online therapy in Portuguese from London Hackney Wick.', [('name', 'Ricardo Mendes Barros'), ('ssn', '418.207.936-51'), ('health_plan', '702 4058 1123 9940'), ('street_address', 'Rua Voluntários da Pátria 1530, apto 42'), ('place', 'Botafogo Humaitá'), ('zip_code', '22270-010'), ('place', 'London Hackney Wick')]),
    C("hospital file HUS-2026-448120 for Pekka Lehtonen, Vantaa Myyrmäki. I don't want the whole file, just his meds. Is asking for the file ok?", [('medical_record', 'HUS-2026-448120'), ('name', 'Pekka Lehtonen'), ('place', 'Vantaa Myyrmäki')]),
    C("Does anyone know if the WHO's Problem Management Plus has been tested in Eastern Europe?"),
    C("Zofia Nowicka walked in with her husband's hearing aid (Oticon Intent SN 2291-77403) in her bag. He died in June. She carries it everywhere. Leave it alone for now?", [('name', 'Zofia Nowicka'), ('device', 'Oticon Intent SN 2291-77403')]),
    C("I'm trying Metacognitive Therapy after reading Adrian Wells's book. Anyone in the UK or Denmark trained at the MCT Institute? Is the Level 1 course worth it?"),
    C("I'm worried about Lívia Bártová from Ostrava Poruba. She's stopped eating at work, canteen staff noticed. Her rodné číslo is on the form: 925816/4412. Eating disorder service waitlist is 8 months.", [('name', 'Lívia Bártová'), ('place', 'Ostrava Poruba'), ('ssn', '925816/4412')]),
    C("Jarosław Pluta cried when his son asked if they'd ever go back to Sanok. He's a welder, says he hasn't cried since the army. First time he named the divorce as a loss.", [('name', 'Jarosław Pluta'), ('place', 'Sanok')]),
    C("Note to self and others: the APA's new telehealth guidance says to confirm the client's location at every session."),
    C("Zopiclone dependency is something I'm seeing more with older men. Any good patient leaflets in plain English?"),
    C("The court tag (BI SL3 #40-881-273) gives Tyrell Banks-Odom a rash and the probation officer in Gary Glen Park says that's not her department. Who advocates?", [('device', 'BI SL3 #40-881-273'), ('name', 'Tyrell Banks-Odom'), ('place', 'Gary Glen Park')]),
    C('New referral: Sofía Benítez Duarte, cédula 4.821.336, +595 981 442 107, San Lorenzo Barcequillo. Panic attacks at the bank where she works after a robbery.', [('name', 'Sofía Benítez Duarte'), ('ssn', '4.821.336'), ('phone', '+595 981 442 107'), ('place', 'San Lorenzo Barcequillo')]),
]

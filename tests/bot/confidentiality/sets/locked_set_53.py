"""FIFTY-THIRD LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (as the second
blind set of its round beside locked_set_52.py), and independently of the
guard: the author did not open, read, search or run anything under bot/
(bot/confidentiality/ included) or scripts/, did not run the guard,
bench/guard_eval.py or any test that imports or runs the guard, did not
read bench/README.md, README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or diffs of any commit, and did
not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_51.py (locked_set_52.py was being written
at the same time in another worktree and was not seen at all).  What was
read: the module docstrings of tests/bot/confidentiality/sets/
locked_set_51.py and locked_set_49.py (each printed once, up to its
closing triple quote, for the format description, the provenance
wording, the labelling conventions and their lists of settings, so that
this set's differ; none of their cases), the settings paragraph of
locked_set_50.py's docstring (printed once through an awk filter from
the line starting "Settings" to the next blank line; nothing else of that
file), the first 25 lines of tests/bot/confidentiality/sets/
locked_set_13.py (its docstring) and, in a separate command, its last
three lines (two snippets, for the file format; none of their sentences
was copied), the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py (exactly lines 29-41, nothing else of that file), and
tests/bot/confidentiality/test_locked_sets.py (the data integrity checks,
which hold no snippets).  Each reading was printed once, on its own, and
none was cut.  ONE SLIP of the reading rule occurred and is stated here:
at the very start, before reading the rules' list of forbidden items
closely, the author ran "git status | head -5 && git log --oneline |
head -5" in this worktree to see the branch, which printed the one-line
subjects of the five most recent commits (the merge lines of sets 50 and
51, the line adding sets 48 and 49 to the development data, and the
subject lines of round 43's rules and weights commits, which name in a
single sentence the kinds of cases those rules address).  No diff, body
or file of those commits was opened, and no further git log was run.
The snippets below were not written to probe or to avoid those subjects;
the reader should weigh the set's scores on them (Hungarian-style and
spaced dotted dates, plates and licences written in other languages,
Kosovo and Chile postcodes, streets named first, regions' English names)
with the slip in mind.  The overlap filter described below imported the
earlier sets and printed only this set's own clashing strings.  The only
test file run was test_locked_sets.py (selected with -k 53); ruff was
run on this file and on that test file.  The other set of this round (52)
is set in Africa, Asia and Oceania, so every snippet here is set in
Europe and the Americas (and their diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit, as a message to peers in a therapists' consultation group,
in Valencia's DANA towns (Paiporta, Albal, Catarroja, Alfafar, Sedaví,
Algemesí, Chiva), Slovenia's August 2023 floods (Prevalje, Kamnik, Črna
na Koroškem, Ljubljana, Ravne), Thessaly after Storm Daniel (Metamorfosi,
Volos, Farsala) and the Tempi train crash, Belgrade's school shooting,
Novi Sad's canopy collapse and blockades, the Kočani nightclub fire, the
Ahr valley floods, the Emilia-Romagna floods (Faenza, Conselice, Lugo,
Cesena), Prague's faculty shooting, the September 2024 Central European
floods (Kłodzko, Lądek-Zdrój, Stronie Śląskie, Nysa, Jeseník, Opava,
Krnov), Ukrainians from Kherson, Pokrovsk, Irpin, Bucha, Kharkiv oblast
and Mariupol in Poland, Moldova, Lithuania and Portugal, a Chișinău
wife, the Crevedia gas blast, the Jablanica landslide, Glina after the
quake, Grindavík's evacuation, the Örebro school shooting, a Vantaa
school shooting, Narva's and Daugavpils' Russian speakers, the
Lithuanian-Belarusian border, the Southport attack and the riots after
it, the Post Office scandal, the infected blood inquiry, the Creeslough
explosion, the Dublin riot, the Stardust inquests, Storm Babet,
Grenfell's neighbours, Jasper's fire, the Portapique shootings, the
James Smith Cree Nation stabbings, Lac-Mégantic, Lewiston's shooting,
Uvalde, Helene in Swannanoa and Chimney Rock, the Texas Hill Country
floods, the Altadena and Palisades fires, the Surfside collapse,
Baltimore's Key Bridge crew, Buffalo's supermarket shooting, Nashville's
school shooting, Hurricane Otis in Acapulco, the Ciudad Juárez
migrant-centre fire, the Darién crossing, Peru's Juliaca protests, the
Viña del Mar fires, the Rio Grande do Sul floods, Maceió's sinking
ground, Petrópolis' landslides, Brumadinho's dam, Hurricane Melissa's
Jamaica, Beryl on Union Island and Carriacou, Haiti's gangs and
Haitians in Miami and Montréal, the Matanzas oil fire, Puerto Rico after
Fiona, the San Cristóbal blast, Trinidad, Barbados, Guyana's Mahdia
dormitory fire, Guayaquil's gangs, Colombia's Catatumbo, Argentina's
cuts, Bahía Blanca's storm, a Uruguayan care-home fire, Paraguay's
Tacumbú, Costa Rica, Madeira's fires, Pedrógão Grande, Kongsberg, Sámi
Inari, Lithuanian deportees, a Romanian trucker at Siret, Åland and the
Winter War, Crans-Montana's bar fire, Groningen's gas quakes, Kiruna,
the Navajo Nation, Fort McMurray, Mapuche Temuco, Saint Lucia, Curaçao,
Martinique, Loíza and elsewhere: short referral lines, rushed lower-case
chat (one identifier snippet writes its name and place in lower case),
forwarded faxes, portal and audit logs, and longer narrative requests
with the identifiers mid-sentence (fifteen of 371-481 characters).
Sixty-six of the identifier snippets hold only a name and/or a place,
written as ordinary consultation prose or questions to peers, often with
the name mid-sentence or at the start of a sentence and no cue word
before it (several use a first name alone).  Nothing was composed by a
script: the author wrote the snippets in plain text files outside the
repository with the planted spans marked inline, and a script (also kept
outside the repository, in /tmp/set53work/) only stripped the marks into
the expected lists, checked lengths, token boundaries, duplicate spans
and duplicate snippets, measured the clean density, checked overlap with
the earlier sets, shuffled the order with a fixed seed and wrote this
file.  Later edits were typed by hand as find-and-replace pairs that a
small script applied to the drafts.  Edits made after drafting, stated
here: seven false starts and asides the author had typed into the
identifier drafts (an address followed by "... no, she's in", a herd
"through the ice ... sorry, no, it was a road collision", a ferry crew
"not on the ferry, sorry", a whiteout followed by "I mean in freezing
rain", a GP's name followed by "I mean the GP, not relevant", a wrong
name followed by "sorry, wrong name, I mean", and a name followed by "no,
wrong group") were cut with their
values or rewritten; six honorifics (Nonna, Abuelo, Doña twice, Seu and
Dona) were moved out of name spans and four ages written after them were
labelled; four repeated first names written unlabelled later in their
snippets were replaced by pronouns or "her mother"; a school named after
a person, a campus name, a school named for a surname, a building's name,
a club's name and a hospital named after a person were replaced by "the
school", "the campus", "the elementary", the town, "the club" and
"regional hospital"; an opening "Ages:" was rewritten; a country
wrongly labelled as a place was unlabelled; a date written unlabelled was
cut; and about thirty place names written unlabelled (cities opening a
message before a shooting, a riot, a fire, an evacuation or a blast,
cities after "in", "to" and "from", a neighbourhood, a square, an estate,
an island, a First Nation, a county and a camp town) were labelled or
replaced.  Forty-three identifier drafts (twenty-one of them names and
places only) and then eight more (device, date and national-number
lines) were dropped to bring the identifier snippets nearer the size
asked for.  About sixty planted numbers that the author had
typed with the same run of digits ("418227" and its parts) were retyped
by hand with other digits.  In the clean drafts, three cities (a
capital in a question about public services, a capital in a move and a
capital beside a Brazilian state), two cities standing for their regions
and a city in a training centre's name were replaced by the country,
the region or a generic course; a clean line found inside an earlier
set's snippet was lengthened; thirteen short lower-case clean lines were
dropped and eight messages with several capitalised words were added.  Overlap with the earlier sets was resolved by
renaming only this set's planted values, with a filter that imported the
earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 195 values in the first
round, run after the drafts above were dropped (48 names - 42 of them
first names alone -, 120 places, 16 ages over 89, 3 postal codes, 2
phone numbers, 2 national numbers, an account, a date, a device and a
plate; names were
given a surname, a second surname or an initial, places were given
their city as a possessive or lengthened with a neighbourhood, quarter,
side, end, district or estate, ages written with more words, postal
codes given a country prefix or moved, numbers changed), 11 in the
second (seven ages, three places and a postal code), 3 in the third
(two ages and a name); the passes after the retyped numbers and a
last age rewording found nothing.

Settings (chosen to differ from sets 49's, 50's and 51's; set 48's list
was not read): a ground floor not slept on, mud checked at night, a
ravine that "may come again", a bakery reopened in a week, a lower
meadow lost, a carriage behind the one that burned, silt that smells of
the animals, a child who won't pass a school, a blockade that can't be
left, a song remembered from a club fire, sandbags kept in a hall,
helicopter noise, a dialect grandmother of two floods, the faculty
steps, a house rebuilt alone, a van off a bridge, pension savings in a
cellar, hypervigilance read as ADHD, a husband called up across a river,
a payment from a war zone, an unpacked suitcase, phantom gas, a roofer
who won't work on old houses, a harbour smell missed, a storeroom
hiding, a course not yet safe to finish, a nurse who is "fine, just
tired", a citizenship row at dinner, a death in the border forest, a
dance class and a locked shop door, a postmaster's conviction,
manufactured shame, an inquiry and a dying husband, a shop opposite an
explosion, a farmer-fireman-father, a bus burned in a riot, ewes lost in
a river, housing forms, a neighbour shot in a village, a reluctant young
man, an uncle found, a Cree-speaking referral, a train-night
anniversary, a deaf bowling league, lockdown drills, a memorial visited
at noon, a tractor rescue, a boy playing "flood", a camp counselor's
mother, a father's house, a helper's double loss, a therapist's burned
office, a ninth floor, a bridge crew and a brother off that week, a
supermarket register, a child asking about God; a hotel cleaner, a
bathtub through the eye, a burned migrant and a K'iche' grandmother, a
river crossing with children, a mother talking to her son by the lake,
four days on a roof, "the water came to collect", a salt-mine house, a
digger who sleeps with the light on, a bus driver's lost second trip, a
boat's wreck slept on, a guesthouse full of others' things, counted
doors, relief at not knowing, a firefighter cadet, insulin on ice, a
taxi after a blast, a taxi at gunpoint, a freezer at a fish stall, a dorm
fire, a brother taken by a gang, hens asked for, a job lost to cuts, a
collapsed club roof, a care-home fire next door, a guard's cousin, a
lifeguard's two swimmers, a gas field that cracked a marriage, a town
that "knows", a mosque instead of a clinic, a flood told only when it
rains, a brother "lifted" in 1972, a café instead of a clinic, a letter
that must not name a town, a roommate found, calls listened to, a fire
told only when drunk, a raid "still happening", a mothers' group, dreams
in Papiamentu, therapy in Creole, an espiritista; a garden hose against
a fire, a pacemaker "counting", a hitchhiker never told about, a bus
route past a square, a thank-you letter read every night, a doxxed pump
operator, a pump checked forty times a day, a dead husband's fitness
band, an ankle monitor "like the river", a concentrator on a generator,
a prosthesis and a clinic that talks "like a tourist", dry bread in a
tin, a border queue and a brawl, alarms heard "through the bone", a boy
waiting to go home, the Winter War on video; fundraisers and postings (GoFundMe,
JustGiving, Instagram, TikTok, Telegram, Blogspot, Substack, YouTube,
Facebook, Linktree, Reddit), Zoom and Jitsi links, login alerts, audit
logs and a stalker's IP; stolen and broken devices (a Dexcom on a train,
a pacemaker to be switched off, an Omnipod in a snowstorm, a hearing aid
smashed at a protest, an airline's wheelchair, a shared Libre, a spinal
stimulator, a cochlear processor in a fight, a concentrator in a power
cut, a CGM "hacked", a court alcohol tag, a CPAP melted, a wheelchair
carried upstairs); crashes and licences (a lorry on the S8, a Greek
taxi, a port lorry and a cyclist, a rear-ended family, a truck rolled in
freezing rain, a paramedic, a nurse under investigation, a Kingston
taxi, a flood claim, a pickup afloat, a car in a riot, a tram-dodging
car, a torched student's car, a combi in a river, a drive through a
fire, a Norwegian bus, a logging truck and a snowmobile, a Romanian
lorry); and very old clients (a Romagnola of two floods, a Valencian
widow in her own bed, a Ukrainian evacuee, a Latvian woman alone, a
Lithuanian deportee, an Åland woman, a Greek flood resident, an
abuelo at a memorial, an Altadena homeowner, a K'iche'
grandmother, a Brazilian grandfather, a Colombian grandmother, a German
woman of the firebombing, a Jaén woman seeking a grave, a Lofoten
fisherman, a Leningrad siege survivor); with local identifier formats
for Spanish DNI, Slovenian EMŠO, Serbian and Bosnian JMBG, Macedonian
EMBG, Italian codice fiscale, Portuguese cartão de cidadão and NIF,
Finnish HETU, a Venezuelan CI, a Kosovar ID, a Bulgarian ЕГН, Polish
PESEL, Moldovan IDNP, Romanian CNP, Icelandic kennitala, Swedish
personnummer, Latvian personas kods, Lithuanian asmens kodas, British NI
number, Irish PPSN, US SSN, Mexican CURP, Guatemalan DPI, a Panamanian
carné, Peruvian DNI, Brazilian CPF, Haitian NIF, a Cuban carné, a
Dominican cédula, a Barbadian NRN, Argentine DNI, Uruguayan and Costa
Rican cédulas and a Paraguayan CI (ssn); Valencian, Lithuanian, Northern
Irish H&C, Bosnian MBO, Peruvian, Lisbon, Lausanne, Boston, Toronto,
Helsinki and Barcelona hospital files, an NHS number, a Scottish CHI and
a Kaiser MRN (medical_record); SIP, ZZZS, KVNR, tessera sanitaria, RAMQ
(twice), Irish GMS, VZP, Nova Scotia MSI (twice), Saskatchewan,
Medicare MBI, IMSS, SIS, SUS, Plan Vital and CCSS numbers
(health_plan); MonCash, Slovenian, Polish, Greek, Belgian (Wise),
Romanian and Bosnian IBANs, Vipps, Twint, PayPal, Zinli, SINPE Móvil,
Monobank, Pix, Lynk and Mercado Pago CVU (account); Portuguese,
Norwegian, Arizona, Romanian, Polish, Greek taxi, UK DVLA, California,
Ontario, Jamaican, Irish, Quebec and Texas driving licences, HCPC, NMC,
Italian Ordine degli Psicologi and Brazilian CRP registrations
(licence); Macedonian, Portuguese, Norwegian, Czech, Finnish, Romanian,
Greek taxi, California, Ontario, Jamaican, Brazilian Mercosur, Irish,
Croatian, Serbian, Mexican, Chilean, Polish, Dominican taxi and
Trinidadian plates (vehicle); pacemakers, an ICD, insulin pumps, a
CPAP, a CGM and a Dexcom, hearing aids, cochlear processors,
wheelchairs, a spinal stimulator, a prosthesis, oxygen concentrators,
an IMEI, an ankle monitor and an alcohol tag (device); addresses written
the local way (Valencian carrer with floor and door, German Hauptstraße,
Italian via with interno, Czech street, Portuguese rua with floor and
side, Polish ul. with flat, Moldovan str. and ap., Romanian strada, nr.,
bl., sc. and ap., Swedish gata with lgh, English road, Quebec rue and
app., US avenue and via, Mexican avenida with interior, Brazilian rua
with apto, Puerto Rican calle and barrio, Argentine avenida with floor
and letter) with postal codes of those countries, IPv4 and IPv6
addresses, URLs and phone and fax numbers in local and international
formats.

392 snippets, 235 with identifiers and 157 clean (lengths 60-481,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 12):
date 20, age_over_89 17, phone 18, fax 14, email 13, url 13,
ip_address 13, ssn 35, medical_record 14, health_plan 17, account 16,
licence 17, vehicle 19, device 19, street_address 18, zip_code 18;
with 243 names and 260 places smaller than a state (the test requires
243 and 260).  66 of the identifier snippets hold only names and/or
places and nothing else.

Names: Valencian and Castilian Spanish, Slovene, Greek, Serbian,
Macedonian, German, Italian and Romagnolo, Czech, Polish, Ukrainian,
Moldovan and Romanian, Bosniak, Croatian, Icelandic, Swedish, Iranian
Swedish, Finnish and Sámi, Russian-Estonian, Latvian,
Lithuanian, English, Welsh, Bangladeshi British, Nigerian British,
Scottish, Irish and Irish-language, Irish Traveller, Brazilian Irish,
Acadian and Québécois, Nova Scotian, Cree, Inuit,
Anishinaabe, Diné, Anglo-American, African American, Mexican American,
Honduran, Guatemalan K'iche', Venezuelan, Peruvian Quechua and Aymara,
Chilean, Brazilian (Gaúcho and Northeastern), Jamaican, Vincentian,
Grenadian, Haitian, Cuban, Puerto Rican, Dominican,
Trinidadian Indian, Barbadian, Guyanese Indian, Ecuadorian, Colombian,
Argentine, Uruguayan, Paraguayan, Costa Rican, Portuguese, Norwegian,
Danish, Dutch,
Flemish, Romandy Swiss, French, Ghanaian-Danish, Somali Swedish,
Curaçaoan, Martiniquais, Saint Lucian, Mapuche and Kosovar Albanian
names; lower-case names and places, hyphenated and multi-part names,
Irish-language names with Ní and Uí, Catalan names with i, honorifics
kept outside the spans (Nonna, Abuelo, Doña, Seu, Dona, Mr) and names
with diacritics and apostrophes.  Places: barris, quarters and districts,
villages and hamlets, estates, neighbourhoods and their ends and sides,
harbours and beaches, First Nations, chapters and townships, barrios and
colonias, favelas' hills, parishes' districts, islands, and places after
street addresses.

Clean snippets: peer-consultation messages, questions, statements,
updates, scheduling chatter, supervision reflections and reading-group
notes, spread over three bands of capitalised words after the first
word (counted by the author's script, the pronoun "I", sentence starts
and acronyms included): 68 with 0-2 (most of them written largely in
lower case), 45 with 3-5 and 44 with 6 or more (571 in 157 snippets,
about 3.6 per snippet): drug brands and generics, scales and
questionnaires, therapy models and their founders, real published
authors and books, guidelines and programmes, cultural idioms (ataque
de nervios, susto), weekdays, months, seasons, religious holidays and
fasts, professional bodies, ministries, charities, apps, countries,
states, provinces, counties of the first level and regions,
nationalities, religions and languages, and no place smaller than a
state or a country's first-level subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase as C

LOCKED53_CASES: list[C] = [
    C('Wanting thoughts on a bind: Dolores Ibáñez Roig, ninety and three months, lives alone in Chiva above the ravine that flooded on 29th of October 2024. Her pacemaker (Medtronic Azure SN RNK602915H) was checked after she was pulled out of the water, and since then she says she can "hear it counting". Cardiology says it\'s fine. Her son in Manises wants her in a residence; she wants to die in her own bed. What would you prioritise in the first few sessions with someone her age?', [('name', 'Dolores Ibáñez Roig'), ('age_over_89', 'ninety and three months'), ('place', 'Chiva'), ('date', '29th of October 2024'), ('device', 'Medtronic Azure SN RNK602915H'), ('place', 'Manises')]),
    C("Puerto Rico: Yamilet Colón Rivera, Calle Luna 214, Bo. Coco, 00795 Salinas' Aguirre. Plan Vital VITAL 0593 22719. Lost power for five months after Fiona, diabetic, insulin on ice.", [('name', 'Yamilet Colón Rivera'), ('street_address', 'Calle Luna 214, Bo. Coco'), ('zip_code', '00795'), ('place', "Salinas' Aguirre"), ('health_plan', 'VITAL 0593 22719')]),
    C('Chilean patente KHPT-41 - Bastián Olave drove through the fire on the Las Palmas de Viña road with his grandmother.', [('vehicle', 'KHPT-41'), ('name', 'Bastián Olave'), ('place', 'Las Palmas de Viña')]),
    C("Anyone going to the EMDR Europe conference in June? I'm thinking of a poster on group protocols."),
    C('For anyone asking last week: the PCL-5 has a validated Polish version, and the ITQ has been translated into Slovenian.'),
    C("Eugenia Petrova was born 05.01.1930 in Leningrad and survived the siege as a child; she's 96 now and lives in Narva-Jõesuu's Hungerburg end.", [('name', 'Eugenia Petrova'), ('date', '05.01.1930'), ('place', 'Leningrad'), ('age_over_89', '96 now'), ('place', "Narva-Jõesuu's Hungerburg end")]),
    C("Nerijus posts his recovery on YouTube: https://www.youtube.com/@nerijus.gyvenimas. He's from Klaipėda's Smiltynė and asked me to comment.", [('name', 'Nerijus'), ('url', 'https://www.youtube.com/@nerijus.gyvenimas'), ('place', "Klaipėda's Smiltynė")]),
    C('Aurelio Cárdenas Vergara\'s hearing aid (Phonak Lumity SN 2218-4477) was smashed by police at the protest in Valparaíso. He says he hears "the shot" all the time now.', [('name', 'Aurelio Cárdenas Vergara'), ('device', 'Phonak Lumity SN 2218-4477'), ('place', 'Valparaíso')]),
    C('In Canada, are people using the First Nations Mental Wellness Continuum Framework in their notes? Our team in Manitoba is starting to.'),
    C("Recommend Marsha Linehan's DBT skills for a teenager whose self-harm got worse after the fire? Or too much structure?"),
    C("Abril Etcheverry is a social worker in Bahía Blanca and the storm of December 2023 collapsed the club roof where she coached. Kids' parents still message her at night.", [('name', 'Abril Etcheverry'), ('place', 'Bahía Blanca')]),
    C("The WHO Psychological First Aid guide is still the best thing I've found for volunteers. Short and sensible."),
    C("Hamid Rezaei-Nouri was studying Swedish for nurses on the campus when the shooting started. His brother drove him home to Vivalla centrum. He wants to finish the course. I'm not sure the school is ready.", [('name', 'Hamid Rezaei-Nouri'), ('place', 'Vivalla centrum')]),
    C('i keep getting asked for "quick tips" by employers after disasters. how do you decline politely'),
    C("Question about Zoloft and Trintellix together: a client's GP in England started both and she's nauseous. NHS pharmacist says ask the prescriber, prescriber is on leave till Monday."),
    C("Nikos Alexiou's taxi licence ΑΔΤ 730592 and plate ΤΑΧ 6095 are in the complaint. He was assaulted by a passenger in Piraeus and wants to quit.", [('name', 'Nikos Alexiou'), ('licence', 'ΑΔΤ 730592'), ('vehicle', 'ΤΑΧ 6095'), ('place', 'Piraeus')]),
    C('Latin American colleagues: the OPS (PAHO) mhGAP guide in Spanish is free and updated. Great for GPs who ask us what to do.'),
    C('Does the Hamilton scale still get used by anyone in practice or is it just research now?'),
    C("James Smith Cree Nation, September 2022: Rosalie Burns found her uncle. Saskatchewan health SK 917 482 330, phone (306) 864-2719. She's back in Melfort's east side for school.", [('place', 'James Smith Cree Nation'), ('name', 'Rosalie Burns'), ('health_plan', 'SK 917 482 330'), ('phone', '(306) 864-2719'), ('place', "Melfort's east side")]),
    C('I need perspective. Kateryna Bondar-Sych, from Irpin\'s Romanivka end, now in Kraków\'s Podgórze, lost her husband in March 2022. She wears his fitness band (IMEI IMEI 356728114829377) and checks it every morning because the app still shows "last synced". She\'s asked me whether she should let the account close. I feel like anything I say is too big. Her mother in Bucha\'s Yablunska side refuses to leave the house. Phone +48 512 093 664.', [('name', 'Kateryna Bondar-Sych'), ('place', "Irpin's Romanivka end"), ('place', "Kraków's Podgórze"), ('device', 'IMEI 356728114829377'), ('place', "Bucha's Yablunska side"), ('phone', '+48 512 093 664')]),
    C('Quick poll: who uses the PHQ-9 at every session and who only at intake and review?'),
    C("my client wants to bring her dog. I'm allergic. suggestions?"),
    C("Our clinic's audit flagged 181.49.220.7 accessing Natalia Ospina's file - a Colombian ISP, she's in Chapinero Alto. It might be her, or her ex.", [('ip_address', '181.49.220.7'), ('name', 'Natalia Ospina'), ('place', 'Chapinero Alto')]),
    C("I'm thinking about a Sunday group for Latvian, Lithuanian and Estonian speakers in England. Would the Baltic community councils help promote it?"),
    C("Nerea Castelló Ferrer lost the ground floor of her house in Paiporta's Barri Nou in the DANA and now won't sleep below the first floor anywhere, even at her sister's. Anyone used imagery rescripting for water at night?", [('name', 'Nerea Castelló Ferrer'), ('place', "Paiporta's Barri Nou")]),
    C('The NICE guideline on PTSD says trauma-focused CBT or EMDR. My client wants neither. Where does that leave us?'),
    C('FAX: Juan Carlos Huamán, historia clínica HC-0735296, regional hospital, Huancayo. Fax reply +51 64 209 377.', [('name', 'Juan Carlos Huamán'), ('medical_record', 'HC-0735296'), ('place', 'Huancayo'), ('fax', '+51 64 209 377')]),
    C('fax in: re Teodora Ilieva, ЕГН 7904128817, Tsarevo, flood September 2023. Fax sender +359 590 5 3067.', [('name', 'Teodora Ilieva'), ('ssn', '7904128817'), ('place', 'Tsarevo'), ('fax', '+359 590 5 3067')]),
    C('Lovely paper by Bonanno on resilience trajectories. Most people recover without us, which is humbling and a relief.'),
    C('Question for those in Spain, Portugal and Italy: are your public services covering therapy for DANA-type disasters, or is it all NGOs like Médicos del Mundo and Caritas?'),
    C('fwd fax: Patient Petra Žáková, nar. 4. 6. 1995, pojištěnec VZP 9506045512, referred from Krnov after flood evacuation. Fax +420 554 611 827.', [('name', 'Petra Žáková'), ('date', '4. 6. 1995'), ('health_plan', '9506045512'), ('place', 'Krnov'), ('fax', '+420 554 611 827')]),
    C("Tell me if this is overreach. Mojca wants me to write to the municipality in Črna na Koroškem about her mother's house being declared uninhabitable. I'm her therapist, not her lawyer.", [('name', 'Mojca'), ('place', 'Črna na Koroškem')]),
    C("IDNP 2004501238746, Natalia Rusu, str. Ismail 77, ap. 31, MD-2001 Chișinău. Refers herself after her husband's call-up on the other side of the Dniester.", [('ssn', '2004501238746'), ('name', 'Natalia Rusu'), ('street_address', 'str. Ismail 77, ap. 31'), ('zip_code', 'MD-2001'), ('place', 'Chișinău')]),
    C("Has anyone here trained with the Beck Institute online? I'm weighing it against a university diploma in CBT here in the UK."),
    C("We had Father Christmas visit the children's group and one boy hid under the table. Something about men in costume, I think."),
    C('Has anyone heard from Zuzana Kučerová? She was my client in Brno-Židenice and left a voicemail in tears at 2am. I called back, no answer.', [('name', 'Zuzana Kučerová'), ('place', 'Brno-Židenice')]),
    C('Can anyone share a good Polish-language worksheet for behavioural activation? Clients keep asking.'),
    C('Good news from Croatia: the Ministry of Health is funding psychologists in primary care in Sisak-Moslavina county from spring.'),
    C('Does anyone have the Sámi-language version of any depression screen? Northern Sámi ideally.'),
    C('Cash to RO49 AAAA 1B31 0075 9384 0000 - Ionela asks if her brother in Italy can pay for her sessions. Is that a third-party payment issue?', [('account', 'RO49 AAAA 1B31 0075 9384 0000'), ('name', 'Ionela')]),
    C("Long one, sorry. I'm seeing Anselmo Ferreira Gouveia, 58, from Curral das Freiras on Madeira, who fought the August 2024 fires with a garden hose for two nights while the firefighters were stuck on the other ridge. His CPAP, serial CPAP SN 22093716A, melted in the shed with the generator, and he hasn't slept more than three hours since. Cartão de cidadão 14829377 2ZX4. He jokes about it. His wife Graça Gouveia doesn't.", [('name', 'Anselmo Ferreira Gouveia'), ('place', 'Curral das Freiras'), ('device', 'CPAP SN 22093716A'), ('ssn', '14829377 2ZX4'), ('name', 'Graça Gouveia')]),
    C('Monobank card 5375 4141 0728 3391 - Iryna Sheremet asks if she can pay me there from Kharkiv oblast because PayPal is blocked for her. Ethics of taking payment from someone in a war zone?', [('account', '5375 4141 0728 3391'), ('name', 'Iryna Sheremet')]),
    C("Fax from GP, Kilkeel's harbour end: re Sinéad Morgan, DOB 03/08/1979, H&C number H&C 441 822 7731, low mood after the trawler loss. Reply to fax 028 4176 2218.", [('place', "Kilkeel's harbour end"), ('name', 'Sinéad Morgan'), ('date', '03/08/1979'), ('medical_record', 'H&C 441 822 7731'), ('fax', '028 4176 2218')]),
    C('Reminder that the Norwegian Psychological Association and the Danish Psychological Association both run free Saturday webinars on Ukrainian refugees in February.'),
    C('Also, her mother Teresa Zanelli is 96 years and 3 months, lived through the 1951 Polesine flood as a girl and now 2023. Two floods in one life.', [('name', 'Teresa Zanelli'), ('age_over_89', '96 years and 3 months')]),
    C('thanks all for yesterday, the group really helped. i slept properly for the first time in a week'),
    C("Serhii is 16, from Kherson, living with his aunt in Chișinău. School want him assessed for ADHD; I think it's hypervigilance. Thoughts?", [('name', 'Serhii'), ('place', 'Kherson'), ('place', 'Chișinău')]),
    C("how do people handle clients bringing food as thanks? i've got a freezer full of pierogi"),
    C("Dagmar Hansen's email is dagmar.h.ribe@mail.dk, she's in Ribe and wants me to send homework there, but her husband reads it.", [('name', 'Dagmar Hansen'), ('email', 'dagmar.h.ribe@mail.dk'), ('place', 'Ribe')]),
    C('Aino Kärkkäinen is a school nurse in Myyrmäki and says she\'s "fine, just tired" since the spring. Burnout or trauma - how do you tell them apart in a nurse?', [('name', 'Aino Kärkkäinen'), ('place', 'Myyrmäki')]),
    C("Does anyone know if Problem Management Plus has been used in Greece after the floods? I'd like to read about it."),
    C("what do you say when a client asks if you've ever been through something like it?"),
    C("Zinli wallet ZINLI 730516 VE - Carlos Andrés Rivas from Barquisimeto's Pueblo Nuevo pays me from the US. Venezuelan exile, father in prison.", [('account', 'ZINLI 730516 VE'), ('name', 'Carlos Andrés Rivas'), ('place', "Barquisimeto's Pueblo Nuevo")]),
    C("how long did it take you to feel competent with couples work? I'm two years in and still lost"),
    C("i'm noticing a lot of guilt in people who were away when the disaster happened. anyone else?"),
    C('tips for interpreters who get overwhelmed in sessions? mine cried today and then apologised for an hour'),
    C('Her SIP card is SIP 7730 4418 2196 05 and the health centre in Alfafar has no psychologist till spring. Can anyone in the Valencian network take Reme Gimeno privately on a sliding scale?', [('health_plan', 'SIP 7730 4418 2196 05'), ('place', 'Alfafar'), ('name', 'Reme Gimeno')]),
    C("Aaliyah Thompson started college in Atlanta and her roommate attempted in the dorm. She found her. She's 18.", [('name', 'Aaliyah Thompson'), ('place', 'Atlanta')]),
    C("Fax cover, Clínica Maracay's Las Delicias: paciente Yuleisy Rondón, CI V-18.447.227, fecha de nacimiento 02/05/1990. Send records to fax +58 243 271 6690.", [('place', "Maracay's Las Delicias"), ('name', 'Yuleisy Rondón'), ('ssn', 'V-18.447.227'), ('date', '02/05/1990'), ('fax', '+58 243 271 6690')]),
    C("I'm trying to cut my caseload to twenty. how did you manage it without a waitlist explosion?"),
    C("Zoom link for Gunnhildur's group: https://us06web.zoom.us/j/84417729301?pwd=grindavik. Icelandic interpreter joins at ten. IP of the last bad join was 157.157.44.201 - probably the hotel wifi.", [('name', 'Gunnhildur'), ('url', 'https://us06web.zoom.us/j/84417729301?pwd=grindavik'), ('ip_address', '157.157.44.201')]),
    C("Carriacou's Harvey Vale: Roxanne Joseph runs a guesthouse in Hillsborough and has 40 people's stuff stored in her back room since July 2024. Grenada number (473) 443 8172. Can't say no to anybody.", [('place', "Carriacou's Harvey Vale"), ('name', 'Roxanne Joseph'), ('place', 'Hillsborough'), ('phone', '(473) 443 8172')]),
    C("Kofi Mensah-Larsen grew up in Aarhus' Gellerup and was adopted from Ghana. He asks me whether he's allowed to be angry at his adoptive parents. I said yes. Now what?", [('name', 'Kofi Mensah-Larsen'), ('place', "Aarhus' Gellerup")]),
    C('looking for a short sleep hygiene sheet in simple spanish for a client whose reading is limited'),
    C('From the Caribbean Psychological Association meeting: Barbados, Jamaica and Trinidad and Tobago all report shortages after hurricane season. No surprise.'),
    C("Her file at the Clínic is NHC 3907265 and Montserrat Puig i Vilalta is adamant the notes mention her mother's suicide in Vic's Remei quarter only with her consent.", [('medical_record', 'NHC 3907265'), ('name', 'Montserrat Puig i Vilalta'), ('place', "Vic's Remei quarter")]),
    C('Does anyone have Danish or Norwegian resources on moral injury? The Dutch ones from ARQ are great.'),
    C('Cheyenne Begay is Diné, lives near Shiprock Chapter and wants a Navajo therapist. Are there any on the list?', [('name', 'Cheyenne Begay'), ('place', 'Shiprock Chapter')]),
    C("Ante Lovrić is a roofer in Glina and refuses to work on any house built before 1990. He's losing jobs. Exposure or just good sense?", [('name', 'Ante Lovrić'), ('place', 'Glina')]),
    C('Anna Nowicka-Bąk from Kłodzko watched the Nysa Kłodzka come through her street in September 2024. PESEL 71030512846, NFZ via the clinic at ul. Wojska Polskiego 18/4, 57-300 Kłodzko.', [('name', 'Anna Nowicka-Bąk'), ('place', 'Kłodzko'), ('ssn', '71030512846'), ('street_address', 'ul. Wojska Polskiego 18/4'), ('zip_code', '57-300')]),
    C("Any thoughts on Headspace or Calm for clients who can't afford therapy? I'm recommending Insight Timer because it's free."),
    C("Session moved to Thursday 12 February 2026 for Róisín Gilligan in Sligo's Cranmore, because of the anniversary of her dad's death the day before.", [('date', 'Thursday 12 February 2026'), ('name', 'Róisín Gilligan'), ('place', "Sligo's Cranmore")]),
    C("Génesis is 17, from Socio Vivienda 2, and her brother was taken by a gang in front of her. Mum wants her out of the country. I'm only the school psychologist - how far do I go?", [('name', 'Génesis'), ('place', 'Socio Vivienda 2')]),
    C("Supervision on Monday: Janina Fisher's Healing the Fragmented Selves of Trauma Survivors, chapters Two and Five, with a case from the Polish floods (anonymised, please)."),
    C('JMBG 1807009710321, mobile +381 64 218 7740, mother Jelena Đorđević reachable after 17h. Sessions via the clinic in Zvezdara.', [('ssn', '1807009710321'), ('phone', '+381 64 218 7740'), ('name', 'Jelena Đorđević'), ('place', 'Zvezdara')]),
    C("Does anyone know if Sedaví has a grief group running yet? Toni asked me and I didn't want to promise anything.", [('place', 'Sedaví'), ('name', 'Toni')]),
    C("Would love input. Aurelija Petrauskienė, 92 years old this winter, lives with her daughter in Šiauliai's Dainai district and was deported to Siberia as a child in 1948. Her daughter emails from r.petrauskaite@gmail.com to say her mother has stopped eating since the news from Ukraine. She keeps her old dry bread in a tin again. The family doctor's file number is SKL-88-5073916. How do you approach a first session with someone carrying that much history at that age?", [('name', 'Aurelija Petrauskienė'), ('age_over_89', '92 years old this winter'), ('place', "Šiauliai's Dainai district"), ('email', 'r.petrauskaite@gmail.com'), ('medical_record', 'SKL-88-5073916')]),
    C('For the Quebec colleagues: does the OPQ allow therapy across the Ontario border by video? Asking for a client who moved.'),
    C("Brazilian plate IVX4E18 - Jorge Kessler's pickup floated off in Lajeado. He keeps the keys on his belt still.", [('vehicle', 'IVX4E18'), ('name', 'Jorge Kessler'), ('place', 'Lajeado')]),
    C('The Salvation Army and the Canadian Red Cross are both funding short-term counselling after the Alberta fires. Has anyone been referred through either?'),
    C("Barbados: Tamika Greaves runs a fish stall at Oistins' Bay Garden and the market fire took her freezer and stock. NRN 930614-0218. Her partner took the insurance money.", [('name', 'Tamika Greaves'), ('place', "Oistins' Bay Garden"), ('ssn', '930614-0218')]),
    C("Zlatan Mehmedović won't say the name of his village. His file just says Kozarac-Kamičani. I wonder whether I should ask.", [('name', 'Zlatan Mehmedović'), ('place', 'Kozarac-Kamičani')]),
    C('Longish. Hilda Grönlund, 99 this spring, from Mariehamn\'s Västernäs on Åland, asked her home-care nurse to "find a therapist who can talk about the war". She lost two brothers in the Winter War. Her hearing aids (Widex Moment SN 60357-2291) work badly on video. Contact via daughter, +358 18 536 902. I\'m Swedish-speaking too. Should I travel?', [('name', 'Hilda Grönlund'), ('age_over_89', '99 this spring'), ('place', "Mariehamn's Västernäs"), ('device', 'Widex Moment SN 60357-2291'), ('phone', '+358 18 536 902')]),
    C("Guyana: Rohini Persaud lost a niece in the Mahdia township school dorm fire in May 2023. She works at the hospital in Bartica's Second Avenue end. Fax +592 455 2210.", [('name', 'Rohini Persaud'), ('place', 'Mahdia township'), ('place', "Bartica's Second Avenue end"), ('fax', '+592 455 2210')]),
    C("Nuno's hospital record at Santa Maria: HSM-2211-7350. The psychiatrist wants me to co-sign a safety plan. He lives in Amadora's Damaia de Cima.", [('name', 'Nuno'), ('medical_record', 'HSM-2211-7350'), ('place', "Amadora's Damaia de Cima")]),
    C("do you phone clients on their birthdays or anniversaries? i don't, but a colleague does"),
    C('Is Quetiapine at a low dose still being used for sleep where you are? Our psychiatrists are moving away from it.'),
    C("Grenfell-adjacent question - Fatima Bakhtiari lived in the Lancaster West estate in North Kensington's Silchester side. Email fatimabakh.w11@gmail.com. Seven years on, she wants to move and can't face the housing forms.", [('name', 'Fatima Bakhtiari'), ('place', 'Lancaster West'), ('place', "North Kensington's Silchester side"), ('email', 'fatimabakh.w11@gmail.com')]),
    C("Mexican plate GRR-736-B - Iván Salgado's combi was swept into the river in Coyuca de Benítez.", [('vehicle', 'GRR-736-B'), ('name', 'Iván Salgado'), ('place', 'Coyuca de Benítez')]),
    C("small win: a client who hadn't left home in months came in by bus today"),
    C("Date of the crash: 1 September 2024. Diogo Sampaio, Braga's São Victor, was in the back seat. His friend driving died.", [('date', '1 September 2024'), ('name', 'Diogo Sampaio'), ('place', "Braga's São Victor")]),
    C('quick q - amparo from catarroja keeps asking me if the council will "let the ravine come again". how do you answer that without lying?', [('name', 'amparo'), ('place', 'catarroja')]),
    C("DOB 07/04/2003 - Jake Moretti, Staten Island's Stapleton, survivor of the ferry accident. Can someone take a teenager at short notice?", [('date', '07/04/2003'), ('name', 'Jake Moretti'), ('place', "Staten Island's Stapleton")]),
    C("NMC PIN 14I7095E - Joy Nwosu, nurse at the trust in Croydon's Thornton Heath, is under investigation after a patient death. She's from Nigeria and her visa depends on the job.", [('licence', '14I7095E'), ('name', 'Joy Nwosu'), ('place', "Croydon's Thornton Heath")]),
    C('Hospital file HUS-77309562: Joonas Laine, 16, Vantaa school shooting witness. Mum on 040 552 9036.', [('medical_record', 'HUS-77309562'), ('name', 'Joonas Laine'), ('place', 'Vantaa'), ('phone', '040 552 9036')]),
    C('Peter Levine\'s Somatic Experiencing keeps coming up with my clients who want "less talking". Views?'),
    C('Abuelo Cruz Elizondo is 93 come March and lost his great-granddaughter at the school. He goes to the memorial at the plaza every day at noon. Family asks if he should be stopped.', [('name', 'Cruz Elizondo'), ('age_over_89', '93 come March')]),
    C('A long supervision question. Maja Hribar is 31, teaches in Ljubljana\'s Rožna Dolina and her insulin pump (Tandem t:slim X2 SN 1183447) was damaged when she waded into the Gradaščica in August 2023 to pull a neighbour\'s kid out. She got a replacement but she\'s now scared of needing help herself, and checks the pump forty times a day. Her endocrinologist at the university clinic says it\'s "anxiety, see a psychologist". She doesn\'t trust anyone in healthcare now.', [('name', 'Maja Hribar'), ('place', "Ljubljana's Rožna Dolina"), ('device', 'Tandem t:slim X2 SN 1183447')]),
    C('A Muslim client is fasting for Ramadan and wants sessions after iftar. How do others manage evening work during Ramadan?'),
    C("I'd recommend Pauline Boss on ambiguous loss to anyone working with families of the missing in Latin America."),
    C('Plate ZG 7390-HT - Ivana Perić was hit at the crossing in Trešnjevka by a tram-dodging car. Concussion, then panic.', [('vehicle', 'ZG 7390-HT'), ('name', 'Ivana Perić'), ('place', 'Trešnjevka')]),
    C("Ordine degli Psicologi number ER 6390 is mine - for Matteo Ricci's INAIL claim. He was a cleaner on the flooded line in Cesena.", [('licence', 'ER 6390'), ('name', 'Matteo Ricci'), ('place', 'Cesena')]),
    C("is there a decent guide to writing a letter for a housing appeal from a therapist's perspective"),
    C("Pacific Palisades: Emma Hirsch, 1520 Via de la Paz, 90272. Kaiser MRN 000148827361. Her therapist's office burned too, so she came to me.", [('place', 'Pacific Palisades'), ('name', 'Emma Hirsch'), ('street_address', '1520 Via de la Paz'), ('zip_code', '90272'), ('medical_record', '000148827361')]),
    C('how do you talk about suicide risk with a parent in the room without shutting the kid down'),
    C('anyone else finding that people who lost houses talk more about the photos than the house itself'),
    C("Thinking out loud here. Rui Tavares was a trucker on the IC8 when the Pedrógão Grande's Nodeirinho fire crossed the road in June 2017. He drove through it and lost a passenger, a hitchhiker he'd picked up in Figueiró dos Vinhos that morning. His licence (L-730591 4) was suspended for months during the inquiry, his lorry (41-TR-82) was written off, and he now does deliveries in Coimbra's Santa Clara side. He has never told his wife about the hitchhiker. Where do you even start?", [('name', 'Rui Tavares'), ('place', "Pedrógão Grande's Nodeirinho"), ('place', 'Figueiró dos Vinhos'), ('licence', 'L-730591 4'), ('vehicle', '41-TR-82'), ('place', "Coimbra's Santa Clara side")]),
    C("Infected blood inquiry - Gordon McAllister, haemophilia, infected in 1983 at the Royal Infirmary. Scottish CHI 1503571284. Lives in Kirkcaldy's Templehall. Widow-to-be is his wife Morag McAllister, she wants joint sessions.", [('name', 'Gordon McAllister'), ('medical_record', '1503571284'), ('place', "Kirkcaldy's Templehall"), ('name', 'Morag McAllister')]),
    C("She was born on 30/06/1949 in Cork's Blackpool and sent to the mother and baby home at Bessborough in 1967. Kathleen Horgan wants to look for her son.", [('date', '30/06/1949'), ('place', "Cork's Blackpool"), ('place', 'Bessborough'), ('name', 'Kathleen Horgan')]),
    C('Login history for Rebecca Stein: 24.114.88.201 (home, Côte-Saint-Luc) and 24.114.88.217 at 4am. She lives alone.', [('name', 'Rebecca Stein'), ('ip_address', '24.114.88.201'), ('place', 'Côte-Saint-Luc'), ('ip_address', '24.114.88.217')]),
    C("Has anyone got a Romagnolo-speaking colleague? Nonna Linuccia is ninety-two going on ninety-three and only really talks in dialect about the Lamone. Family in Lugo di Romagna's borgo.", [('name', 'Linuccia'), ('age_over_89', 'ninety-two going on ninety-three'), ('place', "Lugo di Romagna's borgo")]),
    C('TikTok https://www.tiktok.com/@wren.clay.asheville - Wren C. has 40k followers documenting the studio rebuild. She posted about our sessions. How do you handle that?', [('url', 'https://www.tiktok.com/@wren.clay.asheville'), ('name', 'Wren C.')]),
    C('Anyone with Papiamentu? Shurendy Martis moved from Willemstad to Rotterdam-Zuid and speaks Dutch but dreams in Papiamentu.', [('name', 'Shurendy Martis'), ('place', 'Willemstad'), ('place', 'Rotterdam-Zuid')]),
    C("Storm Babet, Brechin: Alasdair Niven, farmer, lost ewes in the South Esk. Fax GP letter to 01356 624 118. Hasn't been off the farm since.", [('place', 'Brechin'), ('name', 'Alasdair Niven'), ('fax', '01356 624 118')]),
    C("Surfside condo collapse: Valeria Ocampo's parents lived on the ninth floor in Surfside. She's in Bal Harbour now and won't enter a building above three floors.", [('name', 'Valeria Ocampo'), ('place', 'Surfside'), ('place', 'Bal Harbour')]),
    C('For Nordic colleagues: is Kela reimbursing online therapy from Sweden or Norway now, or only Finnish providers?'),
    C('Quick question for the Spanish colleagues: do the regional Colegios Oficiales de la Psicología in Andalusia, Galicia or Catalonia count online CPD from the BPS or the APA?'),
    C("Latvian personas kods 190462-11587 - Valentīna Ozola, 94 and a half, Daugavpils' Grīva, lives alone with a cat and the radio. Social worker worries about isolation, not depression. What would you screen?", [('ssn', '190462-11587'), ('name', 'Valentīna Ozola'), ('age_over_89', '94 and a half'), ('place', "Daugavpils' Grīva")]),
    C('I switched a client from Cipralex to Wellbutrin with her GP after Easter and the emotional blunting lifted by May. Anyone else seen that in perimenopausal women?'),
    C("Cuba, Matanzas oil fire 2022: Yusleidy Hernández Pérez, carné 89061534218, was a firefighter cadet. Now in Hialeah's Palm Springs North with her aunt. Email yusle.hernandezp@nauta.cu.", [('place', 'Matanzas'), ('name', 'Yusleidy Hernández Pérez'), ('ssn', '89061534218'), ('place', "Hialeah's Palm Springs North"), ('email', 'yusle.hernandezp@nauta.cu')]),
    C("Any Catholic colleagues here with thoughts on a client who feels God punished her with the flood? She's devout."),
    C("CRP 07/63095 - colleague in Pelotas asks if I can cover Dona Iracema Bittencourt's sessions while she's evacuated.", [('licence', '07/63095'), ('place', 'Pelotas'), ('name', 'Iracema Bittencourt')]),
    C("Audit log export - user b.vrhovnik@siol.net accessed session notes from 193.77.145.208 on 14/11/2024. That's the client himself, in Kamnik, but the notes were mine, not shared. Do I report to the IP?", [('email', 'b.vrhovnik@siol.net'), ('ip_address', '193.77.145.208'), ('date', '14/11/2024'), ('place', 'Kamnik')]),
    C("Siobhán Ní Dhomhnaill Uí Bhaoill lost her brother in the Creeslough explosion. PPSN 7419286HA. Eircode F92 X2K4. She works in the shop opposite the site and won't transfer.", [('name', 'Siobhán Ní Dhomhnaill Uí Bhaoill'), ('place', 'Creeslough'), ('ssn', '7419286HA'), ('zip_code', 'F92 X2K4')]),
    C('Does anyone use Olanzapine for agitation in older adults with trauma histories, or is that now frowned on everywhere?'),
    C("For the reading group in January: Viktor Frankl's Man's Search for Meaning, then Robert Neimeyer on meaning reconstruction in February, then Kenneth Doka on disenfranchised grief in March."),
    C("Thinking about a family. The Kovalenko family (Andriy, Olena Kovalenko-Hrytsai and three kids) fled Mariupol's Livoberezhnyi district in 2022 and now live at Rua do Almada 221, 3.º Esq., 4050-038 Porto's Cedofeita. NIF 283 905 164. The eldest, Bohdan Kovalenko, 13, won't speak Portuguese at school and the school wants an assessment. I think he is waiting to go home. Anyone with Ukrainian-Portuguese experience?", [('name', 'Kovalenko'), ('name', 'Andriy'), ('name', 'Olena Kovalenko-Hrytsai'), ('place', "Mariupol's Livoberezhnyi district"), ('street_address', 'Rua do Almada 221, 3.º Esq.'), ('zip_code', '4050-038'), ('place', "Porto's Cedofeita"), ('ssn', '283 905 164'), ('name', 'Bohdan Kovalenko')]),
    C('do you give homework to clients who are barely coping? it feels cruel sometimes'),
    C("Anyone in Belfast's Ardoyne doing EMDR for ex-prisoners? Seamus Gilmartin has finally agreed.", [('place', "Belfast's Ardoyne"), ('name', 'Seamus Gilmartin')]),
    C('Brayan is 14 and slept in a bathtub through the eye of the hurricane in Renacimiento. He draws the wind with crayons now. Mum asks if that\'s "bad".', [('name', 'Brayan'), ('place', 'Renacimiento')]),
    C('Costa Rica: Esteban Mora Solís, cédula 1-1482-0377, CCSS asegurado CCSS 114820377, is a lifeguard at Playa Hermosa and lost two swimmers in one afternoon.', [('name', 'Esteban Mora Solís'), ('ssn', '1-1482-0377'), ('health_plan', 'CCSS 114820377'), ('place', 'Playa Hermosa')]),
    C("what's the best way to end with a client who is moving away and grieving that too"),
    C("Can someone look at this? Link Milica S. sent: https://www.instagram.com/milica.blokada.ns/ - she posts every night from the blockade. Am I allowed to look at a client's Instagram if she asks me to?", [('name', 'Milica S.'), ('url', 'https://www.instagram.com/milica.blokada.ns/')]),
    C("Reading group: Ignacio Martín-Baró's Writings for a Liberation Psychology in February, then Paulo Freire's Pedagogy of the Oppressed in March."),
    C('Anyone used the Spanish and Catalan versions of the CORE-OM? Our team in Catalonia has both and clients pick different ones.'),
    C('Forwarded fax from the Ahr clinic: Patient Klaus-Dieter Hürten, geb. 12.04.1951, KVNR K384119027, Hauptstraße 41, 53474 Bad Neuenahr-Ahrweiler. Fax back +49 2641 3907 218.', [('name', 'Klaus-Dieter Hürten'), ('date', '12.04.1951'), ('health_plan', 'K384119027'), ('street_address', 'Hauptstraße 41'), ('zip_code', '53474'), ('place', 'Bad Neuenahr-Ahrweiler'), ('fax', '+49 2641 3907 218')]),
    C('is it ok to hug a client at the end of therapy if they ask? curious where people stand'),
    C('Working with Haitian Kreyòl speakers: does anyone know of a Kreyòl PHQ-9 validated in Haiti or in the diaspora in Canada and the United States?'),
    C("Reminder for Friday: Christmas hours. I'm off from Christmas Eve until after Epiphany, the Orthodox colleagues are covering the first week of January."),
    C('Emilia-Romagna again - Davide Bertoni in Conselice lived on his roof with two dogs for a day. Helicopter noise is the trigger, and the hospital helipad is 400m from his flat.', [('name', 'Davide Bertoni'), ('place', 'Conselice')]),
    C('For Spanish speakers: "ataque de nervios" keeps coming up with my Puerto Rican and Dominican clients. Does the DSM-5-TR cultural formulation interview help?'),
    C("Reading list for the Caribbean group: Derek Walcott's Omeros, Frantz Fanon's Black Skin, White Masks, and Stuart Hall on diaspora. Discussion on the last Thursday in January."),
    C("Hey, short one: anyone doing trauma work with volunteer firefighters from Altenahr-Altenburg? Jonas-Leon won't see anyone from his own county.", [('place', 'Altenahr-Altenburg'), ('name', 'Jonas-Leon')]),
    C("In Brazil I've been using Terapia Comunitária Integrativa with groups. Does it have an equivalent in Spanish-speaking countries?"),
    C("Teo Grgić from Split's Kman has a spinal stimulator Nevro HFX SN 41-822-77, pain and panic since the boat accident.", [('name', 'Teo Grgić'), ('place', "Split's Kman"), ('device', 'Nevro HFX SN 41-822-77')]),
    C('Longer one. Darío Ojeda Ramírez, 36, crossed the Darién in 2022 with his brother, who slipped in the river on the third day and wasn\'t found. He is now in Maryvale, west Phoenix, works construction with an Arizona DL D08447213, and has an ankle monitor (BI SmartLINK unit 7702958) from ICE. He says the monitor vibrates at night "like the river". His asylum hearing is on 18 March 2026. How do I help him prepare without re-traumatising him?', [('name', 'Darío Ojeda Ramírez'), ('place', 'Maryvale, west Phoenix'), ('licence', 'D08447213'), ('device', 'BI SmartLINK unit 7702958'), ('date', '18 March 2026')]),
    C("Amélie Roux's stalker's IP per the police report: 90.112.44.186. She's in Villeurbanne's Tonkin and asks if she can bring the report to session.", [('name', 'Amélie Roux'), ('ip_address', '90.112.44.186'), ('place', "Villeurbanne's Tonkin")]),
    C('Incoming fax +30 2410 68 5903 re Vasiliki Tsiouma, ninety-three and four months, nursing home in Farsala. Daughter requests visits after the flood relocation.', [('fax', '+30 2410 68 5903'), ('name', 'Vasiliki Tsiouma'), ('age_over_89', 'ninety-three and four months'), ('place', 'Farsala')]),
    C("Thoughts on Brody Kowalczyk: he's a lineman in Fort McMurray's Abasand and talks about the 2016 fire only when drunk.", [('name', 'Brody Kowalczyk'), ('place', "Fort McMurray's Abasand")]),
    C('anyone have a script for explaining confidentiality limits to a ten year old?'),
    C("anyone know if there's research on pets and recovery after wildfires? clients keep bringing up their dogs"),
    C('does anyone do walk-and-talk sessions in winter or is that madness'),
    C("Ciarán Mac Fhionnlaoich from Dunfanaghy was a first responder at the Applegreen. He's a volunteer fireman, a farmer and a dad of four. When would he even come to therapy?", [('name', 'Ciarán Mac Fhionnlaoich'), ('place', 'Dunfanaghy')]),
    C('do you let clients record our sessions on their own phones, and if so do you ask for a copy?'),
    C('Who here is trained in Trauma-Focused CBT for kids? Our service in Alberta needs someone for a consult.'),
    C("Hallvard got a threatening message traced to 84.210.177.43, a Drammen-Fjell broadband line. The police won't act. He thinks it's his brother.", [('name', 'Hallvard'), ('ip_address', '84.210.177.43'), ('place', 'Drammen-Fjell')]),
    C("Quebec: Mathieu Lavoie-Gagnon, RAMQ LAVM 8703 1412, permis L1527-140387-04, 1184 rue Frontenac, app. 3, G6B 1X9 Lac-Mégantic's Agnès district. Was 16 the night the train came through.", [('name', 'Mathieu Lavoie-Gagnon'), ('health_plan', 'LAVM 8703 1412'), ('licence', 'L1527-140387-04'), ('street_address', '1184 rue Frontenac, app. 3'), ('zip_code', 'G6B 1X9'), ('place', "Lac-Mégantic's Agnès district")]),
    C('Crevedia blast, Romania - Ionuț Stan was filling his car at the LPG station when it went up. CNP 1850417151223, mobile 0723 917 462, strada Morii nr. 7, bl. C2, sc. A, ap. 14, 077145 Crevedia.', [('name', 'Ionuț Stan'), ('ssn', '1850417151223'), ('phone', '0723 917 462'), ('street_address', 'strada Morii nr. 7, bl. C2, sc. A, ap. 14'), ('zip_code', '077145'), ('place', 'Crevedia')]),
    C("Ciudad Juárez's Pronaf migrant centre fire, March 2023: Wilmer Ajcalón survived with burns, Guatemalan. DPI 2871 44019 0801, WhatsApp +502 5521 8834. He's back in Momostenango.", [('place', "Ciudad Juárez's Pronaf"), ('name', 'Wilmer Ajcalón'), ('ssn', '2871 44019 0801'), ('phone', '+502 5521 8834'), ('place', 'Momostenango')]),
    C("I keep coming back to Andrea Furlan from last week. She's from Gorizia and crosses to Nova Gorica for her job. Two languages, two identities, one panic attack at the border.", [('name', 'Andrea Furlan'), ('place', 'Gorizia'), ('place', 'Nova Gorica')]),
    C("Mohamed Abdi Warsame in Rinkeby-Kista asks if I can come to the mosque for sessions because his mother won't go to a clinic.", [('name', 'Mohamed Abdi Warsame'), ('place', 'Rinkeby-Kista')]),
    C("Record CHUV 44-182-277 for Léa Mottier, Crans-Montana bar fire survivor. Burns unit discharge letter attached. Parents in Sion's Platta.", [('medical_record', 'CHUV 44-182-277'), ('name', 'Léa Mottier'), ('place', 'Crans-Montana'), ('place', "Sion's Platta")]),
    C("We're starting a Tuesday drop-in for volunteers from the Red Cross and Caritas. Spread the word."),
    C("i'd welcome thoughts on working with twins where one survived an accident and one didn't"),
    C("UK driving licence CALLA705219W99KL - Warren Callaghan, lorry driver, Felixstowe's Walton port, hit a cyclist. DVLA wants a fitness report.", [('licence', 'CALLA705219W99KL'), ('name', 'Warren Callaghan'), ('place', "Felixstowe's Walton")]),
    C('did anyone else have a client say the flood was "almost a relief" because it ended the waiting'),
    C("Petrópolis 2022: Thiago Moura was a volunteer digging in Morro da Oficina. He's 28 and sleeps with the light on.", [('place', 'Petrópolis'), ('name', 'Thiago Moura'), ('place', 'Morro da Oficina')]),
    C('Pauline Rhydderch was a sub-postmistress in Llangefni and says the village "still looks at her funny" even after the quashing. How do you work with shame that was manufactured by others?', [('name', 'Pauline Rhydderch'), ('place', 'Llangefni')]),
    C('Portal log: client Mateo Villacís login failed x7 from 186.46.177.32, then success from 186.46.177.40. He says nobody else has his phone. Paranoia or real risk given his job?', [('name', 'Mateo Villacís'), ('ip_address', '186.46.177.32'), ('ip_address', '186.46.177.40')]),
    C('His Polish licence number is 06935/21/1463 and the insurer wants a psych report. Paweł Kaczmarek, Nysa, lorry driver, the crash on the S8.', [('licence', '06935/21/1463'), ('name', 'Paweł Kaczmarek'), ('place', 'Nysa')]),
    C("PayPal ana.bravo.asturias@gmail.com is how Ana Bravo pays, but her husband sees the statements. She's in Gijón and it's a safety issue.", [('account', 'ana.bravo.asturias@gmail.com'), ('name', 'Ana Bravo'), ('place', 'Gijón')]),
    C("i've got a client who only wants to talk about the practical stuff - insurance, builders, forms. is that avoidance or just sensible"),
    C("We're running a reading group on Judith Herman's Trauma and Recovery in March. All welcome, online."),
    C("the silence after a disclosure is so loud. i'm learning to sit with it"),
    C("Any Estonian or Latvian speakers who'd be happy to be on a referral list? We get requests from the Baltic diaspora in Ireland and England."),
    C("From the fax at Gjakova's Çabrat health centre: Arbëresha Krasniqi, ID 1184472297, DOB 17.09.2001. Fax +383 390 320 615.", [('place', "Gjakova's Çabrat"), ('name', 'Arbëresha Krasniqi'), ('ssn', '1184472297'), ('date', '17.09.2001'), ('fax', '+383 390 320 615')]),
    C("Juanita says her husband in Hermosillo listens in on her calls. She's here on a work visa and we do sessions from the car.", [('name', 'Juanita'), ('place', 'Hermosillo')]),
    C("Someone at 91.219.236.14 downloaded Hennadiy's session recording. He's in Rzeszów-Drabinianka. Not him, he says.", [('ip_address', '91.219.236.14'), ('name', 'Hennadiy'), ('place', 'Rzeszów-Drabinianka')]),
    C("Heads up - Derek Ashworth's solicitor's email: claims@horizonjustice-lancs.co.uk. He wants me to write a report. I'm not an expert witness. Anyone done this for the Post Office scheme?", [('name', 'Derek Ashworth'), ('email', 'claims@horizonjustice-lancs.co.uk')]),
    C('what age do you think kids can start trauma-focused work? my gut says younger than the guidelines'),
    C('FAX TO: Psychology, Zenica-Crkvice cantonal hospital. Patient Edin Mujkić-Begović, DOB 21.01.1988, MBO ZE-118-442. FROM fax +387 32 448 227.', [('place', 'Zenica-Crkvice'), ('name', 'Edin Mujkić-Begović'), ('date', '21.01.1988'), ('medical_record', 'ZE-118-442'), ('fax', '+387 32 448 227')]),
    C('anyone know a good way to explain dissociation to a teenager without it sounding scary'),
    C("a client asked if it's weird to miss the evacuation centre. the community was the best part, she said"),
    C("Dale Hensley from Swannanoa dug out his neighbours with a tractor. Medicare MBI 4TE7-QK3-RM82. He is 71 and says he's never cried and won't start now.", [('name', 'Dale Hensley'), ('place', 'Swannanoa'), ('health_plan', '4TE7-QK3-RM82')]),
    C("Widlène's cousin texted me from +509 4412 7738 asking for her session times. I never gave that number out. Signal or WhatsApp - which is safer for clients in Haiti?", [('name', 'Widlène'), ('phone', '+509 4412 7738')]),
    C("I'd love recommendations for CBT-I resources in Portuguese, ideally European Portuguese rather than Brazilian."),
    C('for those doing online work, how do you handle a client whose internet keeps dropping mid-disclosure?'),
    C("I'm wondering whether anyone has used Acceptance and Commitment Therapy with Mennonite clients in Paraguay or Canada."),
    C("My supervisor recommends Irvin Yalom's The Gift of Therapy for anyone starting private practice."),
    C("Aleksandar Trajkovski, 19, was inside the club in Kočani when the ceiling caught. Burns unit at Skopje's Vodno side discharged him to his parents in Vinica. He won't let anyone light a candle.", [('name', 'Aleksandar Trajkovski'), ('place', 'Kočani'), ('place', "Skopje's Vodno side"), ('place', 'Vinica')]),
    C("Court date April 22, 2026 for Destinee Harper in Tulsa's Greenwood - custody hearing after her partner's assault.", [('date', 'April 22, 2026'), ('name', 'Destinee Harper'), ('place', "Tulsa's Greenwood")]),
    C("Tereza H.'s Substack https://terezahorakova.substack.com/p/the-seminar-room - she wrote about our sessions without my name. Still feels weird.", [('name', 'Tereza H.'), ('url', 'https://terezahorakova.substack.com/p/the-seminar-room')]),
    C("Orlando Figueroa's family in Loíza's Piñones thinks his PTSD is a spiritual thing. He half agrees. Would you bring the espiritista in?", [('name', 'Orlando Figueroa'), ('place', "Loíza's Piñones")]),
    C("I've found the Window of Tolerance diagram by Dan Siegel useful with almost every client this winter."),
    C('how do you handle a teenager who only talks during the last five minutes?'),
    C("Quick one - Vojta asked me whether it's weird that he goes back to sit on the steps of the faculty every week. I said no. Was I right?", [('name', 'Vojta')]),
    C('Rasmus Kjær and his dad from Esbjerg come together and the dad does all the talking. Would you split the sessions?', [('name', 'Rasmus Kjær'), ('place', 'Esbjerg')]),
    C("Reading group next Tuesday: Frantz Fanon's The Wretched of the Earth, chapter five, on colonial war and mental disorders."),
    C("Florentina Dobre keeps smelling gas that isn't there. She lives two streets from the station in Crevedia. Is olfactory re-experiencing something you'd name to her?", [('name', 'Florentina Dobre'), ('place', 'Crevedia')]),
    C("Dorlian worked nights on the same crew but was off that week. He's from Azacualpa in Honduras and sends money home. Survivor guilt, no papers, no insurance.", [('name', 'Dorlian'), ('place', 'Azacualpa')]),
    C("Referral: Mr Vicent Llopis Sanchis, DNI 20847315K, Carrer de Sant Jordi 14, 2n 3a, 46470 Albal's Raval. Mud in the garage for six weeks, he still goes down at night to check it.", [('name', 'Vicent Llopis Sanchis'), ('ssn', '20847315K'), ('street_address', 'Carrer de Sant Jordi 14, 2n 3a'), ('zip_code', '46470'), ('place', "Albal's Raval")]),
    C("Rio Grande do Sul floods 2024: Luana Ferreira da Silva, CPF 218.447.930-62, cartão SUS 705 0048 2219 3847, Rua Voluntários da Pátria 880, apto 302, 90230-010 Porto Alegre's Sarandi. Four days on a roof in Humaitá.", [('name', 'Luana Ferreira da Silva'), ('ssn', '218.447.930-62'), ('health_plan', '705 0048 2219 3847'), ('street_address', 'Rua Voluntários da Pátria 880, apto 302'), ('zip_code', '90230-010'), ('place', "Porto Alegre's Sarandi"), ('place', 'Humaitá')]),
    C("My client Oona Kelleher is moving to Galway's Knocknacarra and asks if I can keep seeing her online. Cross-jurisdiction is fine in Ireland, right?", [('name', 'Oona Kelleher'), ('place', "Galway's Knocknacarra")]),
    C("I tend to start with Motivational Interviewing for alcohol after disasters. William Miller's new edition is excellent."),
    C('Do any of you know a Roma-speaking therapist near Košice\'s Luník IX? Lýdia Horváthová has had three therapists who "didn\'t believe her" about the school.', [('place', "Košice's Luník IX"), ('name', 'Lýdia Horváthová')]),
    C('when a client says "you must hate hearing this", what do you say?'),
    C("Her birthday is 2 de febrero de 1931 - Carmen Aranda turns ninety-five in June in Jaén and says her one wish is to find her father's grave from the war.", [('date', '2 de febrero de 1931'), ('name', 'Carmen Aranda'), ('age_over_89', 'ninety-five in June'), ('place', 'Jaén')]),
    C('Her IBAN is GR47 0172 2410 0052 6093 1937 206 and Athina from Volos overpaid me by 300. How do you return money without making it weird?', [('account', 'GR47 0172 2410 0052 6093 1937 206'), ('name', 'Athina'), ('place', 'Volos')]),
    C('Ukrainian clients in Poland and Germany often ask for Ukrainian-speaking therapists, not Russian-speaking ones. Any directories?'),
    C('Argentina: Facundo Giménez, DNI 39.512.806, PAMI-insured father, Av. San Martín 1482, 3° B, B1878 Quilmes. Lost his job in the cuts; drinks. Mercado Pago CVU 0000003100048827161934.', [('name', 'Facundo Giménez'), ('ssn', '39.512.806'), ('street_address', 'Av. San Martín 1482, 3° B'), ('zip_code', 'B1878'), ('place', 'Quilmes'), ('account', '0000003100048827161934')]),
    C('Wapun Sanderson asks for a Cree-speaking therapist, not me. How do I make that referral without it feeling like a rejection?', [('name', 'Wapun Sanderson')]),
    C('The Inter-Agency Standing Committee guidelines on MHPSS are worth rereading every winter, honestly.'),
    C("Has anyone used the Child and Adolescent Trauma Screen in Spanish? I'm finding the wording odd for Chilean kids."),
    C("Frantz Étienne is a Haitian-born nurse at a hospital in Miami's Little Haiti, from Martissant. His brother is missing since spring. He asked if it's wrong to feel relief that he doesn't know.", [('name', 'Frantz Étienne'), ('place', "Miami's Little Haiti"), ('place', 'Martissant')]),
    C("I read Gabor Maté's The Myth of Normal over Easter and I'm not sure what I think. Anyone want to discuss?"),
    C("Kyle MacIsaac from Debert was 15 then. His mother wants help, he thinks he's fine. Which approach would you take for a reluctant young man in a rural place?", [('name', 'Kyle MacIsaac'), ('place', 'Debert')]),
    C("Doña Hermelinda Tzul is 95 years and 2 months and her grandson died in that fire. She's in Totonicapán and the family wants someone who speaks K'iche'. Any leads?", [('name', 'Hermelinda Tzul'), ('age_over_89', '95 years and 2 months'), ('place', 'Totonicapán')]),
    C("Texas Hill Country floods, July 2025. Caroline Whitfield's daughter was a camp counselor on the Guadalupe and survived. Email cwhitfield.kerrville@icloud.com. They live in Kerrville. Mom is not ok.", [('name', 'Caroline Whitfield'), ('email', 'cwhitfield.kerrville@icloud.com'), ('place', 'Kerrville')]),
    C('Zbyszek from Lądek-Zdrój says the flood took "the only thing my father built". The house. Now he\'s rebuilding it himself, every evening, alone.', [('name', 'Zbyszek'), ('place', 'Lądek-Zdrój')]),
    C("Account BA39 1290 0794 0102 8494 - Edina's cousin paid for her grief therapy after the landslide in Jablanica.", [('account', 'BA39 1290 0794 0102 8494'), ('name', 'Edina'), ('place', 'Jablanica')]),
    C("I'm reading Bessel van der Kolk again and finding the chapter on yoga more useful than I remembered."),
    C("Eleni Papathanasiou was in the Tempi carriage behind the one that burned. Sat beside a student from Kalambaka who didn't get out. The survivor guilt is huge and very specific to that seat.", [('name', 'Eleni Papathanasiou'), ('place', 'Tempi'), ('place', 'Kalambaka')]),
    C('Anyone else seeing Thessaly farmers refusing to go back into the fields? Christos from Metamorfosi Karditsas said the silt "smells of the animals".', [('name', 'Christos'), ('place', 'Metamorfosi Karditsas')]),
    C("Maceió ground sinking - Josefa Cavalcante, from Pinheiro, Maceió's sunken quarter, had to leave a house her grandmother built because of the salt mine. Chave Pix 7d2f91c4-5b3e-4a1a-9e28-61c0f8a4b217. She pays with Pix for sessions.", [('place', 'Maceió'), ('name', 'Josefa Cavalcante'), ('place', "Pinheiro, Maceió's sunken quarter"), ('account', '7d2f91c4-5b3e-4a1a-9e28-61c0f8a4b217')]),
    C("Email from sergio.duarte.rj@yahoo.com.br - Sérgio Duarte in Niterói's Morro do Estado wants to start, mentions the Petrobras explosion.", [('email', 'sergio.duarte.rj@yahoo.com.br'), ('name', 'Sérgio Duarte'), ('place', "Niterói's Morro do Estado")]),
    C("Milica Savić was a student under the canopy at the station in Novi Sad's Sajlovo end a minute before it fell. She joined the blockades and now can't stop, says resting feels like betrayal.", [('name', 'Milica Savić'), ('place', "Novi Sad's Sajlovo end")]),
    C('Anyone know good Romanian-speaking therapists near Sfântu Gheorghe? Elena Munteanu is moving there with her son in the new year.', [('place', 'Sfântu Gheorghe'), ('name', 'Elena Munteanu')]),
    C("Vasyl Hrytsenko, ninety-one years and five months, evacuated from Pokrovsk to a care home in Dnipro, won't unpack his suitcase. Daughter calls me from Wrocław every week.", [('name', 'Vasyl Hrytsenko'), ('age_over_89', 'ninety-one years and five months'), ('place', 'Pokrovsk'), ('place', 'Dnipro'), ('place', 'Wrocław')]),
    C("The riots afterwards hit Mohammed Azad's shop on Sussex Road, PR8 6JH. He's been in Southport for thirty years and now locks the door at 4pm. Sleep, rumination, shame.", [('name', 'Mohammed Azad'), ('street_address', 'Sussex Road'), ('zip_code', 'PR8 6JH'), ('place', 'Southport')]),
    C("Does anyone have experience with prazosin for nightmares in older adults? The GP is hesitant and I'd like something to send her."),
    C('what\'s a kind way of saying "this isn\'t working, let\'s try someone else"?'),
    C('Giulia Montanari, codice fiscale MNTGLI88D52D458K, tessera 80380 000471 3366 2109, Via Emilia Ponente 218, int. 3, 48018 Faenza. Flooded twice in May 2023.', [('name', 'Giulia Montanari'), ('ssn', 'MNTGLI88D52D458K'), ('health_plan', '80380 000471 3366 2109'), ('street_address', 'Via Emilia Ponente 218, int. 3'), ('zip_code', '48018'), ('place', 'Faenza')]),
    C('what\'s a good first question for a man who says he "doesn\'t do feelings"?'),
    C('Mirtazapine versus trazodone for sleep in older adults after a move into care: psychiatry in Ireland prefers the first, in Scotland the second. Experiences?'),
    C("My client's psychiatrist switched her from sertraline to venlafaxine and she's much more agitated. Anyone seen that?"),
    C("Jamaican DL 118447229, taxi plate PP 7315 - Owen Spence robbed in Half Way Tree's Hagley Park Road end, hasn't driven in two months.", [('licence', '118447229'), ('vehicle', 'PP 7315'), ('name', 'Owen Spence'), ('place', "Half Way Tree's Hagley Park Road end")]),
    C("For Mexican and Guatemalan clients in the United States, the Spanish PHQ-9 from Pfizer's site reads oddly. Has anyone tried the Mayan-language pilots in Chiapas or Yucatán?"),
    C('Jean-Baptiste Lordinot from Fort-de-France asks if therapy in Creole counts as "real" therapy. I think it\'s the only real one for him.', [('name', 'Jean-Baptiste Lordinot'), ('place', 'Fort-de-France')]),
    C('Slovenian EMŠO 1405968505187, ZZZS card ZZZS 061 448 927. Client Bojan Vrhovnik, farmer above Kamnik, lost the lower meadow to the Kamniška Bistrica. Fax consent to +386 1 580 3127.', [('ssn', '1405968505187'), ('health_plan', 'ZZZS 061 448 927'), ('name', 'Bojan Vrhovnik'), ('place', 'Kamnik'), ('fax', '+386 1 580 3127')]),
    C('how do you write about suicide risk in notes that clients can read?'),
    C("we did a session outside in the rain today because the client can't be in small rooms. it worked"),
    C('Sorry, is Ruse too far for anyone here? Desislava needs in-person work and only the bus goes there.', [('place', 'Ruse'), ('name', 'Desislava')]),
    C('Useful: the Mental Health Commission of Canada has updated its Guidelines for Recovery-Oriented Practice, with a chapter on Métis and Inuit perspectives.'),
    C("MRN MGH-6093318 - Bridget Quinlan, discharged from the hospital, lives in Dorchester's Fields Corner. Her brother's overdose was in the apartment and she found him.", [('medical_record', 'MGH-6093318'), ('name', 'Bridget Quinlan'), ('place', "Dorchester's Fields Corner")]),
    C('Draganka lost her cousin in the canopy collapse and her father works for the railways. Dinner tables in that family sound like war zones. Systemic ideas welcome.', [('name', 'Draganka')]),
    C('Vipps Vipps 918 41 822 - Sigrid Haugen, Hammerfest\'s Fuglenes, keeps sending me "a little extra" for Christmas. Gifts policy?', [('account', 'Vipps 918 41 822'), ('name', 'Sigrid Haugen'), ('place', "Hammerfest's Fuglenes")]),
    C("Nashville: Elijah Pruitt, 10, was in the Covenant building in March 2023. Mom Katelyn emails from kpruitt.greenhills@gmail.com. He asks why God let it happen and she doesn't know what to say.", [('place', 'Nashville'), ('name', 'Elijah Pruitt'), ('name', 'Katelyn'), ('email', 'kpruitt.greenhills@gmail.com')]),
    C('In Iceland, Norway and Finland, how do you handle the dark months with clients who already have low mood?'),
    C('Received by fax (902) 893-4417: Emmett Boutilier, DOB 11/22/1958, MSI MSI 1189 447 228, Truro Heights. Request: grief counselling, wife died in the wildfire evac.', [('fax', '(902) 893-4417'), ('name', 'Emmett Boutilier'), ('date', '11/22/1958'), ('health_plan', 'MSI 1189 447 228'), ('place', 'Truro Heights')]),
    C("Lynk wallet @miss.pearline.w - Pearline Walters from Santa Cruz's Leeds district, St Elizabeth, pays her sessions that way. Is it fine to take payments from a client's granddaughter's wallet?", [('account', '@miss.pearline.w'), ('name', 'Pearline Walters'), ('place', "Santa Cruz's Leeds district")]),
    C('Medication question: a client on Wellbutrin and Lexapro wants to add melatonin. The pharmacist says fine. Psychiatrist on holiday until Monday.'),
    C('Does anyone know whether the Rosenberg self-esteem scale has a validated Latvian version?'),
    C('JustGiving https://www.justgiving.com/page/ffion-for-lenton - Ffion P. raised money for the student\'s family. Now she feels she "used his death".', [('url', 'https://www.justgiving.com/page/ffion-for-lenton'), ('name', 'Ffion P.')]),
    C("Jevgenija Ivanova in Narva's Kreenholm lost her Russian citizenship rights debate with her son at dinner and hasn't spoken to him since. Language of therapy: she insists on Russian, I'm doing my best.", [('name', 'Jevgenija Ivanova'), ('place', "Narva's Kreenholm")]),
    C('Ruairí Breathnach-Cullen sent his Reddit post to me: https://www.reddit.com/r/ireland/comments/1f4x7q2/stardust_son/. He lives in Donaghmede and wants to know if he "said too much".', [('name', 'Ruairí Breathnach-Cullen'), ('url', 'https://www.reddit.com/r/ireland/comments/1f4x7q2/stardust_son/'), ('place', 'Donaghmede')]),
    C("Ksenia Wójcik's CGM (Medtrum Nano SN 39027615) is hacked, she believes. Lives in Lublin's Czechów. Psychosis or realistic given her ex is an IT guy?", [('name', 'Ksenia Wójcik'), ('device', 'Medtrum Nano SN 39027615'), ('place', "Lublin's Czechów")]),
    C('Our team in Slovenia is debating whether to offer group EMDR in schools. Opinions on the Integrative Group Treatment Protocol?'),
    C("quick one - how long do you leave it before chasing a client who's missed two sessions without a word?"),
    C('a client asked me today whether she is "allowed" to be happy again. i didn\'t have a good answer'),
    C('Lazar Đorđević was in the next classroom during the school shooting. Now 15, living in Vračar, refuses to go past any school. Parents want EMDR, I want stabilisation first - thoughts?', [('name', 'Lazar Đorđević'), ('place', 'Vračar')]),
    C("Haiti: Widlène Désir fled gangs in Carrefour-Feuilles' Ruelle Chrétien and is now with cousins in Cap-Haïtien. NIF 003-814-227-6. WhatsApp only, +509 3718 2246. She can't stop counting doors.", [('name', 'Widlène Désir'), ('place', "Carrefour-Feuilles' Ruelle Chrétien"), ('place', 'Cap-Haïtien'), ('ssn', '003-814-227-6'), ('phone', '+509 3718 2246')]),
    C('For the group: the Finnish Current Care guideline on depression has an English summary now, very readable.'),
    C("Jocelyne T. started a blog about Jasper's Cabin Creek: https://jasperstillhere.blogspot.com/2024/10/my-street.html. It's beautiful and it names her neighbours. Do I raise the neighbours thing?", [('name', 'Jocelyne T.'), ('place', "Jasper's Cabin Creek"), ('url', 'https://jasperstillhere.blogspot.com/2024/10/my-street.html')]),
    C("Long, sorry. Mireille Augustin is a Haitian-Canadian nurse in Montréal-Nord's Pie-IX side whose parents are still in Croix-des-Bouquets' Noailles. She sends money every month through MonCash (MonCash 509 3821 4472) and her father's oxygen concentrator (Inogen One G5 SN 502839116) runs on a generator she also paid for. Gangs took the road to the hospital in 2024. She has chest pain every time her phone rings after 10pm. RAMQ card AUGM 8612 0519.", [('name', 'Mireille Augustin'), ('place', "Montréal-Nord's Pie-IX side"), ('place', "Croix-des-Bouquets' Noailles"), ('account', 'MonCash 509 3821 4472'), ('device', 'Inogen One G5 SN 502839116'), ('health_plan', 'AUGM 8612 0519')]),
    C('Chloe Fairhurst, 11, was at the dance class in Southport in July 2024. Mum Gemma Fairhurst on 07723 960 315. NHS number 485 771 2094. CAMHS waiting list is 9 months.', [('name', 'Chloe Fairhurst'), ('place', 'Southport'), ('name', 'Gemma Fairhurst'), ('phone', '07723 960 315'), ('medical_record', '485 771 2094')]),
    C('Looking for a Romani-language interpreter service that works nationally in the Czech Republic. Any tips?'),
    C("Registration HCPC PYL069350 - that's me, for the letter Rhys Evans's employer wants. He's a paramedic in Merthyr Tydfil's Gurnos.", [('licence', 'PYL069350'), ('name', 'Rhys Evans'), ('place', "Merthyr Tydfil's Gurnos")]),
    C("February 2025: Linnea Åkesson, personnummer 19890614-2387, teacher at the adult school. Hid with six students in a storeroom. Now at Drottninggatan 21 lgh 1102, SE-702 11 Örebro's Vivalla.", [('name', 'Linnea Åkesson'), ('ssn', '19890614-2387'), ('street_address', 'Drottninggatan 21 lgh 1102'), ('zip_code', 'SE-702 11'), ('place', "Örebro's Vivalla")]),
    C('Supervision this Wednesday will look at the IES-R, the PCL-5 and the ITQ side by side. Bring a case (anonymised) where they disagreed.'),
    C("I'm moving to part-time in April. The Greek Ministry of Health's new rules on supervised practice make it complicated for my trainee."),
    C('Reminder: the Ukrainian Psychological Association has free webinars on war trauma in English every month.'),
    C("I've had three Brazilian clients in Portugal this month who say SNS waiting lists made them go private. Is the public service there really that stretched? Asking generally."),
    C('Lovely webinar from the European Society for Traumatic Stress Studies on war-affected children in Poland, Moldova and Romania. Recording is on their site.'),
    C("Lewiston's Tree Streets, Maine: Jacob Thibodeau was at the bowling alley with his deaf league when it happened. ASL interpreter needed. SSN 004-82-1937, email jthibodeau.asl@outlook.com.", [('place', "Lewiston's Tree Streets"), ('name', 'Jacob Thibodeau'), ('ssn', '004-82-1937'), ('email', 'jthibodeau.asl@outlook.com')]),
    C("Something I'm stuck with: Petr Novotný, who worked the night shift at the pump station in Opava in September 2024 when the river broke the levee, was blamed on Facebook for opening the wrong gate. He's been doxxed: his plate (8T4 1822), his address at Ratibořská 48, 746 01 and his kids' school were posted. He won't leave the flat. The police say it's not a crime yet. Thoughts on risk and how to support a man who's now afraid of his own street?", [('name', 'Petr Novotný'), ('place', 'Opava'), ('vehicle', '8T4 1822'), ('street_address', 'Ratibořská 48'), ('zip_code', '746 01')]),
    C('I\'m seeing Ignacio Rojas Vidal from Temuco\'s Pedro de Valdivia, Mapuche, who says the police raid on his community in 2018 is "still happening". Present tense. Thoughts?', [('name', 'Ignacio Rojas Vidal'), ('place', "Temuco's Pedro de Valdivia")]),
    C('Špela Kranjc runs a bakery in Prevalje that the Meža took in August 2023; she reopened in a week and hasn\'t cried once, she says. Wondering about delayed reactions after the "hero phase".', [('name', 'Špela Kranjc'), ('place', 'Prevalje')]),
    C('Has anyone seen lamotrigine make nightmares worse? My client swears it did.'),
    C("Darién: Yorgelis Mendoza, Venezuelan, crossed with two kids in 2023. Panama carné E-8-214937. She's now in Ciudad de Panamá at a shelter. Nightmares of the river and the men.", [('name', 'Yorgelis Mendoza'), ('ssn', 'E-8-214937'), ('place', 'Ciudad de Panamá')]),
    C('Yorgelis M. shared her Linktree https://linktr.ee/yorgelis.cruce with me after session. It has her address in Chorrera on it.', [('name', 'Yorgelis M.'), ('url', 'https://linktr.ee/yorgelis.cruce'), ('place', 'Chorrera')]),
    C('has anyone else noticed anniversaries hitting harder in the second year than the first'),
    C('Jeseník floods, Czech side: Pavla Dvořáková lost her pension savings in the cellar. Phone +420 731 482 059, sessions over Zoom from Mikulovice.', [('place', 'Jeseník'), ('name', 'Pavla Dvořáková'), ('phone', '+420 731 482 059'), ('place', 'Mikulovice')]),
    C("Blik payment failed from Agnieszka Bąk-Sowa's account PL61 1090 1014 0000 0712 1981 8227. She's in Nysa and thinks the bank is freezing her because of the flood claim.", [('name', 'Agnieszka Bąk-Sowa'), ('account', 'PL61 1090 1014 0000 0712 1981 8227'), ('place', 'Nysa')]),
    C('The pacemaker clinic gave me the serial for Hortense Leclercq: Biotronik Enitra 8 SN 66093051. She\'s 88, lives in Roubaix\'s Alma-Gare, and wants it switched off "before the next heatwave". Ethics?', [('name', 'Hortense Leclercq'), ('device', 'Biotronik Enitra 8 SN 66093051'), ('place', "Roubaix's Alma-Gare")]),
    C('has anyone done therapy through a car window? asking for a very anxious client'),
    C("Paulina Wiśniewska keeps cancelling. She's in Toruń and her mum drives her. Is the mum the problem?", [('name', 'Paulina Wiśniewska'), ('place', 'Toruń')]),
    C('IBAN SI56 0201 0025 7309 516 - Rok Zupan wants to pay by standing order from Ravne na Koroškem. Is there a problem with a 12-month standing order for a flood survivor?', [('account', 'SI56 0201 0025 7309 516'), ('name', 'Rok Zupan'), ('place', 'Ravne na Koroškem')]),
    C('How are people feeling about ketamine clinics? Three clients asked about Spravato this month.'),
    C("Beryl, Grenadines: Kishawn Ollivierre on Union Island lost his boat and his mother's house the same day. Vincentian phone +1 784 458 2217. He's sleeping on the boat's wreck at Clifton harbour.", [('name', 'Kishawn Ollivierre'), ('place', 'Union Island'), ('phone', '+1 784 458 2217'), ('place', 'Clifton harbour')]),
    C('anyone using body maps with kids after disasters? would love to see examples (no identifying details obviously)'),
    C("i've started ending sessions with two minutes of silence and clients seem to like it. anyone else do that"),
    C('In Brazil, Portugal and Angola the same PCL-5 translation is used, but my clients from Bahia and from the Alentejo read it completely differently. Has anyone written on this?'),
    C('Does anyone use the Columbia Suicide Severity Rating Scale in Spanish with Mexican clients? The translation of "wish to be dead" feels off.'),
    C("Group invite link https://meet.jit.si/ahrtal-eltern-gruppe-2024 for Ulrike Schäfer-Brück's parents' group in Dernau. Can people join anonymously on Jitsi?", [('url', 'https://meet.jit.si/ahrtal-eltern-gruppe-2024'), ('name', 'Ulrike Schäfer-Brück'), ('place', 'Dernau')]),
    C("Gabriel Lacroix asked me not to write that he's from Iqaluit's Apex in any letter. Why would that matter, do you think?", [('name', 'Gabriel Lacroix'), ('place', "Iqaluit's Apex")]),
    C('does anyone have a good handout on grounding for flood survivors? something short, big font, not too clinical'),
    C("I'm presenting at the ISTSS meeting in November with colleagues from Chile, Colombia and Mexico on disaster work in Spanish-speaking communities."),
    C('Buffalo: Zaria Whitfield worked the register at the supermarket on Jefferson Avenue. Shooting in May 2022. Phone 716-882-4093, lives in Masten Park.', [('place', 'Buffalo'), ('name', 'Zaria Whitfield'), ('street_address', 'Jefferson Avenue'), ('phone', '716-882-4093'), ('place', 'Masten Park')]),
    C('Our service in Ontario, Quebec and Nova Scotia is comparing the GAD-7, the K10 and the WHO-5 for brief screening. Which would you keep if you could only keep one?'),
    C('Adnan Hodžić from Donja Jablanica lost nine neighbours in the October 2024 landslide. JMBG 0705972170018, phone +387 61 442 918. Quarry dust on everything, he says.', [('name', 'Adnan Hodžić'), ('place', 'Donja Jablanica'), ('ssn', '0705972170018'), ('phone', '+387 61 442 918')]),
    C('Long one. Henrik Sæther, 44, was working at the shop across from the Coop in Kongsberg the evening of the bow-and-arrow attack in October 2021. He now drives a bus, licence NO 18-4477-2901, plate EL 48217, and refuses the route past the square. His hearing aids (Oticon More serial 0962-50384) keep "picking up footsteps", he says. He asked if that\'s his ears or his head.', [('name', 'Henrik Sæther'), ('place', 'Kongsberg'), ('licence', 'NO 18-4477-2901'), ('vehicle', 'EL 48217'), ('device', 'Oticon More serial 0962-50384')]),
    C('Uvalde: Marisol Garza teaches second grade in Uvalde now and was a student teacher at the elementary in 2022. Texas DL 38120477. She jumps at every lockdown drill.', [('name', 'Marisol Garza'), ('place', 'Uvalde'), ('licence', '38120477')]),
    C("Moses Okafor-Reed works at the Eaton fire recovery centre and lives in Altadena too. Fax his EAP form to (626) 398-4410. Helper's trauma and his own loss at once.", [('name', 'Moses Okafor-Reed'), ('place', 'Altadena'), ('fax', '(626) 398-4410')]),
    C('Telegram channel https://t.me/oksana_kakhovka_pamyat - Oksana M. posts photos of the dry reservoir bed. She wants me to subscribe. Boundaries?', [('url', 'https://t.me/oksana_kakhovka_pamyat'), ('name', 'Oksana M.')]),
    C("Delroy Gayle is a bus driver from Savanna-la-Mar and drove people out before the storm, then went back. He says he doesn't remember the second trip at all.", [('name', 'Delroy Gayle'), ('place', 'Savanna-la-Mar')]),
    C('Long one. Liam O\'Sullivan, 67, was a firefighter called to the Stardust in Artane in February 1981 and never spoke about it until the inquests reopened. His wife says he\'s crying in the car now. He has a cochlear implant processor (Nucleus 8 SN 3390572-61) and hears the alarms "through the bone". Irish GMS GMS 7712 3095. His son works in Coolock\'s Kilmore West and drives him to the hearings.', [('name', "Liam O'Sullivan"), ('place', 'Artane'), ('device', 'Nucleus 8 SN 3390572-61'), ('health_plan', 'GMS 7712 3095'), ('place', "Coolock's Kilmore West")]),
    C("IP 2001:4c48:2:a1f::42 keeps logging into Thandiwe Okonkwo-Smith's portal from Leeds' Harehills while she's with me in session. Who do I call?", [('ip_address', '2001:4c48:2:a1f::42'), ('name', 'Thandiwe Okonkwo-Smith'), ('place', "Leeds' Harehills")]),
    C("Has anyone worked with Anastasia Karamanlidou? She says she saw someone in our group before she moved from Thessaloniki's Kalamaria, and she'd like continuity.", [('name', 'Anastasia Karamanlidou'), ('place', "Thessaloniki's Kalamaria")]),
    C("i'd love a reading recommendation on moral injury in first responders, not too academic"),
    C("Serbian plate NS 905-TX - Nemanja Ilić's car was torched at the blockade. He's a student, lives in Liman 3.", [('vehicle', 'NS 905-TX'), ('name', 'Nemanja Ilić'), ('place', 'Liman 3')]),
    C("if you've done group work with retired miners, i'd love to hear how you kept it going"),
    C("The American Psychological Association's guideline on trauma in children is useful but very US-centric. Any European equivalent?"),
    C("how do you look after your own sleep when you're hearing disaster stories all day"),
    C("Quick check: would you take Hugo Lefebvre on if he's also seeing a psychiatrist in Lille-Fives who does therapy? Two therapists feels like too many cooks.", [('name', 'Hugo Lefebvre'), ('place', 'Lille-Fives')]),
    C('can someone explain the difference between complicated grief and prolonged grief disorder in plain words, for a parent'),
    C("Wise account BE68 9670 3095 2733 for Koen Vermeulen, Ninove. He's a cyclist who hit a deer and then a truck. Sessions in Dutch.", [('account', 'BE68 9670 3095 2733'), ('name', 'Koen Vermeulen'), ('place', 'Ninove')]),
    C('Nova Scotia: Heather MacLellan lost her neighbour in the 2020 shootings in Portapique Beach Road area. MSI MSI 2093 339 571. She wants to talk about the RCMP inquiry but gets too angry to finish a sentence.', [('name', 'Heather MacLellan'), ('place', 'Portapique Beach Road area'), ('health_plan', 'MSI 2093 339 571')]),
    C("Reply went to k.mcdonagh1974@eircom.net - Kevin McDonagh, Traveller, Tuam's Athenry Road side, asked for sessions after the halting site eviction.", [('email', 'k.mcdonagh1974@eircom.net'), ('name', 'Kevin McDonagh'), ('place', "Tuam's Athenry Road side")]),
    C('Has anyone tried Narrative Exposure Therapy with older Ukrainian refugees? Curious how the lifeline works with very long lives.'),
    C("Anyone in Ireland, Scotland or Wales using the Grief Recovery Method, or is it mostly a North American thing? Our HSE manager asked and I didn't know."),
    C('Twint +41 79 603 51 90 - Jérôme Berset pays from Lens-Flanthey. He was a barman at the Constellation.', [('account', '+41 79 603 51 90'), ('name', 'Jérôme Berset'), ('place', 'Lens-Flanthey')]),
    C("Bogdan Mureșan's cochlear processor (Naída CI M90 serial AB-77318-C) broke in the fight at the match in Cluj-Napoca. Deaf, his mates didn't notice he couldn't hear them.", [('name', 'Bogdan Mureșan'), ('device', 'Naída CI M90 serial AB-77318-C'), ('place', 'Cluj-Napoca')]),
    C('Seu Valdir Schmitt is ninety-one and a half this Easter, lost his house in Eldorado do Sul\'s Centro Novo, and says "the water came to collect". Daughter wants him in a home in Canoas.', [('name', 'Valdir Schmitt'), ('age_over_89', 'ninety-one and a half this Easter'), ('place', "Eldorado do Sul's Centro Novo"), ('place', 'Canoas')]),
    C('Hello all, a question about Tucker Bryson. He\'s 9, from Chimney Rock, and plays "flood" with his Legos every day. Mom is scared. I think it\'s healthy processing. When does it stop being?', [('name', 'Tucker Bryson'), ('place', 'Chimney Rock')]),
    C('does anyone else find the end of the year brings up the most grief?'),
    C("Can anyone in Winnipeg's North End see Tanya Keeper in person? She's Anishinaabe and moved from Berens River for school.", [('place', "Winnipeg's North End"), ('name', 'Tanya Keeper'), ('place', 'Berens River')]),
    C("Born 14 March 1935, so she's ninety, going on ninety-one: Margarethe Kühn in Wernigerode, flashbacks of Dresden in February 1945.", [('date', '14 March 1935'), ('age_over_89', 'ninety, going on ninety-one'), ('name', 'Margarethe Kühn'), ('place', 'Wernigerode'), ('place', 'Dresden')]),
    C('Petra Lindqvist (petra.lindqvist@kiruna-gruva.se) is emailing from her work account. Should I warn her?', [('name', 'Petra Lindqvist'), ('email', 'petra.lindqvist@kiruna-gruva.se')]),
    C("I've been using compassion-focused therapy with shame after disasters, following Paul Gilbert. It's helping."),
    C("Baltimore: Maynor Suazo Sandoval's brother was on the Key Bridge crew in March 2024. The family is in Highlandtown. Honduran, mum wants therapy in Spanish. Any referrals?", [('place', 'Baltimore'), ('name', 'Maynor Suazo Sandoval'), ('place', 'Highlandtown')]),
    C("my client keeps apologising for crying. i've tried saying it's ok. any other approach?"),
    C("how do you say goodbye to a client who dies? i went to a funeral last week and i'm still unsure it was right"),
    C('A bit of a saga. Gheorghe Lupu, long-haul driver from Bârlad, was in the queue at the Ukrainian border at Siret for nine days in 2022 bringing aid. His Romanian licence RO 0592613 IS was taken after a brawl with another driver. Lorry plate VS 18 GLU. Since then he drinks more and his wife Mirela Lupu has called me twice. He\'ll come once "to show her". How would you use that one session?', [('name', 'Gheorghe Lupu'), ('place', 'Bârlad'), ('place', 'Siret'), ('licence', 'RO 0592613 IS'), ('vehicle', 'VS 18 GLU'), ('name', 'Mirela Lupu')]),
    C("Is it normal that Marijana remembers the song that was playing and nothing else? She was near the exit of the club that night, her cousin from Štip wasn't.", [('name', 'Marijana'), ('place', 'Štip')]),
    C("I'd value help with a case that keeps me awake. Lucía Pastor Mollá is a carer in Algemesí. On the night of the DANA she carried a woman in a wheelchair (Sunrise Quickie serial QK70395126) up to the first floor, and the woman's husband drowned in the garage while they were upstairs. The family has since written to her and thanked her. She reads the letter every night. Her GP referral came with the record number HLF-2024-0093561 from the district hospital.", [('name', 'Lucía Pastor Mollá'), ('place', 'Algemesí'), ('device', 'Sunrise Quickie serial QK70395126'), ('medical_record', 'HLF-2024-0093561')]),
    C('Oxygen concentrator Philips EverFlo SN K730259 - Delphine Moreau, Perpignan, heatwave and power cut. She thinks EDF "wants her dead".', [('device', 'Philips EverFlo SN K730259'), ('name', 'Delphine Moreau'), ('place', 'Perpignan')]),
    C("Wondering what you'd make of this: Lotte Janssen from Valkenburg only talks about the 2021 flood when it's raining.", [('name', 'Lotte Janssen'), ('place', 'Valkenburg')]),
    C('Lithium levels question: do you ask clients about them directly or leave it entirely to the psychiatrist?'),
    C('For the Balkan colleagues: the Bosnian, Croatian and Serbian translations of the HTQ are almost identical, but clients care which one they get.'),
    C('Does anyone know Maribel Ortega? She says her last therapist in Las Cruces\' Mesilla Park was in this group and told her she was "too much".', [('name', 'Maribel Ortega'), ('place', "Las Cruces' Mesilla Park")]),
    C('honestly burnt out after the floods work. taking two weeks off and feeling guilty about it'),
    C("The Irish Council for Psychotherapy has a new statement on working with Travellers. Worth reading before Thursday's meeting."),
    C("Doña Ofelia Rincón, 97 and a half, was moved from El Tarra by the Red Cross. She asks for her hens. Family in Ocaña doesn't know how to tell her they're gone.", [('name', 'Ofelia Rincón'), ('age_over_89', '97 and a half'), ('place', 'El Tarra'), ('place', 'Ocaña')]),
    C('The school\'s tracking shows Lazar\'s laptop logging in from 2a02:2808:1a04:2c0::1f at 2am every night. Mum Jelena Đorđević-Kostić asked me to "check what he\'s looking at". No.', [('name', 'Lazar'), ('ip_address', '2a02:2808:1a04:2c0::1f'), ('name', 'Jelena Đorđević-Kostić')]),
    C("Ontario DL M6053-27734-90615, plate CKRW 736 - Gurpreet Sidhu, truck driver from Brampton's Springdale, rolled his rig on the 401 in freezing rain.", [('licence', 'M6053-27734-90615'), ('vehicle', 'CKRW 736'), ('name', 'Gurpreet Sidhu'), ('place', "Brampton's Springdale")]),
    C('Book recommendation for Portuguese speakers: Christian Dunker on suffering and Brazilian society. Heavy but worth it.'),
    C("Simone Baptiste from Castries lost her son to a gang shooting in Marchand, Castries east and now runs a mothers' group. Burnout?", [('name', 'Simone Baptiste'), ('place', 'Castries'), ('place', 'Marchand, Castries east')]),
    C('Dominican Republic: Ramón Antonio Peña, cédula 001-1742893-4, taxi plate A 582264, survived the San Cristóbal blast in August 2023. Lives in Madre Vieja Norte.', [('name', 'Ramón Antonio Peña'), ('ssn', '001-1742893-4'), ('vehicle', 'A 582264'), ('place', 'San Cristóbal'), ('place', 'Madre Vieja Norte')]),
    C("Altadena, January 2025: Lorraine Batiste, 90 last birthday, lost the house her father bought in 1962 on Lincoln Avenue. Family from Pasadena's Bungalow Heaven took her in. She asks every morning to go home.", [('place', 'Altadena'), ('name', 'Lorraine Batiste'), ('age_over_89', '90 last birthday'), ('street_address', 'Lincoln Avenue'), ('place', "Pasadena's Bungalow Heaven")]),
    C("Peru protests: Rosa Mamani Quispe lost her son in Juliaca's Santa Adriana in January 2023. DNI 40736591, SIS SIS 4073 6591 01. She talks to him every night by the lake.", [('name', 'Rosa Mamani Quispe'), ('place', "Juliaca's Santa Adriana"), ('ssn', '40736591'), ('health_plan', 'SIS 4073 6591 01')]),
    C('Good piece in The Lancet Psychiatry this month about climate anxiety in young people across Europe.'),
    C('my notes are a mess this month. does anyone have a template they like for brief trauma work'),
    C('Long case, need a sounding board. Sakari Heikkinen, 52, is a Sámi reindeer herder from near Inari\'s Sevettijärvi road whose snowmobile was hit by a logging truck (KTX-627) on 9.2.2025. He lost a leg. Prosthesis (Össur Pro-Flex serial PFX3069152) rubs and he won\'t go back to the clinic in Rovaniemi\'s Ounasrinne because "they talk to me like a tourist". HETU 230472-417F.', [('name', 'Sakari Heikkinen'), ('place', "Inari's Sevettijärvi road"), ('vehicle', 'KTX-627'), ('date', '9.2.2025'), ('device', 'Össur Pro-Flex serial PFX3069152'), ('place', "Rovaniemi's Ounasrinne"), ('ssn', '230472-417F')]),
    C("California DL Y7093652, plate 9KRT605 - Esperanza Lugo was rear-ended by a drunk driver in Boyle Heights' Wabash. Kids in the back.", [('licence', 'Y7093652'), ('vehicle', '9KRT605'), ('name', 'Esperanza Lugo'), ('place', "Boyle Heights' Wabash")]),
    C("Plate DKL 52R4 - Marek Sobczak's van, washed off the bridge in Stronie Śląskie with his tools inside. He keeps the registration certificate in his wallet.", [('vehicle', 'DKL 52R4'), ('name', 'Marek Sobczak'), ('place', 'Stronie Śląskie')]),
    C("Gunnhildur Sveinsdóttir had to leave Grindavík's Hópshverfi in November 2023 and the town's been sliced by the fissures ever since. Kennitala 120374-3389. She misses the harbour smell more than the house.", [('name', 'Gunnhildur Sveinsdóttir'), ('place', "Grindavík's Hópshverfi"), ('ssn', '120374-3389')]),
    C('The Norwegian Directorate of Health and the Swedish National Board of Health and Welfare both recommend stepped care. Does anyone find it works in the Arctic?'),
    C('Acapulco after Otis: Yesenia Bravo Nava, CURP BANY910305MGRRVS08, IMSS NSS 31 89 91 0472 6, Av. Costera Miguel Alemán 1420, int. 6, 39690 Acapulco. Cleaner at a hotel that lost its whole face.', [('name', 'Yesenia Bravo Nava'), ('ssn', 'BANY910305MGRRVS08'), ('health_plan', '31 89 91 0472 6'), ('street_address', 'Av. Costera Miguel Alemán 1420, int. 6'), ('zip_code', '39690'), ('place', 'Acapulco')]),
    C('Question from a colleague in Montenegro: is the Serbian adaptation of the BDI-II usable there, or is there a separate one?'),
    C('how many sessions do you usually plan for a single-incident trauma in adults? ballpark'),
    C("Facebook page https://www.facebook.com/groups/brumadinho.maes - Cleide Santos from Brumadinho's Córrego do Feijão runs the mothers' group after the dam. She wants me to post there.", [('url', 'https://www.facebook.com/groups/brumadinho.maes'), ('name', 'Cleide Santos'), ('place', "Brumadinho's Córrego do Feijão")]),
    C('Ecuadorian and Peruvian clients keep mentioning "susto". Has anyone found a respectful way to work with it alongside CBT?'),
    C("feeling a bit out of my depth with a client's religious scrupulosity. any good reading?"),
    C("Post Office: Derek Ashworth, sub-postmaster in Clitheroe's Low Moor till 2006, wrongly convicted. NI number JR 48 21 77 C. Compensation letter arrived and he had a panic attack opening it.", [('name', 'Derek Ashworth'), ('place', "Clitheroe's Low Moor"), ('ssn', 'JR 48 21 77 C')]),
    C("Wheelchair Permobil M3 serial 5530916-PM was destroyed by the airline on Siddharth Mehra's flight to Halifax's Spryfield. He's been housebound ten days. Anger, depression, or both?", [('device', 'Permobil M3 serial 5530916-PM'), ('name', 'Siddharth Mehra'), ('place', "Halifax's Spryfield")]),
    C("Chart SMH 0762-9015 - Aklaq Ipellie, Inuk, flown from Pangnirtung, Cumberland Sound to Toronto's St. James Town for psych. Phone 867-473-8218. He wants to go home and the team says no.", [('medical_record', 'SMH 0762-9015'), ('name', 'Aklaq Ipellie'), ('place', 'Pangnirtung, Cumberland Sound'), ('place', "Toronto's St. James Town"), ('phone', '867-473-8218')]),
    C('Between Advent, Hanukkah, Christmas, the Orthodox Christmas in January and the Lunar New Year, my December and January calendar is all holidays and grief.'),
    C("Sinpe Móvil 8730 5169 - Xinia Calderón from Puntarenas pays from her daughter's number.", [('account', '8730 5169'), ('name', 'Xinia Calderón'), ('place', 'Puntarenas')]),
    C('Trinidad: Ravi Ramdass, PCX plate PCX 6093, robbed at gunpoint in his taxi on the Beetham highway. Phone 1-868-481-2230. He drives again but only in daylight.', [('name', 'Ravi Ramdass'), ('vehicle', 'PCX 6093'), ('place', 'Beetham'), ('phone', '1-868-481-2230')]),
    C('Eamon Doherty said his brother in Derry\'s Creggan was "lifted" in 1972 and never the same. He\'s 78 and has never told his kids.', [('name', 'Eamon Doherty'), ('place', "Derry's Creggan")]),
    C("Any Catalan-speaking colleagues who'd take referrals from the Valencian Community and the Balearic Islands? Some clients want Valencian, not Castilian."),
    C("fwd from portal: login alert for Nerea Castelló Ferrer's client account from IP 83.47.212.19 at 03:14, device unknown. She says her ex knows her password. Can I advise her on security or is that outside scope?", [('name', 'Nerea Castelló Ferrer'), ('ip_address', '83.47.212.19')]),
    C('German colleagues: do the Krankenkassen cover Ukrainian-language therapy through the Jobcenter, or only through the Sozialamt?'),
    C('GoFundMe for Chloe Fairhurst\'s family: https://www.gofundme.com/f/chloe-dance-recovery-southport. Mum asked me to share it with "your therapist friends". I said no. Right call?', [('name', 'Chloe Fairhurst'), ('url', 'https://www.gofundme.com/f/chloe-dance-recovery-southport')]),
    C("Ole Bremnes, født 18.11.1932, 93 år, Svolvær's Kabelvåg side, fisherman, has started having nightmares about the boat that sank in 1957.", [('name', 'Ole Bremnes'), ('date', '18.11.1932'), ('age_over_89', '93 år'), ('place', "Svolvær's Kabelvåg side")]),
    C("Gwilym ap Rhys's Dexcom transmitter (Dexcom G6 TX 8G7QM3) was nicked from his bag on the train to Aberystwyth's Penparcau. He thinks it was his ex. Stalking or theft?", [('name', 'Gwilym ap Rhys'), ('device', 'Dexcom G6 TX 8G7QM3'), ('place', "Aberystwyth's Penparcau")]),
    C('Tomas Jankauskas patrols the Belarus border near Druskininkai for the State Border Guard. He saw a man die in the forest in the cold. Asmens kodas 38811020457.', [('name', 'Tomas Jankauskas'), ('place', 'Druskininkai'), ('ssn', '38811020457')]),
    C("Irish reg 222-D-60935, the car Niamh Kavanagh was in when the riot mob surrounded it. She lives in Crumlin. Still can't drive into town.", [('vehicle', '222-D-60935'), ('name', 'Niamh Kavanagh'), ('place', 'Crumlin')]),
    C('Ulrike Schäfer from Schuld still keeps the sandbags in her hallway three years on. Her son wants them gone. Is it my place to talk about the sandbags?', [('name', 'Ulrike Schäfer'), ('place', 'Schuld')]),
    C("EMBG 2203006450019, plate KO 4471 AB (his father's car, drove the injured to the hospital), phone +389 70 318 552. Client Goran Stojanov, MK-2300 Kočani's Rečani quarter.", [('ssn', '2203006450019'), ('vehicle', 'KO 4471 AB'), ('phone', '+389 70 318 552'), ('name', 'Goran Stojanov'), ('zip_code', 'MK-2300'), ('place', "Kočani's Rečani quarter")]),
    C("Books that helped me this year: Resmaa Menakem's My Grandmother's Hands, Sarah Schulman's Conflict Is Not Abuse and Hilary Mantel's memoir, oddly."),
    C('Uruguay: Martina Sosa, cédula 4.752.903-1, from Las Piedras, works in a care home where 14 residents died in a fire. She was on the night shift next door. Email martina.sosa.lp@adinet.com.uy.', [('name', 'Martina Sosa'), ('ssn', '4.752.903-1'), ('place', 'Las Piedras'), ('email', 'martina.sosa.lp@adinet.com.uy')]),
    C('Does Adderall show up differently in the UK than in the US? A client from Ohio moving to England is confused by Elvanse and Concerta.'),
    C("Bus driver Rafael Ortiz Lima, from Brazil, lives in Phibsborough's Royal Canal end. His bus was burned that night. Irish licence 014 829 377. He hasn't driven since and the company wants him back.", [('name', 'Rafael Ortiz Lima'), ('place', "Phibsborough's Royal Canal end"), ('licence', '014 829 377')]),
    C('does anyone run groups for siblings of people who died? mine keep getting forgotten'),
    C('Does anyone know whether Medicaid in Texas, Florida or Louisiana covers EMDR by telehealth? The rules seem to change every January.'),
    C("how are people charging for missed sessions when the client was evacuated? i've been waiving it"),
    C("For the Tuesday group: bring your copy of Yalom and Leszcz, The Theory and Practice of Group Psychotherapy, and we'll do chapters Three and Four before Christmas."),
    C("can grief look like anger at the rescuers? i'm hearing a lot of it"),
    C("Paraguay: Derlis Benítez had a cousin killed in the prison riots at Tacumbú. He is a guard himself. CI 3.881.204. Ethics of seeing a guard whose colleagues are my other clients' jailers?", [('name', 'Derlis Benítez'), ('place', 'Tacumbú'), ('ssn', '3.881.204')]),
    C('Maarten de Vries from Loppersum says the earthquakes from the gas field cracked his marriage before they cracked his walls.', [('name', 'Maarten de Vries'), ('place', 'Loppersum')]),
    C("I'm doing a short talk for the British Psychological Society's Welsh branch on rural grief. Anyone have data from Wales, Scotland or Northern Ireland?"),
]

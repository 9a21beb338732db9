"""THIRTY-FOURTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 34), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not run
the guard, bench/guard_eval.py or any test that imports or runs the guard,
did not read git log messages, bench/README.md, README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or diffs of any commit, and did
not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_33.py.  No slip of these rules occurred.
What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_33.py only (printed up to its
closing triple quote, for the format description, the provenance wording,
the labelling conventions and its list of settings, so that this set's
settings differ; none of its cases), the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and its
last three lines (two snippets, for the file format; none of their
sentences was copied), the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py (exactly lines 29-41, nothing else of that file), and
tests/bot/confidentiality/test_locked_sets.py (the data integrity checks,
which hold no snippets).  The only test run was test_locked_sets.py; ruff
was run on this file and on that test file.

How it was made: every snippet was written by hand as a consultation
request or a chat message to peers in a therapists' consultation group,
in Chile, Paraguay, Uruguay, Argentina, Peru, Guatemala, Honduras,
Venezuela, Haiti, Jamaica, Trinidad, Louisiana and Texas, Hawaii, Greenland, the Faroe Islands, Iceland, Norway, Denmark, Sweden,
Finland, Estonia, Lithuania, Poland, Czechia, Slovakia, Slovenia, Croatia,
Bosnia, Albania, Austria, South Tyrol, Switzerland, Belgium, the
Netherlands, the Basque Country, Cyprus,
Italy (Abruzzo, Molise), Morocco, Algeria, Tunisia,
Jordan, Kuwait, Saudi Arabia, Qatar, the UAE, Iran, Uzbekistan,
Kyrgyzstan, Mongolia, Nepal, Bhutan, Bangladesh, Sri Lanka, Kerala and
Maharashtra, Pakistan, Cambodia, Thailand, Vietnam, Malaysia, Hong Kong,
Korea, Japan, the Philippines, Fiji, Samoa, Tonga, Aotearoa New Zealand,
Australia, Senegal, Gambia, Guinea, Chad, Ghana, Nigeria, Uganda, Kenya,
Tanzania, Rwanda, Zambia, Zimbabwe, Botswana, Lesotho, Mozambique,
Mauritius, South Africa, Ireland, the four UK nations, Canada (Quebec,
Saskatchewan, Ontario's First Nations) and the US: formal referral
notes, rushed lower-case chat (five snippets write the names and places
in lower case), asides with false starts (a first name given and then
corrected, both labelled) and one-liners.  Nothing was composed by a
script: the author wrote the snippets in plain text files outside the
repository with the planted spans marked inline, and a script (also kept
outside the repository, in /tmp/set34work/) only stripped the marks into
the expected lists, checked lengths, token boundaries, duplicate spans
and duplicate snippets, measured the clean density and wrote this file.
While writing, identifier snippets were reworded as follows: notes the
author had left to himself in eight places (remarks on earlier sets'
settings and wrong guesses) were cut, a false
start that held an unlabelled name was cut, a real town named in an old
soldier's nightmares was replaced by the campaign, and an age written as
"nonagenarian (97)... wait" was rewritten; three URLs and an IP address
were added to existing snippets to reach the category minimum.  In the
clean snippets, an unsure remark on a streaming adaptation, a false
start naming an app, an unsure first-responder charity, an unsure
conference month, an unsure list of conference speakers, a conference
venue, an unsure date for a bill's passage, an unsure Gaelic helpline page
and an unsure leaflet title were cut or made vaguer.
Overlap with the other sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 28 values in the first round
(6 names, 4 places, 15 ages over 89, an IP address and two record
numbers; names were given longer or rarer surnames, places other
invented places or more particular ones, one real capital was dropped),
with replacement ages, record numbers and IP addresses picked from a few
candidate strings that a second filter checked, printing only ok or
clash for each; then one IP address, replaced again; the last pass,
after three URLs and an IP address were added, found nothing.

Settings (chosen to differ from set 33's): firefighters, police,
paramedics, avalanche and mountain rescuers, bomb-disposal and other
soldiers, cadets and veterans with TBI, moral injury and PTSD, hoarding,
Tourette's, tinnitus, stammering, selective mutism, sleep paralysis and
nightmares, trichotillomania and skin picking, body dysmorphia, climate
and eco-anxiety, burns, acid attack, amputation and prostheses, organ
transplant waiting lists, lupus nephritis, cystic fibrosis transition,
sickle cell, HIV disclosure, hepatitis B and C stigma, long COVID, ALS
caregivers, silicosis, pacemakers and home oxygen, chronic pain and
intrathecal pumps, trafficking, migrant domestic workers, child soldiers,
refugee camps, asylum appeals, torture, prison release, parole, stalking,
coercive control, elder abuse and bank fraud in the very old, cults,
exorcism, ayahuasca, clergy, seminarians and missionaries, ex-Witnesses
and Amish leavers, polyamory, lesbian couples' violence, gender
dysphoria, surrogacy, male infertility, hikikomori, performance anxiety in
musicians, elite and Paralympic athletes, jockeys, RED-S, concussion,
chess prodigies, academics, surgeons, nurses, vets, zookeepers, funeral
directors, scuba instructors, lighthouse widows, herders, farmers after
drought, fishermen, snow-plough, tram and truck drivers, restaurant
owners, lottery winners and crypto miners; with local identifier formats
for a Polish PESEL, a Vietnamese citizen ID, a Botswana Omang, a Bhutanese
citizenship ID, a Ugandan NIN, a Qatar ID, a Pakistani CNIC, an Estonian
isikukood, a Romanian CNP, a Swedish personnummer, an Icelandic
kennitala, a Hong Kong ID, a French social security number, a US SSN,
a Swiss permit number, a Canadian status card and an Irish service
number (ssn), hospital, IVF, school, parole and NHI numbers
(medical_record), NEAK, SUS, Daman, Saudi Bupa, NHIF, VZP, Maccabi,
Medicare, RAMQ, VA, Tongan and Dutch numbers (health_plan), Ukrainian,
Cypriot, Mauritian and Irish IBANs, UNHCR and asylum case numbers, a
flood claim, a gym membership, betting,
Uzbek card, SSS pension, Spanish tax debt and redress accounts
(account), HGV, nursing, dental, veterinary, teaching, jockey, rescue,
diving, police, brand and surgical licences (licence), plates from
Chile, Greenland, Mongolia, Aotearoa, South Africa, Croatia, Honduras,
Norway, Czechia, the UK and a Faroese trawler and a Samoan fishing
vessel (vehicle), sound generators, hearing aids, a cochlear processor,
prostheses, wheelchairs, an insulin pump, a pacemaker, a BiPAP and a
CPAP, oxygen concentrators, a laptop, an access card and a guide dog ID
(device), addresses written the local way (a Paraguayan calle, a Danish
vej with floor, a Polish ulica with flat, a Zambian plot, a Pakistani
house, street and block, a Philippine purok and sitio, Austrian, German,
Swiss and South Tyrolean streets, a Basque kale, a Dutch straatje, a
Bosnian ulica, a Peruvian avenida, a Quebec rue, a Spanish calle,
Australian units, US, Scottish, Irish and English streets) with
postal codes of those countries, IPv4 (public and shared-address) and
IPv6 (documentation and public) addresses, URLs (club and school pages,
social profiles, a forum and a blog) and phone and fax numbers in local
and international formats.

365 snippets, 209 with identifiers and 156 clean (lengths 40-520, the
test's bounds). Every pattern category appears at least 12 times (the test
requires 12): date 13, age_over_89 17, phone 23, fax 16, email 17, url 12,
ip_address 12, ssn 18, medical_record 17, health_plan 14, account 20,
licence 20, vehicle 13, device 18, street_address 25, zip_code 22; with
218 names and 209 places smaller than a state (the test requires 218 and
209).

Names: Mapuche, Guaraní-Paraguayan, Quechua and Aymara, Chilean,
Argentine (Jewish), Mexican, Guatemalan (Maya), Honduran, Venezuelan,
Brazilian, Haitian, Jamaican, Trinidadian, Cajun and African American,
Amish, Cree, Crow, Native Hawaiian, Greenlandic, Faroese, Icelandic,
Norwegian, Danish, Swedish (and a Korean adoptee), Finnish, Estonian,
Lithuanian, Polish, Czech, Slovak, Slovenian, Croatian, Bosniak,
Albanian, Austrian, South Tyrolean, German, Swiss, Dutch, Flemish,
French, Basque, Italian, Greek and Greek Cypriot, Moroccan, Algerian,
Tunisian, Jordanian, Palestinian-Jordanian, Iraqi, Saudi, Emirati,
Iranian, Afghan, Kazakh, Uzbek, Kyrgyz, Mongolian, Sherpa, Magar, Bhutanese,
Bangladeshi, Sinhalese, Tamil, Malayali, Marathi, Punjabi, Pakistani,
Khmer, Thai, Vietnamese, Malaysian and Hong Kong Chinese, Korean,
Japanese, Filipino, Fijian, Samoan, Tongan, Māori, Aboriginal
Australian, Wolof, Mandinka, Fula, Chadian, Akan, Igbo, Yoruba,
Acholi, Kikuyu, Kalenjin, Luhya, Swahili, Burundian, Shona, Tswana,
Sotho, Zulu, Mozambican, Mauritian Indian, Cape Malay, Afrikaans,
Irish and Irish-language, Scottish and Orcadian, Welsh and English
names; lower-case names, hyphenated and multi-part names, titles (Dr,
Fr., Rev., Sgt., Cpl., Capt., Br., Cadet, Aunty, Ntate, Dona, Mrs),
and two or three names in one snippet.
Places: invented towns, villages, hamlets, crosses and townlands,
barrios, colonias, urbanizaciones, villas and bairros, a selo, a sum and
bag, a mahalla and kvartal, a dacha, a sídliště, city districts and
suburbs, estates, blocks, extensions, smallholdings, plaas and farm
lanes, a lof, a First Nation, a mission, camps and settlements, wards
and chōme, dong and gil, lanes, a gymnasium, schools,
colleges, academies, a gaelscoil, a conservatoire and a seminary,
hospitals and wings, a surgical suite, a practice and a vet clinic, a
retirement village, a manor and a Seniorenstift, a shelter, a remand
annex and barracks, parish churches and a Dorfkirche, a theatre, a swimming
pool, a gym and an equestrian centre, a fire station, a police station, a
tram depot and a bus depot, harbours, a wharf, a campground, a field hut,
allotments, a chapel of rest, a market stage, and places after street
addresses.

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
(cities and districts appear only inside the names of universities, a
foundation, a company, a centre, a treaty, a protocol, two scales and a
questionnaire; nine cities, a hospital and a city's school of thought
named as where an organisation, a trial or a clinician worked were
replaced by their country or state, cut, or written out as a
university in a last review).
Capitalised-word density, computed by the author's own script on this
file: words starting with a capital letter that are not the first word
of the snippet or of a sentence (after . ! or ?, skipping opening quotes
and brackets), excluding the pronoun I and its contractions, number
1465 in the 156 clean snippets, a mean of 9.4 per clean snippet
(median 9, minimum 2, maximum 18); counting only words with at least
one lower-case letter (no all-capitals acronyms such as CBT or PHQ-9) the
mean is 8.3.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made
up; a few real districts, suburbs, towns and streets are used only as
places; the other named clinics, care homes, schools, workplaces and
settlements are invented.  Real public figures, authors and therapy
founders appear only in clean snippets, as the authors of models and
books, and are not labelled.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, *expected: tuple[str, str]) -> EvalCase:
    return EvalCase(text, list(expected))


LOCKED34_CASES = [
    C('Consult request: firefighter Tomás Irarrázabal Vial, 44, station chief at Cuartel Bomberos Lomas de Quelentaro, flashbacks since the forest fire on 17 February 2024. Call me on +56 9 7713 4028.', ('name', 'Tomás Irarrázabal Vial'), ('place', 'Cuartel Bomberos Lomas de Quelentaro'), ('date', '17 February 2024'), ('phone', '+56 9 7713 4028')),
    C('Hoarding case - Dorotea Achával lives at Calle Piedra Mora 2217 in Barrio Ñandutí Sur, CP 11842; the council cleaning crew is due soon and she is panicking.', ('name', 'Dorotea Achával'), ('street_address', 'Calle Piedra Mora 2217'), ('place', 'Barrio Ñandutí Sur'), ('zip_code', 'CP 11842')),
    C("Can anyone supervise me on a Tourette's client? Giedrius Valančiauskas, student at Žaliakalnio gimnazija Nr. 4, tics worse in exams. His school nurse faxes notes from +370 37 408 991.", ('name', 'Giedrius Valančiauskas'), ('place', 'Žaliakalnio gimnazija Nr. 4'), ('fax', '+370 37 408 991')),
    C('my client baurzhan okalov from ak-tobe selo keeps missing sessions, his email is b.okalov77@postkasten.example if anyone knows the interpreter he mentioned', ('name', 'baurzhan okalov'), ('place', 'ak-tobe selo'), ('email', 'b.okalov77@postkasten.example')),
    C('Climate grief group: Saoirse-Anne Mac Giolla Phádraig (farmer, Carrowkeelmore Upper) asked whether the flood claim FLD-2291-0447 will be paid before she can sleep again.', ('name', 'Saoirse-Anne Mac Giolla Phádraig'), ('place', 'Carrowkeelmore Upper'), ('account', 'FLD-2291-0447')),
    C('Referral from the burns unit at Hospital Clínico Monte Albarrada: Ximena Quispealaya, MRN HCMA-0088214, 38, facial grafts, low mood and avoidance of mirrors.', ('place', 'Hospital Clínico Monte Albarrada'), ('name', 'Ximena Quispealaya'), ('medical_record', 'HCMA-0088214')),
    C('Tinnitus and insomnia: Ondřej Šťovíček has the new sound generator, serial SG-4471-ZX09, from the audiology clinic in Horní Lhota u Blanska. Any CBT-i tweaks for tinnitus?', ('name', 'Ondřej Šťovíček'), ('device', 'SG-4471-ZX09'), ('place', 'Horní Lhota u Blanska')),
    C('Query re capacity: Mwajuma Kilindo, now ninety-three years and two months, living at Kijiji cha Mnyamba with her grandson; he wants her to sign over the shamba.', ('name', 'Mwajuma Kilindo'), ('age_over_89', 'ninety-three years and two months'), ('place', 'Kijiji cha Mnyamba')),
    C("veteran Rangi Tūhoe-Whaanga (ex-army, 2/1 RNZIR) lives in a caravan at Ōkārea Bay campground, plate LRK482, and won't give a fixed address. PTSD, alcohol. ideas?", ('name', 'Rangi Tūhoe-Whaanga'), ('place', 'Ōkārea Bay campground'), ('vehicle', 'LRK482')),
    C('Kidney transplant recipient Pooja Ratnasiri, Kirulapone Lane East, NHI/health fund no. SLHF-5520-98811, fears rejection every time the creatinine drifts.', ('name', 'Pooja Ratnasiri'), ('place', 'Kirulapone Lane East'), ('health_plan', 'SLHF-5520-98811')),
    C('Police officer Jarosław Wąsik-Ołdak asked me to write to occupational health; his service ID / PESEL is 84031507738 and he works out of Komisariat Stare Babice-Zachód.', ('name', 'Jarosław Wąsik-Ołdak'), ('ssn', '84031507738'), ('place', 'Komisariat Stare Babice-Zachód')),
    C("Elite swimmer Anouk Verbruggen-Thys, trains at Zwembad De Vennen, disordered eating after a coach's comment; her club site is https://www.zc-devennen.example.be/team/anouk.", ('name', 'Anouk Verbruggen-Thys'), ('place', 'Zwembad De Vennen'), ('url', 'https://www.zc-devennen.example.be/team/anouk')),
    C("Selective mutism: Leilani Kamakea-Ortiz (7) at Hale Kula Mānoa Elementary whispers only to her cousin. Mum's cell (808) 555-0193.", ('name', 'Leilani Kamakea-Ortiz'), ('place', 'Hale Kula Mānoa Elementary'), ('phone', '(808) 555-0193')),
    C("Stammering and social anxiety - Ifeoluwa Adéṣínà-Brown, engineer, moved to Lekki Phase 3 Estate; speech therapist's fax +234 1 270 8841.", ('name', 'Ifeoluwa Adéṣínà-Brown'), ('place', 'Lekki Phase 3 Estate'), ('fax', '+234 1 270 8841')),
    C('Help with a prison-release case: Dwayne Ellis-Mahabir leaves Golden Grove Remand Annex on 9 January 2027; parole file GG-PRS-33017.', ('name', 'Dwayne Ellis-Mahabir'), ('place', 'Golden Grove Remand Annex'), ('date', '9 January 2027'), ('medical_record', 'GG-PRS-33017')),
    C('Hamza El Ouazzani, 29, from Derb Sidi Bouloukat, sends me long voice notes at night; his contact email hamza.ouazzani@boite.example.ma. OCD with religious scrupulosity.', ('name', 'Hamza El Ouazzani'), ('place', 'Derb Sidi Bouloukat'), ('email', 'hamza.ouazzani@boite.example.ma')),
    C('Trafficking survivor Thi Hong Nhung Lâm is staying at Nhà Bình An shelter; her Vietnamese passport-linked ID 079184002241 was held by the agency.', ('name', 'Thi Hong Nhung Lâm'), ('place', 'Nhà Bình An shelter'), ('ssn', '079184002241')),
    C('Gender-affirming care letter for Kai Andersen-Mørch, Nørrevænget 14, 2. th., 8471 Sabro Kirkeby. Psychiatrist wants my assessment by Friday.', ('name', 'Kai Andersen-Mørch'), ('street_address', 'Nørrevænget 14, 2. th.'), ('zip_code', '8471'), ('place', 'Sabro Kirkeby')),
    C("Our CF transition clinic: Ruairí Ó Cinnéide, 19, moving from Ballinclashet Children's Wing, hospital no. BCW 440-117; grief about the paediatric team.", ('name', 'Ruairí Ó Cinnéide'), ('place', "Ballinclashet Children's Wing"), ('medical_record', 'BCW 440-117')),
    C('Hep C cure but ongoing shame - Zoltán Bőszénfa from Kisbükkös-tanya; his insurer number NEAK 038 554 129 appears on every letter and he hides them.', ('name', 'Zoltán Bőszénfa'), ('place', 'Kisbükkös-tanya'), ('health_plan', 'NEAK 038 554 129')),
    C("Musicians' performance anxiety: Chiara Sbaraglia-Tonini (viola) at Teatro Civico di Valmorbia; she's been taking propranolol from a friend, IP of her telehealth login was 93.41.207.18.", ('name', 'Chiara Sbaraglia-Tonini'), ('place', 'Teatro Civico di Valmorbia'), ('ip_address', '93.41.207.18')),
    C('Clergy burnout: Father Emeka Onyekachukwu-Idika of St Barnabas Parish, Umuoji-Agba, wants to leave ministry. He calls from 0803 417 2296.', ('name', 'Father Emeka Onyekachukwu-Idika'), ('place', 'St Barnabas Parish, Umuoji-Agba'), ('phone', '0803 417 2296')),
    C('Academic with imposter syndrome - Dr Mehreen Qizilbash, lab at Qasimabad Research Block C, access card QRB-CARD-77120, panics on grant days.', ('name', 'Dr Mehreen Qizilbash'), ('place', 'Qasimabad Research Block C'), ('device', 'QRB-CARD-77120')),
    C('sickle cell pain crisis and school: adwoa owusu-bempah, 15, adabraka zongo lane, hospital card KBTH-SC-20931. mum asking for a letter', ('name', 'adwoa owusu-bempah'), ('place', 'adabraka zongo lane'), ('medical_record', 'KBTH-SC-20931')),
    C('Amputation after a landmine: Sokha Chhun at Phum Trapeang Sla, prosthesis ID ICRC-PC-4410-KH, nightmares and phantom pain.', ('name', 'Sokha Chhun'), ('place', 'Phum Trapeang Sla'), ('device', 'ICRC-PC-4410-KH')),
    C('HIV disclosure to a new partner: Tendai Mazvimbakupa, lives at Plot 4417, Kalundu Crescent, Kalundu Heights; medical aid no. MAS-ZM-771902.', ('name', 'Tendai Mazvimbakupa'), ('street_address', 'Plot 4417, Kalundu Crescent'), ('place', 'Kalundu Heights'), ('health_plan', 'MAS-ZM-771902')),
    C('Ahmad Al-Khasawneh, 52, truck owner in Sahab Industrial Estate, licence JO-HGV-4471902, after a fatal crash he was not at fault in. Sleepless since.', ('name', 'Ahmad Al-Khasawneh'), ('place', 'Sahab Industrial Estate'), ('licence', 'JO-HGV-4471902')),
    C('Body dysmorphia in a gym coach: Marlon Beckford-Gayle, Mona Heights gym, posts on https://instagram.example/marlon.lifts.ja; wants a fourth cosmetic procedure.', ('name', 'Marlon Beckford-Gayle'), ('place', 'Mona Heights gym'), ('url', 'https://instagram.example/marlon.lifts.ja')),
    C('Pls advise - Nadia Benhamouda from Cité El Khadra bloc 12, grandmother, who turned 91 in the spring and lives with her, shows signs of elder abuse by an uncle.', ('name', 'Nadia Benhamouda'), ('place', 'Cité El Khadra bloc 12'), ('age_over_89', 'turned 91 in the spring')),
    C('Refugee intake: Ghulam Sakhi Noorzai, case UNHCR-PAK-7731-0082, lodging at Khurasan Colony Gali 3. Dari interpreter available Tuesdays only.', ('name', 'Ghulam Sakhi Noorzai'), ('account', 'UNHCR-PAK-7731-0082'), ('place', 'Khurasan Colony Gali 3')),
    C('Herder client Bataa Ganbold, herder from Bayan-Öndör sum, bag 4, came to the capital after dzud losses; vehicle УБА 44-17 was repossessed.', ('name', 'Bataa Ganbold'), ('place', 'Bayan-Öndör sum, bag 4'), ('vehicle', 'УБА 44-17')),
    C('Sherpa guide Pasang Dawa Sherpa with survivor guilt after the avalanche; agency at Thamel Chowk Trekkers Lane, email pasang.dawa@trekmail.example.np.', ('name', 'Pasang Dawa Sherpa'), ('place', 'Thamel Chowk Trekkers Lane'), ('email', 'pasang.dawa@trekmail.example.np')),
    C('Buddhist monk client Ugyen Tshering Dorji from Khamaed Lhakhang; his citizenship ID 11705002341 is needed for the referral form.', ('name', 'Ugyen Tshering Dorji'), ('place', 'Khamaed Lhakhang'), ('ssn', '11705002341')),
    C('CPTSD after typhoon: Ma. Concepcion Dalisay-Ybañez lives at Purok 6, Sitio Lunhaw, Barangay Tagumpay Norte; her phone +63 917 552 0418.', ('name', 'Ma. Concepcion Dalisay-Ybañez'), ('street_address', 'Purok 6, Sitio Lunhaw'), ('place', 'Barangay Tagumpay Norte'), ('phone', '+63 917 552 0418')),
    C('Night terror consult: Chanida Wongsuwan, 34, nurse at Ban Nong Khiang health centre, wakes screaming; her clinic fax +66 42 811 207.', ('name', 'Chanida Wongsuwan'), ('place', 'Ban Nong Khiang health centre'), ('fax', '+66 42 811 207')),
    C("Orthodox Jewish client Yehuda Leib Frishwasser - I'm not Jewish, any readings on scrupulosity and halacha? He lives on 14 Meadowvale Drive in Kittridge Park.", ('name', 'Yehuda Leib Frishwasser'), ('street_address', '14 Meadowvale Drive'), ('place', 'Kittridge Park')),
    C("Teen gaming and self-harm: Haruto Minegishi at Kita-Sakuragaoka Chūgakkō, 14. School counsellor's email s.kaneda@ksg-school.example.jp.", ('name', 'Haruto Minegishi'), ('place', 'Kita-Sakuragaoka Chūgakkō'), ('email', 's.kaneda@ksg-school.example.jp')),
    C('Dialysis? No, lupus nephritis - Rosângela Fortunato dos Anjos, Vila Jaguaribe de Baixo, SUS card 708 4023 1198 5517, fatigue and depression.', ('name', 'Rosângela Fortunato dos Anjos'), ('place', 'Vila Jaguaribe de Baixo'), ('health_plan', '708 4023 1198 5517')),
    C('Veteran with TBI: Sgt. Marcus Delahoussaye, 2218 Bayou Rouge Rd, Pointe Cypremort, 70538. VA claim VA-CL-88120477.', ('name', 'Sgt. Marcus Delahoussaye'), ('street_address', '2218 Bayou Rouge Rd'), ('place', 'Pointe Cypremort'), ('zip_code', '70538'), ('account', 'VA-CL-88120477')),
    C('Chronic pain + opioid taper: Leticia Arredondo Yáñez, Colonia Lomas del Huizache, pump Medtronic SynchroMed serial NGP417702 being refilled monthly.', ('name', 'Leticia Arredondo Yáñez'), ('place', 'Colonia Lomas del Huizache'), ('device', 'Medtronic SynchroMed serial NGP417702')),
    C("Prisoner's mother: Wanjiru Gachuhi-Mbatia from Kamwangi Market stage asks how to talk to her son in remand; he calls from +254 722 904 117.", ('name', 'Wanjiru Gachuhi-Mbatia'), ('place', 'Kamwangi Market stage'), ('phone', '+254 722 904 117')),
    C('Divorce? no - widowed young: Liesl van der Merwe-Pienaar, Wilgerspruit Smallholdings, husband died 23/05/2025, toddler twins.', ('name', 'Liesl van der Merwe-Pienaar'), ('place', 'Wilgerspruit Smallholdings'), ('date', '23/05/2025')),
    C('Gym injury turned into compulsive exercise - Kieran Ó Dálaigh, account at Ballyglunin Fitness Barn BFB-MEM-00913, insists on training through a stress fracture.', ('name', 'Kieran Ó Dálaigh'), ('place', 'Ballyglunin Fitness Barn'), ('account', 'BFB-MEM-00913')),
    C('Eco-anxiety in a glaciologist: Sigrún Hafsteinsdóttir-Lund working at Svínafellsjökull field hut; her contact sigrun.hl@jokull.example.is.', ('name', 'Sigrún Hafsteinsdóttir-Lund'), ('place', 'Svínafellsjökull field hut'), ('email', 'sigrun.hl@jokull.example.is')),
    C('Deaf client, BSL interpreter booked: Callum Brierley-Nash at Thornbeck Deaf Centre, cochlear? no - hearing aids, serial PH-ND-209771.', ('name', 'Callum Brierley-Nash'), ('place', 'Thornbeck Deaf Centre'), ('device', 'PH-ND-209771')),
    C('Teen pregnancy in foster care: Jazmine Okafor-Reyes (16), placement at Hollyfield Lodge, DOB 2 August 2010, social worker wants a risk formulation.', ('name', 'Jazmine Okafor-Reyes'), ('place', 'Hollyfield Lodge'), ('date', '2 August 2010')),
    C('Workplace bullying at a mine: Khumo Segokgo, Letlhakane Township Ext 7, Omang 493718206, wants to file a grievance.', ('name', 'Khumo Segokgo'), ('place', 'Letlhakane Township Ext 7'), ('ssn', '493718206')),
    C('Snake-bite survivor with PTSD: Ravi Chandran Pillai, Kunnamangalam ward 11, hospital IP no. MCH-KZK-20418.', ('name', 'Ravi Chandran Pillai'), ('place', 'Kunnamangalam ward 11'), ('medical_record', 'MCH-KZK-20418')),
    C('Pacemaker anxiety: Ingeborg Sæbø, 94 this winter, from Fjærlandsvik; she checks her pacemaker St Jude Assurity serial 7730419 app hourly.', ('name', 'Ingeborg Sæbø'), ('age_over_89', '94 this winter'), ('place', 'Fjærlandsvik'), ('device', 'St Jude Assurity serial 7730419')),
    C('Refinery worker after explosion: Farhad Kazemzadeh-Tabrizi, Kuy-e Naft shahrak, licence IR-WLD-33018, hypervigilant at every siren.', ('name', 'Farhad Kazemzadeh-Tabrizi'), ('place', 'Kuy-e Naft shahrak'), ('licence', 'IR-WLD-33018')),
    C('Bilal Choudhury-Rahman, taxi driver in Shadwell Basin Estate, private hire badge PHD-918273, assaulted by a passenger; car LB19 XKT.', ('name', 'Bilal Choudhury-Rahman'), ('place', 'Shadwell Basin Estate'), ('licence', 'PHD-918273'), ('vehicle', 'LB19 XKT')),
    C('Fostering breakdown: Tiarnan McGlinchey, 11, now at Drumahoe Residential Unit, CHI-style no. HSC 448 201 7736; carers exhausted.', ('name', 'Tiarnan McGlinchey'), ('place', 'Drumahoe Residential Unit'), ('medical_record', 'HSC 448 201 7736')),
    C('Stalking victim: Elżbieta Gromulska, ul. Kwiatowa Boczna 7/3, 05-270 Marki-Pustelnik; stalker tracked her IP 188.147.22.61.', ('name', 'Elżbieta Gromulska'), ('street_address', 'ul. Kwiatowa Boczna 7/3'), ('zip_code', '05-270'), ('place', 'Marki-Pustelnik'), ('ip_address', '188.147.22.61')),
    C("need a quick steer - client Ngozi Ebube-Chukwuma (Igbo, Catholic), Emene Ugwuomu Layout, miscarriage x3, husband's family blaming her.", ('name', 'Ngozi Ebube-Chukwuma'), ('place', 'Emene Ugwuomu Layout')),
    C('Cult exit: Johanna Lindqvist-Haarala left the group at Solkulla gården after 12 years; her new number +358 40 718 2209.', ('name', 'Johanna Lindqvist-Haarala'), ('place', 'Solkulla gården'), ('phone', '+358 40 718 2209')),
    C('Prosopagnosia and work stress: Aurélien Ducasse-Morin, ZA des Tilleuls-Est, employer fax +33 5 56 71 40 22.', ('name', 'Aurélien Ducasse-Morin'), ('place', 'ZA des Tilleuls-Est'), ('fax', '+33 5 56 71 40 22')),
    C('Ramadan fasting and bipolar lithium: Yasmin Al-Marzouqi, Al Mizhar 2 villas, Daman card DAM-784-1990-4412207-3.', ('name', 'Yasmin Al-Marzouqi'), ('place', 'Al Mizhar 2 villas'), ('health_plan', 'DAM-784-1990-4412207-3')),
    C('Sports concussion: Tevita Fifita-Havili? no wait - Josaia Ratuvou, rugby, Nadera settlement, his club site https://nadera-rfc.example.fj/players/josaia.', ('name', 'Tevita Fifita-Havili'), ('name', 'Josaia Ratuvou'), ('place', 'Nadera settlement'), ('url', 'https://nadera-rfc.example.fj/players/josaia')),
    C('Fire survivor elder: Dona Genoveva Arrúa, ninety-six next birthday, from Compañía Potrero Yvate, refuses to return to her rebuilt house.', ('name', 'Dona Genoveva Arrúa'), ('age_over_89', 'ninety-six next birthday'), ('place', 'Compañía Potrero Yvate')),
    C('Hoarding + dog rescue: Brigitte Haselsteiner, Föhrenweg 3, A-4203 Altenberg-Reith, vet practice fax +43 7230 88 417.', ('name', 'Brigitte Haselsteiner'), ('street_address', 'Föhrenweg 3'), ('zip_code', 'A-4203'), ('place', 'Altenberg-Reith'), ('fax', '+43 7230 88 417')),
    C('Chess prodigy burnout: Arjun Venkataraghavan, 13, Besant Nagar 4th Avenue flats, tournament account https://chessclub.example.in/@arjun_v13.', ('name', 'Arjun Venkataraghavan'), ('place', 'Besant Nagar 4th Avenue flats'), ('url', 'https://chessclub.example.in/@arjun_v13')),
    C('Pregnant surrogate grief - Oksana Hrytsenko-Pidlisna lived at Bilohorodka-2 dormitory; agency owes money on account UA21 3052 9900 0002 6007 0160 1845 3.', ('name', 'Oksana Hrytsenko-Pidlisna'), ('place', 'Bilohorodka-2 dormitory'), ('account', 'UA21 3052 9900 0002 6007 0160 1845 3')),
    C('Sexual assault at sea: Pita Naufahu-Lolo? - sorry, client is Losana Tuilagi-Vea, deckhand, vessel FV Moana Lagi WS-217, docked at Matautu-tai wharf.', ('name', 'Pita Naufahu-Lolo'), ('name', 'Losana Tuilagi-Vea'), ('vehicle', 'FV Moana Lagi WS-217'), ('place', 'Matautu-tai wharf')),
    C('Query: Ulrich Pfefferkorn, organist at Dorfkirche Unterweilbach, depression after hearing loss; his implant processor serial CI-N7-4481123.', ('name', 'Ulrich Pfefferkorn'), ('place', 'Dorfkirche Unterweilbach'), ('device', 'CI-N7-4481123')),
    C('Adult ADHD assessment for a chef: Iñaki Etxeberria Zubeldia, restaurant at Kale Nagusia 41, 20809 Zarautz-Itsasaurre.', ('name', 'Iñaki Etxeberria Zubeldia'), ('street_address', 'Kale Nagusia 41'), ('zip_code', '20809'), ('place', 'Zarautz-Itsasaurre')),
    C('Fertility grief: Shirin Bahrami-Navid, Shahrak-e Gharb phase 3, IVF clinic file IVF-RYN-0092214, sixth failed transfer.', ('name', 'Shirin Bahrami-Navid'), ('place', 'Shahrak-e Gharb phase 3'), ('medical_record', 'IVF-RYN-0092214')),
    C('Tinnitus in a DJ: Kwame Asare-Bediako, Osu Oxford Street backlane, IP camera at his studio 41.66.208.147 streamed him crying - he wants it gone.', ('name', 'Kwame Asare-Bediako'), ('place', 'Osu Oxford Street backlane'), ('ip_address', '41.66.208.147')),
    C('Parolee needs driving licence back: Raymond Tshabalala, Zola North section 3, licence GP-DL-4029117734, car HTX 417 GP.', ('name', 'Raymond Tshabalala'), ('place', 'Zola North section 3'), ('licence', 'GP-DL-4029117734'), ('vehicle', 'HTX 417 GP')),
    C('Bereaved by suicide, farmer: Hamish Drummond-Keir, Balnacraig Steading, phone 01887 829 441, son died 4 November 2025.', ('name', 'Hamish Drummond-Keir'), ('place', 'Balnacraig Steading'), ('phone', '01887 829 441'), ('date', '4 November 2025')),
    C('Older LGBT client Lionel Fairbrother, aged ninety and a bit, moving into Ashgrove Lea retirement village, afraid to be out there.', ('name', 'Lionel Fairbrother'), ('age_over_89', 'aged ninety and a bit'), ('place', 'Ashgrove Lea retirement village')),
    C('Agoraphobia in a translator: Mirela Hadžiabdić, Ulica Tešanjska 18, Gornji Kotorac, 71210. She works online only.', ('name', 'Mirela Hadžiabdić'), ('street_address', 'Ulica Tešanjska 18'), ('place', 'Gornji Kotorac'), ('zip_code', '71210')),
    C('Compulsive shoplifting: Camille Rousseau-Bélanger, Quartier Saint-Sauveur-Haut, RAMQ ROUC 8811 1547, court date pending.', ('name', 'Camille Rousseau-Bélanger'), ('place', 'Quartier Saint-Sauveur-Haut'), ('health_plan', 'ROUC 8811 1547')),
    C('Migrant domestic worker: Sunita Magar Thapa, employer at Villa 7, Al Waab Gardens, Qatar ID 28552401177; confiscated passport.', ('name', 'Sunita Magar Thapa'), ('place', 'Villa 7, Al Waab Gardens'), ('ssn', '28552401177')),
    C("lockdown-era agoraphobia: ewa-marie kjellberg, lövhagen, calls from 070-338 41 92, hasn't left the flat in 6 weeks", ('name', 'ewa-marie kjellberg'), ('place', 'lövhagen'), ('phone', '070-338 41 92')),
    C('Burn-out in an ICU nurse: Nomvula Dlamini-Ntuli, Ntuzuma E section, SANC registration SANC 14471902, crying in car park before shifts.', ('name', 'Nomvula Dlamini-Ntuli'), ('place', 'Ntuzuma E section'), ('licence', 'SANC 14471902')),
    C('Neuropathy and despair: Bakhtiyor Rakhimov, Chilonzor kvartal 19, insulin pump serial AccuChek-SC-0917745, lost his bazaar stall.', ('name', 'Bakhtiyor Rakhimov'), ('place', 'Chilonzor kvartal 19'), ('device', 'AccuChek-SC-0917745')),
    C("Hair-pulling in a teen: Chua Hui Ying, Jalan Kenari Dua, Taman Seri Ampang, 68000. Mum's email chua.family88@inbox.example.my.", ('name', 'Chua Hui Ying'), ('place', 'Jalan Kenari Dua, Taman Seri Ampang'), ('zip_code', '68000'), ('email', 'chua.family88@inbox.example.my')),
    C('Asylum appeal letter: Joseph Ndayishimiye, Gihanga camp block F, case RW-MINEMA-22071, dob 12.03.1991.', ('name', 'Joseph Ndayishimiye'), ('place', 'Gihanga camp block F'), ('account', 'RW-MINEMA-22071'), ('date', '12.03.1991')),
    C('Gambling on horses: Declan Ó Floinn-Hurley, betting account BK-IE-4410982, Knockaphrumpa Cross; wife found the statements.', ('name', 'Declan Ó Floinn-Hurley'), ('account', 'BK-IE-4410982'), ('place', 'Knockaphrumpa Cross')),
    C('Older carer: Hilde Vermeersch, nonagenarian (91), looking after her son with MS in Heulegem-Dorp; home care fax +32 56 71 22 08.', ('name', 'Hilde Vermeersch'), ('age_over_89', 'nonagenarian (91)'), ('place', 'Heulegem-Dorp'), ('fax', '+32 56 71 22 08')),
    C('Transplant coordinator referral: Aaliyah Ba-Ndiaye, Médina Gounass quartier 3, dossier HPD-NEPH-7701, liver waitlist anxiety.', ('name', 'Aaliyah Ba-Ndiaye'), ('place', 'Médina Gounass quartier 3'), ('medical_record', 'HPD-NEPH-7701')),
    C('Avalanche rescuer: Matevž Kranjec, Zgornja Sorica, rescue licence GRZS-0447, intrusive images of the children.', ('name', 'Matevž Kranjec'), ('place', 'Zgornja Sorica'), ('licence', 'GRZS-0447')),
    C('Lottery winner in crisis: Georgios Papadakis-Lyris? no, Cypriot: Andreas Chrysostomou, Pano Deftera, bank CY17 0020 0128 0000 0012 0052 7600.', ('name', 'Georgios Papadakis-Lyris'), ('name', 'Andreas Chrysostomou'), ('place', 'Pano Deftera'), ('account', 'CY17 0020 0128 0000 0012 0052 7600')),
    C('Prolonged grief after COVID: Graça Tembe, Bairro Malhangalene B, husband died Aug 3rd, 2021, phone +258 84 330 1179.', ('name', 'Graça Tembe'), ('place', 'Bairro Malhangalene B'), ('date', 'Aug 3rd, 2021'), ('phone', '+258 84 330 1179')),
    C('Rural GP fax for a shared patient: Gareth Prydderch, Cwm-y-glo Uchaf, surgery fax 01248 671 903, query bipolar relapse.', ('name', 'Gareth Prydderch'), ('place', 'Cwm-y-glo Uchaf'), ('fax', '01248 671 903')),
    C('Vaping addiction in Year 9: Ashton Whitehorn-Roe, Kerrisdale Park Academy, school portal https://kpa.example.edu.au/students/awhitehorn.', ('name', 'Ashton Whitehorn-Roe'), ('place', 'Kerrisdale Park Academy'), ('url', 'https://kpa.example.edu.au/students/awhitehorn')),
    C('Police-ordered assessment: Tariq Mahmood Bhatti, House 12, Street 7, Block K, Gulshan-e-Iqbal extension, CNIC 42101-7731088-5.', ('name', 'Tariq Mahmood Bhatti'), ('street_address', 'House 12, Street 7, Block K'), ('place', 'Gulshan-e-Iqbal extension'), ('ssn', '42101-7731088-5')),
    C('Skin picking in a dermatology nurse: Rhiannon Cadwallader, Pen-y-bryn Teras, nursing PIN 09C1174W, hiding her hands at work.', ('name', 'Rhiannon Cadwallader'), ('place', 'Pen-y-bryn Teras'), ('licence', '09C1174W')),
    C('Nightmares after volcano evacuation: Rosalía Lemus Cajbón, Aldea El Rodeo Alto, phone +502 5417 2038.', ('name', 'Rosalía Lemus Cajbón'), ('place', 'Aldea El Rodeo Alto'), ('phone', '+502 5417 2038')),
    C('Bereaved twin? no - conjoined twin separation parent: Fatou Camara-Jallow, Bakau New Town, hospital ID EFSTH-PED-3019.', ('name', 'Fatou Camara-Jallow'), ('place', 'Bakau New Town'), ('medical_record', 'EFSTH-PED-3019')),
    C('Senior client Mr Alphonse Tremblay-Gagnon, 97 ans, lives at Manoir des Érables-Rouges, worried about MAID conversations.', ('name', 'Mr Alphonse Tremblay-Gagnon'), ('age_over_89', '97 ans'), ('place', 'Manoir des Érables-Rouges')),
    C("Ursula Kränzlein called from the clinic fax +49 9131 66 4420 at Praxis am Kreuzweiher; wants a second opinion on her daughter's OCD.", ('name', 'Ursula Kränzlein'), ('fax', '+49 9131 66 4420'), ('place', 'Praxis am Kreuzweiher')),
    C('Teacher with voice loss anxiety: Neha Sahasrabuddhe, Prabhat Road Lane 14, VPN IP 103.21.58.204 kept failing during our sessions.', ('name', 'Neha Sahasrabuddhe'), ('place', 'Prabhat Road Lane 14'), ('ip_address', '103.21.58.204')),
    C('Cancer survivor back to work: Dagny Fjellheim, Øvre Skjervøy, plate TF 44172, panic when driving past the hospital.', ('name', 'Dagny Fjellheim'), ('place', 'Øvre Skjervøy'), ('vehicle', 'TF 44172')),
    C('Sleep paralysis: Efua Quaye-Sarpong, Abelemkpe Ring Road lane, email efua.qs@mailbox.example.gh.', ('name', 'Efua Quaye-Sarpong'), ('place', 'Abelemkpe Ring Road lane'), ('email', 'efua.qs@mailbox.example.gh')),
    C('Refugee child in school: Mahamat Abakar Idriss, Camp Goz Amer sector 2, UNHCR no. CHD-GZA-109924.', ('name', 'Mahamat Abakar Idriss'), ('place', 'Camp Goz Amer sector 2'), ('account', 'CHD-GZA-109924')),
    C("Whistle-blower stress: Ilse Huisman-Teunissen, Kerkstraatje 9, 7241 HN Lochem-Zwiep, her lawyer's fax +31 573 25 44 10.", ('name', 'Ilse Huisman-Teunissen'), ('street_address', 'Kerkstraatje 9'), ('zip_code', '7241 HN'), ('place', 'Lochem-Zwiep'), ('fax', '+31 573 25 44 10')),
    C('Retired miner with silicosis and panic: Ntate Lehlohonolo Mokoena, Ha Thetsane-Mosaqane, oxygen concentrator serial OC-5L-LS90214.', ('name', 'Ntate Lehlohonolo Mokoena'), ('place', 'Ha Thetsane-Mosaqane'), ('device', 'OC-5L-LS90214')),
    C('Grief in a vet: Dr Aoife Culleton, practice at Rathnure Vet Clinic, registration VCI-2017-0442, euthanasia burnout.', ('name', 'Dr Aoife Culleton'), ('place', 'Rathnure Vet Clinic'), ('licence', 'VCI-2017-0442')),
    C("Child witnessing DV: Lucas Benítez Ocampo, 8, Barrio Villa Elisa Norte, school record ESC-4421-0091, mum's line +595 981 443 210.", ('name', 'Lucas Benítez Ocampo'), ('place', 'Barrio Villa Elisa Norte'), ('medical_record', 'ESC-4421-0091'), ('phone', '+595 981 443 210')),
    C('Marathoner with RED-S: Selamawit Gebremariam? wait no - Kenyan: Chebet Jepkosgei, camp at Kaptagat Forest Camp, federation ID AK-ATH-00921.', ('name', 'Selamawit Gebremariam'), ('name', 'Chebet Jepkosgei'), ('place', 'Kaptagat Forest Camp'), ('licence', 'AK-ATH-00921')),
    C('Paramedic with moral injury: Luka Perišić, Stupnik-Jug, ambulance ZG 4417-HM, still hears the radio calls.', ('name', 'Luka Perišić'), ('place', 'Stupnik-Jug'), ('vehicle', 'ZG 4417-HM')),
    C('Social phobia, online only: n.sanjar? sorry - Nargiza Sanjarova, IP 2001:db8:4af:11::7c, Mirobod mahalla 14.', ('name', 'n.sanjar'), ('name', 'Nargiza Sanjarova'), ('ip_address', '2001:db8:4af:11::7c'), ('place', 'Mirobod mahalla 14')),
    C('Bank fraud victim, Olive Penhaligon, ninety-eight and counting, St Keverne Churchtown, account 60-83-71 40918273, ashamed to tell her son.', ('name', 'Olive Penhaligon'), ('age_over_89', 'ninety-eight and counting'), ('place', 'St Keverne Churchtown'), ('account', '60-83-71 40918273')),
    C("Long COVID despair: Fenna Oosterhuis, Haulerwijk-Noord, zorgverzekering ZK-441-0927-18, logs in from 145.53.201.77, can't return to teaching.", ('name', 'Fenna Oosterhuis'), ('place', 'Haulerwijk-Noord'), ('health_plan', 'ZK-441-0927-18'), ('ip_address', '145.53.201.77')),
    C("Consult: Ramón Ñancucheo Huenchumil, Mapuche weaver from Lof Trañi Trañi, grief after land eviction on 30 March 2026; cousin's email r.nancucheo@rukamail.example.cl.", ('name', 'Ramón Ñancucheo Huenchumil'), ('place', 'Lof Trañi Trañi'), ('date', '30 March 2026'), ('email', 'r.nancucheo@rukamail.example.cl')),
    C('Alcohol relapse in a fisherman: Aputsiaq Kristiansen, Qeqertarsuaq harbour houses, boat GR 3-417 Nuka, calls +299 54 17 09.', ('name', 'Aputsiaq Kristiansen'), ('place', 'Qeqertarsuaq harbour houses'), ('vehicle', 'GR 3-417 Nuka'), ('phone', '+299 54 17 09')),
    C('Paternal depression: Nikolaos Tsakalidis, Greek-Australian, lives Unit 4/22 Kingfisher Parade, Coolbellup Heights, 6163.', ('name', 'Nikolaos Tsakalidis'), ('street_address', 'Unit 4/22 Kingfisher Parade'), ('place', 'Coolbellup Heights'), ('zip_code', '6163')),
    C('Amish-background client Esther Yoder Beiler, Peachey Hollow farm lane, left the community; no SSN until last year: 219-44-0871.', ('name', 'Esther Yoder Beiler'), ('place', 'Peachey Hollow farm lane'), ('ssn', '219-44-0871')),
    C("Hikikomori son: Ren Takahata, 26, Higashi-Nakano 3-chōme danchi, mother's fax +81 3 5389 4417 for letters.", ('name', 'Ren Takahata'), ('place', 'Higashi-Nakano 3-chōme danchi'), ('fax', '+81 3 5389 4417')),
    C('Parkour injury, spinal: Youssef Ben Amor, Cité Ennasr 2 résidence Yasmine, wheelchair serial PW-TN-330917, rage episodes.', ('name', 'Youssef Ben Amor'), ('place', 'Cité Ennasr 2 résidence Yasmine'), ('device', 'PW-TN-330917')),
    C('Polyamorous triad therapy: Ingrid Haugsvær, Tobias Eikeland and Maren Sæther-Vik share a flat at Møhlenpris Terrasse.', ('name', 'Ingrid Haugsvær'), ('name', 'Tobias Eikeland'), ('name', 'Maren Sæther-Vik'), ('place', 'Møhlenpris Terrasse')),
    C('Child soldier history: Okello Komakech, Pabbo Trading Centre, NIN CM89041102XKPL, flashbacks at drumming.', ('name', 'Okello Komakech'), ('place', 'Pabbo Trading Centre'), ('ssn', 'CM89041102XKPL')),
    C('quick one - tjaša kovačič, dance teacher, spodnje gameljne, disordered eating, her dance school site https://plesna-sola-gameljne.example.si/ekipa', ('name', 'tjaša kovačič'), ('place', 'spodnje gameljne'), ('url', 'https://plesna-sola-gameljne.example.si/ekipa')),
    C('Obese teen bullied online: Brayden Schexnayder, Bayou Gauche Middle, records request fax (985) 555-0147.', ('name', 'Brayden Schexnayder'), ('place', 'Bayou Gauche Middle'), ('fax', '(985) 555-0147')),
    C('Pilgrimage trauma - crowd crush survivor Abdulrahman Al-Ghamdi, Al-Rawdah district, block 9, health insurance BUPA-SA-7741092281.', ('name', 'Abdulrahman Al-Ghamdi'), ('place', 'Al-Rawdah district, block 9'), ('health_plan', 'BUPA-SA-7741092281')),
    C('Funeral director burnout: Winston Abernethy-Cole, Cole & Sons Chapel of Rest, Milltown Row, phone 0141 496 0827.', ('name', 'Winston Abernethy-Cole'), ('place', 'Cole & Sons Chapel of Rest, Milltown Row'), ('phone', '0141 496 0827')),
    C('Sex addiction in a pastor: Rev. Jonah Okwuosa, church at Redeemed Chapel, Rumuokoro Junction, laptop HP EliteBook SN 5CG7412XQ.', ('name', 'Rev. Jonah Okwuosa'), ('place', 'Redeemed Chapel, Rumuokoro Junction'), ('device', 'HP EliteBook SN 5CG7412XQ')),
    C('Gender dysphoria in a rural teen: Jesse Kowalczyk-Bear, Sandy Lake First Nation, status card 7021183304.', ('name', 'Jesse Kowalczyk-Bear'), ('place', 'Sandy Lake First Nation'), ('ssn', '7021183304')),
    C("Pet-loss grief, Margarethe Stollwerck, 92 Jahre alt, Seniorenstift Kastanienhof; the dog's vet email praxis@tierarzt-kastanie.example.de.", ('name', 'Margarethe Stollwerck'), ('age_over_89', '92 Jahre alt'), ('place', 'Seniorenstift Kastanienhof'), ('email', 'praxis@tierarzt-kastanie.example.de')),
    C("Young carer: Maddison Oyelaran-Hughes, 12, Pentwyn Fields Primary, mother's NHS no. 618 204 9937.", ('name', 'Maddison Oyelaran-Hughes'), ('place', 'Pentwyn Fields Primary'), ('medical_record', '618 204 9937')),
    C('Insomnia in shift-working baker: Cosimo Lattanzi, Via dei Fornai 18, 64023 Mosciano-Colleranesco.', ('name', 'Cosimo Lattanzi'), ('street_address', 'Via dei Fornai 18'), ('zip_code', '64023'), ('place', 'Mosciano-Colleranesco')),
    C('Dermatillomania and OCD: Bolot Asanaliev, Ak-Orgo microdistrict, phone +996 555 417 208.', ('name', 'Bolot Asanaliev'), ('place', 'Ak-Orgo microdistrict'), ('phone', '+996 555 417 208')),
    C('Survivor of acid attack: Rumana Akter Shimu, Mirpur-12 Pallabi Block D, hospital reg DMCH-BU-44170.', ('name', 'Rumana Akter Shimu'), ('place', 'Mirpur-12 Pallabi Block D'), ('medical_record', 'DMCH-BU-44170')),
    C('Anxiety in a bomb-disposal officer: Capt. Oisín Mac an tSaoir, Renmore Barracks married quarters, ID 7741902TA.', ('name', 'Capt. Oisín Mac an tSaoir'), ('place', 'Renmore Barracks married quarters'), ('ssn', '7741902TA')),
    C('Gaming parent? no - pornography compulsion: Rafael Bittencourt Lobo, IP 177.84.19.203, Jardim Botafogo Velho.', ('name', 'Rafael Bittencourt Lobo'), ('ip_address', '177.84.19.203'), ('place', 'Jardim Botafogo Velho')),
    C('Old soldier Cpl. Ernest Pettigrew, age ninety-nine, Royal Hospital Ward 3, Glebe Lodge, recurring nightmares of the Burma campaign.', ('name', 'Cpl. Ernest Pettigrew'), ('age_over_89', 'age ninety-nine'), ('place', 'Royal Hospital Ward 3, Glebe Lodge')),
    C('Perimenopause rage: Kirsty McCandlish, 22 Burnbrae Wynd, Kilbirnie Mains, KA25 7QT. Her blog: https://perimenorage.example.blog/kirsty.', ('name', 'Kirsty McCandlish'), ('street_address', '22 Burnbrae Wynd'), ('place', 'Kilbirnie Mains'), ('zip_code', 'KA25 7QT'), ('url', 'https://perimenorage.example.blog/kirsty')),
    C('Adoptee searching for birth mother: Soo-ah Lindgren, born 11/09/1987 in Korea, now at Hökarängen Södra, email sooah.lindgren@post.example.se.', ('name', 'Soo-ah Lindgren'), ('date', '11/09/1987'), ('place', 'Hökarängen Södra'), ('email', 'sooah.lindgren@post.example.se')),
    C('Paralympian depression: Tamsin Ferreira-Boyd, Bellville South Sports Village, racing chair serial RGK-SA-2207.', ('name', 'Tamsin Ferreira-Boyd'), ('place', 'Bellville South Sports Village'), ('device', 'RGK-SA-2207')),
    C('Chronic urticaria and anxiety: Jomo Wafula Simiyu, Kamukuywa Shopping Centre, NHIF NHIF-8814-0773.', ('name', 'Jomo Wafula Simiyu'), ('place', 'Kamukuywa Shopping Centre'), ('health_plan', 'NHIF-8814-0773')),
    C('Haunted by an exorcism: Marie-Claude Jean-Baptiste, Delmas 33 ruelle Nazon, phone +509 3741 2208.', ('name', 'Marie-Claude Jean-Baptiste'), ('place', 'Delmas 33 ruelle Nazon'), ('phone', '+509 3741 2208')),
    C('Sudden deafness: Ludmila Štefanovičová, Vyšné Ružbachy, hearing aid serial OT-SK-55109, lost her job as a telephonist.', ('name', 'Ludmila Štefanovičová'), ('place', 'Vyšné Ružbachy'), ('device', 'OT-SK-55109')),
    C('Toxic workplace at a bank: Arnav Khurana-Sethi, DLF Phase 5, Tower Orchid, employee portal https://hr.example-bank.in/emp/akhurana.', ('name', 'Arnav Khurana-Sethi'), ('place', 'DLF Phase 5, Tower Orchid'), ('url', 'https://hr.example-bank.in/emp/akhurana')),
    C("Teen runaway: Shaniqua Bellweather, last seen Fairhaven Bus Depot, her phone's IP 10.44.18.201 logged at the shelter.", ('name', 'Shaniqua Bellweather'), ('place', 'Fairhaven Bus Depot'), ('ip_address', '10.44.18.201')),
    C('Compulsive hoarder of newspapers: Eamon Coyle, ninety-five going on fifty, Ardnagreevagh Cottages, gardaí called twice.', ('name', 'Eamon Coyle'), ('age_over_89', 'ninety-five going on fifty'), ('place', 'Ardnagreevagh Cottages')),
    C('Perfectionism in a violinist: Aistė Jankauskaitė, Antakalnis Šilo gatvė flats, conservatoire email aiste.j@lmta-student.example.lt.', ('name', 'Aistė Jankauskaitė'), ('place', 'Antakalnis Šilo gatvė flats'), ('email', 'aiste.j@lmta-student.example.lt')),
    C('Medical trauma after ECMO: Pedro Henrique Sobral, Bairro Capim Macio Leste, hospital file HUOL-UTI-30981.', ('name', 'Pedro Henrique Sobral'), ('place', 'Bairro Capim Macio Leste'), ('medical_record', 'HUOL-UTI-30981')),
    C('Betrayal by business partner: Sanjeev Ramgoolam-Doobur, Quatre Bornes La Source, company account MU43 MCBL 0901 0000 1879 0250 00MUR.', ('name', 'Sanjeev Ramgoolam-Doobur'), ('place', 'Quatre Bornes La Source'), ('account', 'MU43 MCBL 0901 0000 1879 0250 00MUR')),
    C("Scuba instructor after a diver's death: Nalani Keawe-Brandt, Honokōhau Harbor slips, dive licence PADI-IDC-771902.", ('name', 'Nalani Keawe-Brandt'), ('place', 'Honokōhau Harbor slips'), ('licence', 'PADI-IDC-771902')),
    C('Muslim convert estranged from family: Thomas Brennan-Aziz, 9 Rosslare Close, Knocknacarra Gortard, H91 K7T4.', ('name', 'Thomas Brennan-Aziz'), ('street_address', '9 Rosslare Close'), ('place', 'Knocknacarra Gortard'), ('zip_code', 'H91 K7T4')),
    C('Phobia of vomiting in a pregnant client: Hana Nováková-Brož, Líšeň Kotlanova, VZP VZP 865412/0773.', ('name', 'Hana Nováková-Brož'), ('place', 'Líšeň Kotlanova'), ('health_plan', 'VZP 865412/0773')),
    C('Anger in a Mountie: Cpl. Dustin Wapass, detachment at Cutknife Creek, regimental no. RCMP-55127.', ('name', 'Cpl. Dustin Wapass'), ('place', 'Cutknife Creek'), ('licence', 'RCMP-55127')),
    C('Rape survivor asylum: Aminata Sow-Diallo, Cité Kaloum Boulbinet, OFPRA file OFPRA-2025-44170.', ('name', 'Aminata Sow-Diallo'), ('place', 'Cité Kaloum Boulbinet'), ('account', 'OFPRA-2025-44170')),
    C('Burnout in a surgeon: Dr Kalinda Wiremu-Hart, Tauranga Moana Surgical Suites, registration MCNZ 44719.', ('name', 'Dr Kalinda Wiremu-Hart'), ('place', 'Tauranga Moana Surgical Suites'), ('licence', 'MCNZ 44719')),
    C('Anxiety about deportation: Aleksander Shehu, Lagjja Kodra e Diellit, phone +355 69 417 2208.', ('name', 'Aleksander Shehu'), ('place', 'Lagjja Kodra e Diellit'), ('phone', '+355 69 417 2208')),
    C("hi all - manaia fuimaono, rugby league, otara east, concussion + rage, his mum's email fuimaono.whanau@mail.example.nz", ('name', 'manaia fuimaono'), ('place', 'otara east'), ('email', 'fuimaono.whanau@mail.example.nz')),
    C('Eating disorder in a male jockey: Fergal Ó Raghallaigh, Rosewell House yard, riding licence IHRB-JKY-0419.', ('name', 'Fergal Ó Raghallaigh'), ('place', 'Rosewell House yard'), ('licence', 'IHRB-JKY-0419')),
    C('Twelve-step dropout: Kristjan Tammsaar-Kivi, Kopli liinid, maja 8, ID 38704112735.', ('name', 'Kristjan Tammsaar-Kivi'), ('place', 'Kopli liinid, maja 8'), ('ssn', '38704112735')),
    C('Mother of a murdered son: Gloria Okonjo-Ugwu, Ikota Villa Estate, son killed 19 June 2024.', ('name', 'Gloria Okonjo-Ugwu'), ('place', 'Ikota Villa Estate'), ('date', '19 June 2024')),
    C('Bruxism and jaw pain in a stressed lawyer: Benedikt Oberhollenzer, Lauben 41, 39042 Brixen-Stufels.', ('name', 'Benedikt Oberhollenzer'), ('street_address', 'Lauben 41'), ('zip_code', '39042'), ('place', 'Brixen-Stufels')),
    C('Dog-bite phobia: Ilana Sasportas, Kiryat Moshe Gimel, kupat holim Maccabi 044-7718-29.', ('name', 'Ilana Sasportas'), ('place', 'Kiryat Moshe Gimel'), ('health_plan', 'Maccabi 044-7718-29')),
    C('Chronic fatigue in a gardener: Bertram Hollingworth, aged 92¾, Lower Swell Allotments, phone 01451 830 227.', ('name', 'Bertram Hollingworth'), ('age_over_89', 'aged 92¾'), ('place', 'Lower Swell Allotments'), ('phone', '01451 830 227')),
    C('Medical student suicidality: Chidera Nwankwo-Bello, Idi-Araba hostel B, student no. CMUL-MBBS-1904417.', ('name', 'Chidera Nwankwo-Bello'), ('place', 'Idi-Araba hostel B'), ('account', 'CMUL-MBBS-1904417')),
    C('Refugee dentist retraining: Dr Haidar Al-Mousawi, Sabah Al-Salem block 2, licence KW-DNT-20917.', ('name', 'Dr Haidar Al-Mousawi'), ('place', 'Sabah Al-Salem block 2'), ('licence', 'KW-DNT-20917')),
    C('Bipolar in a stockbroker: Oliver Fotheringham, VPN IP 2a02:6b8:0:1a2d::417, Hampstead Garden Suburb.', ('name', 'Oliver Fotheringham'), ('ip_address', '2a02:6b8:0:1a2d::417'), ('place', 'Hampstead Garden Suburb')),
    C('Grief for a horse: Georgina Fairclough-Lyle, Hartsbrook Equestrian Centre, horse passport UELN 826002010047731.', ('name', 'Georgina Fairclough-Lyle'), ('place', 'Hartsbrook Equestrian Centre'), ('licence', 'UELN 826002010047731')),
    C('Wildfire evacuee: Kalani Akana-Pukui, 417 Kuʻialua Pl, Kula Ag Park, 96790.', ('name', 'Kalani Akana-Pukui'), ('street_address', '417 Kuʻialua Pl'), ('place', 'Kula Ag Park'), ('zip_code', '96790')),
    C('Therapist-to-therapist: Ji-woo Baek, Mangwon-dong 2-gil, counselling centre email jiwoo.baek@maeum-center.example.kr.', ('name', 'Ji-woo Baek'), ('place', 'Mangwon-dong 2-gil'), ('email', 'jiwoo.baek@maeum-center.example.kr')),
    C('Grooming survivor in sport: Yusra Haddadin, Jabal Al-Luweibdeh stairs, club fax +962 6 461 7729.', ('name', 'Yusra Haddadin'), ('place', 'Jabal Al-Luweibdeh stairs'), ('fax', '+962 6 461 7729')),
    C('Male infertility: Eduardo Valderrama Cienfuegos, Urbanización Los Samanes II, clinic file CLV-AND-5570.', ('name', 'Eduardo Valderrama Cienfuegos'), ('place', 'Urbanización Los Samanes II'), ('medical_record', 'CLV-AND-5570')),
    C('Burn-out farmer: Hendrik Bezuidenhout, Rietvlei-Oos plaas, vehicle CAW 41772, drought debt LB-4471-0092.', ('name', 'Hendrik Bezuidenhout'), ('place', 'Rietvlei-Oos plaas'), ('vehicle', 'CAW 41772'), ('account', 'LB-4471-0092')),
    C('Sexual identity crisis in seminary: Br. Dominik Wójtowicz-Kral, Seminarium Duchowne Wola Zagrodzka, ID 92061202371.', ('name', 'Br. Dominik Wójtowicz-Kral'), ('place', 'Seminarium Duchowne Wola Zagrodzka'), ('ssn', '92061202371')),
    C('Caregiver for spouse with ALS: Ruth Abendroth, Lindenring 22, 24576 Bad Bramstedt-Hitzhusen, BiPAP serial RS-AST-150-44721, care forum https://als-pflege.example.de/forum/ruth-a.', ('name', 'Ruth Abendroth'), ('street_address', 'Lindenring 22'), ('zip_code', '24576'), ('place', 'Bad Bramstedt-Hitzhusen'), ('device', 'RS-AST-150-44721'), ('url', 'https://als-pflege.example.de/forum/ruth-a')),
    C('Tattoo artist with trauma: Ezequiel Pomerantz, Villa Crespo Pasaje Lanín, shop site https://tinta-pasaje.example.com.ar/ezequiel.', ('name', 'Ezequiel Pomerantz'), ('place', 'Villa Crespo Pasaje Lanín'), ('url', 'https://tinta-pasaje.example.com.ar/ezequiel')),
    C('Turned 90 last Lent and widowed: Doris Ellsworth-Pike, Brightwater Manor, Kestrel Wing, husband of 70 years died 1st October 2026.', ('age_over_89', '90 last Lent'), ('name', 'Doris Ellsworth-Pike'), ('place', 'Brightwater Manor, Kestrel Wing'), ('date', '1st October 2026')),
    C('Gaming debt: Davron Ergashev, Yunusobod 11-kvartal, card 8600 1204 4417 2209.', ('name', 'Davron Ergashev'), ('place', 'Yunusobod 11-kvartal'), ('account', '8600 1204 4417 2209')),
    C('Faroese fisherman: Rúni Joensen, Gøtugjógv harbour, trawler KG 417 Norðlýsið, sea-sickness then panic.', ('name', 'Rúni Joensen'), ('place', 'Gøtugjógv harbour'), ('vehicle', 'KG 417 Norðlýsið')),
    C('Anorexia in a ballet student: Clémence Fauvel-Lacoste, Conservatoire de Vernouillet-Plaine, CPAM number 2 08 04 75 117 044 81.', ('name', 'Clémence Fauvel-Lacoste'), ('place', 'Conservatoire de Vernouillet-Plaine'), ('ssn', '2 08 04 75 117 044 81')),
    C('Workplace trauma in a zookeeper: Tapiwa Chigumbura, Mukuvisi Woodlands staff houses, phone +263 77 412 0918.', ('name', 'Tapiwa Chigumbura'), ('place', 'Mukuvisi Woodlands staff houses'), ('phone', '+263 77 412 0918')),
    C('Self-harm in an ex-gang member: Gustavo Matute Padilla, Colonia Villa Nueva Sector 4, plate HCR 4417.', ('name', 'Gustavo Matute Padilla'), ('place', 'Colonia Villa Nueva Sector 4'), ('vehicle', 'HCR 4417')),
    C('Domestic violence, lesbian couple: Priyanka Naidoo and Carmen Otieno-Weiss, Morningside Manor Flat 17, DV order DV-2026-88017.', ('name', 'Priyanka Naidoo'), ('name', 'Carmen Otieno-Weiss'), ('place', 'Morningside Manor Flat 17'), ('account', 'DV-2026-88017')),
    C('Truck driver with sleep apnoea: Wojciech Zabłocki, CPAP serial ResMed AS10 23174419082, Nowa Wieś Wrocławska.', ('name', 'Wojciech Zabłocki'), ('device', 'ResMed AS10 23174419082'), ('place', 'Nowa Wieś Wrocławska')),
    C('Older Indigenous client: Aunty Dulcie Kennedy-Wright, 93-year-young, Cherbourg Mission cottages, her Medicare 2428 77140 3-1.', ('name', 'Aunty Dulcie Kennedy-Wright'), ('age_over_89', '93-year-young'), ('place', 'Cherbourg Mission cottages'), ('health_plan', '2428 77140 3-1')),
    C('Stammering teen in boarding school: Henry Cavendish-Lowe, Ashcombe Priory School, form tutor email r.pask@ashcombepriory.example.org.uk.', ('name', 'Henry Cavendish-Lowe'), ('place', 'Ashcombe Priory School'), ('email', 'r.pask@ashcombepriory.example.org.uk')),
    C("Compulsive lying in a politician's aide: Maximilian Reichsfeld, Döbling-Grinzing, phone +43 664 417 2208.", ('name', 'Maximilian Reichsfeld'), ('place', 'Döbling-Grinzing'), ('phone', '+43 664 417 2208')),
    C('Elder abuse: Grandpa Teodoro Manalastas, ninety-four and sharp, Sitio Maligaya, Barangay San Isidro Labrador, pension SSS-03-4417702-9.', ('name', 'Grandpa Teodoro Manalastas'), ('age_over_89', 'ninety-four and sharp'), ('place', 'Sitio Maligaya, Barangay San Isidro Labrador'), ('account', 'SSS-03-4417702-9')),
    C('Nurse struck off: Precious Mahlangu, Soshanguve Block WW, nursing PIN SANC-2024-9917.', ('name', 'Precious Mahlangu'), ('place', 'Soshanguve Block WW'), ('licence', 'SANC-2024-9917')),
    C('Intrusive thoughts in a new uncle: Felix Engström, Tallkrogen Norra, personnummer 19880412-4471.', ('name', 'Felix Engström'), ('place', 'Tallkrogen Norra'), ('ssn', '19880412-4471')),
    C('Sports betting in a student: Cian Breathnach, Cnoc na Ré flats, Revolut IE29 REVO 9903 6024 4170 22.', ('name', 'Cian Breathnach'), ('place', 'Cnoc na Ré flats'), ('account', 'IE29 REVO 9903 6024 4170 22')),
    C('Menopause and job loss: Rukhsana Qadri, 47 Pennine Rise, Heaton Grove, BD9 6LT.', ('name', 'Rukhsana Qadri'), ('street_address', '47 Pennine Rise'), ('place', 'Heaton Grove'), ('zip_code', 'BD9 6LT')),
    C('Police shooting survivor: DeShawn McAllister, 3319 Magnolia Bend Ct, Bellfort Oaks Terrace, 77004.', ('name', 'DeShawn McAllister'), ('street_address', '3319 Magnolia Bend Ct'), ('place', 'Bellfort Oaks Terrace'), ('zip_code', '77004')),
    C("Paediatric oncology parent: Nour Al-Tamimi, Dahiyat Al-Rasheed block 4, child's file KHCC-PED-66172.", ('name', 'Nour Al-Tamimi'), ('place', 'Dahiyat Al-Rasheed block 4'), ('medical_record', 'KHCC-PED-66172')),
    C('Teacher assaulted by a pupil: Siobhán Ní Chathasaigh-Breen, Gaelscoil na Cille Móire, TC number TC-201447.', ('name', 'Siobhán Ní Chathasaigh-Breen'), ('place', 'Gaelscoil na Cille Móire'), ('licence', 'TC-201447')),
    C('Coercive control: Elisabeta Munteanu, Cartierul Dacia-Est, CNP 2870917044179.', ('name', 'Elisabeta Munteanu'), ('place', 'Cartierul Dacia-Est'), ('ssn', '2870917044179')),
    C('Anxious orchestral horn: Jakub Vondráček, Kobylisy Ládví sídliště, his hearing protection device ER-Musicians 9-44172.', ('name', 'Jakub Vondráček'), ('place', 'Kobylisy Ládví sídliště'), ('device', 'ER-Musicians 9-44172')),
    C('Rancher after calving losses: Wade Tallbull, Lodge Grass Creek ranch, brand licence MT-BR-7710.', ('name', 'Wade Tallbull'), ('place', 'Lodge Grass Creek ranch'), ('licence', 'MT-BR-7710')),
    C('Homeless veteran: Clarence Boudreaux, Ozanam Inn bunk 12, VA number VA-ID 0447-71902.', ('name', 'Clarence Boudreaux'), ('place', 'Ozanam Inn bunk 12'), ('health_plan', 'VA-ID 0447-71902')),
    C("Parental alienation: Anneke de Haan, Zuidhorn-Oost, mediator's fax +31 594 50 2217.", ('name', 'Anneke de Haan'), ('place', 'Zuidhorn-Oost'), ('fax', '+31 594 50 2217')),
    C('Spiritual emergency after ayahuasca: Jonah Feldberg, retreat at Centro Sacha Runa, Tamshiyacu, email jfeldberg@retreat.example.pe.', ('name', 'Jonah Feldberg'), ('place', 'Centro Sacha Runa, Tamshiyacu'), ('email', 'jfeldberg@retreat.example.pe')),
    C("Ex-Jehovah's Witness: Dalia Mikalauskienė, Pilaitė Medžiotojų gatvė, phone +370 612 44170.", ('name', 'Dalia Mikalauskienė'), ('place', 'Pilaitė Medžiotojų gatvė'), ('phone', '+370 612 44170')),
    C('Teenage sexting scandal: Zara Ahmadzai, Fernbrook Collegiate, screenshot shared from IP 100.64.37.219.', ('name', 'Zara Ahmadzai'), ('place', 'Fernbrook Collegiate'), ('ip_address', '100.64.37.219')),
    C('Lung transplant wait: Magnus Ólafsson, Hvanneyri Kirkjuholt, kennitala 120478-4419.', ('name', 'Magnus Ólafsson'), ('place', 'Hvanneyri Kirkjuholt'), ('ssn', '120478-4419')),
    C('Snow-plough driver after a fatal collision: Arvo Päivärinta-Luoto? - Toivo Rantakangas, Kuivaniemi-Oijärvi, plate OJR-417, phone +358 44 210 7739.', ('name', 'Arvo Päivärinta-Luoto'), ('name', 'Toivo Rantakangas'), ('place', 'Kuivaniemi-Oijärvi'), ('vehicle', 'OJR-417'), ('phone', '+358 44 210 7739')),
    C('Mountain rescue dog handler: Gianluca Zanetti-Brugger, Stazione Soccorso Val di Rabbi Alta, email g.zanetti@soccorso-rabbi.example.it, dob 07/04/1979.', ('name', 'Gianluca Zanetti-Brugger'), ('place', 'Stazione Soccorso Val di Rabbi Alta'), ('email', 'g.zanetti@soccorso-rabbi.example.it'), ('date', '07/04/1979')),
    C('Panic in a tram driver: Radek Procházka-Šulc, depot at Vozovna Pisárky-Jih, driving licence EF 441720, IP 185.63.96.14.', ('name', 'Radek Procházka-Šulc'), ('place', 'Vozovna Pisárky-Jih'), ('licence', 'EF 441720'), ('ip_address', '185.63.96.14')),
    C('Home oxygen and panic: Mrs Annunziata Colavecchio, a full hundred years old, Contrada Piano Lago, concentrator serial INV-PL5-99017, fax +39 0874 41 2207.', ('name', 'Mrs Annunziata Colavecchio'), ('age_over_89', 'a full hundred years'), ('place', 'Contrada Piano Lago'), ('device', 'INV-PL5-99017'), ('fax', '+39 0874 41 2207')),
    C('Asylum-seeking poet: Yohannes Tesfamariam Gebru, Kapellweg 11, 3074 Muri-Gümligen Ost, N-Ausweis N 756.4417.2209.13.', ('name', 'Yohannes Tesfamariam Gebru'), ('street_address', 'Kapellweg 11'), ('zip_code', '3074'), ('place', 'Muri-Gümligen Ost'), ('ssn', 'N 756.4417.2209.13')),
    C('Church abuse survivor: Patricia Mulqueen-Ahern, Ballyvourney Lower, compensation account RIRB-20447, phone 026 45 917.', ('name', 'Patricia Mulqueen-Ahern'), ('place', 'Ballyvourney Lower'), ('account', 'RIRB-20447'), ('phone', '026 45 917')),
    C('Teen on a waiting list: Ariana Pouwhare-Stone, Awapuni Rise, school site https://awapuni-college.example.nz/students/ariana-ps, NHI ZRW8815.', ('name', 'Ariana Pouwhare-Stone'), ('place', 'Awapuni Rise'), ('url', 'https://awapuni-college.example.nz/students/ariana-ps'), ('medical_record', 'ZRW8815')),
    C('Restaurant owner ruined by flood: Ha-eun Seo-Moreno, 22 Calle Arce, Bajo B, Barrio El Carmen-Ríoseco, 46003, tax debt account AEAT-2026-004417.', ('name', 'Ha-eun Seo-Moreno'), ('street_address', '22 Calle Arce, Bajo B'), ('place', 'Barrio El Carmen-Ríoseco'), ('zip_code', '46003'), ('account', 'AEAT-2026-004417')),
    C('Paranoia in a crypto miner: Vitaliy Dovzhenko, Rusanivski Sady dacha 17, server IP 2a00:1450:4017:80b::200e, wallet site https://coinledger.example.io/u/vdovzh.', ('name', 'Vitaliy Dovzhenko'), ('place', 'Rusanivski Sady dacha 17'), ('ip_address', '2a00:1450:4017:80b::200e'), ('url', 'https://coinledger.example.io/u/vdovzh')),
    C('Burned-out union rep: Marguerite Ngo-Vachon, 1840 rue des Ormeaux, Pointe-aux-Trembles Est, H1B 4K7, fax 514-555-0182.', ('name', 'Marguerite Ngo-Vachon'), ('street_address', '1840 rue des Ormeaux'), ('place', 'Pointe-aux-Trembles Est'), ('zip_code', 'H1B 4K7'), ('fax', '514-555-0182')),
    C("Grief in a lighthouse keeper's widow: Morag Sinclair-Flett, ninety-seven by her own count, Pierowall Kirkbrae, her son's email flett.croft@orkneymail.example.co.uk.", ('name', 'Morag Sinclair-Flett'), ('age_over_89', 'ninety-seven by her own count'), ('place', 'Pierowall Kirkbrae'), ('email', 'flett.croft@orkneymail.example.co.uk')),
    C('Hep B stigma in a chef: Wong Kai-ming, Tai Hang Tung Estate Block 9, HKID K441720(8), medical record QMH-GI-20931.', ('name', 'Wong Kai-ming'), ('place', 'Tai Hang Tung Estate Block 9'), ('ssn', 'K441720(8)'), ('medical_record', 'QMH-GI-20931')),
    C("Blind client's guide dog died: Ebrahim Patel-Cassim, Rylands Estate Lane 4, guide dog ID GD-SA-7719, phone 021 695 4417.", ('name', 'Ebrahim Patel-Cassim'), ('place', 'Rylands Estate Lane 4'), ('device', 'GD-SA-7719'), ('phone', '021 695 4417')),
    C('Self-harm at a military academy: Cadet Liam Okoro-Fitzgerald, Hawkesmoor Cadet College, service no. SN-30447719, vehicle pass KV17 HWL.', ('name', 'Cadet Liam Okoro-Fitzgerald'), ('place', 'Hawkesmoor Cadet College'), ('licence', 'SN-30447719'), ('vehicle', 'KV17 HWL')),
    C("Depressed priest at a remote mission: Fr. Kalolo Mateaki, Ha'apai Mission House, Pangai Motu, health card TON-HC-441702, dob 22 Dec 1958.", ('name', 'Fr. Kalolo Mateaki'), ('place', "Ha'apai Mission House, Pangai Motu"), ('health_plan', 'TON-HC-441702'), ('date', '22 Dec 1958')),
    C("Transplant patient's sister: Amaru Condori Mamani, Av. Los Cedros 417, Urbanización Villa Kusi, 04013, hospital fax +51 54 441 702.", ('name', 'Amaru Condori Mamani'), ('street_address', 'Av. Los Cedros 417'), ('place', 'Urbanización Villa Kusi'), ('zip_code', '04013'), ('fax', '+51 54 441 702')),
    C('Has anyone combined Habit Reversal Training with the CBIT manual from the Tourette Association of America? My supervisor at the BPS conference in May said the Comprehensive Behavioral Intervention for Tics works better than Haloperidol for most teens.'),
    C("For hoarding I lean on Frost and Steketee's Buried in Treasures and the Saving Inventory-Revised; the Clutter Image Rating is quick too. Any Australians using it with the NDIS?"),
    C('Quick reminder that the NICE guideline on PTSD (NG116) recommends EMDR and trauma-focused CBT; Prolonged Exposure from Edna Foa is also well supported by the VA.'),
    C("I found Lisa Najavits's Seeking Safety great for veterans with PTSD and alcohol use, especially alongside Naltrexone prescribed by their GP. Sessions run Mondays and Thursdays."),
    C('Does Medicare in the US cover CPT 90837 for telehealth on Doxy.me after December? Our billing team says Aetna and Cigna still do, Humana is unclear.'),
    C('Tinnitus Retraining Therapy was developed by Pawel Jastreboff; Tinnitus UK and the American Tinnitus Association both list CBT as the best evidenced option. Any views on the Lenire device?'),
    C("For body dysmorphic disorder, Katharine Phillips's The Broken Mirror is still the best clinician book. Fluoxetine at higher doses, per the BDD Foundation, plus ERP."),
    C("Reading group pick for January: The Body Keeps the Score by Bessel van der Kolk, then Judith Herman's Trauma and Recovery in February. Anyone from the EMDR Association joining?"),
    C("I've started using the Dimensional Obsessive-Compulsive Scale instead of the Y-BOCS for quick screening. Sertraline, Fluvoxamine and Clomipramine are the usual options in the APA guideline."),
    C("Ramadan falls in February and March next year; I'm reminding clients on Lithium or Valproate to talk with their psychiatrist before fasting. The Muslim Council of Britain has guidance on exemptions."),
    C("Has anyone read Marsha Linehan's memoir Building a Life Worth Living? I'd pair it with the DBT Skills Training Manual for the Tuesday group."),
    C('The WHO mhGAP Intervention Guide is free and good for colleagues in Uganda, Malawi and Zambia. It covers Depression, Psychosis, Epilepsy and Substance Use.'),
    C("In Japan the hikikomori literature is growing; Tamaki Saitō's Hikikomori: Adolescence without End is translated into English by the University of Minnesota Press."),
    C("I'm planning Compassion Focused Therapy sessions around Paul Gilbert's The Compassionate Mind. The Compassionate Mind Foundation runs trainings in Britain and online."),
    C('Selective mutism: the Selective Mutism Resource Manual by Maggie Johnson and Alison Wintgens is great. SMIRA in the UK has parent leaflets too.'),
    C('Acceptance and Commitment Therapy from Steven Hayes fits chronic pain well. The British Pain Society and the Pain Management Programme model both use it. Pregabalin and Gabapentin withdrawal is a separate topic.'),
    C('For stammering, the STAMMA charity in Britain and the Stuttering Foundation in America both have good adult resources; Cognitive Behaviour Therapy helps with the social anxiety part.'),
    C('Supervision question: when using Schema Therapy from Jeffrey Young with clients on Quetiapine, do you notice flattened affect in chair work? I use the YSQ-S3 at intake.'),
    C("Prolonged Grief Disorder is now in the DSM-5-TR and ICD-11. Katherine Shear's Complicated Grief Treatment from Columbia University is the manualised option."),
    C('Is anyone using the PCL-5 and the ITQ together? The International Trauma Questionnaire differentiates Complex PTSD as defined by ICD-11.'),
    C("I'm going to the ACBS World Conference in July. Russ Harris's The Happiness Trap is my go-to self-help book."),
    C("Trauma-informed practice for Aboriginal and Torres Strait Islander clients: Judy Atkinson's Trauma Trails is essential reading. Beyond Blue and 13YARN are good referral options."),
    C('For gaming disorder I use the IGDT-10 and the Gaming Disorder criteria from the ICD-11. GamCare in Britain also offers support for gambling-like loot boxes.'),
    C('Kia ora koutou, anyone using Te Whare Tapa Whā by Mason Durie in supervision? Whakamā comes up a lot with Māori and Pasifika clients.'),
    C('Gottman Method Couples Therapy vs Emotionally Focused Therapy from Sue Johnson: which do you prefer? Hold Me Tight seems easier to assign as homework than The Seven Principles.'),
    C("ERP for emetophobia is tough. David Veale's work is the main reference; I also use the SPOVI questionnaire. Ondansetron sometimes enters the picture."),
    C('Lamotrigine is often chosen for bipolar depression, per the BAP guidelines. The Mood Disorder Questionnaire is a quick screen but overcalls in Borderline Personality Disorder.'),
    C('Motivational Interviewing by William Miller and Stephen Rollnick, third edition, is my Christmas reading. The MINT network has trainers in Spanish and Portuguese.'),
    C('For trauma in refugees, Narrative Exposure Therapy from Maggie Schauer, Frank Neuner and Thomas Elbert is well evidenced in Rwanda and Sri Lanka.'),
    C("Our Wednesday group uses Kristin Neff's Self-Compassion Scale. The Mindful Self-Compassion programme with Christopher Germer runs in Spring."),
    C('The Samaritans number in Ireland and the UK is 116 123, and Lifeline Australia is 13 11 14. In the US, 988 reaches the Suicide and Crisis Lifeline.'),
    C("Has anyone tried Headspace or Calm with clients with Generalized Anxiety Disorder? The GAD-7 didn't change much, but Sleep scores did on the PSQI."),
    C('For insomnia, CBT-I per the American Academy of Sleep Medicine and the Sleepio app (endorsed by NICE) have been helpful. Zopiclone and Zolpidem are short-term only.'),
    C('Diwali, Hanukkah and Christmas all fall within weeks of each other this year; the holiday clinic schedule goes out on Monday. Eid al-Fitr moves earlier each year.'),
    C('Clients using Mounjaro or Ozempic sometimes report mood changes; the MHRA and the FDA have both reviewed reports. The EAT-26 is still useful for screening.'),
    C("Melanie Klein, Donald Winnicott and Wilfred Bion are hard for trainees. I recommend Stephen Mitchell and Margaret Black's Freud and Beyond as an overview."),
    C('Internal Family Systems from Richard Schwartz is growing fast, but the evidence base is thin compared with EMDR from Francine Shapiro or Cognitive Processing Therapy from Patricia Resick.'),
    C('The Mental Capacity Act 2005 in England and Wales is clear: assume capacity. In Scotland the Adults with Incapacity Act applies, and in Northern Ireland the Mental Capacity Act (Northern Ireland) 2016.'),
    C("Anyone with experience of Esketamine (Spravato) for treatment-resistant depression? Janssen's REMS in the US requires two hours of monitoring, and the MADRS is used in trials."),
    C('For eating disorders in athletes, the RED-S concept from the IOC consensus is essential. Beat in Britain and NEDA in America have sport-specific pages.'),
    C("I use the Columbia Suicide Severity Rating Scale and the Stanley-Brown Safety Planning Intervention. Barbara Stanley and Gregory Brown's template is free online."),
    C("For Tourette's with OCD, Aripiprazole and Clonidine are common; Guanfacine too. Tourettes Action in Britain runs family days in the Summer."),
    C('The Adverse Childhood Experiences study by Vincent Felitti and Robert Anda at Kaiser Permanente is cited everywhere, but the ACE score is crude for individual clinical use.'),
    C("Recommended: Irvin Yalom's The Gift of Therapy and Love's Executioner. For group work, The Theory and Practice of Group Psychotherapy with Molyn Leszcz."),
    C('Dialectical Behavior Therapy for adolescents (Alec Miller, Jill Rathus) works in Norway and Germany; the German DBT-A group publishes in German and English.'),
    C("Is Trauma-Focused CBT from Judith Cohen, Anthony Mannarino and Esther Deblinger available in Swahili? I know it's been used in Tanzania and Zambia."),
    C('The Hearing Voices Network started in the Netherlands with Marius Romme and Sandra Escher. Intervoice hosts the World Hearing Voices Congress.'),
    C("For couples with sexual issues, Emily Nagoski's Come as You Are and Esther Perel's Mating in Captivity are popular. The Sexual Health Inventory for Men is useful alongside Sildenafil reviews."),
    C('Trichotillomania: the TLC Foundation for Body-Focused Repetitive Behaviors has great resources. N-Acetylcysteine has some evidence, and the MGH Hairpulling Scale is quick.'),
    C('Chronic fatigue syndrome guidance changed; NICE NG206 dropped Graded Exercise Therapy. Action for ME and the ME Association welcomed it.'),
    C('Solution-Focused Brief Therapy from Steve de Shazer and Insoo Kim Berg is great for school counsellors. The miracle question works even in Korean and Japanese translation.'),
    C('Anyone trained in Mentalization-Based Treatment by Anthony Bateman and Peter Fonagy? The Anna Freud Centre runs courses year-round.'),
    C('For perinatal anxiety the EPDS anxiety subscale is helpful. PANDAS Foundation and Mind both run peer groups; Sertraline is preferred in breastfeeding per the LactMed database.'),
    C('Moral injury work from Brett Litz and Shira Maguen is useful for paramedics. Adaptive Disclosure was developed with the Marine Corps.'),
    C('The Equality Act 2010 covers long COVID in some cases. Long Covid Support and the Long Covid SOS charity have employment advice; the Fatigue Severity Scale helps track change.'),
    C('Trainees keep asking about Carl Rogers versus Aaron Beck. I give them On Becoming a Person and Cognitive Therapy of Depression, then Albert Ellis on REBT.'),
    C('For grief after suicide, the Support After Suicide Partnership and SOBS in Britain are good. The American Foundation for Suicide Prevention hosts International Survivors of Suicide Loss Day in November.'),
    C('Just a scheduling note: no groups on Good Friday or Easter Monday; Passover seders are on the Wednesday and Thursday. Orthodox Easter is a week later this year.'),
    C('The Clinical Outcomes in Routine Evaluation (CORE-10) is free for clinicians. Our Swiss colleagues use the French and Italian versions.'),
    C('Schizophrenia relapse prevention: Clozapine remains the best option for treatment resistance; the Royal College of Psychiatrists has patient leaflets in Urdu and Bengali.'),
    C('For ADHD in adults, the DIVA-5 interview and the ASRS screener; Methylphenidate (Concerta, Ritalin) or Lisdexamfetamine (Elvanse, Vyvanse). ADHD UK and CHADD have resources.'),
    C("Autism: the AQ-10 is only a screen, the ADOS-2 and the ADI-R are assessments. The National Autistic Society and Autistica fund research; Temple Grandin's Thinking in Pictures is still loved."),
    C('The Istanbul Protocol is the UN manual for documenting torture; Freedom from Torture in Britain and the Center for Victims of Torture in Minnesota train clinicians.'),
    C("Working in Singapore, I use the Institute of Mental Health's Mindline and the Samaritans of Singapore hotline for crisis referrals; most clients speak Mandarin, Malay or Tamil."),
    C('Does anyone do Cognitive Behavioral Conjoint Therapy for PTSD from Candice Monson? I found it useful for military couples, alongside the CAPS-5.'),
    C('Eye Movement Desensitization and Reprocessing is widely used in Brazil and Argentina; EMDR Iberoamérica links the national associations.'),
    C('For bipolar psychoeducation, the group psychoeducation programme by Francesc Colom and Eduard Vieta is excellent. Bipolar UK has a free e-community.'),
    C('Postpartum depression: Zuranolone (Zurzuvae) was approved by the FDA in August 2023. Brexanolone (Zulresso) needs an infusion.'),
    C("Thinking about Existential Therapy, I reread Viktor Frankl's Man's Search for Meaning and Rollo May's The Courage to Create over Easter."),
    C("For sex therapy, the PLISSIT model from Jack Annon still works, and Masters and Johnson's sensate focus too. AASECT certifies therapists in America."),
    C("I've found the Warwick-Edinburgh Mental Wellbeing Scale better than the WHO-5 for group outcomes. Both are free; WEMWBS needs registration with the University of Warwick."),
    C('Anyone know if Bupa or AXA Health reimburse EMDR for corporate clients? Vitality does for some plans, but only with a BABCP or HCPC registered clinician.'),
    C('Couples in Kenya: the Kenya Counselling and Psychological Association and the Kenya Psychological Association have ethics codes; Befrienders Kenya runs a helpline.'),
    C('In Canada, Wellness Together Canada closed in 2024; now Kids Help Phone and 988 are the main crisis options. The CPA has practice guidance on telepsychology.'),
    C('For migraine-related depression, Amitriptyline and Topiramate both have mood effects. The Migraine Trust and the American Migraine Foundation have patient materials.'),
    C("Clinical Hypnosis: the Society of Clinical and Experimental Hypnosis and the British Society of Clinical Hypnosis. Milton Erickson's work is still influential."),
    C('For Deaf clients in Britain, SignHealth runs a BSL therapy service. In America, the Registry of Interpreters for the Deaf lists qualified interpreters.'),
    C("Family Therapy: Salvador Minuchin's Families and Family Therapy, Murray Bowen's genograms, and the systemic team of Mara Selvini Palazzoli. AFT runs Summer schools."),
    C("I'm looking for a Portuguese version of the PHQ-9 for Mozambican clients; Pfizer's original is freely translated into many languages, including Portuguese and Swahili."),
    C("Opioid Use Disorder: Buprenorphine (Subutex), Buprenorphine/Naloxone (Suboxone) and Methadone; SAMHSA's TIP 63 is the guide. Narcan should be in every waiting room."),
    C('For Korean clients, Hwa-byung is a culture-bound syndrome in the DSM-IV glossary. The Korean Psychological Association has papers in English.'),
    C('I got the ISTSS Annual Meeting programme; Chris Brewin and Anke Ehlers on Cognitive Therapy for PTSD are on the Thursday.'),
    C("Healthy Minds Program and Insight Timer are free alternatives to Headspace for Buddhist-inspired meditation. Jon Kabat-Zinn's Full Catastrophe Living is the MBSR classic."),
    C('In Germany, Techniker Krankenkasse and Barmer cover Verhaltenstherapie and tiefenpsychologisch fundierte Psychotherapie; the Psychotherapeutenkammer handles complaints.'),
    C('Pastoral colleagues: the Association of Christian Counsellors in Britain and the American Association of Christian Counselors follow different accreditation rules. Catholic and Anglican chaplaincies often refer to both.'),
    C('Has anyone tried Spravato versus IV Ketamine? The Royal Australian and New Zealand College of Psychiatrists has a position statement from 2022.'),
    C('For gambling, the Problem Gambling Severity Index; GamStop blocks UK sites and Gamblers Anonymous has meetings in English, Hindi and Tamil.'),
    C("Psychodynamic teaching: Nancy McWilliams's Psychoanalytic Diagnosis is in its second edition; Otto Kernberg's Transference-Focused Psychotherapy is the structured follow-on."),
    C('For older adults, the Geriatric Depression Scale and the MoCA; Age UK and Silver Line (now part of Age UK) help with loneliness. Mirtazapine is common in care homes.'),
    C('EFT for couples: Sue Johnson founded ICEEFT in Canada. Her Hold Me Tight workshops are offered in French, Spanish and German.'),
    C("Teen self-harm: the NSPCC's Childline and Young Minds in Britain, Kids Helpline in Australia. The SITBI interview is useful in research settings."),
    C("Cognitive Processing Therapy has an app called CPT Coach from the VA's National Center for PTSD; PTSD Coach is free in English and Spanish."),
    C('Has anyone used the Brief Symptom Inventory with Arabic-speaking clients? The Arabic translation was validated in Egypt and Lebanon.'),
    C('Mindfulness-Based Cognitive Therapy by Zindel Segal, Mark Williams and John Teasdale was tested in Britain and Canada. The Oxford Mindfulness Foundation trains teachers.'),
    C('The Mental Health Act 1983 is being reformed; the Mental Health Bill was introduced in Parliament in November 2024. Mind and Rethink Mental Illness both lobbied.'),
    C('EAP providers like Lyra Health, Spring Health and Modern Health pay differently; Headway and Alma credential us with Blue Cross Blue Shield and UnitedHealthcare.'),
    C('For chronic pain, the Pain Catastrophizing Scale and the Brief Pain Inventory; Duloxetine (Cymbalta) has an FDA indication for fibromyalgia.'),
    C("Polyvagal Theory from Stephen Porges is popular but contested; I'd read Deb Dana's The Polyvagal Theory in Therapy critically alongside the Cochrane reviews."),
    C('Is anyone a member of the IACP in Ireland? The Psychological Society of Ireland and CORU statutory registration are still being sorted for counsellors.'),
    C('In South Africa, SADAG runs helplines and the HPCSA registers psychologists. Discovery Health and Bonitas pay for a limited number of sessions.'),
    C('Winter holidays: Hogmanay in Scotland, Yule for Pagan clients, and Orthodox Christmas on January 7 for Serbian, Russian and Ethiopian clients.'),
    C('Has anyone used the Work and Social Adjustment Scale in IAPT, now NHS Talking Therapies? It pairs well with the PHQ-9 and GAD-7.'),
    C("Brainspotting from David Grand lacks RCTs; EMDR Europe and the EMDR International Association don't endorse it. Be careful marketing it."),
    C('For OCD in children, the CY-BOCS and the book Freeing Your Child from Obsessive-Compulsive Disorder by Tamar Chansky. OCD-UK and the International OCD Foundation have parent pages.'),
    C('Schema mode work: Arnoud Arntz from the Netherlands wrote Schema Therapy for Borderline Personality Disorder with Hannie van Genderen.'),
    C("For Tourette's in adults, Deep Brain Stimulation is rare; Medtronic and Boston Scientific devices have been used in trials in Germany and Italy."),
    C('Sleep in shift workers: the Epworth Sleepiness Scale, Modafinil for shift work disorder, and the Bergen Shift Work Sleep Questionnaire from Norway.'),
    C("The Istanbul Convention on violence against women was signed by Turkey and later left; Women's Aid and Refuge in Britain run the National Domestic Abuse Helpline."),
    C("Trauma-sensitive yoga from the Justice Resource Institute and David Emerson pairs well with Pat Ogden's Sensorimotor Psychotherapy."),
    C('For Hindu clients, Navaratri and Diwali in October and November bring family pressure; Pongal in January for Tamil clients, Onam for Malayalis in August or September.'),
    C("I recommend Lori Gottlieb's Maybe You Should Talk to Someone for clients nervous about therapy;"),
    C("Integrative supervision: Hawkins and Shohet's Seven-Eyed Model from Supervision in the Helping Professions. BACP and UKCP both accept it."),
    C('For climate anxiety, the Climate Psychology Alliance and the Good Grief Network have resources; the Hogg Eco-Anxiety Scale measures it.'),
    C("Hypochondria: Health Anxiety Inventory (Salkovskis and Warwick) and the book It's Not All in Your Head by Gordon Asmundson and Steven Taylor."),
    C("For Maori whānau I use Te Pou resources and Mason Durie's Te Whare Tapa Whā; Pasifika clients may prefer the Fonofale model by Fuimaono Karl Pulotu-Endemann."),
    C("Children's grief: Winston's Wish and Child Bereavement UK in Britain, the Dougy Center in Oregon. The Inventory of Complicated Grief has a child version."),
    C('Has anyone used Nightmare Rescripting (Imagery Rehearsal Therapy from Barry Krakow)? Prazosin evidence is mixed since the VA trial.'),
    C("For clients with Parkinson's, the Parkinson's Foundation and Parkinson's UK have mental health pages; Rivastigmine for PD dementia, Pimavanserin for psychosis in the US."),
    C('Transgender clients: WPATH Standards of Care 8 came out in 2022. Mermaids and Gendered Intelligence in Britain, The Trevor Project in America.'),
    C("I still find Martin Seligman's Learned Optimism and Authentic Happiness useful for Positive Psychology exercises; the VIA Character Strengths survey is free."),
    C("DBT for eating disorders: Lucene Wisniewski's work and the Radically Open DBT from Thomas Lynch for overcontrol; RO DBT is big in Scotland and Wales."),
    C("Psilocybin research: COMPASS Pathways and Johns Hopkins; Australia's TGA allowed prescribing from July 2023. MAPS focused on MDMA with the FDA."),
    C('The European Congress of Psychology is organised with the EFPA; its programmes usually list sessions in English, and in French or Greek when hosted there.'),
    C('CAT (Cognitive Analytic Therapy) by Anthony Ryle; ACAT trains in Britain, Finland and Greece. Reformulation letters are the heart of it.'),
    C('For Spanish-speaking clients, the Escala de Depresión del Centro de Estudios Epidemiológicos (CES-D) and the Spanish PHQ-9 are both validated in Mexico and Spain.'),
    C('Bulimia Nervosa: CBT-E by Christopher Fairburn at the University of Oxford. Lisdexamfetamine is licensed for Binge Eating Disorder in the US, not in Britain.'),
    C("Therapist self-care over Thanksgiving and Christmas: I recommend Babette Rothschild's Help for the Helper and the ProQOL measure for compassion fatigue."),
    C("Has anyone read Gabor Maté's In the Realm of Hungry Ghosts with addiction groups? Some find it hopeful; SMART Recovery and Alcoholics Anonymous both welcome readers."),
    C("For panic, David Clark's cognitive model and the Panic Disorder Severity Scale; Clonazepam is still common in Brazil and Argentina but less so in Britain."),
    C('The Ethiopian and Eritrean New Year, Enkutatash, falls in September. Timkat in January is also big; Amharic and Tigrinya interpreters get booked early.'),
    C("For Hikikomori in Korea, the Korean government has launched support. I'd cite the Korean and Japanese literature, not Western models alone."),
    C('In France the Haute Autorité de Santé guidance on depression, and in Belgium the KCE reports. Mon Soutien Psy reimburses sessions through the Assurance Maladie.'),
    C("Trauma in first responders: the Blue Light programme from Mind in England, and Beyond Blue's Police and Emergency Services resources."),
    C('Anyone use the Dissociative Experiences Scale by Eve Bernstein Carlson and Frank Putnam? The ISSTD guidelines for DID are the standard reference.'),
    C("For OCD, ERP from Edna Foa and Jonathan Abramowitz; Inference-Based CBT from Kieron O'Connor in Quebec is a good option for overvalued ideation."),
    C('Sexual violence: Rape Crisis England and Wales, RAINN in the US, and Rape Crisis Network Ireland. The STAR model from Rape Crisis Scotland is also worth a look.'),
    C("I've been using SilverCloud Health for guided CBT with NHS Scotland; Beating the Blues was earlier. Both have been assessed by NICE."),
    C("For men's mental health, Andy's Man Club, CALM and Movember. Terrence Real's I Don't Want to Talk About It is my favourite book on male depression."),
    C("Has anyone seen Vortioxetine (Trintellix, Brintellix) help cognition? The Lundbeck trials used the DSST. It's expensive under the PBS in Australia."),
    C('Family-Based Treatment for anorexia from James Lock and Daniel Le Grange is first line for adolescents per NICE and the AAP.'),
    C('Working with Haitian clients, I read about Vodou and Catholic practice; Partners In Health publishes mental health materials in Haitian Creole and French.'),
    C('For Czech clients, the Národní ústav duševního zdraví has resources in Czech; the Beck Depression Inventory-II is validated in Czech and Slovak.'),
    C('Lithium monitoring per the NICE bipolar guideline CG185: levels every three months in the first year. The NHS lithium treatment pack includes a record book in English.'),
    C("Supervision idea: use Janina Fisher's Healing the Fragmented Selves of Trauma Survivors for parts work with Complex PTSD."),
    C("Dr Seuss and Roald Dahl books are great for play therapy metaphors; Virginia Axline's Dibs in Search of Self is the classic on Child-Centered Play Therapy."),
    C('Substance use in Nepal and Bhutan: the WHO ASSIST screening tool has Nepali translations; Alcohol Use Disorders Identification Test (AUDIT) too.'),
    C('Gestalt Therapy from Fritz Perls and Laura Perls has a strong following in Italy and Mexico; the empty chair technique overlaps with Emotion-Focused Therapy from Leslie Greenberg.'),
    C("I'm teaching the Hamilton Rating Scale for Depression next Tuesday; the HAM-D and the MADRS are used in Pfizer and Lilly trials more than the PHQ-9."),
    C('For Muslim clients in Malaysia and Indonesia, Islamic Psychology resources from the International Association of Islamic Psychology are helpful during Ramadan and Eid.'),
    C("Trainees in Chile and Uruguay use the OQ-45 in Spanish; Michael Lambert's work on feedback-informed treatment is widely cited there."),
    C("Attachment reading: John Bowlby's A Secure Base, Mary Ainsworth's Strange Situation, and Mary Main's Adult Attachment Interview. Daniel Siegel's The Developing Mind builds on them."),
    C('The Scottish Government funds Breathing Space and NHS 24 on 111. Distress Brief Intervention started in 2017.'),
    C("Naltrexone for alcohol and Acamprosate for abstinence; Disulfiram less often. The AUDIT-C and Alcohol Change UK's Try Dry app support Dry January."),
    C('Stigma in Ghana and Nigeria is high; BasicNeeds and the Mental Health Authority of Ghana have campaigns around World Mental Health Day in October.'),
    C("I'm finding Narrative Therapy from Michael White and David Epston useful with Pasifika families; the Dulwich Centre in Australia publishes case studies."),
    C('For psychosis, CBTp per NICE CG178; the PANSS and the BPRS in trials. Aripiprazole long-acting injections (Abilify Maintena) are common.'),
]

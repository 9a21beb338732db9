"""THIRTY-FIRST LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 31), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not run
the guard, bench/guard_eval.py or any test that imports or runs the guard,
did not read git log messages, bench/README.md, README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py,
tests/bot/confidentiality/test_deterministic.py, or diffs of any commit, and
did not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_30.py.  No slip of these rules occurred.
What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_30.py only (printed up to its
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

How it was made: every snippet was written by hand, one at a time, as a
consultation request or a chat message to peers in a therapists'
consultation group - private practice, NHS, EAP, hospice, care home,
fertility clinic, occupational health and telehealth settings in the US,
UK (England, Scotland, Wales), Ireland, Canada and Quebec, Australia,
Aotearoa New Zealand, South Africa, India, Singapore, the Philippines,
Brazil, Mexico, the Gulf, Nigeria, Ghana, Kenya, Norway, Sweden, Denmark,
Finland, Iceland, the Netherlands, Austria, Poland, Romania, Hungary,
Czechia, Italy, Portugal, Argentina, Peru, Korea, Kazakhstan, Bangladesh
and Tonga: formal referral notes, rushed lower-case chat, asides,
abbreviations and one-liners.  Nothing was composed by a script: the
author wrote the snippets in plain text files outside the repository with
the planted spans marked inline, and a script (also kept outside the
repository, in /tmp/set31work/) only stripped the marks into the expected
lists, checked lengths, token boundaries, duplicate spans and duplicate
snippets, measured the clean density and wrote this file.  Before the
overlap checks, identifier snippets were reworded as follows: five that
had put a title (Dr) inside a name span, or had named the same person
twice after a false start, were rewritten with one name span and the
title outside it or dropped; two unlabelled second mentions of a client's
first name became pronouns; a relative's city and a wartime town were
reworded away; a real town was cut from a place span; six cities and
counties written outside spans in street-address snippets (a Kenyan, an
Emirati and a South African city, a city on a trucking route and two
Irish counties) were removed or replaced by a country, and the Emirati
PO box was labelled as a second street address; the prefixes of six
numbers (MRN, UHID, ID, DBN, PIN, acct) were moved outside their spans;
one licence number was lengthened and one awkward sentence about a buggy
accident was rewritten.  In the clean snippets a county was removed, two
book or resource attributions the author was not sure of, one named
researcher and one resource of unclear existence were replaced by
organisations or scales, and many ordinary nouns that had been
capitalised for no reason (research, helpline, midwives, assessment...)
were lower-cased, which brought the density down from 11.5 to the figure
below; twelve plainer chat messages with few capitals were then added.
Overlap with the other sets was
resolved by renaming only this set's planted values, with a filter that
imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 47 values in the first round
(1 date, 10 ages over 89 - every bare ninety-something phrasing
collided and each was given a longer, more particular phrasing -, 2
faxes, 9 IP addresses in the documentation ranges, 10 names given a
further surname or patronymic, 4 places given a qualifier, 1 NHS number, 1 Medicare number,
3 account numbers - an IBAN, a sort code and a BSB -, 3 licences, 1
vehicle plate, 1 device IMEI, 1 ZIP code made a ZIP+4, and a URL that
carried a renamed name), then 4 more IP addresses from the documentation
ranges, which were replaced by invented public-looking addresses; the
third pass found nothing.

Settings (chosen to differ from set 30's): shift-working and night-shift
nurses, midwives after stillbirth, shoulder dystocia and neonatal death,
veterinarians and vet nurses with euthanasia-related compassion fatigue
and moral injury, construction workers, scaffolders and suicide, teachers
of deaf children, rural GPs, Orthodox Jewish (Haredi) and Amish and Old
Order families, Gulf expatriates and kafala, seafarers and their wives,
air traffic controllers after runway incursions, astronauts' spouses and
children, IVF, embryo disputes and surrogacy, infertility groups,
menopause and perimenopause, ME/CFS and Long Covid, long-haul truckers,
jockeys wasting, boxers and CTE, gamers and swatting, influencers and
doxxing, OnlyFans creators and stalking, tattoo regret, ketamine clinics,
psilocybin retreats and trials, religious trauma and conversion
practices, caste discrimination, twins and twinless twins, intersex
variations, Huntington's disease and predictive testing, stroke aphasia,
motor neurone disease and ALS, Parkinson's and DBS, genetic testing, and
the very old (ages over 89 in care homes, hospices and at home); with
local identifier formats for US social security numbers, a South African
ID number, UK National Insurance numbers, a Canadian SIN, an Aadhaar
number, a New Zealand IRD number, a Danish CPR number, an Argentine DNI,
an Irish PPS number, a Philippine SSS number and an Australian tax file
number (ssn), hospital numbers, MRNs, a UHID, an IVF chart number, a
study ID, an NHS number, a genetics clinic number, an NHI, patient and
clinic chart numbers (medical_record), Medicaid, Blue Shield, Medicare,
OHIP, Bupa, VHI, Southern Cross, Medibank, Star Health, Aetna, Tricare,
PhilHealth and Discovery Health numbers (health_plan), an IBAN, a bank
account, a victims' compensation claim, a workers' comp claim, a sort
code and account, a cheque, a company account, an EAP case, a bookmaker
account, a student loan account, an insurance claim, a BSB and account
and a court case number (account), NMC, Veterinary Council, IMC, AHPRA,
ATCO, GPhC, CRPO, HCPC, NCNZ, NPI, CDL and BBBofC numbers (licence), UK,
New Zealand, Philippine tricycle, US, Dutch, Brazilian, Nigerian,
Norwegian, Irish, Texas and Pennsylvania plates (vehicle), an eye-gaze
device, an insulin pump, a DBS stimulator, a hearing aid, an AAC tablet,
a heart monitor, a CPAP machine, a cochlear implant processor, a
smartwatch IMEI, a pacemaker, a sensor mouthguard, a GPS watch, a
prosthetic leg and a CGM transmitter (device), addresses written the
local way (US roads and a Hawaiian loop, a UK flat, an Australian unit, a
Kenyan plot, a Romanian apartment, a Philippine block-and-lot, a Scottish
house name, a rural route box, a Mexican calle, a Dutch street, a Welsh
heol, a Bronx apartment, an Emirati villa and PO box, an Irish townland
address, a Quebec appartement, a New Zealand road, a Soweto lane, an
Irish-language address, a Texas drive, a stud cottage, an Italian via
with an interior number and a Korean room number) with US ZIP and ZIP+4
codes, UK and Irish (Eircode) postcodes, Australian, Kenyan, Romanian,
Philippine, Mexican, Dutch, Quebec, New Zealand, South African, Italian
and Korean postal codes, IPv4 (public, private, CGNAT and documentation
range) and IPv6 (documentation and link-local) addresses, shortened and
full URLs, and phone and fax numbers in local and international formats.

368 snippets, 206 with identifiers and 162 clean (lengths 40-520, the
test's bounds).  Every pattern category appears at least 12 times (the
test requires 12): date 13, age_over_89 13, phone 13, fax 13, email 14,
url 12, ip_address 13, ssn 13, medical_record 13, health_plan 13, account
15, licence 13, vehicle 13, device 14, street_address 24, zip_code 22;
with 207 names and 206 places smaller than a state (the test requires 207
and 206).
Names: Igbo, Yoruba, Welsh, Dutch, Polish, Scottish Gaelic, Tamil,
Malayalam, Marathi, Gujarati, Punjabi, Bengali, Pennsylvania Dutch (Amish), Ilocano,
Tagalog and other Filipino, Hasidic Jewish, Sephardi, Māori, Tongan,
Samoan, Fijian, Native Hawaiian, Mexican (Nahuatl), Basque, Peruvian
(Quechua), Argentine, Brazilian and Portuguese, Afghan (Pashto), Persian,
Emirati and Omani, Arabic, Somali, Eritrean (Tigrinya), Kenyan (Kikuyu
and Luo), Akan, Zulu, Sotho, Lithuanian, Czech, Hungarian,
Romanian, Russian and Ukrainian, Kazakh, Norwegian, Swedish, Danish,
Finnish, Icelandic, Austrian and German, French and Québécois, Italian,
Irish and Irish-language, English, Navajo, Lakota and other Indigenous
American, Aboriginal Australian, Inuit, Japanese, Korean, Chinese and
Singaporean and Lebanese names; lower-case chat,
hyphenated and multi-part names, patronymics, names before a
possessive, two names in one snippet, and titles (Dr) outside spans.
Places: invented towns, villages, hamlets, suburbs, barangays, colonias,
barrios, a South African township extension, Indian neighbourhoods and
phases, a Singapore estate, Irish townlands and crossroads, a Welsh
village, Scandinavian districts, a marae, a reservation settlement,
hospitals, infirmaries, wards, birth centres, maternity and fertility
clinics, surgeries and medical centres, neuro units, a genetics hub,
care homes, rest homes, lodges and assisted living, veterinary practices,
a boxing club and gyms, stables and a stud, racecourses, a construction
yard and a wharf, a port terminal and piers, a rest area, a control
tower and an approach centre, schools, an academy and a youth hub,
apartments and flats, a mall, a trade centre, a café district, a
psilocybin retreat valley, and places after street addresses.

Clean snippets follow the spec of the issue this set measures: clean
clinical prose DENSE with capitalised non-identifiers - drug brand and
generic names, scales and questionnaires, therapy models and their
founders, cited authors and books (real, published works only), trials,
guidelines, diagnoses, weekdays, months and holidays (religious festivals
included; never a person's date), professional bodies, regulators,
unions, charities, insurers and payers, billing codes, EHR, telehealth,
messaging and wellbeing apps, companies, universities, conferences,
states, countries, nationalities, religions and languages,
sentence-initial words, and scale names that contain a city (Copenhagen,
Pittsburgh, Warwick-Edinburgh) or a university; some are plainer chat
with few capitals.  Nothing in a clean snippet identifies a client, and
no private person or place smaller than a state is named.
Capitalised-word density, computed by the author's own script on this
file: words starting with a capital letter that are not the first word
of the snippet or of a sentence (after . ! or ?, skipping opening quotes
and brackets), excluding the pronoun I and its contractions, number
1532 in the 162 clean snippets, a mean of 9.5 per clean snippet
(median 10, minimum 0, maximum 19); counting only words with at least one
lower-case letter (no all-capitals acronyms such as CBT or PHQ-9) the
mean is 8.1.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made
up; a few real districts, suburbs and towns are used only as places; the
other named clinics, care homes, workplaces and settlements are invented.
Real public figures, authors and therapy founders appear only in clean
snippets, as the authors of models and books, and are not labelled.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, *expected: tuple[str, str]) -> EvalCase:
    return EvalCase(text, list(expected))


LOCKED31_CASES: list[EvalCase] = [
    C("night-shift nurse on my caseload, Ngozi Okwuosa, had her second needlestick on 14 March 2025 at Farrowmere General and hasn't slept a full night since. compassion fatigue or PTSD or both? thoughts welcome", ('name', 'Ngozi Okwuosa'), ('date', '14 March 2025'), ('place', 'Farrowmere General')),
    C('Consultation please: midwife Siân Pryderi-Lloyd was on shift at Cwm Eithin Birth Centre the night of the shoulder dystocia (02/11/2024) and is now avoiding the labour ward entirely. Her manager wants a return date.', ('name', 'Siân Pryderi-Lloyd'), ('place', 'Cwm Eithin Birth Centre'), ('date', '02/11/2024')),
    C('vet nurse Tamsin Achterberg-Vliet euthanised 6 dogs on Friday 9 August 2024 at Brackenfold Animal Hospital, then found her own spaniel had died that evening. where do I even start with the layering here', ('name', 'Tamsin Achterberg-Vliet'), ('date', 'Friday 9 August 2024'), ('place', 'Brackenfold Animal Hospital')),
    C("Supervision question. Scaffolder Dariusz Wilczek's brother died by suicide on site at Kestrel Quay Development on 23.01.2025. He wants to go back up the same scaffold next week. How much do I push on the timing?", ('name', 'Dariusz Wilczek'), ('place', 'Kestrel Quay Development'), ('date', '23.01.2025')),
    C('rural GP referred Eilidh MacFhionghain, DOB 19/06/1971, from the Achnacraig Surgery list - perimenopausal low mood, HRT declined, she drives 70 minutes each way to see me. would telehealth be kinder?', ('name', 'Eilidh MacFhionghain'), ('date', '19/06/1971'), ('place', 'Achnacraig Surgery')),
    C('IVF client Priyanka Venkataraghavan had her fourth failed transfer on 5 Feb 2025 at the Hollybrook Fertility Centre. She\'s asking me whether stopping is "giving up". I\'m wary of my own views leaking in.', ('name', 'Priyanka Venkataraghavan'), ('date', '5 Feb 2025'), ('place', 'Hollybrook Fertility Centre')),
    C("Amish family from Peachbottom Hollow - the father, Jonas Stoltzfoos, agreed to one session after his son's farm accident on June 3, 2024. Interpreter questions, bishop questions, consent questions. Anyone worked with Old Order families?", ('place', 'Peachbottom Hollow'), ('name', 'Jonas Stoltzfoos'), ('date', 'June 3, 2024')),
    C("seafarer client Rodelio Bayaua signed off the MV Northern Tern after a crewmate went overboard on 2024-10-17, now home in Barangay San Isidro Norte and can't sleep with the fan on because it sounds like the engine room", ('name', 'Rodelio Bayaua'), ('date', '2024-10-17'), ('place', 'Barangay San Isidro Norte')),
    C("My client Mordechai Halbershtam from Kiryas Zeman wants to discuss his son's OCD without the rebbe knowing. Intake was Tuesday 28 January 2025. Any advice on confidentiality expectations in tight Orthodox communities?", ('name', 'Mordechai Halbershtam'), ('place', 'Kiryas Zeman'), ('date', 'Tuesday 28 January 2025')),
    C("long-haul trucker, Delwyn Pukepuke, jackknifed near Ōtaroa Saddle on 7/12/2023. no injuries to others but he's convinced he killed someone. trauma-focused CBT over the phone from truck stops - doable?", ('name', 'Delwyn Pukepuke'), ('place', 'Ōtaroa Saddle'), ('date', '7/12/2023')),
    C('Air traffic controller Katarzyna Wróblewska-Sęk was on position during the runway incursion at Lindqvist Field Tower on 12 September 2024. The union rep wants a letter; she wants nothing in writing. Where do I land?', ('name', 'Katarzyna Wróblewska-Sęk'), ('place', 'Lindqvist Field Tower'), ('date', '12 September 2024')),
    C("astronaut's spouse, Marisol Echeverría-Tapia, in Clearwater Bend - husband launched 1 April 2025 for six months and she's having panic attacks every time the news mentions debris. any experience with isolated-partner anxiety?", ('name', 'Marisol Echeverría-Tapia'), ('place', 'Clearwater Bend'), ('date', '1 April 2025')),
    C("client Tupou Vainikolo (DOB 30.08.1989) from Ha'ateiho Village is doing surrogacy for her cousin and the agency counsellor keeps calling me for updates. I haven't got a release. how do you handle agency pressure?", ('name', 'Tupou Vainikolo'), ('date', '30.08.1989'), ('place', "Ha'ateiho Village")),
    C("Grandmother Wilhelmina Oosterhuis is ninety-four since August and living at Zonnehof Residential Care; her grandson's genetic test came back positive for Huntington's and she's the only one who remembers her husband's chorea.", ('name', 'Wilhelmina Oosterhuis'), ('age_over_89', 'ninety-four since August'), ('place', 'Zonnehof Residential Care')),
    C('Requesting thoughts: Hamid Qaderi-Noorzai, aged 93 by his own count, at Cedarwell Lodge, wants to record his memories of the Afghan royal court for his grandchildren but becomes distressed each time. Life review or stop?', ('name', 'Hamid Qaderi-Noorzai'), ('age_over_89', 'aged 93 by his own count'), ('place', 'Cedarwell Lodge')),
    C("my oldest client ever, Ruth Aberdour-Kincaid, turns 102 next Thursday and her care home (Larchmont House) is throwing a party she says she doesn't want. autonomy vs staff feelings, lol, real dilemma though", ('name', 'Ruth Aberdour-Kincaid'), ('age_over_89', '102 next Thursday'), ('place', 'Larchmont House')),
    C("Tomasz Kędziorek, 91 and three months, living alone in Stare Brzozowo, won't accept a pendant alarm since his stroke aphasia. His daughter calls me from overseas crying. Capacity and respect for him - I'm torn.", ('name', 'Tomasz Kędziorek'), ('age_over_89', '91 and three months'), ('place', 'Stare Brzozowo')),
    C('Hospice social worker asking: Mere Te Whatu is ninety-seven, she reminds everyone and wants her moko to bring her to Te Awaroa Marae one last time. Transport and risk team are saying no. How have others advocated for this?', ('name', 'Mere Te Whatu'), ('age_over_89', 'ninety-seven, she reminds everyone'), ('place', 'Te Awaroa Marae')),
    C('parkinson\'s client Bohumil Šťastný is 96 and three-quarters and says his late wife visits him at night at Lipová Grange. family want it "treated". i see grief and maybe PDD hallucinations, not pathology to fix', ('name', 'Bohumil Šťastný'), ('age_over_89', '96 and three-quarters'), ('place', 'Lipová Grange')),
    C("ALS couple: she is ninety-one last week, he's 88 with bulbar-onset. Ingrid Solvang-Haugen is his only carer at their house in Fjellstad Øvre. she refuses respite. how to talk about carer collapse without insulting her", ('age_over_89', 'ninety-one last week'), ('name', 'Ingrid Solvang-Haugen'), ('place', 'Fjellstad Øvre')),
    C('Kwame Asante-Boadu, aged 99 come Easter, former headmaster at Nsuase Methodist School, has started asking staff for his dead pupils by name. dementia or grief or both? the family want me to "correct" him', ('name', 'Kwame Asante-Boadu'), ('age_over_89', 'aged 99 come Easter'), ('place', 'Nsuase Methodist School')),
    C("Complex one: Bertha Yellowhorse is 95 this winter and her granddaughter wants her moved off the reservation to Pinegate Assisted Living. She says she'd rather die at home. Who is my client here, honestly?", ('name', 'Bertha Yellowhorse'), ('age_over_89', '95 this winter'), ('place', 'Pinegate Assisted Living')),
    C("client Sundari Krishnamoorthy, 92-year-old Tamil widow, wants to travel back to Thiruvaiyaru to scatter her husband's ashes. son says she can't. we did values work and it's clearly hers to decide", ('name', 'Sundari Krishnamoorthy'), ('age_over_89', '92-year-old Tamil widow'), ('place', 'Thiruvaiyaru')),
    C("Archibald Fenwick-Doyle is a hundred and one this summer; he's in Saltmarsh Court and wants to talk about the boy he was on the beaches in 1940. I'm 29 and out of my depth with the war material", ('name', 'Archibald Fenwick-Doyle'), ('age_over_89', 'a hundred and one this summer'), ('place', 'Saltmarsh Court')),
    C('Rosalía Quispe Mamani is ninety-eight going on ninety-nine and lives with her daughter in Villa Chuquito; she describes the cholera years in Quechua and the interpreter cries every session. Vicarious trauma for interpreters?', ('name', 'Rosalía Quispe Mamani'), ('age_over_89', 'ninety-eight going on ninety-nine'), ('place', 'Villa Chuquito')),
    C('Hemi Tautahi-Parata at Rangiwhero Rest Home is turning 100 on Sunday and wants his letter from the King read aloud in te reo. staff are flustered. small, but how do I back him up?', ('name', 'Hemi Tautahi-Parata'), ('place', 'Rangiwhero Rest Home'), ('age_over_89', 'turning 100 on Sunday')),
    C("Urgent: nurse Adaeze Onyekachukwu left me a voicemail from +44 7700 914 263 saying she's in her car outside Whitcombe Royal Infirmary and can't go in. Does anyone have a script for these calls?", ('name', 'Adaeze Onyekachukwu'), ('phone', '+44 7700 914 263'), ('place', 'Whitcombe Royal Infirmary')),
    C("midwife Kirsi Hämäläinen-Berg texted from (07) 4198 2207, she's back at Moranbah Springs Maternity after a neonatal death and wants an extra session. taking her tonight; tell me if that's dumb", ('name', 'Kirsi Hämäläinen-Berg'), ('phone', '(07) 4198 2207'), ('place', 'Moranbah Springs Maternity')),
    C("Please call me back re Ezekiel Mbatha, construction foreman from Kwa-Ndlovini; his wife rang on 082 661 4930 saying he'd packed a rope in the bakkie. I've sent SAPS but need a second pair of eyes.", ('name', 'Ezekiel Mbatha'), ('place', 'Kwa-Ndlovini'), ('phone', '082 661 4930')),
    C('vet Catriona Blackadder in Glenmuir Vale called the practice line at 01389 742 115 - she\'s been self-prescribing pentobarbital "to have it there". need crisis plan ideas asap, she\'s very rural', ('name', 'Catriona Blackadder'), ('place', 'Glenmuir Vale'), ('phone', '01389 742 115')),
    C("ketamine clinic client Javad Sharifzadeh-Rad gave his mobile as +1 (604) 555-0187 and asked me not to call his home in Lynnhaven Heights. his wife doesn't know about the treatments. secrets in couples?", ('name', 'Javad Sharifzadeh-Rad'), ('phone', '+1 (604) 555-0187'), ('place', 'Lynnhaven Heights')),
    C("infertility group member Mei-Ling Chua Boon Hock from Tampines Greenridge left +65 9183 2746 on the sign-up sheet instead of her email. she's asked twice about being anonymous to the others", ('name', 'Mei-Ling Chua Boon Hock'), ('place', 'Tampines Greenridge'), ('phone', '+65 9183 2746')),
    C("client Obinna Chukwuemeka-Eze, jockey at Ballymacoda Stables, calls me from 087 392 6618 before every weigh-in. he's wasting in saunas again. eating disorder referral or keep him with me?", ('name', 'Obinna Chukwuemeka-Eze'), ('place', 'Ballymacoda Stables'), ('phone', '087 392 6618')),
    C("boxer Ruslan Tagirov (cell 917-555-0143), trains at Ironbound Boxing Club, his girlfriend says he's forgetting words mid-sentence. I'm a therapist not a neurologist - how do you raise CTE fears?", ('name', 'Ruslan Tagirov'), ('phone', '917-555-0143'), ('place', 'Ironbound Boxing Club')),
    C("gamer client Haruto Inoue-Saville gave his discord handle and his mum's landline (03) 9412 7760 after a 40-hour session in Kellgate Flats. mum wants me to ring her weekly. he's 19. boundaries?", ('name', 'Haruto Inoue-Saville'), ('phone', '(03) 9412 7760'), ('place', 'Kellgate Flats')),
    C('influencer Valentina Duarte-Brasil (whatsapp +55 21 98842-3317) moved to Vila Jacarandá after being doxxed. she wants sessions at 2am her time. flexibility vs enabling?', ('name', 'Valentina Duarte-Brasil'), ('phone', '+55 21 98842-3317'), ('place', 'Vila Jacarandá')),
    C("onlyfans creator Jade Ratuvou, 021 448 9013, was outed to her church in Waimahana and the pastor phoned my front desk. I haven't confirmed she's a client. how do people respond to these calls?", ('name', 'Jade Ratuvou'), ('phone', '021 448 9013'), ('place', 'Waimahana')),
    C('rural GP Dr Oisín Ó Duibhir at Cloonfad Medical Centre (094 963 2187) keeps asking me for "a quick word" about patients without consent forms. nice man, bad habit. how to set a line?', ('name', 'Oisín Ó Duibhir'), ('place', 'Cloonfad Medical Centre'), ('phone', '094 963 2187')),
    C('Menopause client Farzana Chowdhury-Haque from Bashundhara Lakeview gave me +880 1712 449 385 and asked me to only text. Husband checks calls. Safety planning via SMS - any templates?', ('name', 'Farzana Chowdhury-Haque'), ('place', 'Bashundhara Lakeview'), ('phone', '+880 1712 449 385')),
    C("the surrogacy agency faxed Lorena Abubakar-Ibáñez's psych clearance to our old number (512) 555-0176 instead of the new one, and it landed at Sagebrush Pediatrics. breach report? she's furious and fair enough", ('name', 'Lorena Abubakar-Ibáñez'), ('fax', '(512) 555-0176'), ('place', 'Sagebrush Pediatrics')),
    C('Fax from the Dunmarrow Occupational Health Unit on 01592 664 780 about construction worker Callum Strachan-Reid asks for "fitness to work at height" - I\'m a counsellor, not an OH doc. How do you decline these?', ('place', 'Dunmarrow Occupational Health Unit'), ('fax', '01592 664 780'), ('name', 'Callum Strachan-Reid')),
    C("ketamine clinic sent Anneliese Bjørnstad's infusion notes by fax (+47 22 87 41 09) to my Grünerløkka Terrasse office and the cover sheet had her full diagnosis on it. complaint or quiet word?", ('name', 'Anneliese Bjørnstad'), ('fax', '+47 22 87 41 09'), ('place', 'Grünerløkka Terrasse')),
    C("Received a fax at (02) 6248 1193 from Kurrajong Flats Medical asking for session notes on Warrick Bundjalung-Hart, truck driver. No consent attached. I'll refuse, but what wording?", ('fax', '(02) 6248 1193'), ('place', 'Kurrajong Flats Medical'), ('name', 'Warrick Bundjalung-Hart')),
    C('psilocybin retreat in Valle Escondido faxed Itzel Cuauhtémoc-Reyes\'s "integration summary" from +52 777 318 2244. it reads like a sales brochure. she wants me to "continue the work". ethics help?', ('place', 'Valle Escondido'), ('name', 'Itzel Cuauhtémoc-Reyes'), ('fax', '+52 777 318 2244')),
    C("the receptionist at Llanfair Rhosydd Surgery faxes everything on 01248 557 302, and Aled Pritchard-Morgan's referral letter sat on a shared machine for a weekend. rural GP land. thoughts?", ('place', 'Llanfair Rhosydd Surgery'), ('fax', '01248 557 302'), ('name', 'Aled Pritchard-Morgan')),
    C("IVF clinic fax +353 1 667 4519 sent Gráinne Ní Fhlannagáin's embryo report to my practice at Ballyheigue Road Clinic - not even my client anymore. How do others handle misdirected health records?", ('fax', '+353 1 667 4519'), ('name', 'Gráinne Ní Fhlannagáin'), ('place', 'Ballyheigue Road Clinic')),
    C('I keep getting faxes for Olusegun Adeyemi-Coker from Ikorodu Heights Hospital on +234 1 271 6630. he ended therapy in spring. do I shred and notify, or forward them back? first time this has happened', ('name', 'Olusegun Adeyemi-Coker'), ('place', 'Ikorodu Heights Hospital'), ('fax', '+234 1 271 6630')),
    C('the Hazelrigg Veterinary Referrals HR team faxed ((0161) 498 2735) a sickness review for vet Philippa Ormerod-Quayle. they want my opinion on "capacity to perform euthanasia duties". I\'m not answering that', ('place', 'Hazelrigg Veterinary Referrals'), ('fax', '(0161) 498 2735'), ('name', 'Philippa Ormerod-Quayle')),
    C("ME/CFS client Benedikt Aigner-Haslinger asked me to fax his PIP form to +43 1 402 7788 because he can't get to Ottakringer Hof post office. do people still even have fax? I found one at the library", ('name', 'Benedikt Aigner-Haslinger'), ('fax', '+43 1 402 7788'), ('place', 'Ottakringer Hof')),
    C("Aged care home Whispering Gums Lodge only accepts faxes ((08) 8362 4415) for visitor approvals - Noeline Tjapaltjarri's therapy visits keep getting lost. any tips for very old-fashioned facilities?", ('place', 'Whispering Gums Lodge'), ('fax', '(08) 8362 4415'), ('name', 'Noeline Tjapaltjarri')),
    C("hospital fax 604-555-0129 sent Harjit Sidhu-Grewal's stroke rehab summary to my private practice in Fleetwood Commons. half of it is about his aphasia and swallowing. I only asked for the psych bit", ('fax', '604-555-0129'), ('name', 'Harjit Sidhu-Grewal'), ('place', 'Fleetwood Commons')),
    C('the Maplecroft Fertility Clinic insists on faxing me ((416) 555-0391) before each counselling session for donor recipients; this one was about Shira Abergel-Toledano. totally unnecessary detail. how to say stop?', ('place', 'Maplecroft Fertility Clinic'), ('fax', '(416) 555-0391'), ('name', 'Shira Abergel-Toledano')),
    C("client Nomvula Khumalo-Dube emailed me from nomvula.kd84@mailpost.co.za at 3am saying she's on the roof of the nurses' residence at Esikhaleni Provincial Hospital. called it in. how did you all debrief after similar?", ('name', 'Nomvula Khumalo-Dube'), ('email', 'nomvula.kd84@mailpost.co.za'), ('place', 'Esikhaleni Provincial Hospital')),
    C("jockey Ciarán Mac Giolla Phádraig Óg writes from cmgp.ridesout@eirmail.ie every morning before racing at Knocklong Park, weight and mood. it's become reassurance-seeking. stop or structure?", ('name', 'Ciarán Mac Giolla Phádraig Óg'), ('email', 'cmgp.ridesout@eirmail.ie'), ('place', 'Knocklong Park')),
    C("Gulf expat Rashid bin Khamis Al-Mansoori wrote from r.almansoori.expat@desertnet.ae; his wife is back in Al Qurayyah Gardens and he thinks his company will find out he's in therapy. work visas and mental health - any resources?", ('name', 'Rashid bin Khamis Al-Mansoori'), ('email', 'r.almansoori.expat@desertnet.ae'), ('place', 'Al Qurayyah Gardens')),
    C('menopause group: Lalitha Ramasubramanian used lalli.ramas71@outlook-mail.in to reply-all with her whole story. the others in Koramangala Phase 9 know her. damage control ideas?', ('name', 'Lalitha Ramasubramanian'), ('email', 'lalli.ramas71@outlook-mail.in'), ('place', 'Koramangala Phase 9')),
    C("IVF client Björk Sigurðardóttir forwarded her embryologist's email (embryo.lab@fjordfertility.is) from Hafnarbakki Clinic with the grading report. she wants me to interpret it. I can't! how to redirect kindly", ('name', 'Björk Sigurðardóttir'), ('email', 'embryo.lab@fjordfertility.is'), ('place', 'Hafnarbakki Clinic')),
    C('air traffic controller Matías Lemaire-Ochoa set up tower.nights.m@protonbox.ch so nothing is on his work account at Moosbrunn Approach Centre. sensible or a red flag about workplace surveillance?', ('name', 'Matías Lemaire-Ochoa'), ('email', 'tower.nights.m@protonbox.ch'), ('place', 'Moosbrunn Approach Centre')),
    C('long-haul driver Kenji Watanabe-Orr sends voice notes to kwo.drives@roadmail.ca from truck stops outside Kamloops Crossing Yard. he wants me to reply the same way. asynchronous therapy - thoughts?', ('name', 'Kenji Watanabe-Orr'), ('email', 'kwo.drives@roadmail.ca'), ('place', 'Kamloops Crossing Yard')),
    C("Amish teen Levi Yoder-Beiler borrowed an English neighbour's address barnlight.farm@ruralnet.org to contact me from Millcreek Hollow Road farm. Parental consent? He's 17. So many layers.", ('name', 'Levi Yoder-Beiler'), ('email', 'barnlight.farm@ruralnet.org'), ('place', 'Millcreek Hollow Road farm')),
    C('religious trauma client Anneke Doornbosch emailed from anneke.freed@kerkvrij.nl a list of what the elders at Sion Gemeente Ouderkerk-West said to her. she wants me to keep it "as evidence". recordkeeping advice?', ('name', 'Anneke Doornbosch'), ('email', 'anneke.freed@kerkvrij.nl'), ('place', 'Sion Gemeente Ouderkerk-West')),
    C("boxer's mum Lourdes Pangilinan-Sarmiento writes from lpangilinan.mama@yahoo-mail.ph asking how her son is doing at Sampaloc Boxing Gym. he's 24 and said no contact. script for declining?", ('name', 'Lourdes Pangilinan-Sarmiento'), ('email', 'lpangilinan.mama@yahoo-mail.ph'), ('place', 'Sampaloc Boxing Gym')),
    C("OnlyFans creator Keziah Marangoni used her work email kezzy.after.dark@fansmail.net to book, and my booking system emailed her receipts there. she's at Harbourlight Apartments with a flatmate who reads it. oops", ('name', 'Keziah Marangoni'), ('email', 'kezzy.after.dark@fansmail.net'), ('place', 'Harbourlight Apartments')),
    C('Teacher of deaf children Aoife Breathnach wrote from a.breathnach@ceannmorschool.ie about burnout at Ceann Mór School for the Deaf. Is it wise to take a client who used her work address for this?', ('name', 'Aoife Breathnach'), ('email', 'a.breathnach@ceannmorschool.ie'), ('place', 'Ceann Mór School for the Deaf')),
    C('tattoo regret client Zainab Oyelaran shared a laser clinic link https://inkfade-clinic.co.uk/zoyelaran-plan that has her photos and her Thornbury Vale address in the consent form. told her to take it down, did I overstep?', ('name', 'Zainab Oyelaran'), ('url', 'https://inkfade-clinic.co.uk/zoyelaran-plan'), ('place', 'Thornbury Vale')),
    C("gamer Lukas Pavlović posted his stream link twitch.tv/lukapav_ranked in the group chat and half the Novi Grad Youth Hub kids now know he's my client. how do I handle his consent going forward?", ('name', 'Lukas Pavlović'), ('url', 'twitch.tv/lukapav_ranked'), ('place', 'Novi Grad Youth Hub')),
    C('influencer Amara Nwankwo-Ellis wants me to watch her video https://tiktok.com/@amaranwellness/video/7391 where she talks about our sessions at Ashcombe Wellness House. she names me. i feel very exposed', ('name', 'Amara Nwankwo-Ellis'), ('url', 'https://tiktok.com/@amaranwellness/video/7391'), ('place', 'Ashcombe Wellness House')),
    C("astronaut family client Yelena Zhukovskaya set up a fundraiser gofund.me/zhukovskaya-family-orbit after her husband's capsule delay; it mentions their house in Seabrook Landing. she's doxxed herself. help", ('name', 'Yelena Zhukovskaya'), ('url', 'gofund.me/zhukovskaya-family-orbit'), ('place', 'Seabrook Landing')),
    C("surrogate Makerita Fonua sent me her agency profile www.hopebridge-surrogacy.com/surrogates/makerita-f which shows her kids and says she lives in Māngere Bridge East. she wants me to say it's fine", ('name', 'Makerita Fonua'), ('url', 'www.hopebridge-surrogacy.com/surrogates/makerita-f'), ('place', 'Māngere Bridge East')),
    C("IVF clinic portal https://portal.bloomivf.sg/patient/ng-huixian with Ng Hui Xian's results was shared in our peer group chat by mistake. she's from Bukit Merah View. what's the breach process here?", ('url', 'https://portal.bloomivf.sg/patient/ng-huixian'), ('name', 'Ng Hui Xian'), ('place', 'Bukit Merah View')),
    C('religious trauma: Ezra Blumenfeld linked his blog https://leavingthecourt.substack.com/p/ezra-b describing his yeshiva in Kiryas Ohel Torah. he wants me to comment on it publicly. no, right?', ('name', 'Ezra Blumenfeld'), ('url', 'https://leavingthecourt.substack.com/p/ezra-b'), ('place', 'Kiryas Ohel Torah')),
    C("Huntington's family Rhiannon Tudur-Evans shared a link bit.ly/hd-tudur-evans to her mum's care fund; the page names the nursing home in Penrhos Uchaf. she asked me to share it. obviously not, but how to say so?", ('name', 'Rhiannon Tudur-Evans'), ('url', 'bit.ly/hd-tudur-evans'), ('place', 'Penrhos Uchaf')),
    C('construction worker Tevita Lolohea Fifita asked me to look at https://www.facebook.com/tevita.fifita.9214 where his foreman at Papatoetoe North Yard mocked his suicide attempt. screenshotting? reporting? his call?', ('name', 'Tevita Lolohea Fifita'), ('url', 'https://www.facebook.com/tevita.fifita.9214'), ('place', 'Papatoetoe North Yard')),
    C('ME/CFS client Saoirse Ní Mhaolmhuaidh runs a blog https://spoonsandsilence.ie/about-saoirse with her photo and her town, Carraig na Siúire. she wants to include our work. How do others respond?', ('name', 'Saoirse Ní Mhaolmhuaidh'), ('url', 'https://spoonsandsilence.ie/about-saoirse'), ('place', 'Carraig na Siúire')),
    C('ALS client Bongani Mthethwa sent his eye-gaze recorded message https://voicebank.example.org/bmthethwa-legacy for his kids, mentioning his home in Umlazi Section Q. he asked me to keep a copy. should I?', ('name', 'Bongani Mthethwa'), ('url', 'https://voicebank.example.org/bmthethwa-legacy'), ('place', 'Umlazi Section Q')),
    C('vet Henrike Lindqvist-Aalto asked me to check the link www.ratemyvet.fi/hl-aalto where a client threatened her after euthanasia at Kallio Pet Clinic. harassment + moral injury. resources?', ('name', 'Henrike Lindqvist-Aalto'), ('url', 'www.ratemyvet.fi/hl-aalto'), ('place', 'Kallio Pet Clinic')),
    C("OnlyFans creator Cheyenne Blackfeather logged in to my telehealth from 203.0.113.147 which geolocated to Sunnyslope Trailer Court; she'd told me she'd moved out of state. safety concern or none of my business?", ('name', 'Cheyenne Blackfeather'), ('ip_address', '203.0.113.147'), ('place', 'Sunnyslope Trailer Court')),
    C("our telehealth logs show Arvid Nyberg-Sandell connected from 185.207.44.163 at Skärholmen Norra during his ketamine session day. clinic says he shouldn't be alone. do I raise it?", ('name', 'Arvid Nyberg-Sandell'), ('ip_address', '185.207.44.163'), ('place', 'Skärholmen Norra')),
    C('seafarer Jomar Dalisay joins sessions from the ship wifi 100.72.18.9 near Batangas Port Zone 4. it drops every 10 minutes. therapy on satellite internet - tips?', ('name', 'Jomar Dalisay'), ('ip_address', '100.72.18.9'), ('place', 'Batangas Port Zone 4')),
    C("gamer client Finnegan Ó Raghallaigh got swatted and police showed his IP 192.0.2.187 that was tied to his flat in Rathmines Upper. he's terrified to stream again. anyone done trauma work around swatting?", ('name', 'Finnegan Ó Raghallaigh'), ('ip_address', '192.0.2.187'), ('place', 'Rathmines Upper')),
    C("practice laptop shows a login from 2001:db8:4e2a::17 under Nikhil Deshpande's portal account while he says he was asleep at Viman Nagar Heights. could be his brother. privacy escalation steps?", ('ip_address', '2001:db8:4e2a::17'), ('name', 'Nikhil Deshpande'), ('place', 'Viman Nagar Heights')),
    C('infertility group: one member, Oyinkansola Bakare, had her IP 10.48.212.33 logged by the forum at Surulere Fertility Centre and now the admin knows who posted. breach or not?', ('name', 'Oyinkansola Bakare'), ('ip_address', '10.48.212.33'), ('place', 'Surulere Fertility Centre')),
    C("Amish client Mattie Hershberger uses a neighbour's store wifi (198.51.100.173) in Gordonville Corners for our calls. the store owner walks by. i need a better setup for her", ('name', 'Mattie Hershberger'), ('ip_address', '198.51.100.173'), ('place', 'Gordonville Corners')),
    C("OnlyFans creator Paloma Esquivel-Naranjo thinks her ex tracked her through an IP 203.0.113.226 in a DM; she's in Colonia Lomas del Sauce now. safety planning with tech abuse - resources?", ('name', 'Paloma Esquivel-Naranjo'), ('ip_address', '203.0.113.226'), ('place', 'Colonia Lomas del Sauce')),
    C("astronaut's teen son Dmitri Karpenko-Walsh hacked the school network and his IP 172.20.141.93 got flagged at Webster Ridge Academy. dad is in orbit. anxiety, acting out, or just a kid?", ('name', 'Dmitri Karpenko-Walsh'), ('ip_address', '172.20.141.93'), ('place', 'Webster Ridge Academy')),
    C("influencer Leilani Kahananui-Ching had her home IP 66.172.30.218 leaked in a stream; fans showed up at Kailua Mauka Estates. she's now hypervigilant, won't leave. trauma or realistic fear?", ('name', 'Leilani Kahananui-Ching'), ('ip_address', '66.172.30.218'), ('place', 'Kailua Mauka Estates')),
    C("ketamine clinic ops: Sergio Baptista-Lobo's login from fe80::1c2b:9aff:fe21:4d3e shows he joined from the clinic's own network at Alfama Wellness Centre. he says he was at home. data question for my group", ('name', 'Sergio Baptista-Lobo'), ('ip_address', 'fe80::1c2b:9aff:fe21:4d3e'), ('place', 'Alfama Wellness Centre')),
    C("seafarer Teodoro Villanueva-Sy keeps reconnecting from 103.47.212.86 (ship's satcom) moored at Subic Pier 7. the lag makes EMDR impossible. what do you do instead?", ('name', 'Teodoro Villanueva-Sy'), ('ip_address', '103.47.212.86'), ('place', 'Subic Pier 7')),
    C('client Ilse Brandvold got a threatening message traced to 84.211.97.142, a café in Bygdøy Allé Nord. police told her "nothing we can do". how do you support that helplessness?', ('name', 'Ilse Brandvold'), ('ip_address', '84.211.97.142'), ('place', 'Bygdøy Allé Nord')),
    C('construction worker Kyle Mahikoa-Brandt left his SSN 518-62-4407 on the intake form at our Riverside Terrace office and now wants it deleted because of an old debt. can I just shred the sheet?', ('name', 'Kyle Mahikoa-Brandt'), ('ssn', '518-62-4407'), ('place', 'Riverside Terrace')),
    C('For the disability application, Thandiwe Sithole wrote her ID number 8904120833087 in the group chat from Mamelodi East Extension 6. I deleted it but others saw it. What do I owe her now?', ('name', 'Thandiwe Sithole'), ('ssn', '8904120833087'), ('place', 'Mamelodi East Extension 6')),
    C('IVF counselling referral for Isabella Fairweather-Nkemelu, NI number QR 48 21 73 C, from Kingsholm Fertility Unit. The funder insists on it. Do others share NI numbers with fertility funders?', ('name', 'Isabella Fairweather-Nkemelu'), ('ssn', 'QR 48 21 73 C'), ('place', 'Kingsholm Fertility Unit')),
    C('Canadian trucker Gaston Thibodeau-Leroux put his SIN 046 722 918 on my consent form because he thought it was required. home base Saint-Éloi-des-Prés. storage rules in Quebec?', ('name', 'Gaston Thibodeau-Leroux'), ('ssn', '046 722 918'), ('place', 'Saint-Éloi-des-Prés')),
    C('my Aadhaar-holding client Sukhwinder Kaur Bains messaged her number 4821 6637 0915 so I could "verify" her for the ketamine clinic in Model Town Extension. I\'m not a verifier. polite no?', ('name', 'Sukhwinder Kaur Bains'), ('ssn', '4821 6637 0915'), ('place', 'Model Town Extension')),
    C("ME/CFS client Ngaire Hohaia-Willis pasted her IRD number 118-402-673 into our portal's notes field; she lives in Kaiwhenua Flats. How do you remove that from an EHR cleanly?", ('name', 'Ngaire Hohaia-Willis'), ('ssn', '118-402-673'), ('place', 'Kaiwhenua Flats')),
    C('vet Mads Kjærgaard-Holm sent me a photo of his CPR number 140383-2219 for an insurance claim; he works at Vestervang Dyreklinik. why do clients do this. how to gently teach data hygiene', ('name', 'Mads Kjærgaard-Holm'), ('ssn', '140383-2219'), ('place', 'Vestervang Dyreklinik')),
    C('client Pilar Moncada-Urrutia from Barrio San Telmo de Arriba gave her DNI 43.118.902 for the psilocybin retreat waiver, then asked me to destroy my copy. sensible. how do others document destruction?', ('name', 'Pilar Moncada-Urrutia'), ('place', 'Barrio San Telmo de Arriba'), ('ssn', '43.118.902')),
    C("the PPS number 8127445WA for Dervla Ó Caoimh was visible on the menopause clinic letter she brought from Tullyvarraga Health Centre. she says it's fine. I still don't want it in my file", ('ssn', '8127445WA'), ('name', 'Dervla Ó Caoimh'), ('place', 'Tullyvarraga Health Centre')),
    C("Amish client Emanuel Fisher-Glick doesn't have an SSN but his employer wrote 529-71-3380 on the form from the sawmill in Bird-in-Hand Run. suspecting identity misuse. where do I even start?", ('name', 'Emanuel Fisher-Glick'), ('ssn', '529-71-3380'), ('place', 'Bird-in-Hand Run')),
    C("Filipina seafarer wife Rowena Macaraeg needed her SSS number 34-5872109-6 on the OWWA letter; she's from Barangay Poblacion Dos. I typed it in the wrong field. fixing it but feel awful", ('name', 'Rowena Macaraeg'), ('ssn', '34-5872109-6'), ('place', 'Barangay Poblacion Dos')),
    C("teacher of the deaf Eirlys Morgan-Price emailed her NI JT 63 05 92 A to my work account for a hearing loss tribunal; she works at Ysgol Glan Taf Uchaf. she insists it's safe. is there a policy line I can quote?", ('name', 'Eirlys Morgan-Price'), ('ssn', 'JT 63 05 92 A'), ('place', 'Ysgol Glan Taf Uchaf')),
    C("client Aroha Tuhiwai put her tax file number 427 918 336 in the Aussie referral from Kalgoorlie Heights by accident; she's a FIFO cook. how do others redact inbound referrals?", ('name', 'Aroha Tuhiwai'), ('ssn', '427 918 336'), ('place', 'Kalgoorlie Heights')),
    C('Stroke aphasia client Gwilym Rowlands was referred from Ysbyty Glan Ffrwd with hospital number G4417290 on every page of the speech therapy letter. The letter also went to his ex-wife. Escalate?', ('name', 'Gwilym Rowlands'), ('place', 'Ysbyty Glan Ffrwd'), ('medical_record', 'G4417290')),
    C('ALS client Parveen Akhtar-Mirza, MRN 77120458, at Lakeshore Neuro Unit - team meeting wants "therapy input" on tube feeding decisions. I\'m not sure that\'s my role. thoughts?', ('name', 'Parveen Akhtar-Mirza'), ('medical_record', '77120458'), ('place', 'Lakeshore Neuro Unit')),
    C("hospital # H0093341 for Sefo Leota was in the subject line of the discharge email from Middlemore East Ward 12. he's a long-haul driver, wants to return to work. how do we chase a privacy fix?", ('medical_record', 'H0093341'), ('name', 'Sefo Leota'), ('place', 'Middlemore East Ward 12')),
    C('MND clinic letter for Cormac Ó Fearghail (MRN IE-5528817) from Beaumont Grange Hospital arrived with his swallow study. he asked me to read it with him. am I the right person?', ('name', 'Cormac Ó Fearghail'), ('medical_record', 'IE-5528817'), ('place', 'Beaumont Grange Hospital')),
    C("Parkinson's client Wang Jianguo's UHID 2024/118/4471 is on his DBS assessment from Saket Nagar Neuro Institute. his son keeps sending it to me. how do I ask him to stop sending records?", ('name', 'Wang Jianguo'), ('medical_record', '2024/118/4471'), ('place', 'Saket Nagar Neuro Institute')),
    C('IVF chart FCH-30982 for Dalia Haddad-Saleh at Cedar Ridge Reproductive Medicine shows a psych "clearance" I never did. someone used my name. whom do I report to first?', ('medical_record', 'FCH-30982'), ('name', 'Dalia Haddad-Saleh'), ('place', 'Cedar Ridge Reproductive Medicine')),
    C('psilocybin trial participant Roimata Kereama - study ID PSI-NZ-0417 at Whakatū Research Clinic. she wants me to tell the investigators about her bad trip. she consented to share. format?', ('name', 'Roimata Kereama'), ('medical_record', 'PSI-NZ-0417'), ('place', 'Whakatū Research Clinic')),
    C("NHS number 493 718 2264 for Ifeoma Nnaji-Okpara was on the community midwife's referral from Handsworth Wood Children's Centre. She's asked for no GP involvement. How to keep records separate?", ('medical_record', '493 718 2264'), ('name', 'Ifeoma Nnaji-Okpara'), ('place', "Handsworth Wood Children's Centre")),
    C('menopause clinic file MC-2023-88104 on Katalin Fekete-Varga from Óbuda Hegyvidék Clinic came with a note saying "hysterical". she read it. rupture and repair thoughts?', ('medical_record', 'MC-2023-88104'), ('name', 'Katalin Fekete-Varga'), ('place', 'Óbuda Hegyvidék Clinic')),
    C("huntington's client Lachlan McKechnie's genetics clinic number GEN/4471/22 appears on the predictive test letter from Forth Valley Genetics Hub. he wants it out of his GP record. can I help?", ('name', 'Lachlan McKechnie'), ('medical_record', 'GEN/4471/22'), ('place', 'Forth Valley Genetics Hub')),
    C("NHI ZAC4471 for Hinemoa Paewai was printed on the after-visit summary from Te Puna Ora Medical. her partner found it. she's a surrogate and hadn't told him details. help me think about safety", ('medical_record', 'ZAC4471'), ('name', 'Hinemoa Paewai'), ('place', 'Te Puna Ora Medical')),
    C('boxer Jermaine Okafor-Bell, patient # PT-662019, at Bellhaven Sports Medicine - their concussion clinic wants my notes. he consented to that but not to the promoter seeing them. how to restrict?', ('name', 'Jermaine Okafor-Bell'), ('medical_record', 'PT-662019'), ('place', 'Bellhaven Sports Medicine')),
    C("ketamine client Astrid Vallgren's chart number KC-10458 at Sandviken Ketamine Clinic got sent to her employer's occupational health. not by me, but she's asked me to advocate. how far do I go?", ('name', 'Astrid Vallgren'), ('medical_record', 'KC-10458'), ('place', 'Sandviken Ketamine Clinic')),
    C("Medicaid ID 88342197K for Destiny Oyelowo-Harris - she's a home health aide in Northgate Park and the MCO is refusing after 12 sessions. Any wording for medical necessity appeals?", ('health_plan', '88342197K'), ('name', 'Destiny Oyelowo-Harris'), ('place', 'Northgate Park')),
    C('Blue Shield member XEH 448 207 319 Maximilian Drexler-Oyelaran, air traffic controller at Pinecrest Regional TRACON, worried his FAA medical will be flagged if he uses insurance. any experience?', ('health_plan', 'XEH 448 207 319'), ('name', 'Maximilian Drexler-Oyelaran'), ('place', 'Pinecrest Regional TRACON')),
    C('Medicare 7RX2-QD4-WN86 for Eudora Fairbanks at Magnolia Springs Senior Living; the facility billed for groups she never attended. elder financial abuse or admin error? how to start', ('health_plan', '7RX2-QD4-WN86'), ('name', 'Eudora Fairbanks'), ('place', 'Magnolia Springs Senior Living')),
    C('OHIP 5294-117-802-KL for Jaaji Kilabuk, a carver now living in Elmvale Acres; his coverage lapsed while he was back north. advocate or refer?', ('health_plan', '5294-117-802-KL'), ('name', 'Jaaji Kilabuk'), ('place', 'Elmvale Acres')),
    C('Bupa member BUP 7718 2290 44 - Fiona Lamont-Achebe, midwife at Queensferry Birth Suite, wants to claim but fears her manager will see the claim. how private are these really?', ('health_plan', 'BUP 7718 2290 44'), ('name', 'Fiona Lamont-Achebe'), ('place', 'Queensferry Birth Suite')),
    C('VHI VH 2204 8817 63 for Tadhg Breathnach-Lynch keeps rejecting my invoices because the Ballinacurra Weston clinic address is different from mine. has anyone sorted this with VHI?', ('health_plan', 'VH 2204 8817 63'), ('name', 'Tadhg Breathnach-Lynch'), ('place', 'Ballinacurra Weston')),
    C("Southern Cross policy SC 90014473 for Mele Kupu, nurse at Wiri Station Clinic; they want a diagnosis code before funding. she's worried her DHB will find out. what have others done?", ('health_plan', 'SC 90014473'), ('name', 'Mele Kupu'), ('place', 'Wiri Station Clinic')),
    C('Medibank number 4419 8820 5 for Nathaniel Gumbaynggirr-Rose, truck driver from Bowraville Flat; the claim form asks for "reason for therapy". how much do you write?', ('health_plan', '4419 8820 5'), ('name', 'Nathaniel Gumbaynggirr-Rose'), ('place', 'Bowraville Flat')),
    C("Star Health policy P/141113/01/2025/008234 for Revathi Subramaniam-Iyer, IVF client from Anna Nagar West Extension. they won't cover counselling but cover the embryos? any help with appeals?", ('health_plan', 'P/141113/01/2025/008234'), ('name', 'Revathi Subramaniam-Iyer'), ('place', 'Anna Nagar West Extension')),
    C("aetna member W284771903 Dionne Charlemagne-Baptiste, OnlyFans creator in Flatbush Gardens, wants to pay cash to avoid paper trail but can't afford it. sliding scale thoughts?", ('health_plan', 'W284771903'), ('name', 'Dionne Charlemagne-Baptiste'), ('place', 'Flatbush Gardens')),
    C('Tricare DBN 7712049856 for Marcus Tallbear, drone operator, lives off base in Prairie Hollow Heights. they want a full report before approving. how do you balance clearance fears?', ('health_plan', '7712049856'), ('name', 'Marcus Tallbear'), ('place', 'Prairie Hollow Heights')),
    C("PhilHealth PIN 12-051893477-3 for Analyn Cabrera-Dimaculangan, seafarer's wife in Barangay Malabanias. the form is in my inbox and she asked me to submit it. not my job but she's stuck", ('health_plan', '12-051893477-3'), ('name', 'Analyn Cabrera-Dimaculangan'), ('place', 'Barangay Malabanias')),
    C("Discovery Health member DH 9913 2044 71 Sipho Ngcobo-Williams, construction site manager in Midrand Waterfall Ridge; the scheme needs an ICD-10 code. he's terrified it'll reach his boss", ('health_plan', 'DH 9913 2044 71'), ('name', 'Sipho Ngcobo-Williams'), ('place', 'Midrand Waterfall Ridge')),
    C('Client Yusuf Abdikarim-Hersi gave his bank details, IBAN GB71 BARC 2093 4417 8820 63, so I can refund the sessions at Tottenham Hale Therapy Rooms. I normally refund by card. Risky to use this?', ('name', 'Yusuf Abdikarim-Hersi'), ('account', 'GB71 BARC 2093 4417 8820 63'), ('place', 'Tottenham Hale Therapy Rooms')),
    C("sliding-scale arrangement: Laila Mohammadi's account 0448-21983-7 at Coquitlam Centre Credit Union bounced twice. she's an IVF patient spending everything on treatment. how do you discuss money?", ('name', 'Laila Mohammadi'), ('account', '0448-21983-7'), ('place', 'Coquitlam Centre Credit Union')),
    C("victims' comp claim VC-2025-118472 for Ruby Tamihana, whose partner was killed on a construction site in Flaxmere East. the scheme wants my notes. what's the minimum necessary?", ('account', 'VC-2025-118472'), ('name', 'Ruby Tamihana'), ('place', 'Flaxmere East')),
    C('workers\' comp claim WC 4471-8890-33 for scaffolder Jarrah Winmar-Cole injured at Port Hedland Wharf Yard. the insurer\'s case manager rang asking about his "motivation". how do you respond?', ('account', 'WC 4471-8890-33'), ('name', 'Jarrah Winmar-Cole'), ('place', 'Port Hedland Wharf Yard')),
    C('sort code 30-96-54 account 71934562 - Morag Sinclair-Dunbar wants me to set up a standing order from her for the Portsoy Road practice. I feel odd holding client banking details. normal?', ('account', '30-96-54'), ('account', '71934562'), ('name', 'Morag Sinclair-Dunbar'), ('place', 'Portsoy Road')),
    C("cheque number 000417 from Elias Kowalczyk-Brandt bounced; he's a seafarer back in Gdynia Oksywie. I hate chasing money with clients in crisis. scripts?", ('account', '000417'), ('name', 'Elias Kowalczyk-Brandt'), ('place', 'Gdynia Oksywie')),
    C("Gulf expat Faisal Al-Harthy asked me to bill his company account ADCB 11-2047-889901 for sessions at Jumeirah Lakes Towers Cluster Q. he doesn't want HR to know what it's for. what do I put on invoices?", ('name', 'Faisal Al-Harthy'), ('account', 'ADCB 11-2047-889901'), ('place', 'Jumeirah Lakes Towers Cluster Q')),
    C('EAP case number EAP-778201 for Siobhan Mulcahy-Tran, rural GP in Kilmacthomas Upper. the EAP wants progress reports every 2 sessions. she is a doctor and worried. how to push back?', ('account', 'EAP-778201'), ('name', 'Siobhan Mulcahy-Tran'), ('place', 'Kilmacthomas Upper')),
    C("gambling-adjacent: jockey Róisín Kavanagh-Doyle's bookmaker account PP-00918273 was in her messages; she's at Curragh Camp East. she bets on her own rides? I need a sounding board", ('name', 'Róisín Kavanagh-Doyle'), ('account', 'PP-00918273'), ('place', 'Curragh Camp East')),
    C("student loan account SLC 2398174002 for Ayesha Siddiqui-Rahman, trainee midwife at Whitechapel Maternity; she's defaulting and it's driving her to quit. money therapy resources?", ('account', 'SLC 2398174002'), ('name', 'Ayesha Siddiqui-Rahman'), ('place', 'Whitechapel Maternity')),
    C('insurance claim CLM-5530921 for Hana Kubota-Reyes\'s IVF counselling was declined; she lives in Kitahama Garden Court. the insurer wants my "opinion on prognosis". ugh', ('account', 'CLM-5530921'), ('name', 'Hana Kubota-Reyes'), ('place', 'Kitahama Garden Court')),
    C('BSB 633-108 acct 1048 2271 - Kalinda Ngarrindjeri-Sharp wants to pay the Moonta Bay practice by direct transfer. keep banking info in the client record or separate?', ('account', '633-108'), ('account', '1048 2271'), ('name', 'Kalinda Ngarrindjeri-Sharp'), ('place', 'Moonta Bay')),
    C("court case number CV-2024-003318 for Darius Afshar-Moradi's custody dispute involving his IVF embryos; lawyer from Westlake Village Gardens subpoenaed me. first subpoena ever, help", ('account', 'CV-2024-003318'), ('name', 'Darius Afshar-Moradi'), ('place', 'Westlake Village Gardens')),
    C('client is a nurse, Chiamaka Obi-Wellington, NMC PIN 09K2217E, at Lowestoft Marsh Hospital; her manager wants to know if she\'s "safe to practise". she\'s burnt out, not unsafe. how do I word it?', ('name', 'Chiamaka Obi-Wellington'), ('licence', '09K2217E'), ('place', 'Lowestoft Marsh Hospital')),
    C('Midwife Ebele Nwosu-Grant, NMC 15F4480O, from Peckham Rye Birth Centre, is facing an FtP referral after a stillbirth. Any colleagues experienced supporting midwives through NMC hearings?', ('name', 'Ebele Nwosu-Grant'), ('licence', '15F4480O'), ('place', 'Peckham Rye Birth Centre')),
    C('vet Fionnuala Deasy gave me her Veterinary Council reg VCI-0441-7C so I could "prove" to her insurer she\'s a vet in Ballinhassig Crossroads. I\'m not doing that. how to explain my role?', ('name', 'Fionnuala Deasy'), ('licence', 'VCI-0441-7C'), ('place', 'Ballinhassig Crossroads')),
    C('rural GP client Tomás Ó Laoghaire, IMC 427190, from Dromore West Practice, fears his burnout will be reported. what are the real mandatory reporting rules in Ireland?', ('name', 'Tomás Ó Laoghaire'), ('licence', '427190'), ('place', 'Dromore West Practice')),
    C('AHPRA number NMW0002184471 for Tahlia Kennedy-Murrungun, midwife at Alice Springs Hospital Birth Unit. she wants to know if seeing me affects her registration. any AHPRA-savvy colleagues?', ('licence', 'NMW0002184471'), ('name', 'Tahlia Kennedy-Murrungun'), ('place', 'Alice Springs Hospital Birth Unit')),
    C("pilot in training? no - ATC. Ole-Martin Strand's controller licence NO.ATCO.01447 was suspended after the incident at Gardermoen Vest Tower. he's ashamed to go to the canteen. support ideas?", ('name', 'Ole-Martin Strand'), ('licence', 'NO.ATCO.01447'), ('place', 'Gardermoen Vest Tower')),
    C("pharmacist client Bhavesh Thakkar-Joshi, GPhC 2087734, works at Harrow Weald Pharmacy. he's been taking codeine from stock and wants to self-report. how do I support the self-referral?", ('name', 'Bhavesh Thakkar-Joshi'), ('licence', '2087734'), ('place', 'Harrow Weald Pharmacy')),
    C("CRPO member #007364 Anouk Tremblay-Gagnon is my client now - she's a therapist at Clinique Rivière-aux-Pins with compassion fatigue. dual relationships in small professional circles?", ('licence', '#007364'), ('name', 'Anouk Tremblay-Gagnon'), ('place', 'Clinique Rivière-aux-Pins')),
    C('HCPC PA 338741 paramedic Reuben Okonkwo-Lewis from Penarth Docks Station, two suicides on shift this month. he wants me to write to his manager. how do others handle letters?', ('licence', 'PA 338741'), ('name', 'Reuben Okonkwo-Lewis'), ('place', 'Penarth Docks Station')),
    C("NCNZ 46219 nurse Miriama Ruatapu at Rotokauri Community Hospital - she's worried that an ACC claim for her own therapy will show up in her registration. is that a thing?", ('licence', '46219'), ('name', 'Miriama Ruatapu'), ('place', 'Rotokauri Community Hospital')),
    C("psychiatrist Gretchen Vos, NPI 1487 294 803, a consultant at Pleasant Ridge Clinic, who burned out. she worries I'll report her to her board. what's the threshold?", ('name', 'Gretchen Vos'), ('licence', '1487 294 803'), ('place', 'Pleasant Ridge Clinic')),
    C("trucker Darnell Whitewater's CDL D417-228-9904 was flagged after a DOT drug test that he says was from his ketamine treatment in Silverbell Junction. how do I help with the appeal letter?", ('name', 'Darnell Whitewater'), ('licence', 'D417-228-9904'), ('place', 'Silverbell Junction')),
    C('boxer Andrius Petrauskas with BBBofC licence BB-11472 trains at Canning Town Arches Gym - promoter wants me to sign off he\'s "mentally fit". he\'s showing cognitive change. ethical knot', ('name', 'Andrius Petrauskas'), ('licence', 'BB-11472'), ('place', 'Canning Town Arches Gym')),
    C("client Mahsa Ebrahimi-Tehrani forgot her car in the Northcliffe Mall lot with the plate BKR 4471 showing on a viral video about her road rage incident. she's being harassed. what do I focus on?", ('name', 'Mahsa Ebrahimi-Tehrani'), ('place', 'Northcliffe Mall'), ('vehicle', 'BKR 4471')),
    C('construction worker Wiremu Hapeta said his ute KHT882 was keyed outside Ōtāhuhu Trade Centre after he reported a safety breach. he wants to quit. moral injury or realistic threat?', ('name', 'Wiremu Hapeta'), ('vehicle', 'KHT882'), ('place', 'Ōtāhuhu Trade Centre')),
    C('seafarer Arnel Quiambao sold his tricycle NBA 4172 in Barangay Tambacan to fund his ship recruitment fee. debt bondage vibes. where do I refer for labour exploitation?', ('name', 'Arnel Quiambao'), ('vehicle', 'NBA 4172'), ('place', 'Barangay Tambacan')),
    C("long-haul trucker Hiroshi Kagawa-Lund's rig PBT 7731 was filmed on the shoulder near Bighorn Flats Rest Area during his panic attack. it went viral. exposure work with that?", ('name', 'Hiroshi Kagawa-Lund'), ('vehicle', 'PBT 7731'), ('place', 'Bighorn Flats Rest Area')),
    C("Parkinson's client Ahmed El-Sayed Farouk must surrender his licence; his car KD-SY-224 still sits outside the flat in Lombok Zuid. grief over driving is huge. resources?", ('name', 'Ahmed El-Sayed Farouk'), ('vehicle', 'KD-SY-224'), ('place', 'Lombok Zuid')),
    C("IVF client Carys ap Dafydd had her car CY19 XKL reported to police after a row in the Treforest Fertility car park with her ex. she's scared this'll affect treatment. thoughts?", ('name', 'Carys ap Dafydd'), ('vehicle', 'CY19 XKL'), ('place', 'Treforest Fertility')),
    C('vet Leandro Paixão-Moura was followed to his van QRD-9H44 outside Pinheiros Clínica Veterinária by an owner after a euthanasia. safety planning for vets - resources?', ('name', 'Leandro Paixão-Moura'), ('vehicle', 'QRD-9H44'), ('place', 'Pinheiros Clínica Veterinária')),
    C("nurse Olamide Fashola's car plate LND 447 GR was photographed by a stalker ex in the Ikoyi Heights Hospital staff lot. she's changing shifts. workplace safety asks?", ('name', 'Olamide Fashola'), ('vehicle', 'LND 447 GR'), ('place', 'Ikoyi Heights Hospital')),
    C("OnlyFans creator Brianna Clearwater thinks a fan tracked her plate 7KLM482 to her building in Echo Hills. she's sleeping in her car. immediate safety first, sure, but then?", ('name', 'Brianna Clearwater'), ('vehicle', '7KLM482'), ('place', 'Echo Hills')),
    C('midwife Sunniva Lie-Haugland drove her car EL 90472 into a ditch outside Rjukan Øvre after a 14-hour shift. no injuries. guilt and fatigue - she wants to keep driving. thoughts?', ('name', 'Sunniva Lie-Haugland'), ('vehicle', 'EL 90472'), ('place', 'Rjukan Øvre')),
    C("jockey Padraig Fennessy-Walsh's horsebox 221-KY-4187 was blocking the lane at Clonmore Stud when an accident happened. he's spiralling about liability. how do I keep therapy on track?", ('name', 'Padraig Fennessy-Walsh'), ('vehicle', '221-KY-4187'), ('place', 'Clonmore Stud')),
    C("astronaut's wife Kseniya Volkova-Brandt keeps driving past the NASA gate in her car TX 8JK-442 in Nassau Bay Shores. she knows it's compulsive. ERP for this?", ('name', 'Kseniya Volkova-Brandt'), ('vehicle', 'TX 8JK-442'), ('place', 'Nassau Bay Shores')),
    C("Amish client Reuben Lapp-Esh's buggy was hit by a pickup, plate GHX-4418, near Intercourse Mill Road. anyone done trauma work with horse-and-buggy crashes?", ('name', 'Reuben Lapp-Esh'), ('vehicle', 'GHX-4418'), ('place', 'Intercourse Mill Road')),
    C("ALS client Vusumuzi Mkhize's eye-gaze device serial TD-I15-0048812 was stolen from his room at Inanda Glen Care Centre. he can't speak without it. who do I ring first?", ('name', 'Vusumuzi Mkhize'), ('device', 'TD-I15-0048812'), ('place', 'Inanda Glen Care Centre')),
    C("client Aigerim Nurlanovna Sarsenbayeva's insulin pump, serial MMT-780G NG4471920, kept alarming in sessions at Esentai Park Clinic; she's a gamer who forgets boluses during raids. pairing health and gaming work?", ('name', 'Aigerim Nurlanovna Sarsenbayeva'), ('device', 'MMT-780G NG4471920'), ('place', 'Esentai Park Clinic')),
    C('Parkinson\'s DBS patient Lorcan Mac an tSaoir, stimulator serial NMD 3887-224610, at Glasnevin Neuro Suite. he thinks the battery is "changing his personality". how do I discuss this?', ('name', 'Lorcan Mac an tSaoir'), ('device', 'NMD 3887-224610'), ('place', 'Glasnevin Neuro Suite')),
    C("hearing aid serial PHK-44172-R belonged to Ngaio Te Rangi-Morehu, teacher of deaf kids at Kelston Deaf Education Hub. she lost it and can't hear the kids. grief about her own hearing loss?", ('device', 'PHK-44172-R'), ('name', 'Ngaio Te Rangi-Morehu'), ('place', 'Kelston Deaf Education Hub')),
    C('stroke aphasia client Ravindra Kulasekaran has an AAC tablet (asset tag AAC-0471-TX) from Kilpauk Rehab Centre, which his son keeps locking. communication rights - who to involve?', ('name', 'Ravindra Kulasekaran'), ('device', 'AAC-0471-TX'), ('place', 'Kilpauk Rehab Centre')),
    C('ME/CFS client Tova Lindgren-Rask wears a heart monitor (serial HRV-88213-SE) and asks me to watch it live in sessions from Majorna Övre. boundaries with biometrics?', ('name', 'Tova Lindgren-Rask'), ('device', 'HRV-88213-SE'), ('place', 'Majorna Övre')),
    C("ketamine client Paulo Fa'asavalu arrived with his CPAP machine (SN 22381449901) because his flatmate in Ōtara South Heights threatened to sell it. theft + housing + trauma. practical steps?", ('name', "Paulo Fa'asavalu"), ('device', 'SN 22381449901'), ('place', 'Ōtara South Heights')),
    C("cochlear implant processor CP1150-9912471 was damaged when Caoimhe Nic Amhlaoibh fell off her horse at Moyvalley Equestrian Centre; she's a jockey and can't hear in sessions. telehealth captions?", ('device', 'CP1150-9912471'), ('name', 'Caoimhe Nic Amhlaoibh'), ('place', 'Moyvalley Equestrian Centre')),
    C("menopause client Deborah Okoro-Lindsay's HRT patch reminder app is on a smartwatch (IMEI 35-418207-552910-6) her ex still has access to from Croydon Park Rise. tech abuse help?", ('name', 'Deborah Okoro-Lindsay'), ('device', '35-418207-552910-6'), ('place', 'Croydon Park Rise')),
    C("pacemaker serial PM-AZ-1142807 - Edmundo Villacorta is an astronaut family dad whose pacemaker alarm went off during a launch watch at Titusville Shores. he's embarrassed. health anxiety?", ('device', 'PM-AZ-1142807'), ('name', 'Edmundo Villacorta'), ('place', 'Titusville Shores')),
    C('boxer Kofi Boateng-Mensah wears a concussion sensor mouthguard (MG-0042187) at Tema Harbour Boxing Club; the data says 38 hits over threshold. he wants to hide it. my duty?', ('name', 'Kofi Boateng-Mensah'), ('device', 'MG-0042187'), ('place', 'Tema Harbour Boxing Club')),
    C("Huntington's client Iolanthe Pryce-Vaughan's GPS tracker watch GW-5512-0098 was set up by her husband in Rhydyfelin Isaf. she calls it surveillance. he calls it safety. couples work?", ('name', 'Iolanthe Pryce-Vaughan'), ('device', 'GW-5512-0098'), ('place', 'Rhydyfelin Isaf')),
    C("seafarer Renato Calderón-Ibarra's prosthetic leg (serial OB-GEN4-77210) was confiscated at Callao Port Terminal customs. he missed his ship. trauma on trauma. any advocacy ideas?", ('name', 'Renato Calderón-Ibarra'), ('device', 'OB-GEN4-77210'), ('place', 'Callao Port Terminal')),
    C("intersex client Ari Kaplan-Moss's CGM transmitter 8G4-KX7 kept disconnecting at Hillcrest Endocrine Centre; clinicians keep asking about their body in front of students. medical trauma - readings?", ('name', 'Ari Kaplan-Moss'), ('device', '8G4-KX7'), ('place', 'Hillcrest Endocrine Centre')),
    C("Mailing address for the court letter: Nizhoni Begay-Tallman, 4417 Juniper Mesa Road, Red Willow Flats, AZ 86044. She's a nurse on the reservation with night-shift burnout and wants it sent there, not work.", ('name', 'Nizhoni Begay-Tallman'), ('street_address', '4417 Juniper Mesa Road'), ('place', 'Red Willow Flats'), ('zip_code', '86044')),
    C('midwife Oluwaseun Adebayo-Finch moved to Flat 3, 22 Coldharbour Mews, Loughborough Junction, SE5 9QT after her stillbirth case went to inquest. she wants all post there. updating now - anything else to check?', ('name', 'Oluwaseun Adebayo-Finch'), ('street_address', 'Flat 3, 22 Coldharbour Mews'), ('place', 'Loughborough Junction'), ('zip_code', 'SE5 9QT')),
    C("vet tech Koa Nakamura-Keliʻi lives at 91-1147 Kaimalie Loop, Ewa Makai Gardens, HI 96706-3318 - she asked us to send her workers' comp letter home, not to the animal hospital. ok?", ('name', 'Koa Nakamura-Keliʻi'), ('street_address', '91-1147 Kaimalie Loop'), ('place', 'Ewa Makai Gardens'), ('zip_code', '96706-3318')),
    C("client Rahel Tesfamariam (construction worker's widow) wants the bereavement pack posted to Unit 7/33 Kurrajong Crescent, Blacktown Heights NSW 2148. she's Tigrinya-speaking; any translated resources?", ('name', 'Rahel Tesfamariam'), ('street_address', 'Unit 7/33 Kurrajong Crescent'), ('place', 'Blacktown Heights'), ('zip_code', '2148')),
    C("the summons for Ignatius Mwangi-Otieno goes to Plot 44, Mukoma Road, Karen Estates, 00502, Kenya. he's a long-haul driver on the coast route. how do I schedule around court?", ('name', 'Ignatius Mwangi-Otieno'), ('street_address', 'Plot 44, Mukoma Road'), ('place', 'Karen Estates'), ('zip_code', '00502')),
    C("IVF client Teodora Popescu-Vlad asked me to send receipts to Strada Fagului 12, ap. 9, Cartierul Grigorescu, 400371. she's moving back to Romania for treatment. cross-border therapy rules?", ('name', 'Teodora Popescu-Vlad'), ('street_address', 'Strada Fagului 12, ap. 9'), ('place', 'Cartierul Grigorescu'), ('zip_code', '400371')),
    C("seafarer Ramil Buenaventura's allotment letter is addressed to Blk 12 Lot 7 Sampaguita St, Barangay Santo Niño Bagong Silang, 1428. wife says he's not sending money. family therapy by Zoom?", ('name', 'Ramil Buenaventura'), ('street_address', 'Blk 12 Lot 7 Sampaguita St'), ('place', 'Barangay Santo Niño Bagong Silang'), ('zip_code', '1428')),
    C("rural GP Hamish Urquhart-Bain wants my letter posted to Tigh na Cladaich, Shore Road, Kinlochbervie Harbour, IV27 4RR. he doesn't trust the practice mail. reasonable?", ('name', 'Hamish Urquhart-Bain'), ('street_address', 'Tigh na Cladaich, Shore Road'), ('place', 'Kinlochbervie Harbour'), ('zip_code', 'IV27 4RR')),
    C('Amish client Sarah Esh-Beiler receives mail at RR 2 Box 118, Honey Brook Hollow, PA 19344. no phone. we write letters between sessions. anyone else done letter-based therapy?', ('name', 'Sarah Esh-Beiler'), ('street_address', 'RR 2 Box 118'), ('place', 'Honey Brook Hollow'), ('zip_code', '19344')),
    C("the psilocybin retreat listed Ximena Arellano-Ruiz's address as Calle de los Alcatraces 215, Colonia Tlaltenango, 62170 in a group email. she's furious. what should I suggest she ask them for?", ('name', 'Ximena Arellano-Ruiz'), ('street_address', 'Calle de los Alcatraces 215'), ('place', 'Colonia Tlaltenango'), ('zip_code', '62170')),
    C("please post ALS client Frederik Schoonhoven's letter to Kastanjelaan 41-B, Wijk bij Ooststede, 3971 KT. his wife handles mail now. do I need a separate release for her?", ('name', 'Frederik Schoonhoven'), ('street_address', 'Kastanjelaan 41-B'), ('place', 'Wijk bij Ooststede'), ('zip_code', '3971 KT')),
    C('teacher of the deaf Angharad Wynne-Jones, 2 Heol y Felin, Llanfihangel-y-Pennant Isaf, LL36 9TN - she asked me to post BSL resources. are any good Welsh-language deaf resources out there?', ('name', 'Angharad Wynne-Jones'), ('street_address', '2 Heol y Felin'), ('place', 'Llanfihangel-y-Pennant Isaf'), ('zip_code', 'LL36 9TN')),
    C("the stalker found Caitlin Oyebanji-Burke's old address, Apt 5C, 1190 Grand Concourse Annex, Mott Haven North, NY 10454-2218. she's an OnlyFans creator and has moved. how do I update my records safely?", ('name', 'Caitlin Oyebanji-Burke'), ('street_address', 'Apt 5C, 1190 Grand Concourse Annex'), ('place', 'Mott Haven North'), ('zip_code', '10454-2218')),
    C("Gulf expat Imran Qureshi-Latif: Villa 27, Street 14, Al Barsha South 3, PO Box 128871, UAE. he wants sessions paused while he's on rotation. any issues with UAE telehealth?", ('name', 'Imran Qureshi-Latif'), ('street_address', 'Villa 27, Street 14'), ('place', 'Al Barsha South 3'), ('street_address', 'PO Box 128871')),
    C("construction worker Seamus Ó Cathasaigh's family home: Carrigeen, Knockbrack Road, Ballymacarbry Lower, E91 KX47. his brother died there. home visits for grief?", ('name', 'Seamus Ó Cathasaigh'), ('street_address', 'Carrigeen, Knockbrack Road'), ('place', 'Ballymacarbry Lower'), ('zip_code', 'E91 KX47')),
    C('IVF and surrogacy: intended parents Gabriel Moreau and Théo Lévesque-Haddad at 3418 rue des Érables, app. 2, Rosemont-La Petite-Patrie Est, QC H1X 2L7. couples work or individual for each?', ('name', 'Gabriel Moreau'), ('name', 'Théo Lévesque-Haddad'), ('street_address', '3418 rue des Érables, app. 2'), ('place', 'Rosemont-La Petite-Patrie Est'), ('zip_code', 'H1X 2L7')),
    C("ME/CFS client Kiri Rangihuna lives at 188B Kaimanawa Road, Tūrangi East, 3334, and can't travel. she wants home visits once a month. rural home visit safety?", ('name', 'Kiri Rangihuna'), ('street_address', '188B Kaimanawa Road'), ('place', 'Tūrangi East'), ('zip_code', '3334')),
    C("boxer Themba Zwane-Naidoo, 17 Mzimhlophe Lane, Orlando West Ext 2, 1804, can't remember our last session. cognitive decline screening before therapy continues?", ('name', 'Themba Zwane-Naidoo'), ('street_address', '17 Mzimhlophe Lane'), ('place', 'Orlando West Ext 2'), ('zip_code', '1804')),
    C("Huntington's client Mairéad Conneely moved to No. 4 Bóthar na Trá, Cill Chiaráin Thiar, H91 T6P2 to be near her sister. Irish-language sessions? any Gaeilge-speaking colleagues?", ('name', 'Mairéad Conneely'), ('street_address', 'No. 4 Bóthar na Trá'), ('place', 'Cill Chiaráin Thiar'), ('zip_code', 'H91 T6P2')),
    C("astronaut family: Priya Raghunathan-Cole at 2210 Seabrook Cove Drive, Kemah Harbor Point, TX 77565-2204. her son's school wants a letter about his anxiety during launches. how much to say?", ('name', 'Priya Raghunathan-Cole'), ('street_address', '2210 Seabrook Cove Drive'), ('place', 'Kemah Harbor Point'), ('zip_code', '77565-2204')),
    C('jockey Ronan Mac Carthaigh at Stable Cottage 3, Rossmore Stud, Kildangan Cross, R51 H2C9. weight cycling and purging, wants to keep riding. how do others balance autonomy?', ('name', 'Ronan Mac Carthaigh'), ('street_address', 'Stable Cottage 3, Rossmore Stud'), ('place', 'Kildangan Cross'), ('zip_code', 'R51 H2C9')),
    C('stroke aphasia client Giuseppe Marchetti-Riva, Via dei Gelsomini 8, int. 4, Quartiere San Lorenzo Vecchio, 00185. his daughter reads my letters to him. consent with aphasia?', ('name', 'Giuseppe Marchetti-Riva'), ('street_address', 'Via dei Gelsomini 8, int. 4'), ('place', 'Quartiere San Lorenzo Vecchio'), ('zip_code', '00185')),
    C("gamer client Tae-yang Seo gave his flat as Room 1204, 33 Yeonmu-ro, Gwanggyo Lakepark, 16514. he's moved there alone to game full-time. isolation, sleep, 18 hours a day - where to start?", ('name', 'Tae-yang Seo'), ('street_address', 'Room 1204, 33 Yeonmu-ro'), ('place', 'Gwanggyo Lakepark'), ('zip_code', '16514')),
    C('client Shreya Balakrishnan-Nair writes from shreya.bn.ivf@postbox-mail.in that her in-laws in Kakkanad East are pressuring her into another cycle. cultural considerations in infertility counselling?', ('name', 'Shreya Balakrishnan-Nair'), ('email', 'shreya.bn.ivf@postbox-mail.in'), ('place', 'Kakkanad East')),
    C('Menopause group: Ewa Nowakowska-Lis wrote from ewa.nl.meno@poczta-online.pl that the Wrzeszcz Górny clinic laughed at her symptoms. she wants to complain. do I help her draft it?', ('name', 'Ewa Nowakowska-Lis'), ('email', 'ewa.nl.meno@poczta-online.pl'), ('place', 'Wrzeszcz Górny')),
    C('Anyone using the ProQOL with night-shift ICU nurses? Our Schwartz Rounds run on Thursdays, and Occupational Health keeps suggesting Mindfulness-Based Stress Reduction rather than Compassion Focused Therapy. Which has better evidence?'),
    C("Reading group pick for January: Laura van Dernoot Lipsky's Trauma Stewardship, then Charles Figley's work on Compassion Fatigue in February. Happy to share the BACP session outline if anyone wants to run it with midwives or Health Visitors."),
    C("For vets with moral injury, has anyone adapted Acceptance and Commitment Therapy using the Moral Injury Events Scale? The RCVS Mind Matters Initiative and Vetlife both have resources, but they're thin on euthanasia-related guilt."),
    C('construction suicide prevention: the Mates in Construction model from Australia and the Lighthouse Construction Industry Charity in the UK both use peer connectors. any US equivalents? OSHA seems to leave it to Employee Assistance Programs'),
    C('Question about Deaf clients: does anyone use the PHQ-9 in BSL, or the Deaf-adapted CORE-10? SignHealth and the British Deaf Association recommend a qualified BSL/English interpreter, but our NHS Trust keeps booking video relay instead.'),
    C('rural GPs in my consultation group keep asking about the Maslach Burnout Inventory vs the Copenhagen Burnout Inventory. BMA and RCGP both cite Maslach, but the Copenhagen one is free. preferences?'),
    C("For Orthodox Jewish clients, has anyone used Nefesh International's trainings on Haredi communities, or the OHEL Family Services materials? I want to be culturally careful around Shabbat scheduling and Yom Kippur."),
    C("Working with Plain communities: any good readings beyond Donald Kraybill's The Riddle of Amish Culture? Wondering how Ordnung and Gelassenheit shape help-seeking and whether Anabaptist clients see CBT as worldly."),
    C('gulf expat clients keep asking if Sertraline is legal to carry into the UAE. the Ministry of Health and Prevention list changes; anyone have a current source? also Ramadan dosing for Lithium, NICE is vague'),
    C('Seafarers: ISWAN runs SeafarerHelp around the clock, and the ITF and the Mission to Seafarers both do welfare visits. Any colleagues used the Kessler K10 with crews who have limited English?'),
    C('air traffic controllers: the EUROCONTROL Critical Incident Stress Management programme uses peer debriefers, and the FAA has its own Employee Assistance Program. how are private therapists fitting in around the Aeromedical rules?'),
    C("Astronaut spouses are a niche, but Pauline Boss's Ambiguous Loss is the framework I keep returning to. Has anyone read NASA's Behavioral Health and Performance papers, or the ESA work on Antarctic analogues?"),
    C('IVF counsellors: BICA accreditation and the HFEA Code of Practice require an offer of counselling, but the Fertility Network UK helpline is often the first contact. Is FertiQoL useful in practice or just for research?'),
    C('Surrogacy in the US vs Canada vs the UK is a minefield. Does anyone have a plain-English summary of the Assisted Human Reproduction Act and the Surrogacy Arrangements Act for clients? ASRM guidance helps a bit.'),
    C("Menopause: Jen Gunter's The Menopause Manifesto and Louise Newson's balance app keep coming up in sessions. Anyone using the Greene Climacteric Scale or the MENQOL alongside CBT for hot flushes (Myra Hunter's protocol)?"),
    C('ME/CFS: after NICE NG206 dropped Graded Exercise Therapy, what are people offering? Pacing with a Garmin or Visible app seems to help. Action for M.E. has good pacing materials; #MEAction too.'),
    C('long-haul truckers and sleep apnoea: the FMCSA rules plus the Epworth Sleepiness Scale and STOP-BANG make drivers terrified of disclosure. Any motivational interviewing scripts from the truckers Against Trafficking world or elsewhere?'),
    C('jockeys: the Professional Jockeys Association and the Injured Jockeys Fund run wellbeing services. Anyone know the RED-S literature for male riders? The IOC Consensus Statement covers it but mostly for runners.'),
    C("Boxing and CTE: Bennet Omalu's Truth Doesn't Have a Side and the Concussion legacy Foundation are decent for families. Has anyone used the Rivermead Post-Concussion Questionnaire alongside the MoCA?"),
    C('Gaming disorder is in ICD-11 but not DSM-5-TR except as a condition for further study. Does anyone use the IGDS9-SF? Also any views on Game Quitters versus Cognitive Behavioural Therapy?'),
    C("influencer burnout: anyone read Brooke Erin Duffy's (Not) Getting Paid to Do What You Love? useful on Instagram and TikTok labour. pairing it with Kristin Neff's Self-Compassion Scale for a Tuesday group"),
    C('OnlyFans and sex-work-adjacent clients: SWOP Behind Bars and the English Collective of Prostitutes have good harm-reduction material. Is anyone using the WEMWBS with them, or the Brief COPE, or just Motivational Interviewing?'),
    C('tattoo regret is a real thing! the Rosenberg Self-Esteem Scale and the Body Image Quality of Life Inventory both seem relevant. the BAD (British Association of Dermatologists) has leaflets on laser removal too'),
    C('Ketamine-assisted psychotherapy: Spravato (esketamine) needs the REMS program in the US, while KAP clinics use generic Ketamine off-label. How are people documenting integration sessions for insurers?'),
    C("Psilocybin retreats: MAPS Integration Circles and the Fireside Project helpline are popular, and Michael Pollan's How to Change Your Mind is what clients have read. Anyone using the Challenging Experience Questionnaire after a bad trip?"),
    C("Religious trauma: Marlene Winell's Leaving the Fold and the Religious Trauma Institute's trainings are where I started. Anyone else combining IFS (Richard Schwartz) with Exvangelical clients around Easter and Christmas?"),
    C('conversion practices: the Memorandum of Understanding on Conversion Therapy in the UK, signed by UKCP, BACP and the BPS, is clear. has anyone had referrals from the Ozanne Foundation or Galop?'),
    C("Caste discrimination in therapy: Equality Labs' survey and the work of Suraj Yengde's caste Matters are eye-opening. Any Dalit-affirming practitioners in the APA's Division 45 or elsewhere?"),
    C("Twins: the twins Trust (formerly TAMBA) has bereavement support for twinless twins. Anyone read Nancy Segal's Born Together - Reared Apart? Curious about its use in identity work."),
    C("Intersex variations: interACT and the dsdfamilies charity both publish guidance. Any clinicians using the Androgen Insensitivity Syndrome Support Group's materials in adult therapy? The DSM-5-TR language is contested."),
    C("Huntington's disease: Lisa Genova's Inside the O'Briens is the novel my clients cite. Is anyone involved with the Huntington's Disease Association or the HDSA on predictive testing counselling protocols?"),
    C('Stroke aphasia and talk therapy: the Stroke Association and Aphasia Re-Connect have great resources. Has anyone adapted Solution Focused Brief Therapy with Talking Mats or supported conversation?'),
    C("Motor Neurone Disease: the MND Association's voice banking pages and the ALS Association's guides are good. Has anyone used the ALSFRS-R scores to time conversations about advance decisions?"),
    C("For Parkinson's, I've been pairing Behavioural Activation with the Apathy Evaluation Scale. Parkinson's UK and the Michael J. Fox Foundation both have carer resources. Anything on impulse control disorders from Ropinirole?"),
    C('genetic testing counselling: does anyone use the MICRA (Multidimensional Impact of Cancer Risk assessment) for BRCA carriers? The NSGC and the Association of Genetic nurses and counsellors both point to it.'),
    C("Veterinarians again: Not One More Vet has a Facebook group and a Crisis Text Line partnership. The AVMA's Wellbeing Summit is in October. Anyone presenting?"),
    C('Midwives and Birth Trauma: the City Birth Trauma Scale and the Impact of Event Scale-Revised both work. The Royal College of midwives recommends Trauma Risk Management (TRiM) peer support after serious incidents.'),
    C('The Columbia Suicide Severity Rating Scale (C-SSRS) is what our EAP uses with construction clients, but the Ask, Advise, Refer model from Lifeline is easier. Anyone trained in ASIST or safeTALK from LivingWorks?'),
    C("Teachers of deaf children: BATOD has a wellbeing strand, and the NDCS funds some Counselling. I'm seeing compassion fatigue around Cochlear Implant debates with Deaf parents. Any reading on Deaf culture and Audism?"),
    C("For Orthodox Jewish couples in IVF, the Puah Institute offers halachic guidance. Has anyone navigated Mikvah timing and Niddah with fertility clinics that don't understand it? Sensitive around Pesach."),
    C('Amish and Mennonite mental health: Philhaven (now WellSpan) was the go-to. Is anyone aware of plain-community recovery groups, or do clients only use the Bishop and Ministers?'),
    C('Expat burnout in the Gulf: the Kafala system shapes everything. Are any colleagues using the Acculturative Stress Scale with South Asian workers, or referring to Migrant-Rights.org?'),
    C('air crash investigators have their own CISM peers. The NTSB Family Assistance team and the AAIB in Britain have been helpful when clients ask. Any readings on vicarious trauma in investigators?'),
    C("For IVF, Alice Domar's Conquering Infertility and her Mind/Body Program are old but still useful. Is anyone using the SCREENIVF or FertiQoL with same-sex couples?"),
    C('Menopause at work: CIPD guidance and the Menopause Mandate campaign are getting traction. Anyone using the Work and Social Adjustment Scale in perimenopause assessments, or is that overkill?'),
    C('For ME/CFS, the DePaul Symptom Questionnaire is used for research, and the Chalder Fatigue Scale is contentious after the PACE Trial. What are people using clinically in Scotland or Wales?'),
    C('long-haul trucking and loneliness: the Road Haulage Association and the Trucking Wellness Project both offer tele-counselling. What about CBT-I (cognitive behavioural therapy for insomnia) on shifting schedules?'),
    C("Jockeys and eating disorders: the Racing welfare charity and the BHA's Weight Project both fund dietitians. Is the EAT-26 or the EDE-Q better for athletes who make weight?"),
    C('Boxers: the British Boxing Board of Control requires annual MRI scans; USA Boxing requires a medical passbook. Has anyone co-worked with sports neuropsychologists on the SCAT6?'),
    C("Gamers: the ESA's (Entertainment Software Association) reports and Jane McGonigal's Reality Is Broken are two sides of the debate. Does anyone draw on Self-Determination Theory from Deci and Ryan?"),
    C("Influencers and parasocial stress: is anyone using the Bergen Social Media Addiction Scale? I'm also recommending Cal Newport's Digital Minimalism and Jonathan Haidt's The Anxious Generation, though the latter is contested."),
    C('For Deaf therapists, the ADARA conference in June and the Deaf Mental Health Care group at Gallaudet University are helpful. Has anyone done supervision in ASL via Zoom with Otter.ai captions? Privacy worries.'),
    C("Quick billing question: does Medicare accept 90837 for Telehealth after December, or do we drop to 90834? The CMS updates keep shifting and Aetna and Cigna follow different rules. SimplePractice isn't helping."),
    C("Funding for IVF counselling: in Australia the Medicare Better Access items don't cover it, and Bupa and HCF differ. In Ireland the HSE's new Fertility Programme started in September. Anyone know coverage details?"),
    C("Thanks all for Tuesday's Balint Group on Compassion Fatigue. Next month we're reading Rachel Naomi Remen's Kitchen Table Wisdom and practising the Professional Quality of Life Scale before the Christmas break."),
    C("On menopause and ADHD: anyone read Kathleen Nadeau's work? Clients on Elvanse (Vyvanse) or Concerta describe the perimenopause worsening executive dysfunction. Oestrogel plus Utrogestan seems to help some. ADDISS resources?"),
    C('Ketamine clinics keep asking for a "Therapist of Record". Does the American Society of Ketamine Physicians have guidance? Also, does Spravato need a PHQ-9 at every visit for Blue Cross Blue Shield?'),
    C("For religious trauma clients who grew up Jehovah's Witnesses or in the Exclusive Brethren, is Steven Hassan's BITE Model useful, or is it too blunt? The ICSA conference materials are good."),
    C("Anyone trained in CPT (Cognitive Processing Therapy) using it with paramedics? Patricia Resick's manual, with the Stuck Points Log, works well, but the Ambulance Service's TRiM practitioners keep getting there first."),
    C("for twins who lose their co-twin, Joan Woodward's The Lone Twin is the classic. Any newer reads? Also thinking about continuing bonds theory (Klass, Silverman and Nickman) with identical twins specifically."),
    C("Intersex clients and medical trauma: the American Academy of Pediatrics' statement is dated, but the UN Human Rights Office's fact sheet is clear. Any trauma therapists trained in EMDR or Somatic Experiencing using it here?"),
    C("Has anyone read Oliver Sacks's Awakenings with Parkinson's carers? Also Michael J. Fox's Lucky Man. Both help with meaning-centered work. Duodopa and Apomorphine decisions bring up a lot too."),
    C("With ALS clients, Mitch Albom's Tuesdays with Morrie is overused but loved. I prefer Kathryn Mannix's With the End in Mind and Atul Gawande's Being Mortal. Dignity Therapy (Harvey Chochinov) has been powerful."),
    C('Stroke survivors and Post-Stroke Depression: does anyone use the Stroke Aphasic Depression Questionnaire or the DISCs? Citalopram and Fluoxetine both come up; FOCUS and AFFINITY trials were disappointing.'),
    C('For genetic testing regret, are folks using the Decision Regret Scale? The 23andMe and AncestryDNA surprises (NPEs) are a whole thing; the Right to Know charity and NPE Friends Fellowship help.'),
    C('Caste and marriage pressure: has anyone run groups with South Asian Dalit women using Narrative Therapy (Michael White and David Epston)? The Ambedkar International Mission and Equality Labs have psychoeducation.'),
    C('Conversion practice survivors often come via the LGBT Foundation or Switchboard. Any colleagues using Minority Stress Theory (Ilan Meyer) explicitly with christian or muslim clients in Lent or Ramadan?'),
    C('Construction workers and Opioids: Naloxone training through the Building Trades unions and Narcan distribution at toolbox talks. Anyone doing Motivational Interviewing with apprentices on Fentanyl?'),
    C('the Maudsley Prescribing Guidelines say Mirtazapine is fine for night-shift workers but my clients hate the weight gain. anyone using Agomelatine (Valdoxan) for shift workers with the MEQ chronotype scale?'),
    C('OnlyFans creators and banks: Chase, Wells Fargo and PayPal have closed accounts. Does anyone know of financial therapy resources from the Financial Therapy Association that are sex-work-friendly?'),
    C("Infertility and men: the Fertility Network UK Men's Group and the HFEA's Patient Support pages are a start. Anyone have evidence-based resources from ESHRE's Psychosocial guideline?"),
    C("Seafarer suicides: the Sailors' Society runs Wellness at Sea, and the IMO and ILO have Maritime Labour Convention guidance. Are any colleagues using Brief Contact Interventions with crews at sea?"),
    C("Air crew fatigue: the FAA's Part 117 and EASA's FTL regulations shape sleep, and pilots fear the Aeromedical Examiner. How are people using the Pittsburgh Sleep Quality Index without triggering Reports?"),
    C('For rural GPs, the Practitioner Health service and DocHealth in Britain, and the DRS in Australia, are good. Has anyone run Acceptance and Commitment Therapy groups via Microsoft Teams for doctors?'),
    C('Gulf-based Filipino workers: OWWA and the POEA have help desks, and the Philippine Overseas Labor Offices too. Does anyone know a Tagalog-speaking EMDR therapist accredited with EMDRIA?'),
    C("Huntington's families: anyone using the Huntington's Disease Quality of Life measure (HDQLIFE) or doing family systems work (Murray Bowen) around predictive testing? Enroll-HD research is worth a look."),
    C('For Long COVID and ME/CFS overlap, the WHO and the CDC both recognise post-exertional malaise now. Is anyone using Visible or Bearable apps for pacing? The Long Covid Support charity is good too.'),
    C('Reminder that the BACP Good Practice in Action guides on Working online were updated in March. Anyone confident about Zoom vs Doxy.me vs Microsoft Teams for HIPAA and GDPR compliance?'),
    C("Anyone going to the ISSTD conference in April or the EMDR Europe conference in June? I'm presenting on Flash Technique with midwives and would love to meet some of you."),
    C('Gaming and Gambling overlap: loot boxes! the Gambling Commission, GamCare and the Young gamers and Gamblers Education Trust have good stuff. PGSI or the Loot Box Spending Questionnaire?'),
    C("Tattoo regret from gang tattoos: any programs like Homeboy Industries' tattoo removal in the UK or Canada? Clients with prison tattoos want laser and Narrative Therapy together."),
    C("Menopause and suicidality: the Menopause Charity and Women's Health Concern both note perimenopausal risk. Has anyone used the Beck Scale for Suicide Ideation with women in surgical menopause after BRCA surgery?"),
    C("For Psilocybin integration, I like Bill Richards's Sacred Knowledge and the Johns Hopkins Center for Psychedelic research papers. Anyone using the Mystical Experience Questionnaire (MEQ30) in integration sessions?"),
    C('twin studies question: does anyone know whether the Minnesota Study of twins Reared Apart data is used in any Psychoeducation? the twins Trust helpline in England is great for twinless adults'),
    C("Question for EMDR folk: Francine Shapiro's Getting Past Your Past is my go-to self-help book. For firefighters and construction workers I also lend Peter Levine's Waking the Tiger. Thoughts?"),
    C("Our Employee Assistance Programme switched from Workplace Options to Health Assured in January. Is anyone else finding Health Assured's Wellbeing App triage sends too many clients to CBT?"),
    C("For Deaf clients with trauma, the Deaf Trauma-Informed Care work out of Gallaudet and the Registry of Interpreters for the Deaf's Code of Professional Conduct are useful. Any BSL-fluent supervisors?"),
    C('Long-haul drivers and gambling: the NCPG (National Council on Problem Gambling) and GamTalk offer online support. Are the Gamblers Anonymous Twenty Questions still used, or do you prefer the PGSI?'),
    C('Ramadan and Lithium! Our psychiatrists follow the Maudsley and the BAP guidance. Has anyone written a fasting plan with the Muslim Council of Britain or the British Islamic Medical Association?'),
    C("Astronaut families: the Association of Space Explorers and the NASA Family Support Office have some resources. Anyone read Mike Massimino's Spaceman with families? Lovely for kids before a launch."),
    C("Religious trauma, part two: Darrel Ray's The God Virus is too combative for most. I lean on Tara Brach's Radical Acceptance and Kristin Neff's Fierce Self-Compassion. Does anyone use Recovering from Religion's helpline?"),
    C('Can anyone recommend a Portuguese-speaking CFT (Compassion Focused Therapy) supervisor accredited with the Compassionate Mind Foundation? Brazilian and Angolan clients prefer to work in Portuguese.'),
    C("Jockeys' mental health: Racing welfare's 24-hour Support Line and the Irish Injured Jockeys charity both refer to us. Has anyone applied the Athlete Psychological Strain Questionnaire (APSQ) with apprentices?"),
    C('For veterinary euthanasia grief, the Ohio State Honoring the Bond programme and the Blue Cross Pet Bereavement Support Service are great. The Pet Bereavement Questionnaire might help too.'),
    C("Just a general one: has anyone found CORE-OM more useful than the GAD-7 and PHQ-9 for night shift workers? Our Trust uses IAPT (now NHS Talking Therapies) datasets, so we're stuck with the MDS."),
    C("Midwives: the Birthrights charity, the RCM and the NMC's Professional Nurse Advocate scheme (A-EQUIP) are all relevant. Is anyone trained as a PMA in Scotland or Wales through NES or HEIW?"),
    C('For Surrogacy, the COTS (Childlessness Overcome Through Surrogacy) and Brilliant Beginnings agencies in Britain have counselling standards. Has anyone co-worked with the BICA accredited counsellors there?'),
    C("For Parkinson's Apathy I've been using Goal Attainment Scaling and the Lille Apathy Rating Scale. Sinemet timing matters - sessions after Levodopa work far better. Anyone using the PDQ-39 too?"),
    C("Caste discrimination at work: the Equality Act 2010 debate in Britain and California's SB 403 veto. Has anyone supported clients through HR processes at tech firms like Cisco or Google on this?"),
    C("Intersex and Fertility: clients with Klinefelter Syndrome or CAIS (Complete Androgen Insensitivity Syndrome) raise IVF and donor conception questions. Has anyone used the Donor Conception Network's materials?"),
    C('Anyone else find the Columbia Protocol awkward with Farmers? The Farming Community Network, the RABI and Yellow Wellies all suggest a gentler opener. Harvest and Lambing season timing matters too.'),
    C("For construction apprentices, does anyone use the Warwick-Edinburgh Mental Wellbeing Scale? CITB funds Mental Health First Aid England courses, and the Lighthouse Club's helpline is open on Sundays and bank holidays."),
    C("For nurses on night shifts, Matthew Walker's Why We Sleep is popular but has been criticised. I prefer Colleen Carney's Quiet Your Mind and Get to Sleep for CBT-I. Thoughts from the Sleep Medicine crowd?"),
    C("Peer consult offer: Thursday lunchtimes on Microsoft Teams through November, reading Irvin Yalom's The Gift of Therapy. Open to BACP, UKCP, BPS and HCPC registrants. Bring your own supervision dilemmas."),
    C('tiny rant: Optum and UnitedHealthcare denying 90847 family sessions for Huntington\'s families because the Identified Patient "isn\'t present". anyone won an appeal with the CPT code rationale from the APA?'),
    C('For ALS and MND, the NICE NG42 guideline recommends offering Psychological Support, and the MND Association funds Counselling. Has anyone used the ALS Specific Quality of Life Instrument with spouses?'),
    C('Does anyone know whether Psychology Today or the Counselling Directory allow listing Ketamine-Assisted Psychotherapy? The BPS and HCPC are silent, and Awakn Clinics seem to be the only UK provider.'),
    C('For Orthodox Jewish clients in crisis, Chizuk and Relief Resources are referral services. Also the Jewish Board and JCC networks. Is anyone comfortable scheduling around Sukkot and Shavuot without asking too much?'),
    C("The Irish Council for Psychotherapy and the IACP have guidance on working online. For rural clients with poor broadband, is anyone using Starlink or Eir's 5G for sessions? The HSE's Telehealth policy is silent."),
    C("Menopause and Bipolar: does anyone have guidance from the RCPsych on HRT with Lamotrigine or Quetiapine? The British Menopause Society and the MHRA's Yellow Card scheme are the only sources I've found."),
    C("IVF and Grief: the Miscarriage Association and Tommy's both support failed transfers. Is the Perinatal Grief Scale valid for embryo loss? I'd love a journal reference from Human Reproduction or Fertility and Sterility."),
    C('Gulf expat teens: International Schools often use counsellors trained via the CIS (Council of International Schools). Anyone used the SDQ (Strengths and Difficulties Questionnaire) with Third Culture Kids?'),
    C("For deafblind clients, Sense and Deafblind UK have Guide-Communicator services. Has anyone adapted Solution Focused work using hands-on signing or Protactile? I'm supervised by a Deaf BSL user."),
    C("Vets and Euthanasia: has anyone read the Veterinary Record's papers on Moral Stress, or tried Brené Brown's Daring Greatly in groups? The BVA's Young Vet Network runs monthly wellbeing evenings."),
    C("Gaming and ADHD: many gamers on Methylphenidate or Atomoxetine. The ADHD Foundation, CHADD and AADD-UK have gaming guidance. Is Russell Barkley's Taking Charge of Adult ADHD good for 19-year-olds?"),
    C('Influencers and eating disorders: BEAT and the NEDA helpline have social media guidance. Is anyone using the EDE-Q or the SCOFF with creators who film food content? The Instagram filters debate is endless.'),
    C('Tattoo regret and Borderline Personality Disorder: DBT Skills (Marsha Linehan) like Wise Mind help with impulsive tattooing. Anyone using the DERS or the Barratt Impulsiveness Scale in assessment?'),
    C("for psilocybin, COMPASS Pathways' trials and Usona's work are the big ones. the FDA gave Breakthrough Therapy status. the Oregon Psilocybin Services program licenses Facilitators. anyone working with them?"),
    C("A general nudge: please don't post client details in the WhatsApp group. Use the Signal channel or our Microsoft Teams space, and follow the HIPAA Privacy Rule and the UK GDPR. Thanks, the admin team."),
    C("For conversion practice survivors, the Trevor Project's research and the Ban Conversion Therapy coalition are helpful. I also use Kristin Neff's Self-Compassion Break and Tara Brach's RAIN."),
    C("Twins and IVF: Twin pregnancies after Double Embryo Transfer are rarer now, thanks to the HFEA's One at a Time campaign. Anyone supported parents through selective reduction decisions? Lovely reads welcome."),
    C("MND and voice banking: the ModelTalker and SpeakUnique services, plus Acapela's my-own-voice, have changed things. Does anyone use Dignity Therapy transcripts as legacy work alongside voice banking?"),
    C("Stroke and return to work: the Stroke Association's Work programme and Headway UK's brain injury services overlap. Anyone using the Work Productivity and Activity Impairment questionnaire?"),
    C('Genetic testing: the Genetic Alliance UK and the NHS Genomic Medicine Service now offer whole genome sequencing. Has anyone seen clients after polygenic risk scores from private companies like Nebula?'),
    C('Compassion fatigue in Hospice nurses: the Hospice UK Compassion in Practice programme and Schwartz Rounds are fine, but the Stamm ProQOL keeps showing Burnout, not STS. Ideas for December?'),
    C("Long-haul truckers: the truckers' Voice podcast and DriverCheck services talk about Sleep Apnoea. Is anyone trained in Brief Behavioural Treatment for Insomnia (BBTI) from Daniel Buysse's group?"),
    C('For seafarers on filipino crews, the Apostleship of the Sea (Stella Maris) and the AMOSUP union provide welfare. Any Tagalog CBT materials from the Philippine Psychiatric Association?'),
    C("Air traffic controllers and Shift Work Disorder: Modafinil (Provigil) is contentious with the FAA and the CAA. Has anyone done CBT-I with rotating rosters under Eurocontrol's fatigue policy?"),
    C('Rural GPs and vicarious trauma: the Royal Australian College of General Practitioners and the Rural doctors Association have peer support. Has anyone joined the DRS4 Doctors network or Hand-n-Hand?'),
    C("For Infertility and Religion, I've found Catholic clients are torn between the Catechism and IVF. Has anyone worked with the Chaplaincy team or read Pope John Paul II's Theology of the Body with clients?"),
    C('Menopause and work: the Chartered Management Institute, Henpicked and the Faculty of Occupational Medicine all have guidance. Any views on Testosterone Gel for libido with perimenopausal clients?'),
    C("ME/CFS and disability benefits: the DWP's PIP process and the Citizens Advice Help to Claim service are brutal. Anyone found the WHODAS 2.0 useful evidence, or does it get ignored by Capita assessors?"),
    C("For boxers, the Professional Boxing Association's mental health charter is new. The Ring Side Charity supports retired boxers. Is anyone trained in the Cognitive Rehabilitation approaches from Headway?"),
    C("Intersex youth and schools: Mermaids and Gendered Intelligence sometimes get involved, but intersex isn't the same as Trans. Does anyone use the intersex Society of North America's old Handbook?"),
    C("OnlyFans creators and stalking: the Suzy Lamplugh Trust's National stalking helpline and Paladin are great. Anyone using the stalking Risk Profile or the DASH checklist with creators?"),
    C('Ketamine and bladder damage: Ketamine Uropathy is now covered by the British Association of Urological Surgeons. Anyone working with Addaction (now We Are With You) on harm reduction?'),
    C("Astronauts' kids: the Space Foundation and the Challenger Center run programmes, and Chris Hadfield's You Are Here is a lovely book. Any play therapy colleagues used sandtray with kids during missions?"),
    C('For Amish and Old Order Mennonite clients, the Clinic for Special Children does genetic work, and the Mennonite Central Committee runs mental health programmes. Does anyone know of Pennsylvania Dutch-speaking therapists?'),
    C('Religious trauma in Mormon (LDS) leavers: the Faith Matters Foundation and Mormon Stories podcast are big. Does anyone use the Religious Trauma Syndrome description from Marlene Winell in assessment?'),
    C('Caste and campuses: Harvard, Brandeis and the California State University system added caste to their anti-discrimination policies. Any Counselling Centre colleagues supporting Dalit students?'),
    C("Parkinson's and ICDs: Pramipexole and Ropinirole can trigger gambling, hypersexuality and shopping. Has anyone used the QUIP-RS (Questionnaire for Impulsive-Compulsive Disorders in Parkinson's) with couples?"),
    C("For Huntington's carers, the Zarit Burden Interview and the Caregiver Strain Index are standard. Anyone using ACT or the Caring for a Person with HD guide from the HDA? Enroll-HD sites too."),
    C("For Deaf children's teachers: the Ewing Foundation and the Elizabeth Foundation fund training. Any colleagues using the Strengths and Difficulties Questionnaire in BSL?"),
    C('Quick poll: which EHR do you use? TherapyNotes, SimplePractice, Jane App, Power Diary, WriteUpp, Cliniko or Halaxy? I need Australian Medicare Rebates and NDIS billing on Mondays.'),
    C("Supervisors: has anyone read Robin Shohet and Peter Hawkins's Supervision in the Helping Professions? The Seven-Eyed Model is brilliant for Compassion Fatigue work with midwives and nurses."),
    C("Surrogacy and shame: many gestational carriers find Brené Brown's I Thought It Was Just Me validating. Any Surrogacy Australia or SurrogacyUK peer groups worth pointing to?"),
    C('For night shift nurses with Depression, has anyone used light therapy boxes (Lumie) and Melatonin (Circadin) with their GP? The NICE guidance is silent; the Royal College of Nursing has a Shift Work toolkit.'),
    C("Jewish and Muslim IVF clients both ask about donor gametes. Anyone worked with the Al-Azhar Fatwa on IVF or the Orthodox Union's guidance? Very different frameworks, and I want to respect both."),
    C("Lower-case version of the same plea: if anyone has a good mnd carers group in wales or northern ireland, the mnd association list is out of date. i'm looking for something on a wednesday or thursday evening"),
    C("Thanks for a great Friday session on Religious Trauma. Next up in March: Judith Herman's Trauma and recovery, then Bessel van der Kolk's The Body Keeps the Score in April, then Resmaa Menakem's My Grandmother's Hands."),
    C('does anyone else feel wiped out after back-to-back sessions with nurses coming off nights? i end up mirroring their exhaustion. how do you reset between clients without a proper break?'),
    C('Honest question for the group: how do you stop yourself getting angry on behalf of a client when their employer keeps making things worse? I notice it in my body before I notice it in my head.'),
    C("small win to share - a client who's been avoiding the hospital for months walked in for her scan today and texted me a thumbs up. no details, just happy. these moments keep me going"),
    C("i'm struggling with a case where the client wants me to agree that their partner is the problem. i don't think that's my job but it's becoming a rupture. how do you stay neutral without seeming cold?"),
    C('Looking for a supervisor with experience in perinatal loss and fertility work, ideally someone who does online supervision on a Monday or Wednesday. BACP or UKCP accredited preferred. Recommendations welcome.'),
    C("reminder that we're not meeting next week because of the bank holiday. see you all the week after. bring one case each if you can, and please keep details vague as usual"),
    C("Has anyone found a kind way to end with a client who keeps cancelling at the last minute but insists they want to continue? I've tried naming the pattern twice and it goes nowhere."),
    C("how do people handle clients who want to text between sessions? i set a boundary at intake but it keeps eroding, especially with clients who work odd shifts and can't do daytime calls"),
    C('Does anyone have a good template for a letter confirming attendance only, with no clinical content? Employers keep asking for more than clients have agreed to share.'),
    C("Just want to say thanks to whoever recommended the grounding exercise with cold water last month. It's worked well with two clients who dissociate during trauma work. Simple and effective."),
    C("feeling a bit lost with a client who says therapy is pointless because their illness isn't going to improve. I want to honour that rather than argue. any thoughts on meaning-making in chronic illness?"),
    C("What do people charge for a missed session when the client had a genuine emergency at work? I've always waived it but it's adding up and I'm wondering if I'm undervaluing myself."),
]

"""TWENTY-SEVENTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 27), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not run
the guard, bench/guard_eval.py or any test that imports or runs the guard,
did not read git log messages, bench/README.md, README.md,
tests/bot/confidentiality/test_round*.py,
tests/bot/confidentiality/test_deterministic.py, or diffs of any commit, and
did not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_26.py.  No slip of these rules occurred.
What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_26.py only (printed up to its
closing triple quote, for the format description, the provenance wording
and the labelling conventions; none of its cases), the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (it is spent; those lines
are its docstring) and its last three lines (two snippets, for the file
format; none of their sentences was copied), the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of that
file), and tests/bot/confidentiality/test_locked_sets.py (the data integrity
checks, which hold no snippets).  The only test run was
test_locked_sets.py.

How it was made: every snippet was written by hand, one at a time, as a
consultation request or a chat message to peers in a therapists'
consultation group - about two thirds everyday private practice in the US,
UK, Canada, Australia, Ireland and Aotearoa New Zealand, about one third
international colleagues and clients (Nigeria, Ghana, Kenya, South Africa,
Somalia, India, Japan, Israel, Afghanistan, Iran, Lebanon, Tonga, Samoa,
Portugal, Norway, Germany, Serbia, Poland, Romania, Greece, Italy, Chile,
Mexico and Brazil, and migrants from them): formal referral notes, rushed
lower-case chat, typos and self-corrections, quoted speech, abbreviations,
one-liners and longer posts.  Nothing was composed by a script: the author
wrote the snippets in plain text files outside the repository with the
planted spans marked inline, and a script (also kept outside the
repository) only stripped the marks into the expected lists, checked
lengths, token boundaries and duplicate spans, and wrote this file.
Overlap with the other sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only; 159 values were renamed that
way in three rounds (151, 7 and 1): 134 places (real towns, cities,
suburbs and hospitals replaced by invented suburbs, estates, layouts,
wards, annexes and crossroads), 17 names, 2 ages and 6 numbers (a phone, a
fax, two IP addresses, a cheque number and a plate) whose digits had
occurred before.  A read-through of the capitalised words outside spans
in the identifier snippets led to seven cities (posters' and clients')
and a county being labelled as places, to second mentions of three
first names being reworded away, and to titles (Mr, Mrs, Dr, Sgt,
Sister, Pastor, Aunty, Grandad, Abuela) being kept outside the name spans.

Settings (chosen to differ from set 26's): eating disorders (anorexia
step-down, bulimia, ARFID, diabulimia, weight-restoration follow-up), OCD
and ERP, scrupulosity, emetophobia, body dysmorphic disorder and surgery
requests, perfectionism, school refusal, selective mutism, adult ADHD and
autism assessments, AAC users, couples and sex therapy, custody and family
court, fostering and kinship care, domestic violence, stalking and safety
planning, firefighters, taxi drivers, roofers and carjackings, teachers,
school counsellors and coaches, clergy, nuns and religious trauma,
veterans and soldiers, dementia carers and life review in very old age,
hospice referrals, suicide bereavement and memorial pages, alcohol
recovery, probation and electronic monitoring, refugee hubs, sleep and
CPAP, chronic pain with implanted pumps and stimulators, amputation,
workers' compensation, victim compensation and road accidents, board
complaints, supervision and licensure, portal breaches, misdirected faxes,
telehealth drop-outs, review sites, GoFundMe, TikTok and Facebook groups,
bounced cheques, refunds and insurer panels; with local identifier formats
for US social security numbers, an ITIN and an A-number, Canadian SINs,
UK National Insurance and an Irish PPS number (ssn), hospital, URN, NHS,
NHI, UHID, chart, patient-ID and MRN numbers (medical_record), Medicare,
Medicaid, Aetna, OHIP, NDIS, Bupa, Medi-Cal CIN, Blue Cross, Southern
Cross, VHI, Tricare and Manulife numbers (health_plan), sort-code, BSB,
IBAN, cheque, EAP, ACC, court case, student, student-loan, workers' comp,
victim compensation and insurance claim numbers (account), LPC, LMFT,
HCPC, CRPO, AHPRA, BACP, CORU, NISCC, NMC, California psychology,
Minnesota psychology and driving instructor licences (licence), UK,
Irish, Ontario, Victorian, New Zealand, Californian, Minnesotan, South
African and US plates and a taxi plate (vehicle), a CPAP machine, a VNS,
a spinal cord stimulator, an ankle monitor, a SCRAM bracelet, an Oura
ring, a power chair, a baclofen pump, an AAC tablet, a Holter monitor, a
microprocessor knee and a CGM (device), addresses written the local way
(flats, PO boxes, suites, house names, an Indian residency address) with
US ZIP codes, UK, Irish (Eircode), Canadian, Australian, New Zealand and
Indian postcodes, IPv4 (public, private and CGNAT) and IPv6 addresses,
shortened and full URLs, and phone and fax numbers in local and
international formats.

335 snippets, 195 with identifiers and 140 clean (lengths 112-276
characters).  Every pattern category appears at least 12 times (the test
requires 12): date 12, age_over_89 13, phone 12, fax 12, email 12, url 12,
ip_address 12, ssn 12, medical_record 12, health_plan 12, account 13,
licence 12, vehicle 12, device 12, street_address 12, zip_code 12; with
197 names and 209 places smaller than a state (the test requires 197 and
209).
Names: Irish and Irish-language, English, Scottish and Gaelic, Welsh,
Northern Irish, American, African American, Cajun, Québécois,
Blackfoot-style and Tsuut'ina-area, Māori, Tongan, Samoan, Yoruba, Igbo,
Akan, Kikuyu, Luo, Zulu, Ndebele, Sotho, Shona, Somali, Afghan, Iranian,
Arab, Israeli, Tamil, Punjabi, Pakistani, Japanese,
Chinese, Russian, Polish, Serbian, Croatian, Romanian, German, Dutch,
Norwegian, Greek, Italian, Portuguese, Spanish, Mexican and Chilean
names; lower-case chat names, a nickname in quotes inside a full name,
first names alone, hyphenated and multi-part names, couples named
together, names before a possessive, and titles outside spans.
Places: towns, villages, suburbs, neighbourhoods, districts, layouts and
estates, a county, schools, colleges and universities, hospitals, wards
and annexes, eating-disorder and behavioural units, clinics and health
centres, a hospice, care homes and residences, a military installation,
a convent town, a cathedral, a GAA club, a kōhanga, a marina, a meat
plant, a fish bar, a cafe, a depot, a distribution park, a co-op, a
refugee hub, a student residence, allotments, invented towns and
facilities, and places after street addresses.

Clean snippets follow the spec of the issue this set measures: clean
clinical prose DENSE with capitalised non-identifiers - drug brand and
generic names with doses, scales and tests, therapy models and their
founders, cited authors and books (with and without "by", possessives,
parentheses, years), diagnoses, weekdays, months and seasons (never a
person's date), measurements, professional bodies, regulators, charities,
insurers and payers, billing codes, EHR, telehealth, payment and
wellbeing apps, trainings and conferences (a few named in cities: the
poster's conference or training, never a client's location), states,
provinces and countries, holidays and observances, nationalities,
religions and languages, sentence-initial words, and common words that
are also names (Wheel of Tolerance, Bush Support Line, Sound
Relationship House, Four Horsemen, Black Dog Institute) used in a
non-name way.  Nothing in a clean snippet identifies a client.
Capitalised-word density, computed by the author's own script on this
file: words starting with a capital letter that are not the first word
of the snippet or of a sentence (after . ! or ?, skipping opening quotes
and brackets), excluding the pronoun I and its contractions, number
1147 in the 140 clean snippets, a mean of 8.2 per clean snippet
(median 8, minimum 4, maximum 16); counting only words with
at least one lower-case letter (no all-capitals acronyms such as CBT or
PHQ-9) the mean is 6.8.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made
up; real cities, districts, towns and a few real public places
(hospitals, a cathedral, a military installation) are used only as
places; the other named clinics, care homes, workplaces and settlements
are invented.  Real public figures, authors and therapy founders appear
only in clean snippets, as the authors of models and books, and are not
labelled.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, *expected: tuple[str, str]) -> EvalCase:
    return EvalCase(text, list(expected))


LOCKED27_CASES: list[EvalCase] = [
    C('Quick one: new client Oluwaseun Adebayo-Crane gave DOB as 14/02/1987 on intake but his GP letter from Kettlesby Cross says otherwise. Do I just ask him which is right or flag it to the surgery first?', ('name', 'Oluwaseun Adebayo-Crane'), ('date', '14/02/1987'), ('place', 'Kettlesby Cross')),
    C('pls advise - eating disorder referral for tamsin oyelaran, 19, admitted to Royal Cornhill Hospital on 3 March 2026, wants outpatient follow up with me once weight restored. never done step-down before', ('name', 'tamsin oyelaran'), ('place', 'Royal Cornhill Hospital'), ('date', '3 March 2026')),
    C("Supervision question. Mr Desmond Achterhof's mother says he was born on the 29th of February 1996 and he jokes he's only seven. ERP for contamination OCD, seen at our Fairview Terrace rooms. How do you handle birthday-themed intrusive thoughts?", ('name', 'Desmond Achterhof'), ('date', 'the 29th of February 1996'), ('place', 'Fairview Terrace')),
    C('Referral note: Priyanka Venkatraman, DOB 1991-07-22, school refusal in her son, family lives in Heartlake Ridge, mum requesting parent coaching only. Any Ontario colleagues doing SPACE?', ('name', 'Priyanka Venkatraman'), ('date', '1991-07-22'), ('place', 'Heartlake Ridge')),
    C('my client Kwesi Ampofo-Daniels missed his session on Thursday 8 January 2026 - that was the day of the fire at the Ashgrove Mill Road depot where he works. do i charge the late cancel fee? feels wrong', ('name', 'Kwesi Ampofo-Daniels'), ('date', 'Thursday 8 January 2026'), ('place', 'Ashgrove Mill Road')),
    C("Can anyone in Ballinhassig Cross take Saoirse Ní Fhlannagáin? DOB 11.09.2002, emetophobia, currently at Mardyke Gardens student residence. She'd prefer in person.", ('place', 'Ballinhassig Cross'), ('name', 'Saoirse Ní Fhlannagáin'), ('date', '11.09.2002'), ('place', 'Mardyke Gardens')),
    C('Couples work - Henrik and Agnethe Solberg married June 17, 1979, now in their seventies, first therapy ever. They drive in from Fredrikstad each week. Looking for Gottman-trained consult buddy.', ('name', 'Henrik and Agnethe Solberg'), ('date', 'June 17, 1979'), ('place', 'Fredrikstad')),
    C("Hi all, my teen client jaxon mcveigh told me his stepdad's birthday is 5th of Nov 1974 and he dreads bonfire night every year because of what happened at the Sutton Coldharbour allotments. ideas for trauma-informed safety planning?", ('name', 'jaxon mcveigh'), ('date', '5th of Nov 1974'), ('place', 'Sutton Coldharbour')),
    C("For consult: Fatuma Abdirahman Warsame, admitted to St Vincent's Fitzroy on 17 Aug 2025 after an overdose, discharged to me for DBT-informed follow up. Interpreter needed (Somali).", ('name', 'Fatuma Abdirahman Warsame'), ('place', "St Vincent's Fitzroy"), ('date', '17 Aug 2025')),
    C("Gwilym Prosser's hearing at the family court is 21/05/2026, custody of the twins. He's asked me for a letter about his progress. I've only seen him six times at the Cwmafan Isaf clinic. Too early?", ('name', 'Gwilym Prosser'), ('date', '21/05/2026'), ('place', 'Cwmafan Isaf')),
    C("anyone near Thirroul Heights? Bianca Tuilagi (dob 30.06.1999) needs an ADHD-informed therapist after diagnosis, she's a nurse doing nights", ('place', 'Thirroul Heights'), ('name', 'Bianca Tuilagi'), ('date', '30.06.1999')),
    C('She turned ninety-one and five months last week and still drives to the Hollybush Lane allotment daily. Mrs Edna Pilkington\'s daughter wants me to "talk her out of it". Not my role, surely?', ('age_over_89', 'ninety-one and five months'), ('place', 'Hollybush Lane'), ('name', 'Edna Pilkington')),
    C("Dementia carers group: Vasily Kuznetsov, 94 come Candlemas, lives with his daughter in Brighton-le-Sands. She's exhausted. Any carer support referrals you'd recommend?", ('name', 'Vasily Kuznetsov'), ('age_over_89', '94 come Candlemas'), ('place', 'Brighton-le-Sands')),
    C('My oldest client ever - Aunty Rangimarie Tipene, ninety-seven going on ninety-eight, at Pongakawa Flats. She wants to do life review before she goes. Looking for reading on narrative work with kuia.', ('name', 'Rangimarie Tipene'), ('age_over_89', 'ninety-seven going on ninety-eight'), ('place', 'Pongakawa Flats')),
    C("Guardianship question: Horace Bellweather is 102 years and four months old and his nephew wants capacity assessment. Lives alone outside Bishop's Castle. Who does these privately in Shropshire?", ('name', 'Horace Bellweather'), ('age_over_89', '102 years and four months'), ('place', "Bishop's Castle"), ('place', 'Shropshire')),
    C("pádraig o'leary is ninety-three this Lent and grieving his wife, lives in Ahascragh Cross. Son asked me to see him online. Any tips on tech with very old clients?", ('name', "pádraig o'leary"), ('age_over_89', 'ninety-three this Lent'), ('place', 'Ahascragh Cross')),
    C('Hospice team asked me to see Chiyo Watanabe-Hale, 99 in her own reckoning, at Lakeshore Hospice Pavilion, about fears of dying without her sister. First session Tuesday.', ('name', 'Chiyo Watanabe-Hale'), ('age_over_89', '99 in her own reckoning'), ('place', 'Lakeshore Hospice Pavilion')),
    C('Grandad Ted Honeysett (ninety-two, ninety-three in spring) has moved into Marigold Court care home and his grandson (my client) feels guilty. Family session worth it?', ('name', 'Ted Honeysett'), ('age_over_89', 'ninety-two, ninety-three in spring'), ('place', 'Marigold Court')),
    C("Capacity letter requested for Leocadia Ferreira, aged 96 and three weeks, who wants to change her will, lives in Vale da Amoreira Sul. Her Portuguese GP asked me as the family's therapist. Outside my competence?", ('name', 'Leocadia Ferreira'), ('age_over_89', 'aged 96 and three weeks'), ('place', 'Vale da Amoreira Sul')),
    C("centenarian interview project - Maud Ellacott just turned a hundred and one this Whitsun at Cherrywood Lodge and wants to talk about her brother's death in the war. is this research or therapy??", ('name', 'Maud Ellacott'), ('age_over_89', 'a hundred and one this Whitsun'), ('place', 'Cherrywood Lodge')),
    C('Veteran client Walter "Buzz" Kaminski, 91 as of Veterans Day, in Taylorsburg Flats. VA psychologist retired, he wants continuity. Who takes Tricare for Life?', ('name', 'Walter "Buzz" Kaminski'), ('age_over_89', '91 as of Veterans Day'), ('place', 'Taylorsburg Flats')),
    C("Sister Bernadette Quigley's brother is ninety-five and counting and she's caring for him at the convent in Kilbrack Abbey; she's burning out. Religious life carers - resources?", ('name', 'Bernadette Quigley'), ('age_over_89', 'ninety-five and counting'), ('place', 'Kilbrack Abbey')),
    C('Elderly couple: Ruben Castellanos, 95 next Epiphany, and his wife, both in a retirement village in Concepción. Chilean colleague asks about grief work before an expected death.', ('name', 'Ruben Castellanos'), ('age_over_89', '95 next Epiphany'), ('place', 'Concepción')),
    C('Isidore Lamontagne is ninety-eight, nearly ninety-nine, and asks every session whether it\'s "worth starting therapy at my age". Lives at Résidence Les Érables. What do you say?', ('name', 'Isidore Lamontagne'), ('age_over_89', 'ninety-eight, nearly ninety-nine'), ('place', 'Résidence Les Érables')),
    C("Please call Delphine Marcoux-Hale back on 07712 448 093 re: couples intake - she's in Chorlton Brookside and only free after 6pm.", ('name', 'Delphine Marcoux-Hale'), ('phone', '07712 448 093'), ('place', 'Chorlton Brookside')),
    C('new referral - mum is Keisha Dorsey-Boateng, best number (404) 555-0187, son 9 has selective mutism, school is Peachtree Ridge Elementary. she\'s anxious about "labels"', ('name', 'Keisha Dorsey-Boateng'), ('phone', '(404) 555-0187'), ('place', 'Peachtree Ridge Elementary')),
    C("If anyone can take Tomasz Ziętarski, he's in Langley Marish Green, phone +44 7908 221 654, wants CBT for health anxiety, Polish-speaking preferred.", ('name', 'Tomasz Ziętarski'), ('place', 'Langley Marish Green'), ('phone', '+44 7908 221 654')),
    C('Aroha Walker-Ngata asked me to give her number 021 448 9930 to a colleague in Karaka Downs who does kaupapa Māori counselling. Happy to share with consent - who?', ('name', 'Aroha Walker-Ngata'), ('phone', '021 448 9930'), ('place', 'Karaka Downs')),
    C('Left a vm for Liam Fitzsimons at 087 335 2190 twice. DV safety concerns, lives near Kilnamanagh Green. Do I keep trying or is that risky if the partner hears?', ('name', 'Liam Fitzsimons'), ('phone', '087 335 2190'), ('place', 'Kilnamanagh Green')),
    C("urgent-ish: teen Zara Mahmood, dad's mobile 0412 660 357, school refusing since term 3 at Glen Waverley Secondary. anyone with a gap?", ('name', 'Zara Mahmood'), ('phone', '0412 660 357'), ('place', 'Glen Waverley Secondary')),
    C("Can someone in Bearspaw Ridge take Brayden Two Feathers? Mom's number 403-555-0146. Lives on Tsuut'ina land, wants an Indigenous-informed clinician.", ('place', 'Bearspaw Ridge'), ('name', 'Brayden Two Feathers'), ('phone', '403-555-0146'), ('place', "Tsuut'ina")),
    C('Colleague in Kileleshwa Heights asks for supervision on Wanjiru Gathoni-Mbugua, reached on +254 722 318 406, a teacher at Kilimani Girls after a student suicide.', ('place', 'Kileleshwa Heights'), ('name', 'Wanjiru Gathoni-Mbugua'), ('phone', '+254 722 318 406'), ('place', 'Kilimani Girls')),
    C("Abuela Consuelo Ibarra calls me on 55 4821 3307 every week to ask how her grandson is - he's my adult client in Barrio de la Conchita Alta. Boundaries help please!", ('name', 'Consuelo Ibarra'), ('phone', '55 4821 3307'), ('place', 'Barrio de la Conchita Alta')),
    C('Firefighter client Shane Kowalczyk gave me (617) 555-0162 as emergency contact - his brother at Engine 37 in Roslindale Square East. is that ok to hold?', ('name', 'Shane Kowalczyk'), ('phone', '(617) 555-0162'), ('place', 'Roslindale Square East')),
    C("pls ring dr ifeoma nwosu on 0161 496 0734, she's the perinatal psych at Wythenshawe Hospital and wants to discuss our shared client", ('name', 'ifeoma nwosu'), ('phone', '0161 496 0734'), ('place', 'Wythenshawe Hospital')),
    C('Harjit Bhullar-Kang changed her number to 604 555 0174 after leaving her husband, now in Surrey Newton. Should I update the EHR or keep it off record for safety?', ('name', 'Harjit Bhullar-Kang'), ('phone', '604 555 0174'), ('place', 'Surrey Newton')),
    C("Fax the ED discharge for Cormac Delaney to (212) 555-0148 - the psychiatrist at Bellevue Annex Seven still only accepts faxes. 2026 and we're still faxing", ('name', 'Cormac Delaney'), ('fax', '(212) 555-0148'), ('place', 'Bellevue Annex Seven')),
    C("For anyone referring to Ridgecrest Eating Disorders Unit: their intake fax is (503) 555-0178, attn Marisol Echenique. They wouldn't take email.", ('place', 'Ridgecrest Eating Disorders Unit'), ('fax', '(503) 555-0178'), ('name', 'Marisol Echenique')),
    C('the GP surgery in Mytholm Steeps asked me to fax the letter for Rhiannon Tait to 01422 555 219. do people still own fax machines in the UK??', ('place', 'Mytholm Steeps'), ('name', 'Rhiannon Tait'), ('fax', '01422 555 219')),
    C('Sending a referral for Yuto Kishimoto to Kōtō Family Clinic, fax +81 3 5555 0172. Colleague says Japanese clinics still love fax. True?', ('name', 'Yuto Kishimoto'), ('place', 'Kōtō Family Clinic'), ('fax', '+81 3 5555 0172')),
    C("Mrs Adaeze Okafor's insurer wants treatment notes by fax to 1-888-555-0145 before approving more ED sessions. Practice is in Four Corners Ridge. Minimum necessary?", ('name', 'Adaeze Okafor'), ('fax', '1-888-555-0145'), ('place', 'Four Corners Ridge')),
    C('Fax (02) 9555 0187 is the intake line for Cumberland Hospital - needed it for Mitchell Ferguson last week after he was scheduled.', ('fax', '(02) 9555 0187'), ('place', 'Cumberland Hospital'), ('name', 'Mitchell Ferguson')),
    C("Hospital in Knocknacarra West sent me a fax for Orla Mac Giolla from 091 555 437. I don't have a fax. I have an eFax app. Is that HIPAA/GDPR-okay?", ('place', 'Knocknacarra West'), ('name', 'Orla Mac Giolla'), ('fax', '091 555 437')),
    C("anyone know if Oakmont Behavioral takes referrals by fax? they gave 412-555-0129 for Tyrese Whitfield's chart or only by portal? asking for a friend", ('place', 'Oakmont Behavioral'), ('fax', '412-555-0129'), ('name', 'Tyrese Whitfield')),
    C("Ngaio Rewiti's psychiatrist at Middlemore Mothers Wing wants my report faxed to 09 555 2763. first fax of my life lol Do I just send it from the library?", ('name', 'Ngaio Rewiti'), ('place', 'Middlemore Mothers Wing'), ('fax', '09 555 2763')),
    C("Our practice in Coaldale Flats got a misdirected fax from (403) 555-0158 with Garrett Lonefight's records. Not our client. What's the protocol?", ('place', 'Coaldale Flats'), ('fax', '(403) 555-0158'), ('name', 'Garrett Lonefight')),
    C('Please fax the consent for Amara Eze to +234 1 555 0193, the clinic in Parkview Estate Ikoyi - Nigerian colleague, cross-border supervision.', ('name', 'Amara Eze'), ('fax', '+234 1 555 0193'), ('place', 'Parkview Estate Ikoyi')),
    C("Fax from Limerick Mental Health Services (061 555 884) requesting Declan Hogan's file. Do I need his written consent even though they're the referrer?", ('place', 'Limerick Mental Health Services'), ('fax', '061 555 884'), ('name', 'Declan Hogan')),
    C('Róisín Keaveney emails me from roisin.keaveney82@eircom.net between sessions, long messages about her ex. Practice is in Sallins Lock. How do you set email boundaries without it feeling punitive?', ('name', 'Róisín Keaveney'), ('email', 'roisin.keaveney82@eircom.net'), ('place', 'Sallins Lock')),
    C("Intake form came back with client email big_dave_the_plumber@hotmail.co.uk - that's Dave Stainthorpe from Hartlepool, referred by his EAP for anger after a road incident.", ('email', 'big_dave_the_plumber@hotmail.co.uk'), ('name', 'Dave Stainthorpe'), ('place', 'Hartlepool')),
    C('pls cc m.oyelowo@lagosfamilytherapy.ng on the consult summary - Dr Modupe Oyelowo is co-working the family from Lekki Gardens Phase 4 with me', ('email', 'm.oyelowo@lagosfamilytherapy.ng'), ('name', 'Modupe Oyelowo'), ('place', 'Lekki Gardens Phase 4')),
    C("The school counsellor at Northcote High (jpetrakis@northcotehigh.vic.edu.au, that's Joanna Petrakis) wants to loop me in about a student. What do I need before replying?", ('place', 'Northcote High'), ('email', 'jpetrakis@northcotehigh.vic.edu.au'), ('name', 'Joanna Petrakis')),
    C('client lachlan brodie signed up for the portal with lachie.brodie.fife@gmail.com but his wife reads that inbox. DV concerns, Dysart Braes. separate address?', ('name', 'lachlan brodie'), ('email', 'lachie.brodie.fife@gmail.com'), ('place', 'Dysart Braes')),
    C('Ex-client Anneliese Vogt wrote from a.vogt@posteo.de asking for her records after moving back to Herdern-Süd. GDPR subject access - what format do people send?', ('name', 'Anneliese Vogt'), ('email', 'a.vogt@posteo.de'), ('place', 'Herdern-Süd')),
    C("Hamid Rezaei (refugee, Fairfield Heights West) uses his caseworker's email settlement.caseworker7@ssi.org.au for appointment reminders. Is that okay consent-wise?", ('name', 'Hamid Rezaei'), ('place', 'Fairfield Heights West'), ('email', 'settlement.caseworker7@ssi.org.au')),
    C('Got a weird email from kaylee.s.drummond@outlook.com claiming to be Kaylee Drummond\'s sister and asking whether she\'s "still going to therapy in Harris Ranch North". Not replying obviously. Document?', ('email', 'kaylee.s.drummond@outlook.com'), ('name', 'Kaylee Drummond'), ('place', 'Harris Ranch North')),
    C("Teacher client Mr Obadiah Tredwell - his school email ofenwick@stcuthbertsacademy.org.uk is monitored by IT at St Cuthbert's Academy. Told him to use personal.", ('name', 'Obadiah Tredwell'), ('email', 'ofenwick@stcuthbertsacademy.org.uk'), ('place', "St Cuthbert's Academy")),
    C('For the perfectionism group, Mei-Ling Sato in Oak Ridges Moraine Estates is coordinating, email meiling.sato.rsw@rogers.com for the consult time.', ('name', 'Mei-Ling Sato'), ('place', 'Oak Ridges Moraine Estates'), ('email', 'meiling.sato.rsw@rogers.com')),
    C("Pastor Thaddeus Ogunleye, the minister, emails from pastor.thad@gracechapelhalifax.ca; his congregation in Woodlawn Crossing doesn't know he's in therapy. religious trauma consult wanted", ('name', 'Thaddeus Ogunleye'), ('email', 'pastor.thad@gracechapelhalifax.ca'), ('place', 'Woodlawn Crossing')),
    C("can someone pass my details to kiri henare? she's at kirihenare.counselling@xtra.co.nz and works out of Ngongotahā Valley", ('name', 'kiri henare'), ('email', 'kirihenare.counselling@xtra.co.nz'), ('place', 'Ngongotahā Valley')),
    C("Jovana Petrović sent me her safety plan link https://docs.google.com/document/d/1xQ7jovana-safetyplan-v3 - she's in a shelter in Liman Četiri. Is it safe for me to edit a shared Google Doc?", ('name', 'Jovana Petrović'), ('url', 'https://docs.google.com/document/d/1xQ7jovana-safetyplan-v3'), ('place', 'Liman Četiri')),
    C('client posted his recovery blog www.soberinsligo.ie/blog/my-first-90-days and named me in it. Fintan Mulhern, Rosses Point Road AA circuit. how do I raise this gently?', ('url', 'www.soberinsligo.ie/blog/my-first-90-days'), ('name', 'Fintan Mulhern'), ('place', 'Rosses Point Road')),
    C("Bethany Crowhurst's GoFundMe for her late brother is at gofundme.com/f/justice-for-callum-crowhurst - it mentions our sessions at Tunbridge Wells. Ask her to edit?", ('name', 'Bethany Crowhurst'), ('url', 'gofundme.com/f/justice-for-callum-crowhurst'), ('place', 'Tunbridge Wells')),
    C("ED client Sienna Halvorsen runs a what-I-eat TikTok, tiktok.com/@siennaeatsrecovery_mn - I only found it because she showed me. She's in Lakeside Lester Park. Do I look at it or not?", ('name', 'Sienna Halvorsen'), ('url', 'tiktok.com/@siennaeatsrecovery_mn'), ('place', 'Lakeside Lester Park')),
    C("Father's custody evaluator sent a Dropbox link https://www.dropbox.com/s/k82pq1/Oakes_eval_final.pdf for Remy Oakes's records, family court in Hilltop Tacoma Annex. Secure enough?", ('url', 'https://www.dropbox.com/s/k82pq1/Oakes_eval_final.pdf'), ('name', 'Remy Oakes'), ('place', 'Hilltop Tacoma Annex')),
    C('Naledi Dlamini wants to share her therapist-finder profile https://www.therapyroute.com/therapist/naledi-dlamini-durban-7731 in our Umhlanga Ridge Extension group. it has her home suburb listed', ('name', 'Naledi Dlamini'), ('url', 'https://www.therapyroute.com/therapist/naledi-dlamini-durban-7731'), ('place', 'Umhlanga Ridge Extension')),
    C("anyone seen bit.ly/3Ffx9Kq-bianchi-review? it's a review site post by Giorgio Bianchi about his therapist in Harris Park East and a colleague thinks it's about her", ('url', 'bit.ly/3Ffx9Kq-bianchi-review'), ('name', 'Giorgio Bianchi'), ('place', 'Harris Park East')),
    C("Zoom link for Ezinne Chukwu's family session: https://us06web.zoom.us/j/84412093377 - she joins from Trans-Ekulu Phase 6, dad from Chapel Allerton Gate. Posting so co-therapist has it.", ('name', 'Ezinne Chukwu'), ('url', 'https://us06web.zoom.us/j/84412093377'), ('place', 'Trans-Ekulu Phase 6'), ('place', 'Chapel Allerton Gate')),
    C("Harriet Ollerenshaw's daughter made a memorial page www.muchloved.com/harriet-ollerenshaw-1931 and tagged the Saddleworth bereavement service. She was my client. grief of my own here", ('name', 'Harriet Ollerenshaw'), ('url', 'www.muchloved.com/harriet-ollerenshaw-1931'), ('place', 'Saddleworth')),
    C("Sharing the intake form link for Dr Ayesha Qureshi's practice in Erin Mills Crossing: https://intake.qureshipsychology.ca/new-client?ref=peer - she's taking OCD referrals", ('name', 'Ayesha Qureshi'), ('place', 'Erin Mills Crossing'), ('url', 'https://intake.qureshipsychology.ca/new-client?ref=peer')),
    C("client buster kinnaird emailed a link to his band's page soundcloud.com/busterkinnaird-glasgow, wants me to listen. Thornwood Drive gigs. boundary or rapport?", ('name', 'buster kinnaird'), ('url', 'soundcloud.com/busterkinnaird-glasgow'), ('place', 'Thornwood Drive')),
    C("The private Facebook group for parents at Whitebridge Primary (facebook.com/groups/whitebridgeparents2024) has a post about Colm Breathnach's son. He's asking me what to do.", ('place', 'Whitebridge Primary'), ('url', 'facebook.com/groups/whitebridgeparents2024'), ('name', 'Colm Breathnach')),
    C("Got an alert: login to our EHR from 203.0.113.47 using Noor Al-Sayed's client portal account, location shown as Warrendale Square. She says it wasn't her. Breach?", ('ip_address', '203.0.113.47'), ('name', 'Noor Al-Sayed'), ('place', 'Warrendale Square')),
    C("Telehealth tech q: Gustavo Pereira keeps dropping out, his router is 192.168.7.254 and he's in Jardim das Bandeiras Alto. Anything I can tell him to try?", ('name', 'Gustavo Pereira'), ('ip_address', '192.168.7.254'), ('place', 'Jardim das Bandeiras Alto')),
    C("The audit log shows 198.51.100.149 opening Eilidh MacIver-Rose's notes at 3am - not my IP. We share rooms in Sandwickhill. Who do I tell first?", ('ip_address', '198.51.100.149'), ('name', 'Eilidh MacIver-Rose'), ('place', 'Sandwickhill')),
    C("IT guy says the portal brute-force attempt on Trinity Oduya's account came from 2001:db8:4a2c::19f, origin Rockwood Heights. She fears it's her ex.", ('name', 'Trinity Oduya'), ('ip_address', '2001:db8:4a2c::19f'), ('place', 'Rockwood Heights')),
    C("Kenji Mori-Baptiste asked why our booking page blocked him - logs say 100.64.22.190, he's on the Ilam Fields campus wifi. CGNAT?", ('name', 'Kenji Mori-Baptiste'), ('ip_address', '100.64.22.190'), ('place', 'Ilam Fields')),
    C('Heads up: spam booking requests from 45.77.182.6 using fake names like Pepper Ashdown, aimed at clinicians in Hangleton Bottom. Filter?', ('ip_address', '45.77.182.6'), ('name', 'Pepper Ashdown'), ('place', 'Hangleton Bottom')),
    C("Client Dolores Vega-Ruiz's son hacked her account - the sign-in came from 172.20.14.88 on their home network in Palm Springs North. Elder abuse angle?", ('name', 'Dolores Vega-Ruiz'), ('ip_address', '172.20.14.88'), ('place', 'Palm Springs North')),
    C('My telehealth platform logged Rafferty Quinn joining from 185.220.101.33, which the platform says is Grafarholt. He told me he was home. Safety plan relies on location...', ('name', 'Rafferty Quinn'), ('ip_address', '185.220.101.33'), ('place', 'Grafarholt')),
    C('sorry to bother - 10.12.4.201 is the only static IP at the Parkhurst Health Centre and Yasmin Bakr used it to access our practice WiFi. do I need to log it?', ('ip_address', '10.12.4.201'), ('place', 'Parkhurst Health Centre'), ('name', 'Yasmin Bakr')),
    C('Portal message for Thandiwe Mokoena bounced; bounce header shows 41.185.26.119, a server near Zondi Extension 3. Colleague in SA says normal?', ('name', 'Thandiwe Mokoena'), ('ip_address', '41.185.26.119'), ('place', 'Zondi Extension 3')),
    C("odd - client pita havili logs in from 2404:4408:63a1::2 (NZ) but lives in Nuku'alofa. VPN for privacy from family, she says. fine?", ('name', 'pita havili'), ('ip_address', '2404:4408:63a1::2'), ('place', "Nuku'alofa")),
    C("EAP case: Gordon McBurnie shows up twice in our system from 81.2.69.160; he's a driver out of Larkhall. Duplicate record, merge?", ('name', 'Gordon McBurnie'), ('ip_address', '81.2.69.160'), ('place', 'Larkhall')),
    C("Forensic q: Darnell Whitacre's SSN 523-71-8846 is printed on the probation referral from Pueblo County. Do I shred the page after scanning or keep the original?", ('name', 'Darnell Whitacre'), ('ssn', '523-71-8846'), ('place', 'Pueblo County')),
    C('Marguerite Fontenot-Guidry read out her social, 438 62 1197, on our voicemail because the billing form "asked". She\'s in Carencro Bayou. Delete the message?', ('name', 'Marguerite Fontenot-Guidry'), ('ssn', '438 62 1197'), ('place', 'Carencro Bayou')),
    C("Canadian insurer wants Devinder Grewal's SIN (812 447 309) on the claim form for sessions in Clearbrook Crossing. Is that even legal? I thought SIN was restricted", ('name', 'Devinder Grewal'), ('ssn', '812 447 309'), ('place', 'Clearbrook Crossing')),
    C('UK client Callum Rigby wrote his NI number QR 48 27 91 C on the intake sheet for the Wigan EAP. We never asked for it. What do I do with it?', ('name', 'Callum Rigby'), ('ssn', 'QR 48 27 91 C'), ('place', 'Wigan')),
    C("PPS number 7741238FA was on the Tusla letter for Aoife Brannigan's foster placement in Coosan Point. Is a therapist supposed to see that?", ('ssn', '7741238FA'), ('name', 'Aoife Brannigan'), ('place', 'Coosan Point')),
    C("immigration hardship eval - Esperanza Galindo's ITIN 941-83-7720 - the attorney in El Paso needs it on my report? seems wrong", ('name', 'Esperanza Galindo'), ('ssn', '941-83-7720'), ('place', 'El Paso')),
    C('Tax form question: contractor Benedikt Krauss gave SSN 604-19-3358 for the 1099, works in our Haw Creek Valley group practice. Store it in the EHR or separately?', ('name', 'Benedikt Krauss'), ('ssn', '604-19-3358'), ('place', 'Haw Creek Valley')),
    C('Jury duty letter for Opal Featherstonehaugh lists her social security number 287-40-6613; she brought it to session in Ballenger Creek Run. Panicky about identity theft. CBT angle?', ('name', 'Opal Featherstonehaugh'), ('ssn', '287-40-6613'), ('place', 'Ballenger Creek Run')),
    C('Nnamdi Okonkwo-Bell is in the US on a visa, A-number A 214-668-903, asylum case in Ironbound Annex. Lawyer wants my psych eval by next month.', ('name', 'Nnamdi Okonkwo-Bell'), ('ssn', 'A 214-668-903'), ('place', 'Ironbound Annex')),
    C('client kelsey marchbanks texted me her ssn 351 88 2047 by accident (meant for her mum) - Brushy Creek Ranch. delete and document?', ('name', 'kelsey marchbanks'), ('ssn', '351 88 2047'), ('place', 'Brushy Creek Ranch')),
    C('Intake at our Sault Ste. Marie office: Mathieu Beaulieu wrote SIN 946-218-553 in the "emergency contact" box. Strange but ok. Redact?', ('place', 'Sault Ste. Marie'), ('name', 'Mathieu Beaulieu'), ('ssn', '946-218-553')),
    C('NI no. JT 62 91 04 B for Precious Mutasa, needed by the Thornton Heath Pond housing office for her hardship letter. Can I include it or just reference it?', ('ssn', 'JT 62 91 04 B'), ('name', 'Precious Mutasa'), ('place', 'Thornton Heath Pond')),
    C("Isaac Greenbaum's hospital number at Hadassah Ein Kerem is HD-4471902; Israeli colleague asks about continuity when he moves to our practice.", ('name', 'Isaac Greenbaum'), ('place', 'Hadassah Ein Kerem'), ('medical_record', 'HD-4471902')),
    C('Discharge summary from Royal Hobart Hospital for Skye Lennox-Marsh, URN 0493817. Anorexia, step-down to me. What labs do I need to keep an eye on?', ('place', 'Royal Hobart Hospital'), ('name', 'Skye Lennox-Marsh'), ('medical_record', '0493817')),
    C("Teodoro Salazar's MRN at Parkland is MRN 55-208-317 - ED wants us to reference it in the crisis plan. Normal? I'd rather use initials in my own plan.", ('name', 'Teodoro Salazar'), ('place', 'Parkland'), ('medical_record', 'MRN 55-208-317')),
    C("NHS number 485 777 3456 on the letter for Gemma Lowther from Pinderfields Ward 4 Annex. I'd rather not have it in my own notes. Thoughts?", ('medical_record', '485 777 3456'), ('name', 'Gemma Lowther'), ('place', 'Pinderfields Ward 4 Annex')),
    C('referral from Starship for Manaia Faleolo, NHI ZQB4417, 15, post-suicide-attempt, wants follow-up in the community', ('place', 'Starship'), ('name', 'Manaia Faleolo'), ('medical_record', 'ZQB4417')),
    C("Chart no. C-2201-88410 at Sunnybrook Bayview Wing - that's Ruth Abergel, eating disorder intensive. She wants me to see her in parallel. Possible?", ('medical_record', 'C-2201-88410'), ('place', 'Sunnybrook Bayview Wing'), ('name', 'Ruth Abergel')),
    C('Hospital number H7730462 for Eamon Tierney at Beaumont Whitehall Unit - mental health liaison asked me to call. OCD with suicidal ideation.', ('medical_record', 'H7730462'), ('name', 'Eamon Tierney'), ('place', 'Beaumont Whitehall Unit')),
    C("Padma Lakshmanan's UHID at NIMHANS Hosur Road Annex is UH-2019-660411; she's now in therapy with me online and wants her old notes transferred.", ('name', 'Padma Lakshmanan'), ('place', 'NIMHANS Hosur Road Annex'), ('medical_record', 'UH-2019-660411')),
    C('Jonah Pettigrew came from McLean with MRN 0084-519-27 on every page of the discharge packet. Do I need all 40 pages in my file?', ('name', 'Jonah Pettigrew'), ('place', 'McLean'), ('medical_record', '0084-519-27')),
    C("Patient ID KCH-8842117 on the letter about Temitope Adeyemi from King's College Hospital. She never consented to them writing to me.", ('medical_record', 'KCH-8842117'), ('name', 'Temitope Adeyemi'), ('place', "King's College Hospital")),
    C('MRN 22-0917736 at Cedars-Sinai for Valentina Oropeza, BDD. surgeon wants a psych clearance before rhinoplasty #3. how do I approach this?', ('medical_record', '22-0917736'), ('place', 'Cedars-Sinai'), ('name', 'Valentina Oropeza')),
    C('record number QEH 60-33-914 for agnes whitcombe, discharged from Queen Elizabeth Hospital Adelaide to a nursing home. family therapy asked for', ('medical_record', 'QEH 60-33-914'), ('name', 'agnes whitcombe'), ('place', 'Queen Elizabeth Hospital Adelaide')),
    C("Medicare number 2953 41876 1 for Stavros Kyriakou - clinic in Oakleigh, mental health care plan, 10 sessions. He's used 6 elsewhere. Check how?", ('health_plan', '2953 41876 1'), ('name', 'Stavros Kyriakou'), ('place', 'Oakleigh')),
    C("Latoya Pennington's Medicaid ID GA447102938 is rejected by our clearinghouse. Practice is in Macon. Who else has this issue?", ('name', 'Latoya Pennington'), ('health_plan', 'GA447102938'), ('place', 'Macon')),
    C('Aetna member ID W228 841 075 for Graham Tidwell, Fountain City Heights. They keep denying 90837. Appeal letter tips? Or do I just go private pay?', ('health_plan', 'W228 841 075'), ('name', 'Graham Tidwell'), ('place', 'Fountain City Heights')),
    C("OHIP 4417-293-856-KT for Sunita Dhaliwal, Malvern Town Centre - psychiatrist is covered but I'm not. She wants me anyway. sliding scale?", ('health_plan', '4417-293-856-KT'), ('name', 'Sunita Dhaliwal'), ('place', 'Malvern Town Centre')),
    C('NDIS participant no. 431 998 270 - Tully Ashworth, autistic teen, plan manager in Townsville wants my reports monthly. Too much?', ('health_plan', '431 998 270'), ('name', 'Tully Ashworth'), ('place', 'Townsville')),
    C('Bupa membership BUP 7720 3315 92 for Ffion Meredith in Penparcau. Bupa wants me on their panel first. anyone been through that?', ('health_plan', 'BUP 7720 3315 92'), ('name', 'Ffion Meredith'), ('place', 'Penparcau')),
    C('Medi-Cal CIN 93748215A for Rosa Villanueva in Fresno - county says she\'s "not eligible for outpatient". She\'s clearly eligible.', ('health_plan', '93748215A'), ('name', 'Rosa Villanueva'), ('place', 'Fresno')),
    C("Blue Cross ID XYZ882740119 for Carter Bellamy, Eastown Grand. They say couples therapy isn't covered unless one has a diagnosis. Ethics?", ('health_plan', 'XYZ882740119'), ('name', 'Carter Bellamy'), ('place', 'Eastown Grand')),
    C('Southern Cross member 71240-8831 for Hemi Tautahi-Reweti in Gonville Domain. Do they cover counselling or only psychology? His GP thinks psychology only.', ('health_plan', '71240-8831'), ('name', 'Hemi Tautahi-Reweti'), ('place', 'Gonville Domain')),
    C("VHI policy VH 5519 2207 for Ciara Devlin - she's in Dundalk and they only reimburse accredited psychotherapists. IACP enough?", ('health_plan', 'VH 5519 2207'), ('name', 'Ciara Devlin'), ('place', 'Dundalk')),
    C("Tricare ID 2017 4483 126 for Sgt Lamar Haskins, he's at Fort Liberty Smoke Bomb Hill. Military OneSource vs Tricare - which is easier?", ('health_plan', '2017 4483 126'), ('name', 'Lamar Haskins'), ('place', 'Fort Liberty Smoke Bomb Hill')),
    C('Manulife plan GRP 88041 / ID 220197534 for Élodie Tremblay in Aylmer-Deschênes, $500/yr cap. Couples work uses it up in 3 sessions.', ('health_plan', 'GRP 88041 / ID 220197534'), ('name', 'Élodie Tremblay'), ('place', 'Aylmer-Deschênes')),
    C("Refund question - Cressida Vane overpaid, her account is sort code 20-45-77, acc 61839204; she's moved from Pannal Ash to Spain. Refund by bank transfer ok?", ('name', 'Cressida Vane'), ('account', 'sort code 20-45-77, acc 61839204'), ('place', 'Pannal Ash')),
    C('EAP case number EAP-2026-118734 for Bogdan Ionescu, warehouse worker at Daventry distribution park. EAP wants outcome scores after every session.', ('account', 'EAP-2026-118734'), ('name', 'Bogdan Ionescu'), ('place', 'Daventry')),
    C("Winifred Abara's ACC claim ACC 40028817 for sensitive claims counselling, Cannons Creek Valley. ACC wants an assessment report by week 6 - template anyone?", ('name', 'Winifred Abara'), ('account', 'ACC 40028817'), ('place', 'Cannons Creek Valley')),
    C('Client Desmond Fairweather paid by cheque no. 007762 from account 30991827 and it bounced. He runs a cafe in Nailsworth Bottom. How do you handle it kindly?', ('name', 'Desmond Fairweather'), ('account', '007762'), ('account', 'account 30991827'), ('place', 'Nailsworth Bottom')),
    C("Court case FAM-24-00917 in Multnomah Village - Joelle Petitjean's custody matter, her lawyer subpoenaed my notes. Step by step?", ('account', 'FAM-24-00917'), ('place', 'Multnomah Village'), ('name', 'Joelle Petitjean')),
    C('Student number s4471208 on the disability letter for Aarav Bhattacharya, University of Waikato. Uni wants me to confirm ADHD "severity". not my call', ('account', 's4471208'), ('name', 'Aarav Bhattacharya'), ('place', 'University of Waikato')),
    C('Victim compensation claim VOC-33019-NSW for Mahala Ingram in Wongarbon, DV counselling. Anyone fill these in before?', ('account', 'VOC-33019-NSW'), ('name', 'Mahala Ingram'), ('place', 'Wongarbon')),
    C("Oisín Mac Carthaigh's IBAN IE29 AIBK 9311 5212 3456 78 for the refund. He's moved from Blennerville Quay. Fine to refund to an IBAN from my practice account?", ('name', 'Oisín Mac Carthaigh'), ('account', 'IE29 AIBK 9311 5212 3456 78'), ('place', 'Blennerville Quay')),
    C('Workers comp claim WC-88217-TX for Ramón Echeverría, roofer from Las Cruces Colonia, fell two storeys, PTSD. Adjuster calls me weekly. Normal?', ('account', 'WC-88217-TX'), ('name', 'Ramón Echeverría'), ('place', 'Las Cruces Colonia')),
    C("Payment plan: Gloria Mendelssohn paying $40/wk from account BSB 062-914 1128 5507 - she's in Beaconsfield Rise. How long do you let balances run?", ('name', 'Gloria Mendelssohn'), ('account', 'BSB 062-914 1128 5507'), ('place', 'Beaconsfield Rise')),
    C("Student loan account SLC 1122-8840-97 was on Harvey Oduya's hardship letter from Goldsmiths Deptford Annex. Can I return it to him?", ('account', 'SLC 1122-8840-97'), ('name', 'Harvey Oduya'), ('place', 'Goldsmiths Deptford Annex')),
    C('Insurance claim ref CLM-7739-2025-KD for Kaitlyn Doherty in Ballyraine Cross, road traffic accident. Solicitor wants "prognosis". hmm', ('account', 'CLM-7739-2025-KD'), ('name', 'Kaitlyn Doherty'), ('place', 'Ballyraine Cross')),
    C("LPC license LPC 88120 - Jamal Thornberry - Red Bank Hollow. Board complaint filed by an ex-client's mum. Anyone been through a TN board complaint?", ('licence', 'LPC 88120'), ('name', 'Jamal Thornberry'), ('place', 'Red Bank Hollow')),
    C('Supervision credentials: Wren Castellano, LMFT LMFT 119284, practising in Berkeley. Looking for someone to sign off her hours.', ('name', 'Wren Castellano'), ('licence', 'LMFT 119284'), ('place', 'Berkeley')),
    C("HCPC registration PYL 34912 for Nathaniel Opoku, practising in Markhouse Corner. He's been suspended pending a hearing and I'm his supervisor. What are my obligations?", ('licence', 'PYL 34912'), ('name', 'Nathaniel Opoku'), ('place', 'Markhouse Corner')),
    C('Priya Sundaram - CRPO CRPO 013527 - wants a clinical supervisor in Forest Heights Kitchener. Any RP supervisors with spots? Evenings preferred, virtual fine.', ('name', 'Priya Sundaram'), ('licence', 'CRPO 013527'), ('place', 'Forest Heights Kitchener')),
    C('AHPRA PSY0002019473 - Marcus Wiremu Clarke, psychologist in Edge Hill Gardens - is looking for peer consult on forensic reports.', ('licence', 'PSY0002019473'), ('name', 'Marcus Wiremu Clarke'), ('place', 'Edge Hill Gardens')),
    C("BACP membership 00837215 for Heather Ollivant, Dartington Cross - she's asking if her lapsed membership affects her client contracts. Anyone know?", ('licence', '00837215'), ('name', 'Heather Ollivant'), ('place', 'Dartington Cross')),
    C('CORU reg no. SW046188 - Éanna Scully, social worker in Mullingar. Wants to do therapy privately too. Is that allowed?', ('licence', 'SW046188'), ('name', 'Éanna Scully'), ('place', 'Mullingar')),
    C("NISCC 6300417 - Bronagh McKeown, Derrybeg Park. Safeguarding question from a foster carer she supervises. She's not sure whether to report to the Trust first or to the regulator.", ('licence', '6300417'), ('name', 'Bronagh McKeown'), ('place', 'Derrybeg Park')),
    C("Licence no. PSY 31082 belongs to Kai Nakamura's supervisor in Pasadena, who is retiring mid-year. His hours - who signs them now?", ('licence', 'PSY 31082'), ('name', 'Kai Nakamura'), ('place', 'Pasadena')),
    C('NMC pin 09A4821E - Josephine Adomako, mental health nurse at Springfield Tooting Annex who also does private CBT. Indemnity question.', ('licence', '09A4821E'), ('name', 'Josephine Adomako'), ('place', 'Springfield Tooting Annex')),
    C('Psychology licence LP 6719 - Anders Nyqvist, Lakeside Lester Park... no, Two Harbors. Telehealth into Wisconsin - PSYPACT covers it?', ('licence', 'LP 6719'), ('name', 'Anders Nyqvist'), ('place', 'Lakeside Lester Park'), ('place', 'Two Harbors')),
    C('Driving instructor Gethin Rowlands lost his instructor licence ADI 558102 after a complaint; seeing me in Johnstown Carmarthen Fach for shame and anger.', ('name', 'Gethin Rowlands'), ('licence', 'ADI 558102'), ('place', 'Johnstown Carmarthen Fach')),
    C("My client Felicity Grange keeps seeing her ex's car, reg LK19 XRB, outside her flat in Streatham. Police say no offence. Safety planning?", ('name', 'Felicity Grange'), ('vehicle', 'LK19 XRB'), ('place', 'Streatham')),
    C("DeShawn Mobley described the truck that followed him, plate GHX-4471, in Belmont Ridge Dayton. He's a trauma client; hypervigilant or real? Both?", ('name', 'DeShawn Mobley'), ('vehicle', 'GHX-4471'), ('place', 'Belmont Ridge Dayton')),
    C("Plate CZH 882 (Ontario) - Marie-Ève Pelletier-Roy's ex has been parking at our Chapel Hill South office. We've called police. What else?", ('vehicle', 'CZH 882'), ('name', 'Marie-Ève Pelletier-Roy'), ('place', 'Chapel Hill South')),
    C('the car reg 241-D-19883 is parked at my Inchydoney Road rooms every session Niamh Coakley has. DV. do i note it? or is that paranoid of me', ('vehicle', '241-D-19883'), ('place', 'Inchydoney Road'), ('name', 'Niamh Coakley')),
    C('Ruairí Hanlon was caught drink driving in the van 08-KY-4417, lost his job at Summercove marina. Alcohol work - who does MI well?', ('name', 'Ruairí Hanlon'), ('vehicle', '08-KY-4417'), ('place', 'Summercove')),
    C("Rego 1XQZ-907 in Victoria belongs to Carly Bressington's stalker; she lives in Kangaroo Flat West. Intervention order pending. Trauma work while unsafe?", ('vehicle', '1XQZ-907'), ('name', 'Carly Bressington'), ('place', 'Kangaroo Flat West')),
    C("Client Hone Tawhiri's car KPR771 was towed outside our Claudelands Bridge clinic - during his session. He's furious at us. Liability?", ('name', 'Hone Tawhiri'), ('vehicle', 'KPR771'), ('place', 'Claudelands Bridge')),
    C('Tariq Haddad drives a taxi, plate T 10473, and had a passenger assault him in Pitshanger Village. Return-to-work plan help?', ('name', 'Tariq Haddad'), ('vehicle', 'T 10473'), ('place', 'Pitshanger Village')),
    C("Truck CA 7GKZ219 hit Mateo Barragán's son's bike in Oildale Flats. Parents now in couples therapy with me. Blame is tearing them apart.", ('vehicle', 'CA 7GKZ219'), ('name', 'Mateo Barragán'), ('place', 'Oildale Flats')),
    C("Lwazi Ndlovu's taxi ND 447-208 was hijacked in Pinetown; South African colleague asks about EMDR for carjacking.", ('name', 'Lwazi Ndlovu'), ('vehicle', 'ND 447-208'), ('place', 'Pinetown')),
    C("The van MN 4GT-881 Corbin Haugen crashed was a work vehicle from the Moorhead co-op; he's on leave. Guilt is the main theme; the boss keeps ringing.", ('vehicle', 'MN 4GT-881'), ('name', 'Corbin Haugen'), ('place', 'Moorhead')),
    C("Sister's car SN71 FDK - Morag Cruickshank keeps ruminating about lending it the night of the crash near Kintore Mains.", ('vehicle', 'SN71 FDK'), ('name', 'Morag Cruickshank'), ('place', 'Kintore Mains')),
    C("Home visit request: Beatrice Oyelaja-Hart, 47 Quarry Lane, Mexborough S64 9QT. Agoraphobia, hasn't left the house in 2 years. Lone-working policy advice?", ('name', 'Beatrice Oyelaja-Hart'), ('street_address', '47 Quarry Lane'), ('place', 'Mexborough'), ('zip_code', 'S64 9QT')),
    C("Please send the letter for Clement Arsenault to 1182 rue Saint-Olivier, Limoilou-Nord G1R 2N4 - he doesn't use email. French-language practice.", ('name', 'Clement Arsenault'), ('street_address', '1182 rue Saint-Olivier'), ('place', 'Limoilou-Nord'), ('zip_code', 'G1R 2N4')),
    C("New client address on file: 23 Wirihana Street, Kaiapoi 7630 - that's Tamati Reihana. Rural, mostly phone sessions.", ('street_address', '23 Wirihana Street'), ('place', 'Kaiapoi'), ('zip_code', '7630'), ('name', 'Tamati Reihana')),
    C('Lorraine Bickerstaff moved to Flat 3, 9 Stanmore Crescent, Greenisland Upper BT38 7HL and wants to keep seeing me in Stranmillis Embankment. Travel fine she says.', ('name', 'Lorraine Bickerstaff'), ('street_address', 'Flat 3, 9 Stanmore Crescent'), ('place', 'Greenisland Upper'), ('zip_code', 'BT38 7HL'), ('place', 'Stranmillis Embankment')),
    C("Safe house address 512 W Cypress Ave, Lompoc, CA 93436 was accidentally printed on Yesenia Carrillo's superbill. Breach notification?", ('street_address', '512 W Cypress Ave'), ('place', 'Lompoc'), ('zip_code', '93436'), ('name', 'Yesenia Carrillo')),
    C('Invoice going to 88 Brunswick Road, Pascoe Vale South VIC 3044 for Theo Kalogeropoulos - his dad pays. Confidentiality with a 17yo?', ('street_address', '88 Brunswick Road'), ('place', 'Pascoe Vale South'), ('zip_code', '3044'), ('name', 'Theo Kalogeropoulos')),
    C("Shreya Iyer lives at C-204, Lotus Residency, 14th Cross, Jayanagar 9th Block, Bengaluru South 560041; she'd like therapy in Kannada. Any Indian colleagues?", ('name', 'Shreya Iyer'), ('street_address', 'C-204, Lotus Residency, 14th Cross'), ('place', 'Jayanagar 9th Block'), ('place', 'Bengaluru South'), ('zip_code', '560041')),
    C("Outreach visit for Dermot Keogh, The Old Forge, Ballyduff Road, Carlow R93 X2F7 - he won't come to clinic. Hoarding? No - depression with self-neglect.", ('name', 'Dermot Keogh'), ('street_address', 'The Old Forge, Ballyduff Road'), ('place', 'Carlow'), ('zip_code', 'R93 X2F7')),
    C("Mail for Bettina Holloway goes to PO Box 2218, Halibut Point, AK 99835 - fisherman's wife, seasonal depression, telehealth only.", ('name', 'Bettina Holloway'), ('street_address', 'PO Box 2218'), ('place', 'Halibut Point'), ('zip_code', '99835')),
    C("Returned post for Luka Babić from 14 Barnards Row, Harrow Green E11 4QB. He's disengaged. Discharge or chase? He has a history of going quiet before crises.", ('name', 'Luka Babić'), ('street_address', '14 Barnards Row'), ('place', 'Harrow Green'), ('zip_code', 'E11 4QB')),
    C("Mahnaz Tehrani's new address is 2750 Kingsway, Suite 410, Renfrew-Collingwood BC V5R 5H5, her office. Should I send the report there?", ('name', 'Mahnaz Tehrani'), ('street_address', '2750 Kingsway, Suite 410'), ('place', 'Renfrew-Collingwood'), ('zip_code', 'V5R 5H5')),
    C('Parenting assessment: Cody Lutterworth lives at 6 Peppertree Close, Littlehampton Gully SA 5251 with the kids, mum in Bayswater Perth. Court wants home observation.', ('name', 'Cody Lutterworth'), ('street_address', '6 Peppertree Close'), ('place', 'Littlehampton Gully'), ('zip_code', '5251'), ('place', 'Bayswater Perth')),
    C("Ingrid Sæther's CPAP machine, serial RMD-AS11-44820917, keeps waking her; sleep clinic in Kroken wants CBT-I alongside. Norwegian colleague asking.", ('name', 'Ingrid Sæther'), ('device', 'RMD-AS11-44820917'), ('place', 'Kroken')),
    C("Fergal Duignan has a vagus nerve stimulator (serial VNS 106-283391) for epilepsy and anxiety spikes, he's in Roscommon. Any psych considerations with VNS?", ('name', 'Fergal Duignan'), ('device', 'VNS 106-283391'), ('place', 'Roscommon')),
    C('Spinal cord stimulator SCS IPG 7730-4418 in Lydia Hathersage, chronic pain, Buxton. Pain ACT group - she worries the device "listens". Hmm', ('device', 'SCS IPG 7730-4418'), ('name', 'Lydia Hathersage'), ('place', 'Buxton')),
    C('Ankle monitor no. EM-221947 on Jerome Castillo; probation in Lincoln Village Stockton says he can attend therapy within the exclusion zone. Shame work?', ('device', 'EM-221947'), ('name', 'Jerome Castillo'), ('place', 'Lincoln Village Stockton')),
    C("Audrey Lumsden's SCRAM bracelet SCRAM CAM 50-88213 went off during session at our Dunwoody Panhandle office. It was her hand sanitiser. Documenting?", ('name', 'Audrey Lumsden'), ('device', 'SCRAM CAM 50-88213'), ('place', 'Dunwoody Panhandle')),
    C('Oura ring serial OR3-5E7A-19C2 - Marlowe Ng obsessively checks her sleep score, Chatswood. Orthosomnia. CBT-I with trackers?', ('device', 'OR3-5E7A-19C2'), ('name', 'Marlowe Ng'), ('place', 'Chatswood')),
    C("Power chair serial PDL-M3-092217 for Kofi Asante-Mensah in Asokwa Estates broke down; he's housebound and low. Ghanaian colleague asks.", ('device', 'PDL-M3-092217'), ('name', 'Kofi Asante-Mensah'), ('place', 'Asokwa Estates')),
    C('Baclofen pump SynchroMed II NGV419822H alarm went off in session with Rachel Oyelowo-Simms in Headington. She has MS. What now?', ('device', 'SynchroMed II NGV419822H'), ('name', 'Rachel Oyelowo-Simms'), ('place', 'Headington')),
    C('AAC tablet ID TD-I13-00452781 for Milo Arbuthnot, autistic, nonspeaking, Acacia Bay. School lost the device. Any therapists who work with AAC users?', ('device', 'TD-I13-00452781'), ('name', 'Milo Arbuthnot'), ('place', 'Acacia Bay')),
    C('Holter monitor HM-3300-74281 on Gianna Cavalluzzo, panic attacks, cardiologist in Hoboken ruled out arrhythmia. Now what?', ('device', 'HM-3300-74281'), ('name', 'Gianna Cavalluzzo'), ('place', 'Hoboken')),
    C('Microprocessor knee serial C-Leg4 3C98-61004 - Baraka Odhiambo-Were lost his leg in a matatu crash in Nakuru. Body image work.', ('device', 'C-Leg4 3C98-61004'), ('name', 'Baraka Odhiambo-Were'), ('place', 'Nakuru')),
    C('Continuous glucose sensor G7 SN 4J8R2-77031 on Tilly Greaves - diabulimia, Shelthorpe uni. She removes it before weigh-ins.', ('device', 'G7 SN 4J8R2-77031'), ('name', 'Tilly Greaves'), ('place', 'Shelthorpe')),
    C('Referral came dated 02/12/2025 for Habib Rahimi from the Kabul Street refugee hub in Holroyd Plaza. Pashto interpreter needed; GP is chasing me for an appointment date.', ('date', '02/12/2025'), ('name', 'Habib Rahimi'), ('place', 'Kabul Street'), ('place', 'Holroyd Plaza')),
    C("Shoshana Feld asked me to see her brother after their mother died in Efrat. I'm not sure about dual relationships.", ('name', 'Shoshana Feld'), ('place', 'Efrat')),
    C('Does anyone in Lenah Valley run a DBT skills group? Ellery Vandermeer needs one after discharge. Ideally starting in the new year, evenings.', ('place', 'Lenah Valley'), ('name', 'Ellery Vandermeer')),
    C("bilal chaudhry from Stratford Road Sparkhill got into a fight outside the mosque and now won't go to Friday prayers. anger or anxiety?", ('name', 'bilal chaudhry'), ('place', 'Stratford Road Sparkhill')),
    C('Katarzyna Lis works at the Obins Street meat plant and says the shifts are driving her drinking. Occupational angle?', ('name', 'Katarzyna Lis'), ('place', 'Obins Street')),
    C('Referral from the Glenvale Community Mental Health Team for Olly Partington, 24, first episode psychosis, family in Undercliffe.', ('place', 'Glenvale Community Mental Health Team'), ('name', 'Olly Partington'), ('place', 'Undercliffe')),
    C('Te Rina Marsden wants sessions outdoors at Tāmaki Drive beach. Walk-and-talk insurance? Does your indemnity cover sessions outside the room?', ('name', 'Te Rina Marsden'), ('place', 'Tāmaki Drive')),
    C('Yaw Ofosu-Kwarteng and his partner Rudolf Eisenmann want couples work about moving from Stoke Newington Church Street to Britz-Buckow Ost. One is keen, one is terrified.', ('name', 'Yaw Ofosu-Kwarteng'), ('name', 'Rudolf Eisenmann'), ('place', 'Stoke Newington Church Street'), ('place', 'Britz-Buckow Ost')),
    C("my client suki nakashima was sacked by the Fitzroy North cafe she'd worked at for 10 years - the owner's her aunt. family + work grief", ('name', 'suki nakashima'), ('place', 'Fitzroy North')),
    C("Alasdair Strachan is a deacon at St Machar's Cathedral and his faith crisis is bringing on panic. anyone with religious trauma expertise?", ('name', 'Alasdair Strachan'), ('place', "St Machar's Cathedral")),
    C('Valeria Rinaldi is a nun at the convent in Assisi and wants online therapy in English. Italian colleague cannot take her.', ('name', 'Valeria Rinaldi'), ('place', 'Assisi')),
    C('Family: Zuhair and Leila Farouk fostering two kids in Banglatown Detroit; kids came from Lansing group home. Attachment-focused ideas?', ('name', 'Zuhair'), ('name', 'Leila Farouk'), ('place', 'Banglatown Detroit'), ('place', 'Lansing')),
    C("Cathal Maguire coaches under-12s at Ballybofey GAA and a kid disclosed abuse to him. He's my client and shaken. Supervision need.", ('name', 'Cathal Maguire'), ('place', 'Ballybofey')),
    C("Mere Tapsell runs the kōhanga at Hukutaia Flats and a parent threatened her. Trauma debrief? She's not sleeping and blames herself for the kids seeing it.", ('name', 'Mere Tapsell'), ('place', 'Hukutaia Flats')),
    C("Dimitri Papadakis owns Papadakis Fish Bar in Sunderland and was robbed at knifepoint. ASD symptoms. Ideas? He won't go back behind the counter.", ('name', 'Dimitri Papadakis'), ('place', 'Papadakis Fish Bar'), ('place', 'Sunderland')),
    C("Has anyone combined Fairburn's CBT-E with Family-Based Treatment for older adolescents? The Maudsley manual says FBT works best under 18, but our Tuesday team keeps debating it with the Dietitians Australia guidance in mind."),
    C('Reading recommendation thread: I loved "The Body Keeps the Score" by Bessel van der Kolk years ago, but now I lean towards Deb Dana\'s Polyvagal work and Pat Ogden\'s Sensorimotor Psychotherapy. What else?'),
    C("quick poll - who still uses the EDE-Q vs the EDE-QS for weekly tracking alongside the CIA 3.0 and the SCOFF? SimplePractice lets me upload custom measures but TherapyNotes doesn't, as far as I can tell"),
    C("Switching from Lexapro to Zoloft (escitalopram 10mg to sertraline 50mg) - a client with OCD asked me what to expect. Obviously I'll refer to the GP, but any plain-English handouts from Mind or Rethink?"),
    C("Anyone going to the ACBS World Conference in July? I'm torn between that and the EMDR Europe conference in June; can only afford one, and Medicare rebates won't cover CPD."),
    C("ERP question. Foa and Kozak's emotional processing theory vs Craske's inhibitory learning model - which do you actually teach clients? I find the Craske framing easier to explain on a Monday morning."),
    C('Ramadan starts soon and a few of my Muslim clients with eating disorders are asking about fasting. The Muslim Council of Britain and BEAT have a joint leaflet I think? Or was that the Mental Health Foundation?'),
    C("In the UK, NICE guideline NG69 covers eating disorders; in Australia it's the RANZCP guideline. Do Irish colleagues follow the HSE Model of Care or something else?"),
    C('Does anyone have a good script for explaining ADHD to parents? I use Russell Barkley\'s "Taking Charge of ADHD" and the Hallowell and Ratey book "Driven to Distraction" but they\'re dense for tired parents in November.'),
    C('Looking for a CPD course on Emotionally Focused Therapy. ICEEFT lists Externships in Ottawa and Sydney; anyone done the online one? Is it worth it vs Gottman Level 1?'),
    C('Vent: Optum denied 90847 again saying "family therapy without the patient present" - the patient WAS present. Called Provider Services twice. Any appeal templates?'),
    C('Psychodynamic folks: Winnicott\'s "good enough mother" keeps coming up with new parents in my groups. Do you find Fonagy\'s Mentalization-Based Treatment or Bowlby\'s attachment work more useful for explaining it?'),
    C('For those doing autism assessments - ADOS-2 plus the ADI-R, or do you prefer the MIGDAS-2 and the DISCO? NHS England pathways differ so much between ICBs.'),
    C("Thinking of joining the BABCP register (for CBT Accreditation) and the BACP at the same time, with the PSA's Accredited Registers in mind. Is double membership worth the fees? UKCP seems better for Integrative practitioners."),
    C('My Halloween reminder: the Exposure hierarchy for a kid with emetophobia might include costume parties. SPACE (Lebowitz) is great for parents here, plus the "Free from OCD" workbook by Sisemore.'),
    C('Does Medicare Australia still allow 10 Better Access sessions, or did it go back to 10 after the 20 during COVID? The Department of Health website is confusing on this.'),
    C('For selective mutism, I\'ve used Maggie Johnson\'s "Selective Mutism Resource Manual" and the Sliding-In technique. Any newer evidence from the SMIRA network or Smart Center?'),
    C("Has anyone tried the Safe and Sound Protocol (Porges, via Unyte) with autistic teens? I'm skeptical but a parent asked after reading about it on Instagram."),
    C("Easter break is coming and my DBT skills group will pause for two weeks. Linehan's manual has no guidance on breaks - do you give Diary Cards anyway? TIPP and STOP handouts?"),
    C("For the Gottman fans: the Sound Relationship House, Four Horsemen and Love Maps all worked well with my Friday couples, but Stan Tatkin's PACT feels more embodied. Thoughts?"),
    C('Anyone using Jane App vs Cliniko in Australia? Jane seems friendlier for Canadian practices with Interac and the CRA receipts, Cliniko better for Medicare claiming via Tyro.'),
    C("Just finished the Schema Therapy Society (ISST) Level 1. Young's early maladaptive schemas plus Arntz's imagery rescripting - a great combo for Chronic depression and Cluster C stuff."),
    C('Lithium levels question - a client on Priadel 800mg says the GP only checks every six months. NICE CG185, the BNF and the Maudsley Prescribing Guidelines all say three-monthly in the first year. Am I overstepping if I mention it to the Community Pharmacist or the GP Practice?'),
    C('If you work with veterans: Prolonged Exposure (Foa), CPT (Resick) and Written Exposure Therapy (Sloan and Marx) are all on the VA/DoD guideline. Anyone find WET more acceptable?'),
    C('Ugh, Headway is paying 30 days late again and Alma says the same about Cigna. Are people moving back to private pay or to Rula and Grow Therapy?'),
    C('Recommended podcasts for new clinicians: "Therapist Uncensored", "The Thoughtful Counselor" and "Psychologists Off the Clock". Anything Irish or Australian to add?'),
    C('My Thursday group is reading "Maybe You Should Talk to Someone" by Lori Gottlieb. It\'s lovely for psychoeducation but some find it too American. Any UK equivalent?'),
    C('For OCD with scrupulosity, I rely on Abramowitz and Jacoby\'s work and the IOCDF\'s resources. Any Catholic clinicians who use the "Scrupulous Anonymous" newsletter?'),
    C("Does anyone know if the PSYBA in Australia requires a Supervisor Training course refresh every five years? AHPRA's website points to the Board, which points back to AHPRA."),
    C('Adult ADHD: I use the ASRS v1.1 and DIVA-5 before referring to psychiatry. Elvanse (lisdexamfetamine) seems to be the first-line in the UK, Vyvanse in the US, same drug.'),
    C('Went to the Family Therapy Networker Symposium in Washington DC last March. Highlights: Esther Perel on infidelity and Resmaa Menakem on racialised trauma. Strongly recommend.'),
    C("CBT-I for shift workers - Colin Espie's Sleepio vs the Somryst app, or just the Perlis manual? Our NHS Talking Therapies service seems to prefer Sleepio now."),
    C("I use Kristin Neff's Self-Compassion Scale with perfectionism clients, plus the Frost Multidimensional Perfectionism Scale. Curious whether anyone uses the Hewitt and Flett version."),
    C('Reminder for UK colleagues: Mental Health Awareness Week is in May and the Mental Health Foundation chooses a theme each year. Any ideas for our practice newsletter?'),
    C('Sertraline 100mg plus Propranolol 40mg PRN for performance anxiety - a musician client asked if beta blockers are "cheating". Any good reading from the BAPAM or Help Musicians?'),
    C('Gender-affirming care question: WPATH SOC8 dropped the letter requirement for some adults. Does the NHS Gender Identity Clinic pathway still ask for two letters? Or is that just private?'),
    C("Which trauma screen do you use with teens? CATS, CPSS-5 or the Child PTSD Symptom Scale? I'm also looking at the UCLA PTSD-RI for DSM-5."),
    C('Has anyone done the Internal Family Systems Level 1 with the IFS Institute? Dick Schwartz\'s "No Bad Parts" is popular with clients, but the training waitlist is long.'),
    C("Compassion Focused Therapy (Paul Gilbert) for shame in eating disorders - Ken Goss's CFT-E adaptation is brilliant. The Compassionate Mind Foundation runs a course in October."),
    C("The Beck Institute offers CBT for Psychosis training online now. Does it compare to the Royal College of Psychiatrists' CBTp programme?"),
    C("Question for Canadian RPs: does Sun Life or Canada Life cover Registered Psychotherapists in Ontario without a physician's referral? Green Shield seems fine with it."),
    C('New client paperwork tip: I built my intake in Jotform, synced it to Google Workspace under a BAA, and moved reminders to Doxy.me. Much less admin on a Monday.'),
    C('For dementia carers I recommend "The 36-Hour Day" (Mace and Rabins) and the Alzheimer\'s Society\'s Carer Support, plus Dementia UK\'s Admiral Nurses. Any Irish equivalent?'),
    C('Postvention after a client\'s suicide: Jack Jordan\'s work and the Harvard "Clinician Survivor" network helped me. Samaritans also has a leaflet for professionals.'),
    C("Mindfulness-Based Cognitive Therapy (Segal, Williams and Teasdale) for recurrent depression - anyone using the Oxford Mindfulness Centre's online teacher training?"),
    C("Black Friday sales on CEU bundles are everywhere. Has anyone found PESI's Certificates actually worth it vs a proper Diploma through the Tavistock?"),
    C("Tips for Zoom fatigue? I've switched to Doxy for some sessions and use Otter for dictation (with consent). Blocking Wednesdays off has helped most."),
    C('ACT resources: Russ Harris\'s "The Happiness Trap", Hayes\' Hexaflex diagrams, and the Matrix by Polk and Schoendorff. What\'s your favourite for teenagers?'),
    C('Anyone trained in the Unified Protocol (Barlow)? It seems good for comorbid anxiety and depression, and the Oxford University Press workbook is cheap.'),
    C('Stimulants and eating disorders - Ritalin or Concerta can suppress appetite. How do you coordinate with the prescribing psychiatrist when a client has Bulimia and ADHD?'),
    C('Does anyone use the Y-BOCS and the DOCS together? The DOCS is quicker, but the Yale-Brown interview feels more thorough for Hoarding and Harm obsessions. Checking before my Friday intake.'),
    C('Clonazepam (Klonopin) tapering - the Ashton Manual is still the go-to I think, but psychiatrists in New Zealand seem to follow the Goodman Gilman pharmacology more. Anyone have the Bpac NZ guidance?'),
    C("Diwali week is always tough for my Hindu clients in recovery from alcohol use. Any culturally adapted relapse prevention? I've used Marlatt and Gordon's model plus SMART Recovery."),
    C("For couples in recovery, Behavioural Couples Therapy (O'Farrell and Fals-Stewart) has decent evidence. Anyone trained? The Al-Anon and CRAFT approaches are more common here."),
    C("Autism and eating: ARFID is showing up more. The PARDI and the NIAS are my screens; Thomas and Eddy's CBT-AR book from Cambridge University Press is excellent."),
    C('Therapist self-care book club: "Trauma Stewardship" by Laura van Dernoot Lipsky, then "The Gift of Therapy" by Irvin Yalom. Meeting on Zoom the first Sunday of each month.'),
    C('Is anyone using Spravato (esketamine) in their practice via a psychiatrist partner? The REMS requirements in the US and the TGA rules in Australia look quite different.'),
    C('NHS Talking Therapies uses the PHQ-9, GAD-7 and WSAS every session. Is it worth adding the CORE-10 or is that overkill? Our Clinical Lead is keen but our admin team is not.'),
    C('Our group practice moved from Kareo to SimplePractice in January and now to Tebra. Lesson learned: export everything to PDF before you cancel. Stripe payouts got messy.'),
    C('Christmas Day is hard for many clients. Anyone run a Boxing Day drop-in? Samaritans and SilverLine are open, and Lifeline in Australia runs 24/7.'),
    C('Prazosin for nightmares - the VA used it a lot, then the Raskind trial in the NEJM was disappointing. Imagery Rehearsal Therapy (Krakow) may be better. Thoughts?'),
    C('For clinicians in Ireland: the PSI, IACP and IAHIP all have different CPD rules and CORU registration for Counsellors is coming. Anyone following the Statutory Registration timeline?'),
    C('Narrative Therapy folks: Michael White\'s "Maps of Narrative Practice" and the Dulwich Centre\'s courses - anyone done the Masters through the University of Melbourne?'),
    C('I love the Circle of Security parenting course (Hoffman, Cooper, Powell). The DVD-based version works online too. Anyone facilitating in the Spring term?'),
    C('Does Kaiser cover Internal Family Systems or only CBT? A client was told by Member Services that "alternative modalities" aren\'t covered. That seems like a stretch.'),
    C('Trying Motivational Interviewing (Miller and Rollnick, 4th edition) with a teen who vapes. Any MINT trainers recommend a refresher? Looking at something in August.'),
    C("BDD resources: David Veale and Fugen Neziroglu's book, the BDD Foundation's website, and the BDD-YBOCS. Any cosmetic surgeons who actually refer to therapists?"),
    C('For postpartum OCD, I like Fairbrother\'s "Dropping the Baby and Other Scary Thoughts" and Postpartum Support International\'s trainings. Maternal OCD (the UK charity) is great too.'),
    C('We\'re building a perfectionism group based on "Overcoming Perfectionism" (Shafran, Egan and Wade). Twelve weeks, Wednesdays, with the CPQ each fortnight. Anyone run one?'),
    C('Anyone using the Greenspan Floortime or the Hanen Programme alongside therapy with autistic preschoolers? Speech Pathology Australia recommended Hanen to one family.'),
    C('Olanzapine weight gain is awful for my clients with psychosis. Metformin co-prescribing is in the Lester UK Adaptation. Is it routine in Canada?'),
    C('Religious trauma: Marlene Winell\'s work and "Leaving the Fold" - plus Laura Anderson\'s "When Religion Hurts You". The Religious Trauma Institute runs a certificate in Autumn.'),
    C("Teachers' wellbeing: Education Support in the UK has a free Helpline, and in Australia the Black Dog Institute has a Teacher Wellbeing program. What about Canada?"),
    C('Hey all, can anyone recommend a CE course on Ethics and Telehealth for Texas and Florida? The TSBEP and the Florida Board both want it before renewal in December.'),
    C('Clozapine clinic question - ANC monitoring is weekly for 18 weeks, then fortnightly. Does anyone know if the Clozaril Patient Monitoring Service still runs in the UK?'),
    C('For kids with anxiety: "Helping Your Anxious Child" by Ron Rapee, Cool Kids from Macquarie University, and the Coping Cat (Kendall). Which works online best?'),
    C("Trichotillomania isn't my specialty, but the TLC Foundation for BFRBs has a directory. The ComB model (Mansueto) seems good. Any Australian practitioners trained?"),
    C('Reminder that Pride Month starts Saturday. Our practice is doing a fundraiser for The Trevor Project and Switchboard. Ideas for an inclusive intake form?'),
    C('ABA vs Neurodiversity-affirming care is dividing our referral network. The Autistic Self Advocacy Network and Reframing Autism have good position statements.'),
    C('Just finished "Hold Me Tight" (Sue Johnson) with a couple. They said the Demon Dialogues chapter changed everything. Johnson\'s EFT manual is more technical, of course.'),
    C('Does Anthem Blue Cross still require prior authorisation for Intensive Outpatient? Our UR coordinator says yes since October, Magellan says no.'),
    C('Has anyone read Janina Fisher\'s "Healing the Fragmented Selves of Trauma Survivors"? Combining it with Structural Dissociation theory (van der Hart, Nijenhuis, Steele) has helped me.'),
    C('Seasonal Affective Disorder season - Lumie lamps, 10,000 lux for 30 minutes in the morning, plus CBT-SAD (Rohan). Any Northern clinicians with better approaches?'),
    C('Vyvanse shortage again in the US. The FDA site says November, the ASHP says later. Clients are rationing, and Adderall XR generics are hit-and-miss.'),
    C("For the LGBTQ+ clinicians: Pink Therapy's training in the UK and the Gender Spectrum course in the US are both excellent. Anyone done the Australian Professional Association for Trans Health stuff?"),
    C('Does Medicare Part B cover a 90791 with a Licensed Professional Counselor from January? The CMS final rule says yes; our billing team at Availity still says no.'),
    C("Psychologists in Aotearoa: the NZ Psychologists Board's Cultural Competencies and Te Tiriti o Waitangi requirements are tightening. Any workshops you'd recommend for Matariki?"),
    C('Bereavement resources: "It\'s OK That You\'re Not OK" by Megan Devine, Cruse Bereavement Support, and the Dual Process Model (Stroebe and Schut). Any others?'),
    C("Anyone using Woebot or Wysa as homework apps? The NHS Digital assessment passed Wysa, but I'm uneasy about AI for Suicidal ideation."),
    C("Medication interaction worry: St John's Wort plus Sertraline. A client's naturopath suggested it. Serotonin syndrome risk is real - how do you address it without overstepping?"),
    C('For addiction counsellors: the ASAM Criteria, the Matrix Model and SMART Recovery all show up on UK and US services. Which do you prefer for Stimulant use?'),
    C("Grief around Mother's Day is common in my fertility group. I usually point to the Miscarriage Association, Tommy's and Sands. Any Canadian equivalents?"),
    C("Family Systems theory (Bowen) and genograms via GenoPro - anyone have a better tool than McGoldrick and Gerson's templates? Lucidchart works but is clunky. Mondays I do genograms with every new family."),
    C('Thinking of using the DERS and the Difficulties in Emotion Regulation Scale Short Form for DBT outcome tracking. Is the DERS-16 validated in Spanish and Portuguese?'),
    C("Hypnotherapy question: Milton Erickson's work is fascinating but the APA and BPS are cautious. Does anyone combine Clinical Hypnosis with CBT for IBS pain?"),
    C('New to first responder work. Which is better for Firefighters: the IES-R or the PCL-5? The IAFF Center of Excellence and Code 9 Project both have useful material for families too.'),
    C("My Australian colleagues rave about Phoenix Australia's guidelines for PTSD. Are they stricter than the ISTSS ones? I'm preparing a talk for the APS College of Clinical Psychologists in Brisbane."),
    C("Quetiapine (Seroquel) at 25mg for sleep - so many clients on it off-label. The Maudsley Prescribing Guidelines say it's not ideal. How do you raise it with the GP?"),
    C('For Sex Therapy training, AASECT in the US, COSRT in the UK, and the Society of Australian Sexologists. Anyone recommend Emily Nagoski\'s "Come As You Are" for clients?'),
    C("Open dialogue fans: Jaakko Seikkula's work from Finland is inspiring. Has the NHS Peer-supported Open Dialogue trial (ODDESSI) reported yet? I heard September."),
    C('Hi - is the Oxford Handbook of Clinical Psychology worth buying, or is "Abnormal Psychology" by Comer enough for the BPS Qualification in Clinical? Asking for a trainee.'),
    C('Neurofeedback for ADHD: the AAP says Level 1 evidence is lacking. NICE says no. A client asked about Brainpaint and Myndlift. What do you say?'),
    C("Suicide risk formulation - I've moved from the SAD PERSONS scale to the CAMS framework (Jobes) and the Columbia C-SSRS. Collaborative Assessment has changed my Thursday clinic."),
    C('Looking for Spanish-language CBT workbooks for Panic. Barlow\'s "Mastery of Your Anxiety and Panic" has an edition in Spanish from Oxford? Or should I use the Mexican IMSS material?'),
    C('Our supervision group is reading Nancy McWilliams\' "Psychoanalytic Diagnosis". Chapter on Depressive Personalities is a gem. Next meeting is the Tuesday after Thanksgiving.'),
    C("For burnout: Christina Maslach's MBI, plus the Copenhagen Burnout Inventory (free). We're running a pilot with the BMA and Doctors' Support Network in the New Year."),
    C("The EMDRIA conference is in Anaheim this year. Any Canadians going? EMDR Canada's Annual Conference clashes with it, which is annoying."),
    C('Antipsychotic-induced akathisia looks like Anxiety so often. Propranolol or Mirtazapine seem to help. Anyone have a good handout from Choice and Medication?'),
    C('For teenage self-harm: the Royal College of Psychiatrists\' "Self-harm in young people" guidance plus Headspace (the Australian service, not the app) are good. Anything from Jigsaw in Ireland?'),
    C('Kindly share: SPACE manual (Lebowitz and Omer), "Breaking Free of Child Anxiety and OCD". The Yale Child Study Center runs training every Spring. Costly though.'),
    C('Sleep hygiene leaflets from the Sleep Foundation vs Sleep Health Foundation (Australia) - any preference? I want something for Adolescents with Delayed Sleep Phase.'),
    C('Guilt question: I\'m going on Maternity leave in March. How did you handle endings? I\'m reading Irvin Yalom\'s "Love\'s Executioner" again and Nancy Chodorow on endings.'),
    C('Has anyone used the Healthy Minds Program or Headspace Health in therapy? Calm and Insight Timer are my go-to for Mindfulness homework, but clients like variety.'),
    C('Borderline personality disorder: MBT (Bateman and Fonagy), DBT (Linehan), STEPPS (Blum) and GPM (Gunderson). Anyone run GPM in private practice? Seems ideal for Solo practitioners.'),
    C("Rural clinicians: the CRANAplus Bush Support Line and the Royal Flying Doctor Service mental health teams. Any similar services in Canada's North or in Alaska?"),
    C('Chronic Fatigue and ME: the NICE 2021 guideline dropped Graded Exercise Therapy. The ME Association welcomed it. How has that changed your CBT approach?'),
    C('If you do couples work with Neurodivergent partners, "The Mind of the Autistic Partner" by Cynthia Kim and Eva Mendes\' work on Asperger\'s couples are worth a look.'),
    C("Weekend question: who celebrates Thanksgiving with their Canadian clients in October vs American clients in November? I've had both in one week and got confused!"),
    C('For Dissociative Identity Disorder, the ISSTD guidelines and the DES-II are my starting point. The Tri-Phasic Model (Herman) frames most of my work.'),
    C('I need a good intro on Acceptance and Commitment Therapy for Chronic pain. McCracken\'s work and "Living Beyond Your Pain" by Dahl and Lundgren are on my list.'),
    C("The ANZAED conference in Auckland in August is calling for papers. Anyone submitting on ARFID or Male eating disorders? I'd love a co-author."),
    C("My go-to for grief in children is Winston's Wish and the Childhood Bereavement Network. Barnardo's in Ireland has a good program too. Any Australian picks?"),
    C('Non-suicidal self-injury assessment: the ISAS (Klonsky) or the SITBI (Nock)? Also does anyone use the Deliberate Self-Harm Inventory by Gratz?'),
    C('Do you recommend Talkspace or BetterHelp as a side gig? Several of our Associates tried it; the pay per Word seems low and HIPAA compliance unclear.'),
    C('For parents of teens with Anorexia, "Help Your Teenager Beat an Eating Disorder" (Lock and Le Grange) is gold. F.E.A.S.T. and the Butterfly Foundation have great carer resources too.'),
    C('Hoping someone can recommend supervision via the AAMFT Approved Supervisor pathway. My state board in Georgia now accepts Virtual Supervision for LAMFTs.'),
    C('What do people use for outcome monitoring: NovoPsych, Greenspace or the Owl platform? Our Australian clinic uses NovoPsych for the DASS-21 and K10.'),
    C('Eid al-Fitr falls on a Monday this year. Do you offer session moves for Muslim clients who celebrate? I also use the Muslim Youth Helpline and Inspirited Minds leaflets, and send a short note after Ramadan ends.'),
    C('Quick check: is Wellbutrin (bupropion) contraindicated with Bulimia Nervosa? I remember the FDA label says yes because of Seizure risk. Confirm before I mention it to a GP?'),
    C('Gestalt folks: Perls, Hefferline and Goodman\'s book is dense. Anyone recommend Joyce and Sills\' "Skills in Gestalt Counselling and Psychotherapy" instead?'),
    C("The Samaritans' Media Guidelines and the Mindframe guidelines in Australia are helpful for Counsellors who write publicly. Worth reading before World Suicide Prevention Day."),
    C("Thinking about the Wheel of Tolerance versus Siegel's Window of Tolerance - which do clients get? Both come up in the Trauma-Informed Schools training our Council paid for."),
    C('For veterans, Combat Stress in the UK, Open Arms in Australia and the Veterans Crisis Line in the US. Is there an Irish Defence Forces equivalent?'),
    C("CPD week: I'm doing the Anna Freud Centre's AMBIT course online. Their Thrive Framework is new to me. Anyone implementing it in CAMHS?"),
    C('Dear all, any tips for running Radically Open DBT (Lynch) groups? The manual is long and my Overcontrolled clients hate role-play.'),
    C('We are considering EHR options: Owl Practice, Jane, and Cliniko for a Canadian clinic, Halaxy and Power Diary for Australia, and WriteUpp in the UK. Opinions?'),
    C("For Tourette's and tics, CBIT (Woods) is great, and Tourettes Action UK has a directory. The Comprehensive Behavioral Intervention for Tics manual is from Oxford."),
    C("Monday moan: WellCare's Provider Portal is down again, and Humana's prior auth lines are long. Any tips on billing Medicare Advantage plans for Psychotherapy?"),
    C("Does anyone still teach Ellis's ABC model from REBT? I like it for Perfectionism, though Beck's Cognitive Triad fits the Formulation better."),
    C('Clinicians supporting Ukrainian and Russian-speaking clients: the Red Cross and the UNHCR have trauma leaflets in both languages. Any Polish resources?'),
]
